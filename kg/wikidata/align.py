"""``kg align``: link entities that have no QID to Wikidata items, from a Wikidata JSON dump.

Candidates
    The entities of the store without a ``kg:qid`` are collected with their names
    (``rdfs:label`` and ``skos:altLabel``, Arabic and English), their type and their
    context (the QID of the state they speak for, ``kg:state``, and of the states and
    organisations their roles are of, ``kg:roleOf``).  The dump is read once, line by
    line; an item is a candidate for an entity when one of its ar/en/mul labels or
    aliases has the same :func:`kg.text.normalize` key as one of the entity's names.

Score (0..1)
    ``score = 0.5 * name + 0.25 * type + 0.25 * context``

    * ``name``: 1.0 when one of our labels equals one of its labels, 0.9 when a label
      equals an alias (either way), 0.8 alias to alias; plus 0.1 (at most 1.0) when names
      match in both Arabic and Latin script.
    * ``type``: 1.0 when its ``P31`` (instance of) includes a class our type maps to
      (``ontology/wikidata.ttl``: human for a person, country or sovereign state for a
      state, organization for an organisation, plus ``class:`` rows of
      ``kg/wikidata/data/items.tsv``); 0.0 when it contradicts (a person whose item is
      not typed human, or a non-person whose item is); 0.5 when unknown (no ``P31``, or
      a class we cannot place without the subclass tree).
    * ``context``: 1.0 when our context QIDs (the state it speaks for, what its roles
      are of) appear among its item values (``P27`` citizenship, ``P17`` country, or
      any other item-valued statement, such as ``P463`` member of); 0.0 when it has a
      ``P27``/``P17`` country and none of ours; 0.5 when there is nothing to compare.

    A name match alone gives 0.5 + 0.125 + 0.125 = 0.75; a name and type match with no
    context 0.875; all three 1.0.  With the default threshold 0.9, a link is applied
    only when name, type and context agree.

Applying
    A candidate is applied when its score reaches the threshold and no other candidate
    of the same entity comes within :data:`MARGIN` of it.  Entity IRIs stay as they are
    (an IRI minted from the QID, ``entity/Q…``, would break links to the entity from
    elsewhere); the link is added as ``kg:qid``, ``kg:wikidata`` and ``skos:exactMatch``
    in every article graph that describes the entity, with one update per article graph
    so each stays atomic.  The rest go to a review file (TSV) that a person marks and
    :func:`apply_review` reads back.

A link lives in the article graphs, so re-ingesting a *changed* article replaces it;
to make a link permanent, add the QID to the gazetteer (with its source).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode

from kg.errors import InputError, KGError
from kg.models import EntityType
from kg.text import is_arabic, normalize
from kg.vocab import KG, RDF, SKOS, WD
from kg.wikidata.jsondump import WikidataEntity, iter_entities
from kg.wikidata.terms import Pid, type_classes

if TYPE_CHECKING:
    from kg.store import KnowledgeGraph

__all__ = [
    "MARGIN",
    "AlignResult",
    "Candidate",
    "LocalEntity",
    "align",
    "apply_links",
    "apply_review",
    "find_candidates",
    "local_entities",
    "read_review",
    "score",
    "write_review",
]

MARGIN = 0.05
"""A link is applied only if the next candidate of the entity scores at least this much less."""

_QID = re.compile(r"^Q[1-9]\d*$")
_ACCEPT = {"y", "yes", "1", "x", "true", "ok", "✓", "✔", "نعم"}
REVIEW_COLUMNS = (
    "accept",
    "entity",
    "type",
    "label",
    "qid",
    "wikidata_label",
    "wikidata_description",
    "score",
    "name",
    "type_match",
    "context",
    "why",
)


@dataclass
class LocalEntity:
    """An entity of the store that has no QID yet."""

    iri: str
    type: EntityType
    labels: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)
    """QIDs of the state it speaks for and of what its roles are of."""

    @property
    def label(self) -> str:
        """A display name (a Latin-script label first)."""
        names = sorted(self.labels) or sorted(self.aliases) or [self.iri]
        return next((n for n in names if not is_arabic(n)), names[0])


@dataclass(frozen=True)
class Candidate:
    """A Wikidata item proposed for an entity, with its score and the parts of it."""

    entity: LocalEntity
    item: WikidataEntity
    score: float
    name: float
    type: float
    context: float
    why: str


def _q(value: str) -> str:
    return value.removeprefix(WD.base)


def local_entities(kg: KnowledgeGraph) -> list[LocalEntity]:
    """The entities of the store without a QID, with names, type and context."""
    found: dict[str, LocalEntity] = {}
    rows = kg.sparql(
        """SELECT DISTINCT ?e ?type WHERE {
             ?e a ?type . VALUES ?type { kg:State kg:Person kg:Organization kg:Place }
             FILTER NOT EXISTS { ?e kg:qid ?any } }"""
    )
    for row in rows:
        e, t = row["e"], row["type"]
        if isinstance(e, NamedNode) and isinstance(t, NamedNode):
            kind = EntityType(t.value.rsplit("#", 1)[-1])
            found.setdefault(e.value, LocalEntity(e.value, kind))
    if not found:
        return []
    queries = {
        "label": "SELECT DISTINCT ?e ?v WHERE { ?e rdfs:label ?v "
        "FILTER NOT EXISTS { ?e kg:qid ?q } }",
        "alias": "SELECT DISTINCT ?e ?v WHERE { ?e skos:altLabel ?v "
        "FILTER NOT EXISTS { ?e kg:qid ?q } }",
        "context": """SELECT DISTINCT ?e ?v WHERE {
              { ?e kg:state ?s FILTER(?s != ?e) ?s kg:qid ?v }
              UNION { ?e kg:holds ?r . ?r kg:roleOf ?o . ?o kg:qid ?v }
              FILTER NOT EXISTS { ?e kg:qid ?q } }""",
    }
    for what, query in queries.items():
        for row in kg.sparql(query):
            e, v = row.get("e"), row.get("v")  # type: ignore[assignment]
            if not isinstance(e, NamedNode) or not isinstance(v, Literal):
                continue
            ent = found.get(e.value)
            if ent is None:
                continue
            {"label": ent.labels, "alias": ent.aliases, "context": ent.context}[what].add(v.value)
    return sorted(found.values(), key=lambda x: x.iri)


def _names_of(item: WikidataEntity) -> tuple[set[str], set[str]]:
    labels = set(item.labels.values())
    aliases = {a for values in item.aliases.values() for a in values}
    return labels, aliases


def score(entity: LocalEntity, item: WikidataEntity) -> Candidate | None:
    """Score ``item`` as the Wikidata item of ``entity`` (see the module doc).

    ``None`` when none of their names match.
    """
    their_labels, their_aliases = _names_of(item)
    theirs = {normalize(n): 1 for n in their_aliases}
    theirs.update({normalize(n): 2 for n in their_labels})  # 2 = label, 1 = alias
    best = 0.0
    scripts: set[bool] = set()
    matched: list[str] = []
    for names, ours_is_label in ((entity.labels, True), (entity.aliases, False)):
        for ours in names:
            key = normalize(ours)
            kind = theirs.get(key) if key else None
            if not kind:
                continue
            value = {(True, 2): 1.0, (True, 1): 0.9, (False, 2): 0.9, (False, 1): 0.8}[
                (ours_is_label, kind)
            ]
            best = max(best, value)
            scripts.add(is_arabic(ours))
            matched.append(ours)
    if best == 0.0:
        return None
    name = min(1.0, best + 0.1) if len(scripts) == 2 else best

    classes = type_classes().get(entity.type, frozenset())
    human = type_classes().get(EntityType.PERSON, frozenset())
    p31 = item.values(Pid.INSTANCE_OF)
    if p31 & classes:
        type_ = 1.0
    elif p31 and entity.type is EntityType.PERSON and human:
        type_ = 0.0
    elif entity.type is not EntityType.PERSON and p31 & human:
        type_ = 0.0
    else:
        type_ = 0.5

    countries = item.values(Pid.CITIZENSHIP, Pid.COUNTRY)
    if not entity.context:
        context = 0.5
    elif entity.context & item.values():
        context = 1.0
    elif countries:
        context = 0.0
    else:
        context = 0.5

    total = round(0.5 * name + 0.25 * type_ + 0.25 * context, 4)
    why = (
        f"names {', '.join(sorted(set(matched))[:3])}; "
        f"P31 {','.join(sorted(p31)) or '-'}; "
        f"context {','.join(sorted(entity.context)) or '-'} vs {','.join(sorted(countries)) or '-'}"
    )
    return Candidate(entity, item, total, name, type_, context, why)


def find_candidates(
    entities: list[LocalEntity], dump: str | Path, *, per_entity: int = 5
) -> dict[str, list[Candidate]]:
    """Candidates from a Wikidata JSON dump for each entity IRI, best first.

    The dump is read once, streamed; only lines with a matching name are parsed.
    """
    index: dict[str, list[LocalEntity]] = defaultdict(list)
    for ent in entities:
        for n in ent.labels | ent.aliases:
            key = normalize(n)
            if key:
                index[key].append(ent)

    norm = functools.lru_cache(maxsize=1 << 16)(normalize)

    def want(names: list[tuple[str, str]]) -> bool:
        return any(norm(n) in index for _, n in names)

    found: dict[str, list[Candidate]] = defaultdict(list)
    for item in iter_entities(dump, want=want):
        labels, aliases = _names_of(item)
        seen: set[str] = set()
        for n in labels | aliases:
            for ent in index.get(normalize(n), []):
                if ent.iri in seen:
                    continue
                seen.add(ent.iri)
                cand = score(ent, item)
                if cand is not None:
                    found[ent.iri].append(cand)
    for iri, cands in found.items():
        cands.sort(key=lambda c: (-c.score, c.item.id))
        del cands[per_entity:]
        found[iri] = cands
    return dict(found)


@dataclass
class AlignResult:
    """What :func:`align` did."""

    entities: int = 0
    """Entities without a QID that were looked up."""
    with_candidates: int = 0
    applied: list[Candidate] = field(default_factory=list)
    review: list[Candidate] = field(default_factory=list)
    graphs_updated: int = 0


def _decide(
    candidates: dict[str, list[Candidate]], threshold: float
) -> tuple[list[Candidate], list[Candidate]]:
    accept: list[Candidate] = []
    review: list[Candidate] = []
    for iri in sorted(candidates):
        cands = candidates[iri]
        top = cands[0]
        runner_up = cands[1].score if len(cands) > 1 else 0.0
        if top.score >= threshold and top.score - runner_up >= MARGIN:
            accept.append(top)
        else:
            review.extend(cands)
    return accept, review


def align(
    kg: KnowledgeGraph,
    dump: str | Path,
    *,
    threshold: float = 0.9,
    apply: bool = True,
) -> AlignResult:
    """Find Wikidata candidates for the entities without a QID and apply the sure ones.

    :param dump: a Wikidata JSON dump (``.json``, ``.json.gz``, ``.json.bz2``, or ``-``).
    :param threshold: the score a candidate needs to be applied without review.
    :param apply: write the accepted links (``False``: only report them).
    """
    if not 0.0 < threshold <= 1.0:
        raise KGError(f"threshold must be in (0, 1], got {threshold}")
    entities = local_entities(kg)
    result = AlignResult(entities=len(entities))
    if not entities:
        return result
    candidates = find_candidates(entities, dump)
    result.with_candidates = len(candidates)
    result.applied, result.review = _decide(candidates, threshold)
    if apply and result.applied:
        result.graphs_updated = apply_links(kg, [(c.entity.iri, c.item.id) for c in result.applied])
    return result


def apply_links(kg: KnowledgeGraph, links: Iterable[tuple[str, str]]) -> int:
    """Add ``kg:qid``, ``kg:wikidata`` and ``skos:exactMatch`` for ``(entity IRI, QID)`` pairs.

    Each article graph that types the entity gets the three triples, one update
    per article graph (atomic per article).  Entities that already have a QID are
    left alone.  Returns the number of article graphs updated.
    """
    by_graph: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for iri, qid in dict(links).items():
        if not _QID.match(qid):
            raise KGError(f"not a QID: {qid!r}")
        node = NamedNode(iri)
        if any(kg.store.quads_for_pattern(node, KG.qid, None, None)):
            continue
        graphs = {
            q.graph_name.value
            for q in kg.store.quads_for_pattern(node, RDF.type, None, None)
            if isinstance(q.graph_name, NamedNode)
        }
        for g in sorted(graphs):
            by_graph[g].append((iri, qid))
    kg._check_writable()
    for g, pairs in sorted(by_graph.items()):
        body = " .\n".join(
            f"<{iri}> {KG.qid} {Literal(qid)} ; {KG.wikidata} {WD[qid]} ; "
            f"{SKOS.exactMatch} {WD[qid]}"
            for iri, qid in pairs
        )
        # one update per article graph: pyoxigraph runs it as one transaction
        kg.update(f"INSERT DATA {{ GRAPH <{g}> {{\n{body} .\n}} }}")
    return len(by_graph)


def _cell(text: str) -> str:
    return " ".join(text.split())


def write_review(candidates: Iterable[Candidate], path: str | Path) -> int:
    """Write candidates to a review TSV (atomically); returns the number of rows.

    A reviewer puts ``y`` in the ``accept`` column of the rows to link and runs
    ``kg align --apply FILE``.
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.part")
    n = 0
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            "# statekg alignment candidates. Put y in the accept column of the rows to link,\n"
            "# then run: kg align --apply THIS_FILE. Score = 0.5 name + 0.25 type + 0.25 context.\n"
        )
        fh.write("\t".join(REVIEW_COLUMNS) + "\n")
        for c in candidates:
            row = [
                "",
                c.entity.iri,
                c.entity.type.value,
                c.entity.label,
                c.item.id,
                c.item.label,
                c.item.description,
                f"{c.score:.3f}",
                f"{c.name:.2f}",
                f"{c.type:.2f}",
                f"{c.context:.2f}",
                c.why,
            ]
            fh.write("\t".join(_cell(x) for x in row) + "\n")
            n += 1
    tmp.replace(target)
    return n


