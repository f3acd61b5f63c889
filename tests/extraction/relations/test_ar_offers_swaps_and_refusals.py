"""Arabic relations found on fresh wire-style text (session 7, helper S7-H11): an offered
or proposed act is intended, a mediation with no mediator named pairs nobody, monitors on a
border are no mobilisation, a refused act is a REJECT, each side of a prisoner swap
releases the other's national, and refusing to refer a matter to a body rejects those who
asked that body.  Every rule has a guard for a near miss."""

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


def _mods(x: Extraction, rtype: str) -> set[str]:
    return {r.modality.value for r in x.relations if r.type.value == rtype}


# --- offers and proposals are intended


def test_an_offer_to_mediate_is_intended() -> None:
    x = _run("وعرضت الجزائر التوسط بين مالي والنيجر لاحتواء الأزمة الدبلوماسية.")
    assert ("Algeria", "CONSULT", "Mali") in _rels(x)
    assert _mods(x, "CONSULT") == {"intended"}


def test_a_proposed_meeting_is_intended() -> None:
    x = _run("واقترحت تركيا عقد لقاء بين الرئيسين الأذربيجاني والأرميني في إسطنبول.")
    assert "CONSULT" in {r[1] for r in _rels(x)}
    assert _mods(x, "CONSULT") == {"intended"}


def test_showing_pictures_of_a_meeting_is_no_offer() -> None:
    x = _run("وعرضت القناة صورا للقاء وزير الخارجية الأردني مع نظيره السوري في عمان.")
    assert _mods(x, "CONSULT") == {"asserted"}


def test_voiced_readiness_to_mediate_names_the_mediator() -> None:
    x = _run("وأبدت الجزائر استعدادها للوساطة بين مالي والنيجر.")
    rels = _rels(x)
    assert ("Algeria", "CONSULT", "Mali") in rels
    assert ("Algeria", "CONSULT", "Niger") in rels
    assert ("Mali", "CONSULT", "Niger") not in rels
    assert _mods(x, "CONSULT") == {"intended"}


# --- a mediation with no mediator named


def test_mediation_efforts_with_no_mediator_do_not_pair_the_parties() -> None:
    x = _run("واستمرت جهود الوساطة بين الصومال وإثيوبيا لتسوية الخلاف حول الميناء.")
    assert not any(r[1] == "CONSULT" for r in _rels(x))


def test_talks_between_two_sides_still_pair_them() -> None:
    x = _run("وعقدت مباحثات بين الصومال وإثيوبيا في أنقرة الأسبوع الماضي.")
    rels = _rels(x)
    assert ("Somalia", "CONSULT", "Ethiopia") in rels or ("Ethiopia", "CONSULT", "Somalia") in rels


# --- monitors on a border


def test_deploying_observers_on_a_border_is_no_mobilisation() -> None:
    x = _run("وقرر الاتحاد الأفريقي نشر مراقبين على الحدود بين السودان وجنوب السودان.")
    assert "MOBILIZE" not in {r[1] for r in _rels(x)}
    x = _run("ونشر الاتحاد الأوروبي بعثة مدنية على الحدود مع أذربيجان.")
    assert "MOBILIZE" not in {r[1] for r in _rels(x)}


def test_deploying_troops_on_a_border_is_still_a_mobilisation() -> None:
    x = _run("ونشرت الجزائر وحدات عسكرية على الحدود مع مالي.")
    assert ("Algeria", "MOBILIZE", "Mali") in _rels(x)
    x = _run("وقررت الهند نشر آلاف الجنود على الحدود مع الصين.")
    assert ("India", "MOBILIZE", "China") in _rels(x)


# --- a refused act is a REJECT


