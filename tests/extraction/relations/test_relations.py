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


def test_arabic_weak_final_verbs_and_hamza_final_nouns_take_pronoun_suffixes() -> None:
    assert {fold("التقاه"), fold("التقاها"), fold("التقته"), fold("التقوه")} <= {
        f for f, _ in expand_ar("v:التقى")
    }
    assert fold("استدعاهم") in {f for f, _ in expand_ar("v:استدعى")}
    meeting = dict(expand_ar("n:لقاء"))
    assert {fold("لقائه"), fold("لقاؤه"), fold("لقاءه"), fold("لقاءات")} <= set(meeting)
    assert meeting[fold("لقائهما")].pron == "هما"
    assert fold("لجوئهم") in {f for f, _ in expand_ar("n:لجوء")}


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


def test_lam_of_purpose_opens_an_imperfect_verb() -> None:
    m: Matcher[str] = Matcher("ar")
    m.add("i:يتهم", "accuse")
    m.add("v:اتهم", "accused")
    toks = tokenize(fold("وخرج الوزير ليتهم الحكومة"))
    hits = [(toks[h.first].text, h.entry, h.prefix) for h in m.find(toks)]
    assert hits == [("ليتهم", "accuse", "ل")]


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
    x = run("وقال نتنياهو إنه إذا هاجمت إيران إسرائيل فسترد تل أبيب بقوة.", "ar")
    wars = [r for r in x.relations if r.type == RelationType.ASSAULT]
    assert wars and all(r.modality == Modality.HYPOTHETICAL for r in wars)


# ----------------------------------------------------------------------------- added classes


def test_missile_fired_into_a_sea_is_mobilize_and_at_an_actor_is_assault() -> None:
    x = run("North Korea fired two ballistic missiles into the Yellow Sea on Monday.", "en")
    assert ("North Korea", "Yellow Sea") in rel(x, RelationType.MOBILIZE)
    x = run("The Houthis fired a missile at Israel late on Saturday.", "en")
    assert ("Houthis", "Israel") in rel(x, RelationType.ASSAULT)
    assert not rel(x, RelationType.MOBILIZE)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Lithuania recalled its ambassador from Moscow on Friday.", "en", ("Lithuania", "Russia")),
        ("واستدعت الجزائر سفيرها لدى فرنسا للتشاور.", "ar", ("Algeria", "France")),
        ("Niger broke off diplomatic relations with Ukraine.", "en", ("Niger", "Ukraine")),
    ],
)
def test_recalling_an_ambassador_and_breaking_off_ties_are_sanctions(
    text: str, lang: str, pair: tuple[str, str]
) -> None:
    assert pair in rel(run(text, lang), RelationType.SANCTION)


def test_summoning_an_unnamed_ambassador_targets_a_person_of_that_state() -> None:
    x = run("واستدعت وزارة الخارجية المصرية السفير الإسرائيلي في القاهرة أمس.", "ar")
    (r,) = [r for r in x.relations if r.type == RelationType.ACCUSE]
    envoy = x.entity(r.object)
    assert envoy.type == EntityType.PERSON
    assert x.entity(envoy.state).label == "Israel"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "Reports said Biden had told Netanyahu that Israel should halt the offensive.",
            "en",
            ("Joe Biden", "Benjamin Netanyahu"),
        ),
        (
            "واتصل الرئيس المصري عبد الفتاح السيسي بنظيره الأمريكي دونالد ترامب وأبلغه بأن "
            "الحرب يجب أن تتوقف فورا.",
            "ar",
            ("Abdel Fattah el-Sisi", "Donald Trump"),
        ),
    ],
)
def test_telling_someone_what_must_be_done_is_a_request(
    text: str, lang: str, pair: tuple[str, str]
) -> None:
    assert pair in rel(run(text, lang), RelationType.REQUEST)


def test_counterfactual_wars_are_not_relations() -> None:
    x = run("وقال الرئيس إنه لولا الوساطة لاندلعت حرب بين مصر وإثيوبيا.", "ar")
    assert not rel(x, RelationType.ASSAULT)
    x = run("Officials said Iran would have attacked Israel without the deal.", "en")
    assert not rel(x, RelationType.ASSAULT)


