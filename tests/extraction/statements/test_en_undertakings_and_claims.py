"""English statements (S10-R2-H2), families of the misses of a newly opened set: a cue
word after a possessive is a noun ("Milei's remarks"); "pledged/promised to <verb>" is an
undertaking, not a statement; "claims to have won" is a claim; "a charge X denies" is X's
statement; a quotation followed by ", while Y thanked" does not attribute it to Y;
"recalling that" opens a statement of its own."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2024, 8, 12)

MILEI = (
    "BRASILIA (Reuters) - Argentine President Javier Milei said on Monday that Brazil was "
    "interfering in the region.\n"
)

# (text, speaker, words the content holds): each statement must be found with that speaker
FOUND = [
    # a possessive before the cue word: a noun, so the next verb keeps the sentence's subject
    (
        MILEI + "Brazilian President Luiz Inacio Lula da Silva called Milei's remarks "
        '"offensive" and accused Buenos Aires of meddling in the election.',
        "Luiz Inacio Lula da Silva",
        "Buenos Aires of meddling",
    ),
    # "claim" with a "to" infinitive: the claim is the content
    (
        "MINSK (AP) - Opposition leader Sviatlana Tsikhanouskaya, who claims to have won the "
        "2020 election, met Lithuanian President Gitanas Nauseda in Vilnius on Monday.",
        "Sviatlana Tsikhanouskaya",
        "to have won the 2020 election",
    ),
    (
        "KYIV (Reuters) - Russia's defence ministry claimed to have shot down 40 Ukrainian "
        "drones over the Belgorod region overnight.",
        "Russian Ministry of Defence",
        "to have shot down 40 Ukrainian drones",
    ),
    # "a charge X denies": the denier's statement is the charge
    (
        "ADDIS ABABA (Reuters) - Ethiopia's government accused Eritrea of backing rebels in the "
        "Amhara region, a charge Asmara denies.",
        "Eritrea",
        "a charge",
    ),
    (
        "NAIROBI (Reuters) - Kenya said Sudan's army had shelled a refugee camp near the border, "
        "an accusation which Khartoum has strongly rejected.",
        "Sudan",
        "an accusation",
    ),
    # a quotation, then a clause of its own with a subordinator: the second subject thanks
    (
        "HANOI (AP) - Japanese Prime Minister Fumio Kishida met Vietnamese President Vo Van "
        'Thuong. Thuong called Japan a "trusted friend", while Kishida thanked Vietnam for the '
        "support it gave during the pandemic.",
        "Fumio Kishida",
        "Vietnam for the support",
    ),
    # "recalling that": a statement of its own
    (
        "BOGOTA (AFP) - Colombia's foreign ministry said it had received the note "
        '"with concern", recalling that the 1961 treaty protects consular staff.',
        "Colombian Ministry of Foreign Affairs",
        "the 1961 treaty protects consular staff",
    ),
    # the subject of the cue set off by commas inside the clause it reports, a quotation
    # later in that clause: the clause is the content, not the quotation alone
    (
        "ANKARA (Reuters) - Turkish President Tayyip Erdogan said on Friday that Sweden had "
        'not done enough. Turkey, he added, would not approve the bid "under these conditions."',
        "Recep Tayyip Erdoğan",
        "would not approve the bid",
    ),
    # a short quoted head of a longer object: the whole phrase
    (
        'ANKARA (Reuters) - "Our countries are now partners," Turkish President Tayyip Erdogan '
        'said, pledging "full backing" for Azerbaijan\'s claims in the region.',
        "Recep Tayyip Erdoğan",
        '"full backing" for Azerbaijan\'s claims',
    ),
    (
        'BEIJING (Reuters) - Chinese Foreign Minister Wang Yi said "no country" should '
        "interfere in China's internal affairs.",
        "Wang Yi",
        '"no country" should interfere',
    ),
    # guards: a commitment with a clause, a vow, and a quoted word after a cue stay statements
    (
        "DODOMA (Reuters) - Tanzanian President Samia Suluhu Hassan pledged that Dodoma would "
        "never close the border again.",
        "Samia Suluhu Hassan",
        "Dodoma would never close the border again",
    ),
    (
        'NAIROBI (Reuters) - Kenyan President William Ruto vowed to defend Kenyan traders "at '
        'every level".',
        "William Ruto",
        "to defend Kenyan traders",
    ),
    (
        MILEI + "Brazilian President Luiz Inacio Lula da Silva called Milei's remarks "
        '"offensive" and accused Buenos Aires of meddling in the election.',
        "Luiz Inacio Lula da Silva",
        "Milei's remarks",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_english_statement_found_with_its_speaker(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found


# (text, words no statement may hold, speaker that may not say them or None for anyone)
SILENT = [
    # "pledged/promised to <verb>": an undertaking (the relations read it), no statement
    (
        "NAIROBI (Reuters) - Kenya and Tanzania pledged on Friday to reopen their shared border "
        "crossings within a month.",
        "reopen their shared border",
        None,
    ),
    (
        "NAIROBI (Reuters) - Kenyan President William Ruto promised to raise the matter with "
        "parliament next week.",
        "raise the matter",
        None,
    ),
    (
        "GEORGETOWN (AFP) - Guyana and Suriname pledged not to use force in their river border "
        "dispute.",
        "use force",
        None,
    ),
    # "Milei's remarks": the possessor says nothing here
    (
        MILEI + "Brazilian President Luiz Inacio Lula da Silva called Milei's remarks "
        '"offensive" and accused Buenos Aires of meddling in the election.',
        "offensive",
        "Javier Milei",
    ),
    # the charge and its denier are not the accuser's words
    (
        "NIAMEY (Reuters) - Niger's prime minister has accused Benin of hosting foreign "
        "troops, a charge Cotonou denies.",
        "a charge",
        "Niger's prime minister",
    ),
    # "claimed responsibility": an act, not a claim of words
    (
        "KABUL (AP) - The Islamic State group claimed responsibility for the attack in a "
        "statement on Telegram.",
        "responsibility",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SILENT)
def test_english_no_statement_holds(text: str, words: str, speaker: str | None) -> None:
    found = said(extracted(text, "en", DAY))
    assert not [(s, c) for s, c in found if words in c and speaker in (None, s)], found
