"""Session 12 (S12-ENT): the home state of datelines the linker does not read, and names in عبد.

Fresh news-style sentences (none from a gold set): a capital written in capitals at the
start of a wire story ("MALE, Sept 30 (Reuters) -") whose name the gazetteer keeps out of
linking, Arabic agency datelines with a two-word Levantine month ("عمان 5 كانون الثاني
(بترا) -") or a dash written with tatweels ("بيروت ــ العربي الجديد"), and Arabic names
whose second half after عبد is a word the gazetteer also reads as a title ("عبد الملك").
"""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Entity, EntityType, Extraction


def _run(text: str, lang: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", lang=lang, published=date(2024, 10, 1), title=title, text=text))


def _person(x: Extraction, surface: str) -> Entity:
    for e in x.entities:
        if e.type is EntityType.PERSON and any(surface in m.text for m in e.mentions):
            return e
    raise AssertionError(f"no person mentioned as {surface!r}: {[e.label for e in x.entities]}")


def _state_label(x: Extraction, e: Entity) -> str | None:
    return None if e.state is None else x.entity(e.state).label


def test_capital_dateline_in_capitals_gives_a_titled_minister_its_state() -> None:
    x = _run(
        "MALE, Sept 30 (Reuters) - Foreign Minister Moosa Zameer told reporters that India "
        "remained a close partner despite the row over the troops.",
        "en",
    )
    assert _state_label(x, _person(x, "Moosa Zameer")) == "Maldives"


def test_capital_dateline_with_a_date_and_agency_in_brackets() -> None:
    x = _run(
        "MALÉ, March 3, 2025 (AFP) - President Mohamed Muizzu said on Monday the archipelago "
        "would not sign any defence pact with a foreign power.",
        "en",
    )
    assert _state_label(x, _person(x, "Mohamed Muizzu")) == "Maldives"


def test_city_dateline_with_a_region_after_it_is_not_a_foreign_capital() -> None:
    x = _run(
        "SAN JOSE, Calif. (AP) — Finance Minister Ana Cruz said the talks would resume next "
        "week in Washington.",
        "en",
    )
    assert _state_label(x, _person(x, "Ana Cruz")) != "Costa Rica"


def test_arabic_agency_dateline_with_a_levantine_month_gives_the_home_state() -> None:
    x = _run(
        "الحكومة تقر خطة جديدة للطاقة\n\n"
        "عمان 5 كانون الثاني (بترا) - قال رئيس الوزراء، اليوم الأحد، إن الحكومة ستدعم "
        "مشاريع الطاقة المشتركة مع مصر.",
        "ar",
    )
    government = [e for e in x.entities if any(m.text == "الحكومة" for m in e.mentions)]
    assert [e.label for e in government] == ["Jordan"]  # the bare government is the home state's
    assert all(e.label != "Oman" for e in x.entities)


def test_arabic_dateline_with_a_tatweel_dash_gives_the_home_state() -> None:
    x = _run(
        "توقيع مذكرة للتعاون الزراعي\n\n"
        "دكا ــ العربي الجديد\n"
        "قال وزير الزراعة الدكتور محمد عبد الرزاق، أمس الأربعاء، إن بلاده وقعت مذكرة تفاهم "
        "مع الهند لتوريد الأرز.",
        "ar",
    )
    minister = _person(x, "محمد عبد الرزاق")
    assert _state_label(x, minister) == "Bangladesh"


def test_name_in_abd_keeps_its_second_half_even_when_it_reads_as_a_title() -> None:
    x = _run("وعاد رئيس الوزراء معين عبد الملك إلى عدن بعد جولة في الرياض.", "ar")
    pm = _person(x, "معين")
    assert any(m.text.endswith("عبد الملك") for m in pm.mentions)
    assert all(r.label != "الملك" for r in pm.roles)


def test_name_never_ends_in_abd_before_a_title_word() -> None:
    x = _run("وقال الشيخ محمد عبد الملك إن الاتفاق يخدم مصلحة البلدين.", "ar")
    for e in x.entities:
        assert not any(m.text.endswith(" عبد") for m in e.mentions), e.label


def test_rank_abbreviation_after_the_comma_of_an_apposed_title_opens_the_name() -> None:
    x = _run(
        "Bolivia's army commander, Gen. Juan Zuniga, told reporters the troops would "
        "return to their barracks.",
        "en",
    )
    general = _person(x, "Juan Zuniga")
    assert _state_label(x, general) == "Bolivia"
    assert any("commander" in r.label for r in general.roles)


def test_doctor_after_an_apposed_title_keeps_the_title_for_the_name() -> None:
    x = _run("Egypt's foreign minister, Dr. Badr Abdelatty, said the crossing must reopen.", "en")
    minister = _person(x, "Badr Abdelatty")
    assert _state_label(x, minister) == "Egypt"
    # the title is his, not a second person's (the gazetteer's earlier holder)
    assert [e.label for e in x.entities if e.type is EntityType.PERSON] == [minister.label]


def test_capitalised_plural_title_before_two_names_and_a_verb() -> None:
    x = _run(
        "Foreign Ministers Ivan Petrov and Marta Novak signed the border treaty in Vienna.",
        "en",
    )
    assert _person(x, "Ivan Petrov") is not _person(x, "Marta Novak")


def test_minister_for_a_portfolio_apposed_to_a_name() -> None:
    x = _run(
        "Britain's minister for the Middle East, Hamish Falconer, said the talks in Cairo "
        "had been useful.",
        "en",
    )
    minister = _person(x, "Hamish Falconer")
    assert _state_label(x, minister) == "United Kingdom"
    assert any("Middle East" in r.label for r in minister.roles)


def test_minister_for_a_portfolio_written_right_before_the_name() -> None:
    x = _run(
        "Britain's minister for Africa Ray Collins said the ceasefire talks would resume.", "en"
    )
    assert _state_label(x, _person(x, "Ray Collins")) == "United Kingdom"


def test_its_before_a_title_refers_to_the_state_of_the_sentence_before() -> None:
    x = _run(
        "The Maldives asked India to withdraw its troops by March. Its foreign minister, "
        "Moosa Zameer, flew to New Delhi on Monday for talks.",
        "en",
    )
    assert _state_label(x, _person(x, "Moosa Zameer")) == "Maldives"


def test_honorific_before_an_unknown_name_and_a_title_keeps_the_whole_name() -> None:
    x = _run(
        "ووقع عن الجانب الأمريكي السيد زلماي خليل زاد المبعوث الأمريكي الخاص، فيما وقع "
        "عن الحكومة معالي السيد ألبير باهيمي باداكيه رئيس الوزراء.",
        "ar",
    )
    envoy = _person(x, "خليل زاد")
    assert any(m.text == "زلماي خليل زاد" for m in envoy.mentions)
    assert _person(x, "ألبير باهيمي باداكيه").roles
