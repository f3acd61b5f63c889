"""People the gazetteer does not know, named before their role (session 15, S15-NAMES).

News names a speaker first and gives the role after the name, usually without a comma
("وقال X Y وزير الخارجية العراقي إن"، "X Y, head of Syria's atomic energy commission,
said").  When the gazetteer lacks the person, the name must still be read, get the role
and the role's state, and speak the quote.

All sentences are written for these tests in news style about real events; none comes
from a gold set."""

from __future__ import annotations

import pytest
from factories import extracted

from kg.models import Extraction


def _speaker(x: Extraction, words: str) -> tuple[str, str | None] | None:
    """(speaker label, the speaker's state label) of the innermost statement holding
    ``words`` (a relayed statement's outer one holds them too)."""
    ents = {e.id: e for e in x.entities}
    holding = sorted((q for q in x.quotes if words in q.text), key=lambda q: len(q.text))
    if not holding:
        return None
    e = ents[holding[0].speaker]
    return e.label, ents[e.state].label if e.state in ents else None


# عبد / أبو open a compound given name before an apposed title ----------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "الخرطوم - وقال عبد الرحيم الشامي المتحدث باسم الحكومة السودانية إن الخرطوم "
            "تدين الهجوم على المدنيين في الفاشر.",
            "تدين الهجوم",
            "عبد الرحيم الشامي",
            "Sudan",
        ),
        (
            "عمان - وأكد عبد الكريم الخطيب وزير الطاقة الأردني أن المملكة ستوقع اتفاقا جديدا "
            "مع مصر لتوريد الغاز.",
            "ستوقع اتفاقا",
            "عبد الكريم الخطيب",
            "Jordan",
        ),
        (
            "بغداد - وقال أبو بكر الجبوري وزير الخارجية العراقي إن العراق لن يكون ساحة "
            "لتصفية الحسابات.",
            "ساحة لتصفية",
            "أبو بكر الجبوري",
            "Iraq",
        ),
        (
            "الرباط - وأوضح عبد السلام بنعلي سفير المغرب لدى إسبانيا أن الرباط ومدريد "
            "تعملان على تعزيز التنسيق الأمني.",
            "تعزيز التنسيق",
            "عبد السلام بنعلي",
            "Morocco",
        ),
        # (already read before S15: a compound name after the title, a lineage with بن)
        (
            "القاهرة - وقال وزير الخارجية المصري عبد المنعم رياض إن القاهرة تتابع "
            "التطورات في السودان.",
            "تتابع التطورات",
            "عبد المنعم رياض",
            "Egypt",
        ),
    ],
)
def test_compound_given_name_before_title_is_the_whole_name(
    text: str, words: str, speaker: str, state: str
) -> None:
    assert _speaker(extracted(text, "ar"), words) == (speaker, state)


def test_lineage_link_still_does_not_open_a_name() -> None:
    # "بن" that would open the run is a link of a longer lineage, not a name's first word
    x = extracted(
        "الدوحة - وقال محمد بن عبد العزيز الخليفي وزير الدولة بوزارة الخارجية إن قطر "
        "مستمرة في وساطتها بين الطرفين.",
        "ar",
    )
    found = _speaker(x, "مستمرة في وساطتها")
    assert found is not None and found[0] == "محمد بن عبد العزيز الخليفي"


