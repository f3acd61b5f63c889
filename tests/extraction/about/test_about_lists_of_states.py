"""Session-8 round-3 `about` rules (issue #3), checked on fresh sentences of our own.

* "the four states" takes up the last list of four states, also when the list writes
  "the" before a name ("Russia, the United States, China and France");
* "the European step" / "الخطوة الأوروبية" is the states of the last list named before
  it, however many (none without a list); a group phrase in the lead-in of a direct
  quote ('said the European step was "..."') is read as one in the content;
* "it" as the object of an accusing or urging cue ("..., accusing it of") is the state
  or body named last before it, not the speaker;
* "الدفاع عن" ("defending") is no ministry of defence in `about`;
* "either of them" said by a third state is the pair named before, not the speaker's
  state named in between;
* "the raid" after "Israeli police stormed ..." is about its author (a verb of the
  story's act, as "raided" was);
* "the decision" / "للقرار" with no author of its own is about the story's lead state
  (with the states listed with it), unless said by that state's side.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def run(text: str, lang: str = "en", day: date = date(2023, 3, 7)) -> Extraction:
    return extracted(text, lang, day)


def about_of(x: Extraction, part: str) -> set[str]:
    """The about-labels of the first statement holding ``part`` (a quoted fragment
    may open the content or follow its lead-in: 'said the step was "..."')."""
    labels = {e.id: e.label for e in x.entities}
    hits = [{labels[a] for a in q.about} for q in x.quotes if part in q.text]
    assert hits, [(q.text, q.about) for q in x.quotes]
    return hits[0]


# -- "the four states" after a list of four with "the" ---------------------------------


def test_the_four_countries_are_the_list_of_four_named_before() -> None:
    x = run(
        "Russia, the United States, China and France issued a joint statement on Monday "
        "pledging to avoid a nuclear arms race.\n\n"
        "Indian Foreign Minister Subrahmanyam Jaishankar welcomed the statement and urged "
        "the four countries to turn it into concrete steps."
    )
    got = about_of(x, "the four countries")
    assert {"Russia", "United States", "China", "France"} <= got


# -- a group phrase in the lead-in of a direct quote -------------------------------------


def test_the_european_step_before_a_quote_is_the_three_states() -> None:
    x = run(
        "Britain, France and Germany announced new sanctions on Iranian drone makers on "
        "Tuesday.\n\n"
        'Iranian Foreign Ministry spokesman Nasser Kanaani said the European step was "a '
        'hostile act that will not go unanswered".'
    )
    got = about_of(x, "a hostile act")
    assert {"United Kingdom", "France", "Germany"} <= got


THE_STATEMENT_IS_NOT_ABOUT_THIS_CASES = [
    pytest.param(
        "Britain, France and Germany announced new sanctions on Iranian drone makers on "
        "Tuesday.\n\n"
        'Iranian Foreign Ministry spokesman Nasser Kanaani said the sanctions were "a '
        'hostile act that will not go unanswered".',
        "a hostile act",
        "Germany",
        id="a_quote_without_a_group_phrase_takes_no_list",
    ),
    pytest.param(
        "Lithuania expelled two Belarusian diplomats on Friday. Poland said it would "
        "close two more border crossings.",
        "it would close",
        "Belarus",
        id="it_after_said_stays_the_speaker",
    ),
]


@pytest.mark.parametrize(("text", "start", "expected"), THE_STATEMENT_IS_NOT_ABOUT_THIS_CASES)
def test_the_statement_is_not_about_this(text: str, start: str, expected: str) -> None:
    assert expected not in about_of(run(text), start)


# -- "accusing it of": the object pronoun --------------------------------------------------


def test_it_after_accusing_is_the_state_named_before() -> None:
    x = run(
        "Lithuania closed two crossings on its border with Belarus on Friday, accusing it "
        "of pushing migrants across the border."
    )
    got = about_of(x, "it of pushing")
    assert "Belarus" in got


# -- "الدفاع عن": defending, not a ministry ------------------------------------------------


def test_defending_is_no_ministry_in_about() -> None:
    x = run(
        "نيودلهي (رويترز) - أعلنت الهند يوم الاثنين تعليق العمل بمعاهدة مياه السند.\n\n"
        "وقال رئيس الوزراء الهندي ناريندرا مودي إن من حق بلاده الدفاع عن أراضيها.",
        "ar",
    )
    got = about_of(x, "من حق بلاده")
    assert "الدفاع" not in got
    assert "India" in got


def test_the_european_step_in_arabic_is_the_last_list_of_two() -> None:
    x = run(
        "أعلنت فرنسا وألمانيا يوم الأربعاء تعليق صادرات الأسلحة إلى تركيا.\n\n"
        "وقال المتحدث باسم الخارجية التركية عمر تشيليك إن الخطوة الأوروبية لن تغير موقف أنقرة.",
        "ar",
    )
    assert {"France", "Germany"} <= about_of(x, "الخطوة الأوروبية")


def test_the_european_step_without_a_list_takes_no_recent_states() -> None:
    x = run(
        "أعلنت فرنسا يوم الأربعاء تعليق صادرات الأسلحة إلى تركيا بعد اتصال مع ألمانيا.\n\n"
        "وقال المتحدث باسم الخارجية التركية عمر تشيليك إن الخطوة الأوروبية لن تغير موقف أنقرة.",
        "ar",
    )
    assert "Germany" not in about_of(x, "الخطوة الأوروبية")


def test_the_western_step_is_not_the_joint_speakers_list() -> None:
    x = run(
        "فرضت الولايات المتحدة وبريطانيا وكندا يوم الجمعة عقوبات على شركات نفط فنزويلية.\n\n"
        "وقالت الهند والبرازيل في بيان مشترك إن الخطوة الغربية تضر بأسواق الطاقة العالمية.",
        "ar",
    )
    got = about_of(x, "الخطوة الغربية")
    assert {"United States", "United Kingdom", "Canada"} <= got


THE_STATEMENT_IS_ABOUT_THIS_CASES = [
    # -- "the decision" of the story's lead state ---------------------------------------------
    pytest.param(
        "الرباط (رويترز) - أعلن المغرب يوم الثلاثاء قطع علاقاته الدبلوماسية مع إيران.\n\n"
        "وأعربت وزارة الخارجية الإيرانية عن رفضها للقرار، مؤكدة أن طهران لم تتدخل في شؤون "
        "أي دولة.",
        "ar",
        date(2018, 5, 1),
        "عن رفضها",
        "Morocco",
        id="the_decision_regretted_is_the_lead_states",
    ),
    pytest.param(
        "الجزائر (رويترز) - أعلنت الجزائر يوم السبت استدعاء سفيرها لدى باريس للتشاور.\n\n"
        "وقال المتحدث باسم الحكومة الفرنسية غابرييل أتال إن استدعاء السفير أمر مؤسف.",
        "ar",
        date(2021, 10, 2),
        "استدعاء السفير",
        "Algeria",
        id="recalling_the_ambassador_is_the_lead_states_act",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "day", "start", "expected"), THE_STATEMENT_IS_ABOUT_THIS_CASES
)
def test_the_statement_is_about_this(
    text: str, lang: str, day: date, start: str, expected: str
) -> None:
    assert expected in about_of(run(text, lang, day), start)


# -- "the decision" of the story's lead state ---------------------------------------------
def test_the_decision_of_a_listed_lead_is_the_whole_list() -> None:
    x = run(
        "LONDON (Reuters) - Britain, Canada and Australia expelled Russian diplomats on "
        "Monday over the poisoning of a former spy.\n\n"
        "Russia's foreign ministry said the decision was a provocation and promised to respond.",
        "en",
        date(2018, 3, 26),
    )
    assert {"United Kingdom", "Canada", "Australia"} <= about_of(x, "the decision was")


def test_the_move_said_by_one_of_the_lead_pair_is_the_other() -> None:
    x = run(
        "MANAMA (Reuters) - Bahrain and Israel agreed on Friday to establish full diplomatic "
        "relations.\n\n"
        "Bahraini Foreign Minister Abdullatif al-Zayani said the move would strengthen "
        "security in the region.",
        "en",
        date(2020, 9, 12),
    )
    got = about_of(x, "the move would")
    assert "Israel" in got
    assert "Bahrain" not in got


def test_the_decision_to_do_something_names_no_lead() -> None:
    x = run(
        "LONDON (Reuters) - Britain, Canada and Australia expelled Russian diplomats on "
        "Monday over the poisoning of a former spy.\n\n"
        "Russia's foreign ministry said the decision to close its consulate was final.",
        "en",
        date(2018, 3, 26),
    )
    assert "Canada" not in about_of(x, "the decision to")


def test_the_raid_after_stormed_is_about_its_author() -> None:
    x = run(
        "JERUSALEM (Reuters) - Israeli police stormed the Al-Aqsa mosque compound before dawn "
        "on Wednesday.\n\n"
        "Jordan's foreign ministry said the raid was a flagrant violation of international law.",
        "en",
        date(2023, 4, 5),
    )
    assert any("Israel" in a for a in about_of(x, "the raid was"))


# -- "either of them" said by a third state -----------------------------------------------


def test_either_of_them_said_by_a_third_state_is_the_pair() -> None:
    x = run(
        "India and Pakistan exchanged artillery fire across the Line of Control on Sunday.\n\n"
        "Chinese Foreign Ministry spokesman Lin Jian said China would not take sides. China "
        "said it was ready to work with either of them to ease tensions.",
        "en",
        date(2025, 5, 4),
    )
    got = about_of(x, "it was ready")
    assert {"India", "Pakistan"} <= got
    assert "China" not in got
