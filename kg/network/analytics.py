"""Graph analytics over events (never over raw reports), each with a ``kg`` command.

=====================  ==========================  =============================
function               question                    command
=====================  ==========================  =============================
:func:`dyad_timeline`  cooperation vs conflict of  ``kg timeline Russia Syria``
                       two states, month by month
:func:`top_speakers`   who speaks most about X     ``kg top-speakers --about X``
:func:`ego_network`    everyone around an actor    ``kg ego Peskov``
:func:`paths`          how two actors connect      ``kg path Qatar Iran``
:func:`centrality`     who is central              ``kg centrality``
:func:`communities`    states that support each    ``kg communities``
                       other
=====================  ==========================  =============================

Names are accepted in Arabic, English or as QIDs (:func:`kg.answers.resolve`);
an actor acting for a named state counts for it (Putin for Russia).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from typing import Literal as Lit

import networkx as nx

from kg.answers import resolve
from kg.errors import KGError
from kg.models import Modality, QuadClass, RelationType, date_precision
from kg.network.events import WINDOW_DAYS, EventCluster
from kg.network.graphs import (
    DateArg,
    Level,
    NodeInfo,
    _entities,
    assemble_relations_graph,
    date_range,
    event_clusters,
    relations_graph,
    statement_clusters,
    statements_graph,
)

if TYPE_CHECKING:
    from kg.store import KnowledgeGraph

__all__ = [
    "Community",
    "MonthBalance",
    "Path",
    "Ranked",
    "SpeakerCount",
    "centrality",
    "combined_graph",
    "communities",
    "dyad_timeline",
    "ego_network",
    "node_info",
    "pagerank",
    "paths",
    "relations_between",
    "resolve_iris",
    "support_graph",
    "top_speakers",
]

Measure = Lit["degree", "in", "out", "pagerank", "betweenness"]
MEASURES: tuple[str, ...] = ("degree", "in", "out", "pagerank", "betweenness")


def resolve_iris(kg: KnowledgeGraph, name: str) -> set[str]:
    """IRIs of the entities called ``name`` (ar/en name or QID); LinkingError if none."""
    return {e.iri for e in resolve(kg, name)}


def node_info(kg: KnowledgeGraph, iris: Iterable[str]) -> dict[str, NodeInfo]:
    """Node attributes (labels, type, QID, state) of these entities."""
    info: dict[str, NodeInfo] = {}
    _entities(kg, iris, info)
    return info


# -- dyad timeline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthBalance:
    """Events between two sides in one month, by PLOVER quad class."""

    month: str
    verbal_cooperation: int = 0
    material_cooperation: int = 0
    verbal_conflict: int = 0
    material_conflict: int = 0
    reports: int = 0
    articles: int = 0

    @property
    def cooperation(self) -> int:
        """Cooperation events (verbal + material)."""
        return self.verbal_cooperation + self.material_cooperation

    @property
    def conflict(self) -> int:
        """Conflict events (verbal + material)."""
        return self.verbal_conflict + self.material_conflict

    @property
    def events(self) -> int:
        """All events of the month."""
        return self.cooperation + self.conflict

    @property
    def balance(self) -> int:
        """Cooperation minus conflict."""
        return self.cooperation - self.conflict


def _touches(cluster: EventCluster, a: set[str], b: set[str]) -> bool:
    for r in cluster.reports:
        subj, obj = {r.subject, r.subject_side}, {r.object, r.object_side}
        if (subj & a and obj & b) or (subj & b and obj & a):
            return True
    return False


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def dyad_timeline(
    kg: KnowledgeGraph,
    a: str,
    b: str,
    *,
    since: DateArg = None,
    until: DateArg = None,
    modality: Modality | str | Sequence[Modality | str] | None = Modality.ASSERTED,
    window_days: int = WINDOW_DAYS,
) -> list[MonthBalance]:
    """Month by month, the events between ``a`` and ``b`` (either direction) per quad class.

    Counts are of events (reports of one happening count once), by the month
    of the event's date; events dated only to a year are left out.  Months
    between the first and the last are all present (with zeros), so the
    result plots as it is.  Asserted events only, unless ``modality`` says.
    """
    sa, sb = resolve_iris(kg, a), resolve_iris(kg, b)
    clusters = [
        c
        for c in event_clusters(
            kg, since=since, until=until, modality=modality, window_days=window_days
        )
        if c.period and date_precision(c.period) != "year" and _touches(c, sa, sb)
    ]
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    articles: dict[str, set[str]] = defaultdict(set)
    for c in clusters:
        month = c.period[:7] if c.period else ""
        counts[month][c.quad_class.name.lower()] += 1
        counts[month]["reports"] += len(c.reports)
        articles[month].update(c.articles)
    if not counts:
        return []
    lo, hi = date_range(since, until)
    first = min(counts) if lo is None else min(min(counts), lo.isoformat()[:7])
    last = max(counts) if hi is None else max(max(counts), hi.isoformat()[:7])
    return [
        MonthBalance(month=m, articles=len(articles[m]), **counts.get(m, {}))
        for m in _months(first, last)
    ]


# -- speakers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerCount:
    """How much one speaker (or state) said about someone."""

    speaker: str
    label: str
    label_ar: str
    state: str
    clusters: int
    """Statement clusters: what the speaker said on distinct days."""
    statements: int
    """Statement reports."""
    articles: int
    """Distinct reporting articles."""


def top_speakers(
    kg: KnowledgeGraph,
    about: str,
    *,
    since: DateArg = None,
    until: DateArg = None,
    level: Level = "actor",
    limit: int | None = 10,
    window_days: int = WINDOW_DAYS,
) -> list[SpeakerCount]:
    """Who speaks most about ``about``: speakers ranked by statement clusters.

    A statement about someone acting for ``about`` counts too (about Syria
    includes about its president).  With ``level="state"`` speakers are
    grouped by the state they speak for.
    """
    targets = resolve_iris(kg, about)
    clusters = statement_clusters(kg, since=since, until=until, window_days=window_days)
    actors = {a for c in clusters for r in c.reports for a in (*r.about, r.speaker)}
    info = node_info(kg, actors)
    members = {i for i, n in info.items() if n.state in targets} | targets
    n_clusters: dict[str, int] = defaultdict(int)
    statements: dict[str, set[str]] = defaultdict(set)
    arts: dict[str, set[str]] = defaultdict(set)
    for c in clusters:
        reports = [r for r in c.reports if set(r.about) & members]
        if not reports:
            continue
        who = c.speaker
        if level == "state" and who in info and info[who].state:
            who = info[who].state
        n_clusters[who] += 1
        statements[who].update(r.statement for r in reports)
        arts[who].update(r.article for r in reports)
    info.update(node_info(kg, set(n_clusters) - set(info)))
    rows = []
    for who, n in n_clusters.items():
        node = info.get(who) or NodeInfo(who)
        rows.append(
            SpeakerCount(
                who, node.label, node.label_ar, node.state, n, len(statements[who]), len(arts[who])
            )
        )
    rows.sort(key=lambda r: (-r.clusters, -r.articles, -r.statements, r.label, r.speaker))
    return rows[:limit] if limit else rows


# -- ego networks and paths -------------------------------------------------------------------


def combined_graph(
    kg: KnowledgeGraph,
    *,
    level: Level = "actor",
    since: DateArg = None,
    until: DateArg = None,
    statements: bool = True,
    window_days: int = WINDOW_DAYS,
) -> nx.MultiDiGraph[str]:
    """Relations and (optionally) statements in one graph; edges carry ``kind``."""
    g = relations_graph(kg, level=level, since=since, until=until, window_days=window_days)
    if statements:
        s = statements_graph(kg, level=level, since=since, until=until, window_days=window_days)
        g.add_nodes_from(s.nodes(data=True))
        for u, v, k, data in s.edges(keys=True, data=True):
            g.add_edge(u, v, key=k, **data)
    g.graph["kind"] = "combined" if statements else "relations"
    return g


def _center(g: nx.MultiDiGraph[str], iris: set[str], name: str) -> str:
    present = sorted((n for n in iris if n in g), key=lambda n: (-g.degree(n), n))
    if not present:
        raise KGError(f"{name!r} has no relations or statements in the graph")
    return present[0]


def ego_network(
    kg: KnowledgeGraph,
    name: str,
    *,
    radius: int = 1,
    level: Level = "actor",
    since: DateArg = None,
    until: DateArg = None,
    statements: bool = True,
) -> nx.MultiDiGraph[str]:
    """Everyone within ``radius`` steps of ``name`` (either direction), with the edges between them.

    Relations and, unless ``statements`` is false, statements (speaker → whom
    they are about).  The centre is ``g.graph["center"]``.
    """
    g = combined_graph(kg, level=level, since=since, until=until, statements=statements)
    center = _center(g, resolve_iris(kg, name), name)
    ego = nx.ego_graph(g, center, radius=radius, undirected=True)
    ego.graph.update(g.graph, center=center)
    return ego  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Path:
    """One path between two actors: the nodes, their labels and what links each pair."""

    nodes: tuple[str, ...]
    labels: tuple[str, ...]
    links: tuple[str, ...]
    """For each step, the kinds of link, e.g. ``"CONSULT ×2, statement"``."""


def _link(g: nx.MultiDiGraph[str], u: str, v: str) -> str:
    parts: dict[str, int] = defaultdict(int)
    for a, b in ((u, v), (v, u)):
        arrow = "→" if a == u else "←"
        for data in (g.get_edge_data(a, b) or {}).values():
            what = data.get("type") or "spoke about"
            parts[f"{arrow} {what}"] += 1
    return ", ".join(f"{k} ×{n}" if n > 1 else k for k, n in sorted(parts.items()))


def paths(
    kg: KnowledgeGraph,
    a: str,
    b: str,
    *,
    level: Level = "actor",
    statements: bool = True,
    limit: int = 5,
    since: DateArg = None,
    until: DateArg = None,
) -> list[Path]:
    """The shortest paths between ``a`` and ``b`` (edges taken in either direction).

    At most ``limit`` paths, in a stable order; empty when they do not connect.
    """
    g = combined_graph(kg, level=level, since=since, until=until, statements=statements)
    src = _center(g, resolve_iris(kg, a), a)
    dst = _center(g, resolve_iris(kg, b), b)
    u: nx.Graph[str] = nx.Graph(g.to_undirected(as_view=True))
    try:
        found = sorted(nx.all_shortest_paths(u, src, dst))
    except nx.NetworkXNoPath:
        return []
    out = []
    for nodes in found[:limit]:
        out.append(
            Path(
                nodes=tuple(nodes),
                labels=tuple(str(g.nodes[n].get("label", n)) for n in nodes),
                links=tuple(_link(g, x, y) for x, y in itertools.pairwise(nodes)),
            )
        )
    return out


# -- centrality -------------------------------------------------------------------------


@dataclass(frozen=True)
class Ranked:
    """One node and its score."""

    node: str
    label: str
    label_ar: str
    type: str
    score: float


def _weighted(g: nx.MultiDiGraph[str]) -> nx.DiGraph[str]:
    d: nx.DiGraph[str] = nx.DiGraph()
    d.add_nodes_from(sorted(g.nodes))
    for u, v, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
        w = float(data.get("weight", 1.0))
        if d.has_edge(u, v):
            d[u][v]["weight"] += w
        else:
            d.add_edge(u, v, weight=w)
    return d


def pagerank(g: nx.DiGraph[str], *, damping: float = 0.85, tol: float = 1e-10) -> dict[str, float]:
    """Weighted PageRank by power iteration (pure Python: no numpy or scipy needed)."""
    nodes = sorted(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    rank = dict.fromkeys(nodes, 1.0 / n)
    out_w = {
        u: sum(float(d.get("weight", 1.0)) for _, _, d in g.out_edges(u, data=True)) for u in nodes
    }
    for _ in range(500):
        dangling = sum(rank[u] for u in nodes if out_w[u] == 0)
        new = dict.fromkeys(nodes, (1.0 - damping) / n + damping * dangling / n)
        for u in nodes:
            if out_w[u]:
                for _, v, d in g.out_edges(u, data=True):
                    new[v] += damping * rank[u] * float(d.get("weight", 1.0)) / out_w[u]
        delta = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if delta < tol * n:
            break
    return rank


def centrality(
    kg: KnowledgeGraph,
    *,
    measure: Measure = "degree",
    level: Level = "state",
    since: DateArg = None,
    until: DateArg = None,
    types: Iterable[RelationType | str] | None = None,
    modality: Modality | str | Sequence[Modality | str] | None = Modality.ASSERTED,
    limit: int | None = 10,
) -> list[Ranked]:
    """Nodes of the relations network ranked by a centrality measure.

    ``degree``/``in``/``out``: number of events (both ways / received /
    done); ``pagerank``: weighted by events, following who acts on whom;
    ``betweenness``: how often a node lies on shortest paths (undirected).
    Asserted events only, unless ``modality`` says.
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}")
    g = relations_graph(kg, level=level, since=since, until=until, types=types, modality=modality)
    d = _weighted(g)
    scores: dict[str, float]
    if measure == "degree":
        scores = {n: float(s) for n, s in d.degree(weight="weight")}
    elif measure == "in":
        scores = {n: float(s) for n, s in d.in_degree(weight="weight")}
    elif measure == "out":
        scores = {n: float(s) for n, s in d.out_degree(weight="weight")}
    elif measure == "pagerank":
        scores = pagerank(d)
    else:
        scores = nx.betweenness_centrality(nx.Graph(d.to_undirected()), normalized=True)
    rows = [
        Ranked(
            n,
            str(g.nodes[n].get("label", n)),
            str(g.nodes[n].get("label_ar", "")),
            str(g.nodes[n].get("type", "")),
            round(s, 6),
        )
        for n, s in scores.items()
    ]
    rows.sort(key=lambda r: (-r.score, r.label, r.node))
    return rows[:limit] if limit else rows


