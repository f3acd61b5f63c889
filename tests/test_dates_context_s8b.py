"""Dates an act takes from its story's context, round 2 (session 8): the act told right
before the dated event it follows ("after police stormed the embassy late Friday"), an
agency lead with no time whose next sentence gives the day, the other side's answer ("من
جهته، أعرب ..."، "For its part, ..."), the host's reception of the guest told in the
pluperfect, an attack named as the object of a condemnation of the day, and the purpose
of a dated act ("in solidarity with ..."). Guards: background, other actors, other
visits, wars and events told days before stay undated."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Extraction, Relation, RelationType


def _run(text: str, lang: str, pub: date) -> Extraction:
    from kg.models import Article

    return extract(Article(id="s8b-dates", lang=lang, published=pub, text=text))


def _rel(x: Extraction, rtype: RelationType, subject: str, obj: str) -> list[Relation]:
    label = {e.id: e.label for e in x.entities}
    return [
        r
        for r in x.relations
        if r.type is rtype and subject in label[r.subject] and obj in label[r.object]
    ]


def _expel(when: str) -> str:
    return (
        "LIMA (AP) - Peru expelled Venezuela's diplomats after Venezuelan officials refused "
        f"to recognise the election result {when}, the foreign ministry said.\n\n"
        "The ministry gave the diplomats 72 hours to leave the country.\n"
    )


def test_an_act_told_before_the_event_it_follows_takes_that_events_fresh_day() -> None:
    x = _run(_expel("late Monday"), "en", date(2024, 7, 30))
    expelled = _rel(x, RelationType.SANCTION, "Peru", "Venezuela")
    assert expelled and all(r.date == "2024-07-29" for r in expelled)


def test_an_event_days_before_publication_does_not_date_the_act_after_it() -> None:
    x = _run(_expel("last Thursday"), "en", date(2024, 7, 30))
    expelled = _rel(x, RelationType.SANCTION, "Peru", "Venezuela")
    assert expelled and all(r.date is None for r in expelled)


def _recalled(pub: date) -> list[Relation]:
    text = (
        "الجزائر (وكالات) - استدعت الجزائر سفيرها لدى فرنسا للتشاور بعد أن ساعد دبلوماسيون "
        "فرنسيون الناشطة أميرة بوراوي على مغادرة تونس مساء الاثنين.\n"
    )
    return _rel(_run(text, "ar", pub), RelationType.SANCTION, "Algeria", "France")


def test_an_arabic_act_told_before_the_event_it_follows_takes_its_day() -> None:
    recalled = _recalled(date(2023, 2, 7))
    assert recalled and all(r.date == "2023-02-06" for r in recalled)


def test_an_arabic_event_days_before_publication_does_not_date_the_act() -> None:
    recalled = _recalled(date(2023, 2, 9))
    assert recalled and all(r.date is None for r in recalled)


def _welcome(second: str) -> str:
    return (
        "الرياض-واس\n"
        "رحبت وزارة الخارجية السعودية بالاتفاق الذي توصلت إليه أرمينيا وأذربيجان لإنهاء "
        "النزاع بين البلدين.\n\n" + second
    )


def test_an_agency_lead_with_no_time_takes_the_day_its_next_sentence_gives() -> None:
    text = _welcome(
        "وأكدت الوزارة في بيان نشرته اليوم أن المملكة تدعم كل الجهود الرامية إلى تحقيق "
        "السلام في المنطقة.\n"
    )
    x = _run(text, "ar", date(2023, 8, 12))
    welcomed = _rel(x, RelationType.SUPPORT, "Saudi", "Armenia")
    assert welcomed and all(r.date == "2023-08-12" for r in welcomed)


def test_another_actors_day_in_the_next_sentence_does_not_date_the_lead() -> None:
    text = _welcome(
        "وقال وزير الخارجية الروسي سيرغي لافروف اليوم إن موسكو مستعدة لدعم تنفيذ الاتفاق.\n"
    )
    x = _run(text, "ar", date(2023, 8, 12))
    welcomed = _rel(x, RelationType.SUPPORT, "Saudi", "Armenia")
    assert welcomed and all(r.date is None for r in welcomed)


def _answer(third: str) -> str:
    return (
        "القاهرة (أ ش أ) - استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الثلاثاء، الرئيس "
        "الإريتري أسياس أفورقي في قصر الاتحادية.\n\n"
        "وقال السيسي في مؤتمر صحفي مشترك إن مصر حريصة على أمن البحر الأحمر.\n\n" + third
    )


def test_the_other_sides_answer_takes_the_day_of_the_event_told_before() -> None:
    x = _run(
        _answer("من جانبه، أعرب الرئيس الإريتري عن تقديره لمصر على دعمها المستمر لبلاده.\n"),
        "ar",
        date(2023, 10, 10),
    )
    thanks = _rel(x, RelationType.SUPPORT, "أفورقي", "Egypt")
    assert thanks and all(r.date == "2023-10-10" for r in thanks)


def test_the_other_side_with_no_answer_marker_stays_undated() -> None:
    x = _run(
        _answer("وأعرب الرئيس الإريتري عن تقديره لمصر على دعمها المستمر لبلاده.\n"),
        "ar",
        date(2023, 10, 10),
    )
    thanks = _rel(x, RelationType.SUPPORT, "أفورقي", "Egypt")
    assert thanks and all(r.date is None for r in thanks)


def _blinken(second: str) -> str:
    return (
        "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met Chinese Foreign "
        "Minister Wang Yi in Beijing on Monday and urged China to stop supplying Russia's war "
        "machine.\n\n" + second
    )


def test_an_english_answer_for_its_part_takes_the_day_told_before() -> None:
    text = _blinken(
        "For its part, China accused the United States of meddling in its internal affairs "
        "over Taiwan.\n"
    )
    x = _run(text, "en", date(2024, 4, 30))
    accused = _rel(x, RelationType.ACCUSE, "China", "United States")
    assert accused and all(r.date == "2024-04-29" for r in accused)


def test_an_english_accusation_with_no_answer_marker_stays_undated() -> None:
    text = _blinken(
        "China accused the United States of meddling in its internal affairs over Taiwan.\n"
    )
    x = _run(text, "en", date(2024, 4, 30))
    accused = _rel(x, RelationType.ACCUSE, "China", "United States")
    assert accused and all(r.date is None for r in accused)


def _signed(second: str) -> str:
    return (
        "الرياض (واس) - وقع ولي العهد السعودي الأمير محمد بن سلمان والرئيس الصيني شي جين "
        "بينغ اليوم اتفاقية الشراكة الاستراتيجية الشاملة بين البلدين.\n" + second
    )


def test_the_hosts_reception_of_the_guest_in_the_pluperfect_takes_the_visits_day() -> None:
    text = _signed("وكان ولي العهد قد استقبل الرئيس الصيني في قصر اليمامة بالرياض.\n")
    x = _run(text, "ar", date(2022, 12, 8))
    received = _rel(x, RelationType.CONSULT, "Mohammed bin Salman", "Xi")
    assert received and all(r.date == "2022-12-08" for r in received)


def test_the_hosts_reception_of_another_guest_stays_background() -> None:
    text = _signed("وكان ولي العهد قد استقبل الرئيس التركي رجب طيب أردوغان في قصر السلام بجدة.\n")
    x = _run(text, "ar", date(2022, 12, 8))
    other = _rel(x, RelationType.CONSULT, "Mohammed bin Salman", "Erdo")
    assert other and all(r.date is None for r in other)


def _condemned(second: str) -> str:
    return (
        "ABU DHABI (Reuters) - The United Arab Emirates on Sunday condemned a Houthi drone "
        "attack on Saudi Arabia's Jizan airport and said it stood with the kingdom.\n\n" + second
    )


def test_an_attack_condemned_the_day_it_is_told_takes_that_day() -> None:
    x = _run(_condemned(""), "en", date(2022, 3, 21))
    attack = _rel(x, RelationType.ASSAULT, "Houthi", "Saudi Arabia")
    assert attack and all(r.date == "2022-03-20" for r in attack)


def test_a_condemned_invasion_is_no_event_of_that_day() -> None:
    text = _condemned(
        "Germany on Sunday condemned Russia's invasion of Ukraine as a breach of "
        "international law.\n"
    )
    x = _run(text, "en", date(2022, 3, 21))
    invasion = _rel(x, RelationType.ASSAULT, "Russia", "Ukraine")
    assert invasion and all(r.date is None for r in invasion)


def test_the_purpose_of_a_dated_act_takes_its_day() -> None:
    text = (
        "LA PAZ (AP) - Bolivia's government said Tuesday it was cutting diplomatic ties with "
        "Israel in solidarity with the Palestinians in Gaza.\n"
    )
    x = _run(text, "en", date(2023, 11, 1))
    cut = _rel(x, RelationType.SANCTION, "Bolivia", "Israel")
    assert cut and all(r.date == "2023-10-31" for r in cut)
    solidarity = _rel(x, RelationType.SUPPORT, "Bolivia", "Palestin")
    assert solidarity and all(r.date == "2023-10-31" for r in solidarity)


def _first(second: str) -> list[Relation]:
    text = (
        "واشنطن (وكالات) - وقعت أرمينيا وأذربيجان، أمس الجمعة، إعلانا مشتركا لإنهاء النزاع "
        "بين البلدين في البيت الأبيض.\n\n" + second
    )
    x = _run(text, "ar", date(2025, 8, 9))
    return _rel(x, RelationType.SUPPORT, "Trump", "Armenia")


def test_the_first_to_announce_the_event_told_before_takes_its_day() -> None:
    praise = _first(
        "وكان الرئيس الأميركي دونالد ترامب أول من أعلن الاتفاق، مهنئا أرمينيا وأذربيجان "
        'على "شجاعتهما".\n'
    )
    assert praise and all(r.date == "2025-08-08" for r in praise)


def test_a_pluperfect_with_qad_after_the_event_stays_background() -> None:
    praise = _first('وكان الرئيس الأميركي دونالد ترامب قد هنأ أرمينيا وأذربيجان على "شجاعتهما".\n')
    assert praise and all(r.date is None for r in praise)


def _ceremony(fourth: str) -> Extraction:
    text = (
        "الخرطوم (وكالات) - وقعت مصر والسودان، أمس الثلاثاء، اتفاقية للتعاون العسكري بين "
        "البلدين في الخرطوم.\n\n"
        "وجاء التوقيع بعد أن وقعت إثيوبيا وإريتريا في 3 مارس الجاري اتفاقا لترسيم الحدود "
        "بينهما.\n\n"
        "وقال وزير الخارجية المصري سامح شكري في كلمة خلال مراسم التوقيع إن المنطقة تدخل "
        "اليوم مرحلة جديدة من الاستقرار، معربا عن شكر مصر للسودان على حسن الاستقبال.\n\n" + fourth
    )
    return _run(text, "ar", date(2021, 3, 10))


def test_thanks_at_the_ceremony_take_its_day_past_a_today_in_other_reported_words() -> None:
    x = _ceremony("")
    other = _rel(x, RelationType.AGREE, "Ethiopia", "Eritrea")
    assert any(r.date == "2021-03-03" for r in other)  # the other pact keeps its own day
    thanks = _rel(x, RelationType.SUPPORT, "Shoukry", "Sudan")
    assert thanks and all(r.date == "2021-03-09" for r in thanks)


def test_the_same_speaker_goes_on_with_the_ceremonys_day_in_the_next_sentence() -> None:
    x = _ceremony("ووجّه شكري الشكر إلى دولة الإمارات على جهودها في دعم الاستقرار في المنطقة.\n")
    thanks = _rel(x, RelationType.SUPPORT, "Shoukry", "United Arab Emirates")
    assert thanks and all(r.date == "2021-03-09" for r in thanks)


def test_another_speaker_in_the_next_sentence_does_not_take_the_ceremonys_day() -> None:
    x = _ceremony(
        "ووجّه الرئيس الإريتري أسياس أفورقي الشكر إلى دولة الإمارات على جهودها في دعم "
        "الاستقرار في المنطقة.\n"
    )
    thanks = _rel(x, RelationType.SUPPORT, "الإريتري", "United Arab Emirates")
    assert thanks and all(r.date is None for r in thanks)
