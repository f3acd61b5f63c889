"""Arabic relations found on fresh wire-style text (session 6, helper S6-H2): a verb's
subject is not a speaker named only in a later clause, those who welcome an agreement are
not its parties, and coordinated subjects of an order to leave each expel (a verbal noun's
agent is the clause's subject)."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def _run(text: str) -> Extraction:
    return extracted(text, "ar", date(2024, 6, 3))


def _rels(x: Extraction) -> set[tuple[str, str, str]]:
    return {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label) for r in x.relations
    }


def _pairs(x: Extraction, rtype: str) -> set[frozenset[str]]:
    return {
        frozenset((x.entity(r.subject).label, x.entity(r.object).label))
        for r in x.relations
        if r.type.value == rtype
    }


def test_verb_subject_is_not_a_speaker_of_a_later_clause() -> None:
    x = _run("وطالبت بريطانيا روسيا بسحب قواتها من الحدود، فيما دعت الصين إلى عقد مؤتمر دولي.")
    rels = _rels(x)
    assert ("United Kingdom", "REQUEST", "Russia") in rels
    assert not any(s == "China" and o == "United Kingdom" for s, _, o in rels)


def test_coordinated_subjects_before_a_later_speaker_each_ask() -> None:
    x = _run("وطالبت كندا وأستراليا الصين بالإفراج عن المعتقلين، بينما دعت اليابان إلى التهدئة.")
    rels = _rels(x)
    assert ("Canada", "REQUEST", "China") in rels
    assert not any(s == "Japan" for s, _, _ in rels)


def test_speaker_named_after_the_verb_keeps_its_patient() -> None:
    # guard: the verb's own subject right after it; the patient follows
    x = _run("وطالب وزير الخارجية الفرنسي جان نويل بارو إيران بالإفراج عن المواطنين الفرنسيين.")
    assert any(p == "REQUEST" and o == "Iran" for _, p, o in _rels(x))


def test_those_who_welcome_an_agreement_are_not_its_parties() -> None:
    x = _run("ورحبت السعودية وقطر بالاتفاق.")
    assert not _pairs(x, "AGREE")
    x = _run("وأشادت الكويت والأردن بالاتفاقية.")
    assert not _pairs(x, "AGREE")


def test_agreement_of_a_named_pair_after_a_welcome_is_kept() -> None:
    x = _run("ورحبت مصر والأردن بالاتفاق بين أرمينيا وأذربيجان.")
    assert frozenset(("Armenia", "Azerbaijan")) in _pairs(x, "AGREE")
    assert frozenset(("Egypt", "Jordan")) not in _pairs(x, "AGREE")


THE_PAIR_IS_RELATED_CASES = [
    pytest.param(
        "وعقد ماكرون وشولتس محادثات في برلين.",
        "CONSULT",
        frozenset(("Emmanuel Macron", "Olaf Scholz")),
        id="coordinated_subjects_meeting_are_kept",
    ),
    pytest.param(
        "وأجرى ملك الأردن الملك عبدالله الثاني ابن الحسين اتصالا هاتفيا بالرئيس الفرنسي "
        "إيمانويل ماكرون.",
        "CONSULT",
        frozenset(("Abdullah II of Jordan", "Emmanuel Macron")),
        id="light_verb_subject_past_a_long_name",
    ),
    pytest.param(
        "وبدأت تدريبات بحرية مشتركة بين الأسطولين الروسي والصيني. "
        "ووقع البلدان اتفاقية للتعاون في مجال الطاقة.",
        "AGREE",
        frozenset(("Russia", "China")),
        id="two_states_of_a_pair_named_after_its_noun_sign",
    ),
    pytest.param(
        "والتقى الرئيس الكيني نظيره التنزاني في نيروبي. "
        "وكانت الدولتان قد وقعتا العام الماضي اتفاقية لترسيم الحدود.",
        "AGREE",
        frozenset(("Kenya", "Tanzania")),
        id="pluperfect_state_dual_signs",
    ),
    # guard: "لن تقبل بأي تفاوض مع X": the speaker's own (negated) talks
    pytest.param(
        "وأكدت أرمينيا أنها لن تقبل بأي تفاوض مع أذربيجان قبل انسحاب قواتها.",
        "CONSULT",
        frozenset(("Armenia", "Azerbaijan")),
        id="any_talks_of_the_speaker_after_a_preposition_are_kept",
    ),
    # guard: no honouring noun before it
    pytest.param(
        "وشهدت الدوحة توقيع الاتفاقية بين السودان وجنوب السودان.",
        "AGREE",
        frozenset(("Sudan", "South Sudan")),
        id="signing_an_agreement_between_two_is_kept",
    ),
]


@pytest.mark.parametrize(("text", "rtype", "expected"), THE_PAIR_IS_RELATED_CASES)
def test_the_pair_is_related(text: str, rtype: str, expected: frozenset[str]) -> None:
    assert expected in _pairs(_run(text), rtype)


def test_each_coordinated_subject_of_an_ultimatum_expels() -> None:
    x = _run("وأمهلت فرنسا وبلجيكا الدبلوماسيين الروس 72 ساعة لمغادرة أراضيهما.")
    rels = _rels(x)
    assert ("France", "SANCTION", "Russia") in rels
    assert ("Belgium", "SANCTION", "Russia") in rels
    assert not any(o in ("France", "Belgium") for _, _, o in rels)


THE_RELATION_IS_READ_CASES = [
    pytest.param(
        "قررت البحرين إمهال القائم بالأعمال الإيراني 48 ساعة لمغادرة البلاد.",
        ("Bahrain", "SANCTION", "Iran"),
        id="verbal_noun_of_an_ultimatum_takes_the_clause_subject",
    ),
    pytest.param(
        "أمهلت الحكومة الصومالية الدبلوماسيين الكينيين سبعة أيام لمغادرة البلاد.",
        ("Somalia", "SANCTION", "Kenya"),
        id="single_subject_ultimatum_is_kept",
    ),
    pytest.param(
        "وتعرضت أرمينيا لهجوم أذربيجاني واسع.",
        ("Azerbaijan", "ASSAULT", "Armenia"),
        id="undergoing_an_attack_guard_named_state_kept",
    ),
    # guard: "أعرب عن إدانة X": X condemns
    pytest.param(
        "وأعربت الأردن عن إدانتها الشديدة للغارات الإسرائيلية على سوريا.",
        ("Jordan", "ACCUSE", "Israel"),
        id="condemnation_voiced_by_its_speaker_is_kept",
    ),
    # guard: no other clause between the body and its participle
    pytest.param(
        "وأعلنت وزارة الدفاع التركية بدء العملية، متهمة حزب العمال الكردستاني بشن هجمات.",
        ("Turkish Ministry of Defence", "ACCUSE", "Kurdistan Workers' Party"),
        id="participle_of_a_body_with_no_later_speaker_is_the_body",
    ),
    # guard: the adjective before the participle names whom the stance is against
    pytest.param(
        "وأدانت روسيا العقوبات الأمريكية المفروضة على كوبا.",
        ("Russia", "ACCUSE", "United States"),
        id="criticising_sanctions_of_a_named_imposer_is_kept",
    ),
    # guard: "على مواقع في X": where the targets are
    pytest.param(
        "وشنت الطائرات التركية غارات على مواقع في سوريا.",
        ("Türkiye", "ASSAULT", "Syria"),
        id="attack_on_sites_in_a_state_keeps_the_state",
    ),
    pytest.param(
        "وجاء ذلك خلال زيارة قام بها الرئيس التركي رجب طيب أردوغان إلى الرياض.",
        ("Recep Tayyip Erdoğan", "CONSULT", "Saudi Arabia"),
        id="visit_noun_with_a_relative_light_verb_names_the_visitor",
    ),
    pytest.param(
        "وأعلنت قطر دعمها للوساطة، ودعت الجانب الإثيوبي إلى العودة إلى طاولة المفاوضات.",
        ("Qatar", "REQUEST", "Ethiopia"),
        id="feminine_verb_takes_a_masculine_side_as_its_patient",
    ),
    # guard: "دعا الجانب الإثيوبي مصر": the side speaks
    pytest.param(
        "ودعا الجانب الإثيوبي مصر إلى استئناف المفاوضات.",
        ("Ethiopia", "REQUEST", "Egypt"),
        id="masculine_verb_keeps_a_masculine_side_as_subject",
    ),
    pytest.param(
        "وقدمت اليابان مساعدات إنسانية إلى الفلبين.",
        ("Japan", "AID", "Philippines"),
        id="aid_with_a_named_recipient_is_kept",
    ),
    pytest.param(
        "واعتقلت السلطات الروسية مواطنا أمريكيا بتهمة التجسس.",
        ("Russia", "COERCE", "United States"),
        id="arrest_of_a_citizen_named_by_nationality_in_the_accusative",
    ),
    # guard: no heading participle
    pytest.param(
        "واحتجزت إيران ناقلة نفط يونانية في الخليج.",
        ("Iran", "COERCE", "Greece"),
        id="seized_tanker_of_a_state_is_kept",
    ),
    pytest.param(
        "وتنشر فرنسا قوات في قاعدة عسكرية بجيبوتي.",
        ("France", "PRESENCE", "Djibouti"),
        id="deployment_at_a_base_in_a_state_after_b",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_RELATION_IS_READ_CASES)
def test_the_relation_is_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rels(_run(text))


def test_own_envoy_named_by_his_state_summoned_is_a_recall() -> None:
    x = _run(
        "قررت السعودية دعم الأردن. وأعلنت الخارجية الأردنية استدعاء سفير المملكة الأردنية "
        "الهاشمية لدى المملكة العربية السعودية للتشاور."
    )
    rels = _rels(x)
    assert ("Jordanian Ministry of Foreign Affairs", "SANCTION", "Saudi Arabia") in rels or (
        "Jordan",
        "SANCTION",
        "Saudi Arabia",
    ) in rels
    assert not any(p == "CONSULT" for _, p, _ in rels)


def test_envoy_summoned_for_consultation_is_a_recall() -> None:
    x = _run("واستدعت الرباط سفيرة المملكة لدى هولندا للتشاور، وانتقدت الموقف الهولندي.")
    rels = _rels(x)
    assert ("Morocco", "SANCTION", "Netherlands") in rels
    assert not any(p == "ACCUSE" and "سفير" in o for _, p, o in rels)


def test_foreign_envoy_summoned_stays_a_protest() -> None:
    # guard: a foreign envoy called in is a protest to him, no recall
    x = _run("واستدعت الخارجية العراقية السفير الإيراني في بغداد.")
    rels = _rels(x)
    assert not any(p == "SANCTION" for _, p, _ in rels)
    assert any(p == "ACCUSE" for _, p, _ in rels)


def test_phone_call_with_b_names_the_other_party() -> None:
    x = _run("وأجرى رئيس الوزراء الياباني اتصالا هاتفيا بالرئيس الكوري الجنوبي.")
    pairs = _pairs(x, "CONSULT")
    assert len(pairs) == 1


def test_undergoing_an_attack_names_the_place_struck() -> None:
    x = _run("وتعرضت مدينة حلب مساء السبت لقصف جوي روسي عنيف.")
    assert ("Russia", "ASSAULT", "Syria") in _rels(x)
    x = _run("تعرض ميناء الحديدة صباح اليوم الأحد لغارات جوية أمريكية.")
    assert ("United States", "ASSAULT", "Yemen") in _rels(x)


def test_condemnation_of_attacks_is_not_by_their_attacker() -> None:
    x = _run("وجددت ألمانيا إدانة الهجمات الروسية على أوكرانيا.")
    rels = _rels(x)
    assert ("Germany", "ACCUSE", "Russia") in rels
    assert not any(s == "Russia" and p == "ACCUSE" for s, p, _ in rels)
    assert ("Russia", "ASSAULT", "Ukraine") in rels


def test_condemnation_asked_for_is_not_done_by_the_addressee() -> None:
    x = _run(
        "وطالبت الخارجية القطرية في رسالتين وجهتهما إلى الأمين العام للأمم المتحدة "
        "ورئيس مجلس الأمن بإدانة الغارات الإسرائيلية على لبنان."
    )
    rels = _rels(x)
    assert not any(p == "ACCUSE" and s != "Qatari Ministry of Foreign Affairs" for s, p, _ in rels)


def test_participle_after_a_later_speaking_clause_is_his() -> None:
    x = _run(
        "واستدعت الخارجية الفرنسية السفير الجزائري، فيما وصف وزير الخارجية جان نويل بارو "
        "القرار بأنه غير مبرر، محذرا الجزائر من رد حازم."
    )
    rels = _rels(x)
    assert ("Jean-Noël Barrot", "THREATEN", "Algeria") in rels
    assert not any(p == "THREATEN" and s == "Quai d'Orsay" for s, p, _ in rels)


def test_criticising_sanctions_imposed_on_a_state_is_not_against_it() -> None:
    x = _run("وانتقد الرئيس البرازيلي لولا دا سيلفا العقوبات المفروضة على فنزويلا.")
    assert not any(o == "Venezuela" for _, _, o in _rels(x))


def test_welcoming_sanctions_does_not_impose_them() -> None:
    x = _run("ورحبت تايوان بالعقوبات الجديدة على كوريا الشمالية.")
    assert not any(s == "Taiwan" and p == "SANCTION" for s, p, _ in _rels(x))


def test_agreeing_to_a_proposal_names_its_proposer() -> None:
    x = _run("ووافقت إثيوبيا على المقترح الأمريكي لاستئناف المفاوضات.")
    assert ("Ethiopia", "AGREE", "United States") in _rels(x)
    x = _run("ووافقت أذربيجان على المبادرة الروسية.")
    assert ("Azerbaijan", "AGREE", "Russia") in _rels(x)


def test_agreeing_to_deploy_own_forces_is_no_agreement_with_them() -> None:
    x = _run("وأعلن البرلمان الروسي الموافقة على نشر قوات روسية في بيلاروس.")
    assert not any(p == "AGREE" for _, p, _ in _rels(x))


def test_agreement_with_a_named_party_is_kept() -> None:
    # guard: "وافق على اتفاق مع X" stays
    x = _run("ووافقت الحكومة الصومالية على اتفاق مع كينيا.")
    assert any(p == "AGREE" and "Kenya" in (s, o) for s, p, o in _rels(x))


def test_attack_on_positions_of_a_group_names_the_group() -> None:
    x = _run("وأطلق الجيش العراقي عملية عسكرية ضد معاقل تنظيم داعش في محافظة الأنبار.")
    rels = _rels(x)
    assert any(p == "ASSAULT" and o == "Islamic State" for _, p, o in rels)
    assert not any(p == "ASSAULT" and o == "Iraq" for _, p, o in rels)


def test_deployment_with_a_time_phrase_or_a_number_before_the_troops() -> None:
    x = _run("وتنشر روسيا منذ 2015 قوات في سوريا.")
    assert ("Russia", "PRESENCE", "Syria") in _rels(x)
    x = _run("ونشرت ألمانيا 4800 جندي في ليتوانيا.")
    assert ("Germany", "PRESENCE", "Lithuania") in _rels(x)


def test_feminine_pronoun_of_a_noun_refers_to_the_state_in_the_content() -> None:
    x = _run("وأكد الجيش الأمريكي أنه لن يسمح لروسيا بتعزيز وجودها العسكري في ليبيا.")
    rels = _rels(x)
    assert ("Russia", "PRESENCE", "Libya") in rels
    assert not any(p == "PRESENCE" and s != "Russia" for s, p, _ in rels)


def test_feminine_pronoun_of_the_speaking_state_is_kept() -> None:
    # guard: no other state before the noun: the speaker's own
    x = _run("وقالت الحكومة اليابانية إنها ستواصل دعمها للفلبين.")
    assert any(p == "SUPPORT" and o == "Philippines" for _, p, o in _rels(x))


def test_state_dual_after_a_preposition_is_no_subject() -> None:
    # guard: "العلاقات بين الدولتين" names no act
    x = _run("وقالت اليابان إن العلاقات بين الدولتين جيدة.")
    assert not _pairs(x, "AGREE")


def test_condemned_raids_carried_out_by_a_state_in_a_relative_clause() -> None:
    x = _run("وأدانت قطر الغارات التي شنتها الولايات المتحدة على اليمن.")
    rels = _rels(x)
    assert ("Qatar", "ACCUSE", "United States") in rels
    assert ("United States", "ASSAULT", "Yemen") in rels


def test_condemner_of_attacks_by_a_group_does_not_attack_it() -> None:
    x = _run("وأدانت منظمة التعاون الإسلامي بشدة الهجمات التي شنتها حركة الشباب على مقديشو.")
    rels = _rels(x)
    assert not any(p == "ASSAULT" and o == "Al-Shabaab" for _, p, o in rels)


def test_masculine_verb_after_a_mans_clause_asks_the_coordinated_names() -> None:
    x = _run(
        "وانتقد رئيس الوزراء الهندي ناريندرا مودي الهجوم، ودعا باكستان وأفغانستان "
        "إلى التعاون في مكافحة الإرهاب."
    )
    rels = _rels(x)
    assert ("Narendra Modi", "REQUEST", "Pakistan") in rels
    assert ("Narendra Modi", "REQUEST", "Afghanistan") in rels


def test_feminine_verb_with_coordinated_states_keeps_them_as_subjects() -> None:
    # guard: "وحذرت النيجر ومالي": the states speak
    x = _run("وأعلن الرئيس الفرنسي انسحاب قواته، وحذرت النيجر ومالي من أي تدخل عسكري.")
    assert not any(s == "Emmanuel Macron" and o in ("Niger", "Mali") for s, _, o in _rels(x))


def test_sponsors_of_a_signing_are_not_its_parties() -> None:
    x = _run("وكانت أرمينيا وأذربيجان قد وقعتا الإعلان في واشنطن برعاية الولايات المتحدة.")
    agree = _pairs(x, "AGREE")
    assert frozenset(("Armenia", "Azerbaijan")) in agree
    assert not any("United States" in p for p in agree)


def test_background_dual_recalls_the_main_pair() -> None:
    x = _run(
        "استدعت اليابان السفير الصيني احتجاجا على دخول سفن صينية مياهها. "
        "وطالبت اليابان الصين بوقف الانتهاكات. "
        "وأعلنت الفلبين دعمها لليابان. "
        "وأعربت أستراليا عن تضامنها مع اليابان. "
        "كما أيدت كندا موقف اليابان. "
        "ويذكر أن البلدين وقعا معاهدة السلام والصداقة عام 1978."
    )
    agree = _pairs(x, "AGREE")
    assert frozenset(("Japan", "China")) in agree
    assert not any(p & {"Philippines", "Australia", "Canada"} for p in agree)


def test_protest_note_handed_to_an_envoy_past_a_time_phrase() -> None:
    x = _run(
        "سلمت وزارة الخارجية القطرية مساء الأحد سفير جمهورية إيران الإسلامية لدى الدوحة "
        "مذكرة احتجاج على تصريحات مسؤول إيراني."
    )
    rels = _rels(x)
    assert any(
        p == "ACCUSE" and s == "Qatari Ministry of Foreign Affairs" and "سفير" in o
        for s, p, o in rels
    )


def test_agreement_discussed_is_no_new_agreement() -> None:
    x = _run("وقال بايدن إنه سيبحث تمديد الاتفاق مع الرئيس الصيني شي جين بينغ.")
    rels = _rels(x)
    assert not any(p == "AGREE" for _, p, _ in rels)
    assert frozenset(("Joe Biden", "Xi Jinping")) in _pairs(x, "CONSULT")


def test_agreement_signed_with_a_partner_is_kept() -> None:
    # guard: no talks verb before the noun
    x = _run("وأعلنت تركيا توقيع الاتفاق مع العراق.")
    assert any(p == "AGREE" for _, p, _ in _rels(x))


def test_stance_on_an_act_done_in_a_relative_clause_targets_its_doer() -> None:
    x = _run("ورفضت كوبا العقوبات التي فرضتها الولايات المتحدة.")
    rels = _rels(x)
    assert ("Cuba", "REJECT", "United States") in rels
    assert not any(p == "SANCTION" and s == "Cuba" for s, p, _ in rels)
    x = _run("ووصفت الحكومة السودانية الاتفاقية التي وقعتها إثيوبيا مع كينيا بأنها مرفوضة.")
    assert ("Sudan", "ACCUSE", "Ethiopia") in _rels(x)


def test_any_act_after_a_preposition_is_by_no_one_named() -> None:
    x = _run("وأكدت الجزائر أنها لن تقبل بأي وجود عسكري أجنبي في مالي.")
    assert not any(p == "PRESENCE" for _, p, _ in _rels(x))


def test_aid_to_the_people_in_need_of_a_state() -> None:
    x = _run("ووجهت الكويت بتقديم مساعدات عاجلة لإغاثة المتضررين من الزلزال في المغرب.")
    assert ("Kuwait", "AID", "Morocco") in _rels(x)
    x = _run("وقدمت الإمارات مساعدات طبية لإغاثة الشعب اليمني.")
    assert ("United Arab Emirates", "AID", "Yemen") in _rels(x)


def test_envoy_declared_persona_non_grata_is_an_expulsion() -> None:
    x = _run("وأعلنت الحكومة الكينية السفير الصومالي شخصا غير مرغوب فيه.")
    assert ("Kenya", "SANCTION", "Somalia") in _rels(x)
    x = _run("واعتبرت بيلاروس ثلاثة دبلوماسيين ليتوانيين أشخاصا غير مرغوب فيهم.")
    assert ("Belarus", "SANCTION", "Lithuania") in _rels(x)


def test_seized_goods_belong_to_their_state_not_their_destination() -> None:
    x = _run("وصادرت البحرية الفرنسية شحنة أسلحة إيرانية متجهة إلى السودان.")
    rels = _rels(x)
    assert not any(p == "COERCE" and o == "Sudan" for _, p, o in rels)
    assert any(p == "COERCE" and o == "Iran" for _, p, o in rels)


def test_respecting_agreements_in_force_is_no_new_agreement() -> None:
    x = _run("ودعت قطر إلى احترام الاتفاقيات الموقعة بين السودان وجنوب السودان.")
    assert not _pairs(x, "AGREE")


def test_rejected_proposal_names_its_proposer_not_its_content() -> None:
    x = _run("ورفضت الهند، يوم الثلاثاء، مقترحا صينيا بإشراك روسيا في المحادثات.")
    rels = _rels(x)
    assert ("India", "REJECT", "China") in rels
    assert ("India", "REJECT", "Russia") not in rels


def test_denied_coordination_with_a_partner_is_negated_not_dropped() -> None:
    x = _run("ونفت الحكومة السورية وجود أي تنسيق مع إسرائيل.")
    neg = [r for r in x.relations if r.type.value in ("CONSULT", "COOPERATE")]
    assert neg and all(r.modality.value == "negated" for r in neg)


def test_warning_about_any_cooperation_of_others_codes_none() -> None:
    # guard: "حذرت من أن أي تعاون مع X": by no one named
    x = _run("وحذرت الجزائر من أن أي تعاون عسكري مع المغرب سيهدد استقرار المنطقة.")
    assert not any(p == "COOPERATE" for _, p, _ in _rels(x))


def test_passive_summoning_is_by_the_body_the_envoy_is_called_to() -> None:
    x = _run("وتم استدعاء السفير الروسي إلى وزارة الخارجية البولندية.")
    rels = _rels(x)
    assert any(s == "Polish Ministry of Foreign Affairs" and p == "ACCUSE" for s, p, _ in rels)
    assert not any(o == "Polish Ministry of Foreign Affairs" for _, _, o in rels)
    x = _run("وجرى استدعاء القائم بالأعمال الهولندي إلى مقر الخارجية التركية.")
    assert any(s == "Turkish Ministry of Foreign Affairs" and p == "ACCUSE" for s, p, _ in _rels(x))


def test_sailors_named_by_nationality_stand_for_their_state() -> None:
    x = _run("وأفرجت إيران عن البحارة الهنود.")
    assert ("Iran", "CONCEDE", "India") in _rels(x)
    x = _run("واعتقلت السلطات الليبية بحارة مصريين.")
    assert ("Libya", "COERCE", "Egypt") in _rels(x)


def test_three_coordinated_sides_of_joint_drills_each_cooperate() -> None:
    x = _run("وأجرت الهند واليابان وأستراليا مناورات بحرية مشتركة.")
    pairs = _pairs(x, "COOPERATE") | _pairs(x, "MOBILIZE")
    assert frozenset(("India", "Japan")) in pairs
    assert frozenset(("India", "Australia")) in pairs
    assert frozenset(("Japan", "Australia")) in pairs


def test_deadline_to_leave_the_named_ordering_state_is_an_expulsion() -> None:
    x = _run("وأمهلت مالي السفير الفرنسي 72 ساعة لمغادرة مالي.")
    rels = _rels(x)
    assert ("Mali", "SANCTION", "France") in rels
    assert not any(p == "THREATEN" for _, p, _ in rels)


def test_troops_asked_to_leave_the_named_state_stay_a_request() -> None:
    # guard: foreign troops told to go are asked to withdraw
    x = _run("وطالبت النيجر القوات الأمريكية بمغادرة النيجر.")
    rels = _rels(x)
    assert any(p == "REQUEST" for _, p, _ in rels)
    assert not any(p == "SANCTION" for _, p, _ in rels)
