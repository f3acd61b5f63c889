"""Statement constructions beyond the error-pattern list: who speaks and what the content is.

Every sentence is written for this file (news style); each test names the general
construction it proves.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.models import Article, EntityType, Extraction


def run(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, text=text, published=date(2024, 5, 1)))


def said(x: Extraction) -> list[tuple[str, str, bool]]:
    """(speaker label, content, direct) of every statement."""
    return [(x.entity(q.speaker).label, q.text, q.direct) for q in x.quotes]


def speakers_of(x: Extraction, fragment: str) -> set[str]:
    return {s for s, t, _ in said(x) if fragment in t}


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "quoted"),
    [
        (
            'French President Emmanuel Macron condemned the bombing "in the strongest terms".',
            "en",
            "Emmanuel Macron",
            "in the strongest terms",
        ),
        (
            'ودان الرئيس الفرنسي إيمانويل ماكرون التفجير "بأشد العبارات"، وقال إن فرنسا تقف '
            "إلى جانب الأردن.",
            "ar",
            "Emmanuel Macron",
            "بأشد العبارات",
        ),
    ],
)
def test_a_quotation_closing_the_object_clause_is_the_direct_content(
    text: str, lang: str, speaker: str, quoted: str
) -> None:
    # 'condemned X "<words>".': the quoted words carry the claim.
    assert (speaker, quoted, True) in said(run(text, lang))


def test_a_verb_joined_after_a_closing_quotation_keeps_the_speaker() -> None:
    # 'وصف X الخطوة بأنها "..."، وحذر من أن ...': the second verb has the same subject.
    x = run(
        'ووصف وزير الخارجية التركي هاكان فيدان القرار بأنه "خطير"، وحذر من أن المنطقة قد '
        "تنزلق إلى حرب واسعة.",
        "ar",
    )
    assert speakers_of(x, "المنطقة قد تنزلق") == {"Hakan Fidan"}


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo has not said whether its coast guard will escort the vessels.",
        "The Kremlin did not say when the talks would resume.",
    ],
)
def test_a_negated_or_open_question_cue_makes_no_statement(text: str) -> None:
    assert said(run(text, "en")) == []


def test_a_that_followed_by_a_verb_opens_a_relative_clause() -> None:
    # "said X ran a state that was ...": the complement starts after the cue.
    x = run("Asked about the summit, Biden said Putin led a government that was corrupt.", "en")
    assert any(t.startswith("Putin led a government") for _, t, _ in said(x)), said(x)


def test_a_named_institution_after_a_state_possessive_speaks_for_itself() -> None:
    # "<State>'s <Capitalised Name> (ACRONYM)": an Organization of that state; the acronym
    # alone refers back to it.
    x = run(
        "Turkey's National Intelligence Organisation (MIT) said it had coordinated the "
        "exchange. MIT said seven countries had taken part.",
        "en",
    )
    for fragment in ("coordinated the exchange", "seven countries"):
        (speaker,) = [q.speaker for q in x.quotes if fragment in q.text]
        e = x.entity(speaker)
        assert e.type == EntityType.ORGANIZATION
        assert e.state is not None and x.entity(e.state).label == "Türkiye"


@pytest.mark.parametrize(
    ("text", "lang", "fragment", "speaker"),
    [
        (
            "Indian soldiers were killed in a clash with Chinese troops, the Indian army said. The "
            "army later said two more soldiers had died.",
            "en",
            "two more soldiers",
            "Indian Armed Forces",
        ),
        (
            "وقال الجيش الإسرائيلي إن صواريخ أطلقت من لبنان. وأضاف الجيش أن الدفاعات الجوية "
            "اعترضت معظمها.",
            "ar",
            "اعترضت معظمها",
            "Israeli Armed Forces",
        ),
    ],
)
def test_a_definite_body_noun_refers_to_the_latest_body_of_that_kind(
    text: str, lang: str, fragment: str, speaker: str
) -> None:
    assert speakers_of(run(text, lang), fragment) == {speaker}


def test_an_unqualified_ministry_under_a_dateline_is_the_home_states() -> None:
    x = run(
        "AMMAN — The Foreign Ministry said on Sunday that Jordan would not allow its airspace "
        "to be used in any attack.",
        "en",
    )
    (q,) = x.quotes
    e = x.entity(q.speaker)
    assert e.type == EntityType.ORGANIZATION and e.state is not None
    assert x.entity(e.state).label == "Jordan"


def test_an_honorific_pronoun_subject_carries_to_a_participle_cue() -> None:
    # "ووجّه سموه الشكر إلى Y ...، مؤكدا أن": the dignitary named before speaks, not Y.
    x = run(
        "وصل نائب رئيس الدولة الشيخ محمد بن راشد آل مكتوم إلى باريس أمس. ووجّه سموه الشكر إلى "
        "الرئيس الفرنسي إيمانويل ماكرون على حسن الاستقبال، مؤكدا أن العلاقات بين البلدين تشهد "
        "تطورا كبيرا.",
        "ar",
    )
    assert speakers_of(x, "العلاقات بين البلدين") == {"Mohammed bin Rashid Al Maktoum"}


def test_a_speech_verb_form_after_a_preposition_is_a_noun() -> None:
    # "معربا عن شكر العراق لـY على ...": "شكر" is the verbal noun; Y does not speak.
    x = run(
        "وقال وزير الخارجية العراقي فؤاد حسين إن بغداد ترفض أي تصعيد، معربا عن شكر العراق "
        "للرئيس الإيراني مسعود بزشكيان على دعمه جهود التهدئة.",
        "ar",
    )
    assert "Masoud Pezeshkian" not in {s for s, _, _ in said(x)}


def test_a_surname_alone_follows_the_person_named_in_full_over_a_gated_reading() -> None:
    # "عون" is a common noun and another Aoun's surname; after "ميشال عون" it is him.
    x = run(
        "وقّع الرئيس اللبناني ميشال عون أمس رسالة الموافقة على الاتفاق. وقال رئيس الوزراء "
        "الإسرائيلي يائير لابيد إن الاتفاق إنجاز. وقال عون في كلمة متلفزة عقب التوقيع إن لبنان "
        "استعاد حقوقه.",
        "ar",
    )
    (speaker,) = speakers_of(x, "لبنان استعاد حقوقه")
    assert "عون" in speaker or "Aoun" in speaker


def test_the_issuer_of_a_joint_statement_is_not_guessed() -> None:
    # "وأشار البيان إلى أن" after a joint statement of several states: no single speaker.
    x = run(
        "أعلنت مصر والأردن في بيان مشترك اتفاقهما على تنسيق المواقف. وأشار البيان إلى أن "
        "وزيري خارجية البلدين سيلتقيان الشهر المقبل.",
        "ar",
    )
    assert not speakers_of(x, "سيلتقيان")


def test_a_writers_comment_after_the_reported_clause_is_not_content() -> None:
    # "يتهم X Y بـ...، وهو ما نفته Y": the accusation is X's; "وهو ما نفته" is the writer's
    # comment and does not start a statement of its own.
    x = run("وتتهم موسكو كييف بتنفيذ الهجوم على الجسر، وهو ما نفته أوكرانيا مرارا.", "ar")
    assert said(x) == [("Russia", "كييف بتنفيذ الهجوم على الجسر", False)]


def test_the_warned_party_before_the_complementiser_is_not_content_but_is_talked_about() -> None:
    # "حذر X Y من أن ...": the content starts after "من أن"; Y is what it is about.
    x = run(
        "وحذر وزير الخارجية الإيراني عباس عراقجي إسرائيل من أن أي هجوم سيقابل برد حاسم.",
        "ar",
    )
    (q,) = x.quotes
    assert q.text == "أي هجوم سيقابل برد حاسم"
    assert "Israel" in {x.entity(a).label for a in q.about}


def test_a_rank_between_a_long_title_and_the_name_keeps_the_subject() -> None:
    x = run(
        "وحذر رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء عبد الرحيم موسوي "
        "الولايات المتحدة من أن قواعدها في المنطقة ستكون هدفا.",
        "ar",
    )
    assert speakers_of(x, "قواعدها في المنطقة") == {"عبد الرحيم موسوي"}


def test_a_coordinated_clause_after_a_comma_is_not_the_complement_of_a_verb_before() -> None:
    # "أن الأردن تابع باهتمام ...، وأنه يؤمن بأن ...": "تابع" (followed) is not a speech
    # verb here; the ministry says both.
    x = run(
        "وأكدت وزارة الخارجية الأردنية في بيان أن الأردن تابع باهتمام التطورات الجارية في "
        "المنطقة، وأنه يؤمن بأن هذه التطورات تخدم مصلحة الدول العربية.",
        "ar",
    )
    assert speakers_of(x, "تخدم مصلحة") == {"Jordanian Ministry of Foreign Affairs"}


def test_and_a_new_subject_with_a_speech_verb_ends_the_reported_clause() -> None:
    # "X said ..., and the newspaper said ...": two statements, not one.
    x = run(
        "A Wall Street Journal reporter was sentenced on Friday. The State Department said "
        "Russia was wrongfully holding him, and the newspaper said the charges were false.",
        "en",
    )
    by_state = [t for s, t, _ in said(x) if s == "United States Department of State"]
    assert by_state == ["Russia was wrongfully holding him"]
    assert speakers_of(x, "charges were false") == {"The Wall Street Journal"}


def test_news_outlets_are_not_what_a_statement_is_about() -> None:
    x = run(
        "MOSCOW, May 2, 2024 (AFP) - Russia expelled two Estonian diplomats, the RIA news "
        "agency reported, citing the foreign ministry.",
        "en",
    )
    labels = {x.entity(a).label for q in x.quotes for a in q.about}
    assert not labels & {"Agence France-Presse", "RIA Novosti", "France"}


@pytest.mark.parametrize(
    ("text", "lang", "fragment"),
    [
        (
            "وأعلنت روسيا والصين معارضتهما للخطوة، وقالتا إن القرار يقوض فرص الحل.",
            "ar",
            "القرار يقوض",
        ),
        ("Russia and China said the resolution would undermine diplomacy.", "en", "undermine"),
    ],
)
def test_coordinated_subjects_each_make_the_statement(text: str, lang: str, fragment: str) -> None:
    assert speakers_of(run(text, lang), fragment) == {"Russia", "China"}


def test_a_title_starting_with_waw_is_not_a_coordinated_subject() -> None:
    # "وطالب الرئيس التونسي وزير الخارجية بإبلاغ": the minister is the object, not a speaker.
    x = run(
        'وطالب الرئيس المصري عبد الفتاح السيسي وزير الخارجية بإبلاغ الوفود: "مصر لن تقبل '
        'بالتهجير".',
        "ar",
    )
    assert {s for s, _, _ in said(x)} <= {"Abdel Fattah el-Sisi"}


def test_a_participle_in_a_pluperfect_background_sentence_is_narration() -> None:
    # "وكانت الدول الأربع قد قطعت علاقاتها ...، متهمة إياها بـ": past events, not a statement.
    x = run(
        "وكانت السعودية والإمارات قد قطعتا علاقاتهما مع قطر عام 2017، متهمتين إياها بدعم الإرهاب.",
        "ar",
    )
    assert said(x) == []


def test_an_urging_verb_after_according_to_keeps_its_own_speaker() -> None:
    # "وبحسب X، حث Y Z على ...": Y urges; X relays.
    x = run(
        "وبحسب المتحدث باسم الكرملين دميتري بيسكوف، حث بوتين أردوغان على إبقاء الممرات "
        "البحرية مفتوحة.",
        "ar",
    )
    got = [(x.entity(q.speaker).label, x.entity(q.via).label if q.via else None) for q in x.quotes]
    assert ("Vladimir Putin", "Dmitry Peskov") in got
    assert "Dmitry Peskov" not in {s for s, _ in got}


@pytest.mark.parametrize(
    ("text", "lang", "claim", "name"),
    [
        (
            "وكتب رئيس الوزراء الأردني في تغريدة على «إكس» أن المملكة ستواصل دعم الأشقاء.",
            "ar",
            "المملكة ستواصل دعم الأشقاء",
            "إكس",
        ),
        (
            "وقال وزير الخارجية العراقي في حديث لصحيفة «الصباح» إن بغداد ترفض أي تدخل.",
            "ar",
            "بغداد ترفض أي تدخل",
            "الصباح",
        ),
        (
            'The Greek premier told the newspaper "Kathimerini" that Athens would veto the plan.',
            "en",
            "Athens would veto the plan",
            "Kathimerini",
        ),
    ],
)
def test_a_quoted_platform_or_outlet_name_is_not_the_statement(
    text: str, lang: str, claim: str, name: str
) -> None:
    contents = [t for _, t, _ in said(run(text, lang))]
    assert any(claim in t for t in contents)
    assert not [t for t in contents if t.strip() == name]


def test_a_quoted_alliance_name_is_no_statement() -> None:
    assert said(run("وأعلن البلدان تأسيس «مجلس التنسيق الأعلى» بينهما.", "ar")) == []


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Hezbollah fired rockets at northern Israel. The group said the strikes answered "
            "an Israeli raid.",
            "en",
            "Hezbollah",
        ),
        (
            "علقت الجامعة العربية عضوية سوريا عام 2011. وقالت المنظمة إن القرار جاء بعد فشل "
            "المبادرة.",
            "ar",
            "Arab League",
        ),
        (
            "أطلقت حركة حماس صواريخ على عسقلان. وقالت الحركة في بيان إن القصف رد على الغارات.",
            "ar",
            "Hamas",
        ),
    ],
)
def test_a_definite_group_noun_speaks_for_the_latest_group_of_its_kind(
    text: str, lang: str, speaker: str
) -> None:
    assert speaker in {s for s, _, _ in said(run(text, lang))}


def test_a_group_noun_without_a_group_named_before_is_nobody() -> None:
    x = run("The group of experts said the report was late.", "en")
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION]


def test_every_state_of_a_list_before_the_cue_speaks() -> None:
    x = run(
        "In a joint statement, Brazil, Mexico and the United States said the talks would "
        "continue in April.",
        "en",
    )
    speakers = speakers_of(x, "talks would continue")
    assert {"Brazil", "Mexico", "United States"} <= speakers
