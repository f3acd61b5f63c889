"""Quotations no cue claimed, attributed by a cue right after them or by the quotation before
(``attribute_quotes``); cues inside a quotation with their own subject (``handle_inner_cue``);
and the nesting of statements whose cue is inside another's content (``nest``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from kg.extractors.doc import Ment
from kg.extractors.lexicon import Hit
from kg.extractors.sentences import Span
from kg.extractors.statements.claims import _ar_headline_end, _en_headline_end
from kg.extractors.statements.marks import _ALL_MARKS, Quote
from kg.extractors.statements.relays import Relays
from kg.extractors.statements.statement import Cue, Stmt
from kg.extractors.statements.words import (
    _AR_ATTRIBUTION_LEADS,
    _AR_TO_ME,
    _EN_ABBREV_DOTS,
    _EN_PRONOUNS,
)
from kg.models import EntityType

__all__ = ["Attribution"]


class Attribution(Relays):
    """Quotations attributed after the cues; cues inside quotations; nesting."""

    def handle_inner_cue(self, h: Hit[Cue], q: Quote, si: int, sent: Span, a: int, b: int) -> int:
        """A speech verb inside a direct quote with its own named subject ("“Putin told me
        that he wants a deal,” Trump said", «قال لي الرئيس بوتين: ...»): a nested
        statement; its content is the rest of the clause, or the next sentence of the
        quote when the verb ends its own ("كيف قالها لي الرئيس بوتين؟ لو لم تكن ...")."""
        doc = self.doc
        if h.entry.kind != "say":
            return h.last
        k = h.first
        q_end = q.close if q.close >= 0 else q.end
        lo = max(a, doc.tok_after(q.start))
        hi = min(b, doc.tok_after(q_end))
        speaker: Ment | None = None
        t = h.last + 1
        if self.en:
            speaker = self._en_subject(k, lo)
            if speaker is None and self._pronoun_tok(k, lo) is None:
                # (not '"We condemn Russia's attack," X said': "we" speak, of Russia)
                m = doc.mention_at_tok(t)
                if (
                    m is not None
                    and self.speaker_ok(m)
                    and doc.prep_of(m) is None
                    and not self._possessive(m)
                ):
                    speaker, t = m, m.t1 + 1
        else:
            if h.cls == "i" and doc.word(k)[len(h.prefix) : len(h.prefix) + 1] in ("ن", "ا"):
                return h.last  # «...، ونطالب السلطات بحماية ...»: "we" demand, the speaker's own
            before = doc.mention_at_tok(k - 1) if k == lo and k > 0 else None
            if before is not None and before.t1 == k - 1 and doc.prep_of(before) is None:
                # 'إن برلين "تدعو روسيا إلى": the subject stands before the quote
                if not self.speaker_ok(before) or before.adjectival:
                    return h.last
                speaker = before
            elif k == lo and k > 0 and doc.word(k - 1).startswith("ال"):
                return h.last  # 'إن الاتحاد "يدعو الجزائر إلى": its subject, not linked
            while t < hi and doc.word(t) in _AR_TO_ME:
                t += 1
            m = doc.mention_at_tok(t)
            if speaker is None and m is not None and self.speaker_ok(m) and doc.prep_of(m) is None:
                speaker, t = m, m.t1 + 1
        if speaker is None or speaker.adjectival:
            return h.last
        w = doc.word(k)
        if self.en and speaker.etype == EntityType.STATE and w[-1:] == "s" and w != "says":
            return h.last  # '"The Chinese government expresses its firm opposition ..."'
        start = self.content_start(t, hi, h.entry.comp)
        if start is None or start[0] >= q_end:
            assert doc.seg is not None
            nxt = si + 1
            if nxt >= len(doc.seg.sents) or doc.seg.sents[nxt].start >= q_end:
                return h.last
            s_start, s_end = doc.seg.sents[nxt].start, min(doc.seg.sents[nxt].end, q_end)
        else:
            s_start = start[0]
            s_end = min(self.content_end(s_start, max(start[1], h.last + 1), sent, b), q_end)
        while s_start < s_end and self.text[s_start].isspace():
            s_start += 1
        s_end = self._trim_end(s_start, s_end)
        if s_end - s_start < 3:
            return h.last
        self.stmts.append(
            Stmt(
                speaker.key,
                doc.tokens[k].start,
                doc.tokens[h.last].end,
                s_start,
                s_end,
                True,
                confidence=h.entry.prior * 0.8,
                sent=si,
                cue_tok=k,
                found_by="inner",
            )
        )
        return h.last

    # ------------------------------------------------------------------ quotes
    def attribute_quotes(self) -> None:
        doc = self.doc
        assert doc.seg is not None
        matcher_hits = self._cue_hits
        direct_quotes = [
            q
            for q in self.quotes
            if q.open not in self.claimed
            and not self._quoted_name(q, doc.tok_after(q.start))
            and not self._dateline_outlet(q)
            and not self._quoted_mention(q)
        ]  # (not a name: "منصة «تروث سوشيال»", "told the daily "Hurriyet"", «حماس»)
        if self.en:
            # words quoted inside a quotation ('"... the false impression of 'two Chinas'
            # ...," the ministry said') are part of that statement, not one of their own
            outer = [(q.open, q.close) for q in direct_quotes if q.close > q.open]
            direct_quotes = [
                q
                for q in direct_quotes
                if not any(o < q.open and q.close < c for o, c in outer if q.close >= 0)
            ]
        by_quote: dict[int, Stmt] = {}
        co_said: list[Stmt] = []
        # (an Arabic headline ending in a quotation, "... تبناه «الحرس الثوري»", is not
        # taken for the title, but holds no statement either: see _ar_headline_end)
        head_end = max(
            doc.title_end,
            _en_headline_end(self.text) if self.en else _ar_headline_end(self.text),
        )
        for q in direct_quotes:
            if q.open < head_end:
                continue
            if self._inside_claimed(q):
                continue
            ntok = len(doc.tokens[doc.tok_after(q.start) : doc.tok_after(q.end)])
            if ntok < 2:
                continue
            close = q.close if q.close >= 0 else q.end
            st = self._cue_after(q, close, matcher_hits)
            if st is not None:
                relay = self._quote_relay.get(q.open)
                if relay is not None and st.via is None and relay != st.speaker:
                    st.via = relay  # '"...," Kim said, according to KCNA'
                by_quote[q.open] = st
                if self.en and st.cue_tok > 0:
                    # '"...," Iran and Russia said': each of the coordinated speakers
                    sm = doc.mention_at_tok(st.cue_tok - 1)
                    if sm is not None and sm.key == st.speaker:
                        co_said += [
                            replace(st, speaker=co.key, about=[], addressed=[])
                            for co in self._co_subjects(sm)
                        ]
        # continuation: a quote right after (or before) an attributed one
        ordered = sorted(direct_quotes, key=lambda q: q.open)
        for _ in range(2):
            for i, q in enumerate(ordered):
                if q.open in by_quote or q.open < head_end or self._inside_claimed(q):
                    continue
                ntok = len(doc.tokens[doc.tok_after(q.start) : doc.tok_after(q.end)])
                if ntok < 2:
                    continue
                prev = self._prev_attributed(q, by_quote)
                if prev is not None and not self.en and self._joins_partial(prev, q):
                    continue
                nxt = ordered[i + 1] if i + 1 < len(ordered) else None
                src: Stmt | None = prev
                if src is None and nxt is not None and nxt.open in by_quote:
                    gap = self.text[(q.close if q.close >= 0 else q.end) + 1 : nxt.open]
                    if gap.strip(" ") == "":
                        src = by_quote[nxt.open]
                if src is None:
                    continue
                si = doc.seg.index_at(q.start)
                by_quote[q.open] = Stmt(
                    src.speaker,
                    src.cue_start,
                    src.cue_end,
                    q.start,
                    q.end,
                    True,
                    via=src.via,
                    confidence=src.confidence * 0.9,
                    sent=si,
                    cue_tok=src.cue_tok,
                    found_by="next_quote",
                )
        self.stmts.extend(by_quote.values())
        self.stmts.extend(co_said)

    def _joins_partial(self, prev: Stmt, q: Quote) -> bool:
        """Arabic: a quotation ``q`` that goes on the clause of the quotation of ``prev``,
        which its cue opened without a colon ("متعهدا «إعادة الأمن» إلى الإقليم «بكل
        الوسائل»"): one reported clause quoting two phrases, not two direct quotes.
        Extends ``prev`` over both (an indirect statement) and returns True."""
        if not prev.direct or q.close < 0:
            return False
        pq = next((x for x in self.quotes if x.start == prev.start), None)
        if pq is None or pq.close < 0 or pq.open < prev.cue_end:
            return False
        text = self.text
        if ":" in text[prev.cue_end : pq.open]:
            return False  # 'قال: «...» ...': a direct quotation of its own
        gap = text[pq.close + 1 : q.open]
        words = gap.split()
        if not 1 <= len(words) <= 6 or set(gap) & (_ALL_MARKS | set(".,،؛;:!?؟\n")):
            return False
        doc = self.doc
        if any(t in self._cue_hits for t in range(doc.tok_after(pq.close), doc.tok_after(q.open))):
            return False  # "«...» وأضاف «...»": a second statement
        prev.start, prev.end, prev.direct = pq.open, q.close + 1, False
        self.claimed.add(q.open)
        return True

    def _dateline_outlet(self, q: Quote) -> bool:
        """The outlet of a dateline, quoted and followed by a colon ("الرباط - «الشرق
        الأوسط»: أعلن ..."): a name at the head of a paragraph, not speech."""
        if q.close < 0 or self.text[q.close + 1 : q.close + 3].strip()[:1] != ":":
            return False
        line = self.text.rfind("\n", 0, q.open) + 1
        head = self.text[line : q.open]
        return len(head) <= 40 and head.rstrip().endswith(("-", "–", "—"))

    def _inside_claimed(self, q: Quote) -> bool:
        if not hasattr(self, "_spans"):
            self._spans = sorted((s.start, s.end) for s in self.stmts)
            self._span_starts = [a for a, _ in self._spans]
        k = bisect_right(self._span_starts, q.open)
        return any(a <= q.open < b for a, b in self._spans[max(0, k - 6) : k])

    def _prev_attributed(self, q: Quote, by_quote: dict[int, Stmt]) -> Stmt | None:
        """The statement of a direct quote ending shortly before ``q`` in the same
        paragraph, when only its attribution lies in between."""
        text = self.text
        best: Stmt | None = None
        candidates = [s for s in by_quote.values() if 0 <= q.open - s.end <= 160]
        if not hasattr(self, "_direct_by_end"):
            self._direct_by_end = sorted((s.end, i) for i, s in enumerate(self.stmts) if s.direct)
            self._direct_ends = [e for e, _ in self._direct_by_end]
        lo = bisect_right(self._direct_ends, q.open - 161)
        hi = bisect_right(self._direct_ends, q.open)
        candidates += [self.stmts[i] for _, i in self._direct_by_end[lo:hi]]
        for s in candidates:
            if s.end > q.open or q.open - s.end > 160:
                continue
            gap = text[s.end : q.open]
            if "\n" in gap:
                continue
            if best is None or s.end > best.end:
                best = s
        if best is None:
            return None
        gap = text[best.end : q.open]
        # the gap may hold the attribution of the earlier quote and nothing else
        inner_quote = any(o.open > best.end and o.open < q.open for o in self.quotes)
        if inner_quote:
            return None
        words = len(gap.split())
        if words <= 8:
            return best
        return best if self.en and words <= 24 and self._attribution_only(best, q) else None

    def _attribution_only(self, best: Stmt, q: Quote) -> bool:
        """English: whether the text between the quote of ``best`` and ``q`` is the one
        sentence that attributes the first ('"...," Khan said in a televised address the
        next day, as he offered talks. "..."'): its cue in the gap, no other cue there, and
        ``q`` opens the next sentence."""
        doc = self.doc
        assert doc.seg is not None
        if not best.end <= best.cue_start < best.cue_end <= q.open:
            return False
        si = doc.seg.index_at(best.cue_start)
        if si < 0 or doc.seg.index_at(q.start) != si + 1:
            return False
        return not any(
            j in self._cue_hits and not best.cue_start <= doc.tokens[j].start < best.cue_end
            for j in range(doc.tok_after(best.end), doc.tok_after(q.open))
        )

    def _opened_by_cue(self, q: Quote) -> bool:
        """The quotation follows a colon right after a speech cue ("قوله: «"، "وقال: «",
        'said: "'): whatever that cue made of it (nothing, when its speaker is a name we did
        not link), a cue after the quotation does not take it over."""
        doc = self.doc
        before = self.text[max(0, q.open - 4) : q.open].rstrip(" ")
        if not before.endswith(":"):
            return False
        k = doc.tok_after(q.open) - 1
        while k >= 0 and doc.tokens[k].end > q.open:
            k -= 1
        return k >= 0 and k in self._cue_hits and self._cue_hits[k][0].entry.kind != "source"

    def _cue_after(self, q: Quote, close: int, hits: dict[int, list[Hit[Cue]]]) -> Stmt | None:
        doc = self.doc
        assert doc.seg is not None
        text = self.text
        t0 = doc.tok_after(close + 1 if q.close >= 0 else close)
        si = doc.seg.index_at(max(q.start, close - 1))
        sent = doc.seg.sents[si] if si >= 0 else None
        sent_end = sent.end if sent else len(text)
        # a sentence may end inside the quote; the attribution then follows it
        # (English: "U.S. Secretary of State X said" runs to nine tokens)
        reach = 9 if self.en else 7
        named = doc.mention_at_tok(t0) if self.en and t0 < len(doc.tokens) else None
        if (
            named is not None
            and named.etype == EntityType.PERSON
            and text[named.end : named.end + 1] == ","
        ):
            reach = 30  # '"...," Jane Roe, the minister of state for ..., told reporters'
        of_body = (
            named is not None
            and named.etype == EntityType.PERSON
            and doc.word(named.t1 + 1) in ("of", "from")
        )
        if of_body:
            reach = 20  # '"...," Jane Roe of the National Bureau of Investigation (NBI) told'
        if self._opened_by_cue(q):
            return None  # "نقلت X عن Y قوله: «...»، مضيفاً أن": the cue before holds it
        for k in range(t0, min(len(doc.tokens), t0 + reach)):
            tok = doc.tokens[k]
            between = text[close + 1 : tok.start]
            if self.en:
                between = _EN_ABBREV_DOTS.sub("", between)
            if "\n" in between or any(c in ".!?؟" for c in between.replace("...", "")):
                break
            hl = hits.get(k)
            if not hl:
                if not self.en and doc.word(k) not in _AR_ATTRIBUTION_LEADS:
                    # «...» على الحدود، مطالبا: the quote is a phrase of the clause before
                    # (verb first: an Arabic attribution follows the mark directly)
                    break
                continue
            h = hl[0]
            if h.entry.kind not in ("say", "source", "part"):
                continue
            if (
                self.en
                and text[close - 1 : close] in (".", "!", "?")
                and any(s.cue_tok == k and not s.direct for s in self.stmts)
            ):
                # '"We will not retreat." X said talks could resume': the quote closed
                # its sentence and the cue has a clause of its own
                break
            conf = h.entry.prior
            speaker_key: str | None = None
            pronoun: tuple[str, int] | None = None
            if h.entry.kind == "source":
                m = self.first_mention(
                    h.last + 1, min(len(doc.tokens), h.last + 5), allow_prep=("ل", "to", "عن")
                )
            else:
                m = self.mention_before(k, t0) if self.en else None
                if (
                    of_body
                    and named is not None
                    and m is not None
                    and m.t0 > named.t1
                    and not set(text[named.end : tok.start]) & set(",;:")
                ):
                    m = named  # the person, not the body the "of" phrase names
                if m is not None and m.key.startswith("Unnamed:") and m.t0 > t0:
                    # '"...," Jane Roe, a senior party official, said': the name, not the aside
                    named = doc.mention_at_tok(m.t0 - 1)
                    gap = text[doc.tokens[m.t0 - 1].end : doc.tokens[m.t0].start]
                    if named is not None and named.etype == EntityType.PERSON and "," in gap:
                        m = named if not named.key.startswith("Unnamed:") else m
                if m is None and self.en:
                    for j in range(t0, k):
                        if doc.word(j) in _EN_PRONOUNS:
                            speaker_key = self.resolve_pronoun(doc.word(j), q.open)
                            # (resolved again once every quotation is attributed: '"...,"
                            # the ministry said. "...," it added.' goes on with the ministry)
                            pronoun = (doc.word(j), q.open)
                            conf *= 0.9
                            break
                if m is None and speaker_key is None and not (self.en and k > t0):
                    # "..., said Peskov." / «...»، قال بوتين: the name after the verb,
                    # in the same sentence (not '"...," one woman told Reuters': after a
                    # subject we did not link, the name after the verb is the one told)
                    t_end = doc.tok_after(sent_end) if sent is not None else len(doc.tokens)
                    m = self.first_mention(h.last + 1, min(t_end, h.last + 6))
                    if (
                        m is not None
                        and self.en
                        and (
                            h.entry.kind == "part"
                            or "," in (gap := text[doc.tokens[h.last].end : m.start])
                            or "that" in gap.split()
                        )
                    ):
                        # '"...," the ministry said, adding that the Danish authorities
                        # ...': a name past a comma or "that" (or after a participle) is
                        # in the next clause, not the speaker
                        m = None
                    if m is not None and not self.en and h.entry.kind == "part":
                        m = None  # «...»، مثمناً دور السعودية: the participle's object
                if m is None and not self.en and self._unlinked_before(si, k):
                    return None  # "وأشاد X Y بما وصفه بـ«...»": the name not linked speaks
                if m is None and speaker_key is None and not self.en:
                    speaker_key = self.previous_speaker(si, within=2)
                    conf *= 0.8
                if m is None and speaker_key is None and self._statement_subject(k):
                    speaker_key = self.previous_speaker(si, within=3)  # "the statement said"
                    conf *= 0.8
            if m is not None:
                speaker_key, pronoun = m.key, None
            if speaker_key is None:
                return None
            return Stmt(
                speaker_key,
                tok.start,
                doc.tokens[h.last].end,
                q.start,
                q.end,
                True,
                confidence=conf,
                sent=si,
                cue_tok=k,
                pronoun=pronoun,
                found_by="quote_cue",
            )
        return None

    def nest(self) -> None:
        """Link statements whose cue lies inside another statement's content."""
        stmts = self.stmts
        spans = [(o.start, o.end, o.speaker) for o in stmts]  # (none of these change here)
        for i, s in enumerate(stmts):
            cue, end, speaker = s.cue_start, s.end, s.speaker
            for j, (o_start, o_end, o_speaker) in enumerate(spans):
                if o_start <= cue < o_end and end <= o_end + 2 and i != j and o_speaker != speaker:
                    s.reported_in = j
                    if s.via is None:
                        s.via = o_speaker
                    break
