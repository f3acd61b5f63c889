"""What the relation coder's mixins read of the coder itself.

The coder (``relations._Coder``) is assembled from mixins, each a family of rules in a
module of its own: :class:`~kg.extractors.event_dates.EventDates`,
:class:`~kg.extractors.stances.Stances` and :class:`~kg.extractors.meetings.Meetings`.
Their methods use the coder's state and call its helpers; :class:`CoderBase` declares
those once, for the type checker (at run time it is an empty class), so each mixin only
declares what it alone reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extractors.doc import Doc, Ment
    from kg.extractors.lexicon import Hit
    from kg.extractors.quotes import Stmt
    from kg.extractors.relations import Rel
    from kg.extractors.sentences import Span
    from kg.extractors.triggers import Trigger

__all__ = ["CoderBase"]


class CoderBase:
    """The coder's state and helpers its mixins share (declarations only)."""

    doc: Doc
    text: str
    en: bool
    stmts: list[Stmt]
    rels: list[Rel]
    prev_subject: str | None

    if TYPE_CHECKING:

        def actor(self, m: Ment | None) -> bool: ...
        def stmt_at(self, offset: int) -> Stmt | None: ...
        def agent_before(self, t: int, t_min: int, *, exclude: set[str]) -> Ment | None: ...
        def _span_words(self, i: int, j: int) -> list[str]: ...
        def _actor_at(self, k: int) -> Ment | None: ...
        def _first_subject_mention(self, a: int, b: int) -> Ment | None: ...
        def _possessive(self, m: Ment) -> bool: ...
        def _subject_mention(self, r: Rel) -> Ment | None: ...
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
