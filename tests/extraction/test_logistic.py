"""The weight files of the learnt parts (kg.extractors.logistic): what is written is read
back, settings included, and an environment variable overrides ``@enabled``."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extractors.logistic import read_weights, switched_on, write_weights


def test_written_weights_and_settings_are_read_back(tmp_path: Path) -> None:
    path = write_weights(
        "toy.tsv", {"bias": -1.25, "lang=ar": 0.5}, 0.6, True, ["fitted on nothing"], tmp_path
    )
    assert path.read_text(encoding="utf-8").startswith("# fitted on nothing\n")
    got = read_weights("toy.tsv", tmp_path)
    assert got == {"@threshold": 0.6, "@enabled": 1.0, "bias": -1.25, "lang=ar": 0.5}


def test_a_missing_file_has_no_weights(tmp_path: Path) -> None:
    assert read_weights("absent.tsv", tmp_path) == {}


def test_the_environment_overrides_the_enabled_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_TOY", "0")
    assert not switched_on("KG_TOY", {"@enabled": 1.0})
    monkeypatch.setenv("KG_TOY", "1")
    assert switched_on("KG_TOY", {})
    monkeypatch.delenv("KG_TOY")
    assert switched_on("KG_TOY", {"@enabled": 1.0}) and not switched_on("KG_TOY", {})
