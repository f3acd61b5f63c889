"""Normalisation, tokens with offsets, and Arabic/English clitic helpers (kg.text)."""

from __future__ import annotations

import pytest

from kg.text import (
    demonym_plural,
    normalize,
    normalize_with_offsets,
    original_offset,
    proclitic_variants,
    split_possessive,
    strip_article,
    strip_proclitics,
    strip_the,
    tokenize,
)

ARABIC_TABLE = [
    ("الرَّئِيسُ", "الرئيس"),  # harakat and shadda
    ("مُحَمَّدٌ", "محمد"),  # tanwin
    ("وزيـــر", "وزير"),  # tatweel
    ("أحمد", "احمد"),  # alef with hamza above
    ("إسرائيل", "اسرائيل"),  # alef with hamza below
    ("آية", "ايه"),  # alef madda, ta marbuta
    ("ٱلله", "الله"),  # alef wasla
    ("مصطفى", "مصطفي"),  # alef maqsura
    ("الرحمٰن", "الرحمن"),  # superscript alef
    ("رئيس", "رئيس"),  # hamza on ya is kept
    ("مؤتمر", "مؤتمر"),  # hamza on waw is kept
    ("٢٠٢٥", "2025"),  # Arabic-Indic digits
    ("۱۴۰۳", "1403"),  # Persian digits
    ("ایران", "ايران"),  # Persian yeh
    ("کرملین", "كرملين"),  # Persian kaf and yeh
    ("\u200fبوتين\u200e", "بوتين"),  # bidi marks
    ("بو\u200cتين", "بوتين"),  # zero-width non-joiner inside a word
    ("ﻻ", "لا"),  # presentation-form ligature (NFKC)
    ("  الرئيس \n\t الروسي ", "الرئيس الروسي"),  # whitespace collapsed
    ("قال: «نعم»!", "قال نعم"),  # punctuation and quotes dropped
]

ENGLISH_TABLE = [
    ("U.S.", "us"),
    ("the U.S.A.", "the usa"),
    ("Washington, D.C.", "washington dc"),
    ("Russia's", "russia"),
    ("Russia’s envoy", "russia envoy"),
    ("Sa'ar", "saar"),
    ("al-Sharaa", "al sharaa"),
    ("Élysée Palace", "elysee palace"),
    ("Türkiye", "turkiye"),
    ("Erdoğan", "erdogan"),
    ("STRASSE", "strasse"),
    ("Jean-Noël  Barrot", "jean noel barrot"),
    ("G7", "g7"),
]


@pytest.mark.parametrize(("raw", "expected"), ARABIC_TABLE)
def test_arabic_normalisation_table(raw: str, expected: str) -> None:
    assert normalize(raw, "ar") == expected


@pytest.mark.parametrize(("raw", "expected"), ENGLISH_TABLE)
def test_english_normalisation_table(raw: str, expected: str) -> None:
    assert normalize(raw, "en") == expected


def test_normalise_is_idempotent_on_its_output() -> None:
    for raw, _ in ARABIC_TABLE + ENGLISH_TABLE:
        once = normalize(raw)
        assert normalize(once) == once


def test_tokens_keep_exact_original_offsets() -> None:
    text = "قالَ \u200fالرئيسُ الأمريكيّ، إن U.S. forces’ role…"
    for tok in tokenize(text):
        raw = text[tok.start : tok.end]
        assert raw.strip() == raw and raw
    norms = [t.norm for t in tokenize(text)]
    assert norms == ["قال", "الرئيس", "الامريكي", "ان", "us", "forces", "role"]


def test_tokens_join_only_across_spaces_hyphens_and_initials() -> None:
    toks = tokenize("Donald J. Trump, al-Sharaa. Next")
    assert [t.norm for t in toks] == ["donald", "j", "trump", "al", "sharaa", "next"]
    assert [t.join for t in toks] == [False, True, True, False, True, False]


def test_possessive_is_removed_from_the_key_not_from_the_span() -> None:
    (tok,) = tokenize("Moscow’s")
    assert tok.norm == "moscow" and (tok.start, tok.end) == (0, 8)
    assert split_possessive("Moscow's") == ("Moscow", True)
    assert split_possessive("Sa'ar") == ("Sa'ar", False)


def test_normalize_with_offsets_maps_back_into_the_original() -> None:
    text = "  وَالرَّئِيس  U.S."
    norm, offsets = normalize_with_offsets(text)
    assert norm == "والرئيس us"
    assert len(offsets) == len(norm)
    for ch, off in zip(norm, offsets, strict=True):
        if ch != " ":
            assert normalize(text[off]) in (ch, "")
    assert text[offsets[0]] == "و"
    assert text[offsets[norm.index("us")]] == "U"


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("والروسي", "الروسي"),
        ("وبالكرملين", "الكرملين"),
        ("فللامم", "الامم"),
        ("للامم", "الامم"),
        ("كالعراق", "العراق"),
        ("بموسكو", "موسكو"),
        ("وموسكو", "موسكو"),
    ],
)
def test_proclitics_are_stripped(token: str, expected: str) -> None:
    assert strip_proclitics(token) == expected
    assert expected in [v for v, _ in proclitic_variants(token)]


@pytest.mark.parametrize("name", ["لبنان", "فلسطين", "بترا", "كندا", "ليبيا", "فرنسا", "وفا"])
def test_names_starting_with_proclitic_letters_keep_their_raw_reading_first(name: str) -> None:
    variants = proclitic_variants(normalize(name))
    assert variants[0] == (normalize(name), 0)


def test_proclitic_variants_report_how_much_was_cut() -> None:
    assert proclitic_variants("وبالكرملين") == (
        ("وبالكرملين", 0),
        ("بالكرملين", 1),
        ("الكرملين", 2),
    )
    assert proclitic_variants("ان") == (("ان", 0),)


def test_original_offset_skips_diacritics_of_the_removed_letters() -> None:
    raw = "وَبِالكرملين"
    assert raw[original_offset(raw, 2) :] == "الكرملين"
    assert original_offset("موسكو", 0) == 0


def test_article_and_the_are_stripped_only_when_something_remains() -> None:
    assert strip_article(normalize("الروسية")) == "روسيه"
    assert strip_article("الى") == "الى"
    assert strip_the("the kremlin") == "kremlin"
    assert strip_the("theodore") == "theodore"


@pytest.mark.parametrize(
    ("demonym", "plural"),
    [
        ("Russian", "Russians"),
        ("Iraqi", "Iraqis"),
        ("Emirati", "Emiratis"),
        ("New Zealander", "New Zealanders"),
        ("Chinese", None),
        ("Swiss", None),
        ("British", None),
        ("French", None),
    ],
)
def test_demonym_plurals(demonym: str, plural: str | None) -> None:
    assert demonym_plural(demonym) == plural