def test_a_meeting_recalled_later_in_the_article_is_one_event() -> None:
    x = run(
        "Erdogan met Putin in Sochi.\nThe Kremlin said the meeting between Putin and Erdogan "
        "was useful.\nTurkish media said the meeting between Erdogan and Putin lasted hours.",
        "en",
    )
    assert len(rel(x, RelationType.CONSULT)) == 1


def test_an_undated_lead_takes_the_date_of_the_next_sentence_on_the_same_act() -> None:
    x = run(
        "بحث الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان الأزمة السورية.\n"
        "وقال الكرملين إن بوتين تحدث يوم الثلاثاء هاتفيا مع أردوغان.",
        "ar",
    )
    consult = [r for r in x.relations if r.type == RelationType.CONSULT]
    assert len(consult) == 1
    assert consult[0].date == "2025-06-10"


def test_pronoun_after_the_complementiser_is_the_speaker_not_the_noun_after_the_verb() -> None:
    x = run("وقال الرئيس التركي رجب طيب أردوغان إنه سيلتقي بوتين الشهر المقبل.", "ar")
    (r,) = [r for r in x.relations if r.type == RelationType.CONSULT]
    assert {x.entity(r.subject).label, x.entity(r.object).label} == {
        "Recep Tayyip Erdoğan",
        "Vladimir Putin",
    }
    assert r.modality == Modality.INTENDED


def test_an_office_reporting_that_he_acted_means_the_person() -> None:
    x = run("وأفاد مكتب نتنياهو بأنه تحدث هاتفيا مع بوتين مساء الأحد.", "ar")
    assert ("Benjamin Netanyahu", "Vladimir Putin") in rel(x, RelationType.CONSULT)


def test_a_longer_trigger_covers_shorter_ones_of_other_types() -> None:
    x = run("The European Union lifted sanctions on Syria in May.", "en")
    assert rel(x, RelationType.CONCEDE) == [("European Union", "Syria")]
    assert not rel(x, RelationType.SANCTION)


@pytest.mark.parametrize(
    ("text", "lang", "rtype", "pair"),
    [
        (
            "Egypt deplored the Israeli raid on Rafah.",
            "en",
            RelationType.ACCUSE,
            ("Egypt", "Israel"),
        ),
        (
            "وأثنى أمير قطر على جهود مصر في الوساطة.",
            "ar",
            RelationType.SUPPORT,
            ("Tamim bin Hamad Al Thani", "Egypt"),
        ),
        ("واستضافت الدوحة وفدا من حركة حماس.", "ar", RelationType.CONSULT, ("Qatar", "Hamas")),
        (
            # (S18-FRAME-EN: unmanned weapons downed are their state's attack alone, as the
            # gold codes "its air defences had shot down Russian drones")
            "Ukraine shot down Russian drones over Kyiv.",
            "en",
            RelationType.ASSAULT,
            ("Russia", "Ukraine"),
        ),
    ],
)
def test_added_lexicon_rows(
    text: str, lang: str, rtype: RelationType, pair: tuple[str, str]
) -> None:
    got = rel(run(text, lang), rtype)
    assert pair in got or (rtype.symmetric and pair[::-1] in got), got


# ----------------------------------------------------------------------------- relation dates


def test_a_headline_act_without_a_time_is_dated_on_publication() -> None:
    x = extract(
        Article(
            id="t",
            lang="en",
            title="Kuwait Expels Iranian Diplomats",
            text="Kuwait Expels Iranian Diplomats\nThe move follows months of tension.",
            published=date(2025, 6, 12),
        )
    )
    (r,) = [r for r in x.relations if r.type == RelationType.SANCTION]
    assert r.date == "2025-06-12"


def test_since_this_year_gives_the_year_and_an_older_background_since_gives_none() -> None:
    x = run("ومنذ فبراير الماضي، عقدت مصر وقطر جولات من المفاوضات.", "ar")
    (r,) = [r for r in x.relations if r.type == RelationType.CONSULT]
    assert r.date == "2025"
    x = run(
        "وغادر السفير الفرنسي الجزائر بسبب الأزمة الدبلوماسية المستمرة بين البلدين منذ صيف 2023.",
        "ar",
    )
    rets = [r for r in x.relations if r.type == RelationType.RETREAT]
    assert rets and all(r.date is None for r in rets)


