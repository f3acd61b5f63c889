"""Relation recall of session 7 (S7-H14): a probe audit of the force and threat types
(ASSAULT, THREATEN, COERCE, MOBILIZE, RETREAT, PRESENCE, AID, CONCEDE) in both languages.
Families fixed: shells fired at and buildings blown up; air strikes carried out "in" a
state; "all options are on the table" and "X will pay a (heavy) price" said of someone
("ستدفع الثمن", "كل الخيارات مطروحة"); a launch at a border is no attack ("massed troops on
the Ukrainian border"); warships, bombers and forces moved to a border ("إلى حدودها مع",
"على حدودها مع", "استنفر"); withdrawals from a border, a border area or a base; troops sent
at a host's request or invitation stationed there (PRESENCE); advisers and fighters held
abroad, military facilities; arms sold (howitzers, jets, "صفقة أسلحة", "بيع مقاتلات"),
weapons given, medical teams sent; prisoners and pilots returned, borders reopened and bans
lifted; counted nationals ("ستة أمريكيين"); fear of an act is no act ("feared", "خشيتها").
Each family has a guard. All sentences were written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from factories import relation_triples, state_triples

from kg.extractors import extract
from kg.models import Article, Extraction, Modality


def run(text: str, lang: str) -> Extraction:
    return extract(Article(id="s7h14", lang=lang, text=text, published=date(2025, 3, 4)))


def coded(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(subject, type, object) labels, each also as its state's label."""
    x = run(text, lang)
    return relation_triples(x) | state_triples(x)


def real_types(text: str, lang: str) -> set[str]:
    """Types of the relations coded as asserted or intended (not hypothetical, negated)."""
    x = run(text, lang)
    return {
        r.type.value for r in x.relations if r.modality in (Modality.ASSERTED, Modality.INTENDED)
    }


EN: list[tuple[str, str, str, str]] = [
    (
        "Israeli forces blew up a police station in Jenin, Palestine.",
        "Israel",
        "ASSAULT",
        "Palestine",
    ),
    ("North Korea fired artillery shells at South Korea.", "North Korea", "ASSAULT", "South Korea"),
    ("Iran carried out missile strikes in Pakistan on Tuesday.", "Iran", "ASSAULT", "Pakistan"),
    (
        "Washington said all options were on the table regarding Iran.",
        "United States",
        "THREATEN",
        "Iran",
    ),
    ("Iran's defence minister said Israel would pay a heavy price.", "Iran", "THREATEN", "Israel"),
    ("North Korea said Japan would pay dearly for the drills.", "North Korea", "THREATEN", "Japan"),
    ("Russian forces captured two Ukrainian soldiers.", "Russia", "COERCE", "Ukraine"),
    ("Russia massed troops on the Finnish border.", "Russia", "MOBILIZE", "Finland"),
    ("China sent a warship toward Japan.", "China", "MOBILIZE", "Japan"),
    ("Russia sent two bombers to Venezuela.", "Russia", "MOBILIZE", "Venezuela"),
    ("Israel moved additional forces to its border with Egypt.", "Israel", "MOBILIZE", "Egypt"),
    ("Israel raised its alert level on the border with Lebanon.", "Israel", "MOBILIZE", "Lebanon"),
    (
        "Azerbaijan withdrew its troops from the border with Armenia.",
        "Azerbaijan",
        "RETREAT",
        "Armenia",
    ),
    (
        "China pulled back its soldiers from the border area with India.",
        "China",
        "RETREAT",
        "India",
    ),
    ("Russia withdrew its forces from a base in Syria.", "Russia", "RETREAT", "Syria"),
    (
        "French troops were sent to Chad at the request of its government.",
        "France",
        "PRESENCE",
        "Chad",
    ),
    ("Turkey sent troops to Libya at the invitation of Tripoli.", "Türkiye", "PRESENCE", "Libya"),
    ("The United States has military advisers in Syria.", "United States", "PRESENCE", "Syria"),
    ("Russia has a military facility in Armenia.", "Russia", "PRESENCE", "Armenia"),
    ("Germany gave Ukraine new missiles.", "Germany", "AID", "Ukraine"),
    ("The United States sold howitzers to Poland.", "United States", "AID", "Poland"),
    ("Qatar sent rescue teams to Turkey after the earthquake.", "Qatar", "AID", "Türkiye"),
    ("Egypt sent medical teams to Libya after the floods.", "Egypt", "AID", "Libya"),
    ("Iran returned the Swedish prisoners to Sweden.", "Iran", "CONCEDE", "Sweden"),
    ("India handed over the captured pilot to Pakistan.", "India", "CONCEDE", "Pakistan"),
    ("Saudi Arabia reopened its border with Qatar.", "Saudi Arabia", "CONCEDE", "Qatar"),
    ("Saudi Arabia lifted its ban on imports from Lebanon.", "Saudi Arabia", "CONCEDE", "Lebanon"),
]

