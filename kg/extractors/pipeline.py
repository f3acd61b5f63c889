"""``extract(article) -> Extraction``: linking, statements, relations and time, put together.

Steps: normalise the text (:mod:`kg.extractors.text`), link names to entities
(:func:`kg.gazetteer.linker.link`), tokenise and segment, find the article's
home state from its dateline and the state bodies, unnamed officials and bare
"the government" it names (:mod:`kg.extractors.bodies`), time expressions
(:mod:`kg.extractors.dates`), both trigger lexicons in one pass
(:func:`kg.extractors.lexicon.find_all`), statements (:mod:`kg.extractors.quotes`)
and relations (:mod:`kg.extractors.relations`), then map entity keys to local ids
(``e1``, ``e2`` ...) in order of first mention and every normalised span back
to the original text.  The result always validates: spans are re-checked
against the text and anything that would not resolve is dropped.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from bisect import bisect_right
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

from kg.extractors.bodies import find_bodies, home_state, homograph_nisbas
from kg.extractors.dates import find_times, parse_dateline
from kg.extractors.doc import Doc, Ment
from kg.extractors.lexicon import find_all
from kg.extractors.quotes import Stmt, cue_matcher, find_statements
from kg.extractors.relations import Rel, calibrate, find_relations, relation_matcher
from kg.extractors.sentences import Segmenter
from kg.extractors.text import NormText, fold, tokenize
from kg.gazetteer import Gazetteer
from kg.gazetteer.linker import Linking, entity_of, link
from kg.gazetteer.tables import load_tables
from kg.lang import detect_lang
from kg.models import Article, EntityType, Extraction

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "extract", "extract_with"]

EXTRACTOR_NAME = "statekg.rules"
EXTRACTOR_VERSION = "0.13.0"


def _link(text: str, lang: str, published: date | None) -> Linking:
    return link(text, lang=lang, published=published)


_CLOCK = re.compile(r"\d:\d\d")
_NOT_HEADLINE_END = (".", "!", "?", "؟", ":", "-", "—", "–", ",", "،", '"', "”", "»")


def _title_end(article: Article, nt: NormText) -> int:
    """Normalised offset where the headline ends when the text starts with it. With no
    title field, a first line that reads as a headline (four to thirty words, no end
    punctuation, not a dateline such as "أنقرة (الأناضول)", "القاهرة - «الأهرام»:" or
    "09:15 JST, March 3, 2025", more text after it) is the headline (S7-H9)."""
    title = (article.title or "").strip()
    text = article.text
    stripped = text.lstrip()
    if not title:
        nl = stripped.find("\n")
        first = stripped[:nl].strip() if nl >= 0 else ""
        if (
            4 <= len(first.split()) <= 30
            and not first.endswith(_NOT_HEADLINE_END)
            and "(" not in first
            and _CLOCK.search(first) is None  # ("09:15 JST, March 3, 2025": a timestamp)
            and parse_dateline(first) is None
            and stripped[nl:].strip()
        ):
            return nt.to_norm(len(text) - len(stripped) + nl)
        return 0
    if not stripped.startswith(title[: max(10, len(title) // 2)]):
        return 0
    nl = text.find("\n", len(text) - len(stripped))
    end = len(text) if nl < 0 else nl
    return nt.to_norm(end)


def _doc(article: Article, linking: Linking, nt: NormText, lang: str, pub: date | None) -> Doc:
    doc = Doc(nt=nt, lang=lang, published=pub)
    doc.tokens = tokenize(nt.norm)
    starts = [t.start for t in doc.tokens]
    doc._tok_starts = starts
    ments: list[Ment] = []
    last_end = -1
    for lm in sorted(linking.mentions, key=lambda m: (m.start, m.end)):
        ent = linking.entities.get(lm.key)
        if ent is None or lm.start < last_end or not 0 <= lm.start < lm.end <= len(article.text):
            continue
        s = nt.to_norm(lm.start)
        e = nt.to_norm(lm.end)
        if e <= s:
            continue
        if lm.role:
            titled = _with_title(nt.norm, s, lm.role, ments[-1].end if ments else 0)
            if titled == s and ments:
                # a place inside the title ("السفير الروسي لدى الأمم المتحدة X", "المبعوث
                # ... إلى اليمن X") was linked on its own: the title's holder takes it back
                j = len(ments)
                while j > 0 and ments[j - 1].start >= s - len(lm.role) - 2:
                    j -= 1
                inner = _with_title(nt.norm, s, lm.role, ments[j - 1].end if j else 0)
                if inner < s:
                    del ments[j:]
                    titled = inner
            s = titled
        t0 = doc.tok_at(s)
        t1 = doc.tok_at(e - 1)
        if t0 < 0 or t1 < t0:
            continue
        ments.append(Ment(s, e, lm.key, lm.kind, ent.type, t0, t1, nt.norm[s:e]))
        last_end = lm.end
    doc.mentions = ments
    doc.entity_states = {k: v.state for k, v in linking.entities.items()}
    doc.entity_types = {k: v.type for k, v in linking.entities.items()}
    doc.title_end = _title_end(article, nt)
    doc.prepare()
    labels = {k: v.label for k, v in linking.entities.items()}
    home = home_state(doc, ments)
    if home is None and lang == "en":
        home = _en_city_state_dateline(doc, ments)  # "GOMA, Congo (AP) --"
    if home is not None and home not in linking.entities:
        entry = Gazetteer.load().entries.get(home)
        if entry is None:
            home = None
        else:
            linking.entities[home] = entity_of(entry, [])
            doc.entity_states[home] = home
            doc.entity_types[home] = EntityType.STATE
    if lang == "en":  # (with no home state too: "UNITED NATIONS (AP) -- In Tokyo, ...")
        _en_titled_states(doc, ments, linking)
    if lang == "ar":  # (with no home state too: "الجزيرة نت - وكالات")
        _ar_titled_states(doc, ments, linking, home)
    if home is not None:
        # "Defense Minister X" with no state named: an official of the home state
        for key, ent in linking.entities.items():
            if ent.type == EntityType.PERSON and ent.state is None and ent.roles:
                if all(r.of is None for r in ent.roles) and key.startswith("Person:"):
                    # (a round-up paragraph on another capital: "In Beijing, Foreign
                    # Ministry spokesman X said" is of that capital's state)
                    ent.state = (
                        _paragraph_capital(doc, ments, key)
                        or _named_body_state(doc, ments, key, ent.roles[0].label)
                        or _en_home(doc, ments, key, ent.roles[0].label, home)
                    )
                    doc.entity_states[key] = ent.state
    doc.mentions = find_bodies(doc, ments, labels, home)
    _gazetteer_extras(doc, linking)
    doc.entity_types = {k: v.type for k, v in linking.entities.items()}
    doc.entity_states = {k: v.state for k, v in linking.entities.items()}
    for key, (etype, _label, state, _aliases) in doc.extra.items():
        doc.entity_types[key] = etype
        doc.entity_states[key] = state
    doc.times = find_times(nt.norm, lang, pub)
    doc.prepare()
    return doc


def _paragraph_capital(doc: Doc, ments: list[Ment], key: str) -> str | None:
    """English: the state whose capital opens the paragraph or sentence of ``key``'s first
    mention ("In Beijing, Foreign Ministry spokesman X said ..."), or None."""
    if doc.lang != "en":
        return None
    first = next((m for m in ments if m.key == key), None)
    if first is None:
        return None
    norm = doc.nt.norm
    para = max(norm.rfind("\n", 0, first.start), norm.rfind(". ", 0, first.start) + 1) + 1
    opener = next((m for m in ments if para <= m.start < first.start), None)
    if (
        opener is None
        or norm[para : opener.start].strip().lower() != "in"
        or norm[opener.end : opener.end + 1] != ","
    ):
        return None
    if opener.etype == EntityType.STATE:
        return opener.key
    return _capital_states().get(opener.key)


def _named_body_state(doc: Doc, ments: list[Ment], key: str, role: str) -> str | None:
    """English: the state of the body a stateless title names, when the article named
    that body with its state before the title's first mention ("China's Foreign Ministry
    ... Foreign Ministry spokeswoman X"), or None."""
    if doc.lang != "en":
        return None
    first = next((m for m in ments if m.key == key), None)
    if first is None:
        return None
    norm = doc.nt.norm
    words = role.split()
    if len(words) == 1:  # the title as written: "Defense Ministry spokesman X"
        end = first.start + (len(role) if norm.startswith(role, first.start) else 0)
        before = norm[max(0, first.start - 60) : end].split()[-3:]
        if before[-1:] == words:
            words = before
    if len(words) < 3 or not all(w[:1].isupper() for w in words[-3:-1]):
        return None
    body = " ".join(words[-3:-1]).lower()  # "foreign ministry" of "Foreign Ministry spokeswoman"
    state = None
    for m in ments:
        if m.start >= first.start:
            break
        if m.start < first.start - 600:
            continue  # (nearby only)
        if m.etype == EntityType.ORGANIZATION and body in m.text.lower():
            state = doc.entity_states.get(m.key) or state
        elif m.etype == EntityType.STATE:
            after = norm[m.end : m.end + len(body) + 3].lower()
            if after.startswith((" " + body, "'s " + body, "’s " + body)):
                state = m.key  # "the Chinese Defense Ministry" (a body read later)
    return state


