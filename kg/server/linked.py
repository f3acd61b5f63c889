"""Linked Data (minted IRIs dereference here) and full-text search.

``GET /entity/Q79`` describes ``{base}entity/Q79``, and likewise for
``/article/…``, ``/statement/…``, ``/relation/…``, ``/role/…`` and
``/mention/…``; ``/resource?iri=`` describes any IRI.  RDF clients get the
resource's description — its own triples, the labels of what they point
to, and up to ``html_row_cap`` incoming links with their labels — as
Turtle, JSON-LD or another RDF format by ``Accept``; browsers get the HTML
page of :func:`kg.server.pages.render_resource_html` (or a plain table when
the pages package is not installed).

``GET /api/search?q=`` finds entities whose normalised name (``kg:searchKey``,
the key autocomplete uses) contains the normalised query, and statements
whose content contains it (case-insensitive substring).  It is a scan in
SPARQL, not an inverted index: fine for tens of thousands of articles
(see ``benchmarks/bench_server.py``), slower beyond.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable

from pyoxigraph import Literal, NamedNode
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from kg.rdf.mapping import search_key
from kg.server.context import Row, ServerContext
from kg.server.negotiation import GRAPH_TYPES, negotiate, prefers_html
from kg.server.responses import content_type
from kg.server.web import HTTPException

__all__ = ["describe_query", "resource_handler", "search_handler"]


def describe_query(iri: str, incoming_cap: int) -> str:
    """CONSTRUCT of a resource's description (own triples, labels, capped incoming links).

    Every part is a ``SELECT DISTINCT`` first: pyoxigraph 0.5's union default
    graph does not merge duplicates (oxigraph#1919), and an entity's triples
    are repeated in every article graph that mentions it, so joining before
    de-duplicating multiplies the work by the number of articles.
    """
    r = NamedNode(iri)
    cap = int(incoming_cap)
    return f"""
CONSTRUCT {{
  {r} ?p ?o . ?o rdfs:label ?ol .
  ?s ?ip {r} . ?s rdfs:label ?sl .
}} WHERE {{
  {{ SELECT DISTINCT ?p ?o WHERE {{ {r} ?p ?o }} }}
  UNION
  {{ SELECT DISTINCT ?o ?ol WHERE {{
       {{ SELECT DISTINCT ?o WHERE {{ {r} ?p ?o FILTER(isIRI(?o)) }} }}
       ?o rdfs:label ?ol }} }}
  UNION
  {{ SELECT DISTINCT ?s ?ip WHERE {{ ?s ?ip {r} }} LIMIT {cap} }}
  UNION
  {{ SELECT DISTINCT ?s ?sl WHERE {{
       {{ SELECT DISTINCT ?s WHERE {{ ?s ?ip {r} }} LIMIT {cap} }}
       ?s rdfs:label ?sl }} }}
}}"""


def exists_query(iri: str) -> str:
    """ASK whether anything mentions ``iri`` as subject or object."""
    r = NamedNode(iri)
    return f"ASK {{ {{ {r} ?p ?o }} UNION {{ ?s ?p {r} }} }}"


async def _fallback_html(ctx: ServerContext, iri: str) -> str:
    rows = await ctx.select(
        f"SELECT ?p ?o WHERE {{ {NamedNode(iri)} ?p ?o }} ORDER BY ?p", limit=ctx.row_cap
    )

    def cell(b: dict[str, str]) -> str:
        text = html.escape(b.get("value", ""))
        if b.get("type") == "uri":
            return f'<a href="{html.escape(ctx.href(b["value"]))}">{text}</a>'
        lang = b.get("xml:lang")
        return f'<span lang="{html.escape(lang)}" dir="auto">{text}</span>' if lang else text

    body = "\n".join(f"<tr><td>{cell(r['p'])}</td><td>{cell(r['o'])}</td></tr>" for r in rows)
    title = html.escape(iri)
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><h1>{title}</h1><table>{body}</table></body></html>"
    )


async def _render_html(request: Request, ctx: ServerContext, iri: str) -> str:
    try:
        from kg.server import pages
    except ImportError:
        return await _fallback_html(ctx, iri)
    lang = pages.preferred_language(request) if hasattr(pages, "preferred_language") else None
    try:
        return await pages.render_resource_html(ctx, iri, lang=lang)
    except pages.ResourceNotFoundError as exc:
        raise HTTPException(404, f"nothing is known about <{iri}>") from exc


async def describe(request: Request, ctx: ServerContext, iri: str) -> Response:
    """Content-negotiated description of ``iri`` (404 when the graph never mentions it)."""
    accept = request.headers.get("accept")
    if not await ctx.ask(exists_query(iri)):
        raise HTTPException(404, f"nothing is known about <{iri}>")
    headers = {"Vary": "Accept"}
    if prefers_html(accept, GRAPH_TYPES):
        return HTMLResponse(await _render_html(request, ctx, iri), headers=headers)
    media = negotiate(accept, GRAPH_TYPES)
    if media is None:
        raise HTTPException(
            406,
            "available as text/html, text/turtle, application/ld+json, "
            "application/n-triples, application/rdf+xml",
        )
    body = await ctx.construct(describe_query(iri, ctx.row_cap), media)
    return Response(body, media_type=content_type(media), headers=headers)


def resource_handler(ctx: ServerContext) -> Callable[[Request], Awaitable[Response]]:
    """Handler of ``/{kind}/{rest}`` (minted IRIs) and ``/resource?iri=``."""

    async def handler(request: Request) -> Response:
        if request.url.path == "/resource":
            iri = request.query_params.get("iri", "")
            try:
                NamedNode(iri)
            except ValueError:
                raise HTTPException(400, "give ?iri=<absolute IRI>") from None
        else:
            iri = ctx.iri_for_path(request.url.path)
        return await describe(request, ctx, iri)

    return handler


def _search_queries(q: str, limit: int) -> tuple[str, str]:
    key = Literal(search_key(q))
    needle = Literal(q.casefold())
    entities = f"""
SELECT ?entity ?type (SAMPLE(?en0) AS ?en) (SAMPLE(?ar0) AS ?ar) (SAMPLE(?qid0) AS ?qid) WHERE {{
  {{ SELECT DISTINCT ?entity WHERE {{
      ?entity kg:searchKey ?k FILTER(CONTAINS(?k, {key}))
  }} LIMIT {limit} }}
  ?entity a ?type . VALUES ?type {{ kg:State kg:Person kg:Organization kg:Place }}
  OPTIONAL {{ ?entity rdfs:label ?en0 FILTER(LANGMATCHES(LANG(?en0), "en")) }}
  OPTIONAL {{ ?entity rdfs:label ?ar0 FILTER(LANGMATCHES(LANG(?ar0), "ar")) }}
  OPTIONAL {{ ?entity kg:qid ?qid0 }}
}} GROUP BY ?entity ?type"""
    statements = f"""
SELECT ?statement ?content ?speaker (SAMPLE(?sl0) AS ?speakerLabel) ?article ?published WHERE {{
  {{ SELECT DISTINCT ?statement ?content WHERE {{
      ?statement kg:content ?content FILTER(CONTAINS(LCASE(STR(?content)), {needle}))
  }} LIMIT {limit} }}
  ?statement kg:speaker ?speaker ; kg:article ?article .
  OPTIONAL {{ ?speaker rdfs:label ?sl0 }}
  OPTIONAL {{ ?article schema:datePublished ?published }}
}} GROUP BY ?statement ?content ?speaker ?article ?published"""
    return entities, statements


def _plain(row: Row) -> dict[str, str]:
    return {k: v["value"] for k, v in row.items()}


def search_handler(ctx: ServerContext) -> Callable[[Request], Awaitable[Response]]:
    """``/api/search?q=…&limit=…``: entities by name and statements by content, as JSON."""

    async def handler(request: Request) -> Response:
        q = request.query_params.get("q", "").strip()
        if len(q) < 2:
            raise HTTPException(400, "give ?q= with at least 2 characters")
        try:
            limit = max(1, min(int(request.query_params.get("limit", "20")), ctx.row_cap))
        except ValueError:
            raise HTTPException(400, "limit must be a number") from None
        entities_q, statements_q = _search_queries(q, limit)
        entities = [_plain(r) for r in await ctx.select(entities_q, limit=limit)]
        statements = [_plain(r) for r in await ctx.select(statements_q, limit=limit)]
        for item in entities:
            item["href"] = ctx.href(item["entity"])
        for item in statements:
            item["href"] = ctx.href(item["statement"])
        return JSONResponse({"query": q, "entities": entities, "statements": statements})

    return handler
