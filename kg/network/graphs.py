"""The knowledge graph as networkx graphs: state relations, who spoke about whom.

* :func:`relations_graph` — a :class:`networkx.MultiDiGraph` with one edge per
  **event** (not per report) from the side that acts to the side acted upon,
  at the level of states (Putin's acts count for Russia) or of actors.
* :func:`statements_graph` — speaker → whom a statement is about, one edge per
  statement cluster (what one speaker was reported to say on one day).
* :func:`from_sparql` — any CONSTRUCT, or SELECT ``?s ?p ?o``, as a graph.
* :func:`write_graphml`, :func:`write_gexf` — files for Gephi (attributes are
  made GraphML-safe: strings, numbers, booleans); :func:`to_dataframe` — the
  nodes or edges as a pandas DataFrame (optional extra ``pandas``).

Node attributes: ``label`` (English, else Arabic, else the IRI's last segment),
``label_en``, ``label_ar``, ``type`` (State, Person, Organization, Place),
``qid`` and ``state`` (the IRI of the state it acts for); missing values are
``""`` so every file format takes them.  Nodes are entity IRIs.

The functions here that take rows work on plain dictionaries (variable →
lexical value), so the web view (:mod:`kg.network.web`) builds the same graphs
from the server's JSON results.
"""

from __future__ import annotations

import enum
import importlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from typing import Literal as Lit

import networkx as nx
from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, QueryTriples, Triple

from kg.errors import QueryError
from kg.models import Modality, QuadClass, RelationType, date_bounds
from kg.network.events import (
    WINDOW_DAYS,
    EventCluster,
    RelationReport,
    StatementCluster,
    StatementReport,
    cluster_reports,
    cluster_statements,
    compute_event,
    event_key,
    relation_type_of,
    statement_key,
)
from kg.network.queries import load
from kg.network.terms import cluster_iri
from kg.queries import render

if TYPE_CHECKING:
    from kg.rdf.iris import IRIs
    from kg.store import KnowledgeGraph

__all__ = [
    "Level",
    "NodeInfo",
    "Rows",
    "assemble_relations_graph",
    "assemble_statements_graph",
    "event_clusters",
    "from_sparql",
    "load_relation_reports",
    "load_statement_reports",
    "parse_relation_reports",
    "parse_statement_reports",
    "relations_graph",
    "statement_clusters",
    "statements_graph",
    "term_rows",
    "to_dataframe",
    "write_gexf",
    "write_graphml",
]

Level = Lit["state", "actor"]
Rows = list[dict[str, str]]
"""Query results as plain dictionaries: variable name → IRI or literal lexical value."""
DateArg = date | str | None

MAX_EVIDENCE = 3
"""Most evidence snippets kept on one edge (joined with `` | ``)."""


# -- rows ---------------------------------------------------------------------------


def _lexical(term: object) -> str:
    if isinstance(term, NamedNode | Literal | BlankNode):
        return term.value
    return str(term)


def term_rows(kg: KnowledgeGraph, sparql: str) -> Rows:
    """Run a SELECT on ``kg``; rows of lexical values (unbound variables are absent)."""
    return [{k: _lexical(v) for k, v in row.items()} for row in kg.sparql(sparql)]


@dataclass(frozen=True)
class NodeInfo:
    """What a network node shows: labels, type, QID, state."""

    iri: str
    type: str = ""
    label_en: str = ""
    label_ar: str = ""
    qid: str = ""
    state: str = ""

    @property
    def label(self) -> str:
        """English label, else Arabic, else the IRI's last segment."""
        return self.label_en or self.label_ar or self.iri.rstrip("/").rsplit("/", 1)[-1]

    def attributes(self) -> dict[str, str]:
        """Node attributes (GraphML-safe strings)."""
        return {
            "label": self.label,
            "label_en": self.label_en,
            "label_ar": self.label_ar,
            "type": self.type,
            "qid": self.qid,
            "state": self.state,
        }


