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
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from kg.extractors.doc import AR_PREP_WORDS, AR_STATEMENT_NOUNS, Doc, Ment
from kg.extractors.lexicon import Hit, Matcher, read_tsv, word_set
from kg.extractors.sentences import Span
from kg.extractors.speakers_ar import (
    _AR_OCCASION_NOUNS,
    _AR_PRON_STYLES,
    SpeakersAr,
    _ar_person_roles,
    _ar_role_heads,
    _ar_unnamed_heads,
    _is_comp,
    _is_occasion_prep,
    _quoted_name_words,
)
from kg.extractors.text import fold
from kg.gazetteer import Gazetteer
from kg.models import EntityType

__all__ = ["Cue", "Quote", "Stmt", "find_quotes", "find_statements"]

_OPEN_DOUBLE = "“„‟«"
_CLOSE_DOUBLE = "”»"
_OPEN_SINGLE = "‘‹"
_CLOSE_SINGLE = "’›"
_ALL_MARKS = frozenset(_OPEN_DOUBLE + _CLOSE_DOUBLE + _OPEN_SINGLE + _CLOSE_SINGLE + "\"'")
_MARK_RE = re.compile("[" + re.escape("".join(sorted(_ALL_MARKS))) + "]")
_SPACE_OR_PUNCT = frozenset(" \t\n.,،;؛:!?؟)]}-—–…")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: marks at ``open``/``close`` (``close`` = -1 when unclosed), content
    ``[start, end)`` (trimmed)."""

    open: int
    close: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution cue row."""

    kind: str
    comp: str
    prior: float


@dataclass
class Stmt:
    """A statement under construction (normalised offsets; entity keys)."""

    speaker: str
    cue_start: int
    cue_end: int
    start: int
    end: int
    direct: bool
    via: str | None = None
    reported_in: int | None = None
    about: list[str] = field(default_factory=list)
    date: str | None = None
    confidence: float = 0.8
    sent: int = -1
    cue_tok: int = -1
    pronoun: tuple[str, int] | None = None  # the pronoun the speaker was resolved from
    addressed: list[str] = field(default_factory=list)  # "حذر X من أن": X is talked about


# ----------------------------------------------------------------------------- quotes


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str) -> list[Quote]:
    """Pair quotation marks paragraph by paragraph (see the module doc)."""
    out: list[Quote] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if _MARK_RE.search(text, pos, end):
            out.extend(_quotes_in(text, pos, end))
        pos = end + 1
    out.sort(key=lambda q: q.open)
    return out


def _make(text: str, o: int, c: int, para_end: int) -> Quote | None:
    s = o + 1
    e = c if c >= 0 else para_end
    while s < e and (text[s].isspace() or text[s] in "\"'“”«»"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",،:;؛\"'“”«»"):
        e -= 1
    if e <= s:
        return None
    return Quote(o, c, s, e)


def _quotes_in(text: str, start: int, end: int) -> list[Quote]:
    out: list[Quote] = []
    straight: list[int] = []
    singles: list[int] = []
    open_d: int | None = None
    open_s: int | None = None
    for mark in _MARK_RE.finditer(text, start, end):
        i = mark.start()
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if ch == '"':
            straight.append(i)
        elif ch == "'":
            if _is_word(prev) and _is_word(nxt):
                continue  # apostrophe
            if nxt == "'" or prev == "'":
                straight.append(i) if nxt == "'" else None  # '' as a double mark
                continue
            singles.append(i)
        elif ch in _OPEN_DOUBLE:
            if open_d is not None and ch == "“" and prev not in _SPACE_OR_PUNCT:
                q = _make(text, open_d, i, end)  # „...“ or “...“
                if q:
                    out.append(q)
                open_d = None
            elif open_d is None:
                open_d = i
        elif ch in _CLOSE_DOUBLE:
            if open_d is not None:
                q = _make(text, open_d, i, end)
                if q:
                    out.append(q)
                open_d = None
            elif (prev in _SPACE_OR_PUNCT and nxt not in _SPACE_OR_PUNCT) or (
                "“" in text[i + 1 : end] and nxt in " \t"
            ):
                open_d = i  # reversed style ”...“
        elif ch in _OPEN_SINGLE:
            if open_s is None:
                open_s = i
        elif ch in _CLOSE_SINGLE:
            if _is_word(prev) and _is_word(nxt):
                continue  # apostrophe (China’s)
            if open_s is not None:
                q = _make(text, open_s, i, end)
                if q:
                    out.append(q)
                open_s = None
    if open_d is not None:
        q = _make(text, open_d, -1, end)
        if q:
            out.append(q)
    out.extend(_pair_straight(text, straight, start, end))
    out.extend(_pair_straight(text, singles, start, end, unclosed=False))
    return out


def _nested_straight(
    marks: list[int], side: Callable[[int], tuple[bool, bool]]
) -> list[int] | None:
    """The outer marks when pairing straight marks in order would pair two marks that
    can only open (or two that can only close) while pairing them as nested levels
    closes every level: a quotation quoted inside a quotation, whose inner marks are
    part of the outer content.  ``None`` when the in-order pairing is sound."""
    sides = [side(m) for m in marks]
    if all(sides[i][0] and sides[i + 1][1] for i in range(0, len(marks), 2)):
        return None
    outer: list[int] = []
    depth = 0
    for m, (can_open, can_close) in zip(marks, sides, strict=True):
        if can_close and depth > 0:
            depth -= 1
            if depth == 0:
                outer.append(m)
        elif can_open and depth < 2:
            if depth == 0:
                outer.append(m)
            depth += 1
        else:
            return None
    return outer if depth == 0 and len(outer) < len(marks) else None


def _pair_straight(
    text: str, marks: list[int], start: int, end: int, *, unclosed: bool = True
) -> list[Quote]:
    """Pair straight quotation marks: in order when their number is even, else by
    which side the text is on."""

    def side(i: int) -> tuple[bool, bool]:
        prev = text[i - 1] if i > start else " "
        j = i + 1
        if j < end and text[j] == "'":
            j += 1
        nxt = text[j] if j < end else " "
        can_open = not prev.isalnum() or prev in "لبو"
        can_close = prev not in " \t"
        if nxt in " \t" and prev in " \t":
            return False, False
        return (can_open and nxt not in " \t") or (can_open and not can_close), can_close

    marks = [m for m in marks if any(side(m))]
    out: list[Quote] = []
    if len(marks) % 2 == 0 and (nested := _nested_straight(marks, side)) is not None:
        marks = nested  # '"... that "no attacks are launched" and ...," X said': the outer pair
    if len(marks) % 2 == 0:
        for a, b in zip(marks[::2], marks[1::2], strict=True):
            q = _make(text, a + (1 if text[a + 1 : a + 2] == "'" else 0), b, end)
            if q:
                out.append(q)
        return out
    opened: int | None = None
    for m in marks:
        can_open, can_close = side(m)
        if opened is not None and can_close:
            q = _make(text, opened, m, end)
            if q:
                out.append(q)
            opened = None
        elif opened is None and can_open:
            opened = m
    if opened is not None and unclosed:
        q = _make(text, opened, -1, end)
        if q:
            out.append(q)
    return out


# ----------------------------------------------------------------------------- cues


_EN_NOUN_CUES = frozenset(
    row["form"][2:].lower()
    for row in read_tsv("en_cues.tsv")
    if row["kind"] == "noun" and row["form"].startswith("n:")
)
"""English statement nouns of the cue lexicon ("announcement", "warning", "pledge")."""


@lru_cache(maxsize=4)
def cue_matcher(lang: str) -> Matcher[Cue]:
    """The cue lexicon of a language as a :class:`Matcher`."""
    m: Matcher[Cue] = Matcher(lang)
    for row in read_tsv(f"{'ar' if lang == 'ar' else 'en'}_cues.tsv"):
        m.add(row["form"], Cue(row["kind"], row["comp"], float(row["prior"])))
    return m


_AR_COMP = word_set("quotes.ar_comp")
_EN_PRONOUNS = {"he": "m", "she": "m", "it": "o", "they": "o", "we": "s", "i": "s"}
_EN_SKIP_AFTER_CUE = word_set("quotes.en_skip_after_cue")
_EN_STOP_BEFORE = word_set("quotes.en_stop_before")
_EN_COORD_AUX = word_set("quotes.en_coord_aux")
"""Words between "and" and a coordinated cue ("and has repeatedly described", "and later
said"); an adverb in -ly goes too."""
_EN_CITING = ("citing ", "quoting ")
_EN_OCCASION = ("after ", "following ", "during ", "at the end of ", "ahead of ", "before ")
"""Openers of the occasion a clause-final "..., X said" may carry ("after talks with Y")."""
_TIME_WORDS = (
    r"(?:\d|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the (?:past|last|next)"
    r"|recent|(?:a|an|one|two|three) (?:day|week|month|year)s?\b)"
)
_EN_PREDICATE_GOES_ON = re.compile(
    r"\s*(?:and|,\s*and|but)\s+(?:a|an|the|as|it)\b"
    r"|[ \t]+(?:in|against|to|for|of|toward|towards|over|between)\s+(?!" + _TIME_WORDS + r")"
)
"""After 'called X "…"': the predicate goes on past the quotation ("and a violation of", '"a
provocation" against his country', '"the worst moment" in its history')."""
_EN_CALLED_OPENERS = word_set("quotes.en_called_openers")
"""Words that open the object of "called" ("called the visit ...", "called it ...")."""
_EN_NOT_PREDICATE = word_set("quotes.en_not_predicate")
"""Words after "a"/"an" that make it a time or amount, not a name ("called him a day later")."""
_EN_NOT_PARTICIPLE = word_set("quotes.en_not_participle")
"""Words in -ing after a comma that open no participle clause of the reporting verb."""
_EN_AFTERTHOUGHT = word_set("quotes.en_afterthought")
_EN_CARRIED_TAIL = re.compile(
    r",[\"”]?\s+in (?:(?:remarks|comments|a statement|a speech|an address|an interview|a post"
    r"|a message|a video)\b[^,.;\"“”]{0,40}?\b)?(?:carried|published|broadcast|aired|quoted)"
    r" by\b"
)
"""English: a content-final ", in remarks carried by X" (", in a statement published by
X"): where the speaker's words end and the outlet that relays them is named."""
"""Words opening an appositive or adjunct after a clause-final "..., X said," """
_COMMAS = frozenset(",،")
_DATELINE = re.compile(
    r"[A-Z][A-Z.'/ ]{1,40}(?:,\s*[A-Za-z0-9., ]{2,24})?(?:\s*\([A-Za-z ]{2,20}\))?\s*[—–-]{1,2}\s+"
    r"|[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2}(?:,\s*[A-Za-z0-9., ]{2,24})?"
    r"\s*\([A-Z][A-Za-z]{1,9}\)\s*[—–-]{1,2}\s+"
    r"|[\u0600-\u06ff]{2,15}(?: [\u0600-\u06ff]{2,15})?\s*(?:\([^)]{2,20}\))?\s*[-—–]\s+"
)
"""A dateline opening a paragraph: "ANKARA —", "GENEVA (Reuters) -", "PARIS/BERLIN, May 2, 2024
(AFP) -", "موسكو - (أ ف ب)"; a city in mixed case only with its agency: "Tbilisi (AFP) -"."""
_AR_HONORIFICS = word_set("quotes.ar_honorifics")
"""Honorifics that open a dignitary's name ("وقال سمو الشيخ محمد بن راشد")."""
_AR_HONORIFIC_PRON = word_set("common.ar_honorific_pron")
_AR_STYLE_OF_PRON = {
    fold(style): _AR_PRON_STYLES[fold(pron)]
    for style, pron in (
        ("سمو", "سموه"),
        ("جلالة", "جلالته"),
        ("فخامة", "فخامته"),
        ("معالي", "معاليه"),
        ("سعادة", "سعادته"),
    )
}
"""A style of address -> the styles of the person it takes up when a bare title noun
follows it ("سمو الأمير", "جلالة الملك", "فخامة الرئيس")."""
_AR_STYLED_TITLES = word_set("quotes.ar_styled_titles")
"""Title nouns that, bare after a style of address, name the dignitary so styled."""
_REPEATED_COMP = re.compile(r",\s*and that\s+")
"""English only: Arabic gold keeps "إن X، وإن Y" as one statement."""
_AR_STATEMENT_NOUNS = word_set("quotes.ar_statement_nouns")
_JOINT = re.compile(r"\bjoint\b|" + fold("مشترك"))
_EN_OPENERS = word_set("quotes.en_openers")
"""Words opening a sentence adverbial that a reporting clause may follow ("In a statement,")."""
_PLAIN_SAYING = word_set("quotes.plain_saying")
_AR_RESUMPTIVE = word_set("quotes.ar_resumptive")
_AR_ISSUED_INDEF = word_set("quotes.ar_issued_indef")
_AR_ISSUED_BY = word_set("common.ar_issued_by")
"""A document as the subject of a speech verb ("وشدد البيان على أن"): its issuer speaks."""
_EN_DOCUMENTS = word_set("quotes.en_documents")
_EN_DATA_NOUNS = word_set("quotes.en_data_nouns")
"""Numbers someone compiled ("according to U.S. border figures"): a source, not speech."""
_AR_DATA_NOUNS = word_set("quotes.ar_data_nouns")
"""The same in Arabic, before the source ("بحسب تقديرات الأمم المتحدة", "وفق حصيلة")."""
_AR_CLAUSE_OPENERS = word_set("quotes.ar_clause_openers")
"""Conjunctions a clause with its own verb follows ("في حين تؤكد X"، "بينما يرى X"): not a
noun whose relative clause the verb opens."""
_EN_PAIR_PLACES = word_set("quotes.en_pair_places")
"""Prepositions that make a pair phrase a place ("critics in both countries say")."""
_EN_SPEECH_NOUNS = _EN_DOCUMENTS | word_set("quotes.en_speech_nouns")
"""Nouns a participle cue may follow with no comma ("a statement saying")."""
_EN_THING_NOUNS = _EN_DOCUMENTS | word_set("quotes.en_thing_nouns")
"""Nouns a relative "that" may follow ("the deal that Moscow rejected")."""
_EN_OWNERS = word_set("quotes.en_owners")
"""Words before a noun cue that make it a noun ("Putin's warning", "its announcement")."""
_EN_MODALS = word_set("quotes.en_modals")
_EN_NEGATORS = word_set("quotes.en_negators")
_EN_BE = word_set("common.be_en")
_EN_PASSIVE_IRREGULAR = word_set("quotes.en_passive_irregular")
"""Irregular past participles of English cues ("told", "said"): after "was" a passive."""
_EN_PASSIVE_ADVERBS = word_set("quotes.en_passive_adverbs")
"""Adverbs that may stand between "be" and a passive cue ("was also urged")."""
_EN_FINITE = _EN_MODALS | word_set("quotes.en_finite")
"""Verbs that make the words after a cue a clause: a later "that" is then relative."""
_EN_TELL_CUES = word_set("quotes.en_tell_cues")
"""Cues whose object is the one told ("told the court he would ...")."""
_EN_SUBJECT_NOUN_NO_CUT = word_set("quotes.en_subject_noun_no_cut")
"""Words next to a past verb in a statement noun's content that keep it inside (an
auxiliary, a relative or a participle's preposition: "had reached", "armed with")."""
_EN_IRREGULAR_PAST = word_set("quotes.en_irregular_past")
"""Past tenses that after "that" open a relative clause ("the vote that gave X ...")."""
_EN_OBJECT_OPENERS = word_set("quotes.en_object_openers")
_EN_NOTHING_SAID = word_set("quotes.en_nothing_said")
"""Objects of "said" that report no content ("has said little about")."""
_EN_DETERMINERS = word_set("quotes.en_determiners")
_EN_OUTLET_STAFF = word_set("quotes.en_outlet_staff")
"""People an outlet's name modifies ("a Reuters witness", "an AFP correspondent"): they
speak, not the outlet."""
"""Words before a cue verb's base form that make it a noun ("an appeal", "its call")."""
_EN_S_CONTRACTIONS = word_set("quotes.en_s_contractions")  # "he's", "it's": not owners


def _en_owned(word: str) -> bool:
    """English: whether ``word`` (lower-cased) is a possessive ("milei's", "the envoys'"),
    after which a cue word is a noun ("Salazar's remarks"), not the verb of a statement."""
    if word.endswith(("'s", "’s")):
        return len(word) > 3 and word[:-2] not in _EN_S_CONTRACTIONS
    return len(word) > 3 and word.endswith(("s'", "s’"))


_EN_COMMIT_CUES = word_set("quotes.en_commit_cues")
"""Cue words of a commitment: with a "to" infinitive ("pledged to respect", "promised not
to ...") they tell an undertaking (the relations read it), not a statement by the gold
convention; with a clause ("pledged that ...") or a quotation they stay statements."""
_EN_COMMIT_SKIP = word_set("quotes.en_commit_skip")  # "pledged on Friday not to"
_EN_HEAD_PREPS = word_set("quotes.en_head_preps")  # 'pledging "full support" for'
_EN_NOUN_PREPS = _EN_HEAD_PREPS | word_set("relations.noun_preps_en")
"""Prepositions that a plural noun follows, never a verb ("over reports that ...", "amid
calls for ...", "after demands that ..."): a cue form in -s right after one is a noun."""
_EN_PLAIN_SAY = word_set("quotes.en_plain_say")
"""Plain saying verbs, whose content is a clause (not an object noun phrase)."""
_EN_SECOND_PREDICATE = re.compile(r",\s+and\s+(?:has|have|had|will|would)\s+(?:also\s+)?[a-z]+ed\b")
"""', and has proposed ...': a second predicate of the subject after an object content."""
_EN_READOUT_VERBS = word_set("quotes.en_readout_verbs")
"""Past verbs of talks that open a readout ("said Putin spoke with ...")."""
_EN_WRITER_PARTICIPLES = word_set("quotes.en_writer_participles")
"""Participles after a comma that, with no statement before them in their sentence, are
the writer's comment on the event told ("..., underlining the pull of Asian buyers")."""
_EN_DENIAL_CUES = word_set("quotes.en_denial_cues")  # "a charge X denies"
_EN_DENIAL_SKIP = word_set("quotes.en_denial_skip")  # "X has (strongly) denied"
_EN_CHARGE_NOUNS = word_set("quotes.en_charge_nouns")  # "a charge", "an allegation"
_EN_TO_CLAIMS = word_set("quotes.en_to_claims")
"""Cue words of a "that" clause whose "to" infinitive is a claim too ("claims to have won
the vote", "claimed to have shot down two drones"): their content."""
_EN_REL_PRON = word_set("quotes.en_rel_pron")
_EN_ABBREVIATIONS = word_set("quotes.en_abbreviations")
"""Words written with a dot that does not end a sentence."""
_EN_SUBORDINATORS = word_set("quotes.en_subordinators")
"""Words opening an English subordinate clause with a subject of its own, some of them
looking like prepositions before that subject ("after Israel said")."""
_EN_REL_ASIDE = word_set("quotes.en_rel_aside")
"""Words opening a relative aside between a subject and its verb, however long."""
_EN_LINKERS = word_set("quotes.en_linkers")
_AR_ADVERBS = word_set("quotes.ar_adverbs")
_AR_CITING = word_set("quotes.ar_citing")
"""Adverbial "quoting" before "عن" + the source ("نقلاً عن")."""
_AR_OCCASION_HEADS = word_set("quotes.ar_occasion_heads")
_AR_OCCASION_ADJS = word_set("quotes.ar_occasion_adjs")
"""The adjectives of an occasion noun the verb may be followed by ("في تصريح صحفي"،
"في تصريحات صحفية"، "في بيان مشترك"): skipped with it, never the verb's subject (the
unnamed "صحفي", a journalist)."""


_AR_WRITER_ASIDE = re.compile(
    "[،,] *(?:"
    + "|".join(fold(w) for w in ("وهو ما", "وهي ما", "الأمر الذي", "وهو الأمر الذي"))
    + ") "
)
"""A comment the writer adds after a reported clause ("...، وهو ما نفته الدوحة")."""
_AR_AS_HE_PUT = re.compile(
    "[،,] *(?:"
    + "|".join(fold(w) for w in ("على حد تعبير", "على حد قول", "على حد وصف", "بحسب تعبير"))
    + ")(?:ه|ها|هم|هما)?[ .،,؛;]*$"
)
""""...، على حد تعبيره" closing a reported clause: the writer's attribution, not content."""
_AR_WHILE = word_set("quotes.ar_while")
_AR_WHILE_CLAUSE = word_set("quotes.ar_while_clause")
_HIN, _FI = fold("حين"), fold("في")
_AR_WAS = word_set("quotes.ar_was")
_QAD = fold("قد")
_AR_WHAT = word_set("quotes.ar_what")
_AR_IT_IS = word_set("quotes.ar_it_is")
""""وهو ما" before a speech verb ("وهو ما نفته الدوحة"): the content is what came before
(not "على ما وصفته بمواقف ..." where it follows)."""
_AR_OCCASION_PREPS = word_set("quotes.ar_occasion_preps")
_AR_OWN_SPEECH_NOUNS = word_set("quotes.ar_own_speech_nouns")
"""Nouns of speech with the speaker's possessive ("في بيانها", "في كلمته"): they take no
object, so what follows the occasion is the content ("وطالبت الوزارة في بيانها X بـ")."""


def _ar_occasion_noun(w: str) -> bool:
    """An occasion noun, also with a possessive pronoun ("زيارتها"، "مقابلتهم"، "خطابها":
    the ta marbuta written ت before the suffix)."""
    if w in _AR_OCCASION_NOUNS:
        return True
    for suf in ("هما", "هم", "ها", "ه"):
        base = w[: -len(suf)]
        if w.endswith(suf) and len(base) >= 3:
            return base in _AR_OCCASION_NOUNS or (
                base.endswith("ت") and base[:-1] + "ة" in _AR_OCCASION_NOUNS
            )
    return False


_AR_SIGNED = word_set("quotes.ar_signed")
"""Verbs of a relative clause naming who signed or issued a statement ("البيان، الذي
وقعه X، أن"): X speaks."""
_AR_UNIT_HEADS = word_set("quotes.ar_unit_heads")
"""Units of a body ("دائرة الاتصال في الرئاسة"): the body speaks for them."""
_AR_MARGIN = fold("هامش")
""""على هامش": an occasion when a noun follows it."""
_ALA = fold("على")
_AR_MOTIVES = word_set("dates.cause_markers")  # "احتجاجا على"، "ردا على": why it was done


