"""Session-7 English entity rules (issue #3), found by reading the output on unseen text.

* bodies named by a state: "Iran's Intelligence Ministry" (not "Iranian Intelligence"),
  "South Korea's Unification Ministry", "Mali's military junta", "the Greek opposition"
  (``kg/gazetteer/data/bodies.tsv``);
* "The junta said", "The opposition said" with no such body named before: the dateline
  state's body (``bodies._Builder.home_definite``);
* a person introduced by a stateless title in a story datelined in a state whose press
  refers back by the first name ("KUALA LUMPUR -- Prime Minister X Y ... X said") is
  referred back to by that first word (``Resolver._dateline_state``);
* two-word plural demonyms ("North Koreans", "Sri Lankans") name their state's people.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def run(text: str, day: date = date(2023, 9, 12)) -> Extraction:
    return extracted(text, "en", day)


def said(x: Extraction) -> list[tuple[str, str | None, str]]:
    """(speaker label, speaker's state label, quote text) per quote."""
    ents = {e.id: e for e in x.entities}
    out = []
    for q in x.quotes:
        sp = ents[q.speaker]
        out.append((sp.label, ents[sp.state].label if sp.state else None, q.text))
    return out


def speaker_of(x: Extraction, fragment: str) -> tuple[str, str | None]:
    for label, state, text in said(x):
        if fragment in text:
            return label, state
    raise AssertionError(f"no quote with {fragment!r}: {said(x)}")


def mentions(x: Extraction, label: str) -> list[str]:
    return [m.text for e in x.entities if e.label == label for m in e.mentions]


# -- bodies named with their state ---------------------------------------------------


def test_intelligence_ministry_is_the_whole_ministry() -> None:
    x = run(
        "TEHRAN (Reuters) - Iran's Intelligence Ministry said on Tuesday it had broken up "
        "a spy ring working for a foreign service."
    )
    label, state = speaker_of(x, "spy ring")
    assert label == "Iranian Ministry of Intelligence"
    assert state == "Iran"


def test_unification_ministry_speaks_not_its_state() -> None:
    x = run(
        "SEOUL (Reuters) - South Korea's Unification Ministry said on Wednesday it would "
        "send flood aid across the border."
    )
    label, state = speaker_of(x, "flood aid")
    assert "Ministry of Unification" in label
    assert state == "South Korea"


def test_the_unification_ministry_later_is_the_one_named_with_its_state() -> None:
    # (S18-QPREC) the gazetteer links the body only with its state; the bare name later
    # refers back to it, so its statement and the "it" of its relative clause are its own
    x = run(
        "SEOUL (Reuters) - North Korea shelled an empty guard post on Tuesday. South "
        "Korea's Unification Ministry said the post had been unmanned since 2019.\n\n"
        "North Korea's state news agency KCNA said the shelling was a warning.\n\n"
        'The Unification Ministry separately expressed "deep regret" over the shelling, '
        "which it said broke the spirit of the 2018 military accord."
    )
    label, state = speaker_of(x, "deep regret")
    assert "Ministry of Unification" in label
    assert state == "South Korea"
    assert speaker_of(x, "unmanned since") == (label, state)
    assert speaker_of(x, "broke the spirit") == (label, state)


def test_possessive_junta_then_the_junta() -> None:
    x = run(
        "OUAGADOUGOU (Reuters) - Burkina Faso's military junta said on Thursday it had "
        "suspended two foreign broadcasters. The junta said the stations had spread "
        "false reports."
    )
    assert speaker_of(x, "suspended two")[1] == "Burkina Faso"
    assert speaker_of(x, "false reports") == speaker_of(x, "suspended two")
    assert not any(label == "Burkina Faso" for label, _, _ in said(x))


def test_adjective_opposition_is_a_body_of_its_state() -> None:
    x = run(
        "LIMA (Reuters) - The Peruvian opposition said on Friday the cabinet had lost "
        "its majority in Congress."
    )
    label, state = speaker_of(x, "lost its majority")
    assert label.endswith("Opposition")
    assert state == "Peru"


# -- bare "the junta" / "the opposition": the dateline's state ---------------------------


def test_bare_junta_is_the_dateline_states() -> None:
    x = run(
        "CONAKRY (Reuters) - Soldiers detained the president on Sunday. The junta said "
        "the constitution had been dissolved."
    )
    label, state = speaker_of(x, "constitution")
    assert "Junta" in label
    assert state == "Guinea"


def test_bare_opposition_is_the_dateline_states() -> None:
    x = run(
        "DHAKA (Reuters) - Voting ended on Sunday in a general election. The opposition "
        "said the ballot had been rigged."
    )
    label, state = speaker_of(x, "rigged")
    assert "Opposition" in label
    assert state == "Bangladesh"


def test_opposition_leader_stays_a_person() -> None:
    """Guard: "the opposition leader X" and "the junta's chief" are no new bodies."""
    x = run(
        "HARARE (Reuters) - The opposition leader Nelson Chamisa said on Monday the count "
        "was flawed."
    )
    assert speaker_of(x, "count was flawed")[0] == "Nelson Chamisa"
    assert not any("Opposition" in e.label for e in x.entities)


def test_no_dateline_no_home_junta() -> None:
    """Guard: without a dateline state the bare noun names nobody."""
    x = run("The junta said on Monday that elections would be postponed.")
    assert not any("Junta" in e.label for e in x.entities)


# -- first-name back-references under a dateline --------------------------------------


def test_malay_first_name_refers_back_under_dateline() -> None:
    x = run(
        "KUALA LUMPUR (Reuters) - Home Minister Saifuddin Nasution said on Monday the "
        'border checks would be tightened. "We will not tolerate smuggling," Saifuddin said.'
    )
    assert speaker_of(x, "tolerate smuggling")[0] == "Saifuddin Nasution"


def test_ethiopian_first_name_refers_back_under_dateline() -> None:
    x = run(
        "ADDIS ABABA (Reuters) - Finance Minister Ahmed Shide said on Tuesday the budget "
        "would grow. Ahmed said the deficit would narrow."
    )
    assert speaker_of(x, "deficit would narrow")[0] == "Ahmed Shide"


def test_korean_dateline_with_date_opens_family_first() -> None:
    x = run(
        "SEOUL, Sept 12 (Reuters) - Defence Minister Lee Jong-sup said on Tuesday drills "
        "would resume. Lee said the North had fired two missiles."
    )
    assert speaker_of(x, "fired two missiles")[0] == "Lee Jong-sup"


def test_western_dateline_keeps_surname_back_reference() -> None:
    """Guard: elsewhere the family name still refers back, not the first name."""
    x = run(
        "LONDON (Reuters) - Foreign Secretary James Cleverly said on Monday sanctions "
        "would widen. Cleverly said more names would be added."
    )
    assert speaker_of(x, "more names")[0] == "James Cleverly"
    assert "James" not in mentions(x, "James Cleverly")


# -- plural demonyms of two words ---------------------------------------------------------


def test_two_word_plural_demonyms_name_their_state() -> None:
    x = run(
        "COLOMBO (Reuters) - Sri Lankans queued for fuel on Saturday while South "
        "Koreans living in the city were told to stay indoors."
    )
    assert "Sri Lankans" in mentions(x, "Sri Lanka")
    assert "South Koreans" in mentions(x, "South Korea")
    assert not any(e.type.value == "Person" and "Koreans" in e.label for e in x.entities)


def test_opposition_before_a_party_name_is_no_body() -> None:
    """Guard: "the opposition Workers' Party said": the party, not a new body."""
    x = run(
        "SINGAPORE (Reuters) - The opposition Workers' Party said on Monday it would "
        "contest more seats."
    )
    assert not any("Opposition" in e.label for e in x.entities)


# -- state companies ----------------------------------------------------------------------


def test_state_company_after_possessive_state() -> None:
    x = run(
        "BEIJING (Reuters) - China's state oil company Sinopec said on Tuesday it had "
        "signed a supply deal. Sinopec said deliveries would start in March."
    )
    assert speaker_of(x, "supply deal") == ("Sinopec", "China")
    assert speaker_of(x, "deliveries would start") == ("Sinopec", "China")


THE_SPEAKER_OF_THE_WORDS_IS_THIS_CASES = [
    pytest.param(
        "ANKARA (Reuters) - Turkish state-owned pipeline operator Botas said on Friday "
        "gas flows had resumed.",
        "gas flows",
        ("Botas", "Türkiye"),
        id="state_owned_firm_after_adjective",
    ),
    pytest.param(
        "JAKARTA (Reuters) - State energy firm Pertamina said on Monday fuel prices "
        "would stay unchanged.",
        "fuel prices",
        ("Pertamina", "Indonesia"),
        id="state_firm_without_state_is_the_datelines",
    ),
    pytest.param(
        "ISTANBUL (Reuters) - President Tayyip Erdogan said on Saturday grain exports "
        "would resume.",
        "grain exports",
        ("Recep Tayyip Erdoğan", "Türkiye"),
        id="wire_short_form_of_erdogan",
    ),
    # Guard: one capital: the officials of its state, as before.
    pytest.param(
        "GENEVA (Reuters) - Officials in Tokyo said on Monday the talks had stalled.",
        "talks had stalled",
        ("Officials in Tokyo", "Japan"),
        id="officials_in_one_capital_unchanged",
    ),
    pytest.param(
        "OSLO (Reuters) - State-owned Equinor said on Monday it would cut output at two "
        "North Sea fields.",
        "cut output",
        ("Equinor", "Norway"),
        id="state_owned_before_the_name_alone",
    ),
    pytest.param(
        "(Bloomberg) -- Qatar won a new buyer on Friday. State-owned QatarEnergy said it "
        "had signed a 20-year contract.",
        "20-year contract",
        ("QatarEnergy", "Qatar"),
        id="run_together_name_gives_its_state",
    ),
    pytest.param(
        "BAMAKO (Reuters) - Mali gave the Swedish ambassador 72 hours to leave on Friday. "
        "The ambassador, Anna Lindqvist, said she would comply.",
        "would comply",
        ("Anna Lindqvist", "Sweden"),
        id="name_apposed_to_an_unnamed_holder_takes_its_state",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), THE_SPEAKER_OF_THE_WORDS_IS_THIS_CASES)
def test_the_speaker_of_the_words_is_this(
    text: str, fragment: str, expected: tuple[str, str | None]
) -> None:
    assert speaker_of(run(text), fragment) == expected


def test_private_company_gets_no_state() -> None:
    """Guard: a company noun with no state and no "state" makes no state firm."""
    x = run(
        "LONDON (Reuters) - Mining company Glencore said on Monday output fell. The "
        "Australian company Rio Tinto said prices rose."
    )
    states = {e.label: e.state for e in x.entities}
    assert states.get("Glencore") is None
    assert states.get("Rio Tinto") is None


# -- a title with no state under a dateline -------------------------------------------------


def test_bare_foreign_minister_is_the_dateline_states() -> None:
    x = run(
        "BAMAKO (Reuters) - Mali ordered the envoy out on Monday. The foreign minister "
        "said the decision could not be reversed."
    )
    label, state = speaker_of(x, "could not be reversed")
    assert "foreign minister" in label
    assert state == "Mali"


THE_SPEAKER_OF_THE_WORDS_IS_THIS_ON_THAT_DAY_CASES = [
    pytest.param(
        "ANKARA (Reuters) - Talks ended without a deal on Tuesday. The foreign minister "
        "said contacts would continue.",
        date(2021, 5, 4),
        "contacts would continue",
        ("Mevlüt Çavuşoğlu", "Türkiye"),
        id="bare_title_takes_the_datelines_known_holder",
    ),
    # WASHINGTON dateline, the U.S. president known: "President X" after Venezuela is
    # Venezuela's.
    pytest.param(
        "WASHINGTON (Reuters) - The Treasury on Monday froze assets of Bolivia's state "
        "mining firm Comibol, raising pressure on President Luis Arce. Arce said the move "
        "was illegal.",
        date(2023, 3, 6),
        "move was illegal",
        ("Luis Arce", "Bolivia"),
        id="stateless_title_of_another_states_leader",
    ),
    # Guard: the dateline state's own holder keeps that state.
    pytest.param(
        "WASHINGTON (Reuters) - Talks with Cuba stalled on Monday. President Joe Biden "
        "said the embargo would stay.",
        date(2023, 3, 6),
        "embargo would stay",
        ("Joe Biden", "United States"),
        id="stateless_title_of_the_datelines_holder_unchanged",
    ),
    # Guard: "The foreign minister, X," after another state's named minister: X is new
    # and of the dateline's state, not the earlier minister's.
    pytest.param(
        "SEOUL (Reuters) - Japanese Foreign Minister Yoshimasa Hayashi arrived on Monday. "
        "The foreign minister, Park Jin, said the talks were useful.",
        date(2023, 3, 6),
        "talks were useful",
        ("Park Jin", "South Korea"),
        id="name_apposed_to_a_named_holders_title_is_not_theirs",
    ),
]


@pytest.mark.parametrize(
    ("text", "day", "fragment", "expected"), THE_SPEAKER_OF_THE_WORDS_IS_THIS_ON_THAT_DAY_CASES
)
def test_the_speaker_of_the_words_is_this_on_that_day(
    text: str, day: date, fragment: str, expected: tuple[str, str | None]
) -> None:
    assert speaker_of(run(text, day), fragment) == expected


def test_government_spokesman_without_state_is_the_datelines() -> None:
    x = run(
        "LISBON (Reuters) - A government spokesman said on Thursday the ferry link would reopen."
    )
    label, state = speaker_of(x, "ferry link")
    assert "spokesman" in label
    assert state == "Portugal"


def test_plain_spokesman_stays_unlinked() -> None:
    """Guard: "a spokesman" may be a firm's: no government official is made of it."""
    x = run(
        "DUBLIN (Reuters) - The airline cancelled flights on Monday. A spokesman said "
        "refunds would be paid."
    )
    assert not any(e.type.value == "Person" and "spokesman" in e.label for e in x.entities)


def test_bare_prime_minister_is_not_made_up() -> None:
    """Guard: not every state has a prime minister: no unnamed one is invented."""
    x = run(
        "WASHINGTON (Reuters) - Talks ended on Monday. The prime minister said the "
        "accord was void.",
        date(2022, 3, 1),
    )
    assert not any(
        e.type.value == "Person" and e.label.lower() == "prime minister" for e in x.entities
    )


def test_mixed_case_dateline_counts() -> None:
    x = run(
        "Kuala Lumpur (AFP) - Deputy Prime Minister Zahid Hamidi said on Monday the curbs "
        'would stay. "There is no change," Zahid said.'
    )
    assert speaker_of(x, "no change")[0] == "Zahid Hamidi"


def test_two_city_dateline_gives_no_home_for_a_title() -> None:
    """Guard: "ROME/MADRID" names two states: "the foreign minister" is neither's."""
    x = run(
        "ROME/MADRID, March 3 (Reuters) - Talks on migration ended on Friday. The foreign "
        "minister said a new round would follow."
    )
    assert not any(
        e.type.value == "Person" and e.label.lower() == "foreign minister" for e in x.entities
    )


# -- honorific chains and styled back-references -------------------------------------------


def test_title_alias_reads_the_whole_gulf_name() -> None:
    x = run(
        "RIYADH (Reuters) - King Salman bin Abdulaziz Al Saud received the Emir of Qatar, "
        "Sheikh Tamim bin Hamad Al Thani, on Wednesday."
    )
    assert "Sheikh Tamim bin Hamad Al Thani" in mentions(x, "Tamim bin Hamad Al Thani")
    assert "King Salman bin Abdulaziz Al Saud" in mentions(x, "Salman bin Abdulaziz Al Saud")


def test_sheikh_and_given_name_is_the_latest_so_styled() -> None:
    x = run(
        "KUWAIT (Reuters) - Saudi Crown Prince Mohammed bin Salman flew in on Sunday and "
        'met Qatar\'s Sheikh Mohammed bin Abdulrahman Al Thani. "The door is open," '
        "Sheikh Mohammed told reporters."
    )
    assert speaker_of(x, "door is open")[0] == "Mohammed bin Abdulrahman Al Thani"


def test_sheikh_given_name_going_on_is_another_man() -> None:
    """Guard: "Sheikh Mohammed bin Rashid" is not the Sheikh Mohammed named before."""
    x = run(
        "ABU DHABI (Reuters) - Sheikh Mohammed bin Abdulrahman Al Thani arrived on Monday. "
        "Sheikh Mohammed bin Rashid Al Maktoum said ports would expand."
    )
    assert speaker_of(x, "ports would expand")[0] == "Mohammed bin Rashid Al Maktoum"


# -- press services ---------------------------------------------------------------------


def test_his_press_service_is_the_leaders() -> None:
    x = run(
        "TASHKENT (Reuters) - President Shavkat Mirziyoyev pardoned 300 prisoners on "
        "Thursday, his press service said."
    )
    label, state = speaker_of(x, "pardoned")
    assert label == "Press service of Shavkat Mirziyoyev"
    assert state == "Uzbekistan"


def test_possessive_press_office() -> None:
    x = run(
        "MOSCOW (Reuters) - Vladimir Putin spoke to the Kazakh leader on Friday. Putin's "
        "press office said the two discussed fuel supplies."
    )
    assert speaker_of(x, "fuel supplies")[0] == "Press service of Vladimir Putin"


def test_press_conference_is_no_body() -> None:
    """Guard: "his press conference" names no press service."""
    x = run(
        "MOSCOW (Reuters) - Vladimir Putin said at his press conference on Friday that "
        "talks would go on."
    )
    assert speaker_of(x, "talks would go on")[0] == "Vladimir Putin"
    assert not any(e.label.startswith("Press service") for e in x.entities)


# -- officials of two capitals ----------------------------------------------------------------


def test_officials_in_two_capitals_speak_not_the_last_capital() -> None:
    x = run(
        "GENEVA (Reuters) - Officials in Paris and Berlin said on Monday the talks had "
        "stalled over tariffs."
    )
    label, state = speaker_of(x, "stalled over tariffs")
    assert label == "Officials in Paris and Berlin"
    assert state == "France"


def test_state_run_media_is_no_company() -> None:
    """Guard: "state-run media said": no company named."""
    x = run("OSLO (Reuters) - State-run media said on Monday the strike had ended.")
    assert not any(e.type.value == "Organization" and e.label == "Media" for e in x.entities)
    assert len([e for e in x.entities if e.type.value == "Organization"]) <= 1


def test_company_possessive_in_a_title_is_no_speaker() -> None:
    """Guard: "Sinopec's chairman X said": X speaks, not the company."""
    x = run(
        "BEIJING (Reuters) - China's state oil company Sinopec said on Monday output rose. "
        '"Demand is recovering," Ma Yongsheng, Sinopec\'s chairman, told reporters.'
    )
    assert speaker_of(x, "Demand is recovering")[0] == "Ma Yongsheng"


def test_state_firm_named_after_its_state() -> None:
    x = run(
        "NAIROBI (Reuters) - State-owned Kenya Airways said on Monday it would resume "
        "flights to Mogadishu. Kenya Airways said demand was strong. Kenya said it "
        "welcomed the move."
    )
    assert speaker_of(x, "resume flights") == ("Kenya Airways", "Kenya")
    assert speaker_of(x, "demand was strong") == ("Kenya Airways", "Kenya")
    assert speaker_of(x, "welcomed the move")[0] == "Kenya"
