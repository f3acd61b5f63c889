"""The learnt stance model (kg.extractors.stance): a speaker's statement about an actor that
the coder linked to nothing becomes a relation from the speaker to that actor, of the type
the model finds most probable (ACCUSE, SUPPORT, REQUEST, THREATEN, REJECT).

Fresh news-style sentences about other events than any gold set's.  Most tests pass
weights of their own, so they test the mechanism rather than the fitted numbers."""

from __future__ import annotations

from datetime import date

import pytest

from kg.evaluation.sets import off_limits_for_training
from kg.extractors import extract
from kg.extractors import stance as stance_mod
from kg.extractors.pipeline import prepare
from kg.extractors.stance import (
    CLASSES,
    StanceRel,
    best_class,
    candidates,
    load_weights,
    main,
    roles_of_linking,
    stance_enabled,
    stance_relations,
)
from kg.models import Article, Modality, RelationType

# the coder reads the strikes (Israel ASSAULT Syria) but not what the minister does to Israel
EN_AGGRESSION = (
    "Turkish Foreign Minister Hakan Fidan said on Monday that Israel's strikes on Syria "
    "were a reckless act of aggression that violates international law."
)
AR_AGGRESSION = (
    "وقال وزير الخارجية التركي هاكان فيدان إن الضربات الإسرائيلية على سوريا "
    "عدوان سافر وانتهاك صارخ للقانون الدولي."
)
FIRST_ACTOR_EVALUATED = {
    "ACCUSE|bias": -6.0,
    "ACCUSE|o_first_actor": 4.0,
    "ACCUSE|eval=neg": 4.0,
    "@threshold": 0.5,
    "@enabled": 1.0,
}
"""Weights under which a statement that evaluates its first actor badly accuses it."""


def _article(text: str, lang: str) -> Article:
    return Article(id="t", lang=lang, published=date(2025, 3, 3), title="", text=text)


def _stance(text: str, lang: str, weights: dict[str, float]) -> list[StanceRel]:
    doc, linking, stmts, rels = prepare(_article(text, lang))
    return stance_relations(doc, stmts, rels, linking, weights=weights)


def test_shipped_weights_load_with_their_settings() -> None:
    w = load_weights()
    assert 0.0 < w["@threshold"] < 1.0 and "@enabled" in w
    assert {k.split("|")[0] for k in w if not k.startswith("@")} <= {c.value for c in CLASSES}


def test_environment_switches_the_stance_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STANCE", "1")
    assert stance_enabled()
    monkeypatch.setenv("KG_STANCE", "0")
    assert not stance_enabled()


@pytest.mark.parametrize(("text", "lang"), [(EN_AGGRESSION, "en"), (AR_AGGRESSION, "ar")])
def test_a_statement_calling_an_actors_act_aggression_accuses_that_actor(
    text: str, lang: str
) -> None:
    got = _stance(text, lang, FIRST_ACTOR_EVALUATED)
    assert [(r.subject, r.type, r.object) for r in got] == [
        ("Person:hakan fidan", RelationType.ACCUSE, "Q801")
    ]
    r = got[0]
    assert isinstance(r, StanceRel) and 0.5 < r.confidence < 1.0
    assert r.modality is Modality.ASSERTED
    assert r.ev_start <= text.index("Israel" if lang == "en" else "الإسرائيلية") < r.ev_end


@pytest.mark.parametrize(("text", "lang"), [(EN_AGGRESSION, "en"), (AR_AGGRESSION, "ar")])
def test_the_speakers_own_state_is_no_candidate(text: str, lang: str) -> None:
    doc, linking, stmts, rels = prepare(_article(text, lang))
    pairs = {(c.subject, c.object) for c in candidates(doc, stmts, rels, roles_of_linking(linking))}
    assert ("Person:hakan fidan", "Q43") not in pairs  # Turkey: the minister's own state
    assert ("Person:hakan fidan", "Q801") in pairs


def test_a_pair_the_coder_linked_is_left_to_the_coder() -> None:
    text = "Egypt's foreign ministry said on Sunday that it condemned Ethiopia's dam filling."
    doc, linking, stmts, rels = prepare(_article(text, "en"))
    assert any(r.object == "Q115" for r in rels)  # the coder's ACCUSE
    assert not _stance(text, "en", {"ACCUSE|bias": 9.0, "@threshold": 0.5})
    every = candidates(doc, stmts, rels, roles_of_linking(linking), every=True)
    assert any(c.object == "Q115" for c in every)  # still a training row


def test_the_most_probable_class_is_emitted() -> None:
    feats = ["bias", "cue_hit=REQUEST"]
    weights = {"REQUEST|cue_hit=REQUEST": 3.0, "ACCUSE|bias": 1.0, "SUPPORT|bias": -2.0}
    assert best_class(feats, weights)[0] is RelationType.REQUEST


def test_a_content_opening_with_a_negation_is_negated() -> None:
    text = (
        "Kenya's foreign minister said on Tuesday that never again would Somalia be "
        "allowed to move troops across the border unchecked."
    )
    got = _stance(text, "en", {"THREATEN|bias": 9.0, "@threshold": 0.5})
    assert got and all(r.modality is Modality.NEGATED for r in got)


def test_the_pipeline_adds_the_models_relations_uncalibrated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stance_mod, "load_weights", lambda: FIRST_ACTOR_EVALUATED)
    monkeypatch.setenv("KG_STANCE", "1")
    x = extract(_article(EN_AGGRESSION, "en"))
    label = {e.id: e.label for e in x.entities}
    got = [(label[r.subject], r.type, label[r.object], r.confidence) for r in x.relations]
    assert ("Hakan Fidan", RelationType.ACCUSE, "Israel", 0.881) in got
    monkeypatch.setenv("KG_STANCE", "0")
    x = extract(_article(EN_AGGRESSION, "en"))
    assert all(r.type is not RelationType.ACCUSE for r in x.relations)


def test_training_refuses_dev_and_unseen_sets() -> None:
    assert off_limits_for_training("examples/blind15/gold.jsonl")
    assert main(["--train", "examples/blind15/gold.jsonl"]) == 2
