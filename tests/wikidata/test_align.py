"""``kg align``: candidates from a streamed Wikidata JSON dump, scores, applying, review files."""

from __future__ import annotations

import bz2
import gzip
import shutil
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import Literal, NamedNode

from kg.errors import InputError
from kg.models import EntityType, Extraction
from kg.store import KnowledgeGraph
from kg.vocab import KG, SKOS, WD
from kg.wikidata.align import (
    LocalEntity,
    align,
    apply_review,
    local_entities,
    read_review,
    score,
    write_review,
)
from kg.wikidata.jsondump import WikidataEntity, iter_entities, raw_names

DUMP = Path(__file__).parents[1] / "data" / "wikidata" / "entities.json"
BASE = "https://w3id.org/statekg/id/"
NASSAR = BASE + "entity/person/samir-nassar"
HADDAD = BASE + "entity/person/karim-haddad"
COUNCIL = BASE + "entity/organization/levant-relief-council"

EN_TEXT = (
    "Egyptian Foreign Ministry spokesman Samir Nassar said on Sunday that Cairo welcomed the "
    "truce. Karim Haddad, a spokesman for the Levant Relief Council, said aid convoys would "
    "cross on Monday."
)
AR_TEXT = "وقال المتحدث باسم الخارجية المصرية سمير نصار إن القاهرة ترحب بالهدنة."


