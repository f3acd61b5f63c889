"""Arabic statements (session 9, helper S9-H5): reporting verbs missing from the cue
lexicon (ادعى، بيّن in the forms that cannot be the preposition بين), a participle after a
nominal cue ("ندد بتصريحات X، معتبرا أن": the participle's speaker, not X), a long name
ending in its short form in brackets ("منظمة ... (أوبك)"), a cue in ل + imperfect after
the auxiliary عاد ("X عاد ليؤكد", "عادت الوزارة لتتهم") and a verb of accusing or
describing whose object comes right after it ("واتهم واشنطن بـ": the subject is dropped)."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def _run(text: str) -> Extraction:
    return extracted(text, "ar", date(2024, 3, 12))


def _speakers(x: Extraction, cue: str) -> set[str]:
    return {x.entity(q.speaker).label for q in x.quotes if q.cue == cue}


THE_SPEAKERS_OF_THE_CUE_ARE_THESE_CASES = [
    pytest.param(
        "موسكو (رويترز) - ادعى الرئيس الروسي فلاديمير بوتين أن الجيش الأوكراني ينهار.",
        "ادعى",
        {"Vladimir Putin"},
        id="iddaa_claimed_is_a_reporting_verb",
    ),
    pytest.param(
        "وقال وزير الطاقة السعودي إن السوق مستقرة. وحذرت منظمة البلدان المصدرة للنفط "
        "(أوبك) من أن الطلب العالمي سيتراجع.",
        "وحذرت",
        {"Organization of the Petroleum Exporting Countries"},
        id="a_long_name_ending_in_a_bracketed_short_form_speaks",
    ),
    pytest.param(
        "وقالت منظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو) إن المدينة القديمة تضررت.",
        "وقالت",
        {"UNESCO"},
        id="a_linked_long_name_with_its_short_form_still_speaks",
    ),
    pytest.param(
        "وقال وزير الخارجية الإيراني عباس عراقجي إن طهران لن تفاوض تحت التهديد. لكن "
        "عراقجي عاد ليؤكد أن الحوار مع أوروبا ما زال ممكنا.",
        "ليؤكد",
        {"Abbas Araghchi"},
        id="a_cue_after_the_auxiliary_aada_takes_the_auxiliarys_subject",
    ),
    pytest.param(
        "وقالت وزارة الخارجية الروسية إن موسكو سترد على العقوبات. ثم عادت الوزارة "
        "لتتهم بريطانيا بتأجيج الحرب.",
        "لتتهم",
        {"Ministry of Foreign Affairs of Russia"},
        id="an_unnamed_subject_of_the_auxiliary_is_the_previous_speaker",
    ),
    pytest.param(
        "وقال وزير الخارجية الفرنسي جان نويل بارو إن باريس لن تقبل بالتهديدات. واتهم "
        "موسكو بمحاولة زعزعة استقرار مولدوفا.",
        "واتهم",
        {"Jean-Noël Barrot"},
        id="the_actor_right_after_accused_and_before_bi_is_the_object",
    ),
    pytest.param(
        "واتهم العراق تركيا بانتهاك سيادته بعد الغارات على إقليم كردستان.",
        "واتهم",
        {"Iraq"},
        id="a_state_accusing_another_named_after_it_still_speaks",
    ),
    pytest.param(
        "والعلاقات بين البلدين تمر بأفضل مراحلها، على حد قول الرئيس المصري عبد الفتاح السيسي.",
        "على حد قول",
        {"Abdel Fattah el-Sisi"},
        id="ala_hadd_qawl_names_the_speaker_after_the_content",
    ),
    pytest.param(
        "وقالت وزارة الخارجية الألمانية إن برلين تطالب بهدنة إنسانية فورية، مشيرة إلى أن "
        "المستشار أولاف شولتس سيزور المنطقة.",
        "مشيرة",
        {"German Ministry of Foreign Affairs"},
        id="a_feminine_participle_after_a_nested_body_goes_on_with_the_main_body",
    ),
]


@pytest.mark.parametrize(("text", "cue", "expected"), THE_SPEAKERS_OF_THE_CUE_ARE_THESE_CASES)
def test_the_speakers_of_the_cue_are_these(text: str, cue: str, expected: set[str]) -> None:
    assert _speakers(_run(text), cue) == expected


def test_bayyana_with_waw_or_feminine_is_a_reporting_verb() -> None:
    x = _run(
        "وقال الرئيس التونسي قيس سعيد إن بلاده ترفض الإملاءات. وبين سعيد أن تونس لن "
        "تقبل بأن تكون معبرا للهجرة. وبينت الحكومة الإيطالية أن روما تريد شراكة متوازنة."
    )
    assert _speakers(x, "وبين") == {"Kais Saied"}
    assert _speakers(x, "وبينت") == {"Italy"}


def test_the_preposition_bayna_is_not_a_reporting_verb() -> None:
    x = _run("ووقع اتفاق بين مصر والأردن ينص على أن التعاون الأمني سيتواصل.")
    assert not [q for q in x.quotes if "بين" in q.cue]


def test_a_participle_after_a_nominal_cue_keeps_the_verbs_speaker() -> None:
    x = _run(
        "وانتقد الرئيس الفرنسي إيمانويل ماكرون بتصريحات الرئيس الروسي فلاديمير بوتين، "
        "معتبرا أنها تهدد الأمن الأوروبي."
    )
    assert _speakers(x, "معتبرا") == {"Emmanuel Macron"}
    assert not any(x.entity(q.speaker).label == "Vladimir Putin" for q in x.quotes)


def test_the_letters_of_cnn_are_not_the_complementiser() -> None:
    x = _run(
        "وأكد وزير الخارجية الإيراني عباس عراقجي في مقابلة مع شبكة سي إن إن أن طهران "
        "لا تريد حربا إقليمية."
    )
    assert [q.text for q in x.quotes if q.cue == "وأكد"] == ["طهران لا تريد حربا إقليمية"]


def test_a_titled_name_after_the_agencys_complementiser_speaks_via_the_agency() -> None:
    x = _run(
        "الدوحة (قنا) - ذكرت وكالة الأنباء القطرية أن أمير قطر الشيخ تميم بن حمد آل ثاني "
        "أكد خلال لقائه رئيس الوزراء البريطاني أن قطر ماضية في جهود الوساطة."
    )
    inner = [q for q in x.quotes if q.cue == "أكد"]
    assert [x.entity(q.speaker).label for q in inner] == ["Tamim bin Hamad Al Thani"]
    assert inner[0].via is not None and x.entity(inner[0].via).label == "Qatar News Agency"


def test_nawwaha_bi_praises_and_nawwaha_ila_anna_still_reports() -> None:
    x = _run(
        "ونوهت وزارة الخارجية المصرية بالدور القطري في الوساطة. ونوه وزير الخارجية "
        "المصري بدر عبد العاطي إلى أن القاهرة والدوحة تنسقان مواقفهما."
    )
    assert _speakers(x, "ونوهت") == {"Egyptian Ministry of Foreign Affairs"}
    assert [q.text for q in x.quotes if q.cue == "ونوه"] == ["القاهرة والدوحة تنسقان مواقفهما"]


def test_wa_bayna_before_two_coordinated_actors_is_the_preposition() -> None:
    x = _run("وبين السعودية والبحرين اتفاق ينص على أن الجسر سيعاد افتتاحه قريبا.")
    assert not [q for q in x.quotes if "بين" in q.cue]
