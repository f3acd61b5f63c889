"""Session 10 (S10-H5): arguments of relations outside the plain clause — the group of
unnamed doers ("مسلحون من حركة X"), a passive agent "على يد", and "did not rule out" read
as no refusal. New sentences written for these tests (real events, other wording)."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, relation_triples

_PUB = datetime.date(2024, 5, 2)

_CASES: list[tuple[str, str, set[tuple[str, str, str]], set[tuple[str, str, str]]]] = [
    # the group of the unnamed doers is the subject of a verb-initial sentence
    (
        "مقديشو (رويترز) - أعلن الجيش الصومالي أن مقديشو ستطلب دعماً إضافياً.\n\n"
        "وهاجم مقاتلون من حركة الشباب قاعدة عسكرية كينية قرب الحدود يوم الأحد.",
        "ar",
        {("Al-Shabaab", "ASSAULT", "Kenya")},
        {("Somalia", "ASSAULT", "Al-Shabaab")},
    ),
    # the agent after "على يد" names the doers' group, not the previous subject
    (
        "أنقرة (رويترز) - أعلنت وزارة الدفاع التركية أن أنقرة ستعزز قواتها على الحدود.\n\n"
        "وقُتل ثلاثة جنود أتراك على يد مسلحين من حزب العمال الكردستاني في دهوك.",
        "ar",
        {("Kurdistan Workers' Party", "ASSAULT", "Turkish Armed Forces")},
        {("Türkiye", "ASSAULT", "Turkish Armed Forces")},
    ),
    # "على يد" with unnamed doers: no one named does it (no back-off to the last subject)
    (
        "أنقرة (رويترز) - أعلنت وزارة الدفاع التركية أن أنقرة سترسل تعزيزات إلى إدلب.\n\n"
        "وقُتل جندي تركي على يد مسلحين مجهولين شمالي سوريا.",
        "ar",
        set(),
        {("Türkiye", "ASSAULT", "Syria")},
    ),
    # guard: the sentence's own named subject is kept
    (
        "مقديشو (رويترز) - وهاجمت حركة الشباب قاعدة عسكرية كينية في جنوب الصومال.",
        "ar",
        {("Al-Shabaab", "ASSAULT", "Kenya")},
        set(),
    ),
    # "He" opening a sentence continues the previous sentence's subject, a person
    (
        "NEW DELHI (Reuters) - Indian Prime Minister Narendra Modi landed in Moscow on "
        "Monday. He held talks with Russian President Vladimir Putin at his residence.",
        "en",
        {("Narendra Modi", "CONSULT", "Vladimir Putin")},
        set(),
    ),
    # ... also past a short opening adjunct with no actor in it
    (
        "Brazilian President Luiz Inacio Lula da Silva flew to Beijing on Thursday. On "
        "Friday, he held talks with Chinese President Xi Jinping.",
        "en",
        {("Luiz Inacio Lula da Silva", "CONSULT", "Xi Jinping")},
        set(),
    ),
    # ... not when the previous subject is a state (no person to continue)
    (
        "NEW DELHI (Reuters) - India hosted a summit of G20 ministers on Monday. He met "
        "Russian President Vladimir Putin at the venue.",
        "en",
        set(),
        {("India", "CONSULT", "Vladimir Putin")},
    ),
    # arms pledged or promised "for" a state: aid to it
    (
        "OTTAWA (Reuters) - Canada pledged more armoured vehicle systems for Ukraine on Tuesday.",
        "en",
        {("Canada", "AID", "Ukraine")},
        set(),
    ),
    (
        "ROME (Reuters) - Italy promised new anti-aircraft missiles for Kyiv on Thursday.",
        "en",
        {("Italy", "AID", "Ukraine")},
        set(),
    ),
    # "did not rule out" ties with X: no refusal of X
    (
        'SEOUL (Reuters) - Tokyo did not rule out building "deeper defence links" with '
        "Canberra, a Japanese official said on Friday.",
        "en",
        set(),
        {("Japan", "REJECT", "Australia")},
    ),
    # guard: "ruled out" talks stays a refusal
    (
        "PARIS (Reuters) - Germany on Monday ruled out any talks with Iran on the issue.",
        "en",
        {("Germany", "REJECT", "Iran")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "lang", "present", "absent"), _CASES)
def test_relation_arguments_outside_the_clause(
    text: str,
    lang: str,
    present: set[tuple[str, str, str]],
    absent: set[tuple[str, str, str]],
) -> None:
    triples = relation_triples(extracted(text, lang, _PUB), symmetric=False)
    assert present <= triples, triples
    assert not (absent & triples), triples
