"""Arabic mediation nouns whose "بين X وY" belongs to a later noun, session 17
(S17-RPREC): in "وساطة لتبادل أسرى بين X وY" or "وساطات أفضت إلى عمليات تبادل للأسرى بين
X وY" the pair is the swap's, no two sides that met (no CONSULT between them); the
mediator a later sentence names still meets each side; "وساطة جديدة بين X وY" (one
adjective before "بين") keeps the pair.  Fresh news-style sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_the_sides_of_a_mediated_swap_do_not_meet() -> None:
    got = triples(
        "وساطة لتبادل أسرى بين أذربيجان وأرمينيا\n"
        "أعلنت جورجيا اليوم نجاح وساطة لتبادل أسرى بين أذربيجان وأرمينيا. وأوضح البيان "
        "أن نجاح الوساطة التي قادتها جورجيا جاء بعد اتصالات مكثفة."
    )
    assert not any(t == "CONSULT" and {s, o} == {"Azerbaijan", "Armenia"} for s, t, o in got)
    assert ("Georgia", "CONSULT", "Azerbaijan") in got
    assert ("Georgia", "CONSULT", "Armenia") in got


def test_mediations_that_led_to_swaps_are_no_talks_of_the_sides() -> None:
    got = triples(
        "وقالت الخارجية الأوكرانية إن تركيا شاركت في وساطات أفضت إلى عمليات تبادل "
        "للأسرى بين موسكو وكييف خلال العام الماضي."
    )
    assert not any(t == "CONSULT" and {s, o} == {"Russia", "Ukraine"} for s, t, o in got)


def test_a_new_mediation_between_two_sides_keeps_the_pair() -> None:
    got = triples("أسفرت وساطة جديدة بين إثيوبيا والسودان عن اتفاق على إعادة فتح الحدود.")
    assert ("Ethiopia", "CONSULT", "Sudan") in got
