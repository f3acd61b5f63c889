"""Arabic speakers the linker missed after a title (issue #3, session 15, S15-NAMES2).

News names a speaker after a title and its complement ("وقال وزير الخارجية الليبي X Y
إن"); when the name's first word is a given name with the article ("الطاهر"، "الصادق")
or the title is an organ of a body, the person must still be read, get the title's state
and speak the quote, while adjectives and common nouns after a title stay no name.

All sentences are written for these tests in news style about real events; none comes
from a gold set."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted

from kg.models import Extraction

DAY = datetime.date(2025, 5, 14)


def _speaker(x: Extraction, words: str) -> tuple[str, str | None] | None:
    """(speaker label, the speaker's state label) of the innermost statement holding
    ``words``."""
    ents = {e.id: e for e in x.entities}
    holding = sorted((q for q in x.quotes if words in q.text), key=lambda q: len(q.text))
    if not holding:
        return None
    e = ents[holding[0].speaker]
    return e.label, ents[e.state].label if e.state in ents else None


def _person_labels(x: Extraction) -> set[str]:
    return {e.label for e in x.entities if e.type == "Person"}


# a given name with the article after a title -------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "طرابلس - وقال وزير الخارجية الليبي الطاهر الباعور إن بلاده ترفض أي تدخل "
            "أجنبي في شؤونها الداخلية.",
            "ترفض أي تدخل",
            "الطاهر الباعور",
            "Libya",
        ),
        (
            "بورتسودان - وقال وزير الخارجية السوداني الصادق الفقيه إن الحكومة ستواصل "
            "الحوار مع الشركاء الإقليميين.",
            "ستواصل الحوار",
            "الصادق الفقيه",
            "Sudan",
        ),
        (
            "الخرطوم - وقال السفير السوداني المعتصم ميرغني إن الخرطوم تدعم كل مبادرات الحوار.",
            "تدعم كل مبادرات",
            "المعتصم ميرغني",
            "Sudan",
        ),
        (
            "نواكشوط - وقال رئيس الوزراء الموريتاني المختار ولد أجاي إن الحكومة ستطلق "
            "برنامجا لدعم الشباب.",
            "ستطلق برنامجا",
            "المختار ولد أجاي",
            "Mauritania",
        ),
        (
            "أبيدجان - وقال الرئيس الإيفواري الحسن واتارا إن بلاده ستنظم الانتخابات في موعدها.",
            "ستنظم الانتخابات",
            "الحسن واتارا",
            "Côte d'Ivoire",
        ),
    ],
)
def test_definite_given_name_after_a_title_speaks_with_the_titles_state(
    text: str, words: str, speaker: str, state: str
) -> None:
    found = _speaker(extracted(text, "ar", DAY), words)
    assert found is not None
    assert found[0] == speaker
    assert found[1] == state


def test_definite_given_name_after_a_bare_title_speaks() -> None:
    text = "وقال المبعوث الأممي الخاص الحسين الطاهر إن المحادثات في جنيف كانت بناءة."
    found = _speaker(extracted(text, "ar", DAY), "كانت بناءة")
    assert found is not None and found[0] == "الحسين الطاهر"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("بحث وزير الخارجية الأردني مع نظيره العربي الأوضاع في غزة.", "العربي الأوضاع"),
        ("وقال وزير الخارجية العربي الأبرز في الاجتماع إن الحل سياسي.", "العربي الأبرز"),
        ("وقال وزير الخارجية العربي الأكبر سنا إن الحل سياسي.", "العربي الأكبر"),
        ("أشاد رئيس الوزراء العراقي بالموقف الطيب التعاون بين البلدين.", "الطيب التعاون"),
        ("وقال الرئيس اللبناني الحسن الانسحاب الإسرائيلي ضروري.", "الحسن الانسحاب"),
    ],
)
def test_definite_given_name_before_an_adjective_or_a_noun_is_no_name(
    text: str, wrong: str
) -> None:
    assert wrong not in _person_labels(extracted(text, "ar", DAY))


def test_secretary_general_after_a_title_stays_a_role() -> None:
    text = "التقى وزير الخارجية القطري الأمين العام لحلف شمال الأطلسي مارك روته في الدوحة."
    labels = _person_labels(extracted(text, "ar", DAY))
    assert not any(label.startswith("الأمين") for label in labels)


def test_definite_given_name_inside_a_kunya_is_no_opener() -> None:
    text = (
        "ووقع الاتفاق عن الجانب البنغالي وزير الخارجية أبو الحسن محمود علي. "
        "وقال محمود إن بلاده مستعدة لاستقبال اللاجئين."
    )
    assert "الحسن محمود" not in _person_labels(extracted(text, "ar", DAY))


def test_definite_middle_name_keeps_the_double_family_name() -> None:
    text = (
        "التقى الوفد الإيراني رئيس الوزراء علي محمد الأمين زين في نيامي. "
        "وزار الأمين زين طهران في يناير الماضي."
    )
    x = extracted(text, "ar", DAY)
    ents = {e.id: e for e in x.entities}
    spans = {m.text for e in ents.values() if e.label == "علي محمد الأمين زين" for m in e.mentions}
    assert "الأمين زين" in spans


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "وقال وزير الأوقاف المصري الشريف أسامة الأزهري إن المساجد مفتوحة للمصلين.",
            "المساجد مفتوحة",
            "أسامة الأزهري",
        ),
        (
            "وقال رئيس الديوان الملكي الهاشمي يوسف العيسوي إن الملك يتابع الأوضاع.",
            "يتابع الأوضاع",
            "يوسف العيسوي",
        ),
        (
            "وقال رئيس البرلمان العربي محمد اليماحي إن البرلمان يدعم القضية الفلسطينية.",
            "يدعم القضية",
            "محمد اليماحي",
        ),
    ],
)
def test_definite_adjective_in_the_title_before_a_given_name_stays_in_the_title(
    text: str, words: str, speaker: str
) -> None:
    found = _speaker(extracted(text, "ar", DAY), words)
    assert found is not None and found[0] == speaker


# a name with a definite given name first, then its title -------------------------------


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "وأكد الطاهر الباعور وزير الخارجية الليبي المكلف أن ليبيا ترفض التدخل.",
            "الطاهر الباعور",
            "Libya",
        ),
        (
            "وقال الصادق المهدي زعيم حزب الأمة السوداني إن الحزب يرفض الانقلاب.",
            "الصادق المهدي",
            "Sudan",
        ),
        (
            "تونس - المنجي الحامدي وزير الخارجية التونسي قال إن بلاده تدعم الحوار الليبي.",
            "المنجي الحامدي",
            "Tunisia",
        ),
        (
            "وذكرت الوكالة أن المختار ولد أجاي رئيس الوزراء الموريتاني أكد أن الحكومة ستطلق خطة.",
            "المختار ولد أجاي",
            "Mauritania",
        ),
        (
            "والتقى وزير الخارجية المصري بدر عبد العاطي الصادق الفقيه وزير الخارجية "
            "السوداني في القاهرة.",
            "الصادق الفقيه",
            "Sudan",
        ),
        (
            "وكان الحسن واتارا الرئيس الإيفواري قد أعلن ترشحه لولاية رابعة.",
            "الحسن واتارا",
            "Côte d'Ivoire",
        ),
    ],
)
def test_definite_given_name_before_its_title_is_read_with_the_titles_state(
    text: str, person: str, state: str
) -> None:
    x = extracted(text, "ar", DAY)
    ents = {e.id: e for e in x.entities}
    people = {e.label: e for e in ents.values() if e.type == "Person"}
    assert person in people
    assert people[person].state in ents and ents[people[person].state].label == state


def test_definite_given_name_before_an_igo_title_speaks() -> None:
    text = "وقال الطيب البكوش الأمين العام لاتحاد المغرب العربي إن الاتحاد يحتاج إلى إصلاح."
    found = _speaker(extracted(text, "ar", DAY), "يحتاج إلى إصلاح")
    assert found is not None and found[0] == "الطيب البكوش"


def test_newspaper_named_with_a_definite_given_name_is_no_person() -> None:
    x = extracted("وقال العربي الجديد إن المفاوضات متعثرة.", "ar", DAY)
    assert not _person_labels(x)


# a member of an organ of a party or movement -------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "وقال عضو المكتب السياسي لحركة حماس باسم نعيم إن الحركة لن تقبل بشروط الاحتلال.",
            "لن تقبل بشروط",
            "باسم نعيم",
        ),
        (
            "وقال عضو المجلس السياسي الأعلى للحوثيين محمد علي الحوثي إن الهجمات ستستمر.",
            "الهجمات ستستمر",
            "محمد علي الحوثي",
        ),
        (
            "وقال عضو اللجنة المركزية لحركة فتح عباس زكي إن الحركة ترفض المقترح الأمريكي.",
            "ترفض المقترح",
            "عباس زكي",
        ),
        (
            "وقال عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية واصل أبو يوسف إن المنظمة "
            "ترفض التهجير.",
            "ترفض التهجير",
            "واصل أبو يوسف",
        ),
        (
            "وقالت عضوة المكتب السياسي لحزب الأمة القومي مريم الصادق إن الحزب يرفض الانقلاب.",
            "يرفض الانقلاب",
            "مريم الصادق",
        ),
    ],
)
def test_member_of_a_movements_organ_before_a_name_speaks(
    text: str, words: str, speaker: str
) -> None:
    found = _speaker(extracted(text, "ar", DAY), words)
    assert found is not None and found[0] == speaker


def test_member_of_an_alliance_is_no_title() -> None:
    x = extracted("وتركيا عضو في حلف شمال الأطلسي منذ عام 1952.", "ar", DAY)
    assert not _person_labels(x)


def test_member_of_a_state_council_keeps_the_known_holder() -> None:
    text = "وقال نائب رئيس مجلس الأمن الروسي ديمتري ميدفيديف إن موسكو سترد على الهجوم."
    found = _speaker(extracted(text, "ar", DAY), "موسكو سترد")
    assert found is not None and found[0] == "Dmitry Medvedev"


# حاكم: the governor of a central bank or a region, the ruler of an emirate -------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "وقال حاكم مصرف لبنان كريم سعيد إن المصرف سيعيد هيكلة الديون.",
            "سيعيد هيكلة",
            "كريم سعيد",
            "Lebanon",
        ),
        (
            "وقال حاكم إقليم دارفور مني أركو مناوي إن الإقليم يواجه خطر المجاعة.",
            "يواجه خطر",
            "مني أركو مناوي",
            "Sudan",
        ),
        (
            "وقال حاكم الشارقة الشيخ سلطان بن محمد القاسمي إن الثقافة أساس التنمية.",
            "أساس التنمية",
            "سلطان بن محمد القاسمي",
            None,
        ),
    ],
)
def test_governor_in_construct_before_a_name_speaks(
    text: str, words: str, speaker: str, state: str | None
) -> None:
    found = _speaker(extracted(text, "ar", DAY), words)
    assert found is not None and found[0] == speaker
    if state is not None:
        assert found[1] == state


@pytest.mark.parametrize(
    "text",
    [
        "وقال الحزب الحاكم في جنوب أفريقيا إن الانتخابات كانت نزيهة.",
        "وأعلن المجلس العسكري الحاكم في النيجر تعليق الاتفاق مع فرنسا.",
    ],
)
def test_ruling_as_an_adjective_is_no_title(text: str) -> None:
    assert not _person_labels(extracted(text, "ar", DAY))


# four name words after a title ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "جوبا - وقال وزير خارجية جنوب السودان رمضان محمد عبد الله غوك إن جوبا تدعم "
            "اتفاق السلام.",
            "تدعم اتفاق",
            "رمضان محمد عبد الله غوك",
            "South Sudan",
        ),
        (
            "وقال وزير الخارجية الليبي محمد طاهر عيسى سيالة إن ليبيا تدعم الحل السياسي.",
            "تدعم الحل",
            "محمد طاهر عيسى سيالة",
            "Libya",
        ),
        (
            "وقال وزير الخارجية الصومالي أحمد معلم فقي عبدي إن مقديشو ترفض الاتفاق.",
            "ترفض الاتفاق",
            "أحمد معلم فقي عبدي",
            "Somalia",
        ),
        (
            "وقال المتحدث باسم الجيش السوداني نبيل عبد الله علي حماد إن القوات تقدمت.",
            "القوات تقدمت",
            "نبيل عبد الله علي حماد",
            "Sudan",
        ),
        (
            "وقال وزير الدفاع الصومالي عبد القادر محمد نور إن الجيش سيطر على البلدة.",
            "سيطر على البلدة",
            "عبد القادر محمد نور",
            "Somalia",
        ),
    ],
)
def test_four_word_name_after_a_title_speaks(
    text: str, words: str, speaker: str, state: str
) -> None:
    found = _speaker(extracted(text, "ar", DAY), words)
    assert found == (speaker, state)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "وأرسل الرئيس الجزائري محمد علي حسن برقية إلى نظيره المصري.",
            "محمد علي حسن",
        ),
        (
            "وسلم وزير الخارجية العماني بدر حمد البوسعيدي رسالة إلى نظيره الإيراني.",
            "Badr Albusaidi",
        ),
    ],
)
def test_noun_in_ta_before_a_preposition_ends_the_name(text: str, person: str) -> None:
    assert person in _person_labels(extracted(text, "ar", DAY))


# a tribal family name in ة after an unknown first name ----------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "وقال وزير الشباب الأردني صخر الطراونة إن الوزارة ستطلق برنامجا للتطوع.",
            "ستطلق برنامجا",
            "صخر الطراونة",
        ),
        (
            "وقال وزير الاقتصاد الرقمي الأردني معن البطاينة إن الحكومة ستطلق المنصة.",
            "ستطلق المنصة",
            "معن البطاينة",
        ),
        (
            "وقال وزير النقل الأردني عطوف المحاسنة إن الحافلات الجديدة ستعمل قريبا.",
            "الحافلات الجديدة",
            "عطوف المحاسنة",
        ),
    ],
)
def test_tribal_family_name_in_ta_after_an_unknown_first_name_speaks(
    text: str, words: str, speaker: str
) -> None:
    found = _speaker(extracted(text, "ar", DAY), words)
    assert found == (speaker, "Jordan")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("وقال وزير الخارجية الإيراني ختام الزيارة إن طهران تدعم الحوار.", "ختام الزيارة"),
        ("وبحث وزير الخارجية المصري تعزيز المشاركة إن أمكن.", "تعزيز المشاركة"),
        ("وقال المتحدث باسم الحكومة الأردنية نهاية المباحثة إن الجولة انتهت.", "نهاية المباحثة"),
    ],
)
def test_noun_and_definite_noun_in_ta_after_a_title_is_no_name(text: str, wrong: str) -> None:
    assert wrong not in _person_labels(extracted(text, "ar", DAY))


# the head of an organ whose owner is a suffixed pronoun ---------------------------------


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "وقالت حركة حماس في بيان إن رئيس مكتبها السياسي محمد درويش التقى الوسطاء.",
            "محمد درويش",
            "رئيس مكتبها السياسي",
        ),
        (
            "والتقى رئيس مكتبها السياسي محمد درويش الوسطاء في الدوحة.",
            "محمد درويش",
            "رئيس مكتبها السياسي",
        ),
        (
            "وقالت الجماعة إن رئيس مجلسها السياسي مهدي المشاط أصدر عفوا عاما.",
            "مهدي المشاط",
            "رئيس مجلسها السياسي",
        ),
        (
            "وذكر الحزب أن رئيس مجلسه التنفيذي هاشم صفي الدين زار الجنوب.",
            "هاشم صفي الدين",
            "رئيس مجلسه التنفيذي",
        ),
        (
            "وأعلنت الجبهة أن رئيس لجنتها المركزية سمير حداد سيزور دمشق الأسبوع المقبل.",
            "سمير حداد",
            "رئيس لجنتها المركزية",
        ),
    ],
)
def test_head_of_an_organ_owned_by_a_pronoun_is_the_names_title(
    text: str, person: str, role: str
) -> None:
    x = extracted(text, "ar", DAY)
    people = {e.label: e for e in x.entities if e.type == "Person"}
    assert person in people
    assert role in {r.label for r in people[person].roles}


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس وفدها إن المحادثات كانت إيجابية.",
        "وترأس رئيس مجلسها الاجتماع في بيروت.",
        "وقالت الحركة إن أعضاء مكتبها السياسي سيجتمعون في الدوحة.",
    ],
)
def test_organ_owned_by_a_pronoun_without_a_name_gives_no_named_person(text: str) -> None:
    x = extracted(text, "ar", DAY)
    assert all(e.label.startswith(("رئيس", "أعضاء")) for e in x.entities if e.type == "Person")


# a verb right after a titled two-word name ends it --------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقالت الوكالة إن وزير الخارجية الأردني محمد حداد سيلتقي نظيره السوري.", "محمد حداد"),
        ("وذكرت الوكالة أن وزير الخارجية الأردني محمد حداد يزور دمشق غدا.", "محمد حداد"),
        ("وأفادت الوكالة بأن وزير الخارجية الأردني محمد حداد اتفق مع نظيره.", "محمد حداد"),
        ("وأعلن الحزب أن رئيس مجلسه التنفيذي علي دعموش سيلقي كلمة مساء اليوم.", "علي دعموش"),
        ("وأعلنت الرئاسة أن الرئيس اللبناني الأسبق ميشال سليمان ستكرمه الجامعة.", "ميشال سليمان"),
    ],
)
def test_verb_after_a_titled_name_is_no_name_word(text: str, person: str) -> None:
    assert person in _person_labels(extracted(text, "ar", DAY))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال الرئيس البرازيلي لولا دا سيلفا إن بلاده تدعم الحوار.", "لولا دا سيلفا"),
        (
            "وقال رئيس الوزراء التركي الأسبق بن علي يلدريم إن أنقرة تدعم الحوار.",
            "بن علي يلدريم",
        ),
        ("وقال وزير الخارجية السوداني علي محمد يوسف إن الخرطوم تدعم الحوار.", "علي محمد يوسف"),
    ],
)
def test_name_words_in_a_verbs_letters_stay_in_the_name(text: str, person: str) -> None:
    assert person in _person_labels(extracted(text, "ar", DAY))


# a state's nisba as a family name after a titled given name -----------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "وقال وزير الإدارة المحلية الأردني وليد المصري إن البلديات ستحصل على الدعم.",
            "البلديات ستحصل",
            "وليد المصري",
            "Jordan",
        ),
        (
            "وقال رئيس الوزراء الأردني الأسبق طاهر المصري إن الحل السياسي ضروري.",
            "الحل السياسي",
            "طاهر المصري",
            "Jordan",
        ),
    ],
)
def test_state_nisba_after_a_titled_given_name_is_the_family_name(
    text: str, words: str, speaker: str, state: str | None
) -> None:
    found = _speaker(extracted(text, "ar", DAY), words)
    assert found is not None and found[0] == speaker
    if state is not None:
        assert found[1] == state


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("والتقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في عمان.", "Ayman Safadi"),
        ("وقال وزير الخارجية المصري بدر عبد العاطي إن القاهرة ترفض التهجير.", "Badr Abdelatty"),
    ],
)
def test_nisba_after_a_full_name_or_a_noun_stays_the_states(text: str, person: str) -> None:
    x = extracted(text, "ar", DAY)
    assert person in _person_labels(x)
    assert not any(label.endswith("المصري") for label in _person_labels(x))


# والي and حاكم ولاية: the governor of a province ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وقال والي الخرطوم أحمد عثمان حمزة إن الخدمات عادت إلى الأحياء.",
        "وقال حاكم ولاية الخرطوم أحمد عثمان حمزة إن الخدمات عادت إلى الأحياء.",
    ],
)
def test_governor_of_a_province_speaks_with_its_state(text: str) -> None:
    found = _speaker(extracted(text, "ar", DAY), "الخدمات عادت")
    assert found == ("أحمد عثمان حمزة", "Sudan")


def test_province_named_like_a_channel_gives_no_wrong_state() -> None:
    text = "وقال والي ولاية الجزيرة الطاهر الخير إن القوات استعادت المدينة."
    x = extracted(text, "ar", DAY)
    ents = {e.id: e for e in x.entities}
    assert all(
        ents[e.state].label != "Qatar" for e in x.entities if e.type == "Person" and e.state in ents
    )


def test_term_of_office_is_no_province() -> None:
    x = extracted("وفاز الرئيس الأمريكي بولاية ثانية في الانتخابات.", "ar", DAY)
    assert not any(label.startswith("ثانية") for label in _person_labels(x))
