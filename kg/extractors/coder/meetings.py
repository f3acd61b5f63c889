"""Meetings, visits, hosting, mediation and delegations: who met, called or hosted whom.

The relation coder reads CONSULT acts (talks, visits, phone calls, receptions) with the
verbs of its lexicon; this mixin finds the parties those verbs leave implicit:

* the guest and host of a meeting or visit: a reception told as "كان في استقبال X ... Y"
  (:meth:`Meetings._reception`), a host named with the event ("hosted by", "استضاف",
  "بوساطة X": :meth:`Meetings._host`, :meth:`Meetings._mission_host_en`,
  :meth:`Meetings._envoy_host`), a seat of power standing for its holder
  (:meth:`Meetings._seat_visits`) and the host of a visit to a capital
  (:meth:`Meetings._visit_hosts`, :meth:`Meetings._without_host`);
* meetings told around another act: a fronted phrase ("After talks with X, ...", "وخلال
  لقائه X"), an adjunct ("، وذلك خلال مؤتمر صحفي مشترك مع"), a meeting told just before
  (:meth:`Meetings._meeting_told`, :meth:`Meetings._last_meeting_pair`), attendees and
  participants, phone calls (:meth:`Meetings._phoned`, :meth:`Meetings._call_partner`);
* delegations: their heads and members stand for the state that sent them
  (:meth:`Meetings._delegation_members`, :meth:`Meetings._delegation_agents`);
* mediation: the mediator of talks between two sides (:meth:`Meetings._mediator_ar`,
  :meth:`Meetings._mediated_en`, :meth:`Meetings._told_parties`,
  :meth:`Meetings._led_mediators_ar`).

It is a mixin of the relation coder (:class:`kg.extractors.relations._Coder`), whose
``run`` calls :meth:`Meetings._led_mediators_ar` and passes its relations through
:meth:`Meetings._delegation_members`, :meth:`Meetings._delegation_agents`,
:meth:`Meetings._seat_visits` and :meth:`Meetings._visit_hosts`; the coder's ``_code``,
``nominal_agent`` and ``add`` call the other methods. The coder owns the document, the
statements, the relations and the helpers declared below.
"""

from __future__ import annotations

import datetime as _dt
import re
from abc import abstractmethod
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extractors.coder.base import CoderBase
from kg.extractors.lexicon import Hit, word_set
from kg.extractors.native import trait
from kg.extractors.sentences import Span
from kg.extractors.text import fold
from kg.extractors.triggers import Trigger
from kg.gazetteer import Gazetteer, lookup_qids
from kg.models import EntityType, Modality, RelationType

if TYPE_CHECKING:
    from kg.extractors.doc import Ment
    from kg.extractors.quotes import Stmt
    from kg.extractors.relations import Rel

__all__ = ["Meetings"]

_AR = fold
# lists the coder's own rules read as well (``relations.*`` in ``lexicons/word_sets.tsv``)
_NEG_AR = word_set("relations.neg_ar")
_NEG_EN = word_set("relations.neg_en")
_INT_AR = word_set("relations.int_ar")
_BETWEEN = word_set("relations.between")
_WITH_AR = word_set("relations.with_ar")
_EVENT_PREPS = word_set("relations.event_preps")
_MEETING_GAP_AR = word_set("relations.meeting_gap_ar")
_COUNTERPART_NOUNS_EN = word_set("relations.counterpart_nouns_en")
_POSSESSIVE_PRONOUNS_EN = word_set("relations.possessive_pronouns_en")
_AR_HONORIFIC_PRON = word_set("common.ar_honorific_pron")
_PUNCT_EVAL = frozenset(".,;:،؛!?؟")
_PUNCT_CLAUSE = frozenset(",;:")

# the family's own lists (``meetings.*`` in ``lexicons/word_sets.tsv``); ``_HOST_AR`` and
# ``_MEDIATE_EN`` are read by the coder too
# a meeting in an adjunct: "، وذلك خلال مؤتمر صحفي مشترك مع"
_DURING_AR = word_set("meetings.during_ar")
_THAT_IS_AR = _AR("وذلك")
# "، خلال اتصال هاتفي تلقاه من Y،": the call the clause's subject received (its pronoun)
# "After meeting X, Y said": openers and the gerunds of meeting they take
_GERUND_OPENERS_EN = word_set("meetings.gerund_openers_en")
_MEETING_GERUNDS_EN = {
    **dict.fromkeys(word_set("meetings.meeting_gerunds_en"), "meeting"),
    **dict.fromkeys(word_set("meetings.visit_gerunds_en"), "visit"),
}
"""Gerund -> the topic of the meeting it opens ("After visiting X": a visit)."""
_THAT_AR = word_set("relations.that_ar")
"""Complementizers: what follows is the content told, not the one told."""
_RECEIVED_IT_AR = word_set("meetings.received_it_ar")
_MUTUAL_TOLD = frozenset(
    {RelationType.CONCEDE, RelationType.AGREE, RelationType.CONSULT, RelationType.COOPERATE}
)
"""Acts between two sides that a mediator can have gone between."""
_HEADED_BY_AR = word_set("meetings.headed_by_ar")
_DELEGATION_AR = word_set("meetings.delegation_ar")
_INCLUDED_AR = word_set("meetings.included_ar")  # "وفد أمريكي ضم X وY"
_AT_HOST_AR = word_set("meetings.at_host_ar")
_ARRIVAL_AR = word_set("meetings.arrival_verbs_ar")  # "وصل X إلى موسكو، والتقى Y"
_HOST_AR = re.compile(
    "^[وف]?(?:استضاف|س?[يتن]ستضيف|بوساطة$|برعاية$|رعت(?:ها|ه)?$|رعاه(?:ا)?$"
    "|س?[يت]رعا(?:ها|ه)$|س?[يت]رعي$|[يت]يسر(?:ها|ه)$|يسرت(?:ها|ه)$|توسطت$|توسط$|[يت]توسط$)"
)
"""Forms of استضاف/يستضيف (to host), of رعى/يرعى (to sponsor), توسط (to mediate: "توسطت
X في صفقة بين") and, with its object pronoun, يسّر (to facilitate: "تيسرها X"), with a
conjunction or the future prefix, and the mediation phrases "بوساطة X" / "برعاية X" (X
hosts or brokers the talks)."""
_DURING_IT_AR = word_set("meetings.during_it_ar")
_FRONTED_AR = word_set("meetings.fronted_ar")
"""Words that open a sentence-initial phrase around a meeting ("وخلال لقائه X، ...")."""
_PRESENCE_AR = word_set("meetings.presence_ar")
_AFTER_CALLEE_EN = word_set("meetings.after_callee_en")
"""Words after the person called that end the object ("called X on Tuesday", "called X
and urged"), unlike a predicate ("called X a dictator", "called X's claims absurd")."""
_RECEPTION_AR = word_set("meetings.reception_ar")
"""The nouns of the wire idiom "كان في استقبال/وداع <guest> ... <host>"."""
_MISSION_HEADS_EN = word_set("meetings.mission_heads_en")
"""Bodies sent to a state ("a security mission to Haiti") that "the mission" recalls."""
_CALL_MODIFIERS_EN = word_set("meetings.call_modifiers_en")
"""Words before a meeting noun ("in a phone call", "during a video call"): skipped back."""
_TWO_STATES_EN = word_set("meetings.two_states_en")
"""Nouns of "between the two countries": the two states last named."""
_FRONTED_EN = word_set("meetings.fronted_en")
"""Words that open a sentence-initial phrase around a meeting ("After talks with X, ...")."""
_MEDIATE_EN = ("mediat", "broker", "facilitat")
"""English verbs whose subject meets both parties of the talks ("talks brokered by X")."""
# "وساطة قامت بها بين X وY"، "الجهود التي بذلتها": a relative with no subject of its own;
# the clause's subject carried the mediation out
_DID_IT_AR = re.compile("^(?:[يت]?قوم|قام|قامت|[سو]?[يت]قوم)$")
_SPENT_IT_AR = re.compile("^(?:بذل|بذلت|[يت]بذل|[سو][يت]بذل)(?:ها|ه)$")
# "الوساطة التي قادتها الإمارات"، "وساطة قادها ولي العهد": the relative's subject mediates
_LED_MEDIATION_AR = word_set("meetings.led_mediation_ar")
_PARTICIPATE = word_set("meetings.participate")
"""Verbs of taking part in a meeting ("took part in", "شارك في")."""
_SEAT_ROLES = {"presidency": "president", "government": "prime_minister"}
"""The office whose holder a seat of power stands for as the host of a visit, by the
seat's department in the gazetteer (the White House, 10 Downing Street)."""


