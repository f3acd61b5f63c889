"""General constructions of relation coding (issue #3): who acts on whom is read from the frame
around the trigger, not from the nearest names.  Every sentence is written for this file."""

from __future__ import annotations

from datetime import date

import pytest
from factories import relation_triples

from kg.extractors import extract
from kg.models import Article, Extraction


def run(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, text=text, published=date(2025, 3, 4)))


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(subject label, type, object label); symmetric types in both orders."""
    return relation_triples(run(text, lang))


def involving(got: set[tuple[str, str, str]], label: str) -> set[tuple[str, str, str]]:
    return {t for t in got if label in (t[0], t[2])}


@pytest.mark.parametrize(
    ("text", "lang", "member"),
    [
        (
            "Oman said it had coordinated the prisoner swap, which involved three countries: "
            "France, Iran and Belgium.",
            "en",
            "Belgium",
        ),
        (
            "وكلفت الجامعة العربية لجنة تضم مصر والأردن والعراق بإجراء محادثات مع إيران "
            "بشأن الملف.",
            "ar",
            "Jordan",
        ),
    ],
)
def test_members_of_a_described_body_are_not_parties_of_its_acts(
    text: str, lang: str, member: str
) -> None:
    got = triples(text, lang)
    assert not involving(got, member), got


def test_the_receiver_named_before_the_participle_meets_the_guest() -> None:
    got = triples(
        "وكان أمير قطر الشيخ تميم بن حمد آل ثاني في مقدمة مستقبلي الرئيس التركي رجب طيب "
        "أردوغان لدى وصوله إلى الدوحة.",
        "ar",
    )
    assert ("Tamim bin Hamad Al Thani", "CONSULT", "Recep Tayyip Erdoğan") in got, got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Armenia and Azerbaijan signed a peace declaration on Friday at a ceremony hosted by "
            "U.S. President Donald Trump at the White House.",
            "en",
        ),
        (
            "ووقعت أرمينيا وأذربيجان أمس إعلانا للسلام في البيت الأبيض، في مراسم استضافها الرئيس "
            "الأمريكي دونالد ترامب.",
            "ar",
        ),
    ],
)
def test_the_host_of_a_signing_ceremony_meets_each_signatory(text: str, lang: str) -> None:
    got = triples(text, lang)
    assert ("Donald Trump", "CONSULT", "Armenia") in got, got
    assert ("Donald Trump", "CONSULT", "Azerbaijan") in got, got
    assert ("Donald Trump", "AGREE", "Armenia") not in got


def test_taking_part_in_a_meeting_with_ministers_meets_each_state() -> None:
    got = triples(
        "وكان وزير الخارجية المصري بدر عبد العاطي قد شارك مطلع الشهر الجاري في اجتماع عقد في "
        "الرياض مع وزراء خارجية الأردن وقطر والإمارات.",
        "ar",
    )
    for state in ("Jordan", "Qatar", "United Arab Emirates"):
        assert ("Badr Abdelatty", "CONSULT", state) in got, (state, got)


def test_a_launch_at_a_region_of_a_state_is_an_attack_reported_as_an_accusation() -> None:
    got = triples(
        "Ukrainian military spokesman Yuriy Ihnat said on Monday that Russia had fired "
        "ballistic missiles at eastern Ukraine.",
        "en",
    )
    assert ("Russia", "ASSAULT", "Ukraine") in got, got


def test_the_counterpart_signing_for_the_other_side_agrees_with_the_first_signatory() -> None:
    got = triples(
        "وقّع رئيس الوزراء الباكستاني شهباز شريف اتفاقية الدفاع المشترك في الرياض، فيما "
        "وقّعها عن الجانب السعودي ولي العهد الأمير محمد بن سلمان.",
        "ar",
    )
    assert ("Shehbaz Sharif", "AGREE", "Mohammed bin Salman") in got, got


def test_a_resumptive_participle_shares_the_coordinated_subjects_and_the_object() -> None:
    got = triples(
        "وأعلنت الكويت والبحرين قطع العلاقات مع دمشق، متهمة إياها بدعم الجماعات المسلحة.",
        "ar",
    )
    for state in ("Kuwait", "Bahrain"):
        assert (state, "ACCUSE", "Syria") in got, (state, got)


def test_condemning_the_attack_reported_just_before_accuses_the_attacker() -> None:
    got = triples(
        "وشنت إسرائيل فجر اليوم غارات على مواقع في جنوب لبنان. وأدان وزير الخارجية المصري بدر "
        "عبد العاطي الغارات.",
        "ar",
    )
    assert ("Badr Abdelatty", "ACCUSE", "Israel") in got, got


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "German Foreign Minister Annalena Baerbock warned that Iran was supplying drones to "
            "Russia.",
            ("Annalena Baerbock", "ACCUSE", "Iran"),
            ("Annalena Baerbock", "THREATEN", "Iran"),
        ),
        (
            "German Foreign Minister Annalena Baerbock warned that Iran would face new sanctions.",
            ("Annalena Baerbock", "THREATEN", "Iran"),
            ("Annalena Baerbock", "ACCUSE", "Iran"),
        ),
    ],
)
def test_a_warning_about_what_another_side_is_doing_is_an_accusation(
    text: str, expected: tuple[str, str, str], forbidden: tuple[str, str, str]
) -> None:
    got = triples(text, "en")
    assert expected in got, got
    assert forbidden not in got


@pytest.mark.parametrize(
    ("text", "lang", "expected", "forbidden"),
    [
        (
            "Japan suspended security dialogue with China on Tuesday.",
            "en",
            ("Japan", "SANCTION", "China"),
            ("Japan", "CONSULT", "China"),
        ),
        (
            "Canada halted trade and talks with India last month.",
            "en",
            ("Canada", "SANCTION", "India"),
            ("Canada", "CONSULT", "India"),
        ),
        (
            "وعلقت الجزائر المحادثات الأمنية مع فرنسا أمس.",
            "ar",
            ("Algeria", "SANCTION", "France"),
            ("Algeria", "CONSULT", "France"),
        ),
    ],
)
def test_suspending_talks_is_a_sanction_not_a_consultation(
    text: str, lang: str, expected: tuple[str, str, str], forbidden: tuple[str, str, str]
) -> None:
    got = triples(text, lang)
    assert expected in got, got
    assert forbidden not in got


def test_a_passive_without_its_agent_codes_nothing() -> None:
    got = triples("Scholz was asked whether Orban could still be trusted.", "en")
    assert not {t for t in got if t[1] == "REQUEST"}, got


def test_soldiers_killed_in_clashes_are_the_victims_of_the_other_side() -> None:
    got = triples(
        "Twelve Kyrgyz soldiers were killed in clashes with Tajik troops near the border.", "en"
    )
    assert ("Tajik Armed Forces", "ASSAULT", "Kyrgyz Armed Forces") in got, got
    assert not {t for t in got if t[1] == "ASSAULT" and t[0].startswith("Kyrgyz")}, got


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Moldova expelled two Russian diplomats on Monday.",
            "en",
            ("Moldova", "SANCTION", "Russia"),
        ),
        (
            "وطردت ليتوانيا ثلاثة دبلوماسيين بيلاروسيين أمس.",
            "ar",
            ("Lithuania", "SANCTION", "Belarus"),
        ),
    ],
)
def test_a_nationality_qualified_group_stands_for_its_state(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    got = triples(text, lang)
    assert expected in got, got
    assert not {t for t in got if t[0].startswith("Unnamed") or "diplomat" in t[2]}


def test_helping_another_state_is_aid() -> None:
    got = triples("وقال المتحدث إن الولايات المتحدة ساعدت الأردن في اعتراض المسيرات.", "ar")
    assert ("United States", "AID", "Jordan") in got, got


@pytest.mark.parametrize(
    ("text", "lang", "expected", "forbidden"),
    [
        (
            "China vetoed a Security Council resolution drafted by France and Britain on Monday.",
            "en",
            {("China", "REJECT", "France"), ("China", "REJECT", "United Kingdom")},
            ("China", "REJECT", "United Nations Security Council"),
        ),
        (
            "واستخدمت روسيا حق النقض ضد مشروع القرار الذي قدمته اليابان في مجلس الأمن.",
            "ar",
            {("Russia", "REJECT", "Japan")},
            ("Russia", "REJECT", "United Nations Security Council"),
        ),
    ],
)
def test_rejecting_a_drafted_text_rejects_its_drafters(
    text: str, lang: str, expected: set[tuple[str, str, str]], forbidden: tuple[str, str, str]
) -> None:
    got = triples(text, lang)
    assert expected <= got, got
    assert forbidden not in got


def test_a_coordinated_verb_shares_the_subject_of_its_own_sentence() -> None:
    got = triples(
        "قال الأمين العام لحزب الله نعيم قاسم إن المقاومة جاهزة. وكان حزب الله قد أطلق في "
        "أكتوبر الماضي مسيرات باتجاه حيفا، وهدد باستهداف المنشآت الإسرائيلية.",
        "ar",
    )
    assert ("Hezbollah", "THREATEN", "Israel") in got, got
    assert ("Naim Qassem", "THREATEN", "Israel") not in got


def test_an_honorific_pronoun_is_the_dignitary_introduced_with_that_title() -> None:
    got = triples(
        "وصل سمو الشيخ تميم بن حمد آل ثاني إلى برلين أمس. وأشاد المستشار الألماني أولاف شولتس "
        "بالعلاقات. ووجّه سموه الشكر إلى المستشار الألماني على حسن الاستقبال.",
        "ar",
    )
    assert ("Tamim bin Hamad Al Thani", "SUPPORT", "Olaf Scholz") in got, got


def test_the_one_thanked_after_a_thanks_noun_is_its_object_not_its_subject() -> None:
    got = triples(
        "وقال الرئيس اللبناني جوزاف عون إن لبنان متمسك بوقف إطلاق النار، معربا عن شكر لبنان "
        "للرئيس الفرنسي إيمانويل ماكرون على جهوده.",
        "ar",
    )
    # the speaker voices his state's thanks: he thanks the one named after the noun
    assert ("Joseph Aoun", "SUPPORT", "Emmanuel Macron") in got, got
    assert ("Emmanuel Macron", "SUPPORT", "Lebanon") not in got


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Security Council will hold an emergency session on Friday at the request of "
            "Algeria.",
            "en",
            ("Algeria", "REQUEST", "United Nations Security Council"),
        ),
        (
            "ويعقد مجلس الأمن الدولي جلسة طارئة غدا بطلب من الصومال.",
            "ar",
            ("Somalia", "REQUEST", "United Nations Security Council"),
        ),
    ],
)
def test_acting_at_the_request_of_someone_is_their_request(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "Spanish Prime Minister Pedro Sanchez told Moroccan King Mohammed VI in a phone call "
            "on Tuesday that Madrid backed the plan.",
            "en",
            ("Pedro Sanchez", "Mohammed VI of Morocco"),
        ),
        (
            "وأكد الرئيس الفرنسي إيمانويل ماكرون للرئيس اللبناني جوزاف عون خلال اتصال هاتفي أمس "
            "دعم باريس للجيش اللبناني.",
            "ar",
            ("Emmanuel Macron", "Joseph Aoun"),
        ),
    ],
)
def test_telling_someone_during_a_call_is_a_consultation_with_them(
    text: str, lang: str, pair: tuple[str, str]
) -> None:
    got = triples(text, lang)
    assert (pair[0], "CONSULT", pair[1]) in got, got


def test_they_after_a_meeting_are_the_pair_just_named() -> None:
    x = run(
        "Modi received Sheikh Mohamed bin Zayed in New Delhi on Monday. They had last met in "
        "Abu Dhabi in February.",
        "en",
    )
    earlier = {
        (x.entity(r.subject).label, x.entity(r.object).label)
        for r in x.relations
        if r.type.value == "CONSULT" and r.date == "2025-02"
    }
    assert earlier & {
        ("Narendra Modi", "Mohamed bin Zayed Al Nahyan"),
        ("Mohamed bin Zayed Al Nahyan", "Narendra Modi"),
    }, x.relations


def test_the_subject_before_an_appositive_acts() -> None:
    got = triples("Narendra Modi, the Indian prime minister, visited Kuwait on Sunday.", "en")
    assert ("Narendra Modi", "CONSULT", "Kuwait") in got, got


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Israel said on Sunday that it had intercepted dozens of Iranian drones.",
            "en",
            ("Iran", "ASSAULT", "Israel"),
        ),
        (
            "وأعلنت إسرائيل أنها اعترضت عشرات المسيرات الإيرانية.",
            "ar",
            ("Iran", "ASSAULT", "Israel"),
        ),
    ],
)
def test_downing_a_states_weapons_is_that_states_attack_on_the_defender(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    got = triples(text, lang)
    assert expected in got, got


def test_two_nationality_adjectives_after_a_dual_noun_are_the_pair() -> None:
    x = run("ولم يلتق الوفدان المصري والإثيوبي في القاهرة.", "ar")
    got = {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label, r.modality.value)
        for r in x.relations
    }
    assert got & {
        ("Egypt", "CONSULT", "Ethiopia", "negated"),
        ("Ethiopia", "CONSULT", "Egypt", "negated"),
    }, got


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        (
            "واستقبل ولي العهد السعودي الأمير محمد بن سلمان نيابة عن الملك سلمان بن عبد العزيز "
            "أمير قطر.",
            "ar",
            ("Mohammed bin Salman", "CONSULT", "Salman bin Abdulaziz Al Saud"),
        ),
        (
            "وأصدرت دول مجلس التعاون الخليجي ومصر بيانا مشتركا.",
            "ar",
            ("Gulf Cooperation Council", "COOPERATE", "Egypt"),
        ),
        (
            "The Shanghai Cooperation Organisation and India held talks.",
            "en",
            ("Shanghai Cooperation Organisation", "COOPERATE", "India"),
        ),
        (
            "Washington said Russia was wrongfully detaining him, and Reuters reported that talks "
            "had stalled.",
            "en",
            ("Russia", "COERCE", "Reuters"),
        ),
    ],
)
def test_no_party_from_on_behalf_of_a_name_or_past_an_object_pronoun(
    text: str, lang: str, absent: tuple[str, str, str]
) -> None:
    # whom one stands for, a trigger word inside an organisation's name ("Cooperation"),
    # and a name past "him" are no parties
    got = triples(text, lang)
    assert absent not in got, got


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Vietnam inflicted a heavy defeat on China in 1979.",
            "en",
            ("Vietnam", "ASSAULT", "China"),
        ),
        (
            "وألحقت مصر هزيمة كبيرة بإسرائيل في حرب أكتوبر 1973.",
            "ar",
            ("Egypt", "ASSAULT", "Israel"),
        ),
        (
            "Poland on Monday demanded an emergency meeting of the UN Security Council.",
            "en",
            ("Poland", "REQUEST", "United Nations Security Council"),
        ),
    ],
)
def test_added_phrasings(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lavrov cancelled a trip to Ankara planned for Monday.", "en"),
        ("وألغى وزير الخارجية الروسي سيرغي لافروف زيارته إلى أنقرة.", "ar"),
    ],
)
def test_a_cancelled_visit_is_a_negated_consultation(text: str, lang: str) -> None:
    x = run(text, lang)
    got = {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label, r.modality.value)
        for r in x.relations
    }
    assert ("Sergey Lavrov", "CONSULT", "Türkiye", "negated") in got, got


def test_a_time_after_a_place_phrase_dates_the_act() -> None:
    x = run(
        "Biden and Xi met near San Francisco on Wednesday. They last met in Bali, Indonesia, "
        "in November 2022.",
        "en",
    )
    dates = {r.date for r in x.relations if r.type.value == "CONSULT"}
    assert "2022-11" in dates, dates


def test_a_warning_is_aimed_at_the_other_side_not_at_the_speakers_own() -> None:
    got = triples(
        "وقالت البعثة الإيرانية لدى الأمم المتحدة إن الأمر انتهى. وحذرت من أن رد طهران سيكون "
        "أشد إذا ارتكبت إسرائيل خطأ آخر.",
        "ar",
    )
    assert {t for t in got if t[1] == "THREATEN" and t[2] == "Israel"}, got
    assert not {t for t in got if t[1] == "THREATEN" and t[2] == "Iran"}, got


def test_condemning_the_attack_accuses_the_attacker_named_a_few_sentences_before() -> None:
    got = triples(
        "وأطلقت إيران مساء السبت مئات المسيرات والصواريخ على إسرائيل. وقال الجيش الإسرائيلي إن "
        "معظمها اعترض. وأعلنت واشنطن أنها ساعدت في التصدي للهجوم. ودان الرئيس الأمريكي جو بايدن "
        "الهجوم بأشد العبارات.",
        "ar",
    )
    assert ("Joe Biden", "ACCUSE", "Iran") in got, got


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Iran accused Israel of carrying out the strike on its consulate.",
            "en",
            ("Israel", "ASSAULT", "Iran"),
        ),
        ("واتهمت باكستان الهند بشن هجوم على أراضيها.", "ar", ("India", "ASSAULT", "Pakistan")),
    ],
)
def test_an_accusation_of_carrying_out_an_attack_reports_that_attack(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    got = triples(text, lang)
    assert expected in got, got
    assert (expected[2], "ACCUSE", expected[0]) in got, got


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Hungary ordered 12 employees of the Ukrainian embassy in Budapest to leave the "
            "country on Friday.",
            "en",
            ("Hungary", "SANCTION", "Ukraine"),
        ),
        (
            "وأمهلت الجزائر 12 موظفا في السفارة الفرنسية 48 ساعة لمغادرة البلاد.",
            "ar",
            ("Algeria", "SANCTION", "France"),
        ),
    ],
)
def test_ordering_a_states_staff_to_leave_is_an_expulsion(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'Biden told reporters: "He is a dictator." On Thursday, Chinese foreign ministry '
            'spokeswoman Mao Ning called the remark "irresponsible".',
            "en",
        ),
        (
            "وقال الرئيس الأمريكي جو بايدن إن الرئيس الصيني شي جين بينغ دكتاتور. ووصفت المتحدثة "
            "باسم الخارجية الصينية ماو نينغ التصريحات بأنها استفزازية.",
            "ar",
        ),
    ],
)
def test_calling_a_bare_remark_names_evaluates_the_last_speaker_of_the_other_side(
    text: str, lang: str
) -> None:
    assert ("Mao Ning", "ACCUSE", "Joe Biden") in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "condemners", "target"),
    [
        (
            "Kenya, Ghana and Senegal condemned the attack on Mali's army on Sunday.",
            "en",
            ["Kenya", "Ghana", "Senegal"],
            "Mali",
        ),
        ("واستنكرت الكويت بشدة استهداف منشآت نفطية في العراق.", "ar", ["Kuwait"], "Iraq"),
    ],
)
def test_a_state_condemning_an_unattributed_attack_is_not_the_attacker(
    text: str, lang: str, condemners: list[str], target: str
) -> None:
    got = triples(text, lang)
    assert not {t for t in got if t[1] == "ASSAULT" and t[0] in condemners}


def test_a_condemned_attack_keeps_its_named_attacker() -> None:
    got = triples("Norway condemned Iran's attack on Iraqi Kurdistan.", "en")
    assert ("Norway", "ACCUSE", "Iran") in got
    assert not {t for t in got if t[0] == "Norway" and t[1] == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia struck Ukrainian power stations overnight.", "en"),
        ("وقصفت روسيا محطات الكهرباء الأوكرانية فجر اليوم.", "ar"),
    ],
)
def test_a_state_adjective_on_infrastructure_makes_the_state_the_target(
    text: str, lang: str
) -> None:
    assert ("Russia", "ASSAULT", "Ukraine") in triples(text, lang)


def test_a_sector_word_with_a_state_adjective_is_not_a_ministry() -> None:
    def bodies(text: str) -> list[str]:
        x = run(text, "ar")
        return [e.label for e in x.entities if e.type.value == "Organization"]

    assert bodies("وتراجعت صادرات النفط الليبية بعد إغلاق الحقول.") == []
    assert bodies("وقالت وزارة النفط الليبية إن الإنتاج تراجع.") == ["وزارة النفط الليبية"]


@pytest.mark.parametrize(
    ("text", "subjects", "guest"),
    [
        (
            "والتقى وزير الخارجية القطري والوفد المصري، فور وصولهما إلى غزة، رئيس الوزراء "
            "الفلسطيني محمد مصطفى.",
            ["Egypt"],
            "Mohammad Mustafa",
        ),
        (
            "واستقبل الرئيس الفرنسي إيمانويل ماكرون ووزير خارجيته جان نويل بارو رئيس الوزراء "
            "الهندي ناريندرا مودي.",
            ["Emmanuel Macron", "Jean-Noël Barrot"],
            "Narendra Modi",
        ),
    ],
)
def test_coordinated_subjects_of_an_arabic_verb_each_meet_the_object(
    text: str, subjects: list[str], guest: str
) -> None:
    got = triples(text, "ar")
    for s in subjects:
        assert (s, "CONSULT", guest) in got, s
    assert not [t for t in got if t[1] == "CONSULT" and {t[0], t[2]} <= {*subjects, "Qatar"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وصل وزير الخارجية التركي هاكان فيدان، اليوم، إلى بغداد في زيارة رسمية.",
            ("Hakan Fidan", "CONSULT", "Iraq"),
        ),
        (
            "وحملت قطر أمس إسرائيل المسؤولية عن انهيار المفاوضات.",
            ("Qatar", "ACCUSE", "Israel"),
        ),
    ],
)
def test_a_time_word_after_an_arabic_verb_first_subject_does_not_break_the_phrase(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, "ar")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chad called the border closure an attack on Sudan's sovereignty.", "en"),
        ("واعتبرت ليبيا القرار اعتداء على سيادة تونس.", "ar"),
    ],
)
def test_an_attack_on_a_states_sovereignty_is_a_charge_not_a_strike(text: str, lang: str) -> None:
    assert not [t for t in triples(text, lang) if t[1] == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey carried out drone strikes on five positions in Syria on Sunday.", "en"),
        ("وشنت تركيا غارات بطائرات مسيرة على خمسة مواقع في سوريا الأحد.", "ar"),
    ],
)
def test_strikes_on_targets_in_a_state_assault_that_state(text: str, lang: str) -> None:
    assert ("Türkiye", "ASSAULT", "Syria") in triples(text, lang)
