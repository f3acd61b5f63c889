"""A welcomed end of a harm backs no harmer, session 17 (S17-RPREC): in "ترحيب الدوحة
بوقف العدوان الإسرائيلي" or "welcomed the end of Israeli strikes" the state adjective of
the harm noun is the one who harmed, not whom the speaker backs (no SUPPORT of it); a
welcomed stance of a state ("رحبت قطر بالموقف الفرنسي") still backs that state.  Fresh
news-style sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, lang, date(2025, 6, 12)), symmetric=False)


def test_ar_welcomed_end_of_aggression_backs_no_aggressor() -> None:
    got = triples(
        "وأعربت الخارجية القطرية عن ترحيب الدوحة بوقف العدوان الإسرائيلي على لبنان.", "ar"
    )
    assert ("Qatar", "SUPPORT", "Israel") not in got


def test_en_welcomed_end_of_strikes_backs_no_striker() -> None:
    got = triples("Qatar welcomed the end of Israeli strikes on Lebanon.", "en")
    assert ("Qatar", "SUPPORT", "Israel") not in got


def test_ar_welcomed_stance_still_backs_its_state() -> None:
    got = triples("ورحبت قطر بالموقف الفرنسي.", "ar")
    assert ("Qatar", "SUPPORT", "France") in got
