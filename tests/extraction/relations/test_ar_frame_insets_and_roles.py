"""Arabic frames the coder declined (S17-FRAME-AR), each on fresh news-style sentences.

A relay inset between commas after the subject ("دعت روسيا، على لسان المتحدثة باسم خارجيتها X،
الطرفين إلى"، "وحثت الصين، في بيان، البلدين على"): whom the verb asks follows the inset, a
named state or "the two sides" told before; the inset's preposition opens no request content.

Praise that takes its patient after a preposition only ("نوّه بـ"): a noun of the actor's part
carrying the preposition ("منوها بدور قطر"، "بالدور الذي تضطلع به قطر"، "بجهود الكويت") makes
its owner the patient; "نوه بأن"، "نوه إلى أن" still praise no one.
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, relation_triples

PUB = datetime.date(2025, 3, 1)
TENSION = "تصاعد التوتر بين الهند وباكستان على الحدود المشتركة. "


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وطالبت روسيا، على لسان المتحدثة باسم وزارة خارجيتها ماريا زاخاروفا، الولايات "
            "المتحدة بوقف تسليح أوكرانيا.",
            {("Russia", "REQUEST", "United States")},
        ),
        (
            TENSION + "ودعت الصين، على لسان المتحدث باسم وزارة خارجيتها لين جيان، البلدين "
            "إلى ضبط النفس.",
            {("China", "REQUEST", "India"), ("China", "REQUEST", "Pakistan")},
        ),
        (
            TENSION + "وحثت الصين، في بيان، البلدين على ضبط النفس.",
            {("China", "REQUEST", "India"), ("China", "REQUEST", "Pakistan")},
        ),
        (
            TENSION + "ودعت الصين، في بيان، الهند إلى ضبط النفس.",
            {("China", "REQUEST", "India")},
        ),
    ],
)
def test_request_object_after_a_relay_inset(text: str, want: set[tuple[str, str, str]]) -> None:
    got = relation_triples(extracted(text, "ar", PUB))
    assert want <= got, got


def test_relay_inset_speaker_is_no_patient() -> None:
    text = (
        "وطالبت روسيا، على لسان المتحدثة باسم وزارة خارجيتها ماريا زاخاروفا، الولايات "
        "المتحدة بوقف تسليح أوكرانيا."
    )
    got = relation_triples(extracted(text, "ar", PUB))
    assert not {t for t in got if t[1] == "REQUEST" and "Zakharova" in t[2]}, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وأكد الرئيس الأرميني نيكول باشينيان التزام بلاده بالسلام، منوها بالدور الذي "
            "تضطلع به دولة قطر في تقريب وجهات النظر.",
            ("Nikol Pashinyan", "SUPPORT", "Qatar"),
        ),
        (
            "ونوه الرئيس الأرميني نيكول باشينيان بالدور الذي تضطلع به قطر.",
            ("Nikol Pashinyan", "SUPPORT", "Qatar"),
        ),
        (
            "وأكد الرئيس الأرميني نيكول باشينيان التزام بلاده بالسلام، منوها بدور قطر.",
            ("Nikol Pashinyan", "SUPPORT", "Qatar"),
        ),
        (
            "ونوهت مصر بجهود الكويت في تهدئة الأوضاع.",
            ("Egypt", "SUPPORT", "Kuwait"),
        ),
    ],
)
def test_praise_of_an_actors_part_after_the_preposition(
    text: str, want: tuple[str, str, str]
) -> None:
    got = relation_triples(extracted(text, "ar", PUB))
    assert want in got, got


@pytest.mark.parametrize(
    "text",
    [
        "ونوه وزير الخارجية المصري بأن الكويت ستستضيف الاجتماع المقبل.",
        "ونوه الوزير إلى أن مصر تقوم بدور كبير في المنطقة.",
    ],
)
def test_noted_that_praises_no_one(text: str) -> None:
    got = relation_triples(extracted(text, "ar", PUB))
    assert not {t for t in got if t[1] == "SUPPORT"}, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وفرضت وزارة الخزانة الأمريكية عقوبات على ثلاثة وزراء إيرانيين بسبب دعم الهجمات.",
            ("SANCTION", "Iran"),
        ),
        (
            "وأفرجت السلطات الإيرانية أمس عن المواطنين الفرنسيين المحتجزين منذ عامين.",
            ("CONCEDE", "France"),
        ),
        ("وطردت بولندا دبلوماسيا روسيا بتهمة التجسس.", ("SANCTION", "Russia")),
        ("واعتقلت الشرطة الهندية ضابطين باكستانيين قرب الحدود.", ("COERCE", "Pakistan")),
    ],
)
def test_people_of_a_state_by_their_office_stand_for_it(text: str, want: tuple[str, str]) -> None:
    got = relation_triples(extracted(text, "ar", PUB))
    assert any((t[1], t[2]) == want for t in got), got


def test_prime_minister_nisba_makes_no_patient_of_the_cabinet() -> None:
    # "رئيس الوزراء الإسرائيلي": the head noun "الوزراء" (definite) is no people counted
    text = "والتقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو المبعوث الأمريكي ستيف ويتكوف في القدس."
    got = relation_triples(extracted(text, "ar", PUB))
    assert ("Benjamin Netanyahu", "CONSULT", "Steve Witkoff") in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وقال الجيش الصومالي إن هجمات شنها مسلحون من حركة الشباب على قاعدة عسكرية في "
            "الصومال أسفرت عن مقتل جنود.",
            ("Al-Shabaab", "ASSAULT", "Somalia"),
        ),
    ],
)
def test_relative_doer_verb_with_a_partitive_subject(text: str, want: tuple[str, str, str]) -> None:
    # "هجمات شنها مسلحون من X": the group the doers are of carried the attacks out
    got = relation_triples(extracted(text, "ar", PUB))
    assert any(t[1:] == want[1:] and "Shabaab" in t[0] for t in got), got


def test_refused_intervention_named_by_its_authors_adjective_past_another() -> None:
    # "رفض التدخل العسكري التركي": Turkey does the intervention (accused), no victim of it
    text = "ورفض البرلمان الليبي التدخل العسكري التركي في ليبيا."
    got = relation_triples(extracted(text, "ar", PUB))
    assert any(t[1] == "ACCUSE" and t[2] == "Türkiye" for t in got), got


def test_refused_attack_on_a_named_victim_stays_with_the_victim() -> None:
    text = "ورفضت قطر أي اعتداء على السيادة العراقية."
    got = relation_triples(extracted(text, "ar", PUB))
    assert not {t for t in got if t[1] in ("ACCUSE", "REJECT") and t[2] == "Iraq"}, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وقال المتحدث باسم الخارجية الإيرانية إن طهران مستعدة لمواصلة الحوار مع الكويت.",
            ("Iran", "SUPPORT", "Kuwait"),
        ),
        (
            "وقال المتحدث باسم الكرملين إن موسكو تعتزم تطوير علاقاتها مع الخرطوم في كل المجالات.",
            ("Russia", "SUPPORT", "Sudan"),
        ),
    ],
)
def test_readiness_or_intent_to_talk_or_build_ties_is_support(
    text: str, want: tuple[str, str, str]
) -> None:
    got = relation_triples(extracted(text, "ar", PUB))
    assert want in got, got
    assert not {t for t in got if t[1] == "CONSULT" and want[2] in t}, got


def test_talks_held_stay_consult() -> None:
    got = relation_triples(extracted("وأجرت طهران محادثات مع الكويت أمس.", "ar", PUB))
    assert ("Iran", "CONSULT", "Kuwait") in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وقال الرئيس الأذربيجاني إلهام علييف إن توقيع المعاهدة يتطلب من يريفان تعديل دستورها.",
            ("Ilham Aliyev", "REQUEST", "Armenia"),
        ),
        (
            "وأكد وزير الخارجية المصري بدر عبد العاطي أن السلام يتطلب من إسرائيل وقف الاستيطان.",
            ("Badr Abdelatty", "REQUEST", "Israel"),
        ),
    ],
)
def test_what_a_step_requires_of_a_party_is_asked_of_it(
    text: str, want: tuple[str, str, str]
) -> None:
    got = relation_triples(extracted(text, "ar", PUB))
    assert want in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وقال وزير الخارجية التركي هاكان فيدان إن بلاده اتفقت مع الولايات المتحدة على "
            "تعليق العملية العسكرية.",
            ("Türkiye", "AGREE", "United States"),
        ),
        (
            "وقال وزير الخارجية العراقي فؤاد حسين إن بلاده ستبحث مع الجانب الكويتي سبل "
            "معالجة الأزمة.",
            ("Iraq", "CONSULT", "Kuwait"),
        ),
    ],
)
def test_his_country_agrees_and_talks_as_the_state(text: str, want: tuple[str, str, str]) -> None:
    # "إن بلاده اتفقت مع X": the state is party to the deal or the talks, not the man who tells
    # it (a stance told, "إن بلاده تدين", stays the speaker's)
    got = relation_triples(extracted(text, "ar", PUB))
    assert want in got, got


def test_his_country_condemns_stays_the_speaker() -> None:
    text = "وقال وزير الخارجية التركي هاكان فيدان إن بلاده تدين الغارة الإسرائيلية على دمشق."
    got = relation_triples(extracted(text, "ar", PUB))
    assert ("Hakan Fidan", "ACCUSE", "Israel") in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وأكملت القوات الفرنسية انسحابها من قاعدة غاو في مالي.", ("RETREAT", "Mali")),
        ("وانسحبت القوات الروسية من مطار كراماتورسك في أوكرانيا.", ("RETREAT", "Ukraine")),
    ],
)
def test_forces_leave_the_state_a_named_site_is_in(text: str, want: tuple[str, str]) -> None:
    got = relation_triples(extracted(text, "ar", PUB))
    assert any(t[1:] == want for t in got), got


def test_site_of_another_state_named_far_after_is_no_patient() -> None:
    text = "وانسحبت القوات الفرنسية من قاعدة غاو، وقال مسؤول إن الجنود سيتوجهون إلى النيجر."
    got = relation_triples(extracted(text, "ar", PUB))
    assert not {t for t in got if t[1] == "RETREAT" and t[2] == "Niger"}, got


def test_each_sponsor_of_talks_meets_each_side() -> None:
    text = (
        "وقعت إسرائيل وحماس اتفاقا لتبادل الأسرى. وجاء الاتفاق بعد مفاوضات غير مباشرة رعتها "
        "قطر ومصر."
    )
    got = relation_triples(extracted(text, "ar", PUB))
    for host in ("Qatar", "Egypt"):
        for side in ("Israel", "Hamas"):
            assert (host, "CONSULT", side) in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وشارك وزير الخارجية السعودي فيصل بن فرحان في الاجتماع الذي استضافته الدوحة.",
            ("Faisal bin Farhan", "CONSULT", "Qatar"),
        ),
        (
            "وشارك الرئيس المصري عبد الفتاح السيسي في القمة التي استضافتها الرياض أمس.",
            ("Abdel Fattah el-Sisi", "CONSULT", "Saudi Arabia"),
        ),
    ],
)
def test_one_taking_part_in_hosted_talks_meets_the_host(
    text: str, want: tuple[str, str, str]
) -> None:
    got = relation_triples(extracted(text, "ar", PUB))
    assert want in got, got


def test_pluperfect_subject_past_a_title_and_a_long_name() -> None:
    # "وكان أمير قطر الشيخ X بن Y آل Z قد استضاف": the host is the subject between كان and
    # قد, though the name runs past the linked mention; not the guest named after the verb
    text = (
        "وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد استضاف في مارس الماضي لقاء جمع "
        "الرئيس الكونغولي فيليكس تشيسكيدي والرئيس الرواندي بول كاغامي."
    )
    got = relation_triples(extracted(text, "ar", PUB))
    assert ("Tamim bin Hamad Al Thani", "CONSULT", "فيليكس تشيسكيدي") in got, got
    assert ("Tamim bin Hamad Al Thani", "CONSULT", "بول كاغامي") in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وتستمر المحادثات السعودية الإيرانية منذ العام الماضي.", ("Saudi Arabia", "Iran")),
        ("وبحثت المحادثات السعودية الأمريكية ملف الطاقة.", ("Saudi Arabia", "United States")),
    ],
)
def test_state_named_like_its_nisba_pairs_with_the_next_adjective(
    text: str, want: tuple[str, str]
) -> None:
    # "السعودية" names the state and reads as its nisba: "المحادثات السعودية الإيرانية"
    got = relation_triples(extracted(text, "ar", PUB))
    assert (want[0], "CONSULT", want[1]) in got, got


def test_state_name_alone_after_a_noun_pairs_with_nothing() -> None:
    got = relation_triples(extracted("وأعلنت الحكومة السعودية الإيرانية.", "ar", PUB))
    assert not {t for t in got if t[1] == "CONSULT"}, got


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "وجاء ذلك بعد مقتل قائد فيلق القدس قاسم سليماني في غارة أميركية قرب مطار بغداد.",
            ("United States", "ASSAULT", "قاسم سليماني"),
            ("United States", "ASSAULT", "Iraq"),
        ),
        (
            "وأكدت مصادر مقتل ثلاثة جنود سوريين في غارة إسرائيلية على ريف دمشق.",
            ("Israel", "ASSAULT", "Syrian Armed Forces"),
            None,
        ),
    ],
)
def test_one_killed_in_a_strike_was_hit_by_the_strikes_state(
    text: str, want: tuple[str, str, str], not_want: tuple[str, str, str] | None
) -> None:
    # "مقتل X في غارة أميركية قرب بغداد": X was hit, not the place the strike was near
    got = relation_triples(extracted(text, "ar", PUB))
    assert want in got, got
    assert not_want not in got, got


def test_a_strike_with_no_death_told_keeps_its_target() -> None:
    got = relation_triples(extracted("وشنت إسرائيل غارة على دمشق.", "ar", PUB))
    assert ("Israel", "ASSAULT", "Syria") in got, got


def test_the_number_two_is_no_praise() -> None:
    text = "وأعلن الحرس الثوري مقتل اثنين من ضباطه في غارة إسرائيلية قرب دمشق."
    got = relation_triples(extracted(text, "ar", PUB))
    assert not {t for t in got if t[1] == "SUPPORT"}, got
    got = relation_triples(extracted("وأثنى الرئيس الأمريكي على مصر.", "ar", PUB))
    assert {t for t in got if t[1] == "SUPPORT" and t[2] == "Egypt"}, got


def test_an_accord_named_after_a_capital_makes_no_party_of_its_state() -> None:
    # "باتفاق الجزائر": Algiers, where the accord was signed; Algeria is no party
    text = "وانتهت الحرب الحدودية بين إثيوبيا وإريتريا باتفاق الجزائر عام 2000."
    got = relation_triples(extracted(text, "ar", PUB))
    assert not {t for t in got if "Algeria" in (t[0], t[2])}, got
    assert ("Eritrea", "ASSAULT", "Ethiopia") in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ورحبت فرنسا باتفاق الكويت مع العراق.", ("Kuwait", "AGREE", "Iraq")),
        (
            "ورحبت الأمم المتحدة باتفاق الجزائر وفرنسا على التعاون الأمني.",
            ("Algeria", "AGREE", "France"),
        ),
    ],
)
def test_a_state_with_a_partner_after_the_accord_noun_is_a_party(
    text: str, want: tuple[str, str, str]
) -> None:
    got = relation_triples(extracted(text, "ar", PUB))
    assert want in got, got
