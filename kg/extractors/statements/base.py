"""The statement finder's state and the look-ups every family of its rules uses.

:class:`FinderBase` holds the document, the quotations and the statements found so far; it
finds the quotation around an offset, the actor mentions after and before a token, the latest
person and other speakers, and small tests of tokens shared by the families above it.
"""

from __future__ import annotations

from bisect import bisect_right

from kg.extractors.doc import AR_STATEMENT_NOUNS, Doc, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.speakers_ar import SpeakersAr, _ar_person_roles, _quoted_name_words
from kg.extractors.statements.marks import _ALL_MARKS, Quote, find_quotes
from kg.extractors.statements.statement import Cue, Stmt
from kg.extractors.statements.words import (
    _ABBARA,
    _AN,
    _AR_ADVERBS,
    _AR_AFFAIRS,
    _AR_AS_HE_PUT,
    _AR_CARRIERS,
    _AR_HEADS,
    _AR_HONORIFICS,
    _AR_IN,
    _AR_IN_ITS_NAME,
    _AR_NOT_SUBJECT,
    _AR_OCCASION_ADJS,
    _AR_OCCASION_HEADS,
    _AR_PREP_FOLDED,
    _AR_REL_PRON,
    _AR_RESUMPTIVE,
    _AR_SPELLED,
    _COMMAS,
    _EN_DOCUMENTS,
    _EN_LINKERS,
    _EN_OWNERS,
    _EN_PRONOUNS,
    _en_nickname,
)
from kg.extractors.text import fold
from kg.models import EntityType

__all__ = ["FinderBase"]


