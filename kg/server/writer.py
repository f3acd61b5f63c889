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
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from kg.store import KnowledgeGraph

__all__ = ["CHECKPOINT_INTERVAL", "Snapshots", "Writer"]

T = TypeVar("T")

CHECKPOINT_INTERVAL = 1.0
"""Longest time (s) a burst of writes goes without a new checkpoint."""


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
        """Wait for queued writes, then close the store (releasing its lock)."""
        self._executor.shutdown(wait=True)
        with contextlib.suppress(Exception):
            self.kg.close()
