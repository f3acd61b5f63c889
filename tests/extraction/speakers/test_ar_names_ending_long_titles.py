"""Session-7 Arabic speaker rules (issue #3), found by reading the output on unseen text.

* an unknown name that ends a long title right after a speech verb ("وزير X والY الدكتور
  A B"، "أستاذ ... بجامعة Z الدكتور A B"، "زعيمة حزب «X» A B"، "المبعوث ... الخاص لمنطقة
  X A B"، "وزير الخارجية في حكومة X A B") is a person, and that person speaks, not an
  unnamed holder of the title.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted, said

from kg.models import Extraction


def run(text: str, day: date = date(2024, 3, 12)) -> Extraction:
    return extracted(text, "ar", day)


def people(x: Extraction) -> set[str]:
    return {e.label for e in x.entities if e.type.value == "Person"}


# -- names at the end of a long title -------------------------------------------------


def test_name_after_coordinated_portfolio_and_style_speaks() -> None:
    x = run(
        "وقال وزير التعليم العالي والبحث العلمي الدكتور نبيل فارس إن الجامعات ستستأنف "
        "الدراسة الأسبوع المقبل."
    )
    assert "نبيل فارس" in people(x)
    assert said(x) == [("نبيل فارس", "الجامعات ستستأنف الدراسة الأسبوع المقبل")]


THE_STATEMENTS_READ_ARE_THESE_CASES = [
    pytest.param(
        "وقال أستاذ العلوم السياسية بجامعة بغداد الدكتور عباس الخفاجي إن الانتخابات "
        "ستجري في موعدها.",
        [("عباس الخفاجي", "الانتخابات ستجري في موعدها")],
        id="professor_at_a_university_speaks",
    ),
    pytest.param(
        "وقالت زعيمة حزب «الخضر» سارة فيلدمان إن قرار الحكومة خاطئ.",
        [("سارة فيلدمان", "قرار الحكومة خاطئ")],
        id="name_after_party_in_guillemets_speaks",
    ),
    pytest.param(
        "وقال المبعوث الأوروبي الخاص لمنطقة الساحل جوزيب فيلار إن الوضع الأمني يتدهور.",
        [("جوزيب فيلار", "الوضع الأمني يتدهور")],
        id="name_after_envoy_with_region_complement_speaks",
    ),
    pytest.param(
        "وكتب وزير الدولة المكلف الشؤون البرلمانية مصطفى بايتاس على «فيسبوك»: «الحكومة لن "
        "تتراجع عن الإصلاح».",
        [("مصطفى بايتاس", "الحكومة لن تتراجع عن الإصلاح")],
        id="platform_before_colon_is_a_name_and_the_quote_follows",
    ),
    # -- "بحسب ما نقلت عنه X" between the speaker and what he said --------------------------
    pytest.param(
        "وأكد رئيس الوزراء الباكستاني شهباز شريف، بحسب ما نقلت عنه وكالة الأنباء الرسمية، "
        "أن إسلام آباد لن تتهاون.",
        [("Shehbaz Sharif", "إسلام آباد لن تتهاون")],
        id="according_to_aside_is_not_part_of_the_content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_STATEMENTS_READ_ARE_THESE_CASES)
def test_the_statements_read_are_these(text: str, expected: list[tuple[str, str]]) -> None:
    assert said(run(text)) == expected


def test_name_after_minister_in_a_government_speaks_and_object_is_no_name() -> None:
    x = run(
        "في المقابل، وصف وزير الخارجية في حكومة الوحدة الوطنية عماد الطاهر الخطوة بأنها «باطلة»."
    )
    assert "عماد الطاهر" in people(x)
    assert [s for s, _ in said(x)] == ["عماد الطاهر"]


def test_definite_object_after_foreign_name_is_not_part_of_it() -> None:
    x = run("وانتقدت زعيمة حزب «الخضر» سارة فيلدمان القرار بشدة.")
    assert "سارة فيلدمان" in people(x)
    assert "سارة فيلدمان القرار" not in people(x)


def test_guard_known_minister_and_unnamed_ambassador_kept() -> None:
    x = run(
        "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار. "
        "وقال السفير الروسي لدى الأمم المتحدة إن المجلس فشل في مهمته."
    )
    got = said(x)
    assert got[0] == ("Sergey Lavrov", "موسكو مستعدة للحوار")
    assert got[1][1] == "المجلس فشل في مهمته"
    assert got[1][0] != "Sergey Lavrov"


# -- "the <nisba> statement" and platforms -------------------------------------------


def test_statement_with_state_adjective_is_that_sides_issuer() -> None:
    x = run(
        "وقالت وزارة الخارجية الجزائرية، في بيان أمس الخميس، إن الجزائر ترفض أي تدخل في "
        "شؤونها الداخلية. وكان الرئيس الفرنسي إيمانويل ماكرون قد قال إن باريس تحترم سيادة "
        "الجزائر. وأضاف البيان الجزائري أن الحوار هو السبيل الوحيد لتجاوز الخلاف."
    )
    got = said(x)
    assert got[1][0] == "Emmanuel Macron"
    assert got[2] == (got[0][0], "الحوار هو السبيل الوحيد لتجاوز الخلاف")
    assert "Foreign Affairs" in got[0][0]
    dates = [q.date for q in x.quotes]
    assert dates[2] == dates[0] is not None  # the statement of yesterday goes on


def test_via_platform_in_guillemets_is_no_quote_and_participle_keeps_speaker() -> None:
    x = run(
        "وشكر الرئيس الكيني وليام روتو إثيوبيا عبر «إكس» على دعمها، قائلاً إن «البلدين "
        "شريكان في السلام»."
    )
    got = said(x)
    assert all(text != "إكس" for _, text in got)
    assert got[-1][0] in ("William Ruto", "وليام روتو")
    assert "البلدين شريكان في السلام" in got[-1][1]


def test_guard_expressed_with_preposition_still_a_statement() -> None:
    x = run("وأعرب وزير الخارجية الإيطالي أنطونيو تاياني عن «قلقه العميق» إزاء التصعيد.")
    got = said(x)
    assert len(got) == 1 and "قلقه العميق" in got[0][1]


# -- a participle after a "فيما" clause goes on that clause's actor ------------------


def test_participle_after_while_clause_takes_its_subject() -> None:
    x = run(
        "وطلبت كينيا من مجلس الأمن عقد جلسة طارئة، فيما رفضت مقديشو نقل الملف إلى "
        "المجلس، معتبرة أنه شأن داخلي."
    )
    got = said(x)
    assert got == [("Somalia", "أنه شأن داخلي")]


def test_guard_while_clause_without_named_actor_keeps_sentence_subject() -> None:
    x = run(
        "وأدانت الأردن الهجوم على القافلة، فيما دعت إلى ضبط النفس، مؤكدة أن العنف لن يحل الأزمة."
    )
    got = said(x)
    assert got and got[-1] == ("Jordan", "العنف لن يحل الأزمة")


# -- unnamed sources in a state's body -------------------------------------------------


def test_source_in_a_ministry_speaks_and_is_named_again() -> None:
    x = run(
        "أعلنت وزارة الخارجية الأردنية اليوم استدعاء السفير الإسرائيلي. وقال مصدر مسؤول في "
        "الوزارة في تصريح لوكالة الأنباء الأردنية (بترا) إن القرار جاء ردا على الانتهاكات. "
        "وأضاف المصدر أن الوزارة استدعت السفير مرتين، مؤكداً أن الأردن «لن يسمح بالمساس "
        "بسيادته»."
    )
    got = said(x)
    assert [s for s, _ in got] == ["مصدر مسؤول في الوزارة"] * 3
    src = next(e for e in x.entities if e.label == "مصدر مسؤول في الوزارة")
    assert (
        src.state is not None and next(e for e in x.entities if e.id == src.state).label == "Jordan"
    )


def test_source_in_a_named_ministry_speaks() -> None:
    x = run(
        "في المقابل، قال مصدر في وزارة الخارجية الجزائرية لـ«الشرق الأوسط» إن الاستدعاء "
        "«يأتي في سياق الأزمة»، معتبراً أن باريس «لم تقدم أي توضيح»."
    )
    assert [s for s, _ in said(x)] == ["مصدر في وزارة الخارجية الجزائرية"] * 2


def test_guard_sources_footer_is_no_speaker() -> None:
    x = run(
        "وقال مصدر في وزارة الخارجية التونسية إن الاجتماع سيعقد الأسبوع المقبل.\nالمصدر: وكالات"
    )
    src = [e for e in x.entities if e.label.startswith("مصدر")]
    assert len(src) == 1
    assert all("وكالات" not in m.text for m in src[0].mentions)
    assert len(src[0].mentions) == 1


# -- a double family name named again -------------------------------------------------


def test_double_family_name_refers_back_to_the_new_person() -> None:
    x = run(
        "وقال الرئيس الكولومبي غوستافو بيترو أوريغو إن بلاده ستعيد العلاقات مع كاراكاس. "
        "وأضاف بيترو أوريغو أن الحوار هو الطريق الوحيد."
    )
    assert [s for s, _ in said(x)] == ["غوستافو بيترو أوريغو"] * 2


def test_guard_lineage_name_registers_no_connector_pair() -> None:
    x = run(
        "وقال وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح إن بلاده تدعم الحوار. "
        "وأضاف الجابر الصباح أن الكويت مستعدة للوساطة."
    )
    got = [s for s, _ in said(x)]
    assert len(got) == 2 and got[0] == got[1]


def test_university_named_after_a_person_is_no_speaker() -> None:
    x = run(
        "وقال أستاذ العلاقات الدولية بجامعة محمد الخامس الدكتور تاج الدين الحسيني إن "
        "القرار «كان متوقعاً» بعد أشهر من التوتر."
    )
    assert "محمد الخامس" not in people(x)
    assert said(x) == [("تاج الدين الحسيني", "القرار «كان متوقعاً» بعد أشهر من التوتر")]


def test_foreign_given_name_then_abd_and_divine_name_after_rank() -> None:
    x = run(
        "من جهته، قال المتحدث باسم المجلس العسكري العقيد أمادو عبد الرحمن إن فرنسا "
        "«تواصل التدخل في الشؤون الداخلية للنيجر»."
    )
    assert [s for s, _ in said(x)] == ["أمادو عبد الرحمن"]


def test_known_person_after_a_ten_word_title_speaks() -> None:
    x = run(
        "من جهته، قال مدير مكتب لجنة الشؤون الخارجية في الحزب الشيوعي الصيني وانغ يي إن "
        "الاتفاق «انتصار للحوار والسلام»."
    )
    assert [s for s, _ in said(x)] == ["Wang Yi"]


# -- a verb after "إنه/إنها" has the pronoun as its subject ----------------------------


def test_verb_after_pronoun_complementiser_keeps_the_speaker() -> None:
    x = run(
        "وقال وزير الخارجية الإيطالي أنطونيو تاياني للصحافيين إنه أبلغ السفير الروسي بأن "
        "«روما لن تقبل التهديدات»، مضيفاً أن الاتصالات مستمرة."
    )
    got = said(x)
    assert [s for s, _ in got] == ["أنطونيو تاياني", "أنطونيو تاياني"]
    assert "روما لن تقبل التهديدات" in got[0][1]
    assert got[1][1] == "الاتصالات مستمرة"


# -- a headline holds no statement ------------------------------------------------------


def test_headline_line_holds_no_statement_but_body_does() -> None:
    x = run(
        "الأردن يدين اقتحام الأقصى ويعتبره «استفزازاً خطيراً»\n\n"
        "عمان - «بترا»:\n"
        "أدانت وزارة الخارجية الأردنية اقتحام المسجد الأقصى، مؤكدة أن الخطوة تمثل "
        "«استفزازاً خطيراً» لمشاعر المسلمين."
    )
    got = said(x)
    assert all(text != "استفزازاً خطيراً" for _, text in got)
    assert any("الخطوة تمثل" in text for _, text in got)


def test_guard_first_paragraph_ending_in_full_stop_is_no_headline() -> None:
    x = run(
        "قال وزير الخارجية المصري سامح شكري إن القاهرة ترفض التهجير.\n\n"
        "وأضاف شكري أن مصر ستواصل جهودها."
    )
    assert len(said(x)) == 2


# -- "وكان X قد <cue> Y": X speaks, Y is the object -------------------------------------


def test_pluperfect_subject_before_qad_speaks_not_the_object() -> None:
    x = run("وكان الرئيس الكيني وليام روتو قد اتهم الصومال بالتدخل في شؤون بلاده.")
    assert [s for s, _ in said(x)] == ["وليام روتو"]
    y = run("وكانت الجزائر قد اتهمت المغرب بدعم حركة انفصالية.")
    assert [s for s, _ in said(y)] == ["Algeria"]


# -- names read back from a family name that speaks alone --------------------------------


def test_family_name_speaking_alone_names_the_earlier_full_name() -> None:
    x = run(
        "ووقع الاتفاق عن الجانب الإيراني أمين المجلس الأعلى للأمن القومي علي شمخاني. "
        "وقال شمخاني إن المحادثات كانت «صريحة وبناءة»."
    )
    assert "علي شمخاني" in people(x)
    assert [s for s, _ in said(x)] == ["علي شمخاني"]


def test_according_to_an_envoy_with_complement_and_foreign_name() -> None:
    x = run(
        "وكان المعبر قد فتح يوم السبت أمام شاحنات المساعدات، بحسب المبعوث الأرميني الخاص "
        "لتطبيع العلاقات روبن روبينيان، الذي كتب على «تويتر» أن المساعدات «عبرت إلى تركيا»."
    )
    assert [s for s, _ in said(x)] == ["روبن روبينيان", "روبن روبينيان"]


def test_guard_title_complement_words_are_no_name() -> None:
    x = run(
        "من جهته، قال وزير الموارد المائية والري الدكتور هاني سويلم إن الجانب الآخر "
        "«لم يقدم أي تعديلات جوهرية»."
    )
    assert [s for s, _ in said(x)] == ["هاني سويلم"]
    assert not any(p.startswith("الموارد") or p.startswith("المائية") for p in people(x))


def test_quotation_after_occasion_and_colon_is_one_direct_statement() -> None:
    x = run(
        "وأكد رئيس الوزراء الهولندي ديك سخوف في كلمة متلفزة: «يوهان حر، وهو في طريقه إلى "
        "الوطن»، مضيفاً أنه «قضى 300 يوم في السجن»."
    )
    got = said(x)
    assert len(got) == 2
    assert got[0][1] == "يوهان حر، وهو في طريقه إلى الوطن"
    assert x.quotes[0].direct


def test_leader_of_quoted_party_criticises_an_object_and_goes_on() -> None:
    x = run("وانتقدت زعيمة حزب «البديل» سارة كلاين عملية الترحيل، معتبرة أنها «فشل ذريع» للحكومة.")
    assert "سارة كلاين" in people(x)
    got = said(x)
    assert got and {s for s, _ in got} == {"سارة كلاين"}
    assert got[-1][1].startswith("أنها «فشل ذريع»")


def test_foreign_family_name_in_ta_before_complementiser() -> None:
    x = run(
        "وقال المتحدث باسم الخارجية الإسرائيلية ليئور حياة إن إسرائيل «تحترم معاهدة السلام» "
        "مع الأردن."
    )
    assert [s for s, _ in said(x)] == ["ليئور حياة"]


def test_guard_noun_in_ta_after_title_is_no_name() -> None:
    x = run("وأعلن وزير الخارجية البلجيكي حالة الطوارئ في البلاد.")
    assert not any("حالة" in p for p in people(x))


def test_pluperfect_without_subject_continues_the_speaker_not_the_object() -> None:
    x = run(
        "وقال الرئيس الكيني وليام روتو إن بلاده تريد السلام. وكان قد اتهم الصومال بالتدخل "
        "في شؤون بلاده."
    )
    assert [s for s, _ in said(x)] == ["وليام روتو", "وليام روتو"]
    y = run("وكان قد اتهم الصومال بالتدخل في شؤون بلاده.")
    assert "Somalia" not in [s for s, _ in said(y)]


# -- no names made of a verb and a verbal noun ----------------------------------------


def test_verb_after_pronoun_complementiser_and_besides_are_no_names() -> None:
    x = run(
        "الكويت - 25 - 4 (كونا) -- أعلنت وزارة الخارجية اليوم الأربعاء أنها قررت استدعاء "
        "سفير الكويت لدى مانيلا للتشاور، إلى جانب استدعاء سفير الفلبين."
    )
    assert not {"قررت استدعاء", "جانب استدعاء"} & people(x)
    assert {"سفير الكويت", "سفير الفلبين"} <= people(x)


def test_guard_unknown_name_after_plain_complementiser_before_title() -> None:
    x = run("وقال وزير الخارجية إن جيك سوليفان مستشار الأمن القومي سيزور المنطقة.")
    assert "جيك سوليفان" in people(x)


# -- "الخارجية" alone: the dateline state's ministry -----------------------------------


def test_bare_foreign_ministry_after_a_dateline_speaks_for_its_state() -> None:
    x = run(
        "الرباط - «هسبريس»:\n"
        "أعربت المملكة المغربية عن رفضها للقرار. وأكدت الخارجية أن المغرب لن يقبل المساس "
        "بسيادته."
    )
    got = said(x)
    assert got[-1][1] == "المغرب لن يقبل المساس بسيادته"
    mfa = next(e for e in x.entities if e.label == got[-1][0])
    assert mfa.type.value == "Organization"
    assert next(e for e in x.entities if e.id == mfa.state).label == "Morocco"


def test_guard_foreign_policy_adjective_is_no_ministry() -> None:
    x = run("الرباط - «هسبريس»:\nتحدث الملك عن السياسة الخارجية للمملكة المغربية.")
    assert not any(e.type.value == "Organization" and "الخارجية" in e.label for e in x.entities)
