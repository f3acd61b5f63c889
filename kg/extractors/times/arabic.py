"""Arabic time patterns over folded text (``_AR_PATTERNS``) and their handlers: a month with its
day or ordinal ("الثامن عشر من نيسان"), relative qualifiers ("فبراير الماضي"), weekdays,
deictic words ("أمس"، "الأسبوع الماضي"), counts ago and since ("قبل يومين"، "منذ
يومين"), offsets ("بعد ذلك بيومين"), times of the story ("العام نفسه"), vague stretches.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extractors.lexicon import word_set
from kg.extractors.text import fold
from kg.extractors.times.english import (
    _AR_SEASON_QUAL,
    _AR_SEASONS,
    _ar_season,
    _coming,
    _early_in_january,
    _offset_spec,
    _vague,
    _vague_span,
)
from kg.extractors.times.expression import (
    _AR_DUAL_OR_UNIT,
    _AR_MON_PAIR,
    _AR_NUMBER_WORDS,
    _AR_ORDINAL_DAYS,
    _AR_PLURAL_UNITS,
    _AR_WEEKDAYS,
    _ago,
    _alt,
    _day_year,
    _iso,
    _period,
    _weekday,
)
from kg.extractors.times.handlers import (
    _YEAR_SPAN,
    Handler,
    _ahead,
    _ar_month,
    _day_rel_year,
    _h_ymd,
    _int,
    _month_day,
    _month_only,
    _numeric,
    _year,
    _year_range,
)


def _ar_month_day(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``20 آذار/مارس 2025``, ``3 أيار الماضي`` (a qualifier sets the year), ``5 يناير``."""
    rel = _ar_rel(m)
    if rel is None or m.group("y"):
        return _month_day(_ar_month)(m, pub)
    mon, day = _ar_month(m), _int(m, "d")
    y = _day_rel_year(mon, day, pub, rel)
    return (_iso(y, mon, day) if y else None), "relative"


_MONTH_PARTS_AR = sorted(word_set("dates.month_parts_ar"), key=len, reverse=True)


_AR_PART_BEFORE_ORDINAL = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(_MONTH_PARTS_AR)})\s+$")
"""A part of a month before an ordinal ("الأسبوع الأول من يونيو", "النصف الثاني من
الشهر الماضي"): the ordinal counts weeks or halves, not days; the month is the time."""


