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

The patterns, the windows they are tried in and the corrections after them are in
:mod:`kg.extractors.times`, one module per part (see its docstring); this module keeps the
word lists the relation coder reads, :func:`find_times` and :func:`parse_dateline`.
"""

from __future__ import annotations

import re
from datetime import date

from kg.extractors.lexicon import word_set
from kg.extractors.text import fold
from kg.extractors.times.anaphora import _resolve_anaphora
from kg.extractors.times.arabic import (
    _AR_ANAPHORA,
    _AR_ANAPHORA_PHRASES,
    _AR_LATE_OF,
    _AR_NOT_BEFORE_WD,
    _AR_PATTERNS,
    _F,
    _ar_weekday,
    ago_since,
)
from kg.extractors.times.clauses import (
    contrast_between,
    nested_participle_between,
    relative_between,
    since_at,
    wire_dateline,
)
from kg.extractors.times.datelines import _filed_day, _numeric_dateline
from kg.extractors.times.days import _named_days, _night_of_two_days, _overnight_into, _this_day_in
from kg.extractors.times.english import _EN_ANAPHORA, _EN_PATTERNS
from kg.extractors.times.expression import TimeExpr
from kg.extractors.times.handlers import Handler
from kg.extractors.times.hijri import _with_hijri
from kg.extractors.times.windows import (
    _AR_ANCHORS,
    _EN_ANAPHORA_WORDS,
    _EN_ANCHORS,
    _IN_EVERY_MATCH,
    _NARROW_AFTER,
    _NARROW_BEFORE,
    _anchor_class,
    _class_anchors,
    _deictic_anchors,
    _holding,
    _windows,
)

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
