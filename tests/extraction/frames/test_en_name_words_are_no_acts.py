"""English relation triggers inside names, session 17 (S17-RPREC): in the body, a
capitalised trigger word right after a capitalised word is part of a name ("Associated
Press writer X in Y", a news agency's credit line), not the verb "press" (REQUEST) or
another act; the same word in lower case stays an act.  Fresh news-style sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


_STORY = (
    "Kenya and Ethiopia signed a border security pact in Nairobi on Wednesday, officials said. "
)


def test_a_news_agency_credit_line_requests_nothing() -> None:
    got = triples(
        _STORY + "Associated Press writer Amina Yusuf in Addis Ababa, Ethiopia, "
        "contributed to this report."
    )
    assert not any(t == "REQUEST" for _, t, _ in got)


def test_press_in_lower_case_is_still_a_request() -> None:
    got = triples(_STORY + "Kenya pressed Somalia to reopen the border crossing.")
    assert ("Kenya", "REQUEST", "Somalia") in got
