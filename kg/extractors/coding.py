"""One trigger while the relation coder codes its frame: what the coder's steps pass on.

:meth:`Frames._code <kg.extractors.coder.frame.Frames._code>` codes a trigger in steps (the
``_code_*`` methods of :mod:`kg.extractors.coder.frame`): the frame settled, the patient
span, the agent, the patient, the relations.  The steps share one :class:`Coding`: each
reads the fields it needs and sets those it finds, so that no step takes or returns a long
list of locals.  The classes of :mod:`kg.extractors.coder` are all mypyc traits of the
coder, so this record lives beside the package; it is compiled with it
(``scripts/build_native.py``).
"""

from __future__ import annotations

from kg.extractors.doc import Ment
from kg.extractors.lexicon import Hit
from kg.extractors.sentences import Span
from kg.extractors.statements.statement import Stmt
from kg.extractors.triggers import Trigger

__all__ = ["Coding"]


class Coding:
    """A trigger being coded and what the coder's steps found for it so far.

    ``h`` in sentence ``si`` (``sent``, tokens ``a``..``b``) is fixed; the rest is set by the
    steps in their order: the trigger's entry as it reads here (``trig``), its frame and
    whether it is nominal; where it starts, the statement and clause around it, whether its
    patient may be a place, the confidence factor and the patient span (``after`` to
    ``t_lim``); where a "by" agent would stand and whether it is an English passive; the
    agent (``subj``, its mention, the cue speaker's mention, co-subjects, whom something was
    given to); the patient (its mention, whether a preposition precedes it, further
    patients, the keys excluded).
    """

    h: Hit[Trigger]
    si: int
    sent: Span
    a: int
    b: int
    trig: Trigger
    frame: str
    nominal: bool
    trig_start: int
    stmt: Stmt | None
    clause: Span | None
    place: bool
    factor: float
    after: int
    t_lim: int
    by_at: int
    passive_by: bool
    subj: str | None
    subj_m: Ment | None
    speaker_m: Ment | None
    co_subjects: list[Ment]
    given_to: Ment | None
    obj_m: Ment | None
    by_prep: bool
    more_objects: list[Ment]
    exclude: set[str]

    def __init__(
        self,
        h: Hit[Trigger],
        si: int,
        sent: Span,
        a: int,
        b: int,
        trig: Trigger,
        frame: str,
        nominal: bool,
    ) -> None:
        self.h = h
        self.si = si
        self.sent = sent
        self.a = a
        self.b = b
        self.trig = trig
        self.frame = frame
        self.nominal = nominal
        self.trig_start = -1
        self.stmt = None
        self.clause = None
        self.place = False
        self.factor = 1.0
        self.after = -1
        self.t_lim = -1
        self.by_at = -1
        self.passive_by = False
        self.subj = None
        self.subj_m = None
        self.speaker_m = None
        self.co_subjects = []
        self.given_to = None
        self.obj_m = None
        self.by_prep = False
        self.more_objects = []
        self.exclude = set()

    @property
    def agent(self) -> str:
        """The agent's key, once the agent steps found one (the patient steps read it)."""
        assert self.subj is not None, "no agent found yet"
        return self.subj

    @property
    def patient(self) -> Ment:
        """The patient's mention, once the patient steps found one (the emission reads it)."""
        assert self.obj_m is not None, "no patient found yet"
        return self.obj_m
