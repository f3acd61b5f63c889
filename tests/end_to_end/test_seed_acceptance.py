"""Issue 2 acceptance on the seed article (../shared/seeds, skipped when absent).

After ingesting the seed, `kg who-said --about Syria` lists Peskov (via TASS)
relaying Putin's affirmation, Putin's expressions of support, the Kremlin's
statement and al-Sharaa's praise, with dates; `kg relations Russia Syria`
shows SUPPORT, PRESENCE and the rest; Assad FLEE Moscow (2024-12) is there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from pyshacl import validate

import kg
from kg.store import DumpFormat
from kg.vocab import ontology_path


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> kg.KnowledgeGraph:
    seeds = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present")
    from datetime import date

    from kg.ingest import ingest_paths

    graph = kg.open(tmp_path_factory.mktemp("seed") / "store")
    summary = ingest_paths(graph, [seeds], published=date(2025, 3, 20), source="سكاي نيوز عربية")
    assert summary.ok, summary.errors
    return graph


def test_who_said_about_syria_lists_the_seed_statements(seed: kg.KnowledgeGraph) -> None:
    rows = seed.who_said(about="سوريا")
    assert rows == seed.who_said(about="Syria") == seed.who_said(about="Q858")
    by_speaker = {(r.speaker_label, r.via) for r in rows}
    assert ("Dmitry Peskov", "TASS") in by_speaker
    assert ("Vladimir Putin", "Dmitry Peskov") in by_speaker
    assert any(r.speaker_label == "Vladimir Putin" and "دعمه" in r.content for r in rows)
    assert any("Kremlin" in r.speaker_label and "سوريا موحدة" in r.content for r in rows)
    praise = [r for r in rows if r.speaker_label == "Ahmed al-Sharaa"]
    assert praise and praise[0].date == "2025-02"
    assert all(r.date for r in rows)


def test_relations_russia_syria_include_support_and_presence(seed: kg.KnowledgeGraph) -> None:
    rows = seed.relations("Russia", "Syria")
    types = {r.type for r in rows}
    assert {"SUPPORT", "PRESENCE", "CONSULT", "AID"} <= types
    assert ("Vladimir Putin", "CONSULT", "Ahmed al-Sharaa", "2025-02") in {
        (r.subject_label, r.type, r.object_label, r.date) for r in rows
    }
    aid = [r for r in rows if r.type == "AID"]
    assert aid and aid[0].modality == "intended"


def test_assad_fled_to_moscow_in_december_2024(seed: kg.KnowledgeGraph) -> None:
    rows = seed.relations("Bashar al-Assad", types=[kg.RelationType.FLEE])
    assert [(r.object_label, r.date) for r in rows] == [("Moscow", "2024-12")]


def test_dump_parses_and_passes_the_shapes(seed: kg.KnowledgeGraph) -> None:
    turtle = seed.dump(fmt=DumpFormat.TURTLE)
    assert turtle is not None
    data = rdflib.Graph().parse(data=turtle.decode("utf-8"), format="turtle")
    ontology = rdflib.Graph()
    ontology.parse(ontology_path("kg.ttl"), format="turtle")
    ontology.parse(ontology_path("plover.ttl"), format="turtle")
    shapes = rdflib.Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    conforms, _, report = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report
