"""Event dates: when an act told in a story happened (GUIDELINES "date").

The date of a relation is "when it happened, as precise as the text allows", never
the publication date by default. Most relations take the time expression next to
their trigger; :class:`EventDates` decides the date of the acts that have none of
their own, from the story they are told in:

* an undated act told right after a dated one by the same actor (or the state it
  speaks for) goes on the same story and takes its date (Arabic, sentence by
  sentence; a pluperfect "وكانت ... قد" is background, not a step); words and stances
  (the types of :data:`_UNCHAINED_TYPES`, not a summons) pass the day on but take none;
* English: the day of the lead ("on Thursday", a wire dateline) dates the deeds told
  after it in the story of that day, unless another time or a told-before act
  ("the call", "the meeting", "the attacks") intervenes;
* a meeting or call named again, an act "after" an event, an attack condemned, the
  purpose of a visit, a restated act: each takes the date of the act it refers to;
* a meeting between the same two actors told again, in the pluperfect too, takes the
  day of the dated one; the other side's answer ("من جهته") with nothing dated just
  before it takes the day of the story's lead; an Arabic deed of the speaker's own side
  told in a dated statement ("قالت الوزيرة، أمس، إن بلادها طردت ...") takes its date;
  the undated words of a person who spoke or acted earlier in the story on a day of the
  last week go on that occasion.

It is a mixin of the relation coder (:class:`kg.extractors.relations._Coder`),
which owns the document, the statements and the helpers declared below.
"""

from __future__ import annotations

import datetime as _dt
import re
from abc import abstractmethod
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from kg.extractors.coder.base import CoderBase
from kg.extractors.dates import (
    AFTER_EVENT,
    ANOTHER_ACT_EN,
    CEREMONY_REFS,
    FIRST_TO_AR,
    FOLLOW_ON,
    PURPOSE_NOUNS,
    RECEPTION_AR,
    RECEPTION_HEADS_AR,
    RECEPTION_VERBS_AR,
    SINGLE_ATTACKS,
    TimeExpr,
    relative_between,
)
from kg.extractors.lexicon import word_set
from kg.extractors.native import trait
from kg.extractors.text import fold
from kg.models import EntityType, Modality, RelationType

if TYPE_CHECKING:
    from kg.extractors.relations import Rel

__all__ = ["EventDates"]

_AR = fold


def _week_before(day: _dt.date) -> _dt.date:
    """The day a week before ``day`` (the first representable day for the first week of
    year 1, which a malformed ``published`` can give)."""
    return (
        day - _dt.timedelta(days=7) if day > _dt.date.min + _dt.timedelta(days=7) else _dt.date.min
    )


