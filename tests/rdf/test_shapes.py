"""ontology/shapes.ttl: article graphs from kg.rdf.mapping conform; broken ones are caught.

Two hand-built extractions (one Arabic, one English article, written for these tests) go
through the real mapping and an N-Quads round trip, then pySHACL validates them with kg.ttl
and plover.ttl as the ontology graph.  Each negative case edits one thing in the rdflib
graph and checks that the specific violation is reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import pyoxigraph
import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF
from rdflib.term import Node

from kg import vocab
from kg.models import Extraction, Modality, RelationType
from kg.rdf.iris import IRIs
from kg.rdf.mapping import extraction_quads

BASE = "https://w3id.org/statekg/id/"
KG = Namespace(vocab.KG_NS)
PLOVER = Namespace(vocab.PLOVER_NS)
KGSH = Namespace("https://w3id.org/statekg/shapes#")
SH = Namespace("http://www.w3.org/ns/shacl#")
PROV = Namespace("http://www.w3.org/ns/prov#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
ENTITY = Namespace(BASE + "entity/")


# --- hand-built extractions -------------------------------------------------------------------

AR_TEXT = (
    "عمّان - نقلت وكالة الأنباء الأردنية (بترا) عن وزير الخارجية أيمن الصفدي قوله إن "
    "الملك عبد الله الثاني أكد للرئيس المصري عبد الفتاح السيسي في اتصال هاتفي يوم الأحد "
    "«وقوف الأردن الكامل إلى جانب مصر». "
    "وأضاف الصفدي أن البلدين سيوقّعان اتفاقية للربط الكهربائي في آذار المقبل. "
    "ونفى الوزير أن تكون عمّان قد فرضت قيوداً على دخول الشاحنات المصرية، "
    "محذّراً من أن أي تصعيد جديد قد يدفع إسرائيل إلى حشد قواتها قرب قطاع غزة."
)

EN_TEXT = (
    "BAGHDAD, June 16 - Iraq and Türkiye are cooperating closely on border security, Iraqi Prime "
    'Minister Mohammed Shia al-Sudani said on Monday. "Smugglers will find no gaps between our '
    'forces," al-Sudani told reporters.\n'
    "Qatar said it would send medical aid to the Gaza Strip and urged Israel to reopen the "
    "crossings. Israel rejected the request and accused Hamas of diverting supplies.\n"
    'Iran threatened Israel with a "crushing response" to any attack on its nuclear sites, days '
    "after the European Union imposed new sanctions on Tehran earlier this year.\n"
    "In Amman, hundreds of protesters demonstrated outside the Israeli embassy.\n"
    "The United States, which keeps troops at bases in Iraq, eased sanctions on Syria in May. "
    "France completed the withdrawal of its forces from Chad in January, and Israeli aircraft "
    "struck southern Lebanon on Saturday.\n"
    "Former Syrian president Bashar al-Assad, who fled to Moscow in December 2024, has not been "
    "seen in public since. Joseph Aoun became president of Lebanon in January."
)


def span(text: str, part: str, within: str | None = None) -> dict[str, Any]:
    """``part`` as a span of ``text`` (inside the first occurrence of ``within`` if given)."""
    offset = text.index(within) if within else 0
    start = text.index(part, offset)
    return {"start": start, "end": start + len(part), "text": part}


def evidence(text: str, part: str) -> dict[str, Any]:
    s = span(text, part)
    return {"evidence": s["text"], "evidence_start": s["start"], "evidence_end": s["end"]}


def state(eid: str, qid: str, en: str, ar: str, *mentions: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": eid,
        "type": "State",
        "label": en,
        "labels": {"en": en, "ar": ar},
        "qid": qid,
        "state": eid,
        "mentions": list(mentions),
    }


def arabic_extraction() -> Extraction:
    """Jordan backs Egypt: nested attribution (agency -> minister -> king), four modalities."""
    t = AR_TEXT
    q1 = span(
        t,
        "الملك عبد الله الثاني أكد للرئيس المصري عبد الفتاح السيسي في اتصال هاتفي يوم الأحد "
        "«وقوف الأردن الكامل إلى جانب مصر»",
    )
    q2 = span(t, "وقوف الأردن الكامل إلى جانب مصر")
    q3 = span(t, "البلدين سيوقّعان اتفاقية للربط الكهربائي في آذار المقبل")
    return Extraction.build(
        article={
            "id": "shapes-ar-1",
            "text": t,
            "lang": "ar",
            "published": "2025-02-10",
            "title": "الأردن يؤكد وقوفه إلى جانب مصر",
            "source": "بترا",
        },
        entities=[
            state("e1", "Q810", "Jordan", "الأردن", span(t, "الأردن", within="وقوف")),
            state("e2", "Q79", "Egypt", "مصر", span(t, "مصر", within="جانب")),
            {
                "id": "e3",
                "type": "Person",
                "label": "Abdullah II of Jordan",
                "qid": "Q57464",
                "labels": {"en": "Abdullah II of Jordan", "ar": "الملك عبد الله الثاني"},
                "state": "e1",
                "roles": [{"label": "الملك", "lang": "ar", "of": "e1", "start": "1999-02"}],
                "mentions": [span(t, "عبد الله الثاني")],
            },
            {
                "id": "e4",
                "type": "Person",
                "label": "Abdel Fattah el-Sisi",
                "qid": "Q307871",
                "labels": {"en": "Abdel Fattah el-Sisi", "ar": "عبد الفتاح السيسي"},
                "state": "e2",
                "roles": [{"label": "الرئيس المصري", "lang": "ar", "of": "e2"}],
                "mentions": [span(t, "عبد الفتاح السيسي")],
            },
            {
                "id": "e5",
                "type": "Person",
                "label": "Ayman Safadi",
                "aliases": ["الصفدي"],
                "labels": {"en": "Ayman Safadi", "ar": "أيمن الصفدي"},
                "state": "e1",
                "roles": [{"label": "وزير الخارجية", "lang": "ar", "of": "e1"}],
                "mentions": [span(t, "أيمن الصفدي"), span(t, "الصفدي", within="وأضاف")],
            },
            {
                "id": "e6",
                "type": "Organization",
                "label": "Jordan News Agency",
                "aliases": ["بترا"],
                "labels": {"en": "Jordan News Agency", "ar": "وكالة الأنباء الأردنية"},
                "state": "e1",
                "roles": [{"label": "الوكالة الرسمية", "lang": "ar", "of": "e1"}],
                "mentions": [span(t, "وكالة الأنباء الأردنية"), span(t, "بترا")],
            },
            state("e7", "Q801", "Israel", "إسرائيل", span(t, "إسرائيل")),
            {
                "id": "e8",
                "type": "Place",
                "label": "Gaza Strip",
                "labels": {"en": "Gaza Strip", "ar": "قطاع غزة"},
                "mentions": [span(t, "قطاع غزة")],
            },
        ],
        quotes=[
            {"id": "q1", "speaker": "e5", "via": "e6", "cue": "قوله", "about": ["e1", "e2"], **q1},
            {
                "id": "q2",
                "speaker": "e3",
                "via": "e5",
                "reported_in": "q1",
                "cue": "أكد",
                "direct": True,
                "about": ["e2"],
                "date": "2025-02-09",
                **q2,
            },
            {
                "id": "q3",
                "speaker": "e5",
                "cue": "أضاف",
                "about": ["e1", "e2"],
                "confidence": 0.75,
                **q3,
            },
        ],
        relations=[
            {
                "id": "r1",
                "subject": "e3",
                "type": "CONSULT",
                "object": "e4",
                "date": "2025-02-09",
                "predicate": "اتصال هاتفي",
                "confidence": 0.9,
                **evidence(t, "أكد للرئيس المصري عبد الفتاح السيسي في اتصال هاتفي يوم الأحد"),
            },
            {
                "id": "r2",
                "subject": "e1",
                "type": "SUPPORT",
                "object": "e2",
                "date": "2025-02-09",
                "predicate": "وقوف",
                "topic": "Egypt's security",
                "confidence": 0.8,
                **evidence(t, q2["text"]),
            },
            {
                "id": "r3",
                "subject": "e1",
                "type": "AGREE",
                "object": "e2",
                "date": "2025-03",
                "modality": "intended",
                "predicate": "سيوقّعان اتفاقية",
                "topic": "electricity grid",
                **evidence(t, q3["text"]),
            },
            {
                "id": "r4",
                "subject": "e1",
                "type": "COERCE",
                "object": "e2",
                "modality": "negated",
                "predicate": "فرضت قيوداً",
                **evidence(t, "نفى الوزير أن تكون عمّان قد فرضت قيوداً على دخول الشاحنات المصرية"),
            },
            {
                "id": "r5",
                "subject": "e7",
                "type": "MOBILIZE",
                "object": "e8",
                "modality": "hypothetical",
                "predicate": "حشد قواتها",
                **evidence(t, "قد يدفع إسرائيل إلى حشد قواتها قرب قطاع غزة"),
            },
        ],
        extractor="tests.hand",
        extractor_version="2",
    )


def english_extraction() -> Extraction:
    """A news briefing: the other fourteen relation types, places as objects, all precisions."""
    t = EN_TEXT
    said = span(t, "Iraq and Türkiye are cooperating closely on border security")
    told = span(t, "Smugglers will find no gaps between our forces")
    qatar = span(t, "it would send medical aid to the Gaza Strip")
    us = "The United States, which keeps troops at bases in Iraq, eased sanctions on Syria in May"
    return Extraction.build(
        article={
            "id": "shapes-en-1",
            "text": t,
            "lang": "en",
            "published": "2025-06-16",
            "url": "https://news.example.org/2025/06/16/briefing",
            "source": "Example Wire",
        },
        entities=[
            state("iq", "Q796", "Iraq", "العراق", span(t, "Iraq")),
            state("tr", "Q43", "Türkiye", "تركيا", span(t, "Türkiye")),
            {
                "id": "sudani",
                "type": "Person",
                "label": "Mohammed Shia al-Sudani",
                "qid": "Q3700793",
                "labels": {"en": "Mohammed Shia al-Sudani", "ar": "محمد شياع السوداني"},
                "state": "iq",
                "aliases": ["al-Sudani"],
                "roles": [
                    {"label": "Iraqi Prime Minister", "lang": "en", "of": "iq", "start": "2022-10"}
                ],
                "mentions": [
                    span(t, "Mohammed Shia al-Sudani"),
                    span(t, "al-Sudani", within="forces"),
                ],
            },
            state("qa", "Q846", "Qatar", "قطر", span(t, "Qatar")),
            {
                "id": "gaza",
                "type": "Place",
                "label": "Gaza Strip",
                "labels": {"en": "Gaza Strip", "ar": "قطاع غزة"},
                "mentions": [span(t, "Gaza Strip")],
            },
            state("il", "Q801", "Israel", "إسرائيل", span(t, "Israel")),
            {
                "id": "hamas",
                "type": "Organization",
                "label": "Hamas",
                "labels": {"en": "Hamas", "ar": "حماس"},
                "mentions": [span(t, "Hamas")],
            },
            state("ir", "Q794", "Iran", "إيران", span(t, "Iran"), span(t, "Tehran")),
            {
                "id": "eu",
                "type": "Organization",
                "label": "European Union",
                "qid": "Q458",
                "labels": {"en": "European Union", "ar": "الاتحاد الأوروبي"},
            },
            state("jo", "Q810", "Jordan", "الأردن"),
            {
                "id": "protesters",
                "type": "Organization",
                "label": "protesters in Amman",
                "state": "jo",
                "mentions": [span(t, "protesters")],
            },
            state("us", "Q30", "United States", "الولايات المتحدة", span(t, "The United States")),
            state("sy", "Q858", "Syria", "سوريا", span(t, "Syria")),
            state("fr", "Q142", "France", "فرنسا", span(t, "France")),
            state("td", "Q657", "Chad", "تشاد", span(t, "Chad")),
            {
                "id": "south-lb",
                "type": "Place",
                "label": "southern Lebanon",
                "labels": {"en": "southern Lebanon", "ar": "جنوب لبنان"},
                "state": "lb",
                "mentions": [span(t, "southern Lebanon")],
            },
            state("lb", "Q822", "Lebanon", "لبنان", span(t, "Lebanon", within="president of")),
            state("ru", "Q159", "Russia", "روسيا"),
            {
                "id": "moscow",
                "type": "Place",
                "label": "Moscow",
                "qid": "Q649",
                "state": "ru",
                "labels": {"en": "Moscow", "ar": "موسكو"},
                "mentions": [span(t, "Moscow")],
            },
            {
                "id": "assad",
                "type": "Person",
                "label": "Bashar al-Assad",
                "state": "sy",
                "labels": {"en": "Bashar al-Assad", "ar": "بشار الأسد"},
                "roles": [
                    {
                        "label": "Former Syrian president",
                        "lang": "en",
                        "of": "sy",
                        "start": "2000-07",
                        "end": "2024-12-08",
                    }
                ],
                "mentions": [span(t, "Bashar al-Assad")],
            },
            {
                "id": "aoun",
                "type": "Person",
                "label": "Joseph Aoun",
                "qid": "Q29033962",
                "state": "lb",
                "labels": {"en": "Joseph Aoun", "ar": "جوزاف عون"},
                "roles": [
                    {"label": "president of Lebanon", "lang": "en", "of": "lb", "start": "2025-01"}
                ],
                "mentions": [span(t, "Joseph Aoun")],
            },
        ],
        quotes=[
            {
                "id": "q1",
                "speaker": "sudani",
                "cue": "said",
                "about": ["iq", "tr"],
                "date": "2025-06-16",
                **said,
            },
            {
                "id": "q2",
                "speaker": "sudani",
                "cue": "told",
                "direct": True,
                "date": "2025-06-16",
                **told,
            },
            {"id": "q3", "speaker": "qa", "cue": "said", "about": ["gaza"], **qatar},
        ],
        relations=[
            {
                "id": "r1",
                "subject": "iq",
                "type": "COOPERATE",
                "object": "tr",
                "topic": "border security",
                "predicate": "cooperating",
                "confidence": 0.85,
                **evidence(t, said["text"]),
            },
            {
                "id": "r2",
                "subject": "qa",
                "type": "AID",
                "object": "gaza",
                "modality": "intended",
                "predicate": "send medical aid",
                **evidence(t, "Qatar said it would send medical aid to the Gaza Strip"),
            },
            {
                "id": "r3",
                "subject": "qa",
                "type": "REQUEST",
                "object": "il",
                "predicate": "urged",
                **evidence(t, "urged Israel to reopen the crossings"),
            },
            {
                "id": "r4",
                "subject": "il",
                "type": "REJECT",
                "object": "qa",
                "predicate": "rejected",
                **evidence(t, "Israel rejected the request"),
            },
            {
                "id": "r5",
                "subject": "il",
                "type": "ACCUSE",
                "object": "hamas",
                "predicate": "accused",
                **evidence(t, "accused Hamas of diverting supplies"),
            },
            {
                "id": "r6",
                "subject": "ir",
                "type": "THREATEN",
                "object": "il",
                "predicate": "threatened",
                **evidence(t, 'Iran threatened Israel with a "crushing response" to any attack'),
            },
            {
                "id": "r7",
                "subject": "eu",
                "type": "SANCTION",
                "object": "ir",
                "date": "2025",
                "predicate": "imposed new sanctions",
                **evidence(
                    t, "the European Union imposed new sanctions on Tehran earlier this year"
                ),
            },
            {
                "id": "r8",
                "subject": "protesters",
                "type": "PROTEST",
                "object": "il",
                "predicate": "demonstrated",
                **evidence(t, "hundreds of protesters demonstrated outside the Israeli embassy"),
            },
            {
                "id": "r9",
                "subject": "us",
                "type": "PRESENCE",
                "object": "iq",
                "predicate": "keeps troops",
                **evidence(t, us),
            },
            {
                "id": "r10",
                "subject": "us",
                "type": "CONCEDE",
                "object": "sy",
                "date": "2025-05",
                "predicate": "eased sanctions",
                "topic": "sanctions relief",
                **evidence(t, us),
            },
            {
                "id": "r11",
                "subject": "fr",
                "type": "RETREAT",
                "object": "td",
                "date": "2025-01",
                "predicate": "withdrawal",
                **evidence(t, "France completed the withdrawal of its forces from Chad in January"),
            },
            {
                "id": "r12",
                "subject": "il",
                "type": "ASSAULT",
                "object": "south-lb",
                "date": "2025-06-14",
                "predicate": "struck",
                **evidence(t, "Israeli aircraft struck southern Lebanon on Saturday"),
            },
            {
                "id": "r13",
                "subject": "assad",
                "type": "FLEE",
                "object": "moscow",
                "date": "2024-12",
                "predicate": "fled",
                **evidence(t, "Bashar al-Assad, who fled to Moscow in December 2024"),
            },
            {
                "id": "r14",
                "subject": "aoun",
                "type": "LEADS",
                "object": "lb",
                "date": "2025-01",
                "predicate": "became president",
                **evidence(t, "Joseph Aoun became president of Lebanon in January"),
            },
        ],
        extractor="tests.hand",
        extractor_version="2",
    )


EXTRACTIONS: dict[str, Callable[[], Extraction]] = {
    "ar": arabic_extraction,
    "en": english_extraction,
}


# --- graphs and validation --------------------------------------------------------------------


def article_graph(extraction: Extraction) -> Graph:
    """The mapping's quads as one graph, through an N-Triples round trip (as a dump would be)."""
    triples = [
        pyoxigraph.Triple(q.subject, q.predicate, q.object)
        for q in extraction_quads(extraction, IRIs(BASE))
    ]
    data = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt")


