"""The logistic model the learnt parts of the extractor share: fitting, scoring, weight files.

The relation back-off (:mod:`kg.extractors.backoff`), the stance model
(:mod:`kg.extractors.stance`) and the statement filter
(:mod:`kg.extractors.statement_filter`) are logistic models over string features (a row's
score is the sum of its features' weights), fitted by :func:`fit` and scored by
:func:`probability`.  They keep their weights in
``kg/extractors/lexicons/<name>.tsv``: ``#`` lines that say how the weights were fitted (the
command, the sets, the commit, the cross-validated figures), a ``feature<TAB>weight``
header, then one row per feature; rows whose name opens with ``@`` are settings
(``@threshold``: the probability an item needs; ``@enabled``: whether the pipeline runs the
part by default, which an environment variable overrides).
"""

from __future__ import annotations

import math
import os
import random
import subprocess
import sys
from collections.abc import Iterable, Sequence
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Any

LEXICONS = Path(__file__).parent / "lexicons"
"""Where the weight files are written (read through :mod:`importlib.resources`)."""


def weight_sum(feats: Iterable[str], weights: dict[str, float]) -> float:
    """The summed weights of ``feats`` (0 for a feature without one)."""
    return sum(map(weights.get, feats, repeat(0.0)))


def probability(feats: Iterable[str], weights: dict[str, float]) -> float:
    """The logistic model's probability for an item's features."""
    z = weight_sum(feats, weights)
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-min(z, 60.0)))
    e = math.exp(max(z, -60.0))
    return e / (1.0 + e)


def fit(
    rows: Sequence[tuple[list[str], int]],
    *,
    l2: float = 1e-2,
    epochs: int = 5,
    rate: float = 0.5,
    seed: int = 12,
) -> dict[str, float]:
    """Logistic regression with L2 by AdaGrad over ``(features, label)`` rows."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, y = rows[i]
            p = probability(feats, w)
            err = p - y
            for f in feats:
                wf = w.get(f, 0.0)
                g = err + (l2 * wf if f != "bias" else 0.0)
                acc = g2.get(f, 1e-8) + g * g
                g2[f] = acc
                w[f] = wf - rate * g / math.sqrt(acc)
    return {f: v for f, v in w.items() if abs(v) > 1e-6}


def f1_score(tp: int, system: int, gold: int) -> float:
    """F1 from true positives and the system's and gold's counts."""
    return 2 * tp / (system + gold) if system + gold else 0.0


def score_added(gold: Any, base: Any, rels: list[Any], n0: int) -> tuple[int, int, int, int, int]:
    """``(tp, system, gold, added tp, added)`` of extraction ``base`` with relations ``rels``,
    whose first ``n0`` are its own and the rest those a learnt part added, scored against
    ``gold`` by the scorer's one-to-one pairing (the cross-validations of the relation
    models)."""
    from kg.evaluation.matching import match_article

    pairs = match_article(gold, base.model_copy(update={"relations": rels})).relations
    return (
        len(pairs),
        len(rels),
        len(gold.relations),
        sum(1 for _, si in pairs if si >= n0),
        len(rels) - n0,
    )


def set_name(path: Path) -> str:
    """The analysis set a gold file belongs to (its folder; ``gold`` for the bundled one)."""
    return (
        path.parent.name if path.name == "gold.jsonl" and path.parent.name != "examples" else "gold"
    )


def git_head() -> str:
    """The repository's commit, for a weights file's header ("no git" outside one)."""
    try:
        got = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=Path(__file__).parent,
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "no git"
    return "git " + got.stdout.strip() if got.returncode == 0 else "no git"


def read_weights(filename: str, directory: Path | None = None) -> dict[str, float]:
    """The weights and ``@`` settings of ``lexicons/<filename>`` (or of ``directory``'s
    file; empty when absent)."""
    path = (
        directory / filename
        if directory is not None
        else resources.files("kg.extractors").joinpath("lexicons").joinpath(filename)
    )
    out: dict[str, float] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return out
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, value = line.rstrip("\n").partition("\t")
        if name == "feature":
            continue
        try:
            out[name] = float(value)
        except ValueError:
            continue
    return out


def write_weights(
    filename: str,
    weights: dict[str, float],
    threshold: float,
    enabled: bool,
    provenance: list[str],
    directory: Path = LEXICONS,
) -> Path:
    """Write ``lexicons/<filename>`` (or ``directory``'s): the provenance lines, the
    settings, then the weights by decreasing magnitude."""
    path = directory / filename
    lines = [f"# {p}" for p in provenance]
    lines += ["feature\tweight", f"@threshold\t{threshold:.2f}", f"@enabled\t{1 if enabled else 0}"]
    for f, v in sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0])):
        lines.append(f"{f}\t{v:.4f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def provenance(
    module: str, argv: Sequence[str] | None, fitted: Sequence[str], on: str, cv_note: str
) -> list[str]:
    """The provenance lines of a weight file written by ``python -m <module>`` (with
    ``argv``, or this process's arguments): what was fitted on what (``fitted``), the
    part of the extractor (``on``: "the coder", "the finder", ...) and its version and
    commit it was fitted against, the cross-validation note, when and by which command,
    and that dev and the unseen sets were never trained on."""
    from datetime import UTC, datetime

    from kg.evaluation.sets import UNSEEN_SETS
    from kg.extractors.pipeline import EXTRACTOR_VERSION

    args = sys.argv[1:] if argv is None else argv
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return [
        *fitted,
        f"on {on} of extractor {EXTRACTOR_VERSION} ({git_head()})",
        cv_note,
        f"written {when} by: python -m {module} " + " ".join(args),
        f"never trained on dev or the unseen sets ({', '.join(UNSEEN_SETS)})",
    ]


def switched_on(env: str, weights: dict[str, float]) -> bool:
    """Whether a learnt part runs by default: the environment variable ``env`` (``0`` or
    ``1``), else the ``@enabled`` row of its weights (off when absent)."""
    value = os.environ.get(env, "").strip()
    if value in ("0", "1"):
        return value == "1"
    return weights.get("@enabled", 0.0) >= 0.5
