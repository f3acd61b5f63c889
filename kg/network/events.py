"""Event clustering: reports are evidence, events are what gets counted.

GDELT's best-known flaw is that it counts reports as events (one kidnapping
became 366 "events").  Here every relation report (a reified ``kg:Relation``
node of one article) is linked to one **event** node, and every statement
report to one **statement cluster** node; counts of the networks and the
analytics are counts of events, with the reports as evidence.

The rule, in two layers
-----------------------

**Stored: the one-a-day event** (the de-duplication rule of ICEWS and Phoenix
event data).  At ingest, :func:`augment` (registered by :func:`install`) links
each relation report to the event whose key is::

    (PLOVER type, dyad, modality, period)

* *dyad*: the state each side acts for (``kg:state`` in the article: Putin
  counts for Russia), or the actor itself when it has none (NATO); ordered
  subject → object, except for symmetric types (AGREE, CONSULT, COOPERATE)
  whose two sides are sorted, so "Riyadh and Tehran agreed" and "Tehran and
  Riyadh agreed" are one event;
* *modality*: reports are compatible only when their modality is the same (an
  attack and the denial of an attack are two different claims; a promised aid
  is not the aid delivered);
* *period*: the relation's date as precise as the text gives it (``2025-03-10``,
  ``2025-03``, ``2025``), else the article's publication day.  A report with
  neither gets an event of its own (the relation IRI is part of its key).

The event IRI is a hash of that key (:func:`kg.network.terms.event_iri`), so it
depends on nothing but the report itself: the same input always gives the same
events, **whatever the ingest order**, ingesting an article never touches
another article's graph (incremental), and dropping or replacing an article
graph removes its memberships with it.  The event's description (type, quad
class, dyad, modality, period) is a pure function of the key, so the copies
written by each reporting article merge into one in the union default graph.
Statement reports get the same treatment with the key ``(speaker, period)``:
everything one speaker was reported to say on one day is one statement cluster.

**Read time: the window.**  Reports of one happening may carry different dates
(time zones, "yesterday" resolved against the publication date, or a report
dated only by its publication the day after).  :func:`cluster_reports` merges
the one-a-day events of one (type, dyad, modality) over a window: a cluster
starts at the earliest day event not yet taken and takes every day event that
starts at most ``window_days`` after it (no chaining beyond the window); an
event dated only to a month (a year) joins the one cluster of that month (year)
when there is exactly one, and stays on its own otherwise.  This depends only
on the set of reports in the store, never on the order they came in.  The
cluster is named by its earliest day event.

Limits: two distinct happenings of the same type between the same two states
on the same day are one event (two strikes on one day); reports whose dates
differ by more than the window are two events; an actor linked to a different
state in two articles (or not linked at all in one) gives two dyads; statement
clusters do not compare content, so two things one speaker said on one day are
one cluster.  Within SPARQL the stored one-a-day events are what is counted
(see ``kg/network/queries/events.rq``); the window is applied by the Python API.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Quad

from kg.models import Modality, QuadClass, RelationType, date_bounds, date_precision
from kg.network import terms
from kg.rdf.mapping import date_literal
from kg.vocab import KG, PLOVER_NS, RDF, SCHEMA, XSD, modality_iri, plover_concept

if TYPE_CHECKING:
    from kg.models import Extraction
    from kg.rdf.iris import IRIs
    from kg.store import KnowledgeGraph

__all__ = [
    "WINDOW_DAYS",
    "EventCluster",
    "RelationReport",
    "StatementCluster",
    "StatementReport",
    "augment",
    "cluster_reports",
    "cluster_statements",
    "event_key",
    "install",
    "quad_class_iri",
    "statement_key",
]

WINDOW_DAYS = 1
"""Default window (days) within which day events of one type, dyad and modality merge."""


def quad_class_iri(qc: QuadClass) -> NamedNode:
    """The ``kg:`` individual of a quad class (``kg:VerbalCooperation``)."""
    return KG["".join(w.capitalize() for w in qc.value.split())]


def event_key(
    type_: RelationType,
    subject: str,
    object_: str,
    modality: Modality,
    period: str | None,
    report: str,
) -> tuple[str, ...]:
    """The key of the one-a-day event of a relation report (see the module docstring).

    ``subject``/``object_`` are the IRIs of the dyad (states, or actors with no
    state); ``report`` is the relation IRI, used only when ``period`` is None.

    >>> event_key(RelationType.AGREE, "b", "a", Modality.ASSERTED, "2023-03-10", "r1")
    ('v1', 'AGREE', 'a', 'b', 'asserted', '2023-03-10')
    """
    a, b = (subject, object_)
    if type_.symmetric and b < a:
        a, b = b, a
    return ("v1", type_.value, a, b, modality.value, period if period else "undated:" + report)


def statement_key(speaker: str, period: str | None, report: str) -> tuple[str, ...]:
    """The key of the statement cluster of a statement report."""
    return ("v1", speaker, period if period else "undated:" + report)


# -- the augmenter (ingest time) ---------------------------------------------------------


def _period_quads(node: NamedNode, period: str, g: NamedNode) -> list[Quad]:
    first, last = date_bounds(period)
    return [
        Quad(node, terms.PERIOD, date_literal(period), g),
        Quad(node, terms.PERIOD_START, Literal(first.isoformat(), datatype=XSD.date), g),
        Quad(node, terms.PERIOD_END, Literal(last.isoformat(), datatype=XSD.date), g),
    ]


def _value(term: object) -> str | None:
    return term.value if isinstance(term, NamedNode | Literal) else None


def augment(kg: KnowledgeGraph, extraction: Extraction, quads: list[Quad]) -> list[Quad]:
    """Quads linking an article's reports to their events and statement clusters.

    An :data:`kg.store.Augmenter`: it reads only the article's own quads (what
    the mapping wrote), so it needs no query and its output is written in the
    same transaction as the article, in the article's graph.
    """
    g = kg.article_iri(extraction.article)
    props: dict[NamedNode, dict[NamedNode, list[NamedNode | Literal]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for q in quads:
        if q.graph_name == g and isinstance(q.subject, NamedNode):
            if isinstance(q.object, NamedNode | Literal):
                props[q.subject][q.predicate].append(q.object)

    def one(node: NamedNode, p: NamedNode) -> NamedNode | Literal | None:
        values = props.get(node, {}).get(p, [])
        return min(values, key=str) if values else None

    def state_of(actor: NamedNode) -> NamedNode:
        st = one(actor, KG.state)
        return st if isinstance(st, NamedNode) else actor

    published = _value(one(g, SCHEMA.datePublished))
    out: list[Quad] = []
    by_type = {plover_concept(t): t for t in RelationType}
    by_modality = {modality_iri(m): m for m in Modality}
    for node, p in props.items():
        types = p.get(RDF.type, [])
        if KG.Relation in types:
            subj, obj = one(node, KG.subject), one(node, KG.object)
            concept, mod = one(node, KG.relationType), one(node, KG.modality)
            if not (
                isinstance(subj, NamedNode)
                and isinstance(obj, NamedNode)
                and concept in by_type
                and mod in by_modality
            ):
                continue
            rtype = by_type[concept]  # type: ignore[index]
            modality = by_modality[mod]  # type: ignore[index]
            period = _value(one(node, KG.eventDate)) or published
            key = event_key(
                rtype, state_of(subj).value, state_of(obj).value, modality, period, node.value
            )
            event = terms.event_iri(kg.iris, *key)
            out.append(Quad(node, terms.REPORT_OF, event, g))
            out += [
                Quad(event, RDF.type, terms.EVENT, g),
                Quad(event, terms.EVENT_TYPE, plover_concept(rtype), g),
                Quad(event, KG.quadClass, quad_class_iri(rtype.quad_class), g),
                Quad(event, terms.EVENT_SUBJECT, NamedNode(key[2]), g),
                Quad(event, terms.EVENT_OBJECT, NamedNode(key[3]), g),
                Quad(event, terms.EVENT_MODALITY, modality_iri(modality), g),
            ]
            if period:
                out += _period_quads(event, period, g)
        elif KG.Statement in types:
            speaker = one(node, KG.speaker)
            if not isinstance(speaker, NamedNode):
                continue
            period = _value(one(node, KG.statementDate)) or published
            cluster = terms.cluster_iri(kg.iris, *statement_key(speaker.value, period, node.value))
            out += [
                Quad(node, terms.REPORT_OF, cluster, g),
                Quad(cluster, RDF.type, terms.STATEMENT_CLUSTER, g),
                Quad(cluster, terms.CLUSTER_SPEAKER, speaker, g),
            ]
            if period:
                out += _period_quads(cluster, period, g)
    return out


def install(kg: KnowledgeGraph) -> None:
    """Register event clustering on ``kg`` (once): every article written from now on
    links its reports to their events and statement clusters."""
    if augment not in kg.augmenters:
        kg.augmenters.append(augment)


# -- reports and clusters (read time) ---------------------------------------------------------


class _Period:
    """First and last day of a report's ``period`` (an ISO partial date)."""

    period: str | None

    @property
    def start(self) -> date | None:
        """First day of the period."""
        return date_bounds(self.period)[0] if self.period else None

    @property
    def end(self) -> date | None:
        """Last day of the period."""
        return date_bounds(self.period)[1] if self.period else None


