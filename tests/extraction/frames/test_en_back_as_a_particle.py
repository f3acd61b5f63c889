"""English "back" as the particle of another verb, session 17 (S17-RPREC): "handed back a
captured pilot", "sent back the migrants", "fought back" are no "back" (SUPPORT) of the
patient; "has backed the junta", "will back the plan" still are.  Fresh news-style
sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


def test_handing_back_a_pilot_is_no_support() -> None:
    got = triples(
        "Armenia on Friday handed back an Azerbaijani air force pilot captured on Monday."
    )
    assert not any(t == "SUPPORT" for _, t, _ in got)


def test_sending_back_migrants_is_no_support() -> None:
    got = triples("Chile sent back Venezuelan migrants who had crossed the border.")
    assert not any(t == "SUPPORT" for _, t, _ in got)


def test_back_as_a_verb_is_still_support() -> None:
    got = triples("Russia will back Serbia in the dispute, the Kremlin said.")
    assert ("Russia", "SUPPORT", "Serbia") in got
