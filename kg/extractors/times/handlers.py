"""The pattern handlers both languages share (``Handler``: a match and the publication date
to a value and a kind): numeric dates, a month with its day, a bare month, years and spans
of years; and the context tests a bare month or day reads (a time ahead, a deadline, an act
told in the past).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from kg.extractors.text import fold
from kg.extractors.times.expression import _AR_MONTHS, _EN_MONTHS, _day_year, _iso, _month_year

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