@dataclass(frozen=True)
class RelationReport(_Period):
    """One relation report (a ``kg:Relation`` node of one article) and its event."""

    relation: str
    article: str
    type: RelationType
    modality: Modality
    subject: str
    object: str
    subject_side: str
    """The subject side of the dyad: the subject's state, or the subject itself."""
    object_side: str
    event: str
    """The one-a-day event (stored ``kg:reportOf``, or computed the same way)."""
    period: str | None
    evidence: str = ""
    confidence: float | None = None
    published: str | None = None
    stated_date: str | None = None
    """The relation's own date (``kg:eventDate``), if the text gave one."""


@dataclass(frozen=True)
class StatementReport(_Period):
    """One statement report (a ``kg:Statement`` node of one article) and its cluster."""

    statement: str
    article: str
    speaker: str
    cluster: str
    period: str | None
    about: tuple[str, ...] = ()
    content: str = ""
    cue: str = ""
    direct: bool = False
    via: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class EventCluster:
    """One event: the one-a-day events merged over the window, with all their reports."""

    iri: str
    """The IRI of the earliest (or only) one-a-day event: the name of the cluster."""
    type: RelationType
    modality: Modality
    subject: str
    object: str
    period: str | None
    """The period of the naming event (``2025-03-10``, ``2025-03``, ``2025``, or None)."""
    start: date | None
    end: date | None
    events: tuple[str, ...]
    reports: tuple[RelationReport, ...] = field(repr=False)

    @property
    def quad_class(self) -> QuadClass:
        """The PLOVER quad class."""
        return self.type.quad_class

    @property
    def articles(self) -> tuple[str, ...]:
        """The distinct articles reporting it, sorted."""
        return tuple(sorted({r.article for r in self.reports}))


