"""statekg: a knowledge graph of relations between states, built from Arabic and English news.

>>> import kg
>>> graph = kg.open()            # in memory; kg.open("kg-store") for a store on disk
>>> graph.stats().articles
0

The curated API: :func:`open` and :class:`KnowledgeGraph` (ingest, who_said,
relations, sparql, dump, stats), :func:`extract` and :func:`read_articles`,
the pydantic contract (:class:`Article`, :class:`Extraction`, :class:`Entity`,
:class:`Statement`, :class:`Relation`, :class:`RelationType`,
:class:`Modality`), and :class:`KGError`, the base of every error.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg._version import __version__
from kg.errors import KGError
from kg.models import Article, Entity, Extraction, Modality, Relation, RelationType, Statement
from kg.store import KnowledgeGraph

if TYPE_CHECKING:
    from kg.errors import InputError

__all__ = [
    "Article",
    "Entity",
    "Extraction",
    "KGError",
    "KnowledgeGraph",
    "Modality",
    "Relation",
    "RelationType",
    "Statement",
    "__version__",
    "extract",
    "open",
    "read_articles",
]


def open(path: str | Path | None = None, **options: Any) -> KnowledgeGraph:
    """Open (or create) a knowledge graph: on disk at ``path``, in memory if ``None``.

    Options are those of :class:`KnowledgeGraph` (``base_iri``, ``read_only``).
    """
    return KnowledgeGraph(path, **options)


def extract(article: Article) -> Extraction:
    """Extract entities, statements and relations from one article (nothing is stored)."""
    from kg.extractors import extract as run

    return run(article)


def read_articles(paths: Iterable[str | Path], **metadata: Any) -> Iterator[Article | InputError]:
    """Articles (or one-line input errors) from files and folders; see :mod:`kg.articles`."""
    from kg.articles import read_articles as read

    return read(paths, **metadata)
