"""Speakers, spans and `about` of statements, session 5 (issue #3): a cue audit of Arabic and
English wire copy (every common attribution verb and noun, in its perfect, imperfect,
feminine and participle forms), relays that repeat the agency's acronym, statements of an
"بيان لـ X", styles of address before a title, SVO after a complementiser, participles of
a subordinate clause's subject, "with X saying", reduced relatives ("a resolution calling
for"), speakers after the content, partial quotations inside a clause, and the author of
"the attack" a statement speaks of.

All sentences are written for these tests in news style.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.models import Article, Extraction


def run(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, text=text, published=date(2025, 2, 3)))


def said(x: Extraction) -> list[tuple[str, str]]:
    """(speaker label, content) of every statement, in order."""
    return [(x.entity(q.speaker).label, q.text) for q in x.quotes]


def speaker_of(x: Extraction, fragment: str) -> str:
    """The speaker of the shortest statement holding ``fragment`` (the inner one of a
    statement reported inside another)."""
    hits = sorted((len(q.text), x.entity(q.speaker).label) for q in x.quotes if fragment in q.text)
    assert hits, f"no statement holds {fragment!r}: {said(x)}"
    return hits[0][1]


# ------------------------------------------------------------------------- cue audit

MACRON = "الرئيس الفرنسي إيمانويل ماكرون"
JORDAN_MFA = "وزارة الخارجية الأردنية"
PARIS = "باريس ستواصل دعم الحوار"
AMMAN = "عمّان ترفض أي مساس بالوضع القائم"

AR_CUES = [
    # perfect, masculine and feminine; imperfect
    (f"وقال {MACRON} إن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"وقالت {JORDAN_MFA} إن {AMMAN}.", "Jordanian Ministry of Foreign Affairs", AMMAN),
    (f"ويقول {MACRON} إن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"وأكد {MACRON} أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"وأكدت {JORDAN_MFA} أن {AMMAN}.", "Jordanian Ministry of Foreign Affairs", AMMAN),
    (f"ويؤكد {MACRON} أن {PARIS}.", "Emmanuel Macron", PARIS),
    ("وتؤكد ألمانيا أن الحل السياسي هو الطريق الوحيد.", "Germany", "الحل السياسي"),
    (f"وأضاف {MACRON} أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"وأضافت {JORDAN_MFA} أن {AMMAN}.", "Jordanian Ministry of Foreign Affairs", AMMAN),
    (f"ويضيف {MACRON} أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"وأوضح {MACRON} أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"وأوضحت {JORDAN_MFA} أن {AMMAN}.", "Jordanian Ministry of Foreign Affairs", AMMAN),
    (f"وأشار {MACRON} إلى أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"وأشارت {JORDAN_MFA} إلى أن {AMMAN}.", "Jordanian Ministry of Foreign Affairs", AMMAN),
    (f"وشدد {MACRON} على أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"وشددت {JORDAN_MFA} على أن {AMMAN}.", "Jordanian Ministry of Foreign Affairs", AMMAN),
    (f"ولفت {MACRON} إلى أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"واعتبر {MACRON} أن القرار خطوة صحيحة.", "Emmanuel Macron", "القرار خطوة"),
    (
        f"واعتبرت {JORDAN_MFA} أن القرار خطوة صحيحة.",
        "Jordanian Ministry of Foreign Affairs",
        "القرار خطوة",
    ),
    (f"ورأى {MACRON} أن القرار خطوة صحيحة.", "Emmanuel Macron", "القرار خطوة"),
    (f"وحذر {MACRON} من أن التصعيد سيقود إلى حرب.", "Emmanuel Macron", "التصعيد سيقود"),
    (
        f"وحذرت {JORDAN_MFA}، الثلاثاء، من أن التصعيد سيقود إلى حرب.",
        "Jordanian Ministry of Foreign Affairs",
        "التصعيد سيقود",
    ),
    (f"ودعا {MACRON} إلى وقف فوري لإطلاق النار.", "Emmanuel Macron", "وقف فوري"),
    (
        f"ودعت {JORDAN_MFA} إلى وقف فوري لإطلاق النار.",
        "Jordanian Ministry of Foreign Affairs",
        "وقف فوري",
    ),
    (f"وطالب {MACRON} بوقف فوري لإطلاق النار.", "Emmanuel Macron", "وقف فوري"),
    (
        f"وطالبت {JORDAN_MFA} بوقف فوري لإطلاق النار.",
        "Jordanian Ministry of Foreign Affairs",
        "وقف فوري",
    ),
    (f"وأعرب {MACRON} عن قلقه البالغ من التصعيد.", "Emmanuel Macron", "قلقه البالغ"),
    (f"وأردف {MACRON} أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"ونوه {MACRON} إلى أن {PARIS}.", "Emmanuel Macron", PARIS),
    # condemnation convention (S10-H14, test_condemnation_convention.py): a plain object is no
    # statement (test_arabic_condemning_cue_with_a_plain_object_is_no_statement below);
    # with a "بوصفه" evaluation it is
    (
        f"واستنكرت {JORDAN_MFA} اقتحام المستوطنين للمسجد الأقصى بوصفه استفزازا.",
        "Jordanian Ministry of Foreign Affairs",
        "اقتحام المستوطنين",
    ),
    # participles (حال) continuing the subject of the main verb
    (f"ورحب {MACRON} بالاتفاق، مؤكداً أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"ورحب {MACRON} بالاتفاق، مشدداً على أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"ورحب {MACRON} بالاتفاق، مضيفاً أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"ورحب {MACRON} بالاتفاق، مشيراً إلى أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"ورحب {MACRON} بالاتفاق، لافتاً إلى أن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"ورحب {MACRON} بالاتفاق، محذراً من أن التصعيد سيقود إلى حرب.", "Emmanuel Macron", "التصعيد"),
    (f"ورحب {MACRON} بالاتفاق، داعياً إلى وقف فوري لإطلاق النار.", "Emmanuel Macron", "وقف فوري"),
    (
        f"ورحبت {JORDAN_MFA} بالاتفاق، مؤكدةً أن {AMMAN}.",
        "Jordanian Ministry of Foreign Affairs",
        AMMAN,
    ),
    # relays, sources and occasions
    (f"ونقلت وكالة الأنباء الفرنسية عن {MACRON} قوله إن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"وبحسب {JORDAN_MFA}، فإن {AMMAN}.", "Jordanian Ministry of Foreign Affairs", AMMAN),
    (f"ووفق {JORDAN_MFA}، فإن {AMMAN}.", "Jordanian Ministry of Foreign Affairs", AMMAN),
    (f"وقال {MACRON} في تصريح صحفي إن {PARIS}.", "Emmanuel Macron", PARIS),
    (f"وقالت {JORDAN_MFA} في بيان إن {AMMAN}.", "Jordanian Ministry of Foreign Affairs", AMMAN),
    (f"وقال {MACRON} في كلمة ألقاها أمام البرلمان إن {PARIS}.", "Emmanuel Macron", PARIS),
]

SCHOLZ = "German Chancellor Olaf Scholz"
SPAIN_MFA = "Spain's foreign ministry"
BERLIN = "Berlin would keep supporting the talks"

EN_CUES = [
    (f"{SCHOLZ} said {BERLIN}.", "Olaf Scholz", BERLIN),
    (f"{SCHOLZ} says Berlin will keep supporting the talks.", "Olaf Scholz", "Berlin will"),
    (f"{SCHOLZ} told reporters that {BERLIN}.", "Olaf Scholz", BERLIN),
    (f"{SCHOLZ} added that {BERLIN}.", "Olaf Scholz", BERLIN),
    (f"{SCHOLZ} stressed that {BERLIN}.", "Olaf Scholz", BERLIN),
    (f"{SCHOLZ} warned that escalation could lead to war.", "Olaf Scholz", "escalation"),
    (f"{SCHOLZ} warns that escalation could lead to war.", "Olaf Scholz", "escalation"),
    (f"{SCHOLZ} urged both sides to return to the table.", "Olaf Scholz", "both sides"),
    (f"{SCHOLZ} insisted that {BERLIN}.", "Olaf Scholz", BERLIN),
    (f"{SCHOLZ} noted that {BERLIN}.", "Olaf Scholz", BERLIN),
    (f"{SCHOLZ} argued that {BERLIN}.", "Olaf Scholz", BERLIN),
    (f"{SCHOLZ} conceded that the talks had stalled.", "Olaf Scholz", "the talks had stalled"),
    (
        f"{SPAIN_MFA} complained that the talks had stalled.",
        "Spanish Ministry of Foreign Affairs",
        "stalled",
    ),
    (
        f"The talks had stalled, according to {SPAIN_MFA}.",
        "Spanish Ministry of Foreign Affairs",
        "stalled",
    ),
    (
        f"{SPAIN_MFA} said in a statement that the talks had stalled.",
        "Spanish Ministry of Foreign Affairs",
        "stalled",
    ),
    (f"Reuters quoted {SCHOLZ} as saying that {BERLIN}.", "Olaf Scholz", BERLIN),
    (f"{SCHOLZ} welcomed the deal, saying {BERLIN}.", "Olaf Scholz", BERLIN),
    (f"{SCHOLZ} welcomed the deal, adding that {BERLIN}.", "Olaf Scholz", BERLIN),
    (f"{SCHOLZ} welcomed the deal, stressing that {BERLIN}.", "Olaf Scholz", BERLIN),
    (
        f'{SCHOLZ} spoke in Berlin. "Who will pay for this?" he asked.',
        "Olaf Scholz",
        "Who will pay",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), AR_CUES, ids=[r[0][:24] for r in AR_CUES])
def test_arabic_wire_cue_gives_its_speaker_and_content(
    text: str, speaker: str, content: str
) -> None:
    assert speaker_of(run(text, "ar"), content) == speaker


def test_arabic_condemning_cue_with_a_plain_object_is_no_statement() -> None:
    # condemnation convention (S10-H14): "استنكرت X <noun phrase>" names the act, no claim
    x = run(f"واستنكرت {JORDAN_MFA} اقتحام المستوطنين للمسجد الأقصى.", "ar")
    assert not [q for q in x.quotes if "اقتحام المستوطنين" in q.text]


@pytest.mark.parametrize(("text", "speaker", "content"), EN_CUES, ids=[r[0][-28:] for r in EN_CUES])
def test_english_wire_cue_gives_its_speaker_and_content(
    text: str, speaker: str, content: str
) -> None:
    assert speaker_of(run(text, "en"), content) == speaker


def test_a_participle_after_a_that_clause_is_a_statement_of_its_own() -> None:
    x = run(f"{SCHOLZ} welcomed the deal, stressing that {BERLIN}.", "en")
    assert not any("stressing" in q.text for q in x.quotes)


# ------------------------------------------------------------------------- Arabic frames


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'ونقلت وكالة الأنباء الإيرانية "إرنا" عن الرئيس الإيراني مسعود بزشكيان قوله إن '
            "طهران منفتحة على الحوار، داعياً إلى رفع العقوبات.",
            "Masoud Pezeshkian",
            "طهران منفتحة",
        ),
        (
            'ونقلت وكالة الأنباء الإيرانية "إرنا" عن الرئيس الإيراني مسعود بزشكيان قوله إن '
            "طهران منفتحة على الحوار، داعياً إلى رفع العقوبات.",
            "Masoud Pezeshkian",
            "رفع العقوبات",
        ),
        (
            "ونقلت وكالة الأنباء الأردنية (بترا) عن الملك عبدالله الثاني قوله إن الأردن "
            "يرفض التهجير.",
            "Abdullah II of Jordan",
            "الأردن يرفض",
        ),
    ],
)
def test_relay_speaker_follows_an_and_the_acronym_names_the_agency(
    text: str, speaker: str, content: str
) -> None:
    assert speaker_of(run(text, "ar"), content) == speaker


def test_relay_of_a_name_we_do_not_know_is_not_the_agency_statement() -> None:
    x = run(
        'ونقلت وكالة الأنباء القطرية "قنا" عن الدكتور سالم بن راشد المهندي المتحدث باسم '
        "اللجنة قوله إن الاجتماع سيعقد الأسبوع المقبل.",
        "ar",
    )
    assert all("Agency" not in label for label, _ in said(x))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "ولم تتخذ قطر وسلطنة عُمان خطوات مماثلة. وأوضح بيان لوزارة الخارجية الكويتية، "
            "نقلته وكالة الأنباء الكويتية (كونا)، أن القرار جاء بعد تصريحات مسيئة.",
            "Kuwaiti Ministry of Foreign Affairs",
            "القرار جاء",
        ),
        (
            "وقال بيان صادر عن وزارة الخارجية المصرية إن القاهرة ترفض التصعيد في البحر الأحمر.",
            "Egyptian Ministry of Foreign Affairs",
            "القاهرة ترفض",
        ),
        (
            "وأوضح بيان الكرملين أن الرئيس الروسي بحث الأزمة مع نظيره التركي.",
            "Moscow Kremlin",
            "الرئيس الروسي بحث",
        ),
    ],
)
def test_a_statement_noun_speaks_for_its_owner(text: str, speaker: str, content: str) -> None:
    x = run(text, "ar")
    assert speaker_of(x, content) == speaker
    assert not any(content in q.text and q.text.startswith(("ل", "نقلته")) for q in x.quotes)


def test_an_unowned_statement_noun_is_not_the_last_speaker() -> None:
    x = run(
        "وقال وزير الخارجية المصري بدر عبد العاطي إن القاهرة تتابع التطورات. "
        "وقال بيان إن الاجتماع المقبل سيعقد في الرياض.",
        "ar",
    )
    assert not any("الاجتماع المقبل" in c for _, c in said(x))


def test_a_style_of_address_before_a_title_does_not_hide_the_speaker() -> None:
    x = run(
        "وصل الشيخ محمد بن زايد آل نهيان رئيس الدولة إلى عمّان. وأكد صاحب السمو رئيس الدولة "
        "خلال لقائه العاهل الأردني دعم الإمارات الكامل للأردن، مشدداً سموه على أن أمن الأردن "
        "من أمن المنطقة.",
        "ar",
    )
    assert speaker_of(x, "دعم الإمارات") == "Mohamed bin Zayed Al Nahyan"
    assert speaker_of(x, "أمن الأردن") == "Mohamed bin Zayed Al Nahyan"


def test_his_highness_is_a_person_not_the_ministry_that_spoke_last() -> None:
    x = run(
        "وأكد الشيخ محمد بن زايد آل نهيان رئيس الدولة دعم الإمارات للبحرين. واعتبرت وزارة "
        "الخارجية الإماراتية في بيان أن الهجوم يمثل تصعيداً خطيراً. وأجرى سموه مساء أمس اتصالاً "
        "هاتفياً مع ملك البحرين، أعرب خلاله عن تضامن الإمارات الكامل مع المنامة.",
        "ar",
    )
    assert speaker_of(x, "تضامن الإمارات") == "Mohamed bin Zayed Al Nahyan"


def test_after_a_complementiser_the_name_before_the_verb_is_its_subject() -> None:
    x = run(
        "وذكرت الرئاسة التركية في بيان أن الرئيس التركي رجب طيب أردوغان أبلغ الرئيس الروسي "
        "فلاديمير بوتين خلال الاتصال بأن أنقرة مستعدة لاستضافة المحادثات.",
        "ar",
    )
    assert speaker_of(x, "أنقرة مستعدة") == "Recep Tayyip Erdoğan"


def test_an_arabic_while_clause_with_its_own_subject_ends_the_content() -> None:
    x = run(
        "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً مع العاهل الأردني، أعرب خلاله "
        "عن تضامن مصر مع الأردن، فيما أجرى وزير الخارجية المصري بدر عبد العاطي اتصالاً مماثلاً "
        "مع نظيره الأردني.",
        "ar",
    )
    content = next(q.text for q in x.quotes if "تضامن مصر" in q.text)
    assert "فيما" not in content


def test_a_participle_after_a_relative_clause_goes_with_the_main_subject() -> None:
    x = run(
        "وهاجم الرئيس التركي رجب طيب أردوغان تصريحات الرئيس الفرنسي إيمانويل ماكرون التي "
        "انتقد فيها سياسة أنقرة في ليبيا، معتبراً أن باريس تدعم الانقلابيين.",
        "ar",
    )
    assert speaker_of(x, "باريس تدعم") == "Recep Tayyip Erdoğan"


def test_a_relative_clause_on_the_speaker_keeps_the_speaker() -> None:
    x = run(
        "ووقّع رئيس الوزراء الإسرائيلي بنيامين نتنياهو الاتفاق، الذي وصفه بأنه إنجاز كبير، "
        "معتبراً أن إسرائيل حققت أهدافها.",
        "ar",
    )
    assert speaker_of(x, "إسرائيل حققت") == "Benjamin Netanyahu"


# ------------------------------------------------------------------------- English frames


def test_a_participle_takes_the_subject_of_the_when_clause() -> None:
    x = run(
        "The row began on Monday when Venezuelan President Nicolas Maduro refused to let two "
        "U.S. aircraft land, saying Caracas would not accept the flights.",
        "en",
    )
    assert speaker_of(x, "Caracas would not") == "Nicolas Maduro"


def test_with_x_saying_is_x_statement_and_closes_the_one_before() -> None:
    x = run(
        "Germany condemned the missile strikes, with government spokesman Steffen Hebestreit "
        "saying Moscow had crossed a line.",
        "en",
    )
    assert speaker_of(x, "Moscow had crossed") == "Steffen Hebestreit"
    assert not any("Hebestreit" in q.text for q in x.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Germany backed a resolution calling for an immediate ceasefire in Sudan.",
        "An amendment put forward by Brazil and Mexico calling for a ban on arms sales failed.",
    ],
)
def test_a_participle_of_a_noun_is_no_statement(text: str) -> None:
    assert run(text, "en").quotes == []


def test_a_participle_after_a_document_noun_is_its_author_statement() -> None:
    x = run("Trump posted a message on Truth Social saying the tariffs would stay in place.", "en")
    assert speaker_of(x, "tariffs would stay") == "Donald Trump"


def test_a_speaker_after_the_content_and_its_apposition_ends_the_content() -> None:
    x = run(
        "Twelve people were killed when a shell hit a market in the city, Oleh Syniehubov, the "
        "regional governor, told state television, adding that rescuers were still at work.",
        "en",
    )
    content = next(q.text for q in x.quotes if "Twelve people" in q.text)
    assert "Syniehubov" not in content and content.endswith("in the city")
    assert speaker_of(x, "rescuers were") == "Oleh Syniehubov"


def test_a_participle_after_the_reporting_clause_is_not_the_content() -> None:
    x = run(
        "Mexico agreed on Monday to send troops to the border, the White House said, averting "
        "tariffs hours before they were due to take effect.",
        "en",
    )
    assert said(x) == [("White House", "Mexico agreed on Monday to send troops to the border")]


def test_adding_after_an_indirect_content_is_a_second_statement() -> None:
    x = run(
        'Foreign Minister Takeshi Iwaya said Japan "strongly regrets" the launch, adding '
        "that Tokyo would work with Seoul and Washington.",
        "en",
    )
    first = next(q.text for q in x.quotes if "regrets" in q.text)
    assert "adding" not in first
    assert speaker_of(x, "Tokyo would work") == "Takeshi Iwaya"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Peru\'s foreign ministry said the "unilateral and unacceptable measures" were '
            "aimed at its fishing fleet.",
            'the "unilateral and unacceptable measures" were aimed at its fishing fleet',
        ),
        (
            'Spain\'s foreign ministry protested the "unacceptable treatment" of Spanish '
            "fishermen held in the port.",
            'the "unacceptable treatment" of Spanish fishermen held in the port',
        ),
    ],
)
def test_a_quotation_inside_a_noun_phrase_keeps_the_whole_clause(text: str, content: str) -> None:
    assert [c for _, c in said(run(text, "en"))] == [content]


# ------------------------------------------------------------------------- about


def test_the_attack_is_also_about_its_author_named_earlier() -> None:
    x = run(
        "شنت إسرائيل فجر أمس هجوماً على الدوحة. ووصف رئيس الوزراء القطري الشيخ محمد بن "
        "عبدالرحمن آل ثاني الاعتداء الإسرائيلي بأنه إرهاب دولة. وقال وزير الدولة القطري إن "
        "الاعتداء يمثل انتهاكاً صارخاً للقانون الدولي.",
        "ar",
    )
    q = next(q for q in x.quotes if "انتهاكاً صارخاً" in q.text)
    assert "Q801" in {x.entity(a).qid for a in q.about}


def test_the_strikes_are_about_the_state_that_carried_them_out() -> None:
    x = run(
        "Tehran launched missile attacks on Iraqi Kurdistan on Monday. The Iranian strikes hit "
        "the outskirts of Erbil. Iraq said the strikes were a violation of its sovereignty.",
        "en",
    )
    q = next(q for q in x.quotes if "violation" in q.text)
    assert "Iran" in {x.entity(a).label for a in q.about}


def test_the_attack_is_not_about_the_speaker_who_carried_it_out() -> None:
    x = run(
        "Israel struck targets in Lebanon overnight. The Israeli strikes hit a depot. Israel "
        "said the strikes targeted weapons stores.",
        "en",
    )
    q = next(q for q in x.quotes if "weapons stores" in q.text)
    assert "Israel" not in {x.entity(a).label for a in q.about}


# ------------------------------------------------------------------------- more frames


def test_an_opening_adverbial_is_not_the_content_of_the_verb_after_it() -> None:
    x = run(
        "In remarks to reporters, Chinese Foreign Minister Wang Yi said Beijing opposed the "
        "sanctions.",
        "en",
    )
    assert said(x) == [("Wang Yi", "Beijing opposed the sanctions")]


def test_a_department_reporting_what_its_minister_did_speaks_for_the_whole_clause() -> None:
    x = run(
        "Secretary of State Marco Rubio spoke by phone with Israeli Prime Minister Benjamin "
        "Netanyahu and urged restraint in Lebanon, the State Department said.",
        "en",
    )
    assert speaker_of(x, "Rubio spoke by phone") == "United States Department of State"


def test_a_news_agency_after_the_content_still_only_relays() -> None:
    x = run(
        "Russian Foreign Minister Sergei Lavrov said Moscow would respond, the TASS news agency "
        "reported.",
        "en",
    )
    assert [(q.text, x.entity(q.via).label if q.via else None) for q in x.quotes] == [
        ("Moscow would respond", "TASS")
    ]


def test_a_relative_clause_inside_a_statement_is_no_statement_of_its_own() -> None:
    x = run(
        "German Chancellor Olaf Scholz said Berlin would revive a gas deal with Norway that "
        "Moscow had criticised last year, and a 2015 declaration in which Paris expressed "
        "support for the pipeline.",
        "en",
    )
    assert [label for label, _ in said(x)] == ["Olaf Scholz"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara on "
            "Monday. The minister said Moscow was ready for talks on Ukraine.",
            "en",
        ),
        (
            "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في أنقرة. وقال الوزير إن موسكو "
            "مستعدة للمحادثات بشأن أوكرانيا.",
            "ar",
        ),
    ],
)
def test_the_minister_is_the_one_who_met_not_the_counterpart(text: str, lang: str) -> None:
    x = run(text, lang)
    assert [label for label, _ in said(x)] == ["Sergey Lavrov"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Israel accused Hezbollah of breaching the truce, while Beirut insisted the "
            "ceasefire was holding in the south.",
            "Lebanon",
            "the ceasefire was holding in the south",
        ),
        (
            "Kremlin spokesman Dmitry Peskov added Moscow would respond to any provocation.",
            "Dmitry Peskov",
            "Moscow would respond to any provocation",
        ),
    ],
)
def test_a_that_verb_takes_a_clause_without_that(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in said(run(text, "en"))


def test_a_that_verb_with_a_plain_object_is_no_statement() -> None:
    assert run("The ministry noted the importance of dialogue with Rwanda.", "en").quotes == []


def test_a_final_relative_clause_is_background_not_the_claim() -> None:
    x = run(
        "NATO said it would send more troops to the Kosovo force, which has around 4,500 "
        "soldiers on the ground.",
        "en",
    )
    assert [c for _, c in said(x)] == ["it would send more troops to the Kosovo force"]


def test_a_relative_aside_inside_the_subject_stays_in_the_claim() -> None:
    x = run(
        "Pakistan said Iran's envoy, who was visiting his home country, would not be allowed "
        "to return.",
        "en",
    )
    assert [c for _, c in said(x)] == [
        "Iran's envoy, who was visiting his home country, would not be allowed to return"
    ]


def test_which_he_said_is_an_aside_not_a_statement() -> None:
    x = run(
        "Japanese Prime Minister Shigeru Ishiba thanked Seoul for the early warning, which he "
        "said had given the coast guard time to prepare.",
        "en",
    )
    assert not any("coast guard" in c and "warning" not in c for _, c in said(x))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "وتبنى المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي العملية، متوعداً حزب الله بمزيد "
            "من الضربات.",
            "حزب الله بمزيد من الضربات",
        ),
        (
            "وأشاد الرئيس الصيني شي جين بينغ بالعلاقات مع مصر، مبدياً استعداد بلاده لتعزيز التعاون.",
            "استعداد بلاده لتعزيز التعاون",
        ),
    ],
)
def test_arabic_participles_of_threat_and_offer_continue_the_speaker(
    text: str, content: str
) -> None:
    assert content in [c for _, c in said(run(text, "ar"))]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالاً مع العاهل الأردني، أعرب خلاله عن "
            "تضامن مصر مع الأردن.",
            "عن تضامن مصر مع الأردن",
        ),
        (
            "في المقابل، أعربت وزارة الخارجية المغربية في بيان عن أسفها لهذا القرار.",
            "عن أسفها لهذا القرار",
        ),
        (
            "وأكد الرئيس المصري عبد الفتاح السيسي خلال لقائه العاهل الأردني دعم مصر الكامل للأردن.",
            "دعم مصر الكامل للأردن",
        ),
        (
            "وأكد الرئيس المصري عبد الفتاح السيسي خلال اتصال هاتفي مع العاهل الأردني دعم مصر "
            "الكامل للأردن.",
            "دعم مصر الكامل للأردن",
        ),
    ],
)
def test_an_arabic_adjunct_before_the_object_is_not_content(text: str, content: str) -> None:
    assert [c for _, c in said(run(text, "ar"))] == [content]


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "Russian Foreign Minister Sergei Lavrov was quoted by TASS as saying that Moscow "
            "would respond.",
            "TASS",
        ),
        ("Russian Foreign Minister Sergei Lavrov was quoted as saying Moscow would respond.", None),
    ],
)
def test_was_quoted_as_saying_is_the_subject_statement(text: str, via: str | None) -> None:
    x = run(text, "en")
    assert [
        (x.entity(q.speaker).label, q.text, x.entity(q.via).label if q.via else None)
        for q in x.quotes
    ] == [("Sergey Lavrov", "Moscow would respond", via)]


def test_both_neighbours_are_the_two_states_just_named() -> None:
    x = run(
        "Armenia and Azerbaijan traded fire overnight. Russian Foreign Minister Sergei Lavrov "
        "said both neighbours should return to talks.",
        "en",
    )
    q = next(q for q in x.quotes if "both neighbours" in q.text)
    assert {"Armenia", "Azerbaijan"} <= {x.entity(a).label for a in q.about}


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وجاء في بيان لوزارة الخارجية الأردنية أن عمّان ترفض أي مساس بالوضع القائم.",
            "Jordanian Ministry of Foreign Affairs",
            "عمّان ترفض",
        ),
        (
            "وقالت وزارة الخارجية الأردنية في بيان إن الاعتداء مدان. وجاء في البيان أن عمّان "
            "ترفض أي مساس بالوضع القائم.",
            "Jordanian Ministry of Foreign Affairs",
            "عمّان ترفض",
        ),
        (
            "وبحسب بيان صادر عن وزارة الخارجية المصرية، فإن القاهرة ترفض التصعيد.",
            "Egyptian Ministry of Foreign Affairs",
            "القاهرة ترفض التصعيد",
        ),
    ],
)
def test_it_came_in_a_statement_of_x_is_x_statement(text: str, speaker: str, content: str) -> None:
    assert speaker_of(run(text, "ar"), content) == speaker


def test_a_statement_noun_with_no_owner_names_no_speaker_after_it() -> None:
    assert run("وجاء في البيان أن عمّان ترفض أي مساس بالوضع القائم.", "ar").quotes == []


def test_according_to_a_statement_opening_a_sentence_is_not_the_content() -> None:
    x = run(
        "According to a statement from the Egyptian foreign ministry, Cairo rejected the plan.",
        "en",
    )
    assert not any(c.startswith("According") for _, c in said(x))


def test_a_long_occasion_adjunct_before_that_is_not_the_content() -> None:
    x = run(
        "French President Emmanuel Macron said on Monday during a joint news conference with "
        "Egyptian President Abdel Fattah al-Sisi in Cairo that Paris would keep supporting "
        "the talks.",
        "en",
    )
    assert said(x) == [("Emmanuel Macron", "Paris would keep supporting the talks")]


@pytest.mark.parametrize("deputy", ["نائب", "مساعد", "وكيل"])
def test_a_deputy_title_chain_before_a_name_still_gives_the_speaker(deputy: str) -> None:
    x = run(
        f"وقال {deputy} رئيس الوزراء وزير الخارجية النيجيري يوسف توغار إن بلاده تدعم الوساطة.",
        "ar",
    )
    assert speaker_of(x, "بلاده تدعم الوساطة") == "يوسف توغار"


def test_a_long_title_chain_with_a_lineage_name_still_gives_the_speaker() -> None:
    x = run(
        "وقال رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني"
        " إن الدوحة ماضية في جهود التهدئة بين الجانبين.",
        "ar",
    )
    assert speaker_of(x, "الدوحة ماضية") == "Mohammed bin Abdulrahman Al Thani"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Turkish embassy in Athens said the ferry had left port without permission.",
            "Turkish Embassy",
        ),
        (
            "The U.S. embassy in Nairobi said the consular section would reopen on Monday.",
            "American Embassy",
        ),
    ],
)
def test_an_office_posted_in_a_capital_speaks_not_the_capital(text: str, speaker: str) -> None:
    x = run(text, "en")
    assert [x.entity(q.speaker).label for q in x.quotes] == [speaker]


def test_people_in_a_capital_are_not_an_office_posted_there() -> None:
    assert run("Protesters in Athens said they would march again on Friday.", "en").quotes == []


def test_quoted_words_inside_a_bare_reported_clause_keep_the_whole_clause() -> None:
    x = run('Foreign Minister Penny Wong said Canberra would answer "in kind".', "en")
    assert said(x) == [("Penny Wong", 'Canberra would answer "in kind"')]
    assert not x.quotes[0].direct


def test_a_long_which_aside_between_a_state_and_its_cue_is_skipped() -> None:
    x = run(
        "Sudan, which has been locked in a dispute with Ethiopia over a giant Nile dam for"
        " years, said it stood firmly behind Cairo.",
        "en",
    )
    assert said(x) == [("Sudan", "it stood firmly behind Cairo")]


def test_a_commerce_ministry_speaks_and_is_referred_back_to() -> None:
    x = run(
        "India's commerce ministry said the duties would take effect on Friday. The ministry"
        " said the subsidies had hurt domestic producers.",
        "en",
    )
    assert {x.entity(q.speaker).label for q in x.quotes} == {"Indian Ministry of Commerce"}
    assert len(x.quotes) == 2
