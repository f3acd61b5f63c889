"""The records of the statement finder: a statement under construction (``Stmt``), a row of
the cue lexicons (``Cue``) and the cue matcher of a language (:func:`cue_matcher`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from kg.extractors.lexicon import Matcher, read_tsv


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution cue row."""

    kind: str
    comp: str
    prior: float


@dataclass
class Stmt:
    """A statement under construction (normalised offsets; entity keys)."""

    speaker: str
    cue_start: int
    cue_end: int
    start: int
    end: int
    direct: bool
    via: str | None = None
    reported_in: int | None = None
    about: list[str] = field(default_factory=list)
    date: str | None = None
    confidence: float = 0.8
    sent: int = -1
    cue_tok: int = -1
    pronoun: tuple[str, int] | None = None  # the pronoun the speaker was resolved from
    addressed: list[str] = field(default_factory=list)  # "حذر X من أن": X is talked about
    found_by: str = ""  # the finder's family that made it (features of the statement model)


# ----------------------------------------------------------------------------- cues


_EN_NOUN_CUES = frozenset(
    row["form"][2:].lower()
    for row in read_tsv("en_cues.tsv")
    if row["kind"] == "noun" and row["form"].startswith("n:")
)
"""English statement nouns of the cue lexicon ("announcement", "warning", "pledge")."""


@lru_cache(maxsize=4)
def cue_matcher(lang: str) -> Matcher[Cue]:
    """The cue lexicon of a language as a :class:`Matcher`."""
    m: Matcher[Cue] = Matcher(lang)
    for row in read_tsv(f"{'ar' if lang == 'ar' else 'en'}_cues.tsv"):
        m.add(row["form"], Cue(row["kind"], row["comp"], float(row["prior"])))
    return m