class FinderBase(SpeakersAr):
    """The finder's state and shared look-ups (see the module docstring)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.en = doc.lang != "ar"
        self.quotes = [q for q in find_quotes(self.text) if not _en_nickname(doc, q)]
        self._quote_by_open = {q.open: q for q in self.quotes}
        self._quote_opens = [q.open for q in self.quotes]
        self.stmts: list[Stmt] = []
        self._citing: dict[int, str] = {}  # sentence -> source cited before its report
        self._relayed: dict[int, str] = {}  # sentence -> account the next statement is from
        self._quote_relay: dict[int, str] = {}  # quote open -> outlet after '"...," X said'
        self._unnamed_relay: set[int] = set()  # sentences relaying a speaker not linked
        self.claimed: set[int] = set()  # quote opens used by a cue
        self.aside_cues: set[int] = set()  # cue offsets whose statements are dropped at the end
        self.last_person: str | None = None
        self.last_other: str | None = None
        self._surnames: dict[str, tuple[str, int]] | None = None  # see _surname_of
        self._addressed: list[str] = []  # actors named between a cue and its complementiser
        self._unlinked_said: dict[int, int] = {}  # sentence -> cue token of a name not linked

    # ------------------------------------------------------------------ helpers
    def in_quote(self, offset: int) -> Quote | None:
        """The quotation that contains ``offset`` (quotes do not nest)."""
        k = bisect_right(self._quote_opens, offset) - 1
        for q in self.quotes[max(0, k - 3) : k + 1]:
            if q.open < offset < (q.close if q.close >= 0 else q.end):
                return q
        return None

    def speaker_ok(self, m: Ment | None) -> bool:
        return m is not None and self.doc.is_actor(m)

    def first_mention(
        self, t_from: int, t_to: int, *, allow_prep: tuple[str, ...] = ()
    ) -> Ment | None:
        """First actor mention starting in tokens ``[t_from, t_to)`` not governed by a
        preposition (apart from ``allow_prep``); names win over adjectives."""
        doc = self.doc
        adjectival: Ment | None = None
        t = t_from
        while t < t_to:
            m = doc.mention_at_tok(t)
            if m is None or m.t0 < t_from:
                t += 1
                continue
            prep = doc.prep_of(m)
            if prep == _ABBARA and self._expressed_by(m):
                prep = None  # "وعبر الرئيس X عن": the subject of the cue, not "via X"
            if self.speaker_ok(m) and (prep is None or prep in allow_prep):
                if not m.adjectival:
                    return m
                if adjectival is None:
                    adjectival = m
            t = m.t1 + 1
        return adjectival

    def _expressed_by(self, m: Ment) -> bool:
        """Arabic: the word "عبر" right before ``m`` is the cue "عبّر" and ``m`` its subject:
        the cue's "عن" follows within a few words ("وعبر الوزير X خلال اتصال عن قلقه")."""
        doc = self.doc
        return (m.t0 - 1) in self._cue_hits and any(
            doc.word(t) == _AN for t in range(m.t1 + 1, min(len(doc.tokens), m.t1 + 9))
        )

    def mention_before(self, t_cue: int, t_min: int) -> Ment | None:
        """Nearest actor mention before the cue (subject of an SVO clause)."""
        doc = self.doc
        t = t_cue - 1
        while t >= t_min:
            m = doc.mention_at_tok(t)
            if m is not None:
                if (
                    self.speaker_ok(m)
                    and doc.prep_of(m) is None
                    and not (m.adjectival and self.en and not self._possessive(m))
                ):
                    return m
                t = m.t0 - 1
                continue
            t -= 1
        return None

    def _possessive(self, m: Ment) -> bool:
        return self.text[m.end : m.end + 2] in ("'s", "’s")

    def remember(self, key: str) -> None:
        if self.doc.entity_types.get(key) == EntityType.PERSON:
            self.last_person = key
        else:
            self.last_other = key

    def previous_speaker(self, sent: int, within: int = 3) -> str | None:
        """The speaker of the latest statement (the outer one when it carries a nested
        statement) within ``within`` sentences."""
        for i in range(len(self.stmts) - 1, -1, -1):
            s = self.stmts[i]
            if s.sent > sent:
                continue  # found later in the article (direct quotes are attributed last)
            outer = next(
                (
                    o
                    for o in self.stmts[max(0, i - 4) : i]
                    if o.start <= s.cue_start < o.end and o.speaker != s.speaker
                ),
                None,
            )
            if outer is not None:
                s = outer
            if sent - s.sent <= within:
                return s.speaker
            break
        return None

    def _quoted_name(self, q: Quote, k: int) -> bool:
        """A short quotation (at most four words) that names a platform, an outlet, a
        programme or an operation rather than quoting a claim: the word before it is a noun
        of ``lexicons/quoted_names.tsv`` ("صحيفة «الأهرام»", 'the daily "Hurriyet"'), or a
        preposition of that list after such a noun or a posting verb ("حسابه على «إكس»")."""
        if q.close < 0 or len(self.text[q.start : q.end].split()) > 4:
            return False
        words = _quoted_name_words(self.doc.lang)

        def kind(j: int) -> str | None:
            w = self.doc.word(j)
            if not self.en:
                w = w[1:] if w[:1] in ("و", "ف") and w[1:] in words else w
                w = w[1:] if w[:1] in ("ب", "ل") and w[1:] in words else w
            return words.get(w)

        if not self.en and self.text[max(0, q.open - 3) : q.open].rstrip().endswith(("لـ", " ل")):
            return True  # "قال مصدر لـ«الشرق الأوسط» إن": the outlet told, not a claim
        before = kind(k - 1)
        if before == "noun":
            return True
        if (
            not self.en
            and before == "prep"
            and len(self.text[q.start : q.end].split()) <= 2
            and self.text[q.close + 1 : q.close + 3].lstrip().startswith(":")
        ):
            return True  # "وكتب الوزير X Y على «فيسبوك»: «...»": the platform, then the content
        if (
            not self.en
            and before == "prep"
            and k >= 3
            and self.doc.word(k - 2).startswith("ال")
            and self.doc.mention_at_tok(k - 2) is None
            and kind(k - 3) == "noun"
        ):
            return True  # "على حسابه الرسمي في «تويتر»": the noun's adjective in between
        if (
            not self.en
            and before == "prep"
            and (subj := self.doc.mention_at_tok(k - 2)) is not None
            and kind(subj.t0 - 1) == "verb"
        ):
            return True  # "وكتب X على «تيليغرام» أن": the poster named between verb and platform
        return before == "prep" and kind(k - 2) in ("noun", "verb")

    def _quote_opens_within(self, k: int, n: int) -> bool:
        """Whether a quotation opens within ``n`` tokens after token ``k``."""
        doc = self.doc
        a = doc.tokens[k].end
        b = doc.tokens[min(len(doc.tokens) - 1, k + n)].end
        i = bisect_right(self._quote_opens, a)
        return i < len(self._quote_opens) and self._quote_opens[i] < b

    def _trim_end(self, start: int, end: int) -> int:
        text = self.text
        if not self.en and (tail := _AR_AS_HE_PUT.search(text, start, end)) is not None:
            end = tail.start()  # "...، على حد تعبيره.": who put it so, not content
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,،;؛:-—–"):
            end -= 1
        # a quotation closed at the very end stays; a stray opening mark does not
        if end > start and text[end - 1] in _ALL_MARKS and end - 1 in self._quote_by_open:
            end -= 1
            while end > start and text[end - 1].isspace():
                end -= 1
        return end

    def _containing(self, offset: int) -> Stmt | None:
        """The latest statement whose content holds ``offset``, or None."""
        return next((s for s in reversed(self.stmts) if s.start <= offset < s.end), None)

    def _carrier_at(self, k: int) -> bool:
        """Token ``k`` is a carrying verb after a statement noun ("بيان أوردته"), or after
        a comma that closes the occasion it carries ("في كلمة أمام البرلمان، نقلتها وكالة
        الأناضول: «...»")."""
        doc = self.doc
        if self.en or k <= 0 or doc.word(k) not in _AR_CARRIERS:
            return False

        def said(j: int) -> bool:
            w = doc.word(j)
            return any(x in AR_STATEMENT_NOUNS for x in (w, w[1:], w[2:]))

        if said(k - 1):
            return True
        if not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start]):
            return False
        for j in range(k - 1, max(-1, k - 7), -1):
            if said(j):
                return True
            if j < k - 1 and (
                set(self.text[doc.tokens[j].end : doc.tokens[j + 1].start]) & set(".:؟?!،,")
            ):
                return False
        return False

    def _spelled_letter(self, k: int) -> bool:
        """Arabic: "إن" at ``k`` spelling a letter of a name next to other spelled
        letters ("سي إن إن", "إن بي سي"), not the complementiser."""
        doc = self.doc
        if doc.word(k) != _AR_IN:
            return False
        prev = doc.word(k - 1) if k > 0 else ""
        prev2 = doc.word(k - 2) if k > 1 else ""
        nxt = doc.word(k + 1) if k + 1 < len(doc.tokens) else ""
        # (folded, "أن" is "ان" too: only the second letter of "سي إن إن" follows an "إن")
        return (
            prev in _AR_SPELLED or nxt in _AR_SPELLED or (prev == _AR_IN and prev2 in _AR_SPELLED)
        )

    def _np_word(self, t: int) -> bool:
        """A word that can sit inside a subject noun phrase before the linked name
        ("وزارة الخارجية", "المتحدث باسم", "الرئيس")."""
        w = self.doc.word(t)
        if self.doc.mention_at_tok(t) is not None:
            return True
        if w in _AR_HEADS or w == fold("باسم") or w in _AR_HONORIFICS:
            return True
        if w in _AR_IN_ITS_NAME and t > 0 and self._np_word(t - 1):
            return True  # "المتحدث باسمه/باسمها ديمتري بيسكوف": its spokesman
        if w in _AR_AFFAIRS and t > 0 and self._np_word(t - 1):
            return True  # a title's complement: "مساعد وزير الخارجية لشؤون أوروبا"
        if w.startswith("لل") and len(w) > 4 and t > 0 and self._np_word(t - 1):
            # the title's own body in short form, ل + ال ("الأمين العام للجامعة",
            # "المدير العام للمنظمة"); not an addressee head ("قال الوزير للرئيس")
            return "ال" + w[2:] not in _ar_person_roles()
        return w.startswith("ال") and w not in _AR_NOT_SUBJECT and w not in _AR_PREP_FOLDED

    def _skippable(self, t: int) -> bool:
        doc = self.doc
        w = doc.word(t)
        if w in _AR_ADVERBS or (w[:1] in "وف" and w[1:] in _AR_ADVERBS):
            return True
        if (
            w in _AR_OCCASION_ADJS
            and t > 0
            and doc.word(t - 1) in _AR_OCCASION_HEADS
            and not self.text[doc.tokens[t - 1].end : doc.tokens[t].start].strip()
        ):
            return True  # "وأضاف في تصريحات صحفية أن": the occasion's adjective
        off = doc.tokens[t].start
        return any(x.start <= off < x.end for x in doc.times_in(max(0, off - 40), off + 1))

    def _ranked_name(self, i: int, j: int) -> bool:
        """English: tokens ``i..j`` are one to three capitalised words no mention covers
        (a rank: "Colonel", "Brig. Gen.") before a mention that ends at ``j``."""
        doc = self.doc
        m = doc.mention_at_tok(j)
        return (
            m is not None
            and m.t1 == j
            and 0 < m.t0 - i <= 3
            and all(
                doc.mention_at_tok(x) is None and self.text[doc.tokens[x].start].isupper()
                for x in range(i, m.t0)
            )
        )

    def _names_quoted_before(self, t: int) -> bool:
        """Every quotation opening right before token ``t`` is a name ("على منصة «إكس»")."""
        doc = self.doc
        lo = doc.tokens[t - 1].end if t > 0 else 0
        return all(
            self._quoted_name(self._quote_by_open[i], t)
            for i in range(lo, doc.tokens[t].start)
            if i in self._quote_by_open
        )

    def _quote_opens_before(self, t: int) -> bool:
        doc = self.doc
        lo = doc.tokens[t - 1].end if t > 0 else 0
        return any(i in self._quote_by_open for i in range(lo, doc.tokens[t].start))

    def _quoted_mention(self, q: Quote) -> bool:
        """Arabic: the closed quotation ``q`` holds nothing but the name of one actor
        («الحرس الثوري»، «اتحاد دول الساحل»، «حماس»): a name set off by marks, the subject
        or object of its clause, no statement."""
        if self.en or q.close < 0:
            return False
        doc = self.doc
        t0, t1 = doc.tok_after(q.open + 1), doc.tok_after(q.close) - 1
        if t1 < t0 or t1 - t0 > 4:
            return False
        m = doc.mention_at_tok(t1)
        return (
            m is not None
            and m.t1 == t1
            and (m.t0 <= t0 or m.start <= doc.tokens[t0].start)
            and doc.is_actor(m)
            and not m.adjectival
        )

    def _pick(self, hits: list[Hit[Cue]]) -> Hit[Cue]:
        """The reading of a cue word: a noun after a possessive or determiner ("Putin's
        warning that", "the announcement that"), else the first entry."""
        hits = sorted(hits, key=lambda h: h.first - h.last)  # longest first ("called for")
        if self.en and len(hits) > 1:
            k = hits[0].first
            m = self.doc.mention_at_tok(k - 1)
            owned = (m is not None and self._possessive(m)) or self.doc.word(k - 1) in _EN_OWNERS
            if owned:
                for h in hits:
                    if h.entry.kind == "noun":
                        return h
        return hits[0]

    def _statement_subject(self, k: int) -> bool:
        """ "the statement said": the cue's subject is the document of the latest speaker."""
        doc = self.doc
        return self.en and doc.word(k - 1) in _EN_DOCUMENTS and doc.word(k - 2) in ("the", "its")

    def _pronoun_tok(self, k: int, a: int) -> int | None:
        """The subject pronoun right before cue token ``k`` ("he added", "it also said")."""
        doc = self.doc
        t = k - 1
        while t >= a and doc.word(t) in _EN_LINKERS:
            t -= 1
        return t if t >= a and doc.word(t) in _EN_PRONOUNS else None

    def _relative_cue(self, c: int) -> bool:
        """Arabic: the cue at token ``c`` opens a relative clause on a thing said or done
        ("تصريحات Y التي أعرب فيها"), not on the speaker ("لابيد، الذي وصفه")."""
        w = self.doc.word(c - 1)
        return (w in _AR_REL_PRON or (w[:1] == "و" and w[1:] in _AR_REL_PRON)) and (
            self.doc.word(c + 1) in _AR_RESUMPTIVE
        )
