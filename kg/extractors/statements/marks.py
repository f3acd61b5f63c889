"""Quotation marks paired into quotations (:func:`find_quotes`): every style (“” "" «» ‘’ „“
'' and unbalanced or unclosed ones), paragraph by paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_OPEN_DOUBLE = "“„‟«"


_CLOSE_DOUBLE = "”»"


_OPEN_SINGLE = "‘‹"


_CLOSE_SINGLE = "’›"


_ALL_MARKS = frozenset(_OPEN_DOUBLE + _CLOSE_DOUBLE + _OPEN_SINGLE + _CLOSE_SINGLE + "\"'")


_MARK_RE = re.compile("[" + re.escape("".join(sorted(_ALL_MARKS))) + "]")


_SPACE_OR_PUNCT = frozenset(" \t\n.,،;؛:!?؟)]}-—–…")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: marks at ``open``/``close`` (``close`` = -1 when unclosed), content
    ``[start, end)`` (trimmed)."""

    open: int
    close: int
    start: int
    end: int


# ----------------------------------------------------------------------------- quotes


def _is_word(ch: str) -> bool:
    return ch.isalnum()


_LAST_QUOTES: list[tuple[str, list[Quote]]] = []
"""The text :func:`find_quotes` last paired and its quotations: the statement finder and the
learnt statement filter both ask for those of one article's text (it is held here, so an
identity test cannot meet another string at the same address)."""


def find_quotes(text: str) -> list[Quote]:
    """Pair quotation marks paragraph by paragraph (see the module doc); a new list each
    time, the pairing done once for the same text asked again."""
    if _LAST_QUOTES and _LAST_QUOTES[0][0] is text:
        return list(_LAST_QUOTES[0][1])
    out = _find_quotes(text)
    _LAST_QUOTES[:] = [(text, out)]
    return list(out)


def _find_quotes(text: str) -> list[Quote]:
    out: list[Quote] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if _MARK_RE.search(text, pos, end):
            out.extend(_quotes_in(text, pos, end))
        pos = end + 1
    out.sort(key=lambda q: q.open)
    return out


def _make(text: str, o: int, c: int, para_end: int) -> Quote | None:
    s = o + 1
    e = c if c >= 0 else para_end
    while s < e and (text[s].isspace() or text[s] in "\"'“”«»"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",،:;؛\"'“”«»"):
        e -= 1
    if e <= s:
        return None
    return Quote(o, c, s, e)


def _quotes_in(text: str, start: int, end: int) -> list[Quote]:
    out: list[Quote] = []
    straight: list[int] = []
    singles: list[int] = []
    open_d: int | None = None
    open_s: int | None = None
    for mark in _MARK_RE.finditer(text, start, end):
        i = mark.start()
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if ch == '"':
            straight.append(i)
        elif ch == "'":
            if _is_word(prev) and _is_word(nxt):
                continue  # apostrophe
            if nxt == "'" or prev == "'":
                straight.append(i) if nxt == "'" else None  # '' as a double mark
                continue
            singles.append(i)
        elif ch in _OPEN_DOUBLE:
            if open_d is not None and ch == "“" and prev not in _SPACE_OR_PUNCT:
                q = _make(text, open_d, i, end)  # „...“ or “...“
                if q:
                    out.append(q)
                open_d = None
            elif open_d is None:
                open_d = i
        elif ch in _CLOSE_DOUBLE:
            if open_d is not None:
                q = _make(text, open_d, i, end)
                if q:
                    out.append(q)
                open_d = None
            elif (prev in _SPACE_OR_PUNCT and nxt not in _SPACE_OR_PUNCT) or (
                "“" in text[i + 1 : end] and nxt in " \t"
            ):
                open_d = i  # reversed style ”...“
        elif ch in _OPEN_SINGLE:
            if open_s is None:
                open_s = i
        elif ch in _CLOSE_SINGLE:
            if _is_word(prev) and _is_word(nxt):
                continue  # apostrophe (China’s)
            if open_s is not None:
                q = _make(text, open_s, i, end)
                if q:
                    out.append(q)
                open_s = None
    if open_d is not None:
        q = _make(text, open_d, -1, end)
        if q:
            out.append(q)
    out.extend(_pair_straight(text, straight, start, end))
    out.extend(_pair_straight(text, singles, start, end, unclosed=False))
    return out


def _nested_straight(
    marks: list[int], side: Callable[[int], tuple[bool, bool]]
) -> list[int] | None:
    """The outer marks when pairing straight marks in order would pair two marks that
    can only open (or two that can only close) while pairing them as nested levels
    closes every level: a quotation quoted inside a quotation, whose inner marks are
    part of the outer content.  ``None`` when the in-order pairing is sound."""
    sides = [side(m) for m in marks]
    if all(sides[i][0] and sides[i + 1][1] for i in range(0, len(marks), 2)):
        return None
    outer: list[int] = []
    depth = 0
    for m, (can_open, can_close) in zip(marks, sides, strict=True):
        if can_close and depth > 0:
            depth -= 1
            if depth == 0:
                outer.append(m)
        elif can_open and depth < 2:
            if depth == 0:
                outer.append(m)
            depth += 1
        else:
            return None
    return outer if depth == 0 and len(outer) < len(marks) else None


def _pair_straight(
    text: str, marks: list[int], start: int, end: int, *, unclosed: bool = True
) -> list[Quote]:
    """Pair straight quotation marks: in order when their number is even, else by
    which side the text is on."""

    def side(i: int) -> tuple[bool, bool]:
        prev = text[i - 1] if i > start else " "
        j = i + 1
        if j < end and text[j] == "'":
            j += 1
        nxt = text[j] if j < end else " "
        can_open = not prev.isalnum() or prev in "لبو"
        can_close = prev not in " \t"
        if nxt in " \t" and prev in " \t":
            return False, False
        return (can_open and nxt not in " \t") or (can_open and not can_close), can_close

    marks = [m for m in marks if any(side(m))]
    out: list[Quote] = []
    if len(marks) % 2 == 0 and (nested := _nested_straight(marks, side)) is not None:
        marks = nested  # '"... that "no attacks are launched" and ...," X said': the outer pair
    if len(marks) % 2 == 0:
        for a, b in zip(marks[::2], marks[1::2], strict=True):
            q = _make(text, a + (1 if text[a + 1 : a + 2] == "'" else 0), b, end)
            if q:
                out.append(q)
        return out
    opened: int | None = None
    for m in marks:
        can_open, can_close = side(m)
        if opened is not None and can_close:
            q = _make(text, opened, m, end)
            if q:
                out.append(q)
            opened = None
        elif opened is None and can_open:
            opened = m
    if opened is not None and unclosed:
        q = _make(text, opened, -1, end)
        if q:
            out.append(q)
    return out
