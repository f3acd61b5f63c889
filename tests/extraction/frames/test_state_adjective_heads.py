"""Head nouns of ``lexicons/heads.tsv`` added by S7-H21: people, places and things named by
a state adjective ("Eritrean migrants", "معتقل فرنسي", "مصفاة روسية", "مسيرة أوكرانية")
make that state an actor, as subject or as patient.  Guards: a state adjective on a noun
that is not a head ("Ukrainian wheat", "a Chinese restaurant") names no actor."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction


def _run(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, published=date(2024, 6, 3), text=text))


def _rels(x: Extraction) -> set[tuple[str, str, str]]:
    return {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label) for r in x.relations
    }


def _states(x: Extraction) -> set[str]:
    return {x.entity(r.subject).label for r in x.relations} | {
        x.entity(r.object).label for r in x.relations
    }


# --- English


def test_migrants_named_by_their_state_are_the_patient_of_an_arrest() -> None:
    x = _run("Greek police arrested Pakistani migrants near the Evros border on Sunday.", "en")
    assert ("Greek Police", "COERCE", "Pakistan") in _rels(x)


def test_a_released_detainee_names_his_state() -> None:
    x = _run("Iran released a French detainee on Friday after months of talks.", "en")
    assert ("Iran", "CONCEDE", "France") in _rels(x)


def test_hackers_named_by_their_state_are_the_patient_of_sanctions() -> None:
    x = _run("Beijing sanctioned Taiwanese hackers it accused of cyberattacks.", "en")
    assert ("China", "SANCTION", "Taiwan") in _rels(x)


def test_english_guards_goods_and_shops_name_no_actor() -> None:
    x = _run("Ukrainian wheat arrived in the port of Alexandria on Monday.", "en")
    assert "Ukraine" not in _states(x)
    x = _run("A Chinese restaurant opened in central Berlin last week.", "en")
    assert "China" not in _states(x)


# --- Arabic


def test_an_arabic_detainee_named_by_his_state_is_released() -> None:
    x = _run("أفرجت إيران عن معتقل فرنسي بعد وساطة عمانية.", "ar")
    assert ("Iran", "CONCEDE", "France") in _rels(x)


def test_arabic_migrants_named_by_their_state_are_arrested() -> None:
    x = _run("اعتقلت الشرطة الليبية مهاجرين سودانيين قرب الحدود.", "ar")
    assert ("Libyan Police", "COERCE", "Sudan") in _rels(x)


def test_arabic_pilots_in_the_dual_or_plural_name_their_state() -> None:
    x = _run("اعتقلت تركيا طيارين سوريين بعد هبوط طائرتهم.", "ar")
    assert ("Türkiye", "COERCE", "Syria") in _rels(x)


def test_a_feminine_aid_worker_names_her_state_as_patient() -> None:
    x = _run("قتلت القوات الإسرائيلية عاملة إغاثة أسترالية في غزة.", "ar")
    assert ("Israeli Armed Forces", "ASSAULT", "Australia") in _rels(x)


def test_a_drone_and_a_refinery_named_by_their_states_make_both_actors() -> None:
    x = _run("استهدفت مسيرة أوكرانية مصفاة روسية قرب البحر الأسود.", "ar")
    assert ("Ukraine", "ASSAULT", "Russia") in _rels(x)


def test_a_facility_named_by_its_state_is_the_patient_of_a_strike() -> None:
    x = _run("قصفت طائرات روسية منشأة طبية سورية في إدلب.", "ar")
    assert ("Russia", "ASSAULT", "Syria") in _rels(x)


def test_arabic_guards_goods_shops_and_a_march_name_no_actor() -> None:
    x = _run("وصل القمح الأوكراني إلى ميناء الإسكندرية.", "ar")
    assert "Ukraine" not in _states(x)
    x = _run("افتتح مطعم صيني في وسط القاهرة.", "ar")
    assert "China" not in _states(x)


# --- Arabic "ل + state" owning forces: PRESENCE in the state after "في"


def test_a_state_after_li_owns_the_troops_stationed_in_another() -> None:
    x = _run("ولتركيا نحو ثلاثة آلاف جندي في قطر منذ سنوات.", "ar")
    assert ("Türkiye", "PRESENCE", "Qatar") in _rels(x)


def test_a_state_after_li_in_reported_speech_owns_a_base() -> None:
    x = _run("وقال المسؤول إن لروسيا قاعدة بحرية في سوريا.", "ar")
    assert ("Russia", "PRESENCE", "Syria") in _rels(x)


def test_li_owner_guards_an_embassy_or_a_market_share_is_no_presence() -> None:
    x = _run("لفرنسا سفارة في الجزائر العاصمة.", "ar")
    assert "PRESENCE" not in {r.type.value for r in x.relations}
    x = _run("وقالت الوزيرة إن للصين حصة كبيرة في السوق الأفريقية.", "ar")
    assert "PRESENCE" not in {r.type.value for r in x.relations}
