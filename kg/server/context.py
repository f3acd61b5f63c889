"""What route code (ours and the pages') needs from a running server.

:class:`ServerContext` is the one object handed to route factories.  Queries
go through the worker pool (same timeout and process isolation as the
``/sparql`` endpoint), so a slow page query cannot stall the server.

Rows returned by :meth:`ServerContext.select` use the SPARQL 1.1 JSON results
shape for each bound value::

    {"type": "uri", "value": "http://…/entity/Q79"}
    {"type": "literal", "value": "مصر", "xml:lang": "ar"}
    {"type": "literal", "value": "2024-05-01", "datatype": "http://www.w3.org/2001/XMLSchema#date"}
    {"type": "bnode", "value": "b0"}

Unbound variables are absent from the row dict.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from pyoxigraph import RdfFormat

from kg.errors import QueryError
from kg.rdf.iris import IRIs
from kg.server.settings import Settings
from kg.vocab import PREFIXES

if TYPE_CHECKING:
    from kg.server.pool import WorkerPool
    from kg.server.writer import Writer

__all__ = [
    "LOCAL_KINDS",
    "Binding",
    "QueryTimeoutError",
    "Row",
    "ServerBusyError",
    "ServerContext",
]

Binding = dict[str, str]
"""One bound value in SPARQL JSON shape: ``type``, ``value``, optional ``xml:lang``/``datatype``."""
Row = dict[str, Binding]
"""One solution: variable name (without ``?``) → bound value."""

LOCAL_KINDS: tuple[str, ...] = (
    "entity",
    "article",
    "statement",
    "relation",
    "role",
    "mention",
    "event",
    "statement-cluster",
)
"""First path segments of minted IRIs that dereference on the server."""


class QueryTimeoutError(QueryError):
    """A query ran past the server's timeout; its worker was killed."""


class ServerBusyError(QueryError):
    """No query worker became free in time."""


@dataclass
class ServerContext:
    """Shared state of one server: settings, IRIs, the query pool and the writer.

    Pages code uses :meth:`select`, :meth:`ask` and :meth:`construct`; all
    raise :class:`~kg.errors.QueryError` (malformed query or failure),
    :class:`QueryTimeoutError` or :class:`ServerBusyError`.
    """

    settings: Settings
    pool: WorkerPool
    writer: Writer | None = None
    iris: IRIs = field(init=False)
    prefixes: dict[str, str] = field(init=False)
    extras: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.iris = IRIs(self.settings.base_iri)
        self.prefixes = {**PREFIXES, **self.iris.prefixes()}

    # -- identity --------------------------------------------------------------
    @property
    def base_iri(self) -> str:
        """Base of minted IRIs (ends with ``/`` or ``#``)."""
        return self.iris.base

    @property
    def row_cap(self) -> int:
        """Most rows an HTML view may show."""
        return self.settings.html_row_cap

    @property
    def url(self) -> str:
        """Root URL of this server (ends with ``/``)."""
        return self.settings.url

    def local_path(self, iri: str) -> str | None:
        """The server path where ``iri`` dereferences, or ``None`` if it is not ours.

        ``{base}entity/Q79`` → ``/entity/Q79``; Arabic slugs are percent-encoded.
        """
        base = self.iris.base
        if not iri.startswith(base):
            return None
        rest = iri[len(base) :]
        if rest.split("/", 1)[0] not in LOCAL_KINDS:
            return None
        return "/" + quote(rest, safe="/-._~:!$&'()*+,;=@")

    def iri_for_path(self, path: str) -> str:
        """The minted IRI a server path stands for (inverse of :meth:`local_path`)."""
        return self.iris.base + unquote(path.lstrip("/"))

    def href(self, iri: str) -> str:
        """A link for ``iri``: the local path when the IRI is ours, else the IRI itself."""
        return self.local_path(iri) or iri

    # -- queries -----------------------------------------------------------------
    async def select(
        self,
        sparql: str,
        *,
        limit: int | None = None,
        timeout: float | None = None,
    ) -> list[Row]:
        """Run a SELECT (default graph = union of article graphs); rows as JSON bindings.

        ``limit`` stops reading after that many rows (the worker stops too).
        The statekg prefixes (``kg:``, ``rdfs:``, ``wd:``, ``schema:``…) are
        predeclared.  An ASK gives ``[{"boolean": {"type": "literal", "value": "true"}}]``.
        """
        result = await self.pool.rows(sparql, limit=limit, timeout=timeout)
        return result

    async def ask(self, sparql: str, *, timeout: float | None = None) -> bool:
        """Run an ASK query."""
        rows = await self.pool.rows(sparql, limit=1, timeout=timeout)
        if not rows or "boolean" not in rows[0]:
            raise QueryError("not an ASK query")
        return rows[0]["boolean"]["value"] == "true"

    async def construct(
        self,
        sparql: str,
        fmt: RdfFormat | str = RdfFormat.TURTLE,
        *,
        timeout: float | None = None,
    ) -> bytes:
        """Run a CONSTRUCT or DESCRIBE and serialise it (``fmt``: RdfFormat or media type)."""
        media = fmt.media_type if isinstance(fmt, RdfFormat) else fmt
        chunks = [c async for c in self.stream_graph(sparql, media, timeout=timeout)]
        return b"".join(chunks)

    async def stream_graph(
        self, sparql: str, media_type: str, *, timeout: float | None = None
    ) -> AsyncIterator[bytes]:
        """Like :meth:`construct` but yields the serialisation in chunks (prefixes predeclared)."""
        stream = await self.pool.query(
            sparql, media_type=media_type, prefixes=PREFIXES, timeout=timeout
        )
        if stream.kind != "triples":
            await stream.aclose()
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        async for chunk in stream:
            yield chunk

    def on_shutdown(self, callback: Callable[[], None]) -> None:
        """Register something to run when the server stops."""
        self.extras.setdefault("shutdown", []).append(callback)