@cache
def ontology() -> Graph:
    graph = Graph()
    for name in ("kg.ttl", "plover.ttl"):
        graph.parse(vocab.ontology_path(name), format="turtle")
    return graph


@cache
def shapes() -> Graph:
    return Graph().parse(vocab.ontology_path("shapes.ttl"), format="turtle")


@dataclass(frozen=True)
class Result:
    focus: Node
    path: Node | None
    component: Node
    value: Node | None


@dataclass(frozen=True)
class Report:
    conforms: bool
    results: frozenset[Result]
    text: str

    def has(self, focus: Node, component: Node, path: Node | None = None) -> bool:
        return any(
            r.focus == focus and r.component == component and (path is None or r.path == path)
            for r in self.results
        )


def validate(graph: Graph, *, inference: str = "none", with_ontology: bool = True) -> Report:
    conforms, report, text = pyshacl.validate(
        graph,
        shacl_graph=shapes(),
        ont_graph=ontology() if with_ontology else None,
        inference=inference,
    )
    results = frozenset(
        Result(
            report.value(r, SH.focusNode),
            report.value(r, SH.resultPath),
            report.value(r, SH.sourceConstraintComponent),
            report.value(r, SH.value),
        )
        for r in report.subjects(RDF.type, SH.ValidationResult)
    )
    return Report(bool(conforms), results, str(text))


