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
writer write them again in the background: :data:`REBUILD_DELAY` seconds after
the last write of a burst it queues one more write,
:meth:`~kg.store.KnowledgeGraph.refresh_who_said_pages`, which reads the article
graphs and writes the pages with their marker in one transaction.  Checkpoints
are taken between writes, so readers answer from the who-said index until a
checkpoint holds the whole page set and its marker, then from the pages; writes
that arrive meanwhile wait behind it like any write.  A rebuild that fails is
logged and tried again after the next write.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from kg.errors import KGError
from kg.rdf import who_said_pages
from kg.store import KnowledgeGraph

__all__ = ["CHECKPOINT_INTERVAL", "REBUILD_DELAY", "Snapshots", "Writer"]

T = TypeVar("T")
log = logging.getLogger("kg.server")

CHECKPOINT_INTERVAL = 1.0
"""Longest time (s) a burst of writes goes without a new checkpoint."""

REBUILD_DELAY = 0.5
"""Seconds without writes after which the writer writes stale who-said pages again
(a burst of updates is followed by one rebuild, not one each)."""


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
        kg.store.backup(str(self.path(gen)))
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
        self._rebuild: asyncio.Task[None] | None = None
        self.rebuilds = 0
        """Who-said page rebuilds written (for tests and logs)."""

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
        try:
            return fn(self.kg)
        finally:
            if fn != self._refresh_pages and not who_said_pages.pages_current(self.kg.store):
                self._loop.call_soon_threadsafe(self._pages_stale)
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

    def _pages_stale(self) -> None:
        """On the loop: a write left the who-said pages stale; rebuild them soon."""
        self._stale = True
        if self._rebuild is None or self._rebuild.done():
            self._rebuild = asyncio.ensure_future(self._rebuild_pages())

    def _refresh_pages(self, kg: KnowledgeGraph) -> int | None:
        return kg.refresh_who_said_pages(atomic=True)

    async def _rebuild_pages(self) -> None:
        """Rebuild the who-said pages once writes pause, as one more write (so its
        checkpoint holds them whole), as long as writes leave them stale."""
        while self._stale:
            await asyncio.sleep(REBUILD_DELAY)
            with self._pending_lock:
                busy = self._pending > 0
            if busy:  # more writes are queued: wait for the burst to end
                continue
            self._stale = False
            started = time.monotonic()
            try:
                pages = await self.write(self._refresh_pages)
            except (KGError, OSError, RuntimeError, ValueError) as exc:
                log.warning("rebuilding the who-said pages failed: %s", exc)
                return
            if pages is not None:
                self.rebuilds += 1
                log.info(
                    "who-said pages written again: %d pages in %.1f s",
                    pages,
                    time.monotonic() - started,
                )

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
        rebuild of the who-said pages is dropped (the next read-write open does it)."""
        if self._rebuild is not None:
            self._rebuild.cancel()
        self._executor.shutdown(wait=True)
        with contextlib.suppress(Exception):
            self.kg.close()
