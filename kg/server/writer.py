"""The single writer of a served store, and the checkpoints readers query.

The server process is the only read-write owner of the store (RocksDB allows
one).  Every write — a SPARQL update, a Graph Store write, an article from
``POST /ingest`` — runs in one writer thread, so writes are serialised and
each is one pyoxigraph transaction.  After a write the thread takes a
checkpoint with ``Store.backup`` (hard links on the same filesystem, about
15 ms) into ``<store>.snapshots/<generation>``; query workers open the newest
checkpoint read-only.  No process ever writes a checkpoint, so reading it is
defined behaviour (unlike opening the live store read-only next to a writer),
and since checkpoints are taken between transactions a reader never sees half
of an update or of an article.

Writes in a burst share checkpoints: when more writes are queued the thread
checkpoints at most every :data:`CHECKPOINT_INTERVAL` seconds, and always after
the last one.  A write call returns only once a checkpoint holding it is
published, so a client that wrote can read its write at once.

A write that leaves the who-said pages stale (:mod:`kg.rdf.who_said_pages`: a
SPARQL update or a Graph Store write, which remove their marker) makes the
writer write them again in the background, :data:`REBUILD_DELAY` seconds after
the last such write, without holding the writer (:mod:`kg.server.pages_build`):
the pages are computed from a checkpoint in a process of their own, written in
steps of at most ``build_chunk`` quads between other writes, and the pages of
the articles written meanwhile are caught up; the last step brings the marker,
so readers answer from the who-said index until a checkpoint holds the whole,
current page set.  A write that does not maintain the pages stops a build under
way (another starts once writes pause); a build that fails is logged and tried
again after the next write.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import TypeVar

from pyoxigraph import Quad, RdfFormat, parse

import kg
from kg.errors import KGError
from kg.rdf import who_said_pages
from kg.server import pages_build
from kg.store import KnowledgeGraph

__all__ = [
    "BUILD_CHUNK",
    "BUILD_NICE",
    "CATCH_UP_STEP",
    "CHECKPOINT_INTERVAL",
    "REBUILD_DELAY",
    "Snapshots",
    "Writer",
]

T = TypeVar("T")
log = logging.getLogger("kg.server")

CHECKPOINT_INTERVAL = 1.0
"""Longest time (s) a burst of writes goes without a new checkpoint."""

REBUILD_DELAY = 0.5
"""Seconds after the last write that left the who-said pages stale before the writer
writes them again (a burst of updates is followed by one build, not one each)."""

BUILD_NICE = 10
"""``nice`` of the process that computes a build: behind the normal lane's queries (0, or
-5 where the priority can rise), ahead of the background lane's (19), whose answers the
pages would not speed up; at 19 it got 2 s of CPU in 150 s on a machine at load 9."""

BUILD_CHUNK = 2000
"""Most page quads one step of a build removes or adds (one write: other writes wait
for at most one step; 2,000 quads of pages take tens of milliseconds)."""

CATCH_UP_STEP = 0.1
"""Seconds one step of catching up works for: it brings the pages of the articles written
during the build up to date one by one (as an ingest maintains them, 5–20 ms each on a
20k-article store) until then; the step that leaves none also brings the marker."""


class _BuildStoppedError(Exception):
    """A write that does not maintain the pages came during a build: start over."""


BACKUP_ATTEMPTS = 3
"""Times a checkpoint is tried: RocksDB can lose a race with its own compaction while it
links the files ("No such file or directory" for a file compacted away meanwhile)."""


def backup(kg: KnowledgeGraph, path: Path) -> None:
    """Checkpoint ``kg``'s store into ``path`` (which must not exist), trying again
    (:data:`BACKUP_ATTEMPTS`) when a file went away while it was linked."""
    for attempt in range(1, BACKUP_ATTEMPTS + 1):
        try:
            kg.store.backup(str(path))
            return
        except OSError as exc:
            for left in (path, path.with_name(path.name + ".tmp")):
                shutil.rmtree(left, ignore_errors=True)
            if attempt == BACKUP_ATTEMPTS or "No such file" not in str(exc):
                raise
            log.warning("checkpoint failed (%s), trying again", str(exc).splitlines()[0])


class Snapshots:
    """Numbered read-only checkpoints of a store, in ``<store>.snapshots/``."""

    def __init__(self, store: Path) -> None:
        self.folder = store.parent / f"{store.name}.snapshots"
        self.current = 0
        self._lock = threading.Lock()
        self._next = 0

    def reset(self) -> None:
        """Remove checkpoints left by an earlier run (stale: we hold the store's lock)."""
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)

    def path(self, gen: int) -> Path:
        """Folder of generation ``gen``."""
        return self.folder / f"{gen:09d}"

    def take(self, kg: KnowledgeGraph) -> int:
        """Checkpoint the store as a new generation (not yet published); return it."""
        with self._lock:
            self._next += 1
            gen = self._next
        backup(kg, self.path(gen))
        return gen

    def publish(self, gen: int) -> None:
        """Make ``gen`` the generation new queries use."""
        self.current = max(self.current, gen)

    def collect(self, in_use: set[int]) -> list[int]:
        """Delete generations older than the current one that no worker has open."""
        removed: list[int] = []
        if not self.folder.is_dir():
            return removed
        for child in self.folder.iterdir():
            try:
                gen = int(child.name)
            except ValueError:
                continue
            if gen < self.current and gen not in in_use:
                shutil.rmtree(child, ignore_errors=True)
                removed.append(gen)
        return removed

    def remove_all(self) -> None:
        """Delete every checkpoint (at shutdown)."""
        shutil.rmtree(self.folder, ignore_errors=True)


