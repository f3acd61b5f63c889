"""The who-said pages: the answer of a who-said-about query, precomputed per actor and day.

The who-said index (:mod:`kg.rdf.mapping`) lets a query for "statements about
Syria in March 2024" start from the ``kg:ActorPeriod`` buckets of the month's
days, but it still selects, dates and sorts every statement linked to them
(700 or more in a month for a state in the news) to return the first 100, then
looks up each one's ``kg:whoSaidSummary``.  The pages keep that answer ready:
for every bucket of one actor on one **day** that some statement is *about*
(``kg:aboutInPeriod``), graph :data:`WHO_SAID_GRAPH` holds

* ``kg:whoSaidRows``, up to :data:`PAGE_PARTS` values, the articles split
  among them by a hash of their IRI: each a JSON array (``rdf:JSON``) of
  ``[article IRI, statement IRI, summary]`` sorted by article and statement
  IRI, ``summary`` being the statement's ``kg:whoSaidSummary`` object
  (``null`` for a statement without one: it counts against a limit, as in the
  query, and shows no row); the day's rows in the query's order are the rows
  of all its values sorted by article and statement (all rows of a bucket
  share its date).  Writing an article rewrites only the part holding it
  (Oxigraph never deletes a string it stored: rewriting the whole page for each
  article would leave every older version of it on disk);
* ``kg:whoSaidCount``: how many rows;
* ``kg:whoSaidBefore``: how many rows the same actor's buckets of the earlier
  days of the same month hold.

So the first ``L`` rows about an actor from day ``s`` to day ``e`` of one month
are in the pages of those days whose ``kg:whoSaidBefore`` is under ``L`` plus
that of the first page in the range: one index lookup per day and a few
values, not a selection and a sort (``kg/queries/who_said_pages.rq``;
:func:`kg.answers.expand_pages` turns the pages into the rows of the summary
form, cut to the limit).  Only **day** buckets have pages: a range across months
(:func:`kg.answers.who_said_pages_plan`) is read month by month in date order
until the limit is reached (:func:`kg.answers.read_pages`), each month with the
few statements of the actor's month bucket (and, in a January, year bucket)
read from the index as they are, since a statement dated by a month alone
sorts before the month's first day; several actors read their pages side by
side, each statement once per date.  An open range stays with the index
query's scan (it also returns statements without any date, which no bucket
holds).

The pages are derived data, never the source of truth: :class:`~kg.store.KnowledgeGraph`
rewrites the pages an article touches in the **same transaction** as the
article (:func:`article_update`, for an added, replaced or removed article), and
the graph carries ``kg:whoSaidPages`` (:data:`WHO_SAID_PAGES_VERSION`) only
while it covers every article.  A write by other means (a SPARQL update, a
Graph Store write) removes that marker in its own transaction, so queries go
back to the index until :func:`rebuild` writes the pages again from the
article graphs: when a store is opened for writing without the marker.  ``kg
serve`` writes them again in the background after such a write without holding
its writer (:mod:`kg.server.pages_build`: computed from a checkpoint in a process
of its own, written in short steps between other writes with :data:`BUILDING` in
place of the marker, the articles written meanwhile caught up from a
:data:`Journal` by :func:`replay_update`, and the marker last, so readers see the
index's answer until a checkpoint holds the whole, current page set).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, Store

from kg.vocab import KG, PREFIXES, XSD

__all__ = [
    "BUILDING",
    "MARKER",
    "WHO_SAID_GRAPH",
    "WHO_SAID_PAGES_VERSION",
    "Journal",
    "article_update",
    "building",
    "current_query",
    "day_bucket",
    "invalidate",
    "page_quads",
    "page_rows",
    "page_update",
    "pages_current",
    "rebuild",
    "replay_update",
]

WHO_SAID_GRAPH = NamedNode("https://w3id.org/statekg/who-said")
"""The graph of the who-said pages (not an article graph)."""

WHO_SAID_PAGES_VERSION = 1
"""Version of the pages' layout, on :data:`WHO_SAID_GRAPH` as ``kg:whoSaidPages``."""

