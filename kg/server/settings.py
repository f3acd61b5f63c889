"""Settings of ``kg serve`` (one dataclass, filled by the CLI or by a library caller)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kg import config

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "MAX_DEFAULT_WORKERS",
    "RESULT_CACHE_ENV",
    "SERVER_TIMING_ENV",
    "WORKERS_PER_CORE",
    "Settings",
    "available_cores",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


WORKERS_PER_CORE = 4
"""Default query workers per core (see ``workers`` in :class:`Settings`)."""
MAX_DEFAULT_WORKERS = 32


def available_cores() -> int:
    """The CPUs this process may run on: its affinity mask where the OS has one.

    ``os.cpu_count()`` counts the machine's CPUs, not those a container,
    ``taskset`` or a cgroup cpuset leaves to the server; the default number of
    workers and the pool's pausing rule (:class:`kg.server.pool.WorkerPool`)
    both count these.
    """
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _default_workers() -> int:
    return max(1, min(MAX_DEFAULT_WORKERS, WORKERS_PER_CORE * available_cores()))


RESULT_CACHE_ENV = "KG_RESULT_CACHE_MB"
"""Environment variable giving the result cache's size in MB (unset or 0: no cache)."""


def _default_result_cache() -> int:
    value = os.environ.get(RESULT_CACHE_ENV, "").strip()
    try:
        return max(0, int(float(value) * 1024 * 1024)) if value else 0
    except ValueError:
        raise ValueError(f"{RESULT_CACHE_ENV} must be a number of MB, not {value!r}") from None


SERVER_TIMING_ENV = "KG_SERVER_TIMING"
"""Environment variable turning on ``Server-Timing`` headers on SPARQL answers (``1``)."""


def _default_server_timing() -> bool:
    return os.environ.get(SERVER_TIMING_ENV, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass
class Settings:
    """How a statekg server runs.

    :param store: folder of the on-disk store; the server is its only
        read-write owner while it runs.
    :param base_iri: base of minted IRIs; IRIs under it dereference on this
        server by path (``{base}entity/Q79`` → ``/entity/Q79``).  Use
        ``http://127.0.0.1:7878/`` style to make IRIs resolvable locally.
    :param host: interface to bind (``127.0.0.1`` by default: not exposed).
    :param port: TCP port.
    :param query_timeout: seconds a query may run before its worker process
        is killed and the client gets a 503 with a clear message.
    :param max_body: largest accepted request body in bytes (→ 413).
    :param html_row_cap: most rows an HTML view shows.
    :param cors_origins: origins allowed by CORS (empty: CORS off).
    :param updates: accept SPARQL updates and Graph Store writes (with the token).
    :param token: bearer token for updates, GSP writes and ``/ingest``;
        generated at start when not given.
    :param workers: query worker processes (default: 4 per core this process
        may run on (:func:`available_cores`), at most 32).
        Queries differ in cost by orders of magnitude (a ``COUNT`` over the
        whole store takes seconds, a who-said query tens of milliseconds); with
        one worker per core, a few long queries hold every worker and short
        ones wait behind them.  More workers than cores let the OS share the
        cores among running queries, as a threaded server does; a worker takes
        about 25 MB idle and 50 MB after queries.
    :param demote_after: seconds after which a running query is demoted: its
        worker runs at background CPU priority and a spare worker takes short
        queries, so a who-said lookup does not queue behind a ``COUNT`` (see
        :mod:`kg.server.pool`); ``None`` or ``0`` turns this off.
    :param federation: allow ``SERVICE`` in queries (the server then fetches the
        URLs clients name; off by default).
    :param public_url: the URL clients use (written to the server file);
        default ``http://{host}:{port}/``.
    :param loop_nice: ``nice`` value of the server's event loop (the thread that
        reads every request and relays every answer), above the query workers
        (``worker_nice``), where the OS lets a priority rise (root, ``CAP_SYS_NICE`` or
        ``RLIMIT_NICE``; elsewhere it stays as started); ``None``: unchanged.
        See :class:`kg.server.pool.WorkerPool`.
    :param worker_nice: ``nice`` value of the query workers of short (normal-lane)
        requests, where the OS lets a priority rise (as for ``loop_nice``, which
        should stay the better of the two; elsewhere 0).  Short queries then take
        a core before the machine's other work at normal priority, as the event
        loop does; background requests still run at ``nice`` 19.
    :param result_cache: bytes of complete query answers to keep and serve
        again until the next write to the store (``0``, the default: off;
        ``$KG_RESULT_CACHE_MB`` sets it in MB).  See
        :class:`kg.server.pool.ResultCache`.
    :param server_timing: answer SPARQL queries with a ``Server-Timing`` header
        saying where the request's time went: waiting for a worker
        (``queue``), in the worker (``worker``: its ``cpu``, its ``runq``
        wait for a core, the rest blocked, mostly on ``read`` bytes from
        storage) and in the server from the request to its answer
        (``total``); off by default (``$KG_SERVER_TIMING=1`` turns it on).
        It tells a client how busy the machine is, so keep it for diagnosis.
    """

    store: Path
    base_iri: str = field(default_factory=config.base_iri)
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    query_timeout: float = 10.0
    max_body: int = 10 * 1024 * 1024
    html_row_cap: int = 1000
    cors_origins: list[str] = field(default_factory=list)
    updates: bool = False
    token: str | None = None
    workers: int = field(default_factory=_default_workers)
    demote_after: float | None = 0.1
    federation: bool = False
    public_url: str | None = None
    result_cache: int = field(default_factory=_default_result_cache)
    loop_nice: int | None = -10
    worker_nice: int = -5
    server_timing: bool = field(default_factory=_default_server_timing)

    def __post_init__(self) -> None:
        self.store = Path(self.store)
        if not self.base_iri.endswith(("/", "#")):
            self.base_iri += "/"
        if self.token is None:
            self.token = os.environ.get("KG_TOKEN") or None
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if not self.demote_after:
            self.demote_after = None
        elif self.demote_after < 0:
            raise ValueError("demote_after must not be negative")
        if self.query_timeout <= 0:
            raise ValueError("query_timeout must be positive")
        if self.result_cache < 0:
            raise ValueError("result_cache must not be negative")

    @property
    def url(self) -> str:
        """The server's root URL, ending with ``/``."""
        if self.public_url:
            return self.public_url if self.public_url.endswith("/") else self.public_url + "/"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"