# -- communities -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Community:
    """States (or actors with no state) that cooperate more than they clash."""

    members: tuple[str, ...]
    labels: tuple[str, ...]
    cooperation: int
    """Cooperation events between members."""
    conflict: int
    """Conflict events between members."""
    labels_ar: tuple[str, ...] = field(default=())


_COOPERATION = {QuadClass.VERBAL_COOPERATION, QuadClass.MATERIAL_COOPERATION}


def support_graph(clusters: Iterable[EventCluster], info: dict[str, NodeInfo]) -> nx.Graph[str]:
    """Undirected state graph whose edge weight is cooperation minus conflict events (> 0 only).

    ``g.graph["pairs"]`` keeps, for every pair with events, (cooperation, conflict).
    """
    coop: dict[tuple[str, str], int] = defaultdict(int)
    conf: dict[tuple[str, str], int] = defaultdict(int)
    for c in clusters:
        if c.subject == c.object:
            continue
        pair = (min(c.subject, c.object), max(c.subject, c.object))
        (coop if c.quad_class in _COOPERATION else conf)[pair] += 1
    g: nx.Graph[str] = nx.Graph()
    g.graph["pairs"] = {p: (coop[p], conf[p]) for p in sorted(set(coop) | set(conf))}
    for pair in sorted(set(coop) | set(conf)):
        w = coop[pair] - conf[pair]
        if w > 0:
            g.add_edge(*pair, weight=float(w), cooperation=coop[pair], conflict=conf[pair])
    for n in g.nodes:
        g.nodes[n].update((info.get(n) or NodeInfo(n)).attributes())
    return g


