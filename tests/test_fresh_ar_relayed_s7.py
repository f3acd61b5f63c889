"""Session-7 Arabic relayed and nested attribution (issue #3), found by reading the output
on fresh wire copy (SANA, KUNA, WAM, Petra, Anadolu, IRNA styles).

* "X، على لسان <title> Y، ..." : the body or state speaks through the named person Y;
* "وبحسب بيان لمكتبه، أكد X" : someone's statement, not the one quoted just before;
* "وجاء في البيان، الذي وقعه X، أن" : the signer speaks;
* "أفادت الوزارة بأن الوزير X بحث ...، وشدد على" : the masculine verb is the minister's,
  relayed by the ministry (its feminine verb cannot go on);
* "قال الوزير إن مصر تطالب ...، مشيراً إلى" : after a nested statement the participle goes
  on with the outer speaker whose gender it has;
* "ونقلت الوكالة عن سموه قوله إن" : the dignitary named before speaks.
"""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction


def run(text: str, day: date = date(2024, 3, 12)) -> Extraction:
    return extract(Article(id="t", lang="ar", published=day, text=text))


def said(x: Extraction) -> list[tuple[str, str, str | None]]:
    labels = {e.id: e.label for e in x.entities}
    return [(labels[q.speaker], q.text, labels[q.via] if q.via else None) for q in x.quotes]


def speaker_of(x: Extraction, words: str) -> str | None:
    """The speaker of the statement whose content holds ``words``."""
    return next((s for s, text, _ in said(x) if words in text), None)


# -- "على لسان": the person the body speaks through ---------------------------------------


def test_union_on_the_tongue_of_its_envoy_is_the_envoy() -> None:
    x = run(
        "طالب الاتحاد الأوروبي، على لسان ممثله الأعلى للشؤون الخارجية جوزيب بوريل، "
        "بوقف التصعيد في البحر الأحمر."
    )
    assert speaker_of(x, "بوقف التصعيد") == "Josep Borrell"
    assert all(s != "European Union" for s, _, _ in said(x))


def test_state_on_the_tongue_of_its_spokeswoman_is_the_spokeswoman() -> None:
    x = run(
        "أكدت روسيا، على لسان المتحدثة باسم وزارة خارجيتها ماريا زاخاروفا، أن موسكو لن "
        "تقبل بالعقوبات الجديدة."
    )
    assert speaker_of(x, "لن تقبل بالعقوبات") == "Maria Zakharova"


def test_on_the_tongue_of_an_unnamed_minister_keeps_the_government() -> None:
    x = run("أعلنت الحكومة الإثيوبية، على لسان وزير الإعلام، أن السد سيكتمل هذا العام.")
    assert speaker_of(x, "السد سيكتمل") == "Ethiopia"


def test_on_the_tongue_of_a_name_we_lack_gives_the_body_nothing() -> None:
    x = run(
        "وأعربت الأمم المتحدة، على لسان منسق الشؤون الإنسانية مارتن غريفيث، عن قلقها من "
        "نقص الوقود في المستشفيات."
    )
    assert not any(s == "United Nations" for s, _, _ in said(x))


def test_on_the_tongue_of_an_unnamed_official_keeps_the_government() -> None:
    x = run("نفت الحكومة السودانية، على لسان مسؤول رفيع، أن الجيش قصف المدنيين.")
    assert speaker_of(x, "الجيش قصف") == "Sudan"


# -- "بحسب بيان لمكتبه": someone's own statement ------------------------------------------


def test_according_to_a_statement_of_his_office_is_not_the_previous_speaker() -> None:
    x = run(
        "قال المتحدث باسم الحكومة العراقية باسم العوادي إن بغداد تتابع الوضع في سوريا.\n"
        "وبحسب بيان لمكتبه، دعا رئيس الوزراء العراقي محمد شياع السوداني إلى ضبط النفس "
        "في المنطقة."
    )
    got = said(x)
    assert not any("لمكتبه" in text for _, text, _ in got)
    assert ("Mohammed Shia al-Sudani", "إلى ضبط النفس في المنطقة", None) in got


def test_according_to_the_statement_still_goes_to_its_issuer() -> None:
    x = run(
        "قالت وزارة الخارجية القطرية في بيان إن الدوحة تدين الهجوم على السفارة. ووفقاً "
        "للبيان، فإن قطر تحمل السلطات المسؤولية الكاملة عن حماية البعثات."
    )
    assert speaker_of(x, "المسؤولية الكاملة") == "Qatari Ministry of Foreign Affairs"


# -- "وجاء في البيان، الذي وقعه X": the signer ---------------------------------------------


