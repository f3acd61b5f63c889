"""The W3C SPARQL 1.1 Protocol, Graph Store Protocol and Service Description manifests.

Replayed against a real ``kg serve`` by ``tests/w3c/runner.py``; skipped when
``../shared/w3c-sparql11`` is absent.  Every failing case must be listed in
:data:`ALLOWED_FAILURES` with the reason, and every listed case must fail
(so the list stays true).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from w3c.harness import serve
from w3c.runner import Endpoint, Outcome, load_tests, run_all, summary

ROOT = Path(__file__).resolve().parents[3] / "shared" / "w3c-sparql11"

ALLOWED_FAILURES: dict[str, str] = {}
"""Test id → why ``kg serve`` fails it on purpose."""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Outcome]]:
    if not ROOT.is_dir():
        pytest.skip("../shared/w3c-sparql11 is not present")
    store = tmp_path_factory.mktemp("w3c") / "store"
    with serve(store, updates=True) as srv:
        endpoint = Endpoint(srv.url, headers=srv.auth())
        results = run_all(ROOT, endpoint)
    print("\n" + summary(results, ALLOWED_FAILURES))
    yield results


def test_the_manifests_are_all_found() -> None:
    if not ROOT.is_dir():
        pytest.skip("../shared/w3c-sparql11 is not present")
    tests = load_tests(ROOT)
    kinds = [t.kind for t in tests]
    assert kinds.count("protocol") == 34
    assert kinds.count("gsp") == 14
    assert kinds.count("sd") == 3


def test_every_w3c_case_passes_or_is_an_allowed_failure(outcomes: list[Outcome]) -> None:
    failed = {o.id: o.reason for o in outcomes if not o.passed}
    unexpected = {k: v for k, v in failed.items() if k not in ALLOWED_FAILURES}
    assert not unexpected, summary(outcomes, ALLOWED_FAILURES)


def test_allowed_failures_still_fail(outcomes: list[Outcome]) -> None:
    passing = {o.id for o in outcomes if o.passed}
    assert not (set(ALLOWED_FAILURES) & passing), "remove fixed cases from ALLOWED_FAILURES"