def _without_rivals(
    g: nx.Graph[str], members: set[str], pairs: dict[tuple[str, str], tuple[int, int]]
) -> list[set[str]]:
    """Split off, one by one, members in net conflict with another member (weakest ties first).

    Modularity only sees the positive ties; two states that clash more than
    they cooperate should not end up in one community through friends they share.
    """
    group = set(members)
    out: list[set[str]] = []

    def rival(n: str) -> bool:
        for m in group - {n}:
            c, f = pairs.get((min(n, m), max(n, m)), (0, 0))
            if f > c:
                return True
        return False

    while True:
        rivals = [n for n in group if rival(n)]
        if not rivals:
            break
        strength = {n: sum(float(g[n][m]["weight"]) for m in g[n] if m in group) for n in rivals}
        weakest = min(rivals, key=lambda n: (strength[n], n))
        group.discard(weakest)
        out.append({weakest})
    return [group, *out]


def communities(
    kg: KnowledgeGraph,
    *,
    since: DateArg = None,
    until: DateArg = None,
    modality: Modality | str | Sequence[Modality | str] | None = Modality.ASSERTED,
    min_size: int = 2,
    states_only: bool = True,
    window_days: int = WINDOW_DAYS,
) -> list[Community]:
    """Communities of states that support each other.

    States are linked when, between them, cooperation events outnumber
    conflict events (weight: the difference); communities are found by
    greedy modularity maximisation (Clauset–Newman–Moore), which is
    deterministic; a member in net conflict with another member is then split
    off (the one with the weakest ties first).  ``cooperation`` and
    ``conflict`` count the events between members.  Largest first.  With
    ``states_only=False``, actors that
    act for no state (NATO, the UN Secretary-General) take part too.
    """
    clusters = event_clusters(
        kg, since=since, until=until, modality=modality, window_days=window_days
    )
    info: dict[str, NodeInfo] = {}
    _entities(kg, {n for c in clusters for n in (c.subject, c.object)}, info)
    if states_only:
        clusters = [
            c
            for c in clusters
            if all(info.get(n, NodeInfo(n)).type == "State" for n in (c.subject, c.object))
        ]
    g = support_graph(clusters, info)
    if g.number_of_edges() == 0:
        return []
    pairs: dict[tuple[str, str], tuple[int, int]] = g.graph["pairs"]
    found = [
        group
        for members in nx.community.greedy_modularity_communities(g, weight="weight")
        for group in _without_rivals(g, set(members), pairs)
    ]
    out = []
    for members in found:
        if len(members) < min_size:
            continue
        ordered = tuple(sorted(members, key=lambda n: (str(g.nodes[n]["label"]), n)))
        inside = [pairs[p] for p in itertools.combinations(sorted(members), 2) if p in pairs]
        out.append(
            Community(
                members=ordered,
                labels=tuple(str(g.nodes[n]["label"]) for n in ordered),
                cooperation=sum(c for c, _ in inside),
                conflict=sum(f for _, f in inside),
                labels_ar=tuple(str(g.nodes[n]["label_ar"]) for n in ordered),
            )
        )
    out.sort(key=lambda c: (-len(c.members), -c.cooperation, c.labels))
    return out


def relations_between(
    kg: KnowledgeGraph, clusters: Iterable[EventCluster], *, level: Level = "state"
) -> nx.MultiDiGraph[str]:
    """The relations graph of given events (labels fetched from ``kg``)."""
    chosen = list(clusters)
    info = node_info(kg, {n for c in chosen for r in c.reports for n in (r.subject, r.object)})
    info.update(node_info(kg, {n for c in chosen for n in (c.subject, c.object)} - set(info)))
    return assemble_relations_graph(chosen, info, level=level)