# a speech verb, then two or three unknown words, then the title --------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "موسكو - وأفاد أليكسي أوفرتشوك نائب رئيس الوزراء الروسي بأن المحادثات مع باكو "
            "كانت بناءة.",
            "مع باكو",
            "أليكسي أوفرتشوك",
            "Russia",
        ),
        (
            "بروكسل - وأكد ماكسيم بريفو وزير الخارجية البلجيكي أن بلاده ستستضيف مؤتمر "
            "المانحين لأوكرانيا.",
            "ستستضيف مؤتمر",
            "ماكسيم بريفو",
            "Belgium",
        ),
        (
            "بغداد - وأوضح حكمت الشمري وزير الخارجية العراقي أن بغداد ترفض أي اعتداء على أراضيها.",
            "ترفض أي اعتداء",
            "حكمت الشمري",
            "Iraq",
        ),
        (
            "دمشق - وقال ماهر الحجار وزير الطاقة السوري إن بلاده ستتعاون مع الوكالة الدولية "
            "للطاقة الذرية.",
            "ستتعاون مع",
            "ماهر الحجار",
            "Syria",
        ),
    ],
)
def test_unknown_name_after_speech_verb_before_title_speaks(
    text: str, words: str, speaker: str, state: str
) -> None:
    assert _speaker(extracted(text, "ar"), words) == (speaker, state)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a time between the verb and the title is no name: the title's holder speaks
        (
            "القاهرة - وأكد أمس الأحد وزير الخارجية المصري أن القاهرة ترفض تهجير الفلسطينيين.",
            "ترفض تهجير",
            "Badr Abdelatty",
        ),
        (
            "الرياض - وأوضح مساء الخميس وزير الخارجية السعودي أن المملكة تدعم الحل السياسي "
            "في السودان.",
            "تدعم الحل",
            "Faisal bin Farhan",
        ),
        # a body and its spokesman's pronoun: the body speaks, no person is made of it
        (
            "القدس - وأفاد الجيش الإسرائيلي المتحدث باسمه بأن الغارات استهدفت مواقع لحزب الله.",
            "استهدفت مواقع",
            "Israeli Armed Forces",
        ),
    ],
)
def test_no_name_is_made_of_a_time_or_a_body_before_a_title(
    text: str, words: str, speaker: str
) -> None:
    found = _speaker(extracted(text, "ar"), words)
    assert found is not None and found[0] == speaker


def test_verbal_noun_after_verb_is_no_family_name() -> None:
    # "وانتقد بشدة": an adverbial, "تمسك بلاده": a verbal noun and its complement
    for text in (
        "طهران - وانتقد بشدة وزير الخارجية الإيراني العقوبات الأمريكية الجديدة.",
        "تونس - وأكد تمسك بلاده وزير الخارجية التونسي بالحوار مع الجزائر.",
    ):
        labels = [e.label for e in extracted(text, "ar").entities]
        assert not any("بشدة" in label or "تمسك" in label for label in labels), labels


# English: "First Last, head of STATE's Capitalised Body, said" ------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "DAMASCUS (Reuters) - Maher al-Hajjar, head of Syria's Atomic Energy Commission, "
            "said Damascus would cooperate with the IAEA.",
            "Damascus would cooperate",
            "Maher al-Hajjar",
            "Syria",
        ),
        (
            "TEHRAN (Reuters) - Mohammad Eslami, head of Iran's Atomic Energy Organization, "
            "said enrichment would continue under the law passed by parliament.",
            "enrichment would continue",
            "Mohammad Eslami",
            "Iran",
        ),
        (
            "CAIRO (Reuters) - Hassan Rashad, head of Egypt's General Intelligence Service, "
            "said Cairo was in contact with both sides.",
            "in contact with both sides",
            "Hassan Rashad",
            "Egypt",
        ),
        (
            "BAGHDAD (Reuters) - Hikmat al-Shammari, Iraq's transport minister, said the "
            "airport would reopen next week.",
            "airport would reopen",
            "Hikmat al-Shammari",
            "Iraq",
        ),
        (
            "MOSCOW (Reuters) - Alexei Overchuk, Russia's deputy prime minister, said talks "
            "with Baku had been constructive.",
            "talks with Baku",
            "Alexei Overchuk",
            "Russia",
        ),
    ],
)
def test_english_name_before_title_of_a_states_body_speaks(
    text: str, words: str, speaker: str, state: str
) -> None:
    assert _speaker(extracted(text, "en"), words) == (speaker, state)


def test_capitalised_body_after_a_states_possessive_is_no_person() -> None:
    x = extracted(
        "DAMASCUS (Reuters) - Maher al-Hajjar, head of Syria's Atomic Energy Commission, "
        "said Damascus would cooperate with the IAEA.",
        "en",
    )
    assert not any(e.label == "Atomic" for e in x.entities)


def test_sentence_initial_plural_is_no_name_before_an_aside() -> None:
    x = extracted(
        "MOSCOW (Reuters) - Officials, speaking on condition of anonymity, said the talks "
        "had stalled.",
        "en",
    )
    assert not any(e.label.startswith("Officials") and e.type.value == "Person" for e in x.entities)


