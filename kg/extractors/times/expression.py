"""A time expression (:class:`TimeExpr`) and what it is resolved with: month names of
every Arabic and English form, weekdays, number words, Arabic units and ordinal days, and the
calendar arithmetic of ISO partial dates (a month shifted, the most recent month or day
before publication, a weekday, a count ago, a period).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.extractors.text import fold


# Immutable by convention: hashed and compared like a frozen dataclass, but a frozen
# one's __init__ (object.__setattr__ per field) is 2-5 times slower, and these are
# made by the dozen per article.
@dataclass(slots=True, unsafe_hash=True)
class TimeExpr:
    """A time expression at ``[start, end)`` of the text it was found in.

    ``value`` is an ISO partial date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) or
    None when it cannot be resolved; ``kind`` is ``"absolute"`` (carries its
    year), ``"relative"`` (needs the publication date), ``"deictic"`` (today,
    yesterday, this week...), ``"anaphoric"`` (at the time, the next day),
    ``"after"`` ("two days after ...": the time of the event the phrase
    introduces, counted back from the main clause's time) or ``"vague"`` ("in
    recent weeks", "منذ سنوات": a stretch the text leaves open; no value).
    """

    start: int
    end: int
    value: str | None
    kind: str


# ----------------------------------------------------------------------------- months

_EN_MONTHS: dict[str, int] = {}


for _i, _name in enumerate(calendar.month_name):
    if _name:
        _EN_MONTHS[_name] = _i
        _EN_MONTHS[_name[:3]] = _i


_EN_MONTHS["Sept"] = 9


_AR_MONTH_FORMS: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني", "كانون ثاني", "جانفي", "ينايِر"),
    2: ("فبراير", "شباط", "فيفري", "فبرایر"),
    3: ("مارس", "آذار", "أذار", "اذار"),
    4: ("أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "افريل"),
    5: ("مايو", "أيار", "ايار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "جويلية", "يوليوز"),
    8: ("أغسطس", "اغسطس", "آب", "أوت", "غشت"),
    9: ("سبتمبر", "أيلول", "ايلول", "شتنبر"),
    10: ("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين اول", "أكتوبير"),
    11: ("نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"),
    12: ("ديسمبر", "كانون الأول", "كانون اول", "دجنبر"),
}


_AR_MONTHS: dict[str, int] = {}


for _m, _forms in _AR_MONTH_FORMS.items():
    for _f in _forms:
        _AR_MONTHS[fold(_f)] = _m


def _alt(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_AR_MON = _alt(list(_AR_MONTHS))


_AR_MON_PAIR = rf"(?P<mon>{_AR_MON})(?:\s*[/(]\s*(?:{_AR_MON})\s*\)?)?"


_EN_MON = rf"(?P<mon>{_alt(list(_EN_MONTHS))})\.?"


_EN_WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}


_AR_WEEKDAYS = {
    fold(w): i
    for w, i in (
        ("الاثنين", 0),
        ("الإثنين", 0),
        ("الثلاثاء", 1),
        ("الأربعاء", 2),
        ("الخميس", 3),
        ("الجمعة", 4),
        ("السبت", 5),
        ("الأحد", 6),
    )
}


_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


_AR_DUAL_OR_UNIT = {
    fold(k): v
    for k, v in {
        "يوم": ("d", 1),
        "يومين": ("d", 2),
        "أسبوع": ("w", 1),
        "أسبوعين": ("w", 2),
        "شهر": ("m", 1),
        "شهرين": ("m", 2),
        "عام": ("y", 1),
        "عامين": ("y", 2),
        "سنة": ("y", 1),
        "سنتين": ("y", 2),
    }.items()
}


_AR_PLURAL_UNITS = {
    fold(k): v
    for k, v in {
        "أيام": "d", "يوما": "d", "يوماً": "d", "أسابيع": "w", "أشهر": "m", "شهور": "m",
        "شهرا": "m", "أعوام": "y", "سنوات": "y", "عاما": "y", "سنة": "y",
    }.items()
}  # fmt: skip


_AR_NUMBER_WORDS = {
    fold(k): v
    for k, v in {
        "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
        "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
    }.items()
}  # fmt: skip


_AR_UNITS_ORD = (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
)  # fmt: skip


_AR_ORDINAL_DAYS: dict[str, int] = {}


for _i, _w in enumerate(_AR_UNITS_ORD, start=1):
    _AR_ORDINAL_DAYS[fold(_w)] = _i
    _AR_ORDINAL_DAYS[fold(("الحادي" if _i == 1 else _w) + " عشر")] = 10 + _i
    _AR_ORDINAL_DAYS[fold(("الحادي" if _i == 1 else _w) + " والعشرين")] = 20 + _i


_AR_ORDINAL_DAYS[fold("العاشر")] = 10


_AR_ORDINAL_DAYS[fold("العشرين")] = 20


_AR_ORDINAL_DAYS[fold("الثلاثين")] = 30


_AR_ORDINAL_DAYS[fold("الحادي والثلاثين")] = 31
"""Ordinal day numbers as dates are written in words: ``في الثامن عشر من نيسان``."""


# ----------------------------------------------------------------------------- resolution


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not 1000 <= y <= 2999:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _month_year(month: int, pub: date | None, rel: str | None) -> int | None:
    """Year of ``month`` given a qualifier: last/next/this/prev-year/next-year/None."""
    if pub is None:
        return None
    if rel == "last":
        return pub.year if month < pub.month else pub.year - 1
    if rel == "next":
        return pub.year if month > pub.month else pub.year + 1
    if rel == "this":
        return pub.year
    if rel == "prev-year":
        return pub.year - 1
    if rel == "prev2-year":
        return pub.year - 2
    if rel == "next-year":
        return pub.year + 1
    # bare month: the most recent one, or one at most two months ahead
    return pub.year if month <= pub.month + 2 else pub.year - 1


def _day_year(month: int, day: int, pub: date | None) -> int | None:
    if pub is None:
        return None
    try:
        cand = date(pub.year, month, day)
    except ValueError:
        return pub.year
    return pub.year if cand <= pub + timedelta(days=60) else pub.year - 1


def _weekday(wd: int, pub: date | None, rel: str | None) -> str | None:
    if pub is None:
        return None
    back = (pub.weekday() - wd) % 7
    if rel == "last" and back == 0:
        back = 7
    if rel == "next":
        fwd = (wd - pub.weekday()) % 7 or 7
        return (pub + timedelta(days=fwd)).isoformat()
    return (pub - timedelta(days=back)).isoformat()


def _ago(unit: str, n: int, pub: date | None) -> str | None:
    if pub is None:
        return None
    if unit == "d":
        return (pub - timedelta(days=n)).isoformat()
    if unit == "w":
        d = pub - timedelta(days=7 * n)
        return _iso(d.year, d.month)
    if unit == "m":
        y, m = _shift_month(pub.year, pub.month, -n)
        return _iso(y, m)
    return _iso(pub.year - n)


def _period(unit: str, delta: int, pub: date | None) -> str | None:
    """The week/month/year ``delta`` units from publication (0 = current)."""
    if pub is None:
        return None
    if unit == "day":
        return (pub + timedelta(days=delta)).isoformat()
    if unit == "week":
        d = pub + timedelta(days=7 * delta)
        return _iso(d.year, d.month)
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, delta)
        return _iso(y, m)
    return _iso(pub.year + delta)
