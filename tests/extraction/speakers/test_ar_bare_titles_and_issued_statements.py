"""S17-QPREC: a bare title refers back to the one named with it; "بحسب بيان صادر عن X" is X's.

"تلقى الرئيس الإيراني X اتصالاً هاتفياً من أمير قطر الشيخ تميم ...، أكد خلاله الأمير"،
"... . وأكد الأمير دعم الدوحة": the title (definite here, in construct or definite where
the name was given) takes up the only person of the last lines written with it, not the
sentence's subject or nobody.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted

_DAY = datetime.date(2025, 1, 20)

_CALL = "وتلقى الرئيس الإيراني مسعود بزشكيان اتصالاً هاتفياً من أمير قطر الشيخ تميم بن حمد آل ثاني"


@pytest.mark.parametrize(
    "text",
    [
        _CALL + "، أكد خلاله الأمير دعم الدوحة لكل جهود التهدئة.",
        _CALL + ". وأكد الأمير دعم الدوحة لكل جهود التهدئة.",
    ],
)
def test_bare_title_takes_up_the_one_named_with_it(text: str) -> None:
    x = extracted(text, "ar", _DAY)
    labels = {e.id: e.label for e in x.entities}
    said = {q.text: labels[q.speaker] for q in x.quotes}
    assert said.get("دعم الدوحة لكل جهود التهدئة") == "Tamim bin Hamad Al Thani"


def test_title_the_sentence_subject_holds_still_takes_him_up() -> None:
    x = extracted(
        "وأجرى أمير قطر الشيخ تميم بن حمد آل ثاني اتصالاً هاتفياً بالرئيس الإيراني مسعود "
        "بزشكيان، أكد خلاله الأمير دعم الدوحة لكل جهود التهدئة.",
        "ar",
        _DAY,
    )
    labels = {e.id: e.label for e in x.entities}
    said = {q.text: labels[q.speaker] for q in x.quotes}
    assert said.get("دعم الدوحة لكل جهود التهدئة") == "Tamim bin Hamad Al Thani"


def test_according_to_a_statement_issued_by_a_body_is_that_bodys() -> None:
    # "وبحسب بيان صادر عن X، فإن": X's statement, not the last speaker's ("بحسب البيان"
    # alone still goes to whoever issued the statement just quoted)
    x = extracted(
        'ونقلت وكالة "تاس" الروسية للأنباء عن نائب وزير الخارجية الروسي سيرغي ريابكوف قوله '
        "إن موسكو لا ترى أي أساس لاستئناف المحادثات.\n\n"
        "وبحسب بيان صادر عن الخارجية الروسية، فإن الوزير سيرغي لافروف بحث مع نظيره الصيني "
        "وانغ يي هاتفياً الأوضاع في أوكرانيا.",
        "ar",
        _DAY,
    )
    labels = {e.id: e.label for e in x.entities}
    said = {q.text: labels[q.speaker] for q in x.quotes}
    lavrov = next(t for t in said if "لافروف بحث" in t)
    assert said[lavrov] == "Ministry of Foreign Affairs of Russia"


def test_statement_issued_by_an_unlinked_group_has_no_speaker_of_ours() -> None:
    # "وأكد البيان الختامي الصادر عن الدول المشاركة": issued by a group we did not link;
    # neither the host named in the sentence before nor the last speaker speaks, and
    # "وأدان البيان" after it goes on with that statement
    x = extracted(
        "الدوحة-قنا\n"
        "اختتمت اليوم في العاصمة القطرية الدوحة أعمال الجولة الخامسة من الاجتماع الوزاري حول "
        "السودان، بمشاركة وفد الحكومة السودانية برئاسة وزير الخارجية علي يوسف، ووفود الدول "
        "المانحة.\n\n"
        "وأكد البيان الختامي الصادر عن الدول المشاركة التزامها بدعم وحدة السودان، مطالباً "
        "بوقف فوري لإطلاق النار.\n\n"
        "وأدان البيان الهجمات على المدنيين، معتبراً أنها تنتهك القانون الدولي.",
        "ar",
        _DAY,
    )
    assert not x.quotes


def test_statement_issued_by_a_linked_body_is_its() -> None:
    x = extracted(
        "وأكد البيان الصادر عن وزارة الخارجية القطرية التزام الدوحة بدعم وحدة السودان.",
        "ar",
        _DAY,
    )
    labels = {e.id: e.label for e in x.entities}
    assert [labels[q.speaker] for q in x.quotes] == ["Qatari Ministry of Foreign Affairs"]
