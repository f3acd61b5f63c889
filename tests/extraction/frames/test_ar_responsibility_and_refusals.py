"""Arabic relations, session 9 round 2 (helper S9-R2-H3): families of gold relations
missed on fresh text.

- a speaker's participle that holds a patient responsible ("محملا X المسؤولية عن"): the
  patient sits between the participle and "المسؤولية"; the loaded-goods sense ("سفينة
  محملة بالقمح") accuses nobody;
- a refusal of an agreement between two others ("ترفض الاتفاق بين X وY"): the pair did not
  refuse each other;
- a passive "تم <verbal noun> ... من قبل Y" whose patient is only a nisba ("ناقلة نفط
  بريطانية", "سفينة تجارية إسرائيلية"): Y acts on the nisba's state;
- "ستعمل مع Y" (will work with) is COOPERATE of the subject with Y.
Each family has a guard that nearby true output is kept."""

from __future__ import annotations

import datetime

from kg.extractors import extract
from kg.models import Article


def _rels(text: str) -> set[tuple[str, str, str]]:
    x = extract(Article(id="t", lang="ar", published=datetime.date(2024, 5, 2), text=text))
    label = {e.id: e.label for e in x.entities}
    return {(label[r.subject], r.type.value, label[r.object]) for r in x.relations}


# -- holding responsible with a participle ------------------------------------------------


def test_participle_holding_a_state_responsible_is_accuse() -> None:
    ar = "وأدان الاتحاد الأوروبي التجربة الصاروخية، محملاً كوريا الشمالية المسؤولية عن التوتر."
    assert ("European Union", "ACCUSE", "North Korea") in _rels(ar)


def test_feminine_participle_with_indefinite_responsibility_is_accuse() -> None:
    ar = "وأصدرت وزارة الخارجية القطرية بياناً، محمّلة إسرائيل مسؤولية تدهور الأوضاع في غزة."
    assert ("Qatari Ministry of Foreign Affairs", "ACCUSE", "Israel") in _rels(ar)


def test_goods_loaded_on_a_ship_accuse_nobody() -> None:
    ar = "ورست في ميناء طرطوس سفينة محملة بالنفط الإيراني."
    assert not any(t == "ACCUSE" for _, t, _ in _rels(ar))


def test_verb_holding_responsible_is_kept() -> None:
    ar = "وحمّلت الحكومة الباكستانية الهند المسؤولية عن الهجوم."
    assert ("Pakistan", "ACCUSE", "India") in _rels(ar)


# -- refusing the agreement of two others -------------------------------------------------


def test_refused_agreement_between_two_states_is_no_rejection_between_them() -> None:
    ar = "وقال المتحدث باسم الخارجية الصينية إن حكومته ترفض الاتفاق النووي بين أستراليا وبريطانيا."
    rels = _rels(ar)
    assert ("Australia", "REJECT", "United Kingdom") not in rels
    assert ("United Kingdom", "REJECT", "Australia") not in rels


def test_own_refusal_of_a_grant_is_still_a_rejection() -> None:
    ar = "ورفضت المجر منح تأشيرة دخول لوزير الخارجية الأوكراني."
    assert any(t == "REJECT" and s == "Hungary" for s, t, _ in _rels(ar))


# -- passive with a nisba patient ---------------------------------------------------------


def test_passive_seizure_of_a_tanker_named_by_nisba() -> None:
    ar = "وتم احتجاز ناقلة نفط بنمية من قبل إيران في مضيق هرمز."
    assert ("Iran", "COERCE", "Panama") in _rels(ar)


def test_passive_targeting_of_a_ship_named_by_nisba() -> None:
    ar = "وتم استهداف سفينة شحن أمريكية من قبل الحوثيين قبالة سواحل اليمن."
    assert ("Houthis", "ASSAULT", "United States") in _rels(ar)


def test_passive_with_a_named_patient_is_kept() -> None:
    ar = "وتم طرد دبلوماسيين روس من قبل الحكومة التشيكية."
    assert ("Czechia", "SANCTION", "Russia") in _rels(ar)


# -- will work with -----------------------------------------------------------------------


def test_will_work_with_a_state_is_cooperation() -> None:
    ar = "وقال الرئيس الفلبيني فرديناند ماركوس إن مانيلا ستعمل مع طوكيو على حماية الممرات البحرية."
    assert ("Philippines", "COOPERATE", "Japan") in _rels(ar)


def test_working_with_a_ministry_names_no_state_pair() -> None:
    ar = "وكان المستشار يعمل مع وزارة المالية منذ سنوات."
    assert not any(t == "COOPERATE" for _, t, _ in _rels(ar))


# -- a ship named by the flag it flies -----------------------------------------------------


def test_seized_tanker_flying_a_named_flag() -> None:
    ar = "وصادرت قوات البحرية الإيرانية سفينة حاويات ترفع علم مالطا قرب مضيق هرمز."
    rels = _rels(ar)
    assert any(t == "COERCE" and o == "Malta" for _, t, o in rels)
    assert not any(t == "CONCEDE" for _, t, _ in rels)


def test_attacked_ship_flying_a_flag_named_by_nisba() -> None:
    ar = "وقال الحوثيون إنهم هاجموا ناقلة ترفع العلم اليوناني في خليج عدن."
    assert any(t == "ASSAULT" and o == "Greece" for _, t, o in _rels(ar))


def test_lifting_sanctions_is_still_a_concession() -> None:
    ar = "وقررت الحكومة الأمريكية رفع العقوبات المفروضة على كوبا."
    assert ("United States", "CONCEDE", "Cuba") in _rels(ar)


