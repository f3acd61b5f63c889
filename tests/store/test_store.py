"""Store semantics: named graph per article, one transaction per article, idempotence, IRIs."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from factories import AR_TEXT, arabic_extraction, english_extraction
from pyoxigraph import NamedNode

from kg.errors import LinkingError, StoreError, StoreLockedError, ValidationError
from kg.models import Extraction, RelationType
from kg.store import IngestOutcome, KnowledgeGraph

BASE = "https://w3id.org/statekg/id/"


def article_quads(kg: KnowledgeGraph, article_id: str) -> int:
    return sum(1 for _ in kg.quads(kg.article_iri(article_id)))


def test_each_article_is_its_own_named_graph(tmp_path: Path) -> None:
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.add(arabic_extraction())
        kg.add(english_extraction())
        graphs = {g.value for g in kg.graphs()}
    assert graphs == {BASE + "article/test-ar-1", BASE + "article/test-en-1"}


def test_reingesting_identical_content_changes_nothing(tmp_path: Path) -> None:
    with KnowledgeGraph(tmp_path / "store") as kg:
        first = kg.add(arabic_extraction())
        before = sorted(str(q) for q in kg.quads())
        again = kg.add(arabic_extraction())
        after = sorted(str(q) for q in kg.quads())
    assert first.outcome is IngestOutcome.ADDED
    assert again.outcome is IngestOutcome.UNCHANGED
    assert before == after


def test_changed_article_with_same_id_replaces_its_graph() -> None:
    kg = KnowledgeGraph()
    kg.add(arabic_extraction())
    old_hash = arabic_extraction().article.content_hash
    changed = arabic_extraction(text=AR_TEXT.replace("التهدئة", "الاستقرار"))
    result = kg.add(changed)
    assert result.outcome is IngestOutcome.REPLACED
    hashes = [r["h"].value for r in kg.sparql("SELECT ?h WHERE { ?a kg:contentHash ?h }")]
    assert hashes == [changed.article.content_hash] != [old_hash]
    assert len(list(kg.graphs())) == 1
    assert kg.stats().statements == 2 and kg.stats().relations == 2


def test_new_extractor_version_rewrites_the_graph() -> None:
    kg = KnowledgeGraph()
    kg.add(arabic_extraction(version="1"))
    result = kg.add(arabic_extraction(version="2"))
    assert result.outcome is IngestOutcome.REPLACED
    versions = kg.sparql(
        "SELECT DISTINCT ?v WHERE { ?a prov:wasGeneratedBy/kg:extractorVersion ?v }"
    )
    assert [r["v"].value for r in versions] == ["2"]


class FailingMidWrite(KnowledgeGraph):
    """A real store whose article write fails after the graph was dropped and half re-inserted."""

    def _update(self, update: str) -> None:
        if "INSERT DATA" in update:
            update = update + " ;\nLOAD <file:///nonexistent/statekg-injected-failure.ttl>"
        super()._update(update)


def test_failure_in_the_middle_of_an_article_leaves_the_old_graph_whole(tmp_path: Path) -> None:
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.add(arabic_extraction())
        before = sorted(str(q) for q in kg.quads())
    with FailingMidWrite(tmp_path / "store") as kg:
        with pytest.raises(StoreError):
            kg.add(arabic_extraction(text=AR_TEXT.replace("التهدئة", "الاستقرار")))
        with pytest.raises(StoreError):
            kg.add(english_extraction())
        after = sorted(str(q) for q in kg.quads())
        assert article_quads(kg, "test-en-1") == 0
    assert before == after


def test_failure_while_mapping_writes_nothing() -> None:
    kg = KnowledgeGraph()
    good = english_extraction()
    # a model_construct skips validation: the dangling speaker makes the mapping fail midway
    broken = Extraction.model_construct(
        **{**dict(good), "quotes": [good.quotes[0].model_copy(update={"speaker": "e99"})]}
    )
    with pytest.raises(KeyError):
        kg.add(broken)
    assert list(kg.graphs()) == []


def test_concurrent_reader_never_sees_half_an_article(tmp_path: Path) -> None:
    kg = KnowledgeGraph(tmp_path / "store")
    template = english_extraction()
    sizes: set[int] = set()
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            for row in kg.sparql(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/statekg/id/article/')) } GROUP BY ?g"
            ):
                sizes.add(int(row["n"].value))

    thread = threading.Thread(target=reader)
    thread.start()
    full = 0
    for i in range(60):
        ex = template.model_copy(
            update={"article": template.article.model_copy(update={"id": f"a{i}"})}
        )
        full = kg.add(ex).quads
    stop.set()
    thread.join()
    assert sizes <= {full}, f"a reader saw partial graphs: {sorted(sizes)}"


def test_store_persists_on_disk_and_a_second_writer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with KnowledgeGraph(path) as kg:
        kg.add(arabic_extraction())
        with pytest.raises(StoreLockedError):
            KnowledgeGraph(path)
    del kg
    code = (
        "import sys; from kg.store import KnowledgeGraph; "
        f"kg = KnowledgeGraph({str(path)!r}, read_only=True); print(kg.stats().statements)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "2"


def test_entity_iris_are_deterministic_and_shared_across_articles() -> None:
    kg = KnowledgeGraph()
    kg.add(arabic_extraction())
    kg.add(arabic_extraction(article_id="test-ar-2"))
    kg2 = KnowledgeGraph()
    kg2.add(arabic_extraction(article_id="test-ar-2"))
    rows = kg.sparql("SELECT DISTINCT ?p WHERE { ?p a kg:Person }")
    rows2 = kg2.sparql("SELECT DISTINCT ?p WHERE { ?p a kg:Person }")
    assert {r["p"].value for r in rows} == {r["p"].value for r in rows2}
    assert BASE + "entity/Q39259" in {r["p"].value for r in rows}
    assert any("/entity/person/" in r["p"].value for r in rows)
    stmts = kg.sparql("SELECT DISTINCT ?s WHERE { ?s a kg:Statement }")
    assert len(stmts) == 4  # two per article: content-hash IRIs include the article


def test_base_iri_is_configurable() -> None:
    kg = KnowledgeGraph(base_iri="http://localhost:7878/id/")
    kg.add(english_extraction())
    assert NamedNode("http://localhost:7878/id/article/test-en-1") in set(kg.graphs())


def test_every_statement_and_relation_carries_article_evidence_and_extractor() -> None:
    kg = KnowledgeGraph()
    kg.add(arabic_extraction())
    missing = kg.sparql(
        """SELECT ?x WHERE {
             { ?x a kg:Statement } UNION { ?x a kg:Relation }
             FILTER NOT EXISTS { ?x prov:wasDerivedFrom ?a ; prov:wasGeneratedBy ?e ;
                                    kg:start ?s ; kg:end ?t }
           }"""
    )
    assert missing == []


def test_direct_triple_only_for_asserted_relations() -> None:
    kg = KnowledgeGraph()
    kg.add(english_extraction())
    direct = kg.sparql("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(?p IN (kg:consults, kg:aids)) }")
    assert {(r["s"].value.rsplit("/", 1)[-1], r["p"].value.rsplit("#", 1)[-1]) for r in direct} == {
        ("Q3052772", "consults")
    }


def test_names_in_arabic_english_or_qid_resolve_to_the_same_entity() -> None:
    kg = KnowledgeGraph()
    kg.add(english_extraction())
    iris = {e.iri for name in ("Lebanon", "لبنان", "Q822") for e in kg.resolve(name)}
    assert iris == {BASE + "entity/Q822"}
    with pytest.raises(LinkingError):
        kg.resolve("Atlantis")


def test_who_said_about_a_state_includes_its_actors_and_dates() -> None:
    kg = KnowledgeGraph()
    kg.add(arabic_extraction())
    kg.add(english_extraction())
    rows = kg.who_said(about="Turkey")
    assert {r.speaker_label for r in rows} == {"المتحدث باسم الرئاسة التركية"}
    assert rows[0].via == "Anadolu Agency"
    lebanon = kg.who_said(about="لبنان")
    assert [(r.speaker_label, r.role, r.state, r.date) for r in lebanon] == [
        ("Emmanuel Macron", "French President", "France", "2025-03-04")
    ]
    assert kg.who_said(about="Lebanon", since="2025-04-01") == []


def test_relations_between_states_both_directions_and_by_type() -> None:
    kg = KnowledgeGraph()
    kg.add(english_extraction())
    rows = kg.relations("France", "Lebanon")
    assert {(r.type, r.modality, r.date) for r in rows} == {
        ("CONSULT", "asserted", "2025-03-03"),
        ("AID", "intended", None),
    }
    assert {r.type for r in kg.relations("Lebanon", "France")} == {"CONSULT", "AID"}
    assert kg.relations("Lebanon", "France", directed=True) == []
    only = kg.relations("France", "Lebanon", types=[RelationType.AID])
    assert [r.topic for r in only] == ["humanitarian aid"]
    assert [
        r.type for r in kg.relations("France", "Lebanon", since="2025-03-01", until="2025-03-31")
    ] == ["CONSULT"]


def test_model_refuses_dangling_ids_spans_outside_text_and_unknown_types() -> None:
    good = english_extraction().model_dump()
    bad_speaker = {**good, "quotes": [{**good["quotes"][0], "speaker": "e42"}]}
    bad_span = {**good, "relations": [{**good["relations"][0], "evidence_end": 10_000}]}
    bad_type = {**good, "relations": [{**good["relations"][0], "type": "HUG"}]}
    for data, words in ((bad_speaker, "missing entity"), (bad_span, "outside"), (bad_type, "HUG")):
        with pytest.raises(ValidationError, match=words):
            Extraction.build(**data)


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.add(english_extraction())
    del kg
    ro = KnowledgeGraph(tmp_path / "store", read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        ro.add(arabic_extraction())
