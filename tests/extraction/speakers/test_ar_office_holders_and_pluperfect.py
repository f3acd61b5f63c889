"""Arabic statements (session 10, round 3, helper S10-R3-H1), leftovers of round 2:

- a time word between an office and its holder ("الأمين العام للأمم المتحدة آنذاك X"،
  "... حينها X"): the person named speaks, not the office;
- "وكان <long title> X Y قد أكد أن" when the title holds words no noun-phrase test
  admits (an indefinite construct noun, "في <state>", a conjoined adjective "والأمنية"):
  the person named right before "قد" speaks (not after "برئاسة"، "نجل"، ...);
- "في كلمة ألقاها أمام المؤتمر حرص X على": the occasion's relative clause is no part of
  the content, which opens with the stance noun after it.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def _run(text: str) -> Extraction:
    return extracted(text, "ar", date(2024, 5, 2))


def _said(x: Extraction) -> list[tuple[str, str]]:
    return [(x.entity(q.speaker).label, q.text) for q in x.quotes]


# (text, speaker label, what the content starts with); None: no statement expected
CASES = [
    pytest.param(
        "وقال الأمين العام للأمم المتحدة آنذاك كوفي عنان إن الحرب على العراق غير قانونية.",
        "كوفي عنان",
        "الحرب على العراق",
        id="then_between_office_and_holder",
    ),
    pytest.param(  # guard: no time word, the holder speaks as before
        "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع في غزة كارثي.",
        "António Guterres",
        "الوضع في غزة",
        id="guard_holder_without_time_word",
    ),
    pytest.param(
        "وكان رئيس مجلس السيادة الانتقالي في السودان عبد الفتاح البرهان قد أكد أن الجيش لن "
        "يتفاوض مع قوات الدعم السريع.",
        "Abdel Fattah al-Burhan",
        "الجيش لن يتفاوض",
        id="was_title_with_state_in_fi",
    ),
    pytest.param(
        "وكان المنسق الأعلى للسياسة الخارجية والأمنية في الاتحاد الأوروبي جوزيب بوريل قد "
        "أكد أن الاتحاد سيواصل دعم كييف.",
        "Josep Borrell",
        "الاتحاد سيواصل",
        id="was_title_with_conjoined_adjective",
    ),
    pytest.param(
        "وكان رئيس هيئة النزاهة في العراق حيدر حنون قد أعلن أن الهيئة استردت أموالا منهوبة.",
        "حيدر حنون",
        "الهيئة استردت",
        id="was_title_with_indefinite_construct_noun",
    ),
    pytest.param(  # guard: the body speaks as before
        "وكانت وزارة الخارجية الروسية قد أعلنت أن لافروف سيزور أنقرة.",
        "Ministry of Foreign Affairs of Russia",
        "لافروف سيزور",
        id="guard_was_body",
    ),
    pytest.param(  # guard: the office that names its holder keeps the statement
        "وكان مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد أعلن أن الوفد سيتوجه إلى القاهرة.",
        "Israeli Prime Minister's Office",
        "الوفد سيتوجه",
        id="guard_was_office_of_holder",
    ),
    pytest.param(  # guard: "headed by X" does not make X the speaker
        "وكانت حكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة قد أعلنت أن الانتخابات ستجرى "
        "في موعدها.",
        None,
        "",
        id="guard_was_headed_by_not_the_speaker",
    ),
    pytest.param(
        "وأكد وزير الخارجية الأردني أيمن الصفدي في كلمة ألقاها أمام مؤتمر الأمن في ميونخ "
        "حرص المملكة على دعم جهود السلام.",
        "Ayman Safadi",
        "حرص المملكة",
        id="relative_clause_then_construct_stance",
    ),
    pytest.param(
        "وجدد الرئيس الفلسطيني محمود عباس في كلمة ألقاها أمام الجمعية العامة رفضه لخطط التهجير.",
        "Mahmoud Abbas",
        "رفضه لخطط",
        id="relative_clause_then_possessive_stance",
    ),
    pytest.param(
        "وأكد وزير الخارجية القطري في الكلمة التي ألقاها أمام مجلس الأمن رفض بلاده "
        "استهداف المدنيين.",
        "Mohammed bin Abdulrahman Al Thani",
        "رفض بلاده",
        id="definite_occasion_with_alladhi",
    ),
    pytest.param(
        "وأكد وزير الخارجية الأردني أيمن الصفدي في كلمة ألقاها أمام مؤتمر دعم اللاجئين في "
        "بروكسل رفض الأردن أي تهجير للفلسطينيين.",
        "Ayman Safadi",
        "رفض الأردن",
        id="stance_noun_as_genitive_of_meeting_is_skipped",
    ),
    pytest.param(  # guard: a complementiser after the relative clause is still found
        "وأكد الرئيس المصري عبد الفتاح السيسي في كلمة ألقاها خلال افتتاح القمة أن مصر لن "
        "تقبل بتصفية القضية الفلسطينية.",
        "Abdel Fattah el-Sisi",
        "مصر لن تقبل",
        id="guard_relative_clause_then_complementiser",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "starts"), CASES)
def test_arabic_statement_speaker_and_content(text: str, speaker: str | None, starts: str) -> None:
    got = _said(_run(text))
    if speaker is None:
        assert got == []
        return
    assert any(s == speaker and c.startswith(starts) for s, c in got), got


# a Gulf agency's story: "سموه" after two princes named in the lead is the agency's ruler
HIGHNESS_CASES = [
    pytest.param(
        "أبوظبي في 12 مارس / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس "
        "الدولة في قصر الشاطئ اليوم صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد "
        "السعودي.\n\nوأعرب سموه عن ترحيبه بزيارة ولي العهد السعودي إلى دولة الإمارات.",
        "Mohamed bin Zayed Al Nahyan",
        id="wam_host_is_meant",
    ),
    pytest.param(
        "الدوحة (قنا) - استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد "
        "المفدى بمكتبه في الديوان الأميري اليوم سمو الشيخ محمد بن زايد آل نهيان رئيس دولة "
        "الإمارات.\n\nوأعرب سموه عن تطلعه إلى تعزيز التعاون بين البلدين.",
        "Tamim bin Hamad Al Thani",
        id="qna_host_is_meant",
    ),
    pytest.param(  # guard: no agency in the dateline, the last named as before
        "الرياض - استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد السعودي اليوم "
        "سمو الشيخ تميم بن حمد آل ثاني أمير قطر.\n\nوأعرب سموه عن تطلعه إلى تعزيز التعاون "
        "بين البلدين.",
        "Tamim bin Hamad Al Thani",
        id="guard_no_agency_last_named",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), HIGHNESS_CASES)
def test_his_highness_in_an_agency_story_is_the_lead_subject(text: str, speaker: str) -> None:
    got = _said(_run(text))
    assert got and got[0][0] == speaker, got
