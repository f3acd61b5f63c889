"""The relation coder's rules on the doers of acts told in speech.

It codes the doers of acts told or judged in speech: the author of the act a speaker condemns or
welcomes ("condemned it", "which X called"), attacks reported or blamed on an actor, the
target of a retaliation, claimants, threats and what an actor was subjected to.

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extractors.coder.nouns import VerbalNouns
from kg.extractors.coder.relation import Rel
from kg.extractors.coder.stances import _EVAL_PRIOR
from kg.extractors.coder.words import (
    _ADOPT_AR,
    _ADOPT_PRON_AR,
    _AN,
    _ANY_AR,
    _AR,
    _ATTACK_BARE_AR,
    _ATTACK_NOUNS,
    _AUX_EN,
    _BE_EN,
    _CARRY_OUT_AR,
    _CLAIM_AR,
    _CONDEMN_REACH_AR,
    _DECISION_NOUNS_EN,
    _DREW_EN,
    _FIRE_AR,
    _FIRE_EN,
    _HARM_NOUNS_AR,
    _HARM_TYPES,
    _IF_AR,
    _IMPOSED_EN,
    _INTERCEPT_TOPICS,
    _IYYA,
    _LAUNCH_TOPICS,
    _LOCATIVE,
    _MIN,
    _NEG_AR,
    _NEG_GOV_AR,
    _OWN_GROUND_EN,
    _OWN_TARGETS_EN,
    _PACT_HEADS_AR,
    _POSSESSED_AGENTS_EN,
    _PUNCT_EVAL,
    _RETALIATION_AR,
    _SPEECH_TYPES,
    _SUBJECTED_AR,
    _THIS_AR,
    _TOLD_ACT_DETS_EN,
    _TOLD_ACT_TYPES_EN,
    _TOLD_ACTS_AR,
    _TOLD_ACTS_EN,
    _UNDERGONE_AR,
    _WRONG_ACTS_AR,
    _ar_attack_noun,
    _body_dept,
)
from kg.extractors.doc import Ment
from kg.extractors.lexicon import Hit
from kg.extractors.native import trait
from kg.extractors.quotes import Stmt
from kg.extractors.sentences import Span
from kg.extractors.triggers import Trigger
from kg.gazetteer import Gazetteer
from kg.models import EntityType, Modality, RelationType

__all__ = ["Authors"]


@trait
class Authors(VerbalNouns):
    """The coder's rules on the doers of acts told in speech."""

    def _reported_attacks(self) -> None:
        """A speaker who reports that another side attacked or coerced its own side
        accuses the attacker ("the spokesman said Hezbollah had fired rockets at northern
        Israel"), even without an accusing verb."""
        doc = self.doc
        states = doc.entity_states
        for r in list(self.rels):
            if r.type not in (RelationType.ASSAULT, RelationType.COERCE):
                continue
            if r.topic in _INTERCEPT_TOPICS:
                continue  # reporting a shoot-down is no accusation
            if r.modality != Modality.ASSERTED:
                continue
            stmt = self.stmt_at(r.trig_start)
            if stmt is None or (stmt.direct and stmt.end - stmt.start < 20):
                continue
            own = states.get(stmt.speaker) or stmt.speaker
            victim = states.get(r.object) or r.object
            attacker = states.get(r.subject) or r.subject
            if own != victim or own == attacker or r.subject == stmt.speaker:
                continue
            if any(
                x.type is RelationType.ACCUSE
                and x.subject == stmt.speaker
                and x.object == r.subject
                for x in self.rels
            ):
                continue
            subj_m = (
                doc.mention_at_tok(doc.tok_at(r.subject_start)) if r.subject_start >= 0 else None
            )
            if subj_m is None or subj_m.key != r.subject:
                continue
            if self.en and (men_state := self._state_of_men(subj_m)):
                # "said Indian troops had crossed the border": India is accused
                subj_m = replace(subj_m, key=men_state, etype=EntityType.STATE, kind="name")
                if any(
                    x.type is RelationType.ACCUSE
                    and x.subject == stmt.speaker
                    and x.object == men_state
                    for x in self.rels
                ):
                    continue
            self.rels.append(
                replace(
                    r,
                    subject=stmt.speaker,
                    object=subj_m.key,
                    type=RelationType.ACCUSE,
                    object_mention=subj_m,
                    object_is_place=False,
                    ev_start=min(stmt.cue_start, r.ev_start),
                    ev_end=max(stmt.cue_end, r.ev_end),
                    confidence=r.confidence * 0.8,
                    topic=r.topic,
                    subject_start=-1,
                    date=stmt.date or r.date,  # accused when it is said
                )
            )

    def _accused_attacks(self) -> None:
        """ "وتتهم طهران إسرائيل بتنفيذ الغارة", "accused Israel of carrying out the
        strike": the accused carried out an attack on the accuser's side."""
        doc = self.doc
        states = doc.entity_states
        for r in list(self.rels):
            if r.type is not RelationType.ACCUSE or r.object_mention is None:
                continue
            m = r.object_mention
            words = self._span_words(m.t1 + 1, m.t1 + 7)
            if not self._carrying_out_attack(words):
                continue
            victim = states.get(r.subject) or r.subject
            if doc.entity_types.get(victim) != EntityType.STATE or victim == m.key:
                continue
            target = next(
                (x for x in reversed(doc.mentions_in(0, r.ev_end)) if x.key == victim), None
            )
            if target is None:
                continue
            self.rels.append(
                replace(
                    r,
                    subject=m.key,
                    object=victim,
                    type=RelationType.ASSAULT,
                    object_mention=target,
                    object_is_place=False,
                    confidence=r.confidence * 0.8,
                    topic="attack",
                    subject_start=m.start,
                )
            )

    def _carrying_out_attack(self, words: list[str]) -> bool:
        """ "بتنفيذ الغارة", "بشن هجوم", "of carrying out the strike", "of launching an
        attack": the words after an accused name say it attacked."""
        if self.en:
            if words[:1] != ["of"] or words[1:2] not in (
                ["carrying"],
                ["launching"],
                ["conducting"],
            ):
                return False
            rest = words[2:]
            if rest[:1] == ["out"]:
                rest = rest[1:]
            return any(w in _ATTACK_NOUNS for w in rest[:3])
        if not words or words[0] not in _CARRY_OUT_AR:
            return False
        return any(
            w in _ATTACK_NOUNS or w.removeprefix("ال") in _ATTACK_BARE_AR for w in words[1:3]
        )

    def _pact_wrongdoing(self, st: Stmt, c0: int, c1: int) -> None:
        """Arabic: "قال X إن المذكرة تنتهك القانون الدولي": a pact named by its head noun
        alone, as the subject of a wrongdoing verb, is the latest agreement coded before;
        the speaker accuses each of its parties."""
        doc = self.doc
        seg = doc.seg
        head = doc.word(c0).lstrip("وف").removeprefix("ال")
        if seg is None or head not in _PACT_HEADS_AR:
            return
        verb = next(
            (
                k
                for k in range(c0 + 1, min(c1, c0 + 4))
                if doc.word(k).lstrip("وف") in _WRONG_ACTS_AR
            ),
            -1,
        )
        if verb < 0 or any(
            doc.mention_at_tok(k) is not None or k in self._verb_types for k in range(c0, verb)
        ):
            return
        if any(doc.word(k) in _NEG_AR for k in range(c0, verb)):
            return
        pact = next(
            (
                r
                for r in reversed(self.rels)
                if r.type is RelationType.AGREE and r.trig_start < st.start
            ),
            None,
        )
        if pact is None or pact.object_mention is None:
            return
        first = self._subject_mention(pact)
        states = doc.entity_states
        own = states.get(st.speaker) or st.speaker
        si = seg.index_at(doc.tokens[verb].start)
        sent = seg.sents[si]
        a, b = doc.tok_range(sent)
        trig = Trigger(RelationType.ACCUSE, "spk", (), Modality.ASSERTED, _EVAL_PRIOR, None)
        h: Hit[Trigger] = Hit(verb, verb, trig, "x", "", "")
        for party in (first, pact.object_mention):
            if (
                party is None
                or party.key == st.speaker
                or own in (party.key, states.get(party.key))
            ):
                continue
            self.add(st.speaker, party, trig, h, si, sent, a, b, 0.85, True, False, None)

    def _doer_of_harm(self, victim: Ment) -> Ment | None:
        """Arabic: when ``victim`` is the genitive of a verbal noun of harm ("طرد السفير"),
        the actor of the latest sanction, coercion or attack coded before it whose patient
        is the victim (or its state): "طرد السفير" after "طردت الجزائر السفير الفرنسي" is
        Algeria's act."""
        doc = self.doc
        head = doc.word(victim.t0 - 1).lstrip("وفب")
        if head.removeprefix("ال") not in _HARM_NOUNS_AR and head not in _HARM_NOUNS_AR:
            return None
        states = doc.entity_states
        side = states.get(victim.key) or victim.key
        for r in reversed(self.rels):
            if r.trig_start >= victim.start or r.type not in _HARM_TYPES:
                continue
            if side not in (r.object, states.get(r.object) or r.object):
                continue
            if r.subject in (victim.key, side):
                continue
            return next(
                (m for m in reversed(doc.mentions_in(0, victim.start)) if m.key == r.subject),
                None,
            )
        return None

    def _accused_earlier(self, t: int, si: int) -> Ment | None:
        """English "accused X of breaking the deal by blocking ...": X, the patient of an
        accusation coded earlier in this sentence and followed by "of" (within 15 words)."""
        doc = self.doc
        for r in reversed(self.rels):
            if r.sent != si:
                break
            m = r.object_mention
            if r.type is not RelationType.ACCUSE or m is None or m.adjectival:
                continue
            if m.t1 < t <= m.t1 + 15 and doc.word(m.t1 + 1) == "of":
                return m
        return None

    def _accused_of(self, t: int, si: int) -> Ment | None:
        """English "accused X of V-ing" (the gerund at ``t``): X, the patient of the
        accusation just coded in this sentence, right before "of"."""
        if not self.rels or self.doc.word(t - 1) != "of":
            return None
        r = self.rels[-1]
        if r.sent != si or r.type is not RelationType.ACCUSE or r.object_mention is None:
            return None
        m = r.object_mention
        return m if m.t1 == t - 2 and not m.adjectival else None

    def _accused_doer(self, h: Hit[Trigger], si: int) -> Ment | None:
        """The actor accused of the act that the Arabic verbal noun ``h`` names, right
        after it with "بـ": "اتهمت X Y بدعم Z", "متهمة إياها بتمويل Z" -- Y."""
        if self.en or h.cls != "n" or "ب" not in h.prefix or not self.rels:
            return None
        r = self.rels[-1]
        if r.sent != si or r.type is not RelationType.ACCUSE or r.object_mention is None:
            return None
        m = r.object_mention
        before = self.doc.word(h.first - 1)
        if m.t1 == h.first - 1 or (before.startswith(_IYYA) and m.t1 < h.first):
            return m
        return None

    def _speakers_ground(
        self, t_from: int, t_to: int, stmt: Stmt, subj: str, a: int
    ) -> Ment | None:
        """The speaker's state, read at the speaker's mention, when "its territory" /
        "its airspace" follows the act in the statement and the speaker's state is not
        the one acting."""
        doc = self.doc
        if not any(
            doc.word(j) in ("its", "our")
            and (doc.word(j + 1) in _OWN_GROUND_EN or doc.word(j + 1) in _OWN_TARGETS_EN)
            for j in range(t_from, min(t_to, len(doc.tokens) - 1))
        ):
            return None
        state = doc.entity_states.get(stmt.speaker) or stmt.speaker
        if doc.entity_types.get(state) != EntityType.STATE:
            return None
        if state == (doc.entity_states.get(subj) or subj):
            return None
        m = self._speaker_before(stmt.speaker, stmt.cue_tok, a) if stmt.cue_tok >= 0 else None
        if m is None:
            return None
        return replace(m, key=state, etype=EntityType.STATE, kind="name")

    def _drew_from(self, h: Hit[Trigger]) -> bool:
        """ "The attack drew condemnation from France": the noun after "drew" whose
        subject is an attack noun."""
        doc = self.doc
        drew = next((j for j in (h.first - 1, h.first - 2) if doc.word(j) in _DREW_EN), None)
        return drew is not None and any(doc.word(j) in _ATTACK_NOUNS for j in range(drew - 3, drew))

    def _which_called(self, j: int, a: int) -> int:
        """English: the describing verb at ``j`` ends a relative clause opened by ", which"
        with only its subject between ("..., which Lavrov called", "..., which she
        described as"), or by an act noun in apposition (", a move (that) Y called"):
        the token of "which", "that" or the noun, else -1."""
        doc = self.doc
        for k in range(j - 1, max(a, j - 8), -1):
            w = doc.word(k)
            if w == "which":
                gap = self.text[doc.tokens[k - 1].end : doc.tokens[k].start] if k > a else ""
                if "," in gap:
                    return k
            if (
                w in ("that", "which")
                and k - 2 > a
                and (doc.word(k - 1) in _DECISION_NOUNS_EN or doc.word(k - 1) in _TOLD_ACTS_EN)
                and doc.word(k - 2) in ("a", "an")
                and "," in self.text[doc.tokens[k - 3].end : doc.tokens[k - 2].start]
            ):
                # "..., a move that Maduro called a threat", "..., an attack
                # which Tehran called"
                return k
            if (
                k < j - 1
                and k - 1 > a
                and (w in _DECISION_NOUNS_EN or w in _TOLD_ACTS_EN)
                and doc.word(k - 1) in ("a", "an")
                and "," in self.text[doc.tokens[k - 2].end : doc.tokens[k - 1].start]
            ):
                return k  # a reduced relative: "..., a decision Mexico called"
            if (
                k in self.stops
                or w in ("that", "which", "who", "and", "but")
                or not w[:1].isalnum()
            ):
                return -1
        return -1

    def _act_author(self, si: int, own: str, reach: int = 1) -> Ment | None:
        """The subject of the latest act (this sentence or the ``reach`` ones before) of a
        side other than ``own`` that is not itself a speech act: what "it" condemned or
        welcomed was done by that actor."""
        for prev in reversed(self.rels):
            if si - prev.sent > reach or prev.sent > si:
                break
            if prev.type in _SPEECH_TYPES:
                continue
            if not self.en and self._ar_retaliation(prev):
                continue  # ("ضربات ... ردا على الاعتداء": the act condemned came before)
            if (self.doc.entity_states.get(prev.subject) or prev.subject) == own:
                return None
            return self._judged_doer(self._subject_mention(prev))
        return None

    def _ar_retaliation(self, r: Rel) -> bool:
        """Arabic: the act of ``r`` is told as a response ("وأعلن التحالف تنفيذ ضربات
        جوية على مواقع للميليشيا ردا على الاعتداء"): "ردا على" after its trigger in its
        sentence; a later condemnation of "the attack" judges the act it answers."""
        doc = self.doc
        if doc.seg is None or not 0 <= r.sent < len(doc.seg.sents):
            return False
        end = doc.seg.sents[r.sent].end
        return _RETALIATION_AR.search(self.text, r.trig_end, end) is not None

    def _told_act_after_ar(self, t: int) -> bool:
        """Arabic: token ``t`` opens "لـ" + a noun of an act already told, with no
        actor after it ("للقرار"، "لهذه العقوبات"، "لتلك الخطوة"; not "للعقوبات
        الأمريكية", whose adjective names the author)."""
        doc = self.doc
        w = doc.word(t)
        if w in ("لهذه", "لهذا", "لتلك", "لذلك"):
            noun, k = "ال" + doc.word(t + 1).removeprefix("ال"), t + 1
        elif w.startswith("لل"):
            noun, k = "ال" + w[2:], t
        else:
            return False
        if noun not in _TOLD_ACTS_AR or noun in _THIS_AR:
            return False
        nxt = doc.mention_at_tok(k + 1)
        return nxt is None or nxt.t0 != k + 1

    def _act_authors(self, si: int, own: str) -> list[Ment]:
        """Arabic: the subjects of the latest act (this sentence or the one before) of a
        side other than ``own`` that is not a speech act, all of them when it had several
        ("فرضت الولايات المتحدة وبريطانيا عقوبات": both)."""
        first = self._act_author(si, own)
        if first is None:
            return []
        states = self.doc.entity_states
        latest = next(
            (
                r
                for r in reversed(self.rels)
                if r.type not in _SPEECH_TYPES and r.sent <= si and r.subject == first.key
            ),
            None,
        )
        found = [first]
        if latest is None:
            return found
        for r in self.rels:
            if r.sent != latest.sent or r.type is not latest.type or r.object != latest.object:
                continue
            if (states.get(r.subject) or r.subject) == own or any(
                m.key == r.subject for m in found
            ):
                continue
            m = self._subject_mention(r)
            if m is not None:
                found.append(m)
        return found

    def _lexicon_act_doer_en(self, after: int, t_lim: int, si: int, subj: str) -> Ment | None:
        """English: whoever did the act a judging verb's object names by its noun, told in
        this sentence or the three before or the story's lead, its type read from the
        relation lexicon (nouns :meth:`_told_act_author` does not list: "Russia vetoed
        the draft ... Brazil denounced the veto", "Kenya rejected the accusation",
        "welcomed the release", "expressed regret over the demolition"): the subject of
        the latest relation of that type, done, when that is another side than the
        judge's; none when an actor is named with the noun."""
        doc = self.doc
        k = after + 1 if doc.word(after) in ("over", "at", "about") else after
        if doc.word(k) not in _TOLD_ACT_DETS_EN or k + 1 >= t_lim:
            return None
        hits: list[Hit[Trigger]] = doc.lexicon_hits.get("relations") or []
        types = {x.entry.type for x in hits if x.first == k + 1 and x.last < t_lim}
        # ("rejected the charge": a denial, no rejection; a pact or talks judged have
        # parties, not a doer: :meth:`_pact_author`)
        types = {x for x in types if x is not RelationType.ACCUSE and not x.symmetric}
        nxt = doc.mention_at_tok(k + 2)
        if not types or (nxt is not None and nxt.t0 <= k + 3 and self.actor(nxt)):
            return None  # ("condemned the attack by Iran on ...": its own actor, above)
        own = doc.entity_states.get(subj) or subj
        prev = self._latest_act(si, frozenset(types), 3)
        if prev is not None:
            if (doc.entity_states.get(prev.subject) or prev.subject) == own:
                return None
            return self._judged_doer(self._subject_mention(prev))
        # (no act coded: the agent of the latest verb of that type in the six sentences
        # before, "China vetoed a draft resolution")
        assert doc.seg is not None
        lead = set(self._lead_sents_before(si - 6))
        for x in reversed(hits):
            sj = doc.seg.index_at(doc.tokens[x.first].start)
            if x.first >= k or x.cls not in ("v", "x") or x.entry.type not in types:
                continue
            if si - sj > 6 and sj not in lead:
                continue  # (a wire story tells the act in its lead, the reactions below)
            pa = doc.tok_range(doc.seg.sents[sj])[0]
            m = self.agent_before(x.first, max(pa, x.first - 6), exclude=set())
            if m is None or not self.actor(m) or (doc.entity_states.get(m.key) or m.key) == own:
                return None
            return self._judged_doer(m)
        return None

    def _judged_doer(self, m: Ment | None) -> Ment | None:
        """English: the actor a judgement of a told act aims at ("Chile condemned the raid"
        after "Venezuelan police raided ..."): a body of a state that did the act (its
        police, army, court, ministry: an organisation the extractor made of a state
        adjective and a body word, or a gazetteer government body) stands for its state,
        read at the body's mention; a person, a state or a group with no state stays."""
        doc = self.doc
        if m is None or not self.en or m.etype != EntityType.ORGANIZATION:
            return m
        state = doc.entity_states.get(m.key)
        if not state or state == m.key or doc.entity_types.get(state) != EntityType.STATE:
            return m
        entry = Gazetteer.load().entries.get(m.key)
        if entry is not None and entry.subtype != "government_body":
            return m  # (an armed group or outlet with a home state: "the Wagner Group")
        if entry is None and _body_dept(m.key) == "defence":
            # "the Chinese coast guard rammed ...; Manila condemned the move": a force in the
            # field is named for what it does (its state stands for a police raid, a court
            # order, a ministry's decision)
            return m
        return replace(m, key=state, etype=EntityType.STATE, kind="name")

    def _state_of_men(self, m: Ment) -> str:
        """English: the state of a body mention read from a state adjective and a plural
        noun of its men or craft ("Somali troops", "Chinese soldiers", "Russian warships",
        from ``relations.possessed_agents_en``), "" for others ("the Bolivian military",
        "the Chinese coast guard", a named body)."""
        doc = self.doc
        if m.etype != EntityType.ORGANIZATION or m.adjectival:
            return ""
        head = m.text.rsplit(None, 1)[-1].lower()
        if head not in _POSSESSED_AGENTS_EN or not head.endswith("s") or " " not in m.text:
            return ""
        state = doc.entity_states.get(m.key)
        if not state or doc.entity_types.get(state) != EntityType.STATE:
            return ""
        if Gazetteer.load().entries.get(m.key) is not None:
            return ""  # (a body the gazetteer names)
        return state

    def _latest_act(self, si: int, types: frozenset[RelationType], reach: int) -> Rel | None:
        """English: the latest relation of one of ``types`` done (not negated or
        hypothetical) in sentence ``si`` or the ``reach`` ones before, else in the story's
        lead (a wire story tells the act there, the reactions to "the seizure" far below)."""
        lead = set(self._lead_sents_before(si - reach))
        found: Rel | None = None
        for prev in reversed(self.rels):
            if prev.sent > si or prev.type not in types:
                continue
            if prev.modality in (Modality.NEGATED, Modality.HYPOTHETICAL):
                continue  # "would not break off relations": no act done
            if si - prev.sent <= reach:
                return prev
            if (
                prev.sent in lead
                and prev.type not in _SPEECH_TYPES  # (a deed the lead tells, no warning)
                and (found is None or prev.sent > found.sent)
            ):
                found = prev
        return found

    def _told_act_author(self, si: int, own: str, noun: str, reach: int = 1) -> Ment | None:
        """English: the author of the act a noun names ("the seizure", "the strike"): the
        subject of the latest act of a type the noun names (this sentence or the three
        before, else the story's lead) of a side other than ``own``; a noun of no type
        ("the move") names the latest act, as :meth:`_act_author` with ``reach``."""
        types = _TOLD_ACT_TYPES_EN.get(noun)
        if types is None:
            return self._act_author(si, own, reach)
        prev = self._latest_act(si, types, 3)
        if prev is not None:
            if (self.doc.entity_states.get(prev.subject) or prev.subject) == own:
                return None
            return self._judged_doer(self._subject_mention(prev))
        # (no act coded: its verb's agent)
        return self._judged_doer(self._told_act_doer_en(si, own, noun))

    def _imposed_relative(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """English: an object relative with a named subject right after a sanctions noun
        ("the sanctions (that) Washington imposed on Moscow", "the tariffs Beijing had
        slapped on Canberra"): that subject imposed them on the actor after "on"/"against".
        True when coded."""
        doc = self.doc
        j = h.last + 1 + (doc.word(h.last + 1) in ("that", "which"))
        m = doc.mention_at_tok(j)
        if m is None or m.t0 != j or m.adjectival or not self.actor(m):
            return False
        k = m.t1 + 1
        while doc.word(k) in _AUX_EN and k < m.t1 + 3:
            k += 1
        if doc.word(k) not in _IMPOSED_EN:
            return False
        obj_m, by_prep = self.mention_after(
            k + 1, min(b, k + 8), ("on", "against"), exclude={m.key}, place=False, required=True
        )
        if obj_m is None:
            return False
        self.add(m.key, obj_m, h.entry, h, si, sent, a, b, 0.8, True, by_prep, m)
        return True

    def _relative_subject(self, j: int) -> bool:
        """An English pronoun that a verb follows opens a relative clause ("the export
        controls it imposed in 2019", "the sanctions they had announced"): the subject
        of that clause, not the patient of the noun before."""
        nxt = self.doc.word(j + 1)
        return nxt in _BE_EN or nxt in _AUX_EN or nxt.endswith("ed")

    def _retaliation_target(self, si: int, own: str) -> Ment | None:
        """The author of the latest attack (within three sentences) on ``own``: aimed at
        it or at a target inside it ("a U.S. base in Qatar" for Qatar)."""
        doc = self.doc
        if doc.seg is None:
            return None
        for prev in reversed(self.rels):
            if si - prev.sent > 3:
                break
            if prev.sent > si:
                continue
            if (
                prev.type is RelationType.ACCUSE
                and (doc.entity_states.get(prev.subject) or prev.subject) == own
                and (
                    condemned := next(
                        (
                            r
                            for r in self.rels
                            if r.type is RelationType.ASSAULT
                            and r.sent == prev.sent
                            and r.subject == prev.object
                        ),
                        None,
                    )
                )
                is not None
            ):
                # "Qatar condemned an Iranian missile attack on a U.S. base": the attack
                # its own side condemned
                return self._subject_mention(condemned)
            if prev.type is not RelationType.ASSAULT and not (
                # "Iran fired missiles into Pakistan": a launch into the side
                prev.type is RelationType.MOBILIZE and prev.topic in _LAUNCH_TOPICS
            ):
                continue
            attacker = doc.entity_states.get(prev.subject) or prev.subject
            if attacker == own:
                continue
            sent = doc.seg.sents[prev.sent]
            hit = own in (prev.object, doc.entity_states.get(prev.object)) or any(
                m.key == own and doc.prep_of(m) in ("in", "at", "on", "inside")
                for m in doc.mentions_in(prev.trig_end, sent.end)
            )
            if hit:
                return self._subject_mention(prev)
        return None

    def _claimant(self, si: int, own: str) -> Ment | None:
        """The actor that claimed responsibility for an attack ("أعلنت X مسؤوليتها عن",
        "تبنت X الهجوم") in this sentence or the few before it."""
        doc = self.doc
        assert doc.seg is not None
        for sj in range(si, max(-1, si - _CONDEMN_REACH_AR - 1), -1):
            a, b = doc.tok_range(doc.seg.sents[sj])
            for j in range(a, b):
                w = doc.word(j)
                claimed = w in _CLAIM_AR and doc.word(j + 1).startswith(_AN)
                adopted = _ADOPT_PRON_AR.match(w) is not None or (
                    _ADOPT_AR.match(w) is not None
                    and any(_ar_attack_noun(doc.word(k)) for k in range(j + 1, min(b, j + 7)))
                )
                if not (claimed or adopted):
                    continue
                if any(
                    doc.word(k) in _NEG_GOV_AR or doc.word(k)[1:] in _NEG_GOV_AR
                    or doc.word(k) in _NEG_AR
                    for k in range(max(a, j - 4), j)
                ):  # fmt: skip
                    continue  # "نفت X مسؤوليتها عن الهجوم": a denial, no claim
                if adopted:
                    m, _ = self._vso_subject(j + 1, min(b, j + 6))
                else:
                    m = self.agent_before(j, max(a, j - 6), exclude=set())
                if m is not None and (doc.entity_states.get(m.key) or m.key) != own:
                    return m
        return None

    def _warned_against(self, t: int, a: int) -> bool:
        """Token ``t`` opens what a warning is against: "حذر (X) من إرسال", a verbal noun
        after "من" that completes a warning verb a few words before."""
        doc = self.doc
        if doc.word(t - 1) != _MIN:
            return False
        return any(
            self._verb_types.get(j) is RelationType.THREATEN for j in range(max(a, t - 6), t - 1)
        )

    def _fired_by(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """A passive strike whose agent is a state's fire or weapons ("أُسقطت بنيران
        روسية", "was shot down by Russian fire"): that state attacked the actor named
        before the verb (its nearest mention in the clause, a nisba standing for its
        state).  In Arabic the weapon word must follow the verb at once (an active verb
        has its subject there)."""
        doc = self.doc
        k = h.last + 1
        if self.en:
            if doc.word(k) != "by":
                return False
            k += 1
        elif doc.word(k).lstrip("وف") not in _FIRE_AR:
            return False
        else:
            k += 1
        agent = doc.mention_at_tok(k)
        if agent is None or agent.t0 != k or not agent.adjectival or not self.actor(agent):
            return False
        if self.en and doc.word(agent.t1 + 1) not in _FIRE_EN:
            return False
        patient: Ment | None = None
        for j in range(h.first - 1, max(a, h.first - 9) - 1, -1):
            if j in self.cue_speaker or not _PUNCT_EVAL.isdisjoint(
                self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
            ):
                break
            m = doc.mention_at_tok(j)
            if m is not None and self.actor(m) and doc.prep_of(m) not in _LOCATIVE:
                patient = m  # (not "التي تحطمت في كازاخستان": where it fell)
                break
        if patient is None or patient.key == agent.key:
            return False
        # (an attack on the patient, not a shoot-down reported by the one who fired)
        trig = replace(h.entry, topic="attack")
        self.add(agent.key, patient, trig, h, si, sent, a, b, 0.85, False, True, agent)
        return True

    def _condition_actor(self, t_from: int, t_to: int, exclude: set[str]) -> Ment | None:
        """The actor of an Arabic conditional clause ("إذا/لو/في حال ارتكبت إسرائيل خطأ")
        within a warning's content (at most 25 words on, same sentence): the subject right
        after the conditional's verb, or right after the conditional word; not one of
        ``exclude`` nor of their states."""
        doc = self.doc
        states = doc.entity_states
        own = {states.get(k) or k for k in exclude if k}
        for j in range(t_from, min(t_to, t_from + 25)):
            w = doc.word(j)
            if w[:1] in "وف" and w[1:] in _IF_AR:
                w = w[1:]
            if w not in _IF_AR and not (w == _AR("حال") and doc.word(j - 1) == _AR("في")):
                continue
            for k in (j + 1, j + 2):
                m = doc.mention_at_tok(k)
                if m is None or m.t0 != k or not self.actor(m) or m.adjectival:
                    continue
                if m.key in exclude or (states.get(m.key) or m.key) in own:
                    return None
                return m
            return None
        return None

    def _threat_target(self, t_from: int, t_to: int, exclude: set[str]) -> Ment | None:
        """The actor a warning is about: "من أن أي هجوم إسرائيلي" (any attack by it),
        the state adjective of the act that "أي" (any) opens."""
        doc = self.doc
        for j in range(t_from, min(t_to, t_from + 4)):
            if doc.word(j) not in _ANY_AR:
                continue
            m = doc.mention_at_tok(j + 2)
            if m is not None and m.t0 == j + 2 and m.adjectival and self.actor(m):
                return m if m.key not in exclude else None
            return None
        return None

    def _subjected(
        self, h: Hit[Trigger], a: int, exclude: set[str], verb: re.Pattern[str] | None = None
    ) -> Ment | None:
        """The actor that "تخضع/خضعت" (is subjected to) the sanctions of trigger ``h``
        within the few words before it: the subject after that verb, else before it
        (``verb``: another such verb, "تعرضت" for an attack)."""
        doc = self.doc
        pattern = verb or _SUBJECTED_AR
        reach = 10 if verb is _UNDERGONE_AR else 6  # (time words after the subject)
        for j in range(h.first - 1, max(a, h.first - reach) - 1, -1):
            if not pattern.match(doc.word(j)):
                continue
            m, _ = self._vso_subject(j + 1, h.first)
            if m is None and verb is _UNDERGONE_AR:
                # "تعرض مطار دمشق الدولي لعدوان"، "تعرضت ناقلة نفط يونانية لهجوم": a place
                # or a thing of a state named in the subject
                m = self._undergoer(j + 1, h.first)
            if m is None:
                m = self.agent_before(j, max(a, j - 4), exclude=set())
            return m if m is not None and m.key not in exclude else None
        return None

    def _undergoer(self, t_from: int, t_to: int) -> Ment | None:
        """The first place, state or state adjective within the Arabic subject of
        "تعرض" (tokens ``[t_from, t_to)``), read as its state: "مطار دمشق" (Syria),
        "ناقلة نفط يونانية" (Greece)."""
        doc = self.doc
        for m in doc.mentions_in(doc.tokens[t_from].start, doc.tokens[t_to - 1].end):
            if m.etype is EntityType.PLACE:
                state = doc.entity_states.get(m.key)
                if not state or doc.entity_types.get(state) is not EntityType.STATE:
                    return None
                return replace(m, key=state, etype=EntityType.STATE, kind="name")
            if m.etype is EntityType.STATE and self.actor(m):
                return m
            return None
        return None