AR: list[tuple[str, str, str, str]] = [
    ("فجر الجيش الإسرائيلي منازل في جنوب لبنان.", "Israel", "ASSAULT", "Lebanon"),
    ("أطلقت روسيا قذائف مدفعية على أوكرانيا.", "Russia", "ASSAULT", "Ukraine"),
    ("شنت إسرائيل غارات في لبنان يوم الثلاثاء.", "Israel", "ASSAULT", "Lebanon"),
    (
        "أعلنت واشنطن أن جميع الخيارات مطروحة تجاه فنزويلا.",
        "United States",
        "THREATEN",
        "Venezuela",
    ),
    ("أكدت كوريا الشمالية أن اليابان ستدفع الثمن.", "North Korea", "THREATEN", "Japan"),
    ("قال نتنياهو إن حزب الله سيدفع ثمنا باهظا.", "Israel", "THREATEN", "Hezbollah"),
    ("احتجزت إيران ثلاثة فرنسيين عام 2022.", "Iran", "COERCE", "France"),
    ("رحل لبنان سبعة سوريين يوم الاثنين.", "Lebanon", "COERCE", "Syria"),
    ("دفعت باكستان بتعزيزات إلى حدودها مع الهند.", "Pakistan", "MOBILIZE", "India"),
    ("نشرت إسرائيل قوات إضافية على حدودها مع مصر.", "Israel", "MOBILIZE", "Egypt"),
    ("استنفر الجيش الجزائري قواته على الحدود مع المغرب.", "Algeria", "MOBILIZE", "Morocco"),
    ("أرسلت روسيا قاذفتين استراتيجيتين إلى فنزويلا.", "Russia", "MOBILIZE", "Venezuela"),
    ("حرك الجيش الأذربيجاني قوات نحو أرمينيا.", "Azerbaijan", "MOBILIZE", "Armenia"),
    ("سحبت أذربيجان قواتها من الحدود مع أرمينيا.", "Azerbaijan", "RETREAT", "Armenia"),
    ("انسحبت القوات الصينية من المناطق الحدودية مع الهند.", "China", "RETREAT", "India"),
    ("انسحبت القوات الأمريكية من قاعدة في العراق.", "United States", "RETREAT", "Iraq"),
    ("أرسلت فرنسا قوات إلى تشاد بطلب من حكومتها.", "France", "PRESENCE", "Chad"),
    ("أرسلت تركيا قوات إلى ليبيا بناء على طلب حكومة طرابلس.", "Türkiye", "PRESENCE", "Libya"),
    ("تمتلك إيران منشأة عسكرية في سوريا.", "Iran", "PRESENCE", "Syria"),
    ("باعت فرنسا مقاتلات رافال لليونان.", "France", "AID", "Greece"),
    ("وافقت ألمانيا على بيع أسلحة لمصر.", "Germany", "AID", "Egypt"),
    ("وافقت واشنطن على صفقة أسلحة لإسرائيل.", "United States", "AID", "Israel"),
    ("أرسلت قطر فرقا طبية إلى تركيا بعد الزلزال.", "Qatar", "AID", "Türkiye"),
    ("سلمت روسيا 90 أسيرا إلى أوكرانيا.", "Russia", "CONCEDE", "Ukraine"),
    ("أعادت مصر فتح حدودها مع ليبيا.", "Egypt", "CONCEDE", "Libya"),
    ("رفعت السعودية الحظر على الواردات اللبنانية.", "Saudi Arabia", "CONCEDE", "Lebanon"),
    ("أطلقت فنزويلا سراح ستة أمريكيين.", "Venezuela", "CONCEDE", "United States"),
]


