"""Days told by name rather than as the time of an act: a day named as an event ("the
September 11 attacks", "هجمات 11 سبتمبر"), "on this day in 2014", overnight into a weekday,
the night of two days ("ليل الجمعة السبت").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extractors.lexicon import word_set
from kg.extractors.text import fold
from kg.extractors.times.arabic import _WE
from kg.extractors.times.english import _EN_WD
from kg.extractors.times.expression import (
    _AR_NUMBER_WORDS,
    _AR_WEEKDAYS,
    _EN_NUMBERS,
    _EN_WEEKDAYS,
    TimeExpr,
    _alt,
)

# a day named as an event ("the September 11 attacks", "هجمات 11 سبتمبر"): the name of
# a past event, no time of the act told with it (S9-H8)
NAMED_DAY_EVENTS = word_set("dates.named_day_events")


_NAMED_DAY_AFTER_EN = re.compile(r"(?i)\s+(?:terror(?:ist)?\s+)?([a-z]+)")


# (an Arabic word: "an attack on Saturday" names no day; S14-DATES)
_NAMED_DAY_BEFORE_AR = re.compile(r"(?:^|\s)[وف]?([\u0621-\u064a]+)\s+$")


# a weekday is never the name of an event: "an attack on Saturday", "هجوم الأحد" are
# dated by it (S14-DATES)
_WEEKDAY_SPAN = re.compile(
    r"(?i)\b(?:" + "|".join(_EN_WEEKDAYS) + r")\b"
    rf"|(?<![^\W\d_])[وفب]?(?:{'|'.join(_AR_WEEKDAYS)})(?![^\W\d_])"
)


_HAS_YEAR = re.compile(r"\d{4}")


_NAMED_DAY_HEAD_EN = re.compile(r"(?i)(?:\bthe|['\u2019]s)\s+$")  # "the"/"Hamas's" <day> attack


def _named_days(out: list[TimeExpr], text: str) -> list[TimeExpr]:
    """A month and day without a year named as an event ("after the September 11
    attacks", "منذ أحداث 11 سبتمبر"): no value (a "vague" time), so it neither dates the
    act nor anchors "days after"."""
    if not NAMED_DAY_EVENTS:
        return out
    res: list[TimeExpr] = []
    for t in out:
        if t.kind == "relative" and t.value is not None and len(t.value) == 10:
            span = text[t.start : t.end]
            if not _HAS_YEAR.search(span) and not _WEEKDAY_SPAN.search(span):
                after = _NAMED_DAY_AFTER_EN.match(text, t.end)
                before = _NAMED_DAY_BEFORE_AR.search(text, max(0, t.start - 20), t.start)
                named_en = _NAMED_DAY_HEAD_EN.search(text, max(0, t.start - 8), t.start)
                if (
                    after is not None
                    and named_en is not None
                    and after.group(1).lower() in NAMED_DAY_EVENTS
                ) or (before is not None and before.group(1) in NAMED_DAY_EVENTS):
                    t = TimeExpr(t.start, t.end, None, "vague")
        res.append(t)
    return res


_THIS_DAY_EN = re.compile(
    r"(?i)\bon\s+this\s+(?:very\s+)?day\s+(?:(?:in|of)\s+(?P<y>\d{4})\b"
    rf"|(?P<n>\d{{1,2}}|{'|'.join(_EN_NUMBERS)})\s+years?\s+ago\b)"
)


_THIS_DAY_AR = re.compile(
    rf"(?:{fold('في')}\s+)?{fold('مثل')}\s+{fold('هذا')}\s+{fold('اليوم')}\s+(?:{fold('من')}\s+"
    rf"(?:{fold('عام')}|{fold('العام')}|{fold('سنة')})\s+(?P<y>\d{{4}})|{fold('قبل')}\s+"
    rf"(?:(?P<one>{fold('عام')}|{fold('سنة')})|(?P<two>{fold('عامين')}|{fold('سنتين')})"
    rf"|(?P<n>\d{{1,2}}|{_alt(list(_AR_NUMBER_WORDS))})\s+"
    rf"(?:{fold('أعوام')}|{fold('سنوات')}|{fold('عاما')}|{fold('سنة')})){_WE})"
)


def _this_day_in(out: list[TimeExpr], text: str, published: date | None) -> list[TimeExpr]:
    """A day "on this day in 2020", "في مثل هذا اليوم من عام 2020" (or "four years ago",
    "قبل عامين"): the publication's day and month in that year, one expression (not
    "today" and a year) (S9-H8)."""
    if published is None or not ("this day" in text.lower() or fold("هذا اليوم") in text):
        return out
    for pat in (_THIS_DAY_EN, _THIS_DAY_AR):
        for m in pat.finditer(text):
            if m.group("y"):
                year = int(m.group("y"))
            else:  # "on this day four years ago", "في مثل هذا اليوم قبل عامين"
                n = m.group("n") or ""
                back = int(n) if n.isdigit() else _EN_NUMBERS.get(n.lower(), 0)
                if pat is _THIS_DAY_AR:  # "قبل ثلاثة أعوام": a number word (S9-R2-H7)
                    back = back or _AR_NUMBER_WORDS.get(n, 0)
                    back = back or (1 if m.group("one") else 2)
                year = published.year - back
            try:
                value = date(year, published.month, published.day).isoformat()
            except ValueError:  # 29 February
                value = str(year)
            out = [t for t in out if t.end <= m.start() or t.start >= m.end()]
            out.append(TimeExpr(m.start(), m.end(), value, "absolute"))
            out.sort(key=lambda t: t.start)
    return out


_OVERNIGHT_INTO = re.compile(rf"(?i)\s+(?:(?:into|to|on)\s+)?(?:early\s+)?(?:{_EN_WD})\b")


def _overnight_into(out: list[TimeExpr], text: str) -> list[TimeExpr]:
    """English "overnight into Sunday", "overnight Saturday": the weekday dates the act, not
    "overnight" (the night before publication) (S9-H8)."""
    return [
        t
        for t in out
        if not (
            t.kind == "deictic"
            and text[t.start : t.end].lower() == "overnight"
            and _OVERNIGHT_INTO.match(text, t.end)
        )
    ]


_NIGHT_AR = re.compile(rf"[وف]?(?:{fold('ليل')}|{fold('ليلة')})\s")


_NIGHT_JOIN_AR = re.compile(rf"\s*(?:[-/\u2013]|{fold('إلى')}|{fold('على')})?\s*$")


def _night_of_two_days(out: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Arabic "ليل السبت-الأحد", "ليلة الأحد/الاثنين", "ليل السبت إلى الأحد": one night,
    dated to its evening's day as "ليل السبت" is; the day after it is no time of its own
    (S9-R2-H7)."""
    res: list[TimeExpr] = []
    for t in out:
        prev = res[-1] if res else None
        if (
            prev is not None
            and prev.value is not None
            and t.value is not None
            and len(prev.value) == len(t.value) == 10
            and _NIGHT_AR.match(text, prev.start)
            and _NIGHT_JOIN_AR.match(text[prev.end : t.start])
            and t.end - t.start <= 12
            and date.fromisoformat(t.value) - date.fromisoformat(prev.value) == timedelta(days=1)
        ):
            res[-1] = TimeExpr(prev.start, t.end, prev.value, prev.kind)
            continue
        res.append(t)
    return res
