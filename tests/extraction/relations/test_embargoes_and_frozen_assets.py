"""Relation leftovers of session 7 (S7-H25): an embargo on supplying a state sanctions it
(it aids no one), a lifted ban concedes, and a state adjective names whose assets are
frozen, in both languages."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction, RelationType

PUB = date(2025, 3, 14)


def _extract(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, published=PUB, title="", text=text))


def _triples(x: Extraction) -> set[tuple[str, RelationType, str]]:
    label = {e.id: e.label for e in x.entities}
    return {(label[r.subject], r.type, label[r.object]) for r in x.relations}


def _types(x: Extraction) -> set[RelationType]:
    return {r.type for r in x.relations}


def test_arms_embargo_on_exports_to_a_state_sanctions_it_en() -> None:
    x = _extract("The Netherlands announced an arms embargo on exports to Sudan on Monday.", "en")
    assert RelationType.SANCTION in _types(x)
    assert RelationType.AID not in _types(x)


def test_ban_on_arms_exports_to_a_state_sanctions_it_ar() -> None:
    x = _extract("فرضت كندا الاثنين حظرا على تصدير الأسلحة إلى السودان.", "ar")
    assert RelationType.SANCTION in _types(x)
    assert RelationType.AID not in _types(x)


def test_lifted_embargo_on_exports_concedes() -> None:
    x = _extract("Britain lifted an embargo on arms exports to Cyprus last year.", "en")
    assert RelationType.CONCEDE in _types(x)
    assert RelationType.SANCTION not in _types(x)


def test_arms_shipped_despite_a_later_ban_word_stay_aid() -> None:
    x = _extract("Germany shipped arms to Ukraine in the spring despite a court ban.", "en")
    assert RelationType.AID in _types(x)


def test_state_adjective_names_whose_assets_are_frozen_en() -> None:
    x = _extract("Switzerland froze Libyan assets worth millions of francs.", "en")
    assert ("Switzerland", RelationType.SANCTION, "Libya") in _triples(x)


def test_state_adjective_names_whose_assets_are_frozen_ar() -> None:
    x = _extract("جمدت سويسرا أصولا ليبية بملايين الفرنكات.", "ar")
    assert RelationType.SANCTION in _types(x)
    assert any(r.type is RelationType.SANCTION for r in x.relations)
    label = {e.id: e.label for e in x.entities}
    assert any(
        r.type is RelationType.SANCTION and label[r.object] in ("Libya", "ليبيا")
        for r in x.relations
    )


def test_assets_of_named_officials_still_sanction_their_state() -> None:
    x = _extract("Canada froze assets belonging to Venezuelan officials on Friday.", "en")
    assert RelationType.SANCTION in _types(x)


def test_deal_mediated_by_a_third_state_binds_the_parties_en() -> None:
    x = _extract(
        "Armenia and Azerbaijan reached a peace agreement mediated by the United States on Friday.",
        "en",
    )
    triples = _triples(x)
    assert {frozenset((s, o)) for s, t, o in triples if t is RelationType.AGREE} == {
        frozenset(("Armenia", "Azerbaijan"))
    }
    assert ("United States", RelationType.CONSULT, "Armenia") in triples
    assert ("United States", RelationType.CONSULT, "Azerbaijan") in triples


def test_deal_brokered_by_a_third_state_binds_the_parties_en() -> None:
    x = _extract(
        "Russia and Ukraine reached a prisoner exchange deal brokered by the United Arab Emirates.",
        "en",
    )
    agree = {frozenset((s, o)) for s, t, o in _triples(x) if t is RelationType.AGREE}
    assert agree == {frozenset(("Russia", "Ukraine"))}


def test_co_subjects_agreeing_to_deploy_do_not_deploy_against_each_other() -> None:
    x = _extract("Greece and Cyprus agreed on Monday to deploy naval patrols.", "en")
    triples = _triples(x)
    assert not any(t is RelationType.MOBILIZE for _, t, _ in triples)
    assert {frozenset((s, o)) for s, t, o in triples if t is RelationType.AGREE} == {
        frozenset(("Greece", "Cyprus"))
    }


def test_co_subjects_massing_troops_still_face_each_other() -> None:
    x = _extract("China and India massed troops along the border in June.", "en")
    triples = _triples(x)
    assert ("China", RelationType.MOBILIZE, "India") in triples
    assert ("India", RelationType.MOBILIZE, "China") in triples
