"""The speaker of a cue read from its clause, in both languages: the statement a participle or
a coordinated verb continues (``_current_speaker``), verbal nouns and their agents, relative
clauses, subjects we could not link, the owner of a nominal cue, styles of address.
"""

from __future__ import annotations

from kg.extractors.doc import AR_PREP_WORDS, AR_STATEMENT_NOUNS, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.sentences import Span
from kg.extractors.speakers_ar import (
    _AR_REL_PRON,
    _ar_person_roles,
    _ar_role_heads,
    _ar_unnamed_heads,
    _is_comp,
    ar_feminine_verb,
)
from kg.extractors.statements.issuers import Issuers
from kg.extractors.statements.statement import Cue, Stmt
from kg.extractors.statements.words import (
    _AR_ADDRESSEE_VERBS,
    _AR_AUX_LAM,
    _AR_MASDAR_PREPS,
    _AR_PARTICLES,
    _AR_PRONOUN_SUFFIXES,
    _AR_STYLE_OF_PRON,
    _AR_STYLED_TITLES,
    _AR_TO,
    _AR_WAS,
    _AR_WHILE_CLAUSE,
    _AR_WRITER_ASIDE,
    _COMMAS,
    _DATELINE,
    _EN_ABBREV_DOTS,
    _EN_DETERMINERS,
    _EN_PRONOUNS,
    _EN_SUBORDINATORS,
    _QAD,
    _pair_words,
)
from kg.extractors.text import fold
from kg.models import EntityType

__all__ = ["Speakers"]


