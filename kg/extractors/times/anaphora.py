"""Times counted from another time: "two days later", "the next day", "at the time",
"earlier in the day", "بعد ذلك بيومين"، "آنذاك" take the value of the time told before them
(or of the main clause's time, for "two days after <event>"), moved by their offset; an act
told as background or a time past publication does not serve as that time.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extractors.text import fold
from kg.extractors.times.arabic import _F, _W, _WE
from kg.extractors.times.expression import TimeExpr, _iso, _shift_month


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
