"""The weight files of the learnt parts of the extractor.

The relation back-off (:mod:`kg.extractors.backoff`) and the statement filter
(:mod:`kg.extractors.statement_filter`) keep their logistic models in
``kg/extractors/lexicons/<name>.tsv``: ``#`` lines that say how the weights were fitted (the
command, the sets, the commit, the cross-validated figures), a ``feature<TAB>weight``
header, then one row per feature; rows whose name opens with ``@`` are settings
(``@threshold``: the probability an item needs; ``@enabled``: whether the pipeline runs the
part by default, which an environment variable overrides).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

LEXICONS = Path(__file__).parent / "lexicons"
"""Where the weight files are written (read through :mod:`importlib.resources`)."""


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


def switched_on(env: str, weights: dict[str, float]) -> bool:
    """Whether a learnt part runs by default: the environment variable ``env`` (``0`` or
    ``1``), else the ``@enabled`` row of its weights (off when absent)."""
    value = os.environ.get(env, "").strip()
    if value in ("0", "1"):
        return value == "1"
    return weights.get("@enabled", 0.0) >= 0.5
