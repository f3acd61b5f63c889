"""The ontology files parse, are versioned, and agree with kg/vocab.py and kg/models.py."""

from __future__ import annotations

import re
from functools import cache

import owlrl  # type: ignore[import-untyped]
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

import kg
from kg import vocab
from kg.models import Modality, QuadClass, RelationType

KG = Namespace(vocab.KG_NS)
PLOVER = Namespace(vocab.PLOVER_NS)
VANN = Namespace("http://purl.org/vocab/vann/")
XSD = Namespace(
    "http://www.w3.org/2001/XMLSchema#"
)  # rdflib's closed XSD namespace warns under pytest
SCHEMA = Namespace("https://schema.org/")
ONTOLOGY = URIRef("https://w3id.org/statekg/ontology")
PLOVER_ONTOLOGY = URIRef("https://w3id.org/statekg/plover")
WIKIDATA_ONTOLOGY = URIRef("https://w3id.org/statekg/ontology/wikidata")
PLOVER_REPO = URIRef("https://github.com/openeventdata/PLOVER")
ARABIC = re.compile("[\u0600-\u06ff]")
LATIN = re.compile("[A-Za-z]")
FILES = ("kg.ttl", "plover.ttl", "wikidata.ttl", "shapes.ttl")
EXTENSIONS = {RelationType.FLEE, RelationType.PRESENCE, RelationType.LEADS}


@cache
def load(name: str) -> Graph:
    """One ontology file, parsed once per test session."""
    return Graph().parse(vocab.ontology_path(name), format="turtle")


@cache
def terms() -> Graph:
    """kg.ttl and plover.ttl together: where every vocab constant must be declared."""
    graph = Graph()
    for name in ("kg.ttl", "plover.ttl"):
        graph += load(name)
    return graph


def iri(node: object) -> URIRef:
    """A vocab constant (a pyoxigraph NamedNode) as an rdflib IRI."""
    return URIRef(node.value)  # type: ignore[attr-defined]


def quad_class_iri(quad: QuadClass) -> URIRef:
    """``verbal cooperation`` -> kg:VerbalCooperation."""
    return KG["".join(word.capitalize() for word in quad.value.split())]


def texts(graph: Graph, subject: Node, predicate: URIRef, lang: str) -> list[str]:
    return [
        str(o)
        for o in graph.objects(subject, predicate)
        if isinstance(o, Literal) and o.language == lang
    ]


def members(graph: Graph, subject: Node | None, predicate: URIRef) -> set[Node]:
    """The members of the RDF list that is the value of ``predicate``."""
    assert subject is not None
    head = graph.value(subject, predicate)
    assert head is not None, f"{subject} has no {predicate}"
    return set(Collection(graph, head))


# --- files, paths and versions ---------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_ontology_path_finds_each_file_and_it_parses(name: str) -> None:
    path = vocab.ontology_path(name)
    assert path.is_file() and path.name == name
    assert len(load(name)) > 50


def test_ontology_path_refuses_a_missing_file() -> None:
    with pytest.raises(FileNotFoundError):
        vocab.ontology_path("no-such-ontology.ttl")


@pytest.mark.parametrize(
    ("name", "ontology"),
    [("kg.ttl", ONTOLOGY), ("plover.ttl", PLOVER_ONTOLOGY), ("wikidata.ttl", WIKIDATA_ONTOLOGY)],
)
def test_ontology_header_carries_the_package_version(name: str, ontology: URIRef) -> None:
    graph = load(name)
    assert (ontology, RDF.type, OWL.Ontology) in graph
    assert graph.value(ontology, OWL.versionInfo) == Literal(kg.__version__)
    assert graph.value(ontology, OWL.versionIRI) == URIRef(f"{ontology}/{kg.__version__}")


