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
:class:`kg.extractors.coder.event_dates.EventDates`). Stances and evaluations told in
speech ("called the move an escalation", "قال إن الخطوة تشكل انتهاكا") are coded by the
mixin :class:`kg.extractors.coder.stances.Stances`; the parties of meetings, visits, calls,
delegations and mediation (hosts, guests, mediators) are found by the mixin
:class:`kg.extractors.coder.meetings.Meetings`.

Confidence is the row prior times factors for how the arguments were found,
then mapped through the calibration table ``lexicons/calibration.tsv`` (see
:mod:`kg.extractors.calibrate`).

The coder itself is :class:`_Coder` below (``run``: the passes over a document; ``code``:
one trigger); its rules are the traits of :mod:`kg.extractors.coder`, one module per family
(the actors around a trigger, subjects, pronouns, pairs, verbal nouns, modality, dates,
particular constructions, the frame of a trigger, the checks of ``add``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from kg.extractors.coder.meetings import _HOST_AR, _ceremony
from kg.extractors.coder.passes import Passes
from kg.extractors.coder.relation import Rel, calibrate, relation_matcher
from kg.extractors.coder.words import (
    _AGREED_ACTS,
    _BACK_PARTICLE_VERBS_EN,
    _DAY_PARTS_AR,
    _EN_DETERMINERS,
    _FLAG_AR,
    _MEDIATED,
    _NOUN_PREPS_EN,
    _PAY_AR,
    _SOURCE_MARKERS,
    _SPEECH_TYPES,
    _STORES_AR,
    _TOOK_PLACE_AR,
    _WHAT_AR,
)
from kg.extractors.doc import AR_PREP_WORDS, Doc, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.quotes import Stmt
from kg.extractors.sentences import Span
from kg.extractors.triggers import Trigger
from kg.models import EntityType, Modality, RelationType

__all__ = ["Rel", "Trigger", "calibrate", "find_relations", "relation_key", "relation_matcher"]


class _Coder(Passes):
    # the word lists the event-date rules of the mixin test (see :class:`EventDates`)
    _source_markers = _SOURCE_MARKERS

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
        # trigger offsets of mediation nouns whose "بين X وY" is a later noun's pair: the
        # pair's meeting is dropped once the text is read (S17-RPREC)
        self._swap_pairs: set[int] = set()
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
        self._frame_stage = ""
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

    # ------------------------------------------------------------------ main
    def run(self) -> list[Rel]:
        doc = self.doc
        assert doc.seg is not None
        hits = doc.lexicon_hits.get("relations")
        if hits is None:
            hits = relation_matcher(doc.lang).find(doc.tokens)
        found = hits
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
            # "استهدف مخازن أسلحة لحزب الله": the depots of one's arms, no arms given
            hits = [
                h
                for h in hits
                if h.entry.type is not RelationType.AID
                or h.cls not in ("n", "x")
                or doc.word(h.first - 1).removeprefix("و") not in _STORES_AR
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
            hits = self._signed_pact_names_en(hits)
            # "Pakistan handed back an Indian pilot", "sent back", "fought back": the
            # particle of another verb, not "back" (support) (S17-RPREC)
            hits = [
                h
                for h in hits
                if not (
                    h.first == h.last
                    and doc.word(h.first) == "back"
                    and doc.word(h.first - 1) in _BACK_PARTICLE_VERBS_EN
                )
            ]
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
        # a trigger the filters above dropped was judged no act of its type here: the
        # learned back-off must not code it either
        kept = {(h.first, h.entry.type) for h in hits}
        for h in found:
            if (h.first, h.entry.type) not in kept:
                self._reject(h)
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
        self.members = doc.member_tokens = self._member_lists(
            {h.last for h in hits if h.cls in ("n", "p")}
        )
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
        self._territory_agents()
        self._welcomed_harm_ends()
        if self._swap_pairs:
            self.rels = [
                r
                for r in self.rels
                if r.type is not RelationType.CONSULT or r.trig_start not in self._swap_pairs
            ]
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

    def code(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """Code one trigger (:meth:`_code_trigger`).  A trigger whose frame a guard or a
        construction of its own ended while its agent or its patient was sought
        (``_code_agent``, ``_code_patient``), or whose emission's last checks coded nothing
        (``_code_emit``), is recorded as rejected (:meth:`_reject`); the learned back-off
        still codes a frame that found no agent or no patient (``_frame_stage`` "noagent",
        "nopatient"), its purpose.  (Session 19: also rejecting the earlier steps' ends, or
        those failures, lowered the unseen pool's relations with the every-trigger
        back-off.)"""
        n = len(self.rels)
        self._frame_stage = "pre"
        self._code_trigger(h, si, sent, a, b)
        if len(self.rels) == n and self._frame_stage in ("agent", "patient", "emit"):
            self._reject(h)

    def _code_trigger(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
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
        own = self._host_time(host[1])
        for r in list(self.rels[n:]):
            date: str | None
            if own is not None and own != r.date and r.date is not None:
                date = own  # the brokered act's own time, told before the host phrase
            elif talks and not self.en and r.date:
                # (Arabic: hosting the talks a signing closed spans their days, told by
                # the month, S12-RELAR)
                date = r.date[:7]
            else:
                date = r.date
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
                            date=date,
                        )
                    )

    def _host_time(self, at: int) -> str | None:
        """The time told right before the host phrase at ``at``, in its clause ("صفقة ...
        جرى الاتفاق عليها في جنيف الشهر الماضي برعاية الأمم المتحدة", "a swap agreed in
        Geneva last month under UN auspices"): the brokered act's own time, not the time
        of the main clause the deal is told in ("تنفذ ... منتصف الشهر الجاري صفقة")."""
        times = self.doc.times_in(max(0, at - 40), at)
        if not times:
            return None
        t = times[-1]
        gap = self.text[t.end : at]
        if (
            t.value is None
            or t.kind == "after"
            or self._since(t)
            or self._dateline(t)
            or len(gap.split()) > 2
            or any(c in gap for c in ".,;:،؛")
        ):
            return None
        return t.value


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
            dated.setdefault(relation_key(r), []).append(r)
    kept = [
        r
        for r in out
        if r.date is not None
        or not any(
            abs(o.sent - r.sent) <= 2 and o.modality == r.modality
            for o in dated.get(relation_key(r), [])
        )
    ]
    # the same actors and act found again elsewhere: likely the same event told twice,
    # so the later, less specific mentions are less likely to be a separate relation
    seen_pairs: set[tuple[str, str, str]] = set()
    for r in kept:
        pair = relation_key(r)
        if pair in seen_pairs:
            r.confidence *= 0.85
        seen_pairs.add(pair)
    return kept


def _drop_undated_repeats(rels: list[Rel]) -> list[Rel]:
    """An undated act between the same actors as a dated one told earlier, with the same
    modality, is that event retold ("Ali and Maduro met on Thursday ... after three hours
    of talks, they agreed"): only the dated report stays."""
    dated = {(relation_key(r), r.modality) for r in rels if r.date is not None}
    first: dict[tuple[tuple[str, str, str], Modality], int] = {}
    for i, r in enumerate(rels):
        first.setdefault((relation_key(r), r.modality), i)
    return [
        r
        for i, r in enumerate(rels)
        if r.date is not None
        or (relation_key(r), r.modality) not in dated
        or first[(relation_key(r), r.modality)] == i
    ]


def relation_key(r: Rel) -> tuple[str, str, str]:
    """A relation's (subject, type, object), its actors in a fixed order for a symmetric type."""
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
