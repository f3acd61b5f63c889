"""Attributed statements: quotation styles, speakers, cues, relays and nesting."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.extractors.quotes import find_quotes
from kg.models import Article, Extraction, Statement


def run(text: str, lang: str, published: date | None = date(2025, 6, 12)) -> Extraction:
    return extract(Article(id="t", lang=lang, text=text, published=published))


def label(x: Extraction, entity_id: str | None) -> str | None:
    return x.entity(entity_id).label if entity_id else None


def by_text(x: Extraction, fragment: str) -> Statement:
    found = [q for q in x.quotes if fragment in q.text]
    assert found, f"no statement containing {fragment!r} in {[q.text for q in x.quotes]}"
    return found[0]


# ----------------------------------------------------------------------------- marks


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("He said “we are ready” today.", "we are ready"),
        ('He said "we are ready" today.', "we are ready"),
        ("قال «نحن مستعدون» اليوم.", "نحن مستعدون"),
        ("He said ‘we are ready’ today.", "we are ready"),
        ("Er sagte „wir sind bereit“ heute.", "wir sind bereit"),
        ("He said ''we are ready'' today.", "we are ready"),
        ("قال الكرملين” كل شيء يسير بشكل جيد“.", "كل شيء يسير بشكل جيد"),
    ],
)
def test_every_quotation_style_is_paired(text: str, inside: str) -> None:
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [inside]


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    text = "وتابع الوزير: “لن نتراجع عن مواقفنا\nفقرة أخرى"
    (q,) = find_quotes(text)
    assert q.close == -1
    assert text[q.start : q.end] == "لن نتراجع عن مواقفنا"


def test_apostrophes_are_not_quotation_marks() -> None:
    assert find_quotes("China’s coastguard and Russia's navy don't agree.") == []


def test_a_stray_mark_between_spaces_is_ignored() -> None:
    text = 'وأضاف " "إننا نرحب بالمبادرة".'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["إننا نرحب بالمبادرة"]


# ----------------------------------------------------------------------------- English


def test_direct_quote_with_speaker_after_and_its_continuation() -> None:
    x = run(
        '"We will not accept these sanctions," Kremlin spokesman Dmitry Peskov told reporters. '
        '"They are illegal."',
        "en",
    )
    first = by_text(x, "We will not accept")
    second = by_text(x, "They are illegal")
    assert first.direct and second.direct
    assert label(x, first.speaker) == label(x, second.speaker) == "Dmitry Peskov"
    assert first.text == "We will not accept these sanctions"


def test_speaker_before_a_colon_and_a_pronoun_after_a_quote() -> None:
    x = run(
        'Turkish President Recep Tayyip Erdogan said: "The war must end." '
        '"Both sides have suffered enough," he added.',
        "en",
    )
    assert label(x, by_text(x, "The war must end").speaker) == "Recep Tayyip Erdoğan"
    assert label(x, by_text(x, "Both sides have suffered").speaker) == "Recep Tayyip Erdoğan"


def test_indirect_speech_content_starts_after_that() -> None:
    x = run("French President Emmanuel Macron said that France would not send troops.", "en")
    q = by_text(x, "France would not send troops")
    assert not q.direct
    assert q.text == "France would not send troops"
    assert q.cue == "said"
    assert label(x, q.speaker) == "Emmanuel Macron"
    assert [label(x, a) for a in q.about] == ["France"]


def test_according_to_makes_the_source_the_speaker() -> None:
    x = run("Egypt has recalled its ambassador from Israel, according to TASS.", "en")
    q = by_text(x, "recalled its ambassador")
    assert label(x, q.speaker) == "TASS"
    assert q.cue == "according to"


def test_reporting_clause_at_the_end_of_the_sentence() -> None:
    x = run("Russia and Iran signed a new defence pact on Monday, TASS reported.", "en")
    q = by_text(x, "signed a new defence pact")
    assert label(x, q.speaker) == "TASS"


def test_coordinated_cues_share_the_speaker() -> None:
    x = run(
        "French President Emmanuel Macron said that France would not send troops, "
        "and urged Moscow to agree to a ceasefire.",
        "en",
    )
    urged = by_text(x, "Moscow to agree")
    assert label(x, urged.speaker) == "Emmanuel Macron"
    assert "urged" not in by_text(x, "France would not").text


def test_nested_attribution_links_inner_to_outer() -> None:
    x = run("Dmitry Peskov said that Putin had told Erdogan that the talks would go on.", "en")
    outer = by_text(x, "Putin had told")
    inner = next(q for q in x.quotes if q.text.startswith("the talks would go on"))
    assert label(x, outer.speaker) == "Dmitry Peskov"
    assert label(x, inner.speaker) == "Vladimir Putin"
    assert inner.reported_in == outer.id
    assert label(x, inner.via) == "Dmitry Peskov"


def test_headline_quotes_are_not_statements() -> None:
    text = 'Kremlin calls report "pure fiction"\nThe meeting took place in Geneva.'
    x = extract(Article(id="t", lang="en", text=text, title='Kremlin calls report "pure fiction"'))
    assert x.quotes == []


# ----------------------------------------------------------------------------- Arabic


def test_arabic_speaker_after_the_verb_and_guillemets() -> None:
    x = run("وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي: «لن نسمح بتكرار ما حدث».", "ar")
    q = by_text(x, "لن نسمح")
    assert q.direct
    assert q.text == "لن نسمح بتكرار ما حدث"
    assert label(x, q.speaker) == "Sergey Lavrov"
    assert q.cue == "وقال"


def test_arabic_continuation_verb_and_participle_keep_the_speaker() -> None:
    x = run(
        "وقال الرئيس المصري عبد الفتاح السيسي إن القاهرة تدعم الحل السياسي.\n"
        "وأضاف أن مصر لن تقبل بتهجير الفلسطينيين، مؤكدا أن الأمن القومي خط أحمر.",
        "ar",
    )
    said = by_text(x, "القاهرة تدعم")
    added = by_text(x, "لن تقبل")
    stressed = by_text(x, "الأمن القومي")
    assert {label(x, s.speaker) for s in (said, added, stressed)} == {"Abdel Fattah el-Sisi"}
    assert "مؤكدا" not in added.text
    assert said.text.startswith("القاهرة")


def test_arabic_relay_gives_speaker_and_via() -> None:
    x = run(
        "ونقلت وكالة تاس عن المتحدث باسم الكرملين دميتري بيسكوف قوله إن موسكو منفتحة على الحوار.",
        "ar",
    )
    q = by_text(x, "منفتحة على الحوار")
    assert label(x, q.speaker) == "Dmitry Peskov"
    assert label(x, q.via) == "TASS"


def test_arabic_nested_quote_inside_reported_speech() -> None:
    x = run(
        'ونقلت وكالة تاس عن دميتري بيسكوف قوله إن بوتين أكد "استعداد روسيا لتطوير التعاون مع مصر".',
        "ar",
    )
    outer = by_text(x, "بوتين أكد")
    inner = next(q for q in x.quotes if q.direct)
    assert inner.text == "استعداد روسيا لتطوير التعاون مع مصر"
    assert label(x, inner.speaker) == "Vladimir Putin"
    assert inner.reported_in == outer.id
    assert label(x, inner.via) == "Dmitry Peskov"


def test_arabic_prepositional_cue_and_about() -> None:
    x = run("وأعرب الرئيس التركي رجب طيب أردوغان عن دعمه لوحدة سوريا واستقرارها.", "ar")
    q = by_text(x, "دعمه لوحدة سوريا")
    assert label(x, q.speaker) == "Recep Tayyip Erdoğan"
    assert q.cue == "وأعرب"
    assert [label(x, a) for a in q.about] == ["Syria"]


def test_arabic_according_to_agency() -> None:
    x = run("وبحسب وكالة تاس، فإن الجانبين ناقشا الأزمة الأوكرانية.", "ar")
    q = by_text(x, "ناقشا الأزمة")
    assert label(x, q.speaker) == "TASS"


def test_unnamed_sources_are_not_speakers() -> None:
    x = run("ووفقا لمصادر روسية، فإن الكرملين يسعى إلى تعزيز حضوره.", "ar")
    assert all("يسعى" not in q.text for q in x.quotes)


def test_statement_date_is_the_time_of_the_speech_act() -> None:
    x = run("The Kremlin said on Monday that the talks had failed in May 2024.", "en")
    q = by_text(x, "the talks had failed")
    assert q.date == "2025-06-09"


def test_ministry_and_its_later_short_references_speak() -> None:
    x = run(
        "وقالت وزارة الخارجية الأردنية في بيان إن القرار يشكل خرقا للقانون الدولي.\n"
        "وأكدت الوزارة رفضها لأي إجراءات أحادية.",
        "ar",
    )
    first = by_text(x, "القرار يشكل")
    second = by_text(x, "رفضها")
    assert first.speaker == second.speaker
    ministry = x.entity(first.speaker)
    assert ministry.type.value == "Organization"
    assert ministry.state is not None and x.entity(ministry.state).label == "Jordan"


def test_english_ministry_back_reference() -> None:
    x = run(
        "The Egyptian Foreign Ministry said it rejected the plan. "
        '"This is unacceptable," the ministry added.',
        "en",
    )
    assert by_text(x, "rejected the plan").speaker == by_text(x, "unacceptable").speaker


def test_office_of_a_leader_is_the_speaker() -> None:
    x = run("وقال مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الاتصال كان إيجابيا.", "ar")
    q = by_text(x, "الاتصال كان")
    speaker = x.entity(q.speaker)
    assert speaker.type.value == "Organization"
    assert x.entity(speaker.state).label == "Israel"


def test_verb_of_a_relative_clause_has_no_named_speaker() -> None:
    x = run("وصوت البرلمان على قرار يطالب مصر بالإفراج عن المعتقلين.", "ar")
    assert all(x.entity(q.speaker).label != "Egypt" for q in x.quotes)


def test_pronoun_after_a_quote_is_the_person_named_before_it() -> None:
    x = run(
        "Defense Minister Gen Nakatani said the ministry was studying the launch.\n"
        '"We are analysing the data," he told reporters.\n'
        "Chief Cabinet Secretary Yoshimasa Hayashi condemned the launch.",
        "en",
    )
    assert "Nakatani" in label(x, by_text(x, "analysing the data").speaker)


# ----------------------------------------------------------------------------- unnamed speakers


@pytest.mark.parametrize(
    ("text", "lang", "fragment", "speaker", "state"),
    [
        (
            "A senior Egyptian official said Cairo would not accept the proposal.",
            "en",
            "Cairo would not",
            "senior Egyptian official",
            "Egypt",
        ),
        (
            "An official at the Iranian foreign ministry said Tehran had received the letter.",
            "en",
            "Tehran had received",
            "official at the Iranian foreign ministry",
            "Iran",
        ),
        (
            "وقال مسؤول مصري رفيع المستوى إن القاهرة لن تقبل بأي تهديد لحدودها.",
            "ar",
            "القاهرة لن تقبل",
            "مسؤول مصري رفيع المستوى",
            "Egypt",
        ),
        (
            "وأكد مسؤول في وزارة الخارجية القطرية أن الدوحة تواصل وساطتها.",
            "ar",
            "الدوحة تواصل",
            "مسؤول في وزارة الخارجية القطرية",
            "Qatar",
        ),
    ],
)
def test_unnamed_officials_speak_for_their_state(
    text: str, lang: str, fragment: str, speaker: str, state: str
) -> None:
    x = run(text, lang)
    q = by_text(x, fragment)
    person = x.entity(q.speaker)
    assert person.label == speaker
    assert person.type.value == "Person"
    assert label(x, person.state) == state


def test_an_official_visit_is_not_an_official() -> None:
    x = run("The Jordanian king began an official visit to Paris on Monday.", "en")
    assert not any(e.label.endswith("official") for e in x.entities)


def test_bare_government_is_the_dateline_state() -> None:
    x = run(
        "CAIRO -- The government said on Sunday it had summoned the Ethiopian ambassador.",
        "en",
    )
    q = by_text(x, "summoned")
    assert label(x, q.speaker) == "Egypt"


def test_bare_government_stays_unlinked_without_a_dateline() -> None:
    x = run("The government said on Sunday it would review the decision.", "en")
    assert x.quotes == [] or all(label(x, q.speaker) != "Egypt" for q in x.quotes)
    assert not x.relations


def test_dateline_time_zone_gives_the_home_state_of_untitled_officials() -> None:
    x = run(
        "09:15 JST, March 3, 2025\nForeign Minister Kenji Morita said the talks would resume.",
        "en",
    )
    q = by_text(x, "talks would resume")
    assert label(x, x.entity(q.speaker).state) == "Japan"


# ----------------------------------------------------------------------------- more cue forms


def test_relay_by_an_unlinked_statement_noun_keeps_the_named_speaker() -> None:
    x = run("ونقل البيان عن الرئيس المصري عبد الفتاح السيسي قوله إن مصر ترفض التهجير.", "ar")
    q = by_text(x, "مصر ترفض التهجير")
    assert label(x, q.speaker) == "Abdel Fattah el-Sisi"


def test_a_resolution_speaks_for_the_body_that_adopts_it() -> None:
    x = run("وصوت البرلمان الأوروبي على قرار يطالب مصر بالإفراج عن المعتقلين.", "ar")
    q = by_text(x, "مصر بالإفراج")
    assert label(x, q.speaker) == "European Parliament"
    assert ("European Parliament", "REQUEST", "Egypt") in {
        (label(x, r.subject), r.type.value, label(x, r.object)) for r in x.relations
    }


def test_a_second_cue_joined_by_and_continues_the_speaker() -> None:
    x = run(
        "ونفى وزير الخارجية الإيراني عباس عراقجي صحة التقارير، ووصف الاتهامات بأنها ملفقة بالكامل.",
        "ar",
    )
    q = by_text(x, "الاتهامات")
    assert label(x, q.speaker) == "Abbas Araghchi"


def test_name_suffix_keeps_its_dot() -> None:
    x = run(
        "The talks will resume, according to President Ferdinand Marcos Jr. Nothing else.", "en"
    )
    q = by_text(x, "talks will resume")
    assert label(x, q.speaker) == "Ferdinand Marcos Jr."


def test_a_colon_after_set_out_introduces_the_content() -> None:
    x = run("On Friday, Erdogan set out his conditions: Sweden must stop backing the PKK.", "en")
    q = by_text(x, "Sweden must stop")
    assert label(x, q.speaker) == "Recep Tayyip Erdoğan"


def test_a_conjunction_before_an_ambiguous_surname_lets_it_link_back() -> None:
    x = run(
        "رفض الرئيس التونسي قيس سعيد الانتقادات الأوروبية. لكن سعيد أكد أن تونس منفتحة على الحوار.",
        "ar",
    )
    q = by_text(x, "تونس منفتحة")
    assert label(x, q.speaker) == "Kais Saied"


def test_a_named_speaker_inside_a_direct_quote_is_a_nested_statement() -> None:
    x = run("“Xi told me that China wants a fair deal,” Biden said on Monday.", "en")
    inner = next(q for q in x.quotes if q.text.startswith("China wants"))
    assert label(x, inner.speaker) == "Xi Jinping"
    assert label(x, inner.via) == "Joe Biden"
    outer = next(q for q in x.quotes if q.text.startswith("Xi told me"))
    assert inner.reported_in == outer.id


def test_an_inner_cue_ending_its_sentence_takes_the_next_sentence_of_the_quote() -> None:
    x = run(
        'وقال أردوغان للصحفيين: "ماذا قال لي الرئيس بوتين؟ إذا توقفت أنت عن الوساطة فلن '
        'يتحقق السلام".',
        "ar",
    )
    inner = next(q for q in x.quotes if q.text.startswith("إذا توقفت"))
    assert label(x, inner.speaker) == "Vladimir Putin"
    assert "Recep Tayyip Erdoğan" in [label(x, a) for a in inner.about]


def test_arabic_agency_relaying_a_ministry_is_via_not_speaker() -> None:
    x = run(
        "نقلت وكالة الأنباء السعودية عن وزارة الخارجية قولها إن المملكة ترفض أي تدخل في شؤونها.",
        "ar",
    )
    (s,) = x.quotes
    assert label(x, s.via) == "Saudi Press Agency"
    assert s.speaker != s.via
    assert x.entity(s.speaker).label != "Saudi Press Agency"


def test_arabic_relative_clause_speaker_is_the_antecedent() -> None:
    x = run(
        "والتقى الرئيس الفرنسي إيمانويل ماكرون بالرئيس المصري عبد الفتاح السيسي، "
        "الذي قال إن بوتين يهدد أمن أوروبا.",
        "ar",
    )
    (s,) = x.quotes
    assert label(x, s.speaker) == "Abdel Fattah el-Sisi"


# ----------------------------------------------------- English relative clauses, trailing relays


def test_a_relative_clause_speaker_is_the_person_before_who() -> None:
    x = run(
        "The proposal was rejected by Russian Foreign Minister Sergei Lavrov, who told "
        "reporters that Volodymyr Zelensky had never been serious about a truce.",
        "en",
    )
    q = by_text(x, "never been serious about a truce")
    assert label(x, q.speaker) == "Sergey Lavrov"
    assert not q.text.startswith("The proposal")


def test_a_relative_clause_after_according_to_gets_its_own_statement() -> None:
    x = run(
        "The border crossing will stay shut, according to Kremlin spokesman Dmitry Peskov, "
        "who also said that Vladimir Putin would not travel to Ankara.",
        "en",
    )
    q = by_text(x, "would not travel to Ankara")
    assert label(x, q.speaker) == "Dmitry Peskov"


def test_who_without_a_comma_does_not_make_a_speaker() -> None:
    x = run("Officials who said that Iran was ready were not named.", "en")
    assert all(label(x, q.speaker) != "Iran" for q in x.quotes)


def test_an_agency_citing_a_bare_ministry_relays_its_own_states_ministry() -> None:
    x = run(
        "Moscow will keep its embassy in Kabul open, the TASS news agency reported, "
        "citing the foreign ministry.",
        "en",
    )
    q = by_text(x, "keep its embassy in Kabul open")
    speaker = x.entity(q.speaker)
    assert "Foreign Ministry" in speaker.label
    assert label(x, speaker.state) == "Russia"
    assert label(x, q.via) == "TASS"
    assert "reported" not in q.text


def test_an_agency_citing_a_named_ministry_relays_it() -> None:
    x = run(
        "Ankara has suspended all trade with Israel, the Anadolu news agency reported, "
        "citing the Turkish foreign ministry.",
        "en",
    )
    q = by_text(x, "suspended all trade with Israel")
    assert "Foreign" in (label(x, q.speaker) or "")
    assert label(x, q.via) == "Anadolu Agency"


def test_an_agency_citing_unnamed_officials_stays_the_speaker() -> None:
    x = run(
        "Israeli jets struck a depot near Homs overnight, Reuters reported, citing two "
        "security officials.",
        "en",
    )
    q = by_text(x, "struck a depot near Homs")
    assert label(x, q.speaker) == "Reuters"
    assert q.via is None


def test_an_international_agency_citing_a_bare_ministry_does_not_make_it_its_home_state() -> None:
    text = "Iran will not give up enrichment, Reuters reported, citing the foreign ministry."
    x = extract(Article(id="q-reuters", lang="en", text=text, published=date(2025, 1, 1)))
    speakers = {x.entity(q.speaker).label for q in x.quotes}
    assert not any("United Kingdom" in s or "Foreign Ministry" in s for s in speakers)


def test_quotations_asked_again_for_the_same_text_are_a_fresh_equal_list() -> None:
    """Session 20: the finder and the statement filter both pair one article's marks; the
    second ask reuses the pairing but hands out its own list, and another text is paired
    anew."""
    text = 'The envoy said: "We will not accept a partial truce." Cairo disagreed.'
    first = find_quotes(text)
    first.clear()  # (a caller that edits its list changes nobody else's)
    again = find_quotes(text)
    assert [text[q.start : q.end] for q in again] == ["We will not accept a partial truce."]
    assert again is not find_quotes(text)
    other = "وقال الوزير: «لن نقبل بهدنة جزئية»."
    assert [other[q.start : q.end] for q in find_quotes(other)] == ["لن نقبل بهدنة جزئية"]
    assert [text[q.start : q.end] for q in find_quotes(text)] == [
        "We will not accept a partial truce."
    ]
