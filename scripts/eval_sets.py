#!/usr/bin/env python3
"""One line of headline figures per gold set, and for pools of sets.

``kg eval`` scores one set (or several pooled into one) in detail; this prints
a markdown table with a row per set, the way the evaluation history compares
trees: quotes F1 (precision), relations F1 (precision), dyads F1, ``about`` F1
and date accuracy.  Sets are named after their folder under ``examples/``
(``blind4``), ``gold`` for ``examples/gold.jsonl`` and ``dev`` for
``../shared/eval/dev.jsonl``; ``unseen`` is the README's pooled unseen set.
Run from a checkout to score that checkout::

    python scripts/eval_sets.py                  # every set, then the unseen pool
    python scripts/eval_sets.py unseen blind8    # chosen rows
    python scripts/eval_sets.py --lang ar unseen # Arabic articles only
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from kg.evaluation import evaluate
from kg.evaluation.scorer import Figures, Score
from kg.evaluation.sets import UNSEEN_SETS

ROOT = Path(__file__).resolve().parent.parent
#: The pooled unseen sets of the README's quality table (nobody reads their errors).
UNSEEN = UNSEEN_SETS


def set_paths(name: str) -> list[Path]:
    """The gold files of a set name (see the module docstring)."""
    if name == "unseen":
        return [p for n in UNSEEN for p in set_paths(n)]
    if name == "gold":
        return [ROOT / "examples" / "gold.jsonl"]
    if name == "dev":
        return [ROOT.parent / "shared" / "eval" / "dev.jsonl"]
    return [ROOT / "examples" / name / "gold.jsonl"]


def all_sets() -> list[str]:
    """Every set present, in a fixed order, then the unseen pool."""
    blinds = sorted(
        (p.parent.name for p in (ROOT / "examples").glob("blind*/gold.jsonl")),
        key=lambda n: int(n[5:] or 1),
    )
    names = ["dev", "gold", *blinds, "unseen"]
    return [n for n in names if all(p.exists() for p in set_paths(n))]


def _f(s: Score) -> str:
    return "-" if s.f1 is None else f"{s.f1:.3f}"


def _fp(s: Score) -> str:
    p = "-" if s.precision is None else f"{s.precision:.3f}"
    return f"{_f(s)} ({p})"


def row(name: str, fig: Figures) -> str:
    """A markdown table row of one set's figures."""
    dates = "-" if fig.dates.value is None else f"{fig.dates.value:.3f}"
    cells = [name, str(fig.articles), _fp(fig.quotes), _fp(fig.relations), _f(fig.dyads)]
    return "| " + " | ".join([*cells, _f(fig.about), dates]) + " |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set names (default: every set)")
    ap.add_argument("--lang", choices=["ar", "en"], help="only articles in this language")
    args = ap.parse_args()
    os.chdir(ROOT)
    print("| set | articles | quotes F1 (P) | relations F1 (P) | dyads F1 | about F1 | dates |")
    print("|---|---|---|---|---|---|---|")
    for name in args.sets or all_sets():
        report = evaluate(set_paths(name))
        fig = report.languages.get(args.lang, Figures()) if args.lang else report.overall
        print(row(name, fig), flush=True)


if __name__ == "__main__":
    main()