@dataclass(frozen=True)
class StatementCluster:
    """What one speaker was reported to say over one window, with all its reports."""

    iri: str
    speaker: str
    period: str | None
    start: date | None
    end: date | None
    clusters: tuple[str, ...]
    reports: tuple[StatementReport, ...] = field(repr=False)

    @property
    def articles(self) -> tuple[str, ...]:
        """The distinct articles reporting it, sorted."""
        return tuple(sorted({r.article for r in self.reports}))

    @property
    def about(self) -> tuple[str, ...]:
        """Everyone the statements are about, sorted."""
        return tuple(sorted({a for r in self.reports for a in r.about}))


@dataclass
class _Group:
    """One stored node (event or statement cluster) and its reports, before windowing."""

    iri: str
    period: str | None
    reports: list[RelationReport] | list[StatementReport]

    @property
    def precision(self) -> str:
        return date_precision(self.period) if self.period else "none"

    @property
    def bounds(self) -> tuple[date, date] | None:
        return date_bounds(self.period) if self.period else None


def _window(groups: list[_Group], window_days: int) -> list[list[_Group]]:
    """Merge stored nodes of one key into clusters (the read-time rule of the module docstring)."""
    days = sorted((g for g in groups if g.precision == "day"), key=lambda g: (g.period, g.iri))
    clusters: list[list[_Group]] = []
    for g in days:
        bounds = g.bounds
        assert bounds is not None
        if clusters:
            anchor = clusters[-1][0].bounds
            assert anchor is not None
            if bounds[0] - anchor[0] <= timedelta(days=window_days):
                clusters[-1].append(g)
                continue
        clusters.append([g])
    for precision in ("month", "year"):
        coarse = sorted(
            (g for g in groups if g.precision == precision), key=lambda g: (g.period, g.iri)
        )
        for g in coarse:
            lo, hi = g.bounds or (date.min, date.max)
            inside = [c for c in clusters if lo <= (c[0].bounds or (date.min,))[0] <= hi]
            if len(inside) == 1:
                inside[0].append(g)
            else:
                clusters.append([g])
    clusters += [[g] for g in sorted(groups, key=lambda g: g.iri) if g.precision == "none"]
    return clusters