def entities_query(iris: Iterable[str]) -> str | None:
    """The SPARQL that fetches node attributes of these entities (None if there are none)."""
    nodes = sorted(set(iris))
    if not nodes:
        return None
    return render(load("entities"), entities=[NamedNode(n) for n in nodes])


def parse_entities(rows: Rows) -> dict[str, NodeInfo]:
    """Node attributes from the (entity, key, value) rows of ``entities.rq``.

    Where the graph holds several values (labels from different articles),
    the smallest wins, so the choice is stable.
    """
    values: dict[str, dict[str, str]] = defaultdict(dict)
    for r in rows:
        entity, key, value = r.get("entity", ""), r.get("key", ""), r.get("value", "")
        if entity and key and value:
            kept = values[entity].get(key)
            if kept is None or value < kept:
                values[entity][key] = value
    out = {}
    for iri, v in values.items():
        out[iri] = NodeInfo(
            iri=iri,
            type=v.get("type", ""),
            label_en=v.get("en", "") or ("" if v.get("ar") else v.get("other", "")),
            label_ar=v.get("ar", ""),
            qid=v.get("qid", ""),
            state=v.get("state", ""),
        )
    return out


def _entities(kg: KnowledgeGraph, iris: Iterable[str], known: dict[str, NodeInfo]) -> None:
    query = entities_query(i for i in iris if i not in known)
    if query is not None:
        known.update(parse_entities(term_rows(kg, query)))


def _side(actor: str, info: Mapping[str, NodeInfo]) -> str:
    node = info.get(actor)
    return node.state if node is not None and node.state else actor


def _period(value: str | None) -> str | None:
    if not value:
        return None
    try:
        date_bounds(value)
    except (ValueError, KeyError):
        return None
    return value


def parse_relation_reports(
    rows: Rows, info: Mapping[str, NodeInfo], iris: IRIs
) -> list[RelationReport]:
    """Relation reports from rows of ``reports.rq``.

    The stored event (``kg:reportOf``) is used when there is one; otherwise
    the event is computed by the rule of :mod:`kg.network.events`, with each
    side's state as the union graph knows it (``info``).
    """
    out = []
    modalities = {m.value: m for m in Modality}
    seen: set[str] = set()
    for r in rows:
        if r["relation"] in seen:  # one row per relation (the first, in query order)
            continue
        seen.add(r["relation"])
        rtype = relation_type_of(r.get("concept", ""))
        modality = modalities.get(r.get("mod", "").rsplit("#", 1)[-1].lower())
        if rtype is None or modality is None:
            continue
        subject, obj = r["subject"], r["object"]
        report = RelationReport(
            relation=r["relation"],
            article=r["article"],
            type=rtype,
            modality=modality,
            subject=subject,
            object=obj,
            subject_side="",
            object_side="",
            event="",
            period=_period(r.get("date")) or _period(r.get("published")),
            evidence=r.get("evidence", ""),
            confidence=float(r["confidence"]) if r.get("confidence") else None,
            published=r.get("published"),
            stated_date=r.get("date"),
        )
        if r.get("event"):
            a, b = r["eventSubject"], r["eventObject"]
            event, period = r["event"], _period(r.get("period"))
        else:
            key = event_key(
                rtype, _side(subject, info), _side(obj, info), modality, report.period, ""
            )
            a, b, event, period = key[2], key[3], "", report.period
        report = replace(report, subject_side=a, object_side=b, period=period, event=event)
        if not event:
            report = replace(report, event=compute_event(iris, report))
        out.append(report)
    return out


