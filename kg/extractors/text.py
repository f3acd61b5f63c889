"""Text normalisation that keeps offsets, and word tokens.

Every rule in :mod:`kg.extract` runs over a *normalised* copy of the article
text: Arabic diacritics, tatweel and invisible format characters (bidi marks,
zero-width joiners, soft hyphens) are deleted; alef-with-hamza forms, alef
maqsura are folded (``أإٱ -> ا``, ``ى -> ي``; ta marbuta is kept, so that ``وزارة``
is not ``وزاره`` "he visited him");
Arabic-Indic and Persian digits become ASCII digits and exotic spaces become
``" "``.  Deletions change lengths, so :class:`NormText` keeps the map back to
the original offsets, which is what every emitted span uses.  ``آ`` is kept
(``آب`` the month is not ``أب`` the father).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = ["WORD_RE", "NormText", "Token", "fold", "normalize", "tokenize"]

_MARKS_CLASS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"  # Arabic marks
    "\u0640"  # tatweel
)
_FORMAT_CLASS = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
# ("[x][x]*", not "[x]+": a pattern that opens with a character class lets the regex engine
# skip ahead to the next candidate character in C; one that opens with a repeat is tried
# at every offset, several times slower on a whole article)
_DELETE_RE = re.compile(f"[{_MARKS_CLASS}{_FORMAT_CLASS}][{_MARKS_CLASS}{_FORMAT_CLASS}]*")
_MARK_RE = re.compile(f"[{_MARKS_CLASS}]")

_FOLD_TABLE = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian kaf
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\u066b": ".",  # Arabic decimal separator
        "\u066c": ",",  # Arabic thousands separator
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)


_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD_TABLE.items() if isinstance(v, str))
_FOLD_BY_REPLACE = len(_FOLD_PAIRS) == len(_FOLD_TABLE) and not any(
    chr(k) in v for v in _FOLD_TABLE.values() if isinstance(v, str) for k in _FOLD_TABLE
)
"""No replacement holds a character that is itself replaced, so one ``str.replace`` per
character present gives what ``str.translate`` gives."""


def _fold_chars(s: str) -> str:
    """``s.translate(_FOLD_TABLE)``; for article-length text by ``str.replace`` of the
    few characters present (``translate`` maps every character of non-ASCII text
    through the table: ~15 times slower on an article)."""
    if len(s) < 256 or not _FOLD_BY_REPLACE:
        return s.translate(_FOLD_TABLE)
    for k, v in _FOLD_PAIRS:
        if k in s:
            s = s.replace(k, v)
    return s


def fold(s: str) -> str:
    """Normalise a lexicon entry or pattern the way article text is normalised."""
    if len(s) > _FOLD_CACHED:
        return _fold_chars(_DELETE_RE.sub("", s))
    got = _FOLDED.get(s)
    if got is None:
        got = _fold_chars(_DELETE_RE.sub("", s))
        if len(_FOLDED) >= 50_000:
            _FOLDED.clear()
        _FOLDED[s] = got
    return got


_FOLD_CACHED = 64
"""Strings up to this length (words, names, short phrases the rules fold again in every
article) keep their folded form in :data:`_FOLDED`."""
_FOLDED: dict[str, str] = {}


normalize = fold

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


class Token(NamedTuple):
    """A word of the normalised text: ``norm[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass
class NormText:
    """The normalised text and the map between its offsets and the original ones."""

    original: str
    norm: str
    _norm_starts: list[int] = field(default_factory=list)
    _orig_starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> NormText:
        """Normalise ``text`` and remember where every kept character came from."""
        norm_starts: list[int] = []
        orig_starts: list[int] = []
        pieces: list[str] = []
        pos = 0
        npos = 0
        for m in _DELETE_RE.finditer(text):
            if m.start() > pos:
                norm_starts.append(npos)
                orig_starts.append(pos)
                pieces.append(text[pos : m.start()])
                npos += m.start() - pos
            pos = m.end()
        if not norm_starts and pos == 0:
            return cls(text, _fold_chars(text))
        if pos < len(text):
            norm_starts.append(npos)
            orig_starts.append(pos)
            pieces.append(text[pos:])
        norm = _fold_chars("".join(pieces))
        return cls(text, norm, norm_starts, orig_starts)

    def to_orig(self, i: int) -> int:
        """Original offset of the normalised character at ``i`` (a span start)."""
        if not self._norm_starts:
            return i
        if i >= len(self.norm):
            return len(self.original)
        k = bisect_right(self._norm_starts, i) - 1
        if k < 0:
            return self._orig_starts[0] if self._orig_starts else i
        return self._orig_starts[k] + (i - self._norm_starts[k])

    def to_orig_end(self, i: int) -> int:
        """Original offset for a span end at ``i``: just after the last kept character,
        plus any diacritics attached to it."""
        if i <= 0:
            return 0
        if not self._norm_starts:
            return min(i, len(self.original))
        end = self.to_orig(i - 1) + 1
        n = len(self.original)
        while end < n and _MARK_RE.match(self.original, end):
            end += 1
        return end

    def to_norm(self, j: int) -> int:
        """Normalised offset of the original offset ``j`` (next kept character)."""
        if not self._norm_starts:
            return j
        k = bisect_right(self._orig_starts, j) - 1
        if k < 0:
            return 0
        run_len = (
            self._norm_starts[k + 1] - self._norm_starts[k]
            if k + 1 < len(self._norm_starts)
            else len(self.norm) - self._norm_starts[k]
        )
        off = j - self._orig_starts[k]
        if off >= run_len:
            return self._norm_starts[k] + run_len
        return self._norm_starts[k] + off

    def span(self, start: int, end: int) -> tuple[int, int, str]:
        """Original ``(start, end, text)`` of the normalised span ``[start, end)``."""
        s = self.to_orig(start)
        e = max(s, self.to_orig_end(end))
        return s, e, self.original[s:e]


_PAIR_RE = re.compile(r"([\W_]*)([^\W_]+(?:['’][^\W_]+)*)", re.UNICODE)
"""(gap, word) pairs: the gap holds no letter or digit, so offsets follow from lengths."""


def tokenize(norm: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``norm[start:end]`` with their offsets in ``norm``."""
    stop = len(norm) if end is None else end
    if start or stop != len(norm):
        return [Token(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(norm, start, stop)]
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # Token(...) without the keyword-argument wrapper
    pos = 0
    for gap, word in _PAIR_RE.findall(norm):
        pos += len(gap)
        end_ = pos + len(word)
        append(new(Token, (pos, end_, word)))
        pos = end_
    return out
