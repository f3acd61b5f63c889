"""Session-8 round-2 `about` rules for Arabic (issue #3), checked on fresh sentences of our own.

* the speaker's state named by a first-person or "his" possessive ("بلدنا", "بلادنا",
  "سيادتنا", "بلده") is what the statement is about, as "بلاده" already was;
* a body or a state that says "مجالها الجوي", "سيادتها", "دفاعاتها" before the content
  names any actor speaks of its own state (not a person, whose "ها" is another state);
* "الدول الأربع" takes up the last list of four states, as "الدول الثلاث" does three;
* "the two sides" / "الطرفين" after "between X and Y" / "بين X وY" are X and Y (not the
  mediator that speaks); "their disputed border" and "either of them" are the pair named
  before (not when "them" follows a person: "he and Scholz ... neither of them");
* "the strikes" of two joint authors ("Israeli and US strikes", "by X and the Y") are about
  both, and the author of a story's act told by a verb ("X and Y struck", "Israeli jets
  struck", "أسقطت مقاتلات تركية") is taken like that of an act noun; "قواعدها" after
  "إن إسرائيل قصفت" is the speaker's state's.
"""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction


def run(text: str, day: date = date(2022, 10, 12)) -> Extraction:
    return extract(Article(id="t", lang="ar", published=day, text=text))


def abouts(x: Extraction) -> dict[str, set[str]]:
    labels = {e.id: e.label for e in x.entities}
    return {q.text: {labels[a] for a in q.about} for q in x.quotes}


def about_of(x: Extraction, start: str) -> set[str]:
    hits = [v for k, v in abouts(x).items() if k.startswith(start)]
    assert hits, abouts(x)
    return hits[0]


# -- "بلدنا", "سيادتنا": the speaker's own state ------------------------------------------


def test_our_country_said_by_a_prime_minister_is_about_his_state() -> None:
    x = run(
        "وقال رئيس الوزراء العراقي محمد شياع السوداني إن بلدنا يرفض أن يكون ساحة لتصفية "
        "الحسابات الإقليمية."
    )
    assert "Iraq" in about_of(x, "بلدنا")


def test_our_sovereignty_said_by_a_president_is_about_his_state() -> None:
    x = run("وقال الرئيس اللبناني جوزيف عون إن سيادتنا ليست موضع مساومة مع أي طرف.")
    assert "Lebanon" in about_of(x, "سيادتنا")


def test_plain_content_of_a_minister_keeps_no_state() -> None:
    x = run("وقال رئيس الوزراء العراقي محمد شياع السوداني إن الانتخابات ستجري في موعدها.")
    assert "Iraq" not in about_of(x, "الانتخابات")


# -- "مجالها الجوي" said by a body or a state ---------------------------------------------


def test_its_airspace_said_by_a_ministry_is_about_its_state() -> None:
    x = run(
        "وقالت وزارة الخارجية الرومانية في بيان إن طائرة مسيرة انتهكت مجالها الجوي ليل الثلاثاء."
    )
    assert "Romania" in about_of(x, "طائرة مسيرة")


def test_its_bases_said_by_a_person_adds_no_state_of_his() -> None:
    x = run(
        "وقال وزير الدفاع الإيراني محمد رضا آشتياني إن قواعدها في الخليج ستكون في مرمى صواريخنا."
    )
    assert "Iran" not in about_of(x, "قواعدها")


def test_its_sovereignty_after_a_named_state_is_that_state() -> None:
    x = run("وقالت وزارة الخارجية الروسية إن أوكرانيا تنتهك سيادتها بقبول القوات الأجنبية.")
    assert "Russia" not in about_of(x, "أوكرانيا")


# -- "الدول الأربع" ----------------------------------------------------------------------


def test_the_four_states_take_up_the_last_list_of_four() -> None:
    x = run(
        "وفرضت السعودية والإمارات والبحرين ومصر مقاطعة على قطر في حزيران 2017. وقال وزير "
        "الخارجية القطري إن الدول الأربع لم تقدم أي دليل على اتهاماتها."
    )
    assert {"Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"} <= about_of(
        x, "الدول الأربع"
    )


# -- "الطرفين" after "بين X وY" -------------------------------------------------------------


def test_the_two_sides_are_the_pair_named_after_between_not_the_mediator() -> None:
    x = run(
        "أعلنت قطر يوم الاثنين نجاح وساطتها بين روسيا وأوكرانيا في إعادة أربعة أطفال إلى "
        "ذويهم. وقالت وزارة الخارجية القطرية في بيان إن الجهود جاءت بناء على طلب الطرفين."
    )
    assert about_of(x, "الجهود") == {"Russia", "Ukraine"}


def test_both_sides_in_english_are_the_pair_after_between() -> None:
    x = extract(
        Article(
            id="t",
            lang="en",
            published=date(2023, 10, 16),
            text=(
                "Qatar announced on Monday that its mediation between Russia and Ukraine had "
                "reunited four children with their families. The Qatari Foreign Ministry said "
                "in a statement that the effort came at the request of both sides."
            ),
        )
    )
    assert about_of(x, "the effort") == {"Russia", "Ukraine"}


