"""Relations between actors, coded from trigger lexicons (CAMEO/PLOVER style).

For every trigger of ``lexicons/<lang>_relations.tsv`` found in a sentence the
coder fills the row's argument *frame* from the linked mentions nearest the
trigger:

* ``svo`` -- the agent is the subject: after an Arabic verb (VSO), before it
  (SVO, and always in English), a pronoun, or, for a subject-less
  "وأضاف"/"وندد", the subject carried over from the previous sentence; the
  patient is the first actor after the trigger (after the agent), preferably
  one introduced by the row's prepositions;
* ``nom`` -- a verbal noun: the agent is its genitive ("دعم القاهرة لـ",
  "زيارة X إلى Y", "الدعم الروسي"), a possessive or adjective before it
  ("Russia's support", "Russian support", "UAE military backing"), ``من X``
  ("رسالة من X إلى Y"), or, when the noun carries a pronoun suffix ("دعمه"),
  the subject of its clause or the speaker of the statement it is in;
* ``sym`` -- symmetric acts: "بين X و Y" / "between X and Y", two adjectives
  ("المفاوضات الروسية الأوكرانية"), or agent plus a patient after مع/with/و/and;
* ``spk`` -- speech acts (condemn, praise, urge, reject...): the agent is the
  speaker of the statement whose cue is the trigger, else as ``svo``;
* ``loc`` -- motion or presence: the patient may be a place ("fled to
  Moscow").

Inside a statement an agent that cannot be found is the speaker (first person
in a quote); a verb right after "أنه"/"بأنه"/"إنها" has the speaker as its
subject ("قال بوتين إنه سيلتقي ترامب": the name after the verb is then the
object), and an office speaks for its person ("أفاد مكتب نتنياهو بأنه تحدث").
An English verb coordinated with the previous trigger shares its subject ("X
blocked and used water cannon on Y"); a subject after a clause-opening
"after"/"before"/"when" still counts; a gerund after "of" has none
("allegations of arming X").

Further rules: a launch "at"/"on" an actor is an ASSAULT rather than a MOBILIZE
into a sea; summoning one's own ambassador ("استدعت الجزائر سفيرها لدى فرنسا")
is a recall (SANCTION); a telling cue whose content says something must be
done is a REQUEST to the addressee ("X told Y that he should ...", "أبلغه بأن
... يجب"; ``lexicons/implied.tsv``); counterfactuals ("لولا ... لاندلعت حرب",
"would have attacked") are dropped.  One relation is kept per event: the same
actors, type, topic and date found again are merged, an undated mention next to
a dated one of the same act (within two sentences) takes that date, and
repeated pairs that remain lose some confidence.

Whom an act involves is read from the frame around the trigger (issue #3): actors listed
as the members of something described ("the operation, which involved X, Y and Z", "لجنة
تضم X وY") are no parties; the receiver before "في مقدمة مستقبلي Y" and the host of a
ceremony ("في مراسم استضافها X", "a ceremony hosted by X") meet the guest or each
signatory; one who "took part in" / "شارك في" a meeting "with the ministers of X, Y" meets
each state; "X told Y in a phone call" / "أكد X لY خلال اتصال" is a CONSULT of X and Y; a
signatory "for the other side" ("فيما وقّعه عن الجانب ... Y") AGREEs with the first; a
circumstantial participle with "إياها" ("متهمة إياها") shares the coordinated subjects
and the object of the act before it; a "سموه"/"سيادته" subject is the dignitary
introduced with that title; "بطلب من X" / "at the request of X" is X's REQUEST to the
clause subject; rejecting or backing "a resolution drafted by X" is aimed at X; soldiers
"killed in clashes with Y" are Y's victims; a plural group named by nationality ("45
Russian diplomats") stands for its state; downed weapons of a state ("shot down Russian
drones") are that state's attack; "accused X of carrying out the strike" reports X's
attack; suspending or cutting talks is a SANCTION, not a CONSULT; a passive without its
agent ("was asked whether") and a trigger inside an organisation's name ("Gulf
Cooperation Council") code nothing; "warned that X was ..." is an accusation; ordering a
state's staff "to leave the country" is its expulsion; calling "the remark" wrong
evaluates the latest speaker of another side.

English constructions (issue #3): each of coordinated speakers acts ("Brazil and Colombia
condemned ..."); "called on both countries" / "the two sides" as patient are the article's
main pair of states (else the pair last named); "accused each other" acts both ways;
condemning "the launch" accuses the one who fired, "the decision"/"the move" the subject of
the last main act; "welcomed X to/at Y" is hosting; mediators ("talks brokered by X")
meet each party; "called for a ceasefire between X and Y" is a request to each, no
agreement; "After talks with X, Y said" pairs X with the main subject; "he and Xi agreed"
pairs the man named before; a participial adjunct (", calling on Serbia to ...") acts for
the main clause's subject; "spoke with X and urged an end to ..." addresses X; "threatened
to cut supplies to X" is a THREATEN; "rejected a Turkish request" is also Turkey's
REQUEST; a name opening the next clause (", and Poland said"), a modifier before a
hyphenated participle ("EU-facilitated") or a city naming a pact ("the Paris agreement")
is no patient; an undated retelling of a dated act is dropped.

English, round 2 (issue #3): a partner in joint drills ("with Japan", "China and Russia held
joint drills") COOPERATEs, while the place or state the drills are held in or near stays a
MOBILIZE of each side; "ordered X to <act>" is a REQUEST to X (not "ordered strikes", nor
"ordered X's diplomats to leave", the expulsion frame); withdrawing from, quitting or
pulling out of a pact "with X" is a SANCTION of X, not an AGREE; "declared X persona non
grata" sanctions X, the verb's subject acting; a passive agent ("granted asylum by X") acts
on the subject before a relative clause; "X and the Y" is coordinated, and a name after
"and" that a verb follows opens a new clause (no patient, and its own speaker); a second
verb of a speaker after a long object shares the speaker; "along its border with X" makes X
where troops go (not the other side of a clash); "would not order its army to" negates the
act; "agreed to A and to B" makes B intended; a vow to retaliate or "reserved the right to
respond" with no patient is aimed at whoever attacked the speaker's side (or whose attack it
condemned); "condemned it" after an act aims at its author; a pronoun that a verb follows
("the export controls it imposed") is a relative clause's subject, no patient; a verb after
"and" inside a "that" clause ("demanded that Russia stop ... and withdraw") is not the
main subject's; a gerund after "by" ("broke with tradition by travelling to Turkey") has
the main clause's subject (or its pronoun), never the object before it; a missile landing
in "waters west of X" / "off X" is aimed at X; "condemned the raid" far from the raid
reaches back to the act the article opened with; "travelled to X" visits X. "X and Y
pledged not to threaten or use force against each other": each verb of the coordination
acts both ways, and the mutual pledge itself is an (asserted) AGREE. A noun's agent may
follow its object after "by" ("the expulsion of Iran's envoy by Albania"); "the raid drew
condemnation" names no one who condemns, "the attack drew condemnation from France" is
France's accusation of the attacker; a pronoun opening a sentence ("It also summoned
...", "It ordered X's diplomats to leave") continues the previous sentence's subject.
"Tariffs on imports from X" are on X; a capital stands for its state when weapons, aid or
prisoners are sent or handed over to it; "its territory" / "its airspace" after an act in
a statement is the speaker's state ("Poland said Russian drones had entered its airspace");
blocking another side's aid, bid, membership or resolution is a REJECT, not a blockade.

Modality comes from markers before the trigger (and, for nouns, the verb after
it): negation (لم، لن، لا، not, never, denied), intention
(سوف، سـ، يعتزم، استعداد، will, plans to, ready to), hypothesis (قد، إذا، لو,
if, could, might).  The date is the resolved time expression of the clause or
sentence nearest the trigger; a "since"/"منذ" time gives only the year when it
is the publication year ("منذ مايو الماضي، عقدت 3 جولات"), keeps its value
right after the act ("detained since March 2023") and is dropped for a state of
affairs further on; an undated act in the headline is dated on publication.
An undated act told in the story of a dated one takes its date (the mixin
:class:`kg.extractors.event_dates.EventDates`). Stances and evaluations told in
speech ("called the move an escalation", "قال إن الخطوة تشكل انتهاكا") are coded by the
mixin :class:`kg.extractors.stances.Stances`; the parties of meetings, visits, calls,
delegations and mediation (hosts, guests, mediators) are found by the mixin
:class:`kg.extractors.meetings.Meetings`.

Confidence is the row prior times factors for how the arguments were found,
then mapped through the calibration table ``lexicons/calibration.tsv`` (see
:mod:`kg.extractors.calibrate`).

The coder itself is :class:`_Coder` below (``run``: the passes over a document; ``code``:
one trigger); its rules are the traits of :mod:`kg.extractors.coder`, one module per family
(the actors around a trigger, subjects, pronouns, pairs, verbal nouns, modality, dates,
particular constructions, the frame of a trigger, the checks of ``add``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from kg.extractors.coder.authors import Authors
from kg.extractors.coder.relation import Rel, calibrate, relation_matcher
from kg.extractors.coder.words import (
    _ABSTRACT_AR,
    _ABSTRACT_EN,
    _ACCUSED_AR,
    _ADDRESSED_EN,
    _ADVERBS_EN,
    _AFTER_TOLD_ACT_EN,
    _AFTERMATH_AR,
    _AGREED_ACTS,
    _ALSO_AR,
    _AN,
    _AND,
    _ANNOUNCED_EN,
    _ANSWER_TYPES,
    _ANY_AFTER_PREP_AR,
    _ANY_AR,
    _ANY_PARTY,
    _ANYONE,
    _AR,
    _AR_HONORIFIC_PRON,
    _AR_REL_PRON,
    _ASK_PARTICIPLES_AR,
    _ASK_RELEASE_AR,
    _ASK_RELEASE_EN,
    _ASKED_ACTS_AR,
    _AT_TARGET,
    _ATTACK_BARE_AR,
    _ATTACK_NOUNS,
    _ATTACK_NOUNS_AR,
    _AUX_EN,
    _BACKING_NOUNS_EN,
    _BE_EN,
    _BETWEEN,
    _BETWEEN_THEM_AR,
    _BLAME_EN,
    _BLAME_TAIL_AR,
    _BLOCKED_EN,
    _BORDER_AR,
    _BORDER_EN,
    _BREACH_NOUNS_EN,
    _BUT_AR,
    _BUT_EN,
    _BUT_PRON_AR,
    _CALL_FOR_EN,
    _CALLED_IT_EN,
    _CHARGE_NOUNS_EN,
    _CHARGED_ACTS,
    _COMMODITIES_EN,
    _COMPASS_EN,
    _CONDEMN_REACH_AR,
    _CONDEMN_REACH_EN,
    _CONTENT_LIGHT_EN,
    _CONTENT_PREPS_AR,
    _CONTRAST_AR,
    _COORD_GAPS,
    _CULPABLE_EN,
    _CUSTODY_AR,
    _DAY_PARTS_AR,
    _DECISION_NOUNS_EN,
    _DECLARE_AR,
    _DECLARE_MASDARS_AR,
    _DENY_ADVERBS_AR,
    _DENY_AR,
    _DISCUSSED_EN,
    _DOCUMENT_NOUNS,
    _DOER_VERBS_AR,
    _DRAFTED_AR,
    _DRAFTED_EN,
    _DREW_EN,
    _DRILL_TOPIC,
    _DUAL_HEADS_ALL_AR,
    _DUAL_OFFICIALS_AR,
    _EMBARGO_WORDS,
    _EN_DETERMINERS,
    _EN_IRREGULAR_PAST,
    _EN_OBJ_PRON,
    _EN_PRON,
    _ENVOY_HEADS_EN,
    _ENVOY_TOPICS_AR,
    _EVENT_PREPS,
    _EXPELLED_PEOPLE_EN,
    _EXPRESS_EN,
    _FEAR_WORDS,
    _FLAG_AR,
    _FOR_CONSULTATION_AR,
    _FORCE_NOUNS_EN,
    _FORCES_AR,
    _FROM_AR,
    _GERUND_PREPS_EN,
    _GOAL_PREPS,
    _GOODS_AR,
    _GOODS_EN,
    _GROUP_VERB_ENDS_AR,
    _HANDING_AR,
    _HARM_ACTS_AR,
    _HARMS,
    _HEADING_AR,
    _HOLDER_REACH,
    _HONORIFIC_TITLE,
    _HONOUR_AR,
    _HOST_RULERS_EN,
    _HOSTED_FORCES_AR,
    _HOSTED_FORCES_EN,
    _HOSTILE_DEEDS_AR,
    _HYP_EN,
    _IMPOSED_AR,
    _IN_EXCHANGE_AR,
    _INTERCEPT_TOPICS,
    _ISSUED_AR,
    _ISSUED_DOCS_AR,
    _IYYA,
    _JOINED_EN,
    _JOINT_AR,
    _KILLED_VERBS_AR,
    _LEAVE_EN,
    _LED_AR,
    _LEFT_NOT_FROM_EN,
    _LIFT_EN,
    _LIGHT_PARTICIPLES_EN,
    _LIGHT_VERBS_AR,
    _LIVELIHOOD_AR,
    _MADE_UP,
    _MASCULINE_STATES_AR,
    _MATERIAL_ACTS,
    _MEDIATED,
    _MEDIATED_BY_AR,
    _MEETING_GAP_AR,
    _MEMBERS_AR,
    _MEMBERS_EN,
    _MEMBERS_EN_ALL,
    _MEMBERS_EN_BARE,
    _MET_GOALS_EN,
    _MIN,
    _MONITORS_AR,
    _MONTHS_EN,
    _MUTUAL_DUAL_TYPES,
    _NAMED_ACT_EN,
    _NEAR_AR,
    _NEEDY_AR,
    _NEG_AR,
    _NEG_EN,
    _NEG_GOV_AR,
    _NEXT_AR,
    _NO_LOCATIVE,
    _NON_FORCE_EN,
    _NOT_AR,
    _NOUN_PREPS_EN,
    _OBSTRUCT_AR,
    _OFFICE_WORDS_AR,
    _OFFICIALS_AR,
    _ORDER_MASDARS_AR,
    _ORDER_VERBS,
    _OUTLET_FREE_TYPES,
    _OWN_CLAUSE_EN,
    _OWN_ENVOY_AR,
    _OWN_ENVOY_FORMS_AR,
    _OWN_STATE_OK,
    _OWN_TARGETS_AR,
    _OWN_TARGETS_EN,
    _OWNED_CLAUSE_AR,
    _OWNED_COUNT_AR,
    _OWNED_FORCES_AR,
    _OWNER_PARTICIPLES_EN,
    _PACT_HEADS_AR,
    _PACT_KEPT_AR,
    _PACT_KEPT_EN,
    _PACT_NOUNS_EN,
    _PACT_TYPES_AR,
    _PATIENT_GENITIVE,
    _PAY_AR,
    _PERMIT,
    _PHONED_EN,
    _PLACE_TYPES,
    _PNG_TOPIC,
    _PREP_HIM_AR,
    _PRON_COMPS_AR,
    _PROPOSALS_AR,
    _PROPOSALS_EN,
    _PROPOSALS_INDEF_AR,
    _PROPOSE_WORDS,
    _PUNCT_BREAK,
    _PUNCT_CLAUSE,
    _PUNCT_CONJ,
    _PUNCT_EVAL,
    _QUANTITY_NOUNS_EN,
    _QUIT_AR,
    _QUIT_EN,
    _READY_EN,
    _RECALL_AR,
    _RECEIVE_AR,
    _RECEIVED_AID_EN,
    _RECEIVED_AR,
    _RECEIVED_TYPES_AR,
    _REFERRAL_AR,
    _REFUSAL_NOUNS_EN,
    _REFUSE_AR,
    _REFUSE_EN,
    _REL_OBJ_SUFFIXES_AR,
    _RELATIVE_WORDS_AR,
    _RELEASE_AR,
    _RELEASE_EN,
    _RELEASE_REQUEST_PRIOR,
    _RENEWAL_AR,
    _REQUEST_NOUNS_AR,
    _REQUEST_NOUNS_EN,
    _REQUEST_PREPS_AR,
    _REQUESTED_TYPES,
    _RESUMPTIVE_AR,
    _ROUND_AR,
    _RULED_OUT_EN,
    _SETTING_FREE_AR,
    _SHARED_AFTER_MEETING_EN,
    _SIDES_AR,
    _SINCE,
    _SOURCE_MARKERS,
    _SPEECH_TYPES,
    _SPONSORED_AR,
    _STATE_DEEDS,
    _STATE_OF_AFFAIRS_EN,
    _STOP_ACTS_AR,
    _STRIKE_NOUNS_EN,
    _SUBCLAUSE,
    _SUBORDINATORS_EN,
    _SUFFERED_AR,
    _SUMMON_AR,
    _SUPPLY_DEAL_EN,
    _SUSPENDABLE,
    _TARGET_NOUNS_AR,
    _TARGETING,
    _THAT_AR,
    _THIS_AR,
    _TIES_TOPIC,
    _TIME_CONJ_AR,
    _TIME_CONJ_ONE_AR,
    _TIME_OVER_EN,
    _TO_AR,
    _TO_INTENT_EN,
    _TOLD_ACT_DETS_EN,
    _TOLD_ACT_TYPES_EN,
    _TOLD_ACTS_AR,
    _TOOK_PLACE_AR,
    _TOPIC_PREPS,
    _TROOPS_AR,
    _UNDERGONE_AR,
    _UNNAMED_OFFICIAL,
    _UPON_OFFICIAL,
    _URGE_EN,
    _VERBAL_ATTACK_AR,
    _VERBALLY,
    _WEEKDAYS_EN,
    _WHAT_AR,
    _WHAT_CALLED_EN,
    _WITH_AR,
    _ar_attack_noun,
    _ar_envoy_key,
    _contribution_ar,
    _plural_head,
    _weapon,
)
from kg.extractors.dates import ago_since
from kg.extractors.doc import AR_PREP_WORDS, EN_PREP_WORDS, Doc, Ment
from kg.extractors.event_dates import _QAD
from kg.extractors.lexicon import Hit
from kg.extractors.meetings import _DURING_IT_AR, _HOST_AR, _MEDIATE_EN, _ceremony
from kg.extractors.quotes import Stmt
from kg.extractors.sentences import Span
from kg.extractors.stances import _TOLD_PACTS_EN, _evaluation
from kg.extractors.text import Token
from kg.extractors.triggers import Trigger
from kg.models import EntityType, Modality, RelationType

__all__ = ["Rel", "Trigger", "calibrate", "find_relations", "relation_matcher"]


class _Coder(Authors):
    # the word lists the event-date rules of the mixin test (see :class:`EventDates`)
    _source_markers = _SOURCE_MARKERS
    _en_irregular_past = _EN_IRREGULAR_PAST

    def __init__(self, doc: Doc, stmts: list[Stmt]) -> None:
        self.doc = doc
        self.text = doc.text
        self.en = doc.lang != "ar"
        self.words = doc.words  # (the prepared Doc's word list, read directly in hot loops)
        self.stmts = stmts
        self.cue_speaker: dict[int, str] = {s.cue_tok: s.speaker for s in stmts if s.cue_tok >= 0}
        self._anaphor_objects: set[int] = set()  # "دعا البلدين": anaphors already resolved
        # (sentence, mediator) -> the two sides it went between ("وساطة قطر بين X وY")
        self._mediated: dict[tuple[int, str], tuple[Ment, Ment]] = {}
        self.cue_speakers: dict[int, set[str]] = {}  # "وحذرت مالي وبوركينا فاسو": each
        for st in stmts:
            if st.cue_tok >= 0:
                self.cue_speakers.setdefault(st.cue_tok, set()).add(st.speaker)
        self._by_start = sorted(stmts, key=lambda s: s.start)
        self._stmt_starts = [s.start for s in self._by_start]
        self.rels: list[Rel] = []
        self.stops: set[int] = set()
        self._speech_patient = False
        self._capital_ok = False
        self._struck_place_ok = False
        self._aid_place_ok = False  # a place aid goes to stands for its state (S13-RELEN)
        self._lifting = False  # coding the lifting of an act told in a relative (S8-H7)
        self._near_ok = False
        self._adj_heads: frozenset[str] = frozenset()
        self._no_locative = False
        self._no_locative_place = False
        self._no_source = False
        self.prev_subject: str | None = None
        self.last_person: str | None = None
        self.last_other: str | None = None
        self.members: set[int] = set()
        self.victims: set[tuple[int, str]] = set()
        self._verb_types: dict[int, RelationType] = {}
        self._stance_noun_at: list[int] | None = None  # (S8-R2-H4)
        self._speech_verb_ends: set[int] = set()
        self._stance_nouns: set[int] = set()  # "إدانة", "رفض": nouns of speech acts
        self._act_nouns: set[int] = set()  # "نشر قوات", "إرسال مساعدات": material acts
        self._eval_verbs: list[int] | None = None
        self._rel_phrase_verbs: set[int] = set()  # "التي تفرضها": see _ar_relative_phrases
        self._prev_group: list[Ment] = []  # the previous sentence's co-subjects (Arabic)
        self._made_accusation = False

    def _dual_officials(self, t: int, b: int) -> tuple[Ment, Ment] | None:
        """A dual construct of officials right after an Arabic verb and the two sides it
        names: "وزيرا خارجية مصر وتركيا"، "رئيسا مصر وفرنسا"، "وزيرا الخارجية المصري
        والتركي" (S6-H7)."""
        doc = self.doc
        w = doc.word(t)
        if w[:1] in "وف" and w[1:3] == "ال":
            w = w[1:]
        if w.startswith("ال") and w.endswith(("ان", "ين")):
            # the definite dual: "الرئيسان الأمريكي جو بايدن والصيني شي جين بينغ" (S11-REL1)
            w = w[2:-2] + "ا"
        if w not in _DUAL_OFFICIALS_AR and not (w[:1] in "وف" and w[1:] in _DUAL_OFFICIALS_AR):
            return None
        k = t + 1
        while k < min(b, t + 3) and doc.mention_at_tok(k) is None:
            if doc.word(k) not in _OFFICE_WORDS_AR:
                return None
            k += 1
        both = self._conjuncts(k, min(b, k + 8))
        if len(both) != 2 or both[0].key == both[1].key:
            return None
        return both[0], both[1]

    # ------------------------------------------------------------------ main
    def run(self) -> list[Rel]:
        doc = self.doc
        assert doc.seg is not None
        hits = doc.lexicon_hits.get("relations")
        if hits is None:
            hits = relation_matcher(doc.lang).find(doc.tokens)
        if self.en:
            # "the visit", "its support": after a determiner a word is a noun, not a verb
            # and so is it after a state adjective: "the American attack", "Israeli strikes"
            # and so is a word that ends a compound noun: "a phone call on Friday"
            compound = {j for h in hits if h.cls == "n" for j in range(h.first + 1, h.last + 1)}
            hits = [h for h in hits if not (h.cls == "v" and h.first in compound)]
            # "accused Iran of arming Hezbollah": a gerund with its object after "of" is
            # the verb, not the noun ("the arming of") (session 5)
            verbs_at = {h.first for h in hits if h.cls == "v"}
            hits = [
                h
                for h in hits
                if not (
                    h.cls == "n"
                    and h.first in verbs_at
                    and doc.word(h.first).endswith("ing")
                    and doc.word(h.first - 1) == "of"
                    and (obj := doc.mention_at_tok(h.last + 1)) is not None
                    and obj.t0 == h.last + 1
                    and not obj.adjectival
                )
            ]
            nouns = {h.first for h in hits if h.cls == "n"}
            hits = [
                h
                for h in hits
                if not (
                    h.cls == "v"
                    and h.first in nouns
                    and (
                        doc.word(h.first - 1) in _EN_DETERMINERS
                        or doc.word(h.first - 1) in _NOUN_PREPS_EN
                        or self._after_adjective(h.first)
                        or (  # "an emergency meeting", "the annual summit"
                            doc.word(h.first - 2) in _EN_DETERMINERS
                            and doc.word(h.first - 1).isalpha()
                            and not doc.word(h.first - 1).endswith(("ly", "ed"))
                        )
                    )
                )
            ]
        if not self.en:
            # after a preposition (or with one glued on) a word is a noun: "عن إدانتها"
            nouns = {h.first for h in hits if h.cls == "n"}
            hits = [
                h
                for h in hits
                if not (
                    h.cls in ("v", "i")
                    and h.first in nouns
                    and (
                        doc.word(h.first - 1) in AR_PREP_WORDS
                        or h.prefix.rstrip("وف")[-1:] in ("ب", "ل")
                        # "وتم تبادل الأسرى", "جرى تبادل": a verbal noun after "took place"
                        or doc.word(h.first - 1).lstrip("وف") in _TOOK_PLACE_AR
                    )
                )
                # "سيدفع ثمن", "بدفع ثمنا باهظا": the price paid, not "ثمّن" (praised)
                and not (h.cls in ("v", "i") and _PAY_AR.match(doc.word(h.first - 1)))
                # "هنا" (here) folds like "هنأ" (congratulated): the verb needs its hamza
                and not (
                    h.cls == "v"
                    and doc.word(h.first).lstrip("وف") == "هنا"
                    and "أ" not in doc.nt.span(*doc.tokens[h.first][:2])[2]
                )
            ]
            hits = self._split_phrases(hits)
            hits = [h for h in hits if not self._ar_no_act(h)]
            # "، فجر اليوم،"، "فجر الأحد": the dawn, a part of the day before a time, not
            # "فجّر" (blew up) (S13-RELAR)
            hits = [
                h
                for h in hits
                if not (
                    h.cls == "v"
                    and doc.word(h.first).removeprefix("و") in _DAY_PARTS_AR
                    and h.first + 1 < len(doc.tokens)
                    and doc.times_in(doc.tokens[h.first].start, doc.tokens[h.first + 1].end)
                )
            ]
            # "عرقلت المجر حزمة المساعدات الأوروبية لأوكرانيا"، "ومنعت إسرائيل دخول
            # المساعدات": aid blocked is given by no one named there (S13-RELAR)
            hits = [
                h
                for h in hits
                if h.entry.type is not RelationType.AID
                or h.cls not in ("n", "x")
                or not self._ar_obstructed(h.first)
            ]
            # "ناقلة ترفع علم بنما", "رفعت العلم الأردني": a flag raised, no sanctions
            # lifted; the flag's state stays in reach of the verb before it (S9-R2-H3)
            hits = [
                h
                for h in hits
                if not (h.cls in ("v", "i", "p") and doc.word(h.last + 1) in _FLAG_AR)
            ]
            hits = self._ar_drop_requested(hits)
            hits = self._ar_expulsion_orders(hits)
            hits = self._ar_relative_phrases(hits)
        hits = self._drop_suspended(hits)
        hits = [h for h in hits if not self._inside_name(h)]
        if self.en:
            # "discussed gas supplies with the emir", "discussed the expulsions with": the
            # topic talked about, no aid or act (S7-H4)
            hits = [
                h
                for h in hits
                if h.entry.type is RelationType.CONSULT
                or (h.entry.type is not RelationType.AID and h.cls not in ("n", "x"))
                or not self._discussed_goods(h.first)
            ]
            # "blamed the blast on": a bare verb form right after an article is a noun (a
            # gerund, "the jailing of", still closes the clause) (S7-H23)
            hits = [
                h
                for h in hits
                if h.cls != "v"
                or doc.word(h.first - 1) not in ("the", "a", "an")
                or doc.word(h.first).endswith(("ing", "ed"))
            ]
            # "lifted restrictions on arms sales to Vietnam", "lifted its ban on Japanese
            # seafood imports": what the restrictions were on is lifted with them, no act
            # of its own (S12-RELEN)
            lifted = {
                j
                for x in hits
                if x.entry.topic == "lifting restrictions"
                for j in range(x.first + 1, x.last + (6 if doc.word(x.last + 1) == "on" else 1))
            }
            hits = [
                h for h in hits if h.first not in lifted or h.entry.topic == "lifting restrictions"
            ]
        if not self.en:
            hits = self._ar_condemned_nouns(hits)
        self.stops = {h.first for h in hits if h.cls in ("v", "i")} | set(self.cue_speaker)
        self.stops |= {h.first for h in hits if self._circumstantial(h)}
        self.stops |= self._contrast_clauses()
        if not self.en:
            self.stops |= self._ar_coordinated_cues()
        self._verb_types = {h.first: h.entry.type for h in hits if h.cls in ("v", "i")}
        self._stance_nouns = {
            h.first for h in hits if h.cls == "n" and h.entry.type in _SPEECH_TYPES
        }
        self._act_nouns = {h.first for h in hits if h.cls == "n" and h.entry.type in _AGREED_ACTS}
        self._speech_verb_ends = {
            h.last
            for h in hits
            if h.cls in ("v", "i")
            and (
                h.entry.type in (RelationType.ACCUSE, RelationType.REJECT)
                # "رحبت أوكرانيا بالعقوبات الجديدة على روسيا": who welcomes them does not
                # impose them (S6-H2)
                or (not self.en and h.entry.type is RelationType.SUPPORT and h.entry.frame == "spk")
            )
        }
        self.members = self._member_lists({h.last for h in hits if h.cls in ("n", "p")})
        by_sent: dict[int, list[Hit[Trigger]]] = {}
        for h in hits:
            si = doc.seg.index_at(doc.tokens[h.first].start)
            by_sent.setdefault(si, []).append(h)
        m_iter = 0
        for si, sent in enumerate(doc.seg.sents):
            a, b = doc.tok_range(sent)
            sent_hits = _best_hits(by_sent.get(si, []))
            for h in sent_hits:
                while m_iter < len(doc.mentions) and doc.mentions[m_iter].t0 < h.first:
                    m = doc.mentions[m_iter]
                    if self.actor(m) and not m.adjectival:
                        if m.etype == EntityType.PERSON:
                            self.last_person = m.key
                        else:
                            self.last_other = m.key
                    m_iter += 1
                self.code(h, si, sent, a, b)
            self._evaluations(si, sent, a, b)
            first = self.first_subject(a, b)
            if first is not None:
                self.prev_subject = first
                if not self.en:
                    self._prev_group = self._ar_subject_group(a, b)
        self._content_evaluations()
        self._content_stances()
        self._affirmed_support()
        if self.en:
            self._stance_nouns_on_told_acts_en()
        else:
            self._stance_nouns_on_told_acts()
        if self.en:
            self._threatened_acts()
            self._refused_acts()
            self._not_ruled_out()
            self._purpose_support()
            self._pledged_support()
            self._mass_expulsions()
            self._fronted_gerund_meetings_en()
            self._relative_accusations_en()
        else:
            self._refused_acts_ar()
            self._refused_requests_ar()
            self._not_renewed_ar()
            self._swapped_releases_ar()
            self._refused_referrals_ar()
            self._passive_relative_arrests_ar()
            self._release_requests_ar()
            self._unnamed_release_requests()
            self._led_mediators_ar()
            self._next_rounds_ar()
            self._owned_forces_ar()
            self._addressed_participles_ar()
            self._genitive_agents_ar()
            self._relative_accusations_ar()
            self._condemned_told_acts_ar()
        self._implied_requests()
        self._reported_attacks()
        self._accused_attacks()
        if self.en:
            self._passive_told_acts_en()
            self._joined_in()
            self._what_called()
            self._release_requests()
            self._unnamed_release_requests()
            self._called_a_pretext()
        self._joint_speakers()
        rels = _dedupe(self.rels)
        if doc.title_end:
            # the headline tells the body's news, often with coarser actors ("الجزائر
            # تستدعي ..." for "استدعت وزارة الخارجية الجزائرية ..."): the same act between
            # the same states in the body makes the headline relation a repeat
            def side(key: str) -> str:
                return doc.entity_states.get(key) or key

            body = {
                (side(r.subject), r.type, side(r.object))
                for r in rels
                if r.ev_start >= doc.title_end
            }
            body |= {(o, t, s_) for s_, t, o in body if t.symmetric}
            rels = [
                r
                for r in rels
                if r.ev_start >= doc.title_end
                or (side(r.subject), r.type, side(r.object)) not in body
            ]
        if not self.en:
            rels = self._warned_of_act(rels)
            rels = self._alongside(rels)
            rels = self._delegation_members(rels)
            rels = self._told_content_objects(rels)
        rels = self._co_subjects_with_partner(rels)
        rels = self._narrative_dates(rels)
        rels = _merge_events(self._visit_hosts(self._seat_visits(self._delegation_agents(rels))))
        if self.en:
            rels = _drop_undated_repeats(rels)
        return rels

    def _joint_speakers(self) -> None:
        """An act told in a statement several speakers make together ("وقالت مصر والأردن
        في بيان مشترك إنهما تدعوان إسرائيل إلى", "X and Y said they urged Z to") is each
        speaker's act: the relation coded for one of them is copied for the others, when
        the act's agent is that speaker and its patient none of them (S11-REL2)."""
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
        to the same patient (S6-H9)."""
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
        one named (S6-H9)."""
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
            own = r.object == doc.entity_states.get(r.subject) or (
                doc.entity_types.get(r.subject) == EntityType.PERSON
                and doc.entity_types.get(r.object) == EntityType.ORGANIZATION
            )
            if own and act.object != r.subject:
                out.append(replace(r, object=act.object, object_mention=act.object_mention))
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
        words before token ``t`` of its clause (no comma or stop between) (S13-RELAR)."""
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
        مساعدات"); a hit on the verb alone, whose subject and patient follow it (S8-H6)."""
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

    def _ar_group_verb(self, h: Hit[Trigger], own_m: Ment | None, b: int) -> bool:
        """Arabic: a verb without a subject of its own that speaks for a whole group of
        coordinated subjects: a dual or plural form ("وأكدتا"، "ويعتزمان"), or a feminine
        singular after three or more states ("أعلنت مالي والنيجر وبوركينا فاسو ...
        وعززت")."""
        w = self.doc.word(h.first).removesuffix(h.pron)
        if w.endswith(_GROUP_VERB_ENDS_AR):
            return True
        group = self._ar_co_subjects(own_m, b) if own_m is not None else self._prev_group
        return len(group) >= 2 and (
            (h.cls == "v" and w.endswith("ت")) or (h.cls == "i" and w.lstrip("وفس")[:1] == "ت")
        )

    def _ar_pronoun_complement(
        self, after: int, t_lim: int, preps: tuple[str, ...], exclude: set[str], si: int, t: int
    ) -> Ment | None:
        """Arabic: the referent of a pronoun on the trigger's preposition ("معها"، "عليه"،
        "ضدها") within three words after it: the actor named last before the trigger (in
        its sentence or the one before) of the pronoun's kind ("ها" a state or body, "ه" a
        person), other than the subject's side; none when two such actors compete."""
        doc = self.doc
        assert doc.seg is not None
        k = next(
            (
                j
                for j in range(after, min(t_lim, after + 3))
                if _PRON_COMPS_AR.get(self.words[j].lstrip("و"), ("", ""))[0] in preps
            ),
            None,
        )
        if k is None:
            return None
        person = _PRON_COMPS_AR[self.words[k].lstrip("و")][1] == "ه"
        lo = doc.seg.sents[max(0, si - 1)].start
        states = doc.entity_states
        sides = {states.get(x) or x for x in exclude}
        found: list[Ment] = []
        for m in doc.mentions_in(lo, doc.tokens[t].start):
            if (
                not self.actor(m)
                or m.adjectival
                or (m.etype == EntityType.PERSON) != person
                or (states.get(m.key) or m.key) in sides
            ):
                continue
            found.append(m)
        keys = {states.get(m.key) or m.key for m in found}
        return found[-1] if len(keys) == 1 else None

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
                # "لمغادرة الكويت": leaving a state named (S6-H2)
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

    def _denier(self, h: Hit[Trigger], a: int) -> Ment | None:
        """The actor who denies the accusation at ``h`` ("ونفت طهران الاتهامات"، "إيران
        تنفي الاتهامات"، "نفت الاتهامات" after X named in the clause): the accused."""
        doc = self.doc
        for j in range(h.first - 1, max(a - 1, h.first - 5), -1):
            if doc.word(j) in _DENY_AR:
                between = [doc.mention_at_tok(k) for k in range(j + 1, h.first)]
                inside = [m for m in between if m is not None and self.actor(m)]
                if inside:
                    m = inside[0]
                    return None if m.adjectival or doc.prep_of(m) is not None else m
                if any(doc.word(k) not in _DENY_ADVERBS_AR for k in range(j + 1, h.first)):
                    return None  # "نفت بشدة" is fine; other words make another phrase
                return self.agent_before(j, max(a, j - 6), exclude=set())
        return None

    def _denied_accusation(
        self, h: Hit[Trigger], denier: Ment, si: int, sent: Span, a: int, b: int
    ) -> None:
        """ "نفت طهران الاتهامات الأمريكية"، "نفت الاتهامات التي وجهتها إليها واشنطن": the
        accuser (the nisba or genitive after the noun, or the subject of its relative
        clause) accuses the one who denies."""
        doc = self.doc
        j = h.last + 1
        accuser: Ment | None = None
        m = doc.mention_at_tok(j)
        if m is not None and self.actor(m) and doc.prep_of(m) is None:
            accuser = m
        elif doc.word(j) in _AR_REL_PRON:
            for k in range(j + 1, min(b, j + 6)):
                gap = self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
                if not _PUNCT_EVAL.isdisjoint(gap):
                    break
                m = doc.mention_at_tok(k)
                if m is not None and self.actor(m) and m.key != denier.key:
                    if doc.prep_of(m) is None:
                        accuser = m
                    break
        if accuser is None or accuser.key == denier.key:
            return
        self._made_accusation = True
        try:
            self.add(accuser.key, denier, h.entry, h, si, sent, a, b, 0.85, True, True, accuser)
        finally:
            self._made_accusation = False

    def _unnamed_official(self, t_from: int, t_to: int) -> bool:
        """An official the gazetteer does not know, as the object of an Arabic meeting
        verb after its coordinated subjects: a title word outside any mention between
        ``t_from`` and ``t_to`` (past a comma phrase such as "فور وصولهما")."""
        doc = self.doc
        for j in range(t_from, min(t_to, len(doc.tokens))):
            if j in self.stops:
                return False
            if doc.mention_at_tok(j) is not None:
                return False
            w = doc.word(j)
            if w in _OFFICIALS_AR or (w[:1] in "وف" and w[1:] in _OFFICIALS_AR):
                return True
        return False

    def _inside_name(self, h: Hit[Trigger]) -> bool:
        """A trigger word that is part of an organisation's name ("Gulf Cooperation
        Council", "منظمة التعاون الإسلامي") is no act."""
        m = self.doc.mention_at_tok(h.first)
        if (
            not self.en
            and m is not None
            and m.etype == EntityType.PERSON
            and m.t0 < h.first
            and h.last < m.t1
        ):
            # "الأمين العام لمجلس التعاون جاسم البديوي"، "وزير التعاون الدولي": a word of
            # a man's title, well inside it (S6-H9)
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
                        # "علقت كندا الأسبوع الماضي مفاوضات التجارة مع الهند" (S7-H3)
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

    def _owned_targets(self, t_from: int, t_to: int, exclude: set[str]) -> Ment | None:
        """The actor that owns the targets of an Arabic attack: "على/ضد <target noun>
        <actor>" ("ضد مواقع حزب العمال"، "على مقار الحركة"), within the clause."""
        doc = self.doc
        for t in range(t_from, min(t_to, t_from + 4)):
            if doc.word(t) not in _AT_TARGET:
                continue
            if doc.word(t + 1).removeprefix("ال") not in _TARGET_NOUNS_AR:
                return None
            m = doc.mention_at_tok(t + 2)
            if m is None or m.t0 != t + 2 or m.adjectival or not self.actor(m):
                return None
            return m if m.key not in exclude else None
        return None

    def _targets_in(self, t_from: int, t_to: int, exclude: set[str]) -> Ment | None:
        """A state or place after "on/at/against/على/ضد <up to three words> in/في", within
        the clause: where the targets of an attack are."""
        doc = self.doc
        for t in range(t_from, min(t_to, t_from + 4)):
            if doc.word(t) not in _AT_TARGET:
                continue
            for j in range(t + 2, min(t_to, t + 6)):
                gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
                if any(c in gap for c in ",،.;:"):
                    return None
                w = doc.word(j)
                if w in ("in", _AR("في")):
                    m = doc.mention_at_tok(j + 1)
                    if (
                        self.en
                        and m is None
                        and doc.word(j + 1) in ("northern", "southern", "eastern", "western")
                    ):
                        m = doc.mention_at_tok(j + 2)
                    if m is None and not self.en:
                        # "في مدينة أوديسا الأوكرانية", "في جنوب لبنان": past a place noun
                        # and a name the gazetteer lacks, to the state or its adjective
                        m = next(
                            (
                                x
                                for k in range(j + 2, min(t_to, j + 4))
                                if (x := doc.mention_at_tok(k)) is not None
                            ),
                            None,
                        )
                        nisba = doc.mention_at_tok(m.t1 + 1) if m is not None else None
                        if m is not None and not m.adjectival and nisba is not None:
                            m = nisba  # "مدينة خاركيف الأوكرانية": the state
                        if m is not None and m.adjectival and m.etype == EntityType.STATE:
                            return m if m.key not in exclude else None
                    if (
                        m is not None
                        and m.key not in exclude
                        and m.etype in (EntityType.STATE, EntityType.PLACE)
                        and not m.adjectival
                    ):
                        return m
                    return None
                if doc.mention_at_tok(j) is not None or j in self.stops:
                    return None
            return None
        return None

    def _speakers_targets(
        self, t_from: int, t_to: int, stmt: Stmt, exclude: set[str]
    ) -> Ment | None:
        """In a statement, the target of an Arabic attack owned by a pronoun ("إن الهند
        قصفت ثلاثا من قواعدها الجوية", "استهدفت أراضيه"): the speaker's state, at the
        speaker's latest mention."""
        doc = self.doc
        for j in range(t_from, min(t_to, t_from + 5)):
            if j in self.stops or doc.mention_at_tok(j) is not None:
                return None
            w = doc.word(j).removeprefix("و")
            for pron in ("ها", "ه"):
                stem = w.removesuffix(pron)
                if stem == w:
                    continue
                if stem.removeprefix("ب") in _OWN_TARGETS_AR or stem in _OWN_TARGETS_AR:
                    return self._speaker_state_mention(stmt, exclude)
        return None

    def _speaker_state_mention(self, stmt: Stmt, exclude: set[str]) -> Ment | None:
        """The latest mention of a statement's speaker before its content, standing for
        the speaker's state."""
        doc = self.doc
        state = doc.entity_states.get(stmt.speaker) or stmt.speaker
        if state in exclude or doc.entity_types.get(state) != EntityType.STATE:
            return None
        for m in reversed(doc.mentions_in(0, stmt.start)):
            if m.key == stmt.speaker and not m.adjectival:
                if m.key == state:
                    return m
                return replace(m, key=state, etype=EntityType.STATE)
        return None

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
        acted on (S10-R3-H3).  The flag state ("British-flagged") stays the object."""
        after = self.text[m.end : m.end + 14].lower()
        if not after.startswith(("-", "‐", "‑")):
            return False
        word = after[1:].split(None, 1)[0] if after[1:].strip() else ""
        return word.rstrip(",;.") in _OWNER_PARTICIPLES_EN

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

    def _addressee_not_speaker(self, h: Hit[Trigger], t: int, m: Ment, a: int) -> Ment | None:
        """Arabic: after a coordinated request verb with no comma before it ("أدانت X
        الهجوم ودعت Y إلى"، "وطالبت Y بـ"، "، كما طالبت Y بـ"), the actor ``m`` right
        after it, followed by what is asked (إلى/ب), is the one asked when the sentence
        opened with another subject: that subject (returned) asks."""
        doc = self.doc
        also = doc.word(t - 1) in _ALSO_AR  # "، كما طالبت أنقرة بسحب قواتها"
        if (
            h.cls != "v"
            or h.entry.type is not RelationType.REQUEST
            or not (h.prefix.startswith("و") or also)
            or m.adjectival
            or ("،" in self.text[doc.tokens[t - 1].end : doc.tokens[t].start] and not also)
        ):
            return None
        nxt = doc.word(m.t1 + 1)
        if nxt != _AR("إلى") and not (nxt.startswith("ب") and len(nxt) > 3):
            return None
        first = self._clause_subject(a, t)
        if first is None or first.key == m.key or first.t1 >= t:
            return None
        return first

    def _prev_subject_asks(self, h: Hit[Trigger], t: int, m: Ment, a: int) -> str | None:
        """Arabic: a masculine perfect that opens its sentence ("ودعا"، "كما طالب"، "وحث")
        before a state of feminine gender, then what is asked ("إلى"، "بـ"): the state is
        whom one asks, and the subject is the man the sentence before had as its subject
        ("وأكد الرئيس الفرنسي دعم بلاده لأوكرانيا. ودعا روسيا إلى سحب قواتها")
        (S12-RELAR)."""
        doc = self.doc
        w = doc.word(t)
        if (
            h.cls not in ("v", "x")
            or h.entry.type not in (RelationType.REQUEST, RelationType.ACCUSE)
            or w.endswith("ت")
            or not (t == a or (t == a + 1 and doc.word(a) in _ALSO_AR))
            or m.etype is not EntityType.STATE
            or m.adjectival
            or doc.word(m.t0) in _MASCULINE_STATES_AR
        ):
            return None
        nxt = doc.word(m.t1 + 1)
        if nxt not in (_AR("إلى"), _AR("على")) and not (nxt.startswith("ب") and len(nxt) > 3):
            return None
        prev = self.prev_subject
        if prev is None or doc.entity_types.get(prev) is not EntityType.PERSON:
            return None
        if m.key in (prev, doc.entity_states.get(prev)):
            return None  # (his own state: no request to it)
        return prev

    def _refused_harm(self, h: Hit[Trigger], obj_m: Ment) -> str | None:
        """ "رفض قطر لأي اعتداء على السيادة العراقية", "رفضهما لأي عدوان على ليبيا": an actor
        named after a harmful act that a refusal governs is the act's victim, not what is
        refused ("victim"); its author named as an adjective right after it ("رفضت مصر
        الاعتداء التركي") is accused of it ("author", as "أدانت الاعتداء") (S8-R3-H5)."""
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
            # the victims, S13-RELAR)
            clitic = self.text[doc.tokens[obj_m.t0].start : obj_m.start].lstrip("وف")
            adj = adj and not clitic
            return "author" if obj_m.adjectival and obj_m.t0 == j + 1 and adj else "victim"
        return None

    def _feared(self, h: Hit[Trigger], a: int, subj: str, subj_m: Ment | None) -> bool:
        """ "Analysts fear that Iran could retaliate against Israel", "وتخشى كييف أن تنضم
        بيلاروس": an act whose actor is named inside what someone else fears is no act
        told (S8-R3-H5)."""
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

    def _proposed(self, h: Hit[Trigger], a: int) -> bool:
        """ "Washington proposed that Qatar host talks", "واقترحت مصر أن تسحب إسرائيل
        قواتها": an act inside what is proposed is not told as done (S8-R3-H5)."""
        doc = self.doc
        for f in range(h.first - 2, max(a, h.first - 9) - 1, -1):
            if not _PUNCT_BREAK.isdisjoint(self.text[doc.tokens[f].end : doc.tokens[f + 1].start]):
                return False
            w = doc.word(f)
            if not self.en and w[:1] in "وف" and len(w) > 3:
                w = w[1:]
            if w in _PROPOSE_WORDS:
                if self.en:
                    return doc.word(f + 1) == "that"
                # VSO: "واقترحت واشنطن أن تستضيف"
                return any(doc.word(j) in _THAT_AR for j in range(f + 1, min(f + 4, h.first)))
        return False

    def _unowned_or_verbal(self, h: Hit[Trigger], a: int, b: int) -> bool:
        """A trigger that codes nothing (S8-R3-H5): an act after a permission given to no
        one named ("would never let anyone threaten Latvia", "لن تسمح لأي جهة بتهديد أمن
        العراق"), clashes said to be verbal ("اشتبكتا كلاميا"), an agreement refused ("X and
        Y announced their rejection of the accord": no pact between them)."""
        doc = self.doc
        lo = max(a, h.first - 4)
        words = [doc.word(j) for j in range(lo, h.first)]
        if not self.en:
            words = [w[1:] if w[:1] in "وف" and len(w) > 3 else w for w in words]
        for p, w in enumerate(words):
            if w in _PERMIT and any(x in _ANYONE or x in _ANY_PARTY for x in words[p + 1 :]):
                return True
        if h.entry.type is RelationType.ASSAULT and h.entry.topic == "clashes":
            if any(doc.word(j) in _VERBALLY for j in range(h.last + 1, min(b, h.last + 6))):
                return True
            if (
                self.en
                and h.cls != "n"
                and doc.word(h.last + 2) == "over"
                and doc.word(h.last + 1).endswith("ly")
                and not _TIME_OVER_EN.intersection(
                    doc.word(j) for j in range(h.last + 3, h.last + 6)
                )
            ):
                return True  # "have clashed repeatedly over the plant": a quarrel
        if h.entry.type is RelationType.AGREE and h.cls == "n" and words:
            # "clashed over the port deal", "حول اتفاق الميناء": the deal is the topic
            if any(w in _TOPIC_PREPS for w in (words[-3:] if self.en else words[-1:])):
                return True
        return (
            self.en
            and h.entry.type is RelationType.AGREE
            and h.cls == "n"
            and any(w in _REFUSAL_NOUNS_EN for w in words)
        )

    def code(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """Code one trigger; talks someone hosts also make the host CONSULT each party."""
        n = len(self.rels)
        if not self.en and self._welcomed_agreement(h, a):
            return  # "ورحب X وY بالاتفاق": the agreement told, the welcomers are no parties
        if not self.en and self._received_ar(h, si, sent, a, b):
            return  # "وتحظى X بدعم عسكري من Y"، "وتلقت X مساعدات من Y" (S13-RELAR)
        if (
            self.en
            and h.entry.type is RelationType.ASSAULT
            and h.cls != "n"
            and self.doc.word(h.first).startswith("clash")
            and self.doc.word(h.last + 1) == "over"
        ):
            return  # "the two countries clashed over tariffs": a quarrel, no fighting
        if self._unowned_or_verbal(h, a, b) or self._proposed(h, a):
            return
        if not self.en and h.cls in ("v", "i") and h.pron in ("ه", "ها"):
            if self.doc.word(h.first - 1).lstrip("و") in _WHAT_AR and self._what_relative_ar(
                h, si, sent, a, b
            ):
                return
        self._code(h, si, sent, a, b)
        if self.en and len(self.rels) > n and h.cls == "v" and not h.entry.type.symmetric:
            self._dual_co_subjects(h, si, a, n)
        if (
            self.en
            and len(self.rels) > n
            and (h.cls in ("v", "x") or self.doc.word(h.first).endswith("ing"))
            and not h.entry.type.symmetric
        ):
            self._group_co_subjects(h, a, n)
        if not self.en and len(self.rels) > n and h.pron == "هما" and h.cls in ("n", "v"):
            # ("رفضهما" also reads as a verb with a dual object: its subject is no side)
            self._dual_owners_ar(h, si, n)
        if not self.en and h.cls in ("v", "i", "x") and not h.entry.type.symmetric:
            self._dual_one_way_ar(h, si, sent, a, b, n)
        if len(self.rels) == n and (
            h.entry.type.symmetric or h.entry.type in (RelationType.MOBILIZE, RelationType.ASSAULT)
        ):
            self._dual_subject(h, si, sent, a, b)
        if len(self.rels) == n and h.entry.type is RelationType.CONSULT:
            self._joined_meeting(h, si, sent, a, b)
        swap = (
            h.entry.type is RelationType.CONCEDE
            and h.entry.frame in ("mut", "pair")
            and len(self.rels) > n
        )  # "تبادلت روسيا وأوكرانيا الأسرى بوساطة إماراتية": the mediator meets each (S7-H3)
        # ("swapped prisoners in an exchange brokered by the UAE", S7-H10)
        if h.entry.type not in (RelationType.CONSULT, RelationType.AGREE) and not swap:
            return
        talks = len(self.rels) == n
        if talks:
            # "X and Y shook hands before sitting down for talks brokered by Z", "وقعت X
            # وY ... في ختام المحادثات التي ترعاها Z": the talks of the pair just coded
            # in this sentence (Arabic: S12-RELAR)
            prev = self.rels[-1] if h.cls == "n" and self.rels else None
            if prev is None or prev.sent != si or prev.type not in _MEDIATED:
                if not self.en:
                    self._hosted_talks_ar(h, si, sent, a, b)
                return
            n -= 1
        host = self._host(h, a, b) or self._attendee(h, b)
        if host is None:
            return
        start = min(host[0].start, host[1])
        if not self.en:
            # "في ختام المحادثات التي ترعاها Z": Z hosts talks that span days, told by the
            # month, not the day the signing closed them (S12-RELAR)
            k = self.doc.tok_after(host[1])
            verb = self.doc.word(k)
            talks = talks or (
                bool(_HOST_AR.search(verb))
                and verb.endswith(("ها", "ه"))
                and h.cls == "n"
                and not _ceremony(self.doc.word(k - 1))  # ("في مراسم استضافها X": a day)
            )
        # "Egypt and Qatar brokered a ceasefire": each mediator
        hosts = self._group(host[0], si)
        if not self.en and host[0].adjectival:
            hosts = self._nisba_chain(host[0])  # "بوساطة مصرية قطرية": each (S12-RELAR)
        host_keys = {hm.key for hm in hosts}  # ("بوساطة قطر ومصر": no party of the talks)
        for r in list(self.rels[n:]):
            for hm in hosts:
                for party in (r.subject, r.object):
                    if party in host_keys or r.object_is_place:
                        continue
                    self.rels.append(
                        replace(
                            r,
                            type=RelationType.CONSULT,  # the host of a signing meets each
                            subject=hm.key,
                            object=party,
                            object_mention=None,
                            ev_start=min(r.ev_start, start, hm.start),
                            ev_end=max(r.ev_end, hm.end),
                            confidence=r.confidence * 0.85,
                            subject_start=hm.start,
                            # (Arabic: hosting the talks a signing closed spans their
                            # days, told by the month, S12-RELAR)
                            date=r.date[:7] if talks and not self.en and r.date else r.date,
                        )
                    )

    def _caller_during(
        self, h: Hit[Trigger], si: int, subj: str, subj_m: Ment | None
    ) -> Ment | None:
        """Arabic: the caller when an act is told as done "خلاله" (during the call) right
        after "تلقى X اتصالا من Y" in this sentence and was coded for the receiver X
        ("تلقى X اتصالا هاتفيا من Y، أكد خلاله دعم بلاده لـZ", "أعرب خلاله عن"): the
        call's caller Y does it (S12-RELAR)."""
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

    def _nisba_doer_ar(self, h: Hit[Trigger]) -> Ment | None:
        """Arabic: the actor right after a definite noun of a hostile act, itself definite
        ("بالهجوم الحوثي"، "القصف التركي"، "الغزو العراقي"): an adjective naming who did
        it, not a genitive patient -- the one who condemns it does not do it (S12-RELAR)."""
        if self.en or "ال" not in h.prefix or h.entry.type not in _HOSTILE_DEEDS_AR:
            return None
        m = self.doc.mention_at_tok(h.last + 1)
        if (
            m is None
            or m.t0 != h.last + 1
            or not self.actor(m)
            or self.doc.prep_of(m) is not None
            or not self.doc.word(m.t0).startswith("ال")
        ):
            return None
        return m

    def _nisba_chain(self, m: Ment) -> list[Ment]:
        """Arabic: the state adjectives in a row around the adjective ``m``, with or
        without "و" between ("بوساطة مصرية قطرية أمريكية", "برعاية سعودية وأمريكية"), in
        text order."""
        doc = self.doc

        def next_to(x: Ment, t: int) -> Ment | None:
            y = doc.mention_at_tok(t)
            if y is None or not y.adjectival or not self.actor(y) or y.key == x.key:
                return None
            lo, hi = (x, y) if x.t0 < y.t0 else (y, x)
            return y if self.text[lo.end : hi.start].strip() in ("", "و") else None

        chain = [m]
        while len(chain) < 5 and (y := next_to(chain[-1], chain[-1].t1 + 1)) is not None:
            chain.append(y)
        while len(chain) < 5 and (y := next_to(chain[0], chain[0].t0 - 1)) is not None:
            chain.insert(0, y)
        return chain

    def _what_relative_ar(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """Arabic: a verb whose object pronoun stands for "ما" after a told act ("فرضت X
        عقوبات على Y، وهو ما رفضته Y"، "ما وصفته طهران بالقرصنة"): its subject, named right
        after the verb, acts on the author of the act just told; False (code it as usual)
        when no actor follows the verb ("وما وصفه بـ": the speaker's) (S9-R2-H3)."""
        subj_m = self._actor_at(h.last + 1)
        if subj_m is None or subj_m.t0 != h.last + 1:
            return False
        own = self.doc.entity_states.get(subj_m.key) or subj_m.key
        owner = self._act_author(si, own, 0)
        if owner is not None and owner.key != subj_m.key:
            self.add(subj_m.key, owner, h.entry, h, si, sent, a, b, 0.9, False, False, subj_m)
        return True

    def _with_partner_after(self, t_from: int, t_to: int, exclude: set[str]) -> bool:
        """English: an actor other than ``exclude`` after "with" within fourteen words of
        ``t_from`` and before a clause break ("agreed on Tuesday to restore ties with
        Qatar") (S7-H10)."""
        doc = self.doc
        for j in range(t_from, min(t_to, t_from + 14)):
            w = doc.word(j)
            if w in (";", "but", "while", "whereas", "after", "before", "which", "who"):
                return False
            if w != "with":
                continue
            k = j + 1 + (doc.word(j + 1) == "the")
            m = doc.mention_at_tok(k)
            if (
                m is not None
                and m.t0 == k
                and not m.adjectival
                and self.actor(m)
                and m.key not in exclude
            ):
                return True
        return False

    def _countersigned(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """ "وقّع X الإعلان، فيما وقّعه عن الجانب الأرميني Y": a signing verb with an object
        pronoun (the document just named) and its own subject, often after "عن الجانب ..."
        (for the ... side): AGREE between that signatory and the previous one."""
        doc = self.doc
        contrast = doc.word(h.first - 1) in _CONTRAST_AR
        on_behalf = any(doc.word(k) == _AN for k in range(h.last + 1, min(b, h.last + 3)))
        if not (contrast or on_behalf):
            return False  # "ووقّعه X" alone may be one more signature of the same side
        signer: Ment | None = None
        for k in range(h.last + 1, min(b, h.last + 10)):
            m = doc.mention_at_tok(k)
            if m is None:
                continue
            if self.actor(m) and not m.adjectival and doc.prep_of(m) is None:
                signer = m
                break
        if signer is None:
            return False
        lo = doc.seg.sents[max(0, si - 1)].start if doc.seg else 0
        partner: Ment | None = None
        for k in range(h.first - 1, doc.tok_after(lo) - 1, -1):
            if k not in self._verb_types or self._verb_types[k] is not RelationType.AGREE:
                continue
            partner, _ = self._vso_subject(k + 1, k + 7)
            if partner is None:
                partner = self.agent_before(k, max(0, k - 5), exclude=set())
            break
        if partner is None or partner.key == signer.key:
            return False
        states = doc.entity_states
        if (states.get(partner.key) or partner.key) == (states.get(signer.key) or signer.key):
            return False  # the same side signing again
        self.add(signer.key, partner, h.entry, h, si, sent, a, b, 0.85, False, False, signer)
        return True

    def _resumptive(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """ "قطعت X وY العلاقات مع Z، متهمة إياها بـ": a circumstantial participle whose
        object is "إياه/إياها/إياهم" (the object of the act just coded) shares that act's
        subjects; each of them acts on its object."""
        start = self.doc.tokens[h.first].start
        prev = [r for r in self.rels if r.sent == si and r.trig_start < start]
        if not prev and self._clause_before_participle(h, a):
            # "فرضت عقوبات على 12 شركة صينية، متهمة إياها بدعم روسيا": "إياها" is a
            # patient that is no actor; the actor after "بـ" is what it is accused of (S9-H2)
            return True
        if not prev or prev[-1].object_mention is None or prev[-1].object_is_place:
            return False
        last = prev[-1]
        st = self.stmt_at(last.trig_start)
        if st is not None and st.end <= start and st.speaker != last.subject:
            # "قال X إن واشنطن تواصل دعم إسرائيل، متهما إياها": the act is what X
            # reports of others; X acts on its subject (S6-H9)
            speaker = self.cue_speaker.get(h.first, st.speaker)
            doer = self._subject_mention(last)
            if doer is None or speaker == last.subject:
                return True
            self.add(speaker, doer, h.entry, h, si, sent, a, b, 0.85, False, True, None)
            return True
        obj_m = last.object_mention
        assert obj_m is not None
        done: set[str] = set()
        for r in prev:
            if r.trig_start != last.trig_start or r.object != last.object or r.subject in done:
                continue
            done.add(r.subject)
            subj_m = (
                self.doc.mention_at_tok(self.doc.tok_at(r.subject_start))
                if r.subject_start >= 0
                else None
            )
            if subj_m is not None and subj_m.key != r.subject:
                subj_m = None
            self.add(r.subject, obj_m, h.entry, h, si, sent, a, b, 0.9, False, True, subj_m)
        return bool(done)

    def _clause_before_participle(self, h: Hit[Trigger], a: int) -> bool:
        """Arabic: a comma sits right before the participle at ``h``, after a clause of
        at least three words in the sentence (whose object "إياه/إياها" resumes) (S9-H2)."""
        doc = self.doc
        t = h.first
        if t - 1 < a:
            return False
        gap = self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
        return ("،" in gap or "," in gap) and t - a >= 3

    def _dual_head_nisbas(self, m: Ment) -> list[Ment]:
        """Arabic: the nisbas coordinated after the first one that follows a dual or
        plural head ("نظيريه الروسي والأوكراني"، "بالرئيسين الرواندي والكونغولي"): each
        names another side (S6-H9)."""
        doc = self.doc

        # ("داعية الحكومتين السعودية والإماراتية": state and side duals too, S9-R3-H6)
        heads = _DUAL_HEADS_ALL_AR

        def dual(w: str) -> bool:
            return w in heads or (w[:1] in "وبل" and w[1:] in heads)

        # (the head before the nisba, or inside a counterpart's mention: "نظيريه الهندي")
        if not dual(doc.word(m.t0)) and not (
            dual(doc.word(m.t0 - 1)) and doc.mention_at_tok(m.t0 - 1) is None
        ):
            return []
        out: list[Ment] = []
        t = m.t1 + 1
        while len(out) < 4:
            nxt = doc.mention_at_tok(t)
            if (
                nxt is None
                or nxt.t0 != t
                or not nxt.adjectival
                or self.text[doc.tokens[t].start] != "و"
                or not self.actor(nxt)
            ):
                break
            out.append(nxt)
            t = nxt.t1 + 1
        return out

    def _dual_object(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """ "استقبل X رئيسي وزراء أرمينيا وأذربيجان، ودعاهما إلى": a verb whose dual
        pronoun object resumes the two met in the act just coded in the sentence; its
        subject acts on each of them (S6-H9)."""
        start = self.doc.tokens[h.first].start
        prev = [r for r in self.rels if r.sent == si and r.trig_start < start]
        if not prev:
            return False
        last = [r for r in prev if r.trig_start == prev[-1].trig_start]
        objs: dict[str, Ment] = {}
        for r in last:
            if r.subject == last[0].subject and r.object_mention is not None:
                objs.setdefault(r.object, r.object_mention)
        if len(objs) != 2:
            return False
        subj_m = self._subject_mention(last[0])
        if subj_m is not None and subj_m.key != last[0].subject:
            subj_m = None
        for obj_m in objs.values():
            self.add(last[0].subject, obj_m, h.entry, h, si, sent, a, b, 0.85, False, True, subj_m)
        return True

    def _victims(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "Armenian soldiers were killed in clashes with Azerbaijani troops": the side
        named after "with"/"by" in the phrase that follows attacked the victims before the
        passive verb; the victims attack no one in this sentence."""
        doc = self.doc
        victim = self.agent_before(h.first - 1, max(a, h.first - 6), exclude=set())
        if victim is None:
            return
        for j in range(h.last + 1, min(b, h.last + 6)):
            if doc.word(j) in ("with", "by") and j > h.last + 1:
                agent = self._actor_at(j + 1)
                if agent is None:
                    return
                self.victims.add((si, victim.key))
                self.add(agent.key, victim, h.entry, h, si, sent, a, b, 0.85, False, True, agent)
                return
            m = doc.mention_at_tok(j)
            if (
                m is not None
                and m.adjectival
                and "in" in (doc.word(j - 1), doc.word(j - 2))
                and self.actor(m)
                and m.key != victim.key
                and any(
                    doc.word(k) in _ATTACK_NOUNS or doc.word(k) in _STRIKE_NOUNS_EN
                    for k in range(m.t1 + 1, min(b, m.t1 + 3))
                )
            ):
                # "Three soldiers were killed in an Israeli air strike" (S12-TYPES)
                self.victims.add((si, victim.key))
                self.add(m.key, victim, h.entry, h, si, sent, a, b, 0.8, False, True, m)
                return
            if m is not None or j in self.stops:
                return

    def _killed_in_strike_ar(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """ "قتل ثلاثة جنود سوريين في غارة إسرائيلية": the victims named after the (passive)
        verb of killing were hit by the state the strike's adjective names (S12-TYPES)."""
        doc = self.doc
        victim = next(
            (
                m
                for j in range(h.last + 1, min(b, h.last + 5))
                if (m := doc.mention_at_tok(j)) is not None and self.actor(m)
            ),
            None,
        )
        if victim is None:
            return False
        for k in range(victim.t1 + 1, min(b, victim.t1 + 3)):
            w = doc.word(k)
            if w == "في" and doc.word(k + 1) in _ATTACK_BARE_AR:
                noun = k + 1
            elif w[:1] == "ب" and w[1:] in _ATTACK_BARE_AR:
                noun = k
            else:
                continue
            for j in range(noun + 1, min(b, noun + 3)):
                m = doc.mention_at_tok(j)
                if m is not None and m.adjectival and self.actor(m) and m.key != victim.key:
                    self.victims.add((si, victim.key))
                    self.add(m.key, victim, h.entry, h, si, sent, a, b, 0.8, False, True, m)
                    return True
            return False
        return False

    def _the_country(
        self, h: Hit[Trigger], after: int, t_lim: int, preps: tuple[str, ...], exclude: set[str]
    ) -> Ment | None:
        """ "the 1,500 French soldiers in the country", "سحبت آخر جنودها من البلاد": forces
        stationed in or withdrawn from "the country" are in the state the story named last
        before the trigger, other than their own (S12-TYPES)."""
        doc = self.doc
        start = after - 1 if doc.word(h.last) in preps else after  # ("has * troops in")
        for j in range(start, min(t_lim, after + 6)):
            if doc.mention_at_tok(j) is not None or j in self.stops:
                return None
            if doc.word(j) not in preps:
                continue
            if (self.en and doc.word(j + 1) == "the" and doc.word(j + 2) == "country") or (
                not self.en and doc.word(j + 1) == "البلاد"
            ):
                break
        else:
            return None
        at = doc.tokens[h.first].start
        for m in reversed(doc.mentions_in(max(0, at - 1000), at)):
            if (
                m.etype == EntityType.STATE
                and m.kind != "metonym"  # ("the Syrian government": a capital as a place)
                and doc.entity_types.get(m.key) == EntityType.STATE
                and m.key not in exclude
            ):
                return m
        return None

    def _drafter(self, t_from: int, b: int, subj: str) -> Ment | None:
        """Who drafted the document a speech act is about: "vetoed a resolution drafted by
        X", "رفضت مشروع القرار الذي قدمته X": the act is aimed at the drafter, not at the
        body that votes on it."""
        doc = self.doc
        seen_doc = False
        words = self.words
        for j in range(t_from, min(b, t_from + 10)):
            w = words[j] if 0 <= j < len(words) else ""
            bare = w[1:] if not self.en and w[:1] in "وف" and len(w) > 3 else w
            if bare in _DOCUMENT_NOUNS or (not self.en and bare[2:] in _DOCUMENT_NOUNS):
                seen_doc = True
                continue
            if not self.en and not seen_doc and bare[:1] in ("ب", "ل"):
                # "رحبت بالقرار", "إدانتها للتصريحات" (session 5)
                seen_doc = bare[1:] in _DOCUMENT_NOUNS or bare[1:] in _ISSUED_DOCS_AR
                if seen_doc:
                    continue
            if not self.en and not seen_doc and bare in _ISSUED_DOCS_AR:
                seen_doc = True
                continue
            if not seen_doc:
                continue
            if self.en and w in _DRAFTED_EN and doc.word(j + 1) == "by":
                m = self._actor_at(j + 2) or self._actor_at(j + 3)
            elif not self.en and bare in _ISSUED_AR and doc.word(j + 1) in _FROM_AR:
                # "بالقرار الصادر عن مجلس الجامعة", "التصريحات الصادرة عن X": its author
                m = self._actor_at(j + 2) or self._actor_at(j + 3)
            elif not self.en and (bare in _DRAFTED_AR or bare[:-1] in _DRAFTED_AR):
                m, _ = self._vso_subject(j + 1, min(b, j + 6))
            else:
                if any(c in self.text[doc.tokens[j - 1].end : doc.tokens[j].start] for c in ".;"):
                    return None
                continue
            if m is None or m.key == subj:
                return None
            return m
        return None

    def _honorific_subject(self, h: Hit[Trigger], si: int, b: int) -> str | None:
        """The dignitary an honorific pronoun right after an Arabic verb means ("وأكد
        سيادته", "ووجّه سموه الشكر"): the first person named in this sentence, else the
        latest person speaker or subject, else the latest person named."""
        doc = self.doc
        pron = next(
            (
                doc.word(j)
                for j in range(h.first + 1, min(b, h.last + 2))
                if doc.word(j) in _AR_HONORIFIC_PRON
            ),
            None,
        )
        if pron is None:
            return None
        assert doc.seg is not None
        sent = doc.seg.sents[si]
        for m in doc.mentions_in(sent.start, doc.tokens[h.first].start):
            if m.etype == EntityType.PERSON and not m.adjectival:
                return m.key
        start = doc.tokens[h.first].start
        title = _HONORIFIC_TITLE.get(pron)
        if title is not None:
            # "سموه" is whoever was introduced as "سمو الشيخ ..." last
            for m in reversed(doc.mentions_in(max(0, start - 3000), start)):
                if m.etype != EntityType.PERSON or m.adjectival:
                    continue
                if any(doc.word(j) in title for j in range(max(0, m.t0 - 3), m.t0 + 1)):
                    return m.key
        for st in reversed(self._by_start):
            if st.start < start and doc.entity_types.get(st.speaker) == EntityType.PERSON:
                return st.speaker
        prev = self.prev_subject
        if prev is not None and doc.entity_types.get(prev) == EntityType.PERSON:
            return prev
        return self.last_person

    def _addressed(self, h: Hit[Trigger], b: int, nominal: bool) -> bool:
        """The speaker given for a noun cue is its addressee ("عن شكر العراق للرئيس
        الإيراني": the president is thanked, not thanking): he is named after it behind
        ل/إلى/to."""
        if not nominal:
            return False
        doc = self.doc
        key = self.cue_speaker[h.first]
        for j in range(h.last + 1, min(b, h.last + 6)):
            m = doc.mention_at_tok(j)
            if m is not None and m.key == key:
                return doc.prep_of(m) in ("ل", "الي", "to", "for")
        return False

    def _ordered_out(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "Russia ordered 20 employees of the Czech embassy to leave the country",
        "أمهلت الجزائر 12 موظفا في السفارة الفرنسية 48 ساعة لمغادرة البلاد": an expulsion
        (SANCTION) of the state whose people are told to leave."""
        doc = self.doc
        # "أعلنت X السفير Y شخصا غير مرغوب فيه": a declaring verb (S6-H2)
        verbs = _ORDER_VERBS | _DECLARE_AR if h.entry.topic == _PNG_TOPIC else _ORDER_VERBS
        verb = next(
            (
                j
                for j in range(h.first - 1, max(a, h.first - 15) - 1, -1)
                if doc.word(j) in verbs or doc.word(j)[1:] in verbs
            ),
            None,
        )
        if verb is None:
            return
        co_agents: list[Ment] = []
        if self.en:
            agent = self.agent_before(verb, max(a, verb - 8), exclude=set())
            if agent is None and (key := self.pronoun_agent(verb, a)) is not None:
                # "It also ordered Iranian diplomats to leave": the pronoun's referent
                at = doc.tokens[verb].start
                agent = next(
                    (m for m in reversed(doc.mentions_in(0, at)) if m.key == key),
                    None,
                )
                if agent is not None:
                    agent = replace(agent, start=at, end=at)  # (read at the verb)
        else:
            # "وكانت النيجر قد طالبت ...": the subject before قد; else after the verb
            agent = self._pluperfect_subject(verb, a)
            masdar = doc.word(verb).lstrip("و") in _ORDER_MASDARS_AR | _DECLARE_MASDARS_AR
            if agent is None and masdar:
                # "أعلنت الكويت ... وإمهال القائم بالأعمال اللبناني 48 ساعة": the verbal
                # noun's agent is the clause's subject; the actor after it is the patient
                agent = self._first_subject_mention(a, verb)
            if agent is None and not masdar:
                agent, _ = self._vso_subject(verb + 1, min(b, verb + 7))
                if agent is not None and agent.t0 > verb:
                    # "أمهلت الرياض وأبوظبي والمنامة الدبلوماسيين القطريين": each of the
                    # coordinated subjects expels; none of them is the patient (S6-H2)
                    co_agents = self._ar_co_subjects(agent, b)
            if agent is None and not doc.word(verb).startswith(_AR("م")):
                # "مملكة البحرين التي طلبت من السفير ..."، "والكويت أمهلت ...": the
                # subject before the verb (a verbal noun has none there)
                agent = self.agent_before(verb, max(a, verb - 8), exclude=set())
        if agent is None:
            return
        patient: Ment | None = None
        agents = {agent.key} | {x.key for x in co_agents}
        start = co_agents[-1].end if co_agents else agent.end
        for m in doc.mentions_in(start, doc.tokens[h.first].start):
            if self.actor(m) and m.key not in agents and m.t0 > verb:
                patient = m
                break
        if patient is None:
            return
        state = doc.entity_states.get(patient.key)
        trig = h.entry
        if not self.en and doc.word(patient.t0).removeprefix("ال") in _TROOPS_AR:
            # "طالبت مالي القوات الفرنسية بمغادرة أراضيها": foreign troops told to go are
            # asked to withdraw (REQUEST of their state), no diplomatic expulsion
            trig = replace(trig, type=RelationType.REQUEST, topic="withdrawal of forces")
        if patient.etype != EntityType.STATE and state and state != agent.key:
            # an embassy or its staff stand for their state
            patient = replace(patient, key=state, etype=EntityType.STATE, kind="name")
        self.add(agent.key, patient, trig, h, si, sent, a, b, 0.9, False, True, agent)
        for co in co_agents:
            if co.key != patient.key:
                self.add(co.key, patient, trig, h, si, sent, a, b, 0.8, False, True, co)

    def _declared(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """An object complement after an English "declared"/"designated" ("Quito declared
        Mexico's ambassador, Raquel Serur, persona non grata"): the actor between the verb
        and the complement is the patient, the verb's subject the agent (not the actor
        right before the complement, as an SVO reading would have it)."""
        doc = self.doc
        verb = next(
            (
                j
                for j in range(h.first - 1, max(a, h.first - 10) - 1, -1)
                if doc.word(j).startswith(("declar", "designat"))
            ),
            None,
        )
        if verb is None or any(j in self.stops for j in range(verb + 1, h.first)):
            return False
        patient = next(
            (
                m
                for m in doc.mentions_in(doc.tokens[verb].end, doc.tokens[h.first].start)
                if self.actor(m) and not m.adjectival and not self._possessive(m)
            ),
            None,
        )
        if patient is None:
            return False
        agent = self.agent_before(verb, max(a, verb - 8), exclude=set())
        if agent is not None and agent.key != patient.key:
            self.add(agent.key, patient, h.entry, h, si, sent, a, b, 0.9, False, True, agent)
        return True  # (with no agent we could link, still not the patient acting)

    def _ordered_to(self, h: Hit[Trigger]) -> bool:
        """ "The court ordered Venezuela to refrain from ...": an order is a REQUEST only
        to an actor named right after the verb and followed by "to", and not an order to
        leave (an expulsion, coded by the ``leave`` frame)."""
        doc = self.doc
        j = h.last + 1
        if doc.word(j) in ("the", "both"):
            j += 1
        m = doc.mention_at_tok(j)
        if m is None or not self.actor(m) or m.adjectival:
            return False
        return doc.word(m.t1 + 1) == "to" and doc.word(m.t1 + 2) not in _LEAVE_EN

    def _co_agent_en(self, agent: Ment, b: int) -> Ment | None:
        """English: the second of two agents joined by "and" after a passive's "by" ("signed
        by Foreign Minister X and his Azerbaijani counterpart Y"): up to five title words
        before the name, none a verb or punctuation; another actor than the first (S8-H7)."""
        doc = self.doc
        j = agent.t1 + 1
        if doc.word(j) != "and":
            return None
        for k in range(j + 1, min(b, j + 7)):
            m = doc.mention_at_tok(k)
            if m is not None and self.actor(m) and not m.adjectival:
                if m.key == agent.key or (doc.entity_states.get(m.key) or m.key) == (
                    doc.entity_states.get(agent.key) or agent.key
                ):
                    return None
                return m
            if k in self._verb_types or doc.word(k) in _PUNCT_EVAL:
                return None
        return None

    def _co_agent_as_patient_en(self, subj_m: Ment | None, obj_m: Ment) -> bool:
        """English: the patient found is the next conjunct of the agent ("sanctions were
        approved by the United States and Britain", "strikes carried out by the US, France
        and Britain"): a second agent, no patient (S8-R2-H2)."""
        doc = self.doc
        if subj_m is None or obj_m.t0 <= subj_m.t1 or obj_m.t0 - subj_m.t1 > 3:
            return False
        gap = self.text[subj_m.end : obj_m.start].strip().lower().removesuffix(" the")
        return gap in _COORD_GAPS and not any(
            doc.word(j) in _BETWEEN for j in (subj_m.t0 - 1, subj_m.t0 - 2)
        )

    def _requested_by(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "ويعقد مجلس الأمن جلسة بطلب من X", "the council met at the request of X": X
        asked the subject of the clause to act (REQUEST from X to it)."""
        doc = self.doc
        agent = self._actor_at(h.last + 1)
        if agent is None and not self.en and doc.word(h.last + 1) == "من":
            agent = self._actor_at(h.last + 2)  # "«استجابة لطلب» من X" (S7-H3)
        if agent is None and self.en and doc.word(h.last + 1) == "the":
            agent = self._actor_at(h.last + 2)  # "at the request of the Malian government"
        if (
            agent is None
            and self.en
            and doc.word(h.last + 1) == "its"  # ("their government": the troops' own)
            and doc.word(h.last + 2) in _HOST_RULERS_EN
        ):
            # "sent troops to Kazakhstan at the request of its government": the state just
            # named, where the forces went (S8-H7)
            before = doc.mentions_in(doc.tokens[a].start, doc.tokens[h.first].start)
            agent = next(
                (
                    m
                    for m in reversed(before)
                    if self.actor(m)
                    and not m.adjectival
                    and doc.entity_types.get(m.key) == EntityType.STATE
                ),
                None,
            )
        if agent is None:
            return
        agents = [agent]
        if self.en:
            # "at the request of France and Britain": each asked (S8-H7)
            j = agent.t1 + 1
            if doc.word(j) == "and":
                j += 1 + (doc.word(j + 1) == "the")
                other = self._actor_at(j)
                if other is not None and other.key != agent.key:
                    agents.append(other)
        stmt = self.stmt_at(doc.tokens[h.first].start)
        lo = a
        if stmt is not None:
            # "Putin said the decision was taken at the request of X": the content's
            # subject, else the speaker's state
            lo = max(a, doc.tok_after(stmt.start))
        patient = self._first_subject_mention(lo, h.first)
        if patient is None and stmt is not None:
            state = doc.entity_states.get(stmt.speaker)
            if not self.en and state == stmt.speaker:
                # "وقالت الكويت إن مبادرتها جاءت استجابة لطلب السعودية": the speaking state
                patient = next(
                    (m for m in reversed(doc.mentions_in(0, stmt.start)) if m.key == state),
                    None,
                )
            elif state and state != stmt.speaker:
                patient = next(
                    (m for m in reversed(doc.mentions_in(0, stmt.start)) if m.key == state),
                    None,
                ) or next((m for m in doc.mentions if m.key == state), None)
        if patient is None or patient.key == agent.key or h.first - patient.t1 > 14:
            return
        if any(
            doc.word(j) in _AR_REL_PRON or doc.word(j) in _SUBCLAUSE
            for j in range(patient.t1 + 1, h.first)
        ):
            return  # "... بعد مغادرته البلاد بطلب من X": the request is about another clause
        for ag in agents:
            if ag.key != patient.key:
                self.add(ag.key, patient, h.entry, h, si, sent, a, b, 0.9, True, True, ag)

    def _appositive_subject(self, t: int, a: int) -> Ment | None:
        """ "Emmanuel Macron, the French president, visited ...": the subject before an
        appositive set off by two commas right before the verb (no verb inside it)."""
        doc = self.doc
        text = self.text

        def comma_before(k: int) -> bool:
            return k > a and "," in text[doc.tokens[k - 1].end : doc.tokens[k].start]

        if not comma_before(t):
            return None
        for k in range(t - 1, max(a, t - 12), -1):
            # (the relative word first: its own comma opens the inset, S9-R2-H4)
            if comma_before(k) and k < t - 1 and doc.word(k) not in ("who", "which"):
                break
            if doc.word(k) in ("who", "which") and comma_before(k):
                # "X, who arrived in Tehran on Sunday, held talks with": a verb inside the
                # relative clause is no stop (S7-H19)
                m = doc.mention_at_tok(k - 1)
                ok = m is not None and self.actor(m) and not m.adjectival and m.t1 == k - 1
                return m if ok and m is not None and doc.prep_of(m) is None else None
        for k in range(t - 1, max(a, t - 12), -1):
            if doc.word(k) in ("who", "which") and comma_before(k) and k not in self.stops:
                # "China, which has close ties with both countries, urged restraint": the
                # antecedent of a relative clause set off by commas
                m = doc.mention_at_tok(k - 1)
                ok = m is not None and self.actor(m) and not m.adjectival and m.t1 == k - 1
                return m if ok and m is not None and doc.prep_of(m) is None else None
            if k in self.stops or doc.word(k) in ("who", "which", "that", "and", "but"):
                return None
            if comma_before(k):
                m = doc.mention_at_tok(k - 1)
                if m is not None and self.actor(m) and not m.adjectival and m.t1 == k - 1:
                    if doc.prep_of(m) is None:
                        return m
                return None
        return None

    def _intercepted(
        self, h: Hit[Trigger], after: int, subj: str, si: int, sent: Span, a: int, b: int
    ) -> bool:
        """ "its air defences shot down 20 Russian drones", "أسقطت الدفاعات الجوية مسيرات
        روسية": weapons of a state brought down are that state's attack on the side that
        downed them (ASSAULT from the weapons' state to the defender's state), besides the
        downing itself."""
        doc = self.doc
        for j in range(after, min(b, after + 8)):
            m = doc.mention_at_tok(j)
            if m is None or not m.adjectival:
                continue
            weapon = doc.word(m.t1 + 1) if self.en else doc.word(m.t0 - 1)
            if not _weapon(weapon):
                return False
            defender = doc.entity_states.get(subj) or subj
            if defender == m.key:
                return False
            start = doc.tokens[h.first].start
            target = next(
                (x for x in reversed(doc.mentions_in(0, start)) if x.key == defender), None
            ) or next((x for x in doc.mentions if x.key == defender), None)
            if target is None:
                # "the defence ministry said its air defences downed ...": the ministry's
                # state, never named itself, read at the ministry's mention
                own = next((x for x in reversed(doc.mentions_in(0, start)) if x.key == subj), None)
                if own is None or doc.entity_types.get(defender) != EntityType.STATE:
                    return False
                target = replace(own, key=defender, etype=EntityType.STATE, kind="name")
            trig = replace(h.entry, type=RelationType.ASSAULT)
            self.add(m.key, target, trig, h, si, sent, a, b, 0.8, False, False, m)
            return False  # the downing itself is still coded as the defender's act
        return False

    def _unnamed_possessor_en(self, h: Hit[Trigger]) -> bool:
        """English: a capitalised possessor that is no known actor right before the noun
        ("Nancy Pelosi's trip to Taiwan" with Pelosi unknown): the act is that person's,
        so neither the speaker nor an actor named earlier did it (S8-R2-H2)."""
        doc = self.doc
        start = doc.tokens[h.first].start
        if self.text[max(0, start - 3) : start] not in ("'s ", "’s "):
            return False
        end = start - 3
        if any(m.end == end for m in doc.mentions_in(max(0, end - 60), end)):
            return False
        word = self.text[max(0, end - 30) : end].split()[-1:]
        return (
            bool(word)
            and word[0][:1].isupper()
            and word[0].lower() not in _WEEKDAYS_EN | _MONTHS_EN  # ("Monday's strike")
        )

    def _own_forces_left(self, subj: str, obj_m: Ment, b: int) -> Ment | None:
        """The place after the subject's own forces taken for the patient of a withdrawal
        ("سحب جزء من القوات الروسية من سوريا", "pulled part of its forces out of X"): the
        next actor or place within four words (S8-R2-H2)."""
        doc = self.doc
        states = doc.entity_states
        own = states.get(subj) or subj
        if obj_m.etype == EntityType.STATE or (states.get(obj_m.key) or obj_m.key) != own:
            return None
        for k in range(obj_m.t1 + 1, min(b, obj_m.t1 + 5)):
            m = doc.mention_at_tok(k)
            if m is not None and m.t0 == k and not m.adjectival:
                return m if (states.get(m.key) or m.key) != own else None
        return None

    def _owner_struck(self, a: int, t: int, subj: str) -> Ment | None:
        """English: the state whose "its embassy in X" is struck, the sentence's subject
        before the attack noun at ``t`` ("Iran launched drones ... for an Israeli strike on
        its consulate in Damascus"), when another than the attacker (S8-R2-H2)."""
        doc = self.doc
        m = self._first_subject_mention(a, t)
        if m is None:
            return None
        state = m.key if m.etype == EntityType.STATE else doc.entity_states.get(m.key)
        if state is None or state == (doc.entity_states.get(subj) or subj):
            return None
        return m if state == m.key else replace(m, key=state, etype=EntityType.STATE)

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

    def _relative_doer(self, t: int, b: int) -> Ment | None:
        """Arabic: the actor named in a relative clause on the noun phrase at token ``t``
        (up to three words, no actor among them): "الغارات التي شنتها إسرائيل"، "هجمات
        نفذتها جماعة X"، "مذكرة التفاهم التي وقعتها أديس أبابا" -- whoever did what a
        stance is about."""
        doc = self.doc
        for k in range(t + 1, min(b, t + 4)):
            if doc.mention_at_tok(k - 1) is not None:
                return None
            w = doc.word(k)
            if w in _AR_REL_PRON:
                k += 1
                w = doc.word(k)
            elif w not in _DOER_VERBS_AR:
                continue
            if k >= b or w not in _DOER_VERBS_AR:
                return None
            m = doc.mention_at_tok(k + 1)
            if m is None or m.t0 != k + 1 or not self.actor(m) or m.adjectival:
                return None
            return m
        return None

    def _event_noun_after(self, t: int) -> bool:
        """An attack noun follows ("condemned the shelling", "أدان القصف", "عن إدانتها
        الشديدة للاعتداء", "أدانت هذا الاستهداف")."""
        doc = self.doc
        if not self.en:
            return any(_ar_attack_noun(doc.word(j)) for j in (t, t + 1, t + 2))
        for j in (t, t + 1):
            w = doc.word(j)
            if w in _ATTACK_NOUNS or (w[:1] in "وبل" and w[1:] in _ATTACK_NOUNS):
                return True
        if doc.word(t) == "what" and doc.word(t + 2) == "called":
            # "condemned what it called an unprovoked violation of its airspace": the
            # attack, named in the speaker's words
            for j in range(t + 3, t + 8):
                w = doc.word(j)
                if w in _ATTACK_NOUNS or w in _BREACH_NOUNS_EN:
                    return True
        return False

    def _told_patient_en(
        self, h: Hit[Trigger], trig: Trigger, after: int, t_lim: int, si: int, subj: str
    ) -> tuple[Ment, float] | None:
        """An English patient told outside the trigger's clause, with the confidence factor
        of finding it there; the first of these that applies (S13-RELEN):

        * a judging verb whose object is an act a lexicon noun names: the one who did it
          ("Russia vetoed the draft. Brazil denounced the veto", "Egypt released the
          fishermen; Sudan welcomed the release");
        * a demanded apology: the side just blamed ("Spain accused Milei of insulting its
          premier ... Albares demanded a public apology");
        * praise or blame of "his"/"her" act: the man last named, when he is not the judge
          himself ("Xi sent Tokayev a message praising his decisive measures", but not
          "Biden defended his decision").
        """
        kind = trig.type
        if h.cls in ("v", "x") and kind in (
            RelationType.ACCUSE,
            RelationType.SUPPORT,
            RelationType.REJECT,
        ):
            if (doer := self._lexicon_act_doer_en(after, t_lim, si, subj)) is not None:
                return doer, 0.8
        if h.cls != "v":
            return None
        if kind is RelationType.REQUEST:
            owed = self._apology_owed_by_en(after, t_lim, si, subj)
            return (owed, 0.8) if owed is not None else None
        if kind in (RelationType.ACCUSE, RelationType.SUPPORT) and self.doc.word(after) in (
            "his",
            "her",
        ):
            owner = self._his_owner_en(h.first, si, subj)
            return (owner, 0.85) if owner is not None else None
        return None

    def _apology_owed_by_en(self, after: int, t_lim: int, si: int, subj: str) -> Ment | None:
        """English: from whom a request for "an apology" / "an explanation" (words from
        ``after``) asks it: the actor the requester's side accused in this sentence or the
        two before, none when no such accusation was coded (S13-RELEN)."""
        doc = self.doc
        k = after
        while k < t_lim and doc.word(k) in ("a", "an", "the", "public", "formal", "official"):
            k += 1
        if k >= t_lim or doc.word(k) not in ("apology", "apologies", "explanation"):
            return None
        states = doc.entity_states
        own = states.get(subj) or subj
        for prev in reversed(self.rels):
            if prev.sent > si:
                continue
            if si - prev.sent > 2:
                break
            side = states.get(prev.subject) or prev.subject
            if (
                prev.type is RelationType.ACCUSE
                # (a minister of no named state asks for his side: "Foreign Minister X")
                and (side == own or (subj not in states and prev.subject != prev.object))
                and (states.get(prev.object) or prev.object) not in (own, side)
                and prev.object_mention is not None
            ):
                return prev.object_mention
        return None

    def _his_owner_en(self, t: int, si: int, subj: str) -> Ment | None:
        """English: whom "his"/"her" after a judging verb at token ``t`` points to: the
        person named last before it (this sentence or the one before), none when that is
        the verb's own subject or a person of its side (S13-RELEN)."""
        doc = self.doc
        assert doc.seg is not None
        lo = doc.seg.sents[max(0, si - 1)].start
        last = next(
            (
                m
                for m in reversed(doc.mentions_in(lo, doc.tokens[t].start))
                if m.etype == EntityType.PERSON and not m.adjectival and self.actor(m)
            ),
            None,
        )
        if last is None or last.key == subj:
            return None
        states = doc.entity_states
        if (states.get(last.key) or last.key) == (states.get(subj) or subj):
            return None
        return last

    def _unnamed_addressee_en(self, after: int, end: int) -> bool:
        """English: the words from ``after`` to ``end`` open with a noun phrase naming no
        actor ("European carriers", "creditors of other nations") followed by "to" and a
        verb: whom a request is made of, unnamed (S13-RELEN)."""
        doc = self.doc
        for j in range(after, end):
            if doc.mention_at_tok(j) is not None or j in self.stops:
                return False
            w = doc.word(j)
            if w == "to":
                nxt = doc.word(j + 1)
                return (
                    j > after
                    and nxt.isalpha()
                    and nxt not in _EN_DETERMINERS  # ("an end to the war": no verb)
                    and doc.mention_at_tok(j + 1) is None
                )
            if not w.replace("-", "").isalpha():
                return False
        return False

    def _code(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        doc = self.doc
        co_subjects: list[Ment] = []
        shared_more: list[Ment] = []
        given_to: Ment | None = None
        speaker_m: Ment | None = None  # the cue speaker's own mention, when it is the agent
        trig = h.entry
        t = h.first
        nominal = h.cls in ("n", "p", "x")
        frame = trig.frame
        if (
            self.en
            and h.cls == "v"
            and frame == "svo"
            and h.first == h.last
            and doc.word(t).endswith("ing")
            and doc.word(t - 1) == "the"
            and doc.word(t + 1) == "of"
        ):
            # "condemned the killing of Colombian fishermen by Venezuela": a gerund noun,
            # its agent after "by"; under a condemning verb never that verb's subject
            # ("Israel halted the shelling of X" still is the shelling's agent) (S9-R3-H7)
            if self._gerund_by(h, si, sent, a, b) or self._governed_by_speech_verb(h):
                return
        if self.en and h.first == h.last and self._no_act_en(h, frame):
            return
        if (
            not self.en
            and trig.type is RelationType.ASSAULT
            and h.cls == "v"
            and doc.word(t).removeprefix("و") in _KILLED_VERBS_AR
            and self._killed_in_strike_ar(h, si, sent, a, b)
        ):
            return
        if (
            self.en
            and h.cls == "v"
            and trig.type is RelationType.ASSAULT
            and doc.word(t).endswith("ing")
            and doc.word(t - 1) in _GERUND_PREPS_EN
            and doc.mention_at_tok(h.last + 1) is None
            and doc.word(h.last + 1) not in EN_PREP_WORDS
            and doc.word(h.last + 1) not in ("the", "a", "an", "its", "their")
        ):
            # "cooperate on fighting fentanyl trafficking", "a role in combating crime": a
            # gerund whose object is a thing, not an actor, attacks no one (S12-RELEN)
            return
        if (
            self.en
            and h.cls == "n"
            and trig.type in (RelationType.ASSAULT, RelationType.COERCE)
            and doc.word(t - 1) == "the"
            and doc.word(t - 2) in ("after", "following", "before", "since")
            and doc.word(h.last + 1) == "of"
        ):
            # "X, who took office after the assassination of Y": an earlier act in a time
            # phrase; only its own "by" agent did it, not the clause's subject (S9-R3-H7)
            self._gerund_by(h, si, sent, a, b)
            return
        if frame == "nom" and not nominal:
            frame = "svo"
        elif frame == "mid" and (h.cls == "n" or h.last - h.first < 2):
            frame = "svo"  # no gap to hold the patient
        elif frame == "mid":
            nominal = False  # "held X responsible": a verb phrase, even as exact words
            if not self.en:
                # "حملت إيران الولايات المتحدة المسؤولية": subject and patient inside
                inner, _ = self._vso_subject(h.first + 1, h.last)
                if inner is not None:
                    self._no_locative = False
                    self._capital_ok = trig.type is RelationType.CONSULT
                    patient, by_prep = self.mention_after(
                        inner.t1 + 1, h.last, (), exclude={inner.key}, place=False, required=False
                    )
                    if patient is not None:
                        self.add(
                            inner.key, patient, trig, h, si, sent, a, b, 0.9, False, by_prep, inner
                        )
                        return
                if not trig.preps:
                    return
                # a row naming prepositions has the patient after the gap when none is
                # inside it: "قدمت تركيا طائرات مسيرة لأذربيجان" (S6-H11)
                frame = "svo"
        elif frame == "svo" and nominal and h.cls != "x":
            frame = "nom"
        if (
            self.en
            and frame == "svo"
            and h.cls in ("v", "x")
            and h.last - h.first >= 2
            and (gap := doc.mention_at_tok(h.first + 1)) is not None
            and gap.t0 == h.first + 1
            and gap.t1 < h.last
            and not gap.adjectival
            and self.actor(gap)
        ):
            frame = "mid"  # "sent Tokayev a message": whom it is sent to in the gap (S13-RELEN)
        self._struck_place_ok = False  # (set for this trigger once its subject is known)
        self._aid_place_ok = False
        if self.en and (
            (h.cls == "v" and self._reduced_relative(h.first))
            or self._reduced_relative(h.first - 1)
        ):
            return  # "rammed navy boats delivering supplies to X": the boats deliver (S7-H4)
        if self.en and nominal and self._unnamed_possessor_en(h):
            return  # "the minister said Nancy Pelosi's trip to Taiwan": someone unknown's act
        if not self.en and trig.type is RelationType.CONSULT and self._reception(h, si, sent, a, b):
            return
        if not self.en and trig.type is RelationType.ASSAULT and self._repelled(h, si, sent, a, b):
            return
        if not self.en and self._object_pronoun_chain(h, si, sent, a, b):
            return
        if (
            trig.type is RelationType.ASSAULT
            and h.cls in ("v", "i", "x")
            and self._fired_by(h, si, sent, a, b)
        ):
            return
        if (
            self.en
            and trig.topic == _TARGETING
            and any(doc.word(j) in _NON_FORCE_EN for j in range(max(a, h.first - 4), h.first))
        ):
            return  # "sanctions targeting Iranian banks", "a law that targets foreign agents"
        if (
            self.en
            and trig.topic == _TARGETING
            and h.cls == "v"
            and doc.word(h.first - 1) == "and"
            and any(doc.word(j) in _NON_FORCE_EN for j in range(a, min(h.first, a + 4)))
        ):
            return  # "The new sanctions were approved by X and target Y": the sanctions do
        if (
            self.en
            and trig.topic == _TARGETING
            and h.cls == "v"
            and doc.word(h.first) == "targets"
            and (doc.word(h.first - 1) in _EN_DETERMINERS or doc.word(h.first - 1)[:1].isdigit())
        ):
            return  # "sanctions on more than 500 targets": the plural noun (S7-H10)
        if (
            self.en
            and (nominal or doc.word(h.first).endswith("ing"))
            and any(doc.word(j) in _CULPABLE_EN for j in range(max(0, h.first - 4), h.first))
        ):
            return  # "sanctioned officials it linked to the jailing of X": not the agent (S7-H10)
        if (
            self.en
            and h.cls == "v"
            and trig.topic == "imprisonment"
            and doc.word(h.first) == "sentence"
            and doc.word(h.first - 1) not in _AUX_EN
            and doc.word(h.first - 1) not in ("to", "not", "may", "might", "must", "should")
        ):
            return  # "was serving a life sentence in Germany": the noun (S7-H10)
        if (
            self.en
            and h.last == h.first
            and doc.word(h.first) == "back"
            and doc.word(h.first + 1) in ("to", "from", "into", "home")
        ):
            return  # "pulled its troops back to Belarus": the adverb, no backing (S6-H7)
        if (
            self.en
            and trig.type is RelationType.RETREAT
            and doc.word(h.last) in ("left", "leave")
            and doc.word(h.last + 1) in _LEFT_NOT_FROM_EN
        ):
            return  # "troops left behind mines near Kharkiv": no place left (S6-H11)
        if self.en and trig.topic == _PHONED_EN and not self._phoned(h, b):
            return  # "called Xi a dictator", "called Kyiv's claims absurd": not a call
        if (
            self.en
            and trig.type is RelationType.AGREE
            and nominal
            and any(doc.word(j) in _DISCUSSED_EN for j in range(max(a, h.first - 5), h.first))
        ):
            return  # "discussed the grain deal", "talks on a prisoner swap deal": not reached
        if trig.type is RelationType.AID and self._embargoed_goods(h, a, b):
            return  # "an arms embargo on exports to X", "حظرا على تصدير الأسلحة إلى X" (S7-H25)
        if (
            self.en
            and nominal
            and trig.type is RelationType.SANCTION
            and any(doc.word(j).lower() in _LIFT_EN for j in range(max(a, t - 3), t))
            and not self._pronoun_relative(h)
            and not any(
                c in self.text[doc.tokens[max(a, t - 3)].end : doc.tokens[t].start] for c in ".,;:"
            )
        ):
            # "lifted a ban on arms exports to X": the ban is lifted (S7-H25)
            trig = replace(trig, type=RelationType.CONCEDE, topic=f"lifting {trig.topic or 'ban'}")
        if self.en and trig.type is RelationType.AID and self._supply_deal(h, b):
            # "agreed to supply Germany with gas", "signed a deal to sell oil to India": a
            # commercial deal between the parties, no aid (S7-H4)
            trig = replace(trig, type=RelationType.AGREE, topic="supply deal")
        trig_start = doc.tokens[h.first].start
        stmt = self.stmt_at(trig_start)
        clause = doc.seg.clause_at(trig_start) if doc.seg else None
        place = trig.type in _PLACE_TYPES or frame == "loc"
        subj: str | None = None
        subj_m: Ment | None = None
        factor = 1.0
        after = h.last + 1
        t_lim = min(b, after + (8 if nominal else 14), self._next_stop(h.last, b))
        if (
            not self.en
            and frame == "spk"
            and h.last > h.first + 1
            and doc.word(h.last) in _BLAME_TAIL_AR
        ):
            # "محملة إسرائيل مسؤولية التصعيد": the patient sits between the participle and
            # the responsibility it is given (S9-R2-H3)
            after, t_lim = h.first + 1, h.last
        if self.en and nominal and t_lim < b:
            # "the expulsion of diplomats from seven Latin American countries, including
            # Argentina": the named members of the group may lie further on
            inc = next(
                (j for j in range(after, t_lim + 3) if self.words[j : j + 1] == ["including"]), -1
            )
            if inc >= 0:
                t_lim = min(b, inc + 5, self._next_stop(h.last, b))
        if self.en:
            # not past a participial adjunct: "condemned the strike, calling it a violation
            # of Lebanon's sovereignty"
            t_lim = self._participial_adjunct_in(after, t_lim, a)
            t_lim = self._subordinate_clause_in(after, t_lim)

        if (
            not self.en
            and h.cls == "n"
            and trig.type is RelationType.AGREE
            and "ال" in h.prefix
            and any(
                doc.word(j).lstrip("وب").removeprefix("ال") in _HONOUR_AR
                for j in range(max(a, t - 2), t)
            )
        ):
            return  # "ضرورة احترام الاتفاقيات المبرمة بين البلدين": in force (S6-H2)
        # --- symmetric: between X and Y / two adjectives / X-Y
        if frame == "sym" and nominal and trig.type is RelationType.CONSULT:
            told = self._told_during(h, a)
            if told is not None:
                # "X told Y in a phone call", "أكد X لY خلال اتصال هاتفي"
                x, y = told
                self.add(x.key, y, trig, h, si, sent, a, b, 0.9, nominal, True, x)
                return
        if frame == "sym" and nominal and self.en and trig.type is RelationType.CONSULT:
            fronted = self._fronted_meeting(h, a, b)
            if fronted is not None:
                # "After talks with Erdogan, Putin said ...": the main clause's subject
                x, y = fronted
                self.add(x.key, y, trig, h, si, sent, a, b, 0.9, nominal, True, x)
                return
        if nominal and self.en and trig.type is RelationType.CONSULT and trig.topic == "visit":
            visit = self._fronted_visit(h, a, b)
            if visit is not None:
                # "Speaking during a visit to Kyiv, Blinken said ...": Blinken visits Ukraine
                x, y = visit
                self.add(x.key, y, trig, h, si, sent, a, b, 0.9, nominal, True, x)
                return
        if (
            frame == "sym"
            and nominal
            and not self.en
            and trig.type is RelationType.CONSULT
            and (
                h.pron in ("ه", "ها")
                or doc.word(h.last + 1) == _AR("مع")
                or (doc.word(h.last + 1) in _MEETING_GAP_AR and doc.word(h.last + 2) == _AR("مع"))
            )
        ):
            # "وفي اتصال هاتفي مع X، أكد Y": no pronoun, the partner after "مع" (S9-R2-H3)
            fronted = self._ar_fronted_meeting(h, a, b)
            if fronted is not None:
                # "وخلال لقائه الرئيس عون، أكد ماكرون ...": the main clause's subject meets
                x, y = fronted
                self.add(x.key, y, trig, h, si, sent, a, b, 0.9, nominal, True, x)
                return
        if frame == "sym" and nominal and not self.en and trig.type is RelationType.CONSULT:
            adjunct = self._ar_meeting_adjunct(h, a)
            if adjunct is not None:
                # "أكد X أن ...، وذلك خلال مؤتمر صحفي مشترك مع Y": the main clause's subject
                x, y = adjunct
                self.add(x.key, y, trig, h, si, sent, a, b, 0.9, nominal, True, x)
                return
        if frame in ("sym", "pair", "between"):
            pair = None
            if (
                not self.en
                and trig.type is RelationType.CONSULT
                and self._both_word(after)
                and any(doc.word(j).lstrip("وفلب") in _SIDES_AR for j in (after, after + 1))
            ):
                # "استقبل X Y ...، وبحث الجانبان": the two who met, not their states
                pair = self._last_meeting_pair(si)
            if pair is None and not self.en and not nominal:
                # "والتقى وزيرا خارجية مصر وتركيا": a dual subject names both sides (S6-H7)
                pair = self._dual_officials(after, b)
            if (
                pair is None
                and frame == "between"
                and not self.en
                and h.cls == "n"
                and trig.type is RelationType.CONSULT
            ):
                med_m, mediator = self._mediator_ar(h, a, b, stmt)
                led = med_m is not None and after < med_m.t0 <= after + 6
                two = (
                    self.pair_after(
                        med_m.t1 + 1 if med_m is not None and (med_m.t0 == after or led) else after,
                        min(b, (med_m.t1 if led and med_m is not None else after) + 10),
                        adjectives=False,
                    )
                    if mediator is not None
                    else None
                )
                if two is None and led and mediator is not None:
                    # "نجاح الوساطة التي قادتها الإمارات": the parties of the deal or
                    # swap just told (S10-R2-H5)
                    two = self._told_parties(si, mediator)
                if two is not None and mediator is not None:
                    # "أعلنت قطر نجاح وساطتها بين واشنطن وطهران", "وساطة عمان بين ...": the
                    # mediator deals with each party; the parties do not meet (S7-H3)
                    self._mediated[(si, mediator)] = (two[0], two[1])
                    for party in two:
                        if party.key != mediator:
                            self.add(
                                mediator, party, trig, h, si, sent, a, b, factor, True, True, med_m
                            )
                    return
                if (
                    mediator is None
                    and trig.topic == "mediation"
                    and "ال" in h.prefix
                    and doc.word(after) in _BETWEEN
                ):
                    # "وتواصلت جهود الوساطة بين إثيوبيا والسودان": the mediation under way,
                    # no mediator named, and its parties do not meet each other ("نجاح
                    # وساطة بين X وY أسفرت عن": a new deal between them keeps the pair)
                    return
            if (
                pair is None
                and frame == "between"
                and self.en
                and trig.type is RelationType.CONSULT
                and self._mediated_en(h, si, sent, a, b, after, factor)
            ):
                return
            pair = pair or self.pair_after(after, min(b, after + 8), adjectives=frame != "between")
            if pair is None and not self.en and nominal and trig.type is RelationType.CONSULT:
                # "جولة مفاوضات استضافتها القاهرة أمس بين إثيوبيا والسودان": the pair
                # follows the host's relative clause (the host meets each, see code) (S7-H3)
                k = after + (1 if doc.word(after) in ("التي", "الذي") else 0)
                if not _HOST_AR.search(doc.word(k)) and _HOST_AR.search(doc.word(k + 1)):
                    k += 1  # "محادثات شاقة رعتها الكويت بين": one adjective first
                if _HOST_AR.search(doc.word(k)) and doc.word(k).endswith(("ها", "ه")):
                    btw = next(
                        (j for j in range(k + 2, min(b, k + 9)) if doc.word(j) in _BETWEEN), -1
                    )
                    if btw > 0:
                        pair = self.pair_after(btw, min(b, btw + 8), adjectives=False)
            if (
                pair is None
                and self.en
                and nominal
                and trig.type is RelationType.CONSULT
                and doc.word(after).startswith("host")
                and doc.word(after + 1) == "by"
            ):
                # "the talks, hosted by China, between Saudi Arabia and Iran": the pair
                # follows the host's participle (the host meets each, see code) (S8-R2-H2)
                btw = next(
                    (j for j in range(after + 3, min(b, after + 9)) if doc.word(j) == "between"), -1
                )
                if btw > 0:
                    pair = self.pair_after(btw, min(b, btw + 8), adjectives=False)
            if pair is None and frame == "between" and not self.en and h.cls in ("v", "i"):
                med = doc.mention_at_tok(after)
                two = (
                    self.pair_after(med.t1 + 1, min(b, med.t1 + 9), adjectives=False)
                    if med is not None and med.t0 == after and self.actor(med)
                    else None
                )
                if med is not None and two is not None:
                    # "توسطت مصر بين إسرائيل وحماس": the mediator deals with each party
                    for party in two:
                        if party.key != med.key:
                            self.add(
                                med.key, party, trig, h, si, sent, a, b, factor, nominal, True, med
                            )
                    return
            if (
                pair is None
                and not self.en
                and any(doc.word(j) in _BETWEEN_THEM_AR for j in range(after, min(b, after + 4)))
            ):
                # "أعلنت X وY استئناف العلاقات بينهما": the pair is named before the noun
                first = self._first_subject_mention(a, t)
                both = self._conjuncts(first.t0, t) if first is not None else []
                if len(both) == 2 and both[0].key != both[1].key:
                    pair = both[0], both[1]
            if pair is None and self.en:
                pair = self._hyphen_pair(t, a)
            if pair is None and self.en and frame == "between" and h.cls == "v":
                # "The United States brokered the agreement": the sides told before meet
                # the broker each (S12-RELEN)
                med = self.agent_before(t, a, exclude=set())
                parties = (
                    self._hosted_parties_en(h, si, med.key, after, b)
                    if med is not None and not med.adjectival
                    else None
                )
                if med is not None and parties is not None:
                    meet = replace(trig, topic="mediation")
                    for party in parties:
                        self.add(med.key, party, meet, h, si, sent, a, b, factor, False, False, med)
                    return
            if pair is None and not self.en and nominal and frame == "between":
                pair = self._clash_pair_ar(h, si, a, b)  # "اشتباكات مع القوات الصينية"
            if pair is not None and self.en and nominal:
                asked, caller = self._called_for(h, a)
                if asked:
                    # "Germany called for a ceasefire between Israel and Hamas": no agreement
                    # yet, a request to each party
                    ask = replace(trig, type=RelationType.REQUEST)
                    for party in pair if caller is not None else ():
                        self._ask(caller, party, ask, h, si, sent, a, b, nominal)
                    return
            if pair is not None:
                x, y = pair
                if min(x.t0, y.t0) - h.last > 2:
                    factor *= 0.85  # words between the noun and its pair: a looser reading
                self.add(x.key, y, trig, h, si, sent, a, b, factor, nominal, True)
                if frame != "sym" and not trig.type.symmetric:
                    self.add(y.key, x, trig, h, si, sent, a, b, factor, nominal, True)
                return
            if frame in ("pair", "between"):
                return
            if (
                self.en
                and nominal
                and doc.word(h.last + 1) == "between"
                and trig.type in (RelationType.AGREE, RelationType.CONSULT)
            ):
                # "welcomed the agreement between Ethiopia and Tigray forces": one party
                # unnamed; the speaker is no party to it
                return
        if frame == "gap":
            if self._gap_agent(h, si, sent, a, b):
                return
            if (
                not self.en
                and h.cls == "n"
                and h.last > h.first + 1
                and doc.word(h.first + 1).startswith("ال")
                and doc.mention_at_tok(h.first + 1) is None
            ):
                return  # "اعتراف الدول الغربية باستقلال كوسوفو": an agent not linked (S6-H9)
            frame = "nom"  # "التزامها بأمن لبنان": no agent in the gap, a verbal noun
        if not self.en and trig.type is RelationType.ACCUSE and h.cls == "n":
            denier = self._denier(h, a)
            if denier is not None:
                self._denied_accusation(h, denier, si, sent, a, b)
                return
        if frame == "pas":
            self._passive(h, si, sent, a, b)
            return
        if (
            self.en
            and frame == "nom"
            and trig.type is RelationType.SANCTION
            and self._imposed_relative(h, si, sent, a, b)
        ):
            return
        if frame == "rqby":
            self._requested_by(h, si, sent, a, b)
            return
        if frame == "pay":
            self._will_pay(h, si, sent, a, b)
            return
        if frame == "leave":
            self._ordered_out(h, si, sent, a, b)
            return
        if (
            not self.en
            and trig.type is RelationType.RETREAT
            and h.cls == "n"
            and h.first == h.last
            and (home := doc.mention_at_tok(h.last + 1)) is not None
            and home.t0 == h.last + 1
            and home.etype is EntityType.STATE
            and any(
                doc.word(j) in _ORDER_VERBS or doc.word(j)[1:] in _ORDER_VERBS
                for j in range(max(a, h.first - 15), h.first)
            )
        ):
            # "وإمهال القائم بالأعمال اللبناني 48 ساعة لمغادرة الكويت": told to leave the
            # state that orders it, an expulsion (S6-H2)
            n = len(self.rels)
            leave = replace(trig, type=RelationType.SANCTION, frame="leave", topic="expulsion")
            self._ordered_out(replace(h, entry=leave), si, sent, a, b)
            if len(self.rels) > n:
                last = self.rels[-1]
                if (doc.entity_states.get(last.subject) or last.subject) != home.key:
                    del self.rels[n:]  # (leaving a third state is no expulsion)
                return
        if (
            self.en
            and nominal
            and trig.type in _SPEECH_TYPES
            and any(doc.word(j) in _DREW_EN for j in (t - 1, t - 2))
            and doc.word(h.last + 1) != "from"
        ):
            return  # "the raid drew condemnation" names no one ("... from Japan" does)
        if self.en and trig.topic == "order" and not self._ordered_to(h):
            return  # "ordered strikes", "ordered X's envoys to leave" (an expulsion)
        if self.en and h.cls == "x" and self._declared(h, si, sent, a, b):
            return  # "Quito declared Mexico's ambassador, X, persona non grata"
        if not self.en and nominal and self._office_title(t):
            return  # "المدير العام للعمليات العسكرية", "قائد العمليات": an office, no act
        if not self.en and h.cls == "n" and self._verb_types.get(t - 1) is trig.type:
            return  # "شنت ضربات", "وقعت اتفاقا": the verb before codes this very act
        if (
            not self.en
            and h.cls == "n"
            and trig.type is RelationType.AGREE
            and "ال" in h.prefix
            and any(
                self._verb_types.get(j) is RelationType.CONSULT for j in range(max(a, t - 3), t)
            )
        ):
            return  # "سيبحث تمديد الاتفاق مع بوتين": the agreement talked about (S6-H2)
        if h.cls == "p" and "ال" in h.prefix:
            # "الإرادة الدولية الداعمة لـ": an adjective; its noun must be an actor
            before = doc.mention_at_tok(t - 1)
            if before is None or not self.actor(before):
                return
        # --- agent
        by_at = h.last + 1
        if (
            self.en
            and trig.type is RelationType.CONSULT
            and doc.word(t - 1) in _BE_EN
            and doc.word(by_at) in ("at", "on", "in")
        ):
            # "was greeted at the airport by X", "was met on the tarmac by X" (S10-H10)
            by_at = next(
                (
                    k
                    for k in range(by_at + 2, min(b, by_at + 4))
                    if doc.word(k) == "by"
                    and doc.mention_at_tok(k - 1) is None
                    and _PUNCT_CONJ.isdisjoint(
                        self.text[doc.tokens[h.last].end : doc.tokens[k].start]
                    )
                ),
                h.last + 1,
            )
        passive_by = self.en and doc.word(by_at) == "by" and doc.word(t).endswith(("ed", "en"))
        if (
            self.en
            and not passive_by
            and trig.type is RelationType.CONCEDE
            and h.cls == "v"
            and self._released_by_holder(h, si, sent, a, b)
        ):
            return
        if (
            self.en
            and h.cls in ("v", "x")
            and frame in ("svo", "spk")
            and doc.word(t - 1) in _BE_EN
            and doc.word(t).endswith(("ed", "en"))
            and not passive_by
        ):
            if trig.type in (RelationType.ASSAULT, RelationType.COERCE):
                self._victims(h, si, sent, a, b)
            return  # "Macron was asked whether ...": a passive without its agent
        if (
            not self.en
            and trig.type is RelationType.AGREE
            and h.cls == "v"
            and h.pron in ("ه", "ها")
            and self._countersigned(h, si, sent, a, b)
        ):
            return
        if (
            not self.en
            and h.cls in ("p", "x")  # "متهمة إياها"، "داعيا إياها إلى" (S8-H6)
            and doc.word(after).startswith(_IYYA)
            and self._resumptive(h, si, sent, a, b)
        ):
            return
        if (
            not self.en
            and h.cls == "v"
            and h.pron == "هما"
            and trig.type in _ADDRESSED_EN
            and self._dual_object(h, si, sent, a, b)
        ):
            return
        if frame == "host":
            # "كان X في مقدمة مستقبلي Y" (X was among those receiving Y): the host is the
            # subject before the participle, the guest its genitive
            # (the clause's subject, past a relative clause after it, else the nearest)
            subj_m = self._first_subject_mention(a, t) or self.agent_before(
                t, max(a, t - 8), exclude=set()
            )
            if subj_m is None:
                return
            subj = subj_m.key
        elif self.en and doc.word(t).endswith("ing") and doc.word(t - 1) == "by":
            # "he broke with tradition by travelling to Turkey", "violated the truce by
            # firing rockets at X": the main clause's subject, not the actor just before;
            # after "accused X of V-ing ... by", the accused (session 5)
            subj_m = self._accused_earlier(t, si) or self._first_subject_mention(a, t)
            if subj_m is not None and (
                subj_m.t0 - 1 in self.stops or doc.word(subj_m.t0 - 1).endswith("ed")
            ):
                subj_m = None  # "angered New Delhi by travelling": the object of a verb
            subj = subj_m.key if subj_m is not None else self._pronoun_subject_before(t, a)
            if subj is None:
                return
        elif not self.en and h.cls in ("v", "i") and (denier := self._denied_own_act(t, a)):
            # "نفت إيران أن تكون (قد) زودت روسيا بصواريخ": the denier, the act negated
            # (modality: the denial verb before)
            subj_m, subj = denier, denier.key
        elif not self.en and h.cls in ("v", "i") and (pre := self._pluperfect_subject(t, a)):
            # "وكانت الهند قد اتهمت باكستان": the subject between كان and قد (not the
            # patient after the verb, read as a VSO speaker)
            subj_m, subj = pre, pre.key
        elif (
            t in self.cue_speaker
            and not passive_by
            and not self._addressed(h, b, nominal)
            and not (self._list_opener(after) and not nominal)
            # ("We condemn Russia's attack," X said: the speaker, not the possessor, S9-H7)
            and not (self.en and self._we_before(t))
            and not self._actor_relative_verb(h)
            and not (nominal and self._nisba_doer_ar(h) is not None)
        ):
            subj = self.cue_speaker[t]
            if not self.en and (fem := self._feminine_doer_ar(h, subj, a)) is not None:
                # "وأوضح الوزير أن جيبوتي تقدمت بشكوى إلى الاتحاد، وطالبته بالتدخل": a
                # feminine verb is no man's; the state or body the content opened with
                # (S13-RELAR)
                subj, subj_m = fem.key, fem
            if self.en and (cont := self._continued_it(t, a)) is not None:
                subj = cont  # "Egypt raised it at the UN. It accused ...": Egypt
            if self.en and len(self.cue_speakers.get(t, ())) > 1:
                # "Russia attacked Ukraine and Poland condemned": the speaker next to the cue
                near = self.agent_before(t, max(a, t - 6), exclude=set())
                if near is not None and near.key in self.cue_speakers[t]:
                    subj = near.key
            if self.en:
                speaker_m = self._speaker_before(subj, t, a)
                shared = self._coordinated_subject(t, si)
                if shared is not None and shared.key != subj:
                    # "Prague expelled 18 diplomats and accused X": the first verb's subject
                    subj, speaker_m = shared.key, shared
            if not self.en:
                # the speaker named right after the verb is not the patient
                asked_end = -1
                for j in range(after, min(b, after + 4)):
                    m = doc.mention_at_tok(j)
                    if m is not None and j > asked_end:
                        if (
                            h.cls == "v"
                            and j == after
                            and m.key != subj
                            and self.actor(m)
                            and not m.adjectival
                            and self._speaker_only_later(subj, t, m, a, b)
                        ):
                            # "طالبت فرنسا إيران ...، فيما دعت الولايات المتحدة": a speaker
                            # named only in a later clause is not this verb's subject; the
                            # actor right after the verb is (S6-H2)
                            subj = m.key
                        if (
                            j == after
                            and m.key == subj
                            and (prev_asker := self._prev_subject_asks(h, t, m, a)) is not None
                        ):
                            # "وأكد الرئيس X ... . ودعا روسيا إلى": a masculine verb has no
                            # state for its subject; the last sentence's man asks (S12-RELAR)
                            subj, subj_m, asked_end = prev_asker, None, m.t1
                            continue
                        if (
                            j == after
                            and m.key == subj
                            and (first := self._addressee_not_speaker(h, t, m, a)) is not None
                        ):
                            # "أدانت تركيا الهجوم ودعت إيران إلى كشف ملابساته": Turkey asks
                            # Iran; the actor after the coordinated verb is asked (S6-H9)
                            subj, asked_end = first.key, m.t1
                            continue
                        if m.key == subj or m.key in self.cue_speakers.get(t, ()):
                            subj_m, subj, after = m, m.key, m.t1 + 1
                            # "وحذرت مالي وبوركينا فاسو": the other speakers, no patients
                            co_subjects = [] if nominal else self._ar_co_subjects(m, b)
                            if co_subjects:
                                after = max(after, co_subjects[-1].t1 + 1)
                        break
                if subj_m is None and h.cls == "p" and not trig.type.symmetric:
                    # "أعلنت مالي وبوركينا فاسو والنيجر الانسحاب ...، متهمة فرنسا": the
                    # participle acts for each of the coordinated speakers
                    named = self._speaker_before(subj, t, a)
                    if named is not None and doc.prep_of(named) is None:
                        co_subjects = [x for x in self._group(named, si) if x.key != subj]
        elif (spoke := self._participle_before_content(h)) is not None:
            # "قال X متهما Y بـ... إن ...": the speaker (S7-H17)
            subj_m, subj = spoke, spoke.key
        elif (accused := self._accused_doer(h, si)) is not None:
            # "اتهمت واشنطن طهران بتزويد الحوثيين بالأسلحة": the accused does the act
            subj_m, subj = accused, accused.key
        elif (circ := self._circumstantial_subject(h, si, a, stmt)) is not None:
            # "قال X إن ...، متوعدا إيران بـ", "أعلن X ...، متهما Y بـ": the clause's
            # subject; the noun after the participle is its patient
            subj_m, subj = circ
            if not subj:
                return  # (a plural participle after a single actor: someone else acts)
            if subj_m is not None and not (a <= subj_m.t0 < b):
                subj_m = None
        elif nominal:
            subj_m, subj = self.nominal_agent(h, a, b, stmt)
            if (
                not self.en
                and subj_m is None
                and subj is not None
                and subj == self.prev_subject
                and (
                    (h.pron == "هما" and len(self._prev_group) == 1)
                    or (h.pron in ("ها", "هم") and len(self._prev_group) >= 2)
                )
            ):
                # "أعلنت مالي والنيجر وبوركينا فاسو ... وعززت تعاونها مع روسيا": the
                # pronoun stands for the previous sentence's coordinated subjects (S8-H6)
                co_subjects = list(self._prev_group)
            if subj is None and self.en and (adj := self._adjunct_light_verb(h.first, a)) >= 0:
                # "Trump responded within hours, announcing tariffs on ...": the noun of a
                # participial adjunct's light verb is the main clause subject's act
                subj_m = self._first_subject_mention(a, adj)
                subj = subj_m.key if subj_m is not None else None
            if (
                subj is not None
                and stmt is not None
                and 0 < h.first - stmt.cue_tok <= 3
                and doc.entity_states.get(stmt.speaker) == subj != stmt.speaker
            ):
                # "معربا عن شكر الإمارات للرئيس ترامب": the speaker voices his state's thanks
                subj_m, subj = None, stmt.speaker
            if subj_m is not None and subj_m.t0 > h.last and not self._late_by_agent(h, subj_m):
                after = max(after, subj_m.t1 + 1)
                if not self.en and any(
                    doc.word(j) in _DOER_VERBS_AR for j in range(h.last + 1, subj_m.t0)
                ):
                    # "الغارات التي شنتها إسرائيل على سوريا": the patient follows the
                    # relative clause's subject, past its verb (S6-H2)
                    t_lim = max(t_lim, min(b, after + 6, self._next_stop(subj_m.t1, b)))
            if (
                subj is None
                and not self.en
                and h.entry.type is RelationType.CONSULT
                and doc.word(h.first - 1) in _EVENT_PREPS
                and h.first - 2 >= a
                and h.first - 2 in self.cue_speaker
            ):
                # "وقال في مؤتمر صحفي مشترك مع نظيره الإسباني": the speaker of the
                # verb the occasion follows (S6-H9)
                subj = self.cue_speaker[h.first - 2]
            if subj is None and h.entry.type is RelationType.CONSULT:
                # "شارك في اجتماع ... مع وزراء خارجية X وY", "took part in talks with X"
                subj_m = self._participant(t, a, b)
                if subj_m is not None:
                    subj = subj_m.key
            if (
                subj is None
                and not (
                    self.en
                    and doc.word(t - 1) in ("of", "about")
                    # ("approved a new package of military aid for X": the amount's
                    # subject gives it, S9-R2-H4)
                    and not (doc.word(t - 1) == "of" and doc.word(t - 2) in _QUANTITY_NOUNS_EN)
                )
                and not self._object_of_speech_act(h, si)
            ):
                # ("allegations of arming X": whoever arms is not named before "of")
                skip: set[str] = set()
                if self.en and doc.word(t - 1) == "in" and (near := doc.mention_at_tok(t - 2)):
                    skip.add(near.key)  # "troops in eastern Congo in support of M23"
                lv = None if self.en or h.pron else self._ar_light_verb_subject(h.first, a)
                if lv is not None and (handed := self._handed_to(lv, h.first)) is not None:
                    # "سلمت الخارجية ... سفير العراق مذكرة احتجاج": the verb's subject
                    # hands it to its first object (S6-H2)
                    subj_m, given_to = lv, handed
                else:
                    subj_m = self._coordinated_subject(t, si) if self.en else None
                    if subj_m is None:
                        subj_m = self.agent_before(t, self._agent_floor(t, a, clause), exclude=skip)
                        if self.en and subj_m is not None and self._object_before_and(subj_m, t):
                            # "has accused Putin of killing him and met Biden" (S7-H10)
                            first = self._first_subject_mention(a, subj_m.t0)
                            subj_m = (
                                first if first is not None and first.key != subj_m.key else None
                            )
                if subj_m is None and lv is not None:
                    # "وأجرى أمير الكويت الشيخ صباح ... اتصالا هاتفيا بأمير قطر": the
                    # subject of the light verb, past a long name between them (S6-H2)
                    subj_m = lv
                if subj_m is None and self.en and (lv_en := self._light_verb_after_inset(h, a)):
                    # "X, who arrived in Tehran on Sunday, held talks with Y" (S7-H19)
                    subj_m = self._appositive_subject(lv_en, a)
                if subj_m is None and (k := self._partner_inset(h, a)) >= 0:
                    # "X will continue, in cooperation with Y, its efforts", "ستواصل
                    # الرياض، بالتعاون مع ...، جهودها": the subject before the inset (S7-H19)
                    floor = self._agent_floor(k - 1, a, None)
                    subj_m = self.agent_before(k, floor, exclude=set())
                if subj_m is not None:
                    subj = subj_m.key
                    factor *= 0.9
                elif self.en and (he := self._continued_he(t, a)) is not None:
                    subj = he  # "X arrived in Y on Monday. He met Z": X (S10-H5)
                    factor *= 0.9
            if subj is None and not self.en and (dm := self._decision_genitive(h)) is not None:
                # "رحبت الرياض بقرار واشنطن رفع العقوبات عن سوريا": whose decision the
                # act is, though the noun is the object of a speech act (S7-H19)
                subj_m, subj = dm, dm.key
        elif passive_by:
            # passive: "sanctions imposed by the United States on Russia"
            agent = doc.mention_at_tok(by_at + 1) or doc.mention_at_tok(by_at + 2)
            if agent is None or not self.actor(agent):
                return
            not_patients = {agent.key}
            if stmt is not None and stmt.start <= trig_start:
                # "Kurti said the gunmen were backed by Belgrade": not the speaker
                not_patients.add(stmt.speaker)
            patient = self.agent_before(t, max(a, t - 8), exclude=not_patients)
            after_obj, _ = self.mention_after(
                agent.t1 + 1, t_lim + 3, trig.preps, exclude={agent.key}, place=place, required=True
            )
            co_agent = self._co_agent_en(agent, b) if self.en else None
            if after_obj is not None and co_agent is not None and after_obj.key == co_agent.key:
                after_obj = None  # "approved by the United States and Britain": two agents
            patient = after_obj or patient
            if patient is None and trig.type.symmetric:
                patient = co_agent  # "signed by X and his counterpart Y" (S8-H7)
            if (
                self.en
                and patient is not None
                and trig.type is RelationType.SUPPORT
                and doc.word(t).startswith(("welcom", "greet"))
                and patient.etype == EntityType.PERSON
                and agent.etype == EntityType.PERSON
            ):
                # "X was welcomed by Egyptian President Y in Cairo": one man greeting
                # another is a visit, hosting (as "Y welcomed X to Cairo") (S12-RELEN)
                trig = replace(trig, type=RelationType.CONSULT, topic="visit")
            if patient is not None:
                self.add(agent.key, patient, trig, h, si, sent, a, b, 0.85, nominal, True, agent)
            return
        elif not self.en and doc.word(t - 1) in _AR_REL_PRON and t not in self._rel_phrase_verbs:
            ante = doc.mention_at_tok(t - 2)
            if (ante is None or not self.actor(ante)) and (
                rel_subj := self._relative_vso_subject_ar(h)
            ) is not None:
                # "الإجراءات القسرية التي تفرضها الولايات المتحدة على سورية": the verb's
                # suffix is the noun, its subject follows (S13-RELAR)
                ante, after = rel_subj, rel_subj.t1 + 1
                co_subjects = self._ar_co_subjects(ante, b)
                if co_subjects:
                    after = max(after, co_subjects[-1].t1 + 1)
            if ante is None or not self.actor(ante):
                return  # "القرار الذي يدين": the subject is not an actor
            subj_m, subj = ante, ante.key
        elif not self.en and h.cls == "v" and (doer := self._raid_doer(t, a, stmt)) is not None:
            # "نفذت إسرائيل غارة جوية استهدفت مطار حلب": an unmarked relative clause on an
            # indefinite attack noun; its subject is whoever carried the attack out
            subj_m, subj = doer
            if subj is None:
                return
        else:
            explicit_unlinked = False
            pron_subject = (
                None
                if self.en
                else self._pronoun_comp_subject(t, stmt, h.entry.type in _STATE_DEEDS)
            )
            if pron_subject is None and not self.en:
                pron_subject = self._first_person_speaker(h, stmt)
            before = None if self.en or t - 1 < a else doc.mention_at_tok(t - 1)
            if (
                before is not None
                and before.t0 >= a
                and self.actor(before)
                and not before.adjectival
                and doc.prep_of(before) is None
                and not self.text[before.end : doc.tokens[t].start].strip()
            ):
                subj_m = before  # SVO: "أن الرئيس بوتين سيزور الصين"
            elif not self.en and (dignitary := self._honorific_subject(h, si, b)) is not None:
                subj = dignitary  # "ووجّه سموه الشكر إلى": the dignitary just named
            elif not self.en and pron_subject is None:
                m = None
                if h.last > h.first:
                    # "علقت الصين المحادثات مع": the subject sits in the phrase's gap
                    m, _ = self._vso_subject(h.first + 1, h.last)
                if m is None:
                    m, explicit_unlinked = self._vso_subject(after, min(b, after + 6))
                    if explicit_unlinked and m is None and h.last > h.first:
                        # "وقطعت علاقاتها الدبلوماسية مع": the adjective of the phrase's
                        # noun, no subject (S8-H6)
                        w = doc.word(after)
                        explicit_unlinked = not (
                            w.startswith("ال") and w.endswith(("ي", "ية")) and len(w) > 5
                        )
                    if m is not None and self._masculine_after_feminine(t, m, h):
                        # "، ودعت الجانب العراقي إلى": a masculine noun is no subject of a
                        # feminine verb; it is the patient (S6-H2)
                        m, explicit_unlinked = None, False
                    if m is None and doc.word(t - 1) == _QAD:
                        explicit_unlinked = False  # "وكانت X قد دعت الطرفين": X, before
                    if m is not None and (prev_asker := self._prev_subject_asks(h, t, m, a)):
                        # "... . ودعا روسيا إلى": the man of the sentence before asks it
                        # (S12-RELAR)
                        subj, m, explicit_unlinked = prev_asker, None, False
                group = None
                if m is None and not self._list_opener(after) and doc.word(t - 1) != _QAD:
                    # (not after "قد": "وكانت مصر والسعودية قد دعتا الطرفين", SVO)
                    group = self._group_anaphor(self._past_adjuncts(after), si)
                    if group is not None and (
                        len(group[0]) == 2
                        and (trig.type.symmetric or trig.type in _MUTUAL_DUAL_TYPES)
                    ):
                        group = None  # "واتفق الجانبان": _dual_subject pairs them
                if group is not None:
                    # "ووقعت الدول الثلاث", "وحذر الطرفان": the actors named before
                    members, end = group
                    self._anaphor_objects.update(range(self._past_adjuncts(after), end + 1))
                    subj_m, co_subjects = members[0], members[1:]
                    after = end + 1
                    explicit_unlinked = False
                elif m is not None:
                    subj_m = self._delegation_head(m, b) or m
                    after = max(after, m.t1 + 1, subj_m.t1 + 1)
                    if trig.type is RelationType.CONSULT and not nominal:
                        # "استقبل الملك حمد ... ملك البلاد المعظم، بقصر الصخير صباح اليوم،
                        # السيد ...": the guest's reach counts from the host's name (S6-H9)
                        t_lim = max(t_lim, min(b, after + 16, self._next_stop(h.last, b)))
                    co_subjects = self._ar_co_subjects(subj_m, b)
                    if co_subjects:
                        # "التقى X والوفد العماني، فور وصولهما، الرئيس": X and the delegation
                        # both meet; the patient comes after them
                        after = max(after, co_subjects[-1].t1 + 1)
            if pron_subject is not None:
                subj = pron_subject  # "قال بوتين إنه سيلتقي ...": he
                factor *= 0.9
            elif (
                self.en
                and doc.word(t).endswith("ing")
                and doc.word(t - 1) in ("of", "about", "for", "against")
            ):
                # a gerund after a preposition: "allegations of arming X" names no doer;
                # "accused Rwanda of backing M23": the one accused
                subj_m = self._accused_of(t, si)
            elif subj_m is None and self.en and (dm := self._decided_by_en(t)) is not None:
                subj_m = dm  # "condemned the decision by Britain to expel ...": who decided
            elif subj_m is None and not explicit_unlinked:
                shared = self._coordinated_subject(t, si) if self.en else None
                if shared is None and trig.type is RelationType.FLEE:
                    shared = self._fled_subject(t, a)  # "fled X and lives in exile in Y"
                if shared is not None:
                    subj_m = shared  # "X blocked and used water cannon on Y"
                else:
                    subj_m = self.agent_before(t, self._agent_floor(t, a, clause), exclude=set())
                    if self.en and subj_m is not None and self._object_before_and(subj_m, t):
                        # "His widow has accused Putin of killing him and met Biden": the
                        # first verb's object is no subject of the second (S7-H10)
                        first = self._first_subject_mention(a, subj_m.t0)
                        subj_m = first if first is not None and first.key != subj_m.key else None
                if subj_m is None and self.en:
                    subj_m = self._appositive_subject(t, a)
                if subj_m is not None:
                    factor *= 0.95
            if subj is not None:
                pass
            elif subj_m is not None:
                subj = subj_m.key
            elif explicit_unlinked and trig.topic not in _INTERCEPT_TOPICS:
                if not self.en and trig.type.symmetric and h.cls in ("v", "i"):
                    # "اتفقت اللجنة الفنية السورية الأردنية المشتركة على": a joint body of
                    # two states, each a party (S13-RELAR)
                    joint = self._joint_body_states_ar(after, b)
                    if joint is not None:
                        x, y = joint
                        self.add(x.key, y, trig, h, si, sent, a, b, 0.8, False, False, x)
                return  # "وثمّن القائد العام ...": a subject we could not link
            elif self.en:
                subj = self.pronoun_agent(t, a)
                factor *= 0.85
        if self.en and h.cls == "v" and self._participial_adjunct(t, a):
            # "Iran summoned the Swiss envoy, accusing Washington of ...": the main clause's
            # subject, or no one named when it is no actor ("Protesters gathered ...,
            # accusing him")
            main = self._first_subject_mention(a, t)
            if main is None:
                return
            subj, subj_m = main.key, main
        if subj is None and trig.topic in _INTERCEPT_TOPICS:
            # "أسقطت الدفاعات السورية صاروخا": the defences' state; in a statement
            # ("said its air defences had shot down"), the speaker
            nisba = doc.mention_at_tok(after + 1)
            if not self.en and nisba is not None and nisba.adjectival and nisba.t0 == after + 1:
                subj_m, subj = nisba, nisba.key
                after = nisba.t1 + 1
            elif stmt is not None:
                subj = stmt.speaker
        if (
            subj is None
            and stmt is not None
            and self._speaker_can_act(h, stmt, nominal)
            and not (nominal and self._object_of_speech_act(h, si))
        ):
            # ("متهمة إياها بدعم ...": the accused supports, not the speaker)
            subj = stmt.speaker
            factor *= 0.9
        if (
            subj is None
            and self.en
            and stmt is not None
            and (
                not nominal
                or any(doc.word(j) in _CONTENT_LIGHT_EN for j in range(h.first - 4, h.first))
            )
        ):
            # "He said he hoped to make a return visit to X" (a noun only after a light
            # verb: "he would restore a pact with X" makes no new pact, S8-H7)
            subj = self._content_pronoun_speaker(stmt, t)
        if (
            subj is None
            and not self.en
            and not nominal
            and (
                doc.word(t)[:1] in ("و", "ف")
                or t == a
                or doc.word(t - 1) in _BUT_PRON_AR
                or doc.word(t - 1) in _ALSO_AR  # "، كما استدعت سفيرها" (S6-H9)
                # "أعلنت الإمارات ...، بعد أن خفضت تمثيلها"، "منذ أن استدعت سفيرها"
                # (S13-RELAR)
                or self._time_clause_verb_ar(t)
            )
            # ("وفرضت على روسيا عقوبات من قبل الاتحاد": a passive verb has its agent after
            # "من قبل", no subject shared with the clause before, S9-H2)
            and (by_ar := self._by_pair_after_ar(h.last, b)) is None
            # ("وقتل جنود على يد مسلحين مجهولين": done by no one named, S10-H5)
            and not self._by_hand_after_ar(h.last, b)
        ):
            # "وكانت الجماعة قد أطلقت ...، وهددت": a coordinated verb shares the subject
            # of its own sentence; at the start of a sentence, the previous one's; so does
            # a verb after "لكنها"/"إلا أنه" (but it ...)
            own_m = self._clause_subject(a, t) if t > a else None
            if own_m is None and (part := self._partitive_subject_ar(h.last, b)) is not None:
                own_m = subj_m = part  # "وهاجم مسلحون من حركة X": X's men (S10-H5)
            subj = own_m.key if own_m is not None else self.prev_subject
            factor *= 0.7
            if not co_subjects and subj is not None and self._ar_group_verb(h, own_m, b):
                # "أعلنت مالي والنيجر وبوركينا فاسو ... وعززت تعاونها مع روسيا": each of
                # the coordinated subjects (S8-H6)
                co_subjects = (
                    self._ar_co_subjects(own_m, b) if own_m is not None else self._prev_group
                )
        if subj is None and not self.en and not nominal:
            by_ar = self._by_pair_after_ar(h.last, b)
            if by_ar is not None and self.actor(by_ar):
                subj_m, subj = by_ar, by_ar.key  # "وفرضت على روسيا عقوبات من قبل X" (S9-H2)
        # ("threatened one another with war": a "mid" form's gap holds the patient)
        recip_from = h.first + 1 if frame == "mid" else after
        if self.en and self._reciprocal(
            h, recip_from, subj, subj_m or speaker_m, si, sent, a, b, nominal
        ):
            return  # "X and Y pledged not to use force against each other"
        if subj is None:
            return
        if (
            not self.en
            and (
                (
                    doc.word(t - 1) in _ANY_AR
                    # (not "نفى وجود أي تنسيق مع أنقرة": the speaker's own, denied, S6-H2)
                    and not (
                        trig.type.symmetric
                        and doc.word(h.last + 1) in _WITH_AR
                        and any(
                            doc.word(j).lstrip("و") in _DENY_AR for j in range(max(a, t - 6), t)
                        )
                    )
                )
                # "لن تقبل بأي وجود عسكري أجنبي" (S6-H2; not "لن تقبل بأي تفاوض مع X",
                # the speaker's own talks)
                or (doc.word(t - 1) in _ANY_AFTER_PREP_AR and not trig.type.symmetric)
            )
            and (subj_m is None or subj_m.t0 < t)
        ):
            return  # "حذرت من أن أي نشر لقوات ...": any such act, by no one named
        if (
            not self.en
            and nominal
            and (subj_m is None or subj_m.t0 < t)
            and self._warned_against(t, a)
        ):
            return  # "حذر الكرملين الغرب من إرسال قوات": what others must not do
        # --- patient(s)
        if after > h.last + 1 and not nominal and trig.type is RelationType.AGREE:
            # "وقّع X أمس رسالة موافقة بلاده على اتفاق ... مع إسرائيل": a signing verb's
            # window starts after its subject
            t_lim = max(t_lim, min(b, after + 14, self._next_stop(h.last, b)))
        if trig.topic in _INTERCEPT_TOPICS and self._intercepted(h, after, subj, si, sent, a, b):
            return
        self._speech_patient = (
            trig.type in _SPEECH_TYPES
            or (
                # "وافقت إسرائيل على المقترح المصري": the proposer agreed with (S6-H2)
                not self.en
                and trig.type is RelationType.AGREE
                and any(
                    doc.word(j).lstrip("وب").removeprefix("ال") in _PROPOSALS_AR
                    for j in range(min(h.last, after), min(b, after + 3))
                )
            )
            or (
                # "accepted the Egyptian proposal": the proposer agreed with (S7-H17)
                self.en
                and trig.type is RelationType.AGREE
                and any(doc.word(j) in _PROPOSALS_EN for j in range(h.last, min(b, after + 4)))
            )
        )
        self._capital_ok = self._capital_patient(trig)
        # (a place struck stands for its state; not one a man "storms", a visit: "اقتحام
        # رئيس الوزراء الضفة الغربية")
        self._struck_place_ok = (
            # ("shelled Kharkiv": the city, S8-H7; "struck Kharkiv", an irregular form, S12-RELEN)
            (not self.en or h.cls in ("v", "x"))
            and trig.type is RelationType.ASSAULT
            and doc.entity_types.get(subj or "") != EntityType.PERSON
        )
        self._aid_place_ok = self.en and trig.type is RelationType.AID
        self._near_ok = trig.topic == "visit"  # "زار مخيما قرب بيروت": still in Lebanon
        if not self.en and _NEAR_AR.intersection(trig.preps):
            self._near_ok = True  # "مناورات قرب النرويج": a row that takes "قرب" (S6-H7)
        self._adj_heads = (
            (_BORDER_EN if self.en else _BORDER_AR)
            if trig.type is RelationType.MOBILIZE
            else _GOODS_AR
            # (a ban lifted on goods, "رفع الحظر على الواردات اللبنانية", S7-H14)
            if trig.type in (RelationType.SANCTION, RelationType.CONCEDE) and not self.en
            else _GOODS_EN
            if trig.type in (RelationType.SANCTION, RelationType.CONCEDE)
            else frozenset()
        )
        self._no_locative = trig.type in _NO_LOCATIVE
        # "منع السفير الإيراني، الموجود حاليا في إيران، من العودة": the state or place
        # where someone is held or barred is no patient ("موظفين في الأمم المتحدة" is)
        self._no_locative_place = not self.en and trig.type is RelationType.COERCE
        # "migrants deported from the United States": where they are deported from is no
        # patient (often the deporting side itself)
        self._no_source = self.en and trig.topic in ("deportation", "invitation")
        # ("invited criticism from Germany": no one invited)
        exclude = {subj}
        own_state = doc.entity_states.get(subj)
        if own_state and trig.type not in _OWN_STATE_OK:
            exclude.add(own_state)  # "حذرت البعثة الإيرانية من أن رد طهران ...": its own side
        if frame == "mid":
            # "provided Ukraine with", "arrived in Moscow for talks": the patient sits in
            # the gap, whatever preposition it takes there
            self._no_locative = False
            obj_m, by_prep = self.mention_after(
                h.first + 1, h.last, (), exclude=exclude, place=place, required=False
            )
            if (
                self.en
                and obj_m is not None
                and obj_m.t1 >= h.last
                and self.text[doc.tokens[h.last].start].isupper()
            ):
                # "take the case to the International Court of Justice": a name that holds
                # the phrase's own last word is no patient in its gap (S9-R2-H4); "trained
                # Kenyan troops": a common noun ending the patient is (S6)
                obj_m = None
            if obj_m is None and self.en and trig.topic == "downing of aircraft":
                # "Turkey shot down a Russian warplane": the state whose craft it was, named
                # by its adjective in the gap (S12-RELEN)
                obj_m = next(
                    (
                        m
                        for j in range(h.first + 1, h.last)
                        if (m := doc.mention_at_tok(j)) is not None
                        and m.adjectival
                        and m.etype == EntityType.STATE
                        and m.key not in exclude
                    ),
                    None,
                )
            if obj_m is None and self.en and stmt is not None and stmt.start <= trig_start:
                # "Poland said Russian drones had entered its airspace"
                obj_m = self._speakers_ground(h.first + 1, h.last + 1, stmt, subj, a)
            if obj_m is None:
                return
            if self.en and trig.type is RelationType.CONSULT and doc.word(h.last + 1) == "with":
                # "arrived in Beijing for talks with Wang Yi": the host city and the partner
                partner, _ = self.mention_after(
                    h.last + 1,
                    min(b, h.last + 7),
                    ("with",),
                    exclude=exclude,
                    place=False,
                    required=True,
                )
                if partner is not None and partner.key != obj_m.key:
                    self.add(subj, partner, trig, h, si, sent, a, b, factor, nominal, True, subj_m)
        elif self.en and not nominal and (shared := self._shared_patient(h, subj, si)):
            obj_m, by_prep = shared, False  # "spoke with X and urged an end to ...": X
        elif self.en and not nominal and doc.word(after) in _EN_OBJ_PRON:
            obj_m, by_prep = None, False  # "detaining him, and the newspaper ...": the pronoun
        elif not self.en and not nominal and self._anaphor_end(self._past_adjuncts(after)):
            obj_m, by_prep = None, False  # "دعتا الطرفين": the actors named before (below)
        elif (
            not self.en
            and trig.type is RelationType.REQUEST
            and trig.frame == "spk"
            and not trig.prep_required
        ):
            # "دعا X إلى ...", "طالب X بـ...": whom one asks comes before what is asked
            # ("داعيا المجتمع الدولي إلى محاسبة الإمارات" asks nothing of the Emirates)
            content = next(
                (
                    j
                    for j in range(after, t_lim)
                    if self._request_content(j) and not self._actor_at(j + 1)
                ),
                t_lim,
            )  # ("وجه نداء إلى فرنسا": the appeal's addressee after its preposition)
            obj_m, by_prep = self.mention_after(
                after, content, trig.preps, exclude=exclude, place=place, required=False
            )
        elif (
            not self.en
            and trig.type in (RelationType.ASSAULT, RelationType.COERCE)
            and (owner := self._owned_targets(after, t_lim, exclude)) is not None
        ):
            # "عملية عسكرية ضد مواقع حزب العمال الكردستاني في شمال العراق": whose
            # positions, not where they are (S6-H2)
            obj_m, by_prep = owner, True
        else:
            obj_m, by_prep = self.mention_after(
                after, t_lim, trig.preps, exclude=exclude, place=place, required=trig.prep_required
            )
            if obj_m is None and trig.type in (RelationType.PRESENCE, RelationType.RETREAT):
                obj_m = self._the_country(h, after, t_lim, trig.preps, exclude)
                by_prep = obj_m is not None or by_prep
        if (
            self.en
            and obj_m is not None
            and trig.type.symmetric
            and obj_m.t0 > h.last + 1
            and self._host_agent(obj_m)
        ):
            # "Ethiopia and Egypt resumed talks hosted by Sudan": the host meets each party
            # (see code), it is no party itself (S7-H10)
            obj_m = None
        if (
            obj_m is None
            and self.en
            and trig.type is RelationType.SANCTION
            and frame == "svo"
            and h.last - h.first >= 2
        ):
            # "froze Russian assets", "froze Iranian bank accounts": whose assets, named by
            # a state adjective inside the trigger's gap (S7-H25)
            obj_m = next(
                (
                    m
                    for j in range(h.first + 1, h.last)
                    if (m := doc.mention_at_tok(j)) is not None
                    and m.adjectival
                    and m.key not in exclude
                    and self.actor(m)
                ),
                None,
            )
            by_prep = False
        if obj_m is None and self.en and trig.type is RelationType.AID and frame == "svo":
            # "would contribute personnel to the mission": the state the mission was named
            # for before ("a security mission to Haiti") (S9-R3-H7)
            obj_m = self._mission_host_en(after, t_lim, exclude)
            by_prep = obj_m is not None
        if obj_m is None and given_to is not None:
            obj_m, by_prep = given_to, True
        if obj_m is None and not self.en and not nominal:
            # "ووقع معها إعلانا"، "وهددت بالرد عليها": the patient is a pronoun on the
            # preposition; the one actor of its gender named just before (S8-H6)
            obj_m = self._ar_pronoun_complement(after, t_lim, trig.preps, exclude, si, t)
            by_prep = obj_m is not None
        if (
            not self.en
            and nominal
            and trig.topic == "summoning of envoy"
            and subj_m is not None
            and obj_m is not None
            and h.last < subj_m.t0 < obj_m.t0
            and (
                doc.prep_of(obj_m) == _AR("إلى")
                or (doc.word(obj_m.t0 - 1) == _AR("مقر") and doc.word(obj_m.t0 - 2) == _AR("إلى"))
            )
        ):
            # "وتم استدعاء السفير الإيراني إلى وزارة الخارجية البحرينية": the envoy is
            # summoned by the body he is called to (S6-H2)
            subj_m, obj_m = obj_m, subj_m
            subj = subj_m.key
        if (
            obj_m is not None
            and not self.en
            and trig.type in (RelationType.REJECT, RelationType.AGREE)
            and (
                prop := next(
                    (
                        j
                        for j in range(h.first, obj_m.t0 - 1)
                        if doc.word(j).lstrip("وب").removeprefix("ال") in _PROPOSALS_INDEF_AR
                    ),
                    None,
                )
            )
            is not None
        ):
            # "رفضت إثيوبيا مقترحا سودانيا بإشراك الأمم المتحدة": the proposer (its
            # adjective), not whom the proposal would bring in (S6-H2)
            proposer = doc.mention_at_tok(prop + 1)
            if proposer is not None and proposer.t0 == prop + 1 and proposer.adjectival:
                obj_m, by_prep = proposer, False
        if (
            obj_m is not None
            and not self.en
            and trig.type is RelationType.COERCE
            and obj_m.t0 > h.last
            and (
                heading := next(
                    (j for j in range(h.last + 1, obj_m.t0) if doc.word(j) in _HEADING_AR), None
                )
            )
            is not None
        ):
            # "احتجزت البحرية شحنة أسلحة إيرانية متجهة إلى الحوثيين": whose goods are
            # seized, not where they were going (S6-H2)
            owner = next(
                (
                    m
                    for m in doc.mentions_in(doc.tokens[h.last].end, doc.tokens[heading].start)
                    if m.adjectival and m.etype is EntityType.STATE and m.key not in exclude
                ),
                None,
            )
            obj_m, by_prep = owner, False
        if (
            obj_m is not None
            and not self.en
            and trig.type is RelationType.AGREE
            and any(doc.word(j).lstrip("و") in _SPONSORED_AR for j in range(h.last + 1, obj_m.t0))
        ):
            # "وقعتا الاتفاق برعاية الأمم المتحدة وتركيا": the sponsors are no parties; they
            # meet each (S6-H2)
            obj_m, by_prep = None, False
        if trig.type in (RelationType.REJECT, RelationType.SUPPORT) or (
            trig.type is RelationType.ACCUSE and not self.en
        ):
            drafter = self._drafter(after, b, subj)
            if drafter is not None:
                obj_m, by_prep = drafter, True  # "vetoed a resolution drafted by Algeria"
        if obj_m is None and frame == "spk" and self.en and doc.word(after) not in _EN_OBJ_PRON:
            reach = min(self._next_stop(h.last, b), after + 12)
            reach = self._participial_adjunct_in(after, reach, a)
            obj_m, by_prep = self.mention_after(
                after,
                reach,
                trig.preps,
                exclude=exclude,
                place=place,
                required=trig.prep_required,
            )
        if (
            obj_m is not None
            and self.en
            and frame == "spk"
            and trig.type is RelationType.THREATEN
            and not trig.preps
            and doc.prep_of(obj_m) == "in"
        ):
            # "warned that any intervention in Niger would ...": where the feared act would
            # happen, not the one warned (S5-H13)
            obj_m = None
        if (
            obj_m is None
            and nominal
            and not self.en
            and h.prefix.endswith("ل")
            and subj_m is not None
            and subj_m.t0 > h.last
            # ("الهجمات التي شنتها X", "بالهجوم الحوثي": the article, no purpose "ل",
            # S6-H2; an adjective right after names the doer, S12-RELAR)
            and not (
                h.prefix.endswith("ال")
                and (
                    any(doc.word(j) in _DOER_VERBS_AR for j in range(h.last + 1, subj_m.t0))
                    or (subj_m.t0 == h.last + 1 and doc.word(subj_m.t0).startswith("ال"))
                )
            )
            and self.rels
            and self.rels[-1].sent == si
            and self.rels[-1].subject != subj_m.key
        ):
            # purpose: "يزور القاهرة للقاء الرئيس السيسي": the clause subject meets the
            # genitive
            obj_m, subj = subj_m, self.rels[-1].subject
            subj_m = None
            factor *= 0.85
        if (
            obj_m is None
            and subj_m is not None
            and (first := self._shared_subject(h, a, subj_m, bool(co_subjects))) is not None
        ):
            # "وصل X إلى بيروت على رأس وفد، والتقى رئيس الوزراء Y", "أعلن X رفضه ...،
            # ودعا إسرائيل إلى": the coordinated verb shares X as subject; the actor
            # after it is its patient
            obj_m, subj_m, subj = subj_m, first, first.key
            by_prep = False
            shared_more, co_subjects = co_subjects, []  # (its other patients)
        if (
            obj_m is not None
            and subj_m is not None
            and not self.en
            and frame == "nom"
            and trig.topic == "expulsion of diplomats"
            and subj_m.key.startswith(_UNNAMED_OFFICIAL)
            and h.first < subj_m.t0 <= h.last + 1
            and doc.prep_of(obj_m) == "من"
            and not obj_m.adjectival
        ):
            # "تم طرد دبلوماسيين روس من بريطانيا": the state they are expelled from
            # expels them (S6-H9)
            subj_m, obj_m = obj_m, subj_m
            subj = subj_m.key
        if (
            obj_m is not None
            and not self.en
            and nominal
            and trig.topic == "deportation"
            and doc.prep_of(obj_m) == "الي"
            and (h.pron or (subj_m is not None and h.first < subj_m.t0 <= h.last + 1))
        ):
            # "ترحيل الوزيرة التركية إلى ألمانيا"، "وترحيلها إلى": where the deported are
            # sent is not whom the deportation falls on (S6-H9)
            return
        if (
            obj_m is None
            and not self.en
            and frame == "nom"
            and subj_m is not None
            # (not a noun whose patient must follow a preposition: "اعتراف الولايات
            # المتحدة بسيادة المغرب", the genitive recognises, S6-H9)
            and not trig.prep_required
            and (
                (trig.type in _PATIENT_GENITIVE and subj_m.t0 == h.last + 1)
                or (
                    trig.type in _UPON_OFFICIAL
                    and subj_m.key.startswith(_UNNAMED_OFFICIAL)
                    and h.first < subj_m.t0 <= h.last + 1  # ("طرد السفير" is one row)
                    and ("ب" not in h.prefix or self._responded_by(h.first))
                    and doc.word(h.first - 1) not in _REQUEST_PREPS_AR
                )  # (not what is asked: "دعا إلى طرد السفير"، "طالب بطرد")
            )
            and not subj_m.adjectival
            and not h.pron
            and (doer := self._clause_agent(h, a, stmt, clause, subj_m.key)) is not None
        ):
            # (S6-H7: "قررت ألمانيا طرد دبلوماسيين روسيين"، "أعلنت اعتقال صحفي أمريكي": an
            # unnamed envoy or national after an expulsion or arrest is whom it falls on)
            # "تعهدت ألمانيا بدعم أوكرانيا", "تواصل واشنطن دعم كييف": with no "لـ" patient,
            # the genitive is whom the clause's subject supports
            obj_m, by_prep = subj_m, True
            subj_m, subj = doer
            factor *= 0.9
        if obj_m is None and not self.en and trig.type is RelationType.THREATEN:
            # "حذرت إيران من أن أي هجوم إسرائيلي سيقابل برد": whoever would attack
            obj_m = self._threat_target(after, t_lim, exclude)
            by_prep = obj_m is not None
            if obj_m is None and any(
                doc.word(j).removeprefix("على") in _THIS_AR
                and _ar_attack_noun("ال" + doc.word(j + 1).removeprefix("ال"))
                for j in range(after, min(b, after + 3))
            ):
                # "تحتفظ بحق الرد على هذا الاعتداء": the author of the attack just told
                # (an army or air force: its state is the one threatened)
                obj_m = self._act_author(si, doc.entity_states.get(subj or "") or subj or "")
                if obj_m is not None and obj_m.etype == EntityType.ORGANIZATION:
                    state = doc.entity_states.get(obj_m.key)
                    if state and doc.entity_types.get(state) == EntityType.STATE:
                        obj_m = replace(obj_m, key=state, etype=EntityType.STATE, kind="name")
                by_prep = obj_m is not None
        if (
            obj_m is None
            and not self.en
            and subj is not None
            and h.cls in ("v", "i")
            and (
                trig.type in (RelationType.REJECT, RelationType.ACCUSE)
                or (trig.type is RelationType.SUPPORT and doc.word(after)[:1] == "ب")
            )
            and doc.word(after).removeprefix("ب") in _TOLD_ACTS_AR
            and (
                after + 1 >= b
                or doc.word(after + 1).startswith("و")
                or not _PUNCT_EVAL.isdisjoint(
                    self.text[doc.tokens[after].end : doc.tokens[after + 1].start]
                )
            )
        ):
            # "فرضت واشنطن عقوبات على شركات صينية. ورفضت بكين القرار"، "ورحبت كييف
            # بالعقوبات": the act just told, so its author
            obj_m = self._act_author(si, doc.entity_states.get(subj) or subj)
            by_prep = obj_m is not None
        if (
            obj_m is None
            and self.en
            and subj is not None
            and h.cls == "v"
            and trig.type in (RelationType.REJECT, RelationType.ACCUSE)
            and doc.word(after) in _TOLD_ACT_DETS_EN
            # (a noun of no type, "the move", is the last main act: coded further on)
            and (doc.word(after + 1) in _TOLD_ACT_TYPES_EN or doc.word(after + 1) in _TOLD_PACTS_EN)
            and (
                after + 2 >= b
                or doc.word(after + 2) in _AFTER_TOLD_ACT_EN
                or not _PUNCT_EVAL.isdisjoint(
                    self.text[doc.tokens[after + 1].end : doc.tokens[after + 2].start]
                )
            )
        ):
            # "Houthi rebels seized a cargo ship. Japan condemned the seizure as ...": the
            # act just told, so its author (a third party's condemnation); "denounced the
            # deal": the pact's (other) party (S10-R2-H5)
            own = doc.entity_states.get(subj) or subj
            if doc.word(after + 1) in _TOLD_PACTS_EN:
                obj_m = self._pact_author(si, own, doc.tokens[after].start)
            else:
                obj_m = self._told_act_author(si, own, doc.word(after + 1))
            by_prep = obj_m is not None
        if (
            obj_m is None
            and self.en
            and subj is not None
            and subj_m is not None
            and h.cls == "v"
            and trig.type in (RelationType.REJECT, RelationType.ACCUSE)
            and (
                after >= b
                or not _PUNCT_EVAL.isdisjoint(
                    self.text[doc.tokens[after - 1].end : doc.tokens[after].start]
                )
            )
            and (k := subj_m.t0 - 1 - (doc.word(subj_m.t0 - 1) in ("that", "which"))) > a + 1
            and doc.word(k) in _DECISION_NOUNS_EN
            and doc.word(k - 1) in ("a", "an")
            and "," in self.text[doc.tokens[k - 2].end : doc.tokens[k - 1].start]
        ):
            # "Egypt delivered arms to Somalia, a move Ethiopia condemned": the act of the
            # main clause, so its author (S10-R2-H5)
            obj_m = self._act_author(si, doc.entity_states.get(subj) or subj, 0)
            by_prep = obj_m is not None
        if obj_m is None and not self.en and trig.type is RelationType.THREATEN and not nominal:
            # "حذرت من أن ردها سيكون أشد إذا ارتكبت إسرائيل خطأ آخر": the one whose act the
            # condition names (as "warned ... if Israel ..." in English)
            obj_m = self._condition_actor(after, b, exclude | {subj or ""})
            by_prep = obj_m is not None
        if (
            obj_m is None
            and not self.en
            and trig.type in (RelationType.CONCEDE, RelationType.SUPPORT)
            and (partner := self._call_partner(h, subj, si))
        ):
            # "أجرى X اتصالا مع Y، قدم خلاله اعتذاره": an apology or support voiced during
            # the call goes to its other party (a condemnation there is of the attacker)
            obj_m, by_prep = partner, True
        if obj_m is None and not self.en and trig.type is RelationType.AID:
            # "مساعدات ... لدعم المتضررين من الفيضانات في ليبيا": the state of the people
            # helped (S6-H2)
            obj_m = self._aid_beneficiaries(after, b, exclude)
            by_prep = obj_m is not None
        if obj_m is None and not self.en and nominal and trig.type is RelationType.SANCTION:
            # "وتخضع إيران منذ سنوات لعقوبات أمريكية": the subject of "to be subjected to"
            obj_m = self._subjected(h, a, exclude)
            by_prep = obj_m is not None
        if (
            obj_m is None
            and not self.en
            and nominal
            and trig.type in (RelationType.ASSAULT, RelationType.COERCE)
        ):
            # "وتعرضت كييف لهجوم روسي": the subject of "to undergo" is the one attacked
            obj_m = self._subjected(h, a, exclude, _UNDERGONE_AR)
            by_prep = obj_m is not None
        more_objects: list[Ment] = list(shared_more)
        if (
            obj_m is None
            and not self.en
            and subj is not None
            and (nominal or bool(h.pron))  # ("رفضها" also reads as a verb)
            and trig.type in (RelationType.REJECT, RelationType.ACCUSE)
            and self._told_act_after_ar(after)
        ):
            # "فرضت واشنطن ولندن عقوبات على X. وأعلنت موسكو رفضها لهذه العقوبات"،
            # "معارضتهما للقرار": the act just told, so each of its authors (S12-RELAR)
            authors = self._act_authors(si, doc.entity_states.get(subj) or subj)
            if authors:
                obj_m, more_objects, by_prep = authors[0], authors[1:], True
        if (
            obj_m is None
            and not self.en
            and subj is not None
            and trig.type in (RelationType.REJECT, RelationType.ACCUSE)
            and self._told_pact_ar(after)
        ):
            # "وقعت تركيا وليبيا اتفاقا ... ورفضت اليونان الاتفاق": each party to the pact
            # just told, not the rejecter's own side (S13-RELAR)
            pact_sides = self._pact_parties_ar(
                si, doc.entity_states.get(subj) or subj, doc.tokens[after].start
            )
            if pact_sides:
                obj_m, more_objects, by_prep = pact_sides[0], pact_sides[1:], False
        if (
            obj_m is not None
            and not self.en
            and frame == "mut"
            and any(
                doc.word(j).lstrip("وف") in _MEDIATED_BY_AR
                for j in (obj_m.t0 - 1, obj_m.t0 - 2)
                if j > h.last
            )
        ):
            obj_m = None  # "تبادلت روسيا وأوكرانيا الأسرى بوساطة إماراتية" (S7-H3)
        if (
            not self.en
            and frame == "mut"
            and subj is not None
            and (sides := self._mediated.get((si, subj))) is not None
        ):
            # "نجاح وساطة قطر بين X وY، أسفرت عن تبادل الأسرى من الجانبين": the swap is
            # between the two sides, not the mediator's (S12-RELAR)
            subj_m, obj_m = sides
            subj, by_prep = subj_m.key, False
            self._anaphor_objects.update(range(after, min(b, after + 8)))
        if (
            obj_m is not None
            and not self.en
            and obj_m.t0 - 1 > h.last
            and _HOST_AR.search(doc.word(obj_m.t0 - 1))
            and doc.word(obj_m.t0 - 1).endswith(("ها", "ه"))
        ):
            # "وقعت X وY اتفاقا في ختام المحادثات التي ترعاها Z": the relative clause's
            # subject hosts the talks (the host meets each, see code), no patient (S12-RELAR)
            obj_m = None
        if obj_m is None and not self.en and frame != "mid":
            # "داعيا الطرفين إلى", "ودعت فرنسا البلدين إلى": each of the actors named before
            group = self._group_anaphor(
                self._past_adjuncts(after), si, doc.entity_states.get(subj) or subj
            )
            if group is not None:
                members = [m for m in group[0] if m.key not in exclude]
                if len(group[0]) == 2 and len(members) == 1:
                    # "التقى X عباس ثم بينيت، داعيا الجانبين": X is no side; the two
                    # X dealt with are (S9-R3-H6)
                    members = self._partners_ar(subj, si) or members
                self._anaphor_objects.update(range(self._past_adjuncts(after), group[1] + 1))
                if members:
                    obj_m, more_objects = members[0], members[1:]
                    by_prep = False
        if obj_m is None and not self.en and trig.type is RelationType.REQUEST:
            # "دعت الصين إلى ضبط النفس بين الهند وباكستان": a call on each side
            pair = self.pair_after(after, min(b, t_lim + 4), adjectives=False)
            if pair is not None and not self._both_word(self._past_adjuncts(after)):
                obj_m, more_objects = pair[0], [pair[1]]
                by_prep = True
        if (
            obj_m is None
            and co_subjects
            and not self.en
            and trig.type is RelationType.CONSULT
            and not nominal
            and self._unnamed_official(after, min(b, after + 8))
        ):
            return  # "والتقى X والوفد العماني، فور وصولهما، رئيس المجلس ...": they meet him
        if obj_m is None and co_subjects and (trig.type.symmetric or frame == "mut"):
            # "ووقعت أرمينيا وأذربيجان إعلانا": the coordinated subject is the other party;
            # with more than two, every pair ("ووقعت الدول الثلاث ميثاقا")
            obj_m, co_subjects = co_subjects[0], co_subjects[1:]
            by_prep = False
            more_objects = []
            for i, x in enumerate(co_subjects):
                for y in co_subjects[i + 1 :]:
                    if x.key != y.key:
                        self.add(x.key, y, trig, h, si, sent, a, b, factor * 0.8, nominal, False, x)
            if trig.type.symmetric:
                more_objects = list(co_subjects)
        if (
            obj_m is None
            and self.en
            and trig.type is RelationType.CONSULT
            and subj_m is not None
            and stmt is not None
            and stmt.speaker != subj
            and doc.word(after) in ("him", "her")
            and doc.entity_types.get(stmt.speaker) == EntityType.PERSON
            and (spoke := self._latest_mention(stmt.speaker, t)) is not None
        ):
            # "Trump said he expected X and Y to come to Washington to meet him": each
            # meets the speaker, not the other
            other = self._coordinated_before(subj_m, subj)
            if other is not None and other.key != spoke.key:
                self.add(other.key, spoke, trig, h, si, sent, a, b, factor, nominal, False, other)
            obj_m = spoke
        if (
            obj_m is None
            and trig.type.symmetric
            and subj_m is not None
            and not (
                not self.en
                and nominal
                and "ب" in h.prefix
                and any(
                    k in self.cue_speaker or self._verb_types.get(k) in _SPEECH_TYPES
                    for k in range(a, subj_m.t0)
                )
            )
        ):
            # "Putin and Trump agreed", "بوتين وترامب اتفقا": a coordinated subject
            # (not "أشادت الإمارات والبحرين بالاتفاق": those who welcome it, S6-H2)
            obj_m = self._coordinated_before(subj_m, subj)
            if (
                obj_m is not None
                and self.en
                and self._with_partner_after(after, b, {subj, obj_m.key})
            ):
                # "Bahrain and Egypt agreed to restore ties with Qatar": one side of a deal
                # with the partner named later, not a deal between the two (S7-H10)
                obj_m = None
            if (
                obj_m is not None
                and nominal
                and not self.en
                and any(
                    _contribution_ar(doc.word(j))
                    for j in range(max(obj_m.t1, subj_m.t1) + 1, h.first)
                )
            ):
                # "شكر X قطر ومصر على جهودهما في إنجاز الصفقة": those who helped reach
                # it, not its two parties
                obj_m = None
            if obj_m is not None and not self.en:
                # "القوات البحرية الإيرانية والروسية والصينية مناورات مشتركة": a third
                # coordinated side acts with each of the two (S6-H2)
                seen = {subj, obj_m.key}
                third = self._coordinated_before(obj_m, obj_m.key, states=True)
                while third is not None and third.key not in seen and len(seen) < 5:
                    for other in (subj_m, obj_m):
                        self.add(third.key, other, trig, h, si, sent, a, b, factor * 0.8,
                                 nominal, False, third)  # fmt: skip
                    seen.add(third.key)
                    third = self._coordinated_before(third, third.key, states=True)
        if obj_m is None and self.en and trig.type.symmetric and subj_m is not None:
            ante = self._pronoun_conjunct(subj_m)
            if ante is not None:
                # "he and Chinese President Xi Jinping agreed": the man named before
                self.add(ante.key, subj_m, trig, h, si, sent, a, b, factor * 0.85, nominal, False)
                return
        if (
            obj_m is None
            and subj_m is not None
            and (frame == "mut" or trig.type is RelationType.MOBILIZE)
            and not (trig.type is RelationType.MOBILIZE and self._agreed_to(h, a))
            and (other := self._coordinated_before(subj_m, subj, states=True)) is not None
        ):
            # "Chinese and Indian troops clashed", "China and India massed troops along
            # the border": each side acts on the other
            self.add(subj, other, trig, h, si, sent, a, b, factor * 0.9, nominal, False, subj_m)
            self.add(
                other.key, subj_m, trig, h, si, sent, a, b, factor * 0.9, nominal, False, other
            )
            return
        if (
            obj_m is None
            and self.en
            and doc.word(after) in ("it", "them", "him", "her")
            and not self._relative_subject(after)
            # ("would not withdraw them": the troops moved, no actor; S8-H7)
            and not (trig.type in (RelationType.RETREAT, RelationType.MOBILIZE) and h.cls == "v")
        ):
            if doc.word(after) == "it" and trig.type in (
                RelationType.ACCUSE,
                RelationType.SUPPORT,
                RelationType.REJECT,
            ):
                # "Russia attacked Ukraine. Poland condemned it.": the act just told, so
                # its author
                obj_m = self._act_author(si, doc.entity_states.get(subj) or subj)
            if obj_m is None:
                obj_m = self._pronoun_object(doc.word(after), t, subj)
                if (
                    obj_m is not None
                    and subj_m is not None
                    and any(g.key == obj_m.key for g in self._group(subj_m, si))
                ):
                    obj_m = None  # "Eritrea and Syria voted against it": no co-subject (S7-H10)
        if (
            obj_m is None
            and not self.en
            and h.cls == "v"
            and h.pron == "ه"
            and trig.type is RelationType.CONSULT
            and subj is not None
            and doc.entity_types.get(subj) == EntityType.PERSON
        ):
            # "ووصل X إلى القاهرة حيث استقبله الرئيس Y"، "والتقاه Y": the man just named
            obj_m = self._pronoun_object("him", t, subj)
        if (
            obj_m is None
            and not self.en
            and h.cls in ("v", "i")
            and trig.type in (RelationType.COERCE, RelationType.CONCEDE)
            and subj is not None
            and (
                doc.word(after) in _PREP_HIM_AR
                or (h.last > h.first and doc.word(h.last) in _PREP_HIM_AR)
            )
        ):
            # "وأفرجت عنه موسكو", "وحكمت عليه محكمة روسية بالسجن": the man just named
            # (S7-H3)
            obj_m = self._pronoun_object("him", t, subj)
            by_prep = obj_m is not None
        if (
            obj_m is None
            and not self.en
            and h.cls == "v"
            and subj is not None
            and (
                trig.type in (RelationType.REQUEST, RelationType.THREATEN, RelationType.CONSULT)
                or (trig.type is RelationType.ACCUSE and _ACCUSED_AR in doc.word(h.first))
            )
        ):
            # "وأدانت اليابان التجربة، وطالبتها بوقف ..."، "ودعاه إلى": the one actor of the
            # suffix's kind named just before (S7-H20)
            obj_m = self._suffix_referent(h, si, a, subj)
            by_prep = False
        if obj_m is None and trig.type in (RelationType.ASSAULT, RelationType.COERCE):
            # "strikes on nine sites in Pakistan", "غارات على مواقع في باكستان": the state
            # the targets are in
            obj_m = self._targets_in(after, t_lim, exclude)
            by_prep = obj_m is not None
        if (
            obj_m is None
            and not self.en
            and (
                trig.type is RelationType.THREATEN
                or (trig.type is RelationType.SANCTION and h.cls in ("v", "i"))
            )  # (not "ملوحا بعقوبات على أفراد في X": sanctions threatened, no act)
            and (held := self._targets_in(after, t_lim, exclude)) is not None
            and held.etype == EntityType.STATE
        ):
            # "فرضت واشنطن عقوبات على شركات في الصين"، "هدد بفرض عقوبات على كيانات في
            # إيران": the state the sanctioned are in (S13-RELAR)
            obj_m, by_prep = held, True
        if (
            obj_m is None
            and not self.en
            and trig.type is RelationType.ASSAULT
            and stmt is not None
            and stmt.start <= trig_start
        ):
            # "قالت باكستان إن الهند قصفت ثلاثا من قواعدها الجوية": the speaker's own
            obj_m = self._speakers_targets(after, t_lim, stmt, exclude)
            by_prep = obj_m is not None
        if obj_m is None and trig.type in (RelationType.SUPPORT, RelationType.COOPERATE):
            obj_m = self._other_state(after, t_lim, subj)
        if (
            obj_m is None
            and not self.en
            and subj
            and trig.topic == "recall of ambassador"
            and _FOR_CONSULTATION_AR in (doc.word(after), doc.word(after + 1))
        ):
            # "وأعلنت الرباط استدعاء سفيرتها للتشاور": no host named; the other state of the
            # story just told (S7-H3)
            obj_m = self._recalled_from(doc.tokens[h.first].start, subj)
            by_prep = obj_m is not None
        if (
            obj_m is None
            and self.en
            and trig.type in (RelationType.SUPPORT, RelationType.REJECT)
            and any(doc.word(j) in _DECISION_NOUNS_EN for j in (after, after + 1))
        ):
            # "Syria released the prisoners. Turkey welcomed the move." ("rejected the
            # measures as illegal", S7-H10)
            obj_m = self._judged_doer(self._decision_maker(si, doc.entity_states.get(subj) or subj))
        if (
            obj_m is not None
            and trig.type is RelationType.ACCUSE
            and self._attack_victim(obj_m, after)
            and not (
                # "blamed the attack on Iran" (not "the attack on Saudi Arabia on Iran")
                self.en
                and doc.word(h.first) in _BLAME_EN
                and doc.word(obj_m.t0 - 1) == "on"
                and doc.word(obj_m.t1 + 1) != "on"
            )
        ):
            # "وأدانت مصر الهجوم على أبوظبي", "condemned the attack against Saudi Arabia":
            # the side attacked is no one accused; the attacker may be found below
            blamed = None
            if self.en and doc.word(h.first) in _BLAME_EN and doc.word(obj_m.t1 + 1) == "on":
                # "blamed the attack on Saudi Arabia on Iran": the one it is laid on
                blamed = doc.mention_at_tok(obj_m.t1 + 2)
            elif not self.en and doc.prep_of(obj_m) == "ل":
                # "أدان الغزو الروسي لأوكرانيا": the adjective before the patient is the doer
                blamed = doc.mention_at_tok(obj_m.t0 - 1)
            if blamed is not None and (not self.actor(blamed) or blamed.key == subj):
                blamed = None
            obj_m = blamed
        if obj_m is None and trig.type == RelationType.ACCUSE and self.rels:
            # "شنت إسرائيل غارات على لبنان، فيما نددت الحكومة اللبنانية بالهجمات"; "Russia
            # fired missiles at Ukraine's grid. Macron condemned the strikes."
            own = doc.entity_states.get(subj) or subj
            event_noun = self._event_noun_after(after) or (self.en and self._drew_from(h))
            condemned: tuple[RelationType, ...] = (RelationType.ASSAULT, RelationType.COERCE)
            if self.en and any(doc.word(j) in _FORCE_NOUNS_EN for j in range(after, after + 3)):
                # "North Korea fired a missile toward Japan. Seoul condemned the launch."
                event_noun, condemned = True, (*condemned, RelationType.MOBILIZE)
            elif self.en and any(doc.word(j) in _DECISION_NOUNS_EN for j in (after, after + 1)):
                # "Ecuador expelled the Mexican ambassador. Brazil criticised the move."
                obj_m = self._judged_doer(self._decision_maker(si, own))
            for prev in reversed(self.rels if obj_m is None else []):
                reach = _CONDEMN_REACH_EN if self.en else _CONDEMN_REACH_AR
                if si - prev.sent > (reach if event_noun else 1):
                    lead = self._lead_sentence() if self.en and event_noun else -1
                    if prev.sent > lead >= 0:
                        continue  # "... condemned the raid": the raid the article opened with
                    if prev.sent != lead:
                        break  # (Arabic: "أدان الهجوم" names the article's attack, often far)
                if prev.type not in condemned:
                    if prev.sent == si or not event_noun:
                        break  # the act just coded is what is condemned
                    continue
                if not self.en and prev.sent != si and self._ar_retaliation(prev):
                    continue  # ("ضربات ... ردا على الاعتداء": the attack it answers, S13-RELAR)
                # "Russia fired missiles at Ukraine's grid. ... Macron condemned the strikes":
                # the latest attack within three sentences
                attacker = doc.entity_states.get(prev.subject) or prev.subject
                if 0 <= si - prev.sent and (
                    (
                        own in (prev.object, doc.entity_states.get(prev.object))
                        and si - prev.sent <= 1
                    )
                    or (own != attacker and event_noun)
                ):
                    obj_m = self._judged_doer(self._subject_mention(prev))
                    factor *= 0.8
                break
        if (
            obj_m is not None
            and not self.en
            and trig.type is RelationType.ACCUSE
            and doc.word(obj_m.t0 - 1) in (_AR("له"), _AR("لها"))
            and doc.word(obj_m.t0 - 2) in _SUFFERED_AR
        ):
            obj_m = None  # "أدانت الكويت الهجوم الذي تعرضت له سوريا": its victim (S7-H17)
        if (
            obj_m is None
            and not self.en
            and trig.type in (RelationType.ACCUSE, RelationType.SUPPORT, RelationType.REJECT)
            and (rel_doer := self._relative_doer(after, b)) is not None
            and rel_doer.key not in exclude
        ):
            # "أدانت مصر الغارات التي شنتها إسرائيل": whoever carried the attack out (S6-H2)
            obj_m, by_prep = rel_doer, False
        if (
            obj_m is None
            and not self.en
            and trig.type == RelationType.ACCUSE
            and self._event_noun_after(after)
        ):
            # "وأعلنت جماعة الحوثي مسؤوليتها عنه. وأدانت مصر الهجوم": who claimed it
            obj_m = self._claimant(si, doc.entity_states.get(subj) or subj)
            factor *= 0.75
        if obj_m is None and nominal and self.rels and self.rels[-1].sent == si:
            # "دعمه لوحدة سوريا، واستعداد موسكو لتقديم المساعدة": the same patient
            prev = self.rels[-1]
            joined = any(
                doc.word(j)[:1] == "و" or doc.word(j) == "and" for j in range(max(a, t - 3), t + 1)
            )
            if not self.en and any(
                k in self.cue_speaker or self._verb_types.get(k) in _SPEECH_TYPES
                for k in range(max(a, t - 3), t)
            ):
                joined = False  # ("، واصفا الاتفاق الإثيوبي": a new speech act, S12-RELAR)
            if prev.object_mention is not None and joined and prev.subject != subj:
                obj_m = prev.object_mention
                factor *= 0.75
        if (
            obj_m is not None
            and self.en
            and trig.type is RelationType.ASSAULT
            and obj_m.t0 > h.last + 2
            and doc.word(obj_m.t0 - 1) in ("in", "at")
            and doc.word(obj_m.t0 - 3) in ("its", "our")
            and doc.word(obj_m.t0 - 2) in _OWN_TARGETS_EN
        ):
            # "Iran said ... Israel's strike on its consulate in Damascus": the place is
            # where the speaker's (or the main subject's) own mission stood; that state is
            # struck; none when it is the attacker's own (S8-R2-H2)
            if stmt is not None and stmt.start <= trig_start:
                ground = self._speakers_ground(h.last + 1, obj_m.t0, stmt, subj, a)
            else:
                ground = self._owner_struck(a, h.first, subj)
            if ground is None:
                return
            obj_m, by_prep = ground, True
        if (
            obj_m is None
            and self.en
            and trig.type in (RelationType.MOBILIZE, RelationType.ASSAULT)
            and stmt is not None
            and stmt.start <= trig_start
        ):
            # "Lebanon's army said Israel had fired rockets into its territory": the
            # speaker's state
            obj_m = self._speakers_ground(h.last + 1, t_lim + 3, stmt, subj, a)
            by_prep = obj_m is not None
            if (
                obj_m is not None
                and trig.type is RelationType.MOBILIZE
                and any(
                    doc.word(j) == "at"
                    and doc.word(j + 1) in ("its", "our")
                    and doc.word(j + 2) in _OWN_TARGETS_EN
                    for j in range(h.last + 1, min(t_lim + 3, len(doc.tokens) - 2))
                )
            ):
                # "said Hezbollah had fired rockets at its positions": a launch at the
                # speaker's own men or boats is an attack (S8-H7)
                trig = replace(trig, type=RelationType.ASSAULT)
        if (
            obj_m is None
            and self.en
            and trig.type is RelationType.THREATEN
            and trig.topic == "retaliation"
        ):
            # "Iran fired missiles at a base in Qatar. Doha reserved the right to respond":
            # whoever attacked the speaker's side just before
            obj_m = self._retaliation_target(si, doc.entity_states.get(subj) or subj)
            factor *= 0.8
        if (
            obj_m is None
            and self.en
            and subj_m is not None
            and subj_m.key == subj
            and self._answering_subject(subj_m) == h.first
            and (asker := self._first_subject_mention(a, subj_m.t0)) is not None
            and asker.key != subj
            and self.actor(asker)
        ):
            # "X called on Baghdad to start talks, an appeal Abadi has so far rebuffed":
            # the one who rebuffs (or accepts) it answers the one who made it (S12-RELEN)
            self.add(subj, asker, trig, h, si, sent, a, b, factor * 0.85, False, False, subj_m)
            return
        if (
            obj_m is None
            and self.en
            and subj is not None
            and (parties := self._hosted_parties_en(h, si, subj, after, b)) is not None
        ):
            # "Kenya hosted two earlier rounds of talks", "The United States brokered the
            # agreement": the host or broker of the two sides' talks meets each (S12-RELEN)
            meet = replace(trig, type=RelationType.CONSULT, topic="mediation")
            for party in parties:
                self.add(subj, party, meet, h, si, sent, a, b, factor * 0.85, False, False, subj_m)
            return
        if (
            obj_m is None
            and self.en
            and subj is not None
            and (told_patient := self._told_patient_en(h, trig, after, t_lim, si, subj)) is not None
        ):
            obj_m, by_prep = told_patient[0], False
            factor *= told_patient[1]
        if obj_m is None and self.en and not trig.type.symmetric:
            # "urged both countries to ...", "called on the two sides": each of the pair
            self._dual_patients(h, after, subj, subj_m, si, sent, a, b, factor, nominal)
            return
        if (
            self.en
            and trig.type is RelationType.REQUEST
            and h.cls in ("v", "x")
            and (h.first == h.last or doc.word(h.last) == "on")  # ("urged", "called on")
            and obj_m is not None
            and obj_m.t0 > after
            and self._unnamed_addressee_en(after, obj_m.t0)
        ):
            # "urged European carriers to avoid flying over Belarus", "asked neighbours to
            # respect the Solomon Islands": those asked are no actor; the actor is in what
            # they are asked to do (S13-RELEN)
            return
        if (
            self.en
            and obj_m is not None
            and obj_m.t0 > h.last
            and any(doc.word(j) == "where" for j in range(h.last + 1, obj_m.t0))
        ):
            # "vetoed the draft in the Security Council, where China abstained": the
            # subject of a relative clause on a place is no patient (S7-H10)
            obj_m = None
        if (
            obj_m is None
            and not self.en
            and subj is not None
            and trig.type is RelationType.REQUEST
            and (asked_m := self._requested_act_doer_ar(h, after, b, subj)) is not None
        ):
            # "ودعت مصر إلى انسحاب القوات الإسرائيلية من جنوب لبنان"، "طالب بوقف العدوان
            # الإسرائيلي": who is to do the act asked for is the one asked (S13-RELAR)
            obj_m, by_prep = asked_m, False
            factor *= 0.85
        if obj_m is None:
            return
        if (
            self.en
            and trig.type is RelationType.THREATEN
            and doc.word(h.last + 1) == "that"
            and obj_m.t0 <= h.last + 3
            and doc.word(obj_m.t1 + 1) in _STATE_OF_AFFAIRS_EN
        ):
            # "warned that China was considering ...": what another side is doing, an
            # accusation; "warned that Iran would pay" stays a threat
            trig = replace(trig, type=RelationType.ACCUSE)
        if (
            self.en
            and trig.type is RelationType.COERCE
            and doc.word(t).startswith("block")
            and any(doc.word(j) in _BLOCKED_EN for j in (obj_m.t1 + 1, obj_m.t1 + 2))
        ):
            # "Hungary blocked EU aid to Ukraine", "blocked Sweden's membership bid": a veto
            # of what the other side seeks (REJECT), no blockade
            trig = replace(trig, type=RelationType.REJECT, topic="veto")
        if (
            self.en
            and trig.type is RelationType.SUPPORT
            and doc.word(t).startswith("welcom")
            and obj_m.etype == EntityType.PERSON
            and doc.word(obj_m.t1 + 1) in ("to", "at", "in")
            and not any(doc.word(j) in ("by", "of", "for") for j in range(after, obj_m.t0))
        ):
            # "Kishida welcomed Modi at his office", "welcomed Scholz to Paris": hosting
            trig = replace(trig, type=RelationType.CONSULT, topic="visit")
        if (
            not self.en
            and trig.type is RelationType.AGREE
            and obj_m.t0 > h.last
            and any(j in self._act_nouns for j in range(h.last + 1, obj_m.t0))
        ):
            # "أعلن البرلمان التركي الموافقة على نشر قوات تركية في قطر": agreeing to an act
            # (coded on its own) is no agreement with its doer (S6-H2)
            return
        if (
            not self.en
            and trig.type in _SPEECH_TYPES
            and obj_m.t0 > h.last
            and any(
                doc.word(j).lstrip("و").startswith(_IMPOSED_AR) for j in range(h.last + 1, obj_m.t0)
            )
        ):
            # "انتقد أردوغان العقوبات المفروضة على قطر": the one they fall on is not the
            # one criticised (or backed) (S6-H2)
            return
        if (
            not self.en
            and trig.type in _SPEECH_TYPES
            and h.pron in _RESUMPTIVE_AR
            and h.cls in ("v", "i")
            and obj_m.t0 == h.last + 1
            and doc.word(h.first - 1).lstrip("وف") in _RELATIVE_WORDS_AR
        ):
            # "X، الذي وصفه الادعاء بأنه ...": the relative is the verb's object and the
            # actor after it its subject; the antecedent accuses no one (S10-H11)
            return
        if self.en and obj_m.t0 > h.last and self._attribution_tail(obj_m):
            return  # "Putin will not attend the summit, Kremlin spokesman X said": X reports it
        if (
            self.en
            and doc.word(h.first) in ("flew", "flown", "flies")
            and trig.topic == "visit"
            and doc.entity_types.get(subj) != EntityType.PERSON
        ):
            return  # "Russian bombers flew to Venezuela": no visit (S7-H10)
        if self.en and h.cls == "v" and (self._asked_to_act(h) or self._demanded_act(h)):
            return  # "Iran called on Turkey to withdraw its troops from Syria": not Iran's act
        if not self.en and not by_prep and self._second_subject_ar(h, obj_m, subj_m):
            return  # "ورحب الاتحاد الأفريقي والولايات المتحدة بالاتفاق": a second subject
        if self.en and not trig.type.symmetric and self._co_agent_as_patient_en(subj_m, obj_m):
            return
        if trig.type is RelationType.RETREAT and obj_m.t0 > h.last:
            place_left = self._own_forces_left(subj, obj_m, b)
            if place_left is not None:
                obj_m = place_left  # "سحب جزء من القوات الروسية من سوريا": the place left
        if (
            trig.type is RelationType.CONSULT
            and obj_m.t0 > h.last
            and (
                head := (
                    self._delegation_head_en(obj_m, b)
                    if self.en
                    else self._delegation_head(obj_m, b)
                )
            )
            is not None
            and head.key != subj
        ):
            obj_m = head  # "استقبلت X وفدا روسيا برئاسة Y": the guest who heads it
        if not by_prep:
            factor *= 0.85
        if obj_m.t0 - h.last > 8:
            factor *= 0.85
        self.add(subj, obj_m, trig, h, si, sent, a, b, factor, nominal, by_prep, subj_m)
        asker = subj_m or speaker_m
        if (
            self.en
            and trig.type is RelationType.REJECT
            and asker is not None
            and any(doc.word(j) in _REQUEST_NOUNS_EN for j in (obj_m.t1 + 1, obj_m.t1 + 2))
        ):
            # "Israel turned down a Turkish request to ...": Turkey asked Israel
            ask = replace(trig, type=RelationType.REQUEST, topic="request")
            self.add(obj_m.key, asker, ask, h, si, sent, a, b, factor * 0.85, nominal, False, obj_m)
        if not self.en and not more_objects:
            more_objects = self._dual_head_nisbas(obj_m)
        for om in more_objects:
            if om.key not in (obj_m.key, subj):
                self.add(subj, om, trig, h, si, sent, a, b, factor * 0.9, nominal, by_prep, subj_m)
        for co in co_subjects:
            if co.key not in (obj_m.key, subj):
                self.add(co.key, obj_m, trig, h, si, sent, a, b, factor * 0.9, nominal, by_prep, co)
        if frame == "mut" and subj_m is not None and obj_m.key != subj:
            # "Indian troops clashed with Chinese soldiers": both sides
            self.add(obj_m.key, subj_m, trig, h, si, sent, a, b, factor, nominal, by_prep, obj_m)
        # coordinated actors: "France, Britain and Germany imposed ...", "فرضت بريطانيا
        # وفرنسا وألمانيا ...", "... on Russia, Belarus and Iran": one relation each
        # ("Brazil and Colombia condemned the raid": a speaker coordinated with others)
        anchor = subj_m if subj_m is not None else speaker_m
        subjects = [subj_m] if anchor is None or anchor.key != subj else self._group(anchor, si)
        objects = self._group(obj_m, si)
        keys = {m.key for m in subjects if m is not None}
        objects = [o for o in objects if o.key not in keys]
        if self.en:  # "Russia attacked Ukraine, Poland said": Poland reports, no list
            objects = [o for o in objects if o.t0 <= obj_m.t1 or not self._attribution_tail(o)]
        for sm in subjects:
            s_key = subj if sm is None else sm.key
            for om in objects:
                if (sm is anchor and om is obj_m) or (sm is not None and sm.key == om.key):
                    continue
                self.add(s_key, om, trig, h, si, sent, a, b, factor * 0.9, nominal, by_prep, sm)
            if sm is not None and sm.key != subj:
                for om in more_objects:  # "دعت مصر والسعودية الطرفين": each asks each
                    if om.key != sm.key:
                        self.add(
                            sm.key, om, trig, h, si, sent, a, b, factor * 0.9, nominal, False, sm
                        )
        if self.en and trig.type is RelationType.MOBILIZE and trig.topic == _DRILL_TOPIC:
            self._joint_drills(h, subj, [sm for sm in subjects if sm is not None], obj_m, t_lim)
        if trig.type in (RelationType.SUPPORT, RelationType.ACCUSE) and len(objects) == 1:
            # coordinated patients: "أشاد بالعلاقات مع أنقرة وجهود نظيره أردوغان"
            more, _ = self.mention_after(
                obj_m.t1 + 1, t_lim, (), exclude=exclude | {obj_m.key}, place=False
            )
            if more is not None and self._coordinated(obj_m, more):
                self.add(subj, more, trig, h, si, sent, a, b, factor * 0.8, nominal, False, subj_m)
                for om in self._group(more, si)[1:] if self.en else ():
                    # "thanked X and the leaders of Germany, Poland and Norway" (S7-H10)
                    if om.key != subj:
                        self.add(subj, om, trig, h, si, sent, a, b, factor * 0.8, nominal, False)

    def _answering_subject(self, m: Ment) -> int:
        """English: ``m`` opens a reduced relative on a request or proposal in apposition
        (", an appeal Abadi has so far rebuffed", ", a demand the Kurds rejected", ", an
        offer Kyiv turned down"): the token of the verb that answers it, else -1."""
        doc = self.doc
        k = m.t0 - 1
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

    def _hosted_parties_en(
        self, h: Hit[Trigger], si: int, subj: str, after: int, b: int
    ) -> tuple[Ment, Ment] | None:
        """English: the two sides whose talks or deal a host or broker verb names with no
        party of its own ("Kenya hosted two earlier rounds of talks", "The United States
        brokered the agreement"): the sides of the latest mutual act told in this sentence
        or the two before, neither of them the host (S12-RELEN)."""
        doc = self.doc
        w = doc.word(h.first)
        if h.cls not in ("v", "x") or not (w.startswith("host") or w.startswith(_MEDIATE_EN)):
            return None
        if doc.word(h.first - 1) in _BE_EN:
            return None  # (passive: "talks hosted by Qatar", read at the talks)
        if not any(doc.word(j) in _PACT_NOUNS_EN for j in range(after, min(b, after + 6))):
            return None
        own = doc.entity_states.get(subj) or subj
        parties = self._told_parties(si, subj)
        if parties is None or own in (
            doc.entity_states.get(parties[0].key) or parties[0].key,
            doc.entity_states.get(parties[1].key) or parties[1].key,
        ):
            return None
        return parties

    def _shared_patient(self, h: Hit[Trigger], subj: str, si: int) -> Ment | None:
        """The one an English speech act is addressed to when it follows "and" after a
        meeting or call of the same subject and names no one ("Blinken spoke with Vucic and
        urged an immediate de-escalation"): the one met."""
        doc = self.doc
        shared = h.entry.type in _SHARED_AFTER_MEETING_EN and h.cls == "v"
        if (h.entry.type not in _ADDRESSED_EN and not shared) or doc.word(h.first - 1) != "and":
            return None
        after = h.last + 1
        opener = doc.word(h.first + 1) if h.last > h.first else doc.word(after)
        if opener not in ("a", "an", "the", "of") and not shared:
            return None  # ("warned of consequences", S7-H10)
        end = doc.seg.sents[si].end if doc.seg is not None else len(self.text)
        stop = next(
            (
                j
                for j in range(after, after + 4)
                if j >= len(doc.tokens) or doc.tokens[j].start >= end
            ),
            after + 4,
        )
        if shared:
            # "met X and agreed to a loan from China": a partner of its own in the clause
            stop = after
            while (
                stop < len(doc.tokens)
                and doc.tokens[stop].start < end
                and _PUNCT_EVAL.isdisjoint(
                    self.text[doc.tokens[stop - 1].end : doc.tokens[stop].start]
                )
            ):
                stop += 1
        if any(doc.mention_at_tok(j) is not None for j in range(after, stop)):
            return None  # (not the next sentence's first name, S7-H10)
        trig_start = doc.tokens[h.first].start
        for r in reversed(self.rels):
            if r.sent != si or r.trig_end > trig_start:
                continue
            if (
                not shared
                and r.subject == subj
                and (r.type is RelationType.CONSULT or r.topic == "summoning of envoy")
            ):
                # ("Chile summoned the Israeli envoy and demanded an explanation", S7-H10)
                return r.object_mention
            if shared and r.type in (RelationType.AGREE, RelationType.CONSULT):
                # "hosted talks with Iran and agreed to restore ties", "signed a pact with
                # Libya and pledged aid": the partner of the first verb (S12-RELEN)
                other = r.object if r.subject == subj else r.subject if r.object == subj else ""
                return self._latest_mention(other, h.first) if other else None
            break
        return None

    def _ask(
        self,
        caller: Ment | None,
        party: Ment,
        ask: Trigger,
        h: Hit[Trigger],
        si: int,
        sent: Span,
        a: int,
        b: int,
        nominal: bool,
    ) -> None:
        """``caller`` asks ``party`` for the act of ``h`` (a REQUEST)."""
        if caller is not None:
            self.add(caller.key, party, ask, h, si, sent, a, b, 0.8, nominal, False, caller)

    def _called_for(self, h: Hit[Trigger], a: int) -> tuple[bool, Ment | None]:
        """Whether the English act noun ``h`` is asked for ("X called for / urged / demanded
        a ceasefire between ..."), and who asks: the subject of the request verb a few words
        before it, if it is an actor."""
        doc = self.doc
        for j in range(h.first - 1, max(a - 1, h.first - 5), -1):
            w = doc.word(j)
            if w == "for" and doc.word(j - 1).startswith(_CALL_FOR_EN):
                j -= 1
            elif not w.startswith(_URGE_EN):
                if doc.mention_at_tok(j) is not None or j in self.stops:
                    return False, None
                continue
            if j in self.cue_speaker:
                return True, self._speaker_before(self.cue_speaker[j], j, a)
            return True, self.agent_before(j, max(a, j - 8), exclude=set())
        return False, None

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
        Russia could attack Ukraine") stays as it is (S11-REL2)."""
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
        (the guidelines' "deport"), not the SANCTION of expelled diplomats (S9-R2-H4)."""
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
        million to support the force") is the aid itself: AID, not SUPPORT (S9-R2-H4)."""
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
        negated "rule out" leaves the act possible): drop the negated REJECT it reads
        (S10-H5)."""
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

    def _requested_act_doer_ar(self, h: Hit[Trigger], after: int, b: int, subj: str) -> Ment | None:
        """Arabic: the doer of the act a request asks for, named by the state adjective of
        the act's noun or of the forces doing it, with no preposition between ("بانسحاب
        القوات الإسرائيلية"، "إلى وقف الهجمات الأمريكية على"، "برفع العقوبات الأوروبية";
        not "بالإفراج عن الصحفيين الفرنسيين", whose adjective names the victims), as a
        state other than the asker's (S13-RELAR)."""
        doc = self.doc
        hits = doc.lexicon_hits.get("relations") or []
        acts = {
            x.first: x
            for x in hits
            if x.entry.type in _ASKED_ACTS_AR and x.cls in ("n", "x") and x.first > h.last
        }
        lo = max(after, h.last + 1)  # (after the subject: "ودعت مصر إلى")
        if doc.word(lo) in _REQUEST_PREPS_AR:
            lo += 1  # "دعا إلى"، "حث على"
        if lo not in acts and doc.word(lo).lstrip("بل") in _STOP_ACTS_AR:
            lo += 1  # "بوقف العدوان الإسرائيلي"، "إلى إنهاء الاحتلال الإسرائيلي"
        act = acts.get(lo)
        if act is None:
            return None
        j = act.last + 1
        released = False  # ("بالإفراج عن الأسرى الذين تحتجزهم إسرائيل": the holder)
        for _ in range(4):
            if j >= b or not self.text[doc.tokens[j - 1].end : doc.tokens[j].start].isspace():
                return None
            m = doc.mention_at_tok(j)
            if m is not None and released:
                return None  # (the victims: "بالإفراج عن الصحفيين الفرنسيين")
            if m is not None:
                if m.t0 != j or not self.actor(m) or doc.prep_of(m) is not None:
                    return None
                own = doc.entity_states.get(subj) or subj
                doer = self._as_state(m) if m.adjectival else m  # ("قوات حفتر": the forces')
                if (doc.entity_states.get(doer.key) or doer.key) == own:
                    return None
                if m.adjectival and doer.etype is not EntityType.STATE:
                    return None
                return doer
            w = doc.word(j)
            if w in _FORCES_AR:
                j += 1  # "بانسحاب قوات حفتر"
                continue
            if w == _AR("عن") and act.entry.type is RelationType.CONCEDE and not released:
                released = True
                j += 1
                continue
            if w in _AR_REL_PRON:
                # "برفع العقوبات التي تفرضها الولايات المتحدة على سوريا": the relative
                # clause's subject does the act
                m = doc.mention_at_tok(j + 2)
                if m is None or m.t0 != j + 2 or m.adjectival or not self.actor(m):
                    return None
                if doc.prep_of(m) is not None:
                    return None
                own = doc.entity_states.get(subj) or subj
                return None if (doc.entity_states.get(m.key) or m.key) == own else m
            if w in AR_PREP_WORDS or not w.startswith("ال") or w[:1] in "بل" or w in _THIS_AR:
                return None  # (only the act's own definite nouns: "القوات"، "العسكرية")
            j += 1
        return None

    def _hosted_talks_ar(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """Arabic: talks named with no parties whose host or sponsor a relative clause or
        phrase after the noun names ("بعد مفاوضات غير مباشرة رعتها المملكة في جدة"،
        "محادثات اللجنة العسكرية التي ترعاها البعثة الأممية"، "جولة مفاوضات استضافتها
        القاهرة"): the host meets each side of the pair the article dealt with just before
        (:meth:`_main_pair`), when there is one (S13-RELAR)."""
        doc = self.doc
        if h.cls != "n" or h.entry.type is not RelationType.CONSULT or h.pron:
            return
        host = self._host(h, a, b) or self._mediation_leader_ar(h, b)
        if host is None or host[1] < doc.tokens[h.last].end or not self.actor(host[0]):
            return
        if any(self.actor(m) for m in doc.mentions_in(doc.tokens[h.last].end, host[1])):
            return  # ("المحادثات السعودية الإيرانية التي تستضيفها بغداد": named there)
        hm = host[0]
        own = doc.entity_states.get(hm.key) or hm.key
        pair = self._main_pair(si, False, h.first, own)
        if pair is None:
            return
        meet = replace(h.entry, type=RelationType.CONSULT, topic="mediation")
        for party in pair:
            if (doc.entity_states.get(party.key) or party.key) == own:
                continue
            self.add(hm.key, party, meet, h, si, sent, a, b, 0.75, True, False, hm)

    def _received_ar(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """Arabic: aid or support its receiver is the subject of ("وتحظى حكومة الوفاق بدعم
        عسكري من تركيا"، "وتلقت أوكرانيا مساعدات من الاتحاد الأوروبي"، "ويحظى الجيش بدعم
        إماراتي"): the giver after "من" or as the noun's state adjective aids or supports
        the receiver.  True when coded or when the receiver is no actor ("وحظي القرار بدعم
        روسيا والصين": no patient), and for the receiving verb itself before such a noun
        (no contact of "تلقى") (S13-RELAR)."""
        doc = self.doc
        if h.entry.type is RelationType.CONSULT and h.first == h.last and h.cls in ("v", "i"):
            if not _RECEIVE_AR.match(doc.word(h.first)):
                return False
            hits = doc.lexicon_hits.get("relations") or []
            return any(
                x.entry.type in _RECEIVED_TYPES_AR
                and x.cls in ("n", "x")
                and h.first < x.first <= h.first + 5
                and self._receiving(h.first, x.first, a)[0]
                for x in hits
            )
        if h.entry.type not in _RECEIVED_TYPES_AR or h.cls not in ("n", "x"):
            return False
        v = next(
            (
                j
                for j in range(h.first - 1, max(a, h.first - 6) - 1, -1)
                if _RECEIVE_AR.match(doc.word(j))
            ),
            -1,
        )
        received, receiver = self._receiving(v, h.first, a) if v >= 0 else (False, None)
        if not received:
            return False
        if receiver is None or receiver.adjectival or not self.actor(receiver):
            return True
        giver: Ment | None = None
        for j in range(h.last + 1, min(b, h.last + 4)):
            m = doc.mention_at_tok(j)
            if m is None:
                continue
            if m.t0 == j and self.actor(m) and (m.adjectival or doc.prep_of(m) == _MIN):
                giver = self._as_state(m) if m.adjectival else m
            break
        if giver is None or (doc.entity_states.get(giver.key) or giver.key) == (
            doc.entity_states.get(receiver.key) or receiver.key
        ):
            return True
        self.add(giver.key, receiver, h.entry, h, si, sent, a, b, 0.85, True, True, giver)
        return True

    def _receiving(self, v: int, t: int, a: int) -> tuple[bool, Ment | None]:
        """Arabic: whether the words from the receiving verb at ``v`` to the noun at ``t``
        are only its subject and "على" ("تحظى X بدعم"، "حصلت X على مساعدات"، "تلقت X
        مساعدات"), and that subject (before the verb when none follows it; None when it
        is no linked actor: "حظي القرار")."""
        doc = self.doc
        gap = self.text[doc.tokens[v].end : doc.tokens[t].start]
        if "،" in gap or "," in gap:
            return False, None
        j = v + 1
        m = doc.mention_at_tok(j)
        receiver: Ment | None
        if m is not None and m.t0 == j and doc.prep_of(m) is None:
            receiver, j = m, m.t1 + 1
        elif j < t and doc.word(j).startswith("ال") and doc.word(j) not in AR_PREP_WORDS:
            receiver, j = None, j + 1
        else:
            receiver = self.agent_before(v, max(a, v - 4), exclude=set())
        if doc.word(j) == _AR("على"):
            j += 1
        return j == t, receiver

    def _time_clause_verb_ar(self, t: int) -> bool:
        """Arabic: the verb at ``t`` opens a time clause ("بعد أن"، "منذ أن"، "قبل أن"،
        "بعدما"، "عندما"): with no subject of its own it shares its sentence's (S13-RELAR)."""
        doc = self.doc
        before = doc.word(t - 1).lstrip("و")
        if before == _AR("أن"):
            return doc.word(t - 2).lstrip("و") in _TIME_CONJ_AR
        return before in _TIME_CONJ_ONE_AR

    def _mediation_leader_ar(self, h: Hit[Trigger], b: int) -> tuple[Ment, int] | None:
        """Arabic: who led a mediation, named as the subject of "قادها"/"يقودها" in the
        (relative) clause right after the noun ("وساطة قادها ولي العهد"، "جهود الوساطة
        التي قادها الشيخ X"), and where that verb starts (S13-RELAR)."""
        if h.entry.topic != "mediation":
            return None
        doc = self.doc
        j = h.last + 1
        if doc.word(j) in _AR_REL_PRON:
            j += 1
        if j >= b or not _LED_AR.match(doc.word(j)):
            return None
        m, _ = self._vso_subject(j + 1, min(b, j + 6))
        return (m, doc.tokens[j].start) if m is not None else None

    def _joint_body_states_ar(self, t: int, b: int) -> tuple[Ment, Ment] | None:
        """Arabic: the two states of an unlinked body named with two state adjectives in a
        row ("اللجنة الفنية السورية الأردنية المشتركة"، "الوفدان المصري والإثيوبي"), as
        state mentions (S13-RELAR)."""
        doc = self.doc
        for j in range(t, min(b, t + 4)):
            m1 = doc.mention_at_tok(j)
            if m1 is None:
                if not doc.word(j).startswith("ال"):
                    return None  # (only the body's own definite words before them)
                continue
            if not m1.adjectival or m1.t0 != j:
                return None
            m2 = doc.mention_at_tok(m1.t1 + 1)  # (also with "و": "المصري والإثيوبي")
            if m2 is None or not m2.adjectival or m2.t0 != m1.t1 + 1:
                return None
            x, y = self._as_state(m1), self._as_state(m2)
            if x.key == y.key or not x.etype == y.etype == EntityType.STATE:
                return None
            return x, y
        return None

    def _told_pact_ar(self, t: int) -> bool:
        """Arabic: token ``t`` is a bare definite pact noun ("الاتفاق"، "للمذكرة"، "بالاتفاقية"),
        no actor or state adjective after it (S13-RELAR)."""
        doc = self.doc
        w = doc.word(t).removeprefix("و")
        if w.startswith("لل"):
            w = "ال" + w[2:]
        elif w[:1] in "بل" and w[1:3] == "ال":
            w = w[1:]
        if not w.startswith("ال") or w[2:] not in _PACT_HEADS_AR:
            return False
        nxt = doc.mention_at_tok(t + 1)
        return nxt is None or nxt.t0 != t + 1

    def _pact_parties_ar(self, si: int, own: str, before: int) -> list[Ment]:
        """Arabic: the parties (other than the side ``own``) to the latest pact told before
        offset ``before`` in this sentence or the one before (S13-RELAR)."""
        states = self.doc.entity_states
        for prev in reversed(self.rels):
            if si - prev.sent > 1 or prev.sent > si:
                break
            if prev.type not in _PACT_TYPES_AR or prev.trig_start >= before:
                continue
            found: list[Ment] = []
            for m in (self._subject_mention(prev), prev.object_mention):
                if m is None or m.key not in (prev.subject, prev.object):
                    continue
                if (states.get(m.key) or m.key) != own:
                    found.append(m)
            return found
        return []

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
                    # rejects both parties (GUIDELINES: refuse) (S9-R3-H6)
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
                    # the pair did not refuse each other (S9-R2-H3)
                    self.rels[i] = replace(r, modality=Modality.ASSERTED)
                    continue
                states = doc.entity_states
                if m is not None and (states.get(m.key) or m.key) != (
                    states.get(r.subject) or r.subject
                ):
                    continue  # "ورفض الأردن الاعتداء الإسرائيلي على": another's act (S8-R3-H5)
                rej = replace(r, type=RelationType.REJECT, modality=Modality.ASSERTED)
                self.rels[i] = replace(rej, topic="refusal")

    def _not_renewed_ar(self) -> None:
        """Arabic: a pact its party decides not to extend or renew ("قررت X عدم تمديد
        الاتفاق مع Y", "عدم تجديد اتفاقية التعاون"): no negated agreement but a REJECT of
        the other party (GUIDELINES: refuse) (S9-R2-H3)."""
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
        (REQUEST), besides the REJECT (S9-R2-H3)."""
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
        "لـ" phrase gives the reason with a pronoun of it ("إدانة إسرائيل لقتلها") (S9-R3-H6)."""
        doc = self.doc
        keep: list[Rel] = []
        for r in self.rels:
            om = r.object_mention
            if (
                r.type in (RelationType.ACCUSE, RelationType.SUPPORT)
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
        state, the one just talked to (S9-R3-H6)."""
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
        it is present (PRESENCE) in the state after "في" (S7-H21)."""
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

    def _welcomed_agreement(self, h: Hit[Trigger], a: int) -> bool:
        """Arabic: a definite agreement noun after "ب"/"ل" that a welcome, a condemnation or
        a refusal governs ("ورحب الاتحاد الأوروبي والولايات المتحدة بالاتفاق"): the
        agreement already told; its pair is not the speakers (one named after it, "بالاتفاق
        بين X وY"، "مع X", is kept)."""
        doc = self.doc
        t = h.first
        return (
            h.cls == "n"
            and h.entry.type is RelationType.AGREE
            and "ال" in h.prefix
            and bool(set(h.prefix.replace("ال", "")) & set("بل"))
            and doc.word(h.last + 1) not in _BETWEEN
            and doc.word(h.last + 1) not in _WITH_AR
            and any(j in self._speech_verb_ends for j in range(max(a, t - 8), t))
        )

    def _second_subject_ar(self, h: Hit[Trigger], obj_m: Ment, subj_m: Ment | None) -> bool:
        """Arabic: the patient found for a one-sided verb is joined by "و" to the subject
        right after the verb ("ورحب الاتحاد الأفريقي والولايات المتحدة بالاتفاق"), or to a
        subject before it: a second subject, not whom the act is aimed at (symmetric acts
        pair the two instead)."""
        doc = self.doc
        if h.cls not in ("v", "i") or h.entry.type.symmetric or subj_m is None:
            return False
        if h.entry.frame in ("mut", "sym", "pair"):
            return False  # "تبادل البلدان الاتهامات": each side acts on the other
        if obj_m.t0 != subj_m.t1 + 1:
            return False
        if subj_m.t0 != h.last + 1 and obj_m.t1 >= h.first:
            return False  # (a pair told before the verb: "ورحب X وY ...، ودعوا")
        return (
            obj_m.start > doc.tokens[obj_m.t0].start
            and self.text[doc.tokens[obj_m.t0].start] == "و"
        )

    def _participial_adjunct(self, t: int, a: int) -> bool:
        """An English "-ing" verb right after a comma, past the sentence's first words: a
        participial adjunct of the main clause ("..., calling on Serbia to withdraw")."""
        doc = self.doc
        if t - a < 2 or not doc.word(t).endswith("ing"):
            return False  # ("Speaking in Davos, X said": a sentence's opening words)
        if doc.word(t) == "including":
            return False  # "on several countries, including Iran": the list goes on
        return "," in self.text[doc.tokens[t - 1].end : doc.tokens[t].start]

    def _adjunct_light_verb(self, t: int, a: int) -> int:
        """English: the token of a light verb ("announcing", "imposing", "carrying out")
        opening a :meth:`_participial_adjunct` within four words before the noun at ``t``
        with no actor between, else -1."""
        doc = self.doc
        for j in range(t - 1, max(a, t - 5) - 1, -1):
            if doc.mention_at_tok(j) is not None:
                return -1
            if doc.word(j) in _LIGHT_PARTICIPLES_EN:
                return j if self._participial_adjunct(j, a) else -1
        return -1

    def _subordinate_clause_in(self, lo: int, hi: int) -> int:
        """English: the first token of ``[lo, hi)`` that opens a clause of its own, "as"
        or "while" followed by an actor (after at most three words: "as Chinese President
        X") and then that actor's verb, a trigger or cue ("signed a pact on Monday as Modi
        hosted Pacific leaders"): no object lies past it; else ``hi`` (S10-R2-H5)."""
        doc = self.doc
        for j in range(lo, hi):
            if self.words[j] not in _OWN_CLAUSE_EN:
                continue
            m = next(
                (x for k in range(j + 1, j + 5) if (x := doc.mention_at_tok(k)) is not None), None
            )
            if (
                m is not None
                and self.actor(m)
                and not m.adjectival  # ("as French fishermen protested": the target)
                and (m.t1 + 1 in self.stops or m.t1 + 2 in self.stops)
            ):
                return j
        return hi

    def _participial_adjunct_in(self, lo: int, hi: int, a: int) -> int:
        """The first token of ``[lo, hi)`` that opens a :meth:`_participial_adjunct`, else
        ``hi``."""
        words = self.words
        for j in range(max(lo, a + 4, 0), min(hi, len(words))):
            if words[j].endswith("ing") and self._participial_adjunct(j, a):
                return j
        return hi

    def _aid_beneficiaries(self, t_from: int, b: int, exclude: set[str]) -> Ment | None:
        """The state whose people Arabic aid helps: a state (or a place of one) named within
        a few words after a noun of those in need ("لدعم المتضررين من الفيضانات في
        ليبيا"، "لإغاثة الشعب السوداني")."""
        doc = self.doc
        for j in range(t_from, min(b, t_from + 12)):
            if j in self.stops:
                return None
            w = doc.word(j).lstrip("و")
            if w.startswith("لل"):
                w = w[2:]  # ل + ال
            elif w.startswith(("بال", "لال")):
                w = w[3:]
            if w.removeprefix("ال") not in _NEEDY_AR:
                continue
            for m in doc.mentions_in(doc.tokens[j].end, doc.tokens[min(b, j + 6) - 1].end):
                key = m.key
                if m.etype is EntityType.PLACE:
                    key = doc.entity_states.get(m.key) or ""
                    if doc.entity_types.get(key) is not EntityType.STATE:
                        continue
                    m = replace(m, key=key, etype=EntityType.STATE, kind="name")
                elif m.etype is not EntityType.STATE:
                    continue
                return m if key not in exclude else None
            return None
        return None

    def _handed_to(self, subj_m: Ment, t: int) -> Ment | None:
        """The first object of an Arabic verb of handing ("سلم"، "منح") whose subject is
        ``subj_m`` and whose second object is the noun at token ``t``: the actor between
        them ("سلمت الوزارة السفير العراقي مذكرة احتجاج")."""
        doc = self.doc
        if not any(
            doc.word(j).lstrip("و") in _HANDING_AR for j in range(max(0, subj_m.t0 - 3), subj_m.t0)
        ):
            return None
        for m in doc.mentions_in(subj_m.end, doc.tokens[t].start):
            if m.key != subj_m.key and self.actor(m) and doc.prep_of(m) is None:
                return m
        return None

    def _ar_light_verb_subject(self, t: int, a: int) -> Ment | None:
        """The subject right after an Arabic light verb ("أجرى"، "عقد"، "وجه") whose
        object is the verbal noun at token ``t``, up to sixteen words back with no comma or
        other verb between them ("أجرى سمو الشيخ ... نائب رئيس مجلس الوزراء وزير الخارجية
        اتصالا": an honorific, a long name and a chain of titles, S7-H19)."""
        doc = self.doc
        for j in range(t - 1, max(a, t - 17) - 1, -1):
            gap = self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
            if "،" in gap or "," in gap or (j in self.stops and j != t - 1):
                if doc.word(j).lstrip("و") not in _LIGHT_VERBS_AR:
                    return None
            if doc.word(j).lstrip("و") in _LIGHT_VERBS_AR:
                if j == t - 1:
                    return None  # no subject between the verb and its noun
                m, _ = self._vso_subject(j + 1, t)
                return m if m is not None and m.t1 < t else None
        return None

    def _recalled_from(self, before: int, subj: str) -> Ment | None:
        """The state an ambassador recalled "للتشاور" with no host named served in: the
        other of the two states last named before offset ``before`` (None unless the
        recalling side is one of them)."""
        doc = self.doc
        own = (
            subj if doc.entity_types.get(subj) == EntityType.STATE else doc.entity_states.get(subj)
        )
        recent = self._recent_states(before, 2)
        if own is None or own not in recent:
            return None
        other = next((k for k in recent if k != own), None)
        if other is None:
            return None
        return next((m for m in reversed(doc.mentions_in(0, before)) if m.key == other), None)

    def _speaker_only_later(self, key: str, t: int, first: Ment, a: int, b: int) -> bool:
        """Whether the speaker ``key`` of the Arabic cue at token ``t`` is named in this
        sentence only after ``first`` (the actor right after the cue) and not before the
        cue: a speaker taken from a later clause, not the verb's own."""
        doc = self.doc
        if any(m.key == key for m in doc.mentions_in(doc.tokens[a].start, doc.tokens[t].start)):
            return False
        end = doc.tokens[b - 1].end if b > 0 else first.end
        return any(m.key == key and m.start > first.end for m in doc.mentions_in(first.end, end))

    def _will_pay(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "said Israel would pay a heavy price", "أكد أن الولايات المتحدة ستدفع الثمن",
        "ستدفع إسرائيل الثمن": the speaker threatens the one who will pay, named just
        before the form (or, in Arabic, in its gap), inside the speaker's statement (S7-H14)."""
        doc = self.doc
        stmt = self.stmt_at(doc.tokens[h.first].start)
        if stmt is None:
            return
        spots = [*range(h.first - 1, max(a, h.first - 3) - 1, -1)]
        if not self.en:
            spots = [*range(h.first + 1, h.last), *spots]  # "ستدفع إسرائيل الثمن"
        for j in spots:
            m = doc.mention_at_tok(j)
            if m is None or not self.actor(m) or m.adjectival:
                continue
            if m.start < stmt.start or m.key == stmt.speaker:
                return
            if doc.entity_states.get(stmt.speaker) in (m.key, doc.entity_states.get(m.key)):
                return  # its own side
            self.add(stmt.speaker, m, h.entry, h, si, sent, a, b, 0.8, False, False, None)
            return

    def _passive(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "المعتقلة في روسيا" / "detained in Russia": the patient comes before the
        participle, the agent after its preposition."""
        doc = self.doc
        patient = None
        for j in range(h.first - 1, max(a, h.first - 4) - 1, -1):
            m = doc.mention_at_tok(j)
            if m is not None and self.actor(m):
                if (
                    not m.adjectival
                    or (
                        # "five Americans detained in Iran": a plural demonym is the people
                        self.en and j == h.first - 1 and m.text[-1:] == "s" and m.text[-2:] != "ss"
                    )
                    or (self.en and self.adj_actor(m))  # "Ukrainian ports were hit by"
                ):
                    patient = m
                break
        if patient is None and self.en:
            # "X, who served as ..., had been granted asylum by Y": the subject before the
            # relative clause
            first = self._first_subject_mention(a, h.first)
            if first is not None and doc.word(first.t1 + 1) in ("who", "which"):
                patient = first
        if patient is None:
            return
        if (
            self.en
            and doc.word(h.first) == "held"
            and patient.etype != EntityType.PERSON
            and not (patient.adjectival and patient.t1 == h.first - 1 and patient.text[-1:] == "s")
        ):
            return  # "Americans held in Iran", not "talks with Ukraine held in Turkey" (S7-H10)
        if (
            self.en
            and doc.word(h.last) == "in"
            and patient.kind == "name"
            and patient.etype == EntityType.STATE
            and not patient.adjectival  # ("Six Americans detained in Venezuela", S7-H10)
        ):
            return  # "Russia arrested in Moscow a reporter": active, not "Americans held in"
        agent, by_prep = self.mention_after(
            h.last + 1,
            # ("received a shipment of howitzers and shells from France", S9-R3-H7)
            min(b, h.last + (8 if "from" in h.entry.preps else 4)),
            h.entry.preps,
            exclude={patient.key},
            place=False,
            # (a form that ends in its preposition, "detained in", has the agent next)
            required=bool(h.entry.preps),
        )
        if agent is None and self.en and doc.word(h.last) == "in":
            # "Evan Gershkovich was arrested in Yekaterinburg": no agent named; the state
            # of the city where it happened holds him (S7-H10)
            k = h.last + 1 + (doc.word(h.last + 1) == "the")
            where = doc.mention_at_tok(k)
            state = doc.entity_states.get(where.key) if where is not None else None
            if (
                where is not None
                and where.t0 == k
                and where.etype == EntityType.PLACE
                and state is not None
                and patient.etype == EntityType.PERSON
            ):
                self.add(state, patient, h.entry, h, si, sent, a, b, 0.8, True, True, None)
            return
        if agent is None:
            return
        if self.en and agent.etype == EntityType.PLACE:
            state = doc.entity_states.get(agent.key)
            if state is not None and state != agent.key and patient.etype == EntityType.PERSON:
                # "was detained in Beijing": the state of the capital holds him (S7-H10)
                self.add(state, patient, h.entry, h, si, sent, a, b, 0.8, True, True, None)
                return
        self.add(agent.key, patient, h.entry, h, si, sent, a, b, 0.9, True, by_prep, agent)

    def _object_of_speech_act(self, h: Hit[Trigger], si: int) -> bool:
        """A verbal noun that is the object of a speech act coded just before it ("China
        condemned the visit of ...", "رحبت مصر بالاتفاق"): the speaker is not its agent."""
        if self._governed_by_speech_verb(h):
            return True
        if (
            not self.en
            and h.entry.type is RelationType.ACCUSE
            and h.prefix.startswith(("ب", "وب"))
            and any(
                self._verb_types.get(k) is RelationType.REQUEST
                for k in range(max(0, h.first - 16), h.first)
            )
        ):
            return True  # "وطالبت X في رسالة إلى Y بإدانة ...": a condemnation asked for (S6-H2)
        if not self.rels:
            return False
        prev = self.rels[-1]
        if prev.sent != si or prev.type not in _SPEECH_TYPES:
            return False
        prev_end = self.doc.tok_at(prev.trig_end - 1)
        first = h.first
        if (
            self.en
            and self.doc.word(first - 1) == "of"
            and self.doc.word(first - 2) in _QUANTITY_NOUNS_EN
        ):
            first -= 2  # "criticised the latest round of sanctions" (S9-R2-H4)
        return 0 < first - prev_end <= 3

    def _attack_victim(self, m: Ment, after: int) -> bool:
        """Whether ``m`` is the target of an attack noun just before it ("the attack on
        X", "the drone attack against X", "الهجوم على X", "للاعتداءات الحوثية على X")."""
        doc = self.doc
        prep = doc.prep_of(m)
        if prep == "ل" and not self.en:
            # "الغزو الروسي لأوكرانيا": the patient of a definite attack noun and the
            # adjective of its doer (not "إدانة مصر للهجوم": the noun must come first)
            doer = doc.mention_at_tok(m.t0 - 1)
            if doer is None or not doer.adjectival or doer.t1 != m.t0 - 1:
                return False
            return _ar_attack_noun(doc.word(doer.t0 - 1))
        if prep not in _AT_TARGET or doc.word(m.t0 - 1) == "at":
            return False
        for k in range(max(after, m.t0 - 4), m.t0):
            w = doc.word(k)
            if not self.en:
                w = w.lstrip("وف")
                if w.startswith("لل"):
                    w = "ال" + w[2:]
                elif w[:1] in ("ب", "ل") and w[1:3] == "ال":
                    w = w[1:]
            if w in _ATTACK_NOUNS or w in _ATTACK_NOUNS_AR:
                return True
        return False

    def _ar_condemned_nouns(self, hits: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
        """ "وأدان العراق قصف إسرائيل للقنصلية الإيرانية": right after a condemning or
        rejecting verb and its subject, a bare perfect that is also a verbal noun is the
        act condemned, not a verb whose subject is the condemner (S7-H14)."""
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

    def _governed_by_speech_verb(self, h: Hit[Trigger]) -> bool:
        """A condemning or rejecting verb governs this verbal noun even when it coded nothing
        ("Egypt condemned the attack on X", "أدانت قطر بشدة استهداف ..."): the condemner is
        not the attacker.  Within 3 words in English, 6 in Arabic (verb-subject order puts
        the subject between), with no comma, other verb or statement cue in between.  (Not
        "affirmed readiness to provide aid": there the speaker is the agent.)"""
        reach = 3 if self.en else 6
        words = self.words
        for end in range(h.first - 1, max(-1, h.first - 1 - reach), -1):
            if end in self._speech_verb_ends:
                return True
            w = words[end] if end < len(words) else ""
            if w in (",", "،", ";", ".", ":") or end in self.stops:
                return False
        return False

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
        statement was read from it, so a patient is not sought past it (session 5)."""
        doc = self.doc
        out: set[int] = set()
        for h in doc.lexicon_hits.get("cues", []):
            t = h.first
            if h.cls != "v" or not h.prefix.startswith("و") or t <= 0:
                continue
            if "،" in self.text[doc.tokens[t - 1].end : doc.tokens[t].start]:
                out.add(t)
        return out

    def _request_content(self, j: int) -> bool:
        """Token ``j`` opens what is asked for: "إلى"/"على" (unless an actor follows it),
        or a verbal noun with "بـ" glued on ("بوقف", "بالانسحاب")."""
        doc = self.doc
        w = doc.word(j)
        if w in _REQUEST_PREPS_AR:
            return True
        return w[:1] == "ب" and len(w) > 3 and doc.mention_at_tok(j) is None

    def _capital_counts(self, rtype: RelationType) -> bool:
        """A capital stands for its state as the patient of a visit (CONSULT) and, in
        English, of what is sent or handed over to it ("sent weapons to Kyiv", "handed over
        prisoners to Moscow") or withheld from it ("suspended aid to Niamey", S5-H13)."""
        return (
            rtype is RelationType.CONSULT
            or (self.en and rtype in (RelationType.CONCEDE, RelationType.SANCTION))
            or rtype is RelationType.AID  # (Arabic too: "سلمت برلين منظومات إلى كييف", S6-H7)
            # "has a military base in Mogadishu", "قاعدة عسكرية في جيبوتي": the host state
            or rtype is RelationType.PRESENCE  # (S10-R3-H3)
        )

    def _capital_patient(self, trig: Trigger) -> bool:
        """:meth:`_capital_counts`, and English criticism aimed "at", "to" or "with" a
        capital ("lashed out at Washington", "protested to Beijing", "lodged a protest with
        Tokyo"): its government (S6-H4)."""
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
                # to a capital goes to its government (S7-H23)
                self.en
                and trig.type is RelationType.REQUEST
                and bool(trig.preps)
                and set(trig.preps) <= {"to", "on", "upon", "with", "from"}
            )
            # "استدعت تونس سفيرها في باريس": where the envoy serves, its government (S6-H9);
            # so too where an envoy is sent back to or a mission downgraded ("أعادت سفيرها
            # إلى طهران", "خفضت تمثيلها لدى باريس") (S11-R2-RELAR)
            or (not self.en and trig.topic in _ENVOY_TOPICS_AR)
        )

    def _called_a_pretext(self) -> None:
        """ "Gazprom halted the flows, which Berlin called a pretext", "..., a move that X
        called a provocation": whoever so names the act just coded accuses its agent
        (S7-H4)."""
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
        article (by its state), not of X (S7-H4)."""
        doc = self.doc
        holders: dict[str, str] = {}
        # a detention coded against the detainee's state ("Iran detained a French
        # tourist": Iran COERCE France) holds that state's people (S11-R2-RELEN)
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
        patient's side as well (S7-H4)."""
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

    def _supply_deal(self, h: Hit[Trigger], b: int) -> bool:
        """A verb of supplying after "agreed to" / "a deal to" (a time phrase may sit
        between: "agreed on Monday to supply") whose goods, within fourteen words, are a
        traded commodity ("agreed to supply Poland with gas") (S7-H4)."""
        doc = self.doc
        if h.cls != "v" or doc.word(h.first - 1) != "to":
            return False
        for j in range(h.first - 2, max(0, h.first - 6) - 1, -1):
            if any(c in self.text[doc.tokens[j].end : doc.tokens[j + 1].start] for c in ".,;:"):
                return False
            if doc.word(j) in _SUPPLY_DEAL_EN:
                break
        else:
            return False
        return any(doc.word(j) in _COMMODITIES_EN for j in range(h.first + 1, min(b, h.first + 15)))

    def _agreed_to(self, h: Hit[Trigger], a: int) -> bool:
        """English: the verb at ``h`` is the infinitive of a word of agreeing up to six
        words before it, with no punctuation between ("X and Y agreed to deploy
        warships", "a deal to deploy"): a joint act, not one side's against the other
        (S7-H25)."""
        doc = self.doc
        if not self.en or doc.word(h.first - 1) != "to":
            return False
        for j in range(h.first - 2, max(a, h.first - 7) - 1, -1):
            if any(c in self.text[doc.tokens[j].end : doc.tokens[j + 1].start] for c in ".,;:"):
                return False
            if doc.word(j) in _SUPPLY_DEAL_EN:
                return True
        return False

    def _embargoed_goods(self, h: Hit[Trigger], a: int, b: int) -> bool:
        """The goods of an aid hit are governed by a word of a ban up to three words
        before it or two after it, with no punctuation between ("an arms embargo on
        exports to", "a ban on weapons", "حظرا على تصدير الأسلحة إلى") (S7-H25)."""
        doc = self.doc
        for j in (*range(max(a, h.first - 3), h.first), *range(h.last + 1, min(b, h.last + 3))):
            w = doc.word(j).lower()
            if not self.en:
                w = w.lstrip("وب").removeprefix("ال")
            if w not in _EMBARGO_WORDS:
                continue
            lo, hi = (j, h.first) if j < h.first else (h.last, j)
            if not any(c in self.text[doc.tokens[lo].end : doc.tokens[hi].start] for c in ".,;:"):
                return True
        return False

    def _discussed_goods(self, t: int) -> bool:
        """ "discussed gas supplies with", "talks on arms deliveries": the aid word at ``t``
        is the object of a word of discussing up to three words before it, with no "and",
        actor or punctuation between (S7-H4)."""
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
        بمعاهدة السلام مع", "التزامها باتفاق"), no punctuation between (S11-REL2)."""
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
            # (S12-RELEN)
            return
        if not self.en and (caller := self._caller_during(h, si, subj, subj_m)) is not None:
            # "تلقى X اتصالا من Y، أكد خلاله دعم بلاده لـZ": Y said it (S12-RELAR)
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
            # "will lift the export controls it imposed on X": the lifting too (S8-H7)
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
            # meeting; the forces' owner is present in the host (S8-H7)
            if subj_m is not None and subj_m.key == subj and self.actor(subj_m):
                subj, subj_m, obj_m = obj_m.key, obj_m, subj_m
                trig = replace(trig, type=RelationType.PRESENCE, topic="military base")
                by_prep = True
            else:
                return
        if (
            self.en
            and trig.type is RelationType.CONSULT
            and doc.word(h.first).startswith("receiv")
            and obj_m.t0 > h.last
            and doc.word(obj_m.t1 + 1) in _RECEIVED_AID_EN
        ):
            # "Guatemala would receive U.S. help": goods, no guest; the giver aids it
            if subj_m is None or subj_m.key != subj or not self.actor(subj_m):
                return
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
            return  # "الموافقة على استقبال قوات أمريكية على أراضيها": troops, no guests
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
        ) and self._readiness_before(h.first, a):
            # ("باكو مستعدة لتطبيع العلاقات مع أرمينيا": readiness, no agreement yet, S7-H3)
            readiness = True
            # "voice readiness to cooperate" is SUPPORT (GUIDELINES)
            trig = Trigger(
                RelationType.SUPPORT, trig.frame, trig.preps, trig.modality, trig.prior, trig.topic
            )
        if trig.topic == _TIES_TOPIC and not readiness:
            return  # "بحث الجانبان تعزيز العلاقات": talk of ties, no act; readiness is SUPPORT
        if (
            not self.en
            and subj_m is not None
            and subj_m.key != obj_m.key
            and subj_m.t1 < obj_m.t0
            and self._in_by_phrase_ar(subj_m.t1, obj_m.t0)
        ):
            # "تم احتجاز مواطنة فرنسية من قبل السلطات الإيرانية": the actor after "من قبل"
            # acts on the one before it (S6-H11)
            subj, subj_m, obj_m = obj_m.key, obj_m, subj_m
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
            # the state he serves in (S6-H2)
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
            return  # "refused to meet Chile's demands": no meeting
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
            return  # "called the vote a threat to its sovereignty": a charge, not a threat
        if trig.type is RelationType.ASSAULT and (si, subj) in self.victims:
            return  # the side whose soldiers were killed is not the attacker here
        if trig.type is RelationType.ASSAULT and self._abstract_target(obj_m):
            return  # "an attack on Somalia's sovereignty", "اعتداء على سيادة الصومال": a charge
        if self.en and self._owner_adjective(obj_m):
            return  # "seized a Japanese-operated ship": the firm or ship, not its flag state
        if trig.type in _OUTLET_FREE_TYPES and self._news_agency(obj_m.key):
            return  # "welcomed it in remarks carried by the X agency": the outlet only reports
        if self.en and nominal and trig.type in (RelationType.ASSAULT, RelationType.COERCE):
            start = doc.tokens[h.first].start
            named = _NAMED_ACT_EN.search(self.text, max(0, start - 60), start)
            if named is not None and (subj_m is None or subj_m.start < named.end("verb")):
                return  # "denounced what it called an assault on democracy in X": no doer
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
            return  # "إدانتها للهجمات على X", "إدانة واشنطن للهجوم": the condemner attacks no one
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
            # stay the state's armed forces (S12-RELEN)
            obj = men_state
        capital = self._capital_patient(trig) and self._capital_state(obj_m)
        if capital:
            obj = capital  # "visited Damascus": the state whose seat it is
        elif self.en and trig.type is RelationType.AID and (aided := self._aid_place_state(obj_m)):
            obj = aided  # "sent aid to Gaza": the state of the place it goes to (S13-RELEN)
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
            # in is the one attacked (not a place inside the attacker's own state) (S12-RELEN)
            obj = place_state
        elif (
            trig.type is RelationType.PRESENCE
            and obj_m.etype is EntityType.PLACE
            and doc.entity_states.get(obj)
            and doc.entity_states.get(obj) != (doc.entity_states.get(subj) or subj)
        ):
            # "keeps an air base at Hmeimim", "منشأة بحرية في ميناء طرطوس": forces are
            # stationed in the state the town or port belongs to (S11-REL2)
            obj = doc.entity_states.get(obj) or obj
        if obj == subj:
            return
        if (
            nominal
            and not self.en
            and obj_m.adjectival
            and obj_m.t0 == h.last + 1
            and not (self._adj_heads and self._headed_adjective(obj_m))  # (S6-H7)
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
            # or goods, no envoy or message: no contact (session 5)
            return
        if (
            not self.en
            and trig.type is RelationType.MOBILIZE
            and self._ar_relief_sent(h.last + 1, obj_m.t0)
        ):
            # "أرسلت السعودية طائرات إغاثة إلى اليمن": planes or ships of relief are aid,
            # not a show of force (session 5)
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
                # is where, not a target (S7-H14)
                self.en
                and _BORDER_EN.intersection((doc.word(obj_m.t1 + 1), doc.word(obj_m.t1 + 2)))
            )
        ):
            # "fired missiles at Israel": a launch at an actor is an attack
            trig = Trigger(
                RelationType.ASSAULT, trig.frame, trig.preps, trig.modality, trig.prior, trig.topic
            )
        if trig.type == RelationType.MOBILIZE and self._at_request(obj_m.t1 + 1, b):
            # "sent troops to Kazakhstan at the request of its government" (S7-H14)
            trig = replace(trig, type=RelationType.PRESENCE, topic="military presence")
        if trig.type is RelationType.CONSULT and self._news_agency(obj_m.key):
            return  # "أبلغ الوزير وكالة رويترز": talking to the press is no contact of states
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
            # flees nowhere ("fled Belarus and lives in exile in ...": its object) (S7-H4)
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
            # (S11-REL2)
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
            return  # "لولا ... لاندلعت حرب", "would have gone to war": it did not happen
        if self._feared(h, a, subj, subj_m):
            return
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
            # act, asserted ("did not scrap" stays negated) (S7-H10)
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
            # of the pact ("رفضت إلغاء الاتفاق" stays negated) (S11-REL2)
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
            # Arabic past 60 characters: only within one unbroken clause (S11-R2-DATES)
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
            # second act's own time, told after it, is its time (S7-H16)
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
            # act, read into a content span that runs on (S6-H12)
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


"""What a bare "أرسل" sends when it is a contact: an envoy, a minister, a delegation, a
letter or a cable (after ال or a proclitic)."""
"""Words that make vehicles sent ("طائرات", "سفن") carriers of relief."""
"""Planes, ships, trucks, convoys: what relief is sent in."""


def _best_hits(hits: list[Hit[Trigger]]) -> list[Hit[Trigger]]:
    """One hit per (token, type), the longest; drop hits covered by a longer one of
    any type ("eased sanctions" is not also "sanctions")."""
    if not hits:
        return []
    chosen: dict[tuple[int, RelationType], Hit[Trigger]] = {}
    for h in hits:
        key = (h.first, h.entry.type)
        old = chosen.get(key)
        if (
            old is None
            or h.last > old.last
            or (h.last == old.last and h.entry.prior > old.entry.prior)
        ):
            chosen[key] = h
    out = sorted(chosen.values(), key=lambda h: (h.first, -(h.last - h.first)))
    firsts = [h.first for h in out]
    kept: list[Hit[Trigger]] = []
    for h in out:
        if any(k.first < h.first <= k.last and k.entry.type == h.entry.type for k in kept):
            continue
        if any(
            h.last <= k.last
            and k.last - k.first > h.last - h.first
            and k.entry.frame != "mid"  # "arrived in X for talks with Y": two relations
            for k in out[: bisect_right(firsts, h.first)]  # (those from h's token or before)
        ):
            continue  # "military backing" (AID) covers "backing" (SUPPORT)
        kept.append(h)
    return kept


def _dedupe(rels: list[Rel]) -> list[Rel]:
    """One relation per (subject, type, object) and evidence sentence; symmetric
    types in either order."""
    seen: dict[tuple[str, str, str, int], int] = {}
    out: list[Rel] = []
    for r in rels:
        a, b = r.subject, r.object
        if r.type.symmetric:
            a, b = sorted((a, b))
        key = (a, r.type.value, b, r.sent)
        if key in seen:
            old = out[seen[key]]
            if r.confidence > old.confidence:
                out[seen[key]] = r
            continue
        seen[key] = len(out)
        out.append(r)
    return out


def _merge_events(rels: list[Rel]) -> list[Rel]:
    """One relation per event: the same actors, type, topic and date mentioned again
    later in the article (the lead repeated in the body, "the meeting between X and Y"
    recalled) are one event; the most confident mention stays."""
    seen: dict[tuple[str, str, str, str | None, str | None], int] = {}
    out: list[Rel] = []
    for r in rels:
        a, b = r.subject, r.object
        # a symmetric event told twice ("خلال لقائه ..." then "وبحث الجانبان ...") is
        # one event whatever topic each mention names: same pair, type and date
        key: tuple[str, str, str, str | None, str | None]
        if r.type.symmetric:
            a, b = sorted((a, b))
            key = (a, r.type.value, b, r.date, None)
        else:
            key = (a, r.type.value, b, r.date, r.topic)
        k = seen.get(key)
        if k is None:
            seen[key] = len(out)
            out.append(r)
        elif r.confidence > out[k].confidence:
            out[k] = r
    # a lead sentence without a time and the next sentences that date the same act
    # ("بحث بوتين ونتنياهو في اتصال هاتفي" ... "تحدث يوم الخميس هاتفيا مع بوتين")
    dated: dict[tuple[str, str, str], list[Rel]] = {}
    for r in out:
        if r.date is not None:
            dated.setdefault(_pair_key(r), []).append(r)
    kept = [
        r
        for r in out
        if r.date is not None
        or not any(
            abs(o.sent - r.sent) <= 2 and o.modality == r.modality
            for o in dated.get(_pair_key(r), [])
        )
    ]
    # the same actors and act found again elsewhere: likely the same event told twice,
    # so the later, less specific mentions are less likely to be a separate relation
    seen_pairs: set[tuple[str, str, str]] = set()
    for r in kept:
        pair = _pair_key(r)
        if pair in seen_pairs:
            r.confidence *= 0.85
        seen_pairs.add(pair)
    return kept


def _drop_undated_repeats(rels: list[Rel]) -> list[Rel]:
    """An undated act between the same actors as a dated one told earlier, with the same
    modality, is that event retold ("Ali and Maduro met on Thursday ... after three hours
    of talks, they agreed"): only the dated report stays."""
    dated = {(_pair_key(r), r.modality) for r in rels if r.date is not None}
    first: dict[tuple[tuple[str, str, str], Modality], int] = {}
    for i, r in enumerate(rels):
        first.setdefault((_pair_key(r), r.modality), i)
    return [
        r
        for i, r in enumerate(rels)
        if r.date is not None
        or (_pair_key(r), r.modality) not in dated
        or first[(_pair_key(r), r.modality)] == i
    ]


def _pair_key(r: Rel) -> tuple[str, str, str]:
    a, b = r.subject, r.object
    if r.type.symmetric:
        a, b = sorted((a, b))
    return a, r.type.value, b


def find_relations(doc: Doc, stmts: list[Stmt]) -> list[Rel]:
    """All relations of a prepared :class:`Doc` (see the module doc).  They read
    ``stmts`` with the act-only condemnations the statement finder set aside, when it did
    (``Doc.relation_statements``): "She condemned Moscow's seizure of ..." is no
    statement, but its subject and target are found as in one."""
    told = doc.relation_statements
    return _Coder(doc, told or stmts).run()
