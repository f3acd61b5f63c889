"""Whom a statement is about (``Stmt.about``) and when it was said (``Stmt.date``).

:func:`_fill_about_and_dates` is the last pass of
:func:`kg.extractors.quotes.find_statements`, over the statements it kept. The
``about`` of a statement is the actors its content names (read as the speaker's own
state where a shared descriptor allows), whom it addresses, plus the actors it only
implies:

* a group of states ("the two countries", «الدول الثلاث», ``lexicons/about.tsv``
  kind=group): the pair or the states named last before it (:func:`_recent_group`,
  :func:`_party_pair`, :func:`_story_pair`, :func:`_between_pair`,
  :func:`_two_states`, :func:`_recent_states`);
* the author of an act it speaks of ("condemned the attack": who carried it out;
  :func:`_implied_authors`, :func:`_verb_authors`, :func:`_event_author`), the
  parties of the story's agreement, the author of the story's decision;
* a state taken up by a pronoun, a description ("the Gulf state") or "we", and the
  speaker's own state ("بلاده", "our country").

The date of a statement is the time expression of its sentence that tells when it
was said, or the date of the same statement told before. Also used by
:mod:`kg.extractors.relations` (:func:`_recent_states`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import pairwise

from kg.extractors.dates import (
    TimeExpr,
    contrast_between,
    relative_between,
    since_at,
    wire_dateline,
)
from kg.extractors.doc import Doc, Ment
from kg.extractors.lexicon import read_tsv, word_set
from kg.extractors.quotes import Stmt
from kg.extractors.sentences import Span
from kg.extractors.speakers_ar import _AR_ISSUED
from kg.extractors.statements.claims import _ar_deal_word, _is_outlet
from kg.extractors.statements.words import _plural_group
from kg.extractors.text import fold
from kg.gazetteer import Gazetteer
from kg.models import EntityType


@lru_cache(maxsize=4)
def _about_groups(lang: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    """``lexicons/about.tsv`` kind=group for a language: (pattern, n states), longest
    phrase first (Arabic folded, English lower-cased; ``*`` is any one word: "the three *
    countries", "الدول * الثلاث")."""
    fl = fold if lang == "ar" else str.lower
    rows = {
        fl(r["form"]): int(r["n"])
        for r in read_tsv("about.tsv")
        if r["kind"] == "group" and r["lang"] == ("ar" if lang == "ar" else "en")
    }
    return tuple(
        (
            re.compile(r"\s+".join(r"\S+" if w == "*" else re.escape(w) for w in phrase.split())),
            n,
        )
        for phrase, n in sorted(rows.items(), key=lambda kv: -len(kv[0]))
    )


@lru_cache(maxsize=1)
def _about_refer_en() -> re.Pattern[str] | None:
    """``lexicons/about.tsv`` kind=refer (English): one pattern of the definite descriptions
    of a state ("the country", "the kingdom"), matched on the lower-cased content; not "the
    Kingdom of Bahrain" (a name, see :func:`_referred_states`)."""
    forms = sorted(
        {r["form"].lower() for r in read_tsv("about.tsv") if r["kind"] == "refer"},
        key=len,
        reverse=True,
    )
    if not forms:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


_NAMED_AFTER_RE = re.compile(r" of [A-Z]")


def _referred_states(doc: Doc, s: Stmt) -> list[str]:
    """English: the state a description in the content takes up ("accusing the Gulf
    state of ...", "the country's nuclear programme"): for each, the state of the actor
    named last before it (in the content or up to 400 characters before it)."""
    pat = _about_refer_en()
    if pat is None or doc.lang == "ar":
        return []
    out: list[str] = []
    for hit in pat.finditer(doc.text[s.start : s.end].lower()):
        at = s.start + hit.start()
        if _NAMED_AFTER_RE.match(doc.text, s.start + hit.end()):
            continue  # "the Republic of Korea", "the Kingdom of Bahrain": a name
        if doc.text[max(0, at - 3) : at] == "of ":
            continue  # "in the east of the country": where, not whom it is about
        for m in reversed(doc.mentions_in(max(0, at - 400), at)):
            # a state, or the state of the actor named last ("KCNA said ... the country")
            state = m.key if doc.entity_types.get(m.key) == EntityType.STATE else None
            state = state or doc.entity_states.get(m.key)
            if doc.is_actor(m) and state:
                if state not in out and state != s.speaker:
                    out.append(state)  # (the speaker itself is no topic of its words)
                break
    return out


@lru_cache(maxsize=1)
def _about_parts() -> tuple[str, ...]:
    """``lexicons/about.tsv`` kind=part: labels of state bodies that are parts of their state
    ("Armed Forces"), as they end an entity key (``Body:<label>:<state>``) or a body's label."""
    return tuple(r["form"] for r in read_tsv("about.tsv") if r["kind"] == "part")


@lru_cache(maxsize=4)
def _about_generic(lang: str) -> tuple[str, ...]:
    """``lexicons/about.tsv`` kind=generic for a language ("all parties", "جميع الأطراف"),
    longest first (Arabic folded, English lower-cased)."""
    fl = fold if lang == "ar" else str.lower
    forms = {
        fl(r["form"])
        for r in read_tsv("about.tsv")
        if r["kind"] == "generic" and r["lang"] == ("ar" if lang == "ar" else "en")
    }
    return tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=4)
def _about_events(lang: str) -> frozenset[str]:
    """``lexicons/about.tsv`` kind=event for a language: nouns of a hostile act ("attack",
    "اعتداء"), Arabic folded, English lower-cased."""
    fl = fold if lang == "ar" else str.lower
    return frozenset(
        fl(r["form"])
        for r in read_tsv("about.tsv")
        if r["kind"] == "event" and r["lang"] == ("ar" if lang == "ar" else "en")
    )


_AR_DEFINITE = tuple(fold(p) for p in ("وال", "فال", "بال", "كال", "لل", "ال"))


_EN_DEFINITE = word_set("about.en_definite")


@lru_cache(maxsize=1)
def _ar_definite_events() -> frozenset[str]:
    """Every Arabic hostile-act noun with each definite prefix ("الاعتداء", "وبالهجمات")."""
    return frozenset(p + e for p in _AR_DEFINITE for e in _about_events("ar"))


def _event_at(doc: Doc, i: int) -> bool:
    """Token ``i`` is a definite noun of a hostile act ("the strikes", "الاعتداء", "للهجوم")."""
    w = doc.word(i)
    if doc.lang == "ar":
        return w in _ar_definite_events()
    events = _about_events(doc.lang)
    if w not in events:
        return False
    j = i - 1
    if doc.mention_at_tok(j) is not None:
        j = doc.mention_at_tok(j).t0 - 1  # type: ignore[union-attr]  # "the Iranian strikes"
    return doc.word(j) in _EN_DEFINITE or doc.word(j).endswith(("'s", "’s"))


def _event_author(doc: Doc, i: int) -> str | None:
    """The actor named with the act noun at token ``i``: Arabic genitive or adjective right
    after it ("هجوم الحوثيين", "الاعتداء الإسرائيلي"); English adjective or possessive
    right before it ("the Iranian strikes", "Israel's attack") or "by X" after it."""
    if doc.lang == "ar":
        m = doc.mention_at_tok(i + 1)
        ok = m is not None and m.t0 == i + 1 and doc.prep_of(m) is None
    else:
        m = doc.mention_at_tok(i - 1)
        ok = m is not None and m.t1 == i - 1
        if not ok and doc.word(i - 1).isalpha() and doc.mention_at_tok(i - 1) is None:
            m = doc.mention_at_tok(i - 2)  # "an Iranian missile attack"
            ok = m is not None and m.t1 == i - 2 and m.adjectival
        if not ok and doc.word(i + 1) == "by":
            m = doc.mention_at_tok(i + 2)
            ok = m is not None and m.t0 == i + 2
    if not ok or m is None or not doc.is_actor(m):
        return None
    return m.key


