"""S12-QAR: classes of Arabic statements (speakers first, precision kept).

- an occasion noun's adjective after the verb ("وأضاف في تصريحات صحفية أن"، "الذي أكد في
  تصريح صحفي أن") goes with the occasion: "صحفي" is not an unnamed journalist speaking,
  so the verb keeps the speaker it continues (pro-drop) or the relative pronoun's antecedent;
- "للصحفيين" (ل + ال) after the verb is whom the speaker told, never a name we did not
  link ("وقال للصحفيين إن"، "الذي قال للصحفيين إن");
- "بحسب ما نقلته وكالة X عن مسؤول Y، فإن": the source after "عن" speaks, the outlet
  relays (via), and the content starts after the comma and "فإن";
- "نقلت الوكالة عن X تأكيده حرص ..."، "تشديده على ...": a possessed verbal noun of a cue
  after the relay carries a nominal object too (X's stated stance, via the outlet);
- "وبحسب البيان الختامي، أعرب الجانب X عن": a document that only frames a clause with a
  speech verb of its own gives no statement to the last speaker;
- a family name with the article ("وتابع الأنصاري أن") refers back to the person named in
  full before, like a bare one ("وتعهد عون"); titles and documents ("وتابع المتحدث"،
  "وأضاف البيان") are no family names.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted

_DAY = datetime.date(2024, 5, 10)


def _said(text: str) -> dict[str, tuple[str, str | None]]:
    """Statement text -> (speaker label, via label)."""
    x = extracted(text, "ar", _DAY)
    labels = {e.id: e.label for e in x.entities}
    return {q.text: (labels[q.speaker], labels[q.via] if q.via else None) for q in x.quotes}


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (  # pro-drop continuation with an occasion and its adjective
            "قال وزير الخارجية الفرنسي جان نويل بارو إن باريس تدعم لبنان. وأضاف في تصريحات "
            "صحفية أن فرنسا ستشارك في مؤتمر دعم الجيش اللبناني.",
            "فرنسا ستشارك في مؤتمر دعم الجيش اللبناني",
            "Jean-Noël Barrot",
        ),
        (  # a relative clause with the occasion and its adjective
            "وشارك في الاجتماع وزير الخارجية التركي هاكان فيدان، الذي أكد في تصريح صحفي أن "
            "أنقرة تدعم وحدة الأراضي السورية.",
            "أنقرة تدعم وحدة الأراضي السورية",
            "Hakan Fidan",
        ),
        (  # a joint statement's adjective
            "التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبدالله الثاني في "
            "القاهرة. وأكد في بيان مشترك أن البلدين يرفضان تهجير الفلسطينيين.",
            "البلدين يرفضان تهجير الفلسطينيين",
            "Abdel Fattah el-Sisi",
        ),
    ],
)
def test_occasion_adjective_is_no_unnamed_speaker(text: str, said: str, speaker: str) -> None:
    assert _said(text)[said][0] == speaker


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (  # relative clause, then whom he told
            "وترأس الوفد الإيراني وزير الخارجية الإيراني عباس عراقجي، الذي قال للصحفيين إن "
            "الأجواء كانت إيجابية.",
            "الأجواء كانت إيجابية",
            "Abbas Araghchi",
        ),
        (  # pro-drop continuation, then whom he told
            "قال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم وحدة سوريا. "
            "وقال للصحفيين في ختام الاجتماع إن الرياض ستعيد فتح سفارتها في دمشق.",
            "الرياض ستعيد فتح سفارتها في دمشق",
            "Faisal bin Farhan",
        ),
    ],
)
def test_lil_definite_after_the_verb_is_the_addressee(text: str, said: str, speaker: str) -> None:
    assert _said(text)[said][0] == speaker


def test_according_to_what_an_outlet_relayed_from_a_source() -> None:
    got = _said(
        "وبحسب ما نقلته وكالة رويترز عن مسؤول إيراني كبير، فإن طهران مستعدة لاستئناف "
        "المفاوضات النووية مع واشنطن."
    )
    assert got == {
        "طهران مستعدة لاستئناف المفاوضات النووية مع واشنطن": ("مسؤول إيراني كبير", "Reuters")
    }


def test_according_to_what_an_outlet_relayed_from_a_named_minister() -> None:
    got = _said(
        "ووفق ما أوردته وكالة الأناضول نقلاً عن وزير الخارجية التركي هاكان فيدان، فإن أنقرة "
        "ستستضيف جولة جديدة من المحادثات."
    )
    assert got == {"أنقرة ستستضيف جولة جديدة من المحادثات": ("Hakan Fidan", "Anadolu Agency")}


def test_according_to_an_outlet_alone_stays_the_outlets() -> None:
    got = _said("وبحسب ما أوردته وكالة رويترز، فإن طهران مستعدة لاستئناف المفاوضات.")
    assert got == {"طهران مستعدة لاستئناف المفاوضات": ("Reuters", None)}


@pytest.mark.parametrize(
    ("text", "said", "speaker", "via"),
    [
        (
            "ونقلت وكالة الأنباء العمانية عن السلطان هيثم بن طارق تأكيده حرص السلطنة على دعم "
            "الحوار بين الأطراف اليمنية.",
            "حرص السلطنة على دعم الحوار بين الأطراف اليمنية",
            "Haitham bin Tariq",
            "Oman News Agency",
        ),
        (
            "ونقلت وكالة الأنباء السعودية عن وزير الخارجية السعودي الأمير فيصل بن فرحان تشديده "
            "على ضرورة وقف التصعيد في المنطقة.",
            "على ضرورة وقف التصعيد في المنطقة",
            "Faisal bin Farhan",
            "Saudi Press Agency",
        ),
        (  # (the complementiser still opens the content)
            "ونقلت وكالة الأنباء العمانية عن السلطان هيثم بن طارق تأكيده أن السلطنة تدعم "
            "الحوار بين الأطراف اليمنية.",
            "السلطنة تدعم الحوار بين الأطراف اليمنية",
            "Haitham bin Tariq",
            "Oman News Agency",
        ),
    ],
)
def test_relayed_verbal_noun_with_an_object(text: str, said: str, speaker: str, via: str) -> None:
    assert _said(text)[said] == (speaker, via)


def test_relayed_saying_needs_its_complementiser() -> None:
    # "قوله" is no stance: without إن nothing is said
    got = _said("ونقلت وكالة الأنباء العمانية عن السلطان هيثم بن طارق قوله خلال اللقاء.")
    assert got == {}


def test_framing_document_before_a_speech_verb_of_its_own() -> None:
    got = _said(
        "ونقلت وكالة الأنباء السعودية عن ولي العهد الأمير محمد بن سلمان تأكيده حرص المملكة "
        "على دعم اليمن. وبحسب البيان الختامي للقمة، أعرب الجانب اليمني عن تقديره للدعم."
    )
    # the Saudi statement is the crown prince's; "أعرب الجانب اليمني" is Yemen speaking
    # (a state's side after a masculine speech verb), never the document or the prince
    assert {speaker for speaker, _ in got.values()} <= {"Mohammed bin Salman", "Yemen"}
    assert not any("الختامي" in said for said in got)


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "وقال المتحدث باسم الخارجية القطرية ماجد الأنصاري إن الدوحة تواصل جهودها. وتستضيف "
            "قطر منذ أشهر جولات من المحادثات غير المباشرة. وتابع الأنصاري أن الوسطاء يعملون "
            "على سد الفجوات.",
            "الوسطاء يعملون على سد الفجوات",
            "Majed al-Ansari",
        ),
    ],
)
def test_family_name_with_the_article_refers_back(text: str, said: str, speaker: str) -> None:
    assert _said(text)[said][0] == speaker


def test_bare_title_with_the_article_is_no_family_name() -> None:
    got = _said(
        "وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو منفتحة على الحوار. وكان الرئيس "
        "الأوكراني فولوديمير زيلينسكي قال أمس إن كييف لن تتنازل عن أراضيها. وأضاف المتحدث "
        "أن الاتصالات مع واشنطن مستمرة."
    )
    assert got["الاتصالات مع واشنطن مستمرة"][0] == "Dmitry Peskov"


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (  # the style opens a long title before the name
            "استقبل معالي وزير الخارجية البحريني الدكتور عبداللطيف بن راشد الزياني سفير "
            "المملكة المتحدة. وأكد معاليه حرص مملكة البحرين على تعزيز العلاقات الثنائية.",
            "حرص مملكة البحرين على تعزيز العلاقات الثنائية",
            "عبداللطيف بن راشد الزياني",
        ),
        (  # no style written: the host, subject of the sentence before, not its object
            "استقبل وزير الخارجية البحريني عبداللطيف الزياني سفير المملكة المتحدة. وأكد "
            "معاليه حرص مملكة البحرين على تعزيز العلاقات الثنائية.",
            "حرص مملكة البحرين على تعزيز العلاقات الثنائية",
            "عبداللطيف الزياني",
        ),
        (  # the guest is the one styled
            "استقبل وزير الخارجية الأمريكي ماركو روبيو صاحب السمو الشيخ عبدالله بن زايد آل "
            "نهيان وزير الخارجية. وأكد سموه حرص الإمارات على تعزيز الشراكة.",
            "حرص الإمارات على تعزيز الشراكة",
            "Abdullah bin Zayed Al Nahyan",
        ),
    ],
)
def test_honorific_pronoun_takes_up_the_person_so_styled(
    text: str, said: str, speaker: str
) -> None:
    assert _said(text)[said][0] == speaker


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "ورحبت فرنسا بالاتفاق، وقال وزير خارجيتها جان نويل بارو إن الاتفاق خطوة مهمة.",
            "الاتفاق خطوة مهمة",
            "Jean-Noël Barrot",
        ),
        (
            "ورحبت الولايات المتحدة بالاتفاق، وقال مسؤول أمريكي إن واشنطن ستراقب التنفيذ.",
            "واشنطن ستراقب التنفيذ",
            "مسؤول أمريكي",
        ),
        (  # no title after the second verb: the first speaker goes on
            "وأدان الرئيس المصري عبد الفتاح السيسي الهجوم على القوات الدولية في لبنان، وأكد أن "
            "مصر تقف مع لبنان.",
            "مصر تقف مع لبنان",
            "Abdel Fattah el-Sisi",
        ),
    ],
)
def test_second_verb_with_a_titled_subject_of_its_own(text: str, said: str, speaker: str) -> None:
    assert _said(text)[said][0] == speaker


def test_second_verb_with_an_unlinked_titled_subject_is_not_the_first_speakers() -> None:
    got = _said(
        "ورحب الاتحاد الأوروبي بالاتفاق، وقالت مسؤولة الشؤون الخارجية في الاتحاد لورا "
        "فيرنانديز إن الاتفاق خطوة مهمة."
    )
    assert "الاتفاق خطوة مهمة" not in got or got["الاتفاق خطوة مهمة"][0] != "European Union"


def test_the_same_source_is_no_person_the_statement_reported() -> None:
    x = extracted(
        "عمان - 3 مارس 2024 (بترا)\n"
        "أعلن بلاغ للديوان الملكي الهاشمي، اليوم الأحد، أن العاهل الأردني الملك عبدالله "
        "الثاني تلقى اتصالاً هاتفياً من الرئيس الأمريكي جو بايدن، أكد خلاله الرئيس الأمريكي "
        "التزام واشنطن بدعم الأردن.\n"
        "وأوضح البلاغ أن الرئيس الأمريكي أبلغ الملك بأن الولايات المتحدة ستزيد مساعداتها "
        "الاقتصادية للمملكة.\n"
        "وأضاف المصدر ذاته أن الملك عبدالله الثاني شدد على ضرورة وقف الحرب على غزة.",
        "ar",
        _DAY,
    )
    labels = {e.id: e.label for e in x.entities}
    said = [(labels[q.speaker], q.cue) for q in x.quotes]
    assert ("Joe Biden", "وأضاف") not in said  # Biden's words were reported, he is no source
    assert ("Abdullah II of Jordan", "شدد") in said


def test_honorific_pronoun_in_an_agency_story_with_a_headline_line() -> None:
    # the lead after the headline names the agency's own crown prince first: "سموه" is his,
    # not the styled guest named after him
    got = _said(
        "ولي العهد يستقبل أمير قطر في الرياض\n"
        "الرياض 12 مارس 2024 (واس) - استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن "
        "عبدالعزيز ولي العهد رئيس مجلس الوزراء في قصر اليمامة اليوم صاحب السمو الشيخ تميم بن "
        "حمد آل ثاني أمير دولة قطر.\n"
        "وجرى خلال الاستقبال استعراض العلاقات الأخوية بين البلدين.\n"
        "وأكد سموه حرص المملكة على تعزيز التنسيق مع دولة قطر في مختلف المجالات."
    )
    assert got["حرص المملكة على تعزيز التنسيق مع دولة قطر في مختلف المجالات"][0] == (
        "Mohammed bin Salman"
    )


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (  # "إلى" + a region inside the envoy's title, then his name
            "وقال المبعوث الأمريكي الخاص إلى الشرق الأوسط ستيف ويتكوف إن المحادثات كانت بناءة.",
            "المحادثات كانت بناءة",
            "Steve Witkoff",
        ),
        (  # (not "إلى جانب": the counterpart next to him does not speak)
            "وقال الرئيس الأمريكي دونالد ترامب إلى جانب نظيره الفرنسي إيمانويل ماكرون إن الحرب "
            "يجب أن تنتهي.",
            "الحرب يجب أن تنتهي",
            "Donald Trump",
        ),
    ],
)
def test_envoy_title_to_a_region_then_the_name(text: str, said: str, speaker: str) -> None:
    x = extracted(text, "ar", datetime.date(2025, 5, 1))
    labels = {e.id: e.label for e in x.entities}
    assert {q.text: labels[q.speaker] for q in x.quotes}[said] == speaker


def test_described_statements_are_the_object_not_a_statement() -> None:
    got = _said(
        "قال وزير الخارجية الأردني أيمن الصفدي إن عمان ترفض التهجير. ووصف الصفدي التصريحات "
        "الإسرائيلية بأنها «استفزازية»."
    )
    assert all(speaker == "Ayman Safadi" for speaker, _ in got.values())


@pytest.mark.parametrize(
    ("text", "said", "first"),
    [
        (
            "ورحبت الأمم المتحدة بالاتفاق، وقال فرحان حق إن الأمين العام يدعو إلى تنفيذه.",
            "الأمين العام يدعو إلى تنفيذه",
            "United Nations",
        ),
        (  # a family name with the article last before the complementiser
            "وقالت الخارجية الروسية إن موسكو تدين الهجوم. وقال عبد الله الرفاعي إن الأردن "
            "يتابع الوضع.",
            "الأردن يتابع الوضع",
            "Ministry of Foreign Affairs of Russia",
        ),
        (  # a compound given name with the article ("نور الدين")
            "ورحب الاتحاد الأفريقي بالاتفاق، وقال نور الدين مزني إن الاتحاد مستعد لدعم تنفيذه.",
            "الاتحاد مستعد لدعم تنفيذه",
            "African Union",
        ),
    ],
)
def test_second_verb_with_an_unlinked_name_is_not_the_first_speakers(
    text: str, said: str, first: str
) -> None:
    got = _said(text)
    assert said not in got or got[said][0] != first