def _span(text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def english_article() -> Extraction:
    t = EN_TEXT
    return Extraction.build(
        article={
            "id": "align-en",
            "text": t,
            "lang": "en",
            "published": "2025-02-02",
            "url": "https://news.example.org/align-en",
            "title": "Cairo welcomes truce",
        },
        entities=[
            {
                "id": "e1",
                "type": "State",
                "label": "Egypt",
                "labels": {"en": "Egypt", "ar": "مصر"},
                "qid": "Q79",
                "state": "e1",
                "mentions": [_span(t, "Egyptian")],
            },
            {
                "id": "e2",
                "type": "Person",
                "label": "Samir Nassar",
                "state": "e1",
                "labels": {"en": "Samir Nassar", "ar": "سمير نصار"},
                "roles": [{"label": "Foreign Ministry spokesman", "lang": "en", "of": "e1"}],
                "mentions": [_span(t, "Samir Nassar")],
            },
            {
                "id": "e3",
                "type": "Person",
                "label": "Karim Haddad",
                "labels": {"en": "Karim Haddad"},
                "mentions": [_span(t, "Karim Haddad")],
            },
            {
                "id": "e4",
                "type": "Organization",
                "label": "Levant Relief Council",
                "state": "e1",
                "labels": {"en": "Levant Relief Council", "ar": "مجلس إغاثة المشرق"},
                "mentions": [_span(t, "Levant Relief Council")],
            },
        ],
        quotes=[
            {"id": "q1", "speaker": "e2", "cue": "said", **_span(t, "Cairo welcomed the truce")}
        ],
        extractor="test.hand",
        extractor_version="1",
    )


def arabic_article() -> Extraction:
    t = AR_TEXT
    return Extraction.build(
        article={"id": "align-ar", "text": t, "lang": "ar", "published": "2025-02-03"},
        entities=[
            {
                "id": "e1",
                "type": "State",
                "label": "Egypt",
                "labels": {"en": "Egypt", "ar": "مصر"},
                "qid": "Q79",
                "state": "e1",
                "mentions": [_span(t, "المصرية")],
            },
            {
                "id": "e2",
                "type": "Person",
                "label": "Samir Nassar",
                "state": "e1",
                "labels": {"en": "Samir Nassar", "ar": "سمير نصار"},
                "mentions": [_span(t, "سمير نصار")],
            },
        ],
        quotes=[{"id": "q1", "speaker": "e2", "cue": "وقال", **_span(t, "القاهرة ترحب بالهدنة")}],
        extractor="test.hand",
        extractor_version="1",
    )


def store() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add(english_article())
    kg.add(arabic_article())
    return kg


def qids_in(kg: KnowledgeGraph, iri: str) -> dict[str, set[str]]:
    """Article graph -> the kg:qid values the entity has there."""
    out: dict[str, set[str]] = {}
    for q in kg.store.quads_for_pattern(NamedNode(iri), KG.qid, None, None):
        out.setdefault(q.graph_name.value, set()).add(q.object.value)  # type: ignore[union-attr]
    return out


@pytest.fixture(params=["json", "gz", "bz2"])
def dump(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "json":
        return DUMP
    target = tmp_path / f"entities.json.{request.param}"
    opener = gzip.open if request.param == "gz" else bz2.open
    with DUMP.open("rb") as src, opener(target, "wb") as dst:  # type: ignore[operator]
        shutil.copyfileobj(src, dst)
    return target


def test_dump_is_read_line_by_line_in_every_compression(dump: Path) -> None:
    items = list(iter_entities(dump))
    assert [i.id for i in items] == [
        f"Q99000000{n}" for n in range(1, 7)
    ]  # the property is skipped
    nassar = items[1]
    assert nassar.labels == {"en": "Samir Nassar", "ar": "سمير نصار"}
    assert nassar.values("P27") == {"Q142"}  # the deprecated Q79 statement does not count
    council = items[4]
    assert council.labels == {"mul": "Levant Relief Council"}
    assert council.aliases == {"ar": ["مجلس إغاثة المشرق"]}


def test_lines_whose_names_are_not_wanted_are_not_parsed(tmp_path: Path) -> None:
    seen: list[list[tuple[str, str]]] = []

    def want(names: list[tuple[str, str]]) -> bool:
        seen.append(names)
        return any(n == "Karim Haddad" for _, n in names)

    assert [i.id for i in iter_entities(DUMP, want=want)] == ["Q990000003", "Q990000004"]
    assert len(seen) == 7
    assert ("ar", "مجلس إغاثة المشرق") in seen[4]
    line = b'{"labels":{"ar":{"language":"ar","value":"\\u0645\\u0635\\u0631"}}}'
    assert raw_names(line) == [("ar", "مصر")]  # escaped names are decoded
    broken = tmp_path / "broken.json"
    broken.write_text('[\n{"type":"item","id":"Q1"},\n{"type":"item",\n]\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 3"):
        list(iter_entities(broken))


def test_scores_weigh_name_type_and_context() -> None:
    ours = LocalEntity(NASSAR, EntityType.PERSON, {"Samir Nassar", "سمير نصار"}, set(), {"Q79"})

    def item(p31: list[str], p27: list[str], **names: Any) -> WikidataEntity:
        return WikidataEntity(
            "Q990000999",
            names.get("labels", {"en": "Samir Nassar"}),
            names.get("aliases", {}),
            {},
            {"P31": p31, "P27": p27},
        )

    full = score(ours, item(["Q5"], ["Q79"], labels={"en": "Samir Nassar", "ar": "سمير نصار"}))
    assert full is not None and (full.name, full.type, full.context, full.score) == (
        1.0,
        1.0,
        1.0,
        1.0,
    )
    other_country = score(ours, item(["Q5"], ["Q142"]))
    assert (
        other_country is not None and other_country.context == 0.0 and other_country.score == 0.75
    )
    alias_only = score(
        ours, item(["Q5"], [], labels={"en": "S. Nassar"}, aliases={"en": ["Samir Nassar"]})
    )
    assert alias_only is not None and alias_only.name == 0.9 and alias_only.context == 0.5
    not_human = score(ours, item(["Q990000900"], ["Q79"]))
    assert not_human is not None and not_human.type == 0.0
    assert score(ours, item(["Q5"], ["Q79"], labels={"en": "Someone Else"})) is None


def test_align_applies_sure_links_in_every_article_graph_and_keeps_iris(dump: Path) -> None:
    kg = store()
    result = align(kg, dump, threshold=0.9)
    applied = {c.entity.iri: c.item.id for c in result.applied}
    assert applied == {NASSAR: "Q990000001", COUNCIL: "Q990000005"}
    assert result.graphs_updated == 2
    assert qids_in(kg, NASSAR) == {
        BASE + "article/align-en": {"Q990000001"},
        BASE + "article/align-ar": {"Q990000001"},
    }
    node = NamedNode(NASSAR)
    for pred in (KG.wikidata, SKOS.exactMatch):
        assert {q.object for q in kg.store.quads_for_pattern(node, pred, None, None)} == {
            WD.Q990000001
        }
    # the IRI is kept: the statement still points at the slug IRI
    assert kg.sparql("ASK { ?s kg:speaker ?p }", p=node)[0]["boolean"] == Literal(True)
    # Karim Haddad: a human with no context to compare (0.875) and a film (type 0): for review
    review = [(c.entity.iri, c.item.id, c.score) for c in result.review]
    assert review == [(HADDAD, "Q990000003", 0.875), (HADDAD, "Q990000004", 0.625)]
    # a second run finds only Karim Haddad left
    again = align(kg, dump, threshold=0.9)
    assert again.entities == 1 and not again.applied


def test_the_margin_keeps_ambiguous_candidates_for_review() -> None:
    kg = store()
    result = align(kg, DUMP, threshold=0.7)
    # Karim Haddad's human candidate (0.875) is more than the margin above the film (0.625)
    assert {c.entity.iri for c in result.applied} == {NASSAR, COUNCIL, HADDAD}
    kg2 = store()
    strict = align(kg2, DUMP, threshold=0.74, apply=False)
    assert qids_in(kg2, NASSAR) == {}  # apply=False changes nothing
    assert {c.entity.iri for c in strict.applied} == {NASSAR, COUNCIL, HADDAD}


def test_review_file_round_trip(tmp_path: Path) -> None:
    kg = store()
    result = align(kg, DUMP)
    review = tmp_path / "review.tsv"
    assert write_review(result.review, review) == 2
    lines = review.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and lines[2].startswith("accept\tentity\ttype")
    marked = [("y" + ln if "Q990000003" in ln else ln) for ln in lines]
    review.write_text("\n".join(marked) + "\n", encoding="utf-8")
    assert read_review(review) == [(HADDAD, "Q990000003")]
    links, graphs = apply_review(kg, review)
    assert (links, graphs) == (1, 1)
    assert qids_in(kg, HADDAD) == {BASE + "article/align-en": {"Q990000003"}}
    assert local_entities(kg) == []

    twice = tmp_path / "twice.tsv"
    twice.write_text(
        "accept\tentity\tqid\ny\t" + HADDAD + "\tQ990000003\nyes\t" + HADDAD + "\tQ990000004\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="two QIDs"):
        read_review(twice)
    bad = tmp_path / "bad.tsv"
    bad.write_text("accept\tentity\tqid\nx\t" + HADDAD + "\tQ-12\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a QID"):
        read_review(bad)
    other = tmp_path / "other.tsv"
    other.write_text(
        "accept\tentity\tqid\ny\t" + BASE + "entity/person/nobody\tQ990000006\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match="not in the store"):
        apply_review(kg, other)


def test_aligned_store_still_validates() -> None:
    pytest.importorskip("pyshacl")
    from kg.validate import validate

    kg = store()
    align(kg, DUMP)
    report = validate(kg, inference="none")
    assert report.conforms, report.text()


def cli_app() -> Any:
    """A Typer app with the commands of kg/cli/wikidata_cmd.py (the lead wires them into ``kg``)."""
    import typer

    from kg.cli import wikidata_cmd

    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test app."""

    wikidata_cmd.register(app)
    return app


def test_cli_align_reads_stdin_writes_review_and_applies_it(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    path = tmp_path / "store"
    with KnowledgeGraph(path) as kg:
        kg.add(english_article())
        kg.add(arabic_article())
    review = tmp_path / "review.tsv"
    runner = CliRunner()
    args = ["align", "--wikidata-dump", "-", "--review", str(review), "--store", str(path)]
    done = runner.invoke(cli_app(), args, input=gzip.compress(DUMP.read_bytes()))
    assert done.exit_code == 0, done.output
    assert "2 link(s) applied in 2 article graph(s)" in done.output
    assert "Q990000001" in done.output and "2 candidate(s) for review" in done.output
    lines = review.read_text(encoding="utf-8").splitlines()
    lines = [("y" + ln if ln.startswith("\t") and "Q990000003" in ln else ln) for ln in lines]
    review.write_text("\n".join(lines) + "\n", encoding="utf-8")
    applied = runner.invoke(cli_app(), ["align", "--apply", str(review), "--store", str(path)])
    assert applied.exit_code == 0, applied.output
    assert "applied 1 link(s) from" in applied.output
    neither = runner.invoke(cli_app(), ["align", "--store", str(path)])
    assert neither.exit_code == 1 and "either" in neither.output
