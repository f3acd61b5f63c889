"""The statement summaries (``kg:whoSaidSummary``) give exactly the rows of the full description.

A real on-disk store holds English and Arabic articles with a speaker who holds
two roles (one tagged, one untagged), a person named only in Arabic, an entity
with two English names, statements relayed by an agency, statements about
several actors (a place among them), one without a cue and a direct one, and an
article with no headline, source, URL or publication date.  For every entity,
as topic or as speaker, bounded and open date ranges, limits and label
languages, the summary form of :func:`kg.answers.who_said_query` (decoded by
:func:`kg.answers.expand_summary`) is compared with the described form; a store
written before the summaries existed is detected and answered by the described
form, and re-ingesting its articles writes them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import NamedNode

from kg.answers import (
    expand_summary,
    summary_bindings,
    term_binding,
    who_said_coverage,
    who_said_query,
)
from kg.models import EntityType, Extraction
from kg.rdf.iris import IRIs
from kg.rdf.mapping import WHO_SAID_INDEX_VERSION, extraction_quads
from kg.store import KnowledgeGraph
from kg.vocab import KG

BASE = "http://example.org/kg/"

ENTITIES: dict[str, dict[str, Any]] = {
    "kenya": {"type": "State", "label": "Kenya", "labels": {"en": "Kenya", "ar": "كينيا"}},
    "ethiopia": {
        "type": "State",
        "label": "Ethiopia",
        "labels": {"en": "Ethiopia", "ar": "إثيوبيا"},
    },
    "somalia": {"type": "State", "label": "Somalia", "labels": {"en": "Somalia", "ar": "الصومال"}},
    "ruto": {
        "type": "Person",
        "label": "William Ruto",
        "labels": {"en": "William Ruto", "ar": "وليام روتو"},
        "state": "kenya",
        "roles": [
            {"label": "President of Kenya", "lang": "en", "of": "kenya"},
            {"label": "AU champion for institutional reform", "lang": "und"},
        ],
    },
    "mudavadi": {
        # two English names: the description shows the least one
        "type": "Person",
        "label": "Musalia Mudavadi",
        "labels": {"en": "Wycliffe Musalia Mudavadi", "ar": "موساليا مودافادي"},
        "state": "kenya",
    },
    "spokesman": {
        # named only in Arabic: an English page falls back to the Arabic name
        "type": "Person",
        "label": "نبيل مسعود",
        "labels": {"ar": "نبيل مسعود"},
        "state": "ethiopia",
        "roles": [{"label": "المتحدث باسم الخارجية الإثيوبية", "lang": "ar", "of": "ethiopia"}],
    },
    "kna": {"type": "Organization", "label": "Kenya News Agency", "state": "kenya"},
    "mogadishu": {"type": "Place", "label": "Mogadishu", "labels": {"ar": "مقديشو"}},
}

# (article id, language, published, with headline/source/url,
#  [(speaker, about, date, via, cue, direct)])
Said = list[tuple[str, list[str], str | None, str | None, str, bool]]
ARTICLES: list[tuple[str, str, str | None, bool, Said]] = [
    (
        "sum-1",
        "en",
        "2025-02-10",
        True,
        [
            ("ruto", ["somalia", "ethiopia"], "2025-02-09", None, "said", False),
            ("mudavadi", ["mogadishu"], None, "kna", "told reporters", True),
        ],
    ),
    (
        "sum-2",
        "ar",
        "2025-02-20",
        True,
        [
            ("spokesman", ["kenya", "ruto"], "2025-02", None, "وقال", False),
            ("ethiopia", ["somalia"], None, "kna", "", True),
        ],
    ),
    (
        "sum-3",
        "en",
        None,
        False,
        [("kenya", ["ethiopia", "mogadishu"], "2025-03-01", None, "said", False)],
    ),
    (
        "sum-4",
        "en",
        "2025-03-15",
        True,
        [
            ("ruto", ["spokesman"], "2025-03", "kna", "", False),
            ("kna", ["ruto", "somalia"], None, None, "reported", False),
        ],
    ),
]

RANGES: list[tuple[str | None, str | None]] = [
    ("2025-02-01", "2025-02-28"),
    ("2025-02", "2025-03"),
    ("2025", "2025"),
    (None, None),  # open: the scan
    ("2025-01-01", None),
]
LANGS = ["en", "ar", "*", "fr", "EN"]


def extraction(
    article_id: str, lang: str, published: str | None, meta: bool, said: Said
) -> Extraction:
    """One article: a news sentence per statement, entities with their states and roles."""
    keys = {
        k
        for speaker, about, _, via, _, _ in said
        for k in [speaker, *about, *([via] if via else [])]
    }
    keys |= {ENTITIES[k]["state"] for k in keys if "state" in ENTITIES[k]}
    ids = {k: f"e{i}" for i, k in enumerate(sorted(keys), 1)}
    text, quotes = "", []
    for n, (speaker, about, when, via, cue, direct) in enumerate(said, 1):
        names = " and ".join(ENTITIES[a]["label"] for a in about)
        claim = f"the border talks with {names} would open in round {n}"
        sentence = f"{ENTITIES[speaker]['label']} {cue or 'noted'} that {claim}."
        start = len(text) + sentence.index(claim)
        text += sentence + " "
        quote: dict[str, Any] = {
            "id": f"q{n}",
            "speaker": ids[speaker],
            "cue": cue,
            "about": [ids[a] for a in about],
            "text": claim,
            "start": start,
            "end": start + len(claim),
            "direct": direct,
            "date": when,
            "confidence": 0.9,
        }
        if via:
            quote["via"] = ids[via]
        quotes.append(quote)
    entities = []
    for k in sorted(keys):
        data = {key: value for key, value in ENTITIES[k].items() if key not in ("state", "roles")}
        if ENTITIES[k]["type"] == "State":
            data["state"] = ids[k]
        elif "state" in ENTITIES[k]:
            data["state"] = ids[ENTITIES[k]["state"]]
        data["roles"] = [
            {**role, **({"of": ids[role["of"]]} if "of" in role else {})}
            for role in ENTITIES[k].get("roles", [])
        ]
        entities.append({"id": ids[k], **data})
    article: dict[str, Any] = {"id": article_id, "text": text.strip(), "lang": lang}
    if meta:
        article.update(
            {
                "title": f"Border talks {article_id}",
                "source": "Horn Wire",
                "url": f"https://news.example.org/{article_id}",
            }
        )
    if published:
        article["published"] = published
    return Extraction.build(
        article=article,
        entities=entities,
        quotes=quotes,
        relations=[],
        extractor="test.summary",
        extractor_version="1",
    )


def fill(kg: KnowledgeGraph, articles: list[tuple[str, str, str | None, bool, Said]]) -> None:
    for args in articles:
        kg.add(extraction(*args))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    path: Path = tmp_path_factory.mktemp("summary") / "store"
    with KnowledgeGraph(path, base_iri=BASE) as kg:
        fill(kg, ARTICLES)
    with KnowledgeGraph(path, base_iri=BASE, read_only=True) as kg:
        yield kg


def entity(key: str) -> NamedNode:
    e = ENTITIES[key]
    return IRIs(BASE).entity(type=EntityType(e["type"]), label=e["label"], qid=None)


def described(kg: KnowledgeGraph, **kw: Any) -> list[dict[str, dict[str, str]]]:
    """Rows of the described form, as SPARQL JSON bindings, ``about`` names sorted."""
    query = who_said_query(kg.iris, **kw)
    assert "?statement kg:whoSaidSummary ?summary" not in query
    out = []
    for solution in kg.sparql(query):
        row = {k: term_binding(v) for k, v in solution.items() if v is not None}
        if "about" in row:
            row["about"] = {
                **row["about"],
                "value": " | ".join(sorted(row["about"]["value"].split(" | "))),
            }
        out.append(row)
    return out


def summarised(kg: KnowledgeGraph, **kw: Any) -> list[dict[str, dict[str, str]]]:
    query = who_said_query(kg.iris, summary=True, **kw)
    assert "?statement kg:whoSaidSummary ?summary" in query and "GROUP BY ?statement" not in query
    lang = kw.get("lang", "en")
    return [
        expand_summary({k: term_binding(v) for k, v in s.items() if v is not None}, lang)
        for s in kg.sparql(query)
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_summary_rows_are_the_rows_of_the_full_description(
    store: KnowledgeGraph, lang: str
) -> None:
    compared = 0
    for key in ENTITIES:
        for role in ("about", "speaker"):
            for since, until in RANGES:
                for limit in (None, 1):
                    kw: dict[str, Any] = {role: [entity(key)], "since": since, "until": until}
                    kw.update(lang=lang, limit=limit)
                    expected = described(store, **kw)
                    assert summarised(store, **kw) == expected, kw
                    compared += len(expected)
    assert compared > 100


def test_labels_follow_the_language_asked_for(store: KnowledgeGraph) -> None:
    en = store.who_said(speaker="Ethiopia", lang="en")
    ar = store.who_said(speaker="Ethiopia", lang="ar")
    # no English name: the Arabic one; the role has only its Arabic label
    assert {r.speaker_label for r in en} == {"نبيل مسعود", "Ethiopia"}
    assert {r.speaker_label for r in ar} == {"نبيل مسعود", "إثيوبيا"}
    assert {r.role for r in en} == {"المتحدث باسم الخارجية الإثيوبية", None}
    by_mudavadi = store.who_said(speaker="Musalia Mudavadi")
    assert [r.speaker_label for r in by_mudavadi] == ["Musalia Mudavadi"]  # least English name
    assert by_mudavadi[0].via == "Kenya News Agency" and by_mudavadi[0].direct
    assert by_mudavadi[0].about == ["Mogadishu"] or by_mudavadi[0].about == ["مقديشو"]
    ruto = store.who_said(speaker="William Ruto", lang="ar")
    assert {r.role for r in ruto} == {"AU champion for institutional reform"}  # least role label
    assert {r.state for r in ruto} == {"كينيا"}


def test_summary_holds_every_language_and_the_article_fields() -> None:
    x = extraction(*ARTICLES[0])
    quads = list(extraction_quads(x, IRIs(BASE)))
    summaries = [q for q in quads if q.predicate == KG.whoSaidSummary]
    assert len(summaries) == 2
    assert all(str(q.object.datatype.value).endswith("#JSON") for q in summaries)  # type: ignore[union-attr]
    values = [json.loads(q.object.value) for q in summaries]
    by_ruto = next(v for v in values if v["s"].endswith("/william-ruto"))
    assert ["وليام روتو", "ar"] in by_ruto["sl"] and ["William Ruto", "en"] in by_ruto["sl"]
    assert by_ruto["t"] == ["Border talks sum-1", "en"] and by_ruto["p"] == "2025-02-10"
    assert by_ruto["u"] == "https://news.example.org/sum-1" and by_ruto["d"] is False
    row = summary_bindings(json.dumps(by_ruto), "ar")
    assert row["about"] == {"type": "literal", "value": "إثيوبيا | الصومال", "xml:lang": "ar"}
    assert row["published"]["value"] == "2025-02-10" and row["url"]["type"] == "uri"


def strip_summaries(kg: KnowledgeGraph) -> None:
    """Make every article look as index version 1 wrote it: buckets, no summaries."""
    kg.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s {KG.whoSaidSummary} ?o }} }}")
    kg.update(
        f"DELETE {{ GRAPH ?g {{ ?g {KG.whoSaidIndex} ?v }} }} "
        f"INSERT {{ GRAPH ?g {{ ?g {KG.whoSaidIndex} 1 }} }} "
        f"WHERE {{ GRAPH ?g {{ ?g {KG.whoSaidIndex} ?v }} }}"
    )


def test_a_store_without_summaries_is_described_and_reingesting_writes_them(
    tmp_path: Path,
) -> None:
    with KnowledgeGraph(tmp_path / "store", base_iri=BASE) as kg:
        fill(kg, ARTICLES)
        assert WHO_SAID_INDEX_VERSION == 2 and who_said_coverage(kg) == (True, True)
        expected = {
            lang: [
                kg.who_said(about=k, since="2025-02", until="2025-03", lang=lang)
                for k in ("Kenya", "Somalia")
            ]
            + [kg.who_said(speaker="Kenya", lang=lang)]
            for lang in ("en", "ar")
        }
        strip_summaries(kg)  # written by the previous statekg: indexed, not summarised
        assert who_said_coverage(kg) == (True, False)
        for lang, rows in expected.items():
            assert [
                kg.who_said(about=k, since="2025-02", until="2025-03", lang=lang)
                for k in ("Kenya", "Somalia")
            ] + [kg.who_said(speaker="Kenya", lang=lang)] == rows
        fill(kg, ARTICLES[:2])  # re-ingested: rewritten with summaries
        assert who_said_coverage(kg) == (True, False)  # the others still lack them
        fill(kg, ARTICLES[2:])
        assert who_said_coverage(kg) == (True, True)
        assert kg.who_said(speaker="Kenya", lang="ar") == expected["ar"][-1]


def test_an_empty_store_counts_as_summarised(tmp_path: Path) -> None:
    with KnowledgeGraph(tmp_path / "store", base_iri=BASE) as kg:
        assert who_said_coverage(kg) == (True, True)
        kenya = [entity("kenya")]
        assert summarised(kg, about=kenya, since="2025-01", until="2025-02") == []
