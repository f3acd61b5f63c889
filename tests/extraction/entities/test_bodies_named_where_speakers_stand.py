"""Session 15 (S15-BODIES): organisations that speak but that the gazetteer does not know.

Fresh news-style sentences about other real events (none from a gold set).  Each class
is a construction, not an item: the tests give several bodies of the class and the
sentences where the rule must stay silent.
"""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Entity, EntityType, Extraction


def _run(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, published=date(2025, 3, 1), title=None, text=text))


def _speakers(x: Extraction) -> list[Entity]:
    return [x.entity(q.speaker) for q in x.quotes]


def _org(x: Extraction, label: str) -> Entity | None:
    for e in x.entities:
        if e.type is EntityType.ORGANIZATION and e.label == label:
            return e
    return None


def _state_label(x: Extraction, e: Entity) -> str | None:
    return None if e.state is None else x.entity(e.state).label


# ---------------------------------------------------------------- Arabic definite bodies


def test_arabic_council_named_by_adjective_and_genitive_speaks() -> None:
    x = _run("وقال المجلس الأعلى للقضاء في بيان إن التعيينات الجديدة نهائية.", "ar")
    assert [e.label for e in _speakers(x)] == ["المجلس الأعلى للقضاء"]


def test_arabic_body_placed_in_a_state_takes_that_state() -> None:
    x = _run(
        "وأعلنت المفوضية العليا المستقلة للانتخابات في العراق أن نسبة المشاركة بلغت 41 في المئة.",
        "ar",
    )
    (speaker,) = _speakers(x)
    assert speaker.label == "المفوضية العليا المستقلة للانتخابات"
    assert _state_label(x, speaker) == "Iraq"
    assert any(m.text.endswith("في العراق") for m in speaker.mentions)


def test_arabic_body_named_with_a_state_adjective_takes_that_state() -> None:
    x = _run("وقال المجلس الرئاسي الليبي إن الانتخابات ستجري في موعدها.", "ar")
    (speaker,) = _speakers(x)
    assert speaker.label == "المجلس الرئاسي الليبي"
    assert _state_label(x, speaker) == "Libya"


def test_arabic_union_name_goes_on_after_its_state_adjective() -> None:
    x = _run("وقال الاتحاد العام التونسي للشغل إن الإضراب العام سيستمر ثلاثة أيام.", "ar")
    (speaker,) = _speakers(x)
    assert speaker.label == "الاتحاد العام التونسي للشغل"
    assert _state_label(x, speaker) == "Tunisia"


def test_arabic_ruling_coalition_placed_in_a_state() -> None:
    x = _run("وأكد الائتلاف الحاكم في جنوب أفريقيا أنه سيدعم مرشح الرئاسة.", "ar")
    (speaker,) = _speakers(x)
    assert speaker.label == "الائتلاف الحاكم"
    assert _state_label(x, speaker) == "South Africa"


def test_arabic_court_after_an_announcing_verb_and_its_participle() -> None:
    x = _run(
        "وقضت المحكمة الدستورية العليا برفض الطعن، معتبرة أن قانون الانتخابات لا يخالف الدستور.",
        "ar",
    )
    assert [e.label for e in _speakers(x)] == ["المحكمة الدستورية العليا"]


def test_arabic_body_issuing_a_statement() -> None:
    x = _run("وذكر بيان صادر عن المكتب الإعلامي الحكومي في غزة أن الغارات استهدفت مدرسة.", "ar")
    office = _org(x, "المكتب الإعلامي الحكومي")
    assert office is not None and _state_label(x, office) == "Palestine"


def test_arabic_bare_head_refers_back_to_the_body_named_at_a_meeting() -> None:
    x = _run(
        "وقال رئيس الوزراء في بيان عقب اجتماع طارئ للمجلس الوزاري للأمن الوطني إن الهجوم "
        "مرفوض. وطالب المجلس الحكومة التركية بتقديم اعتذار رسمي.",
        "ar",
    )
    council = _org(x, "المجلس الوزاري للأمن الوطني")
    assert council is not None
    assert council.id in {q.speaker for q in x.quotes}
    assert any(m.text == "المجلس" for m in council.mentions)


def test_arabic_bare_head_after_a_gazetteer_body_is_left_to_it() -> None:
    x = _run(
        "وقال مجلس الأمن الدولي في بيان إن الهجوم مدان. وأكد المجلس أن المسؤولين سيحاسبون.",
        "ar",
    )
    assert {e.label for e in _speakers(x)} == {"United Nations Security Council"}


