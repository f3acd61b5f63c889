"""Relations of nominal events, hosts, joiners and repeated events (S8-R2-H2).

Families: talks "hosted by X" with their parties after the host's participle; one who
joins the meeting just told ("and Z joined the meeting", "وشارك Z في الاجتماع"); the
agent of "بعد زيارة إلى X" when the summit's body is named last; a partitive before the
genitive agent ("انسحاب معظم القوات ..."); the place after one's own forces withdrawn;
"its embassy in <city>" after the speaker's name; "called his <nationality> counterpart
X"; the two co-subjects of a one-way act (or "X and the Y") taken up as "the two
countries"; "clashed over" (a quarrel); a passive agent's second conjunct (no patient);
an unknown person's possessed act ("X's trip") not given to the speaker; a visit during
which the visitor signs with a person of the host state (a meeting with that person);
the same meeting told twice with two topics merged. Every sentence is written for this
test; each family has a guard.
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
    (
        "en",
        "The negotiations, hosted by Egypt, between Israel and Hamas resumed in Cairo on Sunday.",
        ("Israel", "CONSULT", "Hamas"),
    ),
    (
        "en",
        "The negotiations, hosted by Egypt, between Israel and Hamas resumed in Cairo on Sunday.",
        ("Egypt", "CONSULT", "Hamas"),
    ),
    (
        "en",
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on "
        "Friday, and Polish Prime Minister Donald Tusk joined the meeting later.",
        ("Donald Tusk", "CONSULT", "Emmanuel Macron"),
    ),
    (
        "ar",
        "التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في العقبة "
        "أمس، وشارك الرئيس الفلسطيني محمود عباس في الاجتماع.",
        ("Mahmoud Abbas", "CONSULT", "Abdullah II of Jordan"),
    ),
    (
        "ar",
        "وتأتي مشاركة الرئيس الجنوب أفريقي سيريل رامافوزا في قمة مجموعة العشرين بعد زيارة "
        "قصيرة إلى الهند.",
        ("سيريل رامافوزا", "CONSULT", "India"),
    ),
    (
        "ar",
        "وأعلن الكرملين انسحاب معظم القوات الروسية من كازاخستان بعد انتهاء مهمة حفظ السلام.",
        ("Russian Armed Forces", "RETREAT", "Kazakhstan"),
    ),
    (
        "en",
        "Russia said the attack was retaliation for Ukraine's drone strike on its embassy in "
        "Minsk last week.",
        ("Ukraine", "ASSAULT", "Russia"),
    ),
    (
        "en",
        "Spanish Foreign Minister Jose Manuel Albares called his Moroccan counterpart Nasser "
        "Bourita on Tuesday.",
        ("Jose Manuel Albares", "CONSULT", "Nasser Bourita"),
    ),
    (
        "en",
        "Kuwait and the United Arab Emirates recalled their ambassadors from Lebanon on Friday. "
        "The two countries accused Beirut of failing to curb Hezbollah.",
        ("United Arab Emirates", "ACCUSE", "Lebanon"),
    ),
    (
        "en",
        "Kuwait and the United Arab Emirates recalled their ambassadors from Lebanon on Friday. "
        "The two countries accused Beirut of failing to curb Hezbollah.",
        ("Kuwait", "ACCUSE", "Lebanon"),
    ),
    (
        "en",
        "Armenia and the European Union have disagreed over visas for years. The two sides "
        "agreed on Monday to launch a dialogue.",
        ("Armenia", "AGREE", "European Union"),
    ),
    (
        "ar",
        "وأعلن الرئيس الأميركي جو بايدن سحب جزء من القوات الأميركية من العراق.",
        ("Joe Biden", "RETREAT", "Iraq"),
    ),
    (
        "en",
        "Iran launched drones and missiles at Israel in retaliation for an Israeli strike on "
        "its consulate in Damascus.",
        ("Israel", "ASSAULT", "Iran"),
    ),
    (
        "ar",
        "ووقع الرئيس الفرنسي إيمانويل ماكرون والرئيس الجزائري عبد المجيد تبون إعلانا مشتركا "
        "أمس السبت خلال زيارة ماكرون إلى الجزائر.",
        ("Emmanuel Macron", "CONSULT", "Abdelmadjid Tebboune"),
    ),
    (
        "en",
        "German Chancellor Olaf Scholz and Kenyan President William Ruto signed a migration "
        "pact on Friday during Scholz's visit to Nairobi.",
        ("Olaf Scholz", "CONSULT", "William Ruto"),
    ),
    (
        # guard: forces that target a place attack it
        "en",
        "Hezbollah fighters crossed the border on Monday and targeted Israeli villages.",
        ("Hezbollah", "ASSAULT", "Israel"),
    ),
    (
        # guard: troops that clash fight
        "en",
        "Thai and Cambodian troops clashed near the border on Monday.",
        ("Thailand", "ASSAULT", "Cambodian Armed Forces"),
    ),
    (
        # guard: both agents of an active verb keep their patient
        "en",
        "Britain and the United States struck Houthi targets in Yemen on Friday.",
        ("United Kingdom", "ASSAULT", "Houthis"),
    ),
    (
        # guard: a lower-case possessor ("the Serbian president's visit") still visits
        "en",
        "Kosovo's foreign minister said the Serbian president's visit to northern Kosovo "
        "was a provocation.",
        ("Serbian president", "CONSULT", "Kosovo"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), FOUND)
def test_nominal_event_arguments_are_found(lang: str, text: str, want: Triple) -> None:
    assert has(relations(text, lang), want)


ABSENT: list[tuple[str, str, Triple]] = [
    (
        "en",
        "The travel bans were announced by Canada and Australia on Tuesday.",
        ("Canada", "SANCTION", "Australia"),
    ),
    (
        "en",
        "The air strikes were launched by Britain and the United States against Houthi "
        "targets in Yemen.",
        ("United Kingdom", "ASSAULT", "United States"),
    ),
    (
        "en",
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on "
        "Friday, but Polish Prime Minister Donald Tusk did not join the meeting.",
        ("Donald Tusk", "CONSULT", "Emmanuel Macron"),
    ),
    (
        "ar",
        "التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في العقبة "
        "أمس، ولم يشارك الرئيس الفلسطيني محمود عباس في الاجتماع.",
        ("Mahmoud Abbas", "CONSULT", "Abdullah II of Jordan"),
    ),
    (
        "ar",
        "وتأتي مشاركة الرئيس الجنوب أفريقي سيريل رامافوزا في قمة مجموعة العشرين بعد زيارة "
        "قصيرة إلى الهند.",
        ("G20", "CONSULT", "India"),
    ),
    (
        "en",
        "The Norwegian foreign minister said Anna Lindqvist's trip to Moscow was a private matter.",
        ("Norwegian foreign minister", "CONSULT", "Russia"),
    ),
    (
        "en",
        "Spanish Foreign Minister Jose Manuel Albares called his Moroccan counterpart's "
        "remarks regrettable.",
        ("Jose Manuel Albares", "CONSULT", "Nasser Bourita"),
    ),
    (
        "en",
        "Russia said the attack was retaliation for Ukraine's drone strike on its embassy in "
        "Minsk last week.",
        ("Ukraine", "ASSAULT", "Minsk"),
    ),
    (
        "en",
        "Iran vowed revenge for the strike on its consulate in Damascus, which it blamed on "
        "Israel.",
        ("Iran", "ASSAULT", "Damascus"),
    ),
    (
        "en",
        "The new curbs were adopted by Japan and Canada on Monday and target Russian banks.",
        ("Canada", "ASSAULT", "Russia"),
    ),
    (
        "en",
        "Japan and South Korea clashed over the export curbs on Tuesday.",
        ("Japan", "ASSAULT", "South Korea"),
    ),
    (
        "ar",
        "وأعلن الرئيس الأميركي جو بايدن سحب جزء من القوات الأميركية من العراق.",
        ("Joe Biden", "RETREAT", "American Armed Forces"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "bad"), ABSENT)
def test_co_agents_negated_joiners_and_unknown_possessors_are_not_coded(
    lang: str, text: str, bad: Triple
) -> None:
    assert not has(relations(text, lang), bad)


def test_host_without_parties_codes_nothing() -> None:
    assert relations("The negotiations, hosted by Egypt in Cairo, resumed on Sunday.", "en") == []


def test_same_meeting_told_twice_is_one_event() -> None:
    text = (
        "استقبل رئيس الوزراء الياباني فوميو كيشيدا في طوكيو أمس الرئيس الإندونيسي جوكو ويدودو، "
        "وبحث الجانبان التعاون في مجال الطاقة. وخلال لقائه الرئيس الإندونيسي أكد كيشيدا دعم "
        "بلاده لمشاريع البنية التحتية."
    )
    rels = relations(text, "ar")
    consult = [r for r in rels if r[1] == "CONSULT"]
    assert len(consult) == 1
    assert any(r[1] == "COOPERATE" for r in rels)  # another act of the same pair stays