def test_shapes_and_concept_scheme_carry_the_package_version() -> None:
    shapes = URIRef("https://w3id.org/statekg/shapes")
    assert load("shapes.ttl").value(shapes, OWL.versionInfo) == Literal(kg.__version__)
    assert load("plover.ttl").value(PLOVER.scheme, OWL.versionInfo) == Literal(kg.__version__)


def test_kg_header_has_bilingual_metadata_license_and_preferred_prefix() -> None:
    graph = load("kg.ttl")
    for predicate in (DCTERMS.title, DCTERMS.description, RDFS.label, RDFS.comment):
        for lang in ("en", "ar"):
            assert texts(graph, ONTOLOGY, predicate, lang), f"{predicate}@{lang}"
    assert isinstance(graph.value(ONTOLOGY, DCTERMS.license), URIRef)
    assert graph.value(ONTOLOGY, DCTERMS.created).datatype == XSD.date  # type: ignore[union-attr]
    assert graph.value(ONTOLOGY, VANN.preferredNamespacePrefix) == Literal("kg")
    assert graph.value(ONTOLOGY, VANN.preferredNamespaceUri) == Literal(vocab.KG_NS)


# --- kg/vocab.py <-> kg.ttl / plover.ttl -------------------------------------------------------

KINDS: dict[URIRef, tuple[str, ...]] = {
    OWL.Class: vocab.KG_CLASSES,
    OWL.ObjectProperty: vocab.KG_OBJECT_PROPERTIES,
    OWL.DatatypeProperty: vocab.KG_DATATYPE_PROPERTIES,
    OWL.NamedIndividual: vocab.KG_INDIVIDUALS,
}


@pytest.mark.parametrize("kind", list(KINDS), ids=lambda k: k.split("#")[1])
def test_every_vocab_constant_is_declared_with_its_kind(kind: URIRef) -> None:
    graph = load("kg.ttl")
    missing = [name for name in KINDS[kind] if (KG[name], RDF.type, kind) not in graph]
    assert not missing, f"not declared as {kind}: {missing}"


def test_every_plover_constant_is_a_concept_of_the_scheme() -> None:
    graph = load("plover.ttl")
    assert (PLOVER.scheme, RDF.type, SKOS.ConceptScheme) in graph
    for name in vocab.PLOVER.names - {"scheme"}:
        assert (PLOVER[name], RDF.type, SKOS.Concept) in graph, name


def test_every_term_declared_in_the_ontology_has_a_vocab_constant() -> None:
    graph = load("kg.ttl")
    kinds = (*KINDS, OWL.AnnotationProperty)
    declared = {
        s
        for kind in kinds
        for s in graph.subjects(RDF.type, kind)
        if str(s).startswith(vocab.KG_NS)
    }
    names = {str(s)[len(vocab.KG_NS) :] for s in declared}
    assert names <= vocab.KG.names, f"no constant in kg/vocab.py: {sorted(names - vocab.KG.names)}"


@pytest.mark.parametrize("name", FILES)
def test_every_kg_and_plover_iri_used_in_a_file_is_a_vocab_constant(name: str) -> None:
    used = {node for triple in load(name) for node in triple if isinstance(node, URIRef)}
    unknown = sorted(
        str(n)
        for n in used
        if (str(n).startswith(vocab.KG_NS) and str(n)[len(vocab.KG_NS) :] not in vocab.KG.names)
        or (
            str(n).startswith(vocab.PLOVER_NS)
            and str(n)[len(vocab.PLOVER_NS) :] not in vocab.PLOVER.names
        )
    )
    assert not unknown, f"{name} uses undeclared terms (typos?): {unknown}"


ALL_TERMS = [KG[n] for n in sorted(vocab.KG.names)] + [
    PLOVER[n] for n in sorted(vocab.PLOVER.names)
]