# an Arabic portfolio the role lexicon lacks, then the state's nisba ------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "بغداد - وأكد أحمد الجبوري وزير الزراعة العراقي أن بغداد ستوقف استيراد القمح "
            "هذا العام.",
            "استيراد القمح",
            "أحمد الجبوري",
            "Iraq",
        ),
        (
            "القاهرة - وقال وزير الزراعة المصري علاء فاروق إن مصر ستزيد صادراتها من "
            "الموالح إلى أوروبا.",
            "ستزيد صادراتها",
            "علاء فاروق",
            "Egypt",
        ),
        (
            "بيروت - وقالت وزيرة التعليم العالي اللبنانية ريما كرامي إن الجامعات ستفتح "
            "أبوابها الأسبوع المقبل.",
            "الجامعات ستفتح",
            "ريما كرامي",
            "Lebanon",
        ),
        (
            "عمان - وقال خالد البكار وزير العمل الأردني إن الوزارة ستطلق برنامجا لتشغيل الشباب.",
            "ستطلق برنامجا",
            "خالد البكار",
            "Jordan",
        ),
        (
            "عمان - وقال مهند المبيضين وزير الاتصال الحكومي الأردني إن الأردن يرفض تهجير "
            "الفلسطينيين.",
            "يرفض تهجير",
            "مهند المبيضين",
            "Jordan",
        ),
    ],
)
def test_unknown_portfolio_before_a_states_nisba_owns_the_title(
    text: str, words: str, speaker: str, state: str
) -> None:
    assert _speaker(extracted(text, "ar"), words) == (speaker, state)


def test_definite_title_before_a_noun_and_nisba_is_no_portfolio() -> None:
    # "الوزير" has its article: "الاتفاق الروسي" is its object, not a portfolio
    x = extracted("موسكو - واستقبل الوزير الاتفاق الروسي بترحيب كبير أمس.", "ar")
    assert not any(e.type.value == "Person" and e.roles for e in x.entities)


# transliterated names after a speech verb: a known given name inside, a last word in يه ----


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "نيامي - وأكد أمادو عبد الرحمن وزير الخارجية النيجري أن نيامي لن تقبل أي تدخل "
            "في شؤونها.",
            "لن تقبل أي تدخل",
            "أمادو عبد الرحمن",
            "Niger",
        ),
        (
            "ياوندي - وأوضح أليو موسى وزير الدفاع الكاميروني أن الجيش استعاد السيطرة على البلدة.",
            "استعاد السيطرة",
            "أليو موسى",
            "Cameroon",
        ),
        (
            "نيامي - وأكد بكاري ياو سانغاريه وزير الخارجية النيجري أن نيامي لن تقبل أي "
            "تدخل في شؤونها.",
            "لن تقبل أي تدخل",
            "بكاري ياو سانغاريه",
            "Niger",
        ),
        (
            "واغادوغو - وأعلن جان إيمانويل ويدراوغو وزير الاتصال البوركيني أن الحكومة علقت "
            "بث القناة.",
            "علقت بث",
            "جان إيمانويل ويدراوغو",
            "Burkina Faso",
        ),
        # (read before S15: the first word is a known given name)
        (
            "داكار - وقال عثمان سونكو رئيس الوزراء السنغالي إن داكار ستراجع اتفاقيات الصيد "
            "مع الاتحاد الأوروبي.",
            "ستراجع اتفاقيات",
            "عثمان سونكو",
            "Senegal",
        ),
    ],
)
def test_transliterated_name_after_speech_verb_before_title_speaks(
    text: str, words: str, speaker: str, state: str
) -> None:
    assert _speaker(extracted(text, "ar"), words) == (speaker, state)


def test_preposition_with_pronoun_in_ih_is_no_name_word() -> None:
    # "عليه": a preposition with its pronoun, not a French name in -ié
    x = extracted(
        "الرباط - وأكد ما أعلن عليه وزير الخارجية المغربي من دعم لمبادرة الحكم الذاتي.",
        "ar",
    )
    assert not any("عليه" in e.label for e in x.entities)


