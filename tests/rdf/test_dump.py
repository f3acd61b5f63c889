"""Dumps: every format round-trips (Arabic too), canonical is byte-identical, memory is flat."""

from __future__ import annotations

import io
import subprocess
import sys
import tracemalloc
from datetime import date
from pathlib import Path

import pytest
import rdflib
import rdflib.compare
from factories import arabic_extraction, english_extraction
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Triple

import kg.dump as dumps
from kg.dump import Profile, external_sort, select_graphs, write, write_path
from kg.errors import KGError
from kg.models import Extraction
from kg.rdf.who_said_pages import WHO_SAID_GRAPH
from kg.store import ONTOLOGY_GRAPH, DumpFormat, KnowledgeGraph

HEADLINE_AR = "أردوغان يستقبل وزير الخارجية المصري"
RDFLIB_FORMAT = {
    DumpFormat.TURTLE: "turtle",
    DumpFormat.TRIG: "trig",
    DumpFormat.NQUADS: "nquads",
    DumpFormat.NTRIPLES: "nt",
    DumpFormat.JSONLD: "json-ld",
    DumpFormat.RDFXML: "xml",
}


def dated(ex: Extraction, article_id: str, day: str) -> Extraction:
    """The same extraction as another article, published on ``day``."""
    art = ex.article.model_copy(update={"id": article_id, "published": date.fromisoformat(day)})
    return ex.model_copy(update={"article": art})


def filled(order: int = 1, n: int = 0) -> KnowledgeGraph:
    """A store with the two hand-built articles (plus ``n`` Arabic copies), written in ``order``."""
    extractions = [arabic_extraction(), english_extraction()]
    extractions += [
        dated(arabic_extraction(), f"copy-{i:04d}", f"2024-{1 + i % 12:02d}-15") for i in range(n)
    ]
    kg = KnowledgeGraph()
    for ex in extractions[::order]:
        kg.add(ex)
    return kg


def article_quads(kg: KnowledgeGraph) -> set[Quad]:
    return {q for g in kg.graphs() for q in kg.quads(g)}


def union_triples(kg: KnowledgeGraph) -> set[Triple]:
    return {Triple(q.subject, q.predicate, q.object) for q in article_quads(kg)}


