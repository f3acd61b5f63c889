"""Replay the W3C SPARQL 1.1 Protocol, Graph Store Protocol and Service Description manifests.

The manifests (``../shared/w3c-sparql11``) describe HTTP requests in RDF
(``ht:`` vocabulary) with expected statuses (``mf:expectedStatus``), result
formats (``mf:expectedFormat``), booleans, ``Location`` templates and
response bodies to compare by graph isomorphism.  This runner parses them
with rdflib, rewrites the paths (``/sparql/`` → the query or update
endpoint, ``/gsp`` → the Graph Store endpoint), resets the store before each
test (``DROP ALL`` and the test's ``ut:graphData`` loaded through the Graph
Store Protocol) and replays every request with httpx.

Run it against any endpoint, e.g. ``oxigraph serve``::

    python tests/w3c/runner.py --url http://127.0.0.1:7878/ --query-path /query \\
        --update-path /update --store-path /store
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import rdflib
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.term import Node

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
HTS = rdflib.Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")

STATUS_NAMES = {
    "OK": {200},
    "Created": {201},
    "Accepted": {202},
    "NoContent": {204},
    "MovedPermanently": {301},
    "Found": {302},
    "SeeOther": {303},
    "BadRequest": {400},
    "Unauthorized": {401},
    "Forbidden": {403},
    "NotFound": {404},
    "MethodNotAllowed": {405},
    "NotAcceptable": {406},
    "UnsupportedMediaType": {415},
    "StatusCode2xx": set(range(200, 300)),
    "StatusCode3xx": set(range(300, 400)),
    "StatusCode4xx": set(range(400, 500)),
    "StatusCode5xx": set(range(500, 600)),
}
RESULTS_TYPES = {
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
}
RDFLIB_FORMATS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/trig": "trig",
    "application/n-quads": "nquads",
    "text/plain": "nt",
}
SD_LANGUAGES = {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
SD_FEATURES = {
    SD.DereferencesURIs,
    SD.UnionDefaultGraph,
    SD.RequiresDataset,
    SD.EmptyGraphs,
    SD.BasicFederatedQuery,
}


@dataclass
class Expected:
    """What a response must look like."""

    statuses: set[int] = field(default_factory=set)
    status_names: list[str] = field(default_factory=list)
    format: str | None = None
    boolean: bool | None = None
    location_var: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None


@dataclass
class HttpRequest:
    """One request of a test."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    expected: Expected


@dataclass
class W3CTest:
    """One manifest entry."""

    id: str
    name: str
    kind: str  # "protocol", "gsp", "sd"
    requests: list[HttpRequest]
    graph_data: list[tuple[Path, str]]
    requires: list[str]


@dataclass
class Endpoint:
    """Where to send the requests."""

    url: str  # ends with "/"
    query_path: str = "/sparql"
    update_path: str = "/sparql"
    store_path: str = "/store"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Outcome:
    """The result of one test."""

    id: str
    name: str
    kind: str
    passed: bool
    reason: str = ""


def _local(node: Node) -> str:
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _items(g: rdflib.Graph, head: Node | None) -> list[Node]:
    return list(Collection(g, head)) if head is not None else []  # type: ignore[arg-type]


def _request(g: rdflib.Graph, node: Node) -> HttpRequest:
    headers = {}
    for h in _items(g, g.value(node, HT.headers)):
        headers[str(g.value(h, HT.fieldName)).lower()] = str(g.value(h, HT.fieldValue))
    body: bytes | None = None
    body_node = g.value(node, HT.body)
    if body_node is not None:
        chars = str(g.value(body_node, CNT.chars))
        encoding = str(g.value(body_node, CNT.characterEncoding) or "UTF-8")
        body = chars.encode(encoding.lower())
    resp = g.value(node, HT.resp)
    expected = Expected()
    if resp is not None:
        for status in g.objects(resp, MF.expectedStatus):
            name = _local(status)
            expected.status_names.append(name)
            expected.statuses |= STATUS_NAMES.get(name, set())
        fmt = g.value(resp, MF.expectedFormat)
        expected.format = str(fmt) if fmt is not None else None
        boolean = g.value(resp, MF.expectedBoolean)
        expected.boolean = bool(boolean.toPython()) if boolean is not None else None  # type: ignore[union-attr]
        location = g.value(resp, MF.expectedLocation)
        expected.location_var = str(location) if location is not None else None
        for h in _items(g, g.value(resp, HT.headers)):
            expected.headers[str(g.value(h, HT.fieldName)).lower()] = str(g.value(h, HT.fieldValue))
        rbody = g.value(resp, HT.body)
        if rbody is not None:
            expected.body = str(g.value(rbody, CNT.chars))
    return HttpRequest(
        method=str(g.value(node, HT.methodName) or "GET"),
        path=str(g.value(node, HT.absolutePath)),
        headers=headers,
        body=body,
        expected=expected,
    )


