"""The SPARQL 1.1 Protocol endpoint: ``/sparql`` (queries and updates), ``/query``, ``/update``.

* Queries: ``GET ?query=``, ``POST`` form (``query=``) or ``application/sparql-query``,
  with ``default-graph-uri`` / ``named-graph-uri``.  Without them the
  default graph is the union of all graphs.  Run in a worker process (see
  :mod:`kg.server.pool`), serialised there, and streamed.
* Updates: ``POST`` form (``update=``) or ``application/sparql-update``, with
  ``using-graph-uri`` / ``using-named-graph-uri``; 403 unless updates are
  enabled, 401 without the right bearer token, 204 when done (visible to
  the next query).
* A bare ``GET`` answers the Service Description.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from kg.errors import KGError
from kg.rdf import who_said_pages
from kg.server.context import ServerContext
from kg.server.describe import rdf_document, service_description
from kg.server.negotiation import GRAPH_TYPES, RESULTS_TYPES, negotiate, prefers_html
from kg.server.pool import ResultStream
from kg.server.responses import content_type, stream_response
from kg.server.sparql_text import DatasetConflictError, apply_using, uses_service
from kg.server.web import (
    HTTPException,
    check_charset,
    decode_utf8,
    media_type,
    parse_params,
    read_body,
    require_updates,
)
from kg.store import KnowledgeGraph

__all__ = ["query_endpoint", "sparql_endpoint", "update_endpoint"]

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


def _one(params: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in params if k == name]
    if len(values) > 1:
        raise HTTPException(400, f"more than one {name!r} parameter")
    return values[0] if values else None


def _all(params: list[tuple[str, str]], name: str) -> list[str]:
    return [v for k, v in params if k == name]


def _endpoint_url(request: Request) -> str:
    return str(request.url.replace(query="", fragment=""))


async def _read(
    request: Request, ctx: ServerContext
) -> tuple[str | None, list[tuple[str, str]], str | None]:
    """(kind, parameters, text) of a request; kind is "query", "update" or None (bare GET)."""
    url_params = parse_params(request.url.query)
    if request.method in ("GET", "HEAD"):
        if _all(url_params, "update"):
            raise HTTPException(400, "updates must be sent with POST")
        text = _one(url_params, "query")
        return ("query" if text is not None else None), url_params, text
    mtype, mparams = media_type(request)
    body = await read_body(request, ctx.settings.max_body)
    if mtype is None:
        raise HTTPException(415, f"missing Content-Type: use {FORM}, {QUERY} or {UPDATE}")
    check_charset(mparams)
    if mtype == FORM:
        params = url_params + parse_params(body)
        query, update = _one(params, "query"), _one(params, "update")
        if query is not None and update is not None:
            raise HTTPException(400, "a request holds either a query or an update, not both")
        if query is not None:
            return "query", params, query
        if update is not None:
            return "update", params, update
        raise HTTPException(400, "missing 'query' or 'update' parameter")
    if mtype == QUERY:
        return "query", url_params, decode_utf8(body, "query")
    if mtype == UPDATE:
        return "update", url_params, decode_utf8(body, "update")
    raise HTTPException(415, f"unsupported Content-Type {mtype}: use {FORM}, {QUERY} or {UPDATE}")


def server_timing(stream: ResultStream, started: float) -> str:
    """A ``Server-Timing`` header value for an answer (see ``Settings.server_timing``).

    ``queue`` is the wait for a worker, ``worker`` the worker's time from the
    task to the end of the answer (``cpu`` of it on a core, ``runq`` waiting
    for one; the rest blocked, mostly reading ``read`` bytes from storage),
    ``total`` the server's time from the request to its answer (ms).
    """
    parts = [f"queue;dur={stream.waited * 1000:.3f}"]
    timing = stream.timing
    if timing:
        for name in ("worker", "cpu", "runq"):
            value = timing.get("wall" if name == "worker" else name, 0.0)
            parts.append(f"{name};dur={float(value):.3f}")
        parts.append(f"read;desc={int(timing.get('read', 0))}")
    parts.append(f"total;dur={(time.monotonic() - started) * 1000:.3f}")
    return ", ".join(parts)


async def run_query(
    request: Request,
    ctx: ServerContext,
    text: str,
    params: list[tuple[str, str]],
    started: float | None = None,
) -> Response:
    """Run a query with the dataset and format the request asks for."""
    accept = request.headers.get("accept")
    results = negotiate(accept, RESULTS_TYPES)
    graph = negotiate(accept, GRAPH_TYPES)
    if results is None and graph is None:
        raise HTTPException(
            406,
            "the Accept header allows no result format; use application/sparql-results+json, "
            "+xml, text/csv, text/tab-separated-values, or an RDF format for CONSTRUCT",
        )
    if not ctx.settings.federation and uses_service(text):
        raise HTTPException(
            400, "SERVICE (federated query) is disabled on this server; start it with --federation"
        )
    default = _all(params, "default-graph-uri")
    named = _all(params, "named-graph-uri")
    dataset = bool(default or named)
    stream = await ctx.pool.query(
        text,
        results_format=results,
        media_type=graph,
        default_graphs=default if dataset else None,
        named_graphs=named if dataset else None,
        base_iri=_endpoint_url(request),
        timing=ctx.settings.server_timing,
    )
    headers = None
    if ctx.settings.server_timing:
        headers = {"Server-Timing": server_timing(stream, started or time.monotonic())}
    return stream_response(stream, head=request.method == "HEAD", headers=headers)


async def run_update(
    request: Request, ctx: ServerContext, text: str, params: list[tuple[str, str]]
) -> Response:
    """Run an update in the writer thread (token-protected)."""
    require_updates(request, ctx.settings)
    if ctx.writer is None:
        raise HTTPException(503, "this server has no writer")
    try:
        update = apply_using(
            text, _all(params, "using-graph-uri"), _all(params, "using-named-graph-uri")
        )
    except DatasetConflictError as exc:
        raise HTTPException(400, str(exc)) from None
    base = _endpoint_url(request)

    def job(kg: KnowledgeGraph) -> None:
        # an update may change any article: the who-said pages are marked stale first
        kg.store.update(who_said_pages.invalidate())
        kg.store.update(update, base_iri=base)

    try:
        await ctx.writer.write(job)
    except SyntaxError as exc:
        raise HTTPException(400, str(exc)) from None
    except (OSError, RuntimeError, ValueError, KGError) as exc:
        raise HTTPException(500, f"update failed: {exc}") from None
    return Response(status_code=204)


def describe_service(request: Request, ctx: ServerContext) -> Response:
    """The Service Description, content-negotiated (Turtle by default)."""
    accept = request.headers.get("accept")
    if prefers_html(accept, GRAPH_TYPES):
        return RedirectResponse("/", status_code=303)
    media = negotiate(accept, GRAPH_TYPES)
    if media is None:
        raise HTTPException(406, "the service description is available as RDF (text/turtle, ...)")
    endpoint = _endpoint_url(request)
    body = rdf_document(service_description(ctx, endpoint), media, endpoint)
    return Response(body, media_type=content_type(media), headers={"Vary": "Accept"})


def sparql_endpoint(
    ctx: ServerContext, *, queries: bool = True, updates: bool = True
) -> Callable[[Request], Awaitable[Response]]:
    """The handler of an endpoint accepting queries and/or updates."""

    async def handler(request: Request) -> Response:
        started = time.monotonic()
        kind, params, text = await _read(request, ctx)
        if kind is None:
            return describe_service(request, ctx)
        assert text is not None
        if kind == "query":
            if not queries:
                raise HTTPException(400, "this endpoint takes updates; send queries to /sparql")
            return await run_query(request, ctx, text, params, started)
        if not updates:
            raise HTTPException(
                415 if request.headers.get("content-type", "").startswith(UPDATE) else 400,
                "this endpoint takes queries; send updates to /sparql or /update",
            )
        return await run_update(request, ctx, text, params)

    return handler


def query_endpoint(ctx: ServerContext) -> Callable[[Request], Awaitable[Response]]:
    """``/query``: queries only (like ``oxigraph serve``)."""
    return sparql_endpoint(ctx, queries=True, updates=False)


def update_endpoint(ctx: ServerContext) -> Callable[[Request], Awaitable[Response]]:
    """``/update``: updates only."""
    return sparql_endpoint(ctx, queries=False, updates=True)
