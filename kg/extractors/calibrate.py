"""The confidence calibration table for relations, recomputed from gold data.

A relation's raw score is the prior of its lexicon row times the factors for
how its arguments were found (see :mod:`kg.extractors.relations`).  Raw scores
are not probabilities, so :func:`kg.extractors.relations.calibrate` maps them
through ``lexicons/calibration.tsv``: the raw score range of each bin and the
share of the relations in that bin that the scorer of :mod:`kg.evaluation`
matches to a gold relation (actor level), smoothed as ``(tp + 1) / (n + 2)``
and made non-decreasing with the raw score.  Recompute it after changing
lexicons or rules::

    .venv/bin/python -m kg.extractors.calibrate ../shared/eval/dev.jsonl          # print
    .venv/bin/python -m kg.extractors.calibrate ../shared/eval/dev.jsonl --write  # save

The dev set is small (tens of relations), so the table is coarse: four bins.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.evaluation.gold import read_gold
from kg.evaluation.matching import match_article
from kg.extractors.pipeline import extract_with
from kg.models import Article

__all__ = ["BIN_EDGES", "Bin", "calibration_table", "main", "render"]

BIN_EDGES = (0.0, 0.4, 0.5, 0.6)
"""Lower edges of the raw-score bins."""


@dataclass(frozen=True)
class Bin:
    """One row of the table: raw scores from ``raw_min``, ``n`` relations, ``tp`` correct."""

    raw_min: float
    n: int
    tp: int
    calibrated: float


def calibration_table(gold_path: Path | str) -> list[Bin]:
    """Run the extractor on every gold article and bin its relations by raw score."""
    counts = {edge: [0, 0] for edge in BIN_EDGES}
    for g in read_gold(gold_path):
        article = Article(id=g.id, lang=g.lang, text=g.text, title=g.title, published=g.published)
        x = extract_with(article, calibrated=False)
        matched = {si for _, si in match_article(g, x).relations}
        for i, r in enumerate(x.relations):
            edge = max(e for e in BIN_EDGES if r.confidence >= e)
            counts[edge][0] += 1
            counts[edge][1] += i in matched
    rows: list[Bin] = []
    floor = 0.0
    for edge in BIN_EDGES:
        n, tp = counts[edge]
        value = max(floor, (tp + 1) / (n + 2))
        floor = value
        rows.append(Bin(edge, n, tp, round(value, 3)))
    return rows


def render(rows: list[Bin]) -> str:
    """The table as the TSV that ``lexicons/calibration.tsv`` holds."""
    head = (
        "# Confidence calibration for relations (see kg/extractors/calibrate.py): a raw score\n"
        "# at or above raw_min maps to `calibrated`, the smoothed precision of that bin.\n"
        "# Recompute: .venv/bin/python -m kg.extractors.calibrate ../shared/eval/dev.jsonl --write\n"
        "raw_min\tcalibrated\tn\ttp\n"
    )
    return head + "".join(f"{b.raw_min}\t{b.calibrated}\t{b.n}\t{b.tp}\n" for b in rows)


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.extractors.calibrate GOLD.jsonl [--write]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    write = "--write" in args
    paths = [a for a in args if a != "--write"]
    if len(paths) != 1:
        print("usage: python -m kg.extractors.calibrate GOLD.jsonl [--write]", file=sys.stderr)
        return 2
    text = render(calibration_table(paths[0]))
    if write:
        target = Path(str(resources.files("kg.extractors").joinpath("lexicons"))) / "calibration.tsv"
        target.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
