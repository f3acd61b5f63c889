"""The extract() pipeline: a valid, self-consistent Extraction for any article."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest

from kg.extractors import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract
from kg.models import Article, EntityType, Extraction

SHARED = Path(__file__).parents[3] / "shared"
DEV = SHARED / "eval" / "dev.jsonl"

ARTICLE_AR = Article(
    id="ar-test",
    lang="ar",
    published=date(2025, 6, 12),
    title="السيسي وأردوغان يبحثان الأزمة السورية",
    text=(
        "السيسي وأردوغان يبحثان الأزمة السورية\n"
        "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان "
        "يوم الثلاثاء، بحثا خلاله تطورات الأوضاع في سوريا.\n"
        "وقالت وزارة الخارجية المصرية في بيان إن الرئيسين أكدا دعمهما لوحدة سوريا واستقرارها.\n"
        "وأضاف أن السيسي دعا إلى وقف التدخلات الخارجية، مؤكدا أن مصر ترفض أي مساس بسيادة "
        "الدول العربية.\n"
        "وكانت أنقرة قد أعلنت في شباط/فبراير الماضي استعدادها للتعاون مع القاهرة."
    ),
)

ARTICLE_EN = Article(
    id="en-test",
    lang="en",
    published=date(2025, 6, 12),
    title="Kremlin rejects new sanctions",
    text=(
        "Kremlin rejects new sanctions\n"
        "MOSCOW -- The Kremlin on Wednesday rejected new sanctions imposed by the United States "
        "and said Russia would respond.\n"
        '"These measures are illegal," Kremlin spokesman Dmitry Peskov told reporters. '
        '"They will not change our course."\n'
        "Peskov added that President Vladimir Putin had spoken to Turkish President Recep Tayyip "
        "Erdogan on Tuesday about the war in Ukraine."
    ),
)


@pytest.mark.parametrize("article", [ARTICLE_AR, ARTICLE_EN], ids=["ar", "en"])
def test_extraction_is_valid_and_spans_are_exact(article: Article) -> None:
    x = extract(article)
    assert isinstance(x, Extraction)
    assert (x.extractor, x.extractor_version) == (EXTRACTOR_NAME, EXTRACTOR_VERSION)
    text = article.text
    for e in x.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
    for q in x.quotes:
        assert text[q.start : q.end] == q.text
        assert q.text == q.text.strip()
    for r in x.relations:
        assert text[r.evidence_start : r.evidence_end] == r.evidence
    Extraction.build(**x.model_dump())  # round-trips through validation


@pytest.mark.parametrize("article", [ARTICLE_AR, ARTICLE_EN], ids=["ar", "en"])
def test_every_actor_has_its_state(article: Article) -> None:
    x = extract(article)
    ids = {e.id for e in x.entities}
    for e in x.entities:
        if e.type == EntityType.STATE:
            assert e.state == e.id
        if e.state is not None:
            assert e.state in ids
            assert x.entity(e.state).type == EntityType.STATE


def test_arabic_article_end_to_end() -> None:
    x = extract(ARTICLE_AR)
    labels = {e.label for e in x.entities}
    assert {"Abdel Fattah el-Sisi", "Recep Tayyip Erdoğan", "Egypt", "Syria"} <= labels
    consult = [r for r in x.relations if r.type.value == "CONSULT"]
    assert consult and consult[0].date == "2025-06-10"
    added = [q for q in x.quotes if q.cue == "وأضاف"]
    assert added and x.entity(added[0].speaker).type == EntityType.ORGANIZATION


def test_english_article_end_to_end() -> None:
    x = extract(ARTICLE_EN)
    peskov = [q for q in x.quotes if x.entity(q.speaker).label == "Dmitry Peskov"]
    assert {q.text for q in peskov if q.direct} == {
        "These measures are illegal",
        "They will not change our course.",
    }
    assert any(
        x.entity(r.subject).label == "Vladimir Putin" and r.type.value == "CONSULT"
        for r in x.relations
    )


def test_headline_relation_is_not_repeated_when_the_body_says_it() -> None:
    x = extract(ARTICLE_AR)
    pairs = [
        frozenset({x.entity(r.subject).label, x.entity(r.object).label})
        for r in x.relations
        if r.type.value == "CONSULT"
    ]
    assert pairs.count(frozenset({"Abdel Fattah el-Sisi", "Recep Tayyip Erdoğan"})) == 1


def test_undetermined_language_is_detected() -> None:
    x = extract(Article(id="u", text="وأدانت مصر الهجوم الإسرائيلي على سوريا"))
    assert any(r.type.value == "ACCUSE" for r in x.relations)


def test_publication_date_falls_back_to_the_dateline() -> None:
    text = "Title\n10:00 GMT, June 12, 2025\nEgypt condemned Israel on Tuesday."
    x = extract(Article(id="d", lang="en", text=text))
    assert [r.date for r in x.relations] == ["2025-06-10"]


def test_throughput_of_typical_articles() -> None:
    articles = [ARTICLE_AR, ARTICLE_EN] * 50
    extract(ARTICLE_AR)  # warm the lexicons and the gazetteer
    t0 = time.process_time()  # CPU time: the machine may be shared
    for a in articles:
        extract(a)
    rate = len(articles) / (time.process_time() - t0)
    assert rate > 50, f"{rate:.0f} articles/s"


@pytest.mark.skipif(not DEV.exists(), reason="shared dev set not available")
def test_dev_set_extracts_and_validates() -> None:
    for line in DEV.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        article = Article(
            id=d["id"],
            lang=d["lang"],
            text=d["text"],
            title=d.get("title"),
            published=d.get("published"),
        )
        x = extract(article)
        assert x.article.id == d["id"]
        assert x.entities


@pytest.mark.skipif(not DEV.exists(), reason="shared dev set not available")
def test_calibration_table_is_monotone_and_renders_as_tsv() -> None:
    from kg.extractors.calibrate import calibration_table, render

    tables = calibration_table(DEV)
    assert set(tables) == {"*", "ar", "en"}  # dev has both languages, plus the pooled table
    for rows in tables.values():
        values = [r.calibrated for r in rows]
        assert values == sorted(values)
        assert all(0 < v < 1 for v in values)
    assert sum(r.n for r in tables["ar"]) + sum(r.n for r in tables["en"]) == sum(
        r.n for r in tables["*"]
    )
    header = next(ln for ln in render(tables).splitlines() if not ln.startswith("#"))
    assert header == "lang\traw_min\tcalibrated\tn\ttp"


def test_each_language_gets_its_own_table_and_others_fall_back_to_the_pooled_one() -> None:
    from kg.extractors.calibrate import Scored, fit_by_lang, reliability

    # the same raw scores, right far more often in one language than the other
    scored = [Scored(0.5, i % 5 != 0, f"e{i % 3}", "en") for i in range(30)]
    scored += [Scored(0.5, i % 5 == 0, f"a{i % 3}", "ar") for i in range(30)]
    tables = fit_by_lang(scored, bins=2)
    assert tables["en"][0].calibrated > 0.7
    assert abs(tables["*"][0].calibrated - 0.5) < 0.01
    assert tables["ar"][0].calibrated < 0.3
    assert "relations 60" in reliability(scored, cv=True)
    held = [Scored(0.5, True, "x", "fr")]  # no French table: the pooled one answers
    assert "relations 1, precision 1.000" in reliability(held, table=tables)


def test_the_shipped_table_gives_an_arabic_and_an_english_relation_their_own_precision() -> None:
    from kg.extractors.relations import calibrate

    assert calibrate(0.45, "ar") != calibrate(0.45, "en")
    assert calibrate(0.45, "xx") == calibrate(0.45, "*")
    assert all(0 < calibrate(r / 10, lang) < 1 for r in range(11) for lang in ("ar", "en", "*"))


def test_calibration_shrinks_small_bins_and_is_isotonic() -> None:
    from kg.extractors.calibrate import Scored, fit, reliability

    scored = [Scored(0.1 * (i % 10), i % 3 != 0, f"a{i % 4}") for i in range(40)]
    rows = fit(scored, bins=4)
    values = [r.calibrated for r in rows]
    assert values == sorted(values)
    overall = sum(s.right for s in scored) / len(scored)
    assert all(abs(v - overall) < 0.35 for v in values)
    assert rows[0].raw_min == 0.0
    report = reliability(scored, cv=True)
    assert "Brier" in report and "precision" in report


def test_auc_says_how_often_a_right_relation_outranks_a_wrong_one() -> None:
    from kg.extractors.calibrate import auc

    assert auc([(0.9, True), (0.8, True), (0.2, False)]) == 1.0
    assert auc([(0.1, True), (0.8, False)]) == 0.0
    assert auc([(0.5, True), (0.5, False)]) == 0.5  # ties count half
    assert auc([(0.9, True), (0.4, True), (0.6, False), (0.3, False)]) == 0.75


def test_a_table_fitted_elsewhere_is_applied_as_it_is_to_held_out_relations() -> None:
    from kg.extractors.calibrate import Scored, fit, reliability

    train = [Scored(0.1 * (i % 10), i % 2 == 0, f"a{i % 4}") for i in range(40)]
    held = [Scored(0.9, False, "b") for _ in range(5)]
    report = reliability(held, table={"*": fit(train)})
    assert "relations 5, precision 0.000" in report