_AN = fold("عن")
_AR_STANCE_PREPS = word_set("quotes.ar_stance_preps")
"""Prepositions a relayed stance noun may take its content with ("تشديده على")."""
_ABBARA = fold("عبر")
"""The cue "عبّر عن" (expressed) written like the preposition "عبر" (via, across)."""
_AR_REL_PRON = word_set("quotes.ar_rel_pron")
_AR_TO_ME = word_set("quotes.ar_to_me")
_AR_MEDIA_TOLD = word_set("quotes.ar_media_told")  # "لوسائل الإعلام": told, a noun in ل
_DOCUMENT_NOUNS = word_set("quotes.document_nouns")
_AR_PREP_FOLDED = word_set("quotes.ar_prep_folded")
_AR_CARRIERS = word_set("quotes.ar_carriers")
"""Verbs of a relative clause that names the outlet carrying a statement ("في بيان
أوردته وكالة الأناضول", "تصريحات نقلتها وكالة"): the outlet is the relay (via)."""
_AR_HEADS = frozenset(fold(r["word"]) for r in read_tsv("heads.tsv") if r["lang"] == "ar")
_AR_PARTICLES = word_set("quotes.ar_particles")
_OFFICE_HEADS = word_set("quotes.office_heads")
_AR_OCCASION_ADJ = word_set("quotes.ar_occasion_adj")
_AR_OCCASION_TIME = word_set("quotes.ar_occasion_time")
"""Time words after an occasion of speech ("في كلمته أمس", "في بيان اليوم الأحد")."""
_AR_ISSUER_BODIES = word_set("quotes.ar_issuer_bodies")
"""One-word bodies that issue a statement ("في بيان للخارجية"), without their article."""
"""Adjectives of an occasion of speech ("مؤتمر صحفي مشترك", "اتصال هاتفي", "كلمة متلفزة")."""
_AR_NOT_B_OBJECT = word_set("quotes.ar_not_b_object")
"""Words in ب after an occasion adjunct that are no prepositional object of the cue."""
_MA = fold("ما")
_AR_BUT = word_set("quotes.ar_but")
_AR_FROM_PRON = word_set("quotes.ar_from_pron")
_AR_LINEAGE = word_set("quotes.ar_lineage")
_AR_FAMILY = frozenset({fold("آل")})  # "آل ثاني": the family part of a name
_AR_TOPIC_PREPS = word_set("quotes.ar_topic_preps")
"""Prepositions before states named as a topic of talks ("بحث الوضع في السودان واليمن")."""
_AR_CLAIM_PREPS = word_set("quotes.ar_claim_preps")
"""Prepositions whose quoted object goes on into a clause the claim spans ("حذر من «...» إذا")."""
_AR_ADDRESSEE_VERBS = word_set("quotes.ar_addressee_verbs")
_AR_ACCORDING = word_set("quotes.ar_according")
_AR_WHAT_SOURCE = word_set("quotes.ar_according_what")  # "وفق ما نقلت الوكالة"
""""According to" ("بحسب ما نقلت عنه وكالة X"): an aside of the relay inside a statement."""
_AR_TITLE_PREPS = word_set("quotes.ar_title_preps")
"""Prepositions inside a long title ("وزير الخارجية في حكومة X"، "سفير X لدى Y")."""
"""Verbs of calling on someone ("دعت X إلى"): the noun after them may be the addressee."""
_AR_TO = word_set("quotes.ar_to")
_AR_AFFAIRS = word_set("quotes.ar_affairs")
"""The complement of a title ("مساعد الوزير لشؤون المراسم", "وزير الدولة للشؤون الخارجية")."""
_AR_TITLES = word_set("quotes.ar_titles")
_AR_THEN_WORDS = word_set("quotes.ar_then_words")
_AR_REL_BACK = word_set("quotes.ar_rel_back")
"""The pronoun of a relative clause after its verb ("تصريحات أدلى بها"، "مؤتمر تحدث فيه")."""
"""Words after which the person named is not the holder of the title before ("وكانت
الحكومة برئاسة X"، "نجل الرئيس X"): he does not speak for the phrase."""
"""Time words after a title ("الأمين العام للأمم المتحدة آنذاك X"): the office then."""
# words that may stand between a quotation and the Arabic cue that attributes it
# («...»، كما قال X; «...»، حسبما ذكرت الوكالة)
_AR_ATTRIBUTION_LEADS = word_set("quotes.ar_attribution_leads")
# the dots of "U.S.", "U.N.", "Sen.", "Gen." between a closing quotation mark and its
# attribution ('“...,” U.S. Secretary of State X said') do not end a sentence
_EN_ABBREV_DOTS = re.compile(
    r"\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Gov|Sen|Rep|Prof|Adm|Capt|Cmdr)\."
)
_DATELINE_DASH = re.compile(r"\)?\s+[-–—]\s+|\)\s*[-–—]\s*")
"""The dash that ends an Arabic dateline ("الرياض (واس) - ", "دمشق - ")."""
_AR_NOT_SUBJECT = word_set("quotes.ar_not_subject")
_UNNAMED_SOURCES = word_set("quotes.unnamed_sources")
_AR_STANCE_MASDARS = word_set("quotes.ar_stance_masdars")
"""Verbal nouns of a stance that "أعلن" takes as its content ("أعلن رفضه القرار")."""
_AR_OBJECT_STANCES = word_set("quotes.ar_object_stances")
"""Stance nouns whose genitive is mostly their object ("دعم أوكرانيا"), not their owner."""
_AR_OWN_SIDE = word_set("quotes.ar_own_side")
_AR_SPELLED = word_set("quotes.ar_spelled_letters")  # "سي إن إن": letters
_AR_IN = fold("إن")
_AR_AND_BAYNA = fold("وبين")  # "وبين X أن" stated; "وبين X وY" between
_AR_AUX_LAM = word_set("quotes.ar_aux_lam")  # "عاد ليؤكد": the subject is the auxiliary's
""""His country", "its government" after a stance noun ("رفض بلاده"): the speaker's side."""


def _ar_stance_noun(w: str) -> bool:
    """A stance verbal noun with the possessive of one actor ("رفضه", "إدانتها"): the
    content of an announcement, unlike an act announced ("أعلن سحب سفيره").  (A joint
    stance of several, "أعلنت X وY معارضتهما", is narration: what they said follows.)"""
    for suf in ("هما", "هم", "هن", "ها", "ه"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            if suf not in ("ها", "ه"):
                return False
            stem = w[: -len(suf)]
            return stem in _AR_STANCE_MASDARS or (
                stem[-1] == "ت" and stem[:-1] + "ة" in _AR_STANCE_MASDARS
            )
    return False


def _plural_group(key: str) -> bool:
    """An unnamed group of people ("Mexican diplomats", "Israeli officials": key
    ``Unnamed:<actor>:<head>`` with an English plural head), never "he" or "she"."""
    if not key.startswith("Unnamed:"):
        return False
    head = key.rsplit(":", 1)[-1]
    return head.isascii() and head.endswith("s") and not head.endswith("ss")


@lru_cache(maxsize=1)
def _ar_verb_lemmas() -> frozenset[str]:
    """Folded perfect-verb forms (``v:``) of ``lexicons/ar_cues.tsv`` ("اكد", "شدد")."""
    return frozenset(
        fold(r["form"][2:].split()[0]) for r in read_tsv("ar_cues.tsv") if r["form"][:2] == "v:"
    )


@lru_cache(maxsize=1)
def _ar_finite_verbs() -> frozenset[str]:
    """Folded perfect-verb forms of the ``v:`` rows of ``lexicons/ar_cues.tsv`` and
    ``lexicons/ar_relations.tsv`` ("استدعت", "سحب", "دعا"), less any form a noun row also
    spells ("دعم", "دعمه"): after "و" a second predicate, not a noun of the object."""
    from kg.extractors.lexicon import expand_ar

    verbs: set[str] = set()
    nouns: set[str] = set()
    for name in ("ar_cues.tsv", "ar_relations.tsv"):
        for r in read_tsv(name):
            spec = r["form"]
            if spec[:2] in ("v:", "n:", "x:"):
                into = verbs if spec[:2] == "v:" else nouns
                into.update(f for f, _ in expand_ar(spec))
    return frozenset(verbs - nouns)


@lru_cache(maxsize=2)
def _joint_heads(en: bool) -> frozenset[str]:
    """``lexicons/joint_heads.tsv``: collective heads whose states named after them all
    speak ("the juntas of X, Y and Z", "حكومات X وY")."""
    lang = "en" if en else "ar"
    fl = str.lower if en else fold
    return frozenset(
        fl(r["word"])
        for r in read_tsv("joint_heads.tsv")
        if r["lang"] == lang and r["kind"] == "head"
    )


@lru_cache(maxsize=2)
def _pair_words(en: bool) -> dict[str, str]:
    """``lexicons/joint_heads.tsv`` kind=pair_*: a subject that is two actors named before
    ("the two men", "both", "الجانبان") -> pair_person, pair_state or pair_any."""
    lang = "en" if en else "ar"
    fl = str.lower if en else fold
    return {
        fl(r["word"]): r["kind"]
        for r in read_tsv("joint_heads.tsv")
        if r["lang"] == lang and r["kind"].startswith("pair_")
    }


_JOINT_PREPS = word_set("quotes.joint_preps")
_NO_OR_JOINT_PREP: frozenset[str | None] = frozenset({None, *_JOINT_PREPS})
"""(A set made once: mypyc cannot compile ``x in (None, *_JOINT_PREPS)``.)"""
_WELCOME_STEMS = ("welcom", fold("رحب"), fold("ورحب"))
"""Welcoming verbs: with a person for object they host a visitor (see ``_hosts``)."""


_AR_TEMPORAL_CONJ = word_set("quotes.ar_temporal_conj")
_AR_MASDAR_PREPS = word_set("quotes.ar_masdar_preps")
_WA_DHALIK = fold("وذلك")
_AR_SETTING_PREPS = AR_PREP_WORDS | _AR_MASDAR_PREPS | _AR_OCCASION_PREPS
"""Words after "، وذلك" that open the writer's setting of a statement ("وذلك خلال", "بعد")."""
"""Temporal prepositions that make a following verb-looking cue its verbal noun ("عقب ادانته")."""
"""Words that make a following أن a time clause ("بعد أن"، "قبل أن"، "منذ أن")."""
_COUNTERPART = fold("نظير")
_AR_IN_ITS_NAME = word_set("quotes.ar_in_its_name")
""""On its behalf": the spokesman of the body just named ("المتحدث باسمه")."""
_AR_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "نا", "كم")
"""Arabic suffixed pronouns: a noun that carries one is not bare."""


_EN_NICKNAME_WORD = re.compile(r"[A-Z][\w.'-]*")


def _en_nickname(doc: Doc, q: Quote) -> bool:
    """English: a quoted nickname inside a person's name ('Joaquin "El Chapo" Guzman',
    'Rodrigo "Digong" Duterte'): at most three capitalised words between a capitalised
    name word and another, one of them in a person mention (or the mention spans the
    quotation).  A name, not a claim."""
    if doc.lang == "ar" or q.close < 0:
        return False
    text = doc.text
    words = text[q.start : q.end].split()
    if not 1 <= len(words) <= 3 or not all(_EN_NICKNAME_WORD.fullmatch(w) for w in words):
        return False
    if not (text[q.open - 1 : q.open] == " " and text[q.close + 1 : q.close + 2] == " "):
        return False
    t_before = doc.tok_at(q.open - 1)
    t_after = doc.tok_after(q.close + 1)
    if t_before < 0 or t_after >= len(doc.tokens):
        return False
    if not (
        _EN_NICKNAME_WORD.fullmatch(doc.tokens[t_before].text)
        and _EN_NICKNAME_WORD.fullmatch(doc.tokens[t_after].text)
    ):
        return False
    return any(
        m is not None and m.etype == EntityType.PERSON
        for m in (doc.mention_at_tok(t_before), doc.mention_at_tok(t_after))
    )


