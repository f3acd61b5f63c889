"""What statements are about, and the speakers left over, session 4 (issue #3, S4-H7).

``about``: a state's armed forces stand for the state once it is named, a clause-final
"..., the ministry said" is not content, "the three countries" are the three states named
last, "all parties" addresses no one in particular, and a subject pronoun in reported
speech is the speaker itself.  Speakers: collective heads before a list of states ("the
juntas of X, Y and Z", «المجالس العسكرية في X وY وZ»), pair subjects ("the two men",
«وأكد الوزيران»), a welcome with a person for object (hospitality), the subject of a
coordinated verb in a subordinate clause, "<state> summoned X, accusing", apposed names,
and untitled names before a speech verb.
"""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction
from tests.factories import statement_with


def run(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, text=text, published=date(2025, 2, 3)))


def about_of(x: Extraction, fragment: str) -> set[str]:
    return {x.entity(a).label for a in statement_with(x, fragment).about}


def speakers_of(x: Extraction, fragment: str) -> set[str]:
    return {x.entity(q.speaker).label for q in x.quotes if fragment in q.text}


# ----------------------------------------------------------------------------- about


def test_armed_forces_are_dropped_from_about_when_their_state_is_named() -> None:
    x = run(
        "Thai officials said Cambodian troops had fired first and that Cambodia "
        "had ignored repeated warnings near the disputed temple.",
        "en",
    )
    about = about_of(x, "had fired first")
    assert "Cambodia" in about
    assert not any("Armed Forces" in a for a in about)


def test_clause_final_attribution_is_not_part_of_the_content() -> None:
    x = run(
        "Foreign Minister Penny Wong urged Beijing to release the detained writer, "
        "the Australian foreign ministry said.",
        "en",
    )
    s = statement_with(x, "release the detained writer")
    assert "foreign ministry said" not in s.text
    assert not any("Ministry" in x.entity(a).label for a in s.about)


def test_the_three_countries_are_the_three_states_named_last() -> None:
    x = run(
        "Estonia, Latvia and Lithuania expelled Russian diplomats last week. "
        "The European Commission said on Monday it had not been told in advance by the "
        "three countries of the expulsions.",
        "en",
    )
    assert {"Estonia", "Latvia", "Lithuania"} <= about_of(x, "not been told in advance")


def test_the_three_states_in_arabic() -> None:
    x = run(
        "أعلنت إستونيا ولاتفيا وليتوانيا طرد دبلوماسيين روس. "
        "وقالت المفوضية الأوروبية إنها لم تتلق أي إخطار مسبق من الدول الثلاث بشأن القرار.",
        "ar",
    )
    about = about_of(x, "لم تتلق أي إخطار")
    assert {"Estonia", "Latvia", "Lithuania"} <= about


def test_a_call_on_all_parties_is_about_no_one_in_particular() -> None:
    x = run(
        "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الهجوم على الميناء يقوض جهود "
        "التهدئة في ليبيا. ودعا غوتيريش جميع الأطراف الليبية إلى ضبط النفس.",
        "ar",
    )
    assert about_of(x, "ضبط النفس") == set()


def test_a_body_saying_it_will_act_is_not_about_the_last_state_named() -> None:
    x = run(
        "Fighting flared again along the border with Sudan on Sunday. "
        "The African Union said it was ready to send more observers to the region.",
        "en",
    )
    assert "Sudan" not in about_of(x, "ready to send more observers")


def test_a_person_saying_he_will_act_is_not_about_another_person() -> None:
    x = run(
        "Opposition leader Jane Roe met President Emmanuel Macron on Friday. "
        "Prime Minister Keir Starmer said he would visit Paris next month.",
        "en",
    )
    assert "Emmanuel Macron" not in about_of(x, "visit Paris next month")


def test_the_addressee_of_urged_him_is_still_about() -> None:
    x = run(
        "Secretary of State Antony Blinken called Serbian President Aleksandar Vucic on "
        "Friday and urged him to pull back the troops.",
        "en",
    )
    assert "Aleksandar Vucic" in about_of(x, "pull back the troops")


# ----------------------------------------------------------------------------- speakers