# a verb's object before a title is no unknown name ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "القاهرة - وأكد دعم تحركات وزير الخارجية المصري لوقف الحرب في السودان.",
        "القاهرة - وأوضح تقرير حقوقي وزير الخارجية المصري تجاهل الطلب.",
        "عمان - وأعلن تعيين سفير الأردن لدى العراق بعد شغور المنصب.",
        "الرباط - وأكد تمسك محادثات وزير الخارجية المغربي بالمبادرة.",
        "تونس - وانتقد تصريحات وزير الخارجية التونسي حول الهجرة.",
    ],
)
def test_verbal_noun_or_plural_after_verb_is_no_name(text: str) -> None:
    x = extracted(text, "ar")
    bad = ("دعم", "تقرير", "تعيين", "تمسك", "تصريحات")
    assert not any(e.label.startswith(bad) for e in x.entities), [e.label for e in x.entities]


def test_given_name_of_noun_shape_still_opens_a_name() -> None:
    # "توفيق" has the verbal-noun shape تفعيل, but the given-name list has it
    x = extracted("تونس - وقال توفيق الشرفي وزير الزراعة التونسي إن الموسم سيكون جيدا.", "ar")
    assert _speaker(x, "الموسم سيكون") == ("توفيق الشرفي", "Tunisia")


# a portfolio of two coordinated words ("الثقافة والإعلام") --------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "الخرطوم - وقال خالد الإعيسر وزير الثقافة والإعلام السوداني إن الحكومة ترحب "
            "بالمبادرة السعودية.",
            "ترحب بالمبادرة",
            "خالد الإعيسر",
            "Sudan",
        ),
        (
            "الخرطوم - وقال وزير الثقافة والإعلام السوداني خالد الإعيسر إن الحكومة ترحب "
            "بالمبادرة السعودية.",
            "ترحب بالمبادرة",
            "خالد الإعيسر",
            "Sudan",
        ),
        (
            "الرباط - وأكد عمر حجيرة وزير الصناعة والتجارة المغربي أن المملكة ستوقع اتفاقا "
            "مع موريتانيا.",
            "ستوقع اتفاقا",
            "عمر حجيرة",
            "Morocco",
        ),
        (
            "عمان - وقالت هالة زواتي وزيرة الطاقة والثروة المعدنية الأردنية إن المملكة ستستورد "
            "الغاز من مصر.",
            "ستستورد الغاز",
            "هالة زواتي",
            "Jordan",
        ),
        (
            "بغداد - وأكد وزير النفط والكهرباء العراقي أن الإنتاج سيرتفع الشهر المقبل.",
            "الإنتاج سيرتفع",
            None,
            None,
        ),
    ],
)
def test_coordinated_portfolio_before_a_states_nisba(
    text: str, words: str, speaker: str | None, state: str | None
) -> None:
    found = _speaker(extracted(text, "ar"), words)
    if speaker is None:  # no name: no new person is made of the portfolio's words
        assert found is None or "النفط" not in found[0]
    else:
        assert found == (speaker, state)


# the head of a body the gazetteer lacks, owned by the state whose nisba ends its name -----


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "دمشق (سانا) - وقال ماهر الحجار رئيس هيئة الطاقة الذرية السورية إن بلاده ستتعاون "
            "مع الوكالة الدولية للطاقة الذرية.",
            "ستتعاون مع",
            "ماهر الحجار",
            "Syria",
        ),
        (
            "الكويت - وقال فهد الجار الله رئيس جمعية الهلال الأحمر الكويتية إن الشحنة وصلت "
            "إلى غزة.",
            "الشحنة وصلت",
            "فهد الجار الله",
            "Kuwait",
        ),
        (
            "طرابلس - وقال عماد السايح رئيس مفوضية الانتخابات الليبية إن الانتخابات ستجري في "
            "موعدها.",
            "ستجري في موعدها",
            "عماد السايح",
            "Libya",
        ),
        (
            "القاهرة - وقال رئيس هيئة الدواء المصرية إن الأسعار لن ترتفع هذا العام.",
            "الأسعار لن ترتفع",
            "رئيس هيئة الدواء المصرية",
            "Egypt",
        ),
    ],
)
def test_head_of_unknown_body_gets_the_bodys_state(
    text: str, words: str, speaker: str, state: str
) -> None:
    assert _speaker(extracted(text, "ar"), words) == (speaker, state)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "القاهرة - وقال رئيس هيئة الدواء المصرية إن الأسعار لن ترتفع هذا العام.",
            "الأسعار لن ترتفع",
        ),
        (
            "بيروت - وأكد رئيس لجنة الأشغال النيابية اللبنانية أن المرفأ سيعاد بناؤه.",
            "المرفأ سيعاد",
        ),
        (
            "القاهرة - وقال الرئيس عبد الفتاح السيسي إن مصر لن تسمح بالتهجير. وقال رئيس "
            "هيئة الدواء المصرية إن الأسعار لن ترتفع.",
            "الأسعار لن ترتفع",
        ),
        (
            "بغداد - وقال وزير الزراعة العراقي إن الموسم الزراعي سيكون جيدا.",
            "الموسم الزراعي",
        ),
    ],
)
def test_head_of_unknown_body_is_not_the_states_president(text: str, words: str) -> None:
    x = extracted(text, "ar")
    ents = {e.id: e for e in x.entities}
    speaker = next(ents[q.speaker] for q in x.quotes if words in q.text)
    assert speaker.qid is None, speaker.label  # no known holder (Sisi, Aoun, ...)