def test_statement_signed_by_a_minister_is_his() -> None:
    x = run(
        "أعربت المملكة العربية السعودية عن رفضها للتصريحات الإسرائيلية. وجاء في البيان، "
        "الذي وقعه وزير الخارجية السعودي الأمير فيصل بن فرحان، أن المملكة ترفض أي تهجير "
        "للفلسطينيين."
    )
    got = said(x)
    assert ("Faisal bin Farhan", "المملكة ترفض أي تهجير للفلسطينيين", None) in got
    assert not any("الذي وقعه" in text for _, text, _ in got)


def test_unsigned_statement_still_goes_to_its_issuer() -> None:
    x = run(
        "قالت وزارة الخارجية المصرية إن القاهرة تدين الهجوم. وجاء في البيان أن مصر "
        "تطالب بتحقيق دولي."
    )
    assert speaker_of(x, "مصر تطالب") == "Egyptian Ministry of Foreign Affairs"


# -- a masculine verb after a body's report on its minister --------------------------------


def test_masculine_verb_after_ministry_report_is_the_ministers() -> None:
    x = run(
        "ذكرت وزارة الخارجية التركية أن الوزير هاكان فيدان التقى نظيره الإيراني في "
        "أنقرة، وأكد أن تركيا تعارض أي تصعيد في المنطقة."
    )
    assert (
        "Hakan Fidan",
        "تركيا تعارض أي تصعيد في المنطقة",
        "Turkish Ministry of Foreign Affairs",
    ) in said(x)
    assert speaker_of(x, "التقى نظيره") == "Turkish Ministry of Foreign Affairs"


def test_verbs_that_agree_with_the_body_keep_the_body() -> None:
    x = run(
        "قال الكرملين إن الرئيس فلاديمير بوتين بحث مع الرئيس الصيني شي جين بينغ العلاقات "
        "الثنائية، ودعا إلى تعزيز التعاون الاقتصادي.\n"
        "أعلنت الحكومة الأردنية أن الملك عبدالله الثاني سيزور برلين الأسبوع المقبل، "
        "وأكدت أن الزيارة ستتناول الوضع في غزة."
    )
    assert speaker_of(x, "تعزيز التعاون الاقتصادي") == "Moscow Kremlin"
    assert speaker_of(x, "الزيارة ستتناول") == "Jordan"


# -- a participle after a nested statement --------------------------------------------------


def test_participle_after_nested_state_goes_on_with_the_minister() -> None:
    x = run(
        "وقال وزير الخارجية المصري سامح شكري إن مصر تطالب المجتمع الدولي بالتحرك لوقف "
        "الحرب، مشيراً إلى أن القاهرة تتابع التطورات عن كثب.\n"
        'وتابع أن "الحل السياسي هو الطريق الوحيد".'
    )
    assert speaker_of(x, "تتابع التطورات") == "Sameh Shoukry"
    assert speaker_of(x, "الحل السياسي") == "Sameh Shoukry"
    assert speaker_of(x, "المجتمع الدولي بالتحرك") in ("Sameh Shoukry", "Egypt")


def test_feminine_participle_after_nested_minister_goes_on_with_the_ministry() -> None:
    x = run(
        "قالت وزارة الخارجية المصرية إن الوزير سامح شكري أكد خلال اتصال مع نظيره الأمريكي "
        "أنتوني بلينكن رفض مصر للتهجير، مشيرة إلى أن القاهرة ستواصل جهودها للتهدئة."
    )
    assert speaker_of(x, "ستواصل جهودها") == "Egyptian Ministry of Foreign Affairs"
    assert any(s == "Sameh Shoukry" and t.startswith("رفض مصر للتهجير") for s, t, _ in said(x))


# -- "عن سموه قوله": the dignitary ------------------------------------------------------------


def test_agency_quoting_his_highness_is_the_dignitary() -> None:
    x = run(
        "بحث سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية مع نظيره الفرنسي العلاقات "
        "الثنائية. ونقلت وكالة أنباء الإمارات (وام) عن سموه قوله إن الشراكة مع فرنسا "
        "استراتيجية."
    )
    assert (
        "Abdullah bin Zayed Al Nahyan",
        "الشراكة مع فرنسا استراتيجية",
        "Emirates News Agency",
    ) in said(x)


def test_agency_quoting_a_named_minister_is_unchanged() -> None:
    x = run(
        "ونقلت وكالة الأنباء الكويتية (كونا) عن وزير الخارجية عبدالله اليحيا قوله إن "
        "الكويت تدعم الجهود المصرية."
    )
    assert speaker_of(x, "الكويت تدعم الجهود") == "عبدالله اليحيا"


# -- "رئاسة الجمهورية" / "الرئاسة" without a state: the dateline's presidency -------------


