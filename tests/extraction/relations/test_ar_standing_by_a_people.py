"""Arabic «الوقوف إلى جانب X» (session 18, S18-FRAME-AR): the genitive of «جانب» (word list
relations.side_nouns_ar) is whom one stands by, the patient, not the doer of the verbal noun;
«الشعب الليبي» names the state.  Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_continuing_to_stand_by_a_people_supports_its_state() -> None:
    got = triples("وأكدت أنقرة أنها ستواصل الوقوف إلى جانب الشعب الليبي.")
    assert ("Türkiye", "SUPPORT", "Libya") in got
    assert not any(s == "Libya" for s, _, _ in got)


def test_standing_by_a_named_state_after_a_light_verb() -> None:
    got = triples("وجددت الجزائر التزامها بالوقوف إلى جانب تونس في هذه الظروف.")
    assert ("Algeria", "SUPPORT", "Tunisia") in got


def test_the_state_in_the_gap_still_stands_by_the_other() -> None:
    got = triples("وأكد الرئيس وقوف مصر إلى جانب السودان.")
    assert ("Egypt", "SUPPORT", "Sudan") in got
