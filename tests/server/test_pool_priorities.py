"""The pool counts cores, priorities and query shapes the way its rules need.

Real worker processes over a small checkpoint (as in ``tests/test_pool_s12.py``);
priorities and process states are read from ``/proc``.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pool_helpers import run, until, write_checkpoint

from kg.server.context import QueryTimeoutError
from kg.server.pool import QueryShapes, WorkerPool, priority_can_rise

REPO = Path(__file__).resolve().parents[2]
on_proc = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads process states from /proc"
)


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_checkpoint(tmp_path_factory.mktemp("pool13") / "checkpoint")


# -- cores ------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs CPU affinity")
def test_default_workers_and_the_pools_cores_both_count_the_cpus_the_server_may_use() -> None:
    """A server pinned to one CPU (taskset, a container's cpuset) gets four workers and a
    pool that reserves one core, whatever the machine has."""
    code = (
        "import os; os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})\n"
        "from pathlib import Path\n"
        "from kg.server.settings import Settings, available_cores\n"
        "from kg.server.pool import WorkerPool\n"
        "pool = WorkerPool(1, 1.0, lambda: (0, Path('.')))\n"
        "print(available_cores(), Settings(store=Path('s')).workers, pool.cores)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ).stdout.split()
    assert out == ["1", "4", "1"]


# -- priorities -------------------------------------------------------------------------

LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } LIMIT 0"
"""A query that never ends on its own (2,000 triples: 8e9 joined rows)."""
SHORT = "ASK { ?s ?p ?o }"


def nice_of(pid: int) -> int:
    """The ``nice`` value of a process's main thread, from ``/proc``."""
    with open(f"/proc/{pid}/stat", "rb") as f:
        return int(f.read().rsplit(b")", 1)[1].split()[16])


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", "rb") as f:
        fields = f.read().rsplit(b")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def running_background(pool: WorkerPool) -> int:
    """Background requests whose worker runs (``pool.background`` also counts one starting)."""
    return sum(1 for w in pool._workers if w.lane == "background")


def busy_pid(pool: WorkerPool) -> int:
    (worker,) = [w for w in pool._workers if w.lane]
    return int(worker.proc.pid)


async def finish(tasks: list[asyncio.Task[Any]], pool: WorkerPool) -> None:
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
    await pool.close()


@on_proc
def test_priority_can_rise_says_what_the_os_allows() -> None:
    """The probe agrees with the OS: a child process that lowered its priority can (or
    cannot) raise it again exactly when priority_can_rise() says so."""
    code = (
        "import os\n"
        "os.setpriority(os.PRIO_PROCESS, 0, 5)\n"
        "try:\n"
        "    os.setpriority(os.PRIO_PROCESS, 0, 0)\n"
        "    print('yes')\n"
        "except OSError:\n"
        "    print('no')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ("yes" if priority_can_rise() else "no")


@on_proc
@pytest.mark.skipif(not priority_can_rise(), reason="needs a priority that can rise again")
def test_a_replacement_worker_starts_at_background_priority_and_a_short_request_raises_it(
    checkpoint: Path,
) -> None:
    """A worker killed at its deadline is replaced by one that starts (interpreter,
    pyoxigraph, the store) at nice 19 while idle; the normal-lane request that takes
    it runs at nice 0."""

    async def scenario() -> None:
        pool = WorkerPool(1, 60.0, lambda: (1, checkpoint), demote_after=30.0, cores=2)
        await pool.start()
        tasks: list[asyncio.Task[Any]] = []
        try:
            (first,) = pool._workers
            with pytest.raises(QueryTimeoutError):
                await (await pool.query(LONG, timeout=0.5)).read_all()
            await until(lambda: pool.idle == 1, "no replacement worker")
            (spare,) = pool._workers
            assert spare is not first
            assert nice_of(spare.proc.pid) == 19
            # every thread it started while opening the store runs at its priority too
            threads = os.listdir(f"/proc/{spare.proc.pid}/task")
            assert all(nice_of(int(t)) == 19 for t in threads)
            pool.shapes.record(QueryShapes.shape(LONG), False)  # a shape known to be short
            tasks.append(asyncio.create_task(pool.query(LONG)))
            await until(lambda: pool.idle == 0, "the request took no worker")
            assert busy_pid(pool) == spare.proc.pid
            assert nice_of(spare.proc.pid) == 0
        finally:
            await finish(tasks, pool)

    run(scenario)


@on_proc
@pytest.mark.skipif(not priority_can_rise(), reason="needs a priority that can rise again")
def test_a_short_request_waits_for_a_starting_spare_instead_of_starting_another(
    checkpoint: Path,
) -> None:
    """A short request that finds no idle worker while a spare is starting (at low
    priority) raises the spare's priority and takes it: no worker starts in its path."""

    async def scenario() -> None:
        pool = WorkerPool(1, 60.0, lambda: (1, checkpoint), demote_after=30.0, cores=2)
        await pool.start()
        try:
            with pytest.raises(QueryTimeoutError):
                await (await pool.query(LONG, timeout=0.5)).read_all()
            await until(lambda: bool(pool._opening or pool.idle), "no spare started")
            pool.shapes.record(QueryShapes.shape(SHORT), False)
            stream = await pool.query(SHORT)
            assert b"true" in await stream.read_all()
            (worker,) = pool._workers  # the spare answered; none was started for it
            assert nice_of(worker.proc.pid) == 0 and worker in pool._idle
        finally:
            await pool.close()

    run(scenario)


@on_proc
def test_a_background_request_gets_a_worker_started_at_background_priority(
    checkpoint: Path,
) -> None:
    """With the one idle worker left to the normal lane, a long request gets a new
    worker, whose priority was lowered before it opened the store (its threads too)."""

    async def scenario() -> None:
        pool = WorkerPool(1, 60.0, lambda: (1, checkpoint), demote_after=30.0, cores=2)
        await pool.start()
        (kept,) = pool._workers
        pool.shapes.record(QueryShapes.shape(LONG), True)
        tasks = [asyncio.create_task(pool.query(LONG))]
        try:
            await until(lambda: running_background(pool) == 1, "no background request")
            pid = busy_pid(pool)
            assert pid != kept.proc.pid and pool.idle == 1
            await until(lambda: cpu_seconds(pid) > 0.2, "the background request did not run")
            threads = os.listdir(f"/proc/{pid}/task")
            assert len(threads) > 1
            assert all(nice_of(int(t)) == 19 for t in threads)
            assert nice_of(kept.proc.pid) == 0
        finally:
            await finish(tasks, pool)

    run(scenario)


@on_proc
def test_without_a_priority_that_can_rise_spares_start_at_normal_priority(
    checkpoint: Path,
) -> None:
    """Where a lowered priority cannot be raised again (no CAP_SYS_NICE), a replacement
    starts at nice 0, ready for short requests, and a background worker is retired
    after its request instead of serving short ones at low priority."""

    async def scenario() -> None:
        pool = WorkerPool(
            1, 60.0, lambda: (1, checkpoint), demote_after=30.0, cores=2, raise_priority=False
        )
        await pool.start()
        try:
            with pytest.raises(QueryTimeoutError):
                await (await pool.query(LONG, timeout=0.5)).read_all()
            await until(lambda: pool.idle == 1, "no replacement worker")
            (spare,) = pool._workers
            assert nice_of(spare.proc.pid) == 0
            pool.shapes.record(QueryShapes.shape(SHORT), True)  # as if it were long
            stream = await pool.query(SHORT)
            assert b"true" in await stream.read_all()
            await until(lambda: len(pool._workers) == 1, "the background worker was kept")
            (left,) = pool._workers
            assert left is spare and nice_of(spare.proc.pid) == 0
        finally:
            await pool.close()

    run(scenario)


# -- new shapes -------------------------------------------------------------------------


@on_proc
def test_background_requests_pause_for_a_new_shape_only_during_its_grace(
    checkpoint: Path,
) -> None:
    """Two background requests on two cores: a new shape pauses one of them while it
    runs at normal priority, and none once it is past its grace (then it runs at their
    priority, so pausing them would only hand it their share)."""

    async def scenario() -> None:
        pool = WorkerPool(
            4, 60.0, lambda: (1, checkpoint), demote_after=30.0, new_shape_grace=0.5, cores=2
        )
        await pool.start()
        pool.shapes.record(QueryShapes.shape(LONG), True)
        tasks = [asyncio.create_task(pool.query(LONG.replace("0", str(n)))) for n in range(2)]
        try:
            await until(
                lambda: running_background(pool) == 2, "the background requests did not start"
            )
            assert pool.paused == 0
            other = LONG.replace("?g ?h ?i", "?g ?h ?i . ?j ?k ?l")  # a shape not seen yet
            tasks.append(asyncio.create_task(pool.query(other)))
            await until(lambda: pool.paused == 1, "nothing paused for the new shape")
            (worker,) = [w for w in pool._workers if w.lane == "normal"]
            assert nice_of(worker.proc.pid) == 0
            await until(lambda: pool.paused == 0, "still paused after the grace", 120.0)
            assert nice_of(worker.proc.pid) == 19 and worker.lane == "normal"
        finally:
            await finish(tasks, pool)

    run(scenario)


@on_proc
def test_a_new_shape_runs_at_normal_priority_until_its_grace_then_at_background_priority(
    checkpoint: Path,
) -> None:
    """A request of a shape the pool has not seen runs at nice 0 for its first
    new_shape_grace CPU seconds, then at nice 19, still in the normal lane."""

    async def scenario() -> None:
        pool = WorkerPool(
            1, 60.0, lambda: (1, checkpoint), demote_after=30.0, new_shape_grace=1.0, cores=2
        )
        await pool.start()
        (worker,) = pool._workers
        pid = worker.proc.pid
        start = cpu_seconds(pid)
        tasks = [asyncio.create_task(pool.query(LONG))]
        try:
            await until(lambda: pool.idle == 0, "the request took no worker")
            seen_normal = False
            while cpu_seconds(pid) - start < 0.6:  # well inside the grace
                seen_normal = seen_normal or nice_of(pid) == 0
                assert nice_of(pid) == 0
                await asyncio.sleep(0.02)
            assert seen_normal
            await until(lambda: nice_of(pid) == 19, "never lowered after its grace")
            assert worker.lane == "normal" and pool.background == 0
        finally:
            await finish(tasks, pool)

    run(scenario)


def test_a_short_query_of_a_new_shape_never_runs_at_background_priority(
    checkpoint: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first ASK of its shape is answered without its worker's priority being
    lowered, and the worker stays in the pool at normal priority."""
    calls: list[tuple[int, int]] = []
    setpriority = os.setpriority

    def recording(which: int, who: int, prio: int) -> None:
        calls.append((who, prio))
        setpriority(which, who, prio)

    async def scenario() -> None:
        pool = WorkerPool(1, 60.0, lambda: (1, checkpoint), demote_after=30.0, cores=2)
        await pool.start()
        (worker,) = pool._workers
        monkeypatch.setattr(os, "setpriority", recording)
        try:
            assert not pool.shapes.known(QueryShapes.shape(SHORT))
            stream = await pool.query(SHORT)
            assert b"true" in await stream.read_all()
            assert calls == []
            assert pool._workers == {worker} and worker.nice == 0
            assert not pool.shapes.predicts_long(QueryShapes.shape(SHORT))
        finally:
            await pool.close()

    run(scenario)


def test_query_shapes_write_a_run_of_values_rows_or_list_items_once() -> None:
    """Who-said over a month and over 45 days (31 and 45 VALUES rows of buckets), an IN
    list of 2 or 5 states: one shape each; a different pattern is another shape."""

    def values(days: int) -> str:
        rows = " ".join(
            f'(<http://ex.org/period/{d}/x> "2025-03-{d:02}"^^<http://www.w3.org/2001/XMLSchema#date>)'
            for d in range(1, days + 1)
        )
        return f"SELECT ?s WHERE {{ VALUES (?b ?date) {{ {rows} }} ?s <http://ex.org/in> ?b }}"

    shape = QueryShapes.shape
    assert shape(values(31)) == shape(values(45)) == shape(values(1))
    states = [f"<http://ex.org/Q{n}>" for n in range(5)]
    listed = "SELECT * WHERE { ?s <http://ex.org/state> ?x FILTER(?x IN (%s)) }"
    assert shape(listed % ", ".join(states[:2])) == shape(listed % ", ".join(states))
    assert shape("SELECT * { VALUES ?x { 1 2 3 } ?s ?p ?x }") == shape(
        "SELECT * { VALUES ?x { 7 } ?s ?p ?x }"
    )
    assert shape("SELECT * { VALUES ?x { 'a'@en 'b'@en } ?s ?p ?x }") == shape(
        "SELECT * { VALUES ?x { 'c'@en } ?s ?p ?x }"
    )
    assert shape(values(31)) != shape(values(31).replace("?s <http://ex.org/in> ?b", "?s ?p ?b"))
    assert shape(listed % states[0]) != shape(listed.replace("IN", "NOT IN") % states[0])
