"""Arabic relations whose arguments sit outside the trigger's own clause (S8-H6).

Families: a relative clause whose verb carries its antecedent noun as an object pronoun
("العقوبات التي تفرضها X على Y"), a patient that is a pronoun on the preposition
("ووقع معها"، "وهدد بالرد عليها"), a circumstantial participle with "إياها" ("داعية
إياها إلى"), complaints and lawsuits ("تقدمت X بشكوى ضد Y"), and consultations in an
adjunct ("بعد مشاورات مع X": the clause's subject).  Every sentence is written for this
test; each family has a guard where the argument is absent or ambiguous.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.models import Article

Triple = tuple[str, str, str]


def triples(text: str) -> set[Triple]:
    x = extract(Article(id="t", lang="ar", text=text, published=date(2025, 6, 12)))
    return {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label) for r in x.relations
    }


FOUND: list[tuple[str, Triple]] = [
    (
        "ندد رئيس الوزراء الكندي بالرسوم التي فرضتها الولايات المتحدة على كندا في مارس 2025.",
        ("United States", "SANCTION", "Canada"),
    ),
    (
        "وصلت إلى مطار بيروت المساعدات التي أرسلتها الأردن إلى لبنان بعد الحرب الأخيرة.",
        ("Jordan", "AID", "Lebanon"),
    ),
    (
        "اتهم رئيس الوزراء الباكستاني شهباز شريف الهند بانتهاك وقف إطلاق النار في كشمير."
        " وهدد بالرد عليها.",
        ("Shehbaz Sharif", "THREATEN", "India"),
    ),
    (
        "زار الرئيس التركي رجب طيب أردوغان مصر في فبراير 2024. ووقع معها إعلانا لرفع"
        " مستوى العلاقات.",
        ("Recep Tayyip Erdoğan", "AGREE", "Egypt"),
    ),
    (
        "انتقد وزير الخارجية الهندي سوبراهمانيام جايشانكار كندا، داعيا إياها إلى التحرك ضد"
        " المتطرفين.",
        ("Subrahmanyam Jaishankar", "REQUEST", "Canada"),
    ),
    (
        "تقدمت إيران بشكوى ضد الولايات المتحدة إلى محكمة العدل الدولية.",
        ("Iran", "ACCUSE", "United States"),
    ),
    (
        "رفعت نيكاراغوا دعوى ضد ألمانيا أمام محكمة العدل الدولية في مارس 2024.",
        ("Nicaragua", "ACCUSE", "Germany"),
    ),
    (
        "قررت مصر فتح معبر رفح أمام الجرحى بعد مشاورات مع الأردن.",
        ("Egypt", "CONSULT", "Jordan"),
    ),
    (
        "أعلنت كينيا وأوغندا وتنزانيا إطلاق سوق مشتركة جديدة. وعززت تعاونها الأمني مع رواندا.",
        ("Tanzania", "COOPERATE", "Rwanda"),
    ),
    (
        "انتقدت البحرين السياسة الإيرانية في يناير 2016. وقطعت علاقاتها الدبلوماسية مع طهران.",
        ("Bahrain", "SANCTION", "Iran"),
    ),
    (
        "أعلنت النرويج اعترافها بدولة فلسطين. واستقبلت رئيس الوزراء الفلسطيني محمد مصطفى في أوسلو.",
        ("Norway", "CONSULT", "Mohammad Mustafa"),
    ),
]


@pytest.mark.parametrize(("text", "want"), FOUND, ids=[w[1] + ":" + w[2] for _, w in FOUND])
def test_argument_outside_the_clause_is_found(text: str, want: Triple) -> None:
    assert want in triples(text)


def test_relative_verb_without_patient_codes_nothing() -> None:
    got = triples("ناقش الوزراء الرسوم التي تفرضها الصين على الواردات الزراعية.")
    assert not any(t == "SANCTION" for _, t, _ in got)


def test_relative_verb_of_no_trigger_phrase_codes_nothing() -> None:
    assert not triples("تناول المقال القرار الذي اتخذته الحكومة الأردنية بشأن الرسوم.")


def test_pronoun_with_two_candidates_is_left_alone() -> None:
    got = triples("أعلنت إثيوبيا إغلاق حدودها مع إريتريا. وأكدت كينيا أنها ستتعاون معها.")
    assert not any(s == "Kenya" and t == "COOPERATE" for s, t, _ in got)


def test_pronoun_of_a_person_is_not_a_state() -> None:
    got = triples(
        "استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الكيني وليام روتو في باريس."
        " ووقع معه اتفاقا للتعاون في مجال الطاقة."
    )
    assert not any(t == "AGREE" and o == "Kenya" for _, t, o in got)


def test_consultations_between_others_keep_their_pair() -> None:
    got = triples("رحبت فرنسا بالاتفاق بعد مشاورات بين مصر وقطر.")
    assert not any(s == "France" and t == "CONSULT" for s, t, _ in got)


def test_feminine_verb_after_two_states_stays_with_one() -> None:
    got = triples(
        "وقعت مصر والسعودية اتفاقا لترسيم الحدود البحرية. وأعلنت دعمها للحكومة السودانية."
    )
    assert not any(s == "Saudi Arabia" and t == "SUPPORT" for s, t, _ in got)


def test_feminine_title_after_a_feminine_verb_stays_its_subject() -> None:
    got = triples(
        "زارت وزيرة الخارجية الألمانية أنالينا بيربوك الأردن. والتقت الملك عبد الله الثاني في عمان."
    )
    assert not any(s == "Jordan" and t == "CONSULT" for s, t, _ in got)
