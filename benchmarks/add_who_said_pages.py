"""Add the who-said pages to a benchmark store written before they existed, in a copy.

``generate_graph.py`` writes the pages with the store now; regenerating 100k
articles takes a long while, so this makes ``OUT/kg-store`` a hard-linked
checkpoint of ``DATA/kg-store`` (the same files: RocksDB never rewrites one),
writes the pages into it from its article graphs
(:func:`kg.rdf.who_said_pages.rebuild`, what opening a store for writing does),
and ``OUT/ox-store`` as a hard-linked checkpoint of that for ``oxigraph serve``.
``DATA`` is left as it was.

    python benchmarks/add_who_said_pages.py --data /tmp/kgs/bench3 --out /tmp/kgs/bench4
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pyoxigraph import Store

from kg.rdf import who_said_pages


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=False)
    t0 = time.monotonic()
    source = Store.read_only(str(args.data / "kg-store"))
    source.backup(str(args.out / "kg-store"))
    del source
    store = Store(str(args.out / "kg-store"))
    t1 = time.monotonic()
    pages = who_said_pages.rebuild(store)
    store.flush()
    t2 = time.monotonic()
    store.backup(str(args.out / "ox-store"))
    print(f"pages={pages} copy_s={t1 - t0:.1f} pages_s={t2 - t1:.1f} quads={len(store)}")


if __name__ == "__main__":
    main()
