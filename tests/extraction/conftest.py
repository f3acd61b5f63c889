"""The extraction tests test the rules: the learnt statement filter
(:mod:`kg.extractors.statements.qmodel`, judged on held-out sets) is off unless a test
turns it on (``monkeypatch.setenv("KG_QMODEL", "1")``)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_QMODEL", "0")
