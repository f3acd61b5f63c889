"""Arabic envoys recalled «لديها» (session 18, S18-FRAME-AR): when one's own ambassador is
recalled with «لديها»/«لديه» after him (word list relations.at_host_pron_ar), the state he is
recalled from is the one named last before the subject in the sentence, and each of the
coordinated subjects («كل من X وY سفيريهما») recalls its own; lexicon rows for the dual and
plural possessors («سفيريهما»، «سفراءهم»).  Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_two_states_recall_their_envoys_from_the_state_just_named() -> None:
    got = triples(
        "وجاء القرار بعد ساعات من إعلان بوليفيا قطع علاقاتها الدبلوماسية مع إسرائيل، فيما "
        "استدعت كل من تشيلي وكولومبيا سفيريهما لديها للتشاور."
    )
    assert ("Chile", "SANCTION", "Israel") in got
    assert ("Colombia", "SANCTION", "Israel") in got
    assert not any(t == "ACCUSE" for _, t, _ in got)


def test_one_state_recalls_its_envoy_after_a_protest() -> None:
    got = triples("واحتجت الجزائر على تصريحات صدرت في المغرب، واستدعت سفيرها لديها للتشاور.")
    assert ("Algeria", "SANCTION", "Morocco") in got


def test_two_states_recall_their_envoys_with_the_dual_possessor() -> None:
    got = triples("واستدعت الدولتان سفيريهما من إسرائيل للتشاور.")
    assert not any(t == "ACCUSE" for _, t, _ in got)
