"""Writing the who-said pages again does not hold ``kg serve``'s writer.

The real :class:`~kg.server.writer.Writer` over an on-disk store of articles whose
statements share days.  A SPARQL update that drops an article leaves the pages
stale, and the writer builds them again in steps (:mod:`kg.server.pages_build`).
Its ``build_step`` setting (awaited before each step) holds the build at a step
while the test writes: the write returns while the build is still held (it did
not wait for the build), the pages are not current meanwhile so answers come from
the who-said index and are right, and once the build goes on the pages it writes
are those of a store written anew with the same articles: the articles written
during the build are caught up.  A write that does not maintain the pages during a
build stops it, and the build starts over.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from pyoxigraph import Quad

from kg.rdf import who_said_pages
from kg.server.writer import Snapshots, Writer
from kg.store import WHO_SAID_GRAPH, KnowledgeGraph
from tests.store.test_who_said_pages import ARTICLES, REPLACED
from tests.store.test_who_said_summary import BASE, extraction

RANGES = [("2025-02-01", "2025-02-28"), ("2025-02-09", "2025-03-31"), ("2024-12-01", "2025-03-31")]


def _pages(kg: KnowledgeGraph) -> set[Quad]:
    return set(kg.store.quads_for_pattern(None, None, None, WHO_SAID_GRAPH))


def _answers(kg: KnowledgeGraph) -> list[Any]:
    return [
        kg.who_said(about=name, since=since, until=until, limit=3)
        for name in ("Somalia", "Kenya", "Ethiopia")
        for since, until in RANGES
    ]


def _expected(path: Path, articles: list[Any]) -> tuple[set[Quad], list[Any]]:
    """Pages and answers of a store written anew with ``articles`` (extractions)."""
    with KnowledgeGraph(path, base_iri=BASE) as kg:
        for x in articles:
            kg.add(x)
        return _pages(kg), _answers(kg)


class Hold:
    """A ``build_step`` that holds the build at the first step named ``at`` until let go."""

    def __init__(self, at: str) -> None:
        self.at = at
        self.steps: list[str] = []
        self.reached = asyncio.Event()
        self.go = asyncio.Event()

    async def __call__(self, step: str) -> None:
        self.steps.append(step)
        if step == self.at and not self.reached.is_set():
            self.reached.set()
            await self.go.wait()


async def _built(writer: Writer, n: int) -> None:
    while writer.rebuilds < n:
        await asyncio.sleep(0.05)


def _run(
    tmp_path: Path, scenario: Callable[[KnowledgeGraph, Writer], Awaitable[None]], chunk: int = 1
) -> None:
    path = tmp_path / "store"
    kg = KnowledgeGraph(path, base_iri=BASE)
    for args in ARTICLES:
        kg.add(extraction(*args))

    async def main() -> None:
        writer = Writer(kg, Snapshots(path))
        writer.build_chunk = chunk
        await writer.start()
        try:
            await asyncio.wait_for(scenario(kg, writer), timeout=120)
        finally:
            writer.close()

    asyncio.run(main())


def _drop(article: str) -> Callable[[KnowledgeGraph], None]:
    def job(kg: KnowledgeGraph) -> None:
        kg.update(f"DROP GRAPH {kg.article_iri(article)}")  # not maintained: pages go stale

    return job


def test_a_write_during_a_build_returns_before_it_and_the_build_catches_it_up(
    tmp_path: Path,
) -> None:
    # page-4 dropped by an update; page-2 replaced (other days and topics) during the build
    assert REPLACED[0] == "page-2"
    rest = [extraction(*a) for a in ARTICLES if a[0] not in ("page-2", "page-4")]
    pages, answers = _expected(tmp_path / "e", [*rest, extraction(*REPLACED)])

    async def scenario(kg: KnowledgeGraph, writer: Writer) -> None:
        hold = Hold("remove")  # the build has computed its pages and is writing them
        writer.build_step = hold
        await writer.write(_drop("page-4"))
        assert not who_said_pages.pages_current(kg.store)
        await hold.reached.wait()
        result = await writer.write(lambda kg: kg.add(extraction(*REPLACED)))
        assert result.outcome.value == "replaced"
        # the write has returned, published, while the build is held at its step
        assert writer.rebuilds == 0 and not hold.go.is_set()
        assert who_said_pages.building(kg.store) and not who_said_pages.pages_current(kg.store)
        assert _answers(kg) == answers  # from the index meanwhile
        hold.go.set()
        await _built(writer, 1)
        assert who_said_pages.pages_current(kg.store) and not who_said_pages.building(kg.store)
        assert _pages(kg) == pages
        assert _answers(kg) == answers  # from the pages
        assert hold.steps[:3] == ["start", "compute", "remove"] and "add" in hold.steps
        assert hold.steps[-1] == "catch-up" and writer.abandoned == 0
        assert kg.page_journal is None

    _run(tmp_path, scenario)


def test_an_update_during_a_build_stops_it_and_the_next_build_is_right(tmp_path: Path) -> None:
    rest = [extraction(*a) for a in ARTICLES if a[0] not in ("page-1", "page-4")]
    pages, answers = _expected(tmp_path / "e", rest)

    async def scenario(kg: KnowledgeGraph, writer: Writer) -> None:
        hold = Hold("add")
        writer.build_step = hold
        await writer.write(_drop("page-4"))
        await hold.reached.wait()
        await writer.write(_drop("page-1"))  # the build's checkpoint no longer holds the store
        assert kg.page_journal is None and not who_said_pages.building(kg.store)
        assert _answers(kg) == answers
        hold.go.set()
        await _built(writer, 1)
        assert writer.abandoned == 1
        assert _pages(kg) == pages and who_said_pages.pages_current(kg.store)
        assert _answers(kg) == answers

    _run(tmp_path, scenario)


def test_ingests_while_pages_are_current_keep_them_and_start_no_build(tmp_path: Path) -> None:
    pages, _ = _expected(
        tmp_path / "e", [extraction(*a) for a in ARTICLES] + [extraction(*REPLACED)]
    )

    async def scenario(kg: KnowledgeGraph, writer: Writer) -> None:
        await writer.write(lambda kg: kg.add(extraction(*REPLACED)))
        # a write that left the pages stale has its build under way when it returns (the
        # writer thread tells the loop before the checkpoint that the write waits for)
        assert not writer.building and who_said_pages.pages_current(kg.store)
        assert _pages(kg) == pages
        await writer.write(_drop("page-4"))
        assert writer.building  # the contrast: an update leaves them stale

    _run(tmp_path, scenario)
