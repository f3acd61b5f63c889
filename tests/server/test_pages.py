"""The browser side of ``kg serve``: web page, JSON API, Linked Data HTML, headless Chromium.

A real server (``kg.server.create_app`` under uvicorn, in a subprocess) runs on
127.0.0.1 over a store filled with hand-built extractions; its base IRI is the
server's own URL, so every minted IRI dereferences.  The browser test drives
Debian's ``chromium`` over the DevTools protocol and is skipped when chromium
(or the ``websocket-client`` package) is absent.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from kg.examples import example_queries_path
from kg.models import Article, Extraction
from kg.rdf.iris import slug
from kg.store import KnowledgeGraph

ROW_CAP = 5
QUERY_TIMEOUT = 3.0

# -- hand-built extractions (our own news-style sentences) ---------------------------------

AMMAN_TEXT = (
    "أكد الملك عبد الله الثاني خلال استقباله وزير الخارجية القطري في عمّان الأحد "
    "دعم الأردن الكامل للوساطة القطرية. "
    "ونقلت وكالة الأنباء الأردنية عن العاهل الأردني قوله إن "
    '"الاستقرار في المنطقة مسؤولية مشتركة". '
    "وقالت وزارة الخارجية القطرية إن قطر ستقدم منحة لدعم اللاجئين في الأردن."
)

CAIRO_TEXT = (
    "Egyptian Foreign Minister Badr Abdelatty met Sudanese officials in Cairo on Sunday, "
    'the ministry said. Abdelatty said Egypt "will not accept any threat to Sudan\'s unity". '
    'A banner outside read <img src=x onerror="window.__pwned=1"> '
    "and <script>window.__pwned=2</script>."
)

BRIEFING_LINES = [
    "Abdelatty said talks on the Nile dam would resume next month.",
    "Abdelatty said Cairo backs a ceasefire in Sudan.",
    "Abdelatty said aid convoys reached Port Sudan.",
    "Abdelatty said Egypt and Sudan agreed to reopen the border crossing.",
    "Abdelatty said a donor conference would meet in Cairo.",
    "Abdelatty said both sides should protect civilians.",
    "Abdelatty said the Arab League supports the talks.",
]
BRIEFING_TEXT = " ".join(BRIEFING_LINES)


def _span(text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def amman_extraction() -> Extraction:
    """Jordan's king receives Qatar's foreign minister (Arabic)."""
    t = AMMAN_TEXT
    visit = _span(t, "استقباله وزير الخارجية القطري في عمّان")
    support = _span(t, "دعم الأردن الكامل للوساطة القطرية")
    grant = _span(t, "قطر ستقدم منحة لدعم اللاجئين في الأردن")
    stability = _span(t, "الاستقرار في المنطقة مسؤولية مشتركة")
    affirm = _span(
        t,
        "أكد الملك عبد الله الثاني خلال استقباله وزير الخارجية القطري في عمّان الأحد "
        "دعم الأردن الكامل للوساطة القطرية",
    )
    return Extraction.build(
        article=Article(
            id="amman-1",
            text=t,
            lang="ar",
            published="2025-05-18",
            source="صحيفة الاختبار",
            title="العاهل الأردني يستقبل وزير الخارجية القطري",
        ),
        entities=[
            {
                "id": "jo",
                "type": "State",
                "label": "Jordan",
                "labels": {"en": "Jordan", "ar": "الأردن"},
                "qid": "Q810",
                "state": "jo",
                "mentions": [_span(t, "الأردن")],
            },
            {
                "id": "qa",
                "type": "State",
                "label": "Qatar",
                "labels": {"en": "Qatar", "ar": "قطر"},
                "qid": "Q846",
                "state": "qa",
                "mentions": [_span(t, "قطر")],
            },
            {
                "id": "king",
                "type": "Person",
                "label": "Abdullah II of Jordan",
                "labels": {"en": "Abdullah II of Jordan", "ar": "الملك عبد الله الثاني"},
                "qid": "Q57464",
                "state": "jo",
                "aliases": ["العاهل الأردني"],
                "roles": [{"label": "العاهل الأردني", "lang": "ar", "of": "jo"}],
                "mentions": [_span(t, "الملك عبد الله الثاني"), _span(t, "العاهل الأردني")],
            },
            {
                "id": "fm",
                "type": "Person",
                "label": "Mohammed bin Abdulrahman Al Thani",
                "labels": {
                    "en": "Mohammed bin Abdulrahman Al Thani",
                    "ar": "محمد بن عبد الرحمن آل ثاني",
                },
                "qid": "Q23020336",
                "state": "qa",
                "roles": [{"label": "وزير الخارجية القطري", "lang": "ar", "of": "qa"}],
                "mentions": [_span(t, "وزير الخارجية القطري")],
            },
            {
                "id": "petra",
                "type": "Organization",
                "label": "Jordan News Agency",
                "labels": {"en": "Jordan News Agency", "ar": "وكالة الأنباء الأردنية"},
                "state": "jo",
                "mentions": [_span(t, "وكالة الأنباء الأردنية")],
            },
            {
                "id": "mofa",
                "type": "Organization",
                "label": "وزارة الخارجية القطرية",
                "state": "qa",
                "labels": {"ar": "وزارة الخارجية القطرية"},
                "mentions": [_span(t, "وزارة الخارجية القطرية")],
            },
        ],
        quotes=[
            {"id": "q1", "speaker": "king", "cue": "أكد", "about": ["qa"], **affirm},
            {
                "id": "q2",
                "speaker": "king",
                "cue": "قوله",
                "via": "petra",
                "direct": True,
                "date": "2025-05-18",
                **stability,
            },
            {"id": "q3", "speaker": "mofa", "cue": "قالت", "about": ["jo"], **grant},
        ],
        relations=[
            {
                "id": "r1",
                "subject": "king",
                "type": "CONSULT",
                "object": "fm",
                "predicate": "استقباله",
                "date": "2025-05-18",
                "evidence": visit["text"],
                "evidence_start": visit["start"],
                "evidence_end": visit["end"],
                "confidence": 0.9,
            },
            {
                "id": "r2",
                "subject": "jo",
                "type": "SUPPORT",
                "object": "qa",
                "date": "2025-05",
                "evidence": support["text"],
                "evidence_start": support["start"],
                "evidence_end": support["end"],
                "confidence": 0.8,
                "topic": "mediation",
            },
            {
                "id": "r3",
                "subject": "qa",
                "type": "AID",
                "object": "jo",
                "modality": "intended",
                "evidence": grant["text"],
                "evidence_start": grant["start"],
                "evidence_end": grant["end"],
                "confidence": 0.6,
                "topic": "refugees",
            },
        ],
        extractor="test.hand",
        extractor_version="1",
    )


def cairo_extraction() -> Extraction:
    """Egypt's foreign minister on Sudan (English), with markup in the data."""
    t = CAIRO_TEXT
    met = _span(t, "Badr Abdelatty met Sudanese officials in Cairo")
    unity = _span(t, "will not accept any threat to Sudan's unity")
    banner = _span(
        t, '<img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script>'
    )
    return Extraction.build(
        article=Article(
            id="cairo-1",
            text=t,
            lang="en",
            published="2025-06-02",
            url="https://news.example.org/2025/06/02/cairo-sudan",
            source="Test Wire",
            title="Cairo hosts Sudan talks <script>window.__pwned=3</script>",
        ),
        entities=[
            {
                "id": "eg",
                "type": "State",
                "label": "Egypt",
                "labels": {"en": "Egypt", "ar": "مصر"},
                "qid": "Q79",
                "state": "eg",
                "mentions": [_span(t, "Egypt")],
            },
            {
                "id": "sd",
                "type": "State",
                "label": "Sudan",
                "labels": {"en": "Sudan", "ar": "السودان"},
                "qid": "Q1049",
                "state": "sd",
                "mentions": [_span(t, "Sudan")],
            },
            {
                "id": "badr",
                "type": "Person",
                "label": "Badr Abdelatty",
                "labels": {"en": "Badr Abdelatty", "ar": "بدر عبد العاطي"},
                "state": "eg",
                "aliases": ["Abdelatty"],
                "roles": [{"label": "Egyptian Foreign Minister", "lang": "en", "of": "eg"}],
                "mentions": [_span(t, "Badr Abdelatty")],
            },
        ],
        quotes=[
            {
                "id": "q1",
                "speaker": "badr",
                "cue": "said",
                "about": ["sd"],
                "direct": True,
                **unity,
            },
            {"id": "q2", "speaker": "badr", "cue": "read", "about": ["sd"], **banner},
        ],
        relations=[
            {
                "id": "r1",
                "subject": "badr",
                "type": "CONSULT",
                "object": "sd",
                "date": "2025-06-01",
                "predicate": "met",
                "evidence": met["text"],
                "evidence_start": met["start"],
                "evidence_end": met["end"],
                "confidence": 0.85,
            },
        ],
        extractor="test.hand",
        extractor_version="1",
    )


