"""Session 10 (S10-H11): criticism told as an evaluation or a verb of derision (ACCUSE).
A describing verb in a relative clause on the act just told ("..., which Tokyo called
unacceptable", "a move that X called a threat", "، وهو ما وصفته X بـ") or with a pronoun
for it ("called it", "واصفا إياه") accuses the author of that act, or the sentence's
subject when no act was coded; the evaluation lexicon reads words that open with a
proclitic-like letter ("فضيحة") and plural or new negative words; a relative whose
describing verb carries the object pronoun ("X، الذي وصفه الادعاء بأنه ...") makes the
antecedent accuse no one; "so-called" describes nothing.  All sentences are written for
these tests (real public events, other wording than any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted, relation_triples


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, lang, date(2024, 5, 14), article_id="s10h11"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "North Korea fired two short-range missiles into the sea on Thursday, which "
            'South Korean President Yoon Suk Yeol called "a grave provocation."',
            "en",
            ("Yoon Suk Yeol", "ACCUSE", "North Korea"),
        ),
        (
            "Russia suspended its participation in the grain deal in July, which Kyiv called "
            '"blackmail."',
            "en",
            ("Ukraine", "ACCUSE", "Russia"),
        ),
        (
            "Britain deployed a warship to waters near Guyana, a move that Venezuelan "
            'Defence Minister Vladimir Padrino called "a hostile act" against his country.',
            "en",
            ("Vladimir Padrino", "ACCUSE", "United Kingdom"),
        ),
        (
            "Hungarian Prime Minister Viktor Orban called the European Commission's "
            'migration plan "scandalous."',
            "en",
            ("Viktor Orban", "ACCUSE", "European Commission"),
        ),
        (
            "Turkish President Recep Tayyip Erdogan described Sweden's handling of the "
            'protests as "a betrayal."',
            "en",
            ("Recep Tayyip Erdoğan", "ACCUSE", "Sweden"),
        ),
        (
            "Czech Prime Minister Petr Fiala said Russia was behind a series of arson "
            "attacks on Prague buses.",
            "en",
            ("Petr Fiala", "ACCUSE", "Russia"),
        ),
        (
            "Lithuanian President Gitanas Nauseda said Belarus was responsible for the "
            "sabotage of the railway line.",
            "en",
            ("Gitanas Nauseda", "ACCUSE", "Belarus"),
        ),
        (
            "Iraqi government spokesman Basim al-Awadi said the Turkish strike violated "
            "Iraq's sovereignty.",
            "en",
            ("Basim al-Awadi", "ACCUSE", "Türkiye"),
        ),
        (
            "Belarusian leader Alexander Lukashenko derided Poland on Monday for its border fence.",
            "en",
            ("Alexander Lukashenko", "ACCUSE", "Poland"),
        ),
        (
            "وأغلقت إسرائيل المعابر المؤدية إلى القطاع، وهو ما وصفه وزير الخارجية الأردني "
            "أيمن الصفدي بأنه «عقاب جماعي».",
            "ar",
            ("Ayman Safadi", "ACCUSE", "Israel"),
        ),
        (
            "وأطلقت كوريا الشمالية صاروخين باليستيين سقطا في البحر، وهو ما اعتبرته سيول "
            "«استفزازاً خطيراً».",
            "ar",
            ("South Korea", "ACCUSE", "North Korea"),
        ),
        (
            "ووصف وزير الخارجية الإيراني حسين أمير عبد اللهيان الغارات الإسرائيلية على "
            "دمشق بأنها «جرائم حرب».",
            "ar",
            ("Hossein Amir-Abdollahian", "ACCUSE", "Israel"),
        ),
        (
            "Azerbaijan massed troops along its border with Armenia on Thursday. Armenian "
            "Foreign Ministry spokeswoman Ani Badalyan said Yerevan was watching the "
            'deployment closely, describing it as "a dangerous escalation."',
            "en",
            ("Ani Badalyan", "ACCUSE", "Azerbaijan"),
        ),
        (
            "وحشدت روسيا قوات قرب الحدود الأوكرانية. وانتقد وزير الخارجية الأوكراني دميترو "
            "كوليبا التحركات، واصفاً إياها بأنها «تصعيد خطير».",
            "ar",
            ("Dmytro Kuleba", "ACCUSE", "Russia"),
        ),
        (
            "ووصف الرئيس التركي رجب طيب أردوغان القرار السويدي بأنه «فضيحة».",
            "ar",
            ("Recep Tayyip Erdoğan", "ACCUSE", "Sweden"),
        ),
    ],
)
def test_evaluation_accuses_the_author(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kept", "dropped"),
    [
        (
            # the relative is the object of the describing verb: the antecedent accuses
            # no one; the act of the main clause is kept
            "وأفرجت السلطات الروسية عن الصحفي إيفان غيرشكوفيتش، الذي وصفته النيابة الروسية "
            "بأنه جاسوس يعمل لصالح المخابرات الأمريكية.",
            "ar",
            ("Russia", "CONCEDE", "إيفان غيرشكوفيتش"),
            ("إيفان غيرشكوفيتش", "ACCUSE", "Russian Public Prosecution"),
        ),
        (
            # the antecedent is the subject of a relative verb without object pronoun
            "وقال الرئيس التركي رجب طيب أردوغان، الذي انتقد إسرائيل مراراً، إن بلاده "
            "ستواصل دعم غزة.",
            "ar",
            ("Recep Tayyip Erdoğan", "ACCUSE", "Israel"),
            ("Israel", "ACCUSE", "Recep Tayyip Erdoğan"),
        ),
        (
            # "so-called" describes nothing: the content's subject accuses no one
            'Chinese Defence Ministry spokesman Zhang Xiaogang said Tokyo was "hyping up" '
            "the so-called China threat.",
            "en",
            ("Zhang Xiaogang", "ACCUSE", "Japan"),
            ("Japan", "ACCUSE", "China"),
        ),
        (
            # "behind" with no deed after it, and a denial, blame no one
            "German Chancellor Olaf Scholz said Britain was behind schedule, and Finnish "
            "President Sauli Niinisto said Russia was not responsible for the power cut.",
            "en",
            None,
            ("Olaf Scholz", "ACCUSE", "United Kingdom"),
        ),
        (
            "Finnish President Sauli Niinisto said Russia was not responsible for the bombing.",
            "en",
            None,
            ("Sauli Niinisto", "ACCUSE", "Russia"),
        ),
        (
            # the side's condemnation is told already: its minister's words add nothing
            "Britain condemned the Iranian drone strikes on Iraq, with Foreign Secretary "
            "David Cameron saying Iran had violated Iraq's sovereignty.",
            "en",
            ("United Kingdom", "ACCUSE", "Iran"),
            ("David Cameron", "ACCUSE", "Iran"),
        ),
        (
            # praise in a relative clause is not an accusation
            "Saudi Arabia hosted talks between the warring parties in Jeddah, which U.S. "
            'Secretary of State Antony Blinken called "constructive."',
            "en",
            None,
            ("Antony Blinken", "ACCUSE", "Saudi Arabia"),
        ),
    ],
)
def test_relative_clauses_keep_true_output(
    text: str,
    lang: str,
    kept: tuple[str, str, str] | None,
    dropped: tuple[str, str, str],
) -> None:
    found = triples(text, lang)
    if kept is not None:
        assert kept in found
    assert dropped not in found
