"""The relation coder of :mod:`kg.extractors.relations`, one module per family of rules.

``relations._Coder`` is one class assembled from mypyc traits (:func:`kg.extractors.native.trait`).
The traits of this package form a stack, each building on the ones below it (its base class),
so a rule calls the helpers of lower families directly; the few calls that go upwards, and
the coder's state, are declared in :class:`kg.extractors.coder.base.CoderBase`.  From the
bottom:

* :mod:`~kg.extractors.coder.stances`, :mod:`~kg.extractors.coder.meetings` and
  :mod:`~kg.extractors.coder.event_dates` -- three mixins side by side: stances and
  evaluations told in speech; the parties of meetings, visits, calls and mediation; an
  undated act dated by the story it is told in;
* :mod:`~kg.extractors.coder.timing` -- the date of an act: the time expression of its clause;
* :mod:`~kg.extractors.coder.mentions` -- the actors around a trigger: the patient after it,
  the agent before it, adjectives standing for states;
* :mod:`~kg.extractors.coder.modality` -- negation, intention and hypothesis before a trigger;
* :mod:`~kg.extractors.coder.sides` -- pairs and groups: two sides, duals, coordinated actors;
* :mod:`~kg.extractors.coder.references` -- pronouns: whom a suffix, "it" or "he" stands for;
* :mod:`~kg.extractors.coder.subjects` -- the subject of a clause (VSO, circumstantial, "by");
* :mod:`~kg.extractors.coder.nouns` -- the agent of a verbal noun;
* :mod:`~kg.extractors.coder.authors` -- the doer of an act told or judged in speech;
* :mod:`~kg.extractors.coder.admission` -- ``add``: the checks a coded relation passes;
* :mod:`~kg.extractors.coder.arguments` -- arguments of particular constructions;
* :mod:`~kg.extractors.coder.frame` -- ``_code``: a trigger's frame filled, in steps that share
  one :class:`kg.extractors.coding.Coding` (a plain class, so beside this package of traits);
* :mod:`~kg.extractors.coder.passes` -- the passes over a whole document that ``run`` makes.

The word lists and patterns the rules read are in :mod:`~kg.extractors.coder.words`; the
relation record, the lexicon matcher and the calibration in :mod:`~kg.extractors.coder.relation`.
"""
