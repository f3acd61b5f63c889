"""Session-6 round-2 Arabic statement and linking rules found by reading fresh text.

Mostly officials with non-Arab names written in Arabic, whom the gazetteer does not know:

* a transliterated name with a word in ه before its last ("هانكه بروينز سلوت"، "لارس لوكه
  راسموسن") after a title that names its state is a new person (a pronoun-suffixed noun
  after the title, "دعمه لقطاع ..."، "موقفه الثابت", is not);
* inside such a name "كال..." opens a word ("كالديرون"), not "like the";
* a compound given name keeps its definite half ("نور الدين"، "شمس الدين عبد الله");
* the given name آن (Anne) is not the complementiser إن/أن it folds like;
* the particle فان (van) continues a name ("هيرمان فان رومبوي"), though it folds like فإن;
* a title with a known region in ل ("المبعوث الأوروبي الخاص للقرن الأفريقي") still
  introduces the name after it;
* feminine titles ("وكيلة وزارة الخارجية"، "نائبة رئيس الوزراء"، "المندوبة الدائمة"،
  "المتحدثة الرسمية باسم الحكومة") introduce a name as the masculine ones do;
* المجر (Hungary) and the spellings الدانمارك/الدانماركي name their states;
* "وقالت X Y إن" with no title: X Y is a new person when X is a known given name or Y
  comes back alone after a speech verb; otherwise the statement is not given to the
  previous speaker (an explicit subject we could not link).

Every sentence is written for this test in wire-news style.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted
from factories import said as statements

from kg.models import Extraction


def run(text: str, published: date = date(2024, 5, 20)) -> Extraction:
    return extracted(text, "ar", published)


def speaker_states(x: Extraction) -> list[str | None]:
    """The state of each statement's speaker."""
    ents = {e.id: e for e in x.entities}
    states = {e.id: e.label for e in x.entities}
    out: list[str | None] = []
    for q in x.quotes:
        st = ents[q.speaker].state
        out.append(states.get(st) if st else None)
    return out


def test_transliterated_name_with_word_in_ha_after_title() -> None:
    x = run(
        "وقالت وزيرة الخارجية الهولندية هانكه بروينز سلوت إن لاهاي ستزيد دعمها "
        "العسكري لكييف. وأضافت بروينز سلوت أن القرار اتخذ بالإجماع."
    )
    assert statements(x) == [
        ("هانكه بروينز سلوت", "لاهاي ستزيد دعمها العسكري لكييف"),
        ("هانكه بروينز سلوت", "القرار اتخذ بالإجماع"),
    ]
    assert speaker_states(x) == ["Netherlands", "Netherlands"]


def test_middle_word_in_ha_and_danish_spelling_variant() -> None:
    x = run("وقال وزير الخارجية الدانماركي لارس لوكه راسموسن إن كوبنهاغن ستستضيف المؤتمر.")
    assert statements(x) == [("لارس لوكه راسموسن", "كوبنهاغن ستستضيف المؤتمر")]
    assert speaker_states(x) == ["Denmark"]


def test_pronoun_suffixed_noun_after_title_is_no_name() -> None:
    x = run(
        "وجدد وزير الخارجية البريطاني دعمه لقطاع الطاقة الأوكراني، فيما أكد وزير "
        "الخارجية الفرنسي موقفه الثابت من القضية."
    )
    people = {e.label for e in x.entities if e.type.value == "Person"}
    assert not any(("دعمه" in p or "موقفه" in p) for p in people)


