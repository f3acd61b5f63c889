"""A W3C Entity Reconciliation service over the graph's entities, at ``/reconcile``.

OpenRefine (and any client of the Reconciliation Service API v0.2) can match a
column of names against statekg's states, people, organisations and places:

* ``GET /reconcile`` — the service manifest (JSONP with ``?callback=``).
* ``POST /reconcile`` with the form field ``queries={"q0": {"query": "Egypt",
  "type": "State", "limit": 3, "properties": [{"pid": "state", "v": "Q79"}]}}``
  (``GET /reconcile?queries=…`` works too) — v0.2 batch results
  ``{"q0": {"result": [{"id", "name", "type", "score", "match", "description"}]}}``.
* ``POST /reconcile`` with a JSON body ``{"queries": [{"query": …, "type": …,
  "limit": …, "conditions": [{"propertyId": "state", "propertyValue": "Q79"}]}]}``
  — the 1.0 draft; results ``{"results": [{"candidates": […]}]}``.

Identifiers are entity IRIs relative to ``{base}entity/``: ``Q79`` for an entity
minted from its QID, ``person/dmitry-peskov`` otherwise; ``view`` opens the
entity's page on this server.  Types are ``State``, ``Person``,
``Organization`` and ``Place``; a Wikidata class QID mapped to one of them in
``ontology/wikidata.ttl`` (``Q5`` human → ``Person``) is accepted as a type.
The one property is ``state`` (aliases ``P27``, ``P17``): the state the entity
speaks for, as a QID or a name.

Scores are 0–100: 100 for a query that is one of the entity's labels, 90 for an
alias (another name it is known by), and for a query contained in a longer name
80 × (query length / name length); a failed ``state`` condition takes 30 off.
``match`` is true for a 100 that no other candidate reaches and whose
conditions all hold — safe to accept automatically.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pyoxigraph import Literal
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from kg.models import EntityType
from kg.rdf.mapping import search_key
from kg.server.context import Row, ServerContext
from kg.text import normalize
from kg.vocab import KG_NS
from kg.wikidata.terms import class_types

__all__ = ["MAX_BATCH", "MAX_LIMIT", "manifest", "reconcile_routes"]

MAX_BATCH = 50
"""Most queries in one request."""
MAX_LIMIT = 25
"""Most candidates returned per query."""
_SCAN = 200
_QID = re.compile(r"^Q[1-9]\d*$")
_TYPE_NAMES = {
    EntityType.STATE: "state",
    EntityType.PERSON: "person",
    EntityType.ORGANIZATION: "organization",
    EntityType.PLACE: "place",
}
_STATE_PIDS = {"state", "p27", "p17", "kg:state", KG_NS.lower() + "state"}


class _BadRequestError(Exception):
    pass


def manifest(ctx: ServerContext) -> dict[str, Any]:
    """The service manifest (v0.2)."""
    return {
        "versions": ["0.2"],
        "name": "statekg entities (states, people, organisations, places)",
        "identifierSpace": ctx.base_iri + "entity/",
        "schemaSpace": KG_NS,
        "defaultTypes": [{"id": t.value, "name": n} for t, n in _TYPE_NAMES.items()],
        "view": {"url": ctx.url + "entity/{{id}}"},
        "batchSize": MAX_BATCH,
    }


@dataclass
class _Query:
    text: str
    types: set[EntityType] = field(default_factory=set)
    limit: int = 3
    states: list[str] = field(default_factory=list)


def _types(value: Any) -> set[EntityType]:
    items = value if isinstance(value, list) else [value] if value else []
    out: set[EntityType] = set()
    for it in items:
        name = it.get("id", "") if isinstance(it, dict) else str(it)
        name = name.removeprefix(KG_NS).removeprefix("kg:")
        if name in EntityType.__members__.values():
            out.add(EntityType(name))
        elif name in class_types():
            out.add(class_types()[name])
        else:
            raise _BadRequestError(
                f"unknown type {name!r} (use State, Person, Organization, Place)"
            )
    return out


def _values(v: Any) -> list[str]:
    items = v if isinstance(v, list) else [v]
    out: list[str] = []
    for it in items:
        if isinstance(it, dict):
            it = it.get("id") or it.get("name") or ""
        if str(it).strip():
            out.append(str(it).strip())
    return out


def _parse_query(raw: Any) -> _Query:
    if isinstance(raw, str):
        raw = {"query": raw}
    if not isinstance(raw, dict):
        raise _BadRequestError("each query is an object with a 'query' string")
    text = raw.get("query")
    if not isinstance(text, str) or not text.strip():
        raise _BadRequestError("each query needs a non-empty 'query' string")
    try:
        limit = int(raw.get("limit") or 3)
    except (TypeError, ValueError):
        raise _BadRequestError("'limit' must be a number") from None
    q = _Query(text.strip(), _types(raw.get("type")), max(1, min(limit, MAX_LIMIT)))
    conditions = raw.get("properties") or raw.get("conditions") or []
    if not isinstance(conditions, list):
        raise _BadRequestError("'properties' must be a list")
    for c in conditions:
        if not isinstance(c, dict):
            raise _BadRequestError("each property is an object with 'pid' and 'v'")
        pid = str(c.get("pid") or c.get("propertyId") or "").strip()
        value = c.get("v", c.get("propertyValue"))
        if pid.lower() not in _STATE_PIDS:
            raise _BadRequestError(f"unknown property {pid!r} (the one property is 'state')")
        q.states.extend(_values(value))
    return q


@dataclass
class _Hit:
    iri: str
    type: EntityType
    labels: dict[str, str] = field(default_factory=dict)
    label_keys: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)
    qid: str | None = None
    state_qids: set[str] = field(default_factory=set)
    state_names: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return (
            self.labels.get("en") or self.labels.get("ar") or next(iter(self.labels.values()), "")
        )


def _s(row: Row, key: str) -> str | None:
    b = row.get(key)
    return b["value"] if b else None


def _match_query(key: str, exact: bool) -> str:
    lit = Literal(key)
    if exact:
        return f"SELECT DISTINCT ?entity WHERE {{ ?entity kg:searchKey {lit} }} LIMIT {_SCAN}"
    return (
        "SELECT DISTINCT ?entity WHERE { ?entity kg:searchKey ?k "
        f"FILTER(CONTAINS(?k, {lit})) }} LIMIT {_SCAN}"
    )


def _details_query(iris: list[str]) -> str:
    values = " ".join(f"<{i}>" for i in iris)
    return f"""