def _gazetteer_extras(doc: Doc, linking: Linking) -> None:
    """States the body finder added (``doc.extra``: "الحكومة المالية", a nisba the linker
    leaves alone) become linked entities, with the gazetteer's label and QID (S11-R2)."""
    g = Gazetteer.load()
    for key, (etype, _label, _state, _aliases) in list(doc.extra.items()):
        if etype != EntityType.STATE or key in linking.entities:
            continue
        entry = g.entries.get(key)
        if entry is not None:
            linking.entities[key] = entity_of(entry, [])


_AR_HOMOGRAPH_NISBA_AFTER = frozenset(
    fold(w)
    for w in "الحكومة حكومة السلطات الجيش القوات المجلس العسكري الانتقالي الرئيس الرئاسة "
    "الوزراء الخارجية الدفاع الداخلية السفير السفيرة المبعوث الوفد".split()
)
"""Title and government words after which a homograph nisba ("المالي"، "المالية") is the
state's adjective, not "financial" ("وزير المالية"، "المستشار المالي" are not among them)."""


def _ar_titled_states(doc: Doc, ments: list[Ment], linking: Linking, home: str | None) -> None:
    """Arabic: the state of a titled person whose title names none, read from the article
    before the article's home state is given (S11-R2): a homograph nisba in the title
    (:func:`_ar_homograph_state`), the sentence before the name (:func:`_ar_sentence_state`),
    the body the title heads, named earlier with its state (:func:`_ar_body_state`), or
    the family name of a person of a state (:func:`_ar_family_state`)."""
    families: dict[tuple[str, str], str] | None = None
    g = Gazetteer.load()
    for key, ent in list(linking.entities.items()):
        if ent.type != EntityType.PERSON or ent.state is not None or not ent.roles:
            continue
        if not key.startswith("Person:") or not all(r.of is None for r in ent.roles):
            continue
        role = ent.roles[0].label
        if families is None:
            families = _ar_family_states(linking)
        state = (
            _ar_homograph_state([r.label for r in ent.roles])
            or _ar_sentence_state(doc, ments, key, role, home)
            or _ar_body_state(doc, ments, key, role)
            or _ar_family_state(families, ent.label, home)
        )
        entry = g.entries.get(state) if state else None
        if state is None or entry is None:
            continue
        ent.state = state
        doc.entity_states[key] = state
        if state not in linking.entities:
            linking.entities[state] = entity_of(entry, [])
            doc.entity_states[state] = state
            doc.entity_types[state] = EntityType.STATE


