"""Dates an act takes from its story's context, round 2 (session 8): the act told right
before the dated event it follows ("after police stormed the embassy late Friday"), an
agency lead with no time whose next sentence gives the day, the other side's answer ("من
جهته، أعرب ..."، "For its part, ..."), the host's reception of the guest told in the
pluperfect, an attack named as the object of a condemnation of the day, and the purpose
of a dated act ("in solidarity with ..."). Guards: background, other actors, other
visits, wars and events told days before stay undated."""

from __future__ import annotations

from datetime import date

import pytest
from factories import DateCheck, assert_relation_dates, extracted

from kg.models import RelationType

CONSULT, SUPPORT, ACCUSE = RelationType.CONSULT, RelationType.SUPPORT, RelationType.ACCUSE
ASSAULT, SANCTION, AGREE = RelationType.ASSAULT, RelationType.SANCTION, RelationType.AGREE


def _expel(when: str) -> str:
    return (
        "LIMA (AP) - Peru expelled Venezuela's diplomats after Venezuelan officials refused "
        f"to recognise the election result {when}, the foreign ministry said.\n\n"
        "The ministry gave the diplomats 72 hours to leave the country.\n"
    )


RECALLED = (
    "الجزائر (وكالات) - استدعت الجزائر سفيرها لدى فرنسا للتشاور بعد أن ساعد دبلوماسيون "
    "فرنسيون الناشطة أميرة بوراوي على مغادرة تونس مساء الاثنين.\n"
)


def _welcome(second: str) -> str:
    return (
        "الرياض-واس\n"
        "رحبت وزارة الخارجية السعودية بالاتفاق الذي توصلت إليه أرمينيا وأذربيجان لإنهاء "
        "النزاع بين البلدين.\n\n" + second
    )


def _answer(third: str) -> str:
    return (
        "القاهرة (أ ش أ) - استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الثلاثاء، الرئيس "
        "الإريتري أسياس أفورقي في قصر الاتحادية.\n\n"
        "وقال السيسي في مؤتمر صحفي مشترك إن مصر حريصة على أمن البحر الأحمر.\n\n" + third
    )


def _blinken(second: str) -> str:
    return (
        "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met Chinese Foreign "
        "Minister Wang Yi in Beijing on Monday and urged China to stop supplying Russia's war "
        "machine.\n\n" + second
    )


def _signed(second: str) -> str:
    return (
        "الرياض (واس) - وقع ولي العهد السعودي الأمير محمد بن سلمان والرئيس الصيني شي جين "
        "بينغ اليوم اتفاقية الشراكة الاستراتيجية الشاملة بين البلدين.\n" + second
    )


def _condemned(second: str) -> str:
    return (
        "ABU DHABI (Reuters) - The United Arab Emirates on Sunday condemned a Houthi drone "
        "attack on Saudi Arabia's Jizan airport and said it stood with the kingdom.\n\n" + second
    )


def _first(second: str) -> str:
    return (
        "واشنطن (وكالات) - وقعت أرمينيا وأذربيجان، أمس الجمعة، إعلانا مشتركا لإنهاء النزاع "
        "بين البلدين في البيت الأبيض.\n\n" + second
    )


def _ceremony(fourth: str) -> str:
    return (
        "الخرطوم (وكالات) - وقعت مصر والسودان، أمس الثلاثاء، اتفاقية للتعاون العسكري بين "
        "البلدين في الخرطوم.\n\n"
        "وجاء التوقيع بعد أن وقعت إثيوبيا وإريتريا في 3 مارس الجاري اتفاقا لترسيم الحدود "
        "بينهما.\n\n"
        "وقال وزير الخارجية المصري سامح شكري في كلمة خلال مراسم التوقيع إن المنطقة تدخل "
        "اليوم مرحلة جديدة من الاستقرار، معربا عن شكر مصر للسودان على حسن الاستقبال.\n\n" + fourth
    )


