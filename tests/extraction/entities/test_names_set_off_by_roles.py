"""Entities the text introduces that the gazetteer lacks (issue #3, session 8).

Families: English untitled names set off by an appositive role (a company word, a
demonym and a lower-case modifier, private-person roles); a state the title gives a
name read first with none; a possessive apposition ("X, his Chinese counterpart");
organisation names read as a role and a person ("National Assembly"); Arabic names
that swallow a title in the accusative ("رئيسا") or run past an East Asian name in
"-ng" into a definite noun.

All sentences are written for these tests in news style (real events, new wording).
"""

from __future__ import annotations

import datetime

from factories import extracted, find_mention, linked

from kg.gazetteer import Linking
from kg.models import Extraction

USA, IRAN = "Q30", "Q794"


def _link(text: str, lang: str, day: datetime.date) -> Linking:
    return linked(text, lang, day)


def _person_names(result: Linking) -> list[str]:
    return [m.text for m in result.mentions if m.key.startswith("Person:") and m.kind == "name"]


# -- English: untitled names before an appositive role -----------------------------------


def test_company_word_between_article_and_role_introduces_a_person() -> None:
    text = "Travis Kalanick, the Uber executive, resigned on Wednesday under investor pressure."
    result = _link(text, "en", datetime.date(2017, 6, 21))
    assert _person_names(result) == ["Travis Kalanick"]


def test_former_marine_introduces_a_person() -> None:
    text = "Trevor Reed, a former Marine, was freed in a prisoner swap with Moscow on Wednesday."
    result = _link(text, "en", datetime.date(2022, 4, 27))
    assert "Trevor Reed" in _person_names(result)


def test_demonym_and_modifier_before_role_give_the_person_that_state() -> None:
    text = "Narges Mohammadi, the Iranian rights activist, was awarded the Nobel Peace Prize."
    result = _link(text, "en", datetime.date(2023, 10, 6))
    m = find_mention(result, "Narges Mohammadi")
    assert m.key.startswith("Person:")
    assert result.entities[m.key].state == IRAN
    assert find_mention(result, "Iranian").key == IRAN  # the demonym stays a mention


def test_state_of_title_reaches_a_name_read_first_with_none() -> None:
    text = (
        "Kurt Campbell, the U.S. deputy secretary of state, said on Monday that Washington "
        "would send more aid."
    )
    result = _link(text, "en", datetime.date(2024, 3, 4))
    m = find_mention(result, "Kurt Campbell")
    assert result.entities[m.key].state == USA


def test_possessive_apposition_is_the_named_counterpart() -> None:
    text = (
        "Mevlut Cavusoglu, Turkey's foreign minister, met Wang Yi, his Chinese counterpart, "
        "in Antalya on Friday."
    )
    result = _link(text, "en", datetime.date(2021, 3, 26))
    wang = find_mention(result, "Wang Yi")
    assert find_mention(result, "Chinese counterpart").key == wang.key


def test_organisation_name_with_national_is_no_person() -> None:
    text = "Members of the Zimbabwe African National Union walked out of parliament on Monday."
    result = _link(text, "en", datetime.date(2019, 3, 1))
    assert _person_names(result) == []


def test_guard_lowercase_aside_and_capitalised_body_word() -> None:
    # kept: a lower-case modifier before the role; not taken: a body word before it
    kept = _link(
        "Oleg Orlov, the veteran rights activist, was jailed on Tuesday.",
        "en",
        datetime.date(2024, 2, 27),
    )
    assert _person_names(kept) == ["Oleg Orlov"]
    body = _link(
        "Delegates met in Geneva, the Council chief said on Monday.",
        "en",
        datetime.date(2024, 2, 27),
    )
    assert _person_names(body) == []


# -- Arabic ------------------------------------------------------------------------------


def test_arabic_name_ends_before_a_title_in_the_accusative() -> None:
    text = "وكلف البرلمان الليبي وزير الداخلية السابق فتحي باشاغا رئيسا للحكومة الجديدة."
    result = _link(text, "ar", datetime.date(2022, 2, 10))
    assert _person_names(result) == ["فتحي باشاغا"]


def test_arabic_east_asian_name_keeps_its_third_word_and_stops_before_the_object() -> None:
    text = "وحث زعيم الحزب الديمقراطي الكوري لي جاي ميونغ المواطنين على التظاهر أمام البرلمان."
    result = _link(text, "ar", datetime.date(2024, 12, 5))
    assert _person_names(result) == ["لي جاي ميونغ"]