class _Finder(SpeakersAr):
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
        for j in range(t + 1, min(limit, t + 10)):
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
            w = doc.word(j)
            if not (
                self._np_word(j)
                or (w[:1] == "ل" and self._np_word(j - 1))
                or (w[:3] == "وال" and self._np_word(j - 1))
            ):
                return None
        return None

    # ------------------------------------------------------------------ content
    def content_start(self, t: int, t_end: int, comp: str) -> tuple[int, int, bool] | None:
        """From token ``t``: ``(start offset, token, direct)`` of the content, or None.

        Looks for a complementiser, colon or opening quotation mark within a
        few tokens (time expressions, "في بيان", "told reporters" may sit in
        between); for ``comp == "any"`` the object right there is the content.
        """
        doc = self.doc
        text = self.text
        if not self.en and (after := self._paren_aside_end(t, t_end)) is not None:
            return self.content_start(after, t_end, comp)  # "أكدت الحركة (جيم) رفضها"
        if (
            not self.en
            and comp in ("any", "stance")
            and doc.word(t) == _FI
            and (where := doc.mention_at_tok(t + 1)) is not None
            and where.t0 == t + 1
            and where.etype in (EntityType.STATE, EntityType.PLACE)
            and where.t1 + 1 < t_end
            and "(" in text[doc.tokens[where.t1].end : doc.tokens[where.t1 + 1].start]
        ):
            # "أعلنت جبهة X في تشاد (ج) رفضها": the speaker's place and its acronym
            return self.content_start(where.t1 + 1, t_end, comp)
        limit = min(t_end, t + 14)
        if not self.en and t < t_end and self._occasion_at(t, t_end) >= 0:
            limit = min(t_end, t + 24)  # "، في تغريدة على حسابه ...، عقب مشاركته في ...: «"
        elif not self.en and limit == t + 14:
            # "قال X مستشار ... المتحدث الرسمي ...، في تصريح لـ...، إن": long titles, then
            # an occasion set off by commas; the occasion gets its window too
            for o in range(t + 1, limit):
                if _COMMAS & set(text[doc.tokens[o - 1].end : doc.tokens[o].start]):
                    if self._occasion_at(o, t_end) == o:
                        limit = min(t_end, t + 24)
                    break
        if self.en and doc.word(t) == "according" and doc.word(t + 1) == "to" and t > 0:
            # "Lavrov said, according to TASS, that ...": the relay sits between
            for c_after in range(t + 2, min(t_end, t + 10)):
                if "," in text[doc.tokens[c_after - 1].end : doc.tokens[c_after].start]:
                    return self.content_start(c_after, t_end, comp)
        if (
            not self.en
            and doc.word(t) in _AR_ACCORDING
            and t > 0
            and (_COMMAS & set(text[doc.tokens[t - 1].end : doc.tokens[t].start]))
        ):
            # "وأكد X، بحسب ما نقلت عنه وكالة الأنباء، أن ...": the relay sits between
            for c_after in range(t + 1, min(t_end, t + 12)):
                if _COMMAS & set(text[doc.tokens[c_after - 1].end : doc.tokens[c_after].start]):
                    # (or the object: "وطالب المجلس، حسب البيان، الجانب التركي بـ")
                    if _is_comp(doc.word(c_after)) or comp == "any" or comp.startswith("prep:"):
                        return self.content_start(c_after, t_end, comp)
                    break
        if (
            not self.en
            and (c := self._occasion_comp(t, t_end)) is not None
            # (not past the cue's own preposition: "أعرب X، خلال اتصال، عن أمله في أن")
            and not (
                comp.startswith("prep:")
                and len(comp) > 6
                and any(doc.word(j) == fold(comp[5:]) for j in range(t, c))
            )
        ):
            return doc.tokens[c].end, c + 1, False  # "في كلمة ألقاها خلال ... إن"
        if (
            not self.en
            and comp == "any"
            and 0 < t < t_end
            and self._occasion_at(t, t_end) == t
            and _COMMAS & set(text[doc.tokens[t - 1].end : doc.tokens[t].start])
        ):
            # "وأكد X، خلال لقائه Y في القاهرة، حرص مصر": the occasion between commas
            for e in range(t + 2, min(t_end, t + 16)):
                gap = text[doc.tokens[e - 1].end : doc.tokens[e].start]
                if (
                    _is_comp(doc.word(e))
                    or any(c in gap for c in ":.؟?!")
                    or self._quote_opens_before(e)
                    or e in self._cue_hits
                ):
                    break
                if _COMMAS & set(gap):
                    return self.content_start(e, t_end, comp)
        if not self.en and comp == "any" and (j := self._occasion_relative_end(t, t_end)):
            return doc.tokens[j].start, j, False  # "في كلمة ألقاها أمام المؤتمر حرص X"
        if not self.en and comp in ("any", "stance") and (j := self._name_then_stance(t, t_end)):
            return doc.tokens[j].start, j, False  # "وأكد رئيس البرلمان X Y تمسكه بـ"
        if not self.en and comp == "any" and (j := self._occasion_tail_end(t, t_end)):
            return self.content_start(j, t_end, comp)  # "أكد في كلمته الافتتاحية أمس حرص"
        if (
            not self.en
            and comp.startswith("prep:")
            and (j := self._occasion_tail_end(t, t_end, bare=True))
            and doc.word(j) != fold(comp[5:])
        ):
            return self.content_start(j, t_end, comp)  # "داعية في بيان جميع الأطراف إلى"
        if (
            not self.en
            and comp == "any"
            and t + 2 < t_end
            and doc.word(t) in _AR_OCCASION_PREPS
            and doc.word(t + 1) in _AR_OWN_SPEECH_NOUNS
            and not set(text[doc.tokens[t].end : doc.tokens[t + 2].start]) & _ALL_MARKS
            and not _COMMAS & set(text[doc.tokens[t].end : doc.tokens[t + 2].start])
        ):
            return doc.tokens[t + 2].start, t + 2, False  # "وطالبت الوزارة في بيانها X بـ"
        if not self.en and comp == "any" and (j := self._short_occasion(t, t_end)) is not None:
            return self.content_start(j, t_end, comp)  # "خلال لقائه أمير قطر تضامن ..."
        if not self.en and comp == "any" and (j := self._occasion_issuer(t, t_end)) is not None:
            return self.content_start(j, t_end, comp)  # "في بيان للديوان الملكي، وقوفها"
        if not self.en and comp == "any" and (j := self._occasion_b_object(t, t_end)) is not None:
            return doc.tokens[j].start, j, False  # "طالب X في تغريدة بخفض التمثيل"
        if not self.en and comp == "any" and t + 2 < t_end and self._definite_occasion(t):
            return self.content_start(t + 2, t_end, comp)  # "أكد سموه خلال الاتصال حرص"
        if (
            not self.en
            and comp == "any"
            and (told := doc.mention_at_tok(t)) is not None
            and told.t0 == t
            and told.t1 + 1 < t_end
            and doc.prep_of(told) == "ل"
            and not told.adjectival
            and told.etype == EntityType.PERSON
        ):
            # "جدد X لنظيره الروسي دعم بكين": the one told is not the content
            return self.content_start(told.t1 + 1, t_end, comp)
        prep = comp.split(":", 1)[1] if comp.startswith("prep:") else None
        prep_f = fold(prep) if prep else None
        if (
            not self.en
            and prep_f is not None
            and len(prep_f) > 1
            and (c := self._ar_title_comp(t, limit, prep_f)) is not None
            and doc.word(c) == prep_f
        ):
            t = c  # "أعرب X رئيس مجلس الوزراء عن": the titles are not the content
        pos = doc.tokens[t - 1].end if 0 < t <= len(doc.tokens) else 0
        sent_end = self.doc.seg.sents[self.doc.seg.index_at(pos)].end if self.doc.seg else len(text)
        if (
            not self.en
            and 0 < t < t_end
            and t in self._cue_hits
            and self._pick(self._cue_hits[t]).entry.kind == "part"
            and _COMMAS & set(text[pos : doc.tokens[t].start])
            and any(
                j in self._cue_hits and j > 0 and doc.word(j - 1) in _AR_REL_PRON
                for j in range(max(1, t - 6), t)
            )
        ):
            # "الموقف الذي أبدته باريس، مؤكدا أن": the relative clause's verb took its
            # object before it; what follows the comma is the participle's, not its content
            return None
        for k in range(t, limit + 1):
            tok_start = doc.tokens[k].start if k < len(doc.tokens) else len(text)
            gap = text[pos : min(tok_start, sent_end + 1)]
            for i, ch in enumerate(gap):
                if prep is not None and k > t + 1:
                    break
                if ch == ":":
                    return self._after_gap(pos + i + 1, k)
                if ch in _ALL_MARKS and (pos + i) in self._quote_by_open:
                    if not self.en and prep_f is not None and len(prep_f) > 1 and k == t:
                        cl = self._quote_by_open[pos + i].close
                        nt = doc.tok_after(cl + 1) if cl > 0 else len(doc.tokens)
                        if (
                            nt < t_end
                            and doc.word(nt) == prep_f
                            and prep_f != _AN  # (not "عبر «فيسبوك» عن": "via")
                            and not text[cl + 1 : doc.tokens[nt].start].strip()
                            and not self._quoted_name(self._quote_by_open[pos + i], k)
                        ):
                            # "داعية «جميع الأطراف» إلى ...": the quoted addressee, then
                            # the preposition the cue needs: the content starts at it
                            return pos + i, k, False
                        # "شكر أرمينيا عبر «تويتر»": a quotation right after a cue that
                        # needs its preposition (عبّر عن) follows the preposition "via"
                        return None
                    if self._quoted_name(self._quote_by_open[pos + i], k):
                        break  # "عبر حسابه على «إكس» أن ...": a name; the content follows
                    if k > t and self._scare_quote(self._quote_by_open[pos + i], k):
                        break  # "التوصل إلى وقف «كامل وفوري» لإطلاق النار": words of a phrase
                    if (
                        not self.en
                        and prep is None
                        and comp != "quote"
                        and not text[pos : pos + i].strip()
                        and (j0 := self._object_before_quote(t, k)) is not None
                    ):
                        # "أعلنت X سحب سفيرها من باريس «بأثر فوري»": the object goes on
                        # into the quotation; the content is the whole object
                        return doc.tokens[j0].start, j0, False
                    if self._en_np_quote(self._quote_by_open[pos + i], k):
                        # 'said the "highly coordinated ... strikes" were aimed at': the
                        # quotation is part of the reported clause, which starts at "the"
                        return doc.tokens[k - 1].start, k - 1, False
                    if (
                        not self.en
                        and comp == "any"
                        and k > t
                        and doc.word(k - 1) in _AR_CLAIM_PREPS
                        and all(self._skippable(j) for j in range(t, k - 1))
                        and (cl := self._quote_by_open[pos + i].close) > 0
                        and (rest := text[cl + 1 : cl + 4].lstrip(" "))
                        and rest[:1] not in ".،,;؛:\n"
                    ):
                        # "حذر من «عواقب خطيرة» إذا واصلت ...": the quoted object goes on
                        # into the clause; the claim is the whole prepositional phrase
                        return doc.tokens[k - 1].start, k - 1, False
                    if not self.en and comp == "any" and self._quote_then_relative(pos + i):
                        # 'انتقد X "موقف التعالي" الذي أبداه الوفد': the quoted words head
                        # the object, which goes on into its relative clause
                        return pos + i, k, False
                    return pos + i, k, True
            if k >= limit or k >= len(doc.tokens):
                break
            if (
                k > t
                and k in self._cue_hits
                and self._pick(self._cue_hits[k]).entry.kind != "noun"
                and not self._carrier_at(k)
            ):
                break
            w = doc.word(k)
            if comp == "quote":
                pass  # only a quotation mark opens the content ("called it “reckless”")
            elif self.en:
                if w == "that" and self._en_demonstrative_that(k):
                    break  # "rejected that insinuation on Friday.": a plain object
                if w == "that":
                    return doc.tokens[k].end, k + 1, False
                if w == "according" and doc.word(k + 1) == "to" and k > t:
                    # "told reporters on Tuesday, according to Anadolu": the relay, not
                    # content; the content follows it or came before the speaker
                    for c_after in range(k + 2, min(t_end, k + 10)):
                        if "," in text[doc.tokens[c_after - 1].end : doc.tokens[c_after].start]:
                            return self.content_start(c_after, t_end, comp)
                    break
                o = k - 1 if k > 0 and doc.word(k - 1) == "the" else k
                if comp == "that" and k == t and self._en_bare_clause(o, limit):
                    return doc.tokens[o].start, o, False  # "insisted the truce was holding"
                figure = w == "at" and doc.word(k + 1) in ("least", "most")  # "at least 20"
                if comp == "any" and (w not in _EN_SKIP_AFTER_CUE or figure):
                    if o == k - 1 and self._en_subject_past_that(k, limit):
                        return doc.tokens[o].start, o, False  # "said the vote showed that"
                    later = self._en_that(k, min(limit, k + 12))
                    if later is None and w in ("during", "at", "after", "before", "in"):
                        # "said on Monday during a joint news conference with X in Y that"
                        later = self._en_that(k, min(t_end, k + 24))
                    if later is not None:
                        return doc.tokens[later].end, later + 1, False
                    if (
                        t > 1
                        and _EN_TELL_CUES & {doc.word(t - 1), doc.word(t - 2)}
                        and k <= t + 1
                        and doc.mention_at_tok(k) is None
                        and doc.tokens[k].text.isalpha()
                        and doc.tokens[k].text.islower()
                        and doc.word(k + 1) in _EN_PRONOUNS
                        and doc.word(k + 2) in _EN_FINITE
                    ):
                        # "told the court he would appeal": the one told, then the clause
                        return doc.tokens[k + 1].start, k + 1, False
                    o = k - 1 if k > t and doc.word(k - 1) in ("the", "a", "an") else k
                    if (
                        k == t > 0
                        and doc.word(k - 1) == "the"
                        and self._en_bare_clause(k - 1, limit)
                    ):
                        o = k - 1  # 'said the vote was "illegitimate".': "the" was passed over
                    if k == t and self._en_bare_clause(o, limit):
                        # 'said Moscow would respond "very soon"': the reported clause, with
                        # its quoted words, not the quoted words alone
                        return doc.tokens[o].start, o, False
                    return self._object_quote(k) or (doc.tokens[o].start, o, False)
            else:
                if (
                    k > t
                    and comp != "any"
                    and w[:1] == "و"
                    and not _is_comp(w)
                    and any(c in text[doc.tokens[k - 1].end : doc.tokens[k].start] for c in "،,")
                ):
                    break  # "تابع باهتمام التطورات، وأنه يؤمن بأن": a new clause, not this cue's
                if _is_comp(w) and k > t and doc.word(k - 1) in _AR_TEMPORAL_CONJ:
                    break  # "أعلنت X تعليق ...، بعد أن طردت": a time clause, not the content
                limit_tok = min(limit, len(doc.tokens) - 1)
                if (
                    comp == "that"
                    and k == t
                    and w[:1] == "ب"
                    and len(w) > 3
                    and not _is_comp(w)
                    # (not "أبلغ بوتين بأن": a name that itself begins with ب)
                    and ((nm := doc.mention_at_tok(k)) is None or nm.start > doc.tokens[k].start)
                    and not self._skippable(k)
                    and k + 1 < len(doc.tokens)
                    and not set(text[doc.tokens[k].end : doc.tokens[k + 1].start]) & _ALL_MARKS
                    # (not a manner before a colon: "مضيفا بلهجة حازمة: «...»")
                    and ":" not in text[doc.tokens[k].end : doc.tokens[limit_tok].start]
                ):
                    break  # "اعترفت روسيا باستقلال X عام 2008، «...»": its object, no content
                if (
                    comp == "stance"
                    and (_ar_stance_noun(w) or self._owned_stance(k))
                    and (k == t or _COMMAS & set(text[doc.tokens[k - 1].end : doc.tokens[k].start]))
                ):
                    return doc.tokens[k].start, k, False  # "أعلن X، أمس، رفضه القرار"
                if _is_comp(w) and self._spelled_letter(k):
                    continue  # "في حديث لشبكة سي إن إن أن": a letter of a name
                if _is_comp(w):
                    bare = w in _AR_COMP
                    off = doc.tokens[k].end if bare else doc.tokens[k].start
                    return off, (k + 1 if bare else k), False
                if prep_f and (
                    w == prep_f
                    or (
                        len(prep_f) == 1
                        and w.startswith(prep_f)
                        # "رحب X في بيان بالخطوة": the object of "في" is no proclitic
                        and not (k > t and doc.word(k - 1) in _AR_OCCASION_PREPS)
                    )
                ):
                    if w == prep_f and doc.word(k + 1) in _AR_COMP:
                        return doc.tokens[k + 1].end, k + 2, False  # "أشار إلى أن ..."
                    if k > t and all(
                        self._skippable(j) or doc.word(j) in _AR_RESUMPTIVE for j in range(t, k)
                    ):
                        return doc.tokens[k].start, k, False  # "أعرب خلاله عن", "في بيان عن"
                    if (
                        k - t in (2, 3)
                        and self._occasion_at(t, k) == t
                        and not doc.mentions_in(doc.tokens[t].start, doc.tokens[k].start)
                    ):
                        return doc.tokens[k].start, k, False  # "طالب X في تغريدة بخفض"
                    if prep_f == _AN:
                        # "وأعرب بيرتس، في كلمته ...، عن أسفه": "عن" takes no object
                        # before it; what stands between is the subject, not content
                        return doc.tokens[k].start, k, False
                    return doc.tokens[t].start, t, False  # from the object on
                if comp == "any" and k == t and (c := self._ar_title_comp(t, limit)):
                    bare = doc.word(c) in _AR_COMP
                    off = doc.tokens[c].end if bare else doc.tokens[c].start
                    return off, (c + 1 if bare else c), False  # "أكد X وزير ... أن"
                if comp == "any" and k == t and (c := self._ar_apposition_comp(t, limit)):
                    bare = doc.word(c) in _AR_COMP
                    off = doc.tokens[c].end if bare else doc.tokens[c].start
                    return off, (c + 1 if bare else c), False  # "أكد X، وزير ...، أن"
                if comp == "any" and k == t and (c := self._told_comp(k, limit)) is not None:
                    bare = doc.word(c) in _AR_COMP
                    off = doc.tokens[c].end if bare else doc.tokens[c].start
                    return off, (c + 1 if bare else c), False  # "أكد للصحفيين أنه"
                if (
                    comp == "any"
                    and not self._skippable(k)
                    and not (k == t and w in _AR_RESUMPTIVE)  # "أكد خلاله دعم ..."
                ):
                    later = self._ar_comp_after_object(k, limit)
                    if later is not None:
                        self._addressed = [
                            m.key
                            for m in doc.mentions_in(doc.tokens[k].start, doc.tokens[later].start)
                            if doc.is_actor(m) and not m.adjectival
                        ]
                        w2 = doc.word(later)
                        bare = w2 in _AR_COMP
                        off = doc.tokens[later].end if bare else doc.tokens[later].start
                        return off, (later + 1 if bare else later), False  # "حذر X من أن"
                    return self._object_quote(k) or (doc.tokens[k].start, k, False)
            pos = doc.tokens[k].end
        return None

    def _owned_stance(self, k: int) -> bool:
        """Arabic: a stance noun at ``k`` whose owner follows it ("أعلن X ترحيب الرباط
        بالقرار"، "رفض بلاده أي محاولة"): a state or a body named right after it, or
        "his country" / "its government".  (A named owner not after a noun of support,
        whose genitive is mostly its object: "أعلنت X دعم أوكرانيا".)"""
        doc = self.doc
        w = doc.word(k)
        if w not in _AR_STANCE_MASDARS or k + 1 >= len(doc.tokens):
            return False
        if self.text[doc.tokens[k].end : doc.tokens[k + 1].start].strip():
            return False
        if doc.word(k + 1) in _AR_OWN_SIDE:
            return True  # "أعلن X استعداد بلاده لـ"
        m = doc.mention_at_tok(k + 1)
        return (
            w not in _AR_OBJECT_STANCES
            and m is not None
            and m.t0 == k + 1
            and not m.adjectival
            and m.etype in (EntityType.STATE, EntityType.ORGANIZATION)
        )

    def _name_then_stance(self, t: int, t_end: int) -> int | None:
        """Arabic: the token of a stance noun ("تمسكه"، "رفضه") after two or three bare
        words no mention covers, right after a title read alone ("وأكد رئيس البرلمان
        الليبي X Y تمسكه بـ"): the words are the title holder's name, not the content,
        which opens with the stance noun.  Else None."""
        doc = self.doc
        title = doc.mention_at_tok(t - 1) if t > 0 else None
        if title is None or title.t1 != t - 1 or title.etype != EntityType.PERSON:
            return None
        for j in range(t, min(t_end, t + 4)):
            w = doc.word(j)
            if j - t >= 2 and _ar_stance_noun(w):
                return j
            raw = self.text[doc.tokens[j].start : doc.tokens[j].end]
            if (
                self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip()
                or doc.mention_at_tok(j) is not None
                or j in self._cue_hits
                or not raw[:1].isalpha()
                or w.startswith("ال")
                or (j > t and raw.endswith("ة"))  # (a given name may: "حمزة X")
                or _is_comp(w)
                or w in AR_PREP_WORDS
                or self._skippable(j)
            ):
                return None
        return None

    def _described_after(self, t: int) -> bool:
        """Arabic, after "وهو ما وصفه"/"اعتبره" at token ``t`` (past its subject, if
        named): whether a quotation or a complementiser follows at once ("بـ«موقف
        الأشقاء»", "بأنه"): the description is said, not only what it is of."""
        m = self.doc.mention_at_tok(t)
        t2 = m.t1 + 1 if m is not None else t
        return self._quote_opens_within(t2 - 1, 2) or self._comp_soon(t2, 2)

    def _comp_soon(self, t: int, n: int) -> bool:
        """Arabic: whether a complementiser is among the ``n`` tokens from ``t``, before
        any comma ("وصفها X بأنها": yes; "نفاها X بشدة، معتبرا أن": no)."""
        doc = self.doc
        for j in range(t, min(t + n, len(doc.tokens))):
            if j > t and _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return False
            if _is_comp(doc.word(j)):
                return True
        return False

    def _object_before_quote(self, t: int, k: int) -> int | None:
        """Arabic: the first token of an object phrase of two words or more between the
        subject (ending before ``t``) and a quotation opening before token ``k``, written
        with no punctuation up to the quotation ("سحب سفيرها من باريس «بأثر فوري»"), else
        None.  Time words after the subject are skipped; an object opening with a name,
        a preposition, a complementiser or a cue, or holding an occasion ("في مؤتمر"), is
        no such phrase."""
        doc = self.doc
        text = self.text
        j = t
        while j < k and self._skippable(j):
            j += 1
        if k - j < 2 or doc.mention_at_tok(j) is not None:
            return None
        w = doc.word(j)
        if w in AR_PREP_WORDS or w[:1] == "ل" or _is_comp(w) or w in _AR_RESUMPTIVE:
            return None
        if w in _AR_OCCASION_NOUNS or (w[:1] in "وف" and w[1:] in _AR_OCCASION_NOUNS):
            return None  # "في حديث مع إذاعة ... «...»": where it was said
        for i in range(j, k):
            if i in self._cue_hits or (
                doc.word(i) in _AR_OCCASION_PREPS
                and self._occasion_at(i, k) == i
                and (doc.word(i) != _ALA or doc.word(i + 1) == _AR_MARGIN)
            ):
                return None  # (not "موافقة X على استقبال قوات «...»": the object's own على)
            if i > j and text[doc.tokens[i - 1].end : doc.tokens[i].start].strip():
                return None
        return j

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

    def _ar_predicate_quote(self, t: int, k: int) -> bool:
        """Arabic: the quotation opening before token ``k`` follows an imperfect verb
        (a word in ت/ي after the noun cue's owner at ``t``, "تصريحات X تمثل «...»",
        "يعد «...»"): the quotation is what the writer or speaker says of the noun, not
        its content."""
        j = k - 1
        if self.en or j < t or j >= len(self.doc.tokens):
            return False
        doc = self.doc
        w = doc.word(j)
        gap = self.text[doc.tokens[j].end : doc.tokens[k].start] if k < len(doc.tokens) else ""
        return (
            ":" not in gap
            and len(w) >= 3
            and w[:1] in ("ت", "ي")
            and doc.mention_at_tok(j) is None
            and not self._skippable(j)
        )

    def _scare_quote(self, q: Quote, k: int) -> bool:
        """Arabic: a short quotation (at most three words) inside a noun phrase, after a
        noun of the object and followed by more of the phrase ("وقف «كامل وفوري» لإطلاق
        النار"): quoted words, not the content of the cue before."""
        if self.en or q.close < 0 or len(self.text[q.start : q.end].split()) > 3:
            return False
        after = self.text[q.close + 1 : q.close + 3]
        if not (after[:1] == " " and "\u0600" <= after[1:2] <= "\u06ff"):
            return False
        before = self.doc.word(k - 1)
        return (
            k - 1 not in self._cue_hits
            and not _is_comp(before)
            and before not in AR_PREP_WORDS
            and before not in _AR_PREP_FOLDED
            and self.doc.mention_at_tok(k - 1) is None
        )

    def _en_np_quote(self, q: Quote, k: int) -> bool:
        """English: a quotation right after "the"/"a"/"an" whose clause goes on after the
        closing mark ('protested the "degrading treatment" of passengers'): quoted words of
        a noun phrase, not a full quotation."""
        if not self.en or q.close < 0 or self.doc.word(k - 1) not in ("the", "a", "an"):
            return False
        rest = self.text[q.close + 1 : q.close + 20]
        return bool(re.match(r" [a-z]", rest))

    def _ar_apposition_comp(self, t: int, limit: int) -> int | None:
        """ "وأكد الصفدي، وزير الخارجية الأردني، أن ...": the complementiser after an
        apposition set off by commas right after the speaker (token ``t`` opens it), or
        None.  The apposition holds no cue, quotation or complementiser of its own."""
        doc = self.doc
        if t <= 0:
            return None
        lead = self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
        if not any(c in lead for c in "،,"):
            return None
        for j in range(t + 1, min(limit, t + 9, len(doc.tokens))):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if any(c in gap for c in '.:;؛"«»“”') or j in self._cue_hits:
                return None
            w = doc.word(j)
            if any(c in gap for c in "،,"):
                return j if _is_comp(w) else None
            if _is_comp(w):
                return None
        return None

    def _ar_title_comp(self, t: int, limit: int, prep: str | None = None) -> int | None:
        """ "وأكد X المتحدث الرسمي باسم وزارة الخارجية أن ...": the complementiser after
        the titles apposed to a person named right before token ``t`` (which opens a role
        noun of ``roles.tsv`` or a mention of that person), or None.  No punctuation,
        quotation or cue in between.  With ``prep`` (a cue's preposition written as a word,
        "أعرب X رئيس مجلس الوزراء عن"), that preposition too."""
        doc = self.doc
        p = t - 1
        while p >= 2 and doc.word(p - 1) in _AR_LINEAGE | _AR_FAMILY and not doc.mention_at_tok(p):
            p -= 2  # a name linked by its short form: "الشيخ تميم بن حمد آل ثاني أمير البلاد"
        prev = doc.mention_at_tok(p) if p >= 0 else None
        if prev is None or prev.t1 != p or prev.etype != EntityType.PERSON:
            return None
        here = doc.mention_at_tok(t)
        if here is not None:
            if here.key != prev.key:
                return None
        elif doc.word(t) not in _ar_role_heads() and doc.word(t) not in _AR_LINEAGE:
            return None  # (or the rest of a longer lineage: "محمد بن سلمان بن عبدالعزيز")
        for j in range(t + 1, min(limit, t + 12, len(doc.tokens))):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if any(c in gap for c in '.:;؛"«»“”') or j in self._cue_hits:
                return None
            w = doc.word(j)
            if _COMMAS & set(gap):
                # "أمير البلاد المفدى، أن": a comma only closes the titles; "وزير الخارجية
                # السعودي، في مؤتمر صحفي، أن": or an occasion set off by commas
                if _is_comp(w):
                    return j if p < t - 1 else None
                if self._occasion_at(j, j + 1) != j:
                    return None
                return self._after_occasion_comp(j, limit, obj=prep is None)
            if _is_comp(w) or (prep is not None and w == prep):
                return j
            m = doc.mention_at_tok(j)
            if m is not None and m.etype == EntityType.PERSON and m.key != prev.key:
                return None
        return None

    def _after_occasion_comp(self, j: int, limit: int, obj: bool = False) -> int | None:
        """The complementiser right after the comma that closes an occasion adjunct opening
        at ``j`` ("، في مؤتمر صحفي عقده في الرياض، أن"), or None.  With ``obj`` (a cue
        whose content may be a plain object), a definite noun there too ("، عودة العلاقات")."""
        doc = self.doc
        for i in range(j + 1, min(limit, j + 12, len(doc.tokens))):
            gap = self.text[doc.tokens[i - 1].end : doc.tokens[i].start]
            if any(c in gap for c in '.:;؛"«»“”') or i in self._cue_hits:
                return None
            if _COMMAS & set(gap):
                w = doc.word(i)
                if _is_comp(w):
                    return i
                noun = obj and w.startswith("ال") and not self._skippable(i)
                return i if noun and doc.mention_at_tok(i) is None else None
        return None

    def _ar_comp_after_object(self, k: int, limit: int) -> int | None:
        """A bare complementiser right after a short object ("حذر إسرائيل من أن", "أبلغ
        الوفد بأن"): at most four words on, no punctuation, quotation or cue in between.
        Not one with a pronoun that takes the object up ("وصف X بأنه")."""
        doc = self.doc
        for j in range(k + 1, min(limit, k + 5, len(doc.tokens))):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if any(c in gap for c in ',،.:;؛"«»“”'):
                return None
            if j in self._cue_hits:
                return None
            w = doc.word(j)
            if w in _AR_REL_PRON:
                return None  # "دعا للحوار الذي من شأنه أن يخفف": a clause of the object
            if w in _AR_COMP:
                return j
            if _is_comp(w):
                return None  # "وصف الاتهامات بأنها ملفقة": the object is what is described
        return None

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

    def _quote_then_relative(self, open_at: int) -> bool:
        """Arabic: the closed quotation opening at ``open_at`` is followed right away by a
        relative pronoun («...» الذي، "..." التي): it names the head of a noun phrase."""
        q = self._quote_by_open.get(open_at)
        if q is None or q.close < 0:
            return False
        nxt = self.doc.tok_after(q.close + 1)
        return (
            nxt < len(self.doc.tokens)
            and not self.text[q.close + 1 : self.doc.tokens[nxt].start].strip()
            and self.doc.word(nxt) in _AR_REL_PRON
        )

    def _told_comp(self, k: int, limit: int) -> int | None:
        """Arabic: the complementiser (also "أنه"، "إنها") after those told at ``k``, a
        definite noun in ل that no mention covers ("أكد X للصحفيين في البيت الأبيض أنه"،
        "لوسائل الإعلام"), at most five words on with no punctuation, quotation or cue
        between; else None.  Those told are no content, nor what is described."""
        doc = self.doc
        w = doc.word(k)
        if doc.mention_at_tok(k) is not None or not (
            (w.startswith("لل") and len(w) > 4) or w in _AR_MEDIA_TOLD
        ):
            return None
        for j in range(k + 1, min(limit, k + 6, len(doc.tokens))):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if any(c in gap for c in ',،.:;؛"«»“”') or j in self._cue_hits:
                return None
            if doc.word(j) in _AR_REL_PRON:
                return None  # "دعا للحوار الذي من شأنه أن": a clause of the object
            if _is_comp(doc.word(j)):
                # (not "للعمل على أن", "ولأن": a clause the noun or a preposition governs)
                ok = doc.word(j)[:1] not in ("و", "ل") and doc.word(j - 1) not in AR_PREP_WORDS
                return j if ok else None
        return None

    def _object_quote(self, k: int) -> tuple[int, int, bool] | None:
        """'condemned the attack "in the strongest terms".' / «دان الهجوم "بأشد العبارات"،»:
        a short object followed by a quotation that ends the clause; the quoted words are
        the claim (a direct statement).  None when the clause goes on after the quotation
        or no quotation follows within three words."""
        doc = self.doc
        text = self.text
        for j in range(k + 1, min(len(doc.tokens), k + 4)):
            gap = text[doc.tokens[j - 1].end : doc.tokens[j].start]
            opens = [
                i
                for i in range(doc.tokens[j - 1].end, doc.tokens[j].start)
                if i in self._quote_by_open
            ]
            if opens:
                q = self._quote_by_open[opens[0]]
                if q.close < 0:
                    return None
                if not self.en and j - 1 > k and doc.word(j - 1)[:1] == "ب":
                    return None  # "متهمة أجهزتها بتنفيذ «...»": the quotation ends the claim
                rest = text[q.close + 1 : q.close + 4].lstrip(" ")
                if rest[:1] in ("", ".", "،", ",", ";", "؛", "\n"):
                    return q.open, j, True
                return None
            if any(c in gap for c in ",،.:;؛"):
                return None
            if not self.en and _is_comp(doc.word(j)):
                return None  # "واصفا الاتفاق بأنه «...»": the object is part of the claim
        return None

    def _occasion_at(self, t: int, t_end: int) -> int:
        """The first token of an occasion adjunct opening within two tokens of ``t`` ("في
        كلمة ألقاها خلال ...", "، في بيان صحفي وزعته ..."), or -1: a preposition of occasion
        followed by a noun of speech or meeting."""
        doc = self.doc
        for j in range(t, min(t_end, t + 2)):
            w = doc.word(j)
            if _is_occasion_prep(w):
                nxt = doc.word(j + 1)
                if _ar_occasion_noun(nxt) or (nxt == _AR_MARGIN and j + 2 < t_end):
                    return j
                return -1
            if doc.mention_at_tok(j) is not None or _is_comp(w):
                return -1
        return -1

    def _paren_aside_end(self, t: int, t_end: int) -> int | None:
        """Arabic: the token after a short parenthesis opening right before token ``t``
        (an acronym or another name of the speaker: "الحركة (جيم) رفضها"، "أفريكوم"), up
        to three words with no other mark inside; None when there is none or nothing
        follows it."""
        doc = self.doc
        if not 0 < t < t_end or "(" not in self.text[doc.tokens[t - 1].end : doc.tokens[t].start]:
            return None
        for c in range(t, min(t_end - 1, t + 3)):
            gap = self.text[doc.tokens[c].end : doc.tokens[c + 1].start]
            if ")" in gap:
                return c + 1 if not set(gap.replace(")", "").strip()) else None
            if gap.strip():
                return None
        return None

    def _occasion_tail_end(self, t: int, t_end: int, bare: bool = False) -> int | None:
        """Arabic: the token after an occasion adjunct opening at ``t`` whose noun is
        followed by its adjectives and time words only ("في كلمته الافتتاحية أمس"، "في
        بيان رسمي اليوم الأحد"), when at least one such word and then more words follow
        with no punctuation in between; else None.  What follows is the cue's object.
        With ``bare``, the noun alone or with "لها" ("داعية في بيان جميع الأطراف إلى")
        when an indefinite word that is no actor follows (not "في بيان الخارجية")."""
        doc = self.doc
        if self._occasion_at(t, t_end) != t:
            return None
        j = t + 2
        while j < min(t_end, t + 7):
            w = doc.word(j)
            plain = w[2:] if w.startswith("ال") else w
            if doc.mention_at_tok(j) is not None or not (
                w in _AR_OCCASION_TIME or plain in _AR_OCCASION_ADJ
            ):
                break
            j += 1
        if bare and j < t_end and doc.word(j) in _AR_TO_ME:
            j += 1  # "في بيان لها"
        if j >= t_end or (j == t + 2 and not bare):
            return None
        if set(self.text[doc.tokens[t].end : doc.tokens[j - 1].end]) & (_ALL_MARKS | _COMMAS):
            return None
        if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
            return None  # (a quotation may open the object: "في بيان «جميع الأطراف» إلى")
        w = doc.word(j)
        if doc.mention_at_tok(j) is not None or w in AR_PREP_WORDS or w[:1] in "بل":
            return None  # "خلال اتصال هاتفي مع X"، "في تغريدة بخفض": other adjuncts
        if bare and j == t + 2 and (w.startswith("ال") or _is_comp(w)):
            return None
        return j

    def _occasion_relative_end(self, t: int, t_end: int) -> int | None:
        """Arabic: the stance noun that opens the object after an occasion adjunct at ``t``
        whose noun has a relative clause ("في كلمة ألقاها أمام المؤتمر حرص بلاده"، "في
        تصريحات أدلى بها لقناة X دعمه"، "في الكلمة التي ألقاها ... رفضه"): a verb with the
        pronoun of the noun, its adjuncts, then a stance noun ("رفضه"، "حرص المملكة")
        within fourteen tokens with no punctuation, complementiser or cue between; else
        None (the relative clause is no content)."""
        doc = self.doc
        v = t + 2
        if doc.word(v) in _AR_REL_PRON and self._definite_occasion(t):
            v += 1  # "في الكلمة التي ألقاها"
        elif self._occasion_at(t, t_end) != t:
            return None
        w = doc.word(v) if v < t_end else ""
        if (
            not w
            or (w.startswith("ال") and not w.endswith(("ها", "ه")))  # (not "ألقاها")
            or doc.mention_at_tok(v) is not None
            or v in self._cue_hits
            or _is_comp(w)
            or not (w.endswith(("ها", "ه")) or doc.word(v + 1) in _AR_REL_BACK)
        ):
            return None
        for j in range(v + 1, min(t_end, v + 15)):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            wj = doc.word(j)
            if (
                gap.strip()
                or _is_comp(wj)
                or wj in _AR_REL_PRON
                or (j in self._cue_hits and not _ar_stance_noun(wj))
            ):
                return None
            if j <= v + 1 or doc.mention_at_tok(j) is not None:
                continue
            # (a bare noun after an indefinite meeting noun is its genitive: "مؤتمر دعم
            # اللاجئين")
            prev = doc.word(j - 1)
            bare_ok = j + 1 < t_end and not (
                doc.mention_at_tok(j - 1) is None
                and not prev.startswith("ال")
                and _ar_occasion_noun(prev)
            )
            if _ar_stance_noun(wj) or (wj in _AR_STANCE_MASDARS and bare_ok):
                return j
        return None

    def _short_occasion(self, t: int, t_end: int) -> int | None:
        """Arabic: the token after a short occasion adjunct opening at ``t`` ("خلال لقائه
        أمير قطر", "في اتصال هاتفي مع X"): a preposition of occasion, a noun of meeting or
        speech, an adjective and an actor (with مع) at most; None when no such adjunct or
        nothing follows it."""
        doc = self.doc
        if self._occasion_at(t, t_end) != t:
            return None
        j = t + 2
        for _ in range(2):  # "في اتصال هاتفي", "خلال مؤتمر صحفي مشترك"
            w = doc.word(j)
            if (
                j < t_end
                and doc.mention_at_tok(j) is None
                and not w.startswith("ال")
                and w not in (fold("مع"), fold("في"))
                and w[:1] not in "بل"
                # (not the object: "خلال اتصال هاتفي دعم الأردن للشعب ...")
                and (w in _AR_OCCASION_ADJ or doc.word(j + 1) in (fold("مع"), fold("في")))
            ):
                j += 1
        if j < t_end and doc.word(j) in (fold("مع"), fold("في")):
            j += 1  # "مع نظيره X", "في عمّان"
        m = doc.mention_at_tok(j) if j < t_end else None
        if m is None or m.t0 != j:
            return None
        j = m.t1 + 1
        if j >= t_end or self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip():
            return None
        return j

    def _occasion_issuer(self, t: int, t_end: int) -> int | None:
        """Arabic: the token after an occasion adjunct with its issuer in ل ("في بيان
        لوزارة الخارجية،"، "في بيان للخارجية"، "في بيان صادر للديوان الملكي،"), opening at
        ``t``: the issuer is a mention that ends there, or up to four words that a comma
        closes; None when there is no such adjunct."""
        doc = self.doc
        if self._occasion_at(t, t_end) != t:
            return None
        j = t + 2
        if doc.word(j) in _AR_OCCASION_ADJ:
            j += 1
        if j >= t_end or doc.word(j)[:1] != fold("ل"):
            return None
        m = doc.mention_at_tok(j)
        if m is not None and m.t0 == j:
            nxt = m.t1 + 1
            return nxt if nxt < t_end else None
        w = doc.word(j)
        if (
            w.startswith(fold("لل"))
            and w[2:] in _AR_ISSUER_BODIES
            and j + 1 < t_end
            and not doc.word(j + 1).startswith(fold("ال"))
        ):
            return j + 1  # "في بيان للخارجية دعمها": a one-word body
        for k in range(j, min(t_end - 1, j + 4)):
            if _is_comp(doc.word(k)):
                return None
            if any(c in self.text[doc.tokens[k].end : doc.tokens[k + 1].start] for c in "،,"):
                return k + 1
        return None

    def _definite_occasion(self, t: int) -> bool:
        """Arabic: "خلال الاتصال", "في اللقاء", "أثناء الاجتماع" at token ``t``: a
        preposition of occasion and a definite noun of meeting or speech (the occasion the
        article just told of), followed by more words."""
        doc = self.doc
        w, nxt = doc.word(t), doc.word(t + 1)
        if w not in _AR_OCCASION_PREPS or not nxt.startswith("ال"):
            return False
        if doc.mention_at_tok(t + 1) is not None:
            return False
        gap = self.text[doc.tokens[t].end : doc.tokens[t + 2].start]
        return nxt[2:] in _AR_OCCASION_NOUNS and not any(c in gap for c in ',،.:"«»')

    def _occasion_b_object(self, t: int, t_end: int) -> int | None:
        """Arabic: the object right after a short occasion adjunct opening at ``t`` ("في
        تغريدة بخفض", "في بيان مقتضب بوقف", "خلال مؤتمر صحفي مشترك ضرورة"): a preposition
        of occasion, its noun, its adjectives (``_AR_OCCASION_ADJ``, or one other
        indefinite word before an object in ب), then a word glued to ب (not بين/بعد) or,
        after an adjective, an indefinite noun; else None."""
        doc = self.doc
        if self._occasion_at(t, t_end) != t:
            return None
        j = t + 2
        while j < min(t_end, t + 4) and doc.word(j) in _AR_OCCASION_ADJ:
            j += 1
        w = doc.word(j)
        if j == t + 2 and j < t_end and w[:1] not in "بل" and not w.startswith("ال"):
            if not _is_comp(w) and doc.word(j + 1)[:1] == "ب":
                j += 1  # one adjective before an object in ب: "في تغريدة صباحية بطرد"
        w = doc.word(j)
        plain = (  # an indefinite noun after the adjectives: "... مشترك ضرورة وقف"
            j > t + 2
            and doc.word(j - 1) in _AR_OCCASION_ADJ
            and w[:1] not in "بلو"
            and not w.startswith("ال")
            and w not in AR_PREP_WORDS
            and not _is_comp(w)
            and not self._skippable(j)
        )
        if (
            j >= t_end
            or (w[:1] != "ب" and not plain)
            or len(w) < (3 if plain else 4)
            or w in _AR_NOT_B_OBJECT
            or doc.mentions_in(doc.tokens[t].start, doc.tokens[j].end)
            or self.text[doc.tokens[t].start : doc.tokens[j].start].count(" ") != j - t
            or any(
                c in _ALL_MARKS or c == ":"
                for c in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            )
        ):
            return None  # (not a quotation after a colon: "في كلمة متلفزة: «يوهان حر»")
        return j

    def _occasion_comp(self, t: int, t_end: int) -> int | None:
        """The complementiser after an occasion adjunct at ``t``, however long the adjunct
        (up to 24 tokens, no quotation, cue or sentence end in between), or None."""
        j0 = self._occasion_at(t, t_end)
        if j0 < 0:
            return None
        doc = self.doc
        for j in range(j0 + 2, min(t_end, j0 + 24)):
            w = doc.word(j)
            if w in _AR_COMP and not self._spelled_letter(j):
                return j
            if self._quote_opens_before(j) and not self._names_quoted_before(j):
                return None
            if any(c in self.text[doc.tokens[j - 1].end : doc.tokens[j].start] for c in ":.؟?!"):
                return None
            if j in self._cue_hits and not self._carrier_at(j) and not self._prep_unmet(j):
                if self._cue_hits[j][0].entry.kind not in ("noun",):
                    return None
        return None

    def _prep_unmet(self, j: int) -> bool:
        """Arabic: every cue read at token ``j`` needs a preposition that none of the three
        words after it is ("في كلمة عبر الفيديو": عبر "via", not the cue "عبّر عن"; but
        "مشدداً سموه على أن" is the cue)."""
        doc = self.doc

        def unmet(h: Hit[Cue]) -> bool:
            if not h.entry.comp.startswith("prep:"):
                return False
            prep = fold(h.entry.comp[5:])
            return not any(
                doc.word(t) == prep or (len(prep) == 1 and doc.word(t).startswith(prep))
                for t in range(h.last + 1, min(len(doc.tokens), h.last + 4))
            )

        return not self.en and all(unmet(h) for h in self._cue_hits[j])

    def _after_gap(self, off: int, k: int) -> tuple[int, int, bool]:
        text = self.text
        while off < len(text) and text[off] in " \t":
            off += 1
        if off < len(text) and text[off] in _ALL_MARKS and off in self._quote_by_open:
            return off, k, True
        return off, k, False

    def content_end(self, start: int, t_from: int, sent: Span, t_sent_end: int) -> int:
        """End of an indirect content: sentence end, or before a cue that takes over."""
        doc = self.doc
        for k in range(t_from, t_sent_end):
            if (
                not self.en
                and doc.word(k) == _WA_DHALIK
                and k > t_from
                # (or its source: "...، وذلك حسبما أفادت وكالة X")
                and (doc.word(k + 1) in _AR_SETTING_PREPS or doc.word(k + 1) in _AR_ACCORDING)
                and _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start])
                and doc.tokens[k].start > start
            ):
                # "...، وذلك خلال مؤتمر صحفي", "...، وذلك بعد ساعات من": the writer's
                # setting of the statement, not its content
                return self._trim_end(start, doc.tokens[k].start)
            if (
                self.en
                and k - t_from >= 4
                and self._final_relative(k, t_sent_end)
                and not self._own_naming_aside(k)
            ):
                # "... the Kosovo force, which has around 4,500 troops on the ground": the
                # writer's background on the last noun, not the claim
                return self._trim_end(start, doc.tokens[k].start)
            if (
                self.en
                and k > t_from
                and doc.word(k) in _EN_OWNERS
                and doc.word(k + 1) in _EN_CHARGE_NOUNS
                and "," in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
                and any(
                    doc.word(j) in _EN_DENIAL_CUES
                    or (j < k + 5 and (o := doc.mention_at_tok(j)) is not None and not o.adjectival)
                    for j in range(k + 2, min(k + 7, t_sent_end))
                )
            ):
                # "accused X of ..., a charge Cotonou denies": the charge's denier follows;
                # "..., a claim Moscow has not commented on": the writer's note on it
                return self._trim_end(start, doc.tokens[k].start)
            if self._while_clause(k, t_sent_end) and doc.tokens[k].start > start:
                # "..., while the Maldivian foreign ministry summoned ...", "...، فيما أجرى
                # الشيخ عبدالله اتصالا": the writer's context with a subject of its own
                return self._trim_end(start, doc.tokens[k].start)
            hits = self._cue_hits.get(k)
            if not hits:
                continue
            if not self.en and k - 1 > t_from and self._relative_cue(k):
                rel = doc.tokens[k - 1]
                if (
                    _COMMAS & set(self.text[doc.tokens[k - 2].end : rel.start])
                    and rel.start > start
                ):
                    # "انتقد X تصريحات Y ...، والتي أعرب فيها عن": Y's own statement follows
                    return self._trim_end(start, rel.start)
            # ("adding" is both a form of v:add and the participle row x:adding)
            h = next((x for x in hits if x.entry.kind in ("part", "source")), hits[0])
            prev_gap = self.text[doc.tokens[k - 1].end : doc.tokens[k].start] if k > 0 else ""
            w = doc.word(k)
            takes_over = (
                (
                    h.entry.kind in ("part", "source")
                    or (  # ", stressing that ..."
                        self.en
                        and h.entry.kind == "say"
                        and w.endswith("ing")
                        and doc.word(h.last + 1) == "that"
                    )
                )
                and (
                    "," in prev_gap
                    or "،" in prev_gap
                    # (not "وفق", whose و is no conjunction: "ستجرى وفق الجدول")
                    or (
                        not self.en
                        and w[:1] == "و"
                        and (
                            w not in _AR_ACCORDING
                            or doc.word(h.last + 1) in _AR_WHAT_SOURCE
                            or doc.mention_at_tok(h.last + 1) is not None
                        )
                    )
                )
            )
            if (
                h.entry.comp == "quote"
                and not self._quote_opens_within(k, 8)
                and not (
                    self.en
                    and h.entry.kind == "part"
                    and "," in prev_gap
                    and self._naming_predication(h.last + 1, t_sent_end, None) is not None
                )  # (", calling the crisis a threat to ...": a second statement)
            ):
                continue  # "denied the reports and called them false": not a new statement
            if (
                not takes_over
                and self.en
                and h.entry.kind == "say"
                and (w.endswith("ed") or w in ("say", "says"))
            ):
                # ("deny ... and say ...": a second statement of the same subject)
                c = self._en_coord_tok(k, t_from)  # ("and has described": past "has")
                takes_over = doc.word(c) in ("and", "but") and doc.tokens[c].start > start
                if takes_over:
                    return self._trim_end(start, doc.tokens[c].start)
            if not takes_over and h.entry.kind in ("say", "relay"):
                takes_over = ("," in prev_gap or "،" in prev_gap) and (not self.en and w[:1] == "و")
                if takes_over and self._own_act_told(start, k, h.last):
                    continue  # "قال إنه اتصل بنظيره، وأبلغه بأن": one reported clause
            if (
                not takes_over
                and not self.en
                and h.entry.kind == "say"
                and k > t_from + 1
                and doc.word(k - 1) in _AR_BUT
                and _COMMAS & set(self.text[doc.tokens[k - 2].end : doc.tokens[k - 1].start])
                and doc.tokens[k - 1].start > start
            ):
                # "...، لكنها شددت على أن": a second statement of the same speaker
                return self._trim_end(start, doc.tokens[k - 1].start)
            if not takes_over and not self.en and h.entry.kind == "say" and k > 1:
                c = k - 2 if doc.word(k - 1) == _HIN and doc.word(k - 2) == _FI else k - 1
                gap = self.text[doc.tokens[c - 1].end : doc.tokens[c].start]
                if (doc.word(c) in _AR_WHILE or c < k - 1) and _COMMAS & set(gap):
                    if doc.tokens[c].start > start:  # "...، فيما أكدت الخارجية أن": a new clause
                        return self._trim_end(start, doc.tokens[c].start)
            if not takes_over and self.en and h.entry.kind == "say":
                j = self._new_clause_subject(k, t_from)
                if j is None:
                    j = self._final_attribution(k, h.last, t_from, sent)
                if j is not None and doc.tokens[j].start > start:
                    # "..., and the newspaper said ...": a second speaker's statement;
                    # "..., the State Department said.": who reports it, not content
                    return self._trim_end(start, doc.tokens[j].start)
            if takes_over and doc.tokens[k].start > start:
                end = doc.tokens[k].start
                return self._trim_end(start, end)
        end = sent.end
        if not self.en and (aside := _AR_WRITER_ASIDE.search(self.text, start, end)) is not None:
            end = aside.start()  # "...، وهو ما نفته الدوحة": the writer's comment, not content
        return self._trim_end(start, end)

    def _own_naming_aside(self, k: int) -> bool:
        """English: ", which he called "..."" / ", whom she called ..." at ``k``: the speaker's
        own naming of what the content just named, part of that content (not a statement
        of its own)."""
        doc = self.doc
        hits = self._cue_hits.get(k + 2)
        return (
            doc.word(k) in ("which", "whom")
            and doc.word(k + 1) in ("he", "she", "it", "they")
            and hits is not None
            and any(x.entry.comp == "quote" and x.entry.kind == "say" for x in hits)
        )

    def _final_relative(self, k: int, limit: int) -> bool:
        """English: ", which"/", who"/", whose" at ``k`` opening a relative clause that no
        verb of the main clause follows ("..., who was visiting his home country, would not
        be allowed" goes on: not this one)."""
        doc = self.doc
        if doc.word(k) not in ("which", "who", "whose"):
            return False
        if "," not in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]:
            return False
        for j in range(k + 1, limit):
            if "," in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]:
                nxt = doc.word(j)
                if nxt in _EN_FINITE or (doc.word(j + 1) in _EN_FINITE and nxt.endswith("ly")):
                    return False  # the main clause resumes after the aside
        return True

    def _while_clause(self, k: int, limit: int) -> bool:
        """Comma + "while"/"whereas" (Arabic "، فيما"/"، بينما") at ``k`` opening a clause whose
        subject is an actor named within a few words ("..., while the Maldivian foreign
        ministry ...", "...، فيما أجرى الشيخ عبدالله اتصالا")."""
        doc = self.doc
        if k == 0:
            return False
        if self.en and doc.word(k) not in ("while", "whereas"):
            return False
        if not self.en and doc.word(k) not in _AR_WHILE_CLAUSE:
            return False
        if not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start]):
            return False
        for j in range(k + 1, min(limit, k + (4 if self.en else 7))):
            m = doc.mention_at_tok(j)
            if m is not None:
                return self.speaker_ok(m) and doc.prep_of(m) is None and not m.adjectival
        # English: "..., while analysts said ...", "..., while the opposition insists":
        # a subject we did not link and a speech verb of its own, another speaker's clause
        return self.en and any(
            j in self._cue_hits and not doc.word(j).endswith("ing")
            for j in range(k + 2, min(limit, k + 5))
        )

    def _new_clause_subject(self, k: int, t_min: int, apposed: bool = True) -> int | None:
        """For an English speech verb at ``k``: the token of ", and"/", but" opening its
        clause when a subject of its own (a name, "the newspaper") stands between, else
        None.  ``apposed``: the subject may be a person with an apposition."""
        doc = self.doc
        if (
            apposed
            and self.en
            and k > t_min + 1
            and "," in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
        ):
            # "..., and Jane Roe, the bloc's chairperson, urged ...": past the apposition
            for j in range(k - 2, max(t_min, k - 12), -1):
                if "," in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]:
                    m = doc.mention_at_tok(j - 1)
                    person = m is not None and m.t1 == j - 1 and m.etype == EntityType.PERSON
                    return self._new_clause_subject(j, t_min, False) if person else None
        j = k - 1
        subject = False
        # (a titled name reaches further: "and EU foreign policy chief Josep Borrell urged")
        while j > t_min and k - j <= (8 if subject else 5):
            w = doc.word(j)
            if w in ("and", "but", "while", "whereas", "as"):
                gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
                return j if subject and "," in gap else None
            if doc.mention_at_tok(j) is not None and self.speaker_ok(doc.mention_at_tok(j)):
                subject = True
            elif w in _EN_PRONOUNS and w != "it":
                subject = True
            elif not (w in ("the", "a", "an") or w.isalpha()):
                return None
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if gap.strip() and not (gap == "-" and subject):
                return None  # punctuation inside: not one subject phrase ("Secretary-General")
            j -= 1
        return None

    def _final_attribution(self, k: int, last: int, t_min: int, sent: Span) -> int | None:
        """For an English speech verb at ``k`` (ending at token ``last``) that closes the
        sentence after a comma and a short subject ("..., the State Department said.",
        "..., India said.", "..., China's Xinhua news agency reported, citing ..."): the
        first token of that subject, else None."""
        doc = self.doc
        text = self.text
        after = text[doc.tokens[last].end : sent.end].strip(" .\n")
        participle = re.match(r",\s+(\w+ing)\b", after)
        if participle is not None and participle.group(1).lower() not in _EN_NOT_PARTICIPLE:
            after = ""  # "..., his spokesman X said, describing it as ...": X's own adjunct
        if (
            after
            and not after.lstrip(" ,").startswith(_EN_CITING)
            and len(after.split()) > 3
            and not _occasion_tail(after)
        ):
            return None
        j = k - 1
        named = self._pair_subject(k, t_min) is not None  # "..., the two sides said."
        while j > t_min and k - j <= 6:
            m = doc.mention_at_tok(j)
            if m is not None and self.speaker_ok(m):
                named = True
            elif not (doc.word(j).isalpha() or doc.word(j) in ("'s", "’s")):
                return None
            gap = text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if _COMMAS & set(gap):
                return j if named and doc.word(j) not in _EN_PRONOUNS else None
            if gap.strip() and gap.strip() not in ("'", "’"):
                return None
            j -= 1
        return None

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
        head_end = _ar_headline_end(self.text) if not self.en else 0
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

    def handle_cue(self, h: Hit[Cue], si: int, sent: Span, a: int, b: int) -> int:
        """Parse one cue; returns the last token it consumed."""
        self._addressed = []
        cue = h.entry
        doc = self.doc
        k = h.first
        after = h.last + 1
        via: str | None = None
        speaker: Ment | None = None
        speaker_key: str | None = None
        conf = cue.prior
        relative = False
        alone = False  # (one of a pair quoted by its own side: no co-subjects)
        pronoun_at: int | None = None
        if not self.en and doc.word(k) == _AR_AND_BAYNA and self._between_pair(k + 1, b):
            return h.last  # "وبين مصر والأردن اتفاق ينص على أن": "between", not "stated"
        if not self.en and self._carrier_at(k):
            return h.last  # "بيان أوردته وكالة X": X relays the statement of the clause
        if (
            not self.en
            and doc.word(k)[-3:] == _ABBARA
            and cue.comp == "prep:" + _AN
            and not any(doc.word(t) == _AN for t in range(after, min(b, after + 16)))
        ):
            return h.last  # "أن تنقل عبر موانئ البلاد ...، على أن": "via", not "expressed"
        if (
            self.en
            and h.cls in ("v", "x")
            and doc.word(k - 1) in _EN_DETERMINERS
            and not doc.word(k).endswith(("ed", "ing"))
        ):
            return h.last  # "considering an appeal to the WTO", "a say in": a noun, not the verb
        if (
            self.en
            and h.cls == "v"
            and doc.word(k - 1) in _EN_NOUN_PREPS
            and doc.word(k).endswith("s")
            and not doc.word(k).endswith("ss")
        ):
            return h.last  # "over reports that", "amid calls for": a plural noun, not the verb
        if (
            self.en
            and h.cls in ("v", "x")
            and h.entry.kind != "noun"
            and _en_owned(doc.word(k - 1))
        ):
            return h.last  # 'called Milei's remarks "rude"', "the envoys' claims": a noun (S10-R2)
        if self.en and k > 0 and self.text[doc.tokens[k - 1].end : doc.tokens[k].start] == "-":
            return h.last  # "a self-described liberal", "the so-called caliphate": an adjective
        if self.en and doc.word(k) == "say" and not self._say_subject(k):
            return h.last  # "the final say on any deal", "declined to say": no statement
        if self.en and cue.comp == "that" and doc.word(k) in _EN_TO_CLAIMS:
            if self._en_to_infinitive(after):
                cue = Cue(cue.kind, "any", cue.prior)  # "who claims to have won the vote"
        if self.en and doc.word(k) in _EN_DENIAL_CUES and (done := self._en_denied_charge(h, si)):
            return done  # "a charge Cotonou denies": the charge is what it denies (S10-R2)
        if (
            self.en
            and doc.word(k) in _EN_WRITER_PARTICIPLES
            and k > a
            and "," in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
            and not any(x.sent == si for x in self.stmts[-3:])
        ):
            return h.last  # "The deal came after X signed ..., underlining the pull": the writer's
        if self.en and doc.word(k) in _EN_COMMIT_CUES and self._en_to_infinitive(after):
            return h.last  # "pledged to respect", "promised not to ...": a commitment (S10-R2)
        if self.en and doc.word(k) == "accused" and doc.word(after) == "of":
            return h.last  # "a Chinese diplomat accused of targeting ...": the one accused
        if (
            self.en
            and doc.word(k) == "said"
            and doc.word(after) == "to"
            and (doc.word(k - 1) in _EN_BE or doc.word(k - 2) in _EN_BE)
        ):
            return h.last  # "the group is (widely) said to have 5,000 fighters": hearsay
        if (
            self.en
            and doc.word(k).startswith("blame")
            and (doc.word(after) == "for" or doc.word(k - 1) in _EN_BE)
        ):
            return h.last  # "the group blamed for the attack", "was blamed": the one blamed
        if self.en and cue.kind == "say" and self._en_passive_cue(k, after):
            return h.last  # "Eritrea was urged to ...", "the envoy was being called home"
        if (
            self.en
            and doc.word(k) == "told"
            and doc.word(k - 1) in ("and", "been", "was", "were", "being", "is", "are", "be")
            and doc.word(after) == "to"
            and doc.mention_at_tok(after + 1) is None
            and doc.word(after + 1).isalpha()
            and doc.word(after + 1) not in ("the", "a", "an", "his", "her", "its", "their")
        ):
            return h.last  # "the envoy was summoned and told to leave": an order he received
        if (
            self.en
            and doc.word(after) in _EN_NOTHING_SAID
            and doc.word(k) in ("said", "says")
            and doc.word(after + 1) in ("about", "on", "publicly", "")
        ):
            return h.last  # "Moscow has said little about the incident": no claim
        if (
            not self.en
            and h.cls == "v"
            and h.pron
            and k > a + 1
            and doc.word(k - 2) in _AR_IT_IS
            and doc.mention_at_tok(k - 1) is None
            and (subj := doc.mention_at_tok(after)) is not None
            and not self._quote_opens_within(subj.t1, 3)  # "وصفتها أنقرة بـ«الانقلاب»"
            and not self._comp_soon(subj.t1 + 1, 3)
        ):
            # "وهي تهمة نفتها باريس بشدة، معتبرة أن": the charge named before was denied;
            # what follows is no content, but the speaker goes on (dropped in the end)
            self.aside_cues.add(doc.tokens[k].start)
        if cue.kind == "relay":
            return self.handle_relay(h, si, sent, a, b)
        if cue.kind == "source":
            return self.handle_source(h, si, sent, a, b)
        if cue.kind == "part" or (self.en and cue.kind == "say" and doc.word(k).endswith("ing")):
            if not self.en and self._background(si, k):
                return h.last  # "وكانت X قد قطعت علاقاتها ...، متهمة إياها": narration
            if not self.en and self._ar_adjective_participle(k, a):
                return h.last  # "فرضت عقوبات مشددة على إيران": an adjective, not speech
            attached = (
                self.en
                and k > a
                and not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start])
            )
            if attached and (with_subj := self._with_subject(k)) is not None:
                # "The US condemned the strikes, with spokesman X saying Iran had ...": X
                self._close_before(doc.tokens[with_subj[1]].start)
                speaker_key = with_subj[0].key
                start = self.content_start(after, b, cue.comp)
                return (
                    self.emit(speaker_key, h, start, si, sent, b, None, conf * 0.9)
                    if (start is not None)
                    else h.last
                )
            if (
                attached
                and self.en
                and doc.word(k - 1) in ("and", "but")
                and any(x.sent == si and doc.word(x.cue_tok).endswith("ing") for x in self.stmts)
            ):
                attached = False  # '..., calling it "far-fetched" and saying it was ...'
            if attached and not self._document_before(k):
                return h.last  # "a resolution calling for", "an amendment ... calling for"
            if si in self._unnamed_relay and not any(
                x.sent == si and x.cue_tok < k for x in self.stmts[-4:]
            ):
                # "نقلت الوكالة عن <a name not linked> قوله إن ...، مضيفاً": his, not
                # the agency's
                return h.last
            speaker_key = self._current_speaker(si, k, a)
            if self.en and (said_by := self._said_pronoun(si, k, a)) is not None:
                # '"...," he said, adding that ...': the pronoun of the cue before
                pronoun_at, speaker_key = said_by, self._pronoun_before(said_by + 1, a)
            conf *= 0.9
            start = self.content_start(after, b, cue.comp)
            if self.en and cue.comp == "quote":
                # "..., calling the crisis a threat to the region", ', calling the strikes
                # "a violation"': the object named and what it is called
                start = self._naming_predication(after, b, start)
        elif cue.kind == "noun":
            if (
                not self.en
                and (holder := self._containing(doc.tokens[k].start)) is not None
                and holder.sent == si
                and not holder.direct
                and holder.start == doc.tokens[k].start
            ):
                # "ووصف X التصريحات الإسرائيلية بأنها «...»": the statements are the
                # object X describes, not a statement of their own
                return h.last
            if (
                self.en
                and after in self._cue_hits
                and self._pick(self._cue_hits[after]).entry.kind != "noun"
                and _COMMAS & set(self.text[doc.tokens[h.last].end : doc.tokens[after].start])
            ):
                return h.last  # "X, whose aides played down the warning, told": an aside
            genitive = self._genitive_speaker(h, b)
            if genitive is not None and self._named_object(genitive.t0):
                return h.last  # 'called China's claims "absurd"': what is named, not a claim
            if genitive is not None:
                # "إعلان ترامب أنه سيأمر", "Putin's warning that": the noun's owner
                speaker, after = genitive, max(after, genitive.t1 + 1)
                conf *= 0.85
            else:
                speaker_key = self._current_speaker(si, k, a)
                conf *= 0.85
            start = self.content_start(after, b, cue.comp)
            if (
                self.en
                and start is not None
                and not start[2]
                and start[1] == after
                and doc.word(after) != "that"
                and doc.word(k - 1) in _EN_ARTICLES
                and doc.mention_at_tok(after) is not None
            ):
                return h.last  # "a claim Moscow has not commented on": a relative clause
            if start is not None and start[2] and self._ar_predicate_quote(after, start[1]):
                return h.last  # "تصريحات X ... تمثل «انحرافا خطيرا»": said of them, not in them
            if (
                not self.en
                and start is not None
                and any(
                    self._cue_hits[j][0].entry.kind == "part"
                    for j in range(after, start[1])
                    if j in self._cue_hits
                )
            ):
                # "ندد بتصريحات X، معتبرا أنها ...": the content is the participle's
                return h.last
        elif self.en:
            if (
                k > a
                and (k - 1) in self._cue_hits
                and not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start])
            ):
                # "denied reports that": "reports" is not a cue here (not "X, whose office
                # denied the report, said": the aside ends before the cue)
                return h.last
            if (
                k > a + 1
                and doc.word(k - 2) in ("which", "who", "that")
                and doc.word(k - 1) in _EN_PRONOUNS
                and doc.word(after) in _EN_FINITE
            ):
                return h.last  # "early notice, which he said had saved lives": an aside
            if self._attributes_quote(k, sent):
                return h.last  # “...,” Peskov told reporters: handled with the quote
            if (
                k > a + 1
                and self._own_naming_aside(k - 2)
                and self._inside_content(doc.tokens[k].start)
            ):
                return h.last  # 'X said ..., which she called "...".': part of what X said
            if doc.word(k - 1) in _EN_MODALS and doc.mention_at_tok(k - 1) is None:
                return h.last  # "Moscow would respond": a future act (not "Theresa May said")
            if doc.word(k - 1) in _EN_NEGATORS or doc.word(after) == "whether":
                return h.last  # "Beijing has not said whether ...": no claim is made
            if self._en_as_aside(k, a, after):
                return h.last  # "The deal, as Egypt said in 2019, was signed": an aside
            if doc.word(k - 1) in _EN_BE and doc.word(h.last + 1) == "by":
                return h.last  # "Sweden was threatened by Russia": not Sweden's statement
            if doc.word(self._en_coord_tok(k, a)) in ("and", "but"):
                sub_a = self._subclause_start(k, a)
                speaker_key = self._current_speaker(si, k, sub_a)
                if speaker_key is not None and (talker := self._en_readout_subject(k)):
                    # "The Kremlin said Putin spoke with X by phone and stressed ...":
                    # the one who spoke says it, as the body relays it
                    speaker_key, via = talker, speaker_key
                if speaker_key is None and self._en_verb_first(k, sub_a):
                    return h.last  # "Regional leaders gave X a week ... and said": not X
                # "..., and said that ...", "a day after Prague expelled ... and accused"
                conf *= 0.85
            speaker = self._en_subject(k, max(a, k - 40)) if speaker_key is None else None
            if (
                speaker is not None
                and self._inside_content(doc.tokens[k].start)
                and self._en_relative_subject(speaker)
            ):
                # 'X said ... a pact that Seoul had threatened to scrap': a relative clause
                # in what X said, not a statement of its own
                return h.last
            if speaker is None and speaker_key is None:
                speaker = self._en_relative_antecedent(k, a)
                relative = speaker is not None
                if relative:
                    conf *= 0.9
            if speaker is None and speaker_key is None and self._statement_subject(k):
                speaker_key = self._issuer(si, k)  # "the statement said"
                conf *= 0.8
            if speaker is None and speaker_key is None:
                inverted = self._inverted_speaker(h, sent, b)
                if inverted is not None:
                    # "..., said Maria Zakharova, the ministry's spokeswoman."
                    return self.emit(
                        inverted.key, h, (sent.start, a, False), si, sent, b, None, conf * 0.9
                    )
            if speaker is None and speaker_key is None and (pair := self._pair_subject(k, a)):
                # "the two sides said they ...", "both stressed": each of the pair
                both_start = self.content_start(after, b, cue.comp)
                if self._final_attribution(k, h.last, a, sent) is not None:
                    # "..., the two countries said." (after the dateline: the pair is
                    # often named in the content itself)
                    dl = _DATELINE.match(self.text, sent.start, doc.tokens[k].start)
                    both_start = (dl.end() if dl else sent.start, a, False)
                return self._emit_pair(pair, h, both_start, si, sent, b, conf)
            if speaker is None and speaker_key is None:
                p = self._pronoun_before(k, a)
                if p is not None:
                    speaker_key = p
                    conf *= 0.85
                    pronoun_at = self._pronoun_tok(k, a)
            t = after
            while t < b and doc.word(t) in _EN_SKIP_AFTER_CUE and not self._quote_opens_before(t):
                if doc.word(t) == "at" and doc.word(t + 1) in ("least", "most"):
                    break  # "said at least 20 people were killed": a figure of the content
                t += 1  # (not past the quotation's first word: 'called "an outright threat"')
            obj = doc.mention_at_tok(t) if t < b else None
            if obj is not None and doc.word(obj.t1 + 1) == "that":
                t = obj.t1 + 1  # "told Putin that ..."
            elif self._hosts(k, t):
                return h.last  # "Kishida welcomed Yoon at his office": a host, not a claim
            start = self.content_start(t, b, cue.comp)
            if (
                start is not None
                and not start[2]
                and start[1] == t > after
                and doc.word(t - 1) in ("the", "a", "an")
            ):
                start = (doc.tokens[t - 1].start, t - 1, False)  # "condemned the attack"
            if cue.comp == "quote" and (
                start is not None or not self._inside_content(doc.tokens[k].start)
            ):
                # (not "denied the reports and called them a fabrication": one statement)
                start = self._naming_predication(after, b, start)
                if (
                    start is None
                    and doc.word(after) in ("a", "an")
                    and (rel := self._object_relative(k, a)) is not None
                    and (actor := self._clause_actor(a, rel))
                ):
                    # "..., which Berlin called a pretext": the predicate is what was said,
                    # of the act of the clause before (its subject and that one's state;
                    # with no known actor there, what it names is unknown: no statement)
                    start = (doc.tokens[after].start, after, False)
                    self._addressed += actor
            if (
                start is not None
                and not start[2]
                and start[1] == after
                and doc.word(after) == "as"
                and (obj_rel := self._object_relative(k, a) or self._reduced_relative(k, a))
            ):
                # "..., a move that Britain described as illegal", "..., a step Dhaka
                # criticised as harmful": said of the act of the clause before, of its actor
                self._addressed += self._clause_actor(a, obj_rel)
        elif (
            h.cls == "v"
            and k > a
            and doc.word(k - 1) in AR_PREP_WORDS
            and not self._masdar_agent(k)
        ):
            return h.last  # "معربا عن شكر العراق لـ...": a verbal noun after a preposition
        elif h.cls == "v" and self._ar_masdar(h, a):
            return h.last  # "بعد إدانته بالتجسس": his conviction, not "he condemned"
        elif (
            h.cls == "v"
            and k > a + 1
            and doc.word(k - 1) in _AR_WHAT
            and (doc.word(k - 2) in _AR_IT_IS)
            and doc.tokens[k].start not in self.aside_cues  # (its speaker named: goes on)
            and not self._described_after(after)
        ):
            return h.last  # "وهو ما نفته الدوحة": what was denied is before, not after
        elif h.cls == "i" and doc.word(k - 1) in _AR_REL_PRON:
            return h.last  # "الجبهة التي تطالب باستقلال الإقليم": a standing aim, not a statement
        elif (
            h.cls == "v"
            and not self.en
            and self._relative_clause_verb(k, a)
            and doc.word(k).endswith((fold("ها"), fold("ه")))
            and doc.mention_at_tok(after) is None  # (not "وصفتها موسكو بأنها")
            and (main := self._sentence_speaker(si)) is not None
        ):
            # "أعلنت X ...، في خطوة وصفتها بأنها": a relative clause on the step, said by
            # the speaker of this sentence, not by the actor named last
            speaker_key = main
            conf *= 0.8
            start = self.content_start(after, b, cue.comp)
            self._close_before(self._clause_start(k - 1))
        elif (
            h.cls == "i"
            and self._relative_clause_verb(k, a)
            and self._ar_aux_before(k, a) is None  # (not "X عاد ليؤكد")
            and not (
                doc.word(k - 1) in _AR_CLAUSE_OPENERS
                and (subj := doc.mention_at_tok(after)) is not None
                and subj.t0 == after
                and self._comp_soon(subj.t1 + 1, 2)
            )  # ("في حين تؤكد طهران أن": "whereas", then a claim; not "تطالب دمشق X بـ")
        ):
            # "قرار يطالب تونس بـ": the subject is the noun before; a document noun
            # speaks for whoever issues it ("تصويت البرلمان الأوروبي على قرار يطالب")
            if doc.word(k - 1) not in _DOCUMENT_NOUNS:
                return h.last
            speaker = self.mention_before(k - 1, max(a, k - 10))
            if speaker is None:
                return h.last
            conf *= 0.8
            start = self.content_start(after, b, cue.comp)
        elif (prev := self._coordinated_prev(k, si, h.prefix)) is not None:
            # "نفى سعيد ...، ووصف التصويت بـ": a second verb of the same speaker
            speaker_key = prev.speaker
            from_tok = after
            if (head := self._relayed_subject(prev, k)) is not None:
                # "أفادت الوزارة بأن الوزير X بحث ...، وشدد على": the masculine verb is
                # the minister's, relayed by the ministry
                speaker_key, via = head.key, prev.speaker
            elif (own := self._own_side(prev, k)) is not None:
                # "أعلنت الخارجية أن الوزير X تلقى اتصالا من نظيره ...، وأكد الجانبان أن":
                # the body relays what its own side of the two said
                speaker_key, via, from_tok = own[0].key, prev.speaker, own[1]
                alone = True
            conf *= 0.85
            start = self.content_start(from_tok, b, cue.comp)
        elif (
            h.cls == "v"
            and self._dual_cue(h)
            and (pair := self._pair_subject(k, a, dual=True)) is not None
            and not pair[2]  # (two states: "روسيا والصين ...، وقالتا" has its subjects)
        ):
            # "التقى X نظيره Y، وأكدا خلاله ضرورة": a dual verb, each of the two speaks
            return self._emit_pair(
                pair, h, self.content_start(after, b, cue.comp), si, sent, b, conf * 0.85
            )
        elif (
            doc.word(after) in _AR_HONORIFIC_PRON
            and not self._svo_subject(k, a)
            and (honoured := self._dignitary(si, k)) is not None
        ):
            # "وأكد سيادته أن", "ووجه سموه الشكر": the dignitary just named
            speaker_key = honoured
            conf *= 0.85
            start = self.content_start(after + 1, b, cue.comp)
        elif (styled := self._styled_title(after)) is not None and (
            (honoured := self._dignitary(si, k, styled)) is not None
        ):
            # "وأعرب سمو الأمير عن": the emir styled "صاحب السمو" named before
            speaker_key = honoured
            conf *= 0.85
            start = self.content_start(after + 2, b, cue.comp)
        elif (pair := self._pair_subject(k, a)) is not None:
            # "وأكد الجانبان أن", "وقال الوزيران إن": each of the pair named before
            t = k + 1
            while doc.word(t) not in _pair_words(False):
                t += 1
            return self._emit_pair(
                pair, h, self.content_start(t + 1, b, cue.comp), si, sent, b, conf
            )
        else:
            speaker, speaker_key, t, via, conf = self._ar_subject(h, si, a, b, conf)
            start = self.content_start(t, b, cue.comp)
        if speaker is not None:
            speaker_key = speaker.key
        if not self.en and start is not None and self._hosts(k, start[1]):
            return h.last  # "ورحب الرئيس بضيفه الرئيس X": a host, not a claim
        if via is None and start is not None and not self.en:
            via = self._carried_by(after, start[1])
        if via is None and start is not None and self.en and start[1] - after > 3:
            via = self._en_carried_by(after, start[1])
        apposed = speaker is not None and (
            self._role_phrase_before(speaker.t0, a)
            or (self.en and self._ranked_role_before(speaker, a))
        )
        if self.en and cue.kind == "say" and not relative and not apposed:
            # "..., the ministry said." / "..., she said.": the clause before is the content
            # (not "A spokesman for the ministry, X, said ...": a title before the name)
            subj_at = (
                speaker.start
                if speaker is not None
                else (doc.tokens[pronoun_at].start if pronoun_at is not None else None)
            )
            tail = (
                self._reporting_tail(subj_at, h, sent, final=speaker is None)
                if subj_at is not None
                else None
            )
            if tail is not None:
                start = tail
                if via is None:
                    via = self._en_trailing_relay(h.last + 1, b)
        if speaker_key is None or start is None:
            if (
                speaker_key is None
                and not self.en
                and h.cls == "v"
                and doc.word(k - 1) not in _AR_REL_PRON  # ("الذي أبداه الوفد": an aside)
                and self._unlinked_subject(after)
            ):
                self._unlinked_said[si] = k  # "فيما وصف Y الخطوة": Y goes on (_current_speaker)
            return h.last
        coordinated = self.en and doc.word(k - 1) in ("and", "but")
        if speaker is None and not coordinated and self._inside_content(doc.tokens[k].start):
            inner = self._content_subject(k) if not self.en else None
            if inner is None:
                return h.last  # a nested cue needs its own named speaker
            speaker, speaker_key = inner, inner.key  # "إن الرئيس تحدث ... وأبلغه بأن"
            conf *= 0.8
        if coordinated and self.en:
            self._close_before(doc.tokens[k - 1].start)
        if self.en and via is None and doc.word(after) == "according" and start[1] > after:
            # "Lavrov said, according to TASS, that ...": TASS relays (see content_start)
            relay = self.first_mention(after + 2, start[1], allow_prep=("to",))
            if relay is not None and relay.key != speaker_key:
                via = relay.key
        if self.en and cue.kind == "say" and self._en_unnamed_parenthetical(h, a, b):
            # "Russia, the statement said, had violated ...": not Russia's words; the
            # statement's issuer, when one was named before, else no speaker we know
            issuer = self._issuer(si, k) if self._statement_subject(k) else None
            if issuer is None:
                return h.last
            speaker_key, start = issuer, (doc.tokens[after].start, after, False)
        if self.en and cue.kind == "say" and (mid := self._en_parenthetical(h, a, b)):
            start = (doc.tokens[mid].start, mid, False)  # "Mexico, he added, would keep ..."
        if self.en and start[2] and self._en_quoted_head(h, start[0]):
            start = (start[0], start[1], False)  # 'pledging "full support" for the war'
        n = len(self.stmts)
        last = self.emit(speaker_key, h, start, si, sent, b, via, conf)
        if self.en and len(self.stmts) > n and self.stmts[-1].via is None:
            # "X said the drills ..., according to a statement carried by KCNA": its relay
            trailing = self._en_trailing_relay(doc.tok_after(self.stmts[-1].end), b, reach=1)
            if trailing is not None and trailing != self.stmts[-1].speaker:
                self.stmts[-1].via = trailing
        if pronoun_at is None and self.en and speaker is None and speaker_key is not None:
            # (resolved again once the quotes are attributed, like "he added")
            clause_pronoun = self._clause_pronoun(k, self._subclause_start(k, a))
            if (
                clause_pronoun is not None
                and self._pronoun_before(clause_pronoun + 1, clause_pronoun) == speaker_key
            ):
                pronoun_at = clause_pronoun
        if pronoun_at is not None and len(self.stmts) > n:
            self.stmts[-1].pronoun = (doc.word(pronoun_at), doc.tokens[pronoun_at].start)
        if len(self.stmts) > n:
            subject = speaker if speaker is not None else self._subject_mention(speaker_key, k)
            if subject is not None and self.stmts[-1].speaker != subject.key:
                subject = None  # "TASS and RIA, citing a Kremlin source, reported": the source
            others = [] if alone else self._co_subjects(subject)
            if others:
                # the co-subjects are speakers, not what "أكدت X وY أن" is about
                joint = {self.stmts[-1].speaker, *(o.key for o in others)}
                self.stmts[-1].addressed = [x for x in self.stmts[-1].addressed if x not in joint]
            for other in others:
                # "Russia and China said", "وأعلنت روسيا والصين ... وقالتا إن": each speaks
                self.stmts.append(replace(self.stmts[-1], speaker=other.key, confidence=conf * 0.9))
        return last

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

    def _hosts(self, k: int, t: int) -> bool:
        """Whether a welcoming cue at ``k`` has for its object, at token ``t``, a person
        ("welcomed President X to the capital", "رحب بالعاهل الأردني الملك X"): hospitality,
        not a statement ("welcomed X's decision", "رحب بإعلان X" are statements)."""
        doc = self.doc
        if not doc.word(k).startswith(_WELCOME_STEMS) or t >= len(doc.tokens):
            return False
        obj = doc.mention_at_tok(t)
        return (
            obj is not None
            and obj.t0 == t
            and obj.etype == EntityType.PERSON
            and not self._possessive(obj)
            and doc.prep_of(obj) in (None, "ب")
        )

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

    def _background(self, si: int, k: int) -> bool:
        """Whether a participle at ``k`` belongs to a pluperfect background sentence ("وكانت
        الدول الأربع قد قطعت ...، متهمة ...") in which nothing was said before it."""
        doc = self.doc
        assert doc.seg is not None
        if any(s.sent == si and s.cue_tok < k for s in self.stmts[-4:]):
            return False
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

    def _subject_mention(self, key: str | None, k: int) -> Ment | None:
        """The latest non-prepositional mention of ``key`` in the 600 characters before
        token ``k`` (the subject a subject-less verb continues)."""
        if key is None:
            return None
        doc = self.doc
        off = doc.tokens[k].start
        for m in reversed(doc.mentions_in(max(0, off - 600), off)):
            if m.key == key and (doc.prep_of(m) is None or self._after_joint_head(m)):
                return m
        return None

    def _co_subjects(self, m: Ment | None) -> list[Ment]:
        """Actors coordinated with the subject mention ``m`` ("روسيا والصين", "Russia and
        China", "Paris, Berlin and London"): same kind (states with states, people with
        people), none governed by a preposition."""
        if m is None or m.adjectival:
            return []
        doc = self.doc
        out: list[Ment] = []
        seen = {m.key}

        def fits(n: Ment | None) -> bool:
            return (
                n is not None
                and n.key not in seen
                and self.speaker_ok(n)
                and not n.adjectival
                and n.etype == m.etype
                and doc.prep_of(n) is None
            )

        # forwards: "روسيا والصين", "Russia and China" (the subject is the first)
        t = m.t1 + 1
        anded = 0  # English: conjuncts up to the last one joined by "and"
        while len(out) < 8:
            if self.en:
                gap = (
                    self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
                    if t < len(doc.tokens)
                    else ""
                )
                j = t + 1 if doc.word(t) == "and" else (t if gap.strip() == "," else -1)
                if j >= 0 and doc.word(j) == "the" and doc.mention_at_tok(j) is None:
                    j += 1  # "Saudi Arabia, the United Arab Emirates, Egypt and Bahrain"
                n = doc.mention_at_tok(j) if j >= 0 else None
                ok = fits(n) and n is not None and n.t0 == j
            else:
                n = doc.mention_at_tok(t)
                ok = (
                    fits(n)
                    and n is not None
                    and n.t0 == t
                    and doc.word(t)[:1] == "و"
                    and n.start == doc.tokens[t].start + 1  # the conjunction, not "وزير"
                )
            if not ok or n is None:
                break
            out.append(n)
            seen.add(n.key)
            if self.en and doc.word(t) == "and":
                anded = len(out)
            t = n.t1 + 1
        if self.en and anded < len(out):
            # "Japan's top spokesman, Chief Cabinet Secretary X, said": an apposition, not a
            # list ("Paris, Berlin and London" ends with "and")
            out = out[:anded]
        if self.en and not out:
            # backwards: "Russia and China said": the verb's subject is the last conjunct
            # ("Egypt, Qatar and the United States said": commas before the "and")
            t = m.t0 - 1
            if doc.word(t) == "the":
                t -= 1
            joined = False
            while len(out) < 8 and t >= 0:  # (the G7 are seven)
                if doc.word(t) == "and" and not joined:
                    j = t - 1
                    joined = True
                elif joined and "," in self.text[doc.tokens[t].end : doc.tokens[t + 1].start]:
                    j = t
                else:
                    break
                n = doc.mention_at_tok(j) if j >= 0 else None
                if n is not None and not fits(n) and self._joint_first(n, seen):
                    out.append(n)  # "the juntas of Mali, Burkina Faso and Niger said"
                    break
                if not fits(n) or n is None or n.t1 != j:
                    break
                out.append(n)
                seen.add(n.key)
                t = n.t0 - 1
                if doc.word(t) == "the":
                    t -= 1
        return out

    def _joint_first(self, n: Ment, seen: set[str]) -> bool:
        """Whether ``n`` is the first state of a list after a collective head and "of"/"in"
        ("the governments of Mali, ..."): it speaks like the others."""
        doc = self.doc
        if n.key in seen or n.adjectival or doc.entity_types.get(n.key) != EntityType.STATE:
            return False
        if doc.prep_of(n) not in _JOINT_PREPS:
            return False
        return self._after_joint_head(n)

    def _after_joint_head(self, m: Ment) -> bool:
        """Whether ``m`` is the first state named after a collective head (see
        :meth:`_joint_subject`)."""
        return any(self._joint_subject(j, m.t0 + 1) is m for j in range(max(0, m.t0 - 5), m.t0))

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
            )
        )
        return h.last

    def _joint_subject(self, t: int, limit: int) -> Ment | None:
        """The first state named after a collective head at token ``t`` ("the military
        juntas of Mali, ...", "المجالس العسكرية الحاكمة في مالي و...", "حكومات مالي و..."),
        the head's adjectives and "of"/"in"/في/ل between: the states speak, each for
        itself (the others are its coordinated subjects).  Else None."""
        doc = self.doc
        w = doc.word(t)
        heads = _joint_heads(self.en)
        if w not in heads and not (not self.en and w[:1] in "وف" and w[1:] in heads):
            return None
        for j in range(t + 1, min(limit, t + 5)):
            m = doc.mention_at_tok(j)
            if m is not None:
                if (
                    m.t0 != j
                    or m.adjectival
                    or doc.entity_types.get(m.key) != EntityType.STATE
                    or doc.prep_of(m) not in _NO_OR_JOINT_PREP
                ):
                    return None
                return m
            w = doc.word(j)
            if self.en and not (w.isalpha() and w.islower()):
                return None  # "juntas of ...", "ruling military councils in ..."
            if not self.en and (_is_comp(w) or j in self._cue_hits or w in _AR_PARTICLES):
                return None
        return None

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

    def _en_relative_antecedent(self, k: int, a: int) -> Ment | None:
        """ "..., Kremlin spokesman Dmitry Peskov, who said that ...": the speaker of a
        verb right after "who" is its antecedent, the nearest person named before the
        comma (a state or body only when it stands right before the comma), not a
        name inside the reported clause."""
        doc = self.doc
        j = k - 1
        while j > a and doc.word(j) in _EN_LINKERS:
            j -= 1
        if j <= a or doc.word(j) not in _EN_REL_PRON:
            return None  # (the antecedent may open the sentence: "Vucic, who has denied")
        if self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip() not in (",", "،"):
            return None
        for t in range(j - 1, max(a, j - 9) - 1, -1):
            m = doc.mention_at_tok(t)
            if m is None:
                if doc.word(t) in _EN_STOP_BEFORE or t in self._cue_hits:
                    return None
                continue
            if self.speaker_ok(m) and not m.adjectival:
                return m if m.etype == EntityType.PERSON or t == j - 1 else None
            if not m.adjectival:
                return None
        return None

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

    def _containing(self, offset: int) -> Stmt | None:
        """The latest statement whose content holds ``offset``, or None."""
        return next((s for s in reversed(self.stmts) if s.start <= offset < s.end), None)

    def _named_after_title(self, first: int, limit: int) -> Ment | None:
        """Arabic: the named person that ends a long title from token ``first`` on (read
        as an unnamed holder, or not read: "المبعوث الأوروبي الخاص لمنطقة الساحل X Y"،
        "زعيمة حزب «الخضر» X Y"): within ten tokens before ``limit``, with no punctuation
        but guillemets and no verb between, a person's name: the title is his, he speaks."""
        doc = self.doc
        for j in range(first, min(limit, first + 10)):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if gap.strip(" «»"):
                return None
            w = doc.word(j)
            if (
                (w in AR_PREP_WORDS and w not in _AR_TITLE_PREPS)
                or self._occasion_at(j, limit) == j
                or (w.startswith("لل") and "ال" + w[2:] in _ar_person_roles())
            ):
                return None  # "خلال اتصال مع نظيره X"، "للرئيس X": not the title's holder
            nxt = doc.mention_at_tok(j)
            if nxt is not None and nxt.t0 == j:
                if nxt.etype == EntityType.PERSON and nxt.kind != "role":
                    return nxt if doc.prep_of(nxt) is None else None
                if nxt.etype == EntityType.PERSON:
                    return None
            if j in self._cue_hits or _is_comp(w):
                return None
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

    def _between_pair(self, t: int, t_end: int) -> bool:
        """Arabic: an actor joined by و to the one before ("مصر والأردن") before any
        complementiser from ``t``: the two of the preposition بين, not a speaker."""
        doc = self.doc
        for j in range(t, min(t_end, t + 10)):
            if _is_comp(doc.word(j)):
                return False
            m = doc.mention_at_tok(j)
            if j > t and m is not None and m.t0 == j and doc.word(j)[:1] == "و":
                return True
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

    def _explicit_unlinked(self, t: int) -> bool:
        """A definite noun right after the verb that is not a linked mention: the
        verb has a subject we could not link."""
        w = self.doc.word(t)
        return (
            w.startswith("ال") and self.doc.mention_at_tok(t) is None and w not in _AR_NOT_SUBJECT
        )

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

    def _en_subject(self, k: int, t_min: int) -> Ment | None:
        """The subject of an English verb: the nearest actor before it, with only
        auxiliaries, adverbs, time words or a title in between."""
        doc = self.doc
        j = k - 1
        while j > t_min + 1 and doc.word(j) in _EN_LINKERS and self.en:
            j -= 1  # "X, a self-described liberal, had called": the aside before "had"
        if self.text[doc.tokens[j].end : doc.tokens[j + 1].start].strip() not in (",", "،"):
            j = k - 1
        gap = 0
        hops = 0
        unlinked_name = False
        while (
            j > t_min
            and hops < 3
            and self.text[doc.tokens[j].end : doc.tokens[j + 1].start].strip() in (",", "،")
        ):
            # "Yassin, speaking on state television, accused": skip the aside; "X, the
            # head of the consular section, who was pushed ..., told": and the one before
            i = j
            while i > t_min and _COMMAS.isdisjoint(
                self.text[doc.tokens[i - 1].end : doc.tokens[i].start]
            ):
                i -= 1
            size, opener = j + 1 - i, doc.word(i)
            named = doc.mention_at_tok(i)
            ranked = named is None and hops == 0 and self._ranked_name(i, j)
            if ranked:
                named = doc.mention_at_tok(j)  # ", Colonel Hossein Mahmoudi, said": a rank
            if (
                hops == 0
                and named is not None
                and ((named.t0, named.t1) == (i, j) or ranked)
                and named.etype == EntityType.PERSON
                and not named.key.startswith("Unnamed:")
                and self.speaker_ok(named)
                and (doc.mention_at_tok(i - 1) is not None or self._role_phrase_before(i, t_min))
            ):
                return named  # "Japan's top spokesman, Chief Cabinet Secretary X, said": X
            if hops == 0 and named is None and self.text[doc.tokens[i].start].isupper():
                unlinked_name = True  # "X's secretary, Abdul Rahim Nasser, told"
            apposed = (
                opener in _EN_REL_ASIDE
                or (hops > 0 and opener in ("the", "a", "an"))
                or (opener.endswith("ing") and len(opener) > 5)  # "speaking at a summit in"
            )
            if not (i > t_min and (size <= 8 or (size <= 30 and apposed))):
                if hops == 0:
                    return None  # "..., said X": a clause-final cue; its subject follows it
                break
            j = i - 1  # "Macron, who hosted Zelenskyy at the Elysee on Monday, said"
            hops += 1
            m = doc.mention_at_tok(j)
            if m is not None and m.etype == EntityType.PERSON and self.speaker_ok(m):
                break
        comma_at: int | None = None
        while j >= t_min and gap <= 6:
            if (
                j + 1 < k
                and (
                    ")" in (between := self.text[doc.tokens[j].end : doc.tokens[j + 1].start])
                    or doc.tokens[j].text.isupper()
                )
                and _DATELINE_DASH.search(between)
            ):
                return None  # "WASHINGTON (Reuters) - The Treasury said": not the outlet
            if (
                self.en
                and comma_at is None
                and j + 1 < k
                and hops == 0
                and "," in self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
            ):
                comma_at = j + 1
            m = doc.mention_at_tok(j)
            if (
                m is not None
                and comma_at is not None
                and any(doc.word(x) in _EN_FINITE for x in range(m.t1 + 1, comma_at))
            ):
                return None  # "Poland will keep it open, Tusk told": the clause before
            if m is not None:
                prep = doc.prep_of(m)
                if (
                    prep in _EN_SUBORDINATORS
                    and (doc.word(k) in _PLAIN_SAYING or doc.word(k + 1) == "that")
                    and all(doc.word(x) in _EN_LINKERS for x in range(m.t1 + 1, k))
                ):
                    # "came a day after Israel said": a clause's subject (not "after Manila
                    # accused X of": the act that led to it)
                    prep = None
                if (
                    self.speaker_ok(m)
                    and prep is None
                    and (not m.adjectival or self._possessive(m))
                ):
                    if unlinked_name and hops > 0 and gap > 0 and self._possessive(m):
                        return None  # the aide named after "X's <title>," speaks, not X
                    if self.en and self._outlet_staff(m, k):
                        return None  # "A Reuters witness said": the witness, not Reuters
                    return m
                if m.adjectival:
                    j = m.t0 - 1
                    gap += 1
                    continue
                posted = self._en_posted_at(m) if m.t1 == k - 1 else None
                if posted is not None:
                    return posted  # "China's embassy in Manila said": the embassy
                return None
            w = doc.word(j)
            if (
                w == "from"
                and (g := doc.mention_at_tok(j - 1)) is not None
                and _plural_group(g.key)
                and doc.prep_of(g) is None
                and self.speaker_ok(g)
            ):
                return g  # "Indian lawmakers from several parties said": the group
            if w in _EN_STOP_BEFORE or j in self._cue_hits:
                return None
            j -= 1
            gap += 1
        return None

    def _en_posted_at(self, m: Ment) -> Ment | None:
        """The office or envoy posted at the place ``m`` names ("the Chinese embassy in
        Manila", "Russia's ambassador to the United Nations", "the U.S. mission in Kabul"):
        the actor right before "in/to/at <m>", which speaks, not the place."""
        doc = self.doc
        if doc.prep_of(m) not in ("in", "to", "at"):
            return None
        j = m.t0 - 1
        while j > 0 and doc.word(j) not in ("in", "to", "at"):
            j -= 1  # past "the" of "to the United Nations"
        host = doc.mention_at_tok(j - 1) if j > 0 else None
        if (
            host is None
            or host.etype not in (EntityType.ORGANIZATION, EntityType.PERSON)
            or host.adjectival
            or doc.prep_of(host) is not None
            or not self.speaker_ok(host)
        ):
            return None
        return host

    def _en_bare_clause(self, k: int, limit: int) -> bool:
        """English: a clause without "that" opens at token ``k``: a subject (an actor, a
        pronoun or a "the" noun phrase of up to three words) and then an auxiliary or modal
        ("insisted the truce was holding", "added Moscow would respond")."""
        doc = self.doc
        w = doc.word(k)
        m = doc.mention_at_tok(k)
        if m is not None and m.t0 == k:
            j = m.t1 + 1
        elif w in ("he", "she", "they", "it", "we"):
            j = k + 1
        elif w == "the":
            j = k + 1
            while j < min(limit, k + 4) and doc.word(j) not in _EN_FINITE:
                if not doc.word(j).isalpha() or j in self._cue_hits:
                    return False
                j += 1
        else:
            return False
        if j >= min(limit, len(doc.tokens)):
            return False
        if self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip():
            return False  # no punctuation inside the clause opening
        return doc.word(j) in _EN_FINITE

    def _en_that(self, k: int, limit: int) -> int | None:
        """A "that" within reach of token ``k`` with no punctuation or verb cue before it
        ("told the court in April that ...")."""
        doc = self.doc
        names: set[int] = set()  # marks of quoted names ('told the daily "Hurriyet" that')
        for j in range(k, min(limit, len(doc.tokens))):
            gap_from = doc.tokens[j - 1].end if j > k else doc.tokens[j].start
            for i in range(gap_from, doc.tokens[j].start):
                q = self._quote_by_open.get(i)
                if q is not None and self._quoted_name(q, j):
                    names |= {q.open, q.close}
            prev = self.text[doc.tokens[j - 1].start : doc.tokens[j - 1].end] if j > k else ""
            abbrev = (len(prev) == 1 and prev.isupper()) or prev in _EN_ABBREVIATIONS
            if j > k and any(
                c in ',;:."“”' and i not in names and not (c == "." and abbrev)
                for i, c in enumerate(
                    self.text[doc.tokens[j - 1].end : doc.tokens[j].start], doc.tokens[j - 1].end
                )
            ):
                return None  # (not the dots of "the U.N. General Assembly", "Dr. X")
            if j > k and j in self._cue_hits:
                return None
            w = doc.word(j)
            if w in _EN_FINITE:
                return None  # "said Beijing would punish firms that ...": a relative "that"
            if w == "that":
                if j > k and doc.word(j + 1) in _EN_FINITE:
                    return None  # "said Xi ran a country that was ...": a relative "that"
                if j > k and self._en_past_verb(j + 1):
                    return None  # "rejecting the result that gave X a third term"
                if j > k and self._en_relative_that(j):
                    return None  # "urged all countries that value democracy to ..."
                if j > k and self._en_gerund_object_that(k, j):
                    return None  # "accused X of seizing land that belongs to Y"
                return j
        return None

    def _en_subject_past_that(self, k: int, limit: int) -> bool:
        """English: a noun phrase from token ``k`` (after "the") and a past verb with its
        own "that" ("said the attack showed that ...", "said the ruling proved that ..."):
        the reported clause starts at the noun phrase, its subject, not after "that"."""
        doc = self.doc
        for j in range(k + 1, min(limit, k + 4)):
            if set(",;:") & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return False
            w = doc.word(j)
            if doc.word(j + 1) == "that" and (w.endswith("ed") or w in _EN_IRREGULAR_PAST):
                return doc.mention_at_tok(j) is None and all(
                    doc.tokens[i].text.isalpha()
                    and doc.tokens[i].text.islower()
                    and doc.word(i) not in _EN_STOP_BEFORE
                    for i in range(k, j)
                )
            if not doc.tokens[j].text.isalpha():
                return False
        return False

    def _en_gerund_object_that(self, k: int, j: int) -> bool:
        """English: the "that" at ``j`` follows the object of "of" + a gerund between ``k``
        and ``j`` ("accused X of occupying land that belongs to Y") and no subject (a
        determiner, pronoun or name) comes after it: a relative pronoun of that object, not
        a complementiser ("accused X of claiming that the vote was rigged" still is)."""
        doc = self.doc
        if not any(
            doc.word(i) == "of" and doc.word(i + 1).endswith("ing") for i in range(k, j - 1)
        ):
            return False
        nxt = doc.word(j + 1)
        if doc.mention_at_tok(j + 1) is not None or nxt in _EN_PRONOUNS:
            return False
        return nxt not in _EN_DETERMINERS and nxt not in ("there", "this", "these", "those")

    def _en_relative_that(self, j: int) -> bool:
        """English: the "that" at ``j`` after a plural noun opens a relative clause: a
        lowercase word that is no determiner, pronoun, name or plural noun follows it, and
        no finite or past verb comes in the two words after that ("countries that value
        democratic institutions", not "reporters that progress had been made")."""
        doc = self.doc
        if not doc.word(j - 1).endswith("s") or doc.mention_at_tok(j - 1) is not None:
            return False
        nxt = doc.word(j + 1)
        if j + 1 >= len(doc.tokens) or doc.mention_at_tok(j + 1) is not None:
            return False
        raw = self.text[doc.tokens[j + 1].start : doc.tokens[j + 1].end]
        if not raw.isalpha() or not raw.islower():
            return False
        if nxt in _EN_DETERMINERS or nxt in _EN_PRONOUNS or nxt in ("there", "this", "these"):
            return False
        if nxt.endswith("s"):
            return False  # "lawmakers that arms deliveries would": a plural noun, a subject
        after = (doc.word(j + 2), doc.word(j + 3))
        return not any(w in _EN_FINITE or w.endswith("ed") for w in after)

    def _en_past_verb(self, j: int) -> bool:
        """Token ``j`` is a past-tense verb with its object or adjunct after it ("gave X",
        "killed the", "approved a"): after "that" it opens a relative clause, as the
        subject of a complement clause would come first."""
        doc = self.doc
        w = doc.word(j)
        if doc.mention_at_tok(j) is not None:
            return False
        if w in _EN_IRREGULAR_PAST:
            return True
        return w.endswith("ed") and len(w) > 4 and doc.word(j + 1) in _EN_OBJECT_OPENERS

    def _inverted_speaker(self, h: Hit[Cue], sent: Span, b: int) -> Ment | None:
        """The speaker named after a clause-final cue: "..., said X" (a comma before the
        cue, the name right after it, then the sentence ends or an apposition)."""
        doc = self.doc
        k = h.first
        if k == 0 or "," not in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]:
            return None
        if doc.tokens[k].start - sent.start < 15:
            return None
        m = self.first_mention(h.last + 1, min(b, h.last + 4))
        if m is None:
            return None
        person = self._apposed_person(m, min(b, m.t1 + 6))  # "said Kremlin spokesman X"
        if person is not None:
            m = person
        elif m.adjectival:
            return None
        tail = self.text[m.end : sent.end].strip(" .")
        return m if not tail or tail.startswith((",", "،", "on ", "in ")) else None

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

    def _naming_predication(
        self, t: int, b: int, start: tuple[int, int, bool] | None
    ) -> tuple[int, int, bool] | None:
        """The content of "called X Y" from the object ``t`` on: when a quotation follows
        the object ('called the visit "a serious provocation"': the object named is part
        of the claim, an indirect span, as the annotation guidelines' gold marks it), or
        when there is no quotation and a second noun phrase names the object ("called the
        visit to the shrine a provocation")."""
        doc = self.doc
        text = self.text
        if t >= b:
            return start
        whole = (doc.tokens[t].start, t, False)
        if start is not None:
            q = self._quote_by_open.get(start[0]) if start[2] else None
            if q is None or q.close < 0 or start[0] <= doc.tokens[t].start:
                return start
            return whole  # (a quotation right after the cue, 'called "a bluff"', stays)
        w = doc.word(t)
        if w not in _EN_CALLED_OPENERS and doc.mention_at_tok(t) is None:
            return None
        for j in range(t + 1, min(b, t + 9)):
            lo = doc.tokens[j - 1].end
            opens = range(lo, doc.tokens[j].start)
            if self.en and j > t + 1 and any(i in self._quote_by_open for i in opens):
                return whole  # 'called the Indian remarks "irresponsible"': object, then quote
            if any(c in text[lo : doc.tokens[j].start] for c in ',;:."“”'):
                return None
            wj = doc.word(j)
            noun = j in self._cue_hits and (
                any(x.entry.kind == "noun" for x in self._cue_hits[j])
                or (j + 1 < b and self._quote_opens_before(j + 1))  # 'the remarks "..."'
            )
            ends = ("that", "for", "on", "after", "before", "by")
            if (j in self._cue_hits and not noun) or wj in ends:
                return None
            if wj in ("a", "an") and doc.word(j + 1) not in _EN_NOT_PREDICATE:
                return whole
        return None

    def _naming_tail_cut(self, s_start: int, s_end: int) -> int:
        """English: the end of the content of 'called X "Y"' from ``s_start``: after its
        last closed quotation when what follows is no part of the predicate ('called the
        visit "a provocation" on Tuesday', '... "looters" during his campaign'); else
        ``s_end`` ('"a provocation" against his country')."""
        text = self.text
        close = -1
        for i in range(s_start, s_end):
            q = self._quote_by_open.get(i) if text[i] in _ALL_MARKS else None
            if q is not None and s_start < q.close < s_end:
                close = q.close
        if close < 0 or not text[close + 1 : s_end].strip(" .,"):
            return s_end
        if _EN_PREDICATE_GOES_ON.match(text, close + 1, s_end):
            return s_end
        return self._trim_end(s_start, close + 1)

    def _reporting_tail(
        self, speaker_start: int, h: Hit[Cue], sent: Span, *, final: bool = False
    ) -> tuple[int, int, bool] | None:
        """ "..., TASS reported." / "..., the ministry said." / "..., she said, the
        deadliest ...": the content is the part of the sentence before the comma that
        precedes the speaker (starting at ``speaker_start``).  ``final``: only when the cue
        ends the sentence (a pronoun subject: "After the talks, he said it went well")."""
        doc = self.doc
        text = self.text
        after = text[doc.tokens[h.last].end : sent.end].strip(" .")
        if after.lstrip(" ,").startswith(_EN_CITING):
            after = ""  # "..., TASS reported, citing the ministry": the source comes later
        if (relay := after.find(", according to ")) >= 0:
            after = after[:relay]  # "..., X told reporters, according to Anadolu": its relay
        if (
            after.startswith(",")
            and after[1:].split()[:1]
            and (after[1:].split()[0].lower() in _EN_AFTERTHOUGHT)
        ):
            after = ""  # "..., the ministry said, the deadliest fighting since 2020"
        if (
            not final
            and (cut := re.search(r",\s+(\w+ing)\b", after)) is not None
            and cut.group(1).lower() not in _EN_NOT_PARTICIPLE
        ):
            # "..., the White House said, averting a trade war": "..., X told state
            # television, adding that": the participle clause is not what was said
            after = after[: cut.start()]
        if after and final:
            return None
        if after and not after.startswith(("on ", "in ", "late ", "early ")):
            occasion = after.startswith(_EN_OCCASION) and " that " not in after
            if len(after.split()) > 4 and not occasion:
                # ("..., X said after talks with Y in Ankara": the occasion, not content)
                return None
        gap = text[sent.start : speaker_start].rstrip()
        s_tok = doc.tok_at(speaker_start)
        named = doc.mention_at_tok(s_tok) if s_tok >= 0 else None
        if named is not None and not gap.endswith((",", "،")):
            for i in range(s_tok - 1, max(-1, s_tok - 4), -1):
                if i > 0 and "," in text[doc.tokens[i - 1].end : doc.tokens[i].start]:
                    if self._ranked_name(i, named.t1):
                        gap = text[sent.start : doc.tokens[i].start].rstrip()  # a rank
                    break
        head, _, det = gap.rpartition(" ")
        if det.lower() in ("the", "his", "her", "its", "their", "a", "an"):
            gap = head.rstrip()  # "..., his spokesman X said", "..., a ministry spokesman said"
        elif det.lower().endswith(("'s", "’s")):
            head2, _, det2 = head.rpartition(" ")
            if det2.lower() == "the":
                gap = head2.rstrip()  # "..., the group's leader X said"
        if not gap.endswith((",", "،")) or len(gap) < 15:
            return None
        words = gap.split()
        if words[0].lower() in _EN_OPENERS and (len(words) <= 8 or words[0] == "According"):
            return None  # "In remarks to reporters, X said Beijing ...": an adverbial opener
        return sent.start, doc.tok_after(sent.start), False

    def _en_demonstrative_that(self, k: int) -> bool:
        """English: "that" at ``k`` is a determiner of a short noun phrase that ends its
        clause ("rejected that insinuation on Friday.", "denied that claim, saying"):
        no verb before the next comma or full stop, and no actor named."""
        doc = self.doc
        text = self.text
        n = len(doc.tokens)
        for t in range(k + 1, min(n, k + 6)):
            tok = doc.tokens[t].text
            w = doc.word(t)
            if (
                doc.mention_at_tok(t) is not None
                or w in _EN_FINITE
                or w in _EN_PRONOUNS
                or w in _EN_DETERMINERS
                or (w.endswith("ed") and t > k + 1)
                or not tok.isalpha()
                or set(text[doc.tokens[t - 1].end : doc.tokens[t].start]) & _ALL_MARKS
            ):
                return False
            gap = text[doc.tokens[t].end : doc.tokens[t + 1].start if t + 1 < n else len(text)]
            if _COMMAS & set(gap) or "." in gap or ";" in gap:
                return True
        return False

    def _en_as_aside(self, k: int, a: int, after: int) -> bool:
        """English: cue ``k`` in an aside "as X said[ in 2019]," set off by commas inside
        a sentence: what X said is the main clause around it, not the predicate after
        the aside."""
        doc = self.doc
        text = self.text
        j = k - 1
        while j > a and k - j <= 6 and doc.word(j) != "as":
            if not (doc.mention_at_tok(j) is not None or doc.word(j) in _EN_DETERMINERS):
                return False
            j -= 1
        if doc.word(j) != "as" or j == k - 1 or j <= a:
            return False  # (not "As Lavrov said on Monday, the West ...": the main clause)
        if not _COMMAS & set(text[doc.tokens[j - 1].end : doc.tokens[j].start]):
            return False
        for t in range(after, min(len(doc.tokens), after + 5)):
            if doc.word(t) == "that":
                return False
            if _COMMAS & set(text[doc.tokens[t - 1].end : doc.tokens[t].start]):
                return True
        return False

    def _outlet_staff(self, m: Ment, k: int) -> bool:
        """English: the outlet ``m`` only modifies the noun of its staff or a witness
        before token ``k`` ("a Reuters witness said", "an AFP correspondent reported")."""
        doc = self.doc
        return _is_outlet(m.key) and any(
            doc.word(j) in _EN_OUTLET_STAFF for j in range(m.t1 + 1, min(k, m.t1 + 3))
        )

    def _en_trailing_relay(self, t: int, t_end: int, reach: int = 8) -> str | None:
        """English: the relay named in ", according to X" (or "according to a statement
        carried by X") within ``reach`` tokens from ``t`` (before ``t_end``) after a
        clause-final cue or a content ("..., Erdogan told reporters, according to
        Anadolu.", "X said ..., according to a statement carried by KCNA")."""
        doc = self.doc
        for j in range(t, min(t_end, t + reach)):
            if doc.word(j) == "according" and doc.word(j + 1) == "to":
                relay = self.first_mention(j + 2, min(t_end, j + 10), allow_prep=("to", "by"))
                return relay.key if relay is not None and _is_outlet(relay.key) else None
        return None

    def _close_before(self, offset: int) -> None:
        """End the statement running over ``offset`` before it (", and urged ...")."""
        for s in self.stmts:
            if s.start < offset < s.end and not s.direct:
                s.end = self._trim_end(s.start, offset)

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

    def _en_passive_cue(self, k: int, after: int) -> bool:
        """English: the cue at token ``k`` is a past participle after a form of "be" (one
        adverb may come between) with no "by" agent after it ("Eritrea was urged to
        withdraw", "the ambassador was being called home", "Reporters were told that ...",
        "the talks were also welcomed"): its subject is the one spoken to or of, and no
        speaker is named.  (Agents, "was condemned by X", are read elsewhere.)"""
        doc = self.doc
        w = doc.word(k)
        if not (w.endswith("ed") or w in _EN_PASSIVE_IRREGULAR):
            return False
        j = k - 1
        if j >= 0 and (doc.word(j) in _EN_PASSIVE_ADVERBS or doc.word(j).endswith("ly")):
            j -= 1
        return j >= 0 and doc.word(j) in _EN_BE and doc.word(after) != "by"

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
        if prev.cue_tok < 0 or not doc.word(prev.cue_tok).endswith("ت"):
            return None
        if doc.word(k).endswith(("ت", "ا", "وا")):
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

    def _own_act_told(self, start: int, k: int, last: int) -> bool:
        """Arabic: whether a content opening at ``start`` with the speaker's own pronoun
        and a verb ("إنه اتصل بنظيره") goes on at ``k`` with a verb telling "him" ("،
        وأبلغه بأن", "، وأكد له أن"): the speaker's own act, still reported."""
        doc = self.doc
        c = doc.tok_after(start)
        own = (fold("انه"), fold("انها"), fold("بانه"), fold("بانها"))
        if not any(doc.word(j) in own and doc.mention_at_tok(j + 1) is None for j in (c - 1, c)):
            return False
        w = doc.word(k)
        return w.endswith(("ه", "ها", "هم")) or doc.word(last + 1) in (fold("له"), fold("لها"))

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
            if len(gap.split()) <= 6 and not any(c in gap for c in ".;:!?\n"):
                return True
        return False

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

    def _role_phrase_before(self, i: int, t_min: int) -> bool:
        """English: a comma before token ``i`` closes a short noun phrase that opens its
        clause with a determiner ("A spokesman for the ministry, Lin Jian, said")."""
        doc = self.doc
        if i < 2 or "," not in self.text[doc.tokens[i - 1].end : doc.tokens[i].start]:
            return False
        x = i - 1
        while x > t_min and i - x <= 8:
            if self.text[doc.tokens[x - 1].end : doc.tokens[x].start].strip():
                break
            x -= 1
        before_x = self.text[doc.tokens[x - 1].end : doc.tokens[x].start] if x > 0 else ""
        opens = (
            x == t_min
            or bool(_COMMAS & set(before_x))
            or (
                x > 0
                and (")" in before_x or doc.tokens[x - 1].text.isupper())
                and bool(_DATELINE_DASH.search(before_x))
            )
        )  # ("CITY, date (Reuters) - A spokesman for X, Y, said": after the dateline)
        if (
            opens
            and (m := doc.mention_at_tok(x)) is not None
            and m.t0 == x
            and self._possessive(m)
            and 0 < i - 1 - m.t1 <= 4
            and (n := doc.mention_at_tok(i)) is not None
            and n.etype == EntityType.PERSON
        ):
            # "Peru's human rights ombudsman, Eliana Revollar, said": an owner's title
            return not any(
                doc.word(j) in _EN_FINITE or doc.word(j).endswith("ed") for j in range(m.t1 + 1, i)
            )
        return (
            opens
            and doc.word(x) in ("a", "an", "the", "its", "his", "her", "their")
            and not any(doc.word(j) in _EN_FINITE | _EN_NEGATORS for j in range(x + 1, i))
        )  # (not "The talks will resume, X said.": a clause, what X said)

    def _ranked_role_before(self, m: Ment, t_min: int) -> bool:
        """English: a rank stands between the comma and the named person ``m``, after a
        title phrase ("A spokesman for the junta, Colonel X Y, said on state television
        that ...": the title is not what was said)."""
        for i in range(max(t_min + 1, m.t0 - 3), m.t0):
            if self._ranked_name(i, m.t1):
                return self._role_phrase_before(i, t_min)
        return False

    def _en_carried_by(self, t: int, t_end: int) -> str | None:
        """English: the outlet in "said in a statement carried by the state news agency WAM
        that ...", "... published by X", "... broadcast by X" between the cue and its
        content, which relays the statement."""
        doc = self.doc
        for j in range(t, t_end - 1):
            if doc.word(j) in ("carried", "published", "broadcast", "aired") and (
                doc.word(j + 1) == "by"
            ):
                m = self.first_mention(j + 2, t_end, allow_prep=("by",))
                ok = m is not None and m.etype != EntityType.STATE and not m.adjectival
                return m.key if ok and m is not None else None
        return None

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

    def _en_denied_charge(self, h: Hit[Cue], si: int) -> int | None:
        """English: a denial verb closing an object relative after a charge ("..., a charge
        Pyongyang rejects", "an allegation which Moscow has denied"): a statement of the
        relative's subject whose content is the charge noun phrase ("a charge").  Returns
        the cue's last token when it made one, else None."""
        doc = self.doc
        k = h.first
        j = k - 1
        while j > 0 and doc.word(j) in _EN_DENIAL_SKIP:
            j -= 1
        m = doc.mention_at_tok(j)
        if m is None or m.t1 != j or m.adjectival or not self.speaker_ok(m):
            return None
        n = m.t0 - 1
        if doc.word(n) in ("which", "that"):
            n -= 1
        if n < 1 or doc.word(n) not in _EN_CHARGE_NOUNS or doc.word(n - 1) not in _EN_OWNERS:
            return None
        start, end = doc.tokens[n - 1].start, doc.tokens[n].end
        if self.text[end : doc.tokens[m.t0].start].strip() not in ("", "which", "that"):
            return None  # (one clause: not "... denied the charges. Iran rejected ...")
        self.stmts.append(
            Stmt(
                m.key,
                doc.tokens[k].start,
                doc.tokens[h.last].end,
                start,
                end,
                False,
                confidence=h.entry.prior * 0.85,
                sent=si,
                cue_tok=k,
            )
        )
        self.remember(m.key)
        return h.last

    def _en_parenthetical(self, h: Hit[Cue], a: int, b: int) -> int | None:
        """English: a cue with its subject set off by commas inside the clause it reports
        ("Turkey, he added, would not approve the bid", "Kyiv, Zelensky said, had no
        choice"): the token where the reported clause goes on (a finite verb), else None."""
        doc = self.doc
        k, after = h.first, h.last + 1
        m = doc.mention_at_tok(k - 1)
        s0 = m.t0 if m is not None and m.t1 == k - 1 else k - 1
        if m is None and doc.word(k - 1) not in _EN_PRONOUNS:
            return None
        if s0 - 1 < a or after >= b or doc.word(after) not in _EN_FINITE:
            return None
        before = self.text[doc.tokens[s0 - 1].end : doc.tokens[s0].start]
        between = self.text[doc.tokens[h.last].end : doc.tokens[after].start]
        return after if before.strip() == "," and between.strip() == "," else None

    def _en_readout_subject(self, k: int) -> str | None:
        """English: the person who opens the reported clause holding the cue at ``k``
        when that clause is a readout of his talks ("The White House said Biden spoke with
        X by phone and urged him to ...", "the Kremlin said Putin met Y and stressed"):
        "and" + cue goes on with him, not with the body that reports the call."""
        doc = self.doc
        if doc.word(k - 1) != "and":
            return None
        holder = self._containing(doc.tokens[k].start)
        if holder is None and self.stmts:
            last = self.stmts[-1]  # (its content may end right before "and")
            if not self.text[last.end : doc.tokens[k - 1].start].strip():
                holder = last
        if holder is None or holder.direct:
            return None
        t0 = doc.tok_after(holder.start)
        m = doc.mention_at_tok(t0)
        if m is None or m.t0 != t0 or m.adjectival or m.key == holder.speaker:
            return None
        if m.etype != EntityType.PERSON or doc.word(m.t1 + 1) not in _EN_READOUT_VERBS:
            return None
        if _COMMAS & set(self.text[holder.start : doc.tokens[k - 1].start]):
            return None
        return m.key

    def _en_unnamed_parenthetical(self, h: Hit[Cue], a: int, b: int) -> bool:
        """English: a cue whose subject is an unnamed noun phrase set off by commas inside
        the clause it reports ("Russia, the statement said, had violated ...", "The
        talks, the ministry added, were useful"): the name before the commas is part of
        the content, not the speaker, and the noun names no actor we know."""
        doc = self.doc
        k, after = h.first, h.last + 1
        if after >= b or doc.word(after) not in _EN_FINITE:
            return False
        if self.text[doc.tokens[h.last].end : doc.tokens[after].start].strip() != ",":
            return False
        for j in range(k - 1, max(a, k - 5), -1):
            if doc.mention_at_tok(j) is not None or not doc.tokens[j].text.isalpha():
                return False
            if self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip() == ",":
                return doc.word(j) in _EN_ARTICLES and j < k - 1
        return False

    def _en_quoted_head(self, h: Hit[Cue], open_at: int) -> bool:
        """English: whether the quotation opening at ``open_at`` right after the cue is a
        short quoted head of a longer object ('pledging "full support" for Russia's war',
        'said "no country" should interfere'): the content is the whole phrase."""
        q = self._quote_by_open.get(open_at)
        if q is None or q.close < 0 or self.text[self.doc.tokens[h.last].end : open_at].strip():
            return False
        inner = self.text[q.start : q.end].rstrip()
        if not inner or len(inner.split()) > 4 or inner[-1] in ".,;:!?":
            return False
        nxt = self.text[q.close + 1 : q.close + 16].split()[:1]
        return bool(nxt) and (nxt[0].lower() in _EN_HEAD_PREPS or nxt[0].lower() in _EN_FINITE)

    def _en_to_infinitive(self, t: int) -> bool:
        """English: a "to" infinitive opens at token ``t`` ("to respect", "not to use",
        "on Monday to ..."), not "to" before a noun phrase ("promised to Kyiv that")."""
        doc = self.doc
        j = t
        while j < t + 4 and doc.word(j) in _EN_COMMIT_SKIP:
            j += 1
        if doc.word(j) != "to" or j + 1 >= len(doc.tokens):
            return False
        nxt = self.text[doc.tokens[j + 1].start : doc.tokens[j + 1].end]
        return nxt.isalpha() and nxt.islower() and nxt not in _EN_DETERMINERS

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

    def _statement_subject(self, k: int) -> bool:
        """ "the statement said": the cue's subject is the document of the latest speaker."""
        doc = self.doc
        return self.en and doc.word(k - 1) in _EN_DOCUMENTS and doc.word(k - 2) in ("the", "its")

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

    def _pronoun_tok(self, k: int, a: int) -> int | None:
        """The subject pronoun right before cue token ``k`` ("he added", "it also said")."""
        doc = self.doc
        t = k - 1
        while t >= a and doc.word(t) in _EN_LINKERS:
            t -= 1
        return t if t >= a and doc.word(t) in _EN_PRONOUNS else None

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

    def _dual_cue(self, h: Hit[Cue]) -> bool:
        """Arabic: the perfect cue verb at ``h`` is dual ("أكدا", "شددتا"): its stem without
        the dual ending is a verb form of ``ar_cues.tsv`` (not "دعا", whose alef is its
        own)."""
        if h.first != h.last:
            return False
        w = self.doc.word(h.first)[len(h.prefix) :]
        lemmas = _ar_verb_lemmas()
        return (w.endswith("ا") and w[:-1] in lemmas) or (w.endswith("تا") and w[:-2] in lemmas)

    def _pair_subject(self, k: int, a: int, *, dual: bool = False) -> tuple[str, str, bool] | None:
        """The two actors a pair subject stands for, and whether they are states: English
        words right before the cue at ``k`` ("the two sides said", "the two men", "both
        stressed"), or Arabic right after it ("وأكد الجانبان", "وقال الوزيران"); else None."""
        doc = self.doc
        pairs = _pair_words(self.en)
        pk: str | None = None
        if self.en:
            words = " ".join(doc.word(j) for j in range(max(a, k - 4), k))
            found = [p for p in pairs if words == p or words.endswith(" " + p)]
            if not found:
                return None
            longest = max(found, key=len)
            if doc.word(k - 1 - len(longest.split())) in _EN_PAIR_PLACES:
                return None  # "critics in both countries say": not the two states
            pk = pairs[longest]  # "both countries" over "both"
        elif dual:
            pk = "pair_any"  # "وأكدا": the verb itself says there are two
        else:
            t = k + 1
            while t < len(doc.tokens) and t < k + 4 and self._skippable(t):
                t += 1
            pk = pairs.get(doc.word(t)) if t < len(doc.tokens) else None
            if pk is None or doc.mention_at_tok(t) is not None:
                return None
        off = doc.tokens[k].start
        if pk in ("pair_person", "pair_any"):
            assert doc.seg is not None
            si = bisect_right([x.start for x in doc.seg.sents], off) - 1
            # ("الجانبان": the two who met, told of in the sentence or two before)
            lo = doc.seg.sents[max(0, si - 2)].start if pk == "pair_any" else max(0, off - 800)
            people: list[str] = []
            for m in reversed(doc.mentions_in(lo, off)):
                if m.etype == EntityType.PERSON and self.speaker_ok(m) and m.key not in people:
                    people.append(m.key)
                    if len(people) == 2:
                        return people[1], people[0], False
            if pk == "pair_person":
                return None
        states = [
            m
            for m in doc.mentions_in(max(0, off - 1500), off)
            if doc.entity_types.get(m.key) == EntityType.STATE
        ]
        for x, y in reversed(list(pairwise(states))):
            if not self.en and doc.prep_of(x) in _AR_TOPIC_PREPS:
                continue  # "بحث المستجدات في السودان واليمن": topics, not the two sides
            if x.key != y.key and self.text[x.end : y.start].strip(" ,") in ("and", "و"):
                return x.key, y.key, True
        return None

    def _after_opener(self, a: int, limit: int) -> int:
        """Arabic: the first token after a sentence-opening adverbial of one to three words
        set off by a comma and naming no actor ("في المقابل،", "من جهته،", "وفي السياق
        نفسه،"), else ``a``."""
        doc = self.doc
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
        if any(s.sent == si and s.cue_tok < k for s in self.stmts):
            return None
        if self._en_clause_subject(k, a) is not None:
            return None
        for j in range(k - 1, a, -1):
            if j in self._cue_hits and self._cue_hits[j][0].entry.kind == "say":
                t = self._pronoun_tok(j, a)
                if t is not None and self.in_quote(self.doc.tokens[t].start) is None:
                    return t
        return None

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
                if not self.en and (outer := self._ended_outer(s, k)) is not None:
                    # "وأضاف الوزير أن الكويت تطالب ...، مشيراً إلى": after both contents
                    # ended, the participle goes on with the minister, not the nested state
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

    def _clause_pronoun(self, k: int, a: int) -> int | None:
        """English: the token ``a`` when a subject pronoun (he, she, it, they) outside
        quotation marks opens the clause that a coordinated verb or participle at ``k``
        continues ("He asked ..., and said"), else None."""
        doc = self.doc
        if not (a < k and _EN_PRONOUNS.get(doc.word(a)) in ("m", "o")):
            return None
        return a if self.in_quote(doc.tokens[a].start) is None else None

    def _en_verb_first(self, k: int, a: int) -> bool:
        """English: whether the clause ``[a, k)`` reaches a past-tense verb with its object
        before any actor ("Regional leaders on Sunday gave the junta in Niger a week ...
        and said"): its subject is no actor we know, and an actor after the verb is its
        object, not the one who goes on to speak."""
        doc = self.doc
        dl = _DATELINE.match(self.text, doc.tokens[a].start) if a < k else None
        if dl is not None:
            a = max(a, doc.tok_after(dl.end()))  # "ABUJA (AFP) -": no subject
        for t in range(a, k):
            m = doc.mention_at_tok(t)
            if m is not None and not (m.adjectival and not self._possessive(m)):
                return False  # (a nationality word, "West African leaders", is no subject)
            if t in self._cue_hits:
                return False
            w = doc.word(t)
            past = self._en_past_verb(t) or (
                t > a
                and w.endswith("ed")
                and len(w) > 4
                and doc.word(t - 1) not in _EN_DETERMINERS
                and doc.mention_at_tok(t + 1) is not None  # "handed Sudan's army chief"
            )
            if m is None and past:
                if any(doc.word(x) in _EN_SUBORDINATORS for x in range(t + 1, k)):
                    return False  # "The dispute began early Sunday when X refused ...": X
                return self.in_quote(doc.tokens[t].start) is None
        return False

    def _ended_outer(self, s: Stmt, k: int) -> Stmt | None:
        """The statement of the same sentence whose content holds the cue of ``s`` (a
        nested statement), when that content ended before token ``k`` and the participle
        at ``k`` agrees in gender with its speaker rather than with the nested one (masculine
        for a person, feminine for a body or state); else None."""
        doc = self.doc
        off = doc.tokens[k].start
        outer = next(
            (
                o
                for o in reversed(self.stmts)
                if o is not s
                and o.sent == s.sent
                and o.start <= s.cue_start < o.end
                and o.end <= off
                and o.speaker != s.speaker
            ),
            None,
        )
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

    def _en_relative_subject(self, m: Ment) -> bool:
        """English: the subject ``m`` opens a relative clause on a noun ("a declaration in
        which Tokyo expressed", "the pact with Japan that Seoul had threatened to scrap")."""
        doc = self.doc
        j = m.t0 - 1
        if doc.word(j) == "the":
            j -= 1
        w = doc.word(j)
        if w in ("which", "whom"):
            return True
        if w != "that" or j < 1 or j - 1 in self._cue_hits:
            return False
        before = doc.mention_at_tok(j - 1)
        return (before is not None and before.t1 == j - 1) or doc.word(j - 1) in _EN_THING_NOUNS

    def _said_cue(self, st: Stmt) -> bool:
        """The statement's cue is a plain verb of saying ("said", "told", "قال")."""
        w = self.text[st.cue_start : st.cue_end].lower()
        return w.split()[0] in _PLAIN_SAYING if w.split() else False

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

    def _relative_cue(self, c: int) -> bool:
        """Arabic: the cue at token ``c`` opens a relative clause on a thing said or done
        ("تصريحات Y التي أعرب فيها"), not on the speaker ("لابيد، الذي وصفه")."""
        w = self.doc.word(c - 1)
        return (w in _AR_REL_PRON or (w[:1] == "و" and w[1:] in _AR_REL_PRON)) and (
            self.doc.word(c + 1) in _AR_RESUMPTIVE
        )

    def _en_clause_subject(self, k: int, a: int) -> Ment | None:
        """The subject of the main clause a participle or coordinated verb at token
        ``k`` continues ("NATO's spokeswoman Oana Lungescu called Russia's rhetoric
        reckless, adding that ..."): the first actor of the sentence that no
        preposition governs, or the person a title puts right after it ("NATO
        spokesperson X", "Iran's foreign minister X")."""
        doc = self.doc
        t = a
        if doc.word(a) in _EN_STOP_BEFORE:
            # "In Moscow, President X greeted ... and told": skip the opening adverbial
            for j in range(a + 1, min(k, a + 7)):
                if "," in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]:
                    t = j
                    break
        while t < k:
            m = doc.mention_at_tok(t)
            if m is None:
                if doc.word(t) in _EN_SUBORDINATORS and t + 1 < k and t + 1 in self._subj_toks(t):
                    # "The dispute began when President X refused ..., saying": no actor in
                    # the main clause; the subclause's subject speaks
                    t += 1
                    continue
                if doc.word(t) in _EN_STOP_BEFORE or t in self._cue_hits:
                    if self.in_quote(doc.tokens[t].start) is None:
                        return None
                t += 1
                continue
            if (
                not self.speaker_ok(m)
                or (
                    doc.prep_of(m) is not None
                    and not (m.t0 > a - 1 and doc.word(m.t0 - 1) in _EN_SUBORDINATORS)
                )  # ("after Prague expelled ...": a clause's subject, see _subclause_start)
                or self.in_quote(m.start) is not None  # '"Peru is ready," Boluarte said, adding'
            ):
                t = m.t1 + 1
                continue
            if m.adjectival or self._possessive(m) or m.etype != EntityType.PERSON:
                nxt = next(
                    (
                        doc.mention_at_tok(j)
                        for j in range(m.t1 + 1, min(k, m.t1 + 5))
                        if doc.mention_at_tok(j) is not None
                    ),
                    None,
                )
                if (
                    nxt is not None
                    and nxt.etype == EntityType.PERSON
                    and self.speaker_ok(nxt)
                    and self._title_gap(m.t1 + 1, nxt.t0)
                ):
                    return nxt
                if m.adjectival and not self._possessive(m):
                    t = m.t1 + 1
                    continue
            return m
        return None

    def _subj_toks(self, j: int) -> set[int]:
        """English: ``{j + 1}`` when an actor mention opens within two tokens after the
        subordinator at ``j`` ("when Colombian President X"), else the empty set."""
        doc = self.doc
        for t in (j + 1, j + 2):
            m = doc.mention_at_tok(t)
            if m is not None and self.speaker_ok(m) and m.t0 <= j + 2:
                return {j + 1}
        return set()

    def _en_coord_tok(self, k: int, a: int) -> int:
        """English: the token before cue ``k`` past auxiliaries and -ly adverbs ("and has
        repeatedly described": the "and"), at most three words back."""
        doc = self.doc
        j = k - 1
        while j > a and k - j <= 3:
            w = doc.word(j)
            if not (w in _EN_COORD_AUX or (w.endswith("ly") and doc.tokens[j].text.islower())):
                break
            j -= 1
        return j

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

    def _title_gap(self, t0: int, t1: int) -> bool:
        """Whether English tokens ``[t0, t1)`` between an actor and a person can be a title
        ("NATO spokesperson X") rather than a verb and its object ("Prague expelled 18
        Russian diplomats", "Iran summoned the Swiss envoy")."""
        for j in range(t0, t1):
            w = self.doc.word(j)
            if w in ("the", "a", "an") or not w.replace("'", "").replace("’", "").isalpha():
                if w not in ("'s", "’s"):
                    return False
            if w.endswith("ed") and not self.doc.tokens[j].text[:1].isupper():
                return False
        return True

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
        it ("بحسب بيان لمكتبه"، "وفقا لبيان لوزارته"): someone's statement, not the one
        just quoted."""
        doc = self.doc
        if self.en:
            return False
        w = doc.word(t)
        if w not in _AR_ISSUED_INDEF and not (w[:1] == "ل" and w[1:] in _AR_ISSUED_INDEF):
            return False
        owner = doc.word(t + 1)
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
        head_end = max(doc.title_end, _ar_headline_end(self.text) if not self.en else 0)
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
                if m is None and speaker_key is None:
                    # "..., said Peskov." / «...»، قال بوتين: the name after the verb,
                    # in the same sentence
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


_EN_ARTICLES = word_set("quotes.en_articles")
_EN_REBUTTAL_CUES = word_set("quotes.en_rebuttal_cues")
"""Cue verbs that reject what someone claimed ("denied the charge")."""
_EN_CLAIM_NOUNS = word_set("quotes.en_claim_nouns")
_EN_NAMING_CUES = word_set("quotes.en_naming_cues")
"""Cues that name what their object is ("called it a pretext"): "a pretext" is a claim."""
"""Nouns naming a claim: rejected by a rebuttal cue, they are the statement's content."""
_AR_WELCOME_STEMS = tuple(sorted(word_set("quotes.ar_welcome_stems")))


