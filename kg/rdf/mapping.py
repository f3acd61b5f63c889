"""Map an :class:`~kg.models.Extraction` to quads in the article's named graph.

Pure: no store access.  Every quad is in the graph named by the article IRI,
so every triple is traceable to its article; statements and relations also
carry their evidence (text and character offsets) and the extractor version
(``prov:wasGeneratedBy``).

Shape (``ontology/shapes.ttl`` checks it)::

    <article>   a kg:NewsArticle ; kg:articleId ; schema:headline ; schema:url ;
                kg:sourceName ; schema:datePublished ; schema:inLanguage ;
                kg:contentHash ; prov:wasGeneratedBy <extractor> .
    <extractor> a kg:Extractor ; kg:extractorName ; kg:extractorVersion .
    <entity>    a kg:State|kg:Person|kg:Organization|kg:Place ; rdfs:label "…"@en, "…"@ar ;
                skos:altLabel ; kg:searchKey ; kg:qid ; kg:wikidata wd:Q… ;
                skos:exactMatch wd:Q… ; kg:state <state> ; kg:holds <role> .
    <role>      a kg:Role ; kg:holder <person> ; kg:roleLabel "…"@ar ; kg:roleOf <state|org> ;
                kg:startDate ; kg:endDate .
    <mention>   a kg:Mention ; kg:mentionOf <entity> ; kg:surface ; kg:start ; kg:end ;
                kg:article <article> .
    <statement> a kg:Statement ; kg:speaker ; kg:content "…"@lang ; kg:cue ; kg:direct ;
                kg:about* ; kg:via ; kg:reportedIn <statement> ; kg:statementDate ;
                kg:start ; kg:end ; kg:confidence ; kg:article ; prov:wasDerivedFrom <article> ;
                prov:wasGeneratedBy <extractor> ;
                kg:speakerInPeriod <period>* ; kg:aboutInPeriod <period>* ;
                kg:whoSaidSummary "{…}"^^rdf:JSON .
    <period>    a kg:ActorPeriod ; kg:actor <entity> ; kg:period "2024-03-09"^^xsd:date .
    <relation>  a kg:Relation, kg:Support ; kg:subject ; kg:object ;
                kg:relationType plover:SUPPORT ;
                kg:modality kg:Asserted ; kg:eventDate ; kg:dateStart ; kg:dateEnd ;
                kg:datePrecision ; kg:topic ; kg:trigger ; kg:evidence ; kg:start ; kg:end ;
                kg:confidence ; kg:article ; prov:wasDerivedFrom ; prov:wasGeneratedBy .
    <subject> kg:supports <object> .      # the direct triple, only for asserted relations

The who-said index.  Oxigraph cannot range-scan literals, so "statements about
Russia in March 2024" would otherwise probe the date of every statement ever
made about Russia.  Each statement therefore links to index buckets
(``kg:ActorPeriod``, IRI from :meth:`~kg.rdf.iris.IRIs.actor_period`), one
per actor it involves, in its period: its date (``kg:statementDate``, else the
article's ``schema:datePublished``) as precise as it is known — a day, a month
or a year.  ``kg:speakerInPeriod`` links to the buckets of the speaker and of
every state the speaker speaks for (``kg:state``), ``kg:aboutInPeriod`` to
those of each ``kg:about`` target and of every state that target speaks for:
exactly the actors the who-said query matches.  A bucket's ``kg:period`` is
the statement's date itself, so a date-bounded query names the buckets of the
dates it accepts (``VALUES``; one index lookup each), reads each statement's
date from its bucket, and never probes statements outside the range
(:func:`kg.answers.who_said_query`).  The index triples live in the article's
graph, so replacing or dropping an article replaces or drops them with it;
graphs written by other means (SPARQL update, Graph Store writes) are not
indexed.  The article carries ``kg:whoSaidIndex`` (:data:`WHO_SAID_INDEX_VERSION`),
so a store that also holds unindexed articles is detected and answered
without the index (:func:`kg.answers.has_who_said_index`).

The who-said summary.  Describing a selected statement took about twenty
triple patterns (speaker, labels, role, state, relay, targets, article
fields), each a RocksDB lookup per row, and a ``GROUP BY``: most of the
query's CPU time.  From index version 2 each statement also carries
``kg:whoSaidSummary``, one JSON literal (``rdf:JSON``) computed from the
article graph's own quads (:func:`statement_summary`) that holds everything
the who-said query shows, with the labels in every language so the language
preference is applied when it is decoded (:func:`kg.answers.expand_summary`).
Keys: ``s`` speaker IRI; ``sl`` its labels; ``r`` its role (the least role
label, as the query's ``MIN``); ``st`` the labels of each state it speaks for;
``v`` the labels of the relay (absent without one; a list like ``st``); ``a`` the labels of each
actor the statement is about; ``c`` content; ``cu`` cue; ``d`` direct;
``t`` headline; ``so`` source; ``p`` publication date; ``u`` URL.  A label or
text is ``[value, language]`` (``""`` for no language tag).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from kg.models import (
    Entity,
    EntityType,
    Extraction,
    Modality,
    date_bounds,
    date_precision,
)
from kg.rdf.iris import IRIs, slug
from kg.vocab import (
    KG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WD,
    XSD,
    modality_iri,
    plover_concept,
    relation_class,
    relation_property,
)

__all__ = [
    "WHO_SAID_INDEX_VERSION",
    "WHO_SAID_SUMMARY_VERSION",
    "date_literal",
    "entity_iri",
    "extraction_quads",
    "search_key",
    "statement_summary",
]

WHO_SAID_INDEX_VERSION = 2
"""Version of the who-said index, written on each article as ``kg:whoSaidIndex``; raise it
when the buckets or summaries change, so stores holding older articles are answered without
them.  1: the buckets; 2: the buckets and each statement's ``kg:whoSaidSummary``."""

