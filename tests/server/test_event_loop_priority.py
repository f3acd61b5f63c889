"""The server's event loop at a better priority than its query workers (session 14), where
the OS allows it, and nothing changed where it does not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pool_helpers import run, until, write_checkpoint

from kg.server.pool import WorkerPool, priority_can_rise
from kg.server.settings import Settings

on_proc = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads process states from /proc"
)
LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } LIMIT 0"
"""A query that never ends on its own (2,000 triples: 8e9 joined rows)."""


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_checkpoint(tmp_path_factory.mktemp("pool14") / "checkpoint")


def nice_of(pid: int) -> int:
    """The ``nice`` value of a process's main thread, from ``/proc``."""
    with open(f"/proc/{pid}/stat", "rb") as f:
        return int(f.read().rsplit(b")", 1)[1].split()[16])


def thread_nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, 0)


def test_a_server_raises_its_event_loop_by_default() -> None:
    assert Settings(store=Path("s")).loop_nice == -10  # above the workers' -5 (session 15)


@on_proc
@pytest.mark.skipif(not priority_can_rise(), reason="needs a priority that can rise")
def test_the_event_loop_runs_above_the_workers_it_starts_and_gets_its_priority_back(
    checkpoint: Path,
) -> None:
    """Workers started by the raised loop (at start, and a spare after a kill) run at
    nice 0, not at the loop's inherited -3; closing the pool puts the loop back."""
    before = thread_nice()

    async def scenario() -> None:
        pool = WorkerPool(2, 60.0, lambda: (1, checkpoint), loop_nice=-3, cores=2)
        await pool.start()
        try:
            assert thread_nice() == -3
            assert [nice_of(w.proc.pid) for w in pool._workers] == [0, 0]
            answer = await (await pool.query("ASK { ?s ?p ?o }")).read_all()
            assert b"true" in answer
            with pytest.raises(Exception, match="timeout"):
                await (await pool.query(LONG, timeout=0.5)).read_all()
            await until(lambda: pool.idle == 2, "no replacement worker")
            # the replacement spare starts at background priority, never at the loop's
            assert all(nice_of(w.proc.pid) >= 0 for w in pool._workers)
        finally:
            await pool.close()
        assert thread_nice() == before

    run(scenario)


@on_proc
def test_where_a_priority_cannot_rise_the_loop_and_workers_stay_as_they_were(
    checkpoint: Path,
) -> None:
    before = thread_nice()

    async def scenario() -> None:
        pool = WorkerPool(
            1, 60.0, lambda: (1, checkpoint), loop_nice=-3, cores=2, raise_priority=False
        )
        await pool.start()
        try:
            assert thread_nice() == before
            assert [nice_of(w.proc.pid) for w in pool._workers] == [before]
        finally:
            await pool.close()
        assert thread_nice() == before

    run(scenario)


@on_proc
def test_without_loop_nice_nothing_is_changed(checkpoint: Path) -> None:
    before = thread_nice()

    async def scenario() -> None:
        pool = WorkerPool(1, 60.0, lambda: (1, checkpoint), cores=2)
        await pool.start()
        try:
            assert thread_nice() == before
        finally:
            await pool.close()

    run(scenario)