THE_STATEMENTS_READ_ARE_THESE_CASES = [
    pytest.param(
        "وقال وزير الخارجية الإكوادوري غوستافو كالديرون إن كيتو ترفض التدخل الأجنبي.",
        [("غوستافو كالديرون", "كيتو ترفض التدخل الأجنبي")],
        id="kal_inside_a_transliterated_name",
    ),
    pytest.param(
        "وقال سفير ماليزيا لدى الأمم المتحدة شمس الدين عبد الله إن كوالالمبور تدعم "
        "وقف إطلاق النار.",
        [("شمس الدين عبد الله", "كوالالمبور تدعم وقف إطلاق النار")],
        id="compound_given_names_keep_their_definite_half",
    ),
    pytest.param(
        "وقالت السفيرة الأمريكية لدى القاهرة آن باترسون إن واشنطن تتابع الانتخابات.",
        [("آن باترسون", "واشنطن تتابع الانتخابات")],
        id="given_name_ann_is_no_complementiser",
    ),
    pytest.param(
        "وقالت ماريا بولدريني إن روما سترسل سفينة إغاثة.",
        [("ماريا بولدريني", "روما سترسل سفينة إغاثة")],
        id="bare_name_after_verb_with_known_given_name_speaks",
    ),
    pytest.param(
        "وقال كريستوف هويسغن إن برلين لن تعترف بالضم. وأضاف هويسغن أن العقوبات ستبقى.",
        [
            ("كريستوف هويسغن", "برلين لن تعترف بالضم"),
            ("كريستوف هويسغن", "العقوبات ستبقى"),
        ],
        id="bare_name_coming_back_by_surname_speaks",
    ),
    pytest.param(
        "قال وزير الخارجية الفلبيني إنريكي مانالو إن مانيلا قدمت احتجاجا. "
        "وأكدت شيريل داليساي أن الحكومة ستراجع الاتفاق.",
        [("إنريكي مانالو", "مانيلا قدمت احتجاجا"), ("شيريل داليساي", "الحكومة ستراجع الاتفاق")],
        id="bare_subject_with_a_listed_given_name_speaks_not_the_previous_speaker",
    ),
    pytest.param(
        "لندن - قال وزير الخارجية دومينيك راب إن بريطانيا ستفرض عقوبات جديدة. وأضاف "
        "راب أن القرار نهائي.",
        [
            ("دومينيك راب", "بريطانيا ستفرض عقوبات جديدة"),
            ("دومينيك راب", "القرار نهائي"),
        ],
        id="unknown_name_after_stateless_title_before_what_it_says",
    ),
    pytest.param(
        '"لن نتهاون في حماية مواطنينا"، قالت وزيرة الخارجية ميلاني جولي للصحفيين في أوتاوا.',
        [("ميلاني جولي", "لن نتهاون في حماية مواطنينا")],
        id="inverted_quote_then_title_and_unknown_name_before_the_press",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_STATEMENTS_READ_ARE_THESE_CASES)
def test_the_statements_read_are_these(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(run(text)) == expected


def test_particle_van_inside_a_name() -> None:
    x = run(
        "وقال رئيس الوزراء البلجيكي السابق هيرمان فان رومبوي إن أوروبا تحتاج إلى "
        "الوحدة. وقال بيتر فان دالن وزير الدولة الهولندي إن لاهاي توافقه الرأي."
    )
    assert [s for s, _ in statements(x)] == ["هيرمان فان رومبوي", "بيتر فان دالن"]


def test_van_as_fa_inna_is_no_particle() -> None:
    x = run("وقال وزير الخارجية الهولندي، فان الحكومة ستدعم الخطة.")
    people = {e.label for e in x.entities if e.type.value == "Person"}
    assert not any("فان" in p for p in people)


def test_title_with_known_region_complement_introduces_the_name() -> None:
    x = run(
        "وقال المبعوث الأوروبي الخاص للقرن الأفريقي أليكس روندوس إن الاتحاد يدعم "
        "المحادثات بين الخرطوم وجوبا."
    )
    assert statements(x)[0][0] == "أليكس روندوس"


def test_region_complement_without_a_name_makes_no_person() -> None:
    x = run("وقال المبعوث الأمريكي الخاص للقرن الأفريقي خلال زيارته إلى أديس أبابا إن واشنطن قلقة.")
    people = {e.label for e in x.entities if e.type.value == "Person"}
    assert not any("خلال" in p or "زيارته" in p for p in people)


def test_feminine_titles_introduce_names() -> None:
    x = run(
        "وقالت نائبة رئيس الوزراء الكندية كريستيا فريلاند إن أوتاوا ستفرض عقوبات "
        "جديدة. وقالت المندوبة الدائمة لبريطانيا لدى الأمم المتحدة باربرا وودوارد إن "
        "لندن تؤيد القرار. وقالت وكيلة وزارة الخارجية الهندية نيروباما راو إن نيودلهي "
        "تراقب الوضع."
    )
    assert [s for s, _ in statements(x)] == ["كريستيا فريلاند", "باربرا وودوارد", "نيروباما راو"]
    assert speaker_states(x) == ["Canada", "United Kingdom", "India"]


def test_hungary_named_almajar() -> None:
    x = run(
        "وقالت كاتالين نوفاك رئيسة المجر إن بودابست لن تعرقل القرار. وأعلنت المجر "
        "أنها ستصوت لصالح المقترح."
    )
    assert statements(x)[0][0] == "كاتالين نوفاك"
    assert speaker_states(x)[0] == "Hungary"
    assert any(s == "Hungary" for s, _ in statements(x)[1:])


def test_adverbial_and_time_after_verb_keep_the_previous_speaker() -> None:
    x = run(
        "قال وزير الخارجية الفلبيني إنريكي مانالو إن مانيلا قدمت احتجاجا. وأكد بشكل "
        "قاطع أن بلاده لن تتراجع. وقال مساء أمس إن الحوار مستمر."
    )
    assert [s for s, _ in statements(x)] == ["إنريكي مانالو"] * 3


def test_bare_ministry_and_authorities_take_the_paragraph_place() -> None:
    x = run(
        "طوكيو (أ ف ب) - قالت وزارة الخارجية اليابانية إنها احتجت على دخول سفن أجنبية "
        "مياهها الإقليمية.\n\nوفي سول، قالت وزارة الخارجية إنها تتابع الوضع، فيما أكدت "
        "السلطات أن قواتها في حالة تأهب."
    )
    ents = {e.id: e for e in x.entities}
    labels = {e.id: e.label for e in x.entities}
    said = [(labels.get(ents[q.speaker].state or "", ""), q.text) for q in x.quotes]
    assert ("Japan", "إنها احتجت على دخول سفن أجنبية مياهها الإقليمية") in said
    assert ("South Korea", "إنها تتابع الوضع") in said
    assert ("South Korea", "قواتها في حالة تأهب") in said


def test_paragraph_without_place_opener_keeps_the_dateline_state() -> None:
    x = run(
        "سول (أ ف ب) - قالت وزارة الخارجية إنها استدعت السفير الياباني.\n\n"
        "وفي وقت لاحق، أكدت السلطات أن قواتها في حالة تأهب."
    )
    ents = {e.id: e for e in x.entities}
    labels = {e.id: e.label for e in x.entities}
    states = [labels.get(ents[q.speaker].state or "", "") for q in x.quotes]
    assert states and all(s == "South Korea" for s in states)


def test_object_after_stateless_title_is_no_name() -> None:
    x = run("وأجرى وزير الخارجية اتصالا مماثلا مع نظيره القطري تناول التطورات في غزة.")
    people = {e.label for e in x.entities if e.type.value == "Person"}
    assert not any("اتصالا" in p for p in people)


def test_name_ends_before_a_noun_with_a_state_adjective_or_any() -> None:
    x = run(
        "وانتقد وزير الخارجية البلجيكي ديدييه رينديرس التصريحات الروسية، فيما نفى "
        "وزير الخارجية الإيراني محمد جواد ظريف أي تورط لبلاده."
    )
    people = {e.label for e in x.entities if e.type.value == "Person"}
    assert "ديدييه رينديرس" in people
    assert not any("التصريحات" in p or p.endswith(" أي") for p in people)


def test_title_alias_before_its_holders_tenure_is_not_that_holder() -> None:
    text = "وأكد أمير الكويت أن بلاده ماضية في وساطتها بين الأشقاء."
    old = run(text, published=date(2018, 3, 1))
    assert statements(old) == [("أمير الكويت", "بلاده ماضية في وساطتها بين الأشقاء")]
    new = run(text, published=date(2024, 3, 1))
    assert statements(new)[0][0] != "أمير الكويت"  # today's emir, named by the gazetteer


def test_feminine_participle_after_a_bare_noun_is_an_adjective() -> None:
    x = run(
        "وفرضت بريطانيا قيودا مشددة على صادرات التكنولوجيا إلى روسيا، وأعربت الخارجية "
        "الألمانية عن قلقها، مشددة على ضرورة وقف التصعيد."
    )
    said = statements(x)
    assert not any(t.startswith("على صادرات") for _, t in said)
    assert any(t == "على ضرورة وقف التصعيد" for _, t in said)


def test_spokesman_on_its_behalf_is_the_named_person() -> None:
    x = run(
        "ونفى قصر الإليزيه أي وساطة سرية. وقال المتحدث باسمه أوليفييه فيران للصحفيين إن "
        "باريس لم تتلق أي طلب. وأعلنت الخارجية القطرية استعدادها للمساعدة، وقال "
        "المتحدث باسمها ماجد الأنصاري إن الدوحة على اتصال بالطرفين."
    )
    said = statements(x)
    assert ("أوليفييه فيران", "باريس لم تتلق أي طلب") in said
    assert ("Majed al-Ansari", "الدوحة على اتصال بالطرفين") in said


def test_kingdom_with_a_nisba_is_that_kingdom() -> None:
    x = run("واستقبل وزير الخارجية البحريني سفير المملكة الهولندية لدى المنامة.")
    ents = {e.id: e for e in x.entities}
    amb = [e for e in x.entities if e.label.startswith("سفير المملكة")]
    assert amb and ents[amb[0].state or ""].label == "Netherlands"


def test_bare_kingdom_title_takes_the_kingdom_named_elsewhere() -> None:
    x = run("وقال سفير المملكة لدى باريس إن الرباط متمسكة بموقفها.")
    ents = {e.id: e for e in x.entities}
    amb = [e for e in x.entities if e.label.startswith("سفير المملكة")]
    assert amb and ents[amb[0].state or ""].label == "Morocco"


def test_verb_with_a_pronoun_preposition_is_no_name() -> None:
    x = run(
        "واستدعت الخارجية المكسيكية السفير البيروفي إثر تصريحات أدلى بها وزير "
        "الخارجية البيروفي انتقد فيها الرئيس المكسيكي."
    )
    people = {e.label for e in x.entities if e.type.value == "Person"}
    assert not any("بها" in p for p in people)


def test_stateless_title_in_a_paragraph_on_another_capital() -> None:
    x = run(
        "بروكسل (أ ف ب) - قالت المفوضية الأوروبية إنها تتابع الوضع.\n\nوفي لشبونة، قال "
        "المتحدث باسم الحكومة باولو ماركيش إن البرتغال سترسل مساعدات."
    )
    ents = {e.id: e for e in x.entities}
    person = next(e for e in x.entities if e.label == "باولو ماركيش")
    assert ents[person.state or ""].label == "Portugal"


def test_verb_gender_marks_the_one_called_on() -> None:
    x = run("وأعلنت الحكومة الصومالية رفضها للاتفاق، ودعت مجلس الأمن إلى عقد جلسة طارئة.")
    said = statements(x)
    assert said and said[-1][0] == "Somalia"
    assert said[-1][1].startswith("مجلس الأمن إلى")


def test_masculine_verb_before_a_state_is_no_speaker_switch() -> None:
    x = run("وقال الرئيس الفلسطيني محمود عباس إن الوضع خطير، وطالب واشنطن بالضغط على إسرائيل.")
    speakers = {s for s, _ in statements(x)}
    assert "United States" not in speakers
    assert "Mahmoud Abbas" in speakers


def test_feminine_verb_before_a_state_still_speaks() -> None:
    x = run("ورحبت قطر بالاتفاق، ودعت واشنطن إلى مواصلة جهودها.")
    assert all(s in ("Qatar", "United States") for s, _ in statements(x))


def test_time_clause_after_the_object_is_not_the_content() -> None:
    x = run(
        "أعلنت كندا الاثنين تجميد المحادثات التجارية مع الهند، بعد أن اتهمت نيودلهي "
        "بالتورط في اغتيال ناشط."
    )
    assert not any(t.startswith("اتهمت") for _, t in statements(x))


def test_persian_zadeh_ends_a_name() -> None:
    x = run(
        "وقال المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده إن طهران لن تتفاوض تحت "
        "الضغط. وقال نائب وزير الخارجية الأذربيجاني إلنور حسين زاده إن باكو ملتزمة بالسلام."
    )
    assert [s for s, _ in statements(x)][1] == "إلنور حسين زاده"


def test_bare_diwan_takes_up_the_court_named_before() -> None:
    x = run(
        "الرياض - أعلن الديوان الملكي السعودي وفاة أحد أفراد الأسرة المالكة. وأوضح بيان "
        "الديوان أن الصلاة عليه ستقام عصر اليوم. وأضاف الديوان أن العزاء سيقتصر على الأسرة."
    )
    speakers = [s for s, _ in statements(x)]
    assert speakers[-2:] == ["Saudi Royal Court", "Saudi Royal Court"]