_JOINT_GAPS = word_set("about.joint_gaps")
"""What stands between two joint authors ("Israeli and US strikes", "by X and the Y")."""


def _joint_author(doc: Doc, i: int, author: str) -> str | None:
    """The second of two joint authors of the act noun at token ``i`` whose first
    (:func:`_event_author`) is ``author``: the actor joined to it by "and"/"و" ("Israeli
    and US strikes", "strikes by Britain and the United States", "الغارات الأمريكية
    والبريطانية"), else None."""
    text = doc.text
    near = doc.mentions_in(max(0, doc.tokens[i].start - 80), doc.tokens[i].end + 80)
    at = [j for j, m in enumerate(near) if m.key == author]
    for j in at:
        for k in (j - 1, j + 1):
            if not 0 <= k < len(near):
                continue
            x, y = (near[k], near[j]) if k < j else (near[j], near[k])
            gap = text[x.end : y.start].strip().removesuffix(" the")  # "and the Y"
            if gap not in _JOINT_GAPS and not (gap == "" and text[y.start : y.start + 1] == "و"):
                continue
            other = near[k]
            if other.key != author and doc.is_actor(other):
                return other.key
    return None


def _implied_authors(doc: Doc, s: Stmt) -> list[str]:
    """:func:`_implied_author` and, when the story's act had two authors joined by "and",
    the second one ("Israel and the United States ... the strikes")."""
    a = doc.tok_after(s.start)
    b = doc.tok_after(s.end)
    if not _unowned_event_in(doc, a, b):
        return []
    found = _implied_author(doc, a)
    if found is None:
        return _verb_authors(doc, a, _act_verbs_in(doc, a, b))
    i, author = found
    other = _joint_author(doc, i, author)
    return [author] if other is None else [author, other]


def _unowned_event_in(doc: Doc, a: int, b: int) -> bool:
    """Tokens ``[a, b)`` (a content) hold a definite act noun with no author of its own
    ("the strikes", "الاعتداء"), found from the document's word index."""
    nouns = doc.positions(_ar_definite_events() if doc.lang == "ar" else _about_events(doc.lang))
    inside = nouns[bisect_left(nouns, a) : bisect_left(nouns, b)]
    return any(_event_at(doc, i) and _event_author(doc, i) is None for i in inside)


_HOSTILE_VERBS = word_set("about.hostile_verbs")
"""Verbs of a hostile act whose subject is its author ("Israel struck", "قصفت تركيا")."""


@lru_cache(maxsize=4)
def _act_verbs(lang: str) -> dict[str, frozenset[str]]:
    """``lexicons/about.tsv`` kind=act for a language: each act noun as written in a text
    (Arabic folded, with each definite prefix: "الفيتو", "بالنقض"; English lower-case) ->
    the verbs that tell that act, whose subject is its author ("veto: vetoed vetoes",
    "فيتو: استخدمت")."""
    ar = lang == "ar"
    fl = fold if ar else str.lower
    out: dict[str, set[str]] = {}
    for r in read_tsv("about.tsv"):
        if r["kind"] != "act" or r["lang"] != ("ar" if ar else "en"):
            continue
        noun, _, verbs = r["form"].partition(":")
        told = {fl(v) for v in verbs.split()}
        for form in [p + fl(noun.strip()) for p in _AR_DEFINITE] if ar else [fl(noun.strip())]:
            out.setdefault(form, set()).update(told)
    return {k: frozenset(v) for k, v in out.items()}


def _act_verbs_in(doc: Doc, a: int, b: int) -> frozenset[str] | None:
    """The verbs that tell the acts named by the unowned act nouns of tokens ``[a, b)``
    (:func:`_act_verbs`: "the veto" -> "vetoed"), or None when none of them has a row
    (any hostile verb then tells it)."""
    table = _act_verbs(doc.lang)
    nouns = doc.positions(frozenset(table))
    found = [
        table[doc.word(i)]
        for i in nouns[bisect_left(nouns, a) : bisect_left(nouns, b)]
        if _event_at(doc, i) and _event_author(doc, i) is None
    ]
    return frozenset().union(*found) if found else None


_EN_VERB_SKIPS = word_set("about.verb_skips")
"""English adverbs between the author and the verb of its act ("Russia also vetoed")."""


def _verb_authors(doc: Doc, a: int, told: frozenset[str] | None = None) -> list[str]:
    """When the story's act is told by a verb rather than a noun with its author ("Israel
    and the United States struck three sites", "شنت الولايات المتحدة وبريطانيا غارات"):
    the subject of the article's first such verb before the statement (English: named
    right before it; Arabic: right after it) and a second one joined to it by "and", for
    a content that speaks of "the strikes" without naming their author (tokens from
    ``a``; :func:`_unowned_event_in`).  ``told``: the verbs of the act the content names
    (:func:`_act_verbs_in`: "Russia vetoed ... the veto"), else any hostile verb."""
    verbs = doc.positions(_HOSTILE_VERBS if told is None else told)
    for i in verbs[: bisect_left(verbs, a)]:
        j = i + 1 if doc.lang == "ar" else i - 1
        if doc.lang != "ar" and doc.word(j) in _EN_VERB_SKIPS:
            j -= 1  # "Russia also vetoed"
        elif doc.lang != "ar" and doc.word(j - 1) == "on" and doc.mention_at_tok(j) is None:
            j -= 2  # "Russia on Wednesday vetoed"
        m = doc.mention_at_tok(j)
        if m is None and doc.word(j).isalpha():
            # "Israeli jets struck", "أسقطت مقاتلات تركية": a noun with its nationality
            j = i + 2 if doc.lang == "ar" else i - 2
            m = doc.mention_at_tok(j)
            if m is not None and not m.adjectival:
                continue
        if m is None or (m.t0 if doc.lang == "ar" else m.t1) != j or not doc.is_actor(m):
            continue
        key = m.key
        state = doc.entity_states.get(key)
        if (
            told is not None
            and doc.entity_types.get(key) == EntityType.ORGANIZATION
            and state is not None
            and doc.entity_types.get(state) == EntityType.STATE
        ):
            key = state  # "Ecuadorian police stormed ... the raid": the state's act
        other = _joint_author(doc, i, key)
        return [key] if other is None else [key, other]
    return []


def _implied_author(doc: Doc, a: int) -> tuple[int, str] | None:
    """Who carried out "the attack" a statement (from token ``a``) speaks of without naming
    its author (:func:`_unowned_event_in`): the author named with the first act noun of
    the article before it (the story's event), with that noun's token."""
    for i in range(0, a):
        if _event_word(doc, i) and (author := _event_author(doc, i)) is not None:
            return i, author
    return None


_EN_DEAL_NOUNS = word_set("about.en_deal_nouns")
"""English nouns of an agreement: "the deal", "this agreement" speaks of the story's pact."""


_EN_DEAL_VERBS = word_set("about.en_deal_verbs")
"""English verbs of reaching one ("agreed", "signed"): with the nouns, where the story's
pact is first told."""