def test_arabic_guard_definite_family_name_after_lineage_is_kept() -> None:
    text = "وقال المتحدث باسم الخارجية القطرية ماجد بن محمد الأنصاري إن المفاوضات مستمرة."
    result = _link(text, "ar", datetime.date(2024, 5, 2))
    names = [m.text for m in result.mentions if m.key.startswith("Person:")]
    assert any("الأنصاري" in n for n in names)


def test_modifier_and_lowercase_words_before_an_apposed_role() -> None:
    text = "Carles Puigdemont, a former regional president of Catalonia, returned on Thursday."
    result = _link(text, "en", datetime.date(2024, 8, 8))
    assert "Carles Puigdemont" in _person_names(result)


# -- parties (actors.tsv) ----------------------------------------------------------------


def test_named_parties_are_organisations_in_both_languages() -> None:
    en = _link(
        "The ruling People Power Party said the vote was illegal, and UMNO backed the motion.",
        "en",
        datetime.date(2024, 12, 14),
    )
    assert find_mention(en, "People Power Party").key.startswith("Organization:")
    assert find_mention(en, "UMNO").key.startswith("Organization:")
    ar = _link(
        "واتهم حزب الشعب الجمهوري الحكومة التركية بتزوير الانتخابات.",
        "ar",
        datetime.date(2023, 5, 30),
    )
    assert find_mention(ar, "حزب الشعب الجمهوري").key.startswith("Organization:")


def test_guard_republican_guard_is_no_party() -> None:
    result = _link(
        "Iraq's Republican Guard was disbanded in 2003.", "en", datetime.date(2023, 5, 1)
    )
    assert all("Republican Party" not in result.entities[m.key].label for m in result.mentions)


# -- capitals spelled otherwise in the Arabic press (corrections.tsv) ----------------------


def test_arabic_capital_spelling_variant_is_the_government_or_the_place() -> None:
    text = "وقالت الحكومة إن كراكاس ترفض العقوبات. ووصل المبعوث إلى كراكاس يوم الاثنين."
    result = _link(text, "ar", datetime.date(2024, 8, 5))
    first, second = find_mention(result, "كراكاس"), find_mention(result, "كراكاس", 1)
    assert first.key == "Q717"  # the government of Venezuela
    assert result.entities[second.key].type.value == "Place"
    assert result.entities[second.key].state == "Q717"


def test_arabic_capital_of_a_state_with_no_seat_names_its_government() -> None:
    text = "واتهمت كينشاسا جارتها رواندا بدعم المتمردين في شرق البلاد."
    result = _link(text, "ar", datetime.date(2024, 2, 20))
    assert find_mention(result, "كينشاسا").key == "Q974"


def test_arabic_untitled_east_asian_name_whose_family_name_speaks_again() -> None:
    text = "وأكد هان دوك سو أن الحكومة ستواصل عملها. وقال هان إن الأزمة ستنتهي قريبا."
    result = _link(text, "ar", datetime.date(2024, 12, 10))
    whole, alone = find_mention(result, "هان دوك سو"), find_mention(result, "هان")
    assert whole.key.startswith("Person:") and alone.key == whole.key


def test_arabic_guard_three_bare_words_said_once_are_not_a_name() -> None:
    text = "وأكد بيان رسمي صادر أن الحكومة ستواصل عملها."
    result = _link(text, "ar", datetime.date(2024, 12, 10))
    assert _person_names(result) == []


# -- the home state (pipeline) -------------------------------------------------------------


def _extract(text: str, lang: str, day: datetime.date) -> Extraction:
    return extracted(text, lang, day, article_id="s8")


def test_a_person_opening_the_text_is_no_dateline() -> None:
    text = (
        "Kurt Campbell, the U.S. deputy secretary of state, met Philippine officials in Manila "
        "on Monday.\nGilberto Teodoro, the defence secretary, said the talks had gone well."
    )
    x = _extract(text, "en", datetime.date(2024, 3, 18))
    by_label = {e.label: e for e in x.entities}
    assert by_label["Kurt Campbell"].state == _usa(x)
    assert by_label["Gilberto Teodoro"].state != _usa(x)


def test_opposition_in_a_hyphened_adjective_is_no_body() -> None:
    text = (
        "WASHINGTON -- The opposition-controlled Senate blocked the bill on Tuesday, the "
        "White House said."
    )
    x = _extract(text, "en", datetime.date(2024, 3, 18))
    assert all("Opposition" not in e.label for e in x.entities)


def _usa(x: Extraction) -> str:
    """The local id of the United States in ``x``."""
    return next(e.id for e in x.entities if e.qid == USA)