def _ar_homograph_state(roles: list[str]) -> str | None:
    """Arabic: the state of a homograph nisba written after a government or title word in
    one of the titles ``roles`` ("المتحدث باسم الحكومة المالية"، "رئيس الوزراء المالي"),
    which the linker left alone as "financial"."""
    nisbas = homograph_nisbas()
    for role in roles:
        words = fold(role).split()
        for prev, w in pairwise(words):
            if w in nisbas and prev in _AR_HOMOGRAPH_NISBA_AFTER:
                return nisbas[w]
    return None


_AR_BODY_HEADS = frozenset(fold(w) for w in "رئيس رئيسة زعيم قائد".split())


def _ar_body_state(doc: Doc, ments: list[Ment], key: str, role: str) -> str | None:
    """Arabic: a title that heads a body of two words or more ("رئيس المجلس العسكري"،
    "رئيس المجلس الرئاسي") whose body the article named before the person with its state
    right after it ("المجلس العسكري الحاكم في النيجر"، "المجلس العسكري الانتقالي في
    جمهورية تشاد"، "المجلس الرئاسي الليبي"), or read as a state's metonym there ("المجلس
    العسكري الحاكم في النيجر"): that state.  A spokesman's body may be one word ("المتحدث
    باسم المجلس")."""
    words = fold(role).split()
    if words[:2] in (["المتحدث", "باسم"], ["المتحدثة", "باسم"]):
        words = words[1:]  # "المتحدث باسم المجلس": the body's spokesman
    if len(words) < 2 or (words[0] not in _AR_BODY_HEADS and words[0] != "باسم"):
        return None
    if not words[1].startswith("ال") or (len(words) < 3 and words[0] != "باسم"):
        return None
    first = next((m for m in ments if m.key == key), None)
    if first is None:
        return None
    least = 2 if words[0] == "باسم" else 3
    for size in range(len(words), least - 1, -1):  # (a rank may end the title: "... النقيب")
        found = _ar_body_state_of(doc, ments, " ".join(words[1:size]), first.start)
        if found is not None:
            return found
    return None


