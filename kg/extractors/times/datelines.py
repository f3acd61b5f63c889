"""Agency datelines: a date at the head of a line before the agency's name ("CAIRO, Jan 14
(Reuters) -", "أبوظبي في 7 فبراير / وام /"), KUNA-style numeric datelines, and the day a
report was filed, which "today" and "yesterday" count from.
"""

from __future__ import annotations

import re
from datetime import date

from kg.extractors.lexicon import word_set
from kg.extractors.text import fold
from kg.extractors.times.arabic import _F
from kg.extractors.times.expression import _AR_MONTHS, _EN_MONTHS, TimeExpr, _alt, _day_year, _iso
from kg.extractors.times.hijri import _AR_HIJRI

_FILED_TAIL = re.compile(r"\s*[(/][^()/\n]{1,20}[)/]\s*[-\u2013\u2014]")


_BARE_AGENCIES = word_set("dates.bare_wire_agencies")


_FILED_HEAD = re.compile(
    rf"[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,2}}[ \t]*"
    rf"(?:[,\u060c\-\u2013\u2014][ \t]*|[ \t]{_F('في')}[ \t]+)?"
    rf"(?:{_AR_HIJRI}[ \t]*\u060c?[ \t]*{_F('الموافق')}[ \t]+)?"
)
"""The head of a line before the date of an agency dateline: the city ("أبوظبي في",
"Riyadh,", "الجزائر -"), and a Hijri date the Gregorian one is given for ("الرياض 12
رجب 1445 هـ الموافق")."""


_FILED_AGENCY = re.compile(
    rf"[ \t]*(?:(?:{_F('م')}|AD)\.?(?![^\W\d_])[ \t]*)?,?[ \t]*(?:[(/](?P<b>[^()/\n\d]{{1,20}})[)/]"
    rf"|(?P<w>{_alt(sorted(_BARE_AGENCIES))})(?![^\W\d_]))"
)
"""An agency's name right after the date of a dateline that opens a line, with no
dash after it: "أبوظبي في 7 فبراير / وام / استقبل", "الدوحة في 20 مايو /قنا/ أجرى",
"الرياض ... الموافق 24 يناير 2024 م واس", "Riyadh, April 07, 2024, SPA --"."""


_NOT_CITY = frozenset(_F(w) for w in ("في", "وفي", "منذ", "حتى", "on", "in", "since", "by"))


def _head_dateline(t: TimeExpr, text: str) -> bool:
    """Whether ``t`` is the date of an agency dateline that opens a line: a city (and a
    Hijri date) before it, an agency's name in brackets or slashes (not a month's
    other name, "7 أكتوبر (تشرين الأول)") or a bare agency word after it."""
    line = text.rfind("\n", 0, t.start) + 1
    head = _FILED_HEAD.fullmatch(text, line, t.start)
    if head is None or text[line : t.start].split()[0].lower() in _NOT_CITY:
        return False
    m = _FILED_AGENCY.match(text, t.end)
    if m is None:
        return False
    inside = (m.group("b") or "").strip()
    return fold(inside) not in _AR_MONTHS and inside.rstrip(".") not in _EN_MONTHS


_NUMERIC_DATELINE = re.compile(
    r"(?m)^[^\W\d_][^\W\d]*(?:\s+[^\W\d_]+){0,2}\s*[-\u2013\u2014]\s*"
    r"(?P<d>\d{1,2})\s*-\s*(?P<mo>\d{1,2})(?:\s*-\s*(?P<y>(?:19|20)\d{2}))?"
    r"(?=\s*\([^()\n]{1,20}\)\s*[-\u2013\u2014])"
)
"""A KUNA-style dateline, day and month in digits before the agency's name in brackets
("الكويت - 5 - 3 (كونا) --", "الكويت - 5 - 3 - 2024 (كونا) --"), at the head of a line."""


def _numeric_dateline(out: list[TimeExpr], text: str, published: date | None) -> list[TimeExpr]:
    """``out`` with the day of a KUNA-style dateline ("الكويت - 5 - 3 (كونا) --": 5
    March) in the first 300 characters, which no pattern reads: an Arabic dateline
    carries the day of the act it opens (S11-R2-DATES). Without a year, the day is the
    latest such one on or before ``published`` (and within a month of it)."""
    m = _NUMERIC_DATELINE.search(text, 0, 300)
    if m is None:
        return out
    d, mo = int(m.group("d")), int(m.group("mo"))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return out
    start = m.start("d")
    if any(t.start < m.end() and start < t.end for t in out):
        return out
    if m.group("y"):
        value, kind = _iso(int(m.group("y")), mo, d), "absolute"
    else:
        y = _day_year(mo, d, published) if published is not None else None
        value, kind = (_iso(y, mo, d) if y else None), "relative"
        if value is not None and published is not None:
            gap = (published - date.fromisoformat(value)).days
            if not -1 <= gap <= 31:
                value = None
    if value is None:
        return out
    return sorted([*out, TimeExpr(start, m.end(), value, kind)], key=lambda t: t.start)


def _filed_day(out: list[TimeExpr], text: str, published: date) -> date | None:
    """The day of a wire dateline at the head of the story ("CAIRO, Jan 14 (Reuters) -",
    "القاهرة في 14 يناير /أ ش أ/ -", "أبوظبي في 7 فبراير / وام / استقبل", "الرياض 12 رجب
    1445 هـ الموافق 24 يناير 2024 م واس") when it is one to three days before ``published``:
    the day the report was written, which its "today" and "yesterday" count from."""
    for t in out:
        if t.start > 300:
            return None
        if (
            (t.kind == "absolute" or t.kind == "relative")
            and t.value is not None
            and len(t.value) == 10
            and (_FILED_TAIL.match(text, t.end) or _head_dateline(t, text))
        ):
            day = date.fromisoformat(t.value)
            return day if 1 <= (published - day).days <= 3 else None
    return None