def parse_statement_reports(rows: Rows, iris: IRIs) -> list[StatementReport]:
    """Statement reports from rows of ``statements.rq`` (one row per about target)."""
    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        grouped[r["statement"]].append(r)
    out = []
    for statement, group in grouped.items():
        r = group[0]
        cluster = r.get("cluster", "")
        period = _period(r.get("period")) if cluster else None
        if not cluster:
            period = _period(r.get("date")) or _period(r.get("published"))
            cluster = cluster_iri(iris, *statement_key(r["speaker"], period, statement)).value
        out.append(
            StatementReport(
                statement=statement,
                article=r["article"],
                speaker=r["speaker"],
                cluster=cluster,
                period=period,
                about=tuple(sorted({g["about"] for g in group if g.get("about")})),
                content=r.get("content", ""),
                cue=r.get("cue", ""),
                direct=r.get("direct") == "true",
                via=r.get("via"),
                published=r.get("published"),
            )
        )
    return out


# -- filters --------------------------------------------------------------------------


def date_range(since: DateArg, until: DateArg) -> tuple[date | None, date | None]:
    """``since``/``until`` as first/last days (``"2025"`` → 2025-01-01 … 2025-12-31)."""

    def bound(value: DateArg, last: bool) -> date | None:
        if value is None or value == "":
            return None
        if isinstance(value, date):
            return value
        try:
            first, final = date_bounds(value.strip())
        except (ValueError, KeyError):
            raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}") from None
        return final if last else first

    return bound(since, False), bound(until, True)


def _in_range(start: date | None, end: date | None, since: date | None, until: date | None) -> bool:
    if since is None and until is None:
        return True
    if start is None or end is None:
        return False
    return (since is None or end >= since) and (until is None or start <= until)


def _modalities(modality: Modality | str | Sequence[Modality | str] | None) -> set[Modality] | None:
    if modality is None:
        return None
    items = [modality] if isinstance(modality, Modality | str) else list(modality)
    return {Modality(m) for m in items}


def filter_clusters(
    clusters: Iterable[EventCluster],
    *,
    since: DateArg = None,
    until: DateArg = None,
    types: Iterable[RelationType | str] | None = None,
    modality: Modality | str | Sequence[Modality | str] | None = None,
) -> list[EventCluster]:
    """The events overlapping [since, until] of these types and modalities."""
    lo, hi = date_range(since, until)
    wanted = {RelationType(t) for t in types} if types else None
    mods = _modalities(modality)
    return [
        c
        for c in clusters
        if _in_range(c.start, c.end, lo, hi)
        and (wanted is None or c.type in wanted)
        and (mods is None or c.modality in mods)
    ]


# -- loading from a knowledge graph ---------------------------------------------------------


def load_relation_reports(
    kg: KnowledgeGraph, info: dict[str, NodeInfo] | None = None
) -> list[RelationReport]:
    """Every relation report of ``kg`` with its event (``info`` collects node attributes)."""
    info = info if info is not None else {}
    rows = term_rows(kg, load("reports"))
    _entities(kg, {r["subject"] for r in rows} | {r["object"] for r in rows}, info)
    return parse_relation_reports(rows, info, kg.iris)


def load_statement_reports(kg: KnowledgeGraph) -> list[StatementReport]:
    """Every statement report of ``kg`` with its statement cluster."""
    return parse_statement_reports(term_rows(kg, load("statements")), kg.iris)


def event_clusters(
    kg: KnowledgeGraph,
    *,
    since: DateArg = None,
    until: DateArg = None,
    types: Iterable[RelationType | str] | None = None,
    modality: Modality | str | Sequence[Modality | str] | None = None,
    window_days: int = WINDOW_DAYS,
) -> list[EventCluster]:
    """The events of ``kg`` (reports clustered, see :mod:`kg.network.events`), filtered.

    Clustering runs over all reports before the filters, so an event's
    membership does not depend on the filters.
    """
    clusters = cluster_reports(load_relation_reports(kg), window_days=window_days)
    return filter_clusters(clusters, since=since, until=until, types=types, modality=modality)