def _ar_body_state_of(doc: Doc, ments: list[Ment], body: str, before: int) -> str | None:
    """The state :func:`_ar_body_state` reads after the last mention of ``body`` before
    offset ``before``, or None."""
    norm = doc.nt.norm
    found: str | None = None
    at = norm.find(body)
    while 0 <= at < before:
        end = at + len(body)
        for m in ments:
            if m.end <= at:
                continue
            if m.start <= at:
                if m.etype == EntityType.STATE and m.start == at:
                    found = m.key  # "المجلس العسكري الحاكم في النيجر": the junta, read as one
                break
            gap = norm[end : m.start]
            if len(gap.split()) > 3 or any(c in gap for c in '.,،:؛\n()«»"'):
                break
            if m.etype == EntityType.STATE and (
                m.adjectival or gap.split()[-1:] in (["في"], ["لدى"]) or gap.endswith("ب")
            ):
                found = m.key
            break
        at = norm.find(body, end)
    return found


_AR_GOVERNMENT_HEADS = ("الحكومة", "حكومة")
_AR_CABINET_TITLES = ("رئيس الوزراء", "رئيس الحكومة", "رئيس مجلس الوزراء", "وزير")


def _sentence_start(doc: Doc, pos: int, back: int = 0) -> int:
    """Where the sentence holding offset ``pos`` starts, by the Doc's segmenter; with
    ``back``, the sentence that many before it (0 before the first)."""
    if doc.seg is None:
        doc.seg = Segmenter(doc.nt.norm)
    k = doc.seg.index_at(pos) - back
    return doc.seg.sents[k].start if k >= 0 else 0


def _ar_sentence_state(
    doc: Doc, ments: list[Ment], key: str, role: str, home: str | None
) -> str | None:
    """Arabic: the state a stateless title's sentence gives its holder before the name,
    instead of the article's home state (S11-R2):

    - a sentence that opens on another capital or state ("وفي القدس، ... رئيس الوزراء X");
    - the title's head word written earlier in the sentence with a state's nisba ("أول
      زيارة لرئيس إيراني إلى دمشق منذ زيارة الرئيس الأسبق X");
    - a cabinet title after another state's government in the sentence ("صادقت الحكومة
      الإسرائيلية على الاتفاق ووقعه رئيس الوزراء X").
    """
    if doc.lang != "ar":
        return None
    first = next((m for m in ments if m.key == key), None)
    if first is None:
        return None
    norm = doc.nt.norm
    start = _sentence_start(doc, first.start)
    inside = [m for m in ments if start <= m.start < first.start]
    if not inside:
        return None
    opener = inside[0]
    lead = norm[start : opener.start].strip()
    if lead in ("في", "وفي") and norm[opener.end : opener.end + 1] in ("،", ","):
        state = (
            opener.key if opener.etype == EntityType.STATE else _capital_states().get(opener.key)
        )
        if state and state != home:
            return state
    folded = fold(role).strip()
    head = folded.split()[0] if folded else ""
    head = head[2:] if head.startswith("ال") else head
    heads = (head, "ل" + head, "ب" + head, "ال" + head) if head else ()
    for m in reversed(inside):
        if m.etype == EntityType.PERSON and m.kind == "role":
            words = m.text.split()  # "رئيس إيراني": a holder of the same title, read as one
            state = doc.entity_states.get(m.key)
            if len(words) >= 2 and words[0] in heads and state and state != home:
                return state
            continue
        if m.etype != EntityType.STATE or not m.adjectival or m.key == home:
            continue
        before = norm[max(start, m.start - 20) : m.start].split()
        if before and before[-1] in heads:
            return m.key  # "لرئيس إيراني ... الرئيس الأسبق X"
    if folded.startswith(_AR_CABINET_TITLES):
        for m in reversed(inside):
            state = doc.entity_states.get(m.key)
            if m.etype != EntityType.ORGANIZATION or not state or state == home:
                continue
            if m.text.startswith(_AR_GOVERNMENT_HEADS):
                return state  # "الحكومة الإسرائيلية ... رئيس الوزراء X"
    return None


def _ar_family_states(linking: Linking) -> dict[tuple[str, str], str]:
    """Arabic: the last two words (folded) of every person's name with a state, mapped to
    that state (one family name read two ways is left out)."""
    found: dict[tuple[str, str], str] = {}
    clash: set[tuple[str, str]] = set()
    for ent in linking.entities.values():
        if ent.type != EntityType.PERSON or ent.state is None:
            continue
        for name in (ent.label, *ent.aliases):
            words = fold(name).split()
            if len(words) < 2 or not any("\u0600" <= c <= "\u06ff" for c in name):
                continue
            tail = (words[-2], words[-1])
            if found.get(tail, ent.state) != ent.state:
                clash.add(tail)
            found[tail] = ent.state
    for tail in clash:
        del found[tail]
    return found


