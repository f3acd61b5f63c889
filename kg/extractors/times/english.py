"""English time patterns (``_EN_PATTERNS``) and their handlers: relative qualifiers ("last
February"), weekdays, deictic words ("yesterday", "late last week"), counts ago, offsets
("two days later", "a week after"), times of the story ("that year", "the same day"),
seasons (with the Arabic season words).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extractors.text import fold
from kg.extractors.times.expression import (
    _EN_MON,
    _EN_NUMBERS,
    _EN_WEEKDAYS,
    _ago,
    _iso,
    _period,
    _weekday,
)
from kg.extractors.times.handlers import (
    _EN_REL_WORD,
    _YEAR_SPAN,
    Handler,
    _ahead,
    _en_month,
    _h_ymd,
    _month_day,
    _month_only,
    _numeric,
    _year,
    _year_range,
)

# English ---------------------------------------------------------------------------

_EN_ORD = r"(?:st|nd|rd|th)?"


_EN_PREP = r"(?i:in|since|by|until|till|from|during|through|early|late|mid|before|after|of)"


def _en_rel(m: re.Match[str]) -> str | None:
    q = (m.groupdict().get("q") or "").lower()
    q = re.sub(r"\s+", " ", q)
    if q in _EN_REL_WORD:
        return _EN_REL_WORD[q]
    y = (m.groupdict().get("yq") or "").lower()
    return {"last": "prev-year", "this": "this", "next": "next-year"}.get(y)


def _en_weekday(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    q = (m.group("q") or "").lower()
    rel = {"last": "last", "past": "last", "next": "next", "coming": "next"}.get(q)
    if m.group("fut"):
        rel = "next"  # "a trip planned for Monday", "talks scheduled for Friday": ahead
    if (
        rel is None
        and q in ("", "on")
        and pub is not None
        and (_ahead(m) or _WOULD_BEFORE.search(m.string, max(0, m.start() - 40), m.start()))
    ):
        return _coming(_EN_WEEKDAYS[m.group("wd")], pub), "relative"  # "will meet on Tuesday"
    return _weekday(_EN_WEEKDAYS[m.group("wd")], pub, rel), "relative"


_WOULD_BEFORE = re.compile(r"(?i)\bwould\s+(?!have\b)[a-z]+\b[^.,;!?]*$")


def _coming(wd: int, pub: date) -> str:
    """The weekday ``wd`` on or after publication: an act told as ahead (S7-H16)."""
    return (pub + timedelta(days=(wd - pub.weekday()) % 7)).isoformat()


_EN_DEICTIC_DAY = {"yesterday": -1, "today": 0, "tonight": 0, "overnight": 0, "tomorrow": 1}


_EN_LATE_BEFORE = re.compile(r"(?i)\b(?:late|end\s+of)\s+$")
"""The end of a week before "last week" ("late last week", "at the end of last week")."""


def _en_deictic(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    word = re.sub(r"\s+", " ", m.group().lower()).removeprefix("the ")
    if word.endswith(" before yesterday"):
        return _period("day", -2, pub), "deictic"
    if word.endswith(" before last"):
        return _period(word.split()[0], -2, pub), "deictic"  # "the week before last"
    if word in _EN_DEICTIC_DAY:
        return _period("day", _EN_DEICTIC_DAY[word], pub), "deictic"
    if word.startswith(("this ", "earlier today", "later today")) and word.split()[-1] in (
        "morning",
        "afternoon",
        "evening",
        "today",
    ):
        return _period("day", 0, pub), "deictic"
    if word.endswith("weekend"):
        # the most recent Saturday on or before publication; a weekend is given by its month
        day = _weekday(5, pub, "last" if word.startswith(("last", "past")) else None)
        return (day[:7] if day else None), "deictic"
    unit = word.split()[-1].removeprefix("mid").removeprefix("-")  # "midweek"
    if unit in ("week", "month", "year"):
        if (
            word == "last week"
            and pub is not None
            and _EN_LATE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
        ):
            # "late last week", "at the end of last week": the Friday of that week, whose
            # month may be the publication's (S12-DATES)
            end = pub - timedelta(days=pub.isoweekday() + 2)
            return _iso(end.year, end.month), "deictic"
        if word.startswith(("last", "past", "previous")):
            return _period(unit, -1, pub), "deictic"
        if word.startswith(("next", "coming")):
            return _period(unit, 1, pub), "deictic"
        early = word.startswith(("earlier", "at the start", "at the beginning"))
        if unit == "month" and word.startswith("earlier") and pub is not None and pub.day == 1:
            # "earlier this month" in a story dated the 1st: written the day before, the
            # month that ended
            return _period(unit, -1, pub), "deictic"
        if unit == "year" and _early_in_january(m, pub, early):
            return _period("month", 0, pub), "deictic"
        return _period(unit, 0, pub), "deictic"
    return None, "deictic"


_EARLY_BEFORE = re.compile(
    r"(?i)\b(?:early|earlier|beginning\s+of|start\s+of)\s+$"
    + r"|(?<![^\W\d_])[وفب]?(?:"
    + "|".join(fold(w) for w in "في مطلع أوائل بداية".split() if w != "في")
    + r")\s+$"
)


def _early_in_january(m: re.Match[str], pub: date | None, early: bool = False) -> bool:
    """Whether "this year" is told as its early part ("earlier this year", "early this
    year", "مطلع العام الجاري") in a story published in January: then it is January
    (S7-H16)."""
    if pub is None or pub.month != 1:
        return False
    return early or _EARLY_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is not None


def _en_ago(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    raw = (m.group("n") or "").lower()
    n = int(raw) if raw.isdigit() else _EN_NUMBERS.get(raw, 1)
    unit = m.group("u").lower()
    if unit.startswith("hour"):
        return _ago("d", 0, pub), "relative"  # "hours ago": the day of the report (S12-DATES)
    if not raw[:1].isdigit() and raw not in _EN_NUMBERS and raw not in ("a", "an"):
        raise ValueError(raw)  # "a few days ago", "several weeks ago": no count to go by
    if unit.startswith("fortnight"):
        return _ago("w", 2 * n, pub), "relative"  # "a fortnight ago": two weeks
    return _ago(unit[0], n, pub), "relative"


_EN_WD = "|".join(_EN_WEEKDAYS)


_EN_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(r"\b(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})\b"), _h_ymd),
    (re.compile(r"\b(?P<y>\d{4})/(?P<mo>\d{1,2})/(?P<d>\d{1,2})\b"), _h_ymd),
    (re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})\b"), _numeric(False)),
    (
        re.compile(rf"\b{_EN_MON}\s+(?P<d>\d{{1,2}}){_EN_ORD}\b(?:,?\s+(?P<y>\d{{4}})\b)?"),
        _month_day(_en_month),
    ),
    (
        re.compile(
            rf"\b(?P<d>\d{{1,2}}){_EN_ORD},?\s+(?:of\s+)?{_EN_MON}\b(?:,?\s+(?P<y>\d{{4}})\b)?"
        ),
        _month_day(_en_month),
    ),
    (re.compile(rf"\b{_EN_MON},?\s+(?:of\s+)?(?P<y>\d{{4}})\b"), _month_only(_en_month, _en_rel)),
    (
        re.compile(
            rf"(?:\b(?P<q>(?i:last|next|this|past|coming|earlier\s+this|later\s+this))\s+)"
            rf"{_EN_MON}\b(?!\s+\d)"
        ),
        _month_only(_en_month, _en_rel),
    ),
    (
        re.compile(
            rf"(?:\b(?P<p>{_EN_PREP})\s+(?:(?i:early|late|mid)[\s-]+)?)?"
            # a month that is also a name or a verb (Theresa May, "troops march") is a
            # month only after a preposition, or with a day or year (patterns above)
            rf"\b(?(p)|(?!(?:May|March|June|April|August)\b)){_EN_MON}\b(?!\.?\s+\d)"
            rf"(?:\s+(?:(?i:of)\s+)?(?P<yq>(?i:last|this|next))\s+(?i:year))?"
        ),
        _month_only(_en_month, _en_rel),
    ),
    (
        re.compile(
            rf"\b(?:(?P<fut>(?i:planned|scheduled|set|slated|due)\s+(?i:for|on)\s+)"
            rf"|(?P<q>(?i:last|next|this|past|coming|on|since|by|until|from))\s+)?"
            rf"(?P<wd>{_EN_WD})\b(?:\s+(?i:morning|afternoon|evening|night))?"
        ),
        _en_weekday,
    ),
    (
        re.compile(
            r"(?i)\b(?:(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?(?:week|month|year)\s+before"
            r"\s+last|yesterday|today|tonight|tomorrow|overnight|this\s+(?:morning|afternoon|evening)"
            r"|(?:at|over|during|on)\s+the\s+weekend|(?:this|last|past)\s+weekend"
            r"|(?:earlier|later)\s+today"
            r"|(?:last|this|next|past|previous|coming|earlier\s+this|later\s+this)\s+"
            r"(?:week|month|year)"
            # the part of the present week, month or year ("at the start of the month",
            # "in the middle of the week", "midweek") (S8-R3-H4)
            r"|(?:(?:at|by|until|before)\s+the\s+(?:start|beginning|end)|in\s+the\s+middle)"
            r"\s+of\s+the\s+(?:week|month|year)|mid-?week)\b"
        ),
        _en_deictic,
    ),
    (
        re.compile(
            r"(?i)\b(?:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            r"|(?:a\s+)?few|several)\s+)?"
            r"(?P<u>days?|weeks?|fortnights?|months?|years?|hours?)\s+ago\b"
        ),
        _en_ago,
    ),
    (
        re.compile(
            r"(?:\b(?i:in|since|by|until|from|during|of|early|late|mid|summer|winter|spring"
            r"|autumn|fall|end\s+of|start\s+of|beginning\s+of)[\s-]+)(?P<y>(?:19|20)\d{2})\b"
            r"(?![-/]\d|\s*(?:km|%|people|troops|soldiers))"
        ),
        _year,
    ),
    (re.compile(rf"(?<![\d/-]){_YEAR_SPAN}"), _year_range),
    (
        re.compile(r"\b(?i:between)\s+(?P<y>(?:19|20)\d{2})\s+and\s+(?P<y2>(?:19|20)\d{2})\b"),
        _year_range,
    ),
]


_EN_ANAPHORA = re.compile(
    r"(?i)\b(?:at\s+the\s+time|at\s+that\s+time|(?:on|that)\s+the\s+same\s+day|on\s+the\s+day"
    r"|that\s+day|(?:earlier|later)\s+(?:in|on)\s+the\s+day)\b"
)


# Offsets from another time of the story ----------------------------------------------
#
# "the next day", "two days later", "hours earlier" count from the time told before
# (like "at the time"); "two days after Tehran launched attacks" dates the event of its
# clause that many days before the time of the main clause ("on Thursday, two days
# after ..."). Such values are written as specs first ("@d1": one day after the previous
# time; "<d-2": two days before the anchor; an "m" spec keeps only the month) and
# resolved by :func:`_resolve_anaphora`.

_EN_NUM = "|".join(_EN_NUMBERS)


def _en_count(m: re.Match[str]) -> int | None:
    raw = (m.group("n") or "").lower()
    if not raw:
        return None
    return int(raw) if raw.isdigit() else _EN_NUMBERS.get(raw)


def _offset_spec(unit: str, n: int | None, sign: int) -> str:
    """A day shift in spec form: hours keep the day, days shift it, weeks (and
    uncounted days) keep only the month."""
    if unit == "h":
        return "d0"
    if unit == "d" and n is not None:
        return f"d{sign * n}"
    if unit == "w":
        return f"m{sign * 7 * (n or 2)}"
    return "m0"


def _en_after(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    unit = (m.group("u") or m.group("v")).lower()[0]
    return "<" + _offset_spec(unit, _en_count(m), -1), "after"


def _en_later(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    if m.group("nx"):
        return "@d1", "anaphoric"
    if m.group("pv") or m.group("pv2"):
        return "@d-1", "anaphoric"
    if m.group("same"):
        return "@d0", "anaphoric"  # "late in the day", "that evening", "within hours"
    unit = (m.group("u") or m.group("v")).lower()[0]
    sign = 1 if m.group("dir").lower() == "later" else -1
    return "@" + _offset_spec(unit, _en_count(m), sign), "anaphoric"


def _vague(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """A stretch of time the text leaves open ("in recent weeks", "منذ سنوات"): no date,
    but the event is not undated either (it must not take the story's day)."""
    return None, "vague"


_EN_OFFSET_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (
        re.compile(
            rf"(?i)\b(?:(?:only|just|barely|some)\s+)?(?:(?P<n>{_EN_NUM}|\d{{1,2}})\s+"
            r"(?P<u>hours?|days?|weeks?)|(?P<v>hours|days|weeks))\s+after\b"
        ),
        _en_after,
    ),
    (
        re.compile(
            r"(?i)\b(?:the\s+(?P<nx>next|following)\s+(?:day|morning|evening)"
            r"|the\s+(?P<pv>previous|preceding)\s+(?:day|evening|night)"
            r"|(?P<same>(?:early|late|later|earlier)\s+(?:in|that)\s+(?:the\s+)?day"
            r"|that\s+(?:morning|afternoon|evening|night)|within\s+(?:hours|minutes)"
            r"|(?:minutes|moments)\s+later)"
            r"|(?P<pv2>the\s+day\s+before)(?=\s*[,.;])"
            rf"|(?:(?:only|just|barely|some)\s+)?(?:(?P<n>{_EN_NUM}|\d{{1,2}})\s+"
            r"(?P<u>hours?|days?|weeks?)|(?P<v>hours|days))\s+(?P<dir>later|earlier))\b"
        ),
        _en_later,
    ),
    (
        re.compile(
            r"(?i)\b(?:(?:(?:in|over|during|for|within)\s+)?(?:the\s+)?(?:recent|past|last|coming"
            rf"|next|previous)\s+(?:few\s+|several\s+|couple\s+of\s+|(?:{_EN_NUM}|\d{{1,2}})\s+)?"
            r"(?:days|weeks|months|years|decades)"
            r"|(?:in|for)\s+(?:recent\s+)?(?:days|weeks|months|years|decades)|recently"
            r"|in\s+the\s+past(?!\s+(?:week|month|year|weekend|\d|few|several|two|three)))\b"
        ),
        _vague,
    ),
]


def _en_that_offset(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """ "two days before that", "a week after that": counted from the time told before
    (S7-H16)."""
    unit = (m.group("u") or m.group("v")).lower()[0]
    sign = 1 if m.group("dir").lower() == "after" else -1
    return "@" + _offset_spec(unit, _en_count(m), sign), "anaphoric"


_EN_OFFSET_PATTERNS.append(
    (
        re.compile(
            rf"(?i)\b(?:(?P<n>{_EN_NUM}|\d{{1,2}})\s+(?P<u>days?|weeks?)|(?P<v>days|weeks))\s+"
            r"(?P<dir>before|after)\s+that\b"
        ),
        _en_that_offset,
    )
)


_EN_PATTERNS += _EN_OFFSET_PATTERNS


# Months and years of the story ("in November of that year", "that February", "the
# following year", "في تشرين الثاني من العام السابق", "في الشهر التالي"): the year or month
# of the time told before, not of publication. Specs (resolved by _resolve_anaphora):
# "@y<delta>" that year moved, "@y<delta>:<month>[:<day>]" a month (day) of it, and
# "@M<delta>" that month moved.

_EN_YEAR_REF = {"that": 0, "same": 0, "previous": -1, "preceding": -1, "following": 1}


def _en_story_period(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    if m.groupdict().get("wref"):
        return "@m0", "anaphoric"  # "in the same week", "later that week": its month (S7-H16)
    ref = (m.groupdict().get("ref") or m.groupdict().get("mref") or "that").lower().split()[-1]
    delta = _EN_YEAR_REF[ref]
    if m.groupdict().get("mref"):
        return f"@M{delta}", "anaphoric"
    if m.groupdict().get("mon"):
        day = f":{int(m.group('d'))}" if m.groupdict().get("d") else ""
        return f"@y{delta}:{_en_month(m)}{day}", "anaphoric"
    return f"@y{delta}", "anaphoric"


_EN_REF = r"(?i:that(?:\s+same)?|the\s+same|the\s+(?:previous|preceding|following))"


def _en_day_of_month(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``on the 5th of this month``, ``the 28th of last month``: a day of the current
    (last, next) month (S10-R2-H6)."""
    delta = {"this": 0, "last": -1, "next": 1}[_EN_REL_WORD[m.group("q").lower()]]
    month = _period("month", delta, pub)
    if month is None:
        return None, "deictic"
    return _iso(int(month[:4]), int(month[5:7]), int(m.group("d"))), "deictic"


_EN_STORY_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (
        re.compile(
            r"(?i)\b(?:on\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\s+of\s+"
            r"(?P<q>this|last|next|previous|past)\s+month\b"
        ),
        _en_day_of_month,
    ),
    (
        re.compile(
            rf"(?:\b{_EN_PREP}\s+(?:(?i:early|late|mid)[\s-]+)?)?(?:\b(?P<d>\d{{1,2}}){_EN_ORD}\s+)?"
            rf"\b{_EN_MON}\s+(?:(?i:of)\s+)?"  # ("in August that year", S6-H12)
            rf"(?P<ref>{_EN_REF})\s+(?i:year)\b"
        ),
        _en_story_period,
    ),
    (
        re.compile(rf"\b(?i:that)\s+(?!(?:May|March)\b){_EN_MON}\b(?!\s+\d)"),
        _en_story_period,
    ),
    (
        re.compile(
            rf"\b(?:(?i:later|earlier)\s+(?i:that|in\s+the)\s+year|(?P<ref>{_EN_REF})\s+year)\b"
            rf"(?!'s|\s+(?i:old|earlier))"
            rf"|\b(?:(?i:later|earlier)\s+that\s+month|(?P<mref>{_EN_REF})\s+month)\b(?!'s)"
            rf"|\b(?P<wref>(?i:later|earlier)\s+(?:that|in\s+the)|(?i:that\s+same|the\s+same))"
            r"\s+(?i:week)\b"
            r"(?!'s)"
        ),
        _en_story_period,
    ),
]


def _vague_span(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """An event months or years away from the main one, left undated (see
    :func:`_vague`): "nearly a year after Mogadishu cut ties", "بعد نحو سبع سنوات من
    إغلاقها"."""
    return None, "vague"


_EN_STORY_PATTERNS.append(
    (
        re.compile(
            r"(?i)\b(?:(?:nearly|almost|about|around|some|roughly|just|only|more\s+than"
            rf"|less\s+than|over)\s+)?(?:(?:a|an|{_EN_NUM}|\d{{1,2}}|several|a\s+few|many)\s+)?"
            r"(?:months?|years?|decades?)\s+(?:after|before)\b"
        ),
        _vague_span,
    )
)


def _en_years_later(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """ "seven years later", "a month earlier": the year (month) of the time told before,
    moved (S6-H12)."""
    n = _en_count(m)
    if n is None:
        return None, "vague"
    sign = 1 if m.group("dir").lower() == "later" else -1
    unit = "y" if m.group("u").lower().startswith("y") else "M"
    return f"@{unit}{sign * n}", "anaphoric"


_EN_STORY_PATTERNS.append(
    (
        re.compile(
            rf"(?i)\b(?:(?:only|just|some|nearly|almost|about|more\s+than)\s+)?"
            rf"(?P<n>{_EN_NUM}|\d{{1,2}})\s+(?P<u>years?|months?)\s+(?P<dir>later|earlier)\b"
        ),
        _en_years_later,
    )
)


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
"""Northern seasons by their first and last month (winter spans two years: left out)."""


_AR_SEASONS = {fold("الربيع"): "spring", fold("الصيف"): "summer", fold("الخريف"): "autumn"}


_AR_SEASON_QUAL = {
    fold(k): v
    for k, v in {
        "الماضي": "last", "المنصرم": "last", "الفائت": "last", "المقبل": "next",
        "القادم": "next", "الحالي": "this", "الجاري": "this",
    }.items()
}  # fmt: skip


def _season_year(season: str, rel: str, pub: date | None) -> str | None:
    """The year of "last summer", "next spring", "this autumn" (S6-H12)."""
    if pub is None:
        return None
    first, last = _SEASONS[season]
    if rel == "last":
        return str(pub.year if pub.month > last else pub.year - 1)
    if rel == "next":
        return str(pub.year if pub.month < first else pub.year + 1)
    return str(pub.year)


def _en_season(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    rel = m.group("rel").lower()
    rel = {"past": "last", "coming": "next"}.get(rel, rel)
    return _season_year(m.group("s").lower(), rel, pub), "relative"


def _ar_season(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    return _season_year(_AR_SEASONS[m.group("s")], _AR_SEASON_QUAL[m.group("q")], pub), "relative"


_EN_STORY_PATTERNS.append(
    (
        re.compile(
            r"(?i)\b(?P<rel>last|next|this|past|coming)\s+(?P<s>spring|summer|autumn|fall)\b"
        ),
        _en_season,
    )
)


_EN_PATTERNS += _EN_STORY_PATTERNS
