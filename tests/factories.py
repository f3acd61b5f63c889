"""Hand-built extractions for tests of the RDF mapping and the store (no extractor involved),
and readers of extractions shared by the extraction tests."""

from __future__ import annotations

import datetime
from typing import Any

from kg.extractors import extract
from kg.gazetteer import LinkedMention, Linking, link
from kg.models import Article, Extraction, Relation, RelationType, Statement

AR_TEXT = (
    "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة الثلاثاء "
    "وزير الخارجية المصري، "
    "وأكد أن بلاده تدعم جهود التهدئة في غزة. "
    "ونقلت وكالة الأناضول عن المتحدث باسم الرئاسة قوله إن أردوغان "
    'شدد على "ضرورة وقف إطلاق النار فورا".'
)
EN_TEXT = (
    "French President Emmanuel Macron spoke by phone on Monday "
    "with Lebanese President Joseph Aoun, "
    "the Elysee said. Macron said France would send humanitarian aid to Lebanon."
)


def _span(text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def arabic_extraction(
    *, text: str = AR_TEXT, article_id: str = "test-ar-1", version: str = "1"
) -> Extraction:
    """Turkey supports (Gaza de-escalation) Egypt..., with a nested relayed statement."""
    outer = _span(text, 'أردوغان شدد على "ضرورة وقف إطلاق النار فورا"')
    inner = _span(text, "ضرورة وقف إطلاق النار فورا")
    consult = _span(
        text, "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة الثلاثاء وزير الخارجية المصري"
    )
    return Extraction.build(
        article=Article(
            id=article_id,
            text=text,
            lang="ar",
            published="2025-06-10",
            source="وكالة اختبار",
            title="أردوغان يستقبل وزير الخارجية المصري",
        ),
        entities=[
            {
                "id": "e1",
                "type": "State",
                "label": "Turkey",
                "labels": {"en": "Turkey", "ar": "تركيا"},
                "qid": "Q43",
                "state": "e1",
                "mentions": [_span(text, "التركي")],
            },
            {
                "id": "e2",
                "type": "State",
                "label": "Egypt",
                "labels": {"en": "Egypt", "ar": "مصر"},
                "qid": "Q79",
                "state": "e2",
                "mentions": [_span(text, "المصري")],
            },
            {
                "id": "e3",
                "type": "Person",
                "label": "Recep Tayyip Erdoğan",
                "labels": {"en": "Recep Tayyip Erdoğan", "ar": "رجب طيب أردوغان"},
                "qid": "Q39259",
                "state": "e1",
                "aliases": ["أردوغان"],
                "roles": [{"label": "الرئيس التركي", "lang": "ar", "of": "e1"}],
                "mentions": [_span(text, "رجب طيب أردوغان")],
            },
            {
                "id": "e4",
                "type": "Person",
                "label": "وزير الخارجية المصري",
                "state": "e2",
                "labels": {"ar": "وزير الخارجية المصري"},
            },
            {
                "id": "e5",
                "type": "Organization",
                "label": "Anadolu Agency",
                "labels": {"en": "Anadolu Agency", "ar": "وكالة الأناضول"},
                "state": "e1",
                "mentions": [_span(text, "وكالة الأناضول")],
            },
            {"id": "e6", "type": "Person", "label": "المتحدث باسم الرئاسة التركية", "state": "e1"},
        ],
        quotes=[
            {
                "id": "q1",
                "speaker": "e6",
                "cue": "قوله",
                "via": "e5",
                "about": ["e3"],
                "text": outer["text"],
                "start": outer["start"],
                "end": outer["end"],
            },
            {
                "id": "q2",
                "speaker": "e3",
                "cue": "شدد",
                "via": "e6",
                "reported_in": "q1",
                "direct": True,
                "text": inner["text"],
                "start": inner["start"],
                "end": inner["end"],
                "date": "2025-06-10",
            },
        ],
        relations=[
            {
                "id": "r1",
                "subject": "e3",
                "type": "CONSULT",
                "object": "e4",
                "predicate": "استقبل",
                "date": "2025-06-10",
                "evidence": consult["text"],
                "evidence_start": consult["start"],
                "evidence_end": consult["end"],
                "confidence": 0.9,
                "topic": "visit",
            },
            {
                "id": "r2",
                "subject": "e1",
                "type": "SUPPORT",
                "object": "e2",
                "modality": "intended",
                "evidence": consult["text"],
                "evidence_start": consult["start"],
                "evidence_end": consult["end"],
                "confidence": 0.4,
            },
        ],
        extractor="test.hand",
        extractor_version=version,
    )


def english_extraction(*, text: str = EN_TEXT, article_id: str = "test-en-1") -> Extraction:
    """France consults Lebanon (2025-03-03) and intends to aid it."""
    call = _span(text, "Macron spoke by phone on Monday with Lebanese President Joseph Aoun")
    aid = _span(text, "France would send humanitarian aid to Lebanon")
    return Extraction.build(
        article=Article(
            id=article_id,
            text=text,
            lang="en",
            published="2025-03-04",
            url="https://news.example.org/2025/03/04/macron-aoun",
            source="Example Wire",
        ),
        entities=[
            {
                "id": "e1",
                "type": "State",
                "label": "France",
                "labels": {"en": "France", "ar": "فرنسا"},
                "qid": "Q142",
                "state": "e1",
            },
            {
                "id": "e2",
                "type": "State",
                "label": "Lebanon",
                "labels": {"en": "Lebanon", "ar": "لبنان"},
                "qid": "Q822",
                "state": "e2",
                "mentions": [_span(text, "Lebanon")],
            },
            {
                "id": "e3",
                "type": "Person",
                "label": "Emmanuel Macron",
                "qid": "Q3052772",
                "state": "e1",
                "labels": {"en": "Emmanuel Macron", "ar": "إيمانويل ماكرون"},
                "roles": [{"label": "French President", "lang": "en", "of": "e1"}],
                "mentions": [_span(text, "Emmanuel Macron")],
            },
            {
                "id": "e4",
                "type": "Person",
                "label": "Joseph Aoun",
                "qid": "Q29033962",
                "state": "e2",
                "labels": {"en": "Joseph Aoun", "ar": "جوزاف عون"},
            },
        ],
        quotes=[
            {"id": "q1", "speaker": "e3", "cue": "said", "about": ["e1", "e2"], **aid},
        ],
        relations=[
            {
                "id": "r1",
                "subject": "e3",
                "type": "CONSULT",
                "object": "e4",
                "date": "2025-03-03",
                "evidence": call["text"],
                "evidence_start": call["start"],
                "evidence_end": call["end"],
                "confidence": 0.9,
                "predicate": "spoke by phone",
            },
            {
                "id": "r2",
                "subject": "e1",
                "type": "AID",
                "object": "e2",
                "modality": "intended",
                "evidence": aid["text"],
                "evidence_start": aid["start"],
                "evidence_end": aid["end"],
                "confidence": 0.7,
                "topic": "humanitarian aid",
            },
        ],
        extractor="test.hand",
        extractor_version="1",
    )


def relation_triples(x: Extraction, *, symmetric: bool = True) -> set[tuple[str, str, str]]:
    """(subject label, type code, object label) of every relation of ``x``; with
    ``symmetric``, CONSULT, COOPERATE and AGREE are listed in both orders."""
    out: set[tuple[str, str, str]] = set()
    for r in x.relations:
        s, o = x.entity(r.subject).label, x.entity(r.object).label
        out.add((s, r.type.value, o))
        if symmetric and r.type.symmetric:
            out.add((o, r.type.value, s))
    return out


def state_triples(x: Extraction, *, symmetric: bool = False) -> set[tuple[str, str, str]]:
    """(subject's state, type code, object's state) labels of every relation of ``x``: an
    unnamed envoy, troops or a national stand for their state (an entity with no state
    stands for itself); with ``symmetric``, the symmetric types in both orders."""
    ents = {e.id: e for e in x.entities}

    def state(eid: str) -> str:
        e = ents[eid]
        return ents[e.state].label if e.state and e.state in ents else e.label

    out: set[tuple[str, str, str]] = set()
    for r in x.relations:
        s, o = state(r.subject), state(r.object)
        out.add((s, r.type.value, o))
        if symmetric and r.type.symmetric:
            out.add((o, r.type.value, s))
    return out


def linked(text: str, lang: str, published: datetime.date | None = None) -> Linking:
    """``kg.gazetteer.link`` with its invariants checked: every mention's offsets give its
    text, every key resolves, mentions are sorted and do not overlap."""
    result = link(text, lang=lang, published=published)
    for m in result.mentions:
        assert text[m.start : m.end] == m.text, m
        assert m.key in result.entities, m
    starts = [m.start for m in result.mentions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(result.mentions, result.mentions[1:], strict=False))
    return result


def find_mention(result: Linking, text: str, nth: int = 0) -> LinkedMention:
    """The ``nth`` mention whose text is ``text`` (fails with the mentions found)."""
    hits = [m for m in result.mentions if m.text == text]
    assert len(hits) > nth, f"{text!r} not linked; got {[m.text for m in result.mentions]}"
    return hits[nth]


def statement_with(x: Extraction, fragment: str) -> Statement:
    """The first statement of ``x`` whose content contains ``fragment`` (asserts there is one)."""
    found = [q for q in x.quotes if fragment in q.text]
    assert found, f"no statement containing {fragment!r} in {[q.text for q in x.quotes]}"
    return found[0]


def extracted(
    text: str,
    lang: str,
    published: datetime.date | None = None,
    *,
    article_id: str = "t",
    backoff: bool | None = None,
) -> Extraction:
    """The extractor's output for one article of ``text`` in ``lang`` published on
    ``published`` (the whole pipeline, as the CLI runs it; ``backoff=False``: the rule
    coder's relations alone, for tests of a rule's guard)."""
    return extract(
        Article(id=article_id, lang=lang, published=published, text=text), backoff=backoff
    )


def said(x: Extraction) -> list[tuple[str, str]]:
    """(speaker label, content) of every statement of ``x``, in order."""
    labels = {e.id: e.label for e in x.entities}
    return [(labels[q.speaker], q.text) for q in x.quotes]


def said_via(x: Extraction) -> list[tuple[str, str, str | None]]:
    """(speaker label, content, relaying source's label or None) of every statement of
    ``x``, in order."""
    labels = {e.id: e.label for e in x.entities}
    return [(labels[q.speaker], q.text, labels[q.via] if q.via else None) for q in x.quotes]


def speaker_of(x: Extraction, words: str) -> str | None:
    """The speaker label of the first statement whose content holds ``words`` (None if no
    statement holds them)."""
    return next((s for s, text in said(x) if words in text), None)


def relations_between(x: Extraction, rtype: RelationType, subject: str, obj: str) -> list[Relation]:
    """The relations of type ``rtype`` whose subject label contains ``subject`` and whose
    object label contains ``obj``."""
    label = {e.id: e.label for e in x.entities}
    return [
        r
        for r in x.relations
        if r.type is rtype and subject in label[r.subject] and obj in label[r.object]
    ]


# A dated-relation check: (type, subject label part, object label part, date, which) where
# ``which`` is "first" (the first such relation has the date), "all" (every one has it) or
# "any" (at least one has it); in every case at least one such relation must exist.
DateCheck = tuple[RelationType, str, str, str | None, str]


def assert_relation_dates(x: Extraction, checks: list[DateCheck]) -> None:
    """Assert every check of ``checks`` on the relations of ``x`` (see ``DateCheck``)."""
    for rtype, subject, obj, day, which in checks:
        found = relations_between(x, rtype, subject, obj)
        where = (rtype.value, subject, obj, [r.date for r in found])
        assert found, where
        if which == "first":
            assert found[0].date == day, where
        elif which == "all":
            assert all(r.date == day for r in found), where
        else:
            assert which == "any", which
            assert any(r.date == day for r in found), where


def relation_dates(x: Extraction, rtype: RelationType) -> list[str | None]:
    """The dates of the relations of type ``rtype`` of ``x``, in order."""
    return [r.date for r in x.relations if r.type is rtype]


def relations_with_modality(x: Extraction) -> set[tuple[str, str, str, str]]:
    """(subject label, type code, object label, modality) of every relation of ``x``."""
    label = {e.id: e.label for e in x.entities}
    return {
        (label[r.subject], r.type.value, label[r.object], r.modality.value) for r in x.relations
    }


def speaker_labels(x: Extraction) -> list[str]:
    """The speaker label of every statement of ``x``, in order."""
    labels = {e.id: e.label for e in x.entities}
    return [labels[q.speaker] for q in x.quotes]
