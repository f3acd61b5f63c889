"""Joint military exercises with a partner are military cooperation (COOPERATE, symmetric) in
both languages; exercises staged near or against another state are a show of force
(MOBILIZE). Before session 6 the Arabic rows said COOPERATE and the English ones MOBILIZE."""

from __future__ import annotations

import datetime

import pytest

from kg.extractors import extract
from kg.models import Article


def _rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    x = extract(Article(id="t", lang=lang, published=datetime.date(2023, 6, 1), text=text))
    label = {e.id: e.label for e in x.entities}
    return {(label[r.subject], r.type.value, label[r.object]) for r in x.relations}


def _has(rels: set[tuple[str, str, str]], a: str, rtype: str, b: str) -> bool:
    return (a, rtype, b) in rels or (b, rtype, a) in rels


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Indonesia will hold joint exercises with Australia next month, the army said.", "en"),
        ("Morocco and the United States began joint exercises on Monday.", "en"),
        ("أجرت السعودية وباكستان مناورات مشتركة في بحر العرب الأسبوع الماضي.", "ar"),
        ("بدأت الجزائر تدريبات مشتركة مع روسيا قرب حدودها الجنوبية.", "ar"),
    ],
)
def test_joint_exercises_with_a_partner_are_cooperation(text: str, lang: str) -> None:
    rels = _rels(text, lang)
    pairs = {
        "Indonesia": "Australia",
        "Morocco": "United States",
        "Saudi Arabia": "Pakistan",
        "Algeria": "Russia",
    }
    assert any(_has(rels, a, "COOPERATE", b) for a, b in pairs.items()), rels
    assert not any(t == "MOBILIZE" and o in pairs.values() for _, t, o in rels), rels


def test_exercises_near_another_state_stay_a_show_of_force() -> None:
    rels = _rels("Russia launched large military exercises near Finland on Tuesday.", "en")
    assert ("Russia", "MOBILIZE", "Finland") in rels