@pytest.mark.parametrize("term", ALL_TERMS, ids=lambda t: t.split("/")[-1])
def test_every_term_has_one_label_and_a_comment_in_english_and_arabic(term: URIRef) -> None:
    graph = terms()
    for predicate in (RDFS.label, RDFS.comment):
        english, arabic = texts(graph, term, predicate, "en"), texts(graph, term, predicate, "ar")
        assert len(english) == 1 and len(arabic) == 1, f"{predicate}: en={english} ar={arabic}"
        assert ARABIC.search(arabic[0]), f"the Arabic {predicate} is not in Arabic script"
        # English text may quote Arabic examples ("قال"), but is written in English
        assert len(ARABIC.findall(english[0])) < len(LATIN.findall(english[0])), english[0]
    assert not ARABIC.search(texts(graph, term, RDFS.label, "en")[0])
    defined_by = ONTOLOGY if str(term).startswith(vocab.KG_NS) else PLOVER_ONTOLOGY
    assert graph.value(term, RDFS.isDefinedBy) == defined_by


# --- relation types ---------------------------------------------------------------------------


def test_plover_concepts_have_notation_labels_definitions_and_scheme() -> None:
    graph = load("plover.ttl")
    tops = set(graph.objects(PLOVER.scheme, SKOS.hasTopConcept))
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert concepts == {iri(vocab.plover_concept(t)) for t in RelationType} == tops
    for t in RelationType:
        concept = iri(vocab.plover_concept(t))
        assert graph.value(concept, SKOS.notation) == Literal(t.value)
        for predicate in (SKOS.prefLabel, SKOS.definition):
            assert texts(graph, concept, predicate, "en") and texts(graph, concept, predicate, "ar")
        assert (concept, SKOS.inScheme, PLOVER.scheme) in graph
        assert (concept, SKOS.topConceptOf, PLOVER.scheme) in graph


def test_only_flee_presence_and_leads_are_marked_as_statekg_extensions() -> None:
    graph = load("plover.ttl")
    for t in RelationType:
        concept = iri(vocab.plover_concept(t))
        from_plover = (concept, DCTERMS.source, PLOVER_REPO) in graph
        noted = texts(graph, concept, SKOS.scopeNote, "en")
        if t in EXTENSIONS:
            assert not from_plover and noted and "extension" in noted[0], t
        else:
            assert from_plover and not noted, t


@pytest.mark.parametrize("t", list(RelationType), ids=str)
def test_quad_class_of_each_type_agrees_with_the_model(t: RelationType) -> None:
    graph = terms()
    expected = quad_class_iri(t.quad_class)
    for node in (vocab.relation_class(t), vocab.relation_property(t), vocab.plover_concept(t)):
        assert graph.value(iri(node), KG.quadClass) == expected, node
    restrictions = {
        graph.value(r, OWL.onProperty): graph.value(r, OWL.hasValue)
        for r in graph.objects(iri(vocab.relation_class(t)), RDFS.subClassOf)
        if isinstance(r, BNode)
    }
    assert restrictions == {KG.quadClass: expected, KG.relationType: iri(vocab.plover_concept(t))}


@pytest.mark.parametrize("t", list(RelationType), ids=str)
def test_relation_class_and_direct_property_link_to_their_type_and_each_other(
    t: RelationType,
) -> None:
    graph = load("kg.ttl")
    cls, prop, concept = (
        iri(vocab.relation_class(t)),
        iri(vocab.relation_property(t)),
        iri(vocab.plover_concept(t)),
    )
    assert (cls, RDFS.subClassOf, KG.Relation) in graph
    assert graph.value(cls, KG.ploverType) == concept == graph.value(prop, KG.ploverType)
    assert graph.value(cls, KG.relationProperty) == prop
    assert graph.value(prop, KG.relationClass) == cls
    assert vocab.relation_type_of_property(str(prop)[len(vocab.KG_NS) :]) is t


def test_symmetric_properties_are_exactly_the_symmetric_relation_types() -> None:
    graph = terms()
    symmetric = set(graph.subjects(RDF.type, OWL.SymmetricProperty))
    assert symmetric == {iri(vocab.relation_property(t)) for t in RelationType if t.symmetric}
    for t in RelationType:
        for node in (vocab.relation_class(t), vocab.plover_concept(t)):
            assert graph.value(iri(node), KG.symmetric) == Literal(t.symmetric), node


