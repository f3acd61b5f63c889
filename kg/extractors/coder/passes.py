"""The relation coder's rules on the coder's passes over a whole document.

It codes the coder's passes over a whole document that ``run`` makes before and after coding the
triggers: members listed, joint speakers, Arabic refusals and release requests, reported
attacks, threats and pledges, acts dropped as not done.

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extractors.coder.frame import Frames
from kg.extractors.coder.relation import Rel, calibrate, relation_matcher
from kg.extractors.coder.words import (
    _AFTERMATH_AR,
    _AND,
    _AR,
    _AR_REL_PRON,
    _ASK_PARTICIPLES_AR,
    _ASK_RELEASE_AR,
    _ASK_RELEASE_EN,
    _BACKING_NOUNS_EN,
    _BUT_AR,
    _BUT_EN,
    _CALLED_IT_EN,
    _CHARGE_NOUNS_EN,
    _CHARGED_ACTS,
    _CONTENT_PREPS_AR,
    _COORD_GAPS,
    _CUSTODY_AR,
    _DISCUSSED_EN,
    _EN_DETERMINERS,
    _EN_PRON,
    _EXPELLED_PEOPLE_EN,
    _EXPRESS_EN,
    _GROUP_VERB_ENDS_AR,
    _HARMS,
    _HOLDER_REACH,
    _IF_AR,
    _IN_EXCHANGE_AR,
    _JOINED_EN,
    _JOINT_AR,
    _LIVELIHOOD_AR,
    _MEMBERS_AR,
    _MEMBERS_EN,
    _MEMBERS_EN_ALL,
    _MEMBERS_EN_BARE,
    _MONITORS_AR,
    _NEXT_AR,
    _NOT_AR,
    _NOT_VERBS_AR,
    _OBSTRUCT_AR,
    _OWN_ENVOY_AR,
    _OWNED_CLAUSE_AR,
    _OWNED_COUNT_AR,
    _OWNED_FORCES_AR,
    _PACT_HEADS_AR,
    _PUNCT_EVAL,
    _READY_EN,
    _RECALL_AR,
    _REFERRAL_AR,
    _REFUSE_AR,
    _REFUSE_EN,
    _REL_OBJ_SUFFIXES_AR,
    _RELEASE_AR,
    _RELEASE_EN,
    _RELEASE_REQUEST_PRIOR,
    _RENEWAL_AR,
    _REQUEST_NOUNS_AR,
    _REQUESTED_TYPES,
    _ROUND_AR,
    _RULED_OUT_EN,
    _SETTING_FREE_AR,
    _SIGN_GAP_STOPS_EN,
    _SUBORDINATORS_EN,
    _SUMMON_AR,
    _SUSPENDABLE,
    _TERRITORY_NOUNS,
    _TO_AR,
    _WHAT_CALLED_EN,
)
from kg.extractors.doc import AR_PREP_WORDS, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.native import trait
from kg.extractors.quotes import Stmt
from kg.extractors.text import Token
from kg.extractors.triggers import Trigger
from kg.models import EntityType, Modality, RelationType

_HARM_TYPES = frozenset(
    {RelationType.ASSAULT, RelationType.COERCE, RelationType.SANCTION, RelationType.THREATEN}
)
"""Types of harm whose noun a welcomed end names (:meth:`Passes._welcomed_harm_ends`)."""

__all__ = ["Passes"]


@trait
class Passes(Frames):
    """The coder's passes over a whole document (joint statements, member lists, refusals,
    releases, ...)."""

    def _joint_speakers(self) -> None:
        """An act told in a statement several speakers make together ("وقالت مصر والأردن
        في بيان مشترك إنهما تدعوان إسرائيل إلى", "X and Y said they urged Z to") is each
        speaker's act: the relation coded for one of them is copied for the others, when
        the act's agent is that speaker and its patient none of them."""
        states = self.doc.entity_states
        joint: dict[tuple[int, int, int], set[str]] = {}
        for st in self.stmts:
            if st.cue_tok >= 0:
                joint.setdefault((st.cue_tok, st.start, st.end), set()).add(st.speaker)
        if not any(len(v) > 1 for v in joint.values()):
            return
        have = {(r.subject, r.type, r.object) for r in self.rels}
        for r in list(self.rels):
            stmt = self.stmt_at(r.trig_start)
            if stmt is None or stmt.speaker != r.subject or stmt.cue_tok < 0:
                continue
            speakers = joint.get((stmt.cue_tok, stmt.start, stmt.end), set())
            if len(speakers) < 2 or r.object in speakers:
                continue
            if not self._told_jointly(stmt, r):
                continue  # "وأعلنت دعمها": a singular verb after two states speaks for one
            obj_side = states.get(r.object) or r.object
            for sp in sorted(speakers - {r.subject}):
                if (states.get(sp) or sp) == obj_side or (sp, r.type, r.object) in have:
                    continue
                have.add((sp, r.type, r.object))
                self.rels.append(
                    replace(r, subject=sp, subject_start=-1, confidence=r.confidence * 0.9)
                )

    def _territory_agents(self) -> None:
        """An act whose agent was read off a state adjective of a land noun ("منع أي
        جماعة من استخدام الأراضي الأفغانية لتهديد أمن الولايات المتحدة", "attacks launched
        from Afghan soil"): the land is where the act comes from, its state no agent."""
        doc = self.doc

        def on_land(r: Rel) -> bool:
            if r.subject_start < 0 or r.trig_start <= r.subject_start:
                return False
            m = doc.mention_at_tok(doc.tok_at(r.subject_start))
            if m is None or not m.adjectival:
                return False
            near = (m.t0 - 1,) if not self.en else (m.t1 + 1,)
            return any(doc.word(j) in _TERRITORY_NOUNS for j in near)

        self.rels = [r for r in self.rels if not on_land(r)]

    def _welcomed_harm_ends(self) -> None:
        """Backing whose patient is the state adjective of a harm ("ترحيب طهران بوقف
        العدوان الإسرائيلي", "welcomed the end of Israeli strikes"): what is welcomed is the
        harm's end, the harming state is backed by no one."""
        doc = self.doc
        harms = {
            j
            for x in doc.lexicon_hits.get("relations") or []
            if x.cls in ("n", "x") and x.entry.type in _HARM_TYPES
            for j in range(x.first, x.last + 1)
        }
        if not harms:
            return

        def harmer(r: Rel) -> bool:
            m = r.object_mention
            if r.type is not RelationType.SUPPORT or m is None or not m.adjectival:
                return False
            return (m.t1 + 1 if self.en else m.t0 - 1) in harms

        self.rels = [r for r in self.rels if not harmer(r)]

    def _told_jointly(self, stmt: Stmt, r: Rel) -> bool:
        """Whether the content of ``stmt`` up to ``r``'s trigger says its speakers act
        together: a dual or plural pronoun or verb ("إنهما تدعوان", "they urged"), or a
        joint statement named in the sentence ("في بيان مشترك", "in a joint statement")."""
        doc = self.doc
        t0, t1 = doc.tok_at(stmt.cue_start), doc.tok_at(r.trig_start)
        if t0 < 0 or t1 < t0:
            return False
        words = [doc.word(j) for j in range(t0, t1 + 1)]
        if self.en:
            return any(w in ("they", "their", "both", "jointly", "joint") for w in words)
        for w in words:
            w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            if w in _JOINT_AR or (w.endswith(("هما", "هم")) and w[:2] in ("إن", "أن", "ان")):
                return True
        trig = doc.word(t1)
        return trig.endswith(_GROUP_VERB_ENDS_AR) and len(trig) > 4

    def _alongside(self, rels: list[Rel]) -> list[Rel]:
        """Arabic: actors listed after "، إلى جانب" right after an act ("قطعت البحرين
        علاقاتها مع قطر في يونيو 2017، إلى جانب السعودية والإمارات ومصر") did it too,
        to the same patient."""
        doc = self.doc
        if doc.seg is None:
            return rels
        out = list(rels)
        for r in rels:
            if r.type.symmetric or r.sent < 0 or r.ev_end <= 0:
                continue
            _, b = doc.tok_range(doc.seg.sents[r.sent])
            k = doc.tok_after(r.ev_end)
            j = next(
                (
                    j
                    for j in range(k, min(b - 2, k + 6))
                    if doc.word(j) == _AR("إلى") and doc.word(j + 1) == _AR("جانب")
                ),
                None,
            )
            if (
                j is None
                or "،" not in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
                or any(i in self.stops for i in range(k, j))
                or (first := doc.mention_at_tok(j + 2)) is None
                or first.t0 != j + 2
            ):
                continue  # (not "، إلى جانب دعمها للأردن": another act)
            for m in self._conjuncts(j + 2, min(b, j + 14)):
                if (
                    m.key not in (r.subject, r.object)
                    and not m.adjectival
                    and doc.prep_of(m) is None
                ):
                    out.append(
                        replace(
                            r, subject=m.key, subject_start=m.start, confidence=r.confidence * 0.85
                        )
                    )
        return out

    def _warned_of_act(self, rels: list[Rel]) -> list[Rel]:
        """Arabic: a warning whose patient is the doer of a possible harm told after it in
        the same sentence ("حذر بوريل من أن الاتحاد الأوروبي قد يفرض عقوبات على تركيا"):
        when the doer is the warner's own side (his state, or the body of a man who speaks
        for it) the threat falls on the harm's patient; else the warning threatens no
        one named."""
        doc = self.doc
        out: list[Rel] = []
        for r in rels:
            if r.type is not RelationType.THREATEN or (
                r.object_mention is not None and r.object_mention.adjectival
            ):
                # ("حذرت إيران من أن أي هجوم إسرائيلي سيقابل برد": its doer is threatened)
                out.append(r)
                continue
            act = next(
                (
                    x
                    for x in rels
                    if x.sent == r.sent
                    and x.trig_start > r.trig_start
                    and x.subject == r.object
                    and x.type in _HARMS
                    and x.modality in (Modality.HYPOTHETICAL, Modality.INTENDED)
                ),
                None,
            )
            if act is None:
                out.append(r)
                continue
            speaker_state = doc.entity_states.get(r.subject)
            own = r.object == speaker_state or (
                doc.entity_types.get(r.subject) == EntityType.PERSON
                and doc.entity_types.get(r.object) == EntityType.ORGANIZATION
                # (a man of another state is no spokesman of the body: "هدد رئيس بيلاروسيا
                # بقطع الغاز إذا فرض الاتحاد الأوروبي عقوبات")
                and (speaker_state is None or speaker_state == doc.entity_states.get(r.object))
            )
            if own and act.object != r.subject:
                out.append(replace(r, object=act.object, object_mention=act.object_mention))
            elif (
                not own
                and act.modality is Modality.HYPOTHETICAL
                and any(
                    doc.word(j).removeprefix("و") in _IF_AR
                    for j in range(doc.tok_at(r.trig_end - 1) + 1, doc.tok_at(act.trig_start))
                )
            ):
                # "هدد X ... إذا فرض الاتحاد عقوبات": the threat is on the condition's doer
                # (not "حذرت مصر من أن إثيوبيا قد تشن هجوما": a warning, no one threatened)
                out.append(r)
        return out

    def _ar_occasion_after(self, t: int) -> bool:
        """ "بمناسبة" (on the occasion of: a feast, a national day) within the clause
        after token ``t``."""
        doc = self.doc
        for j in range(t + 1, min(len(doc.tokens), t + 10)):
            if not _PUNCT_EVAL.isdisjoint(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return False
            if doc.word(j).removeprefix("و") == _AR("بمناسبة"):
                return True
        return False

    def _ar_obstructed(self, t: int) -> bool:
        """Arabic: a blocking verb or verbal noun (:data:`_OBSTRUCT_AR`) among the five
        words before token ``t`` of its clause (no comma or stop between)."""
        doc = self.doc
        for j in range(t - 1, max(-1, t - 6), -1):
            if _OBSTRUCT_AR.match(doc.word(j)):
                return True
            gap = self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
            if any(c in gap for c in "،,.:؛"):
                return False
        return False

    def _ar_no_act(self, h: Hit[Trigger]) -> bool:
        """Arabic trigger words that report no new act: "لقمة العيش" (livelihood, not a
        summit), and a definite meeting noun after a word that recalls it ("خلال
        المباحثات"، "في ختام الزيارة"، "تفاصيل اللقاء") that names no party: the talks
        already told, not another meeting."""
        doc = self.doc
        w = doc.word(h.first)
        if h.cls in ("v", "i") and h.first == h.last and w.removeprefix("و") in _NOT_VERBS_AR:
            return True  # "مقتل اثنين من ضباطه": the number two, not "أثنين" (praised)
        if h.entry.topic == "deployment" and any(
            doc.word(j) in _MONITORS_AR
            for j in range(h.first + 1, min(len(doc.tokens), max(h.last, h.first + 5) + 1))
        ):
            # "نشر مراقبين على الحدود"، "ونشر الاتحاد الأوروبي بعثة مدنية": monitors, no
            # show of force (the split verb phrase skips the subject, so look past it)
            return True
        if h.entry.topic == "congratulations" and self._ar_occasion_after(h.last):
            return True  # "هنأه بمناسبة العيد": a holiday greeting, a courtesy, no stance
        if h.prefix.endswith("ل") and "ال" not in h.prefix and h.cls == "n":
            nxt = doc.word(h.last + 1)
            if nxt.removeprefix("و").removeprefix("ال").startswith(_LIVELIHOOD_AR):
                return True
        if (
            h.entry.type is RelationType.CONSULT
            and h.cls == "n"
            and h.prefix.endswith("لل")
            and any(
                doc.word(j) in _OWN_ENVOY_AR or doc.word(j).lstrip("و") in _SUMMON_AR
                for j in range(max(0, h.first - 10), h.first)
            )
        ):
            return True  # "استدعت X سفيرها لدى Y للتشاور": a recall, no talks with Y
        if (
            h.entry.type is not RelationType.CONSULT
            and h.cls == "n"
            and not h.pron
            and h.prefix.endswith("ال")
            and doc.word(h.first - 1).removeprefix("و") in _AFTERMATH_AR
        ):
            # "وبحث الجانبان تداعيات الهجوم": the act already told, named by what it caused;
            # a new one names its actor right after ("تداعيات الهجوم الإسرائيلي على قطر")
            for j in range(h.last + 1, min(len(doc.tokens), h.last + 4)):
                if not _PUNCT_EVAL.isdisjoint(
                    self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
                ):
                    return True
                if doc.mention_at_tok(j) is not None:
                    return False
            return True
        if (
            h.entry.type is not RelationType.CONSULT
            or h.cls != "n"
            or h.pron
            or not (h.prefix.endswith("ال") or h.prefix.endswith("لل"))
            or h.first != h.last
            or not w
            or doc.word(h.first - 1).removeprefix("و").removeprefix("ف") not in _RECALL_AR
        ):
            return False  # ("عقدت مصر وقطر جولات من المفاوضات": the talks themselves)
        for j in range(h.last + 1, min(len(doc.tokens), h.last + 4)):
            if not _PUNCT_EVAL.isdisjoint(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return True  # the phrase ends before any party is named
            if doc.mention_at_tok(j) is not None or doc.word(j) in _AR_REL_PRON:
                return False  # "المحادثات مع X"، "المباحثات السورية"، "الزيارة التي ..."
        return True

    def _ar_drop_requested(self, hits: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
        """A cooperative act named as the content of an Arabic request ("حث X على الانضمام
        إلى الاتفاقية وتطبيع العلاقات مع Y"، "دعاه إلى الحوار مع Y") is only asked for: the
        request is the relation, the act is none (nor is a second request inside it)."""
        verbs = {h.first for h in hits if h.cls in ("v", "i")} | set(self.cue_speaker)
        asks = [
            h.last
            for h in hits
            if h.entry.type is RelationType.REQUEST and h.cls in ("v", "i", "p")
        ]
        if not asks:
            return hits
        out: list[Hit[Trigger]] = []
        for h in hits:
            asked = h.cls == "n" and h.entry.type in _REQUESTED_TYPES
            if asked and self._asked_for(h, asks, verbs):
                continue
            out.append(h)
        return out

    def _ar_relative_phrases(self, hits: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
        """Arabic: a relative clause whose verb carries the noun before it as its object
        pronoun ("العقوبات التي تفرضها الصين على X"، "المساعدات التي أرسلتها الإمارات إلى
        Y"): the verb with that noun reads as the phrase trigger ("فرض عقوبات"، "أرسل
        مساعدات"); a hit on the verb alone, whose subject and patient follow it."""
        doc = self.doc
        words = self.words
        added: list[Hit[Trigger]] = []
        for r, w in enumerate(words):
            if w not in _AR_REL_PRON or r == 0 or r + 2 >= len(words):
                continue
            verb = words[r + 1]
            suf = next((p for p in _REL_OBJ_SUFFIXES_AR if verb.endswith(p)), "")
            if not suf or len(verb) - len(suf) < 3 or doc.mention_at_tok(r - 1) is not None:
                continue
            base = verb[: -len(suf)]
            noun = words[r - 1]
            found = None
            # (phrases name the object indefinite: "فرض قيودا" for "القيود التي فرضها")
            for n in (noun, noun + "ا") if noun[-1:] not in ("ا", "ة") else (noun,):
                toks = [Token(0, len(base), base), Token(len(base) + 1, len(base) + 1 + len(n), n)]
                found = next(
                    (
                        g
                        for g in relation_matcher("ar").find(toks)
                        if g.first == 0 and g.last == 1 and g.cls in ("v", "i")
                    ),
                    None,
                )
                if found is not None:
                    break
            if found is not None:
                added.append(Hit(r + 1, r + 1, found.entry, found.cls, found.prefix, ""))
        if not added:
            return hits
        # (the verb's own hit, its pronoun read as a party, gives way)
        done = {h.first for h in added}
        self._rel_phrase_verbs = done
        kept = [h for h in hits if not (h.first in done and h.last == h.first)]
        return sorted(kept + added, key=lambda h: (h.first, -(h.last - h.first)))

    def _ar_subject_group(self, a: int, b: int) -> list[Ment]:
        """Arabic: the actors coordinated with the first subject of sentence ``[a, b)``."""
        m = self._first_subject_mention(a, b)
        return self._ar_co_subjects(m, b) if m is not None else []

    def _ar_expulsion_orders(self, hits: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
        """An Arabic request or deadline whose content is to leave the country ("طلبت
        البحرين من السفير اللبناني مغادرة أراضيها"، "أمهلت الكويت السفير 48 ساعة لمغادرة
        البلاد"، "مطالبة السفير بمغادرة المملكة") is an expulsion: the ``leave`` frame codes
        it (SANCTION of the envoy's state); the request or threat to the envoy is none."""
        doc = self.doc
        leaves = [
            h.first
            for h in hits
            if h.entry.frame == "leave"
            or (
                # "لمغادرة الكويت": leaving a state named
                h.entry.type is RelationType.RETREAT
                and h.cls == "n"
                and h.first == h.last
                and (m := doc.mention_at_tok(h.last + 1)) is not None
                and m.t0 == h.last + 1
                and m.etype is EntityType.STATE
            )
        ]
        if not leaves:
            return hits
        verbs = {h.first for h in hits if h.cls in ("v", "i")}
        out: list[Hit[Trigger]] = []
        for h in hits:
            if h.entry.type in (RelationType.REQUEST, RelationType.THREATEN) and any(
                0 < e - h.last <= 12
                and not any(j in verbs for j in range(h.last + 1, e))
                and not any(
                    c in self.text[doc.tokens[h.last].end : doc.tokens[e].start] for c in ".;؛:"
                )
                for e in leaves
            ):
                continue
            out.append(h)
        return out

    def _asked_for(self, h: Hit[Trigger], asks: list[int], verbs: set[int]) -> bool:
        doc = self.doc
        for e in asks:
            if not 0 < h.first - e <= 14:
                continue
            if any(j in verbs for j in range(e + 1, h.first)):
                continue  # another verb: another clause
            gap = self.text[doc.tokens[e].end : doc.tokens[h.first].start]
            if any(c in gap for c in ".;؛:"):
                continue
            if h.prefix.rstrip("ال").endswith("ب") or any(
                doc.word(j) in _CONTENT_PREPS_AR for j in range(e + 1, h.first)
            ):
                return True
        return False

    def _inside_name(self, h: Hit[Trigger]) -> bool:
        """A trigger word that is part of a name is no act: an organisation's name ("Gulf
        Cooperation Council", "منظمة التعاون الإسلامي"), in English a capitalised word after
        a capitalised word in the body ("Associated Press writer"), in Arabic a word well
        inside a person's title or of a multi-word person or place name
        (:meth:`_ar_name_word`)."""
        doc = self.doc
        if self.en and h.first > 0 and doc.tokens[h.first].start >= doc.title_end:
            word, prev = doc.tokens[h.first].text, doc.tokens[h.first - 1].text
            if word[:1].isupper() and prev[:1].isupper() and prev.isalpha():
                # "Associated Press writer X in Tegucigalpa": a capitalised word after a
                # capitalised word in the body (not the title's capitals) is part of a name
                return True
        m = doc.mention_at_tok(h.first)
        if (
            not self.en
            and m is not None
            and m.etype == EntityType.PERSON
            and m.t0 < h.first
            and h.last < m.t1
        ):
            # "الأمين العام لمجلس التعاون جاسم البديوي"، "وزير التعاون الدولي": a word of
            # a man's title, well inside it
            return True
        if not self.en and m is not None and self._ar_name_word(m, h):
            return True
        return (
            m is not None
            and m.etype == EntityType.ORGANIZATION
            and m.kind == "name"
            and m.t0 < h.first
            and h.last <= m.t1
        ) or (
            m is not None
            and m.etype == EntityType.ORGANIZATION
            and m.kind == "name"
            and m.t0 == h.first
            and h.last < m.t1
        )

    def _signed_pact_names_en(self, hits: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
        """English: a cooperation noun that names a pact signed ("signed a defence
        cooperation agreement", "the two men signed a comprehensive strategic partnership")
        is the pact's name, coded as the signing (AGREE), no COOPERATE of its own: a "sign"
        verb before it with only the pact's modifiers between ("signed a 100-year
        partnership"); "restore an intelligence-sharing pact with" stays cooperation, and
        so does a pact whose partner follows it ("signed a cooperation agreement with
        Sudan": AGREE and COOPERATE)."""
        doc = self.doc

        def pact_name(h: Hit[Trigger]) -> bool:
            if h.entry.type is not RelationType.COOPERATE or h.cls != "n":
                return False
            if any(
                doc.word(j) in h.entry.preps
                and (m := doc.mention_at_tok(j + 1)) is not None
                and m.t0 == j + 1
                and self.actor(m)
                for j in range(h.last + 1, h.last + 4)
            ):
                return False  # "signed a military cooperation agreement with Sudan": both
            for j in range(h.first - 1, max(-1, h.first - 9), -1):
                w = doc.word(j)
                if w.startswith("sign"):
                    return True
                if not w or w in _SIGN_GAP_STOPS_EN:
                    return False
            return False

        return [h for h in hits if not pact_name(h)]

    def _ar_name_word(self, m: Ment, h: Hit[Trigger]) -> bool:
        """Arabic: the trigger word is a word of a person's or a place's name that the
        linker read as one mention of several words ("وزير الخارجية سامح شكري": no
        thanks; "قاعدة عين الأسد"، "معبر رأس جدير": no appointment), not an act."""
        if m.kind != "name" or m.etype not in (EntityType.PERSON, EntityType.PLACE):
            return False
        if not (m.t0 <= h.first and h.last <= m.t1) or m.t1 == m.t0:
            return False
        # (a title inside the mention is the person's title: "الرئيس X" keeps its acts
        # when the trigger stands before the name's first word)
        return m.etype is EntityType.PLACE or h.first > m.t0

    def _drop_suspended(self, hits: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
        """ "suspended trade and talks with India", "علقت المفاوضات مع": a meeting or
        cooperation noun that is the object of a sanctioning verb is what was cut off,
        not an act of its own."""
        doc = self.doc
        ends = [
            h.last
            for h in hits
            if h.entry.type is RelationType.SANCTION and h.cls in ("v", "i", "x")
        ]
        spans = [
            (h.first, h.last)
            for h in hits
            if h.entry.type is RelationType.SANCTION and h.last > h.first
        ]
        out = []
        for h in hits:
            if (
                h.cls == "n"
                and h.entry.type in _SUSPENDABLE
                and any(f < h.first <= last for f, last in spans)
            ):
                continue  # "تعليق المساعدات العسكرية": the aid cut, inside the phrase
            if h.cls == "n" and h.entry.type in _SUSPENDABLE:
                cut = False
                for e in ends:
                    if not 0 < h.first - e <= 4:
                        continue
                    gap = self.text[doc.tokens[e].end : doc.tokens[h.first].start]
                    if any(c in gap for c in ".,;:،؛"):
                        continue
                    times = (
                        doc.times_in(doc.tokens[e].end, doc.tokens[h.first].start)
                        if not self.en
                        else []
                    )
                    if all(
                        # "علقت كندا الأسبوع الماضي مفاوضات التجارة مع الهند"
                        any(te.start <= doc.tokens[j].start < te.end for te in times)
                        or doc.word(j) in _AND
                        or doc.word(j) in _EN_DETERMINERS
                        or doc.mention_at_tok(j) is not None
                        # "علقت النيجر معاهدة التعاون العسكري مع فرنسا": the pact's subject
                        or (not self.en and doc.word(j) in _PACT_HEADS_AR)
                        for j in range(e + 1, h.first)
                    ):
                        cut = True
                        break
                if cut:
                    continue
            out.append(h)
        return out

    def _member_lists(self, trigger_nouns: set[int]) -> set[int]:
        """Tokens of actors listed as the members of something described ("the operation,
        which involved four countries: X, Y and Z", "لجنة وزارية تضم X وY"): they are
        neither subject nor object of the sentence's relations.  An Arabic list right
        after a trigger noun ("محادثات تضم X وY") names that event's parties and stays."""
        doc = self.doc
        out: set[int] = set()
        words = self.words
        if self.en:
            candidates = doc.positions(_MEMBERS_EN_ALL)
        else:  # (the word itself or after a glued "و"/"ف"; each distinct word tested once)
            hit = {w for w in set(words) if w in _MEMBERS_AR or w[1:] in _MEMBERS_AR}
            candidates = [j for j, w in enumerate(words) if w in hit]
        for j in candidates:
            w = words[j]
            if self.en:
                marker = (w in _MEMBERS_EN and j > 0 and words[j - 1] in ("which", "that")) or (
                    w in _MEMBERS_EN_BARE
                )
            else:
                bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
                marker = bare in _MEMBERS_AR and (j - 1) not in trigger_nouns
            if not marker:
                continue
            first: Ment | None = None
            for k in range(j + 1, min(len(doc.tokens), j + 7)):
                m = doc.mention_at_tok(k)
                if m is not None and self.actor(m):
                    first = m
                    break
                gap = self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
                if "." in gap or k in self.stops:
                    break
            if first is None:
                continue
            group = [first]
            k = doc.mentions.index(first)
            while k + 1 < len(doc.mentions):
                nxt = doc.mentions[k + 1]
                gap = self.text[doc.mentions[k].end : nxt.start].strip().lower()
                if gap not in _COORD_GAPS or not self.actor(nxt):
                    break
                group.append(nxt)
                k += 1
            if len(group) < 2:
                continue
            for m in group:
                out.update(range(m.t0, m.t1 + 1))
        return out

    def _split_phrases(self, hits: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
        """Arabic verb-first order puts the subject inside a multiword verb phrase
        ("علقت الحكومة المصرية تعاونها مع" for "علق تعاونها"): when the verb and the
        word right after its subject form a lexicon phrase, the verb hit takes that
        phrase's entry and the object word's own hit (here COOPERATE) is dropped."""
        doc = self.doc
        matcher = relation_matcher("ar")
        drop: set[int] = set()
        out: list[Hit[Trigger]] = []
        for h in hits:
            if h.cls not in ("v", "i") or h.last != h.first:
                out.append(h)
                continue
            subj, _ = self._vso_subject(h.first + 1, h.first + 7)
            if subj is None or subj.t0 > h.first + 3:
                out.append(h)
                continue
            j = self._past_adjuncts(subj.t1 + 1)
            toks = [doc.tokens[h.first], *doc.tokens[j : j + 3]]
            joined = [g for g in matcher.find(toks) if g.first == 0 and g.last >= 1]
            if not joined:
                out.append(h)
                continue
            best = max(joined, key=lambda g: (g.last, g.entry.prior))
            out.append(replace(h, entry=best.entry))
            drop.update(range(j, j + best.last))
        out.extend(self._split_heads({h.first for h in hits}, drop))
        return [h for h in out if h.first not in drop]

    def _split_heads(self, taken: set[int], drop: set[int]) -> list[Hit[Trigger]]:
        """Verb-first phrases whose verb has no row of its own: "حملت إيران الولايات
        المتحدة المسؤولية" for ``v:حمل المسؤولية`` -- the verb, its subject, an object,
        then the rest of the phrase.  The hit spans all of it and its frame becomes
        ``mid``: the patient is the object inside."""
        doc = self.doc
        matcher = relation_matcher("ar")
        found: list[Hit[Trigger]] = []
        heads = {w for w in {tok.text for tok in doc.tokens} if matcher.phrase_head(w)}
        for t, tok in enumerate(doc.tokens):
            if t in taken or tok.text not in heads:
                continue
            subj, _ = self._vso_subject(t + 1, t + 7)
            anaphor = self._anaphor_end(self._past_adjuncts(t + 1)) if subj is None else None
            if anaphor is not None:
                # "وتبادل البلدان الاتهامات": the subject refers back to actors named before
                after_subj, obj = self._past_adjuncts(anaphor + 1), None
            elif subj is None or subj.t0 > t + 3:
                continue
            else:
                after_subj = self._past_adjuncts(subj.t1 + 1)
                obj = doc.mention_at_tok(after_subj)
                if obj is not None and obj.t0 != after_subj:
                    obj = None
            for j in ([self._past_adjuncts(obj.t1 + 1)] if obj is not None else []) + [after_subj]:
                toks = [tok, *doc.tokens[j : j + 6]]
                joined = [g for g in matcher.find(toks) if g.first == 0 and g.last >= 1]
                if not joined:
                    continue
                best = max(joined, key=lambda g: (g.last, g.entry.prior))
                last = j + best.last - 1
                if obj is not None and j > obj.t1 and best.entry.frame != "mut":
                    # the hit spans verb, subject, object and phrase: patient inside
                    entry = replace(best.entry, frame="mid")
                    found.append(replace(best, first=t, last=last, entry=entry))
                else:  # as _split_phrases: the verb alone, with the phrase's entry
                    found.append(replace(best, first=t, last=t))
                drop.update(range(j, last + 1))
                break
        return found

    def _threatened_acts(self) -> None:
        """An English act right after "threatened to" is the threat, not the act: "Russia
        threatened to cut gas supplies to Moldova" is Russia's THREATEN to Moldova; so is
        harm one stands "ready to" inflict."""
        doc = self.doc
        for i, r in enumerate(self.rels):
            if r.type is RelationType.THREATEN or r.modality is Modality.NEGATED:
                continue
            t = doc.tok_at(r.trig_start)
            harm = r.type in _HARMS
            # the act or its noun within a few words: "threatened to launch a new offensive";
            # harm one stands ready for is threatened too ("stood ready to respond with
            # further sanctions")
            for j in range(t - 1, max(0, t - 6), -1):
                if doc.word(j) == "to" and (
                    doc.word(j - 1).startswith("threaten")
                    or (harm and doc.word(j - 1) in _READY_EN)
                ):
                    threat = RelationType.THREATEN
                    self.rels[i] = replace(r, type=threat, modality=Modality.ASSERTED)
                    break
                if j in self.cue_speaker or not doc.word(j).isalpha():
                    break
        self._warned_harms_en()

    def _warned_harms_en(self) -> None:
        """English: a harm the warner's own side may inflict, told after "warned (that)"
        ("Washington warned that it could impose sanctions on Georgia if the bill passed",
        "the EU warned it would cut aid to Niger unless ..."), is the warner's THREATEN of
        the harm's patient, not a hypothetical act.  A harm by someone else ("warned that
        Russia could attack Ukraine") stays as it is."""
        doc = self.doc
        states = doc.entity_states
        assert doc.seg is not None
        for i, r in enumerate(self.rels):
            if r.type not in _HARMS or r.modality not in (
                Modality.HYPOTHETICAL,
                Modality.INTENDED,
            ):
                continue
            t = doc.tok_at(r.trig_start)
            lo = doc.tok_at(doc.seg.sents[r.sent].start) if r.sent >= 0 else max(0, t - 12)
            for j in range(t - 1, max(lo - 1, t - 10), -1):
                w = doc.word(j)
                if w in ("warned", "warns", "warning") and doc.word(j + 1) != "of":
                    warner_key = self.cue_speaker.get(j)
                    warner = self.agent_before(j, max(lo, j - 8), exclude=set())
                    if warner_key is None and warner is not None:
                        warner_key = warner.key
                    if warner_key is None:
                        break
                    sides = {warner_key, states.get(warner_key) or warner_key}
                    if not ({r.subject, states.get(r.subject) or r.subject} & sides):
                        break
                    if r.object in sides or (states.get(r.object) or r.object) in sides:
                        break
                    start = warner.start if warner is not None and warner.key == warner_key else -1
                    self.rels[i] = replace(
                        r,
                        type=RelationType.THREATEN,
                        modality=Modality.ASSERTED,
                        subject=warner_key,
                        subject_start=start if start >= 0 else r.subject_start,
                        topic="warning",
                    )
                    break
                if w in (";", ":") or (j in self.cue_speaker and j != t):
                    break
        # "Kyiv warned that Russia could strike the grid again": who may do the harm is not
        # the one warned (the Arabic rule is _warned_of_act)
        modals = ("could", "would", "will", "may", "might", "can", "was", "is", "had", "has")

        def addressed(r: Rel) -> bool:
            # "warned Moscow against any attack": the one warned, right after the verb
            m = r.object_mention
            t = doc.tok_at(r.trig_start)
            return (
                m is not None
                and m.t0 in (t + 1, t + 2)
                and doc.word(m.t1 + 1) not in modals
                and doc.word(t + 1) != "that"
            )

        drop = {
            i
            for i, r in enumerate(self.rels)
            if r.type is RelationType.THREATEN
            and doc.word(doc.tok_at(r.trig_start)).startswith("warn")
            and not addressed(r)
            and any(
                x.sent == r.sent
                and x.trig_start > r.trig_start
                and x.subject == r.object
                and x.type in _HARMS
                and x.modality in (Modality.HYPOTHETICAL, Modality.INTENDED)
                for x in self.rels
            )
        }
        if drop:
            self.rels = [r for i, r in enumerate(self.rels) if i not in drop]

    def _purpose_support(self) -> None:
        """English: a contact whose purpose is backing ("Lula phoned Sanchez on Tuesday to
        express solidarity", "called Aliyev to voice his support") is also a SUPPORT of the
        one contacted, when the backing names no other side."""
        doc = self.doc
        have = {(r.subject, r.type, r.object) for r in self.rels}
        for r in list(self.rels):
            m = r.object_mention
            if r.type is not RelationType.CONSULT or m is None:
                continue
            if r.modality is not Modality.ASSERTED:
                continue
            n = len(doc.tokens)
            j = m.t1 + 1
            while j < min(n, m.t1 + 6) and doc.word(j) != "to":
                if not doc.word(j).isalpha():
                    break
                j += 1
            if doc.word(j) != "to" or doc.word(j + 1) not in _EXPRESS_EN:
                continue
            k = j + 2
            if doc.word(k) in _EN_PRON or doc.word(k) in ("the", "a"):
                k += 1
            if doc.word(k) not in _BACKING_NOUNS_EN or doc.word(k + 1) in ("for", "with", "to"):
                continue  # "to express support for Ukraine": the backed side is named
            if (r.subject, RelationType.SUPPORT, r.object) not in have:
                end = max(r.ev_end, doc.tokens[k].end)
                support = replace(r, type=RelationType.SUPPORT, ev_end=end)
                self.rels.append(replace(support, topic="solidarity"))

    def _mass_expulsions(self) -> None:
        """English: an expulsion whose patient is a demonym before migrants, refugees or
        workers ("began expelling undocumented Afghan migrants") drives people out: COERCE
        (the guidelines' "deport"), not the SANCTION of expelled diplomats."""
        doc = self.doc
        out: list[Rel] = []
        for r in self.rels:
            m = r.object_mention
            if (
                r.type is RelationType.SANCTION
                and r.topic == "expulsion of diplomats"
                and m is not None
                and m.adjectival
                and any(doc.word(j) in _EXPELLED_PEOPLE_EN for j in (m.t1 + 1, m.t1 + 2))
            ):
                r = replace(r, type=RelationType.COERCE, topic="expulsion of migrants")
            out.append(r)
        self.rels = out

    def _pledged_support(self) -> None:
        """English: backing that is the purpose of a grant or pledge just before it
        ("Germany pledged 500 million euros to support Moldova", "which has pledged $300
        million to support the force") is the aid itself: AID, not SUPPORT."""
        doc = self.doc
        out: list[Rel] = []
        for r in self.rels:
            t = doc.tok_at(r.trig_start)
            if (
                r.type is RelationType.SUPPORT
                and r.sent >= 0
                and doc.word(t - 1) == "to"
                and any(
                    self._verb_types.get(j) is RelationType.AID for j in range(max(0, t - 8), t - 1)
                )
            ):
                r = replace(r, type=RelationType.AID, topic="aid pledge")
            out.append(r)
        self.rels = out

    def _not_ruled_out(self) -> None:
        """English: "did not rule out (developing ties with) X" is no refusal of X (a
        negated "rule out" leaves the act possible): drop the negated REJECT it reads."""
        doc = self.doc
        self.rels = [
            r
            for r in self.rels
            if not (
                r.type is RelationType.REJECT
                and r.modality is Modality.NEGATED
                and doc.word(doc.tok_at(r.trig_start)) in _RULED_OUT_EN
                and doc.word(doc.tok_at(r.trig_start) + 1) == "out"
            )
        ]

    def _refused_acts(self) -> None:
        """An English act right after "refused to"/"declined to" is negated, and the refusal
        is a REJECT of the same side: "India refused to condemn Russia", "The Hague declined to
        roll back its export controls on China"."""
        doc = self.doc
        for r in list(self.rels):
            if r.modality is not Modality.NEGATED or r.type in (
                RelationType.REJECT,
                RelationType.THREATEN,
            ):
                continue
            t = doc.tok_at(r.trig_start)
            for j in range(t - 1, max(0, t - 4), -1):
                if doc.word(j) == "to" and doc.word(j - 1) in _REFUSE_EN:
                    rej = replace(r, type=RelationType.REJECT, modality=Modality.ASSERTED)
                    self.rels.append(replace(rej, topic="refusal"))
                    break
                if j in self.cue_speaker or not doc.word(j).isalpha():
                    break

    def _refused_acts_ar(self) -> None:
        """Arabic: an act right after a refusal verb and its subject ("رفضت هولندا منح
        تأشيرة لـX"، "ورفضت الحكومة تسليم المتهم إلى Y") is no negated act but a REJECT of
        the one it was sought for (GUIDELINES: refuse, deny a request)."""
        doc = self.doc
        rejected: set[tuple[str, str]] = set()
        for i, r in enumerate(list(self.rels)):
            if r.modality is not Modality.NEGATED or r.type in (
                RelationType.REJECT,
                RelationType.THREATEN,
            ):
                continue
            t = doc.tok_at(r.trig_start)
            j = t - 1
            m = doc.mention_at_tok(j)
            if m is not None:
                j = m.t0 - 1  # the refusal verb's subject
            w = doc.word(j)
            if w in _REFUSE_AR or (w[:1] in "وف" and w[1:] in _REFUSE_AR):
                om = r.object_mention
                if (
                    m is not None
                    and om is not None
                    and r.type in (RelationType.AGREE, RelationType.COOPERATE)
                    and self.actor(m)
                    and any(doc.word(k) == "بين" for k in range(t + 1, om.t0))
                ):
                    # "ورفضت X الاتفاق بين Y وZ": the pair's pact stands; the refuser
                    # rejects both parties (GUIDELINES: refuse)
                    self.rels[i] = replace(r, modality=Modality.ASSERTED)
                    own = doc.entity_states.get(m.key) or m.key
                    for party in (r.subject, r.object):
                        if (m.key, party) in rejected or own == (
                            doc.entity_states.get(party) or party
                        ):
                            continue
                        rejected.add((m.key, party))
                        self.rels.append(
                            replace(
                                r,
                                subject=m.key,
                                object=party,
                                type=RelationType.REJECT,
                                modality=Modality.ASSERTED,
                                topic="refusal",
                                object_mention=None,
                                subject_start=m.start,
                            )
                        )
                    continue
                if (
                    m is None
                    and om is not None
                    and any(doc.word(k) == "بين" for k in range(t + 1, om.t0))
                ):
                    # "ترفض الاتفاق الأمني بين X وY": a third party refuses the pair's act;
                    # the pair did not refuse each other
                    self.rels[i] = replace(r, modality=Modality.ASSERTED)
                    continue
                states = doc.entity_states
                if m is not None and (states.get(m.key) or m.key) != (
                    states.get(r.subject) or r.subject
                ):
                    continue  # "ورفض الأردن الاعتداء الإسرائيلي على": another's act
                rej = replace(r, type=RelationType.REJECT, modality=Modality.ASSERTED)
                self.rels[i] = replace(rej, topic="refusal")

    def _not_renewed_ar(self) -> None:
        """Arabic: a pact its party decides not to extend or renew ("قررت X عدم تمديد
        الاتفاق مع Y", "عدم تجديد اتفاقية التعاون"): no negated agreement but a REJECT of
        the other party (GUIDELINES: refuse)."""
        doc = self.doc
        for i, r in enumerate(self.rels):
            if r.type not in (RelationType.AGREE, RelationType.COOPERATE):
                continue
            t = doc.tok_at(r.trig_start)
            for k in (t - 1, t - 2):
                if doc.word(k) in _RENEWAL_AR and doc.word(k - 1).lstrip("و") in _NOT_AR:
                    rej = replace(r, type=RelationType.REJECT, modality=Modality.ASSERTED)
                    self.rels[i] = replace(rej, topic="non-renewal")
                    break

    def _refused_requests_ar(self) -> None:
        """Arabic: a refused request owned by the actor right after it ("رفضت فنلندا طلبا
        روسيا بإعادة فتح المعابر", "رفض طلب الأردن"): that actor asked the refuser
        (REQUEST), besides the REJECT."""
        doc = self.doc
        asked_at: set[int] = set()
        for i, r in enumerate(list(self.rels)):
            om = r.object_mention
            if r.type is not RelationType.REJECT or r.modality is not Modality.ASSERTED:
                continue
            if om is not None and doc.word(om.t0 - 1) not in _REQUEST_NOUNS_AR:
                # "رفضت X طلبا إيرانيا بالإفراج عن ناقلة روسية": the patient of the act
                # asked for is no party; the request's owner is the one refused
                t = doc.tok_at(r.trig_start)
                k = next((j for j in range(t + 1, om.t0) if doc.word(j) in _REQUEST_NOUNS_AR), -1)
                owner = doc.mention_at_tok(k + 1) if k >= 0 else None
                if owner is None or owner.t0 != k + 1 or not self.actor(owner):
                    continue
                self.rels[i] = r = replace(r, object=owner.key, object_mention=owner)
                asked_at.add(k)  # its own REQUEST row names the act's patient
                om = owner
            if om is None or doc.word(om.t0 - 1) not in _REQUEST_NOUNS_AR or om.key == r.subject:
                continue
            self.rels.append(
                replace(
                    r,
                    subject=om.key,
                    object=r.subject,
                    type=RelationType.REQUEST,
                    date=None,
                    topic="refused request",
                    confidence=r.confidence * 0.9,
                    object_mention=None,
                    subject_start=om.start,
                )
            )
        if asked_at:
            self.rels = [
                q
                for q in self.rels
                if not (q.type is RelationType.REQUEST and doc.tok_at(q.trig_start) in asked_at)
            ]

    def _refused_referrals_ar(self) -> None:
        """Arabic: refusing to refer a matter to a body ("رفضت إثيوبيا إحالة الملف إلى مجلس
        الأمن") rejects those who asked that body earlier in the article ("طلبت مصر
        والسودان من مجلس الأمن ..."), not the body; with no such request it stays."""
        doc = self.doc
        for i, r in enumerate(list(self.rels)):
            m = r.object_mention
            if r.type is not RelationType.REJECT or m is None or doc.word(m.t0 - 1) != _TO_AR:
                continue
            t = doc.tok_at(r.trig_start)
            if not t < m.t0 <= t + 8 or not any(
                doc.word(j).lstrip("و") in _REFERRAL_AR for j in range(t + 1, m.t0 - 1)
            ):
                continue
            askers = [
                q
                for q in self.rels
                if q.type is RelationType.REQUEST
                and q.object == r.object
                and q.subject != r.subject
                and q.trig_start < r.trig_start
            ]
            done: set[str] = set()
            for q in askers:
                if q.subject in done:
                    continue
                done.add(q.subject)
                asker = self._subject_mention(q)
                new = replace(r, object=q.subject, object_mention=asker, topic="referral")
                if len(done) == 1:
                    self.rels[i] = new  # the body asked is not the one refused
                else:
                    self.rels.append(new)

    def _next_rounds_ar(self) -> None:
        """Arabic: "الجولة المقبلة"/"القادمة" (the next round) after talks told within the
        three sentences before: the same two sides will meet again (an intended CONSULT,
        dated by its own time words)."""
        doc = self.doc
        if doc.seg is None or _ROUND_AR not in doc.text:
            return  # (a token is a piece of the text: none can be the word)
        n = len(doc.tokens)
        for k in range(n - 1):
            if doc.word(k).lstrip("وفل") != _ROUND_AR or doc.word(k + 1) not in _NEXT_AR:
                continue
            si = doc.seg.index_at(doc.tokens[k].start)
            if not any(r.sent < si and r.type is RelationType.CONSULT for r in self.rels):
                continue
            pair = self._last_meeting_pair(si)
            if pair is None:
                continue
            x, y = pair
            sent = doc.seg.sents[si]
            a, b = doc.tok_range(sent)
            trig = Trigger(RelationType.CONSULT, "sym", (), Modality.INTENDED, 0.6, "talks")
            h: Hit[Trigger] = Hit(k, k + 1, trig, "n", "ال", "")
            self.add(x.key, y, trig, h, si, sent, a, b, 0.85, True, True, x)

    def _release_requests_ar(self) -> None:
        """Arabic: "طالب X بالإفراج عن Y"، "دعا X إلى إطلاق سراح Y": a demand made of
        whoever holds Y, the doer of a detention of Y coded in the article (by its state),
        when the asker is named right after the request verb."""
        doc = self.doc
        holders: dict[str, str] = {}
        for r in self.rels:
            if r.type is RelationType.COERCE and doc.entity_types.get(r.object) == (
                EntityType.PERSON
            ):
                holders.setdefault(r.object, doc.entity_states.get(r.subject) or r.subject)
        if not holders or doc.seg is None:
            return
        n = len(doc.tokens)
        for k in range(n):
            w = doc.word(k).lstrip("وبل").removeprefix("ال")
            if w == _RELEASE_AR:
                first = k + 1
            elif w == _SETTING_FREE_AR and doc.word(k + 1) == _CUSTODY_AR:
                first = k + 2  # "إطلاق سراح"
            else:
                continue
            ments = (doc.mention_at_tok(j) for j in range(first, min(n, first + 5)))
            held = next((m for m in ments if m is not None and m.key in holders), None)
            if held is None:
                continue
            si = doc.seg.index_at(doc.tokens[k].start)
            a, _ = doc.tok_range(doc.seg.sents[si])
            v = next(
                (j for j in range(k - 1, max(a, k - 8) - 1, -1) if doc.word(j) in _ASK_RELEASE_AR),
                -1,
            )
            if v < 0:
                continue
            asker = self._plain_actor_in(v + 1, k)
            holder = holders[held.key]
            if asker is None or holder in (asker.key, doc.entity_states.get(asker.key)):
                continue
            start = min(doc.tokens[v].start, asker.start)
            self.rels.append(
                Rel(
                    asker.key,
                    holder,
                    RelationType.REQUEST,
                    doc.tokens[v].start,
                    doc.tokens[v].end,
                    start,
                    held.end,
                    Modality.ASSERTED,
                    None,
                    "release of prisoners",
                    calibrate(_RELEASE_REQUEST_PRIOR, "ar"),
                    sent=si,
                    subject_start=asker.start,
                )
            )

    def _plain_actor_in(self, lo: int, hi: int) -> Ment | None:
        """The first actor mention starting at a token of ``lo..hi-1`` that is neither an
        adjective nor governed by a preposition: who asks, in "طالبت X بالإفراج عن"."""
        doc = self.doc
        return next(
            (
                m
                for j in range(lo, hi)
                if (m := doc.mention_at_tok(j)) is not None
                and m.t0 == j
                and self.actor(m)
                and not m.adjectival
                and doc.prep_of(m) is None
            ),
            None,
        )

    def _release_cues(self, a: int, b: int) -> list[tuple[int, int]]:
        """The demands for a release in tokens ``a``..``b`` of a sentence, as (token of the
        asking verb, token of the release noun): "demanded the immediate release of",
        "called for their release", "طالبت X بالإفراج الفوري عن"، "دعا إلى إطلاق سراح"."""
        doc = self.doc
        cues: list[tuple[int, int]] = []
        if self.en:
            text = self.text[doc.tokens[a].start : doc.tokens[b - 1].end]
            for m in _ASK_RELEASE_EN.finditer(text.lower()):
                off = doc.tokens[a].start
                cues.append((doc.tok_at(off + m.start()), doc.tok_at(off + m.end() - 1)))
            return cues
        for k in range(a, b):
            w = doc.word(k).lstrip("وبل").removeprefix("ال")
            if not (w == _RELEASE_AR or (w == _SETTING_FREE_AR and doc.word(k + 1) == _CUSTODY_AR)):
                continue
            v = next(
                (j for j in range(k - 1, max(a, k - 8) - 1, -1) if doc.word(j) in _ASK_RELEASE_AR),
                -1,
            )
            if v >= 0:
                cues.append((v, k))
        return cues

    def _unnamed_release_requests(self) -> None:
        """A demand for the release of people or a ship that are no actor ("Kyiv demanded
        the immediate release of the sailors", "طالبت أثينا بالإفراج عن الناقلة وطاقمها")
        is made of the holder: the doer of a detention or seizure told in the same sentence
        after the demand ("... of three workers arrested in Benin") or, else, in the
        sentence or the two before it.  The asker is the demand's subject; nothing is coded
        when the sentence codes a request already or the asker is the holder's side."""
        doc = self.doc
        if doc.seg is None:
            return
        seizures = [r for r in self.rels if r.type is RelationType.COERCE and r.sent >= 0]
        if not seizures:
            return
        asked = {r.sent for r in self.rels if r.type is RelationType.REQUEST}
        for si, sent in enumerate(doc.seg.sents):
            if si in asked:
                continue
            a, b = doc.tok_range(sent)
            if b <= a:
                continue
            for v, k in self._release_cues(a, b):
                after = [r for r in seizures if r.sent == si and r.trig_start > doc.tokens[k].start]
                before = [
                    r
                    for r in seizures
                    if si - _HOLDER_REACH <= r.sent < si
                    or (r.sent == si and r.trig_end <= doc.tokens[v].start)
                ]
                seizure = after[0] if after else (before[-1] if before else None)
                if seizure is None:
                    continue
                if self.en:
                    asker = self.agent_before(v, a, exclude=set())
                else:
                    asker = self._plain_actor_in(v + 1, k)
                if asker is None or not self.actor(asker):
                    continue
                holder = doc.entity_states.get(seizure.subject) or seizure.subject
                sides = {asker.key, doc.entity_states.get(asker.key)}
                if holder in sides or seizure.subject in sides:
                    continue
                self.rels.append(
                    Rel(
                        asker.key,
                        holder,
                        RelationType.REQUEST,
                        doc.tokens[v].start,
                        doc.tokens[v].end,
                        min(doc.tokens[v].start, asker.start),
                        doc.tokens[k].end,
                        Modality.ASSERTED,
                        None,
                        "release of prisoners",
                        calibrate(_RELEASE_REQUEST_PRIOR, "en" if self.en else "ar"),
                        sent=si,
                        subject_start=asker.start,
                    )
                )
                asked.add(si)
                break

    def _genitive_agents_ar(self) -> None:
        """Arabic: a stance noun's genitive followed by "لـ" ("وأكد البيان إدانة الكويت
        للهجوم"، "ترحيب قطر لـ"): the genitive condemns or backs, it is not the one
        condemned by another; such a relation of another subject is dropped -- unless the
        "لـ" phrase gives the reason with a pronoun of it ("إدانة إسرائيل لقتلها")."""
        doc = self.doc
        keep: list[Rel] = []
        for r in self.rels:
            om = r.object_mention
            if (
                r.type in (RelationType.ACCUSE, RelationType.SUPPORT)
                and r.topic != "summoning of envoy"  # ("استدعاء سفير X للاحتجاج": summoned)
                and om is not None
                and not om.adjectival
                and r.subject != om.key
                and om.t0 == doc.tok_at(max(r.trig_start, r.trig_end - 1)) + 1
            ):
                nxt = doc.word(om.t1 + 1)
                if (
                    nxt.startswith("ل")
                    and len(nxt) > 3
                    and doc.mention_at_tok(om.t1 + 1) is None
                    and not nxt.endswith(("ها", "ه", "هم"))
                ):
                    continue
            keep.append(r)
        self.rels = keep

    def _addressed_participles_ar(self) -> None:
        """Arabic: a participle of asking with no addressee after a meeting or call told in
        the same sentence ("أجرى X اتصالا مع نظيره Y، مطالبا بالإفراج عن"): X asks Y's
        state, the one just talked to."""
        doc = self.doc
        if doc.seg is None:
            return
        by_sent: dict[int, list[Rel]] = {}
        asked: set[tuple[int, str]] = set()
        for r in self.rels:
            if r.type is RelationType.CONSULT and not r.object_is_place:
                by_sent.setdefault(r.sent, []).append(r)
            elif r.type is RelationType.REQUEST:
                asked.add((r.sent, r.subject))
        for si, talks in by_sent.items():
            partners = {(doc.entity_states.get(r.object) or r.object) for r in talks}
            om = talks[0].object_mention
            if (
                len(talks) != 1
                or len(partners) != 1
                or om is None
                or (si, talks[0].subject) in asked
            ):
                continue  # one talk, one partner, no request coded yet
            r = talks[0]
            _, b = doc.tok_range(doc.seg.sents[si])
            for k in range(om.t1 + 1, b):
                if doc.word(k) not in _ASK_PARTICIPLES_AR:
                    continue
                gap = self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
                nxt = doc.word(k + 1)
                if "،" not in gap and "," not in gap:
                    break
                if doc.mention_at_tok(k + 1) is not None or not nxt.startswith(("ب", "إلى", "على")):
                    break  # an addressee named, or no content after it
                own = doc.entity_states.get(r.subject) or r.subject
                target = partners.pop()
                friendly = (RelationType.SUPPORT, RelationType.AID, RelationType.COOPERATE)
                if target == own or any(
                    q.sent == si
                    and q.type in friendly
                    and (doc.entity_states.get(q.object) or q.object) == target
                    for q in self.rels
                ):
                    break  # "أكد دعم بلاده لأوكرانيا، مطالبا بالإفراج": not of the friend
                self.rels.append(
                    Rel(
                        r.subject,
                        target,
                        RelationType.REQUEST,
                        doc.tokens[k].start,
                        doc.tokens[k].end,
                        doc.tokens[k].start,
                        doc.tokens[min(b, k + 6) - 1].end,
                        Modality.ASSERTED,
                        r.date,
                        None,
                        calibrate(0.5, "ar"),
                        sent=si,
                        subject_start=r.subject_start,
                    )
                )
                break

    def _passive_relative_arrests_ar(self) -> None:
        """Arabic: an arrest verb in a relative clause on a person with no object of its
        own, a preposition right after it ("صنصال، الذي أوقف لدى وصوله إلى مطار الجزائر"),
        is passive: the person was arrested, by the state named after it, not its doer."""
        doc = self.doc
        types = doc.entity_types
        for i, r in enumerate(self.rels):
            if r.type is not RelationType.COERCE or types.get(r.subject) != EntityType.PERSON:
                continue
            if types.get(r.object) != EntityType.STATE or r.object_mention is None:
                continue
            t = doc.tok_at(r.trig_start)
            if doc.word(t - 1) not in _AR_REL_PRON or doc.word(t + 1) not in AR_PREP_WORDS:
                continue
            subj_m = doc.mention_at_tok(t - 2)
            if subj_m is None or subj_m.key != r.subject:
                continue
            self.rels[i] = replace(
                r,
                subject=r.object,
                object=r.subject,
                object_mention=subj_m,
                subject_start=r.object_mention.start,
            )

    def _owned_forces_ar(self) -> None:
        """Arabic: a state after "ل" that opens a clause owns the forces named after it
        ("للولايات المتحدة نحو 2500 جندي في العراق"، "ولإيران مستشارون عسكريون في سوريا"):
        it is present (PRESENCE) in the state after "في"."""
        doc = self.doc
        if doc.seg is None:
            return
        n = len(doc.tokens)
        fi = _AR("في")
        for m in doc.mentions:
            if m.etype != EntityType.STATE or m.adjectival or doc.prep_of(m) != "ل":
                continue
            si = doc.seg.index_at(m.start)
            a, b = doc.tok_range(doc.seg.sents[si])
            if m.t0 != a and doc.word(m.t0 - 1) not in _OWNED_CLAUSE_AR:
                continue
            j = m.t1 + 1
            while j < min(b, m.t1 + 5) and (
                doc.word(j) in _OWNED_COUNT_AR or doc.word(j)[:1].isdigit()
            ):
                j += 1
            if j >= min(b, n) or doc.word(j) not in _OWNED_FORCES_AR:
                continue
            host = next(
                (
                    y
                    for k in range(j + 1, min(b, j + 5))
                    if (y := doc.mention_at_tok(k)) is not None
                    and y.etype == EntityType.STATE
                    and not y.adjectival
                    and y.key != m.key
                    and doc.prep_of(y) == fi
                ),
                None,
            )
            if host is None:
                continue
            self.rels.append(
                Rel(
                    m.key,
                    host.key,
                    RelationType.PRESENCE,
                    doc.tokens[j].start,
                    doc.tokens[j].end,
                    m.start,
                    host.end,
                    Modality.ASSERTED,
                    None,
                    "military presence",
                    calibrate(0.6, "ar"),
                    object_mention=host,
                    sent=si,
                    subject_start=m.start,
                )
            )

    def _swapped_releases_ar(self) -> None:
        """Arabic prisoner swaps: "أفرج بموجبها عن X الأمريكي مقابل Y الروسي" -- each side
        releases the other's national: X is released by Y's state (the passive verb names
        no releaser, and the announcer is none) and Y by X's state."""
        doc = self.doc
        n = len(doc.tokens)
        states = doc.entity_states
        for i, r in enumerate(list(self.rels)):
            m = r.object_mention
            if r.type is not RelationType.CONCEDE or m is None or m.etype != EntityType.PERSON:
                continue
            k = next((j for j in (m.t1, m.t1 + 1) if j < n and doc.word(j) == _IN_EXCHANGE_AR), -1)
            if k < 0:
                continue
            other: Ment | None = None
            other_state: str | None = None
            for j in range(k + 1, min(n, k + 6)):
                y = doc.mention_at_tok(j)
                if y is None or y.key == m.key:
                    continue
                if y.etype == EntityType.PERSON:
                    other = y
                    other_state = states.get(y.key) or other_state
                    break
                if y.adjectival and y.etype == EntityType.STATE and other_state is None:
                    other_state = y.key  # "مقابل العميل الروسي ...": the other's state
            own_state = states.get(m.key)
            if other_state is None or own_state is None or other_state == own_state:
                continue
            if (states.get(r.subject) or r.subject) != other_state:
                self.rels[i] = r = replace(r, subject=other_state, subject_start=-1)
            if other is not None:
                back = replace(r, subject=own_state, object=other.key, object_mention=other)
                self.rels.append(back)

    def _ar_condemned_nouns(self, hits: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
        """ "وأدان العراق قصف إسرائيل للقنصلية الإيرانية": right after a condemning or
        rejecting verb and its subject, a bare perfect that is also a verbal noun is the
        act condemned, not a verb whose subject is the condemner."""
        ends = {
            h.last
            for h in hits
            if h.cls in ("v", "i") and h.entry.type in (RelationType.ACCUSE, RelationType.REJECT)
        }
        if not ends:
            return hits
        nouns = {h.first for h in hits if h.cls == "n"}
        verbs = {h.first for h in hits if h.cls in ("v", "i")}
        words = self.words

        def governed(t: int) -> bool:
            for end in range(t - 1, max(-1, t - 7), -1):
                if end in ends:
                    return True
                w = words[end] if end < len(words) else ""
                if w in (",", "،", ";", ".", ":") or end in verbs:
                    return False
            return False

        return [
            h
            for h in hits
            if not (
                h.cls == "v"
                and h.first in nouns
                and not h.prefix
                and not h.pron
                and governed(h.first)
            )
        ]

    def _contrast_clauses(self) -> set[int]:
        """Tokens opening a contrasting clause after a comma (", but", "، لكنها", "، غير
        أن"): a new event starts there, so a patient is not looked for past them ("تدعم
        واشنطن أي جهود للتهدئة، لكنها شككت في التزام طهران" supports no Tehran)."""
        doc = self.doc
        words = _BUT_EN if self.en else _BUT_AR
        out: set[int] = set()
        all_words = doc.words
        for j in doc.positions(words | _SUBORDINATORS_EN if self.en else words):
            if j < 1:
                continue
            w = all_words[j]
            if w in words:
                gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
                if "," in gap or "،" in gap or ";" in gap:
                    out.add(j)
            elif self.en and w in _SUBORDINATORS_EN:
                # "vowed to defend its territory after Addis Ababa signed a deal": a
                # subordinate clause with its own subject
                m = doc.mention_at_tok(j + 1)
                if m is not None and m.t0 == j + 1 and not self._possessive(m):
                    out.add(j)
        return out

    def _ar_coordinated_cues(self) -> set[int]:
        """Arabic speech verbs that open a clause coordinated after a comma ("...،
        وتعهد بمحاسبة الحوثيين", "، وأكد أن"): a new act starts there even when no
        statement was read from it, so a patient is not sought past it."""
        doc = self.doc
        out: set[int] = set()
        for h in doc.lexicon_hits.get("cues", []):
            t = h.first
            if h.cls != "v" or not h.prefix.startswith("و") or t <= 0:
                continue
            if "،" in self.text[doc.tokens[t - 1].end : doc.tokens[t].start]:
                out.add(t)
        return out

    def _called_a_pretext(self) -> None:
        """ "Gazprom halted the flows, which Berlin called a pretext", "..., a move that X
        called a provocation": whoever so names the act just coded accuses its agent."""
        doc = self.doc
        if doc.seg is None:
            return
        for r in list(self.rels):
            if r.sent < 0 or r.type in (RelationType.CONSULT, RelationType.SUPPORT):
                continue
            sent = doc.seg.sents[r.sent]
            m = _CALLED_IT_EN.search(self.text, r.ev_end, min(sent.end, r.ev_end + 160))
            if m is None or self.text[r.ev_end : m.start()].count(",") > 1:
                continue
            nxt = self.text[m.end() : m.end() + 40].lower().lstrip(" \"'“‘")
            word = re.split(r"[^a-z]+", nxt, maxsplit=1)[0]
            if word not in _CHARGE_NOUNS_EN:
                continue
            named = [
                x for x in doc.mentions_in(m.start(), m.end()) if self.actor(x) and not x.adjectival
            ]
            if not named:
                continue
            who = named[-1]
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(", "))
            if who.key == r.subject or (doc.entity_states.get(who.key) or who.key) == (
                doc.entity_states.get(r.subject) or r.subject
            ):
                continue
            self.rels.append(
                replace(
                    r,
                    subject=who.key,
                    subject_start=who.start,
                    type=RelationType.ACCUSE,
                    object=r.subject,
                    object_mention=None,
                    object_is_place=False,
                    trig_start=start,
                    trig_end=m.end(),
                    ev_start=start,
                    ev_end=min(sent.end, m.end() + len(word) + 2),
                    modality=Modality.ASSERTED,
                    topic="criticism",
                    confidence=r.confidence * 0.85,
                )
            )

    def _release_requests(self) -> None:
        """ "demanded Pratasevich's immediate release", "called for the release of X": the
        demand is made of whoever holds X, the agent of a detention of X coded in the
        article (by its state), not of X."""
        doc = self.doc
        holders: dict[str, str] = {}
        # a detention coded against the detainee's state ("Iran detained a French
        # tourist": Iran COERCE France) holds that state's people
        state_holders: dict[str, str] = {}
        for r in self.rels:
            if r.type is not RelationType.COERCE:
                continue
            holder = doc.entity_states.get(r.subject) or r.subject
            if doc.entity_types.get(r.object) == EntityType.PERSON:
                holders.setdefault(r.object, holder)
            elif doc.entity_types.get(r.object) == EntityType.STATE and r.modality in (
                Modality.ASSERTED,
                None,
            ):
                state_holders.setdefault(r.object, holder)
                om = r.object_mention
                if om is not None and om.adjectival:
                    # "detained French tourist Lennart Monterlos": the person named after
                    # the nationality is the one held
                    upto = doc.tokens[min(om.t1 + 4, len(doc.tokens) - 1)].end
                    person = next(
                        (
                            n
                            for n in doc.mentions_in(om.end, upto)
                            if doc.entity_types.get(n.key) == EntityType.PERSON
                        ),
                        None,
                    )
                    if person is not None:
                        holders.setdefault(person.key, holder)
        if not holders and not state_holders:
            return
        for i, r in enumerate(self.rels):
            m = r.object_mention
            if r.type is not RelationType.REQUEST or m is None:
                continue
            held_by = holders.get(r.object)
            if (
                held_by is None
                and doc.entity_types.get(r.object) == EntityType.PERSON
                and (own := doc.entity_states.get(r.object)) is not None
            ):
                held_by = state_holders.get(own)
            if held_by is None:
                continue
            near = self.text[max(0, m.start - 16) : m.end + 32].lower()
            if not _RELEASE_EN.search(near):
                continue
            holder = held_by
            if holder in (r.subject, doc.entity_states.get(r.subject)):
                continue
            self.rels[i] = replace(r, object=holder, object_mention=None)

    def _what_called(self) -> None:
        """ "imposed sanctions on Iran over what he called the wrongful detention of
        Americans": a sanction, threat or expulsion justified by a charge accuses its
        patient's side as well."""
        doc = self.doc
        if doc.seg is None:
            return
        for r in list(self.rels):
            if r.type not in _CHARGED_ACTS or r.sent < 0:
                continue
            sent = doc.seg.sents[r.sent]
            m = _WHAT_CALLED_EN.search(self.text, r.trig_end, sent.end)
            if m is None:
                continue
            k = doc.tok_after(r.trig_end)
            if any(j in self.stops for j in range(k, doc.tok_after(m.start()))):
                continue  # another act between the two
            end = next((i for i in range(m.end(), sent.end) if self.text[i] in ".,;:"), sent.end)
            self.rels.append(
                replace(
                    r,
                    type=RelationType.ACCUSE,
                    object=doc.entity_states.get(r.object) or r.object,
                    object_mention=None,
                    object_is_place=False,
                    trig_start=m.start(),
                    trig_end=m.end(),
                    ev_start=m.start(),
                    ev_end=end,
                    modality=Modality.ASSERTED,
                    topic="criticism",
                    confidence=r.confidence * 0.9,
                )
            )

    def _joined_in(self) -> None:
        """English "X (and Y) joined Z in condemning W": whoever joined acts too, as a
        co-subject of Z's act (co-signers of a statement, partners in sanctions)."""
        doc = self.doc
        for r in list(self.rels):
            if r.subject_start < 0:
                continue
            m = doc.mention_at_tok(doc.tok_at(r.subject_start))
            if m is None:
                continue
            k = m.t0 - 1 if doc.word(m.t0 - 1) != "the" else m.t0 - 2
            if (
                doc.word(k) not in _JOINED_EN
                or doc.word(m.t1 + 1) != "in"
                or doc.tok_at(r.trig_start) - m.t1 > 8
            ):
                continue
            sent = doc.seg.sents[r.sent] if doc.seg is not None and r.sent >= 0 else None
            t_min = doc.tok_after(sent.start) if sent is not None else max(0, k - 12)
            joiner = self.agent_before(k, t_min, exclude={r.subject, r.object})
            if joiner is None:
                continue
            for g in self._group(joiner, r.sent):
                if g.key in (r.subject, r.object) or not self.actor(g):
                    continue
                self.rels.append(replace(r, subject=g.key, subject_start=g.start))

    def _discussed_goods(self, t: int) -> bool:
        """ "discussed gas supplies with", "talks on arms deliveries": the aid word at ``t``
        is the object of a word of discussing up to three words before it, with no "and",
        actor or punctuation between."""
        doc = self.doc
        for j in range(t - 1, max(0, t - 4) - 1, -1):
            w = doc.word(j)
            if w in _DISCUSSED_EN:
                return not any(
                    c in self.text[doc.tokens[j].end : doc.tokens[t].start] for c in ".,;:"
                )
            if w in ("and", "or", "but") or doc.mention_at_tok(j) is not None:
                return False
        return False