def _ar_family_state(
    families: dict[tuple[str, str], str], label: str, home: str | None
) -> str | None:
    """Arabic: a stateless titled person whose name ends in the two last words of a
    person of another state in the article ("محمد إدريس ديبي إتنو" after "الرئيس التشادي
    الراحل إدريس ديبي إتنو"): one family, that state, not the article's home (S11-R2)."""
    words = fold(label).split()
    if len(words) < 3:
        return None
    state = families.get((words[-2], words[-1]))
    return state if state != home else None


def _en_titled_states(doc: Doc, ments: list[Ment], linking: Linking) -> None:
    """English: a person under a title with no state ("Foreign Minister X", "Spokesman X")
    takes the state of a capital opening the sentence ("In Tokyo, Foreign Minister X"), of
    the body the title names ("Foreign Ministry spokeswoman X" after "China's Foreign
    Ministry"), or of the state body named in the sentence right before a bare
    "Spokesman X" (:func:`_body_before_state`), whether or not the story has a home
    state (S11-R2-ENTEN)."""
    for key, ent in linking.entities.items():
        if ent.type != EntityType.PERSON or ent.state is not None or not ent.roles:
            continue
        if not key.startswith("Person:") or any(r.of is not None for r in ent.roles):
            continue
        state = (
            _paragraph_capital(doc, ments, key)
            or _named_body_state(doc, ments, key, ent.roles[0].label)
            or _body_before_state(doc, ments, key, ent.roles[0].label)
        )
        if state is not None:
            ent.state = state
            doc.entity_states[key] = state


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _body_before_state(doc: Doc, ments: list[Ment], key: str, role: str) -> str | None:
    """English: a bare "Spokesman X" whose sentence follows one naming a state's body
    ("Belarus's Foreign Ministry condemned the sanctions.  Spokesman X said ..."): that
    body's state, when no other state or body is named in between, else None."""
    if role.strip().lower() not in _SPOKES:
        return None
    first = next((m for m in ments if m.key == key), None)
    if first is None:
        return None
    prev = _sentence_start(doc, first.start, back=1)
    before = [m for m in ments if prev <= m.start < first.start]
    if not before:
        return None
    last = before[-1]
    state = doc.entity_states.get(last.key)
    if last.etype != EntityType.ORGANIZATION or state is None:
        return None
    others = {doc.entity_states.get(m.key) for m in before if m.etype != EntityType.PLACE}
    return state if others == {state} else None


_EMPLOYER_TITLE_WORDS = frozenset({"chief", "deputy", "senior", "vice", "acting", "executive"})
_COMPANY_TITLES = frozenset(
    {
        "executive",
        "chief executive",
        "ceo",
        "chief executive officer",
        "chairman",
        "chairwoman",
        "founder",
        "co-founder",
        "managing director",
        "boss",
    }
)


def _en_home(doc: Doc, ments: list[Ment], key: str, role: str, home: str) -> str | None:
    """The story's home state for a stateless title, unless it is a company's officer
    (:func:`_en_other_employer`)."""
    return None if _en_other_employer(doc, ments, key, role) else home


def _en_other_employer(doc: Doc, ments: list[Ment], key: str, role: str) -> bool:
    """English: the stateless company title of ``key`` is written after a capitalised name
    no actor covers ("Ryanair chief executive X", "Boeing Chief Executive X"): a company's
    officer, not an official of the story's home state (S11-R2-ENTEN)."""
    if doc.lang != "en" or role.strip().lower() not in _COMPANY_TITLES:
        return False
    first = next((m for m in ments if m.key == key), None)
    if first is None:
        return False
    norm = doc.nt.norm
    lo = max(0, first.start - 60)
    words = norm[lo : first.start].split()
    stop = Gazetteer.load().stop_words.get("en", frozenset())
    while words and words[-1].lower() in _EMPLOYER_TITLE_WORDS:
        words.pop()
    if not words:
        return False
    word = words[-1]
    for suffix in ("'s", "’s"):
        word = word.removesuffix(suffix)
    if not (word[:1].isupper() and word.isalpha()) or word.lower() in stop:
        return False
    at = lo + norm[lo : first.start].rfind(words[-1])
    return not any(m.start <= at < m.end for m in ments)


_EN_DATELINE_CITY = re.compile(r"[A-Z][A-ZÀ-Ý.'’ -]{1,40}, ")
_EN_DATELINE_TAIL = re.compile(r"[ \t]*(?:,[^()\n]{0,30})?[ \t]*(?:\(|[-—–]{1,2}[ \t])")


