"""Sentence and clause segmentation for Arabic and English news, with offsets.

Works on the normalised text of :mod:`kg.extractors.text`.  A sentence ends at a
line break, or at ``. ! ? ؟ …`` (plus any closing quotation marks or brackets)
followed by white space or the end of the text, except after English
abbreviations ("U.S.", "Gen.", "Jr.") and single initials.  Clauses split a
sentence further at ``, ، ; ؛ : — –`` and are used to bound the search for a
relation's arguments.  One linear pass each; no backtracking regexes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["Segmenter", "Span", "clauses", "sentences"]

_ABBREV = frozenset(
    """mr mrs ms dr gen jr sr st lt col maj sgt gov sen rep prof no vs etc jan feb mar apr
    jun jul aug sep sept oct nov dec inc ltd co corp adm capt cmdr gens messrs mt ft ave
    dept est fig approx pres u.s u.k u.n e.u u.s.a d.c""".split()
)
_CLOSERS = "\"'”’»)]}›"
# Both open with one character class (the alternatives are told apart by a look-behind at
# the character just read), which lets the regex engine skip ahead in C to the next
# candidate character; "a|b" alternatives are tried at every offset, 2-3 times slower.
# They match exactly what "[.!?؟…]+|\n" and "[,،;؛:—–]|\s-\s" match.
_END_RE = re.compile(r"[.!?؟…\n](?:(?<=\n)|(?<=[.!?؟…])[.!?؟…]*)")
_CLAUSE_RE = re.compile(r"[,،;؛:—–\s](?:(?<=[,،;؛:—–])|(?<=\s)-\s)")


# Immutable by convention: hashed and compared like a frozen dataclass, but a frozen
# one's __init__ (object.__setattr__ per field) is 2-5 times slower, and these are
# made by the dozen per article.
@dataclass(slots=True, unsafe_hash=True)
class Span:
    """A sentence or clause of the normalised text: ``[start, end)``."""

    start: int
    end: int


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the ``.`` at ``dot`` closes an abbreviation or an initial, not a sentence."""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return (
            dot > 0 and text[dot - 1].isdigit() and dot + 1 < len(text) and text[dot + 1].isdigit()
        )
    if word in _ABBREV:
        return True
    # single initial ("J.") or dotted acronym ("U.S.")
    if len(word.replace(".", "")) == 1 and word.isascii() and text[i].isupper():
        return True
    return "." in word and word.replace(".", "").isalpha() and len(word) <= 8


def sentences(text: str) -> list[Span]:
    """Sentences of ``text`` (trimmed of surrounding white space; empty ones dropped)."""
    out: list[Span] = []
    n = len(text)
    start = 0
    for m in _END_RE.finditer(text):
        if m.group() == "\n":
            cut = m.start()
            nxt = m.end()
        else:
            end = m.end()
            if m.group() == "." and _is_abbreviation(text, m.start()):
                continue
            while end < n and text[end] in _CLOSERS:
                end += 1
            if end < n and not text[end].isspace():
                continue
            cut = end
            nxt = end
        _add(text, start, cut, out)
        start = nxt
    _add(text, start, n, out)
    return out


MAX_SENTENCE = 1500
"""Longer runs without sentence punctuation are cut at a space every ~1500
characters, so that no rule ever looks at an unbounded sentence."""


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append(Span(start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Span(start, end))


def clauses(text: str, sent: Span) -> list[Span]:
    """Clauses of one sentence, split at commas, semicolons, colons and dashes."""
    out: list[Span] = []
    start = sent.start
    for m in _CLAUSE_RE.finditer(text, sent.start, sent.end):
        if m.group() == "," and _digit_comma(text, m.start()):
            continue
        _add(text, start, m.start(), out)
        start = m.end()
    _add(text, start, sent.end, out)
    return out


def _digit_comma(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


class Segmenter:
    """Sentences and clauses of one text with O(log n) lookup by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sents = sentences(text)
        self._starts = [s.start for s in self.sents]
        self._clauses: dict[int, list[Span]] = {}

    def index_at(self, offset: int) -> int:
        """Index of the sentence containing (or last starting before) ``offset``; -1 if none."""
        return bisect_right(self._starts, offset) - 1

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence that contains ``offset``."""
        k = self.index_at(offset)
        if k < 0:
            return None
        s = self.sents[k]
        return s if s.start <= offset < s.end else None

    def clauses_of(self, k: int) -> list[Span]:
        """Clauses of sentence ``k`` (cached)."""
        got = self._clauses.get(k)
        if got is None:
            got = clauses(self.text, self.sents[k])
            self._clauses[k] = got
        return got

    def clause_at(self, offset: int) -> Span | None:
        """The clause that contains ``offset``."""
        k = self.index_at(offset)
        if k < 0:
            return None
        for c in self.clauses_of(k):
            if c.start <= offset < c.end:
                return c
        return None
