"""Arabic speakers: who says an Arabic statement when its cue verb does not name one.

An Arabic cue verb comes before its subject ("وقال وزير الخارجية X إن", "وأكد X أن"), or has
none and takes up someone told before. :meth:`SpeakersAr._ar_subject` finds the speaker
of such a cue and, for the rest of the frame, the token its content starts after:

* the subject after the verb, with its title and the names apposed to it
  (:meth:`SpeakersAr._apposition`, :meth:`SpeakersAr._title_word`,
  :meth:`SpeakersAr._named_between_commas`, :meth:`SpeakersAr._ar_titled_subject_after_comp`,
  :meth:`SpeakersAr._ar_paren_name`); a name we could not link that blocks falling back
  (:meth:`SpeakersAr._unlinked_name`, :meth:`SpeakersAr._unlinked_plural`);
* the person a body or state speaks through ("على لسان X": :meth:`SpeakersAr._on_tongue_of`),
  the same official again ("المسؤول ذاته": :meth:`SpeakersAr._same_official`), a surname
  told before (:meth:`SpeakersAr._surname_of`);
* the subject of "كان X قد قال" (:meth:`SpeakersAr._was_subject`), of a time clause
  ("حين زار X موسكو، قال": :meth:`SpeakersAr._when_clause_subject`), of an occasion with
  a relative clause ("في كلمة ألقاها X": :meth:`SpeakersAr._occasion_relative_author`,
  :meth:`SpeakersAr._statement_author`), of the verb coordinated before the cue
  ("رفضت الحكومة القرار واعتبرته": :meth:`SpeakersAr._prior_verb_subject`);
* a dignitary taken up by a style of address or an honorific pronoun ("سموه", "جلالة
  الملك": :meth:`SpeakersAr._dignitary`), the styled person first named in the lead of a
  Gulf state's news agency story (:meth:`SpeakersAr._agency_lead_subject`);
* the antecedent of a relative pronoun right before the verb when no pronoun resumes it
  ("X، الذي دعا الوكالة إلى": :meth:`SpeakersAr._relative_antecedent`), a quoted actor's
  name as the subject ("وأعلن «الحرس الثوري»": :meth:`SpeakersAr._quoted_subject`), a
  body taken up by its head noun ("ونفت القوات": :meth:`SpeakersAr._head_back`), a
  two-word family name (:meth:`SpeakersAr._two_word_surname`), a bare title given before
  the name ("ونفى المتحدث": :meth:`SpeakersAr._titled_before`) and the man who acted in
  the sentence just before a pro-drop verb (:meth:`SpeakersAr._acted_between`) (S13).

It is a mixin of the statement finder (:class:`kg.extractors.quotes._Finder`), whose
``handle_cue`` calls :meth:`SpeakersAr._ar_subject` for every Arabic verb cue (and
:meth:`SpeakersAr._dignitary` from ``sentence_subject``, ``_relay_to_dignitary`` and
``handle_cue``); the finder owns the document, the statements and the helpers declared
below.  Its own word lists are ``speakers_ar.*`` in ``lexicons/word_sets.tsv`` (they
were ``quotes.*`` before the split); it reads some ``quotes.*`` lists as well.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extractors.doc import AR_PREP_WORDS, AR_STATEMENT_NOUNS, Doc, Ment
from kg.extractors.lexicon import Hit, read_tsv, word_set, words_of
from kg.extractors.text import fold
from kg.models import EntityType

if TYPE_CHECKING:
    from kg.extractors.quotes import Cue, Quote, Stmt

__all__ = ["SpeakersAr"]

# lists the rest of the finder reads as well (``quotes.*`` in ``lexicons/word_sets.tsv``)
_AR_COMP = word_set("quotes.ar_comp")
_AR_EACH, _AR_OF = fold("كل"), fold("من")  # "كل من X وY": both X and Y
_AR_RESUMPTIVE = word_set("quotes.ar_resumptive")
_AR_ACCORDING = word_set("quotes.ar_according")  # "وقال الرئيس، وفق بلاغ للرئاسة: «...»"
_AR_BUT_HE = frozenset(fold(w) for w in ("لكنه", "لكنها", "ولكنه", "ولكنها"))
_AR_THAT_HE = frozenset(fold(w) for w in ("أنه", "أنها"))
_AR_EXCEPT = frozenset(fold(w) for w in ("إلا", "غير", "بيد"))  # "إلا أنه"، "غير أنها"
_AR_NISBA_ENDINGS = (fold("ي"), fold("ية"), fold("يه"))  # (folded ta marbuta: either)
_AR_HONORIFIC_PRON = word_set("common.ar_honorific_pron")  # "سموه"، "جلالته"
_AR_ADDED = tuple(sorted(word_set("speakers_ar.ar_added")))
_AR_FEMALE_TITLES = word_set("speakers_ar.ar_female_titles")  # "المتحدثة"، "وزيرة"
_AR_ROOT_FINAL_TA = word_set("speakers_ar.ar_root_final_ta_verbs")  # "لفت"، "أثبت"


def ar_feminine_verb(word: str) -> bool:
    """Arabic: the perfect verb ``word`` (folded, maybe with و/ف before it) ends with the
    feminine ت ("أكدت"، "ولفتت"), not with a ت of its root ("ولفت إلى": he drew attention;
    ``speakers_ar.ar_root_final_ta_verbs``)."""
    if not word.endswith("ت"):
        return False
    word = fold(word)
    for stem in (word, word[1:]) if word[:1] in ("و", "ف") else (word,):
        if stem in _AR_ROOT_FINAL_TA:
            return False
    return True


_AR_MALE_TITLES = word_set("speakers_ar.ar_male_titles")  # "المتحدث"، "وزير"
_AR_NATIONS = frozenset({fold("الأمم"), fold("أمم")})
"""Verbs that go on with what the same speaker said ("وأضاف أن"، "وتابع")."""
_AR_ISSUED_INDEF = word_set("quotes.ar_issued_indef")
_AR_WAS = word_set("quotes.ar_was")
_AR_OCCASION_PREPS = word_set("quotes.ar_occasion_preps")
_AR_REL_PRON = word_set("quotes.ar_rel_pron")
_AR_TO_ME = word_set("quotes.ar_to_me")
_AR_CARRIERS = word_set("quotes.ar_carriers")
_AR_PARTICLES = word_set("quotes.ar_particles")
_OFFICE_HEADS = word_set("quotes.office_heads")
_AR_LINEAGE = word_set("quotes.ar_lineage")
_AR_ADDRESSEE_VERBS = word_set("quotes.ar_addressee_verbs")
_AR_TO = word_set("quotes.ar_to")
_AR_TITLES = word_set("quotes.ar_titles")
_AR_NOT_SUBJECT = word_set("quotes.ar_not_subject")
_UNNAMED_SOURCES = word_set("quotes.unnamed_sources")
_AR_GENERIC_ADDRESSEES = frozenset(
    fold(w)
    for w in (
        "المجتمع",
        "الأسرة",
        "الأطراف",
        "الدول",
        "الحكومات",
        "الشعوب",
        "القوى",
        "الفصائل",
        "الشركاء",
        "المنظمات",
        "الجهات",
        "الجميع",
    )
)
"""Heads of the generic addressees of a call ("دعا المجتمع الدولي إلى"، "حث الأطراف على"):
after a verb of calling on, the one called on, not a speaker."""
_AR_QUANTIFIERS = frozenset({fold("جميع"), fold("كافة"), fold("كل")})
_AR_STANCE_WORDS = word_set("quotes.ar_stance_masdars") | word_set("quotes.ar_own_side")
"""Stance verbal nouns ("حرص"، "رفض") and "his country"-words ("بلاده"، "حكومته")."""


def _stance_word(w: str) -> bool:
    """A stance verbal noun, bare or with the possessive of one actor ("حرص"، "رفضها"،
    "تمسكه"), or "his country"/"its government": no word of a person's name."""
    if w in _AR_STANCE_WORDS:
        return True
    for suf in ("ها", "ه"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[: -len(suf)]
            return stem in _AR_STANCE_WORDS or (
                stem[-1] == "ت" and stem[:-1] + "ة" in _AR_STANCE_WORDS
            )
    return False


_AR_SIDE = frozenset({fold("الجانب"), fold("الطرف")})  # "الجانب الروسي": Russia's side
_AR_TELL_VERBS = frozenset({fold("أبلغ"), fold("أخبر"), fold("أطلع")})
"""Verbs whose object is the one told ("أبلغ الجانب الإسرائيلي"): no subject after them."""
# small constants of the finder, as in :mod:`kg.extractors.quotes`
_COMMAS = frozenset(",،")
_QAD = fold("قد")
_AR_FAMILY = frozenset({fold("آل")})  # "آل ثاني": the family part of a name
_DATELINE_DASH = re.compile(r"\)?\s+[-–—]\s+|\)\s*[-–—]\s*")
"""The dash that ends an Arabic dateline ("الرياض (واس) - ", "دمشق - ")."""
# lists only the speaker rules read (``speakers_ar.*``)
_AR_PRON_SUBJ = word_set("speakers_ar.ar_pron_subj")
_AR_ISSUED = word_set("speakers_ar.ar_issued")
_AR_ISSUED_BY_WORDS = word_set("common.ar_issued_by")  # "الصادر عن": who issued a document
_AR_STYLES = word_set("speakers_ar.ar_styles")
"""Styles of address written before a dignitary's name or title ("صاحب السمو الشيخ")."""
_AR_WHEN_CLAUSE = word_set("speakers_ar.ar_when_clause")  # "حين زار X موسكو، وقال": X speaks
_AR_ON = fold("على")
_AR_TONGUE = word_set("speakers_ar.ar_tongue")
""""على لسان X": the body or state before it speaks through the person X."""
_AR_SINCE = word_set("speakers_ar.ar_since")
"""Conjunctions after which a cue keeps the subject of the statement before ("، إذ قال إن")."""
_AR_NOT_HOLDER = word_set("speakers_ar.ar_not_holder")
_AR_GULF_AGENCIES = word_set("speakers_ar.ar_gulf_agencies")
"""Gulf news agencies named in a dateline ("/ وام /"): their own ruler leads the story."""
_AR_RANK_GRADES = word_set("speakers_ar.ar_rank_grades")  # "الفريق أول ركن": grades after a rank
_AR_SAME = word_set("speakers_ar.ar_same")
_AR_OFFICIAL = word_set("speakers_ar.ar_official")
"""Adjectives a bare title takes when it refers back to the one named with it ("المتحدث
الرسمي"، "الناطق الرسمي")."""
"""Words of "the same" one after a definite head ("المسؤول ذاته", "المصدر نفسه")."""
_AR_MASC_STATES = word_set("speakers_ar.ar_masc_states")  # "قال العراق"
_AR_OBJECT_VERBS = word_set("speakers_ar.ar_object_verbs")  # "اتهم X بـ": X is the object
_AR_OBJECT_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})
"""Third-person object pronouns glued to a verb ("واتهمتها"، "ووصفه")."""
_AR_RESUMED_PREP = frozenset(
    fold(p) + s for p in ("عن", "ب", "على", "في", "إلى", "ل", "من") for s in _AR_OBJECT_PRONOUNS
)
"""A preposition with a resumptive pronoun ("عنه"، "بها"، "عليها"): the relative clause
"التي أعلن عنها X" is about its antecedent, whose subject is named after the verb."""

