"""Relays and sources: "X quoted Y as saying", ``نقلت وكالة X عن Y قوله`` (``handle_relay``);
"according to X", ``بحسب X``, ``وفقا لـ X`` (``handle_source``): who speaks, and through whom.
"""

from __future__ import annotations

from kg.extractors.doc import Ment
from kg.extractors.lexicon import Hit
from kg.extractors.sentences import Span
from kg.extractors.speakers_ar import _is_comp
from kg.extractors.statements.claims import _EN_ASIDE_JOINS
from kg.extractors.statements.emission import Emission
from kg.extractors.statements.statement import Cue, Stmt
from kg.extractors.statements.words import (
    _AN,
    _AR_ACCORDING,
    _AR_CITING,
    _AR_DATA_NOUNS,
    _AR_FROM_PRON,
    _AR_HONORIFIC_PRON,
    _AR_IN_IT,
    _AR_ISSUED_BY,
    _AR_ISSUED_INDEF,
    _AR_REL_PRON,
    _AR_SIGNED,
    _AR_STANCE_PREPS,
    _AR_STATEMENT_NOUNS,
    _AR_TAKEN_UP_DOCUMENTS,
    _COMMAS,
    _EN_BE,
    _EN_DATA_NOUNS,
    _EN_DOCUMENTS,
    _EN_SPEECH_NOUNS,
    _MA,
    _UNNAMED_SOURCES,
)
from kg.extractors.text import fold
from kg.models import EntityType

__all__ = ["Relays"]


