"""Arabic statements on fresh wire text, round 3 (session 8, S8-R3-H1): a spokesman's
title then his name between commas, a name we could not link before a ب-object, a stance
noun after a title's unlinked holder, and a verb inside a quote whose subject stands
before the quote.  Every sentence is new, written for these tests."""

from __future__ import annotations

from datetime import date

from factories import extracted

from kg.models import Extraction


def run(text: str, published: date = date(2020, 3, 1)) -> Extraction:
    return extracted(text, "ar", published)


def holding(x: Extraction, fragment: str) -> list[tuple[str, str]]:
    """(speaker, content) of every statement whose content holds ``fragment``."""
    return [(x.entity(q.speaker).label, q.text) for q in x.quotes if fragment in q.text]


def test_spokesman_named_between_commas_speaks_not_the_titles_holder_by_tenure() -> None:
    x = run(
        "وقال المتحدث باسم الخارجية الروسية، السفير ألكسندر لوكاشيفيتش، إن موسكو لن "
        "تقبل الشروط الغربية."
    )
    assert [sp for sp, _ in holding(x, "لن تقبل الشروط")] == ["ألكسندر لوكاشيفيتش"]


def test_title_with_state_then_known_name_between_commas_is_kept() -> None:
    x = run("وقال وزير الخارجية الأمريكي، أنتوني بلينكن، إن واشنطن تدعم التهدئة في المنطقة.")
    assert [sp for sp, _ in holding(x, "تدعم التهدئة")] == ["Antony Blinken"]


def test_unlinked_name_before_a_b_object_is_not_the_previous_speaker() -> None:
    x = run(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن عمّان تدعم الحل السياسي في سوريا.\n"
        'وأشاد زياد حمدان بما وصفه بـ"الموقف الشجاع"، معتبرا أن المرحلة المقبلة تتطلب '
        "التكاتف."
    )
    assert [sp for sp, _ in holding(x, "الحل السياسي")] == ["Ayman Safadi"]
    assert holding(x, "الموقف الشجاع") == []
    assert holding(x, "تتطلب التكاتف") == []
    assert holding(x, "زياد حمدان") == []


def test_definite_object_after_praise_verb_keeps_its_speaker() -> None:
    x = run(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن عمّان تدعم الحل السياسي في سوريا، "
        "وأشاد بالجهود العربية المشتركة."
    )
    assert [sp for sp, _ in holding(x, "بالجهود العربية")] == ["Ayman Safadi"]


def test_stance_noun_after_a_titles_unlinked_holder_opens_the_content() -> None:
    x = run("وأكد وزير الدفاع التركي يشار غولر دعمه لوقف إطلاق النار في غزة.")
    contents = [c for _, c in holding(x, "لوقف إطلاق النار")]
    assert len(contents) == 1
    assert contents[0].startswith("دعمه")


def test_verb_inside_quote_after_a_named_subject_is_that_subjects() -> None:
    x = run(
        'وقال المتحدث باسم الحكومة الألمانية شتيفن هيبشترايت إن برلين "تدعو روسيا إلى '
        'وقف الهجمات على المدن".\n'
        'وأضاف أن الحكومة "تدعو إيران إلى ضبط النفس".'
    )
    inner = [(sp, c) for sp, c in holding(x, "وقف الهجمات") if not c.startswith("برلين")]
    assert [sp for sp, _ in inner] == ["Germany"]
    speakers = [sp for sp, _ in holding(x, "ضبط النفس")]
    assert "Iran" not in speakers
    assert speakers == ["شتيفن هيبشترايت"]


def test_announced_stance_noun_with_its_owner_is_the_content() -> None:
    x = run(
        "وأعلن وزير الخارجية الأردني أيمن الصفدي رفض بلاده أي محاولة لتهجير الفلسطينيين.\n"
        "وأعلنت وزارة الخارجية المصرية إدانة مصر الشديدة للهجوم على القافلة.",
        date(2023, 3, 1),
    )
    assert [c for _, c in holding(x, "محاولة لتهجير")] == ["رفض بلاده أي محاولة لتهجير الفلسطينيين"]
    assert next(c for _, c in holding(x, "للهجوم على القافلة")).startswith("إدانة مصر")


def test_announced_support_for_a_named_state_is_not_made_a_statement() -> None:
    x = run("وأعلنت الحكومة الفرنسية دعم أوكرانيا بحزمة مساعدات عسكرية جديدة.", date(2023, 3, 1))
    assert holding(x, "بحزمة مساعدات") == []


def test_fathers_name_inside_an_unlinked_name_is_not_the_speaker() -> None:
    x = run(
        "قال العاهل الأردني الملك عبد الله الثاني إن الأردن يرفض أي حلول على حساب "
        "الفلسطينيين.\n"
        "كما أكد ولي العهد الأمير الحسين بن عبد الله الثاني، خلال زيارته إلى إربد، أهمية "
        "تمكين الشباب.",
        date(2024, 3, 1),
    )
    assert [sp for sp, _ in holding(x, "حساب الفلسطينيين")] == ["Abdullah II of Jordan"]
    assert holding(x, "تمكين الشباب") == []


def test_prince_named_with_his_fathers_name_still_speaks() -> None:
    x = run(
        "وقال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة تدعم الاستقرار.", date(2024, 3, 1)
    )
    assert [sp for sp, _ in holding(x, "تدعم الاستقرار")] == ["Mohammed bin Salman"]


def test_repeated_full_title_is_the_person_first_given_it_not_the_latest_holder() -> None:
    x = run(
        "الدوحة – بحث الشيخ محمد بن عبدالرحمن آل ثاني نائب رئيس مجلس الوزراء وزير "
        "الخارجية، الاثنين، مع وزير الخارجية الأمريكي مايك بومبيو، سبل تعزيز الشراكة.\n"
        "وقال وزير الخارجية الأمريكي إن واشنطن تقدر دور الدوحة في الوساطة.\n"
        "وأكد نائب رئيس مجلس الوزراء وزير الخارجية أن قطر ستواصل جهودها لدعم الاستقرار.",
        date(2019, 1, 14),
    )
    assert [sp for sp, _ in holding(x, "ستواصل جهودها")] == ["Mohammed bin Abdulrahman Al Thani"]
    assert [sp for sp, _ in holding(x, "تقدر دور الدوحة")] == ["مايك بومبيو"]