def briefing_extraction() -> Extraction:
    """Seven statements by one speaker: more than the row cap."""
    t = BRIEFING_TEXT
    quotes = []
    for i, line in enumerate(BRIEFING_LINES):
        content = line.removeprefix("Abdelatty said ").rstrip(".")
        quotes.append(
            {
                "id": f"q{i}",
                "speaker": "badr",
                "cue": "said",
                "about": ["sd"],
                "date": f"2025-07-{i + 1:02d}",
                **_span(t, content),
            }
        )
    return Extraction.build(
        article=Article(
            id="briefing-1", text=t, lang="en", published="2025-07-08", source="Test Wire"
        ),
        entities=[
            {
                "id": "sd",
                "type": "State",
                "label": "Sudan",
                "labels": {"en": "Sudan", "ar": "السودان"},
                "qid": "Q1049",
                "state": "sd",
            },
            {
                "id": "eg",
                "type": "State",
                "label": "Egypt",
                "labels": {"en": "Egypt", "ar": "مصر"},
                "qid": "Q79",
                "state": "eg",
            },
            {
                "id": "badr",
                "type": "Person",
                "label": "Badr Abdelatty",
                "labels": {"en": "Badr Abdelatty", "ar": "بدر عبد العاطي"},
                "state": "eg",
            },
        ],
        quotes=quotes,
        relations=[],
        extractor="test.hand",
        extractor_version="1",
    )


