"""CONSULT and ACCUSE families of session 11 (S11-REL1), both languages: a phone call in
an adjunct made with or received from a partner, a handshake, a definite dual subject
naming both officials, arrival at the head of a delegation, a gerund opening the sentence,
a complaint or representations lodged with a government, talking with a party; accusing
verbs in a relative clause on the accused; blame with a degree adverb; a condemned act
noun ("the seizure", "القصف") whose doer is the agent of its verb told just before.
Precision: one's own ambassador in the dual or feminine is a recall, the content told
after "بأن" is not the one met, a description in a relative clause does not accuse the
other way round.
Fresh sentences on real public events, written for these tests."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, relation_triples

PUB = datetime.date(2024, 9, 18)

# (text, lang, triples that must be coded, triples that must not be)
CASES: list[tuple[str, str, set[tuple[str, str, str]], set[tuple[str, str, str]]]] = [
    (  # a call "made with" the partner, in an adjunct between commas
        "وأكد وزير الخارجية التركي هاكان فيدان، في اتصال هاتفي أجراه مع نظيره الإيراني "
        "عباس عراقجي، ضرورة وقف التصعيد في المنطقة.",
        "ar",
        {("Hakan Fidan", "CONSULT", "Abbas Araghchi")},
        set(),
    ),
    (  # a call "received from" the partner
        "وشدد الرئيس المصري عبد الفتاح السيسي، خلال اتصال هاتفي تلقاه من الرئيس الفرنسي "
        "إيمانويل ماكرون، على أهمية إدخال المساعدات إلى غزة.",
        "ar",
        {("Abdel Fattah el-Sisi", "CONSULT", "Emmanuel Macron")},
        set(),
    ),
    (  # a handshake, verb with its object
        "وصافح الرئيس الفرنسي إيمانويل ماكرون الرئيس الجزائري عبد المجيد تبون لدى وصوله.",
        "ar",
        {("Emmanuel Macron", "CONSULT", "Abdelmadjid Tebboune")},
        set(),
    ),
    (  # a handshake, reciprocal verb with "مع"
        "وتصافح الرئيس الأمريكي جو بايدن مع نظيره الصيني شي جين بينغ قبل بدء المحادثات.",
        "ar",
        {("Joe Biden", "CONSULT", "Xi Jinping")},
        set(),
    ),
    (  # a definite dual subject naming both officials
        "والتقى الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ في بكين أمس.",
        "ar",
        {("Vladimir Putin", "CONSULT", "Xi Jinping")},
        set(),
    ),
    (
        "وبحث الوزيران السعودي فيصل بن فرحان والإيراني عباس عراقجي تطورات المنطقة.",
        "ar",
        {("Faisal bin Farhan", "CONSULT", "Abbas Araghchi")},
        set(),
    ),
    (  # arrival at the head of a delegation is a visit of the capital's state
        "ووصل وزير الخارجية الإيراني عباس عراقجي إلى القاهرة على رأس وفد رفيع المستوى.",
        "ar",
        {("Abbas Araghchi", "CONSULT", "Egypt")},
        set(),
    ),
    (
        "Turkish Foreign Minister Hakan Fidan arrived in Damascus at the head of a "
        "high-level delegation on Sunday.",
        "en",
        {("Hakan Fidan", "CONSULT", "Syria")},
        set(),
    ),
    (  # a gerund opening the sentence: the subject after the comma meets its object
        "After meeting Chinese President Xi Jinping in Beijing, Blinken said the two sides "
        "had agreed to keep talking.",
        "en",
        {("Antony Blinken", "CONSULT", "Xi Jinping")},
        set(),
    ),
    (
        "Before hosting Indian Prime Minister Narendra Modi, Putin told reporters that ties "
        "between the two countries were strong.",
        "en",
        {("Vladimir Putin", "CONSULT", "Narendra Modi")},
        set(),
    ),
    (  # a complaint or representations lodged with a government
        "Beijing lodged a formal complaint with Washington over the new chip controls.",
        "en",
        {("China", "ACCUSE", "United States")},
        set(),
    ),
    (
        "Tokyo lodged stern representations with Beijing after the coast guard incident.",
        "en",
        {("Japan", "ACCUSE", "China")},
        set(),
    ),
    (
        "Italy made strong representations to Libya over the detention of its fishermen.",
        "en",
        {("Italy", "ACCUSE", "Libya")},
        set(),
    ),
    (  # talking with a party
        "Norway has been talking with the Taliban about humanitarian access.",
        "en",
        {("Norway", "CONSULT", "Taliban")},
        set(),
    ),
    (  # an accusing verb in a relative clause on the accused (Arabic)
        "وكانت الحكومة الإسرائيلية، التي انتقدتها فرنسا مرارا، قد رفضت المبادرة.",
        "ar",
        {("France", "ACCUSE", "Israel")},
        {("Israel", "ACCUSE", "France")},
    ),
    (
        "وتنفي إيران، التي اتهمتها الولايات المتحدة بتزويد روسيا بالصواريخ، هذه الاتهامات.",
        "ar",
        {("United States", "ACCUSE", "Iran"), ("Iran", "AID", "Russia")},
        {("Iran", "ACCUSE", "United States"), ("United States", "AID", "Russia")},
    ),
    (  # ... and in English
        "Iran, which Israel accuses of arming Hezbollah, denied the claim on Monday.",
        "en",
        {("Israel", "ACCUSE", "Iran")},
        {("Iran", "ACCUSE", "Israel")},
    ),
    (
        "Hamas, which Washington has criticised for the attack, said it was ready to talk.",
        "en",
        {("United States", "ACCUSE", "Hamas")},
        set(),
    ),
    (  # blame with a degree adverb and a deed of the wider list
        "Manila said Beijing was fully responsible for the collision near the shoal.",
        "en",
        {("Philippines", "ACCUSE", "China")},
        set(),
    ),
    (  # a condemned act noun whose act no relation was coded for: its verb's agent
        "Houthi rebels seized a cargo ship in the Red Sea on Sunday. Japan condemned the "
        "seizure on Monday.",
        "en",
        {("Japan", "ACCUSE", "Houthis")},
        set(),
    ),
    (
        "Israel struck a school in Gaza on Monday. Jordan condemned the strike.",
        "en",
        {("Jordan", "ACCUSE", "Israel")},
        set(),
    ),
    (  # ... and in Arabic, a bare definite verbal noun after the condemning verb
        "وقصفت إسرائيل مدرسة في غزة صباح الاثنين. وأدان الأردن القصف.",
        "ar",
        {("Jordan", "ACCUSE", "Israel")},
        set(),
    ),
    (
        "واستولى الحوثيون على سفينة شحن في البحر الأحمر. ونددت اليابان بعملية الاستيلاء "
        "على السفينة.",
        "ar",
        {("Japan", "ACCUSE", "Houthis")},
        set(),
    ),
    (  # the imperfect of sending a delegation after "أن"
        "وقرر الرئيس الفرنسي إيمانويل ماكرون أن يرسل وفدا رفيعا إلى بيروت الأسبوع المقبل.",
        "ar",
        {("Emmanuel Macron", "CONSULT", "Lebanon")},
        set(),
    ),
    (  # precision: two subjects of calls "with" a partner did not talk with each other
        "وأجرى ماركو روبيو وجيه دي فانس اتصالات مع كبار المسؤولين في البلدين.",
        "ar",
        set(),
        {("JD Vance", "CONSULT", "Marco Rubio"), ("Marco Rubio", "CONSULT", "JD Vance")},
    ),
    (  # precision: one's own ambassadors (dual) recalled is no accusation of the host
        "الجزائر تستدعي سفيريها لدى مالي والنيجر للتشاور.",
        "ar",
        {("Algeria", "SANCTION", "Mali")},
        {("Algeria", "ACCUSE", "Mali"), ("Algeria", "ACCUSE", "Niger")},
    ),
    (  # ... or her own ambassador (feminine)
        "واستدعت المغرب سفيرتها في برلين للتشاور.",
        "ar",
        set(),
        {("Morocco", "ACCUSE", "Germany")},
    ),
    (  # precision: the content told after "بأن" is not the one talked to
        "واتصل وزير الخارجية البريطاني ديفيد لامي بنظيره الإيراني عباس عراقجي، وأبلغه "
        "بأن طهران تسلك طريقا خطيرا.",
        "ar",
        {("David Lammy", "CONSULT", "Abbas Araghchi")},
        {("David Lammy", "CONSULT", "Iran")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "wanted", "unwanted"), CASES)
def test_consult_and_accuse_families_are_coded(
    text: str,
    lang: str,
    wanted: set[tuple[str, str, str]],
    unwanted: set[tuple[str, str, str]],
) -> None:
    got = relation_triples(extracted(text, lang, PUB))
    assert wanted <= got, (wanted - got, got)
    assert not (unwanted & got), (unwanted & got, got)


def test_a_description_in_a_relative_clause_does_not_accuse_the_noun_it_follows() -> None:
    """ "X، الذي وصفه المدعون الأمريكيون بأنه واجهة لـY": X does not accuse the
    prosecutors' state (nor Y); the describers are the subject of the relative verb."""
    got = relation_triples(
        extracted(
            "ويواجه رجل الأعمال، الذي وصفه المدعون الأمريكيون بأنه واجهة مالية للرئيس "
            "الفنزويلي نيكولاس مادورو، تهما بغسل الأموال.",
            "ar",
            PUB,
        )
    )
    assert not any(t[1] == "ACCUSE" and t[2] == "United States" for t in got), got


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        (
            "en",
            "Peru, which Chile accuses of dumping steel, and Bolivia, whom Brazil "
            "blamed for the blockade, met the envoy who had flown in.",
            frozenset({"which", "whom", "who"}),
        ),
        (
            "ar",
            "ورفضت كولومبيا، التي انتقدتها فنزويلا، الاتهامات التي وجهها الوزير الذي زار كراكاس.",
            frozenset({"الذي", "التي", "الذين"}),
        ),
    ],
)
def test_relative_clause_scans_visit_exactly_the_relative_pronouns(
    lang: str, text: str, wanted: frozenset[str]
) -> None:
    """Session 20: the relative-accusation passes visit the relative pronouns from the
    document's word index, not every token: the same tokens a scan of every word finds,
    in order, within the range asked; every token when the words are not read."""
    from kg.extractors.coder.stances import _word_positions
    from kg.extractors.pipeline import prepare
    from kg.models import Article

    doc, _, _, _ = prepare(Article(id="w", lang=lang, text=text))
    folded = frozenset(doc.word(i) for i in range(len(doc.tokens)) if doc.word(i) in wanted)
    n = len(doc.tokens)
    scan = [r for r in range(1, n - 2) if doc.word(r) in folded]
    assert len(scan) >= 3
    assert list(_word_positions(doc, folded, 1, n - 2)) == scan
    doc.words.pop()  # (the words no longer all read)
    assert list(_word_positions(doc, folded, 1, n - 2)) == list(range(1, n - 2))
