"""The phrase index: normalised token n-grams → the forms they can be.

Every name, alias, nisba, demonym, metonym, role noun, modifier and honorific
is tokenised with :func:`kg.text.tokenize` and stored under the space-joined
normalised tokens.  Matching a text is a single left-to-right pass: at each
token, try the token and its Arabic proclitic-stripped readings as the first
word, and the longest n-gram in the index wins (ties go to the unstripped
reading).  There is no regular expression per entry, so the cost per article
depends on its length, not on the size of the gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from kg.text import Token, original_offset, proclitic_variants, tokenize
from kg.text.tokens import ARABIC, CAP, UPPER, possessive_len

__all__ = [
    "ANY_CASE",
    "CAPITALISED",
    "KIND_RANK",
    "UPPERCASE",
    "Atom",
    "Form",
    "PhraseIndex",
    "Reading",
]

ANY_CASE = 0
CAPITALISED = 1
"""English forms: at least one word of the match must start with a capital."""
UPPERCASE = 2
"""Acronyms: every word of the match must be upper case (``US`` but not ``us``)."""

KIND_RANK = {
    "name": 0,
    "acronym": 1,
    "metonym": 2,
    "nisba": 3,
    "demonym": 3,
    "surname": 4,
    "role": 5,
    "body": 5,
    "place": 6,
    "modifier": 7,
    "honorific": 8,
}
"""Order in which competing readings of the same words are preferred."""

ENTITY_KINDS = frozenset({"name", "acronym", "metonym", "nisba", "demonym", "surname", "place"})
_OF_KINDS = frozenset({"name", "acronym", "metonym", "nisba", "demonym"})


@dataclass(frozen=True, slots=True)
class Form:
    """One reading of a phrase: an entity (``target`` is its key) or a role word.

    For ``kind="role"`` the target is the role key (``"president"``), or a
    person's key when a person's alias is a bare title (``"ولي العهد السعودي"``);
    for modifiers the modifier class (``"former"``).
    """

    target: str
    kind: str
    lang: str
    etype: str = ""
    """Entity type (``State``...) for entity forms; empty for role words."""
    state: str | None = None
    """Key of the state the entity speaks for (entity forms)."""
    case: int = ANY_CASE
    dept: str | None = None
    of: str | None = None
    """Implied organisation/state key of a role form (``Kremlin spokesman``)."""
    construct: bool = False
    """Arabic role noun without article: needs a complement (``وزير خارجية روسيا``)."""
    office: bool = False
    """An organisation that is an office held by one person (UN Secretary-General)."""
    antecedent: bool = False
    context: bool = False
    """Only when the target's state is named otherwise in the article (``المملكة``)."""
    name_adjacent: bool = False
    not_before: frozenset[str] = field(default_factory=frozenset)
    not_after: frozenset[str] = field(default_factory=frozenset)
    rank: tuple[int, int, int, int] = (0, 0, 0, 0)

    @property
    def is_entity(self) -> bool:
        """True for readings that name an entity (not a role word or honorific)."""
        return self.kind in ENTITY_KINDS or (self.kind == "role" and bool(self.etype))


class Reading:
    """The readings of one phrase, with what the linker asks of them precomputed."""

    __slots__ = (
        "body",
        "entity",
        "forms",
        "honorific",
        "modifier",
        "multistate",
        "of_form",
        "plain_case",
        "role",
        "simple",
        "surname_only",
        "variants",
    )

    def __init__(self, forms: tuple[Form, ...]) -> None:
        self.forms = forms
        self.entity = tuple(f for f in forms if f.is_entity)
        self.role = next((f for f in forms if f.kind == "role" and not f.etype), None)
        self.body = next((f for f in forms if f.kind == "body"), None)
        """An institution noun (الجيش، foreign ministry) that a state next to it owns."""
        self.modifier = next((f.target for f in forms if f.kind == "modifier"), None)
        self.honorific = any(f.kind == "honorific" for f in forms)
        self.of_form = next(
            (f for f in forms if f.etype in ("State", "Organization") and f.kind in _OF_KINDS), None
        )
        self.plain_case = all(f.case == ANY_CASE for f in forms)
        self.multistate = len({f.state for f in self.entity}) > 1
        """Readings for different states (عمان: Oman or Amman, Jordan)."""
        first = self.entity[0] if len(self.entity) == 1 else None
        self.simple: Form | None = (
            first
            if first is not None
            and first.kind not in ("place", "role")
            and not first.office
            and not (first.antecedent or first.context or first.name_adjacent)
            and not (first.not_before or first.not_after)
            else None
        )
        """The single, ungated entity reading, when the linker needs no decision."""
        self.surname_only = bool(forms) and all(f.kind in ("surname", "given") for f in forms)
        """Read only as some known person's surname or given name."""
        self.variants: dict[tuple[bool, bool], Reading | None] = {}

    def cased(self, has_cap: bool, all_upper: bool) -> Reading | None:
        """The readings whose capitalisation requirement is met (None if none is)."""
        if self.plain_case:
            return self
        key = (has_cap, all_upper)
        if key not in self.variants:
            kept = tuple(
                f
                for f in self.forms
                if f.case == ANY_CASE
                or (f.case == CAPITALISED and has_cap)
                or (f.case == UPPERCASE and all_upper)
            )
            self.variants[key] = Reading(kept) if kept else None
        return self.variants[key]


class Atom(NamedTuple):
    """A matched phrase: tokens ``i:j``, original offsets ``start:end``, its readings."""

    i: int
    j: int
    start: int
    end: int
    info: Reading
    cut: str
    """The proclitics removed from the first token (folded), e.g. ``"وب"``."""

    @property
    def forms(self) -> tuple[Form, ...]:
        """All readings of the matched phrase, best first."""
        return self.info.forms


