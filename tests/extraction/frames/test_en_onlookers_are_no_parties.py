"""English onlookers, session 17 (S17-RPREC): an actor "looking on" or who "looked on" /
"watched" as others signed or met ("signed the accord, with Prime Minister X looking on",
"as President X looked on") witnesses the act and is no party to it.  Fresh news-style
sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=True)


def test_a_leader_looking_on_is_no_party_to_the_signing() -> None:
    got = triples(
        "Indian Foreign Minister S. Jaishankar and his Japanese counterpart Takeshi Iwaya "
        "signed the accord in Tokyo on Monday, with Prime Minister Shigeru Ishiba looking on."
    )
    assert not any("Shigeru Ishiba" in (s, o) for s, _, o in got)


def test_a_president_who_looked_on_is_no_party_to_the_signing() -> None:
    got = triples(
        "Kenya and Uganda signed the accord in Nairobi as President William Ruto looked on."
    )
    assert not any("William Ruto" in (s, o) for s, _, o in got)
    assert ("Kenya", "AGREE", "Uganda") in got
