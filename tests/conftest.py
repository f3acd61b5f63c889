"""Shared test configuration: make tests/ importable (factories) and locate ../shared."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

SHARED = TESTS.parents[1] / "shared"


@pytest.fixture
def shared() -> Path:
    """The shared folder next to the repository (skips the test when absent)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