def load_manifest(path: Path, kind: str) -> list[W3CTest]:
    """The tests of one manifest file (following ``mf:include``)."""
    g = rdflib.Graph().parse(path, format="turtle")
    tests: list[W3CTest] = []
    for manifest in g.subjects(rdflib.RDF.type, MF.Manifest):
        for included in _items(g, g.value(manifest, MF.include)):
            tests += load_manifest(path.parent / Path(str(included)).name, kind)
        entries = _items(g, g.value(manifest, MF.entries))
        # a test defined in the file but left out of mf:entries is run too (the direct GSP
        # manifest defines head_non_existing_direct without listing it)
        for test_type in (MF.ProtocolTest, MF.GraphStoreProtocolTest):
            entries += sorted(set(g.subjects(rdflib.RDF.type, test_type)) - set(entries))
        for entry in entries:
            action = g.value(entry, MF.action)
            requests = []
            if action is not None:
                requests = [_request(g, r) for r in _items(g, g.value(action, HT.requests))]
            data = []
            for gd in g.objects(entry, UT.graphData):
                file = Path(str(g.value(gd, UT.graph)).replace("file://", ""))
                data.append((path.parent / file.name, str(g.value(gd, rdflib.RDFS.label))))
            tests.append(
                W3CTest(
                    id=_local(entry),
                    name=str(g.value(entry, MF.name)),
                    kind=kind,
                    requests=requests,
                    graph_data=data,
                    requires=[_local(r) for r in g.objects(entry, MF.requires)],
                )
            )
    return tests


def load_tests(root: Path) -> list[W3CTest]:
    """Every test of the three suites under ``root`` (``../shared/w3c-sparql11``)."""
    return (
        load_manifest(root / "protocol" / "manifest.ttl", "protocol")
        + load_manifest(root / "graph-store-protocol" / "manifest.ttl", "gsp")
        + load_manifest(root / "service-description" / "manifest.ttl", "sd")
    )


def _is_update(req: HttpRequest) -> bool:
    ctype = req.headers.get("content-type", "")
    body = req.body or b""
    return (
        ctype.startswith("application/sparql-update")
        or (ctype.startswith("application/x-www-form-urlencoded") and body.startswith(b"update="))
        or "update=" in req.path.split("?", 1)[-1].split("&")[0]
    )


def rewrite(path: str, req: HttpRequest, endpoint: Endpoint) -> str:
    """The manifest's path on the endpoint under test."""
    if path.startswith("/sparql"):
        rest = path[len("/sparql") :].lstrip("/")
        target = endpoint.update_path if _is_update(req) else endpoint.query_path
        return target + rest
    if path.startswith("/gsp"):
        return endpoint.store_path + path[len("/gsp") :]
    return path


def _media(value: str) -> tuple[str, dict[str, str]]:
    parts = [p.strip() for p in value.split(";")]
    params = {}
    for p in parts[1:]:
        k, _, v = p.partition("=")
        params[k.strip().lower()] = v.strip().lower()
    return parts[0].lower(), params


def _parse_boolean(response: httpx.Response) -> bool | None:
    media, _ = _media(response.headers.get("content-type", ""))
    if media == "application/sparql-results+json":
        value = json.loads(response.text).get("boolean")
        return value if isinstance(value, bool) else None
    if media == "application/sparql-results+xml":
        root = ET.fromstring(response.content)
        for el in root.iter():
            if el.tag.endswith("boolean"):
                return (el.text or "").strip() == "true"
    return None


