"""English surface forms: possessives, the article "the", demonym plurals."""

from __future__ import annotations

__all__ = ["APOSTROPHES", "demonym_plural", "split_possessive", "strip_the"]

APOSTROPHES = "'\u2019\u02bc"
"""Characters that write an apostrophe ('  ’  ʼ)."""


def split_possessive(raw: str) -> tuple[str, bool]:
    """``("Russia's")`` → ``("Russia", True)``; other tokens come back unchanged.

    Only a final ``'s``/``’s`` counts; internal apostrophes (``Sa'ar``,
    ``Nuku'alofa``) are part of the name.
    """
    if len(raw) > 2 and raw[-1] in "sS" and raw[-2] in APOSTROPHES:
        return raw[:-2], True
    return raw, False


def strip_the(normalized: str) -> str:
    """Drop a leading ``the`` from a normalised phrase (``the kremlin`` → ``kremlin``)."""
    if normalized.startswith("the ") and len(normalized) > 4:
        return normalized[4:]
    return normalized


def demonym_plural(demonym: str) -> str | None:
    """The regular plural of an English demonym, or None when it has none.

    ``Russian`` → ``Russians``, ``Iraqi`` → ``Iraqis``; words in -ese, -ss,
    -sh, -ch (``Chinese``, ``Swiss``, ``British``, ``French``) take no -s
    (their irregular plurals, e.g. ``Turks``, are not generated).

    >>> demonym_plural("Emirati")
    'Emiratis'
    >>> demonym_plural("Lebanese") is None
    True
    """
    low = demonym.lower()
    if not low or low.endswith(("ese", "ss", "sh", "ch", "x", "z", "s")):
        return None
    return demonym + "s"