def test_untitled_name_before_a_verb_of_its_own_act_is_a_person() -> None:
    text = (
        "Ousmane Sonko accused the former government of hiding debt. Human Rights Watch "
        "condemned the arrests."
    )
    result = _link(text, "en", datetime.date(2024, 9, 27))
    assert _person_names(result) == ["Ousmane Sonko"]
    assert find_mention(result, "Human Rights Watch").key.startswith("Organization:")


def test_name_before_a_relative_who_is_a_person() -> None:
    text = "Lai Ching-te, who took office in May, rejected Beijing's claims on Thursday."
    result = _link(text, "en", datetime.date(2024, 10, 10))
    assert _person_names(result) == ["Lai Ching-te"]


def test_name_sworn_in_as_a_states_title_takes_that_title_and_state() -> None:
    text = "Bassirou Diomaye Faye was sworn in as Senegal's president in Dakar."
    result = _link(text, "en", datetime.date(2024, 4, 2))
    faye = find_mention(result, "Bassirou Diomaye Faye")
    assert find_mention(result, "Senegal's president").key == faye.key
    assert result.entities[faye.key].state == "Q1041"


def test_guard_as_well_as_keeps_the_title_apart() -> None:
    text = "Ousmane Sonko accused Amadou Ba as well as Senegal's foreign minister of lying."
    result = _link(text, "en", datetime.date(2024, 4, 2))
    sonko = find_mention(result, "Ousmane Sonko")
    assert find_mention(result, "Senegal's foreign minister").key != sonko.key


def test_apposed_role_followed_by_a_participle_phrase_introduces_a_person() -> None:
    text = "Trevor Reed, a former Marine jailed in Russia since 2019, flew home on Wednesday."
    result = _link(text, "en", datetime.date(2022, 4, 27))
    assert "Trevor Reed" in _person_names(result)


def test_guard_two_capitalised_words_of_time_before_a_title_are_no_name() -> None:
    text = "Late Monday, the spokesman warned in a statement that talks would resume."
    result = _link(text, "en", datetime.date(2022, 4, 27))
    assert _person_names(result) == []


def test_arabic_reflexive_pronoun_ends_a_name() -> None:
    text = "وقدم زعيم المعارضة البوليفية كارلوس ميسا نفسه مرشحا توافقيا للانتخابات."
    result = _link(text, "ar", datetime.date(2019, 10, 1))
    assert _person_names(result) == ["كارلوس ميسا"]


# -- lawmakers with a party adjective (roles.tsv) -------------------------------------------


def test_arabic_senator_with_party_adjective_introduces_a_us_lawmaker() -> None:
    text = "وقال السيناتور الديمقراطي كريس مورفي إن على الإدارة وقف صفقة الأسلحة."
    result = _link(text, "ar", datetime.date(2024, 4, 10))
    m = find_mention(result, "كريس مورفي")
    assert result.entities[m.key].state == USA


def test_english_party_senator_gives_the_us_as_state() -> None:
    text = "Democratic Senator Chris Murphy said the arms sale should be halted."
    result = _link(text, "en", datetime.date(2024, 4, 10))
    m = find_mention(result, "Chris Murphy")
    assert result.entities[m.key].state == USA


def test_arabic_guard_attorney_general_is_no_lawmaker_name() -> None:
    text = "وقال النائب العام إن التحقيق في الحادث مستمر."
    result = _link(text, "ar", datetime.date(2024, 4, 10))
    assert _person_names(result) == []


def test_name_of_the_party_before_a_speech_verb_is_a_person() -> None:
    text = "Jussi Halla-aho of the Finns Party said on Sunday that the result was fair."
    result = _link(text, "en", datetime.date(2024, 1, 28))
    assert "Jussi Halla-aho" in _person_names(result)


def test_guard_members_of_the_party_are_no_person() -> None:
    text = "Members of the Finns Party said on Sunday that the result was fair."
    result = _link(text, "en", datetime.date(2024, 1, 28))
    assert _person_names(result) == []


def test_aide_to_a_states_leader_takes_that_state() -> None:
    text = "Ali Bagheri, an adviser to Iran's president, said Tehran wanted talks."
    result = _link(text, "en", datetime.date(2024, 6, 1))
    m = find_mention(result, "Ali Bagheri")
    assert result.entities[m.key].state == IRAN


def test_guard_aide_to_an_unnamed_principal_gets_no_state() -> None:
    text = "Jane Roe, an aide to the senator, said the bill would pass."
    result = _link(text, "en", datetime.date(2024, 6, 1))
    m = find_mention(result, "Jane Roe")
    assert result.entities[m.key].state is None
