"""Session-7 rules for what English statements are about, and for dates in both languages,
found by reading the output on fresh text (S7-H5).

* a statement that speaks of "the deal", "this agreement", "the contract" is about the two
  states of the story's pact (named around the article's first agreement word), when it
  names no other state;
* "our two countries", "our two nations" are the two states just talked about;
* an act in a clause opened by "after"/"before" (with its own subject) or "بعد أن"/"بعدما"
  does not take the time told before that word for the main act;
* a "today" inside a quotation is no day of the story for the undated deeds after it;
* an act of the speaker's own side told in the simple past before the cue ("Britain
  summoned the envoy, the Foreign Office said on Wednesday") takes the statement's day.
"""

from __future__ import annotations

from datetime import date

from factories import extracted

from kg.models import Extraction


def run(text: str, day: date, lang: str = "en") -> Extraction:
    return extracted(text, lang, day)


def about(x: Extraction) -> dict[str, set[str]]:
    labels = {e.id: e.label for e in x.entities}
    return {q.text: {labels[a] for a in q.about} for q in x.quotes}


def dated(x: Extraction) -> dict[tuple[str, str, str], str | None]:
    labels = {e.id: e.label for e in x.entities}
    return {(labels[r.subject], r.type.value, labels[r.object]): r.date for r in x.relations}


PACT = (
    "Serbia and Kosovo agree to normalise economic ties\n\n"
    "WASHINGTON (AP) - Serbia and Kosovo signed an agreement on Friday to normalise "
    "economic relations, in a ceremony at the White House.\n\n"
    'Serbian President Aleksandar Vucic said the deal was "a big step forward". Kosovo '
    "Prime Minister Avdullah Hoti said he would defend the agreement in parliament. Russian "
    "Foreign Ministry spokeswoman Maria Zakharova said the deal ignored Russia's interests."
)


def test_a_statement_on_the_deal_is_about_both_parties_of_the_story_pact() -> None:
    got = about(run(PACT, date(2020, 9, 5)))
    # ('said the deal was "a big step forward".': the reported clause, not the quote alone)
    assert got['the deal was "a big step forward"'] == {"Serbia", "Kosovo"}
    assert got["he would defend the agreement in parliament"] == {"Serbia", "Kosovo"}


def test_a_statement_on_the_deal_that_names_another_state_keeps_its_own_topic() -> None:
    got = about(run(PACT, date(2020, 9, 5)))
    assert got["the deal ignored Russia's interests"] == {"Russia"}


def test_no_pact_pair_when_three_states_stand_around_the_first_deal_word() -> None:
    text = (
        "DOHA (AP) - Prisoners held in Iran flew to Doha on Monday, freed in a deal that saw "
        "the United States release five Iranians.\n\n"
        "Spokesman Nasser Kanaani said the deal was a victory."
    )
    got = about(run(text, date(2023, 9, 19)))
    assert got.get("the deal was a victory", set()) == set()


def test_our_two_nations_are_the_two_states_just_named() -> None:
    text = (
        "Armenia and Azerbaijan signed a peace framework on Friday in Washington.\n\n"
        '"This opens a new page for our two nations," Armenian Prime Minister Nikol '
        "Pashinyan said."
    )
    got = about(run(text, date(2025, 8, 9)))
    assert got["This opens a new page for our two nations"] == {"Armenia", "Azerbaijan"}


def test_an_accusation_in_an_after_clause_does_not_take_the_day_of_the_expulsion() -> None:
    text = (
        "On Tuesday Ethiopia expelled the Sudanese envoy after he accused Addis Ababa of "
        "arming rebels."
    )
    got = dated(run(text, date(2021, 7, 29)))
    assert got[("Ethiopia", "SANCTION", "Sudan")] == "2021-07-27"  # guard: the main act
    assert got[("Sudanese envoy", "ACCUSE", "Ethiopia")] is None


def test_arabic_an_act_after_baada_an_does_not_take_the_day_of_the_main_act() -> None:
    text = (
        "أعلنت الرباط يوم الاثنين استدعاء سفيرتها في برلين بعد أن انتقدت ألمانيا موقف المغرب "
        "من قضية الصحراء.\n\n"
        "وقطعت الجزائر علاقاتها مع المغرب يوم الثلاثاء بعدما اتهمت الرباط بارتكاب أعمال عدائية."
    )
    got = dated(run(text, date(2021, 8, 25), "ar"))
    assert got[("Germany", "ACCUSE", "Morocco")] is None
    assert got[("Morocco", "SANCTION", "Germany")] == "2021-08-23"  # guard
    assert got[("Algeria", "SANCTION", "Morocco")] == "2021-08-24"  # guard