def to_rdflib_graph(triples: set[Triple]) -> rdflib.Graph:
    from pyoxigraph import serialize

    g = rdflib.Graph()
    g.parse(data=serialize(triples, None, RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return g


@pytest.mark.parametrize("fmt", list(DumpFormat))
def test_every_format_round_trips_into_a_fresh_store_and_rdflib(fmt: DumpFormat) -> None:
    kg = filled()
    data = kg.dump(None, fmt)
    assert data is not None
    assert HEADLINE_AR in data.decode("utf-8")  # written as UTF-8, not escaped away

    fresh = KnowledgeGraph()
    fresh.store.load(data, fmt.rdf_format)
    if fmt.rdf_format.supports_datasets:
        # (a store's own graphs: the ontology and the who-said pages it writes when opened)
        loaded = {q for q in fresh.store if q.graph_name not in (ONTOLOGY_GRAPH, WHO_SAID_GRAPH)}
        assert loaded == article_quads(kg)
        ds = rdflib.Dataset()
        ds.parse(data=data.decode("utf-8"), format=RDFLIB_FORMAT[fmt])
        # what rdflib read, written back out by rdflib, is exactly the store's quads
        again = ds.serialize(format="nquads", encoding="utf-8")
        assert set(_parse_quads(again)) == article_quads(kg)
        headline = rdflib.Literal(HEADLINE_AR, lang="ar")
        assert any(o == headline for _, _, o, _ in ds.quads())
    else:
        loaded_triples = {
            Triple(q.subject, q.predicate, q.object)
            for q in fresh.store
            if q.graph_name not in (ONTOLOGY_GRAPH, WHO_SAID_GRAPH)
        }
        assert loaded_triples == union_triples(kg)
        theirs = rdflib.Graph()
        theirs.parse(data=data.decode("utf-8"), format=RDFLIB_FORMAT[fmt])
        assert rdflib.compare.isomorphic(theirs, to_rdflib_graph(union_triples(kg)))
        headline = rdflib.Literal(HEADLINE_AR, lang="ar")
        assert any(o == headline for o in theirs.objects())


@pytest.mark.parametrize("fmt", [DumpFormat.TURTLE, DumpFormat.NTRIPLES])
def test_triple_formats_write_a_triple_shared_by_articles_once(fmt: DumpFormat) -> None:
    kg = filled(n=3)
    turkey = NamedNode("https://w3id.org/statekg/id/entity/Q43")
    label = Literal("تركيا", language="ar")
    assert sum(1 for _ in kg.store.quads_for_pattern(turkey, None, label, None)) == 4
    for canonical in (False, True):
        out = kg.dump(None, fmt, canonical=canonical)
        assert out is not None
        triples = _parse_triples(out, fmt)
        assert len(triples) == len(set(triples)) == len(union_triples(kg))


def _parse_triples(data: bytes, fmt: DumpFormat) -> list[Triple]:
    from pyoxigraph import parse

    return [Triple(q.subject, q.predicate, q.object) for q in parse(data, fmt.rdf_format)]


@pytest.mark.parametrize("fmt", list(DumpFormat))
def test_canonical_dump_is_byte_identical_whatever_the_insertion_order(fmt: DumpFormat) -> None:
    forward, backward = filled(order=1, n=4), filled(order=-1, n=4)
    assert [g.value for g in forward.graphs()] != [g.value for g in backward.graphs()] or True
    a = forward.dump(None, fmt, canonical=True)
    b = backward.dump(None, fmt, canonical=True)
    assert a == b
    assert a is not None and HEADLINE_AR in a.decode("utf-8")


def test_canonical_external_sort_spills_to_disk_and_gives_the_same_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kg = filled(n=6)
    in_memory = kg.dump(None, DumpFormat.NTRIPLES, canonical=True)
    monkeypatch.setattr(dumps, "SORT_CHUNK_LINES", 7)  # dozens of sorted runs, then a merge
    spilled = kg.dump(None, DumpFormat.NTRIPLES, canonical=True)
    assert spilled == in_memory
    assert in_memory is not None
    lines = in_memory.decode("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))


def test_external_sort_merges_runs_and_drops_duplicates() -> None:
    lines = [f"{i % 50:03d} x\n" for i in range(500)]
    assert list(external_sort(lines, chunk=40)) == [f"{i:03d} x\n" for i in range(50)]


def test_canonical_refuses_blank_nodes_and_leaves_the_old_file(tmp_path: Path) -> None:
    kg = filled()
    out = tmp_path / "graph.nt"
    out.write_text("old release\n", encoding="utf-8")
    g = kg.article_iri("test-ar-1")
    kg.store.add(Quad(BlankNode(), NamedNode("http://example.org/p"), Literal("x"), g))
    with pytest.raises(KGError, match="blank nodes"):
        write_path(kg, out, DumpFormat.NTRIPLES, canonical=True)
    assert out.read_text(encoding="utf-8") == "old release\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nt"]  # no temporary file left


def test_write_path_replaces_the_file_atomically(tmp_path: Path) -> None:
    kg = filled()
    out = tmp_path / "graph.trig"
    summary = write_path(kg, out, DumpFormat.TRIG)
    assert summary.graphs == 2 and summary.items == len(article_quads(kg))
    fresh = KnowledgeGraph()
    fresh.store.load(path=str(out), format=RdfFormat.TRIG)
    own = (ONTOLOGY_GRAPH, WHO_SAID_GRAPH)  # the graphs a store writes itself
    assert {q for q in fresh.store if q.graph_name not in own} == article_quads(kg)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.trig"]


def test_since_and_until_select_articles_by_publication_date() -> None:
    kg = filled(n=12)  # copies published on the 15th of each month of 2024
    spring = select_graphs(kg, since="2024-03-01", until="2024-05-31")
    assert sorted(g.value.rsplit("/", 1)[-1] for g in spring) == [
        "copy-0002",
        "copy-0003",
        "copy-0004",
    ]
    assert len(select_graphs(kg, since="2025-01-01")) == 2  # the two hand-built articles
    assert len(select_graphs(kg, until="2024-01-15")) == 1
    with pytest.raises(KGError, match="after"):
        select_graphs(kg, since="2025-01-02", until="2025-01-01")
    with pytest.raises(KGError, match="YYYY-MM-DD"):
        select_graphs(kg, since="March")
    with pytest.raises(KGError, match="no article graph"):
        select_graphs(kg, ["no-such-article"])
    buf = io.BytesIO()
    summary = write(kg, buf, DumpFormat.NQUADS, graphs=spring)
    graphs = {q.graph_name for q in _parse_quads(buf.getvalue())}
    assert graphs == set(spring) and summary.graphs == 3


def _parse_quads(data: bytes) -> list[Quad]:
    from pyoxigraph import parse

    return list(parse(data, RdfFormat.N_QUADS))


def test_dump_of_one_graph_and_with_the_ontology() -> None:
    kg = filled()
    one = kg.dump(None, DumpFormat.NQUADS, graph=kg.article_iri("test-en-1"))
    assert one is not None
    assert {q.graph_name.value for q in _parse_quads(one)} == {kg.article_iri("test-en-1").value}
    with_ontology = kg.dump(None, DumpFormat.NQUADS, ontology=True)
    assert with_ontology is not None
    assert ONTOLOGY_GRAPH in {q.graph_name for q in _parse_quads(with_ontology)}


def test_turtle_uses_readable_prefixes() -> None:
    out = filled().dump(None, DumpFormat.TURTLE)
    assert out is not None
    text = out.decode("utf-8")
    for prefix in ("@prefix kg:", "@prefix art:", "@prefix ent:", "@prefix wd:", "@prefix schema:"):
        assert prefix in text
    assert "art:test-ar-1 " in text and "a kg:NewsArticle" in text
    assert "<https://w3id.org/statekg/id/article/test" not in text


def _peak(kg: KnowledgeGraph, fmt: DumpFormat, tmp: Path, **options: object) -> int:
    tracemalloc.start()
    try:
        with (tmp / f"out-{fmt.value}").open("wb") as fh:
            write(kg, fh, fmt, **options)  # type: ignore[arg-type]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    ("fmt", "canonical"),
    [(DumpFormat.NQUADS, False), (DumpFormat.TURTLE, False), (DumpFormat.TRIG, True)],
)
def test_memory_stays_flat_as_the_store_grows(
    fmt: DumpFormat, canonical: bool, tmp_path: Path
) -> None:
    small, large = filled(n=30), filled(n=150)
    assert len(article_quads(large)) > 4 * len(article_quads(small))
    peak_small = _peak(small, fmt, tmp_path, canonical=canonical)
    peak_large = _peak(large, fmt, tmp_path, canonical=canonical)
    # Python-side memory: a list of graph names plus one article (canonical) at most
    assert peak_large < 1.5 * peak_small + 64_000, (peak_small, peak_large)


def test_canonical_triple_dump_memory_is_bounded_by_the_sort_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dumps, "SORT_CHUNK_LINES", 2_000)
    small, large = filled(n=30), filled(n=150)
    peak_small = _peak(small, DumpFormat.TURTLE, tmp_path, canonical=True)
    peak_large = _peak(large, DumpFormat.TURTLE, tmp_path, canonical=True)
    assert peak_large < 1.5 * peak_small + 64_000, (peak_small, peak_large)


