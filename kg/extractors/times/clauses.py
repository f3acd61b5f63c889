"""Which clause a time belongs to, as the relation coder and the statements read it: past a
relative pronoun or a nested participle (the relative clause's), past a contrast (the other
clause's), a wire dateline (when the report was filed), a "since" stretch (no point).
"""

from __future__ import annotations

import re

from kg.extractors.lexicon import word_set
from kg.extractors.times.anaphora import _SINCE_HEAD
from kg.extractors.times.arabic import _F, _W, _WE, ago_since
from kg.extractors.times.expression import TimeExpr

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
