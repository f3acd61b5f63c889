"""The extraction tests test the rules: the learnt components, judged on held-out sets,
are off unless a test turns them on — the statement filter
(:mod:`kg.extractors.statement_filter`, ``KG_QMODEL``) and the relation back-off
(:mod:`kg.extractors.backoff`, ``KG_BACKOFF``; its own tests pass weights or
``backoff=True``) and the stance model (:mod:`kg.extractors.stance`, ``KG_STANCE``).
``monkeypatch.setenv("KG_QMODEL", "1")`` turns the filter on."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_QMODEL", "0")
    monkeypatch.setenv("KG_BACKOFF", "0")
    monkeypatch.setenv("KG_STANCE", "0")
