"""Linking of actors the gazetteer lacks or names only by their side (S14-LINK).

Classes, one test group each:

- a signatory or delegate acting for a side ("ووقّع عن الجانب الإريتري وزير الخارجية X")
  speaks for that side's state, not the dateline's;
- the forces of a leader the gazetteer records as heading an armed group ("قوات حفتر"،
  "القوات الموالية لحفتر"، "Hemedti's fighters") are that group; governing non-state
  actors (the LNA, the STC, Georgian Dream) act for their state;
- a bare "الحكومة" repeats the government named with its state before it, not the
  dateline's ("رئيس وفد الحكومة، وزير الخارجية X" too);
- an English title with a portfolio ("Canada's energy minister", "minister for digital
  affairs,") keeps the name set off after or before it as its holder;
- an unknown Arabic name after a title ends before the pair the verb addresses
  ("البلدين"); a definite title of another role after a titled name is the verb's object;
  common given names open unknown names; "رئيس وفد حماس X" is one title;
- a bare "the army" / "الجيش" with no army named before it is the dateline state's;
- "STATE, whose president X ..." makes X a person of that state, not of the dateline's;
- an interim, military or central government or authorities "in X" («الحكومة الانتقالية في
  مالي») are X, and a minister heading its delegation is of X.

Every sentence is written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def state_of(x: Extraction, name: str) -> str | None:
    """The label of the state of the entity labelled ``name`` (None when stateless)."""
    ent = next(e for e in x.entities if e.label == name)
    return x.entity(ent.state).label if ent.state else None


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "أديس أبابا - وكالات: وقّعت إثيوبيا وإريتريا اتفاقاً لترسيم الحدود. ووقّع "
            "الاتفاق عن الجانب الإريتري وزير الخارجية عثمان صالح، وعن الجانب الإثيوبي "
            "وزير الخارجية ورقنه جبيهو.",
            "عثمان صالح",
            "Eritrea",
        ),
        (
            "نجامينا - وكالات: ووقّع الاتفاق نيابة عن الحكومة الليبية وزير الداخلية "
            "عماد الطرابلسي، بحضور مسؤولين تشاديين.",
            "عماد الطرابلسي",
            "Libya",
        ),
        (
            "الدوحة - قنا: ووقّع مذكرة التفاهم عن الجانب الكيني وزير التجارة موسى كوريا "
            "في العاصمة القطرية.",
            "موسى كوريا",
            "Kenya",
        ),
    ],
)
def test_signatory_for_a_side_speaks_for_that_sides_state(
    text: str, person: str, state: str
) -> None:
    assert state_of(extracted(text, "ar", date(2025, 3, 4)), person) == state


def test_a_citizen_released_is_not_read_as_a_signatory() -> None:
    x = extracted(
        "بغداد - وكالات: أعلنت طهران الإفراج عن المواطن الأمريكي سيامك نمازي بعد سنوات "
        "من الاحتجاز.",
        "ar",
        date(2025, 3, 4),
    )
    assert state_of(x, "سيامك نمازي") == "United States"


def labels_of(x: Extraction, surface: str) -> list[str]:
    """Labels of the entities with a mention whose text is ``surface``."""
    return [e.label for e in x.entities if any(m.text == surface for m in e.mentions)]


@pytest.mark.parametrize(
    ("text", "lang", "surface", "group"),
    [
        (
            "طرابلس - وكالات: شنت قوات حفتر هجوماً على مواقع حكومة الوفاق جنوب العاصمة.",
            "ar",
            "قوات حفتر",
            "Libyan National Army",
        ),
        (
            "أنقرة - وكالات: وطالبت تركيا بانسحاب القوات الموالية لحفتر من سرت والجفرة.",
            "ar",
            "القوات الموالية لحفتر",
            "Libyan National Army",
        ),
        (
            "الخرطوم - وكالات: اتهم الجيش السوداني قوات حميدتي بقصف مستشفى في الفاشر.",
            "ar",
            "قوات حميدتي",
            "Rapid Support Forces",
        ),
        (
            "KHARTOUM (Reuters) - Fighters loyal to Hemedti stormed the town of Wad Madani "
            "on Monday, the army said.",
            "en",
            "Fighters loyal to Hemedti",
            "Rapid Support Forces",
        ),
        (
            "CAIRO (AP) - Egypt urged Haftar's forces to pull back from Sirte.",
            "en",
            "Haftar's forces",
            "Libyan National Army",
        ),
    ],
)
def test_forces_of_a_group_leader_are_his_group(
    text: str, lang: str, surface: str, group: str
) -> None:
    assert labels_of(extracted(text, lang, date(2025, 3, 4)), surface) == [group]


def test_the_leader_named_alone_stays_the_leader() -> None:
    x = extracted(
        "بنغازي - وكالات: قال خليفة حفتر إنه يدعم الحوار بين الليبيين.", "ar", date(2025, 3, 4)
    )
    assert labels_of(x, "خليفة حفتر") == ["Khalifa Haftar"]


@pytest.mark.parametrize(
    ("text", "lang", "actor", "state"),
    [
        (
            "بنغازي - وكالات: أعلن الجيش الوطني الليبي السيطرة على حقل الشرارة النفطي.",
            "ar",
            "Libyan National Army",
            "Libya",
        ),
        (
            "ADEN (Reuters) - The Southern Transitional Council said on Sunday it had "
            "deployed forces in Hadramout.",
            "en",
            "Southern Transitional Council",
            "Yemen",
        ),
        (
            "TBILISI (AP) - Georgian Dream said it would not allow foreign interference "
            "in the vote.",
            "en",
            "Georgian Dream",
            "Georgia",
        ),
    ],
)
def test_governing_non_state_actors_act_for_their_state(
    text: str, lang: str, actor: str, state: str
) -> None:
    assert state_of(extracted(text, lang, date(2025, 3, 4)), actor) == state


def speakers(x: Extraction) -> list[str]:
    return [x.entity(q.speaker).label for q in x.quotes]


def test_a_bare_government_repeats_the_government_named_before_it() -> None:
    x = extracted(
        "الرياض - «الشرق الأوسط»: رحبت الحكومة السودانية بالمبادرة السعودية لوقف القتال. "
        "وقالت الحكومة في بيان إنها مستعدة للعودة إلى مفاوضات جدة.",
        "ar",
        date(2025, 3, 4),
    )
    assert speakers(x) == ["Sudan", "Sudan"]


def test_a_government_named_later_as_another_party_is_not_the_bare_ones() -> None:
    lead = (
        "عمان - بترا: أعلن الأردن استدعاء سفيره لدى إسرائيل احتجاجاً على اعتقال "
        "مواطنين أردنيين، وقال وزير الخارجية إن المملكة ستتخذ كل الإجراءات القانونية "
        "لحماية مواطنيها وإن على الجانب الآخر احترام التزاماته."
    )
    x = extracted(
        lead + "\n\nوطالب الوزير الحكومة الإسرائيلية بالإفراج عنهما. "
        "وقالت الحكومة إنها ستواصل متابعة القضية.",
        "ar",
        date(2025, 3, 4),
    )
    assert speakers(x)[-1] == "Jordan"


def test_a_bare_government_with_none_named_before_is_the_datelines() -> None:
    x = extracted(
        "الرياض - واس: وقالت الحكومة إنها ستواصل دعم القطاع الخاص.", "ar", date(2025, 3, 4)
    )
    assert speakers(x) == ["Saudi Arabia"]


def test_the_head_of_the_governments_delegation_is_of_that_government() -> None:
    x = extracted(
        "الدوحة - قنا: بدأت في الدوحة محادثات بين الحكومة الصومالية وإقليم أرض الصومال. "
        "وترأس وفد الحكومة، وزير الخارجية أحمد معلم فقي، فيما ترأس وفد الإقليم وزير خارجيته.",
        "ar",
        date(2025, 3, 4),
    )
    assert state_of(x, "أحمد معلم فقي") == "Somalia"


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "LONDON (Reuters) - Dan Jarvis, Britain's security minister, said the attack "
            "was reckless.",
            "Dan Jarvis",
            "United Kingdom",
        ),
        (
            "OTTAWA (Reuters) - Jonathan Wilkinson, Canada's energy minister, said the "
            "pipeline would be finished next year.",
            "Jonathan Wilkinson",
            "Canada",
        ),
        (
            "NAIROBI (Reuters) - Kenya's health minister Susan Nakhumicha said the outbreak "
            "was contained.",
            "Susan Nakhumicha",
            "Kenya",
        ),
    ],
)
def test_a_portfolio_title_set_off_by_commas_names_a_person_of_its_state(
    text: str, person: str, state: str
) -> None:
    x = extracted(text, "en", date(2025, 3, 4))
    assert state_of(x, person) == state
    assert speakers(x) == [person]


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "BERLIN (Reuters) - Germany's minister for digital affairs, Volker Wissing, said "
            "the cable had been cut deliberately.",
            "Volker Wissing",
            "Germany",
        ),
        (
            "CANBERRA (Reuters) - On Friday, Australia's minister for home affairs, Tony "
            "Burke, said Canberra had concluded China was behind the hack.",
            "Tony Burke",
            "Australia",
        ),
    ],
)
def test_a_lower_case_portfolio_closed_by_a_comma_leaves_the_name_after_it(
    text: str, person: str, state: str
) -> None:
    x = extracted(text, "en", date(2025, 3, 4))
    assert state_of(x, person) == state
    assert speakers(x) == [person]


def test_a_lower_case_portfolio_with_no_name_after_it_stays_a_title() -> None:
    x = extracted(
        "LONDON (Reuters) - Britain's minister for trade said on Monday, after talks in "
        "Delhi, that tariffs would fall.",
        "en",
        date(2025, 3, 4),
    )
    assert [e.type.value for e in x.entities if e.label.startswith("Britain")] == ["Person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "أديس أبابا - وكالات: دعا رئيس مفوضية الاتحاد الأفريقي محمود علي يوسف البلدين "
            "إلى ضبط النفس.",
            "محمود علي يوسف",
        ),
        (
            "الدوحة - قنا: حث وزير الدولة محمد الخليفي الدولتين على العودة إلى الحوار.",
            "محمد الخليفي",
        ),
    ],
)
def test_an_unknown_name_ends_before_the_pair_the_verb_addresses(text: str, person: str) -> None:
    assert speakers(extracted(text, "ar", date(2025, 3, 4))) == [person]


def test_a_definite_title_after_the_name_is_the_object_not_the_names_title() -> None:
    x = extracted(
        "عدن - وكالات: واستقبل وزير الدفاع خالد الداعري السفير الأمريكي في مكتبه.",
        "ar",
        date(2025, 3, 4),
    )
    assert state_of(x, "خالد الداعري") == "Yemen"


def test_a_construct_title_after_the_name_still_states_its_state() -> None:
    x = extracted(
        "الدوحة - قنا: وصل فخامة الرئيس إيمرسون منانغاغوا رئيس جمهورية زيمبابوي إلى الدوحة.",
        "ar",
        date(2025, 3, 4),
    )
    assert state_of(x, "إيمرسون منانغاغوا") == "Zimbabwe"


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "عدن - وكالات: واستقبل وزير الدفاع محسن الداعري وفداً عسكرياً سعودياً في عدن.",
            "محسن الداعري",
            "Yemen",
        ),
        (
            "بيروت - وكالات: والتقى وزير الخارجية السابق شربل وهبة سفراء الدول العربية.",
            "شربل وهبة",
            "Lebanon",
        ),
    ],
)
def test_a_common_given_name_opens_an_unknown_name_after_a_title(
    text: str, person: str, state: str
) -> None:
    assert state_of(extracted(text, "ar", date(2025, 3, 4)), person) == state


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "الدوحة - وكالات: والتقى رئيس وفد حماس خليل الحية الوسطاء القطريين.",
            "خليل الحية",
            "رئيس وفد حماس",
        ),
        (
            "طرابلس - وكالات: والتقى رئيس بعثة الاتحاد الأوروبي نيكولا أورلاندو رئيس الحكومة.",
            "نيكولا أورلاندو",
            "رئيس بعثة الاتحاد الأوروبي",
        ),
        (
            "كابل - وكالات: وقال رئيس وفد طالبان عبد السلام حنفي إن الحركة ملتزمة بالاتفاق.",
            "عبد السلام حنفي",
            "رئيس وفد طالبان",
        ),
    ],
)
def test_the_head_of_a_bodys_delegation_or_mission_is_a_titled_person(
    text: str, person: str, title: str
) -> None:
    x = extracted(text, "ar", date(2025, 3, 4))
    ent = next(e for e in x.entities if e.label == person)
    assert [r.label for r in ent.roles] == [title]


def test_a_definite_title_after_a_titled_name_is_another_person() -> None:
    x = extracted(
        "جنيف - وكالات: والتقى رئيس الوفد الروسي ألكسندر لافرنتييف المبعوث الأممي غير بيدرسون.",
        "ar",
        date(2025, 3, 4),
    )
    ent = next(e for e in x.entities if e.label == "ألكسندر لافرنتييف")
    assert [r.label for r in ent.roles] == ["رئيس الوفد الروسي"]
    assert [m.text for m in ent.mentions] == ["ألكسندر لافرنتييف"]


def test_a_name_then_its_title_is_still_one_person() -> None:
    x = extracted(
        "أبوظبي - وام: وقال محمد الشناوي المتحدث باسم الرئاسة إن الزيارة ناجحة.",
        "ar",
        date(2025, 3, 4),
    )
    assert speakers(x) == ["محمد الشناوي"]


def labels_with_state(x: Extraction) -> set[tuple[str, str | None]]:
    return {
        (e.label, x.entity(e.state).label if e.state else None)
        for e in x.entities
        if e.type.value == "Organization"
    }


@pytest.mark.parametrize(
    ("text", "lang", "army"),
    [
        (
            "نيامي - وكالات: أطاح الجيش بالرئيس محمد بازوم في يوليو الماضي.",
            "ar",
            ("Nigerien Armed Forces", "Niger"),
        ),
        (
            "بيروت - وكالات: وانتشر الجيش في الجنوب بعد انسحاب القوات الإسرائيلية.",
            "ar",
            ("Lebanese Armed Forces", "Lebanon"),
        ),
        (
            "BAMAKO (Reuters) - The army said on Monday it had killed 20 militants near "
            "the border with Niger.",
            "en",
            ("Malian Armed Forces", "Mali"),
        ),
    ],
)
def test_a_bare_army_is_the_dateline_states(text: str, lang: str, army: tuple[str, str]) -> None:
    assert army in labels_with_state(extracted(text, lang, date(2025, 3, 4)))


def test_an_army_placed_in_another_state_is_not_the_datelines() -> None:
    x = extracted(
        "أبوظبي - وام: وقال الجيش في بوركينا فاسو إنه صد هجوماً على قاعدة في الشمال.",
        "ar",
        date(2025, 3, 4),
    )
    assert ("Emirati Armed Forces", "United Arab Emirates") not in labels_with_state(x)


def test_a_bare_army_after_another_states_army_repeats_that_one() -> None:
    x = extracted(
        "القاهرة - وكالات: قال الجيش السوداني إنه استعاد ود مدني. وأضاف الجيش أن المعارك مستمرة.",
        "ar",
        date(2025, 3, 4),
    )
    assert ("Egyptian Armed Forces", "Egypt") not in labels_with_state(x)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "CARACAS (Reuters) - Colombia, whose president Gustavo Petro has called for new "
            "elections, agreed to mediate.",
            "Gustavo Petro",
            "Colombia",
        ),
        (
            "KYIV (Reuters) - Slovakia, whose Prime Minister Robert Fico visited Moscow last "
            "month, said it would not send weapons.",
            "Robert Fico",
            "Slovakia",
        ),
    ],
)
def test_a_state_whose_titled_person_is_named_gives_that_person_its_state(
    text: str, person: str, state: str
) -> None:
    assert state_of(extracted(text, "en", date(2025, 3, 4)), person) == state


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "أبوظبي - وام: وقالت الحكومة الانتقالية في مالي إنها ترحب بالدعم الإماراتي.",
            "Mali",
        ),
        (
            "الدوحة - قنا: وأعلنت السلطات الانتقالية في غينيا ترحيبها بالوساطة القطرية.",
            "Guinea",
        ),
    ],
)
def test_an_interim_government_in_a_state_is_that_state(text: str, speaker: str) -> None:
    assert speakers(extracted(text, "ar", date(2025, 3, 4))) == [speaker]


def test_a_minister_heading_a_governments_delegation_is_of_that_state() -> None:
    x = extracted(
        "أبوظبي - وام: استقبلت الإمارات وفداً من الحكومة الانتقالية في مالي برئاسة وزير "
        "الخارجية عبد الله ديوب.",
        "ar",
        date(2025, 3, 4),
    )
    assert state_of(x, "عبد الله ديوب") == "Mali"


def test_a_mullah_styled_name_is_a_person() -> None:
    x = extracted(
        "كابل - وكالات: وقال الملا محمد حسن أخوند إن الحكومة ستفتح المعابر أمام التجارة.",
        "ar",
        date(2025, 3, 4),
    )
    assert speakers(x) == ["محمد حسن أخوند"]