# an aide of a state's office holder: "كبير مستشاري الرئيس الأمريكي" ------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "الخرطوم - وقال مسعد بولس كبير مستشاري الرئيس الأمريكي للشؤون الأفريقية إن "
            "واشنطن تدعم استئناف المفاوضات.",
            "تدعم استئناف",
            "مسعد بولس",
            "United States",
        ),
        (
            "الخرطوم - وقال السيد مسعد بولس كبير مستشاري الرئيس الأمريكي للشؤون الأفريقية "
            "إن واشنطن تدعم استئناف المفاوضات.",
            "تدعم استئناف",
            "مسعد بولس",
            "United States",
        ),
        (
            "يريفان - وأفاد المتحدث باسم رئيس الوزراء الأرميني بأن الحكومة ستطرح الاتفاق على "
            "البرلمان.",
            "ستطرح الاتفاق",
            "المتحدث باسم رئيس الوزراء الأرميني",
            "Armenia",
        ),
        (
            "بغداد - وقال إبراهيم الصميدعي مستشار رئيس الوزراء العراقي إن بغداد ترفض التدخل "
            "في شؤونها.",
            "ترفض التدخل",
            "إبراهيم الصميدعي",
            "Iraq",
        ),
    ],
)
def test_aide_of_an_office_holder_is_owned_by_the_holders_state(
    text: str, words: str, speaker: str, state: str
) -> None:
    assert _speaker(extracted(text, "ar"), words) == (speaker, state)


def test_spokesman_of_a_prime_minister_is_not_the_prime_minister() -> None:
    x = extracted(
        "يريفان - وأفاد المتحدث باسم رئيس الوزراء الأرميني بأن الحكومة ستطرح الاتفاق على البرلمان.",
        "ar",
    )
    ents = {e.id: e for e in x.entities}
    speaker = next(ents[q.speaker] for q in x.quotes if "ستطرح الاتفاق" in q.text)
    assert speaker.qid is None and "Pashinyan" not in speaker.label


# a style and a family name read before, then the verb's object ----------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "الخرطوم - وشارك في الاجتماع السيد مسعد بولس كبير مستشاري الرئيس الأمريكي "
            "للشؤون الأفريقية. ووصف السيد بولس الاتفاق بأنه خطوة مهمة نحو السلام.",
            "خطوة مهمة",
            "مسعد بولس",
        ),
        (
            "موسكو - وقال أليكسي أوفرتشوك نائب رئيس الوزراء الروسي إن المحادثات كانت بناءة. "
            "ووصف السيد أوفرتشوك العقوبات الأوروبية بأنها غير قانونية.",
            "غير قانونية",
            "أليكسي أوفرتشوك",
        ),
        (
            "بغداد - وقال حكمت الشمري وزير الخارجية العراقي إن بغداد ترفض أي اعتداء. ووصف "
            "السيد الشمري التصعيد بأنه خطير على المنطقة.",
            "خطير على المنطقة",
            "حكمت الشمري",
        ),
    ],
)
def test_styled_family_name_before_the_verbs_object_is_the_person(
    text: str, words: str, speaker: str
) -> None:
    found = _speaker(extracted(text, "ar"), words)
    assert found is not None and found[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "الدوحة - ووصف السيد جون بولتون الاتفاق بأنه خطوة مهمة.",
        "الخرطوم - ووصف السيد بولس الإعلان بأنه خطوة مهمة.",
    ],
)
def test_style_and_one_word_before_a_definite_noun_make_no_two_word_name(text: str) -> None:
    labels = [e.label for e in extracted(text, "ar").entities]
    assert not any(label.endswith(("الاتفاق", "الإعلان")) for label in labels), labels