def test_detained_since_a_date_keeps_that_date() -> None:
    x = run("Iran has detained the French citizen since March 2023.", "en")
    (r,) = [r for r in x.relations if r.type == RelationType.COERCE]
    assert r.date == "2023-03"


def test_a_subject_after_a_clause_opening_after_is_still_the_subject() -> None:
    x = run(
        "Seoul protested a day after North Korean soldiers detained South Korean fishermen.",
        "en",
    )
    subjects = {x.entity(r.subject).label for r in x.relations if r.type == RelationType.COERCE}
    assert subjects and "South Korea" not in subjects


def test_coordinated_predicates_share_their_subject() -> None:
    x = run(
        "Iranian forces boarded and seized a British tanker, then Britain summoned the envoy.",
        "en",
    )
    assert ("Iranian Armed Forces", "United Kingdom") in rel(x, RelationType.COERCE) or (
        "Iranian Armed Forces",
        "United Kingdom",
    ) in rel(x, RelationType.ASSAULT)


def test_a_gerund_after_of_has_no_subject_before_it() -> None:
    x = run("Qatar rejected the Egyptian accusations of funding the militants.", "en")
    assert not rel(x, RelationType.AID)


@pytest.mark.parametrize(
    ("text", "lang", "rtype", "pair"),
    [
        (
            "Washington imposed sanctions on Iranian companies.",
            "en",
            RelationType.SANCTION,
            ("United States", "Iran"),
        ),
        (
            "فرضت بريطانيا عقوبات على شركات روسية.",
            "ar",
            RelationType.SANCTION,
            ("United Kingdom", "Russia"),
        ),
        (
            "Hamas freed two Thai hostages on Friday.",
            "en",
            RelationType.CONCEDE,
            ("Hamas", "Thailand"),
        ),
        ("وأفرجت إيران عن ثلاثة سجناء فرنسيين.", "ar", RelationType.CONCEDE, ("Iran", "France")),
    ],
)
def test_a_state_adjective_on_its_people_or_firms_makes_the_state_the_patient(
    text: str, lang: str, rtype: RelationType, pair: tuple[str, str]
) -> None:
    assert pair in rel(run(text, lang), rtype)


def test_an_unnamed_title_holder_is_labelled_without_the_posting() -> None:
    x = run("Cairo summoned the Israeli ambassador in Cairo on Sunday.", "en")
    (r,) = [r for r in x.relations if r.type == RelationType.ACCUSE]
    assert x.entity(r.object).label == "Israeli ambassador"


def test_verbs_with_a_doubled_final_consonant_inflect() -> None:
    forms = {f for f, _ in expand_en("v:expel")} | {f for f, _ in expand_en("v:patrol")}
    assert {"expelled", "expelling", "patrolled"} <= forms


def test_the_agent_of_a_noun_is_not_the_speaker_who_condemns_it() -> None:
    x = run("Beijing condemned the visit of a Japanese delegation to Taiwan.", "en")
    assert ("China", "Japan") in rel(x, RelationType.ACCUSE)
    consults = rel(x, RelationType.CONSULT)
    assert ("China", "Taiwan") not in consults
    assert ("Japan", "Taiwan") in consults


def test_a_word_after_a_determiner_is_a_noun_trigger() -> None:
    x = run("Egypt welcomed the visit by the Saudi crown prince to Cairo.", "en")
    assert not any(
        x.entity(r.subject).label == "Egypt" and r.type == RelationType.CONSULT for r in x.relations
    )


def test_a_title_of_another_state_after_a_name_is_not_an_apposition() -> None:
    x = run("استقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإثيوبي في القاهرة.", "ar")
    (r,) = [r for r in x.relations if r.type == RelationType.CONSULT]
    guest = x.entity(r.object)
    assert guest.label != "Abdel Fattah el-Sisi"
    assert x.entity(guest.state).label == "Ethiopia"  # type: ignore[arg-type]


