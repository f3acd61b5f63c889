"""``kg dump --profile wikidata``: loads next to a Wikidata subset, answers WDQS-style queries."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from factories import arabic_extraction, english_extraction
from pyoxigraph import Literal, NamedNode, RdfFormat, Store

from kg.dump import Profile, write
from kg.models import Extraction
from kg.store import DumpFormat, KnowledgeGraph
from kg.wikidata.terms import WIKIDATA_PREFIXES

DATA = Path(__file__).parents[1] / "data" / "wikidata"
AR_URL = "https://news.example.org/ar/2025/06/10/erdogan-cairo"
EN_URL = "https://news.example.org/2025/03/04/macron-aoun"
QUOTE = "ضرورة وقف إطلاق النار فورا"


def sourced(ex: Extraction, url: str | None, title: str | None = None) -> Extraction:
    update: dict[str, object] = {"url": url}
    if title is not None:
        update["title"] = title
    return ex.model_copy(update={"article": ex.article.model_copy(update=update)})


def graph(order: int = 1) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    extractions = [
        sourced(arabic_extraction(), AR_URL),
        sourced(english_extraction(), EN_URL, "Macron calls Aoun and pledges aid to Lebanon"),
        sourced(arabic_extraction(article_id="no-url"), None),
    ]
    for ex in extractions[::order]:
        kg.add(ex)
    return kg


def profile(kg: KnowledgeGraph, fmt: DumpFormat = DumpFormat.TURTLE, **options: object) -> bytes:
    buf = io.BytesIO()
    write(kg, buf, fmt, profile=Profile.WIKIDATA, **options)  # type: ignore[arg-type]
    return buf.getvalue()


@pytest.fixture(scope="module")
def wdqs() -> Store:
    """A fresh store holding the Wikidata subset and our profile, queried like WDQS."""
    store = Store()
    store.load(path=str(DATA / "subset.ttl"), format=RdfFormat.TURTLE)
    store.load(profile(graph(), retrieved=date(2025, 6, 11)), RdfFormat.TURTLE)
    return store


def select(store: Store, query: str) -> list[dict[str, str]]:
    result = store.query(query, prefixes=WIKIDATA_PREFIXES)
    names = [v.value for v in result.variables]  # type: ignore[union-attr]
    return [
        {n: row[n].value for n in names if row[n] is not None}  # type: ignore[index,union-attr]
        for row in result  # type: ignore[union-attr]
    ]


def test_news_articles_are_items_with_title_date_and_url(wdqs: Store) -> None:
    rows = select(
        wdqs,
        """SELECT ?item ?classLabel ?title ?date ?url WHERE {
             ?item wdt:P31 wd:Q5707594 ; wdt:P953 ?url .
             wd:Q5707594 rdfs:label ?classLabel FILTER(LANG(?classLabel) = "en")
             OPTIONAL { ?item wdt:P1476 ?title }
             OPTIONAL { ?item wdt:P577 ?date }
           } ORDER BY ?url""",
    )
    assert [r["url"] for r in rows] == [EN_URL, AR_URL]  # the article without a URL is not there
    assert rows[1]["classLabel"] == "news article"
    assert rows[1]["title"] == "أردوغان يستقبل وزير الخارجية المصري"
    assert rows[1]["date"] == "2025-06-10T00:00:00Z"
    assert rows[0]["title"] == "Macron calls Aoun and pledges aid to Lebanon"


def test_statements_follow_the_p_ps_pq_model_with_ranks_and_precision(wdqs: Store) -> None:
    rows = select(
        wdqs,
        """SELECT ?item ?precision ?rank WHERE {
             ?item p:P577 ?st .
             ?st ps:P577 ?date ; psv:P577 ?v ; wikibase:rank ?rank ; a wikibase:BestRank .
             ?v wikibase:timeValue ?date ; wikibase:timePrecision ?precision ;
                wikibase:timeCalendarModel wd:Q1985727 .
           }""",
    )
    assert len(rows) == 2
    assert {r["precision"] for r in rows} == {"11"}
    assert {r["rank"] for r in rows} == {"http://wikiba.se/ontology#NormalRank"}
    # every best-rank statement has its truthy wdt: triple
    missing = select(
        wdqs,
        """SELECT ?item ?prop WHERE {
             ?prop wikibase:claim ?claim ; wikibase:statementProperty ?ps ;
                   wikibase:directClaim ?wdt .
             ?item ?claim ?st . ?st a wikibase:BestRank ; ?ps ?v .
             FILTER NOT EXISTS { ?item ?wdt ?v } }""",
    )
    assert missing == []


def test_quotations_join_with_wikidata_facts_about_their_speaker(wdqs: Store) -> None:
    rows = select(
        wdqs,
        """SELECT ?quote ?speakerLabel ?when ?url ?retrieved ?published WHERE {
             ?article p:P1683 ?st .
             ?st ps:P1683 ?quote ; pq:P50 ?speaker ; pq:P585 ?when ; prov:wasDerivedFrom ?ref .
             ?ref pr:P854 ?url ; pr:P813 ?retrieved ; pr:P577 ?published .
             ?speaker wdt:P31 wd:Q5 ; wdt:P27 wd:Q43 ; rdfs:label ?speakerLabel .
             FILTER(LANG(?speakerLabel) = "en")
           }""",
    )
    assert rows == [
        {
            "quote": QUOTE,
            "speakerLabel": "Recep Tayyip Erdoğan",
            "when": "2025-06-10T00:00:00Z",
            "url": AR_URL,
            "retrieved": "2025-06-11T00:00:00Z",
            "published": "2025-06-10T00:00:00Z",
        }
    ]
    lang = select(wdqs, "SELECT (LANG(?q) AS ?l) WHERE { ?a wdt:P1683 ?q }")
    assert lang == [{"l": "ar"}]


def test_every_statement_is_derived_from_a_reference_with_a_url(wdqs: Store) -> None:
    unsourced = select(
        wdqs,
        """SELECT ?st WHERE { ?item wdt:P31 wd:Q5707594 ; ?claim ?st . ?st a wikibase:Statement .
             FILTER NOT EXISTS { ?st prov:wasDerivedFrom/pr:P854 ?url } }""",
    )
    assert unsourced == []


def test_names_of_linked_entities_are_aliases_never_labels(wdqs: Store) -> None:
    aliases = select(wdqs, "SELECT ?name WHERE { wd:Q39259 skos:altLabel ?name }")
    assert {r["name"] for r in aliases} >= {"أردوغان", "رجب طيب أردوغان", "Erdoğan"}
    labels = select(wdqs, "SELECT ?l WHERE { wd:Q39259 rdfs:label ?l }")
    assert len(labels) == 2  # only Wikidata's own


def test_only_facts_with_a_wikidata_meaning_are_exported() -> None:
    out = profile(graph()).decode("utf-8")
    store = Store()
    store.load(out, RdfFormat.TURTLE)
    predicates = {q.predicate.value for q in store}
    # relations are events, not P530; roles are not P39 without a position item
    assert not any(p.endswith(("/P530", "/P39", "/P27", "/P17")) for p in predicates)
    assert not any(p.startswith("https://w3id.org/statekg/ontology#") for p in predicates)
    # our statement, reference and value nodes are ours, not in Wikidata's namespaces
    minted = {q.subject.value for q in store if isinstance(q.subject, NamedNode)}
    for ns in (
        "http://www.wikidata.org/entity/statement/",
        "http://www.wikidata.org/reference/",
        "http://www.wikidata.org/value/",
    ):
        assert not any(s.startswith(ns) for s in minted)
    assert "wst:" in out and "@prefix wdt:" in out


def test_reported_speech_and_speakers_without_a_qid_give_no_quotation() -> None:
    kg = KnowledgeGraph()
    kg.add(sourced(english_extraction(), EN_URL, "Macron pledges aid"))  # its quote is indirect
    store = Store()
    store.load(profile(kg), RdfFormat.TURTLE)
    assert not list(
        store.quads_for_pattern(None, NamedNode(WIKIDATA_PREFIXES["p"] + "P1683"), None)
    )


def test_the_profile_is_canonical_and_parses_in_every_format() -> None:
    a = profile(graph(1), DumpFormat.NTRIPLES, canonical=True)
    b = profile(graph(-1), DumpFormat.NTRIPLES, canonical=True)
    assert a == b
    reference = Store()
    reference.load(a, RdfFormat.N_TRIPLES)
    for fmt in DumpFormat:
        data = profile(graph(), fmt)
        other = Store()
        other.load(data, fmt.rdf_format)
        assert set(other) == set(reference), fmt
        assert Literal(QUOTE, language="ar") in {q.object for q in other}


def test_a_name_repeated_by_many_articles_is_written_once() -> None:
    kg = KnowledgeGraph()
    for i in range(4):
        kg.add(sourced(arabic_extraction(article_id=f"copy-{i}"), f"{AR_URL}/{i}"))
    lines = profile(kg, DumpFormat.NTRIPLES).decode("utf-8").splitlines()
    alias = (
        "<http://www.wikidata.org/entity/Q39259> "
        '<http://www.w3.org/2004/02/skos/core#altLabel> "أردوغان"@ar .'
    )
    assert lines.count(alias) == 1
    assert sum(1 for ln in lines if "/prop/direct/P31>" in ln) == 4