@pytest.mark.parametrize(("text", "subj", "rtype", "obj"), EN)
def test_english_force_and_threat_family_is_coded(
    text: str, subj: str, rtype: str, obj: str
) -> None:
    assert (subj, rtype, obj) in coded(text, "en")


@pytest.mark.parametrize(("text", "subj", "rtype", "obj"), AR)
def test_arabic_force_and_threat_family_is_coded(
    text: str, subj: str, rtype: str, obj: str
) -> None:
    assert (subj, rtype, obj) in coded(text, "ar")


# ------------------------------------------------------------------ guards
@pytest.mark.parametrize(
    ("text", "lang", "rtype"),
    [
        # a deal struck is no strike
        ("Egypt struck a gas deal with Israel in 2019.", "en", "ASSAULT"),
        ("Israel struck a deal with Morocco in 2020.", "en", "ASSAULT"),
        # feared acts did not happen
        (
            "Lebanese officials said they feared Israel would strike Beirut airport.",
            "en",
            "ASSAULT",
        ),
        ("أبدى لبنان خشيته من أن تقصف إسرائيل مطار بيروت.", "ar", "ASSAULT"),
        ("أبدت منظمات حقوقية خشيتها من أن تعتقل مصر مزيدا من الناشطين.", "ar", "COERCE"),
        # a price paid by people no one names, or for a crisis
        ("Economists said Egypt would pay a high price for the currency crisis.", "en", "THREATEN"),
        ("قال خبراء إن المواطنين سيدفعون ثمن الأزمة.", "ar", "THREATEN"),
        # leaving an agreement or a court is no withdrawal of forces
        ("Hungary pulled out of the International Criminal Court.", "en", "RETREAT"),
        ("انسحبت المجر من المحكمة الجنائية الدولية.", "ar", "RETREAT"),
        # troops sent to a border stay a mobilisation; presence at talks is none
        ("Egypt sent troops to the border with Sudan on Monday.", "en", "PRESENCE"),
        ("أرسلت مصر قوات إلى السودان يوم الاثنين.", "ar", "PRESENCE"),
        ("The Saudi minister was present at the talks in Cairo.", "en", "PRESENCE"),
        # commerce and requests are no aid
        ("Iraq sold crude oil to India.", "en", "AID"),
        ("باع العراق النفط الخام للهند.", "ar", "AID"),
        ("Ukraine asked the United States for more howitzers.", "en", "AID"),
        # doors reopened and fireworks allowed are no concession
        ("The museum reopened its doors in Cairo.", "en", "CONCEDE"),
        ("أعاد المتحف فتح أبوابه في القاهرة.", "ar", "CONCEDE"),
        ("The city lifted its ban on fireworks.", "en", "CONCEDE"),
        # moving an office, sending a letter
        ("The bank moved its regional office to Riyadh.", "en", "MOBILIZE"),
        ("نقل البنك مكتبه الإقليمي إلى الرياض.", "ar", "MOBILIZE"),
    ],
)
def test_near_miss_is_not_coded(text: str, lang: str, rtype: str) -> None:
    assert rtype not in real_types(text, lang)


def test_deal_struck_is_an_agreement() -> None:
    assert ("Egypt", "AGREE", "Israel") in coded(
        "Egypt struck a gas deal with Israel in 2019.", "en"
    )


def test_border_launch_stays_mobilisation_and_missiles_at_a_state_an_attack() -> None:
    got = coded("Russia massed troops on Ukraine's border.", "en")
    assert ("Russia", "MOBILIZE", "Ukraine") in got
    assert ("Russia", "ASSAULT", "Ukraine") not in got
    assert ("Iran", "ASSAULT", "Israel") in coded("Iran fired missiles at Israel on Tuesday.", "en")


def test_troops_sent_without_request_stay_mobilisation() -> None:
    assert ("Egypt", "MOBILIZE", "Sudan") in coded("أرسلت مصر قوات إلى السودان يوم الاثنين.", "ar")


def test_feared_attack_is_hypothetical() -> None:
    x = run("Ukrainian officials said they feared Russia would attack Kyiv again.", "en")
    assert [r.modality for r in x.relations if r.type.value == "ASSAULT"] == [Modality.HYPOTHETICAL]
