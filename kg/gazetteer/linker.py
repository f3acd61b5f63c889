"""Find and link the actors named in an article: states, organisations, people, places.

``link(text, lang=..., published=...)`` tokenises the text once, matches it
against the gazetteer's phrase index (longest match, Arabic proclitics
stripped, English possessives and demonyms folded), then reads the matches
left to right:

* **Titles with names** — ``الرئيس الروسي فلاديمير بوتين``, ``Turkish Foreign
  Minister Hakan Fidan``, ``المتحدث باسم الكرملين دميتري بيسكوف``: one mention
  covers the name; ``role`` holds the title as written; the title's state or
  organisation becomes the person's role ``of``.  A name after a title that is
  not in the gazetteer becomes a new Person (``Person:<normalised name>``)
  with that role and state; later, its surname alone links back to it.
* **Role-only references** — ``the Russian president``, ``الرئيس الروسي``,
  ``the spokesman``: the most recent person in the article with that role
  (and state), else the holder on the ``published`` date; ``kind="role"``.
  A title with a state and no known holder ("السفير الفرنسي", "Beijing's
  ambassador", "القائم بأعمال السفارة الفرنسية") is a new Person with that role
  and state, labelled without its posting ("in Cairo").  A title repeated
  later ("وثمّن القائد العام الدور المصري") refers back to its holder even
  when a definite noun follows it.
* **Surnames** (``بوتين``، ``Putin``) link directly; ambiguous ones
  (``سلام``، ``السوداني``) only after the person was named in full.
* **Metonyms** — ``Moscow said``, ``the Kremlin``, ``الإليزيه``, ``Washington``:
  a capital or seat of government stands for its State (``kind="metonym"``,
  key of the State); a government building listed as an organisation (the
  Kremlin, the White House) links to that Organization (``kind="metonym"``),
  whose ``state`` is the country.
* **Bodies of states** — ``الجيش السوداني``, ``Chinese coastguards``, ``Sudan's
  defense council``, ``Russian forces`` (``data/bodies.tsv``): a new Organization
  with that state ("military" before a noun such as "backing" is an adjective,
  ``cue=noun`` in ``data/cues.tsv``); ``the Israeli government`` is the State.
* **Non-state actors and places** from the hand-written ``data/actors.tsv``
  (Hamas, the Rapid Support Forces, the European Parliament) and
  ``data/places.tsv`` (South China Sea, خليج عمان, Jerusalem with no state):
  the longest match wins, so a sea named after a state is not the state.
* **Places** — a capital after a word of movement or location (``fled to
  Moscow``, ``وصل إلى دمشق``, ``بموسكو``) links to the city as a Place
  (``kind="name"``, type Place, ``state`` = its country).  To re-read a
  metonym as a place or a place as its state, use :func:`place_of` /
  ``linking.entities[key].state``.
"""

from __future__ import annotations

import bisect
import datetime
from dataclasses import dataclass, field
from functools import lru_cache

from kg.gazetteer.gazetteer import Entry, Gazetteer
from kg.models import EntityType
from kg.text import Token, proclitic_variants, tokenize
from kg.text.tokens import ARABIC, CAP, UPPER

__all__ = ["LinkedEntity", "LinkedMention", "LinkedRole", "Linking", "link", "place_of"]


# Immutable by convention: hashed and compared like a frozen dataclass, but a frozen
# one's __init__ (object.__setattr__ per field) is 2-5 times slower, and these are
# made by the dozen per article.
@dataclass(slots=True, unsafe_hash=True)
class LinkedMention:
    """One mention: ``text == article[start:end]`` (original offsets)."""

    start: int
    end: int
    text: str
    key: str
    """Entity key: the QID when known, else ``"<Type>:<normalised name>"``."""
    kind: str
    """``name``, ``surname``, ``nisba``, ``demonym``, ``metonym``, ``acronym`` or ``role``."""
    role: str | None = None
    """The title as written when one introduced (or was) the mention."""


@dataclass
class LinkedRole:
    """A role of a person: label as written or from the gazetteer, and tenure when known."""

    label: str
    lang: str
    of: str | None
    start: str | None = None
    end: str | None = None


