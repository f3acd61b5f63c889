"""Typed answers to the questions users ask: who said what about whom, and relations.

Each function takes a :class:`~kg.store.KnowledgeGraph`, runs one bundled
query (``kg/queries/*.rq``) and returns typed rows.  Names are accepted in
Arabic or English or as QIDs: "سوريا", "Syria" and "Q858" are the same entity
(:func:`resolve`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from pyoxigraph import Literal, NamedNode

from kg.errors import LinkingError
from kg.models import RelationType
from kg.queries import TermArg, load, render
from kg.rdf.iris import IRIs
from kg.rdf.mapping import WHO_SAID_SUMMARY_VERSION, search_key
from kg.rdf.who_said_pages import WHO_SAID_GRAPH, pages_current
from kg.vocab import XSD, plover_concept

if TYPE_CHECKING:
    from kg.store import KnowledgeGraph, Term

__all__ = [
    "MAX_INDEX_MONTHS",
    "MAX_PAGES_MONTHS",
    "Entity",
    "PageEntry",
    "RelationRow",
    "StatementRow",
    "WhoSaidPages",
    "expand_entries",
    "expand_pages",
    "expand_summary",
    "has_who_said_index",
    "index_periods",
    "page_entries",
    "page_reads",
    "read_pages",
    "relations",
    "resolve",
    "summary_bindings",
    "term_binding",
    "who_said",
    "who_said_coverage",
    "who_said_index_complete",
    "who_said_index_query",
    "who_said_pages_plan",
    "who_said_pages_query",
    "who_said_query",
    "who_said_summary_complete",
]

_QID = re.compile(r"^[Qq][1-9]\d*$")
_PARTIAL_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
_FULL_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

MAX_INDEX_MONTHS = 36
"""Longest date range (in months) that :func:`who_said_query` answers from the who-said
index; a longer or open range scans every statement about (or by) the entity instead."""


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


def _text_date(value: date | str | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else value.strip() or None


def _passes(period: str, since: str, until: str) -> bool:
    """``who_said.rq``'s date filter on the string of a date (SPARQL compares code points)."""
    return period >= since and period[: len(until)] <= until


def index_periods(
    since: date | str, until: date | str, *, max_months: int = MAX_INDEX_MONTHS
) -> list[str] | None:
    """Every date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) ``who_said.rq`` keeps for the range.

    The query keeps a statement dated ``d`` (its own date, else its
    article's) when ``STR(d) >= since`` and the first ``len(until)``
    characters of ``d`` are ``<= until``.  String order keeps the order of
    prefixes, so every such ``d`` lies in a year, and (unless it is a bare
    year) a month, from ``since``'s to ``until``'s (a bare year bound stands
    for January or December); those candidates, days 01 to 31 of each month,
    are listed and the ones the filter keeps are returned.  ``None`` when a
    bound is not an ISO (partial) date or the range spans more than
    ``max_months`` months.

    >>> index_periods("2024-02-28", "2024-03-01")
    ['2024-02-28', '2024-02-29', '2024-02-30', '2024-02-31', '2024-03', '2024-03-01']
    >>> index_periods("2024", "2024-01")[:3]
    ['2024', '2024-01', '2024-01-01']
    """
    low, high = _text_date(since) or "", _text_date(until) or ""
    first_m, last_m = _PARTIAL_DATE.match(low), _PARTIAL_DATE.match(high)
    if first_m is None or last_m is None:
        return None
    y0, m0 = int(first_m[1]), int(first_m[2] or 1)
    y1, m1 = int(last_m[1]), int(last_m[2] or 12)
    if not (1 <= m0 <= 12 and 1 <= m1 <= 12):
        return None
    first, last = y0 * 12 + m0 - 1, y1 * 12 + m1 - 1
    if last - first + 1 > max_months:
        return None
    candidates: list[str] = []
    for y in range(y0, y1 + 1):
        candidates.append(f"{y:04d}")
        for n in range(max(first, y * 12), min(last, y * 12 + 11) + 1):
            month = f"{y:04d}-{n % 12 + 1:02d}"
            candidates += [month] + [f"{month}-{d:02d}" for d in range(1, 32)]
    return [p for p in candidates if _passes(p, low, high)]