def _en_city_state_dateline(doc: Doc, ments: list[Ment]) -> str | None:
    """English: the state of a dateline written as a city the gazetteer does not know, in
    capitals, and its state ("GOMA, Congo (AP) --", "MALE, Maldives, Jan 15 (Reuters) -"),
    or as a capital the linker does not read ("MALE, Jan 15, 2024 (AFP) -": a capital that
    folds to a common word; any state's capital in the states table, S12-ENT), or None
    (S11-R2-ENTEN)."""
    text = doc.nt.norm
    start = doc.title_end
    while start < len(text) and text[start].isspace():
        start += 1
    caps = _EN_CAPS_CITY.match(text, start)
    if (
        caps is not None
        and _EN_DATELINE_TAIL.match(text, caps.end())
        and _EN_CAPS_REGION.match(text, caps.end()) is None  # ("SAN JOSE, Calif. (AP)")
    ):
        # "MALE, Jan 15, 2024 (AFP) -": a capital the linker leaves alone (it folds to a
        # common word, or no metonym is recorded for it) is still the dateline's city
        state = _dateline_capitals().get(_fold_accents(caps.group(0)))
        if state is not None:
            return state
    city = _EN_DATELINE_CITY.match(text, start)
    if city is None:
        return None
    m = next((m for m in ments if m.start >= start), None)
    if m is None or m.start != city.end() or m.etype != EntityType.STATE:
        return None
    return m.key if _EN_DATELINE_TAIL.match(text, m.end) else None


_EN_CAPS_REGION = re.compile(
    r",[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)[A-Z]"
)
_EN_CAPS_CITY = re.compile(r"[A-Z][A-ZÀ-Ý.'’ -]{1,30}[A-ZÀ-Ý.](?=[ \t]*[,(—–-])")


def _fold_accents(name: str) -> str:
    """Lower case without accents: "Malé" and "MALE" are both "male"."""
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _dateline_capitals() -> dict[str, str]:
    """Folded English capital name -> its state's key, from the states table (every state,
    not only those whose capital names the government)."""
    g = Gazetteer.load()
    out: dict[str, str] = {}
    for row in load_tables()["states"]:
        key = g.by_code.get(row.get("code", ""))
        name = row.get("capital_en", "").split(",")[0]
        if key is not None and name:
            out.setdefault(_fold_accents(name), key)
    return out


@lru_cache(maxsize=1)
def _capital_states() -> dict[str, str]:
    """Capital (Place key) -> its state's key."""
    return {place: state for state, place in Gazetteer.load().capital_of.items()}


def _with_title(norm: str, start: int, role: str, floor: int) -> int:
    """Extend a mention start back over the title written right before the name
    ("الرئيس الروسي فلاديمير بوتين"), so that the subject NP starts at the title."""
    size, title = _title_key(role)
    if not size:
        return start
    j = start
    while j > floor and norm[j - 1] in " ،,\t":
        j -= 1
    k = j - size
    if k >= floor and norm[k:j].lower() == title:
        return k
    return start


@lru_cache(maxsize=4096)
def _title_key(role: str) -> tuple[int, str]:
    """A title as :func:`_with_title` compares it: the length of the folded, stripped
    title and its lower-cased form (one title recurs in many articles)."""
    title = fold(role).strip()
    return len(title), title.lower()