def relation(graph: Graph, t: RelationType) -> Node:
    """The relation node of type ``t`` (each article has one of each type it uses)."""
    nodes = list(graph.subjects(KG.relationType, PLOVER[t.value]))
    assert len(nodes) == 1, t
    return nodes[0]


def statement(graph: Graph, content: str) -> Node:
    nodes = [s for s, o in graph.subject_objects(KG.content) if str(o) == content]
    assert len(nodes) == 1, content
    return nodes[0]


def value(
    graph: Graph, s: Node | None = None, p: URIRef | None = None, o: Node | None = None
) -> Node:
    """The one node that completes the pattern (the subject when ``s`` is None)."""
    found = graph.value(s, p, o, any=False)
    assert found is not None, (s, p, o)
    return found


def offset(graph: Graph, s: Node, p: URIRef) -> int:
    node = value(graph, s, p)
    assert isinstance(node, Literal)
    return int(node)


def replace(graph: Graph, s: Node, p: URIRef, new: Node) -> None:
    graph.remove((s, p, None))
    graph.add((s, p, new))


# --- conforming graphs --------------------------------------------------------------------------


@pytest.mark.parametrize("inference", ["rdfs", "none"])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_mapped_article_graph_conforms_to_the_shapes(lang: str, inference: str) -> None:
    report = validate(article_graph(EXTRACTIONS[lang]()), inference=inference)
    assert report.conforms, report.text