def _bound(value: date | str | None) -> Literal | None:
    """A date bound as the query compares it: ``xsd:date`` for a full date, else a string."""
    text = _text_date(value)
    if text is None:
        return None
    return Literal(text, datatype=XSD.date) if _FULL_DATE.match(text) else Literal(text)


def who_said_query(
    iris: IRIs,
    *,
    about: Sequence[NamedNode] | None = None,
    speaker: Sequence[NamedNode] | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    lang: str = "en",
    limit: int | None = None,
    use_index: bool = True,
    summary: bool = False,
) -> str:
    """The text of ``kg/queries/who_said.rq`` for these entities, dates and options.

    With ``summary`` (for a store whose every article carries the statement
    summaries, :func:`who_said_coverage`) each selected statement is described
    by its one ``kg:whoSaidSummary`` value: the rows then hold ``statement``,
    ``date``, ``article`` and ``summary``, and :func:`expand_summary` turns each
    into the row the full description gives (``lang`` is applied there).
    Without it, about twenty triple patterns per statement and a ``GROUP BY``
    describe it (any store).

    When both ``since`` and ``until`` are given and span at most
    :data:`MAX_INDEX_MONTHS` months, and ``use_index`` is true, statements are
    selected from the who-said index: the ``kg:ActorPeriod`` buckets
    (:meth:`~kg.rdf.iris.IRIs.actor_period`) of each entity at each date the
    date filter accepts (:func:`index_periods`).  The mapping links every
    statement to the buckets of its speaker, its ``kg:about`` targets and the
    states those speak for — exactly the actors the scan matches — at its date
    (its own, else its article's), and a bucket's ``kg:period`` is that date;
    the buckets listed are those of the dates the date filter keeps, and the
    same description follows, so both forms return the same rows
    (``tests/store/test_who_said_index.py``), but the indexed one reads only the
    statements in the range, reads each bucket's date once rather than each
    statement's, and with a limit sorts in full only the rows up to the last
    date the limit keeps.  The text is sent without the template's comments,
    trimmed, with the buckets relative to a ``BASE``: 4.5 KB instead of 12.5 KB
    for a month (the server's form decoding and lane routing of a query take
    time in proportion to its length).  Otherwise (``use_index`` false, an open or longer
    range) every statement about (by) the entities is read and dated.  Used by
    :func:`who_said`, the web page's search and ``benchmarks/bench_server.py``;
    a store written before the index existed has none (:func:`has_who_said_index`).
    """
    about_periods: list[tuple[NamedNode, Literal]] | None = None
    speaker_periods: list[tuple[NamedNode, Literal]] | None = None
    periods = (
        index_periods(since, until)
        if use_index and since is not None and until is not None and (about or speaker)
        else None
    )
    if periods:

        def buckets(
            entities: Sequence[NamedNode] | None,
        ) -> list[tuple[NamedNode, Literal]] | None:
            """(bucket, its date as a plain string) of each entity at each date: the
            query types the date as the mapping types a bucket's ``kg:period``
            (``date_literal`` of the date in its IRI), so it is not read."""
            if not entities:
                return None
            return [(iris.actor_period(e.value, p), Literal(p)) for e in entities for p in periods]

        about_periods, speaker_periods = buckets(about), buckets(speaker)
        about = speaker = None
    indexed = bool(periods)  # no date passes (since after until): the scan finds nothing
    text = render(
        _compact(load("who_said")),
        indexed=Literal(True) if indexed else None,
        scan=None if indexed else Literal(True),
        summary=Literal(True) if summary else None,
        describe=None if summary else Literal(True),
        about=list(about) if about else None,
        speaker=list(speaker) if speaker else None,
        aboutPeriods=about_periods,
        speakerPeriods=speaker_periods,
        # the index lists only the dates the filter keeps (index_periods): no filter
        since=None if indexed else _bound(since),
        until=None if indexed else _bound(until),
        lang=Literal(lang),
        limit=limit or None,
    )
    # a rendered term holds no line break (pyoxigraph escapes them): every line can be
    # trimmed, and the lines the absent blocks left empty dropped
    text = "\n".join(line.strip() for line in text.splitlines() if line and not line.isspace())
    head = _bucket_base([b for b, _ in (about_periods or []) + (speaker_periods or [])])
    if head is None:
        return text
    return f"BASE <{head}>\n" + text.replace(f"<{head}", "<")


