"""What the relation coder's mixins read of the coder itself.

The coder (``relations._Coder``) is assembled from mixins, each a family of rules in a
module of its own: :class:`~kg.extractors.event_dates.EventDates`,
:class:`~kg.extractors.stances.Stances` and :class:`~kg.extractors.meetings.Meetings`.
Their methods use the coder's state and call its helpers; :class:`CoderBase` declares
those once, as abstract methods the coder overrides, so each mixin only declares what it
alone reads.  The mixins are mypyc traits (:func:`~kg.extractors.native.trait`), so that
the coder compiles to one native class (``scripts/build_native.py``).
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
