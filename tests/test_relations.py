"""Relations between actors: lexicon triggers, frames, modality, dates, places."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.extractors.lexicon import Matcher, expand_ar, expand_en
from kg.extractors.relations import relation_matcher
from kg.extractors.text import fold, tokenize
from kg.models import Article, EntityType, Extraction, Modality, RelationType


def run(text: str, lang: str, published: date | None = date(2025, 6, 12)) -> Extraction:
    return extract(Article(id="t", lang=lang, text=text, published=published))


def triples(x: Extraction) -> set[tuple[str, str, str]]:
    return {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label) for r in x.relations
    }


def rel(x: Extraction, rtype: RelationType) -> list[tuple[str, str]]:
    return [
        (x.entity(r.subject).label, x.entity(r.object).label)
        for r in x.relations
        if r.type == rtype
    ]


# ----------------------------------------------------------------------------- lexicon


def test_arabic_morphology_generates_verb_and_noun_forms() -> None:
    perfect = {f for f, _ in expand_ar("v:أدان")}
    imperfect = {f for f, _ in expand_ar("i:يدين")}
    noun = {f for f, _ in expand_ar("n:إدانة")}
    assert {fold("أدانت"), fold("أدانوا"), fold("أدانه")} <= perfect
    assert {fold("تدين"), fold("ندين"), fold("يدينون")} <= imperfect
    assert {fold("إدانة"), fold("إدانته"), fold("إداناتها")} <= noun


def test_english_inflection_of_verb_lemmas() -> None:
    forms = {f for f, _ in expand_en("v:accuse")}
    assert {"accuse", "accuses", "accused", "accusing"} <= forms
    assert {"denies", "denied"} <= {f for f, _ in expand_en("v:deny")}


def test_matcher_strips_arabic_proclitics_by_word_class() -> None:
    m: Matcher[str] = Matcher("ar")
    m.add("i:يلتقي", "meet")
    m.add("n:إدانة", "condemnation")
    toks = tokenize(fold("وسيلتقي الوزير وبالإدانة الشديدة"))
    hits = [(toks[h.first].text, h.entry, h.prefix) for h in m.find(toks)]
    assert hits == [("وسيلتقي", "meet", "وس"), (fold("وبالإدانة"), "condemnation", "وبال")]


def test_multiword_trigger_with_a_gap() -> None:
    m: Matcher[str] = Matcher("ar")
    m.add("v:عبر * عن", "express")
    toks = tokenize(fold("عبر فيها عن دعمه"))
    (h,) = m.find(toks)
    assert (h.first, h.last) == (0, 2)


def test_lexicon_files_load_for_both_languages() -> None:
    assert len(relation_matcher("ar")) > 1000
    assert len(relation_matcher("en")) > 300


# ----------------------------------------------------------------------------- frames


def test_arabic_phone_call_between_two_leaders_is_one_symmetric_consult() -> None:
    x = run("وجرت مكالمة هاتفية بين بوتين وأردوغان تناولت الملف السوري.", "ar")
    consults = rel(x, RelationType.CONSULT)
    assert len(consults) == 1
    assert set(consults[0]) == {"Vladimir Putin", "Recep Tayyip Erdoğan"}


def test_letter_from_one_leader_to_another() -> None:
    x = run("بعث الرئيس الروسي فلاديمير بوتين رسالة إلى الرئيس التركي رجب طيب أردوغان.", "ar")
    assert ("Vladimir Putin", "CONSULT", "Recep Tayyip Erdoğan") in triples(x)


def test_english_meeting_between_x_and_y() -> None:
    x = run("The meeting between Emmanuel Macron and Vladimir Putin lasted three hours.", "en")
    assert {frozenset(p) for p in rel(x, RelationType.CONSULT)} == {
        frozenset({"Emmanuel Macron", "Vladimir Putin"})
    }


def test_arabic_verb_subject_object_with_morphology() -> None:
    for verb in ("أدانت", "تدين"):
        x = run(f"{verb} مصر الغارات الإسرائيلية على لبنان.", "ar")
        assert ("Egypt", "ACCUSE", "Israel") in triples(x), verb


def test_verbal_noun_with_genitive_agent_and_prepositional_patient() -> None:
    x = run("وأكد البيان دعم القاهرة لسيادة ليبيا ووحدة أراضيها.", "ar")
    assert ("Egypt", "SUPPORT", "Libya") in triples(x)


def test_speech_act_relation_takes_the_speaker_as_subject() -> None:
    x = run("وأكد الرئيس المصري عبد الفتاح السيسي دعمه لوحدة سوريا.", "ar")
    assert ("Abdel Fattah el-Sisi", "SUPPORT", "Syria") in triples(x)


def test_english_condemnation_and_several_relations_in_one_sentence() -> None:
    x = run(
        "Egypt condemned Israel and urged the United States to intervene.",
        "en",
    )
    found = triples(x)
    assert ("Egypt", "ACCUSE", "Israel") in found
    assert ("Egypt", "REQUEST", "United States") in found


def test_flight_to_a_capital_makes_a_place() -> None:
    x = run("وكان بشار الأسد قد فر إلى موسكو في ديسمبر من العام الماضي.", "ar")
    (r,) = [r for r in x.relations if r.type == RelationType.FLEE]
    place = x.entity(r.object)
    assert place.type == EntityType.PLACE
    assert place.label == "Moscow"
    assert place.state is not None and x.entity(place.state).label == "Russia"
    assert r.date == "2024-12"
    assert r.modality == Modality.ASSERTED


def test_capital_as_subject_stands_for_the_state() -> None:
    x = run("Moscow condemned the sanctions imposed by Washington.", "en")
    assert ("United States", "SANCTION", "Russia") not in triples(x)
    subjects = {x.entity(r.subject).type for r in x.relations}
    assert EntityType.PLACE not in subjects


@pytest.mark.parametrize(
    ("text", "lang", "modality"),
    [
        ("Russia will send humanitarian aid to Syria.", "en", Modality.INTENDED),
        (
            "وسيلتقي الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان.",
            "ar",
            Modality.INTENDED,
        ),
        ("Turkey did not condemn Russia.", "en", Modality.NEGATED),
        ("لم تدين مصر إسرائيل.", "ar", Modality.NEGATED),
        ("Iran could attack Israel if the strikes continue.", "en", Modality.HYPOTHETICAL),
        ("قد تهاجم إيران إسرائيل.", "ar", Modality.HYPOTHETICAL),
        ("Egypt condemned Israel.", "en", Modality.ASSERTED),
    ],
)
def test_modality(text: str, lang: str, modality: Modality) -> None:
    x = run(text, lang)
    assert x.relations, text
    assert x.relations[0].modality == modality


def test_relation_date_comes_from_its_sentence_not_the_publication_date() -> None:
    x = run("Egypt condemned Israel on Monday. Turkey criticised Russia.", "en")
    dates = {(x.entity(r.subject).label): r.date for r in x.relations}
    assert dates == {"Egypt": "2025-06-09", "Türkiye": None}


def test_topic_from_the_lexicon() -> None:
    x = run("The United States imposed sanctions on Iran.", "en")
    (r,) = x.relations
    assert r.type == RelationType.SANCTION
    assert r.topic == "sanctions"


def test_readiness_to_cooperate_is_support() -> None:
    x = run("وأكد الكرملين استعداد روسيا لتطوير التعاون مع مصر.", "ar")
    assert ("Russia", "SUPPORT", "Egypt") in triples(x)


def test_confidence_is_calibrated_into_the_unit_interval() -> None:
    x = run("Egypt condemned Israel. وأدانت مصر إسرائيل.", "en")
    assert x.relations
    assert all(0.0 < r.confidence < 1.0 for r in x.relations)


def test_no_relation_without_a_pair_of_actors() -> None:
    x = run("The meeting was postponed because of the weather.", "en")
    assert x.relations == []


def test_coordinated_subject_of_a_symmetric_act() -> None:
    x = run("The Kremlin said Putin and Trump had agreed to meet in Riyadh.", "en")
    consult = [r for r in x.relations if r.type == RelationType.CONSULT]
    assert consult and consult[0].modality == Modality.INTENDED
    assert {x.entity(consult[0].subject).label, x.entity(consult[0].object).label} == {
        "Vladimir Putin",
        "Donald Trump",
    }


def test_purpose_clause_takes_the_subject_of_the_visit() -> None:
    x = run(
        "ومن المقرر أن يزور الرئيس الفرنسي إيمانويل ماكرون القاهرة الأسبوع المقبل للقاء الرئيس "
        "عبد الفتاح السيسي.",
        "ar",
    )
    assert ("Emmanuel Macron", "CONSULT", "Abdel Fattah el-Sisi") in triples(x)


def test_condemned_attacks_point_back_at_the_attacker() -> None:
    x = run("وشنت إسرائيل غارات على جنوب لبنان، فيما نددت الحكومة اللبنانية بالهجمات.", "ar")
    assert ("Israel", "ASSAULT", "Lebanon") in triples(x)
    assert ("Lebanon", "ACCUSE", "Israel") in triples(x)


def test_pronoun_patient_in_english() -> None:
    x = run("Marco Rubio urged Iran to return to talks and accused it of arming militias.", "en")
    assert ("Marco Rubio", "ACCUSE", "Iran") in triples(x)


def test_between_the_two_countries() -> None:
    x = run(
        'وقال بوتين: "تركيا شريك موثوق لروسيا، والتعاون في مجال الطاقة بين البلدين استراتيجي".',
        "ar",
    )
    pairs = {frozenset(p) for p in rel(x, RelationType.COOPERATE)}
    assert frozenset({"Russia", "Türkiye"}) in pairs


def test_conditional_war_is_hypothetical() -> None:
    x = run("وقال نتنياهو إنه لولا العلاقات الشخصية لاندلعت حرب بين روسيا وإسرائيل.", "ar")
    wars = [r for r in x.relations if r.type == RelationType.ASSAULT]
    assert wars and all(r.modality == Modality.HYPOTHETICAL for r in wars)