_BUCKET_PATH = re.compile(r"^[0-9]{4}(?:-[0-9]{2}){0,2}/[0-9A-Za-z]+$")


def _bucket_base(buckets: Sequence[NamedNode]) -> str | None:
    """The IRI every bucket of ``buckets`` is ``{period}/{key}`` under, or ``None``.

    The indexed query names its buckets relative to it (``BASE``): the same
    IRIs (RFC 3986 resolution of a relative path without dot segments against a
    base ending in ``/``), a third of the text, which the server reads, scans and
    the engine parses for every query.
    """
    if not buckets:
        return None
    head = buckets[0].value.rsplit("/", 2)[0] + "/"
    if "#" in head or "?" in head or "/./" in head or "/../" in head:
        return None  # resolution drops a base's fragment and query and its dot segments
    for bucket in buckets:
        value = bucket.value
        if not value.startswith(head) or not _BUCKET_PATH.match(value[len(head) :]):
            return None
    return head


@cache
def _compact(template: str) -> str:
    """``template`` without its comment lines (the text is sent with every query;
    the comments are for readers of the ``.rq`` file)."""
    return "\n".join(line for line in template.splitlines() if not line.lstrip().startswith("#"))


MAX_PAGES_MONTHS = 120
"""Longest date range (in months) that :class:`WhoSaidPages` answers (read month by
month: a longer range is a longer list of months, not a costlier query)."""


@dataclass(frozen=True)
class WhoSaidPages:
    """How the who-said pages answer one question: the months of the range, in date order.

    Made by :func:`who_said_pages_plan`.  Each month is its actors' day pages in the
    range (``kg/queries/who_said_pages.rq``) and the actors' month buckets (and,
    in a January, year buckets) the range accepts, whose few statements are read
    from the index as they are.  :meth:`query` renders the question for any run
    of months; :func:`read_pages` reads month by month in date order and stops once
    the limit is reached (one query for a month, or a quarter of a state in the
    news; more for a rare actor).
    """

    months: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    """Per month: (its month and year periods, its day periods), in date order."""
    actors: tuple[str, ...]
    iris: IRIs = field(repr=False)

    def query(self, months: Sequence[int] | None = None, limit: int | None = None) -> str:
        """The pages query for ``months`` (indices into :attr:`months`, all by default):
        its answer, expanded by :func:`expand_pages` with the same ``limit``, is the
        first ``limit`` rows of those months."""
        chosen = range(len(self.months)) if months is None else months
        pages: list[tuple[NamedNode, Literal, Literal]] = []
        loose: list[tuple[NamedNode, Literal]] = []
        starts_late = False
        for i in chosen:
            coarse, days = self.months[i]
            for a, actor in enumerate(self.actors):
                key = Literal(str(i * len(self.actors) + a))
                pages += [(self.iris.actor_period(actor, p), Literal(p), key) for p in days]
                loose += [(self.iris.actor_period(actor, p), Literal(p)) for p in coarse]
            starts_late = starts_late or bool(days and not days[0].endswith("-01"))
        keyed = bool(limit and starts_late)
        # an empty VALUES block matches nothing: a range of month periods alone reads no page
        text = render(
            _compact(load("who_said_pages")),
            pages=pages if keyed else None,
            base=[(b, k) for b, _, k in pages] if keyed else None,
            days=None
            if keyed
            else [(b, p) for b, p, _ in pages] or [(WHO_SAID_GRAPH, Literal(""))],
            loose=loose,
            typed=Literal(True) if loose else None,
            simple=None if loose else Literal(True),
            graph=WHO_SAID_GRAPH,
            limit=limit or None,
        )
        text = "\n".join(line.strip() for line in text.splitlines() if line and not line.isspace())
        head = _bucket_base([b for b, _, _ in pages] + [b for b, _ in loose])
        if head is None:
            return text
        return f"BASE <{head}>\n" + text.replace(f"<{head}", "<")