_JSON = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")
_DAY = re.compile(r"^([0-9]{4}-[0-9]{2})-([0-9]{2})$")
_MARKER = Quad(
    WHO_SAID_GRAPH,
    KG.whoSaidPages,
    Literal(str(WHO_SAID_PAGES_VERSION), datatype=XSD.integer),
    WHO_SAID_GRAPH,
)
MARKER = _MARKER
"""``kg:whoSaidPages`` at this version: the pages cover every article."""
BUILDING = Quad(WHO_SAID_GRAPH, KG.whoSaidPages, Literal("0", datatype=XSD.integer), WHO_SAID_GRAPH)
"""``kg:whoSaidPages 0``: the pages are being written again by ``kg serve``'s writer
(:mod:`kg.server.pages_build`); not current (readers ask for the version), and removed
with the marker by :func:`invalidate`, so a write that does not maintain the pages
also tells the writer to start that build over."""

_ROWS, _COUNT, _BEFORE = KG.whoSaidRows, KG.whoSaidCount, KG.whoSaidBefore
_ABOUT = KG.aboutInPeriod
PAGE_PARTS = 4
"""A day's page is split in this many ``kg:whoSaidRows`` values, by a hash of the
article: writing an article rewrites only its part (Oxigraph never deletes a string
it stored, so every rewritten value stays on disk), and a query reads a few values
per day."""

Row = list[Any]
"""``[article IRI, statement IRI, summary object or None]``."""


def day_bucket(iri: str) -> tuple[str, str, str] | None:
    """``(head, month, digest)`` of a day bucket ``{head}/{YYYY-MM-DD}/{digest}``
    (:meth:`~kg.rdf.iris.IRIs.actor_period`), ``None`` for a month or year bucket."""
    head, _, rest = iri.rpartition("/")
    head, _, period = head.rpartition("/")
    m = _DAY.match(period)
    if not head or m is None:
        return None
    return head, m[1], rest


def _month_days(head: str, month: str, digest: str) -> list[str]:
    return [f"{head}/{month}-{d:02d}/{digest}" for d in range(1, 32)]


class RawJSON(str):
    """A statement's summary as the JSON text the mapping wrote (``json.dumps`` with the
    pages' settings, so it is the text the decoded summary gives): :func:`rebuild` puts
    it in a page as it is instead of decoding and encoding a million of them."""


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _row_json(row: Row) -> str:
    article, statement, summary = row
    text = summary if isinstance(summary, RawJSON) else _dumps(summary)
    return f"[{_dumps(article)},{_dumps(statement)},{text}]"


def _rows_literal(rows: Sequence[Row]) -> Literal:
    """The JSON of ``rows`` (``json.dumps`` with :func:`_dumps`' settings)."""
    return Literal("[" + ",".join(_row_json(r) for r in rows) + "]", datatype=_JSON)


def _int(n: int) -> Literal:
    return Literal(str(n), datatype=XSD.integer)


def _select(store: Store, query: str) -> QuerySolutions:
    result = store.query(query, prefixes=PREFIXES)
    assert isinstance(result, QuerySolutions)
    return result


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in iris)


def pages_current(store: Store) -> bool:
    """Do the pages cover every article (the marker is in :data:`WHO_SAID_GRAPH`)?"""
    return any(store.quads_for_pattern(*_MARKER))


def current_query() -> str:
    """The SPARQL ASK that :func:`pages_current` answers, for a reader that only has a
    query endpoint (``kg serve``'s query workers): is this version's marker there?"""
    m = _MARKER
    return f"ASK {{ GRAPH {m.graph_name} {{ {m.subject} {m.predicate} {m.object} }} }}"


def building(store: Store) -> bool:
    """Is a build of the pages under way (:data:`BUILDING` is in the store)?"""
    return any(store.quads_for_pattern(*BUILDING))


def invalidate() -> str:
    """The SPARQL update operation that marks the pages stale (appended to any write
    that does not maintain them, so it happens in the same transaction): it removes
    ``kg:whoSaidPages`` whatever its value, the :data:`BUILDING` mark too."""
    w = WHO_SAID_GRAPH
    return f"DELETE WHERE {{ GRAPH {w} {{ {w} {KG.whoSaidPages} ?version }} }}"


def _article_rows(quads: Iterable[Quad], g: NamedNode) -> dict[str, list[Row]]:
    """The rows an article's quads put in each day bucket they are about."""
    links: dict[str, list[str]] = defaultdict(list)
    summaries: dict[str, Any] = {}
    for q in quads:
        s, o = q.subject, q.object
        if q.graph_name != g or not isinstance(s, NamedNode):
            continue
        if q.predicate == KG.aboutInPeriod and isinstance(o, NamedNode) and day_bucket(o.value):
            links[o.value].append(s.value)
        elif q.predicate == KG.whoSaidSummary and isinstance(o, Literal):
            summaries[s.value] = RawJSON(o.value)
    return {
        b: [[g.value, s, summaries.get(s)] for s in sorted(set(statements))]
        for b, statements in links.items()
    }


