"""Arabic statements (session 9 round 4, helper S9-R4-H4): a rank with its grade words
before the name ("الفريق أول ركن X إن"), an "according to" statement whose content is only
another speaker's statement ("وبحسب بيان للرئاسة، فإن الرئيس X أكد": one statement, the
named speaker's, relayed by the source), a stance of commitment announced
("أعلن X التزامه بـ"), a bare surname we did not link after the verb
("وقال فيدان إن": an explicit subject, not the previous speaker) and an occasion noun with
a possessive pronoun in a comma aside ("دعت X، خلال زيارتها إلى Y، Z إلى")."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def _run(text: str) -> Extraction:
    return extracted(text, "ar", date(2024, 6, 20))


def _statements(x: Extraction) -> set[tuple[str, str | None, str]]:
    """(speaker, via, the content's first three words) of every statement."""
    return {
        (
            x.entity(q.speaker).label,
            x.entity(q.via).label if q.via else None,
            " ".join(q.text.split()[:3]),
        )
        for q in x.quotes
    }


STATEMENTS_OF_AN_ARTICLE_ARE_THESE_CASES = [
    pytest.param(
        "بورتسودان - قال الفريق أول عبد الفتاح البرهان إن الجيش لن يقبل أي هدنة جديدة.",
        {("Abdel Fattah al-Burhan", None, "الجيش لن يقبل")},
        id="a_rank_with_the_grade_awal_before_the_name",
    ),
    pytest.param(
        "وصرح الفريق أول ركن عبد الفتاح البرهان بأن القوات المسلحة ستستعيد ولاية الجزيرة.",
        {("Abdel Fattah al-Burhan", None, "القوات المسلحة ستستعيد")},
        id="a_rank_with_two_grade_words_before_the_name",
    ),
    pytest.param(
        "قال الفريق عبد الفتاح البرهان إن الجيش سيواصل القتال.",
        {("Abdel Fattah al-Burhan", None, "الجيش سيواصل القتال")},
        id="guard_a_plain_rank_before_the_name",
    ),
    pytest.param(
        "وبحسب بيان للرئاسة المصرية، فإن الرئيس عبد الفتاح السيسي أكد أن القاهرة ترفض "
        "أي تهجير لسكان غزة.",
        {("Abdel Fattah el-Sisi", "Egyptian Presidency", "القاهرة ترفض أي")},
        id="according_to_a_statement_the_named_speaker_speaks_via_the_source",
    ),
    pytest.param(
        "وبحسب بيان للرئاسة المصرية، فإن مصر ترفض أي تهجير لسكان غزة.",
        {("Egyptian Presidency", None, "مصر ترفض أي")},
        id="guard_according_to_a_statement_with_no_inner_speaker",
    ),
    pytest.param(
        "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو ترفض الشروط الغربية. "
        "وقال زلينسكي إن كييف لن تتخلى عن أراضيها.",
        {("Sergey Lavrov", None, "موسكو ترفض الشروط")},
        id="an_unlinked_surname_is_no_continuation_of_the_previous_speaker",
    ),
    pytest.param(
        "قال الرئيس الأمريكي جو بايدن إن واشنطن ستواصل دعم كييف. "
        "وقال سوليفان في مقابلة إن الأسلحة ستصل قريبا.",
        {("Joe Biden", None, "واشنطن ستواصل دعم")},
        id="an_unlinked_surname_before_an_occasion_is_no_continuation",
    ),
    pytest.param(
        "قال الرئيس الأمريكي جو بايدن إن واشنطن ستواصل دعم كييف. وقال أيضا إن الأسلحة ستصل قريبا.",
        {("Joe Biden", None, "واشنطن ستواصل دعم"), ("Joe Biden", None, "الأسلحة ستصل قريبا")},
        id="guard_an_adverb_after_the_verb_continues_the_speaker",
    ),
    pytest.param(
        "قال الرئيس الأمريكي جو بايدن إن واشنطن ستواصل دعم كييف. وقال مجددا إن الأسلحة ستصل قريبا.",
        {("Joe Biden", None, "واشنطن ستواصل دعم"), ("Joe Biden", None, "الأسلحة ستصل قريبا")},
        id="guard_an_accusative_adverb_continues_the_speaker",
    ),
    pytest.param(
        "ودعت وزيرة الخارجية الألمانية أنالينا بيربوك، خلال زيارتها إلى عمان، إسرائيل "
        "إلى فتح المعابر.",
        {("Annalena Baerbock", None, "إسرائيل إلى فتح")},
        id="an_occasion_noun_with_a_possessive_in_a_comma_aside",
    ),
    pytest.param(
        "ودعت وزيرة الخارجية الألمانية أنالينا بيربوك، في كلمة بعمان، إسرائيل إلى فتح المعابر.",
        {("Annalena Baerbock", None, "إسرائيل إلى فتح")},
        id="guard_an_occasion_noun_without_a_possessive",
    ),
    pytest.param(
        "أعلن الرئيس الفرنسي إيمانويل ماكرون، في مؤتمر صحفي، التزامه بتسليم مقاتلات إلى كييف.",
        {("Emmanuel Macron", None, "التزامه بتسليم مقاتلات")},
        id="an_announced_commitment_is_a_stance",
    ),
    pytest.param(
        "أعلن الرئيس الفرنسي إيمانويل ماكرون حل الجمعية الوطنية.",
        set(),
        id="guard_an_act_announced_is_no_stance",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS_OF_AN_ARTICLE_ARE_THESE_CASES)
def test_statements_of_an_article_are_these(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert _statements(_run(text)) == expected
