"""Arabic statements (session 10, helper S10-H1): circumstantial and verb cues missing from
the lexicon (كاشفا، مذكرا، متوقعا، مستبعدا، منبها؛ ناشد، استبعد، رجح، تساءل عن), an
occasion adjunct with "عبر" ("via") before the complementiser ("في بيان تلاه عبر التلفزيون،
إن": not the cue عبّر عن), a relative clause with no relative pronoun that takes up an
indefinite occasion noun ("في كلمة ألقاها X أمام البرلمان، أكد فيها أن": X speaks), and the
writer's "، على حد تعبيره" after a reported clause (not content)."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def _run(text: str) -> Extraction:
    return extracted(text, "ar", date(2024, 6, 18))


def _by_cue(x: Extraction, cue: str) -> list[tuple[str, str]]:
    return [(x.entity(q.speaker).label, q.text) for q in x.quotes if q.cue == cue]


# (text, cue, speaker label, a fragment the content holds, a fragment it must not hold)
STATEMENT_CASES = [
    pytest.param(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن الحرب على غزة يجب أن تتوقف، كاشفاً أن "
        "عمان تلقت ضمانات من واشنطن.",
        "كاشفاً",
        "Ayman Safadi",
        "عمان تلقت ضمانات",
        "كاشفاً",
        id="kashifan_revealing_is_a_circumstantial_cue",
    ),
    pytest.param(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن الحرب على غزة يجب أن تتوقف، مذكّراً "
        "بموقف بلاده الثابت من القضية.",
        "مذكّراً",
        "Ayman Safadi",
        "بموقف بلاده الثابت",
        None,
        id="mudhakkiran_reminding_is_a_circumstantial_cue",
    ),
    pytest.param(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا يجب أن تعزز دفاعها، متوقعاً أن "
        "تستمر الحرب في أوكرانيا سنوات.",
        "متوقعاً",
        "Emmanuel Macron",
        "تستمر الحرب في أوكرانيا",
        None,
        id="mutawaqqian_expecting_takes_a_that_clause",
    ),
    pytest.param(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا يجب أن تعزز دفاعها، مستبعداً أن "
        "ترسل باريس قوات برية.",
        "مستبعداً",
        "Emmanuel Macron",
        "ترسل باريس قوات برية",
        None,
        id="mustabidan_ruling_out_takes_a_that_clause",
    ),
    pytest.param(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا يجب أن تعزز دفاعها، منبهاً إلى أن "
        "التهديد الروسي يتزايد.",
        "منبهاً",
        "Emmanuel Macron",
        "التهديد الروسي يتزايد",
        "منبهاً",
        id="munabbihan_warning_takes_ila",
    ),
    pytest.param(
        "وناشد الرئيس المصري عبد الفتاح السيسي المجتمع الدولي التدخل لوقف الحرب في السودان.",
        "وناشد",
        "Abdel Fattah el-Sisi",
        "المجتمع الدولي التدخل",
        None,
        id="nashada_appealed_is_a_speech_verb",
    ),
    pytest.param(
        "واستبعد الرئيس المصري عبد الفتاح السيسي أن تنجح أي محاولة لتهجير سكان القطاع.",
        "واستبعد",
        "Abdel Fattah el-Sisi",
        "تنجح أي محاولة",
        None,
        id="istabada_ruled_out_is_a_speech_verb",
    ),
    pytest.param(
        "ورجح وزير الخارجية الأردني أيمن الصفدي أن تطول المفاوضات أسابيع أخرى.",
        "ورجح",
        "Ayman Safadi",
        "تطول المفاوضات",
        None,
        id="rajjaha_deemed_likely_is_a_speech_verb",
    ),
    pytest.param(
        "وتساءل وزير الخارجية الأردني أيمن الصفدي عن جدوى المحادثات في ظل استمرار القصف.",
        "وتساءل",
        "Ayman Safadi",
        "جدوى المحادثات",
        None,
        id="tasaala_an_asked_about_is_a_speech_verb",
    ),
    pytest.param(
        "وقال المتحدث باسم الجيش العقيد سامي الحربي، في بيان تلاه عبر التلفزيون الرسمي، إن "
        "القوات ستنسحب من المدينة خلال أسبوع.",
        "وقال",
        "سامي الحربي",
        "القوات ستنسحب",
        None,
        id="abra_via_in_an_occasion_adjunct_is_no_cue",
    ),
    pytest.param(
        "وقال وزير الخارجية الأردني أيمن الصفدي، في كلمة عبر الفيديو، إن بلاده ترفض أي "
        "تهجير للفلسطينيين.",
        "وقال",
        "Ayman Safadi",
        "بلاده ترفض أي تهجير",
        None,
        id="abra_via_right_after_the_occasion_noun_is_no_cue",
    ),
    pytest.param(
        "جاء ذلك في كلمة ألقاها الرئيس التركي رجب طيب أردوغان أمام البرلمان، أكد فيها أن "
        "أنقرة لن تتخلى عن الفلسطينيين.",
        "أكد",
        "Recep Tayyip Erdoğan",
        "أنقرة لن تتخلى",
        None,
        id="an_asyndetic_relative_on_a_speech_takes_its_speaker",
    ),
    pytest.param(
        "جاء ذلك في بيان لوزارة الخارجية القطرية، أكدت فيه أن الدوحة ترفض استهداف المدنيين.",
        "أكدت",
        "Qatari Ministry of Foreign Affairs",
        "الدوحة ترفض استهداف",
        None,
        id="an_asyndetic_relative_on_a_statement_takes_its_issuer_in_li",
    ),
    pytest.param(
        "جاء ذلك خلال اتصال هاتفي تلقاه أيمن الصفدي من نظيره الفرنسي، أكد خلاله أن الأردن "
        "يرفض التهجير.",
        "أكد",
        "Ayman Safadi",
        "الأردن يرفض التهجير",
        None,
        id="an_asyndetic_relative_on_a_call_takes_the_one_named_after_it",
    ),
    pytest.param(
        "وتعود الشراكة إلى عام 2018، حين زار الرئيس الفنزويلي نيكولاس مادورو بكين والتقى "
        'شي جين بينغ، وقال له: "الصين شريك لا غنى عنه".',
        "وقال",
        "نيكولاس مادورو",
        "الصين شريك",
        None,
        id="a_verb_after_a_when_clause_takes_the_clauses_subject",
    ),
    pytest.param(
        "وقالت الخارجية الصينية إن المناورات مشروعة، فيما رفضت الخارجية اليابانية التبرير، "
        "معتبرة أنه «لا يقنع أحداً».",
        "معتبرة",
        "Japanese Ministry of Foreign Affairs",
        "لا يقنع أحداً",
        None,
        id="a_participle_after_a_while_clause_goes_on_with_its_subject",
    ),
    pytest.param(
        "قال الرئيس التركي رجب طيب أردوغان إن أنقرة لن تقبل بالاحتلال، على حد تعبيره.",
        "قال",
        "Recep Tayyip Erdoğan",
        "أنقرة لن تقبل بالاحتلال",
        "حد تعبيره",
        id="as_he_put_it_at_the_end_is_not_content",
    ),
    pytest.param(
        "وأكد الصفدي أن الأردن يرفض «التهجير القسري»، على حد قوله، ويطالب بوقف الحرب فوراً.",
        "وأكد",
        "Ayman Safadi",
        "الأردن يرفض",
        "حد قوله",
        id="as_he_said_before_a_next_cue_is_not_content",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "holds", "lacks"), STATEMENT_CASES)
def test_arabic_statement_cue_speaker_and_span(
    text: str, cue: str, speaker: str, holds: str, lacks: str | None
) -> None:
    got = _by_cue(_run(text), cue)
    assert any(s == speaker and holds in t for s, t in got), got
    if lacks is not None:
        assert all(lacks not in t for _, t in got), got


# guards: nearby true output kept, no statement where none is made
def test_memorandum_and_expected_adjectives_are_no_cues() -> None:
    x = _run(
        "ومن المتوقع أن يصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة غداً. ووقع "
        "البلدان مذكرة تفاهم للتعاون في مجال الطاقة، وتأتي الزيارة المتوقعة في إطار التنسيق."
    )
    assert x.quotes == []


def test_a_relative_pronoun_and_a_speech_to_an_audience_keep_speakers() -> None:
    x = _run(
        "وتحدث وزير الخارجية الأردني أيمن الصفدي في كلمة أمام مجلس الأمن، أكد فيها أن "
        "الحرب يجب أن تتوقف. وأصدرت وزارة الخارجية القطرية بياناً أكدت فيه أن الدوحة "
        "ترفض استهداف المدنيين."
    )
    assert ("Ayman Safadi", "الحرب يجب أن تتوقف") in _by_cue(x, "أكد")
    assert [s for s, _ in _by_cue(x, "أكدت")] == ["Qatari Ministry of Foreign Affairs"]


def test_a_when_clause_after_the_main_subject_leaves_the_speaker_to_it() -> None:
    x = _run(
        "وزار وزير الخارجية الأردني أيمن الصفدي موسكو حين التقى بوتين، وقال إن الأردن يرفض "
        "التهجير. وقال الصفدي إن الحرب يجب أن تتوقف حين التقى لافروف، وأضاف أن عمان تدعم "
        "التهدئة."
    )
    assert {x.entity(q.speaker).label for q in x.quotes} == {"Ayman Safadi"}


def test_a_cue_whose_preposition_comes_two_words_later_still_ends_the_object() -> None:
    x = _run(
        "وأكد وزير الخارجية الأردني أيمن الصفدي خلال لقائه نظيره المصري دعم الأردن الكامل "
        "لمصر، مشدداً مجدداً على أن أمن البلدين واحد."
    )
    assert _by_cue(x, "وأكد") == [("Ayman Safadi", "دعم الأردن الكامل لمصر")]
    assert _by_cue(x, "مشدداً") == [("Ayman Safadi", "أمن البلدين واحد")]


def test_as_he_put_it_inside_the_content_keeps_what_follows() -> None:
    x = _run("وقال أيمن الصفدي إن ما يجري «كارثة»، على حد تعبيره في المؤتمر، لا يمكن السكوت عنها.")
    (got,) = _by_cue(x, "وقال")
    assert "لا يمكن السكوت عنها" in got[1]
