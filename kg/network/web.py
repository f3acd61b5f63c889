"""The ``/graph`` page of ``kg serve``: an interactive network of states and actors.

* ``/graph`` — the page (``kg/network/static/graph.html``): a force-directed
  layout computed in the browser by our own JavaScript (``graph.js``; no
  third-party code), drawn in SVG; nodes can be dragged, the view zoomed and
  panned; hovering shows what links two nodes, clicking a node opens its page.
* ``/graph/static/…`` — its script and style sheet.
* ``/api/graph?level=&since=&until=&types=&modality=`` — the network as JSON:
  nodes (labels in English and Arabic, type, QID, link) and edges, one per
  pair, relation type and modality, with the number of events (reports of
  one happening count once), reports and distinct articles.

Queries go through the server's :class:`~kg.server.context.ServerContext`
(worker pool and timeout); user input reaches SPARQL only as RDF terms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from kg.models import Modality, RelationType
from kg.network.events import WINDOW_DAYS, EventCluster, cluster_reports
from kg.network.graphs import (
    NodeInfo,
    Rows,
    entities_query,
    filter_clusters,
    parse_entities,
    parse_relation_reports,
)
from kg.network.queries import load

if TYPE_CHECKING:
    from kg.server.context import Row, ServerContext

__all__ = ["STATIC_DIR", "graph_json", "graph_routes"]

STATIC_DIR = Path(__file__).resolve().parent / "static"
"""The page's HTML, CSS and JavaScript."""

MAX_NODES = 400
"""Most nodes sent to the page (the busiest are kept); the JSON says when it cut."""


class BadRequestError(ValueError):
    """A parameter of ``/api/graph`` is not valid (400)."""


def _plain(rows: list[Row]) -> Rows:
    return [{k: v["value"] for k, v in row.items()} for row in rows]


async def _entities(ctx: ServerContext, iris: Iterable[str], known: dict[str, NodeInfo]) -> None:
    query = entities_query(i for i in iris if i not in known)
    if query is not None:
        known.update(parse_entities(_plain(await ctx.select(query))))


def _params(request: Request) -> dict[str, Any]:
    q = request.query_params
    level = q.get("level") or "state"
    if level not in ("state", "actor"):
        raise BadRequestError("level must be 'state' or 'actor'")
    types: list[RelationType] = []
    for name in (q.get("types") or "").replace(" ", ",").split(","):
        if name.strip():
            try:
                types.append(RelationType(name.strip().upper()))
            except ValueError:
                raise BadRequestError(f"unknown relation type {name.strip()!r}") from None
    modality = q.get("modality") or None
    if modality is not None:
        try:
            modality = Modality(modality.lower())
        except ValueError:
            raise BadRequestError(f"unknown modality {modality!r}") from None
    return {
        "level": level,
        "since": q.get("since") or None,
        "until": q.get("until") or None,
        "types": types or None,
        "modality": modality,
    }


def _edges(
    clusters: list[EventCluster], level: str
) -> dict[tuple[str, str, str, str], dict[str, Any]]:
    edges: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for c in clusters:
        pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
        if level == "state":
            pairs[(c.subject, c.object)] = [r.article for r in c.reports]
        else:
            for r in c.reports:
                pairs[(r.subject, r.object)].append(r.article)
        for (u, v), articles in pairs.items():
            key = (u, v, c.type.value, c.modality.value)
            e = edges.setdefault(
                key,
                {
                    "source": u,
                    "target": v,
                    "type": c.type.value,
                    "quad_class": c.quad_class.value,
                    "modality": c.modality.value,
                    "symmetric": c.type.symmetric,
                    "events": 0,
                    "reports": 0,
                    "articles": set(),
                    "first": None,
                    "last": None,
                },
            )
            e["events"] += 1
            e["reports"] += len(articles)
            e["articles"].update(articles)
            if c.period:
                e["first"] = min(filter(None, (e["first"], c.period)))
                e["last"] = max(filter(None, (e["last"], c.period)))
    return edges


async def graph_json(ctx: ServerContext, params: dict[str, Any]) -> dict[str, Any]:
    """The network for the page: ``{"level", "nodes", "edges", "events", "truncated"}``."""
    info: dict[str, NodeInfo] = {}
    rows = _plain(await ctx.select(load("reports")))
    await _entities(ctx, {r["subject"] for r in rows} | {r["object"] for r in rows}, info)
    reports = parse_relation_reports(rows, info, ctx.iris)
    clusters = filter_clusters(
        cluster_reports(reports, window_days=WINDOW_DAYS),
        since=params["since"],
        until=params["until"],
        types=params["types"],
        modality=params["modality"],
    )
    edges = _edges(clusters, params["level"])
    degree: dict[str, int] = defaultdict(int)
    for e in edges.values():
        degree[e["source"]] += e["events"]
        degree[e["target"]] += e["events"]
    kept = sorted(degree, key=lambda n: (-degree[n], n))[:MAX_NODES]
    keep = set(kept)
    await _entities(ctx, keep, info)
    nodes = []
    for n in sorted(keep):
        node = info.get(n) or NodeInfo(n)
        nodes.append(
            {
                "id": n,
                "label": node.label,
                "label_en": node.label_en,
                "label_ar": node.label_ar,
                "type": node.type,
                "qid": node.qid,
                "href": ctx.href(n),
                "events": degree[n],
            }
        )
    out_edges = [
        {**e, "articles": len(e["articles"])}
        for key, e in sorted(edges.items())
        if e["source"] in keep and e["target"] in keep
    ]
    return {
        "level": params["level"],
        "nodes": nodes,
        "edges": out_edges,
        "events": len(clusters),
        "truncated": len(degree) > len(keep),
    }


@cache
def _page() -> str:
    return (STATIC_DIR / "graph.html").read_text(encoding="utf-8")


def graph_routes(ctx: ServerContext) -> list[BaseRoute]:
    """The routes of the network view: ``/graph``, ``/graph/static``, ``/api/graph``."""

    async def page(request: Request) -> Response:
        return HTMLResponse(_page())

    async def api(request: Request) -> Response:
        try:
            params = _params(request)
            data = await graph_json(ctx, params)
        except ValueError as exc:  # bad parameters, bad dates
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse(data)

    return [
        Route("/graph", page, methods=["GET", "HEAD"]),
        Route("/api/graph", api, methods=["GET"]),
        Mount("/graph/static", app=StaticFiles(directory=STATIC_DIR), name="graph-static"),
    ]
