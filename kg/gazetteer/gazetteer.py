"""The gazetteer: states, organisations, people and capitals; their forms, roles and tenures.

``Gazetteer.load()`` builds everything once from the package data (see
``data/PROVENANCE.md``) and caches it.  Keys are QIDs when the shared data
gives one, else ``"<Type>:<normalised English or Arabic name>"``.

* :meth:`Gazetteer.lookup` — entries for a name in any supported form
  (``"Russia's"``, ``"والروسية"``, ``"the Kremlin"``).
* :meth:`Gazetteer.state` — a State entry by ISO3 (or pseudo-code) or key.
* :meth:`Gazetteer.holder_of` — who held a role for a state on a date
  ("the Syrian president" in 2020 vs 2025).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cache

from kg.gazetteer.index import Form, PhraseIndex
from kg.models import EntityType, date_bounds
from kg.text import is_arabic, normalize, proclitic_variants

__all__ = ["Entry", "Gazetteer", "Tenure"]


@dataclass(frozen=True, slots=True)
class Tenure:
    """A position a person held: role key(s) parsed from the role label, and dates."""

    roles: tuple[str, ...]
    """Role keys (``("crown_prince", "prime_minister")``); empty when none was recognised."""
    label_en: str
    label_ar: str
    of: str | None
    """Key of the organisation or state the role belongs to."""
    state: str | None
    dept: str | None
    start: str | None
    end: str | None
    source: str

    def active(self, on: datetime.date) -> bool:
        """True when ``on`` falls within the tenure (open ends are unbounded)."""
        if self.start and date_bounds(self.start)[0] > on:
            return False
        return not (self.end and date_bounds(self.end)[1] < on)

    def ended_before(self, on: datetime.date) -> bool:
        """True when the tenure ended before ``on``."""
        return bool(self.end) and date_bounds(self.end or "")[1] < on

    def starts_after(self, on: datetime.date) -> bool:
        """True when the tenure starts after ``on``."""
        return bool(self.start) and date_bounds(self.start or "")[0] > on


@dataclass(slots=True)
class Entry:
    """One gazetteer entity."""

    key: str
    type: EntityType
    label_en: str
    label_ar: str
    aliases: list[str]
    qid: str | None
    state: str | None
    """Key of the State entry it speaks for (a State: its own key)."""
    code: str | None = None
    """ISO3 (or pseudo-code) for states."""
    dept: str | None = None
    subtype: str = ""
    demonym: str = ""
    """English demonym of a state (``Syrian``)."""
    tenures: list[Tenure] = field(default_factory=list)
    source: str = ""

    @property
    def label(self) -> str:
        """Canonical label: English when known, else Arabic."""
        return self.label_en or self.label_ar

    @property
    def labels(self) -> dict[str, str]:
        """``{"en": ..., "ar": ...}`` for the labels that are known."""
        return {k: v for k, v in (("en", self.label_en), ("ar", self.label_ar)) if v}


class Gazetteer:
    """Entities, the phrase index over their forms, cues and role holders."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.index = PhraseIndex()
        self.by_code: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        self.capital_of: dict[str, str] = {}
        """State key -> key of its capital (a Place entry)."""
        self.place_cues: dict[str, frozenset[str]] = {}
        self.stop_words: dict[str, frozenset[str]] = {}
        self.title_words: dict[str, frozenset[str]] = {}
        self.body_nouns: dict[str, frozenset[str]] = {}
        """Nouns that make a body word before them an adjective ("military backing")."""
        self.speech_words: dict[str, frozenset[str]] = {}
        """English speech verbs next to which an unknown name is a person ("X Y said")."""
        self.act_words: dict[str, frozenset[str]] = {}
        """English verbs of a person's own moves right after which an unknown name that
        opens a clause is a person ("Edward Snowden fled to Russia")."""
        self.org_words: dict[str, frozenset[str]] = {}
        """Words that make a capitalised run an organisation, not a person."""
        self.kin_words: dict[str, frozenset[str]] = {}
        """English kinship nouns ("sister"): "X Y, the sister of ..." makes X Y a person."""
        self.masdar_words: dict[str, frozenset[str]] = {}
        """Arabic verbal nouns of the first form ("فرض"، "وقف"): after ب/ل ("بفرض رسوم")
        they open no name (:meth:`NameFinder._ar_prep_masdar`)."""
        self.public_body_words: dict[str, frozenset[str]] = {}
        """English words that end a public body's name ("forces", "party"): "the commander
        of the armed forces, X Y" names the holder after the comma (cues.tsv cue=body)."""
        self.given_names: frozenset[str] = frozenset()
        self.role_classes: dict[str, dict[str, bool]] = {}
        """Generic title key -> {specific role key: only when the state is named}
        (``role_classes.tsv``: "the diplomat" names again a foreign minister)."""
        self.family_first: frozenset[str] = frozenset()
        """State keys whose people are named family name first ("Wang Wenbin": "Wang")."""
        self.holders: dict[tuple[str, str], list[tuple[str, Tenure]]] = {}

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer built from the package data (built once, then cached)."""
        return _load()

    # -- queries -------------------------------------------------------------

    def entry(self, key: str) -> Entry:
        """The entry with that key (KeyError when unknown)."""
        return self.entries[key]

    def forms(self, name: str) -> list[Form]:
        """Every reading of ``name`` (any case/clitic variant) in the index."""
        key = self.index.key(name)
        if key is None:
            return []
        found = list(self.index.get(key))
        if " " not in key and is_arabic(key):
            for variant, cut in proclitic_variants(key):
                if cut:
                    found += [f for f in self.index.get(variant) if f not in found]
        if key.startswith("the ") and not found:
            found = list(self.index.get(key[4:]))
        return found

    def lookup(self, name: str) -> list[Entry]:
        """Entries a name can refer to, best first (``"Russia's"`` → Russia).

        >>> [e.label for e in Gazetteer.load().lookup("الكرملين")]
        ['Moscow Kremlin']
        """
        out: list[Entry] = []
        for f in self.forms(name):
            if f.is_entity and f.target in self.entries and self.entries[f.target] not in out:
                out.append(self.entries[f.target])
        return out

    def state(self, code_or_key: str) -> Entry | None:
        """A State entry by ISO3/pseudo-code (``"RUS"``) or key (``"Q159"``)."""
        key = self.by_code.get(code_or_key.upper(), code_or_key)
        entry = self.entries.get(key)
        return entry if entry is not None and entry.type is EntityType.STATE else None

    def scope_key(self, state: str) -> str:
        """Normalise a state/organisation argument (ISO3, pseudo-code or key) to a key."""
        return self.by_code.get(state.upper(), state) if len(state) == 3 else state

    def holder_of(
        self,
        role_key: str,
        state: str,
        on: datetime.date | None = None,
        *,
        dept: str | None = None,
        modifier: str | None = None,
    ) -> Entry | None:
        """The person who held ``role_key`` for ``state`` (ISO3 or entity key) on ``on``.

        ``on=None`` means now (tenures without an end).  ``modifier="former"``
        gives the latest holder whose tenure ended before ``on``;
        ``"new"`` (elect, incoming) the next one to start after it.  With
        ``dept`` (``"mfa"``, ``"presidency"``) only holders in that department
        count; without it, holders in different departments make the answer
        ambiguous (None).

        >>> import datetime
        >>> g = Gazetteer.load()
        >>> g.holder_of("president", "SYR", datetime.date(2020, 6, 1)).label
        'Bashar al-Assad'
        >>> g.holder_of("president", "SYR", datetime.date(2025, 6, 1)).label
        'Ahmed al-Sharaa'
        """
        cands = self.holders.get((role_key, self.scope_key(state)), [])
        if dept is not None:
            cands = [c for c in cands if c[1].dept in (dept, None)]
        if not cands:
            return None
        if modifier == "former":
            if on is None:
                pool = [c for c in cands if c[1].end]
            else:
                pool = [c for c in cands if c[1].ended_before(on)]
            pool.sort(key=lambda c: c[1].end or "")
        elif modifier == "new" and on is not None:
            pool = [c for c in cands if c[1].starts_after(on)]
            pool.sort(key=lambda c: c[1].start or "", reverse=True)
        else:
            if on is None:
                pool = [c for c in cands if not c[1].end]
            else:
                pool = [c for c in cands if c[1].active(on)]
            pool.sort(key=lambda c: c[1].start or "")
        if not pool:
            return None
        if dept is None and len({c[1].dept for c in pool}) > 1:
            return None
        return self.entries[pool[-1][0]]


@cache
def _load() -> Gazetteer:
    from kg.gazetteer.builder import build

    return build()


def entity_key(etype: EntityType, qid: str | None, label: str) -> str:
    """``qid`` when known, else ``"<Type>:<normalised label>"``."""
    return qid if qid else f"{etype.value}:{normalize(label)}"