# -- the server -----------------------------------------------------------------------------

_SERVE = """
import sys
import uvicorn
from kg.server import Settings, create_app
store, base, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
settings = Settings(store=store, base_iri=base, port=port, workers=2, html_row_cap=int(sys.argv[4]),
                    query_timeout=float(sys.argv[5]))
uvicorn.run(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
"""


@dataclass
class Server:
    """A running test server."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def iri(self, path: str) -> str:
        return self.url + path.lstrip("/")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    folder: Path, extractions: list[Extraction], *, timeout: float = QUERY_TIMEOUT
) -> Server:
    """Fill a store under ``folder`` and serve it on a free port; IRIs use the server's URL."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    store = folder / "store"
    with KnowledgeGraph(store, base_iri=base) as kg:
        for ex in extractions:
            kg.add(ex)
    log = folder / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", _SERVE, str(store), base, str(port), str(ROW_CAP), str(timeout)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text(errors='replace')}")
        try:
            if httpx.get(base + "api/status", timeout=2).status_code == 200:
                return Server(base, proc, log)
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not start: {log.read_text(errors='replace')}")


def stop_server(server: Server) -> None:
    server.process.send_signal(signal.SIGTERM)
    try:
        server.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = start_server(
        tmp_path_factory.mktemp("pages"),
        [amman_extraction(), cairo_extraction(), briefing_extraction()],
    )
    yield srv
    stop_server(srv)


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


