"""A pool of query worker processes with deadlines that really stop the work.

Why processes: pyoxigraph releases the GIL while it evaluates, so threads
would run queries in parallel, but nothing can stop a running query from
Python (oxigraph#1926).  A worker process can be killed.  Each request takes
an idle worker, sends it a task, and reads framed answers
(:mod:`kg.server.frames`) on an asyncio stream.

Deadlines and status codes: the deadline (``Settings.query_timeout``) covers
the query from the moment a worker takes it.  The HTTP status is decided only
once the answer is known to be good: :meth:`WorkerPool.query` returns when the
worker has sent the whole result, or more than :data:`COMMIT_BYTES` of it,
within the deadline.  A query still running at the deadline gets its worker
killed (SIGKILL) and a :class:`~kg.server.context.QueryTimeoutError` — a 503
with a clear message, never a truncated 200.  A result bigger than
``COMMIT_BYTES`` is streamed; if its worker then misses the deadline the
response is aborted without the final chunk, which HTTP clients report as an
error rather than as a complete answer.

Waiting for a free worker does not count against the deadline, but a request
that waits longer than the timeout for one gets
:class:`~kg.server.context.ServerBusyError` (503).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import sys
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import QueryError
from kg.server import frames
from kg.server.context import QueryTimeoutError, Row, ServerBusyError

__all__ = ["COMMIT_BYTES", "QueryFailedError", "ResultStream", "WorkerPool"]

COMMIT_BYTES = 256 * 1024
"""Result bytes buffered before a response is committed to 200 and streamed."""

_WORKER_SCRIPT = Path(__file__).with_name("worker.py")


class QueryFailedError(QueryError):
    """A worker refused or failed a request; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(eq=False)
class _Worker:
    proc: asyncio.subprocess.Process
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    gen: int = -1

    async def send(self, task: dict[str, Any]) -> None:
        self.writer.write(frames.encode(frames.TASK, json.dumps(task).encode("utf-8")))
        await self.writer.drain()

    async def recv(self) -> tuple[bytes, bytes]:
        head = await self.reader.readexactly(frames.HEADER_SIZE)
        kind, length = frames.unpack_header(head)
        payload = await self.reader.readexactly(length) if length else b""
        return kind, payload


@dataclass(eq=False)
class ResultStream:
    """An answer from a worker: ``kind``, ``media_type``, then bytes by async iteration.

    ``complete`` is true when every byte is already buffered (then the
    worker is back in the pool).  Otherwise the caller must iterate to the
    end or call :meth:`aclose`; a deadline missed while iterating raises
    :class:`QueryTimeoutError`.
    """

    kind: str
    media_type: str
    buffered: list[bytes]
    complete: bool
    _pool: WorkerPool | None = None
    _worker: _Worker | None = None
    _deadline: float | None = None
    _started: bool = field(default=False)

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[bytes]:
        if self._started:
            raise RuntimeError("a result stream can be read once")
        self._started = True
        chunks, self.buffered = self.buffered, []
        for chunk in chunks:
            yield chunk
        if self.complete:
            return
        assert self._pool is not None and self._worker is not None
        pool, worker = self._pool, self._worker
        try:
            while True:
                kind, payload = await pool._recv(worker, self._deadline)
                if kind == frames.DATA:
                    yield payload
                elif kind == frames.END:
                    self.complete = True
                    self._worker = None
                    pool._release(worker)
                    return
                elif kind == frames.ERROR:
                    info = json.loads(payload)
                    self.complete = True
                    self._worker = None
                    pool._release(worker)
                    raise QueryFailedError(int(info["status"]), str(info["message"]))
                else:
                    raise QueryFailedError(500, f"unexpected frame {kind!r} from a worker")
        finally:
            if not self.complete:
                await self.aclose()

    async def aclose(self) -> None:
        """Give up on the rest: the worker is killed (and replaced) if still busy."""
        if not self.complete and self._worker is not None and self._pool is not None:
            worker, self._worker = self._worker, None
            self.complete = True
            await self._pool._discard(worker)

    async def read_all(self) -> bytes:
        """Every byte of the answer."""
        return b"".join([c async for c in self])


