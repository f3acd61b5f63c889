"""A parsed cue made a statement (``emit``): the end of its content and the cuts of its tail
(a motive after a quotation, a second predicate, a relative aside), one statement per member
of a pair subject, and a second reported clause after a repeated complementiser.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from kg.extractors.lexicon import Hit
from kg.extractors.sentences import Span
from kg.extractors.speakers_ar import _is_comp
from kg.extractors.statements.claims import _is_outlet
from kg.extractors.statements.speakers import Speakers
from kg.extractors.statements.statement import Cue, Stmt
from kg.extractors.statements.words import (
    _AR_MOTIVES,
    _COMMAS,
    _DATELINE,
    _EN_CARRIED_TAIL,
    _EN_FINITE,
    _EN_IRREGULAR_PAST,
    _EN_PLAIN_SAY,
    _EN_SECOND_PREDICATE,
    _EN_SUBJECT_NOUN_NO_CUT,
    _PLAIN_SAYING,
    _REPEATED_COMP,
    _ar_finite_verbs,
)
from kg.models import EntityType

__all__ = ["Emission"]


class Emission(Speakers):
    """A parsed cue made a statement."""

    def _motive_after_quote(self, start: int, end: int) -> int | None:
        """Arabic: the end of the first quotation in ``[start, end)`` when a comma and a
        word of motive follow it («...»، احتجاجا على / ردا على): what follows is why the
        act was done, told by the writer, not more of the claim; else None."""
        doc = self.doc
        k = bisect_right(self._quote_opens, start - 1)
        if k >= len(self.quotes):
            return None
        q = self.quotes[k]
        if not start <= q.open < end or q.close < 0 or q.close + 1 >= end:
            return None
        nxt = doc.tok_after(q.close + 1)
        if nxt >= len(doc.tokens):
            return None
        gap = self.text[q.close + 1 : doc.tokens[nxt].start]
        if gap.strip() not in ("،", ",") or doc.word(nxt) not in _AR_MOTIVES:
            return None
        return q.close + 1

    def _emit_pair(
        self,
        pair: tuple[str, str, bool],
        h: Hit[Cue],
        start: tuple[int, int, bool] | None,
        si: int,
        sent: Span,
        b: int,
        conf: float,
    ) -> int:
        """One statement for each of a pair subject (see :meth:`_pair_subject`); two states
        ("the two countries said they") are also what the content is about."""
        if start is None:
            return h.last
        doc = self.doc
        outer = self._containing(doc.tokens[h.first].start)
        if (
            not self.en
            and not pair[2]
            and outer is not None
            and doc.entity_types.get(outer.speaker) != EntityType.PERSON
            and (state := doc.entity_states.get(outer.speaker)) is not None
            and len(own := [p for p in pair[:2] if doc.entity_states.get(p) == state]) == 1
        ):
            # "أفاد بيان الرئاسة المصرية بأن الزعيمين شددا على": the body relays its own side
            return self.emit(own[0], h, start, si, sent, b, None, conf * 0.8)
        n = len(self.stmts)
        last = self.emit(pair[0], h, start, si, sent, b, None, conf * 0.8)
        if len(self.stmts) > n:
            if pair[2]:
                self.stmts[-1].addressed = [pair[0], pair[1]]  # "they" in the content: both
            self.stmts.append(replace(self.stmts[-1], speaker=pair[1]))
        return last

    def _split_repeated(self) -> None:
        """A second reported clause after a repeated complementiser ("إن X، وإن Y", "that
        X, and that Y") is a second statement of the same speaker."""
        out: list[Stmt] = []
        for s in self.stmts:
            m = None if s.direct else _REPEATED_COMP.search(self.text, s.start, s.end)
            if self.en and s.end <= s.cue_start:
                m = None  # "X agreed that A, and that B, according to Y": the "that"s are X's
            if m is None or m.start() - s.start < 8 or s.end - m.end() < 8:
                out.append(s)
                continue
            first = replace(s, end=self._trim_end(s.start, m.start()))
            second = replace(s, start=m.end(), confidence=s.confidence * 0.95, reported_in=None)
            out.extend((first, second))
        self.stmts = out

    def _said_cue(self, st: Stmt) -> bool:
        """The statement's cue is a plain verb of saying ("said", "told", "قال")."""
        w = self.text[st.cue_start : st.cue_end].lower()
        return w.split()[0] in _PLAIN_SAYING if w.split() else False

    def _relative_aside(self, k: int, sent: Span) -> bool:
        """English: the cue at ``k`` sits in a relative clause set off by a comma ("The
        attack, which Kyiv said killed 12 civilians, drew ..."): its content ends at the
        comma that closes the clause."""
        doc = self.doc
        for j in range(k - 1, max(doc.tok_after(sent.start) - 1, k - 6), -1):
            if doc.word(j) in ("which", "that", "who", "whom"):  # ", whom X branded a Y, ..."
                return "," in self.text[doc.tokens[j - 1].end : doc.tokens[j].start] if j else False
        return False

    def _en_subject_noun_end(self, h: Hit[Cue], sent: Span, t: int, s_end: int) -> int | None:
        """English: where the content of a statement noun that is its sentence's subject
        ends ("Britain's announcement that it would send missiles angered Moscow"): at the
        past-tense main verb after the clause's own finite verb, with its object after it
        (not a participle "missiles armed with ...")."""
        doc = self.doc
        if h.entry.kind != "noun":
            return None
        a, _ = doc.tok_range(sent)
        if h.first - a > 5 or "," in self.text[sent.start : doc.tokens[h.first].start]:
            return None
        if any(doc.word(j) in _EN_FINITE or j in self._cue_hits for j in range(a, h.first)):
            return None
        finite = False
        for j in range(t, doc.tok_after(s_end)):
            w = doc.word(j)
            past = (
                (w in _EN_IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4))
                and doc.mention_at_tok(j) is None
                and doc.tokens[j].text.islower()
            )
            if (
                finite
                and past
                and doc.word(j - 1) not in _EN_SUBJECT_NOUN_NO_CUT
                and doc.word(j + 1) not in _EN_SUBJECT_NOUN_NO_CUT
                and not _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start])
            ):
                return doc.tokens[j].start
            finite = finite or past or w in _EN_FINITE
        return None

    def emit(
        self,
        speaker: str,
        h: Hit[Cue],
        start: tuple[int, int, bool],
        si: int,
        sent: Span,
        b: int,
        via: str | None,
        conf: float,
    ) -> int:
        doc = self.doc
        off, t_content, direct = start
        if direct:
            q = self._quote_by_open.get(off)
            if q is None:
                return h.last
            self.claimed.add(q.open)
            s_start, s_end = q.start, q.end
        elif off < doc.tokens[h.first].start:
            s_start = off
            limit = doc.tokens[h.first].start
            named = [m for m in doc.mentions_in(off, limit) if m.key == speaker]
            if named and self.text.rfind(",", off, named[-1].start) > off:
                # "..., Alireza X, the province's deputy governor, told": the content ends
                # before the speaker and the apposition
                limit = named[-1].start
            s_end = self._trim_end(off, self.text.rfind(",", off, limit) + 1)
            told = next(
                (
                    x
                    for x in self.stmts
                    if x.sent == si and x.start < s_end and s_start < x.end and x.speaker != speaker
                ),
                None,
            )
            if told is not None and doc.entity_types.get(speaker) != EntityType.PERSON:
                # "X said ..., the Tasnim news agency reported": the agency relays X
                if told.via is None:
                    told.via = speaker
                if _is_outlet(speaker) or told.direct or self._said_cue(told):
                    return h.last
                # "Secretary X spoke to Y and urged him to ..., the State Department said":
                # the department's own account of what X did
        else:
            s_start = off
            s_end = self.content_end(off, max(t_content, h.last + 1), sent, b)
            if not self.en and (cut := self._second_predicate(h, t_content, s_end)) is not None:
                s_end = self._trim_end(s_start, cut)  # "أعربت عن «قلقها» وسحبت سفيرها"
            if not self.en and (cut := self._motive_after_quote(s_start, s_end)) is not None:
                s_end = cut  # "سحب سفيرها «بأثر فوري»، احتجاجا على ...": the act's motive
            if (
                self.en
                and self._relative_aside(h.first, sent)
                and ((comma := self.text.find(",", s_start, s_end)) > s_start)
            ):
                s_end = self._trim_end(s_start, comma)  # "the attack, which Kyiv said killed 12"
            if self.en and (tail := _EN_CARRIED_TAIL.search(self.text, s_start, s_end)):
                # "..., in remarks carried by the IRNA news agency": the outlet relays; not
                # the speaker's words
                if via is None:
                    via = self._en_carried_by(doc.tok_after(tail.start()), doc.tok_after(s_end))
                s_end = self._trim_end(s_start, tail.start())
            if self.en and h.entry.comp == "quote":
                s_end = self._naming_tail_cut(s_start, s_end)
            if self.en and (cut := self._en_subject_noun_end(h, sent, t_content, s_end)):
                s_end = self._trim_end(s_start, cut)  # "X's announcement that ... angered Y"
            if (
                self.en
                and h.entry.comp == "any"
                and h.entry.kind == "say"
                and doc.word(h.first) not in _EN_PLAIN_SAY
                and not self.text[max(0, s_start - 5) : s_start].rstrip().endswith("that")
                and (co := _EN_SECOND_PREDICATE.search(self.text, s_start, s_end)) is not None
            ):
                # "X has called for calm ..., and has proposed early elections": the
                # subject's next act, not part of the object it called for
                s_end = self._trim_end(s_start, co.start())
        while s_start < s_end and self.text[s_start].isspace():
            s_start += 1
        if not direct and (dl := _DATELINE.match(self.text, s_start, s_end)) is not None:
            s_start = dl.end()  # "ANKARA — Turkey has halted ...": not the speaker's words
        if s_end <= s_start:
            return h.last
        cue_start = doc.tokens[h.first].start
        cue_end = doc.tokens[h.last].end
        source = self._citing.pop(si, None)
        if source is not None and source != speaker and via is None:
            speaker, via = source, speaker  # "X, citing Y, reported that"
        account = self._relayed.pop(si, None)
        if account is not None and account != speaker and via is None:
            via = account  # "According to Ankara's account, Lavrov urged ..."
        self.stmts.append(
            Stmt(
                speaker,
                cue_start,
                cue_end,
                s_start,
                s_end,
                direct,
                via=via,
                confidence=conf,
                sent=si,
                cue_tok=h.first,
                addressed=[k for k in self._addressed if k != speaker],
                found_by="cue",
            )
        )
        self._addressed = []
        self.remember(speaker)
        return max(h.last, t_content - 1)

    def _second_predicate(self, h: Hit[Cue], t: int, end: int) -> int | None:
        """Arabic: where a content that is the object of its cue (a noun phrase: "عن قلقها",
        "بالخطوة", "الهجوم") ends at "و" + a perfect verb of the lexicons, the subject's
        next act ("...، واستدعت السفير"): that offset, else None.  A content that opens
        with a complementiser is a clause, whose own verbs go on."""
        doc = self.doc
        if t >= len(doc.tokens) or _is_comp(doc.word(t)) or _is_comp(doc.word(t - 1)):
            return None  # "إن الرئيس تحدث ... وأبلغه": the verbs of a reported clause
        verbs = _ar_finite_verbs()
        for j in range(t + 1, doc.tok_after(end)):
            w = doc.word(j)
            if _is_comp(w):
                return None  # "دعا إلى ... وأكد أن": a clause after all
            if w[:1] == "و" and w[1:] in verbs and doc.mention_at_tok(j) is None:
                return doc.tokens[j].start
        return None
