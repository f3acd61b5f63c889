"""The browser side of ``kg serve``: the web page, its JSON API and Linked Data HTML.

* ``/`` — a SPARQL editor with the example queries of ``examples/queries``,
  a paged results table over ``/sparql``, and a "who said what about whom"
  search with autocomplete (``kg/server/static``: our own HTML, CSS and JS,
  nothing fetched from elsewhere, so it works offline);
* ``/static/…`` — those files;
* ``/api/autocomplete?q=&lang=&limit=`` — entity names in Arabic or English;
* ``/api/who-said?about=&speaker=&since=&until=&lang=`` — statement rows;
* ``/api/queries`` — the example queries with their titles;
* :func:`render_resource_html` — the HTML page of any minted IRI, which the
  server's Linked Data route returns to browsers.

Every page query runs through the :class:`~kg.server.context.ServerContext`,
so the server's per-query timeout and worker isolation hold for them too.
"""

from __future__ import annotations

from dataclasses import asdict
from functools import cache
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from kg.errors import KGError, LinkingError, QueryError
from kg.server.pages.api import autocomplete, example_queries, who_said
from kg.server.pages.resource import ResourceNotFoundError, normalise_lang, render_resource_html

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from kg.server.context import ServerContext

__all__ = [
    "STATIC_DIR",
    "ResourceNotFoundError",
    "page_routes",
    "preferred_language",
    "render_resource_html",
]

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
"""The web page's HTML, CSS and JavaScript (``kg/server/static``)."""


def preferred_language(request: Request) -> str:
    """``ar`` or ``en``: the ``lang`` query parameter, else the first in ``Accept-Language``."""
    asked = request.query_params.get("lang")
    if asked:
        return normalise_lang(asked)
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(request.headers.get("accept-language", "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        code = tag.strip().lower().split("-")[0]
        if code in ("ar", "en") and q > 0:
            ranked.append((-q, i, code))
    return sorted(ranked)[0][2] if ranked else "en"


@cache
def _index_template() -> str:
    return (STATIC_DIR / "index.html").read_text(encoding="utf-8")


def index_html(ctx: ServerContext) -> str:
    """The web page, with the base IRI filled in (links to minted IRIs stay on this server)."""
    from kg.server.context import LOCAL_KINDS

    return (
        _index_template()
        .replace("{{base_iri}}", escape(ctx.base_iri, quote=True))
        .replace("{{local_kinds}}", escape(" ".join(LOCAL_KINDS), quote=True))
    )


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)


def _json_api(
    handler: Callable[[Request], Awaitable[Any]],
) -> Callable[[Request], Awaitable[Response]]:
    """Wrap an API handler: JSON out, statekg errors as JSON with a fitting status."""

    async def endpoint(request: Request) -> Response:
        from kg.server.context import QueryTimeoutError, ServerBusyError

        try:
            return JSONResponse(await handler(request))
        except ValueError as exc:
            return _error(400, str(exc))
        except LinkingError as exc:
            return _error(404, str(exc))
        except (QueryTimeoutError, ServerBusyError) as exc:
            return _error(503, str(exc))
        except (QueryError, KGError) as exc:
            return _error(500, str(exc))

    return endpoint


def _int(value: str | None, default: int) -> int:
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"not a number: {value!r}") from None


def page_routes(ctx: ServerContext) -> list[BaseRoute]:
    """The routes of the web page, its static files and its JSON API."""

    async def index(request: Request) -> Response:
        return HTMLResponse(index_html(ctx))

    async def api_autocomplete(request: Request) -> Any:
        p = request.query_params
        results = await autocomplete(
            ctx, p.get("q", ""), lang=p.get("lang", "en"), limit=_int(p.get("limit"), 10)
        )
        return {"query": p.get("q", ""), "results": results}

    async def api_who_said(request: Request) -> Any:
        p = request.query_params
        return await who_said(
            ctx,
            about=p.get("about"),
            speaker=p.get("speaker"),
            since=p.get("since"),
            until=p.get("until"),
            lang=p.get("lang", "en"),
        )

    async def api_queries(request: Request) -> Any:
        return {"queries": [asdict(q) for q in example_queries()]}

    return [
        Route("/", index, methods=["GET", "HEAD"], name="index"),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
        Route("/api/autocomplete", _json_api(api_autocomplete), methods=["GET", "HEAD"]),
        Route("/api/who-said", _json_api(api_who_said), methods=["GET", "HEAD"]),
        Route("/api/queries", _json_api(api_queries), methods=["GET", "HEAD"]),
    ]
