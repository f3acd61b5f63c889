"""Session-5 coverage audit of the Arabic relation coder, type by type and form by form.

Every sentence is written for this test in wire-news style about events of its own. The
table proves that the lexicon (kg/extractors/lexicons/ar_relations.tsv) and the coder handle
each common news verb or noun in the perfect, the imperfect (with س, لن, لم), the
participle and the verbal noun (masdar), with proclitics (و، ف، ب، ل), with the subject
after the verb (VSO) or before it (SVO, "كان X قد"), and with the patient as a direct
object or after a preposition; and the constructions fixed in session 5:

* a diplomatic rupture told as withdrawing one's diplomats, recalling one's ambassador
  "للتشاور", a request or deadline to the other's envoy to leave, an expulsion of one
  unnamed envoy, a travel ban (SANCTION of the envoy's state; no REQUEST, THREATEN or
  CONSULT with the envoy);
* "وكان في استقبال <guest> لدى وصوله ... <host>" (the host meets the guest);
* an attack told as "نفذ <X> غارة استهدفت <place>" and a struck place standing for its
  state; attacks repelled ("تصدت الدفاعات الروسية لهجمات أوكرانية") are the nisba state's;
* a definite event noun recalled by what it caused ("تداعيات الهجوم") is no new act;
* "أجرى سموه مساء أمس اتصالا هاتفيا مع ..." (honorific and time in the phrase's gap);
* the future of an auxiliary before a verbal noun (ستواصل، ستجري) is intended, "وإذا"
  makes a clause hypothetical.

A second table lists precision guards: relations that must not be coded.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.models import Article, Extraction

Triple = tuple[str, str, str]
_SYMMETRIC = ("CONSULT", "COOPERATE", "AGREE")


def run(text: str) -> Extraction:
    return extract(Article(id="s5", lang="ar", text=text, published=date(2025, 6, 12)))


def coded(x: Extraction) -> dict[Triple, str]:
    """Every relation as (subject label, type, object label) -> modality."""
    out: dict[Triple, str] = {}
    for r in x.relations:
        s, o = x.entity(r.subject).label, x.entity(r.object).label
        out[(s, r.type.value, o)] = r.modality.value
        if r.type.value in _SYMMETRIC:
            out[(o, r.type.value, s)] = r.modality.value
    return out


# (sentence, expected triple, expected modality or None for any)
CASES: list[tuple[str, Triple, str | None]] = [
    # ---- CONSULT: perfect VSO, future, negated, prep object, nouns, phone calls
    (
        "التقى الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإثيوبي في القاهرة.",
        ("Abdel Fattah el-Sisi", "CONSULT", "رئيس الوزراء الإثيوبي"),
        None,
    ),
    (
        "وسيلتقي الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين الأسبوع المقبل.",
        ("Recep Tayyip Erdoğan", "CONSULT", "Vladimir Putin"),
        "intended",
    ),
    (
        "ولن يلتقي الرئيس الأمريكي دونالد ترامب الرئيس الصيني شي جين بينغ خلال القمة.",
        ("Donald Trump", "CONSULT", "Xi Jinping"),
        "negated",
    ),
    (
        "ولم يلتق الرئيس الصيني شي جين بينغ رئيس الوزراء الياباني.",
        ("Xi Jinping", "CONSULT", "Shigeru Ishiba"),
        "negated",
    ),
    (
        "واتصل الرئيس الفرنسي إيمانويل ماكرون بالرئيس الأوكراني فولوديمير زيلينسكي.",
        ("Emmanuel Macron", "CONSULT", "Volodymyr Zelenskyy"),
        "asserted",
    ),
    (
        "وأجرى وزير الخارجية السعودي فيصل بن فرحان اتصالا هاتفيا مع نظيره الإيراني عباس عراقجي.",
        ("Faisal bin Farhan", "CONSULT", "Abbas Araghchi"),
        None,
    ),
    (
        "وتلقى العاهل الأردني الملك عبد الله الثاني اتصالا هاتفيا من الرئيس الفرنسي "
        "إيمانويل ماكرون.",
        ("Abdullah II of Jordan", "CONSULT", "Emmanuel Macron"),
        None,
    ),
    (
        "وزار وزير الخارجية التركي هاكان فيدان العاصمة اليونانية أثينا.",
        ("Hakan Fidan", "CONSULT", "Greece"),
        None,
    ),
    (
        "وبحثت مصر وإثيوبيا ملف سد النهضة في جولة مباحثات جديدة.",
        ("Egypt", "CONSULT", "Ethiopia"),
        None,
    ),
    ("وعقدت الهند وباكستان محادثات في إسلام آباد.", ("India", "CONSULT", "Pakistan"), None),
    (
        "وستجري اليونان وتركيا محادثات في أثينا الشهر المقبل.",
        ("Greece", "CONSULT", "Türkiye"),
        "intended",
    ),
    (
        "والتقت رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس التونسي قيس سعيد في تونس.",
        ("Giorgia Meloni", "CONSULT", "Kais Saied"),
        None,
    ),
    # the reception idiom: the host is named after the guest and the arrival adjunct
    (
        "وكان في استقبال الرئيس الفرنسي لدى وصوله إلى مطار القاهرة الرئيس المصري "
        "عبد الفتاح السيسي.",
        ("Abdel Fattah el-Sisi", "CONSULT", "Emmanuel Macron"),
        None,
    ),
    (
        "وصل ولي العهد السعودي الأمير محمد بن سلمان إلى أنقرة. وكان في استقباله لدى وصوله "
        "الرئيس التركي رجب طيب أردوغان.",
        ("Recep Tayyip Erdoğan", "CONSULT", "Mohammed bin Salman"),
        None,
    ),
    (
        "وصل صاحب السمو الشيخ محمد بن زايد آل نهيان إلى عمان. وكان في استقبال سموه لدى "
        "وصوله إلى المطار العاهل الأردني الملك عبد الله الثاني.",
        ("Abdullah II of Jordan", "CONSULT", "Mohamed bin Zayed Al Nahyan"),
        None,
    ),
    # a meeting noun with its pronoun ("لقائه" with ئ) inside the clause or fronted
    (
        "وأكد الرئيس الفرنسي إيمانويل ماكرون خلال لقائه الرئيس اللبناني جوزاف عون دعم بلاده.",
        ("Emmanuel Macron", "CONSULT", "Joseph Aoun"),
        None,
    ),
    (
        "وخلال لقائه الرئيس اللبناني جوزاف عون، أكد الرئيس الفرنسي إيمانويل ماكرون دعم بلاده.",
        ("Emmanuel Macron", "CONSULT", "Joseph Aoun"),
        None,
    ),
    (
        "وعقب لقائه بالرئيس التركي رجب طيب أردوغان، قال الرئيس الأمريكي دونالد ترامب إن "
        "العلاقات ممتازة.",
        ("Donald Trump", "CONSULT", "Recep Tayyip Erdoğan"),
        None,
    ),
    (
        "وخلال اتصاله مع الرئيس الأوكراني فولوديمير زيلينسكي، أعرب المستشار الألماني "
        "فريدريش ميرتس عن دعم بلاده لكييف.",
        ("Friedrich Merz", "CONSULT", "Volodymyr Zelenskyy"),
        None,
    ),
    # the guest as the verb's pronoun suffix: the man just named
    (
        "ووصل الرئيس الصيني شي جين بينغ إلى القاهرة حيث استقبله الرئيس المصري عبد الفتاح السيسي.",
        ("Abdel Fattah el-Sisi", "CONSULT", "Xi Jinping"),
        None,
    ),
    (
        "وزار وزير الخارجية الأمريكي ماركو روبيو بيروت، والتقاه الرئيس اللبناني جوزاف عون.",
        ("Joseph Aoun", "CONSULT", "Marco Rubio"),
        None,
    ),
    (
        "ووصل وزير الخارجية السوري إلى بكين. وكان في استقباله لدى وصوله عدد من المسؤولين الصينيين.",
        ("Asaad al-Shaibani", "CONSULT", "China"),
        None,
    ),
    (
        "ووصل الرئيس الفرنسي إيمانويل ماكرون وزوجته إلى نيودلهي في زيارة رسمية، وكان في "
        "استقبالهما عدد من المسؤولين الهنود.",
        ("Emmanuel Macron", "CONSULT", "India"),
        None,
    ),
    # an honorific subject and a time phrase inside "أجرى ... اتصالا"
    (
        "وصل صاحب السمو الشيخ محمد بن زايد آل نهيان إلى الرباط. وأجرى سموه مساء أمس "
        "اتصالاً هاتفياً مع ملك البحرين.",
        ("Mohamed bin Zayed Al Nahyan", "CONSULT", "Hamad bin Isa Al Khalifa"),
        None,
    ),
    (
        "وأجرى وزير الخارجية المصري بدر عبد العاطي اليوم مباحثات مع نظيره الروسي سيرغي لافروف.",
        ("Badr Abdelatty", "CONSULT", "Sergey Lavrov"),
        None,
    ),
    # "كان X قد <verb>": the subject before قد
    (
        "وكان الرئيس التونسي قيس سعيد قد استقبل الرئيس الجزائري عبد المجيد تبون في قصر قرطاج.",
        ("Kais Saied", "CONSULT", "Abdelmadjid Tebboune"),
        None,
    ),
    # ---- SUPPORT: masdar with pronoun, imperfect, participle, future auxiliary
    ("وأعربت مصر عن دعمها للسودان في مواجهة الأزمة.", ("Egypt", "SUPPORT", "Sudan"), None),
    ("وتدعم تركيا أذربيجان في نزاعها مع أرمينيا.", ("Türkiye", "SUPPORT", "Azerbaijan"), None),
    ("وأكدت الجزائر دعمها الكامل لتونس.", ("Algeria", "SUPPORT", "Tunisia"), None),
    ("وجددت السعودية وقوفها إلى جانب البحرين.", ("Saudi Arabia", "SUPPORT", "Bahrain"), None),
    ("وثمنت قطر جهود الكويت في الوساطة.", ("Qatar", "SUPPORT", "Kuwait"), None),
    ("وأعلنت الصين دعمها لباكستان.", ("China", "SUPPORT", "Pakistan"), None),
    ("واليابان تدعم الفلبين في نزاعها البحري.", ("Japan", "SUPPORT", "Philippines"), None),
    ("وستواصل اليابان دعم الفلبين.", ("Japan", "SUPPORT", "Philippines"), "intended"),
    ("وستظل مصر داعمة للسودان.", ("Egypt", "SUPPORT", "Sudan"), "intended"),
    ("وسيدعم الاتحاد الأوروبي مولدوفا.", ("European Union", "SUPPORT", "Moldova"), "intended"),
    # ---- AID
    ("وقدمت السعودية مساعدات إنسانية إلى السودان.", ("Saudi Arabia", "AID", "Sudan"), None),
    ("وأرسلت تركيا مساعدات إلى سوريا.", ("Türkiye", "AID", "Syria"), None),
    ("وستقدم ألمانيا مساعدات عسكرية لأوكرانيا.", ("Germany", "AID", "Ukraine"), "intended"),
    ("وزودت الولايات المتحدة تايوان بأسلحة متطورة.", ("United States", "AID", "Taiwan"), None),
    (
        "وأعلنت السعودية تقديم مساعدات عاجلة للسودان.",
        ("Saudi Arabia", "AID", "Sudan"),
        None,
    ),
    # ---- ACCUSE
    ("ودانت الأردن الهجوم الإسرائيلي على سوريا.", ("Jordan", "ACCUSE", "Israel"), None),
    ("واتهمت باكستان الهند بدعم الإرهاب.", ("Pakistan", "ACCUSE", "India"), None),
    ("وتتهم أثينا أنقرة بانتهاك مجالها الجوي.", ("Greece", "ACCUSE", "Türkiye"), None),
    ("وانتقدت الصين الولايات المتحدة بشدة.", ("China", "ACCUSE", "United States"), None),
    ("ونددت الكويت بالاعتداء الإيراني على ناقلة النفط.", ("Kuwait", "ACCUSE", "Iran"), None),
    (
        "وحملت الخرطوم قوات الدعم السريع مسؤولية الهجوم.",
        ("Sudan", "ACCUSE", "Rapid Support Forces"),
        None,
    ),
    (
        "وجاء ذلك عقب إدانة مصر للهجوم الإسرائيلي على لبنان.",
        ("Egypt", "ACCUSE", "Israel"),
        None,
    ),
    (
        "وكانت الهند قد اتهمت باكستان بالوقوف وراء الهجوم.",
        ("India", "ACCUSE", "Pakistan"),
        "asserted",
    ),
    (
        "وقال وزير الخارجية الإيراني عباس عراقجي إن بلاده مستعدة للتعاون مع السعودية، "
        "متهما إسرائيل بتقويض الاستقرار.",
        ("Abbas Araghchi", "ACCUSE", "Israel"),
        None,
    ),
    # ---- REQUEST
    ("ودعت السعودية إيران إلى احترام سيادة جيرانها.", ("Saudi Arabia", "REQUEST", "Iran"), None),
    ("وطالبت مصر إثيوبيا بوقف ملء السد.", ("Egypt", "REQUEST", "Ethiopia"), None),
    (
        "وطالبت الجزائر فرنسا بالاعتراف بجرائم الاستعمار.",
        ("Algeria", "REQUEST", "France"),
        None,
    ),
    (
        "وحثت اليابان كوريا الشمالية على وقف تجاربها الصاروخية.",
        ("Japan", "REQUEST", "North Korea"),
        None,
    ),
    # ---- REJECT
    ("ورفضت الجزائر الاتهامات المغربية.", ("Algeria", "REJECT", "Morocco"), None),
    (
        "ورفض الرئيس الأوكراني فولوديمير زيلينسكي المقترح الروسي.",
        ("Volodymyr Zelenskyy", "REJECT", "Russia"),
        None,
    ),
    ("وكانت إثيوبيا قد رفضت المقترح المصري.", ("Ethiopia", "REJECT", "Egypt"), None),
    ("ورفضت إسبانيا الطلب المغربي.", ("Spain", "REJECT", "Morocco"), None),
    # ---- THREATEN
    ("وهددت كوريا الشمالية اليابان بالرد.", ("North Korea", "THREATEN", "Japan"), None),
    (
        "وقالت قطر إنها تحتفظ بحق الرد على الاعتداء الإسرائيلي.",
        ("Qatar", "THREATEN", "Israel"),
        "asserted",
    ),
    (
        "وشنت إسرائيل غارات على الدوحة. وأكدت قطر أنها تحتفظ بحق الرد على هذه الهجمات.",
        ("Qatar", "THREATEN", "Israel"),
        None,
    ),
    (
        "وشن الجيش الإسرائيلي غارات على دمشق. وأكدت سوريا أنها تحتفظ بحق الرد على هذا العدوان.",
        ("Syria", "THREATEN", "Israel"),
        None,
    ),
    (
        "ووجهت كوريا الشمالية تحذيرا شديد اللهجة إلى سيول.",
        ("North Korea", "THREATEN", "South Korea"),
        None,
    ),
    ("وتوعدت إيران إسرائيل برد قاس.", ("Iran", "THREATEN", "Israel"), None),
    (
        "ولوحت الولايات المتحدة بفرض عقوبات على فنزويلا.",
        ("United States", "THREATEN", "Venezuela"),
        None,
    ),
    ("وحذرت الصين الفلبين من عواقب أي استفزاز.", ("China", "THREATEN", "Philippines"), None),
    # ---- SANCTION: sanctions, severing, and the diplomatic-rupture family
    (
        "وفرض الاتحاد الأوروبي عقوبات جديدة على روسيا.",
        ("European Union", "SANCTION", "Russia"),
        None,
    ),
    (
        "وستفرض الولايات المتحدة عقوبات على إيران.",
        ("United States", "SANCTION", "Iran"),
        "intended",
    ),
    ("وقطعت كولومبيا علاقاتها الدبلوماسية مع إسرائيل.", ("Colombia", "SANCTION", "Israel"), None),
    ("وعلقت النيجر تعاونها العسكري مع فرنسا.", ("Niger", "SANCTION", "France"), None),
    ("وسحبت النيجر دبلوماسييها من فرنسا.", ("Niger", "SANCTION", "France"), None),
    (
        "وقررت البحرين سحب دبلوماسييها من العراق ومنع سفر مواطنيها إليه.",
        ("Bahrain", "SANCTION", "Iraq"),
        None,
    ),
    ("ومنعت البحرين سفر مواطنيها إلى العراق.", ("Bahrain", "SANCTION", "Iraq"), None),
    ("واستدعت مصر سفيرها في تركيا للتشاور.", ("Egypt", "SANCTION", "Türkiye"), None),
    ("ويستدعي العراق سفيره لدى تركيا.", ("Iraq", "SANCTION", "Türkiye"), None),
    ("وطردت مالي السفير الفرنسي.", ("Mali", "SANCTION", "France"), None),
    ("وطردت هولندا القائم بالأعمال الإيراني.", ("Netherlands", "SANCTION", "Iran"), None),
    (
        "وطلبت مالي من السفير الجزائري مغادرة أراضيها خلال 72 ساعة.",
        ("Mali", "SANCTION", "Algeria"),
        None,
    ),
    (
        "وطالبت الجزائر السفير المغربي بمغادرة أراضيها.",
        ("Algeria", "SANCTION", "Morocco"),
        None,
    ),
    (
        "وأمهلت الجزائر السفير الفرنسي 48 ساعة لمغادرة البلاد.",
        ("Algeria", "SANCTION", "France"),
        None,
    ),
    (
        "وهي الخطوة التي اتخذتها جمهورية مالي التي طلبت من السفير الجزائري لديها مغادرة أراضيها.",
        ("Mali", "SANCTION", "Algeria"),
        None,
    ),
    ("وخفضت هولندا تمثيلها الدبلوماسي مع إيران.", ("Netherlands", "SANCTION", "Iran"), None),
    # leaving, suspending or cancelling a pact with a party is no agreement with it
    (
        "وأعلنت مالي انسحابها من اتفاق السلام مع الجزائر.",
        ("Mali", "SANCTION", "Algeria"),
        None,
    ),
    (
        "وأعلنت موسكو تعليق مشاركتها في الاتفاق مع واشنطن.",
        ("Russia", "SANCTION", "United States"),
        None,
    ),
    ("وألغت النيجر الاتفاقية العسكرية مع فرنسا.", ("Niger", "SANCTION", "France"), None),
    # foreign troops told to leave: a request to withdraw, not an expulsion
    (
        "وكانت النيجر قد طالبت القوات الفرنسية بمغادرة أراضيها.",
        ("Niger", "REQUEST", "France"),
        None,
    ),
    ("وطالبت تشاد القوات الفرنسية بمغادرة أراضيها.", ("Chad", "REQUEST", "France"), None),
    # ---- AGREE: accepting a mediation agrees with the mediator
    (
        "ووافقت الكونغو الديمقراطية على وساطة قطر.",
        ("Democratic Republic of the Congo", "AGREE", "Qatar"),
        None,
    ),
    ("وقبلت إثيوبيا وساطة تركيا مع الصومال.", ("Ethiopia", "AGREE", "Türkiye"), None),
    # ---- an agency relays a ministry's statement: the ministry acts
    (
        "وأوضح بيان لوزارة الخارجية الكويتية، نقلته وكالة الأنباء الكويتية، أن القرار نهائي، "
        "وما وصفه بتدخل إيران في شؤون المنطقة.",
        ("Kuwaiti Ministry of Foreign Affairs", "ACCUSE", "Iran"),
        None,
    ),
    # ---- ASSAULT: verbs, nouns, a struck place for its state, unmarked relative, repelled
    ("وشنت إسرائيل غارات على لبنان.", ("Israel", "ASSAULT", "Lebanon"), None),
    ("وقصفت إسرائيل مواقع في جنوب لبنان.", ("Israel", "ASSAULT", "Lebanon"), None),
    ("وشنت روسيا هجوما بالصواريخ على كييف.", ("Russia", "ASSAULT", "Ukraine"), None),
    ("وقصفت روسيا كييف بالصواريخ.", ("Russia", "ASSAULT", "Ukraine"), None),
    ("واستهدفت إسرائيل مطار حلب الدولي.", ("Israel", "ASSAULT", "Syria"), None),
    ("وشن الطيران الإسرائيلي غارات على مطار حلب.", ("Israel", "ASSAULT", "Syria"), None),
    (
        "ونفذ الجيش الإسرائيلي غارة جوية استهدفت مطار دمشق الدولي.",
        ("Israeli Armed Forces", "ASSAULT", "Syria"),
        None,
    ),
    (
        "وأفاد مصدر عسكري بأن العدو الإسرائيلي نفذ عدواناً جوياً استهدف مطار دمشق الدولي فجر اليوم.",
        ("Israel", "ASSAULT", "Syria"),
        None,
    ),
    (
        "وتصدت الدفاعات الجوية السورية لهجمات بطائرات مسيرة إسرائيلية على دمشق.",
        ("Israel", "ASSAULT", "Syria"),
        None,
    ),
    (
        "وأعلنت وزارة الدفاع أن الدفاعات الجوية الروسية تصدت ليلا لهجمات بطائرات مسيرة أوكرانية "
        "على مدينة بيلغورود.",
        ("Ukraine", "ASSAULT", "Russia"),
        None,
    ),
    ("وإذا هاجمت إسرائيل إيران فسترد طهران بقوة.", ("Israel", "ASSAULT", "Iran"), "hypothetical"),
    # modality: "وقد" before an imperfect is "may"; "نفت X أن تكون (قد) V" denies X's act
    (
        "وقد تفرض الولايات المتحدة عقوبات على الهند.",
        ("United States", "SANCTION", "India"),
        "hypothetical",
    ),
    (
        "وقد فرضت الولايات المتحدة عقوبات على الهند.",
        ("United States", "SANCTION", "India"),
        "asserted",
    ),
    (
        "وأعلن الرئيس الأمريكي دونالد ترامب أنه سيأمر برفع العقوبات المفروضة على كوبا.",
        ("Donald Trump", "CONCEDE", "Cuba"),
        "intended",
    ),
    (
        "ونفت إيران أن تكون قد زودت روسيا بصواريخ باليستية.",
        ("Iran", "AID", "Russia"),
        "negated",
    ),
    (
        "ونفت كوريا الشمالية أن تكون زودت روسيا بالذخائر.",
        ("North Korea", "AID", "Russia"),
        "negated",
    ),
    # the attacked as the subject of "تعرض"; the attack (or the weapon) with its nisba as
    # the verb's subject
    ("وتعرضت كييف لهجوم روسي بالصواريخ.", ("Russia", "ASSAULT", "Ukraine"), None),
    ("وتتعرض أوكرانيا لهجمات روسية مكثفة.", ("Russia", "ASSAULT", "Ukraine"), None),
    ("واستهدفت غارات جوية روسية مدينة إدلب.", ("Russia", "ASSAULT", "Syria"), None),
    (
        "وقصفت المدفعية التركية مواقع لقوات سوريا الديمقراطية.",
        ("Türkiye", "ASSAULT", "Syrian Democratic Forces"),
        None,
    ),
    ("وهاجمت المسيرات الأوكرانية مصفاة نفط روسية.", ("Ukraine", "ASSAULT", "Russia"), None),
    # ---- COERCE / AGREE / COOPERATE / RETREAT / CONCEDE / MOBILIZE / PRESENCE
    ("واحتجزت إيران ناقلة نفط يونانية.", ("Iran", "COERCE", "Greece"), None),
    (
        "ووقعت السعودية وباكستان اتفاقية دفاع مشترك.",
        ("Saudi Arabia", "AGREE", "Pakistan"),
        None,
    ),
    ("واتفقت مصر والسودان على تنسيق المواقف.", ("Egypt", "AGREE", "Sudan"), None),
    ("وتتعاون الأردن والعراق في مجال الطاقة.", ("Jordan", "COOPERATE", "Iraq"), None),
    ("وسحبت الولايات المتحدة قواتها من النيجر.", ("United States", "RETREAT", "Niger"), None),
    ("ورفعت الولايات المتحدة العقوبات عن سوريا.", ("United States", "CONCEDE", "Syria"), None),
    (
        "وقدم الرئيس التركي رجب طيب أردوغان اعتذاره للرئيس الروسي فلاديمير بوتين.",
        ("Recep Tayyip Erdoğan", "CONCEDE", "Vladimir Putin"),
        None,
    ),
    # an apology voiced during a call goes to the other party of the call
    (
        "وأجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين، "
        "قدم خلاله اعتذاره عن إسقاط الطائرة الروسية.",
        ("Recep Tayyip Erdoğan", "CONCEDE", "Vladimir Putin"),
        None,
    ),
    ("وحشدت روسيا قواتها على الحدود مع أوكرانيا.", ("Russia", "MOBILIZE", "Ukraine"), None),
    ("وأرسلت روسيا تعزيزات عسكرية إلى الحدود مع فنلندا.", ("Russia", "MOBILIZE", "Finland"), None),
    ("وتجري الصين مناورات عسكرية واسعة حول تايوان.", ("China", "MOBILIZE", "Taiwan"), None),
    # drills with a partner are cooperation with it
    (
        "وأجرت كوريا الجنوبية مناورات مع الولايات المتحدة.",
        ("South Korea", "COOPERATE", "United States"),
        None,
    ),
    ("وحشدت إثيوبيا قوات على الحدود مع إريتريا.", ("Ethiopia", "MOBILIZE", "Eritrea"), None),
    ("وتنشر الولايات المتحدة قوات في العراق.", ("United States", "PRESENCE", "Iraq"), None),
    (
        "وتحتفظ الولايات المتحدة بقواعد عسكرية في قطر.",
        ("United States", "PRESENCE", "Qatar"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "triple", "modality"), CASES, ids=[c[1][1] for c in CASES])
def test_arabic_news_phrasing_is_coded(text: str, triple: Triple, modality: str | None) -> None:
    got = coded(run(text))
    assert triple in got, got
    if modality is not None:
        assert got[triple] == modality, got


# (sentence, a triple that must not be coded): precision guards
GUARDS: list[tuple[str, Triple]] = [
    # a request or deadline to leave is an expulsion, not a request to the envoy
    (
        "وطلبت مالي من السفير الجزائري مغادرة أراضيها خلال 72 ساعة.",
        ("Mali", "REQUEST", "السفير الجزائري"),
    ),
    (
        "وأمهلت الجزائر السفير الفرنسي 48 ساعة لمغادرة البلاد.",
        ("Algeria", "THREATEN", "السفير الفرنسي"),
    ),
    (
        "وطالبت الجزائر السفير المغربي بمغادرة أراضيها.",
        ("السفير المغربي", "REQUEST", "Algeria"),
    ),
    # withdrawing diplomats is no troop withdrawal; recalling one's envoy "للتشاور" no talks
    ("وسحبت النيجر دبلوماسييها من فرنسا.", ("Niger", "RETREAT", "France")),
    (
        "إذ أعلنت الجزائر استدعاء سفيرها لدى الرباط للتشاور وإمهال السفير المغربي لديها "
        "72 ساعة لمغادرة أراضيها.",
        ("Algeria", "CONSULT", "السفير المغربي"),
    ),
    # the guest of a reception is not meeting the host's state
    (
        "وكان في استقبال الرئيس الفرنسي لدى وصوله إلى مطار القاهرة الرئيس المصري "
        "عبد الفتاح السيسي.",
        ("Emmanuel Macron", "CONSULT", "Egypt"),
    ),
    # talks about an attack already told: the talking sides do not attack each other
    (
        "والتقى وزير الخارجية المصري نظيره الأردني في عمان. وبحث الجانبان تداعيات الهجوم "
        "على الملاحة في البحر الأحمر.",
        ("Badr Abdelatty", "ASSAULT", "Ayman Safadi"),
    ),
    (
        "والتقى وزير الخارجية المصري نظيره الأردني في عمان. وبحث الجانبان تداعيات الهجوم "
        "على الملاحة في البحر الأحمر.",
        ("Egypt", "ASSAULT", "Jordan"),
    ),
    # the side that repels attacks does not attack the attacker
    (
        "وتصدت الدفاعات الجوية السورية لهجمات بطائرات مسيرة إسرائيلية على دمشق.",
        ("Syrian Air Defence", "ASSAULT", "Israel"),
    ),
    # a man "storming" a region (a provocative visit) does not attack its state
    (
        "وأدانت قطر اقتحام رئيس الوزراء الإسرائيلي بنيامين نتنياهو الضفة الغربية برفقة وزرائه.",
        ("Benjamin Netanyahu", "ASSAULT", "Palestine"),
    ),
    # the agency that relays a statement is not its author
    (
        "وأوضح بيان لوزارة الخارجية الكويتية، نقلته وكالة الأنباء الكويتية، أن القرار نهائي، "
        "وما وصفه بتدخل إيران في شؤون المنطقة.",
        ("Kuwait News Agency", "ACCUSE", "Iran"),
    ),
    # a condemnation voiced during a call is of the attacker, not of the other party
    (
        "وتلقى وزير الخارجية المصري بدر عبد العاطي اتصالا هاتفيا من نظيره الأردني أيمن الصفدي، "
        "أعرب خلاله عن إدانة بلاده للهجوم.",
        ("Ayman Safadi", "ACCUSE", "Badr Abdelatty"),
    ),
    ("وطالبت تشاد القوات الفرنسية بمغادرة أراضيها.", ("Chad", "SANCTION", "France")),
    (
        "وأجرت كوريا الجنوبية مناورات مع الولايات المتحدة.",
        ("South Korea", "MOBILIZE", "United States"),
    ),
    # quitting a pact is no agreement; a withdrawal in another clause does not make one
    ("وأعلنت مالي انسحابها من اتفاق السلام مع الجزائر.", ("Mali", "AGREE", "Algeria")),
    (
        "وبعد انسحاب القوات، وقعت أرمينيا وأذربيجان اتفاق سلام.",
        ("Azerbaijan", "SANCTION", "Armenia"),
    ),
    (
        "وبعد انسحاب القوات، وقعت أرمينيا وأذربيجان اتفاق سلام.",
        ("Armenia", "SANCTION", "Azerbaijan"),
    ),
    # "وبحث الجانبان" after a meeting: the two who met, not the states of a later act
    (
        "واستقبل الرئيس المصري عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون في القاهرة. "
        "وأكد السيسي دعم مصر للشعب الفلسطيني. وبحث الجانبان العلاقات الثنائية.",
        ("Egypt", "CONSULT", "Palestine"),
    ),
    # a place where people were killed, with no attacker named, is no relation
    ("وقتل ثلاثة أشخاص في هجوم في حلب.", ("Syria", "ASSAULT", "Syria")),
]


@pytest.mark.parametrize(("text", "triple"), GUARDS, ids=[g[1][1] for g in GUARDS])
def test_arabic_precision_guard(text: str, triple: Triple) -> None:
    assert triple not in coded(run(text))


def test_coordinated_that_clause_is_not_a_condition() -> None:
    """ "وإن" after a speech verb is "and that", not "if": the act stays asserted."""
    got = coded(run("وقال المتحدث إن الجيش انسحب من المدينة وإن روسيا قصفت كييف ليلا."))
    assert got.get(("Russia", "ASSAULT", "Ukraine")) == "asserted", got


def test_a_noun_after_that_starting_like_a_future_verb_is_not_one() -> None:
    """ "أن سيادة مصر ...": سيادة (sovereignty) is no "will" before the support noun."""
    got = coded(run("وقال الوزير إن سيادة مصر على أراضيها تحظى بدعم السعودية وستبقى كذلك."))
    assert all(m != "intended" for (s, t, o), m in got.items() if t == "SUPPORT"), got


def test_present_tense_event_verb_before_talks_is_not_intended() -> None:
    """Only a future event verb (ستجري، سيعقد) makes the talks after it intended."""
    got = coded(run("وتعقد مصر وقطر محادثات في القاهرة."))
    assert got.get(("Egypt", "CONSULT", "Qatar")) == "asserted", got
