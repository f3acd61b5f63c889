"""The ASGI application: :func:`create_app` wires settings, store, writer, workers and routes."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from kg._version import __version__
from kg.errors import QueryError, StoreError
from kg.server.context import LOCAL_KINDS, QueryTimeoutError, ServerBusyError, ServerContext
from kg.server.describe import rdf_document, void_description, void_stats
from kg.server.gsp import graph_store
from kg.server.ingest_api import ingest_handler
from kg.server.limits import BodyLimit
from kg.server.linked import resource_handler, search_handler
from kg.server.negotiation import DATASET_TYPES, GRAPH_TYPES, negotiate
from kg.server.pool import QueryFailedError, WorkerPool
from kg.server.responses import StreamAbortedError, content_type, stream_response
from kg.server.settings import Settings
from kg.server.sparql import query_endpoint, sparql_endpoint, update_endpoint
from kg.server.web import HTTPException
from kg.server.writer import Snapshots, Writer
from kg.store import KnowledgeGraph

__all__ = ["create_app", "read_server_file", "server_file"]

log = logging.getLogger("kg.server")

Handler = Callable[[Request], Awaitable[Response]]


def server_file(store: Path) -> Path:
    """``<store>.server.json``: where a running server says how to reach it."""
    store = Path(store)
    return store.parent / f"{store.name}.server.json"


def read_server_file(store: Path) -> dict[str, Any] | None:
    """The server file of ``store`` if there is one (``url``, ``pid``, ``token``, ``store``)."""
    path = server_file(store)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_server_file(settings: Settings) -> Path:
    path = server_file(settings.store)
    payload = {
        "url": settings.url,
        "pid": os.getpid(),
        "token": settings.token,
        "store": str(Path(settings.store).resolve()),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "version": __version__,
    }
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        os.fchmod(f.fileno(), 0o600)
        json.dump(payload, f)
    os.replace(tmp, path)
    return path


def _remove_server_file(settings: Settings) -> None:
    data = read_server_file(settings.store)
    if data is not None and data.get("pid") == os.getpid():
        with contextlib.suppress(OSError):
            server_file(settings.store).unlink()


def _text_error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return PlainTextResponse(message.rstrip("\n") + "\n", status_code=status, headers=headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _text_error(exc.status_code, str(exc.detail), dict(exc.headers or {}))


async def _query_error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, QueryTimeoutError):
        return _text_error(503, f"query timeout: {exc}")
    if isinstance(exc, ServerBusyError):
        return _text_error(503, str(exc), {"Retry-After": "1"})
    if isinstance(exc, QueryFailedError):
        prefix = {400: "malformed query: ", 500: "query failed: "}.get(exc.status, "")
        return _text_error(exc.status, prefix + exc.message)
    return _text_error(400, str(exc))


async def _store_error(request: Request, exc: Exception) -> Response:
    return _text_error(500, f"store error: {exc}")


def _void(ctx: ServerContext) -> Handler:
    async def handler(request: Request) -> Response:
        media = negotiate(request.headers.get("accept"), GRAPH_TYPES)
        if media is None:
            raise HTTPException(406, "VoID is available as text/turtle, application/ld+json, ...")
        stats = await void_stats(ctx)
        body = rdf_document(void_description(ctx, stats), media, ctx.url)
        return Response(body, media_type=content_type(media), headers={"Vary": "Accept"})

    return handler


def _dump(ctx: ServerContext) -> Handler:
    async def handler(request: Request) -> Response:
        media = negotiate(request.headers.get("accept"), DATASET_TYPES)
        if media is None:
            raise HTTPException(
                406, "the dump is available as application/trig or application/n-quads"
            )
        stream = await ctx.pool.dump(None, media, prefixes=ctx.prefixes)
        return stream_response(stream, head=request.method == "HEAD")

    return handler


def _status(ctx: ServerContext) -> Handler:
    async def handler(request: Request) -> Response:
        gen, _ = ctx.pool.checkpoint()
        return JSONResponse(
            {
                "version": __version__,
                "generation": gen,
                "workers": ctx.pool.size,
                "idle_workers": ctx.pool.idle,
                "background_queries": ctx.pool.background,
                "demoted_queries": ctx.pool.demoted,
                "paused_queries": ctx.pool.paused,
                "killed_workers": ctx.pool.killed,
                "result_cache": _cache_status(ctx.pool),
                "updates": ctx.settings.updates,
                "query_timeout": ctx.settings.query_timeout,
                "base_iri": ctx.base_iri,
                "who_said_pages": _pages_status(ctx),
            }
        )

    return handler


def _pages_status(ctx: ServerContext) -> dict[str, object] | None:
    """Builds of the who-said pages by the writer (``None`` without a writer)."""
    writer = ctx.writer
    if writer is None:
        return None
    return {
        "building": writer.building,
        "builds": writer.rebuilds,
        "stopped": writer.abandoned,
        "longest_step_ms": round(writer.longest_step * 1000, 1),
    }


def _cache_status(pool: WorkerPool) -> dict[str, int] | None:
    """Size and hit counts of the result cache (``None`` when it is off)."""
    cache = pool.cache
    if cache is None:
        return None
    return {
        "capacity": cache.capacity,
        "bytes": cache.size,
        "entries": len(cache),
        "generation": cache.generation,
        "hits": cache.hits,
        "misses": cache.misses,
    }


def _feature_routes(ctx: ServerContext) -> list[BaseRoute]:
    """Routes of other features: the network view (``/graph``) and reconciliation."""
    from kg.network.web import graph_routes
    from kg.wikidata.reconcile import reconcile_routes

    return [*graph_routes(ctx), *reconcile_routes(ctx)]


def _page_routes(ctx: ServerContext) -> list[BaseRoute]:
    from kg.server.pages import page_routes

    return list(page_routes(ctx))


class StatekgApp(Starlette):
    """Starlette, plus: a stream that fails after its 200 is cut, not completed.

    Uvicorn closes the connection of a response that was started but not
    finished; the client then reports an incomplete transfer.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        except StreamAbortedError as exc:
            log.warning(
                "%s %s: response cut after it started: %s",
                scope.get("method"),
                scope.get("path"),
                exc,
            )


