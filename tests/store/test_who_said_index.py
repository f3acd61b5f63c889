"""The who-said index (kg:ActorPeriod buckets) gives exactly the rows of the unindexed query.

A real on-disk store holds articles across months and states, a spokesman who
speaks for his state, statements dated to the day, the month or only the year,
statements dated by their article's publication date and one with no date at
all.  For every entity, as topic or as speaker, and for date ranges that start
and end on month boundaries, the query of :func:`kg.answers.who_said_query` is
compared with the same query without the index.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import Literal, NamedNode

from kg.answers import MAX_INDEX_MONTHS, has_who_said_index, index_periods, who_said_query
from kg.models import Extraction
from kg.rdf.iris import IRIs
from kg.rdf.mapping import extraction_quads
from kg.store import KnowledgeGraph
from kg.vocab import KG, XSD

BASE = "http://example.org/kg/"

ENTITIES: dict[str, dict[str, Any]] = {
    "russia": {"type": "State", "label": "Russia", "labels": {"en": "Russia", "ar": "روسيا"}},
    "syria": {"type": "State", "label": "Syria", "labels": {"en": "Syria", "ar": "سوريا"}},
    "turkey": {"type": "State", "label": "Turkey", "labels": {"en": "Turkey", "ar": "تركيا"}},
    "peskov": {
        "type": "Person",
        "label": "Dmitry Peskov",
        "labels": {"en": "Dmitry Peskov", "ar": "دميتري بيسكوف"},
        "state": "russia",
        "roles": [{"label": "Kremlin spokesman", "lang": "en", "of": "russia"}],
    },
    "shaibani": {
        "type": "Person",
        "label": "Asaad al-Shaibani",
        "labels": {"en": "Asaad al-Shaibani", "ar": "أسعد الشيباني"},
        "state": "syria",
    },
    "kremlin": {"type": "Organization", "label": "Kremlin", "state": "russia"},
    "damascus": {"type": "Place", "label": "Damascus"},
}
STATES = {"russia", "syria", "turkey"}

# (article id, published, [(speaker, about, statement date)])
ARTICLES: list[tuple[str, str | None, list[tuple[str, list[str], str | None]]]] = [
    ("idx-1", "2024-01-31", [("peskov", ["syria"], "2024-01-31"), ("shaibani", ["peskov"], None)]),
    (
        "idx-2",
        "2024-02-01",
        [("turkey", ["russia"], "2024-02-01"), ("kremlin", ["damascus"], "2024-02")],
    ),
    (
        "idx-3",
        "2024-03-01",
        [("shaibani", ["russia", "turkey"], "2024-02-29"), ("peskov", ["syria"], "2024")],
    ),
    (
        "idx-4",
        "2024-03-31",
        [("peskov", ["turkey"], "2024-03-31"), ("russia", ["syria"], "2023-12-31")],
    ),
    ("idx-5", None, [("turkey", ["syria"], None), ("syria", ["russia", "kremlin"], "2024-04-01")]),
    (
        "idx-6",
        "2025-01-01",
        [("peskov", ["syria", "shaibani"], "2025-01-01"), ("kremlin", ["turkey"], "2025")],
    ),
    (
        "idx-7",
        "2024-02-29",
        [("russia", ["turkey"], "2024-03"), ("shaibani", ["damascus"], "2024-02-29")],
    ),
]

RANGES = [
    ("2024-01-31", "2024-01-31"),
    ("2024-02-01", "2024-02-29"),
    ("2024-02-29", "2024-03-01"),
    ("2024-01-01", "2024-03-31"),
    ("2024-03-01", "2024-04-01"),
    ("2023-12-31", "2025-01-01"),
    ("2024", "2024"),
    ("2024-02", "2024-03"),
    ("2024-01-31", "2025"),
    ("2024-04-01", "2024-02-01"),  # empty: since after until
    ("2020-01-01", "2026-12-31"),  # too long for the index: the general query
]


Said = list[tuple[str, list[str], str | None]]


def extraction(article_id: str, published: str | None, said: Said) -> Extraction:
    """One article in news style: a sentence per statement, entities with their states."""
    keys = {k for speaker, about, _ in said for k in [speaker, *about]}
    keys |= {ENTITIES[k]["state"] for k in keys if "state" in ENTITIES[k]}
    ids = {k: f"e{i}" for i, k in enumerate(sorted(keys), 1)}
    text, quotes = "", []
    for n, (speaker, about, when) in enumerate(said, 1):
        names = " and ".join(ENTITIES[a]["label"] for a in about)
        claim = f"talks on {names} would resume in round {n}"
        sentence = f"{ENTITIES[speaker]['label']} said that {claim}."
        start = len(text) + sentence.index(claim)
        text += sentence + " "
        quotes.append(
            {
                "id": f"q{n}",
                "speaker": ids[speaker],
                "cue": "said",
                "about": [ids[a] for a in about],
                "text": claim,
                "start": start,
                "end": start + len(claim),
                "date": when,
                "confidence": 0.8,
            }
        )
    entities = []
    for k in sorted(keys):
        data = {key: value for key, value in ENTITIES[k].items() if key not in ("state", "roles")}
        if k in STATES:
            data["state"] = ids[k]
        elif "state" in ENTITIES[k]:
            data["state"] = ids[ENTITIES[k]["state"]]
        data["roles"] = [{**role, "of": ids[role["of"]]} for role in ENTITIES[k].get("roles", [])]
        entities.append({"id": ids[k], **data})
    article: dict[str, Any] = {"id": article_id, "text": text.strip(), "lang": "en"}
    article.update({"title": f"Talks report {article_id}", "source": "Index Test Wire"})
    if published:
        article["published"] = published
    return Extraction.build(
        article=article,
        entities=entities,
        quotes=quotes,
        relations=[],
        extractor="test.index",
        extractor_version="1",
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    path: Path = tmp_path_factory.mktemp("index") / "store"
    with KnowledgeGraph(path, base_iri=BASE) as kg:
        for article_id, published, said in ARTICLES:
            kg.add(extraction(article_id, published, said))
    with KnowledgeGraph(path, base_iri=BASE, read_only=True) as kg:
        yield kg


def entity(key: str) -> NamedNode:
    e = ENTITIES[key]
    from kg.models import EntityType

    return IRIs(BASE).entity(type=EntityType(e["type"]), label=e["label"], qid=None)


def unindexed(
    about: list[NamedNode] | None,
    speaker: list[NamedNode] | None,
    since: str | None,
    until: str | None,
    limit: int | None = None,
) -> str:
    """``who_said.rq`` without the index: every statement about / by the entities, dated."""
    query = who_said_query(
        IRIs(BASE),
        about=about,
        speaker=speaker,
        since=since,
        until=until,
        limit=limit,
        use_index=False,
    )
    assert "kg:aboutInPeriod ?" not in query and "kg:speakerInPeriod ?" not in query
    return query


def rows(kg: KnowledgeGraph, query: str) -> list[dict[str, str]]:
    """The rows, each term written out in full (IRI, or literal with datatype or language)."""
    return [{k: str(v) for k, v in row.items()} for row in kg.sparql(query)]


def said(kg: KnowledgeGraph, query: str) -> list[tuple[str, str]]:
    """(date, last IRI segment of the speaker) of each row."""
    return [
        (str(r["date"].value), str(r["speaker"].value).rsplit("/", 1)[-1])  # type: ignore[union-attr]
        for r in kg.sparql(query)
    ]


@pytest.mark.parametrize("since,until", RANGES)
def test_indexed_query_returns_the_rows_of_the_unindexed_one(
    store: KnowledgeGraph, since: str, until: str
) -> None:
    for key in ENTITIES:
        for role in ("about", "speaker"):
            target = [entity(key)]
            params: dict[str, Any] = {"about": None, "speaker": None, role: target}
            expected = rows(store, unindexed(since=since, until=until, **params))
            query = who_said_query(store.iris, since=since, until=until, **params)
            assert rows(store, query) == expected, (key, role, since, until)


def test_the_index_is_used_and_finds_statements_of_members_and_boundary_days(
    store: KnowledgeGraph,
) -> None:
    query = who_said_query(
        store.iris, about=[entity("russia")], since="2024-02-01", until="2024-02-29"
    )
    assert "kg:aboutInPeriod" in query and "?member kg:state" not in query
    # about Russia on the first and on the last day of February (a leap year)
    assert said(store, query) == [
        ("2024-02-01", "turkey"),
        ("2024-02-29", "asaad-al-shaibani"),
    ]
    by_peskov = who_said_query(
        store.iris, about=[entity("russia")], since="2024-01", until="2024-01"
    )
    # a statement about Peskov is a statement about the state he speaks for
    assert said(store, by_peskov) == [("2024-01-31", "asaad-al-shaibani")]


def test_both_about_and_speaker_and_a_limit_agree_with_the_unindexed_query(
    store: KnowledgeGraph,
) -> None:
    for since, until in RANGES:
        for limit in (None, 1, 2):
            about, speaker = [entity("syria"), entity("turkey")], [entity("russia")]
            expected = rows(store, unindexed(about, speaker, since, until, limit))
            query = who_said_query(
                store.iris, about=about, speaker=speaker, since=since, until=until, limit=limit
            )
            assert rows(store, query) == expected, (since, until, limit)


def test_open_and_long_ranges_use_the_general_query(store: KnowledgeGraph) -> None:
    syria = [entity("syria")]
    assert "aboutInPeriod" not in who_said_query(store.iris, about=syria, since="2024-01-01")
    assert "aboutInPeriod" not in who_said_query(store.iris, about=syria)
    long = who_said_query(store.iris, about=syria, since="2020-01-01", until="2026-12-31")
    assert "aboutInPeriod" not in long
    assert rows(store, long) == rows(store, unindexed(syria, None, "2020-01-01", "2026-12-31"))


def test_who_said_by_name_answers_from_the_index(store: KnowledgeGraph) -> None:
    dated = store.who_said(about="Russia", since="2024-01-01", until="2024-03-31")
    everything = store.who_said(about="Russia")
    assert dated == [
        r for r in everything if r.date and _passes(r.date, "2024-01-01", "2024-03-31")
    ]
    assert {r.speaker_label for r in dated} == {"Turkey", "Asaad al-Shaibani"}
    assert len(dated) == 3 < len(everything)


def test_replacing_an_article_replaces_its_index_entries(tmp_path: Path) -> None:
    with KnowledgeGraph(tmp_path / "store", base_iri=BASE) as kg:
        kg.add(extraction("idx-r", "2024-05-10", [("peskov", ["syria"], "2024-05-10")]))
        may = who_said_query(
            kg.iris, about=[entity("syria")], since="2024-05-01", until="2024-05-31"
        )
        assert len(rows(kg, may)) == 1
        kg.add(extraction("idx-r", "2024-06-10", [("peskov", ["syria"], "2024-06-10")]))
        assert rows(kg, may) == []
        june = who_said_query(kg.iris, about=[entity("syria")], since="2024-06", until="2024-06")
        assert len(rows(kg, june)) == 1
        assert kg.remove("idx-r")
        assert not list(kg.store.quads_for_pattern(None, KG.aboutInPeriod, None, None))


def test_buckets_are_described_once_per_article_with_actor_and_date() -> None:
    x = extraction(
        "idx-d", "2024-07-02", [("peskov", ["syria"], None), ("peskov", ["syria"], "2024")]
    )
    quads = list(extraction_quads(x, IRIs(BASE)))
    typed = [q.subject for q in quads if q.object == KG.ActorPeriod]
    assert len(typed) == len(set(typed)) == 6  # 3 actors x 2 dates
    periods = {str(q.object) for q in quads if q.predicate == KG.period}
    assert periods == {
        str(Literal("2024-07-02", datatype=XSD.date)),  # no statement date: the publication's
        str(Literal("2024", datatype=XSD.gYear)),
    }
    actors = {q.object for q in quads if q.predicate == KG.actor}
    # the speaker, the state he speaks for, the topic (a state speaks for itself)
    assert actors == {entity("peskov"), entity("russia"), entity("syria")}


def _passes(d: str, since: str, until: str) -> bool:
    """who_said.rq's date filter, on the string of a date."""
    return d >= since and d[: len(until)] <= until


