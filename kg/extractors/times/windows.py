"""Where each time pattern is tried: the words that may open a date (months, weekdays,
deictic and vague words, digits), the windows of text around them, and the words every
match of a pattern holds, so that a window without one is not searched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extractors.times.arabic import (
    _AR_DEICTIC,
    _AR_MONTH_QUAL,
    _AR_VAGUE_DUALS,
    _AR_VAGUE_WORDS,
    _F,
    _ar_after,
    _ar_ago,
    _ar_day_of_month,
    _ar_day_of_ref_month,
    _ar_deictic,
    _ar_fronted_later,
    _ar_later,
    _ar_ordinal,
    _ar_ordinal_of_ref,
    _ar_part_of_now,
    _ar_since_ago,
    _ar_story_period,
    _ar_years_later,
)
from kg.extractors.times.english import (
    _AR_SEASONS,
    _ar_season,
    _en_after,
    _en_ago,
    _en_day_of_month,
    _en_deictic,
    _en_later,
    _en_season,
    _en_story_period,
    _en_that_offset,
    _en_years_later,
    _vague,
    _vague_span,
)
from kg.extractors.times.expression import _AR_MONTHS, _AR_WEEKDAYS, _EN_MONTHS, _EN_WEEKDAYS
from kg.extractors.times.handlers import Handler
from kg.extractors.times.hijri import _HIJRI_MONTH_NUMBER, _ar_hijri_month

_DIGITS = ("19", "20")
"""Every date written with digits carries a year (``2025``, ``20/03/2025``); counts
("3 days ago", "قبل 3 أيام") are anchored by their unit words."""


_AR_ANCHORS: tuple[str, ...] = (
    *_AR_MONTHS,
    *(w[2:] for w in _AR_WEEKDAYS),  # without the article: "خميس" also finds "والخميس"
    *(k.split()[-1] for k in _AR_DEICTIC),
    *(k.split()[0] for k in _AR_DEICTIC),
    _F("قبل"),
    _F("وقت"),
    _F("آنذاك"),
    _F("انذاك"),
    _F("حينها"),
    _F("حينذاك"),
    _F("نفسه"),
    _F("ذاته"),
    _F("نفس"),
    _F("ذلك اليوم"),
    _F("بعد"),
    _F("ذلك"),
    _F("منذ"),
    _F("مؤخرا"),
    _F("منه"),  # "في السادس والعشرين منه" (S14-DATES)
    *_AR_VAGUE_WORDS,
    *_DIGITS,
)


_EN_ANCHORS: tuple[str, ...] = (
    *(m.lower() for m in _EN_MONTHS),
    *(d.lower() for d in _EN_WEEKDAYS),
    "yesterday", "today", "tonight", "overnight", "tomorrow", "morning", "afternoon", "evening",
    "week", "month", "year", "ago", "day", "time", "hour", "recent", "past",
    "decade",  # ("nearly a decade after ...", S6-H12)
    "spring", "summer", "autumn", "fall",
    *_DIGITS,
)  # fmt: skip


_WINDOW_BEFORE = 50


_WINDOW_AFTER = 90


_NARROW_BEFORE = 40


_NARROW_AFTER = 45


@lru_cache(maxsize=32)
def _anchor_set(anchors: tuple[str, ...]) -> tuple[str, ...]:
    """The distinct anchors, without those that contain a shorter anchor (found anyway)."""
    uniq = sorted(set(anchors), key=len)
    kept: list[str] = []
    for a in uniq:
        if not any(k in a for k in kept):
            kept.append(a)
    return tuple(kept)


def _windows(
    text: str,
    anchors: tuple[str, ...],
    lower: bool,
    before: int = _WINDOW_BEFORE,
    after: int = _WINDOW_AFTER,
    hay: str | None = None,
) -> list[tuple[int, int]]:
    """Stretches of ``text`` around every anchor word, merged; the full patterns only
    run there (a plain substring search is much cheaper than a regex at every offset).
    ``hay`` is ``text.lower()`` when the caller has it already (with ``lower``)."""
    if hay is None:
        hay = text.lower() if lower else text
    if len(hay) != len(text):
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    n = len(text)
    for a in _anchor_set(anchors):
        i = hay.find(a)
        while i >= 0:
            spans.append((max(0, i - before), min(n, i + len(a) + after)))
            i = hay.find(a, i + len(a))
    if not spans:
        return []
    spans.sort()
    merged: list[tuple[int, int]] = []
    cs, ce = spans[0]
    for s, e in spans[1:]:
        if s <= ce:
            ce = max(ce, e)
        else:
            merged.append((cs, ce))
            cs, ce = s, e
    merged.append((cs, ce))
    out = []
    for s, e in merged:
        # widen to white space so that no word is cut in two at either end
        while s > 0 and not text[s - 1].isspace():
            s -= 1
        while e < n and not text[e].isspace():
            e += 1
        out.append((s, e))
    return out


_AR_DEICTIC_WORDS = tuple(
    _F(w)
    for w in (
        "أمس البارحة اليوم الليلة غد الشهر العام السنة الأسبوع الصباح المساء ساعات قليل الساعات"
    ).split()
)
"""One word of every key of :data:`_AR_DEICTIC`."""


_EN_DEICTIC_WORDS = (
    "yesterday", "today", "tonight", "tomorrow", "overnight", "morning", "afternoon", "evening",
    "week", "month", "year",
)  # fmt: skip


_EN_LATER_WORDS = (
    "next", "following", "previous", "preceding", "late", "earl", "morning", "afternoon",
    "evening", "night", "within", "before",
)  # fmt: skip
"""("late" is in "later", "earl" in "early" and "earlier".)"""


_VAGUE_WORDS = (
    *_AR_VAGUE_WORDS, *_AR_VAGUE_DUALS, _F("منذ"), _F("قبل"), _F("مؤخرا"), _F("سابق"),
    "days", "weeks", "months", "years", "decades", "recently", "past",
)  # fmt: skip
"""(One handler for both languages: the words of either.)"""


_IN_EVERY_MATCH: dict[Handler, tuple[str, ...]] = {
    _ar_ago: (_F("قبل"),),
    _ar_since_ago: (_F("منذ"),),
    _en_ago: ("ago",),
    _ar_deictic: _AR_DEICTIC_WORDS,
    _ar_after: (_F("بعد"),),
    _ar_later: (_F("اليوم"), _F("ذلك"), _F("ساعات")),
    _en_deictic: _EN_DEICTIC_WORDS,
    _en_after: ("after",),
    _en_later: _EN_LATER_WORDS,
    _vague: _VAGUE_WORDS,
    _vague_span: ("after", "before", _F("بعد")),  # "months after", "بعد أشهر من"
    _en_years_later: ("later", "earl"),  # "two years later", "a month earlier"
    _ar_day_of_month: tuple(_AR_MONTH_QUAL),  # "في 12 الشهر الجاري": its qualifier
    _ar_season: tuple(_AR_SEASONS),  # "الصيف المقبل"
    _ar_part_of_now: (_F("الشهر"), _F("العام"), _F("السنة"), _F("الأسبوع")),  # "منتصف الشهر"
    _ar_story_period: (_F("العام"), _F("السنة"), _F("الشهر"), _F("الأسبوع")),  # "العام السابق"
    _ar_fronted_later: (_F("بعد"),),  # "وبعد يومين،"
    _ar_years_later: (_F("بعد"), _F("قبل")),  # "بعد ذلك بعامين", "قبل ذلك بعام"
    _en_story_period: ("year", "month", "week", "that"),  # "that year", "that February"
    _en_that_offset: ("that",),  # "two days before that"
    _en_season: ("spring", "summer", "autumn", "fall"),  # "last summer"
    _en_day_of_month: ("month",),  # "on the 5th of last month"
    _ar_day_of_ref_month: (_F("الشهر"), _F("منه")),  # "في الخامس من الشهر نفسه", "منه"
    _ar_ordinal_of_ref: (_F("الشهر"),),  # "الأول من الشهر الجاري"
}
"""Words every match of a pattern holds (lower case): a window without one of them is
not searched.  (The anaphora patterns' words are :data:`_AR_ANAPHORA_PHRASES` and
:data:`_EN_ANAPHORA_WORDS`.)"""


_EN_ANAPHORA_WORDS = ("time", "day")


def _holding(
    windows: list[tuple[int, int]], hay: str, words: tuple[str, ...]
) -> list[tuple[int, int]]:
    """The windows of ``hay`` in which one of ``words`` occurs."""
    out = []
    find = hay.find
    for s, e in windows:
        for w in words:
            if find(w, s, e) >= 0:
                out.append((s, e))
                break
    return out


@lru_cache(maxsize=256)
def _anchor_class(pat: re.Pattern[str], handler: Handler) -> str:
    """Which words a pattern cannot match without: a month, a weekday, a year's digits,
    or (deictic, "ago" and anaphoric expressions) any anchor."""
    if "(?P<mon>" in pat.pattern:
        return "month"
    if "(?P<wd>" in pat.pattern:
        return "weekday"
    if handler in (
        _ar_deictic, _en_deictic, _ar_ago, _ar_since_ago, _en_ago, _ar_ordinal, _en_after,
        _en_later, _ar_after, _ar_later, _vague, _ar_part_of_now, _en_story_period,
        _ar_story_period, _ar_day_of_month, _vague_span, _en_years_later, _ar_years_later,
        _en_season, _ar_season, _en_that_offset, _ar_fronted_later, _ar_hijri_month,
        _en_day_of_month, _ar_day_of_ref_month, _ar_ordinal_of_ref,
    ):  # fmt: skip
        return "any"
    return "digits"


def _class_anchors(need: str, arabic: bool) -> tuple[str, ...]:
    if need == "month":
        return tuple(_AR_MONTHS) if arabic else tuple(m.lower() for m in _EN_MONTHS)
    if need == "weekday":
        if arabic:
            return tuple(w[2:] for w in _AR_WEEKDAYS)
        return tuple(d.lower() for d in _EN_WEEKDAYS)
    if need == "digits":
        return _DIGITS
    return _deictic_anchors(arabic)


@lru_cache(maxsize=2)
def _deictic_anchors(arabic: bool) -> tuple[str, ...]:
    """The anchors of deictic, "ago" and anaphoric expressions (no month, weekday or
    year: those have their own windows)."""
    other = {
        *_class_anchors("month", arabic),
        *_class_anchors("weekday", arabic),
        *_DIGITS,
    }
    return tuple(a for a in (_AR_ANCHORS if arabic else _EN_ANCHORS) if a not in other)


# every match names its month by one of these words ("ذو القعدة": by "القعدة"; "ذو" and
# "ذي" alone are in too many other words): a window without one is not searched
_IN_EVERY_MATCH[_ar_hijri_month] = tuple(
    sorted(
        {
            w.split()[-1] if w.split()[0] in (_F("ذو"), _F("ذي")) else w.split()[0]
            for w in _HIJRI_MONTH_NUMBER
        }
    )
)