# -- a refused request names who asked ----------------------------------------------------


def test_refused_request_owned_by_a_nisba_is_a_request_of_that_state() -> None:
    ar = "ورفضت الحكومة النرويجية طلباً صينياً بتسليم معارض مقيم في أوسلو."
    rels = _rels(ar)
    assert ("China", "REQUEST", "Norway") in rels
    assert ("Norway", "REJECT", "China") in rels


def test_refused_request_of_a_named_state() -> None:
    ar = "ورفض الاتحاد الأوروبي طلب بيلاروسيا رفع القيود عن صادرات البوتاس."
    assert ("Belarus", "REQUEST", "European Union") in _rels(ar)


def test_refused_accusation_asks_nothing() -> None:
    ar = "ورفضت الجزائر اتهامات مغربية بدعم جماعات مسلحة."
    assert not any(t == "REQUEST" for _, t, _ in _rels(ar))


# -- representatives of two sides as the subject -------------------------------------------


def test_representatives_of_two_states_sign_with_each_other() -> None:
    ar = (
        "واستضافت تركيا المحادثات في أنطاليا.\n\n"
        "ووقع ممثلو صربيا وكوسوفو في بروكسل على خريطة طريق لتطبيع العلاقات."
    )
    rels = _rels(ar)
    assert ("Serbia", "AGREE", "Kosovo") in rels or ("Kosovo", "AGREE", "Serbia") in rels
    assert not any(s == "Türkiye" and t == "AGREE" for s, t, _ in rels)


def test_ministers_of_two_states_still_sign() -> None:
    ar = "ووقع وزيرا خارجية البحرين وإسرائيل في المنامة على اتفاقية تعاون اقتصادي."
    rels = _rels(ar)
    assert ("Bahrain", "AGREE", "Israel") in rels or ("Israel", "AGREE", "Bahrain") in rels


# -- a pact not renewed -------------------------------------------------------------------


def test_pact_not_extended_is_a_rejection_of_the_partner() -> None:
    ar = "وأعلنت بوركينا فاسو عدم تجديد اتفاقية التعاون العسكري مع فرنسا."
    rels = _rels(ar)
    assert ("Burkina Faso", "REJECT", "France") in rels
    assert ("Burkina Faso", "AGREE", "France") not in rels


def test_pact_extended_is_still_an_agreement() -> None:
    ar = "ووقعت تركيا والعراق على تمديد اتفاق نقل النفط لمدة خمس سنوات."
    rels = _rels(ar)
    assert ("Türkiye", "AGREE", "Iraq") in rels or ("Iraq", "AGREE", "Türkiye") in rels


# -- a fronted call or meeting with a partner, the subject after the comma -----------------


def test_fronted_phone_call_with_a_partner_is_the_main_subjects() -> None:
    ar = (
        "وفي اتصال هاتفي مع رئيس الوزراء البريطاني كير ستارمر، أكد الرئيس الأوكراني "
        "فولوديمير زيلينسكي حاجة بلاده إلى مزيد من الدفاعات الجوية."
    )
    assert any(
        {s, o} == {"Volodymyr Zelenskyy", "Keir Starmer"} and t == "CONSULT"
        for s, t, o in _rels(ar)
    )


def test_fronted_press_conference_meets_nobody() -> None:
    ar = "وفي مؤتمر صحفي في برلين، أكد المستشار الألماني فريدريش ميرتس دعم بلاده لأوكرانيا."
    assert not any(t == "CONSULT" for _, t, _ in _rels(ar))


# -- a refused harmful act names its victims, not what is refused ---------------------------


def test_refusing_the_deportation_of_a_people_rejects_no_state() -> None:
    ar = "وجدد الرئيس اللبناني جوزاف عون رفض بلاده ترحيل السوريين قسراً إلى بلادهم."
    assert not any(t == "REJECT" and o == "Syria" for _, t, o in _rels(ar))


def test_refused_shelling_by_a_named_author_is_an_accusation() -> None:
    ar = "ورفضت الحكومة اللبنانية القصف الإسرائيلي للقرى الحدودية."
    assert ("Lebanon", "ACCUSE", "Israel") in _rels(ar)


# -- "وهو ما <verb>ه X": X acts on the author of the act just told ---------------------------


def test_what_the_victim_described_as_piracy_accuses_the_seizer() -> None:
    ar = "واحتجزت فرنسا سفينة شحن روسية في بحر المانش، وهو ما وصفته موسكو بالقرصنة."
    rels = _rels(ar)
    assert ("Russia", "ACCUSE", "France") in rels
    assert ("France", "ACCUSE", "Russia") not in rels


def test_what_a_state_rejected_is_the_authors_act() -> None:
    ar = "وفرضت كندا عقوبات على مسؤولين صينيين، وهو ما رفضته بكين بشدة."
    rels = _rels(ar)
    assert ("China", "REJECT", "Canada") in rels
    assert ("Canada", "REJECT", "China") not in rels


def test_direct_description_is_kept() -> None:
    ar = "وطردت بولندا دبلوماسيين روسيين. ووصفت موسكو الخطوة بأنها عدائية."
    assert ("Russia", "ACCUSE", "Poland") in _rels(ar)


def test_refused_request_to_act_on_a_third_state_rejects_the_asker() -> None:
    ar = "ورفضت السلطات الهندية الأسبوع الماضي طلباً أمريكياً بالإفراج عن سفينة شحن كندية."
    rels = _rels(ar)
    assert ("India", "REJECT", "United States") in rels
    assert ("United States", "REQUEST", "India") in rels
    assert ("India", "REJECT", "Canada") not in rels
