"""Statement families left by session 10's first round (S10-H13): an Arabic pluperfect
speaker with an apposition between commas, English act verbs with a plain object, an
outlet reporting news in its own voice, and the day of the statements of a one-day
Arabic story.  All sentences are written for these tests."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

_DAY = datetime.date(2023, 6, 5)


@pytest.mark.parametrize(
    ("text", "speaker", "fragment"),
    [
        # "وكان X، <title>، قد أكد": the apposition does not hide the subject
        (
            "وكان الدكتور أيمن الصفدي، نائب رئيس الوزراء الأردني، قد أكد أن عمّان ترفض أي "
            "تهجير للفلسطينيين.",
            "Ayman Safadi",
            "ترفض أي تهجير",
        ),
        # guards: the plain form and the relative clause keep their speaker
        ("وكان سامح شكري قد أكد أن القاهرة ترفض التصعيد.", "Sameh Shoukry", "ترفض التصعيد"),
        (
            "وكان السفير أحمد أبو زيد، الذي زار بغداد الأسبوع الماضي، قد أعلن أن مصر ستعيد "
            "فتح سفارتها.",
            "Ahmed Abu Zeid",
            "ستعيد فتح سفارتها",
        ),
    ],
)
def test_arabic_pluperfect_speaker_behind_apposition(
    text: str, speaker: str, fragment: str
) -> None:
    x = extracted(text, "ar", _DAY)
    assert any(s == speaker and fragment in c for s, c in said(x)), said(x)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a denouncing or demanding verb with a plain object: an act, not a claim
        ("Jordan denounced the storming of the Al-Aqsa compound by settlers on Sunday.", None),
        ("Poland demanded an immediate explanation from Minsk.", None),
        # guards: a predicate, a quotation, a clause or a reason keeps the statement
        ("Turkey condemned the raid as a violation of its sovereignty.", "as a violation"),
        ('Turkey condemned what it called a "reckless provocation" by Athens.', "reckless"),
        ("Poland demanded that Belarus withdraw the mercenaries from the border.", "withdraw"),
        ("Egypt condemned Israel for the strike on the border crossing.", "for the strike"),
    ],
)
def test_english_act_verb_with_plain_object(text: str, kept: str | None) -> None:
    x = extracted(text, "en", _DAY)
    if kept is None:
        assert said(x) == []
    else:
        assert any(kept in c for _, c in said(x)), said(x)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an outlet reporting an event in its own voice is no actor's statement
        (
            "Syria closed its border crossing with Lebanon on Monday, Syrian state television "
            "reported.",
            None,
        ),
        ("North Korea's state media reported that Kim Jong Un oversaw a missile test.", None),
        # guard: an outlet that says what its state will do keeps its statement
        ("The RIA news agency said Moscow would expel two diplomats.", "expel two diplomats"),
    ],
)
def test_english_media_report_is_not_a_statement(text: str, kept: str | None) -> None:
    x = extracted(text, "en", _DAY)
    if kept is None:
        assert said(x) == []
    else:
        assert any(kept in c for _, c in said(x)), said(x)


_STORY = (
    "الرياض (واس) - استضافت الرياض اليوم اجتماعا وزاريا بشأن السودان، بحضور وزير الخارجية "
    "السعودي فيصل بن فرحان ووزير الخارجية المصري سامح شكري.\n\n"
    "وقال فيصل بن فرحان إن المملكة تدعم وحدة السودان وسلامة أراضيه.\n\n"
    "وأكد سامح شكري أن القاهرة ستواصل جهودها لوقف القتال.\n\n"
    "وفي لندن، قال وزير الخارجية البريطاني ديفيد كاميرون إن بلاده ترحب بالاجتماع."
)


def test_one_day_story_dates_the_statements_of_the_leads_actors() -> None:
    x = extracted(_STORY, "ar", datetime.date(2024, 5, 20))
    labels = {e.id: e.label for e in x.entities}
    dates = {labels[q.speaker]: q.date for q in x.quotes}
    assert dates["Faisal bin Farhan"] == "2024-05-20"
    assert dates["Sameh Shoukry"] == "2024-05-20"
    # a reaction by someone the lead does not name may be of another day
    assert dates["David Cameron"] is None


def test_story_that_names_another_day_leaves_statements_undated() -> None:
    text = _STORY.replace(
        "وقال فيصل بن فرحان إن", "وكان الوزير قد زار الخرطوم يوم 3 مايو.\n\nوقال فيصل بن فرحان إن"
    )
    x = extracted(text, "ar", datetime.date(2024, 5, 20))
    labels = {e.id: e.label for e in x.entities}
    dates = {labels[q.speaker]: q.date for q in x.quotes}
    assert dates["Faisal bin Farhan"] is None