def test_index_periods_are_exactly_the_dates_the_filter_keeps() -> None:
    dates = [f"{y}" for y in (2023, 2024, 2025)]
    dates += [f"{y}-{m:02d}" for y in (2023, 2024, 2025) for m in range(1, 13)]
    dates += [f"{d}-{day:02d}" for d in dates if len(d) == 7 for day in range(1, 32)]
    bounds = ["2024", "2024-01", "2024-02", "2024-12", "2024-01-01", "2024-02-29", "2024-12-31"]
    bounds += ["2023-12-31", "2025-01-01", "2025", "2023-06-15"]
    for since in bounds:
        for until in bounds:
            periods = index_periods(since, until)
            assert periods is not None
            assert sorted(periods) == [d for d in sorted(dates) if _passes(d, since, until)], (
                since,
                until,
            )


def test_index_periods_refuse_long_or_malformed_ranges() -> None:
    months = [p for p in index_periods("2024", "2026") or [] if len(p) == 7]
    assert len(months) == MAX_INDEX_MONTHS == 36
    assert index_periods("2024-01-01", "2027-01-01") is None
    assert index_periods("last week", "2024-01-01") is None
    assert index_periods("2024-13", "2024-12") is None
    assert index_periods("2024-05-01", "2024-04-30") == []


