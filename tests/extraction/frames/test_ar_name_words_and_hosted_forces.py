"""Arabic triggers inside names and sites that host forces, session 17 (S17-FRAME-AR2).

A lexicon trigger that is a word of a linked person's or place's name of several words
("قاعدة عين الأسد": no appointment; "سامح شكري": no thanks) is no act, and does not stop
the patient search of the act before it.  A struck site that hosts a state's forces ("قاعدة
X التي تستضيف قوات أميركية") is an attack on those forces' state, and the forces' state is
present (PRESENCE) in the state the site is in.  Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_a_withdrawal_from_a_base_named_with_a_verb_reaches_its_state() -> None:
    got = triples("وأعلنت واشنطن سحب قواتها من قاعدة عين الأسد في العراق.")
    assert ("United States", "RETREAT", "Iraq") in got


def test_a_surname_that_reads_as_thanks_makes_no_support() -> None:
    got = triples("وقال وزير الخارجية المصري سامح شكري لنظيره الفرنسي إن القاهرة ترفض التهجير.")
    assert not any(t == "SUPPORT" for _, t, _ in got)


def test_thanks_told_as_a_verb_stay_support() -> None:
    got = triples("وشكر وزير الخارجية المصري نظيره الفرنسي على دعم بلاده لجهود التهدئة.")
    assert any(t == "SUPPORT" for _, t, _ in got)


def test_a_strike_on_a_base_hosting_foreign_troops_hits_their_state() -> None:
    got = triples(
        "وقصفت إيران في يناير (كانون الثاني) 2020 قاعدة عين الأسد التي تستضيف قوات أميركية."
    )
    assert ("Iran", "ASSAULT", "United States") in got
    assert ("Iran", "ASSAULT", "Iraq") not in got


def test_a_base_hosting_foreign_troops_is_their_presence_in_its_state() -> None:
    got = triples("وتقع قاعدة عين الأسد التي تستضيف قوات أمريكية في محافظة الأنبار.")
    assert ("United States", "PRESENCE", "Iraq") in got
    assert not any(t == "CONSULT" for _, t, _ in got)


def test_a_strike_on_a_base_without_hosted_troops_stays_on_its_state() -> None:
    got = triples("وقصفت إيران قاعدة عين الأسد غرب العراق.")
    assert ("Iran", "ASSAULT", "Iraq") in got
    assert not any(t == "PRESENCE" for _, t, _ in got)


def test_a_state_hosting_talks_is_no_presence() -> None:
    got = triples("واستضافت سلطنة عمان محادثات بين إيران والولايات المتحدة في مسقط.")
    assert not any(t == "PRESENCE" for _, t, _ in got)
