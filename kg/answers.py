"""Typed answers to the questions users ask: who said what about whom, and relations.

Each function takes a :class:`~kg.store.KnowledgeGraph`, runs one bundled
query (``kg/queries/*.rq``) and returns typed rows.  Names are accepted in
Arabic or English or as QIDs: "سوريا", "Syria" and "Q858" are the same entity
(:func:`resolve`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode

from kg.errors import LinkingError
from kg.models import RelationType
from kg.queries import TermArg, load, render
from kg.rdf.mapping import search_key
from kg.vocab import XSD, plover_concept

if TYPE_CHECKING:
    from kg.store import KnowledgeGraph, Term

__all__ = ["Entity", "RelationRow", "StatementRow", "relations", "resolve", "who_said"]

_QID = re.compile(r"^[Qq][1-9]\d*$")


@dataclass(frozen=True)
class Entity:
    """An entity of the graph found by name."""

    iri: str
    type: str


@dataclass(frozen=True)
class StatementRow:
    """One attributed statement, ready to print."""

    statement: str
    speaker: str
    speaker_label: str
    role: str | None
    state: str | None
    content: str
    cue: str | None
    direct: bool
    date: str | None
    via: str | None
    about: list[str] = field(default_factory=list)
    article: str = ""
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class RelationRow:
    """One relation between two actors, with its evidence."""

    relation: str
    subject: str
    subject_label: str
    subject_state: str | None
    type: str
    object: str
    object_label: str
    object_state: str | None
    modality: str
    date: str | None
    topic: str | None
    evidence: str
    confidence: float | None
    article: str
    title: str | None = None
    source: str | None = None
    published: str | None = None


def _s(row: dict[str, Term], key: str) -> str | None:
    value = row.get(key)
    if value is None:
        return None
    return str(value.value) if isinstance(value, NamedNode | Literal) else str(value)


def resolve(kg: KnowledgeGraph, name: str) -> list[Entity]:
    """Entities of the graph called ``name`` (Arabic, English, alias or QID).

    A QID, or a name the gazetteer knows, goes straight to the entity's
    deterministic IRI (``{base}entity/Q…``) with one existence check; other
    names are looked up by their normalised key (``kg:searchKey``), which is
    slower on large stores.  Raises :class:`~kg.errors.LinkingError` when
    nothing matches.
    """
    name = name.strip()
    if not name:
        raise LinkingError("empty name")
    qids = [name.upper()] if _QID.match(name) else _gazetteer_qids(name)
    found: dict[str, Entity] = {}
    for qid in qids:
        iri = kg.iris.wikidata_entity(qid).value
        for row in kg.sparql(render(load("entity_type"), entity=NamedNode(iri))):
            found.setdefault(iri, Entity(iri, (_s(row, "type") or "").rsplit("#", 1)[-1]))
    if not found:
        params: dict[str, TermArg] = {"keys": None, "qids": None}
        if qids and _QID.match(name):
            params["qids"] = [Literal(q) for q in qids]
        else:
            params["keys"] = [Literal(search_key(name))]
        for row in kg.sparql(render(load("resolve"), **params)):
            iri = _s(row, "entity") or ""
            found.setdefault(iri, Entity(iri, (_s(row, "type") or "").rsplit("#", 1)[-1]))
    if not found:
        raise LinkingError(f"no entity called {name!r} in the graph")
    return list(found.values())


def _gazetteer_qids(name: str) -> list[str]:
    from kg.gazetteer import lookup_qids

    return lookup_qids(name)


def _iris(kg: KnowledgeGraph, name: str | None) -> list[NamedNode] | None:
    if name is None:
        return None
    return [NamedNode(e.iri) for e in resolve(kg, name)]


def _date(value: date | str | None) -> Literal | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, date) else value
    return Literal(text, datatype=XSD.date)


def who_said(
    kg: KnowledgeGraph,
    *,
    about: str | None = None,
    speaker: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    lang: str = "en",
    limit: int | None = None,
) -> list[StatementRow]:
    """Statements about ``about`` by ``speaker`` between ``since`` and ``until``.

    An actor that speaks for the named entity counts too: ``about="Syria"``
    also finds statements about Syria's president.  Rows are ordered by date.
    """
    query = render(
        load("who_said"),
        about=_iris(kg, about),
        speaker=_iris(kg, speaker),
        since=_date(since),
        until=_date(until),
        lang=Literal(lang),
        limit=limit or None,
    )
    rows = []
    for row in kg.sparql(query):
        rows.append(
            StatementRow(
                statement=_s(row, "statement") or "",
                speaker=_s(row, "speaker") or "",
                speaker_label=_s(row, "speakerLabel") or "",
                role=_s(row, "role"),
                state=_s(row, "stateLabel"),
                content=_s(row, "content") or "",
                cue=_s(row, "cue"),
                direct=_s(row, "direct") == "true",
                date=_s(row, "date"),
                via=_s(row, "viaLabel"),
                about=[a for a in (_s(row, "about") or "").split(" | ") if a],
                article=_s(row, "article") or "",
                title=_s(row, "title"),
                source=_s(row, "source"),
                published=_s(row, "published"),
                url=_s(row, "url"),
            )
        )
    return rows


def relations(
    kg: KnowledgeGraph,
    a: str | None = None,
    b: str | None = None,
    *,
    types: list[RelationType] | None = None,
    directed: bool = False,
    since: date | str | None = None,
    until: date | str | None = None,
    lang: str = "en",
    limit: int | None = None,
) -> list[RelationRow]:
    """Relations from ``a`` to ``b`` (either direction unless ``directed``).

    An actor acting for the named state counts too: ``relations("Russia",
    "Syria")`` includes what Putin did to al-Sharaa.
    """
    query = render(
        load("relations"),
        a=_iris(kg, a),
        b=_iris(kg, b),
        both=None if directed else Literal(True),
        types=[plover_concept(t) for t in types] if types else None,
        since=_date(since),
        until=_date(until),
        lang=Literal(lang),
        limit=limit or None,
    )
    rows = []
    for row in kg.sparql(query):
        conf = _s(row, "confidence")
        rows.append(
            RelationRow(
                relation=_s(row, "relation") or "",
                subject=_s(row, "subject") or "",
                subject_label=_s(row, "subjectLabel") or "",
                subject_state=_s(row, "subjectState"),
                type=_s(row, "type") or "",
                object=_s(row, "object") or "",
                object_label=_s(row, "objectLabel") or "",
                object_state=_s(row, "objectState"),
                modality=_s(row, "modality") or "",
                date=_s(row, "date"),
                topic=_s(row, "topic"),
                evidence=_s(row, "evidence") or "",
                confidence=float(conf) if conf else None,
                article=_s(row, "article") or "",
                title=_s(row, "title"),
                source=_s(row, "source"),
                published=_s(row, "published"),
            )
        )
    return rows
