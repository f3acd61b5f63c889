"""Instructions per extracted article, for comparing two trees on a busy machine.

CPU time on a shared machine varies by a third between identical runs; the number of
instructions executed does not.  Run this under callgrind with collection off at the
start: every text is extracted once untimed (lazy tables, caches by word), then
collection is switched on for ``--articles`` extractions only::

    valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file=/tmp/cg.out \\
        python benchmarks/count_instructions.py --join 2 --articles 20
    callgrind_annotate /tmp/cg.out | head -3     # "PROGRAM TOTALS": instructions (Ir)

Divide the total by ``--articles``.  Set ``PYTHONHASHSEED=0`` for runs that compare
two trees (``PYTHONPATH=<tree>`` picks the one measured).  Needs valgrind (Debian
package ``valgrind``); without callgrind the script just extracts the articles.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import corpus, joined  # noqa: E402

from kg.extractors import extract  # noqa: E402


def _collect(on: bool) -> None:
    """Switch callgrind's collection for this process (no-op outside callgrind)."""
    try:
        subprocess.run(
            ["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--join", type=int, default=2, help="texts per article (2: ~2.7k chars)")
    parser.add_argument("--source", type=Path, nargs="*")
    args = parser.parse_args()
    sources = args.source or [ROOT / "examples" / "articles"]
    shared = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if not args.source and shared.exists():
        sources.append(shared)
    base = joined(corpus(sources), args.join)
    arts = [
        base[i % len(base)].model_copy(update={"id": f"bench-{i}"}) for i in range(args.articles)
    ]
    for a in base:
        extract(a)
    _collect(True)
    for a in arts:
        extract(a)
    _collect(False)
    chars = sum(len(a.text) for a in arts) / max(1, len(arts))
    print(f"{len(arts)} articles of ~{chars:,.0f} characters extracted with collection on")


if __name__ == "__main__":
    main()