def _span(groups: Sequence[_Group]) -> tuple[date | None, date | None]:
    bounds = [g.bounds for g in groups if g.bounds]
    if not bounds:
        return None, None
    return min(b[0] for b in bounds), max(b[1] for b in bounds)


def cluster_reports(
    reports: Iterable[RelationReport], *, window_days: int = WINDOW_DAYS
) -> list[EventCluster]:
    """Events from relation reports: one-a-day events merged over ``window_days``.

    Deterministic: the result depends on the set of reports only.  Clusters
    are sorted by start date (undated last), then IRI.
    """
    if window_days < 0:
        raise ValueError("window_days must be >= 0")
    by_event: dict[str, list[RelationReport]] = defaultdict(list)
    for r in reports:
        by_event[r.event].append(r)
    keyed: dict[tuple[str, ...], list[_Group]] = defaultdict(list)
    for iri, reps in by_event.items():
        reps.sort(key=lambda r: (r.article, r.relation))
        one = min(reps, key=lambda r: r.relation)
        keyed[(one.type.value, one.subject_side, one.object_side, one.modality.value)].append(
            _Group(iri, one.period, reps)
        )
    out: list[EventCluster] = []
    for key in sorted(keyed):
        for groups in _window(keyed[key], window_days):
            members = tuple(
                sorted(
                    (r for g in groups for r in g.reports if isinstance(r, RelationReport)),
                    key=lambda r: (r.article, r.relation),
                )
            )
            first = members[0]
            start, end = _span(groups)
            out.append(
                EventCluster(
                    iri=groups[0].iri,
                    type=first.type,
                    modality=first.modality,
                    subject=first.subject_side,
                    object=first.object_side,
                    period=groups[0].period,
                    start=start,
                    end=end,
                    events=tuple(sorted(g.iri for g in groups)),
                    reports=members,
                )
            )
    out.sort(key=lambda c: (c.start is None, c.start or date.min, c.iri))
    return out


def cluster_statements(
    reports: Iterable[StatementReport], *, window_days: int = WINDOW_DAYS
) -> list[StatementCluster]:
    """Statement clusters from statement reports: (speaker, day) merged over ``window_days``."""
    if window_days < 0:
        raise ValueError("window_days must be >= 0")
    by_cluster: dict[str, list[StatementReport]] = defaultdict(list)
    for r in reports:
        by_cluster[r.cluster].append(r)
    keyed: dict[str, list[_Group]] = defaultdict(list)
    for iri, reps in by_cluster.items():
        reps.sort(key=lambda r: (r.article, r.statement))
        keyed[reps[0].speaker].append(_Group(iri, reps[0].period, reps))
    out: list[StatementCluster] = []
    for speaker in sorted(keyed):
        for groups in _window(keyed[speaker], window_days):
            start, end = _span(groups)
            members = tuple(
                sorted(
                    (r for g in groups for r in g.reports if isinstance(r, StatementReport)),
                    key=lambda r: (r.article, r.statement),
                )
            )
            out.append(
                StatementCluster(
                    iri=groups[0].iri,
                    speaker=speaker,
                    period=groups[0].period,
                    start=start,
                    end=end,
                    clusters=tuple(sorted(g.iri for g in groups)),
                    reports=members,
                )
            )
    out.sort(key=lambda c: (c.start is None, c.start or date.min, c.iri))
    return out


def relation_type_of(concept_iri: str) -> RelationType | None:
    """The relation type of a PLOVER concept IRI (or local name), None if unknown."""
    name = concept_iri[len(PLOVER_NS) :] if concept_iri.startswith(PLOVER_NS) else concept_iri
    try:
        return RelationType(name.rsplit("#", 1)[-1])
    except ValueError:
        return None


def compute_event(iris: IRIs, report: RelationReport) -> str:
    """The one-a-day event IRI a report belongs to, computed as :func:`augment` does."""
    key = event_key(
        report.type,
        report.subject_side,
        report.object_side,
        report.modality,
        report.period,
        report.relation,
    )
    return terms.event_iri(iris, *key).value
