"""The relation under construction, the relation lexicon and the confidence calibration.

:class:`Rel` is what the coder (:mod:`kg.extractors.relations`) builds for every coded act;
:func:`relation_matcher` reads ``lexicons/<lang>_relations.tsv`` and :func:`calibrate` maps a
raw score through ``lexicons/calibration.tsv``.  All three are re-exported by
:mod:`kg.extractors.relations`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.extractors.doc import Ment
from kg.extractors.lexicon import Matcher, read_tsv
from kg.extractors.native import mypyc_attr
from kg.extractors.text import fold
from kg.extractors.triggers import Trigger
from kg.models import Modality, RelationType

__all__ = ["Rel", "calibrate", "relation_matcher"]


@mypyc_attr(allow_interpreted_subclasses=True)  # the back-off's BackoffRel, not compiled
@dataclass
class Rel:
    """A relation under construction (normalised offsets; entity keys)."""

    subject: str
    object: str
    type: RelationType
    trig_start: int
    trig_end: int
    ev_start: int
    ev_end: int
    modality: Modality
    date: str | None
    topic: str | None
    confidence: float
    object_is_place: bool = False
    object_mention: Ment | None = None
    sent: int = -1
    subject_start: int = -1


@lru_cache(maxsize=4)
def relation_matcher(lang: str) -> Matcher[Trigger]:
    """The relation lexicon of a language as a :class:`Matcher`."""
    m: Matcher[Trigger] = Matcher(lang)
    fl = fold if lang == "ar" else str.lower
    for row in read_tsv(f"{'ar' if lang == 'ar' else 'en'}_relations.tsv"):
        raw = row["prep"]
        required = raw.startswith("!")
        preps = tuple(fl(p) for p in raw.lstrip("!").split("|") if p and p != "-")
        topic = row.get("topic") or "-"
        m.add(
            row["form"],
            Trigger(
                RelationType(row["type"]),
                row["frame"],
                preps,
                Modality(row["modality"]),
                float(row["prior"]),
                None if topic == "-" else topic,
                required,
            ),
        )
    return m


@lru_cache(maxsize=1)
def _calibration() -> dict[str, list[tuple[float, float]]]:
    tables: dict[str, list[tuple[float, float]]] = {}
    for row in read_tsv("calibration.tsv"):
        tables.setdefault(row["lang"], []).append((float(row["raw_min"]), float(row["calibrated"])))
    for rows in tables.values():
        rows.sort()
    return tables


def calibrate(raw: float, lang: str = "*") -> float:
    """Map a raw score to the precision measured for its bin in the table of the article's
    language (``calibration.tsv``; the pooled ``*`` table for another language)."""
    tables = _calibration()
    table = tables.get(lang) or tables["*"]
    out = raw
    for lo, value in table:
        if raw >= lo:
            out = value
    return max(0.01, min(0.99, out))
