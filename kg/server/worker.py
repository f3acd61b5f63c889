"""A query worker process: opens a read-only checkpoint, runs one request at a time.

Started by :class:`kg.server.pool.WorkerPool` as ``python worker.py FD`` (by
file path, so it imports only the standard library and pyoxigraph and starts
in a few tens of milliseconds).  ``FD`` is one end of a socket pair; both
sides speak the frames of :mod:`kg.server.frames`.  Its CPU priority is set
by the server.

A request names the checkpoint folder (a ``Store.backup`` of the live store,
which no process ever writes) and its generation; the worker keeps the newest
one it was asked for open and closes older ones.  Results are serialised here,
in Rust, and streamed back in chunks of a few KB; the socket's buffer gives
back-pressure when the client reads slowly.  The server kills this process
(SIGKILL) when a request runs past its deadline: pyoxigraph cannot cancel a
query from Python, so process death is the only cancellation that really
stops the work.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
from typing import IO, Any, cast

if __name__ == "__main__" and sys.platform == "linux":
    # The server may pause a worker (SIGSTOP, see WorkerPool._balance); a paused process
    # never reads the end of its socket, so have the kernel kill it if the server dies
    # (PR_SET_PDEATHSIG = 1), first thing, before the slower imports below.
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)

if __package__ in (None, ""):  # run by file path: load frames.py from next to this file
    import importlib.util

    _spec = importlib.util.spec_from_file_location(
        "kg_server_frames", os.path.join(os.path.dirname(os.path.abspath(__file__)), "frames.py")
    )
    assert _spec is not None and _spec.loader is not None
    frames = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(frames)
else:
    from kg.server import frames

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
)


class _ChunkWriter:
    """A file-like object that turns pyoxigraph's writes into data frames.

    ``head`` (an encoded ``H`` frame) goes out with the first data frame, and
    :meth:`close` sends the last data frame and the ``F`` frame together: an
    answer smaller than :data:`frames.CHUNK` (a who-said answer, a ``COUNT``)
    is one ``sendall``, so the server's event loop is woken once for it, not
    three times (header, data, end).
    """

    def __init__(self, sock: socket.socket, head: bytes = b"") -> None:
        self.sock = sock
        self.framed = bytearray(head)
        """Frames encoded but not sent yet (the header, until the first data)."""
        self.buffer = bytearray()

    def write(self, data: bytes) -> int:
        self.buffer += data
        if len(self.buffer) >= frames.CHUNK:
            self.sock.sendall(self._take())
        return len(data)

    def flush(self) -> None:
        """Nothing: data goes out by :data:`frames.CHUNK` and at :meth:`close`
        (pyoxigraph flushes once at the end of a result, before the end frame)."""

    def _take(self) -> bytes:
        out = self.framed
        if self.buffer:
            out += frames.encode(frames.DATA, bytes(self.buffer))
            self.buffer.clear()
        self.framed = bytearray()
        return bytes(out)

    def close(self, end: bytes = b"") -> None:
        """Send what is left and the end frame (with ``end`` as its payload), in one ``sendall``."""
        self.sock.sendall(self._take() + frames.encode(frames.END, end))


def term_json(term: object) -> dict[str, str]:
    """A pyoxigraph term in SPARQL 1.1 JSON results shape."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, Triple):
        return {"type": "triple", "value": str(term)}
    return {"type": "literal", "value": str(term)}


def _schedstat() -> tuple[int, int]:
    """(ns on a CPU, ns waiting on a run queue) of the calling thread, or zeros."""
    try:
        with open("/proc/thread-self/schedstat", "rb") as f:
            run, wait, _ = f.read().split()
        return int(run), int(wait)
    except (OSError, ValueError):
        return 0, 0