# a known person in the genitive of a construct title: the title serves him ----------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "الرياض - وقال سفير خادم الحرمين الشريفين لدى الأردن فيصل الغامدي إن العلاقات "
            "بين البلدين متينة.",
            "العلاقات بين البلدين",
            "فيصل الغامدي",
            "Saudi Arabia",
        ),
        (
            "الرياض - وقال فيصل الغامدي سفير خادم الحرمين الشريفين لدى الأردن إن العلاقات "
            "بين البلدين متينة.",
            "العلاقات بين البلدين",
            "فيصل الغامدي",
            "Saudi Arabia",
        ),
        (
            "الدوحة - وقال مبعوث ترامب ستيف ويتكوف إن المفاوضات تسير بشكل جيد.",
            "المفاوضات تسير",
            "Steve Witkoff",
            "United States",
        ),
    ],
)
def test_envoy_of_a_known_person_is_not_that_person(
    text: str, words: str, speaker: str, state: str
) -> None:
    assert _speaker(extracted(text, "ar"), words) == (speaker, state)


def test_unnamed_envoy_of_a_king_is_an_official_of_his_state() -> None:
    x = extracted(
        "الرياض - وقال سفير خادم الحرمين الشريفين لدى الأردن إن العلاقات بين البلدين متينة.",
        "ar",
    )
    ents = {e.id: e for e in x.entities}
    speaker = next(ents[q.speaker] for q in x.quotes if "العلاقات بين" in q.text)
    assert speaker.qid is None  # not King Salman
    assert ents[speaker.state].label == "Saudi Arabia"


def test_definite_title_then_a_known_name_is_still_that_person() -> None:
    x = extracted("القاهرة - وقال وزير الخارجية سامح شكري إن القاهرة ترفض التهجير.", "ar")
    assert _speaker(x, "ترفض التهجير") == ("Sameh Shoukry", "Egypt")


# English: lower-case portfolio words right after the comma open the apposition -------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "BAGHDAD (AP) - Farhad Alaaldin, foreign affairs adviser to the Iraqi prime "
            "minister, said Turkey had shown understanding for Iraq's water needs.",
            "Turkey had shown",
            "Farhad Alaaldin",
            "Iraq",
        ),
        (
            "WASHINGTON (Reuters) - Mike Waltz, national security adviser, said the strikes "
            "would continue until the Houthis stopped attacking shipping.",
            "strikes would continue",
            "Mike Waltz",
            "United States",
        ),
        (
            "ANKARA (Reuters) - Omer Celik, ruling party spokesman, told reporters that Ankara "
            "would not accept a Kurdish state on its border.",
            "would not accept",
            "Omer Celik",
            "Türkiye",
        ),
    ],
)
def test_english_lower_case_portfolio_after_comma_opens_the_title(
    text: str, words: str, speaker: str, state: str
) -> None:
    assert _speaker(extracted(text, "en"), words) == (speaker, state)


def test_english_plural_subject_before_an_aside_is_no_name() -> None:
    x = extracted(
        "WASHINGTON (Reuters) - Officials, speaking on condition of anonymity, said the "
        "talks had stalled over security guarantees.",
        "en",
    )
    assert not any(e.type.value == "Person" for e in x.entities)


# English: lower-case portfolio words inside a title after a possessive, body or demonym -----


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "KHARTOUM (Reuters) - Khalid al-Aiser, Sudan's culture and information minister, "
            "said the government welcomed the Saudi initiative.",
            "government welcomed",
            "Khalid al-Aiser",
            "Sudan",
        ),
        (
            "GENEVA (Reuters) - Volker Turk, UN human rights chief, said the strikes may amount "
            "to war crimes.",
            "may amount to war crimes",
            "Volker Turk",
            None,
        ),
        (
            "TEHRAN (Reuters) - Iran's nuclear chief said enrichment would continue at the "
            "underground site.",
            "enrichment would continue",
            "Iran's nuclear chief",
            "Iran",
        ),
    ],
)
def test_english_lower_case_portfolio_inside_an_owned_title(
    text: str, words: str, speaker: str, state: str | None
) -> None:
    assert _speaker(extracted(text, "en"), words) == (speaker, state)