def _phrase_key(phrase: str) -> str | None:
    """:meth:`PhraseIndex.key`."""
    norms = [t.norm for t in tokenize(phrase)]
    if not norms:
        return None
    if norms[0] == "the" and len(norms) > 2:
        norms = norms[1:]
    return " ".join(norms)


_cached_key = lru_cache(maxsize=8192)(_phrase_key)
""":func:`_phrase_key` for short phrases: the same names are looked up in every article."""


class PhraseIndex:
    """A dict of normalised n-grams with a longest-match scan over tokens."""

    def __init__(self) -> None:
        self.phrases: dict[str, list[Form]] = {}
        self.maxlen: dict[str, int] = {}
        self.readings: dict[str, Reading] = {}
        self.prefixes: set[str] = set()
        """Every proper word-prefix of an indexed phrase: lets the scan stop early."""
        self._starts: dict[str, tuple[tuple[str, int, int], ...]] = {}

    @staticmethod
    def key(phrase: str) -> str | None:
        """The normalised key ``phrase`` is indexed under (None when it has no words).

        A leading English "the" is dropped from phrases of three words or more
        ("the United States" → ``united states``) but kept on two-word ones, so
        that "the Fund" or "the Alliance" need their article.
        """
        return _cached_key(phrase) if len(phrase) <= 200 else _phrase_key(phrase)

    def add(self, key: str, form: Form) -> None:
        """Index ``form`` under the normalised ``key`` (see :meth:`key`)."""
        forms = self.phrases.setdefault(key, [])
        if any(f.target == form.target and f.kind == form.kind for f in forms):
            return
        forms.append(form)
        words = key.split(" ")
        if len(words) > self.maxlen.get(words[0], 0):
            self.maxlen[words[0]] = len(words)
        for m in range(1, len(words)):
            self.prefixes.add(" ".join(words[:m]))

    def freeze(self) -> None:
        """Sort each phrase's readings by preference (rank, then insertion order)."""
        for key, forms in self.phrases.items():
            self.phrases[key] = sorted(forms, key=lambda f: f.rank)
            self.readings[key] = Reading(tuple(self.phrases[key]))
        self._starts.clear()

    def get(self, key: str) -> list[Form]:
        """The readings of a normalised phrase (empty list when unknown)."""
        return self.phrases.get(key, [])

    def _first_words(self, tok: Token) -> tuple[tuple[str, int, int], ...]:
        """``(reading, cut, longest)`` for each reading of the token that starts a phrase."""
        found = self._starts.get(tok.norm)
        if found is None:
            variants = proclitic_variants(tok.norm) if tok.flags & ARABIC else ((tok.norm, 0),)
            found = tuple((v, cut, self.maxlen[v]) for v, cut in variants if v in self.maxlen)
            if len(self._starts) > 200_000:
                self._starts.clear()
            self._starts[tok.norm] = found
        return found

    def match(self, tokens: list[Token], text: str) -> list[Atom]:
        """Greedy left-to-right longest match of ``tokens`` (from ``text``)."""
        readings, prefixes, starts = self.readings, self.prefixes, self._starts
        n = len(tokens)
        atoms: list[Atom] = []
        i = 0
        while i < n:
            tok = tokens[i]
            first = starts.get(tok.norm)
            if first is None:
                first = self._first_words(tok)
            if not first:
                i += 1
                continue
            best: tuple[int, int, Reading] | None = None
            for variant, cut, _longest in first:
                key, j = variant, i + 1
                while True:
                    reading = readings.get(key)
                    if reading is not None and (best is None or j > best[0]):
                        if not reading.plain_case:
                            reading = _cased(reading, tokens, i, j)
                        if reading is not None:
                            best = (j, cut, reading)
                    if j >= n or key not in prefixes:
                        break
                    if not tokens[j].join and not _quoted_word(text, tokens, j):
                        break
                    key = key + " " + tokens[j].norm
                    j += 1
            if best is None:
                i += 1
                continue
            j, cut, reading = best
            start = tok.start
            if cut:
                start += original_offset(text[tok.start : tok.end], cut)
            last = tokens[j - 1]
            end = last.end - possessive_len(last)  # "Russia's" -> "Russia"
            atoms.append(Atom(i, j, start, end, reading, tok.norm[:cut]))
            i = j
        return atoms


def _quoted_word(text: str, tokens: list[Token], j: int) -> bool:
    """Arabic: token ``j`` is a word in guillemets that goes on a name ("وكالة «فارس»"),
    or the word after one ("حكومة «الوفاق» الليبية"): one quoted word, the guillemets
    and spaces around it (S11-ENT)."""
    tok, prev = tokens[j], tokens[j - 1]
    if not tok.flags & ARABIC or not prev.flags & ARABIC:
        return False
    gap = text[prev.end : tok.start].strip()
    if gap == "«":
        return text[tok.end : tok.end + 1] == "»"
    return gap == "»" and text[max(0, prev.start - 1) : prev.start] == "«"


def _cased(reading: Reading, tokens: list[Token], i: int, j: int) -> Reading | None:
    """``reading`` for the capitalisation of tokens ``i:j``: some word capitalised or upper
    case; every word upper case or without letters."""
    has_cap = False
    all_upper = True
    for t in tokens[i:j]:
        flags = t.flags
        if flags & _CASED:
            has_cap = True
        if (
            all_upper
            and not flags & UPPER
            and (t.norm.isalpha() or any(c.isalpha() for c in t.norm))
        ):
            all_upper = False
    return reading.cased(has_cap, all_upper)


_CASED = CAP | UPPER
