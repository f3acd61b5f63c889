"""``kg ingest`` and ``kg demo``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.cli._common import StoreOption, stdout_is_terminal, store_path, translate_errors
from kg.errors import KGError
from kg.ingest import IngestSummary, ingest_store
from kg.store import IngestOutcome, IngestResult, KnowledgeGraph


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from None


def print_summary(summary: IngestSummary, store: Path) -> None:
    """The one-paragraph summary printed after an ingest."""
    if stdout_is_terminal():
        typer.echo("\r\033[K", nl=False)
    typer.echo(
        f"{summary.count(IngestOutcome.ADDED)} added, "
        f"{summary.count(IngestOutcome.REPLACED)} replaced, "
        f"{summary.count(IngestOutcome.UNCHANGED)} unchanged, "
        f"{len(summary.errors)} failed; "
        f"{summary.statements} statements, {summary.relations} relations, "
        f"{summary.entities} entities written to {store}"
    )


def _reporter(quiet: bool) -> Callable[[IngestResult | KGError], None]:
    """Progress: a live counter on a terminal, else one line per article; errors on stderr."""
    live = stdout_is_terminal()
    counts = {"done": 0, "failed": 0}

    def report(item: IngestResult | KGError) -> None:
        if isinstance(item, KGError):
            counts["failed"] += 1
            if live and not quiet:
                typer.echo("\r\033[K", nl=False)
            typer.echo(f"error: {item}", err=True)
        else:
            counts["done"] += 1
        if quiet or (isinstance(item, KGError) and not live):
            return
        if live:
            typer.echo(
                f"\r\033[K  ingesting: {counts['done']} articles, {counts['failed']} failed"
                + (f" — {item.article_id}" if isinstance(item, IngestResult) else ""),
                nl=False,
            )
        elif isinstance(item, IngestResult):
            typer.echo(
                f"  {item.outcome.value:<9} {item.article_id}  "
                f"({item.statements} statements, {item.relations} relations)"
            )

    return report


def run_ingest(
    store: Path, paths: list[Path], *, quiet: bool, **meta: Any
) -> tuple[IngestSummary, KnowledgeGraph | None]:
    """Ingest with a line per article (errors on stderr, one line each) and a summary.

    When a running ``kg serve`` holds the store, the articles go through it
    (:mod:`kg.remote`); otherwise the store is opened here.  Returns the
    summary and the open graph (None when the server did the writing).
    """
    summary, graph = ingest_store(
        store,
        paths,
        on_article=_reporter(quiet),
        on_server=None
        if quiet
        else lambda url: typer.echo(
            f"store {store} is held by kg serve at {url}: ingesting through it"
        ),
        **meta,
    )
    print_summary(summary, store)
    return summary, graph


@translate_errors
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders: .txt, .json, .jsonl, .html.")
    ],
    store: StoreOption = None,
    lang: Annotated[
        str | None, typer.Option(help="Language of .txt inputs (ar, en); detected if not given.")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Outlet name for .txt inputs.")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for .txt inputs.")
    ] = None,
    url: Annotated[str | None, typer.Option(help="URL of a single .txt input.")] = None,
    title: Annotated[str | None, typer.Option(help="Headline of a single .txt input.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary.")] = False,
) -> None:
    """Read articles, extract who said what and who did what, and store them.

    Each article is one transaction, in its own named graph. Bad files are
    reported on stderr (one line each) and skipped; the others are ingested,
    and the exit code is 1 if any failed.

    Example: kg ingest examples/articles --store kg-store
    """
    where = store_path(store)
    summary, kg = run_ingest(
        where,
        paths,
        quiet=quiet,
        lang=lang,
        source=source,
        published=_parse_date(published),
        url=url,
        title=title,
    )
    if kg is not None:
        kg.close()
    if not summary.ok:
        raise typer.Exit(1)


@translate_errors
def demo(
    store: StoreOption = None,
    about: Annotated[
        str | None, typer.Option(help="Only statements about this entity (ar/en name or QID).")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many statements.")] = 25,
) -> None:
    """Ingest the bundled example articles and show who said what about whom.

    Example: kg demo --store kg-store
    """
    from kg.cli.ask import print_statements
    from kg.examples import example_articles_path

    where = store_path(store)
    summary, kg = run_ingest(where, [example_articles_path()], quiet=True)
    if kg is None:  # a server holds the store: ask it through a read-only view
        kg = KnowledgeGraph(where, read_only=True)
    with kg:
        stats = kg.stats()
        typer.echo(
            f"store {where}: {stats.articles} articles, {stats.statements} statements, "
            f"{stats.relations} relations, {stats.entities} entities"
        )
        typer.echo(f"\nWho said what about whom{f' ({about})' if about else ''}:")
        print_statements(kg.who_said(about=about, limit=limit))
    if not summary.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``demo`` to the app."""
    app.command("ingest")(ingest)
    app.command("demo")(demo)
