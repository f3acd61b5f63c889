"""Arabic arms depots (session 17, S17-FRAME-AR2): an aid noun right after a noun of
depots or works ("مخازن أسلحة لحزب الله"، "مستودعات ذخيرة للحوثيين"; word list
relations.stores_ar) names whose depots they are, not arms given to them; a shipment of arms
to a group stays aid.  Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_a_strike_on_arms_depots_gives_no_arms() -> None:
    got = triples("وقال الجيش الإسرائيلي إنه استهدف مخازن أسلحة لحزب الله في جنوب لبنان.")
    assert not any(t == "AID" for _, t, _ in got)
    assert ("Israeli Armed Forces", "ASSAULT", "Hezbollah") in got


def test_a_shipment_of_arms_is_still_aid() -> None:
    got = triples("وأرسلت إيران شحنة أسلحة لحزب الله عبر سوريا.")
    assert ("Iran", "AID", "Hezbollah") in got