def test_english_collective_head_before_a_list_of_states_makes_each_speak() -> None:
    x = run(
        "The military governments of Guinea, Gabon and Chad said on Monday that the "
        "regional bloc had abandoned them.",
        "en",
    )
    assert speakers_of(x, "had abandoned them") == {"Guinea", "Gabon", "Chad"}


def test_arabic_collective_head_with_fi_before_a_list_of_states_makes_each_speak() -> None:
    x = run(
        "وقالت السلطات الانتقالية في غينيا والغابون وتشاد في بيان مشترك إن التكتل "
        "الإقليمي تخلى عنها.",
        "ar",
    )
    assert speakers_of(x, "تخلى عنها") == {"Guinea", "Gabon", "Chad"}


def test_arabic_participle_after_a_collective_subject_keeps_all_speakers() -> None:
    x = run(
        "أعلنت الحكومات الانتقالية في غينيا والغابون وتشاد، أمس، تعليق عضويتها في "
        "التكتل، متهمة إياه بأنه يخدم مصالح قوى خارجية.",
        "ar",
    )
    assert speakers_of(x, "يخدم مصالح") == {"Guinea", "Gabon", "Chad"}


def test_arabic_states_after_a_plural_head_are_speakers_not_topics() -> None:
    x = run("أكدت حكومات غينيا والغابون وتشاد أن قرار التعليق نهائي.", "ar")
    assert speakers_of(x, "قرار التعليق نهائي") == {"Guinea", "Gabon", "Chad"}
    assert about_of(x, "قرار التعليق نهائي") == set()


def test_the_two_men_are_the_two_people_just_named() -> None:
    x = run(
        "Indian Prime Minister Narendra Modi hosted Australian Prime Minister Anthony "
        "Albanese in New Delhi on Friday, and the two men stressed the need for closer "
        "defence ties.",
        "en",
    )
    assert speakers_of(x, "closer defence ties") == {"Narendra Modi", "Anthony Albanese"}


def test_arabic_dual_ministers_are_the_two_people_just_named() -> None:
    x = run(
        "التقى وزير الخارجية المصري بدر عبد العاطي نظيره الأردني أيمن الصفدي في القاهرة. "
        "وأكد الوزيران أن وقف إطلاق النار يجب أن يصمد.",
        "ar",
    )
    assert len(speakers_of(x, "وقف إطلاق النار يجب")) == 2
    assert "Ayman Safadi" in speakers_of(x, "وقف إطلاق النار يجب")


def test_welcoming_a_visitor_is_not_a_statement() -> None:
    x = run(
        "Indonesian President Prabowo Subianto welcomed Australian Prime Minister Anthony "
        "Albanese at the palace with a guard of honour on Tuesday.",
        "en",
    )
    assert x.quotes == []
    y = run("Indonesia welcomed Australia's decision to reopen the consulate.", "en")
    assert speakers_of(y, "decision to reopen the consulate") == {"Indonesia"}


def test_coordinated_verb_in_an_after_clause_belongs_to_that_clause_subject() -> None:
    x = run(
        "Moscow ordered ten Estonian diplomats to leave on Friday, two days after Tallinn "
        "expelled three Russian diplomats and accused Russian intelligence of sabotage.",
        "en",
    )
    assert speakers_of(x, "of sabotage") == {"Estonia"}


def test_state_summoning_an_envoy_is_the_speaker_of_the_participle() -> None:
    x = run(
        "Algeria summoned the French ambassador on Monday, accusing Paris of interference.",
        "en",
    )
    assert speakers_of(x, "Paris of interference") == {"Algeria"}


def test_a_named_apposition_after_an_unnamed_official_is_the_speaker() -> None:
    x = run(
        "Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said "
        "the missile fell outside the exclusive economic zone.",
        "en",
    )
    assert speakers_of(x, "the missile fell outside") == {"Yoshimasa Hayashi"}