def test_the_test_articles_cover_every_relation_type_modality_and_date_precision() -> None:
    relations = [r for make in EXTRACTIONS.values() for r in make().relations]
    assert {r.type for r in relations} == set(RelationType)
    assert {r.modality for r in relations} == set(Modality)
    assert {len(r.date) for r in relations if r.date} == {4, 7, 10}
    en = english_extraction()
    assert {en.entity(r.object).type for r in en.relations} >= {"Place", "State", "Organization"}


def test_without_the_ontology_validation_fails_instead_of_passing_falsely() -> None:
    # the data says kg:Person, the shapes say kg:Actor: only the ontology links the two
    graph = article_graph(arabic_extraction())
    report = validate(graph, with_ontology=False)
    speaker = statement(graph, "وقوف الأردن الكامل إلى جانب مصر")
    assert not report.conforms
    assert report.has(speaker, SH.ClassConstraintComponent, KG.speaker)


# --- broken graphs: each edit must be reported ------------------------------------------------


@pytest.fixture
def ar() -> Graph:
    return article_graph(arabic_extraction())


def test_relation_without_subject_fails(ar: Graph) -> None:
    r = relation(ar, RelationType.CONSULT)
    ar.remove((r, KG.subject, None))
    assert validate(ar).has(r, SH.MinCountConstraintComponent, KG.subject)


