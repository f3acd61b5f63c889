"""Speakers across a paragraph: pronouns that keep the speaker, participles that
continue the main clause, outlets that carry a statement, ministries cited by a
relay, and evaluative "called it “...”" quotes."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction, Statement


def run(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, text=text, published=date(2025, 2, 3)))


def speaker_of(x: Extraction, fragment: str) -> str:
    found: list[Statement] = [q for q in x.quotes if fragment in q.text]
    assert found, f"no statement containing {fragment!r} in {[q.text for q in x.quotes]}"
    return x.entity(found[0].speaker).label


def via_of(x: Extraction, fragment: str) -> str | None:
    found = [q for q in x.quotes if fragment in q.text]
    assert found, f"no statement containing {fragment!r}"
    return x.entity(found[0].via).label if found[0].via else None


# ----------------------------------------------------------------------------- English


def test_he_added_continues_the_speaker_of_the_quote_before_not_the_last_person_named() -> None:
    x = run(
        "“The talks were useful,” Kremlin spokesman Dmitry Peskov told reporters, "
        "refusing to comment on whether Ukrainian President Volodymyr Zelenskyy would attend. "
        "He added that a second round was possible next month.",
        "en",
    )
    assert speaker_of(x, "a second round was possible") == "Dmitry Peskov"


def test_he_said_after_a_quote_keeps_the_speaker_of_the_previous_statement() -> None:
    x = run(
        "Russian President Vladimir Putin said the plan had been agreed with Belarusian "
        "President Alexander Lukashenko. “We are only doing what others have done,” he said.",
        "en",
    )
    assert speaker_of(x, "We are only doing") == "Vladimir Putin"


def test_a_person_subject_of_the_pronouns_own_sentence_wins_over_the_previous_speaker() -> None:
    x = run(
        "Iranian Foreign Minister Abbas Araghchi said the proposal was unacceptable. "
        "Turkish Foreign Minister Hakan Fidan met him later, and he said that Ankara "
        "would keep mediating.",
        "en",
    )
    assert speaker_of(x, "Ankara would keep mediating") == "Hakan Fidan"


def test_he_said_in_a_parenthesis_is_not_the_state_named_before_it() -> None:
    x = run(
        "EU foreign policy chief Kaja Kallas wrote that the decision was a mistake. "
        "Serbia could still change course, she said, and the bloc was ready to help.",
        "en",
    )
    assert speaker_of(x, "the bloc was ready to help") == "Kaja Kallas"


def test_adding_continues_the_titled_person_not_the_country_in_the_object() -> None:
    x = run(
        "NATO spokesperson Oana Lungescu criticised Russia's military drills near the border, "
        "adding that the alliance had seen no change in Moscow's posture.",
        "en",
    )
    assert speaker_of(x, "the alliance had seen no change") == "Oana Lungescu"


def test_called_with_a_quotation_is_a_statement_of_the_subject() -> None:
    """The content of 'called X "Y"' holds the object named (the annotation convention
    of the gold sets): an indirect span from the object to the quotation's end, without
    the trailing time adjunct."""
    x = run(
        "Chinese Foreign Minister Wang Yi called the new tariffs “unilateral bullying” on Tuesday.",
        "en",
    )
    assert speaker_of(x, "unilateral bullying") == "Wang Yi"
    assert any(
        q.cue == "called" and not q.direct and q.text == "the new tariffs “unilateral bullying”"
        for q in x.quotes
    )


def test_called_without_a_quotation_does_not_cut_the_statement_before_it() -> None:
    x = run(
        "Kremlin spokesman Dmitry Peskov denied the reports and called them a fabrication.",
        "en",
    )
    assert [q.cue for q in x.quotes] == ["denied"]
    assert "called them a fabrication" in x.quotes[0].text


def test_called_on_stays_a_request_cue() -> None:
    x = run("Egyptian President Abdel Fattah el-Sisi called on Israel to halt the strikes.", "en")
    assert not any(q.cue == "called" for q in x.quotes)


def test_a_generational_suffix_is_not_the_surname_of_a_new_person() -> None:
    x = run(
        "Philippine President Ferdinand Marcos Jr. met the Chinese envoy.\n\n"
        "“We protested strongly,” Marcos told reporters on Monday.",
        "en",
    )
    assert speaker_of(x, "We protested strongly") == "Ferdinand Marcos Jr."


# ----------------------------------------------------------------------------- Arabic


def test_an_outlet_carrying_the_statement_is_its_relay_not_its_speaker() -> None:
    x = run(
        "وقالت وزارة الخارجية التركية في بيان أوردته وكالة الأناضول إن أنقرة تدين الهجوم.",
        "ar",
    )
    speaker = x.entity(x.quotes[0].speaker)
    assert speaker.type.value == "Organization"
    assert speaker.state is not None and x.entity(speaker.state).label == "Türkiye"
    assert via_of(x, "أنقرة تدين الهجوم") == "Anadolu Agency"


def test_published_by_clause_after_statements_noun_gives_the_via() -> None:
    x = run(
        "ورحبت وزارة الخارجية المصرية بالاتفاق، وقالت في بيان نشرته وكالة أنباء الشرق "
        "الأوسط إن القاهرة تدعم جهود التهدئة.",
        "ar",
    )
    assert via_of(x, "القاهرة تدعم جهود التهدئة") == "Middle East News Agency"


def test_a_relay_citing_a_ministry_statement_makes_the_ministry_the_speaker() -> None:
    x = run(
        "ونقلت وكالة الأنباء الجزائرية عن بيان لوزارة الشؤون الخارجية أن القرار الفرنسي "
        "خطير، واعتبرت الوزارة أن الخطوة غير مسبوقة، مؤكدة أن الجزائر سترد.",
        "ar",
    )
    ministry = {x.entity(q.speaker).id for q in x.quotes}
    assert len(ministry) == 1
    entity = x.entity(ministry.pop())
    assert entity.type.value == "Organization"
    assert entity.state is not None and x.entity(entity.state).label == "Algeria"
    assert via_of(x, "القرار الفرنسي") == "Algerie Presse Service"
    assert len(x.quotes) == 3


def test_a_definite_state_name_right_after_a_ministry_names_its_state() -> None:
    x = run("وقالت وزارة الخارجية السعودية في بيان إن المملكة ترحب بالاتفاق.", "ar")
    entity = x.entity(x.quotes[0].speaker)
    assert entity.type.value == "Organization"
    assert entity.state is not None and x.entity(entity.state).label == "Saudi Arabia"


def test_its_ministry_after_a_state_is_that_states_ministry() -> None:
    x = run(
        "CAIRO — Egypt has suspended gas exports to Jordan, its Energy Ministry said on Monday.",
        "en",
    )
    speaker = x.entity(x.quotes[0].speaker)
    assert speaker.type.value == "Organization"
    assert speaker.state is not None and x.entity(speaker.state).label == "Egypt"
    assert x.quotes[0].text.startswith("Egypt has suspended"), "the dateline is not content"


def test_the_statement_said_is_the_latest_speakers_statement() -> None:
    x = run(
        "Russian Foreign Ministry spokeswoman Maria Zakharova said the talks were over. "
        "Moscow would respond “firmly and swiftly”, the statement said.",
        "en",
    )
    assert speaker_of(x, "firmly and swiftly") == "Maria Zakharova"


def test_an_arabic_announcement_noun_speaks_for_its_genitive() -> None:
    x = run(
        "وجاء ذلك بعد إعلان الرئيس الروسي فلاديمير بوتين أن بلاده ستنشر أسلحة نووية "
        "في بيلاروسيا، وقال إن القرار نهائي.",
        "ar",
    )
    assert speaker_of(x, "بلاده ستنشر") == "Vladimir Putin"
    assert speaker_of(x, "القرار نهائي") == "Vladimir Putin"


def test_an_english_possessive_announcement_speaks_for_its_owner() -> None:
    x = run("Markets fell after Vladimir Putin's warning that Russia could cut gas supplies.", "en")
    assert speaker_of(x, "Russia could cut gas supplies") == "Vladimir Putin"


def test_a_pronoun_suffix_noun_cue_keeps_the_relay_speaker() -> None:
    x = run(
        "ونقلت وكالة الأنباء السعودية عن وزير الخارجية الأمير فيصل بن فرحان قوله إن "
        "المملكة تدعم الحوار.",
        "ar",
    )
    assert speaker_of(x, "المملكة تدعم الحوار") == "Faisal bin Farhan"


def test_agencies_citing_a_source_relay_the_sources_report() -> None:
    x = run(
        "Russian news agencies TASS and RIA Novosti, citing a Kremlin source, reported on "
        "Sunday that the delegation had arrived in Istanbul.",
        "en",
    )
    assert len(x.quotes) == 1
    assert speaker_of(x, "the delegation had arrived") == "Moscow Kremlin"
    assert via_of(x, "the delegation had arrived") in ("TASS", "RIA Novosti")


def test_an_imperfect_verb_in_a_relative_clause_is_an_aim_not_a_statement() -> None:
    x = run("وتدعم الجزائر جبهة البوليساريو التي تطالب باستقلال الإقليم.", "ar")
    assert x.quotes == []


def test_a_speaker_named_after_a_clause_final_cue() -> None:
    x = run("Moscow would not accept the terms, said Kremlin spokesman Dmitry Peskov.", "en")
    assert speaker_of(x, "Moscow would not accept the terms") == "Dmitry Peskov"
    y = run(
        "The measures were unjustified, said Maria Zakharova, the foreign ministry spokeswoman.",
        "en",
    )
    assert speaker_of(y, "The measures were unjustified") == "Maria Zakharova"


def test_a_statement_said_later_in_the_article_is_not_the_previous_speaker() -> None:
    x = run(
        "Turkey has halted all trade with Israel, its Trade Ministry said on Thursday. "
        "Turkey would apply the measures “strictly and decisively”, the statement said.\n\n"
        "Israeli Foreign Minister Israel Katz said Ankara was breaking agreements.",
        "en",
    )
    assert "Trade Ministry" in speaker_of(x, "strictly and decisively")


def test_according_to_the_statement_opens_a_statement_of_its_issuer() -> None:
    x = run(
        "The Iranian foreign ministry said the operation was over. According to the "
        "statement, the Revolutionary Guards targeted an air base.",
        "en",
    )
    speaker = x.entity(x.quotes[-1].speaker)
    assert "targeted an air base" in x.quotes[-1].text and speaker.type.value == "Organization"


def test_arabic_wrote_on_a_platform_and_pointed_to_that() -> None:
    x = run(
        "وكتب وزير الخارجية الإيراني حسين أمير عبد اللهيان على منصة إكس: «انتهت العملية». "
        "وأشار المتحدث باسم الجيش الإسرائيلي دانيال هاغاري إلى أن الدفاعات نجحت.",
        "ar",
    )
    assert speaker_of(x, "انتهت العملية") == "Hossein Amir-Abdollahian"
    assert any(q.text.startswith("الدفاعات نجحت") for q in x.quotes)


def test_the_newspaper_is_the_latest_outlet_named() -> None:
    x = run(
        "The Washington Post reported the plan on Sunday. The newspaper said the talks "
        "had stalled.",
        "en",
    )
    assert speaker_of(x, "talks had stalled") == "The Washington Post"
    y = run("ونشرت صحيفة نيويورك تايمز تقريرا عن الحرب. وقالت الصحيفة إن المفاوضات متعثرة.", "ar")
    assert speaker_of(y, "المفاوضات متعثرة") == "The New York Times"
