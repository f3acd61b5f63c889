"""The session-5 speed-ups of the extraction path change nothing: a time pattern only
skips windows that hold none of the words all its matches hold, and the times found
are those found without that filter; the linked mentions a new body covers are dropped
as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extractors import dates
from kg.extractors.bodies import _Builder
from kg.extractors.dates import find_times
from kg.extractors.doc import Doc, Ment
from kg.extractors.text import NormText, fold
from kg.extractors.times import arabic, english, windows
from kg.models import EntityType

_FILTERED = [
    (pat, words)
    for patterns in (arabic._AR_PATTERNS, english._EN_PATTERNS)
    for pat, handler in patterns
    if (words := windows._IN_EVERY_MATCH.get(handler))
]


@pytest.mark.parametrize("index", range(len(_FILTERED)))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_every_match_of_a_filtered_time_pattern_holds_one_of_its_words(
    index: int, data: st.DataObject
) -> None:
    pat, words = _FILTERED[index]
    s = data.draw(st.from_regex(pat))
    for m in pat.finditer(s):
        assert any(w in m.group().lower() for w in words), (pat.pattern[:60], m.group())


def test_every_arabic_deictic_key_holds_one_of_its_words() -> None:
    for key in arabic._AR_DEICTIC:
        assert any(w in key for w in windows._AR_DEICTIC_WORDS), key


_TEXTS = [
    (
        "ar",
        "وقال الوزير أمس الأول إن المحادثات ستستأنف الأسبوع المقبل، وبعد ذلك بيومين "
        "أعلنت الحكومة في اليوم التالي أنها ستعقد اجتماعا خلال الأيام المقبلة. وكانت "
        "الوزارة قد أعلنت قبل ثلاثة أيام، في الخامس من الشهر الجاري، أن الاتفاق الموقع "
        "في 12 آذار/مارس 2024 ما زال ساريا، ومؤخرا قالت إنه سيجدد العام المقبل.",
    ),
    (
        "ar",
        "وصل الوفد مساء الخميس الماضي، وبعد ساعات من وصوله عقد لقاء في وقت لاحق من "
        "اليوم نفسه، ثم غادر غدا إلى القاهرة حيث سيبقى منذ سنوات طويلة كما قيل آنذاك.",
    ),
    (
        "en",
        "The minister said on Tuesday that talks would resume next week. Two days later "
        "the government announced, in recent weeks, a plan first floated last month; the day "
        "before, officials had met. Hours after the vote, which took place on March 3, 2024, "
        "the envoy left, and at the time nobody commented. Earlier today and overnight, "
        "strikes hit the port; within hours the cabinet met, as it had done three years ago.",
    ),
    (
        "ar",
        "وقال الوزير أمس إن الوفد وصل في الثالث من الشهر نفسه، ثم عاد في العاشر منه، بعد "
        "أن وقع الاتفاق في الخامس من الشهر الماضي، على أن يجتمع الطرفان الأسبوع المقبل.",
    ),
    (
        "en",
        "The envoy said on the 5th of last month that the accord signed on the 2nd of "
        "this month would hold, and talks resumed on Monday after a pause last week.",
    ),
    (
        "en",
        "The delegation arrived yesterday evening and the following morning met the "
        "president, who recently said that in the past the two sides had talked for years.",
    ),
]


@pytest.mark.parametrize("lang,text", _TEXTS)
def test_times_are_those_found_without_the_word_filter(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    norm = fold(text)
    pub = date(2024, 5, 20)
    filtered = find_times(norm, lang, pub)
    assert len(filtered) >= 4
    monkeypatch.setattr(dates, "_IN_EVERY_MATCH", {})
    assert find_times(norm, lang, pub) == filtered


_SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=8)


@settings(max_examples=300, deadline=None)
@given(_SPANS, _SPANS)
def test_mentions_covered_by_a_new_body_are_dropped_as_before(
    linked: list[tuple[int, int]], bodies: list[tuple[int, int]]
) -> None:
    def ment(start: int, size: int, key: str) -> Ment:
        return Ment(start, start + size, key, "name", EntityType.ORGANIZATION, 0, 0, "x")

    doc = Doc(nt=NormText.of(""), lang="en", published=None)
    b = _Builder(doc, [ment(s, n, f"m{i}") for i, (s, n) in enumerate(linked)], {})
    b.new = [ment(s, n, f"b{i}") for i, (s, n) in enumerate(bodies)]
    spans = sorted(b.new, key=lambda m: m.start)
    kept = [m for m in b.ments if not any(x.start <= m.start < x.end for x in spans)]
    out = sorted([*kept, *spans], key=lambda m: (m.start, -m.end))
    expected: list[Ment] = []
    for m in out:
        if not expected or m.start >= expected[-1].end:
            expected.append(m)
    assert b.merged() == (expected if b.new else b.ments)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The envoy flew to the United Nations and then to Cairo with Peru's minister."),
        ("ar", "وصل الوزير إلى القاهرة قادما من عمان ثم توجه لإسرائيل وبالرياض."),
    ],
)
def test_cached_preposition_of_a_mention_is_the_one_worked_out_afresh(lang: str, text: str) -> None:
    from kg.extractors.pipeline import prepare
    from kg.models import Article

    doc = prepare(Article(id="p", lang=lang, text=text))[0]
    assert doc.mentions
    for m in doc.mentions:
        assert doc.prep_of(m) == doc._prep_of(m)
        assert doc.prep_of(m) == doc._prep_of(m)  # (asked again: from the cache)
    assert any(doc.prep_of(m) is not None for m in doc.mentions)
    doc.tokens = doc.tokens[:1]  # other tokens: nothing stale is returned
    for m in doc.mentions:
        assert doc.prep_of(m) == doc._prep_of(m)


def test_group_adjectives_are_read_once_per_gazetteer_and_as_before() -> None:
    from kg.extractors.bodies import _ar_group_adjectives, _read_group_adjectives
    from kg.gazetteer.gazetteer import Gazetteer

    first = _ar_group_adjectives()
    assert first == _read_group_adjectives(Gazetteer.load())
    assert _ar_group_adjectives() is first  # (not read again for the next article)
    assert first  # the gazetteer's armed groups give some


def test_group_adjective_after_a_definite_noun_names_the_group_in_every_article() -> None:
    from kg.extractors.bodies import _ar_group_adjectives
    from kg.extractors.pipeline import prepare
    from kg.models import Article

    word, key = next(iter(sorted(_ar_group_adjectives().items())))
    for n in range(2):  # the second article reads the cached adjectives
        text = f"وأعلنت وزارة الدفاع أن الهجوم {word} استهدف سفينة في البحر الأحمر أمس."
        doc = prepare(Article(id=f"g{n}", lang="ar", text=text))[0]
        assert key in doc.entity_types, (word, key)