def test_refusing_to_grant_a_visa_is_a_reject_not_a_negated_aid() -> None:
    x = _run("ورفضت السلطات الفرنسية منح تأشيرة دخول للوفد الروسي.")
    assert "AID" not in {r[1] for r in _rels(x)}
    assert "REJECT" in {r[1] for r in _rels(x)}
    x = _run("ورفض الكونغرس الأمريكي تقديم مساعدات عسكرية جديدة لأوكرانيا.")
    assert any(r[1:] == ("REJECT", "Ukraine") for r in _rels(x))
    assert _mods(x, "REJECT") == {"asserted"}


def test_an_act_denied_or_not_done_stays_no_reject() -> None:
    x = _run("ونفت الولايات المتحدة تقديم مساعدات عسكرية لتايوان.")
    assert "REJECT" not in {r[1] for r in _rels(x)}


# --- prisoner swaps


def test_each_side_of_a_swap_releases_the_others_national() -> None:
    x = _run("وأفرجت روسيا عن المواطن الأمريكي مارك فوغل مقابل المواطن الروسي ألكسندر فينيك.")
    rels = {(s, t) for s, t, _ in _rels(x)}
    assert ("Russia", "CONCEDE") in rels
    assert ("United States", "CONCEDE") in rels


def test_a_passive_release_in_a_swap_is_done_by_the_other_side() -> None:
    x = _run(
        "وقالت الرئاسة التركية إن صفقة تبادل أفرج بموجبها عن الصحفي الأمريكي "
        "إيفان غيرشكوفيتش مقابل العميل الروسي فاديم كراسيكوف."
    )
    subjects = {s for s, t, _ in _rels(x) if t == "CONCEDE"}
    assert "Russia" in subjects
    assert not subjects & {"Türkiye", "Presidency of Türkiye"}


def test_a_release_with_no_swap_keeps_its_releaser() -> None:
    x = _run("وأفرجت السلطات الإيرانية عن الناشطة الفرنسية سيسيل كولر.")
    subjects = {s for s, t, _ in _rels(x) if t == "CONCEDE"}
    assert subjects == {"Iran"}


# --- a refused referral rejects those who asked


def test_refusing_a_referral_rejects_those_who_asked_the_body() -> None:
    x = _run(
        "وطلبت أرمينيا من مجلس الأمن الدولي عقد اجتماع طارئ بشأن ممر لاتشين. "
        "لكن أذربيجان رفضت إحالة الملف إلى مجلس الأمن."
    )
    rels = _rels(x)
    assert ("Azerbaijan", "REJECT", "Armenia") in rels
    assert ("Azerbaijan", "REJECT", "United Nations Security Council") not in rels


