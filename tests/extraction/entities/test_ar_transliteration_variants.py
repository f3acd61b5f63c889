"""S9-R3-H3: Arabic entity families that carry to unseen text.

* transliteration variants of known foreign names ("أنتوني بلينكين" for the gazetteer's
  "أنتوني بلينكن"): :func:`kg.gazetteer.names.spelling_variant`;
* one-word names after a style ("البابا فرنسيس"، "الشيخة حسينة");
* the accusative of a broken-plural nisba ("دبلوماسيين روسا"، "جنودا أتراكا");
* a bare ministry in a national agency's wire whose dateline city the gazetteer lacks;
* "مستشارة الدولة" as a title, "عين الأسد" as a place, not Bashar al-Assad.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted

from kg.gazetteer import Gazetteer
from kg.gazetteer.names import ar_skeleton, spelling_variant
from kg.models import EntityType, Extraction
from kg.text import normalize

_DAY = datetime.date(2023, 3, 14)


def _entity(x: Extraction, surface: str) -> tuple[str, str | None, str | None]:
    """(label, qid, state label) of the entity with a mention whose text is ``surface``."""
    labels = {e.id: e.label for e in x.entities}
    for e in x.entities:
        if any(m.text == surface for m in e.mentions):
            return e.label, e.qid, labels.get(e.state or "")
    raise AssertionError(f"{surface!r} not an entity: {[e.label for e in x.entities]}")


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        # spelling variants of gazetteer people (long vowels, ج/غ)
        (
            "وقال وزير الخارجية الأمريكي أنتوني بلينكين إن واشنطن ستواصل دعم الحلفاء.",
            "أنتوني بلينكين",
            "Antony Blinken",
        ),
        (
            "وأكد الرئيس التركي رجب طيب أردوجان أن أنقرة ستفتح المعابر أمام المساعدات.",
            "رجب طيب أردوجان",
            "Recep Tayyip Erdoğan",
        ),
        (
            "وقال رئيس الوزراء البريطاني كير ستارمير إن حكومته سترفع الإنفاق الدفاعي.",
            "كير ستارمير",
            "Keir Starmer",
        ),
        (
            "وصرح رئيس الوزراء الإسرائيلي بنيامين نتانيهو بأن العملية ستتواصل.",
            "بنيامين نتانيهو",
            "Benjamin Netanyahu",
        ),
        # guard: the gazetteer's own spelling stays linked
        (
            "وقال الرئيس الروسي فلاديمير بوتين إن موسكو منفتحة على الحوار.",
            "فلاديمير بوتين",
            "Vladimir Putin",
        ),
        # one-word names after a style
        (
            "الفاتيكان (رويترز) - وقال البابا فرنسيس في قداس الأحد إن الحرب هزيمة للجميع.",
            "فرنسيس",
            "فرنسيس",
        ),
        (
            "دكا (رويترز) - قالت رئيسة الوزراء البنغالية الشيخة حسينة إن الفيضانات شردت الآلاف.",
            "حسينة",
            "حسينة",
        ),
        # a title, then an unknown name
        (
            "قالت مستشارة الدولة الميانمارية أونغ سان سو تشي إن حكومتها ستتعاون مع المحققين.",
            "أونغ سان سو تشي",
            "أونغ سان سو تشي",
        ),
    ],
)
def test_arabic_names_are_linked(text: str, surface: str, label: str) -> None:
    assert _entity(extracted(text, "ar", _DAY), surface)[0] == label


def test_variant_surname_refers_back_to_the_linked_person() -> None:
    x = extracted(
        "كييف (رويترز) - قال الرئيس الأوكراني فولوديمير زيلنسكي إن الدفاعات أسقطت الطائرات"
        " المسيرة.\nوأضاف زيلنسكي أن الحلفاء وعدوا بمزيد من الأنظمة.",
        "ar",
        _DAY,
    )
    assert _entity(x, "زيلنسكي")[0] == "Volodymyr Zelenskyy"


def test_a_native_arabic_name_is_not_folded_into_another() -> None:
    g = Gazetteer.load()
    blinken = spelling_variant(g, normalize("أنتوني بلينكين"), None)
    assert blinken is not None and g.entries[blinken].label_en == "Antony Blinken"
    # a definite Arabic word differing by a long vowel (الحسن/الحسين) is another name
    assert spelling_variant(g, normalize("أيمن الصفادي"), None) is None
    assert ar_skeleton("زيلينسكي") == ar_skeleton("زيلنسكي")
    assert ar_skeleton("سيرغي") == ar_skeleton("سيرجي")


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        (
            "أنقرة (رويترز) - قالت وزارة الدفاع إن لغما أرضيا أصاب جنودا أتراكا قرب الحدود.",
            "أتراكا",
            "Türkiye",
        ),
        (
            "وقررت الحكومة التشيكية طرد دبلوماسيين روسا بعد انفجار مستودع الذخيرة.",
            "دبلوماسيين روسا",
            "Russia",
        ),
    ],
)
def test_accusative_broken_plural_nisba(text: str, surface: str, state: str) -> None:
    x = extracted(text, "ar", _DAY)
    label, _qid, owner = _entity(x, surface)
    assert state in (label, owner)


def test_bare_ministry_of_a_national_agency_wire() -> None:
    x = extracted(
        "جنيف (واس) - رحبت وزارة الخارجية باتفاق تبادل الأسرى بين الطرفين اليمنيين.",
        "ar",
        _DAY,
    )
    assert _entity(x, "وزارة الخارجية")[2] == "Saudi Arabia"


def test_international_wire_gives_no_state_to_a_bare_ministry() -> None:
    x = extracted(
        "جنيف (رويترز) - رحبت وزارة الخارجية باتفاق تبادل الأسرى بين الطرفين اليمنيين.",
        "ar",
        _DAY,
    )
    ministries = [e for e in x.entities if any(m.text == "وزارة الخارجية" for m in e.mentions)]
    labels = {e.id: e.label for e in x.entities}
    assert all(labels.get(e.state or "") != "United Kingdom" for e in ministries)


def test_ain_al_asad_is_a_place() -> None:
    x = extracted(
        "بغداد (رويترز) - قالت خلية الإعلام الأمني إن طائرة مسيرة استهدفت قاعدة عين الأسد.",
        "ar",
        _DAY,
    )
    assert all(e.label != "Bashar al-Assad" for e in x.entities)
    assert any(e.type is EntityType.PLACE and "عين الأسد" in e.mentions[0].text for e in x.entities)


def test_bare_government_repeats_the_government_named_before() -> None:
    x = extracted(
        "أعلنت الحكومة الكينية حظر التجول في العاصمة بعد احتجاجات على الضرائب.\n"
        "وقالت الحكومة في بيان لاحق إن قوات الأمن ستنتشر في الشوارع.",
        "ar",
        _DAY,
    )
    assert _entity(x, "الحكومة")[0] == "Kenya"


def test_bare_government_without_any_state_stays_unlinked() -> None:
    x = extracted("وقالت الحكومة في بيان إن الاجتماع تأجل إلى الأسبوع المقبل.", "ar", _DAY)
    assert all(not any(m.text == "الحكومة" for m in e.mentions) for e in x.entities)