# constants and helpers the rest of the finder imports from here
_AR_COMP_PRON = tuple(
    fold(w) for w in ("أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "أننا", "إننا", "بأنه", "بأنها")
)
_AR_PRON_STYLES = {
    fold(pron): frozenset(fold(w) for w in styles.split())
    for pron, styles in (
        ("سموه", "سمو السمو الشيخ الأمير الأميرة"),  # (a sheikh or prince so styled)
        ("جلالته", "جلالة الجلالة"),
        ("فخامته", "فخامة"),
        ("معاليه", "معالي"),
        ("سعادته", "سعادة"),
        ("دولته", "دولة"),
    )
}
"""An honorific pronoun -> the styles of address of the person it takes up."""
_AR_NAME_FIRST = word_set("speakers_ar.name_first")
"""First halves of compound Arabic names whose second half has the article ("عبد الله")."""
_AR_NAME_SECOND = word_set("speakers_ar.name_second")
"""Definite second halves of compound given names ("نور الدين"، "صلاح الدين")."""
_AR_STYLE_GENERIC = word_set("speakers_ar.ar_style_generic")
"""Styles that are also plain titles or nouns ("دولة الإمارات"): no sign of a styled
person we did not link."""
_AR_OCCASION_NOUNS = AR_STATEMENT_NOUNS | word_set("speakers_ar.ar_occasion_nouns")
"""Nouns of an occasion of speech after في/خلال ("في كلمة ألقاها", "خلال مؤتمر صحفي")."""


_FI_AR = fold("في")
_AFFAIRS_DEF_AR = fold("الشؤون")


def _is_occasion_prep(w: str) -> bool:
    """Whether the word is a preposition of occasion (:data:`_AR_OCCASION_PREPS`), bare or
    after و or ف."""
    return w in _AR_OCCASION_PREPS or (w[:1] in "وف" and w[1:] in _AR_OCCASION_PREPS)


def _quoted_name_words(lang: str) -> dict[str, str]:
    """``lexicons/quoted_names.tsv``: word -> kind (noun, prep, verb)."""
    return words_of("quoted_names.tsv", lang, "kind")


@lru_cache(maxsize=1)
def _ar_person_roles() -> frozenset[str]:
    """Folded one-word Arabic role nouns of ``roles.tsv`` ("الرئيس", "الوزير", "السفير")."""
    from kg.gazetteer.tables import load_tables

    return frozenset(
        fold(r["form"])
        for r in load_tables()["roles"]
        if r["kind"] == "role" and r["lang"] == "ar" and " " not in r["form"]
    )


@lru_cache(maxsize=1)
def _ar_role_heads() -> frozenset[str]:
    """Folded first words of the Arabic role forms of ``roles.tsv`` ("وزير", "المتحدث",
    "مستشار"), with and without the article: a title opens with one."""
    from kg.gazetteer.tables import load_tables

    heads = {
        fold(r["form"].split()[0])
        for r in load_tables()["roles"]
        if r["kind"] == "role" and r["lang"] == "ar" and r["form"].strip()
    }
    return frozenset(heads | {h[2:] for h in heads if h.startswith("ال") and len(h) > 4})


def _is_comp(word: str) -> bool:
    return word in _AR_COMP or word.startswith(_AR_COMP_PRON)


@lru_cache(maxsize=1)
def _ar_unnamed_heads() -> frozenset[str]:
    """Folded Arabic heads of unnamed speakers of ``lexicons/unnamed.tsv`` ("مصدر",
    "مسؤول"): right after a cue and not linked, a subject we could not link."""
    return frozenset(
        fold(r["word"])
        for r in read_tsv("unnamed.tsv")
        if r["lang"] == "ar" and r["kind"] in ("head", "statehead")
    )


class SpeakersAr:
    """Mixin of the statement finder that finds the speakers of Arabic cues (see the
    module docstring). The attributes and helpers below belong to the finder."""

    doc: Doc
    text: str
    en: bool
    stmts: list[Stmt]
    _cue_hits: dict[int, list[Hit[Cue]]]
    _surnames: dict[str, tuple[str, int]] | None
    _unlinked_said: dict[int, int]
    _quote_by_open: dict[int, Quote]

    @abstractmethod
    def _apposed_person(self, m: Ment, limit: int) -> Ment | None: ...
    @abstractmethod
    def _ar_aux_before(self, k: int, a: int) -> int | None: ...
    @abstractmethod
    def _carrier_at(self, k: int) -> bool: ...
    @abstractmethod
    def _co_subjects(self, m: Ment | None) -> list[Ment]: ...
    @abstractmethod
    def _containing(self, offset: int) -> Stmt | None: ...
    @abstractmethod
    def _explicit_unlinked(self, t: int) -> bool: ...
    @abstractmethod
    def _issuer(self, si: int, k: int) -> str | None: ...
    @abstractmethod
    def _issuer_of_noun(self, t: int, limit: int, *, genitive: bool) -> Ment | None: ...
    @abstractmethod
    def _joint_subject(self, t: int, limit: int) -> Ment | None: ...
    @abstractmethod
    def _named_after_title(self, first: int, limit: int) -> Ment | None: ...
    @abstractmethod
    def _np_word(self, t: int) -> bool: ...
    @abstractmethod
    def _occasion_at(self, t: int, t_end: int) -> int: ...
    @abstractmethod
    def _quote_opens_before(self, t: int) -> bool: ...
    @abstractmethod
    def _quoted_mention(self, q: Quote) -> bool: ...
    @abstractmethod
    def _relative_cue(self, c: int) -> bool: ...
    @abstractmethod
    def _skippable(self, t: int) -> bool: ...
    @abstractmethod
    def _spelled_letter(self, k: int) -> bool: ...
    @abstractmethod
    def _unit_of_body(self, t: int, limit: int) -> Ment | None: ...
    @abstractmethod
    def first_mention(
        self, t_from: int, t_to: int, *, allow_prep: tuple[str, ...] = ()
    ) -> Ment | None: ...
    @abstractmethod
    def mention_before(self, t_cue: int, t_min: int) -> Ment | None: ...
    @abstractmethod
    def previous_speaker(self, sent: int, within: int = 3) -> str | None: ...
    @abstractmethod
    def sentence_subject(self, sent: int, before_tok: int) -> str | None: ...
    @abstractmethod
    def speaker_ok(self, m: Ment | None) -> bool: ...

    def _acted_between(self, si: int, h: Hit[Cue], speaker: str) -> str | None:
        """Arabic: for a sentence-initial masculine singular verb with no subject ("وأكد
        أن") whose latest speaker ``speaker`` spoke two or more sentences back: the person
        who is the subject of the sentence just before, when it is another man who acted
        there and made no statement ("قال X ... . وفي سياق متصل، التقى Y نظيره Z. وأكد
        أن": Y goes on); else None."""
        doc = self.doc
        assert doc.seg is not None
        w = doc.word(h.first)
        if si < 1 or h.cls != "v" or h.pron or w.endswith(("تا", "وا", "ا")) or ar_feminine_verb(w):
            return None
        if w[1:].startswith(_AR_ADDED) or w.startswith(_AR_ADDED):
            return None  # "وأضاف"، "وتابع": the speaker adds to what he said before
        if any(s.sent == si - 1 for s in self.stmts):
            return None
        if not any(s.speaker == speaker and s.sent < si - 1 for s in self.stmts):
            return None
        subj = self.sentence_subject(si - 1, doc.tok_range(doc.seg.sents[si - 1])[1])
        if subj is None or subj == speaker or doc.entity_types.get(subj) != EntityType.PERSON:
            return None
        return subj

    def _gender_of(self, key: str, before: int) -> str | None:
        """Arabic: "f" or "m" for the actor ``key`` as the text names it before offset
        ``before``: a person by the title written with a mention of him or her ("المتحدثة
        باسم ..."، "وزير ..."), a body by the head of its name ("وزارة" f, "الجيش" m), a
        state by its name ("العراق" m, "إيران" f); None when the text does not tell."""
        doc = self.doc
        etype = doc.entity_types.get(key)
        for m in reversed(doc.mentions_in(max(0, before - 1500), before)):
            if m.key != key or m.adjectival:
                continue
            if etype == EntityType.PERSON:
                words = {doc.word(j) for j in range(max(0, m.t0 - 3), m.t1 + 1)}
                if words & _AR_FEMALE_TITLES:
                    return "f"
                if words & _AR_MALE_TITLES:
                    return "m"
                continue
            head = doc.word(m.t0)
            if etype == EntityType.STATE:
                return "m" if head in _AR_MASC_STATES else "f"
            if etype == EntityType.ORGANIZATION:  # ("الأمم المتحدة": a broken plural, f)
                return "f" if head.endswith(("ة", "ات")) or head in _AR_NATIONS else "m"
        return None

    def _after_occasion_opener(self, h: Hit[Cue], si: int) -> bool:
        """Arabic: the perfect cue at ``h`` (no proclitic) comes right after a comma that
        closes an occasion adjunct opening its sentence, with no other cue in it ("وفي
        رده على سؤال حول ...، أكد أن"، "وفي تصريح له عقب الصلاة، لفت إلى"): the occasion
        names no speaker, so the cue has none of its own before it."""
        doc = self.doc
        assert doc.seg is not None
        k = h.first
        a = doc.tok_range(doc.seg.sents[si])[0]
        return (
            h.cls == "v"
            and not h.prefix
            and a + 2 < k <= a + 16
            and bool(_COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start]))
            and self._occasion_at(a, a + 1) == a
            and not any(j in self._cue_hits for j in range(a, k))
            and not any(
                _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start])
                for j in range(a + 1, k - 1)
            )
        )

    def _agreeing_speaker(self, si: int, h: Hit[Cue], key: str) -> str | None:
        """Arabic: for a sentence-initial perfect verb with no subject whose gender ("وأضافت"
        f, "وأضاف" m) does not fit the latest speaker ``key``, a person whose title tells
        the other gender, the speaker of an earlier statement of the last three sentences
        who fits it; else None.  A body or state that spoke last keeps a masculine verb:
        "قالت الوزارة في بيان ... . وأضاف أن" is its statement (البيان) going on."""
        doc = self.doc
        w = doc.word(h.first)
        if h.cls != "v" or h.pron or w.endswith(("تا", "وا", "ا")):
            return None
        gender = "f" if ar_feminine_verb(w) else "m"
        off = doc.tokens[h.first].start
        if doc.entity_types.get(key) != EntityType.PERSON:
            return None  # ("قالت الوزارة في بيان ... . وأضاف أن": the statement added)
        if self._gender_of(key, off) in (None, gender):
            return None
        for st in reversed(self.stmts):
            if st.sent > si or st.cue_start >= off:
                continue
            if si - st.sent > 3:
                break
            if st.speaker != key and self._gender_of(st.speaker, off) == gender:
                return st.speaker
        return None

    def _quoted_subject(self, t: int) -> bool:
        """Arabic: the quotation that opens right before token ``t`` holds only an actor's
        name ("وأعلن «الحرس الثوري» في بيان أنه"): the subject, not the content."""
        doc = self.doc
        lo = doc.tokens[t - 1].end if t > 0 else 0
        return any(
            (q := self._quote_by_open.get(i)) is not None and self._quoted_mention(q)
            for i in range(lo, doc.tokens[t].start)
        )

    def _titled_earlier(self, t: int, role: Ment) -> str | None:
        """Arabic: the person whom the article gave, right after his name, the very title
        that runs from ``t`` to the end of the title ``role`` ("X نائب رئيس مجلس الوزراء
        وزير الخارجية" ... "وأعرب نائب رئيس مجلس الوزراء وزير الخارجية عن"): the repeated
        full title is his, not the holder the last words alone were read as.  Else None."""
        doc = self.doc
        words = [doc.word(j) for j in range(t, role.t1 + 1)]
        found: set[str] = set()
        for m in doc.mentions:
            if m.start >= role.start:
                break
            if m.etype != EntityType.PERSON or m.kind == "role" or m.key == role.key:
                continue
            j0 = m.t1 + 1
            if j0 + len(words) > len(doc.tokens) or any(
                self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip(" ،,")
                for j in range(j0, j0 + len(words))
            ):
                continue
            if [doc.word(j) for j in range(j0, j0 + len(words))] == words:
                found.add(m.key)
        return found.pop() if len(found) == 1 else None

    def _ar_subject(
        self, h: Hit[Cue], si: int, a: int, b: int, conf: float
    ) -> tuple[Ment | None, str | None, int, str | None, float]:
        """Speaker of an Arabic speech verb: ``(mention, key, next token, via, conf)``.

        VSO: the subject follows the verb, possibly after a time expression or
        "في بيان"; it ends at the complementiser.  SVO: a name right before the
        verb ("بوتين أكد").  No subject: a sentence-initial "وأضاف" continues
        the previous speaker; a verb inside the sentence takes its subject.
        """
        doc = self.doc
        k = h.first
        after = h.last + 1
        if self._relative_cue(k) and (author := self._statement_author(k, a)) is not None:
            return author, author.key, after, None, conf * 0.9
        if (author := self._occasion_relative_author(k, a)) is not None:
            return author, author.key, after, None, conf * 0.85
        if (
            h.cls == "v"
            and not h.pron
            and doc.word(after) not in _AR_RESUMED_PREP
            and (ante := self._relative_antecedent(k, a)) is not None
        ):
            # "X، الذي دعا الوكالة إلى"، "قطر، التي دعت الأمم المتحدة إلى": with no pronoun
            # resuming the antecedent, the relative pronoun is the subject; what the verb
            # is followed by is its object, even a name or a noun we did not link
            return ante, ante.key, after, None, conf * 0.9
        if (aux := self._ar_aux_before(k, a)) is not None:
            # "لكن X عاد ليؤكد أن", "ثم عادت الوزارة لتتهم واشنطن بـ": the subject is the
            # auxiliary's (before or right after it); the noun after the cue is its object
            between = self.first_mention(aux + 1, k) if aux + 1 < k else None
            before = doc.mention_at_tok(aux - 1) if aux > a else None
            for m in (between, before):
                if m is not None and self.speaker_ok(m) and doc.prep_of(m) is None:
                    return m, m.key, after, None, conf
            if aux == a or (aux + 1 < k and before is None):
                return None, self.previous_speaker(si, 1), after, None, conf * 0.8
        if k - 1 > a and doc.word(k - 1) == _QAD and (was := self._was_subject(k - 1, a)):
            # "وكانت الجزائر قد اتهمت المغرب بـ": the subject sits between كان and قد;
            # the noun after the verb is its object
            return was, was.key, after, None, conf
        if k - 2 == a and doc.word(k - 1) == _QAD and doc.word(a)[1:] in _AR_WAS:
            # "وكان قد اتهم الصومال بـ": no subject; the noun after the verb is its object
            assert doc.seg is not None
            key = self.previous_speaker(si)
            if key is None and si > 0:
                key = self.sentence_subject(si - 1, doc.tok_range(doc.seg.sents[si - 1])[1])
            return None, key, after, None, conf * 0.8
        if (
            k > a
            and doc.word(k - 1).startswith(_AR_COMP_PRON)
            and doc.word(k - 1) not in _AR_COMP
            and (outer := self._containing(doc.tokens[k].start)) is not None
        ):
            # "وقالت X إنها ذكّرت السفيرة بأن": the pronoun is the verb's subject, the
            # speaker of the statement that holds it; the noun after the verb is its object
            return None, outer.speaker, after, None, conf
        long_adjunct = any(
            self._occasion_at(j, b) == j
            for j in range(after, min(b, after + 16))
            if _is_occasion_prep(doc.word(j))  # (only such a word can open one)
        )
        window_end = min(b, after + (24 if long_adjunct else 16))
        comp_tok = window_end
        # "أعرب X عن", "أشاد X بـ": the cue's own preposition ends the subject too
        prep = fold(h.entry.comp[5:]) if h.entry.comp.startswith("prep:") else None
        for t in range(after, window_end):
            w = doc.word(t)
            if (
                (_is_comp(w) and not self._spelled_letter(t))
                or (prep is not None and t > after + 1 and w == prep)
                or (self._quote_opens_before(t) and not self._quoted_subject(t))
                or (
                    t > after
                    and t in self._cue_hits
                    and self._cue_hits[t][0].entry.kind not in ("noun", "relay")
                    and not self._noun_after_prep(t)
                )
            ):
                comp_tok = t
                break
            if t > after and ":" in self.text[doc.tokens[t - 1].end : doc.tokens[t].start]:
                comp_tok = t
                break
            if (
                t > after
                and w in _AR_ACCORDING
                and _COMMAS & set(self.text[doc.tokens[t - 1].end : doc.tokens[t].start])
            ):
                comp_tok = t  # "وقال الرئيس، وفق بلاغ للرئاسة: «": the source, not the subject
                break
        t = after
        # skip time expressions and adverbs right after the verb ("في بيان" too, but not
        # the subject "بيان" of "وأوضح بيان لوزارة الخارجية أن")
        while t < comp_tok and (
            (self._skippable(t) and not (t == after and doc.word(t) in _AR_ISSUED_INDEF))
            or (doc.word(t) in _AR_STYLES and doc.mention_at_tok(t) is None)
            or self._rank_before_person(t)
            or (t == after and doc.word(t) in _AR_RESUMPTIVE)  # "، أكد خلاله الرئيس X"
        ):
            t += 1  # (and a style before the name: "وأكد صاحب السمو رئيس الدولة", "الدكتور X")
        each_of = t + 2 < comp_tok and doc.word(t) == _AR_EACH and doc.word(t + 1) == _AR_OF
        if each_of:
            t += 2  # "وأكد كل من X وY أن": each of the coordinated subjects speaks
        if (
            after < t < comp_tok
            and doc.word(after) in _AR_RESUMPTIVE
            and doc.mention_at_tok(t) is None
            and (
                doc.word(t) in _AR_HONORIFIC_PRON
                or (doc.word(t).startswith("ال") and doc.word(t)[2:] in _ar_role_heads())
            )
            and (main_subj := self.sentence_subject(si, k)) is not None
            and doc.entity_types.get(main_subj) == EntityType.PERSON
        ):
            # "أجرى أمير قطر اتصالا بـ...، أكد خلاله الأمير/سموه": the title or the honorific
            # takes up the person the sentence is about, or the one named with that title
            # ("تلقى X اتصالاً من أمير قطر ...، أكد خلاله الأمير": not X)
            titled = self._title_back_mentioned(t, comp_tok)
            return None, titled or main_subj, t + 1, None, conf * 0.85
        speaker: Ment | None = None
        m = doc.mention_at_tok(t) if t < comp_tok else None
        if (
            m is None
            and t + 1 < comp_tok
            and doc.word(t) in _AR_NAME_FIRST
            and (second := doc.mention_at_tok(t + 1)) is not None
            and second.t0 == t + 1
            and second.etype == EntityType.PERSON
            and any(
                n.key == second.key
                and any(
                    doc.word(j) == doc.word(t) and doc.word(j + 1) == doc.word(t + 1)
                    for j in range(n.t0, n.t1)
                )
                for n in doc.mentions
                if n.t1 < t
            )
        ):
            # "أمادو عبد الرحمن" ... "وانتقد عبد الرحمن": the compound family name, its
            # second half linked alone
            m = second
        svo = doc.mention_at_tok(k - 1) if k > a + 1 else None
        if (
            svo is not None
            and self.speaker_ok(svo)
            and not svo.adjectival
            and doc.prep_of(svo) is None
            and svo.t0 > 0
            and _is_comp(doc.word(svo.t0 - 1))
        ):
            # "أن علييف أبلغ بوتين بأن": after a complementiser the subject comes first;
            # the name after the verb is its object
            if prep is not None and self._object_before_prep(after):
                return None, None, after, None, conf  # "أن الكويت ستشدد الرقابة على"
            return svo, svo.key, after, None, conf * 0.9
        if k > a + 2 and (appos_svo := self._ar_apposed_subject_after_comp(k, a)) is not None:
            if not (prep is not None and self._object_before_prep(after)):
                # "وذكرت الوكالة أن X Y وزير الخارجية العراقي أكد أن": the name and its
                # apposed title after the complementiser are the subject (S15-NAMES)
                return appos_svo, appos_svo.key, after, None, conf * 0.9
        if k > a + 2:
            titled_svo = self._ar_titled_subject_after_comp(k, a)
            if titled_svo is not None and not (
                prep is not None and self._object_before_prep(after)
            ):
                # "ذكرت الوكالة أن أمير قطر الشيخ X بن Y آل Z أكد ... أن": the titled name
                # after the complementiser is the subject of the verb after it
                return titled_svo, titled_svo.key, after, None, conf * 0.9
        if m is not None and t == after and self._ar_object_first(k, m):
            # "واتهم واشنطن بعرقلة", "ووصفت روسيا بأنها": the verb needs an object before
            # its ب-phrase, so the one named right after it is that object; the subject
            # is dropped, the speaker of the sentence or of the one before
            if (ante := self._relative_antecedent(k, a)) is not None:
                return ante, ante.key, after, None, conf * 0.9  # "الفلبين، التي اتهمت الصين بـ"
            key = self.previous_speaker(si, 0 if k > a else 1) or self.sentence_subject(si, k)
            return None, key, after, None, conf * 0.8
        if m is not None and t == after and self._gender_clash(k, m):
            # "وأعلنت الحكومة X رفضها ...، ودعت الاتحاد الأفريقي إلى": the verb's gender
            # is not the actor's: the actor is the one called on, the subject is elided
            key = self.previous_speaker(si, 0) or self.sentence_subject(si, k)
            return None, key, after, None, conf * 0.8
        if m is None and t < comp_tok and self._generic_addressee(k, t):
            # "فيما دعا المجتمع الدولي إلى"، "ودعا الأطراف كافة إلى"، "وحث الطرفين على": the
            # one called on, not a subject we could not link; the subject is elided: the
            # speaker of the sentence, of the one before, or the actor it is about
            key = self.previous_speaker(si, 0 if k > a else 1) or self.sentence_subject(si, k)
            if key is None and si > 0 and k - a <= 3 and self.mention_before(k, a) is None:
                assert doc.seg is not None
                key = self.sentence_subject(si - 1, doc.tok_range(doc.seg.sents[si - 1])[1])
            if key is not None and (agreeing := self._agreeing_speaker(si, h, key)) is not None:
                key = agreeing  # "قالت زاخاروفا ... . وقال لافروف ... . ودعت الأطراف": she
            return None, key, after, None, conf * 0.8
        if m is None and t + 1 < comp_tok and (side := self._state_side(h, t)) is not None:
            # "وأعرب الجانب التايلاندي عن أسفه"، "وأكد الجانب الروسي أن": the state's side
            return None, side.key, side.t1 + 1, None, conf * 0.9
        if m is not None and self.speaker_ok(m) and (doc.prep_of(m) is None or each_of):
            speaker = m
        elif t < comp_tok and (joint := self._joint_subject(t, comp_tok)) is not None:
            speaker = joint  # "المجالس العسكرية في مالي وبوركينا فاسو": each state speaks
        elif (
            t < comp_tok
            and comp_tok < window_end
            and not self._cue_at(comp_tok)
            and doc.word(t) not in _AR_ISSUED  # "واتهم البيان إيكواس بأنها": X is the object
        ):
            # the subject NP runs to the complementiser: take its best mention
            cand = self.first_mention(t, min(comp_tok, t + 10))
            if (
                cand is not None
                and not cand.adjectival
                and all(self._np_word(j) for j in range(t, cand.t0))
            ):
                speaker = cand
        if (
            (speaker is None or speaker.etype != EntityType.PERSON)
            and t < comp_tok
            and doc.mention_at_tok(t) is None
            and doc.word(t) in _ar_role_heads()
        ):
            # "أشاد وزير الخارجية الكويتي الشيخ X بـ": a title, a style and the name (the
            # cue's preposition is glued to its object, so no complementiser ends the NP);
            # a title's body read as a mention of its own ("نائب وزير الخارجية والمغتربين
            # الدكتور X أن") does not speak for the person named after it
            hi = doc.tokens[min(comp_tok, t + 14, len(doc.tokens)) - 1].end
            cand = next(
                (
                    m
                    for m in doc.mentions_in(doc.tokens[t].start, hi)
                    if m.etype == EntityType.PERSON and not m.adjectival and doc.prep_of(m) is None
                ),
                None,
            )
            if (
                cand is not None
                and cand.etype == EntityType.PERSON
                and all(self._title_run_word(j) for j in range(t, cand.t0))
            ):
                # (the title's genitive in ل, "الأمين العام لحزب الله"; its portfolio joined
                # by و, "نائب وزير الخارجية والمغتربين"; a rank and its grades, "رئيس مجلس
                # السيادة القائد العام للقوات المسلحة الفريق أول ركن X", up to 14 words)
                speaker = cand
        if (
            speaker is not None
            and speaker.etype == EntityType.ORGANIZATION
            and speaker.t0 > 0
            and doc.word(speaker.t0 - 1) in _ar_role_heads()
            and speaker.t1 + 1 < comp_tok
            and doc.mention_at_tok(speaker.t1 + 1) is None
            and doc.word(speaker.t1 + 1) in _AR_TITLES | _AR_STYLES
        ):
            # "أكد وزير الخارجية الشيخ X Y": the body is the title's, the person named
            # after it (not linked) speaks, not the ministry
            return None, None, after, None, conf
        if (speaker is None or speaker.etype != EntityType.PERSON) and (
            paren := self._ar_paren_name(t, comp_tok)
        ) is not None:
            # "حذرت وكالة ... لإغاثة وتشغيل اللاجئين (الأونروا) من أن": the long name we did
            # not link ends in its short form in brackets: that body speaks
            speaker = paren
        if speaker is None and t < comp_tok and (unit := self._unit_of_body(t, comp_tok)):
            speaker = unit  # "ذكرت دائرة الاتصال في الرئاسة التركية أن": the presidency
        if speaker is not None and speaker.kind == "role":
            speaker = (
                self._named_after_title(speaker.t1 + 1, comp_tok)
                or self._named_between_commas(speaker, comp_tok)
                or speaker
            )
        elif (
            speaker is None
            and t < comp_tok
            and doc.mention_at_tok(t) is None
            and doc.word(t) in _ar_role_heads()
        ):
            # "زعيمة حزب «X» Y Z إن": a short quoted name inside the title
            named = self._named_after_title(t + 1, window_end)
            if named is not None and (
                named.t1 < comp_tok
                or (named.t1 + 1 < window_end and _is_comp(doc.word(named.t1 + 1)))
                or h.entry.comp == "any"  # "وانتقدت زعيمة حزب «X» Y Z القرار": its object
            ):
                speaker = named
        if (
            speaker is not None
            and speaker.etype == EntityType.PERSON
            and speaker.t0 > after
            and doc.word(speaker.t0 - 1) in _AR_LINEAGE
            and doc.mention_at_tok(speaker.t0 - 1) is None
        ):
            # "أكد ولي العهد الأمير X بن Y": Y is the father's name in a name we did not
            # link, not the speaker
            return None, None, after, None, conf
        if speaker is not None and speaker.kind == "role" and after <= t < speaker.t0:
            titled = self._titled_earlier(t, speaker)
            if titled is not None:
                return None, titled, speaker.t1 + 1, None, conf * 0.9
        via: str | None = None
        if speaker is not None:
            t = speaker.t1 + 1
            if speaker.etype == EntityType.PERSON:
                # the rest of a name linked by its short form: "الشيخ تميم بن حمد آل ثاني"
                while t + 1 < comp_tok and doc.word(t) in _AR_LINEAGE | _AR_FAMILY:
                    t += 2
                # his titles after the name, linked to him: "الأمير X ولي العهد رئيس
                # مجلس الوزراء، خلال اتصال ...، حرص المملكة" (not content)
                while (
                    t < comp_tok
                    and (own := doc.mention_at_tok(t)) is not None
                    and own.t0 == t
                    and own.key == speaker.key
                ):
                    t = own.t1 + 1
            # apposition: "الناطق باسم الوزارة السفير سفيان القضاة"
            nxt = self._apposed_person(speaker, min(comp_tok, t + 4))
            if nxt is not None:
                speaker, t = nxt, nxt.t1 + 1
            elif (tongue := self._on_tongue_of(speaker, t, comp_tok)) is not None:
                speaker, t = tongue, tongue.t1 + 1
                for j in range(t, min(comp_tok, t + 3)):
                    if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                        t = j  # "على لسان رئيس مفوضيته X Y، إلى": the rest of his name
                        break
            elif self._tongue_of_unlinked(speaker, t, comp_tok):
                return None, None, after, None, conf  # his statement, but we lack his name
            for other in self._co_subjects(speaker):
                t = max(t, other.t1 + 1)  # "ودعت قطر وتركيا الطرفين": the object follows both
            # relay participle: "قالت وكالة X ناقلة عن Y إن"
            for r in range(t, comp_tok):
                hl = self._cue_hits.get(r)
                if hl and hl[0].entry.kind == "relay" and not self._carrier_at(r):
                    if _COMMAS & set(self.text[doc.tokens[t - 1].end : doc.tokens[r].start]):
                        break  # "أشادت X بالخطوة، ونقلت وكالة ...": a relay of its own
                    inner = self.first_mention(r + 1, min(b, r + 10), allow_prep=("عن",))
                    if inner is not None and inner.key != speaker.key:
                        via = speaker.key
                        speaker = inner
                        t = inner.t1 + 1
                    break
            return speaker, speaker.key, t, via, conf
        if t < comp_tok and (surnamed := self._surname_of(t)) is not None:
            return None, surnamed, t + 1, None, conf * 0.9  # "وتعهد عون، في خطاب القسم، بأن"
        if t + 1 < comp_tok and (surnamed := self._two_word_surname(t)) is not None:
            return None, surnamed, t + 2, None, conf * 0.9  # "وأوضح محمود علي للصحافيين أن"
        if t < comp_tok and (body := self._head_back(t)) is not None:
            return None, body, t + 1, None, conf * 0.85  # "قوات الدعم السريع" ... "ونفت القوات"
        if t < comp_tok and doc.word(t) in _AR_ISSUED | _AR_ISSUED_INDEF:
            # "وشدد البيان على أن": the statement speaks for whoever issued it; "وأوضح
            # بيان لوزارة الخارجية أن", "وقال بيان صادر عن الرئاسة إن": its owner
            owner = self._issuer_of_noun(t, comp_tok, genitive=doc.word(t) in _AR_ISSUED_INDEF)
            if owner is not None:
                t_next, carrier = owner.t1 + 1, None
                if doc.word(t_next) in _AR_CARRIERS:
                    # "بيان لوزارة الخارجية، نقلته وكالة الأنباء (واس)، أن": the outlet
                    # relays; the content starts at the complementiser
                    comp = next(
                        (j for j in range(t_next, comp_tok + 1) if _is_comp(doc.word(j))), None
                    )
                    if comp is not None:
                        outlet = self.first_mention(t_next + 1, comp)
                        carrier = outlet.key if outlet is not None else None
                        t_next = comp
                return owner, owner.key, t_next, carrier, conf * 0.85
            if doc.word(t) in _AR_ISSUED_INDEF:
                return None, None, after, None, conf  # "a statement" of someone not named
            if self._issued_by_unlinked(t, comp_tok):
                # "وأكد البيان الختامي الصادر عن الدول الضامنة": issued by someone not ours
                return None, None, after, None, conf
            nisba = doc.mention_at_tok(t + 1)
            if nisba is not None and nisba.adjectival and nisba.t0 == t + 1:
                # "وأضاف البيان المصري أن": the latest statement of that state's side
                return None, self._state_issuer(nisba.key, si), nisba.t1 + 1, None, conf * 0.8
            issuer = self._issuer(si, k)
            if issuer is not None:
                return None, issuer, t + 1, None, conf * 0.8
        if t < comp_tok and (same := self._same_official(si, t, comp_tok)) is not None:
            return None, same[0], same[1], None, conf * 0.85  # "وأضاف المسؤول ذاته أن"
        if t < comp_tok and (apposed := self._apposed_title_back(si, t, comp_tok)) is not None:
            return None, apposed[0], apposed[1], None, conf * 0.85  # "وأضاف المتحدث الرسمي أن"
        if t < comp_tok and (titled := self._title_back_mentioned(t, comp_tok)) is not None:
            # "اتصالاً من أمير قطر الشيخ تميم ... . وأكد الأمير": the man given that title
            return None, titled, t + 1, None, conf * 0.85
        if (
            t < comp_tok
            and self._explicit_unlinked(t)
            and not _is_comp(doc.word(t))
            and not self._coordinated_object(h, t)
        ):
            return None, None, after, None, conf  # "وثمّن القائد العام": not linked
        if t + 1 < comp_tok and doc.word(t) in _ar_person_roles() and doc.mention_at_tok(t) is None:
            return None, None, after, None, conf  # "وصرح وزير التجارة X بأن": not linked
        if t < comp_tok and doc.word(t) in _ar_unnamed_heads() and doc.mention_at_tok(t) is None:
            return None, None, after, None, conf  # "فيما نفى مصدر في الخارجية": not linked
        if (
            t < comp_tok
            and doc.word(t) in _UNNAMED_SOURCES
            and doc.word(t)[:1] != "ل"  # ("وقال لمصادر إعلامية إن": whom he told)
            and doc.mention_at_tok(t) is None
        ):
            return None, None, after, None, conf  # "وذكرت مصادر أوروبية أن": vague, no one
        if (
            t + 1 == comp_tok
            and _quoted_name_words("ar").get(doc.word(t)) == "noun"
            and self._quote_opens_before(comp_tok)
        ):
            return None, None, after, None, conf  # "وأفادت وكالة «تسنيم» بأن": not linked
        if t + 1 == comp_tok and self._unlinked_plural(t):
            return None, None, after, None, conf  # "ويقول محللون إن": not the last speaker
        if (
            t == after
            and self._unlinked_name(t, comp_tok, prep)
            and not (
                h.pron in _AR_OBJECT_PRONOUNS
                and h.entry.comp == "any"
                and self.text[doc.tokens[t].start : doc.tokens[t].end].endswith("ا")
            )  # "واعتبرتها تدخلا سافرا في": the second object, an accusative, not a name
        ):
            self._unlinked_said.setdefault(si, k)
            return None, None, after, None, conf  # "وأكدت X Y أن": a name we did not link
        before = self.mention_before(k, max(a, k - 1))
        if (
            before is not None
            and before.t1 == k - 1
            and h.cls == "v"
            and h.prefix[:1] in ("و", "ف")
            and h.pron in _AR_OBJECT_PRONOUNS
            # (not the subject's own capital as a place: "أوقفت السلطات المالية الجنود في
            # مطار باماكو، واتهمتهم": the pronoun is the soldiers; the subject goes on)
            and not (
                (first := self._clause_first_actor(a, before)) is not None
                and first.key == before.key
            )
        ):
            # "هاجمت تركيا السويد واتهمتها بـ": the verb's pronoun is the noun before (the
            # previous verb's object); its subject is the previous verb's, elided
            subj = self._prior_verb_subject(h, a, before)
            return subj, subj.key if subj is not None else None, after, None, conf * 0.85
        if (
            before is not None
            and before.t1 == k - 1
            # not the agency of a dateline: "الكويت (كونا) - صرح مساعد الوزير"
            and not _DATELINE_DASH.fullmatch(self.text[doc.tokens[k - 1].end : doc.tokens[k].start])
            # not the object of a verb before: "استقبل X السفير Y، وقال إن": a comma and
            # "و" open a second predicate of the sentence's subject
            and not (
                h.prefix[:1] in ("و", "ف")
                and _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start])
            )
            # not a place or actor governed by a preposition before the comma: "شنت X غارات
            # على مواقع في جنوب لبنان، قالت إنها": the verb opens a clause on the strikes,
            # said by the sentence's subject
            and not (
                _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start])
                and self._governed(before)
            )
        ):
            return before, before.key, after, None, conf
        if (
            k - 1 > a
            and doc.word(k - 1) in _AR_REL_PRON
            and h.pron in _AR_OBJECT_PRONOUNS
            and k + 1 < len(doc.tokens)
            and doc.word(k + 1).startswith("ال")
            and doc.mention_at_tok(k + 1) is None
            and not self.text[doc.tokens[k].end : doc.tokens[k + 1].start].strip()
        ):
            # "صعب، الذي وصفه المدعون بأنه": the pronoun on the verb is the antecedent, its
            # object; the subject is the unlinked noun after the verb, no actor of ours
            return None, None, after, None, conf
        ante = self._relative_antecedent(k, a)
        if ante is not None:
            return ante, ante.key, after, None, conf * 0.9
        if h.pron not in _AR_OBJECT_PRONOUNS and self._unlinked_antecedent(k, a):
            # "المجلس العسكري الانتقالي الذي تعهد بـ", "برئاسة X Y، الذي قال": the noun
            # before the pronoun speaks, no actor of ours; not the sentence's subject, and
            # what follows in the sentence goes on with it (not "الموقف الذي أبداه الوفد":
            # the verb's pronoun is the antecedent, its object)
            self._unlinked_said[si] = k
            return None, None, after, None, conf
        if (
            doc.word(k)[:1] in ("و", "ف") and doc.tokens[k].start - doc.seg.sents[si].start < 3  # type: ignore[union-attr]
        ) or self._after_occasion_opener(h, si):
            if h.cls == "v" and doc.word(k).endswith("تا") and not self._last_pair(si):
                return None, None, after, None, conf  # "وأكدتا": two speakers, none named
            key = self.previous_speaker(si) or self.sentence_subject(si, k)
            if key is not None and (agreeing := self._agreeing_speaker(si, h, key)) is not None:
                key = agreeing  # "قالت زاخاروفا ... . وقال لافروف ... . وأضافت أن": she
            if key is None and si > 0:
                # "التقى ماكرون زيلينسكي. وقال في مؤتمر صحفي إن": the actor of the sentence
                # before continues, even when it held no statement
                assert doc.seg is not None
                key = self.sentence_subject(si - 1, doc.tok_range(doc.seg.sents[si - 1])[1])
                conf *= 0.9
            elif key is not None and (actor := self._acted_between(si, h, key)) is not None:
                key = actor  # "قال X .... وفي سياق متصل، التقى Y نظيره Z. وأكد أن": Y
            return None, key, after, None, conf * 0.8
        if k > a and self._contrast_pronoun(k - 1, a):
            # "لكنه اعتبر أن"، "إلا أنها أكدت أن": the pronoun after "but" is the subject,
            # the speaker before
            key = self.previous_speaker(si) or self.sentence_subject(si, k)
            if key is not None and (agreeing := self._agreeing_speaker(si, h, key)) is not None:
                key = agreeing
            return None, key, after, None, conf * 0.8
        if (
            h.cls in ("v", "i")
            and not h.prefix
            and h.pron in _AR_OBJECT_PRONOUNS
            and k > a
            and not self.text[doc.tokens[k - 1].end : doc.tokens[k].start].strip()
            and doc.mention_at_tok(k - 1) is None
            and len(doc.word(k - 1)) > 3  # (not "على ما وصفته بـ": what it called)
            and doc.word(k - 1) not in _AR_PARTICLES
            and not doc.word(k - 1).startswith("ال")
            and not self._skippable(k - 1)
        ):
            # "وسط حشود غاضبة طالبته بـ": a clause describing an indefinite noun; the
            # pronoun is the sentence's subject, addressed, and the noun speaks
            return None, None, after, None, conf
        if (when := self._when_clause_subject(si, k, a)) is not None:
            return None, when.key, after, None, conf * 0.75
        key = self.sentence_subject(si, k)
        if key is None and k > a and doc.word(k - 1) in _AR_SINCE:
            key = self.previous_speaker(si, 0)  # "بعد يوم من وصف X ...، إذ قال إن"
        return None, key, after, None, conf * 0.75

    def _contrast_pronoun(self, j: int, a: int) -> bool:
        """Arabic: token ``j`` is "but he/she" opening the clause of the verb after it
        ("لكنه"، "ولكنها"، "إلا أنه"، "غير أنها"، "بيد أنه"), with no punctuation between."""
        doc = self.doc
        if self.text[doc.tokens[j].end : doc.tokens[j + 1].start].strip():
            return False
        w = doc.word(j)
        if w in _AR_BUT_HE:
            return True
        return j > a and w in _AR_THAT_HE and doc.word(j - 1) in _AR_EXCEPT

    def _same_official(self, si: int, t: int, limit: int) -> tuple[str, int] | None:
        """Arabic: "المسؤول ذاته", "المسؤول الإيراني" at token ``t`` (a definite head of an
        unnamed speaker, not linked, then "the same" or a state's nisba): the latest person
        who spoke in the last sentences (of that state), and the token after the phrase."""
        doc = self.doc
        w = doc.word(t)
        if not w.startswith("ال") or w[2:] not in _ar_unnamed_heads() or doc.mention_at_tok(t):
            return None
        state: str | None = None
        nxt = doc.mention_at_tok(t + 1)
        if doc.word(t + 1) in _AR_SAME:
            end = t + 2
        elif nxt is not None and nxt.t0 == t + 1 and nxt.adjectival:
            state, end = nxt.key, nxt.t1 + 1
        elif (
            nxt is None
            and (adj := doc.word(t + 1)).startswith("ال")
            and adj.endswith(_AR_NISBA_ENDINGS)
            and len(adj) > 5
        ):
            end = t + 2  # "وأفادت المسؤولة الأوروبية بأن": a nisba we do not link to a state
        else:
            return None
        if end > limit:
            return None
        for st in reversed(self.stmts):
            if st.sent < si - 3:
                break
            if self._reported_cue(st):
                continue  # ("أوضح البلاغ أن الرئيس X أبلغ ...": X is reported, no source)
            if doc.entity_types.get(st.speaker) == EntityType.PERSON and (
                state is None or doc.entity_states.get(st.speaker) == state
            ):
                return st.speaker, end
        return None

    def _reported_cue(self, st: Stmt) -> bool:
        """Arabic: the cue of ``st`` sits in what another statement reports, or after
        another speech verb of its sentence and a complementiser ("وأوضح البلاغ أن الرئيس
        X أبلغ ..." even when that outer statement was not kept): a reported act, not what
        a source said."""
        doc = self.doc
        if any(o is not st and o.start <= st.cue_start < o.end for o in self.stmts):
            return True
        if st.sent < 0 or st.cue_tok < 0 or doc.seg is None:
            return False
        a = doc.tok_range(doc.seg.sents[st.sent])[0]
        comp_seen = False
        for j in range(st.cue_tok - 1, a - 1, -1):
            if _is_comp(doc.word(j)):
                comp_seen = True
            elif comp_seen and j in self._cue_hits:
                return True
        return False

    def _apposed_title_back(self, si: int, t: int, limit: int) -> tuple[str, int] | None:
        """Arabic: a bare definite title at token ``t`` that no mention covers ("المتحدث"،
        "المتحدث الرسمي"، "السفير ذاته"), then the complementiser at ``limit``: the latest
        person who spoke in the last sentences and whose name the article followed with that
        title in an apposition ("X، المتحدث الرسمي باسم الرئاسة، بأن ... وأضاف المتحدث
        الرسمي أن"), and the token after the title; None when no such speaker."""
        doc = self.doc
        head = doc.word(t)
        if (
            not head.startswith("ال")
            or doc.mention_at_tok(t) is not None
            or head[2:] not in _ar_role_heads()
        ):
            return None
        end = t + 1
        if end < limit and (doc.word(end) in _AR_SAME or doc.word(end) in _AR_OFFICIAL):
            end += 1
        if end != limit or not _is_comp(doc.word(limit)):
            return None
        for st in reversed(self.stmts):
            if st.sent < si - 3:
                break
            if doc.entity_types.get(st.speaker) != EntityType.PERSON:
                continue
            for m in doc.mentions:
                if m.key != st.speaker or m.t1 + 1 >= len(doc.tokens):
                    continue
                gap = self.text[doc.tokens[m.t1].end : doc.tokens[m.t1 + 1].start]
                if _COMMAS & set(gap) and any(
                    doc.word(j) == head for j in range(m.t1 + 1, min(len(doc.tokens), m.t1 + 3))
                ):
                    return st.speaker, end
                if self._titled_before(m, head):
                    return st.speaker, end  # "المتحدث باسم المجلس العقيد X ... ونفى المتحدث"
            return None  # (only the latest person who spoke)
        return None

    def _issued_by_unlinked(self, t: int, limit: int) -> bool:
        """Arabic: the definite statement noun at ``t`` is said to be issued by someone
        ("البيان الختامي الصادر عن الدول الضامنة"، "البيان الصادر عن الاجتماع") within two
        words, and no actor of ours is named right after "عن"."""
        doc = self.doc
        for j in (t + 1, t + 2):
            if j >= limit or doc.word(j) not in _AR_ISSUED_BY_WORDS:
                continue
            o = j + 2 if doc.word(j + 1) == fold("عن") else j + 1
            m = doc.mention_at_tok(o) if o < limit else None
            return m is None or m.adjectival or not self.speaker_ok(m)
        return False

    def _title_back_mentioned(self, t: int, limit: int) -> str | None:
        """Arabic: a bare definite title at token ``t`` (one word, no mention, no name or
        definite word after it: "وأكد الأمير دعم ...") that refers back to the one person
        of the last 400 characters whose name the article wrote with that title before it,
        definite or in construct ("أمير قطر الشيخ تميم"، "الرئيس الإيراني مسعود بزشكيان");
        None when no person or more than one had it."""
        doc = self.doc
        head = doc.word(t)
        if (
            not head.startswith("ال")
            or len(head) < 5
            or doc.mention_at_tok(t) is not None
            or head[2:] not in _ar_role_heads()
            or t >= limit
        ):
            return None
        nxt = doc.word(t + 1)
        if doc.mention_at_tok(t + 1) is not None or (nxt.startswith("ال") and nxt not in _AR_SAME):
            return None  # "الرئيس الأمريكي"، "الأمير فيصل": a longer title or a name
        off = doc.tokens[t].start
        found: set[str] = set()
        for m in doc.mentions_in(max(0, off - 400), off):
            if m.etype != EntityType.PERSON or m.kind == "role" or m.adjectival:
                continue
            if self._titled_before(m, head) or self._titled_before(m, head[2:]):
                found.add(m.key)
        return found.pop() if len(found) == 1 else None

    def _titled_before(self, m: Ment, head: str) -> bool:
        """Arabic: the person mention ``m`` opens with the title ``head`` or follows it
        within six words in the same phrase ("المتحدث باسم المجلس العقيد X", "السفير
        الروسي لدى الأمم المتحدة X"): no other actor named and no comma between them."""
        doc = self.doc
        if doc.word(m.t0) == head:
            return True
        for j in range(m.t0 - 1, max(-1, m.t0 - 7), -1):
            if _COMMAS & set(self.text[doc.tokens[j].end : doc.tokens[j + 1].start]):
                return False
            if doc.word(j) == head:
                return doc.mention_at_tok(j) is None or doc.mention_at_tok(j) is m
            other = doc.mention_at_tok(j)
            if other is not None and other.etype == EntityType.PERSON and other is not m:
                return False
        return False

    def _head_back(self, t: int) -> str | None:
        """Arabic: the body named earlier whose name opens with the noun at token ``t``,
        written there alone with the article and no mention ("قوات الدعم السريع" ...
        "فيما نفت القوات"، "حركة الشباب" ... "وقالت الحركة"): the latest organization
        mention of the last 400 characters whose first word is that noun; None when the
        noun goes on into a longer name ("القوات المسلحة") or no such body was named."""
        doc = self.doc
        w = doc.word(t)
        if (
            doc.mention_at_tok(t) is not None
            or not w.startswith("ال")
            or len(w) < 5
            or w in _AR_ISSUED
            or w[2:] in _ar_unnamed_heads()
            or t + 1 >= len(doc.tokens)
        ):
            return None
        nxt = doc.word(t + 1)
        gap = self.text[doc.tokens[t].end : doc.tokens[t + 1].start]
        if nxt.startswith("ال") and not gap.strip() and doc.mention_at_tok(t + 1) is None:
            return None  # "القوات المسلحة"، "المجلس الوزاري": a longer name of its own
        off = doc.tokens[t].start
        for m in reversed(doc.mentions_in(max(0, off - 400), off)):
            if m.etype != EntityType.ORGANIZATION or m.adjectival or not doc.is_actor(m):
                continue
            first = doc.word(m.t0)
            head = first[2:] if first.startswith("ال") else first
            if m.t1 > m.t0 and head == w[2:]:
                forms = {w, w[2:], "و" + w, "و" + w[2:]}
                if any(
                    doc.word(j) in forms and doc.mention_at_tok(j) is None
                    for j in range(m.t1 + 1, t)
                ):
                    return None  # "وفي رام الله انعقد المجلس المركزي. وقال المجلس": another
                return m.key
        return None

    def _two_word_surname(self, t: int) -> str | None:
        """Arabic: the person whose full name, named earlier, ends in the two bare words
        at tokens ``t`` and ``t + 1`` ("أبو الحسن محمود علي" ... "وأوضح محمود علي أن"):
        :meth:`_surname_of` of the second word when the name's word before it is the
        first; None otherwise."""
        doc = self.doc
        if doc.mention_at_tok(t) is not None or doc.word(t).startswith("ال"):
            return None
        key = self._surname_of(t + 1)
        if key is None or self._surnames is None:
            return None
        end = self._surnames[doc.word(t + 1)][1]
        return key if end > 0 and doc.word(end - 1) == doc.word(t) else None

    def _surname_of(self, t: int) -> str | None:
        """Arabic: the person whose full name, named earlier, ends in the bare word at
        token ``t`` that no mention covers ("جوزيف عون" ... "وتعهد عون"): a later mention
        by the family name alone; None when no such person or two share the name."""
        doc = self.doc
        w = doc.word(t)
        if doc.mention_at_tok(t) is not None:
            return None
        if w.startswith("ال") and (
            w in _ar_role_heads()
            or w[2:] in _ar_role_heads()
            or w[2:] in _ar_unnamed_heads()
            or w in _AR_ISSUED
            or len(w) < 5
        ):
            return None  # ("وأضاف المتحدث"، "وتابع البيان": no family name; "وتابع الأنصاري")
        if self._surnames is None:
            names: dict[str, tuple[str, int]] = {}
            clash: set[str] = set()
            for m in doc.mentions:
                if m.etype != EntityType.PERSON or m.t1 <= m.t0 or m.adjectival:
                    continue
                last = doc.word(m.t1)
                if last in names and names[last][0] != m.key:
                    clash.add(last)
                names.setdefault(last, (m.key, m.t1))
            self._surnames = {w: v for w, v in names.items() if w not in clash}
        hit = self._surnames.get(doc.word(t))
        if hit is None or hit[1] >= t or t + 1 >= len(doc.tokens):
            return None
        nxt = doc.word(t + 1)
        if not (
            _COMMAS & set(self.text[doc.tokens[t].end : doc.tokens[t + 1].start])
            or _is_comp(nxt)
            or nxt in AR_PREP_WORDS
            or self._skippable(t + 1)
            or (nxt.startswith("لل") and len(nxt) > 4)  # "وقال عون للصحفيين إن"
        ):
            return None  # the subject ends there: "وتعهد عون، في", "وقال عون إن"
        return hit[0]

    def _state_issuer(self, state: str, si: int) -> str:
        """Who issued "the <nisba> statement" of ``state`` in sentence ``si``: the speaker
        of the latest statement within four sentences that is that state or belongs to it
        (its foreign ministry, "وزارة الخارجية"), else the state itself."""
        for s in reversed(self.stmts):
            if s.sent > si:
                continue
            if si - s.sent > 4:
                break
            if s.speaker == state or self.doc.entity_states.get(s.speaker) == state:
                return s.speaker
        return state

    def _relative_antecedent(self, k: int, a: int) -> Ment | None:
        """ "..., السيسي، الذي قال إن": the speaker of a verb right after a relative
        pronoun is its antecedent, the nearest person named before the pronoun (a
        state or body when no person is there)."""
        doc = self.doc
        if k - 1 <= a or doc.word(k - 1) not in _AR_REL_PRON:
            return None
        for t in range(k - 2, max(a, k - 5) - 1, -1):
            m = doc.mention_at_tok(t)
            if m is not None and self.speaker_ok(m) and not m.adjectival:
                return m if m.etype == EntityType.PERSON or t == k - 2 else None
        return None

    def _unlinked_antecedent(self, k: int, a: int) -> bool:
        """ "الحزب الحاكم الذي تعهد بـ", "المجلس العسكري الذي أعلن": the verb at ``k`` right
        after a relative pronoun whose antecedent, joined to it without a comma, is a
        definite noun or adjective no mention covers and no title opens, or, after a
        comma, a bare name we did not link: the antecedent speaks, and it is none of our
        actors."""
        doc = self.doc
        if k - 2 < a or doc.word(k - 1) not in _AR_REL_PRON:
            return False
        w = doc.word(k - 2)
        comma = bool(_COMMAS & set(self.text[doc.tokens[k - 2].end : doc.tokens[k - 1].start]))
        for t in range(max(a, k - (3 if comma else 4)), k - 1):
            m = doc.mention_at_tok(t)
            if m is not None and not m.adjectival:
                return False  # (a nisba, "الأوكرانية", is no antecedent)
        if comma:
            # "برئاسة رئيس المكتب X Y، الذي قال": a name we did not link (no article, no
            # title); not "X، رئيس الوزراء السابق، الذي قال", an aside on X named before
            return not w.startswith("ال") and w not in _ar_role_heads() and w.isalpha()
        return w.startswith("ال") and w not in _ar_role_heads()

    def _title_run_word(self, j: int) -> bool:
        """Token ``j`` continues a title before a name: a word of a noun phrase, the
        title's genitive in ل ("الأمين العام لحزب الله"), its portfolio joined by و
        ("نائب وزير الخارجية والمغتربين"), or a rank and its grades ("الفريق أول ركن X")."""
        w = self.doc.word(j)
        return (
            self._np_word(j)
            or (w[:1] == "ل" and self._np_word(j - 1))
            # "الوزير المنتدب في الشؤون الخارجية": a portfolio after "في"
            or (w == _FI_AR and self._np_word(j - 1) and self.doc.word(j + 1) == _AFFAIRS_DEF_AR)
            or (w[:3] == "وال" and self._np_word(j - 1))
            or self._rank_before_person(j)
        )

    def _rank_before_person(self, t: int) -> bool:
        """Arabic: token ``t`` is a title or rank, or a grade word after one ("الفريق أول
        ركن"), unlinked, with only grade words between it and a named person."""
        doc = self.doc
        w = doc.word(t)
        if doc.mention_at_tok(t) is not None:
            return False
        if w not in _AR_TITLES and not (
            w in _AR_RANK_GRADES and t > 0 and doc.word(t - 1) in _AR_TITLES | _AR_RANK_GRADES
        ):
            return False
        j = t + 1
        while j < t + 3 and doc.word(j) in _AR_RANK_GRADES and doc.mention_at_tok(j) is None:
            j += 1
        nm = doc.mention_at_tok(j)
        return nm is not None and nm.t0 == j and nm.etype == EntityType.PERSON

    def _tongue_of_unlinked(self, m: Ment, t: int, limit: int) -> bool:
        """Arabic: "على لسان <title> X Y،" right after the body or state ``m`` ends with two
        or three bare words no mention covers ("على لسان منسق الشؤون الإنسانية X Y،"): a
        person we could not link speaks, not the body ("على لسان وزير الإعلام،" ends with
        its title: the body keeps the statement)."""
        doc = self.doc
        if self.en or m.etype == EntityType.PERSON or t + 3 >= limit:
            return False
        if doc.word(t) != _AR_ON or doc.word(t + 1) not in _AR_TONGUE:
            return False
        if doc.mention_at_tok(t + 2) is not None or doc.word(t + 2) in _ar_unnamed_heads():
            return False  # ("على لسان مسؤول رفيع": no name)
        end = next(
            (
                j
                for j in range(t + 3, min(limit + 1, t + 12, len(doc.tokens)))
                if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start])
            ),
            None,
        )
        if end is None:
            return False
        run = 0
        for j in range(end - 1, t + 2, -1):
            w = doc.word(j)
            raw = self.text[doc.tokens[j].start : doc.tokens[j].end]
            if (
                doc.mention_at_tok(j) is not None
                or j in self._cue_hits
                or w.startswith("ال")
                or raw.endswith(("ة", "ه", "ها"))
                or w in AR_PREP_WORDS
                or w in _ar_role_heads()
                or w in _ar_unnamed_heads()
                or not raw.isalpha()
            ):
                break
            run += 1
        return 2 <= run <= 3

    def _on_tongue_of(self, m: Ment, t: int, limit: int) -> Ment | None:
        """Arabic: the named person a body or state speaks through, in "على لسان" right
        after it ("دعا الاتحاد الأفريقي، على لسان رئيس مفوضيته X، إلى", "رفضت طهران، على
        لسان المتحدث باسم خارجيتها X، ..."): he speaks.  None when no name ends the
        title ("على لسان وزير الإعلام": the body keeps the statement)."""
        doc = self.doc
        if self.en or m.etype == EntityType.PERSON or t + 2 >= limit:
            return None
        if doc.word(t) != _AR_ON or doc.word(t + 1) not in _AR_TONGUE:
            return None
        for j in range(t + 2, min(limit, t + 12)):
            if j > t + 2 and _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return None  # the adjunct ended without a name
            nxt = doc.mention_at_tok(j)
            if nxt is not None and nxt.t0 == j and nxt.etype == EntityType.PERSON:
                return nxt if nxt.kind != "role" and doc.prep_of(nxt) is None else None
            if _is_comp(doc.word(j)) or (j in self._cue_hits and j > t + 2):
                return None
        return None

    def _was_subject(self, qad: int, a: int) -> Ment | None:
        """Arabic: the actor named between "كان/كانت" (with و/ف) and "قد" at ``qad`` ("وكان
        الرئيس X قد أعلن"), when only that noun phrase stands between, or that noun phrase
        and an apposition between commas ("وكان السفير X، مستشار الرئيس للشؤون الخارجية،
        قد أكد"); else None."""
        doc = self.doc
        commas: list[int] = []  # tokens a comma follows, from قد backwards
        for j in range(qad - 1, max(a, qad - 28) - 1, -1):
            w = doc.word(j)
            if w in _AR_WAS or (w[:1] in ("و", "ف") and w[1:] in _AR_WAS):
                m = self.first_mention(j + 1, qad)
                last = doc.mention_at_tok(qad - 1) if not commas else None
                if (
                    last is not None
                    and (m is None or m.etype != EntityType.PERSON)
                    and last.etype == EntityType.PERSON
                    and last.t0 > j + 1
                    and doc.word(j + 1) not in _OFFICE_HEADS
                    and not any(doc.word(i) in _AR_NOT_HOLDER for i in range(j + 1, last.t0))
                    and self.speaker_ok(last)
                    and doc.prep_of(last) is None
                ):
                    m = last  # "وكان رئيس هيئة X (في Y) Z W قد أكد": the named holder
                if (
                    m is not None
                    and self.speaker_ok(m)
                    and not m.adjectival
                    and doc.prep_of(m) is None
                    and all(self._title_word(i, m, qad) for i in range(j + 1, m.t0))
                    and (not commas or self._apposition(m, commas, qad))
                ):
                    return m
                return None
            if not commas and qad - j > 12:
                return None
            if _COMMAS & set(self.text[doc.tokens[j].end : doc.tokens[j + 1].start]):
                commas.append(j)
                if len(commas) > 2:
                    return None
        return None

    def _title_word(self, i: int, m: Ment, qad: int) -> bool:
        """Arabic: whether token ``i`` may stand in the subject noun phrase of "كان ... قد"
        before ``m``: a noun-phrase word, or, before a person named right before "قد" at
        ``qad``, any word of his long title but a cue, a complementiser or a relative
        pronoun ("وكان رئيس هيئة النزاهة في العراق X Y قد أكد"، "المنسق الأعلى للسياسة
        الخارجية والأمنية في الاتحاد الأوروبي X Y")."""
        if self._np_word(i):
            return True
        w = self.doc.word(i)
        return (
            m.etype == EntityType.PERSON
            and m.t1 == qad - 1
            and (m.t1 > m.t0 or not m.key.startswith("Person:"))  # (not a bare "حسينة")
            and i not in self._cue_hits
            and not _is_comp(w)
            and w not in _AR_REL_PRON
            and w not in _AR_NOT_HOLDER
        )

    def _apposition(self, m: Ment, commas: list[int], qad: int) -> bool:
        """Whether the words between the commas after ``m`` and "قد" at ``qad`` are an
        apposition of ``m`` (a title: "، المستشار الدبلوماسي لرئيس الدولة،"): the name ends
        at the first comma, the second closes right before قد, and no verb, relative
        pronoun or complementiser stands between."""
        doc = self.doc
        if len(commas) != 2 or commas[0] != qad - 1 or commas[1] != m.t1:
            return False
        if doc.word(m.t1 + 1) in _AR_REL_PRON:
            return False
        return not any(t in self._cue_hits or _is_comp(doc.word(t)) for t in range(m.t1 + 1, qad))

    def _named_between_commas(self, role: Ment, limit: int) -> Ment | None:
        """Arabic: the person named between commas right after a bare title ("وقال
        المتحدث باسم الخارجية الصينية، السفير X Y، إن"): the title is his, he speaks (not
        whoever holds that title by the gazetteer's tenures).  The name must end at a
        comma or at the complementiser ``limit``."""
        doc = self.doc
        j = role.t1 + 1
        if j >= limit or self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip() not in (
            "،",
            ",",
        ):
            return None
        m = doc.mention_at_tok(j)
        if (
            m is None
            or m.t0 != j
            or m.etype != EntityType.PERSON
            or m.kind == "role"
            or m.key == role.key
            or m.adjectival
            or m.t1 + 1 > limit
        ):
            return None
        if m.t1 + 1 < limit and not _COMMAS & set(
            self.text[doc.tokens[m.t1].end : doc.tokens[m.t1 + 1].start]
        ):
            return None
        return m

    def _cue_at(self, t: int) -> bool:
        return t in self._cue_hits and not _is_comp(self.doc.word(t))

    def _noun_after_prep(self, t: int) -> bool:
        """Arabic: a perfect-verb cue hit at ``t`` right after a preposition is the verbal
        noun of the same letters, the occasion of a statement ("خلال إفادته أمام البرلمان"،
        "في إفادتها الأسبوعية": not "أفادته"), not a speech verb that takes over."""
        doc = self.doc
        return (
            not self.en
            and t > 0
            and doc.word(t - 1) in AR_PREP_WORDS
            and any(h.cls == "v" for h in self._cue_hits.get(t, ()))
            and not self.text[doc.tokens[t - 1].end : doc.tokens[t].start].strip()
        )

    def _ar_titled_subject_after_comp(self, k: int, a: int) -> Ment | None:
        """Arabic: a person named before the verb at ``k`` with the rest of the name
        ("بن حمد آل ثاني") after the mention and only titles, styles and the title's
        bodies ("أمير قطر الشيخ") between a complementiser and the mention, or None."""
        doc = self.doc
        j = k - 1
        while j - 1 > a and doc.word(j - 1) in _AR_LINEAGE | _AR_FAMILY:
            j -= 2  # (the rest of a name linked by its short form)
        m = doc.mention_at_tok(j) if j > a else None
        if (
            m is None
            or m.etype != EntityType.PERSON
            or m.adjectival
            or doc.prep_of(m) is not None
            or not self.speaker_ok(m)
        ):
            return None
        i = m.t0 - 1
        for _ in range(6):
            if i <= a or _COMMAS & set(self.text[doc.tokens[i].end : doc.tokens[i + 1].start]):
                return None
            w = doc.word(i)
            if _is_comp(w):
                # (the name right between them is the rule before this one)
                return None if i == m.t0 - 1 and m.t1 == k - 1 else m
            if not (
                w in _AR_TITLES or w in _AR_STYLES or w in _ar_role_heads() or self._np_word(i)
            ):
                return None
            i -= 1
        return None

    def _ar_apposed_subject_after_comp(self, k: int, a: int) -> Ment | None:
        """Arabic: a person named right after a complementiser and followed by his title up
        to the verb at ``k`` ("أن X Y وزير الخارجية العراقي أكد"، "أن X Y مساعد الرئيس
        الروسي أوضح"): the title opens with a role word, and no comma, cue, complementiser
        or relative pronoun stands between the name and the verb; else None (S15-NAMES)."""
        doc = self.doc
        m: Ment | None = None
        for j in range(k - 2, max(a, k - 12), -1):
            m = doc.mention_at_tok(j)
            if m is not None and m.etype == EntityType.PERSON and m.kind != "role":
                break
            m = None
        if (
            m is None
            or m.t0 <= a + 1
            or m.adjectival
            or doc.prep_of(m) is not None
            or not self.speaker_ok(m)
            or not _is_comp(doc.word(m.t0 - 1))
        ):
            return None
        head = doc.word(m.t1 + 1)
        if head not in _ar_role_heads() and not (
            head.startswith("ال") and head[2:] in _ar_role_heads()
        ):
            return None
        for t in range(m.t1 + 1, k):
            if _COMMAS & set(self.text[doc.tokens[t - 1].end : doc.tokens[t].start]):
                return None
            w = doc.word(t)
            if self._cue_at(t) or _is_comp(w) or w in _AR_REL_PRON:
                return None
            other = doc.mention_at_tok(t)
            if other is not None and other.etype == EntityType.PERSON and other.key != m.key:
                return None  # ("أن X مستشار الرئيس Y أكد": Y is the subject's principal)
        return m

    def _ar_object_first(self, k: int, m: Ment) -> bool:
        """Arabic: a bare verb of accusing or describing at ``k`` ("واتهم", "ووصفت", no
        object pronoun) with the actor ``m`` right after it and a ب-phrase right after
        that actor ("بعرقلة", "بأنها"): the actor is the object, not the subject."""
        doc = self.doc
        w = doc.word(k)
        if w[:1] in ("و", "ف") and w not in _AR_OBJECT_VERBS:
            w = w[1:]
        if w not in _AR_OBJECT_VERBS or m.t0 != k + 1 or m.t1 + 1 >= len(doc.tokens):
            return False
        nxt = m.t1 + 1
        raw = self.text[doc.tokens[nxt].start : doc.tokens[nxt].end]
        return raw[:1] == "ب" and doc.mention_at_tok(nxt) is None and nxt not in self._cue_hits

    def _ar_paren_name(self, t: int, comp_tok: int) -> Ment | None:
        """An actor named in brackets at the end of the subject noun phrase ``[t,
        comp_tok)`` (at most one word, the cue's preposition, before ``comp_tok``), the
        phrase before it free of commas: the short form of a long name."""
        doc = self.doc
        text = self.text
        for j in range(t + 1, min(comp_tok, t + 14)):
            if _COMMAS & set(text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return None
            m = doc.mention_at_tok(j)
            if m is None or m.t0 != j or m.t1 + 2 < comp_tok or not self.speaker_ok(m):
                continue
            if text[doc.tokens[j - 1].end : doc.tokens[j].start].strip() != "(":
                continue
            before = doc.word(j - 1)
            if doc.prep_of(m) is not None or len(before) == 1 or before in AR_PREP_WORDS:
                continue  # "صرح X لـ(قنا) بأن": the one told
            close = doc.tokens[m.t1 + 1].start if m.t1 + 1 < len(doc.tokens) else len(text)
            if ")" in text[doc.tokens[m.t1].end : close]:
                return m
        return None

    def _object_before_prep(self, t: int) -> bool:
        """After a subject named before a prepositional cue, a definite noun at ``t`` that
        is neither linked nor a time word is the verb's object ("ستشدد الرقابة على"
        tightens controls), so the cue is not speech ("شدد على")."""
        w = self.doc.word(t)
        return (
            w.startswith("ال")
            and self.doc.mention_at_tok(t) is None
            and not self._skippable(t)
            and w not in _AR_NOT_SUBJECT
        )

    def _last_pair(self, si: int) -> bool:
        """The latest statement within two sentences before ``si`` has a partner of another
        speaker on the same cue ("وأكدت السعودية والإمارات أن"): a pair a dual verb
        ("وأضافتا") may continue."""
        recent = [s for s in self.stmts if 0 <= si - s.sent <= 2]
        if not recent:
            return False
        last = max(recent, key=lambda s: s.cue_start)
        return any(s.cue_start == last.cue_start and s.speaker != last.speaker for s in recent)

    def _coordinated_object(self, h: Hit[Cue], t: int) -> bool:
        """Arabic: a verb of describing or accusing joined by "و" after a comma ("استقبل X
        السجناء، ووصف الإفراج عنهم بأنه") with a definite noun at ``t`` and a ب-phrase
        within four words after it: the noun is its object, the subject the clause's."""
        doc = self.doc
        k = h.first
        w = doc.word(k)
        if w[:1] not in ("و", "ف") or w[1:] not in _AR_OBJECT_VERBS or k == 0:
            return False
        if not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start]):
            return False
        for j in range(t + 1, min(len(doc.tokens), t + 5)):
            if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return False
            if doc.word(j)[:1] == "ب" and doc.mention_at_tok(j) is None:
                return True
        return False

    def _unlinked_plural(self, t: int) -> bool:
        """An indefinite sound masculine plural right after the verb and before its
        complementiser, not a linked mention ("يقول محللون إن", "وقال دبلوماسيون إن"):
        a group subject we could not link, so the verb is not subject-less."""
        w = self.doc.word(t)
        return (
            len(w) > 4
            and w.endswith("ون")
            and not w.startswith("ال")
            and self.doc.mention_at_tok(t) is None
        )

    def _clause_start_before(self, a: int, obj: Ment) -> int:
        """Arabic: the first token of the clause that ends with ``obj``: after the last
        comma before it, else ``a``."""
        doc = self.doc
        for j in range(obj.t0 - 1, a, -1):
            if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return j  # "وفي أنقرة، هاجمت تركيا السويد": the clause of the previous verb
        return a

    def _clause_first_actor(self, a: int, obj: Ment) -> Ment | None:
        """Arabic: the first actor (not after a preposition, not a nisba) of the clause
        that ends with ``obj``, from the last comma before ``obj`` after ``a`` ("وفي أنقرة،
        هاجمت تركيا السويد": Turkey); None when there is none."""
        doc = self.doc
        t = self._clause_start_before(a, obj)
        while t < obj.t0:
            m = doc.mention_at_tok(t)
            if m is None:
                t += 1
                continue
            if self.speaker_ok(m) and doc.prep_of(m) is None and not m.adjectival:
                return m
            t = m.t1 + 1
        return None

    def _prior_verb_subject(self, h: Hit[Cue], a: int, obj: Ment) -> Ment | None:
        """Arabic: the subject of the verb coordinated before the cue at ``h`` that carries
        an object pronoun ("رفضت الحكومة القرار واعتبرته"): the first actor (not after a
        preposition, not a nisba) of the clause, before the object ``obj``, when the cue's
        gender fits it (a feminine verb, not a body with a masculine head; a masculine
        verb, not a body with a feminine head).  Else None."""
        doc = self.doc
        t0 = self._clause_start_before(a, obj)
        subj = self._clause_first_actor(a, obj)
        if subj is None or subj.key == obj.key:
            return None
        w = doc.word(h.first)
        stem = w[len(h.prefix) : len(w) - len(h.pron)]
        feminine = ar_feminine_verb(stem) and not stem.endswith("ات")
        if subj.etype == EntityType.ORGANIZATION:
            head = self.text[doc.tokens[subj.t0].start : doc.tokens[subj.t0].end]
            if feminine != (head.endswith(("ة", "ات")) or head in ("الأمم", "أمم")):
                return None
        elif subj.etype == EntityType.STATE and not feminine and subj.t0 > t0:
            # a masculine cue after a state its own verb made feminine ("هاجمت تركيا
            # الوزير ووصفه") is not that state's; "وانتقد المغرب إسبانيا ووصفها" is
            prev = doc.word(subj.t0 - 1)
            if prev.endswith("ت") and not prev.endswith("ات"):
                return None
        return subj

    def _generic_addressee(self, k: int, t: int) -> bool:
        """Arabic: after a verb of calling on (``_AR_ADDRESSEE_VERBS``: دعا، حث، ناشد، طالب) at
        ``k``, the unlinked noun phrase at ``t`` is the one called on, not the verb's subject:
        a generic addressee ("المجتمع الدولي"، "الأطراف"، "جميع الأطراف"، "الدول") or a
        definite noun in the oblique dual or plural ("الطرفين"، "المسؤولين": a subject would
        be "الطرفان"), with the verb's own preposition (إلى، على، a ب-noun) or أن within
        three words after it."""
        doc = self.doc
        w = doc.word(k)
        if w[:1] in ("و", "ف") and w not in _AR_ADDRESSEE_VERBS:
            w = w[1:]
        if w not in _AR_ADDRESSEE_VERBS or t >= len(doc.tokens):
            return False
        head = doc.word(t)
        if head in _AR_QUANTIFIERS:
            head = doc.word(t + 1)  # "جميع الأطراف"، "كافة الدول"
            t += 1
        if not head.startswith("ال") or doc.mention_at_tok(t) is not None:
            return False
        if head not in _AR_GENERIC_ADDRESSEES and not (len(head) >= 7 and head.endswith("ين")):
            return False
        for j in range(t + 1, min(len(doc.tokens), t + 4)):
            if set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]) & (_COMMAS | set(":.")):
                return False
            wj = doc.word(j)
            if wj in _AR_TO or wj == _AR_ON or _is_comp(wj):
                return True
            raw = self.text[doc.tokens[j].start : doc.tokens[j].end]
            if raw[:1] == "ب" and len(raw) > 3 and doc.mention_at_tok(j) is None:
                return True  # "طالب المجتمع الدولي بالتحرك"
            m = doc.mention_at_tok(j)
            if m is not None and not m.adjectival:
                return False  # "دعا الوزراء طهران إلى": the named one is the addressee
        return False

    def _governed(self, m: Ment) -> bool:
        """Arabic: the mention ``m`` is the object of a preposition, glued or right before
        it or before the one noun that governs it ("في لبنان"، "في جنوب لبنان"، "لإسرائيل")."""
        doc = self.doc
        if doc.prep_of(m) is not None:
            return True
        j = m.t0 - 2
        return (
            j >= 0
            and doc.word(j) in AR_PREP_WORDS
            and not self.text[doc.tokens[j].end : doc.tokens[j + 1].start].strip()
            and not self.text[doc.tokens[j + 1].end : doc.tokens[m.t0].start].strip()
            and doc.mention_at_tok(j + 1) in (None, m)
        )

    def _state_side(self, h: Hit[Cue], t: int) -> Ment | None:
        """Arabic: "الجانب"/"الطرف" at ``t`` and the nisba of a state right after it ("أعرب
        الجانب الياباني عن"، "وأكد الجانب الروسي أن"), after a masculine verb (the subject
        "الجانب" is masculine) that does not take a person as its object (not "ودعا/وأبلغ
        الجانب الإسرائيلي": the one called on or told): the state's mention, else None."""
        doc = self.doc
        if doc.word(t) not in _AR_SIDE or h.cls != "v" or h.pron:
            return None
        w = doc.word(h.first)
        if w[:1] in ("و", "ف") and w not in _AR_ADDRESSEE_VERBS | _AR_TELL_VERBS:
            w = w[1:]
        if w in _AR_ADDRESSEE_VERBS | _AR_TELL_VERBS or w.endswith(("ت", "تا", "وا")):
            return None
        nisba = doc.state_nisba_at(t + 1)
        if nisba is None or self.text[doc.tokens[t].end : doc.tokens[t + 1].start].strip():
            return None
        return nisba

    def _gender_clash(self, k: int, m: Ment) -> bool:
        """Arabic: a coordinated verb of calling on ("ودعت"، "وطالب") whose gender does not
        fit the actor named right after it, before "إلى" or a ب-noun: a masculine verb
        before a state ("وطالب واشنطن بممارسة"), a feminine one before a body with a
        masculine head ("ودعت الاتحاد الأفريقي إلى"); that actor is the addressee."""
        doc = self.doc
        w = doc.word(k)
        if w[:1] != "و" or w[1:] not in _AR_ADDRESSEE_VERBS or m.t0 != k + 1:
            return False
        nxt = self.text[doc.tokens[m.t1 + 1].start :] if m.t1 + 1 < len(doc.tokens) else ""
        if not (doc.word(m.t1 + 1) in _AR_TO or nxt[:1] == "ب"):
            return False
        feminine = w.endswith("ت")
        if not feminine:
            # (a state named by a masculine noun speaks with a masculine verb: "واتهم العراق")
            return m.etype == EntityType.STATE and doc.word(m.t0) not in _AR_MASC_STATES
        if m.etype != EntityType.ORGANIZATION:
            return False
        head = self.text[doc.tokens[m.t0].start : doc.tokens[m.t0].end]
        return not head.endswith(("ة", "ات")) and head not in ("الأمم", "أمم")

    def _unlinked_name(self, t: int, comp_tok: int, prep: str | None = None) -> bool:
        """Arabic: two or three bare words right after the verb that no mention covers,
        then the complementiser or a preposition ("وأكدت فيرونيكا بيريز أن"، "وقال
        ستيليوس بيتساس في مؤتمر صحفي إن"): an explicit subject, a name we could not link,
        so the verb does not continue the previous speaker.  No word may be definite, a
        noun in ة, an adverb, a title or an unnamed-source head, and the first may not open
        with ب (an adverbial: "بشكل قاطع").  A one-letter cue preposition ``prep`` glued to
        the word after the name ends it too, as does a ب-object ("وأشاد X Y بما وصفه"، "X Y
        بالاتفاق")."""
        doc = self.doc
        if not 0 < t < comp_tok <= len(doc.tokens):
            return False
        if self.text[doc.tokens[t - 1].end : doc.tokens[t].start].strip():
            return False  # "قد أعلن، في وقت سابق أمس، أن": an aside, not the subject

        def ends(j: int) -> bool:
            w = doc.word(j)
            return (
                _is_comp(w)
                or w in AR_PREP_WORDS
                or (
                    j > t
                    and prep is not None
                    and len(prep) == 1
                    and len(w) > 2
                    and w.startswith(prep)
                    and w not in _AR_LINEAGE
                )
                or (j > t and (w == "بما" or (w.startswith("بال") and len(w) > 4)))
            )

        end = t
        while end < comp_tok and end - t < 4 and not ends(end):
            end += 1
        if not 1 <= end - t <= 3 or end >= len(doc.tokens):
            return False
        if not ends(end):
            return False
        if end - t == 1:
            # one bare word, then the complementiser or a preposition ("وقال فيدان إن"):
            # a surname we did not link, unless a pronoun ("وقال لهم"، "حينها"), or an
            # accusative adverb or participle in ا ("مجددا"، "قائلا")
            w = doc.word(t)
            if (
                len(w) < 3
                or w in _AR_TO_ME | _AR_PRON_SUBJ
                or w.endswith(("ا", "ه", "ها", "هم", "هما"))
                or not (_is_comp(doc.word(end)) or doc.word(end) in AR_PREP_WORDS)
            ):
                return False
        for j in range(t, end):
            w = doc.word(j)
            raw = self.text[doc.tokens[j].start : doc.tokens[j].end]
            if (
                doc.mention_at_tok(j) is not None
                or j in self._cue_hits
                or not raw[:1].isalpha()
                or raw.isascii()
                or (
                    w.startswith("ال")
                    and not (j > t and self._name_compound(j))
                    # "وقال عبد الله الرفاعي إن": a family name with the article, last
                    # before the complementiser (not "وقال X الأربعاء في")
                    and not (j == end - 1 and j > t and _is_comp(doc.word(end)))
                )
                or (j == t and w.startswith("ب"))
                or w.startswith("لل")  # "وقال للصحفيين إن": whom he told (ل + ال), no name
                or raw.endswith("ة")
                or self._skippable(j)
                or w in _ar_unnamed_heads()
                or w in _ar_role_heads()
                or _stance_word(w)  # "وأكد حرص بلاده على": the stance, not a name
                or (j > t and self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip())
            ):
                return False
        return True

    def _name_compound(self, j: int) -> bool:
        """Arabic: the definite word at token ``j`` is the second half of a compound given
        name ("نور الدين"، "عبد الله"، "أبو الغيط"), not a definite noun ending a name."""
        doc = self.doc
        return doc.word(j) in _AR_NAME_SECOND or doc.word(j - 1) in _AR_NAME_FIRST

    def _dignitary(self, si: int, k: int, styled: frozenset[str] | None = None) -> str | None:
        """Who "سيادته"/"سموه" before token ``k`` means: the first person of this
        sentence, else the latest speaker, else the latest person named.  ``styled``: the
        styles of "سمو الأمير" after ``k`` (:meth:`_styled_title`)."""
        doc = self.doc
        assert doc.seg is not None
        sent = doc.seg.sents[si]
        pron = next((doc.word(j) for j in (k, k + 1) if doc.word(j) in _AR_PRON_STYLES), None)
        if pron is not None or styled is not None:
            # "سموه" is the person styled "صاحب السمو", not the "فخامة الرئيس" named after
            styles = styled if styled is not None else _AR_PRON_STYLES[pron or ""]
            for m in reversed(doc.mentions_in(max(0, sent.start - 1500), doc.tokens[k].start)):
                if (
                    m.etype == EntityType.PERSON
                    and self.speaker_ok(m)
                    and not m.adjectival
                    and self._styled_before(m, styles)
                ):
                    return self._agency_lead_subject(si, m, styles) or m.key
        for m in doc.mentions_in(sent.start, doc.tokens[k].start):
            if m.etype == EntityType.PERSON and self.speaker_ok(m) and not m.adjectival:
                return m.key
        for st in reversed(self.stmts):
            if st.sent < si - 3:
                break
            if st.sent <= si and doc.entity_types.get(st.speaker) == EntityType.PERSON:
                return st.speaker  # the latest person who spoke (a ministry is not "سموه")
        if pron is not None and si > 0:
            # "استقبل X Y. وأكد معاليه": an honorific pronoun takes up the subject of the
            # sentence before, the host, not its object named last
            prev = doc.seg.sents[si - 1]
            for m in doc.mentions_in(prev.start, prev.end):
                if m.etype == EntityType.PERSON and self.speaker_ok(m) and not m.adjectival:
                    return m.key
        for m in reversed(doc.mentions_in(max(0, sent.start - 1500), sent.start)):
            if m.etype == EntityType.PERSON and self.speaker_ok(m) and not m.adjectival:
                return m.key  # the person named last before this sentence
        return None

    def _styled_before(self, m: Ment, styles: frozenset[str]) -> bool:
        """Arabic: a style of ``styles`` opens the person mention ``m``: within four tokens
        before it, or up to seven when only its title stands between ("معالي وزير الخارجية
        البحريني الدكتور X"), with no other person named in between."""
        doc = self.doc
        for j in range(m.t0, max(-1, m.t0 - 8), -1):
            if doc.word(j) in styles:
                return True
            other = doc.mention_at_tok(j) if j < m.t0 else None
            if other is not None and other.key != m.key and other.etype == EntityType.PERSON:
                return False
            if m.t0 - j >= 4 and doc.word(j) in _AR_STYLE_GENERIC:
                return False  # ("الشيخ"، "الأمير" far before: another person's title)
        return False

    def _agency_lead_subject(self, si: int, m: Ment, styles: frozenset[str]) -> str | None:
        """Arabic: in a story of a Gulf state's news agency (its name in the dateline: "/
        وام /"، "(واس)"), the styled person named first in the lead ("استقبل صاحب السمو X
        ... صاحب السمو Y") when "سموه" in a later sentence would go to ``m``, named after
        him in the same lead: the agency's own ruler or crown prince, the lead's subject,
        is meant.  Else None."""
        doc = self.doc
        assert doc.seg is not None
        if si == 0 or not doc.seg.sents:
            return None
        # the lead: the first sentence, or the one after a headline line, that names the
        # agency in its dateline
        lead = next(
            (
                sent
                for sent in doc.seg.sents[: min(3, si)]
                if any(
                    doc.word(j) in _AR_GULF_AGENCIES
                    for j in range(
                        doc.tok_range(sent)[0],
                        min(doc.tok_range(sent)[0] + 12, doc.tok_range(sent)[1]),
                    )
                )
            ),
            None,
        )
        if lead is None or not lead.start <= m.start < lead.end:
            return None
        t_lo, _ = doc.tok_range(lead)
        for first in doc.mentions_in(lead.start, m.start):
            if first.etype == EntityType.PERSON and not first.adjectival:
                styled = any(
                    doc.word(j) in styles for j in range(max(t_lo, first.t0 - 4), first.t0 + 1)
                )
                return first.key if styled and first.key != m.key else None
        return None

    def _when_clause_subject(self, si: int, k: int, a: int) -> Ment | None:
        """Arabic: the subject of a "حين/عندما" clause that a verb in و after a comma at
        ``k`` continues ("ويعود التقارب إلى 2019، حين زار الرئيس X موسكو والتقى بوتين، وقال
        له"): the actor named right after the clause's verb (a title may open it), when no
        statement of the sentence came before ``k`` and no actor is the subject of the
        clause before "حين" ("وزار X موسكو حين التقى بوتين، وقال": X speaks); else None."""
        doc = self.doc
        if doc.word(k)[:1] != "و" or k <= a:
            return None
        if not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start]):
            return None
        if any(s.sent == si and s.cue_tok < k for s in self.stmts):
            return None
        for c in range(k - 2, a - 1, -1):
            if doc.word(c) not in _AR_WHEN_CLAUSE:
                continue
            if c > a and self.sentence_subject(si, c) is not None:
                return None
            m = self.first_mention(c + 2, min(k, c + 8))
            if (
                m is None
                or doc.mention_at_tok(c + 1) is not None
                or not self.speaker_ok(m)
                or any(
                    _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start])
                    for j in range(c + 1, m.t0 + 1)
                )
                or not all(self._np_word(j) for j in range(c + 2, m.t0))
            ):
                return None
            return m
        return None

    def _statement_author(self, k: int, a: int) -> Ment | None:
        """ "تصريحات وزير الخارجية الإسرائيلي X خلال زيارته ...، والتي أعرب فيها عن": the
        person named right after the statement noun that the relative pronoun before the
        cue at ``k`` takes up (at most twenty tokens back, within the sentence), or None."""
        doc = self.doc
        for j in range(k - 2, max(a, k - 20) - 1, -1):
            w = doc.word(j)
            if w in AR_STATEMENT_NOUNS or (w[:1] in "وب" and w[1:] in AR_STATEMENT_NOUNS):
                m = self.first_mention(j + 1, min(k - 1, j + 8))
                if m is not None and m.etype == EntityType.PERSON and not m.adjectival:
                    return m
                return None
        return None

    def _occasion_relative_author(self, k: int, a: int) -> Ment | None:
        """Arabic: the author of an occasion that the cue at ``k`` takes up after a comma
        with a resumptive pronoun, in a relative clause with no relative pronoun (the
        noun is indefinite): "جاء ذلك في كلمة ألقاها X أمام البرلمان، أكد فيها أن"،
        "في بيان لوزارة الخارجية، أكدت فيه"، "خلال اتصال تلقاه X من نظيره، أكد خلاله".
        The actor is the first one named within four words after the occasion noun (with
        no preposition; in ل after a noun of a statement), the noun at most twenty tokens
        back in the sentence with no comma between it and the actor; else None."""
        doc = self.doc
        if self.en or k <= a or doc.word(k + 1) not in _AR_RESUMPTIVE:
            return None
        if not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start]):
            return None
        for j in range(k - 2, max(a, k - 20) - 1, -1):
            w = doc.word(j)
            if w[:1] in "وب" and w[1:] in _AR_OCCASION_NOUNS:
                w = w[1:]
            if w not in _AR_OCCASION_NOUNS:
                continue
            lim = min(k, j + 5)
            m = self.first_mention(j + 1, lim)
            if m is None and w in AR_STATEMENT_NOUNS:
                m = self.first_mention(j + 1, min(k, j + 3), allow_prep=(fold("ل"),))
            if (
                m is None
                or m.adjectival
                or m.t1 >= k
                or _COMMAS & set(self.text[doc.tokens[j].end : doc.tokens[m.t0].start])
            ):
                return None
            return m
        return None
