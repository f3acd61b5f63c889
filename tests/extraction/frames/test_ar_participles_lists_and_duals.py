"""Arabic relation constructions added in session 4 (issue #3).

Every sentence here was written for this test in ordinary news style: circumstantial
participles after a clause, condemnations that name the attack instead of the attacker,
list subjects with "كل من", counted and dual plurals that refer back to actors named
before, withdrawal from an international body, and a meeting whose subject was named
in the clause before. Each case gives the (subject, type, object) triples the public
:func:`kg.extractors.extract` must produce (and, where it matters, must not produce).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.models import Article, Extraction
from tests.factories import relation_triples as triples

Triple = tuple[str, str, str]


def run(text: str) -> Extraction:
    return extract(Article(id="t", lang="ar", text=text, published=date(2025, 6, 12)))


CASES: list[tuple[str, list[Triple]]] = [
    # a circumstantial participle takes the subject of the clause before it
    (
        "وأعلن الحرس الثوري الإيراني مسؤوليته عن العملية، متوعدا إسرائيل بمزيد من الضربات.",
        [("Islamic Revolutionary Guard Corps", "THREATEN", "Israel")],
    ),
    (
        "وقال وزير الدفاع الإسرائيلي يسرائيل كاتس إن الجيش سيواصل الضغط، ملوحا لحزب الله"
        " بتوسيع العملية البرية.",
        [("Israel Katz", "THREATEN", "Hezbollah")],
    ),
    (
        "وأعلنت مالي تعليق التعاون الأمني، متهمة فرنسا بدعم الجماعات المسلحة في الشمال.",
        [("Mali", "ACCUSE", "France")],
    ),
    # a condemnation of "the attack" accuses whoever carried out the latest attack
    (
        "وشنت روسيا هجوما واسعا بالمسيرات على كييف. وأعربت ألمانيا عن إدانتها الشديدة للاعتداء.",
        [("Russia", "ASSAULT", "Ukraine"), ("Germany", "ACCUSE", "Russia")],
    ),
    # a list subject with كل من: one relation per member
    (
        "وقصفت إسرائيل مواقع في جنوب لبنان. وأدانت كل من قطر والكويت وسلطنة عمان الهجوم.",
        [
            ("Qatar", "ACCUSE", "Israel"),
            ("Kuwait", "ACCUSE", "Israel"),
            ("Oman", "ACCUSE", "Israel"),
        ],
    ),
    # a counted plural refers back to the states listed before
    (
        "وأعلنت تشاد والسودان وليبيا تشكيل قوة حدودية. ووقعت الدول الثلاث اتفاقا أمنيا.",
        [
            ("Chad", "AGREE", "Sudan"),
            ("Chad", "AGREE", "Libya"),
            ("Sudan", "AGREE", "Libya"),
        ],
    ),
    (
        "وعقدت الجزائر وتونس وليبيا قمة في العاصمة الجزائرية. وطالبت الدول الثلاث فرنسا بالاعتذار.",
        [
            ("Algeria", "REQUEST", "France"),
            ("Tunisia", "REQUEST", "France"),
            ("Libya", "REQUEST", "France"),
        ],
    ),
    # a dual as patient: each of the two sides named before
    (
        "واندلعت مواجهات حدودية بين تايلاند وكمبوديا. وحثت ماليزيا البلدين على ضبط النفس.",
        [("Malaysia", "REQUEST", "Thailand"), ("Malaysia", "REQUEST", "Cambodia")],
    ),
    # withdrawal of a state from an international body downgrades ties (SANCTION)
    (
        "وأعلنت الأرجنتين رسميا انسحابها من منظمة الصحة العالمية.",
        [("Argentina", "SANCTION", "World Health Organization")],
    ),
    # a coordinated verb shares the subject named in the clause before
    (
        "ووصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت على رأس وفد رفيع، والتقى رئيس"
        " الوزراء اللبناني نواف سلام.",
        [("Abbas Araghchi", "CONSULT", "Nawaf Salam")],
    ),
    (
        "وزار وزير الخارجية التركي هاكان فيدان دمشق، ثم التقى الرئيس أحمد الشرع.",
        [("Hakan Fidan", "CONSULT", "Ahmed al-Sharaa")],
    ),
    (
        "وأعلن مجلس الأمن الدولي رفضه للخطة، ودعا إسرائيل إلى الانسحاب من المنطقة العازلة.",
        [("United Nations Security Council", "REQUEST", "Israel")],
    ),
    (
        "وأعلنت الحكومة الباكستانية تعليق التجارة، واتهمت الهند بدعم الجماعات المسلحة.",
        [("Pakistan", "ACCUSE", "India")],
    ),
    # mutual accusations by a dual subject that refers back
    (
        "واندلعت اشتباكات على الحدود بين تايلاند وكمبوديا. وتبادل البلدان الاتهامات ببدء القتال.",
        [("Thailand", "ACCUSE", "Cambodia"), ("Cambodia", "ACCUSE", "Thailand")],
    ),
    (
        "وتبادلت أرمينيا وأذربيجان الاتهامات بخرق الهدنة.",
        [("Armenia", "ACCUSE", "Azerbaijan"), ("Azerbaijan", "ACCUSE", "Armenia")],
    ),
    # an invitation: the host consults the visitor
    (
        "ويزور الرئيس السوري أحمد الشرع باريس تلبية لدعوة من الرئيس الفرنسي إيمانويل ماكرون.",
        [("Emmanuel Macron", "CONSULT", "Ahmed al-Sharaa")],
    ),
    # recognising a state's sovereignty supports it
    (
        "وجددت الولايات المتحدة تأكيد اعترافها بسيادة المغرب على الصحراء.",
        [("United States", "SUPPORT", "Morocco")],
    ),
    # capitals visited, coordinated by و: one visit each
    (
        "وكان وزير الخارجية السعودي فيصل بن فرحان قد زار طهران والدوحة الأسبوع الماضي.",
        [("Faisal bin Farhan", "CONSULT", "Iran"), ("Faisal bin Farhan", "CONSULT", "Qatar")],
    ),
    # sanctions someone is subjected to
    (
        "وتخضع فنزويلا منذ سنوات لعقوبات أمريكية مشددة.",
        [("United States", "SANCTION", "Venezuela")],
    ),
    # a mediator meets each party of the deal it brokered
    (
        "ووقعت أرمينيا وأذربيجان اتفاق سلام بوساطة أمريكية.",
        [("United States", "CONSULT", "Armenia"), ("United States", "CONSULT", "Azerbaijan")],
    ),
    (
        "وتوصلت الهند وباكستان إلى اتفاق لوقف إطلاق النار برعاية الولايات المتحدة.",
        [("United States", "CONSULT", "India"), ("United States", "CONSULT", "Pakistan")],
    ),
    # informing and a joint press conference are contacts
    (
        "وأبلغ وزير الخارجية الأمريكي ماركو روبيو نظيره الصيني وانغ يي بقلق واشنطن.",
        [("Marco Rubio", "CONSULT", "Wang Yi")],
    ),
    (
        "وقال الرئيس المصري عبد الفتاح السيسي خلال مؤتمر صحفي مشترك مع نظيره التركي رجب"
        " طيب أردوغان إن مصر تدعم استقرار المنطقة.",
        [("Abdel Fattah el-Sisi", "CONSULT", "Recep Tayyip Erdoğan")],
    ),
    # a warning about "any" act of a state names that state
    (
        "وحذرت إيران من أن أي هجوم إسرائيلي على منشآتها النووية سيقابل برد قاس.",
        [("Iran", "THREATEN", "Israel")],
    ),
    # two speakers of one verb both act; neither is the other's patient
    (
        "وأدانت مصر والأردن إسرائيل بشدة.",
        [("Egypt", "ACCUSE", "Israel"), ("Jordan", "ACCUSE", "Israel")],
    ),
    # a man who "attacks" a state does so in words
    (
        "وهاجم الرئيس الجزائري عبد المجيد تبون فرنسا في خطاب متلفز.",
        [("Abdelmadjid Tebboune", "ACCUSE", "France")],
    ),
    # a verbal noun's bare genitive is its patient when the clause names the agent
    (
        "وتعهدت ألمانيا بدعم أوكرانيا في مواجهة الغزو.",
        [("Germany", "SUPPORT", "Ukraine")],
    ),
    (
        "وتعهد الرئيس الفرنسي إيمانويل ماكرون بمواصلة دعم لبنان.",
        [("Emmanuel Macron", "SUPPORT", "Lebanon")],
    ),
    # condemning an attack whose author claimed it
    (
        "وقتل عشرات في تفجير استهدف سوقا شعبية في الموصل. وتبنى تنظيم داعش الهجوم في بيان."
        " وأدانت الأمم المتحدة التفجير.",
        [("United Nations", "ACCUSE", "Islamic State")],
    ),
    (
        "واستهدف هجوم بطائرات مسيرة منشآت نفطية في جدة، وأعلنت جماعة الحوثي مسؤوليتها عنه."
        " وأدانت الكويت الهجوم بشدة.",
        [("Kuwait", "ACCUSE", "Houthis")],
    ),
    # ending or suspending an agreement downgrades ties
    (
        "وأعلنت تشاد إنهاء الاتفاق العسكري مع فرنسا.",
        [("Chad", "SANCTION", "France")],
    ),
    (
        "وألغت مالي الاتفاقية الدفاعية مع فرنسا.",
        [("Mali", "SANCTION", "France")],
    ),
    # a call for calm "between X and Y" is a call on each
    (
        "ودعت الصين إلى ضبط النفس بين الهند وباكستان.",
        [("China", "REQUEST", "India"), ("China", "REQUEST", "Pakistan")],
    ),
    # standing by a state, with the one who stands inside the phrase
    (
        "وأكد البيان وقوف الإمارات الكامل إلى جانب المغرب.",
        [("United Arab Emirates", "SUPPORT", "Morocco")],
    ),
    # a speaker's own forces act for its state; the targets' city names the state
    (
        "وأعلنت وزارة الدفاع الروسية أن قواتها شنت ضربات صاروخية على منشآت للطاقة في مدينة"
        " زابوريجيا الأوكرانية. من جهتها، أدانت أوكرانيا الهجوم.",
        [("Russia", "ASSAULT", "Ukraine"), ("Ukraine", "ACCUSE", "Russia")],
    ),
    # the accused does what he is accused of
    (
        "واتهمت إسرائيل إيران بتمويل حزب الله.",
        [("Israel", "ACCUSE", "Iran"), ("Iran", "AID", "Hezbollah")],
    ),
    # "the two countries" after a meeting of their leaders: the states
    (
        "واستقبل الرئيس التركي رجب طيب أردوغان في أنقرة الرئيس الفرنسي إيمانويل ماكرون."
        " ووقع البلدان اتفاقيات للتعاون في مجال الطاقة.",
        [("Türkiye", "AGREE", "France")],
    ),
    # a claim of responsibility later in the same sentence
    (
        "وأدانت قطر بأشد العبارات الهجوم الذي استهدف سفينة تجارية في خليج عدن، وتبنته"
        " جماعة الحوثي.",
        [("Qatar", "ACCUSE", "Houthis")],
    ),
    # "كان X قد ..." puts the subject before the verb; the dual after it is the patient
    (
        "ورفضت الإمارات الاتهامات السودانية. وكانت كل من مصر والسعودية قد دعتا الطرفين"
        " إلى ضبط النفس.",
        [
            ("Egypt", "REQUEST", "Sudan"),
            ("Egypt", "REQUEST", "United Arab Emirates"),
            ("Saudi Arabia", "REQUEST", "Sudan"),
            ("Saudi Arabia", "REQUEST", "United Arab Emirates"),
        ],
    ),
    # severing ties announced as a verbal noun
    (
        "وأعلنت الحكومة السودانية، الخميس، قطع علاقاتها الدبلوماسية مع دولة الإمارات.",
        [("Sudan", "SANCTION", "United Arab Emirates")],
    ),
    # suspending aid downgrades ties; the suspended aid is no aid
    (
        "وجاء القرار بعد أيام من تعليق فرنسا مساعداتها التنموية للنيجر.",
        [("France", "SANCTION", "Niger")],
    ),
    # receiving a letter
    (
        "وتلقى الرئيس السوري أحمد الشرع رسالة من الرئيس الفرنسي إيمانويل ماكرون.",
        [("Ahmed al-Sharaa", "CONSULT", "Emmanuel Macron")],
    ),
    # the head of a delegation acts for it
    (
        "والتقى الوفد الإيراني برئاسة وزير الخارجية عباس عراقجي رئيس الوزراء اللبناني نواف سلام.",
        [("Abbas Araghchi", "CONSULT", "Nawaf Salam")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_arabic_construction_yields_relation(text: str, expected: list[Triple]) -> None:
    got = triples(run(text))
    for t in expected:
        assert t in got, f"{t} not in {sorted(got)}"


def test_list_subject_is_not_the_accused() -> None:
    """ "أدانت كل من X وY": the listed states condemn; none of them is condemned."""
    got = triples(run("وقصفت إسرائيل مواقع في جنوب لبنان. وأدانت كل من قطر والكويت الهجوم."))
    assert not {t for t in got if t[1] == "ACCUSE" and t[2] in ("Qatar", "Kuwait")}


def test_attack_before_participle_does_not_reach_its_patient() -> None:
    """ "أعلن X مسؤوليته عن الهجوم، متوعدا Y": Y is threatened, not the target of that
    attack."""
    got = triples(run("وأعلن الحرس الثوري الإيراني مسؤوليته عن الهجوم، متوعدا إسرائيل بالمزيد."))
    assert ("Islamic Revolutionary Guard Corps", "ASSAULT", "Israel") not in got


def test_dual_patient_is_not_reused_as_parties_of_a_ceasefire() -> None:
    """ "دعت X البلدين إلى وقف إطلاق النار": a call for a ceasefire is no agreement of the
    caller with either side."""
    got = triples(
        run("واندلعت مواجهات بين أرمينيا وأذربيجان. ودعت فرنسا البلدين إلى وقف إطلاق النار.")
    )
    assert not {t for t in got if t[1] == "AGREE" and "France" in (t[0], t[2])}


def test_withdrawal_of_forces_from_a_place_stays_retreat() -> None:
    got = triples(run("وأعلنت روسيا انسحاب قواتها من منطقة كاراباخ."))
    assert not {t for t in got if t[1] == "SANCTION"}


def test_person_after_coordinated_verb_stays_its_subject() -> None:
    """ "، وطالب وزير الخارجية X بـ": a titled person after the verb is a new subject."""
    got = triples(
        run(
            "وفرضت الولايات المتحدة عقوبات جديدة على طهران، وطالب وزير الخارجية الروسي"
            " سيرغي لافروف بإلغائها."
        )
    )
    assert ("United States", "REQUEST", "Sergey Lavrov") not in got


def test_new_subject_with_its_own_object_is_not_a_patient() -> None:
    """ "وأدانت مصر الهجوم، واستنكرت قطر الاعتداء": Qatar condemns; Egypt does not
    condemn Qatar."""
    got = triples(run("وأدانت مصر الهجوم، واستنكرت قطر الاعتداء."))
    assert ("Egypt", "ACCUSE", "Qatar") not in got


def test_capital_after_comma_is_no_party_of_a_meeting() -> None:
    """ "التقى X، أمس في الرياض، الرئيس Y": the city where they met is no party."""
    got = triples(
        run(
            "التقى الرئيس الفرنسي إيمانويل ماكرون، أمس الأربعاء في الرياض، الرئيس السوري"
            " أحمد الشرع."
        )
    )
    assert ("Emmanuel Macron", "CONSULT", "Saudi Arabia") not in got


def test_operations_in_an_office_title_are_no_attack() -> None:
    """ "المدير العام للعمليات العسكرية في الجيش الهندي": an office, not an operation."""
    got = triples(
        run("وقال المدير العام للعمليات العسكرية في الجيش الهندي إن الجيش الباكستاني خرق الهدنة.")
    )
    assert not {t for t in got if t[1] == "ASSAULT"}


def test_coordinated_speakers_do_not_act_on_each_other() -> None:
    got = triples(run("وحذرت مالي وبوركينا فاسو من أن أي تدخل عسكري في النيجر سيعد إعلان حرب."))
    assert not {t for t in got if {t[0], t[2]} == {"Mali", "Burkina Faso"}}


def test_any_act_has_no_agent_from_the_clause() -> None:
    """ "حذرت روسيا من أن أي نشر لقوات غربية في أوكرانيا": nobody deploys yet."""
    got = triples(run("وحذرت روسيا من أن أي نشر لقوات غربية في أوكرانيا سيعد استهدافا مشروعا."))
    assert not {t for t in got if t[1] == "PRESENCE"}


def test_armed_forces_that_attack_stay_an_assault() -> None:
    got = triples(run("وهاجم حزب الله مواقع إسرائيلية في الجليل."))
    assert ("Hezbollah", "ASSAULT", "Israel") in got


def test_genitive_of_support_as_subject_is_the_agent() -> None:
    """ "قال X إن دعم روسيا كان حاسما": Russia's support, not support for Russia."""
    got = triples(run("وقال الرئيس السوري أحمد الشرع إن دعم روسيا كان حاسما."))
    assert ("Ahmed al-Sharaa", "SUPPORT", "Russia") not in got


