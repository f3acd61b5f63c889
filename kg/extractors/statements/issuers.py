"""Bodies and documents that issue statements: who issued "the statement" a cue has for its
subject ("وشدد البيان على"), the owner of a document named before, the body a unit belongs
to, and the outlet a statement is carried by.
"""

from __future__ import annotations

from kg.extractors.doc import AR_PREP_WORDS, AR_STATEMENT_NOUNS, Ment
from kg.extractors.speakers_ar import _is_comp
from kg.extractors.statements.claims import _is_outlet
from kg.extractors.statements.pronouns import Pronouns
from kg.extractors.statements.words import (
    _AN,
    _AR_HEADS,
    _AR_ISSUED_BY,
    _AR_ISSUED_INDEF,
    _AR_THEN_WORDS,
    _AR_TITLES,
    _AR_UNIT_HEADS,
    _COMMAS,
    _EN_SPEECH_NOUNS,
    _EN_SUBORDINATORS,
    _JOINT,
    _OFFICE_HEADS,
)
from kg.models import EntityType

__all__ = ["Issuers"]


class Issuers(Pronouns):
    """Bodies and documents that issue statements."""

    def _joint_teller(self, pos: int, si: int) -> str | None:
        """Arabic: the one speaker who, in a sentence before ``si``, told a statement "in a
        joint statement" whose adjective sits at ``pos`` ("قالت الوزارة في بيان مشترك إن"):
        "the statement" in a later sentence goes on with that speaker; None when no
        statement or several speakers were found there ("قال X وY في بيان مشترك")."""
        doc = self.doc
        assert doc.seg is not None
        sj = doc.seg.index_at(pos)
        if sj >= si:
            return None
        tellers = {s.speaker for s in self.stmts if s.sent == sj and s.cue_start < pos}
        if len(tellers) != 1:
            return None
        one = next(iter(tellers))
        return self._relaying_body(one) or one

    def _issuer(self, si: int, k: int) -> str | None:
        """Who issued "the statement" a cue in sentence ``si`` has as its subject: the
        latest speaker within three sentences, else the subject of one of the two
        sentences before ("أصدرت الوزارة بيانا ... وشدد البيان على")."""
        doc = self.doc
        assert doc.seg is not None
        lo = doc.seg.sents[max(0, si - 2)].start
        if (joint := _JOINT.search(self.text, lo, doc.tokens[k].start)) is not None:
            if not self.en and (one := self._joint_teller(joint.start(), si)) is not None:
                return one  # "قالت الوزارة في بيان مشترك إن ... وأوضح البيان أن"
            return None  # a joint statement speaks for several issuers
        if not self.en and (owner := self._document_owner(si, k)) is not None:
            return owner or None  # "بحسب بيان صادر عن دائرة الاتصال ... وذكر البيان أن"
        prev = self.previous_speaker(si, within=3)
        if prev is not None:
            return self._relaying_body(prev) or prev
        for sj in (si - 1, si - 2):
            if sj < 0:
                break
            key = self.sentence_subject(sj, doc.tok_range(doc.seg.sents[sj])[1])
            if key is None:
                continue
            m = next(
                (
                    x
                    for x in doc.mentions_in(doc.seg.sents[sj].start, doc.seg.sents[sj].end)
                    if x.key == key
                ),
                None,
            )
            if m is None:
                return key
            nxt = doc.mention_at_tok(m.t1 + 1)
            if doc.word(m.t1 + 1) == "and":
                nxt = doc.mention_at_tok(m.t1 + 2)
            if nxt is not None and doc.word(m.t1 + 1)[:1] in ("و", "a"):
                return None  # "أعلنت السعودية وإيران": coordinated issuers
            return key
        return None

    def _issuer_of_noun(self, t: int, limit: int, *, genitive: bool) -> Ment | None:
        """Arabic: who issued the statement noun at ``t`` ("بيان لوزارة الخارجية", "بيان
        صادر عن الرئاسة"), named within four words before ``limit``; a bare genitive
        right after it ("بيان الكرملين") counts only when ``genitive``."""
        doc = self.doc
        issued_by = doc.word(t + 1) in _AR_ISSUED_BY
        owner = self.first_mention(
            t + 1, min(limit, t + 5), allow_prep=("ل", _AN) if issued_by else ("ل",)
        )
        if (
            owner is not None
            and (
                owner.t0 <= t + (3 if issued_by else 2)
                # "بيان صادر عن وزارة الخارجية والتعاون الدولي": a body head first
                or (issued_by and owner.t0 == t + 4 and doc.word(t + 3) in _AR_HEADS)
            )
            and not owner.adjectival
            # "البيان لـX", not "اتهم البيان X بأنها"
            and (doc.prep_of(owner) is not None or (genitive and owner.t0 == t + 1))
        ):
            return owner
        return None

    def _document_owner(self, si: int, k: int) -> str | None:
        """Arabic: the owner of the latest statement introduced as a new document in this
        or the two sentences before a cue at ``k`` ("في بيان لوزارة الخارجية", "بحسب بيان
        صادر عن دائرة الاتصال في الرئاسة التركية"), that "البيان" takes up; "" when it
        was issued by someone not linked; else None."""
        doc = self.doc
        assert doc.seg is not None
        lo = doc.tok_range(doc.seg.sents[max(0, si - 2)])[0]
        for t in range(k - 1, lo - 1, -1):
            w = doc.word(t)
            if w.startswith("ال") and w[2:] in _AR_ISSUED_INDEF and t + 2 < k:
                # "البيان (الختامي) الصادر عن X": a definite document with its issuer
                j = next((j for j in (t + 1, t + 2) if doc.word(j) in _AR_ISSUED_BY), None)
                if j is not None:
                    o = j + 2 if doc.word(j + 1) == _AN else j + 1
                    m = doc.mention_at_tok(o) if o < k else None
                    if m is not None and not m.adjectival and self.speaker_ok(m):
                        return m.key
                    return ""
            if w not in _AR_ISSUED_INDEF and not (w[-1:] == "ا" and w[:-1] in _AR_ISSUED_INDEF):
                continue
            issued_by = doc.word(t + 1) in _AR_ISSUED_BY
            u = t + 1 + issued_by + (issued_by and doc.word(t + 2) == _AN)
            unit = self._unit_of_body(u, k)
            if unit is not None:
                return unit.key
            owner = self._issuer_of_noun(t, k, genitive=True)
            if owner is not None:
                return owner.key
            if issued_by or (
                doc.word(t + 1).startswith("لل") and doc.mention_at_tok(t + 1) is None
            ):
                # "بيان صادر عن <a body not linked>", "بلاغ للديوان الملكي" (a definite
                # issuer we did not link): not the last speaker's
                return ""
            sj = doc.seg.index_at(doc.tokens[t].start)
            if sj < si and t > 0 and doc.word(t - 1) not in AR_PREP_WORDS:
                # "أصدرت الوزارة بيانا"، "وجّه X رسالة إلى Y": the sender of the object
                return self.sentence_subject(sj, t)
            return None
        return None

    def _relaying_body(self, prev: str) -> str | None:
        """Arabic: the body (not a news outlet) that relayed the latest statement of the
        person ``prev`` ("ذكرت الرئاسة أن الرئيس بحث ...، وأكد ..."): the one whose
        statement a following "وأضاف البيان" goes on with; else None."""
        doc = self.doc
        if self.en or doc.entity_types.get(prev) != EntityType.PERSON:
            return None
        last = next((s for s in reversed(self.stmts) if s.speaker == prev), None)
        if (
            last is None
            or last.via is None
            or doc.entity_types.get(last.via) != EntityType.ORGANIZATION
            or _is_outlet(last.via)  # (not "نقلت وكالة X عنه قوله")
        ):
            return None
        return last.via

    def _apposed_person(self, m: Ment, limit: int) -> Ment | None:
        """A person named right after an organisation, with only title words between
        ("الناطق باسم الوزارة السفير سفيان القضاة"): the person speaks."""
        if m.etype == EntityType.PERSON:
            return None
        if m.text.split()[:1] and m.text.split()[0].lower() in _OFFICE_HEADS:
            return None  # "مكتب الرئيس التركي رجب طيب أردوغان": the office speaks
        doc = self.doc
        j = m.t1 + 1
        while j < limit:
            nxt = doc.mention_at_tok(j)
            if nxt is not None:
                return nxt if nxt.etype == EntityType.PERSON and nxt.t0 == j else None
            w = doc.word(j)
            if not self._np_word(j) and w not in _AR_TITLES and w not in _AR_THEN_WORDS:
                return None
            j += 1
        return None

    def _unit_of_body(self, t: int, limit: int) -> Ment | None:
        """Arabic: the body whose unit, not linked itself, is the subject at token ``t``
        ("دائرة الاتصال في الرئاسة التركية"، "المكتب الإعلامي لرئاسة الوزراء X"): within
        four tokens, with no punctuation, an organisation governed by في or ل speaks."""
        doc = self.doc
        if doc.word(t) not in _AR_UNIT_HEADS or doc.mention_at_tok(t) is not None:
            return None
        for j in range(t + 1, min(limit, t + 5)):
            if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return None
            m = doc.mention_at_tok(j)
            if m is None:
                if _is_comp(doc.word(j)) or j in self._cue_hits:
                    return None
                continue
            ok = (
                m.t0 == j
                and m.etype == EntityType.ORGANIZATION
                and not m.adjectival
                and doc.prep_of(m) in ("في", "ل")
            )
            return m if ok else None
        return None

    def _statement_issuer(self, t: int, t_to: int) -> Ment | None:
        """The actor whose statement a relay cites ("عن بيان لوزارة الخارجية")."""
        doc = self.doc
        for j in range(t, t_to):
            if doc.word(j) in AR_STATEMENT_NOUNS:
                m = doc.mention_at_tok(j + 1)
                if m is not None and m.t0 == j + 1 and self.speaker_ok(m):
                    return m
                return None
        return None

    def _carried_by(self, t_from: int, t_to: int) -> str | None:
        """The outlet a carrying clause between the cue and the content names."""
        doc = self.doc
        for t in range(t_from, min(t_to, len(doc.tokens))):
            if self._carrier_at(t):
                m = self.first_mention(t + 1, min(t_to, t + 6))
                if m is not None and m.etype == EntityType.STATE and m.t0 > t + 1:
                    return None  # "في كلمة بثها تلفزيون الكويت": an outlet we did not link
                return m.key if m is not None else None
        return None

    def _en_subclause_issuer(self, k: int, a: int) -> tuple[bool, str | None]:
        """English: whether the document before the participle at ``k`` was issued inside
        a subordinate clause ("Peru recalled its envoys after the four governments issued
        a joint statement backing X and describing him as ..."; no comma between the
        subordinator and the participle), and the actor who issued it there (None when we
        did not link the clause's subject): they speak, not the main clause's subject."""
        doc = self.doc
        for j in range(k - 1, a - 1, -1):
            if _COMMAS & set(self.text[doc.tokens[j].end : doc.tokens[j + 1].start]):
                return False, None
            if doc.word(j) in _EN_SUBORDINATORS:
                noun = next((t for t in range(j + 1, k) if doc.word(t) in _EN_SPEECH_NOUNS), None)
                if noun is None:
                    return False, None
                issuer = next(
                    (
                        m
                        for t in range(j + 1, noun)
                        if (m := doc.mention_at_tok(t)) is not None and self.speaker_ok(m)
                    ),
                    None,
                )
                return True, issuer.key if issuer is not None else None
        return False, None

    def _document_before(self, k: int) -> bool:
        """English: a document or speech noun within four words before the participle at
        ``k`` with no comma between ("issued a statement saying", "a post on X saying")."""
        doc = self.doc
        for j in range(k - 1, max(-1, k - 5), -1):
            if doc.word(j) in _EN_SPEECH_NOUNS:
                return True
            if _COMMAS & set(self.text[doc.tokens[j].end : doc.tokens[j + 1].start]):
                return False
        return False
