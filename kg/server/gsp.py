"""SPARQL 1.1 Graph Store HTTP Protocol at ``/store``.

* Indirect identification: ``/store?graph=<IRI>`` or ``/store?default``;
  direct identification: ``/store/<path>`` names the graph whose IRI is the
  request URL.  ``/store`` alone is the whole dataset (TriG, N-Quads).
* ``GET``/``HEAD`` read (200, or 404 for a missing graph); ``PUT``
  replaces (201 created, 204 replaced), ``POST`` merges (201 created, 204
  merged; ``POST /store`` with a triples body creates a new graph and answers
  201 with its IRI in ``Location``), ``DELETE`` drops (204, 404).  Writes
  need updates enabled and the bearer token (403, 401).
* Bodies: Turtle, N-Triples, RDF/XML, JSON-LD, TriG, N-Quads (415 otherwise;
  400 when they do not parse), or ``multipart/form-data`` holding such files.
* ``?default`` is the store's own default graph, which article graphs do not
  write to; queries see the union of all graphs as their default graph.
* Each write is one SPARQL update (one transaction) in the writer thread.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable

from pyoxigraph import BlankNode, DefaultGraph, NamedNode, Quad, RdfFormat, parse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response

from kg.rdf import who_said_pages
from kg.server.context import ServerContext
from kg.server.negotiation import DATASET_TYPES, GRAPH_TYPES, negotiate
from kg.server.responses import stream_response
from kg.server.web import (
    HTTPException,
    check_charset,
    media_type,
    parse_params,
    read_body,
    require_updates,
)
from kg.store import KnowledgeGraph

__all__ = ["graph_store"]


def _target(request: Request) -> str | None:
    """The graph a request names: an IRI, ``""`` for the default graph, ``None`` for all."""
    if request.path_params.get("path"):
        return str(request.url.replace(query="", fragment=""))
    params = parse_params(request.url.query)
    graphs = [v for k, v in params if k == "graph"]
    default = any(k == "default" for k, _ in params)
    if len(graphs) > 1 or (graphs and default):
        raise HTTPException(400, "name one graph: either ?graph=IRI or ?default")
    if graphs:
        iri = graphs[0]
        if ":" not in iri or any(c in iri for c in ' <>"{}|\\^`'):
            raise HTTPException(400, f"graph must be an absolute IRI, not {iri!r}")
        try:
            NamedNode(iri)
        except ValueError as exc:
            raise HTTPException(400, f"bad graph IRI: {exc}") from None
        return iri
    return "" if default else None


def _format(mtype: str | None) -> RdfFormat:
    fmt = RdfFormat.from_media_type(mtype) if mtype else None
    if fmt is None:
        raise HTTPException(
            415,
            f"unsupported Content-Type {mtype or '(none)'}: send Turtle, N-Triples, RDF/XML, "
            "JSON-LD, TriG or N-Quads",
        )
    return fmt


def _parse(data: bytes, fmt: RdfFormat, base: str, graph: str | None) -> list[Quad]:
    to_graph: NamedNode | DefaultGraph | None
    if graph is None:
        to_graph = None
    elif graph == "":
        to_graph = DefaultGraph()
    else:
        to_graph = NamedNode(graph)
    try:
        quads = list(parse(data, fmt, base_iri=base))
    except (SyntaxError, ValueError) as exc:
        raise HTTPException(400, f"the body does not parse as {fmt.name}: {exc}") from None
    if to_graph is None:
        return quads
    return [Quad(q.subject, q.predicate, q.object, to_graph) for q in quads]


async def _body_quads(
    request: Request, ctx: ServerContext, base: str, graph: str | None
) -> list[Quad]:
    mtype, params = media_type(request)
    data = await read_body(request, ctx.settings.max_body)
    if mtype == "multipart/form-data":
        form = await request.form(max_files=100, max_fields=100)
        quads: list[Quad] = []
        for _, value in form.multi_items():
            if not isinstance(value, UploadFile):
                continue
            part_type = (value.content_type or "").split(";")[0].strip().lower()
            fmt = RdfFormat.from_media_type(part_type) if part_type else None
            if fmt is None and value.filename:
                fmt = RdfFormat.from_extension(value.filename.rsplit(".", 1)[-1])
            if fmt is None:
                raise HTTPException(415, f"unsupported part type {part_type or '(none)'}")
            content = await value.read()
            quads.extend(await run_in_threadpool(_parse, content, fmt, base, graph))
        return quads
    check_charset(params)
    fmt = _format(mtype)
    if graph is None and not fmt.supports_datasets:
        raise HTTPException(415, "the whole dataset is written in TriG, N-Quads or JSON-LD")
    return await run_in_threadpool(_parse, data, fmt, base, graph)


def _term(t: object) -> str:
    return str(t)


def _data_block(quads: list[Quad]) -> str:
    """The body of an INSERT DATA for ``quads`` (grouped by graph)."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        triple = f"{_term(q.subject)} {_term(q.predicate)} {_term(q.object)} ."
        key = "" if isinstance(q.graph_name, DefaultGraph) else _term(q.graph_name)
        by_graph.setdefault(key, []).append(triple)
    parts = []
    for g, triples in by_graph.items():
        body = "\n".join(triples)
        parts.append(f"GRAPH {g} {{\n{body}\n}}" if g else body)
    return "\n".join(parts)