def statement_clusters(
    kg: KnowledgeGraph,
    *,
    since: DateArg = None,
    until: DateArg = None,
    window_days: int = WINDOW_DAYS,
) -> list[StatementCluster]:
    """The statement clusters of ``kg`` overlapping [since, until]."""
    lo, hi = date_range(since, until)
    clusters = cluster_statements(load_statement_reports(kg), window_days=window_days)
    return [c for c in clusters if _in_range(c.start, c.end, lo, hi)]


# -- assembling graphs ----------------------------------------------------------------------


def _evidence(reports: Sequence[RelationReport]) -> str:
    ranked = sorted(reports, key=lambda r: (-(r.confidence or 0.0), r.article, r.relation))
    snippets = list(dict.fromkeys(" ".join(r.evidence.split()) for r in ranked if r.evidence))
    return " | ".join(snippets[:MAX_EVIDENCE])


def _add_nodes(g: nx.MultiDiGraph[str], info: Mapping[str, NodeInfo]) -> None:
    for n in list(g.nodes):
        g.nodes[n].update((info.get(n) or NodeInfo(n)).attributes())


def assemble_relations_graph(
    clusters: Iterable[EventCluster], info: Mapping[str, NodeInfo], *, level: Level = "state"
) -> nx.MultiDiGraph[str]:
    """The relations network of these events (see :func:`relations_graph`)."""
    if level not in ("state", "actor"):
        raise ValueError(f"level must be 'state' or 'actor', not {level!r}")
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph(level=level, kind="relations")
    for c in clusters:
        if level == "state":
            parts = {(c.subject, c.object): list(c.reports)}
        else:
            parts = defaultdict(list)
            for r in c.reports:
                parts[(r.subject, r.object)].append(r)
        for (u, v), reports in sorted(parts.items()):
            g.add_edge(
                u,
                v,
                key=c.iri,
                kind="relation",
                type=c.type.value,
                quad_class=c.quad_class.value,
                date=c.period or "",
                start=c.start.isoformat() if c.start else "",
                end=c.end.isoformat() if c.end else "",
                modality=c.modality.value,
                event=c.iri,
                reports=len(reports),
                articles=len({r.article for r in reports}),
                evidence=_evidence(reports),
                relations=" ".join(sorted(r.relation for r in reports)),
                symmetric=c.type.symmetric,
                weight=1.0,
            )
    _add_nodes(g, info)
    return g


def assemble_statements_graph(
    clusters: Iterable[StatementCluster],
    info: Mapping[str, NodeInfo],
    *,
    level: Level = "actor",
) -> nx.MultiDiGraph[str]:
    """The who-spoke-about-whom network of these statement clusters."""
    if level not in ("state", "actor"):
        raise ValueError(f"level must be 'state' or 'actor', not {level!r}")
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph(level=level, kind="statements")
    for c in clusters:
        parts: dict[tuple[str, str], list[StatementReport]] = defaultdict(list)
        for r in c.reports:
            speaker = _side(r.speaker, info) if level == "state" else r.speaker
            for about in r.about:
                target = _side(about, info) if level == "state" else about
                parts[(speaker, target)].append(r)
        for (u, v), reports in sorted(parts.items()):
            first = reports[0]
            g.add_edge(
                u,
                v,
                key=f"{c.iri} {u}",
                kind="statement",
                cluster=c.iri,
                speaker=c.speaker,
                date=c.period or "",
                start=c.start.isoformat() if c.start else "",
                end=c.end.isoformat() if c.end else "",
                statements=len({r.statement for r in reports}),
                articles=len({r.article for r in reports}),
                content=" ".join(first.content.split()),
                cue=first.cue,
                direct=any(r.direct for r in reports),
                statement_iris=" ".join(sorted({r.statement for r in reports})),
                weight=1.0,
            )
    _add_nodes(g, info)
    return g