SELECT DISTINCT ?entity ?type ?label ?key ?qid ?stateQid ?stateLabel WHERE {{
  VALUES ?entity {{ {values} }}
  ?entity a ?type . VALUES ?type {{ kg:State kg:Person kg:Organization kg:Place }}
  {{ ?entity rdfs:label ?label }} UNION {{ ?entity kg:searchKey ?key }}
  UNION {{ ?entity kg:qid ?qid }}
  UNION {{ ?entity kg:state ?st . ?st kg:qid ?stateQid }}
  UNION {{ ?entity kg:state ?st . ?st rdfs:label ?stateLabel }}
}}"""


async def _lookup(ctx: ServerContext, key: str, wanted: int) -> dict[str, _Hit]:
    found: list[str] = []
    for exact in (True, False):
        for row in await ctx.select(_match_query(key, exact)):
            iri = _s(row, "entity")
            if iri is not None and iri not in found:
                found.append(iri)
        if len(found) >= wanted:
            break
    hits: dict[str, _Hit] = {}
    if not found:
        return hits
    for row in await ctx.select(_details_query(found[:_SCAN])):
        iri, t = _s(row, "entity"), _s(row, "type")
        if iri is None or t is None:
            continue
        h = hits.setdefault(iri, _Hit(iri, EntityType(t.rsplit("#", 1)[-1])))
        label = row.get("label")
        if label:
            h.labels.setdefault(label.get("xml:lang", ""), label["value"])
            h.label_keys.add(search_key(label["value"]))
        if (k := _s(row, "key")) is not None:
            h.keys.add(k)
        h.qid = _s(row, "qid") or h.qid
        if (sq := _s(row, "stateQid")) is not None:
            h.state_qids.add(sq)
        if (sl := _s(row, "stateLabel")) is not None:
            h.state_names.add(normalize(sl))
    return hits


def _score(q: _Query, key: str, h: _Hit) -> tuple[float, bool]:
    if key in h.label_keys:
        score = 100.0
    elif key in h.keys:
        score = 90.0
    else:
        longest = [k for k in h.keys if key in k]
        score = round(80.0 * len(key) / min(len(k) for k in longest), 1) if longest else 0.0
    ok = True
    for wanted in q.states:
        if _QID.match(wanted.upper()):
            hit = wanted.upper() in h.state_qids
        else:
            hit = normalize(wanted) in h.state_names
        if not hit:
            ok = False
            score = max(0.0, score - 30.0)
    return score, ok


def _local_id(ctx: ServerContext, iri: str) -> str:
    return iri.removeprefix(ctx.base_iri + "entity/")


async def _answer(ctx: ServerContext, q: _Query) -> list[dict[str, Any]]:
    key = search_key(q.text)
    if not key:
        return []
    scored: list[tuple[float, bool, _Hit]] = []
    for h in (await _lookup(ctx, key, q.limit)).values():
        if q.types and h.type not in q.types:
            continue
        score, ok = _score(q, key, h)
        if score > 0:
            scored.append((score, ok, h))
    scored.sort(key=lambda x: (-x[0], x[2].iri))
    top = scored[: q.limit]
    out: list[dict[str, Any]] = []
    for i, (score, ok, h) in enumerate(top):
        alone = i == 0 and (len(scored) < 2 or scored[1][0] < score)
        parts = [_TYPE_NAMES[h.type]]
        if h.qid:
            parts.append(f"Wikidata {h.qid}")
        out.append(
            {
                "id": _local_id(ctx, h.iri),
                "name": h.name or _local_id(ctx, h.iri),
                "type": [{"id": h.type.value, "name": _TYPE_NAMES[h.type]}],
                "score": score,
                "match": bool(score == 100.0 and ok and alone),
                "description": " · ".join(parts),
            }
        )
    return out


def _json(data: Any, request: Request, status: int = 200) -> Response:
    callback = request.query_params.get("callback")
    if callback and re.fullmatch(r"[A-Za-z_$][\w$.]{0,63}", callback):
        body = f"{callback}({json.dumps(data, ensure_ascii=False)});"
        return Response(body, status, media_type="application/javascript")
    return JSONResponse(data, status)


def reconcile_routes(ctx: ServerContext) -> list[BaseRoute]:
    """The routes of the reconciliation service (path ``/reconcile``); add them to the app's."""

    async def batch_v02(raw: str, request: Request) -> Response:
        try:
            queries = json.loads(raw)
        except ValueError:
            raise _BadRequestError("'queries' is not JSON") from None
        if not isinstance(queries, dict):
            raise _BadRequestError("'queries' must be an object of named queries")
        if len(queries) > MAX_BATCH:
            raise _BadRequestError(f"at most {MAX_BATCH} queries per request")
        parsed = {str(k): _parse_query(v) for k, v in queries.items()}
        return _json({k: {"result": await _answer(ctx, q)} for k, q in parsed.items()}, request)

    async def handler(request: Request) -> Response:
        try:
            if request.method == "POST":
                ctype = request.headers.get("content-type", "")
                if ctype.startswith("application/json"):
                    body = json.loads(await request.body())
                    if not isinstance(body, dict) or not isinstance(body.get("queries"), list):
                        raise _BadRequestError("the JSON body is {'queries': [ … ]}")
                    if len(body["queries"]) > MAX_BATCH:
                        raise _BadRequestError(f"at most {MAX_BATCH} queries per request")
                    parsed = [_parse_query(q) for q in body["queries"]]
                    results = [{"candidates": await _answer(ctx, q)} for q in parsed]
                    return JSONResponse({"results": results})
                form = await request.form()
                raw = form.get("queries")
                if not isinstance(raw, str):
                    raise _BadRequestError("POST a form with a 'queries' field (or a JSON body)")
                return await batch_v02(raw, request)
            raw = request.query_params.get("queries")
            if raw is not None:
                return await batch_v02(raw, request)
            return _json(manifest(ctx), request)
        except _BadRequestError as exc:
            return _json({"error": str(exc)}, request, 400)
        except (ValueError, UnicodeDecodeError):
            return _json({"error": "the request body is not valid JSON"}, request, 400)

    return [Route("/reconcile", handler, methods=["GET", "POST"])]
