"""Arabic statements on fresh wire text, round 2 (session 8, S8-R2-H7): continuations,
vague sources, announcements of a stance, the two sides told of by one side's body,
relays and welcomes.  Every sentence is new, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted, said

from kg.models import Extraction


def run(text: str) -> Extraction:
    return extracted(text, "ar", date(2024, 3, 14))


def holding(x: Extraction, fragment: str) -> list[tuple[str, str, str | None]]:
    """(speaker, content, via) of every statement whose content holds ``fragment``."""
    return [
        (x.entity(q.speaker).label, q.text, x.entity(q.via).label if q.via else None)
        for q in x.quotes
        if fragment in q.text
    ]


# ------------------------------------------------ continuations of the speaker


def test_istatrada_qailan_goes_on_with_the_speaker_before() -> None:
    x = run(
        "قال الرئيس الروسي فلاديمير بوتين إن موسكو منفتحة على المفاوضات.\n"
        'واستطرد قائلا: "لكننا لن نقبل بأي شروط مسبقة".'
    )
    assert [sp for sp, _, _ in holding(x, "شروط مسبقة")] == ["Vladimir Putin"]
    assert holding(x, "منفتحة على المفاوضات")[0][0] == "Vladimir Putin"


def test_madat_qailatan_goes_on_with_the_speaker_before() -> None:
    x = run(
        "قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن برلين ستواصل دعم كييف. "
        'ومضت قائلة إن "أمن أوروبا لا يتجزأ".'
    )
    assert [sp for sp, _, _ in holding(x, "أمن أوروبا")] == ["Annalena Baerbock"]


def test_a_participle_of_istatrada_goes_on_with_the_speaker() -> None:
    x = run(
        "قال الرئيس الروسي فلاديمير بوتين إن العقوبات فشلت، مستطردا أن الاقتصاد الروسي "
        "يتعافى بسرعة."
    )
    assert [sp for sp, _, _ in holding(x, "يتعافى بسرعة")] == ["Vladimir Putin"]
    assert holding(x, "العقوبات فشلت") == [("Vladimir Putin", "العقوبات فشلت", None)]


THE_STATEMENTS_HOLDING_THE_WORDS_ARE_THESE_CASES = [
    # ------------------------------------------------ vague and unnamed subjects
    pytest.param(
        "انتقد رئيس الوزراء البريطاني ريشي سوناك الهجوم على السفينة. وذكرت مصادر "
        "أوروبية أن بروكسل تدرس فرض عقوبات جديدة.",
        "عقوبات جديدة",
        [],
        id="plural_sources_are_no_one_and_not_the_speaker_before",
    ),
    pytest.param(
        "تفقد الرئيس الفرنسي إيمانويل ماكرون الحي المتضرر، وسط متظاهرين غاضبين "
        "طالبوه بمحاسبة المسؤولين عن الكارثة.",
        "بمحاسبة المسؤولين",
        [],
        id="a_clause_on_an_indefinite_noun_does_not_speak_for_the_one_it_addresses",
    ),
    pytest.param(
        "أعلنت الكويت، أمس، سحب سفيرها من ستوكهولم للتشاور.",
        "سحب سفيرها",
        [],
        id="an_announced_act_is_no_statement",
    ),
    pytest.param(
        "بعث الرئيس الأمريكي جو بايدن رسالة إلى الرئيس الفرنسي إيمانويل ماكرون. ورحب "
        "قصر الإليزيه بالرسالة.",
        "بالرسالة",
        [],
        id="a_welcome_of_a_letter_is_a_bare_reference",
    ),
]


@pytest.mark.parametrize(
    ("text", "fragment", "expected"), THE_STATEMENTS_HOLDING_THE_WORDS_ARE_THESE_CASES
)
def test_the_statements_holding_the_words_are_these(
    text: str, fragment: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert holding(run(text), fragment) == expected


# ------------------------------------------------ vague and unnamed subjects
def test_sources_told_by_the_speaker_keep_him() -> None:
    x = run(
        "انتقد رئيس الوزراء البريطاني ريشي سوناك الهجوم على السفينة. وقال لمصادر "
        "إعلامية إن لندن تدرس فرض عقوبات جديدة."
    )
    assert [sp for sp, _, _ in holding(x, "عقوبات جديدة")] == ["Rishi Sunak"]


def test_what_a_body_called_something_is_still_its_statement() -> None:
    x = run(
        "استدعت وزارة الخارجية الإيرانية سفير الدنمارك، احتجاجا على ما وصفته بتصرفات "
        '"استفزازية" من حكومة كوبنهاغن.'
    )
    assert holding(x, "استفزازية")


# ------------------------------------------------ "أعلن" and its object


def test_an_announced_stance_of_one_actor_is_a_statement() -> None:
    x = run(
        "أعلن الرئيس الأمريكي جو بايدن، الخميس، رفضه أي هجوم إسرائيلي على مدينة رفح، "
        "معتبرا أنه سيكون خطأ فادحا."
    )
    assert [sp for sp, _, _ in holding(x, "رفضه أي هجوم")] == ["Joe Biden"]


def test_a_joint_stance_announced_by_two_is_narration() -> None:
    x = run(
        "أعلنت روسيا والصين معارضتهما لفرض عقوبات جديدة على كوريا الشمالية، وقالتا إن "
        "الحوار هو السبيل الوحيد."
    )
    assert holding(x, "معارضتهما") == []
    assert {sp for sp, _, _ in holding(x, "الحوار هو السبيل")} == {"Russia", "China"}


# ------------------------------------------------ one side's body tells of both


def test_the_two_sides_in_a_ministry_statement_are_its_own_minister() -> None:
    x = run(
        "أعلنت وزارة الخارجية الأردنية أن الوزير أيمن الصفدي تلقى اتصالا هاتفيا من نظيره "
        "المصري سامح شكري، وأكد الجانبان أن وقف إطلاق النار في غزة أولوية قصوى."
    )
    got = holding(x, "وقف إطلاق النار")
    assert ("Ayman Safadi", "وقف إطلاق النار في غزة أولوية قصوى", None) not in got
    assert [(sp, via) for sp, _, via in got if via] == [
        ("Ayman Safadi", "Jordanian Ministry of Foreign Affairs")
    ]
    assert all(sp != "Sameh Shoukry" for sp, _, _ in got)


def test_a_dual_verb_in_a_presidency_statement_is_its_own_leader() -> None:
    x = run(
        "أفاد بيان الرئاسة المصرية بأن الرئيس عبد الفتاح السيسي والرئيس التركي رجب طيب "
        "أردوغان بحثا العلاقات الثنائية، وأن الزعيمين شددا على ضرورة إدخال المساعدات."
    )
    speakers = [sp for sp, _, _ in holding(x, "إدخال المساعدات") if sp != "Egyptian Presidency"]
    assert speakers == ["Abdel Fattah el-Sisi"]


def test_two_who_met_still_both_speak_with_a_dual_verb() -> None:
    x = run(
        "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في عمان، وأكدا "
        "ضرورة وقف الحرب."
    )
    assert {sp for sp, _, _ in holding(x, "وقف الحرب")} == {"Ayman Safadi", "Sameh Shoukry"}


# ------------------------------------------------ relays and sources


def test_the_tanker_is_no_relay_participle() -> None:
    x = run(
        "وقال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن احتجاز الناقلة "
        '"إجراء قانوني"، مؤكدا أن طهران "تحترم حرية الملاحة".'
    )
    got = holding(x, "حرية الملاحة")
    assert got and all(sp == "Nasser Kanaani" and via is None for sp, _, via in got)


def test_a_relay_participle_before_an_still_relays() -> None:
    x = run(
        "أكدت وكالة الأنباء الإيرانية أن طهران مستعدة للحوار، ناقلة عن الرئيس حسن روحاني "
        "قوله إن بلاده لا تريد الحرب."
    )
    assert "حسن روحاني" in [sp for sp, _, _ in holding(x, "لا تريد الحرب")]


def test_hasabama_ends_the_quotation_and_relays_it() -> None:
    x = run(
        'وقال وزير الخارجية التركي هاكان فيدان إن "حرق المصحف استفزاز مرفوض"، حسبما '
        "ذكرت وكالة الأنباء الألمانية."
    )
    speaker, content, via = holding(x, "استفزاز مرفوض")[0]
    assert speaker == "Hakan Fidan"
    assert "حسبما" not in content
    assert via == "German News Agency"


def test_a_source_after_the_clause_leaves_out_the_opening_adverbial() -> None:
    x = run(
        "من جانبه، زار الرئيس الفرنسي إيمانويل ماكرون قاعدة جوية فرنسية في الأردن، وفق "
        "بيان لقصر الإليزيه."
    )
    assert holding(x, "قاعدة جوية")
    assert all(not content.startswith("من جانبه") for _, content in said(x))


# ------------------------------------------------ welcomes


def test_a_welcome_of_the_agreement_is_a_statement_about_its_parties() -> None:
    x = run(
        "وقعت أرمينيا وأذربيجان، أمس، اتفاقا لتطبيع العلاقات بينهما.\n"
        "ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالاتفاق."
    )
    q = next(q for q in x.quotes if q.text == "بالاتفاق")
    assert x.entity(q.speaker).label == "António Guterres"
    assert {x.entity(a).label for a in q.about} == {"Armenia", "Azerbaijan"}


def test_the_person_told_is_not_the_content() -> None:
    x = run("جدد الرئيس الصيني شي جين بينغ لنظيره الروسي دعم بكين لموسكو في مواجهة العقوبات.")
    assert holding(x, "دعم بكين")[0][:2] == ("Xi Jinping", "دعم بكين لموسكو في مواجهة العقوبات")


def test_a_state_after_lam_inside_the_object_stays_in_the_content() -> None:
    x = run("أكد وزير الخارجية الأمريكي أنتوني بلينكن دعم واشنطن لإسرائيل في حقها بالدفاع.")
    assert holding(x, "دعم واشنطن")[0][1].startswith("دعم واشنطن لإسرائيل")


# ------------------------------------------------ the same official again


def test_the_same_official_is_the_one_who_just_spoke() -> None:
    x = run(
        "قال وزير الخارجية المغربي ناصر بوريطة إن الرباط تتمسك بمبادرة الحكم الذاتي. "
        "وأضاف المسؤول ذاته أن المغرب منفتح على كل مبادرة جادة."
    )
    assert [sp for sp, _, _ in holding(x, "مبادرة جادة")] == ["Nasser Bourita"]


def test_the_official_of_a_state_is_its_last_speaker_not_another_states() -> None:
    x = run(
        "قال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن طهران لن تتخلى عن حقوقها. "
        'وتابع المسؤول الإيراني: "لن نتفاوض تحت الضغط".'
    )
    assert [sp for sp, _, _ in holding(x, "تحت الضغط")] == ["Hossein Amir-Abdollahian"]
    y = run(
        "قال وزير الخارجية الأمريكي أنتوني بلينكن إن واشنطن تدعم الحوار. وأضاف المسؤول "
        "الإيراني أن طهران ترفض الشروط."
    )
    assert holding(y, "ترفض الشروط") == []


def test_an_occasion_before_the_preposition_does_not_skip_the_object() -> None:
    x = run(
        "أعرب وزير الخارجية السعودي الأمير فيصل بن فرحان، خلال اتصال هاتفي تلقاه من نظيره "
        "الإيراني، عن أمل المملكة في أن تسهم المحادثات في تعزيز أمن المنطقة."
    )
    assert any("أمل المملكة" in c for _, c, _ in holding(x, "تعزيز أمن المنطقة"))


def test_an_occasion_then_ila_anna_still_opens_the_clause() -> None:
    x = run(
        "وأشار الرئيس التركي رجب طيب أردوغان، في كلمة ألقاها أمام نواب حزبه، إلى أن "
        "تركيا لن تسمح بإقامة ممر إرهابي على حدودها."
    )
    assert holding(x, "ممر إرهابي")[0][1].startswith("تركيا لن تسمح")


def test_an_occasion_between_commas_is_not_the_object() -> None:
    x = run(
        "وأكد الرئيس عبد الفتاح السيسي، خلال استقباله وزير الخارجية الروسي سيرغي لافروف في "
        "القاهرة، حرص مصر على تطوير علاقاتها مع روسيا."
    )
    assert holding(x, "تطوير علاقاتها")[0][1].startswith("حرص مصر")


def test_wa_dhalika_before_a_source_ends_the_content() -> None:
    x = run(
        "قال المستشار الألماني أولاف شولتس، اليوم الثلاثاء، إن برلين ستواصل دعم أوكرانيا، "
        "وذلك حسبما أفادت وكالة الأنباء الألمانية."
    )
    speaker, content, via = holding(x, "دعم أوكرانيا")[0]
    assert (speaker, content, via) == (
        "Olaf Scholz",
        "برلين ستواصل دعم أوكرانيا",
        "German News Agency",
    )


def test_the_two_sides_are_the_minister_the_statement_opens_with() -> None:
    x = run(
        "وأكد بلاغ لوزارة الخارجية الإسبانية أن الوزير خوسيه مانويل ألباريس أجرى اتصالا "
        "هاتفيا مع نظيره المغربي، وأكد الجانبان عزمهما تعزيز التعاون في مجال الهجرة."
    )
    got = holding(x, "مجال الهجرة")
    assert [(sp, c) for sp, c, _ in got] == [
        ("خوسيه مانويل ألباريس", "عزمهما تعزيز التعاون في مجال الهجرة")
    ]
