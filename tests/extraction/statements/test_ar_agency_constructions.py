"""Arabic statements on fresh wire text (session 8): speakers and spans of constructions
that news agencies use (S8-H3).  Every sentence is new, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted, said

from kg.models import Extraction


def run(text: str) -> Extraction:
    return extracted(text, "ar", date(2024, 3, 14))


def statement(x: Extraction, fragment: str) -> tuple[str, str, str | None]:
    """(speaker label, content, via label) of the shortest statement holding ``fragment``."""
    hits = sorted((len(q.text), q) for q in x.quotes if fragment in q.text)
    assert hits, f"no statement holds {fragment!r}: {said(x)}"
    q = hits[0][1]
    return (x.entity(q.speaker).label, q.text, x.entity(q.via).label if q.via else None)


# Coordinated cues after the verb's object, long names, styles and titles, documents and
# their owners, platforms and clauses: (text, words of the content, its speaker, how the
# content starts or None when only the speaker is checked); the id says what each proves.
SPEAKERS = [
    pytest.param(
        "هنأ المستشار الألماني أولاف شولتس رئيس الوزراء البريطاني الجديد، وقال إن برلين "
        "تتطلع إلى تعاون وثيق مع لندن.",
        "تعاون وثيق",
        "Olaf Scholz",
        None,
        id="a_coordinated_cue_after_a_comma_goes_on_with_the_subject_not_the_object",
    ),
    pytest.param(
        "الرئيس الروسي فلاديمير بوتين قال إن موسكو مستعدة للحوار مع واشنطن.",
        "موسكو مستعدة",
        "Vladimir Putin",
        None,
        id="a_subject_right_before_the_cue_still_speaks",
    ),
    pytest.param(
        "التقى وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني نظيره الأمريكي أنتوني "
        "بلينكن، وأكد أن الدوحة ستواصل جهود الوساطة في غزة.",
        "جهود الوساطة",
        "Mohammed bin Abdulrahman Al Thani",
        None,
        id="a_titled_subject_of_the_first_verb_speaks_for_the_coordinated_cue",
    ),
    pytest.param(
        "أكد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، أن دولة قطر "
        "ستواصل جهود الوساطة بين الأطراف.",
        "ستواصل جهود الوساطة",
        "Tamim bin Hamad Al Thani",
        "دولة قطر",
        id="the_rest_of_a_name_and_a_title_closed_by_a_comma_are_not_the_content",
    ),
    pytest.param(
        "وأكد سمو الأمير فيصل بن فرحان وزير الخارجية، في كلمة أمام مجلس الأمن، أن المملكة "
        "ترفض أي تهجير للفلسطينيين.",
        "ترفض أي تهجير",
        "Faisal bin Farhan",
        "المملكة ترفض",
        id="an_occasion_between_commas_after_the_titles_is_not_the_content",
    ),
    pytest.param(
        "وأكد الشيخ تميم بن حمد دعم قطر الكامل للشعب السوداني.",
        "دعم قطر",
        "Tamim bin Hamad Al Thani",
        "دعم قطر",
        id="a_short_object_after_the_name_is_still_the_content",
    ),
    pytest.param(
        "صوت البرلمان اللبناني، الخميس، لصالح قائد الجيش العماد جوزيف عون رئيسا للبلاد. "
        "وتعهد عون، في كلمته أمام النواب، بأن يستعيد لبنان دوره العربي.",
        "يستعيد لبنان",
        "جوزيف عون",
        None,
        id="a_family_name_alone_after_the_verb_is_the_person_named_before",
    ),
    pytest.param(
        "عقد الرئيس التركي رجب طيب أردوغان اجتماعا مع الرئيس الأوكراني فولوديمير زيلينسكي "
        "في إسطنبول، بحسب بيان صادر عن دائرة الاتصال في الرئاسة التركية. وذكر البيان أن "
        "الجانبين بحثا تبادل الأسرى وأمن الملاحة في البحر الأسود.",
        "تبادل الأسرى",
        "Turkish Presidency",
        None,
        id="the_statement_takes_up_a_document_issued_by_a_unit_of_a_body",
    ),
    pytest.param(
        "بعث الرئيس الأمريكي جو بايدن رسالة إلى العاهل الأردني الملك عبدالله الثاني. وجاء في "
        "الرسالة، حسب البيت الأبيض، أن واشنطن تثمن دور عمّان في حماية الاستقرار.",
        "تثمن دور",
        "Joe Biden",
        "واشنطن تثمن",
        id="a_letter_speaks_for_its_sender_and_a_relay_between_commas_is_no_content",
    ),
    pytest.param(
        "أصدرت وزارة الخارجية القطرية بيانا حول التطورات في لبنان. وجاء في البيان أن قطر "
        "تدين بشدة استهداف المدنيين.",
        "تدين بشدة",
        "Qatari Ministry of Foreign Affairs",
        None,
        id="a_statement_issued_by_a_ministry_speaks_for_it",
    ),
    pytest.param(
        "استقبل الشيخ محمد بن زايد آل نهيان الرئيس الفرنسي إيمانويل ماكرون في أبوظبي. "
        "وأكد سموه أن الإمارات وفرنسا تجمعهما شراكة استراتيجية راسخة.",
        "شراكة استراتيجية",
        "Mohamed bin Zayed Al Nahyan",
        None,
        id="his_highness_takes_up_the_sheikh_not_the_president_named_after_him",
    ),
    pytest.param(
        "دعت وزارة الخارجية الروسية الأطراف إلى التهدئة، وقالت المتحدثة باسمها ماريا "
        "زاخاروفا إن موسكو قلقة من التصعيد في جنوب القوقاز.",
        "قلقة من التصعيد",
        "Maria Zakharova",
        None,
        id="a_spokeswoman_named_after_her_title_is_a_new_speaker",
    ),
    pytest.param(
        "دعت وزارة الخارجية الروسية الأطراف إلى التهدئة، وقالت إن موسكو قلقة من التصعيد "
        "في جنوب القوقاز.",
        "قلقة من التصعيد",
        "Ministry of Foreign Affairs of Russia",
        None,
        id="a_coordinated_cue_with_no_subject_goes_on_with_the_same_speaker",
    ),
    pytest.param(
        "وأكد الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء، في كلمة أمام منتدى "
        "الدوحة، الحاجة إلى وقف فوري لإطلاق النار.",
        "وقف فوري",
        "Mohammed bin Abdulrahman Al Thani",
        "الحاجة",
        id="a_plain_object_after_titles_and_an_occasion_is_the_content",
    ),
    pytest.param(
        "أكد وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني أن قطر ستواصل وساطتها.",
        "ستواصل وساطتها",
        "Mohammed bin Abdulrahman Al Thani",
        None,
        id="a_minister_linked_after_the_ministry_title_still_speaks",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker", "starts"), SPEAKERS)
def test_the_statement_holding_the_words_has_its_speaker_and_span(
    text: str, fragment: str, speaker: str, starts: str | None
) -> None:
    got_speaker, content, _ = statement(run(text), fragment)
    assert got_speaker == speaker
    if starts is not None:
        assert content.startswith(starts)


def test_a_counterpart_named_after_an_unnamed_title_does_not_speak() -> None:
    x = run(
        "التقى وزير الخارجية السعودي نظيره الأمريكي أنتوني بلينكن في الرياض، وأكد أن "
        "المملكة تدعم وقف إطلاق النار في غزة."
    )
    assert all(sp != "Antony Blinken" for sp, _ in said(x))


def test_a_platform_named_in_an_adjunct_is_not_the_quotation() -> None:
    x = run(
        "استقبل الشيخ محمد بن زايد آل نهيان الرئيس الفرنسي في أبوظبي. وقال سموه، في تدوينة "
        'على حسابه الرسمي في "إكس"، بعد اللقاء: "بحثنا سبل تعزيز الشراكة الاستراتيجية '
        'بين بلدينا".'
    )
    speaker, content, _ = statement(x, "تعزيز الشراكة")
    assert speaker == "Mohamed bin Zayed Al Nahyan"
    assert content.startswith("بحثنا")
    assert all(text != "إكس" for _, text in said(x))


def test_an_idh_clause_with_its_own_speaker_ends_the_first_content() -> None:
    x = run(
        "وأشادت الولايات المتحدة بالاتفاق، إذ قال وزير الخارجية الأمريكي أنتوني بلينكن إن "
        "واشنطن ستدعم تنفيذه بكل الوسائل."
    )
    speaker, _, via = statement(x, "ستدعم تنفيذه")
    assert speaker == "Antony Blinken"
    assert via is None
    assert all("إذ قال" not in text for _, text in said(x))


def test_a_statement_of_a_body_not_linked_is_not_the_last_speaker() -> None:
    x = run(
        "وأوضح وزير الدولة الإماراتي أنور قرقاش أن القمة ناجحة. وذكر بيان صادر عن هيئة "
        "الموانئ الوطنية أن حركة الملاحة عادت إلى طبيعتها. وأشار البيان إلى أن الأرصفة "
        "تعمل بكامل طاقتها."
    )
    assert all("الأرصفة" not in text for _, text in said(x))


def test_the_ministry_in_a_title_does_not_speak_for_an_unlinked_name_after_it() -> None:
    x = run(
        "الكويت - كونا\nأكد نائب رئيس مجلس الوزراء وزير الخارجية الشيخ صباح الخالد الحمد "
        "الصباح، في كلمة أمام الجمعية العامة، أن الكويت تدعم حل الدولتين."
    )
    assert all(x.entity(q.speaker).type.value != "Organization" for q in x.quotes)