_MEETING_REFS = word_set("event_dates.meeting_refs")
"""A meeting or call named again ("the call", "في ختام المباحثات"): the one told before."""
_QAD = _AR("قد")
# "قال إن ..."، "أكد أن ...": what follows is reported content, not the speech act itself
_THAT_AR = word_set("event_dates.that_ar")
# "في لقاء سابق"، "لقاؤهما الأخير": another meeting than the one the story tells
_ANOTHER_MEETING_AR = word_set("event_dates.another_meeting_ar")
# deeds (not words) whose undated telling goes on the day's story (see _story_day)
_STORY_DEEDS = frozenset(
    {
        RelationType.ASSAULT, RelationType.MOBILIZE, RelationType.COERCE,
        RelationType.SANCTION, RelationType.AID, RelationType.CONCEDE, RelationType.RETREAT,
        RelationType.COOPERATE, RelationType.CONSULT, RelationType.AGREE, RelationType.FLEE,
    }
)  # fmt: skip
_UNCHAINED_TYPES = word_set("event_dates.unchained_types")
"""Arabic: the relation types (words and stances: SUPPORT, ACCUSE, REQUEST, THREATEN,
COOPERATE) whose undated telling in the sentence after a dated step of the same actor does
not take its date (:meth:`EventDates._narrative_dates`); the story still goes on through
them. Of the acts the sentence-by-sentence chain dated on the analysis sets these were
right 2 times in 8 (the deeds 4 in 5); on the unseen pool the chain lowered the dates."""
_DEED_CUES = word_set("event_dates.deed_cues")
"""Words that tell a diplomatic deed, not words, whatever type the act is coded
("summoned the ambassador", "استدعت السفير": an ACCUSE done, not said): a step of the
day's story."""
_STANDING_EN = word_set("event_dates.standing_en")
"""English present-tense verbs of holding forces or bases ("keeps", "has", "maintains"): a
presence told with one is a standing state, not an act of a day."""
_STANDING_PAST_EN = word_set("event_dates.standing_past_en")
"""English words that make such a presence a past or begun one ("had", "sent", "deployed")."""
_STORY_PAST_EN = word_set("relations.en_irregular_past") | word_set("quotes.en_irregular_past")
"""English simple pasts that do not end in -ed, as a deed's verb ("put their signatures",
"kept", "paid"): both word lists of the coder and the statements."""
_BACKGROUND_AR = word_set("relations.background_ar")
"""Openers of an Arabic note on the background ("يذكر أن", "ويشار إلى أن")."""
_REACTION_CUES = word_set("event_dates.reaction_cues")
"""English verbs of an answer to the event just told ("responded", "retorted"); and
with "back"/"out" ("hit back", "lashed out"): words said in answer go on the story's day."""
_REACTION_BACK = word_set("event_dates.reaction_back")
_CONTENT_MODALS_EN = word_set("event_dates.content_modals_en")
"""Modals that open the content an act brings in ("agreed that X would ..."): a time past
them is the content's, not the act's."""
_LAUNCH_VERBS = word_set("event_dates.launch_verbs")
"""Verbs of carrying out an attack in a relative clause on the attack noun ("الهجوم الذي
شنته الجماعة أمس", "the raid that the army carried out on Sunday"): the clause tells the
attack itself, its time is the attack's."""
_PROVISION_CUES = word_set("event_dates.provision_cues")
"""Words that open what a pact provides ("ينص الاتفاق على", "بموجب الاتفاقية", "under the
deal", "the accord provides for"), with a noun of :data:`_PACT_NOUNS` next to them."""
# the occasion an Arabic act was done on ("خلال اتصال هاتفي تلقاه مساء أمس"، "خلال لقائه
# اليوم"، "في مؤتمر صحفي عقده الأحد"): its time dates the act
_OCCASION_AR = word_set("event_dates.occasion_ar")
_OCCASION_GAP_AR = frozenset(
    fold(w) for w in ("أن", "إن", "أنه", "إنه", "بأن", "على", "من", "إلى", "و")
)
_OCCASION_RE = re.compile(
    r"(?<![^\W\d_])[وف]?(?:"
    + "|".join(fold(w) for w in ("خلال", "في", "أثناء", "لدى"))
    + r")\s+(?:ال)?(?P<n>"
    + "|".join(
        rf"{re.escape(w[:-1])}(?:ة|ت(?:ه|ها|هما|هم))"
        if w.endswith("ة")
        else rf"{re.escape(w)}(?:ه|ها|هما|هم)?"
        for w in sorted(_OCCASION_AR, key=len, reverse=True)
    )
    + r")(?![^\W\d_])"
)
_PACT_NOUNS = word_set("event_dates.pact_nouns")
_RELATIVES_ATTACK = frozenset({"that", "which", _AR("الذي"), _AR("التي")})
# a relative clause whose verb tells a standing state, in the present or the perfect
# ("The United States, which has voiced support for Kyiv, sent ... in July"; "العقوبات
# التي تفرضها واشنطن"، "وهو ما تعتبره بغداد خرقا"): the act is no step of the main
# clause's time
_RELATIVE_PRESENT_EN = re.compile(
    r"(?i),\s+(?:which|who)\s+(?:[\w'.-]+\s+){0,3}?(?:has|have|is|are|continues?\s+to)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)
_RELATIVE_PRESENT_AR = re.compile(
    rf"(?:(?<![^\W\d_])(?:{_AR('التي')}|{_AR('الذي')}|{_AR('الذين')})"
    rf"|(?<![^\W\d_])[وف]?(?:{_AR('هو')}|{_AR('هي')})\s+{_AR('ما')})"
    rf"\s+(?:(?![^\W\d_]*[.،,؛])[^\W\d_]+\s+){{0,3}}?$"
)
_IMPERFECT_AR = re.compile(rf"^[يت](?!{_AR('م')}(?:{_AR('ت')})?$)[^\W\d_]{{2,}}$")
_PLUPERFECT_REACH = 9  # "وكان <a subject of up to seven words> قد ...": background
_DATELINE_HEAD_AR = re.compile(
    r"[^\n.،]{0,60}?[)/»]\s*[-\u2013\u2014:]\s*|(?:[^\s.،]+\s+){1,3}[-\u2013\u2014]\s+"
)
"""An Arabic wire dateline at the head of a sentence: "الكويت (كونا) - ", "القاهرة في 5
مارس /أ ش أ/ - ", "الرباط - «الشرق الأوسط»: "; a bare city of up to three
words, "بيروت - ", "أبو ظبي - "."""


def _day_before(day: _dt.date) -> _dt.date:
    """The day before ``day`` (``day`` itself on the first day of the calendar, so a
    publication date of 0001-01-01 never overflows)."""
    return day - _dt.timedelta(days=1) if day > _dt.date.min else day


@trait
class EventDates(CoderBase):
    """Mixin of the relation coder that dates undated acts from their story (see the
    module docstring). The attributes and helpers below belong to the coder."""

    # word lists of ``lexicons/word_sets.tsv`` named after (and read by) the coder's module
    _source_markers: ClassVar[frozenset[str]]

    @abstractmethod
    def _other_clause_between(self, start: int, end: int) -> bool: ...
    @abstractmethod
    def _dateline(self, t: TimeExpr) -> bool: ...
    @abstractmethod
    def _since(self, t: TimeExpr) -> bool: ...
    @abstractmethod
    def _background_sentence(self, si: int, reach: int = 5) -> bool: ...
    @abstractmethod
    def _cause_between(self, start: int, end: int) -> bool: ...

    def _narrative_dates(self, rels: list[Rel]) -> list[Rel]:
        """Arabic: an undated act told right after a dated one by the same actor (or the
        state it speaks for), with no time of its own in its sentence, goes on the same
        story and takes its date ("اجتمع الرئيس بنظيره الجمعة. وأعرب عن شكره لمصر"). The
        dated one is a relation or a statement in the sentence before; the story goes on
        sentence by sentence. A pluperfect ("وكانت ... قد") is background, not a step.
        English: see :meth:`_story_day`."""
        doc = self.doc
        seg = doc.seg
        if seg is None:
            return rels
        rels = [
            self._launched_attack(
                self._content_time(self._cause_time(self._occasion_time(self._adjacent_time(r))))
            )
            for r in rels
        ]
        rels = self._headline_day(rels)
        rels = self._condemned_attacks([self._after_event_day(r) for r in rels])
        rels = [self._after_phrase_act(r) for r in rels]
        rels = self._purpose_of_acts(rels)
        rels = self._provisions(rels)
        if self.en:
            lead = self._lead_day()
            rels = self._meeting_days(
                [
                    replace(r, date=lead[1])
                    if lead is not None
                    and r.sent == lead[0]
                    and r.date is None
                    and r.modality in (Modality.ASSERTED, Modality.INTENDED)
                    and not self._told_before(r)
                    and not self._reported(r)
                    else self._story_day(r)
                    for r in rels
                ]
            )
            rels = [self._reported_deed(r) for r in rels]
            rels = self._same_meeting(self._answer_days(self._restated_acts(rels)))
            return [self._standing_presence(self._relative_state(r)) for r in rels]

        def actors(*keys: str) -> set[str]:
            out = set(keys)
            out.update(st for k in keys if (st := doc.entity_states.get(k)) is not None)
            return out

        arrival = self._lead_day_ar()
        if arrival is not None:
            # "وكان في استقبال الضيف لدى وصوله ...": the arrival the lead dates
            rels = [
                replace(r, date=arrival)
                if r.date is None
                and r.modality == Modality.ASSERTED
                and r.sent > 0
                and self._reception_formula(r.sent)
                else r
                for r in rels
            ]
        rels = [self._stated_after(r) for r in rels]
        rels = self._guest_received(rels)
        dated: dict[int, list[tuple[set[str], str]]] = {}
        for r in rels:
            if (
                r.date is not None
                and r.modality == Modality.ASSERTED
                and r.sent >= 0
                # "وكان X قد بعث ... الشهر الماضي": background
                and (not self._told_before(r) or self._reception_formula(r.sent))
            ):
                # both sides of a meeting go on with its story ("استقبل السيسي أردوغان
                # اليوم ... وأعلن أردوغان أن بلاده مستعدة للتعاون")
                keys = (r.subject, r.object) if r.type is RelationType.CONSULT else (r.subject,)
                dated.setdefault(r.sent, []).append((actors(*keys), r.date))
        for st in self.stmts:
            if st.date is not None and st.sent >= 0:
                dated.setdefault(st.sent, []).append((actors(st.speaker), st.date))
        for k, got_dates in list(dated.items()):
            # only the story's own days go on: "وفي ديسمبر الماضي، انتقدت ألمانيا ..." is
            # a background paragraph, the next undated sentence no step of it
            dated[k] = [(acts, d) for acts, d in got_dates if self._story_date(d)]
        rels = self._lead_from_next(rels, dated)
        # an undated statement that goes on with the story told just before it by the
        # same speaker ("وقال لعمامرة في مؤتمر صحافي إن ..." after "أعلن لعمامرة، أمس
        # الثلاثاء، ...") passes the day on to the next sentence's acts
        said = sorted(
            (st for st in self.stmts if st.date is None and st.sent > 0),
            key=lambda st: st.sent,
        )
        si = 0
        out: list[Rel] = []
        for r in sorted(rels, key=lambda r: r.sent):
            while si < len(said) and said[si].sent < r.sent:
                self._go_on(said[si].sent, actors(said[si].speaker), dated)
                si += 1
            got = None
            if (
                self._undated_body_act(r)
                and not self._clause_times(r)
                and not self._told_before(r)
                and not self._described_state(r)
                and not self._by_source(r.sent)
                # "يذكر أن الصين أيدت ...": a note on the background, no step of the story
                and self.doc.word(self.doc.tok_range(seg.sents[r.sent])[0]) not in _BACKGROUND_AR
            ):
                mine = actors(r.subject)
                prev = r.sent - 1
                while prev > 0 and self._background_sentence(prev, _PLUPERFECT_REACH):
                    prev -= 1  # "وكانت الإمارات قد أعلنت ... في شباط": the story resumes after it
                got = next((d for acts, d in dated.get(prev, []) if acts & mine), None)
                if got is None and (op := self._opening_day(prev)) is not None:
                    got = op[1] if actors(op[0]) & mine else None
                if got is None and prev == r.sent - 1 and self._follow_on(r.sent):
                    # "من جهته، أعرب ...": the other side's answer to the event told
                    # just before, the same day; it goes no further
                    got = next((d for _, d in dated.get(prev, []) if len(d) == 10), None)
                    out.append(replace(r, date=got) if got is not None else r)
                    continue
                if got is not None:
                    if r.type is RelationType.CONSULT:
                        mine = actors(r.subject, r.object)  # both sides of the meeting
                    dated.setdefault(r.sent, []).append((mine, got))
                    if fold(r.type.value) in _UNCHAINED_TYPES and not self._deed_word(r):
                        # words told a sentence later ("وأعرب عن شكره"، "داعية طهران إلى"):
                        # the story goes on through them, but they are a stance, not
                        # dated by the step before
                        got = None
            out.append(replace(r, date=got) if got is not None else r)
        out = self._person_goes_on(
            self._same_meeting(self._after_meeting_days(out, self._meeting_days(out)))
        )
        return [self._standing_presence(self._relative_state(r)) for r in out]

    def _deed_word(self, r: Rel) -> bool:
        """Whether the trigger of ``r`` is a word of :data:`_DEED_CUES` (a diplomatic deed,
        whatever type it is coded: "استدعت الخارجية السفير", "summoned"), a leading "و"/"ف"
        aside."""
        doc = self.doc
        w = doc.word(doc.tok_after(r.trig_start))
        return w in _DEED_CUES or (w[:1] in ("و", "ف") and w[1:] in _DEED_CUES)

    def _relative_state(self, r: Rel) -> Rel:
        """An act told in a relative clause whose verb is in the present or the perfect,
        with no time of its own in that clause, is a standing state, not dated by the
        main clause: "The United States, which has voiced firm support for Kyiv, sent
        ... in July"; "رفع العقوبات التي تفرضها واشنطن على دمشق"; "وهو ما تعتبره بغداد
        خرقا لسيادتها"."""
        doc = self.doc
        if r.date is None or doc.seg is None or r.sent < 0 or r.type is RelationType.CONSULT:
            # (a visit or talks under way, "الذي يزور المنطقة", "who is visiting Cairo",
            # are the day's events, not a standing state)
            return r
        sp = doc.seg.sents[r.sent]
        lo = max(sp.start, r.trig_start - 80)
        if self.en:
            m = _RELATIVE_PRESENT_EN.search(self.text, lo, r.trig_start)
        else:
            first = self.text[r.trig_start : r.trig_end].split()
            verb = first[0] if first else ""
            if verb[:1] in ("و", "ف") and len(verb) > 4:
                verb = verb[1:]
            if not _IMPERFECT_AR.match(verb):
                return r
            m = _RELATIVE_PRESENT_AR.search(self.text, lo, r.trig_start)
        if m is None:
            return r
        stop = len(self.text)
        for mark in (",", "،", "؛", ";"):
            k = self.text.find(mark, r.trig_end, sp.end)
            if k >= 0:
                stop = min(stop, k)
        end = min(stop, sp.end)
        if doc.times_in(m.start(), end):
            return r  # the clause tells its own time
        return replace(r, date=None)

    def _standing_presence(self, r: Rel) -> Rel:
        """A presence told in the present tense ("وتحتفظ تركيا بقوات في ..."، "ينتشرون في
        البلاد"، "Russia keeps an air base at ...") is a standing state: no time of another
        clause dates it (the pact it rests on "signed in 2019", the operation told before
        it "since April", a relative clause on its subject), only a time inside its
        evidence or a "since" right after it, the start of the state ("has troops in X
        since 2014")."""
        if r.type is not RelationType.PRESENCE or r.date is None or r.modality != Modality.ASSERTED:
            return r
        doc = self.doc
        t0 = doc.tok_after(r.trig_start)
        if self.en:
            words = {doc.word(j).lower() for j in range(max(0, t0 - 3), t0 + 1)}
            if words.isdisjoint(_STANDING_EN) or not words.isdisjoint(_STANDING_PAST_EN):
                return r
        elif not _IMPERFECT_AR.match(self._bare_verb(doc.word(t0))):
            return r
        for t in doc.times_in(r.ev_start, r.ev_end):
            if (
                t.value is not None
                and t.value[:4] == r.date[:4]
                and (t.start >= r.trig_start or not self._later_clause(t.end, r.trig_start))
            ):
                return r  # its own time (not one of a clause set off before it)
        for t in doc.times_in(r.ev_end, min(len(self.text), r.ev_end + 60)):
            gap = self.text[r.ev_end : t.start]
            if (
                self._since(t)
                and t.value is not None
                and len(gap.split()) <= 4
                and not any(c in gap for c in ".,;:،؛")
            ):
                return r  # the start of the state
        return replace(r, date=None)

    @staticmethod
    def _bare_verb(w: str) -> str:
        """An Arabic word without a leading conjunction "و"/"ف" (on a word of five letters
        or more: "وتحتفظ", not "وصل")."""
        return w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w

    def _person_goes_on(self, rels: list[Rel]) -> list[Rel]:
        """Arabic: an undated act of a person who spoke or acted earlier in the story on a
        day of the last week goes on that occasion and takes its day ("أكد الوزير،
        الأربعاء، أن ... . وقال الوزير إن ...، معربا عن شكره للأردن"، "استقبل الملك
        الرئيس أمس ... . وأشاد الرئيس بدور الأردن"): a person speaks at a time and place,
        the words told after it in the story are from there. The act of the person's own
        telling, not one told in what is said after "إن"/"أن"; not a present-tense stance
        ("ويرفض"، "وتدعم"), a pluperfect, a background note, a sentence with a time of its
        own or opened by its source."""
        doc = self.doc
        seen: list[tuple[int, set[str], str]] = []
        for x in rels:
            if (
                x.date is not None
                and len(x.date) == 10
                and x.modality == Modality.ASSERTED
                and x.sent >= 0
                and self._story_date(x.date)
                and not self._told_before(x)
            ):
                keys = {x.subject, x.object} if x.type is RelationType.CONSULT else {x.subject}
                seen.append((x.sent, keys, x.date))
        for st in self.stmts:
            if st.date is not None and len(st.date) == 10 and st.sent >= 0:
                if self._story_date(st.date):
                    seen.append((st.sent, {st.speaker}, st.date))
        if not seen:
            return rels
        seen.sort(key=lambda k: k[0])
        out: list[Rel] = []
        for r in rels:
            if (
                doc.entity_types.get(r.subject) == EntityType.PERSON
                and self._undated_body_act(r)
                and not self._own_times(r.sent)
                and not self._told_before(r)
                and not self._described_state(r)
                and not self._by_source(r.sent)
                and not self._background_sentence(r.sent, _PLUPERFECT_REACH)
                and not self._present_tense(r)
                and self._own_telling(r)
            ):
                got = [(si, keys, d) for si, keys, d in seen if si < r.sent and r.subject in keys]
                if got:
                    # the actors of the latest sentence that dates the person go on too
                    last = got[-1][0]
                    sides = set().union(*(keys for si, keys, _ in got if si == last))
                    if not self._other_step_between(rels, last, r.sent, sides):
                        r = replace(r, date=got[-1][2])
            out.append(r)
        return out

    def _other_step_between(self, rels: list[Rel], a: int, b: int, keys: set[str]) -> bool:
        """Whether a sentence between ``a`` and ``b`` tells a step of another actor's story:
        an asserted act, not background, by none of ``keys`` nor the states they speak for
        ("استقبل الملك الرئيس ... . وطلبت الحكومة المصرية من الأردن ... . وشكر الملك ...")."""
        ours = self._actors(*keys)
        return any(
            a < x.sent < b
            and x.modality == Modality.ASSERTED
            and not self._told_before(x)
            and not self._background_sentence(x.sent, _PLUPERFECT_REACH)
            and not self._actors(x.subject) & ours
            for x in rels
        )

    def _present_tense(self, r: Rel) -> bool:
        """Whether the Arabic trigger is an imperfect verb ("ويرفض"، "وتدعم"، "نطالب"): a
        stance that stands, not a step of the story."""
        w = self.doc.word(self.doc.tok_after(r.trig_start)).removeprefix("و")
        return w.startswith(("ت", "ي", "ن"))

    def _own_telling(self, r: Rel) -> bool:
        """Whether ``r`` is its subject's own act of telling or doing, not one told in what
        another says, in a direct quotation, or in what is reported after "إن"/"أن"."""
        stmt = self.stmt_at(r.trig_start)
        if stmt is not None and (stmt.direct or stmt.speaker != r.subject):
            return False
        return not self._told_in_content(r)

    def _same_meeting(self, rels: list[Rel]) -> list[Rel]:
        """An undated meeting or call between the same two actors as one dated earlier in
        the story to a day of the last week, with no time of its own, is that meeting told
        again: it takes its day, told in the pluperfect too ("عقد ولي العهد والسوداني، مساء
        الثلاثاء، جلسة مباحثات ... وكان ولي العهد قد استقبل السوداني في قصر السلام", "Modi
        and the crown prince held talks on Monday ... Modi had received him at the palace").
        Not a meeting said to be another ("في لقاء سابق", "they last met")."""
        met = [
            (r.sent, r.date, {r.subject, r.object})
            for r in rels
            if r.type is RelationType.CONSULT
            and r.date is not None
            and len(r.date) == 10
            and r.modality == Modality.ASSERTED
            and r.sent >= 0
            and self._story_date(r.date)
        ]
        if not met:
            return rels
        out: list[Rel] = []
        for r in rels:
            if (
                r.type is RelationType.CONSULT
                and self._undated_body_act(r)
                and not self._act_times(r)
                and not self._names_another_meeting(r.sent)
            ):
                got = [d for si, d, pair in met if si < r.sent and pair == {r.subject, r.object}]
                if got:
                    r = replace(r, date=got[-1])
            out.append(r)
        return out

    def _names_another_meeting(self, si: int) -> bool:
        """Whether sentence ``si`` tells a meeting as another one ("earlier", "last",
        "previously", "سابق", "الأخير")."""
        if self.en:
            return self._another_act(si)
        doc = self.doc
        if doc.seg is None:
            return True
        a, b = doc.tok_range(doc.seg.sents[si])
        return any(doc.word(j).removeprefix("و") in _ANOTHER_MEETING_AR for j in range(a, b))

    def _told_in_content(self, r: Rel) -> bool:
        """Whether ``r`` is told in what a statement reports after "إن"/"أن" ("قال الرئيس
        إن الأردن يدعم الشعب الفلسطيني"): the content's act, not the speech act itself
        ("أعرب عن شكره"، "أعلنت رفضها")."""
        st = self.stmt_at(r.trig_start)
        if st is None or r.trig_start < st.start:
            return False
        doc = self.doc
        return any(
            doc.word(j).removeprefix("و") in _THAT_AR
            for j in range(doc.tok_after(st.cue_end), doc.tok_after(st.start) + 1)
        )

    def _adjacent_time(self, r: Rel) -> Rel:
        """An undated act whose trigger stands right next to a time of its sentence, with
        nothing between but the commas around the time ("Niger's junta on Thursday
        demanded the release", "attacked on Sunday", "طالبت الخارجية، اليوم الأحد،
        بالإفراج"): that time is the act's, whichever rule coded it. Not a
        wire dateline, a "since" or a time with no value."""
        doc = self.doc
        if r.date is not None or r.modality != Modality.ASSERTED or r.trig_start < 0:
            return r
        for t in doc.times_in(max(0, r.trig_start - 40), r.trig_end + 40):
            if t.value is None or t.kind == "after" or self._dateline(t) or self._since(t):
                continue
            if t.end <= r.trig_start:
                gap = self.text[t.end : r.trig_start]
                side = self.text[max(0, t.start - 3) : t.start]  # a comma opening it
            elif t.start >= r.trig_end:
                gap = self.text[r.trig_end : t.start]
                side = self.text[t.end : t.end + 3]  # a comma closing it
            else:
                continue
            if len(gap) > 3 or gap.strip(" ,\u060c"):
                continue
            # past a comma only when the time stands between commas ("، اليوم الأحد،"): a
            # time before ", ودعت" ends the clause before the act
            if gap.strip() and not any(c in side for c in ",\u060c"):
                continue
            return replace(r, date=t.value)
        return r

    def _occasion_time(self, r: Rel) -> Rel:
        """Arabic: an undated act told in a sentence that names the occasion it was done
        on with a time right after the occasion's noun ("وبحث الأمير مع الرئيس، خلال
        اتصال هاتفي تلقاه مساء أمس، تطورات"، "وأكد الوزير خلال لقائه اليوم نظيره"): that
        time is the act's. At most four words between the noun and the time, and no
        punctuation; not a wire dateline, a "since" or a time with no value."""
        doc = self.doc
        if (
            self.en
            or r.date is not None
            or r.modality != Modality.ASSERTED
            or doc.seg is None
            or not 0 <= r.sent < len(doc.seg.sents)
        ):
            return r
        sent = doc.seg.sents[r.sent]
        text = self.text
        for m in _OCCASION_RE.finditer(text, sent.start, sent.end):
            for t in doc.times_in(m.end(), min(sent.end, m.end() + 45)):
                gap = text[m.end() : t.start]
                words = gap.split()
                if (
                    len(words) > 3
                    or any(c in gap for c in '.,;:\u060c\u061b"«»')
                    or not _OCCASION_GAP_AR.isdisjoint(words)
                ):
                    break  # "خلال المراسم إن العالم يشهد اليوم": the time of what is said
                if t.value is None or t.kind == "after" or self._dateline(t) or self._since(t):
                    break
                return replace(r, date=t.value)
        return r

    def _provision_start(self, si: int) -> int:
        """Where sentence ``si`` opens what a pact provides, or -1: a cue of
        :data:`_PROVISION_CUES` among its first words with a pact noun within two words
        after it ("وينص الاتفاق على"، "وبموجب الاتفاقية"، "Under the deal", "Under the
        terms of the accord") or just before it ("The agreement provides for"). Not a
        pact named in passing further on ("وفق ما تنص عليه المعاهدة")."""
        doc = self.doc
        if doc.seg is None or not 0 <= si < len(doc.seg.sents):
            return -1
        a, b = doc.tok_range(doc.seg.sents[si])
        for j in range(a, min(b, a + 4)):
            if doc.word(j) not in _PROVISION_CUES:
                continue
            if self.en and doc.word(j) == "under":
                # "under the deal", "under the terms of the accord"
                after = {doc.word(k) for k in range(j + 1, min(b, j + 5))}
                if doc.word(j + 1) in ("the", "this", "that", "its") and not after.isdisjoint(
                    _PACT_NOUNS
                ):
                    return doc.tokens[j].start
                continue
            near = {doc.word(k) for k in range(j + 1, min(b, j + 3))}
            if not near.isdisjoint(_PACT_NOUNS) or doc.word(j - 1) in _PACT_NOUNS:
                return doc.tokens[j].start
        return -1

    def _provisions(self, rels: list[Rel]) -> list[Rel]:
        """An undated act told as what a pact provides ("وينص الاتفاق على سحب القوات
        الأمريكية"، "Under the deal, Athens will lift its veto") takes the date of the
        pact: the last agreement dated to a day or month of the story told before it, or
        in its sentence; else the day the pact was told with."""
        doc = self.doc
        if doc.seg is None:
            return rels
        pacts = sorted(
            (x for x in rels
             if x.type is RelationType.AGREE and x.date is not None
             and x.modality == Modality.ASSERTED and self._story_date(x.date)),
            key=lambda x: x.trig_start,
        )  # fmt: skip
        out: list[Rel] = []
        for r in rels:
            if (
                r.date is None
                and r.type is not RelationType.AGREE
                and r.modality in (Modality.ASSERTED, Modality.INTENDED)
                and r.sent >= 0
                and 0 <= self._provision_start(r.sent) < r.trig_start
            ):
                end = doc.seg.sents[r.sent].end
                got = [x.date for x in pacts if x.trig_start < end] or [self._pact_day(r.sent)]
                if got[-1] is not None:
                    r = replace(r, date=got[-1])
            out.append(r)
        return out

    def _pact_day(self, si: int) -> str | None:
        """The day or month of the story told in the last sentence before ``si`` that
        names a pact with a time ("شهدت الدوحة اليوم توقيع اتفاق السلام", "signed the
        accord on Friday"): the pact's, when no agreement was coded from it."""
        doc = self.doc
        seg = doc.seg
        if seg is None:
            return None
        for k in range(si - 1, -1, -1):
            sp = seg.sents[k]
            if sp.end <= doc.title_end:
                return None
            a, b = doc.tok_range(sp)
            if not any(doc.word(j) in _PACT_NOUNS for j in range(a, b)):
                continue
            days = [
                t.value
                for t in self._own_times(k)
                if t.value is not None
                and not self._dateline(t)
                and not self._since(t)
                and t.kind != "after"
                and self._story_date(t.value)
            ]
            if days:
                return days[0]
        return None

    def _content_time(self, r: Rel) -> Rel:
        """English: a date read from a time told only inside the content the act brings in,
        past a modal after its trigger ("agreed that Egypt would send engineers by June",
        "warned that it could strike within days next week"), is the content's time, not
        the act's: the act is left undated for the story's rules to date."""
        doc = self.doc
        seg = doc.seg
        if not self.en or seg is None or r.date is None or r.sent < 0:
            return r
        sp = seg.sents[r.sent]
        times = [t for t in doc.times_in(sp.start, sp.end) if t.value == r.date]
        if not times or not self._in_content(r, times[0]):
            return r
        return replace(r, date=None)

    def _in_content(self, r: Rel, t: TimeExpr) -> bool:
        """English: whether time ``t`` is told after the trigger of ``r`` past a modal, in
        the content the act brings in ("agreed that X would ... by June")."""
        if not self.en or t.start < r.trig_end:
            return False
        doc = self.doc
        a, b = doc.tok_after(r.trig_end), doc.tok_after(t.start)
        return any(doc.word(j) in _CONTENT_MODALS_EN for j in range(a, b))

    def _meeting_days(self, rels: list[Rel]) -> list[Rel]:
        """An undated act in a sentence with no time of its own that names the meeting or
        call told before ("According to Beijing's account of the call, Wang demanded ...",
        "وفي ختام المباحثات، وقّع الجانبان ...") takes the day of the latest dated meeting
        of the story in the sentences before."""
        doc = self.doc
        seg = doc.seg
        if seg is None:
            return rels
        meetings = sorted(
            (r.sent, r.date, r.type is RelationType.CONSULT, r.subject, r.object)
            for r in rels
            if r.type in (RelationType.CONSULT, RelationType.AGREE)
            and r.date is not None
            and len(r.date) == 10
            and r.modality == Modality.ASSERTED
            and r.sent >= 0
            and self._story_date(r.date)
            and not self._told_before(r)  # ("وكان ... قد اتصل ... يوم الاثنين": background)
        )
        if not meetings:
            return rels
        out: list[Rel] = []
        for r in rels:
            if (
                self._undated_body_act(r)
                and not self._act_times(r)
                and not self._told_before(r)
                and (talks := self._names_meeting(r.sent)) | self._names_ceremony(r.sent)
            ):
                # the talks are a meeting's; a ceremony may be a signing's
                before = [
                    (d, self._actors(s, o))
                    for si, d, c, s, o in meetings
                    if r.sent - 6 <= si < r.sent and (c or not talks)
                ]
                # the latest meeting of the act's own sides, else the latest
                mine = self._actors(r.subject, r.object)
                ours = [d for d, acts in before if acts & mine]
                if ours or before:
                    r = replace(r, date=ours[-1] if ours else before[-1][0])
            out.append(r)
        return out

    def _after_meeting_days(self, before: list[Rel], after: list[Rel]) -> list[Rel]:
        """Arabic: an undated act in the sentence right after one that took the day of the
        meeting or ceremony it names (:meth:`_meeting_days`), by the same actor, with no
        time of its own and no background, goes on with that day ("وقال الوزير خلال
        المراسم ...، معربا عن شكره للرئيس. ووجه الشكر إلى رئيس الوزراء ...")."""
        doc = self.doc
        seg = doc.seg
        got_day = [
            (a.sent, a.date, self._actors(a.subject))
            for b, a in zip(before, after, strict=True)
            if b.date is None and a.date is not None
        ]
        if seg is None or not got_day:
            return after
        out: list[Rel] = []
        for r in after:
            if (
                self._undated_body_act(r)
                and not self._clause_times(r)
                and not self._told_before(r)
                and not self._background_sentence(r.sent, _PLUPERFECT_REACH)
                and not self._by_source(r.sent)
            ):
                mine = self._actors(r.subject)
                got = next((d for si, d, acts in got_day if si == r.sent - 1 and acts & mine), None)
                if got is not None:
                    r = replace(r, date=got)
            out.append(r)
        return out

    def _names_meeting(self, si: int) -> bool:
        """Whether sentence ``si`` names a meeting or call again ("the call", "the talks",
        "اللقاء", "المباحثات")."""
        doc = self.doc
        a, b = doc.tok_range(doc.seg.sents[si]) if doc.seg is not None else (0, 0)
        for j in range(a, b):
            w = doc.word(j)
            if self.en:
                if w in _MEETING_REFS and doc.word(j - 1) == "the":
                    return True
            elif w.removeprefix("و") in _MEETING_REFS:
                return True
        return False

    def _names_ceremony(self, si: int) -> bool:
        """Whether sentence ``si`` names a ceremony again ("خلال مراسم التوقيع", "at the
        signing ceremony")."""
        doc = self.doc
        if doc.seg is None:
            return False
        a, b = doc.tok_range(doc.seg.sents[si])
        return any(doc.word(j).removeprefix("و") in CEREMONY_REFS for j in range(a, b))

    def _act_times(self, r: Rel) -> list[TimeExpr]:
        """The times of the sentence of ``r`` outside its direct quotations and outside what
        another statement in it reports ("قال في كلمة خلال المراسم إن العالم يشهد اليوم
        تغييرا، معربا عن شكره ...": that "today" is the speaker's word, not the thanks'
        time)."""
        spans = [
            (st.start, st.end)
            for st in self.stmts
            if st.sent == r.sent and not st.start <= r.trig_start < st.end
        ]
        return [t for t in self._own_times(r.sent) if not any(a <= t.start < b for a, b in spans)]

    def _clause_times(self, r: Rel) -> list[TimeExpr]:
        """The times of the sentence of ``r`` but those told after its trigger past a word
        that opens another clause ("وأعرب عن شكره، على أن يزور اليوم قطر"، "ووقع الجانبان
        مذكرات، فيما يتوجه الرئيس اليوم إلى الإمارات"): that "today" is the other clause's,
        no time of the act, which goes on with the story's day."""
        doc = self.doc
        if doc.seg is None:
            return []
        sp = doc.seg.sents[r.sent]
        got = doc.times_in(sp.start, sp.end)
        if self.en or not got or got[0].start < r.trig_end:
            return got
        # every time of the sentence past that word
        return [] if self._other_clause_between(r.trig_end, got[0].start) else got

    def _own_times(self, si: int) -> list[TimeExpr]:
        """The times of sentence ``si`` outside its direct quotations: "إن الاتفاقية
        \"تفتح اليوم فصلا جديدا\"" is the speaker's word, no time of the act."""
        doc = self.doc
        if doc.seg is None:
            return []
        sp = doc.seg.sents[si]

        def quoted(t: TimeExpr) -> bool:
            head = self.text[sp.start : t.start]
            return (
                head.count('"') % 2 == 1
                or head.rfind("«") > head.rfind("»")
                or head.rfind("\u201c") > head.rfind("\u201d")
            )

        return [t for t in doc.times_in(sp.start, sp.end) if not quoted(t)]

    def _go_on(self, si: int, mine: set[str], dated: dict[int, list[tuple[set[str], str]]]) -> None:
        """Arabic: record in ``dated`` that sentence ``si``, with no time of its own and
        not background, goes on with the day of the story told just before it by the
        same actors (see :meth:`_narrative_dates`)."""
        doc = self.doc
        seg = doc.seg
        if (
            seg is None
            or any(acts & mine for acts, _ in dated.get(si, []))
            or doc.times_in(seg.sents[si].start, seg.sents[si].end)
            or self._background_sentence(si, _PLUPERFECT_REACH)
            or self._by_source(si)
            or seg.sents[si].start < doc.title_end
        ):
            return
        prev = si - 1
        while prev > 0 and self._background_sentence(prev, _PLUPERFECT_REACH):
            prev -= 1
        got = next((d for acts, d in dated.get(prev, []) if acts & mine), None)
        if got is None and (op := self._opening_day(prev)) is not None:
            got = op[1] if self._actors(op[0]) & mine else None
        if got is not None:
            dated.setdefault(si, []).append((mine, got))

    def _by_source(self, si: int) -> bool:
        """Whether Arabic sentence ``si`` opens with its source ("وبحسب المتحدثة باسم
        البيت الأبيض، حث ترامب ..."): another account, not the next step of the story
        told before it."""
        seg = self.doc.seg
        if seg is None or not 0 <= si < len(seg.sents):
            return False
        return self.doc.word(self.doc.tok_after(seg.sents[si].start)) in self._source_markers

    def _purpose_of_acts(self, rels: list[Rel]) -> list[Rel]:
        """An undated stance told as the purpose of a dated act right before it, by the
        same actor ("Nicaragua said Saturday it was breaking off relations with Ecuador in
        solidarity with Mexico", "سحبت سفيرها، أمس، تضامنا مع الجزائر"): taken in that act,
        on its day."""
        doc = self.doc
        dated = [
            x
            for x in rels
            if x.date is not None and x.modality == Modality.ASSERTED and x.sent >= 0
        ]
        if not dated:
            return rels
        out: list[Rel] = []
        for r in rels:
            k = doc.tok_after(r.ev_start)
            if (
                r.date is None
                and r.modality == Modality.ASSERTED
                and r.sent >= 0
                and k < len(doc.tokens)
                and (
                    (doc.word(k) in PURPOSE_NOUNS and (not self.en or doc.word(k - 1) == "in"))
                    or (self.en and doc.word(k - 1) in PURPOSE_NOUNS and doc.word(k - 2) == "in")
                )
            ):
                mine = self._actors(r.subject)
                for x in dated:
                    gap = self.text[x.ev_end : r.ev_start]
                    if (
                        x.sent == r.sent
                        and x is not r
                        and 0 <= len(gap) <= 40
                        and not any(c in gap for c in ".;:؛")
                        and self._actors(x.subject) & mine
                    ):
                        r = replace(r, date=x.date)
                        break
            out.append(r)
        return out

    def _condemned_attacks(self, rels: list[Rel]) -> list[Rel]:
        """An undated attack named as the object of a condemnation dated to the publication
        day or the day before by a time told before the attack ("Qatar on Monday condemned
        an Iranian missile attack on the base", "دانت قطر، اليوم، الهجوم الصاروخي على
        القاعدة"): with no other time told, the attack is of that day. Not a war or an
        invasion (no one event), nor a condemnation dated after the attack is named."""
        doc = self.doc
        seg = doc.seg
        pub = doc.published
        if seg is None or pub is None:
            return rels
        fresh = (pub.isoformat(), _day_before(pub).isoformat())
        accs = [
            x
            for x in rels
            if x.type is RelationType.ACCUSE
            and x.date in fresh
            and x.modality == Modality.ASSERTED
            and x.sent >= 0
            and not self._told_before(x)
        ]
        if not accs:
            return rels
        out: list[Rel] = []
        for r in rels:
            if r.type is RelationType.ASSAULT and r.date is None and r.sent >= 0:
                k = doc.tok_after(r.ev_start)
                noun = any(doc.word(j) in SINGLE_ATTACKS for j in range(k, k + 4))
                own = self._own_times(r.sent)
                for acc in accs:
                    if (
                        noun
                        and acc.sent == r.sent
                        and acc.trig_start < r.trig_start
                        and r.ev_start <= acc.ev_end + 40
                        and not any(t.end > r.trig_start for t in own)
                        and any(
                            t.value == acc.date and t.end <= r.trig_start and not self._dateline(t)
                            for t in own
                        )
                    ):
                        r = replace(r, date=acc.date)
                        break
            out.append(r)
        return out

    def _headline_day(self, rels: list[Rel]) -> list[Rel]:
        """A headline act with no time of its own, dated to the publication day by
        default ("Zambia Clinches Debt Deal With China" over "Zambia reached an agreement
        ... . The president announced the deal on Thursday"), tells the lead's news: it
        takes the lead's day when the body gives one of the last week, the lead's own
        single day or the English lead day of the sentence after it."""
        doc = self.doc
        seg = doc.seg
        pub = doc.published
        if seg is None or pub is None or not doc.title_end:
            return rels
        today = pub.isoformat()
        week_ago = (_week_before(pub)).isoformat()
        heads = [
            r
            for r in rels
            if r.trig_start < doc.title_end
            and r.date == today
            and r.modality == Modality.ASSERTED
            and not doc.times_in(0, doc.title_end)
        ]
        if not heads:
            return rels
        # the lead past a dateline or byline line of its own ("أبوظبي - سكاي نيوز عربية",
        # "دمشق-سانا"): a line of five words at most
        lead = next(
            (
                k
                for k, sp in enumerate(seg.sents[:5])
                if sp.start >= doc.title_end and len(self.text[sp.start : sp.end].split()) > 5
            ),
            None,
        )
        if lead is None:
            return rels
        days = {
            t.value
            for t in self._own_times(lead)
            if t.value is not None
            and len(t.value) == 10
            and t.kind not in ("after", "vague")
            and not self._dateline(t)
            and not self._since(t)
        }
        # a day of the last week (not "the treaty signed on 8 October 2002" told with it)
        days = {d for d in days if week_ago <= d < today} or days
        day: str | None = None
        opening = None if self.en else self._opening_day(lead)
        if opening is not None and opening[1] in days:
            # "أعلنت الخارجية الروسية، الخميس، طرد دبلوماسي ردا على خطوة اتخذتها كيشيناو في
            # الرابع من مارس": the day told with the lead's subject is its act's
            day = opening[1]
        elif len(days) == 1:
            day = days.pop()
        elif not days and self.en:
            got = self._lead_day(spans_ok=True)
            day = got[1] if got is not None else None
        if day is None or day >= today or _dt.date.fromisoformat(day) < _week_before(pub):
            return rels
        return [replace(r, date=day) if r in heads else r for r in rels]

    def _cause_time(self, r: Rel) -> Rel:
        """An act dated only by a time told after its trigger inside the cause it answers
        ("Pakistan had expelled Indian diplomats in retaliation for New Delhi's suspension
        of the treaty on April 23", "ردا على قرار ... في 23 أبريل") or inside what it led
        to (", prompting ... on Monday"): that time is the other event's; the act is left
        to its story."""
        if r.date is None or r.sent < 0:
            return r
        own = self._own_times(r.sent)
        other = False
        for t in own:
            if t.value != r.date:
                continue
            if t.start < r.trig_end or not self._cause_between(r.trig_end, t.start):
                return r  # a time of the act's own clause gives that date
            other = True
        return replace(r, date=None) if other else r

    def _launched_attack(self, r: Rel) -> Rel:
        """An undated attack named by a noun whose relative clause tells it carried out,
        with a time inside that clause ("أدانت الكويت الهجوم الذي شنته الجماعة أمس على
        المنشآت", "the raid which the army carried out on Sunday"): the clause's time is
        the attack's own, not another agent's act."""
        doc = self.doc
        seg = doc.seg
        if seg is None or r.type is not RelationType.ASSAULT or r.date is not None or r.sent < 0:
            return r
        k = doc.tok_after(r.ev_start)
        end = seg.sents[r.sent].end
        for j in range(k, min(k + 4, len(doc.tokens))):
            if doc.tokens[j].start >= r.ev_end:
                return r
            if doc.word(j) in SINGLE_ATTACKS:
                break
        else:
            return r
        # the relative word within two words of the noun (its adjectives), the verb of
        # carrying out right after it (Arabic) or after a subject of up to four words
        rel = next((i for i in range(j + 1, j + 4) if doc.word(i) in _RELATIVES_ATTACK), None)
        if rel is None:
            return r
        last = rel + (6 if self.en else 2)
        verb = next((i for i in range(rel + 1, last) if doc.word(i) in _LAUNCH_VERBS), None)
        if verb is None or doc.tokens[verb].start >= end:
            return r
        lo = doc.tokens[verb].end
        for c in ".,;:،؛":
            i = self.text.find(c, lo, end)
            if i != -1:
                end = i
        for t in self._own_times(r.sent):
            if lo <= t.start < end and t.value is not None and t.value[:1].isdigit():
                if t.kind in ("after", "vague") or self._dateline(t):
                    return r
                return replace(r, date=t.value)
        return r

    def _after_event_day(self, r: Rel) -> Rel:
        """An undated act told right before the event it follows, with that event's day
        told after it in the same sentence ("Mexico broke off relations with Ecuador after
        police stormed its embassy late Friday", "قطعت X علاقاتها مع Y إثر اقتحام السفارة
        مساء الجمعة"): when that day is the publication day or the day before, the act
        came between it and the report, and the report gives it that day. Not a
        count ("a week after", "بعد يومين من"), nor a day past another clause."""
        doc = self.doc
        seg = doc.seg
        pub = doc.published
        if (
            seg is None
            or pub is None
            or r.date is not None
            or r.modality != Modality.ASSERTED
            or r.sent < 0
            or r.trig_start < doc.title_end
            or self._told_before(r)
        ):
            return r
        sent = seg.sents[r.sent]
        j = doc.tok_after(r.ev_end)
        if j >= len(doc.tokens) or doc.tokens[j].start >= sent.end:
            return r
        if doc.word(j) not in AFTER_EVENT:
            j += 1  # one word between ("with Ecuador on Saturday after" has a time: no)
            if j >= len(doc.tokens) or doc.word(j) not in AFTER_EVENT:
                return r
        if any(c in self.text[r.ev_end : doc.tokens[j].start] for c in ".,;:،؛"):
            return r
        if any(t.end <= doc.tokens[j].start for t in self._own_times(r.sent)):
            return r  # a time of the act's own before the event
        after = doc.times_in(doc.tokens[j].end, sent.end)
        if not after:
            return r
        t = after[0]
        if (
            t.value is None
            or len(t.value) != 10
            or t.kind == "after"
            or self._since(t)
            or doc.tok_after(t.start) <= j + 1  # "after a week of talks", "بعد يومين"
            or any(c in self.text[doc.tokens[j].end : t.start] for c in ".;:؛")
            or any(w in AFTER_EVENT for w in self._span_words(j + 1, doc.tok_after(t.start)))
        ):
            return r
        day = _dt.date.fromisoformat(t.value)
        if not _day_before(pub) <= day <= pub:
            return r
        return replace(r, date=t.value)

    def _after_phrase_act(self, r: Rel) -> Rel:
        """An act told as the noun of an "after" phrase ("announced aid on Thursday after
        consultations with Scholz", "بعد مشاورات مع"): it came before the main clause, at
        a time the text does not give; the main clause's time is not its own. A
        time inside the phrase ("after talks on Thursday") is kept."""
        doc = self.doc
        seg = doc.seg
        if seg is None or r.date is None or r.sent < 0:
            return r
        k = doc.tok_after(r.trig_start)
        if doc.word(k - 1) not in AFTER_EVENT:
            return r
        sent = seg.sents[r.sent]
        end = sent.end
        for c in ".,;:،؛":
            i = self.text.find(c, r.trig_end, end)
            if i != -1:
                end = i
        inside = doc.times_in(doc.tokens[k - 1].start, end)
        if inside:
            # "استدعت الخارجية، الأربعاء، السفير ... بعد إبرام اتفاقية بين البلدين في 12
            # مارس 2010": the phrase's own time, not the main clause's
            t = inside[0]
            if (
                t.value is not None
                and t.value[:1].isdigit()
                and t.kind not in ("after", "vague")
                and not self._since(t)
            ):
                return replace(r, date=t.value)
            return r
        return replace(r, date=None)

    def _guest_received(self, rels: list[Rel]) -> list[Rel]:
        """Arabic: the host's reception of the guest told in the pluperfect right after the
        dated act of the visit between the same two sides ("وقع الرئيسان اليوم مذكرة تفاهم.
        وكان الرئيس قد استقبل ضيفه في قصر الشعب"), with no time of its own, is the arrival
        of that visit and takes its day; another visit ("قد زار أنقرة") stays background."""
        doc = self.doc
        if doc.seg is None:
            return rels
        dated = [
            (x.sent, x.date, self._actors(x.subject, x.object))
            for x in rels
            if x.date is not None
            and len(x.date) == 10
            and x.modality == Modality.ASSERTED
            and x.sent >= 0
            and self._story_date(x.date)
            and not self._told_before(x)
        ]
        if not dated:
            return rels
        out: list[Rel] = []
        for r in rels:
            if (
                r.type is RelationType.CONSULT
                and r.date is None
                and r.modality == Modality.ASSERTED
                and r.sent > 0
                and doc.word(doc.tok_after(r.trig_start)) in RECEPTION_VERBS_AR
                and self._told_before(r)
                and not self._own_times(r.sent)
                and not self._names_another_meeting(r.sent)
            ):
                host, guest = self._actors(r.subject), self._actors(r.object)
                got = next(
                    (
                        d
                        for si, d, acts in reversed(dated)
                        if r.sent - 2 <= si < r.sent and host & acts and guest & acts
                    ),
                    None,
                )
                if got is not None:
                    r = replace(r, date=got)
            out.append(r)
        return out

    def _lead_from_next(
        self, rels: list[Rel], dated: dict[int, list[tuple[set[str], str]]]
    ) -> list[Rel]:
        """Arabic: a lead with no time of its own ("دمشق-سانا / رحبت وزارة الخارجية
        بالقرار ...") whose next sentence goes on with the same actor and gives the day
        ("وأكدت الوزارة في بيان ... اليوم"): the lead's acts take that day, as in English
        (:meth:`_lead_day`). ``dated`` maps sentences to the actors and story
        days told in them."""
        doc = self.doc
        seg = doc.seg
        if seg is None:
            return rels
        lead = next(
            (
                k
                for k, sp in enumerate(seg.sents[:4])
                if sp.start >= doc.title_end and sp.end - sp.start > 40
            ),
            None,
        )
        if (
            lead is None
            or lead + 1 >= len(seg.sents)
            or self._own_times(lead)
            or self._background_sentence(lead + 1, _PLUPERFECT_REACH)
        ):
            return rels
        nxt = [(acts, d) for acts, d in dated.get(lead + 1, []) if len(d) == 10]
        if not nxt:
            return rels
        out: list[Rel] = []
        for r in rels:
            if (
                r.sent == lead
                and r.date is None
                and r.modality == Modality.ASSERTED
                and not self._told_before(r)
                and not self._reported(r)
            ):
                mine = self._actors(r.subject)
                got = next((d for acts, d in nxt if acts & mine), None)
                if got is not None:
                    r = replace(r, date=got)
            out.append(r)
        return out

    def _answer_days(self, rels: list[Rel]) -> list[Rel]:
        """English: an undated act in a sentence that opens as the other side's answer
        ("For its part, Beijing said ..."), with no time of its own, takes the day of the
        act or statement told in the sentence just before it: the same event."""
        doc = self.doc
        if doc.seg is None:
            return rels
        days: dict[int, str] = {}
        for st in self.stmts:
            if st.date is not None and len(st.date) == 10 and st.sent >= 0:
                days.setdefault(st.sent, st.date)
        for x in rels:
            if (
                x.date is not None
                and len(x.date) == 10
                and x.modality == Modality.ASSERTED
                and x.sent >= 0
                and not self._told_before(x)
            ):
                days.setdefault(x.sent, x.date)
        out: list[Rel] = []
        for r in rels:
            if (
                self._undated_body_act(r, Modality.INTENDED)
                and not self._act_times(r)
                and not self._told_before(r)
            ):
                got = days.get(r.sent - 1) if self._follow_on(r.sent) else None
                if got is not None and self._story_date(got):
                    r = replace(r, date=got)
            out.append(r)
        return out

    def _follow_on(self, si: int) -> bool:
        """Whether sentence ``si`` opens as the other side's answer to the event told just
        before it ("من جهته، أعرب الرئيس ..."، "بدوره، قال ..."، "For its part, Beijing
        said ..."): the same event, so the day of that sentence whoever its actor; so is
        "وكان الرئيس أول من أعلن الاتفاق" (the first word of the event told before, "كان"
        with no "قد")."""
        doc = self.doc
        seg = doc.seg
        if seg is None or not 0 < si < len(seg.sents):
            return False
        j = doc.tok_after(seg.sents[si].start)
        w = doc.word(j)
        if self.en:
            # "For its part, ..."; "In response, ..."
            return (w == "for" and doc.word(j + 2) in FOLLOW_ON) or (
                w == "in" and doc.word(j + 1) in FOLLOW_ON
            )
        if w in FOLLOW_ON:
            return True  # "بدوره"
        if w.removeprefix("و").startswith(_AR("كان")):
            for k in range(j + 1, min(doc.tok_after(seg.sents[si].end), j + 10)):
                if doc.word(k) == _QAD:
                    return False
                if doc.word(k) in FIRST_TO_AR and doc.word(k + 1) == "من":
                    return True
            return False
        # "من جهته"; "في المقابل، أعلنت الجبهة رفضها" (the other side)
        return w.removeprefix("و") in ("من", "في") and doc.word(j + 1) in FOLLOW_ON

    def _actors(self, *keys: str) -> set[str]:
        """The keys and the states they speak for."""
        states = self.doc.entity_states
        return set(keys) | {st for k in keys if (st := states.get(k)) is not None}

    def _story_date(self, value: str) -> bool:
        """A date of the story being told: the week around publication (a day) or its
        month; with no publication date, any."""
        pub = self.doc.published
        if pub is None:
            return True
        if len(value) == 7:
            return value == pub.isoformat()[:7]
        if len(value) != 10:
            return False
        try:
            day = _dt.date.fromisoformat(value)
        except ValueError:
            return False
        return abs((pub - day).days) <= 7

    def _opening_day(self, si: int) -> tuple[str, str] | None:
        """Arabic: the actor and day of a sentence that opens with its act, subject and a
        day ("سلمت وزارة الخارجية الكويتية، اليوم الأحد، القائم بالأعمال مذكرة احتجاج"),
        even when no relation was read from it: the next sentence's undated acts by the
        same actor go on with that day. Not a background pluperfect ("وكان")."""
        doc = self.doc
        seg = doc.seg
        if seg is None or si < 0:
            return None
        sent = seg.sents[si]
        head = _DATELINE_HEAD_AR.match(self.text, sent.start, sent.end)  # "الكويت (كونا) -"
        j0 = doc.tok_after(head.end() if head is not None else sent.start)
        if doc.word(j0).removeprefix("و").startswith(_AR("كان")):
            return None
        for j in range(j0, min(j0 + 4, len(doc.tokens))):
            m = doc.mention_at_tok(j)
            if m is None or not self.actor(m):
                continue
            days = [
                t
                for t in doc.times_in(m.end, min(sent.end, m.end + 30))
                if t.value is not None and len(t.value) == 10 and not self._since(t)
            ]
            return (m.key, days[0].value) if days and days[0].value else None
        return None

    def _lead_day_ar(self) -> str | None:
        """Arabic: the day of the story's lead, the first day of the last week told in the
        first two sentences past the headline ("وصل الرئيس ... اليوم إلى الدوحة"), not a
        "since" nor the day an "after" phrase names."""
        doc = self.doc
        seg = doc.seg
        if seg is None or self.en:
            return None
        body = [sp for sp in seg.sents if sp.start >= doc.title_end][:2]
        for sp in body:
            for t in doc.times_in(sp.start, sp.end):
                v = t.value
                if v is None or len(v) != 10 or t.kind == "after" or self._since(t):
                    continue
                if any(st.direct and st.start <= t.start < st.end for st in self.stmts):
                    continue
                return v if self._story_date(v) else None
        return None

    def _stated_after(self, r: Rel) -> Rel:
        """Arabic: an undated act by the speaker of a dated statement coordinated right
        after it in the same sentence ("دان الرئيس الهجوم، وقال في بيان مساء الخميس إن
        ...") is made in that statement and takes its day; another actor's act named in
        it ("الهجوم الروسي") does not."""
        if (
            self.en
            or r.date is not None
            or r.modality != Modality.ASSERTED
            or r.sent < 0
            or self._told_before(r)
            or self._reported(r)
        ):
            return r
        mine = self._actors(r.subject)
        for st in self.stmts:
            if (
                st.sent != r.sent
                or st.cue_start < r.ev_end
                or st.cue_start - r.ev_end > 80
                or st.date is None
                or len(st.date) != 10
                or not self._story_date(st.date)
                or not self._actors(st.speaker) & mine
            ):
                continue
            gap = self.text[r.ev_end : st.cue_start]
            if (
                gap.rstrip().endswith(("،", ","))
                and self.text[st.cue_start : st.cue_start + 1] == "و"
                and not self.doc.times_in(r.ev_end, st.cue_start)
            ):
                return replace(r, date=st.date)
        return r

    def _reception_formula(self, si: int) -> bool:
        """Whether Arabic sentence ``si`` is the reception formula of a visit, with no
        time of its own: "وكان في استقبال الضيف لدى وصوله ..."، "وكان ولي العهد ... في
        مقدمة مستقبليه" -- "كان" without "قد", the arrival the lead tells, no background."""
        doc = self.doc
        seg = doc.seg
        if self.en or seg is None or not 0 < si < len(seg.sents):
            return False
        sent = seg.sents[si]
        a, b = doc.tok_range(sent)
        if not doc.word(a).removeprefix("و").startswith(_AR("كان")):
            return False
        if doc.times_in(sent.start, sent.end):
            return False
        for j in range(a + 1, min(b, a + 30)):
            w = doc.word(j)
            if w == _QAD:
                return False  # "وكان X قد استقبل ...": a pluperfect, maybe another visit
            if w in RECEPTION_AR and doc.word(j - 1) in RECEPTION_HEADS_AR:
                return True
        return False

    def _described_state(self, r: Rel) -> bool:
        """Arabic: a definite participle after a comma describes a standing state, not a
        step of the story ("المواطنة ...، المعتقلة في روسيا", "، المفروضة على")."""
        doc = self.doc
        j = doc.tok_after(r.trig_start)
        if j <= 0 or j >= len(doc.tokens) or not doc.word(j).startswith(_AR("الم")):
            return False
        gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
        return "،" in gap or "," in gap

    def _story_day(self, r: Rel) -> Rel:
        """English: an undated deed told in the simple past in a sentence without any
        time of its own (not even "in recent weeks"), after a sentence dated to a day of
        the last week, is a step of that day's story and takes its date ("The leaders
        met on Thursday. Kishida welcomed Yoon with an honour guard"). Words (condemned,
        urged, thanked), reported content, perfects and nouns stay undated: reactions
        and background mostly carry no time of their own."""
        doc = self.doc
        seg = doc.seg
        pub = doc.published
        if (
            seg is None
            or pub is None
            or r.date is not None
            or r.modality != Modality.ASSERTED
            or r.sent <= 0
            or r.trig_start < doc.title_end
        ):
            return r
        sent = seg.sents[r.sent]
        if (
            r.type not in _STORY_DEEDS
            and not any(
                doc.word(j) in _DEED_CUES
                for j in range(doc.tok_after(r.trig_start), doc.tok_after(r.trig_end))
            )
            and not self._reaction(doc.tok_after(sent.start), doc.tok_after(r.trig_end))
        ):
            return r
        # a verb in the simple past at the trigger or shortly before it ("sent jets to
        # strike", "responded within hours, announcing tariffs"); capitalised words are
        # names ("United")
        if not any(
            (w := doc.tokens[j].text)[:1].islower() and (w.endswith("ed") or w in _STORY_PAST_EN)
            for j in range(
                doc.tok_after(max(sent.start, r.trig_start - 40)), doc.tok_after(r.trig_end)
            )
        ):
            return r
        stmt = self.stmt_at(r.trig_start)
        # ("the two leaders agreed ..., according to a statement": the narrator's act, its
        # source told after it, goes on with the day told in the sentence before)
        sourced = stmt is not None and r.trig_start > stmt.start
        if stmt is not None and sourced and stmt.cue_start < r.trig_start:
            return r  # "the Kremlin said Moscow was in close contact with Baku"
        if self._told_before(r):
            return r
        # ("on Monday, a day after Abiy landed": the landing's day is not the story's;
        # nor is a "today" inside a quotation, the speaker's own word)
        prev_sent = seg.sents[r.sent - 1]
        before = [
            t
            for t in doc.times_in(doc.title_end, sent.start)
            if not self._dateline(t)
            and t.kind != "after"
            and not any(
                st.start <= t.start < st.end
                # a year or month reported in the sentence just before ("told lawmakers
                # that hackers had struck in 2021. Britain imposed sanctions"): background
                # of what was said, not the story's time
                and (
                    st.direct
                    or (t.value is not None and len(t.value) < 10 and t.start >= prev_sent.start)
                )
                for st in self.stmts
            )
        ]
        told = before[-1] if before else None
        if told is not None and told.value is not None and len(told.value) < 10:
            # "signed a peace deal on Friday, ... that has killed thousands this year": the
            # day of the sentence told last, past the coarser background in it
            there = seg.sentence_at(told.start)
            days = [
                t
                for t in before
                if there is not None
                and there.start <= t.start
                and t.value is not None
                and len(t.value) == 10
            ]
            told = days[-1] if days else told
        if told is None or told.value is None or len(told.value) != 10:
            return r
        if sourced and seg.index_at(told.start) != r.sent - 1:
            return r
        if any(
            t.value != told.value
            and not self._same_day_after(t)
            and not self._in_content(r, t)
            # ("released X, who was serving a sentence for a killing in 2019": the
            # relative clause's time, not the release's)
            and not (
                t.start >= r.trig_end and relative_between(self.text, False, r.trig_end, t.start)
            )
            for t in doc.times_in(sent.start, sent.end)
        ):
            return r  # a time of its own ("late in the day" of the same day is none)
        day = _dt.date.fromisoformat(told.value)
        if not _week_before(pub) <= day <= pub:
            return r
        return replace(r, date=told.value)

    def _reported_deed(self, r: Rel) -> Rel:
        """English: an undated act told in the past perfect or the past progressive in
        the reported content of a dated statement ("Joly said on Monday that Canada had
        expelled a top Indian diplomat", "Spain said Tuesday it was withdrawing its
        ambassador"), with no time in that content, is the news of the day it was told:
        it takes the statement's date. Not a direct quotation."""
        if not self.en or r.date is not None or r.modality != Modality.ASSERTED:
            return r
        stmt = self.stmt_at(r.trig_start)
        if stmt is None or stmt.date is None or stmt.direct or r.trig_start < stmt.start:
            return r
        doc = self.doc
        t = doc.tok_after(r.trig_start)
        words = self._span_words(max(doc.tok_after(stmt.start), t - 4), t)
        progressive = doc.word(t).endswith("ing") and not {"was", "were"}.isdisjoint(words)
        if "had" not in words and not progressive:
            return r
        if any(
            t.value is not None or not self._later_clause(r.trig_end, t.start)
            for t in doc.times_in(stmt.start, stmt.end)
        ):
            return r  # the content's own time ("had expelled him in March")
        return replace(r, date=stmt.date)

    def _later_clause(self, start: int, end: int) -> bool:
        """Whether a comma closes the act's clause between ``start`` and ``end``: an open
        span told past it ("was suspending its imports, escalating a dispute that has
        simmered for months") is no time of the act."""
        return start <= end and any(c in self.text[start:end] for c in ",،")

    def _reaction(self, a: int, b: int) -> bool:
        """Whether English tokens ``a``..``b`` tell an answer to the event just told
        ("Kyiv hit back, calling the move ...", "The minister retorted that ...")."""
        doc = self.doc
        return any(
            (w := doc.word(j)) in _REACTION_CUES
            or (w in _REACTION_BACK and doc.word(j + 1) in ("back", "out"))
            for j in range(a, b)
        )

    def _restated_acts(self, rels: list[Rel]) -> list[Rel]:
        """English: an undated act with no time of its own, of the same type and by the
        same actor as an act dated to a day of the last week in the sentence just before,
        is that act told again ("Iranian strikes on Tuesday hit a border town. Tehran said
        it had targeted militant bases"): it takes its day, told in reported speech or the
        pluperfect too. Not an act said to be another ("also", "earlier")."""
        doc = self.doc
        seg = doc.seg
        if seg is None or doc.published is None:
            return rels
        dated = [
            r
            for r in rels
            if r.date is not None
            and len(r.date) == 10
            and r.modality == Modality.ASSERTED
            and r.type in _STORY_DEEDS
            and r.sent >= 0
            and self._story_date(r.date)
        ]
        if not dated:
            return rels
        out: list[Rel] = []
        for r in rels:
            if self._undated_body_act(r) and r.type in _STORY_DEEDS:
                mine = self._actors(r.subject)
                got = next(
                    (
                        x.date
                        for x in dated
                        if x.sent == r.sent - 1
                        and x.type is r.type
                        and self._actors(x.subject) & mine
                    ),
                    None,
                )
                if (
                    got is not None
                    and not self._own_times(r.sent)
                    and not self._another_act(r.sent)
                ):
                    r = replace(r, date=got)
            out.append(r)
        return out

    def _another_act(self, si: int) -> bool:
        """Whether English sentence ``si`` tells an act as another one ("also", "again",
        "earlier", "previously", "too")."""
        doc = self.doc
        if doc.seg is None:
            return True
        a, b = doc.tok_range(doc.seg.sents[si])
        return any(doc.word(j) in ANOTHER_ACT_EN for j in range(a, b))

    def _lead_day(self, spans_ok: bool = False) -> tuple[int, str] | None:
        """English: a wire lead that tells the news with no time ("BRUSSELS (AP) - EU
        leaders agreed to bar Belarusian airlines ...") and a next sentence that gives the
        day ("The leaders, meeting late Monday, also ...", "..., the companies said on
        Tuesday"): (the lead's sentence index, that day of the last week). The lead is the
        first sentence past the headline that ends with a full stop. With
        ``spans_ok``, a lead with only a span of no date ("for more than two years") has
        no time either."""
        doc = self.doc
        seg = doc.seg
        pub = doc.published
        if seg is None or pub is None:
            return None
        sents = seg.sents
        i = next(
            (
                k
                for k, sp in enumerate(sents[:4])
                if sp.start >= doc.title_end and self.text[sp.start : sp.end].rstrip().endswith(".")
            ),
            None,
        )
        if i is None or i + 1 >= len(sents):
            return None
        lead = sents[i]
        if any(
            not self._dateline(t) and not (spans_ok and t.value is None)
            for t in doc.times_in(lead.start, lead.end)
        ):
            return None
        nxt = sents[i + 1]
        for t in doc.times_in(nxt.start, nxt.end):
            v = t.value
            if v is None or len(v) != 10 or self._since(t) or t.kind == "after":
                continue
            if v > pub.isoformat():
                continue  # "will deliver from 2026": ahead
            day = _dt.date.fromisoformat(v)
            return (i, v) if _week_before(pub) <= day else None
        return None

    def _reported(self, r: Rel) -> bool:
        """Whether an act is told inside what someone said ("Putin said Russia would
        station weapons"): the narrator's lead day is not its own."""
        stmt = self.stmt_at(r.trig_start)
        return stmt is not None and r.trig_start >= stmt.start

    def _same_day_after(self, t: TimeExpr) -> bool:
        """English "hours after", "shortly after", "minutes after" (no value of its own):
        the same day as the event it follows, no time of another day."""
        if t.kind != "after" or t.value is not None:
            return False
        words = self.text[t.start : t.end].lower().split()
        return bool(words) and words[0] in ("hours", "minutes", "shortly", "moments")

    def _undated_body_act(self, r: Rel, *also: Modality) -> bool:
        """Whether ``r`` is an act of the article body (not the title, not the first
        sentence) with no date yet, asserted (or of a modality in ``also``): what every
        story rule may date."""
        return (
            r.date is None
            and (r.modality == Modality.ASSERTED or r.modality in also)
            and r.sent > 0
            and r.trig_start >= self.doc.title_end
        )

    def _told_before(self, r: Rel) -> bool:
        """A perfect or pluperfect act, background to the story rather than its next step:
        "had already helped", "وكانت مالي قد حذرت"."""
        doc = self.doc
        t = doc.tok_after(r.trig_start)
        words = {doc.word(j) for j in range(max(0, t - 4), t)}
        if self.en:
            return not words.isdisjoint(("had", "has", "have", "already"))
        return any(w in ("قد", "وقد") or w.startswith(("كان", "وكان")) for w in words)