def _bare_reference(doc: Doc, st: Stmt) -> bool:
    """Whether a reported statement's content is only a bare noun phrase or pronoun
    that points back at an event narrated elsewhere ("condemned the raid", "أدان
    الهجمات", "وإدانته لها"): one word, after an article or demonstrative in English.
    It names what was reacted to, not a claim; quoted words always count."""
    if st.direct:
        return False
    words = doc.text[st.start : st.end].split()
    if words and doc.lang != "ar" and words[0].lower() in _EN_ARTICLES:
        words = words[1:]
    if _rebutted_claim(doc, st):
        return False  # "Iran denied the allegation": rejecting a claim is a stance on it
    if (
        doc.lang != "ar"
        and len(words) == 1
        and doc.text[st.cue_start : st.cue_end].lower() in _EN_NAMING_CUES
        and doc.text[st.start : st.start + 2].lower() in ("a ", "an")
    ):
        return False  # "..., which Berlin called a pretext": a predicate, not a reference
    if len(words) == 1 and doc.lang == "ar" and _ar_deal_word(fold(words[0])) == (True, True):
        cue = fold(doc.text[st.cue_start : st.cue_end].split()[0]).lstrip("وف")
        if cue.startswith(_AR_WELCOME_STEMS):
            # "ورحب X بالاتفاق": a welcome of the agreement is a stance on it and its
            # parties (of "بالخطوة", "بالرسالة": a bare reference to what was told)
            return False
    return len(words) <= 1


