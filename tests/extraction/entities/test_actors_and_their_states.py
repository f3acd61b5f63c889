"""Actors and the state they speak for (S11-ENT): envoys to a body of no state under a
state's possessive, shorter forms of a full name, Arabic datelines with the paper's name
in guillemets, the shared demonym "Congolese", intergovernmental missions, armed groups
and states' agencies the shared lists lack, "the 27-member bloc", affiliation compounds,
names with a quoted word, long Arabic titles before a new name, outlet mastheads (no
dateline) and aides under a leader's possessive.  Sentences are new, written for these
tests."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, linked

from kg.models import Entity, EntityType, Extraction

DAY = datetime.date(2025, 2, 10)


def _entity(x: Extraction, label_part: str) -> Entity:
    return next(e for e in x.entities if label_part in e.label)


def _state_label(x: Extraction, e: Entity) -> str | None:
    return x.entity(e.state).label if e.state else None


ENVOYS_OF_A_STATE_TO_A_BODY = [
    pytest.param(
        "Iran's U.N. ambassador Amir Saeid Iravani told the council that Tehran would respond.",
        "Amir Saeid Iravani",
        "Iran",
        id="un_ambassador_after_a_possessive",
    ),
    pytest.param(
        "Ukraine's U.N. envoy, Andriy Melnyk, said the strike had hit a children's hospital.",
        "Andriy Melnyk",
        "Ukraine",
        id="un_envoy_in_an_aside",
    ),
]


@pytest.mark.parametrize(("text", "person", "state"), ENVOYS_OF_A_STATE_TO_A_BODY)
def test_an_envoy_to_a_stateless_body_speaks_for_the_possessive_state(
    text: str, person: str, state: str
) -> None:
    x = extracted(text, "en", DAY)
    assert _state_label(x, _entity(x, person)) == state


def test_a_body_envoy_without_a_possessive_keeps_no_state() -> None:
    x = extracted("U.N. envoy Hans Grundberg said the talks in Muscat were useful.", "en", DAY)
    assert _entity(x, "Grundberg").state is None


def test_a_shorter_form_of_a_full_name_is_the_same_person_en() -> None:
    x = extracted(
        "Salvadoran President Nayib Armando Bukele Ortez met the envoy on Monday. "
        'Bukele Ortez said the deal was "historic".',
        "en",
        DAY,
    )
    people = [e for e in x.entities if e.type is EntityType.PERSON]
    assert len(people) == 1
    assert _state_label(x, people[0]) == "El Salvador"


def test_a_shorter_form_of_a_full_name_is_the_same_person_ar() -> None:
    x = extracted(
        "استقبل رئيس الوزراء العراقي محمد شياع السوداني وفدا تركيا في بغداد. "
        "وقال شياع السوداني إن العراق يرفض أي اعتداء على أراضيه.",
        "ar",
        DAY,
    )
    people = [e for e in x.entities if e.type is EntityType.PERSON]
    assert len(people) == 1
    assert _state_label(x, people[0]) == "Iraq"


def test_a_titled_shorter_name_is_another_person() -> None:
    # the son's name holds the father's: the father, titled on his own, stays apart
    lk = linked(
        "وقال رئيس المجلس العسكري محمد إدريس ديبي إتنو إن البلاد ماضية في الحوار. "
        "وكان الرئيس التشادي الراحل إدريس ديبي إتنو قد حكم البلاد ثلاثة عقود.",
        "ar",
    )
    people = {k for k, e in lk.entities.items() if e.type is EntityType.PERSON}
    assert len(people) == 2


def test_an_arabic_dateline_with_the_paper_in_guillemets_gives_the_home_state() -> None:
    x = extracted(
        "عنوان الخبر\nالرباط ـ «القدس العربي»: قال وزير الداخلية عبد الوافي لفتيت إن "
        "السلطات عززت المراقبة على الحدود.",
        "ar",
        DAY,
    )
    assert _state_label(x, _entity(x, "لفتيت")) == "Morocco"


def test_congolese_is_congo_kinshasa_when_the_article_names_it() -> None:
    x = extracted(
        "The Democratic Republic of Congo accused Rwanda of backing the rebels. "
        "Congolese President Felix Tshisekedi said the army would retake Goma.",
        "en",
        DAY,
    )
    assert _state_label(x, _entity(x, "Tshisekedi")) == "Democratic Republic of the Congo"


NEW_ACTORS = [
    pytest.param(
        "MINUSMA said two peacekeepers were killed near Kidal.",
        "en",
        "Stabilization Mission in Mali",
        id="un_mission_acronym",
    ),
    pytest.param(
        "UNIFIL said its positions near Naqoura were hit.",
        "en",
        "Interim Force in Lebanon",
        id="unifil",
    ),
    pytest.param(
        "The OAS called an emergency session on Haiti.",
        "en",
        "Organization of American States",
        id="oas",
    ),
    pytest.param(
        "The Pakistani Taliban claimed the attack on the checkpoint.",
        "en",
        "Tehreek-e-Taliban Pakistan",
        id="pakistani_taliban",
    ),
    pytest.param(
        "The Shebab claimed the bombing in Mogadishu.", "en", "Al-Shabaab", id="shebab_spelling"
    ),
    pytest.param(
        "Russia's FSB said it had detained two saboteurs.",
        "en",
        "Federal Security Service",
        id="fsb",
    ),
    pytest.param(
        "وقالت قوات اليونيفيل إن مواقعها تعرضت لإطلاق نار.",
        "ar",
        "Interim Force in Lebanon",
        id="unifil_ar",
    ),
    pytest.param(
        "وأعلن تحالف دعم الشرعية في اليمن اعتراض طائرة مسيرة.",
        "ar",
        "Saudi-led coalition",
        id="coalition_ar",
    ),
    pytest.param(
        "وقال المجلس الانتقالي الجنوبي إن قواته سيطرت على المعسكر.",
        "ar",
        "Southern Transitional Council",
        id="stc_ar",
    ),
    pytest.param(
        "وقالت المنظمة الدولية للهجرة إن مئات المهاجرين غرقوا.",
        "ar",
        "International Organization for Migration",
        id="iom_ar",
    ),
]


@pytest.mark.parametrize(("text", "lang", "label"), NEW_ACTORS)
def test_intergovernmental_missions_armed_groups_and_agencies_are_linked(
    text: str, lang: str, label: str
) -> None:
    lk = linked(text, lang)
    assert any(label in e.label for e in lk.entities.values())


def test_state_agencies_speak_for_their_state() -> None:
    lk = linked("The CIA and Mossad declined to comment.", "en")
    states = {e.label: e.state for e in lk.entities.values()}
    assert states["Central Intelligence Agency"] == "Q30"
    assert states["Mossad"] == "Q801"


def test_the_sized_or_qualified_bloc_refers_back_to_the_union() -> None:
    x = extracted(
        "The European Union agreed new tariffs on Chinese steel on Tuesday. The 27-member "
        "bloc said the duties would take effect in May.",
        "en",
        DAY,
    )
    eu = _entity(x, "European Union")
    assert "The 27-member bloc" in [m.text for m in eu.mentions]


def test_a_bloc_named_right_after_its_noun_is_not_the_earlier_one() -> None:
    x = extracted(
        "The European Union sent observers. The regional bloc ECOWAS said it would suspend Guinea.",
        "en",
        DAY,
    )
    eu = _entity(x, "European Union")
    assert all("bloc" not in m.text for m in eu.mentions)


def test_an_armed_group_in_an_affiliation_compound_is_no_actor() -> None:
    lk = linked("The army said it killed 12 fighters of the Islamic State-linked ADF.", "en")
    assert not any(e.label == "Islamic State" for e in lk.entities.values())
    lk = linked("Al-Qaeda-affiliated militants attacked the base.", "en")
    assert not any(e.label == "Al-Qaeda" for e in lk.entities.values())


def test_a_name_with_a_word_in_guillemets_is_linked() -> None:
    lk = linked("ونقلت وكالة «فارس» عن مصدر أمني أن الهجوم أُحبط.", "ar")
    assert any("Fars" in e.label for e in lk.entities.values())
    lk = linked("وأعلنت حكومة «الوفاق» الليبية تعليق المحادثات.", "ar")
    gna = [m for m in lk.mentions if "national accord" in m.key]
    assert gna and gna[0].text.endswith("الليبية")


def test_a_long_arabic_title_before_a_new_name_is_its_role_with_the_home_state() -> None:
    x = extracted(
        "عنوان الخبر\nبيروت - «النهار»: قال وزير الطاقة والمياه الدكتور وليد فياض إن "
        "البلاد ستواجه صيفا صعبا.",
        "ar",
        DAY,
    )
    person = _entity(x, "فياض")
    assert person.roles and person.roles[0].label.startswith("وزير الطاقة والمياه")
    assert _state_label(x, person) == "Lebanon"


def test_a_long_arabic_title_naming_a_state_gives_that_state() -> None:
    x = extracted(
        "وعبرت الشاحنات، بحسب المبعوث التركي الخاص لتطبيع العلاقات سردار كيليتش، الذي "
        "كتب أن المساعدات عبرت.",
        "ar",
        DAY,
    )
    assert _state_label(x, _entity(x, "كيليتش")) == "Türkiye"


def test_a_long_arabic_title_of_a_stateless_body_keeps_no_state() -> None:
    x = extracted(
        "عنوان\nالرياض - «الشرق»: وقال الأمين العام لمجلس التعاون سالم الكعبي إن "
        "الاجتماع ناقش الأمن البحري.",
        "ar",
        DAY,
    )
    assert _entity(x, "الكعبي").state is None


def test_an_outlet_masthead_line_is_no_dateline() -> None:
    x = extracted(
        "عنوان الخبر\n\nالجزيرة نت - وكالات\n\nوقال المتحدث باسم المجلس العسكري العقيد "
        "سليمان داود إن الاتفاق أُلغي.",
        "ar",
        DAY,
    )
    assert _entity(x, "داود").state is None


def test_an_aide_under_a_leaders_possessive_serves_that_leaders_state() -> None:
    lk = linked(
        "Netanyahu's national security adviser Tzachi Hanegbi said the talks would resume.",
        "en",
    )
    aide = next(e for e in lk.entities.values() if e.label == "Tzachi Hanegbi")
    assert aide.state == "Q801"
