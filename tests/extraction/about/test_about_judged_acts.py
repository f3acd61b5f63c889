"""`about` of a statement that judges an act without naming its author ("the veto", "the
raid", "الفيتو", "هذه العقوبات"): the subject of the verb that told that act before
(lexicons/about.tsv kind=act), not of the article's first hostile verb; group phrases
with a preposition ("شكره للجانبين"); "between the two neighbours" is the story's pair.
Fresh sentences (real events, own wording)."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, statement_with

from kg.models import Extraction

D = datetime.date(2022, 3, 10)


def _about(x: Extraction, fragment: str) -> set[str]:
    labels = {e.id: e.label for e in x.entities}
    return {labels[k] for k in statement_with(x, fragment).about}


CASES = [
    # the veto: Russia vetoed it, not Israel (the first hostile verb of the article)
    (
        "en",
        "UNITED NATIONS (Reuters) - Israeli aircraft struck targets near Homs on Sunday, "
        "Syrian state media said. Russia vetoed a Security Council draft on Ukraine on "
        "Friday.\n\nCanada said the veto was an abuse of the council.",
        "an abuse of the council",
        {"Russia"},
        {"Israel"},
    ),
    # "X on <day> vetoed": the author before the time phrase
    (
        "en",
        "UNITED NATIONS (AP) - Turkish drones struck Kurdish positions in Iraq. China on "
        "Tuesday vetoed a Security Council text on North Korea.\n\nAustralia said it "
        "regretted the veto deeply.",
        "regretted the veto",
        {"China"},
        {"Türkiye"},
    ),
    # the sanctions: who imposed them
    (
        "en",
        "LONDON (Reuters) - Iranian forces fired missiles at Erbil last month. Britain "
        "imposed sanctions on three Chinese officials on Monday.\n\nBeijing said the "
        "sanctions were groundless.",
        "were groundless",
        {"United Kingdom"},
        {"Iran"},
    ),
    # the raid: a nationality's forces forced their way in -> their state
    (
        "en",
        "MANAGUA (AP) - Russian missiles struck Lviv overnight. Nicaraguan police forced "
        "their way into the offices of a Costa Rican charity on Friday, a raid that drew "
        "protests.\n\nCosta Rica said the raid breached the law.",
        "breached the law",
        {"Nicaragua"},
        {"Russia"},
    ),
    # Arabic: "استخدمت X حق النقض ... الفيتو"
    (
        "ar",
        "نيويورك (وكالات) - قصفت تركيا مواقع في شمال العراق يوم الأحد. واستخدمت الصين حق "
        "النقض ضد مشروع قرار في مجلس الأمن بشأن ميانمار.\n\nوقالت بريطانيا إن الفيتو يعرقل "
        "عمل المجلس.",
        "يعرقل",
        {"China"},
        {"Türkiye"},
    ),
    # Arabic: "للجانبين" is the pair just named
    (
        "ar",
        "الدوحة (وكالات) - وقعت إثيوبيا وإريتريا اتفاق سلام يوم الاثنين.\n\n"
        "وأعرب وزير الخارجية الكويتي عن شكره للجانبين على الالتزام بالحوار.",
        "للجانبين",
        {"Ethiopia", "Eritrea"},
        set(),
    ),
    # "between the two neighbours": the story's pair, not the last two states named
    (
        "en",
        "Armenia and Azerbaijan clash on border\n\nYEREVAN (Reuters) - Armenian and "
        "Azerbaijani troops exchanged fire on their border on Tuesday. Germany and Italy "
        "urged calm.\n\nKazakhstan said on Wednesday it was ready to mediate between the "
        "two neighbours.",
        "mediate between",
        {"Armenia", "Azerbaijan"},
        {"Germany", "Italy"},
    ),
    # guard: "the strikes" after "X struck" keeps the hostile verb's author
    (
        "en",
        "SANAA (Reuters) - Israel struck the port of Hodeidah on Saturday.\n\nIran said the "
        "strikes were a crime.",
        "were a crime",
        {"Israel"},
        set(),
    ),
    # guard: "the two countries" without "between" is the two just named
    (
        "en",
        "Story of talks\n\nDOHA (AP) - Iran and Iraq began talks in Doha on Monday. Qatar "
        "and Oman welcomed the talks.\n\nJapan said the two countries showed restraint.",
        "showed restraint",
        {"Qatar", "Oman"},
        set(),
    ),
]


@pytest.mark.parametrize(("lang", "text", "fragment", "wanted", "unwanted"), CASES)
def test_about_takes_the_author_of_the_act_judged(
    lang: str, text: str, fragment: str, wanted: set[str], unwanted: set[str]
) -> None:
    about = _about(extracted(text, lang, D), fragment)
    assert wanted <= about, about
    assert not unwanted & about, about