WHO_SAID_SUMMARY_VERSION = 2
"""The first index version whose statements carry ``kg:whoSaidSummary``."""

_JSON = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")

_ARABIC = re.compile("[\u0600-\u06ff]")
_ABSOLUTE_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>\"{}|\\^`]+$")


def search_key(name: str) -> str:
    """The key under which a name is found by :meth:`kg.KG.resolve` and autocomplete.

    >>> search_key("  The Kremlin's ")
    'the kremlin s'
    """
    return slug(name).replace("-", " ").replace("_", " ")


def date_literal(value: str) -> Literal:
    """An ISO partial date as ``xsd:gYear``, ``xsd:gYearMonth`` or ``xsd:date``."""
    datatype = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}[date_precision(value)]
    return Literal(value, datatype=datatype)


def _lang_of(text: str, fallback: str) -> str:
    if _ARABIC.search(text):
        return "ar"
    return "en" if fallback in ("und", "ar") else fallback


def _text(value: str, lang: str) -> Literal:
    """A text value tagged with its language: the article's, or Arabic when the script says so."""
    if lang != "und":
        return Literal(value, language=_lang_of(value, lang))
    return Literal(value, language="ar") if _ARABIC.search(value) else Literal(value)


def entity_iri(iris: IRIs, entity: Entity) -> NamedNode:
    """The IRI of an extraction entity."""
    return iris.entity(type=entity.type, label=entity.label, qid=entity.qid)


_ENTITY_CLASS = {
    EntityType.STATE: KG.State,
    EntityType.PERSON: KG.Person,
    EntityType.ORGANIZATION: KG.Organization,
    EntityType.PLACE: KG.Place,
}


def extraction_quads(extraction: Extraction, iris: IRIs) -> Iterator[Quad]:
    """All quads of one extraction, in the article's named graph, with each statement's
    who-said summary (:func:`statement_summary`) last."""
    quads = list(_extraction_quads(extraction, iris))
    yield from quads
    yield from _summaries(quads, iris.article(extraction.article.id))


