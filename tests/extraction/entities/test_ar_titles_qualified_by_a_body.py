"""Arabic titles qualified by the body that designated or backs their holder (session 18,
S18-SPKLINK): "رئيس الحكومة المكلفة من مجلس النواب X Y"، "رئيس الحكومة المدعومة من البرلمان
X Y" — a definite participle in م, من and a known organisation or state body stand between the
title and the holder's name, which must open with a known given name; a place after من ("القادم
من باريس") is no such body.  Sentences written for these tests.
"""

from __future__ import annotations

import datetime

from factories import extracted

from kg.models import EntityType

_DAY = datetime.date(2025, 6, 12)


def _people(text: str) -> list[str]:
    x = extracted(text, "ar", _DAY)
    return [e.label for e in x.entities if e.type is EntityType.PERSON]


def test_a_prime_minister_designated_by_the_house_is_named() -> None:
    text = "ووصف رئيس الحكومة المكلّفة من مجلس النواب خالد المهدي الاتفاق بأنه «باطل»."
    assert "خالد المهدي" in _people(text)


def test_a_prime_minister_backed_by_parliament_speaks() -> None:
    text = "وقال رئيس الحكومة المدعومة من البرلمان خالد المهدي إن الاتفاق باطل."
    x = extracted(text, "ar", _DAY)
    assert "خالد المهدي" in [x.entity(q.speaker).label for q in x.quotes if q.speaker]


def test_a_title_followed_by_from_a_capital_is_no_qualified_title() -> None:
    text = "وقال رئيس الحكومة المكلّفة من القاهرة إن الاتفاق باطل."
    assert _people(text) == []