def test_arabic_object_after_a_body_head_is_no_part_of_its_name() -> None:
    x = _run("ودعت اللجنة الحكومة إلى الإفراج عن المعتقلين.", "ar")
    assert _org(x, "اللجنة الحكومة") is None


def test_arabic_generic_adjective_after_a_head_is_no_new_body() -> None:
    x = _run("وقالت المنظمة الدولية إن المساعدات لم تصل إلى المدينة.", "ar")
    assert _org(x, "المنظمة الدولية") is None


def test_arabic_time_word_ends_a_bare_head() -> None:
    x = _run("وقالت الشركة اليوم إن الإنتاج سيستأنف الأسبوع المقبل.", "ar")
    assert not any(e.label.startswith("الشركة") for e in x.entities)


def test_arabic_known_organisation_keeps_its_gazetteer_entry() -> None:
    x = _run("وأكدت اللجنة الدولية للصليب الأحمر أن فرقها وصلت إلى المدينة.", "ar")
    assert [e.label for e in _speakers(x)] == ["International Committee of the Red Cross"]


# ---------------------------------------------------------------- placed embassies and courts


def test_embassy_in_a_city_is_named_with_the_city() -> None:
    x = _run("The Russian embassy in Washington said the new sanctions were illegal.", "en")
    (speaker,) = _speakers(x)
    assert _state_label(x, speaker) == "Russia"
    assert any(m.text == "Russian embassy in Washington" for m in speaker.mentions)


def test_arabic_embassy_in_a_city_is_named_with_the_city() -> None:
    x = _run("وقالت السفارة الأمريكية في بغداد في بيان إن موظفيها بخير.", "ar")
    (speaker,) = _speakers(x)
    assert _state_label(x, speaker) == "United States"
    assert any(m.text == "السفارة الأمريكية في بغداد" for m in speaker.mentions)


def test_arabic_embassy_of_a_state_named_by_its_name_speaks_for_it() -> None:
    x = _run("وقالت سفارة الصين في القاهرة إن زيارة الوزير ستتم الشهر المقبل.", "ar")
    (speaker,) = _speakers(x)
    assert speaker.type is EntityType.ORGANIZATION
    assert _state_label(x, speaker) == "China"


def test_indefinite_court_in_a_city_is_the_judiciary_of_its_state() -> None:
    x = _run(
        "A court in Istanbul ruled on Friday that the journalist should remain in custody, "
        "saying he posed a flight risk.",
        "en",
    )
    court = next(e for e in x.entities if e.label == "court in Istanbul")
    assert _state_label(x, court) == "Türkiye"
    assert "a court in Istanbul" in court.aliases


def test_court_with_modifier_in_a_capital() -> None:
    x = _run("An appeals court in Paris upheld the verdict against the former minister.", "en")
    court = next(e for e in x.entities if e.label == "appeals court in Paris")
    assert _state_label(x, court) == "France"


def test_arabic_indefinite_court_in_a_city() -> None:
    x = _run("وأعلنت محكمة في موسكو أنها مددت حبس الصحفي الأمريكي ثلاثة أشهر.", "ar")
    (speaker,) = _speakers(x)
    assert speaker.label == "محكمة في موسكو"
    assert _state_label(x, speaker) == "Russia"


def test_definite_court_in_the_hague_is_no_national_court() -> None:
    x = _run("The court in The Hague said it would rule on the case next month.", "en")
    assert not any(e.label.startswith("court in") for e in x.entities)


# ---------------------------------------------------------------- bare police and prosecutors


def test_bare_police_under_a_dateline_is_that_states_police() -> None:
    x = _run(
        "TIRANA, March 3 (Reuters) - Police said the attackers had tried to wipe data from "
        "government servers.",
        "en",
    )
    (speaker,) = _speakers(x)
    assert speaker.label == "Albanian Police"
    assert any(m.text == "Police" for m in speaker.mentions)


def test_police_after_a_conjunction_speaks() -> None:
    x = _run(
        "NAIROBI, June 25 (Reuters) - Protesters stormed parliament, and police said 20 "
        "people had been arrested.",
        "en",
    )
    assert "Kenyan Police" in {e.label for e in _speakers(x)}


def test_police_placed_in_a_state() -> None:
    x = _run("Police in Georgia said 20 protesters had been detained overnight in Tbilisi.", "en")
    (speaker,) = _speakers(x)
    assert _state_label(x, speaker) == "Georgia"


def test_police_officer_and_police_chief_are_no_body() -> None:
    x = _run(
        "NAIROBI, June 25 (Reuters) - A police officer said the crowd had dispersed. Police "
        "chief Douglas Kanja said the protest was illegal.",
        "en",
    )
    assert not any(e.label == "Kenyan Police" for e in x.entities)