def _ar_ordinal(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``الثامن عشر من نيسان (الماضي|2023)`` and ``الأول من الشهر الجاري``: a day; the
    month when the ordinal counts a part of it ("الأسبوع الأول من يونيو")."""
    day = _AR_ORDINAL_DAYS[re.sub(r"\s+", " ", m.group("od"))]
    if _AR_PART_BEFORE_ORDINAL.search(m.string, max(0, m.start() - 14), m.start()):
        value, kind = _ar_ordinal_day(m, pub, day)
        return (value[:7] if value else None), kind
    return _ar_ordinal_day(m, pub, day)


def _ar_ordinal_of_ref(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """:func:`_ar_ordinal` for the day of a month told relatively ("الأول من الشهر
    الجاري"): a handler of its own, so that only the windows holding "الشهر", which every
    match holds, are searched (:data:`kg.extractors.times.windows._IN_EVERY_MATCH`)."""
    return _ar_ordinal(m, pub)


def _ar_ordinal_day(m: re.Match[str], pub: date | None, day: int) -> tuple[str | None, str]:
    """The day ``day`` of the month :func:`_ar_ordinal` matched."""
    if m.groupdict().get("mon"):
        mon = _ar_month(m)
        if m.group("y"):
            return _iso(_int(m, "y"), mon, day), "absolute"
        rel = _ar_rel(m)
        y = _day_rel_year(mon, day, pub, rel) if rel else _day_year(mon, day, pub)
        return (_iso(y, mon, day) if y else None), "relative"
    unit, delta = _AR_DEICTIC[re.sub(r"\s+", " ", m.group("w"))]
    month = _period(unit, delta, pub)
    if month is None:
        return None, "deictic"
    y, mo = (int(x) for x in month.split("-"))
    return _iso(y, mo, day), "deictic"


# Arabic (over folded text) ----------------------------------------------------------

_F = fold


_AR_REL_QUAL = {
    _F("الماضي"): "last",
    _F("المنصرم"): "last",
    _F("الفائت"): "last",
    _F("المقبل"): "next",
    _F("القادم"): "next",
    _F("الجاري"): "this",
    _F("الحالي"): "this",
    _F("من العام الماضي"): "prev-year",
    _F("من العام المنصرم"): "prev-year",
    _F("من السنة الماضية"): "prev-year",
    _F("من العام قبل الماضي"): "prev2-year",
    _F("من السنة قبل الماضية"): "prev2-year",
    _F("من العام الجاري"): "this",
    _F("من العام الحالي"): "this",
    _F("من هذا العام"): "this",
    _F("من السنة الحالية"): "this",
    _F("من العام المقبل"): "next-year",
    _F("من العام القادم"): "next-year",
    _F("من السنة المقبلة"): "next-year",
}


_AR_QUAL_ALT = _alt(list(_AR_REL_QUAL))


_AR_PREP = _alt(
    [
        _F(w)
        for w in (
            "في", "خلال", "منذ", "حتى", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية", "بداية",
            "أواسط", "شهر", "من", "قبل", "بعد", "مع", "طيلة", "طوال", "غضون", "ابتداء من",
            "حلول",
        )
    ]
)  # fmt: skip


_AR_YEAR_WORD = _alt([_F(w) for w in ("عام", "العام", "سنة", "السنة", "عامي", "سنتي")])


# words opening with a future verb's letters that are nouns or names (S14-DATES): stems
# (a word that opens with one is no verb) and whole words
_NOT_FUTURE_AR = sorted(word_set("dates.not_future_stems_ar"))


_NOT_FUTURE_AR_WORDS = sorted(word_set("dates.not_future_words_ar"))


def _ar_rel(m: re.Match[str]) -> str | None:
    q = m.groupdict().get("q")
    return _AR_REL_QUAL.get(re.sub(r"\s+", " ", q)) if q else None


def _ar_weekday(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    q = m.group("q")
    bl = m.group("bl")
    if q and bl:
        q = q[len(bl) :]
    rel = _AR_REL_QUAL.get(q.removesuffix("ة")) if q else None  # "الجمعة الماضية" too
    pre = m.group("p") or ""
    if pre.endswith(_F("أول أمس")):
        return _period("day", -2, pub), "relative"
    if pub is not None and pre.endswith((_F("غدا"), _F("غداً"), _F("يوم غد"), _F("بعد غد"))):
        # "يوم غد الجمعة", "بعد غد السبت": the coming one (S11-R2-DATES)
        return _coming(_AR_WEEKDAYS[m.group("wd")], pub), "relative"
    if rel not in ("last", "next"):
        rel = None
    if (
        rel is None
        and pub is not None
        and not pre.endswith((_F("أمس"), _F("منذ"), _F("حتى")))
        and (
            _ahead(m)
            or _AR_FUTURE_VERB_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
            or _future_head_ar(m.string, m.start())
        )
    ):
        return _coming(_AR_WEEKDAYS[m.group("wd")], pub), "relative"  # "سيجتمع الثلاثاء"
    day = _weekday(_AR_WEEKDAYS[m.group("wd")], pub, rel)
    if bl and day is not None:
        # "الخميس قبل الماضي": the one a week before the last one (S7-H16)
        day = (date.fromisoformat(day) - timedelta(days=7)).isoformat()
    return day, "relative"


# the head of a clause in the future ("وسيلتقي الوزير نظيره الروسي الثلاثاء", "ستعقد
# القمة في الرياض الأحد"): its weekday is the coming one (S14-DATES); nouns and names
# that open with the same letters are not verbs
_AR_CLAUSE_OPEN = re.compile(r"[.\n،,؛;:!?؟]")


_AR_FUTURE_HEAD = re.compile(
    rf"[وف]?(?!{'|'.join(_NOT_FUTURE_AR)})"
    rf"(?!(?:{'|'.join(_NOT_FUTURE_AR_WORDS)})$){_F('س')}[يتن][^\W\d_]{{2,}}"
)


def _future_head_ar(text: str, start: int) -> bool:
    """Whether the clause of the Arabic weekday at ``start`` opens, within 60 characters,
    with a verb in the future ("وسيزور الرئيس موسكو الثلاثاء")."""
    lo = max(0, start - 60)
    head = text[lo:start]
    opened = [mm.end() for mm in _AR_CLAUSE_OPEN.finditer(head)]
    if opened:
        head = head[opened[-1] :]
    elif lo > 0:
        return False  # the clause opens further back
    words = head.split()
    return bool(words) and _AR_FUTURE_HEAD.fullmatch(words[0]) is not None


_AR_DEICTIC: dict[str, tuple[str, int]] = {
    _F(k): v
    for k, v in {
        "أمس": ("day", -1),
        "البارحة": ("day", -1),
        "أول أمس": ("day", -2),
        "أول من أمس": ("day", -2),
        "أمس الأول": ("day", -2),
        "قبل أمس": ("day", -2),  # "ما قبل أمس" too (S12-DATES)
        "اليوم": ("day", 0),
        # this morning, hours ago, in the last hours: the day of the report (S12-DATES)
        "هذا الصباح": ("day", 0),
        "هذا المساء": ("day", 0),
        "قبل ساعات": ("day", 0),
        "قبل ساعات قليلة": ("day", 0),
        "قبل قليل": ("day", 0),
        "الساعات الماضية": ("day", 0),
        "الساعات الأخيرة": ("day", 0),
        "الساعات القليلة الماضية": ("day", 0),
        "الليلة": ("day", 0),
        # last night, told the morning after (S8-R3-H4)
        "الليلة الماضية": ("day", -1),
        "الليلة قبل الماضية": ("day", -2),
        "غدا": ("day", 1),
        "غداً": ("day", 1),
        # "صباح الغد", "يوم غد", "بعد غد" (S11-R2-DATES); a bare "الغد" is also "the future"
        "يوم غد": ("day", 1),
        "يوم الغد": ("day", 1),
        "صباح الغد": ("day", 1),
        "صباح غد": ("day", 1),
        "مساء الغد": ("day", 1),
        "مساء غد": ("day", 1),
        "ظهر الغد": ("day", 1),
        "ليل الغد": ("day", 1),
        "بعد غد": ("day", 2),
        "بعد الغد": ("day", 2),
        "الشهر الماضي": ("month", -1),
        "الشهر المنصرم": ("month", -1),
        "الشهر الفائت": ("month", -1),
        "الشهر الجاري": ("month", 0),
        "الشهر الحالي": ("month", 0),
        "هذا الشهر": ("month", 0),
        "الشهر المقبل": ("month", 1),
        "الشهر القادم": ("month", 1),
        "العام الماضي": ("year", -1),
        "العام المنصرم": ("year", -1),
        "العام الفائت": ("year", -1),
        "السنة الماضية": ("year", -1),
        "العام الجاري": ("year", 0),
        "العام الحالي": ("year", 0),
        "هذا العام": ("year", 0),
        "السنة الحالية": ("year", 0),
        "السنة الجارية": ("year", 0),
        "العام المقبل": ("year", 1),
        "العام القادم": ("year", 1),
        "السنة المقبلة": ("year", 1),
        "الأسبوع الماضي": ("week", -1),
        "الأسبوع المنصرم": ("week", -1),
        "الأسبوع الفائت": ("week", -1),
        "الأسبوع الجاري": ("week", 0),
        "الأسبوع الحالي": ("week", 0),
        "هذا الأسبوع": ("week", 0),
        "الأسبوع المقبل": ("week", 1),
        "الأسبوع القادم": ("week", 1),
        # the one before last (S7-H9)
        "العام قبل الماضي": ("year", -2),
        "السنة قبل الماضية": ("year", -2),
        "الشهر قبل الماضي": ("month", -2),
        "الأسبوع قبل الماضي": ("week", -2),
    }.items()
}


_AR_WEEK_END_BEFORE = re.compile(
    rf"(?<![^\W\d_])[وفب]?(?:{'|'.join(fold(w) for w in 'نهاية أواخر ختام آخر'.split())})\s+$"
)
"""The end of a week before "الأسبوع الماضي" ("نهاية الأسبوع الماضي", "عطلة نهاية
الأسبوع الماضي")."""


_AR_BEFORE_EVENT = re.compile(rf"\s+(?:{_F('من')}|{_F('على')})(?![^\W\d_])")


def _ar_deictic(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    word = re.sub(r"\s+", " ", m.group("w"))
    if word.startswith(_F("قبل")) and _AR_BEFORE_EVENT.match(m.string, m.end()):
        # "قبل ساعات من الاجتماع": hours before an event, no "hours ago"
        raise ValueError(word)
    unit, delta = _AR_DEICTIC[word]
    if unit == "year" and delta == 0 and _early_in_january(m, pub):
        return _period("month", 0, pub), "deictic"  # "مطلع العام الجاري" in January
    if (
        unit == "week"
        and delta == -1
        and pub is not None
        and _AR_WEEK_END_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    ):
        # "نهاية الأسبوع الماضي": the Saturday before this week (one that starts on
        # Sunday), whose month may be the publication's (S12-DATES)
        end = pub - timedelta(days=pub.isoweekday() % 7 + 1)
        return _iso(end.year, end.month), "deictic"
    return _period(unit, delta, pub), "deictic"


def _ar_ago(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    if m.group("du"):
        unit, n = _AR_DUAL_OR_UNIT[m.group("du")]
        return _ago(unit, n, pub), "relative"
    raw = m.group("n")
    n = int(raw) if raw.isdigit() else _AR_NUMBER_WORDS.get(raw, 1)
    return _ago(_AR_PLURAL_UNITS[m.group("u")], n, pub), "relative"


def _ar_since_ago(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """ "وصل إلى دمشق منذ يومين": منذ with a count of days or weeks is that long ago, the
    start of what is told (S11-R2-DATES); longer stretches ("منذ عامين") stay open."""
    return _ar_ago(m, pub)


_AR_NOT_DEICTIC_AFTER = ("التالي", "التالية", "السابق", "الموالي", "الذي", "نفسه", "ذاته")
"""Words after اليوم/الشهر that make it count from an earlier event ("اليوم التالي")."""


_AR_WD = _alt(list(_AR_WEEKDAYS))


_AR_PRE_WD = _alt(
    [
        _F(w)
        for w in (
            "يوم", "اليوم", "أمس", "أول أمس", "مساء", "صباح", "ليلة", "ليل", "فجر", "ظهر",
            "عصر", "منذ", "حتى", "نهار", "ظهيرة", "مساء يوم", "صباح يوم", "ليلة يوم",
            "غدا", "غداً", "يوم غد", "بعد غد",
        )
    ]
)  # fmt: skip


# (whole words only: "الإيطالي يوم الثلاثاء", "مجلس الأمن يوم الاثنين" keep their day, S6-H12)
_AR_NOT_BEFORE_WD = re.compile(_F(r"(?<![^\W\d_])(?:بين|من|كلا|هذين|هاتين|إلى)\s+$"))


_LATE_OF_AR = word_set("dates.late_of_ar")


_AR_LATE_OF = re.compile(rf"(?<![^\W\d_])(?:{_alt(list(_LATE_OF_AR))})\s+{_F('من')}\s+$")
"""A part of the day before "من" (S10-H4): "في ساعة متأخرة من مساء الأحد"، "في الساعات الأولى
من صباح الأحد" is late on Sunday, no "from Sunday" of a range."""


_W = r"(?<![^\W\d_])"  # start of an Arabic/Latin word


_WE = r"(?![^\W\d_])"  # end of a word


_AR_SINCE_AGO_DUAL = [_F(w) for w in ("يومين", "أسبوع", "أسبوعين")]


_AR_SINCE_AGO_PLURAL = [_F(w) for w in ("أيام", "يوما", "يوماً", "أسابيع")]


_AR_SINCE_AGO = re.compile(
    rf"{_W}[وف]?{_F('منذ')}\s+(?:(?:{_F('نحو')}|{_F('حوالي')}|{_F('قرابة')}|{_F('زهاء')})\s+)?"
    rf"(?:(?P<du>{_alt(_AR_SINCE_AGO_DUAL)})|(?P<n>\d{{1,2}}|"
    rf"{_alt(list(_AR_NUMBER_WORDS))})\s+(?P<u>{_alt(_AR_SINCE_AGO_PLURAL)})){_WE}"
)


def ago_since(text: str, start: int) -> bool:
    """Whether the "since" time at ``start`` counts days or weeks back ("منذ يومين", "منذ
    ثلاثة أيام"): a point that long ago, not a stretch's year (S11-R2-DATES)."""
    return _AR_SINCE_AGO.match(text, start) is not None


_AR_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(r"\b(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})\b"), _h_ymd),
    (re.compile(r"\b(?P<y>\d{4})/(?P<mo>\d{1,2})/(?P<d>\d{1,2})\b"), _h_ymd),
    (re.compile(r"\b(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})\b"), _numeric(True)),
    (
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?:{_F('من')}\s+)?(?:{_F('شهر')}\s+)?{_W}(?:[وب])?"
            rf"{_AR_MON_PAIR}{_WE}(?:\s*(?:{_F('من')}\s+)?(?:(?:{_AR_YEAR_WORD})\s+)?"
            rf"(?P<y>\d{{4}})(?!\d)|\s+(?P<q>{_AR_QUAL_ALT}){_WE})?"
        ),
        _ar_month_day,
    ),
    (
        re.compile(
            rf"{_W}(?:[وفب]?{_F('في')}\s+)?(?P<od>{_alt(list(_AR_ORDINAL_DAYS))})\s+"
            # a span of two days is dated to its first: "يومي السابع والعشرين والثامن
            # والعشرين من أغسطس" (S14-DATES)
            rf"(?:{_F('و')}(?:{_alt(list(_AR_ORDINAL_DAYS))})\s+)?{_F('من')}\s+"
            rf"(?:{_F('شهر')}\s+)?{_AR_MON_PAIR}{_WE}(?:\s+(?P<q>{_AR_QUAL_ALT}){_WE}|\s*(?:(?:{_F('من')}"
            rf"\s+)?(?:(?:{_AR_YEAR_WORD})\s+)?)?(?P<y>\d{{4}})(?!\d))?"
        ),
        _ar_ordinal,
    ),
    (
        re.compile(
            rf"{_W}(?:[وفب]?{_F('في')}\s+)?(?P<od>{_alt(list(_AR_ORDINAL_DAYS))})\s+{_F('من')}\s+"
            rf"(?P<w>{_alt([k for k in _AR_DEICTIC if k.startswith(_F('الشهر'))])}){_WE}"
        ),
        _ar_ordinal_of_ref,
    ),
    (
        re.compile(
            rf"{_W}(?:[وفب]?(?:{_AR_PREP})\s+)?(?:{_F('شهر')}\s+)?{_AR_MON_PAIR}{_WE}\s*"
            rf"(?:(?:{_F('من')}\s+)?(?:(?:{_AR_YEAR_WORD})\s+)?)?(?P<y>\d{{4}})(?!\d)"
        ),
        _month_only(_ar_month, _ar_rel),
    ),
    (
        re.compile(
            rf"{_W}(?:[وفب]?(?:{_AR_PREP})\s+)?(?:{_F('شهر')}\s+)?{_AR_MON_PAIR}{_WE}"
            rf"\s+(?P<q>{_AR_QUAL_ALT}){_WE}"
        ),
        _month_only(_ar_month, _ar_rel),
    ),
    (
        re.compile(rf"{_W}[وفب]?(?:{_AR_PREP})\s+(?:{_F('شهر')}\s+)?{_AR_MON_PAIR}{_WE}(?!\s*\d)"),
        _month_only(_ar_month, _ar_rel),
    ),
    (
        re.compile(
            rf"{_W}(?:(?P<p>[وفب]?(?:{_AR_PRE_WD}))\s+)?(?:[وفب]?{_F('يوم')}\s+)?"
            rf"(?P<wd>{_AR_WD}){_WE}(?:\s+(?P<q>(?:(?P<bl>{_F('قبل')}\s+)?{_F('الماضي')}|{_F('المقبل')}|{_F('القادم')}"
            rf"|{_F('المنصرم')}|{_F('الفائت')})ة?){_WE})?"
        ),
        _ar_weekday,
    ),
    (
        re.compile(
            rf"{_W}[وفبل]?(?P<w>{_alt(list(_AR_DEICTIC))}){_WE}"
            rf"(?!\s+(?:{_alt([_F(w) for w in _AR_NOT_DEICTIC_AFTER])}))"
        ),
        _ar_deictic,
    ),
    (
        re.compile(
            rf"{_W}[وف]?{_F('قبل')}\s+(?:(?:{_F('نحو')}|{_F('حوالي')}|{_F('قرابة')}|{_F('زهاء')})\s+)?"
            rf"(?:(?P<du>{_alt(list(_AR_DUAL_OR_UNIT))})|(?P<n>\d{{1,2}}|"
            rf"{_alt(list(_AR_NUMBER_WORDS))})\s+(?P<u>{_alt(list(_AR_PLURAL_UNITS))})){_WE}"
        ),
        _ar_ago,
    ),
    (_AR_SINCE_AGO, _ar_since_ago),
    (
        re.compile(
            rf"{_W}(?:[وفب]?(?:{_AR_PREP}|{_F('صيف')}|{_F('شتاء')}|{_F('ربيع')}|{_F('خريف')})\s+)"
            rf"(?:(?:{_AR_YEAR_WORD})\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d|[-/]\d{{1,2}}[-/]\d)"
        ),
        _year,
    ),
    (
        re.compile(rf"{_W}[وفبل]?(?:{_AR_YEAR_WORD})\s+(?P<y>(?:19|20)\d{{2}})(?!\d)"),
        _year,
    ),
    (re.compile(rf"(?<![\d/-]){_YEAR_SPAN}"), _year_range),
]


_AR_ANAPHORA_PHRASES = tuple(
    _F(p)
    for p in (
        "وقتها", "آنذاك", "انذاك", "حينها", "حينذاك", "في ذلك الوقت", "في اليوم نفسه",
        "في اليوم ذاته", "في نفس اليوم", "في ذلك اليوم", "اليوم نفسه", "اليوم ذاته",
    )
)  # fmt: skip


_AR_ANAPHORA = re.compile(rf"{_W}[وف]?(?:{'|'.join(_AR_ANAPHORA_PHRASES)}){_WE}")


_AR_OFFSET_UNITS = {
    _F(k): v
    for k, v in {
        "ساعة": ("h", 1), "ساعتين": ("h", 2), "ساعات": ("h", None), "يوم": ("d", 1),
        "يومين": ("d", 2), "أيام": ("d", None), "أسبوع": ("w", 1), "أسبوعين": ("w", 2),
        "أسابيع": ("w", None),
    }.items()
}  # fmt: skip


_AR_COUNTED_UNITS = {
    _F(k): v
    for k, v in {"ساعات": "h", "أيام": "d", "يوما": "d", "يوماً": "d", "أسابيع": "w"}.items()
}


def _ar_offset(m: re.Match[str], sign: int) -> str:
    if m.group("du"):
        unit, n = _AR_OFFSET_UNITS[m.group("du")]
    else:
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else _AR_NUMBER_WORDS.get(raw, 1)
        unit = _AR_COUNTED_UNITS[m.group("u")]
    return _offset_spec(unit, n, sign)


def _ar_after(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``بعد يومين من الهجوم``: the event of the من-phrase two days before the main one."""
    return "<" + _ar_offset(m, -1), "after"


def _ar_later(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``في اليوم التالي``, ``بعد ذلك بيومين``, ``قبل ذلك بيوم``: from the time told before."""
    if m.group("nx"):
        return "@d1", "anaphoric"
    if m.group("pv"):
        return "@d-1", "anaphoric"
    if m.group("same"):
        return "@d0", "anaphoric"  # "في وقت لاحق من اليوم"، "بعد ساعات"
    return "@" + _ar_offset(m, 1 if m.group("dir") == _F("بعد") else -1), "anaphoric"


_AR_OFFSET_UNIT = (
    rf"(?:(?P<du>{_alt(list(_AR_OFFSET_UNITS))})|(?P<n>\d{{1,2}}|{_alt(list(_AR_NUMBER_WORDS))})"
    rf"\s+(?P<u>{_alt(list(_AR_COUNTED_UNITS))}))"
)


_AR_VAGUE_WORDS = tuple(
    _F(w)
    for w in (
        "الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات", "الأعوام", "العقود", "السنين",
        "الفترة", "المرحلة", "الآونة",
    )
)  # fmt: skip


_AR_VAGUE_SPANS = _alt(list(_AR_VAGUE_WORDS))


# the last two of a unit ("خلال العامين الماضيين", "في الشهرين الأخيرين"): a stretch,
# no time of the act (S8-R3-H4)
_AR_VAGUE_DUALS = tuple(_F(w) for w in "العامين السنتين الشهرين الأسبوعين اليومين العقدين".split())


_AR_VAGUE_DUAL_QUAL = _alt(
    [
        _F(w)
        for w in (
            "الماضيين الماضيتين الأخيرين الأخيرتين المنصرمين المنصرمتين السابقين "
            "السابقتين المقبلين المقبلتين القادمين القادمتين"
        ).split()
    ]
)


_AR_VAGUE_QUAL = _alt([_F(w) for w in "الماضية الأخيرة المقبلة القادمة المنصرمة السابقة".split()])


_AR_VAGUE_COUNTS = _alt(
    [_F(w) for w in "أيام أسابيع أشهر شهور سنوات أعوام عقود سنين فترة زمن مدة".split()]
)


_AR_OFFSET_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (
        re.compile(
            rf"{_W}[وف]?{_F('بعد')}\s+{_AR_OFFSET_UNIT}\s+(?:{_F('فقط')}\s+)?"
            rf"(?:{_F('من')}|{_F('على')}){_WE}"
        ),
        _ar_after,
    ),
    (
        re.compile(
            rf"{_W}(?:[وفب]?{_F('في')}\s+)?(?:(?:{_F('صباح')}|{_F('مساء')}|{_F('ظهر')}|{_F('فجر')})\s+)?"
            rf"{_F('اليوم')}\s+(?:(?P<nx>{_F('التالي')}|{_F('الموالي')}|{_F('اللاحق')})"
            rf"|(?P<pv>{_F('السابق')}))(?!\s+{_F('ل')})"
            rf"|{_W}[وف]?(?P<dir>{_F('بعد')}|{_F('قبل')})\s+{_F('ذلك')}\s+ب{_AR_OFFSET_UNIT}{_WE}"
            rf"|{_W}[وف]?(?P<same>(?:{_F('في وقت')}\s+(?:{_F('لاحق')}|{_F('سابق')})\s+{_F('من')}"
            rf"|(?:{_F('في')}\s+)?(?:{_F('صباح')}|{_F('مساء')}|{_F('ظهر')}|{_F('فجر')}|{_F('ليل')}"
            rf"|{_F('ليلة')}|{_F('خلال')}))\s+{_F('اليوم')}\s+(?:{_F('نفسه')}|{_F('ذاته')})"
            rf"|{_F('بعد ساعات')}(?!\s+(?:{_F('من')}|{_F('على')}){_WE}))"
        ),
        _ar_later,
    ),
    (
        re.compile(
            rf"{_W}[وف]?(?:(?:{_F('خلال')}|{_F('في')}|{_F('منذ')}|{_F('على مدى')}|{_F('على مدار')}"
            rf"|{_F('طوال')}|{_F('طيلة')})\s+)?(?:(?:{_AR_VAGUE_SPANS})\s+(?:{_AR_VAGUE_QUAL})"
            rf"|(?:{_alt(list(_AR_VAGUE_DUALS))})\s+(?:{_AR_VAGUE_DUAL_QUAL})){_WE}"
            rf"|{_W}[وف]?(?:{_F('منذ')}|{_F('قبل')})\s+(?:{_AR_VAGUE_COUNTS}){_WE}"
            rf"|{_W}[وف]?{_F('مؤخرا')}{_WE}"
            # "وفي وقت سابق، أشاد بوتين": earlier, not the day just told (not "في وقت
            # سابق من اليوم", "في وقت سابق هذا الشهر": those days are told) (S7-H9)
            rf"|{_W}[وف]?{_F('في وقت سابق')}(?!\s+(?:{_F('من')}|{_F('اليوم')}|{_F('هذا')}"
            rf"|{_F('هذه')}|{_F('الليلة')}){_WE})"
        ),
        _vague,
    ),
]


def _ar_fronted_later(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``وبعد يومين، رفعت المكسيك دعوى``: a count after the time told before, fronted
    before its clause (not ``بعد يومين من``: see :func:`_ar_after`) (S7-H16)."""
    return "@" + _ar_offset(m, 1), "anaphoric"


_AR_OFFSET_PATTERNS.append(
    (
        re.compile(rf"{_W}[وف]{_F('بعد')}\s+{_AR_OFFSET_UNIT}{_WE}(?:\s+{_F('فقط')})?(?=\s*[،,])"),
        _ar_fronted_later,
    )
)


_AR_PATTERNS += _AR_OFFSET_PATTERNS


_AR_YEAR_REF = {
    _F(k): v
    for k, v in {
        "العام نفسه": 0, "العام ذاته": 0, "نفس العام": 0, "ذلك العام": 0, "العام ذلك": 0,
        "السنة نفسها": 0, "السنة ذاتها": 0, "نفس السنة": 0, "تلك السنة": 0,
        "العام السابق": -1, "العام الذي سبقه": -1, "السنة السابقة": -1,
        "العام التالي": 1, "العام الذي تلاه": 1, "العام الذي يليه": 1, "السنة التالية": 1,
    }.items()
}  # fmt: skip


_AR_MONTH_REF = {
    _F(k): v
    for k, v in {
        "الشهر نفسه": 0, "الشهر ذاته": 0, "نفس الشهر": 0, "ذلك الشهر": 0,
        "الشهر السابق": -1, "الشهر الذي سبقه": -1, "الشهر التالي": 1, "الشهر الذي تلاه": 1,
        "الشهر الموالي": 1,
    }.items()
}  # fmt: skip


_AR_WEEK_REF = tuple(
    _F(w)
    for w in (
        "الأسبوع نفسه", "الأسبوع ذاته", "نفس الأسبوع", "ذلك الأسبوع", "الأسبوع ذلك",
        "وقت سابق من الأسبوع", "وقت لاحق من الأسبوع",
    )
)  # fmt: skip


_AR_PART_OF = _alt(
    [_F(w) for w in "مطلع أوائل أواخر منتصف نهاية بداية أواسط".split()]
)  # "early", "mid", "late" in a month or year


def _ar_story_period(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``في تشرين الثاني من العام السابق``, ``في العام التالي``, ``الشهر نفسه``: counted
    from the time told before (see :data:`_EN_STORY_PATTERNS`)."""
    if m.groupdict().get("wref"):
        return "@m0", "anaphoric"  # "في الأسبوع نفسه": the month of that week (S7-H16)
    if m.groupdict().get("mref"):
        return "@M" + str(_AR_MONTH_REF[re.sub(r"\s+", " ", m.group("mref"))]), "anaphoric"
    delta = _AR_YEAR_REF[re.sub(r"\s+", " ", m.group("ref"))]
    if not m.groupdict().get("mon"):
        return f"@y{delta}", "anaphoric"
    day = f":{int(m.group('d'))}" if m.group("d") else ""
    return f"@y{delta}:{_ar_month(m)}{day}", "anaphoric"


def _ar_day_of_ref_month(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``في التاسع عشر من الشهر نفسه``, ``في 19 من الشهر ذاته``, ``في السادس والعشرين
    منه``: a day of the month told before (S14-DATES)."""
    od = m.group("od")
    day = _AR_ORDINAL_DAYS[re.sub(r"\s+", " ", od)] if od else int(m.group("d"))
    if not 1 <= day <= 31:
        raise ValueError(day)
    mref = m.group("mref") or m.group("mref2")
    delta = _AR_MONTH_REF[re.sub(r"\s+", " ", mref)] if mref else 0
    return f"@M{delta}:{day}", "anaphoric"


def _ar_part_of_now(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``مطلع الشهر``, ``منتصف العام``, ``أواخر السنة``, ``مطلع الأسبوع`` with no
    qualifier: the current month, year or week."""
    unit = {_F("الشهر"): "month", _F("الأسبوع"): "week"}.get(m.group("u"), "year")
    if unit == "year" and pub is not None and pub.month == 1:
        part = m.group().split()
        if any(w.lstrip("وفب") in _AR_EARLY_PARTS for w in part):
            return _period("month", 0, pub), "deictic"  # "في مطلع العام" in January
    return _period(unit, 0, pub), "deictic"


_AR_EARLY_PARTS = frozenset(_F(w) for w in "مطلع أوائل بداية".split())


_AR_MONTH_QUAL = {
    _F(k): v
    for k, v in {
        "الجاري": 0, "الحالي": 0, "الماضي": -1, "المنصرم": -1, "الفائت": -1, "المقبل": 1,
        "القادم": 1,
    }.items()
}  # fmt: skip


def _ar_day_of_month(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``يوم 10 الجاري``, ``في 3 من الشهر الماضي``: a day of the current (last, next)
    month."""
    month = _period("month", _AR_MONTH_QUAL[m.group("q")], pub)
    if month is None:
        return None, "deictic"
    return _iso(int(month[:4]), int(month[5:7]), int(m.group("d"))), "deictic"


_AR_STORY_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (
        re.compile(
            rf"{_W}(?:[وفب]?(?:{_F('يوم')}|{_F('في')})\s+)?(?:{_F('ال')})?(?<!\d)(?P<d>\d{{1,2}})\s+"
            rf"(?:{_F('من')}\s+)?(?:{_F('الشهر')}\s+)?(?P<q>{_alt(list(_AR_MONTH_QUAL))}){_WE}"
        ),
        _ar_day_of_month,
    ),
    (
        re.compile(
            rf"{_W}(?:[وفب]?(?:{_AR_PREP})\s+)?(?:(?P<d>\d{{1,2}})\s+)?(?:{_F('شهر')}\s+)?"
            rf"{_AR_MON_PAIR}{_WE}\s+(?:{_F('من')}\s+)?(?P<ref>{_alt(list(_AR_YEAR_REF))}){_WE}"
        ),
        _ar_story_period,
    ),
    (
        # a day of the month told before: "وردت الجزائر في التاسع عشر من الشهر نفسه",
        # "في 19 من الشهر ذاته", "ثم أرسل وفدا في السادس والعشرين منه" (S14-DATES)
        re.compile(
            rf"{_W}[وفب]?(?:{_F('في')}\s+)?(?:{_F('يوم')}\s+)?"
            rf"(?:(?P<od>{_alt(list(_AR_ORDINAL_DAYS))})\s+(?:{_F('من')}\s+"
            rf"(?P<mref>{_alt(list(_AR_MONTH_REF))})|{_F('منه')})"
            rf"|(?<!\d)(?P<d>\d{{1,2}})\s+{_F('من')}\s+(?P<mref2>{_alt(list(_AR_MONTH_REF))})){_WE}"
        ),
        _ar_day_of_ref_month,
    ),
    (
        re.compile(
            rf"{_W}[وفب]?(?:(?:{_F('في')}|{_F('خلال')}|{_F('منذ')}|{_AR_PART_OF})\s+)?"
            rf"(?:(?P<ref>{_alt(list(_AR_YEAR_REF))})|(?P<mref>{_alt(list(_AR_MONTH_REF))})"
            rf"|(?P<wref>{_alt(list(_AR_WEEK_REF))}){_WE}(?!\s+(?:{_AR_QUAL_ALT}))){_WE}"
        ),
        _ar_story_period,
    ),
    (
        re.compile(
            rf"{_W}[وفب]?(?:{_F('في')}\s+)?(?:{_AR_PART_OF})\s+"
            rf"(?P<u>{_F('الشهر')}|{_F('العام')}|{_F('السنة')}|{_F('الأسبوع')}){_WE}"
            rf"(?!\s*(?:{_F('ال')}|\d|{_F('من')}{_WE}|{_F('نفس')}|{_F('ذات')}|{_F('ذلك')}"
            rf"|{_F('هذا')}|{_F('الذي')}|{_F('قبل')}{_WE}))"  # ("أواخر العام قبل الماضي")
        ),
        _ar_part_of_now,
    ),
]


_AR_LONG_UNITS = _alt(
    [
        _F(w)
        for w in (
            "أشهر شهور سنوات أعوام عقود سنين عام عامين سنة سنتين شهر شهرين عاما عاماً "
            "شهرا شهراً عقد عقدين"
        ).split()
    ]
)


_AR_STORY_PATTERNS.append(
    (
        re.compile(
            rf"{_W}[وف]?{_F('بعد')}\s+(?:(?:{_F('نحو')}|{_F('قرابة')}|{_F('حوالي')}|{_F('زهاء')}"
            rf"|{_F('أكثر من')}|{_F('أقل من')})\s+)?(?:[^\s،,.]+\s+)?(?:{_AR_LONG_UNITS})\s+"
            rf"(?:{_F('من')}|{_F('على')}){_WE}"
        ),
        _vague_span,
    )
)


_AR_LONG_DUAL = {
    _F(k): v
    for k, v in {
        "عام": ("y", 1), "عامين": ("y", 2), "سنة": ("y", 1), "سنتين": ("y", 2),
        "شهر": ("M", 1), "شهرين": ("M", 2),
    }.items()
}  # fmt: skip


_AR_LONG_PLURAL = {
    _F(k): v
    for k, v in {
        "سنوات": "y", "أعوام": "y", "عاما": "y", "عاماً": "y", "سنة": "y", "أشهر": "M",
        "شهور": "M", "شهرا": "M", "شهراً": "M",
    }.items()
}  # fmt: skip


_AR_FUTURE_VERB_BEFORE = re.compile(rf"{_W}[وف]?{_F('س')}[يتنا]\w+\s+$")
"""A verb in the future right before: "وستعيدها بعد عامين"."""


def _ar_years_later(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """``بعد ذلك بعامين``, ``قبل ذلك بثلاث سنوات``, ``وأعادتها بعد سبع سنوات.``: the year
    (month) of the time told before, moved; a count told about the future
    ("ستنسحب القوات بعد عامين") dates nothing (S6-H12)."""
    if _ahead(m) or _AR_FUTURE_VERB_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None, "vague"
    if m.group("du"):
        unit, n = _AR_LONG_DUAL[m.group("du")]
    else:
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else _AR_NUMBER_WORDS.get(raw, 1)
        unit = _AR_LONG_PLURAL[m.group("u")]
    sign = -1 if m.group("dir") == _F("قبل") else 1
    return f"@{unit}{sign * n}", "anaphoric"


_AR_LONG_COUNT = (
    rf"(?:(?P<du>{_alt(list(_AR_LONG_DUAL))})|(?P<n>\d{{1,2}}|{_alt(list(_AR_NUMBER_WORDS))})"
    rf"\s+(?P<u>{_alt(list(_AR_LONG_PLURAL))}))"
)


_AR_STORY_PATTERNS += [
    (
        re.compile(
            rf"{_W}[وف]?(?P<dir>{_F('بعد')}|{_F('قبل')})\s+{_F('ذلك')}\s+ب{_AR_LONG_COUNT}{_WE}"
        ),
        _ar_years_later,
    ),
    (
        re.compile(rf"{_W}[وف]?(?P<dir>{_F('بعد')})\s+{_AR_LONG_COUNT}(?=\s*[.،,؛;])"),
        _ar_years_later,
    ),
]


_AR_STORY_PATTERNS.append(
    (
        re.compile(
            rf"{_W}(?:[وفب]?{_F('في')}\s+)?(?:{_F('فصل')}\s+)?(?P<s>{_alt(list(_AR_SEASONS))})\s+"
            rf"(?P<q>{_alt(list(_AR_SEASON_QUAL))}){_WE}"
        ),
        _ar_season,
    )
)


_AR_PATTERNS += _AR_STORY_PATTERNS
