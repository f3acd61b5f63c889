"""The developer scripts the evaluation history relies on give stable, comparable output.

``scripts/eval_sets.py`` prints one markdown row per gold set; ``scripts/extraction_fingerprint.py``
hashes the extractor's output over every bundled article with keys that do not depend on where
the checkout lives, so two checkouts of one commit agree.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return done.stdout


def test_eval_sets_prints_one_markdown_row_per_named_set() -> None:
    out = _run("scripts/eval_sets.py", "gold", "blind").splitlines()
    assert out[0].startswith("| set | articles | quotes F1 (P) |")
    num = r"(?:\d\.\d{3}|-)"
    cells = [r"(gold|blind)", r"\d+", rf"{num} \({num}\)", rf"{num} \({num}\)", num, num, num]
    row = r"\| " + r" \| ".join(cells) + r" \|"
    names = [m.group(1) for line in out[2:] if (m := re.fullmatch(row, line))]
    assert names == ["gold", "blind"]
    assert len(out) == 4


def test_fingerprint_keys_are_relative_unique_and_hashed(tmp_path: Path) -> None:
    out_file = tmp_path / "fp.jsonl"
    printed = _run("scripts/extraction_fingerprint.py", "--out", str(out_file))
    match = re.fullmatch(r"(\d+) articles  sha256 [0-9a-f]{16}\n", printed)
    assert match
    keys = [json.loads(line)["key"] for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert len(keys) == int(match.group(1)) == len(set(keys))
    assert all(not k.startswith("/") and str(ROOT) not in k for k in keys)
    assert sum(k.endswith(" undated") for k in keys) * 2 == len(keys)
