"""Event clustering: reports of one happening are one event, whatever the order they came in.

Hand-built extractions of our own news-style sentences (no extractor involved); QIDs are
those of ``../shared/data`` (states.tsv, people.tsv).  :func:`news` is reused by the other
network tests.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest
from pyoxigraph import Literal, NamedNode

from kg.models import Article, Extraction, Modality, RelationType
from kg.network import cluster_reports, event_clusters, install, relations_graph, terms
from kg.network.events import RelationReport, event_key
from kg.network.graphs import load_relation_reports, statement_clusters
from kg.network.queries import load
from kg.queries import render
from kg.store import KnowledgeGraph

ACTORS: dict[str, dict[str, Any]] = {
    "russia": {
        "type": "State",
        "label": "Russia",
        "labels": {"en": "Russia", "ar": "روسيا"},
        "qid": "Q159",
    },
    "syria": {
        "type": "State",
        "label": "Syria",
        "labels": {"en": "Syria", "ar": "سوريا"},
        "qid": "Q858",
    },
    "qatar": {
        "type": "State",
        "label": "Qatar",
        "labels": {"en": "Qatar", "ar": "قطر"},
        "qid": "Q846",
    },
    "iran": {
        "type": "State",
        "label": "Iran",
        "labels": {"en": "Iran", "ar": "إيران"},
        "qid": "Q794",
    },
    "usa": {
        "type": "State",
        "label": "United States",
        "labels": {"en": "United States", "ar": "الولايات المتحدة"},
        "qid": "Q30",
    },
    "israel": {
        "type": "State",
        "label": "Israel",
        "labels": {"en": "Israel", "ar": "إسرائيل"},
        "qid": "Q801",
    },
    "jordan": {
        "type": "State",
        "label": "Jordan",
        "labels": {"en": "Jordan", "ar": "الأردن"},
        "qid": "Q810",
    },
    "ukraine": {
        "type": "State",
        "label": "Ukraine",
        "labels": {"en": "Ukraine", "ar": "أوكرانيا"},
        "qid": "Q212",
    },
    "putin": {
        "type": "Person",
        "label": "Vladimir Putin",
        "labels": {"en": "Vladimir Putin", "ar": "فلاديمير بوتين"},
        "qid": "Q7747",
        "state": "russia",
    },
    "peskov": {
        "type": "Person",
        "label": "Dmitry Peskov",
        "labels": {"en": "Dmitry Peskov", "ar": "دميتري بيسكوف"},
        "aliases": ["Peskov", "بيسكوف"],
        "state": "russia",
    },
    "lavrov": {
        "type": "Person",
        "label": "Sergey Lavrov",
        "labels": {"en": "Sergey Lavrov", "ar": "سيرغي لافروف"},
        "state": "russia",
    },
    "sharaa": {
        "type": "Person",
        "label": "Ahmed al-Sharaa",
        "labels": {"en": "Ahmed al-Sharaa", "ar": "أحمد الشرع"},
        "state": "syria",
    },
    "tamim": {
        "type": "Person",
        "label": "Tamim bin Hamad Al Thani",
        "labels": {"en": "Tamim bin Hamad Al Thani", "ar": "تميم بن حمد آل ثاني"},
        "qid": "Q1855372",
        "state": "qatar",
    },
    "araghchi": {
        "type": "Person",
        "label": "Abbas Araghchi",
        "labels": {"en": "Abbas Araghchi", "ar": "عباس عراقجي"},
        "state": "iran",
    },
    "king": {
        "type": "Person",
        "label": "Abdullah II of Jordan",
        "labels": {"en": "Abdullah II of Jordan", "ar": "الملك عبد الله الثاني"},
        "qid": "Q57464",
        "state": "jordan",
    },
    "nato": {"type": "Organization", "label": "NATO", "labels": {"en": "NATO", "ar": "الناتو"}},
}


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def news(
    article_id: str,
    text: str,
    *,
    relations: list[tuple[Any, ...]] = (),  # type: ignore[assignment]
    statements: list[tuple[Any, ...]] = (),  # type: ignore[assignment]
    published: str | None = "2024-12-09",
    source: str = "Test Wire",
    lang: str = "en",
) -> Extraction:
    """An extraction of ``text``.

    ``relations``: (subject, TYPE, object, evidence, date, modality) with actor keys of
    :data:`ACTORS` (date and modality may be None); ``statements``: (speaker, content,
    [about...], date).
    """
    used: set[str] = set()
    rels = []
    for i, (subj, rtype, obj, evidence, when, modality) in enumerate(relations):
        start, end = _span(text, evidence)
        used |= {subj, obj}
        rels.append(
            {
                "id": f"r{i}",
                "subject": subj,
                "type": rtype,
                "object": obj,
                "date": when,
                "modality": modality or "asserted",
                "evidence": evidence,
                "evidence_start": start,
                "evidence_end": end,
                "confidence": 0.8,
            }
        )
    quotes = []
    for i, (speaker, content, about, when) in enumerate(statements):
        start, end = _span(text, content)
        used |= {speaker, *about}
        quotes.append(
            {
                "id": f"q{i}",
                "speaker": speaker,
                "cue": "said",
                "text": content,
                "start": start,
                "end": end,
                "about": list(about),
                "date": when,
            }
        )
    for key in list(used):
        if ACTORS[key].get("state"):
            used.add(ACTORS[key]["state"])
    entities = []
    for key in sorted(used):
        spec = dict(ACTORS[key])
        spec["state"] = key if spec["type"] == "State" else spec.get("state")
        entities.append({"id": key, **spec})
    return Extraction.build(
        article=Article(
            id=article_id,
            text=text,
            lang=lang,
            source=source,
            published=date.fromisoformat(published) if published else None,
        ),
        entities=entities,
        quotes=quotes,
        relations=rels,
        extractor="test.hand",
        extractor_version="1",
    )


# Three outlets report one phone call between Moscow and Damascus, in their own words.
CALL_TASS = "Putin held a phone call with Ahmed al-Sharaa on Sunday, the Kremlin said."
CALL_WIRE = "Syria's president spoke by phone with Vladimir Putin, Damascus said on Sunday."
CALL_AR = "أجرى الرئيس السوري أحمد الشرع اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين الأحد."


def three_reports_of_one_call() -> list[Extraction]:
    return [
        news(
            "call-tass",
            CALL_TASS,
            source="TASS",
            relations=[
                (
                    "putin",
                    "CONSULT",
                    "sharaa",
                    "Putin held a phone call with Ahmed al-Sharaa",
                    "2024-12-08",
                    None,
                )
            ],
        ),
        news(
            "call-wire",
            CALL_WIRE,
            source="Test Wire",
            relations=[
                (
                    "syria",
                    "CONSULT",
                    "russia",
                    "Syria's president spoke by phone with Vladimir Putin",
                    "2024-12-08",
                    None,
                )
            ],
        ),
        news(
            "call-ar",
            CALL_AR,
            source="وكالة اختبار",
            lang="ar",
            relations=[
                (
                    "sharaa",
                    "CONSULT",
                    "putin",
                    "أجرى الرئيس السوري أحمد الشرع اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين",
                    "2024-12-08",
                    None,
                )
            ],
        ),
    ]


def clustered_store(extractions: list[Extraction]) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    install(kg)
    for ex in extractions:
        kg.add(ex)
    return kg


def event_quads(kg: KnowledgeGraph) -> list[str]:
    """Every quad written by event clustering (memberships and descriptions), sorted."""
    ours = {
        terms.REPORT_OF,
        terms.EVENT_TYPE,
        terms.EVENT_SUBJECT,
        terms.EVENT_OBJECT,
        terms.EVENT_MODALITY,
        terms.PERIOD,
        terms.PERIOD_START,
        terms.PERIOD_END,
        terms.CLUSTER_SPEAKER,
    }
    return sorted(str(q) for q in kg.quads() if q.predicate in ours)


def events_table(kg: KnowledgeGraph) -> list[dict[str, str]]:
    query = render(load("events"), types=None, since=None, until=None, limit=None)
    return [{k: v.value for k, v in row.items()} for row in kg.sparql(query)]


# -- one happening, several reports ---------------------------------------------------------


def test_reports_of_one_call_from_three_outlets_are_one_event() -> None:
    kg = clustered_store(three_reports_of_one_call())
    rows = events_table(kg)
    assert len(rows) == 1
    row = rows[0]
    assert row["type"] == "CONSULT" and row["quadClass"] == "VerbalCooperation"
    assert row["reports"] == "3" and row["articles"] == "3"
    assert row["period"] == "2024-12-08" and row["modality"] == "asserted"
    # CONSULT is symmetric: the dyad is sorted, whoever called whom in the report
    assert {row["subject"], row["object"]} == {
        kg.iris.base + "entity/Q159",
        kg.iris.base + "entity/Q858",
    }


def test_counts_are_of_events_not_reports() -> None:
    g = relations_graph(clustered_store(three_reports_of_one_call()))
    assert g.number_of_edges() == 1
    ((_, _, data),) = g.edges(data=True)
    assert data["reports"] == 3 and data["articles"] == 3 and data["type"] == "CONSULT"
    assert len(data["relations"].split()) == 3


def test_event_description_copies_merge_in_the_union_graph() -> None:
    kg = clustered_store(three_reports_of_one_call())
    event = events_table(kg)[0]["event"]
    per_graph = [
        {(q.predicate, q.object) for q in kg.quads(g) if q.subject == NamedNode(event)}
        for g in kg.graphs()
    ]
    # each reporting article carries the same description ...
    assert len(per_graph) == 3 and per_graph[0] == per_graph[1] == per_graph[2]
    assert len(per_graph[0]) == 9
    union = kg.sparql(f"SELECT DISTINCT ?p ?o WHERE {{ <{event}> ?p ?o }}")
    assert len(union) == 9  # ... which merges into one


def test_different_modality_or_type_or_day_are_different_events() -> None:
    text = (
        "Russia struck Ukraine on Monday. Russia will strike Ukraine again, Lavrov said. "
        "Russia threatened Ukraine. Russia struck Ukraine on Thursday."
    )
    ex = news(
        "strikes",
        text,
        relations=[
            ("russia", "ASSAULT", "ukraine", "Russia struck Ukraine on Monday", "2024-12-02", None),
            (
                "russia",
                "ASSAULT",
                "ukraine",
                "Russia will strike Ukraine again",
                "2024-12-02",
                "intended",
            ),
            ("russia", "THREATEN", "ukraine", "Russia threatened Ukraine", "2024-12-02", None),
            (
                "russia",
                "ASSAULT",
                "ukraine",
                "Russia struck Ukraine on Thursday",
                "2024-12-05",
                None,
            ),
        ],
    )
    kg = clustered_store([ex])
    assert len(events_table(kg)) == 4


def test_direction_matters_for_asymmetric_types() -> None:
    text = "Iran accused Israel of the attack. Israel accused Iran of lying."
    ex = news(
        "accuse",
        text,
        relations=[
            ("iran", "ACCUSE", "israel", "Iran accused Israel of the attack", "2025-06-13", None),
            ("israel", "ACCUSE", "iran", "Israel accused Iran of lying", "2025-06-13", None),
        ],
    )
    rows = events_table(clustered_store([ex]))
    assert len(rows) == 2
    assert {(r["subjectLabel"], r["objectLabel"]) for r in rows} == {
        ("Iran", "Israel"),
        ("Israel", "Iran"),
    }


def test_a_report_with_no_date_and_no_publication_is_an_event_of_its_own() -> None:
    text = "Qatar condemned Iran. Qatar condemned Iran again."
    ex = news(
        "undated",
        text,
        published=None,
        relations=[
            ("qatar", "ACCUSE", "iran", "Qatar condemned Iran", None, None),
            ("qatar", "ACCUSE", "iran", "Qatar condemned Iran again", None, None),
        ],
    )
    rows = events_table(clustered_store([ex]))
    assert len(rows) == 2 and all("period" not in r for r in rows)


def test_without_a_stated_date_the_publication_day_is_the_period() -> None:
    text = "Qatar condemned the Iranian missile attack on Al Udeid."
    ex = news(
        "pub",
        text,
        published="2025-06-24",
        relations=[
            ("qatar", "ACCUSE", "iran", "Qatar condemned the Iranian missile attack", None, None)
        ],
    )
    assert events_table(clustered_store([ex]))[0]["period"] == "2025-06-24"


# -- determinism and incrementality --------------------------------------------------------


def test_events_are_the_same_whatever_the_ingest_order() -> None:
    extractions = [
        *three_reports_of_one_call(),
        news(
            "accuse",
            "Iran accused Israel of the attack.",
            relations=[
                (
                    "iran",
                    "ACCUSE",
                    "israel",
                    "Iran accused Israel of the attack",
                    "2025-06-13",
                    None,
                )
            ],
        ),
    ]
    seen = {
        tuple(event_quads(clustered_store(list(order))))
        for order in itertools.permutations(extractions)
    }
    assert len(seen) == 1


def test_event_iris_are_stable_across_stores() -> None:
    a = events_table(clustered_store(three_reports_of_one_call()))
    b = events_table(clustered_store(list(reversed(three_reports_of_one_call()))))
    assert [r["event"] for r in a] == [r["event"] for r in b]
    assert a[0]["event"].startswith("https://w3id.org/statekg/id/event/")


def test_a_new_article_joins_the_event_without_touching_earlier_graphs() -> None:
    first, second, third = three_reports_of_one_call()
    kg = clustered_store([first, second])
    before = {g.value: sorted(str(q) for q in kg.quads(g)) for g in kg.graphs()}
    kg.add(third)
    after = {g.value: sorted(str(q) for q in kg.quads(g)) for g in kg.graphs()}
    assert all(after[g] == quads for g, quads in before.items())
    assert events_table(kg)[0]["articles"] == "3"


def test_dropping_or_replacing_an_article_removes_its_membership() -> None:
    first, second, third = three_reports_of_one_call()
    kg = clustered_store([first, second, third])
    kg.remove("call-wire")
    assert events_table(kg)[0]["articles"] == "2"
    # the Arabic outlet corrects its date: its report moves to another day's event
    corrected = news(
        "call-ar",
        CALL_AR.replace("الأحد", "الاثنين"),
        lang="ar",
        relations=[
            (
                "sharaa",
                "CONSULT",
                "putin",
                "أجرى الرئيس السوري أحمد الشرع اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين",
                "2024-12-09",
                None,
            )
        ],
    )
    kg.add(corrected)
    assert sorted((r["period"], r["articles"]) for r in events_table(kg)) == [
        ("2024-12-08", "1"),
        ("2024-12-09", "1"),
    ]
    kg.remove("call-tass")
    kg.remove("call-ar")
    assert events_table(kg) == []
    assert kg.sparql("SELECT ?e WHERE { ?e a kg:Event }") == []


def test_install_is_idempotent() -> None:
    kg = KnowledgeGraph()
    install(kg)
    install(kg)
    assert len(kg.augmenters) == 1


def test_a_store_written_without_clustering_gives_the_same_events_in_python() -> None:
    plain = KnowledgeGraph()
    plain.augmenters.clear()  # clustering is installed by default; write without it
    for ex in three_reports_of_one_call():
        plain.add(ex)
    assert plain.sparql("SELECT ?e WHERE { ?r kg:reportOf ?e }") == []
    computed = event_clusters(plain)
    stored = event_clusters(clustered_store(three_reports_of_one_call()))
    assert [(c.iri, len(c.reports)) for c in computed] == [(c.iri, len(c.reports)) for c in stored]


# -- the window (read time) ---------------------------------------------------------------


def _report(day: str, n: int, *, rtype: RelationType = RelationType.ASSAULT) -> RelationReport:
    key = event_key(rtype, "I", "U", Modality.ASSERTED, day, f"r{n}")
    return RelationReport(
        relation=f"r{n}",
        article=f"a{n}",
        type=rtype,
        modality=Modality.ASSERTED,
        subject="I",
        object="U",
        subject_side="I",
        object_side="U",
        event="event:" + "|".join(key),
        period=day,
    )


def test_reports_a_day_apart_merge_within_the_window() -> None:
    reports = [_report("2025-06-13", 1), _report("2025-06-14", 2)]
    assert [len(c.reports) for c in cluster_reports(reports, window_days=1)] == [2]
    assert [len(c.reports) for c in cluster_reports(reports, window_days=0)] == [1, 1]
    merged = cluster_reports(reports)[0]
    assert merged.iri == reports[0].event  # named by its earliest day
    assert merged.start == date(2025, 6, 13) and merged.end == date(2025, 6, 14)
    assert len(merged.events) == 2


def test_the_window_does_not_chain_day_after_day() -> None:
    reports = [_report(f"2025-06-{d:02d}", d) for d in (1, 2, 3, 4, 5)]
    sizes = [len(c.reports) for c in cluster_reports(reports, window_days=1)]
    assert sizes == [2, 2, 1]


def test_clusters_do_not_depend_on_report_order() -> None:
    reports = [
        _report(d, i)
        for i, d in enumerate(
            ["2025-06-01", "2025-06-02", "2025-06-02", "2025-06", "2025-06-09", "2025"]
        )
    ]
    results = {
        tuple((c.iri, tuple(r.relation for r in c.reports)) for c in cluster_reports(order))
        for order in itertools.permutations(reports)
    }
    assert len(results) == 1


def test_a_month_dated_report_joins_the_one_event_of_that_month() -> None:
    one = cluster_reports([_report("2025-06-13", 1), _report("2025-06", 2)])
    assert [len(c.reports) for c in one] == [2] and one[0].period == "2025-06-13"
    two = cluster_reports(
        [_report("2025-06-03", 1), _report("2025-06-20", 2), _report("2025-06", 3)]
    )
    assert sorted(len(c.reports) for c in two) == [1, 1, 1]  # ambiguous: stays apart


def test_window_merges_reports_in_a_store_a_day_apart() -> None:
    # the wire dated the call by its publication day, the agency by the day it happened
    tass, wire, _ = three_reports_of_one_call()
    late = news(
        "call-wire",
        CALL_WIRE,
        published="2024-12-09",
        relations=[
            (
                "syria",
                "CONSULT",
                "russia",
                "Syria's president spoke by phone with Vladimir Putin",
                None,
                None,
            )
        ],
    )
    kg = clustered_store([tass, late])
    assert len(events_table(kg)) == 2  # two one-a-day events in SPARQL
    clusters = event_clusters(kg)
    assert len(clusters) == 1 and clusters[0].articles == (
        kg.iris.base + "article/call-tass",
        kg.iris.base + "article/call-wire",
    )
    assert len(event_clusters(kg, window_days=0)) == 2
    assert wire  # the original report dated the call itself


# -- statements repeated by several outlets ------------------------------------------------


PESKOV_EN = "Peskov said Moscow respects the choice of the Syrian people, speaking on Monday."
PESKOV_AR = "قال بيسكوف إن موسكو تحترم خيار الشعب السوري."


def test_a_statement_repeated_by_two_outlets_is_one_cluster() -> None:
    en = news(
        "peskov-en",
        PESKOV_EN,
        source="TASS",
        published="2024-12-09",
        statements=[("peskov", "Moscow respects the choice of the Syrian people", ["syria"], None)],
    )
    ar = news(
        "peskov-ar",
        PESKOV_AR,
        source="وكالة اختبار",
        lang="ar",
        published="2024-12-09",
        statements=[("peskov", "موسكو تحترم خيار الشعب السوري", ["syria"], None)],
    )
    other_day = news(
        "peskov-later",
        "Peskov said the bases remain.",
        published="2024-12-20",
        statements=[("peskov", "the bases remain", ["syria"], None)],
    )
    kg = clustered_store([en, ar, other_day])
    rows = kg.sparql(load("statement_clusters"))
    counts = sorted(
        (r["period"].value, int(r["articles"].value), int(r["outlets"].value)) for r in rows
    )
    assert counts == [("2024-12-09", 2, 2), ("2024-12-20", 1, 1)]
    clusters = statement_clusters(kg)
    assert [len(c.reports) for c in clusters] == [2, 1]
    assert clusters[0].about == (kg.iris.base + "entity/Q858",)


def test_event_terms_live_in_the_kg_namespace() -> None:
    assert terms.EVENT.value == "https://w3id.org/statekg/ontology#Event"
    assert terms.REPORT_OF.value.endswith("#reportOf")
    kg = clustered_store(three_reports_of_one_call())
    assert kg.sparql("ASK { ?e a kg:Event ; kg:eventType plover:CONSULT }") == [
        {"boolean": Literal(True)}
    ]


@pytest.mark.parametrize("window", [-1])
def test_negative_window_is_refused(window: int) -> None:
    with pytest.raises(ValueError):
        cluster_reports([], window_days=window)


def test_reports_carry_their_evidence_and_actors() -> None:
    kg = clustered_store(three_reports_of_one_call())
    reports = load_relation_reports(kg)
    assert {r.subject_side for r in reports} == {kg.iris.base + "entity/Q159"}
    assert any("هاتفيا" in r.evidence for r in reports)
