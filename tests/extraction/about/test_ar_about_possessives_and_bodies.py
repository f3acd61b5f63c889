"""Session-8 round-2 `about` rules for Arabic (issue #3), checked on fresh sentences of our own.

* the speaker's state named by a first-person or "his" possessive ("بلدنا", "بلادنا",
  "سيادتنا", "بلده") is what the statement is about, as "بلاده" already was;
* a body or a state that says "مجالها الجوي", "سيادتها", "دفاعاتها" before the content
  names any actor speaks of its own state (not a person, whose "ها" is another state);
* "الدول الأربع" takes up the last list of four states, as "الدول الثلاث" does three;
* "the two sides" / "الطرفين" after "between X and Y" / "بين X وY" are X and Y (not the
  mediator that speaks); "their disputed border" and "either of them" are the pair named
  before (not when "them" follows a person: "he and Scholz ... neither of them");
* "the strikes" of two joint authors ("Israeli and US strikes", "by X and the Y") are about
  both, and the author of a story's act told by a verb ("X and Y struck", "Israeli jets
  struck", "أسقطت مقاتلات تركية") is taken like that of an act noun; "قواعدها" after
  "إن إسرائيل قصفت" is the speaker's state's.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.extractors import extract
from kg.models import Article, Extraction


def run(text: str, day: date = date(2022, 10, 12)) -> Extraction:
    return extracted(text, "ar", day)


def abouts(x: Extraction) -> dict[str, set[str]]:
    labels = {e.id: e.label for e in x.entities}
    return {q.text: {labels[a] for a in q.about} for q in x.quotes}


def about_of(x: Extraction, start: str) -> set[str]:
    hits = [v for k, v in abouts(x).items() if k.startswith(start)]
    assert hits, abouts(x)
    return hits[0]


THE_STATEMENT_IS_ABOUT_THIS_CASES = [
    # -- "بلدنا", "سيادتنا": the speaker's own state ------------------------------------------
    pytest.param(
        "وقال رئيس الوزراء العراقي محمد شياع السوداني إن بلدنا يرفض أن يكون ساحة لتصفية "
        "الحسابات الإقليمية.",
        "بلدنا",
        "Iraq",
        id="our_country_said_by_a_prime_minister_is_about_his_state",
    ),
    pytest.param(
        "وقال الرئيس اللبناني جوزيف عون إن سيادتنا ليست موضع مساومة مع أي طرف.",
        "سيادتنا",
        "Lebanon",
        id="our_sovereignty_said_by_a_president_is_about_his_state",
    ),
    # -- "مجالها الجوي" said by a body or a state ---------------------------------------------
    pytest.param(
        "وقالت وزارة الخارجية الرومانية في بيان إن طائرة مسيرة انتهكت مجالها الجوي ليل الثلاثاء.",
        "طائرة مسيرة",
        "Romania",
        id="its_airspace_said_by_a_ministry_is_about_its_state",
    ),
    pytest.param(
        "أسقطت مقاتلات تركية يوم الثلاثاء طائرة روسية قرب الحدود السورية. وقال الرئيس الروسي "
        "فلاديمير بوتين إن الهجوم طعنة في الظهر.",
        "الهجوم",
        "Türkiye",
        id="arabic_attack_is_about_the_nationality_of_the_fighters_that_downed_a_jet",
    ),
]


@pytest.mark.parametrize(("text", "start", "expected"), THE_STATEMENT_IS_ABOUT_THIS_CASES)
def test_the_statement_is_about_this(text: str, start: str, expected: str) -> None:
    assert expected in about_of(run(text), start)


THE_STATEMENT_IS_NOT_ABOUT_THIS_CASES = [
    pytest.param(
        "وقال رئيس الوزراء العراقي محمد شياع السوداني إن الانتخابات ستجري في موعدها.",
        "الانتخابات",
        "Iraq",
        id="plain_content_of_a_minister_keeps_no_state",
    ),
    pytest.param(
        "وقال وزير الدفاع الإيراني محمد رضا آشتياني إن قواعدها في الخليج ستكون في مرمى صواريخنا.",
        "قواعدها",
        "Iran",
        id="its_bases_said_by_a_person_adds_no_state_of_his",
    ),
    pytest.param(
        "وقالت وزارة الخارجية الروسية إن أوكرانيا تنتهك سيادتها بقبول القوات الأجنبية.",
        "أوكرانيا",
        "Russia",
        id="its_sovereignty_after_a_named_state_is_that_state",
    ),
    pytest.param(
        "وقالت وزارة الخارجية السورية إن إسرائيل تعزز قواعدها العسكرية في الجولان.",
        "إسرائيل",
        "Syria",
        id="its_bases_of_the_state_named_without_a_hostile_verb_are_that_states",
    ),
]


@pytest.mark.parametrize(("text", "start", "expected"), THE_STATEMENT_IS_NOT_ABOUT_THIS_CASES)
def test_the_statement_is_not_about_this(text: str, start: str, expected: str) -> None:
    assert expected not in about_of(run(text), start)


THE_ARABIC_STATEMENT_IS_ABOUT_THESE_CASES = [
    # -- "الدول الأربع" ----------------------------------------------------------------------
    pytest.param(
        "وفرضت السعودية والإمارات والبحرين ومصر مقاطعة على قطر في حزيران 2017. وقال وزير "
        "الخارجية القطري إن الدول الأربع لم تقدم أي دليل على اتهاماتها.",
        "الدول الأربع",
        {"Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"},
        id="the_four_states_take_up_the_last_list_of_four",
    ),
    pytest.param(
        "استأنفت مصر وتركيا تبادل السفراء بعد قطيعة طويلة. وقال وزير الخارجية المصري إن "
        "الخطوة تفتح صفحة جديدة في العلاقات بين البلدين.",
        "الخطوة",
        {"Egypt", "Türkiye"},
        id="the_two_countries_said_by_one_of_them_keep_the_speaker_state",
    ),
    pytest.param(
        "استهدفت الغارات الأمريكية والبريطانية مواقع رادار في اليمن يوم الجمعة. وقالت "
        "الخارجية العمانية إن الغارات تمثل تصعيدا خطيرا في المنطقة.",
        "الغارات",
        {"United States", "United Kingdom"},
        id="arabic_raids_of_two_joint_authors_are_about_both",
    ),
    pytest.param(
        "وقالت وزارة الخارجية السورية إن إسرائيل قصفت قواعدها العسكرية قرب حمص فجر الاثنين.",
        "إسرائيل",
        {"Israel", "Syria"},
        id="its_bases_struck_by_the_state_named_are_the_speakers",
    ),
]


@pytest.mark.parametrize(("text", "start", "expected"), THE_ARABIC_STATEMENT_IS_ABOUT_THESE_CASES)
def test_the_arabic_statement_is_about_these(text: str, start: str, expected: set[str]) -> None:
    assert expected <= about_of(run(text), start)


# -- "الطرفين" after "بين X وY" -------------------------------------------------------------


def test_the_two_sides_are_the_pair_named_after_between_not_the_mediator() -> None:
    x = run(
        "أعلنت قطر يوم الاثنين نجاح وساطتها بين روسيا وأوكرانيا في إعادة أربعة أطفال إلى "
        "ذويهم. وقالت وزارة الخارجية القطرية في بيان إن الجهود جاءت بناء على طلب الطرفين."
    )
    assert about_of(x, "الجهود") == {"Russia", "Ukraine"}


def test_both_sides_in_english_are_the_pair_after_between() -> None:
    x = extract(
        Article(
            id="t",
            lang="en",
            published=date(2023, 10, 16),
            text=(
                "Qatar announced on Monday that its mediation between Russia and Ukraine had "
                "reunited four children with their families. The Qatari Foreign Ministry said "
                "in a statement that the effort came at the request of both sides."
            ),
        )
    )
    assert about_of(x, "the effort") == {"Russia", "Ukraine"}


# -- "the strikes" of two joint authors ---------------------------------------------------


def en(text: str) -> Extraction:
    return extracted(text, "en", date(2024, 1, 13))


THE_ENGLISH_STATEMENT_IS_ABOUT_THESE_CASES = [
    pytest.param(
        "American and British strikes hit Houthi radar sites in Yemen on Friday. Oman's foreign "
        "ministry condemned the strikes as a dangerous escalation.",
        "the strikes",
        {"United States", "United Kingdom"},
        id="the_strikes_of_two_joint_authors_are_about_both",
    ),
    pytest.param(
        "Strikes by Britain and the United States hit Houthi radar sites in Yemen on Friday. "
        "Oman's foreign ministry condemned the strikes as a dangerous escalation.",
        "the strikes",
        {"United States", "United Kingdom"},
        id="the_strikes_by_two_states_are_about_both",
    ),
    # -- "their disputed border", "either country" ----------------------------------------------
    pytest.param(
        "India and China agreed on Monday to resume patrols in the Ladakh region. The Chinese "
        "foreign ministry said tensions along their disputed border had eased.",
        "tensions",
        {"India", "China"},
        id="their_disputed_border_is_the_pair_named_before",
    ),
    # -- "the attacks" whose authors are the subject of a verb ------------------------------------
    pytest.param(
        "The United States and Britain struck Houthi radar sites in Yemen on Friday. Oman's "
        "foreign ministry condemned the attacks as a dangerous escalation.",
        "the attacks",
        {"United States", "United Kingdom"},
        id="the_attacks_are_about_the_joint_subject_of_struck",
    ),
    pytest.param(
        "Armenia and Azerbaijan traded accusations over the shelling on Monday. The European "
        "Union said it would not take sides with either of them.",
        "it would not",
        {"Armenia", "Azerbaijan"},
        id="either_of_them_after_two_states_is_that_pair",
    ),
]


@pytest.mark.parametrize(("text", "start", "expected"), THE_ENGLISH_STATEMENT_IS_ABOUT_THESE_CASES)
def test_the_english_statement_is_about_these(text: str, start: str, expected: set[str]) -> None:
    assert expected <= about_of(en(text), start)


def test_the_strikes_of_one_author_stay_about_that_one() -> None:
    x = en(
        "American strikes hit Houthi radar sites in Yemen on Friday, and Britain said it was "
        "consulted. Oman's foreign ministry condemned the strikes as a dangerous escalation."
    )
    about = about_of(x, "the strikes")
    assert "United States" in about and "United Kingdom" not in about


# -- "the attacks" whose authors are the subject of a verb ------------------------------------
def test_the_attacks_take_no_author_from_a_verb_with_no_named_subject() -> None:
    x = en(
        "Drones struck an oil depot in the Russian city of Bryansk on Friday. Kazakhstan's "
        "foreign ministry condemned the attacks as a dangerous escalation."
    )
    assert about_of(x, "the attacks") <= {"Russia"}


def test_the_strikes_are_about_the_nationality_of_the_jets_that_struck() -> None:
    x = en(
        "Israeli jets struck three sites near Damascus on Sunday. Qatar condemned the strikes "
        "as a violation of international law."
    )
    assert "Israel" in about_of(x, "the strikes")


def test_the_strikes_of_unnamed_jets_take_no_author() -> None:
    x = en(
        "Unidentified jets struck three sites near Damascus on Sunday. Qatar condemned the "
        "strikes as a violation of international law."
    )
    assert about_of(x, "the strikes") <= {"Syria"}


def test_neither_of_them_after_two_people_adds_no_states() -> None:
    x = en(
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. "
        "Macron said he and Scholz had agreed that neither of them would travel to Beijing alone."
    )
    assert "France" not in about_of(x, "he and Scholz")
    assert "Germany" not in about_of(x, "he and Scholz")