def test_state_name_then_a_verb_is_no_portfolio() -> None:
    # "France to pull ambassador": a headline's subject and its verb, no title of France
    x = extracted(
        "France to pull ambassador, troops out of Niger after coup\n\nPARIS (AFP) - France "
        "will withdraw its ambassador from Niger, President Emmanuel Macron said.",
        "en",
    )
    assert not any("to pull" in e.label for e in x.entities)
    assert not any("to pull" in r.label for e in x.entities for r in e.roles)


def test_sudan_is_not_made_a_speaker_of_the_ministers_quote() -> None:
    x = extracted(
        "KHARTOUM (Reuters) - Khalid al-Aiser, Sudan's culture and information minister, "
        "said the government welcomed the Saudi initiative.",
        "en",
    )
    assert all({e.id: e for e in x.entities}[q.speaker].label != "Sudan" for q in x.quotes)


# after a complementiser: the name, its apposed title, then the verb -------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "بغداد - وذكرت الوكالة أن حكمت الشمري وزير الخارجية العراقي أكد أن بغداد ترفض "
            "أي اعتداء على أراضيها.",
            "ترفض أي اعتداء",
            "حكمت الشمري",
            "Iraq",
        ),
        (
            "موسكو - وأفادت وكالة تاس بأن يوري أوشاكوف مساعد الرئيس الروسي أوضح أن موعد "
            "القمة لم يحدد بعد.",
            "موعد القمة",
            "يوري أوشاكوف",
            "Russia",
        ),
        (
            "الخرطوم - وأعلنت الحكومة أن خالد الإعيسر وزير الثقافة والإعلام السوداني شدد على "
            "أن الجيش سيستعيد المدينة.",
            "الجيش سيستعيد",
            "خالد الإعيسر",
            "Sudan",
        ),
    ],
)
def test_name_and_apposed_title_after_complementiser_are_the_subject(
    text: str, words: str, speaker: str, state: str
) -> None:
    assert _speaker(extracted(text, "ar"), words) == (speaker, state)


def test_known_holder_after_complementiser_still_speaks() -> None:
    x = extracted(
        "القاهرة - وأعلنت الرئاسة أن الرئيس عبد الفتاح السيسي أكد أن مصر ترفض التهجير.", "ar"
    )
    assert _speaker(x, "مصر ترفض التهجير") == ("Abdel Fattah el-Sisi", "Egypt")


# a clause opens with the unknown name, its title, then a speech verb ---------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "state"),
    [
        (
            "بغداد - حكمت الشمري وزير الخارجية العراقي قال إن بغداد ترفض أي اعتداء على أراضيها.",
            "ترفض أي اعتداء",
            "حكمت الشمري",
            "Iraq",
        ),
        (
            "موسكو - أليكسي أوفرتشوك نائب رئيس الوزراء الروسي أكد أن موسكو مستعدة للوساطة "
            "بين باكو ويريفان.",
            "مستعدة للوساطة",
            "أليكسي أوفرتشوك",
            "Russia",
        ),
        (
            "طرابلس - المجلس الرئاسي أصدر بيانا. عماد السايح رئيس مفوضية الانتخابات الليبية "
            "أوضح أن الاقتراع سيجري في موعده.",
            "الاقتراع سيجري",
            "عماد السايح",
            "Libya",
        ),
    ],
)
def test_clause_opening_name_before_title_and_speech_verb(
    text: str, words: str, speaker: str, state: str
) -> None:
    assert _speaker(extracted(text, "ar"), words) == (speaker, state)


@pytest.mark.parametrize(
    "text",
    [
        "بغداد - تقرير حقوقي وزير الخارجية العراقي قال إن بغداد ترفض أي اعتداء.",
        "بغداد - حكمت الشمري وزير الخارجية العراقي في زيارة إلى أنقرة.",
    ],
)
def test_clause_opening_words_without_a_speech_verb_or_of_noun_shape_make_no_person(
    text: str,
) -> None:
    labels = [e.label for e in extracted(text, "ar").entities]
    assert not any(label.startswith(("تقرير", "حكمت")) for label in labels), labels