def _deal_parties(doc: Doc) -> list[str]:
    """English: the states of the story's agreement, named (not as an adjective, nor as
    where it happened: "in Iran") in the sentence of the article's first agreement word
    from its start to a few words past it ("Greece and Macedonia sign deal", "Qatar agreed
    to supply Germany with gas", "UAE, Bahrain sign accords with Israel"); none unless
    there are two or three (a deal "that saw the United States free five Iranians" has no
    sure pair)."""
    seg = doc.seg
    if seg is None or doc.lang == "ar":
        return []
    wanted = _EN_DEAL_NOUNS | _EN_DEAL_VERBS
    first = next((i for i, w in enumerate(doc.words) if w in wanted), None)
    if first is None:
        return []
    sent = seg.sentence_at(doc.tokens[first].start)
    if sent is None:
        return []
    end = min(sent.end, doc.tokens[min(first + 8, len(doc.tokens) - 1)].end)
    states: list[str] = []
    for m in doc.mentions_in(sent.start, end):
        if m.adjectival or doc.word(m.t0 - 1) in ("in", "at"):
            continue
        if m.kind == "metonym" and m.text.isupper():
            continue  # "DOHA (AP) -": the dateline
        key = m.key if doc.entity_types.get(m.key) == EntityType.STATE else None
        if key is not None and key not in states:
            states.append(key)
    if (pair := _party_pair(doc, end, frozenset(), sent.start)) is not None:
        return pair  # "Sudan's army and the RSF signed a truce": the two sides
    return states if 2 <= len(states) <= 3 else []


def _ar_deal_parties(doc: Doc, s: Stmt) -> list[str]:
    """Arabic: the states of the agreement a statement opens with, by a definite noun
    ("رحب X بالاتفاق", "أن المذكرة «...»"): the two or three states named (not as an
    adjective) in the latest sentence before it that names an agreement and two or three
    states ("أعلنت السعودية وإيران اتفاقهما", "اتفاق ... بين أنقرة وطرابلس"); none when
    the speaker's side is one of them (its own deal: "الاتفاق غير مباشر")."""
    seg = doc.seg
    if seg is None or s.sent < 0:
        return []
    if _ar_deal_word(doc.word(doc.tok_after(s.start))) != (True, True):
        return []
    for si in range(s.sent - 1, -1, -1):
        sent = seg.sents[si]
        if sent.start < doc.title_end:
            break
        a, b = doc.tok_after(sent.start), doc.tok_after(sent.end)
        if not any(_ar_deal_word(doc.word(j))[0] for j in range(a, b)):
            continue
        states: list[str] = []
        for m in doc.mentions_in(sent.start, sent.end):
            if m.adjectival or doc.entity_types.get(m.key) != EntityType.STATE:
                continue
            if m.key not in states:
                states.append(m.key)
        if (pair := _party_pair(doc, sent.end, frozenset(), sent.start)) is not None:
            states = pair  # "وقع الجيش السوداني وقوات الدعم السريع اتفاقا": the two sides
        if 2 <= len(states) <= 3:
            return [] if _side(doc, s.speaker) in states else states
    return []


def _speaks_of_deal(doc: Doc, s: Stmt) -> bool:
    """English: whether a statement speaks of "the deal", "this agreement", "the
    contract" (a definite agreement noun in the content, or as the object of the cue:
    "called the deal 'historic'")."""
    start = s.start
    if s.cue_end <= s.start and s.start - s.cue_end <= 20:
        start = s.cue_end
    a = doc.tok_after(start)
    b = doc.tok_after(s.end)
    return any(
        doc.word(j) in _EN_DEAL_NOUNS and doc.word(j - 1) in _EN_DEFINITE for j in range(a, b)
    )


