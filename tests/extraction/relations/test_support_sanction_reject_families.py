"""Relation types of session 11 (S11-REL2): support, sanction, reject, threaten, request,
presence, each as a family of constructions rather than one sentence.

Families: staying at a state's side ("ستظل/ستبقى إلى جانب"); care for a state's
security or stability ("حرص X على أمن Y"); gratitude told with an adjective or a
participle ("grateful to", "ممتنة لـ"); a chargé d'affaires withdrawn ("سحب القائم
بالأعمال من"); aid suspended, stopped or cut as verbs ("علقت/أوقفت مساعداتها لـ");
flights halted, stopped or banned; diplomatic recognition switched away from a state;
opposition owned by two ("معارضتهما لـ"); a harm the warner's own side may inflict
("warned that it could impose sanctions on X if ...") is a THREATEN of X, while a harm
someone else may inflict ("warned that Russia could strike ...") threatens no one named;
"both leaders"/"the two sides" acted on are the pair named before, not the agent's own
relation's pair; forces kept in a town or port are present in its state; an act told in
a joint statement ("قالت X وY في بيان مشترك إنهما تدعوان Z") is each speaker's; a pact
revoked, terminated or cancelled ("تلغي اتفاق التعاون مع") is a SANCTION, not an agreement
or a cooperation; a pact kept ("committed to its treaty with", "ملتزم بمعاهدة") is no new
agreement; an objection lifted is a concession; "any" before an English act's noun ("warned
against any attack on X") makes the act hypothetical; a list of patients continued after
"و" with the same glued preposition ("لـX، ولـY وZ") is one list; rejection with an adjective
of degree ("رفضها التام لـ") is REJECT.
Every sentence is written for this test; each family has a guard.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.models import Article

Triple = tuple[str, str, str]


def relations(text: str, lang: str) -> list[Triple]:
    x = extract(Article(id="t", lang=lang, text=text, published=date(2024, 3, 15)))
    return [
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label) for r in x.relations
    ]


def has(rels: list[Triple], want: Triple) -> bool:
    s, t, o = want
    return any(
        rt == t and ((rs, ro) == (s, o) or (t in ("CONSULT", "COOPERATE") and (ro, rs) == (s, o)))
        for rs, rt, ro in rels
    )


FOUND: list[tuple[str, str, Triple]] = [
    # staying at a state's side, future and present, every person
    (
        "ar",
        "وأكد الرئيس التركي أن تركيا ستظل إلى جانب الشعب السوري.",
        ("Türkiye", "SUPPORT", "Syria"),
    ),
    ("ar", "وأكد الرئيس التركي أن تركيا ستبقى إلى جانب سوريا.", ("Türkiye", "SUPPORT", "Syria")),
    ("ar", "وتبقى مصر إلى جانب ليبيا في هذه المرحلة.", ("Egypt", "SUPPORT", "Libya")),
    # care for a state's security or stability: genitive owner or pronoun suffix
    ("ar", "وأكد الوزير حرص مصر على أمن السودان واستقراره.", ("Egypt", "SUPPORT", "Sudan")),
    ("ar", "وجددت الأردن حرصها على استقرار العراق.", ("Jordan", "SUPPORT", "Iraq")),
    # gratitude as an adjective or a participle
    ("ar", "وأكد الرئيس أن تركيا ممتنة لقطر على وساطتها.", ("Türkiye", "SUPPORT", "Qatar")),
    (
        "en",
        "Senegal's president said Senegal was grateful to France for its help.",
        ("Senegal", "SUPPORT", "France"),
    ),
    (
        "en",
        "Mexico is grateful to Cuba for sending doctors, the foreign minister said.",
        ("Mexico", "SUPPORT", "Cuba"),
    ),
    # a chargé d'affaires withdrawn: a recall, not a retreat
    ("ar", "وقررت الجزائر سحب القائم بالأعمال من باريس.", ("Algeria", "SANCTION", "France")),
    ("ar", "وسحبت الجزائر القائم بالأعمال من باريس للتشاور.", ("Algeria", "SANCTION", "France")),
    # aid suspended or stopped as verbs
    ("ar", "وعلقت الولايات المتحدة مساعداتها لإثيوبيا.", ("United States", "SANCTION", "Ethiopia")),
    (
        "ar",
        "وأوقفت الولايات المتحدة مساعداتها العسكرية لمصر.",
        ("United States", "SANCTION", "Egypt"),
    ),
    # flights halted, stopped; recognition switched away
    ("en", "Kuwait halted all flights to Lebanon on Monday.", ("Kuwait", "SANCTION", "Lebanon")),
    (
        "en",
        "Russia stopped direct flights from Georgia in 2019.",
        ("Russia", "SANCTION", "Georgia"),
    ),
    (
        "en",
        "Nicaragua switched diplomatic recognition from Taiwan to Beijing in 2021.",
        ("Nicaragua", "SANCTION", "Taiwan"),
    ),
    (
        "en",
        "Honduras switched ties from Taipei to Beijing in March.",
        ("Honduras", "SANCTION", "Taiwan"),
    ),
    # opposition owned by two
    ("ar", "وأعلنت روسيا والصين معارضتهما لقرار فرنسا.", ("Russia", "REJECT", "France")),
    ("ar", "وأعلنت روسيا والصين معارضتهما لقرار فرنسا.", ("China", "REJECT", "France")),
    # a harm the warner's side may inflict is a threat
    (
        "en",
        "Washington warned that it could impose sanctions on Georgia if the law was adopted.",
        ("United States", "THREATEN", "Georgia"),
    ),
    (
        "en",
        "The EU warned it would impose new sanctions on Belarus if the crackdown continued.",
        ("European Union", "THREATEN", "Belarus"),
    ),
    (
        "en",
        "Trump warned he would impose tariffs on Colombia unless it accepted the flights.",
        ("Donald Trump", "THREATEN", "Colombia"),
    ),
    # "both leaders": the pair the agent spoke with, not the agent and one of them
    (
        "en",
        "Erdogan spoke with Aliyev and Pashinyan on Monday. He urged both leaders to return "
        "to talks.",
        ("Recep Tayyip Erdoğan", "REQUEST", "Ilham Aliyev"),
    ),
    # "the two countries" after the agent's own support: the pair in conflict
    (
        "ar",
        "وقصفت الهند مواقع في باكستان. وأكد وزير الخارجية الصيني دعم الصين لباكستان، داعياً "
        "البلدين إلى ضبط النفس.",
        ("Wang Yi", "REQUEST", "India"),
    ),
    # an act told in a joint statement is each speaker's act
    (
        "ar",
        "وقالت مصر والأردن في بيان مشترك إنهما تدعوان إسرائيل إلى وقف العمليات.",
        ("Jordan", "REQUEST", "Israel"),
    ),
    (
        "ar",
        "وقالت مصر والأردن في بيان مشترك إنهما تثمنان الجهود الأمريكية.",
        ("Jordan", "SUPPORT", "United States"),
    ),
    # a pact cancelled or revoked: ties downgraded (SANCTION), in both languages
    (
        "en",
        "Niger revoked its military cooperation agreement with the United States.",
        ("Niger", "SANCTION", "United States"),
    ),
    ("en", "Mali terminated its defence agreement with France.", ("Mali", "SANCTION", "France")),
    (
        "ar",
        "وقالت الحكومة إن النيجر تلغي اتفاق التعاون العسكري مع الولايات المتحدة.",
        ("Niger", "SANCTION", "United States"),
    ),
    # an objection lifted is a concession
    (
        "en",
        "Turkey lifted its objections to Sweden joining NATO in July.",
        ("Türkiye", "CONCEDE", "Sweden"),
    ),
    # a list continued after "و" with the same glued preposition: each thanked
    (
        "ar",
        "وأعرب رئيس الوزراء الباكستاني شهباز شريف عن شكره للولايات المتحدة، وللمملكة العربية "
        "السعودية وتركيا وقطر على مساعيها.",
        ("Shehbaz Sharif", "SUPPORT", "Qatar"),
    ),
    (
        "ar",
        "وقدمت الإمارات مساعدات لليمن وللسودان.",
        ("United Arab Emirates", "AID", "Sudan"),
    ),
    # rejection with an adjective of degree
    ("ar", "وأعلنت الكويت رفضها التام لقرار العراق.", ("Kuwait", "REJECT", "Iraq")),
    ("ar", "وأكدت الجزائر رفضها القاطع للقرار الفرنسي.", ("Algeria", "REJECT", "France")),
    # forces kept in a town or a port: present in its state
    ("en", "Russia keeps an air base at Hmeimim in Syria.", ("Russia", "PRESENCE", "Syria")),
    ("ar", "وتملك روسيا قاعدة بحرية في طرطوس السورية.", ("Russia", "PRESENCE", "Syria")),
]


@pytest.mark.parametrize(("lang", "text", "want"), FOUND)
def test_relation_family_is_found(lang: str, text: str, want: Triple) -> None:
    rels = relations(text, lang)
    assert has(rels, want), rels


NOT_FOUND: list[tuple[str, str, Triple]] = [
    # guards: a child beside his mother; pilots grateful to a crew; an airline's own flights
    ("ar", "وكان الطفل قد ظل إلى جانب والدته في المستشفى.", ("", "SUPPORT", "")),
    ("en", "The pilots were grateful to the crew.", ("", "SUPPORT", "")),
    ("en", "The airline halted flights to Beirut because of the fighting.", ("", "SANCTION", "")),
    # the warned harm of someone else: no threat to its doer, no conversion of the harm
    (
        "en",
        "Ukraine warned that Russia could attack Kyiv again.",
        ("Ukraine", "THREATEN", "Russia"),
    ),
    (
        "en",
        "Zelenskiy warned that Russia could strike Ukraine's power grid again this winter.",
        ("Russia", "THREATEN", "Ukraine"),
    ),
    # a joint statement about a third party's act gives the speakers no act of their own
    (
        "ar",
        "وقالت مصر والأردن في بيان مشترك إن إسرائيل قصفت مواقع في لبنان.",
        ("Jordan", "ASSAULT", "Lebanon"),
    ),
    # keeping an existing pact is no new agreement; a revoked pact is no cooperation
    (
        "en",
        "Jordan remains committed to its peace treaty with Israel, the minister said.",
        ("Jordan", "AGREE", "Israel"),
    ),
    ("ar", "وأكد الأردن التزامه بمعاهدة السلام مع إسرائيل.", ("Jordan", "AGREE", "Israel")),
    (
        "en",
        "Niger revoked its military cooperation agreement with the United States.",
        ("Niger", "COOPERATE", "United States"),
    ),
    (
        "ar",
        "وأعلنت النيجر إلغاء اتفاق التعاون العسكري مع الولايات المتحدة.",
        ("Niger", "COOPERATE", "United States"),
    ),
    # a singular verb after two states speaks for one: no joint act
    (
        "ar",
        "وقعت مصر والسعودية اتفاقا لترسيم الحدود البحرية. وأعلنت دعمها للحكومة السودانية.",
        ("Saudi Arabia", "SUPPORT", "Sudan"),
    ),
    # the agent's own relation is not "both sides"
    (
        "en",
        "Erdogan spoke with Aliyev and Pashinyan on Monday. He urged both leaders to return "
        "to talks.",
        ("Recep Tayyip Erdoğan", "REQUEST", "Recep Tayyip Erdoğan"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_FOUND)
def test_relation_family_guard(lang: str, text: str, absent: Triple) -> None:
    rels = relations(text, lang)
    s, t, o = absent
    if not s and not o:
        assert all(rt != t for _, rt, _ in rels), rels
    else:
        assert not has(rels, absent), rels


def test_charge_d_affaires_withdrawn_is_no_retreat() -> None:
    rels = relations("وقررت الجزائر سحب القائم بالأعمال من باريس.", "ar")
    assert not has(rels, ("Algeria", "RETREAT", "France")), rels


def test_signed_cooperation_pact_stays_agreement_and_cooperation() -> None:
    rels = relations("Egypt signed a military cooperation agreement with Sudan.", "en")
    assert has(rels, ("Egypt", "AGREE", "Sudan")), rels
    assert has(rels, ("Egypt", "COOPERATE", "Sudan")), rels


def test_refused_cancellation_is_no_sanction() -> None:
    rels = relations("ورفضت مالي إلغاء اتفاق السلام مع الجزائر.", "ar")
    assert not has(rels, ("Mali", "SANCTION", "Algeria")), rels


def test_warned_party_stays_threatened() -> None:
    rels = relations("Washington warned Moscow against any attack on Ukraine.", "en")
    assert has(rels, ("United States", "THREATEN", "Russia")), rels


@pytest.mark.parametrize(
    "text",
    [
        "Washington warned Moscow against any attack on Ukraine.",
        "China warned against any U.S. arms sales to Taiwan.",
    ],
)
def test_any_act_is_hypothetical(text: str) -> None:
    x = extract(Article(id="t", lang="en", text=text, published=date(2024, 3, 15)))
    harms = [r for r in x.relations if r.type.value in ("ASSAULT", "AID")]
    assert harms, x.relations
    assert all(r.modality.value == "hypothetical" for r in harms), harms


def test_told_act_without_any_stays_asserted() -> None:
    x = extract(
        Article(
            id="t",
            lang="en",
            text="China condemned the U.S. arms sales to Taiwan.",
            published=date(2024, 3, 15),
        )
    )
    aid = [r for r in x.relations if r.type.value == "AID"]
    assert aid and all(r.modality.value == "asserted" for r in aid), x.relations


def test_suspended_aid_is_no_aid() -> None:
    rels = relations("وعلقت الولايات المتحدة مساعداتها لإثيوبيا.", "ar")
    assert not has(rels, ("United States", "AID", "Ethiopia")), rels
