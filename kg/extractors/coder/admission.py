"""The relation coder's rules on the checks a coded relation passes.

It codes the checks a coded relation passes before it is kept (:meth:`Admission.add`): whether
its arguments may stand (abstract targets, owners, places for states), its modality and
date, and the confidence factors, and the record of the relation.

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extractors.coder.authors import Authors
from kg.extractors.coder.meetings import _DURING_IT_AR
from kg.extractors.coder.relation import Rel
from kg.extractors.coder.stances import _evaluation
from kg.extractors.coder.words import (
    _ABSTRACT_AR,
    _ABSTRACT_EN,
    _ADVERBS_EN,
    _ANNOUNCED_EN,
    _ANSWER_TYPES,
    _AR,
    _AT_TARGET,
    _AUX_EN,
    _BACKER_PHRASE_AR,
    _BORDER_EN,
    _COMPASS_EN,
    _CONVEYED_TO_HIM_AR,
    _EN_DETERMINERS,
    _ENVOY_HEADS_EN,
    _ENVOY_TOPICS_AR,
    _FEAR_WORDS,
    _FOR_CONSULTATION_AR,
    _GOAL_PREPS,
    _HARM_ACTS_AR,
    _HOSTED_FORCES_AR,
    _HOSTED_FORCES_EN,
    _HOSTED_PEOPLE_AR,
    _HYP_EN,
    _INVITED_TO_AR,
    _LIFT_EN,
    _MADE_UP,
    _MATERIAL_ACTS,
    _MET_GOALS_EN,
    _NAMED_ACT_EN,
    _NEG_AR,
    _NEG_EN,
    _NEG_GOV_AR,
    _OUTLET_FREE_TYPES,
    _OWN_ENVOY_AR,
    _OWN_ENVOY_FORMS_AR,
    _OWN_STATE_OK,
    _OWNER_PARTICIPLES_EN,
    _PACT_KEPT_AR,
    _PACT_KEPT_EN,
    _PERSONNEL_EN,
    _PLACE_TYPES,
    _PROPOSALS_EN,
    _PUNCT_BREAK,
    _PUNCT_CLAUSE,
    _QUIT_AR,
    _QUIT_EN,
    _RECEIVED_AID_EN,
    _RECEIVED_AR,
    _REQUEST_MADE_EN,
    _REQUEST_NOUNS_EN,
    _SINCE,
    _SPEECH_TYPES,
    _THAT_AR,
    _TIES_TOPIC,
    _TO_EVENTS_EN,
    _TO_INTENT_EN,
    _VERBAL_ATTACK_AR,
    _ar_envoy_key,
    _plural_head,
)
from kg.extractors.dates import ago_since
from kg.extractors.doc import AR_PREP_WORDS, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.native import trait
from kg.extractors.sentences import Span
from kg.extractors.triggers import Trigger
from kg.models import EntityType, Modality, RelationType

__all__ = ["Admission"]


_TALK_TOPICS_AR = frozenset({"talks", "negotiations", "dialogue"})
"""Topics of Arabic nouns of talks: readiness to hold them voices support, no talks held."""


@trait
class Admission(Authors):
    """The coder's rules on the checks a coded relation passes."""

    def _abstract_target(self, m: Ment) -> bool:
        """The patient is an abstraction of the actor (its sovereignty, unity, territorial
        integrity, security, dignity): "attack on X's sovereignty", "اعتداء على سيادة X"."""
        doc = self.doc
        if self.en:
            owner = doc.word(m.t1).endswith(("'s", "’s")) or doc.word(m.t1 + 1) == "'s"
            after = {doc.word(m.t1 + 1), doc.word(m.t1 + 2)}
            return owner and not after.isdisjoint(_ABSTRACT_EN)
        return doc.word(m.t0 - 1) in _ABSTRACT_AR or doc.word(m.t0 - 2) in _ABSTRACT_AR

    def _owner_adjective(self, m: Ment) -> bool:
        """English: the patient is a nationality adjective or state name compounded with an
        ownership participle ("a Greek-owned tanker", "a Japanese-operated ship", "a
        Bahamas-managed carrier"): it says whose the ship or firm is, not which state was
        acted on.  The flag state ("British-flagged") stays the object."""
        after = self.text[m.end : m.end + 14].lower()
        if not after.startswith(("-", "‐", "‑")):
            return False
        word = after[1:].split(None, 1)[0] if after[1:].strip() else ""
        return word.rstrip(",;.") in _OWNER_PARTICIPLES_EN

    def _refused_harm(self, h: Hit[Trigger], obj_m: Ment) -> str | None:
        """ "رفض قطر لأي اعتداء على السيادة العراقية", "رفضهما لأي عدوان على ليبيا": an actor
        named after a harmful act that a refusal governs is the act's victim, not what is
        refused ("victim"); its author named as an adjective right after it ("رفضت مصر
        الاعتداء التركي") is accused of it ("author", as "أدانت الاعتداء")."""
        doc = self.doc
        for j in range(h.last + 1, obj_m.t0):
            w = doc.word(j)
            if w[:1] in "وف" and len(w) > 3:
                w = w[1:]
            if w.startswith("لل") and len(w) > 4:
                w = w[2:]
            elif w[:1] in "لب" and len(w) > 3:
                w = w[1:]
            definite = w.startswith("ال") and len(w) > 4
            if definite:
                w = w[2:]
            if w not in _HARM_ACTS_AR:
                continue
            # an adjective agrees in definiteness ("الاعتداء التركي"); "تهجير الفلسطينيين"
            # is a genitive
            adj = doc.word(obj_m.t0).startswith("ال") == definite
            # (no adjective carries a preposition: "رفضها لأي تهجير للفلسطينيين" names
            # the victims)
            clitic = self.text[doc.tokens[obj_m.t0].start : obj_m.start].lstrip("وف")
            adj = adj and not clitic
            # "التدخل العسكري التركي"، "أي تدخل عسكري تركي": one adjective of the same
            # definiteness may come first
            k = j + 1
            if (
                obj_m.t0 == j + 2
                and doc.mention_at_tok(k) is None
                and doc.word(k).startswith("ال") == definite
                and doc.word(k) not in AR_PREP_WORDS
                and doc.word(k)[:1] not in "وفبل"
                and not self.text[doc.tokens[j].end : doc.tokens[k].start].strip()
                and not self.text[doc.tokens[k].end : doc.tokens[k + 1].start].strip()
            ):
                k += 1
            return "author" if obj_m.adjectival and obj_m.t0 == k and adj else "victim"
        return None

    def _feared(self, h: Hit[Trigger], a: int, subj: str, subj_m: Ment | None) -> bool:
        """ "Analysts fear that Iran could retaliate against Israel", "وتخشى كييف أن تنضم
        بيلاروس": an act whose actor is named inside what someone else fears is no act
        told."""
        doc = self.doc
        lo = max(a, h.first - 10)
        for f in range(h.first - 1, lo - 1, -1):
            if not _PUNCT_BREAK.isdisjoint(self.text[doc.tokens[f].end : doc.tokens[f + 1].start]):
                return False  # "feared X would strike, and Israel bombed": another clause
            w = doc.word(f)
            if not self.en and w[:1] in "وف" and len(w) > 3:
                w = w[1:]
            if w not in _FEAR_WORDS:
                continue
            nxt = [doc.word(j) for j in range(f + 1, min(f + 3, h.first))]
            that = "that" in nxt[:1] or (
                doc.mention_at_tok(f + 1) is not None
                and any(doc.word(j) in _HYP_EN for j in range(f + 2, h.first))
            )  # "fear Iran could retaliate"
            if not (that if self.en else any(x in _THAT_AR for x in nxt)):
                return False  # "worried about the US deployment": an act told
            if subj_m is not None:
                return f < subj_m.t0 < h.first or f < subj_m.t0 < h.last + 4
            return any(
                m.key == subj for m in doc.mentions_in(doc.tokens[f].end, doc.tokens[h.first].start)
            )
        return False

    def _caller_during(
        self, h: Hit[Trigger], si: int, subj: str, subj_m: Ment | None
    ) -> Ment | None:
        """Arabic: the caller when an act is told as done "خلاله" (during the call) right
        after "تلقى X اتصالا من Y" in this sentence and was coded for the receiver X
        ("تلقى X اتصالا هاتفيا من Y، أكد خلاله دعم بلاده لـZ", "أعرب خلاله عن"): the
        call's caller Y does it."""
        doc = self.doc
        during = next(
            (
                k
                for k in range(h.last, max(0, h.first - 6), -1)
                if doc.word(k).removeprefix("و") in _DURING_IT_AR
            ),
            None,
        )
        if during is None or during == h.first:
            return None
        for r in reversed(self.rels):
            if r.sent != si:
                if r.sent < si:
                    break
                continue
            if r.type is not RelationType.CONSULT or r.trig_start >= doc.tokens[during].start:
                continue
            t = doc.tok_after(r.trig_start)
            if not doc.word(t).removeprefix("و").startswith(_RECEIVED_AR):
                return None
            if r.subject != subj or r.object_mention is None or r.object_is_place:
                return None
            if any(
                m.key == subj and self.actor(m)
                for m in doc.mentions_in(r.object_mention.end, doc.tokens[h.first].start)
            ) or (subj_m is not None and subj_m.t0 > r.object_mention.t1):
                return None  # "وأكد الرئيس المصري خلاله": named again, he said it
            return r.object_mention
        return None

    def _target_prep(self, m: Ment) -> str | None:
        """The preposition of a mention, looking past a compass adjective ("at northern
        Israel", "on southern Lebanon")."""
        doc = self.doc
        prep = doc.prep_of(m)
        if prep is None and self.en and doc.word(m.t0 - 1) in _COMPASS_EN:
            w = doc.word(m.t0 - 2)
            if w in ("the", "a") or w in _AT_TARGET:
                w = w if w in _AT_TARGET else doc.word(m.t0 - 3)
            return w if w in _AT_TARGET else None
        return prep

    def _answering_subject(self, m: Ment) -> int:
        """English: ``m`` opens a reduced relative on a request or proposal in apposition
        (", an appeal Abadi has so far rebuffed", ", a demand the Kurds rejected", ", an
        offer Kyiv turned down"), or its second half (", a demand Seoul made and Tokyo
        opposed"): the token of the verb that answers it, else -1."""
        doc = self.doc
        maker = self._request_maker(m)
        k = (maker or m).t0 - 1
        if not (doc.word(k) in _REQUEST_NOUNS_EN or doc.word(k) in _PROPOSALS_EN):
            return -1
        if doc.word(k - 1) in ("the", "a", "an"):
            k -= 1
        if k < 1 or "," not in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]:
            return -1
        j = m.t1 + 1
        while j < min(len(doc.tokens), m.t1 + 5) and (
            doc.word(j) in _AUX_EN or doc.word(j) in _ADVERBS_EN or doc.word(j) in ("so", "far")
        ):
            j += 1
        return j if self._verb_types.get(j) in _ANSWER_TYPES else -1

    def _request_maker(self, m: Ment) -> Ment | None:
        """English: ``m`` opens the second half of a coordinated reduced relative on a
        request or proposal (", a demand Seoul made and Tokyo opposed", ", a plan Cairo put
        forward and Addis Ababa rejected"): the actor who made it, named in the first half
        before a verb of making (``relations.request_made_en``); else None."""
        doc = self.doc
        if doc.word(m.t0 - 1) != "and":
            return None
        v = m.t0 - 2
        if doc.word(v) == "forward":
            v -= 1  # ("put forward")
        if doc.word(v) not in _REQUEST_MADE_EN:
            return None
        k = v - 1
        while k > m.t0 - 6 and (doc.word(k) in _AUX_EN or doc.word(k) in _ADVERBS_EN):
            k -= 1
        maker = doc.mention_at_tok(k)
        if maker is None or maker.t1 != k or maker.adjectival or not self.actor(maker):
            return None
        if maker.key == m.key:
            return None
        return maker

    def _evidence_factor(
        self, subj: str, obj_m: Ment, subj_m: Ment | None, h: Hit[Trigger], trig_start: int
    ) -> float:
        """How much the way the arguments were found lowers the odds of a right relation:
        a headline (terse, often a claim the body qualifies), actors the extractor made up
        from descriptions (their names match gold names less often), a subject far from
        the trigger, an object that is only an adjective."""
        f = 1.0
        if trig_start < self.doc.title_end:
            f *= 0.85
        if subj.startswith(_MADE_UP) or obj_m.key.startswith(_MADE_UP):
            f *= 0.9
        if subj_m is not None and max(h.first - subj_m.t1, subj_m.t0 - h.last) > 6:
            f *= 0.9
        if obj_m.adjectival:
            f *= 0.9
        return f

    def _capital_counts(self, rtype: RelationType) -> bool:
        """A capital stands for its state as the patient of a visit (CONSULT) and, in
        English, of what is sent or handed over to it ("sent weapons to Kyiv", "handed over
        prisoners to Moscow") or withheld from it ("suspended aid to Niamey")."""
        return (
            rtype is RelationType.CONSULT
            or (self.en and rtype in (RelationType.CONCEDE, RelationType.SANCTION))
            or rtype is RelationType.AID  # (Arabic too: "سلمت برلين منظومات إلى كييف")
            # "has a military base in Mogadishu", "قاعدة عسكرية في جيبوتي": the host state
            or rtype is RelationType.PRESENCE
        )

    def _capital_patient(self, trig: Trigger) -> bool:
        """:meth:`_capital_counts`, and English criticism aimed "at", "to" or "with" a
        capital ("lashed out at Washington", "protested to Beijing", "lodged a protest with
        Tokyo"): its government."""
        return (
            self._capital_counts(trig.type)
            or (
                self.en
                and trig.type is RelationType.ACCUSE
                and bool(trig.preps)
                and set(trig.preps) <= {"at", "to", "with"}
            )
            or (
                # "appealed to Moscow for help", "called on Kyiv to ...": a request addressed
                # to a capital goes to its government
                self.en
                and trig.type is RelationType.REQUEST
                and bool(trig.preps)
                and set(trig.preps) <= {"to", "on", "upon", "with", "from"}
            )
            # "استدعت تونس سفيرها في باريس": where the envoy serves, its government;
            # so too where an envoy is sent back to or a mission downgraded ("أعادت سفيرها
            # إلى طهران", "خفضت تمثيلها لدى باريس")
            or (not self.en and trig.topic in _ENVOY_TOPICS_AR)
        )

    def _ar_quit_before(self, t: int) -> bool:
        """An Arabic word of leaving, suspending or cancelling a pact within four words
        before its noun at ``t`` ("انسحابها من"، "تعليق مشاركتها في"، "ألغت")."""
        doc = self.doc
        for j in range(t - 1, max(0, t - 5) - 1, -1):
            gap = self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
            if any(c in gap for c in ".,;:،؛"):
                return False
            w = doc.word(j)
            w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            if w in _QUIT_AR or w.removeprefix("ال") in _QUIT_AR:
                return True
            if j in self.stops:
                return False  # another verb: "وقعت أرمينيا وأذربيجان اتفاق سلام"
        return False

    def _pact_kept_before(self, t: int) -> bool:
        """A word of keeping or honouring a pact within four words before its noun at
        ``t`` ("committed to its peace treaty with", "adhere to the deal", "ملتزم
        بمعاهدة السلام مع", "التزامها باتفاق"), no punctuation between."""
        doc = self.doc
        kept = _PACT_KEPT_EN if self.en else _PACT_KEPT_AR
        for j in range(t - 1, max(0, t - 4) - 1, -1):
            gap = self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
            if any(c in gap for c in ".,;:،؛"):
                return False
            w = doc.word(j)
            if not self.en:
                w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            if w in kept:
                return True
            if j in self.stops:
                return False
        return False

    def _quit_before(self, t: int, a: int) -> int | None:
        """The English verb of leaving a pact within six words before its noun ("withdrew
        from the", "pulled out of the 2015", "quit the", "walked away from"), if any."""
        doc = self.doc
        for j in range(t - 1, max(a, t - 7) - 1, -1):
            w = doc.word(j)
            if w in _QUIT_EN or (w in ("out", "away") and doc.word(j + 1) in ("of", "from")):
                return j
            if j in self.stops or w in _PUNCT_CLAUSE:
                return None
        return None

    def _invited_to_act(self, trig: Trigger, h: Hit[Trigger], obj_m: Ment) -> bool:
        """English: "invite(d) X to" + a verb ("invited the agency to verify", "invites
        Iran to join"): the patient right after the trigger is asked to act, no meeting."""
        doc = self.doc
        if trig.type is not RelationType.CONSULT or not doc.word(h.first).startswith("invit"):
            return False
        if obj_m.t0 != h.last + 1 and not (
            obj_m.t0 == h.last + 2 and doc.word(h.last + 1) == "the"
        ):
            return False
        j = obj_m.t1 + 1
        if doc.word(j) != "to" or doc.mention_at_tok(j + 1) is not None:
            return False
        w = doc.tokens[j + 1].text if j + 1 < len(doc.tokens) else ""
        return w.isalpha() and w.islower() and w not in _EN_DETERMINERS and w not in _TO_EVENTS_EN

    def _posted_abroad(self, trig: Trigger, h: Hit[Trigger], subj: str, obj_m: Ment) -> bool:
        """English: a deployment of troops, police or other personnel whose place is another
        state itself, after "in", "into" or "to" ("deployed troops in Congo", "the deployment
        of Kenyan police to Haiti": the analysed sets' gold codes them PRESENCE), not a
        border, a frontier or an area near it ("deployed troops near the border with X"
        stays a show of force, as do bombers or warships sent)."""
        doc = self.doc
        if trig.type is not RelationType.MOBILIZE or not doc.word(h.first).startswith(
            ("deploy", "sent", "send")
        ):
            return False
        if not any(doc.word(j) in _PERSONNEL_EN for j in range(h.first, obj_m.t0)):
            return False  # ("sent two bombers to Venezuela": a show of force)
        p = obj_m.t0 - 1
        if doc.word(p) in _COMPASS_EN:
            p -= 1  # "in eastern Congo"
        if obj_m.etype != EntityType.STATE or doc.word(p) not in ("in", "into", "to"):
            return False
        own = (
            subj if doc.entity_types.get(subj) == EntityType.STATE else doc.entity_states.get(subj)
        )
        if own is None or own == obj_m.key:
            return False
        return not any(
            doc.word(j) in _BORDER_EN or doc.word(j) in ("near", "along", "towards", "toward")
            for j in range(h.last + 1, obj_m.t0)
        )

    def add(
        self,
        subj: str,
        obj_m: Ment,
        trig_in: Trigger,
        h: Hit[Trigger],
        si: int,
        sent: Span,
        a: int,
        b: int,
        factor: float,
        nominal: bool,
        by_prep: bool,
        subj_m: Ment | None = None,
    ) -> None:
        doc = self.doc
        trig = trig_in
        readiness = False
        if (
            self.en
            and obj_m.t0 > h.last
            and self._answering_subject(obj_m) >= 0
            and (
                trig.type is not RelationType.REQUEST
                or any(
                    r.sent == si and r.subject == subj and r.type is RelationType.REQUEST
                    for r in self.rels
                )
            )
        ):
            # "called on Mogadishu to start talks, an appeal X has so far rebuffed": X
            # answers the appeal, no patient of the acts before ("demanded the release of
            # prisoners, a demand Israel turned down": the one asked, when no one else is)
            return
        if not self.en and (caller := self._caller_during(h, si, subj, subj_m)) is not None:
            # "تلقى X اتصالا من Y، أكد خلاله دعم بلاده لـZ": Y said it
            if caller.key == obj_m.key:
                return
            subj, subj_m = caller.key, caller
        if not self.en and trig.type is RelationType.REJECT:
            harm = self._refused_harm(h, obj_m)
            if harm == "victim":
                return
            if harm == "author":
                trig = replace(trig, type=RelationType.ACCUSE)
        if (
            self.en
            and trig.type is RelationType.SANCTION
            and not self._lifting
            and self._pronoun_relative(h)
            and any(doc.word(j) in _LIFT_EN for j in range(max(a, h.first - 3), h.first))
        ):
            # "will lift the export controls it imposed on X": the lifting too
            lift = replace(trig, type=RelationType.CONCEDE, topic=f"lifting {trig.topic}")
            self._lifting = True
            try:
                self.add(subj, obj_m, lift, h, si, sent, a, b, factor, nominal, by_prep, subj_m)
            finally:
                self._lifting = False
        if (
            self.en
            and trig.type is RelationType.CONSULT
            and doc.word(h.first).startswith("host")
            and any(doc.word(k) in _HOSTED_FORCES_EN for k in range(obj_m.t0, obj_m.t1 + 4))
        ):
            # "Qatar, which hosts the largest US base", "will host American troops": no
            # meeting; the forces' owner is present in the host
            if subj_m is not None and subj_m.key == subj and self.actor(subj_m):
                subj, subj_m, obj_m = obj_m.key, obj_m, subj_m
                trig = replace(trig, type=RelationType.PRESENCE, topic="military base")
                by_prep = True
            else:
                return self._reject(h)
        if (
            self.en
            and trig.type is RelationType.CONSULT
            and doc.word(h.first).startswith("receiv")
            and obj_m.t0 > h.last
            and doc.word(obj_m.t1 + 1) in _RECEIVED_AID_EN
        ):
            # "Guatemala would receive U.S. help": goods, no guest; the giver aids it
            if subj_m is None or subj_m.key != subj or not self.actor(subj_m):
                return self._reject(h)
            subj, subj_m, obj_m = obj_m.key, obj_m, subj_m
            trig = replace(trig, type=RelationType.AID, topic="aid")
            by_prep = True
        if (
            not self.en
            and trig.type is RelationType.CONSULT
            and "ستقب" in doc.word(h.first)  # (استقبل، يستقبل، استقبال)
            and any(
                m is not None and doc.word(m.t0).removeprefix("و") in _HOSTED_FORCES_AR
                for m in (subj_m, obj_m)
            )
        ):
            # "الموافقة على استقبال قوات أمريكية على أراضيها": troops, no guests
            return self._reject(h)
        if (
            not self.en
            and trig.type is RelationType.CONSULT
            and (
                "ستقب" in doc.word(h.first)
                or "ستضاف" in doc.word(h.first)
                or "ستضيف" in doc.word(h.first)
            )
            and any(
                doc.word(j).removeprefix("و").removeprefix("من") in _HOSTED_PEOPLE_AR
                or doc.word(j).removeprefix("و") in _HOSTED_PEOPLE_AR
                for j in range(h.last + 1, min(obj_m.t0 + 1, h.last + 8))
            )
        ):
            # "ويستضيف الأردن مئات الآلاف من اللاجئين السوريين": refugees, no guests
            return self._reject(h)
        if (
            not self.en
            and trig.type is RelationType.SUPPORT
            and "عن" in trig.preps
            and obj_m.t0 > h.last
            and any(
                x.entry.type is RelationType.CONSULT
                and h.last < x.first < obj_m.t0
                and doc.word(x.first - 1) == "عن"
                for x in doc.lexicon_hits.get("relations") or []
            )
        ):
            # "دافعت مسقط عن استقبال رئيس الوزراء الإسرائيلي": the visit defended, no
            # backing of the guest
            return self._reject(h)
        if not self.en and self._news_agency(subj):
            # "بيان لوزارة الخارجية، نقلته وكالة الأنباء ...، وما وصفه بـ": the agency only
            # relays; the act is the statement's author's
            author = self._relayed_author(subj, h, si)
            if author is not None:
                subj, subj_m = author, None
        if self._news_agency(subj):
            return  # an outlet reports acts, it does not do them ("MANILA (Reuters) - It urged")
        if (
            trig.type == RelationType.COOPERATE
            or (not self.en and trig.topic == "restoring diplomatic ties")
            # ("طهران مستعدة لمواصلة الحوار مع الكويت": readiness to talk, no talks held)
            or (
                not self.en
                and trig.type is RelationType.CONSULT
                and trig.topic in _TALK_TOPICS_AR
                and h.cls == "n"
            )
        ) and self._readiness_before(
            h.first, a, intent=not self.en and trig.type is not RelationType.CONSULT
        ):
            # ("باكو مستعدة لتطبيع العلاقات مع أرمينيا": readiness, no agreement yet)
            readiness = True
            # "voice readiness to cooperate" is SUPPORT (GUIDELINES)
            trig = Trigger(
                RelationType.SUPPORT, trig.frame, trig.preps, trig.modality, trig.prior, trig.topic
            )
        if trig.topic == _TIES_TOPIC and not readiness:
            # "بحث الجانبان تعزيز العلاقات": talk of ties, no act; readiness is SUPPORT
            return self._reject(h)
        if (
            not self.en
            and subj_m is not None
            and subj_m.key != obj_m.key
            and subj_m.t1 < obj_m.t0
            and self._in_by_phrase_ar(subj_m.t1, obj_m.t0)
        ):
            # "تم احتجاز مواطنة فرنسية من قبل السلطات الإيرانية": the actor after "من قبل"
            # acts on the one before it
            subj, subj_m, obj_m = obj_m.key, obj_m, subj_m
        if (
            not self.en
            and trig.frame != "rqby"
            and obj_m.t0 > h.last
            and any(
                doc.word(j) in _BACKER_PHRASE_AR and doc.word(j + 1) == "من"
                for j in range(h.last + 1, obj_m.t0 - 1)
            )
        ):
            # "ترفضه طهران بدعم من موسكو وبكين": the backers after "بدعم من" back the
            # clause's act (the rqby rule), they are not its patient
            return self._reject(h)
        if (
            not self.en
            and trig.type is RelationType.ACCUSE
            and obj_m.t0 > h.first
            and any(_CONVEYED_TO_HIM_AR.match(doc.word(k)) for k in (h.first - 1, h.first))
            and (subj_m is None or subj_m.t1 < h.first)
            and (owner := doc.mention_at_tok(h.last + 1)) is not None
            and owner.key != subj
        ):
            # "استدعت X السفير Y لإبلاغه احتجاج Z": the envoy before is told Z's protest,
            # he is no accuser (the summons codes the act)
            return self._reject(h)
        if (
            not self.en
            and trig.type is RelationType.SANCTION
            and obj_m.etype is EntityType.ORGANIZATION
            and _AR(doc.word(obj_m.t0)).lstrip("وفبل").removeprefix("ال").startswith("سفار")
        ):
            # "تخفيض عدد الدبلوماسيين العاملين في السفارة الإيرانية": a mission cut or shut
            # sanctions the state it serves
            obj_m = self._as_state(obj_m)
        if (
            not self.en
            and trig.type is RelationType.REQUEST
            and obj_m.t0 > h.last
            and (
                doc.word(obj_m.t1 + 1) in _INVITED_TO_AR
                or (
                    doc.word(obj_m.t1 + 1) in (_AR("إلى"), _AR("الى"))
                    and doc.word(obj_m.t1 + 2) in _INVITED_TO_AR
                )
            )
        ):
            # "دعت الرئيس سعيد إلى المشاركة في المؤتمر"، "وجه دعوة للرئيس لزيارة القاهرة":
            # an invitation (GUIDELINES: CONSULT), not a demand
            trig = replace(trig, type=RelationType.CONSULT, topic="invitation")
        if (
            not self.en
            and trig.topic == "summoning of envoy"
            and nominal
            and subj_m is not None
            and subj_m.t0 == h.last + 1
            and subj_m.etype is EntityType.PERSON
        ):
            # "واستدعاء السفير الإثيوبي": the envoy after the noun is the one summoned,
            # never the summoner ("استدعاء عمّان سفيرها": a state summons)
            return self._reject(h)
        if (
            not self.en
            and trig.topic == "summoning of envoy"
            and obj_m.etype is EntityType.PERSON
            and (
                (
                    doc.entity_states.get(obj_m.key) is not None
                    and doc.entity_states.get(obj_m.key) == (doc.entity_states.get(subj) or subj)
                )
                or any(
                    doc.word(j) == _FOR_CONSULTATION_AR for j in range(obj_m.t1 + 1, obj_m.t1 + 4)
                )
            )
        ):
            # "استدعاء سفير دولة الكويت لدى الجمهورية اللبنانية", "استدعت سفيرة المملكة
            # لدى ألمانيا للتشاور": one's own envoy summoned home is a recall (SANCTION) of
            # the state he serves in
            host = self._envoy_host(obj_m, b)
            if host is None:
                return
            obj_m = host
            trig = replace(trig, type=RelationType.SANCTION, topic="recall of ambassador")
        if (
            self.en
            and trig.type is RelationType.SUPPORT
            and h.cls == "n"
            and doc.word(h.first - 1) == "in"
            and any(
                self._verb_types.get(j) in _MATERIAL_ACTS
                for j in range(max(0, h.first - 14), h.first)
            )
        ):
            # "deploying troops in eastern Congo in support of the M23 rebels": material help
            trig = replace(trig, type=RelationType.AID, topic="military support")
        if (
            self.en
            and trig.type is RelationType.CONSULT
            and h.cls in ("v", "x")
            and doc.word(h.first).startswith(("meet", "met"))
            and any(doc.word(j) in _MET_GOALS_EN for j in range(h.last + 1, obj_m.t1 + 4))
        ):
            return self._reject(h)  # "refused to meet Chile's demands": no meeting
        if (
            self.en
            and trig.type is RelationType.THREATEN
            and h.cls == "n"
            and (
                doc.word(h.first - 2) in ("as", "of")
                or any(
                    doc.word(j) in _evaluation("en")[0] for j in range(max(a, h.first - 6), h.first)
                )
            )
        ):
            # "called the vote a threat to its sovereignty": a charge, not a threat
            return self._reject(h)
        if trig.type is RelationType.ASSAULT and (si, subj) in self.victims:
            return  # the side whose soldiers were killed is not the attacker here
        if trig.type is RelationType.ASSAULT and self._abstract_target(obj_m):
            # "an attack on Somalia's sovereignty", "اعتداء على سيادة الصومال": a charge
            return self._reject(h)
        if self.en and self._owner_adjective(obj_m):
            return  # "seized a Japanese-operated ship": the firm or ship, not its flag state
        if trig.type in _OUTLET_FREE_TYPES and self._news_agency(obj_m.key):
            return  # "welcomed it in remarks carried by the X agency": the outlet only reports
        if self.en and nominal and trig.type in (RelationType.ASSAULT, RelationType.COERCE):
            start = doc.tokens[h.first].start
            named = _NAMED_ACT_EN.search(self.text, max(0, start - 60), start)
            if named is not None and (subj_m is None or subj_m.start < named.end("verb")):
                # "denounced what it called an assault on democracy in X": no doer
                return self._reject(h)
        if obj_m.t0 in self.members or (subj_m is not None and subj_m.t0 in self.members):
            return  # "a committee comprising X and Y to talk with Z": X, Y are no parties
        if (
            not self.en
            and nominal
            and trig.type in (RelationType.ASSAULT, RelationType.COERCE)
            and "ل" in h.prefix
            and not (subj_m is not None and subj_m.t0 > h.last)
            and any(k in self._stance_nouns for k in range(max(0, h.first - 5), h.first))
        ):
            # "إدانتها للهجمات على X", "إدانة واشنطن للهجوم": the condemner attacks no one
            return self._reject(h)
        obj = obj_m.key
        if (
            (obj.startswith("Unnamed:") and _plural_head(obj))
            or (not self.en and trig.type is RelationType.SANCTION and _ar_envoy_key(obj))
        ) and doc.entity_states.get(obj):
            # (Arabic: "طردت البحرين السفير اللبناني", one unnamed envoy expelled: his state)
            # "expelled 45 Russian diplomats": a group named by nationality stands for its
            # state
            obj = doc.entity_states.get(obj) or obj
        elif (
            self.en
            and trig.type is RelationType.SANCTION
            and obj_m.etype is EntityType.PERSON
            and obj_m.text.rsplit(None, 1)[-1].lower() in _ENVOY_HEADS_EN
            and doc.entity_states.get(obj)
        ):
            # "expelled the Cambodian envoy": an unnamed diplomat sanctioned stands for
            # the state that sent him (a summoned envoy stays the person summoned)
            obj = doc.entity_states.get(obj) or obj
        elif (
            self.en
            and trig.type in (RelationType.ACCUSE, RelationType.AID)
            and (men_state := self._state_of_men(obj_m))
        ):
            # "accused Tajik forces of shelling", "trains Somali troops": the men of a state
            # named by its adjective, blamed or helped, stand for the state (as "45 Russian
            # diplomats"); "the Bolivian military" stays; in a clash or a deployment they
            # stay the state's armed forces
            obj = men_state
        capital = self._capital_patient(trig) and self._capital_state(obj_m)
        if capital:
            obj = capital  # "visited Damascus": the state whose seat it is
        elif self.en and trig.type is RelationType.AID and (aided := self._aid_place_state(obj_m)):
            obj = aided  # "sent aid to Gaza": the state of the place it goes to
        elif (
            not self.en
            and trig.type is RelationType.ASSAULT
            and doc.entity_types.get(subj) != EntityType.PERSON
        ):
            # "استهدفت إسرائيل مطار حلب"، "هجمات أوكرانية على غروزني": the struck place's state
            obj = self._struck_place_state(obj_m) or obj
        elif (
            self.en
            and trig.type is RelationType.ASSAULT
            and obj_m.etype is EntityType.PLACE
            and doc.prep_of(obj_m) in (None, "on", "against", "at")
            and (place_state := doc.entity_states.get(obj))
            and place_state != (doc.entity_states.get(subj) or subj)
            and doc.entity_types.get(place_state) == EntityType.STATE
        ):
            # "Russian drones struck Kharkiv", "strikes on Kandahar": the state the city is
            # in is the one attacked (not a place inside the attacker's own state)
            obj = place_state
        elif (
            trig.type is RelationType.PRESENCE
            and obj_m.etype is EntityType.PLACE
            and doc.entity_states.get(obj)
            and doc.entity_states.get(obj) != (doc.entity_states.get(subj) or subj)
        ):
            # "keeps an air base at Hmeimim", "منشأة بحرية في ميناء طرطوس": forces are
            # stationed in the state the town or port belongs to
            obj = doc.entity_states.get(obj) or obj
        if obj == subj:
            return
        if (
            nominal
            and not self.en
            and obj_m.adjectival
            and obj_m.t0 == h.last + 1
            and not (self._adj_heads and self._headed_adjective(obj_m))
        ):
            return  # "الاحتلال الإسرائيلي": the adjective after a verbal noun is its agent
        if (
            not self.en
            and trig.type is RelationType.CONSULT
            and trig.topic == "envoy"
            and h.first == h.last
            and _AR("رسل") in doc.word(h.first)
            and not self._ar_envoy_sent(h.last + 1, obj_m.t0, subj)
        ):
            # "أرسلت الإمارات فريقا للإنقاذ إلى تركيا": what the bare verb sends is a team
            # or goods, no envoy or message: no contact
            return self._reject(h)
        if (
            not self.en
            and trig.type is RelationType.MOBILIZE
            and self._ar_relief_sent(h.last + 1, obj_m.t0)
        ):
            # "أرسلت السعودية طائرات إغاثة إلى اليمن": planes or ships of relief are aid,
            # not a show of force
            trig = Trigger(RelationType.AID, "svo", trig.preps, trig.modality, trig.prior, "aid")
        if trig.topic == "summoning of envoy" and any(
            doc.word(j) in _OWN_ENVOY_AR or _OWN_ENVOY_FORMS_AR.fullmatch(doc.word(j))
            for j in range(h.last + 1, obj_m.t0)
        ):
            # "استدعت الجزائر سفيرها لدى فرنسا": recalling one's own ambassador
            trig = Trigger(
                RelationType.SANCTION, "svo", trig.preps, trig.modality, trig.prior,
                "recall of ambassador",
            )  # fmt: skip
        if (
            trig.type == RelationType.MOBILIZE
            and trig.frame == "loc"
            and obj_m.etype != EntityType.PLACE
            and obj_m.kind != "metonym"
            and self._target_prep(obj_m) in _AT_TARGET
            and not (
                # "massed troops on the Ukrainian border", "on Ukraine's border": a border
                # is where, not a target
                self.en
                and _BORDER_EN.intersection((doc.word(obj_m.t1 + 1), doc.word(obj_m.t1 + 2)))
            )
        ):
            # "fired missiles at Israel": a launch at an actor is an attack
            trig = Trigger(
                RelationType.ASSAULT, trig.frame, trig.preps, trig.modality, trig.prior, trig.topic
            )
        if trig.type == RelationType.MOBILIZE and self._at_request(obj_m.t1 + 1, b):
            # "sent troops to Kazakhstan at the request of its government"
            trig = replace(trig, type=RelationType.PRESENCE, topic="military presence")
        if trig.type is RelationType.CONSULT and self._news_agency(obj_m.key):
            # "أبلغ الوزير وكالة رويترز": talking to the press is no contact of states
            return self._reject(h)
        if (
            not self.en
            and trig.type is RelationType.ASSAULT
            and _VERBAL_ATTACK_AR.match(doc.word(h.first))
            and doc.entity_types.get(subj) == EntityType.PERSON
        ):
            # "هاجم الرئيس تبون فرنسا": a man attacks in words -- criticism
            trig = replace(trig, type=RelationType.ACCUSE, topic="criticism")
        if trig.type is RelationType.RETREAT and doc.prep_of(obj_m) in _GOAL_PREPS:
            return  # "غادر الرئيس إلى جزر المالديف": where one goes is not the place left
        if (
            self.en
            and trig.type is RelationType.FLEE
            and (obj_m.t0 == h.last + 1 or doc.entity_types.get(subj) == EntityType.STATE)
        ):
            # "fled Belarus in 2019": the place left, not where one fled to; a state
            # flees nowhere ("fled Belarus and lives in exile in ...": its object)
            return
        if (
            trig.type is RelationType.RETREAT
            and trig.topic == "withdrawal"
            and obj_m.etype == EntityType.ORGANIZATION
            and doc.entity_states.get(obj) is None
            and doc.entity_types.get(subj) == EntityType.STATE
        ):
            # "أعلنت مالي انسحابها من إيكواس", "withdrew from the bloc": a state leaving an
            # international body downgrades its ties (SANCTION), it moves no forces
            trig = replace(trig, type=RelationType.SANCTION, topic="withdrawal from organisation")
        if (
            trig.type in (RelationType.AGREE, RelationType.COOPERATE)
            and h.cls in ("n", "x")
            and self._pact_kept_before(h.first)
        ):
            # "Jordan remains committed to its peace treaty with Israel", "الأردن ملتزم
            # بمعاهدة السلام مع إسرائيل": keeping an existing pact is no new agreement
            return
        if (
            self.en
            and trig.type in (RelationType.AGREE, RelationType.COOPERATE)
            and h.cls in ("n", "x")
            and (quit_at := self._quit_before(h.first, a)) is not None
            and (subj_m is None or subj_m.t1 < quit_at)
        ):
            # "withdrew from the nuclear deal with Iran", "quit the treaty with Russia":
            # leaving a pact downgrades ties with the other party (SANCTION, as leaving a
            # body does), no agreement
            trig = replace(trig, type=RelationType.SANCTION, topic="withdrawal from agreement")
        if (
            not self.en
            and trig.type in (RelationType.AGREE, RelationType.COOPERATE)
            and h.cls in ("n", "x")
            and self._ar_quit_before(h.first)
        ):
            # "أعلنت مالي انسحابها من اتفاق السلام مع الجزائر"، "تعليق مشاركتها في الاتفاق":
            # leaving or suspending a pact downgrades ties with the other party
            trig = replace(trig, type=RelationType.SANCTION, topic="withdrawal from agreement")
        if (
            not self.en
            and trig.type is RelationType.MOBILIZE
            and trig.topic == "military exercises"
            and doc.prep_of(obj_m) == _AR("مع")
            and obj_m.etype != EntityType.PLACE
        ):
            # "أجرت كوريا الجنوبية مناورات مع الولايات المتحدة": a partner in the drill
            trig = replace(trig, type=RelationType.COOPERATE)
        if self.en and self._invited_to_act(trig, h, obj_m):
            # "invited the OPCW to verify its analysis": an invitation to act is a request
            # (to come to a summit or a capital it stays a meeting)
            trig = replace(trig, type=RelationType.REQUEST, topic="invitation")
        if self.en and self._posted_abroad(trig, h, subj, obj_m):
            # "deployed thousands of troops in eastern Congo", "sent troops to Mozambique":
            # forces posted inside another state are a presence there, no show of force
            trig = replace(trig, type=RelationType.PRESENCE, topic="troops abroad")
        if self.en and self._drill_partner(trig, h, obj_m):
            # "held joint drills with the United States", "China and Russia held joint
            # drills": a partner in the exercise cooperates; where it is held stays MOBILIZE
            trig = replace(trig, type=RelationType.COOPERATE)
        if trig.type not in _OWN_STATE_OK and (
            doc.entity_states.get(subj) == obj or doc.entity_states.get(obj) == subj
        ):
            return  # Putin -> Russia, Russia -> Putin
        trig_start = doc.tokens[h.first].start
        trig_end = doc.tokens[h.last].end
        ev_start = min(trig_start, subj_m.start if subj_m is not None else trig_start, obj_m.start)
        ev_end = max(trig_end, obj_m.end, subj_m.end if subj_m is not None else trig_end)
        ev_start = max(ev_start, sent.start)
        ev_end = min(ev_end, sent.end)
        if self._counterfactual(h, a):
            # "لولا ... لاندلعت حرب", "would have gone to war": it did not happen
            return self._reject(h)
        if self._feared(h, a, subj, subj_m):
            return self._reject(h)
        modality = self.modality(h, a, b, nominal)
        if self._made_accusation:
            modality = Modality.ASSERTED  # "نفت X الاتهامات": the accusation was made
        if readiness and modality == Modality.INTENDED:
            modality = Modality.ASSERTED
        if trig.topic == "supply deal" and modality == Modality.INTENDED:
            modality = Modality.ASSERTED  # "agreed to supply X with gas": the deal is made
        if (
            self.en
            and trig.topic == "withdrawal from agreement"
            and modality == Modality.NEGATED
            and (quit_at := self._quit_before(h.first, a)) is not None
            and not any(
                self.doc.word(j) in _NEG_EN or self.doc.word(j).endswith("n't")
                for j in range(max(a, quit_at - 4), quit_at)
            )
        ):
            # "Russia scrapped cooperation agreements with Japan": leaving the pact is the
            # act, asserted ("did not scrap" stays negated)
            modality = Modality.ASSERTED
        if (
            not self.en
            and trig.topic == "withdrawal from agreement"
            and modality == Modality.NEGATED
            and not any(
                w in _NEG_AR
                or w[1:] in _NEG_AR
                or (
                    (w in _NEG_GOV_AR or w[1:] in _NEG_GOV_AR)
                    and not (w in _QUIT_AR or w[1:] in _QUIT_AR)
                )
                for w in self._span_words(max(a, h.first - 5), h.first)
            )
        ):
            # "النيجر تلغي اتفاق التعاون مع": the cancelling verb is the act, not a negation
            # of the pact ("رفضت إلغاء الاتفاق" stays negated)
            modality = Modality.ASSERTED
        clause = doc.seg.clause_at(trig_start) if doc.seg else None
        stmt = self.stmt_at(trig_start)
        t = None
        content_date = False
        lo, hi = sent.start, sent.end
        if stmt is not None and doc.tokens[h.first].start > stmt.start:
            # a reported event: only the time the content itself gives
            lo, hi = max(stmt.start, sent.start), min(stmt.end, sent.end)
            content_date = True
        c_lo = max(lo, clause.start) if clause is not None else lo
        c_hi = min(hi, clause.end) if clause is not None else hi
        # the time inside the evidence, else one before the trigger in its clause,
        # else one soon after the evidence (not "since ..."), else earlier in the sentence
        verbal = not nominal
        t = self._time_near(trig_start, max(lo, ev_start), min(hi, ev_end), trig_start, verbal)
        if t is None:
            t = self._time_near(trig_start, c_lo, trig_start, trig_start)
        if t is None:
            t = self._fronted_time(lo, trig_start, h.first)
        if t is None:
            t = self._time_near(ev_end, ev_end, min(c_hi, ev_end + 60), trig_start, verbal)
            if (
                t is not None
                and self.text[t.start : t.start + 6].lower().startswith(_SINCE)
                and not ago_since(self.text, t.start)
                and not self._since_right_after(t, ev_end)
            ):
                t = None
        if t is None:
            # "They last met in Bali, Indonesia, in November 2022": past a place phrase in
            # the same sentence, when no other act comes in between
            reach = 100 if self.en else 90  # "greeted X on the tarmac at Y late on Thursday"
            t = self._time_near(ev_end, ev_end, min(hi, ev_end + reach), trig_start, verbal)
            # Arabic past 60 characters: only within one unbroken clause
            far_gap = self.text[ev_end : t.start] if t is not None else ""
            far_split = not self.en and len(far_gap) > 60 and "،" in far_gap
            if t is not None and (
                (
                    self.text[t.start : t.start + 6].lower().startswith(_SINCE)
                    and not ago_since(self.text, t.start)
                )
                or any(
                    j in self.stops for j in range(doc.tok_after(ev_end), doc.tok_after(t.start))
                )
                or any(c in self.text[ev_end : t.start] for c in ".;:؛")
                or far_split
                or self._consequence_between(ev_end, t.start)
            ):
                t = None
        if t is None and not self.en:
            t = self._source_clause_time(ev_end, hi)
        if t is None:
            t = self._time_near(trig_start, lo, trig_start, trig_start)
            if t is not None and self._contrast_between(t.end, trig_start):
                t = None  # "a deal signed in 2000 awarded it the town, but Ethiopia refused"
            if t is not None and self._in_relative_clause(t, lo):
                t = None  # "المحادثات، التي أفضت إلى اتفاق ... في 2020، وأكد دعم": that clause's
        if (
            (self._lifting or (self.en and trig.topic == "lifting restrictions"))
            and t is not None
            and t.start > trig_start
        ):
            # "will lift the controls it imposed in 2019", "lifted restrictions ... that
            # Congress imposed in 1992": that year dates the imposing
            t = self._time_near(trig_start, lo, trig_start, trig_start)
        if (
            t is not None
            and t.end <= trig_start
            and self._after_phrase(t)
            and self._after_scope(t, trig_start)
        ):
            # "seven months after Erdogan travelled to Cairo in February": the event the
            # phrase introduces keeps the time told right after it
            own = self._time_near(ev_end, ev_end, min(c_hi, ev_end + 60), trig_start, verbal)
            if (
                own is not None
                and own.value is not None
                and not any(c in self.text[ev_end : own.start] for c in ".,;:،؛")
            ):
                t = own
        if t is not None and t.end <= trig_start and self._conjunct_between(t.end, trig_start):
            # "condemned the strikes on Friday and spoke with him the next morning": the
            # second act's own time, told after it, is its time
            own = self._time_near(ev_end, ev_end, min(c_hi, ev_end + 60), trig_start, verbal)
            if (
                own is not None
                and own.value is not None
                and not any(c in self.text[ev_end : own.start] for c in ".,;:،؛")
            ):
                t = own
        if t is not None and t.end <= trig_start and self._other_time_clause(t.end, trig_start, lo):
            t = None  # "expelled the envoy on Saturday after he accused Malaysia": not then
        if modality == Modality.INTENDED and t is not None and t.end <= trig_start:
            # "met Li in Jakarta last September and is expected to visit Beijing later this
            # year": a plan takes the time ahead told after it, not a past one before it
            ahead = self._time_near(ev_end, ev_end, min(c_hi, ev_end + 60), trig_start, verbal)
            if self._past(t) and ahead is not None and ahead.value and not self._past(ahead):
                t = ahead
        if (
            t is not None
            and t.start > trig_start
            and trig.type in _SPEECH_TYPES  # words said about an act, not deeds
            and self._attributive_time(t)
        ):
            t = None  # "blamed each other for the September 2022 fighting": the fighting's
        if (
            t is not None
            and t.start > trig_start
            and trig.type in _SPEECH_TYPES
            and self._gerund_act_between(trig_start, t.start)
            and not self._news_day(t)
        ):
            # "accused the TPLF of firing rockets in November": the firing's ("accused
            # China of violating its sovereignty on Tuesday": the news day, the accusing's)
            t = None
        if t is not None and t.end <= trig_start and self._condition_between(t.end, trig_start):
            t = None  # "threatened on Thursday to cut gas if the EU imposed sanctions"
        if t is not None and self._deadline(t, trig_start):
            t = None  # "gave Jammeh until Friday to leave": when the ultimatum runs out
        if t is not None and self._dateline(t):
            t = None  # "MALE, Jan 15 (AFP) - The Maldives has asked": when filed, not done
        date = t.value if t is not None else None
        if (
            self.en
            and modality == Modality.INTENDED
            and t is not None
            and date is not None
            and (stmt is None or t.start >= stmt.start)
            and (
                t.start > trig_start
                or not any(
                    w in _TO_INTENT_EN or w in _ANNOUNCED_EN
                    for w in self._span_words(doc.tok_after(t.end), h.first)
                )
            )
        ):
            # ("said on Monday it would", "announced on Monday a plan to": that Monday)
            date = self._coming_weekday(t, date)
        if t is not None and date is not None and self._since(t):
            if not self._when_clause(t, trig_start):  # "since June 2020, when ... clashed"
                date = self._since_date(date, t, ev_end)
        if t is None or t.start < trig_start:
            # "قال علييف، الأحد، إن الطائرة التي تحطمت الأربعاء الماضي ...، مطالباً موسكو":
            # the speaker's participle goes with the saying, not with an earlier clause
            date = self._participle_of_saying(h, subj, si) or date
        if date is None and content_date and stmt is not None and modality == Modality.INTENDED:
            date = stmt.date  # announced now: the date of the announcement
        if (
            date is None
            and content_date
            and stmt is not None
            and self.en
            and modality == Modality.NEGATED
            and doc.word(stmt.cue_tok) in _TO_INTENT_EN
        ):
            date = stmt.date  # "pledged on Thursday not to use force": the pledge's date
        if (
            date is None
            and content_date
            and stmt is not None
            and self.en
            and modality == Modality.ASSERTED
            and (
                any(doc.word(j) in ("has", "have") for j in range(h.first - 3, h.first))
                or self._said_now(h)
                or self._backshifted_own_act(h, stmt.speaker, subj, stmt)
                or (subj == stmt.speaker and doc.word(h.first - 1) == "and")
            )
        ):
            # "X has halted trade, the ministry said on Thursday": just done; "New Delhi on
            # Tuesday dismissed the claims and summoned the envoy": the speaker's own next
            # act, read into a content span that runs on
            date = stmt.date
        if (
            date is None
            and content_date
            and stmt is not None
            and not self.en
            and modality == Modality.ASSERTED
            and (
                self._announced_own_act_ar(h, stmt, subj)
                or self._expressed_stance_ar(h, stmt, subj)
                or self._said_now_ar(h, stmt, subj)
            )
        ):
            # "أعلن الجيش أمس أنه نفذ ضربة", "أعرب مساء أمس عن تضامنه مع قطر": done as it
            # is said
            date = stmt.date
        if (
            t is None
            and date is None
            and doc.published is not None
            and trig_start < doc.title_end
            and modality == Modality.ASSERTED
        ):
            date = doc.published.isoformat()  # a headline reports the day's news
        topic = trig.topic
        factor *= self._evidence_factor(subj, obj_m, subj_m, h, trig_start)
        place = not capital and (
            obj_m.etype == EntityType.PLACE
            or (trig.type in _PLACE_TYPES and obj_m.kind == "metonym")
        )
        # what the text anchors is surer: an event placed in time, an actor (not a
        # place) as patient, an assertion rather than a denial
        if date is None:
            factor *= 0.9
        if obj_m.etype == EntityType.PLACE:
            factor *= 0.85
        if modality == Modality.NEGATED:
            factor *= 0.8
        self.rels.append(
            Rel(
                subj,
                obj,
                trig.type,
                trig_start,
                trig_end,
                ev_start,
                ev_end,
                modality,
                date,
                topic,
                trig.prior * factor,
                object_is_place=place,
                object_mention=obj_m,
                sent=si,
                subject_start=subj_m.start if subj_m is not None else -1,
            )
        )
        _ = by_prep
