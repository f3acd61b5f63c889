"""Stance relations, round 2 (session 8, helper S8-R2-H4): an Arabic participle of
describing ("، واصفا الخطوة التركية بأنها ...") has no subject after it, so the adjective is
the act's owner; a pact just told that a describing verb evaluates ("معتبرة المذكرة باطلة",
"called the agreement historic") is its signatory's, or the other party's when the
speaker's side signed it; a support noun that a person's cue governs with the speaker's own
state as its genitive ("أكد تضامن الجزائر مع تونس") is the speaker's SUPPORT; "will not
allow X to" (لن تسمح لـ X بـ) THREATENs X; an act with no owner named in a statement
("said deploying the weapons would be an escalation") is the latest act told of another
side; a stance noun on a bare act just told ("معارضتهما للقرار") is aimed at its author.
Near misses (one's own side's act, a warning with no actor named, a state that is the
content's own subject) code nothing new."""

from __future__ import annotations

import datetime

from kg.extractors import extract
from kg.models import Article


def _rels(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    x = extract(Article(id="t", lang=lang, published=datetime.date(2024, 5, 2), text=text))
    label = {e.id: e.label for e in x.entities}
    return {(label[r.subject], r.type.value, label[r.object]) for r in x.relations}


def test_an_arabic_participle_of_describing_accuses_the_owner_of_the_act() -> None:
    ar = (
        "وقال وزير الخارجية الأوكراني دميترو كوليبا إن كييف ستواصل العمل مع شركائها، "
        'واصفا الخطوة الروسية بأنها "ابتزاز نووي".'
    )
    assert ("Dmytro Kuleba", "ACCUSE", "Russia") in _rels(ar, "ar")


def test_a_finite_describing_verb_still_takes_its_speaker_after_it() -> None:
    ar = 'ووصف الرئيس التركي رجب طيب أردوغان الخطوة اليونانية بأنها "استفزازية".'
    assert {(t, o) for _, t, o in _rels(ar, "ar")} == {("ACCUSE", "Greece")}


def test_a_participle_praising_ones_own_sides_step_codes_nothing() -> None:
    ar = (
        "وقال رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس إن أثينا تدعم الحوار، "
        'واصفا الخطوة اليونانية بأنها "إيجابية".'
    )
    assert not _rels(ar, "ar")


def test_a_pact_just_told_that_is_called_void_is_rejected_for_its_signatory() -> None:
    ar = (
        "ووقعت تركيا وليبيا مذكرة تفاهم لترسيم الحدود البحرية في نوفمبر 2019. وأعلنت "
        "الحكومة اليونانية رفضها للمذكرة، معتبرة المذكرة باطلة ولاغية."
    )
    rejected = {o for _, t, o in _rels(ar, "ar") if t == "REJECT"}
    assert rejected and rejected <= {"Türkiye", "Libya"}


def test_a_pact_of_ones_own_side_that_is_praised_supports_the_other_party() -> None:
    ar = (
        "ووقعت اليونان ومصر اتفاقا لترسيم الحدود البحرية في أغسطس 2020. ووصفت الحكومة "
        'اليونانية الاتفاق بأنه "تاريخي".'
    )
    assert {(t, o) for _, t, o in _rels(ar, "ar") if t == "SUPPORT"} == {("SUPPORT", "Egypt")}
    en = (
        "Egypt and Greece signed a maritime boundary agreement in August 2020. Greek Prime "
        "Minister Kyriakos Mitsotakis called the agreement historic."
    )
    assert {(s, o) for s, t, o in _rels(en) if t == "SUPPORT"} == {("Kyriakos Mitsotakis", "Egypt")}


def test_a_pact_of_others_called_void_is_rejected_in_english_too() -> None:
    en = (
        "Egypt and Greece signed a maritime boundary agreement in August 2020. Turkish "
        "Foreign Minister Mevlut Cavusoglu called the agreement null and void."
    )
    rejected = {o for s, t, o in _rels(en) if t == "REJECT"}
    assert rejected and rejected <= {"Egypt", "Greece"}


def test_the_support_of_the_speakers_own_state_is_the_speakers() -> None:
    ar = (
        "وأكد الرئيس الجزائري عبد المجيد تبون خلال لقائه الرئيس التونسي قيس سعيد تضامن "
        "الجزائر الكامل مع تونس."
    )
    assert ("Abdelmadjid Tebboune", "SUPPORT", "Tunisia") in _rels(ar, "ar")
    ar = (
        "وتحدث الرئيس الأمريكي جو بايدن هاتفيا مع الرئيس الكوري الجنوبي يون سوك يول يوم "
        "الأحد. وأكد له تضامن الولايات المتحدة الكامل مع كوريا الجنوبية."
    )
    rels = _rels(ar, "ar")
    assert ("Joe Biden", "SUPPORT", "South Korea") in rels
    assert ("United States", "SUPPORT", "South Korea") not in rels


def test_a_state_that_is_the_contents_subject_or_commits_keeps_its_support() -> None:
    ar = "وقال وزير الخارجية القطري إن الدوحة تثمن الدور الذي اضطلعت به مصر في الوساطة."
    assert ("Qatar", "SUPPORT", "Egypt") in _rels(ar, "ar")
    ar = "وأكد رئيس الوزراء البريطاني ريشي سوناك التزام لندن بأمن إستونيا."
    assert ("United Kingdom", "SUPPORT", "Estonia") in _rels(ar, "ar")


def test_will_not_allow_a_named_actor_threatens_it() -> None:
    ar = "وقال وزير الدفاع التركي خلوصي أكار إن تركيا لن تسمح لليونان بعسكرة جزر بحر إيجه."
    assert {(t, o) for _, t, o in _rels(ar, "ar")} >= {("THREATEN", "Greece")}
    en = (
        "Israeli Prime Minister Benjamin Netanyahu said Israel would not allow Iran to "
        "obtain nuclear weapons."
    )
    assert ("Benjamin Netanyahu", "THREATEN", "Iran") in _rels(en)


def test_will_not_allow_anyone_to_threaten_an_ally_threatens_the_allys_foe() -> None:
    ar = (
        "واتهمت الحكومة الصومالية إثيوبيا بانتهاك سيادتها في يناير 2024. وقال الرئيس "
        "الجيبوتي إسماعيل عمر جيله إن بلاده لن تسمح لأحد بتهديد الصومال."
    )
    assert {o for _, t, o in _rels(ar, "ar") if t == "THREATEN"} == {"Ethiopia"}
    en = (
        "Armenia accused Azerbaijan of shelling border villages on Tuesday. French President "
        "Emmanuel Macron said France would not allow anyone to threaten Armenia."
    )
    assert ("Emmanuel Macron", "THREATEN", "Azerbaijan") in _rels(en)


def test_will_not_allow_with_no_actor_named_threatens_no_one() -> None:
    ar = "وقال الرئيس التركي رجب طيب أردوغان إن تركيا لن تسمح بتهديد أمنها القومي."
    assert not [r for r in _rels(ar, "ar") if r[1] == "THREATEN"]
    en = "German Chancellor Olaf Scholz said Germany would not allow anyone to divide Europe."
    assert not [r for r in _rels(en) if r[1] == "THREATEN"]


def test_an_act_with_no_owner_named_is_the_latest_act_told_of_another_side() -> None:
    en = (
        "Russia deployed tactical nuclear weapons to Belarus in June 2023. The European "
        "Union said deploying the weapons would be a dangerous escalation and that the EU "
        "stood ready to respond with further sanctions."
    )
    rels = _rels(en)
    assert ("European Union", "ACCUSE", "Russia") in rels
    assert ("European Union", "THREATEN", "Russia") in rels
    assert ("Russia", "MOBILIZE", "Belarus") in rels


def test_an_act_of_ones_own_side_called_historic_supports_no_one() -> None:
    en = (
        "Finland joined NATO in April 2023. Finnish President Sauli Niinisto said joining "
        "the alliance was a historic step."
    )
    assert not [r for r in _rels(en) if r[1] == "SUPPORT"]


def test_a_stance_noun_on_an_act_just_told_is_aimed_at_its_author() -> None:
    ar = (
        "وفرضت الولايات المتحدة رسوما جمركية جديدة على الصلب الأوروبي في مارس 2018. "
        "وأعلنت فرنسا وألمانيا معارضتهما للقرار."
    )
    rels = _rels(ar, "ar")
    assert {("France", "REJECT", "United States"), ("Germany", "REJECT", "United States")} <= rels
    ar = "وطردت بولندا أربعة دبلوماسيين روس في مارس 2018. وأعلنت روسيا رفضها القاطع للخطوة."
    assert ("Russia", "REJECT", "Poland") in _rels(ar, "ar")


def test_a_stance_noun_on_ones_own_sides_act_codes_nothing() -> None:
    ar = "وطردت بولندا أربعة دبلوماسيين روس في مارس 2018. وأعلنت الحكومة البولندية ترحيبها بالقرار."
    assert {t for _, t, _ in _rels(ar, "ar")} == {"SANCTION"}


def test_the_move_just_told_that_is_called_hostile_accuses_its_author() -> None:
    en = (
        "Poland expelled 45 Russian diplomats on Wednesday. Kremlin spokesman Dmitry Peskov "
        "called the move a hostile act."
    )
    assert ("Dmitry Peskov", "ACCUSE", "Poland") in _rels(en)


def test_ones_own_sides_move_called_historic_supports_no_one() -> None:
    en = (
        "Poland expelled 45 Russian diplomats on Wednesday. Polish Prime Minister Donald "
        "Tusk called the decision necessary and historic."
    )
    assert {t for _, t, _ in _rels(en)} == {"SANCTION"}


def test_an_english_stance_noun_on_an_act_just_told_is_aimed_at_its_author() -> None:
    en = (
        "Poland expelled 45 Russian diplomats on Wednesday. Russia voiced its strong "
        "opposition to the decision."
    )
    assert ("Russia", "REJECT", "Poland") in _rels(en)
    en = (
        "Egypt and Greece signed a maritime boundary agreement in August 2020. Turkey and "
        "Libya announced their rejection of the agreement."
    )
    rels = _rels(en)
    assert {s for s, t, o in rels if t == "REJECT" and o in ("Egypt", "Greece")} == {
        "Türkiye",
        "Libya",
    }
    assert not {(s, o) for s, t, o in rels if t == "REJECT"} & {
        ("Türkiye", "Libya"),
        ("Libya", "Türkiye"),
    }


def test_an_english_stance_noun_on_an_owned_or_own_act_adds_nothing() -> None:
    en = (
        "Poland expelled 45 Russian diplomats on Wednesday. Polish President Andrzej Duda "
        "voiced his support for the decision and Warsaw stressed its opposition to the "
        "decision of Minsk."
    )
    assert not [r for r in _rels(en) if r[1] == "REJECT" and r[2] == "Poland"]


def test_the_solidarity_of_the_speakers_state_is_the_speakers_in_english_too() -> None:
    en = "British Foreign Secretary James Cleverly expressed the UK's full solidarity with Ukraine."
    rels = _rels(en)
    assert ("James Cleverly", "SUPPORT", "Ukraine") in rels
    assert ("United Kingdom", "SUPPORT", "Ukraine") not in rels
