"""The relation coder's rules on pairs and groups of actors.

It codes pairs and groups of actors: the two sides "الجانبان" / "both countries" stand for, dual
and coordinated subjects ("X and Y agreed", "اتفق الجانبان"), groups joined by commas and
"and"/"و", symmetric pairs after a trigger ("between X and Y"), reciprocal acts and the
article's main pair of states.

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from kg.extractors.coder.event_dates import _QAD
from kg.extractors.coder.modality import Modalities
from kg.extractors.coder.relation import Rel
from kg.extractors.coder.words import (
    _ADVERBS_EN,
    _AND,
    _AR,
    _AR_RELIEF_HEADS,
    _AR_SENT_ENVOY_HEADS,
    _AR_VEHICLES,
    _BACKGROUND_AR,
    _BE_EN,
    _BETWEEN,
    _BOTH_AR,
    _COORD_GAPS,
    _COUNT_AR,
    _COUNTERPART_GAP_EN,
    _COUNTERPART_ROLE_EN,
    _DECIDED,
    _DRILL_TOPIC,
    _DUAL_AR,
    _DUAL_HEADS_EN,
    _GERUND_PREPS_EN,
    _GROUP_NOUNS_AR,
    _GROUP_SIZES_EN,
    _KILLED_VERBS_AR,
    _PERSON_DUALS,
    _PLEDGE_EN,
    _PLURAL_HEADS_AR,
    _POSSESSED_AGENTS_EN,
    _PUNCT_CLAUSE,
    _PUNCT_CONJ,
    _PUNCT_EVAL,
    _PUNCT_PAIR,
    _SETUP_VERBS_EN,
    _SIDES_AR,
    _STATE_DUALS_AR,
    _STATE_DUALS_EN,
    _span,
)
from kg.extractors.doc import Ment
from kg.extractors.lexicon import Hit
from kg.extractors.native import trait
from kg.extractors.sentences import Span
from kg.extractors.triggers import Trigger
from kg.models import EntityType, Modality, RelationType

__all__ = ["Sides"]


@trait
class Sides(Modalities):
    """The coder's rules on pairs and groups of actors."""

    def _coordinated_before(self, subj_m: Ment, subj: str, *, states: bool = False) -> Ment | None:
        """The actor coordinated before a subject ("Putin and Trump", "بوتين وترامب");
        with ``states``, a state adjective counts too ("Chinese and Indian troops")."""
        doc = self.doc
        before = doc.mention_at_tok(subj_m.t0 - 2)
        joiner = doc.word(subj_m.t0 - 1)
        glued = (
            not self.en
            and doc.tokens[subj_m.t0].start < subj_m.start
            and self.text[doc.tokens[subj_m.t0].start] == "و"
        )
        if glued:
            before = doc.mention_at_tok(subj_m.t0 - 1)
        if self.en and joiner != "and":
            k = next(
                (
                    j
                    for j in range(subj_m.t0 - 2, max(0, subj_m.t0 - 8), -1)
                    if doc.word(j) == "and"
                ),
                -1,
            )
            cp = doc.mention_at_tok(k - 1) if k > 0 else None
            if cp is not None and cp.key != subj and self._counterpart(cp, subj_m):
                return cp  # "X and his Cambodian counterpart Y agreed"
        if self.en and joiner != "and":
            # "Guyana's Irfaan Ali and Venezuela's Nicolas Maduro", "X and Chinese President
            # Y": past the second name's title or possessor
            j = subj_m.t0 - 1
            while j > max(0, subj_m.t0 - 6) and doc.word(j) != "and":
                w = doc.word(j)
                start = doc.tokens[j].start
                if not (self.text[start : start + 1].isupper() or w in ("'s", "’s", "s", "the")):
                    return None  # ("Iran and the United States": past the article too)
                if not _PUNCT_EVAL.isdisjoint(
                    self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
                ):
                    # "... Nicaragua and Cuba. In July, Costa Rica agreed": a clause or a
                    # sentence ends before the subject, no title of it
                    return None
                j -= 1
            joiner, before = doc.word(j), doc.mention_at_tok(j - 1)
        if before is None or before.key == subj or not (joiner == "and" or glued):
            return None
        if self.actor(before) or (states and before.etype == EntityType.STATE):
            return before
        return None

    def _dual_subject(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "The two leaders agreed", "واتفق الجانبان": the pair of the latest relation
        between two actors (within the last three sentences) acts together."""
        near = range(max(a, h.first - 4), min(b, h.last + 4))
        duals = [j for j in near if self._dual_at(j) and j not in self._anaphor_objects]
        if not self.en:
            # "أكبر عملية تبادل بين البلدين منذ الحرب": "بين البلدين" before the trigger
            # and apart from it closes an earlier noun; it is not the trigger's pair
            # ("اندلعت بين البلدين حرب" stays)
            duals = [
                j
                for j in duals
                if not (j + 1 < h.first and self.doc.word(j - 1).lstrip("و") in _BETWEEN)
            ]
        if self.en:
            # "Brazil, which borders both nations, said it had reinforced": a clause of its
            # own subject ("it", a speech cue) comes between the pair and the act
            duals = [j for j in duals if not self._own_clause_between(j, h.first)]
        if not duals and self.en and h.entry.type.symmetric:
            j = h.first - 1
            while j > a and self.doc.word(j) in _ADVERBS_EN:
                j -= 1
            if self.doc.word(j) == "they":
                duals = [j]  # "They last met in Bali": the pair just named
            elif self.doc.word(j) in _POSSESSED_AGENTS_EN:
                # "Their negotiators met again", "Their troops exchanged fire"
                duals = [k for k in (j - 1, j - 2) if k >= a and self.doc.word(k) == "their"][:1]
        if not duals and self.en:
            duals = self._dual_verb_subject(h.first, a)
        if not duals:
            return
        if (
            self.en
            and duals[0] < h.first
            and self.doc.word(duals[0] + 1) == "to"
            and any(
                self._verb_types.get(k) is RelationType.REQUEST
                for k in range(max(a, duals[0] - 4), duals[0])
            )
        ):
            # "Turkey urged both sides to agree a ceasefire": the act asked of the pair, not
            # done (the REQUEST is coded for each)
            return
        if (
            self.en
            and not h.entry.type.symmetric
            and self.doc.word(h.first).endswith("ing")
            and self.doc.word(h.first - 1) in _GERUND_PREPS_EN
        ):
            # "the two governments cooperate closely on fighting drug trafficking": a
            # gerund after a preposition is what the pair does together, no act of one on
            # the other
            return
        persons = self.doc.word(duals[0]) in _PERSON_DUALS
        pair = None
        if self.en and self.doc.word(duals[0]) in _STATE_DUALS_EN:
            # "Rwanda is to lift its measures in Congo, and the two countries will ...": the
            # two states named before in the sentence; else "officials from both countries
            # met": the article's main pair
            pair = self._states_before(duals[0], si) or self._main_dyad(duals[0], si, "")
            if pair is not None and self._other_states_speak(duals[0], si, pair):
                return  # "Biden told him the two countries would ...": theirs, not the main pair
        if pair is None and not self.en and h.entry.type is RelationType.CONSULT:
            # "استقبل X Y ... وبحث الجانبان": the two who met, not the states they speak for
            pair = self._last_meeting_pair(si)
        if pair is None and not self.en:
            # "ودعت الجانبين": the article's main pair
            pair = self._main_pair(si, persons, duals[0])
        pair = pair or self._pair_before(duals[0], si, persons=persons)
        if pair is not None and not self.en and self._state_dual(duals[0]):
            pair = self._state_pair(pair)  # "ووقع البلدان": the two states
        if pair is None:
            return
        x, y = pair
        self.add(x.key, y, h.entry, h, si, sent, a, b, 0.8, False, False, x)
        if not h.entry.type.symmetric:  # "both sides moved troops to the border"
            self.add(y.key, x, h.entry, h, si, sent, a, b, 0.8, False, False, y)

    def _dual_pair_at(self, j: int, si: int) -> tuple[Ment, Ment] | None:
        """English: the pair a dual at ``j`` ("both sides", "the two leaders", "the two
        countries") names, when it is one."""
        if not self._dual_at(j) or j in self._anaphor_objects:
            return None
        word = self.doc.word(j)
        pair = self._states_before(j, si) if word in _STATE_DUALS_EN else None
        if pair is None and self.en and word in _PERSON_DUALS:
            pair = self._titled_pair_en(j, si)
        return pair or self._pair_before(j, si, persons=word in _PERSON_DUALS)

    def _titled_pair_en(self, j: int, si: int) -> tuple[Ment, Ment] | None:
        """English: the two people "the two foreign ministers" (the dual's head at ``j``
        and its modifiers) names when the story introduced them under that title: the
        latest "<modifiers> <head>, A and B" (or "<head> A and B") of two people in the
        ten sentences before ("their foreign ministers, Jeyhun Bayramov and Ararat
        Mirzoyan, initialed the text ... The two foreign ministers also asked X")."""
        doc = self.doc
        if doc.seg is None:
            return None
        words = self.words
        k = j - 1
        while k > 0 and words[k] not in ("two", "both"):
            k -= 1
        mods = words[k + 1 : j + 1]  # ("foreign", "ministers")
        if not mods or k < j - 3:
            return None
        lo = doc.tok_after(doc.seg.sents[max(0, si - 10)].start)
        n = len(mods)
        for i in range(k - n, lo - 1, -1):
            if words[i : i + n] != mods:
                continue
            x = next(
                (m for q in range(i + n, i + n + 3) if (m := doc.mention_at_tok(q)) is not None),
                None,
            )
            if x is None or x.etype != EntityType.PERSON or not self.actor(x):
                continue
            if self.text[doc.tokens[i + n - 1].end : x.start].strip(" ,").lower() not in (
                "",
                "the",
            ):
                continue
            y = doc.mention_at_tok(x.t1 + 2)
            if (
                y is None
                or y.t0 != x.t1 + 2
                or words[x.t1 + 1] != "and"
                or y.etype != EntityType.PERSON
                or not self.actor(y)
                or y.key == x.key
            ):
                continue
            return x, y
        return None

    def _dual_co_subjects(self, h: Hit[Trigger], si: int, a: int, n: int) -> None:
        """English: "Both sides condemned X", "The two leaders urged X to ...": a dual
        right before a one-way verb (adverbs between) is its subject, so each of the pair
        does what was coded (``self.rels[n:]``) for one of them."""
        doc = self.doc
        j = h.first - 1
        while j > a and doc.word(j) in _ADVERBS_EN:
            j -= 1
        if j == a and doc.word(j) == "they":
            pair = self._they_pair(si)  # "Russia and China vetoed ... They accused X"
        elif self._first_subject_mention(a, j) is not None:
            return  # "China, which has ties with both countries, urged": not the subject
        else:
            pair = self._dual_pair_at(j, si)
        if pair is None:
            return
        self._share_with_pair(pair, n)

    def _share_with_pair(self, pair: tuple[Ment, Ment], n: int) -> None:
        """The acts coded since ``self.rels[n]`` by one of ``pair`` are the other's too."""
        other = {pair[0].key: pair[1], pair[1].key: pair[0]}
        new = self.rels[n:]
        for r in list(new):
            m = other.get(r.subject)
            if m is None or m.key == r.object:
                continue
            if any(x.subject == m.key and x.object == r.object and x.type is r.type for x in new):
                continue
            self.rels.append(
                replace(r, subject=m.key, subject_start=m.start, confidence=r.confidence * 0.9)
            )

    def _no_act_en(self, h: Hit[Trigger], frame: str) -> bool:
        """English one-word triggers that name no act of the clause's subject."""
        doc = self.doc
        t = h.first
        w = doc.word(t)
        if h.cls == "v" and frame == "svo" and w.endswith("s") and doc.word(t + 1) == "by":
            # "Damascus says strikes by Israel killed ...": a plural noun, its agent after
            # "by", not a verb of the clause's subject
            return doc.word(t - 1) not in _BE_EN
        if h.cls == "n" and w == "consultations" and doc.word(t - 1) == "for":
            return True  # "recalled its envoys from X, Y and Z for consultations"
        return h.entry.topic == "seizure" and doc.word(t + 1) == "power"  # a coup

    def _owner_state(self, j: int, a: int, t: int) -> Ment | None:
        """English "of its/their <noun>" at token ``j`` with no mention after the pronoun:
        the state whose noun it is, the subject of the clause (``a`` .. trigger ``t``)."""
        doc = self.doc
        if doc.word(j) not in ("its", "their") or doc.mention_at_tok(j + 1) is not None:
            return None
        owner = self._first_subject_mention(a, t)
        if owner is None or doc.entity_types.get(owner.key) != EntityType.STATE:
            return None
        return owner

    def _gerund_by_first(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """English: "the killing by Y of X": the agent right after "by", the patient after
        the "of" that follows it ("of its general": the clause subject's state)."""
        doc = self.doc
        k = h.last + 2 + (doc.word(h.last + 2) == "the")
        agent = doc.mention_at_tok(k)
        if agent is None or not self.actor(agent) or doc.word(agent.t1 + 1) != "of":
            return
        j = agent.t1 + 2
        patient: Ment | None = None
        if doc.word(j) not in ("its", "their"):
            patient, _ = self.mention_after(
                j, min(b, j + 4), (), exclude={agent.key}, place=False, required=False
            )
        else:
            patient = self._owner_state(j, a, h.first)
        if patient is None or not self.actor(patient) or patient.key == agent.key:
            return
        self.add(agent.key, patient, h.entry, h, si, sent, a, b, 0.8, True, True, agent)

    def _gerund_by(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """English: "the killing of X by Y", "the shelling of X by Y": the patient after
        "of", the agent after "by" in the same phrase."""
        doc = self.doc
        patient, _ = self.mention_after(
            h.last + 2, min(b, h.last + 6), (), exclude=set(), place=False, required=False
        )
        if patient is not None and any(doc.word(j) == "by" for j in range(h.last + 2, patient.t0)):
            patient = None  # ("the killing of its commander by Israel": the agent)
        if patient is None and self.en:
            # "vowed to avenge the killing of its commander by Israel": whose commander,
            # the clause's subject, is struck
            patient = self._owner_state(h.last + 2, a, h.first)
        if patient is None or not self.actor(patient):
            return False
        last = patient.t1 if patient.t0 > h.last else h.last + 3  # (the owner's noun)
        k = last + 1
        while k < min(b, last + 5) and doc.word(k) != "by":
            k += 1
        if doc.word(k) != "by" or not _PUNCT_CLAUSE.isdisjoint(
            self.text[doc.tokens[last].end : doc.tokens[k].start]
        ):
            return False
        agent = doc.mention_at_tok(k + 1 + (doc.word(k + 1) == "the"))
        if agent is None or not self.actor(agent) or agent.key == patient.key:
            return False
        self.add(agent.key, patient, h.entry, h, si, sent, a, b, 0.8, True, True, agent)
        return True

    def _group_at(self, j: int, si: int) -> list[Ment] | None:
        """English: the states "the three countries" / "the four governments" at token
        ``j`` names: the latest list of exactly that many states coordinated ("Norway,
        Spain and Ireland") in sentence ``si`` before ``j`` or the two sentences before."""
        doc = self.doc
        if not self.en or doc.seg is None or doc.word(j) not in _STATE_DUALS_EN:
            return None
        size = _GROUP_SIZES_EN.get(doc.word(j - 1))
        if size is None or doc.word(j - 2) not in ("the", "all", "these"):
            return None
        lo = doc.seg.sents[max(0, si - 2)].start
        ments = [
            m
            for m in doc.mentions_in(lo, doc.tokens[j].start)
            if m.etype is EntityType.STATE and not m.adjectival
        ]
        run: list[Ment] = []
        for m in reversed(ments):
            if run:
                gap = self.text[m.end : run[-1].start].strip().lower().removesuffix(" the")
                if gap not in _COORD_GAPS:
                    if len({x.key for x in run}) == size:
                        break
                    run = []
            run.append(m)
        if len(run) != size or len({x.key for x in run}) != size:
            return None
        return run[::-1]

    def _group_subject_before(self, t: int, a: int) -> list[Ment] | None:
        """English: a group ("the three countries") that is the subject of the verb at
        ``t``, with only auxiliaries, adverbs or a light verb phrase between and no actor,
        punctuation or clause of its own ("The four governments issued a joint statement
        backing X")."""
        doc = self.doc
        if doc.seg is None:
            return None
        si = doc.seg.index_at(doc.tokens[t].start)
        for j in range(t - 1, max(a, t - 8) - 1, -1):
            if doc.mention_at_tok(j) is not None:
                return None
            group = self._group_at(j, si)
            if group is not None:
                gap = self.text[doc.tokens[j].end : doc.tokens[t].start]
                if not _PUNCT_CLAUSE.isdisjoint(gap) or self._own_clause_between(j, t):
                    return None
                return group
        return None

    def _group_co_subjects(self, h: Hit[Trigger], a: int, n: int) -> None:
        """English: "The three countries urged Israel to ...": each state of the group does
        what was coded (``self.rels[n:]``) for one of them."""
        group = self._group_subject_before(h.first, a)
        if group is None:
            return
        keys = {m.key for m in group}
        new = self.rels[n:]
        for r in list(new):
            if r.subject not in keys:
                continue
            for m in group:
                if m.key in (r.subject, r.object):
                    continue
                if any(
                    x.subject == m.key and x.object == r.object and x.type is r.type for x in new
                ):
                    continue
                self.rels.append(
                    replace(r, subject=m.key, subject_start=m.start, confidence=r.confidence * 0.9)
                )
                new = self.rels[n:]

    def _dual_one_way_ar(
        self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int, n: int
    ) -> None:
        """Arabic: a dual of sides or officials right after a one-way verb is its subject
        ("ودعا الجانبان روسيا إلى"، "وأدان الزعيمان الهجوم"، "كما طالب الوزيران إيران
        بـ"): each of the pair (the two who met, else the pair the story is about) does the
        act to the actor named after the dual, or to what was coded (``self.rels[n:]``) for
        one of them; a member of the pair is no patient of its own act."""
        doc = self.doc
        j = self._past_adjuncts(h.last + 1)
        if h.pron:
            return
        pair: list[Ment] | tuple[Ment, Ment] | None
        if doc.word(j) in _PLURAL_HEADS_AR:
            # "اجتمع وزراء خارجية X وY وZ ... ودعا الوزراء إيران إلى": the latest list,
            # each as its state (the ministers speak for their governments)
            run = self._latest_run(si, j)
            pair = [self._as_state(m) for m in run] if run is not None else None
        else:
            if not self._dual_at(j):
                return
            w = doc.word(j)
            w = w[1:] if w[:1] in "وف" and w[1:] in _DUAL_AR else w
            if w in _STATE_DUALS_AR or not w.endswith("ان"):
                # "ودعت الدولتان": the group anaphor reads the two states (see _code);
                # the accusative "دعا الجانبين" names whom one asks
                return
            persons = w in _PERSON_DUALS
            pair = (
                self._last_meeting_pair(si)
                or self._main_pair(si, persons, j)
                or self._pair_before(j, si, persons=persons)
            )
        keys = {m.key for m in pair or ()}
        if pair is None or len(keys) < 2:
            return
        new = self.rels[n:]
        del self.rels[n:]
        kept = [r for r in new if r.object not in keys]
        k = self._past_adjuncts(j + 1)
        k += doc.word(k) in ("بشدة", "بقوة")  # "وأدان الجانبان بشدة الهجوم"
        obj = doc.mention_at_tok(k)
        if obj is not None and obj.adjectival:
            obj = None
        if (
            obj is None
            and h.entry.type in (RelationType.ACCUSE, RelationType.REJECT)
            and doc.word(k).startswith("ال")
            and doc.mention_at_tok(k) is None
        ):
            # "وأدان القادة الهجمات الإسرائيلية"، "ورفض الجانبان القرار الأمريكي": the
            # adjective after the act names its doer
            obj = doc.mention_at_tok(k + 1)
            if obj is not None and (not obj.adjectival or obj.t0 != k + 1):
                obj = None
            if obj is not None:
                kept = []  # (not the victim after it: "الغزو الروسي لأوكرانيا")
        if not kept and obj is not None and obj.t0 > j and self.actor(obj) and obj.key not in keys:
            for m in pair:
                self.add(m.key, obj, h.entry, h, si, sent, a, b, 0.8, False, False, m)
            return
        for r in kept:
            for m in pair:
                if m.key == r.object or any(
                    x.subject == m.key and x.object == r.object and x.type is r.type
                    for x in self.rels[n:]
                ):
                    continue
                self.rels.append(replace(r, subject=m.key, subject_start=m.start))

    def _as_state(self, m: Ment) -> Ment:
        """The state of a person or body mention, as a mention of it (else ``m``)."""
        state = self.doc.entity_states.get(m.key)
        if state is None or state == m.key:
            return m
        etype = self.doc.entity_types.get(state, EntityType.STATE)
        return replace(m, key=state, etype=etype)

    def _latest_run(
        self, si: int, t: int, back: int = 2, size: int | None = None
    ) -> list[Ment] | None:
        """Arabic: the latest list of two or more actors (exactly ``size`` if given)
        coordinated by "و" and commas ("وزراء خارجية فرنسا وألمانيا وبريطانيا") in
        sentence ``si`` before token ``t`` or the ``back`` sentences before it, in text
        order."""
        doc = self.doc
        if doc.seg is None:
            return None
        lo = doc.seg.sents[max(0, si - back)].start
        ments = [
            m
            for m in doc.mentions_in(lo, doc.tokens[t].start)
            if self.actor(m) and not m.adjectival
        ]

        def fits(k: int) -> bool:
            return k == size if size is not None else k >= 2

        run: list[Ment] = []
        for m in reversed(ments):
            if run:
                gap = self.text[m.end : run[0].start].strip()
                if gap in ("و", "،", "،و", "، و", ",", ", و") and m.key not in {r.key for r in run}:
                    run.insert(0, m)
                    continue
                if fits(len(run)):
                    return run
            run = [m]
        return run if fits(len(run)) else None

    def _dual_owners_ar(self, h: Hit[Trigger], si: int, n: int) -> None:
        """Arabic: a verbal noun with the dual pronoun ("وأكد الوزيران رفضهما للعقوبات"،
        "أعربا عن دعمهما لـ"): the act coded for one of the pair just met or named is the
        other's too."""
        if h.entry.type.symmetric:
            return
        pair = self._last_meeting_pair(si) or self._main_pair(si, False, h.first)
        if pair is None:
            return
        self._share_with_pair(pair, n)

    def _other_states_speak(self, t: int, si: int, pair: tuple[Ment, Ment]) -> bool:
        """English: a person of a state outside ``pair`` is named before token ``t`` in
        sentence ``si`` ("President Joe Biden told him that the two countries ..."): the
        dual is that person's side and another, not the pair."""
        doc = self.doc
        assert doc.seg is not None
        keys = {pair[0].key, pair[1].key}
        for m in doc.mentions_in(doc.seg.sents[si].start, doc.tokens[t].start):
            if m.etype is not EntityType.PERSON or not self.actor(m):
                continue
            state = doc.entity_states.get(m.key)
            if state is not None and state not in keys:
                return True
        return False

    def _states_before(self, t: int, si: int) -> tuple[Ment, Ment] | None:
        """The two states, exactly, that sentence ``si`` names before token ``t`` (each
        as its latest mention), else None."""
        doc = self.doc
        assert doc.seg is not None
        found: dict[str, Ment] = {}
        for m in doc.mentions_in(doc.seg.sents[si].start, doc.tokens[t].start):
            if m.etype is EntityType.STATE and not m.adjectival:
                found[m.key] = m
        if len(found) != 2:
            return None
        x, y = found.values()
        return x, y

    def _dual_verb_subject(self, t: int, a: int) -> list[int]:
        """English: "the two countries will set up a joint committee": a pair that is the
        subject of the verb phrase before a noun trigger, a few words further back than
        :meth:`_dual_subject` looks (no punctuation, actor or clause of its own between)."""
        doc = self.doc
        for j in range(t - 5, max(a, t - 10) - 1, -1):
            they = j == a and doc.word(j) == "they"  # "They also agreed to set up a joint"
            if not (they or self._dual_at(j)) or j in self._anaphor_objects:
                continue
            gap = self.text[doc.tokens[j].end : doc.tokens[t].start]
            if not _PUNCT_CLAUSE.isdisjoint(gap) or self._own_clause_between(j, t):
                return []
            if any(doc.mention_at_tok(k) is not None for k in range(j + 1, t)):
                return []
            if not any(doc.word(k).startswith(_SETUP_VERBS_EN) for k in range(j + 1, t)):
                return []  # ("trade between the two countries was worth ... before the war")
            return [j]
        return []

    def _own_clause_between(self, j: int, t: int) -> bool:
        """Whether an English speech cue or subject pronoun stands between tokens ``j`` and
        ``t``: what follows has a subject of its own."""
        return any(
            k in self.cue_speaker or self.doc.word(k) in ("it", "he", "she", "we")
            for k in range(j + 1, t)
        )

    def _pair_before(
        self,
        t: int,
        si: int,
        *,
        persons: bool = False,
        agent: str | None = None,
        reach: int = 3,
    ) -> tuple[Ment, Ment] | None:
        """The two actors "the two sides" refers to: the latest relation's pair within three
        sentences, else two actors coordinated earlier in this sentence or the one before.
        "The two leaders" (``persons``) are a pair of people.  With ``agent`` (the state or
        actor who acts on "both leaders"), a relation of the agent's own is not the pair
        ("X spoke with A and B ... he urged both leaders": A and B, not X and B); ``reach``
        sentences back for the relation."""
        doc = self.doc
        types = doc.entity_types

        def fits(r: Rel) -> bool:
            if agent is not None and agent in (
                doc.entity_states.get(r.subject) or r.subject,
                doc.entity_states.get(r.object) or r.object,
            ):
                return False
            if self.en and any(
                x.trig_start == r.trig_start and x.subject == r.subject and x.object != r.object
                for x in self.rels
            ):
                # ("Russia has bases in both republics. The two neighbours fought": an act
                # on several patients pairs none of them with its agent)
                return False
            if not persons:
                return True
            return types.get(r.subject) == types.get(r.object) == EntityType.PERSON

        prev = next(
            (
                r
                for r in reversed(self.rels)
                if si - reach <= r.sent <= si
                and r.subject != r.object
                and fits(r)
                and (r.sent < si or r.trig_start < doc.tokens[t].start)  # (not its own act)
            ),
            None,
        )
        if prev is not None and not prev.object_is_place and prev.object_mention is not None:
            subj = (
                doc.mention_at_tok(doc.tok_at(prev.subject_start))
                if prev.subject_start >= 0
                else None
            )
            if subj is not None and subj.key == prev.subject:
                co = None if prev.type.symmetric else self._co_subject_of(prev, subj)
                return (co, subj) if co is not None else (subj, prev.object_mention)
        assert doc.seg is not None
        # "announced by Obama and Castro ... . ... . The two leaders met": English people
        # coordinated two sentences back (S21-CODER-EN)
        back = 2 if self.en and persons else 1
        lo = doc.seg.sents[max(0, si - back)].start
        ments = [
            m
            for m in doc.mentions_in(lo, doc.tokens[t].start)
            if self.actor(m) and not m.adjectival
        ]
        for x, y in zip(ments[-2::-1], ments[:0:-1], strict=False):
            gap = self.text[x.end : y.start].strip().lower()
            glued = self.text[y.start - 1 : y.start] == "و" and not gap
            if x.key != y.key and (gap in ("and", "and the", "و", ",", "،") or glued):
                return x, y  # ("Serbia and the European Union ... The two sides")
        return None

    def _co_subject_of(self, prev: Rel, subj: Ment) -> Ment | None:
        """The other doer of the one-way act ``prev`` told of two coordinated subjects in
        its sentence ("Saudi Arabia and the UAE cut ties with Qatar. The two countries
        accused Doha ..."): "the two" are the doers, not doer and patient."""
        doc = self.doc
        for r in reversed(self.rels):
            if r.sent != prev.sent or r is prev or r.subject_start < 0:
                continue
            if r.type is not prev.type or r.object != prev.object or r.subject == prev.subject:
                continue
            m = doc.mention_at_tok(doc.tok_at(r.subject_start))
            if m is None or m.key != r.subject:
                continue
            x, y = (m, subj) if m.t0 < subj.t0 else (subj, m)
            gap = self.text[x.end : y.start].strip().lower().removesuffix(" the")
            if gap in _COORD_GAPS:
                return m
        return None

    def _dual_at(self, j: int) -> bool:
        words = self.words
        w = words[j] if 0 <= j < len(words) else ""
        if self.en:
            if w not in _DUAL_HEADS_EN:
                return False
            if w == "leaders" and words[j - 1] == "the" and words[j + 1 : j + 2] != ["of"]:
                return True  # "praised the leaders for their courage": the pair who met
            # "the two foreign ministers", "both Central Asian countries": up to two
            # modifiers between the number and its head
            for k in range(j - 1, max(-1, j - 4), -1):
                if words[k] in ("two", "both"):
                    return True
                if not words[k].replace("-", "").isalpha() or k in self.stops:
                    return False
            return False
        return w in _DUAL_AR or (w[:1] in "وف" and w[1:] in _DUAL_AR)

    def _clash_pair_ar(self, h: Hit[Trigger], si: int, a: int, b: int) -> tuple[Ment, Ment] | None:
        """Arabic: a "between" noun whose partner follows "مع" ("خاضت القوات الهندية
        اشتباكات مع القوات الصينية"): the side named just before the noun and the one after
        "مع". After a verb of killing or wounding ("قتل جنود ... في اشتباك مع"), the side
        before is the victim and attacks no one in this sentence."""
        doc = self.doc
        if doc.word(h.last + 1) != "مع":
            return None
        other = next(
            (m for j in range(h.last + 2, min(b, h.last + 5)) if (m := self._actor_at(j))),
            None,
        )
        if other is None:
            return None
        own = self.agent_before(h.first, max(a, h.first - 6), exclude={other.key})
        if own is None:
            return None
        if any(
            doc.word(j).removeprefix("و") in _KILLED_VERBS_AR
            for j in range(max(a, own.t0 - 4), own.t0)
        ):
            self.victims.add((si, own.key))
        return own, other

    def _dual_patients(
        self,
        h: Hit[Trigger],
        after: int,
        subj: str,
        subj_m: Ment | None,
        si: int,
        sent: Span,
        a: int,
        b: int,
        factor: float,
        nominal: bool,
    ) -> None:
        """An English act aimed at "both countries" / "the two sides" right after the trigger
        ("called on both sides to show restraint") is aimed at each of the pair named before
        (the latest relation's pair, else two coordinated actors), the agent's own side
        aside."""
        doc = self.doc
        # ("has bases in both former Soviet republics": a preposition and two modifiers)
        j = next((k for k in range(after, min(b, after + 5)) if self._dual_at(k)), None)
        if (
            j is None
            and h.entry.type is RelationType.REQUEST
            and subj_m is not None
            and subj_m.t1 < h.first
        ):
            # "China, which has close ties with both countries, urged restraint": the pair
            # its relative clause names is whom it urges
            j = next((k for k in range(subj_m.t1 + 1, h.first) if self._dual_at(k)), None)
        if j is None or doc.word(j - 2) in _BETWEEN:
            return
        own = doc.entity_states.get(subj) or subj
        persons = doc.word(j) in _PERSON_DUALS
        pair = None if persons else self._main_dyad(j, si, own)
        if pair is None and persons:
            pair = self._titled_pair_en(j, si)  # ("urged the two foreign ministers to")
        if pair is None:
            # ("A and his counterpart B met ... [six paragraphs of the fighting] ... X urged
            # both leaders": the latest pair of people who met or agreed, further back)
            reach = 9 if persons and self.en else 3
            pair = self._pair_before(j - 1, si, persons=persons, agent=own, reach=reach)
        if pair is None:
            return
        for m in pair:
            if m.key != subj and (doc.entity_states.get(m.key) or m.key) != own:
                self.add(subj, m, h.entry, h, si, sent, a, b, factor * 0.8, nominal, False, subj_m)

    def _main_dyad(
        self, t: int, si: int, own: str, *, local: bool = False
    ) -> tuple[Ment, Ment] | None:
        """ "Both countries" in an English article: the two states that the relations coded so
        far pair most often (the latest pair on a tie), neither of them ``own``; each as its
        latest mention before token ``t``."""
        doc = self.doc
        states, types = doc.entity_states, doc.entity_types
        score: dict[frozenset[str], tuple[int, int]] = {}
        told: set[int] = set()
        for i, r in enumerate(self.rels):
            if r.sent > si or r.object_is_place:
                continue
            if self.en and r.trig_start in told:
                continue  # (the host of a signing meeting each party: one act)
            told.add(r.trig_start)
            x, y = states.get(r.subject) or r.subject, states.get(r.object) or r.object
            if x == y or own in (x, y):
                continue
            if types.get(x) != EntityType.STATE or types.get(y) != EntityType.STATE:
                continue
            n, _ = score.get(frozenset((x, y)), (0, 0))
            score[frozenset((x, y))] = (n + 1, i)
        if not score:
            return None
        if self.en and local:
            # "Relations with India were strained ... both governments summoned each
            # other's envoys": the two states named in this sentence and the one before,
            # when just two are; with just one named there, the likeliest pair that holds
            # it; else the article's likeliest pair
            assert doc.seg is not None
            lo = doc.seg.sents[max(0, si - 1)].start
            near = frozenset(
                x
                for m in doc.mentions_in(lo, doc.tokens[t].start)
                if self.actor(m)
                and (x := states.get(m.key) or m.key) != own
                and types.get(x) == EntityType.STATE
            )
            if len(near) == 2:
                score = {near: (1, 0)}
            elif len(near) == 1:
                score = {k: v for k, v in score.items() if near <= k} or score
        best = max(score, key=lambda k: score[k])
        before = doc.mentions_in(0, doc.tokens[t].start)
        found: list[Ment] = []
        for k in sorted(best):
            m = next((m for m in reversed(before) if m.key == k), None)
            if m is None:  # named only through one of its people ("the Ugandan envoy")
                m = next((m for m in reversed(before) if states.get(m.key) == k), None)
                m = replace(m, key=k, etype=EntityType.STATE) if m is not None else None
            if m is None:
                return None
            found.append(m)
        return found[0], found[1]

    def _decision_maker(self, si: int, own: str) -> Ment | None:
        """Whose "decision"/"move" an English speaker condemns: the subject of the main act
        (not a speech act) of the latest of the last two sentences that has one, when that
        is another side than ``own``."""
        doc = self.doc
        assert doc.seg is not None
        for sj in (si, si - 1, si - 2):
            if sj < 0:
                break
            cands = [r for r in self.rels if r.sent == sj and r.type in _DECIDED]
            if not cands:
                continue
            a, b = doc.tok_range(doc.seg.sents[sj])
            first = self._first_subject_mention(a, b)
            main = [r for r in cands if first is not None and r.subject == first.key]
            if not main or first is None:
                return None
            if (doc.entity_states.get(first.key) or first.key) == own:
                return None
            return first
        return None

    def _reciprocal(
        self,
        h: Hit[Trigger],
        after: int,
        subj: str | None,
        subj_m: Ment | None,
        si: int,
        sent: Span,
        a: int,
        b: int,
        nominal: bool,
    ) -> bool:
        """An English act aimed at "each other" / "one another" right after the trigger:
        each of a coordinated subject ("Kenya and Uganda pledged not to attack each other")
        or of the pair "both governments" / "the two sides" names acts on the other."""
        doc = self.doc
        # ("not to threaten or use force against each other": a verb coordinated with
        # the next one shares its "each other")
        reach = 8 if doc.word(after) in ("or", "and") and after + 1 in self.stops else 4
        words = self._span_words(after, min(b, after + reach))
        if not any(
            (w == "each" and nxt.startswith("other")) or (w == "one" and nxt == "another")
            for w, nxt in pairwise(words)
        ):
            return False
        pair: tuple[Ment, Ment] | None = None
        dual = next((j for j in range(max(a, h.first - 4), h.first) if self._dual_at(j)), None)
        if dual is not None:
            persons = doc.word(dual) in _PERSON_DUALS
            pair = None if persons else self._main_dyad(dual, si, "", local=True)
            pair = pair or self._pair_before(dual, si, persons=persons)
        elif subj_m is not None and subj is not None and subj_m.key == subj:
            group = self._group(subj_m, si)
            other = self._coordinated_before(subj_m, subj)
            if len(group) == 2:
                pair = (group[0], group[1])
            elif other is not None:
                pair = (other, subj_m)
        if pair is None:
            return False
        x, y = pair
        self.add(x.key, y, h.entry, h, si, sent, a, b, 0.85, nominal, False, x)
        self.add(y.key, x, h.entry, h, si, sent, a, b, 0.85, nominal, False, y)
        pledge = next(
            (
                j
                for j in range(h.first - 1, max(a, h.first - 8) - 1, -1)
                if doc.word(j) in _PLEDGE_EN
            ),
            None,
        )
        if pledge is not None and x.key != y.key:
            # "Kenya and Uganda pledged not to attack each other": a mutual pledge is an
            # agreement (asserted, whatever the pledged act's modality)
            agree = Trigger(RelationType.AGREE, "sym", (), Modality.ASSERTED, 0.6, "pledge")
            hit = Hit(pledge, pledge, agree, "v", "", "")
            self.add(x.key, y, agree, hit, si, sent, a, b, 0.85, False, False, x)
        return True

    def _group(self, m: Ment, si: int) -> list[Ment]:
        """``m`` with the actors coordinated with it by commas and "and"/"و" only
        ("France, Britain and Germany", "بريطانيا وفرنسا وألمانيا"), in text order. A
        name already coded as the patient of this sentence does not join (as "Ukraine"
        in "Russia attacked Ukraine and Poland condemned ...")."""
        doc = self.doc
        ments = doc.mentions
        i = doc.mention_index(m)
        if i < 0:
            return [m]
        taken: set[str] | None = None  # (this sentence's patients, gathered when needed)

        def joins(x: Ment, y: Ment) -> bool:
            gap = self.text[x.end : y.start].strip().lower()
            if self.en and (gap == "the" or gap.endswith((" the", ",the"))):
                gap = gap[:-3].rstrip()  # "Iran and the United States"
            if self.en and gap.endswith(" then"):
                gap = gap[:-5].rstrip()  # "to Turkey and then China"
            if (
                self.en
                and gap.endswith((" on", " against", " to"))
                and gap.split()[-1] == doc.prep_of(x)
                and doc.prep_of(y) == doc.prep_of(x)
            ):
                gap = gap.rsplit(" ", 1)[0].rstrip()  # "sanctions on X and on Y"
            if not self.en and gap[-1:] in ("ل", "ب"):
                # "شكره للولايات المتحدة، وللسعودية وتركيا": the same glued preposition
                # repeated after "و"
                p = doc.prep_of(y)
                if p == gap[-1] and doc.prep_of(x) == p and "و" in gap[:-1]:
                    gap = gap[:-1].rstrip()
            if x.adjectival and y.adjectival and m.adjectival:
                return gap in _COORD_GAPS  # "the British, French and German envoys"
            if not self.actor(x):
                # a capital joins a list of places visited by "and" only ("زار طهران
                # والدوحة"), not by a comma ("التقى X، في الرياض، الرئيس Y")
                return (
                    self._joinable(x)
                    and self._joinable(y)
                    and not x.adjectival
                    and gap in _COORD_GAPS
                    and ("و" in gap or "and" in gap)
                )
            return not x.adjectival and gap in _COORD_GAPS

        out = [m]
        k = i
        while k > 0 and len(out) < 6 and not m.adjectival:
            prev = ments[k - 1]
            step = 1
            if self.en and k > 1 and prev.adjectival and self._counterpart(ments[k - 2], ments[k]):
                prev, step = ments[k - 2], 2  # "X and his Cambodian counterpart Y"
            elif not joins(prev, ments[k]):
                break
            if taken is None:
                # (not the other party of a mutual act of ``m`` itself: "Germany and France
                # agreed to supply Ukraine" has both supply it)
                taken = {
                    r.object
                    for r in self.rels
                    if r.sent == si and not (self.en and r.type.symmetric and r.subject == m.key)
                }
            if prev.key in taken:
                break
            out.insert(0, prev)
            k -= step
        k = i
        while k + 1 < len(ments) and len(out) < 6:
            nxt = ments[k + 1]
            if (
                self.en
                and not m.adjectival
                and k + 2 < len(ments)
                and nxt.adjectival
                and self._counterpart(ments[k], ments[k + 2])
            ):
                out.append(ments[k + 2])  # "X and his Cambodian counterpart Y"
                k += 2
                continue
            if m.adjectival:
                if not (nxt.adjectival and joins(ments[k], nxt)):
                    break
            elif not joins(ments[k], nxt) or not self._joinable(nxt) or nxt.adjectival:
                break
            elif self.en and self._new_clause_subject(nxt):
                break  # "Russia attacked Ukraine and Poland condemned ...": a new clause
            out.append(nxt)
            k += 1
        if m.adjectival and len(out) > 1 and not self.adj_actor(out[-1]):
            return [m]  # adjectives coordinated before a head noun that names actors only
        if (
            self.en
            and len(out) > 1
            and not any(
                {"and", "or"} & set(self.text[x.end : y.start].lower().replace(",", " ").split())
                for x, y in pairwise(out)
            )
        ):
            return [m]  # "If Iran attacks Israel, the United States will": commas only, no list
        if len({x.key for x in out}) < len(out):
            return [m]
        return out

    def _counterpart(self, x: Ment, y: Ment) -> bool:
        """English "X and his (Cambodian) counterpart Y": two named people coordinated
        across a counterpart phrase (whose demonym is no conjunct of its own)."""
        if x.adjectival or y.adjectival or not (self.actor(x) and self.actor(y)):
            return False
        raw = self.text[x.end : y.start].split()
        gap = [w.lower() for w in raw]
        role = _COUNTERPART_ROLE_EN.match(y.text.lower())  # the title inside the mention
        if role is not None:
            gap += role.group(0).split()
        if _COUNTERPART_GAP_EN.fullmatch(" ".join(gap)) is not None:
            return True
        # "Evan Gershkovich and former U.S. Marine Paul Whelan": two people, the second
        # with a title of capitalised words (and "former") that holds a demonym
        types = self.doc.entity_types
        if types.get(x.key) != EntityType.PERSON or types.get(y.key) != EntityType.PERSON:
            return False
        rest = raw[1:]
        return (
            len(raw) >= 2
            and gap[0] == "and"
            and len(rest) <= 4
            and all(w[:1].isupper() or w.lower() in ("former", "then") for w in rest)
            and not any(w.endswith((",", ";", ":")) for w in rest)
        )

    def _joinable(self, m: Ment) -> bool:
        """An actor, or a capital when visits count it for its state ("زار طهران
        والدوحة", "visited Beijing and Moscow")."""
        return self.actor(m) or bool(self._capital_ok and self._capital_state(m))

    def _other_state(self, t_from: int, t_to: int, subj: str) -> Ment | None:
        """ "بين البلدين" as a patient: the other of the two states last named."""
        doc = self.doc
        for t in range(t_from, t_to):
            if self._both_word(t):
                own = (
                    subj
                    if doc.entity_types.get(subj) == EntityType.STATE
                    else doc.entity_states.get(subj)
                )
                for key in self._recent_states(doc.tokens[t].start, 2):
                    if key != own:
                        for m in reversed(doc.mentions_in(0, doc.tokens[t].start)):
                            if m.key == key:
                                return m
                return None
        return None

    def _coordinated(self, first: Ment, second: Ment) -> bool:
        """Whether a conjunction (و / and / a comma) joins two mentions close together."""
        if second.t0 - first.t1 > 5:
            return False
        gap_text = self.text[first.end : second.start]
        words = self._span_words(first.t1 + 1, second.t0 + 1)
        return (
            "," in gap_text
            or "،" in gap_text
            or any(w in _AND or (not self.en and w.startswith("و")) for w in words)
        )

    def _hyphen_pair(self, t: int, a: int) -> tuple[Ment, Ment] | None:
        """ "Putin-Trump phone call": two names joined by a hyphen right before the trigger."""
        doc = self.doc
        m2 = doc.mention_at_tok(t - 1)
        if m2 is None or not self.actor(m2):
            return None
        m1 = doc.mention_at_tok(m2.t0 - 1)
        if m1 is None or not self.actor(m1) or m1.key == m2.key:
            return None
        if self.text[m1.end : m2.start] in ("-", "–"):
            return m1, m2
        return None

    def _background_sentence(self, si: int, reach: int = 5) -> bool:
        """Whether Arabic sentence ``si`` opens as background ("ويذكر أن"، "يشار إلى أن"،
        "وكانت ... قد", with "قد" within ``reach`` words: the story's dates look further,
        past a long subject, "وكان رئيس الوزراء الإثيوبي آبي أحمد قد أعلن")."""
        doc = self.doc
        if self.en or doc.seg is None or not (0 <= si < len(doc.seg.sents)):
            return False
        a, b = doc.tok_range(doc.seg.sents[si])
        first = doc.word(a)
        if first in _BACKGROUND_AR:
            return True
        return first.removeprefix("و").startswith(_AR("كان")) and any(
            doc.word(j) == _QAD for j in range(a + 1, min(b, a + reach))
        )

    def _main_pair(
        self, si: int, persons: bool, t: int = -1, agent: str | None = None
    ) -> tuple[Ment, Ment] | None:
        """The two sides an Arabic "الجانبان"/"الطرفين" refers to: the pair of the latest
        relation in this sentence, else, of the relations in the three sentences before,
        the pair of states most of them join (the latest on a tie), as that pair's latest
        relation names them (when each recent pair acted once, the pair of states that acted
        on each other three times or more in the article so far); in a statement (``t``: the
        anaphor's token) of a side that dealt with both of another pair (a host, a mediator),
        that pair."""
        doc = self.doc
        types = doc.entity_types

        def side(key: str) -> str:
            return doc.entity_states.get(key) or key

        # a background sentence ("ويذكر أن البلدين وقعا ...") recalls the article's main
        # pair: all the sentences before count
        lo = 0 if self._background_sentence(si) else si - 3
        recent = [
            r
            for r in self.rels
            if lo <= r.sent <= si
            and not r.object_is_place
            and r.object_mention is not None
            and side(r.subject) != side(r.object)
            and (not persons or types.get(r.subject) == types.get(r.object) == EntityType.PERSON)
            and (agent is None or agent not in (side(r.subject), side(r.object)))
        ]
        if t >= 0:
            recent = self._without_host(recent, t)
        if not recent:
            return None
        if recent[-1].sent == si:
            r = recent[-1]  # "استقبل X Y، وبحث الجانبان": the pair just coded
            subj_m = self._subject_mention(r)
            if subj_m is None or subj_m.key != r.subject or r.object_mention is None:
                return None
            return self._sides(subj_m, r.object_mention, persons)
        last = next((r for r in recent if r.sent == si - 1 and r.type.symmetric), None)
        if last is not None and last.object_mention is not None:
            # "واستضافت قطر محادثات بين X وY. وحثت الأمم المتحدة الجانبين": the parties of
            # the talks told just before, not a pair of an earlier paragraph
            subj_m = self._subject_mention(last)
            if subj_m is not None and subj_m.key == last.subject:
                return self._sides(subj_m, last.object_mention, persons)
        acts: dict[frozenset[str], set[int]] = {}  # each dyad's distinct acts
        for r in recent:
            acts.setdefault(frozenset((side(r.subject), side(r.object))), set()).add(r.trig_start)
        best = max(len(v) for v in acts.values())
        if best == 1 and lo > 0 and agent is None:
            # each recent pair acted once ("ندعم مسار الأمم المتحدة"; no mediator asks): the
            # pair of states the article is about, when they acted on each other three times
            # or more
            main: dict[frozenset[str], set[int]] = {}
            for r in self.rels:
                if (
                    r.sent <= si
                    and not r.object_is_place
                    and r.object_mention is not None
                    and side(r.subject) != side(r.object)
                    and types.get(side(r.subject)) == types.get(side(r.object)) == EntityType.STATE
                ):
                    main.setdefault(frozenset((side(r.subject), side(r.object))), set()).add(
                        r.trig_start
                    )
            dyad, top = max(main.items(), key=lambda kv: len(kv[1]), default=(None, set()))
            if len(top) >= 3:
                r = next(
                    r
                    for r in reversed(self.rels)
                    if r.sent <= si
                    and r.object_mention is not None
                    and frozenset((side(r.subject), side(r.object))) == dyad
                )
                subj_m, obj_m = self._subject_mention(r), r.object_mention
                if subj_m is not None and subj_m.key == r.subject and obj_m is not None:
                    return self._sides(subj_m, obj_m, persons)
        r = next(
            r
            for r in reversed(recent)
            if len(acts[frozenset((side(r.subject), side(r.object)))]) == best
        )
        subj_m = self._subject_mention(r)
        if subj_m is None or subj_m.key != r.subject or r.object_mention is None:
            return None
        return self._sides(subj_m, r.object_mention, persons)

    def _ar_envoy_sent(self, t_from: int, t_to: int, subj: str) -> bool:
        """Whether the words between a bare "أرسل" and its addressee name someone sent --
        a person other than the sender, or an envoy, minister, delegation or letter
        ("أرسل الرئيس وزير خارجيته إلى", "أرسلت مصر وفدا رفيعا إلى") -- rather than a
        team or goods ("فريقا للبحث والإنقاذ", "طائرة محملة بالأدوية")."""
        doc = self.doc
        for j in range(t_from, t_to):
            m = doc.mention_at_tok(j)
            if m is not None and m.key != subj and m.etype is EntityType.PERSON:
                return True
            w = doc.word(j)
            for v in (w, w[1:] if w[:1] in "وفبل" else ""):
                if v.removeprefix(_AR("ال")).startswith(_AR_SENT_ENVOY_HEADS):
                    return True
        return False

    def _ar_relief_sent(self, t_from: int, t_to: int) -> bool:
        """Whether the planes, ships or trucks sent between tokens ``t_from`` and ``t_to``
        carry relief ("طائرات إغاثة", "سفينة محملة بالمساعدات", "طائرات الإغاثة")."""
        doc = self.doc
        for t in range(t_from, t_to):
            if not doc.word(t).lstrip("و").removeprefix(_AR("ال")).startswith(_AR_VEHICLES):
                continue
            for j in (t + 1, t + 2):
                w = doc.word(j)
                for v in (w, w[1:] if w[:1] in "وب" else ""):
                    if v.removeprefix(_AR("ال")).startswith(_AR_RELIEF_HEADS):
                        return True
        return False

    def _named_sides_ar(self, si: int, before: int) -> tuple[Ment, Ment] | None:
        """Arabic: the two sides that sentence ``si`` names, before token ``before``, as a
        dual noun with two nisba adjectives ("الجانبان السعودي والإيراني", "البلدين المصري
        والسوداني"): a later "الجانبين"/"الدولتان" refers to them, not to whoever they
        thanked or praised."""
        if self.en or si < 0:
            return None
        doc = self.doc
        assert doc.seg is not None
        a, b = doc.tok_range(doc.seg.sents[si])
        for j in range(a, min(b, before) - 2):
            if not (self._dual_at(j) or doc.word(j).lstrip("وفلب") in _BOTH_AR):
                continue
            m1 = doc.mention_at_tok(j + 1)
            if m1 is None or not m1.adjectival or m1.t0 != j + 1:
                continue
            m2 = doc.mention_at_tok(m1.t1 + 1)
            if m2 is not None and m2.adjectival and m2.key != m1.key and m2.t1 < before:
                return m1, m2
        return None

    def _sides_ar(self, si: int, t: int) -> tuple[Ment, Ment] | None:
        """The two sides an Arabic "الجانبين"/"الدولتان" at token ``t`` of sentence ``si``
        refers to: a pair named as such earlier in the sentence (or in the one before,
        when this sentence has coded no act yet), else :meth:`_main_pair`."""
        named = self._named_sides_ar(si, t)
        if named is None and not any(r.sent == si for r in self.rels):
            named = self._named_sides_ar(si - 1, t)
        # "اتفقت X وY ... وثمنت X جهود Z في استضافة الحوار بين الجانبين": the parties of
        # the latest symmetric act, not the pair this sentence names
        return named or self._last_symmetric_pair(si) or self._main_pair(si, False, t)

    def _last_symmetric_pair(self, si: int) -> tuple[Ment, Ment] | None:
        """The two states of the latest symmetric act (agreement, talks, cooperation)
        coded in this sentence or the three before it, as mentions."""
        for r in reversed(self.rels):
            if r.sent < si - 3:
                break
            if not r.type.symmetric or r.object_is_place or r.object_mention is None:
                continue
            subj_m = self._subject_mention(r)
            if subj_m is None or subj_m.key != r.subject:
                return None
            if EntityType.STATE not in (subj_m.etype, r.object_mention.etype):
                return None
            return subj_m, r.object_mention
        return None

    def _sides(self, x: Ment, y: Ment, persons: bool) -> tuple[Ment, Ment] | None:
        """Two sides ("الجانبان") read off a relation between a person on one side and a
        state or body on the other ("دعم الرئيس الصيني دمشق ... ووقّع الجانبان"): the
        states of both, as the sides are alike."""
        if persons or (x.etype == EntityType.PERSON) == (y.etype == EntityType.PERSON):
            return x, y
        return self._state_pair((x, y))

    def _state_dual(self, t: int) -> bool:
        """ "البلدان", "الدولتين", "الحكومتين" at token ``t``, standing alone (after a verb
        or "بين"): two states -- not "رئيسي البلدين" (two presidents)."""
        doc = self.doc
        w = doc.word(t)
        if w.startswith("لل"):
            w = "ال" + w[2:]  # "للبلدين"
        if not (w in _STATE_DUALS_AR or (w[:1] in "وفلب" and w[1:] in _STATE_DUALS_AR)):
            return False
        before = doc.word(t - 1)
        if before.removeprefix("و").startswith(_AR("كان")) and doc.word(t + 1) == _QAD:
            return True  # "وكانت الدولتان قد وقعتا": the subject of a pluperfect
        return before in _BETWEEN or t - 1 in self.stops or self._ar_adjunct(t - 1)

    def _state_pair(self, pair: tuple[Ment, Ment]) -> tuple[Ment, Ment] | None:
        """The states of a pair of actors ("the two countries" after a meeting of their
        leaders); None when both belong to one state."""
        doc = self.doc
        out: list[Ment] = []
        for m in pair:
            state = m.key if m.etype == EntityType.STATE else doc.entity_states.get(m.key)
            if state is None:
                return pair
            etype = doc.entity_types.get(state, EntityType.STATE)
            out.append(m if state == m.key else replace(m, key=state, etype=etype))
        if out[0].key == out[1].key:
            return None
        return out[0], out[1]

    def _anaphor_end(self, t: int) -> int | None:
        """If token ``t`` opens "الطرفين"/"البلدان" or a counted plural ("الدول الثلاث"),
        the token it ends at."""
        if self.en:
            return None
        doc = self.doc
        w = doc.word(t)
        if w[:1] in "وفلب" and w[1:] in _GROUP_NOUNS_AR | _BOTH_AR:
            w = w[1:]
        elif w.startswith("لل") and "ال" + w[2:] in _BOTH_AR:
            w = "ال" + w[2:]  # "شكره للجانبين"
        if w in _BOTH_AR:
            return t
        if w in _GROUP_NOUNS_AR and doc.word(t + 1) in _COUNT_AR:
            return t + 1
        return None

    def _partners_ar(self, subj: str, si: int) -> list[Ment] | None:
        """The latest two distinct others (by state) that ``subj`` dealt with in the
        relations of sentence ``si`` and the one before, as mentions; None unless two."""
        doc = self.doc

        def side(key: str) -> str:
            return doc.entity_states.get(key) or key

        own = side(subj)
        found: list[Ment] = []
        for r in reversed(self.rels):
            if r.sent < si - 1:
                break
            if r.sent > si or r.object_is_place or side(r.subject) != own:
                continue
            om = r.object_mention
            if om is None or side(om.key) == own or not self.actor(om):
                continue
            if all(side(m.key) != side(om.key) for m in found):
                found.append(om)
            if len(found) == 2:
                return [found[1], found[0]]
        return None

    def _group_anaphor(
        self, t: int, si: int, agent: str | None = None
    ) -> tuple[list[Ment], int] | None:
        """ "الطرفين", "البلدان", "الدول الثلاث" at token ``t``: the actors named before
        it (the latest pair for a dual, the latest list of as many coordinated actors for
        a counted plural) and the token the phrase ends at.  With ``agent`` (the side of
        whoever acts on the pair), the latest pair of relations the agent's side is no
        party to comes first ("أكد حرص المملكة على أمن السودان، داعياً الطرفين": the two
        warring sides named before, not the kingdom and Sudan)."""
        if self.en:
            return None
        doc = self.doc
        end = self._anaphor_end(t)
        if end is None:
            return None
        w = doc.word(t)
        if w[:1] in "وفلب" and w[1:] in _GROUP_NOUNS_AR | _BOTH_AR:
            w = w[1:]
        elif w.startswith("لل") and "ال" + w[2:] in _BOTH_AR:
            w = "ال" + w[2:]  # "شكره للجانبين"
        if w in _BOTH_AR:
            persons = w in _PERSON_DUALS
            # "استقبل X وفدي الطرفين الإسرائيلي والفلسطيني، داعيا الجانبين": the pair
            # this sentence names as such
            pair = (None if persons else self._named_sides_ar(si, t)) or (
                (self._main_pair(si, persons, t, agent) if agent is not None else None)
                or self._main_pair(si, persons, t)
                or self._pair_before(t, si, persons=persons)
            )
            if pair is not None and self._state_dual(t):
                pair = self._state_pair(pair)  # "البلدين": the two states
            return (list(pair), t) if pair is not None else None
        # the latest run of as many actors coordinated by "،" and "و"
        run = self._latest_run(si, t, back=4, size=_COUNT_AR[doc.word(t + 1)])
        return (run, t + 1) if run is not None else None

    def pair_after(
        self, t_from: int, t_to: int, *, adjectives: bool = True
    ) -> tuple[Ment, Ment] | None:
        """ "بين X و Y" / "between X and Y" / two state adjectives right after the trigger."""
        doc = self.doc
        t = t_from
        while t < min(t_to, t_from + 5):
            w = doc.word(t)
            if w in _BETWEEN or doc.mention_at_tok(t) is not None:
                break
            if t == t_from and not self.en and (w in _BOTH_AR or w[1:] in _BOTH_AR):
                break  # "واتفق الجانبان على": the two sides named before
            if t in self.stops or not _PUNCT_PAIR.isdisjoint(
                self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
            ):
                break
            t += 1
        if t < t_to and doc.word(t) in _BETWEEN and not self._both_word(t + 1):
            end = min(len(doc.tokens), t + 14)
            if doc.seg is not None:
                # not into the next sentence ("بين X وجبهة <unknown>. وأكد ... الكويت")
                end = min(
                    end, doc.tok_range(doc.seg.sents[doc.seg.index_at(doc.tokens[t].start)])[1]
                )
            groups = self._conjuncts(t + 1, end)
            if len(groups) >= 2:
                return groups[0], groups[1]
            return None
        if t < t_to and self._both_word(t):
            pos = doc.tokens[t].start
            sides = not self.en and any(
                doc.word(j).lstrip("وفلب") in _SIDES_AR for j in (t, t + 1, t + 2)
            )
            if sides and doc.seg is not None:
                # "استقبل X Y، وبحث الجانبان": the sides of the acts just coded
                main = self._sides_ar(doc.seg.index_at(pos), t)
                if main is not None:
                    return main
            if (
                not self.en
                and not sides
                and doc.word(t).lstrip("وفلب") in _STATE_DUALS_AR
                and doc.seg is not None
            ):
                # "واتفقت الدولتان": the two states of the acts just coded, not the two
                # states named last (a third party thanked or hosting)
                main = self._sides_ar(doc.seg.index_at(pos), t)
                main = self._state_pair(main) if main is not None else None
                if main is not None:
                    return main
            states = self._recent_states(pos, 2)
            if len(states) == 2:
                # the latest mention of each side: the state itself, else its actor
                by_key: dict[str, Ment] = {}
                for m in doc.mentions_in(max(0, pos - 1500), pos):
                    if not self.actor(m) or m.adjectival:
                        continue
                    side = m.key if m.key in states else doc.entity_states.get(m.key)
                    if side in states and (side not in by_key or m.key == side):
                        by_key[side] = m
                if all(k in by_key for k in states):
                    both = by_key[states[1]], by_key[states[0]]
                    # "ووقع البلدان": the two states themselves
                    dual = next((j for j in (t, t + 1, t + 2) if self._state_dual(j)), None)
                    return self._state_pair(both) if dual is not None and not self.en else both
        if not adjectives:
            return None
        # two adjectives: "المفاوضات الروسية الأوكرانية" / "Russian-Ukrainian talks", also
        # after a dual noun: "لم يلتق الوفدان المصري والإثيوبي"
        w = doc.word(t_from)
        if (
            not self.en
            and doc.mention_at_tok(t_from) is None
            and w.startswith(("ال", "وال"))
            and w.endswith(("ان", "ين"))
        ):
            t_from += 1
        m1 = doc.mention_at_tok(t_from)
        if m1 is not None and m1.t0 == t_from and (m1.adjectival or self._nisba_named_ar(m1)):
            m2 = doc.mention_at_tok(m1.t1 + 1)
            if m2 is not None and m2.adjectival and m2.key != m1.key:
                return m1, m2
        return None

    def _nisba_named_ar(self, m: Ment) -> bool:
        """Arabic: a state named by a one-word name that reads as its feminine nisba ("السعودية"
        in "المحادثات السعودية الإيرانية"): an adjective when a definite noun precedes it and
        a state adjective follows (see :meth:`pair_after`)."""
        if self.en or m.t0 != m.t1 or m.etype != EntityType.STATE:
            return False
        doc = self.doc
        w = doc.word(m.t0)
        prev = doc.word(m.t0 - 1)
        return (
            w.startswith("ال")
            and w.endswith(("ية", "يه"))
            and prev.lstrip("وفبل").startswith("ال")
            and doc.mention_at_tok(m.t0 - 1) is None
        )

    def _conjuncts(self, t_from: int, t_to: int) -> list[Ment]:
        """The head actor of each conjunct ("X و Y", "X and Y") from ``t_from``:
        a name wins over an adjective in the same conjunct."""
        doc = self.doc
        text = self.text
        groups: list[list[Ment]] = [[]]
        t = t_from
        while t < t_to and len(groups) <= 2:
            w = doc.word(t)
            if w in _AND:
                groups.append([])
                t += 1
                continue
            m = doc.mention_at_tok(t)
            if (
                self.en
                and len(groups) > 1
                and not groups[-1]
                and t > t_from
                and not _PUNCT_CONJ.isdisjoint(text[doc.tokens[t - 1].end : doc.tokens[t].start])
            ):
                # "between Moscow and the West since the Cold War, Turkish officials said":
                # the second conjunct named no actor and its clause has ended
                break
            if m is not None and m.t0 == t:
                tok = doc.tokens[t]
                if tok.start < m.start and text[tok.start] == "و" and groups[-1]:
                    groups.append([])
                if self.actor(m):
                    groups[-1].append(m)
                t = m.t1 + 1
                continue
            if w.startswith("و") and len(w) > 3 and groups[-1] and not w.startswith("وزير"):
                groups.append([])
            elif (
                not _PUNCT_CONJ.isdisjoint(text[doc.tokens[t - 1].end : doc.tokens[t].start])
                and groups[-1]
            ):
                break
            t += 1
        heads: list[Ment] = []
        for g in groups:
            if not g:
                continue
            names = [m for m in g if not m.adjectival]
            head = names[0] if names else g[0]
            if heads and head.key == heads[-1].key:
                continue
            heads.append(head)
        return heads

    def _joint_drills(
        self, h: Hit[Trigger], subj: str, subjects: list[Ment], obj_m: Ment, t_lim: int
    ) -> None:
        """An English exercise held by several: coordinated subjects cooperate with each
        other ("China and Russia held joint drills in the Sea of Japan"), and after a
        partner ("with the United States") the place or state it is held in or near is
        still where each side mobilises ("... near Scarborough Shoal")."""
        doc = self.doc
        si = doc.seg.index_at(doc.tokens[h.first].start) if doc.seg else -1
        sent = doc.seg.sents[si] if doc.seg else _span(0, 0)
        a, b = doc.tok_range(sent)
        trig = h.entry
        for i, x in enumerate(subjects):
            for y in subjects[i + 1 :]:
                if x.key != y.key:
                    coop = replace(trig, type=RelationType.COOPERATE)
                    self.add(x.key, y, coop, h, si, sent, a, b, 0.8, True, False, x)
        if doc.prep_of(obj_m) != "with" or obj_m.t0 <= h.last:
            return
        where, _ = self.mention_after(
            obj_m.t1 + 1,
            min(b, t_lim + 4),
            ("in", "near", "off", "along", "around"),
            exclude={subj, obj_m.key},
            place=True,
            required=True,
        )
        if where is None:
            return
        for side, side_m in ((subj, subjects[0] if subjects else None), (obj_m.key, obj_m)):
            self.add(side, where, trig, h, si, sent, a, b, 0.8, True, True, side_m)

    def _drill_partner(self, trig: Trigger, h: Hit[Trigger], obj_m: Ment) -> bool:
        """The patient of an English military exercise is a partner, not a target, when
        "with" introduces it ("drills with the United States") or when it is coordinated
        with the subject before the noun ("China and Russia held joint drills")."""
        if trig.type is not RelationType.MOBILIZE or trig.topic != _DRILL_TOPIC:
            return False
        if obj_m.etype == EntityType.PLACE or not self.actor(obj_m):
            return False
        return obj_m.t1 < h.first or self.doc.prep_of(obj_m) == "with"