def test_confidence_above_one_fails(ar: Graph) -> None:
    r = relation(ar, RelationType.SUPPORT)
    replace(ar, r, KG.confidence, Literal("1.5", datatype=XSD.decimal))
    assert validate(ar).has(r, SH.NodeConstraintComponent, KG.confidence)


def test_malformed_qid_fails(ar: Graph) -> None:
    replace(ar, ENTITY.Q810, KG.qid, Literal("810"))
    assert validate(ar).has(ENTITY.Q810, SH.PatternConstraintComponent, KG.qid)


def test_qid_that_disagrees_with_the_wikidata_link_fails(ar: Graph) -> None:
    replace(ar, ENTITY.Q810, KG.qid, Literal("Q811"))
    assert validate(ar).has(ENTITY.Q810, SH.SPARQLConstraintComponent)


def test_event_date_bounds_in_the_wrong_order_fail(ar: Graph) -> None:
    r = relation(ar, RelationType.AGREE)  # 2025-03
    replace(ar, r, KG.dateStart, Literal("2025-03-31", datatype=XSD.date))
    replace(ar, r, KG.dateEnd, Literal("2025-03-01", datatype=XSD.date))
    assert validate(ar).has(r, SH.LessThanOrEqualsConstraintComponent, KG.dateStart)