@dataclass
class LinkedEntity:
    """An entity referenced in the article."""

    key: str
    type: EntityType
    label: str
    labels: dict[str, str]
    aliases: list[str]
    qid: str | None
    state: str | None
    roles: list[LinkedRole] = field(default_factory=list)


@dataclass
class Linking:
    """The result of :func:`link`: entities by key and mentions in text order."""

    entities: dict[str, LinkedEntity]
    mentions: list[LinkedMention]
    _start_cache: tuple[list[LinkedMention], list[int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """The mentions' starts, for :meth:`in_span` and :meth:`at` (a declared field, not the
    instance ``__dict__``, which compiled classes lack: ``scripts/build_native.py``)."""

    def _starts(self) -> list[int]:
        cache = getattr(self, "_start_cache", None)  # (unset in a compiled dataclass)
        if cache is None or cache[0] is not self.mentions or len(cache[1]) != len(self.mentions):
            cache = (self.mentions, [m.start for m in self.mentions])
            self._start_cache = cache
        return cache[1]

    def in_span(self, start: int, end: int) -> list[LinkedMention]:
        """Mentions entirely inside ``start:end``."""
        i = bisect.bisect_left(self._starts(), start)
        out = []
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def at(self, offset: int) -> LinkedMention | None:
        """The mention covering character ``offset``, if any."""
        i = bisect.bisect_right(self._starts(), offset) - 1
        if i >= 0 and self.mentions[i].start <= offset < self.mentions[i].end:
            return self.mentions[i]
        return None


def place_of(key: str) -> LinkedEntity | None:
    """The capital of the State ``key`` as a Place, to re-read a metonym as a place.

    >>> place_of("Q159").label
    'Moscow'
    """
    g = Gazetteer.load()
    place = g.capital_of.get(key)
    return entity_of(g.entries[place], []) if place is not None else None


def link(text: str, *, lang: str, published: datetime.date | None = None) -> Linking:
    """Link every actor mentioned in ``text`` (``lang`` ``"ar"`` or ``"en"``).

    >>> lk = link("قال الرئيس الروسي فلاديمير بوتين إن", lang="ar")
    >>> [(m.text, m.key, m.kind, m.role) for m in lk.mentions]
    [('فلاديمير بوتين', 'Q7747', 'name', 'الرئيس الروسي')]
    """
    from kg.gazetteer.resolve import Resolver

    g = Gazetteer.load()
    tokens = tokenize(text)
    atoms = g.index.match(tokens, text)
    return Resolver(g, text, tokens, atoms, lang, published).run()


# -- helpers shared with kg.gazetteer.resolve ---------------------------------


_BASE: dict[int, tuple[Entry, tuple[str, ...], tuple[LinkedRole, ...]]] = {}


def entity_of(entry: Entry, text_roles: list[LinkedRole]) -> LinkedEntity:
    """The :class:`LinkedEntity` of an entry; roles seen in the text come first."""
    base = _BASE.get(id(entry))
    if base is None or base[0] is not entry:
        shared = Gazetteer.load().entries.get(entry.key) is entry
        aliases = tuple(
            dict.fromkeys(a for a in (entry.label_en, entry.label_ar, *entry.aliases) if a)
        )
        tenures = tuple(
            LinkedRole(t.label_en or t.label_ar, "en" if t.label_en else "ar", t.of, t.start, t.end)
            for t in entry.tenures
        )
        base = (entry, aliases, tenures)
        if shared:  # gazetteer entries never change; per-article ones (new people) do
            if len(_BASE) > 50_000:
                _BASE.clear()
            _BASE[id(entry)] = base
    return LinkedEntity(
        key=entry.key,
        type=entry.type,
        label=entry.label,
        labels=entry.labels,
        aliases=list(base[1]),
        qid=entry.qid,
        state=entry.state,
        roles=[*text_roles, *base[2]],
    )


def is_cap(tok: Token) -> bool:
    """True for an English token that starts with a capital letter."""
    return bool(tok.flags & (CAP | UPPER))


def stems(tok: Token) -> tuple[str, ...]:
    """The token's normalised form and its proclitic-stripped readings."""
    if tok.flags & ARABIC:
        return _ar_stems(tok.norm)
    return (tok.norm,)


@lru_cache(maxsize=65536)
def _ar_stems(norm: str) -> tuple[str, ...]:
    return tuple(v for v, _ in proclitic_variants(norm))