class Speakers(Issuers):
    """The speaker of a cue read from its clause."""

    def _ar_masdar(self, h: Hit[Cue], a: int) -> bool:
        """An Arabic perfect-verb cue that is the verbal noun of the same letters: written
        with hamza below ("إدانته", "وإعلانها": form IV perfects open with أ), or right
        after a temporal preposition ("عقب ادانته بالتجسس", "بعد اعلانه"): an event
        (his conviction), not a speech act of the word's pronoun."""
        doc = self.doc
        k = h.first
        if k > a and doc.word(k - 1) in _AR_MASDAR_PREPS:
            # (but "عقب وصف الرئيس X الاتفاق بأنه": a person's act of saying, named)
            return not self._masdar_agent(k)
        tok = doc.tokens[k]
        orig = doc.nt.original
        o = doc.nt.to_orig(tok.start) + len(h.prefix)
        return orig[o : o + 1] == "إ"

    def _background(self, si: int, k: int) -> bool:
        """Whether a participle at ``k`` belongs to a pluperfect background sentence ("وكانت
        الدول الأربع قد قطعت ...، متهمة ...") in which nothing was said before it."""
        doc = self.doc
        assert doc.seg is not None
        if any(s.sent == si and s.cue_tok < k for s in self.stmts[-4:]):
            return False
        if k + 1 < len(doc.tokens) and _is_comp(doc.word(k + 1)):
            return False  # "وكانت المحكمة قد ألغت القانون، معتبرة أنه": a clause is reported
        a, _ = doc.tok_range(doc.seg.sents[si])
        first = doc.word(a)
        first = first[1:] if first[:1] in "وف" else first
        if any(
            h.cls in ("v", "i") and h.entry.kind == "say"
            for j in range(a + 1, k)
            for h in self._cue_hits.get(j, ())
        ):
            return False  # "وكان X قد أعلن ... حظر ...، متهما": the participle goes on a speech
        return first in _AR_WAS and any(doc.word(j) == _QAD for j in range(a + 1, min(k, a + 8)))

    def _relative_clause_verb(self, k: int, a: int) -> bool:
        """An imperfect verb right after an indefinite noun opens a relative clause
        whose subject is that noun ("على قرار يطالب تونس")."""
        doc = self.doc
        if k <= a or doc.mention_at_tok(k - 1) is not None:
            return False
        if self.text[doc.tokens[k - 1].end : doc.tokens[k].start].strip():
            return False
        w = doc.word(k - 1)
        return (
            not w.startswith(("ال", "و", "ف"))
            and w not in _AR_PARTICLES
            and not w.startswith(("ي", "ت", "ن"))
            and len(w) > 2
        )

    def _clause_start(self, t: int) -> int:
        """Arabic: the offset where the adjunct holding token ``t`` opens: after the comma
        before it ("...، في خطوة وصفتها"), else at token ``t``."""
        doc = self.doc
        lo = max(0, t - 3)
        for j in range(t, lo, -1):
            if any(c in self.text[doc.tokens[j - 1].end : doc.tokens[j].start] for c in "،,"):
                return doc.tokens[j - 1].end
        return doc.tokens[t].start

    def _sentence_speaker(self, si: int) -> str | None:
        """The speaker of the latest statement of sentence ``si`` read so far, if any."""
        for st in reversed(self.stmts):
            if st.sent == si:
                return st.speaker
            if st.sent < si:
                break
        return None

    def _masdar_agent(self, k: int) -> bool:
        """Arabic: the bare verbal noun of a cue at ``k`` after a preposition whose agent,
        a person, is named right after it and whose reported clause follows within a few
        words ("بعد يوم من وصف الرئيس X الهجوم بأنه «...»"): a statement of that person."""
        doc = self.doc
        m = doc.mention_at_tok(k + 1)
        if (
            self.en
            or m is None
            or m.t0 != k + 1
            or m.etype != EntityType.PERSON
            or m.adjectival
            or not self.speaker_ok(m)
            or self.text[doc.tokens[k].end : doc.tokens[k + 1].start].strip()
        ):
            return False
        for j in range(m.t1 + 1, min(len(doc.tokens), m.t1 + 7)):
            if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return False
            if _is_comp(doc.word(j)):
                return True
        return False

    def _ar_aux_before(self, k: int, a: int) -> int | None:
        """The auxiliary ("عاد", "رجع") of a cue in ل + imperfect at ``k`` ("عاد ليؤكد",
        "عادت الوزارة لتتهم"), at most three subject words between: its token, or None."""
        doc = self.doc
        if not doc.word(k).startswith("ل"):
            return None
        for j in range(k - 1, max(a, k - 4) - 1, -1):
            w = doc.word(j)
            if w in _AR_AUX_LAM or (w[:1] in ("و", "ف") and w[1:] in _AR_AUX_LAM):
                return j
            if _COMMAS & set(self.text[doc.tokens[j].end : doc.tokens[j + 1].start]):
                return None
        return None

    def _ar_adjective_participle(self, k: int, a: int) -> bool:
        """Arabic: a feminine participle cue glued to the bare indefinite noun before it,
        with no comma and no و ("عقوبات مشددة على"، "إجراءات مشددة"): an adjective of that
        noun, not a participle continuing a speaker ("، مشددة على أن")."""
        doc = self.doc
        if k <= a:
            return False
        raw = self.text[doc.tokens[k].start : doc.tokens[k].end]
        if not raw.endswith("ة") or raw[:1] in ("و", "ف"):
            return False
        if self.text[doc.tokens[k - 1].end : doc.tokens[k].start].strip():
            return False
        prev = self.text[doc.tokens[k - 1].start : doc.tokens[k - 1].end]
        verb = prev.endswith("ت") and not prev.endswith("ات")  # "ختمت مشددة على": a verb
        return (
            doc.mention_at_tok(k - 1) is None
            and (k - 1) not in self._cue_hits
            and not prev.startswith("ال")
            and not prev.endswith(_AR_PRONOUN_SUFFIXES)  # "عن قلقها مشددة": no noun of hers
            and not verb
            and doc.word(k - 1) not in AR_STATEMENT_NOUNS  # "أصدرت بيانا مشددة فيه على"
        )

    def _unlinked_before(self, si: int, k: int) -> bool:
        """Arabic: whether a speech verb before token ``k`` in sentence ``si`` has a
        subject named but not linked (:meth:`_unlinked_name`), with no statement after it
        in that sentence: what goes on in the sentence is that person's, not the previous
        speaker's."""
        v = self._unlinked_said.get(si)
        return (
            v is not None
            and v < k
            and not any(s.sent == si and v < s.cue_tok < k for s in self.stmts[-6:])
        )

    def _object_relative(self, k: int, a: int) -> int | None:
        """English: the token of "which"/"that" when the cue at ``k`` closes an object
        relative clause ("..., which Berlin called a pretext", "a move that Ankara called
        ..."): a few words before it, with only its subject between; else None."""
        doc = self.doc
        for j in range(k - 1, max(a, k - 6) - 1, -1):
            if doc.word(j) in ("which", "that"):
                return j if j < k - 1 and doc.mention_at_tok(j + 1) is not None else None
            gap = self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
            if j in self._cue_hits or _COMMAS & set(gap):
                return None
        return None

    def _reduced_relative(self, k: int, a: int) -> int | None:
        """English: the token of "a"/"an" opening ", a step X rejected": a noun and an actor
        right before the cue at ``k``, an article and a comma before them; else None."""
        doc = self.doc
        m = doc.mention_at_tok(k - 1) if k > a else None
        if m is None or m.t1 != k - 1 or m.t0 - 2 <= a:
            return None
        j = m.t0 - 1
        if not self.text[doc.tokens[j].start : doc.tokens[j].end].isalpha():
            return None
        if doc.word(j) in _EN_PRONOUNS or not doc.tokens[j].text.islower():
            return None
        if doc.word(j - 1) not in ("a", "an"):
            return None
        return j - 1 if "," in self.text[doc.tokens[j - 2].end : doc.tokens[j - 1].start] else None

    def _clause_actor(self, a: int, k: int) -> list[str]:
        """English: the first actor named (not as an adjective) from token ``a`` to token
        ``k`` (a relative pronoun), with its state: who did what the clause names."""
        doc = self.doc
        for m in doc.mentions_in(doc.tokens[a].start, doc.tokens[k].start):
            if doc.is_actor(m) and not m.adjectival:
                state = doc.entity_states.get(m.key)
                return [m.key] if state in (None, m.key) else [m.key, state]
        return []

    def _unlinked_subject(self, t: int) -> bool:
        """Arabic: token ``t`` right after a speech verb that found no speaker is a word of
        a subject we did not link (a bare surname, "فيما وصف الغنوشي الخطوة"): no mention,
        complementiser, preposition, time word or quotation mark is there."""
        doc = self.doc
        if t >= len(doc.tokens) or doc.mention_at_tok(t) is not None:
            return False
        w = doc.word(t)
        gap = self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
        return (
            len(w) > 2
            and w.isalpha()
            and not gap.strip()
            and not _is_comp(w)
            and w not in AR_PREP_WORDS
            and w[:1] not in ("ب", "ل")
            and not self._skippable(t)
            and not any(doc.mention_at_tok(j) for j in range(t + 1, min(len(doc.tokens), t + 4)))
            and not self._named_word(t)
        )  # (not "أعلنت جبهة «البوليساريو»": a name linked right after its head)

    def _named_word(self, t: int) -> bool:
        """Whether the word at token ``t`` is a word of a person's name told before it
        ("أمادو عبد الرحمن" ... "وانتقد عبد الرحمن"): a short name of a known speaker."""
        doc = self.doc
        w = doc.word(t)
        off = doc.tokens[t].start
        return any(
            m.etype == EntityType.PERSON
            and m.end <= off
            and w in {doc.word(j) for j in range(m.t0, m.t1 + 1)}
            for m in doc.mentions
        )

    def _coordinated_prev(self, k: int, si: int, prefix: str) -> Stmt | None:
        """The statement just before an Arabic cue joined by "،" + "و" in the same
        sentence, when no name follows the cue: the cue continues its speaker.  The و must
        be the conjunction (``prefix``, the cue's proclitics), not the first root letter
        of the verb ("الذي وصفه المدعون بأنه", "وعد", "وجه")."""
        doc = self.doc
        if prefix[:1] != "و" or not self.stmts:
            return None
        prev = self.stmts[-1]
        if prev.sent != si:
            return None
        gap = self.text[prev.end : doc.tokens[k].start]
        if prev.direct:
            # 'وصف X بأنها "..."، وحذر من': the quotation ends the first verb's content
            q = self.in_quote(prev.start)
            if q is None or q.close < 0 or q.close + 1 > doc.tokens[k].start:
                return None
            gap = self.text[q.close + 1 : doc.tokens[k].start]
        if gap.strip(" ") not in ("،", ",", ""):
            return None  # ("" : "أعربت X عن «قلقها» ودعت": the content ended at this verb)
        nxt = doc.mention_at_tok(k + 1)
        if nxt is not None and self.speaker_ok(nxt) and doc.prep_of(nxt) is None:
            if not self._addressee_after(k, nxt, prev):
                return None  # "، وقال بوتين": a new speaker
        if nxt is None and self._titled_person(k + 1, min(len(doc.tokens), k + 12)):
            return None  # "، وقالت المتحدثة باسمها X": a new speaker named after a title
        if nxt is None and self._title_then_comp(k + 1):
            # "ورحبت فرنسا بالاتفاق، وقال وزير خارجيتها X إن": a titled subject of its own
            # (named or not), not the first verb's speaker going on
            return None
        comp = next(
            (j for j in range(k + 1, min(len(doc.tokens), k + 6)) if _is_comp(doc.word(j))), None
        )
        if nxt is None and comp is not None and self._unlinked_name(k + 1, comp):
            return None  # "، وقال فرحان حق إن": a name we did not link speaks, not the first
        return prev

    def _svo_subject(self, k: int, a: int) -> bool:
        """Arabic: an actor named right before the verb at ``k`` with no comma between
        ("أن الرئيس الأمريكي أخبر جلالته بأن"): the verb's subject, so an honorific
        pronoun after the verb is its object, not its speaker."""
        doc = self.doc
        if k - 1 <= a:
            return False
        m = doc.mention_at_tok(k - 1)
        return (
            m is not None
            and not m.adjectival
            and m.etype == EntityType.PERSON
            and not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start])
        ) or (
            m is not None
            and m.adjectival
            and m.t0 > 0
            and (h := doc.mention_at_tok(m.t0 - 1)) is not None
            and h.etype == EntityType.PERSON
        )

    def _title_then_comp(self, t: int) -> bool:
        """Arabic: a role word no mention covers opens token ``t`` ("وزير خارجيتها"،
        "مسؤولة السياسة الخارجية في الاتحاد X Y") and a complementiser follows within a
        dozen tokens with no comma or other cue between: an explicit subject."""
        doc = self.doc
        if t >= len(doc.tokens) or doc.mention_at_tok(t) is not None:
            return False
        w = doc.word(t)
        if (
            w not in _ar_role_heads()
            and w not in _ar_person_roles()
            and fold(w.removesuffix("ه")) not in _ar_unnamed_heads()
        ):
            return False
        for j in range(t + 1, min(len(doc.tokens), t + 13)):
            if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return False
            if _is_comp(doc.word(j)):
                return True
            if j in self._cue_hits:
                return False
        return False

    def _relayed_subject(self, prev: Stmt, k: int) -> Ment | None:
        """Arabic: the person whose act a body's statement reports ("أفادت الوزارة بأن
        الوزير X بحث مع نظيره ..."), when a masculine verb joined after it ("، وشدد على")
        cannot continue the feminine verb of the body: the person speaks.  None when the
        verbs agree ("قال الكرملين إن بوتين أجرى ...، ودعا": left to the body)."""
        doc = self.doc
        if self.en or doc.entity_types.get(prev.speaker) == EntityType.PERSON:
            return None
        if prev.cue_tok < 0 or not ar_feminine_verb(doc.word(prev.cue_tok)):
            return None
        if doc.word(k).endswith(("ا", "وا")) or ar_feminine_verb(doc.word(k)):
            return None  # feminine, dual or plural: not a single man
        if doc.word(k + 1) in _pair_words(False):
            return None  # "، وأكد الجانبان": the verb agrees with the pair after it
        for m in doc.mentions_in(prev.start, min(prev.end, doc.tokens[k].start)):
            if not self.speaker_ok(m) or m.adjectival or doc.prep_of(m) is not None:
                continue
            if m.key == prev.speaker or m.etype != EntityType.PERSON:
                return None  # the content's subject is not a person
            if m.kind == "role":
                m = self._named_after_title(m.t1 + 1, k) or m
            return m if m.kind != "role" else None
        return None

    def _own_side(self, prev: Stmt, k: int) -> tuple[Ment, int] | None:
        """Arabic: "، وأكد الجانبان" after a body's statement that tells of two people
        ("أعلنت الخارجية المصرية أن الوزير X تلقى اتصالا من نظيره اليوناني"): the first person
        of the body's own state named in that statement, and the token after "الجانبان"
        (the body relays its own side; the other side is not its to quote)."""
        doc = self.doc
        if self.en or doc.entity_types.get(prev.speaker) == EntityType.PERSON:
            return None
        state = doc.entity_states.get(prev.speaker)
        t = k + 1
        while t < k + 4 and self._skippable(t):
            t += 1
        if state is None or doc.word(t) not in _pair_words(False) or doc.mention_at_tok(t):
            return None
        for m in doc.mentions_in(prev.start, min(prev.end, doc.tokens[k].start)):
            if (
                m.etype == EntityType.PERSON
                and self.speaker_ok(m)
                and not m.adjectival
                and doc.entity_states.get(m.key) == state
            ):
                return m, t + 1
        first = next(iter(doc.mentions_in(prev.start, prev.end)), None)
        if (
            first is not None
            and first.t0 == doc.tok_after(prev.start)
            and first.etype == EntityType.PERSON
            and self.speaker_ok(first)
            and doc.prep_of(first) is None
        ):
            return first, t + 1  # "أن الوزير X أجرى اتصالا ...": the subject it reports on
        return None

    def _addressee_after(self, k: int, m: Ment, prev: Stmt) -> bool:
        """ "نفت الخارجية التركية ...، ودعت بغداد إلى": after a verb of calling on
        (``_AR_ADDRESSEE_VERBS``) that continues another state's statement, a state named
        alone before "إلى" is the one called on, not a new speaker."""
        doc = self.doc
        w = doc.word(k)
        if w[1:] not in _AR_ADDRESSEE_VERBS or m.etype != EntityType.STATE or m.t0 != k + 1:
            return False
        if doc.word(m.t1 + 1) not in _AR_TO:
            return False
        person = doc.entity_types.get(prev.speaker) == EntityType.PERSON
        if w.endswith("ت") == person:
            return False  # "قال ترامب ...، ودعت مصر إلى": the feminine verb is Egypt's
        own = doc.entity_states.get(prev.speaker)
        return own != m.key  # (a body of no state, "حركة X"، calls on any state)

    def _content_subject(self, k: int) -> Ment | None:
        """For a cue joined by و inside another statement's content ("قال المكتب إن الرئيس
        تحدث مع بوتين وأبلغه بأن"), the subject of that content: its first actor not
        governed by a preposition."""
        doc = self.doc
        if doc.word(k)[:1] not in ("و", "ف"):
            return None
        off = doc.tokens[k].start
        outer = next((s for s in reversed(self.stmts[-8:]) if s.start <= off < s.end), None)
        if outer is None:
            return None
        c = doc.tok_after(outer.start)
        own = (fold("انه"), fold("انها"), fold("بانه"), fold("بانها"))
        if any(doc.word(j) in own and doc.mention_at_tok(j + 1) is None for j in (c - 1, c)):
            return None  # "قال X إنه التقى Y وأكد له أن": the pronoun, X himself, goes on
        for m in doc.mentions_in(outer.start, off):
            if self.speaker_ok(m) and not m.adjectival and doc.prep_of(m) is None:
                return m if m.key != outer.speaker else None
        return None

    def _inside_content(self, offset: int) -> bool:
        return any(s.start <= offset < s.end for s in self.stmts[-8:])

    def _attributes_quote(self, k: int, sent: Span) -> bool:
        """Whether the cue at ``k`` follows a closing quotation mark of its sentence
        with only the speaker in between."""
        doc = self.doc
        cue_start = doc.tokens[k].start
        for q in self.quotes:
            if q.close < 0 or q.close >= cue_start:
                continue
            if q.close < sent.start or cue_start - q.close > 80:
                continue
            gap = self.text[q.close + 1 : cue_start]
            if self.en:
                gap = _EN_ABBREV_DOTS.sub("", gap)
            if gap.strip().lower() in ("and", "but", "و"):
                continue  # '... was “fragile” and called for': a second verb, not attribution
            if self.en and gap.rstrip().lower().endswith((" and", " but")):
                continue  # 'could be "a step" toward trust but warned': a second verb too
            if self.en and any(c in " ".join(gap.lower().split()) for c in (", and ", ", but ")):
                continue  # 'had "betrayed" traders, and he urged': a new clause, own subject
            if self.en and "," in gap:
                opener = gap.rsplit(",", 1)[1].split()[:1]
                if opener and opener[0].lower() in _EN_SUBORDINATORS and opener[0] != "as":
                    continue  # 'called it "a friend", while Y thanked': a clause of its own
                if gap.rsplit(",", 1)[0].split() and self.text[sent.start : q.open].strip():
                    # 'The delegation raised "serious concerns" about the pact, the White
                    # House said': words on both sides of the quotation, one clause reported
                    continue
            # (up to nine words, as the quotation's attribution reaches: "ECOWAS Commission
            # president Marcel Alain de Souza told")
            if len(gap.split()) <= (9 if self.en else 6) and not any(c in gap for c in ".;:!?\n"):
                return True
        return False

    def _say_subject(self, k: int) -> bool:
        """English: the bare "say" at ``k`` is a present-tense verb after its subject: a
        name, a plural noun or pronoun ("the Houthis say", "officials say", "they say"),
        an adverb, or the comma closing an aside ("..., who control the north, say")."""
        doc = self.doc
        if k == 0:
            return False
        prev = doc.word(k - 1)
        m = doc.mention_at_tok(k - 1)
        return (
            (m is not None and m.t1 == k - 1)
            or prev in ("they", "we", "i", "you", "both", "all", "also", "still", "now", "often")
            or (prev.endswith(("s", "ly")) and prev not in _EN_DETERMINERS and prev != "has")
            or "," in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
            # "The Houthis deny ... and say ...": coordinated with a statement just made
            or (prev in ("and", "but") and any(k - 30 < s.cue_tok < k for s in self.stmts[-2:]))
        )

    def _named_object(self, t: int) -> bool:
        """English: token ``t`` opens the object of a naming cue right before it ("called",
        "dubbed": 'called Moscow's warning "a bluff"')."""
        hits = self._cue_hits.get(t - 1) if self.en and t > 0 else None
        return hits is not None and any(x.entry.comp == "quote" for x in hits)

    def _genitive_speaker(self, h: Hit[Cue], b: int) -> Ment | None:
        """The owner of a nominal cue: the actor right after it in Arabic ("إعلان
        الرئيس ترامب أن", not "قوله" which has a pronoun), the possessive right before
        it in English ("Moscow's insistence that")."""
        doc = self.doc
        if self.en:
            m = doc.mention_at_tok(h.first - 1)
            ok = m is not None and m.t1 == h.first - 1 and self._possessive(m)
            return m if ok and self.speaker_ok(m) else None
        if h.pron:
            return None
        m = doc.mention_at_tok(h.last + 1)
        if m is None and h.last + 1 < b:
            # "إعلان وزير الخارجية الكويتي الشيخ X أن": an unlinked title, then the name
            titled = self._titled_person(h.last + 1, b)
            if titled is not None:
                return titled
        if m is None or m.t0 != h.last + 1 or not self.speaker_ok(m) or doc.prep_of(m):
            return None
        person = self._apposed_person(m, min(b, m.t1 + 6))
        return person if person is not None else m

    def _styled_title(self, t: int) -> frozenset[str] | None:
        """Arabic: the styles of the dignitary that "سمو الأمير" ("جلالة الملك", "فخامة
        الرئيس") at token ``t`` takes up: a style of address, then a bare title noun that
        no mention starts at (no name follows it); else None."""
        if self.en:
            return None
        doc = self.doc
        styles = _AR_STYLE_OF_PRON.get(doc.word(t))
        if styles is None or doc.word(t + 1) not in _AR_STYLED_TITLES:
            return None
        m = doc.mention_at_tok(t + 1)
        if m is not None or doc.mention_at_tok(t + 2) is not None:
            return None  # "سمو الأمير فيصل بن فرحان": the name that follows
        return styles

    def _current_speaker(self, si: int, k: int, a: int) -> str | None:
        if not self.en and (during := self._ar_while_subject(k, a)) is not None:
            return during  # "قالت X إن ...، فيما رفضت Y الانتقادات، معتبرة أن": Y goes on
        for s in reversed(self.stmts):
            if s.sent == si and s.cue_tok < k:
                if not self.en and s.cue_tok < self._unlinked_said.get(si, -1) < k:
                    # "رحب X بالقرار، فيما وصف Y الخطوة بأنها ...، مثمناً": Y, whom we did
                    # not link, goes on; not X
                    return None
                if not self.en and self._relative_cue(s.cue_tok):
                    # "انتقد X تصريحات Y التي أعرب فيها عن ...، معتبرا أن": the
                    # participle goes with the main clause, not with the relative one
                    main = self.sentence_subject(si, k)
                    if main is not None:
                        return main
                if not self.en and self._relative_on_remarks(s.cue_tok):
                    # "رد X على تصريحات Y الذي قال إن ...، معتبراً": the participle answers
                    # Y's remarks; it goes on with the main clause (or with nobody of ours
                    # when we did not link its subject), never with Y
                    main = self.sentence_subject(si, k)
                    return main if main != s.speaker else None
                if not self.en and (aside := self._aside_subject(k, s.cue_tok)) is not None:
                    # "أعلن X أنه ...، وهو ما رفضه Y واصفا العرض بأنه": Y, who rejected
                    # the claim in the writer's aside, goes on
                    return aside
                if not self.en and (outer := self._ended_outer(s, k)) is not None:
                    # "وأضاف الوزير أن الكويت تطالب ...، مشيراً إلى": after both contents
                    # ended, the participle goes on with the minister, not the nested state
                    return outer.speaker
                if self.en and (outer := self._en_ended_outer(s, k)) is not None:
                    # "X told reporters that Honduras had demanded aid, and accused Beijing
                    # of ...": X goes on, not the subject of the clause X reported
                    return outer.speaker
                return s.speaker
            break
        if not self.en and self._unlinked_before(si, k):
            return None  # "وأشاد X Y بـ...، معتبرا أن": the participle goes on with X
        if self.en:
            dl = _DATELINE.match(self.text, self.doc.tokens[a].start) if a < k else None
            if dl is not None:
                a = max(a, self.doc.tok_after(dl.end()))  # "ANKARA, May 2 (Reuters) -": no subject
            if (
                a + 2 < k
                and self._statement_subject(a + 2)
                and self.doc.word(a + 2) not in ("by", "from", "of", "issued")
            ):
                # "The statement singled out X, saying he had ...": the document's issuer
                # goes on, not the actor named in its object
                return self._issuer(si, k)
            if self._en_verb_first(k, a):
                return None  # "West African leaders gave X a week ... and said": not X
            p = self._clause_pronoun(k, a)
            if p is not None and (said := self._pronoun_before(p + 1, p)) is not None:
                # "He asked neighbours to respect Manila's right ..., and said": the
                # pronoun subject goes on speaking, not the actor named in its object
                return said
            m = self._en_clause_subject(k, a)
            if m is None:
                m = self.mention_before(k, a)
            return m.key if m else None
        return self._ar_while_subject(k, a) or self.sentence_subject(si, k)

    def _relative_on_remarks(self, c: int) -> bool:
        """Arabic: the cue at token ``c`` follows a relative pronoun whose antecedent is a
        speaker named right after a noun of remarks ("على تصريحات روبيو الذي قال"): a
        clause that recalls what the remarks were, inside the main speaker's sentence."""
        doc = self.doc
        if c < 3 or doc.word(c - 1) not in _AR_REL_PRON:
            return False
        m = doc.mention_at_tok(c - 2)
        if m is None or m.t1 != c - 2 or m.t0 < 1:
            return False
        w = doc.word(m.t0 - 1)
        w = w[2:] if w.startswith("ال") else w
        for p in ("", "و", "ب", "ل", "على"):
            if w.startswith(p) and w[len(p) :] in AR_STATEMENT_NOUNS:
                return True
        return doc.word(m.t0 - 1) in AR_STATEMENT_NOUNS

    def _aside_subject(self, k: int, since: int) -> str | None:
        """Arabic: the actor named right after the verb of the writer's aside ("...، وهو ما
        رفضه خامنئي"، "وهو ما نفته الدوحة") between the cue at token ``since`` and token
        ``k``, else None."""
        doc = self.doc
        asides = list(
            _AR_WRITER_ASIDE.finditer(self.text, doc.tokens[since].end, doc.tokens[k].start)
        )
        if not asides:
            return None
        found = asides[-1]
        t = doc.tok_after(found.end())
        m = doc.mention_at_tok(t + 1) if t + 1 < k else None
        if m is None or m.t0 != t + 1 or m.t1 >= k or m.adjectival or not self.speaker_ok(m):
            return None
        return m.key

    def _ended_outer(self, s: Stmt, k: int) -> Stmt | None:
        """The statement of the same sentence whose content holds the cue of ``s`` (a
        nested statement), when that content ended before token ``k`` and the participle
        at ``k`` agrees in gender with its speaker rather than with the nested one (masculine
        for a person, feminine for a body or state); else None."""
        doc = self.doc
        outer = self._outer_ended_by(s, doc.tokens[k].start)
        if outer is None:
            return None
        person = doc.entity_types.get(outer.speaker) == EntityType.PERSON
        nested_person = doc.entity_types.get(s.speaker) == EntityType.PERSON
        feminine = doc.word(k).endswith("ة")
        if not person and not nested_person and feminine:
            # "وقالت الخارجية إن باريس تدعو إلى ...، مشيرة إلى": two bodies, the
            # participle goes on with the main clause's speaker
            return outer
        return outer if person != nested_person and person != feminine else None

    def _en_ended_outer(self, s: Stmt, k: int) -> Stmt | None:
        """English: the statement of the same sentence whose content holds the cue of
        ``s`` (a nested statement), when that content ends right before ", and"/", but"
        and the verb at ``k`` (the comma closes what was reported); else None."""
        doc = self.doc
        if k < 2 or doc.word(k - 1) not in ("and", "but"):
            return None
        conj = doc.tokens[k - 1].start
        o = self._outer_ended_by(s, conj, indirect=True)
        return o if o is not None and self.text[o.end : conj].strip() == "," else None

    def _outer_ended_by(self, s: Stmt, off: int, *, indirect: bool = False) -> Stmt | None:
        """The latest statement of another speaker in the sentence of ``s`` whose content
        holds the cue of ``s`` (``s`` is nested in it) and ends by offset ``off``; with
        ``indirect`` only a reported (not direct) one."""
        return next(
            (
                o
                for o in reversed(self.stmts)
                if o is not s
                and o.sent == s.sent
                and o.start <= s.cue_start < o.end <= off
                and o.speaker != s.speaker
                and not (indirect and o.direct)
            ),
            None,
        )

    def _ar_while_subject(self, k: int, a: int) -> str | None:
        """Arabic: the subject of a "فيما/بينما" clause right before the participle at
        ``k`` ("طلبت مصر ...، فيما رفضت أديس أبابا نقل الملف، معتبرة أن"): verb, then the
        actor; the participle goes on that clause, not on the sentence's first actor."""
        doc = self.doc
        if k <= a or not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start]):
            return None
        c = k - 1
        while c > a and not _COMMAS & set(self.text[doc.tokens[c - 1].end : doc.tokens[c].start]):
            c -= 1
        if doc.word(c) not in _AR_WHILE_CLAUSE or c + 2 >= k:
            return None
        m = doc.mention_at_tok(c + 2)
        if (
            m is None
            or m.t0 != c + 2
            or doc.mention_at_tok(c + 1) is not None
            or not self.speaker_ok(m)
            or m.adjectival
            or doc.prep_of(m) is not None
        ):
            return None
        return m.key

    def _with_subject(self, k: int) -> tuple[Ment, int] | None:
        """English: the actor of a "with X saying" clause ending right before the participle
        at ``k``, and the token of "with"; else None."""
        doc = self.doc
        m = doc.mention_at_tok(k - 1)
        if m is None or m.t1 != k - 1 or not self.speaker_ok(m) or m.adjectival:
            return None
        for j in range(m.t0 - 1, max(-1, m.t0 - 6), -1):
            gap = self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
            if any(c in gap for c in ',.;:"“”'):
                return None
            if doc.word(j) == "with":
                return m, j
        return None

    def _subclause_start(self, k: int, a: int) -> int:
        """English: for a verb at ``k`` coordinated by "and"/"but", the token after the
        last subordinator before it whose clause opens with an actor ("a day after Prague
        expelled 18 diplomats and accused ...": the clause of "Prague"), else ``a``."""
        doc = self.doc
        for j in range(k - 2, a, -1):
            if doc.word(j) in _EN_SUBORDINATORS:
                m = doc.mention_at_tok(j + 1) or doc.mention_at_tok(j + 2)
                if m is not None and m.t0 <= j + 2 and self.speaker_ok(m) and m.t1 < k:
                    return j + 1
                return a
        return a