class Relays(Emission):
    """Relays and sources."""

    def handle_relay(self, h: Hit[Cue], si: int, sent: Span, a: int, b: int) -> int:
        """``نقلت وكالة X عن Y قوله إن ...`` / "X quoted Y as saying ..."."""
        doc = self.doc
        after = h.last + 1
        relayer: Ment | None = None
        an_at: int | None = None
        if self.en and h.first > a and doc.word(h.first - 1) in _EN_BE:
            return self._en_passive_relay(h, si, sent, a, b)
        if (
            self.en
            and doc.word(h.first) == "cited"
            and not any(
                doc.word(j) == "as" and doc.word(j + 1) == "saying" for j in range(after, b)
            )
        ):
            return h.last  # "Iran cited security concerns": no statement relayed
        if not self.en and h.cls == "p" and (h.prefix.endswith("ال") or doc.word(after) != _AN):
            return h.last  # "احتجاز الناقلة", "ناقلة نفط": the tanker, not "ناقلة عن"
        if h.cls == "p" or self.en:
            key = self._current_speaker(si, h.first, a)
            relayer = self.mention_before(h.first, a)
            if relayer is None and key is None:
                return h.last
        else:
            # the relayer sits between the verb and "عن": "نقلت وكالة X عن Y"
            stop = min(b, after + 6)
            for j in range(after, min(b, after + 12)):
                if self.doc.word(j) == _AN:
                    stop, an_at = j, j
                    break
            relayer = self.first_mention(after, stop)
        if relayer is None or h.cls == "p" or self.en:
            relayer = self.mention_before(h.first, max(a, h.first - 8))
            t = after
        elif an_at is not None:
            # "نقلت وكالة الأنباء الإيرانية "إرنا" عن الرئيس": the acronym in marks
            # names the relayer again; the speaker follows عن
            t = an_at + 1
        else:
            t = relayer.t1 + 1
        if an_at is not None and (done := self._relay_to_dignitary(h, si, sent, b, an_at, relayer)):
            return done
        # speaker after عن / after the relayer (English "quoted Y as saying")
        speaker = self._statement_issuer(t, min(b, t + 4)) if not self.en else None
        if speaker is None:
            lim = self._quoted_one_limit(t, min(b, t + 10)) if an_at is not None else t + 10
            if self.en:
                # "quoted Kim Yo Jong as saying Seoul would ...": the speaker stands before
                # "as saying", not in what was said
                lim = next(
                    (
                        j
                        for j in range(t, min(b, lim))
                        if doc.word(j) == "as" and doc.word(j + 1) == "saying"
                    ),
                    lim,
                )
            speaker = self.first_mention(t, min(b, lim), allow_prep=("عن",))
        while speaker is not None and relayer is not None and speaker.key == relayer.key:
            speaker = self.first_mention(speaker.t1 + 1, min(b, t + 10), allow_prep=("عن",))
        if speaker is None:
            if an_at is not None:
                # "نقلت الوكالة عن <a name we do not know> قوله إن": the words after عن
                # name the speaker; the relayer's "قوله" is not the relayer's own
                for j in range(an_at + 1, min(b, an_at + 16)):
                    if (hl := self._cue_hits.get(j)) and hl[0].entry.kind == "noun":
                        self._unnamed_relay.add(si)
                        return j
            return h.last
        person = self._apposed_person(speaker, min(b, speaker.t1 + 6))
        if person is not None:
            speaker = person
        t = speaker.t1 + 1
        while (nxt := doc.mention_at_tok(t)) is not None and nxt.key == speaker.key:
            t = nxt.t1 + 1
        via = relayer.key if relayer is not None else None
        if via == speaker.key:
            via = None
        # a nominal cue (قوله) or "as saying" may follow; skip it
        k = t
        while k < min(b, t + 4):
            hits = self._cue_hits.get(k)
            if hits or doc.word(k) in ("as", "saying"):
                k += 1
                continue
            break
        comp = "that" if not self.en else "any"
        if (
            not self.en
            and k - 1 >= t
            and (owned := self._cue_hits.get(k - 1))
            and owned[0].entry.kind == "noun"
            and owned[0].pron
            and doc.word(k - 1) != fold("قوله")
            and not _is_comp(doc.word(k))
        ):
            # "نقلت الوكالة عن Y تأكيده حرص بلاده على", "تشديده على ضرورة": his stance
            comp = f"prep:{doc.word(k)}" if doc.word(k) in _AR_STANCE_PREPS else "any"
        start = self.content_start(k, b, comp)
        if start is None:
            return h.last
        last = self.emit(speaker.key, h, start, si, sent, b, via, h.entry.prior)
        return max(last, k - 1)

    def _en_passive_relay(self, h: Hit[Cue], si: int, sent: Span, a: int, b: int) -> int:
        """ "X was quoted (by TASS) as saying (that) ...": X speaks, the outlet after "by"
        relays."""
        doc = self.doc
        subject = self._en_subject(h.first - 1, max(a, h.first - 40))
        if subject is None:
            return h.last
        t = h.last + 1
        via: str | None = None
        if doc.word(t) == "by":
            j = t + 2 if doc.word(t + 1) == "the" else t + 1
            if (m := doc.mention_at_tok(j)) is not None:
                via, t = m.key, m.t1 + 1
        stop = min(b, t + 6)
        while t < stop and doc.word(t) != "as":
            t += 1
        if doc.word(t) != "as" or doc.word(t + 1) != "saying":
            return h.last
        start = self.content_start(t + 2, b, "any")
        if start is None:
            return h.last
        last = self.emit(subject.key, h, start, si, sent, b, via, h.entry.prior * 0.95)
        return max(last, t + 1)

    def handle_source(self, h: Hit[Cue], si: int, sent: Span, a: int, b: int) -> int:
        """ "according to X" / "بحسب X" / "وفقا لـ X": X speaks (or relays)."""
        doc = self.doc
        if self._carrier_at(h.first):
            return h.last  # "في بيان نقلته وكالة تاس": the outlet relays, see _carried_by
        after = h.last + 1
        if not self.en and doc.word(h.last) in _AR_IN_IT:
            # "أصدرت X بيانا جاء فيه أن", "نشر X نص الإعلان، وجاء فيه أن": the document
            # named just before speaks for whoever issued or published it
            issuer = self._taken_up_issuer(si, h.first)
            if issuer is None:
                return h.last
            return self._source_statement(issuer, h, si, sent, b, doc.tokens[h.last].end)
        at_start = doc.tokens[h.first].start - sent.start <= 3
        if (
            at_start
            and self._document_word(after)
            and not any(
                (m := doc.mention_at_tok(j)) is not None
                and (doc.word(j - 1) in ("of", "ل") or doc.prep_of(m) == "ل")
                for j in range(after + 1, min(b, after + 3))
            )
            and not self._owned_indefinite(after)
        ):
            # "according to the statement", "ووفقا للبيان": whoever issued it, just quoted
            signed = self._document_signer(after, b)
            if signed is not None:
                # "وجاء في البيان، الذي وقعه الناطق باسم الوزارة X، أن": X speaks
                signer, comp = signed
                return self._source_statement(signer.key, h, si, sent, b, doc.tokens[comp].end)
            if not self.en and self._own_speech_after_comma(after + 1, b):
                return h.last  # "وبحسب البيان الختامي، أعرب الجانب X عن": X's words
            issuer = self.previous_speaker(si, within=3)
            if issuer is None and not self.en:
                # "وجّه X رسالة إلى Y ... وجاء في الرسالة أن": who sent or issued it
                issuer = self._document_owner(si, h.first) or None
            if issuer is not None:
                return self._source_statement(issuer, h, si, sent, b, doc.tokens[after].end)
        if (
            self.en
            and doc.word(after) in ("a", "the")
            and doc.word(after + 1) in _EN_SPEECH_NOUNS
            and doc.word(after + 2) in ("from", "by", "of")
        ):
            after += 3  # "according to a statement from the Egyptian foreign ministry"
            if doc.word(after) == "the":
                after += 1
        if not self.en and doc.word(after) == _MA and after + 2 < b:
            # "بحسب ما نقلت عنه القناة X", "وفق ما ذكرته صحيفة X": over "ما" and its verb
            after += 2
            if doc.word(after) in _AR_FROM_PRON:
                after += 1
        x = self.first_mention(
            after, min(b, after + 3), allow_prep=("ل", "عن", "to", "from", "by", "of")
        )
        if x is None and not self.en and after < b and doc.word(after - 2) == _MA:
            # "وفق ما أعلنه نائب رئيس الوزراء وزير الخارجية X": a long title, then the name
            x = self._titled_person(after, b)
        if not self.en and self._document_word(after):
            # "وجاء في بيان لوزارة X أن", "بحسب بيان صادر عن X": the document's owner only
            at = after + 3 if doc.word(after + 1) in _AR_ISSUED_BY else after + 1
            x = doc.mention_at_tok(at) if at < b else None
            if x is None or x.t0 != at or not self.speaker_ok(x):
                return h.last
        if x is None or x.adjectival:
            return h.last
        if not self.en and x.kind == "role" and x.etype == EntityType.PERSON:
            # "بحسب المبعوث الأرميني الخاص لتطبيع العلاقات X Y": the name after the title
            x = self._named_after_title(x.t1 + 1, b) or x
        if any(doc.word(j) in _UNNAMED_SOURCES for j in range(after, x.t0)):
            return h.last
        if not self.en and any(doc.word(j) in _AR_DATA_NOUNS for j in range(after, x.t0)):
            return h.last  # "بحسب تقديرات الأمم المتحدة": numbers compiled, not speech
        if self.en and any(
            doc.word(j) in _EN_DATA_NOUNS
            and not _COMMAS & set(self.text[doc.tokens[x.t1].end : doc.tokens[j].start])
            for j in range(x.t1 + 1, min(b, x.t1 + 3))
        ):
            return h.last  # "according to U.S. border figures": numbers, not a statement
        if (
            self.en
            and doc.word(h.first) in ("citing", "quoting")
            and any(
                hl[0].entry.kind == "say"
                for j in range(x.t1 + 1, b)
                if (hl := self._cue_hits.get(j))
            )
        ):
            # "TASS, citing a Kremlin source, reported that ...": the report that follows
            # is the source's statement, relayed by the subject
            self._citing[si] = x.key
            return x.t1
        # relays a statement already found in this sentence
        for s in reversed(self.stmts):
            if s.sent == si and s.speaker != x.key:
                if s.via is None and self._agency_cites(s, h, x):
                    s.speaker, s.via = x.key, s.speaker  # "..., TASS reported, citing X"
                elif s.via is None:
                    s.via = x.key
                return x.t1
            break
        cue_start = doc.tokens[h.first].start
        if cue_start - sent.start <= 20 and (teller := self._reported_teller(x, b)) is not None:
            # "According to Ankara's account of the talks, Lavrov urged ...": the clause
            # has its own speaker; X only relays it
            if teller.key != x.key:
                self._relayed[si] = x.key
            return x.t1

        t = x.t1 + 1
        if (
            self.en
            and cue_start - sent.start > 20
            and h.first > a
            and doc.word(h.first - 1) in _EN_ASIDE_JOINS
            and t + 3 < b
            and self.text[doc.tokens[x.t1].end : doc.tokens[t].start].strip() == ","
            and doc.word(t) not in ("who", "which", "whose")
        ):
            # "..., where, according to X, the crew was held": an aside opening a clause
            # of its own; what X says is that clause, not the sentence before it
            s_start = doc.tokens[t].start
            s_end = self.content_end(s_start, t + 1, sent, b)
        elif cue_start - sent.start > 20 and (q_open := self._en_said_quote(sent, h.first)) >= 0:
            # '"...," Kim said, according to KCNA': Kim speaks; KCNA only relays it
            self._quote_relay[q_open] = x.key
            return x.t1
        elif cue_start - sent.start > 20:
            # "..., according to X": the content is what comes before
            s_start, s_end = sent.start, self._trim_end(sent.start, cue_start)
            if not self.en and (o := self._after_opener(a, h.first)) > a:
                s_start = doc.tokens[o].start  # "من جانبه، شكر X ...، وفق بيان": not "من جانبه"
            first_word = doc.word(doc.tok_after(sent.start))
            if first_word in ("but", "and") or not s_end:
                return x.t1
        else:
            t = x.t1 + 1
            if (inner := self._ar_source_of_relay(x, b)) is not None:
                # "بحسب ما نقلته وكالة X عن مسؤول Y، فإن": Y speaks, X relays
                speaker, t = inner
                s_start = doc.tokens[t].start if t < b else sent.end
                w = doc.word(t) if t < b else ""
                if w in (fold("فإن"), fold("فان"), fold("إن"), fold("أن")):
                    s_start = doc.tokens[t].end
                s_end = self.content_end(s_start, t + 1, sent, b)
                if self._add_sourced(speaker.key, h, si, s_start, s_end, h.entry.prior * 0.85):
                    self.stmts[-1].via = x.key
                return t - 1
            s_start = doc.tokens[t].start if t < b else sent.end
            if self.text[doc.tokens[x.t1].end : s_start].strip(" ،,") == "" and t < b:
                w = doc.word(t)
                if not self.en and w in (fold("فإن"), fold("فان"), fold("إن"), fold("أن")):
                    s_start = doc.tokens[t].end
            s_end = self.content_end(s_start, t + 1, sent, b)
        self._add_sourced(x.key, h, si, s_start, s_end, h.entry.prior * 0.9)
        return x.t1

    def _own_speech_after_comma(self, t: int, b: int) -> bool:
        """Arabic: the first comma within a few tokens of ``t`` is followed right away by a
        speech verb ("وبحسب البيان الختامي للزيارة، أعرب الجانب X عن"): the clause has a
        speaker of its own, so the document only frames it."""
        doc = self.doc
        for j in range(t, min(b, t + 8)):
            if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                hits = self._cue_hits.get(j)
                return bool(hits is not None and hits and hits[0].entry.kind == "say")
        return False

    def _ar_source_of_relay(self, x: Ment, b: int) -> tuple[Ment, int] | None:
        """Arabic: the source an outlet ``x`` of an "according to" cue cites right after
        it ("بحسب ما نقلته وكالة X عن مسؤول إيراني كبير، فإن"، "وفق ما أوردته قناة X
        نقلاً عن وزير الخارجية Y، أن"): that source speaks and ``x`` relays; with the token
        that opens the content (after a comma, or the complementiser); else None."""
        doc = self.doc
        if self.en or x.t1 + 2 >= b:
            return None
        t = x.t1 + 1
        if doc.word(t) in _AR_CITING:
            t += 1  # ("نقلاً عن")
        if doc.word(t) != _AN:
            return None
        inner = self.first_mention(t, min(b, t + 3), allow_prep=("عن",))
        if inner is None or inner.adjectival or inner.key == x.key or not self.speaker_ok(inner):
            return None
        if inner.kind == "role" and inner.etype == EntityType.PERSON:
            inner = self._named_after_title(inner.t1 + 1, b) or inner
        for j in range(inner.t1 + 1, min(b, inner.t1 + 5)):
            if _is_comp(doc.word(j)):
                return inner, j
            if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return inner, j
            if doc.mention_at_tok(j) is not None or j in self._cue_hits:
                return None
        return None

    def _en_said_quote(self, sent: Span, cue: int) -> int:
        """English: the opening mark of the direct quotation that opens ``sent`` when a
        speech verb with its own subject follows it before token ``cue`` ('"...," Kim
        said, according to ...'); else -1."""
        if not self.en:
            return -1
        doc = self.doc
        q = self.in_quote(sent.start + 1)
        if q is None or q.open - sent.start > 2 or q.close < 0:
            return -1
        k0 = doc.tok_after(q.close + 1)
        for k in range(k0, min(cue, k0 + 5)):
            hits = self._cue_hits.get(k)
            if not hits or hits[0].entry.kind != "say":
                continue
            named = all(self.text[doc.tokens[j].start].isupper() for j in range(k0, k))
            if (k > k0 and named) or self._en_subject(k, k0 - 1) is not None:
                return q.open  # (a name we do not know: still not the outlet's words)
        return -1

    def _document_signer(self, t: int, b: int) -> tuple[Ment, int] | None:
        """Arabic: the actor a relative clause after the statement noun at ``t`` names as
        its signer or issuer ("البيان، الذي وقعه الناطق باسم الوزارة X، أن"), with the
        complementiser that opens the content; else None."""
        doc = self.doc
        if self.en or doc.word(t + 1) not in _AR_REL_PRON or doc.word(t + 2) not in _AR_SIGNED:
            return None
        signer: Ment | None = None
        for j in range(t + 3, min(b, t + 16)):
            if _is_comp(doc.word(j)):
                return (signer, j) if signer is not None else None
            m = doc.mention_at_tok(j)
            if signer is None and m is not None and m.t0 == j and doc.prep_of(m) is None:
                if not self.speaker_ok(m) or m.adjectival:
                    continue
                if m.kind == "role" and m.etype == EntityType.PERSON:
                    m = self._named_after_title(m.t1 + 1, b) or m
                signer = m
                if m.etype != EntityType.PERSON:
                    signer = self._apposed_person(m, min(b, m.t1 + 6)) or m
        return None

    def _quoted_one_limit(self, t: int, lim: int) -> int:
        """Arabic: where the one a relay quotes after "عن" (from token ``t``) must be named
        by: before his nominal cue or the complementiser ("عن مصدر مطلع قوله إن الدوحة
        ...": no named speaker, not the state in the content)."""
        doc = self.doc
        return next((j for j in range(t, lim) if j in self._cue_hits or _is_comp(doc.word(j))), lim)

    def _relay_to_dignitary(
        self, h: Hit[Cue], si: int, sent: Span, b: int, an_at: int, relayer: Ment | None
    ) -> int | None:
        """Arabic "ونقلت وكالة «X» عن سموه قوله إن": the dignitary the honorific pronoun
        after عن (at ``an_at``) means speaks, relayed by the outlet; the last token used,
        or None when no honorific follows."""
        doc = self.doc
        if self.en or doc.word(an_at + 1) not in _AR_HONORIFIC_PRON:
            return None
        honoured = self._dignitary(si, an_at + 1)
        relay_key = relayer.key if relayer is not None else None
        if honoured is None or honoured == relay_key:
            return None
        k = an_at + 2
        while k < min(b, an_at + 5) and self._cue_hits.get(k):
            k += 1  # "قوله"
        start = self.content_start(k, b, "that")
        if start is None:
            return h.last
        last = self.emit(honoured, h, start, si, sent, b, relay_key, h.entry.prior * 0.9)
        return max(last, k - 1)

    def _owned_indefinite(self, t: int) -> bool:
        """Arabic: token ``t`` is an indefinite statement noun with its owner in ل after
        it ("بحسب بيان لمكتبه"، "وفقا لبيان لوزارته") or named after "صادر عن" ("بحسب بيان
        صادر عن الخارجية"): someone's statement, not the one just quoted."""
        doc = self.doc
        if self.en:
            return False
        w = doc.word(t)
        if w not in _AR_ISSUED_INDEF and not (w[:1] == "ل" and w[1:] in _AR_ISSUED_INDEF):
            return False
        owner = doc.word(t + 1)
        if owner in _AR_ISSUED_BY and doc.mention_at_tok(t + 3) is not None:
            return True  # "بحسب بيان صادر عن الخارجية الروسية": the ministry's statement
        return len(owner) > 2 and owner[:1] == "ل"

    def _reported_teller(self, x: Ment, b: int) -> Ment | None:
        """The named subject of a speech verb in the clause after a sentence-initial
        "according to X ," / "وفقا لـX،" (English: the actor before the verb; Arabic: the
        actor right after it), or None."""
        doc = self.doc
        t = x.t1 + 1
        while t < b and not any(
            c in self.text[doc.tokens[t - 1].end : doc.tokens[t].start] for c in ",،"
        ):
            t += 1  # to the comma that ends the source phrase
        for j in range(t, min(b, t + 12)):
            hits = self._cue_hits.get(j)
            if not hits or hits[0].entry.kind != "say" or self.in_quote(doc.tokens[j].start):
                continue
            if self.en:
                return self._en_subject(j, t)
            m = doc.mention_at_tok(j + 1)
            if m is not None and m.t0 == j + 1 and self.speaker_ok(m) and not doc.prep_of(m):
                return m
            return None
        return None

    def _taken_up_issuer(self, si: int, k: int) -> str | None:
        """Arabic: the issuer of the document that "جاء فيه" at ``k`` takes up: the latest
        document noun of this sentence or the one before (``quotes.ar_taken_up_documents``),
        its owner ("بيان لوزارة X", "بيان صادر عن X") or the subject of its clause
        ("أصدرت الرئاسة بيانا", "نشر الوزير X نص الإعلان"); else the speaker of the latest
        statement of this or the sentence before; None when no document is named or its
        issuer is not linked."""
        doc = self.doc
        assert doc.seg is not None
        lo = doc.tok_range(doc.seg.sents[max(0, si - 1)])[0]
        t = next(
            (j for j in range(k - 1, lo - 1, -1) if doc.word(j) in _AR_TAKEN_UP_DOCUMENTS), None
        )
        if t is None:
            return None
        owner = self._document_owner(si, k)
        if owner == "":
            return None  # "بيان صادر عن <a body not linked>"
        if owner is not None:
            return owner
        m = doc.mention_at_tok(t + 1)
        if m is not None and m.t0 == t + 1 and self.speaker_ok(m) and not m.adjectival:
            return m.key  # "رسالة الرئيس X"، "بيان الخارجية": its owner
        sj = doc.seg.index_at(doc.tokens[t].start)
        subject = self.sentence_subject(sj, t)
        if subject is not None:
            return subject
        return self.previous_speaker(si, within=1)

    def _document_word(self, t: int) -> bool:
        """Token ``t`` names a statement ("the statement", "البيان", "للبيان")."""
        doc = self.doc
        w = doc.word(t)
        if self.en:
            return w == "the" and doc.word(t + 1) in _EN_DOCUMENTS
        for cut in (0, 1, 2, 3):
            if w[cut:] in _AR_STATEMENT_NOUNS:
                return True
        return False

    def _source_statement(
        self, speaker: str, h: Hit[Cue], si: int, sent: Span, b: int, after_off: int
    ) -> int:
        """The rest of the sentence that "according to the statement" opens."""
        doc = self.doc
        t = doc.tok_after(after_off)
        if self.en and doc.word(t) in _EN_DOCUMENTS:
            t += 1
        if (
            not self.en
            and 0 < t < b
            and doc.word(t) in _AR_ACCORDING
            and _COMMAS & set(self.text[doc.tokens[t - 1].end : doc.tokens[t].start])
        ):
            # "وجاء في الرسالة، حسب البلاغ، أن": the relay between commas is no content
            c = next(
                (
                    j
                    for j in range(t + 1, min(b, t + 10))
                    if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start])
                ),
                None,
            )
            if c is not None:
                t = c
        while t < b and (doc.word(t) in (fold("فإن"), fold("فان"), fold("إن"), ",")):
            t += 1
        s_start = doc.tokens[t].start if t < b else sent.end
        s_end = self.content_end(s_start, t + 1, sent, b)
        if not self._add_sourced(speaker, h, si, s_start, s_end, h.entry.prior * 0.8):
            return h.last
        return h.last + 1

    def _add_sourced(
        self, speaker: str, h: Hit[Cue], si: int, s_start: int, s_end: int, conf: float
    ) -> bool:
        """Add the statement an "according to" cue attributes (no content: nothing)."""
        while s_start < s_end and self.text[s_start] in " ،,":
            s_start += 1
        if s_end - s_start < 3:
            return False
        tokens = self.doc.tokens
        self.stmts.append(
            Stmt(
                speaker,
                tokens[h.first].start,
                tokens[h.last].end,
                s_start,
                s_end,
                False,
                confidence=conf,
                sent=si,
                cue_tok=h.first,
                found_by="according",
            )
        )
        return True

    def _agency_cites(self, s: Stmt, h: Hit[Cue], x: Ment) -> bool:
        """Whether "citing X" names the source of an organisation's report ``s`` just
        before it ("..., the TASS news agency reported, citing the foreign ministry"):
        X then speaks and the organisation relays.  Unnamed sources ("citing two
        officials") leave the reporter as the speaker."""
        doc = self.doc
        if doc.word(h.first) not in ("citing", "quoting") or x.key.startswith("Unnamed:"):
            return False
        if doc.entity_types.get(s.speaker) != EntityType.ORGANIZATION:
            return False
        if s.cue_tok < 0 or h.first - s.cue_tok > 3:
            return False
        gap = self.text[doc.tokens[s.cue_tok].end : doc.tokens[h.first].start]
        return gap.strip() == ","
