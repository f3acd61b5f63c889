"""``kg serve``: run the SPARQL endpoint and web pages over a store."""

from __future__ import annotations

import logging
import os
from typing import Annotated

import typer

from kg import config
from kg.cli._common import StoreOption, store_path, translate_errors


@translate_errors
def serve(
    store: StoreOption = None,
    host: Annotated[
        str, typer.Option(help="Interface to bind (127.0.0.1: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
    base_iri: Annotated[
        str | None,
        typer.Option(
            "--base-iri",
            help="Base of minted IRIs (default: $KG_BASE_IRI); IRIs under it "
            "dereference here by path.",
        ),
    ] = None,
    timeout: Annotated[
        float, typer.Option(help="Seconds a query may run before it is killed (503).")
    ] = 10.0,
    max_body: Annotated[
        int, typer.Option("--max-body", help="Largest request body in bytes (413).")
    ] = 10 * 1024 * 1024,
    row_cap: Annotated[int, typer.Option("--row-cap", help="Most rows an HTML view shows.")] = 1000,
    cors: Annotated[
        list[str] | None,
        typer.Option(
            "--cors", help="Allow this origin by CORS (repeatable; '*' for any). Off by default."
        ),
    ] = None,
    updates: Annotated[
        bool,
        typer.Option(
            "--updates", help="Accept SPARQL updates and Graph Store writes (with the token)."
        ),
    ] = False,
    token: Annotated[
        str | None,
        typer.Option(
            help="Bearer token for writes and /ingest (default: $KG_TOKEN, else generated).",
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Query worker processes (default: 4 per core, at most 32).")
    ] = None,
    demote_after: Annotated[
        float,
        typer.Option(
            "--demote-after",
            help="Seconds after which a running query yields the CPU to short ones (0: never).",
        ),
    ] = 0.1,
    federation: Annotated[
        bool,
        typer.Option(
            "--federation", help="Allow SERVICE in queries (the server fetches the URLs)."
        ),
    ] = False,
    result_cache: Annotated[
        float | None,
        typer.Option(
            "--result-cache",
            help="MB of complete answers to reuse until the next write "
            "(default: $KG_RESULT_CACHE_MB, else 0 = off).",
            min=0,
        ),
    ] = None,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn log level.")] = "info",
) -> None:
    """Serve the store: SPARQL 1.1 endpoint, Graph Store, Linked Data and web pages.

    The server holds the store read-write; `kg ingest` on the same store
    sends its articles to the server. The token is in <store>.server.json.

    Example: kg serve --store kg-store --port 7878
    """
    import uvicorn

    from kg.server import Settings, create_app
    from kg.store import KnowledgeGraph

    where = store_path(store)
    settings = Settings(
        store=where,
        base_iri=base_iri or config.base_iri(),
        host=host,
        port=port,
        query_timeout=timeout,
        max_body=max_body,
        html_row_cap=row_cap,
        cors_origins=list(cors or []),
        updates=updates,
        federation=federation,
        demote_after=demote_after or None,
        token=token or os.environ.get("KG_TOKEN") or None,
    )
    if workers:
        settings.workers = workers
    if result_cache is not None:
        settings.result_cache = int(result_cache * 1024 * 1024)
    kg = KnowledgeGraph(where, base_iri=settings.base_iri)  # fails fast if the store is locked
    app = create_app(settings, kg)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    typer.echo(
        f"statekg serving {where} at {settings.url} "
        f"(SPARQL {settings.url}sparql; token in {where}.server.json)",
        err=True,
    )
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False)


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the app."""
    app.command("serve")(serve)
