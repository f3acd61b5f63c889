"""Writing the who-said pages again without holding ``kg serve``'s writer.

A SPARQL update or a Graph Store write leaves the pages (:mod:`kg.rdf.who_said_pages`)
stale: readers answer from the who-said index until they are written again.  On a
store of 100k articles reading the article graphs for that takes about 80 s of CPU;
run as one write it held every other write (``/ingest``, updates) for two minutes.
Now :class:`~kg.server.writer.Writer` builds them in steps, each a short write of its
own, and other writes run between the steps:

1. **start** (one write): the stale marker goes, :data:`~kg.rdf.who_said_pages.BUILDING`
   (``kg:whoSaidPages 0``) comes, a checkpoint *G* of the store is taken into
   ``<store>.snapshots/pages-build/`` and the store's
   :attr:`~kg.store.KnowledgeGraph.page_journal` starts collecting the actor-months
   that articles added or removed from then on change;
2. **compute** (no write): this module, run as its own process at ``nice`` 10
   (``python -P kg/server/pages_build.py CHECKPOINT FOLDER``), reads *G* read-only and
   writes the difference between the pages *G* holds and the pages of its article
   graphs (:func:`diff`): ``remove.nq`` and ``add.nq``.  After an update of a few
   articles that is a few pages, not the whole set;
3. **apply** (writes of at most ``build_chunk`` quads each): the removed quads go, the
   added ones come;
4. **catch up** (writes): the pages of the articles in the journal (added, replaced or
   removed since *G*, with the days their versions touch) are brought up to date as
   an ingest maintains them (:func:`~kg.rdf.who_said_pages.replay_update`), for about
   ``CATCH_UP_STEP`` seconds per step; the step that leaves none also swaps
   ``BUILDING`` for the marker, so the first checkpoint with the marker holds the
   whole, current page set.

Readers ask for the marker of this version, so until step 4 commits they answer from
the index (a correct answer, slower), and never see half a page set.  A write that
does not maintain the pages (an update, a Graph Store write) removes ``BUILDING`` with
the marker (:func:`~kg.rdf.who_said_pages.invalidate`): the writer sees it, stops the
build and starts another once writes pause.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, Store, serialize

from kg.rdf.who_said_pages import WHO_SAID_GRAPH, page_quads, page_rows

__all__ = ["ADDED", "REMOVED", "diff", "main"]

REMOVED = "remove.nq"
"""File (in the build's folder) of the page quads the checkpoint holds and should not."""
ADDED = "add.nq"
"""File of the page quads the checkpoint lacks."""


def diff(store: Store) -> tuple[list[Quad], list[Quad]]:
    """The page quads to remove from and to add to ``store`` (markers aside) for its
    pages to be those of its article graphs (:func:`~kg.rdf.who_said_pages.page_rows`)."""
    new = page_quads(page_rows(store), marker=False)
    old = {
        q
        for q in store.quads_for_pattern(None, None, None, WHO_SAID_GRAPH)
        if q.subject != WHO_SAID_GRAPH
    }
    keep = set(new)
    return [q for q in old if q not in keep], [q for q in new if q not in old]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="pages_build.py",
        description="Write the who-said page changes of a checkpoint (run by kg serve).",
    )
    parser.add_argument("checkpoint", type=Path, help="read-only checkpoint of the store")
    parser.add_argument("folder", type=Path, help=f"where {REMOVED} and {ADDED} go")
    parser.add_argument("--nice", type=int, default=10, help="priority to run at (default 10)")
    args = parser.parse_args(argv)
    if sys.platform == "linux":  # die with the server (PR_SET_PDEATHSIG = 1)
        import ctypes
        import signal

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.nice(max(0, args.nice - os.nice(0)))
    started = time.process_time()
    try:
        store = Store.read_only(str(args.checkpoint))
        removed, added = diff(store)
        serialize(removed, str(args.folder / REMOVED), RdfFormat.N_QUADS)
        serialize(added, str(args.folder / ADDED), RdfFormat.N_QUADS)
    except (OSError, ValueError, RuntimeError) as exc:
        print(f"pages build failed: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    print(
        json.dumps(
            {"removed": len(removed), "added": len(added), "cpu": time.process_time() - started}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
