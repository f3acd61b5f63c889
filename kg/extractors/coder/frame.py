"""The relation coder's rules on the frame of one trigger.

It codes the frame of one trigger (:meth:`Frames._code`): the agent and patient of a trigger found
from its frame (``svo``, ``nom``, ``sym``, ``spk``, ``loc``) and the constructions around
it, each relation handed to ``add``. ``_code`` runs its steps in order on one
:class:`~kg.extractors.coding.Coding` (the trigger and what the steps found for it): each step
reads the fields it needs and sets those it finds; a step that may end the trigger returns
None when it does (``c`` otherwise), a guard and ``_code_symmetric`` True:

- guards: ``_code_guards_before_frame``, ``_code_frame`` (the frame settled),
  ``_code_guards``, ``_code_retype`` (the trigger as it reads here), ``_code_reach`` (the
  patient span);
- frames coded by their own rules: ``_code_symmetric`` (``sym``, ``pair``, ``between``),
  ``_code_special`` (``gap``, ``pas``, ``rqby``, ``pay``, ``leave`` and other constructions);
- the agent, ``_code_agent``: ``_code_passive``, ``_code_subject`` (a verb's subject in
  ``_code_subject_verb``), ``_code_agent_checks``;
- the patient, ``_code_patient``: ``_code_patient_scope``, ``_code_patient_first``,
  ``_code_patient_constructions``, ``_code_patient_parties``, ``_code_patient_fallbacks``;
- ``_code_emit``: the last checks on the patient, then the relations.

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extractors.coder.arguments import Arguments
from kg.extractors.coder.event_dates import _QAD
from kg.extractors.coder.meetings import _HOST_AR, _PRESENCE_AR
from kg.extractors.coder.stances import _TOLD_PACTS_EN
from kg.extractors.coder.words import (
    _ACCUSED_AR,
    _ADDRESSED_EN,
    _AFTER_TOLD_ACT_EN,
    _ALSO_AR,
    _ANY_AFTER_PREP_AR,
    _ANY_AR,
    _AR,
    _AR_REL_PRON,
    _AT_HOST_PRON_AR,
    _AUX_EN,
    _BACKING_MEANS_AR,
    _BE_EN,
    _BETWEEN,
    _BETWEEN_THEM_AR,
    _BLAME_EN,
    _BLAME_TAIL_AR,
    _BLOCKED_EN,
    _BORDER_AR,
    _BORDER_EN,
    _BUT_PRON_AR,
    _CONDEMN_REACH_AR,
    _CONDEMN_REACH_EN,
    _CONTENT_LIGHT_EN,
    _COUNT_NOUNS_AR,
    _CULPABLE_EN,
    _DECISION_NOUNS_EN,
    _DENY_AR,
    _DISCUSSED_EN,
    _DOER_VERBS_AR,
    _DREW_EN,
    _DRILL_TOPIC,
    _EN_DETERMINERS,
    _EN_OBJ_PRON,
    _ENVOY_TOPICS_AR,
    _EVENT_PREPS,
    _FOR_CONSULTATION_AR,
    _FORCE_NOUNS_EN,
    _GERUND_PREPS_EN,
    _GOODS_AR,
    _GOODS_EN,
    _HEADING_AR,
    _HONOUR_AR,
    _HOSTING_AR,
    _IMPOSED_AR,
    _INTERCEPT_TOPICS,
    _IYYA,
    _KILLED_VERBS_AR,
    _LEFT_NOT_FROM_EN,
    _LIFT_EN,
    _MEDIATED_BY_AR,
    _MEETING_GAP_AR,
    _MUTUAL_DUAL_TYPES,
    _NEAR_AR,
    _NO_LOCATIVE,
    _NON_FORCE_EN,
    _OFFICIALS_AR,
    _ORDER_VERBS,
    _OWN_ENVOY_AR,
    _OWN_ENVOY_FORMS_AR,
    _OWN_STATE_OK,
    _OWN_TARGETS_EN,
    _PARTIES_AR,
    _PATIENT_GENITIVE,
    _PHONED_EN,
    _PLACE_TYPES,
    _PREP_HIM_AR,
    _PROPOSALS_AR,
    _PROPOSALS_EN,
    _PROPOSALS_INDEF_AR,
    _PUNCT_CONJ,
    _PUNCT_EVAL,
    _QUANTITY_NOUNS_EN,
    _RELATIVE_WORDS_AR,
    _RELATIVES_AR,
    _REQUEST_NOUNS_EN,
    _REQUEST_PREPS_AR,
    _RESUMPTIVE_AR,
    _SIDES_AR,
    _SPEECH_TYPES,
    _SPONSORED_AR,
    _STATE_DEEDS,
    _STATE_OF_AFFAIRS_EN,
    _STRUCK_TARGETS_EN,
    _SUFFERED_AR,
    _TARGETING,
    _THIS_AR,
    _TOLD_ACT_DETS_EN,
    _TOLD_ACT_TYPES_EN,
    _TOLD_ACTS_AR,
    _UNDERGONE_AR,
    _UNNAMED_OFFICIAL,
    _UPON_OFFICIAL,
    _WITH_AR,
    _ar_attack_noun,
    _contribution_ar,
)
from kg.extractors.coding import Coding
from kg.extractors.doc import EN_PREP_WORDS, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.native import trait
from kg.extractors.sentences import Span
from kg.extractors.triggers import Trigger
from kg.models import EntityType, RelationType

_PREP_PRONOUN_AR = re.compile("^(?:عن|ل|ب|علي|الي|من|مع|في|لدي)(?:ه|ها|هم|هما)$")
"""A folded preposition with a pronoun suffix ("عنه"، "لها"، "عليهم")."""

__all__ = ["Frames"]


_STATE_PACTS_AR = frozenset({RelationType.AGREE, RelationType.CONSULT, RelationType.COOPERATE})
"""What "بلاده" does as a state, not through the man who tells it: "قال الوزير إن بلاده اتفقت
مع X" (the state agrees, talks, cooperates; a stance told stays the speaker's)."""


