"""Time expressions in Arabic and English news, resolved to ISO partial dates.

:func:`find_times` finds the time expressions of a (normalised, see
:mod:`kg.extractors.text`) text and resolves each against the publication date
with the granularity the text gives:

* explicit dates: ``March 20, 2025``, ``20 آذار/مارس 2025``, ``2025-03-20``,
  ``20/03/2025`` -> ``YYYY-MM-DD``; ``March 2025``, ``تموز 2024`` -> ``YYYY-MM``;
  ``in 2023``, ``عام 1967`` -> ``YYYY``;
* months with a relative qualifier: ``last February``, ``فبراير الماضي``,
  ``in December of last year``, ``في ديسمبر من العام الماضي``, ``من شهر مارس
  الجاري``; a bare month is the most recent one (or one at most two months
  ahead);
* weekdays: ``on Thursday``, ``الخميس``, ``أمس الخميس`` -> the most recent such
  day on or before publication (``last``/``الماضي``: strictly before;
  ``next``/``المقبل``, and an arrangement ahead, ``planned for Monday``,
  ``scheduled for Friday``: strictly after);
* deictic expressions: ``yesterday``/``أمس``, ``today``/``اليوم``, ``this
  month``/``الشهر الجاري``, ``earlier this month``/``في وقت سابق من الشهر
  الجاري``, ``last week``, ``next month``, ``two days ago``/``قبل يومين``;
* anaphoric ones (``at the time``, ``ووقتها``, ``آنذاك``, ``on the same day``)
  take the value of the previous resolved expression; ``the next day``, ``two
  days later``, ``hours earlier``, ``في اليوم التالي``, ``بعد ذلك بيومين`` move it
  (and are dropped when nothing was told before them); a ``since``/``منذ`` time
  is a stretch up to now, not a point they count from;
* ``two days after <event>``, ``a week after``, ``بعد يومين من``: the event of
  the phrase, counted back from the main clause's time in the same sentence
  (kind ``"after"``);
* vague stretches (``in recent weeks``, ``over the past few days``, ``for
  years``, ``recently``, ``خلال الأيام الماضية``, ``منذ أشهر``, ``مؤخراً``) are
  found with no value (kind ``"vague"``), so that an act told with one is not
  dated from elsewhere.  Hijri dates are not resolved (a Hijri date written next
  to its Gregorian one, ``الموافق``, is read as the Gregorian);
* a span of days of one month (``March 5-6``, ``يومي 5 و6 مارس``) is its first
  day; a part of a month before an ordinal (``الأسبوع الأول من يونيو``) is the
  month; ``2 مارس الماضي``/``20 مارس المقبل`` is the nearest such day before/after
  publication; ``hours ago``, ``قبل ساعات``, ``هذا الصباح`` are the report's day;
* an agency dateline one to three days before publication (``CAIRO, Jan 14
  (Reuters) -``, ``أبوظبي في 7 فبراير / وام /``, ``الرياض ... الموافق 24 يناير 2024
  م واس``) is the day "today" and "yesterday" count from.

Month names cover the Egyptian/Gulf forms (يناير ... ديسمبر), the Levantine
ones (كانون الثاني ... كانون الأول, آذار, نيسان ...) and the Maghrebi ones
(جانفي, فيفري, أفريل ...), also written in pairs (``آذار/مارس``).  A month or
weekday word only counts as a date in a date context (a number, a year, a
preposition or a qualifier next to it), so "May" the modal and "مارس" the verb
are left alone.

Without a publication date only expressions that carry their own year are
resolved; the others get ``value=None``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from kg.extractors.lexicon import word_set
from kg.extractors.text import fold

# nouns that name again the ceremony of the story ("خلال مراسم التوقيع", "at the
# ceremony"): a sentence that names it tells that day (read by relations.py)
CEREMONY_REFS = word_set("dates.ceremony_refs")
# the Arabic reception formula of a visit ("وكان في استقبال الضيف لدى وصوله ...", "في
# مقدمة مستقبليه"): told with "كان" but the arrival of the visit the lead tells, no
# background
RECEPTION_AR = word_set("dates.reception_ar")
RECEPTION_HEADS_AR = word_set("dates.reception_heads_ar")  # "في استقبال", "في مقدمة مستقبليه"
# "وكان الرئيس قد استقبل ضيفه في القصر": the reception of the guest whose visit the lead
# dates, told in the pluperfect but no other visit (read by relations.py)
RECEPTION_VERBS_AR = word_set("dates.reception_verbs_ar")
# words that tell an act as another one than the dated act before it ("also struck",
# "had earlier targeted"): no restatement of that act (read by relations.py)
ANOTHER_ACT_EN = word_set("dates.another_act_en")
# the cause an act answers ("سحبت سفيرها، أمس، احتجاجا على ..."، "expelled on Monday in
# retaliation for ..."): an earlier event, not dated by the act's time (read by relations.py)
CAUSE_MARKERS = word_set("dates.cause_markers")
# a sentence that opens as the other side's answer to the event told before ("من جهته،
# أعرب ..."، "بدوره، قال ..."، "For its part, ..."): the same event, the same day (read by
# relations.py)
FOLLOW_ON = word_set("dates.follow_on")
# "وكان الرئيس أول من أعلن الاتفاق": told with "كان" but the first word of the event the
# lead tells, no background (read by relations.py)
FIRST_TO_AR = word_set("dates.first_to_ar")
# the event an act follows ("broke off relations after police stormed the embassy late
# Friday", "قطعت علاقاتها إثر اقتحام السفارة مساء الجمعة") (read by relations.py)
AFTER_EVENT = word_set("dates.after_event")
# nouns of an attack told as one event ("a missile attack", "الهجوم", "غارة"), not of a
# war or an occupation: condemned the day it is told, it took place that day (read by
# relations.py)
SINGLE_ATTACKS = word_set("dates.single_attacks")
# the purpose an act is done for, told right after it ("broke off relations in solidarity
# with Mexico", "قطعت علاقاتها تضامنا مع المكسيك"): a stance taken in that act, on its day
# (read by relations.py)
PURPOSE_NOUNS = word_set("dates.purpose_nouns")
# words that open another clause of a sentence after its act ("أعرب عن شكره، على أن يزور
# اليوم قطر"، "فيما يتوجه اليوم إلى الإمارات"): a time told past them is that clause's, no
# time of the act (read by relations.py)
OTHER_CLAUSE = word_set("dates.other_clause")
OTHER_CLAUSE_AN = word_set("dates.other_clause_an")  # with "أن" after it: "على أن"، "قبل أن"

__all__ = [
    "AFTER_EVENT",
    "ANOTHER_ACT_EN",
    "CAUSE_MARKERS",
    "CEREMONY_REFS",
    "FIRST_TO_AR",
    "FOLLOW_ON",
    "PURPOSE_NOUNS",
    "RECEPTION_AR",
    "RECEPTION_HEADS_AR",
    "RECEPTION_VERBS_AR",
    "SINGLE_ATTACKS",
    "TimeExpr",
    "ago_since",
    "contrast_between",
    "find_times",
    "nested_participle_between",
    "parse_dateline",
    "relative_between",
    "since_at",
    "wire_dateline",
]


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


# ----------------------------------------------------------------------------- patterns

Handler = Callable[["re.Match[str]", "date | None"], "tuple[str | None, str]"]

_EN_REL_WORD = {
    "last": "last",
    "past": "last",
    "previous": "last",
    "next": "next",
    "coming": "next",
    "this": "this",
    "earlier this": "this",
    "later this": "this",
}


def _int(m: re.Match[str], g: str) -> int:
    return int(m.group(g))


def _en_month(m: re.Match[str]) -> int:
    return _EN_MONTHS[m.group("mon").rstrip(".")]


def _ar_month(m: re.Match[str]) -> int:
    return _AR_MONTHS[re.sub(r"\s+", " ", m.group("mon"))]


def _h_ymd(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    return _iso(_int(m, "y"), _int(m, "mo"), _int(m, "d")), "absolute"


def _numeric(day_first: bool) -> Handler:
    def h(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
        a, b, y = _int(m, "a"), _int(m, "b"), _int(m, "y")
        if a > 12 or (day_first and b <= 12):
            return _iso(y, b, a), "absolute"
        return _iso(y, a, b), "absolute"

    return h


def _month_day(month_of: Callable[[re.Match[str]], int]) -> Handler:
    def h(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
        mon, day = month_of(m), _int(m, "d")
        if m.group("y"):
            return _iso(_int(m, "y"), mon, day), "absolute"
        y = _day_year(mon, day, pub)
        return (_iso(y, mon, day) if y else None), "relative"

    return h


def _month_only(
    month_of: Callable[[re.Match[str]], int], rel_of: Callable[[re.Match[str]], str | None]
) -> Handler:
    def h(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
        mon = month_of(m)
        if m.groupdict().get("y"):
            return _iso(_int(m, "y"), mon), "absolute"
        rel = rel_of(m)
        if rel is None and pub is not None and (_ahead(m) or (_deadline(m) and not _told_past(m))):
            rel = "this" if mon >= pub.month else "next"  # "will review it in February"
        elif rel is None and pub is not None and mon > pub.month and _told_past(m):
            rel = "last"  # "who flew to Doha in March" told in February: the March before
        y = _month_year(mon, pub, rel)
        return (_iso(y, mon) if y else None), "relative"

    return h


_FUTURE_BEFORE = re.compile(
    r"(?i)\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:expected|due|set|scheduled)"
    r"|plans?\s+to|planned|scheduled|due\s+to)\b|'ll\b"
    + r"|(?<![^\W\d_])[وف]?(?:"
    + "|".join(fold(w) for w in "سوف المقرر يعتزم تعتزم المرتقب المرتقبة مرتقبة".split())
    + r")(?![^\W\d_])"
    # "أن القمة ستعقد في يونيو", "إن بلاده ستسحب قواتها في مارس": the future prefix on the
    # verb of what is said, within two words of "أن"/"إن" (not "ستة", "سياسة") (S10-R2-H6)
    + rf"|(?<![^\W\d_])(?:{fold('أن')}|{fold('إن')}|{fold('بأن')})\s+(?:[^\s.،,]+\s+){{0,2}}"
    + r"(?!"
    + "|".join(
        fold(w) for w in "سياس سيطر سنو سنة ستة ستين سيار سياد سيول سيد سينا سيف سيل".split()
    )
    + r")س[تين][^\W\d_]{3,}(?![^\W\d_])"
)
_CLAUSE_END = re.compile(r"[.!?؟;؛]\s|\n")


def _ahead(m: re.Match[str]) -> bool:
    """Whether a bare month is told in a clause about the future ("The EU will review the
    sanctions in February", "ومن المقرر أن تعقد القمة في شباط"): then it is the coming
    one."""
    text = m.string
    lo = max(0, m.start() - 60)
    window = text[lo : m.start()]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    return _FUTURE_BEFORE.search(window) is not None


_DEADLINE_HEAD = re.compile(
    r"(?i)(?:\bby|\bno\s+later\s+than|\bdeadline\s+of)\s+"
    r"(?:the\s+(?:end|middle|beginning|start)\s+)?(?:of\s+)?$"
    + rf"|(?<![^\W\d_])[وف]?(?:{fold('بحلول')}|{fold('أقصاه')}|{fold('أقصاها')})\s+"
    + rf"(?:(?:{fold('نهاية')}|{fold('منتصف')}|{fold('مطلع')})\s+)?(?:{fold('شهر')}\s+)?$"
)
"""A deadline before a bare month ("by June", "no later than the end of March", "بحلول
نهاية يونيو", "في موعد أقصاه آذار"): the coming month unless the clause tells the past
(S10-R2-H6)."""


def _deadline(m: re.Match[str]) -> bool:
    """Whether the bare month of ``m`` is a deadline (:data:`_DEADLINE_HEAD` before it)."""
    at = m.start("mon")
    return _DEADLINE_HEAD.search(m.string, max(0, at - 40), at) is not None


_PAST_BEFORE = re.compile(
    # a past verb, not one that looks ahead ("agreed to meet in March")
    r"\b(?!(?:agreed|decided|promised|pledged|vowed|invited|asked|proposed|urged|called"
    r"|offered|threatened|hoped|wanted|intended|prepared|aimed|planned|scheduled|expected"
    r"|announced|needed|tasked|instructed|ordered)\b)"
    r"(?:[a-z]{3,}ed|flew|met|went|held|made|took|came|gave|sent|began|won|led"
    r"|left|struck|fought|spoke|brought|fled|saw|wrote|was|were|had|did|paid|shot)\b"
    r"(?![^.!?;]*\b(?:would|could|might|next|ahead)\b)"
    + r"|(?<![^\W\d_])[وف]?(?:"
    + "|".join(
        fold(w)
        for w in (
            "قد كان كانت زار زارت التقى التقت استقبل استقبلت وقع وقعت أعلن أعلنت عقدت "
            "أجرى أجرت شنت قصفت فرضت اتهم اتهمت وصل وصلت توجه توجهت استضاف "
            "استضافت بحثت هاجم هاجمت أطلق أطلقت استدعى استدعت"
        ).split()
    )
    + r")(?![^\W\d_])(?![^.!?؟;؛]*(?<![^\W\d_])(?:"
    + "|".join(fold(w) for w in "أن إن ل لـ كي لكي".split())
    + r")(?![^\W\d_]))"
)


def _told_past(m: re.Match[str]) -> bool:
    """Whether a bare month is told in a clause about the past ("Al Thani, who flew to
    Paris in March", "فيما زار الوزير أنقرة في نيسان"): then it is the most recent one,
    never one ahead of publication (S7-H16)."""
    text = m.string
    lo = max(0, m.start() - 90)
    window = text[lo : m.start()]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    return _PAST_BEFORE.search(window) is not None


def _day_rel_year(month: int, day: int, pub: date | None, rel: str) -> int | None:
    """The year of day ``day`` of ``month`` with a qualifier: "last" and "next" name the
    latest such day before ``pub`` and the first after it ("2 مارس الماضي" and "20 مارس
    المقبل" written on 10 March are this March's, S12-DATES); the others as for a
    month (:func:`_month_year`)."""
    if pub is None or rel not in ("last", "next"):
        return _month_year(month, pub, rel)
    for y in (pub.year, pub.year - 1) if rel == "last" else (pub.year, pub.year + 1):
        try:
            cand = date(y, month, day)
        except ValueError:
            return _month_year(month, pub, rel)
        if (cand < pub) if rel == "last" else (cand > pub):
            return y
    return _month_year(month, pub, rel)


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


def _year(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    return _iso(_int(m, "y")), "absolute"


def _year_range(m: re.Match[str], pub: date | None) -> tuple[str | None, str]:
    """A span of years ("the border war (1998-2000)", "between 1998 and 2000", "حرب
    (1980 - 1988)"): an act told over it is dated by its first year, as "from 1998"
    is. Not a span that runs backwards or over more than fifty years."""
    y, y2 = _int(m, "y"), _int(m, "y2")
    if not 0 < y2 - y <= 50:
        raise ValueError("not a span of years")
    return _iso(y), "absolute"


_YEAR_SPAN = r"(?P<y>(?:19|20)\d{2})\s*[-\u2013\u2014]\s*(?P<y2>(?:19|20)\d{2})(?![\d/-])"
"""Two years joined by a dash, as a span is written ("1998-2000", "1998 - 2000")."""


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
        _ar_ordinal,
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
        _en_day_of_month, _ar_day_of_ref_month,
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


_AR_SPAN_HEAD = re.compile(
    rf"(?<![\d/.-])(?P<d>\d{{1,2}})\s*(?:[-\u2013]|{_F('و')}|{_F('إلى')}|{_F('حتى')}\s)\s*$"
)
"""The first day of a span of days told before the last one's date ("يومي 15 و16 مارس",
"بين 5 و6 مارس", "من 3 إلى 5 يونيو")."""


def _first_day_of_span(out: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Arabic: a span of days of one month ("عقدت القمة يومي 5 و6 مارس") is dated to its
    first day, as the English "March 5-6" is (S12-DATES)."""
    res: list[TimeExpr] = []
    for t in out:
        v = t.value
        if v is not None and len(v) == 10 and text[t.start : t.start + 1].isdigit():
            lo = max(res[-1].end if res else 0, t.start - 12)
            m = _AR_SPAN_HEAD.search(text, lo, t.start)
            if m is not None and 1 <= int(m.group("d")) < int(v[8:]):
                t = TimeExpr(m.start(), t.end, f"{v[:8]}{int(m.group('d')):02d}", t.kind)
        res.append(t)
    return res


def find_times(text: str, lang: str, published: date | None) -> list[TimeExpr]:
    """Time expressions of ``text`` (normalised) sorted by offset, without overlaps.

    ``lang`` selects the patterns (``ar`` or anything else for English; both
    sets run on mixed text when ``lang`` is ``"und"``).
    """
    groups: list[
        tuple[list[tuple[re.Pattern[str], Handler]], re.Pattern[str], tuple[str, ...], bool]
    ]
    groups = []
    if lang != "en":
        groups.append((_AR_PATTERNS, _AR_ANAPHORA, _AR_ANCHORS, False))
    if lang != "ar":
        groups.append((_EN_PATTERNS, _EN_ANAPHORA, _EN_ANCHORS, True))
    found: set[tuple[int, int, str | None, str]] = set()
    for patterns, anaphora, _anchors, lower in groups:
        arabic = patterns is _AR_PATTERNS
        hay = text.lower() if lower else text
        windows = {"any": _windows(text, _deictic_anchors(arabic), lower, hay=hay)}
        # (case-insensitive patterns also match "ı" for "i" and "ſ" for "s", and lower()
        # can change lengths: then no window is left out)
        sure = len(hay) == len(text) and not (lower and ("ı" in hay or "ſ" in hay))
        for pat, handler in patterns:
            need = _anchor_class(pat, handler)
            if need not in windows:
                # a month, weekday or year sits inside its expression: a narrower window
                windows[need] = _windows(
                    text, _class_anchors(need, arabic), lower, _NARROW_BEFORE, _NARROW_AFTER, hay
                )
            spans = windows[need]
            if sure and handler in _IN_EVERY_MATCH:
                spans = _holding(spans, hay, _IN_EVERY_MATCH[handler])
            for ws, we in spans:
                for m in pat.finditer(text, ws, we):
                    if (
                        handler is _ar_weekday
                        and _AR_NOT_BEFORE_WD.search(text, max(0, m.start() - 8), m.start())
                        and not _AR_LATE_OF.search(text, max(0, m.start() - 24), m.start())
                    ):
                        continue
                    try:
                        value, kind = handler(m, published)
                    except (ValueError, KeyError, OverflowError):
                        continue
                    start, end = m.start(), m.end()
                    while start < end and text[start].isspace():
                        start += 1
                    found.add((start, end, value, kind))
        spans = windows["any"]
        if sure:
            spans = _holding(spans, hay, _AR_ANAPHORA_PHRASES if arabic else _EN_ANAPHORA_WORDS)
        for ws, we in spans:
            for m in anaphora.finditer(text, ws, we):
                found.add((m.start(), m.end(), None, "anaphoric"))
    # longest first at each start; drop anything overlapping an earlier choice
    ordered = sorted(found, key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[TimeExpr] = []
    last_end = -1
    for start, end, value, kind in ordered:
        if start < last_end:
            continue
        out.append(TimeExpr(start, end, value, kind))
        last_end = end
    out = _numeric_dateline(out, text, published)
    if published is not None and (filed := _filed_day(out, text, published)) is not None:
        # "CAIRO, Jan 14 (Reuters) -" on a page of Jan 15: "today" is the 14th (S9-R2-H7)
        return find_times(text, lang, filed)
    if lang != "en" and "الموافق" in text:
        out = _with_hijri(out, text)
    if lang != "en":
        out = _first_day_of_span(out, text)
    out = _named_days(_this_day_in(_overnight_into(out, text), text, published), text)
    if lang != "en":
        out = _night_of_two_days(out, text)
    return _resolve_anaphora(out, text, published)


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


def _shift(base: str | None, spec: str) -> str | None:
    """``base`` moved by a spec of :data:`_EN_OFFSET_PATTERNS` ("d-2", "m0"): a day keeps
    its granularity under a "d" spec and becomes its month under an "m" one; a month or
    year stays as it is."""
    if spec[:1] in ("y", "M"):
        return _shift_period(base, spec)
    if base is None or len(base) != 10:
        return base
    d = date.fromisoformat(base) + timedelta(days=int(spec[1:]))
    return d.isoformat() if spec[0] == "d" else d.isoformat()[:7]


def _shift_period(base: str | None, spec: str) -> str | None:
    """The year of ``base`` moved by a "y" spec ("y-1"; "y0:11" is November of it, "y0:11:5"
    its 5th), or its month moved by an "M" spec ("M1"; "M0:19" is the 19th of it); None
    without that much of a date."""
    if base is None or not base[:4].isdigit():
        return None
    head, _, rest = spec[1:].partition(":")
    if spec[0] == "M":
        if len(base) < 7:
            return None
        y, mo = _shift_month(int(base[:4]), int(base[5:7]), int(head))
        return _iso(y, mo, int(rest) if rest else None)  # "M0:19": the 19th of it
    y = int(base[:4]) + int(head)
    if not rest:
        return _iso(y)
    mon, _, day = rest.partition(":")
    return _iso(y, int(mon), int(day) if day else None)


_SENTENCE_END = re.compile(r"[.!?؟]\s|\n")
_SINCE_HEAD = re.compile(rf"(?i)(?:since|[وف]?{_F('منذ')})\s")


def _anchor(times: list[TimeExpr], i: int, text: str, published: date | None) -> str | None:
    """The time of the main clause that "two days after ..." at ``times[i]`` counts back
    from: the nearest resolved time of the same sentence that is not ahead of
    publication (one before the phrase first), else None."""
    t = times[i]
    limit = published.isoformat() if published is not None else None

    def usable(o: TimeExpr, lo: int, hi: int) -> bool:
        v = o.value
        return (
            v is not None
            and v[:1].isdigit()
            and o.kind != "after"
            and (limit is None or v <= limit[: len(v)])
            and not _SENTENCE_END.search(text, lo, hi)
        )

    for o in reversed(times[:i]):
        if usable(o, o.end, t.start):
            return o.value
    for o in times[i + 1 :]:
        if usable(o, t.end, o.start):
            return o.value
    return None


_OWN_TIME_GAP = re.compile(r"[^.!?؟,،;؛:\n]{0,60}")
_PHRASE_CLOSE = re.compile(r"\s*(?:[.!?؟,،;؛]|$)")


def _after_own_time(times: list[TimeExpr], i: int, text: str) -> str | None:
    """The time that closes the phrase of "بعد يومين من <event>" at ``times[i]`` after a
    main clause ("اتهمت روسيا أوكرانيا بقصف المدينة، بعد يومين من هجوم روسي على كييف
    يوم الثلاثاء."): the event's own time, not the main clause's to count back from;
    None when the phrase opens its sentence or no time closes it (S11-R2-DATES)."""
    t = times[i]
    if i + 1 >= len(times) or _F("بعد") not in text[t.start : t.end]:
        return None  # (English "came two days after X on Tuesday" is left as it was)
    o = times[i + 1]
    v = o.value
    if v is None or not v[:1].isdigit() or o.kind in ("after", "anaphoric", "vague"):
        return None
    head = text[max(0, t.start - 3) : t.start]
    if not head.strip() or _SENTENCE_END.search(head) or "\n" in head:
        return None  # the phrase opens the sentence: the time after it is the main clause's
    if _OWN_TIME_GAP.fullmatch(text, t.end, o.start) is None:
        return None
    return v if _PHRASE_CLOSE.match(text, o.end) else None


def _past_publication(value: str | None, limit: str | None) -> bool:
    """Whether a resolved ``value`` lies after the publication day ``limit`` (ISO)."""
    return (
        value is not None
        and limit is not None
        and value[:1].isdigit()
        and value > limit[: len(value)]
    )


_IN_THE_DAY = re.compile(r"(?i)(?:earlier|later)\s+(?:in|on)\s+the\s+day\b")
_AT_THE_TIME = re.compile(
    r"(?i)(?:at\s+(?:the|that)\s+time)\b|[وف]?(?:"
    + "|".join(_F(w) for w in ("وقتها", "آنذاك", "انذاك", "حينها", "حينذاك", "في ذلك الوقت"))
    + r")(?![^\W\d_])"
)
"""("حينها", "آنذاك", "at the time": the time of an act told before, given by its month,
as a day is only "في اليوم نفسه", "that day" (S14-DATES).)"""
"""("earlier in the day", "later in the day": the day of the story, S11-R2-DATES.)"""


def _resolve_anaphora(
    times: list[TimeExpr], text: str = "", published: date | None = None
) -> list[TimeExpr]:
    """Give "at the time" the previous resolved value, "the next day" that value moved,
    and "two days after" its anchor moved back; an offset with nothing to count from is
    dropped. A month or year of the story told in a new sentence ("Seoul responded the
    following month") counts from the first time of the sentence before, its main
    clause's, not from one of a clause after it ("in July 2019 after the court ruled in
    October 2018")."""
    prev: str | None = None
    lead: str | None = None  # the first time of the sentence of ``prev``
    prev_end = 0
    # the story's own line: the last time not told as background ("X, who visited Tehran
    # in November, ..."; "وكان X قد زار طهران في نوفمبر"); a new sentence's "days later"
    # goes on from it, not from the background (S7-H16)
    story: tuple[str, str | None, int] | None = None  # (value, its lead, its end)
    story_day: str | None = None  # the last day of the story's own line
    limit = published.isoformat() if published is not None else None
    background = False
    out: list[TimeExpr] = []
    for i, t in enumerate(times):
        spec = t.value
        marker = spec is not None and spec[:1] in ("<", "@")
        if not marker and _SINCE_HEAD.match(text, t.start):
            out.append(t)  # "since December": a stretch up to now, not where the story is
            continue
        new_sent = _SENTENCE_END.search(text, prev_end, t.start) is not None
        told: tuple[str | None, str | None] | None = None  # the background time skipped
        if (
            t.kind == "anaphoric"
            and spec is not None  # "days later"; "حينها"/"at the time" is the time just told
            and new_sent
            and background
            and story is not None
        ):
            told = (prev, lead)
            prev, lead, prev_end = story
        if spec is not None and spec[:1] == "<" and (own := _after_own_time(times, i, text)):
            t = TimeExpr(t.start, t.end, own, t.kind)
        elif spec is not None and spec[:1] == "<":
            base = _anchor(times, i, text, published)
            if base is None and _came_head(text, t.start):
                # "The law's passage came hours after ...": the time of "passed" told
                # before (S9-R2-H7); else the story's act ("The attack came a week after")
                base = _came_event_day(out, text, t.start) or (story[0] if story else None)
            value = _shift(base, spec[1:])
            t = TimeExpr(t.start, t.end, value, t.kind)
        elif t.kind == "anaphoric":
            if spec is not None and spec[:1] == "@":
                if prev is None and limit is not None and _IN_THE_DAY.match(text, t.start):
                    # "Earlier in the day, ..." with no day told before: the report's day
                    out.append(TimeExpr(t.start, t.end, limit, t.kind))
                    continue
                if prev is None:
                    continue
                base = lead if new_sent and spec[1:2] in ("y", "M") else prev
                if (
                    len(base or "") != 10
                    and story_day is not None
                    and _IN_THE_DAY.match(text, t.start)
                ):
                    # "expelled a diplomat on Monday. Moldova had expelled one last month.
                    # The ministry summoned the ambassador earlier in the day": the day of
                    # the story told last, not the background month (S12-DATES)
                    base = story_day
                value = _shift(base, spec[1:])
                if told is not None and _past_publication(value, limit):
                    # "وكان X قد وقع مطلع العام الجاري مذكرة. وردت Y في اليوم التالي" in an
                    # article of the 21st: the day after the story's day would be
                    # tomorrow; the reply follows the background act (S10-R2-H6)
                    alt = _shift(
                        told[1] if new_sent and spec[1:2] in ("y", "M") else told[0], spec[1:]
                    )
                    if alt is not None and not _past_publication(alt, limit):
                        value = alt
                t = TimeExpr(t.start, t.end, value, t.kind)
                prev = t.value or prev  # ("the same month" of a year: no month, same year)
            elif prev is None and limit is not None and _IN_THE_DAY.match(text, t.start):
                # "Earlier in the day, ..." with no day told before: the report's day
                t = TimeExpr(t.start, t.end, limit, t.kind)
            elif (
                len(prev or "") != 10 and story_day is not None and _IN_THE_DAY.match(text, t.start)
            ):
                t = TimeExpr(t.start, t.end, story_day, t.kind)  # (as above, S12-DATES)
            else:
                value = prev
                if value is not None and len(value) == 10 and _AT_THE_TIME.match(text, t.start):
                    value = value[:7]  # "حينها", "at the time": the month of it (S14-DATES)
                t = TimeExpr(t.start, t.end, value, t.kind)
        elif t.value is not None:
            prev = t.value
        if t.value is not None and t.value[:1].isdigit():
            if new_sent or lead is None:
                lead = t.value
            prev_end = t.end
            # (an "after" phrase dates the earlier event it names, not the story's line)
            background = (
                t.kind == "after"
                or (limit is not None and t.value[:10] > limit[: len(t.value)])  # a plan ahead
                or _AHEAD_WORD.search(text[t.start : t.end]) is not None  # "next week"
                or _told_as_background(text, t.start)
            )
            if not background:
                story = (t.value, lead, t.end)
                if len(t.value) == 10:
                    story_day = t.value
        out.append(t)
    return out


_CAME_HEAD = re.compile(
    r"(?i)^\s*(?:the|this|that|it|its)\b[^,.;!?]{0,50}?\b(?:came|comes)\s+$"
    + rf"|^\s*[وف]?(?:{_F('جاء')}|{_F('جاءت')}|{_F('يأتي')}|{_F('تأتي')}){_WE}"
    + r"(?:\s+[^\s،,.]+){1,3}\s+$"
)


_AHEAD_WORD = re.compile(
    rf"(?i)^(?:next|coming)\b|(?<![^\W\d_])(?:{fold('المقبل')}|{fold('المقبلة')}"
    rf"|{fold('القادم')}|{fold('القادمة')})(?![^\W\d_])"
)
"""A time ahead that may share the publication's month ("next week", "الأسبوع المقبل"):
a plan, not the story's line (S9-R2-H7)."""
_CAME_NOUN_EN = re.compile(r"(?i)\b([a-z]{5,})\s+(?:came|comes)\s+$")
_WORD_EN = re.compile(r"[A-Za-z]+")


def _came_event_day(times: list[TimeExpr], text: str, start: int) -> str | None:
    """English "The law's passage came hours after ...": the time told before, in one of
    the two sentences before, next to a verb of the named act ("passed the bill ... on
    May 14"; passage/passed, approval/approved, signing/signed share their first four
    letters), else None."""
    m = _CAME_NOUN_EN.search(text, max(0, start - 40), start)
    if m is None:
        return None
    stem = m.group(1)[:4].lower()
    for o in reversed(times):
        if o.value is None or not o.value[:1].isdigit() or o.kind == "after":
            continue
        ends = list(_SENTENCE_END.finditer(text, o.end, m.start()))
        if len(ends) > 2:
            return None
        clause = text[max(0, o.start - 60) : o.start]
        cut = _SENTENCE_END.search(clause)
        while cut is not None:
            clause = clause[cut.end() :]
            cut = _SENTENCE_END.search(clause)
        if any(w.lower().startswith(stem) for w in _WORD_EN.findall(clause)):
            return o.value
    return None


def _came_head(text: str, start: int) -> bool:
    """Whether the sentence up to ``start`` is "The attack came" / "وجاء الهجوم": the
    act it names is the one the story told before (S7-H16)."""
    lo = max(0, start - 80)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    if not ends:
        return False
    return _CAME_HEAD.search(text[ends[-1].end() : start]) is not None


_BACKGROUND_EN = re.compile(
    r"(?i)[,(]\s*(?:who|which|whose)\b[^,;()]*$|\bhad\s+(?:already\s+)?[a-z]+\b[^,;]*$"
)
_BACKGROUND_AR = re.compile(
    rf"^\s*[وف]?(?:{_F('كان')}|{_F('كانت')}|{_F('كانوا')}){_WE}.*{_W}{_F('قد')}{_WE}"
    rf"|،\s*[وف]?(?:{_F('الذي')}|{_F('التي')}|{_F('الذين')}){_WE}[^،]*$"
)


def _told_as_background(text: str, start: int) -> bool:
    """Whether the time at ``start`` is told as background to the story: in a relative
    clause ("Hussein, who visited Tehran in November, said ..."), a pluperfect ("Pakistan
    had recalled its envoy in 2012", "وكان السوداني قد زار طهران في نوفمبر") (S7-H16)."""
    lo = max(0, start - 160)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    if ends:
        lo = ends[-1].end()
    elif lo > 0:
        return False  # the sentence opens further back: no look at its head
    return (
        _BACKGROUND_EN.search(text, lo, start) or _BACKGROUND_AR.search(text[lo:start])
    ) is not None


# participles that are lexicalised adjectives of a name or body ("اللجنة المشتركة",
# "القوات المسلحة", "الحكومة المؤقتة", "الأراضي المحتلة", "الأمم المتحدة"): they tell no act
# of their own, so a time right after them is the main clause's (S14-DATES)
_ADJ_PARTICIPLES_AR = word_set("dates.adjective_participles")
_NOT_ADJ_PARTICIPLE = (
    rf"(?!(?:{'|'.join(sorted(map(re.escape, _ADJ_PARTICIPLES_AR)))})(?![^\W\d_]))"
)


_RELATIVE_EN = re.compile(
    r"(?i)\b(?:which|who|whom|whose)\b"
    # a participle clause after a comma: "its complaint, filed in September 2019"
    r"|,\s+(?-i:[a-z]+ed|held|made|built|won|struck|sent|begun|taken)\s+(?:in|on|during|since)\b"
)
_RELATIVE_AR = re.compile(
    rf"{_W}[وف]?(?:"
    + "|".join(_F(w) for w in "التي الذي الذين اللذين اللتين اللذان اللتان اللواتي".split())
    + rf"){_WE}"
    # a definite participle right before the time: "الاتفاقية الموقعة عام 1959", "إعلان
    # المبادئ الموقع في آذار 2015" (not a nisba adjective, nor an adjective participle:
    # "المتحدة", "المشتركة")
    + rf"|{_W}{_F('ال')}\w+\s+{_NOT_ADJ_PARTICIPLE}{_F('الم')}\w+(?<!ي)(?<!ية)\s+"
    + rf"(?:{_F('في')}\s+)?$"
)


# a definite participle with its partner or parties before a year: "الاتفاق الموقع مع
# الولايات المتحدة عام 2012", "المعاهدة المبرمة بين البلدين في 1994" (S13-DATES)
_PARTICIPLE_WITH_AR = re.compile(
    rf"{_W}{_F('ال')}\w+\s+{_NOT_ADJ_PARTICIPLE}{_F('الم')}\w+(?<!ي)(?<!ية)\s+"
    + rf"(?:{'|'.join(_F(w) for w in ('مع', 'بين', 'لدى'))})\s+\S+(?:\s+\S+){{0,3}}?\s+"
    + rf"(?:{_F('في')}\s+)?$"
)
_YEAR_AHEAD_AR = re.compile(
    rf"(?:{_F('في')}\s+)?(?:(?:{_F('عام')}|{_F('العام')}|{_F('سنة')})\s+)?\d{{4}}(?!\d)"
)


def relative_between(text: str, arabic: bool, start: int, end: int) -> bool:
    """Whether a relative pronoun ("which", "who", "التي", "الذي") stands in the
    (normalised) ``text[start:end]``: a time past it belongs to the relative clause
    ("asked the OSCE to dissolve the group, which had mediated since 1992"). Arabic: or a
    definite participle of another noun with its partner, right before a year ("ألغت
    الاتفاق الموقع مع واشنطن عام 2012": the year of the signing, not of the act)."""
    opened = list((_RELATIVE_AR if arabic else _RELATIVE_EN).finditer(text, start, end))
    if opened and not _closed_before(text, opened[-1].end(), end):
        return True
    return (
        arabic
        and _YEAR_AHEAD_AR.match(text, end) is not None
        and _PARTICIPLE_WITH_AR.search(text, max(start, end - 120), end) is not None
    )


def _closed_before(text: str, start: int, end: int) -> bool:
    """Whether the relative clause opened at ``start`` closes with a comma right before
    ``end`` ("freed the reporter, who had been held for a year, on Friday", "التقى
    الوزير، الذي وصل أمس، اليوم"): the time at ``end`` is the main clause's again."""
    gap = text[start:end]
    k = max(gap.rfind(","), gap.rfind("،"))
    return k >= 0 and not gap[k + 1 :].strip()


_NESTED_PARTICIPLE_AR = re.compile(
    rf"{_W}[وف]?(?:"
    + "|".join(_F(w) for w in "التي الذي الذين اللذين اللتين اللذان اللتان اللواتي".split())
    + rf"){_WE}[^.!?؟\n]*?"
    + rf"{_W}{_F('ال')}\w+\s+{_NOT_ADJ_PARTICIPLE}{_F('الم')}\w+(?<!ي)(?<!ية)\s+"
    + rf"(?:{_F('في')}\s+)?$"
)


def nested_participle_between(text: str, arabic: bool, start: int, end: int) -> bool:
    """Arabic: whether a relative clause opens in the (normalised) ``text[start:end]``
    and a definite participle of another noun ends it, right before the time at
    ``end`` ("المحادثات ...، التي أفضت إلى اتفاق الدوحة الموقع في 29 شباط"): the time
    is that participle's act (the signing), not the event a noun before names (S6-H12)."""
    return arabic and _NESTED_PARTICIPLE_AR.search(text, start, end) is not None


_CONTRAST = re.compile(
    r"[,;،؛]\s*(?:(?i:but|yet|however|whereas|although|though)\b|[وف]?(?:"
    + "|".join(_F(w) for w in ("لكن", "لكنه", "لكنها", "لكنهم", "غير أن", "بيد أن"))
    + rf"){_WE})"
)
_DATELINE_TAIL = re.compile(r"\s*\([^()\n]{1,20}\)\s*[-\u2013\u2014]")


def contrast_between(text: str, arabic: bool, start: int, end: int) -> bool:
    """Whether a contrasting clause (", but", "، لكن", "، غير أن") opens in the
    (normalised) ``text[start:end]``: a time before it belongs to the other clause."""
    return _CONTRAST.search(text, start, end) is not None


def wire_dateline(text: str, t: TimeExpr, head: int = 0) -> bool:
    """Whether ``t`` is the date of an English wire dateline at the head of the story
    (``head``: where the body starts), before the agency's name: "MOSCOW, Aug 2
    (Reuters) -" -- when the report was filed, not when anything in it was done or
    said."""
    return t.start - head <= 120 and _DATELINE_TAIL.match(text, t.end) is not None


def since_at(text: str, start: int) -> bool:
    """Whether the time expression at ``start`` opens with "since"/"منذ": a stretch up to
    now, not the time of an act. Not "منذ يومين", "منذ ثلاثة أيام": that long ago, a
    point (:func:`ago_since`; S12-DATES)."""
    return _SINCE_HEAD.match(text, start) is not None and not ago_since(text, start)


def parse_dateline(text: str, limit: int = 400) -> date | None:
    """A publication date written in the first ``limit`` characters ("تاريخ النشر:
    20th, March 2025", "16:29 JST, October 31, 2024", "2019-12-26 19:45"), if any."""
    head = fold(text[:limit])
    for lang in ("en", "ar"):
        for t in find_times(head, lang, None):
            if t.value and len(t.value) == 10 and t.kind == "absolute":
                y, m, d = (int(p) for p in t.value.split("-"))
                return date(y, m, d)
    return None
