"""Event dates of session 10, round 2 (S10-R2-H6), on fresh wire copy:

* "the next day" / "في اليوم التالي" after a background sentence (a pluperfect "وكانت
  ... قد"، "had signed") counts from the background's time when counting from the
  story's day would land after publication: "early this month" + 1 day is that month;
* an attack named by a noun whose relative clause tells it carried out ("الهجوم الذي
  شنته الجماعة أمس") takes the time inside that clause;
* an act dated only by a time inside the cause it answers ("in retaliation for the
  suspension of the treaty on April 23", "ردا على قرار ... في 23 أبريل") is undated;
* a headline act dated to the publication day by default takes the lead's day when
  the body gives one ("X Seals Debt Deal" over "... announced the deal on Wednesday");
* a bare month after a deadline word ("by June", "بحلول يونيو", "by the end of March")
  is the coming month unless the clause tells the past ("had withdrawn by June"); so is
  one after a verb with the future prefix in what is said ("أن القمة ستعقد في يونيو");
* "on the 4th of this month" is that day of the month.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import assert_relation_dates, extracted

from kg.extractors.dates import find_times
from kg.extractors.text import NormText
from kg.models import RelationType

_CASES = [
    # the day after a background month: that month, not the day after publication
    (
        "القاهرة تدعم مقديشو\nأكد وزير الخارجية المصري سامح شكري، اليوم الاثنين، دعم بلاده"
        " لوحدة الصومال وسيادته.\nوكانت إثيوبيا قد وقعت في مطلع الشهر الجاري مذكرة تفاهم"
        " مع إقليم أرض الصومال الانفصالي.\nواستدعت الحكومة الصومالية في اليوم التالي"
        " سفيرها لدى أديس أبابا للتشاور.",
        "ar",
        date(2024, 1, 29),
        [(RelationType.SANCTION, "Somalia", "Ethiopia", "2024-01", "first")],
    ),
    (
        "Egypt backs Somalia\nCAIRO (Reuters) - Egypt's foreign minister said on Monday that"
        " Cairo stood with Somalia.\nEthiopia had signed a port deal with the breakaway region"
        " of Somaliland in early January.\nSomalia recalled its ambassador to Addis Ababa the"
        " next day.",
        "en",
        date(2024, 1, 29),
        [(RelationType.SANCTION, "Somalia", "Ethiopia", "2024-01", "first")],
    ),
    # guard: the day after a background day is a day
    (
        "القاهرة تدعم مقديشو\nأكد وزير الخارجية المصري سامح شكري، اليوم الاثنين، دعم بلاده"
        " لوحدة الصومال وسيادته.\nوكانت إثيوبيا قد وقعت في الأول من يناير مذكرة تفاهم"
        " مع إقليم أرض الصومال الانفصالي.\nواستدعت الحكومة الصومالية في اليوم التالي"
        " سفيرها لدى أديس أبابا للتشاور.",
        "ar",
        date(2024, 1, 29),
        [(RelationType.SANCTION, "Somalia", "Ethiopia", "2024-01-02", "first")],
    ),
    # an attack whose relative clause tells it launched "yesterday"
    (
        "الدوحة تدين استهداف ناقلة\nالدوحة - دانت دولة قطر الهجوم الذي شنته جماعة الحوثي"
        " أمس على ناقلة نفط بريطانية في البحر الأحمر.",
        "ar",
        date(2024, 3, 12),
        [(RelationType.ASSAULT, "Houthis", "United Kingdom", "2024-03-11", "first")],
    ),
    # guard: "yesterday" of another clause after the attack's is not the attack's
    (
        "الدوحة تدين استهداف ناقلة\nالدوحة - دانت دولة قطر الهجوم الذي شنته جماعة الحوثي"
        " على ناقلة نفط بريطانية في البحر الأحمر، فيما استقبل أمير قطر أمس وزير الخارجية"
        " البريطاني.",
        "ar",
        date(2024, 3, 12),
        [(RelationType.ASSAULT, "Houthis", "United Kingdom", None, "first")],
    ),
    # a time inside the cause the act answers is the cause's
    (
        "India accuses Pakistan\nNEW DELHI (Reuters) - India accused Pakistan on Saturday of"
        " violating the ceasefire.\nIndia had launched strikes on Pakistan in response to an"
        " attack on tourists in Kashmir on April 22.\nPakistan had expelled Indian diplomats"
        " in retaliation for New Delhi's suspension of the Indus Waters Treaty on April 23.",
        "en",
        date(2025, 5, 10),
        [
            (RelationType.ASSAULT, "India", "Pakistan", None, "first"),
            (RelationType.SANCTION, "Pakistan", "India", None, "first"),
            (RelationType.ACCUSE, "India", "Pakistan", "2025-05-10", "first"),
        ],
    ),
    (
        "الهند وباكستان تتبادلان الاتهامات\nنيودلهي - اتهمت الهند اليوم السبت باكستان بخرق"
        " وقف إطلاق النار.\nوكانت باكستان قد طردت دبلوماسيين هنوداً، رداً على قرار نيودلهي"
        " تعليق معاهدة مياه نهر السند في 23 أبريل.",
        "ar",
        date(2025, 5, 10),
        [(RelationType.SANCTION, "Pakistan", "India", None, "first")],
    ),
    # a headline act takes the day the body gives its news
    (
        "Sri Lanka Seals Debt Deal With India, Japan\n\n(Bloomberg) -- Sri Lanka reached an"
        " agreement with official creditors led by India and Japan to restructure $5.8"
        " billion of loans, ending a two-year standoff after the country defaulted.\n\n"
        "President Ranil Wickremesinghe announced the deal on Wednesday in a televised"
        " address. Under the terms, repayments will be stretched to 2043.",
        "en",
        date(2024, 6, 27),
        [(RelationType.AGREE, "Sri Lanka", "Japan", "2024-06-26", "first")],
    ),
    # guard: with no day in the body, the headline keeps the publication day
    (
        "Sri Lanka Seals Debt Deal With India, Japan\n\n(Bloomberg) -- Sri Lanka reached an"
        " agreement with official creditors led by India and Japan to restructure $5.8"
        " billion of loans, ending a two-year standoff after the country defaulted.\n\n"
        "Under the terms, repayments will be stretched to 2043, according to people familiar"
        " with the matter.",
        "en",
        date(2024, 6, 27),
        [(RelationType.AGREE, "Sri Lanka", "Japan", "2024-06-27", "first")],
    ),
    # guards: the act's own time, before the cause or in a fronted cause, stays
    (
        "India strikes Pakistan\nNEW DELHI (Reuters) - India launched missile strikes on"
        " Pakistan on Wednesday in response to the killing of tourists in Kashmir.\nIn"
        " response to the attack, Pakistan expelled Indian diplomats on Thursday.",
        "en",
        date(2025, 5, 9),
        [
            (RelationType.ASSAULT, "India", "Pakistan", "2025-05-07", "first"),
            (RelationType.SANCTION, "Pakistan", "India", "2025-05-08", "first"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "lang", "pub", "checks"), _CASES)
def test_event_dates_of_next_day_attacks_causes_and_headlines(
    text: str,
    lang: str,
    pub: date,
    checks: list[tuple[RelationType, str, str, str | None, str]],
) -> None:
    assert_relation_dates(extracted(text, lang, pub), checks)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ستسحب كينيا قواتها من الصومال بحلول يونيو.", "ar", [("بحلول يونيو", "2025-06")]),
        ("تعهدت الحكومة بإجراء الانتخابات بحلول نهاية مارس.", "ar", [("نهاية مارس", "2025-03")]),
        ("Kenya would hand over its bases by March.", "en", [("by March", "2025-03")]),
        ("The rebels must disarm by the end of June.", "en", [("of June", "2025-06")]),
        ("Ethiopia must pull out by June, the AU said.", "en", [("by June", "2025-06")]),
        # the future prefix on the verb of what is said, a fronted "وتعتزم"
        ("وأعلن أن القمة ستعقد في يونيو.", "ar", [("في يونيو", "2025-06")]),
        ("وقال إن الرئيس سيزور القاهرة في فبراير.", "ar", [("في فبراير", "2025-02")]),
        ("وتعتزم الحكومة إجراء الانتخابات في مارس.", "ar", [("في مارس", "2025-03")]),
        # guards: nouns that open with the same letters, a past verb
        ("وأشار إلى أن سياسة بلاده تغيرت في مارس.", "ar", [("في مارس", "2024-03")]),
        ("وأوضح أن ستة جنود قتلوا في مارس.", "ar", [("في مارس", "2024-03")]),
        # an ordinal day of this (last, next) month is that day
        (
            "Kenya reopened the crossing on the 4th of this month.",
            "en",
            [("on the 4th of this month", "2024-09-04")],
        ),
        (
            "The envoy left Nairobi on the 27th of last month.",
            "en",
            [("on the 27th of last month", "2024-08-27")],
        ),
        (
            "Kenya reopened the crossing earlier this month.",
            "en",
            [("earlier this month", "2024-09")],
        ),
        # guards: a deadline told in the past, and a bare past month
        ("وكانت كينيا قد سحبت قواتها بحلول يونيو.", "ar", [("بحلول يونيو", "2024-06")]),
        ("Kenya had withdrawn its troops by June.", "en", [("by June", "2024-06")]),
        ("The talks were held in June.", "en", [("in June", "2024-06")]),
    ],
)
def test_a_bare_month_after_a_deadline_or_future_verb_is_the_coming_one(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    norm = NormText.of(text).norm
    got = [(norm[t.start : t.end], t.value) for t in find_times(norm, lang, date(2024, 9, 10))]
    assert got == [(NormText.of(w).norm, v) for w, v in expected]
