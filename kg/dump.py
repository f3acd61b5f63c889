"""Streaming dumps of the knowledge graph (``kg dump``).

Memory stays flat as the store grows: quads are read graph by graph from the
store's indexes and handed to pyoxigraph's serialiser as a lazy iterator, so
the whole dataset is never in memory.  What is held is one list of graph names
(one per article) and, in canonical mode, one article graph at a time or one
sort chunk.

Formats
    Dataset formats (TriG, N-Quads, JSON-LD) keep one named graph per article.
    Triple formats (Turtle, N-Triples, RDF/XML) merge the selected graphs into one
    graph; a triple that several articles share (an entity's label, typically) is
    written once, with the first selected graph that holds it in the store's index
    order (an index lookup per quad, no set of seen triples).

Canonical mode (``canonical=True``)
    The same graph gives byte-identical output whatever order it was written in,
    so releases can be diffed.  Dataset formats: graphs in IRI order, each graph's
    quads sorted by their N-Triples form (one article in memory at a time).  Triple
    formats: the N-Triples lines of all selected graphs go through an external
    merge sort (sorted chunks in temporary files, merged, duplicates dropped), so
    memory stays bounded by the chunk size.  Prefixes are fixed.  statekg never
    writes blank nodes, so no blank-node canonicalisation (RDNA) is needed; a blank
    node in canonical mode is an error (the ontology graph has some: dump it
    without ``--canonical`` or use ``ontology/*.ttl``).

Profiles
    ``kg`` (default) is the graph as stored; ``wikidata`` is the subset that has a
    Wikidata counterpart, in Wikidata's own RDF shape (see :mod:`kg.wikidata.profile`).
"""

from __future__ import annotations

import contextlib
import heapq
import io
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    RdfFormat,
    Store,
    Triple,
    parse,
    serialize,
)

from kg.errors import KGError, StoreError
from kg.vocab import PREFIXES, SCHEMA

if TYPE_CHECKING:
    from kg.store import DumpFormat, KnowledgeGraph

__all__ = [
    "DumpSummary",
    "Profile",
    "dump_prefixes",
    "merged_triples",
    "select_graphs",
    "write",
    "write_path",
]

SORT_CHUNK_LINES = 200_000
"""Lines sorted in memory at once by the external sort of canonical triple dumps."""


class Profile(StrEnum):
    """What a dump contains."""

    KG = "kg"
    WIKIDATA = "wikidata"


@dataclass(frozen=True)
class DumpSummary:
    """What a dump wrote."""

    graphs: int
    items: int
    """Quads (dataset formats) or triples (triple formats) written."""
    seconds: float
    skipped: int = 0
    """Articles the Wikidata profile left out (no URL to cite)."""


def dump_prefixes(kg: KnowledgeGraph, profile: Profile = Profile.KG) -> dict[str, str]:
    """Readable prefixes: the vocabulary's and the store's minted-IRI prefixes."""
    if profile is Profile.WIKIDATA:
        from kg.wikidata.profile import profile_prefixes

        return profile_prefixes(kg.iris)
    return {**PREFIXES, **kg.iris.prefixes()}