def test_the_two_countries_said_by_one_of_them_keep_the_speaker_state() -> None:
    x = run(
        "استأنفت مصر وتركيا تبادل السفراء بعد قطيعة طويلة. وقال وزير الخارجية المصري إن "
        "الخطوة تفتح صفحة جديدة في العلاقات بين البلدين."
    )
    assert {"Egypt", "Türkiye"} <= about_of(x, "الخطوة")


# -- "the strikes" of two joint authors ---------------------------------------------------


def en(text: str) -> Extraction:
    return extract(Article(id="t", lang="en", published=date(2024, 1, 13), text=text))


def test_the_strikes_of_two_joint_authors_are_about_both() -> None:
    x = en(
        "American and British strikes hit Houthi radar sites in Yemen on Friday. Oman's foreign "
        "ministry condemned the strikes as a dangerous escalation."
    )
    assert {"United States", "United Kingdom"} <= about_of(x, "the strikes")


def test_the_strikes_by_two_states_are_about_both() -> None:
    x = en(
        "Strikes by Britain and the United States hit Houthi radar sites in Yemen on Friday. "
        "Oman's foreign ministry condemned the strikes as a dangerous escalation."
    )
    assert {"United States", "United Kingdom"} <= about_of(x, "the strikes")


def test_arabic_raids_of_two_joint_authors_are_about_both() -> None:
    x = run(
        "استهدفت الغارات الأمريكية والبريطانية مواقع رادار في اليمن يوم الجمعة. وقالت "
        "الخارجية العمانية إن الغارات تمثل تصعيدا خطيرا في المنطقة."
    )
    assert {"United States", "United Kingdom"} <= about_of(x, "الغارات")


def test_the_strikes_of_one_author_stay_about_that_one() -> None:
    x = en(
        "American strikes hit Houthi radar sites in Yemen on Friday, and Britain said it was "
        "consulted. Oman's foreign ministry condemned the strikes as a dangerous escalation."
    )
    about = about_of(x, "the strikes")
    assert "United States" in about and "United Kingdom" not in about


# -- "their disputed border", "either country" ----------------------------------------------


def test_their_disputed_border_is_the_pair_named_before() -> None:
    x = en(
        "India and China agreed on Monday to resume patrols in the Ladakh region. The Chinese "
        "foreign ministry said tensions along their disputed border had eased."
    )
    assert {"India", "China"} <= about_of(x, "tensions")


# -- "the attacks" whose authors are the subject of a verb ------------------------------------


def test_the_attacks_are_about_the_joint_subject_of_struck() -> None:
    x = en(
        "The United States and Britain struck Houthi radar sites in Yemen on Friday. Oman's "
        "foreign ministry condemned the attacks as a dangerous escalation."
    )
    assert {"United States", "United Kingdom"} <= about_of(x, "the attacks")


def test_the_attacks_take_no_author_from_a_verb_with_no_named_subject() -> None:
    x = en(
        "Drones struck an oil depot in the Russian city of Bryansk on Friday. Kazakhstan's "
        "foreign ministry condemned the attacks as a dangerous escalation."
    )
    assert about_of(x, "the attacks") <= {"Russia"}


def test_the_strikes_are_about_the_nationality_of_the_jets_that_struck() -> None:
    x = en(
        "Israeli jets struck three sites near Damascus on Sunday. Qatar condemned the strikes "
        "as a violation of international law."
    )
    assert "Israel" in about_of(x, "the strikes")


def test_arabic_attack_is_about_the_nationality_of_the_fighters_that_downed_a_jet() -> None:
    x = run(
        "أسقطت مقاتلات تركية يوم الثلاثاء طائرة روسية قرب الحدود السورية. وقال الرئيس الروسي "
        "فلاديمير بوتين إن الهجوم طعنة في الظهر."
    )
    assert "Türkiye" in about_of(x, "الهجوم")


def test_the_strikes_of_unnamed_jets_take_no_author() -> None:
    x = en(
        "Unidentified jets struck three sites near Damascus on Sunday. Qatar condemned the "
        "strikes as a violation of international law."
    )
    assert about_of(x, "the strikes") <= {"Syria"}


def test_its_bases_struck_by_the_state_named_are_the_speakers() -> None:
    x = run("وقالت وزارة الخارجية السورية إن إسرائيل قصفت قواعدها العسكرية قرب حمص فجر الاثنين.")
    assert {"Israel", "Syria"} <= about_of(x, "إسرائيل")


def test_its_bases_of_the_state_named_without_a_hostile_verb_are_that_states() -> None:
    x = run("وقالت وزارة الخارجية السورية إن إسرائيل تعزز قواعدها العسكرية في الجولان.")
    assert "Syria" not in about_of(x, "إسرائيل")


def test_either_of_them_after_two_states_is_that_pair() -> None:
    x = en(
        "Armenia and Azerbaijan traded accusations over the shelling on Monday. The European "
        "Union said it would not take sides with either of them."
    )
    assert {"Armenia", "Azerbaijan"} <= about_of(x, "it would not")


def test_neither_of_them_after_two_people_adds_no_states() -> None:
    x = en(
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. "
        "Macron said he and Scholz had agreed that neither of them would travel to Beijing alone."
    )
    assert "France" not in about_of(x, "he and Scholz")
    assert "Germany" not in about_of(x, "he and Scholz")