def test_presidency_without_its_state_is_the_datelines() -> None:
    x = run(
        "تونس (وات) -\nأعلنت رئاسة الجمهورية في بيان أن الرئيس قيس سعيد استقبل وزير "
        "الخارجية الإيطالي. وأوضحت الرئاسة أن اللقاء تناول ملف الهجرة غير النظامية."
    )
    assert speaker_of(x, "استقبل وزير الخارجية") == "Tunisian Presidency"
    assert speaker_of(x, "ملف الهجرة") == "Tunisian Presidency"
    presidency = next(e for e in x.entities if e.label == "Tunisian Presidency")
    assert {e.id: e.label for e in x.entities}[presidency.state or ""] == "Tunisia"


def test_presidency_as_an_office_held_or_a_rotating_chair_is_no_body() -> None:
    x = run(
        "الجزائر (واج) -\nتولت الجزائر الرئاسة الدورية لمجلس الأمن الدولي. وتسلم الرئيس "
        "عبد المجيد تبون رئاسة الجمهورية عام 2019."
    )
    assert not any("Presidency" in e.label for e in x.entities)


def test_presidency_without_a_dateline_stays_unlinked() -> None:
    x = run("أعلنت الرئاسة أن الرئيس سيلقي كلمة مساء اليوم.")
    assert not any("Presidency" in e.label for e in x.entities)


def test_statement_issued_by_the_royal_court_is_the_datelines_court() -> None:
    x = run(
        "الرياض (واس) -\nأوضح بيان صادر عن الديوان الملكي أن خادم الحرمين الشريفين الملك "
        "سلمان بن عبدالعزيز استقبل رئيس الوزراء الباكستاني في جدة."
    )
    assert speaker_of(x, "استقبل رئيس الوزراء") == "Saudi Royal Court"


def test_court_named_with_its_state_stays_one_body() -> None:
    x = run(
        "الرياض (واس) -\nأعلن الديوان الملكي السعودي أن الملك سيجري فحوصات طبية. وأوضح "
        "بيان للديوان الملكي أن الفحوصات روتينية."
    )
    courts = [e for e in x.entities if "Royal Court" in e.label]
    assert [e.label for e in courts] == ["Saudi Royal Court"]
    assert speaker_of(x, "الفحوصات روتينية") == "Saudi Royal Court"


# -- a relay from someone we did not link ----------------------------------------------------


def test_relay_from_an_unnamed_source_gives_the_agency_nothing() -> None:
    x = run(
        "ونقلت وكالة الأنباء القطرية (قنا) عن مصدر مطلع قوله إن المفاوضات مستمرة، "
        "مضيفاً أن الدوحة متفائلة بالتوصل إلى اتفاق."
    )
    assert not any(s == "Qatar News Agency" for s, _, _ in said(x))


# -- a bare "الوزارة" after a minister named by his title ------------------------------------


def test_bare_ministry_after_its_minister_is_his_ministry() -> None:
    x = run(
        "مسقط (العمانية) -\nصرح وزير الخارجية العماني بأن السلطنة تبذل جهوداً لتثبيت "
        "الهدنة في اليمن.\nوقالت الوزارة في بيان إن مسقط استضافت وفداً يمنياً لبحث تمديد "
        "الهدنة."
    )
    assert speaker_of(x, "مسقط استضافت") == "Omani Ministry of Foreign Affairs"


def test_bare_ministry_after_a_president_stays_unlinked() -> None:
    x = run(
        "قال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم الحل السياسي. وأكدت الوزارة أن "
        "الاتصالات مستمرة."
    )
    assert speaker_of(x, "الاتصالات مستمرة") is None


# -- a unit of a body; "the statement" after a body relayed its head -------------------------


def test_unit_of_a_body_speaks_for_the_body() -> None:
    x = run("قالت إدارة الإعلام في وزارة الخارجية القطرية إن الدوحة تواصل وساطتها بين الطرفين.")
    assert speaker_of(x, "الدوحة تواصل") == "Qatari Ministry of Foreign Affairs"


def test_the_statement_after_a_relayed_head_is_the_bodys() -> None:
    x = run(
        "أنقرة (الأناضول) -\nذكرت الرئاسة التركية في بيان أن الرئيس رجب طيب أردوغان "
        "استقبل رئيس الوزراء السويدي في أنقرة، وأكد دعم بلاده لتوسيع حلف الناتو.\n"
        "وأضاف البيان أن الجانبين بحثا مكافحة الإرهاب."
    )
    assert speaker_of(x, "دعم بلاده لتوسيع") == "Recep Tayyip Erdoğan"
    assert speaker_of(x, "مكافحة الإرهاب") == "Turkish Presidency"


def test_the_statement_after_an_agency_quote_stays_with_the_speaker() -> None:
    x = run(
        "ونقلت وكالة الأنباء الأردنية (بترا) عن وزير الخارجية أيمن الصفدي قوله إن الأردن "
        "يرفض التهجير. وأضاف البيان أن عمّان ستواصل اتصالاتها."
    )
    assert speaker_of(x, "ستواصل اتصالاتها") == "Ayman Safadi"