def _read_bytes() -> int:
    """Bytes this process has read from storage so far (``/proc/self/io``), or 0."""
    try:
        with open("/proc/self/io", "rb") as f:
            for line in f:
                if line.startswith(b"read_bytes:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class Timing:
    """Where a request's time went in the worker, sent back in its end frame.

    ``wall`` is the time from the task's arrival to the end of the answer,
    ``cpu`` the time the worker's thread ran on a CPU, ``runq`` the time it
    was runnable but waited for a CPU (other processes had the cores), and
    ``read`` the bytes the process read from storage (page-cache misses);
    ``wall - cpu - runq`` is the time it was blocked, mostly on those reads.
    Read from ``/proc`` (Linux; zeros elsewhere), only when the task asks for it.
    """

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.run, self.wait = _schedstat()
        self.read = _read_bytes()

    def end(self) -> bytes:
        """The JSON payload of the end frame: ms of wall, cpu, runq, and bytes read."""
        run, wait = _schedstat()
        return json.dumps(
            {
                "wall": round((time.monotonic() - self.start) * 1000, 3),
                "cpu": round((run - self.run) / 1e6, 3),
                "runq": round((wait - self.wait) / 1e6, 3),
                "read": _read_bytes() - self.read,
            }
        ).encode("ascii")


def _graph_term(iri: str) -> NamedNode | DefaultGraph:
    return DefaultGraph() if iri == "" else NamedNode(iri)


class Worker:
    """Serves requests from the server over one socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.store: Store | None = None
        self.gen = -1

    def open(self, path: str, gen: int) -> Store:
        if self.store is None or gen != self.gen:
            self.store = None  # close the older checkpoint first
            self.store = Store.read_only(path)
            self.gen = gen
        return self.store

    def serve(self) -> None:
        while True:
            frame = frames.recv(self.sock)
            if frame is None:
                return
            _, payload = frame
            task = json.loads(payload)
            try:
                self.handle(task)
            except BrokenPipeError:
                return
            except Exception as exc:  # reported to the server, which answers 400/500
                status = 400 if isinstance(exc, SyntaxError) else 500
                first = str(exc) or type(exc).__name__
                frames.send_json(self.sock, frames.ERROR, {"status": status, "message": first})

    def handle(self, task: dict[str, Any]) -> None:
        timing = Timing() if task.get("timing") else None
        store = self.open(task["store"], task["gen"])
        op = task["op"]
        if op == "open":
            frames.send(self.sock, frames.END, b"")
        elif op == "dump":
            self.dump(store, task)
        elif op in ("query", "rows"):
            self.query(store, task, timing)
        else:
            raise ValueError(f"unknown op {op!r}")

    def _run(
        self, store: Store, task: dict[str, Any]
    ) -> QuerySolutions | QueryBoolean | QueryTriples:
        kwargs: dict[str, Any] = {}
        default = task.get("default_graphs")
        named = task.get("named_graphs")
        if default is not None or named is not None:
            kwargs["default_graph"] = [_graph_term(g) for g in (default or [])]
            if named is not None:
                kwargs["named_graphs"] = [NamedNode(g) for g in named]
        else:
            kwargs["use_default_graph_as_union"] = task.get("union", True)
        if task.get("prefixes"):
            kwargs["prefixes"] = task["prefixes"]
        if task.get("base_iri"):
            kwargs["base_iri"] = task["base_iri"]
        try:
            return store.query(task["query"], **kwargs)
        except SyntaxError:
            raise
        except ValueError as exc:  # bad dataset IRI, substitution...
            raise SyntaxError(str(exc)) from exc

    def query(self, store: Store, task: dict[str, Any], timing: Timing | None = None) -> None:
        result = self._run(store, task)
        if task["op"] == "rows":
            self.rows(result, task.get("limit"))
            return
        if isinstance(result, QueryTriples):
            media = task.get("graph_format")
            kind = "triples"
        else:
            media = task.get("results_format")
            kind = "boolean" if isinstance(result, QueryBoolean) else "solutions"
        if not media:
            frames.send_json(
                self.sock,
                frames.ERROR,
                {
                    "status": 406,
                    "message": f"the Accept header allows no format for {kind} results",
                },
            )
            return
        head = frames.encode_json(frames.HEAD, {"kind": kind, "format": media})
        writer = _ChunkWriter(self.sock, head)
        out = cast(IO[bytes], writer)
        if isinstance(result, QueryTriples):
            fmt = RdfFormat.from_media_type(media)
            if fmt is None:
                raise ValueError(f"unknown RDF format {media}")
            result.serialize(out, fmt)
        else:
            results_format = QueryResultsFormat.from_media_type(media)
            if results_format is None:
                raise ValueError(f"unknown results format {media}")
            result.serialize(out, results_format)
        writer.close(timing.end() if timing is not None else b"")

    def rows(self, result: QuerySolutions | QueryBoolean | QueryTriples, limit: int | None) -> None:
        rows: list[dict[str, dict[str, str]]] = []
        if isinstance(result, QueryBoolean):
            rows.append({"boolean": {"type": "literal", "value": "true" if result else "false"}})
        elif isinstance(result, QueryTriples):
            for t in result:
                if limit is not None and len(rows) >= limit:
                    break
                rows.append(
                    {
                        "subject": term_json(t.subject),
                        "predicate": term_json(t.predicate),
                        "object": term_json(t.object),
                    }
                )
        else:
            names = [v.value for v in result.variables]
            for sol in result:
                if limit is not None and len(rows) >= limit:
                    break
                row = {}
                for n in names:
                    value = sol[n]
                    if value is not None:
                        row[n] = term_json(value)
                rows.append(row)
        self.sock.sendall(
            frames.encode_json(frames.HEAD, {"kind": "rows"})
            + frames.encode(frames.DATA, json.dumps(rows, ensure_ascii=False).encode())
            + frames.encode(frames.END, b"")
        )

    def dump(self, store: Store, task: dict[str, Any]) -> None:
        target = task.get("graph")  # None: whole dataset; "": default graph; else an IRI
        fmt = RdfFormat.from_media_type(task["graph_format"])
        if fmt is None:
            raise ValueError(f"unknown RDF format {task['graph_format']}")
        if target is None:
            if not fmt.supports_datasets:
                frames.send_json(
                    self.sock,
                    frames.ERROR,
                    {
                        "status": 406,
                        "message": f"{fmt.media_type} cannot hold named graphs; "
                        "ask for TriG or N-Quads",
                    },
                )
                return
            graph_arg: NamedNode | DefaultGraph | None = None
        else:
            graph_arg = _graph_term(target)
            if isinstance(graph_arg, NamedNode) and not store.contains_named_graph(graph_arg):
                frames.send_json(
                    self.sock,
                    frames.ERROR,
                    {"status": 404, "message": f"no graph <{target}> in the store"},
                )
                return
        head = frames.encode_json(frames.HEAD, {"kind": "graph", "format": fmt.media_type})
        writer = _ChunkWriter(self.sock, head)
        out = cast(IO[bytes], writer)
        prefixes = task.get("prefixes") or None
        if graph_arg is None:
            store.dump(out, fmt, prefixes=prefixes)
        else:
            store.dump(out, fmt, from_graph=graph_arg, prefixes=prefixes)
        writer.close()


def main() -> None:
    """Entry point: ``worker.py FD``."""
    sock = socket.socket(fileno=int(sys.argv[1]))
    sock.setblocking(True)
    try:
        Worker(sock).serve()
    except (BrokenPipeError, ConnectionResetError, KeyboardInterrupt):
        pass


if __name__ == "__main__":
    main()
