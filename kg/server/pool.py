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

Short queries before long ones: query costs differ by orders of magnitude (a
who-said query takes tens of milliseconds, a ``COUNT`` over the store
seconds), and a closed pool of workers lets a few long queries hold every
worker and every core while short ones wait.  So requests run in two lanes
(``size`` worker processes are started up front, and each opens the newest
checkpoint before it is first used):

* the *normal* lane, at normal CPU priority, for requests expected to be
  short: at most ``size`` at once;
* the *background* lane, whose workers run at the lowest CPU priority
  (``nice`` 19), so the OS gives the cores to normal-priority workers first:
  at most ``size`` requests are admitted at once (others wait for a slot),
  and up to ``size`` more can be demoted into it, so at most ``3 × size``
  workers exist.

A request whose query *shape* (:class:`QueryShapes`: the text with IRIs,
literals and numbers blanked) ran long lately (more than once in its last
eight runs, or its only run), and every dump, starts in the background lane.
A request of a shape not seen lately runs in the normal lane, at normal
priority for its first ``new_shape_grace`` CPU seconds (25 ms: a short query
of a new shape is answered at full priority) and at background priority from
then until its first run is recorded (no longer urgent: background requests
are not paused for it), so a burst of new long shapes (a server just started,
a new client) cannot share the cores equally with the known-short queries.
A request in the normal lane that has used ``demote_after`` CPU seconds
(0.1 s by default; read from ``/proc``, so time spent waiting for a core does
not count) is *demoted*: its worker gets the lower priority and the request
moves to the background lane, freeing its normal slot (even when the
background lane is full: a long request never holds a normal slot for more
than ``demote_after`` CPU seconds); a spare worker is started (and opens the
store) if none is idle, so the next short query finds one ready.  When a
background request ends, its worker gets its priority back — or, where the OS does not let a process
raise a priority again (no ``CAP_SYS_NICE``), the worker is retired and a
fresh one is started when needed.  Deadlines are the same in both lanes.