def relations_graph(
    kg: KnowledgeGraph,
    *,
    since: DateArg = None,
    until: DateArg = None,
    types: Iterable[RelationType | str] | None = None,
    level: Level = "state",
    modality: Modality | str | Sequence[Modality | str] | None = None,
    window_days: int = WINDOW_DAYS,
) -> nx.MultiDiGraph[str]:
    """The network of what states (or actors) did to each other: one edge per event.

    :param since, until: keep events whose period overlaps these dates
        (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or :class:`datetime.date`);
        undated events are left out when either is given.
    :param types: only these relation types.
    :param level: ``"state"`` (an actor's acts count for its state) or
        ``"actor"`` (one edge per event and pair of actors named in reports).
    :param modality: only events of this modality (or these); all by default.
    :param window_days: see :func:`kg.network.events.cluster_reports`.

    Edges go from the side that acts to the side acted upon (sorted for
    symmetric types) with key the event IRI and attributes ``kind``
    (``"relation"``), ``type``,
    ``quad_class``, ``date`` (the event's period), ``start``/``end``,
    ``modality``, ``event``, ``reports`` (relation reports), ``articles``
    (distinct reporting articles), ``evidence`` (best snippets),
    ``relations`` (report IRIs, space-separated), ``symmetric``, ``weight`` (1).
    """
    info: dict[str, NodeInfo] = {}
    reports = load_relation_reports(kg, info)
    clusters = filter_clusters(
        cluster_reports(reports, window_days=window_days),
        since=since,
        until=until,
        types=types,
        modality=modality,
    )
    needed = {n for c in clusters for n in (c.subject, c.object)}
    _entities(kg, needed, info)
    return assemble_relations_graph(clusters, info, level=level)


def statements_graph(
    kg: KnowledgeGraph,
    *,
    since: DateArg = None,
    until: DateArg = None,
    level: Level = "actor",
    window_days: int = WINDOW_DAYS,
) -> nx.MultiDiGraph[str]:
    """Who spoke about whom: speaker → each entity a statement is about.

    One edge per statement cluster (what one speaker was reported to say on
    one day) and target; at ``level="state"`` both ends are replaced by the
    state they act for.  Edge attributes: ``kind`` (``"statement"``),
    ``cluster`` (IRI), ``speaker``,
    ``date``, ``start``/``end``, ``statements`` (statement reports),
    ``articles`` (distinct articles), ``content`` (one of the statements),
    ``cue``, ``direct``, ``statement_iris``, ``weight`` (1).
    """
    clusters = statement_clusters(kg, since=since, until=until, window_days=window_days)
    actors = {r.speaker for c in clusters for r in c.reports} | {
        a for c in clusters for r in c.reports for a in r.about
    }
    info: dict[str, NodeInfo] = {}
    _entities(kg, actors, info)
    if level == "state":
        _entities(kg, {i.state for i in info.values() if i.state}, info)
    return assemble_statements_graph(clusters, info, level=level)


# -- SPARQL results as graphs -------------------------------------------------------------------