def test_the_two_sides_are_the_two_states_named_before() -> None:
    x = run(
        "التقى وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان في أنقرة. "
        "واتفق الجانبان على تعزيز التعاون.",
        "ar",
    )
    agree = rel(x, RelationType.AGREE)
    assert agree and {x for pair in agree for x in pair} == {"Badr Abdelatty", "Hakan Fidan"}


def test_arabic_subject_right_before_the_verb_is_svo() -> None:
    x = run("وأكد الكرملين أن الرئيس فلاديمير بوتين سيزور الهند في ديسمبر.", "ar")
    assert ("Vladimir Putin", "India") in rel(x, RelationType.CONSULT)


def test_a_headline_repeating_the_body_act_with_coarser_actors_is_dropped() -> None:
    x = extract(
        Article(
            id="t",
            lang="ar",
            title="المغرب يستدعي السفير الجزائري",
            text="المغرب يستدعي السفير الجزائري\nاستدعت وزارة الخارجية المغربية السفير "
            "الجزائري في الرباط للاحتجاج على التصريحات.",
            published=date(2025, 6, 12),
        )
    )
    accuse = [r for r in x.relations if r.type == RelationType.ACCUSE]
    assert len(accuse) == 1
    assert x.entity(accuse[0].subject).type == EntityType.ORGANIZATION


def test_a_speech_act_about_a_states_acts_targets_that_state() -> None:
    x = run("وانتقدت روسيا بشدة التدريبات العسكرية اليابانية في المنطقة.", "ar")
    assert ("Russia", "Japan") in rel(x, RelationType.ACCUSE)


def test_welcoming_a_deal_between_two_states_is_not_support_for_one_of_them() -> None:
    x = run("ورحبت قطر بالاتفاق بين أرمينيا وأذربيجان.", "ar")
    assert not rel(x, RelationType.SUPPORT)
    assert rel(x, RelationType.AGREE)


# ----------------------------------------------------------------------------- sanctions, relays


def test_arabic_recall_of_ambassador_after_a_time_phrase_in_commas_is_sanction() -> None:
    x = run("أعلنت مصر، أمس الأحد، سحب سفيرها لدى إسرائيل احتجاجا على العملية.", "ar")
    assert ("Egypt", "Israel") in rel(x, RelationType.SANCTION)


def test_arabic_time_phrase_in_commas_does_not_hide_the_agent_of_a_noun() -> None:
    x = run("قررت تونس، يوم الاثنين، فرض عقوبات على ليبيا.", "ar")
    assert ("Tunisia", "Libya") in rel(x, RelationType.SANCTION)


def test_arabic_other_parenthetical_still_closes_the_clause() -> None:
    # the coder's clause rule (the learned back-off may read the withdrawal as a sanction)
    art = Article(id="t", lang="ar", text="أعلنت تونس، في خطوة مفاجئة، سحب سفيرها لدى ليبيا.")
    x = extract(art, backoff=False)
    assert ("Tunisia", "Libya") not in rel(x, RelationType.SANCTION)


def test_arabic_lifting_sanctions_is_a_concession_not_a_sanction() -> None:
    x = run("وقررت الحكومة المصرية رفع العقوبات المفروضة على فنزويلا.", "ar")
    assert ("Egypt", "Venezuela") in rel(x, RelationType.CONCEDE)
    assert not rel(x, RelationType.SANCTION)


def test_english_lifting_sanctions_is_a_concession() -> None:
    x = run("The United States will lift sanctions on Venezuela, officials said.", "en")
    assert ("United States", "Venezuela") in rel(x, RelationType.CONCEDE)
    assert not rel(x, RelationType.SANCTION)


def test_arabic_triggering_the_sanctions_snapback_is_sanction() -> None:
    x = run("وأطلقت ألمانيا، الأربعاء، آلية إعادة فرض العقوبات على كوريا الشمالية.", "ar")
    assert ("Germany", "North Korea") in rel(x, RelationType.SANCTION)


