"""The `kg` command line, run as a real subprocess against an on-disk store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

KG = [sys.executable, "-m", "kg"]

GOOD_EN = """---
id: cli-en-1
title: Japan protests missile launch
source: Test Wire
published: 2024-11-05
lang: en
---
Japan lodged a protest with North Korea on Tuesday after a ballistic missile fell into the sea.
"This is a clear threat to regional peace," Chief Cabinet Secretary Yoshimasa Hayashi
told reporters.
"""
GOOD_AR = """---
id: cli-ar-1
published: 2025-01-15
lang: ar
---
أدانت وزارة الخارجية المصرية الغارات الإسرائيلية على غزة،
وقال وزير الخارجية المصري إن "القصف يجب أن يتوقف فورا".
"""


def kg(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def dump_nquads(store: Path) -> list[str]:
    out = kg("dump", "--format", "nquads", "--store", store)
    assert out.returncode == 0, out.stderr
    return sorted(out.stdout.splitlines())


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "en.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "ar.txt").write_text(GOOD_AR, encoding="utf-8")
    return folder


def test_ingest_reports_a_summary_and_is_idempotent(tmp_path: Path, inputs: Path) -> None:
    store = tmp_path / "store"
    first = kg("ingest", inputs, "--store", store)
    assert first.returncode == 0, first.stderr
    assert "2 added, 0 replaced, 0 unchanged, 0 failed" in first.stdout
    before = dump_nquads(store)
    again = kg("ingest", inputs, "--store", store)
    assert "0 added, 0 replaced, 2 unchanged, 0 failed" in again.stdout
    assert dump_nquads(store) == before


def test_store_defaults_to_kg_store_env_then_cwd(tmp_path: Path, inputs: Path) -> None:
    out = kg("ingest", inputs / "en.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "kg-store").is_dir()


BAD_INPUTS: dict[str, bytes] = {
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02\x89PNG\x00\x00garbage\xff\xfe\x00",
    "unknown-encoding.txt": bytes(range(0x80, 0x100)) * 4,
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_file_gives_one_line_error_naming_it_and_changes_nothing(
    tmp_path: Path, inputs: Path, name: str
) -> None:
    store = tmp_path / "store"
    assert kg("ingest", inputs, "--store", store).returncode == 0
    before = dump_nquads(store)
    bad = tmp_path / name
    bad.write_bytes(BAD_INPUTS[name])
    out = kg("ingest", bad, "--store", store)
    assert out.returncode != 0
    errors = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and name in errors[0], out.stderr
    assert "Traceback" not in out.stderr
    assert dump_nquads(store) == before


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    out = kg("ingest", tmp_path / "nope.txt", "--store", tmp_path / "store")
    assert out.returncode != 0
    assert "nope.txt" in out.stderr and "Traceback" not in out.stderr


def test_invalid_json_line_is_reported_and_other_lines_ingested(tmp_path: Path) -> None:
    records = tmp_path / "batch.jsonl"
    good = {
        "id": "j-1",
        "lang": "en",
        "published": "2024-05-02",
        "text": GOOD_EN.split("---\n")[-1],
    }
    records.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    out = kg("ingest", records, "--store", tmp_path / "store")
    assert out.returncode == 1
    assert "batch.jsonl:2" in out.stderr and "Traceback" not in out.stderr
    assert "1 added" in out.stdout


def test_directory_with_one_bad_file_ingests_the_good_ones(tmp_path: Path, inputs: Path) -> None:
    (inputs / "broken.json").write_text('{"id": "x", "text": ', encoding="utf-8")
    out = kg("ingest", inputs, "--store", tmp_path / "store")
    assert out.returncode == 1
    assert "broken.json" in out.stderr and "Traceback" not in out.stderr
    assert "2 added" in out.stdout and "1 failed" in out.stdout


def test_questions_without_a_store_fail_cleanly(tmp_path: Path) -> None:
    out = kg("who-said", "--about", "Syria", "--store", tmp_path / "none")
    assert out.returncode == 1
    assert out.stderr.startswith("error: no store at")


def test_unknown_name_and_malformed_query_fail_cleanly(tmp_path: Path, inputs: Path) -> None:
    store = tmp_path / "store"
    kg("ingest", inputs, "--store", store)
    unknown = kg("relations", "Atlantis", "Japan", "--store", store)
    assert unknown.returncode == 1 and "Atlantis" in unknown.stderr
    bad = kg("query", "SELECT WHERE {", "--store", store)
    assert bad.returncode == 1 and bad.stderr.startswith("error: malformed query")


def test_query_formats_and_dump_parse(tmp_path: Path, inputs: Path) -> None:
    store = tmp_path / "store"
    kg("ingest", inputs, "--store", store)
    q = "SELECT ?id WHERE { ?a kg:articleId ?id } ORDER BY ?id"
    as_json = json.loads(kg("query", q, "--store", store, "--format", "json").stdout)
    assert [r["id"] for r in as_json] == ["cli-ar-1", "cli-en-1"]
    as_csv = kg("query", q, "--store", store, "--format", "csv").stdout.split()
    assert as_csv == ["id", "cli-ar-1", "cli-en-1"]
    turtle = kg("dump", "--format", "turtle", "--store", store).stdout
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    assert len(graph) > 20
    trig = tmp_path / "out.trig"
    assert kg("dump", "--format", "trig", "--out", trig, "--store", store).returncode == 0
    ds = rdflib.Dataset().parse(trig, format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {n.rsplit("/", 1)[-1] for n in names if "/article/" in n} == {"cli-ar-1", "cli-en-1"}


def test_version_and_help() -> None:
    out = kg("--version")
    assert out.returncode == 0 and out.stdout.startswith("statekg ")
    assert "who-said" in kg("--help").stdout