def _local(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[-1] or iri
    return iri


def from_sparql(kg: KnowledgeGraph, sparql: str) -> nx.MultiDiGraph[str]:
    """A graph from a CONSTRUCT (or DESCRIBE), or a SELECT binding ``?s ?p ?o``.

    IRI and blank-node objects become edges ``s → o`` keyed by the predicate
    IRI (attributes ``predicate`` and ``label``, its local name); literal
    objects become node attributes named by the predicate's local name, with
    the language appended (``label_ar``); the first value in sorted order wins.
    """
    result = kg.query(sparql)
    triples: list[tuple[object, object, object]] = []
    if isinstance(result, QueryTriples):
        triples = [(t.subject, t.predicate, t.object) for t in result]
    elif isinstance(result, QuerySolutions):
        names = {v.value for v in result.variables}
        if not {"s", "p", "o"} <= names:
            raise QueryError("a SELECT for from_sparql must bind ?s ?p ?o")
        for row in result:
            s, p, o = row["s"], row["p"], row["o"]
            if s is not None and p is not None and o is not None:
                triples.append((s, p, o))
    else:
        raise QueryError("from_sparql needs a CONSTRUCT, DESCRIBE or SELECT ?s ?p ?o query")
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    attrs: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        if isinstance(s, Triple) or isinstance(o, Triple) or not isinstance(p, NamedNode):
            continue
        u = _lexical(s)
        g.add_node(u)
        if isinstance(o, Literal):
            name = _local(p.value) + (f"_{o.language}" if o.language else "")
            attrs[u][name].append(o.value)
        else:
            g.add_edge(u, _lexical(o), key=p.value, predicate=p.value, label=_local(p.value))
    for u, values in attrs.items():
        for name, vals in values.items():
            g.nodes[u][name] = min(vals)
    return g


# -- files and frames -----------------------------------------------------------------------------


def _safe(value: Any) -> str | int | float | bool | None:
    if value is None:
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return " ".join(str(_safe(v)) for v in items)
    return str(value)


def safe_copy(g: nx.Graph[str]) -> nx.Graph[str]:
    """A copy of ``g`` whose attributes are GraphML/GEXF-safe (str, int, float, bool).

    ``None`` values are dropped; dates become ISO strings, enums their value,
    sequences space-separated strings.
    """
    h: nx.Graph[str] = g.__class__()
    h.graph.update({k: v for k, v in ((k, _safe(v)) for k, v in g.graph.items()) if v is not None})
    for n, data in g.nodes(data=True):
        h.add_node(str(n), **_clean(data))
    if isinstance(g, nx.MultiGraph) and isinstance(h, nx.MultiGraph):
        for u, v, key, data in g.edges(keys=True, data=True):
            h.add_edge(str(u), str(v), key=str(key), **_clean(data))
    else:
        for u, v, data in g.edges(data=True):
            h.add_edge(str(u), str(v), **_clean(data))
    return h


def _clean(data: Mapping[str, Any]) -> dict[str, str | int | float | bool]:
    return {k: s for k, v in data.items() if (s := _safe(v)) is not None}


def write_graphml(g: nx.Graph[str], path: str | Path) -> Path:
    """Write ``g`` as GraphML (for Gephi, yEd, Cytoscape); attributes made safe first."""
    path = Path(path)
    nx.write_graphml(safe_copy(g), path, encoding="utf-8", prettyprint=True)
    return path


def write_gexf(g: nx.Graph[str], path: str | Path) -> Path:
    """Write ``g`` as GEXF 1.2 (Gephi's own format); attributes made safe first."""
    path = Path(path)
    nx.write_gexf(safe_copy(g), path, encoding="utf-8", prettyprint=True, version="1.2draft")
    return path


def to_dataframe(g: nx.Graph[str], what: Lit["edges", "nodes"] = "edges") -> Any:
    """The edges (``source``, ``target``, ``key``, attributes) or nodes (``node``,
    attributes) of ``g`` as a ``pandas.DataFrame``.  Needs the ``pandas`` extra."""
    try:
        pd = importlib.import_module("pandas")
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install 'statekg[pandas]'") from exc
    if what == "nodes":
        return pd.DataFrame([{"node": n, **d} for n, d in g.nodes(data=True)])
    if what != "edges":
        raise ValueError("what must be 'edges' or 'nodes'")
    if isinstance(g, nx.MultiGraph):
        multi: nx.MultiGraph[str] = g
        records = [
            {"source": u, "target": v, "key": k, **d}
            for u, v, k, d in multi.edges(keys=True, data=True)
        ]
    else:
        records = [{"source": u, "target": v, **d} for u, v, d in g.edges(data=True)]
    return pd.DataFrame(records)


def quad_class_of(type_: str) -> QuadClass | None:
    """The quad class of a relation type name (None if unknown)."""
    rtype = relation_type_of(type_)
    return rtype.quad_class if rtype else None
