"""SHACL validation of the graph (``kg validate``), one article graph at a time.

Each article graph is validated on its own against ``ontology/shapes.ttl`` with
pySHACL, with ``ontology/kg.ttl`` and ``ontology/plover.ttl`` as the *ontology*
graph and RDFS inference.  The ontology must go there: the data types an entity
``kg:Person`` while a shape says the speaker is a ``kg:Actor``, and pySHACL only
follows ``rdfs:subClassOf`` triples that are in the data graph (it copies the
ontology graph's into it); a subclass axiom placed in the shapes graph is
ignored for targeting and gives a false pass.

Validating graph by graph keeps memory and time linear in the number of
articles (the shapes' cardinalities are per article graph).  Dump files are
loaded into a scratch in-memory store first: dataset formats (TriG, N-Quads,
JSON-LD) are then validated per named graph, triple formats (Turtle, N-Triples,
RDF/XML) as one graph.

pySHACL is an optional dependency (the ``test`` extra).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, Store, Triple, serialize

from kg.errors import InputError, KGError
from kg.vocab import KG, PREFIXES, ontology_path

if TYPE_CHECKING:
    import rdflib

    from kg.store import KnowledgeGraph

__all__ = [
    "Inference",
    "ValidationReport",
    "Violation",
    "file_format",
    "validate",
    "validate_triples",
]

Inference = str
"""pySHACL inference: ``"rdfs"`` (default), ``"none"``, ``"owlrl"`` or ``"both"``."""

_SH = "http://www.w3.org/ns/shacl#"
_FORMATS = {
    ".ttl": RdfFormat.TURTLE,
    ".turtle": RdfFormat.TURTLE,
    ".trig": RdfFormat.TRIG,
    ".nq": RdfFormat.N_QUADS,
    ".nquads": RdfFormat.N_QUADS,
    ".nt": RdfFormat.N_TRIPLES,
    ".ntriples": RdfFormat.N_TRIPLES,
    ".jsonld": RdfFormat.JSON_LD,
    ".json": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML,
    ".xml": RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class Violation:
    """One SHACL result."""

    focus: str
    message: str
    severity: str = "Violation"
    """``Violation``, ``Warning`` or ``Info``."""
    path: str | None = None
    value: str | None = None
    shape: str | None = None
    constraint: str | None = None
    """Local name of the constraint component (``MinCountConstraintComponent``)."""
    article: str | None = None
    """The article graph the focus node was validated in."""


@dataclass
class ValidationReport:
    """The outcome of validating a store or dump files."""

    graphs: int = 0
    triples: int = 0
    results: list[Violation] = field(default_factory=list)
    seconds: float = 0.0
    inference: str = "rdfs"

    @property
    def violations(self) -> list[Violation]:
        """Results of severity Violation (the ones that fail validation)."""
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def conforms(self) -> bool:
        """True when there is no result of severity Violation."""
        return not self.violations

    def text(self, prefixes: dict[str, str] | None = None, *, limit: int | None = None) -> str:
        """A readable report: results grouped by article, IRIs shortened with ``prefixes``."""
        names = sorted((prefixes or PREFIXES).items(), key=lambda kv: -len(kv[1]))

        def short(iri: str | None) -> str:
            if iri is None:
                return "-"
            for p, ns in names:
                if iri.startswith(ns) and len(iri) > len(ns):
                    return f"{p}:{iri[len(ns) :]}"
            return f"<{iri}>" if "://" in iri or iri.startswith("urn:") else iri

        lines: list[str] = []
        shown = self.results if limit is None else self.results[:limit]
        by_article: dict[str, list[Violation]] = {}
        for r in shown:
            by_article.setdefault(short(r.article) if r.article else "(no article)", []).append(r)
        for art in sorted(by_article):
            lines.append(f"article {art}")
            for r in by_article[art]:
                lines.append(f"  {r.severity}: {r.message}")
                lines.append(f"    focus {short(r.focus)}  path {short(r.path)}")
                if r.value is not None:
                    lines.append(f"    value {short(r.value)}")
                if r.constraint:
                    shape = f"  shape {short(r.shape)}" if r.shape else ""
                    lines.append(f"    constraint sh:{r.constraint}{shape}")
        if limit is not None and len(self.results) > limit:
            lines.append(f"... and {len(self.results) - limit} more results")
        verdict = "conforms" if self.conforms else f"{len(self.violations)} violation(s)"
        others = len(self.results) - len(self.violations)
        if others:
            verdict += f", {others} warning(s)/info"
        lines.append(
            f"validated {self.graphs} graph(s), {self.triples} triples, "
            f"inference {self.inference}, in {self.seconds:.1f} s: {verdict}"
        )
        return "\n".join(lines)


# -- shapes and ontology (parsed once) ----------------------------------------------------


def _rdflib() -> Any:
    try:
        import pyshacl
        import rdflib
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise KGError(
            "kg validate needs pySHACL: pip install 'pyshacl>=0.26' (or statekg[test])"
        ) from exc
    return rdflib, pyshacl


@functools.cache
def _shapes() -> rdflib.Graph:
    rl, _ = _rdflib()
    g: rdflib.Graph = rl.Graph()
    g.parse(str(ontology_path("shapes.ttl")), format="turtle")
    return g


@functools.cache
def _ontology() -> rdflib.Graph:
    rl, _ = _rdflib()
    g: rdflib.Graph = rl.Graph()
    for name in ("kg.ttl", "plover.ttl"):
        g.parse(str(ontology_path(name)), format="turtle")
    return g


# -- validating ---------------------------------------------------------------------------


def _to_rdflib(triples: Iterable[Triple]) -> rdflib.Graph:
    rl, _ = _rdflib()
    data = serialize(triples, None, RdfFormat.N_TRIPLES) or b""
    g: rdflib.Graph = rl.Graph()
    if data:
        g.parse(data=data.decode("utf-8"), format="nt")
    return g


def _complex(path: Any) -> str | None:
    return "(a complex path)" if path is not None else None


def _node(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


def validate_triples(
    triples: Iterable[Triple],
    *,
    article: str | None = None,
    inference: Inference = "rdfs",
) -> tuple[int, list[Violation]]:
    """Validate one graph; returns ``(number of triples, results)``."""
    rdflib, pyshacl = _rdflib()
    data = _to_rdflib(triples)
    if not len(data):
        return 0, []
    _conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=_shapes(),
        ont_graph=_ontology(),
        inference=inference,
        allow_warnings=True,
    )
    sh = rdflib.Namespace(_SH)
    out: list[Violation] = []
    for r in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        path = results.value(r, sh.resultPath)
        severity = results.value(r, sh.resultSeverity)
        component = results.value(r, sh.sourceConstraintComponent)
        shape = results.value(r, sh.sourceShape)
        message = results.value(r, sh.resultMessage)
        focus = str(results.value(r, sh.focusNode))
        out.append(
            Violation(
                focus=focus,
                message=str(message) if message is not None else "constraint not met",
                severity=str(severity).removeprefix(_SH) if severity is not None else "Violation",
                path=_node(path)
                if isinstance(path, rdflib.URIRef)
                else ("(path)" if path else None),
                value=_node(results.value(r, sh.value)),
                shape=_node(shape) if isinstance(shape, rdflib.URIRef) else None,
                constraint=str(component).removeprefix(_SH) if component is not None else None,
                article=article or _article_of(data, focus),
            )
        )
    out.sort(key=lambda v: (v.article or "", v.focus, v.path or "", v.message))
    return len(data), out


def _article_of(data: rdflib.Graph, focus: str) -> str | None:
    """In a merged graph: the article a focus node belongs to (``kg:article``), if any."""
    rdflib, _ = _rdflib()
    node = rdflib.URIRef(focus)
    if (node, rdflib.RDF.type, rdflib.URIRef(KG.NewsArticle.value)) in data:
        return focus
    art = data.value(node, rdflib.URIRef(KG.article.value))
    return str(art) if art is not None else None


def _store_units(
    store: Store, graphs: Iterable[NamedNode]
) -> Iterator[tuple[str | None, list[Triple]]]:
    for g in graphs:
        yield (
            g.value,
            [
                Triple(q.subject, q.predicate, q.object)
                for q in store.quads_for_pattern(None, None, None, g)
            ],
        )


def file_format(path: Path) -> RdfFormat:
    """The RDF format of a dump file, from its extension."""
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"unknown RDF file extension {path.suffix!r} (use {', '.join(sorted(_FORMATS))})",
            path=str(path),
        )
    return fmt


def _load_files(paths: Iterable[str | Path]) -> Store:
    store = Store()
    for p in map(Path, paths):
        fmt = file_format(p)
        try:
            store.bulk_load(path=str(p), format=fmt)
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), path=str(p)) from None
        except SyntaxError as exc:
            raise InputError(f"not valid RDF: {str(exc).splitlines()[0]}", path=str(p)) from None
    return store


def validate(
    source: KnowledgeGraph | Iterable[str | Path],
    *,
    graphs: Iterable[NamedNode] | None = None,
    inference: Inference = "rdfs",
) -> ValidationReport:
    """Validate a knowledge graph, or dump files, against ``ontology/shapes.ttl``.

    :param source: a :class:`~kg.store.KnowledgeGraph` (validated one article graph
        at a time; the ontology graph is not data) or paths of dump files.
    :param graphs: only these article graphs (store only).
    :param inference: pySHACL inference (``rdfs`` by default; ``none`` is about twice
        as fast and still follows the ontology's subclass axioms).
    """
    from kg.store import ONTOLOGY_GRAPH, KnowledgeGraph

    if inference not in ("rdfs", "none", "owlrl", "both"):
        raise KGError(f"unknown inference {inference!r} (rdfs, none, owlrl, both)")
    _rdflib()
    started = time.perf_counter()
    report = ValidationReport(inference=inference)
    units: Iterator[tuple[str | None, list[Triple]]]
    if isinstance(source, KnowledgeGraph):
        chosen = list(graphs) if graphs is not None else list(source.graphs())
        units = _store_units(source.store, chosen)
    else:
        store = _load_files(source)
        named = [
            g for g in store.named_graphs() if isinstance(g, NamedNode) and g != ONTOLOGY_GRAPH
        ]
        default = [
            Triple(q.subject, q.predicate, q.object)
            for q in store.quads_for_pattern(None, None, None, DefaultGraph())
        ]

        def file_units() -> Iterator[tuple[str | None, list[Triple]]]:
            if default:
                yield None, default
            yield from _store_units(store, named)

        units = file_units()
    for article, triples in units:
        n, results = validate_triples(triples, article=article, inference=inference)
        report.graphs += 1
        report.triples += n
        report.results.extend(results)
    report.seconds = time.perf_counter() - started
    return report
