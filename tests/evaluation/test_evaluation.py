"""``kg eval``: gold reading, matching rules of GUIDELINES.md ("Scoring"), figures, CLI.

The gold articles here are written for these tests (news style, both
languages); the dev set is only used to check that a perfect prediction built
from it scores 1.0.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.cli.eval_cmd import register
from kg.errors import EvalError
from kg.evaluation import (
    EvalReport,
    Figures,
    GoldArticle,
    evaluate,
    normalize_label,
    read_gold,
    render_json,
    render_table,
    score_article,
)
from kg.evaluation.assignment import best_matching
from kg.evaluation.matching import EntityMatcher, span_overlap
from kg.evaluation.report import HEADLINE_LINES
from kg.models import Article, Extraction

DEV = Path(__file__).parents[3] / "shared" / "eval" / "dev.jsonl"

# --- test gold: one English and one Arabic article ----------------------------------------

EN_TEXT = (
    "Turkey and Egypt pledge closer ties\n"
    "CAIRO, June 4 (Staff) - Turkish Foreign Minister Hakan Fidan held talks with his Egyptian "
    "counterpart Badr Abdelatty in Cairo on Tuesday, the two ministries said.\n"
    '"We will work together to end the bloodshed in Sudan," Fidan told a joint news conference.\n'
    "Abdelatty said that Cairo welcomed Ankara's support for a ceasefire.\n"
    "Fidan also called on the United Nations to open more aid corridors."
)
EN_GOLD: dict[str, Any] = {
    "id": "en-t1",
    "lang": "en",
    "url": None,
    "source": "Staff",
    "published": "2025-06-04",
    "title": "Turkey and Egypt pledge closer ties",
    "text": EN_TEXT,
    "entities": [
        {
            "id": "e1",
            "type": "State",
            "name_en": "Turkey",
            "name_ar": "تركيا",
            "aliases": ["Turkey", "Ankara", "Türkiye"],
            "qid": "Q43",
            "state": "e1",
            "roles": [],
        },
        {
            "id": "e2",
            "type": "State",
            "name_en": "Egypt",
            "name_ar": "مصر",
            "aliases": ["Egypt", "Cairo"],
            "qid": "Q79",
            "state": "e2",
            "roles": [],
        },
        {
            "id": "e3",
            "type": "Person",
            "name_en": "Hakan Fidan",
            "name_ar": "هاكان فيدان",
            "aliases": ["Hakan Fidan", "Fidan"],
            "qid": None,
            "state": "e1",
            "roles": ["Turkish Foreign Minister"],
        },
        {
            "id": "e4",
            "type": "Person",
            "name_en": "Badr Abdelatty",
            "name_ar": "بدر عبد العاطي",
            "aliases": ["Badr Abdelatty", "Abdelatty"],
            "qid": None,
            "state": "e2",
            "roles": [],
        },
        {
            "id": "e5",
            "type": "Organization",
            "name_en": "United Nations",
            "name_ar": "الأمم المتحدة",
            "aliases": ["United Nations", "the United Nations"],
            "qid": "Q1065",
            "state": None,
            "roles": [],
        },
    ],
    "quotes": [
        {
            "speaker": "e3",
            "cue": "told",
            "direct": True,
            "about": ["e1", "e2"],
            "via": None,
            "text": "We will work together to end the bloodshed in Sudan",
        },
        {
            "speaker": "e4",
            "cue": "said",
            "direct": False,
            "about": ["e2", "e1"],
            "via": None,
            "text": "Cairo welcomed Ankara's support for a ceasefire",
        },
    ],
    "relations": [
        {
            "subject": "e3",
            "type": "CONSULT",
            "object": "e4",
            "date": "2025-06-03",
            "modality": "asserted",
            "topic": None,
            "evidence": "Turkish Foreign Minister Hakan Fidan held talks with his Egyptian "
            "counterpart Badr Abdelatty in Cairo on Tuesday",
        },
        {
            "subject": "e4",
            "type": "SUPPORT",
            "object": "e1",
            "date": None,
            "modality": "asserted",
            "topic": None,
            "evidence": "Abdelatty said that Cairo welcomed Ankara's support",
        },
        {
            "subject": "e3",
            "type": "REQUEST",
            "object": "e5",
            "date": None,
            "modality": "asserted",
            "topic": "humanitarian aid",
            "evidence": "Fidan also called on the United Nations to open more aid corridors.",
        },
    ],
}

AR_TEXT = (
    "ماكرون يستقبل عون في الإليزيه\n"
    "استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره اللبناني جوزاف عون في قصر الإليزيه يوم "
    "الأربعاء، وبحث الجانبان إعادة إعمار الجنوب.\n"
    'وقال ماكرون إن "فرنسا ستبقى إلى جانب لبنان في هذه المرحلة الصعبة".\n'
    "وأكد عون أن بلاده تلتزم بتطبيق القرار الدولي كاملا.\n"
    "ودعا الرئيس اللبناني الأمم المتحدة إلى تعزيز دور قوات حفظ السلام."
)
AR_GOLD: dict[str, Any] = {
    "id": "ar-t1",
    "lang": "ar",
    "url": None,
    "source": None,
    "published": "2025-05-15",
    "title": "ماكرون يستقبل عون في الإليزيه",
    "text": AR_TEXT,
    "entities": [
        {
            "id": "e1",
            "type": "State",
            "name_en": "France",
            "name_ar": "فرنسا",
            "aliases": ["فرنسا", "باريس", "الإليزيه"],
            "qid": "Q142",
            "state": "e1",
            "roles": [],
        },
        {
            "id": "e2",
            "type": "State",
            "name_en": "Lebanon",
            "name_ar": "لبنان",
            "aliases": ["لبنان", "بيروت"],
            "qid": "Q822",
            "state": "e2",
            "roles": [],
        },
        {
            "id": "e3",
            "type": "Person",
            "name_en": "Emmanuel Macron",
            "name_ar": "إيمانويل ماكرون",
            "aliases": ["إيمانويل ماكرون", "ماكرون"],
            "qid": "Q3052772",
            "state": "e1",
            "roles": ["الرئيس الفرنسي"],
        },
        {
            "id": "e4",
            "type": "Person",
            "name_en": "Joseph Aoun",
            "name_ar": "جوزاف عون",
            "aliases": ["جوزاف عون", "عون", "الرئيس اللبناني"],
            "qid": "Q29033962",
            "state": "e2",
            "roles": ["الرئيس اللبناني"],
        },
        {
            "id": "e5",
            "type": "Organization",
            "name_en": "United Nations",
            "name_ar": "الأمم المتحدة",
            "aliases": ["الأمم المتحدة"],
            "qid": "Q1065",
            "state": None,
            "roles": [],
        },
    ],
    "quotes": [
        {
            "speaker": "e3",
            "cue": "قال",
            "direct": True,
            "about": ["e1", "e2"],
            "via": None,
            "text": "فرنسا ستبقى إلى جانب لبنان في هذه المرحلة الصعبة",
        },
        {
            "speaker": "e4",
            "cue": "أكد",
            "direct": False,
            "about": ["e2"],
            "via": None,
            "text": "بلاده تلتزم بتطبيق القرار الدولي كاملا",
        },
    ],
    "relations": [
        {
            "subject": "e3",
            "type": "CONSULT",
            "object": "e4",
            "date": "2025-05-14",
            "modality": "asserted",
            "topic": "reconstruction",
            "evidence": "استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره اللبناني جوزاف عون في قصر "
            "الإليزيه يوم الأربعاء",
        },
        {
            "subject": "e3",
            "type": "SUPPORT",
            "object": "e2",
            "date": None,
            "modality": "asserted",
            "topic": None,
            "evidence": 'وقال ماكرون إن "فرنسا ستبقى إلى جانب لبنان في هذه المرحلة الصعبة"',
        },
        {
            "subject": "e4",
            "type": "REQUEST",
            "object": "e5",
            "date": None,
            "modality": "asserted",
            "topic": "peacekeeping",
            "evidence": "ودعا الرئيس اللبناني الأمم المتحدة إلى تعزيز دور قوات حفظ السلام",
        },
    ],
}


def write_gold(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    return write_gold(tmp_path / "gold.jsonl", EN_GOLD, AR_GOLD)


def oracle_for(
    path: Path, edit: Callable[[str, dict[str, Any]], None] | None = None
) -> Callable[[Article], Extraction]:
    """An extractor that returns the gold of each article, optionally edited first."""
    golds = {g.id: g for g in read_gold(path)}

    def run(article: Article) -> Extraction:
        perfect = golds[article.id].to_extraction()
        if edit is None:
            return perfect
        data = perfect.model_dump(mode="python")
        edit(article.id, data)
        return Extraction.build(**data)

    return run


def all_values(f: Figures) -> list[float | None]:
    return [
        *(
            v
            for s in (f.quotes, f.relations, f.dyads, f.about)
            for v in (s.precision, s.recall, s.f1)
        ),
        f.dates.value,
        f.qid_states.value,
        f.qid_all.value,
    ]


# --- figures ------------------------------------------------------------------------------


def test_perfect_prediction_scores_one_everywhere(gold_file: Path) -> None:
    report = evaluate(gold_file, extractor=oracle_for(gold_file))
    assert list(report.languages) == ["ar", "en", "all"]
    for figures in report.languages.values():
        assert all_values(figures) == [1.0] * 15
    assert report.overall.quotes.gold == 4
    assert report.overall.relations.gold == 6
    assert report.overall.dyads.gold == 4  # the REQUEST to the UN has no state: left out
    assert all(not a.quote_issues and not a.relation_issues for a in report.articles)


def test_missing_quote_lowers_recall_exactly(gold_file: Path) -> None:
    def drop_first_english_quote(article_id: str, data: dict[str, Any]) -> None:
        if article_id == "en-t1":
            data["quotes"] = data["quotes"][1:]

    report = evaluate(gold_file, extractor=oracle_for(gold_file, drop_first_english_quote))
    en, ar, total = (report.languages[k].quotes for k in ("en", "ar", "all"))
    assert (en.tp, en.system, en.gold) == (1, 1, 2)
    assert en.precision == 1.0 and en.recall == 0.5 and en.f1 == pytest.approx(2 / 3)
    assert ar.recall == 1.0
    assert total.precision == 1.0 and total.recall == 0.75
    assert total.f1 == pytest.approx(6 / 7)
    missed = report.articles[0].quote_issues
    assert [(i.kind, i.speaker, i.note) for i in missed] == [("missed", "Hakan Fidan", "not found")]


def test_several_gold_files_are_scored_as_one_pooled_set(tmp_path: Path) -> None:
    both = write_gold(tmp_path / "both.jsonl", EN_GOLD, AR_GOLD)
    en = write_gold(tmp_path / "en.jsonl", EN_GOLD)
    ar = write_gold(tmp_path / "ar.jsonl", AR_GOLD)

    def drop_first_english_quote(article_id: str, data: dict[str, Any]) -> None:
        if article_id == "en-t1":
            data["quotes"] = data["quotes"][1:]

    run = oracle_for(both, drop_first_english_quote)
    pooled, one = evaluate([en, ar], extractor=run), evaluate(both, extractor=run)
    assert pooled.languages == one.languages
    assert pooled.overall.quotes.recall == 0.75
    assert pooled.gold == f"{en} {ar}"
    with pytest.raises(EvalError, match="article id 'en-t1' is also in"):
        evaluate([en, both], extractor=run)


def test_span_overlap_counts_gold_tokens_and_accepts_exactly_half() -> None:
    text = 'He said: "one two three four, five six seven eight." Then he left.'
    gold = "one two three four, five six seven eight."  # 8 tokens; punctuation does not count
    start = text.index(gold)
    half = text.index("four") + len("four")
    assert span_overlap(text, gold, start, half) == 0.5
    assert span_overlap(text, gold, start, text.index("three") + len("three")) == 0.375
    assert span_overlap(text, gold, text.index("five"), len(text)) == 0.5
    assert span_overlap(text, gold, 0, len(text)) == 1.0


@pytest.mark.parametrize(("cut_after", "matched"), [("بتطبيق", True), ("تلتزم", False)])
def test_quote_match_needs_half_of_the_gold_tokens(
    gold_file: Path, cut_after: str, matched: bool
) -> None:
    # The gold quote "بلاده تلتزم بتطبيق القرار الدولي كاملا" has 6 tokens; the system span
    # starts earlier (at "أن", outside the gold span, which does not hurt) and ends after
    # the 3rd token (exactly half: a match) or after the 2nd (a third: no match).
    g = next(a for a in read_gold(gold_file) if a.id == "ar-t1")
    data = g.to_extraction().model_dump(mode="python")
    start = g.text.index("أن بلاده")
    end = g.text.index(cut_after, start) + len(cut_after)
    data["quotes"][1] = {**data["quotes"][1], "start": start, "end": end, "text": g.text[start:end]}
    result = score_article(g, Extraction.build(**data))
    assert (result.figures.quotes.tp == 2) is matched
    assert result.figures.quotes.system == 2


def test_symmetric_relations_match_in_reverse_order_only(gold_file: Path) -> None:
    def reverse_all(article_id: str, data: dict[str, Any]) -> None:
        for r in data["relations"]:
            r["subject"], r["object"] = r["object"], r["subject"]

    report = evaluate(gold_file, extractor=oracle_for(gold_file, reverse_all))
    for article in report.articles:
        rel = article.figures.relations
        assert (rel.tp, rel.system, rel.gold) == (1, 3, 3)  # CONSULT only
        kept = {(c.gold, c.system) for c in article.relation_types if c.gold is c.system}
        assert {g.value for g, _ in kept if g} == {"CONSULT"}
    # Dyads follow the same rule: CONSULT dyad kept, SUPPORT reversed is wrong.
    assert report.overall.dyads.tp == 2


# --- entity matching ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("system", "gold"),
    [
        ("الامم المتحده", "الأمم المتحدة"),  # hamza on alef, ta marbuta, article
        ("أمم المتحدة", "الأمم المتحدة"),  # leading ال dropped
        ("بدر عبد العاطى", "بدر عبد العاطي"),  # alef maqsura / ya
        ("مَاكْرُونُ", "ماكرون"),  # diacritics
        ("مـــاكرون", "ماكرون"),  # tatweel
        ("إيمانويل ماكرون", "ايمانويل ماكرون"),  # hamza below
        ("آل سعود", "ال سعود"),  # madda
        ("THE KREMLIN", "Kremlin"),  # case and "the"
        ("United\u00a0 Nations", "united nations"),  # NFKC and spacing
        ("\u200fلبنان", "لبنان"),  # a right-to-left mark is invisible
    ],
)
def test_normalised_labels_are_equal(system: str, gold: str) -> None:
    assert normalize_label(system) == normalize_label(gold)


@pytest.mark.parametrize(("a", "b"), [("ماكرون", "مكرون"), ("Theodore", "odore"), ("Iran", "Iraq")])
def test_normalisation_keeps_different_names_apart(a: str, b: str) -> None:
    assert normalize_label(a) != normalize_label(b)


def _one_entity_system(article: Article, **entity: Any) -> Extraction:
    return Extraction.build(article=article, entities=[{"id": "s1", **entity}])


def test_entities_match_by_qid_when_both_have_one_else_by_label(gold_file: Path) -> None:
    g = next(a for a in read_gold(gold_file) if a.id == "ar-t1")
    art = g.to_article()

    def matched(**entity: Any) -> list[str]:
        return EntityMatcher(g, _one_entity_system(art, **entity)).matched_gold("s1")

    # Same QID, whatever the label says.
    assert matched(type="Person", label="President of France", qid="Q3052772") == ["e3"]
    # Both have QIDs and they differ: the label is not consulted.
    assert matched(type="Person", label="ماكرون", qid="Q7747") == []
    # No system QID: a normalised label, labels value, alias or mention text must equal a gold name.
    assert matched(type="Organization", label="الامم المتحده") == ["e5"]
    assert matched(type="Person", label="Aoun", labels={"ar": "جوزيف عون"}, aliases=["عـون"]) == [
        "e4"
    ]
    start = g.text.index("الإليزيه")
    mention = {"start": start, "end": start + len("الإليزيه"), "text": "الإليزيه"}
    assert matched(type="Organization", label="Élysée Palace", mentions=[mention]) == ["e1"]
    assert matched(type="Person", label="Michel Aoun") == []


def test_quotes_match_through_labels_when_system_ids_differ(gold_file: Path) -> None:
    g = next(a for a in read_gold(gold_file) if a.id == "en-t1")
    t = g.text
    q_start = t.index("We will work")
    q_end = t.index(" in Sudan") + len(" in Sudan")
    x = Extraction.build(
        article=g.to_article(),
        entities=[
            {
                "id": "p9",
                "type": "Person",
                "label": "the Turkish foreign minister",
                "aliases": ["FIDAN"],
                "state": "t9",
            },
            {"id": "t9", "type": "State", "label": "Türkiye", "qid": "Q43"},
        ],
        quotes=[
            {
                "id": "x",
                "speaker": "p9",
                "text": t[q_start:q_end],
                "start": q_start,
                "end": q_end,
                "about": ["t9"],
            }
        ],
    )
    result = score_article(g, x)
    assert result.figures.quotes.tp == 1
    assert (result.figures.about.tp, result.figures.about.system, result.figures.about.gold) == (
        1,
        1,
        2,
    )
    assert result.figures.qid_states.hits == 1 and result.figures.qid_states.total == 2


# --- dyads, dates --------------------------------------------------------------------------


def test_dyads_leave_out_relations_whose_actor_has_no_state(gold_file: Path) -> None:
    def only_request(article_id: str, data: dict[str, Any]) -> None:
        data["relations"] = [r for r in data["relations"] if r["type"] == "REQUEST"]

    report = evaluate(gold_file, extractor=oracle_for(gold_file, only_request))
    rel, dyads = report.overall.relations, report.overall.dyads
    assert (rel.tp, rel.system, rel.gold) == (2, 2, 6)
    assert (dyads.tp, dyads.system, dyads.gold) == (0, 0, 4)


def test_dyads_are_sets_of_state_pairs_per_article(gold_file: Path) -> None:
    def duplicate_support(article_id: str, data: dict[str, Any]) -> None:
        support = next(r for r in data["relations"] if r["type"] == "SUPPORT")
        # The same state dyad again, through the State itself instead of its minister.
        state_of_subject = next(e for e in data["entities"] if e["id"] == support["subject"])[
            "state"
        ]
        data["relations"].append({**support, "id": "extra", "subject": state_of_subject})

    report = evaluate(gold_file, extractor=oracle_for(gold_file, duplicate_support))
    rel, dyads = report.overall.relations, report.overall.dyads
    assert (rel.tp, rel.system, rel.gold) == (6, 8, 6)
    assert (dyads.tp, dyads.system, dyads.gold) == (4, 4, 4)


def test_date_accuracy_over_matched_relations(gold_file: Path) -> None:
    def edit_dates(article_id: str, data: dict[str, Any]) -> None:
        if article_id == "ar-t1":
            data["relations"][0]["date"] = "2025-05"  # gold 2025-05-14: less precise is wrong
            data["relations"][1]["date"] = "2025-05-15"  # gold null: a date where none is given
        else:
            data["relations"] = data["relations"][:1]  # unmatched relations are not counted

    report = evaluate(gold_file, extractor=oracle_for(gold_file, edit_dates))
    dates = report.languages
    assert (dates["ar"].dates.hits, dates["ar"].dates.total) == (1, 3)  # null == null counts
    assert (dates["en"].dates.hits, dates["en"].dates.total) == (1, 1)
    assert report.overall.dates.value == 0.5
    wrong = [i for i in report.articles[1].relation_issues if i.kind == "date"]
    assert [i.note for i in wrong] == [
        "system date 2025-05, gold 2025-05-14",
        "system date 2025-05-15, gold null",
    ]


# --- error analysis -----------------------------------------------------------------------


def test_type_confusion_and_error_lists(gold_file: Path) -> None:
    def mistype(article_id: str, data: dict[str, Any]) -> None:
        if article_id == "ar-t1":
            data["relations"][1]["type"] = "ACCUSE"  # SUPPORT read as ACCUSE
            data["quotes"][1]["speaker"] = "e3"  # Aoun's words given to Macron

    report = evaluate(gold_file, extractor=oracle_for(gold_file, mistype))
    cells = {
        (c.gold and c.gold.value, c.system and c.system.value): c.count
        for c in report.relation_types
    }
    assert cells[("SUPPORT", "ACCUSE")] == 1
    assert cells[("SUPPORT", "SUPPORT")] == 1
    assert ("SUPPORT", None) not in cells and (None, "ACCUSE") not in cells
    ar = next(a for a in report.articles if a.id == "ar-t1")
    notes = {(i.kind, i.note) for i in ar.relation_issues}
    assert ("missed", "system typed it ACCUSE") in notes
    assert ("spurious", "gold types it SUPPORT") in notes
    quote_notes = {(i.kind, i.speaker, i.note) for i in ar.quote_issues}
    assert ("missed", "Joseph Aoun", "span found (100%); system speaker: Emmanuel Macron") in (
        quote_notes
    )
    assert ("spurious", "Emmanuel Macron", "gold speaker: Joseph Aoun") in quote_notes
    text = render_table(report, errors=True, by_article=True)
    assert "SUPPORT" in text and "ACCU" in text and "MISSED" in text and "SPURIOUS" in text


# --- gold reading -------------------------------------------------------------------------


def _broken(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(json.dumps(EN_GOLD))
    for key, value in changes.items():
        record[key] = value
    return record


@pytest.mark.parametrize(
    ("content", "line", "says"),
    [
        ('{"id": "x", "lang": \n', 1, "invalid JSON"),
        ("[1, 2]\n", 1, "expected a JSON object"),
        (json.dumps(_broken(entities=None)), 1, "entities"),
        (
            "\n" + json.dumps({k: v for k, v in EN_GOLD.items() if k != "quotes"}),
            2,
            "missing field 'quotes'",
        ),
        (
            json.dumps(_broken(relations=[{**EN_GOLD["relations"][0], "type": "HUG"}])),
            1,
            "relations[0].type",
        ),
        (
            json.dumps(
                _broken(
                    relations=[{k: v for k, v in EN_GOLD["relations"][0].items() if k != "date"}]
                )
            ),
            1,
            "missing field 'relations[0].date'",
        ),
        (
            json.dumps(_broken(quotes=[{**EN_GOLD["quotes"][0], "speaker": "e42"}])),
            1,
            "quotes[0].speaker points at missing entity 'e42'",
        ),
        (
            json.dumps(_broken(quotes=[{**EN_GOLD["quotes"][0], "text": "not in the text"}])),
            1,
            "quotes[0].text is not a substring",
        ),
        (json.dumps(EN_GOLD) + "\n" + json.dumps(EN_GOLD), 2, "duplicate article id 'en-t1'"),
    ],
)
def test_bad_gold_line_raises_one_line_eval_error(
    tmp_path: Path, content: str, line: int, says: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, "utf-8")
    with pytest.raises(EvalError) as info:
        read_gold(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: ")
    assert says in message
    assert "\n" not in message


def test_empty_or_missing_gold_file_raises_eval_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", "utf-8")
    with pytest.raises(EvalError, match="no gold articles"):
        read_gold(empty)
    with pytest.raises(EvalError, match="no such file"):
        read_gold(tmp_path / "absent.jsonl")


def test_gold_record_becomes_an_article_with_only_its_text_fields(gold_file: Path) -> None:
    g: GoldArticle = read_gold(gold_file)[1]
    article = g.to_article()
    assert (article.id, article.lang, str(article.published)) == ("ar-t1", "ar", "2025-05-15")
    assert article.title == AR_GOLD["title"] and article.text == AR_TEXT
    assert article.source is None and article.url is None
    assert g.line == 2


# --- one-to-one matching ------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.tuples(st.integers(0, 4), st.integers(0, 4)),
        st.sampled_from([0.0, 0.25, 0.5, 1.0]),
        max_size=12,
    )
)
def test_best_matching_has_most_pairs_then_most_weight(pairs: dict[tuple[int, int], float]) -> None:
    found = best_matching(pairs)
    assert len({g for g, _ in found}) == len(found) == len({s for _, s in found})
    assert all(p in pairs for p in found)
    best = (0, 0.0)
    items = list(pairs)
    for k in range(len(items), 0, -1):
        for combo in itertools.combinations(items, k):
            if len({g for g, _ in combo}) == k == len({s for _, s in combo}):
                best = max(best, (k, sum(pairs[p] for p in combo)))
        if best[0]:
            break
    assert len(found) == best[0]
    assert sum(pairs[p] for p in found) == pytest.approx(best[1])


# --- dev set ------------------------------------------------------------------------------


def test_dev_set_gold_as_prediction_scores_one() -> None:
    if not DEV.is_file():
        pytest.skip("../shared/eval/dev.jsonl is not present")
    report = evaluate(DEV, extractor=oracle_for(DEV))
    assert set(report.languages) == {"ar", "en", "all"}
    for figures in report.languages.values():
        assert all_values(figures) == [1.0] * 15
    assert report.overall.quotes.gold == 82 and report.overall.relations.gold == 66


# --- CLI ----------------------------------------------------------------------------------

_ORACLE_PATH: list[Path] = []


def oracle(article: Article) -> Extraction:
    """Module-level extractor for ``kg eval --extractor``: the gold of the current test file."""
    return oracle_for(_ORACLE_PATH[-1])(article)


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:
        """Test app."""

    return app


def test_cli_table_ends_with_headline_block(cli: typer.Typer, gold_file: Path) -> None:
    _ORACLE_PATH.append(gold_file)
    result = CliRunner().invoke(
        cli,
        ["eval", str(gold_file), "--by-article", "--errors", "--extractor", f"{__name__}:oracle"],
    )
    assert result.exit_code == 0, result.output
    tail = result.output.rstrip("\n").split("\n")[-HEADLINE_LINES:]
    assert tail[0].split() == ["headline", "ar", "(1)", "en", "(1)", "all", "(2)"]
    assert tail[1].startswith("quotes P/R/F1")
    assert tail[-1].split() == ["QID", "recall", "all", "1.000", "1.000", "1.000"]
    assert "en-t1" in result.output  # the per-article table


def test_cli_json_is_the_report(cli: typer.Typer, gold_file: Path) -> None:
    _ORACLE_PATH.append(gold_file)
    result = CliRunner().invoke(
        cli, ["eval", str(gold_file), "--format", "json", "--extractor", f"{__name__}:oracle"]
    )
    assert result.exit_code == 0, result.output
    report = EvalReport.model_validate_json(result.output)
    assert report.overall.quotes.f1 == 1.0
    data = json.loads(result.output)
    assert data["languages"]["all"]["relations"]["f1"] == 1.0
    assert render_json(report)


def test_cli_scores_several_gold_files_as_one_set(cli: typer.Typer, tmp_path: Path) -> None:
    _ORACLE_PATH.append(write_gold(tmp_path / "both.jsonl", EN_GOLD, AR_GOLD))
    en = write_gold(tmp_path / "en.jsonl", EN_GOLD)
    ar = write_gold(tmp_path / "ar.jsonl", AR_GOLD)
    result = CliRunner().invoke(
        cli, ["eval", str(en), str(ar), "--format", "markdown", "--extractor", f"{__name__}:oracle"]
    )
    assert result.exit_code == 0, result.output
    assert "| measure | ar (1) | en (1) | all (2) |" in result.output


def test_cli_bad_gold_is_one_line_error(cli: typer.Typer, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', "utf-8")
    result = CliRunner().invoke(cli, ["eval", str(bad)])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert f"{bad}:1: article x: missing field" in result.output


def test_cli_help_documents_the_command(cli: typer.Typer) -> None:
    result = CliRunner().invoke(cli, ["eval", "--help"])
    assert result.exit_code == 0
    for word in ("--by-article", "--errors", "--format", "GUIDELINES.md", "micro"):
        assert word in result.output