def who_said_pages_plan(
    iris: IRIs,
    *,
    about: Sequence[NamedNode] | None,
    since: date | str | None,
    until: date | str | None,
) -> WhoSaidPages | None:
    """How the who-said pages (:mod:`kg.rdf.who_said_pages`) answer the statements about
    ``about`` (one entity or several) from ``since`` to ``until``: ``None`` for a
    question they cannot answer exactly (no entity, an open or half-open range, a bound
    that is not an ISO (partial) date, more than :data:`MAX_PAGES_MONTHS` months), which
    :func:`who_said_query` answers.

    The range's dates are those of the indexed query (:func:`index_periods`, string
    order, which is the order the query sorts dates of the three types in: ``2024``,
    ``2024-03``, ``2024-03-01``, ...), grouped by month: a year period goes with the
    January after it, a month period with its days.  For a store whose pages are current
    (:func:`~kg.rdf.who_said_pages.pages_current`) and whose every article carries the
    summaries (:func:`who_said_coverage`), :func:`read_pages` gives the rows of
    :func:`who_said_query`'s summary form expanded by :func:`expand_summary`, in order
    (``tests/store/test_who_said_pages.py``).  An open range is left to the scan: it
    also returns the statements without any date (first), which no bucket holds.
    """
    if not about or since is None or until is None:
        return None
    periods = index_periods(since, until, max_months=MAX_PAGES_MONTHS)
    if periods is None:
        return None
    months: list[tuple[str, list[str], list[str]]] = []  # (YYYY-MM, coarse, days)
    pending: list[str] = []  # a year's period goes with the first month after it
    for p in periods:
        if len(p) == 4:
            pending.append(p)
            continue
        if not months or months[-1][0] != p[:7]:
            months.append((p[:7], pending, []))
            pending = []
        (months[-1][1] if len(p) == 7 else months[-1][2]).append(p)
    if pending:  # a range ending with a bare year: its statements come last
        months.append(("", pending, []))
    return WhoSaidPages(
        months=tuple((tuple(c), tuple(d)) for _, c, d in months),
        actors=tuple(dict.fromkeys(a.value for a in about)),
        iris=iris,
    )


def who_said_pages_query(
    iris: IRIs,
    *,
    about: Sequence[NamedNode] | None,
    since: date | str | None,
    until: date | str | None,
    limit: int | None = None,
) -> str | None:
    """One query (``kg/queries/who_said_pages.rq``) for the whole range of
    :func:`who_said_pages_plan`, ``None`` when the pages cannot answer; every month reads
    the pages holding its first ``limit`` rows (:func:`read_pages` reads month by
    month and stops at the limit instead).  Expanded by :func:`expand_pages` with the
    same ``limit``: the rows of :func:`who_said_query`'s summary form, expanded."""
    plan = who_said_pages_plan(iris, about=about, since=since, until=until)
    return None if plan is None else plan.query(limit=limit)


PageEntry = tuple[str, str, str, dict[str, str], Any]
"""``(date, article, statement, date binding, summary)`` of one row of the pages."""


