"""The knowledge graph: an Oxigraph store (on disk, or in memory) with article semantics.

Store semantics
---------------
* Each article's facts live in their own named graph, named by the article IRI.
* Writing an article is **one SPARQL update** (``DROP SILENT GRAPH <g> ;
  INSERT DATA { GRAPH <g> { … } }``).  pyoxigraph runs one update call as one
  transaction, so the article is written whole or not at all, and since
  readers see a snapshot, a concurrent reader never sees half an article.
  Writers are serialised by a lock in this process; RocksDB's LOCK file keeps
  other processes out (they get :class:`~kg.errors.StoreLockedError`).
* Re-ingesting identical content (same content hash, same extractor version)
  changes nothing; a changed article with the same id replaces its graph.
* The default graph of queries is the union of all article graphs (and of the
  ontology graph and the who-said pages' graph, which are not articles).
* The who-said pages (:mod:`kg.rdf.who_said_pages`), the who-said-about answer
  precomputed per actor and day, are rewritten in the same update as each
  article written or removed here; any other write (:meth:`KnowledgeGraph.update`,
  the server's SPARQL updates and Graph Store writes) marks them stale first, and
  opening the store for writing writes them anew when they are stale or missing.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
    parse,
)

from kg import answers, config
from kg._version import __version__
from kg.errors import QueryError, StoreError, StoreLockedError
from kg.models import Article, Extraction
from kg.rdf import who_said_pages
from kg.rdf.iris import IRIs
from kg.rdf.mapping import WHO_SAID_INDEX_VERSION, extraction_quads
from kg.vocab import KG, PREFIXES, PROV, XSD, ontology_path

ONTOLOGY_GRAPH = NamedNode("https://w3id.org/statekg/ontology")
"""The graph holding ``ontology/kg.ttl`` and ``ontology/plover.ttl`` in every store."""
WHO_SAID_GRAPH = who_said_pages.WHO_SAID_GRAPH
"""The graph of the who-said pages (:mod:`kg.rdf.who_said_pages`)."""
KG_VERSION_INFO = NamedNode("http://www.w3.org/2002/07/owl#versionInfo")

__all__ = [
    "ONTOLOGY_GRAPH",
    "WHO_SAID_GRAPH",
    "Augmenter",
    "DumpFormat",
    "IngestOutcome",
    "IngestResult",
    "KnowledgeGraph",
    "Stats",
    "Term",
]

Term = NamedNode | BlankNode | Literal | Triple
Augmenter = Callable[["KnowledgeGraph", Extraction, list[Quad]], Iterable[Quad]]


class DumpFormat(StrEnum):
    """Formats of :meth:`KnowledgeGraph.dump`."""

    TURTLE = "turtle"
    TRIG = "trig"
    NQUADS = "nquads"
    NTRIPLES = "ntriples"
    JSONLD = "jsonld"
    RDFXML = "rdfxml"

    @property
    def rdf_format(self) -> RdfFormat:
        """The pyoxigraph format."""
        return {
            DumpFormat.TURTLE: RdfFormat.TURTLE,
            DumpFormat.TRIG: RdfFormat.TRIG,
            DumpFormat.NQUADS: RdfFormat.N_QUADS,
            DumpFormat.NTRIPLES: RdfFormat.N_TRIPLES,
            DumpFormat.JSONLD: RdfFormat.JSON_LD,
            DumpFormat.RDFXML: RdfFormat.RDF_XML,
        }[self]


class IngestOutcome(StrEnum):
    """What writing an article did to the store."""

    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class IngestResult:
    """The result of writing one article."""

    article_id: str
    graph: str
    outcome: IngestOutcome
    entities: int = 0
    statements: int = 0
    relations: int = 0
    quads: int = 0


def _sparql_term(term: Term) -> str:
    if isinstance(term, BlankNode):  # never produced by the mapping
        raise StoreError("blank nodes are not written by statekg")
    return str(term)


@functools.cache
def _ontology_quads() -> tuple[Quad, ...]:
    quads: list[Quad] = []
    for name in ("kg.ttl", "plover.ttl"):
        try:
            path = ontology_path(name)
        except FileNotFoundError:
            continue
        quads.extend(
            Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH)
            for t in parse(path=str(path), format=RdfFormat.TURTLE)
        )
    return tuple(quads)


class KnowledgeGraph:
    """A statekg knowledge graph over a pyoxigraph store.

    :param path: folder of the on-disk store (created if missing); ``None``
        for an in-memory store (tests, quick looks).
    :param base_iri: base of minted IRIs (default: setting ``base_iri``).
    :param read_only: open an existing store read-only (several processes may).

    >>> kg = KnowledgeGraph()
    >>> kg.stats().articles
    0
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        base_iri: str | None = None,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.iris = IRIs(base_iri or config.base_iri())
        self.read_only = read_only
        self._write_lock = threading.Lock()
        self.page_journal: who_said_pages.Journal | None = None
        """While ``kg serve``'s writer builds the who-said pages again
        (:mod:`kg.server.pages_build`): the articles added or removed since it began and
        the day buckets they touch, whose pages the build brings up to date last."""
        self.augmenters: list[Augmenter] = []
        """Functions ``(kg, extraction, quads) -> quads`` whose extra quads (in the article's
        graph) are written in the same transaction as the article, e.g. event clustering."""
        if not read_only:
            from kg.network.events import install

            install(self)
        self._store: Store | None = self._open(self.path, read_only)
        if not read_only:
            self._ensure_ontology()
            self._ensure_who_said_pages()

    @staticmethod
    def _open(path: Path | None, read_only: bool) -> Store:
        if path is None:
            return Store()
        try:
            if read_only:
                if not path.is_dir():
                    raise StoreError(f"no store at {path}")
                return Store.read_only(str(path))
            if path.exists() and not path.is_dir():
                raise StoreError(f"{path} exists and is not a store folder")
            path.parent.mkdir(parents=True, exist_ok=True)
            return Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"{path} is open read-write by another process (stop it, or open read-only)"
                ) from exc
            raise StoreError(f"cannot open store {path}: {str(exc).splitlines()[0]}") from exc

    def _ensure_ontology(self) -> None:
        """Keep the ontology and the PLOVER scheme in their own graph, at this version.

        With them in the store, SPARQL users can aggregate relations by
        PLOVER type and quad class without loading anything.
        """
        current = Literal(__version__)
        if self.store.contains_named_graph(ONTOLOGY_GRAPH) and any(
            self.store.quads_for_pattern(None, KG_VERSION_INFO, current, ONTOLOGY_GRAPH)
        ):
            return
        quads = _ontology_quads()
        with self._write_lock:
            self._update(f"DROP SILENT GRAPH {ONTOLOGY_GRAPH}")
            self.store.extend(quads)

    def _ensure_who_said_pages(self) -> None:
        """Write the who-said pages from the article graphs when they are stale or missing
        (a store written before they existed, or changed by a SPARQL update)."""
        self.refresh_who_said_pages(atomic=False)

    def refresh_who_said_pages(self, *, atomic: bool = True) -> int | None:
        """Write the who-said pages anew from the article graphs when they are not current
        (:func:`~kg.rdf.who_said_pages.rebuild`); the number of pages written, ``None``
        when they were current.  ``atomic`` writes the new pages and their marker in one
        transaction (``kg serve``'s writer, which runs it after a write left them stale);
        otherwise they are bulk-loaded (faster, for opening a store)."""
        if who_said_pages.pages_current(self.store):
            return None
        with self._write_lock:
            try:
                return who_said_pages.rebuild(self.store, atomic=atomic)
            except (OSError, RuntimeError, ValueError) as exc:
                raise StoreError(f"write failed: {str(exc).splitlines()[0]}") from exc

    # -- context management ------------------------------------------------
    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def store(self) -> Store:
        """The underlying pyoxigraph store."""
        if self._store is None:
            raise StoreError(f"store {self.path} is closed")
        return self._store

    def close(self) -> None:
        """Flush to disk and release the store (its lock, for another process)."""
        if self._store is not None:
            if self.path is not None and not self.read_only:
                self._store.flush()
            self._store = None

    # -- writing -------------------------------------------------------------
    def article_iri(self, article: Article | str) -> NamedNode:
        """The IRI (and graph name) of an article or article id."""
        return self.iris.article(article if isinstance(article, str) else article.id)

    def is_current(self, article: Article, extractor: str, version: str) -> bool:
        """True if the store holds this exact article content from this extractor version,
        written with the current who-said index (so upgrading statekg re-writes older articles)."""
        g = self.article_iri(article)
        ext = self.iris.extractor(extractor, version)
        index = Literal(str(WHO_SAID_INDEX_VERSION), datatype=XSD.integer)
        return bool(
            self._ask(
                f"ASK {{ GRAPH {g} {{ {g} {KG.contentHash} {Literal(article.content_hash)} ; "
                f"{PROV.wasGeneratedBy} {ext} ; {KG.whoSaidIndex} {index} }} }}"
            )
        )

    def add(self, extraction: Extraction) -> IngestResult:
        """Write one extraction as its article's graph, atomically.

        Identical content from the same extractor version is left alone; a
        changed article replaces its graph.
        """
        art = extraction.article
        g = self.article_iri(art)
        self._check_writable()
        with self._write_lock:
            if self.is_current(art, extraction.extractor, extraction.extractor_version):
                return IngestResult(art.id, g.value, IngestOutcome.UNCHANGED)
            existed = self.store.contains_named_graph(g)
            quads = list(extraction_quads(extraction, self.iris))
            for augment in self.augmenters:
                quads.extend(q for q in augment(self, extraction, quads) if q.graph_name == g)
            body = " .\n".join(
                f"{_sparql_term(qd.subject)} {_sparql_term(qd.predicate)} {_sparql_term(qd.object)}"
                for qd in dict.fromkeys(quads)
            )
            write = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}"
            self._update(
                who_said_pages.article_update(self.store, g, quads, write, self.page_journal)
            )
        return IngestResult(
            art.id,
            g.value,
            IngestOutcome.REPLACED if existed else IngestOutcome.ADDED,
            entities=len(extraction.entities),
            statements=len(extraction.quotes),
            relations=len(extraction.relations),
            quads=len(quads),
        )

    def ingest(self, article: Article) -> IngestResult:
        """Extract facts from ``article`` with the default extractor and write them."""
        from kg.extractors import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract

        if self.is_current(article, EXTRACTOR_NAME, EXTRACTOR_VERSION):
            return IngestResult(
                article.id, self.article_iri(article).value, IngestOutcome.UNCHANGED
            )
        return self.add(extract(article))

    def remove(self, article_id: str) -> bool:
        """Drop an article's graph; True if it was there."""
        self._check_writable()
        g = self.iris.article(article_id)
        with self._write_lock:
            if not self.store.contains_named_graph(g):
                return False
            drop = f"DROP GRAPH {g}"
            self._update(
                who_said_pages.article_update(self.store, g, None, drop, self.page_journal)
            )
        return True

    def update(self, sparql: str) -> None:
        """Run one SPARQL update as one transaction, serialised with the other writers.

        The who-said pages are marked stale first (their own transaction): an update
        may change any article, and queries then go back to the who-said index until
        the store is next opened for writing (:mod:`kg.rdf.who_said_pages`)."""
        self._check_writable()
        with self._write_lock:
            self._update(who_said_pages.invalidate())
            self._update(sparql)

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")

    def _update(self, update: str) -> None:
        """Run one SPARQL update (one transaction)."""
        try:
            self.store.update(update)
        except (OSError, SyntaxError, ValueError, RuntimeError) as exc:
            raise StoreError(f"write failed: {str(exc).splitlines()[0]}") from exc

    # -- reading -------------------------------------------------------------
    def query(
        self,
        sparql: str,
        *,
        substitutions: Mapping[str, Term] | None = None,
        union: bool = True,
    ) -> QuerySolutions | QueryBoolean | QueryTriples:
        """Run a SPARQL query; the default graph is the union of article graphs.

        Raises :class:`~kg.errors.QueryError` with the parser's message.
        """
        from pyoxigraph import Variable

        subs = {Variable(k): v for k, v in (substitutions or {}).items()}
        try:
            return self.store.query(
                sparql,
                prefixes=PREFIXES,
                use_default_graph_as_union=union,
                substitutions=subs or None,
            )
        except SyntaxError as exc:
            raise QueryError(f"malformed query: {str(exc).splitlines()[0]}") from exc
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from exc

    def sparql(self, sparql: str, **substitutions: Term) -> list[dict[str, Term]]:
        """SELECT rows as dicts of pyoxigraph terms (ASK gives ``[{"boolean": …}]``)."""
        result = self.query(sparql, substitutions=substitutions)
        if isinstance(result, QueryBoolean):
            return [{"boolean": Literal(bool(result))}]
        if isinstance(result, QueryTriples):
            return [
                {"subject": t.subject, "predicate": t.predicate, "object": t.object} for t in result
            ]
        names = [v.value for v in result.variables]
        return [{n: sol[n] for n in names if sol[n] is not None} for sol in result]

    def _ask(self, sparql: str) -> bool:
        result = self.query(sparql, union=False)
        return bool(result)

    def graphs(self) -> Iterator[NamedNode]:
        """Names of the article graphs (the ontology graph and the who-said pages' graph
        are not articles)."""
        for g in self.store.named_graphs():
            if isinstance(g, NamedNode) and g not in (ONTOLOGY_GRAPH, WHO_SAID_GRAPH):
                yield g

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        """All quads, or those of one graph."""
        return iter(self.store.quads_for_pattern(None, None, None, graph))

    def __len__(self) -> int:
        return len(self.store)

    def dump(
        self,
        output: IO[bytes] | str | Path | None = None,
        fmt: DumpFormat = DumpFormat.TRIG,
        *,
        graph: NamedNode | None = None,
        graphs: Iterable[NamedNode] | None = None,
        ontology: bool = False,
        canonical: bool = False,
    ) -> bytes | None:
        """Serialise the store (or one article graph) in ``fmt``; see :mod:`kg.dump`.

        Triple formats (Turtle, N-Triples, RDF/XML) merge the selected graphs
        into one (each shared triple once); dataset formats (TriG, N-Quads,
        JSON-LD) keep the graph names.  Output is streamed, graph by graph; a
        path is written atomically.  ``canonical`` gives byte-identical output
        for the same graph.  The ontology graph is left out unless ``ontology``.
        Returns the bytes when ``output`` is ``None``.
        """
        import io

        from kg import dump as dumps

        chosen = [graph] if graph is not None else (list(graphs) if graphs is not None else None)
        options: dict[str, Any] = {"graphs": chosen, "ontology": ontology, "canonical": canonical}
        if output is None:
            buffer = io.BytesIO()
            dumps.write(self, buffer, fmt, **options)
            return buffer.getvalue()
        if isinstance(output, str | Path):
            dumps.write_path(self, output, fmt, **options)
        else:
            dumps.write(self, output, fmt, **options)
        return None

    # -- questions (see kg.answers) -----------------------------------------
    def resolve(self, name: str) -> list[answers.Entity]:
        """Entities called ``name`` (Arabic, English, alias or QID)."""
        return answers.resolve(self, name)

    def who_said(self, **kwargs: Any) -> list[answers.StatementRow]:
        """Who said what about whom; see :func:`kg.answers.who_said`."""
        return answers.who_said(self, **kwargs)

    def relations(
        self, a: str | None = None, b: str | None = None, **kwargs: Any
    ) -> list[answers.RelationRow]:
        """Relations between two actors or states; see :func:`kg.answers.relations`."""
        return answers.relations(self, a, b, **kwargs)

    def stats(self) -> Stats:
        """Counts of articles, statements, relations, entities and quads."""
        from kg.queries import load

        row = next(iter(self.sparql(load("stats"))), {})

        def n(key: str) -> int:
            value = row.get(key)
            return int(value.value) if isinstance(value, Literal) else 0

        return Stats(
            articles=n("articles"),
            statements=n("statements"),
            relations=n("relations"),
            entities=n("entities"),
            linked_entities=n("linked"),
            quads=len(self.store),
        )


@dataclass(frozen=True)
class Stats:
    """What the graph holds."""

    articles: int
    statements: int
    relations: int
    entities: int
    linked_entities: int
    quads: int
