"""The relation coder's rules on the subject of a clause.

It codes the subject of a clause: after an Arabic verb (VSO), of a circumstantial clause or
participle, a coordinated or shared subject, an agent after "by"/"من قبل"/"على يد",
Arabic co-subjects of a plural verb, and the floor before which no agent is sought.

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from kg.extractors.coder.event_dates import _QAD
from kg.extractors.coder.references import References
from kg.extractors.coder.relation import Rel
from kg.extractors.coder.words import (
    _AGENT_BY_AR,
    _AR,
    _AR_REL_PRON,
    _BE_AR,
    _BE_EN,
    _CONTINUE_AR,
    _CONTRAST_AR,
    _CROWD_COUNTS_AR,
    _DIRECTIONAL_AR,
    _GENERAL_AR,
    _GENERIC_ACTORS_AR,
    _KULL,
    _LEFT_EN,
    _MIN,
    _NEG_GOV_AR,
    _OFFICE_HEADS_AR,
    _PARTITIVE_DOERS_AR,
    _PEOPLE_HEADS_AR,
    _PRECEDED_AR,
    _PUNCT_CLAUSE,
    _PUNCT_CONJ,
    _PUNCT_EVAL,
    _PUNCT_TITLE,
    _RAID_NOUNS_AR,
    _RAID_VERBS_AR,
    _REPEL_AR,
    _SHARED_SUBJECT_PREPS,
    _STATE_HEADS_AR,
    _STRIKING_ARMS_AR,
    _SUBCLAUSE_EN,
    _THAT_AR,
    _THEN_AR,
    _ar_attack_noun,
    _heads,
    _plural_head,
)
from kg.extractors.doc import AR_PREP_WORDS, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.native import trait
from kg.extractors.quotes import Stmt
from kg.extractors.sentences import Span
from kg.extractors.triggers import Trigger
from kg.gazetteer import Gazetteer
from kg.models import EntityType, RelationType

__all__ = ["Subjects"]


@trait
class Subjects(References):
    """The coder's rules on the subject of a clause."""

    def _cue_starts(self) -> set[int]:
        """Start offsets of the statement cues (speech verbs) of the article."""
        return {s.cue_start for s in self.stmts if s.cue_tok >= 0}

    def _object_before_and(self, m: Ment, t: int) -> bool:
        """English: ``m`` follows a past verb (or a trigger) and "and" comes between it
        and the verb at ``t`` ("accused Putin of killing him and met Biden")."""
        doc = self.doc
        if not any(doc.word(k) == "and" for k in range(max(m.t1 + 1, t - 3), t)):
            return False
        prev = doc.word(m.t0 - 1)
        return m.t0 - 1 in self.stops or (prev.endswith("ed") and prev not in ("based", "led"))

    def _fled_subject(self, t: int, a: int) -> Ment | None:
        """English: who "fled X ... and lives in exile in Y" / "and settled in Y": the
        subject of the verb of leaving before "and" (its object is the place left, which
        codes nothing)."""
        if not self.en:
            return None
        doc = self.doc
        j = next((k for k in range(t - 1, max(a, t - 4) - 1, -1) if doc.word(k) == "and"), -1)
        if j < 0:
            return None
        v = next((k for k in range(j - 1, max(a, j - 8) - 1, -1) if doc.word(k) in _LEFT_EN), -1)
        if v < 0:
            return None
        m = self.agent_before(v, a, exclude=set())
        return m if m is not None and m.etype == EntityType.PERSON else None

    def _coordinated_subject(self, t: int, si: int) -> Ment | None:
        """The subject of a coordinated predicate: "X blocked and used water cannon":
        the trigger follows "and" (and perhaps one verb) right after the previous
        trigger of the sentence; its subject is that trigger's subject."""
        doc = self.doc
        j = t - 1
        steps = 0
        while j >= 0 and steps < 3 and doc.word(j) != "and":
            j -= 1
            steps += 1
        if j < 0 or doc.word(j) != "and":
            return None
        if any(
            (m := doc.mention_at_tok(k)) is not None and self.actor(m) and not m.adjectival
            for k in range(j + 1, t)
        ):
            return None  # "attacked Ukraine and Poland condemned": its own subject
        for r in reversed(self.rels):
            if r.sent != si:
                continue
            if r.subject_start < 0:
                # a speaker's act ("Germany, home to ..., condemned X and requested"): the
                # speaker's mention before the cue
                if not self.en or doc.seg is None or r.trig_start not in self._cue_starts():
                    continue
                sm = next(
                    (
                        x
                        for x in reversed(doc.mentions_in(doc.seg.sents[si].start, r.trig_start))
                        if x.key == r.subject
                    ),
                    None,
                )
                if sm is None:
                    continue
                r = replace(r, subject_start=sm.start)
            end_tok = doc.tok_at(r.trig_end - 1)
            if end_tok < j - 1 - 8 or end_tok >= j:
                return None  # ("condemned the offensive as unjustifiable and requested")
            if self.en and (told := self._speaker_past_content(r, t)) is not None:
                # 'X said the alliance "fully supports Ukraine" and called on Russia': the
                # act before "and" lies in X's quoted words, the verb after it is X's own
                return told
            gap = self.text[r.trig_end : doc.tokens[j].start]
            if not _PUNCT_CLAUSE.isdisjoint(gap):
                return None
            if any(doc.word(k) in _SUBCLAUSE_EN for k in range(end_tok + 1, j)):
                return None  # "demanded that Russia stop ... and withdraw": that clause's
            m = doc.mention_at_tok(doc.tok_at(r.subject_start))
            return m if m is not None and m.key == r.subject else None
        if self.en and doc.seg is not None and doc.word(j + 1) in _BE_EN:
            # "Pakistan did not want the situation to escalate and was ready for talks with
            # India": no act coded before "and"; the sentence's subject, when no other
            # actor is named before "and"
            a = doc.tok_range(doc.seg.sents[si])[0]
            first = self._first_subject_mention(a, j)
            if first is None or any(
                (m := doc.mention_at_tok(k)) is not None and self.actor(m)
                for k in range(first.t1 + 1, j)
            ):
                return None
            if not _PUNCT_CLAUSE.isdisjoint(self.text[first.end : doc.tokens[j].start]):
                return None
            return first
        if self.en and doc.seg is not None:
            return self._relative_head_before(j, si)
        return None

    def _speaker_past_content(self, r: Rel, t: int) -> Ment | None:
        """English: the speaker's mention before the cue of the statement whose content holds
        the trigger of ``r`` and ends before token ``t`` (the coordinated verb lies outside
        what was said); None when there is no such statement."""
        doc = self.doc
        at = doc.tokens[t].start
        for st in self.stmts:
            if not (st.start <= r.trig_start < st.end <= at) or st.cue_tok < 0:
                continue
            if st.cue_start > st.start:
                continue  # (a content before its cue: "'...', X said, and called")
            m = next(
                (
                    x
                    for x in reversed(
                        doc.mentions_in(doc.tokens[max(0, st.cue_tok - 12)].start, st.cue_start)
                    )
                    if x.key == st.speaker and not x.adjectival
                ),
                None,
            )
            return m
        return None

    def _relative_head_before(self, j: int, si: int) -> Ment | None:
        """English: the head of a relative clause whose second verb follows the "and" at
        ``j`` ("Senegal, which surrounds Gambia on three sides and has long accused Jammeh
        of ...": Senegal accuses): "which"/"who" right after "<actor>," earlier in the
        sentence, with no comma between it and "and"."""
        doc = self.doc
        assert doc.seg is not None
        a = doc.tok_range(doc.seg.sents[si])[0]
        for k in range(j - 1, max(a, j - 16), -1):
            if "," in self.text[doc.tokens[k].end : doc.tokens[k + 1].start]:
                return None  # (the relative clause closed before "and")
            if doc.word(k) not in ("which", "who"):
                continue
            if k == 0 or "," not in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]:
                return None
            head = doc.mention_at_tok(k - 1)
            if head is None or not self.actor(head) or head.adjectival:
                return None
            return head
        return None

    def _repelled(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """ "تصدت الدفاعات الجوية الروسية لهجمات بطائرات مسيرة أوكرانية": attacks that
        a side repels are the nisba state's attack on the repelling side's state, not the
        defender's. True when the construction is there (coded or not)."""
        doc = self.doc
        if h.cls != "n" or not h.prefix.removesuffix("ال").endswith("ل"):
            return False
        verb = next(
            (
                j
                for j in range(h.first - 1, max(a, h.first - 6) - 1, -1)
                if doc.word(j).removeprefix("و") in _REPEL_AR
            ),
            None,
        )
        if verb is None:
            return False
        defender: Ment | None
        defender, _ = self._vso_subject(verb + 1, h.first)
        if defender is None:
            defender = self.agent_before(verb, max(a, verb - 6), exclude=set())
        attacker = next(
            (
                m
                for j in range(h.last + 1, min(b, h.last + 6))
                if (m := doc.mention_at_tok(j)) is not None and m.adjectival
            ),
            None,
        )
        if defender is None or attacker is None:
            return True
        state = doc.entity_states.get(defender.key) or defender.key
        if state == attacker.key or doc.entity_types.get(state) != EntityType.STATE:
            return True
        target = replace(defender, key=state, etype=EntityType.STATE, kind="name")
        self.add(attacker.key, target, h.entry, h, si, sent, a, b, 0.85, True, False, attacker)
        return True

    def _denied_own_act(self, t: int, a: int) -> Ment | None:
        """The subject of a denial verb in "نفى/نفت <X> أن يكون/تكون (قد) <verb>" right
        before the verb at ``t``: X denies having done it."""
        doc = self.doc
        j = t - 1
        if doc.word(j) == _QAD:
            j -= 1
        if doc.word(j) not in _BE_AR or doc.word(j - 1) not in _THAT_AR:
            return None
        m = doc.mention_at_tok(j - 2)
        if m is None or m.t0 <= a or not self.actor(m) or m.adjectival or doc.prep_of(m):
            return None
        w = doc.word(m.t0 - 1)
        return m if w in _NEG_GOV_AR or w[1:] in _NEG_GOV_AR else None

    def _pluperfect_subject(self, t: int, a: int) -> Ment | None:
        """The actor in "(و)كان(ت) <actor> قد <verb>" right before the verb at ``t``."""
        doc = self.doc
        if doc.word(t - 1) != _QAD:
            return None
        m = doc.mention_at_tok(t - 2)
        if m is None and not self.en:
            # "وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد": the rest of a long name the
            # mention did not take (no punctuation, no other mention between)
            for k in range(t - 3, max(a, t - 7), -1):
                if not _PUNCT_EVAL.isdisjoint(
                    self.text[doc.tokens[k].end : doc.tokens[k + 1].start]
                ):
                    break
                m = doc.mention_at_tok(k)
                if m is not None:
                    break
            if m is not None and m.etype != EntityType.PERSON:
                m = None
        if m is None or m.t0 <= a or not self.actor(m) or m.adjectival or doc.prep_of(m):
            return None
        # "وكان أمير قطر الشيخ X قد استضاف": a title of up to four words may stand between
        for k in range(m.t0 - 1, max(a - 1, m.t0 - 6), -1):
            if doc.word(k).removeprefix("و").startswith(_AR("كان")):
                return m
            if k in self.stops or not _PUNCT_EVAL.isdisjoint(
                self.text[doc.tokens[k].end : doc.tokens[k + 1].start]
            ):
                return None
        return None

    def _preceded_subject(self, t: int, a: int) -> Ment | None:
        """The actor in "(و)سبق لـ<actor> أن <verb>" ("it happened before that X did"):
        "وسبق لروسيا أن اتهمت واشنطن"، "سبق للرئيس الروسي X أن زار": X acts, named after
        the preposition, up to a title of four words after «سبق»."""
        doc = self.doc
        if doc.word(t - 1) != _AR("أن"):
            return None
        m = doc.mention_at_tok(t - 2)
        if m is None or m.t1 != t - 2 or m.t0 <= a or not self.actor(m) or m.adjectival:
            return None
        for k in range(m.t0, max(a - 1, m.t0 - 5), -1):
            if k < m.t0 and not _PUNCT_EVAL.isdisjoint(
                self.text[doc.tokens[k].end : doc.tokens[k + 1].start]
            ):
                return None
            if doc.word(k - 1).removeprefix("و").removeprefix("ف") in _PRECEDED_AR and (
                (k == m.t0 and doc.prep_of(m) == "ل") or doc.word(k).startswith("ل")
            ):
                return m
        return None

    def _raid_doer(
        self, t: int, a: int, stmt: Stmt | None
    ) -> tuple[Ment | None, str | None] | None:
        """For an Arabic verb right after an indefinite attack noun (and its adjectives)
        that a carrying-out verb governs ("نفذ/شن <subject> غارة (جوية) استهدفت"): the
        carrier's subject, after it (VSO), before it (SVO) or a pronoun ("أنه نفذ").
        ``None`` when the verb is not in that construction; ``(None, None)`` when it is
        but no actor does it."""
        doc = self.doc
        nxt = doc.word(t + 1)
        if nxt in _RAID_NOUNS_AR or nxt in _STRIKING_ARMS_AR or _ar_attack_noun(nxt):
            # "استهدفت غارة إسرائيلية مطار دمشق": the attack is the subject; its nisba acts
            for k in (t + 2, t + 3):
                m = doc.mention_at_tok(k)
                if m is not None and m.adjectival and self.actor(m):
                    return m, m.key
                if m is not None:
                    break
        noun = next(
            (k for k in range(t - 1, max(a, t - 3) - 1, -1) if doc.word(k) in _RAID_NOUNS_AR),
            None,
        )
        if noun is None or any(doc.mention_at_tok(k) is not None for k in range(noun, t)):
            return None
        carrier = next(
            (
                k
                for k in range(noun - 1, max(a, noun - 7) - 1, -1)
                if doc.word(k).removeprefix("و") in _RAID_VERBS_AR
            ),
            None,
        )
        if carrier is None:
            return None
        for m in doc.mentions_in(doc.tokens[carrier].end, doc.tokens[noun].start):
            if self.actor(m) and not m.adjectival and doc.prep_of(m) is None:
                return m, m.key
        pron = self._pronoun_comp_subject(carrier, stmt)
        if pron is not None:
            return None, pron
        before = self.agent_before(carrier, self._agent_floor(carrier, a, None), exclude=set())
        return (before, before.key) if before is not None else (None, None)

    def _actor_relative_verb(self, h: Hit[Trigger]) -> bool:
        """Arabic: the verb at ``h`` opens a relative clause on an actor ("الولايات المتحدة،
        التي اتهمت بكين بالتجسس"): its subject is the actor before the pronoun, not a speaker
        read after the verb."""
        doc = self.doc
        t = h.first
        if self.en or h.cls not in ("v", "i") or doc.word(t - 1) not in _AR_REL_PRON:
            return False
        if t in self._rel_phrase_verbs:
            return False
        ante = doc.mention_at_tok(t - 2)
        return ante is not None and ante.t1 == t - 2 and self.actor(ante)

    def _next_stop(self, t: int, b: int) -> int:
        """The next trigger or cue token after ``t`` (a new event starts there)."""
        for j in range(t + 1, b):
            if j in self.stops:
                return j
        return b

    def _light_verb_after_inset(self, h: Hit[Trigger], a: int) -> int:
        """English: the token of the verb right after a comma whose object is the noun at
        ``h`` ("..., held talks with", "..., made a visit to"), or the first word of a
        phrase trigger right after the comma ("..., held talks"), or an exact verb form
        ("..., met"), else 0."""
        doc = self.doc
        top = h.first if h.last > h.first or h.cls == "x" else h.first - 1
        for k in range(top, max(a, h.first - 4), -1):
            if k < h.first and (k in self.stops or doc.mention_at_tok(k) is not None):
                return 0
            if "," in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]:
                return k if doc.word(k) not in ("a", "an", "the", "and", "but", "or") else 0
        return 0

    def _goal_after(self, m: Ment, h: Hit[Trigger], b: int) -> bool:
        """Arabic: an actor right after ``m`` (past its name) governed by another
        preposition of the noun at ``h`` than "ل" ("للرئيس التركي إلى القاهرة")."""
        doc = self.doc
        w = doc.word(m.t0 + 1)
        if not w.startswith("ال") and w.endswith(("ي", "يه", "ية")) and len(w) >= 4:
            return False  # "الزيارة الأولى لرئيس إيراني إلى": any such visit, not this one
        k = m.t1 + 1
        nxt = doc.mention_at_tok(k)
        if nxt is not None and nxt.t0 == k and self.actor(nxt) and doc.prep_of(nxt) is None:
            k = nxt.t1 + 1  # "لرئيس الوزراء الهندي ناريندرا مودي إلى"
        if k < b and doc.mention_at_tok(k) is None and doc.word(k) in AR_PREP_WORDS:
            k += 1  # "إلى كييف"
        goal = doc.mention_at_tok(k) if k < b else None
        if goal is None or goal.t0 != k or goal.key == m.key:
            return False
        prep = doc.prep_of(goal)
        return prep is not None and prep != "ل" and prep in h.entry.preps

    def _partner_inset(self, h: Hit[Trigger], a: int) -> int:
        """The first token of a comma inset that a symmetric noun with its partner opens
        (", in cooperation with Y,", "، بالتنسيق مع Y،"), or -1."""
        doc = self.doc
        if not h.entry.type.symmetric or doc.word(h.last + 1) not in ("with", "مع"):
            return -1
        k = h.first - 1 if self.en else h.first
        if k <= a or (self.en and doc.word(k) != "in"):
            return -1
        gap = self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
        return k if ("," in gap or "،" in gap) else -1

    def _nonfinite_chain_subject(self, t: int, a: int) -> Ment | None:
        """English: the subject of a non-finite verb far along a chain of coordinated
        infinitives or participles ("Kenya offered last July to lead the force and to send
        1,000 officers to help Haiti", "X has been tightening its border for months, building
        a wall and deporting thousands of Y"): the sentence's subject, when the verb at ``t``
        follows "to" or is an "-ing" form, an "and" joins the chain before it, and between
        the subject (past a relative clause set off by commas) and the verb no other actor is
        named, no clause opens ("that", "which", ";") and no one is asked or urged (those
        asked do what is asked)."""
        doc = self.doc
        w = doc.word(t)
        if doc.word(t - 1) != "to" and not (w.endswith("ing") and len(w) > 5):
            return None
        first = self._first_subject_mention(a, t)
        if first is None or first.t1 >= t - 3:
            return None
        k = first.t1 + 1
        if (
            doc.word(k) in ("which", "who", "whose")
            and "," in self.text[first.end : doc.tokens[k].start]
        ):
            # "X, which shares the island with Y, has been ...": past the relative clause
            k = next(
                (
                    j + 1
                    for j in range(k, min(t, k + 24))
                    if "," in self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
                ),
                t,
            )
        if k >= t or "and" not in (doc.word(j) for j in range(k, t)):
            return None
        hits: list[Hit[Trigger]] = doc.lexicon_hits.get("relations") or []
        if any(
            k <= x.first < t and x.entry.type is RelationType.REQUEST and x.cls in ("v", "x")
            for x in hits
        ):
            return None  # ("asked wealthy countries to send police to help X")
        for j in range(k, t):
            m = doc.mention_at_tok(j)
            if m is not None and self.actor(m):
                return None
            if doc.word(j) in _SUBCLAUSE_EN or j in self.cue_speaker:
                return None  # (a clause, or "and said Y was ready to ...")
            if not _PUNCT_CLAUSE.isdisjoint(
                self.text[doc.tokens[j].end : doc.tokens[j + 1].start].replace(",", "")
            ):
                return None
        return first

    def _agent_floor(self, t: int, a: int, clause: Span | None) -> int:
        """How far back an SVO subject may be: the clause (English) or a few words
        with no comma in between (Arabic, where the subject usually follows)."""
        doc = self.doc
        if self.en:
            lo = doc.tok_after(clause.start) if clause is not None else a
            return max(a, lo, t - 10)
        j = t - 1
        lo = max(a, t - 5)
        while j >= lo:
            gap = self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
            if ("،" in gap or "," in gap) and doc.word(j + 1) not in _AR_REL_PRON:
                inset = self._time_inset(j, a)
                if inset is None:
                    return j + 1
                # "أعلنت مصر، أمس الأحد، سحب سفيرها": a time phrase set off by commas
                # does not close the clause; look past it
                j, lo = inset - 1, max(a, inset - 4)
                continue
            j -= 1
        return lo

    def _vso_subject(self, t_from: int, t_to: int) -> tuple[Ment | None, bool]:
        """The subject right after an Arabic verb (time words, adverbs and actor nouns
        such as "وزارة الخارجية" may come first): ``(mention, explicit_unlinked)``;
        the flag says a definite noun phrase sits there that is not linked."""
        doc = self.doc
        heads = _heads("ar")
        t = t_from
        t_to = min(t_to, len(doc.tokens))
        seen_head = False
        listed = False
        while t < t_to:
            m = doc.mention_at_tok(t)
            if m is not None and m.t0 >= t_from:
                if (
                    self.actor(m)
                    and (doc.prep_of(m) is None or listed)
                    and (not m.adjectival or m.t0 == t_from or seen_head)
                ):
                    return m, False
                return None, seen_head
            w = doc.word(t)
            if self._list_opener(t) and not listed:
                # "أدانت كل من مصر والأردن": a list subject; its members follow من
                listed = True
                t += 2
                t_to = min(len(doc.tokens), t_to + 2)
                continue
            if self._ar_adjunct(t):
                t += 1
                continue
            if t == t_from and w in _GENERIC_ACTORS_AR and doc.mention_at_tok(t + 1) is None:
                return None, True  # "أن تعترف دولة عدو بإسرائيل": some state, no one named
            if t == t_from and w in _CROWD_COUNTS_AR:
                if doc.mention_at_tok(t + 1) is None:
                    return None, True  # "وتظاهر آلاف المحتجين": a crowd, no one named
                t += 1  # "وعبر آلاف الجنود الروس": the named ones
                continue
            if w in heads:
                if w in _PEOPLE_HEADS_AR:
                    return None, True
                seen_head = True
                t += 1
                continue
            named = self._titled_person(t, t_to + 6)
            if named is not None:
                return named, False  # "مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل"
            return None, w.startswith("ال") and w not in AR_PREP_WORDS and t == t_from
        return None, seen_head

    def _circumstantial(self, h: Hit[Trigger]) -> bool:
        """An Arabic active participle set off by a comma after a clause (a حال: "،
        متوعدا", "، متهمة", "، داعيا"): it acts with that clause's subject."""
        if self.en or "ال" in h.prefix or h.pron:
            return False
        doc = self.doc
        if h.cls != "p" and not (
            h.cls == "x"
            and h.entry.frame == "spk"
            # ("، محمّلة إسرائيل مسؤولية": a phrase opened by a participle)
            and (h.first == h.last or doc.word(h.first).startswith("م"))
        ):
            return False
        if h.first == 0 or not doc.word(h.first).endswith(("ا", "ة", "ين")):
            return False
        gap = self.text[doc.tokens[h.first - 1].end : doc.tokens[h.first].start]
        return "،" in gap or "," in gap

    def _participle_before_content(self, h: Hit[Trigger]) -> Ment | None:
        """Arabic: a participle right after a speaker named after his cue, before what
        he said ("قال الوزير متهما إسرائيل بعرقلة المفاوضات إن ..."): the speaker's
        mention, else None."""
        if self.en or "ال" in h.prefix or h.pron or h.first == 0:
            return None
        if h.cls != "p" and not (h.cls == "x" and h.first == h.last and h.entry.frame == "spk"):
            return None
        doc = self.doc
        if not doc.word(h.first).endswith(("ا", "ة")):
            return None
        prev = doc.mention_at_tok(h.first - 1)
        if prev is None or prev.t1 != h.first - 1:
            return None
        start = doc.tokens[h.first].start
        k = bisect_right(self._stmt_starts, start)
        nxt = self._by_start[k] if k < len(self._by_start) else None
        if (
            nxt is None
            or nxt.speaker != prev.key
            or not (0 <= nxt.cue_end <= doc.tokens[prev.t0].start)
            or not (0 <= doc.tokens[prev.t0].start - nxt.cue_end <= 60)
        ):
            return None
        return prev

    def _circumstantial_subject(
        self, h: Hit[Trigger], si: int, a: int, stmt: Stmt | None
    ) -> tuple[Ment | None, str] | None:
        """The subject of the clause a circumstantial participle follows (``(None, "")``:
        no one named acts): the speaker
        whose reported content it closes, else the sentence's subject -- unless that is a
        man and the participle feminine ("قال X إن الحكومة ...، متهمة") or a body (a news
        agency) and the participle masculine while the latest act before it in the
        sentence has a man as subject ("ذكرت الوكالة أن الرئيس استقبل Y، مشيدا"): then
        the subject of that act."""
        if not self._circumstantial(h):
            return None
        doc = self.doc
        types = doc.entity_types
        start = doc.tokens[h.first].start
        floor = stmt.start if stmt is not None and stmt.cue_start < start else -1
        main_m: Ment | None = None
        main: str | None = None
        if stmt is not None and floor >= 0:
            main = stmt.speaker
        else:
            main_m = self._first_subject_mention(a, h.first)
            if main_m is None and not self.en:
                # "أعلن رئيس مجلس السيادة ... الفريق أول ركن X، في بيان، ...، متهماً": the
                # subject past a long title, the first actor with no preposition
                main_m = next(
                    (
                        m
                        for m in doc.mentions_in(doc.tokens[a].start, start)
                        if self.actor(m) and not m.adjectival and doc.prep_of(m) is None
                    ),
                    None,
                )
            main = main_m.key if main_m is not None else None
        latest: tuple[Ment | None, str] | None = None
        for r in reversed(self.rels):
            if r.sent != si or r.trig_start >= start:
                continue
            if r.trig_start >= floor:
                m = (
                    doc.mention_at_tok(doc.tok_at(r.subject_start))
                    if r.subject_start >= 0
                    else None
                )
                latest = (m if m is not None and m.key == r.subject else None), r.subject
            break
        feminine = doc.word(h.first).endswith("ة")
        if (
            main_m is not None
            and doc.word(h.first).endswith(("ين", "ون"))
            and doc.seg is not None
            and not self._ar_co_subjects(main_m, doc.tok_range(doc.seg.sents[si])[1])
            and not _plural_head(main_m.key)
        ):
            # "خرج مئات المتظاهرين أمام مقر السفارة التركية، مطالبين بطرد السفير": a
            # plural participle acts with a plural subject, not one actor
            return None, ""
        if (
            main is not None
            and main_m is not None
            and not feminine
            and types.get(main) != EntityType.PERSON
        ):
            # "استدعت الوزارة ...، فيما وصف الوزير X الخطوة بأنها ...، محذرا طهران": the
            # man who speaks in the latest clause, not the body that opens the sentence
            cue = next(
                (k for k in range(h.first - 1, main_m.t1, -1) if k in self.cue_speaker), None
            )
            if cue is not None and types.get(self.cue_speaker[cue]) == EntityType.PERSON:
                spoke = self.cue_speaker[cue]
                return self._latest_mention(spoke, h.first), spoke
        if main is not None and types.get(main) == EntityType.PERSON:
            if not feminine or latest is None:
                return main_m, main
            return latest
        if (
            latest is not None
            and not feminine
            and types.get(latest[1]) == EntityType.PERSON
            and latest[1] != main
        ):
            return latest
        if main is not None:
            return main_m, main
        return None

    def _clause_agent(
        self, h: Hit[Trigger], a: int, stmt: Stmt | None, clause: Span | None, not_key: str
    ) -> tuple[Ment | None, str] | None:
        """Who acts in the clause of an Arabic verbal noun whose genitive is its patient:
        the speaker whose content it is in, else the subject before it."""
        doc = self.doc
        before = doc.word(h.first - 1)
        if before in _THAT_AR:
            return None  # "إن دعم روسيا كان حاسما": the content's subject, Russia's support
        if (
            "ب" in h.prefix
            and before not in _CONTINUE_AR
            and not self._verb_complement(h.first)
            and not self._responded_by(h.first)
        ):
            return None  # "بمساعدة الولايات المتحدة": with its help, it is the agent
        start = doc.tokens[h.first].start
        reported = stmt is not None and stmt.cue_start < start and stmt.start <= start
        floor = self._agent_floor(h.first, a, clause)
        if reported:
            assert stmt is not None
            floor = max(floor, doc.tok_after(stmt.start))
        m = self.agent_before(h.first, floor, exclude={not_key})
        own_state = (
            m is not None and stmt is not None and doc.entity_states.get(stmt.speaker) == m.key
        )
        formal = m is not None and (
            m.kind == "name"
            or (
                m.kind == "nisba"
                and not _STATE_HEADS_AR.isdisjoint((doc.word(m.t0 - 1), doc.word(m.t0 - 2)))
            )
        )
        if m is not None and not (reported and own_state and not formal):
            # "قالت الوزارة إن بكين ستواصل دعم دمشق": Beijing; "قال شي إن بكين ...": he;
            # "أكد بوتين أن روسيا ستواصل دعم سوريا": the state named by name acts
            return m, m.key
        if reported:
            assert stmt is not None
            return (None, stmt.speaker) if stmt.speaker != not_key else None
        return None

    def _office_title(self, t: int) -> bool:
        """Token ``t`` completes the name of an office or body: "قائد العمليات",
        "المدير العام للعمليات العسكرية"."""
        doc = self.doc
        j = t - 1
        if doc.word(j) == _GENERAL_AR:
            j -= 1  # "المدير العام"
        return doc.word(j).removeprefix("و") in _OFFICE_HEADS_AR

    def _gap_agent(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """A phrase whose agent sits in its ``*`` gap and whose patient follows it
        ("وقوف سورية إلى جانب الصين"); False when no actor sits in the gap."""
        agent = next(
            (
                m
                for j in range(h.first + 1, h.last)
                if (m := self.doc.mention_at_tok(j)) is not None and self.actor(m)
            ),
            None,
        )
        if agent is None:
            return False
        self._capital_ok = False
        self._no_locative = True
        patient, by_prep = self.mention_after(
            h.last + 1, min(b, h.last + 6), h.entry.preps, exclude={agent.key}, place=False
        )
        if patient is not None:
            self.add(agent.key, patient, h.entry, h, si, sent, a, b, 0.9, True, by_prep, agent)
        return True

    def _verb_complement(self, t: int) -> bool:
        """Token ``t`` follows a verb (or a speech cue), with at most its subject (and the
        subject's title) in between: "تعهدت ألمانيا بدعم" (a complement), not "أسقط
        المسيرات بمساعدة" (an adjunct)."""
        doc = self.doc
        heads = _heads("ar")
        named = False  # the subject's name was passed
        in_subject = False  # inside the subject's noun phrase (its title may precede)
        j = t - 1
        while j >= max(0, t - 10):
            if j in self.stops:
                return True
            m = doc.mention_at_tok(j)
            if m is not None:
                if doc.prep_of(m) is not None or (named and not m.adjectival):
                    return False
                named = named or not m.adjectival
                in_subject = True
                j = m.t0 - 1
            elif (in_subject and doc.word(j) in heads) or self._ar_adjunct(j):
                j -= 1
            else:
                return False
        return False

    def _by_pair_after_ar(self, t: int, b: int) -> Ment | None:
        """Arabic: the mention right after "من قبل"/"على يد" that follows token ``t`` within
        nine words before ``b``."""
        doc = self.doc
        for j in range(t + 1, min(b - 2, t + 10)):
            if (doc.word(j), doc.word(j + 1)) in _AGENT_BY_AR:
                m = doc.mention_at_tok(j + 2)
                if m is None and doc.word(j + 3) == _MIN and j + 4 < b:
                    # "على يد مسلحين من الحركة": the group of the unnamed doers
                    m = doc.mention_at_tok(j + 4)
                    if m is not None and (m.t0 != j + 4 or m.adjectival):
                        m = None
                return m
        return None

    def _partitive_subject_ar(self, t: int, b: int) -> Ment | None:
        """Arabic: the actor in "<verb> <plural noun> من <actor>" right after the verb
        ending at ``t`` ("وهاجم مسلحون من حركة الشباب", "واقتحم عناصر من الجيش"): the
        unnamed doers' group is the verb's subject."""
        doc = self.doc
        if t + 3 >= b or doc.word(t + 2) != _MIN or doc.word(t + 1) not in _PARTITIVE_DOERS_AR:
            return None
        gap = self.text[doc.tokens[t].end : doc.tokens[t + 3].start]
        if "،" in gap or "," in gap:
            return None
        m = doc.mention_at_tok(t + 3)
        if m is None or m.t0 != t + 3 or m.adjectival or not self.actor(m):
            return None
        return m

    def _by_hand_after_ar(self, t: int, b: int) -> bool:
        """Arabic: "على يد" (at the hands of) follows token ``t`` within nine words before
        ``b``: the verb is passive, its agent named there or by no one."""
        doc = self.doc
        return any(
            doc.word(j) == _AR("على") and (doc.word(j), doc.word(j + 1)) in _AGENT_BY_AR
            for j in range(t + 1, min(b - 2, t + 10))
        )

    def _in_by_phrase_ar(self, after: int, t: int) -> bool:
        """Arabic: token ``t`` opens or sits inside the noun phrase of a passive agent ("من
        قبل السلطات الروسية", "من قبل جهاز الأمن الفيدرالي الروسي") that starts after token
        ``after``, with no punctuation between."""
        doc = self.doc
        for p in range(t - 2, max(after, t - 7), -1):
            gap = self.text[doc.tokens[p + 1].end : doc.tokens[p + 2].start]
            if "،" in gap or "," in gap or not doc.word(p + 1)[:1].isalpha():
                return False
            if (doc.word(p), doc.word(p + 1)) in _AGENT_BY_AR:
                return True
        return False

    def _late_by_agent(self, h: Hit[Trigger], m: Ment) -> bool:
        """The English agent ``m`` of a noun comes after "by" past the noun's object ("the
        expulsion of Iran's ambassador by Albania"): the patient lies before it."""
        doc = self.doc
        if not self.en:  # "بيع الأسلحة إلى تايوان من قبل واشنطن"
            pair = (doc.word(m.t0 - 2), doc.word(m.t0 - 1))
            return pair in _AGENT_BY_AR and m.t0 - 2 > h.last + 1
        by = m.t0 - 2 if doc.word(m.t0 - 1) == "the" else m.t0 - 1
        return doc.word(by) == "by" and by > h.last + 1

    def _shared_subject(
        self, h: Hit[Trigger], a: int, after_m: Ment, coordinated: bool
    ) -> Ment | None:
        """The subject of the clause before an Arabic verb coordinated by و (or after
        حيث/ثم) when the actor read as its subject has no patient after it and reads
        better as its object: "، والتقى رئيس الوزراء Y" (a meeting needs two parties),
        "، ودعا إسرائيل إلى", "، واتهم إيران بـ", "، وهدد إيران بـ" (a bare name, then
        the preposition of what is asked or charged)."""
        doc = self.doc
        t = h.first
        rtype = h.entry.type
        if (
            self.en
            or h.cls not in ("v", "i")
            or after_m.t0 <= h.last
            or rtype not in _SHARED_SUBJECT_PREPS
            or not (doc.word(t)[:1] in "وف" or doc.word(t - 1) in _THEN_AR)
        ):
            return None
        first = self._first_subject_mention(a, t)
        if first is None and rtype is RelationType.CONSULT and not coordinated and not h.pron:
            first = self._visitor_before(a, t)
        if coordinated and (
            rtype is RelationType.CONSULT
            or first is None
            or first.etype != EntityType.PERSON
            or self._feminine_verb(t)
        ):
            # ("وحذرت مالي وبوركينا فاسو": coordinated subjects; but after a man's clause
            # a masculine verb's names are its patients: "، ودعا الأمم المتحدة وتركيا
            # إلى")
            return None
        if first is not None and first.etype == EntityType.PERSON and self._feminine_verb(t):
            return None  # "وقال الرئيس ...، ودعت مصر إلى": a feminine verb, Egypt's
        if (
            first is None
            or first.key == after_m.key
            or (
                _PUNCT_CONJ.isdisjoint(self.text[first.end : doc.tokens[t].start])
                and not self._visited_before(first, t)
            )
            or any(doc.word(j) in _CONTRAST_AR for j in range(first.t1 + 1, t))
        ):
            return None
        if rtype is RelationType.CONSULT:
            return first if first.etype == EntityType.PERSON else None
        if (
            after_m.t0 > self._past_adjuncts(h.last + 1)
            or after_m.adjectival
            or after_m.etype == EntityType.PERSON
        ):
            return None  # "وطالب وزير الخارجية X بـ": a person, often titled, is a subject
        last = after_m
        if first.etype == EntityType.PERSON and not self._feminine_verb(t):
            # "انتقد X الخطوة، ودعا الأمم المتحدة وتركيا إلى": past the coordinated
            # patients
            co = self._ar_co_subjects(after_m, min(len(doc.tokens), after_m.t1 + 10))
            last = co[-1] if co else after_m
        nxt = doc.word(last.t1 + 1)
        preps = _SHARED_SUBJECT_PREPS[rtype]
        if nxt in preps or nxt[:1] in preps:
            return first
        return None

    def _visitor_before(self, a: int, t: int) -> Ment | None:
        """Arabic: the visitor named first in the sentence before, when the meeting verb at
        ``t`` opens its own sentence with و/ف and that visitor arrived or visited there:
        "وصل X إلى القاهرة. والتقى الرئيس Y" (X meets Y)."""
        doc = self.doc
        if t != a or doc.word(t)[:1] not in "وف" or doc.seg is None:
            return None
        start = doc.tokens[t].start
        prev = None
        for sp in doc.seg.sents:
            if sp.end > start:
                break
            prev = sp
        if prev is None:
            return None
        first = self._first_subject_mention(doc.tok_after(prev.start), t)
        if first is None or first.etype != EntityType.PERSON or not self._visited_before(first, t):
            return None
        return first

    def _relayed_author(self, agency: str, h: Hit[Trigger], si: int) -> str | None:
        """The speaker of the latest statement in sentence ``si``, up to the trigger,
        that the news agency ``agency`` relays (its ``via``)."""
        start = self.doc.tokens[h.first].start
        for st in reversed(self._by_start):
            if st.start > start:
                continue
            if st.sent != si and st.sent != -1:
                break
            if st.via == agency and st.speaker != agency:
                return st.speaker
        return None

    def _news_agency(self, key: str) -> bool:
        """The entity is a news agency or outlet (gazetteer subtype ``agency``)."""
        entry = Gazetteer.load().entries.get(key)
        return entry is not None and entry.subtype == "agency"

    def _masculine_after_feminine(self, t: int, m: Ment, h: Hit[Trigger] | None = None) -> bool:
        """Whether the Arabic verb at ``t`` is feminine while ``m``, read as its subject,
        is a masculine nisba after a masculine head noun ("دعت الجانب العراقي"); ``h``,
        the trigger there, tells an imperfect ("أن تطرد السفير الفرنسي")."""
        doc = self.doc
        if (
            not m.adjectival
            and m.etype == EntityType.PERSON
            and m.t0 > t
            and ((w := doc.word(m.t0)).startswith("ال") or w in _heads("ar"))
            and not w.endswith(("ة", "ه", "ات"))
            # (the perfect's feminine ending only: "تلقى"، "توعد" are masculine; an
            # imperfect's prefix ت past its proclitics: "أن تطرد"، "وستستدعي")
            and (doc.word(t).endswith("ت") or self._feminine_imperfect(h))
        ):
            return True  # "واستدعت السفير الفرنسي": a man's title after a feminine verb
        if not m.adjectival or not self._feminine_verb(t) or m.t0 - 1 <= t:
            return False
        head = doc.word(m.t0 - 1)
        nisba = doc.word(m.t1)
        return (
            head.startswith("ال")
            and not head.endswith(("ة", "ه", "ات"))
            and nisba.endswith("ي")
            and doc.mention_at_tok(m.t0 - 1) is None
        )

    def _feminine_imperfect(self, h: Hit[Trigger] | None) -> bool:
        """An Arabic imperfect trigger in the feminine singular: its prefix ت after any
        proclitics ("تطرد", "وستفرض"), not a dual or plural ("تطردان", "يطردون")."""
        if h is None or h.cls != "i" or self.en:
            return False
        w = self.doc.word(h.first)[len(h.prefix) :]
        return len(w) > 2 and w[0] == "ت" and not w.endswith(("ان", "ون", "ين"))

    def _feminine_verb(self, t: int) -> bool:
        """An Arabic verb in the feminine singular ("دعت", "وطالبت", "تدعو")."""
        w = self.doc.word(t)
        if w[:1] in "وف" and len(w) > 3:
            w = w[1:]
        return w.endswith("ت") or (w[:1] == "ت" and len(w) > 3)

    def _list_opener(self, t: int) -> bool:
        """ "كل من" at token ``t``: the list of actors after it is the subject of the verb
        before ("أدانت كل من مصر والأردن")."""
        return not self.en and self.doc.word(t) == _KULL and self.doc.word(t + 1) == _MIN

    def _ar_co_subjects(self, m: Ment, b: int) -> list[Ment]:
        """Actors coordinated with an Arabic verb-first subject ``m`` by و, before any
        comma: "والتقى X وY ..." and "X والوفد العماني" (a head noun and a state adjective
        stand for the state)."""
        doc = self.doc
        heads = _heads("ar")
        out: list[Ment] = []
        t = m.t1 + 1
        while t < b and len(out) < 4:
            if any(c in self.text[doc.tokens[t - 1].end : doc.tokens[t].start] for c in ".,،:;؛"):
                break
            w = doc.word(t)
            nxt = doc.mention_at_tok(t)
            if nxt is not None and nxt.t0 == t:
                tok = doc.tokens[t]
                glued = self.text[tok.start : nxt.start]
                if glued != "و" or not self.actor(nxt) or nxt.adjectival:
                    break
                out.append(nxt)  # "بن فرحان وعراقجي"
                t = nxt.t1 + 1
                continue
            if w[:1] == "و" and w[1:] in heads:
                adj = doc.mention_at_tok(t + 1)
                if adj is not None and adj.t0 == t + 1 and adj.adjectival and self.actor(adj):
                    out.append(adj)  # "والوفد العماني"
                    t = adj.t1 + 1
                    continue
                named = self._titled_person(t, min(b, t + 5))
                if named is not None:
                    out.append(named)  # "ووزير خارجيته هاكان فيدان"
                    t = named.t1 + 1
                    continue
            break
        return out

    def _titled_person(self, t: int, t_to: int) -> Ment | None:
        """A person named after a title the gazetteer did not read, with no punctuation
        in between: the title's holder."""
        doc = self.doc
        for j in range(t + 1, min(t_to, len(doc.tokens), t + 9)):
            if not _PUNCT_TITLE.isdisjoint(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return None
            if doc.word(j) in _DIRECTIONAL_AR and doc.mention_at_tok(j + 1) is not None:
                return None  # "رسالة إلى العاهل المغربي": a patient, not a title's holder
            m = doc.mention_at_tok(j)
            if m is not None and m.t0 == j and m.etype == EntityType.PERSON:
                ok = self.actor(m) and not m.adjectival and doc.prep_of(m) is None
                return m if ok else None
        return None
