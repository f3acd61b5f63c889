"""Stances and evaluations: what a speaker's words say about another actor's act.

The statements of :mod:`kg.extractors.quotes` tell who said what; the relation coder
reads, besides the verbs of its lexicon, the stance a statement takes:

* evaluative speech (``lexicons/evaluation.tsv``): a describing verb ("called",
  "described ... as", "وصف ... بأنه", "اعتبر") whose object is an act or a pact, coded
  as an accusation, support or rejection of its author (:meth:`Stances._evaluations`);
* evaluations and stances inside a statement's content: a copular evaluation ("said the
  deployment was an escalation", "قال إن الخطوة تشكل انتهاكا"), the stance rows of
  ``lexicons/implied.tsv`` ("رفض", "إدانة"), a stance on an act told just before, an
  affirmed support ("أكد تضامن بلاده"), a wrongdoing blamed on an actor;
* requests and demands a statement implies ("must", "يجب على"): the addressee is asked.

It is a mixin of the relation coder (:class:`kg.extractors.relations._Coder`), whose
``run`` calls :meth:`Stances._evaluations` (sentence by sentence),
:meth:`Stances._content_evaluations`, :meth:`Stances._content_stances`,
:meth:`Stances._affirmed_support`, :meth:`Stances._stance_nouns_on_told_acts` (``_en``)
and :meth:`Stances._implied_requests`; the coder owns the document, the statements and
the helpers declared below.
"""

from __future__ import annotations

from abc import abstractmethod
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import product
from typing import TYPE_CHECKING

from kg.extractors.coder.base import CoderBase
from kg.extractors.doc import AR_PREP_WORDS
from kg.extractors.lexicon import Hit, read_tsv, word_set
from kg.extractors.native import trait
from kg.extractors.sentences import Span
from kg.extractors.text import fold
from kg.extractors.triggers import Trigger
from kg.models import EntityType, Modality, RelationType

if TYPE_CHECKING:
    from kg.extractors.doc import Doc, Ment
    from kg.extractors.quotes import Stmt

__all__ = ["Stances"]

_AR = fold
# lists the coder's own rules read as well (``relations.*`` in ``lexicons/word_sets.tsv``)
_NEG_AR = word_set("relations.neg_ar")
_NEG_GOV_AR = word_set("relations.neg_gov_ar")
_TOLD_ACTS_AR = word_set("relations.told_acts_ar")  # "أفرج عن X مقابل Y": a swap
_NEG_EN = word_set("relations.neg_en")
_NEG_GOV_EN = word_set("relations.neg_gov_en")
_AR_REL_PRON = word_set("relations.ar_rel_pron")
_ANY_AR = word_set("relations.any_ar")
_ATTACK_NOUNS = word_set("relations.attack_nouns")
_DECISION_NOUNS_EN = word_set("relations.decision_nouns_en")
_TOLD_ACTS_EN = word_set("stances.told_acts_en")  # "called the seizure piracy"
_POSSESSIVE_PRONOUNS_EN = word_set("relations.possessive_pronouns_en")
_ANYONE = word_set("relations.anyone")  # "لن تسمح لأحد", "would not allow anyone"
# verbs of wrongdoing whose subject a statement's content blames ("قال إن تركيا تنتهك
# القانون الدولي", "أكدت أن القرار يتجاهل مصالح ..."): the speaker accuses that actor
_WRONG_ACTS_AR = word_set("relations.wrong_acts_ar")
_WRONG_ACTS_EN = word_set("stances.wrong_acts_en")  # "X's move violated the law"
# "said X was behind / responsible for ...": the content's subject is blamed
_BLAMED_AFTER_COPULA_EN = word_set("stances.blamed_after_copula_en")
_BLAMED_DEEDS_EN = word_set("stances.blamed_deeds_en")  # "... behind the attack"
# "was fully responsible for": a degree adverb before the blaming word
_BLAME_DEGREE_EN = word_set("stances.blame_degree_en")
# punctuation tested against the gap between two tokens (as ``relations._PUNCT_EVAL``)
_PUNCT_EVAL = frozenset(".,;:،؛!?؟")
_MUST_VERBS_AR = frozenset(_AR(w) for w in ("يجب", "ينبغي", "يتعين", "يتوجب", "يتحتم"))
_MUST_BEFORE_AR = word_set("stances.must_before_ar")
"""Words after which "على X" says X must act ("إن على X أن"، "يجب على X")."""
_OPEN_QUOTES_EN = frozenset("\"“'‘")