def page_entries(
    rows: Sequence[Mapping[str, dict[str, str]]], limit: int | None = None
) -> list[PageEntry]:
    """The rows of a :class:`WhoSaidPages` query's answer (SPARQL JSON bindings): the
    pages' ``[article, statement, summary]`` rows and the loose statements of month and
    year buckets, each statement once per date (several actors may share it), sorted
    as ``who_said.rq`` sorts them (date, article, statement; the dates' string order),
    the first ``limit`` of them."""
    days: dict[str, tuple[dict[str, str], list[list[Any]]]] = {}
    for r in rows:
        day = r["date"]
        slot = days.get(day["value"])
        if slot is None:
            slot = days[day["value"]] = (day, [])
        if "rows" in r:
            slot[1].extend(json.loads(r["rows"]["value"]))
        else:
            summary = r.get("summary")
            slot[1].append(
                [r["article"]["value"], r["statement"]["value"], summary and summary["value"]]
            )
    out: list[PageEntry] = []
    for value in sorted(days):
        day, day_rows = days[value]
        day_rows.sort(key=_article_statement)
        previous = None
        for article, statement, summary in day_rows:
            if (article, statement) == previous:
                continue  # the same statement on another actor's page of the day
            previous = (article, statement)
            if limit is not None and len(out) >= limit:
                return out
            out.append((value, article, statement, day, summary))
    return out


def _article_statement(row: list[Any]) -> tuple[str, str]:
    return row[0], row[1]


def expand_entries(
    entries: Sequence[PageEntry], lang: str = "en", limit: int | None = None
) -> list[dict[str, dict[str, str]]]:
    """The first ``limit`` entries (:func:`page_entries`) as expanded rows of the summary
    form; a statement without a summary counts and shows no row, as there."""
    out: list[dict[str, dict[str, str]]] = []
    for _, article, statement, day, summary in entries[:limit] if limit else entries:
        if summary is None:
            continue
        row = {
            "statement": {"type": "uri", "value": statement},
            "date": dict(day),
            "article": {"type": "uri", "value": article},
        }
        row.update(summary_bindings(summary, lang))
        out.append(row)
    return out


def expand_pages(
    rows: Sequence[Mapping[str, dict[str, str]]], lang: str = "en", limit: int | None = None
) -> list[dict[str, dict[str, str]]]:
    """The answer of a :class:`WhoSaidPages` query (SPARQL JSON bindings) as the expanded
    rows of :func:`who_said_query`'s summary form, the first ``limit`` of them."""
    return expand_entries(page_entries(rows, limit), lang, limit)


def page_reads(
    plan: WhoSaidPages, limit: int | None = None
) -> Generator[str, Sequence[Mapping[str, dict[str, str]]], list[PageEntry]]:
    """Read ``plan`` month by month in date order until ``limit`` entries are read: yields
    each month's query, takes its SPARQL JSON bindings by ``send``, and returns the
    entries (:func:`page_entries`).  :func:`read_pages` drives it with a blocking
    ``select``; the server's ``/api/who-said`` with its asynchronous one."""
    entries: list[PageEntry] = []
    for i in range(len(plan.months)):
        left = limit - len(entries) if limit else None
        rows = yield plan.query([i], left)
        entries += page_entries(rows, left)
        if limit and len(entries) >= limit:
            break
    return entries


def read_pages(
    plan: WhoSaidPages,
    select: Callable[[str], Sequence[Mapping[str, dict[str, str]]]],
    lang: str = "en",
    limit: int | None = None,
) -> list[dict[str, dict[str, str]]]:
    """The expanded rows of ``plan``, read month by month in date order (``select`` runs a
    query and returns its SPARQL JSON bindings) until ``limit`` rows are read."""
    reads = page_reads(plan, limit)
    try:
        query = next(reads)
        while True:
            query = reads.send(select(query))
    except StopIteration as done:
        return expand_entries(done.value, lang, limit)


def who_said_index_query() -> str:
    """The query counting articles, and articles indexed without and with statement
    summaries (``kg/queries/who_said_index.rq``)."""
    return render(
        load("who_said_index"),
        buckets=Literal(WHO_SAID_SUMMARY_VERSION - 1),
        version=Literal(WHO_SAID_SUMMARY_VERSION),
    )


def _counts(rows: Sequence[Mapping[str, object]]) -> tuple[int, int, int] | None:
    """(articles, indexed without summaries, indexed with summaries) from the index rows."""
    if not rows:
        return None

    def number(value: object) -> int:
        if isinstance(value, Mapping):
            value = value.get("value")
        elif isinstance(value, Literal):
            value = value.value
        return int(str(value)) if value is not None else 0

    row = rows[0]
    return number(row.get("articles")), number(row.get("indexed")), number(row.get("summarised"))


