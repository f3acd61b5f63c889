"""Which state an actor speaks for: the article's home state and stateless titles.

News names a speaker by title alone ("Foreign Minister X", "Spokesman X", "رئيس
الوزراء X") and leaves the state to the context.  These rules read it from the
article (:func:`assign_home_states`, called by the pipeline before the body finder):

* the **home state** of the dateline (:func:`kg.extractors.bodies.home_state`), or an
  English dateline of a city the gazetteer does not know followed by its state, or of a
  capital the linker leaves alone (:func:`_en_city_state_dateline`);
* English: a capital opening the sentence ("In Tokyo, Foreign Minister X"), the body
  the title names, named earlier with its state ("China's Foreign Ministry ...
  Foreign Ministry spokeswoman X"), or the body of the sentence before a bare
  "Spokesman X" (:func:`_en_titled_states`);
* Arabic: a homograph nisba in the title, the sentence before the name, the body the
  title heads, or a family name shared with a person of a state
  (:func:`_ar_titled_states`);
* otherwise the home state, unless the title is a company's officer (:func:`_en_home`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

from kg.extractors.bodies import home_state, homograph_nisbas, lead_end
from kg.extractors.doc import Doc, Ment
from kg.extractors.lexicon import word_set
from kg.extractors.sentences import Segmenter
from kg.extractors.text import fold
from kg.gazetteer import Gazetteer
from kg.gazetteer.linker import Linking, entity_of
from kg.gazetteer.tables import load_tables
from kg.models import EntityType

__all__ = ["assign_home_states"]


def assign_home_states(doc: Doc, ments: list[Ment], linking: Linking) -> str | None:
    """The article's home state, after giving each stateless titled person its state.

    The home state is the dateline's (:func:`kg.extractors.bodies.home_state`, or an
    English dateline city the gazetteer does not know, :func:`_en_city_state_dateline`);
    it becomes a linked entity.  A titled person whose title names no state then takes
    the state the article gives it (:func:`_en_titled_states`, :func:`_ar_titled_states`)
    or else the home state (a capital opening the paragraph, the body the title names,
    or the home state itself unless the title is a company's officer, :func:`_en_home`).
    Sets ``state`` on ``linking``'s entities and ``doc.entity_states``; None when the
    article has no home state."""
    home = home_state(doc, ments)
    if home is None and doc.lang == "en":
        home = _en_city_state_dateline(doc, ments)  # "GOMA, Congo (AP) --"
    if home is not None and home not in linking.entities:
        entry = Gazetteer.load().entries.get(home)
        if entry is None:
            home = None
        else:
            linking.entities[home] = entity_of(entry, [])
            doc.entity_states[home] = home
            doc.entity_types[home] = EntityType.STATE
    if doc.lang == "en":  # (with no home state too: "UNITED NATIONS (AP) -- In Tokyo, ...")
        _en_titled_states(doc, ments, linking)
    if doc.lang == "ar":  # (with no home state too: "الجزيرة نت - وكالات")
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
    return home


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


_AR_HOMOGRAPH_NISBA_AFTER = word_set("home_states.homograph_nisba_after_ar")
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
            or _ar_signatory_state(doc, ments, key)
            or _ar_sentence_state(doc, ments, key, role, home)
            or _ar_bare_government_state(doc, ments, key, home)
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


_AR_ON_BEHALF = ("عن", "وعن", "نيابة عن", "ونيابة عن", "ممثلا عن", "ممثلة عن")
"""What opens the side a signatory or delegate acts for ("ووقّع عن الجانب الإريتري وزير
الخارجية X"): :func:`_ar_signatory_state`.  (Phrases, compared with the words before the
side, so not rows of ``word_sets.tsv``.)"""
_AR_SIDE_WORDS = word_set("home_states.side_words_ar")
"""Words between "عن" and the side's state ("عن الجانب الإريتري"، "عن حكومة جنوب السودان")."""
_AR_CLAUSE_BREAK = re.compile(r'[.,،:؛!?؟\n()«»"]')


def _ar_signatory_state(doc: Doc, ments: list[Ment], key: str) -> str | None:
    """Arabic: the side a signatory or delegate is written as acting for, right before the
    title and name ("ووقّع الاتفاق عن الجانب الإريتري وزير الخارجية X"، "وعن الحكومة
    السودانية وزير الدفاع X"، "نيابة عن حكومة جنوب السودان مستشار الرئيس X"): the state
    of that side (a state, its nisba, or a body with a state), when nothing but the title
    stands between it and the name (S14-LINK), else None."""
    first = next((m for m in ments if m.key == key), None)
    if first is None:
        return None
    norm = doc.nt.norm
    side = next((m for m in reversed(ments) if m.end <= first.start), None)
    if side is None or first.start - side.end > 60:
        return None
    title = norm[side.end : first.start]
    if _AR_CLAUSE_BREAK.search(title) or len(title.split()) > 7:
        return None
    state = side.key if side.etype == EntityType.STATE else doc.entity_states.get(side.key)
    if state is None or side.etype == EntityType.PERSON:
        return None
    words = norm[max(0, side.start - 40) : side.start].split()
    while words and fold(words[-1]) in _AR_SIDE_WORDS:
        words.pop()  # "عن الجانب", "عن حكومة"
    if len(words) >= 2 and fold(" ".join(words[-2:])) in _AR_ON_BEHALF:
        return state
    return state if words and fold(words[-1]) in _AR_ON_BEHALF else None


_AR_BODY_HEADS = word_set("home_states.body_heads_ar")
"""Title words that head a body ("رئيس المجلس العسكري"): :func:`_ar_body_state`."""


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


_AR_GOVERNMENT_HEADS = tuple(sorted(word_set("home_states.government_heads_ar")))
"""Words that open a government's name ("الحكومة الإسرائيلية"): :func:`_ar_sentence_state`."""
_AR_CABINET_TITLES = ("رئيس الوزراء", "رئيس الحكومة", "رئيس مجلس الوزراء", "وزير")
"""Cabinet titles (prefixes of the folded title) that a government named earlier in the
sentence gives its state: :func:`_ar_sentence_state`.  (Phrases, and compared as
prefixes, so not rows of ``word_sets.tsv``, whose rows are single words.)"""


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
            state = m.key if m.etype == EntityType.STATE else doc.entity_states.get(m.key)
            if m.etype not in (EntityType.ORGANIZATION, EntityType.STATE):
                continue
            if not state or state == home:
                continue
            if m.text.startswith(_AR_GOVERNMENT_HEADS):
                # "الحكومة الإسرائيلية ... رئيس الوزراء X"، "وفداً من الحكومة الانتقالية في
                # مالي برئاسة وزير الخارجية X" (a government read as its state, S14-LINK)
                return state
    return None


def _ar_bare_government_state(
    doc: Doc, ments: list[Ment], key: str, home: str | None
) -> str | None:
    """Arabic: a bare government noun in the sentence before the first mention of ``key``
    ("رئيس وفد الحكومة، وزير الخارجية X"، "ووقّع عن الحكومة نائب رئيس الوزراء X")
    repeats the government named with its state last before it ("الحكومة اليمنية"), in
    the headline or lead when the story has a dateline (:func:`kg.extractors.bodies.lead_end`):
    that state, when it is not the article's home (S14-LINK)."""
    first = next((m for m in ments if m.key == key), None)
    if first is None:
        return None
    norm = doc.nt.norm
    start, end = _sentence_start(doc, first.start), first.start
    bare = [
        at
        for at in (norm.rfind(" " + head, start, end) for head in ("الحكومة", "حكومة"))
        if at >= 0
        and not any(m.start <= at + 1 < m.end for m in ments)
        and not any(m.start == at + len(" الحكومة") + 1 for m in ments)
    ]
    if not bare:
        return None
    found: str | None = None
    before = max(bare) if home is None else min(max(bare), lead_end(norm))
    for m in ments:
        if m.start >= before:
            break
        if m.etype == EntityType.STATE and m.text.startswith(_AR_GOVERNMENT_HEADS):
            found = m.key
    return found if found != home else None


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
            _en_whose_state(doc, ments, key)
            or _paragraph_capital(doc, ments, key)
            or _named_body_state(doc, ments, key, ent.roles[0].label)
            or _body_before_state(doc, ments, key, ent.roles[0].label)
        )
        if state is not None:
            ent.state = state
            doc.entity_states[key] = state


