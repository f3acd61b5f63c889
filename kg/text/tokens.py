"""Tokens with exact original offsets, and the normalised keys built from them.

A token is a maximal run of letters, digits and combining marks (Arabic
diacritics, tatweel and zero-width joiners stay inside the word), with
internal apostrophes (``Sa'ar``) and Latin dotted abbreviations (``U.S.``,
``D.C.``) kept whole.  Each token carries its span in the original text, its
normalised form (:func:`kg.text.common.fold`, minus a final ``'s``) and a few
flags; matching works token by token, so every match maps back to exact
original offsets without a character map.

:func:`normalize` joins the normalised tokens with single spaces, which also
folds punctuation and collapses whitespace (``"the  U.S.’s"`` → ``"the us"``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from kg.text.arabic import is_arabic
from kg.text.common import fold, fold_char_lengths
from kg.text.english import split_possessive

__all__ = [
    "ARABIC",
    "CAP",
    "POSSESSIVE",
    "UPPER",
    "Token",
    "normalize",
    "normalize_with_offsets",
    "original_offset",
    "possessive_len",
    "tokenize",
]

POSSESSIVE = 1
"""Flag: the token ended in ``'s`` or, after a final s, in a bare apostrophe ("the
Maldives' minister"), removed from ``norm`` (:func:`possessive_len` gives its length)."""
PLURAL_POSSESSIVE = 16
"""Flag (with :data:`POSSESSIVE`): the possessive is the bare apostrophe after s (one
character, "Philippines’"), not ``'s``."""
CAP = 2
"""Flag: the token starts with an upper-case letter."""
UPPER = 4
"""Flag: every cased letter of the token is upper case (``US``, ``NATO``, ``U.N.``)."""
ARABIC = 8
"""Flag: the token is in Arabic script."""

_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff\u200c\u200d\u00ad"
_W = rf"[\w{_MARKS}]"
_TOKEN = (
    r"(?<![\w.])(?:[A-Za-z]\.)+[A-Za-z](?:\.|(?!\w))"  # U.S.  U.S.A.  D.C.  J.D.
    rf"|{_W}+(?:['\u2019\u02bc]{_W}+)*(?:(?<=[sS])['\u2019\u02bc](?![\w{_MARKS}]))?"
)
_TOKEN_RE = re.compile(_TOKEN)
_APOSTROPHES = "'\u2019\u02bc"
_OPEN_QUOTES = frozenset("'\u2018\u201c\"")
# (gap, token) pairs: the gap never holds a word character, so findall walks
# the text once, in C, and offsets follow from the lengths.
_PAIR_RE = re.compile(rf"([^\w{_MARKS}]*)({_TOKEN})")
_JOIN_CHARS = frozenset(
    " \t\u00a0\u2009\u202f-\u2010\u2011\u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\u061c"
)


class Token(NamedTuple):
    """One token: ``text[start:end]`` is the original; ``norm`` the matching key."""

    start: int
    end: int
    norm: str
    flags: int
    join: bool
    """True when only spaces/hyphens (or an initial's dot) separate it from the previous token."""


_CACHE: dict[str, tuple[str, int, bool]] = {}
_CACHE_MAX = 400_000


def _analyse(raw: str) -> tuple[str, int, bool]:
    body, possessive = split_possessive(raw)
    flags = POSSESSIVE if possessive else 0
    if not possessive and raw[-1] in "'\u2019\u02bc" and len(raw) > 2:
        body, flags = raw[:-1], POSSESSIVE | PLURAL_POSSESSIVE  # "the Maldives' minister"
    norm = fold(body)
    first = body[0]
    if is_arabic(first):
        flags |= ARABIC
    elif first.isupper():
        flags |= CAP
        if body.isupper():
            flags |= UPPER
    if " " in norm:  # NFKC expanded a ligature into several words
        norm = norm.replace(" ", "")
    return norm, flags, len(norm) == 1 and norm.isalpha()


_GAP_JOINS: dict[str, bool] = {}


def _joinable(gap: str, prev_initial: bool) -> bool:
    joins = _GAP_JOINS.get(gap)
    if joins is None:
        joins = all(c in _JOIN_CHARS for c in gap)
        if len(_GAP_JOINS) < 10_000:
            _GAP_JOINS[gap] = joins
    if joins:
        return True
    return prev_initial and gap.strip() == "."