@trait
class Frames(Arguments):
    """The coder's rules on the frame of one trigger."""

    def _code(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """Codes the relations of trigger ``h`` in sentence ``si`` (tokens ``a``..``b``).

        Its steps are the ``_code_*`` methods (see the module docstring).
        """
        doc = self.doc
        trig = h.entry
        t = h.first
        nominal = h.cls in ("n", "p", "x")
        frame = trig.frame
        c = Coding(h, si, sent, a, b, trig, frame, nominal)
        if self._code_guards_before_frame(c):
            return
        if self._code_frame(c) is None:
            return
        self._struck_place_ok = False  # (set for this trigger once its subject is known)
        self._aid_place_ok = False
        if self._code_guards(c):
            return
        self._code_retype(c)
        c.trig_start = doc.tokens[h.first].start
        c.stmt = self.stmt_at(c.trig_start)
        c.clause = doc.seg.clause_at(c.trig_start) if doc.seg else None
        c.place = c.trig.type in _PLACE_TYPES or c.frame == "loc"
        self._code_reach(c)

        if (
            not self.en
            and h.cls == "n"
            and c.trig.type is RelationType.AGREE
            and "ال" in h.prefix
            and any(
                doc.word(j).lstrip("وب").removeprefix("ال") in _HONOUR_AR
                for j in range(max(a, t - 2), t)
            )
        ):
            return  # "ضرورة احترام الاتفاقيات المبرمة بين البلدين": in force
        if self._code_symmetric(c):
            return
        if self._code_special(c) is None:
            return
        self._frame_stage = "agent"
        if self._code_agent(c) is None:
            return
        self._frame_stage = "patient"
        if self._code_patient(c) is None:
            return
        self._frame_stage = "emit"
        self._code_emit(c)

    def _code_guards_before_frame(self, c: Coding) -> bool:
        """Whether a guard rejects the trigger before its frame is settled (then it is no act).

        Gerunds and nouns of earlier acts ("condemned the killing of X by Y", "after the
        assassination of Y"), and words that are no act here.
        """
        h, si, sent, a, b, frame = c.h, c.si, c.sent, c.a, c.b, c.frame
        doc = self.doc
        trig = h.entry
        t = h.first
        if (
            self.en
            and h.cls == "v"
            and frame == "svo"
            and h.first == h.last
            and doc.word(t).endswith("ing")
            and doc.word(t - 1) == "the"
        ):
            if doc.word(t + 1) == "of":
                # "condemned the killing of Colombian fishermen by Venezuela": a gerund noun,
                # its agent after "by"; under a condemning verb never that verb's subject
                # ("Israel halted the shelling of X" still is the shelling's agent)
                if self._gerund_by(h, si, sent, a, b) or self._governed_by_speech_verb(h):
                    return self._rejected(h)
            elif doc.word(t + 1) == "by":
                # "condemned the killing by Israel of its general": a gerund noun, its agent
                # right after "by", its patient after "of"; never the governing verb's subject
                self._gerund_by_first(h, si, sent, a, b)
                return self._rejected(h)
        if self.en and h.first == h.last and self._no_act_en(h, frame):
            return self._rejected(h)
        if (
            not self.en
            and trig.type is RelationType.ASSAULT
            and h.cls == "v"
            and doc.word(t).removeprefix("و") in _KILLED_VERBS_AR
            and self._killed_in_strike_ar(h, si, sent, a, b)
        ):
            return self._rejected(h)
        if (
            not self.en
            and trig.type is RelationType.ASSAULT
            and h.cls in ("n", "x")
            and self._death_in_strike_ar(h, si, sent, a, b)
        ):
            return self._rejected(h)  # "مقتل X في غارة أميركية": X was hit
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
            # gerund whose object is a thing, not an actor, attacks no one
            return self._rejected(h)
        if (
            self.en
            and h.cls == "n"
            and trig.type in (RelationType.ASSAULT, RelationType.COERCE)
            and doc.word(t - 1) == "the"
            and doc.word(t - 2) in ("after", "following", "before", "since")
            and doc.word(h.last + 1) == "of"
        ):
            # "X, who took office after the assassination of Y": an earlier act in a time
            # phrase; only its own "by" agent did it, not the clause's subject
            self._gerund_by(h, si, sent, a, b)
            return self._rejected(h)
        return False

    def _code_frame(self, c: Coding) -> Coding | None:
        """Settles the frame the trigger is coded in and whether it is nominal (``c.frame``,
        ``c.nominal``); None when done.

        A lexicon frame is adjusted to the words found (``nom`` of a verb is ``svo``, a ``mid``
        with no gap is ``svo``); an Arabic ``mid`` codes its inner subject and patient itself.
        """
        h, si, sent, a, b, frame, nominal = c.h, c.si, c.sent, c.a, c.b, c.frame, c.nominal
        doc = self.doc
        trig = h.entry
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
                        return None
                if not trig.preps:
                    return None
                # a row naming prepositions has the patient after the gap when none is
                # inside it: "قدمت تركيا طائرات مسيرة لأذربيجان"
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
            frame = "mid"  # "sent Tokayev a message": whom it is sent to in the gap
        c.frame, c.nominal = frame, nominal
        return c

    def _code_guards(self, c: Coding) -> bool:
        """Whether a guard rejects the trigger once its frame is settled (then it is no act).

        Reduced relatives, receptions, repelled attacks, fired-by phrases, non-force targets,
        nouns that are no act ("a life sentence", "back to"), embargoed goods.
        """
        h, si, sent, a, b, nominal = c.h, c.si, c.sent, c.a, c.b, c.nominal
        doc = self.doc
        trig = h.entry
        if self.en and (
            (h.cls == "v" and self._reduced_relative(h.first))
            or self._reduced_relative(h.first - 1)
        ):
            # "rammed navy boats delivering supplies to X": the boats deliver
            return self._rejected(h)
        if self.en and nominal and self._unnamed_possessor_en(h):
            # "the minister said Nancy Pelosi's trip to Taiwan": someone unknown's act
            return self._rejected(h)
        if not self.en and trig.type is RelationType.CONSULT and self._reception(h, si, sent, a, b):
            return self._rejected(h)
        if not self.en and trig.type is RelationType.ASSAULT and self._repelled(h, si, sent, a, b):
            return self._rejected(h)
        if not self.en and self._object_pronoun_chain(h, si, sent, a, b):
            return self._rejected(h)
        if (
            trig.type is RelationType.ASSAULT
            and h.cls in ("v", "i", "x")
            and self._fired_by(h, si, sent, a, b)
        ):
            return self._rejected(h)
        if (
            self.en
            and trig.topic == _TARGETING
            and any(doc.word(j) in _NON_FORCE_EN for j in range(max(a, h.first - 4), h.first))
        ):
            # "sanctions targeting Iranian banks", "a law that targets foreign agents"
            return self._rejected(h)
        if (
            self.en
            and trig.topic == _TARGETING
            and h.cls == "v"
            and doc.word(h.first - 1) == "and"
            and any(doc.word(j) in _NON_FORCE_EN for j in range(a, min(h.first, a + 4)))
        ):
            # "The new sanctions were approved by X and target Y": the sanctions do
            return self._rejected(h)
        if (
            self.en
            and trig.topic == _TARGETING
            and h.cls == "v"
            and doc.word(h.first) == "targets"
            and (doc.word(h.first - 1) in _EN_DETERMINERS or doc.word(h.first - 1)[:1].isdigit())
        ):
            # "sanctions on more than 500 targets": the plural noun
            return self._rejected(h)
        if (
            self.en
            and trig.topic == _TARGETING
            and h.cls == "v"
            and doc.word(h.first) == "targets"
            and (owner := doc.mention_at_tok(h.first - 1)) is not None
            and (
                doc.word(owner.t0 - 1) in _EN_DETERMINERS
                or doc.word(owner.t0 - 1) in _STRUCK_TARGETS_EN
            )
        ):
            # "hit Houthi targets in Yemen", "struck several Hezbollah targets": the plural
            # noun of the group's sites, no verb of the group's
            return self._rejected(h)
        if (
            self.en
            and (nominal or doc.word(h.first).endswith("ing"))
            and any(doc.word(j) in _CULPABLE_EN for j in range(max(0, h.first - 4), h.first))
        ):
            # "sanctioned officials it linked to the jailing of X": not the agent
            return self._rejected(h)
        if (
            self.en
            and h.cls == "v"
            and trig.topic == "imprisonment"
            and doc.word(h.first) == "sentence"
            and doc.word(h.first - 1) not in _AUX_EN
            and doc.word(h.first - 1) not in ("to", "not", "may", "might", "must", "should")
        ):
            return self._rejected(h)  # "was serving a life sentence in Germany": the noun
        if (
            self.en
            and h.last == h.first
            and doc.word(h.first) == "back"
            and doc.word(h.first + 1) in ("to", "from", "into", "home")
        ):
            # "pulled its troops back to Belarus": the adverb, no backing
            return self._rejected(h)
        if (
            self.en
            and trig.type is RelationType.RETREAT
            and doc.word(h.last) in ("left", "leave")
            and doc.word(h.last + 1) in _LEFT_NOT_FROM_EN
        ):
            # "troops left behind mines near Kharkiv": no place left
            return self._rejected(h)
        if self.en and trig.topic == _PHONED_EN and not self._phoned(h, b):
            # "called Xi a dictator", "called Kyiv's claims absurd": not a call
            return self._rejected(h)
        if (
            self.en
            and trig.type is RelationType.AGREE
            and nominal
            and any(doc.word(j) in _DISCUSSED_EN for j in range(max(a, h.first - 5), h.first))
        ):
            # "discussed the grain deal", "talks on a prisoner swap deal": not reached
            return self._rejected(h)
        if trig.type is RelationType.AID and self._embargoed_goods(h, a, b):
            # "an arms embargo on exports to X", "حظرا على تصدير الأسلحة إلى X"
            return self._rejected(h)
        return False

    def _code_retype(self, c: Coding) -> None:
        """Sets the trigger's entry as it reads here (``c.trig``): a lifted ban concedes, a
        supply deal agrees."""
        h, a, b, nominal, trig = c.h, c.a, c.b, c.nominal, c.trig
        doc = self.doc
        t = h.first
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
            # "lifted a ban on arms exports to X": the ban is lifted
            trig = replace(trig, type=RelationType.CONCEDE, topic=f"lifting {trig.topic or 'ban'}")
        if self.en and trig.type is RelationType.AID and self._supply_deal(h, b):
            # "agreed to supply Germany with gas", "signed a deal to sell oil to India": a
            # commercial deal between the parties, no aid
            trig = replace(trig, type=RelationType.AGREE, topic="supply deal")
        if (
            not self.en
            and trig.type is RelationType.SUPPORT
            and _AR("دعم") in doc.word(t)
            and self._backed_with_arms_ar(h, b)
        ):
            # "دعمت أنقرة حكومة الوفاق بطائرات مسيرة ومستشارين"، "بدعم الحركة بالسلاح": the
            # backing is arms, fighters or money given, aid
            trig = replace(trig, type=RelationType.AID, topic="military aid")
        c.trig = trig

    def _envoy_host_pronoun_ar(
        self,
        h: Hit[Trigger],
        after: int,
        t_lim: int,
        a: int,
        subj_m: Ment | None,
        exclude: set[str],
    ) -> Ment | None:
        """Arabic: the state an own envoy is recalled from when «لديها»/«لديه» follows the
        envoy ("استدعت سفيرها لديها"): the latest state (no adjective, none excluded, none
        of the subjects) named before the subject in the sentence."""
        doc = self.doc
        k = next(
            (
                j
                for j in range(h.last, min(t_lim + 1, after + 6))
                if doc.word(j) in _OWN_ENVOY_AR or _OWN_ENVOY_FORMS_AR.fullmatch(doc.word(j))
            ),
            None,
        )
        if k is None or doc.word(k + 1) not in _AT_HOST_PRON_AR:
            return None
        floor = subj_m.t0 if subj_m is not None and subj_m.t0 < h.first else h.first
        subjects = {subj_m.key} if subj_m is not None else set()
        if subj_m is not None:
            subjects |= {m.key for m in self._ar_co_subjects(subj_m, t_lim)}
        for m in reversed(doc.mentions_in(doc.tokens[a].start, doc.tokens[floor].start)):
            if m.adjectival or m.etype is not EntityType.STATE or not self.actor(m):
                continue
            if m.key in exclude or m.key in subjects:
                continue
            return m
        return None

    def _backed_with_arms_ar(self, h: Hit[Trigger], b: int) -> bool:
        """Arabic: «ب» + arms, fighters or money (a count noun may stand between, "بآلاف
        الجنود"; word list relations.backing_means_ar) within the clause after a backing
        trigger."""
        doc = self.doc
        for j in range(h.last + 1, min(b, h.last + 8)):
            if not _PUNCT_EVAL.isdisjoint(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return False
            w = doc.word(j).removeprefix("و")
            if not w.startswith("ب"):
                continue
            w = w[1:]
            if w in _COUNT_NOUNS_AR:
                w = doc.word(j + 1)
            if w.removeprefix("ال") in _BACKING_MEANS_AR:
                return True
        return False

    def _code_reach(self, c: Coding) -> None:
        """Sets where the patient is looked for: from ``c.after`` to the limit ``c.t_lim``."""
        h, a, b, frame, nominal = c.h, c.a, c.b, c.frame, c.nominal
        doc = self.doc
        after = h.last + 1
        t_lim = min(b, after + (8 if nominal else 14), self._next_stop(h.last, b))
        if (
            not self.en
            and frame == "spk"
            and h.last > h.first + 1
            and doc.word(h.last) in _BLAME_TAIL_AR
        ):
            # "محملة إسرائيل مسؤولية التصعيد": the patient sits between the participle and
            # the responsibility it is given
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
        c.after, c.t_lim = after, t_lim

    def _code_symmetric(self, c: Coding) -> bool:
        """Whether a symmetric frame (``sym``, ``pair``, ``between``) coded the trigger.

        Meetings told or fronted ("X told Y in a phone call", "After talks with Erdogan, Putin
        said"), a pair after the noun ("between X and Y", two adjectives, X-Y) and mediators.
        """
        h, si, sent, a, b, trig, frame = c.h, c.si, c.sent, c.a, c.b, c.trig, c.frame
        nominal, after, stmt, factor = c.nominal, c.after, c.stmt, c.factor
        doc = self.doc
        t = h.first
        # --- symmetric: between X and Y / two adjectives / X-Y
        if frame == "sym" and nominal and trig.type is RelationType.CONSULT:
            told = self._told_during(h, a)
            if told is not None:
                # "X told Y in a phone call", "أكد X لY خلال اتصال هاتفي"
                x, y = told
                self.add(x.key, y, trig, h, si, sent, a, b, 0.9, nominal, True, x)
                return True
        if frame == "sym" and nominal and self.en and trig.type is RelationType.CONSULT:
            fronted = self._fronted_meeting(h, a, b)
            if fronted is not None:
                # "After talks with Erdogan, Putin said ...": the main clause's subject
                x, y = fronted
                self.add(x.key, y, trig, h, si, sent, a, b, 0.9, nominal, True, x)
                return True
        if nominal and self.en and trig.type is RelationType.CONSULT and trig.topic == "visit":
            visit = self._fronted_visit(h, a, b)
            if visit is not None:
                # "Speaking during a visit to Kyiv, Blinken said ...": Blinken visits Ukraine
                x, y = visit
                self.add(x.key, y, trig, h, si, sent, a, b, 0.9, nominal, True, x)
                return True
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
            # "وفي اتصال هاتفي مع X، أكد Y": no pronoun, the partner after "مع"
            fronted = self._ar_fronted_meeting(h, a, b)
            if fronted is not None:
                # "وخلال لقائه الرئيس عون، أكد ماكرون ...": the main clause's subject meets
                x, y = fronted
                self.add(x.key, y, trig, h, si, sent, a, b, 0.9, nominal, True, x)
                return True
        if frame == "sym" and nominal and not self.en and trig.type is RelationType.CONSULT:
            adjunct = self._ar_meeting_adjunct(h, a)
            if adjunct is not None:
                # "أكد X أن ...، وذلك خلال مؤتمر صحفي مشترك مع Y": the main clause's subject
                x, y = adjunct
                self.add(x.key, y, trig, h, si, sent, a, b, 0.9, nominal, True, x)
                return True
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
                # "والتقى وزيرا خارجية مصر وتركيا": a dual subject names both sides
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
                    # swap just told
                    two = self._told_parties(si, mediator)
                if two is not None and mediator is not None:
                    # "أعلنت قطر نجاح وساطتها بين واشنطن وطهران", "وساطة عمان بين ...": the
                    # mediator deals with each party; the parties do not meet
                    self._mediated[(si, mediator)] = (two[0], two[1])
                    for party in two:
                        if party.key != mediator:
                            self.add(
                                mediator, party, trig, h, si, sent, a, b, factor, True, True, med_m
                            )
                    return True
                if (
                    mediator is None
                    and trig.topic == "mediation"
                    and "ال" in h.prefix
                    and doc.word(after) in _BETWEEN
                ):
                    # "وتواصلت جهود الوساطة بين إثيوبيا والسودان": the mediation under way,
                    # no mediator named, and its parties do not meet each other ("نجاح
                    # وساطة بين X وY أسفرت عن": a new deal between them keeps the pair)
                    return True
            if (
                pair is None
                and frame == "between"
                and self.en
                and trig.type is RelationType.CONSULT
                and self._mediated_en(h, si, sent, a, b, after, factor)
            ):
                return True
            if pair is None:
                pair = self.pair_after(after, min(b, after + 8), adjectives=frame != "between")
                if pair is not None and self._pair_of_later_noun_ar(h, frame, after, pair[0]):
                    # coded for now (a later "الوساطة التي قادتها X" finds the two sides
                    # in it), dropped once the text is read
                    self._swap_pairs.add(doc.tokens[h.first].start)
            if pair is None and not self.en and nominal and trig.type is RelationType.CONSULT:
                # "جولة مفاوضات استضافتها القاهرة أمس بين إثيوبيا والسودان": the pair
                # follows the host's relative clause (the host meets each, see code)
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
                # follows the host's participle (the host meets each, see code)
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
                    return True
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
                # the broker each
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
                    return True
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
                    return True
            if pair is not None:
                x, y = pair
                if min(x.t0, y.t0) - h.last > 2:
                    factor *= 0.85  # words between the noun and its pair: a looser reading
                self.add(x.key, y, trig, h, si, sent, a, b, factor, nominal, True)
                if frame != "sym" and not trig.type.symmetric:
                    self.add(y.key, x, trig, h, si, sent, a, b, factor, nominal, True)
                return True
            if frame in ("pair", "between"):
                return True
            if (
                self.en
                and nominal
                and doc.word(h.last + 1) == "between"
                and trig.type in (RelationType.AGREE, RelationType.CONSULT)
            ):
                # "welcomed the agreement between Ethiopia and Tigray forces": one party
                # unnamed; the speaker is no party to it
                return True
        return False

    def _pair_of_later_noun_ar(self, h: Hit[Trigger], frame: str, after: int, first: Ment) -> bool:
        """Arabic: a mediation noun with no mediator named whose "بين X وY" follows a
        further noun ("وساطة لتبادل سجينين بين الولايات المتحدة وروسيا", "بوساطات أفضت
        إلى عمليات تبادل للأسرى بين موسكو وكييف"): the pair is that noun's (the swap's),
        no two sides that met; one adjective before "بين" ("وساطة جديدة بين") keeps it.
        The pair's meeting is coded and dropped at the end (``_swap_pairs``): the mediation
        a later sentence credits to someone went between them."""
        doc = self.doc
        if self.en or frame != "between" or h.cls != "n" or h.entry.topic != "mediation":
            return False
        btw = next((j for j in range(after, first.t0) if doc.word(j) in _BETWEEN), -1)
        return btw > after + 1

    def _bare_title_subject_ar(self, t: int) -> bool:
        """Arabic: token ``t`` is a bare definite title the linker left alone ("الوزير"،
        "المبعوث"، :data:`_OFFICIALS_AR`) right before an anaphor of the sides ("ودعا الوزير
        الطرفين إلى"): the verb's subject, not its object; the anaphor after it is."""
        doc = self.doc
        w = doc.word(t)
        return (
            w.startswith("ال")
            and w in _OFFICIALS_AR
            and doc.mention_at_tok(t) is None
            and self._anaphor_end(t + 1) is not None
        )

    def _hosted_presence_ar(self, c: Coding) -> bool:
        """Arabic: a named site that hosts a state's forces ("قاعدة عين الأسد التي تستضيف
        قوات أميركية"، "مطار X الذي يتمركز فيه جنود روس"): those forces' state is present
        in the state the site is in (PRESENCE), whatever the verb's row says (no talks
        hosted).  The site is a linked place right before "التي/الذي" (or right before the
        verb); the forces follow the verb (past "فيها/فيه") as :meth:`_hosted_forces_ar`
        reads them."""
        h = c.h
        doc = self.doc
        t = h.first
        k = t - 1
        if doc.word(k) in _RELATIVES_AR:
            k -= 1
        site = doc.mention_at_tok(k)
        if site is None or site.t1 != k or site.etype != EntityType.PLACE or k < c.a:
            return False
        where = doc.entity_states.get(site.key)
        if where is None or doc.entity_types.get(where) != EntityType.STATE:
            return False
        forces = self._hosted_forces_ar(site.t0, c.b, {where})
        if forces is None:
            return False
        trig = replace(c.trig, type=RelationType.PRESENCE, topic="stationed forces")
        obj_m = replace(site, key=where, etype=EntityType.STATE, kind="name")
        self.add(forces.key, obj_m, trig, h, c.si, c.sent, c.a, c.b, 1.0, False, True, forces)
        return True

    def _code_special(self, c: Coding) -> Coding | None:
        """Sets the frame left once the special frames and constructions are tried
        (``c.frame``); None when done.

        Frames coded by their own rules (``gap``, ``pas``, ``rqby``, ``pay``, ``leave``), denied
        accusations, expulsions told as a deadline to leave, and words that name no act here.
        """
        h, si, sent, a, b, trig, frame = c.h, c.si, c.sent, c.a, c.b, c.trig, c.frame
        nominal = c.nominal
        doc = self.doc
        t = h.first
        if not self.en and doc.word(t) in _HOSTING_AR and self._hosted_presence_ar(c):
            return None  # "قاعدة عين الأسد التي تستضيف قوات أميركية": forces stationed
        if frame == "gap":
            if self._gap_agent(h, si, sent, a, b):
                return None
            if (
                not self.en
                and h.cls == "n"
                and h.last > h.first + 1
                and doc.word(h.first + 1).startswith("ال")
                and doc.mention_at_tok(h.first + 1) is None
            ):
                return None  # "اعتراف الدول الغربية باستقلال كوسوفو": an agent not linked
            frame = "nom"  # "التزامها بأمن لبنان": no agent in the gap, a verbal noun
        if not self.en and trig.type is RelationType.ACCUSE and h.cls == "n":
            denier = self._denier(h, a)
            if denier is not None:
                self._denied_accusation(h, denier, si, sent, a, b)
                return None
        if frame == "pas":
            self._passive(h, si, sent, a, b)
            return None
        if (
            self.en
            and frame == "nom"
            and trig.type is RelationType.SANCTION
            and self._imposed_relative(h, si, sent, a, b)
        ):
            return None
        if frame == "rqby":
            self._requested_by(h, si, sent, a, b)
            return None
        if frame == "pay":
            self._will_pay(h, si, sent, a, b)
            return None
        if frame == "leave":
            self._ordered_out(h, si, sent, a, b)
            return None
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
            # state that orders it, an expulsion
            n = len(self.rels)
            leave = replace(trig, type=RelationType.SANCTION, frame="leave", topic="expulsion")
            self._ordered_out(replace(h, entry=leave), si, sent, a, b)
            if len(self.rels) > n:
                last = self.rels[-1]
                if (doc.entity_states.get(last.subject) or last.subject) != home.key:
                    del self.rels[n:]  # (leaving a third state is no expulsion)
                return None
        if (
            self.en
            and nominal
            and trig.type in _SPEECH_TYPES
            and any(doc.word(j) in _DREW_EN for j in (t - 1, t - 2))
            and doc.word(h.last + 1) != "from"
        ):
            return None  # "the raid drew condemnation" names no one ("... from Japan" does)
        if self.en and trig.topic == "order" and not self._ordered_to(h):
            return None  # "ordered strikes", "ordered X's envoys to leave" (an expulsion)
        if self.en and h.cls == "x" and self._declared(h, si, sent, a, b):
            return None  # "Quito declared Mexico's ambassador, X, persona non grata"
        if not self.en and nominal and self._office_title(t):
            return None  # "المدير العام للعمليات العسكرية", "قائد العمليات": an office, no act
        if not self.en and h.cls == "n" and self._verb_types.get(t - 1) is trig.type:
            return None  # "شنت ضربات", "وقعت اتفاقا": the verb before codes this very act
        if (
            not self.en
            and h.cls == "n"
            and trig.type is RelationType.AGREE
            and "ال" in h.prefix
            and any(
                self._verb_types.get(j) is RelationType.CONSULT for j in range(max(a, t - 3), t)
            )
        ):
            return None  # "سيبحث تمديد الاتفاق مع بوتين": the agreement talked about
        if h.cls == "p" and "ال" in h.prefix:
            # "الإرادة الدولية الداعمة لـ": an adjective; its noun must be an actor
            before = doc.mention_at_tok(t - 1)
            if before is None or not self.actor(before):
                return None
        c.frame = frame
        return c

    def _code_agent(self, c: Coding) -> Coding | None:
        """Finds the trigger's agent, or None when it has none (then the trigger is done).

        Hosts, "by" agents of passives and gerunds, denied and pluperfect acts, the subject of a
        nominal or a verb, relative clauses and raids; then the checks on the agent found.
        Sets what the patient search reads: the agent and its mention, the cue speaker's
        mention, co-subjects, whom something was given to, the confidence factor, the patient
        span and the trigger.
        """
        # --- agent
        if self._code_passive(c) is None:
            return None
        if self._code_subject(c) is None:
            return None
        if self._code_agent_checks(c) is None:
            return None
        return c

    def _code_passive(self, c: Coding) -> Coding | None:
        """Sets where a "by" agent would stand and whether the trigger is an English passive
        (``c.by_at``, ``c.passive_by``).

        None when done: a release by the holder, a passive without its agent ("Macron was
        asked"), an Arabic countersigned deal, resumptive or dual object pronouns.
        """
        h, si, sent, a, b, trig, frame = c.h, c.si, c.sent, c.a, c.b, c.trig, c.frame
        after = c.after
        doc = self.doc
        t = h.first
        by_at = h.last + 1
        if (
            self.en
            and trig.type is RelationType.CONSULT
            and doc.word(t - 1) in _BE_EN
            and doc.word(by_at) in ("at", "on", "in")
        ):
            # "was greeted at the airport by X", "was met on the tarmac by X"
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
            return None
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
            return None  # "Macron was asked whether ...": a passive without its agent
        if (
            not self.en
            and trig.type is RelationType.AGREE
            and h.cls == "v"
            and h.pron in ("ه", "ها")
            and self._countersigned(h, si, sent, a, b)
        ):
            return None
        if (
            not self.en
            and h.cls in ("p", "x")  # "متهمة إياها"، "داعيا إياها إلى"
            and doc.word(after).startswith(_IYYA)
            and self._resumptive(h, si, sent, a, b)
        ):
            return None
        if (
            not self.en
            and h.cls == "v"
            and h.pron == "هما"
            and trig.type in _ADDRESSED_EN
            and self._dual_object(h, si, sent, a, b)
        ):
            return None
        c.by_at, c.passive_by = by_at, passive_by
        return c

    def _code_subject(self, c: Coding) -> Coding | None:
        """The trigger's subject by the first construction that names it, None when done.

        A host, a gerund's "by" agent, an Arabic denied or pluperfect act, a participle before
        its content, the accused doer, a circumstantial subject, a nominal's subject, a passive's
        "by" agent, an Arabic relative clause or raid, else a verb's subject. Sets the
        subject (None when none is found), its mention, the cue speaker's mention,
        co-subjects, whom something was given to, the factor, the patient span and trigger.
        """
        h, si, sent, a, b, trig, frame = c.h, c.si, c.sent, c.a, c.b, c.trig, c.frame
        nominal, trig_start, stmt, clause = c.nominal, c.trig_start, c.stmt, c.clause
        place, factor, after, t_lim, by_at = c.place, c.factor, c.after, c.t_lim, c.by_at
        passive_by = c.passive_by
        doc = self.doc
        t = h.first
        co_subjects: list[Ment] = []
        given_to: Ment | None = None
        speaker_m: Ment | None = None  # the cue speaker's own mention, when it is the agent
        subj: str | None = None
        subj_m: Ment | None = None
        if frame == "host":
            # "كان X في مقدمة مستقبلي Y" (X was among those receiving Y): the host is the
            # subject before the participle, the guest its genitive
            # (the clause's subject, past a relative clause after it, else the nearest)
            subj_m = self._first_subject_mention(a, t) or self.agent_before(
                t, max(a, t - 8), exclude=set()
            )
            if subj_m is None:
                return None
            subj = subj_m.key
        elif self.en and doc.word(t).endswith("ing") and doc.word(t - 1) == "by":
            # "he broke with tradition by travelling to Turkey", "violated the truce by
            # firing rockets at X": the main clause's subject, not the actor just before;
            # after "accused X of V-ing ... by", the accused
            subj_m = self._accused_earlier(t, si) or self._first_subject_mention(a, t)
            if subj_m is not None and (
                subj_m.t0 - 1 in self.stops or doc.word(subj_m.t0 - 1).endswith("ed")
            ):
                subj_m = None  # "angered New Delhi by travelling": the object of a verb
            subj = subj_m.key if subj_m is not None else self._pronoun_subject_before(t, a)
            if subj is None:
                return None
        elif not self.en and h.cls in ("v", "i") and (denier := self._denied_own_act(t, a)):
            # "نفت إيران أن تكون (قد) زودت روسيا بصواريخ": the denier, the act negated
            # (modality: the denial verb before)
            subj_m, subj = denier, denier.key
        elif not self.en and h.cls in ("v", "i") and (pre := self._pluperfect_subject(t, a)):
            # "وكانت الهند قد اتهمت باكستان": the subject between كان and قد (not the
            # patient after the verb, read as a VSO speaker)
            subj_m, subj = pre, pre.key
        elif not self.en and h.cls in ("v", "i") and (pre := self._preceded_subject(t, a)):
            # "وسبق لروسيا أن اتهمت واشنطن": the actor after «سبق لـ» (not the patient after
            # the verb, read as a VSO subject)
            subj_m, subj = pre, pre.key
        elif (
            t in self.cue_speaker
            and not passive_by
            and not self._addressed(h, b, nominal)
            and not (self._list_opener(after) and not nominal)
            # ("We condemn Russia's attack," X said: the speaker, not the possessor)
            and not (self.en and self._we_before(t))
            and not self._actor_relative_verb(h)
            and not (nominal and self._nisba_doer_ar(h) is not None)
        ):
            subj = self.cue_speaker[t]
            if not self.en and (fem := self._feminine_doer_ar(h, subj, a)) is not None:
                # "وأوضح الوزير أن جيبوتي تقدمت بشكوى إلى الاتحاد، وطالبته بالتدخل": a
                # feminine verb is no man's; the state or body the content opened with
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
                            # actor right after the verb is
                            subj = m.key
                        if (
                            j == after
                            and m.key == subj
                            and (prev_asker := self._prev_subject_asks(h, t, m, a)) is not None
                        ):
                            # "وأكد الرئيس X ... . ودعا روسيا إلى": a masculine verb has no
                            # state for its subject; the last sentence's man asks
                            subj, subj_m, asked_end = prev_asker, None, m.t1
                            continue
                        if (
                            j == after
                            and m.key == subj
                            and (first := self._addressee_not_speaker(h, t, m, a)) is not None
                        ):
                            # "أدانت تركيا الهجوم ودعت إيران إلى كشف ملابساته": Turkey asks
                            # Iran; the actor after the coordinated verb is asked
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
            # "قال X متهما Y بـ... إن ...": the speaker
            subj_m, subj = spoke, spoke.key
        elif (accused := self._accused_doer(h, si)) is not None:
            # "اتهمت واشنطن طهران بتزويد الحوثيين بالأسلحة": the accused does the act
            subj_m, subj = accused, accused.key
        elif (circ := self._circumstantial_subject(h, si, a, stmt)) is not None:
            # "قال X إن ...، متوعدا إيران بـ", "أعلن X ...، متهما Y بـ": the clause's
            # subject; the noun after the participle is its patient
            subj_m, subj = circ
            if not subj:
                return None  # (a plural participle after a single actor: someone else acts)
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
                # pronoun stands for the previous sentence's coordinated subjects
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
                    # relative clause's subject, past its verb
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
                # verb the occasion follows
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
                    # subject gives it)
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
                    # hands it to its first object
                    subj_m, given_to = lv, handed
                else:
                    subj_m = self._coordinated_subject(t, si) if self.en else None
                    if subj_m is None:
                        subj_m = self.agent_before(t, self._agent_floor(t, a, clause), exclude=skip)
                        if self.en and subj_m is not None and self._object_before_and(subj_m, t):
                            # "has accused Putin of killing him and met Biden"
                            first = self._first_subject_mention(a, subj_m.t0)
                            subj_m = (
                                first if first is not None and first.key != subj_m.key else None
                            )
                if subj_m is None and lv is not None:
                    # "وأجرى أمير الكويت الشيخ صباح ... اتصالا هاتفيا بأمير قطر": the
                    # subject of the light verb, past a long name between them
                    subj_m = lv
                if subj_m is None and self.en and (lv_en := self._light_verb_after_inset(h, a)):
                    # "X, who arrived in Tehran on Sunday, held talks with Y"
                    subj_m = self._appositive_subject(lv_en, a)
                if subj_m is None and (k := self._partner_inset(h, a)) >= 0:
                    # "X will continue, in cooperation with Y, its efforts", "ستواصل
                    # الرياض، بالتعاون مع ...، جهودها": the subject before the inset
                    floor = self._agent_floor(k - 1, a, None)
                    subj_m = self.agent_before(k, floor, exclude=set())
                if subj_m is not None:
                    subj = subj_m.key
                    factor *= 0.9
                elif self.en and (he := self._continued_he(t, a)) is not None:
                    subj = he  # "X arrived in Y on Monday. He met Z": X
                    factor *= 0.9
            if subj is None and not self.en and (dm := self._decision_genitive(h)) is not None:
                # "رحبت الرياض بقرار واشنطن رفع العقوبات عن سوريا": whose decision the
                # act is, though the noun is the object of a speech act
                subj_m, subj = dm, dm.key
        elif passive_by:
            # passive: "sanctions imposed by the United States on Russia"
            agent = doc.mention_at_tok(by_at + 1) or doc.mention_at_tok(by_at + 2)
            if agent is None or not self.actor(agent):
                return None
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
                patient = co_agent  # "signed by X and his counterpart Y"
            if (
                self.en
                and patient is not None
                and trig.type is RelationType.SUPPORT
                and doc.word(t).startswith(("welcom", "greet"))
                and patient.etype == EntityType.PERSON
                and agent.etype == EntityType.PERSON
            ):
                # "X was welcomed by Egyptian President Y in Cairo": one man greeting
                # another is a visit, hosting (as "Y welcomed X to Cairo")
                trig = replace(trig, type=RelationType.CONSULT, topic="visit")
            if patient is not None:
                self.add(agent.key, patient, trig, h, si, sent, a, b, 0.85, nominal, True, agent)
            return None
        elif not self.en and doc.word(t - 1) in _AR_REL_PRON and t not in self._rel_phrase_verbs:
            ante = doc.mention_at_tok(t - 2)
            if (ante is None or not self.actor(ante)) and (
                rel_subj := self._relative_vso_subject_ar(h)
            ) is not None:
                # "الإجراءات القسرية التي تفرضها الولايات المتحدة على سورية": the verb's
                # suffix is the noun, its subject follows
                ante, after = rel_subj, rel_subj.t1 + 1
                co_subjects = self._ar_co_subjects(ante, b)
                if co_subjects:
                    after = max(after, co_subjects[-1].t1 + 1)
            if ante is None or not self.actor(ante):
                return None  # "القرار الذي يدين": the subject is not an actor
            subj_m, subj = ante, ante.key
        elif not self.en and h.cls == "v" and (doer := self._raid_doer(t, a, stmt)) is not None:
            # "نفذت إسرائيل غارة جوية استهدفت مطار حلب": an unmarked relative clause on an
            # indefinite attack noun; its subject is whoever carried the attack out
            subj_m, subj = doer
            if subj is None:
                return None
        else:
            c.trig, c.factor, c.after, c.t_lim = trig, factor, after, t_lim
            c.subj, c.subj_m, c.co_subjects = subj, subj_m, co_subjects
            if self._code_subject_verb(c) is None:
                return None
            subj, subj_m, co_subjects = c.subj, c.subj_m, c.co_subjects
            factor, after, t_lim = c.factor, c.after, c.t_lim
        c.subj, c.subj_m, c.speaker_m, c.co_subjects = subj, subj_m, speaker_m, co_subjects
        c.given_to, c.factor, c.after, c.t_lim, c.trig = given_to, factor, after, t_lim, trig
        return c

    def _code_subject_verb(self, c: Coding) -> Coding | None:
        """A verb's subject when no other construction names it, None when done.

        The actor before the verb (SVO) or after it (VSO), an Arabic pronoun subject of a
        complement, a dignitary just named, the actors named before, a decision's "by" agent,
        a subject shared with a verb before, a joint body of two states. Sets the subject,
        its mention, the co-subjects, the factor and the patient span as left here.
        """
        h, si, sent, a, b, trig, nominal = c.h, c.si, c.sent, c.a, c.b, c.trig, c.nominal
        stmt, clause, factor, after, t_lim = c.stmt, c.clause, c.factor, c.after, c.t_lim
        subj, subj_m, co_subjects = c.subj, c.subj_m, c.co_subjects
        doc = self.doc
        t = h.first
        explicit_unlinked = False
        pron_subject = (
            None
            if self.en
            else self._pronoun_comp_subject(
                t, stmt, h.entry.type in _STATE_DEEDS or h.entry.type in _STATE_PACTS_AR
            )
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
                    # noun, no subject
                    w = doc.word(after)
                    explicit_unlinked = not (
                        w.startswith("ال") and w.endswith(("ي", "ية")) and len(w) > 5
                    )
                if (
                    m is not None
                    and m.adjectival
                    and doc.word(m.t0 - 1).lstrip("وفبل") in _PARTIES_AR
                ):
                    # "ودعا الأطراف اليمنية كافة إلى": the parties of a state's conflict are
                    # those asked (_state_parties_ar), not the state as subject
                    m, explicit_unlinked = None, False
                if m is not None and self._masculine_after_feminine(t, m, h):
                    # "، ودعت الجانب العراقي إلى": a masculine noun is no subject of a
                    # feminine verb; it is the patient
                    m, explicit_unlinked = None, False
                if m is None and doc.word(t - 1) == _QAD:
                    explicit_unlinked = False  # "وكانت X قد دعت الطرفين": X, before
                if m is not None and (prev_asker := self._prev_subject_asks(h, t, m, a)):
                    # "... . ودعا روسيا إلى": the man of the sentence before asks it
                    subj, m, explicit_unlinked = prev_asker, None, False
            group = None
            if m is None and not self._list_opener(after) and doc.word(t - 1) != _QAD:
                # (not after "قد": "وكانت مصر والسعودية قد دعتا الطرفين", SVO)
                group = self._group_anaphor(self._past_adjuncts(after), si)
                if group is not None and (
                    len(group[0]) == 2 and (trig.type.symmetric or trig.type in _MUTUAL_DUAL_TYPES)
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
                    # السيد ...": the guest's reach counts from the host's name
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
                    # first verb's object is no subject of the second
                    first = self._first_subject_mention(a, subj_m.t0)
                    subj_m = first if first is not None and first.key != subj_m.key else None
            if subj_m is None and self.en:
                subj_m = self._appositive_subject(t, a)
            if subj_m is None and self.en and h.cls == "v":
                subj_m = self._nonfinite_chain_subject(t, a)
            if subj_m is not None:
                factor *= 0.95
        if subj is not None:
            pass
        elif subj_m is not None:
            subj = subj_m.key
        elif explicit_unlinked and trig.topic not in _INTERCEPT_TOPICS:
            if not self.en and trig.type.symmetric and h.cls in ("v", "i"):
                # "اتفقت اللجنة الفنية السورية الأردنية المشتركة على": a joint body of
                # two states, each a party
                joint = self._joint_body_states_ar(after, b)
                if joint is not None:
                    x, y = joint
                    self.add(x.key, y, trig, h, si, sent, a, b, 0.8, False, False, x)
            return None  # "وثمّن القائد العام ...": a subject we could not link
        elif self.en:
            subj = self.pronoun_agent(t, a)
            factor *= 0.85
        c.subj, c.subj_m, c.co_subjects = subj, subj_m, co_subjects
        c.factor, c.after, c.t_lim = factor, after, t_lim
        return c

    def _code_agent_checks(self, c: Coding) -> Coding | None:
        """The agent once its subject search is done, None when it has none or is no actor.

        A participial adjunct's main-clause subject, an interception's state, a statement's
        speaker, an Arabic "by" pair; then no agent, reciprocals ("X and Y pledged not to use
        force against each other"), "any such act" and warnings against others' acts end it.
        """
        h, si, sent, a, b, trig, frame = c.h, c.si, c.sent, c.a, c.b, c.trig, c.frame
        nominal, stmt, factor, after, subj = c.nominal, c.stmt, c.factor, c.after, c.subj
        subj_m, speaker_m, co_subjects = c.subj_m, c.speaker_m, c.co_subjects
        doc = self.doc
        t = h.first
        if self.en and h.cls == "v" and self._participial_adjunct(t, a):
            # "Iran summoned the Swiss envoy, accusing Washington of ...": the main clause's
            # subject, or no one named when it is no actor ("Protesters gathered ...,
            # accusing him")
            main = self._first_subject_mention(a, t)
            if main is not None:
                subj, subj_m = main.key, main
            elif (cued := self._cue_before_adjunct(t, a)) is not None:
                # '"When we close the taps, it's over," he said in a speech, accusing X of
                # treachery': the speaker of the cue the adjunct hangs on
                subj = cued
                subj_m = next(
                    (m for m in doc.mentions_in(doc.tokens[a].start, sent.end) if m.key == cued),
                    None,
                )
            else:
                return None
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
            # verb: "he would restore a pact with X" makes no new pact)
            subj = self._content_pronoun_speaker(stmt, t)
        if (
            subj is None
            and not self.en
            and not nominal
            and (
                doc.word(t)[:1] in ("و", "ف")
                or t == a
                or doc.word(t - 1) in _BUT_PRON_AR
                or doc.word(t - 1) in _ALSO_AR  # "، كما استدعت سفيرها"
                # "أعلنت الإمارات ...، بعد أن خفضت تمثيلها"، "منذ أن استدعت سفيرها"
                or self._time_clause_verb_ar(t)
            )
            # ("وفرضت على روسيا عقوبات من قبل الاتحاد": a passive verb has its agent after
            # "من قبل", no subject shared with the clause before)
            and (by_ar := self._by_pair_after_ar(h.last, b)) is None
            # ("وقتل جنود على يد مسلحين مجهولين": done by no one named)
            and not self._by_hand_after_ar(h.last, b)
        ):
            # "وكانت الجماعة قد أطلقت ...، وهددت": a coordinated verb shares the subject
            # of its own sentence; at the start of a sentence, the previous one's; so does
            # a verb after "لكنها"/"إلا أنه" (but it ...)
            own_m = self._clause_subject(a, t) if t > a else None
            if own_m is None and (part := self._partitive_subject_ar(h.last, b)) is not None:
                own_m = subj_m = part  # "وهاجم مسلحون من حركة X": X's men
            subj = own_m.key if own_m is not None else self.prev_subject
            factor *= 0.7
            if not co_subjects and subj is not None and self._ar_group_verb(h, own_m, b):
                # "أعلنت مالي والنيجر وبوركينا فاسو ... وعززت تعاونها مع روسيا": each of
                # the coordinated subjects
                co_subjects = (
                    self._ar_co_subjects(own_m, b) if own_m is not None else self._prev_group
                )
        if subj is None and not self.en and not nominal:
            by_ar = self._by_pair_after_ar(h.last, b)
            if by_ar is not None and self.actor(by_ar):
                subj_m, subj = by_ar, by_ar.key  # "وفرضت على روسيا عقوبات من قبل X"
        # ("threatened one another with war": a "mid" form's gap holds the patient)
        recip_from = h.first + 1 if frame == "mid" else after
        if self.en and self._reciprocal(
            h, recip_from, subj, subj_m or speaker_m, si, sent, a, b, nominal
        ):
            return None  # "X and Y pledged not to use force against each other"
        if subj is None:
            self._frame_stage = "noagent"  # no agent found: the frame failed
            if stmt is not None:
                # (the speaker was judged no agent of this act: "رحبت X بالعقوبات على Y")
                self.doc.lexicon_hits.setdefault("not_agents", []).append(
                    (h.first, h.entry.type, stmt.speaker)
                )
            return None
        if (
            not self.en
            and (
                (
                    doc.word(t - 1) in _ANY_AR
                    # (not "نفى وجود أي تنسيق مع أنقرة": the speaker's own, denied)
                    and not (
                        trig.type.symmetric
                        and doc.word(h.last + 1) in _WITH_AR
                        and any(
                            doc.word(j).lstrip("و") in _DENY_AR for j in range(max(a, t - 6), t)
                        )
                    )
                )
                # "لن تقبل بأي وجود عسكري أجنبي" (not "لن تقبل بأي تفاوض مع X",
                # the speaker's own talks)
                or (doc.word(t - 1) in _ANY_AFTER_PREP_AR and not trig.type.symmetric)
            )
            and (subj_m is None or subj_m.t0 < t)
        ):
            return None  # "حذرت من أن أي نشر لقوات ...": any such act, by no one named
        if (
            not self.en
            and nominal
            and (subj_m is None or subj_m.t0 < t)
            and self._warned_against(t, a)
        ):
            return None  # "حذر الكرملين الغرب من إرسال قوات": what others must not do
        c.subj, c.subj_m, c.co_subjects = subj, subj_m, co_subjects
        c.factor, c.after = factor, after
        return c

    def _code_patient(self, c: Coding) -> Coding | None:
        """Finds the trigger's patient, or None when it has none (or was coded here: then done).

        The patient after the trigger (in a ``mid`` gap, shared with a verb before, a pronoun,
        a genitive owner), then the constructions that find it elsewhere. Sets what the
        emission reads: the patient's mention, whether it follows a preposition, further
        patients, the keys excluded, and the co-subjects, agent, factor, span end and trigger as
        this search left them.
        """
        # --- patient(s)
        if self._code_patient_scope(c) is None:
            return None
        if self._code_patient_first(c) is None:
            return None
        if self._code_patient_constructions(c) is None:
            return None
        if self._code_patient_parties(c) is None:
            return None
        if self._code_patient_fallbacks(c) is None:
            return None
        if c.obj_m is None:
            self._frame_stage = "nopatient"  # no patient found: the frame failed
            return None
        return c

    def _code_patient_scope(self, c: Coding) -> Coding | None:
        """Sets the patient span's end (``c.t_lim``) and the patient rules' switches, None when
        done (intercepted).

        A signing verb's window starts after its subject; the switches (``_speech_patient``,
        ``_capital_ok``, ``_struck_place_ok``, ``_near_ok``, ``_no_locative`` ...) say which
        mentions may be this trigger's patient.
        """
        h, si, sent, a, b, trig, nominal = c.h, c.si, c.sent, c.a, c.b, c.trig, c.nominal
        after, t_lim, subj = c.after, c.t_lim, c.agent
        doc = self.doc
        if after > h.last + 1 and not nominal and trig.type is RelationType.AGREE:
            # "وقّع X أمس رسالة موافقة بلاده على اتفاق ... مع إسرائيل": a signing verb's
            # window starts after its subject
            t_lim = max(t_lim, min(b, after + 14, self._next_stop(h.last, b)))
        if trig.topic in _INTERCEPT_TOPICS and self._intercepted(h, after, subj, si, sent, a, b):
            return None
        if not self.en:
            # "وقعت تونس والاتحاد الأوروبي مذكرة تفاهم بحضور رئيسة الوزراء الإيطالية": one
            # who attends is no party to the act, no patient is sought past "بحضور"
            t_lim = next(
                (j for j in range(max(after, h.last + 1), t_lim) if doc.word(j) in _PRESENCE_AR),
                t_lim,
            )
            if subj is not None and after == h.last + 1:
                # "وأشاد وزير الخارجية البحريني الشيخ X بالدور القطري": the agent named
                # after the verb behind his title and honorific; the patient follows him
                for j in range(after, min(t_lim, after + 8)):
                    if _PREP_PRONOUN_AR.match(doc.word(j)):
                        break  # "وأفرجت عنه موسكو": the patient is the pronoun before
                    m = doc.mention_at_tok(j)
                    if m is None or m.t0 != j:
                        continue
                    if (
                        m.key == subj
                        and not m.adjectival
                        and doc.prep_of(m) is None
                        and doc.word(j - 1) != _AR("قبل")  # ("من قبل إيران": a by-agent)
                    ):
                        after = c.after = m.t1 + 1
                    break
        self._speech_patient = (
            trig.type in _SPEECH_TYPES
            or (
                # "وافقت إسرائيل على المقترح المصري": the proposer agreed with
                not self.en
                and trig.type is RelationType.AGREE
                and any(
                    doc.word(j).lstrip("وب").removeprefix("ال") in _PROPOSALS_AR
                    for j in range(min(h.last, after), min(b, after + 3))
                )
            )
            or (
                # "accepted the Egyptian proposal": the proposer agreed with
                self.en
                and trig.type is RelationType.AGREE
                and any(doc.word(j) in _PROPOSALS_EN for j in range(h.last, min(b, after + 4)))
            )
        )
        self._capital_ok = self._capital_patient(trig)
        # (a place struck stands for its state; not one a man "storms", a visit: "اقتحام
        # رئيس الوزراء الضفة الغربية")
        self._struck_place_ok = (
            # ("shelled Kharkiv": the city; "struck Kharkiv", an irregular form)
            (not self.en or h.cls in ("v", "x"))
            and trig.type is RelationType.ASSAULT
            and doc.entity_types.get(subj or "") != EntityType.PERSON
        )
        self._aid_place_ok = self.en and trig.type is RelationType.AID
        self._near_ok = trig.topic == "visit"  # "زار مخيما قرب بيروت": still in Lebanon
        if not self.en and _NEAR_AR.intersection(trig.preps):
            self._near_ok = True  # "مناورات قرب النرويج": a row that takes "قرب"
        self._adj_heads = (
            (_BORDER_EN if self.en else _BORDER_AR)
            if trig.type is RelationType.MOBILIZE
            else _GOODS_AR
            # (a ban lifted on goods, "رفع الحظر على الواردات اللبنانية")
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
        c.t_lim = t_lim
        return c

    def _code_patient_first(self, c: Coding) -> Coding | None:
        """Finds the patient where it first stands, None when done.

        In a ``mid`` gap, shared with a verb before, none for an object pronoun or an Arabic
        anaphor, an Arabic request's addressee, the owner of positions attacked, else the first
        mention after the trigger. Sets it, whether a preposition precedes it and the keys
        no patient may have (the agent and its own state).
        """
        h, si, sent, a, b, trig, frame = c.h, c.si, c.sent, c.a, c.b, c.trig, c.frame
        nominal, trig_start, stmt, place = c.nominal, c.trig_start, c.stmt, c.place
        factor, after, t_lim, subj, subj_m = c.factor, c.after, c.t_lim, c.agent, c.subj_m
        doc = self.doc
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
                # the phrase's own last word is no patient in its gap; "trained
                # Kenyan troops": a common noun ending the patient is (S6)
                obj_m = None
            if obj_m is None and self.en and trig.topic == "downing of aircraft":
                # "Turkey shot down a Russian warplane": the state whose craft it was, named
                # by its adjective in the gap
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
                return None
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
        elif not self.en and (parties := self._state_parties_ar(after, t_lim, exclude)):
            # "ودعا الأطراف اليمنية كافة إلى": each body or state of that state named before
            for m in parties[1:]:
                self.add(subj, m, trig, h, si, sent, a, b, factor * 0.9, nominal, True, subj_m)
            obj_m, by_prep = parties[0], True
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
            # ("داعيا المجتمع الدولي إلى محاسبة الإمارات" asks nothing of the Emirates;
            # "دعت روسيا، على لسان X، الطرفين إلى": whom it asks follows the inset)
            after = self._past_relay_inset_ar(after)
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
            and trig.type is RelationType.ASSAULT
            and (hosted := self._hosted_forces_ar(after, t_lim, exclude)) is not None
        ):
            # "قصفت قاعدة عين الأسد التي تستضيف قوات أميركية": the forces' state
            obj_m, by_prep = hosted, True
        elif (
            not self.en
            and trig.type in (RelationType.ASSAULT, RelationType.COERCE)
            and (owner := self._owned_targets(after, t_lim, exclude)) is not None
        ):
            # "عملية عسكرية ضد مواقع حزب العمال الكردستاني في شمال العراق": whose
            # positions, not where they are
            obj_m, by_prep = owner, True
        else:
            obj_m, by_prep = self.mention_after(
                after, t_lim, trig.preps, exclude=exclude, place=place, required=trig.prep_required
            )
            if obj_m is None and trig.type in (RelationType.PRESENCE, RelationType.RETREAT):
                obj_m = self._the_country(h, after, t_lim, trig.preps, exclude)
                if obj_m is None and not self.en:
                    obj_m = self._site_in_state_ar(after, t_lim, trig.preps, exclude)
                by_prep = obj_m is not None or by_prep
        c.obj_m, c.by_prep, c.exclude = obj_m, by_prep, exclude
        return c

    def _code_patient_constructions(self, c: Coding) -> Coding | None:
        """Finds the patient of the constructions that place it elsewhere in the clause, None
        when done.

        Hosts of talks, owners of frozen assets, whom something was given to, Arabic
        summonses, proposals, seized shipments, sponsors, feared acts, deportations, threats,
        a clause's own antecedent act ("a move Ethiopia condemned"), the subject of "to be
        subjected to". Sets the patient, whether a preposition precedes it, patients shared
        with another verb, and the co-subjects, agent, its mention and factor as left here.
        """
        h, si, a, b, trig, frame, nominal = c.h, c.si, c.a, c.b, c.trig, c.frame, c.nominal
        stmt, clause, place, factor, after = c.stmt, c.clause, c.place, c.factor, c.after
        t_lim, subj, subj_m, co_subjects = c.t_lim, c.agent, c.subj_m, c.co_subjects
        given_to, obj_m, by_prep, exclude = c.given_to, c.obj_m, c.by_prep, c.exclude
        doc = self.doc
        t = h.first
        shared_more: list[Ment] = []
        if (
            self.en
            and obj_m is not None
            and trig.type.symmetric
            and obj_m.t0 > h.last + 1
            and self._host_agent(obj_m)
        ):
            # "Ethiopia and Egypt resumed talks hosted by Sudan": the host meets each party
            # (see code), it is no party itself
            obj_m = None
        if (
            obj_m is None
            and self.en
            and trig.type is RelationType.SANCTION
            and frame == "svo"
            and h.last - h.first >= 2
        ):
            # "froze Russian assets", "froze Iranian bank accounts": whose assets, named by
            # a state adjective inside the trigger's gap
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
            # for before ("a security mission to Haiti")
            obj_m = self._mission_host_en(after, t_lim, exclude)
            by_prep = obj_m is not None
        if obj_m is None and given_to is not None:
            obj_m, by_prep = given_to, True
        if obj_m is None and not self.en and not nominal:
            # "ووقع معها إعلانا"، "وهددت بالرد عليها": the patient is a pronoun on the
            # preposition; the one actor of its gender named just before
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
            # summoned by the body he is called to
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
            # adjective), not whom the proposal would bring in
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
            # seized, not where they were going
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
            # meet each
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
            # happen, not the one warned
            obj_m = None
        if (
            obj_m is None
            and nominal
            and not self.en
            and h.prefix.endswith("ل")
            and subj_m is not None
            and subj_m.t0 > h.last
            # ("الهجمات التي شنتها X", "بالهجوم الحوثي": the article, no purpose "ل",
            # an adjective right after names the doer)
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
            # expels them
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
            # sent is not whom the deportation falls on
            return None
        if (
            obj_m is None
            and not self.en
            and frame == "nom"
            and subj_m is not None
            # (not a noun whose patient must follow a preposition: "اعتراف الولايات
            # المتحدة بسيادة المغرب", the genitive recognises)
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
            # ("قررت ألمانيا طرد دبلوماسيين روسيين"، "أعلنت اعتقال صحفي أمريكي": an
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
            # deal": the pact's (other) party
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
            # main clause, so its author
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
            # helped
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
        c.obj_m, c.by_prep, c.more_objects = obj_m, by_prep, shared_more
        c.co_subjects, c.subj, c.subj_m, c.factor = co_subjects, subj, subj_m, factor
        return c

    def _code_patient_parties(self, c: Coding) -> Coding | None:
        """Finds patients that are several parties, None when done.

        Each author of an act just told, each of a pair called on ("ودعت فرنسا البلدين إلى"),
        the co-subjects of a symmetric act, a coordinated subject ("Putin and Trump agreed").
        Sets the patient, whether a preposition precedes it, further patients, and the
        co-subjects, agent and its mention as left here.
        """
        h, si, sent, a, b, trig, frame = c.h, c.si, c.sent, c.a, c.b, c.trig, c.frame
        nominal, stmt, factor, after, t_lim = c.nominal, c.stmt, c.factor, c.after, c.t_lim
        subj, subj_m, co_subjects, obj_m = c.agent, c.subj_m, c.co_subjects, c.obj_m
        by_prep, exclude, shared_more = c.by_prep, c.exclude, c.more_objects
        doc = self.doc
        t = h.first
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
            # "معارضتهما للقرار": the act just told, so each of its authors
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
            # just told, not the rejecter's own side
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
            obj_m = None  # "تبادلت روسيا وأوكرانيا الأسرى بوساطة إماراتية"
        if (
            not self.en
            and frame == "mut"
            and subj is not None
            and (sides := self._mediated.get((si, subj))) is not None
        ):
            # "نجاح وساطة قطر بين X وY، أسفرت عن تبادل الأسرى من الجانبين": the swap is
            # between the two sides, not the mediator's
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
            # subject hosts the talks (the host meets each, see code), no patient
            obj_m = None
        if obj_m is None and not self.en and frame != "mid":
            # "داعيا الطرفين إلى", "ودعت فرنسا البلدين إلى": each of the actors named before
            at = self._past_adjuncts(after)
            if self._bare_title_subject_ar(at):
                at += 1  # "ودعا الوزير الطرفين إلى": the bare title is the subject
            group = self._group_anaphor(at, si, doc.entity_states.get(subj) or subj)
            if group is not None:
                members = [m for m in group[0] if m.key not in exclude]
                if len(group[0]) == 2 and len(members) == 1:
                    # "التقى X عباس ثم بينيت، داعيا الجانبين": X is no side; the two
                    # X dealt with are
                    members = self._partners_ar(subj, si) or members
                if len(group[0]) == 2 and len(members) == 1:
                    # "التقى الوزير ممثلين عن X وY ... ودعا الوزير الطرفين": the two named
                    # together before, not his own side and one of them
                    side = doc.entity_states.get(subj) or subj
                    pair = self._pair_before(at, si, agent=side, reach=1)
                    if pair is not None and not {p.key for p in pair} & exclude:
                        members = list(pair)
                self._anaphor_objects.update(range(at, group[1] + 1))
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
            return None  # "والتقى X والوفد العماني، فور وصولهما، رئيس المجلس ...": they meet him
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
            # (not "أشادت الإمارات والبحرين بالاتفاق": those who welcome it)
            obj_m = self._coordinated_before(subj_m, subj)
            if (
                obj_m is not None
                and self.en
                and self._with_partner_after(after, b, {subj, obj_m.key})
            ):
                # "Bahrain and Egypt agreed to restore ties with Qatar": one side of a deal
                # with the partner named later, not a deal between the two
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
                # coordinated side acts with each of the two
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
                return None
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
            return None
        if (
            obj_m is None
            and self.en
            and doc.word(after) in ("it", "them", "him", "her")
            and not self._relative_subject(after)
            # ("would not withdraw them": the troops moved, no actor)
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
                    obj_m = None  # "Eritrea and Syria voted against it": no co-subject
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
            # suffix's kind named just before
            obj_m = self._suffix_referent(h, si, a, subj)
            by_prep = False
        c.obj_m, c.by_prep, c.more_objects = obj_m, by_prep, more_objects
        c.co_subjects, c.subj, c.subj_m = co_subjects, subj, subj_m
        return c

    def _code_patient_fallbacks(self, c: Coding) -> Coding | None:
        """Finds the patient when none stands after the trigger, None when done.

        The state that targets are in ("strikes on nine sites in Pakistan"), the speaker's own
        side, the act or its doer told before ("Turkey welcomed the move", "condemned the
        attack"), hosts and brokers of talks, a told patient, an unnamed addressee, an Arabic
        request's doer. Sets the patient, whether a preposition precedes it, the factor and
        the trigger as left here.
        """
        h, si, sent, a, b, trig, nominal = c.h, c.si, c.sent, c.a, c.b, c.trig, c.nominal
        trig_start, stmt, factor, after, t_lim = c.trig_start, c.stmt, c.factor, c.after, c.t_lim
        subj, subj_m, obj_m, by_prep, exclude = c.agent, c.subj_m, c.obj_m, c.by_prep, c.exclude
        doc = self.doc
        t = h.first
        if obj_m is None and trig.type in (RelationType.ASSAULT, RelationType.COERCE):
            # "strikes on nine sites in Pakistan", "غارات على مواقع في باكستان": the state
            # the targets are in
            obj_m = self._targets_in(after, t_lim, exclude)
            by_prep = obj_m is not None
        if (
            obj_m is None
            and not self.en
            and (trig.topic in _ENVOY_TOPICS_AR or trig.topic == "summoning of envoy")
            and (host := self._envoy_host_pronoun_ar(h, after, t_lim, a, subj_m, exclude))
        ):
            # "قطع علاقاتها مع إسرائيل، فيما استدعت كل من تشيلي وكولومبيا سفيريهما لديها":
            # «لديها» is the state named last before the subject; one's own envoy recalled
            obj_m, by_prep = host, True
            trig = replace(trig, type=RelationType.SANCTION, topic="recall of ambassador")
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
            # إيران": the state the sanctioned are in
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
            # story just told
            obj_m = self._recalled_from(doc.tokens[h.first].start, subj)
            by_prep = obj_m is not None
        if (
            obj_m is None
            and self.en
            and trig.type in (RelationType.SUPPORT, RelationType.REJECT)
            and any(doc.word(j) in _DECISION_NOUNS_EN for j in (after, after + 1))
        ):
            # "Syria released the prisoners. Turkey welcomed the move." ("rejected the
            # measures as illegal")
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
                    continue  # ("ضربات ... ردا على الاعتداء": the attack it answers)
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
            obj_m = None  # "أدانت الكويت الهجوم الذي تعرضت له سوريا": its victim
        if (
            obj_m is None
            and not self.en
            and trig.type in (RelationType.ACCUSE, RelationType.SUPPORT, RelationType.REJECT)
            and (rel_doer := self._relative_doer(after, b)) is not None
            and rel_doer.key not in exclude
        ):
            # "أدانت مصر الغارات التي شنتها إسرائيل": whoever carried the attack out
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
                joined = False  # ("، واصفا الاتفاق الإثيوبي": a new speech act)
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
            # struck; none when it is the attacker's own
            if stmt is not None and stmt.start <= trig_start:
                ground = self._speakers_ground(h.last + 1, obj_m.t0, stmt, subj, a)
            else:
                ground = self._owner_struck(a, h.first, subj)
            if ground is None:
                return None
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
                # speaker's own men or boats is an attack
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
            and (asker := self._request_maker(subj_m) or self._first_subject_mention(a, subj_m.t0))
            is not None
            and asker.key != subj
            and self.actor(asker)
        ):
            # "X called on Baghdad to start talks, an appeal Abadi has so far rebuffed":
            # the one who rebuffs (or accepts) it answers the one who made it ("a demand
            # Seoul made and Tokyo opposed": the one named making it)
            self.add(subj, asker, trig, h, si, sent, a, b, factor * 0.85, False, False, subj_m)
            return None
        if (
            obj_m is None
            and self.en
            and subj is not None
            and (parties := self._hosted_parties_en(h, si, subj, after, b)) is not None
        ):
            # "Kenya hosted two earlier rounds of talks", "The United States brokered the
            # agreement": the host or broker of the two sides' talks meets each
            meet = replace(trig, type=RelationType.CONSULT, topic="mediation")
            for party in parties:
                self.add(subj, party, meet, h, si, sent, a, b, factor * 0.85, False, False, subj_m)
            return None
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
            return None
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
            # they are asked to do
            return None
        if (
            self.en
            and obj_m is not None
            and obj_m.t0 > h.last
            and any(doc.word(j) == "where" for j in range(h.last + 1, obj_m.t0))
        ):
            # "vetoed the draft in the Security Council, where China abstained": the
            # subject of a relative clause on a place is no patient
            obj_m = None
        if (
            obj_m is None
            and not self.en
            and subj is not None
            and trig.type is RelationType.REQUEST
            and (asked_m := self._requested_act_doer_ar(h, after, b, subj)) is not None
        ):
            # "ودعت مصر إلى انسحاب القوات الإسرائيلية من جنوب لبنان"، "طالب بوقف العدوان
            # الإسرائيلي": who is to do the act asked for is the one asked
            obj_m, by_prep = asked_m, False
            factor *= 0.85
        c.obj_m, c.by_prep, c.factor, c.trig = obj_m, by_prep, factor, trig
        return c

    def _code_emit(self, c: Coding) -> None:
        """Hands the trigger's relations to ``add`` once its agent and patient are found.

        The last checks on the patient (an act agreed to, sanctions criticised, an attribution
        tail, a second subject), the patient's own retyping (a threat that accuses, a block that
        vetoes, a welcome that hosts), then one relation for each coordinated agent and patient,
        the co-subjects, the mutual side and a coordinated second patient.
        """
        h, si, sent, a, b, trig, frame = c.h, c.si, c.sent, c.a, c.b, c.trig, c.frame
        nominal, after, t_lim, factor, subj = c.nominal, c.after, c.t_lim, c.factor, c.agent
        subj_m, speaker_m, co_subjects, obj_m = c.subj_m, c.speaker_m, c.co_subjects, c.patient
        by_prep, more_objects, exclude = c.by_prep, c.more_objects, c.exclude
        doc = self.doc
        t = h.first
        if (
            not self.en
            and nominal
            and obj_m.t0 == h.last + 1
            and not more_objects
            and self._accord_venue_ar(h, obj_m)
        ):
            return  # "انتهت الحرب باتفاق الجزائر": the city the accord is named after
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
            # (coded on its own) is no agreement with its doer
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
            # one criticised (or backed)
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
            # actor after it its subject; the antecedent accuses no one
            return
        if self.en and obj_m.t0 > h.last and self._attribution_tail(obj_m):
            return  # "Putin will not attend the summit, Kremlin spokesman X said": X reports it
        if (
            self.en
            and doc.word(h.first) in ("flew", "flown", "flies")
            and trig.topic == "visit"
            and doc.entity_types.get(subj) != EntityType.PERSON
        ):
            return  # "Russian bombers flew to Venezuela": no visit
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
            if (
                more is not None
                and self._coordinated(obj_m, more)
                # ("Iran backs Hamas, Israel said": Israel reports, no second patient)
                and not (self.en and self._attribution_tail(more))
                # ("stood with Britain and believed Russia was behind it": a verb between
                # opens a clause of its own, no second patient)
                and not (
                    self.en
                    and any(
                        j in self.stops or self._finite_verb_en(j)
                        for j in range(obj_m.t1 + 1, more.t0)
                    )
                )
            ):
                self.add(subj, more, trig, h, si, sent, a, b, factor * 0.8, nominal, False, subj_m)
                for om in self._group(more, si)[1:] if self.en else ():
                    # "thanked X and the leaders of Germany, Poland and Norway"
                    if om.key != subj:
                        self.add(subj, om, trig, h, si, sent, a, b, factor * 0.8, nominal, False)
