"""``kg export quickstatements``: v1 commands, every claim sourced, nothing without a URL."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from factories import arabic_extraction, english_extraction

from kg.models import Extraction
from kg.store import KnowledgeGraph
from kg.wikidata.quickstatements import QuickStatementsReport, qs_string, qs_time, quickstatements

AR_URL = "https://news.example.org/ar/2025/06/10/erdogan-cairo"
TITLE = "أردوغان يستقبل وزير الخارجية المصري"


def sourced(ex: Extraction, url: str | None, title: str | None = None) -> Extraction:
    update: dict[str, object] = {"url": url}
    if title is not None:
        update["title"] = title
    return ex.model_copy(update={"article": ex.article.model_copy(update=update)})


def test_an_arabic_article_becomes_a_sourced_news_article_item() -> None:
    kg = KnowledgeGraph()
    kg.add(sourced(arabic_extraction(), AR_URL))
    lines = list(quickstatements(kg, retrieved=date(2025, 6, 11)))
    when = "+2025-06-10T00:00:00Z/11"
    ref = f'S854\t"{AR_URL}"\tS577\t+2025-06-10T00:00:00Z/11\tS813\t+2025-06-11T00:00:00Z/11'
    assert lines == [
        "CREATE",
        f'LAST\tLar\t"{TITLE}"',
        f"LAST\tP31\tQ5707594\t{ref}",
        f'LAST\tP1476\tar:"{TITLE}"\t{ref}',
        f"LAST\tP577\t+2025-06-10T00:00:00Z/11\t{ref}",
        f'LAST\tP953\t"{AR_URL}"\t{ref}',
        f'LAST\tP1683\tar:"ضرورة وقف إطلاق النار فورا"\tP50\tQ39259\tP585\t{when}\t{ref}',
    ]


def test_every_claim_carries_one_reference_and_no_claim_is_unsourced() -> None:
    kg = KnowledgeGraph()
    kg.add(sourced(arabic_extraction(), AR_URL))
    kg.add(
        sourced(english_extraction(), "https://news.example.org/en/macron", "Macron\tcalls\nAoun")
    )
    claim = re.compile(r"^LAST\tP\d+\t")
    lines = list(quickstatements(kg))
    assert lines.count("CREATE") == 2
    for line in lines:
        fields = line.split("\t")
        if claim.match(line):
            sources = [f for f in fields if re.fullmatch(r"S\d+", f)]
            assert sources[0] == "S854" and "S813" not in sources  # no --retrieved given
            first = fields.index("S854")
            assert all(
                re.fullmatch(r"S\d+", f) for f in fields[first::2]
            )  # one reference, at the end
        assert "\n" not in line
    assert 'LAST\tLen\t"Macron calls Aoun"' in lines


def test_articles_without_url_or_headline_produce_nothing() -> None:
    kg = KnowledgeGraph()
    kg.add(arabic_extraction())  # a headline but no URL
    kg.add(english_extraction())  # a URL but no headline
    report = QuickStatementsReport()
    assert list(quickstatements(kg, report=report)) == []
    assert len(report.no_url) == 1 and len(report.no_title) == 1 and report.articles == 0


def test_value_syntax() -> None:
    assert qs_time("2024-05-01") == "+2024-05-01T00:00:00Z/11"
    assert qs_time("2024-05") == "+2024-05-00T00:00:00Z/10"
    assert qs_time("2024") == "+2024-00-00T00:00:00Z/9"
    assert qs_string('قال "كفى"\r\nثم') == '"قال "كفى" ثم"'


def test_cli_writes_the_file_and_says_what_was_left_out(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with KnowledgeGraph(store) as kg:
        kg.add(sourced(arabic_extraction(), AR_URL))
        kg.add(arabic_extraction(article_id="no-url"))
    out = tmp_path / "batch.qs"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "export",
            "quickstatements",
            "--retrieved",
            "2025-06-11",
            "--out",
            str(out),
            "--store",
            str(store),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("CREATE\n") and text.count("CREATE") == 1
    assert "S813\t+2025-06-11T00:00:00Z/11" in text
    assert "1 article(s) have no URL" in done.stderr
