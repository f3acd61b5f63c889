"""Arabic relations found on fresh wire-style text (session 7, helper S7-H3): a mediator
named by a pronoun or a genitive ("وساطتها بين", "وساطة قطر بين") deals with each party,
court sentences are coercion, a statement whose content says an actor violates or ignores
something accuses that actor, displeasure at an actor's act accuses it, and waiting for an
explanation from an actor requests it.  Every rule has a guard for a near miss."""

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


def _types(x: Extraction) -> set[str]:
    return {r.type.value for r in x.relations}


# --- mediation: the mediator consults each party; the parties do not meet


def test_a_mediation_noun_with_a_pronoun_makes_its_owner_consult_each_party() -> None:
    x = _run("وأعلنت قطر نجاح وساطتها بين الولايات المتحدة وإيران في صفقة تبادل للسجناء.")
    rels = _rels(x)
    assert ("Qatar", "CONSULT", "United States") in rels
    assert ("Qatar", "CONSULT", "Iran") in rels
    assert ("United States", "CONSULT", "Iran") not in rels
    assert ("Iran", "CONSULT", "United States") not in rels


def test_a_man_speaking_of_its_mediation_names_his_state_as_the_mediator() -> None:
    x = _run("وقال وزير الخارجية العماني إن بلاده ستواصل وساطتها بين السعودية والحوثيين.")
    rels = _rels(x)
    assert ("Oman", "CONSULT", "Saudi Arabia") in rels
    assert ("Oman", "CONSULT", "Houthis") in rels
    assert ("Saudi Arabia", "CONSULT", "Houthis") not in rels


def test_a_mediation_noun_with_a_genitive_mediator() -> None:
    x = _run("وأشادت الأمم المتحدة بوساطة قطر بين روسيا وأوكرانيا لإعادة الأطفال.")
    rels = _rels(x)
    assert ("Qatar", "CONSULT", "Russia") in rels
    assert ("Qatar", "CONSULT", "Ukraine") in rels
    # guard: talks between two sides hosted by a third still pair the two sides
    x = _run("واستضافت الدوحة جولة مفاوضات بين حركة طالبان والولايات المتحدة.")
    assert ("Taliban", "CONSULT", "United States") in _rels(x)


# --- sentences


def test_a_court_sentencing_someone_to_prison_coerces_him() -> None:
    x = _run("وحكمت محكمة روسية على الصحفي الأمريكي إيفان غيرشكوفيتش بالسجن 16 عاماً بتهمة التجسس.")
    assert ("Russian Judiciary", "COERCE", "إيفان غيرشكوفيتش") in _rels(x)
    x = _run("وقضت محكمة روسية بسجن الصحفي الأمريكي إيفان غيرشكوفيتش بتهمة التجسس.")
    assert "COERCE" in _types(x)