def possessive_len(tok: Token) -> int:
    """Characters of the possessive ending the token's span holds: 2 for ``'s``, 1 for the
    bare apostrophe after s ("Maldives'"), 0 when the token is no possessive."""
    if not tok.flags & POSSESSIVE:
        return 0
    return 1 if tok.flags & PLURAL_POSSESSIVE else 2


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into :class:`Token` s with exact original offsets.

    >>> [(t.start, t.end, t.norm) for t in tokenize("U.S. envoy’s visit")]
    [(0, 4, 'us'), (5, 12, 'envoy'), (13, 18, 'visit')]
    """
    out: list[Token] = []
    append = out.append
    cache = _CACHE
    get = cache.get
    new = tuple.__new__
    pos = 0
    first = True
    prev_initial = False
    carry = ""
    for gap, raw in _PAIR_RE.findall(text):
        start = pos + len(gap)
        pos = end = start + len(raw)
        if carry:
            gap, carry = carry + gap, ""
        if raw[-1] in _APOSTROPHES and (not raw[0].isupper() or gap[-1:] in _OPEN_QUOTES):
            carry = raw[-1]  # "workers' union", "'Hawks' said": only a name takes "s'" here
            raw = raw[:-1]
            end -= 1
            if not raw:
                continue  # a lone apostrophe-letter ("ʼ"): no token
        info = get(raw)
        if info is None:
            if len(cache) >= _CACHE_MAX:
                cache.clear()
            info = cache[raw] = _analyse(raw)
        norm = info[0]
        if not norm:
            continue
        if first:
            join = first = False
        elif gap == " ":
            join = True
        else:
            join = _joinable(gap, prev_initial)
        append(new(Token, (start, end, norm, info[1], join)))
        prev_initial = info[2]
    return out


def normalize(s: str, lang: str | None = None) -> str:
    """The matching key of ``s``: folded tokens joined by single spaces.

    NFKC; Arabic diacritics and tatweel removed; alef variants → ا, ى → ي,
    ة → ه; Arabic-Indic/Persian digits → ASCII; bidi and zero-width marks
    dropped; casefolded; Latin accents removed; punctuation folded (``U.S.``
    → ``us``, a final ``'s`` dropped); whitespace collapsed.  ``lang`` is
    accepted for symmetry with the other helpers: the folding is the same for
    Arabic and English, so mixed-script text normalises consistently.

    >>> normalize("الرَّئِيسُ  الأمريكيّ")
    'الرئيس الامريكي'
    >>> normalize("Russia’s  U.S.-backed")
    'russia us backed'
    """
    del lang
    if len(s) <= _NORMALIZE_CACHED:
        return _normalize(s)
    return " ".join(t.norm for t in tokenize(s))


_NORMALIZE_CACHED = 200
"""Strings up to this length (names, titles, phrases: the same ones recur in every
article) keep their key in a cache."""


@lru_cache(maxsize=8192)
def _normalize(s: str) -> str:
    return " ".join(t.norm for t in tokenize(s))


def original_offset(raw: str, folded_chars: int) -> int:
    """The index in ``raw`` where the first ``folded_chars`` characters of ``fold(raw)`` end.

    Used to move a mention's start past a stripped proclitic: for the token
    ``وَبِالكرملين`` and 2 folded characters (و ب) it returns 4, skipping the
    diacritics too.
    """
    if folded_chars <= 0:
        return 0
    total = 0
    for i, n in enumerate(fold_char_lengths(raw)):
        total += n
        if total >= folded_chars:
            # Skip marks that belong to the removed letters.
            j = i + 1
            while j < len(raw) and fold(raw[j]) == "":
                j += 1
            return j
    return len(raw)


def normalize_with_offsets(s: str) -> tuple[str, list[int]]:
    """:func:`normalize` plus, for each output character, its offset in ``s``.

    Token boundaries map exactly; inside a token each character maps to the
    original character that produced it (a joining space maps to the end of
    the token before it).

    >>> normalize_with_offsets("  U.S. said")
    ('us said', [2, 4, 5, 7, 8, 9, 10])
    """
    chars: list[str] = []
    offsets: list[int] = []
    for tok in tokenize(s):
        if chars:
            chars.append(" ")
            offsets.append(offsets[-1] + 1)
        raw = s[tok.start : tok.end]
        if tok.flags & POSSESSIVE:
            raw = raw[: -possessive_len(tok)]
        lengths = fold_char_lengths(raw)
        produced = 0
        for i, n in enumerate(lengths):
            for _ in range(n):
                if produced < len(tok.norm):
                    offsets.append(tok.start + i)
                    produced += 1
        while produced < len(tok.norm):  # composition made the token longer
            offsets.append(tok.end - 1)
            produced += 1
        chars.append(tok.norm)
    text = "".join(chars)
    return text, offsets[: len(text)]