def _has_bnode_graph(quads: list[Quad]) -> bool:
    return any(isinstance(q.graph_name, BlankNode) for q in quads)


def _write(
    ctx: ServerContext, graph: str | None, quads: list[Quad], replace: bool
) -> Callable[[KnowledgeGraph], bool]:
    """A writer job: replace or merge ``graph`` with ``quads``; True if the graph existed."""

    def job(kg: KnowledgeGraph) -> bool:
        store = kg.store
        ops: list[str] = []
        existed = True
        if graph is None:
            if replace:
                ops.append("DROP ALL")
        elif graph == "":
            if replace:
                ops.append("CLEAR DEFAULT")
        else:
            node = NamedNode(graph)
            existed = store.contains_named_graph(node)
            if replace and existed:
                ops.append(f"DROP GRAPH {node}")
            ops.append(f"CREATE SILENT GRAPH {node}")
        if quads:
            ops.append(f"INSERT DATA {{\n{_data_block(quads)}\n}}")
        if ops:  # the who-said pages do not follow these quads: marked stale, same transaction
            store.update(" ;\n".join([who_said_pages.invalidate(), *ops]))
        return existed

    return job


def graph_store(ctx: ServerContext) -> Callable[[Request], Awaitable[Response]]:
    """The ``/store`` handler."""

    async def handler(request: Request) -> Response:
        graph = _target(request)
        method = request.method
        if method in ("GET", "HEAD"):
            offers = DATASET_TYPES if graph is None else GRAPH_TYPES
            media = negotiate(request.headers.get("accept"), offers)
            if media is None:
                names = ", ".join(o.media_type for o in offers)
                raise HTTPException(406, f"available as {names}")
            stream = await ctx.pool.dump(graph, media, prefixes=ctx.prefixes)
            return stream_response(stream, head=method == "HEAD")
        require_updates(request, ctx.settings)
        if ctx.writer is None:
            raise HTTPException(503, "this server has no writer")
        if method == "DELETE":
            if graph is None:
                raise HTTPException(400, "DELETE needs ?graph=IRI or ?default")
            return await _delete(ctx, graph)
        base = graph or str(request.url.replace(query="", fragment=""))
        created_iri: str | None = None
        if method == "POST" and graph is None:
            mtype, _ = media_type(request)
            fmt = RdfFormat.from_media_type(mtype) if mtype else None
            if fmt is None or not fmt.supports_datasets:
                created_iri = f"{ctx.url}store/{secrets.token_hex(8)}"
                graph = created_iri
                base = created_iri
        quads = await _body_quads(request, ctx, base, graph)
        if _has_bnode_graph(quads):
            raise HTTPException(400, "blank node graph names are not supported")
        existed = await ctx.writer.write(_write(ctx, graph, quads, replace=method == "PUT"))
        if created_iri is not None:
            return Response(status_code=201, headers={"Location": created_iri})
        if not existed:
            return Response(status_code=201, headers={"Location": graph or ""})
        return Response(status_code=204)

    return handler


async def _delete(ctx: ServerContext, graph: str) -> Response:
    assert ctx.writer is not None

    def job(kg: KnowledgeGraph) -> bool:
        if graph == "":
            kg.store.update("CLEAR DEFAULT")
            return True
        node = NamedNode(graph)
        if not kg.store.contains_named_graph(node):
            return False
        if node == who_said_pages.WHO_SAID_GRAPH:
            kg.store.update(f"DROP GRAPH {node}")  # the marker with it: the pages are stale
            return True
        # an article's pages go with it, in the same transaction
        drop = f"DROP GRAPH {node}"
        kg.store.update(who_said_pages.article_update(kg.store, node, None, drop, kg.page_journal))
        return True

    if not await ctx.writer.write(job):
        raise HTTPException(404, f"no graph <{graph}> in the store")
    return Response(status_code=204)