PREFIXES = """PREFIX kg: <https://w3id.org/statekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def sparql(client: httpx.Client, query: str) -> list[dict[str, Any]]:
    r = client.post(
        "/sparql",
        data={"query": PREFIXES + query},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert r.status_code == 200, r.text
    return list(r.json()["results"]["bindings"])


def html_get(client: httpx.Client, path: str, **headers: str) -> httpx.Response:
    return client.get(path, headers={"Accept": "text/html", **headers})


# -- the web page and its files ---------------------------------------------------------


def test_index_page_is_served_with_the_base_iri_and_local_assets_only(
    client: httpx.Client, server: Server
) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    page = r.text
    assert f'<meta name="kg-base-iri" content="{server.url}">' in page
    assert 'id="query"' in page and 'id="examples"' in page and 'id="who-form"' in page
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert "/static/app.js" in assets and "/static/style.css" in assets
    assert not [a for a in assets if a.startswith(("http:", "https:", "//"))]


@pytest.mark.parametrize(
    ("name", "media"),
    [("app.js", "javascript"), ("style.css", "text/css"), ("index.html", "text/html")],
)
def test_static_files_are_served_and_fetch_nothing_from_elsewhere(
    client: httpx.Client, name: str, media: str
) -> None:
    r = client.get(f"/static/{name}")
    assert r.status_code == 200
    assert media in r.headers["content-type"]
    text = r.text
    assert "@import" not in text
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", text)
    assert not re.search(r"(src|href)=\"(https?:)?//", text)
    assert not re.search(r"fetch\(\s*['\"]https?:", text)


def test_api_queries_lists_the_example_queries_with_titles(client: httpx.Client) -> None:
    r = client.get("/api/queries")
    assert r.status_code == 200
    queries = r.json()["queries"]
    files = sorted(example_queries_path().glob("*.rq"))
    assert [q["name"] for q in queries] == [p.stem for p in files]
    for q, path in zip(queries, files, strict=True):
        assert q["query"] == path.read_text(encoding="utf-8")
        first = path.read_text(encoding="utf-8").splitlines()[0].lstrip("# ").strip()
        assert q["title"] and first.startswith(q["title"][:20])
        assert q["description"].startswith(q["title"])


# -- autocomplete -----------------------------------------------------------------------------


def _suggest(client: httpx.Client, q: str, **params: str) -> list[dict[str, Any]]:
    r = client.get("/api/autocomplete", params={"q": q, **params})
    assert r.status_code == 200, r.text
    return list(r.json()["results"])


def test_autocomplete_finds_arabic_and_english_prefixes(
    client: httpx.Client, server: Server
) -> None:
    for q in ("الأرد", "الارد", "اردن", "Jor", "jordan"):
        found = _suggest(client, q)
        assert found, q
        assert found[0]["iri"] == server.iri("entity/Q810"), q
        assert found[0]["type"] == "State"
        assert found[0]["qid"] == "Q810"
        assert found[0]["wikidata"] == "https://www.wikidata.org/wiki/Q810"
        assert found[0]["labels"] == {"en": "Jordan", "ar": "الأردن"}
        assert found[0]["href"] == "/entity/Q810"


def test_autocomplete_matches_a_word_inside_a_name_and_gives_the_state(
    client: httpx.Client,
) -> None:
    found = _suggest(client, "abdel", lang="ar")
    badr = next(f for f in found if f["labels"].get("en") == "Badr Abdelatty")
    assert badr["type"] == "Person"
    assert badr["qid"] is None and badr["wikidata"] is None
    assert badr["label"] == "بدر عبد العاطي"  # the preferred language
    assert badr["state"]["label"] == "مصر"
    assert badr["state"]["href"] == "/entity/Q79"
    assert [f["labels"].get("en") for f in _suggest(client, "عبد العاطي")] == ["Badr Abdelatty"]


def test_autocomplete_of_nothing_is_empty(client: httpx.Client) -> None:
    assert _suggest(client, "") == []
    assert _suggest(client, "  ...  ") == []
    assert _suggest(client, "zzzzqqq") == []


# -- who said what about whom ------------------------------------------------------------------


def _who(client: httpx.Client, **params: str) -> httpx.Response:
    return client.get("/api/who-said", params=params)


def test_who_said_resolves_names_in_arabic_english_qid_or_iri(
    client: httpx.Client, server: Server
) -> None:
    answers = [
        _who(client, about=name).json()
        for name in ("قطر", "Qatar", "Q846", server.iri("entity/Q846"))
    ]
    statements = [[row["statement"] for row in a["rows"]] for a in answers]
    assert statements[0] and all(s == statements[0] for s in statements)
    row = answers[0]["rows"][0]
    assert row["speaker"]["label"] == "Abdullah II of Jordan"
    assert row["speaker"]["href"] == "/entity/Q57464"
    assert row["cue"] == "أكد"
    assert row["lang"] == "ar" and row["dir"] == "rtl"
    assert row["state"] == "Jordan"
    assert row["role"] == "العاهل الأردني"
    assert row["article"]["href"] == "/article/amman-1"
    assert row["article"]["title"] == "العاهل الأردني يستقبل وزير الخارجية القطري"
    assert row["href"].startswith("/statement/")


def test_who_said_filters_by_speaker_dates_and_language(client: httpx.Client) -> None:
    by_king = _who(client, speaker="الملك عبد الله الثاني", lang="ar").json()
    assert {r["content"] for r in by_king["rows"]} == {
        "الاستقرار في المنطقة مسؤولية مشتركة",
        "أكد الملك عبد الله الثاني خلال استقباله وزير الخارجية القطري في عمّان الأحد "
        "دعم الأردن الكامل للوساطة القطرية",
    }
    relayed = next(r for r in by_king["rows"] if r["via"])
    assert relayed["via"] == "وكالة الأنباء الأردنية" and relayed["direct"] is True
    assert all(r["speaker"]["label"] == "الملك عبد الله الثاني" for r in by_king["rows"])
    sudan = _who(client, about="السودان").json()
    assert sudan["count"] == ROW_CAP and sudan["truncated"] is True
    june = _who(client, about="Sudan", since="2025-06-01", until="2025-06-30").json()
    assert {r["date"] for r in june["rows"]} == {"2025-06-02"}
    assert len(june["rows"]) == 2 and june["truncated"] is False
    july = _who(client, about="Sudan", since="2025-07-06").json()
    assert [r["date"] for r in july["rows"]] == ["2025-07-06", "2025-07-07"]


def test_who_said_answers_clear_errors(client: httpx.Client) -> None:
    r = _who(client, about="Atlantis")
    assert r.status_code == 404
    assert "Atlantis" in r.json()["error"]
    r = _who(client, about="Sudan", since="last week")
    assert r.status_code == 400
    assert "since" in r.json()["error"]


def test_json_api_returns_markup_in_data_as_plain_strings(client: httpx.Client) -> None:
    rows = _who(client, about="Sudan", until="2025-06-30").json()["rows"]
    banner = next(r for r in rows if "onerror" in r["content"])
    assert banner["content"].startswith("<img src=x")
    assert banner["article"]["title"] == "Cairo hosts Sudan talks <script>window.__pwned=3</script>"
    assert banner["article"]["url"] == "https://news.example.org/2025/06/02/cairo-sudan"


# -- Linked Data pages -------------------------------------------------------------------------


def test_arabic_entity_page_is_right_to_left(client: httpx.Client) -> None:
    r = html_get(client, "/entity/Q810?lang=ar")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    page = r.text
    assert '<html lang="ar" dir="rtl">' in page
    assert '<h1><span lang="ar" dir="rtl">الأردن</span></h1>' in page
    assert '<span lang="en" dir="auto">Jordan</span>' in page
    assert 'href="https://www.wikidata.org/wiki/Q810"' in page
    assert "تصريحات عن" in page  # "statements about", in Arabic
    assert '<article class="card statement" lang="ar" dir="rtl">' in page
    assert "قطر ستقدم منحة لدعم اللاجئين في الأردن" in page


def test_entity_page_language_follows_accept_language(client: httpx.Client) -> None:
    en = html_get(client, "/entity/Q810", **{"Accept-Language": "en-GB,en;q=0.9,ar;q=0.5"}).text
    ar = html_get(client, "/entity/Q810", **{"Accept-Language": "ar-JO,ar;q=0.9,en;q=0.5"}).text
    assert (
        '<html lang="en" dir="ltr">' in en
        and '<h1><span lang="en" dir="auto">Jordan</span></h1>' in en
    )
    assert '<html lang="ar" dir="rtl">' in ar
    # Arabic content stays right to left on an English page
    assert '<article class="card statement" lang="ar" dir="rtl">' in en


def test_entity_page_has_statements_relations_over_time_and_sources(client: httpx.Client) -> None:
    page = html_get(client, "/entity/Q57464?lang=en").text
    assert "Abdullah II of Jordan" in page and "الملك عبد الله الثاني" in page
    assert 'href="https://www.wikidata.org/wiki/Q57464"' in page
    assert "Statements by" in page and "الاستقرار في المنطقة مسؤولية مشتركة" in page
    assert "Positions" in page and "العاهل الأردني" in page
    # relations as subject: the visit, with type, modality, evidence and confidence
    assert ">CONSULT</a>" in page and 'class="modality m-asserted"' in page
    assert "استقباله وزير الخارجية القطري في عمّان" in page and ">0.9<" in page
    assert 'href="/article/amman-1"' in page
    # state page: relations of the state and of those acting for it, ordered by date
    jordan = html_get(client, "/entity/Q810?lang=en").text
    relations = jordan[jordan.index('id="relations"') : jordan.index('id="articles"')]
    dates = re.findall(r'<td class="date">(?:<time[^>]*>)?([^<]*)', relations)
    assert dates == sorted(dates) and "2025-05" in dates and "2025-05-18" in dates
    assert 'class="modality m-intended"' in relations
    assert "Abdullah II of Jordan" in jordan[jordan.index('id="members"') :]


def test_source_articles_list_the_words_that_name_the_entity(client: httpx.Client) -> None:
    page = html_get(client, "/entity/Q57464?lang=ar").text
    articles = page[page.index('id="articles"') :]
    assert 'href="/article/amman-1"' in articles
    assert "العاهل الأردني" in articles and "الملك عبد الله الثاني" in articles


def test_article_page_shows_metadata_statements_and_relations(client: httpx.Client) -> None:
    page = html_get(client, "/article/cairo-1").text
    assert 'href="https://news.example.org/2025/06/02/cairo-sudan"' in page
    assert "2025-06-02" in page and "Test Wire" in page
    assert "will not accept any threat to Sudan&#x27;s unity" in page
    assert ">CONSULT</a>" in page and 'href="/entity/Q1049"' in page
    ar = html_get(client, "/article/amman-1").text
    assert (
        '<h1><span lang="ar" dir="rtl">العاهل الأردني يستقبل وزير الخارجية القطري</span></h1>' in ar
    )


def test_statement_and_relation_pages_show_fields_and_evidence(
    client: httpx.Client, server: Server
) -> None:
    st = sparql(
        client,
        f"""SELECT ?s WHERE {{ ?s kg:via ?v ; kg:article <{server.iri("article/amman-1")}> }}""",
    )
    path = "/" + st[0]["s"]["value"][len(server.url) :]
    page = html_get(client, path).text
    assert "الاستقرار في المنطقة مسؤولية مشتركة" in page
    assert 'href="/entity/Q57464"' in page and "Jordan News Agency" in page
    assert 'href="/article/amman-1"' in page and "Direct quote" in page
    assert "<dt>Characters</dt>" in page  # the evidence's offsets in the article
    page = html_get(client, path + "?lang=ar").text
    assert "وكالة الأنباء الأردنية" in page and "اقتباس مباشر" in page
    rel = sparql(client, "SELECT ?r WHERE { ?r a kg:Aid }")
    page = html_get(client, "/" + rel[0]["r"]["value"][len(server.url) :] + "?lang=ar").text
    assert '<html lang="ar" dir="rtl">' in page
    assert ">AID<" in page and "مُزمعة" in page  # intended
    quote = "قطر ستقدم منحة لدعم اللاجئين في الأردن"
    assert f'<blockquote class="evidence" lang="ar" dir="rtl">{quote}</blockquote>' in page
    assert "refugees" in page and 'href="/article/amman-1"' in page


def test_other_minted_iris_get_a_property_page(client: httpx.Client) -> None:
    role = sparql(client, 'SELECT ?r WHERE { ?r a kg:Role ; kg:roleLabel "العاهل الأردني"@ar }')
    iri = role[0]["r"]["value"]
    page = html_get(client, "/" + iri.split("/", 3)[3]).text
    assert "kg:roleLabel" in page and '<span lang="ar" dir="rtl">العاهل الأردني</span>' in page
    assert 'href="/entity/Q57464"' in page


def test_user_data_is_escaped_in_html(client: httpx.Client) -> None:
    for path in ("/article/cairo-1", "/entity/person/badr-abdelatty", "/entity/Q1049"):
        page = html_get(client, path).text
        assert "<script>window" not in page and "<img src=x" not in page, path
    page = html_get(client, "/article/cairo-1").text
    assert "Cairo hosts Sudan talks &lt;script&gt;window.__pwned=3&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;" in page


def test_html_tables_stop_at_the_row_cap(client: httpx.Client) -> None:
    page = html_get(client, "/entity/person/badr-abdelatty").text
    by = page[page.index('id="statements-by"') : page.index('id="statements-about"')]
    assert by.count('<article class="card statement"') == ROW_CAP
    assert f"Showing the first {ROW_CAP} rows." in by


def test_unknown_iri_is_404(client: httpx.Client) -> None:
    assert html_get(client, "/entity/Q999999999").status_code == 404


# -- headless Chromium ---------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """A headless Chromium driven over the DevTools protocol (one page)."""

    def __init__(self, profile: Path) -> None:
        import websocket  # websocket-client

        self.proc = subprocess.Popen(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--window-size=1280,1000",
                "--lang=en-US",
                f"--user-data-dir={profile}",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not start")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        targets: list[dict[str, Any]] = []
        while not targets:
            targets = [
                t
                for t in httpx.get(f"http://127.0.0.1:{port}/json/list").json()
                if t["type"] == "page"
            ]
            time.sleep(0.05)
        self.ws = websocket.create_connection(
            targets[0]["webSocketDebuggerUrl"], timeout=30, suppress_origin=True
        )
        self.next_id = 0
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return dict(msg.get("result", {}))

    def eval(self, expression: str) -> Any:
        result = self.call(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.eval(expression)
            if value:
                return value
            time.sleep(0.05)
        seen = self.eval("document.body ? document.body.innerText.slice(0, 800) : ''")
        raise AssertionError(f"timed out waiting for {expression}; the page shows: {seen}")

    def goto(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")

    def key(self, key: str, code: int, modifiers: int = 0) -> None:
        for kind in ("keyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=key,
                windowsVirtualKeyCode=code,
                modifiers=modifiers,
            )

    def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode(
            self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        )
        path.write_bytes(data)
        return data

    def close(self) -> None:
        if getattr(self, "ws", None) is not None:
            self.ws.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    pytest.importorskip("websocket", reason="websocket-client is not installed")
    b = Browser(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield b
    finally:
        b.close()


def _shots(tmp_path: Path) -> Path:
    """Where screenshots go: $KG_SCREENSHOTS if set (to look at them), else the test's tmp."""
    folder = Path(os.environ.get("KG_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.mark.browser
def test_browser_runs_an_example_query_and_pages_results(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    b = browser
    b.goto(server.url)
    b.wait_for(
        "document.body.dataset.ready === '1' && document.getElementById('examples').dataset.loaded"
    )
    assert int(b.eval("document.getElementById('examples').dataset.loaded")) == len(
        list(example_queries_path().glob("*.rq"))
    )
    # the query in the editor at start: latest statements, linked to their articles
    b.eval("document.getElementById('run').click()")
    b.wait_for("/rows? in/.test(document.getElementById('sparql-status').textContent)")
    assert b.eval("document.querySelectorAll('#results tbody tr').length") == 12
    hrefs = b.eval(
        "[...document.querySelectorAll('#results a.iri')].map(a => a.getAttribute('href'))"
    )
    assert {"/article/amman-1", "/article/cairo-1", "/article/briefing-1"} <= set(hrefs)
    cells = b.eval("""[...document.querySelectorAll('#results tbody td')].map(
        td => [td.textContent, td.getAttribute('dir'), td.getAttribute('lang')])""")
    assert ["الاستقرار في المنطقة مسؤولية مشتركة", "rtl", "ar"] in cells
    assert ["will not accept any threat to Sudan's unity @en", None, None] in cells
    # an example query, chosen in the select and run with the button
    b.eval("""(() => { const s = document.getElementById('examples');
        s.value = 'quad_class_balance'; s.dispatchEvent(new Event('change')); })()""")
    assert "quadClass" in b.eval("document.getElementById('query').value")
    b.eval("document.getElementById('run').click()")
    b.wait_for("document.querySelectorAll('#results thead th').length === 4")
    rows = b.eval("""[...document.querySelectorAll('#results tbody tr')].map(
        tr => [...tr.querySelectorAll('td')].map(td => td.textContent))""")
    assert rows == [
        ["1", "2025-05", "VerbalCooperation", "2"],
        ["2", "2025-06", "VerbalCooperation", "1"],
    ]
    headers = b.eval(
        "[...document.querySelectorAll('#results thead th')].map(th => th.textContent)"
    )
    assert headers == ["#", "?month", "?quadClass", "?reports"]
    assert b.eval("document.getElementById('pager').hidden") is True
    # a bigger result, run with Ctrl+Enter in the editor, is paged by 50
    b.eval("""(() => { const q = document.getElementById('query');
        q.value = 'SELECT ?s ?p ?o WHERE { ?s ?p ?o }'; q.focus(); })()""")
    b.key("Enter", 13, modifiers=2)
    b.wait_for("/Rows 1–50 of \\d+/.test(document.getElementById('page-info').textContent)")
    total = int(b.eval("document.getElementById('page-info').textContent.match(/of (\\d+)/)[1]"))
    assert total > 100
    assert b.eval("document.querySelectorAll('#results tbody tr').length") == 50
    assert b.eval("document.getElementById('prev').disabled") is True
    b.eval("document.getElementById('next').click()")
    assert b.eval("document.querySelector('#results tbody tr td').textContent") == "51"
    assert b.eval("document.getElementById('prev').disabled") is False
    assert b.eval("document.getElementById('page-info').textContent").startswith(
        f"Rows 51–100 of {total}"
    )
    b.eval("document.getElementById('prev').click()")
    data = b.screenshot(_shots(tmp_path) / "index-results.png")
    assert _png_size(data)[0] == 1280
    # a malformed query shows the parser's error
    b.eval("document.getElementById('query').value = 'SELEC ?x WHERE {'")
    b.eval("document.getElementById('run').click()")
    b.wait_for("!document.getElementById('sparql-error').hidden")
    assert "400" in b.eval("document.getElementById('sparql-error').textContent")
    assert b.eval("document.querySelectorAll('#results tbody tr').length") == 0
    # a query that runs past the server's timeout is stopped, and the page says so
    b.eval("""document.getElementById('query').value =
        'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }'""")
    b.eval("document.getElementById('run').click()")
    b.wait_for(
        "/too long/.test(document.getElementById('sparql-error').textContent)",
        timeout=QUERY_TIMEOUT + 20,
    )
    assert "503" in b.eval("document.getElementById('sparql-error').textContent")
    assert b.eval("document.getElementById('run').disabled") is False


@pytest.mark.browser
def test_browser_who_said_search_with_autocomplete_renders_cards(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    b = browser
    b.goto(server.url + "#who")
    b.wait_for("document.body.dataset.ready === '1'")
    assert b.eval("document.getElementById('panel-who').hidden") is False
    b.eval("document.querySelector('input[name=lang][value=ar]').click()")
    b.eval("document.getElementById('who-about').focus()")
    b.call("Input.insertText", text="الأرد")
    b.wait_for("!document.getElementById('who-about-list').hidden")
    b.key("ArrowDown", 40)
    b.key("Enter", 13)
    assert b.eval("document.getElementById('who-about').value") == "الأردن"
    assert b.eval("document.getElementById('who-about').dataset.iri") == server.iri("entity/Q810")
    b.eval("document.getElementById('who-run').click()")
    b.wait_for("document.querySelectorAll('#cards .card').length > 0")
    cards = b.eval("""[...document.querySelectorAll('#cards .card')].map(c => ({
        dir: c.getAttribute('dir'), lang: c.getAttribute('lang'),
        quote: c.querySelector('blockquote').textContent,
        speaker: c.querySelector('.speaker').textContent,
        links: [...c.querySelectorAll('a')].map(a => a.getAttribute('href'))}))""")
    grant = next(c for c in cards if c["quote"] == "قطر ستقدم منحة لدعم اللاجئين في الأردن")
    assert grant["dir"] == "rtl" and grant["lang"] == "ar"
    assert grant["speaker"] == "وزارة الخارجية القطرية"
    assert "/article/amman-1" in grant["links"]
    b.screenshot(_shots(tmp_path) / "who-said.png")
    # markup inside data is shown as text and never runs
    b.eval(
        "(() => { const i = document.getElementById('who-about'); i.value = 'Sudan';"
        " delete i.dataset.iri; })()"
    )
    b.eval("document.getElementById('who-until').value = '2025-06-30'")
    b.eval("document.getElementById('who-run').click()")
    b.wait_for(
        "[...document.querySelectorAll('#cards blockquote')]"
        ".some(q => /onerror/.test(q.textContent))"
    )
    time.sleep(0.3)
    assert b.eval("window.__pwned === undefined") is True
    assert b.eval("document.querySelectorAll('#cards img, #cards script').length") == 0


@pytest.mark.browser
def test_browser_arabic_entity_page_is_right_to_left(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    b = browser
    b.goto(server.url + "entity/Q810?lang=ar")
    assert b.eval("document.documentElement.dir") == "rtl"
    assert b.eval("document.documentElement.lang") == "ar"
    assert b.eval("document.querySelector('h1').textContent") == "الأردن"
    assert b.eval("getComputedStyle(document.querySelector('h1')).direction") == "rtl"
    assert b.eval("getComputedStyle(document.querySelector('main')).direction") == "rtl"
    quotes = b.eval("[...document.querySelectorAll('.card blockquote')].map(q => q.textContent)")
    assert "قطر ستقدم منحة لدعم اللاجئين في الأردن" in quotes
    # the page is laid out right to left: the heading hugs the right edge
    box = b.eval(
        "(() => { const r = document.querySelector('h1 span').getBoundingClientRect(); "
        "return [r.left, r.right, document.documentElement.clientWidth]; })()"
    )
    assert box[2] - box[1] < box[0]
    assert b.eval("window.__pwned === undefined") is True
    data = b.screenshot(_shots(tmp_path) / "entity-ar.png")
    assert len(data) > 10_000
    b.goto(server.url + "entity/person/badr-abdelatty?lang=en")
    assert b.eval("document.documentElement.dir") == "ltr"
    assert b.eval("window.__pwned === undefined") is True
    b.goto(server.url + "article/cairo-1")
    assert b.eval("window.__pwned === undefined") is True
    assert "<script>" in b.eval("document.querySelector('h1').textContent")
    b.screenshot(_shots(tmp_path) / "article-en.png")


def test_entity_link_paths_are_percent_encoded_for_arabic_slugs(client: httpx.Client) -> None:
    r = html_get(client, "/entity/organization/" + quote(slug("وزارة الخارجية القطرية")))
    assert r.status_code == 200
    assert '<h1><span lang="ar" dir="rtl">وزارة الخارجية القطرية</span></h1>' in r.text
