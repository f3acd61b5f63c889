"""Links to Wikidata: skos:exactMatch (never owl:sameAs), described by a VoID linkset."""

from __future__ import annotations

from factories import arabic_extraction, english_extraction
from pyoxigraph import Literal, NamedNode, RdfFormat, Store, serialize

from kg.models import EntityType
from kg.store import KnowledgeGraph
from kg.vocab import SKOS
from kg.wikidata import count_links, linkset, linkset_triples
from kg.wikidata.terms import class_types, item, type_classes

VOID = "http://rdfs.org/ns/void#"


def test_linkset_counts_distinct_entity_links_across_articles() -> None:
    kg = KnowledgeGraph()
    kg.add(arabic_extraction())
    kg.add(arabic_extraction(article_id="again"))  # the same entities in a second article
    kg.add(english_extraction())
    # Turkey, Egypt, Erdoğan (Arabic) + France, Lebanon, Macron, Aoun (English)
    assert count_links(kg) == 7
    triples = linkset(kg, dataset="https://example.org/void#dataset")
    store = Store()
    store.load(serialize(triples, None, RdfFormat.TURTLE), RdfFormat.TURTLE)
    ls = NamedNode("https://example.org/void#wikidata-links")
    assert Literal(7) in {
        q.object for q in store.quads_for_pattern(ls, NamedNode(VOID + "triples"), None)
    }
    assert SKOS.exactMatch in {
        q.object for q in store.quads_for_pattern(ls, NamedNode(VOID + "linkPredicate"), None)
    }
    assert any(store.quads_for_pattern(ls, None, NamedNode(VOID + "Linkset")))
    owl_same_as = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
    assert not any(kg.store.quads_for_pattern(None, owl_same_as, None, None))


def test_linkset_without_a_count_for_callers_that_count_themselves() -> None:
    triples = linkset_triples(None, dataset="http://127.0.0.1:7878/.well-known/void#dataset")
    assert not any(t.predicate.value == VOID + "triples" for t in triples)
    subjects = {t.subject.value for t in triples}
    assert "http://127.0.0.1:7878/.well-known/void#wikidata-links" in subjects


def test_wikidata_classes_come_from_the_ontology_alignment() -> None:
    classes = type_classes()
    assert "Q5" in classes[EntityType.PERSON]
    assert {"Q6256", "Q3624078"} <= classes[EntityType.STATE]
    assert class_types()["Q5"] is EntityType.PERSON
    assert item("news_article").value == "http://www.wikidata.org/entity/Q5707594"
