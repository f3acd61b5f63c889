"""Session-7 Arabic statement precision: whether a span is a statement, and where it ends.

* a cue spelled with hamza below ("إدانته"), or after a temporal preposition ("عقب ادانته"),
  is the verbal noun of a form-IV verb (his conviction), not "he condemned";
* thanking someone for something ("شكر X الحكومة على استضافة ...", "على «...»") is no
  claim; a following "وقال إن" stays the thanker's; a clause or a quotation after a colon
  is kept;
* a first-person verb inside a quotation («...، ونطالب X بـ») is the speaker's own
  words, not a statement of X;
* a condemning or criticising verb with a plain object ("أدانت X اقتحام ...، مؤكدة أن")
  names the act condemned, not a claim; quoted words or a clause keep it;
* two quoted phrases of one reported clause ("متعهدا «...» في ... «...»") are one
  indirect statement over the whole clause, not two direct quotes; quotations after a
  colon stay direct;
* "وهي تهمة نفتها X بشدة", "وهو ما دانته X بشدة": what was denied or condemned is named
  before; what follows is no content, but a participle after it ("، معتبرة أن") is X's;
  "وهو ما اعتبره X «...»", "وصفه بـ«...»": the description that follows is said;
* an object that runs into a quotation with no punctuation ("أعلنت X سحب سفيرها من
  باريس «بأثر فوري»") is the content, not the quoted words alone; a quotation after the
  subject and its audience or occasion stays direct;
* the object of a cue ("أعربت عن «قلقها»") ends before "و" + the subject's next act
  ("وسحبت سفيرها"), which goes on with the same speaker ("ودعت الرباط إلى"); a reported
  clause keeps its own coordinated verbs;
* "، وذلك خلال/بعد ..." is the writer's setting of the statement, not its content;
* "أعرب X، في ...، عن": the content starts at "عن", not at the subject we could not link;
* in a "وكان X قد ..." background sentence a participle ("، متهما") after a speech verb
  ("قد أعلن") goes on that speech; after an act ("قد انسحبت") it is narration.

Every sentence is written for this test in wire-news style.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def run(text: str, published: date = date(2024, 5, 20)) -> Extraction:
    return extracted(text, "ar", published)


def statements(x: Extraction) -> list[tuple[str, str, bool]]:
    """(speaker label, content, direct) of each statement."""
    labels = {e.id: e.label for e in x.entities}
    return [(labels[q.speaker], q.text, q.direct) for q in x.quotes]


# ------------------------------------------------------------------ verbal noun of a cue


def test_conviction_after_temporal_preposition_is_no_statement() -> None:
    x = run(
        "أما الصحفي الأميركي إيفان غيرشكوفيتش، فقد حكمت عليه محكمة روسية عام 2024 "
        "بالسجن 16 عاماً بعد إدانته بالتجسس لصالح واشنطن."
    )
    assert not [s for s in statements(x) if "التجسس" in s[1]]


def test_form_iv_verb_with_hamza_above_still_a_statement() -> None:
    x = run("وأعلن وزير الخارجية البحريني عبد اللطيف الزياني أن بلاده ستعيد فتح سفارتها في دمشق.")
    assert any("ستعيد فتح سفارتها" in s[1] for s in statements(x))


THE_STATEMENTS_READ_ARE_THESE_CASES = [
    # ------------------------------------------------------------------ thanks
    pytest.param(
        "وشكر وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني الحكومة الكويتية على "
        "استضافة المحادثات.",
        [],
        id="thanking_with_object_is_no_statement",
    ),
    pytest.param(
        "وشكرت رئيسة الوزراء الإيطالية جورجيا ميلوني بولندا عبر «فيسبوك» على دعمها.",
        [],
        id="thanking_via_quoted_platform_is_no_statement",
    ),
    pytest.param(
        "وكان محتجون قد اقتحموا مبنى السفارة الدنماركية في بغداد وأضرموا النار فيه، وهو ما "
        "دانته كوبنهاغن بشدة، معتبرة أن السلطات العراقية «أخفقت» في حماية البعثة.",
        [("Denmark", "السلطات العراقية «أخفقت» في حماية البعثة", False)],
        id="condemned_what_aside_keeps_speaker_for_participle",
    ),
    pytest.param(
        "وقال الرئيس الإيراني مسعود بزشكيان للصحفيين «لن نسمح بأي اعتداء».",
        [("Masoud Pezeshkian", "لن نسمح بأي اعتداء", True)],
        id="quotation_after_subject_and_audience_stays_direct",
    ),
    pytest.param(
        "وأكد وزير الخارجية التركي هاكان فيدان أن بلاده ستواصل دعم الحوار، وذلك خلال "
        "مؤتمر صحفي مع نظيره الإيراني.",
        [("Hakan Fidan", "بلاده ستواصل دعم الحوار", False)],
        id="setting_after_wa_dhalik_is_not_content",
    ),
    pytest.param(
        "في المقابل، أعربت حركة حماس عن «رفضها القاطع» للخطوة ودعت الرباط إلى التراجع عنها.",
        [
            ("Hamas", "عن «رفضها القاطع» للخطوة", False),
            ("Hamas", "الرباط إلى التراجع عنها", False),
        ],
        id="call_joined_to_expressed_rejection_keeps_speaker",
    ),
    pytest.param(
        "وانتقد الرئيس الكولومبي غوستافو بيترو سياسة الترحيل الأميركية.",
        [],
        id="criticised_object_is_no_statement",
    ),
    pytest.param(
        "وكانت مالي وبوركينا فاسو والنيجر قد انسحبت من المجموعة في يناير الماضي، متهمة "
        "إياها بالخضوع لنفوذ أجنبي.",
        [],
        id="background_participle_after_an_act_is_narration",
    ),
    pytest.param(
        "وانسحبت القوات من المدينة، وهو ما نفته موسكو جملة وتفصيلاً.",
        [],
        id="what_was_denied_stays_no_statement",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_STATEMENTS_READ_ARE_THESE_CASES)
def test_the_statements_read_are_these(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert statements(run(text)) == expected


# ------------------------------------------------------------------ thanks
def test_said_after_thanks_stays_with_the_thanker() -> None:
    x = run(
        "وشكر الرئيس الأوكراني فولوديمير زيلينسكي الشعب البولندي، وقال إن «أوكرانيا لن "
        "تنسى هذا الموقف»."
    )
    got = statements(x)
    assert len(got) == 1
    assert got[0][0] == "Volodymyr Zelenskyy" and "لن تنسى" in got[0][1]


def test_thanks_for_quoted_words_is_no_statement() -> None:
    x = run("ورحب وزير الخارجية المغربي ناصر بوريطة بالموقف الفرنسي، وشكر باريس على «وضوح موقفها».")
    assert not [s for s in statements(x) if "وضوح" in s[1]]


def test_thanks_then_quotation_after_colon_is_kept() -> None:
    x = run("وشكر الرئيس الفلسطيني محمود عباس مصر قائلاً: «القاهرة لم تتخل عنا يوماً».")
    assert ("Mahmoud Abbas", "القاهرة لم تتخل عنا يوماً", True) in statements(x)


def test_first_person_verb_inside_quotation_is_no_new_statement() -> None:
    x = run(
        "وقال وزير الخارجية الأردني أيمن الصفدي للصحافيين: «ما جرى جريمة حرب، ونطالب "
        "المجتمع الدولي بمحاسبة إسرائيل»."
    )
    assert [s[0] for s in statements(x)] == ["Ayman Safadi"]


# ------------------------------------------------------------------ one clause, two quotes


def test_two_quoted_phrases_of_one_clause_are_one_statement() -> None:
    x = run(
        "وزار الرئيس الفرنسي إيمانويل ماكرون مدينة نوميا، متعهداً «إعادة الهدوء» إلى "
        "الجزيرة «في أسرع وقت»."
    )
    got = statements(x)
    assert got == [("Emmanuel Macron", "«إعادة الهدوء» إلى الجزيرة «في أسرع وقت»", False)]


def test_quotes_after_colon_stay_direct() -> None:
    x = run("وقال الرئيس الفرنسي إيمانويل ماكرون: «فرنسا لن تتخلى عن كاليدونيا» و«لن نقبل العنف».")
    got = statements(x)
    assert ("Emmanuel Macron", "فرنسا لن تتخلى عن كاليدونيا", True) in got


def test_quotes_with_second_cue_between_stay_apart() -> None:
    x = run(
        "وأكدت رئيسة المفوضية الأوروبية أورسولا فون دير لاين «دعم أوروبا الكامل» لكييف، "
        "وأضافت «لن نتراجع»."
    )
    got = [s[1] for s in statements(x)]
    assert not any("دعم أوروبا" in c and "نتراجع" in c for c in got)


# ------------------------------------------------------------------ object, then next act


def test_expressed_concern_ends_before_next_act() -> None:
    x = run("وأعربت الجزائر عن «قلقها العميق» وسحبت سفيرها من باريس للتشاور.")
    got = statements(x)
    assert got and got[0][1] == "عن «قلقها العميق»"


def test_object_noun_after_and_is_kept() -> None:
    x = run("وأعرب وزير الخارجية الأردني أيمن الصفدي عن تضامن المملكة ودعمها للبنان.")
    assert any(s[1].endswith("ودعمها للبنان") for s in statements(x))


def test_reported_clause_keeps_its_verbs() -> None:
    x = run("وقال الرئيس الفرنسي إيمانويل ماكرون إن القوات دخلت المدينة وسيطرت على المطار.")
    assert any(s[1].endswith("وسيطرت على المطار") for s in statements(x))


# ------------------------------------------------------------------ "وهي تهمة نفتها X"


def test_denied_charge_aside_has_no_content_but_speaker_goes_on() -> None:
    x = run(
        "وصدر بحق الباحث حكم بالسجن 12 عاماً بتهمة الإرهاب، وهي تهمة نفتها باريس بشكل "
        "قاطع، معتبرة أنه «سجين سياسي»."
    )
    got = statements(x)
    assert not [s for s in got if s[1] == "بشكل قاطع"]
    assert ("France", "أنه «سجين سياسي»", False) in got


def test_denial_with_clause_is_kept() -> None:
    x = run("ونفت وزارة الخارجية الصينية أن تكون بكين قد زودت موسكو بأسلحة.")
    assert any("زودت موسكو" in s[1] for s in statements(x))


# ------------------------------------------------------------------ object into a quotation


def test_object_running_into_quotation_is_the_content() -> None:
    x = run("أعلنت وزارة الخارجية الجزائرية، الثلاثاء، سحب سفيرها من باريس «بأثر فوري».")
    got = statements(x)
    assert got == [
        ("Algerian Ministry of Foreign Affairs", "سحب سفيرها من باريس «بأثر فوري»", False)
    ]


def test_quotation_after_occasion_stays_direct() -> None:
    x = run(
        "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو في حديث مع إذاعة محلية يوم الخميس، "
        "«لن نوقف الحرب قبل تحقيق أهدافها»."
    )
    got = statements(x)
    assert got and got[0][1] == "لن نوقف الحرب قبل تحقيق أهدافها"


def test_described_step_aside_keeps_its_description() -> None:
    x = run(
        "وكانت العلاقات بين البلدين قد تدهورت عام 2013، وهي خطوة وصفتها أنقرة آنذاك "
        "بـ«الانقلاب العسكري»."
    )
    assert any("الانقلاب العسكري" in s[1] for s in statements(x))


def test_purpose_after_wa_dhalik_stays_content() -> None:
    x = run("وقال وزير الخارجية التركي هاكان فيدان إن بلاده ستغلق المعبر، وذلك لمنع تسلل المسلحين.")
    assert any(s[1].endswith("لمنع تسلل المسلحين") for s in statements(x))


# ------------------------------------------------------------------ condemned objects


def test_condemned_act_then_claim_keeps_only_the_claim() -> None:
    x = run(
        "وأدانت وزارة الخارجية الأردنية اقتحام المستوطنين باحات المسجد الأقصى، مؤكدة أن "
        "هذه الممارسات «تنتهك الوضع التاريخي والقانوني» للمدينة."
    )
    got = statements(x)
    assert [s[1] for s in got] == ["هذه الممارسات «تنتهك الوضع التاريخي والقانوني» للمدينة"]


def test_condemnation_with_quoted_words_is_kept() -> None:
    x = run("وأدان الأمين العام للأمم المتحدة أنطونيو غوتيريش الغارة «بأشد العبارات».")
    assert any("بأشد العبارات" in s[1] for s in statements(x))


def test_expressed_regret_content_starts_at_an() -> None:
    x = run(
        "وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن الأمين العام «تلقى الرسالة».\n"
        "وأعرب بيرتس، في كلمته الأخيرة أمام المجلس، عن أسفه لاندلاع الحرب في السودان."
    )
    got = [s[1] for s in statements(x) if "أسفه" in s[1]]
    assert got and all(c.startswith("عن أسفه") for c in got)


# ------------------------------------------------------------------ "وكان X قد ..."


def test_background_participle_after_speech_verb_is_a_statement() -> None:
    x = run(
        "وكان الرئيس الأرجنتيني خافيير ميلي قد أعلن في مارس الماضي إغلاق عدد من "
        "السفارات، متهماً الحكومة السابقة بإهدار المال العام."
    )
    assert [s[1] for s in statements(x)] == ["الحكومة السابقة بإهدار المال العام"]


def test_condemned_object_with_quoted_modifier_is_no_statement() -> None:
    x = run("وأدانت وزارة الخارجية الكويتية بأشد العبارات القصف الروسي «الوحشي» لمدينة خاركيف.")
    assert not [s for s in statements(x) if "القصف" in s[1]]


def test_condemned_quoted_object_after_manner_word_is_kept() -> None:
    x = run(
        "وأدان الأمين العام للأمم المتحدة أنطونيو غوتيريش بشدة «الهجوم المروع» على "
        "مخيم للنازحين في رفح."
    )
    assert any("الهجوم المروع" in s[1] for s in statements(x))


def test_what_was_described_keeps_the_description() -> None:
    x = run(
        "وأعلنت الحكومة الإسرائيلية توسيع العملية البرية، وهو ما اعتبره وزير الخارجية "
        "الأردني أيمن الصفدي «تصعيداً خطيراً»."
    )
    assert ("Ayman Safadi", "تصعيداً خطيراً", True) in statements(x)