def test_shapes_check_that_index_buckets_are_at_the_statement_date() -> None:
    import pyshacl  # type: ignore[import-untyped]
    from pyoxigraph import RdfFormat, Triple, serialize
    from rdflib import Graph, URIRef
    from rdflib import Literal as RLiteral

    from kg.vocab import ontology_path

    x = extraction("idx-s", "2024-07-02", [("peskov", ["syria"], "2024-06-30")])
    triples = [Triple(q.subject, q.predicate, q.object) for q in extraction_quads(x, IRIs(BASE))]
    data = Graph().parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    ontology = Graph()
    for name in ("kg.ttl", "plover.ttl"):
        ontology.parse(ontology_path(name), format="turtle")
    assert pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology)[0]
    period = URIRef(KG.period.value)
    bucket = next(iter(data.subjects(period, None)))
    data.set((bucket, period, RLiteral("2024-07-02", datatype=URIRef(XSD.date.value))))
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology)
    assert not conforms and "index buckets are at its date" in text


def test_a_store_written_without_the_index_is_answered_by_the_scan(tmp_path: Path) -> None:
    with KnowledgeGraph(tmp_path / "store", base_iri=BASE) as kg:
        for article_id, published, said in ARTICLES[:4]:
            kg.add(extraction(article_id, published, said))
        indexed = kg.who_said(about="Syria", since="2024-01-01", until="2024-03-31")
        assert indexed and has_who_said_index(kg)
        unindex_all(kg)
        assert not has_who_said_index(kg)
        assert kg.who_said(about="Syria", since="2024-01-01", until="2024-03-31") == indexed


