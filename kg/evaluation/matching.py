"""Matching system output against gold, one article at a time (GUIDELINES.md, "Scoring").

Decisions this module makes, where the guidelines leave room:

* **Entities.** A system entity matches a gold entity when both have a QID
  and the QIDs are equal; when either side has no QID, when one of the
  system entity's normalised labels equals one of the gold entity's
  normalised names.  The system labels tried are ``label``, every value of
  ``labels``, every alias and the text of every mention (they are all ways
  the system says it names that entity); the gold names are ``name_en``,
  ``name_ar`` and ``aliases``.  Normalisation is :func:`normalize_label`.
  Entity matching is many-to-many; the one-to-one constraint is applied to
  quotes, relations and dyads.
* **A State's state.** An entity of type ``State`` whose ``state`` is null
  stands for itself (on both sides).
* **Quote spans.** Tokens are runs of letters, digits and Arabic combining
  marks; punctuation does not count.  A gold token is covered when it shares
  at least one character with the system span ``[start, end)``.  The gold
  span is located by its text; when that text occurs several times, the
  occurrence that overlaps the system span most is used.  A pair qualifies
  when ``2 * covered >= gold tokens`` (50 % inclusive).
* **One-to-one.** Quotes, relations, dyads and ``about`` entities are paired
  by :func:`kg.evaluation.assignment.best_matching`: the most pairs possible,
  then the best total weight -- token overlap for quotes; for relations,
  evidence overlap (3/4) and equal date (1/4), so the date only decides
  between otherwise equal pairings.
* **Dyads.** Scored as sets per article: gold ``(state, type, state)``
  triples keyed by gold State ids; system triples keyed by the state entity's
  QID, or its normalised label when it has none (so two system copies of
  one state count once).  Symmetric types are unordered.  Relations whose
  subject or object has no state are left out on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.evaluation.assignment import best_matching
from kg.evaluation.gold import GoldArticle, GoldQuote, GoldRelation, occurrences
from kg.evaluation.normalize import normalize_label
from kg.models import Entity, EntityType, Extraction, Relation, RelationType, Statement

__all__ = [
    "ArticleMatch",
    "EntityMatcher",
    "match_article",
    "relation_actors_fit",
    "relation_fits",
    "span_overlap",
    "system_labels",
    "token_spans",
]

_TOKEN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+")


def token_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the tokens inside ``text[start:end]`` (words and numbers).

    >>> token_spans("He said: «no», twice.", 9, 13)
    [(10, 12)]
    """
    return [m.span() for m in _TOKEN.finditer(text, start, end)]


def span_overlap(text: str, gold_text: str, start: int, end: int) -> float:
    """Share of the gold span's tokens that the system span ``[start, end)`` covers.

    The gold span is found by its text (every occurrence is tried; the best
    counts).  A span without any token is compared by characters.
    """
    best = 0.0
    for gs, ge in occurrences(text, gold_text):
        tokens = token_spans(text, gs, ge) or [(i, i + 1) for i in range(gs, ge)]
        covered = sum(1 for ts, te in tokens if ts < end and te > start)
        best = max(best, covered / len(tokens))
    return best


def _evidence_overlap(text: str, gold_evidence: str, start: int, end: int) -> float:
    """Jaccard overlap (in characters) of the system evidence and the best gold occurrence."""
    best = 0.0
    for gs, ge in occurrences(text, gold_evidence):
        inter = max(0, min(ge, end) - max(gs, start))
        union = max(ge, end) - min(gs, start)
        if union > 0:
            best = max(best, inter / union)
    return best


def system_labels(entity: Entity) -> set[str]:
    """The normalised labels of a system entity: label, labels, aliases, mention texts."""
    raw: Iterable[str] = (
        entity.label,
        *entity.labels.values(),
        *entity.aliases,
        *(m.text for m in entity.mentions),
    )
    return {n for n in (normalize_label(r) for r in raw) if n}


class EntityMatcher:
    """Which system entities match which gold entities, for one article."""

    def __init__(self, gold: GoldArticle, system: Extraction) -> None:
        self._pairs: set[tuple[str, str]] = set()
        gold_names = {g.id: {n for n in map(normalize_label, g.names) if n} for g in gold.entities}
        for s in system.entities:
            labels = system_labels(s)
            for g in gold.entities:
                if s.qid is not None and g.qid is not None:
                    ok = s.qid == g.qid
                else:
                    ok = not labels.isdisjoint(gold_names[g.id])
                if ok:
                    self._pairs.add((s.id, g.id))

    def matches(self, system_id: str | None, gold_id: str | None) -> bool:
        """True when the system entity matches the gold entity (False if either is None)."""
        return system_id is not None and gold_id is not None and (system_id, gold_id) in self._pairs

    def matched_gold(self, system_id: str) -> list[str]:
        """Ids of the gold entities a system entity matches."""
        return sorted(g for s, g in self._pairs if s == system_id)


def relation_fits(gold: GoldRelation, system: Relation, m: EntityMatcher) -> bool:
    """Actor-level match: same type, subject and object match (either order if symmetric)."""
    return gold.type is system.type and relation_actors_fit(gold, system, m)


def relation_actors_fit(gold: GoldRelation, system: Relation, m: EntityMatcher) -> bool:
    """Subject and object match, in either order when either type is symmetric."""
    if m.matches(system.subject, gold.subject) and m.matches(system.object, gold.object):
        return True
    symmetric = gold.type.symmetric or system.type.symmetric
    return (
        symmetric
        and m.matches(system.subject, gold.object)
        and m.matches(system.object, gold.subject)
    )