# Each row: (what it proves, language, story, publication day, checks on its relations'
# dates; see DateCheck).
CASES: list[tuple[str, str, str, date, list[DateCheck]]] = [
    (
        "an_act_told_before_the_event_it_follows_takes_that_events_fresh_day",
        "en",
        _expel("late Monday"),
        date(2024, 7, 30),
        [(SANCTION, "Peru", "Venezuela", "2024-07-29", "all")],
    ),
    (
        "an_event_days_before_publication_does_not_date_the_act_after_it",
        "en",
        _expel("last Thursday"),
        date(2024, 7, 30),
        [(SANCTION, "Peru", "Venezuela", None, "all")],
    ),
    (
        "an_arabic_act_told_before_the_event_it_follows_takes_its_day",
        "ar",
        RECALLED,
        date(2023, 2, 7),
        [(SANCTION, "Algeria", "France", "2023-02-06", "all")],
    ),
    (
        "an_arabic_event_days_before_publication_does_not_date_the_act",
        "ar",
        RECALLED,
        date(2023, 2, 9),
        [(SANCTION, "Algeria", "France", None, "all")],
    ),
    (
        "an_agency_lead_with_no_time_takes_the_day_its_next_sentence_gives",
        "ar",
        _welcome(
            "وأكدت الوزارة في بيان نشرته اليوم أن المملكة تدعم كل الجهود الرامية إلى تحقيق "
            "السلام في المنطقة.\n"
        ),
        date(2023, 8, 12),
        [(SUPPORT, "Saudi", "Armenia", "2023-08-12", "all")],
    ),
    (
        "another_actors_day_in_the_next_sentence_does_not_date_the_lead",
        "ar",
        _welcome(
            "وقال وزير الخارجية الروسي سيرغي لافروف اليوم إن موسكو مستعدة لدعم تنفيذ الاتفاق.\n"
        ),
        date(2023, 8, 12),
        [(SUPPORT, "Saudi", "Armenia", None, "all")],
    ),
    (
        "the_other_sides_answer_takes_the_day_of_the_event_told_before",
        "ar",
        _answer("من جانبه، أعرب الرئيس الإريتري عن تقديره لمصر على دعمها المستمر لبلاده.\n"),
        date(2023, 10, 10),
        [(SUPPORT, "أفورقي", "Egypt", "2023-10-10", "all")],
    ),
    (
        "the_other_side_with_no_answer_marker_stays_undated",
        "ar",
        _answer("وأعرب الرئيس الإريتري عن تقديره لمصر على دعمها المستمر لبلاده.\n"),
        date(2023, 10, 10),
        [(SUPPORT, "أفورقي", "Egypt", None, "all")],
    ),
    (
        "an_english_answer_for_its_part_takes_the_day_told_before",
        "en",
        _blinken(
            "For its part, China accused the United States of meddling in its internal affairs "
            "over Taiwan.\n"
        ),
        date(2024, 4, 30),
        [(ACCUSE, "China", "United States", "2024-04-29", "all")],
    ),
    (
        "an_english_accusation_with_no_answer_marker_stays_undated",
        "en",
        _blinken(
            "China accused the United States of meddling in its internal affairs over Taiwan.\n"
        ),
        date(2024, 4, 30),
        [(ACCUSE, "China", "United States", None, "all")],
    ),
    (
        "the_hosts_reception_of_the_guest_in_the_pluperfect_takes_the_visits_day",
        "ar",
        _signed("وكان ولي العهد قد استقبل الرئيس الصيني في قصر اليمامة بالرياض.\n"),
        date(2022, 12, 8),
        [(CONSULT, "Mohammed bin Salman", "Xi", "2022-12-08", "all")],
    ),
    (
        "the_hosts_reception_of_another_guest_stays_background",
        "ar",
        _signed("وكان ولي العهد قد استقبل الرئيس التركي رجب طيب أردوغان في قصر السلام بجدة.\n"),
        date(2022, 12, 8),
        [(CONSULT, "Mohammed bin Salman", "Erdo", None, "all")],
    ),
    (
        "an_attack_condemned_the_day_it_is_told_takes_that_day",
        "en",
        _condemned(""),
        date(2022, 3, 21),
        [(ASSAULT, "Houthi", "Saudi Arabia", "2022-03-20", "all")],
    ),
    (
        "a_condemned_invasion_is_no_event_of_that_day",
        "en",
        _condemned(
            "Germany on Sunday condemned Russia's invasion of Ukraine as a breach of "
            "international law.\n"
        ),
        date(2022, 3, 21),
        [(ASSAULT, "Russia", "Ukraine", None, "all")],
    ),
    (
        "the_purpose_of_a_dated_act_takes_its_day",
        "en",
        "LA PAZ (AP) - Bolivia's government said Tuesday it was cutting diplomatic ties with "
        "Israel in solidarity with the Palestinians in Gaza.\n",
        date(2023, 11, 1),
        [
            (SANCTION, "Bolivia", "Israel", "2023-10-31", "all"),
            (SUPPORT, "Bolivia", "Palestin", "2023-10-31", "all"),
        ],
    ),
    (
        "the_first_to_announce_the_event_told_before_takes_its_day",
        "ar",
        _first(
            "وكان الرئيس الأميركي دونالد ترامب أول من أعلن الاتفاق، مهنئا أرمينيا وأذربيجان "
            'على "شجاعتهما".\n'
        ),
        date(2025, 8, 9),
        [(SUPPORT, "Trump", "Armenia", "2025-08-08", "all")],
    ),
    (
        "a_pluperfect_with_qad_after_the_event_stays_background",
        "ar",
        _first('وكان الرئيس الأميركي دونالد ترامب قد هنأ أرمينيا وأذربيجان على "شجاعتهما".\n'),
        date(2025, 8, 9),
        [(SUPPORT, "Trump", "Armenia", None, "all")],
    ),
    (
        "thanks_at_the_ceremony_take_its_day_past_a_today_in_other_reported_words",
        "ar",
        _ceremony(""),
        date(2021, 3, 10),
        [
            (AGREE, "Ethiopia", "Eritrea", "2021-03-03", "any"),  # the other pact: its own day
            (SUPPORT, "Shoukry", "Sudan", "2021-03-09", "all"),
        ],
    ),
    (
        "the_same_speaker_goes_on_with_the_ceremonys_day_in_the_next_sentence",
        "ar",
        _ceremony("ووجّه شكري الشكر إلى دولة الإمارات على جهودها في دعم الاستقرار في المنطقة.\n"),
        date(2021, 3, 10),
        [(SUPPORT, "Shoukry", "United Arab Emirates", "2021-03-09", "all")],
    ),
    (
        "another_speaker_in_the_next_sentence_does_not_take_the_ceremonys_day",
        "ar",
        _ceremony(
            "ووجّه الرئيس الإريتري أسياس أفورقي الشكر إلى دولة الإمارات على جهودها في دعم "
            "الاستقرار في المنطقة.\n"
        ),
        date(2021, 3, 10),
        [(SUPPORT, "أفورقي", "United Arab Emirates", None, "all")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "published", "checks"),
    [pytest.param(*row, id=name) for name, *row in CASES],
)
def test_an_act_takes_its_day_from_the_story_context(
    lang: str, text: str, published: date, checks: list[DateCheck]
) -> None:
    assert_relation_dates(extracted(text, lang, published, article_id="s8b-dates"), checks)
