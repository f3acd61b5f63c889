"""Arabic clitics: the proclitics و ف ب ل ك and the article ال.

All functions work on *folded* tokens (see :func:`kg.text.common.fold`), so
alef variants are already ``ا``.  Stripping is never done blindly: callers try
the raw token first and the stripped variants after it, against a gazetteer,
so names that begin with these letters (لبنان، فلسطين، بترا، كندا) still match.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = [
    "ARTICLE",
    "CONJUNCTIONS",
    "PREPOSITIONS",
    "is_arabic",
    "proclitic_variants",
    "strip_article",
    "strip_proclitics",
]

ARTICLE = "ال"
CONJUNCTIONS = ("و", "ف")
"""Conjunction proclitics: wa- 'and', fa- 'so'."""
PREPOSITIONS = ("ب", "ل", "ك")
"""Preposition proclitics: bi- 'in/with', li- 'for/to', ka- 'like'."""

MIN_STEM = 2
"""A stripped variant must keep at least this many letters."""


def is_arabic(s: str) -> bool:
    """True when the first character of ``s`` is in an Arabic-script block."""
    if not s:
        return False
    cp = ord(s[0])
    return 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF


@lru_cache(maxsize=65536)
def proclitic_variants(token: str) -> tuple[tuple[str, int], ...]:
    """The readings of a folded token with its proclitics removed, raw first.

    Each item is ``(stem, n)`` where ``n`` is how many leading characters of
    the folded token were removed.  Handles و/ف, then ب/ل/ك, and the
    assimilated article after li- (``للأمم`` → ``الامم``), e.g.::

        >>> proclitic_variants("وبالكرملين")
        (('وبالكرملين', 0), ('بالكرملين', 1), ('الكرملين', 2))
        >>> proclitic_variants("للامم")[-1]
        ('الامم', 1)
    """
    out: list[tuple[str, int]] = [(token, 0)]
    if not token or token[0] not in "وفبلك":
        return tuple(out)
    seen = {token}

    def add(stem: str, n: int) -> None:
        if len(stem) >= MIN_STEM and stem not in seen:
            seen.add(stem)
            out.append((stem, n))

    for c1 in ("", *CONJUNCTIONS):
        if c1 and not token.startswith(c1):
            continue
        rest = token[len(c1) :]
        if c1:
            add(rest, len(c1))
        for p in PREPOSITIONS:
            if not rest.startswith(p):
                continue
            stem = rest[1:]
            n = len(c1) + 1
            add(stem, n)
            if p == "ل" and stem.startswith("ل"):
                # li- + al- is written لل: restore the article's alef.
                add("ا" + stem, n)
    return tuple(out)


def strip_proclitics(token: str) -> str:
    """The shortest proclitic-free reading of a folded token (``والروسي`` → ``الروسي``).

    Only for display and analysis; matching should try every variant of
    :func:`proclitic_variants`, raw first.
    """
    return proclitic_variants(token)[-1][0]


def strip_article(token: str) -> str:
    """Remove a leading article ال when at least :data:`MIN_STEM` + 1 letters remain.

    >>> strip_article("الروسي")
    'روسي'
    >>> strip_article("الى")
    'الى'
    """
    if token.startswith(ARTICLE) and len(token) - 2 > MIN_STEM:
        return token[2:]
    return token