_CEREMONY = word_set("meetings.ceremony")


def _ceremony(word: str) -> bool:
    """A ceremony or event noun ("في مراسم", "at a ceremony") that a host verb can follow."""
    return word in _CEREMONY or (word[:1] in "وبف" and word[1:] in _CEREMONY)


def _day_of(value: str | None) -> _dt.date | None:
    """The day a relation's date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) points at: the
    first of its month for a month; None for a bare year or no date."""
    if value is None or len(value) < 7:
        return None
    try:
        day = int(value[8:10]) if len(value) >= 10 else 1
        return _dt.date(int(value[:4]), int(value[5:7]), day)
    except ValueError:
        return None


def _other_side(r: Rel, key: str) -> str:
    """The party of ``r`` that is not ``key``."""
    return r.object if r.subject == key else r.subject


@trait
class Meetings(CoderBase):
    """Mixin of the relation coder that finds the parties of meetings, visits, calls,
    delegations and mediation (see the module docstring). The attributes and helpers
    below belong to the coder."""

    words: list[str]
    stops: set[int]
    last_person: str | None

    @abstractmethod
    def nominal_agent(
        self, h: Hit[Trigger], a: int, b: int, stmt: Stmt | None
    ) -> tuple[Ment | None, str | None]: ...
    @abstractmethod
    def pair_after(
        self, t_from: int, t_to: int, *, adjectives: bool = True
    ) -> tuple[Ment, Ment] | None: ...
    @abstractmethod
    def _capital_state(self, m: Ment) -> str: ...
    @abstractmethod
    def _honorific_subject(self, h: Hit[Trigger], si: int, b: int) -> str | None: ...
    @abstractmethod
    def _recent_states(self, before: int, n: int) -> list[str]: ...
    @abstractmethod
    def _titled_person(self, t: int, t_to: int) -> Ment | None: ...
    @abstractmethod
    def _vso_subject(self, t_from: int, t_to: int) -> tuple[Ment | None, bool]: ...
    @abstractmethod
    def _first_subject_mention(self, a: int, b: int) -> Ment | None: ...

    def _reception(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """The Arabic wire idiom "وكان في استقبال <guest> لدى وصوله ... <host>" (and "في
        وداعه"): the host is the first actor named after the guest and its arrival
        adjunct, not the guest's genitive; the guest is the genitive, its pronoun suffix or
        an honorific ("في استقبال سموه"). True when the idiom is there (coded or not)."""
        doc = self.doc
        t = h.first
        if (
            h.cls != "n"
            or h.prefix.strip("وف")
            or doc.word(h.first).removesuffix(h.pron) not in _RECEPTION_AR
            or doc.word(t - 1) != _AR("في")
            or not doc.word(t - 2).removeprefix("و").startswith(_AR("كان"))
        ):
            return False
        guest_m: Ment | None = None
        guest: str | None = None
        j = h.last + 1
        if h.pron:
            # "وكان الرئيس X قد وصل ...، وكان في استقباله": the person this sentence
            # opened with, else the previous sentence's subject, else the latest person
            first = next(
                (
                    m
                    for m in doc.mentions_in(sent.start, doc.tokens[t].start)
                    if m.etype == EntityType.PERSON and not m.adjectival and self.actor(m)
                ),
                None,
            )
            guest = first.key if first is not None else self.prev_subject or self.last_person
        elif doc.word(j) in _AR_HONORIFIC_PRON:
            guest = self._honorific_subject(h, si, b)
        else:
            m = doc.mention_at_tok(j)
            if m is None or not self.actor(m) or m.adjectival:
                return True
            guest_m, guest = m, m.key
            j = m.t1 + 1
        if guest is None:
            return True
        after = doc.mentions_in(doc.tokens[j].start if j < len(doc.tokens) else sent.end, sent.end)
        after = [m for m in after if m.t0 < b and m.key != guest and self.actor(m)]
        host = next(
            (
                m
                for m in after
                if m.etype == EntityType.PERSON  # (not "مطار القاهرة": a place)
                and not m.adjectival
                and doc.prep_of(m) is None
            ),
            None,
        )
        if host is None:
            # "وكان في استقبالهما عدد من المسؤولين الصينيين": unnamed hosts, their state
            host = next(
                (
                    m
                    for m in after
                    if m.etype == EntityType.STATE
                    and m.adjectival
                    and m.key != doc.entity_states.get(guest)
                ),
                None,
            )
        if host is not None:
            self.add(guest, host, h.entry, h, si, sent, a, b, 0.9, True, True, guest_m)
        return True

    def _attendee(self, h: Hit[Trigger], b: int) -> tuple[Ment, int] | None:
        """Who attends a meeting without being its party: "بحضور ولي العهد", "in the
        presence of the crown prince", "attended by X"."""
        doc = self.doc
        words = self.words
        for j in range(h.last + 1, b):
            w = words[j] if 0 <= j < len(words) else ""
            if w in _PRESENCE_AR:
                k = j + 1
            elif w == "presence" and doc.word(j - 1) == "the" and doc.word(j + 1) == "of":
                k = j + 2
            elif w == "attended" and doc.word(j + 1) == "by":
                k = j + 2
            else:
                continue
            m = self._actor_at(k) or self._actor_at(k + 1)
            if m is not None:
                return m, doc.tokens[j].start
            return None
        return None

    def _phoned(self, h: Hit[Trigger], b: int) -> bool:
        """ "X called Y" is a phone call when the actor Y follows the verb at once and
        the clause goes on with an adjunct or ends ("called Y on Monday", "called Y and
        urged him"), not with a predicate ("called Y a dictator")."""
        doc = self.doc
        m = self._actor_at(h.last + 1)
        if m is None and doc.word(h.last + 1) in _POSSESSIVE_PRONOUNS_EN:
            # "called his Ukrainian counterpart Dmytro Kuleba"
            k = next(
                (
                    j
                    for j in range(h.last + 2, min(b, h.last + 6))
                    if doc.word(j) in _COUNTERPART_NOUNS_EN
                ),
                -1,
            )
            m = self._actor_at(k + 1) if k > 0 else None
        if m is None or m.t1 + 1 > b:
            return False
        if m.t1 + 1 == b:
            return True
        gap = doc.between(m.end, doc.tokens[m.t1 + 1].start)
        if any(c in _PUNCT_CLAUSE or c == "." for c in gap):
            return True
        return doc.word(m.t1 + 1) in _AFTER_CALLEE_EN and "'" not in gap and "’" not in gap

    def _call_partner(self, h: Hit[Trigger], subj: str | None, si: int) -> Ment | None:
        """The other party of the call or meeting coded last (in this sentence or the one
        before) when the act at ``h`` is told as done "خلاله/خلالها" (during it) by one of
        its parties."""
        doc = self.doc
        if subj is None or not any(
            doc.word(j).removeprefix("و") in _DURING_IT_AR for j in range(h.first - 2, h.last + 2)
        ):
            return None
        for r in reversed(self.rels):
            if r.sent < si - 1:
                break
            if r.type is not RelationType.CONSULT or subj not in (r.subject, r.object):
                continue
            other = r.object if r.subject == subj else r.subject
            if r.object == other and r.object_mention is not None:
                return r.object_mention
            return next(
                (m for m in reversed(doc.mentions_in(0, r.trig_end + 400)) if m.key == other),
                None,
            )
        return None

    def _told_during(self, h: Hit[Trigger], a: int) -> tuple[Ment, Ment] | None:
        """ "X told his counterpart Y in a phone call", "أكد X لنظيره Y خلال اتصال هاتفي":
        a meeting noun after in/during/في/خلال, right after a verb's subject and its
        addressee: the two met."""
        doc = self.doc
        j = h.first - 1
        while j >= a and doc.word(j) in _CALL_MODIFIERS_EN:
            j -= 1
        if j < a or doc.word(j) not in _EVENT_PREPS:
            return None
        y = doc.mention_at_tok(j - 1)
        if y is None or not self.actor(y) or y.adjectival:
            return None
        x: Ment | None = None
        k = y.t0 - 1
        while k >= max(a, y.t0 - 9):
            m = doc.mention_at_tok(k)
            if m is not None:
                if self.actor(m) and not m.adjectival and doc.prep_of(m) is None:
                    x = m
                    break
                k = m.t0 - 1
                continue
            k -= 1
        if x is None or x.key == y.key:
            return None
        if any(c in self.text[x.end : doc.tokens[j].start] for c in ".,;:،؛"):
            return None
        if not any(i in self.stops for i in range(x.t0 - 1, y.t0)):
            return None  # no verb joins them ("Russia and China in talks" has a pair)
        states = doc.entity_states
        if (states.get(x.key) or x.key) == (states.get(y.key) or y.key):
            return None
        return x, y

    def _participant(self, t: int, a: int, b: int) -> Ment | None:
        """The subject of a verb of taking part ("شارك في", "took part in", "attended")
        a few words before the meeting noun at ``t``: the one who met its parties."""
        doc = self.doc
        reach = 7 if self.en else 12  # ("وشارك وزير الخارجية السعودي X Y Z في الاجتماع")
        for j in range(t - 1, max(a, t - reach) - 1, -1):
            w = doc.word(j)
            if (
                not self.en
                and j < t - 7
                and "،" in self.text[doc.tokens[j].end : doc.tokens[t].start]
            ):
                break  # (past a comma, another clause)
            bare = w[1:] if not self.en and w[:1] in "وف" and len(w) > 3 else w
            if bare not in _PARTICIPATE or (
                self.en
                and bare == "part"
                and doc.word(j - 1) not in ("took", "take", "takes", "taking")
            ):
                continue
            verb = j - 1 if bare == "part" else j
            m = self.agent_before(verb, max(a, verb - 8), exclude=set())
            if m is None and not self.en:
                m, _ = self._vso_subject(j + 1, min(b, j + 6, t))
            return m
        return None

    def _joined_meeting(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "X met Y ..., and Z participated by phone in the meeting", "وشارك Z في الاجتماع
        عبر الهاتف": one who takes part in the meeting just told (a definite noun, no
        party of its own) meets each of its parties."""
        doc = self.doc
        if not (h.cls == "n" and h.first == h.last):
            return
        if self.en:
            if doc.word(h.first - 1) != "the" or doc.word(h.last + 1) in ("of", "between", "with"):
                return  # ("the meeting of the contact group": another meeting)
        elif "ال" not in h.prefix or _BETWEEN & {doc.word(h.last + 1), doc.word(h.last + 2)}:
            return
        joiner = None
        if not self.en:  # "وشارك Z في الاجتماع": the subject follows the verb
            verb = next(
                (j for j in range(h.first - 1, max(a, h.first - 9) - 1, -1) if self._joins_ar(j)),
                -1,
            )
            joiner = self._vso_subject(verb + 1, h.first)[0] if verb >= 0 else None
        joiner = joiner or self._participant(h.first, a, b)
        pair = self._meeting_told(si) if joiner is not None else None
        if joiner is None or pair is None or joiner.key in (pair[0].key, pair[1].key):
            return
        neg = _NEG_EN if self.en else _NEG_AR
        if any(doc.word(j).removeprefix("و") in neg for j in range(max(a, joiner.t0 - 3), h.first)):
            return  # "X did not take part in the meeting", "ولم يشارك X في الاجتماع"
        for party in pair:
            self.add(joiner.key, party, h.entry, h, si, sent, a, b, 0.8, True, True, joiner)

    def _joins_ar(self, j: int) -> bool:
        """Arabic: token ``j`` is a verb of taking part ("شارك", "وشاركت")."""
        w = self.doc.word(j)
        return w in _PARTICIPATE or (w[:1] in "وف" and len(w) > 3 and w[1:] in _PARTICIPATE)

    def _meeting_told(self, si: int) -> tuple[Ment, Ment] | None:
        """The two parties of the latest meeting (CONSULT) coded in this sentence or the
        three before it whose mentions are both known (a host's or attendee's copy, with
        no object mention, is passed over)."""
        for r in reversed(self.rels):
            if r.sent < si - 3:
                break
            if r.type is not RelationType.CONSULT or r.object_is_place:
                continue
            subj_m = self._subject_mention(r)
            if subj_m is not None and subj_m.key == r.subject and r.object_mention is not None:
                return subj_m, r.object_mention
        return None

    def _last_meeting_pair(self, si: int) -> tuple[Ment, Ment] | None:
        """The parties of the latest meeting or call (CONSULT) coded in this sentence or
        the three before it, as mentions."""
        for r in reversed(self.rels):
            if r.sent < si - 3:
                break
            if r.type is not RelationType.CONSULT or r.object_is_place:
                continue
            subj_m = self._subject_mention(r)
            if subj_m is None or subj_m.key != r.subject or r.object_mention is None:
                return None
            return subj_m, r.object_mention
        return None

    def _ar_meeting_adjunct(self, h: Hit[Trigger], a: int) -> tuple[Ment, Ment] | None:
        """Arabic: a meeting noun with "مع Y" in an adjunct set off by a comma ("قال X،
        خلال مؤتمر صحفي مشترك مع Y، إن"، "أكد X أن ...، وذلك خلال لقائه مع Y"): the
        sentence's subject X meets Y; None when no such adjunct or pair."""
        doc = self.doc
        t = h.first
        if h.pron or doc.word(t - 1).lstrip("و") not in _DURING_AR:
            return None
        j = t - 1
        if doc.word(j - 1) == _THAT_IS_AR:
            j -= 1  # "وذلك خلال"
        elif "،" not in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]:
            return None
        k = h.last + 1
        if doc.word(k) in _MEETING_GAP_AR and doc.word(k + 1) in _WITH_AR:
            k += 1  # "، في اتصال هاتفي أجراه مع Y،"
        elif doc.word(k) in _RECEIVED_IT_AR and doc.word(k + 1) == _AR("من"):
            k += 1  # "، خلال اتصال هاتفي تلقاه من Y،"
        elif doc.word(k) not in _WITH_AR:
            return None
        y = doc.mention_at_tok(k + 1)
        x = self._first_subject_mention(a, j)
        if x is None or y is None or y.t0 != k + 1 or not self.actor(y):
            return None
        if x.key == y.key or x.t1 >= j:
            return None
        return x, y

    def _ar_fronted_meeting(self, h: Hit[Trigger], a: int, b: int) -> tuple[Ment, Ment] | None:
        """An Arabic meeting noun with its pronoun in a sentence-opening phrase ("وخلال
        لقائه الرئيس X، أكد Y"، "وعقب اتصاله بـX، قال Y"): Y, the subject after the comma,
        meets X, the genitive (or the actor after ب/مع)."""
        doc = self.doc
        if h.first - a > 3 or any(doc.mention_at_tok(j) is not None for j in range(a, h.first)):
            return None
        if not any(
            doc.word(j).removeprefix("و") in _FRONTED_AR
            or (not h.pron and doc.word(j).removeprefix("و") == _AR("في"))
            for j in range(a, h.first)
        ):
            return None
        j = h.last + 1
        if doc.word(j) in _MEETING_GAP_AR and doc.word(j + 1) == _AR("مع"):
            j += 1  # "وفي اتصال هاتفي أجراه مع X"
        if doc.word(j) in (_AR("مع"), _AR("ب")):
            j += 1
        other = self._actor_at(j)
        if other is None or other.adjectival:
            return None
        for k in range(other.t1 + 1, min(b, other.t1 + 6)):
            if not {",", "،"}.isdisjoint(self.text[doc.tokens[k - 1].end : doc.tokens[k].start]):
                subj_m = self._first_subject_mention(k, b)
                if subj_m is None or subj_m.t0 > k + 5 or subj_m.key == other.key:
                    return None
                return subj_m, other
        return None

    def _fronted_visit(self, h: Hit[Trigger], a: int, b: int) -> tuple[Ment, Ment] | None:
        """A visit noun in an English sentence-opening phrase ("During a visit to Kyiv, X
        said", "Speaking on a visit to Beijing, X"): X, the subject after the comma,
        visits the place or actor after "to"."""
        doc = self.doc
        opener = a + 1 if doc.word(a) == "speaking" else a
        if doc.word(opener) not in _FRONTED_EN and doc.word(opener) != "on":
            return None
        if h.first - opener > 4 or doc.word(h.last + 1) != "to":
            return None
        if any(doc.mention_at_tok(j) is not None for j in range(a, h.first)):
            return None
        other = doc.mention_at_tok(h.last + 2)
        if other is None or not (self.actor(other) or self._capital_state(other)):
            return None
        return self._subject_after_comma(other, b)

    def _subject_after_comma(self, other: Ment, b: int) -> tuple[Ment, Ment] | None:
        """English, after a fronted phrase ending in ``other`` ("After talks with X, Y ..."):
        the subject right after the comma that closes the phrase, paired with ``other``;
        None when there is no such comma within five words or no subject soon after it."""
        doc = self.doc
        for j in range(other.t1 + 1, min(b, other.t1 + 6)):
            if "," in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]:
                subj_m = self._first_subject_mention(j, b)
                if subj_m is None or subj_m.t0 > j + 4 or subj_m.key == other.key:
                    return None
                return subj_m, other
        return None

    def _fronted_meeting(self, h: Hit[Trigger], a: int, b: int) -> tuple[Ment, Ment] | None:
        """A meeting noun in an English sentence-opening phrase ("After talks with X, Y
        said", "In a phone call with X, Y discussed"): Y, the subject after the comma, meets
        X, the actor after "with"."""
        doc = self.doc
        if doc.word(a) not in _FRONTED_EN or h.first - a > 5:
            return None
        if any(doc.mention_at_tok(j) is not None for j in range(a, h.first)):
            return None
        if doc.word(h.last + 1) != "with":
            return None
        other = self._actor_at(h.last + 2) or self._actor_at(h.last + 3)
        if other is None:
            return None
        if other.adjectival:  # "with Russian Foreign Minister Sergei Lavrov": the man named
            other = next(
                (
                    m
                    for k in range(other.t1 + 1, min(b, other.t1 + 5))
                    if (m := self._actor_at(k)) is not None and not m.adjectival
                ),
                other,
            )
        return self._subject_after_comma(other, b)

    def _fronted_gerund_meetings_en(self) -> None:
        """English: a sentence-opening gerund of meeting ("After meeting Chinese President
        Xi Jinping, Blinken said", "Before visiting Kyiv, Scholz", "After hosting X, Y"):
        the subject after the comma meets the actor (or visits the place) the gerund
        names."""
        doc = self.doc
        if not self.en or doc.seg is None:
            return
        for si, sent in enumerate(doc.seg.sents):
            a, b = doc.tok_range(sent)
            if b - a < 5 or doc.word(a) not in _GERUND_OPENERS_EN:
                continue
            topic = _MEETING_GERUNDS_EN.get(doc.word(a + 1))
            if topic is None:
                continue
            other = None
            for k in range(a + 2, min(b, a + 8)):
                if "," in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]:
                    break
                m = doc.mention_at_tok(k)
                if m is None or m.t0 != k:
                    continue
                if self.actor(m) and not m.adjectival:
                    other = m
                    break
                if topic == "visit" and self._capital_state(m):
                    other = m
                    break
            if other is None:
                continue
            pair = self._subject_after_comma(other, b)
            if pair is None or not self.actor(pair[0]):
                continue
            subj, _ = pair
            trig = Trigger(RelationType.CONSULT, "svo", (), Modality.ASSERTED, 0.7, topic)
            h: Hit[Trigger] = Hit(a + 1, a + 1, trig, "v", "", "")
            self.add(subj.key, other, trig, h, si, sent, a, b, 0.9, False, False, subj)

    def _host(self, h: Hit[Trigger], a: int, b: int) -> tuple[Ment, int] | None:
        """The actor hosting the talks of trigger ``h`` and where its verb starts: "Qatar
        hosted talks between", "talks hosted by China", "محادثات استضافتها بكين",
        "واستضافت قطر محادثات"."""
        doc = self.doc
        words = self.words
        for j in range(max(a, h.first - 5), b):
            w = words[j] if 0 <= j < len(words) else ""
            hosts = w.startswith("host") or (self.en and w.startswith(_MEDIATE_EN))
            if h.first <= j <= h.last or not (hosts or _HOST_AR.search(w)):
                continue
            if j >= h.last + 10 and not _ceremony(doc.word(j - 1)):
                continue  # further on only "a ceremony hosted by X", "في مراسم استضافها X"
            verb_start = doc.tokens[j].start
            if j > h.last:  # after the noun: "talks hosted by X", "استضافتها X"
                k = j + 2 if doc.word(j + 1) == "by" else j + 1
                m = self._actor_at(k) or self._actor_at(k + 1)
                if m is None and self.en and w.startswith("mediation"):
                    # "agreed to a truce with Egyptian mediation"
                    adj = doc.mention_at_tok(j - 1)
                    if adj is not None and adj.adjectival and adj.t1 == j - 1 and self.actor(adj):
                        m = adj
                if m is None and self.en:  # "brokered by Prime Minister Ralph Gonsalves"
                    m = next(filter(None, (self._actor_at(i) for i in range(k + 2, k + 4))), None)
                if m is None and not self.en:
                    m, _ = self._vso_subject(k, min(b, k + 6))
            elif self.en:
                m = self.agent_before(j, max(a, j - 6), exclude=set())
            else:
                m, _ = self._vso_subject(j + 1, min(b, j + 5))
                if m is None:
                    m = self.agent_before(j, max(a, j - 4), exclude=set())
            if m is not None:
                return m, verb_start
        return None

    def _host_agent(self, m: Ment) -> bool:
        """English: ``m`` is the agent of "hosted by", "mediated by", "brokered by" (with
        "the" between)."""
        doc = self.doc
        k = m.t0 - 1 - (doc.word(m.t0 - 1) == "the")
        if doc.word(k) != "by":
            return False
        verb = doc.word(k - 1)
        return verb.startswith("host") or verb.startswith(_MEDIATE_EN)

    def _mission_host_en(self, after: int, lim: int, exclude: set[str]) -> Ment | None:
        """English: the state "the mission" / "the force" after "to" between ``after`` and
        ``lim`` stands for: the state after the latest "mission to|in|for X" before it in
        the article."""
        doc = self.doc
        k = next((j for j in range(after, min(lim, after + 3)) if doc.word(j) == "to"), None)
        if k is None or doc.word(k + 1) != "the" or doc.word(k + 2) not in _MISSION_HEADS_EN:
            return None
        for j in range(k - 1, -1, -1):
            if doc.word(j) not in _MISSION_HEADS_EN or doc.word(j + 1) not in ("to", "in", "for"):
                continue
            m = doc.mention_at_tok(j + 2 + (doc.word(j + 2) == "the"))
            if (
                m is not None
                and m.etype is EntityType.STATE
                and not m.adjectival
                and m.key not in exclude
            ):
                return m
        return None

    def _envoy_host(self, envoy: Ment, b: int) -> Ment | None:
        """The state an Arabic envoy serves in: the actor after "لدى"/"في" right after his
        mention ("سفير مصر لدى تركيا", "سفيرها في أنقرة")."""
        doc = self.doc
        t = envoy.t1 + 1
        if t < b and doc.word(t) in _AT_HOST_AR:
            m = doc.mention_at_tok(t + 1)
            if m is None or m.t0 != t + 1 or not self.actor(m) or m.key == envoy.key:
                return None
            return m
        # the role phrase may hold the post: "سفير دولة الكويت لدى الجمهورية اللبنانية"
        at = next((j for j in range(envoy.t1, envoy.t0, -1) if doc.word(j) in _AT_HOST_AR), -1)
        if at < 0 or at >= envoy.t1:
            return None
        name = self.text[doc.tokens[at + 1].start : envoy.end]
        key = next((q for q in lookup_qids(name) if q in doc.entity_types), None)
        if key is None or doc.entity_types.get(key) is not EntityType.STATE:
            return None
        return replace(
            envoy, key=key, etype=EntityType.STATE, kind="name", t0=at + 1,
            start=doc.tokens[at + 1].start, text=name,
        )  # fmt: skip

    def _without_host(self, recent: list[Rel], t: int) -> list[Rel]:
        """``recent`` without the relations of the side whose statement holds token ``t``
        ("وقال أردوغان إن الجانبين اتفقا"), when that side dealt with both sides of
        another pair among them (it hosted or mediated their talks); else ``recent``."""
        doc = self.doc
        st = self.stmt_at(doc.tokens[t].start)
        if st is None:
            return recent

        def side(key: str) -> str:
            return doc.entity_states.get(key) or key

        own = side(st.speaker)
        dealt = {side(r.subject) for r in recent if side(r.object) == own}
        dealt |= {side(r.object) for r in recent if side(r.subject) == own}
        others = [
            r
            for r in recent
            if own not in (side(r.subject), side(r.object))
            and {side(r.subject), side(r.object)} <= dealt
        ]
        return others or recent

    def _visited_before(self, first: Ment, t: int) -> bool:
        """Whether a visit by ``first`` (its subject there) is coded between it and the
        token ``t``, or ``first`` is the subject of an arrival verb: "زار X موسكو يوم
        الاثنين والتقى Y"، "وصل X إلى موسكو والتقى Y" (no comma needed before the meeting
        verb that shares the visitor as subject)."""
        verb = self.doc.word(first.t0 - 1)
        if verb in _ARRIVAL_AR or verb.removeprefix("و") in _ARRIVAL_AR:
            return True
        start = self.doc.tokens[t].start
        return any(
            r.type is RelationType.CONSULT
            and r.topic == "visit"
            and r.subject == first.key
            and r.subject_start == first.start
            and r.trig_end <= start
            for r in reversed(self.rels[-4:])
        )

    def _seat_visits(self, rels: list[Rel]) -> list[Rel]:
        """A visit to the seat of a head of state or government ("a visit to the White
        House", "زيارة إلى الإليزيه") meets the man who held that office on the visit's
        date (gazetteer tenures) when the article names him; otherwise the seat stays."""
        g = Gazetteer.load()
        out: list[Rel] = []
        for r in rels:
            e = g.entries.get(r.object) if r.type is RelationType.CONSULT else None
            if (
                e is not None
                and r.topic == "visit"
                and e.subtype == "government_body"
                and e.dept in _SEAT_ROLES
                and e.state
            ):
                on = _day_of(r.date) or self.doc.published
                holder = g.holder_of(_SEAT_ROLES[e.dept], e.state, on) if on else None
                if (
                    holder is not None
                    and holder.key != r.subject
                    and holder.key in self.doc.entity_types  # (an entity of the article)
                ):
                    r = replace(r, object=holder.key, object_is_place=False, object_mention=None)
            out.append(r)
        return out

    def _co_subjects_with_partner(self, rels: list[Rel]) -> list[Rel]:
        """Two coordinated subjects of a contact whose partner follows "مع"/"with"
        ("أجرى X وY اتصالات مع كبار المسؤولين"، "X and Y held calls with officials in
        ..."): they talked with that partner, not with each other; a CONSULT between
        the two, both named before the trigger, is dropped."""
        doc = self.doc
        out: list[Rel] = []
        for r in rels:
            om = r.object_mention
            if r.type is RelationType.CONSULT and om is not None and om.end <= r.trig_start:
                sm = self._subject_mention(r)
                t = doc.tok_at(r.trig_end - 1)
                nxt = doc.word(t + 1)
                if (
                    sm is not None
                    and sm.end <= r.trig_start
                    and (nxt == "with" if self.en else nxt in _WITH_AR)
                ):
                    continue
            out.append(r)
        return out

    def _told_content_objects(self, rels: list[Rel]) -> list[Rel]:
        """Arabic: a contact verb's object found inside the that-clause after it ("وأبلغه
        بأن طهران تسلك طريقا خطيرا"، "أبلغت X نظيرها أن واشنطن ...") is what was said, not
        who was met: such a relation is dropped."""
        doc = self.doc
        out: list[Rel] = []
        for r in rels:
            m = r.object_mention
            if r.type is RelationType.CONSULT and m is not None and r.trig_end <= m.start:
                t = doc.tok_at(r.trig_end - 1)
                if any(doc.word(j) in _THAT_AR for j in range(t + 1, m.t0)):
                    continue
            out.append(r)
        return out

    def _visit_hosts(self, rels: list[Rel]) -> list[Rel]:
        """A visit to a state told in a sentence where the visitor signs or agrees with a
        person of that state ("X and Y signed ... during X's visit to Kyiv"): the visit is
        the meeting with that person, on that act's date."""
        doc = self.doc
        out: list[Rel] = []
        for r in rels:
            if r.type is RelationType.CONSULT and r.topic == "visit":
                host = next(
                    (
                        o
                        for o in rels
                        if o.sent == r.sent
                        and o is not r
                        and o.type.symmetric
                        and o.type is not RelationType.CONSULT  # (talks too: both stay)
                        and o.modality == r.modality
                        and r.subject in (o.subject, o.object)
                        and doc.entity_types.get(other := _other_side(o, r.subject))
                        == EntityType.PERSON
                        and doc.entity_states.get(other) == r.object
                    ),
                    None,
                )
                if host is not None:
                    r = replace(
                        r,
                        object=_other_side(host, r.subject),
                        object_is_place=False,
                        object_mention=None,
                        date=host.date or r.date,
                    )
            out.append(r)
        return out

    def _delegation_members(self, rels: list[Rel]) -> list[Rel]:
        """Arabic: a visit or meeting of a delegation told with its members ("زيارة الوفد
        الأمريكي إلى نيامي، الذي ضم مساعدة الوزير X وقائد القيادة Y"): each member named
        meets the same side too."""
        doc = self.doc
        if doc.seg is None:
            return rels
        out = list(rels)
        for r in rels:
            if r.type is not RelationType.CONSULT or r.sent < 0 or r.subject_start < 0:
                continue
            m = doc.mention_at_tok(doc.tok_at(r.subject_start))
            if m is None or not any(
                doc.word(k) in _DELEGATION_AR
                or doc.word(k).removeprefix("و").removeprefix("ال") in _DELEGATION_AR
                for k in range(max(0, m.t0 - 2), m.t0)
            ):
                continue
            _, b = doc.tok_range(doc.seg.sents[r.sent])
            inc = next(
                (k for k in range(m.t1 + 1, min(b, m.t1 + 12)) if doc.word(k) in _INCLUDED_AR), -1
            )
            if inc < 0:
                continue
            seen = {r.subject, r.object}
            for k in range(inc + 1, min(b, inc + 25)):
                if any(c in self.text[doc.tokens[k - 1].end : doc.tokens[k].start] for c in ".؛;"):
                    break
                p = doc.mention_at_tok(k)
                if p is None or p.t0 != k or p.key in seen:
                    continue
                if p.etype != EntityType.PERSON or p.adjectival or not self.actor(p):
                    continue
                seen.add(p.key)
                out.append(
                    replace(r, subject=p.key, subject_start=p.start, confidence=r.confidence * 0.85)
                )
        return out

    def _delegation_agents(self, rels: list[Rel]) -> list[Rel]:
        """English: a meeting or visit whose subject is the adjective of a delegation with
        its head named ("A US delegation led by Secretary of State X visited Baghdad"): the
        head is the visitor."""
        if not self.en:
            return rels
        doc = self.doc
        out: list[Rel] = []
        for r in rels:
            if r.type is RelationType.CONSULT and r.subject_start >= 0:
                m = doc.mention_at_tok(doc.tok_at(r.subject_start))
                head = self._delegation_head_en(m, len(doc.tokens)) if m is not None else None
                if head is not None and head.key not in (r.subject, r.object):
                    r = replace(r, subject=head.key, subject_start=head.start)
            out.append(r)
        return out

    def _delegation_head(self, m: Ment, b: int) -> Ment | None:
        """The person heading a delegation named by ``m`` ("الوفد الإيراني برئاسة وزير
        الخارجية X", "وفد إيراني يترأسه X"): he acts for it."""
        doc = self.doc
        j = m.t1 + 1
        if j >= b or doc.word(j) not in _HEADED_BY_AR:
            return None
        if not any(doc.word(k) in _DELEGATION_AR  # ("وفدا": its own و, no conjunction)
                   or doc.word(k).removeprefix("و").removeprefix("ال") in _DELEGATION_AR
                   for k in range(max(0, m.t0 - 2), m.t0 + 1)):  # fmt: skip
            return None
        for k in range(j + 1, min(b, j + 7)):
            head = doc.mention_at_tok(k)
            if head is not None:
                if head.etype == EntityType.PERSON and self.actor(head) and not head.adjectival:
                    return head
                if not head.adjectival:
                    return None
        return self._titled_person(j, min(b, j + 7))

    def _delegation_head_en(self, m: Ment, b: int) -> Ment | None:
        """English: the person heading a delegation named by the modifier ``m`` ("a
        Turkish delegation led by Foreign Minister X", "a US team headed by X")."""
        doc = self.doc
        j = m.t1 + 1
        if doc.word(j) not in ("delegation", "team"):  # ("a US delegation": a modifier)
            return None
        if doc.word(j + 1) not in ("led", "headed") or doc.word(j + 2) != "by":
            return None
        for k in range(j + 3, min(b, j + 8)):
            head = doc.mention_at_tok(k)
            if head is not None:
                if head.etype == EntityType.PERSON and self.actor(head) and not head.adjectival:
                    return head
                if not head.adjectival:
                    return None
        return None

    def _mediator_ar(
        self, h: Hit[Trigger], a: int, b: int, stmt: Stmt | None
    ) -> tuple[Ment | None, str | None]:
        """Arabic: the mediator of "وساطتها" (the pronoun's owner; a state speaking of "its"
        mediation through a man: his state) or of "وساطة قطر" (the actor in the genitive)."""
        doc = self.doc
        if h.pron and h.pron not in ("نا", "ي"):
            med_m, med = self.nominal_agent(h, a, b, stmt)
            if med is None and stmt is not None and h.pron == "ها":
                if doc.entity_types.get(stmt.speaker) == EntityType.PERSON:
                    med = doc.entity_states.get(stmt.speaker)
            return med_m, med
        if h.pron:
            return None, None
        gen = doc.mention_at_tok(h.last + 1)
        if gen is not None and gen.t0 == h.last + 1 and self.actor(gen):
            return gen, gen.key
        j = h.last + 1 + (doc.word(h.last + 1) in ("التي", "الذي"))
        if j < b and doc.word(j) in _LED_MEDIATION_AR:
            # "الوساطة التي قادتها الإمارات": the subject of the relative, maybe after
            # honorifics ("قادها صاحب السمو الشيخ X")
            near = doc.mentions_in(doc.tokens[j].end, doc.tokens[min(b, j + 6) - 1].end)
            led = near[0] if near else None
            if (
                led is not None
                and self.actor(led)
                and not led.adjectival
                and _PUNCT_EVAL.isdisjoint(self.text[doc.tokens[j].end : led.start])
            ):
                return led, led.key
        if (
            j + 2 < b
            and doc.mention_at_tok(j) is None
            and doc.word(j).endswith(("ة", "ي"))
            and (_DID_IT_AR.match(doc.word(j + 1)) or _SPENT_IT_AR.match(doc.word(j + 1)))
        ):
            j += 1  # "وساطة جديدة قامت بها": one adjective first
        did = _DID_IT_AR.match(doc.word(j)) and doc.word(j + 1) in ("بها", "به")
        if j + 1 < b and (did or _SPENT_IT_AR.match(doc.word(j))):
            # "الوساطة التي تبذلها مصر بين": the relative's own subject; "أعلنت قطر نجاح
            # وساطة قامت بها بين X وY": none, the clause's subject
            own = doc.mention_at_tok(j + 2 if did else j + 1)
            if own is not None and self.actor(own) and not own.adjectival:
                return own, own.key
            subj = self._first_subject_mention(a, h.first)
            if subj is not None:
                return subj, subj.key
        before = doc.mention_at_tok(h.first - 1)
        if (
            before is not None
            and before.t1 == h.first - 1
            and self.actor(before)
            and not before.adjectival
            and doc.prep_of(before) is None
            and not set(h.prefix.replace("ال", "")) & set("بل")
        ):
            return before, before.key  # "وعرضت تركيا التوسط بين": the verb's subject
        ready = doc.word(h.first - 1)
        if ready in _INT_AR and ready.endswith(("ها", "ه")) and "ل" in h.prefix:
            # "وأبدت الجزائر استعدادها للوساطة بين": who voiced its readiness
            owner = doc.mention_at_tok(h.first - 2)
            if (
                owner is not None
                and owner.t1 == h.first - 2
                and owner.t0 > a
                and self.actor(owner)
                and not owner.adjectival
            ):
                return owner, owner.key
        return None, None

    def _mediated_en(
        self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int, after: int, factor: float
    ) -> bool:
        """ "Oman has mediated between Iran and the United States", "Qatar, which carried
        messages between the two governments", "Norway's mediation between ...": the
        mediator consults each party; the parties do not meet.  The mediator is the
        verb's subject or the possessor right before the noun; True when coded."""
        doc = self.doc
        if h.cls == "n":
            own = doc.mention_at_tok(h.first - 1)
            med = own if own is not None and self._possessive(own) and self.actor(own) else None
        else:
            med = self.agent_before(h.first, a, exclude=set())
        if med is None or med.adjectival:
            return False
        two = self.pair_after(after, min(b, after + 8), adjectives=False)
        if two is None:
            k = after if doc.word(after) in _BETWEEN else after + 1
            if doc.word(k) not in _BETWEEN or doc.word(k + 1) != "the" or doc.word(k + 2) != "two":
                return False
            if doc.word(k + 3) not in _TWO_STATES_EN:
                return False
            # "between the two governments": the two states last named before
            keys = [s for s in self._recent_states(doc.tokens[k].start, 3) if s != med.key][:2]
            before = doc.mentions_in(0, doc.tokens[k].start)
            ments = [
                found
                for key in keys
                if (found := next((m for m in reversed(before) if m.key == key), None)) is not None
            ]
            if len(ments) != 2:
                return False
            two = ments[0], ments[1]
        if med.key in (two[0].key, two[1].key):
            return False
        for party in two:
            self.add(med.key, party, h.entry, h, si, sent, a, b, factor, h.cls == "n", True, med)
        return True

    def _told_parties(self, si: int, mediator: str) -> tuple[Ment, Ment] | None:
        """The two sides of the latest mutual act (a swap, deal, talks or cooperation) told
        in this sentence or the two before, neither of them ``mediator``: whom a mediation
        named with no "بين" phrase went between."""
        doc = self.doc
        states = doc.entity_states
        for prev in reversed(self.rels):
            if prev.sent > si:
                continue
            if si - prev.sent > 2:
                break
            if prev.type not in _MUTUAL_TOLD or mediator in (prev.subject, prev.object):
                continue
            if mediator in (states.get(prev.subject), states.get(prev.object)):
                continue
            subj = self._subject_mention(prev)
            if subj is None:
                return None
            obj = prev.object_mention or next(
                (m for m in doc.mentions_in(prev.ev_start, prev.ev_end) if m.key == prev.object),
                None,
            )
            return (subj, obj) if obj is not None else None
        return None

    def _led_mediators_ar(self) -> None:
        """Arabic: the subject of "الوساطة التي قادتها X" / "وساطة قادها X" mediates; it is
        no party of the swap, release or deal told in its sentence ("أسفرت وساطة قادتها
        تركيا عن الإفراج عن أسرى"): such relations of X other than meetings are dropped."""
        doc = self.doc
        if doc.seg is None:
            return
        led: set[tuple[int, str]] = set()
        for j in doc.positions(_LED_MEDIATION_AR):
            near = doc.mentions_in(
                doc.tokens[j].end, doc.tokens[min(len(doc.tokens), j + 6) - 1].end
            )
            if near and _PUNCT_EVAL.isdisjoint(self.text[doc.tokens[j].end : near[0].start]):
                led.add((doc.seg.index_at(doc.tokens[j].start), near[0].key))
        if not led:
            return
        self.rels = [
            r
            for r in self.rels
            if r.type in (RelationType.CONSULT, RelationType.SUPPORT)
            or ((r.sent, r.subject) not in led and (r.sent, r.object) not in led)
        ]