def _part(article: str) -> int:
    """Which of a page's :data:`PAGE_PARTS` values holds an article's rows."""
    return int.from_bytes(hashlib.sha256(article.encode()).digest()[:4], "big") % PAGE_PARTS


Journal = dict[str, set[str]]
"""Articles written while a build of the pages is under way (:mod:`kg.server.pages_build`):
article graph IRI -> the day buckets whose pages its versions had or have rows in."""


def article_update(
    store: Store,
    g: NamedNode,
    quads: Sequence[Quad] | None,
    write: str,
    journal: Journal | None = None,
) -> str:
    """``write`` (the SPARQL update that writes article graph ``g`` as ``quads`` or drops
    it: ``quads`` None) followed by :func:`page_update`'s operations for it: one update
    text, so the article and its pages change in one transaction."""
    pages = page_update(store, g, quads, journal)
    return f"{write} ;\n{pages}" if pages else write


def page_update(
    store: Store, g: NamedNode, quads: Sequence[Quad] | None, journal: Journal | None = None
) -> str:
    """SPARQL update operations that bring the pages from the store's version of article
    ``g`` to ``quads`` (``None``: the article is removed); ``""`` when the pages are not
    current (nothing to maintain) or nothing changes.  Only the part of each page that
    holds the article's rows is rewritten, and the pages' counts.  Run them in the same
    update as the article's own write; the caller holds the store's write lock.

    When the pages are not current and ``journal`` is given (a build of the pages is
    under way: :mod:`kg.server.pages_build`), the article and the day buckets of its
    old and new versions go in it instead, for the build to bring their pages up to
    date afterwards (:func:`replay_update`)."""
    current = pages_current(store)
    if not current and journal is None:
        return ""
    new = _article_rows(quads or [], g)
    linked = _select(store, f"SELECT DISTINCT ?b WHERE {{ GRAPH {g} {{ ?s {_ABOUT} ?b }} }}")
    old = {b.value for s in linked if isinstance(b := s["b"], NamedNode) and day_bucket(b.value)}
    touched = sorted(old | set(new))
    if not current:
        assert journal is not None
        journal.setdefault(g.value, set()).update(touched)
        return ""
    return _page_ops(store, g, new, touched)


def replay_update(store: Store, article: str, buckets: Iterable[str]) -> str:
    """SPARQL update operations that bring the pages of ``buckets`` (and of the buckets
    the article's graph links now) from whatever rows of ``article`` they hold to the
    article as the store holds it now (:data:`Journal`: the pages are otherwise up to
    date; the article may be gone).  ``""`` when nothing changes."""
    g = NamedNode(article)
    new = _article_rows(store.quads_for_pattern(None, None, None, g), g)
    return _page_ops(store, g, new, sorted(set(buckets) | set(new)))


