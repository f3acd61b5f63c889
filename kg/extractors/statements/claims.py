"""Which statements the finder found are claims: the tests ``quotes.find_statements`` runs on
them, and the word lists only those tests read.

A bare reference to an event ("condemned the raid"), a thanks, a report of unnamed media, a
misreading, a background noun cue and the object of a condemning verb are no claims (the
relations still read the condemnations, see ``quotes._keep_acts_for_relations``); an "according
to" statement whose content is another speaker's statement, and the inner statements of a
spokesman's own state, are one statement, not two.  :func:`_keep` re-indexes ``reported_in``
after a filter.  The helpers written beside these tests (the end of an Arabic headline, an
English occasion tail, agreement nouns, news outlets) are read by the finder's rules too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extractors.doc import Doc, Ment
from kg.extractors.lexicon import read_tsv, word_set
from kg.extractors.speakers_ar import _AR_RESUMED_PREP, _is_comp
from kg.extractors.statements.marks import _ALL_MARKS
from kg.extractors.statements.statement import _EN_NOUN_CUES, Stmt
from kg.extractors.statements.words import _AR_ACCORDING, _COMMAS
from kg.extractors.text import fold
from kg.gazetteer import Gazetteer
from kg.models import EntityType

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


_CLOSING_QUOTES = {'"': '"', "\u201d": "\u201c", "\u00bb": "\u00ab"}
_SENTENCE_ENDS = (".", "!", "?", "\u061f", ":", ",", "\u060c", "-", "\u2014", "\u2013")


def _closes_a_phrase(line: str) -> bool:
    """Whether a line ends on a quotation closed on it whose last word has no end
    punctuation ('... of "intransigence"', '... «بأثر فوري»'); not '... "We will go."'
    nor a quotation left open."""
    close = line[-1:]
    opener = _CLOSING_QUOTES.get(close)
    inner = line[:-1].rstrip()
    if opener is None or not inner or inner.endswith((*_SENTENCE_ENDS, *_CLOSING_QUOTES)):
        return False
    if opener == close:
        return line.count(close) % 2 == 0
    return line.rfind(opener) > line[:-1].rfind(close)


def _en_headline_end(text: str) -> int:
    """English: where a headline that opens the text and ends on a quoted phrase ends
    ('Egypt says Israeli strikes are "a flagrant violation"', four to thirty words, a
    line of its own, no parenthesis), else 0.  The pipeline's headline rule leaves out a
    first line ending in a quotation mark; as a headline it holds no statement."""
    stripped = text.lstrip()
    nl = stripped.find("\n")
    if nl < 0 or not stripped[nl:].strip():
        return 0
    line = stripped[:nl].strip()
    if not 4 <= len(line.split()) <= 30 or "(" in line or not _closes_a_phrase(line):
        return 0
    return len(text) - len(stripped) + nl


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


def _ar_resumptive_content(doc: Doc, st: Stmt) -> bool:
    """Arabic: a content that opens with a preposition and a resumptive pronoun ("في خطوة
    رحبت بها أنقرة"، "وهو قرار أعلن عنه الجيش"): the verb is in a relative clause about
    the noun before it, what it names; the actor after it is its subject, not a claim."""
    if doc.lang != "ar" or st.direct:
        return False
    t = doc.tok_after(st.start)
    if t + 1 >= len(doc.tokens) or doc.word(t) not in _AR_RESUMED_PREP:
        return False
    m = doc.mention_at_tok(t + 1)  # (not "أكد له رغبة بلاده": the one told, then the claim)
    return m is not None and m.t0 == t + 1 and doc.is_actor(m)


def _state_reported_inside(doc: Doc, st: Stmt) -> bool:
    """A statement nested in another speaker's content whose own speaker is a state
    ("وأضاف أن الجانب الأمريكي تعهد برفع العقوبات"، "مؤكدا أن فنزويلا تعهدت بالإفراج"،
    "warned that China often makes promises "that ..."): the outer speaker's account of
    what a state did or holds, part of the outer claim, not a statement of its own.  A
    person quoted inside ("قال إن بوتين أكد ...") still speaks; so does a state whose cue
    the outer speaker quotes ('"Moscow says it wants peace, ..." X said': the caller
    checks that the cue is outside quotation marks)."""
    if st.reported_in is None or doc.entity_types.get(st.speaker) != EntityType.STATE:
        return False
    k = doc.tok_after(st.cue_start)
    if doc.lang == "ar" and doc.word(k).endswith(("ها", "ه")):
        # "...، في خطوة وصفتها نيودلهي بأنها": a relative clause on a noun of the content,
        # its pronoun resuming that noun: the writer's aside, in which New Delhi speaks
        m = doc.mention_at_tok(k + 1)
        return not (m is not None and m.key == st.speaker)
    return True


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