@lru_cache(maxsize=2)
def _implied(lang: str) -> dict[str, frozenset[str]]:
    fl = fold if lang == "ar" else str.lower
    out: dict[str, set[str]] = {}
    for r in read_tsv("implied.tsv"):
        if r["lang"] == lang:
            out.setdefault(r["kind"], set()).add(fl(r["word"]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=32)
def _phrase_firsts(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The first words of ``phrases`` (a word opening none of them starts no match)."""
    return frozenset(p[0] for p in phrases if p)


@lru_cache(maxsize=2)
def _stance_words(lang: str) -> tuple[dict[str, frozenset[tuple[str, ...]]], int]:
    """The stance rows of ``lexicons/implied.tsv`` as word tuples per kind (Arabic
    "hostile" rows stemmed like the evaluation words) and the longest tuple's length."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for kind, words in _implied(lang).items():
        for w in words:
            key = tuple(w.split())
            if lang == "ar" and kind == "hostile":
                key = tuple(_eval_stem(x) for x in key)
            out.setdefault(kind, set()).add(key)
    longest = max((len(k) for v in out.values() for k in v), default=1)
    return {k: frozenset(v) for k, v in out.items()}, longest


_EVAL_PRIOR = 0.6
"""Evaluative speech is a weaker cue than a condemnation or praise verb."""
_EVAL_TYPES = {
    "neg": RelationType.ACCUSE,
    "pos": RelationType.SUPPORT,
    "rej": RelationType.REJECT,  # "null and void", "باطلة ولاغية"
}


def _eval_stem(word: str) -> str:
    """Arabic evaluation words without proclitics and feminine/accusative endings
    ("والخطيرة" -> "خطير", "انتهاكا" -> "انتهاك")."""
    w = word
    if w[:1] in "وف" and len(w) > 3:
        w = w[1:]
    if w[:1] in "بك" and len(w) > 3:
        w = w[1:]
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    if w.endswith("ا") and len(w) > 3:
        w = w[:-1]
    if w.endswith("ة") and len(w) > 3:
        w = w[:-1]
    return w


@lru_cache(maxsize=4)
def _evaluation(lang: str) -> tuple[frozenset[str], dict[tuple[str, ...], str], int]:
    """``lexicons/evaluation.tsv`` for a language: describing verbs, evaluation phrases
    (stemmed word tuples -> ``neg``/``pos``) and the longest phrase length."""
    ar = lang == "ar"
    verbs: set[str] = set()
    phrases: dict[tuple[str, ...], str] = {}
    for row in read_tsv("evaluation.tsv"):
        if (row["lang"] == "ar") != ar:
            continue
        words = fold(row["word"]).split() if ar else row["word"].lower().split()
        if row["polarity"] == "verb":
            verbs.update(words)
        elif ar:
            # a word opening with a letter that reads as a proclitic ("فضيحة", "وحشي") is
            # stemmed both ways: bare it loses that letter, after "ال" it keeps it
            for key in product(*({_eval_stem(w), _eval_stem("ال" + w)} for w in words)):
                phrases[key] = row["polarity"]
        else:
            phrases[tuple(words)] = row["polarity"]
    longest = max((len(k) for k in phrases), default=1)
    return frozenset(verbs), phrases, longest


_REMARK_NOUNS = word_set("stances.remark_nouns")
# "، وهو ما وصفته X بـ": the words before "ما" that open a relative on the clause told
_WHAT_HEADS_AR = word_set("quotes.ar_it_is")
# "، وهي خطوة وصفتها X بأنها": a noun of a step in the place of "ما"
_STEP_NOUNS_AR = word_set("stances.step_nouns_ar")
# "called it irresponsible", "واصفا إياه بـ": a pronoun standing for the act just told
_IT_OBJECTS = word_set("stances.it_objects")

_CALLED_PARTICLES = word_set("stances.called_particles")
_EVAL_OWNER_PREPS_EN = word_set("stances.eval_owner_preps_en")
_EVAL_OWNER_PREPS_AR = word_set("stances.eval_owner_preps_ar")
# Arabic participles of describing ("، واصفا الخطوة ... بأنها"): no subject follows them
_EVAL_PARTICIPLES_AR = word_set("stances.eval_participles_ar")
# a pact just told that a describing verb evaluates ("معتبرة المذكرة باطلة"): its author
_TOLD_PACTS_AR = word_set("stances.told_pacts_ar")
_TOLD_PACTS_EN = word_set("stances.told_pacts_en")
_PACT_TYPES = frozenset({RelationType.AGREE, RelationType.COOPERATE, RelationType.CONCEDE})
_AFFIRMED_NOUNS = word_set("stances.affirmed_nouns")  # "أكد تضامن بلاده"
_HOSTILE_TYPES = frozenset(
    {
        RelationType.ACCUSE,
        RelationType.REJECT,
        RelationType.THREATEN,
        RelationType.SANCTION,
        RelationType.COERCE,
        RelationType.ASSAULT,
    }
)

# stance nouns whose pronoun suffix is the agent ("معارضتهما للقرار")
_REJECT_NOUNS_AR = word_set("stances.reject_nouns_ar")
_CONDEMN_NOUNS_AR = word_set("stances.condemn_nouns_ar")
_WELCOME_NOUNS_AR = word_set("stances.welcome_nouns_ar")
_REJECT_NOUNS_EN = word_set("stances.reject_nouns_en")
_CONDEMN_NOUNS_EN = word_set("stances.condemn_nouns_en")
# Copular evaluations inside a statement's content (issue #3): "said Russia's
# deployment was an irresponsible escalation", "قال إن الخطوة الإثيوبية تشكل انتهاكا"
_COPULA_EN = word_set("stances.copula_en")
_COPULA_AR = word_set("stances.copula_ar")

_COPULA_HYPOTHETICAL = word_set("stances.copula_hypothetical")
_VICTIM_NOUNS = word_set("stances.victim_nouns")
"""Nouns whose genitive is the one harmed ("the sovereignty of Kosovo", "سيادة الصومال"),
never the author of the act evaluated."""


@lru_cache(maxsize=1)
def _told_act_verbs_en() -> dict[str, frozenset[str]]:
    """Act noun -> the verb forms that tell that act ("seizure" -> "seized", "seizes"),
    from the rows "noun=verb|verb" of ``stances.told_act_verbs_en``."""
    out: dict[str, frozenset[str]] = {}
    for row in word_set("stances.told_act_verbs_en"):
        noun, _, forms = row.partition("=")
        if forms:
            out[noun] = out.get(noun, frozenset()) | frozenset(forms.split("|"))
    return out


@lru_cache(maxsize=1)
def _told_act_verbs_ar() -> dict[str, frozenset[str]]:
    """Arabic definite verbal noun -> the verb forms that tell its act ("القصف" ->
    "قصف", "قصفت"), from the rows "noun=verb|verb" of ``stances.told_act_verbs_ar``."""
    out: dict[str, frozenset[str]] = {}
    for row in word_set("stances.told_act_verbs_ar"):
        noun, _, forms = row.partition("=")
        if forms:
            out[noun] = out.get(noun, frozenset()) | frozenset(forms.split("|"))
    return out


def _span(start: int, end: int) -> Span:
    return Span(start, end)


_RELATIVE_PRONOUNS_EN = frozenset({"which", "whom", "who"})
_RELATIVE_PRONOUNS_AR = frozenset({_AR("الذي"), _AR("التي"), _AR("الذين")})


def _word_positions(doc: Doc, wanted: frozenset[str], lo: int, hi: int) -> Iterable[int]:
    """The tokens in ``[lo, hi)`` whose word is one of ``wanted``, ascending: from the
    document's word index (:meth:`Doc.positions`) when its words are all read, else every
    token of the range (the caller tests each word anyway)."""
    if len(doc.words) != len(doc.tokens):
        return range(lo, hi)
    return [r for r in doc.positions(wanted) if lo <= r < hi]


@trait
class Stances(CoderBase):
    """Mixin of the relation coder that codes stances and evaluations told in speech
    (see the module docstring). The attributes and helpers below belong to the coder."""

    cue_speaker: dict[int, str]
    _by_start: list[Stmt]
    _eval_verbs: list[int] | None
    _stance_noun_at: list[int] | None
    _verb_types: dict[int, RelationType]

    @abstractmethod
    def _act_author(self, si: int, own: str, reach: int = 1) -> Ment | None: ...
    @abstractmethod
    def _told_act_author(self, si: int, own: str, noun: str, reach: int = 1) -> Ment | None: ...
    @abstractmethod
    def _doer_of_harm(self, victim: Ment) -> Ment | None: ...
    @abstractmethod
    def _pact_wrongdoing(self, st: Stmt, c0: int, c1: int) -> None: ...
    @abstractmethod
    def _retaliation_target(self, si: int, own: str) -> Ment | None: ...
    @abstractmethod
    def _which_called(self, j: int, a: int) -> int: ...
    @abstractmethod
    def _lexicon_act_doer_en(self, after: int, t_lim: int, si: int, subj: str) -> Ment | None: ...
    @abstractmethod
    def _news_agency(self, key: str) -> bool: ...
    @abstractmethod
    def _as_state(self, m: Ment) -> Ment: ...

    def _evaluations(self, si: int, sent: Span, a: int, b: int) -> None:
        """Evaluative speech (``lexicons/evaluation.tsv``): a describing verb ("called",
        "described ... as", "hailed", "وصف ... بأنه", "اعتبر") whose object is an act or
        stance owned by another actor ("Y's move", "the move of Y", "الخطوة الأمريكية",
        "قرار Y", "الاتفاق مع Y") and then an evaluation word: a negative one is an ACCUSE
        of the speaker against that actor, a positive one a SUPPORT.  Without a second
        actor nothing is coded."""
        doc = self.doc
        verbs, phrases, longest = _evaluation(doc.lang)
        if self._eval_verbs is None:  # where the describing verbs are, found once
            forms = set(verbs.intersection(doc.words))
            if not self.en:  # "ووصف", "فاعتبر"
                forms.update(
                    w for w in set(doc.words) if w[:1] in "وف" and len(w) > 4 and w[1:] in verbs
                )
            self._eval_verbs = doc.positions(forms) if forms else []
        found_at = self._eval_verbs
        for j in found_at[bisect_left(found_at, a) : bisect_left(found_at, b)]:
            if self.en and doc.word(j + 1) in _CALLED_PARTICLES:
                continue  # "called on", "called for": a request, not a description
            if self.en and j > 0 and doc.word(j - 1) == "so":
                continue  # "the so-called China threat": no one describes
            found = self._evaluation_after(j, b, phrases, longest)
            if found is None:
                continue
            e, polarity = found
            speaker_m, owner = self._evaluation_actors(j, e, a)
            speaker = speaker_m.key if speaker_m is not None else None
            if (
                self.en
                and speaker_m is not None
                and doc.word(j).endswith("ing")
                and "," in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
                and (told := self.stmt_at(doc.tokens[j].start)) is not None
                and told.cue_end <= doc.tokens[speaker_m.t0].start
                and told.speaker != speaker
            ):
                # "Kirby said Washington was watching the buildup, describing it as": the
                # participle goes with the one who speaks, not the content's subject
                speaker_m, speaker = None, told.speaker
            if speaker is None:
                speaker = self.cue_speaker.get(j)
            if speaker is None:
                st = self.stmt_at(doc.tokens[j].start)
                speaker = st.speaker if st is not None else self.prev_subject
            if owner is None and speaker is not None:
                owner = self._remark_owner(j, e, speaker)
            if (
                owner is None
                and speaker is not None
                and not self.en
                and any(
                    doc.word(k) in _TOLD_ACTS_AR and doc.mention_at_tok(k + 1) is None
                    for k in range(j + 1, min(e, j + 4))
                )
            ):
                # "وطردت هولندا دبلوماسيين روسا. ووصفت موسكو الخطوة بأنها عدائية": the
                # act just told, so its author ("الاتفاق الإثيوبي": its owner is named)
                owner = self._act_author(si, doc.entity_states.get(speaker) or speaker)
            if (
                owner is None
                and speaker is not None
                and not self.en
                and any(
                    doc.word(k) in _TOLD_PACTS_AR and doc.mention_at_tok(k + 1) is None
                    for k in range(j + 1, min(e, j + 4))
                )
            ):
                # "وقعت X وY مذكرة ... معتبرة المذكرة باطلة": a party to the pact just
                # told, the other one if the speaker's side signed it
                own = doc.entity_states.get(speaker) or speaker
                owner = self._pact_author(si, own, doc.tokens[j].start)
            if (
                owner is None
                and speaker is not None
                and self.en
                and doc.word(j + 1) == "the"
                and (
                    doc.word(j + 2) in _DECISION_NOUNS_EN
                    or doc.word(j + 2) in _TOLD_ACTS_EN
                    or doc.word(j + 2) in _TOLD_PACTS_EN
                )
                and doc.mention_at_tok(j + 3) is None
            ):
                # "Peskov called the move a hostile act": the act just told, of another
                # side; "called the agreement historic": the pact's (other) party
                own = doc.entity_states.get(speaker) or speaker
                if doc.word(j + 2) in _TOLD_PACTS_EN:
                    owner = self._pact_author(si, own, doc.tokens[j].start)
                else:
                    # ("X expelled ... . Y said ... . He called the expulsion unjustified":
                    # the act two sentences back; "the seizure": the latest
                    # act of its type)
                    owner = self._told_act_author(si, own, doc.word(j + 2), 2)
            if (
                owner is None
                and speaker is not None
                and self.en
                and doc.mention_at_tok(j + 3) is None
            ):
                # "Russia vetoed the draft. Washington called the veto a disgrace": the doer
                # of the act a noun of the relation lexicon names
                owner = self._lexicon_act_doer_en(j + 1, e, si, speaker)
            if (
                owner is None
                and speaker is not None
                and self.en
                and (k := self._which_called(j, a)) >= 0
                and (act := self._act_author(si, doc.entity_states.get(speaker) or speaker))
                is not None
                and act.start < doc.tokens[k].start
                and act.start >= sent.start
            ):
                # "Moldova expelled a Russian diplomat, which Lavrov called unjustified": the
                # author of the act of the clause the relative follows
                owner = act
            if (
                owner is None
                and speaker is not None
                and self.en
                and (k := self._which_called(j, a)) >= 0
                and doc.word(k) == "which"
                and doc.word(k - 2) == "the"
                and doc.word(k - 1) in _TOLD_ACTS_EN
            ):
                # "Iran seized a tanker. The seizure, which London called piracy, ...": the
                # author of the act the noun names, told before
                own = doc.entity_states.get(speaker) or speaker
                owner = self._told_act_author(si, own, doc.word(k - 1), 2)
            if (
                owner is None
                and speaker is not None
                and self.en
                and polarity == "neg"
                and (k := self._which_called(j, a)) >= 0
                and (first := self._first_subject_mention(a, k)) is not None
                and first.etype in (EntityType.STATE, EntityType.ORGANIZATION)
                and (doc.entity_states.get(first.key) or first.key)
                != (doc.entity_states.get(speaker) or speaker)
            ):
                # "North Korea fired a missile into the sea, which Tokyo called
                # unacceptable": no act coded, the main clause's subject acted
                owner = first
            if (
                owner is None
                and speaker is not None
                and not self.en
                and polarity == "neg"
                and j - 2 >= a
                and (doc.word(j - 1) == "ما" or doc.word(j - 1) in _STEP_NOUNS_AR)
                and doc.word(j - 2) in _WHAT_HEADS_AR
                and speaker_m is not None
                and speaker_m.t0 == j + 1
            ):
                # "أغلقت X المعبر، وهو ما وصفته Y بالعدوان": the author of the act told
                # before, else the sentence's first subject
                own = doc.entity_states.get(speaker) or speaker
                act = self._act_author(si, own)
                if act is not None and sent.start <= act.start < doc.tokens[j].start:
                    owner = act
                elif (first := self._first_subject_mention(a, j - 2)) is not None and (
                    doc.entity_states.get(first.key) or first.key
                ) != own:
                    owner = first
            if (
                owner is None
                and speaker is not None
                and polarity == "neg"
                and doc.word(j + 1) in _IT_OBJECTS
                and (self.en or doc.mention_at_tok(j + 2) is None)
            ):
                # "China sent warplanes toward Taiwan. Lai called it irresponsible",
                # "واصفا إياه بالاستفزاز": the author of the act just told
                owner = self._act_author(si, doc.entity_states.get(speaker) or speaker, 1)
            if (
                owner is None
                and speaker is not None
                and self.en
                and any(doc.word(k) in _ATTACK_NOUNS for k in range(j + 1, min(e, j + 4)))
            ):
                # "Baghaei described the strikes as a flagrant violation": the author of
                # the latest attack on the speaker's side
                owner = self._retaliation_target(si, doc.entity_states.get(speaker) or speaker)
            if (
                not self.en
                and polarity == "neg"
                and owner is not None
                and not owner.adjectival
                and doc.prep_of(owner) is None
                and doc.mention_at_tok(owner.t0 - 1) is None
                and (doer := self._doer_of_harm(owner)) is not None
            ):
                owner = doer  # "اعتبرت X أن طرد السفير «تصرف مشين»": the expeller
            if speaker is None or owner is None or owner.key == speaker:
                continue
            states = doc.entity_states
            if states.get(owner.key) == speaker or states.get(speaker) == owner.key:
                continue
            rtype = _EVAL_TYPES[polarity]
            trig = Trigger(rtype, "spk", (), Modality.ASSERTED, _EVAL_PRIOR, None)
            h: Hit[Trigger] = Hit(j, j, trig, "v", "", "")
            if rtype != RelationType.ACCUSE:
                # "وصف الاتفاق بأنه تاريخي": praise, not the "وصف" row's default ACCUSE
                # (nor for "باطلة ولاغية": a rejection)
                start = doc.tokens[j].start
                self.rels = [
                    r
                    for r in self.rels
                    if not (r.trig_start == start and r.type == RelationType.ACCUSE)
                ]
            self.add(speaker, owner, trig, h, si, sent, a, b, 1.0, False, False, speaker_m)

    def _pact_author(self, si: int, own: str, before: int = -1) -> Ment | None:
        """The party to the latest pact told (an AGREE, COOPERATE or CONCEDE of this
        sentence or the one before) that a pact noun stands for: its subject, or when
        the speaker's side ``own`` is its subject its other party ("Berlin called the
        deal it signed with Doha super": Qatar)."""
        doc = self.doc
        states = doc.entity_states
        for prev in reversed(self.rels):
            if si - prev.sent > 1 or prev.sent > si:
                break
            if prev.type not in _PACT_TYPES or prev.trig_start >= before >= 0:
                continue  # (a pact is signed, agreed or conceded, and told before)
            own_subject = (states.get(prev.subject) or prev.subject) == own
            own_object = (states.get(prev.object) or prev.object) == own
            if own_subject == own_object or (own_object and not prev.type.symmetric):
                return None if own_subject else self._subject_mention(prev)
            if own_object:
                return self._subject_mention(prev)
            return prev.object_mention or next(
                (m for m in reversed(doc.mentions_in(0, prev.ev_end)) if m.key == prev.object),
                None,
            )
        return None

    def _remark_owner(self, j: int, e: int, speaker: str) -> Ment | None:
        """ "Mao Ning called the remark 'extremely wrong'": a bare remark noun between the
        describing verb and the evaluation is the latest other speaker's (of another
        state), read at that speaker's latest mention."""
        doc = self.doc
        if not any(
            doc.word(k) in _REMARK_NOUNS or doc.word(k)[1:] in _REMARK_NOUNS
            for k in range(j + 1, e)
        ):
            return None
        start = doc.tokens[j].start
        states = doc.entity_states
        own = states.get(speaker) or speaker
        for st in reversed(self._by_start):
            if st.end > start or st.speaker == speaker:
                continue
            if (states.get(st.speaker) or st.speaker) == own:
                continue
            return next(
                (m for m in reversed(doc.mentions_in(0, start)) if m.key == st.speaker), None
            )
        return None

    def _content_evaluations(self) -> None:
        """A statement whose content says that another actor's act *is* something
        evaluative (``lexicons/evaluation.tsv``) accuses (or praises) that actor: "said
        Russia's deployment would be an irresponsible escalation", "said the Ethiopian move
        was a flagrant violation", "قال إن الخطوة الإثيوبية تشكل انتهاكا صارخا", "أكد أن
        القرار الأمريكي باطل".  The act's author is the possessive, adjective or genitive
        of the content's subject, or that subject itself ("Israel is a threat"); the
        sovereignty or security of a side ("the sovereignty of Kosovo") is the harmed one.
        Nothing is coded when the content is a question, hypothetical or negated, or when
        its cue denies."""
        doc = self.doc
        seg = doc.seg
        if seg is None:
            return
        _, phrases, longest = _evaluation(doc.lang)
        states = doc.entity_states
        for st in self.stmts:
            c0, c1 = doc.tok_range(_span(st.start, st.end))
            if self.en:
                c0 = self._partial_quote_clause(st, c0)
            if (
                c1 - c0 < 3
                or "?" in self.text[st.start : st.end]
                or "؟" in self.text[st.start : st.end]
            ):
                continue
            cue = self.text[st.cue_start : st.cue_end].lower().split()
            if any(w in _NEG_GOV_EN or _AR(w).lstrip("وف") in _NEG_GOV_AR for w in cue):
                continue  # "denied that the raid was a violation"
            found = self._content_copula(c0, c1, phrases, longest)
            if found is None and self.en:
                found = self._bare_act_copula(st, c0, c1, phrases, longest)
            if found is None and not self.en:
                self._pact_wrongdoing(st, c0, c1)
            if found is None:
                continue
            j, e, pol, owner = found
            wrong_verb = self.en and (
                doc.word(j) in _WRONG_ACTS_EN
                or doc.word(j + 1) in _BLAMED_AFTER_COPULA_EN
                or (
                    doc.word(j + 1) in _BLAME_DEGREE_EN
                    and doc.word(j + 2) in _BLAMED_AFTER_COPULA_EN
                )
                or (
                    doc.word(j + 1) in _BLAME_DEGREE_EN
                    and doc.word(j + 2) in _BLAME_DEGREE_EN
                    and doc.word(j + 3) in _BLAMED_AFTER_COPULA_EN
                )
            )
            if not self.en and pol == "neg" and owner.t0 > c0 and not owner.adjectival:
                doer = self._doer_of_harm(owner)
                if doer is not None:
                    # "اعتبرت الخارجية التركية أن طرد السفير «تصرف مشين»": the envoy
                    # expelled is the act's victim; its doer is accused
                    owner = doer
            speaker = st.speaker
            if owner.key == speaker or speaker in (states.get(owner.key), owner.key):
                continue
            if states.get(speaker) is not None and states.get(speaker) in (
                owner.key,
                states.get(owner.key),
            ):
                continue  # one's own side's act
            rtype = _EVAL_TYPES[pol]
            si = seg.index_at(doc.tokens[j].start)
            if any(
                r.sent == si and r.subject == speaker and r.object == owner.key for r in self.rels
            ):
                continue  # coded already ("described the move as ...")
            if wrong_verb and any(
                r.sent == si
                and r.type is rtype
                and r.object == owner.key
                and (states.get(r.subject) or r.subject) == (states.get(speaker) or speaker)
                for r in self.rels
            ):
                # "The United States condemned the strikes, with its spokesman saying Iran
                # had violated ...": the side's accusation is told already
                continue
            sent = seg.sents[si]
            a, b = doc.tok_range(sent)
            trig = Trigger(rtype, "spk", (), Modality.ASSERTED, _EVAL_PRIOR, None)
            h: Hit[Trigger] = Hit(j, e, trig, "x", "", "")
            n = len(self.rels)
            self.add(speaker, owner, trig, h, si, sent, a, b, 0.9, True, False, None)
            for i in range(n, len(self.rels)):
                r = self.rels[i]
                # the evaluation is said now, whatever the act's mood ("would be")
                self.rels[i] = replace(
                    r,
                    modality=Modality.ASSERTED,
                    ev_start=min(st.cue_start, r.ev_start),
                    ev_end=max(r.ev_end, doc.tokens[e].end),
                )

    def _partial_quote_clause(self, st: Stmt, c0: int) -> int:
        """English: the first token of the reported clause when a statement's content is
        only the quoted tail of it ("said Poland's decision was \"unacceptable\"", "said
        the claims were \"completely fabricated\""), so that the clause's subject, whose
        act is evaluated, is read with its quote; else ``c0``.  The clause
        runs from the cue (after "that") to the opening quote mark, within one sentence
        and without another clause's punctuation."""
        doc = self.doc
        text = self.text
        if not (st.cue_end <= st.start and text[: st.start].rstrip()[-1:] in _OPEN_QUOTES_EN):
            return c0
        a, _ = doc.tok_range(_span(st.cue_end, st.start))
        if doc.word(a) == "that":
            a += 1
        if c0 - a < 2 or c0 - a > 10:
            return c0
        if not _PUNCT_EVAL.isdisjoint(text[doc.tokens[a].start : doc.tokens[c0].start]):
            return c0
        return a

    def _bare_act_copula(
        self, st: Stmt, c0: int, c1: int, phrases: dict[tuple[str, ...], str], longest: int
    ) -> tuple[int, int, str, Ment] | None:
        """ "said hosting the weapons would be an irresponsible escalation", "said the move
        was a provocation": an act with no owner named in the content is the latest act
        told (this sentence or the one before) of another side than the speaker's
        ; as :meth:`_content_copula`, or None."""
        doc = self.doc
        assert doc.seg is not None
        if doc.word(c0) == "that":
            c0 += 1
        first = doc.word(c0)
        if not (first.endswith("ing") and len(first) > 5) and not (
            first == "the"
            and (doc.word(c0 + 1) in _DECISION_NOUNS_EN or doc.word(c0 + 1) in _TOLD_ACTS_EN)
        ):
            return None
        j = next((k for k in range(c0 + 1, min(c1, c0 + 7)) if doc.word(k) in _COPULA_EN), -1)
        if (
            j < 0
            or any(
                doc.word(k) in _NEG_EN or doc.word(k) in _COPULA_HYPOTHETICAL
                for k in range(c0, j + 1)
            )
            or not _PUNCT_EVAL.isdisjoint(self.text[doc.tokens[c0].start : doc.tokens[j].start])
            or any(
                self.actor(m) for m in doc.mentions_in(doc.tokens[c0].start, doc.tokens[j].start)
            )
        ):
            return None
        found = self._evaluation_after(j, c1, phrases, longest)
        if found is None or any(doc.word(k) in _NEG_EN for k in range(j + 1, found[0])):
            return None
        si = doc.seg.index_at(doc.tokens[c0].start)
        owner = self._act_author(si, doc.entity_states.get(st.speaker) or st.speaker)
        if owner is None:
            return None
        return j, found[0], found[1], owner

    def _content_stances(self) -> None:
        """Stances a statement's content takes toward another actor
        (``lexicons/implied.tsv``): a response that the speaker's side will make ("warned
        that his country would respond", "حذر من أن بلاده سترد عليها") or another's act
        that "will not go unpunished" ("لن يمر دون عقاب") THREATENs the actor responded
        to; a foreign actor that the content opens with and that does hostile acts ("X
        never stopped its hostile acts against our country", "إن X لم تتوقف عن الأعمال
        العدائية") is ACCUSEd.  The target must be clear: named after the response ("سترد
        على X", "to any X attack"), the act's owner in the content, the author of the
        latest attack on the speaker's side, or the statement's single foreign
        about-actor."""
        doc = self.doc
        if doc.seg is None:
            return
        kinds, longest = _stance_words(doc.lang)
        if not kinds:
            return
        text = self.text
        for st in self.stmts:
            body = text[st.start : st.end]
            c0, c1 = doc.tok_range(_span(st.start, st.end))
            if c1 - c0 < 2 or "?" in body or "؟" in body:
                continue
            cue = text[st.cue_start : st.cue_end].lower().split()
            if any(w in _NEG_GOV_EN or _AR(w).lstrip("وف") in _NEG_GOV_AR for w in cue):
                continue  # "denied that ..."
            for rtype, p, e, subj, target in self._stance_in(
                st, c0, min(c1, c0 + 24), kinds, longest
            ):
                self._add_stance(st, rtype, p, e, subj, target)

    def _stance_on_told_act(
        self,
        k: int,
        end: int,
        agent_tok: int,
        reach: int,
        pair: bool,
        pact: bool,
        rtype: RelationType,
    ) -> None:
        """Code the stance noun at token ``k`` (its hit ending at ``end``) of the actor named
        just before ``agent_tok`` (at most ``reach`` tokens before it; with ``pair``, the two
        last actors) against the author of the act (or ``pact``) just told, unless that
        author is on the agent's own side or the relation is already coded in the sentence:
        the shared tail of :meth:`_stance_nouns_on_told_acts` and its English twin."""
        doc = self.doc
        seg = doc.seg
        assert seg is not None
        states = doc.entity_states
        si = seg.index_at(doc.tokens[k].start)
        sent = seg.sents[si]
        a, b = doc.tok_range(sent)
        agents = [
            m
            for m in doc.mentions_in(
                doc.tokens[max(a, agent_tok - 8)].start, doc.tokens[agent_tok].start
            )
            if self.actor(m) and not m.adjectival and doc.prep_of(m) is None
        ]
        if not agents or agent_tok - agents[-1].t1 > reach:
            return
        group = agents[-2:] if pair and len(agents) > 1 else agents[-1:]
        for agent in group:
            own = states.get(agent.key) or agent.key
            at = doc.tokens[k].start
            target = self._pact_author(si, own, at) if pact else self._act_author(si, own)
            if target is None or (states.get(target.key) or target.key) == own:
                continue
            if any(
                r.sent == si
                and r.type is rtype
                and r.subject == agent.key
                and r.object == target.key
                for r in self.rels
            ):
                continue
            trig = Trigger(rtype, "nom", (), Modality.ASSERTED, _EVAL_PRIOR, None)
            h: Hit[Trigger] = Hit(k, end, trig, "n", "", "")
            self.add(agent.key, target, trig, h, si, sent, a, b, 0.9, True, False, agent)

    def _stance_nouns_on_told_acts_en(self) -> None:
        """ "Russia voiced its strong opposition to the decision", "X and Y announced their
        rejection of the agreement": as :meth:`_stance_nouns_on_told_acts`, in English (the
        agent is the actor, or for "their" the two actors, named just before)."""
        doc = self.doc
        seg = doc.seg
        assert seg is not None
        kinds: dict[str, tuple[RelationType, tuple[str, ...]]] = {
            **dict.fromkeys(_REJECT_NOUNS_EN, (RelationType.REJECT, ("to", "of"))),
            **dict.fromkeys(_CONDEMN_NOUNS_EN, (RelationType.ACCUSE, ("of",))),
        }
        for k in doc.positions(frozenset(kinds)):
            rtype, preps = kinds[doc.word(k)]
            pron = next((x for x in (k - 1, k - 2) if doc.word(x) in _POSSESSIVE_PRONOUNS_EN), -1)
            if pron < 0 or doc.word(k + 1) not in preps or doc.word(k + 2) != "the":
                continue
            noun = doc.word(k + 3)
            pact = noun in _TOLD_PACTS_EN
            if (not pact and noun not in _DECISION_NOUNS_EN) or doc.word(k + 4) in ("by", "of"):
                continue
            if doc.mention_at_tok(k + 4) is not None:
                continue
            plural = doc.word(pron) == "their"
            self._stance_on_told_act(k, k + 3, pron, 3, plural, pact, rtype)

    def _stance_nouns_on_told_acts(self) -> None:
        """ "وأعلنت فرنسا وألمانيا معارضتهما للقرار", "أعربت X عن رفضها القاطع للخطوة",
        "إدانتها للهجوم", "ترحيبها بالاتفاق": a stance noun with a pronoun for its agent
        (the actor, or for a dual the two actors, named just before it) whose object is a
        bare act or pact just told (``relations.told_acts_ar``, ``relations.told_pacts_ar``;
        no owner named after it) REJECTs, ACCUSEs or SUPPORTs the author of that act, not
        one's own side's."""
        doc = self.doc
        seg = doc.seg
        assert seg is not None
        kinds = (
            (_REJECT_NOUNS_AR, RelationType.REJECT, "ل"),
            (_CONDEMN_NOUNS_AR, RelationType.ACCUSE, "ل"),
            (_WELCOME_NOUNS_AR, RelationType.SUPPORT, "ب"),
        )

        def kind_of(w: str) -> tuple[RelationType, str, bool] | None:
            for suffix in ("هما", "ها", "ه"):
                if w.endswith(suffix) and len(w) > len(suffix) + 2:
                    stem = w[: -len(suffix)]
                    stem = stem[:-1] + "ة" if stem.endswith("ت") else stem
                    for nouns, rtype, prep in kinds:
                        if stem in nouns:
                            return rtype, prep, suffix == "هما"
            return None

        if self._stance_noun_at is None:
            self._stance_noun_at = doc.positions({w for w in set(doc.words) if kind_of(w)})
        for k in self._stance_noun_at:
            got = kind_of(doc.word(k))
            if got is None:
                continue
            rtype, prep, dual = got
            o = k + 1
            while o < k + 3 and doc.word(o)[:2] == "ال" and doc.mention_at_tok(o) is None:
                o += 1  # "رفضها القاطع"
            w = doc.word(o)
            if prep == "ل" and w[:2] == "لل":
                act = "ال" + w[2:]
            elif prep == "ب" and w[:3] == "بال":
                act = w[1:]
            else:
                continue
            pact = act in _TOLD_PACTS_AR
            if not pact and act not in _TOLD_ACTS_AR:
                continue
            nxt = doc.word(o + 1)
            if doc.mention_at_tok(o + 1) is not None or nxt in _AR_REL_PRON:
                continue  # an owner or a relative clause follows: the frames read it
            self._stance_on_told_act(k, o, k, 2, dual, pact, rtype)

    def _affirmed_support(self) -> None:
        """ "أكد الرئيس تضامن الجزائر الكامل مع تونس", "expressed the UK's solidarity
        with X": a noun of solidarity (``relations.affirmed_nouns``) that a person's cue
        governs (within a few words, no other relation verb between), with the speaker's
        own state as its genitive, is the speaker's SUPPORT; a state that is
        the content's subject ("قال إن الدوحة تثمن الدور") keeps it, and so do a state's
        commitment or standing by ("أكد التزام برلين بأمن X", "شدد على وقوف الجزائر إلى
        جانب فلسطين")."""
        doc = self.doc
        states = doc.entity_states
        for st in self.stmts:
            own = states.get(st.speaker)
            ct = st.cue_tok
            if (
                ct < 0
                or own in (None, st.speaker)
                or doc.entity_types.get(st.speaker) is not EntityType.PERSON
            ):
                continue
            lo = doc.tokens[ct].end
            hi = doc.tokens[min(ct + 16, len(doc.tokens) - 1)].end
            for i, r in enumerate(self.rels):
                if (
                    r.type is not RelationType.SUPPORT
                    or r.subject != own
                    or not lo <= r.trig_start < hi
                    or not (
                        lo <= r.subject_start < r.trig_start  # "the UK's solidarity"
                        if self.en
                        else r.subject_start > r.trig_start  # "تضامن الجزائر"
                    )
                    or doc.word(doc.tok_at(r.trig_start)).lstrip("و") not in _AFFIRMED_NOUNS
                    or not _PUNCT_EVAL.isdisjoint(self.text[lo : r.trig_start])
                    or any(k in self._verb_types for k in range(ct + 1, doc.tok_at(r.trig_start)))
                ):
                    continue
                if any(
                    x.subject == st.speaker and x.object == r.object and x.type is r.type
                    for x in self.rels
                ):
                    continue
                self.rels[i] = replace(r, subject=st.speaker, subject_start=-1)

    def _add_stance(
        self, st: Stmt, rtype: RelationType, p: int, e: int, subj: str, target: Ment
    ) -> None:
        """Code one stance found by :meth:`_stance_in` (not at one's own side, nor twice
        in a sentence), asserted: the stance is taken now, whatever the act's mood."""
        doc = self.doc
        seg = doc.seg
        assert seg is not None
        states = doc.entity_states
        own = states.get(st.speaker) or st.speaker
        if target.key in (subj, st.speaker, own) or states.get(target.key) in (subj, own):
            return
        si = seg.index_at(doc.tokens[p].start)
        side = states.get(target.key) or target.key
        if any(
            r.sent == si
            and r.type is rtype
            and (states.get(r.object) or r.object) == side
            and (states.get(r.subject) or r.subject) == own
            for r in self.rels
        ):
            return  # coded already, perhaps with the speaker for its state
        sent = seg.sents[si]
        a, b = doc.tok_range(sent)
        topic = "retaliation" if rtype is RelationType.THREATEN else None
        trig = Trigger(rtype, "spk", (), Modality.ASSERTED, _EVAL_PRIOR, topic)
        h: Hit[Trigger] = Hit(p, e, trig, "x", "", "")
        n = len(self.rels)
        self.add(subj, target, trig, h, si, sent, a, b, 0.9, True, False, None)
        # when it was said: if its sentence tells, else at the act of the speaker's side
        # told just before ("أعلنت الجزائر مساء الثلاثاء قطع علاقاتها ... وقال وزير
        # خارجيتها إن ..."); not the story's date
        said = st.date if doc.times_in(sent.start, sent.end) else None
        if said is None:
            said = next(
                (
                    r.date
                    for r in reversed(self.rels)
                    if r.sent == si - 1 and r.date and (states.get(r.subject) or r.subject) == own
                ),
                None,
            )
        for i in range(n, len(self.rels)):
            r = self.rels[i]
            self.rels[i] = replace(
                r,
                modality=Modality.ASSERTED,
                date=said,
                ev_start=min(st.cue_start, r.ev_start),
                ev_end=max(r.ev_end, doc.tokens[e].end),
            )

    def _stance_in(
        self,
        st: Stmt,
        c0: int,
        c1: int,
        kinds: dict[str, frozenset[tuple[str, ...]]],
        longest: int,
    ) -> list[tuple[RelationType, int, int, str, Ment]]:
        """The stances of ``_content_stances`` in the content's tokens ``[c0, c1)`` (one
        sentence, at most one of each kind): type, first and last token, subject, target."""
        doc = self.doc
        text = self.text
        en = self.en
        states = doc.entity_states
        own = states.get(st.speaker) or st.speaker
        words = self._span_words(c0, c1)
        plain = words if en else [w[1:] if w[:1] in "وف" and len(w) > 3 else w for w in words]
        stems = words if en else [_eval_stem(w) for w in words]
        neg = _NEG_EN if en else _NEG_AR
        empty: frozenset[tuple[str, ...]] = frozenset()
        own_w, victim, cease = (kinds.get(k, empty) for k in ("own", "victim", "cease"))
        out: list[tuple[RelationType, int, int, str, Ment]] = []
        done: set[str] = set()

        def side(key: str) -> str:
            return states.get(key) or key

        # the phrase kinds read on the plain words, in the order they win; "hostile" on stems
        plain_kinds = [
            (name, kinds.get(name, empty)) for name in ("respond", "unpunished", "refuse", "forbid")
        ]
        hostile = kinds.get("hostile", empty)
        plain_firsts = frozenset().union(*(_phrase_firsts(p) for _, p in plain_kinds))
        hostile_firsts = _phrase_firsts(hostile)

        def match(i: int) -> tuple[str, int] | None:
            if plain[i] not in plain_firsts and stems[i] not in hostile_firsts:
                return None  # (no phrase of any kind opens with this word)
            for n in range(min(longest, len(words) - i), 0, -1):
                phrase = tuple(plain[i : i + n])
                for name, phrases in plain_kinds:
                    if phrase in phrases:
                        return name, n
                if tuple(stems[i : i + n]) in hostile:
                    return "hostile", n
            return None

        for i in range(len(words)):
            k = c0 + i
            if i and not {".", ";", "؛"}.isdisjoint(
                text[doc.tokens[k - 1].end : doc.tokens[k].start]
            ):
                break
            got = match(i)
            if got is None or got[0] in done:
                continue
            kind, n = got
            done.add(kind)
            e = k + n - 1
            before = [
                m
                for m in doc.mentions_in(doc.tokens[c0].start, doc.tokens[k].start)
                if self.actor(m)
            ]
            if kind == "hostile":
                doer = next((m for m in before if m.t0 <= c0 + 1), None)
                if (
                    doer is None
                    or doer.adjectival
                    or (doc.prep_of(doer) is not None and not (en and self._possessive(doer)))
                    or k - doer.t1 > 8
                    or side(doer.key) == own
                    or any(side(m.key) != own and m is not doer for m in before)
                ):
                    continue
                gap = range(doer.t1 + 1 - c0, i)
                if any((plain[x],) in victim or (stems[x],) in victim for x in gap):
                    continue  # "Russia faced aggression", "X condemned the violations"
                if any(words[x] in neg and (plain[x + 1],) not in cease for x in gap):
                    continue  # (but "never stopped its hostile acts")
                out.append((RelationType.ACCUSE, k, e, st.speaker, doer))
                continue
            if kind == "forbid":
                # "لن تسمح لليونان بعسكرة الجزر", "would not allow Iran to": the actor
                # named right after; "لن تسمح لأحد": the one the context points at
                aim = doc.mention_at_tok(e + 1)
                if aim is None or not self.actor(aim) or aim.t0 != e + 1 or aim.adjectival:
                    if doc.word(e + 1) not in _ANYONE:
                        continue
                    aim = self._foe_of_protected(e + 2, c1, own)
                if aim is not None and side(aim.key) != own:
                    out.append((RelationType.THREATEN, k, e, st.speaker, aim))
                continue
            if kind == "unpunished":
                if doc.word(k - 1) not in neg:
                    continue
                foreign = [m for m in before if side(m.key) != own]
                target = foreign[0] if foreign else self._stance_target(st, k, own)
                if target is not None:
                    out.append((RelationType.THREATEN, k, e, st.speaker, target))
                continue
            # a response (or a refusal) of the speaker's side
            if kind == "respond" and doc.word(k - 1) in neg:
                continue
            subj = self._responder(st, plain[:i], before, own_w)
            after = doc.mention_at_tok(e + 1)
            if subj is None or (
                not en
                and after is not None
                and self.actor(after)
                and after.t0 == e + 1
                and side(after.key) != own
            ):
                continue  # "feared Iran would respond", "سترد إيران": the other side's
            if kind == "refuse":
                # "would not accept Ethiopia's deal", "لن نقبل بالاتفاق الإثيوبي": only an
                # actor named in the few words of its object
                target = next(
                    (
                        m
                        for m in doc.mentions_in(
                            doc.tokens[e].end, doc.tokens[min(c1, e + 5) - 1].end
                        )
                        if self.actor(m) and doc.word(m.t0 - 1) not in {"any", *_ANY_AR}
                    ),
                    None,
                )
                if target is not None and side(target.key) != own:
                    out.append((RelationType.REJECT, k, e, subj, target))
                continue
            target, named = self._response_object(e + 1, c1)
            if target is None and not named:
                target = self._stance_target(st, k, own)
            if target is not None and side(target.key) != own:
                out.append((RelationType.THREATEN, k, e, subj, target))
        return out

    def _foe_of_protected(self, t_from: int, t_to: int, own: str) -> Ment | None:
        """ "لن تسمح لأحد بتهديد الصومال", "will not allow anyone to threaten Armenia": the
        actor that the protected party (the first actor of another side named in the few
        words from ``t_from``) is told in conflict with before: the object of its latest
        hostile act, or the author of the latest hostile act on it."""
        doc = self.doc
        if t_from >= min(t_to, len(doc.tokens)):
            return None
        states = doc.entity_states
        protected = next(
            (
                m
                for m in doc.mentions_in(
                    doc.tokens[t_from].start, doc.tokens[min(t_to, t_from + 4) - 1].end
                )
                if self.actor(m) and (states.get(m.key) or m.key) != own
            ),
            None,
        )
        if protected is None:
            return None
        side = states.get(protected.key) or protected.key
        start = doc.tokens[t_from].start
        for r in reversed(self.rels):
            if r.trig_start >= start or r.type not in _HOSTILE_TYPES:
                continue
            subj, obj = states.get(r.subject) or r.subject, states.get(r.object) or r.object
            if subj == side and obj not in (own, side):
                return r.object_mention or next(
                    (m for m in reversed(doc.mentions_in(0, r.ev_end)) if m.key == r.object),
                    None,
                )
            if obj == side and subj not in (own, side):
                return self._subject_mention(r)
        return None

    def _responder(
        self,
        st: Stmt,
        lead: list[str],
        before: list[Ment],
        own_w: frozenset[tuple[str, ...]],
    ) -> str | None:
        """Who will respond, from the content's words ``lead`` before the response and
        the actors named there: the speaker's state for "his country", "بلاده", for the
        state a person speaking names ("Doha reserved the right to respond") and for a
        body's "it" ("وحذرت الخارجية من أنها سترد"); else the speaker (a body that names
        its own state); None when another actor responds or an unnamed one does ("the
        army would respond")."""
        doc = self.doc
        states = doc.entity_states
        own = states.get(st.speaker) or st.speaker
        person = doc.entity_types.get(st.speaker) is EntityType.PERSON
        state = own if doc.entity_types.get(own) is EntityType.STATE else st.speaker
        bare = [m for m in before if doc.prep_of(m) is None and not self._possessive(m)]
        if bare:
            m = bare[-1]
            if (states.get(m.key) or m.key) != own:
                return None
            return state if person else st.speaker
        if any(tuple(lead[x : x + n]) in own_w for x in range(len(lead)) for n in (1, 2)):
            country = any(
                w in ("country", "government") or w[:4] in ("بلاد", "دولت", "حكوم") for w in lead
            )
            return state if country or not person else st.speaker
        if len(lead) > 1:
            return None
        return st.speaker if person else state

    def _response_object(self, t_from: int, t_to: int) -> tuple[Ment | None, bool]:
        """The actor a response is aimed at when named in the few words after it ("to
        X", "against X", "على X", "to any X attack", "على أي تصعيد سعودي") and whether
        the object is anyone's act ("to any new sanctions": no one is named, nor taken from
        the context)."""
        doc = self.doc
        for x in range(t_from, min(t_to, t_from + 4)):
            w = doc.word(x)
            if w not in ("to", "against", "on", _AR("على"), _AR("ضد")):
                continue
            anyone = doc.word(x + 1) in {"any", *_ANY_AR}
            for y in range(x + 1, min(t_to, x + 5)):
                m = doc.mention_at_tok(y)
                if m is not None and self.actor(m):
                    return (m if m.adjectival or not anyone else None), anyone
            return None, anyone
        return None, False

    def _stance_target(self, st: Stmt, k: int, own: str) -> Ment | None:
        """Whom a threatened response is aimed at when the content does not name it: the
        author of the latest attack on the speaker's side, else the actor that the
        speaker's side accused in this sentence or the one before, else the statement's
        single foreign about-actor (read at its latest mention before token ``k``)."""
        doc = self.doc
        assert doc.seg is not None
        si = doc.seg.index_at(doc.tokens[k].start)
        m = self._retaliation_target(si, own)
        if m is not None:
            return m
        states = doc.entity_states
        for r in reversed(self.rels):
            if r.sent < si - 1 or r.sent > si:
                continue
            if r.type is RelationType.ACCUSE and (states.get(r.subject) or r.subject) == own:
                # "condemned the strikes and warned that his country would respond"
                return r.object_mention or next(
                    (x for x in reversed(doc.mentions_in(0, r.ev_end)) if x.key == r.object),
                    None,
                )
        foreign = {a for a in st.about if (states.get(a) or a) != own and a != st.speaker}
        if len(foreign) != 1 or doc.entity_types.get(next(iter(foreign))) is not EntityType.STATE:
            return None  # (a state: not "the UN", a body the speaker turns to)
        key = foreign.pop()
        return next(
            (m for m in reversed(doc.mentions_in(0, doc.tokens[k].start)) if m.key == key), None
        )

    def _content_copula(
        self, c0: int, c1: int, phrases: dict[tuple[str, ...], str], longest: int
    ) -> tuple[int, int, str, Ment] | None:
        """In the content ``[c0, c1)``: the copula (or, in Arabic, the end of the subject
        of a nominal sentence), the evaluation token after it, its polarity and the
        owner of the subject; None unless all are found in the content's first clause."""
        doc = self.doc
        text = self.text
        words = self._span_words(c0, min(c1, c0 + 12))
        j = -1
        wrong = False
        rel_at = -1  # Arabic: a relative clause's verb inside the subject ("التي وقعتها X")
        for k, w in enumerate(words, c0):
            base = w if self.en else w.lstrip("وف")
            if not self.en and base[:1] == "س" and base[1:2] in ("ي", "ت"):
                base = base[1:]
            if k > c0 and not _PUNCT_EVAL.isdisjoint(
                text[doc.tokens[k - 1].end : doc.tokens[k].start]
            ):
                return None
            if w in _COPULA_HYPOTHETICAL or w in _NEG_EN or (not self.en and w in _NEG_AR):
                return None  # "if", "not", "لا"
            if base in (_COPULA_EN if self.en else _COPULA_AR):
                if rel_at >= 0:
                    return None
                j = k
                break
            if k > c0 and base in (_WRONG_ACTS_EN if self.en else _WRONG_ACTS_AR):
                j = k  # ("the U.S. move violated market rules")
                wrong = True
                break
            if (
                not self.en
                and rel_at < 0
                and k > c0 + 1
                and k in self._verb_types
                and doc.word(k - 1) in _AR_REL_PRON
            ):
                rel_at = k  # "إن المذكرة التي وقعتها إثيوبيا ... تنتهك"
                continue
            if k > c0 and (k in self._verb_types or k in self.cue_speaker):
                if self.en and doc.word(k - 1) == "to" and k not in self.cue_speaker:
                    continue  # the act's infinitive ("Poland's decision to close ...")
                return None  # another verb's clause
        if wrong and rel_at >= 0:
            doer = next(
                (
                    m
                    for m in doc.mentions_in(doc.tokens[rel_at].end, doc.tokens[j].start)
                    if self.actor(m) and not m.adjectival and doc.prep_of(m) is None
                ),
                None,
            )
            return (j, j, "neg", doer) if doer is not None else None
        owner: Ment | None = None
        for m in doc.mentions_in(
            doc.tokens[c0].start,
            doc.tokens[j].start if j >= 0 else doc.tokens[min(c1, c0 + 6) - 1].end,
        ):
            if not self.actor(m):
                continue
            head = doc.word(m.t0 - 1)
            if self.en:
                before_of = doc.word(m.t0 - 2) if head == "of" else ""
                ok = (
                    self._possessive(m)
                    or m.adjectival
                    or (head == "of" and before_of not in _VICTIM_NOUNS)
                    or m.t0 == c0
                    or (m.t0 == c0 + 1 and head == "the")
                )
            else:
                prep = doc.prep_of(m)
                ok = m.adjectival or (
                    prep is None
                    and m.t0 <= c0 + 1
                    and _eval_stem(head) not in _VICTIM_NOUNS
                    and head not in _VICTIM_NOUNS
                )
            if ok:
                owner = m
                break
            return None  # the first actor is not the subject's owner
        if owner is None:
            return None
        if j < 0:
            if self.en:
                return None
            j = owner.t1  # a nominal sentence: "إن القرار الأمريكي باطل"
            found = self._evaluation_after(j, c1, phrases, longest)
            if found is None or found[0] > j + 1:
                return None
        else:
            if owner.t1 >= j:
                return None
            if wrong:
                return j, j, "neg", owner  # the verb itself blames its subject
            q = j + 1
            while self.en and q < j + 3 and doc.word(q) in _BLAME_DEGREE_EN:
                q += 1  # "was fully responsible", "was almost certainly responsible"
            if (
                self.en
                and doc.word(q) in _BLAMED_AFTER_COPULA_EN
                and any(
                    doc.word(k) in _BLAMED_DEEDS_EN or doc.word(k) in _ATTACK_NOUNS
                    for k in range(q + 1, min(c1, q + 6))
                )
            ):
                # "said Russia was behind the plot", "was responsible for the attack": the
                # subject is blamed; "was fully responsible for"
                return j, q, "neg", owner
            found = self._evaluation_after(j, c1, phrases, longest)
            if found is None:
                return None
            if any(
                doc.word(k) in _NEG_EN or (not self.en and doc.word(k) in _NEG_AR)
                for k in range(j + 1, found[0])
            ):
                return None  # "was not a violation"
        return j, found[0], found[1], owner

    def _evaluation_after(
        self, j: int, b: int, phrases: dict[tuple[str, ...], str], longest: int
    ) -> tuple[int, str] | None:
        """The first evaluation phrase within a short window after the verb at ``j``
        (same clause: no comma or full stop in between), as (token, polarity); a negated
        one ("not constructive", "ليس مقبولا") ends the search."""
        doc = self.doc
        text = self.text
        end = min(b, j + 16)
        window = doc.words[j + 1 : end]  # (each word's look-up key, read once)
        keys = window if self.en else [_eval_stem(x) for x in window]
        for k in range(j + 1, end):
            gap = text[doc.tokens[k - 1].end : doc.tokens[k].start]
            if not _PUNCT_EVAL.isdisjoint(gap) and not self._abbrev_dot(k - 1, gap):
                return None
            for n in range(min(longest, end - k), 0, -1):
                key = tuple(keys[k - j - 1 : k - j - 1 + n])
                pol = phrases.get(key)
                if pol is None:
                    continue
                prev = doc.word(k - 1)
                if prev in _NEG_EN or (not self.en and prev in _NEG_AR):
                    return None
                return k, pol
        return None

    def _abbrev_dot(self, k: int, gap: str) -> bool:
        """Whether ``gap`` after token ``k`` is only the dot of an abbreviation of single
        capitals ("the U.S. claims"), no clause break."""
        tok = self.doc.tokens[k]
        w = self.text[tok.start : tok.end]
        return gap.strip() == "." and len(w) == 1 and w.isupper()

    def _evaluation_actors(self, j: int, e: int, a: int) -> tuple[Ment | None, Ment | None]:
        """The speaker mention (before an English verb, right after an Arabic one) and
        the owner of the evaluated act between the verb and the evaluation at ``e``."""
        doc = self.doc
        speaker: Ment | None = None
        if self.en:
            speaker = self.agent_before(j, a, exclude=set())
        verb = doc.word(j)
        participle = not self.en and (
            verb in _EVAL_PARTICIPLES_AR or (verb[:1] in "وف" and verb[1:] in _EVAL_PARTICIPLES_AR)
        )  # "واصفا الخطوة الإسبانية": the adjective is the act's owner, not a speaker
        owner: Ment | None = None
        k = j + 1
        while k < e:
            m = doc.mention_at_tok(k)
            if m is None:
                k += 1
                continue
            k = m.t1 + 1
            if not self.actor(m) or m.t1 >= e:
                continue
            prep = doc.prep_of(m)
            if not self.en and speaker is None and owner is None and m.t0 <= j + 2:
                if (not m.adjectival or m.t0 == j + 2) and not participle:
                    speaker = m  # VSO: "وصف الرئيس الإيراني", "اعتبرت طهران"
                    continue
            if speaker is not None and (
                m.key == speaker.key
                or doc.entity_states.get(m.key) == speaker.key
                or doc.entity_states.get(speaker.key) == m.key
            ):
                continue
            if self.en:
                ok = (
                    self._possessive(m)
                    or m.adjectival
                    or prep is None
                    or prep in _EVAL_OWNER_PREPS_EN
                )
            else:
                ok = m.adjectival or prep is None or prep in _EVAL_OWNER_PREPS_AR
            if ok and owner is None:
                owner = m
        return speaker, owner

    def _relative_accusations_ar(self) -> None:
        """Arabic: an accusing verb in a relative clause whose object pronoun is the noun
        before it ("الحكومة الإسرائيلية، التي انتقدتها فرنسا مرارا"، "رجل الأعمال، الذي
        اتهمه المدعون الأمريكيون بـ"): the actor after the verb accuses the one before the
        relative pronoun.  A relation coded from such a verb with that noun as its
        accuser (the other way round) is dropped; describing verbs ("الذي وصفه Y بأنه")
        give no new relation here, their evaluation is read by
        :meth:`Stances._evaluations`."""
        doc = self.doc
        if self.en or doc.seg is None:
            return
        from kg.extractors.relations import relation_matcher  # (the coder imports us)

        matcher = relation_matcher("ar")
        agree = {_AR("الذي"): "ه", _AR("التي"): "ها", _AR("الذين"): "هم"}
        n = len(doc.tokens)
        for r in _word_positions(doc, _RELATIVE_PRONOUNS_AR, 1, n - 2):
            pron = agree.get(doc.word(r))
            if pron is None:
                continue
            hit = next(
                (
                    g
                    for g in matcher.find(doc.tokens[r + 1 : r + 2])
                    if g.first == 0
                    and g.last == 0
                    and g.cls in ("v", "i")
                    and g.entry.type is RelationType.ACCUSE
                    and g.pron == pron
                ),
                None,
            )
            if hit is None:
                continue
            v = r + 1
            start = doc.tokens[v].start
            before = doc.mention_at_tok(r - 1)
            if before is None or before.t1 != r - 1 or not self.actor(before):
                continue
            # the wrong way round: the noun before accusing the actor after the verb
            self.rels = [
                q
                for q in self.rels
                if not (q.trig_start == start and q.type is RelationType.ACCUSE)
            ]
            if _AR("وصف") in doc.word(v) or doc.word(v).startswith(_AR("اعتبر")):
                continue  # (a description: what it calls the noun decides)
            agent = next(
                (
                    m
                    for k in (v + 1, v + 2)
                    if (m := doc.mention_at_tok(k)) is not None and m.t0 == k
                ),
                None,
            )
            if agent is None or not self.actor(agent) or agent.key == before.key:
                continue
            if agent.adjectival and agent.t0 != v + 2:
                continue  # ("المدعون الأمريكيون": the nisba of the noun right after)
            states = doc.entity_states
            own = states.get(agent.key) or agent.key
            if own == (states.get(before.key) or before.key):
                continue
            si = doc.seg.index_at(start)
            sent = doc.seg.sents[si]
            a, b = doc.tok_range(sent)
            trig = Trigger(
                RelationType.ACCUSE, "svo", (), hit.entry.modality, hit.entry.prior, None
            )
            h: Hit[Trigger] = Hit(v, v, trig, hit.cls, hit.prefix, pron)
            self.add(agent.key, before, trig, h, si, sent, a, b, 1.0, False, False, agent)
            # "التي اتهمتها واشنطن بتزويد روسيا بالصواريخ": the act of the accusation
            # ("بتزويد") is done by the accused, not by the accuser
            lim = doc.tokens[min(b, v + 8) - 1].end
            self.rels = [
                replace(q, subject=before.key, subject_start=before.start)
                if q.subject == agent.key
                and q.type is not RelationType.ACCUSE
                and start < q.trig_start < lim
                and self.text[q.trig_start : q.trig_start + 1] == "ب"
                and q.object != before.key
                else q
                for q in self.rels
            ]

    def _relative_accusations_en(self) -> None:
        """English: an accusing verb in a relative clause on the actor before it, its own
        subject named between ("Iran, which Israel accuses of arming Hezbollah", "the
        junta, which Paris has blamed for the coup"): that subject accuses the actor
        before "which"/"whom"; a pronoun subject is the speaker whose statement holds the
        clause ("the ministry said it had struck the X group, which it blamed for ..."), and
        an actor "together with" the first after the verb is accused with it."""
        doc = self.doc
        if not self.en or doc.seg is None:
            return
        from kg.extractors.relations import relation_matcher  # (the coder imports us)

        matcher = relation_matcher("en")
        n = len(doc.tokens)
        for r in _word_positions(doc, _RELATIVE_PRONOUNS_EN, 1, n - 3):
            if doc.word(r) not in ("which", "whom", "who"):
                continue
            before = doc.mention_at_tok(r - 1)
            agent = doc.mention_at_tok(r + 1)
            v = agent.t1 + 1 if agent is not None else r + 2
            if agent is None and before is not None:
                agent = self._relative_pronoun_speaker(r)
            elif agent is not None and agent.t0 != r + 1:
                continue
            if before is None or agent is None or before.t1 != r - 1:
                continue
            if not (self.actor(before) and self.actor(agent)) or agent.adjectival:
                continue
            if before.adjectival or agent.key == before.key:
                continue
            if doc.word(v) in ("has", "have", "had"):
                v += 1
            hit = next(
                (
                    g
                    for g in matcher.find(doc.tokens[v : v + 1])
                    if g.cls == "v" and g.entry.type is RelationType.ACCUSE
                ),
                None,
            )
            if hit is None:
                continue
            states = doc.entity_states
            if (states.get(agent.key) or agent.key) == (states.get(before.key) or before.key):
                continue
            start = doc.tokens[v].start
            si = doc.seg.index_at(start)
            sent = doc.seg.sents[si]
            a, b = doc.tok_range(sent)
            # (a relation coded from the verb to the next actor is the content's, not this)
            self.rels = [
                q
                for q in self.rels
                if not (q.trig_start == start and q.type is RelationType.ACCUSE)
            ]
            trig = Trigger(
                RelationType.ACCUSE, "svo", (), hit.entry.modality, hit.entry.prior, None
            )
            h: Hit[Trigger] = Hit(v, v, trig, "v", "", "")
            self.add(agent.key, before, trig, h, si, sent, a, b, 1.0, False, False, agent)
            if (
                "," in self.text[doc.tokens[v].end : doc.tokens[v + 1].start]
                and doc.word(v + 1) in ("together", "along")
                and doc.word(v + 2) == "with"
                and (co := doc.mention_at_tok(v + 3 + (doc.word(v + 3) == "the"))) is not None
                and self.actor(co)
                and not co.adjectival
                and (states.get(co.key) or co.key) != (states.get(agent.key) or agent.key)
            ):
                # "..., which it blamed, together with the Pakistani Taliban, for an attack"
                self.add(agent.key, co, trig, h, si, sent, a, b, 1.0, False, False, agent)

    def _relative_pronoun_speaker(self, r: int) -> Ment | None:
        """English: the speaker a pronoun subject of a relative clause at ``r`` ("which it
        blamed", "whom he accused") stands for: the speaker of the statement holding the
        antecedent, of the pronoun's kind (a person for "he"/"she", else "it"/"they"), named
        earlier in the sentence (its mention there)."""
        doc = self.doc
        kind = {"he": "m", "she": "m", "it": "o", "they": "o"}.get(doc.word(r + 1))
        if kind is None or doc.seg is None:
            return None
        st = self.stmt_at(doc.tokens[r - 1].start)  # (the content ends at the antecedent)
        if st is None:
            return None
        if (doc.entity_types.get(st.speaker) == EntityType.PERSON) != (kind == "m"):
            return None
        lo = doc.seg.sents[doc.seg.index_at(doc.tokens[r].start)].start
        found = [m for m in doc.mentions_in(lo, doc.tokens[r].start) if m.key == st.speaker]
        return found[0] if found else None

    def _lead_sents_before(self, si: int) -> list[int]:
        """English: the sentences of the story's lead (the headline and the first sentence
        of the body) that lie before sentence ``si``, latest first: a wire story tells its
        news there and its reactions far below ("Houthi rebels seized a cargo ship ...";
        ten paragraphs on, "Japan condemned the seizure")."""
        doc = self.doc
        if not self.en or doc.seg is None:
            return []
        lead: list[int] = []
        for sj, sent in enumerate(doc.seg.sents):
            if sj >= si:
                break
            lead.append(sj)
            if sent.start >= doc.title_end and self.text[sent.start : sent.end].strip():
                break  # (the first sentence of the body ends the lead)
        return lead[::-1]

    def _told_act_doer_en(self, si: int, own: str, noun: str) -> Ment | None:
        """English: the doer of an act a condemned noun names ("the seizure", "the
        strike") when no relation was coded for it ("Houthi rebels seized a cargo ship.
        Japan condemned the seizure"): the agent of the latest verb of that act
        (``stances.told_act_verbs_en``, "seizure=seized") in the six sentences before or
        the story's lead (a wire story tells the act in its lead, the reactions below), of
        a side other than ``own``."""
        doc = self.doc
        verbs = _told_act_verbs_en().get(noun)
        if not verbs or doc.seg is None:
            return None
        states = doc.entity_states
        # (and the story's lead, however far above: the news the reactions judge)
        for sj in [si - back for back in range(1, 7)] + self._lead_sents_before(si - 6):
            if sj < 0:
                continue
            pa, pb = doc.tok_range(doc.seg.sents[sj])
            for k in range(pa, pb):
                if doc.word(k) not in verbs:
                    continue
                m = self.agent_before(k, max(pa, k - 6), exclude=set())
                if m is None or (states.get(m.key) or m.key) == own:
                    return None
                return m
        return None

    def _condemned_told_acts_ar(self) -> None:
        """Arabic: a condemnation of an act named by a bare definite verbal noun ("وأدان
        الأردن القصف"، "ونددت اليابان بعملية الاستيلاء على السفينة") after a sentence that
        told it ("وقصفت إسرائيل مدرسة في غزة"): the condemner accuses the agent of that
        act's verb (``stances.told_act_verbs_ar``, "القصف=قصف|قصفت") in one of the two
        sentences before, when no relation was coded from the condemning verb."""
        doc = self.doc
        if self.en or doc.seg is None:
            return
        from kg.extractors.relations import relation_matcher  # (the coder imports us)

        acts = _told_act_verbs_ar()
        matcher = relation_matcher("ar")
        coded = {r.trig_start for r in self.rels if r.type is RelationType.ACCUSE}
        states = doc.entity_states
        for si, sent in enumerate(doc.seg.sents):
            a, b = doc.tok_range(sent)
            for v in range(a, b - 2):
                if doc.tokens[v].start in coded:
                    continue
                # (the cheap tests first: the verb is looked up only before an actor
                # and a told act's noun)
                agent = doc.mention_at_tok(v + 1)
                if agent is None or agent.adjectival or not self.actor(agent):
                    continue
                k = agent.t1 + 1
                w = doc.word(k)
                if w.startswith(_AR("ب")) and w[1:3] == _AR("ال"):
                    w = w[1:]  # "ونددت اليابان بالقصف"
                elif w in (_AR("بعملية"), _AR("عملية")):
                    k += 1
                    w = doc.word(k)
                verbs = acts.get(w)
                if not verbs or doc.mention_at_tok(k + 1) is not None:
                    continue  # (an owner named after the noun: the coder's own rule)
                hit = next(
                    (
                        g
                        for g in matcher.find(doc.tokens[v : v + 1])
                        if g.cls in ("v", "i")
                        and g.entry.type is RelationType.ACCUSE
                        and g.entry.frame == "spk"
                        and not g.pron
                    ),
                    None,
                )
                if hit is None:
                    continue
                own = states.get(agent.key) or agent.key
                doer = self._told_act_agent_ar(si, verbs)
                if doer is None or doer.key == agent.key:
                    continue
                if (states.get(doer.key) or doer.key) == own:
                    continue
                trig = Trigger(
                    RelationType.ACCUSE, "spk", (), hit.entry.modality, hit.entry.prior, None
                )
                h: Hit[Trigger] = Hit(v, v, trig, hit.cls, hit.prefix, "")
                self.add(agent.key, doer, trig, h, si, sent, a, b, 1.0, False, False, agent)

    def _passive_told_acts_en(self) -> None:
        """English: an act named by a bare noun at the head of its sentence and judged in
        the passive ("Russian missiles struck Kyiv. The strike was condemned by France
        and Germany", "The expulsion was welcomed by Ukraine"): each actor after "by"
        accuses (or supports) the author of that act told before (as
        :meth:`_told_act_author`), when no relation was coded from the verb."""
        doc = self.doc
        if not self.en or doc.seg is None:
            return
        from kg.extractors.relations import relation_matcher  # (the coder imports us)

        matcher = relation_matcher("en")
        judged = (RelationType.ACCUSE, RelationType.SUPPORT)
        coded = {r.trig_start for r in self.rels if r.type in judged}
        states = doc.entity_states
        for si, sent in enumerate(doc.seg.sents):
            a, b = doc.tok_range(sent)
            k = a + (doc.word(a) == "the")
            noun = doc.word(k)
            if k == a or not (noun in _TOLD_ACTS_EN or noun in _DECISION_NOUNS_EN):
                continue
            k += 1
            if doc.word(k) not in ("was", "were"):
                continue
            k += 1
            if doc.word(k).endswith("ly"):
                k += 1  # "was strongly condemned"
            if k + 1 >= b or doc.word(k + 1) != "by" or doc.tokens[k].start in coded:
                continue
            hit = next(
                (
                    g
                    for g in matcher.find(doc.tokens[k : k + 1])
                    if g.cls in ("v", "x") and g.entry.type in judged and g.entry.frame == "spk"
                ),
                None,
            )
            if hit is None or not doc.word(k).endswith("ed"):
                continue
            judges: list[Ment] = []
            j = k + 2
            while j < b:
                m = doc.mention_at_tok(j)
                if m is None or m.t0 != j or not self.actor(m) or m.adjectival:
                    break
                judges.append(m)
                j = m.t1 + 1
                if doc.word(j) == "and":
                    j += 1  # "France and Germany", "Lithuania, Latvia, and Estonia"
                elif j >= b or "," not in self.text[m.end : doc.tokens[j].start]:
                    break
            for judge in judges:
                own = states.get(judge.key) or judge.key
                doer = self._told_act_author(si, own, noun, 2)
                if doer is None or doer.key == judge.key:
                    continue
                if (states.get(doer.key) or doer.key) == own:
                    continue
                trig = Trigger(hit.entry.type, "spk", (), hit.entry.modality, hit.entry.prior, None)
                h: Hit[Trigger] = Hit(k, k, trig, hit.cls, "", "")
                self.add(judge.key, doer, trig, h, si, sent, a, b, 1.0, False, False, judge)

    def _told_act_agent_ar(self, si: int, verbs: frozenset[str]) -> Ment | None:
        """The agent after (VSO) a verb of ``verbs`` in one of the two sentences before
        ``si`` ("وقصفت إسرائيل"), an actor; None when no such verb or agent."""
        doc = self.doc
        if doc.seg is None:
            return None
        for back in (1, 2):
            if si - back < 0:
                break
            pa, pb = doc.tok_range(doc.seg.sents[si - back])
            for k in range(pa, pb):
                w = doc.word(k)
                if w not in verbs and not (w[:1] in "وف" and w[1:] in verbs):
                    continue
                for j in (k + 1, k + 2):
                    m = doc.mention_at_tok(j)
                    if m is not None and m.t0 == j and self.actor(m) and not m.adjectival:
                        return m
                return None
        return None

    def _implied_requests(self) -> None:
        """ "X told Y that Z must ...", "وأبلغه بأن ... يجب أن": a REQUEST of the speaker to
        the addressee of a telling cue whose content says something must be done
        (``lexicons/implied.tsv``)."""
        doc = self.doc
        assert doc.seg is not None
        words = _implied(doc.lang)
        tell, must = words.get("tell", frozenset()), words.get("must", frozenset())
        for st in self.stmts:
            if st.cue_tok < 0 or st.cue_tok >= len(doc.tokens):
                continue
            cue = doc.word(st.cue_tok)
            stem = cue
            pron = ""
            if not self.en:
                stem = cue[1:] if cue[:1] in "وف" and cue[1:2] and len(cue) > 4 else cue
                for suffix in ("هما", "هم", "ها", "ه"):
                    if stem.endswith(suffix) and stem[: -len(suffix)] in tell:
                        stem, pron = stem[: -len(suffix)], suffix
                        break
            if stem not in tell:
                if self.en:
                    self._implied_demand(st, must)
                else:
                    self._implied_demand_ar(st)
                continue
            content = self._span_words(*doc.tok_range(_span(st.start, st.end)))
            joined = " ".join(content)
            if not any(w in must for w in content) and not any(
                " " in m and m in joined for m in must
            ):
                continue
            addressee = self._addressee(st, pron)
            if addressee is None or addressee.key == st.speaker:
                continue
            if self.en and self._news_agency(addressee.key):
                # "told the BBC that Israel must ...": an interview; the one who must act is
                # asked, not the outlet
                self._implied_demand(st, must)
                continue
            si = doc.seg.index_at(doc.tokens[st.cue_tok].start)
            sent = doc.seg.sents[si]
            a, b = doc.tok_range(sent)
            trig = Trigger(RelationType.REQUEST, "spk", (), Modality.ASSERTED, 0.55, None)
            h: Hit[Trigger] = Hit(st.cue_tok, st.cue_tok, trig, "v", "", pron)
            self.add(st.speaker, addressee, trig, h, si, sent, a, b, 1.0, False, True)

    def _implied_demand(self, st: Stmt, must: frozenset[str]) -> None:
        """ "Beijing said Washington should stop arming Taiwan": the actor that a reported
        statement opens with, followed by a modal of obligation, is asked to act by the
        speaker (not one's own side: "Xi said China must ...", nor a passive "X should be
        punished")."""
        doc = self.doc
        assert doc.seg is not None
        t, t_end = doc.tok_range(_span(st.start, st.end))
        if doc.word(t) in ("that", "the"):
            t += 1
        m = self._actor_at(t)
        if m is None or m.t1 + 2 >= t_end or m.key == st.speaker:
            return
        j = m.t1 + 1
        if doc.word(j) not in must or doc.word(j) in ("need", "have"):
            return
        nxt = doc.word(j + 1)
        if nxt == "not":
            nxt = doc.word(j + 2)
        if nxt in ("be", "have", "been"):
            return
        own = doc.entity_states.get(st.speaker) or st.speaker
        if (doc.entity_states.get(m.key) or m.key) == own:
            return
        si = doc.seg.index_at(doc.tokens[st.cue_tok].start)
        sent = doc.seg.sents[si]
        a, b = doc.tok_range(sent)
        trig = Trigger(RelationType.REQUEST, "spk", (), Modality.ASSERTED, 0.5, None)
        h: Hit[Trigger] = Hit(st.cue_tok, st.cue_tok, trig, "v", "", "")
        self.add(st.speaker, m, trig, h, si, sent, a, b, 1.0, False, True)

    def _implied_demand_ar(self, st: Stmt) -> None:
        """Arabic "على X أن ..." / "يجب على X الالتزام": X must act, so the speaker asks X
        (REQUEST), when "على" opens the content or a clause in it (after "إن"/"أن", a
        comma, "و" or a modal verb, ``stances.must_before_ar``) and "أن" or a definite verbal
        noun follows the actor; not one's own side ("قال الوزير إن على مصر أن ...")."""
        doc = self.doc
        assert doc.seg is not None
        t0, t_end = doc.tok_range(_span(st.start, st.end))
        own = doc.entity_states.get(st.speaker) or st.speaker
        for j in range(t0, t_end - 2):
            w = doc.word(j)
            if w.removeprefix("و").removeprefix("ف") != _AR("على"):
                continue
            before = doc.word(j - 1).removeprefix("و") if j > t0 else ""
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start] if j > 0 else ""
            if not (
                j == t0
                or w != _AR("على")  # "وعلى X أن"
                or before in _MUST_BEFORE_AR
                or "،" in gap
                or "," in gap
                or ":" in gap
                or "«" in gap
            ):
                continue
            m = doc.mention_at_tok(j + 1)
            if m is None or m.t0 != j + 1 or not self.actor(m) or m.key == st.speaker:
                continue
            nxt = doc.word(m.t1 + 1)
            modal = before in _MUST_VERBS_AR  # "يجب على إسرائيل وقف": any verbal noun
            if not (
                nxt == _AR("أن")
                or (nxt.startswith("ال") and len(nxt) >= 6)
                or (modal and len(nxt) >= 3 and nxt not in AR_PREP_WORDS)
            ):
                continue
            if nxt != _AR("أن") and doc.mention_at_tok(m.t1 + 1) is not None:
                continue  # "على الحكومة السورية": the actor's own words, no verbal noun
            if (doc.entity_states.get(m.key) or m.key) == own:
                continue
            obj = self._as_state(m) if m.adjectival else m
            si = doc.seg.index_at(doc.tokens[j].start)
            sent = doc.seg.sents[si]
            a, b = doc.tok_range(sent)
            trig = Trigger(RelationType.REQUEST, "spk", (), Modality.ASSERTED, 0.5, "demand")
            h: Hit[Trigger] = Hit(j, j, trig, "x", "", "")
            self.add(st.speaker, obj, trig, h, si, sent, a, b, 1.0, False, True)
            return

    def _addressee(self, st: Stmt, pron: str) -> Ment | None:
        """Whom a telling cue addresses: the actor right after it ("told Putin"), or, for an
        object pronoun ("أبلغه"), the latest actor named before it other than the speaker."""
        doc = self.doc
        k = st.cue_tok
        if not pron:
            for j in (k + 1, k + 2):
                m = doc.mention_at_tok(j)
                if m is not None and self.actor(m) and not m.adjectival and m.t0 <= k + 2:
                    return m
                if doc.word(j) not in ("the", "his", "her", "its"):
                    break
            return None
        start = doc.tokens[k].start
        for m in reversed(doc.mentions_in(max(0, start - 400), start)):
            if not self.actor(m) or m.adjectival or m.key == st.speaker:
                continue
            if doc.entity_states.get(st.speaker) == m.key:
                continue
            want_person = pron in ("ه", "ها")
            if want_person and m.etype != EntityType.PERSON:
                continue
            return m
        return None