def read_review(path: str | Path) -> list[tuple[str, str]]:
    """The accepted ``(entity IRI, QID)`` rows of a review TSV.

    :raises InputError: a missing column, a malformed QID in an accepted row, or two
        different QIDs accepted for one entity.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path=str(p)) from None
    lines = [
        (n, ln)
        for n, ln in enumerate(text.splitlines(), 1)
        if ln.strip() and not ln.startswith("#")
    ]
    if not lines:
        return []
    header = lines[0][1].split("\t")
    for col in ("accept", "entity", "qid"):
        if col not in header:
            raise InputError(f"no {col!r} column in the header", path=str(p))
    ia, ie, iq = header.index("accept"), header.index("entity"), header.index("qid")
    chosen: dict[str, str] = {}
    for n, line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        if cells[ia].strip().casefold() not in _ACCEPT:
            continue
        iri, qid = cells[ie].strip(), cells[iq].strip().upper()
        if not _QID.match(qid):
            raise InputError(f"line {n}: not a QID: {cells[iq]!r}", path=str(p))
        if not iri:
            raise InputError(f"line {n}: no entity IRI", path=str(p))
        if chosen.get(iri, qid) != qid:
            raise InputError(
                f"line {n}: {iri} is accepted with two QIDs ({chosen[iri]}, {qid})", path=str(p)
            )
        chosen[iri] = qid
    return sorted(chosen.items())


def apply_review(kg: KnowledgeGraph, path: str | Path) -> tuple[int, int]:
    """Apply the accepted rows of a review file; returns ``(links, article graphs updated)``.

    Rows whose entity is not in the store are an error (the file is for another store).
    """
    links = read_review(path)
    for iri, _ in links:
        if not any(kg.store.quads_for_pattern(NamedNode(iri), RDF.type, None, None)):
            raise InputError(f"entity {iri} is not in the store", path=str(path))
    return len(links), apply_links(kg, links)


def iter_review_rows(candidates: Iterable[Candidate]) -> Iterator[list[str]]:
    """The review rows of candidates (without the header), for printing."""
    for c in candidates:
        yield [c.entity.label, c.entity.type.value, c.item.id, c.item.label, f"{c.score:.3f}"]