def who_said_index_complete(rows: Sequence[Mapping[str, object]]) -> bool:
    """From the rows of :func:`who_said_index_query`: does the index cover every article?

    Values may be pyoxigraph literals or SPARQL JSON bindings (``{"value": ...}``).
    An empty store counts as covered.
    """
    counts = _counts(rows)
    return counts is not None and counts[0] == counts[1] + counts[2]


def who_said_summary_complete(rows: Sequence[Mapping[str, object]]) -> bool:
    """From the rows of :func:`who_said_index_query`: does every article carry the
    statement summaries (``kg:whoSaidSummary``, index version 2)?  Implies the index."""
    counts = _counts(rows)
    return counts is not None and counts[0] == counts[2]


def who_said_coverage(kg: KnowledgeGraph) -> tuple[bool, bool]:
    """(the who-said index covers every article, so do the statement summaries).

    Stores written before the index (or the summaries) existed, or holding some
    articles ingested then, are answered without it (re-ingest those articles to
    write them).  Three index range scans, one per index version and one of the
    articles: about 30 ms each at 100k articles.
    """
    rows = kg.sparql(who_said_index_query())
    return who_said_index_complete(rows), who_said_summary_complete(rows)


def has_who_said_index(kg: KnowledgeGraph) -> bool:
    """True if the who-said index covers every article of the store
    (:func:`who_said_coverage`)."""
    return who_said_coverage(kg)[0]


def _langmatches(tag: str, wanted: str) -> bool:
    """SPARQL ``LANGMATCHES(tag, wanted)`` as Oxigraph evaluates it (basic filtering)."""
    if wanted == "*":
        return bool(tag)
    tag, wanted = tag.lower(), wanted.lower()
    return tag == wanted or tag.startswith(wanted + "-")


def _names(labels: Sequence[Sequence[str]], lang: str) -> list[tuple[str, str]]:
    """The names the description reads for one entity: its labels in ``lang``, else
    all of them (``who_said.rq``'s ``COALESCE(?sl, ?sl2)``)."""
    pairs = [(str(v), str(tag)) for v, tag in labels]
    return [p for p in pairs if _langmatches(p[1], lang)] or pairs


def _literal(pair: Sequence[str] | None) -> dict[str, str] | None:
    if not pair:
        return None
    value, tag = str(pair[0]), str(pair[1])
    binding = {"type": "literal", "value": value}
    if tag:
        binding["xml:lang"] = tag
    return binding


def summary_bindings(
    summary: str | Mapping[str, object], lang: str = "en"
) -> dict[str, dict[str, str]]:
    """The columns of the described ``who_said.rq`` row, from a ``kg:whoSaidSummary``.

    Bindings are in SPARQL 1.1 JSON results shape (as the server's rows); an
    unbound column is absent.  Labels follow the description's rules: the least
    label (by value, then language) among those in ``lang`` (``LANGMATCHES``),
    or among all of an entity's labels when it has none in ``lang``; the role
    is the least role label; ``about`` joins the distinct names of the targets
    with ``" | "``, sorted (the query's ``GROUP_CONCAT`` order is the engine's).
    """
    data: Mapping[str, Any] = json.loads(summary) if isinstance(summary, str) else summary
    out: dict[str, dict[str, str]] = {"speaker": {"type": "uri", "value": str(data["s"])}}

    def least(groups: Sequence[Sequence[Sequence[str]]]) -> dict[str, str] | None:
        names = [n for labels in groups for n in _names(labels, lang)]
        return _literal(min(names)) if names else None

    for key, value in (
        ("speakerLabel", least([data.get("sl", [])])),
        ("role", _literal(data.get("r"))),
        ("stateLabel", least(data.get("st", []))),
        ("viaLabel", least(data.get("v", []))),
        ("content", _literal(data.get("c"))),
        ("cue", _literal(data.get("cu"))),
        ("title", _literal(data.get("t"))),
        ("source", _literal(data.get("so"))),
    ):
        if value is not None:
            out[key] = value
    about = sorted({n for labels in data.get("a", []) for n in _names(labels, lang)})
    if about:
        langs = {tag for _, tag in about}
        joined = {"type": "literal", "value": " | ".join(v for v, _ in about)}
        if len(langs) == 1 and "" not in langs:
            joined["xml:lang"] = langs.pop()
        out["about"] = joined
    if "d" in data:
        out["direct"] = {
            "type": "literal",
            "value": "true" if data["d"] else "false",
            "datatype": XSD.boolean.value,
        }
    if "p" in data:
        out["published"] = {"type": "literal", "value": str(data["p"]), "datatype": XSD.date.value}
    if "u" in data:
        out["url"] = {"type": "uri", "value": str(data["u"])}
    return out


