"""What the relation coder's mixins read of the coder itself.

The coder (``relations._Coder``) is assembled from mixins, each a family of rules in a
module of its own: :class:`~kg.extractors.coder.event_dates.EventDates`,
:class:`~kg.extractors.coder.stances.Stances` and :class:`~kg.extractors.coder.meetings.Meetings`.
Their methods use the coder's state and call its helpers; :class:`CoderBase` declares
those once, as abstract methods the coder overrides, so each mixin only declares what it
alone reads.  The mixins are mypyc traits (:func:`~kg.extractors.native.trait`), so that
the coder compiles to one native class (``scripts/build_native.py``).

The traits of :mod:`kg.extractors.coder` stand on these three mixins, one above
another (each family of rules calls the helpers of the families below it directly).
:class:`CoderBase` also declares the rest of the coder's state they read, and the few
helpers a trait calls that a trait above it defines.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING

from kg.extractors.native import trait

if TYPE_CHECKING:
    from kg.extractors.doc import Doc, Ment
    from kg.extractors.lexicon import Hit
    from kg.extractors.quotes import Stmt
    from kg.extractors.relations import Rel
    from kg.extractors.sentences import Span
    from kg.extractors.triggers import Trigger
    from kg.models import RelationType

__all__ = ["CoderBase"]


@trait
class CoderBase:
    """The coder's state and helpers its mixins share (declarations only)."""

    doc: Doc
    text: str
    en: bool
    stmts: list[Stmt]
    rels: list[Rel]
    prev_subject: str | None
    # the rest of the coder's state (set in ``_Coder.__init__``), read by the traits of
    # :mod:`kg.extractors.coder`
    words: list[str]
    cue_speaker: dict[int, str]
    cue_speakers: dict[int, set[str]]
    _anaphor_objects: set[int]
    _mediated: dict[tuple[int, str], tuple[Ment, Ment]]
    _swap_pairs: set[int]
    _by_start: list[Stmt]
    _stmt_starts: list[int]
    stops: set[int]
    _speech_patient: bool
    _capital_ok: bool
    _struck_place_ok: bool
    _frame_stage: str  # the step of ``Frames._code`` the trigger reached (``code``)
    _aid_place_ok: bool
    _lifting: bool
    _near_ok: bool
    _adj_heads: frozenset[str]
    _no_locative: bool
    _no_locative_place: bool
    _no_source: bool
    last_person: str | None
    last_other: str | None
    members: set[int]
    victims: set[tuple[int, str]]
    _verb_types: dict[int, RelationType]
    _stance_noun_at: list[int] | None
    _speech_verb_ends: set[int]
    _stance_nouns: set[int]
    _act_nouns: set[int]
    _eval_verbs: list[int] | None
    _rel_phrase_verbs: set[int]
    _prev_group: list[Ment]
    _made_accusation: bool

    @abstractmethod
    def actor(self, m: Ment | None) -> bool: ...
    @abstractmethod
    def stmt_at(self, offset: int) -> Stmt | None: ...
    @abstractmethod
    def agent_before(self, t: int, t_min: int, *, exclude: set[str]) -> Ment | None: ...
    @abstractmethod
    def _span_words(self, i: int, j: int) -> list[str]: ...
    @abstractmethod
    def _actor_at(self, k: int) -> Ment | None: ...
    @abstractmethod
    def _first_subject_mention(self, a: int, b: int) -> Ment | None: ...
    @abstractmethod
    def _possessive(self, m: Ment) -> bool: ...
    @abstractmethod
    def _subject_mention(self, r: Rel) -> Ment | None: ...
    @abstractmethod
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
    ) -> None: ...
    # called by a trait below the one that defines it (see :mod:`kg.extractors.coder`)
    @abstractmethod
    def _they_pair(self, si: int) -> tuple[Ment, Ment] | None: ...
