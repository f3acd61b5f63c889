"""Ingest files of articles into a knowledge graph: read, extract, write — one article at a time.

Each article is one transaction (see :mod:`kg.store`).  A bad file is reported
and skipped; the good ones are still ingested, and nothing already in the store
is touched by a failure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kg.errors import InputError, KGError, StoreLockedError
from kg.models import Article
from kg.store import IngestOutcome, IngestResult, KnowledgeGraph

__all__ = ["IngestSummary", "ingest_paths", "ingest_store"]


@dataclass
class IngestSummary:
    """What an ingest run did."""

    results: list[IngestResult] = field(default_factory=list)
    errors: list[KGError] = field(default_factory=list)

    def count(self, outcome: IngestOutcome) -> int:
        """How many articles had that outcome."""
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def statements(self) -> int:
        """Statements written (added or replaced articles)."""
        return sum(r.statements for r in self.results)

    @property
    def relations(self) -> int:
        """Relations written (added or replaced articles)."""
        return sum(r.relations for r in self.results)

    @property
    def entities(self) -> int:
        """Entity mentions written, counted per article."""
        return sum(r.entities for r in self.results)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.errors


def ingest_paths(
    kg: KnowledgeGraph,
    paths: Iterable[str | Path],
    *,
    lang: str | None = None,
    source: str | None = None,
    published: date | None = None,
    url: str | None = None,
    title: str | None = None,
    on_article: Callable[[IngestResult | KGError], None] | None = None,
) -> IngestSummary:
    """Read every article under ``paths`` and ingest it into ``kg``.

    Metadata flags apply to inputs that do not carry their own (``.txt``).
    ``on_article`` is called after each article (or error), for progress bars.
    """
    from kg.articles import read_articles

    summary = IngestSummary()
    for item in read_articles(
        paths, lang=lang, source=source, published=published, url=url, title=title
    ):
        outcome: IngestResult | KGError
        if isinstance(item, Article):
            try:
                outcome = kg.ingest(item)
            except KGError as exc:
                outcome = (
                    exc
                    if isinstance(exc, InputError)
                    else InputError(str(exc), path=item.path or item.id)
                )
        else:
            outcome = item
        if isinstance(outcome, IngestResult):
            summary.results.append(outcome)
        else:
            summary.errors.append(outcome)
        if on_article is not None:
            on_article(outcome)
    return summary


def ingest_store(
    store: str | Path,
    paths: Iterable[str | Path],
    *,
    on_article: Callable[[IngestResult | KGError], None] | None = None,
    on_server: Callable[[str], None] | None = None,
    **metadata: Any,
) -> tuple[IngestSummary, KnowledgeGraph | None]:
    """Ingest ``paths`` into the store folder ``store``, whoever holds it.

    The store is opened read-write here; when a running ``kg serve`` holds it
    (RocksDB lets one process write), the articles go through that server
    instead (:mod:`kg.remote`) and ``on_server`` is told its URL.  Returns the
    summary and the open graph, or None when the server did the writing.
    Raises :class:`~kg.errors.StoreLockedError` when another process that is
    not a statekg server holds the store.
    """
    try:
        graph = KnowledgeGraph(store)
    except StoreLockedError:
        from kg.remote import find_server, ingest_via_server

        server = find_server(store)
        if server is None:
            raise
        if on_server is not None:
            on_server(server.url)
        return ingest_via_server(paths, server, on_article=on_article, **metadata), None
    return ingest_paths(graph, paths, on_article=on_article, **metadata), graph
