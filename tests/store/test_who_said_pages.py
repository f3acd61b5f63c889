"""The who-said pages give exactly the rows of the who-said query, and never go stale.

A real on-disk store is filled with English and Arabic articles whose
statements fall on shared days of two months (so a day's page holds rows of
several articles, and a limit cuts inside a page), then one article is
replaced by a version whose statements moved to other days and topics, one is
removed, and one is added back.  After every step, for every entity, several
day ranges within a month and several limits, the pages' answer
(:func:`kg.answers.who_said_pages_query`, expanded by
:func:`kg.answers.expand_pages`) equals the summary form of
:func:`kg.answers.who_said_query` (expanded by :func:`kg.answers.expand_summary`),
and the pages maintained article by article equal pages written anew from the
article graphs (:func:`kg.rdf.who_said_pages.rebuild`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import Quad

from kg.answers import (
    expand_pages,
    expand_summary,
    read_pages,
    term_binding,
    who_said_pages_plan,
    who_said_pages_query,
    who_said_query,
)
from kg.rdf import who_said_pages
from kg.store import WHO_SAID_GRAPH, KnowledgeGraph
from kg.vocab import XSD
from tests.store.test_who_said_summary import BASE, ENTITIES, Said, entity, extraction

Article = tuple[str, str, str | None, bool, Said]

ARTICLES: list[Article] = [
    (
        "page-1",
        "en",
        "2025-02-10",
        True,
        [
            ("ruto", ["somalia", "ethiopia"], "2025-02-09", None, "said", False),
            ("mudavadi", ["somalia"], None, "kna", "told reporters", True),
        ],
    ),
    (
        "page-2",
        "ar",
        "2025-02-10",
        True,
        [
            ("spokesman", ["kenya", "somalia"], None, None, "وقال", False),
            ("ethiopia", ["somalia"], "2025-02-09", "kna", "", True),
            ("spokesman", ["ruto"], "2025-02", None, "وأضاف", False),
        ],
    ),
    (
        "page-3",
        "en",
        "2025-02-20",
        True,
        [
            ("kenya", ["ethiopia", "mogadishu"], None, None, "said", False),
            ("ruto", ["somalia"], "2025-02-10", None, "added", True),
            ("mudavadi", ["ethiopia", "somalia"], "2025-03", None, "said", False),
        ],
    ),
    (
        "page-4",
        "en",
        "2025-03-15",
        True,
        [
            ("ruto", ["spokesman", "somalia"], "2025-03-01", "kna", "", False),
            ("kna", ["ruto", "somalia"], None, None, "reported", False),
        ],
    ),
    (
        "page-5",
        "ar",
        "2025-03-15",
        False,
        [
            ("spokesman", ["somalia", "kenya"], None, None, "وقال", True),
            ("ethiopia", ["kenya"], "2025-03-01", None, "", False),
            ("kenya", ["somalia", "ethiopia"], "2025", None, "وأكد", False),
        ],
    ),
    (
        "page-6",
        "en",
        None,
        True,
        [
            ("mudavadi", ["somalia"], "2025-02-20", None, "said", False),
            ("ruto", ["somalia", "kenya"], "2024-12-30", None, "said", False),
        ],
    ),
]

REPLACED: Article = (
    "page-2",
    "ar",
    "2025-02-20",
    True,
    [
        ("spokesman", ["ethiopia"], None, None, "وقال", False),
        ("ethiopia", ["somalia", "kenya"], "2025-03-01", "kna", "", True),
    ],
)

RANGES = [
    ("2025-02-01", "2025-02-28"),
    ("2025-02-01", "2025-02-31"),
    ("2025-02-10", "2025-02-20"),
    ("2025-02-11", "2025-02-28"),
    ("2025-02-09", "2025-02-09"),
    ("2025-03-01", "2025-03-31"),
    ("2025-03-02", "2025-03-31"),
    # across months: month by month, with the statements dated by a month or a year alone
    ("2025-02-10", "2025-03-01"),
    ("2025-02-11", "2025-03-31"),
    ("2025-01-01", "2025-03-31"),
    ("2024-12-15", "2025-03-15"),
    ("2024-12-31", "2025-02-09"),
    ("2025-02", "2025-03"),
    ("2024", "2025"),
    ("2025-02-20", "2025-02-10"),  # empty
]
LIMITS = [None, 1, 2, 5]
SEVERAL = [["kenya", "somalia"], ["ruto", "ethiopia"], ["somalia", "kenya", "ethiopia"]]


def bindings(kg: KnowledgeGraph, query: str) -> list[dict[str, dict[str, str]]]:
    return [{k: term_binding(v) for k, v in s.items() if v is not None} for s in kg.sparql(query)]


def assert_same_rows(kg: KnowledgeGraph, *, several: bool = False) -> int:
    """Compare the forms for every entity (and a few sets of them), range and limit,
    in two languages: the pages read in one query and month by month, and the index."""
    assert who_said_pages.pages_current(kg.store)
    compared = 0
    for keys in [[k] for k in ENTITIES] + (SEVERAL if several else []):
        about = [entity(k) for k in keys]
        for since, until in RANGES:
            for limit in LIMITS:
                for lang in ("en", "ar") if limit is None else ("en",):
                    kw: dict[str, Any] = {"since": since, "until": until, "limit": limit}
                    full = who_said_query(kg.iris, about=about, summary=True, lang=lang, **kw)
                    expected = [expand_summary(r, lang) for r in bindings(kg, full)]
                    pages = who_said_pages_query(kg.iris, about=about, **kw)
                    assert pages is not None
                    got = expand_pages(bindings(kg, pages), lang, limit)
                    assert got == expected, (keys, kw, lang)
                    plan = who_said_pages_plan(kg.iris, about=about, since=since, until=until)
                    assert plan is not None
                    by_month = read_pages(plan, lambda q: bindings(kg, q), lang, limit)
                    assert by_month == expected, (keys, kw, lang)
                    compared += len(expected)
    return compared


def page_quads(kg: KnowledgeGraph) -> set[Quad]:
    return set(kg.store.quads_for_pattern(None, None, None, WHO_SAID_GRAPH))


def assert_same_as_rebuilt(kg: KnowledgeGraph) -> None:
    maintained = page_quads(kg)
    who_said_pages.rebuild(kg.store)
    assert page_quads(kg) == maintained


def test_pages_give_the_rows_of_the_query_after_ingests_a_replace_and_a_delete(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store"
    with KnowledgeGraph(path, base_iri=BASE) as kg:
        for args in reversed(ARTICLES):  # not in date order: pages are filled in the middle
            kg.add(extraction(*args))
        assert assert_same_rows(kg, several=True) > 200
        assert_same_as_rebuilt(kg)
        kg.add(extraction(*REPLACED))  # its statements move to other days and topics
        assert_same_rows(kg)
        assert_same_as_rebuilt(kg)
        assert kg.remove("page-4")
        assert_same_rows(kg)
        assert_same_as_rebuilt(kg)
        kg.add(extraction(*ARTICLES[3]))
    with KnowledgeGraph(path, base_iri=BASE, read_only=True) as kg:  # as written to disk
        assert_same_rows(kg, several=True)
        rows = kg.who_said(about="Somalia", since="2025-02-01", until="2025-02-28", limit=3)
        assert [r.date for r in rows] == ["2025-02-09", "2025-02-10", "2025-02-10"]


def test_a_day_page_holds_its_rows_in_parts_and_the_days_counts(tmp_path: Path) -> None:
    with KnowledgeGraph(tmp_path / "store", base_iri=BASE) as kg:
        for args in ARTICLES:
            kg.add(extraction(*args))
        somalia = kg.iris.actor_period(entity("somalia").value, "2025-02-10")
        quads = [q for q in page_quads(kg) if q.subject == somalia]
        values = {q.predicate.value.rsplit("#")[-1]: [] for q in quads}  # type: ignore[var-annotated]
        for q in quads:
            values[q.predicate.value.rsplit("#")[-1]].append(q.object.value)
        parts = [json.loads(v) for v in values["whoSaidRows"]]
        assert len(parts) <= who_said_pages.PAGE_PARTS
        # page-1 (Mudavadi, dated by the article), page-2 (the spokesman), page-3 (Ruto)
        rows = [r for p in parts for r in p]
        assert sorted(r[0].rsplit("/")[-1] for r in rows) == ["page-1", "page-2", "page-3"]
        assert all(p == sorted(p, key=lambda r: (r[0], r[1])) and p for p in parts)
        assert all(r[2]["s"] for r in rows)
        assert values["whoSaidCount"] == ["3"] and values["whoSaidBefore"] == ["2"]  # 02-09: 2


def test_other_writes_mark_the_pages_stale_and_opening_writes_them_again(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with KnowledgeGraph(path, base_iri=BASE) as kg:
        for args in ARTICLES:
            kg.add(extraction(*args))
        expected = kg.who_said(about="Somalia", since="2025-02-01", until="2025-02-28")
        g = kg.article_iri("page-1")
        kg.update(f"DROP GRAPH {g}")  # not through remove(): the pages cannot follow
        assert not who_said_pages.pages_current(kg.store)
        stale = kg.who_said(about="Somalia", since="2025-02-01", until="2025-02-28")
        assert len(stale) == len(expected) - 2  # answered by the index, page-1 left out
        kg.add(extraction(*ARTICLES[0]))  # the pages stay stale: not maintained
        assert not who_said_pages.pages_current(kg.store)
    with KnowledgeGraph(path, base_iri=BASE) as kg:  # opening for writing rebuilds them
        assert who_said_pages.pages_current(kg.store)
        assert kg.who_said(about="Somalia", since="2025-02-01", until="2025-02-28") == expected
        assert_same_rows(kg)


def test_the_pages_graph_is_not_an_article(tmp_path: Path) -> None:
    with KnowledgeGraph(tmp_path / "store", base_iri=BASE) as kg:
        kg.add(extraction(*ARTICLES[0]))
        assert kg.store.contains_named_graph(WHO_SAID_GRAPH)
        assert WHO_SAID_GRAPH not in set(kg.graphs())
        assert kg.stats().articles == 1
        dump = kg.dump()
        assert dump is not None and WHO_SAID_GRAPH.value.encode() not in dump


@pytest.mark.parametrize(
    ("about", "since", "until"),
    [
        (["kenya"], None, "2025-02-28"),  # open ranges: the scan also finds undated statements
        (["kenya"], "2025-02-01", None),
        (["kenya"], None, None),
        ([], "2025-02-01", "2025-02-28"),
        (["kenya"], "2014-01-01", "2025-02-28"),  # longer than MAX_PAGES_MONTHS
        (["kenya"], "February", "2025-02-28"),
    ],
)
def test_other_questions_are_left_to_the_query(
    about: list[str], since: str | None, until: str | None
) -> None:
    iris = KnowledgeGraph(base_iri=BASE).iris
    nodes = [entity(k) for k in about]
    assert who_said_pages_query(iris, about=nodes, since=since, until=until, limit=5) is None
    assert who_said_pages_plan(iris, about=nodes, since=since, until=until) is None


def test_a_range_across_months_is_read_month_by_month_until_the_limit() -> None:
    iris = KnowledgeGraph(base_iri=BASE).iris
    plan = who_said_pages_plan(
        iris, about=[entity("kenya")], since="2024-12-15", until="2025-03-10"
    )
    assert plan is not None
    # a year's own statements go with the January after it, a month's with its days
    assert [(c, (d[0], d[-1]) if d else ()) for c, d in plan.months] == [
        ((), ("2024-12-15", "2024-12-31")),
        (("2025", "2025-01"), ("2025-01-01", "2025-01-31")),
        (("2025-02",), ("2025-02-01", "2025-02-31")),
        (("2025-03",), ("2025-03-01", "2025-03-10")),
    ]
    asked: list[str] = []

    def select(query: str) -> list[dict[str, dict[str, str]]]:
        asked.append(query)
        day = {"type": "literal", "value": "2024-12-20", "datatype": XSD.date.value}
        rows = [[f"{BASE}article/a{i}", f"{BASE}statement/s{i}", None] for i in range(3)]
        return [{"date": day, "rows": {"type": "literal", "value": json.dumps(rows)}}]

    assert read_pages(plan, select, "en", limit=5) == []  # no summaries: rows count, show none
    assert len(asked) == 2  # December gave 3 rows, January the 2 left: March is not read
    assert "FILTER(?n < 5 + ?base)" in asked[0] and "FILTER(?n < 2)" in asked[1]
