"""Relation precision on fresh text (session 8, round 3, helper S8-R3-H5): an act after a
permission given to no one named ("would never let anyone threaten Latvia", "لن تسمح لأي
جهة بتهديد أمن العراق") has no author; clashes said to be verbal or over an issue
("اشتبكتا كلاميا", "have clashed repeatedly over the plant") are a quarrel, not an assault;
two states' rejection of an accord is no pact between them; a refusal of a harmful act on a
state ("رفض قطر لأي اعتداء على السيادة العراقية") does not reject the victim (a named
author's is accused, "ورفض الأردن الاعتداء الإسرائيلي"); an act of an
actor named inside what someone fears ("fear that Iran could retaliate", "تخشى أن تنضم
بيلاروس") or proposes ("proposed that Qatar host talks") is no act told. Near misses keep
what the text tells: a named threat, a real clash, a signed accord, a refusal of a named
author's act, a concern about an act done, an act told after a proposal."""

from __future__ import annotations

import datetime

from kg.extractors import extract
from kg.models import Article


def _rels(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    x = extract(Article(id="t", lang=lang, published=datetime.date(2024, 5, 2), text=text))
    label = {e.id: e.label for e in x.entities}
    return {(label[r.subject], r.type.value, label[r.object]) for r in x.relations}


def test_an_act_after_letting_anyone_has_no_author() -> None:
    assert (
        _rels("Prime Minister Justin Trudeau said Canada would never let anyone threaten Latvia.")
        == set()
    )
    ar = "وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تسمح لأي جهة بتهديد أمن العراق."
    assert _rels(ar, "ar") == set()


def test_a_threat_with_its_author_named_is_kept() -> None:
    assert ("Türkiye", "THREATEN", "Sweden") in _rels(
        "Turkey threatened Sweden on Tuesday with blocking its NATO membership bid."
    )
    ar = "وهددت تركيا السويد يوم الثلاثاء بعرقلة انضمامها إلى حلف الناتو."
    assert ("Türkiye", "THREATEN", "Sweden") in _rels(ar, "ar")


def test_verbal_clashes_are_no_assault() -> None:
    assert _rels("واشتبكت مصر وإثيوبيا كلاميا حول ملء السد يوم الثلاثاء.", "ar") == set()
    en = "Moscow and Kyiv have clashed repeatedly over the fate of the Zaporizhzhia plant."
    assert _rels(en) == set()


def test_armed_clashes_are_still_an_assault() -> None:
    en = "Indian and Chinese troops clashed fiercely over the weekend in the Galwan valley."
    assert {t for _, t, _ in _rels(en)} == {"ASSAULT"}


def test_a_joint_rejection_of_an_accord_is_no_pact_between_the_two() -> None:
    assert _rels("Iran and Syria announced their rejection of the accord on Wednesday.") == set()


def test_a_signed_accord_is_still_a_pact() -> None:
    en = "Libya and Turkey signed a maritime boundary agreement in November 2019."
    assert {t for _, t, _ in _rels(en)} == {"AGREE"}


def test_refusing_a_harmful_act_on_a_state_does_not_reject_the_victim() -> None:
    ar = "وأكد الشيخ تميم بن حمد آل ثاني رفض قطر لأي اعتداء على السيادة العراقية."
    assert _rels(ar, "ar") == set()
    assert _rels("وأبدت مصر والسعودية رفضهما لأي عدوان على الأراضي الليبية.", "ar") == set()


def test_refusing_an_act_whose_author_is_named_still_aims_at_the_author() -> None:
    ar = "رفضت مصر الاعتداء التركي على السيادة العراقية."
    assert ("Egypt", "ACCUSE", "Türkiye") in _rels(ar, "ar")
    assert ("India", "REJECT", "Pakistan") in _rels(
        "ورفضت الهند عرض باكستان لإجراء محادثات حول كشمير.", "ar"
    )


def test_an_act_inside_what_someone_fears_is_not_told() -> None:
    assert _rels("Analysts fear that Iran could retaliate against Israel within days.") == set()
    assert (
        _rels("Seoul is concerned that North Korea may fire more missiles toward Japan.") == set()
    )
    assert _rels("وأعربت مصر عن قلقها من أن تشن إسرائيل هجوما على رفح.", "ar") == set()


def test_a_concern_about_an_act_done_and_a_later_clause_are_kept() -> None:
    rels = _rels("وأعربت مصر عن قلقها من الهجوم الإسرائيلي على رفح.", "ar")
    assert ("Egypt", "ACCUSE", "Israel") in rels
    en = "Israel feared that Hezbollah would strike, and Israel bombed Lebanon on Monday."
    assert ("Israel", "ASSAULT", "Lebanon") in _rels(en)


def test_an_act_inside_a_proposal_is_not_told_as_done() -> None:
    en = "Washington proposed that Qatar host a new round of talks between Israel and Hamas."
    assert _rels(en) == set()
    assert _rels("واقترحت مصر أن تسحب إسرائيل قواتها من محور فيلادلفيا.", "ar") == set()


def test_a_proposal_then_an_act_told_keeps_the_act() -> None:
    en = "Egypt proposed a truce, and Qatar hosted talks between Israel and Hamas."
    assert ("Qatar", "CONSULT", "Israel") in _rels(en)


def test_a_deal_that_is_only_the_topic_of_a_quarrel_is_no_pact() -> None:
    en = "Ethiopia and Somalia clashed sharply over the port deal at the African Union."
    assert _rels(en) == set()
    assert _rels("واشتبكت الصومال وإثيوبيا لفظيا حول اتفاق الميناء.", "ar") == set()


def test_a_deal_reached_over_the_weekend_is_still_a_pact() -> None:
    assert {t for _, t, _ in _rels("Israel and Hamas reached a deal over the weekend.")} == {
        "AGREE"
    }


def test_refusing_a_named_authors_aggression_accuses_the_author() -> None:
    rels = _rels("ورفض الأردن الاعتداء الإسرائيلي على الأراضي السورية.", "ar")
    assert ("Jordan", "ACCUSE", "Israel") in rels
    assert ("Israel", "REJECT", "Syria") not in rels  # the author refuses nothing


def test_refusing_ones_own_act_is_still_a_rejection() -> None:
    ar = "ورفضت هولندا منح تأشيرة لوزير الخارجية الإيراني جواد ظريف."
    assert {(s, t) for s, t, _ in _rels(ar, "ar")} == {("Netherlands", "REJECT")}