def test_help_of_a_state_is_not_help_to_it() -> None:
    """ "أسقط الجيش المسيرات بمساعدة الولايات المتحدة": with its help."""
    got = triples(run("وقال الجيش الإسرائيلي إنه أسقط المسيرات بمساعدة الولايات المتحدة."))
    assert not {t for t in got if t[1] == "AID" and t[2] == "United States"}


def test_ending_an_agreement_is_no_agreement() -> None:
    got = triples(run("وأعلنت تشاد إنهاء الاتفاق العسكري مع فرنسا."))
    assert not {t for t in got if t[1] == "AGREE"}


def test_warned_against_act_has_no_agent_from_the_clause() -> None:
    """ "حذر الكرملين الغرب من إرسال قوات": the Kremlin sends no troops."""
    got = triples(run("وحذر الكرملين الغرب من إرسال قوات إلى أوكرانيا."))
    assert not {t for t in got if t[1] == "MOBILIZE"}


def test_city_is_no_condemnation() -> None:
    """ "مدينة" (city) is not the feminine of "مدين" (condemning)."""
    got = triples(run("وقال الجيش الأوكراني إن القصف استهدف مدينة خيرسون الأوكرانية."))
    assert not {t for t in got if t[1] == "ACCUSE"}


def test_demands_noun_is_no_request() -> None:
    """ "مطالب المحتجين" (the protesters' demands) asks nothing of anyone."""
    got = triples(run("وقال الرئيس الفرنسي إن مطالب الشعب اللبناني مشروعة."))
    assert not {t for t in got if t[1] == "REQUEST"}


