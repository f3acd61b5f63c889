"""Attributed statements: direct quotes and reported speech, with their speakers.

Two passes over an article (normalised, see :mod:`kg.extractors.doc`):

1. **Cues.**  Every attribution cue of the language's cue lexicon
   (``lexicons/<lang>_cues.tsv``: قال، أكد، أعرب عن، مؤكدا، قوله، نقل عن، وفقا
   لـ; said, told reporters, according to ...) is parsed with a small frame:
   who speaks (the subject after an Arabic verb, before an English one, a
   pronoun, or the previous speaker for a subject-less "وأضاف"/"he added" and
   for participles), who relays (``نقلت وكالة X عن Y قوله``, "X quoted Y as
   saying", "according to X"), and where the content starts (after أن/إن/that,
   a colon, an opening quotation mark, the cue's preposition, or the object
   for cues like أكد/condemned).  Content runs to the end of the sentence or to
   the next cue that takes over ("، مؤكدا أن", ", adding that"); when it opens
   with a quotation mark the statement is *direct* and its content is what is
   inside the marks.
2. **Quotes.**  Quotation marks of every style (“” "" «» ‘’ „“ '' and
   unbalanced or unclosed ones) are paired per paragraph.  A quote no cue
   claimed is attributed by a cue right after it (``“...,” Peskov said``,
   ``«...»، قال بوتين``), or continues the speaker of the quote right before
   or after it (``“...,” he told reporters. “...”``).

Statements whose cue lies inside another statement's content are nested: the
inner one is ``reported_in`` the outer one and relayed ``via`` its speaker.
A cue inside a direct quote counts when it has its own named subject ("“Xi
told me that ...,” Biden said", «كيف قالها لي الرئيس بوتين؟ ...»: the inner
content is the rest of the clause, or the quote's next sentence), and its
``about`` includes the relaying speaker when the content addresses "you"/"أنت".

Other speakers found: the subject of the content that carries a cue joined by
و ("إن الرئيس تحدث مع بوتين وأبلغه بأن"); the body that issues a document
("تصويت البرلمان الأوروبي على قرار يطالب تونس"); the previous speaker for a
second cue joined by "، و" ("نفى سعيد ...، ووصف التصويت"); a relayer written
before "عن" only ("ونقل البيان عن أردوغان قوله": the relayer is not linked).
Unnamed officials ("a senior Egyptian official", "مسؤول إسرائيلي") are actors
made by :mod:`kg.extractors.bodies`, so they speak like any other.

Not statements: a reported content that is a bare event noun or pronoun ("condemned
the raid", "وإدانته لها"); a quotation with more words of its clause between it and
an Arabic cue after it ("بشن «هجمات» على الحدود، مطالبا").  A verb whose subject is
an unlinked plural ("ويقول محللون إن") or an unlinked aide after "X's <title>," does
not fall back to the previous speaker or to X.

The speaker of an Arabic cue verb (its subject, the person a body speaks through, a
dignitary taken up by a style of address ...) is found by the finder's mixin
:class:`kg.extractors.speakers_ar.SpeakersAr`.

The finder (:class:`_Finder`) is a stack of families of rules, one module each in
:mod:`kg.extractors.statements` (see its docstring); the records, the pairing of quotation
marks, the word lists and the tests of what is a claim are there too.  This module runs the
finder over a document and keeps the statements that are claims (:func:`find_statements`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from kg.extractors.doc import Doc
from kg.extractors.lexicon import Hit
from kg.extractors.statements.claims import (
    _ar_according_relayed,
    _ar_headline_end,
    _ar_resumptive_content,
    _bare_reference,
    _condemned_object,
    _en_background_noun_cue,
    _en_bare_thanks,
    _en_demand_cue,
    _en_headline_end,
    _en_media_report,
    _en_misread,
    _en_object_act,
    _en_own_state_relayed,
    _keep,
    _state_reported_inside,
    _thanks_only,
)
from kg.extractors.statements.cues import Cues
from kg.extractors.statements.marks import Quote, find_quotes
from kg.extractors.statements.statement import Cue, Stmt, cue_matcher

__all__ = ["Cue", "Quote", "Stmt", "cue_matcher", "find_quotes", "find_statements"]


class _Finder(Cues):
    """The statement finder: the families of :mod:`kg.extractors.statements` run."""

    # ------------------------------------------------------------------ main
    def run(self) -> list[Stmt]:
        doc = self.doc
        assert doc.seg is not None
        hits = doc.lexicon_hits.get("cues")
        if hits is None:
            hits = cue_matcher(doc.lang).find(doc.tokens)
        self._cue_hits: dict[int, list[Hit[Cue]]] = {}
        for h in hits:
            self._cue_hits.setdefault(h.first, []).append(h)
        mention_iter = 0
        n_ments = len(doc.mentions)
        cue_toks = sorted(self._cue_hits)
        head_end = _en_headline_end(self.text) if self.en else _ar_headline_end(self.text)
        for si, sent in enumerate(doc.seg.sents):
            a, b = doc.tok_range(sent)
            consumed: set[int] = set()
            lo = bisect_right(cue_toks, a - 1)
            for k in cue_toks[lo : bisect_right(cue_toks, b - 1)]:
                # keep pronoun antecedents current
                while mention_iter < n_ments and doc.mentions[mention_iter].t0 < k:
                    m = doc.mentions[mention_iter]
                    if doc.is_actor(m) and not m.adjectival:
                        self.remember(m.key)
                    mention_iter += 1
                if k in consumed or k not in self._cue_hits:
                    continue
                if sent.start < doc.title_end or sent.start < head_end:
                    continue
                h = self._pick(self._cue_hits[k])
                inside = self.in_quote(doc.tokens[k].start)
                if inside is not None:
                    used = self.handle_inner_cue(h, inside, si, sent, a, b)
                    consumed.update(range(h.first, used + 1))
                    continue
                used = self.handle_cue(h, si, sent, a, b)
                consumed.update(range(h.first, used + 1))
        self.attribute_quotes()
        self._split_repeated()
        if self.en:
            self._reresolve_pronouns()
        self.stmts.sort(key=lambda s: (s.start, s.cue_start))
        self.nest()  # after sorting: reported_in holds list indices
        return self.stmts


def find_statements(doc: Doc) -> list[Stmt]:
    """All attributed statements of a prepared :class:`Doc` (see the module doc)."""
    # (here: kg.extractors.about uses this module's Stmt and helpers)
    from kg.extractors.about import _fill_about_and_dates

    finder = _Finder(doc)
    stmts = finder.run()
    if finder.aside_cues:
        stmts = _keep(stmts, [st for st in stmts if st.cue_start not in finder.aside_cues])
    seen: set[tuple[str, str]] = set()
    unique: list[Stmt] = []
    for st in stmts:
        key = (st.speaker, " ".join(doc.text[st.start : st.end].split()))
        if key in seen:
            continue
        seen.add(key)
        unique.append(st)
    stmts = _keep(stmts, unique)
    # "أشار البلاغ إلى أن الملك أبلغ الرئيس بأن ..." read as the king's twice: the outer
    # statement whose content only holds the same speaker's own cue and words goes
    restated = {
        id(o)
        for o in stmts
        if not o.direct
        and any(
            x is not o
            and x.speaker == o.speaker
            and o.start <= x.cue_start < o.end
            and x.start >= o.start
            and x.end <= o.end + 2
            for x in stmts
        )
    }
    if restated:
        stmts = _keep(stmts, [st for st in stmts if id(st) not in restated])
    if doc.lang != "ar":
        stmts = _keep(stmts, _en_own_state_relayed(doc, stmts))
    else:
        stmts = _keep(stmts, _ar_according_relayed(doc, stmts))
    _fill_about_and_dates(doc, stmts)
    # bare references still give the context of ``about`` above, but are no claims
    claims = [
        st
        for st in stmts
        if not _bare_reference(doc, st)
        and not _thanks_only(doc, st)
        and not _en_media_report(doc, st)
        and not _en_misread(doc, st)
        and not _en_background_noun_cue(doc, st)
        and not (_state_reported_inside(doc, st) and finder.in_quote(st.cue_start) is None)
        and not _ar_resumptive_content(doc, st)
    ]
    acts = {
        id(st)
        for st in claims
        if _condemned_object(doc, st) or _en_object_act(doc, st) or _en_bare_thanks(doc, st)
    }
    if acts:
        # (the relations read the condemnations, not the demands: "demanded X's release")
        told = [st for st in claims if id(st) not in acts or not _en_demand_cue(doc, st)]
        if len(told) > len(claims) - len(acts):
            _keep_acts_for_relations(doc, stmts, {id(st) for st in told})
        claims = [st for st in claims if id(st) not in acts]
    return _keep(stmts, claims)


def _keep_acts_for_relations(doc: Doc, stmts: list[Stmt], kept: set[int]) -> None:
    """Leave on ``doc`` (``Doc.relation_statements``) copies of the statements
    ``kept`` (object ids in ``stmts``) including the act-only ones ("Norway condemned the
    shelling of ...", "She condemned the launch", "ندد الأردن بالغارات"): no statements by
    the gold convention, but the relations still take the act's subject (a pronoun or a
    speaker the finder resolved) and its target from them, as when they were statements."""
    copies = [replace(st) for st in stmts]
    doc.relation_statements = _keep(
        copies, [c for st, c in zip(stmts, copies, strict=True) if id(st) in kept]
    )
