"""scripts/miss_diagnostics.py prints counts only, never text of the gold set it reads.

That is what lets it run on the unseen sets without turning them into analysis sets
(README, *Where the misses are*).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "miss_diagnostics.py"
GOLD = ROOT / "examples" / "gold.jsonl"

_HEADINGS = {
    "relations",
    "quotes",
    "quotes missed, by cause",
    "dates (matched relations)",
    "dates by evidence (matched relations)",
    "relations inside statements (evidence mostly inside a gold quote)",
    "relation types: gold / matched / system / system matching",
    "relations missed with nothing coded in the clause, by cause",
    "relation types, why the gold ones were missed: other actors / other types / no actor"
    " / frame / no row / rows of other types",
}
_COUNT = re.compile(r"  (ar|en)  +\d+  [a-z ,:=.]+")
_TYPE_ROW = re.compile(r"  [A-Z]+ +(?:\d+ / +){3}\d+|  [A-Z]+ +(?:\d+ / +){5}\d+")


def test_diagnostics_print_only_headings_and_counts() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--types", str(GOLD)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    lines = done.stdout.rstrip("\n").split("\n")
    assert {"relations", "quotes"} <= set(lines)
    for line in lines:
        assert line in _HEADINGS or _COUNT.fullmatch(line) or _TYPE_ROW.fullmatch(line), line
    assert not re.search(r"[\u0600-\u06ff]", done.stdout)  # no Arabic text of the articles
