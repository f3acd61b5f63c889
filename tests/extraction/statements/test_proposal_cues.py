"""Proposals are statements when they report a clause: "proposed that", "proposing that"
(a participle going on with the speaker); Arabic "اقترح أن"، "يقترح أن"، "مقترحاً أن".  The
noun or an object alone ("قدمت مصر مقترحاً"، "proposed a truce", "the proposed sale") is
no statement of the proposer."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 3, 6)

# (text, lang, speaker, words the content holds)
FOUND = [
    (
        'BAKU (Reuters) - "We are ready to sign a peace deal," Azerbaijani President Ilham '
        "Aliyev said, proposing that the two leaders meet in Abu Dhabi next month.",
        "en",
        "Ilham Aliyev",
        "the two leaders meet in Abu Dhabi",
    ),
    (
        "PARIS (AFP) - French President Emmanuel Macron proposed that European troops be "
        "deployed to Ukraine after a ceasefire.",
        "en",
        "Emmanuel Macron",
        "European troops be deployed to Ukraine",
    ),
    (
        "واقترح الرئيس الفرنسي إيمانويل ماكرون أن تنتشر قوات أوروبية في أوكرانيا بعد وقف "
        "إطلاق النار.",
        "ar",
        "Emmanuel Macron",
        "تنتشر قوات أوروبية في أوكرانيا",
    ),
    (
        "وأكد وزير الخارجية التركي هاكان فيدان دعم بلاده للحوار، مقترحاً أن تستضيف إسطنبول "
        "الجولة المقبلة من المحادثات.",
        "ar",
        "Hakan Fidan",
        "تستضيف إسطنبول الجولة المقبلة",
    ),
    (
        "ويقترح الاتحاد الأوروبي أن تخصص الأصول الروسية المجمدة لإعادة إعمار أوكرانيا.",
        "ar",
        "European Union",
        "تخصص الأصول الروسية المجمدة",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker", "words"), FOUND)
def test_proposal_of_a_clause_is_a_statement(
    text: str, lang: str, speaker: str, words: str
) -> None:
    found = said(extracted(text, lang, DAY))
    assert any(s == speaker and words in c for s, c in found), found


# (text, lang, words no statement may hold)
SILENT = [
    ("وقدمت مصر مقترحاً لوقف إطلاق النار في غزة لمدة شهرين.", "ar", "لوقف إطلاق النار"),
    ("CAIRO (Reuters) - Egypt proposed a two-month truce in Gaza on Monday.", "en", "truce"),
    (
        "LIMA (Reuters) - Peru's president has proposed bringing forward general elections "
        "to 2026.",
        "en",
        "general elections",
    ),
]


@pytest.mark.parametrize(("text", "lang", "words"), SILENT)
def test_proposal_object_is_no_statement(text: str, lang: str, words: str) -> None:
    found = said(extracted(text, lang, DAY))
    assert not [c for _, c in found if words in c], found