Short requests get the cores: a ``nice`` value shares the cores by weight
but does not take them from background work, and on a machine with two
cores a who-said query (about 10 ms of CPU) still waited behind the
relations and ``COUNT`` queries running at ``nice`` 19 (sharing caches and
memory bandwidth, and the CPU with them at each hop from client to server
to worker).  So while normal-lane requests run, background ones are
*paused*: with ``u`` urgent requests (a normal-lane request from the
moment a worker takes it until its answer is complete, or committed to
streaming at the client's pace), at most ``max(1, cores - u)`` background
requests keep running, those that entered the lane first; the others are
stopped (``SIGSTOP``) and continued (``SIGCONT``) the moment the short
requests are done (:meth:`WorkerPool._balance`).  A background request
thus loses only the time short requests run, at least one keeps running
however many short ones arrive (the lane is slowed, never starved), and
its deadline (wall time) still holds: a paused worker that misses it is
killed like any other.  A paused worker cannot notice that its server
died, so workers ask the kernel to kill them when it does
(``PR_SET_PDEATHSIG`` on Linux).

Warm workers for short queries: a worker process has its own caches (RocksDB
table readers and blocks), so its first queries are slower.  A normal
request takes the most recently used idle worker; a background request takes
the least recently used one, and only while more workers are idle than the
normal lane has free slots — otherwise it gets a new worker, started at
background priority — so a burst of long requests never leaves a short one
to start (and warm) a process.  Up to ``2 × size`` idle workers are kept.
A worker started to replace a killed one opens the store in the background,
so the answer to the request that killed it does not wait.

Spare workers at low priority: a spare (started when a demotion leaves no
idle worker, or to replace a killed one) gets ``background_nice`` as soon as
its process exists, so its start (interpreter, pyoxigraph and the store:
about 60 ms of CPU) does not take the cores from running requests; it is
parked as the coldest idle worker, and the normal-lane request that takes it
raises its priority back to 0.  A normal-lane request that finds no idle
worker while a spare is starting claims it instead of starting another one:
the spare gets normal priority at once (on a busy machine a spare at
``nice`` 19 could take seconds to start) and the request waits for it.  A
worker started for a background request starts low too.  Raising a priority needs
``CAP_SYS_NICE`` or ``RLIMIT_NICE`` (:func:`priority_can_rise`); without
either, spares start at normal priority (a short request must not run at
background priority) and background workers are retired after their request.
A paused worker is only ever a background one: spares and idle workers are
never stopped.

The event loop above the workers: one process (one thread) reads every
request, hands it to a worker and relays its answer.  At the workers'
priority it lost its core to each worker it woke (a ``send`` to a worker
took 1–2 ms of wall time for 0.03 ms of CPU), and in a burst (16
clients sending at once) it shared the cores with every running worker
while the requests not yet read waited.  So where the OS lets a priority
rise (:func:`priority_can_rise`), :meth:`WorkerPool.start` gives the calling
thread ``loop_nice`` (``Settings.loop_nice``, -10; put back by
:meth:`WorkerPool.close`) and every worker it starts is set to its own
priority (``normal_nice``, or 19 for spares) at once, since a child inherits the
priority of the thread that starts it.  Elsewhere nothing changes.

Short requests before the machine's other work: timing the workers
(``Settings.server_timing``) on a machine shared with other jobs showed
the slowest who-said answers spending most of their time runnable but
waiting for a core (the run queue), next to 10–18 ms on one.  So where a
priority can rise, workers in the normal lane (and idle ones) run at
``normal_nice`` (``Settings.worker_nice``, -5), under the loop and above
processes at the default priority; background requests still run at 19.

Small answers also wake the loop once: a worker sends the header, the data
and the end frame of an answer under 128 KB in one piece (:mod:`kg.server.worker`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import re
import signal
import socket
import sys
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import QueryError
from kg.server import frames
from kg.server.context import QueryTimeoutError, Row, ServerBusyError
from kg.server.settings import available_cores

__all__ = [
    "BACKGROUND",
    "COMMIT_BYTES",
    "NORMAL",
    "WORKER_MALLOC",
    "QueryFailedError",
    "QueryShapes",
    "ResultCache",
    "ResultStream",
    "WorkerPool",
    "worker_env",
]

COMMIT_BYTES = 256 * 1024
"""Result bytes buffered before a response is committed to 200 and streamed."""

_WORKER_SCRIPT = Path(__file__).with_name("worker.py")

WORKER_MALLOC = "glibc.malloc.tcache_count=1000"
"""glibc allocator tunable given to worker processes (see :func:`worker_env`)."""


def worker_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a query worker: ``base`` (default: ours) plus :data:`WORKER_MALLOC`.

    Oxigraph creates a RocksDB iterator (with its own small arena) for every
    triple pattern it evaluates, and a description query evaluates many per
    row (the described form of ``who_said.rq``, which stores without statement
    summaries still run, about twenty; entity pages and relations queries
    too); glibc keeps only seven freed chunks of a size in its per-thread
    cache, so most of those allocations went through the slower shared bins
    (``_int_malloc`` and ``malloc_consolidate`` were a fifth of the worker's
    profile).  Keeping up to 1000 per size cut the CPU time of the described
    who-said query by a tenth (read in Python, ``benchmarks/bench_who_said.py
    --malloc``) to a fifth (serialised as JSON, as a worker does), with no
    change to its answer (measured in session 5, before the summaries).
    A ``GLIBC_TUNABLES`` that already sets ``tcache_count`` is left as it
    is; other C libraries ignore the variable.
    """
    env = dict(os.environ if base is None else base)
    tunables = env.get("GLIBC_TUNABLES", "")
    if "tcache_count" not in tunables:
        env["GLIBC_TUNABLES"] = f"{tunables}:{WORKER_MALLOC}" if tunables else WORKER_MALLOC
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


NORMAL = "normal"
"""The lane of requests expected to be short: at most ``size`` at once, normal priority."""
BACKGROUND = "background"
"""The lane of long requests: at most ``size`` at once, lower CPU priority."""


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_seconds(pid: int) -> float | None:
    """CPU time used so far by process ``pid`` (all its threads), where ``/proc`` tells it."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


_CAP_SYS_NICE = 23


def priority_can_rise() -> bool:
    """Whether this process (and the workers it starts) may lower a ``nice`` value again.

    Anyone may lower a process's priority (raise its ``nice``); raising it back
    to ``nice`` 0 needs ``CAP_SYS_NICE`` or an ``RLIMIT_NICE`` of at least 20.
    Read from ``/proc/self/status`` and the resource limits (false elsewhere).
    """
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_NICE)[0]
        if soft == resource.RLIM_INFINITY or soft >= 20:
            return True
    except (ImportError, AttributeError, OSError, ValueError):
        pass
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("CapEff:"):
                    return bool(int(line.split()[1], 16) >> _CAP_SYS_NICE & 1)
    except (OSError, ValueError):
        pass
    return False


_IRI = re.compile(r"<[^<>\s]*>")
_STRING = re.compile(
    r'"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\''
    r'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"|\'[^\'\\\n]*(?:\\.[^\'\\\n]*)*\''
)
# a number not inside a word: the first digit, then a look back at the character before it
# (the same matches as a leading \b, which made the engine try every position: 0.45 ms on
# a who-said text against 0.19 ms when it can skip to the next digit)
_NUMBER = re.compile(r"\d(?<!\w\d)\d*(?:\.\d+)?(?:[eE][+-]?\d+)?\b")
_BLANK_TERM = (
    r'(?:\([^()]*\)|<>|""(?:\^\^<>|\^\^[\w-]*:[\w-]*|@[A-Za-z0-9-]+)?|(?<![\w:])0(?![\w:]))'
)
_REPEATS = re.compile(rf'(?=[(<"0])({_BLANK_TERM})(?:(?: ?, ?| )\1)+')


class QueryShapes:
    """How long queries of each *shape* ran lately, to route them to a lane before they run.

    A shape is the query text with its IRIs, literals and numbers blanked,
    and a run of the same blanked term or row written once (``VALUES`` rows,
    ``IN`` lists), so the who-said query about Syria in March and the one
    about Iran over 45 days (31 and 45 rows of index buckets) share a shape,
    while a ``COUNT`` over everything has its own.  Each shape
    keeps its last :attr:`WINDOW` outcomes (long or short); it is predicted
    long when more than one of them, or its only one, was long.  So a shape
    that is always short (who-said) stays in the normal lane after one slow
    run, one that is usually long (a ``COUNT``) goes to the background lane
    after its first, and so does one whose cost depends on its parameters
    (relations between two states, an entity page: short for a small state,
    seconds for a big one).  Such a shape used to stay in the normal lane
    while most of its runs were short, and a burst of its long runs then
    shared the cores at normal priority with the short queries until each
    had been demoted (``demote_after`` CPU seconds each); its short runs
    lose little in the background lane, which gets the cores whenever the
    normal lane leaves them idle.  The most recently used ``capacity``
    shapes are kept.
    """

    WINDOW = 8

    def __init__(self, capacity: int = 4096) -> None:
        self.capacity = capacity
        self._runs: OrderedDict[bytes, deque[bool]] = OrderedDict()

    @staticmethod
    def shape(query: str) -> bytes:
        """The shape (a digest) of a query text."""
        text = _STRING.sub('""', query)
        text = _IRI.sub("<>", text)
        text = _NUMBER.sub("0", text)
        text = " ".join(text.split())
        text = _REPEATS.sub(r"\1", text)
        return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()

    def record(self, shape: bytes, long: bool) -> None:
        """Note that a query of ``shape`` ran long (or not)."""
        runs = self._runs.pop(shape, None) or deque(maxlen=self.WINDOW)
        runs.append(long)
        self._runs[shape] = runs
        while len(self._runs) > self.capacity:
            self._runs.popitem(last=False)

    def known(self, shape: bytes) -> bool:
        """Whether a query of ``shape`` has run lately."""
        return shape in self._runs

    def predicts_long(self, shape: bytes) -> bool:
        """Whether a query of ``shape`` is expected to run long."""
        runs = self._runs.get(shape)
        if not runs:
            return False
        long = sum(runs)
        return long > 1 or long == len(runs)


_VOLATILE = re.compile(r"\b(?:NOW|RAND|UUID|STRUUID|BNODE)\s*\(|\bSERVICE\b", re.IGNORECASE)


class ResultCache:
    """Complete answers of recent queries, valid for one checkpoint generation.

    Off unless the server is started with a size (``Settings.result_cache``).
    A key is everything that decides an answer's bytes besides the store:
    the query text, the dataset (default and named graphs), the formats the
    client accepts, the prefixes and the base IRI.  Entries belong to the
    generation of the checkpoint that answered them, and every write to the
    store (SPARQL update, Graph Store write, an article from ``/ingest``,
    so also ``kg ingest`` while serving) publishes a new generation before
    the write returns; the first lookup or store under a newer generation
    empties the cache, so no answer outlives the data it was computed from.
    Queries whose answer may change without a write (``NOW()``, ``RAND()``,
    ``UUID()``, ``STRUUID()``, ``BNODE()``, ``SERVICE``) are never cached.
    The least recently used entries are dropped beyond ``capacity`` bytes;
    an answer bigger than a quarter of it is not kept.
    """

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.max_entry = capacity // 4
        self.generation = -1
        self.size = 0
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[str, tuple[str, str, bytes]] = OrderedDict()

    @staticmethod
    def key(task: Mapping[str, Any]) -> str | None:
        """The key of a query task, or ``None`` when its answer must not be cached."""
        text = task.get("query")
        if task.get("op") != "query" or not isinstance(text, str) or _VOLATILE.search(text):
            return None
        return json.dumps(task, sort_keys=True, ensure_ascii=False)

    def _at(self, generation: int) -> bool:
        """Move to ``generation`` (emptying the cache when it is newer); false if it is older."""
        if generation > self.generation:
            self._entries.clear()
            self.size = 0
            self.generation = generation
        return generation == self.generation

    def get(self, generation: int, key: str) -> tuple[str, str, bytes] | None:
        """The cached ``(kind, media type, body)`` of ``key`` at ``generation``, if any."""
        entry = self._entries.get(key) if self._at(generation) else None
        if entry is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return entry

    def put(self, generation: int, key: str, kind: str, media: str, body: bytes) -> None:
        """Keep an answer computed on the checkpoint of ``generation``."""
        if len(body) > self.max_entry or not self._at(generation):
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self.size -= len(old[2])
        self._entries[key] = (kind, media, body)
        self.size += len(body)
        while self.size > self.capacity and self._entries:
            _, dropped = self._entries.popitem(last=False)
            self.size -= len(dropped[2])

    def __len__(self) -> int:
        return len(self._entries)


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
    lane: str = ""
    """The lane of the request it runs (``""`` when idle)."""
    nice: int = 0
    """Its ``nice`` value: raised while it runs a background request or a new shape."""
    long: bool = False
    """Its request used more than ``demote_after`` CPU seconds."""
    urgent: bool = False
    """It runs a normal-lane request whose answer is not yet complete or committed."""
    paused: bool = False
    """Stopped (``SIGSTOP``) while short requests run (see :meth:`WorkerPool._balance`)."""
    since: float = 0.0
    """When it entered the background lane (event-loop time)."""
    shape: bytes | None = None
    """The shape of the query it runs (see :class:`QueryShapes`)."""
    probation: bool = False
    """It runs a query of a shape not seen lately, not yet past ``new_shape_grace``."""
    claimed: bool = False
    """A spare still starting that a waiting normal-lane request will take."""
    started_cpu: float | None = None
    timer: asyncio.TimerHandle | None = None

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
    generation: int = -1
    """The checkpoint generation that answered."""
    _on_end: Callable[[bytes], None] | None = None
    _keep_limit: int = 0
    waited: float = 0.0
    """Seconds the request waited for a worker."""
    timing: dict[str, float] | None = None
    """Where the worker's time went (``wall``, ``cpu``, ``runq`` in ms, ``read`` bytes), when
    the request asked for it and the answer is complete (see ``kg.server.worker.Timing``)."""

    def _ended(self, payload: bytes) -> None:
        """Note the end frame's payload (the worker's timing, when asked for)."""
        if payload:
            with contextlib.suppress(ValueError):
                self.timing = json.loads(payload)

    def tee(self, limit: int, on_end: Callable[[bytes], None]) -> None:
        """Call ``on_end`` with the whole body once a streamed answer has been read to its end.

        Nothing is kept (and ``on_end`` is not called) once the body passes
        ``limit`` bytes, or if the answer fails or is abandoned.
        """
        self._on_end, self._keep_limit = on_end, limit

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[bytes]:
        if self._started:
            raise RuntimeError("a result stream can be read once")
        self._started = True
        chunks, self.buffered = self.buffered, []
        kept: list[bytes] | None = [] if self._on_end is not None else None
        kept_size = 0
        for chunk in chunks:
            if kept is not None:
                kept.append(chunk)
                kept_size += len(chunk)
            yield chunk
        if self.complete:
            return
        assert self._pool is not None and self._worker is not None
        pool, worker = self._pool, self._worker
        try:
            while True:
                kind, payload = await pool._recv(worker, self._deadline)
                if kind == frames.DATA:
                    if kept is not None:
                        kept_size += len(payload)
                        if kept_size <= self._keep_limit:
                            kept.append(payload)
                        else:
                            kept = None
                    yield payload
                elif kind == frames.END:
                    self.complete = True
                    self._worker = None
                    self._ended(payload)
                    pool._finish(worker)
                    if kept is not None and self._on_end is not None:
                        self._on_end(b"".join(kept))
                    return
                elif kind == frames.ERROR:
                    info = json.loads(payload)
                    self.complete = True
                    self._worker = None
                    pool._finish(worker)
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
    """Worker processes answering read requests against the newest checkpoint.

    :param size: requests that run at normal priority at once (and worker
        processes started up front); the background lane admits as many.
    :param timeout: default deadline of a request, in seconds.
    :param checkpoint: returns ``(generation, folder)`` of the newest checkpoint.
    :param on_idle_change: called when the set of generations in use changes
        (the writer deletes unused checkpoints then).
    :param demote_after: CPU seconds after which a running request is demoted
        to the background lane (see the module docstring); ``None`` turns the
        lanes off.
    :param background_nice: the ``nice`` value of a background worker (19, the
        lowest priority: a normal-priority process then gets about 98% of a
        core shared with one background worker, so a who-said lookup is hardly
        slowed by the ``COUNT`` running beside it; with ``nice`` 10 it got
        about 90% against each one, and less than half a core against the
        several a busy server runs).
    :param result_cache: bytes of complete answers kept by :class:`ResultCache`
        (0, the default: no cache).
    :param cores: the CPUs short requests may need (default: those this
        process may run on); see :meth:`_balance`.
    :param pause_background: pause background requests while normal-lane
        ones run (with the lanes on, where the OS has ``SIGSTOP``).
    :param new_shape_grace: CPU seconds a request of a shape not seen lately
        runs at normal priority before it is lowered to ``background_nice``
        (still in the normal lane, until ``demote_after``): a short query of a
        new shape is answered at full priority, a long one soon yields.
    :param raise_priority: whether a worker's priority can be raised again
        after it was lowered (default: :func:`priority_can_rise`).  Where it
        can, spare workers start at background priority and get the normal
        one when a short request takes them; where it cannot, they start at
        normal priority and background workers are retired after their request.
    :param loop_nice: the ``nice`` value of the thread that starts the pool
        (the server's event loop, which reads every request and relays every
        answer), set by :meth:`start` where the OS allows it (with
        ``raise_priority``) and put back by :meth:`close`; the workers run at
        ``normal_nice``.  ``None``: left as it is.  One process serves all
        requests: at the same priority as the workers it wakes, it lost its
        core to each worker it handed a query to, and in a burst it shared the
        cores with every running worker while the requests behind them waited
        to be read.  Where the OS does not allow it, nothing changes.
    :param normal_nice: the ``nice`` value of workers in the normal lane and idle
        ones (0 by default; a negative value only where ``raise_priority``,
        else 0): short requests then take a core before other processes.
    """

    def __init__(
        self,
        size: int,
        timeout: float,
        checkpoint: Callable[[], tuple[int, Path]],
        on_idle_change: Callable[[], None] | None = None,
        *,
        demote_after: float | None = 0.1,
        background_nice: int = 19,
        result_cache: int = 0,
        cores: int | None = None,
        pause_background: bool = True,
        new_shape_grace: float = 0.025,
        raise_priority: bool | None = None,
        loop_nice: int | None = None,
        normal_nice: int = 0,
    ) -> None:
        self.size = size
        self.timeout = timeout
        self.checkpoint = checkpoint
        self.on_idle_change = on_idle_change
        self.demote_after = demote_after
        self.background_nice = background_nice
        self.new_shape_grace = (
            min(new_shape_grace, demote_after) if demote_after is not None else new_shape_grace
        )
        self.raise_priority = priority_can_rise() if raise_priority is None else raise_priority
        self.loop_nice = loop_nice
        self.normal_nice = normal_nice if normal_nice >= 0 or self.raise_priority else 0
        """The ``nice`` value of workers in the normal lane (and idle ones)."""
        self._loop_nice_before: int | None = None
        """The event loop thread's ``nice`` before :meth:`start` raised its priority."""
        self.max_workers = size if demote_after is None else 3 * size
        self.max_idle = size if demote_after is None else 2 * size
        """Idle workers kept (for the normal lane, and with lanes on, for the background one)."""
        self.cores = cores if cores is not None else available_cores()
        self.pause_background = (
            pause_background and demote_after is not None and hasattr(signal, "SIGSTOP")
        )
        self.shapes = QueryShapes()
        self.cache = ResultCache(result_cache) if result_cache > 0 else None
        """Answers of recent queries (``None``: caching is off)."""
        self._workers: set[_Worker] = set()
        self._idle: deque[_Worker] = deque()
        self._waiters: dict[str, deque[asyncio.Future[_Worker | None]]] = {
            NORMAL: deque(),
            BACKGROUND: deque(),
        }
        self._busy = {NORMAL: 0, BACKGROUND: 0}
        self._spawning = 0
        self._opening: list[_Worker] = []
        """Spare workers started and opening the store (see :meth:`_warm_spare`)."""
        self._closed = False
        self._tasks: set[asyncio.Task[None]] = set()
        self.killed = 0
        """Workers killed so far (deadline missed or answer abandoned)."""
        self.demoted = 0
        """Requests moved to the background lane while running, so far."""
        self.pauses = 0
        """Times a background request was paused for short ones, so far."""

    # -- lifecycle -------------------------------------------------------------------
    async def start(self) -> None:
        """Start ``size`` worker processes, each with the newest checkpoint open.

        First the calling thread (the event loop) gets ``loop_nice`` where permitted.
        """
        self._raise_loop_priority()
        workers = await asyncio.gather(*(self._spawn(self.normal_nice) for _ in range(self.size)))
        opened = await asyncio.gather(*(self._open(w) for w in workers))
        for w, ok in zip(workers, opened, strict=True):
            if ok:
                self._park(w)
            else:
                await self._kill(w)

    async def _spawn(self, nice: int) -> _Worker:
        """Start a worker process at the priority ``nice``, set as soon as it exists.

        So its start (the interpreter, pyoxigraph, then opening the store:
        about 60 ms of CPU) does not take the cores from running requests
        either, and the threads the store starts run at that priority too.
        """
        parent, child = socket.socketpair()
        try:
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-P",  # do not put kg/server on sys.path (its modules could shadow stdlib ones)
                str(_WORKER_SCRIPT),
                str(child.fileno()),
                pass_fds=(child.fileno(),),
                stdin=asyncio.subprocess.DEVNULL,
                env=worker_env(),
            )
        finally:
            child.close()
        if nice != os.getpriority(os.PRIO_PROCESS, 0):
            # a child inherits the priority of the thread that started it: a worker
            # started by a raised event loop is set to its own at once
            with contextlib.suppress(OSError):  # raising it needs CAP_SYS_NICE (normal_nice)
                os.setpriority(os.PRIO_PROCESS, proc.pid, nice)
        reader, writer = await asyncio.open_unix_connection(sock=parent)
        worker = _Worker(proc, reader, writer, nice=nice)
        self._workers.add(worker)
        return worker

    def _raise_loop_priority(self) -> None:
        """Give the calling thread ``loop_nice`` if that is a better priority and allowed."""
        if self.loop_nice is None or not self.raise_priority:
            return
        before = os.getpriority(os.PRIO_PROCESS, 0)  # on Linux: this thread's
        if self.loop_nice >= before:
            return
        try:
            os.setpriority(os.PRIO_PROCESS, 0, self.loop_nice)
        except OSError:  # not permitted after all: the loop runs as before
            return
        self._loop_nice_before = before

    def _spare_nice(self) -> int:
        """The ``nice`` value a spare worker starts at: low if it can be raised when taken."""
        if self.raise_priority and self.demote_after:
            return self.background_nice
        return self.normal_nice

    async def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        for waiters in self._waiters.values():
            for fut in waiters:
                if not fut.done():
                    fut.cancel()
        for w in list(self._workers):
            await self._kill(w)
        self._idle.clear()
        if self._loop_nice_before is not None:
            with contextlib.suppress(OSError):  # lowering a priority is always allowed
                os.setpriority(os.PRIO_PROCESS, 0, self._loop_nice_before)
            self._loop_nice_before = None

    def generations_in_use(self) -> set[int]:
        """Checkpoint generations some worker has open."""
        return {w.gen for w in self._workers if w.gen >= 0}

    @property
    def idle(self) -> int:
        """Idle workers right now."""
        return len(self._idle)

    @property
    def background(self) -> int:
        """Requests running in the background lane right now."""
        return self._busy[BACKGROUND]

    @property
    def paused(self) -> int:
        """Background requests paused right now (see :meth:`_balance`)."""
        return sum(1 for w in self._workers if w.paused)

    # -- worker bookkeeping ---------------------------------------------------------
    def _reserved(self, lane: str) -> int:
        """Idle workers ``lane`` leaves to the normal lane (one per free normal slot)."""
        if lane == NORMAL or self.demote_after is None:
            return 0
        return max(0, self.size - self._busy[NORMAL])

    def _grant(self, lane: str) -> _Worker | bool | None:
        """Take a slot of ``lane``: an idle worker, ``None`` (spawn one) or ``False`` (no slot).

        A normal request takes the most recently used idle worker (its caches
        are the warmest).  A background request takes the least recently used
        one, and only while more are idle than the normal lane has free slots:
        otherwise it gets a new worker (started at background priority), so a
        burst of long requests never leaves a short one to start a cold process.
        """
        if self._busy[lane] >= self.size:
            return False
        if len(self._idle) > self._reserved(lane):
            self._busy[lane] += 1
            return self._idle.pop() if lane == NORMAL else self._idle.popleft()
        if lane == NORMAL:
            spare = next((w for w in self._opening if not w.claimed), None)
            if spare is not None:
                # a spare that started at background priority is nearly ready: it gets the
                # normal priority and the request waits for it rather than starting another
                spare.claimed = True
                self._renice(spare, self.normal_nice)
                return False
        if len(self._workers) + self._spawning < self.max_workers:
            self._busy[lane] += 1
            self._spawning += 1
            return None
        if self._idle:  # no worker can be started: a reserved one rather than a wait
            self._busy[lane] += 1
            return self._idle.popleft()
        return False

    async def _take(self, grant: _Worker | None, lane: str) -> _Worker:
        if grant is None:
            try:
                grant = await self._spawn(
                    self.background_nice if lane == BACKGROUND else self.normal_nice
                )
            except BaseException:
                self._busy[lane] -= 1
                self._wake()
                raise
            finally:
                self._spawning -= 1
        grant.lane = lane
        grant.urgent = lane == NORMAL
        grant.started_cpu = _cpu_seconds(grant.proc.pid)
        if lane == BACKGROUND:
            grant.since = asyncio.get_running_loop().time()
            self._renice(grant, self.background_nice)
        else:  # a spare that started at low priority gets the normal one back
            self._renice(grant, self.normal_nice)
        self._balance()
        return grant

    def _wake(self) -> None:
        """Hand free slots to waiting requests, first come first served in each lane."""
        for lane, waiters in self._waiters.items():
            while waiters:
                fut = waiters[0]
                if fut.done():
                    waiters.popleft()
                    continue
                grant = self._grant(lane)
                if grant is False:
                    break
                waiters.popleft()
                fut.set_result(grant if isinstance(grant, _Worker) else None)

    async def _acquire(self, wait: float, lane: str = NORMAL) -> _Worker:
        if self._closed:
            raise ServerBusyError("the server is shutting down")
        waiters = self._waiters[lane]
        if not waiters:
            grant = self._grant(lane)
            if grant is not False:
                return await self._take(grant if isinstance(grant, _Worker) else None, lane)
        fut: asyncio.Future[_Worker | None] = asyncio.get_running_loop().create_future()
        waiters.append(fut)
        try:
            granted = await asyncio.wait_for(asyncio.shield(fut), wait)
        except TimeoutError:
            if fut.done() and not fut.cancelled():
                self._ungrant(fut.result(), lane)
            fut.cancel()
            raise ServerBusyError(
                f"all {self.size} query workers stayed busy for {wait:g} s; try again later"
            ) from None
        finally:
            with contextlib.suppress(ValueError):
                waiters.remove(fut)
        return await self._take(granted, lane)

    def _ungrant(self, grant: _Worker | None, lane: str) -> None:
        self._busy[lane] -= 1
        if grant is None:
            self._spawning -= 1
        else:
            self._park(grant)
        self._wake()

    def _park(self, worker: _Worker, *, cold: bool = False) -> None:
        """Put a worker that has no request among the idle ones.

        A ``cold`` worker (just started: its caches are empty) goes to the least
        recently used end, where background requests take workers, so short
        requests keep taking the warmest ones.
        """
        if self._closed or worker not in self._workers:
            return
        if cold:
            self._idle.appendleft(worker)
        else:
            self._idle.append(worker)
        self._wake()

    def _renice(self, worker: _Worker, nice: int) -> bool:
        """Set the ``nice`` value of a worker; false where the OS does not allow it.

        Only the worker's main thread (the one running queries) changes.
        """
        if worker.nice == nice:
            return True
        if nice < worker.nice and not self.raise_priority:
            return False
        try:
            os.setpriority(os.PRIO_PROCESS, worker.proc.pid, nice)
        except OSError:  # lowering is always allowed; raising again needs CAP_SYS_NICE
            return False
        worker.nice = nice
        return True

    def _balance(self) -> None:
        """Pause background requests while short ones run, so those have the cores.

        With ``u`` *urgent* requests (normal-lane requests from the moment a
        worker takes one until its answer is complete or committed to
        streaming), at most ``max(1, cores - u)`` background requests keep
        running, those that entered the lane first; the others are stopped
        (``SIGSTOP``) and continued (``SIGCONT``) as soon as the short requests
        are done.  Without urgent requests every background request runs.
        """
        if not self.pause_background:
            return
        background = sorted(
            (w for w in self._workers if w.lane == BACKGROUND), key=lambda w: w.since
        )
        urgent = sum(1 for w in self._workers if w.urgent)
        running = len(background) if urgent == 0 else max(1, self.cores - urgent)
        for i, worker in enumerate(background):
            self._pause(worker, i >= running)

    def _pause(self, worker: _Worker, paused: bool) -> None:
        """Stop (``SIGSTOP``) or continue (``SIGCONT``) the process of a worker."""
        if worker.paused == paused:
            return
        with contextlib.suppress(ProcessLookupError):  # it died: its reader finds out
            os.kill(worker.proc.pid, signal.SIGSTOP if paused else signal.SIGCONT)
        worker.paused = paused
        self.pauses += paused

    def _start_clock(self, worker: _Worker) -> None:
        if self.demote_after is not None and worker.lane == NORMAL:
            loop = asyncio.get_running_loop()
            limit = self.new_shape_grace if worker.probation else self.demote_after
            worker.timer = loop.call_later(limit, self._check_demote, worker)

    def _check_demote(self, worker: _Worker) -> None:
        """Demote the request of ``worker`` once it has used ``demote_after`` CPU seconds.

        A request of a new shape (on probation) is first lowered to background
        priority once it has used ``new_shape_grace`` CPU seconds.
        """
        worker.timer = None
        if worker not in self._workers or worker.lane != NORMAL or self.demote_after is None:
            return
        loop = asyncio.get_running_loop()
        limit = self.new_shape_grace if worker.probation else self.demote_after
        now = _cpu_seconds(worker.proc.pid)
        used = None if now is None or worker.started_cpu is None else now - worker.started_cpu
        if used is not None and limit - used > 0.005:
            # it waited for a core: look again when it could have used enough
            worker.timer = loop.call_later(limit - used, self._check_demote, worker)
            return
        if worker.probation:
            # not short after all: the rest of its normal-lane time at background priority,
            # and no longer urgent (pausing background requests for it would only hand it
            # their share of the cores at their own priority)
            worker.probation = False
            self._renice(worker, self.background_nice)
            worker.urgent = False
            self._balance()
            left = self.demote_after - (limit if used is None else used)
            worker.timer = loop.call_later(max(left, 0.0), self._check_demote, worker)
            return
        worker.long = True
        # where the OS does not permit it, the lanes still keep slots apart
        self._renice(worker, self.background_nice)
        # moved even when the background lane is full (its size limits admission only):
        # a long request never holds a normal slot for more than demote_after CPU seconds
        worker.lane = BACKGROUND
        worker.urgent = False
        worker.since = asyncio.get_running_loop().time()
        self._busy[NORMAL] -= 1
        self._busy[BACKGROUND] += 1
        self.demoted += 1
        self._balance()
        self._wake()
        if not self._idle and len(self._workers) + self._spawning < self.max_workers:
            self._spawning += 1
            self._background_task(self._warm_spare())

    def _background_task(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _open(self, worker: _Worker) -> bool:
        """Have a new worker open the newest checkpoint (it is warm before its first request).

        A worker that has not opened the store pays for it (and for importing
        pyoxigraph) inside its first request's latency; opening it here keeps
        that out of every request, after a start, a kill or a demotion alike.
        Returns false when the worker failed (it is then left for the caller to kill).
        """
        gen, path = self.checkpoint()
        worker.gen = gen
        try:
            await worker.send({"op": "open", "gen": gen, "store": str(path)})
            kind, _ = await asyncio.wait_for(worker.recv(), self.timeout)
        except (TimeoutError, OSError, asyncio.IncompleteReadError):
            return False
        if self.on_idle_change is not None:
            self.on_idle_change()
        return kind == frames.END

    async def _warm_spare(self) -> None:
        """Start a worker and have it open the newest checkpoint, then park it."""
        try:
            worker = await self._spawn(self._spare_nice())
        except OSError:
            return
        finally:
            self._spawning -= 1
        self._opening.append(worker)
        try:
            opened = await self._open(worker)
        finally:
            self._opening.remove(worker)
        if opened:
            # a spare claimed by a waiting request goes where short requests take workers
            self._park(worker, cold=not worker.claimed)
            worker.claimed = False
        else:
            await self._kill(worker)
            self._wake()

    def _unbusy(self, worker: _Worker) -> None:
        """Give back the slot of a worker whose request has ended."""
        if worker.timer is not None:
            worker.timer.cancel()
            worker.timer = None
        worker.probation = False
        if worker.lane:
            self._busy[worker.lane] -= 1
            worker.lane = ""
        worker.urgent = False
        self._pause(worker, False)
        self._balance()

    def _finish(self, worker: _Worker) -> None:
        """A request has ended well: the worker is ready for another one."""
        if worker.shape is not None:
            long = worker.long
            if not long and self.demote_after is not None and worker.started_cpu is not None:
                used = _cpu_seconds(worker.proc.pid)
                long = used is not None and used - worker.started_cpu >= self.demote_after
            self.shapes.record(worker.shape, long)
            worker.shape = None
        worker.long = False
        self._unbusy(worker)
        retire = len(self._idle) >= self.max_idle or not self._renice(worker, self.normal_nice)
        if retire:
            self._workers.discard(worker)
            self._background_task(self._kill(worker))
            self._wake()
        else:
            self._park(worker)

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
        """Kill a busy worker that is in an unknown state; keep ``size`` workers running."""
        if worker not in self._workers:  # already discarded
            return
        self.killed += 1
        if worker.shape is not None:
            self.shapes.record(worker.shape, True)
            worker.shape = None
        self._unbusy(worker)
        await self._kill(worker)
        if not self._closed and len(self._workers) + self._spawning < self.size:
            # the replacement starts and opens the store in the background, so the answer
            # to this request (a timeout, a failure) does not wait for it
            self._spawning += 1
            self._background_task(self._warm_spare())
        self._wake()

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
        shape = None
        lane = NORMAL
        if self.demote_after is not None:
            if task.get("op") == "dump":
                lane = BACKGROUND
            elif isinstance(task.get("query"), str):
                shape = self.shapes.shape(task["query"])
                if self.shapes.predicts_long(shape):
                    lane = BACKGROUND
        loop = asyncio.get_running_loop()
        asked = loop.time()
        worker = await self._acquire(limit, lane)
        waited = loop.time() - asked
        worker.shape = shape
        # a shape not seen lately may be long: past new_shape_grace CPU seconds it runs at
        # background priority (still in the normal lane) until its first run is recorded,
        # so a burst of new long queries does not share the cores equally with known-short
        # ones, while a new short one is answered at normal priority
        worker.probation = lane == NORMAL and shape is not None and not self.shapes.known(shape)
        self._start_clock(worker)
        gen, path = self.checkpoint()
        task = {**task, "gen": gen, "store": str(path)}
        previous = worker.gen
        worker.gen = gen
        if previous != gen and self.on_idle_change is not None:
            self.on_idle_change()
        deadline = loop.time() + limit if deadline_applies else None
        try:
            await worker.send(task)
            kind, payload = await self._recv(worker, deadline)
        except (ConnectionError, asyncio.CancelledError):
            await self._discard(worker)
            raise
        if kind == frames.ERROR:
            info = json.loads(payload)
            self._finish(worker)
            raise QueryFailedError(int(info["status"]), str(info["message"]))
        if kind == frames.END:  # an "open" task
            self._finish(worker)
            return ResultStream("none", "", [], True)
        if kind != frames.HEAD:
            await self._discard(worker)
            raise QueryFailedError(500, f"unexpected frame {kind!r} from a worker")
        head = json.loads(payload)
        stream = ResultStream(
            str(head["kind"]), str(head.get("format", "")), [], False, self, worker, deadline
        )
        stream.generation = gen
        stream.waited = waited
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
                    stream._ended(payload)
                    self._finish(worker)
                    break
                elif kind == frames.ERROR:
                    info = json.loads(payload)
                    stream._worker = None
                    stream.complete = True
                    self._finish(worker)
                    raise QueryFailedError(int(info["status"]), str(info["message"]))
                else:
                    await self._discard(worker)
                    raise QueryFailedError(500, f"unexpected frame {kind!r} from a worker")
        except asyncio.CancelledError:
            await stream.aclose()
            raise
        if worker.urgent and not stream.complete:
            # a long answer streamed to the client (at its pace) no longer holds the cores
            worker.urgent = False
            self._balance()
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
        timing: bool = False,
    ) -> ResultStream:
        """Run a SPARQL query; SELECT/ASK answer in ``results_format``, graphs in ``media_type``.

        A format of ``None`` means the client accepts none for that kind of
        result (the worker then answers 406).  Without ``default_graphs`` /
        ``named_graphs`` the default graph is the union of all graphs.  With
        ``timing`` the worker reports where its time went
        (:attr:`ResultStream.timing`).
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
        cache = self.cache
        key = ResultCache.key(task) if cache is not None else None
        sent = {**task, "timing": True} if timing else task
        if cache is None or key is None:
            return await self.request(sent, timeout=timeout)
        hit = cache.get(self.checkpoint()[0], key)
        if hit is not None:
            kind, media, body = hit
            return ResultStream(kind, media, [body], True)
        stream = await self.request(sent, timeout=timeout)

        def keep(body: bytes) -> None:
            cache.put(stream.generation, key, stream.kind, stream.media_type, body)

        if stream.complete:
            keep(b"".join(stream.buffered))
        else:
            stream.tee(cache.max_entry, keep)
        return stream

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