def _event_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is a noun of a hostile act, definite or not ("هجوم", "بالهجمات", "attacks")."""
    w = doc.word(i)
    events = _about_events(doc.lang)
    if w in events:
        return True
    if doc.lang != "ar":
        return False
    if w[:1] in "وف":
        w = w[1:]
    if w[:1] in "بلك" and w[1:] in events:
        return True
    return w in _ar_definite_events()  # (a definite prefix + an event noun: one look-up)


def _generic_end(doc: Doc, s: Stmt) -> int:
    """The end offset of a phrase addressing no one in particular that opens the content
    ("all parties", "جميع الأطراف"), else -1."""
    head = doc.text[s.start : min(s.end, s.start + 60)]
    head = head if doc.lang == "ar" else head.lower()
    for phrase in _about_generic(doc.lang):
        i = head.find(phrase)
        if 0 <= i <= 12 and (i == 0 or not head[i - 1].isalnum()):
            return s.start + i + len(phrase)
    return -1


def _group_at(lang: str, content: str) -> tuple[int, int] | None:
    """The first phrase of ``content`` naming a group of states ("the two countries",
    "الدول الثلاث"): (offset, how many states), else None."""
    text = content if lang == "ar" else content.lower()
    pattern, counts, first = _about_groups_any(lang)
    if not counts:
        return None
    if first is None:
        m = pattern.search(text)
    else:
        # only where a phrase's first word is can one start: the full alternation is
        # tried there alone, offsets in order, as a search would (the same match)
        m = None
        f = first.search(text)
        while f is not None:
            m = pattern.match(text, f.start())
            if m is not None:
                break
            f = first.search(text, f.start() + 1)
    if m is None or m.lastgroup is None:
        return None
    return m.start(), counts[int(m.lastgroup[1:])]


@lru_cache(maxsize=4)
def _about_groups_any(
    lang: str,
) -> tuple[re.Pattern[str], tuple[int, ...], re.Pattern[str] | None]:
    """:func:`_about_groups` as one alternation (group ``g<i>`` is phrase ``i``), each
    phrase's count of states, and the alternation of the phrases' first words (None
    when one starts with ``*``): one search finds the first phrase, and at one offset
    the alternative listed first, the longest, wins."""
    groups = _about_groups(lang)
    pattern = "|".join(f"(?P<g{i}>{p.pattern})" for i, (p, _) in enumerate(groups))
    heads = {p.pattern.split(r"\s+")[0] for p, _ in groups}
    first = None if r"\S+" in heads else re.compile("|".join(sorted(heads)))
    return re.compile(pattern), tuple(n for _, n in groups), first


def _part_state(doc: Doc, key: str) -> str | None:
    """The state a body that is part of it stands for ("Chinese Armed Forces": China)."""
    for label in _about_parts():
        if key.startswith(f"Body:{label}:"):
            return key.rsplit(":", 1)[1]
        if key.startswith("Organization:") and key.lower().endswith(" " + label.lower()):
            return doc.entity_states.get(key)
    return None


def _recent_group(
    doc: Doc,
    before: int,
    n: int,
    exclude: frozenset[str] = frozenset(),
    speaker: tuple[str, int] = ("", 0),
) -> list[str]:
    """The ``n`` states a group phrase before an offset refers to: for three or more,
    the last list of exactly ``n`` states ("Estonia, Latvia and Lithuania", "مالي
    وبوركينا فاسو والنيجر"); for ``n`` 0 the last list of two or more, however many
    (none if there is none); else, and for two ("the two sides" is who was just
    talked about), the ``n`` most recently mentioned (:func:`_recent_states`)."""
    if n == 2 and (pair := _between_pair(doc, before, exclude)) is not None:
        return pair
    if n == 2 and (pair := _party_pair(doc, before, exclude)) is not None:
        return pair
    if n == 2 and doc.lang != "ar" and doc.word(doc.tok_after(before) - 1) in _BETWEEN:
        if (pair := _story_pair(doc, exclude)) is not None:
            return pair  # "ready to mediate between the two neighbours": the story's pair
    if 0 < n < 3:
        return _recent_states(doc, before, n, exclude, speaker)
    states = [
        m
        for m in doc.mentions_in(max(0, before - 1500), before)
        if not m.adjectival and doc.entity_types.get(m.key) == EntityType.STATE
    ]
    text = doc.text

    def joined(x: Ment, y: Ment) -> bool:
        # ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt")
        return text[x.end : y.start].strip(" ,،") in ("", "and", "و", "the", "and the")

    if n == 0:
        # "the European move": the states of the last list, however many ("Britain,
        # France and Germany triggered ..."), not the joint speakers' ("Russia and China
        # said the European move ..."), else none
        end = len(states) - 1
        while end > 0:
            if not joined(states[end - 1], states[end]):
                end -= 1
                continue
            first = end - 1
            while first > 0 and joined(states[first - 1], states[first]):
                first -= 1
            keys = list(dict.fromkeys(m.key for m in states[first : end + 1]))
            if len(keys) > 1 and not exclude & set(keys) and speaker[0] not in keys:
                return keys
            end = first - 1
        return []
    for end in range(len(states) - 1, n - 2, -1):
        run = states[end - n + 1 : end + 1]
        if (
            len({m.key for m in run}) == n
            and all(joined(x, y) for x, y in pairwise(run))
            and not (end - n >= 0 and joined(states[end - n], run[0]))
            and not (end + 1 < len(states) and joined(run[-1], states[end + 1]))
        ):
            return [m.key for m in run]
    return _recent_states(doc, before, n, exclude, speaker)


def _named_before(doc: Doc, m: Ment, offset: int) -> bool:
    """Whether the state of mention ``m`` was talked about in the 600 characters before
    ``offset`` (named, or one of its people or bodies named)."""
    state = doc.entity_states.get(m.key) or m.key
    return any(
        (doc.entity_states.get(x.key) or x.key) == state
        for x in doc.mentions_in(max(0, offset - 600), offset)
    )


def _party_pair(
    doc: Doc, before: int, exclude: frozenset[str], since: int | None = None
) -> list[str] | None:
    """The two sides of a conflict with a non-state party that "the two sides" /
    "الطرفين" takes up: the last two actors joined by "and" / "و" in the 1500 characters
    before an offset ("Hamas and Fatah signed", "Israel and Hamas agreed", "القوات
    المسلحة السودانية وقوات الدعم السريع"), one of them an organisation with no state
    or the other's state (before the mediators named after them: "talks hosted by Saudi
    Arabia and the United States"), else None (two states or bodies of two states: the
    states decide).  ``since``: look from there instead (one sentence)."""
    text = doc.text
    ments = [
        m
        for m in doc.mentions_in(max(0, before - 1500) if since is None else since, before)
        if not m.adjectival
        and doc.entity_types.get(m.key) in (EntityType.STATE, EntityType.ORGANIZATION)
        and not _is_outlet(m.key)
    ]
    for y_i in range(len(ments) - 1, 0, -1):
        x, y = ments[y_i - 1], ments[y_i]
        if x.key == y.key or text[x.end : y.start].strip(" ,،") not in ("and", "and the", "و"):
            continue
        if exclude & {x.key, y.key, _side(doc, x.key), _side(doc, y.key)}:
            continue  # "Qatar and Egypt said the two sides": the mediators speak
        if doc.word(x.t0 - 1).lower() in _PAIR_NOT_SIDES:
            continue  # "talks attended by Egypt and Algeria": who helps, not a side
        sides = [_side(doc, x.key), _side(doc, y.key)]
        stateless = [
            doc.entity_types.get(k) == EntityType.ORGANIZATION
            and doc.entity_states.get(k) in (None, sides[1 - i])
            and not _international(doc, k)
            for i, k in enumerate((x.key, y.key))
        ]
        if any(stateless) and sides[0] != sides[1]:
            return [x.key, y.key]
    return None


_PAIR_NOT_SIDES = word_set("about.pair_not_sides")
"""Words before a pair that is not the sides of a conflict ("attended by X and Y")."""


def _international(doc: Doc, key: str) -> bool:
    """Whether an entity key is an international body of the gazetteer (the UN, the
    African Union, the ICRC): a mediator, not a side."""
    entry = Gazetteer.load().entries.get(key)
    return entry is not None and (
        entry.subtype.startswith("igo")
        or entry.subtype in ("intergovernmental_group", "international_humanitarian_org")
    )


_BETWEEN = word_set("about.between")
"""The word before a pair that "the two sides" later takes up ("بين روسيا وأوكرانيا")."""


def _story_pair(doc: Doc, exclude: frozenset[str]) -> list[str] | None:
    """The two states the story is about: the first two joined by "and" / "و" (or named
    as "between X and Y") in the headline and lead sentence ("India and Pakistan trade
    fire", "Indian and Pakistani troops exchanged fire"), none of ``exclude``; else None.
    An English group phrase after "between" ("mediate between the two neighbours") takes
    them up, not the two states named last (the ones who called for calm); in Arabic
    "بين البلدين" is as often the speaker's own ties with the state just named."""
    seg = doc.seg
    if seg is None or not seg.sents:
        return None
    end = seg.sents[min(1, len(seg.sents) - 1)].end
    ments = doc.mentions_in(0, end)
    text = doc.text
    for x, y in pairwise(ments):
        if text[x.end : y.start].strip(" ,،") not in ("", "and", "and the", "و"):
            continue
        keys = _two_states(doc, x, y, exclude)
        if keys is not None:
            return keys
    return None


def _two_states(doc: Doc, x: Ment, y: Ment, exclude: frozenset[str]) -> list[str] | None:
    """The two different states that mentions ``x`` and ``y`` name or speak for, none
    of ``exclude``; else None."""
    keys = [
        m.key
        if doc.entity_types.get(m.key) == EntityType.STATE
        else doc.entity_states.get(m.key) or ""
        for m in (x, y)
    ]
    if (
        all(doc.entity_types.get(k) == EntityType.STATE for k in keys)
        and keys[0] != keys[1]
        and not exclude & set(keys)
    ):
        return keys
    return None


def _between_pair(doc: Doc, before: int, exclude: frozenset[str]) -> list[str] | None:
    """The two states of the last "بين X وY" / "between X and Y" in the 600 characters
    before an offset: who "the two sides" a later statement speaks of are ("وساطتها بين
    روسيا وأوكرانيا ... بناء على طلب الطرفين", not the mediator named in between), else
    None."""
    ments = doc.mentions_in(max(0, before - 600), before)
    text = doc.text
    for y_i in range(len(ments) - 1, 0, -1):
        x, y = ments[y_i - 1], ments[y_i]
        if text[x.end : y.start].strip(" ,،") not in ("", "and", "و"):
            continue
        if doc.word(x.t0 - 1).lower() not in _BETWEEN:
            continue
        return _two_states(doc, x, y, exclude)
    return None


def _recent_states(
    doc: Doc,
    before: int,
    n: int,
    exclude: frozenset[str] = frozenset(),
    speaker: tuple[str, int] = ("", 0),
) -> list[str]:
    """The ``n`` most recently mentioned distinct states before an offset (none of
    ``exclude``; ``speaker`` = (key, offset): that speaker's mentions from the offset on,
    its reporting clause, do not count)."""
    from kg.models import EntityType

    out: list[str] = []
    for m in reversed(doc.mentions_in(max(0, before - 1500), before)):
        key = m.key
        if _is_outlet(key):
            continue  # "(AFP)": not the outlet's state
        if m.etype == EntityType.PLACE and doc.lang != "ar" and doc.word(m.t0 - 1) in ("in", "at"):
            continue  # "signed a framework in Washington": where, not who
        if key == speaker[0] and m.start >= speaker[1] and not _named_before(doc, m, speaker[1]):
            continue  # "Russian Foreign Minister X said both neighbours": not X's state
        if doc.entity_types.get(key) != EntityType.STATE:
            key = doc.entity_states.get(key) or ""
        if key in exclude:
            continue
        if key and doc.entity_types.get(key) == EntityType.STATE and key not in out:
            out.append(key)
            if len(out) == n:
                break
    return out


_SECOND_PERSON_RE = re.compile(
    r"\b(?:you|your|yours)\b|(?<![^\s\"«“])(?:"
    + "|".join(fold(w) for w in ("أنت", "أنتم", "لك", "لكم", "معك"))
    + r")(?![^\s\"»”.,،؟?!])",
    re.IGNORECASE,
)


_EN_PERSON_PRON = word_set("about.en_person_pron")


_EN_THING_PRON = word_set("about.en_thing_pron")


_EN_OBJECT_CUES = word_set("about.en_object_cues")
"""English cue words whose object opens the content ("accusing it of", "called on it to"):
an "it" there is the one accused or urged, not the speaker."""


def _pronoun_referents(doc: Doc, s: Stmt) -> list[str]:
    """A pronoun opening an English content that points past the speaker: "him"/"her" (the
    addressee of "urged him to"), "he"/"his"/"she" inside a direct quote, "he"/"his" said
    by a body, and "its" said by a person ("Biden said its leaders ...") -- the latest
    person (for he/him/his/she/her) or state or organisation (for its) named before the
    content other than the speaker.  In reported speech "he"/"his" said by a person and
    "it"/"its" said by a body are the speaker itself ("NATO said it was ready"), and "it"
    alone is as often an event or a dummy subject ("it was too early"): no referent."""
    from kg.models import EntityType

    a = doc.tok_after(s.start)
    b = doc.tok_after(s.end)
    person = doc.entity_types.get(s.speaker) == EntityType.PERSON
    words: set[str] = set()
    for j in range(a, min(b, a + 3)):
        w = doc.word(j)
        if doc.word(j + 1) in _EN_OWN_NOUNS:
            continue  # "his country": the speaker's own, see _own_state
        m = doc.mention_at_tok(j)
        if m is not None and doc.is_actor(m):
            break  # "Britain for its support": the pronoun refers to what the content names
        if w in ("he", "his", "she") or (w == "her" and doc.word(j + 1) != "to"):
            if s.direct or not person:
                words.add("he")
        elif w in ("him", "her"):
            words.add("he")
        elif w == "its" and person:
            words.add("its")
        elif w == "it" and j == a and doc.word(a - 1).lower() in _EN_OBJECT_CUES:
            words.add("its")  # "severed ties with Qatar, accusing it of": Qatar
    out: list[str] = []
    for wanted, pronouns in ((True, _EN_PERSON_PRON), (False, _EN_THING_PRON)):
        if not words & pronouns:
            continue
        for m in reversed(doc.mentions_in(max(0, s.start - 400), s.start)):
            if not doc.is_actor(m) or m.adjectival or m.key == s.speaker:
                continue
            if (m.etype == EntityType.PERSON) == wanted:
                out.append(m.key)
                break
    return out


_EN_OWN_NOUNS = word_set("about.en_own_nouns")


_EN_WE = word_set("about.en_we_pron")


_EN_WE_VOICE = word_set("about.en_we_voice")
"""Verbs after "we" that address others ("we call on", "we are urging", "we hope"): the
speaker's voice, not its state as a topic."""
"""English first person plural ("we", "our", "us"): a direct quote of an official or a
state body that speaks as "we" speaks for the speaker's state."""


def _we_state(doc: Doc, s: Stmt) -> str | None:
    """English: the speaker's state when a direct quote of a person or body that speaks
    for a state says "we"/"our"/"us" ("'We will not allow anyone to bully us,' the
    minister said" is about his state too); not the upper-case "US"."""
    if doc.lang == "ar" or not s.direct:
        return None
    state = doc.entity_states.get(s.speaker)
    if not state or state == s.speaker:
        return None
    for j in range(doc.tok_after(s.start), doc.tok_after(s.end)):
        t = doc.tokens[j].text
        if t == "US" or t.lower() not in _EN_WE:
            continue
        if any(doc.word(x) in _EN_WE_VOICE for x in range(j + 1, j + 4)):
            continue  # "We call on both sides", "we hope": the speaker's voice, not a topic
        return state
    return None


_OWN_STATE_RE = re.compile(
    r"\b(?:his|her|their) (?:own )?(?:country|nation|government)\b"
    r"|(?<![\u0600-\u06ff])[وف]?[لب]?(?:بلاده|بلادها|بلادهم|بلادنا|بلده|بلدها|بلدنا|دولتنا"
    r"|حكومته|حكومتها|حكومتنا|أراضينا|سيادتنا|شعبنا)(?![\u0600-\u06ff])"
)
""""his country", "بلاده", "بلدنا", "سيادتنا": the state the speaker speaks for."""


_OWN_STATE_WORDS = (
    "country",
    "nation",
    "government",
    "بلاد",
    "بلد",
    "حكومت",
    "دولتنا",
    "أراضينا",
    "سيادتنا",
    "شعبنا",
)
"""Every match of :data:`_OWN_STATE_RE` holds one of these (extend both together): a plain
substring test skips the regex, which is slow to try at every offset, on most contents."""


_ITS_STATE_RE = re.compile(
    r"\b(?:its|the country['’]s) (?:own )?(?:sovereignty|independence|territorial integrity"
    r"|territory|borders?|unity|internal affairs|airspace|territorial waters)\b"
)
"""English: "its sovereignty", "the country's borders" said by a body or an official: the
state they speak for, when no actor named earlier in the content owns it."""


def _its_state(doc: Doc, s: Stmt) -> bool:
    """Whether the content takes up the speaker's state as "its sovereignty" before it
    names any actor ("the deal was an assault on its independence", not "Kyiv has the right
    to defend its territory")."""
    text = doc.text
    if doc.lang != "en" or (
        text.find("its ", s.start, s.end) < 0 and text.find("country", s.start, s.end) < 0
    ):
        return False
    hit = _ITS_STATE_RE.search(text, s.start, s.end)
    if hit is None:
        return False
    if hit.group().startswith("its") and doc.entity_types.get(s.speaker) == EntityType.PERSON:
        return False  # "Biden said the alliance would defend its territory": not his
    return not any(doc.is_actor(m) for m in doc.mentions_in(s.start, hit.start()))


_AR_ITS_STATE_RE = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?[لب]?(?:سيادتها|أراضيها|مجالها|حدودها|دفاعاتها|قواعدها|حصتها"
    r"|أمنها|مياهها)(?![\u0600-\u06ff])"
)
"""Arabic: "سيادتها", "مجالها الجوي", "حصتها" -- what a state owns, said of "her"."""


def _ar_its_state(doc: Doc, s: Stmt) -> str | None:
    """Arabic: the speaker's state (a state speaking itself) when a body or a state says
    "سيادتها", "مجالها الجوي", "دفاعاتها" before the content names any actor ("قالت
    الوزارة إن الطائرة انتهكت مجالها الجوي"), or after a hostile verb of the actor named
    ("إن إسرائيل قصفت قواعدها": not its own); not said by a person, whose "ها" is as
    often another state ("قواعدها في المنطقة ستكون هدفا")."""
    if doc.lang != "ar" or doc.text.find("ها", s.start, s.end) < 0:
        return None
    kind = doc.entity_types.get(s.speaker)
    if kind == EntityType.PERSON:
        return None
    hit = _AR_ITS_STATE_RE.search(doc.text, s.start, s.end)
    if hit is None:
        return None
    named = [m for m in doc.mentions_in(s.start, hit.start()) if doc.is_actor(m)]
    if named:
        # "إن إسرائيل قصفت قواعدها": what the one named struck is not its own
        side = _side(doc, s.speaker)
        verbs = doc.positions(_HOSTILE_VERBS)
        a, b = doc.tok_after(named[-1].end), doc.tok_after(hit.start())
        struck = bisect_left(verbs, a) < bisect_left(verbs, b)
        if not struck or any(_side(doc, m.key) == side for m in named):
            return None
    if kind == EntityType.STATE:
        return s.speaker
    state = doc.entity_states.get(s.speaker)
    return state if state and state != s.speaker else None


def _own_state(doc: Doc, s: Stmt) -> str | None:
    """The speaker's state when the content names it as "his country" / "بلاده" (English
    also "its sovereignty", :func:`_its_state`; Arabic "سيادتها", :func:`_ar_its_state`)."""
    text = doc.text
    if _its_state(doc, s):
        state = doc.entity_states.get(s.speaker)
        return state if state and state != s.speaker else None
    if (state := _ar_its_state(doc, s)) is not None:
        return state
    if not any(text.find(w, s.start, s.end) >= 0 for w in _OWN_STATE_WORDS):
        return None
    if not _OWN_STATE_RE.search(text, s.start, s.end):
        return None
    state = doc.entity_states.get(s.speaker)
    return state if state and state != s.speaker else None


def _own_reading(doc: Doc, m: Ment, side: str) -> str:
    """The key of a content mention, read as the speaker's own state when its words are a
    descriptor several states share and the speaker's state is one of them ("المملكة
    تثمن ..." said by a Saudi is Saudi Arabia even where Bahrain is named too)."""
    if side == m.key or doc.entity_types.get(m.key) != EntityType.STATE:
        return m.key
    readings = Gazetteer.load().forms(m.text)
    if any(f.context and f.target == side for f in readings):
        return side
    return m.key


def _side(doc: Doc, key: str) -> str:
    """The state an actor speaks for (itself for a state or a stateless actor)."""
    return doc.entity_states.get(key) or key


def _fill_about_and_dates(doc: Doc, stmts: list[Stmt]) -> None:
    assert doc.seg is not None
    prev: Stmt | None = None
    parties: list[str] | None = None  # the story's pact (English), found when first needed
    one_day = _one_day_story(doc, stmts) if doc.lang == "ar" else None
    # the actors the lead names at the day's event ("بحضور الوزير X")
    at_lead = _lead_actors(doc) if one_day is not None else frozenset()
    for s in stmts:
        keys: list[str] = []
        inside = doc.mentions_in(s.start, s.end)
        generic = _generic_end(doc, s)
        for i, m in enumerate(inside):
            if not doc.is_actor(m) or m.key == s.speaker or m.key in keys:
                continue
            if m.adjectival and generic >= 0 and 0 <= m.start - generic <= 2:
                continue  # "all Yemeni parties", "جميع الأطراف اليمنية": not Yemen itself
            if _is_outlet(m.key):
                continue  # "..., the RIA news agency reported": who carries it, not a topic
            if (
                doc.lang == "ar"
                and m.t0 == m.t1
                and doc.word(m.t1 + 1) == "عن"
                and doc.entity_types.get(m.key) == EntityType.ORGANIZATION
            ):
                continue  # "من حق بلاده الدفاع عن حدودها": defending, not a ministry
            nxt = inside[i + 1] if i + 1 < len(inside) else None
            if (
                m.adjectival
                and nxt is not None
                and nxt.t0 - m.t1 <= 2
                and doc.entity_states.get(nxt.key) == m.key
                and not nxt.adjectival
            ):
                continue  # "الرئيس الروسي فلاديمير بوتين": a title, not a topic
            key = _own_reading(doc, m, _side(doc, s.speaker))
            if key not in keys:
                keys.append(key)
        for k in s.addressed:
            if k not in keys:
                keys.append(k)
        own = _own_state(doc, s)
        if own is not None and own not in keys:
            keys.append(own)
        if doc.lang != "ar":
            for k in _pronoun_referents(doc, s) + _referred_states(doc, s):
                if k not in keys:
                    keys.append(k)
        for author in _implied_authors(doc, s):
            if (
                author not in keys
                and _side(doc, author) != _side(doc, s.speaker)
                and _side(doc, author) not in keys
            ):
                keys.append(author)  # "Qatar condemned the attack": and whoever carried it out
        if doc.lang != "ar" and _speaks_of_deal(doc, s):
            if parties is None:
                parties = _deal_parties(doc)
            named = [k for k in keys if doc.entity_types.get(k) == EntityType.STATE]
            if parties and len(named) <= 1 and all(k in parties for k in named):
                # "he will not sign the agreement": about both sides of the story's pact
                # (one that names states of its own beyond one party keeps its topic)
                keys.extend(k for k in parties if k not in keys and k != s.speaker)
        # "أعربت عن أسفها للقرار": and who took the story's decision
        keys.extend(_decision_author(doc, s, keys))
        if doc.lang == "ar" and (deal := _ar_deal_parties(doc, s)):
            named = [k for k in keys if doc.entity_types.get(k) == EntityType.STATE]
            if len(named) <= 1 and all(k in deal for k in named):
                # "رحب X بالاتفاق": about the sides of the agreement told of before
                keys.extend(k for k in deal if k not in keys and k != _side(doc, s.speaker))
        content = doc.text[s.start : s.end]
        sides: list[str] = []  # a civil war's two sides ("الطرفين"): not parts of the state
        if s.via is not None and s.via not in keys and _SECOND_PERSON_RE.search(content):
            keys.append(s.via)  # «... لو لم تكن أنت ...» told to the one who relays it
        group = _group_at(doc.lang, content)
        base = s.start
        if group is None and s.direct and doc.lang != "ar" and 0 < s.start - s.cue_end <= 60:
            # 'said the European move was "unjustified"': the phrase of the lead-in
            group, base = _group_at(doc.lang, doc.text[s.cue_end : s.start]), s.cue_end
        if group is not None and _people_pair(doc, base + group[0]):
            group = None  # "he and Xi agreed that either of them could call": two people
        if group is not None:
            # "the two countries", "the three states": the states named last before the
            # phrase, in the content or before it
            joint = frozenset(
                _side(doc, t.speaker) for t in stmts if (t.start, t.end) == (s.start, s.end)
            )  # "قطر وتركيا دعتا الطرفين": the two sides are not the joint speakers
            exclude = joint if len(joint) > 1 else frozenset()
            reporting = (s.speaker, doc.seg.sents[s.sent].start if 0 <= s.sent else s.start)
            n = group[1]
            own = _side(doc, s.speaker)
            of_them = doc.text[base + group[0] : base + group[0] + 16].lower().startswith(_OF_THEM)
            if (
                doc.lang != "ar"
                and doc.text[base + group[0] : base + group[0] + 9]
                .lower()
                .startswith(("our ", "both our "))
                and doc.entity_types.get(own) == EntityType.STATE
            ):
                # "our two nations" said for a state: it and the other one(s) named last
                if own not in keys:
                    keys.append(own)
                exclude, n = exclude | {own}, n - 1
            if _called_on(doc, base + group[0]) and doc.entity_types.get(own) == EntityType.STATE:
                exclude = exclude | {own}  # "called on both sides", "داعيا الطرفين": not itself
            found = _recent_group(doc, base + group[0], n, exclude, reporting)
            if of_them and own in found:
                # "ready to work with either of them" said by a third state: not itself
                # (unless it is one of the pair: "neither of them" said by a party)
                other = _recent_group(doc, base + group[0], n, exclude | {own}, reporting)
                found = other if len(other) == n else found
            for k in found:
                if k not in keys:
                    keys.append(k)
            if any(doc.entity_types.get(k) != EntityType.STATE for k in found):
                sides = found
        if (
            not keys
            and generic < 0
            and prev is not None
            and 0 <= s.sent - prev.sent <= 2
            and _side(doc, prev.speaker) == _side(doc, s.speaker)
            and (prev.speaker == s.speaker or doc.lang == "ar")
        ):
            keys = [k for k in prev.about if k != s.speaker]
        we = _we_state(doc, s)
        if we is not None and we not in keys:
            keys.append(we)  # '"We will not be bullied," the minister said': his state too
        # "Chinese troops ... China": a state's armed forces are the state when it is there
        keys = [
            k for k in keys if k in sides or (p := _part_state(doc, k)) is None or p not in keys
        ]
        keys = list(dict.fromkeys(_unnamed_state(doc, k, s.speaker) for k in keys))
        s.about = keys
        sent = doc.seg.sents[s.sent] if 0 <= s.sent < len(doc.seg.sents) else None
        if sent is not None:
            s.date = _statement_date(doc, s, stmts, sent)
            if s.date is None and doc.lang == "ar":
                s.date = _same_statement_date(doc, s, stmts)
            if (
                s.date is None
                and one_day is not None
                and not _background(doc, sent)
                and _opens_with_saying(doc, s, stmts, sent)
                and s.speaker in at_lead
            ):
                s.date = one_day  # "وقال المتحدث ..." in a story of "اليوم": that day
        prev = s


_DECISION_NOUNS = word_set("about.decision_nouns")
"""Nouns of a step a state takes ("القرار", "الخطوة", "decision", "move"): a content
that speaks of "the decision" without naming whose is about the story's acting state."""


_DECISION_ACTS = word_set("about.decision_acts")
"""Arabic nouns of a state's act whose object follows them ("طرد السفير")."""


_DECISION_ANY = _DECISION_NOUNS | _DECISION_ACTS


_EN_DECISION_DET = word_set("about.en_decision_det")
"""English words before a decision noun that take up the story's ("the", "this")."""


_EN_MAKE = word_set("about.en_make_decision")
"""English verbs of making a decision ("had made the decision"): the speaker's own."""


def _decision_author(doc: Doc, s: Stmt, keys: list[str]) -> list[str]:
    """The state of the story's lead actor -- the first actor named in the article's
    first sentence after the title (past a wire dateline), with the states joined to it
    by "and" or commas -- when a content speaks of
    "the decision" / "this move" / "القرار" / "هذه الخطوة" with no author of its own (no
    word after it naming one: "القرار الأمريكي", "the decision to ..."; not "made the
    decision"), names no state but the speaker's and is said by a state's side (not by
    a league or a stateless body): the speaker's own state is never one of them."""
    assert doc.seg is not None
    own = _side(doc, s.speaker)
    if doc.entity_types.get(own) != EntityType.STATE:
        return []  # a league's or a stateless body's "القرار": as often its own
    if any(
        doc.entity_types.get(_side(doc, k)) == EntityType.STATE and _side(doc, k) != own
        for k in keys
    ):
        return []
    a, b = doc.tok_after(s.start), doc.tok_after(s.end)
    found = False
    for i in doc.positions(_DECISION_ANY):
        if not a <= i < b:
            continue
        nxt = doc.word(i + 1)
        if doc.lang == "ar":
            found = doc.mention_at_tok(i + 1) is None and (
                not nxt.startswith("ال") or doc.word(i) in _DECISION_ACTS
            )  # "طرد السفير": the act's object after it, not its author
        else:
            found = (
                doc.word(i - 1) in _EN_DECISION_DET
                and nxt not in ("to", "by", "of", "on")
                and doc.word(i - 2) not in _EN_MAKE  # "he had made the decision": his own
            )
        if found:
            break
    if not found:
        return []
    first = next((x for x in doc.seg.sents if x.start >= doc.title_end), None)
    if first is None or first.start >= s.start:
        return []
    head = doc.text[first.start : first.end]
    dashes = [d for d in (head.find(x, 0, 60) for x in (" - ", " — ", " – ")) if d >= 0]
    dash = min(dashes) if dashes else -1
    start = first.start + dash + 3 if dash >= 0 and "(" in head[:dash] else first.start
    ments = [m for m in doc.mentions_in(start, first.end) if doc.is_actor(m)]
    for i, m in enumerate(ments):
        if _is_outlet(m.key):
            continue
        state = m.key if m.adjectival else _side(doc, m.key)
        if doc.entity_types.get(state) != EntityType.STATE:
            return []
        out = [state]
        for x, y in pairwise(ments[i:]):
            # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed ties";
            # the speaker's state among them is left out ("X and Iran agreed ...", said
            # by X: the other side)
            if doc.text[x.end : y.start].strip(" ,،") not in ("", "and", "و", "the", "and the"):
                break
            if doc.entity_types.get(y.key) == EntityType.STATE:
                out.append(y.key)
        return [k for k in dict.fromkeys(out) if k not in keys and k != own]
    return []


_OF_THEM = ("either of them", "neither of them")


_CALL_WORDS = word_set("about.call_words")
"""Words of calling on or urging an addressee ("urged", "called [on]", "داعيا", "ندعو")."""


def _called_on(doc: Doc, at: int) -> bool:
    """Whether a group phrase at an offset is the addressee of a call ("called on both
    sides to", "urged the two countries", "داعيا الطرفين", "ندعو الجانبين"): the one
    who calls is none of the group."""
    t = doc.tok_after(at)
    w = doc.word(t - 1).lower()
    if w == "on":
        w = doc.word(t - 2).lower()
    return w in _CALL_WORDS


def _people_pair(doc: Doc, at: int) -> bool:
    """English: whether "either of them" / "neither of them" at an offset points at
    people -- the actor named last before it is a person ("he and Xi agreed that either
    of them could pick up the phone"), not a state ("deals with either of them")."""
    if doc.lang == "ar" or not doc.text[at : at + 16].lower().startswith(_OF_THEM):
        return False
    for m in reversed(doc.mentions_in(max(0, at - 300), at)):
        if doc.is_actor(m):
            return m.etype == EntityType.PERSON
    return False


def _unnamed_state(doc: Doc, key: str, speaker: str) -> str:
    """An unnamed group of a state's people in an English content ("Latvia's diplomats",
    "Belarusian officials") stands for its state as a topic: the state's key (the key
    itself for anything else -- a single unnamed official stays one -- or when that state
    is the speaker)."""
    if not _plural_group(key):
        return key
    state = doc.entity_states.get(key)
    if not state or state == speaker or doc.entity_types.get(state) != EntityType.STATE:
        return key
    return state


def _same_statement_date(doc: Doc, s: Stmt, stmts: list[Stmt]) -> str | None:
    """Arabic: the date of the statement "the statement" goes on with ("وقالت الوزارة في
    بيان أمس إن ... وأضاف البيان أن ...، داعيا"): when a statement of the same speaker in
    this sentence has "البيان" right after its cue, the date of the speaker's latest
    dated statement in the three sentences before."""
    said = [
        o
        for o in stmts
        if o.sent == s.sent
        and o.speaker == s.speaker
        and o.cue_start <= s.cue_start
        and doc.word(o.cue_tok + 1) in _AR_ISSUED
    ]
    if not said:
        return None
    first = min(o.sent for o in said)
    dated = [
        o
        for o in stmts
        if o.speaker == s.speaker and 0 < first - o.sent <= 3 and o.date is not None
    ]
    return max(dated, key=lambda o: o.cue_start).date if dated else None


_AR_WAS = word_set("quotes.ar_was")


def _background(doc: Doc, sent: Span) -> bool:
    """Arabic: a pluperfect background sentence ("وكان X قد أكد ..."): told before the
    story's day."""
    a, _ = doc.tok_range(sent)
    w = doc.word(a)
    return w in _AR_WAS or (w[:1] in ("و", "ف") and w[1:] in _AR_WAS)


def _lead_actors(doc: Doc) -> frozenset[str]:
    """The actors named in the lead, the first sentence past the headline."""
    seg = doc.seg
    body = [sp for sp in seg.sents if sp.start >= doc.title_end] if seg is not None else []
    if not body:
        return frozenset()
    return frozenset(m.key for m in doc.mentions_in(body[0].start, body[0].end))


def _opens_with_saying(doc: Doc, s: Stmt, stmts: list[Stmt], sent: Span) -> bool:
    """Whether the sentence of ``s`` is told as a saying: a statement of the same speaker
    has its cue among the sentence's first five words ("وقال الوزير ..."، "وفي واشنطن، قال
    ..."), not after an act told first ("واستقبل X ...، ووصف ..."), which may be of
    another day."""
    a, _ = doc.tok_range(sent)
    return any(
        o.sent == s.sent and o.speaker == s.speaker and 0 <= o.cue_tok - a < 5 for o in stmts
    )


def _one_day_story(doc: Doc, stmts: list[Stmt]) -> str | None:
    """Arabic: the day of a story told of one day: its lead (the first sentence past the
    headline) names the day as "today" or "yesterday" ("أعلنت الوزارة اليوم", "مساء أمس
    السبت") outside what is said, and the text names no other day up to publication
    outside what is said.  The statements of such a story that name no time of their own
    were made that day; None when the text gives another day or no anchor."""
    seg = doc.seg
    if seg is None:
        return None
    body = [sp for sp in seg.sents if sp.start >= doc.title_end]
    if not body:
        return None
    lead = body[0]
    said = [(st.start, st.end) for st in stmts]
    day = None
    for t in doc.times_in(lead.start, lead.end):
        if any(a <= t.start < b for a, b in said):
            continue  # (the day of what is said, not of the saying)
        if t.kind == "deictic" and t.value is not None and len(t.value) == 10:
            day = t.value
            break
    if day is None:
        return None
    pub = doc.published.isoformat() if doc.published is not None else day
    for t in doc.times_in(doc.title_end, len(doc.text)):
        if t.value is None or len(t.value) != 10 or t.value == day or t.value > pub:
            continue  # (a day ahead is a plan, not a day of the story)
        if not any(a <= t.start < b for a, b in said):
            return None  # another day told: the statements may be of either
    return day


_THAT_WORDS = word_set("about.that_words")
"""Words that open a reported clause: a time at the end of one is the content's own."""


_SAY_EN = word_set("about.say_en")
"""English cues whose content is a clause even without "that"."""


def _statement_date(doc: Doc, s: Stmt, stmts: list[Stmt], sent: Span) -> str | None:
    """When a statement was made: the time of its sentence nearest the cue, outside
    what it says or at either edge of it ("said last week it would oppose", "welcomed
    the decision on Wednesday"), and not a time that belongs elsewhere: ahead of
    publication, a wire dateline, inside another statement's content ("قال إنه بحث في
    تموز الماضي ...، مؤكدا أن"), a "since" stretch, a relative clause after the content
    ("..., which has mediated since 1992") or a clause before a "but"."""
    text = doc.text
    arabic = doc.lang == "ar"
    pub = doc.published.isoformat() if doc.published is not None else None

    def inner(o: Stmt, t: TimeExpr) -> bool:
        """Inside a content, not at its start nor (for the object of the cue itself,
        "welcomed the decision on Wednesday", "أدانت القرار مساء اليوم") at its end."""
        a, b = o.start, o.end
        if not a <= t.start < b:
            return False
        if relative_between(text, arabic, a, t.start):
            return True
        if not text[a : t.start].strip():
            return False
        cue_end = doc.tokens[o.cue_tok].end if 0 <= o.cue_tok < len(doc.tokens) else a
        # "... أن" before the content or "إنه ..." opening it
        edge = text[cue_end:a].split()[-1:] + text[a:b].split()[:1]
        clause = any(w.lower() in _THAT_WORDS for w in edge) or doc.word(o.cue_tok) in _SAY_EN
        # a month or year with its own year closing the object is the object's time ("thanked
        # Britain for its support since the invasion in February 2022"), not the saying's
        past = t.kind == "absolute" and t.value is not None and len(t.value) < 10
        return clause or past or bool(text[t.end : b].strip(" .,;:،؛\"'”»)"))

    # (a content that runs over this statement's cue is no other statement's)
    others = [
        o
        for o in stmts
        if o.sent == s.sent and o.start != s.start and not o.start <= s.cue_start < o.end
    ]
    best = None
    for t in doc.times_in(sent.start, sent.end):
        v = t.value
        if v is None or (pub is not None and v > pub[: len(v)]) or inner(s, t):
            continue
        if (
            since_at(text, t.start)
            or wire_dateline(text, t, doc.title_end)
            or any(inner(o, t) for o in others)
            or (
                doc.lang == "en"
                and t.start >= s.end
                and relative_between(text, False, s.end, t.start)
            )
            or (
                t.end <= s.cue_start
                and contrast_between(text, doc.lang == "ar", t.end, s.cue_start)
            )
            or (
                # "Putin, who met Lukashenko on Sept. 14 and promised a loan, said"
                t.end <= s.cue_start
                and relative_between(text, arabic, sent.start, t.start)
                and ("," in text[t.end : s.cue_start] or "،" in text[t.end : s.cue_start])
            )
        ):
            continue  # "..., which has mediated since 1992": not when it was said
        if best is None or abs(t.start - s.cue_start) < abs(best.start - s.cue_start):
            best = t
    return best.value if best else None