def test_verb_and_its_object_noun_are_one_act() -> None:
    """ "شنت روسيا ضربات": the noun after the verb adds no act of the speaker's."""
    got = triples(
        run("وقالت وزارة الدفاع الروسية إن روسيا شنت ضربات على أهداف في مدينة خاركيف الأوكرانية.")
    )
    assert ("Russian Ministry of Defence", "ASSAULT", "Ukraine") not in got


def test_state_inside_what_is_asked_is_not_asked() -> None:
    """ "داعيا المجتمع الدولي إلى محاسبة الإمارات": the Emirates are not asked anything."""
    got = triples(
        run(
            "وقال وزير الإعلام السوداني إن بلاده سحبت سفيرها، داعيا المجتمع الدولي إلى"
            " محاسبة الإمارات."
        )
    )
    assert not {t for t in got if t[1] == "REQUEST" and t[2] == "United Arab Emirates"}


def test_contrast_clause_ends_the_patient_window() -> None:
    """ "...، فيما عرضت تركيا": Türkiye is the next clause's subject, no patient."""
    got = triples(run("ودعت مصر إلى ضبط النفس، فيما عرضت تركيا استضافة محادثات."))
    assert not {t for t in got if t[1] == "REQUEST" and t[2] == "Türkiye"}


def test_feminine_verb_after_a_man_has_its_own_subject() -> None:
    """ "قال ترامب ...، ودعت مصر إلى": the feminine verb is Egypt's, not Trump's."""
    got = triples(
        run("وقال الرئيس الأمريكي دونالد ترامب إن المحادثات مثمرة، ودعت مصر إلى عقد قمة عاجلة.")
    )
    assert ("Donald Trump", "REQUEST", "Egypt") not in got


