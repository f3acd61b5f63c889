"""The learned back-off for frame failures (kg.extractors.backoff): where the relation coder
coded nothing, a logistic model over (trigger, subject, object) candidates adds an act.

Fresh news-style sentences about other events than any gold set's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluation.sets import off_limits_for_training
from kg.extractors import extract
from kg.extractors.backoff import (
    BackoffRel,
    backoff_enabled,
    backoff_relations,
    candidates,
    collect,
    fit,
    load_weights,
    main,
    pair_choice,
    probability,
)
from kg.extractors.doc import Doc
from kg.extractors.pipeline import prepare
from kg.extractors.quotes import Stmt
from kg.extractors.relations import Rel
from kg.models import Article, Extraction

# a trigger and two states, but no frame of the coder reads them (a dangling opener)
FRAME_FAILURE = (
    "Peru, after weeks of silence, and with its envoy recalled, sanctions against "
    "Bolivia took effect on Monday."
)
CODED = "Egypt condemned Israel on Monday."
ALWAYS = {"bias": 5.0}
"""Weights under which every candidate is sure: the back-off fires wherever it may."""


def _prepared(text: str, lang: str = "en") -> tuple[Doc, list[Rel], list[Stmt]]:
    doc, _, stmts, rels = prepare(Article(id="t", lang=lang, text=text))
    return doc, list(rels), list(stmts)


def test_weights_file_loads_with_its_settings() -> None:
    w = load_weights()
    assert "@threshold" in w and 0.0 < w["@threshold"] < 1.0
    assert "@enabled" in w
    assert "bias" in w
    assert sum(1 for k in w if not k.startswith("@")) > 20


def test_environment_switches_the_back_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_BACKOFF", "1")
    assert backoff_enabled()
    monkeypatch.setenv("KG_BACKOFF", "0")
    assert not backoff_enabled()


def test_learned_model_ranks_the_frame_failures_actors_first() -> None:
    doc, rels, stmts = _prepared(FRAME_FAILURE)
    assert rels == []  # the coder coded nothing here
    got = backoff_relations(doc, rels, stmts, threshold=0.1)
    assert got, "the shipped model scores no candidate of a clear frame failure"
    best = max(got, key=lambda r: r.confidence)
    assert (best.subject, best.type.value, best.object) == ("Q419", "SANCTION", "Q750")


def test_fires_on_a_frame_failure_with_one_relation_per_trigger() -> None:
    doc, rels, stmts = _prepared(
        "Kenya, whose troops have patrolled the border for a decade, an attack on "
        "Somalia's militants was reported on Friday."
    )
    got = backoff_relations(doc, rels, stmts, weights=ALWAYS)
    assert len(got) == 1
    assert isinstance(got[0], BackoffRel)
    assert got[0].type.value == "ASSAULT"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", CODED),
        ("en", "Talks between Chile and Argentina over the glacier border resumed on Tuesday."),
        ("ar", "بحث وزير الخارجية الكويتي مع نظيره العماني التعاون الاقتصادي في مسقط."),
    ],
)
def test_never_fires_where_the_coder_coded(lang: str, text: str) -> None:
    doc, rels, stmts = _prepared(text, lang)
    assert rels, "the coder should code this sentence"
    got = backoff_relations(doc, rels, stmts, weights=ALWAYS)
    for b in got:
        assert not any(r.ev_start < b.trig_end and r.ev_end > b.trig_start for r in rels)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Egypt condemned Israel on Monday. Israel, in a statement that Cairo called "
            "reckless, the condemnation of Egypt's foreign ministry was rejected, and a fresh "
            "condemnation by Egypt of Israel followed on Tuesday.",
        ),
        (
            "ar",
            "أدانت مصر إسرائيل الاثنين. وفي إدانة جديدة، مصر وإسرائيل بعد أسابيع من "
            "الصمت، إدانة أخرى صدرت الثلاثاء.",
        ),
    ],
)
def test_never_repeats_an_act_the_article_already_has(lang: str, text: str) -> None:
    doc, rels, stmts = _prepared(text, lang)
    got = backoff_relations(doc, rels, stmts, weights=ALWAYS)

    def triple(r: Rel) -> tuple[str, str, str]:
        a, b = r.subject, r.object
        if r.type.symmetric and b < a:
            a, b = b, a
        return a, r.type.value, b

    triples = [triple(r) for r in [*rels, *got]]
    assert len(triples) == len(set(triples))


def test_spans_lie_inside_the_text_and_evidence_holds_the_trigger() -> None:
    text = (
        "NAIROBI, March 3 (Reuters) - Kenya, whose troops have patrolled the border for a "
        "decade, an attack on Somalia's militants was reported on Friday.\n\n" + FRAME_FAILURE
    )
    doc, rels, stmts = _prepared(text)
    got = backoff_relations(doc, rels, stmts, weights=ALWAYS)
    assert got
    norm = doc.text
    for r in got:
        assert 0 <= r.ev_start <= r.trig_start < r.trig_end <= r.ev_end <= len(norm)
        assert norm[r.ev_start : r.ev_end].strip()
        assert 0.0 <= r.confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "x",
        "،،، «» ... \u200f\u200e",
        "Egypt Israel Qatar Iran attack talks sanctions " * 200,
        "Peru sanctions Bolivia " + "ﷺ" * 50,
        FRAME_FAILURE + "\n\n" + "مصر تدين إسرائيل وتطالب قطر " * 30,
    ],
)
def test_extract_with_back_off_never_raises(text: str) -> None:
    x = extract(Article(id="odd", text=text), backoff=True)
    assert isinstance(x, Extraction)
    for r in x.relations:
        assert x.article.text[r.evidence_start : r.evidence_end] == r.evidence


def test_extract_with_back_off_keeps_the_coders_relations() -> None:
    art = Article(id="k", lang="en", text=CODED + " " + FRAME_FAILURE)
    off = extract(art, backoff=False)
    on = extract(art, backoff=True)
    key = [(r.subject, r.type, r.object, r.evidence) for r in off.relations]
    assert [(r.subject, r.type, r.object, r.evidence) for r in on.relations][: len(key)] == key


def test_candidates_pair_distinct_actors_of_the_trigger_sentence() -> None:
    doc, rels, stmts = _prepared(FRAME_FAILURE)
    cands = candidates(doc, rels, stmts)
    assert cands
    for c in cands:
        assert c.subject.key != c.object.key
        assert "bias" in c.feats


def test_every_trigger_candidates_include_the_coded_triggers() -> None:
    doc, rels, stmts = _prepared(CODED + " " + FRAME_FAILURE)
    assert rels, "the coder codes the first sentence"
    uncoded = {c.hit.first for c in candidates(doc, rels, stmts)}
    every = {c.hit.first for c in candidates(doc, rels, stmts, every_trigger=True)}
    assert uncoded < every  # the coded trigger is a training example too
    assert all(doc.word(t).lower().startswith("condemn") for t in every - uncoded)


def test_every_trigger_training_labels_the_coded_act_positive(tmp_path: Path) -> None:
    path = tmp_path / "toyC" / "gold.jsonl"
    _gold(path, "toy-c", CODED + " " + FRAME_FAILURE, "Egypt", "ACCUSE", "Israel")
    (plain,) = collect(path, "toyC")
    (every,) = collect(path, "toyC", every_trigger=True)
    # the gold act is the coder's: nothing is left to learn from the uncoded triggers
    assert sum(y for _, y in plain.train) == 0
    # with every trigger, the coder's act teaches which pair is the act
    assert sum(y for _, y in every.train) >= 1
    assert len(every.train) > len(plain.train)
    # what the back-off is scored on in cross-validation does not change
    assert [c.hit.first for c in every.cands] == [c.hit.first for c in plain.cands]


def test_fit_separates_a_toy_problem() -> None:
    rows = [(["bias", "good"], 1)] * 30 + [(["bias", "bad"], 0)] * 30
    w = fit(rows, epochs=10)
    assert probability(["bias", "good"], w) > 0.8
    assert probability(["bias", "bad"], w) < 0.2


def _gold(path: Path, aid: str, text: str, subj: str, typ: str, obj: str) -> None:
    ents = [
        {"id": "e1", "type": "State", "name_en": subj},
        {"id": "e2", "type": "State", "name_en": obj},
    ]
    rec = {
        "id": aid,
        "lang": "en",
        "published": "2024-05-02",
        "text": text,
        "entities": ents,
        "quotes": [],
        "relations": [
            {
                "subject": "e1",
                "type": typ,
                "object": "e2",
                "date": None,
                "evidence": text.split(".")[0],
            }
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")


def test_training_and_cross_validation_run_on_a_tiny_gold_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "toyA" / "gold.jsonl"
    b = tmp_path / "toyB" / "gold.jsonl"
    _gold(a, "toy-a", FRAME_FAILURE, "Peru", "SANCTION", "Bolivia")
    _gold(
        b,
        "toy-b",
        "Kenya, whose troops have patrolled the border for a decade, an attack on "
        "Somalia's militants was reported on Friday.",
        "Kenya",
        "ASSAULT",
        "Somalia",
    )
    assert main(["--train", str(a), str(b), "--cv"]) == 0
    out = capsys.readouterr().out
    assert "2 articles" in out
    assert main(["--train", str(a), str(b), "--cv", "--every-trigger"]) == 0
    assert "2 articles" in capsys.readouterr().out
    assert "| threshold |" in out and "chosen threshold" in out
    assert "pair choice held out: the top pair right for" in out


def test_pair_choice_counts_the_right_and_the_reversed_pair(tmp_path: Path) -> None:
    path = tmp_path / "toyP" / "gold.jsonl"
    _gold(path, "toy-p", FRAME_FAILURE, "Peru", "SANCTION", "Bolivia")
    (art,) = collect(path, "toyP")
    assert sum(art.labels) >= 1  # Peru -> Bolivia, the frame failure's act
    # the pair of each trigger is chosen whatever its probability: only the ranking counts
    right, rev, share, other = pair_choice([art], {"bias": -9.0, "order=so": 1.0})
    assert right >= 1 and (rev, share, other) == (0, 0, 0)
    assert pair_choice([art], {"bias": -9.0, "order=os": 1.0}) == (0, right, 0, 0)


def test_training_refuses_dev_and_unseen_sets() -> None:
    assert main(["--train", "examples/blind15/gold.jsonl"]) == 2
    assert main(["--train", "../shared/eval/dev.jsonl"]) == 2


def test_only_dev_and_the_unseen_pool_are_off_limits() -> None:
    assert off_limits_for_training("examples/blind17/gold.jsonl")
    assert off_limits_for_training("/work/shared/eval/dev.jsonl")
    assert not off_limits_for_training("examples/blind7/gold.jsonl")
    assert not off_limits_for_training("examples/blind1x/gold.jsonl")
    assert not off_limits_for_training("examples/gold.jsonl")


@pytest.mark.parametrize(
    ("lang", "text", "members"),
    [
        (
            "en",
            "The African Union named a panel, which involved Kenya, Ethiopia and Nigeria, "
            "to hold talks with Sudan on a ceasefire.",
            {"Q114", "Q115", "Q1033"},
        ),
        (
            "ar",
            "وشكلت القمة لجنة وزارية تضم المغرب وتونس والجزائر لإجراء مباحثات مع ليبيا.",
            {"Q1028", "Q948", "Q262"},
        ),
    ],
)
def test_members_of_a_described_body_are_never_a_candidates_actor(
    lang: str, text: str, members: set[str]
) -> None:
    doc, rels, stmts = _prepared(text, lang)
    assert doc.member_tokens, "the coder should mark the listed members"
    assert members <= {m.key for m in doc.mentions}
    for c in candidates(doc, rels, stmts):
        assert c.subject.key not in members and c.object.key not in members


def test_back_off_never_codes_a_trigger_the_coders_filters_dropped() -> None:
    # the coder drops aid that a blocking verb governs before any frame is tried
    # (S13-RELAR); the back-off, sure of every pair, must not code it either
    doc, rels, stmts = _prepared(
        "ومنعت الحكومة المجرية وصول المساعدات الأوروبية إلى أوكرانيا.", "ar"
    )
    assert not [r for r in rels if r.type.value == "AID"]
    rejected = doc.lexicon_hits.get("rejected", [])
    assert any(t.value == "AID" for _, t in rejected)
    got = backoff_relations(doc, rels, stmts, weights=ALWAYS, threshold=0.5)
    assert not [r for r in got if r.type.value == "AID"]


def test_back_off_never_codes_a_trigger_a_guard_of_the_agent_search_declined() -> None:
    # "متهمة إياها بمساعدة X": the companies sanctioned are accused of aiding X, so the
    # ministry accuses no state; the guard ends the frame while it seeks the agent
    doc, rels, stmts = _prepared(
        "وفرضت وزارة الخزانة البريطانية عقوبات على خمس شركات شحن، "
        "متهمة إياها بمساعدة فنزويلا على تصدير النفط.",
        "ar",
    )
    assert any(t.value == "ACCUSE" for _, t in doc.lexicon_hits.get("rejected", []))
    got = backoff_relations(doc, rels, stmts, weights=ALWAYS, threshold=0.5)
    assert not [r for r in got if r.type.value == "ACCUSE"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ar", "ورحبت اليابان بالعقوبات الجديدة على ميانمار.", "Q17"),
        ("en", "Japan welcomed the new sanctions on Myanmar.", "Q17"),
    ],
)
def test_a_speaker_judged_no_agent_of_an_act_in_its_statement_is_never_its_subject(
    lang: str, text: str, speaker: str
) -> None:
    # who welcomes sanctions imposes none: the frame finds no agent inside the statement,
    # and the back-off may not take the speaker for one
    doc, rels, stmts = _prepared(text, lang)
    got = backoff_relations(doc, rels, stmts, weights=ALWAYS, threshold=0.5)
    assert not [r for r in got if r.type.value == "SANCTION" and r.subject == speaker]


def test_back_off_never_codes_a_trigger_whose_emission_coded_nothing() -> None:
    # the frame reached its emission with a news agency as agent and emitted nothing:
    # the last checks judged it, so the back-off may not code the request either
    doc, rels, stmts = _prepared(
        "LIMA (AFP) - It called on Santiago on Monday to recall its envoy from the border talks."
    )
    assert not [r for r in rels if r.type.value == "REQUEST"]
    got = backoff_relations(doc, rels, stmts, weights=ALWAYS, threshold=0.5)
    assert not [r for r in got if r.type.value == "REQUEST"]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Chile opposes the presence of foreign troops in Bolivia.", "PRESENCE"),
        ("ar", "وجددت الأرجنتين رفضها لأي وجود عسكري بريطاني في جزر فوكلاند.", "PRESENCE"),
    ],
)
def test_the_act_a_stance_is_about_is_no_back_off_act(lang: str, text: str, kind: str) -> None:
    doc, rels, stmts = _prepared(text, lang)
    got = backoff_relations(doc, rels, stmts, weights=ALWAYS, threshold=0.5)
    assert not [r for r in got if r.type.value == kind]