def test_date_precision_that_disagrees_with_the_event_date_fails(ar: Graph) -> None:
    r = relation(ar, RelationType.AGREE)  # a gYearMonth
    replace(ar, r, KG.datePrecision, Literal("day"))
    assert validate(ar).has(r, SH.OrConstraintComponent)


def test_date_bounds_outside_the_event_date_fail(ar: Graph) -> None:
    r = relation(ar, RelationType.AGREE)  # 2025-03
    replace(ar, r, KG.dateEnd, Literal("2025-04-30", datatype=XSD.date))
    report = validate(ar)
    article = URIRef(BASE + "article/shapes-ar-1")
    assert any(x.focus == article and x.value == r for x in report.results), report.text


# RDFS inference must not make class checks pass vacuously (kg.ttl has no rdfs:range there)


def test_a_place_as_speaker_fails_even_with_rdfs_inference(ar: Graph) -> None:
    s = statement(ar, "البلدين سيوقّعان اتفاقية للربط الكهربائي في آذار المقبل")
    replace(ar, s, KG.speaker, ENTITY["place/gaza-strip"])
    assert validate(ar, inference="rdfs").has(s, SH.ClassConstraintComponent, KG.speaker)


def test_a_state_link_to_a_person_fails_even_with_rdfs_inference(ar: Graph) -> None:
    safadi = ENTITY["person/ayman-safadi"]
    replace(ar, safadi, KG.state, ENTITY.Q57464)
    assert validate(ar, inference="rdfs").has(safadi, SH.ClassConstraintComponent, KG.state)


