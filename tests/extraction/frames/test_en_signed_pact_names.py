"""English pacts named by a cooperation noun, session 17 (S17-RPREC): "signed a defence
cooperation agreement", "signed a strategic partnership" is the signing (AGREE) of a pact
that the noun names, no COOPERATE of its own, unless a partner follows the pact ("a
cooperation agreement with Sudan"); a cooperation noun with no "sign" verb before it
("restore an intelligence-sharing pact", "agreed to expand cooperation") stays
cooperation.  Fresh news-style sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=True)


def test_a_signed_cooperation_agreement_is_an_agreement_only() -> None:
    got = triples(
        "Indonesia and Australia signed a defence cooperation agreement on Tuesday, officials said."
    )
    assert any(t == "AGREE" for _, t, _ in got)
    assert not any(t == "COOPERATE" for _, t, _ in got)


def test_a_cooperation_agreement_with_a_partner_is_both() -> None:
    # (as tests/extraction/relations/test_support_sanction_reject_families.py holds for
    # "Egypt signed a military cooperation agreement with Sudan")
    got = triples("Indonesia signed a defence cooperation agreement with Australia on Tuesday.")
    assert ("Australia", "AGREE", "Indonesia") in got
    assert ("Australia", "COOPERATE", "Indonesia") in got


def test_a_signed_partnership_is_an_agreement_only() -> None:
    got = triples(
        "Kenyan President William Ruto and Japanese Prime Minister Shigeru Ishiba signed "
        "a 10-year strategic partnership in Tokyo on Monday."
    )
    assert any(t == "AGREE" for _, t, _ in got)
    assert not any(t == "COOPERATE" for _, t, _ in got)


def test_cooperation_without_a_signing_stays_cooperation() -> None:
    got = triples("Vietnam and Malaysia expanded their maritime cooperation on Monday.")
    assert any(t == "COOPERATE" for _, t, _ in got)