def _system_state(x: Extraction, entity_id: str) -> Entity | None:
    e = x.entity(entity_id)
    if e.state is None:
        return e if e.type is EntityType.STATE else None
    return x.entity(e.state)


def _state_key(e: Entity) -> str:
    return f"qid:{e.qid}" if e.qid else f"label:{normalize_label(e.label)}"


GoldDyad = tuple[str, RelationType, str]
SystemDyad = tuple[str, RelationType, str]


@dataclass(frozen=True)
class ArticleMatch:
    """The one-to-one pairings found in one article (indices into gold and system lists)."""

    gold: GoldArticle
    system: Extraction
    entities: EntityMatcher
    quotes: list[tuple[int, int]]
    quote_overlap: dict[tuple[int, int], float]
    relations: list[tuple[int, int]]
    type_confusions: list[tuple[int, int]]
    about: dict[tuple[int, int], int]
    gold_dyads: list[GoldDyad]
    system_dyads: list[SystemDyad]
    dyads: list[tuple[int, int]]


def match_article(gold: GoldArticle, system: Extraction) -> ArticleMatch:
    """Pair the system's quotes, relations and dyads with the gold ones for one article."""
    m = EntityMatcher(gold, system)
    text = gold.text

    overlap: dict[tuple[int, int], float] = {}
    for gi, gq in enumerate(gold.quotes):
        for si, sq in enumerate(system.quotes):
            ratio = span_overlap(text, gq.text, sq.start, sq.end)
            if ratio > 0:
                overlap[(gi, si)] = ratio
    quote_pairs = best_matching(
        {
            (gi, si): r
            for (gi, si), r in overlap.items()
            if 2 * r >= 1 and m.matches(system.quotes[si].speaker, gold.quotes[gi].speaker)
        }
    )
    about = {(gi, si): _about_hits(gold.quotes[gi], system.quotes[si], m) for gi, si in quote_pairs}

    def rel_weight(g: GoldRelation, s: Relation) -> float:
        ev = _evidence_overlap(text, g.evidence, s.evidence_start, s.evidence_end)
        return 0.75 * ev + 0.25 * (g.date == s.date)

    rel_pairs = best_matching(
        {
            (gi, si): rel_weight(g, s)
            for gi, g in enumerate(gold.relations)
            for si, s in enumerate(system.relations)
            if relation_fits(g, s, m)
        }
    )
    left_g = set(range(len(gold.relations))) - {g for g, _ in rel_pairs}
    left_s = set(range(len(system.relations))) - {s for _, s in rel_pairs}
    confusions = best_matching(
        {
            (gi, si): _evidence_overlap(
                text,
                gold.relations[gi].evidence,
                system.relations[si].evidence_start,
                system.relations[si].evidence_end,
            )
            for gi in sorted(left_g)
            for si in sorted(left_s)
            if relation_actors_fit(gold.relations[gi], system.relations[si], m)
        }
    )

    gold_dyads = _gold_dyads(gold)
    system_dyads, members = _system_dyads(system)

    def state_fits(key: str, gold_state: str) -> bool:
        return any(m.matches(sid, gold_state) for sid in members[key])

    def dyad_fits(g: GoldDyad, s: SystemDyad) -> bool:
        if g[1] is not s[1]:
            return False
        if state_fits(s[0], g[0]) and state_fits(s[2], g[2]):
            return True
        return g[1].symmetric and state_fits(s[0], g[2]) and state_fits(s[2], g[0])

    dyad_pairs = best_matching(
        {
            (gi, si): 0.0
            for gi, g in enumerate(gold_dyads)
            for si, s in enumerate(system_dyads)
            if dyad_fits(g, s)
        }
    )
    return ArticleMatch(
        gold=gold,
        system=system,
        entities=m,
        quotes=sorted(quote_pairs),
        quote_overlap=overlap,
        relations=sorted(rel_pairs),
        type_confusions=sorted(confusions),
        about=about,
        gold_dyads=gold_dyads,
        system_dyads=system_dyads,
        dyads=sorted(dyad_pairs),
    )


def _about_hits(g: GoldQuote, s: Statement, m: EntityMatcher) -> int:
    gold_about = list(dict.fromkeys(g.about))
    sys_about = list(dict.fromkeys(s.about))
    return len(
        best_matching({(ga, sa): 0.0 for ga in gold_about for sa in sys_about if m.matches(sa, ga)})
    )


def _ordered(a: str, t: RelationType, b: str) -> tuple[str, RelationType, str]:
    return (min(a, b), t, max(a, b)) if t.symmetric else (a, t, b)


def _gold_dyads(gold: GoldArticle) -> list[GoldDyad]:
    dyads: dict[GoldDyad, None] = {}
    for r in gold.relations:
        s, o = gold.state_of(r.subject), gold.state_of(r.object)
        if s is not None and o is not None:
            dyads[_ordered(s, r.type, o)] = None
    return list(dyads)


def _system_dyads(x: Extraction) -> tuple[list[SystemDyad], dict[str, list[str]]]:
    dyads: dict[SystemDyad, None] = {}
    members: dict[str, list[str]] = {}
    for r in x.relations:
        s, o = _system_state(x, r.subject), _system_state(x, r.object)
        if s is None or o is None:
            continue
        for e in (s, o):
            ids = members.setdefault(_state_key(e), [])
            if e.id not in ids:
                ids.append(e.id)
        dyads[_ordered(_state_key(s), r.type, _state_key(o))] = None
    return list(dyads), members
