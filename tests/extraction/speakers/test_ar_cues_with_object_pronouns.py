"""Arabic cue verbs that carry an object pronoun (session 7, helper S7-H24): in "هاجمت X
Y واتهمتها بـ" the pronoun is the previous verb's object Y, never the speaker; the
speaker is the subject named after the cue ("ونفتها موسكو") or, with none, the subject of
the coordinated verb before, when the cue's gender fits it.  "وأكد الجانبان أن" after a
meeting of two named officials gives one statement per side."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction


def _run(text: str) -> Extraction:
    return extract(Article(id="t", lang="ar", published=date(2024, 3, 12), text=text))


def _speakers(x: Extraction, cue: str) -> set[str]:
    return {x.entity(q.speaker).label for q in x.quotes if q.cue == cue}


def test_a_suffixed_cue_after_an_object_speaks_for_the_previous_verbs_state() -> None:
    x = _run("ورفضت روسيا الاتهامات الأمريكية واعتبرتها محاولة لتبرير عقوبات جديدة.")
    assert _speakers(x, "واعتبرتها") == {"Russia"}


def test_the_object_named_right_before_the_suffixed_cue_is_not_the_speaker() -> None:
    x = _run("وفي وارسو، هاجمت بولندا بيلاروس واتهمتها بدفع المهاجرين نحو حدودها.")
    assert _speakers(x, "واتهمتها") == {"Poland"}


def test_a_suffixed_cue_after_kana_qad_takes_the_subject_before_qad() -> None:
    x = _run("وكانت بريطانيا قد استدعت السفير الروسي وأبلغته بأن لندن لن تقبل بهذه التصرفات.")
    assert _speakers(x, "وأبلغته") == {"United Kingdom"}


def test_a_masculine_suffixed_cue_speaks_for_the_person_not_the_person_attacked() -> None:
    x = _run(
        "وهاجم الرئيس التركي رجب طيب أردوغان رئيس الوزراء الإسرائيلي بنيامين نتنياهو "
        "ووصفه بأنه يقود حكومة متطرفة."
    )
    assert _speakers(x, "ووصفه") == {"Recep Tayyip Erdoğan"}


def test_guard_a_suffixed_cue_after_a_meeting_stays_the_hosts() -> None:
    x = _run(
        "والتقى الرئيس الفرنسي إيمانويل ماكرون نظيره الأوكراني فولوديمير زيلينسكي "
        "في باريس وأبلغه بأن بلاده ستواصل دعم كييف."
    )
    assert _speakers(x, "وأبلغه") == {"Emmanuel Macron"}


def test_guard_a_subject_named_after_the_suffixed_cue_is_the_speaker() -> None:
    x = _run(
        "ونشرت صحيفة بريطانية تقريرا عن صفقة أسلحة مع إيران، ونفته موسكو "
        "مؤكدة أن التقرير لا أساس له."
    )
    assert _speakers(x, "ونفته") == {"Russia"}


def test_guard_a_masculine_cue_is_not_the_state_of_a_feminine_verb() -> None:
    x = _run("وهاجمت تركيا وزير الدفاع اليوناني ووصفه بأنه يهدد الاستقرار في بحر إيجه.")
    assert not _speakers(x, "ووصفه") & {"Türkiye", "Greece"}


def test_the_two_sides_after_a_meeting_of_two_officials_each_speak() -> None:
    x = _run(
        "التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره الصيني وانغ يي في "
        "بكين يوم الاثنين. وأكد الجانبان أن قنوات الاتصال بين البلدين يجب أن تبقى مفتوحة."
    )
    assert _speakers(x, "وأكد") == {"Antony Blinken", "Wang Yi"}


def test_an_accusative_predicate_after_a_suffixed_cue_is_not_read_as_an_unlinked_name() -> None:
    x = _run("ورفضت الصين الاتهامات الأمريكية واعتبرتها تدخلا سافرا في شؤونها الداخلية.")
    assert _speakers(x, "واعتبرتها") == {"China"}


def test_guard_a_name_after_a_plain_cue_is_not_the_previous_sentences_state() -> None:
    # the name after the cue speaks (its given name is listed), never China before it
    x = _run("ورفضت الصين الاتهامات الأمريكية. وأكدت جانيت ويلسون أن الحوار مستمر.")
    assert "China" not in _speakers(x, "وأكدت")