def test_bare_police_without_a_dateline_stays_unlinked() -> None:
    x = _run("Police said three people were killed in the clashes on Sunday.", "en")
    assert not any(e.label.endswith("Police") for e in x.entities)


def test_arabic_bare_police_under_a_dateline_even_before_an_object() -> None:
    x = _run(
        "نيروبي (رويترز) - أطلقت الشرطة الغاز المسيل للدموع على المحتجين، وقالت الشرطة إنها "
        "اعتقلت 20 شخصا.",
        "ar",
    )
    police = next(e for e in x.entities if e.label == "Kenyan Police")
    assert len(police.mentions) == 2
    assert police.id in {q.speaker for q in x.quotes}


def test_arabic_police_with_an_adjective_is_another_body() -> None:
    x = _run("نيروبي (رويترز) - وقالت الشرطة العسكرية إنها اعتقلت جنديين.", "ar")
    assert not any(e.label == "Kenyan Police" for e in x.entities)


# ---------------------------------------------------------------- English capitalised bodies


def test_two_word_commission_after_the_speaks() -> None:
    x = _run(
        "LONDON, March 3 (Reuters) - The Electoral Commission said it had been the target of "
        "a cyber attack by hostile actors.",
        "en",
    )
    assert "Electoral Commission" in {e.label for e in _speakers(x)}


def test_state_name_opening_a_force_gives_its_state() -> None:
    x = _run("The Kenya Defence Forces said troops had repelled an attack in Lamu county.", "en")
    (speaker,) = _speakers(x)
    assert speaker.label == "Kenya Defence Forces"
    assert _state_label(x, speaker) == "Kenya"


def test_party_and_front_names_speak() -> None:
    x = _run(
        "In a statement, the National Democratic Front said it would boycott the vote. The "
        "Democratic Party said it would challenge the ruling.",
        "en",
    )
    assert {e.label for e in _speakers(x)} == {"National Democratic Front", "Democratic Party"}


def test_possessive_body_is_read_once() -> None:
    x = _run("Sudan's Sovereignty Council said it would not negotiate with the RSF.", "en")
    assert [e.label for e in x.entities if e.label == "Sovereignty Council"] == [
        "Sovereignty Council"
    ]


def test_generic_state_bodies_without_a_state_stay_unlinked() -> None:
    x = _run(
        "The Foreign Ministry said the ambassador had been summoned. The Supreme Court said "
        "the law was unconstitutional.",
        "en",
    )
    assert not any(e.type is EntityType.ORGANIZATION for e in x.entities)


def test_headline_in_title_case_is_no_body() -> None:
    x = extract(
        Article(
            id="t",
            lang="en",
            published=date(2025, 3, 1),
            title="The Trade Union Federation Rejects the Wage Deal",
            text="The unions said the offer was too low and called a strike for Monday.",
        )
    )
    assert not any(e.label == "Trade Union Federation" for e in x.entities)


# ---------------------------------------------------------------- names next to a describing noun


def test_acronym_after_a_describing_noun_is_the_organisation() -> None:
    x = _run(
        "The regional air navigation agency ASECNA said flights over the Sahel would resume.",
        "en",
    )
    (speaker,) = _speakers(x)
    assert speaker.label == "ASECNA"
    assert "The regional air navigation agency ASECNA" in speaker.aliases


def test_company_named_after_its_trade_speaks_with_no_state() -> None:
    x = _run("The Danish shipping company Maersk said it would divert its vessels.", "en")
    (speaker,) = _speakers(x)
    assert speaker.label == "Maersk"
    assert speaker.state is None  # a private firm (state firms: "state-owned ...")


def test_regulator_named_after_a_state_adjective_takes_its_state() -> None:
    x = _run(
        "The Nigerian aviation regulator NCAA said the airline's licence had been suspended.",
        "en",
    )
    (speaker,) = _speakers(x)
    assert speaker.label == "NCAA"
    assert _state_label(x, speaker) == "Nigeria"


def test_name_before_a_group_noun_with_a_modifier() -> None:
    x = _run(
        "The Jaish-e-Mohammed militant group said it had carried out the attack in Pulwama.", "en"
    )
    (speaker,) = _speakers(x)
    assert speaker.label == "Jaish-e-Mohammed"


def test_acronym_of_a_states_service_before_its_description() -> None:
    x = _run("Ukraine's SBU security service said it had detained two suspected agents.", "en")
    (speaker,) = _speakers(x)
    assert speaker.label == "SBU"
    assert _state_label(x, speaker) == "Ukraine"


def test_weekday_after_a_describing_noun_is_no_name() -> None:
    x = _run("The group Thursday said it would keep fighting in the east.", "en")
    assert not any(e.type is EntityType.ORGANIZATION for e in x.entities)