_EN_WHOSE = re.compile(r",\s+whose\s+(?:[\w-]+\s+){0,4}$")
"""", whose leftist president " before a name: :func:`_en_whose_state`."""


def _en_whose_state(doc: Doc, ments: list[Ment], key: str) -> str | None:
    """English: the state a relative clause hangs on, right before the title and name
    ("Brazil, whose leftist president X has called for ...", "Colombia, whose foreign
    minister X"): that state (or a state body's state), else None (S14-LINK)."""
    first = next((m for m in ments if m.key == key), None)
    if first is None:
        return None
    norm = doc.nt.norm
    lo = max(0, first.start - 80)
    tail = _EN_WHOSE.search(norm, lo, first.start)
    if tail is None or any(tail.start() < m.end <= first.start for m in ments if m is not first):
        return None
    owner = next((m for m in reversed(ments) if m.end <= tail.start()), None)
    if owner is None or owner.end != tail.start():
        return None
    if owner.etype == EntityType.STATE:
        return owner.key
    return doc.entity_states.get(owner.key) if owner.etype == EntityType.ORGANIZATION else None


_SPOKES = word_set("home_states.spokes_en")
"""Bare spokesperson titles: :func:`_body_before_state`."""


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


_EMPLOYER_TITLE_WORDS = word_set("home_states.employer_title_words_en")
"""Words of a company title skipped back to the employer's name ("Boeing Chief Executive")."""
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
"""Titles a company's officer holds as well as an official: :func:`_en_other_employer`.
(Whole titles, some of several words, so not rows of ``word_sets.tsv``.)"""


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
"""A dateline's city (``_EN_DATELINE_CITY``: "GOMA, ") and what ends the dateline after its
state: an optional date, then the agency's bracket or a dash ("Congo (AP) --")."""


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
"""A dateline city in capitals ("MALE, Jan 15"), not followed by a region word
(``_EN_CAPS_REGION``: "SAN JOSE, Calif.") that would make it another state's city."""


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