class Writer:
    """Runs writes one at a time in a dedicated thread and publishes checkpoints.

    :param kg: the read-write knowledge graph (owned by this writer).
    :param snapshots: where checkpoints go.
    :param on_publish: called on the event loop with each new generation.
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        snapshots: Snapshots,
        on_publish: Callable[[int], None] | None = None,
    ) -> None:
        self.kg = kg
        self.snapshots = snapshots
        self.on_publish = on_publish
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-writer")
        self._pending = 0
        self._pending_lock = threading.Lock()
        self._seq = 0
        self._visible_seq = 0
        self._last_checkpoint = 0.0
        self._cond: asyncio.Condition | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._notifications: set[asyncio.Task[None]] = set()
        self._stale = False  # a write left the who-said pages stale
        self._stale_at = 0.0  # when a write last made them stale
        self._rebuild: asyncio.Task[None] | None = None
        self._build_proc: subprocess.Popen[bytes] | None = None
        self.rebuilds = 0
        """Who-said page builds completed (for tests and logs)."""
        self.abandoned = 0
        """Builds stopped by a write that did not maintain the pages."""
        self.longest_step = 0.0
        """Longest time (s) one step of the last build held the writer."""
        self.build_nice = BUILD_NICE
        """Priority of the process that computes a build (:data:`BUILD_NICE`)."""
        self.build_chunk = BUILD_CHUNK
        """Most page quads one step of a build writes (:data:`BUILD_CHUNK`)."""
        self.build_step: Callable[[str], Awaitable[None]] | None = None
        """Awaited on the event loop before each step of a build, with the step's name
        (``start``, ``compute``, ``remove``, ``add``, ``catch-up``): pacing, or a
        test holding a build at a step while it writes."""

    async def start(self) -> None:
        """Take the first checkpoint (generation 1) and publish it."""
        self._loop = asyncio.get_running_loop()
        self._cond = asyncio.Condition()
        self.snapshots.reset()
        gen = await self._loop.run_in_executor(self._executor, self.snapshots.take, self.kg)
        self._publish(gen, 0)

    def _publish(self, gen: int, seq: int) -> None:
        self.snapshots.publish(gen)
        self._visible_seq = max(self._visible_seq, seq)
        if self.on_publish is not None:
            self.on_publish(gen)

    async def _notify(self, gen: int, seq: int) -> None:
        assert self._cond is not None
        self._publish(gen, seq)
        async with self._cond:
            self._cond.notify_all()

    def _job(self, fn: Callable[[KnowledgeGraph], T], seq: int) -> T:
        assert self._loop is not None
        kg = self.kg
        was = who_said_pages.pages_current(kg.store)
        try:
            return fn(kg)
        finally:
            if not who_said_pages.pages_current(kg.store):
                if kg.page_journal is None:  # stale, no build under way
                    self._loop.call_soon_threadsafe(self._pages_stale, was)
                elif not who_said_pages.building(kg.store):  # this write stopped the build
                    kg.page_journal = None
                    self._loop.call_soon_threadsafe(self._pages_stale, True)
            with self._pending_lock:
                self._pending -= 1
                pending = self._pending
            now = time.monotonic()
            if pending == 0 or now - self._last_checkpoint >= CHECKPOINT_INTERVAL:
                gen = self.snapshots.take(self.kg)
                self._last_checkpoint = now
                loop = self._loop
                loop.call_soon_threadsafe(lambda: self._spawn_notify(gen, seq))

    def _spawn_notify(self, gen: int, seq: int) -> None:
        task = asyncio.ensure_future(self._notify(gen, seq))
        self._notifications.add(task)
        task.add_done_callback(self._notifications.discard)

    def _pages_stale(self, invalidated: bool) -> None:
        """On the loop: a write left the who-said pages stale (``invalidated``: it removed
        their marker or stopped a build); write them again soon."""
        self._stale = True
        if invalidated:
            self._stale_at = time.monotonic()
            if self._build_proc is not None and self._build_proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    self._build_proc.kill()  # its checkpoint is out of date
        if self._rebuild is None or self._rebuild.done():
            self._rebuild = asyncio.ensure_future(self._rebuild_pages())

    async def _rebuild_pages(self) -> None:
        """Write the who-said pages again once no write has made them stale for
        :data:`REBUILD_DELAY` seconds, as long as writes leave them stale."""
        while self._stale:
            wait = self._stale_at + REBUILD_DELAY - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
                continue
            self._stale = False
            started = time.monotonic()
            try:
                done = await self._build()
            except _BuildStoppedError:
                self.abandoned += 1
                log.info("who-said pages build stopped by a write; starting over")
                continue
            except (KGError, OSError, RuntimeError, ValueError) as exc:
                log.warning("writing the who-said pages again failed: %s", exc)
                with contextlib.suppress(KGError, OSError, RuntimeError, ValueError):
                    await self._step(self._end_build)
                return
            if done is not None:
                self.rebuilds += 1
                log.info(
                    "who-said pages written again in %.1f s: %s",
                    time.monotonic() - started,
                    ", ".join(f"{k} {v}" for k, v in done.items()),
                )

    @property
    def building(self) -> bool:
        """Are the who-said pages stale and being (or about to be) written again?"""
        return self._rebuild is not None and not self._rebuild.done()

    @property
    def _build_folder(self) -> Path:
        return self.snapshots.folder / "pages-build"

    async def _step(self, fn: Callable[[KnowledgeGraph], T], name: str = "") -> T:
        """Run one step of a build in the writer thread, between other writes (no
        checkpoint: what a step writes is not read until the marker comes)."""
        assert self._loop is not None
        if name and self.build_step is not None:
            await self.build_step(name)
        return await self._loop.run_in_executor(self._executor, self._timed(fn), self.kg)

    def _timed(self, fn: Callable[[KnowledgeGraph], T]) -> Callable[[KnowledgeGraph], T]:
        """``fn``, noting how long it held the writer in :attr:`longest_step`."""

        def step(kg: KnowledgeGraph) -> T:
            started = time.perf_counter()
            try:
                return fn(kg)
            finally:
                took = time.perf_counter() - started
                self.longest_step = max(self.longest_step, took)
                log.debug("who-said pages build step %s: %.1f ms", fn, took * 1000)

        return step

    def _start_build(self, kg: KnowledgeGraph) -> bool:
        if who_said_pages.pages_current(kg.store):
            return False
        folder = self._build_folder
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        w, b = who_said_pages.WHO_SAID_GRAPH, who_said_pages.BUILDING
        kg.store.update(
            f"{who_said_pages.invalidate()} ;\n"
            f"INSERT DATA {{ GRAPH {w} {{ {b.subject} {b.predicate} {b.object} }} }}"
        )
        backup(kg, folder / "store")
        kg.page_journal = {}
        return True

    def _end_build(self, kg: KnowledgeGraph) -> None:
        """After a failed build: no journal, no ``BUILDING`` (the pages stay stale)."""
        kg.page_journal = None
        b = who_said_pages.BUILDING
        kg.store.update(
            f"DELETE DATA {{ GRAPH {b.graph_name} {{ {b.subject} {b.predicate} {b.object} }} }}"
        )

    @staticmethod
    def _check(kg: KnowledgeGraph) -> None:
        if kg.page_journal is None:
            raise _BuildStoppedError

    async def _build(self) -> dict[str, float] | None:
        """One build of the pages (:mod:`kg.server.pages_build`); ``None`` when they were
        current; raises :class:`_BuildStoppedError` when a write stopped it."""
        self.longest_step = 0.0
        if not await self._step(self._start_build, "start"):
            return None
        folder = self._build_folder
        if self.build_step is not None:
            await self.build_step("compute")
        env = dict(os.environ)  # the child imports this kg, however the server was started
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(Path(kg.__file__).resolve().parent.parent), env.get("PYTHONPATH")) if p
        )
        self._build_proc = proc = subprocess.Popen(  # waited for in a thread: no asyncio transport
            [
                sys.executable,
                "-P",  # by path (not -m: kg.server's package imports the server), no script dir
                str(Path(pages_build.__file__).resolve()),
                str(folder / "store"),
                str(folder),
                "--nice",
                str(self.build_nice),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        try:
            out, err = await asyncio.to_thread(proc.communicate)
        finally:
            if proc.poll() is None:  # cancelled (the server stops)
                proc.kill()
        self._build_proc = None
        shutil.rmtree(folder / "store", ignore_errors=True)
        if self.kg.page_journal is None:
            raise _BuildStoppedError
        if proc.returncode != 0:
            message = err.decode(errors="replace").strip().splitlines()
            raise RuntimeError(message[-1] if message else f"exit status {proc.returncode}")
        figures: dict[str, float] = {
            k: round(v, 1) for k, v in json.loads(out).items() if isinstance(v, int | float)
        }
        for name, file in (("remove", pages_build.REMOVED), ("add", pages_build.ADDED)):
            # parsed in the writer thread, a chunk per step (not on the event loop)
            quads: list[Iterator[Quad]] = []
            while await self._step(partial(self._apply, name, folder / file, quads), name):
                pass
        shutil.rmtree(folder, ignore_errors=True)
        caught = steps = 0
        while True:  # replaying an article costs far less than writing one: this converges
            steps += 1
            last, n = await self._step(self._catch_up, "catch-up")
            caught += n
            if last:
                break
        await self.write(lambda kg: None)  # a checkpoint with the marker, published
        figures.update(
            {
                "caught-up articles": caught,
                "catch-up steps": steps,
                "longest step ms": round(self.longest_step * 1000),
            }
        )
        figures["build cpu s"] = figures.pop("cpu", 0.0)
        return figures

    def _apply(
        self, name: str, file: Path, reader: list[Iterator[Quad]], kg: KnowledgeGraph
    ) -> bool:
        """Remove or add (``name``) the next chunk of ``file``'s quads; False at its end."""
        self._check(kg)
        if not reader:
            reader.append(parse(path=str(file), format=RdfFormat.N_QUADS))
        quads = list(itertools.islice(reader[0], max(1, self.build_chunk)))
        if not quads:
            return False
        if name == "add":
            kg.store.extend(quads)
            return True
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        kg.store.update(f"DELETE DATA {{ GRAPH {who_said_pages.WHO_SAID_GRAPH} {{\n{body}\n}} }}")
        return True

    def _catch_up(self, kg: KnowledgeGraph) -> tuple[bool, int]:
        """Bring the pages of the articles written since the build began up to date, for
        about :data:`CATCH_UP_STEP` seconds (one transaction each: readers see only the
        checkpoints taken between writes, so never a step's middle); when none is left
        swap ``BUILDING`` for the marker (the checkpoint after the step holds both)."""
        self._check(kg)
        journal = kg.page_journal
        assert journal is not None
        deadline = time.perf_counter() + CATCH_UP_STEP
        done = 0
        for article in sorted(journal):
            if done and time.perf_counter() > deadline:
                break
            ops = who_said_pages.replay_update(kg.store, article, journal.pop(article))
            if ops:
                kg.store.update(ops)
            done += 1
        if journal:
            return False, done
        w, b, m = who_said_pages.WHO_SAID_GRAPH, who_said_pages.BUILDING, who_said_pages.MARKER
        kg.store.update(
            f"DELETE DATA {{ GRAPH {w} {{ {b.subject} {b.predicate} {b.object} }} }} ;\n"
            f"INSERT DATA {{ GRAPH {w} {{ {m.subject} {m.predicate} {m.object} }} }}"
        )
        kg.page_journal = None
        return True, done

    async def write(self, fn: Callable[[KnowledgeGraph], T]) -> T:
        """Run ``fn(kg)`` in the writer thread; return once its result is visible to queries.

        If ``fn`` raises, nothing was written (each write is one transaction)
        and the exception is raised here without waiting for a checkpoint.
        """
        if self._loop is None or self._cond is None:
            raise RuntimeError("writer not started")
        with self._pending_lock:
            self._pending += 1
        self._seq += 1
        seq = self._seq
        result = await self._loop.run_in_executor(self._executor, self._job, fn, seq)
        async with self._cond:
            await self._cond.wait_for(lambda: self._visible_seq >= seq)
        return result

    def close(self) -> None:
        """Wait for queued writes, then close the store (releasing its lock); a pending
        build of the who-said pages is dropped (the next read-write open does it)."""
        if self._rebuild is not None:
            self._rebuild.cancel()
        if self._build_proc is not None and self._build_proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self._build_proc.kill()
        self._executor.shutdown(wait=True)
        with contextlib.suppress(Exception):
            self.kg.close()