def test_english_halting_exports_and_restricting_exports_are_sanctions() -> None:
    x = run("Japan has halted all exports to China, the trade ministry said.", "en")
    assert ("Japan", "China") in rel(x, RelationType.SANCTION)
    y = run("Last week, Seoul restricted exports of chips to Japan.", "en")
    assert ("South Korea", "Japan") in rel(y, RelationType.SANCTION)


def test_the_source_of_a_report_is_not_the_patient_of_a_welcome() -> None:
    x = run(
        "ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالهدنة، بحسب ما أفاد المتحدث "
        "باسمه ستيفان دوجاريك.",
        "ar",
    )
    labels = {x.entity(r.object).label for r in x.relations}
    assert "Stéphane Dujarric" not in labels
    y = run(
        "UN chief António Guterres welcomed the truce, according to his spokesman "
        "Stéphane Dujarric.",
        "en",
    )
    assert "Stéphane Dujarric" not in {y.entity(r.object).label for r in y.relations}


def test_suspending_cooperation_is_sanction_not_cooperation() -> None:
    x = run("Egypt suspended its cooperation with the International Atomic Energy Agency.", "en")
    assert rel(x, RelationType.SANCTION) and not rel(x, RelationType.COOPERATE)
    y = run("وكانت مصر قد علّقت تعاونها مع الوكالة الدولية للطاقة الذرية في أيار/مايو الماضي.", "ar")
    assert rel(y, RelationType.SANCTION) and not rel(y, RelationType.COOPERATE)


# ----------------------------------------------------------------------------- coordination


def test_arabic_coordinated_subjects_each_get_the_relation() -> None:
    x = run("فرضت بريطانيا وفرنسا وألمانيا عقوبات جديدة على إيران يوم الخميس.", "ar")
    assert set(rel(x, RelationType.SANCTION)) >= {
        ("United Kingdom", "Iran"),
        ("France", "Iran"),
        ("Germany", "Iran"),
    }


def test_english_coordinated_subjects_and_objects_each_get_the_relation() -> None:
    x = run("France, Britain and Germany imposed new sanctions on Iran on Thursday.", "en")
    assert {s for s, _ in rel(x, RelationType.SANCTION)} >= {
        "France",
        "United Kingdom",
        "Germany",
    }
    y = run("The United States condemned Russia, China and North Korea for the launches.", "en")
    assert {o for _, o in rel(y, RelationType.ACCUSE)} >= {"Russia", "China", "North Korea"}


def test_arabic_verb_first_phrase_split_by_its_subject() -> None:
    x = run("علقت الحكومة المصرية تعاونها مع إثيوبيا بشأن السد.", "ar")
    assert rel(x, RelationType.SANCTION) == [("Egypt", "Ethiopia")]
    assert not rel(x, RelationType.COOPERATE)


# ----------------------------------------------------------------------------- evaluative speech


def test_negative_evaluation_of_another_actors_act_is_accuse() -> None:
    en = run("Russia described the US strikes as a flagrant violation of international law.", "en")
    assert ("Russia", "ACCUSE", "United States") in triples(en)
    ar = run("اعتبرت مصر قرار إسرائيل انتهاكا صارخا للقانون الدولي.", "ar")
    assert ("Egypt", "ACCUSE", "Israel") in triples(ar)
    nisba = run("وصفت إيران الخطوة الأمريكية بأنها غير قانونية.", "ar")
    assert ("Iran", "ACCUSE", "United States") in triples(nisba)


def test_positive_evaluation_is_support_not_accuse() -> None:
    en = run("Egypt hailed Qatar's decision as historic.", "en")
    assert ("Egypt", "SUPPORT", "Qatar") in triples(en)
    ar = run("وصفت قطر الاتفاق مع السعودية بأنه تاريخي.", "ar")
    assert rel(ar, RelationType.SUPPORT) == [("Qatar", "Saudi Arabia")]
    assert rel(ar, RelationType.ACCUSE) == []


def test_evaluation_without_a_second_actor_codes_nothing() -> None:
    assert run("Egypt called the situation dangerous.", "en").relations == []
    assert run("وصفت مصر الوضع بأنه خطير.", "ar").relations == []
    called_on = run("Turkey called on Greece to stop the dangerous escalation.", "en")
    assert rel(called_on, RelationType.ACCUSE) == []
