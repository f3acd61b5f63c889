"""``kg serve`` on a store without statement summaries answers as on one with them.

A store written before the summaries existed (who-said index version 1: buckets,
no ``kg:whoSaidSummary``) is detected by the server (``who_said_coverage``,
cached per checkpoint) and answered by the described form of ``who_said.rq``.
Two real servers, one on a store with the summaries and one on the same
articles with them stripped, must give the same ``/api/who-said`` answers (by
topic and speaker, bounded and open ranges, English and Arabic labels) and the
same entity pages (whose statement cards list the targets in one order
whichever form answered).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from w3c.harness import RunningServer, serve

from kg.answers import who_said_coverage
from kg.models import EntityType
from kg.rdf.iris import IRIs
from kg.store import KnowledgeGraph
from kg.vocab import KG
from tests.store.test_who_said_summary import ARTICLES, ENTITIES, fill, strip_summaries

BASE = "http://kg.example.org/"
RANGES: list[tuple[str | None, str | None]] = [
    ("2025-02-01", "2025-02-28"),  # one month: the index
    ("2025-02-01", "2025-03-31"),
    (None, None),  # open: the scan
]


def populate(*, summaries: bool) -> Callable[[KnowledgeGraph], None]:
    def write(kg: KnowledgeGraph) -> None:
        fill(kg, ARTICLES)
        if not summaries:
            strip_summaries(kg)  # as the previous statekg wrote it
        assert who_said_coverage(kg) == (True, summaries)

    return write


def answers(srv: RunningServer) -> dict[str, Any]:
    """Every answer the test compares, keyed by what was asked."""
    out: dict[str, Any] = {}
    with httpx.Client(base_url=srv.url, timeout=60) as client:
        for lang in ("en", "ar"):
            for about in ("Kenya", "Somalia", "Mogadishu"):
                for since, until in RANGES:
                    params = {"about": about, "lang": lang}
                    params.update({"since": since} if since else {})
                    params.update({"until": until} if until else {})
                    r = client.get("/api/who-said", params=params)
                    assert r.status_code == 200, r.text
                    out[f"about {about} {since}..{until} {lang}"] = r.json()
            r = client.get("/api/who-said", params={"speaker": "William Ruto", "lang": lang})
            assert r.status_code == 200, r.text
            out[f"by Ruto {lang}"] = r.json()
            for key in ("kenya", "ruto", "spokesman"):
                e = ENTITIES[key]
                iri = IRIs(BASE).entity(type=EntityType(e["type"]), label=e["label"], qid=None)
                page = client.get(
                    "/resource",
                    params={"iri": iri.value, "lang": lang},
                    headers={"Accept": "text/html"},
                )
                assert page.status_code == 200
                out[f"page {key} {lang}"] = page.text.replace(srv.url, "/")
    return out


def has_summaries(srv: RunningServer) -> bool:
    ask = f"ASK {{ GRAPH ?g {{ ?s {KG.whoSaidSummary} ?o }} }}"
    r = httpx.get(srv.sparql, params={"query": ask}, timeout=60)
    return bool(r.json()["boolean"])


def test_a_store_without_summaries_is_served_the_same_answers(tmp_path: Path) -> None:
    with serve(tmp_path / "summarised", base_iri=BASE, populate=populate(summaries=True)) as srv:
        assert has_summaries(srv)
        expected = answers(srv)
    with serve(tmp_path / "described", base_iri=BASE, populate=populate(summaries=False)) as srv:
        assert not has_summaries(srv)
        got = answers(srv)
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == value, key
    # the comparison is not vacuous: rows in both languages, by topic and by speaker
    assert len(expected["about Somalia 2025-02-01..2025-02-28 en"]["rows"]) == 2
    assert len(expected["about Somalia None..None ar"]["rows"]) == 3
    assert len(expected["by Ruto ar"]["rows"]) == 2
    assert "William Ruto" in expected["page kenya en"]
