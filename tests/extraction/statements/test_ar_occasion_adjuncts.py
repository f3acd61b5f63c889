"""Arabic statements (session 10, round 2, helper S10-R2-H1), from families of misses:

- an occasion adjunct whose noun is followed by its adjectives and time words only ("أكد في
  كلمته الافتتاحية أمس حرص ..."، "في بيان رسمي اليوم الأحد"): the verbal-noun object after
  them is the content, not the adjective or the time word; after a cue with a preposition
  ("داعية في بيان (لها) جميع الأطراف إلى") the bare adjunct is not the content either;
- "the statement" ("وأوضح البيان أن") after one speaker said something "in a joint
  statement" ("قالت الوزارة في بيان مشترك إن"): that speaker goes on (not when several
  speakers issued it together);
- "وفق"/"وفقاً لـ" inside a content ("ستجرى وفق الجدول"): its و is no conjunction, so it
  does not cut the content as an "according to" attribution does ("وفق ما نقلت الوكالة");
- an aside between the speaker and the object: an acronym in parentheses (with the
  speaker's place before it: "أعلنت جبهة X في تشاد (ج) رفضها") or "، حسب البيان،";
- a quoted addressee right after a cue that needs a preposition ("داعية «جميع الأطراف»
  إلى ..."): the content starts at the quotation (not "عبر «فيسبوك» عن": "via").
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def _run(text: str) -> Extraction:
    return extracted(text, "ar", date(2023, 3, 14))


def _said(x: Extraction) -> list[tuple[str, str, str]]:
    return [(x.entity(q.speaker).label, q.cue, q.text) for q in x.quotes]


# (text, speaker label, what the content starts with)
OCCASION_TAIL_CASES = [
    pytest.param(
        "وأكد وزير الخارجية المصري سامح شكري في كلمته الافتتاحية أمس حرص القاهرة على "
        "إنجاح المفاوضات بين الطرفين.",
        "Sameh Shoukry",
        "حرص القاهرة",
        id="adjective_and_yesterday_before_a_verbal_noun",
    ),
    pytest.param(
        "وجدد وزير الخارجية المصري سامح شكري في تصريحات صحفية اليوم الأحد رفض بلاده "
        "لأي تدخل عسكري في ليبيا.",
        "Sameh Shoukry",
        "رفض بلاده",
        id="indefinite_adjective_today_and_weekday",
    ),
    pytest.param(
        "وأكد وزير الخارجية المصري سامح شكري في بيان رسمي مساء أمس دعم مصر الكامل "
        "لجهود التهدئة في غزة.",
        "Sameh Shoukry",
        "دعم مصر",
        id="evening_yesterday",
    ),
    pytest.param(  # guard: the complementiser after the same adjunct is still found
        "وأكد وزير الخارجية المصري سامح شكري في كلمته الختامية أمس أن المفاوضات "
        "ستستأنف الشهر المقبل.",
        "Sameh Shoukry",
        "المفاوضات ستستأنف",
        id="guard_complementiser_after_the_adjunct",
    ),
    pytest.param(
        "وقالت وزارة الخارجية المصرية إن الهجوم مدان، داعية في بيان جميع الأطراف إلى "
        "ضبط النفس ووقف التصعيد.",
        "Egyptian Ministry of Foreign Affairs",
        "جميع الأطراف إلى",
        id="participle_then_a_bare_statement_adjunct",
    ),
    pytest.param(
        "وقالت وزارة الخارجية المصرية إن الهجوم مدان، داعية في بيان لها المجتمع الدولي "
        "إلى التحرك العاجل.",
        "Egyptian Ministry of Foreign Affairs",
        "المجتمع الدولي إلى",
        id="participle_then_fi_bayan_laha",
    ),
    pytest.param(  # guard: a bare occasion noun before the object is unchanged
        "وأعلن وزير الخارجية المصري سامح شكري رفض بلاده المشاركة في الاجتماع.",
        "Sameh Shoukry",
        "رفض بلاده",
        id="guard_no_adjunct",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "start"), OCCASION_TAIL_CASES)
def test_an_occasions_adjectives_and_time_words_are_not_the_content(
    text: str, speaker: str, start: str
) -> None:
    got = _said(_run("خبر\n" + text))
    assert any(s == speaker and c.startswith(start) for s, _, c in got), got


def test_the_statement_goes_on_with_the_one_who_told_it_in_a_joint_statement() -> None:
    x = _run(
        "خبر\nوقالت وزارة الخارجية المصرية في بيان مشترك مع نظيرتها الأردنية إن الحل "
        "في غزة يجب أن يكون سياسياً.\nوأكد البيان أن البلدين يرفضان أي تهجير "
        "للفلسطينيين، مشيراً إلى أن المساعدات يجب أن تدخل فوراً."
    )
    got = _said(x)
    assert any(
        s == "Egyptian Ministry of Foreign Affairs" and c.startswith("البلدين يرفضان")
        for s, _, c in got
    ), got
    assert any(
        s == "Egyptian Ministry of Foreign Affairs" and c.startswith("المساعدات") for s, _, c in got
    ), got


def test_a_joint_statement_of_two_speakers_is_not_given_to_one_of_them() -> None:
    x = _run(
        "خبر\nوقال الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني في "
        "بيان مشترك إن الحل يجب أن يكون سياسياً.\nوأوضح البيان أن البلدين يرفضان أي "
        "تهجير للفلسطينيين."
    )
    got = _said(x)
    assert len([c for _, c, _ in got if c == "وقال"]) == 2, got  # both told the first
    assert not any(c.startswith("البلدين") for _, _, c in got), got


# (text, a fragment the content holds, a fragment it must not hold)
ACCORDING_CASES = [
    pytest.param(
        "وقال وزير الخارجية المصري سامح شكري إن الانتخابات الليبية ستجرى وفق الجدول "
        "الزمني المتفق عليه.",
        "وفق الجدول الزمني",
        None,
        id="wifq_in_the_content",
    ),
    pytest.param(
        "وقال وزير الخارجية المصري سامح شكري إن الانسحاب سيتم وفقاً للقرارات الدولية ذات الصلة.",
        "وفقاً للقرارات",
        None,
        id="wifqan_li_in_the_content",
    ),
    pytest.param(  # guard: "according to what the agency reported" still ends the content
        "وقال وزير الخارجية المصري سامح شكري إن الحل بات قريباً وفق ما نقلت وكالة أنباء "
        "الشرق الأوسط.",
        "الحل بات قريباً",
        "نقلت",
        id="guard_wifq_ma_is_the_relay",
    ),
    pytest.param(  # guard: "according to Reuters" still ends the content
        "وقال وزير الخارجية المصري سامح شكري إن الحل بات قريباً وفقاً لوكالة رويترز.",
        "الحل بات قريباً",
        "رويترز",
        id="guard_wifqan_li_an_outlet",
    ),
]


@pytest.mark.parametrize(("text", "holds", "not_holds"), ACCORDING_CASES)
def test_wifq_in_a_content_does_not_cut_it(text: str, holds: str, not_holds: str | None) -> None:
    got = _said(_run("خبر\n" + text))
    contents = [c for s, _, c in got if s == "Sameh Shoukry"]
    assert any(holds in c for c in contents), got
    if not_holds is not None:
        assert not any(not_holds in c for c in contents), got


# (text, speaker label, what the content starts with)
ASIDE_CASES = [
    pytest.param(
        "وأكدت حركة العدل والمساواة السودانية (جيم) رفضها المشاركة في مفاوضات جدة.",
        "حركة العدل والمساواة السودانية",
        "رفضها المشاركة",
        id="acronym_in_parentheses_after_the_speaker",
    ),
    pytest.param(
        "وأعلنت حركة العدل والمساواة في السودان (جيم) رفضها التوقيع على اتفاق السلام.",
        "حركة العدل والمساواة",
        "رفضها التوقيع",
        id="place_and_acronym_after_the_speaker",
    ),
    pytest.param(
        "وطالبت وزارة الخارجية العراقية، بحسب بيان رسمي، الحكومة التركية بسحب قواتها من "
        "شمال العراق.",
        "Iraqi Ministry of Foreign Affairs",
        "الحكومة التركية بسحب",
        id="according_to_the_statement_between_commas_before_an_object",
    ),
    pytest.param(  # guard: the complementiser after the same aside is still found
        "وأكد وزير الخارجية المصري سامح شكري، حسب البيان، أن القاهرة ترفض أي تهجير.",
        "Sameh Shoukry",
        "القاهرة ترفض",
        id="guard_according_aside_before_a_complementiser",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "start"), ASIDE_CASES)
def test_an_aside_after_the_speaker_is_not_the_content(text: str, speaker: str, start: str) -> None:
    got = _said(_run("خبر\n" + text))
    assert any(s == speaker and c.startswith(start) for s, _, c in got), got


def test_a_quoted_addressee_before_the_cues_preposition_opens_the_content() -> None:
    x = _run(
        "خبر\nوقالت وزارة الخارجية العراقية إن القصف مرفوض، داعية «المجتمع الدولي» إلى "
        "التحرك لوقف الاعتداءات على الحدود."
    )
    got = _said(x)
    assert any(
        s == "Iraqi Ministry of Foreign Affairs" and c.startswith("«المجتمع الدولي» إلى")
        for s, _, c in got
    ), got


def test_a_quoted_platform_after_via_is_still_no_statement() -> None:
    # guard: "عبر «فيسبوك» عن" is "via Facebook", not the cue عبّر عن
    x = _run("خبر\nوشكر رئيس الوزراء الأرميني نيكول باشينيان فرنسا عبر «فيسبوك» عن موقفها.")
    assert not any(c == "عبر" for _, c, _ in _said(x)), _said(x)