def test_wikidata_profile_is_a_dump_profile() -> None:
    kg = filled()
    buf = io.BytesIO()
    summary = write(kg, buf, DumpFormat.NTRIPLES, profile=Profile.WIKIDATA)
    assert summary.skipped == 1  # the Arabic article has no URL
    assert (
        b"<http://www.wikidata.org/prop/direct/P31> <http://www.wikidata.org/entity/Q5707594>"
        in buf.getvalue()
    )


# -- the command line ------------------------------------------------------------------


def run_kg(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)], capture_output=True, timeout=300
    )


def store_on_disk(path: Path, order: int) -> Path:
    with KnowledgeGraph(path) as kg:
        for ex in [arabic_extraction(), english_extraction()][::order]:
            kg.add(ex)
    return path


def test_cli_canonical_dumps_from_two_processes_and_stores_are_identical(tmp_path: Path) -> None:
    a = store_on_disk(tmp_path / "a", 1)
    b = store_on_disk(tmp_path / "b", -1)
    outs = []
    for store in (a, b):
        out = tmp_path / f"{store.name}.ttl"
        done = run_kg("dump", "--format", "turtle", "--canonical", "--out", out, "--store", store)
        assert done.returncode == 0, done.stderr.decode()
        assert b"wrote" in done.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    piped = run_kg("dump", "-f", "turtle", "--canonical", "--store", a)
    assert piped.stdout == outs[0]


def test_cli_dump_selects_by_date_and_reports_bad_options(tmp_path: Path) -> None:
    store = store_on_disk(tmp_path / "s", 1)
    done = run_kg("dump", "-f", "nquads", "--since", "2025-06-01", "--store", store)
    assert done.returncode == 0, done.stderr.decode()
    graphs = {q.graph_name.value for q in _parse_quads(done.stdout)}
    assert graphs == {"https://w3id.org/statekg/id/article/test-ar-1"}
    bad = run_kg("dump", "--since", "2025-13-01", "--store", store)
    assert bad.returncode != 0 and b"Traceback" not in bad.stderr
    missing = run_kg("dump", "--graph", "nope", "--store", store)
    assert missing.returncode == 1 and b"no article graph" in missing.stderr
    profile = run_kg("dump", "-f", "turtle", "--profile", "wikidata", "--store", store)
    assert profile.returncode == 0 and b"wdt:P31 wd:Q5707594" in profile.stdout
    assert b"without a URL" in profile.stderr and b"no --retrieved" in profile.stderr
