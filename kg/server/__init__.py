"""``kg serve``: a SPARQL 1.1 endpoint, Graph Store, Linked Data and web pages over a statekg store.

Design (the README copies this section)
---------------------------------------
Stack
    starlette + uvicorn, bound to ``127.0.0.1:7878`` by default.
    :func:`create_app` builds the ASGI app from :class:`Settings`; ``kg serve``
    is a thin wrapper.  Settings: store path, base IRI, host, port, query
    timeout (10 s), max body size (10 MB), HTML row cap (1000), CORS origins
    (off), updates enabled + bearer token (``--token`` or ``KG_TOKEN``,
    generated when missing), number of query workers (4 per core).

One writer, many readers, checkpoints between them
    RocksDB lets one process open a store read-write, and pyoxigraph cannot
    cancel a query.  So the server process is the single read-write owner of
    the store and runs every write (SPARQL update, Graph Store write, article
    from ``/ingest``) in one writer thread, each write one transaction.  After
    a write it takes a hard-linked checkpoint (``Store.backup``, ~15 ms) into
    ``<store>.snapshots/<generation>`` (:mod:`kg.server.writer`).  Queries run
    in worker *processes* (:mod:`kg.server.worker`) that open the newest
    checkpoint with ``Store.read_only``; no process ever writes a checkpoint,
    so this is defined behaviour (opening the live store read-only next to a
    writer is not).  Checkpoints are taken between transactions, so a reader
    never sees half an update or half an article.  A write request returns
    once a checkpoint holding it is published (read-your-writes).  A burst of
    writes shares checkpoints (at most one per second while more are queued).
    Old checkpoints are deleted once no worker has them open; idle workers are
    moved to the newest one when it is published.

Timeouts that really stop the work
    Each query runs in a worker with a deadline (``query_timeout``).  The
    worker serialises the result in Rust and streams it back in chunks over a
    socket pair.  The HTTP status is decided only when the outcome is known:
    the server waits until the worker has finished, or has produced more than
    256 KB, within the deadline.  At the deadline the worker is killed
    (SIGKILL) and replaced, and the client gets **503** ``query timeout: …``
    — never a truncated 200.  A result bigger than 256 KB is streamed
    (chunked); if its worker fails or misses the deadline after that, the
    response is aborted before the final chunk, which HTTP clients report as
    an error.  A client that disconnects mid-stream also gets its worker
    killed (oxigraph#1336).  Queries run in parallel, 4 workers per core by
    default (at most 32): more workers than cores, so that a few long queries
    cannot hold every worker while short ones wait (the OS shares the cores
    among them, as a threaded server does).  A request that waits more than
    ``query_timeout`` for a free worker gets 503 with ``Retry-After``.

Result cache (off by default)
    With ``Settings.result_cache`` bytes (``$KG_RESULT_CACHE_MB``), complete
    query answers are kept by query text, dataset, accepted formats,
    prefixes and base IRI, and served again without a worker.  Each entry
    belongs to the checkpoint generation that answered it; every write
    (update, Graph Store write, ``/ingest``) publishes a new generation
    before it returns, and the first lookup under it empties the cache, so
    no answer is served after a write that could change it.  Queries using
    ``NOW``, ``RAND``, ``UUID``, ``STRUUID``, ``BNODE`` or ``SERVICE`` are not
    cached; ``/api/status`` shows its size and hits
    (:class:`kg.server.pool.ResultCache`).

Query workers' allocator
    Workers start with ``GLIBC_TUNABLES=glibc.malloc.tcache_count=1000``
    unless the variable already sets it: oxigraph allocates a RocksDB
    iterator per evaluated triple pattern, and a larger per-thread cache of
    freed chunks cut the who-said query's CPU time by a tenth to a fifth
    (:func:`kg.server.pool.worker_env`).

Sharing the store with ``kg ingest``
    While a server runs it writes ``<store>.server.json`` (URL, pid, token;
    mode 0600) next to the store folder.  ``kg ingest --store PATH`` that finds
    the store locked reads that file and sends the articles to ``POST
    /ingest`` (:mod:`kg.remote`), bearer-token protected whether or not SPARQL
    updates are enabled; the server extracts and writes each article in its
    writer thread (one transaction per article) and checkpoints.

Protocols
    SPARQL 1.1 Protocol at ``/sparql`` (queries and updates), ``/query``
    (queries), ``/update`` (updates): GET, POST form, POST direct; dataset
    parameters; the default graph is the union of all graphs unless the
    request names a dataset (``default-graph-uri``/``named-graph-uri``);
    results as JSON/XML/CSV/TSV, graphs as Turtle/N-Triples/RDF-XML/JSON-LD/
    TriG/N-Quads by ``Accept`` (``*/*`` → JSON or Turtle); 400 with the
    parser's message, 405, 406, 413, 415; UTF-8 only.  Updates: 403 unless
    ``--updates``, then 401 unless ``Authorization: Bearer <token>``
    (constant-time compare), 204 on success.  Updates see the store's real
    graphs (no union default graph; use ``GRAPH`` or ``USING``).  Graph Store
    Protocol at ``/store`` (``?graph=``, ``?default``, or direct ``/store/…``
    paths) under the same token rule.  Service Description on a bare GET of
    an endpoint; VoID at ``/.well-known/void`` with counts and the Wikidata
    linkset (``skos:exactMatch``); the whole dataset at ``/dump``.

Linked Data and search
    ``/entity/…``, ``/article/…``, ``/statement/…``, ``/relation/…``,
    ``/role/…``, ``/mention/…`` describe ``{base}`` + path (Turtle, JSON-LD…,
    or the HTML page of :mod:`kg.server.pages`).  ``/api/search?q=`` scans
    entity name keys and statement contents.

Limits and safety
    Query timeout, body size (413, also for chunked bodies), HTML row cap,
    CORS off unless ``--cors ORIGIN``.  ``SERVICE`` (federated query) is
    refused with 400 unless ``--federation``: pyoxigraph would fetch any URL a
    client names, from the server's network position.

Union default graph and duplicates
    pyoxigraph 0.5's union default graph does not merge a triple that is in
    several graphs (oxigraph#1919, fixed after 0.5).  An entity's triples are
    repeated in every article graph that mentions it, so a query that joins
    entity triples across the union multiplies its work by the number of
    articles; the server's own queries (Linked Data, search, VoID) take
    ``DISTINCT`` first, and queries that join inside ``GRAPH ?g { … }`` avoid
    the blow-up (``benchmarks/bench_server.py``).

Running
    ``kg serve [--store PATH] [--port 7878] [--updates] [--token T] [--cors ORIGIN]
    [--timeout 10] [--workers N] [--federation]``, or ``python -m kg.server`` with
    the same options.  The token is printed nowhere; it is in the server file.
"""

from __future__ import annotations

from kg.server.app import create_app, read_server_file, server_file
from kg.server.settings import DEFAULT_HOST, DEFAULT_PORT, Settings

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "Settings",
    "create_app",
    "read_server_file",
    "server_file",
]