def _page_ops(store: Store, g: NamedNode, new: dict[str, list[Row]], touched: list[str]) -> str:
    """The operations of :func:`page_update`: the part of each of the ``touched`` pages
    that holds article ``g`` gets its rows ``new`` (bucket -> rows), with the counts."""
    if not touched:
        return ""
    w, part = WHO_SAID_GRAPH, _part(g.value)
    dropped: list[str] = []
    kept: dict[str, list[Row]] = defaultdict(list)
    removed: dict[str, int] = defaultdict(int)
    # index lookups, not a query: with its VALUES the engine read every page first
    for b in touched:
        for q in store.quads_for_pattern(NamedNode(b), _ROWS, None, w):
            if not isinstance(q.object, Literal):
                continue
            rows = json.loads(q.object.value)
            if not rows or _part(rows[0][0]) != part:
                continue
            dropped.append(f"<{b}> {_ROWS} {q.object} .")
            kept[b] += [r for r in rows if r[0] != g.value]
            removed[b] += sum(1 for r in rows if r[0] == g.value)
    months = {m for b in touched if (m := day_bucket(b)) is not None}
    days = [d for m in sorted(months) for d in _month_days(*m)]
    counts: dict[str, int] = {}
    befores: dict[str, int] = {}
    for d in days:
        node = NamedNode(d)
        for count in store.quads_for_pattern(node, _COUNT, None, w):
            if isinstance(count.object, Literal):
                counts[d] = int(count.object.value)
            for earlier in store.quads_for_pattern(node, _BEFORE, None, w):
                if isinstance(earlier.object, Literal):
                    befores[d] = int(earlier.object.value)
    inserts: list[str] = []
    for b in touched:
        counts[b] = counts.get(b, 0) - removed[b] + len(new.get(b, []))
        rows = sorted(kept[b] + new.get(b, []), key=lambda r: (r[0], r[1]))
        if rows:
            inserts.append(f"<{b}> {_ROWS} {_rows_literal(rows)} .")
    moved: list[str] = []
    for m in sorted(months):
        before = 0
        for d in _month_days(*m):
            n = counts.get(d, 0)
            if d in touched or (n and befores.get(d) != before):
                moved.append(d)
                if n:
                    inserts.append(f"<{d}> {_COUNT} {_int(n)} ; {_BEFORE} {_int(before)} .")
            before += n
    ops = []
    if dropped:
        ops.append(f"DELETE DATA {{ GRAPH {w} {{\n" + "\n".join(dropped) + "\n} }")
    if moved:
        ops.append(
            f"DELETE {{ GRAPH {w} {{ ?b {_COUNT} ?n . ?b {_BEFORE} ?m }} }} WHERE {{ "
            f"VALUES ?b {{ {_values(moved)} }} GRAPH {w} {{ ?b {_COUNT} ?n . ?b {_BEFORE} ?m }} }}"
        )
    if inserts:
        ops.append(f"INSERT DATA {{ GRAPH {w} {{\n" + "\n".join(inserts) + "\n} }")
    return " ;\n".join(ops)


def page_quads(rows: Mapping[str, Sequence[Row]], *, marker: bool = True) -> list[Quad]:
    """The quads of the pages holding ``rows`` (bucket IRI -> its rows, in order): one
    ``kg:whoSaidRows`` value per part, the count and the rows before, and (``marker``)
    the marker."""
    by_month: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for b in rows:
        m = day_bucket(b)
        if m is not None and rows[b]:
            by_month[m].append(b)
    out = []
    for m in sorted(by_month):
        present = set(by_month[m])
        before = 0
        for d in _month_days(*m):
            if d not in present:
                continue
            node, n = NamedNode(d), len(rows[d])
            chunks: dict[int, list[Row]] = defaultdict(list)
            for r in rows[d]:
                chunks[_part(r[0])].append(r)
            out += [
                Quad(node, KG.whoSaidRows, _rows_literal(c), WHO_SAID_GRAPH)
                for c in chunks.values()
            ]
            out += [
                Quad(node, KG.whoSaidCount, _int(n), WHO_SAID_GRAPH),
                Quad(node, KG.whoSaidBefore, _int(before), WHO_SAID_GRAPH),
            ]
            before += n
    if marker:
        out.append(_MARKER)
    return out


def page_rows(store: Store) -> dict[str, list[Row]]:
    """Every day bucket's rows read from the article graphs (bucket IRI -> rows in the
    query's order)."""
    rows: dict[str, list[Row]] = defaultdict(list)
    for s in _select(
        store,
        "SELECT ?b ?g ?s ?summary WHERE { GRAPH ?g { ?s kg:aboutInPeriod ?b "
        "OPTIONAL { ?s kg:whoSaidSummary ?summary } } }",
    ):
        b = s["b"].value
        if day_bucket(b) is None:
            continue
        summary = s["summary"]
        rows[b].append([s["g"].value, s["s"].value, RawJSON(summary.value) if summary else None])
    for b, r in rows.items():
        unique = {(x[0], x[1]): x for x in r}
        rows[b] = [unique[k] for k in sorted(unique)]
    return rows


def rebuild(store: Store, *, atomic: bool = False) -> int:
    """Write the pages of every article graph anew (two transactions: the old pages and
    marker go first, the new pages come with the marker; with ``atomic`` those are one
    transaction, else they are bulk-loaded, which is faster but not atomic: only for a
    store no one reads meanwhile); returns the number of pages.  The caller holds the
    store's write lock.  (``kg serve`` writes them again without holding its writer:
    :mod:`kg.server.pages_build`.)"""
    rows = page_rows(store)
    store.update(f"DROP SILENT GRAPH {WHO_SAID_GRAPH}")
    quads = page_quads(rows)
    if atomic:
        store.extend(quads)
    else:
        store.bulk_extend(quads)
    return sum(1 for q in quads if q.predicate == _COUNT)