def _parse_rdf(text: str, media: str, base: str) -> rdflib.Graph:
    fmt = RDFLIB_FORMATS.get(media)
    if fmt is None:
        raise ValueError(f"{media} is not an RDF format")
    if fmt in ("trig", "nquads"):
        ds = rdflib.Dataset()
        ds.parse(data=text, format=fmt, publicID=base)
        g = rdflib.Graph()
        for s, p, o, _ in ds.quads():
            g.add((s, p, o))
        return g
    return rdflib.Graph().parse(data=text, format=fmt, publicID=base)


def check(req: HttpRequest, response: httpx.Response) -> str | None:
    """Why ``response`` does not meet ``req.expected`` (``None`` when it does)."""
    exp = req.expected
    if exp.statuses and response.status_code not in exp.statuses:
        return f"{req.method} status {response.status_code}, expected {'/'.join(exp.status_names)}"
    media, params = _media(response.headers.get("content-type", ""))
    if exp.format == "boolean":
        value = _parse_boolean(response)
        if value is None:
            return f"expected a boolean result, got {media}"
        if exp.boolean is not None and value != exp.boolean:
            return f"boolean {value}, expected {exp.boolean}"
    elif exp.format == "tabular":
        if media not in RESULTS_TYPES:
            return f"expected tabular results, got {media}"
        if media.endswith("+json"):
            json.loads(response.text)["results"]
    elif exp.format == "RDF":
        try:
            _parse_rdf(response.text, media, str(response.url))
        except Exception as exc:
            return f"expected RDF, got {media}: {exc}"
    expected_type = exp.headers.get("content-type")
    if (expected_type and req.method != "HEAD") or (expected_type and response.status_code == 200):
        want, want_params = _media(expected_type or "")
        if media != want:
            return f"content-type {media}, expected {want}"
        if "charset" in want_params and params.get("charset", "utf-8") != want_params["charset"]:
            return f"charset {params.get('charset')}, expected {want_params['charset']}"
    if exp.body is not None and req.method != "HEAD":
        want_media, _ = _media(exp.headers.get("content-type", "text/turtle"))
        try:
            ours = _parse_rdf(response.text, media, str(response.url))
            theirs = _parse_rdf(exp.body, want_media, str(response.url))
        except Exception as exc:
            return f"body does not parse: {exc}"
        if not isomorphic(ours, theirs):
            return (
                f"body not isomorphic to the expected graph ({len(ours)} vs {len(theirs)} triples)"
            )
    return None


def reset(client: httpx.Client, endpoint: Endpoint, test: W3CTest) -> None:
    """Empty the store and load the test's graphs."""
    r = client.post(
        endpoint.update_path,
        content="DROP ALL",
        headers={"Content-Type": "application/sparql-update"},
    )
    r.raise_for_status()
    for file, graph in test.graph_data:
        r = client.put(
            endpoint.store_path,
            params={"graph": graph},
            content=file.read_bytes(),
            headers={"Content-Type": "application/n-triples"},
        )
        r.raise_for_status()


def run_sd(client: httpx.Client, endpoint: Endpoint, test: W3CTest) -> str | None:
    """The three Service Description tests (the manifest names them only)."""
    url = endpoint.url.rstrip("/") + endpoint.query_path
    r = client.get(
        endpoint.query_path, headers={"Accept": "text/turtle, application/rdf+xml;q=0.9"}
    )
    if r.status_code != 200:
        return f"GET {endpoint.query_path} status {r.status_code}"
    media, _ = _media(r.headers.get("content-type", ""))
    try:
        g = _parse_rdf(r.text, media, url)
    except Exception as exc:
        return f"not RDF ({media}): {exc}"
    services = set(g.subjects(rdflib.RDF.type, SD.Service))
    if test.id == "returns-rdf":
        return None if len(g) else "empty service description"
    if test.id == "has-endpoint-triple":
        endpoints = {str(o) for o in g.objects(None, SD.endpoint)}
        return None if url in endpoints else f"no sd:endpoint <{url}> (found {sorted(endpoints)})"
    if test.id == "conforms-to-schema":
        if len(services) != 1:
            return f"{len(services)} sd:Service nodes"
        service = next(iter(services))
        if not list(g.objects(service, SD.endpoint)):
            return "sd:Service without sd:endpoint"
        languages = set(g.objects(service, SD.supportedLanguage))
        if not languages or not languages <= SD_LANGUAGES:
            return f"bad sd:supportedLanguage {languages}"
        unknown = set(g.objects(service, SD.feature)) - SD_FEATURES
        if unknown:
            return f"unknown sd:feature {unknown}"
        for ds in g.objects(service, SD.defaultDataset):
            if (ds, rdflib.RDF.type, SD.Dataset) not in g:
                return "sd:defaultDataset is not an sd:Dataset"
            for dg in g.objects(ds, SD.defaultGraph):
                if (dg, rdflib.RDF.type, SD.Graph) not in g:
                    return "sd:defaultGraph is not an sd:Graph"
        return None
    return f"unknown service description test {test.id}"