def expand_summary(
    row: Mapping[str, dict[str, str]], lang: str = "en"
) -> dict[str, dict[str, str]]:
    """A row of the summary form of ``who_said.rq`` (SPARQL JSON bindings) as the row
    of the described form: ``statement``, ``date`` and ``article`` as they are, the
    rest from ``summary`` (:func:`summary_bindings`)."""
    out = {k: v for k, v in row.items() if k != "summary"}
    summary = row.get("summary")
    if summary is not None:
        out.update(summary_bindings(summary["value"], lang))
    return out


def term_binding(term: Term) -> dict[str, str]:
    """A pyoxigraph term in SPARQL JSON results shape."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, Literal):
        binding = {"type": "literal", "value": term.value}
        if term.language:
            binding["xml:lang"] = term.language
        elif term.datatype != XSD.string:
            binding["datatype"] = term.datatype.value
        return binding
    return {"type": "bnode", "value": str(term)}


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
    A bounded range about one or more entities (no speaker) is read from the
    who-said pages when they are current (:func:`who_said_pages_plan`, month by month
    until the limit is reached); otherwise a range of up to
    :data:`MAX_INDEX_MONTHS` months is answered from the who-said index
    (:func:`who_said_query`).
    """
    indexed, summarised = who_said_coverage(kg)
    about_iris, speaker_iris = _iris(kg, about), _iris(kg, speaker)
    plan = (
        who_said_pages_plan(kg.iris, about=about_iris, since=since, until=until)
        if indexed and summarised and not speaker_iris and pages_current(kg.store)
        else None
    )
    if plan is not None:

        def select(query: str) -> list[dict[str, dict[str, str]]]:
            return [
                {k: term_binding(v) for k, v in solution.items() if v is not None}
                for solution in kg.sparql(query)
            ]

        return [_statement_row(r) for r in read_pages(plan, select, lang, limit)]
    query = who_said_query(
        kg.iris,
        about=about_iris,
        speaker=speaker_iris,
        since=since,
        until=until,
        lang=lang,
        limit=limit,
        use_index=since is not None and until is not None and indexed,
        summary=summarised,
    )
    rows = []
    for solution in kg.sparql(query):
        row = {k: term_binding(v) for k, v in solution.items() if v is not None}
        if summarised:
            row = expand_summary(row, lang)
        rows.append(_statement_row(row))
    return rows


def _statement_row(row: Mapping[str, dict[str, str]]) -> StatementRow:
    """A row of ``who_said.rq`` (SPARQL JSON bindings, described or expanded) as a
    :class:`StatementRow`."""

    def v(key: str) -> str | None:
        binding = row.get(key)
        return binding["value"] if binding is not None else None

    return StatementRow(
        statement=v("statement") or "",
        speaker=v("speaker") or "",
        speaker_label=v("speakerLabel") or "",
        role=v("role"),
        state=v("stateLabel"),
        content=v("content") or "",
        cue=v("cue"),
        direct=v("direct") == "true",
        date=v("date"),
        via=v("viaLabel"),
        about=sorted(a for a in (v("about") or "").split(" | ") if a),
        article=v("article") or "",
        title=v("title"),
        source=v("source"),
        published=v("published"),
        url=v("url"),
    )


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