def test_today_inside_a_quotation_is_no_day_for_the_deeds_after_it() -> None:
    text = (
        "Five prisoners held in Iran arrived in Doha, officials said.\n\n"
        '"Today, our citizens are finally free," President Joe Biden said in a statement.\n\n'
        "In the same statement, Biden announced new sanctions on Iran's Intelligence Ministry "
        "and on former Iranian President Mahmoud Ahmadinejad."
    )
    got = dated(run(text, date(2023, 9, 19)))
    sanctions = [v for (s, t, _), v in got.items() if s == "Joe Biden" and t == "SANCTION"]
    assert sanctions and all(v is None for v in sanctions)


def test_own_side_act_told_before_the_cue_takes_the_day_of_the_statement() -> None:
    text = (
        "Kuwait expelled the Philippine ambassador, the Kuwaiti foreign ministry said on "
        "Wednesday.\n\nBritain summoned the Iranian ambassador, the Foreign Office said on "
        "Wednesday."
    )
    got = dated(run(text, date(2018, 4, 26)))
    assert got[("Kuwait", "SANCTION", "Philippines")] == "2018-04-25"
    assert got[("United Kingdom", "ACCUSE", "Iranian ambassador")] == "2018-04-25"


def test_another_side_act_told_before_the_cue_stays_undated() -> None:
    text = (
        "Kuwait expelled the Philippine ambassador, the Philippine foreign ministry said on "
        "Wednesday."
    )
    got = dated(run(text, date(2018, 4, 26)))
    assert got[("Kuwait", "SANCTION", "Philippines")] is None


def test_an_act_after_a_time_with_no_other_act_before_after_keeps_that_day() -> None:
    en = run(
        "Tensions between the two neighbours rose sharply on Monday after China summoned the "
        "Japanese ambassador over the seafood exports.",
        date(2023, 8, 30),
    )
    assert dated(en)[("China", "ACCUSE", "Japanese ambassador")] == "2023-08-28"
    ar = run(
        "تصاعدت الأزمة بين الجزائر وفرنسا أمس الثلاثاء بعدما استدعت الجزائر السفير الفرنسي "
        "احتجاجا على التصريحات.",
        date(2021, 10, 4),
        "ar",
    )
    assert [r.date for r in ar.relations] == ["2021-09-28"]


def test_an_undated_wire_lead_takes_the_day_the_next_sentence_gives() -> None:
    text = (
        "BRUSSELS (Reuters) - European Union foreign ministers agreed to impose travel bans on "
        "Russian officials over the poisoning of opposition leader Alexei Navalny.\n\n"
        "The ministers, meeting in Luxembourg on Monday, also asked the bloc's foreign policy "
        "chief to prepare further measures."
    )
    got = dated(run(text, date(2020, 10, 13)))
    assert got[("European Union", "SANCTION", "Russia")] == "2020-10-12"


def test_a_lead_act_told_in_what_someone_said_does_not_take_the_next_day() -> None:
    text = (
        "MOSCOW - President Vladimir Putin said Russia would deploy new missiles in Belarus, "
        "a move that alarmed Warsaw.\n\n"
        "Speaking in an interview broadcast on Sunday, Putin said the work would finish by "
        "December."
    )
    got = dated(run(text, date(2023, 6, 12)))
    to_belarus = [v for (_, _, o), v in got.items() if o == "Belarus"]
    assert to_belarus and all(v is None for v in to_belarus)


def test_a_deed_hours_after_the_day_told_before_goes_on_that_day() -> None:
    text = (
        "Thai and Cambodian troops exchanged fire along the border on Thursday, the army said."
        "\n\nPrime Minister Hun Manet met the Thai ambassador in Phnom Penh hours after the "
        "clashes ended."
    )
    got = dated(run(text, date(2025, 7, 26)))
    assert got[("Hun Manet", "CONSULT", "Thai ambassador")] == "2025-07-24"


def test_a_statement_on_the_accords_of_three_states_is_about_the_three() -> None:
    text = (
        "UAE, Bahrain sign accords with Israel at White House\n\n"
        "WASHINGTON (AP) - The United Arab Emirates and Bahrain signed agreements on Tuesday "
        "to normalise relations with Israel.\n\n"
        "Iran condemned the deal on Wednesday, calling it shameful. Turkey said it would "
        "consider suspending ties with Abu Dhabi."
    )
    got = about(run(text, date(2020, 9, 16)))
    deal = next(v for k, v in got.items() if k.startswith("the deal"))
    assert deal == {"United Arab Emirates", "Bahrain", "Israel"}
    ties = next(v for k, v in got.items() if "suspending ties" in k)
    assert ties == {"United Arab Emirates"}  # guard: names its own topic