def _pair(term: object) -> list[str] | None:
    """A literal as ``[value, language]`` (``""`` when it has no language tag)."""
    if not isinstance(term, Literal):
        return None
    return [term.value, term.language or ""]


def statement_summary(
    props: dict[str, dict[str, list[NamedNode | Literal]]], statement: str, article: str
) -> str | None:
    """The ``kg:whoSaidSummary`` JSON of one statement (see the module docstring).

    ``props`` maps subject IRI -> predicate IRI -> objects, for the article graph's
    quads (each triple once).  ``None`` for a statement without a speaker or content
    (the who-said query shows no such statement).
    """
    own = props.get(statement, {})
    speakers = [o for o in own.get(KG.speaker.value, []) if isinstance(o, NamedNode)]
    contents = [_pair(o) for o in own.get(KG.content.value, []) if isinstance(o, Literal)]
    if not speakers or not contents:
        return None
    speaker = min(speakers, key=lambda n: n.value)

    def labels(node: NamedNode | Literal) -> list[list[str]]:
        values = props.get(node.value, {}).get(RDFS.label.value, [])
        return sorted(p for p in map(_pair, values) if p is not None)

    def first(subject: str, predicate: NamedNode) -> NamedNode | Literal | None:
        values = props.get(subject, {}).get(predicate.value, [])
        return min(values, key=lambda o: (o.value, str(o))) if values else None

    sp = props.get(speaker.value, {})
    roles = [
        p
        for holding in sp.get(KG.holds.value, [])
        for o in props.get(holding.value, {}).get(KG.roleLabel.value, [])
        if (p := _pair(o)) is not None
    ]
    summary: dict[str, object] = {"s": speaker.value, "sl": labels(speaker)}
    if roles:
        summary["r"] = min(roles)
    states = sorted(sp.get(KG.state.value, []), key=lambda o: o.value)
    if states:
        summary["st"] = [labels(s) for s in states]
    vias = sorted(own.get(KG.via.value, []), key=lambda o: o.value)
    if vias:
        summary["v"] = [labels(v) for v in vias]
    targets = sorted(own.get(KG.about.value, []), key=lambda o: o.value)
    if targets:
        summary["a"] = [labels(a) for a in targets]
    summary["c"] = min(c for c in contents if c is not None)
    for key, subject, predicate in (
        ("cu", statement, KG.cue),
        ("t", article, SCHEMA.headline),
        ("so", article, KG.sourceName),
    ):
        value = first(subject, predicate)
        if value is not None and (pair := _pair(value)) is not None:
            summary[key] = pair
    direct = first(statement, KG.direct)
    if direct is not None:
        summary["d"] = direct.value == "true"
    published = first(article, SCHEMA.datePublished)
    if published is not None:
        summary["p"] = published.value
    url = first(article, SCHEMA.url)
    if url is not None:
        summary["u"] = url.value
    return json.dumps(summary, ensure_ascii=False, separators=(",", ":"))


def _summaries(quads: Iterable[Quad], g: NamedNode) -> list[Quad]:
    """``kg:whoSaidSummary`` of every statement among ``quads`` (those in graph ``g``)."""
    props: dict[str, dict[str, list[NamedNode | Literal]]] = defaultdict(lambda: defaultdict(list))
    seen: set[Quad] = set()
    statements: list[NamedNode] = []
    for quad in quads:
        if quad.graph_name != g or quad in seen or not isinstance(quad.subject, NamedNode):
            continue
        seen.add(quad)
        if isinstance(quad.object, NamedNode | Literal):
            props[quad.subject.value][quad.predicate.value].append(quad.object)
        if quad.predicate == RDF.type and quad.object == KG.Statement:
            statements.append(quad.subject)
    out = []
    for s in statements:
        summary = statement_summary(props, s.value, g.value)
        if summary is not None:
            out.append(Quad(s, KG.whoSaidSummary, Literal(summary, datatype=_JSON), g))
    return out