THE_RELATION_IS_READ_CASES = [
    pytest.param(
        "ورفضت أذربيجان إحالة الملف إلى مجلس الأمن الدولي.",
        ("Azerbaijan", "REJECT", "United Nations Security Council"),
        id="a_refused_referral_with_no_request_rejects_the_body",
    ),
    # --- a refusal or condemnation of "the decision" just told
    pytest.param(
        "وفرضت كندا عقوبات على مسؤولين إيرانيين. ورفضت طهران القرار ووصفته بأنه غير قانوني.",
        ("Iran", "REJECT", "Canada"),
        id="rejecting_the_decision_just_told_rejects_its_author",
    ),
    pytest.param(
        "وطردت هولندا دبلوماسيين روسيين. وانتقدت موسكو الخطوة.",
        ("Russia", "ACCUSE", "Netherlands"),
        id="criticising_the_step_just_told_accuses_its_author",
    ),
    pytest.param(
        "ورحبت مصر بالاتفاق بين السعودية وإيران.",
        ("Saudi Arabia", "AGREE", "Iran"),
        id="an_agreement_welcomed_with_its_parties_named_keeps_them",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_RELATION_IS_READ_CASES)
def test_the_relation_is_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rels(_run(text))


# --- recalling two or more of one's own ambassadors


def test_recalling_its_two_ambassadors_sanctions_both_host_states() -> None:
    x = _run("وردت الإمارات بسحب سفيريها لدى قطر وعمان للتشاور.")
    rels = _rels(x)
    assert ("United Arab Emirates", "SANCTION", "Qatar") in rels
    assert ("United Arab Emirates", "SANCTION", "Oman") in rels
    assert "ACCUSE" not in {r[1] for r in rels}


def test_states_recalling_their_ambassadors_sanction_the_host() -> None:
    x = _run("وقررت غينيا ومالي استدعاء سفرائهما لدى ساحل العاج للتشاور.")
    assert "SANCTION" in {r[1] for r in _rels(x)}
    x = _run("وقررت السعودية والبحرين استدعاء سفرائها لدى لبنان للتشاور.")
    rels = _rels(x)
    assert ("Saudi Arabia", "SANCTION", "Lebanon") in rels
    assert ("Bahrain", "SANCTION", "Lebanon") in rels


def test_a_headline_in_the_imperfect_recalling_her_ambassador_is_a_sanction() -> None:
    x = _run("السعودية تسحب سفيرها من لبنان احتجاجا على تصريحات وزير الإعلام")
    assert ("Saudi Arabia", "SANCTION", "Lebanon") in _rels(x)
    assert "RETREAT" not in {r[1] for r in _rels(x)}


def test_summoning_another_states_ambassador_stays_an_accusation() -> None:
    x = _run("واستدعت وزارة الخارجية الإيطالية سفير مصر لديها احتجاجا على سير التحقيق.")
    assert "SANCTION" not in {r[1] for r in _rels(x)}


# --- a coordinated accusation with a pronoun object


def test_a_pronoun_object_of_a_coordinated_accusation_is_the_earlier_patient() -> None:
    x = _run("وانتقدت كندا الهند بشدة، واتهمتها بالتورط في اغتيال ناشط سيخي.")
    rels = _rels(x)
    assert ("Canada", "ACCUSE", "India") in rels
    assert not any(r[0] == "India" for r in rels)


def test_the_actor_inside_the_charge_is_not_the_accuser_nor_accused() -> None:
    x = _run("ودعت الحركة بريطانيا إلى وقف صادرات السلاح، واتهمتها بالتواطؤ مع إسرائيل.")
    rels = _rels(x)
    assert ("United Kingdom", "ACCUSE", "Israel") not in rels


def test_an_explicit_subject_after_the_verb_is_kept() -> None:
    x = _run("ووصلت سفينة صينية إلى المياه الفلبينية. واتهمتها مانيلا بانتهاك سيادتها.")
    assert ("China", "ACCUSE", "Philippines") not in _rels(x)


# --- a refusal or condemnation of "the decision" just told
def test_a_decision_with_its_owner_named_keeps_that_owner() -> None:
    x = _run("وفرضت كندا عقوبات على مسؤولين إيرانيين. ورفضت طهران القرار الأوروبي.")
    rels = _rels(x)
    assert ("Iran", "REJECT", "Canada") not in rels


def test_welcoming_the_measures_just_told_supports_their_author() -> None:
    x = _run("وطردت بولندا دبلوماسيين بيلاروسيين. ورحبت ليتوانيا بالقرار.")
    assert ("Lithuania", "SUPPORT", "Poland") in _rels(x)
    # guard: with no act told before, no author is guessed
    x = _run("ورحبت ليتوانيا بالقرار.")
    assert not _rels(x)


# --- a passive arrest in a relative clause


def test_a_man_who_was_arrested_on_arrival_is_the_arrested() -> None:
    x = _run(
        "وطالبت منظمات حقوقية بالإفراج عن الكاتب بوعلام صنصال، الذي أوقف لدى وصوله "
        "إلى مطار الجزائر منتصف نوفمبر."
    )
    rels = _rels(x)
    assert ("Algeria", "COERCE", "بوعلام صنصال") in rels
    assert ("بوعلام صنصال", "COERCE", "Algeria") not in rels


# --- describing "the step" or "it" just told


def test_describing_the_step_just_told_evaluates_its_author() -> None:
    x = _run("وطردت ليتوانيا دبلوماسيين بيلاروسيين. ووصفت مينسك الخطوة بأنها عدائية.")
    assert ("Belarus", "ACCUSE", "Lithuania") in _rels(x)
    x = _run("وأفرجت إيران عن ناقلة نفط بريطانية. ووصفت لندن الخطوة بأنها إيجابية.")
    assert ("United Kingdom", "SUPPORT", "Iran") in _rels(x)


def test_a_described_step_with_its_owner_named_is_that_owners() -> None:
    x = _run('وطردت ليتوانيا دبلوماسيين بيلاروسيين. ووصفت مينسك الخطوة الأمريكية بأنها "عدائية".')
    assert ("Belarus", "ACCUSE", "Lithuania") not in _rels(x)


def test_it_described_by_a_subject_after_the_verb_is_the_act_just_told() -> None:
    x = _run("وفرضت كندا عقوبات على شركات صينية، ووصفتها بكين بأنها تمييزية.")
    rels = _rels(x)
    assert ("China", "ACCUSE", "Canada") in rels
    assert ("Canada", "ACCUSE", "China") not in rels


# --- a demand for a release is made of whoever holds the prisoner


def test_a_call_for_a_release_requests_the_state_holding_the_prisoner() -> None:
    x = _run(
        "واعتقلت السلطات الإيرانية الناشطة الفرنسية سيسيل كولر في طهران. "
        "وطالبت فرنسا بإطلاق سراح سيسيل كولر فورا."
    )
    assert ("France", "REQUEST", "Iran") in _rels(x)
    x = _run(
        "واعتقلت السلطات الجزائرية الكاتب بوعلام صنصال في المطار. "
        "ودعا البرلمان الأوروبي إلى الإفراج الفوري عن صنصال."
    )
    assert ("European Parliament", "REQUEST", "Algeria") in _rels(x)


def test_a_release_with_no_detention_told_requests_nobody() -> None:
    x = _run("وطالبت فرنسا بإطلاق سراح الناشطة سيسيل كولر.")
    assert "REQUEST" not in {r[1] for r in _rels(x)}


# --- a joint press conference in an adjunct


def test_a_press_conference_after_the_content_is_the_speakers_meeting() -> None:
    x = _run(
        "أكد وزير الخارجية الأردني أيمن الصفدي أن بلاده ترفض التهجير، وذلك خلال مؤتمر "
        "صحفي مشترك مع نظيره المصري بدر عبد العاطي في عمان."
    )
    assert ("Ayman Safadi", "CONSULT", "Badr Abdelatty") in _rels(x)
    x = _run(
        "وقال وزير الخارجية الأردني أيمن الصفدي، خلال مؤتمر صحفي مشترك مع نظيره المصري "
        "بدر عبد العاطي في عمان، إن البلدين يرفضان التهجير."
    )
    assert ("Ayman Safadi", "CONSULT", "Badr Abdelatty") in _rels(x)


def test_a_conference_with_no_partner_after_it_pairs_nobody() -> None:
    x = _run("أكد وزير الخارجية الأردني أيمن الصفدي أن بلاده ترفض التهجير، وذلك خلال مؤتمر صحفي.")
    assert "CONSULT" not in {r[1] for r in _rels(x)}


# --- the next round of talks just told


def test_the_next_round_is_an_intended_meeting_of_the_same_sides() -> None:
    x = _run(
        "وعقدت صربيا وكوسوفو جولة محادثات في بروكسل أمس. "
        "ومن المقرر أن تعقد الجولة المقبلة في بلغراد الشهر المقبل."
    )
    talks = [r for r in x.relations if r.type.value == "CONSULT"]
    assert {r.modality.value for r in talks} == {"asserted", "intended"}
    assert any(r.date == "2024-07" for r in talks)


def test_a_next_round_with_no_talks_told_is_nothing() -> None:
    x = _run("ومن المقرر أن تعقد الجولة المقبلة من بطولة كأس العالم في قطر.")
    assert not x.relations


def test_a_pronoun_for_the_deal_just_named_is_no_actor() -> None:
    x = _run(
        "وشكر المستشار الألماني قطر ومصر على دورهما في إنجاز الصفقة، ووصفها بأنها «إنجاز دبلوماسي»."
    )
    assert "ACCUSE" not in {r[1] for r in _rels(x)}


# --- welcomers of an agreement are neither its parties nor each other's patients


_WELCOMED = (
    "وكانت كينشاسا قد قطعت علاقاتها مع كيغالي في يناير الماضي، احتجاجاً على دعمها "
    "لمتمردي حركة إم 23. ورحب الاتحاد الأوروبي والولايات المتحدة بالاتفاق، ودعوا "
    "الطرفين إلى تنفيذه."
)


def test_two_welcomers_of_an_agreement_are_not_its_parties() -> None:
    rels = _rels(_run(_WELCOMED))
    assert ("European Union", "AGREE", "United States") not in rels
    assert ("European Union", "SUPPORT", "United States") not in rels


def test_two_sides_trading_accusations_still_accuse_each_other() -> None:
    x = _run(
        "وأعلنت أرمينيا وأذربيجان التوصل إلى هدنة، غير أن الهدنة تعرضت لاختبار مبكر بعدما "
        "تبادل البلدان الاتهامات بخرقها."
    )
    rels = _rels(x)
    assert ("Armenia", "ACCUSE", "Azerbaijan") in rels
    assert ("Azerbaijan", "ACCUSE", "Armenia") in rels


# --- "the two sides" in a host's statement are the guests


def test_the_two_sides_in_a_hosts_statement_are_its_guests() -> None:
    x = _extract_ar(
        "أعلن الرئيس التركي رجب طيب أردوغان، مساء الأربعاء، توصل الصومال وإثيوبيا إلى "
        "اتفاق لإنهاء الخلاف بينهما، عقب محادثات استضافتها أنقرة بين الرئيس الصومالي حسن "
        "شيخ محمود ورئيس الوزراء الإثيوبي آبي أحمد.\n"
        "وقال أردوغان في مؤتمر صحفي مشترك مع الزعيمين إن «إعلان أنقرة» يفتح «صفحة جديدة» "
        "بين البلدين الجارين، مشيراً إلى أن الجانبين اتفقا على بدء مفاوضات فنية قبل نهاية "
        "فبراير (شباط) المقبل."
    )
    agree = {(s, o) for s, t, o in _rels(x) if t == "AGREE"}
    assert ("Türkiye", "Ethiopia") not in agree
    assert ("Ethiopia", "Türkiye") not in agree


def _extract_ar(text: str) -> Extraction:
    return extracted(text, "ar", date(2024, 12, 12))


def test_the_two_sides_in_a_partys_own_statement_include_it() -> None:
    x = _run(
        "والتقى وزير الخارجية المصري نظيره الإثيوبي في أديس أبابا. "
        "وقالت الخارجية المصرية إن الجانبين اتفقا على استئناف المفاوضات."
    )
    assert "AGREE" in {r[1] for r in _rels(x)}


def test_a_named_person_whose_release_is_asked_is_not_the_one_asked() -> None:
    # the activist's given name is listed, so she is an entity: still no REQUEST to her
    x = _run("وطالبت ألمانيا بإطلاق سراح الصحفية الألمانية إيفا ماريا ميشيلمان.")
    assert not any(r[1] == "REQUEST" and "ميشيلمان" in r[2] for r in _rels(x))
    x = _run("وطالبت فرنسا إيران بإطلاق سراح الناشطة سيسيل كولر.")
    assert ("France", "REQUEST", "Iran") in _rels(x)
