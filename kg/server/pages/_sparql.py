"""The SPARQL of the pages (``kg/server/pages/queries/*.rq``) and how it is run.

Queries are filled with :func:`kg.queries.render` (RDF terms rendered by
pyoxigraph, never raw user strings) and run through the server context, so
the worker pool's timeouts hold for page queries as for ``/sparql``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.answers import who_said_index_complete, who_said_index_query, who_said_summary_complete
from kg.queries import TermArg, render
from kg.rdf.who_said_pages import current_query

if TYPE_CHECKING:
    from kg.server.context import ServerContext
    from kg.server.pages._html import Row

__all__ = [
    "DEFAULT_ROW_CAP",
    "page_query",
    "row_cap",
    "select_capped",
    "who_said_coverage",
    "who_said_pages_current",
    "with_limit",
]

DEFAULT_ROW_CAP = 500
"""Rows an HTML table shows when the settings do not say."""


@cache
def page_query(name: str) -> str:
    """The text of ``kg/server/pages/queries/{name}.rq``."""
    return (
        resources.files(__package__).joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")
    )


def with_limit(template: str, limit: int) -> str:
    """Fill ``{{limit}}`` with a plain integer (``render`` would write a typed literal,
    which ``LIMIT`` does not accept)."""
    return template.replace("{{limit}}", str(int(limit)))


def row_cap(ctx: ServerContext) -> int:
    """Most rows an HTML view shows: ``settings.html_row_cap``, else 500."""
    cap = getattr(ctx.settings, "html_row_cap", None)
    return int(cap) if isinstance(cap, int) and cap > 0 else DEFAULT_ROW_CAP


async def select_capped(
    ctx: ServerContext, template: str, cap: int, **params: TermArg
) -> tuple[list[Row], bool]:
    """Rows of a rendered query, at most ``cap`` of them, and whether more existed."""
    return await select_text_capped(ctx, render(template, **params), cap)


async def select_text_capped(ctx: ServerContext, query: str, cap: int) -> tuple[list[Row], bool]:
    """Rows of a query text, at most ``cap`` of them, and whether more existed (the
    worker stops reading after ``cap + 1``)."""
    rows = await ctx.select(query, limit=cap + 1)
    return rows[:cap], len(rows) > cap


async def who_said_coverage(ctx: ServerContext) -> tuple[bool, bool]:
    """Whether the who-said index, and the statement summaries, cover every article
    (:func:`kg.answers.who_said_coverage`), checked once per checkpoint."""
    gen, _ = ctx.pool.checkpoint()
    cached = ctx.extras.get("who_said_index")
    if cached is not None and cached[0] == gen:
        return bool(cached[1]), bool(cached[2])
    rows = await ctx.select(who_said_index_query())
    index, summary = who_said_index_complete(rows), who_said_summary_complete(rows)
    ctx.extras["who_said_index"] = (gen, index, summary)
    return index, summary


async def who_said_pages_current(ctx: ServerContext) -> bool:
    """Whether the who-said pages cover every article (this version's marker is in the
    store, :func:`kg.rdf.who_said_pages.pages_current`), checked once per checkpoint."""
    gen, _ = ctx.pool.checkpoint()
    cached = ctx.extras.get("who_said_pages")
    if cached is not None and cached[0] == gen:
        return bool(cached[1])
    rows = await ctx.select(current_query())
    current = bool(rows) and rows[0].get("boolean", {}).get("value") == "true"
    ctx.extras["who_said_pages"] = (gen, current)
    return current