def _extraction_quads(extraction: Extraction, iris: IRIs) -> Iterator[Quad]:
    art = extraction.article
    g = iris.article(art.id)
    ext = iris.extractor(extraction.extractor, extraction.extractor_version)

    def q(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> Quad:
        return Quad(s, p, o, g)

    # the article and the extractor
    yield q(g, RDF.type, KG.NewsArticle)
    yield q(g, KG.articleId, Literal(art.id))
    yield q(g, KG.contentHash, Literal(art.content_hash))
    yield q(g, PROV.wasGeneratedBy, ext)
    if art.lang != "und":
        yield q(g, SCHEMA.inLanguage, Literal(art.lang))
    if art.title:
        yield q(g, SCHEMA.headline, _text(art.title, art.lang))
    if art.url and _ABSOLUTE_IRI.match(art.url):
        yield q(g, SCHEMA.url, NamedNode(art.url))
    if art.source:
        yield q(g, KG.sourceName, _text(art.source, art.lang))
    if art.published:
        yield q(g, SCHEMA.datePublished, Literal(art.published.isoformat(), datatype=XSD.date))
    yield q(g, KG.whoSaidIndex, Literal(str(WHO_SAID_INDEX_VERSION), datatype=XSD.integer))
    yield q(ext, RDF.type, KG.Extractor)
    yield q(ext, KG.extractorName, Literal(extraction.extractor))
    yield q(ext, KG.extractorVersion, Literal(extraction.extractor_version))

    # entities, their roles and mentions
    node: dict[str, NamedNode] = {e.id: entity_iri(iris, e) for e in extraction.entities}
    for e in extraction.entities:
        s = node[e.id]
        yield q(s, RDF.type, _ENTITY_CLASS[e.type])
        names: list[tuple[str, str]] = list(e.labels.items())
        if e.label not in e.labels.values():
            names.append((_lang_of(e.label, "en"), e.label))
        for lang, name in names:
            yield q(s, RDFS.label, Literal(name, language=lang))
        keys = {search_key(n) for _, n in names} | {search_key(a) for a in e.aliases}
        for alias in sorted(set(e.aliases) - {n for _, n in names}):
            yield q(s, SKOS.altLabel, _text(alias, art.lang))
        for key in sorted(keys):
            yield q(s, KG.searchKey, Literal(key))
        if e.qid:
            yield q(s, KG.qid, Literal(e.qid))
            yield q(s, KG.wikidata, WD[e.qid])
            yield q(s, SKOS.exactMatch, WD[e.qid])
        if e.state:
            yield q(s, KG.state, node[e.state])
        for role in e.roles:
            r = iris.role(
                s.value, role.label, node[role.of].value if role.of else "", role.start, role.end
            )
            yield q(s, KG.holds, r)
            yield q(r, RDF.type, KG.Role)
            yield q(r, KG.holder, s)
            yield q(r, KG.roleLabel, _text(role.label, role.lang))
            if role.of:
                yield q(r, KG.roleOf, node[role.of])
            if role.start:
                yield q(r, KG.startDate, date_literal(role.start))
            if role.end:
                yield q(r, KG.endDate, date_literal(role.end))
        for m in e.mentions:
            mn = iris.mention(g.value, s.value, m.start, m.end)
            yield q(mn, RDF.type, KG.Mention)
            yield q(mn, KG.mentionOf, s)
            yield q(mn, KG.surface, _text(m.text, art.lang))
            yield q(mn, KG.start, Literal(m.start))
            yield q(mn, KG.end, Literal(m.end))
            yield q(mn, KG.article, g)

    # statements, and their who-said index buckets (see the module docstring)
    states_of: dict[str, dict[str, NamedNode]] = {}
    for e in extraction.entities:
        if e.state:
            states_of.setdefault(node[e.id].value, {})[node[e.state].value] = node[e.state]
    published = art.published.isoformat() if art.published else None
    described: set[str] = set()

    def index(s: NamedNode, prop: NamedNode, actors: list[NamedNode], when: str) -> list[Quad]:
        """Links from statement ``s`` to the buckets of ``actors`` and of the states they
        speak for at date ``when``; each bucket is described once per graph."""
        period = date_literal(when)
        targets: dict[str, NamedNode] = {}
        for a in actors:
            targets[a.value] = a
            targets.update(states_of.get(a.value, {}))
        quads = []
        for key in sorted(targets):
            bucket = iris.actor_period(key, period.value)
            quads.append(q(s, prop, bucket))
            if bucket.value not in described:
                described.add(bucket.value)
                quads += [
                    q(bucket, RDF.type, KG.ActorPeriod),
                    q(bucket, KG.actor, targets[key]),
                    q(bucket, KG.period, period),
                ]
        return quads

    st_node = {
        st.id: iris.statement(g.value, node[st.speaker].value, st.start, st.end)
        for st in extraction.quotes
    }
    for st in extraction.quotes:
        s = st_node[st.id]
        yield q(s, RDF.type, KG.Statement)
        yield q(s, KG.speaker, node[st.speaker])
        yield q(s, KG.content, _text(st.text, art.lang))
        if st.cue:
            yield q(s, KG.cue, _text(st.cue, art.lang))
        yield q(s, KG.direct, Literal(st.direct))
        for about in st.about:
            yield q(s, KG.about, node[about])
        if st.via:
            yield q(s, KG.via, node[st.via])
        if st.reported_in:
            yield q(s, KG.reportedIn, st_node[st.reported_in])
        if st.date:
            yield q(s, KG.statementDate, date_literal(st.date))
        yield q(s, KG.start, Literal(st.start))
        yield q(s, KG.end, Literal(st.end))
        yield q(
            s,
            KG.confidence,
            Literal(str(Decimal(str(round(st.confidence, 3)))), datatype=XSD.decimal),
        )
        yield q(s, KG.article, g)
        yield q(s, PROV.wasDerivedFrom, g)
        yield q(s, PROV.wasGeneratedBy, ext)
        when = st.date or published
        if when:
            yield from index(s, KG.speakerInPeriod, [node[st.speaker]], when)
            yield from index(s, KG.aboutInPeriod, [node[a] for a in st.about], when)

    # relations: reified node + direct triple
    for rel in extraction.relations:
        subj, obj = node[rel.subject], node[rel.object]
        r = iris.relation(
            g.value, subj.value, rel.type.value, obj.value, rel.evidence_start, rel.evidence_end
        )
        yield q(r, RDF.type, KG.Relation)
        yield q(r, RDF.type, relation_class(rel.type))
        yield q(r, KG.subject, subj)
        yield q(r, KG.object, obj)
        yield q(r, KG.relationType, plover_concept(rel.type))
        yield q(r, KG.modality, modality_iri(rel.modality))
        if rel.date:
            first, last = date_bounds(rel.date)
            yield q(r, KG.eventDate, date_literal(rel.date))
            yield q(r, KG.dateStart, Literal(first.isoformat(), datatype=XSD.date))
            yield q(r, KG.dateEnd, Literal(last.isoformat(), datatype=XSD.date))
            yield q(r, KG.datePrecision, Literal(date_precision(rel.date)))
        if rel.topic:
            yield q(r, KG.topic, Literal(rel.topic, language="en"))
        if rel.predicate:
            yield q(r, KG.trigger, _text(rel.predicate, art.lang))
        yield q(r, KG.evidence, _text(rel.evidence, art.lang))
        yield q(r, KG.start, Literal(rel.evidence_start))
        yield q(r, KG.end, Literal(rel.evidence_end))
        yield q(
            r,
            KG.confidence,
            Literal(str(Decimal(str(round(rel.confidence, 3)))), datatype=XSD.decimal),
        )
        yield q(r, KG.article, g)
        yield q(r, PROV.wasDerivedFrom, g)
        yield q(r, PROV.wasGeneratedBy, ext)
        if rel.modality is Modality.ASSERTED:
            yield q(subj, relation_property(rel.type), obj)
