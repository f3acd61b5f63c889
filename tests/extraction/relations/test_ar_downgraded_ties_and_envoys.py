"""Arabic relations of session 11, round 2 (S11-R2-RELAR): families of constructions
the analysis sets' misses pointed to, each with fresh news-style sentences and a guard.

Families: a downgrade of diplomatic ties told with the possessive inside the phrase
("خفض مستوى تمثيلها الدبلوماسي لدى"، "تخفيض مستوى علاقاتها مع"), also verb first with the
subject inside ("خفضت X مستوى تمثيلها"); an ambassador sent back ("أعادت X سفيرها إلى"،
"إعادة سفيرها"، "ستعيد سفيرها") is cooperation resumed, and a capital named as where the
envoy goes or serves stands for its state; an upgrade of ties ("رفع مستوى العلاقات") is
agreed; a masculine title after a feminine imperfect ("قررت X أن تطرد السفير الفرنسي") is
the patient, not the subject, as after a feminine perfect.
Every sentence is written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.models import Article

Triple = tuple[str, str, str]


def relations(text: str) -> list[Triple]:
    x = extract(Article(id="t", lang="ar", text=text, published=date(2025, 3, 10)))
    return [
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label) for r in x.relations
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وأعلنت البحرين خفض مستوى تمثيلها الدبلوماسي لدى إيران.",
            ("Bahrain", "SANCTION", "Iran"),
        ),
        (
            "وقررت السودان تخفيض مستوى علاقاتها مع كينيا.",
            ("Sudan", "SANCTION", "Kenya"),
        ),
        (
            "وخفضت الجزائر مستوى تمثيلها الدبلوماسي في باريس.",
            ("Algeria", "SANCTION", "France"),
        ),
    ],
)
def test_a_downgrade_with_the_possessive_inside_the_phrase_is_a_sanction(
    text: str, want: Triple
) -> None:
    assert want in relations(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وأعادت السعودية سفيرها إلى كندا بعد أزمة دبلوماسية.",
            ("Saudi Arabia", "COOPERATE", "Canada"),
        ),
        (
            "قررت الكويت إعادة سفيرها إلى إيران بعد سنوات من القطيعة.",
            ("Kuwait", "COOPERATE", "Iran"),
        ),
        (
            "وقالت الخارجية التونسية إن تونس ستعيد سفيرها إلى دمشق.",
            ("Tunisia", "COOPERATE", "Syria"),
        ),
    ],
)
def test_an_ambassador_sent_back_resumes_cooperation_with_the_state_or_its_capital(
    text: str, want: Triple
) -> None:
    assert want in relations(text)


def test_sending_back_someone_else_or_reopening_a_hospital_is_no_relation() -> None:
    assert relations("وأعادت الشرطة الباكستانية السفير إلى مقره.") == []
    assert relations("وأعادت وزارة الصحة المصرية فتح المستشفى.") == []


def test_an_upgrade_of_ties_is_agreed_but_raising_wages_is_not() -> None:
    assert ("Spain", "AGREE", "Morocco") in relations("وقررت إسبانيا رفع مستوى علاقاتها مع المغرب.")
    assert relations("وقرر البرلمان الأردني رفع مستوى الأجور.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وقررت الجزائر أن تطرد السفير الفرنسي.",
        "وقررت الجزائر أن تطرد السفير الفرنسي من أراضيها.",
    ],
)
def test_a_mans_title_after_a_feminine_imperfect_is_its_patient(text: str) -> None:
    assert ("Algeria", "SANCTION", "France") in relations(text)


def test_a_masculine_imperfect_keeps_the_title_as_its_subject() -> None:
    # "أن يزور الرئيس الفرنسي الجزائر": the French president visits; he is the subject
    rels = relations("وأعلنت الرئاسة أن يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر الشهر المقبل.")
    assert ("Emmanuel Macron", "CONSULT", "Algeria") in rels


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وصل الرئيس التركي رجب طيب أردوغان إلى القاهرة. "
            "والتقى الرئيس المصري عبد الفتاح السيسي في قصر الاتحادية.",
            ("Recep Tayyip Erdoğan", "CONSULT", "Abdel Fattah el-Sisi"),
        ),
        (
            "وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط أمس. "
            "والتقى وزير الخارجية العماني بدر البوسعيدي.",
            ("Abbas Araghchi", "CONSULT", "Badr Albusaidi"),
        ),
    ],
)
def test_a_meeting_verb_opening_the_sentence_after_an_arrival_meets_the_visitor(
    text: str, want: Triple
) -> None:
    rels = relations(text)
    assert any({s, o} == {want[0], want[2]} and t == want[1] for s, t, o in rels)


def test_a_meeting_after_a_statement_or_with_its_own_partner_keeps_its_pair() -> None:
    # no arrival before: the speaker of the sentence before is no party of the meeting
    rels = relations(
        "قال الرئيس الأمريكي دونالد ترامب إن المحادثات مثمرة. "
        "والتقى الرئيس الروسي فلاديمير بوتين بالوفد الأمريكي."
    )
    assert not any("Donald Trump" in (s, o) for s, _, o in rels)
    # a partner named after the verb: the visitor before is not added
    rels = relations(
        "وصل الرئيس التركي رجب طيب أردوغان إلى القاهرة. "
        "والتقى الرئيس المصري عبد الفتاح السيسي بالوفد الأمريكي."
    )
    assert not any("Recep Tayyip Erdoğan" in (s, o) for s, _, o in rels)