def test_denied_responsibility_is_no_claim() -> None:
    got = triples(run("ونفت حركة حماس مسؤوليتها عن الهجوم. وأدانت مصر الهجوم."))
    assert ("Egypt", "ACCUSE", "Hamas") not in got


def test_suspended_aid_is_not_aid() -> None:
    got = triples(run("وأعلنت الولايات المتحدة تعليق المساعدات العسكرية لأوكرانيا."))
    assert ("United States", "SANCTION", "Ukraine") in got
    assert ("United States", "AID", "Ukraine") not in got


def test_presidents_of_the_two_countries_stay_persons() -> None:
    """ "في أول لقاء بين رئيسي البلدين": the two presidents met, not their states."""
    got = triples(
        run(
            "التقى الرئيس الفرنسي إيمانويل ماكرون، أمس في باريس، الرئيس السوري أحمد الشرع،"
            " في أول لقاء بين رئيسي البلدين منذ سنوات."
        )
    )
    assert ("Emmanuel Macron", "CONSULT", "Ahmed al-Sharaa") in got
    assert ("France", "CONSULT", "Syria") not in got


def test_price_paid_is_no_praise() -> None:
    """ "متوعدا الحركة بدفع ثمن باهظ": "ثمن" is a price here, not "ثمّن" (praised)."""
    got = triples(
        run(
            "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الجيش سيواصل عملياته،"
            " متوعدا حماس بدفع ثمن باهظ."
        )
    )
    assert not {t for t in got if t[1] == "SUPPORT"}


