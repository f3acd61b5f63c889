"""Recurring failure patterns found by error analysis on held-out articles.

Every sentence here is written for this file (news style, other events and actors than the
held-out set); each reproduces one general linguistic construction the extractor gets wrong.
The tests state what a correct extractor must produce; they are expected to fail until the
pattern is handled.  The ranked list of patterns with the number of held-out gold items each
accounts for is at the end of the file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from factories import relation_triples

from kg.extractors import extract
from kg.models import Article, EntityType, Extraction

OPEN = {
    line.strip()
    for line in (Path(__file__).parents[1] / "data" / "open_patterns.txt")
    .read_text("utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
}
"""Patterns not handled yet: expected to fail (non-strict), listed so that none is forgotten."""


@pytest.fixture(autouse=True)
def _open_pattern(request: pytest.FixtureRequest) -> None:
    if request.node.nodeid in OPEN:
        request.applymarker(pytest.mark.xfail(reason="open extraction pattern (issue #3)"))


def run(text: str, lang: str, published: date = date(2024, 5, 1)) -> Extraction:
    return extract(Article(id="t", lang=lang, text=text, published=published))


def triples(x: Extraction) -> set[tuple[str, str, str]]:
    """(subject label, type, object label); symmetric types in both orders."""
    return relation_triples(x)


def said(x: Extraction) -> list[tuple[str, str, str | None]]:
    """(speaker label, content span, via label) of every statement."""
    return [
        (x.entity(q.speaker).label, q.text, x.entity(q.via).label if q.via else None)
        for q in x.quotes
    ]


def speakers_of(x: Extraction, fragment: str) -> set[str]:
    return {s for s, text, _ in said(x) if fragment in text}


def body_speakers_of(x: Extraction, fragment: str, state: str) -> list[str]:
    """Labels of Organization speakers of `fragment` that belong to the State labelled `state`."""
    out = []
    for q in x.quotes:
        if fragment not in q.text:
            continue
        e = x.entity(q.speaker)
        if e.type == EntityType.ORGANIZATION and e.state and x.entity(e.state).label == state:
            out.append(e.label)
    return out


# ----------------------------------------------------------------------------- relations


@pytest.mark.parametrize(
    ("text", "lang", "members", "partner"),
    [
        (
            "Qatar said it had mediated the release, which involved four countries: the United "
            "States, Iran, South Korea and Switzerland.",
            "en",
            ["United States", "Iran", "South Korea", "Switzerland"],
            "Qatar",
        ),
        (
            "وكلفت القمة العربية الإسلامية المشتركة في الرياض لجنة وزارية تضم السعودية وقطر ومصر "
            "والأردن وتركيا بإجراء محادثات مع الصين وروسيا لوقف الحرب على غزة.",
            "ar",
            ["Saudi Arabia", "Qatar", "Egypt", "Jordan", "Türkiye"],
            "China",
        ),
    ],
)
def test_members_listed_in_a_descriptive_clause_are_not_parties_to_the_main_verb(
    text: str, lang: str, members: list[str], partner: str
) -> None:
    # A list introduced by "which involved" / "تضم" describes a body or an operation; its members
    # are neither the subject nor the object of the main relation.
    got = triples(run(text, lang))
    wrong = {t for t in got if {t[0], t[2]} & set(members) and partner in (t[0], t[2])}
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        (
            "وكان الرئيس الإماراتي الشيخ محمد بن زايد في مقدمة مستقبلي رئيس الوزراء الهندي "
            "ناريندرا مودي لدى وصوله إلى مطار أبوظبي.",
            "Mohamed bin Zayed Al Nahyan",
            "Narendra Modi",
        ),
        (
            "بكين في 10 مارس / واس / وقّعت السعودية وإيران، أمس، اتفاقا لاستئناف العلاقات "
            "الدبلوماسية في مراسم استضافها وزير الخارجية الصيني وانغ يي.",
            "Wang Yi",
            "Saudi Arabia",
        ),
    ],
)
def test_receiving_or_hosting_a_guest_is_a_consultation_between_host_and_guest(
    text: str, host: str, guest: str
) -> None:
    # "في مقدمة مستقبلي X" (among those receiving X) and "مراسم استضافها X" (a ceremony hosted by
    # X) make the host and the guest/signatories meet: CONSULT.
    assert (host, "CONSULT", guest) in triples(run(text, "ar"))


def test_taking_part_in_a_meeting_with_the_ministers_of_several_states_consults_each_state() -> (
    None
):
    # "had taken part in a meeting held in <city> with the foreign ministers of X, Y and Z"
    # (pluperfect كان ... قد) is a CONSULT between the participant and every listed state.
    x = run(
        "وكان وزير الخارجية الأردني أيمن الصفدي قد شارك الأسبوع الماضي في اجتماع عقد في القاهرة "
        "مع وزراء خارجية مصر والسعودية وقطر لبحث جهود وقف إطلاق النار في غزة.",
        "ar",
    )
    got = triples(x)
    for state in ("Egypt", "Saudi Arabia", "Qatar"):
        assert ("Ayman Safadi", "CONSULT", state) in got, state


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli foreign ministry spokesman Oren Marmorstein told reporters on Sunday that "
            'Hezbollah had fired dozens of rockets at northern Israel and "deliberately targeted" '
            "civilians.",
            ("Oren Marmorstein", "ACCUSE", "Hezbollah"),
        ),
        (
            "Kyiv put the blame for the dam's destruction squarely on Moscow.",
            ("Ukraine", "ACCUSE", "Russia"),
        ),
    ],
)
def test_a_reported_accusation_makes_the_speaker_accuse_the_blamed_party(
    text: str, expected: tuple[str, str, str]
) -> None:
    # A speaker who reports that another side attacked or targeted someone, or who "puts the blame
    # on" it, ACCUSEs that side even without an explicit accuse/condemn verb.
    assert expected in triples(run(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Armenia and Azerbaijan traded accusations on Tuesday, and both sides moved additional "
            "troops and artillery to the border.",
            "en",
            [("Armenia", "MOBILIZE", "Azerbaijan"), ("Azerbaijan", "MOBILIZE", "Armenia")],
        ),
        (
            "ورحب الرئيس الفرنسي إيمانويل ماكرون بالاتفاق بين أرمينيا وأذربيجان، متعهدا بأن "
            "تواصل فرنسا مساندة الطرفين حتى توقيع معاهدة السلام.",
            "ar",
            [("France", "SUPPORT", "Armenia"), ("France", "SUPPORT", "Azerbaijan")],
        ),
    ],
)
def test_both_sides_expands_to_each_of_the_two_parties_just_named(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    # "both sides" / "الطرفين" / "the two" refers back to the pair named just before and yields one
    # relation per party.
    got = triples(run(text, lang))
    for t in expected:
        assert t in got, t


def test_the_counterpart_who_signs_for_the_other_side_is_party_to_the_agreement() -> None:
    # "X signed the accord, while Y signed it for the other side" (فيما وقّعه عن الجانب ... Y):
    # AGREE between the two signatories.
    x = run(
        "وقّع الرئيس الأذربيجاني إلهام علييف في واشنطن إعلانا مشتركا لإنهاء النزاع، فيما وقّعه "
        "عن الجانب الأرميني رئيس الوزراء نيكول باشينيان.",
        "ar",
    )
    assert ("Ilham Aliyev", "AGREE", "Nikol Pashinyan") in triples(x)


def test_an_accusing_participle_makes_every_coordinated_subject_accuse_the_object() -> None:
    # "X, Y and Z cut ties with W, accusing it of ..." (متهمة إياها بـ): ACCUSE from each
    # coordinated subject to the antecedent of the resumptive pronoun.
    x = run(
        "وفي يناير 2016 أعلنت السعودية والبحرين والسودان قطع العلاقات مع طهران، متهمة إياها "
        "بالتحريض على الاعتداء على البعثات الدبلوماسية السعودية.",
        "ar",
    )
    got = triples(x)
    for state in ("Saudi Arabia", "Bahrain", "Sudan"):
        assert (state, "ACCUSE", "Iran") in got, state


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأطلقت روسيا ليل الأحد عشرات الصواريخ على محطات الطاقة الأوكرانية. وأدان الرئيس "
            'الفرنسي إيمانويل ماكرون القصف، ووصفه بأنه "همجي".',
            ("Emmanuel Macron", "ACCUSE", "Russia"),
        ),
        (
            "ودان مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل القصف الروسي لمستشفى "
            "الأطفال في كييف.",
            ("Josep Borrell", "ACCUSE", "Russia"),
        ),
    ],
)
def test_condemning_an_attack_accuses_the_attacker(
    text: str, expected: tuple[str, str, str]
) -> None:
    # The object of "condemned" is often an event ("the shelling", "القصف الروسي"); the accused is
    # its agent, from a nationality adjective or from the sentence that reported the attack.
    assert expected in triples(run(text, "ar"))


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "U.S. Secretary of State Antony Blinken warned that China was considering providing "
            "lethal support to Russia.",
            ("Antony Blinken", "ACCUSE", "China"),
            ("Antony Blinken", "THREATEN", "China"),
        ),
        (
            "Pakistan suspended bilateral trade and talks with India in August 2019.",
            ("Pakistan", "SANCTION", "India"),
            ("Pakistan", "CONSULT", "India"),
        ),
        (
            "Macron was asked whether Putin could still be trusted.",
            None,
            ("Emmanuel Macron", "REQUEST", "Vladimir Putin"),
        ),
    ],
)
def test_the_type_comes_from_the_whole_frame_not_the_trigger_word(
    text: str, expected: tuple[str, str, str] | None, forbidden: tuple[str, str, str]
) -> None:
    # "warned that <a third party> was ..." is an accusation, not a threat; "suspended talks with"
    # is a sanction, not a consultation; "was asked whether" is no request.
    got = triples(run(text, "en"))
    assert forbidden not in got
    if expected:
        assert expected in got


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "Poland expelled 45 Russian diplomats on Wednesday.",
            {("Poland", "SANCTION", "Russia")},
            "Russian diplomats",
        ),
        (
            "Forty-nine Armenian soldiers were killed in clashes with Azerbaijani troops on the "
            "border, the Armenian defence ministry said.",
            {
                ("Azerbaijan", "ASSAULT", "Armenia"),
                ("Azerbaijani Armed Forces", "ASSAULT", "Armenian Armed Forces"),
            },
            None,
        ),
    ],
)
def test_nationality_qualified_people_stand_for_their_state_and_victims_are_objects(
    text: str, expected: set[tuple[str, str, str]], forbidden: str | None
) -> None:
    # "45 <nationality> diplomats" as the object of an expulsion is that state; in "<nationality>
    # soldiers were killed in a clash with <nationality> troops" the killers are the subject.
    got = triples(run(text, "en"))
    assert got & expected, got
    assert not {t for t in got if t[1] == "ASSAULT" and t[0].startswith("Armenia")}
    if forbidden:
        assert not {t for t in got if forbidden in (t[0], t[2])}


def test_vetoing_a_resolution_rejects_the_state_that_drafted_it() -> None:
    # "vetoed a Security Council resolution drafted by X": REJECT the drafter, not the council
    # that votes on it.
    got = triples(
        run(
            "The United States on Tuesday vetoed a Security Council resolution drafted by Algeria "
            "on a ceasefire in Gaza.",
            "en",
        )
    )
    assert ("United States", "REJECT", "Algeria") in got
    assert ("United States", "REJECT", "United Nations Security Council") not in got


def test_a_pluperfect_organisation_subject_carries_over_to_its_coordinated_verb() -> None:
    # "وكانت الجماعة قد أطلقت ...، وهددت ..." : the second verb shares the organisation subject of
    # the first, not the person quoted in the previous sentence.
    x = run(
        "أعلن زعيم جماعة الحوثيين عبد الملك الحوثي أن العمليات ستستمر. وكانت جماعة الحوثيين قد "
        "أطلقت في نوفمبر الماضي صواريخ باتجاه إيلات، وهددت باستهداف السفن الإسرائيلية في البحر "
        "الأحمر.",
        "ar",
    )
    got = triples(x)
    assert ("Houthis", "THREATEN", "Israel") in got
    assert ("Abdul-Malik al-Houthi", "THREATEN", "Israel") not in got


# ----------------------------------------------------------------------------- statements


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "first", "second"),
    [
        (
            "وقال الأمين العام لحلف شمال الأطلسي مارك روته إن الحلف لن يتخلى عن كييف، مبينا أن "
            "بإمكان أوكرانيا الانضمام إلى الحلف عندما تسمح الظروف.",
            "ar",
            "Mark Rutte",
            "لن يتخلى",
            "بإمكان أوكرانيا",
        ),
        (
            "وأعلن عبد الملك الحوثي أن المرحلة الأولى انتهت، معلنا وقف الهجمات على السفن "
            "التجارية في البحر الأحمر.",
            "ar",
            "Abdul-Malik al-Houthi",
            "المرحلة الأولى",
            "وقف الهجمات",
        ),
        (
            "Erdoğan told reporters that Türkiye was ready to host talks, and that any deal would "
            "have to respect Ukraine's borders.",
            "en",
            "Recep Tayyip Erdoğan",
            "ready to host talks",
            "any deal",
        ),
        (
            "After the vote, EU foreign policy chief Josep Borrell said the truce was "
            '"fragile" and called for the release of all hostages.',
            "en",
            "Josep Borrell",
            "truce",
            "release of all hostages",
        ),
    ],
)
def test_a_second_reported_clause_or_cue_starts_its_own_statement(
    text: str, lang: str, speaker: str, first: str, second: str
) -> None:
    # After a reported clause, a circumstantial participle cue (مبينا، معلنا، متعهدا), a repeated
    # English complementizer (", and that") or a coordinated cue ("and called for") opens a second
    # statement by the same speaker; one span must not swallow both.  (An Arabic "إن X، وإن Y"
    # stays one statement: that is how the dev gold annotates it.)
    x = run(text, lang)
    assert any(s == speaker and second in t and first not in t for s, t, _ in said(x)), said(x)
    assert any(s == speaker and first in t and second not in t for s, t, _ in said(x)), said(x)


@pytest.mark.parametrize(
    ("text", "lang", "fragment", "state"),
    [
        (
            'وقالت البعثة الصينية لدى الاتحاد الأوروبي إن الرسوم الجمركية الجديدة "غير مبررة".',
            "ar",
            "الرسوم الجمركية",
            "China",
        ),
        (
            "عمّان-بترا\nرحبت وزارة الخارجية وشؤون المغتربين بقرار محكمة العدل الدولية بشأن "
            "التدابير المؤقتة في قضية الإبادة الجماعية.",
            "ar",
            "بقرار محكمة العدل",
            "Jordan",
        ),
        (
            "Egypt's General Intelligence Service (GIS) said it had mediated the truce between "
            "Israel and Hamas.",
            "en",
            "mediated the truce",
            "Egypt",
        ),
    ],
)
def test_a_government_body_speaks_as_itself_not_as_its_state(
    text: str, lang: str, fragment: str, state: str
) -> None:
    # A mission, ministry or agency named by a nationality adjective, by the dateline's country
    # or by "<Country>'s <Name> (ACRONYM)" is an Organization whose state is that country; it must
    # neither vanish nor collapse into the State, nor be truncated.
    x = run(text, lang)
    assert body_speakers_of(x, fragment, state), said(x)


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "وقال سمو الشيخ محمد بن راشد إن المنطقة تحتاج إلى رؤية جديدة للتنمية.",
            "المنطقة تحتاج",
            "Mohammed bin Rashid Al Maktoum",
        ),
        (
            "استقبل الرئيس عبد الفتاح السيسي أمس في القاهرة رئيس الوزراء العراقي محمد شياع "
            "السوداني بحضور وفد من كبار المسؤولين العراقيين، حيث أكد سيادته أن مصر تدعم وحدة "
            "العراق واستقراره.",
            "مصر تدعم",
            "Abdel Fattah el-Sisi",
        ),
    ],
)
def test_honorific_titles_and_honorific_pronouns_point_to_the_dignitary(
    text: str, start: str, speaker: str
) -> None:
    # "سمو"/"صاحب السمو" before a name is a title, and "سموه"/"سيادته" after a cue is its subject
    # (the dignitary who is the topic), not the start of the reported content.
    x = run(text, "ar")
    assert any(s == speaker and t.startswith(start) for s, t, _ in said(x)), said(x)


def test_an_honorific_pronoun_subject_carries_the_thanks_relation() -> None:
    # "ووجّه سموه الشكر إلى Y": the dignitary (سموه) thanks Y -> SUPPORT.
    x = run(
        "وصل نائب رئيس الدولة الشيخ محمد بن راشد آل مكتوم إلى باريس أمس. ووجّه سموه الشكر إلى "
        "الرئيس الفرنسي إيمانويل ماكرون على حسن الاستقبال.",
        "ar",
    )
    assert ("Mohammed bin Rashid Al Maktoum", "SUPPORT", "Emmanuel Macron") in triples(x)


def test_a_thanking_participle_keeps_the_main_speaker_and_points_support_at_the_thanked() -> None:
    # "..., معربا عن شكر <بلده> لـY على ...": the speaker (or his state) thanks Y; Y is neither a
    # speaker nor the subject of the SUPPORT.
    x = run(
        "وقال رئيس الوزراء العراقي محمد شياع السوداني في مؤتمر صحفي إن بغداد لن تسمح باستخدام "
        "أراضيها منطلقا للهجمات، معربا عن شكر العراق للرئيس الإيراني مسعود بزشكيان على دعمه جهود "
        "التهدئة.",
        "ar",
    )
    assert "Masoud Pezeshkian" not in {s for s, _, _ in said(x)}
    got = triples(x)
    thanks = {
        ("Mohammed Shia al-Sudani", "SUPPORT", "Masoud Pezeshkian"),
        ("Iraq", "SUPPORT", "Masoud Pezeshkian"),
    }
    assert thanks & got, got
    assert ("Masoud Pezeshkian", "SUPPORT", "Iraq") not in got


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "A New York Times reporter was detained in Moscow. The newspaper said the accusations "
            "were baseless.",
            "accusations were baseless",
            "The New York Times",
        ),
        (
            "China's foreign ministry lodged a protest with Japan on Monday. The ministry called "
            "the visit to the shrine a provocation.",
            "provocation",
            "Chinese Ministry of Foreign Affairs",
        ),
    ],
)
def test_a_definite_description_speaker_resolves_to_the_last_entity_of_that_kind(
    text: str, fragment: str, speaker: str
) -> None:
    # "The newspaper said", "The ministry called ...": a definite noun naming a kind of actor
    # refers to the most recent actor of that kind.
    assert speakers_of(run(text, "en"), fragment) == {speaker}


def test_a_subjectless_continuation_verb_inherits_the_previous_actor() -> None:
    # "وقال في ... إن" / "وأضاف أنه" with no expressed subject continue the actor of the preceding
    # sentence, even when that sentence held no statement.
    x = run(
        "التقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الأوكراني فولوديمير زيلينسكي في باريس. "
        "وقال في مؤتمر صحفي مشترك إن فرنسا ستواصل دعم أوكرانيا. وأضاف أنه سيزور برلين الأسبوع "
        "المقبل للقاء المستشار الألماني أولاف شولتس.",
        "ar",
    )
    assert speakers_of(x, "ستواصل دعم أوكرانيا") == {"Emmanuel Macron"}
    assert speakers_of(x, "سيزور برلين") == {"Emmanuel Macron"}


@pytest.mark.parametrize(
    ("text", "lang", "fragment", "speaker", "via"),
    [
        (
            "وأعلنت وزارة الخارجية الروسية، في بيان نقلته وكالة تاس، أن موسكو مستعدة لاستئناف "
            "المحادثات مع واشنطن.",
            "ar",
            "مستعدة لاستئناف",
            "Ministry of Foreign Affairs of Russia",
            "TASS",
        ),
        (
            "Iranian Foreign Minister Abbas Araghchi said Tehran would respond to any attack on "
            "its nuclear sites, the Tasnim news agency reported.",
            "en",
            "nuclear sites",
            "Abbas Araghchi",
            "Tasnim News Agency",
        ),
        (
            "Russian Foreign Minister Sergey Lavrov held talks with Turkish Foreign Minister Hakan "
            "Fidan on Friday. According to Ankara's account of the talks, Lavrov urged Turkey to "
            "keep the Bosphorus open to Russian grain ships.",
            "en",
            "grain ships",
            "Sergey Lavrov",
            "Türkiye",
        ),
    ],
)
def test_a_relaying_agency_or_account_is_the_via_not_the_speaker(
    text: str, lang: str, fragment: str, speaker: str, via: str
) -> None:
    # "في بيان نقلته وكالة X", "..., the X news agency reported", "According to X's account, Y
    # urged": Y speaks, X only relays; X is never the speaker of Y's words.
    x = run(text, lang)
    found = [(s, v) for s, t, v in said(x) if fragment in t]
    assert (speaker, via) in found, found
    assert via not in {s for s, _ in found}


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Lin Jian said Beijing would punish firms that sell arms to Taiwan.",
            "Beijing would punish",
            "Lin Jian",
        ),
        (
            "Asked about the war in Gaza, Erdoğan said Israel had a government that was ignoring "
            "international law.",
            "Israel had a government",
            "Recep Tayyip Erdoğan",
        ),
    ],
)
def test_a_relative_that_after_a_noun_is_not_the_complementizer(
    text: str, start: str, speaker: str
) -> None:
    # In "said X would ... firms that sell ...", the complement starts right after the cue;
    # "that" following a noun opens a relative clause, not the reported clause.
    x = run(text, "en")
    assert any(s == speaker and t.startswith(start) for s, t, _ in said(x)), said(x)


@pytest.mark.parametrize(
    ("text", "lang", "fragment", "speaker"),
    [
        (
            "Chinese Foreign Ministry spokesman Wang Wenbin spoke at a regular briefing in Beijing "
            "on Monday. Wang said China firmly opposed any official contact with Taiwan.",
            "en",
            "official contact",
            "Wang Wenbin",
        ),
        (
            "استقبل الرئيس العراقي عبد اللطيف رشيد أمس في بغداد وزير الخارجية التركي هاكان فيدان. "
            "وقال رشيد في تصريح للصحفيين إن بلاده لن تكون طرفا في أي صراع إقليمي.",
            "ar",
            "صراع إقليمي",
            "Abdul Latif Rashid",
        ),
    ],
)
def test_a_surname_alone_refers_to_the_person_introduced_earlier_in_full(
    text: str, lang: str, fragment: str, speaker: str
) -> None:
    # Once a person is introduced with full name, a bare surname ("Wang", "رشيد") refers to them
    # even when the surname alone is ambiguous or a common word out of context.
    assert speakers_of(run(text, lang), fragment) == {speaker}


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "French President Emmanuel Macron, who hosted Ukrainian President Volodymyr Zelenskyy "
            "at the Elysee Palace on Monday evening, said the talks had been frank.",
            "talks had been frank",
            "Emmanuel Macron",
        ),
        (
            "Foreign Minister Annalena Baerbock spoke to reporters in Berlin. Germany would not be "
            "intimidated and would keep its embassy in Moscow open, she said.",
            "would not be intimidated",
            "Annalena Baerbock",
        ),
        (
            "Forty-nine Armenian soldiers were killed in clashes with Azerbaijani troops on the "
            "border, the Armenian defence ministry said, the deadliest fighting since the 2020 "
            "war.",
            "soldiers were killed",
            "Armenian Ministry of Defence",
        ),
    ],
)
def test_an_english_speaker_is_found_across_a_relative_clause_or_a_postposed_cue(
    text: str, fragment: str, speaker: str
) -> None:
    # "<Speaker>, who ..., said ...", "<clause>, she said." and "<clause>, the ministry said,
    # <appositive>": the content is the clause, the speaker is the subject of "said".
    assert speakers_of(run(text, "en"), fragment) == {speaker}


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "وقال الشيخ محمد بن راشد في كلمة ألقاها خلال افتتاح القمة العالمية للحكومات إن "
            "المنطقة تحتاج إلى رؤية جديدة للتنمية.",
            "المنطقة تحتاج",
            "Mohammed bin Rashid Al Maktoum",
        ),
        (
            "أدانت وزارة الخارجية المصرية الهجوم. وأكدت الوزارة، في بيان صحفي وزعته على وسائل "
            "الإعلام مساء الأحد، أن القاهرة ترفض أي مساس بسيادة السودان.",
            "القاهرة ترفض",
            "Egyptian Ministry of Foreign Affairs",
        ),
    ],
)
def test_a_long_occasion_adjunct_between_cue_and_complementizer_is_skipped(
    text: str, start: str, speaker: str
) -> None:
    # "قال X في كلمة ألقاها خلال ... إن" / "أكدت، في بيان وزعته على ... مساء الأحد، أن": the
    # reported clause begins after إن/أن however long the occasion phrase is.
    x = run(text, "ar")
    assert any(s == speaker and t.startswith(start) for s, t, _ in said(x)), said(x)


def test_the_issued_statement_as_subject_speaks_for_its_issuer() -> None:
    # "وشدد البيان على أن" (the statement stressed that): the speaker is whoever issued it.
    x = run(
        "أصدرت وزارة الخارجية المصرية بيانا بشأن الأزمة في السودان. وشدد البيان على أن الحل "
        "السياسي هو السبيل الوحيد لإنهاء النزاع.",
        "ar",
    )
    assert speakers_of(x, "الحل السياسي") == {"Egyptian Ministry of Foreign Affairs"}


def test_a_partial_quotation_inside_a_reported_clause_does_not_shrink_the_span() -> None:
    # 'called X "<quoted words>" and <more>': the content is the whole reported predication, not
    # only the words inside the quotation marks.
    x = run(
        'Chinese Foreign Ministry spokesman Wang Wenbin called the visit "a serious provocation" '
        "and a violation of the one-China principle.",
        "en",
    )
    assert "Wang Wenbin" in speakers_of(x, "violation of the one-China principle")


# ----------------------------------------------------------------------------- ranking
#
# Patterns ranked by the number of held-out gold items they account for (10 articles, 93 gold
# quotes, 118 gold relations): "missed" = gold items not found or mis-attributed, "+n spurious" =
# system items the pattern produced that gold does not have.  Counts only; an item is counted under
# the pattern that must be fixed first.
#
#  1. government body speaks as itself, not as its state: 8 missed (5 quotes, 3 relations),
#     +6 spurious
#  2. descriptive member lists are not arguments: 1 missed, +11 spurious
#  3. second reported clause / cue starts its own statement: 8 missed
#  4. honorific title / honorific pronoun -> the dignitary: 6 missed (5 quotes, 1 relation),
#     +2 spurious
#  5. reported accusation / "lay the blame" -> ACCUSE: 7 missed
#  6. relaying agency/account is via, not speaker: 4 missed (3 quotes, 1 relation), +3 spurious
#  7. "both sides"/"الطرفين"/"the two" expands to each party: 6 missed
#  8. host / receive a guest -> CONSULT: 5 missed
#  9. English speaker across relative clause / postposed cue: 4 missed, +1 spurious
# 10. nationality-qualified people stand for their state; victims  3 missed, +2 spurious
# 11. relation type from the whole frame (warn/suspend/asked): 2 missed, +3 spurious
# 12. meeting with the ministers of several states -> CONSULT each 4 missed
# 13. counterpart signatory -> AGREE: 4 missed
# 14. accusing participle (متهمة إياها) -> ACCUSE from each subject 4 missed
# 15. definite-description speaker (the newspaper/the ministry): 4 missed
# 16. thanking participle keeps the speaker, SUPPORT to thanked: 2 missed, +2 spurious
# 17. bare surname -> person introduced earlier: 2 missed, +2 spurious
# 18. subjectless continuation verb (وقال/وأضاف): 3 missed quotes (+4 relations inside them)
# 19. condemning an attack accuses the attacker: 3 missed (2 relations, 1 quote)
# 20. relative "that" is not the complementizer: 2 missed, +1 spurious
# 21. issued statement / text as subject speaks for its issuer: 3 missed (2 quotes, 1 relation)
# 22. pluperfect organisation subject carries to coordinated verb 2 missed, +1 spurious
# 23. long occasion adjunct between cue and إن/أن: 2 missed
# 24. vetoing a drafted resolution rejects its drafters: 2 missed
# 25. partial quotation does not shrink the span: 1 missed, +1 spurious (+1 under 1)
#
# Singletons without a test: "المملكة" resolved to the wrong kingdom (1 missed, +1 spurious);
# dateline agency credit taken as an actor (+1 spurious); trigger word inside an organisation
# name (+1 spurious); "has not said whether" taken as a statement (+1 spurious); list ellipsis
# "after X in <year> and Y in <year>" (2 missed); "at the request of" (1 missed); joint statement
# as agreement (1 missed); passive suspension by an implied body (1 missed); date of an event
# inherited from the sentence context (13 matched relations with a wrong or missing date).
