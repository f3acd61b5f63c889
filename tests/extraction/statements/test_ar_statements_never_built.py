"""Arabic statements the finder never built (S17-QREC-AR): a document taken up by "جاء فيه",
a subject after "من المقرر أن", cues missing from the lexicon, a fronted contrast clause closed
by its comma, and "كل من X وY".  Every sentence is new, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted, said

from kg.models import Extraction


def run(text: str) -> Extraction:
    return extracted(text, "ar", date(2025, 2, 3))


def speakers_of(x: Extraction, fragment: str) -> set[str]:
    """Labels of the speakers of every statement whose content holds ``fragment``."""
    labels = {e.id: e.label for e in x.entities}
    return {labels[q.speaker] for q in x.quotes if fragment in q.text}


def content_of(x: Extraction, speaker: str) -> list[str]:
    return [text for who, text in said(x) if who == speaker]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            "وأصدرت وزارة الخارجية المصرية بياناً جاء فيه أن القاهرة ترفض أي مساس بأمنها المائي.",
            "ترفض أي مساس",
            "Egyptian Ministry of Foreign Affairs",
            id="a_statement_issued_in_the_same_sentence_speaks_for_its_issuer",
        ),
        pytest.param(
            "ونشر الرئيس الفرنسي إيمانويل ماكرون نص الرسالة على حسابه في منصة «إكس». "
            "وجاء فيها أن باريس ستدعم المسار السياسي حتى نهايته.",
            "ستدعم المسار السياسي",
            "Emmanuel Macron",
            id="a_document_published_in_the_sentence_before_speaks_for_whoever_published_it",
        ),
    ],
)
def test_said_in_it_takes_up_the_document_named_before(
    text: str, fragment: str, speaker: str
) -> None:
    assert speakers_of(run(text), fragment) == {speaker}


def test_said_in_it_with_no_document_before_builds_nothing() -> None:
    x = run("ووصل الوفد إلى العاصمة مساء أمس، وجاء فيه أن المحادثات ستبدأ اليوم.")
    assert not [q for q in x.quotes if "المحادثات ستبدأ" in q.text]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            "ومن المقرر أن يزور المستشار الألماني أولاف شولتس بكين الشهر المقبل، وقال إن "
            "الزيارة ستركز على التجارة.",
            "ستركز على التجارة",
            "Olaf Scholz",
            id="it_is_planned_that_names_no_one_the_subject_after_its_verb_speaks",
        ),
        pytest.param(
            "ومن المتوقع أن يصل وزير الخارجية التركي هاكان فيدان إلى القاهرة غداً، وأكد أن "
            "أنقرة تريد صفحة جديدة مع مصر.",
            "صفحة جديدة",
            "Hakan Fidan",
            id="it_is_expected_that_names_no_one_either",
        ),
    ],
)
def test_subject_after_an_impersonal_opener_speaks_for_a_coordinated_cue(
    text: str, fragment: str, speaker: str
) -> None:
    assert speakers_of(run(text), fragment) == {speaker}


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            "وحض وزير الخارجية البريطاني ديفيد لامي الطرفين على العودة إلى المفاوضات.",
            "العودة إلى المفاوضات",
            "David Lammy",
            id="urged_with_hadda",
        ),
        pytest.param(
            "وواصلت قطر اتصالاتها مع الطرفين، في إطار ما تصفه الدوحة بسياسة الحياد الإيجابي.",
            "بسياسة الحياد",
            "Qatar",
            id="the_imperfect_of_described",
        ),
        pytest.param(
            "وأعلنت وزارة الدفاع الروسية تعليق الرحلات العسكرية فوق البحر الأسود، مبررة "
            "القرار بالتهديدات المتكررة لأمن الملاحة.",
            "القرار بالتهديدات",
            "Russian Ministry of Defence",
            id="a_justifying_participle_continues_the_speaker",
        ),
    ],
)
def test_cues_added_to_the_lexicon(text: str, fragment: str, speaker: str) -> None:
    assert speakers_of(run(text), fragment) == {speaker}


@pytest.mark.parametrize(
    ("text", "first", "first_speaker", "second", "second_speaker"),
    [
        pytest.param(
            "وبينما دعت إيطاليا إلى ضبط النفس، طالبت بولندا بتشديد العقوبات على موسكو.",
            "إلى ضبط النفس",
            "Italy",
            "بتشديد العقوبات",
            "Poland",
            id="while_clause",
        ),
        pytest.param(
            "وفيما أكدت طوكيو أن الحوار مستمر، قالت سيول إنها لم تتلق أي رد.",
            "الحوار مستمر",
            "Japan",
            "لم تتلق أي رد",
            "South Korea",
            id="whereas_clause",
        ),
    ],
)
def test_a_fronted_contrast_clause_ends_at_its_comma(
    text: str, first: str, first_speaker: str, second: str, second_speaker: str
) -> None:
    x = run(text)
    (first_content,) = content_of(x, first_speaker)
    assert first in first_content
    assert second not in first_content
    assert speakers_of(x, second) == {second_speaker}
    assert all(q.via is None for q in x.quotes)


@pytest.mark.parametrize(
    ("text", "fragment", "speakers"),
    [
        pytest.param(
            "وأكد كل من السعودية والإمارات أن أمن البحر الأحمر مسؤولية مشتركة.",
            "أمن البحر الأحمر",
            {"Saudi Arabia", "United Arab Emirates"},
            id="two_states",
        ),
        pytest.param(
            "وشدد كل من وزير الخارجية الأمريكي ماركو روبيو ونظيره الفرنسي جان نويل بارو على "
            "ضرورة حماية المدنيين.",
            "حماية المدنيين",
            {"Marco Rubio", "Jean-Noël Barrot"},
            id="two_titled_ministers",
        ),
    ],
)
def test_each_of_two_coordinated_subjects_speaks(
    text: str, fragment: str, speakers: set[str]
) -> None:
    assert speakers_of(run(text), fragment) == speakers


def test_a_verb_whose_root_ends_in_ta_is_masculine() -> None:
    """ "ولفت" is "he pointed out": the minister who spoke last goes on, not the ministry
    named two sentences before (whose verb "أكدت" is feminine)."""
    x = run(
        "وأكدت وزارة الخارجية الإيطالية، في بيان، أن روما تدعم جهود التهدئة. وأوضح الوزير "
        "أنطونيو تاياني، في تصريحات للصحفيين، أن الاتصالات مستمرة مع الطرفين. ولفت إلى أن أي "
        "اتفاق يحتاج إلى ضمانات دولية."
    )
    assert speakers_of(x, "ضمانات دولية") == {"أنطونيو تاياني"}


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(
            "وفي رده على سؤال حول العلاقات مع القاهرة، أكد أن الحوار بين البلدين لم ينقطع.",
            id="in_his_reply_to_a_question",
        ),
        pytest.param(
            "وفي تصريح له عقب لقائه الجالية، لفت إلى أن الحوار بين البلدين لم ينقطع.",
            id="in_a_statement_of_his",
        ),
    ],
)
def test_an_occasion_opening_the_sentence_names_no_new_speaker(second: str) -> None:
    x = run("وقال وزير الخارجية الإيراني عباس عراقجي إن طهران لا تريد التصعيد. " + second)
    assert speakers_of(x, "لم ينقطع") == {"Abbas Araghchi"}


def test_the_subjects_own_capital_as_a_place_is_no_object_of_the_next_verb() -> None:
    """ "اتهمتهم" takes up the men arrested, not "the airport of Tehran": Iran, the subject
    of the verb before, goes on speaking."""
    x = run(
        "واحتجزت السلطات الإيرانية ثلاثة صحافيين أجانب في مطار طهران، واتهمتهم بأنهم "
        "يعملون لصالح جهات معادية."
    )
    assert speakers_of(x, "لصالح جهات معادية") == {"Iran"}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param(
            "وأكد رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن "
            "عبدالفتاح البرهان، خلال لقائه المبعوث الأممي، أن الجيش منفتح على أي مبادرة جادة.",
            "منفتح على أي مبادرة",
            id="the_cue_before_the_title",
        ),
        pytest.param(
            "واستقبل رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن "
            "عبدالفتاح البرهان المبعوث الأممي في بورتسودان، داعياً المجتمع الدولي إلى دعم "
            "جهود الإغاثة.",
            "دعم جهود الإغاثة",
            id="a_participle_after_the_sentence_he_opens",
        ),
    ],
)
def test_a_long_title_with_a_rank_and_its_grades_reaches_the_name(text: str, fragment: str) -> None:
    assert speakers_of(run(text), fragment) == {"Abdel Fattah al-Burhan"}
