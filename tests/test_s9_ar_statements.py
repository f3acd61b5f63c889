"""Arabic statements (session 9, helper S9-H5): reporting verbs missing from the cue
lexicon (ادعى، بيّن in the forms that cannot be the preposition بين), a participle after a
nominal cue ("ندد بتصريحات X، معتبرا أن": the participle's speaker, not X), a long name
ending in its short form in brackets ("منظمة ... (أوبك)"), a cue in ل + imperfect after
the auxiliary عاد ("X عاد ليؤكد", "عادت الوزارة لتتهم") and a verb of accusing or
describing whose object comes right after it ("واتهم واشنطن بـ": the subject is dropped)."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction


def _run(text: str) -> Extraction:
    return extract(Article(id="t", lang="ar", published=date(2024, 3, 12), text=text))


def _speakers(x: Extraction, cue: str) -> set[str]:
    return {x.entity(q.speaker).label for q in x.quotes if q.cue == cue}


def test_iddaa_claimed_is_a_reporting_verb() -> None:
    x = _run("موسكو (رويترز) - ادعى الرئيس الروسي فلاديمير بوتين أن الجيش الأوكراني ينهار.")
    assert _speakers(x, "ادعى") == {"Vladimir Putin"}


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


def test_a_long_name_ending_in_a_bracketed_short_form_speaks() -> None:
    x = _run(
        "وقال وزير الطاقة السعودي إن السوق مستقرة. وحذرت منظمة البلدان المصدرة للنفط "
        "(أوبك) من أن الطلب العالمي سيتراجع."
    )
    assert _speakers(x, "وحذرت") == {"Organization of the Petroleum Exporting Countries"}


def test_a_linked_long_name_with_its_short_form_still_speaks() -> None:
    x = _run(
        "وقالت منظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو) إن المدينة القديمة تضررت."
    )
    assert _speakers(x, "وقالت") == {"UNESCO"}


def test_a_cue_after_the_auxiliary_aada_takes_the_auxiliarys_subject() -> None:
    x = _run(
        "وقال وزير الخارجية الإيراني عباس عراقجي إن طهران لن تفاوض تحت التهديد. لكن "
        "عراقجي عاد ليؤكد أن الحوار مع أوروبا ما زال ممكنا."
    )
    assert _speakers(x, "ليؤكد") == {"Abbas Araghchi"}


def test_an_unnamed_subject_of_the_auxiliary_is_the_previous_speaker() -> None:
    x = _run(
        "وقالت وزارة الخارجية الروسية إن موسكو سترد على العقوبات. ثم عادت الوزارة "
        "لتتهم بريطانيا بتأجيج الحرب."
    )
    assert _speakers(x, "لتتهم") == {"Ministry of Foreign Affairs of Russia"}


def test_the_actor_right_after_accused_and_before_bi_is_the_object() -> None:
    x = _run(
        "وقال وزير الخارجية الفرنسي جان نويل بارو إن باريس لن تقبل بالتهديدات. واتهم "
        "موسكو بمحاولة زعزعة استقرار مولدوفا."
    )
    assert _speakers(x, "واتهم") == {"Jean-Noël Barrot"}


def test_a_state_accusing_another_named_after_it_still_speaks() -> None:
    x = _run("واتهم العراق تركيا بانتهاك سيادته بعد الغارات على إقليم كردستان.")
    assert _speakers(x, "واتهم") == {"Iraq"}


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


def test_ala_hadd_qawl_names_the_speaker_after_the_content() -> None:
    x = _run("والعلاقات بين البلدين تمر بأفضل مراحلها، على حد قول الرئيس المصري عبد الفتاح السيسي.")
    assert _speakers(x, "على حد قول") == {"Abdel Fattah el-Sisi"}


def test_a_feminine_participle_after_a_nested_body_goes_on_with_the_main_body() -> None:
    x = _run(
        "وقالت وزارة الخارجية الألمانية إن برلين تطالب بهدنة إنسانية فورية، مشيرة إلى أن "
        "المستشار أولاف شولتس سيزور المنطقة."
    )
    assert _speakers(x, "مشيرة") == {"German Ministry of Foreign Affairs"}


def test_wa_bayna_before_two_coordinated_actors_is_the_preposition() -> None:
    x = _run("وبين السعودية والبحرين اتفاق ينص على أن الجسر سيعاد افتتاحه قريبا.")
    assert not [q for q in x.quotes if "بين" in q.cue]