# ---------------------------------------------------------------- English bare heads referring back


def test_the_company_refers_back_to_the_described_company() -> None:
    x = _run(
        "The Danish shipping company Maersk said it would divert vessels around Africa. The "
        "company said the move would add two weeks to voyages.",
        "en",
    )
    assert [e.label for e in _speakers(x)] == ["Maersk", "Maersk"]


def test_the_commission_refers_back_to_the_commission_named_not_to_brussels() -> None:
    x = _run(
        "LONDON (Reuters) - The Electoral Commission said it had been hacked. The commission "
        "said voters' data had been accessed.",
        "en",
    )
    assert [e.label for e in _speakers(x)] == ["Electoral Commission", "Electoral Commission"]
    assert not any(e.label == "European Commission" for e in x.entities)


def test_head_before_a_title_is_no_back_reference() -> None:
    x = _run(
        "The regional air navigation agency ASECNA said flights would resume. The agency "
        "chief said safety checks were complete.",
        "en",
    )
    asecna = next(e for e in x.entities if e.label == "ASECNA")
    assert len(asecna.mentions) == 1


# ---------------------------------------------------------------- Arabic construct heads


def test_arabic_construct_council_with_a_surname_homograph_nisba() -> None:
    x = _run("وقال مجلس السيادة السوداني إن الجيش سيواصل عملياته في دارفور.", "ar")
    (speaker,) = _speakers(x)
    assert _state_label(x, speaker) == "Sudan"
    assert "مجلس السيادة" in speaker.aliases  # the name without its state adjective


def test_arabic_construct_body_closed_by_the_army_it_belongs_to() -> None:
    x = _run("وأعلنت هيئة الأركان العامة للجيش الأوكراني أن قواتها صدت هجوما قرب خاركيف.", "ar")
    (speaker,) = _speakers(x)
    assert speaker.label == "هيئة الأركان العامة للجيش الأوكراني"
    assert _state_label(x, speaker) == "Ukraine"


def test_arabic_syndicate_with_a_plural_nisba() -> None:
    x = _run("وأكدت نقابة الصحفيين المصريين أن الصحفي أفرج عنه مساء الأحد.", "ar")
    (speaker,) = _speakers(x)
    assert speaker.label == "نقابة الصحفيين المصريين"


def test_arabic_state_body_named_bare_is_the_datelines() -> None:
    x = _run("بيروت - وقال مجلس الوزراء في بيان إن الحكومة ستجتمع غدا لبحث الموازنة.", "ar")
    (speaker,) = _speakers(x)
    assert speaker.label == "مجلس الوزراء"
    assert _state_label(x, speaker) == "Lebanon"


def test_arabic_construct_head_after_a_statement_noun_is_left_alone() -> None:
    x = _run("وجاء في بيان مجلس الأمن القومي أن الاجتماع بحث الأوضاع.", "ar")
    assert not any(e.label.startswith("مجلس الأمن القومي") and e.state is None for e in x.entities)


def test_known_construct_names_keep_their_gazetteer_entry() -> None:
    x = _run("وقالت منظمة الصحة العالمية إن الوباء انتهى في المنطقة.", "ar")
    assert [e.label for e in _speakers(x)] == ["World Health Organization"]


# ---------------------------------------------------------------- English "<body> of <state>"


def test_general_staff_with_its_states_possessive_or_adjective() -> None:
    for text in (
        "Ukraine's General Staff said Russian forces had launched 120 attacks overnight.",
        "The Ukrainian General Staff said Russian forces had launched 120 attacks overnight.",
    ):
        (speaker,) = _speakers(_run(text, "en"))
        assert speaker.label == "Ukrainian General Staff"


def test_general_staff_of_a_states_armed_forces() -> None:
    for text in (
        "The General Staff of Ukraine's armed forces said 120 attacks had been repelled.",
        "The General Staff of the Armed Forces of Ukraine said 120 attacks had been repelled.",
    ):
        x = _run(text, "en")
        (speaker,) = _speakers(x)
        assert speaker.label == "Ukrainian General Staff"
        assert _state_label(x, speaker) == "Ukraine"


def test_national_guard_of_a_state() -> None:
    x = _run("The National Guard of Ecuador said soldiers had retaken the prison.", "en")
    (speaker,) = _speakers(x)
    assert _state_label(x, speaker) == "Ecuador"


def test_body_word_of_an_international_organisation_is_no_state_body() -> None:
    x = _run("The presidency of the European Council said talks would continue.", "en")
    assert not any(e.label.endswith("Presidency") for e in x.entities)
