"""The gold sets the project keeps apart: the unseen pool nobody tunes on.

``examples/<name>/gold.jsonl`` for each name of :data:`UNSEEN_SETS` was written blind and
is read only as totals: ``scripts/eval_sets.py unseen`` pools them, the relation
confidence is calibrated on them, and nothing learnt from data (the back-off's
weights, :mod:`kg.extractors.backoff`) may be trained on them or on dev.
"""

from __future__ import annotations

__all__ = ["UNSEEN_SETS", "off_limits_for_training"]

UNSEEN_SETS = (
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
)
"""The pooled unseen sets of the README's quality table (nobody reads their errors).

``blind13`` and ``blind14`` (written in session 11) were in the pool until session 20 and
were opened for error analysis in session 21, as ``blind11`` in session 15 and ``blind12``
in session 18.
"""


def off_limits_for_training(path: str) -> bool:
    """Whether a gold file is dev or one of :data:`UNSEEN_SETS` (by its path)."""
    parts = path.replace("\\", "/").split("/")
    return parts[-1] == "dev.jsonl" or any(name in parts[:-1] for name in UNSEEN_SETS)
