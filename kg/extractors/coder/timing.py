"""The relation coder's rules on the date of an act.

It codes the date of a coded act: the time expression of its clause or sentence nearest the
trigger (:meth:`ActTimes._time_near`), what a "since"/"منذ" time gives, a dateline, a
fronted time, and the tense of the saying (a report of one's own past act, "said now").

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

import datetime as _dt

from kg.extractors.coder.event_dates import EventDates
from kg.extractors.coder.meetings import Meetings
from kg.extractors.coder.stances import Stances
from kg.extractors.coder.words import (
    _ANNOUNCE_AR,
    _AR,
    _BUT_AR,
    _BUT_EN,
    _CONJUNCT_GAP_AR,
    _CONJUNCT_GAP_EN,
    _CONSEQUENCE,
    _DAY_PARTS_AR,
    _DECIDED_AR,
    _EN_IRREGULAR_PAST,
    _INT_EN,
    _OTHER_TIME_CLAUSE,
    _RELATIVE_WORDS_AR,
    _RESUMPTIVE_AR,
    _SINCE,
    _SOURCE_MARKERS,
    _SUBJ_PRONOUNS_EN,
    _WEEKDAYS_EN,
    _WHEN_CLAUSE,
)
from kg.extractors.dates import (
    CAUSE_MARKERS,
    OTHER_CLAUSE,
    OTHER_CLAUSE_AN,
    TimeExpr,
    ago_since,
    nested_participle_between,
    relative_between,
    wire_dateline,
)
from kg.extractors.lexicon import Hit, word_set
from kg.extractors.native import trait
from kg.extractors.quotes import Stmt
from kg.extractors.triggers import Trigger

__all__ = ["ActTimes"]

_NOT_NOUNS_EN = word_set("timing.not_nouns_en")
"""English words in -s before a subject pronoun that open no relative clause on them: verbs
("says", "adds"), adverbs ("perhaps") and the listeners of a telling ("told reporters it
struck ..."): what follows is what was told."""
_FROM_DAY_EN = frozenset({"on", "from", "starting"})
"""English prepositions before a bare weekday that a plan is told for ("will impose tariffs
from Tuesday", "starting Monday"): the coming such day."""
_DEADLINE_EN = frozenset({"until", "till", "deadline"})
_BY_EN = frozenset({"by", "before"})
"""("by"/"before" only right before the time: "granted asylum by Mexico hours earlier" is
no deadline)"""
_DEADLINE_AR = word_set("timing.deadline_ar")
"""Words before a time that make it the deadline an act sets ("gave him until Friday to
leave", «أمهله حتى الجمعة»): when it runs out, not when the act was done."""
_CONDITION = word_set("timing.condition")
"""Particles that open a condition ("if", "unless", «إذا»، «لو»): the act they tell has not
happened, and the time of the clause they hang on is not its date."""
_DETERMINERS_EN = frozenset({"the", "its", "their", "his", "her", "this", "that"})
"""English words before a time that makes it a modifier of the noun after it ("the
September 2022 fighting")."""


def _simple_past_en(w: str) -> bool:
    """An English word in the simple past as written ("sent", "agreed"; lower-case)."""
    return w[:1].islower() and (w.endswith("ed") or w in _EN_IRREGULAR_PAST)


@trait
class ActTimes(EventDates, Stances, Meetings):
    """The coder's rules on the date of an act."""

    def _other_clause_between(self, start: int, end: int) -> bool:
        """Arabic: whether a word that opens another clause ("على أن"، "فيما"، "بينما"،
        "ومن المقرر") stands in ``[start, end)`` (not "فيما يتعلق"، "فيما يخص": regarding)."""
        doc = self.doc
        for j in range(doc.tok_after(start), doc.tok_after(end)):
            w = doc.word(j).removeprefix("و")
            nxt = doc.word(j + 1)
            if (w in OTHER_CLAUSE_AN and nxt in (_AR("أن"), "ان")) or (
                w in OTHER_CLAUSE and not nxt.startswith((_AR("يتعلق"), _AR("يخص")))
            ):
                return True
        return False

    def _said_now(self, h: Hit[Trigger]) -> bool:
        """An English act told in the present inside a statement, done as it is said: "we
        are calling on Serbia", "we urge Iran", "is demanding"."""
        doc = self.doc
        before = doc.word(h.first - 1)
        if doc.word(h.first).endswith("ing") and before in ("is", "are", "am"):
            return True
        return before in ("we", "i") and not doc.word(h.first).endswith("ed")

    def _backshifted_own_act(
        self, h: Hit[Trigger], speaker: str, subj: str, stmt: Stmt | None = None
    ) -> bool:
        """The speaker's own English act (or its state's, told by its spokesman), in
        reported speech shifted into the past: "said on Saturday it was breaking off
        relations", "said on Sunday it had summoned the ambassador" -- done as it is
        announced, on the day of the statement; also in the simple past in a content told
        before its cue ("The prime minister spoke with X, his office said on Wednesday")."""
        doc = self.doc
        if speaker != subj:
            states = doc.entity_states
            side = states.get(speaker) or speaker
            if side == speaker or (states.get(subj) or subj) != side:
                return False
        if doc.word(h.first - 1) in ("was", "were") and doc.word(h.first).endswith("ing"):
            return True
        if any(doc.word(j) == "had" for j in range(max(0, h.first - 3), h.first)):
            return True
        if stmt is None or stmt.cue_start < doc.tokens[h.last].end:
            return False
        w = doc.tokens[h.first].text
        return _simple_past_en(w)

    def _expressed_stance_ar(self, h: Hit[Trigger], stmt: Stmt, subj: str) -> bool:
        """An Arabic speaker's stance told as the noun that opens what it said ("أعرب عن
        تضامنه"، "أكد دعم بلاده"، "جدد إدانته"): the saying is the act."""
        doc = self.doc
        if h.cls != "n" or stmt.cue_tok < 0:
            return False
        states = doc.entity_states
        if (states.get(subj) or subj) != (states.get(stmt.speaker) or stmt.speaker):
            return False
        return h.first - doc.tok_after(stmt.start) <= 1

    def _announced_own_act_ar(self, h: Hit[Trigger], stmt: Stmt, subj: str) -> bool:
        """An Arabic speaker announcing its own act in the perfect ("أعلن الجيش أمس أنه
        نفذ ضربة"، "أعلنت الوزارة أنها استدعت السفير"): done on the day it is announced."""
        doc = self.doc
        if h.cls not in ("v", "n", "x") or stmt.cue_tok < 0:
            return False
        states = doc.entity_states
        if (states.get(subj) or subj) != (states.get(stmt.speaker) or stmt.speaker):
            return False
        cue = doc.word(stmt.cue_tok)
        if not cue.removeprefix("و").removeprefix("ف").startswith(_ANNOUNCE_AR):
            return False
        if h.cls == "v":
            return True
        # a verbal noun or phrase the announced decision opens ("أعلنت الوزارة أنها قررت طرد
        # السفير ...، إلى جانب استدعاء سفيرها"): decided and done as it is announced
        c0 = doc.tok_after(stmt.start)
        return (
            any(doc.word(j).removeprefix("و").startswith(_DECIDED_AR) for j in range(c0, c0 + 3))
            and h.first < c0 + 30
        )

    def _said_now_ar(self, h: Hit[Trigger], stmt: Stmt, subj: str) -> bool:
        """An Arabic speaker's own act told in the present in what it says ("قالت الوزارة
        مساء الأحد إن أنقرة تدين بشدة الهجوم"، "أكد أن بلاده ترفض"): done as it is said,
        like English "we urge"."""
        if h.cls != "i" or "س" in h.prefix:
            return False
        states = self.doc.entity_states
        return (states.get(subj) or subj) == (states.get(stmt.speaker) or stmt.speaker)

    def _dateline(self, t: TimeExpr) -> bool:
        """Whether a time expression is the date of an English wire dateline at the head
        of the story, before the agency's name: "MOSCOW, Aug 2 (Reuters) -" -- the day the
        report was filed, not of the acts it tells. (Arabic agency datelines, "أبوظبي في
        18 يناير / وام /", mostly carry the day of the act itself and stay.)"""
        return self.en and wire_dateline(self.text, t, self.doc.title_end)

    def _time_near(
        self, pos: int, start: int, end: int, trig: int, verbal: bool = False
    ) -> TimeExpr | None:
        """The time in ``[start, end)`` nearest to ``pos`` that can date the act whose
        trigger starts at ``trig``: "two days after <event>" dates only an event told
        after it ("struck on Thursday, two days after Tehran launched attacks": the
        strikes take Thursday, the attacks two days before). A vague stretch nearest
        ("تستضيف مسقط منذ أشهر محادثات") is returned too: it leaves the act undated
        rather than dated by another clause. For a ``verbal`` trigger a time past a
        relative pronoun after it is that clause's ("refused to hand over the town, which
        the commission awarded to Eritrea in 2002"; "وقعت الاتفاق الذي أبرم عام 2015")."""
        best: TimeExpr | None = None
        best_d = 1 << 30
        for t in self.doc.times_in(start, end):
            if t.kind == "after" and not self._after_scope(t, trig):
                continue
            if t.start > trig and (
                relative_between(self.text, not self.en, trig, t.start)
                or self._reduced_relative_between(trig, t.start)
                if verbal
                else self._object_relative(trig, t.start)
                or nested_participle_between(self.text, not self.en, trig, t.start)
                or self._other_noun_relative(trig, t.start)
            ):
                continue
            if t.value is None and (t.kind != "vague" or not self._next_to(t, trig)):
                continue
            if t.start > trig and self._opens_next_clause(t):
                continue  # "استقبل نظيره، وبعد ذلك بيومين أجرى اتصالا": the call's time
            if t.start > trig and not self.en and self._other_clause_between(trig, t.start):
                continue  # "وقع الاتفاق، على أن يتوجه اليوم إلى القاهرة"
            if t.end <= trig and self._cause_between(t.end, trig):
                continue  # "سحبت سفيرها، أمس، احتجاجا على إعلان باريس دعمها"
            if t.start > trig and any(
                self._after_phrase(u) for u in self.doc.times_in(trig, t.start)
            ):
                continue  # "signed the pact, nine months after talks ended last November"
            d = t.start - pos if t.start >= pos else pos - t.end
            if d < best_d:
                best, best_d = t, d
        return best

    def _cause_between(self, start: int, end: int) -> bool:
        """Whether the cause an act answers opens in ``[start, end)`` ("احتجاجا على"،
        "ردا على"، "in protest at", "in response to"): what follows is an earlier event,
        not dated by the time told before the marker."""
        doc = self.doc
        for j in range(doc.tok_after(start), len(doc.tokens)):
            if doc.tokens[j].start >= end:
                return False
            w = doc.word(j)
            if (
                w in CAUSE_MARKERS
                and (not self.en or doc.word(j - 1) == "in")
                and not any(c in self.text[doc.tokens[j].end : end] for c in ",;:،؛")
            ):
                return True  # (a cause told before a comma ends there: "على خلفية X، إذ أعلنت")
        return False

    def _source_clause_time(self, ev_end: int, hi: int) -> TimeExpr | None:
        """Arabic: the day that closes a source clause joined on right after the act
        ("ورفضت مصر والأردن التهجير، وفق بيان مشترك صدر في ختام اجتماع الوزيرين في عمّان
        الأربعاء"): the act is told as of that statement. The clause opens at
        the first comma after the act, with a source word, and runs to the time with no
        comma in between."""
        doc = self.doc
        text = self.text
        comma = text.find("،", ev_end, hi)
        if comma < 0 or any(c in text[ev_end:comma] for c in ".;:؛,"):
            return None
        j = doc.tok_after(comma)
        if j >= len(doc.tokens) or doc.tokens[j].start >= hi or doc.word(j) not in _SOURCE_MARKERS:
            return None
        best = None
        for t in doc.times_in(doc.tokens[j].end, hi):
            if t.value is None or any(c in text[doc.tokens[j].end : t.start] for c in ".;:؛,،"):
                break
            best = t
        if best is None or any(c.isalpha() for c in text[best.end : hi]):
            return None  # the time must close the sentence
        return best

    def _conjunct_between(self, end: int, trig: int) -> bool:
        """Whether only "and" (", and then", "، و") stands between a time ending at
        ``end`` and the trigger at ``trig``: the time closes the act before it."""
        gap = self.text[end:trig].strip().lower()
        if self.en:
            return _CONJUNCT_GAP_EN.fullmatch(gap) is not None
        if _CONJUNCT_GAP_AR.fullmatch(gap) is None:
            return False
        return gap.lstrip("،, ").startswith("و") or (
            not gap.strip("،, ") and self.text[trig] == "و"
        )

    def _opens_next_clause(self, t: TimeExpr) -> bool:
        """Whether time ``t`` opens a clause joined on after a comma ("، وبعد ذلك بيومين
        أجرى اتصالا", ", and two days later struck"): the time of that clause's act, not
        of one told before it."""
        text = self.text
        head = text[max(0, t.start - 8) : t.start].rstrip()
        if self.en:
            return head.endswith((", and", ", then", ", and then")) or (
                head.endswith(",") and text[t.start : t.start + 4].lower() == "and "
            )
        return head.endswith(("،", ",")) and text[t.start : t.start + 1] in ("و", "ف")

    def _other_noun_relative(self, start: int, end: int) -> bool:
        """Arabic: whether a relative clause opening between a noun trigger at ``start``
        and a time at ``end`` hangs on another plain noun right before it, agreeing with
        it in gender ("وقوف المملكة إلى جانب الشعب السوري في مواجهة تداعيات الزلزال الذي
        ضرب البلاد في 6 شباط": the earthquake's time, not the stance's); not on a name, nor
        on the trigger ("الهجوم على القافلة، الذي وقع الاثنين": the attack's)."""
        if self.en:
            return False
        doc = self.doc
        first = doc.tok_after(start)
        for j in range(first + 2, doc.tok_after(end)):
            w = doc.word(j).lstrip("وف")
            if w not in _RELATIVE_WORDS_AR:
                continue
            if doc.mention_at_tok(j - 1) is not None:
                return False
            before = doc.word(j - 1)
            feminine = before.endswith((_AR("ة"), _AR("ات")))
            return feminine == w.startswith((_AR("التي"), _AR("اللت"), _AR("اللوا")))
        return False

    def _when_clause(self, t: TimeExpr, trig: int) -> bool:
        """Whether the trigger at ``trig`` stands in a clause opened by "when"/"عندما"
        right after the time ``t`` and a comma ("since June 2020, when troops clashed",
        "منذ آب 2021، عندما قطعت"): the clause tells what happened at that time."""
        doc = self.doc
        j = doc.tok_after(t.end)
        if j >= len(doc.tokens) or doc.tokens[j].start >= trig:
            return False
        gap = self.text[t.end : doc.tokens[j].start]
        if ("," not in gap and "،" not in gap) or doc.word(j).removeprefix("و") not in _WHEN_CLAUSE:
            return False
        between = self.text[doc.tokens[j].end : trig]
        return len(between.split()) <= 12 and not any(c in between for c in ".;:؛،,")

    def _consequence_between(self, start: int, end: int) -> bool:
        """Whether a clause of what an act led to opens after a comma between ``start``
        and ``end`` ("، ما دفع الرباط إلى", ", prompting Bangkok to")."""
        doc = self.doc
        for j in range(max(1, doc.tok_after(start)), doc.tok_after(end)):
            if doc.word(j) in _CONSEQUENCE:
                gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
                if "," in gap or "،" in gap:
                    return True
        return False

    def _after_phrase(self, t: TimeExpr) -> bool:
        """An open count before an event: "seven months after", "بعد نحو عام من" (a vague
        time): what follows it is an earlier event with a time of its own."""
        if t.kind != "vague":
            return False
        words = self.text[t.start : t.end].lower().split()
        if self.en:
            return bool(words) and words[-1] == "after"
        return bool(words) and words[0].removeprefix("و") == _AR("بعد")

    def _in_relative_clause(self, t: TimeExpr, lo: int) -> bool:
        """Whether a time told earlier in the sentence stands in a relative clause: a
        relative pronoun (or a definite participle right before it) between the last
        comma before it and it ("Xi, who met Putin on March 1, ...", "، التي أفضت إلى
        اتفاق الدوحة الموقع في 29 شباط"): the time of that clause's act, not of the
        sentence's story."""
        text = self.text
        head = max(lo, text.rfind(",", lo, t.start), text.rfind("،", lo, t.start))
        return relative_between(text, not self.en, head, t.start)

    def _object_relative(self, start: int, end: int) -> bool:
        """Whether a relative clause with an agent of its own opens between ``start`` and
        ``end`` ("a defence pact that Ankara froze in 2013", "الاتفاقية التي جمدتها أنقرة
        عام 2013"): its time is that agent's act, not the event a noun names (unlike "the
        attack, which took place on Monday")."""
        doc = self.doc
        for j in range(doc.tok_after(start), doc.tok_after(end) - 1):
            w = doc.word(j)
            if self.en:
                if w in ("which", "that", "whom"):
                    m = doc.mention_at_tok(j + 1)
                    if (m is not None and m.t0 == j + 1) or doc.word(j + 1) in _SUBJ_PRONOUNS_EN:
                        return True
            elif w.lstrip("وف") in _RELATIVE_WORDS_AR and doc.word(j + 1).endswith(_RESUMPTIVE_AR):
                return True
        return False

    def _attributive_time(self, t: TimeExpr) -> bool:
        """English: whether a time stands before a noun as its modifier, after a
        determiner ("the September 2022 fighting", "its 2019 decision"): it dates what that
        noun names, not a word said about it."""
        if not self.en:
            return False
        doc = self.doc
        first = doc.tok_at(t.start)
        nxt = doc.tok_after(t.end)
        if first < 1 or nxt >= len(doc.tokens) or doc.tokens[nxt].start - t.end > 1:
            return False
        w = doc.tokens[nxt].text
        return (
            doc.word(first - 1) in _DETERMINERS_EN
            and w.isalpha()
            and w.lower() not in _NOT_NOUNS_EN
            and w.lower() not in ("and", "or", "to", "of", "in", "on", "at", "when", "after")
        )

    def _deadline(self, t: TimeExpr, trig: int) -> bool:
        """Whether a time told after the trigger at ``trig`` is a deadline the act sets,
        opened by "until"/"حتى" a few words before it or "by" right before it ("had given
        Jammeh until noon on Friday to leave", «أمهلت الحكومة السفير حتى يوم الجمعة»,
        "pull out its troops by the end of the year"): the day it runs out, not the day of
        the act (the analysed gold dates no act by its deadline)."""
        if t.start <= trig:
            return False
        doc = self.doc
        first = doc.tok_at(t.start)
        words = [doc.word(j) for j in range(max(doc.tok_after(trig), first - 3), first + 1)]
        if self.en:
            head = [*self.text[t.start : t.end].lower().split()[:1], doc.word(first - 1)]
            return any(w in _DEADLINE_EN for w in words) or any(w in _BY_EN for w in head)
        return any(w in _DEADLINE_AR or w[1:] in _DEADLINE_AR for w in words)

    def _condition_between(self, start: int, end: int) -> bool:
        """Whether a condition opens in ``[start, end)`` ("threatened on Thursday to cut
        the gas if the EU imposed new sanctions", «هدد الخميس بقطع الغاز إذا فرض الاتحاد
        عقوبات»): the act after it is a condition, not dated by the threat's time."""
        doc = self.doc
        for j in range(doc.tok_after(start), len(doc.tokens)):
            if doc.tokens[j].start >= end:
                return False
            w = doc.word(j)
            if w in _CONDITION or (not self.en and w[:1] in "وف" and w[1:] in _CONDITION):
                return True
        return False

    def _news_day(self, t: TimeExpr) -> bool:
        """Whether ``t`` is a day of the week before publication ("on Tuesday",
        "yesterday"): the day news is told on, which a clause's end dates its main verb by."""
        pub = self.doc.published
        if pub is None or t.value is None or len(t.value) != 10:
            return False
        try:
            day = _dt.date.fromisoformat(t.value)
        except ValueError:
            return False
        return pub - _dt.timedelta(days=7) <= day <= pub

    def _gerund_act_between(self, start: int, end: int) -> bool:
        """English: whether an act told by a gerund after "of"/"for" opens in ``[start,
        end)`` ("accused the TPLF of firing rockets at Asmara in November", "blamed Kyiv
        for shelling the plant on Sunday"): a time after it dates that act, not the words
        said about it."""
        if not self.en:
            return False
        doc = self.doc
        return any(
            doc.word(j) in ("of", "for") and doc.word(j + 1).endswith("ing")
            for j in range(doc.tok_after(start), doc.tok_after(end) - 1)
        )

    def _reduced_relative_between(self, start: int, end: int) -> bool:
        """English: whether a relative clause with no pronoun opens between ``start`` and
        ``end`` (see :meth:`_reduced_object_relative_en`)."""
        if not self.en:
            return False
        doc = self.doc
        return any(
            self._reduced_object_relative_en(j)
            for j in range(doc.tok_after(start), doc.tok_after(end) - 1)
        )

    def _reduced_object_relative_en(self, j: int) -> bool:
        """English: whether a relative clause with no pronoun opens at token ``j``: a plural
        noun, a subject pronoun and a verb in the simple past ("free the hostages it seized
        on October 7", "return the weapons they took in 2022"): that verb's clause."""
        doc = self.doc
        if j < 1 or j + 1 >= len(doc.tokens) or doc.word(j) not in _SUBJ_PRONOUNS_EN:
            return False
        noun = doc.tokens[j - 1].text
        verb = doc.tokens[j + 1].text
        return (
            noun.isalpha()
            and noun.islower()
            and noun.endswith("s")
            and not noun.endswith(("ss", "us", "is"))
            and noun not in _NOT_NOUNS_EN
            and verb.islower()
            and (verb.endswith("ed") or verb in _EN_IRREGULAR_PAST)
        )

    def _past(self, t: TimeExpr) -> bool:
        """Whether a resolved time lies wholly before the publication day."""
        pub = self.doc.published
        v = t.value
        return pub is not None and v is not None and v < pub.isoformat()[: len(v)]

    def _contrast_between(self, start: int, end: int) -> bool:
        """Whether a contrasting clause opens between ``start`` and ``end`` (", but", "،
        لكن"), or in English a clause with a subject of its own (", and Washington has
        linked"): a time before it belongs to the other clause."""
        doc = self.doc
        words = _BUT_EN if self.en else _BUT_AR
        for j in range(max(1, doc.tok_after(start)), doc.tok_after(end)):
            w = doc.word(j)
            if w in words or (self.en and w == "and"):
                gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
                if "," not in gap and "،" not in gap and ";" not in gap:
                    continue
                if w != "and":
                    return True
                m = doc.mention_at_tok(j + 1)
                if m is not None and m.t0 == j + 1:
                    return True
        return False

    def _other_time_clause(self, start: int, trig: int, lo: int) -> bool:
        """Whether the trigger at offset ``trig`` stands in a clause opened between
        ``start`` and it by "after"/"before"/"because" with a subject of its own, or
        Arabic "بعد أن"/"بعدما", a few words before it with no comma in between ("On
        Saturday Kuala Lumpur expelled the envoy after he accused Malaysia", "طردت السفير
        السبت بعد أن اتهم"): an earlier (or later) act than the one a time before that
        word dates, when the sentence (from ``lo``) tells another act before that word. Not past a
        contrast ("أعلنتا أمس السبت وقف النار، غير أن الاتفاق
        تعرض لاختبار بعدما تبادل البلدان الاتهامات": the day's story goes on there)."""
        doc = self.doc
        last = doc.tok_after(trig)
        for j in range(max(doc.tok_after(start), last - 6), last):
            w = doc.word(j)
            if w not in _OTHER_TIME_CLAUSE:
                continue
            if any(c in self.text[doc.tokens[j].end : trig] for c in ".,;:،؛"):
                continue
            if self._contrast_between(start, doc.tokens[j].start):
                return False
            first = doc.tok_after(min(lo, start))
            acts = {h.first for h in doc.lexicon_hits.get("relations") or []}
            if not any(k in self.stops or k in acts for k in range(first, j)):
                return False  # "the row escalated on Tuesday after Madrid summoned": no act
            if self.en:
                m = doc.mention_at_tok(j + 1)
                if (m is not None and m.t0 == j + 1) or doc.word(j + 1) in _SUBJ_PRONOUNS_EN:
                    return True
            elif w.endswith(_AR("بعدما")) or doc.word(j + 1) in (_AR("أن"), _AR("ان")):
                return True
        return False

    def _participle_of_saying(self, h: Hit[Trigger], subj: str, si: int) -> str | None:
        """The date of the speaker's statement when the trigger is a participle clause
        after a comma that goes on it ("..., مطالباً موسكو بالاعتذار", "..., urging
        restraint"): the speaker acts as the statement is made."""
        doc = self.doc
        if h.first <= 0:
            return None
        start = doc.tokens[h.first].start
        gap = self.text[doc.tokens[h.first - 1].end : start]
        if "," not in gap and "،" not in gap:
            return None
        w = doc.word(h.first)
        if self.en and not w.endswith("ing"):
            return None
        # the first form's فاعلاً too: "داعياً", "شاكرةً", "قائلاً"
        first_form = len(w) == 5 and w[1] == "ا" and w[-1:] in ("ا", "ة")
        if not self.en and not (
            h.cls == "p" or (w[:1] == "م" and w[-1:] in ("ا", "ة")) or first_form
        ):
            return None  # مطالباً، داعياً، متهمةً: the accusative participle of manner
        said = [
            st
            for st in self.stmts
            if st.sent == si and st.speaker == subj and st.date is not None and st.cue_start < start
        ]
        return max(said, key=lambda st: st.cue_start).date if said else None

    def _next_to(self, t: TimeExpr, trig: int) -> bool:
        """Whether a time is told right next to the trigger at ``trig``, with no comma
        in between ("تستضيف مسقط منذ أشهر محادثات", not "أعنف مواجهة منذ عقود، غير أن
        الاتفاق")."""
        gap = self.text[t.end : trig] if t.end <= trig else self.text[trig : t.start]
        return len(gap) <= 30 and not any(c in gap for c in ".,;:،؛")

    def _after_scope(self, t: TimeExpr, trig: int) -> bool:
        """Whether the trigger at ``trig`` is the event a "two days after ..." phrase
        introduces: a few words after it, with no punctuation in between."""
        gap = self.text[t.end : trig] if t.end <= trig else "."
        return len(gap.split()) <= 8 and not any(c in gap for c in ".,;:،؛")

    def _since(self, t: TimeExpr) -> bool:
        """Whether a time expression is introduced by "since"/"منذ"."""
        text = self.text
        head = text[t.start : t.start + 7].lower()
        if head[:1] in ("و", "ف"):
            head = head[1:]
        before = text[max(0, t.start - 7) : t.start].strip().lower()
        if ago_since(text, t.start):
            return False  # "وصل منذ يومين": two days ago, not a stretch
        return head.startswith(_SINCE) or before.endswith(_SINCE)

    def _fronted_time(self, lo: int, trig_start: int, first: int) -> TimeExpr | None:
        """A time fronted at the head of the sentence (or content) from ``lo`` and set off
        by a comma, with no other act between it and the trigger at token ``first``: it
        dates the main clause, before any time told later in a complement ("On Monday,
        Kenya expelled the envoy over remarks he made about last year's vote", "وفي يوم
        الاثنين، طردت كينيا السفير")."""
        doc = self.doc
        times = doc.times_in(lo, trig_start)
        if not times:
            return None
        t = times[0]
        if (
            t.value is None
            or t.kind == "after"
            or self._dateline(t)
            or len(self.text[lo : t.start].split()) > 1
            or not self.text[t.end : t.end + 2].lstrip().startswith((",", "،"))
            or any(j in self.stops for j in range(doc.tok_after(t.end), first))
        ):
            return None
        return t

    def _since_right_after(self, t: TimeExpr, ev_end: int) -> bool:
        """Whether a dated "since ..." follows the evidence within three words and no
        punctuation: the start of the state or series the act is ("who has mediated
        between A and B since 2019", "أغلقت حدودها مع المغرب منذ عام 1994"), which
        :meth:`_since_date` dates."""
        gap = self.text[ev_end : t.start]
        return (
            t.value is not None
            and t.start >= ev_end
            and len(gap.split()) <= 3
            and not any(c in gap for c in ".,;:،؛")
        )

    def _since_date(self, value: str, t: TimeExpr, ev_end: int) -> str | None:
        """ "منذ مايو الماضي، عقدت 3 جولات": acts repeated since a time fall in the span up
        to now: the year when that is the publication year; an earlier start counts only
        right after the act ("detained since March 2023"), not for a state of affairs
        named further on ("بسبب الأزمة المستمرة منذ صيف 2024")."""
        pub = self.doc.published
        gap = self.text[ev_end : t.start]
        right_after = len(gap.split()) <= 3 and t.start >= ev_end
        if pub is not None and value[:4] == str(pub.year):
            # ("have fired missiles at Israel since October", "المحادثات التي تيسرها X منذ
            # السادس من مايو الجاري": the month the series began, told right after it)
            return value[:7] if right_after else value[:4]
        return value if right_after else None

    def _time_inset(self, j: int, a: int) -> int | None:
        """If the words ending at token ``j`` (right before a comma) are only a time
        phrase opened by another comma ("، أمس الأحد،"), the token before that comma."""
        doc = self.doc
        end = doc.tokens[j].end
        k = j
        while k > a and j - k < 12:  # ("، في الرابع والعشرين من أغسطس (آب) الماضي،")
            gap = self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
            if "،" in gap or "," in gap:
                start = doc.tokens[k].start
                covered = sum(
                    min(te.end, end) - max(te.start, start) for te in doc.times_in(start, end)
                )
                words = self.text[start:end]
                first = k
                while covered < len(words.strip()) - 1 and first < j:
                    # ("، مساء أمس الأربعاء،"، "، ليل الأحد،": a part of the day before
                    # the time phrase belongs to it)
                    if doc.word(first) not in _DAY_PARTS_AR:
                        break
                    first += 1
                    start = doc.tokens[first].start
                    covered = sum(
                        min(te.end, end) - max(te.start, start) for te in doc.times_in(start, end)
                    )
                    words = self.text[start:end]
                if covered > 0 and covered >= len(words.strip()) - 1:
                    return k - 1
                return None
            k -= 1
        return None

    def _coming_weekday(self, t: TimeExpr, value: str) -> str:
        """English: a bare weekday dating a planned act ("will travel to Ankara on
        Monday") is the coming one, not the one before publication."""
        published = self.doc.published
        words = self.text[t.start : t.end].lower().split()
        if published is None or len(value) != 10 or not words or words[-1] not in _WEEKDAYS_EN:
            return value
        if len(words) > 2 or (len(words) == 2 and words[0] not in _FROM_DAY_EN):
            return value  # "last Monday", "next Monday": told which one
        before = self.text[max(0, t.start - 10) : t.start].lower().split()
        if len(words) == 1 and before and before[-1] in _FROM_DAY_EN - {"on"}:
            words = [before[-1], *words]  # "from Tuesday", the preposition left out of it
        if self._past_before_to(t):
            return value  # "agreed on Thursday to lift", "invited Sudan on Tuesday to join"
        k = self.doc.tok_after(t.end)
        nxt = self.doc.tokens[k].text if k < len(self.doc.tokens) else ""
        if _simple_past_en(nxt):
            return value  # "on Tuesday sent X a letter inviting him to talks": that Tuesday
        try:
            day = _dt.date.fromisoformat(value)
        except ValueError:
            return value
        if day >= published:
            return value
        return (day + _dt.timedelta(days=7)).isoformat()

    def _past_before_to(self, t: TimeExpr) -> bool:
        """English: the time ``t`` sits between a verb in the simple past and an infinitive
        ("agreed on Thursday to lift", "invited Sudan on Tuesday to join"): it dates the
        past verb, the plan only follows it."""
        doc = self.doc
        k = doc.tok_after(t.end)
        if doc.word(k) != "to" or doc.mention_at_tok(k + 1) is not None:
            return False  # "travel on Monday to Ankara": a destination
        nxt = doc.word(k + 1)
        if not nxt.isalpha() or nxt in ("the", "a", "an"):
            return False
        first = doc.tok_at(t.start)
        for j in range(first - 1, max(-1, first - 6), -1):
            w = doc.tokens[j].text
            if w.lower() in _INT_EN or w.lower() == "to" or not w[:1].isalpha():
                return False  # "will travel on Monday to meet": planned
            if _simple_past_en(w):
                return True
        return False

    def _lead_sentence(self) -> int:
        """Index of the first sentence of the article body (its lead), -1 if unknown."""
        doc = self.doc
        if doc.seg is None or not doc.seg.sents:
            return -1
        return doc.seg.index_at(min(doc.title_end, len(self.text) - 1))