_EN_TAIL_PREPS = word_set("quotes.en_tail_preps")
"""Prepositions that open an occasion tail after a clause-final cue: :func:`_occasion_tail`."""
_EN_TAIL_STOPS = word_set("quotes.en_tail_stops")
"""Words that end such a tail (a clause goes on): :func:`_occasion_tail`."""


def _occasion_tail(after: str) -> bool:
    """English: whether the words after a clause-final cue only say where or how it was
    said ("..., the two countries said in a joint statement."): no clause of their own."""
    words = after.lower().split()
    return (
        0 < len(words) <= 8
        and words[0] in _EN_TAIL_PREPS
        and not any(c in after for c in ',;:"“”')
        and not _EN_TAIL_STOPS.intersection(words)
    )


def _rebutted_claim(doc: Doc, st: Stmt) -> bool:
    """English: whether a statement only rejects a claim named by a bare noun ("Iran
    denied the allegation", "rejected the criticism"): a stance on what another said."""
    if st.direct or doc.lang == "ar" or st.cue_end <= st.cue_start:
        return False
    words = doc.text[st.start : st.end].lower().split()
    if words and words[0] in _EN_ARTICLES:
        words = words[1:]
    cue = doc.text[st.cue_start : st.cue_end].split()
    return (
        len(words) == 1
        and words[0].strip(".,;") in _EN_CLAIM_NOUNS
        and bool(cue)
        and cue[0].lower() in _EN_REBUTTAL_CUES
    )