def test_an_untitled_name_before_a_speech_verb_is_a_person() -> None:
    x = run(
        "Kim Yo Jong said the drills were a rehearsal for invasion. "
        "North Korea's Ri Son Gwon told reporters that talks were pointless.",
        "en",
    )
    assert speakers_of(x, "rehearsal for invasion") == {"Kim Yo Jong"}
    (ri,) = [e for e in x.entities if e.label == "Ri Son Gwon"]
    assert ri.type.value == "Person" and ri.state is not None
    assert x.entity(ri.state).label == "North Korea"


def test_an_apposed_untitled_name_is_not_taken_as_a_speaker_name() -> None:
    x = run("The chairman of the bank, John Doe, said profits rose.", "en")
    assert not any(e.label == "John Doe" for e in x.entities)


def test_a_recurring_family_name_makes_an_untitled_full_name_a_person() -> None:
    x = run(
        "Belarus released Igor Lomov in the exchange on Friday. The Lithuanian foreign "
        "ministry said Lomov had been held for two years.",
        "en",
    )
    assert any(e.label == "Igor Lomov" and e.type.value == "Person" for e in x.entities)
    assert "Igor Lomov" in about_of(x, "had been held for two years")


def test_opening_adverbial_does_not_hide_the_subject_of_a_coordinated_verb() -> None:
    x = run(
        "In Ankara, President Recep Tayyip Erdogan received Igor Lomov at the palace on "
        "Friday and told him that Turkey would keep mediating. Lomov thanked him.",
        "en",
    )
    assert speakers_of(x, "keep mediating") == {"Recep Tayyip Erdoğan"}


def test_chief_cabinet_secretary_is_a_japanese_government_spokesperson() -> None:
    x = run(
        "Chief Cabinet Secretary Yoshimasa Hayashi told a news conference that the "
        "missile fell outside the exclusive economic zone.",
        "en",
    )
    (hayashi,) = [e for e in x.entities if e.label == "Yoshimasa Hayashi"]
    assert hayashi.state is not None and x.entity(hayashi.state).label == "Japan"
    assert speakers_of(x, "the missile fell outside") == {"Yoshimasa Hayashi"}


def test_a_treaty_named_after_a_capital_is_not_its_state() -> None:
    x = run("Mexico said the raid violated the Vienna Convention on Diplomatic Relations.", "en")
    assert "Austria" not in about_of(x, "violated the Vienna Convention")
    y = run("وقالت المكسيك إن المداهمة تنتهك اتفاقية فيينا للعلاقات الدبلوماسية.", "ar")
    assert "Austria" not in about_of(y, "اتفاقية فيينا")


def test_a_while_clause_with_its_own_subject_ends_the_content() -> None:
    x = run(
        "Pakistan said it had lodged a protest with the Afghan envoy in Islamabad, while "
        "the Afghan foreign ministry summoned the Pakistani charge d'affaires.",
        "en",
    )
    s = statement_with(x, "lodged a protest")
    assert "summoned" not in s.text


def test_the_kingdom_in_a_statement_is_the_speakers_own_kingdom() -> None:
    x = run(
        "رحب الملك عبد الله الثاني بعودة العلاقات بين البحرين وقطر. "
        "وقال العاهل الأردني إن المملكة تدعم كل جهد لرأب الصدع.",
        "ar",
    )
    assert "Jordan" in about_of(x, "تدعم كل جهد")
    assert "Bahrain" not in about_of(x, "تدعم كل جهد")


def test_an_oblique_dual_after_the_verb_is_its_object_not_a_pair_of_speakers() -> None:
    x = run(
        "وأعلن المغرب والجزائر تبادل الأسرى. ودعت قطر وتركيا الطرفين إلى مواصلة الحوار.",
        "ar",
    )
    assert speakers_of(x, "الحوار") == {"Qatar", "Türkiye"}
    assert about_of(x, "الحوار") == {"Morocco", "Algeria"}


def test_the_dots_of_an_abbreviation_do_not_stop_told_x_that() -> None:
    x = run(
        "South African President Cyril Ramaphosa told the U.N. General Assembly in New York "
        "on Tuesday that Pretoria backed a ceasefire in Sudan.",
        "en",
    )
    s = statement_with(x, "backed a ceasefire")
    assert s.text.startswith("Pretoria backed")
    assert not any("Assembly" in x.entity(a).label for a in s.about)
