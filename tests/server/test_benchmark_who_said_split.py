"""The server benchmark's ``--split`` cuts the who-said text into forms that each still run."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest
from pyoxigraph import Store

from kg.vocab import PREFIXES

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))  # bench_server imports generate_graph
    spec = importlib.util.spec_from_file_location("bench_server", BENCHMARKS / "bench_server.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_server"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_form_of_the_who_said_text_parses_and_names_its_columns(bench: ModuleType) -> None:
    text = bench.Queries(bench.DEFAULT_BASE).make("who_said", random.Random(3))
    forms = bench.who_said_forms(text)
    assert list(forms) == list(bench.SPLIT_FORMS) and forms["answer"] == text
    store = Store()
    for name, form in forms.items():
        result = store.query(form, prefixes=PREFIXES, use_default_graph_as_union=True)
        columns = [v.value for v in result.variables]  # type: ignore[union-attr]
        assert columns[:3] == ["statement", "date", "article"], name
        assert ("summary" in columns) == (name in ("answer", "parse + plan")), name
    assert "whoSaidSummary" not in forms["no summaries"]
    assert "(<x-missing-" in forms["parse + plan"] and "(<2" not in forms["parse + plan"]


def test_a_text_of_another_form_is_refused(bench: ModuleType) -> None:
    with pytest.raises(ValueError):
        bench.who_said_forms("SELECT * WHERE { ?s ?p ?o }")