class _Ids:
    """Entity keys to local ids, in order of first use."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def get(self, key: str) -> str:
        got = self.ids.get(key)
        if got is None:
            got = f"e{len(self.ids) + 1}"
            self.ids[key] = got
        return got


def extract(article: Article) -> Extraction:
    """Entities, attributed statements and relations of one article.

    Never raises on odd input (any Unicode, no punctuation, megabytes of
    text); the result always satisfies :class:`kg.models.Extraction`'s checks.
    """
    return extract_with(article, calibrated=True)


def extract_with(article: Article, *, calibrated: bool) -> Extraction:
    """:func:`extract`, optionally with raw (uncalibrated) relation confidences, which
    is what :mod:`kg.extractors.calibrate` bins."""
    text = article.text
    lang = article.lang if article.lang in ("ar", "en") else detect_lang(text)
    if lang not in ("ar", "en"):
        lang = "en"
    pub = article.published or parse_dateline(text)
    nt = NormText.of(text)
    linking = _link(text, lang, pub)
    doc = _doc(article, linking, nt, lang, pub)
    cues, triggers = find_all(doc.tokens, cue_matcher(lang), relation_matcher(lang))
    doc.lexicon_hits = {"cues": cues, "relations": triggers}
    stmts = find_statements(doc)
    rels = find_relations(doc, stmts)
    out = _build(article, doc, linking, stmts, rels, calibrated=calibrated)
    if not _TABLES_FROZEN:
        _freeze_tables()
    return out


_TABLES_FROZEN = False


def _freeze_tables() -> None:
    """Once per process, after the first article has loaded the gazetteer and the
    lexicons: collect, then move every object alive (mostly those tables) to the
    collector's permanent generation.  They live as long as the process anyway, and
    each full collection walked them all again (tens of milliseconds, several
    articles' worth).  Reference counting still frees what is released.

    The youngest generation's threshold goes up to :data:`GC_YOUNG_THRESHOLD`
    allocations (CPython's default is 700): one article peaks at a few thousand live
    objects, all freed by reference counting when it is done, so at 700 the
    collector ran one to two needless passes per article."""
    global _TABLES_FROZEN
    _TABLES_FROZEN = True
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < GC_YOUNG_THRESHOLD:
        gc.set_threshold(GC_YOUNG_THRESHOLD, *older)


GC_YOUNG_THRESHOLD = 10_000
"""Allocations between collections of the youngest generation once :func:`extract` has
run (process-wide; an application that sets its own higher threshold keeps it)."""


def _place_entity(state_key: str, surface: str) -> tuple[str, str, str | None, str | None]:
    """``(key, label, qid, state key)`` of the city a metonym names, read as a place
    ("fled to Moscow")."""
    try:
        from kg.gazetteer.linker import place_of

        ent = place_of(state_key)
    except Exception:  # the gazetteer is optional here: fall back to the surface
        ent = None
    if ent is not None:
        return ent.key, ent.label, ent.qid, state_key
    return "Place:" + surface, surface, None, state_key


def _build(
    article: Article,
    doc: Doc,
    linking: Linking,
    stmts: list[Stmt],
    rels: list[Rel],
    *,
    calibrated: bool = True,
) -> Extraction:
    text = article.text
    nt = doc.nt
    ids = _Ids()
    mentions_by_key: dict[str, list[dict[str, Any]]] = {}
    # places read from metonyms that are destinations ("fled to Moscow")
    places: dict[str, tuple[str, str | None, str | None]] = {}  # key -> label, qid, state
    place_at: dict[int, str] = {}  # original mention start -> place key
    for r in rels:
        m = r.object_mention
        if not r.object_is_place or m is None or doc.entity_types.get(m.key) == EntityType.PLACE:
            continue
        s, _, surface = nt.span(m.start, m.end)
        key, label, qid, state = _place_entity(m.key, surface)
        places[key] = (label, qid, state)
        place_at[s] = key
        r.object = key
    # extractor-made entities (offices) cover linked mentions
    extra_spans = sorted((*nt.span(s, e)[:2], k) for s, e, k in doc.extra_mentions)
    for xs, xe, key in extra_spans:
        ids.get(key)
        mentions_by_key.setdefault(key, []).append({"start": xs, "end": xe, "text": text[xs:xe]})
    x_starts = [xs for xs, _, _ in extra_spans]
    for lm in linking.mentions:
        if lm.key not in linking.entities or not (0 <= lm.start < lm.end <= len(text)):
            continue
        if extra_spans:
            k = bisect_right(x_starts, lm.start) - 1
            if any(xs <= lm.start < xe for xs, xe, _ in extra_spans[max(0, k - 3) : k + 1]):
                continue
        key = place_at.get(lm.start, lm.key)
        ids.get(key)
        mentions_by_key.setdefault(key, []).append(
            {"start": lm.start, "end": lm.end, "text": text[lm.start : lm.end]}
        )
    # actors of relations and statements named only inside another mention ("مكتب نتنياهو")
    for key in [k for r in rels for k in (r.subject, r.object)] + [s.speaker for s in stmts]:
        if key in linking.entities and key not in ids.ids:
            ids.get(key)
    # the states (and role organisations) of everything mentioned get ids too
    for key in list(ids.ids):
        ent = linking.entities.get(key)
        state = ent.state if ent is not None else None
        if key in places:
            state = places[key][2]
        elif key in doc.extra:
            state = doc.extra[key][2]
        if state and state in linking.entities:
            ids.get(state)
        if ent is not None:
            for role in ent.roles:
                if role.of and role.of in linking.entities:
                    ids.get(role.of)
    entities: list[dict[str, Any]] = []
    for key, eid in ids.ids.items():
        entity = _entity(key, eid, linking, doc, places, ids, mentions_by_key.get(key, []))
        if entity is not None:
            entities.append(entity)
    known = {e["id"] for e in entities}
    quotes = _statements(doc, stmts, ids, known)
    relations = _relations(doc, rels, ids, known, calibrated)
    data: dict[str, Any] = {
        "article": article,
        "entities": entities,
        "quotes": quotes,
        "relations": relations,
        "extractor": EXTRACTOR_NAME,
        "extractor_version": EXTRACTOR_VERSION,
    }
    return Extraction.build(**data)


def _entity(
    key: str,
    eid: str,
    linking: Linking,
    doc: Doc,
    places: dict[str, tuple[str, str | None, str | None]],
    ids: _Ids,
    mentions: list[dict[str, Any]],
) -> dict[str, Any] | None:
    ent = linking.entities.get(key)
    if ent is None and key in doc.extra:
        etype, label, state_key, aliases = doc.extra[key]
        return {
            "id": eid,
            "type": etype,
            "label": label,
            "aliases": list(dict.fromkeys(aliases)),
            "state": ids.ids.get(state_key) if state_key else None,
            "mentions": mentions,
        }
    if ent is None and key in places:
        label, qid, state_key = places[key]
        return {
            "id": eid,
            "type": EntityType.PLACE,
            "label": label,
            "qid": qid,
            "state": ids.ids.get(state_key) if state_key else None,
            "mentions": mentions,
        }
    if ent is None:
        return None
    roles = [
        {
            "label": r.label,
            "lang": r.lang or "und",
            "of": ids.ids.get(r.of) if r.of else None,
            "start": r.start,
            "end": r.end,
        }
        for r in ent.roles
        if r.label
    ]
    state = ids.ids.get(ent.state) if ent.state else None
    if ent.type == EntityType.STATE and state is None:
        state = eid
    return {
        "id": eid,
        "type": ent.type,
        "label": ent.label or key,
        "labels": {k: v for k, v in ent.labels.items() if v},
        "aliases": list(dict.fromkeys(filter(None, ent.aliases))),
        "qid": ent.qid,
        "state": state,
        "roles": roles,
        "mentions": mentions,
    }


def _statements(doc: Doc, stmts: list[Stmt], ids: _Ids, known: set[str]) -> list[dict[str, Any]]:
    nt = doc.nt
    out: list[dict[str, Any]] = []
    stmt_ids: dict[int, str] = {}
    for i, s in enumerate(stmts):
        speaker = ids.ids.get(s.speaker)
        if speaker is None or speaker not in known:
            continue
        start, end, content = nt.span(s.start, s.end)
        if not content.strip():
            continue
        cue = nt.span(s.cue_start, s.cue_end)[2]
        sid = f"q{len(out) + 1}"
        stmt_ids[i] = sid
        about = [ids.ids[k] for k in s.about if ids.ids.get(k) in known]
        via = ids.ids.get(s.via) if s.via else None
        out.append(
            {
                "id": sid,
                "speaker": speaker,
                "cue": cue,
                "text": content,
                "start": start,
                "end": end,
                "direct": s.direct,
                "about": list(dict.fromkeys(about)),
                "via": via if via in known and via != speaker else None,
                "date": s.date,
                "confidence": round(min(1.0, max(0.0, s.confidence)), 3),
            }
        )
    # nested statements point at the statement that carries them
    by_id = {q["id"]: q for q in out}
    for i, st in enumerate(stmts):
        qid = stmt_ids.get(i)
        outer = stmt_ids.get(st.reported_in) if st.reported_in is not None else None
        if qid is not None and outer is not None and outer != qid:
            by_id[qid]["reported_in"] = outer
    return out


def _relations(
    doc: Doc, rels: list[Rel], ids: _Ids, known: set[str], calibrated: bool
) -> list[dict[str, Any]]:
    nt = doc.nt
    out: list[dict[str, Any]] = []
    for r in rels:
        subject = ids.ids.get(r.subject)
        obj = ids.ids.get(r.object)
        if subject is None or obj is None or subject == obj:
            continue
        if subject not in known or obj not in known:
            continue
        es, ee, evidence = nt.span(r.ev_start, r.ev_end)
        if not evidence.strip():
            continue
        out.append(
            {
                "id": f"r{len(out) + 1}",
                "subject": subject,
                "type": r.type,
                "object": obj,
                "predicate": nt.span(r.trig_start, r.trig_end)[2],
                "date": r.date,
                "modality": r.modality,
                "topic": r.topic,
                "evidence": evidence,
                "evidence_start": es,
                "evidence_end": ee,
                "confidence": round(
                    calibrate(r.confidence, doc.lang)
                    if calibrated
                    else min(1.0, max(0.0, r.confidence)),
                    3,
                ),
            }
        )
    return out