def _ar_headline_end(text: str) -> int:
    """Arabic: where a headline that opens the text ends (its first line, short, with no
    final full stop or colon, and a blank line after it: "مصر تدين ... وتعتبره «انتهاكاً»"),
    else 0.  A headline sums up the story in the writer's words: it holds no statement."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    nl = stripped.find("\n")
    if nl < 0 or nl > 200 or not stripped[nl:].startswith(("\n\n", "\n \n", "\n\r\n")):
        return 0
    line = stripped[:nl].rstrip()
    if not line or line.endswith((".", ":", "،", ",")):
        return 0
    return lead + nl


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


_EN_ASIDE_JOINS = word_set("quotes.en_aside_joins")
"""Words right before a mid-sentence "according to X," that open a clause of its own
("..., where, according to X, ...", "..., and according to X, ...")."""
_EN_BACKGROUND_PREPS = word_set("quotes.en_background_preps")
"""Words before "X's announcement" that make it the object of another act or
statement ("made possible by Seoul's announcement that", "pointed to Britain's
announcement that"): a reference to an earlier statement, not one reported here (not
words of time: "markets fell after Putin's warning that" reports the warning)."""


def _en_background_noun_cue(doc: Doc, st: Stmt) -> bool:
    """English: a statement noun owned by its speaker inside a prepositional phrase ("...
    was made possible by Tokyo's announcement last month that it would ...", "he cited
    Ankara's pledge that"): the writer or another speaker refers to an earlier statement as
    the background of this one, not a claim reported here (the gold sets mark none)."""
    if doc.lang == "ar" or st.direct or st.cue_end <= st.cue_start:
        return False
    cue = doc.text[st.cue_start : st.cue_end].lower()
    if cue.rstrip("s") not in _EN_NOUN_CUES:
        return False
    before = doc.text[max(0, st.cue_start - 80) : st.cue_start]
    words = re.split(r"[.!?;:,\n]\s", before)[-1].split()  # (within the clause)
    if not words or not words[-1].endswith(("'s", "’s", "s'")):
        return False
    j = len(words) - 2  # the owner may run back over capitalised words and "the"
    while j >= 0 and j > len(words) - 6 and (words[j][:1].isupper() or words[j] == "the"):
        j -= 1
    return j >= 0 and words[j].lower() in _EN_BACKGROUND_PREPS


def _ar_according_relayed(doc: Doc, stmts: list[Stmt]) -> list[Stmt]:
    """Arabic: ``stmts`` without an "according to" statement whose content is only another
    speaker's statement ("وبحسب بيان للرئاسة، فإن الرئيس X أكد أن ..."): the named speaker
    speaks, relayed by the source (``via``, set when nesting), one statement, not two on
    one span."""
    drop: set[int] = set()
    for st in stmts:
        if st.reported_in is None or st.reported_in in drop:
            continue
        outer = stmts[st.reported_in]
        words = doc.text[outer.cue_start : outer.cue_end].split()
        if not words or fold(words[0]).lstrip("وف") not in _AR_ACCORDING:
            continue
        lead = doc.text[outer.start : st.cue_start]
        if (
            st.end < outer.end - 2
            or _COMMAS & set(lead)
            or len(lead.split()) > 8
            or not any(
                m.key == st.speaker and outer.start <= m.start < st.cue_start
                for m in doc.mentions_in(outer.start, st.cue_start)
            )
        ):
            continue
        drop.add(st.reported_in)
    return [st for i, st in enumerate(stmts) if i not in drop]


def _en_own_state_relayed(doc: Doc, stmts: list[Stmt]) -> list[Stmt]:
    """English: ``stmts`` without the inner statements of a spokesman's own State ("State
    Department spokesman X said the United States had urged Y to ...", "Kremlin
    spokesman X said Russia condemned ...", '"Turkey has urged Sweden to ...," its
    spokesman said'): the official speaks for the State, one
    statement, not a second one by the State relayed by him (a person he relays, as in
    "Peskov said Putin warned", stays).  A predicate coordinated right after the outer
    content (", and urged Z to ...") read with the State as its subject goes to the
    official too."""
    states, types = doc.entity_states, doc.entity_types
    dropped: dict[tuple[int, str], Stmt] = {}  # (sentence, State) -> the outer statement
    kept: list[Stmt] = []
    for st in stmts:
        outer = stmts[st.reported_in] if st.reported_in is not None else None
        if (
            outer is not None
            and types.get(st.speaker) == EntityType.STATE
            and types.get(outer.speaker) != EntityType.STATE
            and states.get(outer.speaker) == st.speaker
        ):
            dropped[(outer.sent, st.speaker)] = outer
            continue
        kept.append(st)
    for st in kept:
        outer = dropped.get((st.sent, st.speaker))
        if (
            outer is not None
            and st.reported_in is None
            and outer.end <= st.cue_start <= outer.end + 8
            and doc.text[outer.end : st.cue_start].strip(" ,") == "and"
        ):
            st.speaker, st.via = outer.speaker, outer.via
    return kept


def _en_bare_thanks(doc: Doc, st: Stmt) -> bool:
    """English: a thanking verb with only whom it thanks ("Biden thanked Qatar and Egypt",
    "He thanked the mediators, saying ..."): a courtesy that names no claim.  Thanks "for"
    something ("thanked Kenya for its leadership"), a clause or quoted words stay."""
    if doc.lang == "ar" or st.direct or st.cue_end <= st.cue_start:
        return False
    if not doc.text[st.cue_start : st.cue_end].lower().startswith("thank"):
        return False
    content = doc.text[st.start : st.end]
    words = [w.strip(",.;:").lower() for w in content.split()]
    return not (
        "for" in words
        or "that" in words[:1]
        or _ALL_MARKS.intersection(_EN_POSSESSIVE.sub("", content))
    )


_AR_THANKS_STEMS = tuple(sorted(word_set("quotes.ar_thanks_stems")))


def _thanks_only(doc: Doc, st: Stmt) -> bool:
    """An Arabic thanking verb with its object ("شكر X الحكومة الكويتية على استضافة
    المحادثات"): an act of courtesy that names whom and what for, not a claim.  It is
    kept while statements are found (a following "وقال إن" is the same speaker's) and
    dropped here, with the words it quotes ("على «وضوح موقفها»"); a complementiser or a
    quotation after a colon still makes a claim."""
    if doc.lang != "ar" or st.cue_end <= st.cue_start:
        return False
    cue = fold(doc.text[st.cue_start : st.cue_end].split()[0])
    if not cue.lstrip("وف").startswith(_AR_THANKS_STEMS):
        return False
    if st.direct:
        return ":" not in doc.text[st.cue_end : st.start]
    content = doc.text[st.start : st.end]
    return not (content.split() and _is_comp(fold(content.split()[0])))


_AR_CONDEMN_STEMS = tuple(sorted(word_set("quotes.ar_condemn_stems")))
_AR_MANNER = word_set("quotes.ar_manner")
_AR_CONDEMN_TURNS = tuple(sorted(word_set("quotes.ar_condemn_turns")))
"""Stems that turn a condemned object into a claim: "بوصفها انتهاكا", "ما وصفته بـ",
"معتبرا إياه" (the evaluation the gold sets mark as the condemner's statement)."""


def _condemned_object(doc: Doc, st: Stmt) -> bool:
    """An Arabic condemning or criticising verb with a plain object ("أدانت X الهجوم على
    ...", "انتقد X تصريحات Y"): it names what was condemned, an act the relations keep,
    not a claim; the claim, if any, follows in "، مؤكدة أن".  Quoted words inside the
    object ("الاعتداء «السافر»", "بـ«أشد العبارات» إقدام ...") do not make it one; a
    quotation that is the object ("بشدة «التصعيد الخطير»") or a clause does."""
    if doc.lang != "ar" or st.direct or st.cue_end <= st.cue_start:
        return False
    cue = fold(doc.text[st.cue_start : st.cue_end].split()[0])
    if not cue.lstrip("وف").startswith(_AR_CONDEMN_STEMS):
        return False
    words = doc.text[st.start : st.end].split()
    if words and _is_comp(fold(words[0])):
        return False
    while words and fold(words[0]) in _AR_MANNER:
        words = words[1:]  # "دان X بشدة «التصعيد الخطير»": the quotation is the object
    for w in map(fold, words):
        if w.startswith(_AR_CONDEMN_TURNS) or (
            w[:1] == "و" and w[1:].startswith(_AR_CONDEMN_TURNS)
        ):
            return False  # "أدانت X الغارة بوصفها انتهاكا ...", "ما وصفته بالعدوان"
    return not (words and words[0][:1] in _ALL_MARKS)


_EN_OBJECT_ACT_CUES = word_set("quotes.en_object_act_cues")
_EN_DEMAND_CUES = word_set("quotes.en_demand_cues")


def _en_demand_cue(doc: Doc, st: Stmt) -> bool:
    """Whether the cue of ``st`` is an English demanding verb (``quotes.en_demand_cues``)."""
    cue = doc.text[st.cue_start : st.cue_end].split()
    return doc.lang != "ar" and bool(cue) and cue[-1].lower() in _EN_DEMAND_CUES


_EN_NAMING_TURNS = word_set("quotes.en_naming_turns")
_EN_CLAIM_TURNS = word_set("quotes.en_claim_turns") | _EN_NAMING_TURNS
"""Words in the object of a condemning or demanding verb that make it a claim: a
predicate ("as reckless"), a reason, a clause, "what it called", ", calling it ..."."""
_EN_POSSESSIVE = re.compile(r"(?<=\w)['’](?=s\b|\w)")  # "Kyiv's": no quotation mark


def _en_object_act(doc: Doc, st: Stmt) -> bool:
    """English: a denouncing or demanding verb (``quotes.en_object_act_cues``) with a plain
    noun-phrase object ("Ankara denounced the bombing of the convoy", "the ministry
    demanded an urgent inquiry"): the act the relations keep, not a claim (as the Arabic
    "أدانت X الهجوم").  A predicate ("as reckless"), a reason ("for ..."), a clause, a
    question word or any quoted word inside keeps it a statement.  ("condemned the X" stays
    a statement: tests/test_quotes_s4b.py keeps that convention.)"""
    if doc.lang == "ar" or st.direct or st.cue_end <= st.cue_start:
        return False
    cue = doc.text[st.cue_start : st.cue_end].split()
    if not cue or cue[-1].lower() not in _EN_OBJECT_ACT_CUES:
        return False
    content = doc.text[st.start : st.end]
    if _ALL_MARKS.intersection(_EN_POSSESSIVE.sub("", doc.text[st.cue_end : st.end])):
        return False
    words = [w.strip(",.;:").lower() for w in doc.text[st.cue_end : st.end].split()]
    return bool(content.split()) and not _EN_CLAIM_TURNS.intersection(words)


_EN_MEDIA_NOUNS = word_set("quotes.en_media_nouns")
_EN_REPORT_CUES = word_set("quotes.en_report_cues")


def _en_media_report(doc: Doc, st: Stmt) -> bool:
    """English: unnamed media reporting an event in their own voice ("Syria closed the
    crossing on Monday, state television reported", "state media reported that ..."):
    news, not the statement of an actor.  What they relay from a source ("..., citing a
    Kremlin source, reported") has that source as its speaker and is kept; a named agency
    ("..., TASS reported") is still read as speaking (tests/test_quotes.py)."""
    if doc.lang == "ar" or st.direct or st.via is not None or st.cue_end <= st.cue_start:
        return False
    cue = doc.text[st.cue_start : st.cue_end].split()
    if not cue or cue[-1].lower() not in _EN_REPORT_CUES or _is_outlet(st.speaker):
        return False
    before = doc.text[max(0, st.cue_start - 40) : st.cue_start].split()
    return bool(before) and before[-1].strip(",").lower() in _EN_MEDIA_NOUNS


_EN_KEEP = word_set("quotes.en_keep")
_EN_RELAYED_SAY = word_set("quotes.en_relayed_say")
_EN_NAME_HEADS = word_set("quotes.en_name_heads") | frozenset(
    r["word"].lower() for r in read_tsv("institutions.tsv") if r["lang"] == "en"
)
_EN_BODY_TAIL = re.compile(
    r"(?:-(?:run|led|backed|controlled|owned|based|allied|affiliated)((?: [a-z]+){1,3})"
    r"|((?: (?:[A-Z][\w&.]*|of|and|for))+))"
)


_EN_OWNED_NAME = re.compile(r"(?:'s|’s) [A-Z][\w.-]*(?: [A-Z][\w.-]*)*")


def _en_misread(doc: Doc, st: Stmt) -> bool:
    """English statements a wrong reading made (none is a claim of its speaker):
    * content that opens with a saying verb ("According to a statement from his office,
      X said ..." read as "according to X"): the span is another statement's;
    * a knowing participle after "keep" ("had kept US officials informed about ..."):
      the object of "keep" is told, not telling;
    * a speaker named only as the first word of a longer body's name ("according to
      the Pakistan Bureau of Statistics", "Tokyo Electric Power Company said", "the
      Hamas-run health ministry"), or before a name of its own we did not link
      ("North Korea's Kim Yo-jong, ..., was quoted"): that body or person speaks."""
    if doc.lang == "ar" or st.cue_end <= st.cue_start:
        return False
    text = doc.text
    if not st.direct:
        first = text[st.start : st.end].split()[:1]
        if first and first[0] in _EN_RELAYED_SAY:
            return True
    cue = text[st.cue_start : st.cue_end]
    if cue.endswith("ed") and any(
        w.lower() in _EN_KEEP for w in text[max(0, st.cue_start - 60) : st.cue_start].split()[-5:]
    ):
        return True
    if st.pronoun is not None:
        return False
    near: Ment | None = None
    for m in doc.mentions:
        if m.key != st.speaker or m.adjectival or st.start <= m.start < st.end:
            continue  # (a name inside the content is not the one who speaks)
        if st.cue_end <= m.start <= st.cue_end + 12 or 0 <= st.cue_start - m.end <= 80:
            if near is None or abs(m.start - st.cue_start) < abs(near.start - st.cue_start):
                near = m
    if near is None:
        return False
    owned = _EN_OWNED_NAME.match(text, near.end, min(len(text), near.end + 60))
    if owned is not None and not any(
        m.start < owned.end() and near.end < m.end for m in doc.mentions if m is not near
    ):
        return True  # "North Korea's Kim Yo-jong, ..., was quoted": the one we could not link
    tail = _EN_BODY_TAIL.match(text, near.end, min(len(text), near.end + 80))
    if tail is None:
        return False
    words = (tail.group(1) or tail.group(2) or "").split()[:6]
    if any(m.start < tail.end() and near.end < m.end for m in doc.mentions if m is not near):
        return False  # the words after it are another actor's name
    return any(w.rstrip(".").lower() in _EN_NAME_HEADS for w in words)


def _keep(stmts: list[Stmt], kept: list[Stmt]) -> list[Stmt]:
    """``kept`` (a sub-list of ``stmts``), with ``reported_in`` re-indexed."""
    if len(kept) != len(stmts):
        index = {id(st): i for i, st in enumerate(kept)}
        old = {i: id(st) for i, st in enumerate(stmts)}
        for st in kept:
            if st.reported_in is not None:
                st.reported_in = index.get(old.get(st.reported_in, -1))
    return kept


_AR_DEAL_NOUNS = word_set("quotes.ar_deal_nouns")


def _ar_deal_word(w: str) -> tuple[bool, bool]:
    """Arabic: whether ``w`` is an agreement noun ("اتفاق", "بالاتفاق", "المذكرة",
    "اتفاقهما"), and whether it is definite."""
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    definite = False
    if w.startswith("لل") and len(w) > 4:
        w, definite = w[2:], True
    elif w[:1] in ("ب", "ل") and w[1:3] == "ال":
        w, definite = w[3:], True
    elif w.startswith("ال"):
        w, definite = w[2:], True
    if w in _AR_DEAL_NOUNS or (w[-1:] == "ا" and w[:-1] in _AR_DEAL_NOUNS):
        return True, definite  # (and the accusative "اتفاقا")
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and (stem := w[: -len(suf)]):
            stem = stem[:-1] + "ة" if stem[-1] == "ت" else stem
            if stem in _AR_DEAL_NOUNS:
                return True, True  # "اتفاقهما": theirs
    return False, False


@lru_cache(maxsize=4096)
def _is_outlet(key: str) -> bool:
    """Whether an entity key is a news outlet of the gazetteer (agencies, newspapers)."""
    entry = Gazetteer.load().entries.get(key)
    return entry is not None and entry.subtype == "agency"