def unindex_all(kg: KnowledgeGraph) -> None:
    """Make every article look as the mapping wrote it before the index existed."""
    for link in (KG.aboutInPeriod, KG.speakerInPeriod, KG.whoSaidIndex):
        kg.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s {link} ?o }} }}")


def test_a_store_mixing_old_and_indexed_articles_is_answered_by_the_scan(tmp_path: Path) -> None:
    """Articles ingested before the index existed keep their statements in the answers."""
    with KnowledgeGraph(tmp_path / "all", base_iri=BASE) as kg:
        for article_id, published, said in ARTICLES:
            kg.add(extraction(article_id, published, said))
        expected = kg.who_said(about="Syria", since="2024-01-01", until="2024-12-31")
    with KnowledgeGraph(tmp_path / "mixed", base_iri=BASE) as kg:
        for article_id, published, said in ARTICLES[:3]:
            kg.add(extraction(article_id, published, said))
        unindex_all(kg)  # written by an older statekg
        for article_id, published, said in ARTICLES[3:]:
            kg.add(extraction(article_id, published, said))  # ingested after the upgrade
        assert not has_who_said_index(kg)
        mixed = kg.who_said(about="Syria", since="2024-01-01", until="2024-12-31")
        assert {r.statement for r in mixed} == {r.statement for r in expected}
        assert len(mixed) > len(
            kg.sparql(
                who_said_query(
                    IRIs(BASE), about=[entity("syria")], since="2024-01-01", until="2024-12-31"
                )
            )
        )  # the index alone would miss the old articles' statements
        for article_id, published, said in ARTICLES[:3]:  # re-ingesting them completes it
            kg.add(extraction(article_id, published, said))
        assert has_who_said_index(kg)
        assert kg.who_said(about="Syria", since="2024-01-01", until="2024-12-31") == expected


def test_the_indexed_text_is_compact_and_names_the_same_buckets(store: KnowledgeGraph) -> None:
    russia = [entity("russia")]
    query = who_said_query(store.iris, about=russia, since="2024-02-01", until="2024-02-29")
    base = store.iris.actor_period(russia[0].value, "2024-02-01").value.rsplit("/", 2)[0] + "/"
    assert query.startswith(f"BASE <{base}>\n")
    assert not any(line.startswith("#") or line != line.strip() for line in query.splitlines())
    assert f"<{base}" not in query[len(base) + 8 :]  # every bucket is relative
    # the same buckets written out in full give the same rows
    absolute = query[len(base) + 8 :].replace("(<2024-", f"(<{base}2024-")
    assert f"<{base}2024-02-29/" in absolute
    assert rows(store, absolute) == rows(store, query) != []


def test_buckets_under_a_fragment_base_are_written_in_full() -> None:
    """A relative IRI resolves against a base's path, dropping its fragment and its dot
    segments: buckets minted under such a base cannot be written relative to one."""
    for base in ("http://example.org/kg#", "http://example.org/a/../kg/"):
        iris = IRIs(base)
        russia = NamedNode(f"{base}entity/Q159")
        query = who_said_query(iris, about=[russia], since="2024-02-01", until="2024-02-03")
        assert not query.startswith("BASE")
        assert f"<{iris.actor_period(russia.value, '2024-02-02').value}>" in query
