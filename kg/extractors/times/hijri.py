"""Hijri dates: the Hijri months, their pattern (added to the Arabic patterns when this module
is imported, as it is by :mod:`kg.extractors.dates`), and a Hijri date written next to its
Gregorian one ("الموافق"), which is read as the Gregorian.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extractors.text import fold
from kg.extractors.times.arabic import _AR_PATTERNS, _F, _W, _WE
from kg.extractors.times.expression import TimeExpr, _alt, _iso

# Hijri months (folded), for a Hijri date written next to its Gregorian one
_AR_HIJRI_MONTHS = tuple(
    fold(w)
    for w in (
        "محرم",
        "صفر",
        "ربيع الأول",
        "ربيع الآخر",
        "ربيع الثاني",
        "جمادى الأولى",
        "جمادى الآخرة",
        "جمادى الثانية",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو القعدة",
        "ذي القعدة",
        "ذو الحجة",
        "ذي الحجة",
    )
)


_HIJRI_MONTH_NUMBER = {
    fold(w): i
    for i, ws in enumerate(
        (
            ("محرم",),
            ("صفر",),
            ("ربيع الأول",),
            ("ربيع الآخر", "ربيع الثاني"),
            ("جمادى الأولى",),
            ("جمادى الآخرة", "جمادى الثانية"),
            ("رجب",),
            ("شعبان",),
            ("رمضان",),
            ("شوال",),
            ("ذو القعدة", "ذي القعدة"),
            ("ذو الحجة", "ذي الحجة"),
        ),
        start=1,
    )
    for w in ws
}


_HIJRI_STEP = {
    **{_F(w): -1 for w in ("الماضي", "المنصرم", "الفائت")},
    **{_F(w): 0 for w in ("الجاري", "الحالي")},
    **{_F(w): 1 for w in ("المقبل", "القادم")},
}


def _hijri_start(year: int, month: int) -> date:
    """The first day of a Hijri month by the arithmetic (tabular) calendar, which is
    within a day or two of the sighted one."""
    jdn = 1 + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    return date.fromordinal(jdn - 1721425)


def _ar_hijri_month(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``في رمضان الماضي``, ``خلال شهر ذي الحجة المقبل``: the Hijri month told from
    publication, given by the Gregorian month that holds most of it (its 15th day)
    (S8-R3-H4)."""
    if pub is None:
        return None, "relative"
    month = _HIJRI_MONTH_NUMBER[re.sub(r"\s+", " ", m.group("hm"))]
    step = _HIJRI_STEP[m.group("q")]
    year0 = (pub.toordinal() + 1721425 - 1948439) * 30 // 10631 + 1  # about the Hijri year
    starts = [_hijri_start(y, month) for y in range(year0 - 2, year0 + 3)]
    if step < 0:  # the last one over before publication
        got = [d for d in starts if d + timedelta(days=29) < pub][-1]
    elif step == 0:  # the one under way or the last begun
        got = [d for d in starts if d <= pub][-1]
    else:
        got = next(d for d in starts if d > pub)
    mid = got + timedelta(days=14)
    return _iso(mid.year, mid.month), "relative"


_AR_PATTERNS.append(
    (
        re.compile(
            # (after "في"/"خلال"/"منذ" or "شهر": "رمضان" and "رجب" are also names)
            rf"{_W}(?:(?:[وفب]?{_F('في')}|{_F('خلال')}|{_F('منذ')})\s+(?:{_F('شهر')}\s+)?"
            rf"|{_F('شهر')}\s+)"
            rf"(?P<hm>{_alt(list(_HIJRI_MONTH_NUMBER))})\s+(?P<q>{_alt(list(_HIJRI_STEP))}){_WE}"
        ),
        _ar_hijri_month,
    )
)


_AR_HIJRI = (
    rf"\d{{1,2}}\s+(?:{_alt(list(_AR_HIJRI_MONTHS))})(?:\s+\d{{3,4}})?"  # year optional (S9-H8)
    rf"\s*(?:ه{_WE}|{_F('للهجرة')})?\.?"
)


_AR_HIJRI_BEFORE = re.compile(rf"(?:{_W}{_AR_HIJRI}\s*،?\s*)?{_F('الموافق')}\s*(?:ل\s*)?$")


_AR_HIJRI_AFTER = re.compile(rf"\s*،?\s*{_F('الموافق')}\s+{_AR_HIJRI}")


def _with_hijri(out: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Arabic: a Hijri date or a weekday written next to its Gregorian date ("16 محرم
    1443 هـ الموافق 24 أغسطس 2021", "الثلاثاء الموافق 24 أغسطس", "24 أغسطس 2021 الموافق
    16 محرم 1443 هـ") is one time expression with the Gregorian value, so that the whole
    phrase reads as one time (S7-H9)."""
    res: list[TimeExpr] = []
    for i, t in enumerate(out):
        # a Gregorian day without its year ("الموافق 21 أبريل") is one day too (S9-H8)
        if t.value is None or not (
            t.kind == "absolute" or (t.kind == "relative" and len(t.value) == 10)
        ):
            res.append(t)
            continue
        start, end = t.start, t.end
        lo = max(res[-1].end if res else 0, t.start - 60)
        m = _AR_HIJRI_BEFORE.search(text, lo, t.start)
        if m is not None:
            start = m.start()
            if res and not text[res[-1].end : start].strip(" ،,"):
                start = res.pop().start  # "أمس الثلاثاء الموافق 24 أغسطس": one day
        hi = min(out[i + 1].start if i + 1 < len(out) else len(text), t.end + 60)
        m = _AR_HIJRI_AFTER.match(text, t.end, hi)
        if m is not None:
            end = m.end()
        res.append(t if (start, end) == (t.start, t.end) else TimeExpr(start, end, t.value, t.kind))
    return res