def _parse_day(value: str | date | None, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise KGError(f"{what} must be a date YYYY-MM-DD (got {value!r})") from None


def select_graphs(
    kg: KnowledgeGraph,
    articles: Iterable[str | NamedNode] | None = None,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
) -> list[NamedNode]:
    """The article graphs a dump covers, in store order.

    :param articles: article ids or graph IRIs (default: all articles).
    :param since: keep articles published on or after this day (inclusive).
    :param until: keep articles published on or before this day (inclusive).
        With ``since`` or ``until``, articles without a publication date are left out.
    :raises KGError: an unknown article, or a malformed date.
    """
    first = _parse_day(since, "--since")
    last = _parse_day(until, "--until")
    if first and last and first > last:
        raise KGError(f"--since {first} is after --until {last}")
    existing = list(kg.graphs())
    if articles is not None:
        known = set(existing)
        chosen: list[NamedNode] = []
        for a in articles:
            g = a if isinstance(a, NamedNode) else _graph_of(kg, a)
            if g not in known:
                raise KGError(f"no article graph {g.value} in the store")
            if g not in chosen:
                chosen.append(g)
    else:
        chosen = existing
    if first is None and last is None:
        return chosen
    kept: list[NamedNode] = []
    for g in chosen:
        day = _published(kg, g)
        if day is None or (first and day < first) or (last and day > last):
            continue
        kept.append(g)
    return kept


def _graph_of(kg: KnowledgeGraph, article: str) -> NamedNode:
    if "://" in article or article.startswith("urn:"):
        return NamedNode(article)
    return kg.article_iri(article)


def _published(kg: KnowledgeGraph, g: NamedNode) -> date | None:
    for q in kg.store.quads_for_pattern(g, SCHEMA.datePublished, None, g):
        if isinstance(q.object, Literal):
            with contextlib.suppress(ValueError):
                return date.fromisoformat(q.object.value[:10])
    return None


# -- reading -----------------------------------------------------------------------------


def _owner(store: Store, q: Quad | Triple, selected: set[NamedNode]) -> NamedNode | None:
    """The selected graph that "owns" a triple: the first, in index order, that holds it.

    The store's index order is fixed, so every lookup of the same triple names
    the same owner; with all graphs selected the first match is the owner.
    """
    for other in store.quads_for_pattern(q.subject, q.predicate, q.object, None):
        g = other.graph_name
        if isinstance(g, NamedNode) and g in selected:
            return g
    return None


def merged_triples(store: Store, graphs: list[NamedNode]) -> Iterator[Triple]:
    """The union of ``graphs`` as triples, each once, streamed graph by graph.

    A triple held by several graphs is yielded with its owner (:func:`_owner`);
    finding out costs one index lookup, not a set of the triples seen so far.
    """
    selected = set(graphs)
    several = len(graphs) > 1
    for g in graphs:
        for q in store.quads_for_pattern(None, None, None, g):
            if not several or _owner(store, q, selected) == g:
                yield Triple(q.subject, q.predicate, q.object)


def _graph_quads(store: Store, graphs: list[NamedNode]) -> Iterator[Quad]:
    for g in graphs:
        yield from store.quads_for_pattern(None, None, None, g)


def _line(t: Quad | Triple) -> str:
    for term in (t.subject, t.object):
        if isinstance(term, BlankNode):
            raise KGError(
                "a canonical dump cannot hold blank nodes (statekg writes none; the ontology "
                "graph has some: leave it out, or dump without --canonical)"
            )
    return f"{t.subject} {t.predicate} {t.object} .\n"


def _canonical_quads(store: Store, graphs: list[NamedNode]) -> Iterator[Quad]:
    """Graphs in IRI order, each sorted by the N-Triples form of its triples."""
    for g in sorted(graphs, key=lambda n: n.value):
        keyed = [(_line(q), q) for q in store.quads_for_pattern(None, None, None, g)]
        keyed.sort(key=lambda kq: kq[0])
        for _, q in keyed:
            yield q


class _LinesReader(io.RawIOBase):
    """A binary file over an iterator of text lines (for pyoxigraph's parser)."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while len(self._buf) < len(b):
            try:
                self._buf += next(self._lines).encode("utf-8")
            except StopIteration:
                break
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def external_sort(lines: Iterable[str], *, chunk: int | None = None) -> Iterator[str]:
    """``lines`` sorted (by code point) with duplicates dropped, in bounded memory.

    Chunks of ``chunk`` lines (default :data:`SORT_CHUNK_LINES`) are sorted in
    memory and spilled to temporary files, which are then merged; a single
    chunk never touches the disk.
    """
    chunk = chunk or SORT_CHUNK_LINES
    with tempfile.TemporaryDirectory(prefix="kg-sort-") as tmp:
        runs: list[Path] = []
        buf: list[str] = []
        for line in lines:
            buf.append(line)
            if len(buf) >= chunk:
                runs.append(_spill(sorted(set(buf)), Path(tmp), len(runs)))
                buf = []
        if not runs:
            yield from sorted(set(buf))
            return
        if buf:
            runs.append(_spill(sorted(set(buf)), Path(tmp), len(runs)))
        with contextlib.ExitStack() as stack:
            files = [stack.enter_context(p.open(encoding="utf-8", newline="\n")) for p in runs]
            previous = None
            for line in heapq.merge(*files):
                if line != previous:
                    yield line
                    previous = line


def _spill(lines: list[str], folder: Path, n: int) -> Path:
    path = folder / f"run-{n:06d}.nt"
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
    return path


def _sorted_triples(items: Iterable[Quad | Triple]) -> Iterator[Triple]:
    reader = io.BufferedReader(_LinesReader(external_sort(_line(t) for t in items)))
    for q in parse(reader, RdfFormat.N_TRIPLES):
        yield Triple(q.subject, q.predicate, q.object)


# -- writing -----------------------------------------------------------------------------


class _Counter:
    def __init__(self) -> None:
        self.n = 0

    def count(self, items: Iterable[Quad | Triple]) -> Iterator[Quad | Triple]:
        for it in items:
            self.n += 1
            yield it


def _as_quads(items: Iterable[Quad | Triple]) -> Iterator[Quad]:
    for it in items:
        if isinstance(it, Quad):
            yield it
        else:
            yield Quad(it.subject, it.predicate, it.object, DefaultGraph())


def write(
    kg: KnowledgeGraph,
    output: IO[bytes],
    fmt: DumpFormat | RdfFormat,
    *,
    graphs: list[NamedNode] | None = None,
    ontology: bool = False,
    canonical: bool = False,
    profile: Profile = Profile.KG,
    retrieved: date | None = None,
) -> DumpSummary:
    """Serialise the selected article graphs to ``output``, streamed.

    :param graphs: article graphs (default: all; see :func:`select_graphs`).
    :param ontology: add the ontology graph (profile ``kg`` only; not canonical).
    :param canonical: byte-identical output for the same graph (see the module doc).
    :param profile: ``kg`` (the graph as stored) or ``wikidata`` (Wikidata's shape).
    :param retrieved: the day the articles were retrieved, for ``pr:P813`` in the
        Wikidata profile (left out when not given: statekg does not record it).
    """
    from kg.store import ONTOLOGY_GRAPH

    started = time.perf_counter()
    rdf = fmt if isinstance(fmt, RdfFormat) else fmt.rdf_format
    chosen = list(graphs) if graphs is not None else list(kg.graphs())
    store = kg.store
    counter = _Counter()
    skipped = 0
    if profile is Profile.WIKIDATA:
        from kg.wikidata.profile import WikidataProfile

        maker = WikidataProfile(kg, chosen, retrieved=retrieved)
        items: Iterable[Quad | Triple] = maker.triples()
        if canonical:
            items = _sorted_triples(items)
    else:
        if ontology and ONTOLOGY_GRAPH not in chosen:
            chosen.append(ONTOLOGY_GRAPH)
        if rdf.supports_datasets:
            items = _canonical_quads(store, chosen) if canonical else _graph_quads(store, chosen)
        elif canonical:
            items = _sorted_triples(_graph_quads(store, chosen))
        else:
            items = merged_triples(store, chosen)
    stream = counter.count(items)
    prefixes = dump_prefixes(kg, profile)
    try:
        if rdf.supports_datasets:
            serialize(_as_quads(stream), output, rdf, prefixes=prefixes)
        else:
            serialize(stream, output, rdf, prefixes=prefixes)  # type: ignore[arg-type]
    except (OSError, ValueError, RuntimeError) as exc:
        if isinstance(exc.__cause__, KGError):
            raise exc.__cause__ from None
        raise StoreError(f"dump failed: {str(exc).splitlines()[0]}") from exc
    if profile is Profile.WIKIDATA:
        skipped = maker.skipped
    return DumpSummary(
        graphs=len(chosen), items=counter.n, seconds=time.perf_counter() - started, skipped=skipped
    )


def write_path(
    kg: KnowledgeGraph,
    path: str | Path,
    fmt: DumpFormat | RdfFormat,
    *,
    graphs: list[NamedNode] | None = None,
    ontology: bool = False,
    canonical: bool = False,
    profile: Profile = Profile.KG,
    retrieved: date | None = None,
) -> DumpSummary:
    """:func:`write` to a file, atomically: a temporary file next to it, renamed when done.

    A failed dump leaves any earlier file at ``path`` untouched.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            summary = write(
                kg,
                fh,
                fmt,
                graphs=graphs,
                ontology=ontology,
                canonical=canonical,
                profile=profile,
                retrieved=retrieved,
            )
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            tmp.chmod(0o644)  # mkstemp makes it 0600
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return summary