def test_a_place_as_subject_fails_even_when_the_direct_triple_makes_it_an_actor(ar: Graph) -> None:
    # the direct property's rdfs:domain kg:Actor types the place as an actor under RDFS
    r = relation(ar, RelationType.SUPPORT)
    place = ENTITY["place/gaza-strip"]
    ar.remove((ENTITY.Q810, KG.supports, ENTITY.Q79))
    ar.add((place, KG.supports, ENTITY.Q79))
    replace(ar, r, KG.subject, place)
    assert validate(ar, inference="rdfs").has(r, SH.NotConstraintComponent, KG.subject)


def test_unknown_relation_type_and_modality_fail(ar: Graph) -> None:
    r = relation(ar, RelationType.COERCE)
    replace(ar, r, KG.relationType, PLOVER.NEGOTIATE)
    replace(ar, r, KG.modality, KG.Likely)
    report = validate(ar)
    assert report.has(r, SH.InConstraintComponent, KG.relationType)
    assert report.has(r, SH.InConstraintComponent, KG.modality)


def test_relation_class_that_disagrees_with_its_type_fails(ar: Graph) -> None:
    r = relation(ar, RelationType.COERCE)  # a kg:Coerce node
    replace(ar, r, KG.relationType, PLOVER.ASSAULT)
    assert validate(ar).has(r, SH.HasValueConstraintComponent, KG.relationType)


def test_relation_node_with_two_relation_classes_fails(ar: Graph) -> None:
    r = relation(ar, RelationType.COERCE)
    ar.add((r, RDF.type, KG.Assault))
    assert validate(ar).has(r, SH.QualifiedMaxCountConstraintComponent, RDF.type)


def test_asserted_relation_without_its_direct_triple_fails(ar: Graph) -> None:
    r = relation(ar, RelationType.SUPPORT)
    ar.remove((ENTITY.Q810, KG.supports, ENTITY.Q79))
    assert validate(ar).has(r, KGSH.AssertedRelationHasDirectTriple)


def test_direct_triple_without_an_asserted_relation_fails(ar: Graph) -> None:
    ar.add((ENTITY.Q79, KG.accuses, ENTITY.Q810))
    ar.add((ENTITY.Q810, KG.agreesWith, ENTITY.Q79))  # the AGREE relation is only intended
    report = validate(ar)
    assert report.has(ENTITY.Q79, KGSH.DirectTripleHasAssertedRelation, KG.accuses)
    assert report.has(ENTITY.Q810, KGSH.DirectTripleHasAssertedRelation, KG.agreesWith)


def test_symmetric_direct_triple_may_run_either_way(ar: Graph) -> None:
    ar.remove((ENTITY.Q57464, KG.consults, ENTITY.Q307871))
    ar.add((ENTITY.Q307871, KG.consults, ENTITY.Q57464))
    report = validate(ar)
    assert report.conforms, report.text


def test_text_without_language_tag_in_an_arabic_article_fails(ar: Graph) -> None:
    s = statement(ar, "وقوف الأردن الكامل إلى جانب مصر")
    replace(ar, s, KG.content, Literal("وقوف الأردن الكامل إلى جانب مصر"))
    report = validate(ar)
    article = URIRef(BASE + "article/shapes-ar-1")
    assert any(x.focus == article and x.value == s for x in report.results), report.text


def test_span_whose_text_does_not_match_its_offsets_fails(ar: Graph) -> None:
    mention = next(ar.subjects(KG.surface, Literal("قطاع غزة", lang="ar")))
    replace(ar, mention, KG.end, Literal(offset(ar, mention, KG.end) + 2))
    report = validate(ar)
    article = URIRef(BASE + "article/shapes-ar-1")
    assert any(x.focus == article and x.value == mention for x in report.results), report.text


def test_offsets_out_of_order_or_negative_fail(ar: Graph) -> None:
    mention = next(ar.subjects(KG.surface, Literal("إسرائيل", lang="ar")))
    replace(ar, mention, KG.start, Literal(-1))
    s = statement(ar, "وقوف الأردن الكامل إلى جانب مصر")
    replace(ar, s, KG.start, Literal(offset(ar, s, KG.end) + 1))
    report = validate(ar)
    assert report.has(mention, SH.NodeConstraintComponent, KG.start)
    assert report.has(s, SH.LessThanOrEqualsConstraintComponent, KG.start)


