"""Fresh English wire text (session 6, round 2, helper s6h10): bodies named by an office word
or a department, an embassy spokesman, a refusal to act, an eased control, a weekday told
between a past verb and its infinitive, and a news agency the shared list lacks."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted
from factories import relations_with_modality as _rels

from kg.models import Extraction


def _run(text: str, published: datetime.date = datetime.date(2021, 3, 11)) -> Extraction:
    return extracted(text, "en", published)


def _speakers(x: Extraction) -> set[str]:
    label = {e.id: e.label for e in x.entities}
    return {label[q.speaker] for q in x.quotes}


def _dated(x: Extraction) -> dict[tuple[str, str, str], str | None]:
    label = {e.id: e.label for e in x.entities}
    return {(label[r.subject], r.type.value, label[r.object]): r.date for r in x.relations}


THIS_SPEAKER_IS_READ_CASES = [
    # --- bodies -------------------------------------------------------------------------------
    pytest.param(
        "The call was confirmed by Erdogan's office. Erdogan told reporters on Wednesday that "
        "Turkey would reopen its border crossing with Armenia.",
        "Recep Tayyip Erdoğan",
        id="office_ending_a_sentence_is_not_the_next_persons_office",
    ),
    pytest.param(
        "Ethiopia recalled its ambassador from Kenya on Sunday. Its foreign ministry said the "
        "envoy would return for consultations.",
        "Ethiopia Foreign Ministry",
        id="its_ministry_opening_a_sentence_is_the_previous_subjects",
    ),
    pytest.param(
        "A spokesman for the Russian embassy said Moscow had not been informed of the expulsions.",
        "spokesman for the Russian embassy",
        id="spokesman_for_an_embassy_keeps_the_embassy_in_his_title",
    ),
    pytest.param(
        "Erdogan told reporters that Turkey would reopen its consulate in Mosul.",
        "Recep Tayyip Erdoğan",
        id="told_with_an_audience_is_still_speech",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THIS_SPEAKER_IS_READ_CASES)
def test_this_speaker_is_read(text: str, expected: str) -> None:
    assert expected in _speakers(_run(text))


# --- bodies -------------------------------------------------------------------------------
def test_office_right_before_a_name_is_still_an_office() -> None:
    x = _run("The office of Vladimir Putin said the talks with Kazakhstan had been useful.")
    assert any("office" in s.lower() for s in _speakers(x))


def test_department_under_a_dateline_is_the_home_states_department() -> None:
    x = _run(
        "WASHINGTON (Reuters) - The Justice Department said on Tuesday it had charged four "
        "Chinese intelligence officers with hacking."
    )
    body = next(e for e in x.entities if e.label.endswith("Justice Department"))
    assert body.label == "United States Justice Department"
    assert body.label in _speakers(x)


def test_state_named_department_keeps_its_state() -> None:
    x = _run("The U.S. Commerce Department said on Friday that Huawei had violated export rules.")
    assert any(e.label.endswith("Commerce Department") for e in x.entities)


def test_its_ministry_inside_a_sentence_still_reads_that_sentence() -> None:
    x = _run(
        "Ghana has banned poultry imports from Togo, its agriculture ministry said. Togo "
        "protested on Monday."
    )
    assert not any(e.label == "Togo Foreign Ministry" for e in x.entities)


# --- relations ----------------------------------------------------------------------------


def test_refusing_an_act_is_a_rejection_and_the_act_is_negated() -> None:
    x = _run("Serbia refused to impose sanctions on Russia despite pressure from Brussels.")
    rels = _rels(x)
    assert ("Serbia", "REJECT", "Russia", "asserted") in rels
    assert ("Serbia", "SANCTION", "Russia", "negated") in rels


def test_an_act_agreed_to_is_no_rejection() -> None:
    x = _run("Serbia agreed to impose sanctions on Belarus.")
    assert not any(r[1] == "REJECT" for r in _rels(x))


def test_rolling_back_tariffs_is_a_concession() -> None:
    x = _run("Canada rolled back its retaliatory tariffs on American steel last year.")
    assert ("Canada", "CONCEDE", "United States", "asserted") in _rels(x)


def test_weekday_between_a_past_verb_and_its_infinitive_is_the_past_one() -> None:
    # published on a Thursday; "on Tuesday" dates the invitation, two days before
    x = _run("Qatar invited Ethiopia on Tuesday to attend talks on the dispute.")
    assert _dated(x).get(("Qatar", "CONSULT", "Ethiopia")) == "2021-03-09"


def test_weekday_of_a_future_visit_is_still_the_coming_one() -> None:
    x = _run("Jordan will host Iraq's foreign minister on Tuesday to discuss water sharing.")
    dates = [d for (s, t, _), d in _dated(x).items() if s == "Jordan" and t == "CONSULT"]
    assert dates == ["2021-03-16"]


# --- linking ------------------------------------------------------------------------------


def test_kcna_is_a_north_korean_news_agency() -> None:
    x = _run("North Korea test-fired a new cruise missile on Sunday, KCNA said.")
    kcna = next(e for e in x.entities if e.label == "Korean Central News Agency")
    assert kcna.type.value == "Organization"
    assert "Korean Central News Agency" in _speakers(x)


# --- round 2 articles ---------------------------------------------------------------------


def test_ministry_in_a_capital_is_that_capitals_states() -> None:
    x = _run(
        "NAIROBI (AFP) - Kenya expelled two Somali diplomats on Friday. The foreign ministry "
        "in Mogadishu said it would respond in kind."
    )
    assert "Somalia Foreign Ministry" in _speakers(x)
    assert "Kenya Foreign Ministry" not in _speakers(x)


def test_ministry_in_a_provincial_city_is_no_state_body() -> None:
    x = _run("The health ministry in Kandahar said 12 people were wounded.")
    assert not any(e.label.endswith("Health Ministry") for e in x.entities)


def test_envoy_told_to_leave_is_no_speaker() -> None:
    x = _run(
        "Ambassador Ahmed Saleh was summoned by Foreign Minister Hassan Ali and told to leave "
        "within 48 hours."
    )
    assert not x.quotes


def test_a_threat_to_something_does_not_make_the_next_act_a_threat() -> None:
    x = _run(
        "Serbia called the arrests a threat to its citizens and asked NATO to intervene in "
        "northern Kosovo."
    )
    rels = _rels(x)
    assert ("Serbia", "REQUEST", "North Atlantic Treaty Organization", "asserted") in rels
    assert not any(r[1] == "THREATEN" for r in rels)


def test_threatened_to_still_makes_the_act_a_threat() -> None:
    x = _run("Russia threatened to cut gas supplies to Moldova.")
    assert ("Russia", "THREATEN", "Moldova", "asserted") in _rels(x)


def test_a_call_to_express_solidarity_is_support_of_the_one_called() -> None:
    x = _run("Erdogan phoned Aliyev on Friday to express his solidarity after the earthquake.")
    rels = _rels(x)
    assert ("Recep Tayyip Erdoğan", "CONSULT", "Ilham Aliyev", "asserted") in rels
    assert ("Recep Tayyip Erdoğan", "SUPPORT", "Ilham Aliyev", "asserted") in rels


def test_a_call_to_discuss_is_no_support() -> None:
    x = _run("Erdogan phoned Aliyev on Friday to discuss support for the Zangezur corridor.")
    assert not any(r[1] == "SUPPORT" for r in _rels(x))


def test_would_with_an_if_clause_is_hypothetical() -> None:
    x = _run("Ankara said it would close its airspace to Israel if the strikes on Gaza went on.")
    assert ("Türkiye", "SANCTION", "Israel", "hypothetical") in _rels(x)
    y = _run("Tehran said it would expel Azerbaijan's ambassador unless Baku apologised.")
    assert ("Iran", "SANCTION", "Azerbaijan", "hypothetical") in _rels(y)


def test_would_without_a_condition_is_still_intended() -> None:
    x = _run("Tehran said it would expel Azerbaijan's ambassador, and Baku protested.")
    assert any(r[1] == "SANCTION" and r[3] == "intended" for r in _rels(x))