def run_test(client: httpx.Client, endpoint: Endpoint, test: W3CTest) -> Outcome:
    """Run one test; never raises."""
    try:
        if test.kind == "sd":
            reason = run_sd(client, endpoint, test)
            return Outcome(test.id, test.name, test.kind, reason is None, reason or "")
        reset(client, endpoint, test)
        variables: dict[str, str] = {}
        for n, req in enumerate(test.requests, 1):
            path = req.path
            body = req.body
            for var, value in variables.items():
                path = path.replace(var, value)
                if body is not None:
                    body = body.replace(var.encode(), value.encode())
            url = rewrite(path, req, endpoint)
            response = client.request(req.method, url, headers=req.headers, content=body)
            reason = check(req, response)
            if reason is not None:
                detail = (
                    response.text.strip().splitlines()[0][:160] if response.text.strip() else ""
                )
                return Outcome(
                    test.id,
                    test.name,
                    test.kind,
                    False,
                    f"request {n}: {reason}" + (f" [{detail}]" if detail else ""),
                )
            if req.expected.location_var:
                location = response.headers.get("location")
                if not location:
                    return Outcome(
                        test.id, test.name, test.kind, False, f"request {n}: no Location"
                    )
                variables[req.expected.location_var] = location
        return Outcome(test.id, test.name, test.kind, True)
    except Exception as exc:  # a broken test run is a failure with a reason, not a crash
        return Outcome(test.id, test.name, test.kind, False, f"{type(exc).__name__}: {exc}")


def run_all(
    root: Path, endpoint: Endpoint, *, only: Callable[[W3CTest], bool] | None = None
) -> list[Outcome]:
    """Run every test under ``root`` against ``endpoint``."""
    with httpx.Client(base_url=endpoint.url, headers=endpoint.headers, timeout=60) as client:
        return [run_test(client, endpoint, t) for t in load_tests(root) if only is None or only(t)]


def summary(outcomes: list[Outcome], allowed: dict[str, str] | None = None) -> str:
    """A printable summary: counts per suite, then every failure with its reason."""
    allowed = allowed or {}
    lines = []
    for kind in ("protocol", "gsp", "sd"):
        mine = [o for o in outcomes if o.kind == kind]
        passed = sum(o.passed for o in mine)
        lines.append(f"{kind:9} {passed}/{len(mine)} passed")
    for o in outcomes:
        if not o.passed:
            tag = "allowed" if o.id in allowed else "FAILED"
            lines.append(f"  {tag:8} {o.kind}:{o.id}: {o.reason}")
            if o.id in allowed:
                lines.append(f"           why allowed: {allowed[o.id]}")
    return "\n".join(lines)


def _iter_failures(outcomes: list[Outcome]) -> Iterator[Outcome]:
    return (o for o in outcomes if not o.passed)


def main(argv: list[str] | None = None) -> int:
    """Command line: run the manifests against any endpoint."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="server root, e.g. http://127.0.0.1:7878/")
    parser.add_argument("--query-path", default="/sparql")
    parser.add_argument("--update-path", default="/sparql")
    parser.add_argument("--store-path", default="/store")
    parser.add_argument("--token", help="bearer token for updates")
    parser.add_argument(
        "--root", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "w3c-sparql11"
    )
    args = parser.parse_args(argv)
    headers = {"Authorization": f"Bearer {args.token}"} if args.token else {}
    endpoint = Endpoint(
        args.url if args.url.endswith("/") else args.url + "/",
        args.query_path,
        args.update_path,
        args.store_path,
        headers,
    )
    outcomes = run_all(args.root, endpoint)
    print(summary(outcomes))
    return 0 if all(o.passed for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
