"""The statement finder of :mod:`kg.extractors.quotes`, one module per family of rules.

``quotes._Finder`` is one class built as a stack: each family of its rules is a class on the
one below it (plain classes, one base each, so mypyc compiles them as native classes), the
lowest on :class:`kg.extractors.speakers_ar.SpeakersAr`, the Arabic speakers, which declares
the helpers of the families above it that it calls.  From the bottom:

* :mod:`~kg.extractors.statements.base` -- the finder's state and the look-ups every family
  uses (the quotation around an offset, the actor before or after a token, the last speakers);
* :mod:`~kg.extractors.statements.occasions` -- the occasion a statement is made on ("في كلمة
  ألقاها"، "في بيان لوزارة الخارجية"), between a cue and its content;
* :mod:`~kg.extractors.statements.openings` -- where a cue's content opens (``content_start``);
* :mod:`~kg.extractors.statements.joint` -- joint speakers: coordinated subjects, the states
  after a collective head, pair subjects ("the two sides", "الجانبان");
* :mod:`~kg.extractors.statements.endings` -- where an indirect content ends (``content_end``);
* :mod:`~kg.extractors.statements.speakers_en` -- the speaker of an English cue;
* :mod:`~kg.extractors.statements.pronouns` -- speakers told before: pronouns and the subject
  of the sentence;
* :mod:`~kg.extractors.statements.issuers` -- bodies and documents that issue statements;
* :mod:`~kg.extractors.statements.speakers` -- the speaker of a cue read from its clause;
* :mod:`~kg.extractors.statements.emission` -- a parsed cue made a statement (``emit``);
* :mod:`~kg.extractors.statements.relays` -- relays and sources ("X quoted Y as saying",
  "نقلت وكالة X عن Y", "according to X");
* :mod:`~kg.extractors.statements.attribution` -- quotations no cue claimed, cues inside
  quotations, and the nesting of statements;
* :mod:`~kg.extractors.statements.cues` -- one cue parsed (``handle_cue``).

Beside the stack: the records (:mod:`~kg.extractors.statements.statement`: ``Stmt``, ``Cue``
and the cue matcher), the pairing of quotation marks
(:mod:`~kg.extractors.statements.marks`), the word lists and patterns the rules read
(:mod:`~kg.extractors.statements.words`) and the tests that drop found statements that are no
claims (:mod:`~kg.extractors.statements.claims`).

After the finder: the learnt statement filter (:mod:`~kg.extractors.statement_filter`), which
the pipeline runs on the finder's statements once the relations have read them.
"""
