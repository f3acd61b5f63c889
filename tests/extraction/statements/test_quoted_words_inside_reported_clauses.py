"""S17-QPREC: quoted words that are part of the reported clause (English, and Arabic last).

A few quoted words are the claim only when they stand for the whole of it ('condemned the
bombing "in the strongest terms".').  The reported clause is the claim, quoted words and
all, when

- the object is judged with "as" before the quotation ('rejected the accusation as
  "baseless"': the object is part of what is said of it);
- the quotation comes right after the cue and the clause goes on after its closing mark
  ('rejected "in full" a report by ...', 'expressed "deep regret" over the launch');
- the cue is followed by the verb of a relative clause whose subject came before it ('a
  visit that Beijing has warned would be a "provocation."').

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.extractors import extract
from kg.models import Article


def _quotes(text: str) -> dict[str, bool]:
    """Statement text -> direct."""
    x = extract(Article(id="t", lang="en", text=text, published=date(2025, 6, 2)))
    return {q.text: q.direct for q in x.quotes}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Ethiopia's foreign ministry spokesman Nebiat Getachew rejected the accusation "
            'as "baseless", according to the ministry\'s website.',
            'the accusation as "baseless"',
        ),
        (
            'Malaysia condemned the raid as "a grave breach of international law."',
            'the raid as "a grave breach of international law."',
        ),
    ],
)
def test_object_judged_with_as_is_part_of_the_claim(text: str, claim: str) -> None:
    assert _quotes(text).get(claim) is False


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            'Egypt on Tuesday rejected "in full" a report by a U.N. panel that accused Cairo '
            "of arming militias in Sudan, saying it was biased.",
            '"in full" a report by a U.N. panel that accused Cairo of arming militias in Sudan',
        ),
        (
            'Seoul\'s unification ministry expressed "deep regret" over the launch on Sunday.',
            '"deep regret" over the launch on Sunday',
        ),
    ],
)
def test_short_quotation_the_clause_goes_on_after_is_part_of_it(text: str, claim: str) -> None:
    assert _quotes(text).get(claim) is False


def test_relative_clause_verb_after_the_cue_opens_the_claim() -> None:
    text = (
        "The president may meet Kenyan officials in Nairobi, a meeting that Addis Ababa "
        'has warned would be a "provocation."'
    )
    assert _quotes(text).get('would be a "provocation."') is False


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Spain condemned the attack "in the strongest terms".', "in the strongest terms"),
        (
            'Foreign Minister Wang Yi said "we will not back down," adding that talks would go on.',
            "we will not back down",
        ),
    ],
)
def test_quotation_that_is_the_whole_claim_stays_direct(text: str, quoted: str) -> None:
    assert _quotes(text).get(quoted) is True


def test_arabic_one_quoted_word_at_the_end_of_a_longer_object_is_part_of_it() -> None:
    # S17-QPREC: "تعهد بالرد على أي «عدوان»": the quoted word is less than half of the
    # object; the claim is the object with it (a manner phrase after a short object,
    # "دان الهجوم «بأشد العبارات»", stays the claim on its own)
    x = extracted(
        'وتعهد الرئيس الإيراني مسعود بزشكيان بالرد على أي "عدوان" إسرائيلي جديد.\n'
        'وتعهد وزير الخارجية الإيراني عباس عراقجي بالرد الحازم على أي "عدوان".',
        "ar",
        date(2025, 6, 2),
    )
    said = {q.text: q.direct for q in x.quotes}
    assert said.get('بالرد الحازم على أي "عدوان"') is False
