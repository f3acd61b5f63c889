"""The relation coder's rules on the agent of a verbal noun.

It codes the agent of a verbal noun (:meth:`VerbalNouns.nominal_agent`): its genitive, a possessive
or adjective before it, "من X", or the subject or speaker its pronoun suffix stands for; and
who takes a decision named by a noun.

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

from kg.extractors.coder.subjects import Subjects
from kg.extractors.coder.words import (
    _AFTER_AR,
    _AGENT_BY_AR,
    _AR,
    _AR_REL_PRON,
    _BE_EN,
    _BEFORE_GERUND_EN,
    _BETWEEN,
    _CITY_STATES_AR,
    _DECISION_NOUNS_AR,
    _DECISION_NOUNS_EN,
    _DOER_VERBS_AR,
    _GOAL_PREPS,
    _GOODS_AR,
    _ING_PREPS_EN,
    _MIN,
    _PARTITIVE_AR,
    _PARTITIVE_DOERS_AR,
    _PUNCT_EVAL,
    _SIDE_NOUNS_AR,
    _SPEECH_TYPES,
    _SUBCLAUSE_EN,
    _TOOK_PLACE_AR,
    _WITH_AR,
    _ar_attack_noun,
)
from kg.extractors.doc import AR_PREP_WORDS, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.native import trait
from kg.extractors.quotes import Stmt
from kg.extractors.triggers import Trigger
from kg.models import EntityType, RelationType

__all__ = ["VerbalNouns"]


@trait
class VerbalNouns(Subjects):
    """The coder's rules on the agent of a verbal noun."""

    def _feminine_chain(self, h: Hit[Trigger]) -> str | None:
        """The agent of a noun with "ها" coordinated ("و...ها") with the act coded just
        before it in the same sentence, when that agent is no person ("وقوف سورية إلى
        جانب الصين وتمسكها بـ...، ودعمها"): the same state goes on acting."""
        doc = self.doc
        if not self.rels or not doc.word(h.first).startswith("و") or doc.seg is None:
            return None
        prev = self.rels[-1]
        start = doc.tokens[h.first].start
        if prev.trig_end > start or doc.seg.index_at(start) != prev.sent:
            return None
        if doc.entity_types.get(prev.subject) == EntityType.PERSON:
            return None
        return prev.subject

    def _state_before_pronoun(self, t: int, lo: int, speaker: str) -> Ment | None:
        """The state named closest before the Arabic noun at token ``t`` with "ها" within
        a statement's content (from token ``lo``), with or without a preposition, when it
        is neither the speaker nor the speaker's state."""
        doc = self.doc
        own = doc.entity_states.get(speaker) or speaker
        for m in reversed(doc.mentions_in(doc.tokens[lo].start, doc.tokens[t].start)):
            if m.adjectival or m.etype is not EntityType.STATE or not self.actor(m):
                continue
            return m if m.key not in (speaker, own) else None
        return None

    def _decision_genitive(self, h: Hit[Trigger]) -> Ment | None:
        """Arabic: the actor between a decision noun and the verbal noun at ``h``
        ("بقرار واشنطن رفع العقوبات", "خطوة إسبانيا الاعتراف بـ", "القرار الأمريكي
        رفع"): who decided the act."""
        doc = self.doc
        m = doc.mention_at_tok(h.first - 1)
        if m is None or m.t1 != h.first - 1 or not self.actor(m) or h.pron:
            return None
        head = doc.word(m.t0 - 1).lstrip("وف")
        if head[:1] in ("ب", "ل") and head[1:3] == "ال":
            head = head[1:]
        elif head[:1] in ("ب", "ل") and head[1:] in _DECISION_NOUNS_AR:
            head = head[1:]
        return m if head.removeprefix("ال") in _DECISION_NOUNS_AR else None

    def _decided_by_en(self, t: int) -> Ment | None:
        """English: the actor of "the decision/move by X to <verb at t>": who decided
        the act, though the decision is the object of another verb."""
        doc = self.doc
        if doc.word(t - 1) != "to":
            return None
        m = doc.mention_at_tok(t - 2)
        if m is None or m.t1 != t - 2 or not self.actor(m) or m.adjectival:
            return None
        k = m.t0 - 1
        if doc.word(k) == "the":
            k -= 1
        if doc.word(k) != "by" or doc.word(k - 1) not in _DECISION_NOUNS_EN:
            return None
        return m

    def _ar_by_agent(self, h: Hit[Trigger], b: int) -> Ment | None:
        """Arabic: the actor after "من قبل"/"على يد" within the phrase of the verbal noun
        at ``h`` ("بيع الأسلحة إلى تايوان من قبل الولايات المتحدة"): its agent."""
        doc = self.doc
        took = doc.word(h.first - 1).lstrip("وف") in _TOOK_PLACE_AR
        for j in range(h.last + 1, min(b - 2, h.last + 9)):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if j in self.stops or "،" in gap or "," in gap:
                return None
            if took:
                m = doc.mention_at_tok(j)
                if m is not None and not m.adjectival:
                    return None  # "تم طرد X من قبل Y": the passive frame swaps them
            if (doc.word(j), doc.word(j + 1)) in _AGENT_BY_AR:
                # "تم احتجاز ناقلة بريطانية من قبل إيران": only a nisba names the patient,
                # the actor after "من قبل" is the agent
                agent = self._actor_at(j + 2)
                if agent is None and took:
                    # "من قبل السلطات الإيرانية": a head noun and its nisba
                    nxt = doc.mention_at_tok(j + 3)
                    if nxt is not None and nxt.adjectival and self.adj_actor(nxt):
                        agent = nxt
                return agent
        return None

    def nominal_agent(
        self, h: Hit[Trigger], a: int, b: int, stmt: Stmt | None
    ) -> tuple[Ment | None, str | None]:
        doc = self.doc
        text = self.text
        t = h.first
        if h.pron and h.pron not in ("نا", "ي"):
            # "دعمه": the nearest actor before it in the statement, else the speaker
            if stmt is not None:
                lo = max(a, doc.tok_after(stmt.start))
                m = self.agent_before(t, max(lo, t - 12), exclude=set())
                speaker_person = doc.entity_types.get(stmt.speaker) == EntityType.PERSON
                if h.pron == "ها" and speaker_person:
                    # "شدد الرئيس على وقوف سورية إلى جانب الصين ... ودعمها": "ها" is not
                    # the man who speaks; the state of the act it is coordinated with
                    return None, self._feminine_chain(h)
                if h.pron == "ها" and (m is None or m.etype == EntityType.PERSON):
                    # "رفضها": a state or a body (feminine), not a man named before it
                    near = self._state_before_pronoun(t, lo, stmt.speaker)
                    if near is not None and not speaker_person:
                        # "أكد الجيش أنه لن يسمح لإيران بترسيخ وجودها": the state named
                        # in the content, even after a preposition
                        return near, near.key
                    return None, (None if speaker_person else stmt.speaker)
                if m is not None and m.etype == EntityType.PERSON:
                    return m, m.key
                return None, stmt.speaker
            m = self.agent_before(t, max(a, t - 12), exclude=set())
            if m is not None and h.pron == "ها" and m.etype == EntityType.PERSON:
                return None, None  # "ها" is a state or a body; a man named before is not it
            if m is not None:
                return m, m.key
            prev = self.prev_subject
            if prev is not None and h.pron == "ها":
                if doc.entity_types.get(prev) == EntityType.PERSON:
                    return None, None
            return None, prev
        if self.en:
            if doc.word(t).endswith("ing") and (g := self._group_subject_before(t, a)):
                return g[0], g[0].key  # "the four governments issued a statement backing X"
            # "Russia's support", "Russian support", "UAE military backing", "visit by X"
            j = t - 1
            while j >= a and doc.word(j) in (
                "military",
                "economic",
                "financial",
                "political",
                "diplomatic",
                "continued",
                "strong",
                "full",
                "first",
                "new",
                "recent",
                "official",
            ):
                j -= 1
            m = doc.mention_at_tok(j) if j >= a else None
            if (
                m is not None
                and self.actor(m)
                and m.t1 == j
                and (m.adjectival or self._possessive(m) or doc.prep_of(m) is None)
            ):
                return m, m.key
            if doc.word(h.last + 1) == "by":
                m = doc.mention_at_tok(h.last + 2)
                if m is not None and self.actor(m):
                    return m, m.key
            if doc.word(h.last + 1) == "from" and "from" not in h.entry.preps:
                # ("its withdrawal from Mali": "from" is this noun's patient)
                m = doc.mention_at_tok(h.last + 2)
                if m is not None and self.actor(m):
                    return m, m.key
            if doc.word(h.last + 1) == "of" and "of" not in h.entry.preps:
                # "the visit of a US delegation to Taiwan": "of" is not this noun's
                # patient preposition, so it names the agent
                for j in (h.last + 2, h.last + 3, h.last + 4):
                    m = doc.mention_at_tok(j)
                    if m is not None:
                        if self.actor(m) and (not m.adjectival or self.adj_actor(m)):
                            return m, m.key
                        break
                    if doc.word(j) not in ("a", "an", "the"):
                        break
            for j in range(h.last + 2, min(b, h.last + 8)):
                # "the expulsion of Iran's ambassador by Albania": "by" after the object
                w = doc.word(j)
                if j in self.stops or w in _SUBCLAUSE_EN or not _PUNCT_EVAL.isdisjoint(w):
                    break
                if w in _BE_EN:
                    break  # "sanctions on Syria were lifted by X": the verb's agent
                if w == "by":
                    k = j + 2 if doc.word(j + 1) == "the" else j + 1
                    m = doc.mention_at_tok(k)
                    if (
                        m is not None
                        and self.actor(m)
                        and not m.adjectival
                        # ("a truce mediated by Qatar": the go-between is no party)
                        and not (h.entry.type.symmetric and self._host_agent(m))
                    ):
                        return m, m.key
                    break
            return None, None
        if (by := self._ar_by_agent(h, b)) is not None:
            return by, by.key  # "بيع الأسلحة إلى تايوان من قبل الولايات المتحدة"
        # Arabic: genitive right after, an adjective after, or من X
        j = h.last + 1
        steps = 0
        if h.last > h.first and doc.word(h.last) in _SIDE_NOUNS_AR:
            # "الوقوف إلى جانب الشعب الليبي": the genitive of «جانب» is whom one stands by
            # (the patient), not who stands
            steps = 3
        while j < b and steps < 3:
            m = doc.mention_at_tok(j)
            if m is not None and j == h.last + 1 and self._accord_venue_ar(h, m):
                return None, None  # "انتهت الحرب باتفاق الجزائر": the accord's city
            if m is not None:
                prep = doc.prep_of(m)
                if h.entry.type is RelationType.SANCTION and (
                    (prep == _MIN and _MIN in h.entry.preps)
                    or (m.adjectival and doc.word(m.t0 - 1) in _GOODS_AR)
                ):
                    # "وقف الواردات من لبنان", "وقف الواردات اللبنانية": whom it bans, not
                    # who
                    return None, None
                if self.actor(m) and (prep is None or prep == "من"):
                    if text[doc.tokens[h.last].end : m.start].count("،") == 0:
                        return m, m.key
                if self.actor(m) and prep == "ل" and self._goal_after(m, h, b):
                    # "الزيارة الأولى للرئيس التركي إلى القاهرة": "ل" names the visitor
                    # when the noun's goal follows with another preposition
                    return m, m.key
                return None, None
            w = doc.word(j)
            if j == h.last + 1 and w in _AR_REL_PRON and doc.word(j + 1) in _DOER_VERBS_AR:
                j += 1  # "الغارات التي شنتها إسرائيل": a marked relative clause
                w = doc.word(j)
            if j <= h.last + 2 and w in _DOER_VERBS_AR:
                # "زيارة قام بها الرئيس X إلى"، "محادثات أجراها X مع": the unmarked relative
                # clause's subject is the noun's agent
                j += 2 if doc.word(j + 1) in (_AR("بها"), _AR("به")) else 1
                steps += 1
                if doc.word(j) in _PARTITIVE_DOERS_AR and doc.word(j + 1) == _MIN:
                    j += 2  # "هجمات شنها مسلحون من حركة X": the group the doers are of
                continue
            if (
                h.entry.type in _SPEECH_TYPES
                and j == h.last + 1
                and "ال" not in h.prefix
                and _ar_attack_noun(w)
            ):
                # "بإدانة الاعتداءات الإسرائيلية": the adjective names the attacker (the
                # patient of the condemnation), not who condemns
                return None, None
            if w == _MIN or w in _PARTITIVE_AR or (w.startswith("ال") and w not in AR_PREP_WORDS):
                # an adjective ("الدائم") or من may sit in between
                j += 1
                steps += 1 if w not in _PARTITIVE_AR else 0  # ("الجزء الرئيسي من القوات")
                continue
            if doc.word(j - 1) in _PARTITIVE_AR and w not in AR_PREP_WORDS:
                j += 1  # "سحب جزء كبير من القوات": the partitive's adjective
                steps += 1
                continue
            if (
                "ال" not in h.prefix
                and h.entry.type in (RelationType.ASSAULT, RelationType.COERCE)
                and len(w) >= 3
                and w.endswith(("ي", "ية", "يه"))
                and w not in AR_PREP_WORDS
            ):
                # "لعدوان جوي إسرائيلي"، "هجوم صاروخي روسي": an indefinite adjective of
                # the attack before the attacker's
                j += 1
                steps += 1
                continue
            break
        if (
            h.entry.type is RelationType.CONSULT
            and not h.pron
            and "ال" not in h.prefix
            and doc.word(t - 1).removeprefix("و") in _AFTER_AR
            and doc.word(h.last + 1) in _WITH_AR
        ):
            # "قررت واشنطن تمديد الهدنة بعد مشاورات مع الرياض": the clause's subject
            # consulted
            m = self._first_subject_mention(a, t - 1)
            if m is not None and self.actor(m) and not m.adjectival:
                return m, m.key
        if (
            h.entry.type is RelationType.CONSULT
            and not h.pron
            and "ال" not in h.prefix
            and doc.word(t - 1).removeprefix("و") in _AFTER_AR
            and _GOAL_PREPS & {doc.word(h.last + 1), doc.word(h.last + 2)}
        ):
            # "وتأتي مشاركة مودي في قمة بريكس بعد زيارة قصيرة إلى اليونان": the clause's
            # subject visited, not the body of the summit named last
            m = self._first_subject_mention(a, t - 1)
            if m is not None and self.actor(m) and not m.adjectival:
                return m, m.key
        return None, None

    def _accord_venue_ar(self, h: Hit[Trigger], m: Ment) -> bool:
        """Arabic: the state ``m`` right after an indefinite accord or talks noun is the city it
        is named after ("اتفاق الجزائر"، "إعلان الكويت"، "مؤتمر تونس"): a state whose capital
        bears its name (:data:`_CITY_STATES_AR`), with no partner after it ("اتفاق الجزائر
        مع فرنسا" is Algeria's)."""
        doc = self.doc
        if h.entry.type not in (RelationType.AGREE, RelationType.CONSULT) or "ال" in h.prefix:
            return False
        if m.adjectival or m.t0 != m.t1 or doc.word(m.t0) not in _CITY_STATES_AR:
            return False
        nxt = doc.word(m.t1 + 1)
        if nxt in _WITH_AR or nxt in _BETWEEN:
            return False
        after = doc.mention_at_tok(m.t1 + 1)
        return not (after is not None and nxt.startswith("و") and self.actor(after))

    def _reduced_relative(self, t: int) -> bool:
        """An English -ing verb at ``t`` right after a plural noun phrase that names no
        actor ("boarded navy boats delivering supplies to ..."): the noun is its doer, no
        actor named.  A noun phrase with an actor modifier ("Chinese vessels
        blocking ...") or a verb before the -ing form ("continues sending") is none."""
        doc = self.doc
        w = doc.word(t)
        prev = doc.word(t - 1)
        if not w.endswith("ing") or not prev.endswith("s") or prev.endswith("ss") or len(prev) < 4:
            return False
        if w in _ING_PREPS_EN:
            return False  # "talks during the summit", "states including Iran"
        if prev in _BEFORE_GERUND_EN or doc.mention_at_tok(t - 1) is not None:
            return False
        tok = doc.tokens[t - 1]
        if not self.text[tok.start].islower() or "," in self.text[tok.end : doc.tokens[t].start]:
            return False
        for j in (t - 2, t - 3):
            m = doc.mention_at_tok(j)
            if m is not None and self.actor(m):
                return False  # "Chinese vessels blocking", "Russian navy ships carrying"
            if doc.word(j) in _BEFORE_GERUND_EN:
                return False
        return True
