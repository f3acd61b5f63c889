"""Arabic relation frames across clauses (S12-RELAR): who does an act when its doer is
told in another clause or sentence.

Families: a nominative dual of sides or officials right after a one-way verb is its
subject ("ودعا الجانبان روسيا إلى"، "ويطالب الطرفان"، "وسيدعو الزعيمان") while the
accusative dual stays whom one asks; a plural head ("ودعا الوزراء") stands for the states
of the officials just listed; the host named in a relative clause ("المحادثات التي
ترعاها Z") is no partner of a signing, and talks a signing closed are hosted by Z, far
from the verb too (the hosting told by the month); a mediation "قامت بها" with no subject
of its own is the clause subject's, one with its own subject is that one's; a row of
nisbas after "بوساطة" names each mediator; a definite nisba after a definite hostile act
("بالهجوم الحوثي") is its doer, not the condemner's patient; "تلقى X اتصالا من Y، أكد
خلاله" is said by the caller Y; a judgement of an act told before ("رفضها لهذه
العقوبات"، "معارضتهما للقرار") aims at each of its authors.
Every sentence is written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction

Triple = tuple[str, str, str]

MET = "التقى الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني أولاف شولتس في برلين."


def _extract(text: str) -> Extraction:
    return extracted(text, "ar", date(2025, 3, 10))


def relations(text: str) -> list[Triple]:
    x = _extract(text)
    return [
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label) for r in x.relations
    ]


def dated(text: str) -> dict[Triple, str | None]:
    x = _extract(text)
    return {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label): r.date
        for r in x.relations
    }


@pytest.mark.parametrize(
    ("sentence", "rtype", "patient"),
    [
        ("ودعا الجانبان روسيا إلى سحب قواتها.", "REQUEST", "Russia"),
        ("ويطالب الجانبان إيران بوقف تخصيب اليورانيوم.", "REQUEST", "Iran"),
        ("كما حث الطرفان الصين على الضغط على موسكو.", "REQUEST", "China"),
        ("وسيدعو الزعيمان الهند إلى خفض الرسوم الجمركية.", "REQUEST", "India"),
        ("وحذر الجانبان كوريا الشمالية من أي تجربة نووية جديدة.", "THREATEN", "North Korea"),
        ("واتهم الرئيسان، أمس، إيران بتزويد موسكو بالمسيرات.", "ACCUSE", "Iran"),
        ("وأدان الزعيمان بشدة الغزو الروسي لأوكرانيا.", "ACCUSE", "Russia"),
        ("ورفض الجانبان القرار الأمريكي بفرض رسوم جمركية.", "REJECT", "United States"),
    ],
    ids=[
        "perfect",
        "imperfect",
        "kama_plus_hatta",
        "future",
        "warning",
        "adverb_between",
        "nisba_of_the_act",
        "nisba_of_the_decision",
    ],
)
def test_a_nominative_dual_after_a_one_way_verb_is_its_subject(
    sentence: str, rtype: str, patient: str
) -> None:
    got = relations(f"{MET} {sentence}")
    assert ("Emmanuel Macron", rtype, patient) in got
    assert ("Olaf Scholz", rtype, patient) in got
    assert ("Olaf Scholz", rtype, "Emmanuel Macron") not in got
    assert ("Emmanuel Macron", rtype, "Olaf Scholz") not in got


def test_the_accusative_dual_is_still_whom_one_asks() -> None:
    got = relations(
        "اندلعت اشتباكات بين أرمينيا وأذربيجان على الحدود. ودعت فرنسا الجانبين إلى ضبط النفس."
    )
    assert ("France", "REQUEST", "Armenia") in got
    assert ("France", "REQUEST", "Azerbaijan") in got


@pytest.mark.parametrize(
    ("text", "doers", "rtype", "patient"),
    [
        (
            "اجتمع وزراء خارجية إيطاليا وإسبانيا والبرتغال في مدريد. ودعا الوزراء المغرب "
            "إلى تعزيز التعاون في مكافحة الهجرة غير النظامية.",
            ("Italy", "Spain", "Portugal"),
            "REQUEST",
            "Morocco",
        ),
        (
            "عقد قادة مصر والأردن والعراق قمة ثلاثية في بغداد. وأدان القادة الهجمات "
            "الإسرائيلية على لبنان.",
            ("Egypt", "Jordan", "Iraq"),
            "ACCUSE",
            "Israel",
        ),
    ],
    ids=["ministers", "leaders"],
)
def test_a_plural_head_stands_for_the_states_just_listed(
    text: str, doers: tuple[str, ...], rtype: str, patient: str
) -> None:
    got = relations(text)
    for doer in doers:
        assert (doer, rtype, patient) in got


@pytest.mark.parametrize(
    ("text", "pair", "hosts"),
    [
        (
            "وقّعت كولومبيا وفنزويلا اتفاقاً لإعادة فتح الحدود في ختام المحادثات التي "
            "ترعاها البرازيل.",
            ("Colombia", "Venezuela"),
            ("Brazil",),
        ),
        (
            "اتفقت الهند وباكستان على تبادل الأسرى خلال محادثات استضافتها السعودية.",
            ("India", "Pakistan"),
            ("Saudi Arabia",),
        ),
        (
            "وقّعت صربيا وكوسوفو في بروكسل على وثيقة لتطبيع العلاقات، وذلك في ختام الجولة "
            "الثالثة من المحادثات التي تيسّرها فرنسا وألمانيا منذ مطلع العام.",
            ("Serbia", "Kosovo"),
            ("France", "Germany"),
        ),
    ],
    ids=["sponsored_relative", "hosted_relative", "facilitated_far_from_the_verb"],
)
def test_the_host_of_the_talks_a_signing_closed_meets_each_side_and_signs_nothing(
    text: str, pair: tuple[str, str], hosts: tuple[str, ...]
) -> None:
    got = relations(text)
    assert (pair[0], "AGREE", pair[1]) in got or (pair[1], "AGREE", pair[0]) in got
    for host in hosts:
        for side in pair:
            assert (host, "CONSULT", side) in got or (side, "CONSULT", host) in got
            assert (side, "AGREE", host) not in got


def test_hosting_talks_a_signing_closed_is_dated_by_the_month() -> None:
    got = dated(
        "وقّعت صربيا وكوسوفو أمس على وثيقة لتطبيع العلاقات، وذلك في ختام الجولة الثالثة "
        "من المحادثات التي تيسّرها فرنسا منذ مطلع العام."
    )
    assert got.get(("France", "CONSULT", "Serbia")) == "2025-03"


@pytest.mark.parametrize(
    ("text", "mediator"),
    [
        ("أعلنت قطر نجاح وساطة قامت بها بين روسيا وأوكرانيا لإعادة أطفال.", "Qatar"),
        ("أعلنت تركيا نجاح جهود وساطة جديدة قامت بها بين روسيا وأوكرانيا.", "Türkiye"),
        (
            "وأعلنت الخارجية الإماراتية أن الوساطة التي تقوم بها سلطنة عمان بين إيران "
            "والولايات المتحدة مستمرة.",
            "Oman",
        ),
    ],
    ids=["did_it_no_subject", "one_adjective_first", "own_subject"],
)
def test_a_mediation_carried_out_by_the_clause_subject_or_its_own(text: str, mediator: str) -> None:
    got = relations(text)
    parties = ("Russia", "Ukraine") if "روسيا" in text else ("Iran", "United States")
    for party in parties:
        assert (mediator, "CONSULT", party) in got


def test_a_row_of_nisbas_after_mediation_names_each_mediator() -> None:
    got = relations("توصلت إسرائيل وحماس إلى اتفاق لتبادل الأسرى بوساطة مصرية قطرية أمريكية.")
    for mediator in ("Egypt", "Qatar", "United States"):
        assert (mediator, "CONSULT", "Israel") in got


@pytest.mark.parametrize(
    "text",
    [
        "ندد وزير الخارجية السعودي بالهجوم الحوثي على ناقلة النفط في البحر الأحمر.",
        "أدانت الإمارات بشدة الهجوم الحوثي الذي استهدف مطار أبها.",
    ],
    ids=["with_bi", "object"],
)
def test_a_definite_nisba_after_a_hostile_act_is_its_doer_not_the_condemners_patient(
    text: str,
) -> None:
    got = relations(text)
    assert not any(t == "ASSAULT" and o == "Houthis" for _, t, o in got)
    assert any(t == "ACCUSE" and o == "Houthis" for _, t, o in got)


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "تلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالاً هاتفياً من الرئيس الفرنسي "
            "إيمانويل ماكرون، أكد خلاله دعم بلاده للبنان.",
            ("Emmanuel Macron", "SUPPORT", "Lebanon"),
            ("Mohammed bin Salman", "SUPPORT", "Lebanon"),
        ),
        (
            "تلقى أمير قطر اتصالا هاتفيا من الرئيس الإيراني، أعرب خلاله عن تضامن بلاده مع الدوحة.",
            None,
            ("Tamim bin Hamad Al Thani", "SUPPORT", "Ebrahim Raisi"),
        ),
    ],
    ids=["caller_supports", "receiver_is_no_supporter_of_the_caller"],
)
def test_what_is_said_during_a_received_call_is_the_callers(
    text: str, want: Triple | None, not_want: Triple
) -> None:
    got = relations(text)
    if want is not None:
        assert want in got
    assert not_want not in got


def test_the_receiver_named_again_during_the_call_keeps_his_words() -> None:
    got = relations(
        "تلقى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً من الرئيس الأمريكي جو بايدن، "
        "أكد الرئيس المصري خلاله دعمه للشعب الفلسطيني."
    )
    assert ("Joe Biden", "SUPPORT", "Palestine") not in got


@pytest.mark.parametrize(
    ("text", "judges", "authors"),
    [
        (
            "فرضت الولايات المتحدة وبريطانيا عقوبات جديدة على كوريا الشمالية. وأعلنت روسيا "
            "والصين معارضتهما لهذه العقوبات.",
            ("Russia", "China"),
            ("United States", "United Kingdom"),
        ),
        (
            "فرضت الولايات المتحدة عقوبات جديدة على إيران. وأعلنت روسيا رفضها لهذه العقوبات.",
            ("Russia",),
            ("United States",),
        ),
        (
            "أعلنت الجزائر تعليق معاهدة الصداقة مع إسبانيا. وأعربت الحكومة الإسبانية عن "
            "رفضها للقرار.",
            ("Spain",),
            ("Algeria",),
        ),
    ],
    ids=["dual_owners_two_authors", "demonstrative", "definite_noun"],
)
def test_a_judgement_of_an_act_told_before_aims_at_each_of_its_authors(
    text: str, judges: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    got = relations(text)
    for judge in judges:
        for author in authors:
            assert (judge, "REJECT", author) in got


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت قطر نجاح وساطة جديدة قامت بها بين روسيا وأوكرانيا، أسفرت عن تبادل 200 أسير "
        "من الجانبين.",
        "أعلنت قطر نجاح وساطتها بين روسيا وأوكرانيا، أسفرت عن تبادل 200 أسير من الجانبين.",
    ],
    ids=["did_it", "possessive"],
)
def test_a_swap_a_mediation_brought_about_is_between_the_two_sides(text: str) -> None:
    got = relations(text)
    assert ("Russia", "CONCEDE", "Ukraine") in got
    assert not any(s == "Qatar" and t == "CONCEDE" for s, t, _ in got)
    assert not any(o == "Qatar" and t == "CONCEDE" for _, t, o in got)


@pytest.mark.parametrize(
    ("second", "patient"),
    [
        ("ودعا روسيا إلى سحب قواتها من الأراضي الأوكرانية.", "Russia"),
        ("كما طالب إيران بوقف تزويد موسكو بالمسيرات.", "Iran"),
        ("وحث الصين على الضغط على موسكو.", "China"),
    ],
    ids=["wa_perfect", "kama", "hatta_ala"],
)
def test_a_masculine_verb_opening_a_sentence_before_a_state_is_the_last_mans_request(
    second: str, patient: str
) -> None:
    got = relations(f"وأكد المستشار الألماني أولاف شولتس دعم بلاده لأوكرانيا. {second}")
    assert ("Olaf Scholz", "REQUEST", patient) in got


def test_a_state_of_masculine_name_stays_the_subject_of_a_masculine_verb() -> None:
    got = relations("وأكد الرئيس الأمريكي جو بايدن دعم بلاده لإسرائيل. ودعا العراق إلى ضبط النفس.")
    assert ("Joe Biden", "REQUEST", "Iraq") not in got


def test_hosting_a_signing_ceremony_keeps_the_day() -> None:
    got = dated(
        "وقّع وزير الخارجية الإماراتي أمس معاهدة السلام بين الإمارات وإسرائيل، في مراسم "
        "استضافها الرئيس الأمريكي دونالد ترامب في البيت الأبيض."
    )
    assert got.get(("Donald Trump", "CONSULT", "Israel")) == "2025-03-09"


def test_a_participle_acts_for_the_subject_named_after_a_long_title() -> None:
    got = relations(
        "وفي الخرطوم، أعلن رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول "
        "ركن عبد الفتاح البرهان، في خطاب، رفضه للهدنة، متهماً قوات الدعم السريع بمهاجمة "
        "المدنيين."
    )
    assert ("Abdel Fattah al-Burhan", "ACCUSE", "Rapid Support Forces") in got


@pytest.mark.parametrize(
    ("text", "accused", "attacked"),
    [
        ("أدان الرئيس الفرنسي إيمانويل ماكرون الغزو الروسي لأوكرانيا.", "Russia", "Ukraine"),
        ("ونددت قطر بالاجتياح الإسرائيلي لمدينة جنين.", "Israel", "Palestine"),
        ("وأدانت الكويت بشدة الاعتداء الإسرائيلي لسوريا.", "Israel", "Syria"),
    ],
)
def test_condemned_attack_with_a_doer_adjective_accuses_the_doer_not_the_patient(
    text: str, accused: str, attacked: str
) -> None:
    # "الغزو الروسي لأوكرانيا": the nisba names who attacked, the ل-object who was attacked
    got = relations(text)
    assert any(t == "ACCUSE" and o == accused for _, t, o in got), got
    assert not any(t == "ACCUSE" and o == attacked for _, t, o in got), got


def test_support_for_the_patient_of_an_attack_noun_stays_support() -> None:
    got = relations("وجددت قطر دعمها لأوكرانيا في مواجهة الغزو الروسي.")
    assert ("Qatar", "SUPPORT", "Ukraine") in got
    assert not any(t == "ACCUSE" for _, t, _ in got)
