"""Relations implied by what a statement says (session 8, helper s8h1): a response that the
speaker's side will make ("warned that his country would respond", "حذر من أن بلاده سترد
عليها") or another's act that "will not go unpunished" (THREATEN); hostile acts of the actor
a statement opens with (ACCUSE); a describing verb whose bare object is the latest attack on
the speaker's side; "null and void", "باطل ولاغ" (REJECT).  Near misses (a feared response
of someone else, a response to "any" act, one's own side suffering the hostile acts) code
nothing."""

from __future__ import annotations

import datetime

from kg.extractors import extract
from kg.models import Article


def _rels(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    x = extract(Article(id="t", lang=lang, published=datetime.date(2025, 5, 8), text=text))
    label = {e.id: e.label for e in x.entities}
    return {(label[r.subject], r.type.value, label[r.object]) for r in x.relations}


def _threats(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in _rels(text, lang) if t == "THREATEN"}


_STRIKES_EN = (
    "Pakistani Prime Minister Shehbaz Sharif condemned the Indian strikes on Pakistani "
    "territory and warned that his country would respond at a time of its choosing."
)
_STRIKES_AR = (
    "وأدان رئيس الوزراء الباكستاني شهباز شريف الضربات الهندية على الأراضي الباكستانية، "
    "وحذر من أن بلاده سترد عليها."
)


def test_his_country_would_respond_threatens_the_attacker_for_the_speakers_state() -> None:
    assert ("Pakistan", "India") in _threats(_STRIKES_EN)
    assert ("Pakistan", "India") in _threats(_STRIKES_AR, "ar")


def test_the_condemnation_before_the_warning_is_kept() -> None:
    assert ("Shehbaz Sharif", "ACCUSE", "India") in _rels(_STRIKES_EN)
    assert ("Shehbaz Sharif", "ACCUSE", "India") in _rels(_STRIKES_AR, "ar")


def test_an_act_that_will_not_go_unpunished_threatens_its_author() -> None:
    en = (
        "Indian missiles struck Pakistani territory on Wednesday. Pakistani army spokesman "
        "Ahmed Sharif Chaudhry said the attack would not go unpunished."
    )
    assert ("Ahmed Sharif Chaudhry", "India") in _threats(en)
    ar = 'وقال وزير الخارجية الباكستاني إسحاق دار إن العدوان الهندي "لن يمر دون عقاب".'
    assert {o for _, o in _threats(ar, "ar")} == {"India"}


def test_hostile_acts_of_the_actor_a_statement_opens_with_are_an_accusation() -> None:
    en = (
        "Pakistan's foreign ministry said on Thursday that India had never stopped its "
        "hostile activities in the region."
    )
    assert {o for _, t, o in _rels(en) if t == "ACCUSE"} == {"India"}
    ar = "وقالت وزارة الخارجية الباكستانية إن الهند لم تتوقف يوما عن ممارساتها العدائية."
    assert {o for _, t, o in _rels(ar, "ar") if t == "ACCUSE"} == {"India"}
    ar = "وأكد المتحدث باسم الحكومة اليونانية أن أنقرة تواصل انتهاكاتها للمجال الجوي اليوناني."
    assert {o for _, t, o in _rels(ar, "ar") if t == "ACCUSE"} == {"Türkiye"}


def test_describing_the_bare_strikes_accuses_their_author() -> None:
    text = (
        "Indian missiles struck Pakistani territory on Wednesday. Pakistani Foreign Minister "
        "Ishaq Dar described the strikes as a blatant act of war."
    )
    assert ("Ishaq Dar", "ACCUSE", "India") in _rels(text)


def test_a_response_that_someone_else_may_make_is_no_threat_of_the_speaker() -> None:
    en = "Hungarian Foreign Minister Peter Szijjarto said Hungary feared Russia would respond."
    assert not {s for s, _ in _threats(en)} & {"Peter Szijjarto", "Hungary"}
    ar = "وقال وزير الخارجية المجري بيتر سيارتو إن بلاده تخشى أن ترد روسيا على العقوبات."
    assert not {s for s, _ in _threats(ar, "ar")} & {"Hungary", "بيتر سيارتو", "Péter Szijjártó"}


def test_a_response_to_any_unnamed_act_has_no_target() -> None:
    en = "German Chancellor Friedrich Merz said Germany would respond to any attack on its allies."
    assert not _threats(en)
    ar = "وقال المستشار الألماني فريدريش ميرتس إن ألمانيا سترد على أي هجوم على حلفائها."
    assert not _threats(ar, "ar")


def test_a_response_to_any_act_of_a_named_side_threatens_that_side() -> None:
    ar = "وقال وزير الخارجية التركي مولود تشاووش أوغلو إن بلاده سترد على أي خطوة يونانية أحادية."
    assert ("Türkiye", "Greece") in _threats(ar, "ar")


def test_hostile_acts_suffered_by_ones_own_side_accuse_no_one_of_that_side() -> None:
    en = "Polish Prime Minister Donald Tusk said Poland had faced provocations from Belarus."
    assert not {o for _, t, o in _rels(en) if t == "ACCUSE"} & {"Poland"}
    ar = "وأكد وزير الدفاع التركي خلوصي أكار أن تركيا تعرضت لاعتداءات من جماعات إرهابية."
    assert not [r for r in _rels(ar, "ar") if r[1] == "ACCUSE"]
    en = "China's foreign ministry said it opposed any hostile acts on the Korean peninsula."
    assert not [r for r in _rels(en) if r[1] == "ACCUSE"]


def test_a_state_named_by_a_person_as_the_responder_still_threatens() -> None:
    text = (
        "Israeli jets struck Syrian army positions on Sunday. Syrian Foreign Minister Faisal "
        "Mekdad said Damascus reserved the right to respond."
    )
    assert ("Syria", "Israel") in _threats(text)


def test_null_and_void_is_a_rejection_and_unacceptable_stays_an_accusation() -> None:
    en = "Somali President Hassan Sheikh Mohamud said Ethiopia's port deal was null and void."
    rels = _rels(en)
    assert ("Hassan Sheikh Mohamud", "REJECT", "Ethiopia") in rels
    assert ("Hassan Sheikh Mohamud", "ACCUSE", "Ethiopia") not in rels
    ar = 'وصفت الحكومة الصومالية الاتفاق الإثيوبي مع إقليم أرض الصومال بأنه "باطل ولاغ".'
    assert {(t, o) for _, t, o in _rels(ar, "ar")} >= {("REJECT", "Ethiopia")}
    assert ("ACCUSE", "Ethiopia") not in {(t, o) for _, t, o in _rels(ar, "ar")}
    en = "Egyptian President Abdel Fattah al-Sisi called Ethiopia's move unacceptable."
    assert ("Abdel Fattah el-Sisi", "ACCUSE", "Ethiopia") in _rels(en)


def test_a_refusal_of_the_speakers_side_rejects_the_actor_named_in_its_object() -> None:
    ar = "وقال الرئيس الصربي ألكسندر فوتشيتش إن صربيا لن تعترف باستقلال كوسوفو."
    assert ("Serbia", "REJECT", "Kosovo") in _rels(ar, "ar")
    ar = "وقال الرئيس الصومالي حسن شيخ محمود إن بلاده لن تقبل بالاتفاق الإثيوبي مع أرض الصومال."
    assert ("Somalia", "REJECT", "Ethiopia") in _rels(ar, "ar")


def test_a_refusal_of_any_unnamed_act_or_by_another_side_rejects_no_one() -> None:
    for en in (
        "French Foreign Minister Jean-Yves Le Drian said France would not accept any deal "
        "that weakened Europe.",
        "Hungarian Prime Minister Viktor Orban said Hungary feared Brussels would not accept "
        "the compromise.",
    ):
        assert not [r for r in _rels(en) if r[1] == "REJECT"], en
    ar = "وقال وزير الخارجية الفرنسي إن فرنسا لن تقبل أي اتفاق يضعف أوروبا."
    assert not [r for r in _rels(ar, "ar") if r[1] == "REJECT"]


def test_a_refusal_coded_already_for_the_speaker_is_not_repeated_for_its_state() -> None:
    en = (
        "Somali President Hassan Sheikh Mohamud said his country would never accept "
        "Ethiopia's deal with Somaliland."
    )
    assert {s for s, t, o in _rels(en) if t == "REJECT" and o == "Ethiopia"} == {
        "Hassan Sheikh Mohamud"
    }