def test_direct_properties_go_from_an_actor_to_an_actor_or_a_place() -> None:
    graph = load("kg.ttl")
    for t in RelationType:
        prop = iri(vocab.relation_property(t))
        assert graph.value(prop, RDFS.domain) == KG.Actor
        rng = graph.value(prop, RDFS.range)
        allowed = {rng} if rng == KG.Actor else members(graph, rng, OWL.unionOf)
        assert KG.Actor in allowed and allowed <= {KG.Actor, KG.Place}, t
    place_objects = {RelationType.FLEE, RelationType.PRESENCE}
    for t in place_objects:
        assert graph.value(iri(vocab.relation_property(t)), RDFS.range) != KG.Actor, t


def test_modality_and_quad_class_are_closed_enumerations_matching_the_enums() -> None:
    graph = load("kg.ttl")
    assert members(graph, KG.Modality, OWL.oneOf) == {iri(vocab.modality_iri(m)) for m in Modality}
    assert members(graph, KG.QuadClass, OWL.oneOf) == {quad_class_iri(q) for q in QuadClass}
    for q in QuadClass:
        assert texts(graph, quad_class_iri(q), RDFS.label, "en") == [q.value]


# --- modelling decisions that keep reasoning and validation honest -----------------------------


@pytest.mark.parametrize(
    "prop",
    ["speaker", "via", "about", "subject", "object", "state", "holder", "roleOf", "mentionOf"],
)
def test_value_classes_checked_by_the_shapes_are_not_rdfs_ranges(prop: str) -> None:
    # an rdfs:range would let RDFS inference re-type a wrong value and make the shape pass vacuously
    graph = load("kg.ttl")
    assert graph.value(KG[prop], RDFS.range) is None
    assert graph.value(KG[prop], SCHEMA.rangeIncludes) is not None


def test_offsets_and_provenance_shared_by_several_classes_have_a_union_domain() -> None:
    graph = load("kg.ttl")
    for prop in ("start", "end", "article"):
        domain = members(graph, graph.value(KG[prop], RDFS.domain), OWL.unionOf)
        assert domain == {KG.Mention, KG.Statement, KG.Relation}, prop


def test_event_date_is_a_year_a_month_or_a_day() -> None:
    graph = load("kg.ttl")
    for prop in ("eventDate", "statementDate", "startDate", "endDate"):
        datatypes = members(graph, graph.value(KG[prop], RDFS.range), OWL.unionOf)
        assert datatypes == {XSD.gYear, XSD.gYearMonth, XSD.date}, prop


def test_every_datatype_property_has_a_range() -> None:
    graph = load("kg.ttl")
    assert [n for n in vocab.KG_DATATYPE_PROPERTIES if graph.value(KG[n], RDFS.range) is None] == []


def test_owl2_dl_punning_restrictions_hold_across_the_ontology_files() -> None:
    graph = Graph()
    for name in ("kg.ttl", "plover.ttl", "wikidata.ttl"):
        graph += load(name)
    objects = set(graph.subjects(RDF.type, OWL.ObjectProperty))
    datatypes = set(graph.subjects(RDF.type, OWL.DatatypeProperty))
    annotations = set(graph.subjects(RDF.type, OWL.AnnotationProperty))
    assert not objects & datatypes
    assert not annotations & (objects | datatypes)
    # the punned relation classes are classes and individuals, never datatypes
    assert not set(graph.subjects(RDF.type, RDFS.Datatype)) & set(
        graph.subjects(RDF.type, OWL.Class)
    )


