"""Speakers told before: whom a pronoun ("he added", "it said") stands for, and the subject of
a sentence a subject-less verb or a document takes up.
"""

from __future__ import annotations

from kg.extractors.doc import Ment
from kg.extractors.speakers_ar import _ar_role_heads
from kg.extractors.statements.speakers_en import SpeakersEn
from kg.extractors.statements.words import (
    _AR_FROM_OPENERS,
    _AR_HONORIFIC_PRON,
    _AR_IMPERSONAL_OPENERS,
    _AR_NOT_SUBJECT,
    _AR_THAT,
    _COMMAS,
    _COUNTERPART,
    _DATELINE,
    _DATELINE_DASH,
    _EN_PRONOUNS,
    _EN_SUBORDINATORS,
    _plural_group,
)
from kg.models import EntityType

__all__ = ["Pronouns"]


class Pronouns(SpeakersEn):
    """Speakers told before: pronouns and sentence subjects."""

    def resolve_pronoun(self, word: str, offset: int | None = None) -> str | None:
        """he/she: the latest person speaker or person named before ``offset``;
        it/they: the latest state or organisation."""
        kind = _EN_PRONOUNS.get(word)
        if kind is None:
            return None
        if offset is None:
            return self.last_person if kind == "m" else (self.last_other or self.last_person)
        want_person = kind == "m"
        # News discourse keeps its speaker: "he added", "it said" continue the latest
        # statement of a compatible speaker (a person for he/she, a body for it/they)
        # made in this sentence or the one or two before, unless a compatible actor is
        # the subject of the pronoun's own sentence before it.
        doc = self.doc
        assert doc.seg is not None
        si = doc.seg.index_at(offset)
        earlier = [s for s in self.stmts if s.cue_start < offset and 0 <= si - s.sent <= 2]
        for s in sorted(earlier, key=lambda s: s.cue_start, reverse=True):
            if want_person and _plural_group(s.speaker):
                continue  # "she added": not "Mexican diplomats"
            if (doc.entity_types.get(s.speaker) == EntityType.PERSON) == want_person:
                subject = self.sentence_subject(si, doc.tok_after(offset)) if si >= 0 else None
                if (
                    self.en
                    and subject is None
                    and not want_person
                    and s.sent < si - 1
                    and (acted := self._body_subject(si - 1)) is not None
                ):
                    # "X said ... . The ministry summoned the envoy. It called ...": the
                    # body that acted in the sentence just before, not the earlier speaker
                    return acted
                if self.en and subject is None and want_person and s.sent < si - 1:
                    # "X said last week ... . Y rejected that on Friday. "...," he told
                    # reporters": the person who acted in the sentence just before
                    prev = doc.seg.sents[si - 1]
                    subj = self.sentence_subject(si - 1, doc.tok_after(prev.end))
                    if (
                        subj is not None
                        and subj != s.speaker
                        and doc.entity_types.get(subj) == EntityType.PERSON
                        and not _plural_group(subj)
                    ):
                        return subj
                if subject is None or subject == s.speaker:
                    return s.speaker
                break
        if self.en and want_person and si > 0:
            # '"X met his counterpart Y on Monday. "...," he told reporters': the earlier
            # sentence's subject, not its object, when this sentence names no one before
            own_start = doc.seg.sents[si].start
            if not any(
                self.doc.is_actor(m) and m.etype == EntityType.PERSON
                for m in doc.mentions_in(own_start, offset)
            ):
                prev = doc.seg.sents[si - 1]
                subj = self.sentence_subject(si - 1, doc.tok_after(prev.end))
                if (
                    subj is not None
                    and doc.entity_types.get(subj) == EntityType.PERSON
                    and not _plural_group(subj)
                ):
                    return subj
        if self.en and want_person and (host := self._en_relative_host(offset)) is not None:
            return host  # "X, a leftist who hosted Y in May, when he dismissed ...": X
        if self.en and word == "they" and si > 0 and (pair := self._pair_opener(si - 1)):
            # "Russia and China vetoed the draft. They said ...": the pair that spoke, by
            # its first member, not the body named last (S7-H23)
            return pair
        if self.en and not want_person and si >= 0:
            # "X began firing at Y a day after the Z offensive, in what it said was ...":
            # it/they inside a sentence are its subject, not the actor named last
            subj = self.sentence_subject(si, doc.tok_at(offset))
            if subj is not None and doc.entity_types.get(subj) != EntityType.PERSON:
                return subj
        for m in reversed(self.doc.mentions_in(max(0, offset - 600), offset)):
            if not self.doc.is_actor(m) or m.adjectival:
                continue
            is_person = m.etype == EntityType.PERSON
            if is_person == want_person and not (want_person and _plural_group(m.key)):
                return m.key
        return None

    def _en_relative_host(self, offset: int) -> str | None:
        """English: for he/she at ``offset`` right after a subordinator (", when he
        ...", ", as she ..."): the person a "who" clause of the same sentence is said of
        when the person named last before the pronoun is inside that clause (its object:
        "X, a leftist who hosted Y in May, when he dismissed ..." is X speaking)."""
        doc = self.doc
        assert doc.seg is not None
        p = doc.tok_at(offset)
        if p < 1 or doc.word(p - 1) not in _EN_SUBORDINATORS:
            return None
        si = doc.seg.index_at(offset)
        a = doc.tok_after(doc.seg.sents[si].start)
        who = next((j for j in range(p - 2, a, -1) if doc.word(j) == "who"), None)
        if who is None:
            return None
        people = [
            m
            for m in doc.mentions_in(doc.tokens[a].start, offset)
            if doc.is_actor(m) and not m.adjectival and m.etype == EntityType.PERSON
        ]
        before = [m for m in people if m.t1 < who and who - m.t1 <= 6]
        inside = [m for m in people if m.t0 > who]
        if not before or not inside or inside[-1].key == before[-1].key:
            return None
        return before[-1].key

    def _pair_opener(self, si: int) -> str | None:
        """English: the first member of a subject "X and Y" (two actors, no person) that
        opens sentence ``si``, else None."""
        doc = self.doc
        assert doc.seg is not None
        sent = doc.seg.sents[si]
        a, b = doc.tok_range(sent)
        if (dl := _DATELINE.match(self.text, sent.start)) is not None:
            a = max(a, doc.tok_after(dl.end()))  # "GENEVA (Reuters) - X and Y ..."
        first = doc.mention_at_tok(a)
        if first is None or first.t0 != a or doc.word(first.t1 + 1) != "and":
            return None
        second = doc.mention_at_tok(first.t1 + 2)
        if second is None or second.t0 != first.t1 + 2 or second.t1 + 1 >= b:
            return None
        for m in (first, second):
            if (
                not self.speaker_ok(m)
                or m.adjectival
                or doc.entity_types.get(m.key) == EntityType.PERSON
            ):
                return None
        return first.key if second.key != first.key else None

    def _body_subject(self, si: int) -> str | None:
        """English: the subject of sentence ``si`` when it is a state body or a state
        (not a person, not a group of people)."""
        doc = self.doc
        assert doc.seg is not None
        subj = self.sentence_subject(si, doc.tok_after(doc.seg.sents[si].end))
        if (
            subj is None
            or doc.entity_types.get(subj) not in (EntityType.ORGANIZATION, EntityType.STATE)
            or _plural_group(subj)
        ):
            return None
        return subj

    def sentence_subject(self, sent: int, before_tok: int) -> str | None:
        """First actor (non-prepositional) of a sentence, before a token."""
        doc = self.doc
        assert doc.seg is not None
        a, _ = doc.tok_range(doc.seg.sents[sent])
        if not self.en:
            a = self._after_opener(a, before_tok)
        elif a < before_tok and (dl := _DATELINE.match(self.text, doc.tokens[a].start)):
            a = max(a, doc.tok_after(dl.end()))  # "KYIV (Reuters) - X ...": the city is no subject
        t = a
        while t < before_tok and t < a + 6:
            if not self.en and t <= a + 2 and doc.word(t) in _AR_HONORIFIC_PRON:
                return self._dignitary(sent, t)  # "ووجّه سموه الشكر ...، مؤكدا أن"
            m = doc.mention_at_tok(t)
            if m is not None and self.en and self.in_quote(m.start) is not None:
                t = m.t1 + 1  # '"Peru is ready," he said': the quote is not the subject
                continue
            if m is not None:
                if self.speaker_ok(m) and doc.prep_of(m) is None and not m.adjectival:
                    return m.key
                t = m.t1 + 1
                continue
            if not self.en and (joint := self._joint_subject(t, before_tok)) is not None:
                return joint.key  # "أعلنت المجالس العسكرية في مالي و...، متهمة"
            if not self.en and (titled := self._titled_person(t, before_tok)) is not None:
                return titled.key  # "التقى وزير الخارجية القطري الشيخ X نظيره ...، وأكد"
            if t > a and self._explicit_unlinked(t) and not self.en:
                return None  # the verb's subject is a noun we could not link
            t += 1
        return None

    def _titled_person(self, t: int, limit: int) -> Ment | None:
        """Arabic: the person named at the end of an unlinked title opening at ``t``
        ("وزير الخارجية القطري الشيخ X", "الأمين العام لـ«حزب الله» X"): every word
        between is part of the title; a counterpart ("نظيره X") is another actor."""
        doc = self.doc
        if doc.mention_at_tok(t) is not None or doc.word(t) not in _ar_role_heads():
            return None
        for j in range(t + 1, min(limit, t + 14)):
            if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return None
            m = doc.mention_at_tok(j)
            if (
                m is not None
                and m.t0 == j
                and m.etype == EntityType.PERSON
                and not m.adjectival
                and doc.prep_of(m) is None
            ):
                return None if doc.word(j).startswith(_COUNTERPART) else m
            if not self._title_run_word(j):
                return None
        return None

    def _explicit_unlinked(self, t: int) -> bool:
        """A definite noun right after the verb that is not a linked mention: the
        verb has a subject we could not link."""
        w = self.doc.word(t)
        return (
            w.startswith("ال") and self.doc.mention_at_tok(t) is None and w not in _AR_NOT_SUBJECT
        )

    def _pronoun_before(self, k: int, a: int) -> str | None:
        t = self._pronoun_tok(k, a)
        if t is None:
            return None
        return self.resolve_pronoun(self.doc.word(t), self.doc.tokens[t].start)

    def _reresolve_pronouns(self) -> None:
        """Resolve pronoun speakers again once direct quotes are attributed: "“…,”
        Peskov told reporters. He added that …" continues Peskov's statement."""
        for s in self.stmts:
            if s.pronoun is not None:
                key = self.resolve_pronoun(*s.pronoun)
                if key is not None:
                    s.speaker = key

    def _after_opener(self, a: int, limit: int) -> int:
        """Arabic: the first token after a sentence-opening adverbial of one to three words
        set off by a comma and naming no actor ("في المقابل،", "من جهته،", "وفي السياق
        نفسه،"), else ``a``."""
        doc = self.doc
        if (
            a + 3 < limit
            and doc.word(a) in _AR_FROM_OPENERS
            and doc.word(a + 1) in _AR_IMPERSONAL_OPENERS
            and doc.word(a + 2) == _AR_THAT
            and a + 3 not in self._cue_hits
        ):
            # "ومن المقرر أن يزور X أنقرة ...، وقال إن": the subject follows the verb of
            # the أن clause; "it is planned" names no one
            return a + 4
        for j in range(a + 1, min(a + 5, limit + 1)):
            if j - 1 in self._cue_hits:
                break
            if _DATELINE_DASH.fullmatch(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return j  # "الرياض (واس) - أعلنت الوزارة": the dateline names no subject
        for j in range(a + 1, min(a + 4, limit)):
            if doc.mention_at_tok(j - 1) is not None:
                return a
            if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return j
        if a < limit:
            # "وفي العاشر من يوليو الماضي، استقبل X ...، وقال إن": a longer opener that
            # is one time expression set off by a comma names no subject either
            second = doc.tokens[a + 1].start if a + 1 < limit else doc.tokens[a].start
            for x in doc.times_in(doc.tokens[a].start, second + 1):  # ("وفي 12 مارس الماضي،")
                if x.start in (doc.tokens[a].start, second):
                    j = doc.tok_after(x.end)
                    if a + 3 <= j < limit and _COMMAS & set(
                        self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
                    ):
                        return j
        return a

    def _said_pronoun(self, si: int, k: int, a: int) -> int | None:
        """English: the subject pronoun of a speech cue earlier in the clause of a participle
        at ``k`` ('"...," he said, adding that'), when no statement of this sentence came
        before it and no actor outside quotation marks is the clause's subject."""
        if any(
            s.sent == si and s.cue_tok < k and self.in_quote(s.cue_start) is None
            for s in self.stmts
        ):  # (not a cue inside the quotation: '"X told us that ...," he said, adding')
            return None
        if self._en_clause_subject(k, a) is not None:
            return None
        for j in range(k - 1, a, -1):
            if j in self._cue_hits and self._cue_hits[j][0].entry.kind == "say":
                t = self._pronoun_tok(j, a)
                if t is not None and self.in_quote(self.doc.tokens[t].start) is None:
                    return t
        return None

    def _clause_pronoun(self, k: int, a: int) -> int | None:
        """English: the token ``a`` when a subject pronoun (he, she, it, they) outside
        quotation marks opens the clause that a coordinated verb or participle at ``k``
        continues ("He asked ..., and said"), else None."""
        doc = self.doc
        if not (a < k and _EN_PRONOUNS.get(doc.word(a)) in ("m", "o")):
            return None
        return a if self.in_quote(doc.tokens[a].start) is None else None
