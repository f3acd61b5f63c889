"""English, session 18 (S18-FRAME-EN): "American" after Central/South/Latin/North names the
continent, not the United States ("the Central American nation", "Latin American leaders"),
so it acts in no relation; a bare "American" still names the United States.  Fresh
news-style sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def labels(text: str) -> set[str]:
    return {e.label for e in extracted(text, "en", date(2025, 6, 12)).entities}


def test_continent_adjectives_name_no_united_states() -> None:
    assert "United States" not in labels(
        "Guatemala cut ties with Taiwan on Monday, the third Central American nation to do so."
    )
    x = extracted("South American leaders urged Israel to halt the strikes.", "en")
    assert not any(s == "United States" for s, _, _ in relation_triples(x))
    assert "United States" not in labels("Latin Americans voted in large numbers.")


def test_a_bare_american_still_names_the_united_states() -> None:
    assert "United States" in labels("The American ambassador urged Peru to free the activist.")
