"""``kg validate``: SHACL per article graph, the ontology as ontology graph, readable reports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from factories import arabic_extraction, english_extraction
from pyoxigraph import Literal, NamedNode, Quad

from kg.dump import dump_prefixes
from kg.errors import InputError
from kg.store import DumpFormat, KnowledgeGraph
from kg.vocab import KG, RDF, ontology_path

pyshacl = pytest.importorskip("pyshacl")
rdflib = pytest.importorskip("rdflib")

from kg.validate import validate  # noqa: E402

BROKEN = NamedNode("https://w3id.org/statekg/id/relation/broken")


def good() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add(arabic_extraction())
    kg.add(english_extraction())
    return kg


def broken() -> KnowledgeGraph:
    """A second, malformed content hash on an article; a Support node typed only by its subclass."""
    kg = good()
    g = kg.article_iri("test-ar-1")
    kg.store.add(Quad(g, KG.contentHash, Literal("sha256:not-hex"), g))
    kg.store.add(Quad(BROKEN, RDF.type, KG.Support, g))
    return kg


def test_a_well_formed_store_conforms() -> None:
    report = validate(good())
    assert report.conforms, report.text()
    assert report.graphs == 2 and report.triples > 200 and report.inference == "rdfs"
    assert "conforms" in report.text()


def test_violations_name_the_article_focus_node_path_and_message() -> None:
    kg = broken()
    report = validate(kg)
    assert not report.conforms
    article = kg.article_iri("test-ar-1").value
    assert {v.article for v in report.violations} == {article}
    hashes = [v for v in report.violations if v.path == KG.contentHash.value]
    assert {v.constraint for v in hashes} == {
        "MaxCountConstraintComponent",
        "PatternConstraintComponent",
    }
    assert all(v.focus == article for v in hashes)
    assert any(v.value == "sha256:not-hex" for v in hashes)
    text = report.text(dump_prefixes(kg))
    assert "article art:test-ar-1" in text and "focus art:test-ar-1  path kg:contentHash" in text
    assert "focus rel:broken  path kg:subject" in text
    assert text.rstrip().endswith(f"{len(report.violations)} violation(s)")


def test_subclass_axioms_come_from_the_ontology_graph() -> None:
    """kg:Support is a kg:Relation only in kg.ttl: the relation shape must still target it."""
    report = validate(broken())
    on_broken = {v.path for v in report.violations if v.focus == BROKEN.value}
    assert KG.subject.value in on_broken and KG.article.value in on_broken  # RelationShape applied

    # the pitfall this avoids: ontology axioms in the *shapes* graph are ignored for targeting
    kg = broken()
    data = rdflib.Graph()
    data.parse(
        data=kg.dump(None, DumpFormat.NTRIPLES, graph=kg.article_iri("test-ar-1")).decode(),
        format="nt",
    )
    shapes_and_ontology = rdflib.Graph()
    for name in ("shapes.ttl", "kg.ttl", "plover.ttl"):
        shapes_and_ontology.parse(str(ontology_path(name)), format="turtle")
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes_and_ontology, inference="rdfs")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    paths = {
        str(results.value(r, sh.resultPath))
        for r in results.subjects(sh.focusNode, rdflib.URIRef(BROKEN.value))
    }
    assert KG.subject.value not in paths  # a false pass of the relation shape


def test_inference_none_gives_the_same_results_faster() -> None:
    kg = broken()
    rdfs, none = validate(kg), validate(kg, inference="none")
    assert {(v.focus, v.path, v.constraint) for v in rdfs.violations} == {
        (v.focus, v.path, v.constraint) for v in none.violations
    }


def test_dump_files_validate_per_named_graph_or_as_one_graph(tmp_path: Path) -> None:
    kg = good()
    trig, ttl = tmp_path / "g.trig", tmp_path / "g.ttl"
    kg.dump(trig, DumpFormat.TRIG)
    kg.dump(ttl, DumpFormat.TURTLE)
    per_graph = validate([trig], inference="none")
    assert per_graph.conforms and per_graph.graphs == 2
    merged = validate([ttl], inference="none")
    assert merged.conforms and merged.graphs == 1

    bad = tmp_path / "bad.trig"
    broken().dump(bad, DumpFormat.TRIG)
    report = validate([bad], inference="none")
    assert not report.conforms
    assert {v.article for v in report.violations} == {kg.article_iri("test-ar-1").value}
    flat = tmp_path / "bad.nt"
    broken().dump(flat, DumpFormat.NTRIPLES)
    articles = {v.article for v in validate([flat], inference="none").violations}
    assert kg.article_iri("test-ar-1").value in articles  # found through the focus node

    with pytest.raises(InputError, match="extension"):
        validate([tmp_path / "g.csv"])
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="not valid RDF"):
        validate([garbage])


def run_kg(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, timeout=300
    )


def test_cli_exit_code_follows_the_verdict(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with KnowledgeGraph(store) as kg:
        kg.add(arabic_extraction())
    ok = run_kg("validate", "--store", store, "--inference", "none")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "validated 1 graph(s)" in ok.stdout and "conforms" in ok.stdout
    with KnowledgeGraph(store) as kg:
        g = kg.article_iri("test-ar-1")
        kg.store.add(Quad(g, KG.contentHash, Literal("sha256:not-hex"), g))
    bad = run_kg("validate", "--store", store, "--inference", "none")
    assert bad.returncode == 1
    assert "article art:test-ar-1" in bad.stdout and "path kg:contentHash" in bad.stdout
    dump = tmp_path / "g.nq"
    assert run_kg("dump", "-f", "nquads", "--out", dump, "--store", store).returncode == 0
    from_file = run_kg("validate", dump, "--inference", "none")
    assert from_file.returncode == 1 and "Traceback" not in from_file.stderr