def test_statement_reported_in_itself_fails(ar: Graph) -> None:
    outer = statement(ar, AR_TEXT[AR_TEXT.index("الملك عبد الله") : AR_TEXT.index("». ") + 1])
    inner = statement(ar, "وقوف الأردن الكامل إلى جانب مصر")
    ar.add((outer, KG.reportedIn, inner))
    assert validate(ar).has(outer, SH.SPARQLConstraintComponent)


def test_role_whose_holder_does_not_hold_it_fails(ar: Graph) -> None:
    role = value(ar, p=KG.holder, o=ENTITY.Q57464)
    ar.remove((ENTITY.Q57464, KG.holds, role))
    assert validate(ar).has(role, SH.EqualsConstraintComponent)


def test_role_that_ends_before_it_starts_fails(ar: Graph) -> None:
    role = value(ar, p=KG.holder, o=ENTITY.Q57464)
    ar.add((role, KG.endDate, Literal("1998", datatype=XSD.gYear)))  # started 1999-02
    assert validate(ar).has(role, SH.SPARQLConstraintComponent)


def test_entity_label_without_language_tag_fails(ar: Graph) -> None:
    ar.add((ENTITY.Q79, RDFS.label, Literal("Egypt")))
    assert validate(ar).has(ENTITY.Q79, SH.DatatypeConstraintComponent, RDFS.label)


def test_article_without_extractor_or_with_a_bad_hash_fails(ar: Graph) -> None:
    article = URIRef(BASE + "article/shapes-ar-1")
    ar.remove((article, PROV.wasGeneratedBy, None))
    replace(ar, article, KG.contentHash, Literal("md5:0123"))
    report = validate(ar)
    assert report.has(article, SH.MinCountConstraintComponent, PROV.wasGeneratedBy)
    assert report.has(article, SH.PatternConstraintComponent, KG.contentHash)


# --- the shapes agree with kg/vocab.py ----------------------------------------------------------


def _list(graph: Graph, head: Node) -> set[Node]:
    return set(Collection(graph, head))


def _property_shape(graph: Graph, shape: URIRef, path: URIRef, constraint: URIRef) -> Node:
    for prop in graph.objects(shape, SH.property):
        if graph.value(prop, SH.path) == path and graph.value(prop, constraint) is not None:
            return graph.value(prop, constraint)  # type: ignore[return-value]
    raise AssertionError(f"{shape} has no {constraint} on {path}")


@pytest.mark.parametrize("t", list(RelationType), ids=str)
def test_each_relation_type_has_its_pair_of_shapes(t: RelationType) -> None:
    graph = shapes()
    cls = URIRef(vocab.relation_class(t).value)
    prop = URIRef(vocab.relation_property(t).value)
    local_cls, local_prop = str(cls).split("#")[1], str(prop).split("#")[1]
    node_shape, triple_shape = KGSH[local_cls + "Shape"], KGSH[local_prop + "TriplesShape"]
    assert graph.value(node_shape, SH.targetClass) == cls
    assert _property_shape(graph, node_shape, KG.relationType, SH.hasValue) == PLOVER[t.value]
    assert graph.value(node_shape, KGSH.statedAs) == prop
    assert graph.value(triple_shape, SH.targetSubjectsOf) == prop
    assert graph.value(triple_shape, KGSH.directProperty) == prop
    assert graph.value(triple_shape, KGSH.backedBy) == cls


def test_relation_shape_lists_every_type_class_and_modality() -> None:
    graph = shapes()
    shape = KGSH.RelationShape
    types = _list(graph, _property_shape(graph, shape, KG.relationType, SH["in"]))
    assert types == {URIRef(vocab.plover_concept(t).value) for t in RelationType}
    modalities = _list(graph, _property_shape(graph, shape, KG.modality, SH["in"]))
    assert modalities == {URIRef(vocab.modality_iri(m).value) for m in Modality}
    qualified = _property_shape(graph, shape, RDF.type, SH.qualifiedValueShape)
    assert _list(graph, value(graph, qualified, SH["in"])) == {
        URIRef(vocab.relation_class(t).value) for t in RelationType
    }
    direct = set(graph.objects(KGSH.DirectRelationShape, SH.targetSubjectsOf))
    assert direct == {URIRef(vocab.relation_property(t).value) for t in RelationType}
    assert not isinstance(shape, BNode)