class WorkerPool:
    """``size`` worker processes answering read requests against the newest checkpoint.

    :param size: number of worker processes.
    :param timeout: default deadline of a request, in seconds.
    :param checkpoint: returns ``(generation, folder)`` of the newest checkpoint.
    :param on_idle_change: called when the set of generations in use changes
        (the writer deletes unused checkpoints then).
    """

    def __init__(
        self,
        size: int,
        timeout: float,
        checkpoint: Callable[[], tuple[int, Path]],
        on_idle_change: Callable[[], None] | None = None,
    ) -> None:
        self.size = size
        self.timeout = timeout
        self.checkpoint = checkpoint
        self.on_idle_change = on_idle_change
        self._workers: set[_Worker] = set()
        self._idle: deque[_Worker] = deque()
        self._waiters: deque[asyncio.Future[_Worker]] = deque()
        self._closed = False
        self._tasks: set[asyncio.Task[None]] = set()
        self.killed = 0
        """Workers killed so far (deadline missed or answer abandoned)."""

    # -- lifecycle -------------------------------------------------------------------
    async def start(self) -> None:
        """Start the worker processes."""
        workers = await asyncio.gather(*(self._spawn() for _ in range(self.size)))
        for w in workers:
            self._release(w)

    async def _spawn(self) -> _Worker:
        parent, child = socket.socketpair()
        try:
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-P",  # do not put kg/server on sys.path (its modules could shadow stdlib ones)
                str(_WORKER_SCRIPT),
                str(child.fileno()),
                pass_fds=(child.fileno(),),
                stdin=asyncio.subprocess.DEVNULL,
                env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            )
        finally:
            child.close()
        reader, writer = await asyncio.open_unix_connection(sock=parent)
        worker = _Worker(proc, reader, writer)
        self._workers.add(worker)
        return worker

    async def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        for fut in self._waiters:
            if not fut.done():
                fut.cancel()
        for w in list(self._workers):
            await self._kill(w)
        self._idle.clear()

    def generations_in_use(self) -> set[int]:
        """Checkpoint generations some worker has open."""
        return {w.gen for w in self._workers if w.gen >= 0}

    @property
    def idle(self) -> int:
        """Idle workers right now."""
        return len(self._idle)

    # -- worker bookkeeping ---------------------------------------------------------
    async def _acquire(self, wait: float) -> _Worker:
        if self._closed:
            raise ServerBusyError("the server is shutting down")
        if self._idle:
            return self._idle.popleft()
        fut: asyncio.Future[_Worker] = asyncio.get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            return await asyncio.wait_for(asyncio.shield(fut), wait)
        except TimeoutError:
            if fut.done() and not fut.cancelled():
                self._release(fut.result())
            fut.cancel()
            raise ServerBusyError(
                f"all {self.size} query workers stayed busy for {wait:g} s; try again later"
            ) from None
        finally:
            with contextlib.suppress(ValueError):
                self._waiters.remove(fut)

    def _release(self, worker: _Worker) -> None:
        if self._closed or worker not in self._workers:
            return
        while self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.set_result(worker)
                return
        self._idle.append(worker)

    async def _kill(self, worker: _Worker) -> None:
        self._workers.discard(worker)
        with contextlib.suppress(ValueError):
            self._idle.remove(worker)
        with contextlib.suppress(ProcessLookupError):
            worker.proc.kill()
        worker.writer.close()
        with contextlib.suppress(Exception):
            await worker.proc.wait()
        if self.on_idle_change is not None:
            self.on_idle_change()

    async def _discard(self, worker: _Worker) -> None:
        """Kill a worker that is in an unknown state and start a replacement."""
        self.killed += 1
        await self._kill(worker)
        if not self._closed:
            replacement = await self._spawn()
            self._release(replacement)

    async def _recv(self, worker: _Worker, deadline: float | None) -> tuple[bytes, bytes]:
        loop = asyncio.get_running_loop()
        try:
            if deadline is None:
                return await worker.recv()
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError
            return await asyncio.wait_for(worker.recv(), remaining)
        except TimeoutError:
            await self._discard(worker)
            raise QueryTimeoutError(
                f"query stopped after the server's {self.timeout:g} s timeout "
                "(its worker process was killed); narrow the query or add a LIMIT"
            ) from None
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            await self._discard(worker)
            raise QueryFailedError(500, f"a query worker died ({exc.__class__.__name__})") from None

    # -- requests ------------------------------------------------------------------------
    async def request(
        self,
        task: dict[str, Any],
        *,
        timeout: float | None = None,
        deadline_applies: bool = True,
    ) -> ResultStream:
        """Send ``task`` to a worker; return once the status of the answer is known.

        Raises :class:`QueryFailedError` (with the HTTP status), :class:`QueryTimeoutError`
        or :class:`ServerBusyError`.
        """
        limit = self.timeout if timeout is None else timeout
        worker = await self._acquire(limit)
        gen, path = self.checkpoint()
        task = {**task, "gen": gen, "store": str(path)}
        previous = worker.gen
        worker.gen = gen
        if previous != gen and self.on_idle_change is not None:
            self.on_idle_change()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit if deadline_applies else None
        try:
            await worker.send(task)
            kind, payload = await self._recv(worker, deadline)
        except (ConnectionError, asyncio.CancelledError):
            await self._discard(worker)
            raise
        if kind == frames.ERROR:
            info = json.loads(payload)
            self._release(worker)
            raise QueryFailedError(int(info["status"]), str(info["message"]))
        if kind == frames.END:  # an "open" task
            self._release(worker)
            return ResultStream("none", "", [], True)
        if kind != frames.HEAD:
            await self._discard(worker)
            raise QueryFailedError(500, f"unexpected frame {kind!r} from a worker")
        head = json.loads(payload)
        stream = ResultStream(
            str(head["kind"]), str(head.get("format", "")), [], False, self, worker, deadline
        )
        size = 0
        try:
            while size < COMMIT_BYTES:
                kind, payload = await self._recv(worker, deadline)
                if kind == frames.DATA:
                    stream.buffered.append(payload)
                    size += len(payload)
                elif kind == frames.END:
                    stream.complete = True
                    stream._worker = None
                    self._release(worker)
                    break
                elif kind == frames.ERROR:
                    info = json.loads(payload)
                    stream._worker = None
                    stream.complete = True
                    self._release(worker)
                    raise QueryFailedError(int(info["status"]), str(info["message"]))
                else:
                    await self._discard(worker)
                    raise QueryFailedError(500, f"unexpected frame {kind!r} from a worker")
        except asyncio.CancelledError:
            await stream.aclose()
            raise
        return stream

    async def query(
        self,
        sparql: str,
        *,
        results_format: str | None = "application/sparql-results+json",
        media_type: str | None = "text/turtle",
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        prefixes: dict[str, str] | None = None,
        base_iri: str | None = None,
        timeout: float | None = None,
    ) -> ResultStream:
        """Run a SPARQL query; SELECT/ASK answer in ``results_format``, graphs in ``media_type``.

        A format of ``None`` means the client accepts none for that kind of
        result (the worker then answers 406).  Without ``default_graphs`` /
        ``named_graphs`` the default graph is the union of all graphs.
        """
        task: dict[str, Any] = {
            "op": "query",
            "query": sparql,
            "results_format": results_format,
            "graph_format": media_type,
            "prefixes": prefixes,
            "base_iri": base_iri,
        }
        if default_graphs is not None or named_graphs is not None:
            task["default_graphs"] = default_graphs or []
            task["named_graphs"] = named_graphs
        return await self.request(task, timeout=timeout)

    async def rows(
        self,
        sparql: str,
        *,
        limit: int | None = None,
        prefixes: dict[str, str] | None = None,
        timeout: float | None = None,
    ) -> list[Row]:
        """Run a query and return its rows in SPARQL JSON shape (see :mod:`kg.server.context`)."""
        from kg.vocab import PREFIXES

        task = {
            "op": "rows",
            "query": sparql,
            "limit": limit,
            "prefixes": PREFIXES if prefixes is None else prefixes,
        }
        stream = await self.request(task, timeout=timeout)
        rows: list[Row] = json.loads(await stream.read_all())
        return rows

    async def dump(
        self,
        graph: str | None,
        media_type: str,
        *,
        prefixes: dict[str, str] | None = None,
    ) -> ResultStream:
        """Serialise one graph (IRI; ``""`` for the default graph) or, with ``None``, all of them.

        Dumps are linear scans, so no deadline applies; an abandoned dump
        still kills its worker.
        """
        task = {"op": "dump", "graph": graph, "graph_format": media_type, "prefixes": prefixes}
        return await self.request(task, deadline_applies=False)

    async def refresh_idle(self) -> None:
        """Have idle workers open the newest checkpoint, so older ones can be deleted."""
        gen, _ = self.checkpoint()
        stale = [w for w in self._idle if w.gen != gen]
        for _ in stale:
            if not any(w.gen != gen for w in self._idle):
                break
            try:
                await self.request({"op": "open"}, timeout=self.timeout)
            except QueryError:
                break