def test_two_sides_are_the_pair_most_acts_join() -> None:
    """ "ودعت الجانبين إلى الحوار" after a Turkish strike in Iraq and Iraq's protest:
    Türkiye and Iraq, not the last state named."""
    got = triples(
        run(
            "قصفت طائرات تركية مواقع في شمال العراق. واستدعت الخارجية العراقية السفير"
            " التركي. وطالب العراق تركيا باحترام سيادته. وكان الرئيس التركي رجب طيب أردوغان"
            " قد هدد بتوسيع العمليات في سوريا. ودعت الجامعة العربية الجانبين إلى الحوار."
        )
    )
    asked = {t[2] for t in got if t[0] == "Arab League" and t[1] == "REQUEST"}
    assert "Iraq" in asked
    assert "Syria" not in asked


def test_telling_a_news_agency_is_no_contact() -> None:
    got = triples(
        run("وأبلغ وزير الخارجية الإيراني عباس عراقجي وكالة رويترز أن طهران مستعدة للحوار.")
    )
    assert not {t for t in got if t[1] == "CONSULT"}


def test_two_sides_after_a_meeting_are_its_parties() -> None:
    """ "استقبل X Y، وبحث الجانبان": X and Y, not the states of earlier news."""
    got = triples(
        run(
            "وأعلنت الولايات المتحدة فرض عقوبات على إيران. واستقبل وزير الخارجية الإيراني"
            " عباس عراقجي نظيره العماني بدر البوسعيدي، وبحث الجانبان الأزمة."
        )
    )
    assert not {t for t in got if t[1] == "CONSULT" and "Iran" in (t[0], t[2])}
    assert ("Abbas Araghchi", "CONSULT", "Badr Albusaidi") in got
