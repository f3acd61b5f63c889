"""S13-QAR: classes of Arabic statements (speakers first, precision kept).

- a sentence opened by a long time expression set off by a comma ("وفي الثاني عشر من
  مارس الماضي، استقبل X ...، وقال إن") names no subject: the actor after it is the
  sentence's subject, whom a later "وقال" continues;
- a speech verb right after a relative pronoun with no pronoun resuming the antecedent
  ("X، الذي دعا الأطراف إلى"، "قطر، التي دعت الأمم المتحدة إلى") has the antecedent for
  subject; what follows the verb is its object, even a name or a noun we do not link
  ("التي أعلن عنها X": the pronoun on the preposition resumes the antecedent, X speaks);
- a bare title ("ونفى المتحدث أن") takes up the latest person who spoke when the article
  gave him that title before his name ("المتحدث باسم الخارجية X"), not only in an
  apposition after it;
- a quotation holding only an actor's name («حماس»، «الحرس الثوري») is that actor, the
  subject of its verb, and no statement of its own; a headline ending in one holds none;
- an inspection, a tour or a participation ("خلال تفقده ..."، "خلال جولته ...") is an
  occasion of speech: the complementiser after it still opens the content.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted

_DAY = datetime.date(2024, 5, 10)


def _said(text: str) -> dict[str, tuple[str, str | None]]:
    """Statement text -> (speaker label, via label)."""
    x = extracted(text, "ar", _DAY)
    labels = {e.id: e.label for e in x.entities}
    return {q.text: (labels[q.speaker], labels[q.via] if q.via else None) for q in x.quotes}


def _speaker_of(text: str, start: str) -> str | None:
    """The speaker of the statement whose text starts with ``start``, else None."""
    for said, (speaker, _via) in _said(text).items():
        if said.startswith(start):
            return speaker
    return None


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (  # a date with its month and "الماضي"
            "وفي الثاني عشر من مارس الماضي، استقبل الرئيس التونسي قيس سعيد وزير الخارجية "
            "الجزائري أحمد عطاف في قصر قرطاج، وقال خلال اللقاء إن تونس ترفض أي تدخل في "
            "شؤونها الداخلية.",
            "تونس ترفض",
            "Kais Saied",
        ),
        (  # a date in figures after "وفي"
            "وفي 3 فبراير الماضي، التقى الرئيس الفرنسي إيمانويل ماكرون وفدا من رجال الأعمال "
            "في الإليزيه، وقال إن فرنسا ستزيد استثماراتها في أفريقيا.",
            "فرنسا ستزيد",
            "Emmanuel Macron",
        ),
        (  # a day of the current month
            "وفي السابع عشر من الشهر الجاري، زار وزير الخارجية التركي هاكان فيدان بغداد، "
            "وأكد أن أنقرة تريد تعزيز التعاون الأمني مع العراق.",
            "أنقرة تريد",
            "Hakan Fidan",
        ),
    ],
)
def test_long_time_opener_names_no_subject(text: str, said: str, speaker: str) -> None:
    assert _speaker_of(text, said) == speaker


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (  # the object after the verb is a noun we do not link
            "والتقى وزير الخارجية الأمريكي أنتوني بلينكن في الدوحة الرئيس الفرنسي إيمانويل "
            "ماكرون، الذي دعا الأطراف اللبنانية إلى انتخاب رئيس للجمهورية دون تأخير.",
            "الأطراف اللبنانية",
            "Emmanuel Macron",
        ),
        (  # the object after the verb is a body we link: not its speaker
            "وشارك في القمة رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني، الذي دعا الأمم "
            "المتحدة إلى تحمل مسؤولياتها تجاه المدنيين في غزة.",
            "الأمم المتحدة",
            "Mohammed bin Abdulrahman Al Thani",
        ),
    ],
)
def test_relative_pronoun_is_the_subject_of_its_verb(text: str, said: str, speaker: str) -> None:
    assert _speaker_of(text, said) == speaker


def test_resumed_antecedent_leaves_the_subject_after_the_verb() -> None:
    # "المبادرة التي دعا إليها X": the pronoun on "إليها" resumes the initiative, so the
    # relative pronoun is not the subject and the minister named before it says nothing
    # of the call
    text = (
        "وأشاد وزير الخارجية المصري بدر عبد العاطي بالمبادرة التي دعا إليها الرئيس "
        "الفرنسي إيمانويل ماكرون لعقد مؤتمر دولي للسلام."
    )
    for said, (speaker, _via) in _said(text).items():
        assert not (speaker == "Badr Abdelatty" and "مؤتمر" in said and "المبادرة" not in said)


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (  # a body we do not link in the title, a rank, an aside, a sentence between
            "وقال المتحدث باسم المجلس العقيد ماماني سانو، في كلمة بثها التلفزيون الرسمي، إن "
            "الحكومة تطرد السفير الفرنسي. وجاء القرار بعد زيارة وفد فرنسي إلى نيامي. ونفى "
            "المتحدث أن تكون الحكومة قد تلقت أسلحة من موسكو.",
            "تكون الحكومة",
            "ماماني سانو",
        ),
        (  # a rank between the title and the name
            "وقال المتحدث باسم الجيش الإسرائيلي الأميرال دانيال هاغاري إن الجيش اعترض "
            "الصواريخ. ونفى المتحدث أن يكون الجيش قد استهدف المستشفى.",
            "يكون الجيش",
            "دانيال هاغاري",
        ),
        (
            "وقال المتحدث باسم القوات المسلحة اليمنية العميد يحيى سريع إن قواته استهدفت "
            "سفينة في البحر الأحمر. ونفى المتحدث أن تكون السفينة قد غرقت.",
            "تكون السفينة",
            "يحيى سريع",
        ),
    ],
)
def test_bare_title_takes_up_the_person_titled_before_his_name(
    text: str, said: str, speaker: str
) -> None:
    assert _speaker_of(text, said) == speaker


def test_bare_title_without_that_title_before_is_no_one() -> None:
    # the spokesman was never named: "المتحدث" is not the minister who spoke before
    text = (
        "وقال وزير الخارجية الإيراني عباس عراقجي إن طهران مستعدة للحوار. ونفى المتحدث أن "
        "تكون إيران قد أرسلت طائرات مسيرة إلى روسيا."
    )
    assert _speaker_of(text, "تكون إيران") != "Abbas Araghchi"


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "وأعلنت «حماس» في بيان أنها سلمت ردها على مقترح الهدنة إلى الوسطاء.",
            "سلمت ردها",
            "Hamas",
        ),
        (
            "وأكد «حزب الله» في بيان مقتضب أنه استهدف موقعا عسكريا قرب الحدود.",
            "استهدف موقعا",
            "Hezbollah",
        ),
    ],
)
def test_quoted_actor_name_is_the_subject(text: str, said: str, speaker: str) -> None:
    assert _speaker_of(text, said.split()[0]) == speaker or any(
        said in t and s == speaker for t, (s, _v) in _said(text).items()
    )


def test_quoted_actor_name_is_no_statement() -> None:
    text = (
        "واشنطن تفرض عقوبات جديدة على قادة في «حزب الله»\n\n"
        "بيروت - «الشرق الأوسط»:\n"
        "فرضت الولايات المتحدة أمس عقوبات على ثلاثة من قادة «حزب الله»، وقال وزير "
        "الخارجية الأمريكي أنتوني بلينكن في بيان إن الثلاثة أداروا شبكة لتمويل الجماعة."
    )
    texts = set(_said(text))
    assert "حزب الله" not in texts
    assert any(t.startswith("الثلاثة أداروا") for t in texts)


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "وكان الرئيس المصري عبد الفتاح السيسي قد أعلن خلال تفقده أعمال إنشاء العاصمة "
            "الإدارية الجديدة شرق القاهرة في الخامس من أبريل الماضي أن مصر لن تتخلى عن "
            "حقوقها المائية.",
            "مصر لن تتخلى",
            "Abdel Fattah el-Sisi",
        ),
        (
            "وأكد وزير الخارجية السعودي الأمير فيصل بن فرحان خلال جولته في عواصم آسيا "
            "الوسطى التي شملت أستانا وطشقند وبيشكك أن المملكة تدعم مسار السلام في المنطقة.",
            "المملكة تدعم",
            "Faisal bin Farhan",
        ),
    ],
)
def test_inspection_or_tour_is_an_occasion(text: str, said: str, speaker: str) -> None:
    assert _speaker_of(text, said) == speaker


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "وجاء القرار بعد ساعات من إعلان وزير الخارجية البحريني الدكتور عبد اللطيف "
            "الزياني، مساء أمس، في مؤتمر صحفي، أن المنامة ستعيد فتح سفارتها في دمشق.",
            "المنامة ستعيد",
            "عبد اللطيف الزياني",
        ),
        (
            "وجاء ذلك عقب إعلان وزير الدولة للشؤون الخارجية القطري الدكتور محمد الخليفي، في "
            "تصريح لقناة الجزيرة، أن الدوحة تلقت ردا إيجابيا من الطرفين.",
            "الدوحة تلقت",
            "محمد الخليفي",
        ),
    ],
)
def test_verbal_noun_owned_by_a_titled_name(text: str, said: str, speaker: str) -> None:
    # "إعلان وزير ... الدكتور X أن": the title, a style, then the name owns the noun
    assert _speaker_of(text, said) == speaker


def test_outlet_we_do_not_link_is_no_relay_by_its_state() -> None:
    # "في كلمة بثها تلفزيون الكويت": Kuwait's television carried it, not Kuwait
    text = (
        "وأعلن وزير الخارجية الكويتي الشيخ سالم عبد الله الجابر الصباح، في كلمة بثها "
        "تلفزيون الكويت، أن بلاده ستستضيف جولة جديدة من المحادثات."
    )
    vias = [via for said, (_s, via) in _said(text).items() if said.startswith("بلاده")]
    assert vias and vias[0] != "Kuwait"


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "وأكد الرئيس الأمريكي دونالد ترامب للصحفيين في البيت الأبيض أنه سيتحدث مع بوتين "
            "هذا الأسبوع.",
            "أنه سيتحدث",
            "Donald Trump",
        ),
        (
            "وأكد الرئيس الأمريكي دونالد ترامب للصحفيين أنه سيفرض رسوما جديدة على الصين.",
            "أنه سيفرض",
            "Donald Trump",
        ),
        (
            "واعتبر وزير الخارجية الإيراني عباس عراقجي لوسائل الإعلام في طهران أنها خطوة "
            "استفزازية.",
            "أنها خطوة",
            "Abbas Araghchi",
        ),
    ],
)
def test_those_told_are_not_the_content(text: str, said: str, speaker: str) -> None:
    # "أكد X للصحفيين (في البيت الأبيض) أنه": the content starts at the complementiser
    assert _speaker_of(text, said) == speaker


def test_complementiser_of_a_relative_clause_is_not_the_content() -> None:
    # "دعا للحوار الذي من شأنه أن يخفف": the call is for the dialogue, not for "easing"
    text = "ودعا الرئيس الفرنسي إيمانويل ماكرون للحوار الذي من شأنه أن يخفف التوتر في المنطقة."
    assert _speaker_of(text, "للحوار") == "Emmanuel Macron"


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "وأعلنت قوات الدعم السريع سيطرتها على مدينة بابنوسة. وقالت القوات في بيان إنها "
            "ستحمي المدنيين.",
            "إنها ستحمي",
            "Rapid Support Forces",
        ),
        (  # the denial, and the verb coordinated with it, are the body's, not the accuser's
            "اتهمت الحكومة السودانية قوات الدعم السريع بارتكاب مجازر في الجنينة، فيما نفت "
            "القوات هذه الاتهامات ووصفتها بأنها مفبركة.",
            "بأنها مفبركة",
            "Rapid Support Forces",
        ),
    ],
)
def test_bare_head_noun_takes_up_the_body_named_with_it(text: str, said: str, speaker: str) -> None:
    # "قوات الدعم السريع" ... "وقالت القوات": the forces named before, alone with the article
    assert _speaker_of(text, said) == speaker


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "الرياض (واس) - أكد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد "
            "رئيس مجلس الوزراء، خلال اتصال هاتفي تلقاه من الرئيس الفرنسي إيمانويل ماكرون، حرص "
            "المملكة على دعم الأمن والاستقرار في المنطقة.",
            "حرص المملكة",
            "Mohammed bin Salman",
        ),
    ],
)
def test_titles_after_the_name_are_not_the_content(text: str, said: str, speaker: str) -> None:
    # "الأمير X ولي العهد رئيس مجلس الوزراء، خلال اتصال ...، حرص": his titles, then the
    # occasion, then what he stressed
    assert _speaker_of(text, said) == speaker


_CHAD = (
    "وقال المتحدث باسم الحكومة الانتقالية في تشاد العقيد إسماعيل عبد الرحيم إن نجامينا "
    "تطرد السفير. وانتقد عبد الرحيم «الموقف المتعالي» الذي أبدته باريس، مؤكدا أن تشاد "
    "دولة ذات سيادة."
)


def test_compound_family_name_speaks() -> None:
    # "إسماعيل عبد الرحيم" ... "وانتقد عبد الرحيم": both halves of the family name
    assert _speaker_of(_CHAD, "«الموقف المتعالي»") == "إسماعيل عبد الرحيم"


def test_quoted_head_of_an_object_goes_on_into_its_relative_clause() -> None:
    # 'انتقد X «الموقف المتعالي» الذي أبدته باريس': the object with its clause, not the
    # quoted words alone
    assert "«الموقف المتعالي» الذي أبدته باريس" in _said(_CHAD)


def test_participle_after_a_relative_verb_is_not_its_content() -> None:
    # "الذي أبدته باريس، مؤكدا أن": Paris expressed the stance; the participle is the
    # spokesman's, and Paris says nothing here
    said = _said(_CHAD)
    assert said.get("تشاد دولة ذات سيادة", ("",))[0] == "إسماعيل عبد الرحيم"
    assert all(speaker != "France" for speaker, _via in said.values())


def test_two_word_family_name_with_those_told() -> None:
    # "أبو الحسن محمود علي" ... "وأوضح محمود علي للصحفيين أن": the last two words of the
    # name, then those told
    text = (
        "ووقع عن الجانب البنغالي وزير الخارجية أبو الحسن محمود علي مذكرة تفاهم مع الهند. "
        "وأوضح محمود علي للصحفيين في نيودلهي أن دكا ستواصل التعاون في مكافحة الإرهاب."
    )
    assert _speaker_of(text, "دكا ستواصل") == "أبو الحسن محمود علي"


def test_object_with_its_own_ala_goes_on_into_the_quotation() -> None:
    # "أعلنت X موافقة Y على استقبال قوات «...»": the preposition is the object's, not an
    # occasion ("على هامش"); the claim is the whole object up to the quoted words
    text = (
        "وكانت وزارة الدفاع البولندية قد أعلنت، مساء الخميس، موافقة الحكومة على نشر قوات "
        "أمريكية إضافية على أراضي البلاد «لتعزيز الردع على الجناح الشرقي للحلف»."
    )
    said = _said(text)
    assert any(t.startswith("موافقة الحكومة على نشر") for t in said), said


def test_motive_after_the_quoted_words_is_not_the_claim() -> None:
    # "... «بأثر فوري»، احتجاجا على ...": the writer tells why; the claim ends at the quote
    text = (
        "وأعلنت وزارة الخارجية الجزائرية، أمس، موافقة الحكومة على تجميد التعاون الأمني "
        "«حتى إشعار آخر»، احتجاجا على تصريحات وزير الداخلية الفرنسي."
    )
    said = _said(text)
    assert any(t.endswith("«حتى إشعار آخر»") for t in said), said
    assert not any("احتجاجا" in t for t in said)


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (  # the one named after the resumptive pronoun speaks, not the sentence's subject
            "وتلقى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الفرنسي إيمانويل "
            "ماكرون، أكد خلاله الرئيس الفرنسي دعم باريس للجهود المصرية.",
            "دعم باريس",
            "Emmanuel Macron",
        ),
        (  # a bare title there takes up the sentence's subject
            "وأجرى أمير قطر اتصالا بالرئيس الأمريكي دونالد ترامب، أكد خلاله الأمير ضرورة وقف "
            "الحرب في غزة.",
            "ضرورة وقف",
            "Tamim bin Hamad Al Thani",
        ),
        (  # and so does an honorific pronoun
            "وأجرى أمير قطر الشيخ تميم بن حمد آل ثاني اتصالا بالرئيس الأمريكي دونالد ترامب، "
            "أكد خلاله سموه ضرورة وقف الحرب في غزة.",
            "ضرورة وقف",
            "Tamim bin Hamad Al Thani",
        ),
    ],
)
def test_subject_after_the_resumptive_pronoun(text: str, said: str, speaker: str) -> None:
    # "، أكد خلاله X": the occasion's pronoun, then the verb's own subject
    assert _speaker_of(text, said) == speaker


_TURKEY = (
    "وقال الرئيس التركي رجب طيب أردوغان إن أنقرة ستواصل عملياتها. وفي سياق متصل، التقى "
    "وزير الخارجية التركي هاكان فيدان نظيره العراقي فؤاد حسين في بغداد. و{verb} أن البلدين "
    "سيعززان التعاون الأمني."
)


def test_pro_drop_goes_on_with_the_man_who_acted_just_before() -> None:
    # the minister met his counterpart in the sentence before: "وأكد" is his, not the
    # president's who spoke two sentences back
    assert _speaker_of(_TURKEY.format(verb="أكد"), "البلدين") == "Hakan Fidan"


def test_added_goes_on_with_the_latest_speaker() -> None:
    # "وأضاف": adds to what the latest speaker said
    assert _speaker_of(_TURKEY.format(verb="أضاف"), "البلدين") == "Recep Tayyip Erdoğan"


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (  # a feminine verb passes over the man who spoke last to the woman before him
            "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو ستدرس الرد. وقال "
            "وزير الخارجية سيرغي لافروف إن روسيا منفتحة على الحوار. وأضافت أن الغرب يتحمل "
            "المسؤولية.",
            "الغرب يتحمل",
            "Maria Zakharova",
        ),
        (  # a masculine verb after a ministry's statement: the statement (البيان) added
            "وقال وزير الخارجية المصري بدر عبد العاطي إن القاهرة ترفض التهجير. من جهتها، "
            "قالت وزارة الخارجية الأردنية في بيان إن عمان تدعم الموقف المصري. وأضاف أن "
            "الأردن سيشارك في مؤتمر إعادة الإعمار.",
            "الأردن سيشارك",
            "Jordanian Ministry of Foreign Affairs",
        ),
        (  # a masculine verb passes over the woman who spoke last to the man before her
            "وقال وزير الخارجية الإيراني عباس عراقجي إن طهران لن تتفاوض تحت الضغط. وقالت "
            "المتحدثة باسم الحكومة فاطمة مهاجراني إن الحكومة تدعم الوزير. وأضاف أن إيران "
            "مستعدة لاتفاق عادل.",
            "إيران مستعدة",
            "Abbas Araghchi",
        ),
        (  # the latest speaker fits: it goes on
            "قالت وزارة الخارجية القطرية إن الدوحة تواصل وساطتها. وأضاف المتحدث باسم الوزارة "
            "ماجد الأنصاري أن المفاوضات مستمرة. وأكدت الوزارة أن قطر لن تتخلى عن دورها.",
            "المفاوضات مستمرة",
            "Majed al-Ansari",
        ),
    ],
)
def test_pro_drop_verb_agrees_with_its_speaker(text: str, said: str, speaker: str) -> None:
    # "وأضافت" / "وأضاف": the verb's gender picks among the speakers of the last sentences
    assert _speaker_of(text, said) == speaker
