"""Arabic: "الجانب"/"الطرف" and a state's nisba after a masculine speech verb ("أعرب الجانب
الياباني عن"، "وأكد الجانب الروسي أن") is that state speaking (the state's side in talks or a
readout), and a participle after it goes on with the same state.  After a verb of calling on
or of telling ("ودعت الكويت الجانب العراقي إلى"، "أبلغت الجانب الإسرائيلي") the side is the
one called on or told, not a speaker."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 4, 2)

# (text, speaker, words the content holds)
FOUND = [
    (
        "وبحسب البيان المشترك الصادر في ختام الزيارة، أعرب الجانب الياباني عن قلقه إزاء "
        "التجارب الصاروخية، مؤكداً استعداده للتعاون مع الشركاء في المنطقة.",
        "Japan",
        "عن قلقه إزاء التجارب الصاروخية",
    ),
    (
        "وبحسب البيان المشترك الصادر في ختام الزيارة، أعرب الجانب الياباني عن قلقه إزاء "
        "التجارب الصاروخية، مؤكداً استعداده للتعاون مع الشركاء في المنطقة.",
        "Japan",
        "استعداده للتعاون مع الشركاء",
    ),
    (
        "وعقد وزيرا خارجية البلدين جلسة مباحثات في موسكو. وأكد الجانب الروسي أن موسكو "
        "منفتحة على الحوار مع كييف.",
        "Russia",
        "موسكو منفتحة على الحوار",
    ),
    (
        "وأعرب الجانب المصري عن تقديره للدور القطري في الوساطة.",
        "Egypt",
        "عن تقديره للدور القطري",
    ),
    (
        "وشدد الطرف الأمريكي على ضرورة وقف إطلاق النار في غزة.",
        "United States",
        "ضرورة وقف إطلاق النار",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_state_side_speaks(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "ar", DAY))
    assert any(s == speaker and words in c for s, c in found), found


# (text, state that may not be a speaker)
SILENT = [
    ("وقال الوزير إن المملكة أبلغت الجانب الإسرائيلي قرارها بعدم التجديد.", "Israel"),
    ("ودعت الكويت الجانب العراقي إلى اتخاذ إجراءات عاجلة.", "Iraq"),
    ("ووقّع الاتفاق عن الجانب الأمريكي المبعوث الخاص في الدوحة.", "United States"),
]


@pytest.mark.parametrize(("text", "state"), SILENT)
def test_side_called_on_or_told_is_no_speaker(text: str, state: str) -> None:
    found = said(extracted(text, "ar", DAY))
    assert not [c for s, c in found if s == state], found