def create_app(settings: Settings, kg: KnowledgeGraph | None = None) -> Starlette:
    """The statekg server as an ASGI app.

    The store is opened read-write at startup (or ``kg`` is used, already
    open on ``settings.store``); the app owns it until shutdown.  A token is
    generated when ``settings.token`` is empty.  While the app runs,
    ``<store>.server.json`` (0600) holds its URL, pid and token.
    """
    if not settings.token:
        settings.token = secrets.token_urlsafe(32)
    snapshots = Snapshots(Path(settings.store))

    def checkpoint() -> tuple[int, Path]:
        return snapshots.current, snapshots.path(snapshots.current)

    pool: WorkerPool

    def collect() -> None:
        snapshots.collect(pool.generations_in_use())

    pool = WorkerPool(
        settings.workers,
        settings.query_timeout,
        checkpoint,
        on_idle_change=collect,
        demote_after=settings.demote_after,
        result_cache=settings.result_cache,
        loop_nice=settings.loop_nice,
        normal_nice=settings.worker_nice,
    )
    ctx = ServerContext(settings=settings, pool=pool)

    def published(gen: int) -> None:
        collect()
        task = asyncio_create_task(pool.refresh_idle())
        ctx.extras.setdefault("tasks", set()).add(task)
        task.add_done_callback(ctx.extras["tasks"].discard)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        graph = kg if kg is not None else KnowledgeGraph(settings.store, base_iri=settings.base_iri)
        writer = Writer(graph, snapshots, on_publish=published)
        try:
            await writer.start()
            ctx.writer = writer
            await pool.start()
            _write_server_file(settings)
            log.info("statekg serving %s at %s", settings.store, settings.url)
            yield
        finally:
            _remove_server_file(settings)
            await pool.close()
            writer.close()
            for callback in ctx.extras.get("shutdown", []):
                with contextlib.suppress(Exception):
                    callback()
            snapshots.remove_all()

    sparql = sparql_endpoint(ctx)
    gsp = graph_store(ctx)
    resource = resource_handler(ctx)
    routes: list[BaseRoute] = [
        Route("/sparql", sparql, methods=["GET", "HEAD", "POST"]),
        Route("/query", query_endpoint(ctx), methods=["GET", "HEAD", "POST"]),
        Route("/update", update_endpoint(ctx), methods=["GET", "HEAD", "POST"]),
        Route("/store", gsp, methods=["GET", "HEAD", "PUT", "POST", "DELETE"]),
        Route("/store/{path:path}", gsp, methods=["GET", "HEAD", "PUT", "POST", "DELETE"]),
        Route("/.well-known/void", _void(ctx), methods=["GET", "HEAD"]),
        Route("/void", _void(ctx), methods=["GET", "HEAD"]),
        Route("/dump", _dump(ctx), methods=["GET", "HEAD"]),
        Route("/ingest", ingest_handler(ctx), methods=["POST"]),
        Route("/api/search", search_handler(ctx), methods=["GET"]),
        Route("/api/status", _status(ctx), methods=["GET"]),
        Route("/resource", resource, methods=["GET", "HEAD"]),
        *[
            Route(f"/{kind}/{{rest:path}}", resource, methods=["GET", "HEAD"])
            for kind in LOCAL_KINDS
        ],
        *_page_routes(ctx),
        *_feature_routes(ctx),
    ]
    middleware = [Middleware(BodyLimit, limit=settings.max_body)]
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=settings.cors_origins,
                allow_methods=["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"],
                allow_headers=["Authorization", "Content-Type", "Accept"],
                expose_headers=["Location", "Content-Type"],
                max_age=600,
            )
        )
    app = StatekgApp(
        routes=routes,
        middleware=middleware,
        lifespan=lifespan,
        exception_handlers={
            HTTPException: _http_error,
            QueryError: _query_error,
            StoreError: _store_error,
        },
    )
    app.state.ctx = ctx
    return app


def asyncio_create_task(coro: Any) -> Any:
    """``asyncio.create_task`` (kept separate so the publish hook stays synchronous)."""
    import asyncio

    return asyncio.get_running_loop().create_task(coro)