def test_an_owl_rl_reasoner_derives_the_quad_class_of_a_relation_node_from_its_class() -> None:
    ex = Namespace("https://example.org/")
    graph = Graph()
    for triple in load("kg.ttl"):  # the axioms; labels and comments only slow the reasoner down
        if not (isinstance(triple[2], Literal) and triple[2].language):
            graph.add(triple)
    graph.add((ex.r1, RDF.type, KG.Support))
    graph.add((ex.egypt, KG.consults, ex.jordan))
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(graph)
    assert (ex.r1, KG.quadClass, KG.VerbalCooperation) in graph
    assert (ex.r1, KG.relationType, PLOVER.SUPPORT) in graph
    assert (ex.r1, RDF.type, KG.Relation) in graph
    assert (ex.jordan, KG.consults, ex.egypt) in graph  # symmetric
    assert (ex.egypt, RDF.type, KG.Actor) in graph


# --- Wikidata alignment -----------------------------------------------------------------------

WD = "http://www.wikidata.org/"
# the only identifiers the alignment may use: well-established items and the properties listed
# in ../shared/REFERENCE.md §5
ALLOWED_IDS = set(
    "Q5 Q43229 Q6256 Q3624078 Q5707594 "
    "P31 P17 P27 P35 P6 P39 P530 P580 P582 P585 P577 P854 P953 P1476 P407 P123 P1683".split()
)


def test_wikidata_alignment_uses_only_established_identifiers() -> None:
    used = {
        str(n).rsplit("/", 1)[1]
        for triple in load("wikidata.ttl")
        for n in triple
        if isinstance(n, URIRef) and str(n).startswith(WD)
    }
    assert used <= ALLOWED_IDS, sorted(used - ALLOWED_IDS)


@pytest.mark.parametrize(
    ("term", "predicate", "target"),
    [
        (KG.Person, SKOS.exactMatch, "entity/Q5"),
        (KG.Organization, SKOS.exactMatch, "entity/Q43229"),
        (KG.State, SKOS.broadMatch, "entity/Q6256"),
        (KG.State, SKOS.narrowMatch, "entity/Q3624078"),
        (KG.NewsArticle, SKOS.exactMatch, "entity/Q5707594"),
        (KG.holds, SKOS.closeMatch, "entity/P39"),
        (KG.eventDate, SKOS.exactMatch, "entity/P585"),
        (KG.startDate, SKOS.exactMatch, "entity/P580"),
        (KG.endDate, SKOS.exactMatch, "entity/P582"),
        (KG.content, SKOS.closeMatch, "entity/P1683"),
        (SCHEMA.datePublished, SKOS.exactMatch, "entity/P577"),
        (SCHEMA.url, SKOS.relatedMatch, "entity/P854"),
    ],
)
def test_wikidata_alignment_maps_the_terms_with_a_wikidata_counterpart(
    term: URIRef, predicate: URIRef, target: str
) -> None:
    assert (term, predicate, URIRef(WD + target)) in load("wikidata.ttl")


def test_event_relations_are_at_most_related_to_diplomatic_relation_p530() -> None:
    graph = load("wikidata.ttl")
    p530 = {
        URIRef(WD + path + "P530")
        for path in ("entity/", "prop/direct/", "prop/", "prop/statement/")
    }
    links = {(s, p) for s, p, o in graph if o in p530}
    assert links == {
        (iri(vocab.relation_property(t)), SKOS.relatedMatch) for t in RelationType if t.symmetric
    }


def test_wikidata_alignment_never_claims_identity_or_property_equivalence() -> None:
    graph = load("wikidata.ttl")
    for predicate in (OWL.sameAs, OWL.equivalentProperty, RDFS.subPropertyOf):
        assert not list(graph.triples((None, predicate, None))), predicate
    # the one OWL axiom: a person is exactly something whose truthy P31 is human
    restriction = graph.value(KG.Person, OWL.equivalentClass)
    assert graph.value(restriction, OWL.onProperty) == URIRef(WD + "prop/direct/P31")
    assert graph.value(restriction, OWL.hasValue) == URIRef(WD + "entity/Q5")