NO_RELATION_OF_THIS_TYPE_IS_READ_CASES = [
    pytest.param(
        "وحكم حزب البعث سوريا على مدى عقود قبل سقوط النظام.",
        "COERCE",
        id="ruling_a_country_for_decades_is_no_sentence",
    ),
    pytest.param(
        "وأعربت الحكومة الفرنسية عن ارتياحها للقرار الأمريكي.",
        "ACCUSE",
        id="relief_at_an_actors_act_is_no_accusation",
    ),
    pytest.param(
        "وقال الرئيس الكيني إن بلاده تنتظر وصول المساعدات من الولايات المتحدة.",
        "REQUEST",
        id="awaiting_aid_from_an_actor_is_no_request",
    ),
    pytest.param(
        "وانتهت جولة مفاوضات استضافتها القاهرة الأسبوع الماضي دون اتفاق.",
        "CONSULT",
        id="talks_hosted_by_a_capital_without_a_pair_name_no_parties",
    ),
    pytest.param(
        "وقررت أنقرة استدعاء سفيرها للتشاور.",
        "SANCTION",
        id="a_recall_with_no_other_state_in_the_story_names_no_host",
    ),
    pytest.param(
        "وأعلنت روسيا أنها أفرجت عنه أمس.",
        "CONCEDE",
        id="a_release_of_him_with_no_man_named_before_names_no_one",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_RELATION_OF_THIS_TYPE_IS_READ_CASES)
def test_no_relation_of_this_type_is_read(text: str, expected: str) -> None:
    assert expected not in _types(_run(text))


# --- wrongdoing verbs inside a statement's content


def test_a_content_saying_an_actor_violates_the_law_accuses_it() -> None:
    x = _run("وقال وزير الخارجية القبرصي إن تركيا تنتهك القانون الدولي في المنطقة الاقتصادية.")
    assert any(r[1:] == ("ACCUSE", "Türkiye") for r in _rels(x))
    x = _run("وأكدت وزارة الخارجية الفلسطينية أن إسرائيل تتجاهل قرارات الشرعية الدولية.")
    assert ("Palestinian Ministry of Foreign Affairs", "ACCUSE", "Israel") in _rels(x)
    x = _run("وقالت وزارة الخارجية الصينية إن واشنطن تقوض الاستقرار في مضيق تايوان.")
    assert ("Chinese Ministry of Foreign Affairs", "ACCUSE", "United States") in _rels(x)


def test_a_content_saying_an_actor_respects_or_did_not_violate_accuses_no_one() -> None:
    x = _run("وقال المتحدث باسم الكرملين إن الصين تحترم القانون الدولي.")
    assert "ACCUSE" not in _types(x)
    x = _run("وقال وزير الخارجية الروسي إن الهند لم تنتهك العقوبات الغربية.")
    assert "ACCUSE" not in _types(x)


# --- displeasure


def test_displeasure_at_an_actors_act_accuses_it() -> None:
    x = _run("وأعربت الصين عن استيائها من القرار الأمريكي بيع أسلحة لتايوان.")
    assert ("China", "ACCUSE", "United States") in _rels(x)
    x = _run("وأعرب الرئيس الفرنسي إيمانويل ماكرون عن استيائه من تصريحات رئيسة الوزراء الإيطالية.")
    assert "ACCUSE" in _types(x)


# --- awaiting an explanation


def test_awaiting_an_explanation_from_an_actor_requests_it() -> None:
    x = _run("وأكدت الخارجية المغربية أن الرباط تنتظر توضيحات من الحكومة الإسبانية.")
    assert ("Morocco", "REQUEST", "Spain") in _rels(x)
    x = _run("وقالت الجزائر إنها تنتظر رداً من فرنسا على طلبها.")
    assert ("Algeria", "REQUEST", "France") in _rels(x)


# --- talks whose host's relative clause comes before the pair


def test_talks_hosted_by_a_capital_before_the_pair_are_coded() -> None:
    x = _run("وانتهت جولة مفاوضات استضافتها القاهرة الأسبوع الماضي بين إثيوبيا والسودان.")
    rels = _rels(x)
    assert ("Ethiopia", "CONSULT", "Sudan") in rels
    assert ("Egypt", "CONSULT", "Ethiopia") in rels
    assert ("Egypt", "CONSULT", "Sudan") in rels
    x = _run("وقال المسؤول إن جولة المفاوضات التي استضافتها الدوحة بين حماس وإسرائيل انتهت.")
    assert ("Qatar", "CONSULT", "Hamas") in _rels(x)


# --- apologies in the imperfect, deployments as verbal nouns


def test_an_apology_in_the_imperfect_concedes() -> None:
    x = _run("وقال وزير الخارجية الأسترالي إن بلاده تعتذر للصين عن الحادث.")
    assert any(r[1:] == ("CONCEDE", "China") for r in _rels(x))
    # guard: a refusal to apologise is negated, not asserted
    x = _run("وقال رئيس الوزراء الياباني إن بلاده لن تعتذر لكوريا الجنوبية.")
    assert all(r.modality.value == "negated" for r in x.relations if r.type.value == "CONCEDE")


def test_ordering_troops_deployed_on_a_border_mobilizes_against_the_neighbour() -> None:
    x = _run("وأمر الرئيس الروسي فلاديمير بوتين بنشر قوات إضافية على الحدود مع أوكرانيا.")
    assert ("Vladimir Putin", "MOBILIZE", "Ukraine") in _rels(x)
    x = _run("وقررت الهند نشر قواتها قرب الحدود مع الصين.")
    assert ("India", "MOBILIZE", "China") in _rels(x)
    # guard: deploying troops inside one's own territory names no other side
    x = _run("وأمر الرئيس الفرنسي إيمانويل ماكرون بنشر قوات في جزيرة مايوت.")
    assert "MOBILIZE" not in _types(x)


# --- talks suspended, prisoner swaps, scornful evaluations


def test_talks_suspended_after_a_time_phrase_are_no_meeting() -> None:
    x = _run("وكانت كندا قد علقت الأسبوع الماضي مفاوضات اتفاق التجارة الحرة مع الهند.")
    rels = _rels(x)
    assert ("Canada", "SANCTION", "India") in rels
    assert ("Canada", "CONSULT", "India") not in rels
    # guard: talks held last week are talks
    x = _run("وأجرت كندا الأسبوع الماضي مفاوضات مع الهند حول اتفاق التجارة الحرة.")
    assert ("Canada", "CONSULT", "India") in _rels(x)


def test_a_swap_of_prisoners_named_as_sujana_concedes_both_ways() -> None:
    x = _run("وأعلنت الرئاسة التركية إتمام عملية تبادل للسجناء بين روسيا والولايات المتحدة.")
    rels = _rels(x)
    assert ("Russia", "CONCEDE", "United States") in rels
    assert ("United States", "CONCEDE", "Russia") in rels
    x = _run("وتبادلت روسيا وأوكرانيا السجناء في منطقة حدودية.")
    assert ("Russia", "CONCEDE", "Ukraine") in _rels(x)


def test_the_mediator_of_a_swap_is_no_party_to_it() -> None:
    x = _run("وتبادلت روسيا وأوكرانيا الأسرى بوساطة إماراتية.")
    rels = _rels(x)
    assert ("Russia", "CONCEDE", "Ukraine") in rels
    assert not any("United Arab Emirates" in (s, o) and t == "CONCEDE" for s, t, o in rels)
    # the mediator meets each party
    assert ("United Arab Emirates", "CONSULT", "Russia") in rels
    assert ("United Arab Emirates", "CONSULT", "Ukraine") in rels


def test_calling_accusations_absurd_or_fabricated_accuses_their_author() -> None:
    x = _run("ووصف وزير الخارجية الصيني وانغ يي الاتهامات الأمريكية بأنها «سخيفة».")
    assert ("Wang Yi", "ACCUSE", "United States") in _rels(x)
    x = _run("ووصفت موسكو الاتهامات البريطانية بأنها «ملفقة».")
    assert ("Russia", "ACCUSE", "United Kingdom") in _rels(x)


# --- an ambassador recalled for consultations with no host named


def test_recalling_ones_ambassador_for_consultations_sanctions_the_other_state_just_named() -> None:
    x = _run(
        "رفضت هولندا السماح لطائرة وزير الخارجية التركي بالهبوط في روتردام. "
        "وقررت أنقرة استدعاء سفيرها للتشاور."
    )
    assert ("Türkiye", "SANCTION", "Netherlands") in _rels(x)
    # guard: a named host wins over the story's other state
    x = _run(
        "رفضت هولندا السماح لطائرة وزير الخارجية التركي بالهبوط في روتردام. "
        "وقررت الجزائر استدعاء سفيرها لدى مدريد للتشاور."
    )
    rels = _rels(x)
    assert ("Algeria", "SANCTION", "Spain") in rels
    assert ("Algeria", "SANCTION", "Netherlands") not in rels


# --- an evaluated act of harm accuses its doer, not its victim


def test_calling_an_expulsion_shameful_accuses_the_expeller_not_the_envoy() -> None:
    x = _run(
        "وطردت الجزائر السفير الفرنسي الأسبوع الماضي. "
        "واعتبرت وزارة الخارجية الفرنسية أن طرد السفير «تصرف غير مقبول»."
    )
    rels = _rels(x)
    assert ("Quai d'Orsay", "ACCUSE", "Algeria") in rels
    assert not any(t == "ACCUSE" and o == "السفير الفرنسي" for _, t, o in rels)


def test_the_policy_of_a_sanctioned_state_still_belongs_to_that_state() -> None:
    x = _run("وفرضت واشنطن عقوبات على طهران. ووصفت واشنطن سياسة طهران بأنها «تهديد» للمنطقة.")
    assert ("United States", "ACCUSE", "Iran") in _rels(x)


# --- acting in response to a request: the requester asks the one who acts


def test_acting_in_response_to_a_request_from_a_state_makes_that_state_the_requester() -> None:
    x = _run("وأرسلت تركيا فرق إنقاذ إلى سوريا استجابة لطلب من دمشق.")
    rels = _rels(x)
    assert ("Syria", "REQUEST", "Türkiye") in rels
    assert ("Türkiye", "REQUEST", "Syria") not in rels
    x = _run("وقالت الكويت إن مبادرتها جاءت استجابة لطلب السعودية.")
    assert ("Saudi Arabia", "REQUEST", "Kuwait") in _rels(x)


def test_a_request_from_two_parties_does_not_make_one_ask_the_other() -> None:
    x = _run(
        "وذكرت وزارة الخارجية القطرية أن الوساطة جاءت «استجابة لطلب» من الولايات المتحدة وإيران."
    )
    rels = _rels(x)
    assert ("United States", "REQUEST", "Iran") not in rels
    assert ("Iran", "REQUEST", "United States") not in rels


# --- bans on travel or on sending workers to a state, and their lifting


def test_a_ban_on_workers_travelling_to_a_state_sanctions_it() -> None:
    x = _run("وقررت الحكومة الفلبينية تعليق إرسال العمال إلى الكويت.")
    assert ("Philippines", "SANCTION", "Kuwait") in _rels(x)
    x = _run("وأعلن الرئيس الإندونيسي جوكو ويدودو حظر سفر العمالة المنزلية إلى السعودية.")
    assert any(r[1:] == ("SANCTION", "Saudi Arabia") for r in _rels(x))


def test_lifting_a_travel_ban_concedes_and_a_ban_talked_about_is_no_act() -> None:
    x = _run("وأعلنت الخارجية الأمريكية رفع حظر السفر إلى كوبا.")
    types = {t for _, t, o in _rels(x) if o == "Cuba"}
    assert types == {"CONCEDE"}
    x = _run("وقالت الحكومة إن حظر سفر العمالة إلى السعودية سيرفع قريباً.")
    assert "SANCTION" not in _types(x)


# --- "the two sides" after a host was praised: the parties of the latest agreement


def test_the_two_sides_are_the_parties_of_the_agreement_not_the_host_praised() -> None:
    x = _run(
        "اتفقت السعودية وإيران على استئناف العلاقات. "
        "وثمنت المملكة جهود العراق في استضافة جولات الحوار بين الجانبين."
    )
    rels = _rels(x)
    assert ("Iraq", "CONSULT", "Iran") in rels
    assert ("Saudi Arabia", "CONSULT", "Iraq") not in rels
    # guard: the two who just met are still "the two sides"
    x = _run(
        "واستقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإثيوبي آبي أحمد، "
        "وبحث الجانبان سبل تعزيز التعاون بين البلدين."
    )
    rels = _rels(x)
    assert any(s == "Abdel Fattah el-Sisi" and t == "CONSULT" for s, t, _ in rels)
    assert ("Egypt", "COOPERATE", "Ethiopia") in rels


def test_an_offer_to_mediate_makes_the_offering_state_consult_each_party() -> None:
    x = _run("وعرضت تركيا التوسط بين الصومال وإثيوبيا.")
    rels = _rels(x)
    assert ("Türkiye", "CONSULT", "Somalia") in rels
    assert ("Türkiye", "CONSULT", "Ethiopia") in rels
    x = _run("وعرضت قطر الوساطة بين روسيا وأوكرانيا.")
    assert ("Qatar", "CONSULT", "Russia") in _rels(x)
    # guard: who welcomes a mediation is not its mediator
    x = _run("ورحبت الأمم المتحدة بالوساطة بين روسيا وأوكرانيا.")
    assert not any(s == "United Nations" and t == "CONSULT" for s, t, _ in _rels(x))


def test_a_violation_by_a_pact_accuses_the_state_that_signed_it_in_a_relative_clause() -> None:
    x = _run(
        "وقال وزير الخارجية الصومالي إن مذكرة التفاهم التي وقعتها إثيوبيا مع أرض الصومال "
        "تنتهك سيادة الصومال."
    )
    assert any(t == "ACCUSE" and o == "Ethiopia" for _, t, o in _rels(x))
    # guard: a pact that respects the law accuses no one
    x = _run("وقال الوزير إن الاتفاق الذي وقعته مصر مع السودان يحترم القانون الدولي.")
    assert "ACCUSE" not in _types(x)


# --- released or sentenced "him": the man just named


def test_a_release_or_sentence_of_him_is_of_the_man_just_named() -> None:
    x = _run(
        "واعتقلت السلطات الروسية الصحفي الأمريكي إيفان غيرشكوفيتش في مارس. "
        "وأفرجت عنه موسكو في أغسطس ضمن صفقة تبادل."
    )
    assert ("Russia", "CONCEDE", "إيفان غيرشكوفيتش") in _rels(x)
    x = _run(
        "واعتقلت السلطات الروسية الصحفي الأمريكي إيفان غيرشكوفيتش في مارس. "
        "وحكمت عليه محكمة روسية بالسجن 16 عاماً."
    )
    assert ("Russian Judiciary", "COERCE", "إيفان غيرشكوفيتش") in _rels(x)


# --- readiness to normalise or establish relations is SUPPORT; establishing them, AGREE


def test_readiness_to_normalise_or_establish_relations_is_support() -> None:
    x = _run("وأكد الرئيس الأذربيجاني أن باكو مستعدة لتطبيع العلاقات مع أرمينيا.")
    assert ("Azerbaijan", "SUPPORT", "Armenia") in _rels(x)
    x = _run("وقال وزير الخارجية السعودي إن المملكة مستعدة لإقامة علاقات دبلوماسية مع إسرائيل.")
    assert ("Saudi Arabia", "SUPPORT", "Israel") in _rels(x)
    # guard: ties only talked about are no act
    x = _run("وبحث الجانبان تعزيز العلاقات وإقامة علاقات تجارية أوسع مع دول المنطقة.")
    assert "SUPPORT" not in _types(x)


def test_establishing_diplomatic_relations_is_an_agreement() -> None:
    x = _run("وأقامت الإمارات علاقات دبلوماسية مع إسرائيل عام 2020.")
    assert ("United Arab Emirates", "AGREE", "Israel") in _rels(x)
    # guard: a state that has no relations (imperfect, negated) agrees to nothing
    x = _run("ولا تقيم أنقرة علاقات دبلوماسية مع يريفان منذ عام 1993.")
    assert "AGREE" not in _types(x)


def test_a_recognition_of_sovereignty_with_a_time_phrase_after_the_recogniser() -> None:
    x = _run(
        "وجاء ذلك بعد اعتراف الولايات المتحدة في ديسمبر الماضي بسيادة المغرب على الصحراء الغربية."
    )
    assert ("United States", "SUPPORT", "Morocco") in _rels(x)
    # guard: who denounces the recognition accuses the recogniser, and supports no one
    x = _run("ونددت الجزائر باعتراف فرنسا في يوليو الماضي بسيادة المغرب على الصحراء الغربية.")
    rels = _rels(x)
    assert ("Algeria", "ACCUSE", "France") in rels
    assert not any(s == "Algeria" and t == "SUPPORT" for s, t, _ in rels)


def test_ending_agreements_in_the_plural_sanctions_the_partner() -> None:
    x = _run("وألغت مالي الاتفاقيات الدفاعية مع فرنسا.")
    assert ("Mali", "SANCTION", "France") in _rels(x)
    # guard: talk of ending old agreements names no partner
    x = _run("وبحث الوزيران سبل إنهاء الاتفاقيات القديمة وتوقيع اتفاقيات جديدة.")
    assert "SANCTION" not in _types(x)


def test_a_pact_said_to_violate_the_law_accuses_each_of_its_parties() -> None:
    x = _run(
        "ووقعت إثيوبيا مذكرة تفاهم مع أرض الصومال في يناير. "
        "وقال وزير الخارجية المصري إن المذكرة تنتهك القانون الدولي."
    )
    accused = {o for _, t, o in _rels(x) if t == "ACCUSE"}
    assert {"Ethiopia", "Somaliland"} <= accused
    # guard: a pact said not to violate, or to respect, the law accuses no one
    x = _run(
        "ووقعت إثيوبيا مذكرة تفاهم مع أرض الصومال في يناير. "
        "وقال وزير الخارجية المصري إن المذكرة لا تنتهك القانون الدولي."
    )
    assert "ACCUSE" not in _types(x)
