"""Government bodies and offices that speak for a state or a person.

The gazetteer knows states, leaders and a list of organisations, but news
attributes much of what it reports to ministries and offices named by a state
adjective or a person: "وزارة الخارجية وشؤون المغتربين الأردنية", "الخارجية
الجزائرية", "the Egyptian Foreign Ministry", "Sudan's defence ministry",
"مكتب الرئيس التركي رجب طيب أردوغان", "Netanyahu's office".  This module makes
an Organization of each (its state is the state named, or the person's state),
links later short references ("الخارجية", "الوزارة", "the ministry") to the
latest one, and replaces the linked mentions it covers.  The body words are
data: ``lexicons/bodies.tsv``.

Two more kinds of actor come from words next to a linked state or body
(``lexicons/unnamed.tsv``):

* **unnamed officials** -- "a senior Philippine official", "Israeli officials",
  "an official at the Iranian foreign ministry", "مسؤول إسرائيلي رفيع",
  "مسؤول في وزارة الخارجية الإماراتية": a Person (key ``Unnamed:<actor>:<head>``)
  whose state is the state named, so that what they say and do is attributed
  to someone of that state rather than to the state itself;
* **the government** -- a bare "the government"/"the authorities"/"الحكومة"/
  "السلطات" with no state next to it is the government of the article's *home
  state*: the state of the dateline city ("KHARTOUM --", "موسكو -") or of the
  dateline's time zone ("16:29 JST", ``lexicons/timezones.tsv``).  Without a
  dateline it stays unlinked.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate

from kg.extractors.doc import AR_STATEMENT_NOUNS, Doc, Ment
from kg.extractors.lexicon import expand_ar, read_tsv, word_set, words_of
from kg.extractors.text import fold
from kg.gazetteer import Entry, Gazetteer
from kg.gazetteer.tables import load_tables
from kg.models import EntityType
from kg.text import normalize

__all__ = ["find_bodies", "home_state", "lead_end"]

_COLLECTIVE_OPENERS = frozenset("the several some many hundreds thousands dozens of angry".split())
"""Lower-case words before a capitalised adjective of a collective speaker ("the Tamil
fishermen", "thousands of Armenian protesters")."""
_AR_SOURCE_THAT = frozenset(fold(w) for w in ("أن", "إن", "بأن"))
"""Complementisers after a bare unnamed source ("ذكر مصدر عسكري أن"): it is the speaker."""

_OFFICE_WORDS = frozenset({fold("مكتب"), fold("ديوان")})
"""Arabic words before a person that name the person's office ("مكتب الرئيس X"); English
"office" before a person is another office's spokesperson ("foreign office spokesman X")."""
_MINISTRY_AR = fold("وزارة")
_PLACE_OPENERS = tuple(fold(w) + " " for w in ("وفي", "في"))
"""Arabic words that open a round-up paragraph on another place ("وفي أثينا، ...")."""
_AFFAIRS_AR = fold("الشؤون")
_BODY_NAME_STOPS = frozenset(
    fold(w) for w in "أن إن بأن أنه إنه عن في على إلى من الذي التي قد".split()
)
_BACKREF_AR = frozenset({fold("الوزارة")})
_MINISTER_WORDS_AR = frozenset(fold(w) for w in ("وزير", "وزيرة", "ووزير", "ووزيرة"))
"""A minister's noun before a body word: "وزير الخارجية" is a title, not the ministry again."""
_ISSUED_BY_AR = word_set("common.ar_issued_by")
""""بيان صادر عن X": X issued the statement."""
_OFFICE_BACKREF_AR = fold("الديوان")
"""A bare "الديوان" ("وأوضح بيان الديوان أن"): the royal or princely court named last."""
_OFFICE_WORDS_AR = frozenset({_OFFICE_BACKREF_AR, fold("ديوان")})
"""The words of an organisation's name that make it the court a bare "الديوان" means."""
_OFFICE_OF_EN = re.compile(r"\b[Oo]ffice of (?:the )?(?:[A-Z][\w.'’-]*\s+){0,4}$")
"""English "office of" right before a person, over a capitalised title ("the office of Ecuadorian
President X")."""
_EN_CITING = frozenset({"citing", "quoting"})
_CAPITAL_HEADS = word_set("bodies.capital_heads")
"""English heads that a capital after "in" gives a state ("officials in Kyiv")."""
_OUTLET_WORDS_EN = frozenset("newspaper paper daily broadcaster".split())
_OUTLET_WORDS_AR = frozenset(fold(w) for w in "الصحيفة الجريدة".split())
"""Not "the agency"/"الوكالة": in this news it is as often the IAEA or UNRWA."""
_OUTLET_FORMS_AR = _OUTLET_WORDS_AR | {c + w for c in "وف" for w in _OUTLET_WORDS_AR}


_GROUP_KINDS = {
    "armed_group": "nonstate",
    "movement": "nonstate",
    "party": "nonstate",
    "igo": "igo",
    "igo_organ": "igo",
    "intergovernmental_group": "igo",
}
"""Gazetteer subtypes by the kind of group noun that may refer back to them."""
_COURT_LABEL = re.compile(r"\b(?:Court|Tribunal)\b")
_BLOC_NOUNS_EN = frozenset({"bloc", "alliance", "union"})
_ORGAN_LABEL = re.compile(
    r"^United Nations\b|\b(?:Council|Court|Tribunal|Assembly|Agency|Secretariat|Fund|Bank)\b"
)
"""English: labels of the international organs and agencies that "the bloc", "the alliance"
and "the union" never name (S21-CODER-EN)."""
"""An international organisation that is a court: "the court" may refer back to it."""
_PERSON_T = EntityType.PERSON
_LEADER_FORCES_AR = word_set("bodies.leader_forces_ar")
_LEADER_FORCES_EN = word_set("bodies.leader_forces_en")
"""Words for a leader's fighters ("قوات حفتر", "Haftar's forces"): :meth:`_Builder.leader_forces`
(S14-LINK)."""
_FORCES_LOYAL_AR = word_set("bodies.forces_loyal_ar")
_FORCES_LOYAL_EN = word_set("bodies.forces_loyal_en")
"""Words between the force word and the leader ("القوات الموالية لحفتر", "forces loyal to X")."""


@lru_cache(maxsize=4096)
def _ar_definite_noun(word: str) -> bool:
    """True when the folded Arabic ``word`` carries the article, also behind the
    conjunctions و/ف and the prepositions ب/ل/ك ("الهجوم"، "للهجوم"، "بالهجوم"،
    "وبالهجوم"، "والقصف"): a definite noun that a group's adjective may follow (S11-R2)."""
    if word.startswith("ال"):
        return True
    rest = word[1:] if word[:1] in ("و", "ف") else word
    if rest.startswith("ال"):
        return True
    if rest.startswith("لل") and len(rest) > 3:
        return True
    return rest[:1] in ("ب", "ك", "ل") and rest[1:3] == "ال" and len(rest) > 4


@lru_cache(maxsize=1)
def homograph_nisbas() -> dict[str, str]:
    """Arabic nisbas (folded, both genders) of the states ``stoplist.tsv`` gives no nisba
    forms because they are homographs of common adjectives ("المالي"/"المالية": Malian or
    financial), mapped to the state's key (S11-R2)."""
    tables = load_tables()
    codes = {r["target"] for r in tables["stoplist"] if r["action"] == "no_nisba"}
    g = Gazetteer.load()
    out: dict[str, str] = {}
    for row in tables["states"]:
        key = g.by_code.get(row["code"]) if row["code"] in codes else None
        if key is None:
            continue
        for col in ("nisba_ar_m", "nisba_ar_f"):
            for form in row[col].split("|"):
                if form.strip():
                    out[fold(form.strip())] = key
    return out


@lru_cache(maxsize=1)
def _ar_group_adjectives() -> dict[str, str]:
    """Folded Arabic adjectives of gazetteer armed groups and movements ("الحوثي"،
    "الحوثية") -> the group's key, from its aliases "جماعة/حركة ال<X>ي" (read once, as
    :func:`homograph_nisbas`: do not modify)."""
    return _read_group_adjectives(Gazetteer.load())


@lru_cache(maxsize=1)
def _ar_group_adjective_words() -> frozenset[str]:
    """The words of :func:`_ar_group_adjectives` (for :meth:`Doc.positions`)."""
    return frozenset(_ar_group_adjectives())


def _read_group_adjectives(g: Gazetteer) -> dict[str, str]:
    heads = {fold("جماعة"), fold("حركة")}
    found: dict[str, set[str]] = {}
    for key, entry in g.entries.items():
        if _GROUP_KINDS.get(entry.subtype) != "nonstate" or entry.type != EntityType.ORGANIZATION:
            continue
        for alias in entry.aliases:
            words = fold(alias).split()
            if len(words) == 2 and words[0] in heads and words[1][:2] == "ال":
                if words[1].endswith("ي") and len(words[1]) > 4:
                    for form in (words[1], words[1] + "ه", words[1] + "ة"):
                        found.setdefault(form, set()).add(key)
    return {w: next(iter(keys)) for w, keys in found.items() if len(keys) == 1}


def _group_nouns(lang: str) -> dict[str, str]:
    """``lexicons/group_nouns.tsv``: word -> kind (nonstate, igo, court)."""
    return {w: k for w, k in words_of("group_nouns.tsv", lang, "kind").items() if k != "modifier"}


def _group_modifiers(lang: str) -> frozenset[str]:
    """``lexicons/group_nouns.tsv``, kind ``modifier``: words that may stand between
    "the" and a group noun ("the regional bloc", "the West African bloc")."""
    return frozenset(
        w for w, k in words_of("group_nouns.tsv", lang, "kind").items() if k == "modifier"
    )


_SIZE_WORDS = frozenset({"member", "nation", "country", "state", "strong"})
"""English: "the 27-member bloc", "the 15-nation bloc", "the 32-country alliance"."""


def _group_noun_start(doc: Doc, t: int, modifiers: frozenset[str]) -> int | None:
    """English: the token of "the" that opens the group noun at ``t``, over at most four
    modifier words and size compounds in between ("the 27-member bloc", "the regional
    bloc", "the 15-nation West African bloc"); None when no "the" opens it (S11-ENT)."""
    p = t - 1
    while p >= 0 and t - p <= 5:
        w = doc.word(p)
        if w == "the":
            return p
        if doc.mention_at_tok(p) is not None:
            return None
        if not (w.isdigit() or w in _SIZE_WORDS or w in modifiers):
            return None
        p -= 1
    return None


def _bodies(lang: str) -> dict[str, str]:
    return words_of("bodies.tsv", lang, "label_en")


@lru_cache(maxsize=1)
def _ar_say_verbs() -> frozenset[str]:
    """Folded perfect forms of the speech verbs of ``lexicons/ar_cues.tsv`` ("قال"، "أعلن")."""
    return frozenset(
        fold(r["form"][2:].split()[0])
        for r in read_tsv("ar_cues.tsv")
        if r["form"][:2] == "v:" and r["kind"] == "say"
    )


@lru_cache(maxsize=1)
def _bare_bodies_ar() -> frozenset[str]:
    """Arabic body words that name the body without وزارة ("الخارجية الجزائرية")."""
    return frozenset(
        fold(r["word"]) for r in read_tsv("bodies.tsv") if r["lang"] == "ar" and r["bare"] == "1"
    )


@lru_cache(maxsize=2)
def _unnamed_words(lang: str) -> dict[str, frozenset[str]]:
    fl = fold if lang == "ar" else str.lower
    out: dict[str, set[str]] = {}
    for r in read_tsv("unnamed.tsv"):
        if r["lang"] == lang:
            out.setdefault(r["kind"], set()).add(fl(r["word"]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _ar_subject_verbs() -> frozenset[str]:
    """Folded Arabic verb forms (both genders, past and present, with و/ف stripped by the
    caller) after which an organisation's name is the subject: the speech verbs of
    ``ar_cues.tsv`` and ``unnamed.tsv``'s orgcue and orgverb words (S15-BODIES)."""
    specs = [
        r["form"]
        for r in read_tsv("ar_cues.tsv")
        if r["kind"] == "say" and r["form"][:2] in ("v:", "i:")
    ]
    words = _unnamed_words("ar")
    specs += ["v:" + w for w in words.get("orgverb", frozenset())]
    out = {fold(w) for w in words.get("orgcue", frozenset())}
    for spec in specs:
        out.update(form for form, _ in expand_ar(spec))
    return frozenset(out)


_AR_SOURCE_WORDS = frozenset(fold(w) for w in "بحسب حسب وفق وفقا طبقا".split())
"""Arabic "according to" before a body's name ("بحسب المجلس ..."، "وفقا للجنة ...")."""
_AR_FROM = fold("عن")
_AR_HEADS = frozenset(fold(r["word"]) for r in read_tsv("heads.tsv") if r["lang"] == "ar")
"""Arabic heads that name a state's actor ("الحكومة"، "القيادة"): no adjective of a body."""
_AR_ADJ_ENDS = ("ي", "ة", "ا")
"""Endings of a folded definite Arabic word that continue a body's name as an adjective
("الأعلى" -> الاعلي، "الانتخابية"، "العليا")."""


@lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    """Last words of an institution's proper name (``lexicons/institutions.tsv``)."""
    return frozenset(r["word"].lower() for r in read_tsv("institutions.tsv") if r["lang"] == "en")


@lru_cache(maxsize=1)
def _capital_states() -> dict[str, str]:
    """Capital (Place key) -> its state's key (the gazetteer's ``capital_of``)."""
    return {place: state for state, place in Gazetteer.load().capital_of.items()}


def read_gazetteer_bodies() -> list[dict[str, str]]:
    """The rows of the gazetteer's ``bodies.tsv``."""
    return load_tables()["bodies"]


@lru_cache(maxsize=1)
def _home_offices_ar() -> dict[tuple[str, ...], str]:
    """Arabic names of a head of state's office that need no state to be one ("الرئاسة"،
    "رئاسة الجمهورية"، "الديوان الملكي"; gazetteer ``bodies.tsv``, dept ``presidency``):
    folded words -> English label."""
    return {
        tuple(fold(w) for w in r["form"].split()): r["label"]
        for r in read_gazetteer_bodies()
        if r["kind"] == "org" and r["lang"] == "ar" and r.get("dept") == "presidency"
    }


@lru_cache(maxsize=2)
def _body_labels(lang: str) -> tuple[str, ...]:
    """English labels of the state bodies a single definite noun can name ("Armed Forces"
    for "the army"/"الجيش"), from the gazetteer's ``bodies.tsv``."""
    g = Gazetteer.load()
    out: set[str] = set()
    for r in read_gazetteer_bodies():
        if r["lang"] == lang and r["kind"] == "org" and " " not in r["form"].strip():
            out.update(f.target for f in g.forms(r["form"]) if f.kind == "body")
    out.discard("Ministry")
    return tuple(sorted(out))


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")
_NAME_LINKS_EN = frozenset({"of", "for", "and", "on"})


@lru_cache(maxsize=1)
def _independent_outlets() -> frozenset[str]:
    """English names (lower case) of outlets whose reports do not speak for their state."""
    return frozenset(r["name_en"].lower() for r in read_tsv("independent_outlets.tsv"))


@lru_cache(maxsize=1)
def _timezones() -> dict[str, str]:
    return {r["abbr"]: r["iso3"] for r in read_tsv("timezones.tsv")}


_TZ_RE = re.compile(r"\b([A-Z]{3,4})\b")
_DATELINE_END = ("-", "—", "–", ":", "(", ",", "/")
_EN_NOT_PERSON_AFTER = frozenset(
    """visit visits statement statements news agency media website figures data channels
    documents account language residence talks trip ceremony reaction response position
    version results report reports records record sources source trade relations ties
    welcome business duties capacity""".split()
)


_OUTLET_AR = re.compile(r"[ \t]*«[^»\n]{2,30}»[ \t]*[:/(—–-]")
"""An Arabic dateline whose dash was a tatweel (dropped by normalisation) before the
paper's name in guillemets: "بغداد ـ «القدس العربي»:", "الرباط ـ «الشرق»:" (S11-ENT)."""
_DATED_AR = re.compile(
    r"[ \t]*(?:في[ \t]+)?(?:\d{1,2}[ \t]+[\u0600-\u06ff]{3,10}"
    r"(?:[ \t]+(?:ال)?(?:اول|ثاني))?(?:[ \t]+\d{4})?"  # ("10 تشرين الثاني (بترا)")
    r"|\d{1,2}[ \t]+ذو[ \t]+ال[\u0600-\u06ff]{3,6}[ \t]+\d{4}"  # ("24 ذو القعدة 1439 هـ")
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"  # ("الخرطوم 27-6-2022 (سونا) -")
    r"(?:[ \t]*[/(—–\n-]|[ \t]+هـ?[ \t])"  # (the normalised text drops the tatweel)
)
"""An Arabic agency dateline with its date: "أبوظبي في 18 يناير / وام /", "الرياض 2 نوفمبر
2023 (واس)", "جدة 5 رمضان 1445 هـ" (S9-R2: without في, or with a Hijri date), "عمان 10
تشرين الثاني (بترا) -" (a two-word Levantine month, S12-ENT)."""


_EN_GOV_NOT_BEFORE = frozenset(
    """building buildings headquarters offices compound complex quarter district bonds debt
    website""".split()
)
"""Nouns after "the government" that make it a modifier ("outside the government building")."""


def home_state(doc: Doc, ments: list[Ment]) -> str | None:
    """The state an article is written from: its dateline city's state ("KHARTOUM --",
    "Moscow:", "عمان- (د ب أ)") or its dateline time zone ("16:29 JST")."""
    text = doc.nt.norm
    lo = doc.title_end
    window = text[lo : lo + 300]
    for m in ments:
        if m.start < lo:
            continue
        if m.start >= lo + 300:
            break
        if m.etype == EntityType.PERSON:
            continue  # "Jane Roe, the U.S. envoy, said": a person opens the line, no dateline
        if m.etype == EntityType.ORGANIZATION and Gazetteer.load().entries.get(m.key) is not None:
            if Gazetteer.load().entries[m.key].subtype == "agency":
                continue  # "الجزيرة نت - وكالات": the outlet's masthead, no dateline (S11-ENT)
        line_start = text.rfind("\n", 0, m.start) + 1
        if text[max(line_start, lo) : m.start].strip():
            continue
        after = text[m.end : m.end + 4].lstrip(" \t")
        if (
            not after.startswith(_DATELINE_END)
            and not _DATED_AR.match(text, m.end)
            and not _OUTLET_AR.match(text, m.end)
            and not _tatweel_dash(doc, m.end)
        ):
            continue
        state = m.key if m.etype == EntityType.STATE else doc.entity_states.get(m.key)
        if state:
            return state
    agency = _national_agency_state(doc, ments) if doc.lang == "ar" else None
    if agency is not None:
        return agency
    zones = _timezones()
    for tz in _TZ_RE.findall(window):
        code = zones.get(tz)
        if code:
            key = Gazetteer.load().by_code.get(code)
            if key:
                return key
    return None


_TATWEEL_DASH = re.compile("[ \t]*\u0640+[ \t]")


def _tatweel_dash(doc: Doc, end: int) -> bool:
    """Arabic: a dateline city followed by a dash written with tatweels ("دكا ــ العربي
    الجديد", "بيروت ـ وكالات"), which normalisation drops: the original text right after
    the city is spaces and a tatweel, and a short line ends soon after (S12-ENT)."""
    if doc.lang != "ar":
        return False
    orig = doc.nt.original
    j = doc.nt.to_orig_end(end)
    while j > 0 and orig[j - 1] == "\u0640":  # (a tatweel joined to the city's last letter)
        j -= 1
    if _TATWEEL_DASH.match(orig, j) is None:
        return False
    nl = doc.nt.norm.find("\n", end)
    return 0 <= nl - end <= 40


def _national_agency_state(doc: Doc, ments: list[Ment]) -> str | None:
    """Arabic: the state of a national news agency that signs the first line ("نيويورك
    (واس) -"، "/وام/"), when no dateline city gave one: a state agency's bare ministry
    is its own state's (واس → Saudi Arabia, قنا → Qatar, كونا → Kuwait); international
    wires (``independent_outlets.tsv``: Reuters, AFP) say nothing of the sort (S9-R3)."""
    text = doc.nt.norm
    lo = doc.title_end
    line_end = text.find("\n", lo + 1)
    hi = min(lo + 80, line_end if line_end > 0 else lo + 80)
    g = Gazetteer.load()
    for m in ments:
        if m.start < lo or m.etype != EntityType.ORGANIZATION:
            continue
        if m.start >= hi:
            break
        entry = g.entries.get(m.key)
        if (
            entry is None
            or entry.subtype != "agency"
            or entry.label_en.lower() in _independent_outlets()
        ):
            continue
        if text[max(lo, m.start - 2) : m.start].strip(" ")[-1:] not in ("(", "/"):
            continue
        return doc.entity_states.get(m.key)
    return None


def _core(word: str) -> tuple[str, int]:
    """An Arabic word without a leading و/ف and ب/ل: ``(core, letters stripped)``."""
    n = 0
    if word == _MINISTRY_AR or word in _bodies("ar"):
        return word, 0
    if len(word) > 3 and word[0] in "وف":
        word, n = word[1:], 1
    if len(word) > 3 and word[0] in "بل" and word[1:].startswith(("ال", _MINISTRY_AR[0])):
        word, n = word[1:], n + 1
    return word, n


def _outlet_in_title(g: Gazetteer, title: str) -> str | None:
    """The news outlet an English title starts with ("New York Times reporter"): the key
    of the longest leading word sequence that names an outlet, or None."""
    words = title.split()
    for n in range(len(words) - 1, 0, -1):
        for e in g.lookup(" ".join(words[:n])):
            if e.subtype == "agency":
                return e.key
    return None


class _Builder:
    def __init__(
        self, doc: Doc, ments: list[Ment], labels: dict[str, str], home: str | None = None
    ) -> None:
        self.doc = doc
        self.home = home  # the dateline's state: an unqualified ministry is its ministry
        self.ments = ments
        self.labels = labels  # entity key -> English label
        self.new: list[Ment] = []
        self.latest: dict[str, str] = {}  # body word -> key of the latest such body
        self.latest_linked: dict[str, str] = {}  # "unification ministry" -> a linked body
        self.latest_any: str | None = None
        self.acronyms: dict[str, tuple[str, int]] = {}
        """Acronym -> (body key, offset after its definition): "MIT" after its full name."""
        self.named_en: list[tuple[int, str, str]] = []
        """English bodies :meth:`named_bodies_en` and :meth:`described_names_en` made:
        (token of the head noun, the noun, key), in text order."""
        self._local: dict[int, str | None] = {}
        """Paragraph start -> the state of the place that opens it (:meth:`local_home`)."""

    def add(self, start: int, end: int, key: str, etype: EntityType, state: str | None,
            label: str, aliases: list[str]) -> None:  # fmt: skip
        doc = self.doc
        t0, t1 = doc.tok_at(start), doc.tok_at(end - 1)
        if key not in doc.extra:
            doc.extra[key] = (etype, label, state, aliases)
        doc.extra_mentions.append((start, end, key))
        self.new.append(Ment(start, end, key, "name", etype, t0, t1, doc.nt.norm[start:end]))

    def state_adjective_after(self, t: int, limit: int) -> Ment | None:
        """The state adjective ending a body name ("... وشؤون المغتربين الأردنية")."""
        doc = self.doc
        for j in range(t, min(limit, len(doc.tokens))):
            gap = doc.text[doc.tokens[j - 1].end : doc.tokens[j].start] if j > 0 else ""
            if any(c in gap for c in ".,،:؛;\n()"):
                return None
            if doc.word(j) in _BODY_NAME_STOPS:
                return None  # "وزارة الخارجية أن القرار الفرنسي": the name has ended
            m = doc.mention_at_tok(j)
            if m is not None:
                if (
                    m.etype == EntityType.STATE
                    and m.t0 == j
                    and (m.adjectival or (j == t and m.text.startswith("ال")))
                ):
                    return m  # "الأردنية", and a definite name: "وزارة الخارجية السعودية"
                return None
        return None

    def _indices(self, wanted: frozenset[str] | set[str], clitics: int = 0) -> list[int]:
        """Tokens whose word, or the word without up to ``clitics`` leading letters, is in
        ``wanted`` (a cheap pre-filter: the passes below only look there)."""
        if not clitics:
            return self.doc.positions(wanted)
        words = self.doc.words
        # each distinct word is tested once (articles repeat their words)
        if clitics == 1:
            hit = {w for w in set(words) if w in wanted or w[1:] in wanted}
        else:
            hit = {w for w in set(words) if w in wanted or w[1:] in wanted or w[2:] in wanted}
        return [i for i, w in enumerate(words) if w in hit]

    def arabic(self) -> None:
        doc = self.doc
        bodies = _bodies("ar")
        n = len(doc.tokens)
        wanted = {*bodies, _MINISTRY_AR, *_BACKREF_AR, _OFFICE_BACKREF_AR}
        office: str | None = None  # the court ("الديوان الملكي ...") named last
        cands = sorted(
            {m.t0 for m in doc.mentions if m.etype == EntityType.ORGANIZATION}
            | set(self._indices(wanted, 2))
        )
        i = 0
        for c in cands:
            if c < i:
                continue
            i = c
            linked = doc.mention_at_tok(i)
            if linked is not None and linked.etype == EntityType.ORGANIZATION:
                # a ministry the gazetteer knows: later "الخارجية" refers to it
                if any(fold(w) in _OFFICE_WORDS_AR for w in linked.text.split()):
                    office = linked.key  # "الديوان الملكي السعودي": later "الديوان"
                    if office not in doc.extra:
                        doc.extra[office] = (
                            EntityType.ORGANIZATION,
                            self.labels.get(office, linked.text),
                            doc.entity_states.get(office),
                            [],
                        )
                for w in linked.text.split():
                    if w in bodies:
                        self.latest[w] = linked.key
                        self.latest_any = linked.key
                        if linked.key not in doc.extra:
                            doc.extra[linked.key] = (
                                EntityType.ORGANIZATION,
                                self.labels.get(linked.key, linked.text),
                                doc.entity_states.get(linked.key),
                                [],
                            )
                i = linked.t1 + 1
                continue
            if linked is not None:
                continue
            core, cut = _core(doc.word(i))
            start = doc.tokens[i].start + cut
            body = None
            j = i
            if core == _MINISTRY_AR and i + 1 < n and _core(doc.word(i + 1))[0] in bodies:
                body, j = _core(doc.word(i + 1))[0], i + 1
            elif (
                core == _MINISTRY_AR
                and i + 2 < n
                and doc.word(i + 1) == _AFFAIRS_AR
                and doc.word(i + 2) in bodies
            ):
                body, j = doc.word(i + 2), i + 2  # "وزارة الشؤون الخارجية"
            elif core in _bare_bodies_ar() or (core in bodies and core in self.latest):
                body = core  # "الخارجية الجزائرية"; "الطاقة" only once its ministry was named
            if body is None:
                if core in _BACKREF_AR and self.latest_any and doc.mention_at_tok(i) is None:
                    self.backref(start, doc.tokens[i].end, self.latest_any)
                elif (
                    core in _BACKREF_AR
                    and doc.mention_at_tok(i) is None
                    and (held := self._ministers_ministry(i)) is not None
                ):
                    # "صرح وزير الخارجية العماني ... وقالت الوزارة": the minister's ministry
                    self._ministry_of(start, doc.tokens[i].end, held[0], held[1])
                elif (
                    core == _OFFICE_BACKREF_AR
                    and office
                    and doc.mention_at_tok(i + 1) is None
                    and not doc.word(i + 1).startswith("ال")  # not "الديوان الملكي X" anew
                ):
                    self.backref(start, doc.tokens[i].end, office)  # "بيان الديوان"
                i += 1
                continue
            state = self.state_adjective_after(j + 1, j + (5 if j > i else 2))
            if state is not None:
                key = f"Body:{bodies[body]}:{state.key}"
                surface = doc.nt.span(start, state.end)[2]
                state_label = self.labels.get(state.key, "")
                aliases = [surface, f"{bodies[body]} of {state_label}"]
                if body == fold("الخارجية"):
                    aliases.append(f"{state_label} Foreign Ministry")
                self.add(start, state.end, key, EntityType.ORGANIZATION, state.key,
                         surface, aliases)  # fmt: skip
                self.latest[body] = key
                self.latest_any = key
                i = state.t1 + 1
                continue
            relay_state = self._relaying_state(i)
            if relay_state is not None and core == _MINISTRY_AR and j > i:
                # "نقلت وكالة الأنباء السعودية عن وزارة الخارجية": the agency's state
                key = f"Body:{bodies[body]}:{relay_state}"
                end = doc.tokens[j].end
                surface = doc.nt.span(start, end)[2]
                state_label = self.labels.get(relay_state, "")
                self.add(start, end, key, EntityType.ORGANIZATION, relay_state, surface,
                         [surface, f"{bodies[body]} of {state_label}"])  # fmt: skip
                self.latest[body] = key
                self.latest_any = key
                i = j + 1
                continue
            local = self.local_home(start) if core == _MINISTRY_AR and j > i else None
            if (
                local is not None
                and doc.mention_at_tok(i) is None
                and (body not in self.latest or self._body_state(self.latest[body]) != local)
            ):
                # "وفي أثينا، قالت وزارة الخارجية": the ministry of the paragraph's place
                j = self._name_tail(j)
                self.home_body(start, doc.tokens[j].end, bodies[body], body, local)
            elif (
                core == body
                and body in self.latest
                and doc.mention_at_tok(i) is None
                and not (i > 0 and doc.word(i - 1) in _MINISTER_WORDS_AR)
            ):
                self.backref(start, doc.tokens[i].end, self.latest[body])  # "الخارجية"
            elif core == _MINISTRY_AR and j > i and body not in self.latest and self.home:
                # "عمّان-بترا / رحبت وزارة الخارجية": the ministry of the dateline's state
                j = self._name_tail(j)
                self.home_body(start, doc.tokens[j].end, bodies[body], body)
            elif (
                j == i
                and core in _bare_bodies_ar()
                and body not in self.latest
                and (self.home or self.local_home(start))
                and doc.mention_at_tok(i) is None
                and not (i > 0 and doc.word(i - 1) in _MINISTER_WORDS_AR)  # a title (S9-R4)
                and self._bare_body_subject(i)
            ):
                # "الرباط - ... / وأكدت الخارجية أن": the dateline's ministry, named bare
                self.home_body(start, doc.tokens[i].end, bodies[body], body, self.local_home(start))
            i = j + 1

    def definite_bodies_ar(self) -> None:
        """Arabic: an organisation the gazetteer lacks, named by a definite head noun
        (``unnamed.tsv`` orgdef: "المجلس"، "المحكمة"، "الائتلاف") and the adjectives and
        genitives after it, where a speaker stands: after a speech or announcing verb
        ("وقال المجلس الأعلى للدولة إن"، "رفض المجلس الأعلى للدولة"), a statement noun
        ("بيان الهيئة العامة للاستعلامات"، "بيان للمجلس ...") or "according to"/"from"
        ("بحسب اللجنة الانتخابية المستقلة"، "صادر عن المكتب الإعلامي الحكومي").  Its
        state is a state adjective ending the name ("المجلس الرئاسي الليبي") or a state or
        a city after "في" ("المحكمة الاتحادية العليا في العراق"), else none.  The bare
        head later ("وطالب المجلس") refers back to the latest such body while no other
        organisation with that head is named in between (S15-BODIES)."""
        doc = self.doc
        words = _unnamed_words("ar")
        heads = words.get("orgdef", frozenset())
        variants: dict[str, tuple[str, int]] = {}  # surface -> (head, letters before it)
        for h in heads:
            for pre in ("", "و", "ف"):
                variants[pre + h] = (h, len(pre))
                variants[pre + "ب" + h] = (h, len(pre) + 1)
                variants[pre + "ل" + h[1:]] = (h, -1 - len(pre))  # "للمجلس": ل over the ا
        # construct heads the linker leaves ("وقال مجلس السيادة السوداني": its reading of
        # the name stops at a nisba that is also a surname): read here after a verb only
        construct = words.get("orghead", frozenset()) - words.get("gov", frozenset())
        for h in construct - {fold("حكومة")}:
            variants.setdefault(h, (h, 0))
        found = doc.positions(frozenset(variants))
        if not found:
            return
        made: list[tuple[int, int, str, str]] = []  # (first token, last token, head, key)
        for t in found:
            if doc.mention_at_tok(t) is not None or (made and t <= made[-1][1]):
                continue
            head, cut = variants[doc.word(t)]
            if not self._speaker_slot_ar(t, cut):
                continue
            if not head.startswith("ال") and not self._after_verb_ar(t):
                continue  # ("بيان مجلس ..." is "a statement of a council")
            span = self._definite_name_ar(t, head, words)
            if span is None:
                continue
            name_end, end_tok, state = span
            tok = doc.tokens[t]
            start = tok.start + (cut if cut >= 0 else -cut)
            core = doc.nt.span(start, doc.tokens[name_end].end)[2]
            whole = doc.nt.span(start, doc.tokens[end_tok].end)[2]
            if cut < 0:  # "للمجلس الأعلى": the name is "المجلس الأعلى"
                core, whole = "ا" + core, "ا" + whole
            key = f"Organization:{normalize(core)}"
            g = Gazetteer.load()
            if key in g.entries:
                continue
            aliases = list(dict.fromkeys([whole, core]))
            body = next((f.target for f in g.forms(core) if f.kind == "body" and not f.of), None)
            if body is not None:
                # a state's body named without its state ("وقال مجلس النواب"): the
                # paragraph's place's or the dateline's, under the linker's key for it
                # (none known: the body by its name alone, as it speaks)
                state = state or self.local_home(start) or self.home
                country = g.entries.get(state) if state is not None else None
                if country is not None:
                    label_en = f"{country.demonym} {body}" if country.demonym else ""
                    label_en = label_en or f"{body} of {country.label}"
                    key = f"Organization:{normalize(label_en)}"
                    aliases.append(label_en)
            nisba = doc.mention_at_tok(name_end)
            if nisba is not None and nisba.adjectival and nisba.t0 > t + 1:
                # "مجلس السيادة السوداني" is also named "مجلس السيادة"
                bare = doc.nt.span(start, doc.tokens[nisba.t0 - 1].end)[2]
                aliases.append("ا" + bare if cut < 0 else bare)
            if key in doc.extra:
                etype, label, old_state, old = doc.extra[key]
                aliases = list(dict.fromkeys([*old, *aliases]))
                doc.extra[key] = (etype, label, old_state or state, aliases)
            self.add(start, doc.tokens[end_tok].end, key, EntityType.ORGANIZATION, state, core,
                     aliases)  # fmt: skip
            made.append((t, end_tok, head, key))
        if made:
            self._definite_backrefs_ar(made, variants)

    def _speaker_slot_ar(self, t: int, cut: int) -> bool:
        """Arabic: the definite head at token ``t`` (``cut``: letters of clitics before it,
        negative for ل over the article) stands where a speaker or issuer is named."""
        doc = self.doc
        if t == 0 or not self._joined(t):
            return False
        prev = doc.word(t - 1)
        core = prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 3 else prev
        if cut in (0, 1) and (prev in _ar_subject_verbs() or core in _ar_subject_verbs()):
            return cut == 0  # ("وقال المجلس"; not "قال ... والمجلس": a second subject)
        slots = _unnamed_words("ar").get("orgslot", frozenset())
        if prev in AR_STATEMENT_NOUNS or core in AR_STATEMENT_NOUNS or core in slots:
            return cut == 0 or cut == -1  # "بيان المجلس"، "بيان للمجلس"، "جلسة المجلس"
        if (
            t > 1
            and not prev.startswith("ال")
            and self._joined(t - 1)
            and doc.mention_at_tok(t - 1) is None
            and _strip_ar_clitics(doc.word(t - 2)) in slots
        ):
            return cut == 0 or cut == -1  # "عقب اجتماع طارئ للمجلس": an adjective between
        if core in _AR_SOURCE_WORDS or prev in _AR_SOURCE_WORDS:
            return cut == 0 or cut == -1  # "بحسب المجلس"، "وفقا للمجلس"
        if prev == _AR_FROM and cut == 0 and t > 1:
            before = doc.word(t - 2)
            before = before[1:] if before[:1] in ("و", "ف") else before
            return before in _ISSUED_BY_AR or before.startswith(fold("نقل"))
        return False

    def _after_verb_ar(self, t: int) -> bool:
        """Arabic: the word before token ``t`` is a speech or announcing verb
        (:func:`_ar_subject_verbs`, with و/ف)."""
        prev = self.doc.word(t - 1)
        core = prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 3 else prev
        return prev in _ar_subject_verbs() or core in _ar_subject_verbs()

    def _definite_name_ar(
        self, t: int, head: str, words: dict[str, frozenset[str]]
    ) -> tuple[int, int, str | None] | None:
        """Arabic: the name a definite head at token ``t`` opens: ``(last token of the
        name, last token with a placing "في X", state)``, or None when no adjective or
        genitive continues the head (a bare head refers back) or the one word after it is
        generic ("المنظمة الدولية")."""
        doc = self.doc
        n = len(doc.tokens)
        stops = words.get("orgstop", frozenset())
        adjs = words.get("orgadj", frozenset())
        not_names = words.get("orgdef", frozenset()) | words.get("gov", frozenset()) | _AR_HEADS
        feminine = head.endswith("ة")
        last, state, genitive, named = t, None, False, 0
        j = t + 1
        if not head.startswith("ال"):
            # a construct head: a definite noun in the genitive first ("مجلس السيادة")
            if j >= n or not self._joined(j) or doc.mention_at_tok(j) is not None:
                return None
            w = doc.word(j)
            if not w.startswith("ال") or len(w) < 4:
                return None
            if w in stops or w in not_names or w in _BODY_NAME_STOPS:
                return None
            last, genitive, named, j = j, True, 1, j + 1
        while j < n and j - t <= 7 and self._joined(j):
            w = doc.word(j)
            m = doc.mention_at_tok(j)
            if m is not None:
                if m.t0 == j and m.etype == EntityType.STATE and m.adjectival:
                    state, last = m.key, m.t1  # "المجلس الرئاسي الليبي": the state closes it
                    nxt = m.t1 + 1
                    if nxt < n and self._joined(nxt) and doc.word(nxt).startswith("لل"):
                        last = nxt  # "الاتحاد العام التونسي للشغل": a genitive goes on
                elif (
                    m.t0 == j
                    and named
                    and w.startswith("لل")
                    and m.etype in (EntityType.ORGANIZATION, EntityType.STATE)
                ):
                    # "هيئة الأركان العامة للجيش الأوكراني": the body it belongs to closes it
                    state, last = self._state_of(m), m.t1
                break
            if w in stops or w in _BODY_NAME_STOPS:
                break  # (also "في": a place after it is read below)
            if w.startswith("لل") and len(w) > 4:
                last, genitive, named, j = j, True, named + 1, j + 1  # "للدولة"، "للانتخابات"
                continue
            if w.startswith("وال") and genitive and len(w) > 4:
                last, j = j, j + 1  # "للأمن والدفاع"
                continue
            if not w.startswith("ال") or len(w) < 4:
                break
            if w in not_names:
                break  # "ودعت اللجنة الحكومة": the object, not an adjective
            if w in adjs:
                ok = True
            elif genitive:
                ok = w.endswith(_AR_ADJ_ENDS)  # "للأمن الوطني"
            elif feminine:
                ok = w.endswith(("ية", "ي"))  # "اللجنة الانتخابية"، "الكبرى"
            else:
                ok = w.endswith("ي")  # "المجلس الرئاسي"، "الأعلى"
            if not ok:
                break
            last, named, j = j, named + 1, j + 1
        if named == 0:
            return None
        if named == 1 and last == t + 1 and doc.word(last) in words.get("orggeneric", frozenset()):
            return None
        end = last
        if (
            state is None
            and doc.word(last + 1) == _IN_AR
            and self._joined(last + 1)
            and (place := doc.mention_at_tok(last + 2)) is not None
            and place.t0 == last + 2
            and self._joined(last + 2)
            and not place.adjectival
            and place.etype in (EntityType.STATE, EntityType.PLACE)
        ):
            # "المحكمة الاتحادية العليا في العراق"، "الشركة الوطنية للنفط في ليبيا"
            state = self._state_of(place)
            end = place.t1
        return last, end, state

    def _definite_backrefs_ar(
        self, made: list[tuple[int, int, str, str]], variants: dict[str, tuple[str, int]]
    ) -> None:
        """The bare heads of the bodies :meth:`definite_bodies_ar` made ("وطالب المجلس"):
        the latest body with that head, unless an organisation of the gazetteer whose name
        opens with the head ("مجلس الأمن") was named since, or a name continues the head."""
        doc = self.doc
        n = len(doc.tokens)
        for t in doc.positions(frozenset(variants)):
            head, cut = variants[doc.word(t)]
            prior = [(t1, key) for _, t1, h, key in made if h == head and t1 < t]
            if not prior or doc.mention_at_tok(t) is not None:
                continue
            if any(b.t0 <= t <= b.t1 for b in self.new):
                continue
            t1, key = prior[-1]
            if any(
                m.etype == EntityType.ORGANIZATION
                and m.key != key
                and _strip_ar_clitics(doc.word(m.t0)) in (head, head[2:])
                for m in doc.mentions_in(doc.tokens[t1].end, doc.tokens[t].start)
            ):
                continue  # "مجلس الأمن" named since: the head is ambiguous
            if t + 1 < n and self._joined(t + 1) and doc.mention_at_tok(t + 1) is None:
                nxt = doc.word(t + 1)
                if nxt.startswith("لل") or (nxt.startswith("ال") and nxt.endswith(_AR_ADJ_ENDS)):
                    continue  # "المجلس الوطني": another body's name
            tok = doc.tokens[t]
            start = tok.start + (cut if cut >= 0 else -cut)
            self.backref(start, tok.end, key)

    def placed_bodies(self) -> None:
        """A body that sits in a city, named with the place: "the Russian embassy in
        Washington", "السفارة الأمريكية في بغداد", "سفارة الصين في القاهرة" (the embassy the
        linker read, its mention carried over "in X" so that it names this embassy), and a
        court no state names, placed by a city or a state: "a court in Istanbul", "an
        appeals court in Paris", "محكمة في أنتويرب" -- the judiciary of the place's state,
        labelled as written.  Only an indefinite court ("the court in The Hague" is a court
        named before, often an international one).  The words are data (``unnamed.tsv``:
        placedbody, courthead, courtmod) (S15-BODIES)."""
        doc = self.doc
        words = _unnamed_words(doc.lang)
        placed = words.get("placedbody", frozenset())
        link = _IN_AR if doc.lang == "ar" else "in"
        n = len(doc.tokens)
        for t in doc.positions(frozenset({link})):
            if t == 0 or t + 1 >= n or not self._joined(t) or not self._joined(t + 1):
                continue
            place = doc.mention_at_tok(t + 1)
            if place is None or place.t0 != t + 1 or place.adjectival:
                continue
            if place.etype not in (EntityType.STATE, EntityType.PLACE):
                continue
            state = self._state_of(place)
            body = doc.mention_at_tok(t - 1)
            if body is not None:
                if (
                    body.etype == EntityType.ORGANIZATION
                    and body.t1 == t - 1
                    and any(
                        fold(w).lower() in placed
                        for w in doc.nt.norm[body.start : body.end].split()
                    )
                ):
                    self._extend_body(body, place.end)
                continue
            if state is not None:
                self._placed_court(t, place, state, words)

    def _extend_body(self, body: Ment, end: int) -> None:
        """A new mention of the organisation ``body`` over it and the place after it."""
        doc = self.doc
        key = body.key
        if key not in doc.extra:
            doc.extra[key] = (
                EntityType.ORGANIZATION,
                self._label(key) or body.text,
                self._state_of(body),
                [],
            )
        etype, label, state, aliases = doc.extra[key]
        surface = doc.nt.span(body.start, end)[2]
        short = doc.nt.span(body.start, body.end)[2]
        for a in (short, surface):
            if a not in aliases:
                aliases.append(a)
        self.add(body.start, end, key, etype, state, label, aliases)

    def _placed_court(
        self, t: int, place: Ment, state: str, words: dict[str, frozenset[str]]
    ) -> None:
        """An indefinite court before "in"/"في" at token ``t`` (see :meth:`placed_bodies`)."""
        doc = self.doc
        heads = words.get("courthead", frozenset())
        head = doc.word(t - 1)
        if doc.lang == "ar":
            core = head[1:] if head[:1] in ("و", "ف") and head[1:] in heads else head
            if core not in heads or core.startswith("ال"):
                return
            start = doc.tokens[t - 1].end - len(core)
        else:
            if head not in heads:
                return
            mods = words.get("courtmod", frozenset())
            j = t - 2
            while j >= 0 and t - 1 - j <= 2 and doc.word(j) in mods and self._joined(j + 1):
                j -= 1
            if doc.word(j) not in ("a", "an") or not self._joined(j + 1):
                return
            if doc.mention_at_tok(j) is not None:
                return
            start = doc.tokens[j + 1].start
        surface = doc.nt.span(start, place.end)[2]
        key = f"Body:{normalize(surface)}:{state}"
        aliases = [surface]
        if doc.lang != "ar":
            art = "an" if surface[:1].lower() in "aeiou" else "a"
            aliases += [f"{art} {surface}", f"{art.title()} {surface}"]
        self.add(start, place.end, key, EntityType.ORGANIZATION, state, surface, aliases)

    def _ministers_ministry(self, i: int) -> tuple[str, str] | None:
        """Arabic: the body word and state of the minister named last before token ``i``
        ("وزير الخارجية العماني X"، a person's title with a ministry's word), when no
        ministry was named: what a bare "الوزارة" then means; else None."""
        doc = self.doc
        bodies = _bodies("ar")
        minister = fold("وزير")
        lo = max(0, doc.tokens[i].start - 600)
        for m in reversed(doc.mentions_in(lo, doc.tokens[i].start)):
            if m.etype != EntityType.PERSON:
                continue
            words = [fold(w) for w in doc.nt.norm[m.start : m.end].split()]
            if words[:1] != [minister] or len(words) < 2 or words[1] not in bodies:
                return None  # the person named last holds no ministry
            state = self._body_state(m.key)
            return (words[1], state) if state is not None else None
        return None

    def _ministry_of(self, start: int, end: int, body: str, state: str) -> None:
        """The ministry of ``body`` of ``state`` for a bare "الوزارة" (see
        :meth:`_ministers_ministry`), labelled in English ("Omani Ministry of Foreign
        Affairs"): the word itself names nothing."""
        label_en = _bodies("ar")[body]
        entry = Gazetteer.load().entries.get(state)
        state_label = self.labels.get(state, "")
        demonym = entry.demonym if entry is not None else ""
        label = f"{demonym} {label_en}" if demonym else f"{label_en} of {state_label}"
        aliases = [label, f"{label_en} of {state_label}"]
        if body == fold("الخارجية"):
            aliases.append(f"{state_label} Foreign Ministry")
        key = f"Body:{label_en}:{state}"
        self.add(start, end, key, EntityType.ORGANIZATION, state, label, aliases)
        self.latest[body] = key
        self.latest_any = key

    def _bare_body_subject(self, i: int) -> bool:
        """Arabic: the bare body word at token ``i`` ("الخارجية") names the ministry, not
        an adjective of a noun ("السياسة الخارجية"، "لجنة الخارجية"): the word before it is
        no definite noun, no noun in ة and no mention, and joins it."""
        doc = self.doc
        if i == 0 or not self._joined(i) or doc.mention_at_tok(i - 1) is not None:
            return False
        prev = doc.word(i - 1)
        raw = doc.text[doc.tokens[i - 1].start : doc.tokens[i - 1].end]
        return not (prev.startswith("ال") or raw.endswith("ة") or prev in _BODY_NAME_STOPS)

    def _name_tail(self, j: int) -> int:
        """The last token of a ministry name that goes on after its body word with a
        coordinated portfolio ("الخارجية وشؤون المغتربين", "الخارجية والتعاون الدولي")."""
        doc = self.doc
        w = doc.word(j + 1)
        if not self._joined(j + 1) or doc.mention_at_tok(j + 1) is not None:
            return j
        if w == fold("وشؤون") and doc.word(j + 2).startswith("ال") and self._joined(j + 2):
            return j + 2
        if w.startswith(fold("وال")) and len(w) > 4:
            nxt = doc.word(j + 2)
            if nxt.startswith("ال") and self._joined(j + 2) and nxt not in _BODY_NAME_STOPS:
                return j + 2  # "والتعاون الدولي"
            return j + 1
        return j

    def local_home(self, offset: int) -> str | None:
        """Arabic: the state of the place that opens the paragraph around ``offset`` ("وفي
        أثينا، قال المتحدث باسم الحكومة ..."، "وفي مانيلا، أعلنت وزارة الخارجية ..."): a
        round-up's paragraph about another capital; None when the paragraph opens
        otherwise."""
        if self.doc.lang != "ar":
            return None
        text = self.doc.nt.norm
        para = text.rfind("\n", 0, offset) + 1
        if para in self._local:
            return self._local[para]
        state: str | None = None
        head = text[para : para + 4]
        skip = len(head) - len(head.lstrip())
        at = para + skip
        opener = next((o for o in _PLACE_OPENERS if text.startswith(o, at)), None)
        if opener is not None:
            at += len(opener)
            m = next(iter(self.doc.mentions_in(at, at + 40)), None)
            if (
                m is not None
                and m.start == at
                and m.etype in (EntityType.STATE, EntityType.PLACE)
                and text[m.end : m.end + 2].lstrip()[:1] in ("،", ",")
            ):
                state = m.key if m.etype == EntityType.STATE else self.doc.entity_states.get(m.key)
        self._local[para] = state
        return state

    def _body_state(self, key: str) -> str | None:
        """The state of a body read earlier (None when unknown)."""
        extra = self.doc.extra.get(key)
        return extra[2] if extra is not None else self.doc.entity_states.get(key)

    def home_body(
        self, start: int, end: int, label_en: str, body: str, state: str | None = None
    ) -> None:
        """A ministry named without a state in an article with a dateline: the home
        state's ministry (``state``: a paragraph's own place, :meth:`local_home`)."""
        home = state or self.home
        assert home is not None
        key = f"Body:{label_en}:{home}"
        surface = self.doc.nt.span(start, end)[2]
        state_label = self.labels.get(home, "")
        if self.doc.lang == "ar":
            label, name = surface, f"{label_en} of {state_label}"
        else:  # "Jordan Foreign Ministry", as for "its Trade Ministry"
            label = name = f"{state_label} {label_en}" if state_label else surface
        self.add(start, end, key, EntityType.ORGANIZATION, home, label, [surface, name])
        self.latest[body] = key
        self.latest_any = key

    def _relaying_state(self, i: int) -> str | None:
        """The state of a national agency relaying from the body at token ``i``
        ("وكالة الأنباء السعودية عن وزارة الخارجية"), or None."""
        doc = self.doc
        if i >= 3 and doc.word(i - 1) in AR_STATEMENT_NOUNS and doc.word(i - 2) == fold("عن"):
            i -= 1  # "عن بيان لوزارة الخارجية": the statement of the body
        if i < 2 or doc.word(i - 1) != fold("عن"):
            return None
        agency = doc.mention_at_tok(i - 2)
        if agency is None or agency.etype != EntityType.ORGANIZATION:
            return None
        if self.labels.get(agency.key, "").lower() in _independent_outlets():
            return None
        return doc.entity_states.get(agency.key)

    def english(self) -> None:
        doc = self.doc
        bodies = _bodies("en")
        cands = sorted(
            {m.t0 for m in doc.mentions if m.etype == EntityType.ORGANIZATION}
            | set(self._indices(_BODY_HEADS_EN))
        )
        for i in cands:
            if i < 1:
                continue
            linked = doc.mention_at_tok(i)
            if (
                linked is not None
                and linked.etype == EntityType.ORGANIZATION
                and "ministry" in linked.text.lower()
                and linked.key not in doc.extra
            ):
                # a ministry the gazetteer knows: "the ministry" later refers to it
                doc.extra[linked.key] = (
                    EntityType.ORGANIZATION,
                    self.labels.get(linked.key, linked.text),
                    doc.entity_states.get(linked.key),
                    [],
                )
                self.latest_any = linked.key
            if (
                linked is not None
                and linked.etype == EntityType.ORGANIZATION
                and linked.key in doc.extra
                and linked.t1 > linked.t0
                and doc.word(linked.t1) in _BODY_HEADS_EN
            ):
                # "South Korea's Unification Ministry": a later "the Unification Ministry"
                # is the same one (the gazetteer links the name only with its state)
                self.latest_linked[f"{doc.word(linked.t1 - 1)} {doc.word(linked.t1)}"] = linked.key
            head = doc.word(i)
            if linked is not None or head not in _BODY_HEADS_EN:
                continue
            body = doc.word(i - 1)
            if body == "the" and self.latest_any and head == "ministry":
                self.backref(doc.tokens[i - 1].start, doc.tokens[i].end, self.latest_any)
                continue  # "the ministry said"
            bodies = _bodies("en")
            if body not in bodies:
                if (known := self.latest_linked.get(f"{body} {head}")) is not None:
                    self.backref(doc.tokens[i - 1].start, doc.tokens[i].end, known)
                continue
            if head != "ministry":  # "the Treasury Department", "the Commerce Department"
                bodies = {**bodies, body: bodies[body].replace("Ministry", head.title())}
            m = doc.mention_at_tok(i - 2) if i >= 2 else None
            end = doc.tokens[i].end
            if m is not None and m.etype == EntityType.STATE and m.t1 == i - 2:
                key = f"Body:{bodies[body]}:{m.key}"
                surface = doc.nt.span(m.start, end)[2]
                state_label = self.labels.get(m.key, "")
                aliases = [surface, f"{state_label} {bodies[body]}"]
                self.add(m.start, end, key, EntityType.ORGANIZATION, m.key, surface, aliases)
                self.latest[body] = key
                self.latest_any = key
            elif (
                i >= 2
                and doc.word(i - 2) in ("its", "their")
                and ((owner := self._possessor_state(i - 2)) is not None)
            ):
                # "Turkey has halted trade, its Trade Ministry said": the state before
                start = doc.tokens[i - 2].start
                key = f"Body:{bodies[body]}:{owner}"
                surface = doc.nt.span(start, end)[2]
                name = f"{self.labels.get(owner, '')} {bodies[body]}"
                self.add(start, end, key, EntityType.ORGANIZATION, owner, name, [name, surface])
                self.latest[body] = key
                self.latest_any = key
            elif (
                doc.word(i - 2) == "the"
                and doc.word(i + 1) == "in"
                and (seat := doc.mention_at_tok(i + 2)) is not None
                and seat.t0 == i + 2
                and not seat.adjectival
                and (seat_state := self._seat_state(seat)) is not None
            ):
                # "the foreign ministry in Paris said": the ministry of the state it sits in
                start = doc.tokens[i - 2].start
                key = f"Body:{bodies[body]}:{seat_state}"
                surface = doc.nt.span(start, seat.end)[2]
                name = f"{self.labels.get(seat_state, '')} {bodies[body]}"
                self.add(start, seat.end, key, EntityType.ORGANIZATION, seat_state, name,
                         [name, surface])  # fmt: skip
                self.latest[body] = key
                self.latest_any = key
            elif (relay_state := self._relaying_state_en(i - 1)) is not None:
                # "TASS reported, citing the foreign ministry": the agency's state
                start = doc.tokens[i - 2].start
                key = f"Body:{bodies[body]}:{relay_state}"
                surface = doc.nt.span(start, end)[2]
                state_label = self.labels.get(relay_state, "")
                name = f"{state_label} {bodies[body]}"
                self.add(start, end, key, EntityType.ORGANIZATION, relay_state, name, [name])
                self.latest[body] = key
                self.latest_any = key
            elif body in self.latest:
                self.backref(doc.tokens[i - 1].start, end, self.latest[body])
            elif doc.word(i - 2) == "the" and self.home and doc.mention_at_tok(i - 2) is None:
                # "AMMAN -- The Foreign Ministry said": the ministry of the dateline's state
                us = self._us_department(head)
                self.home_body(doc.tokens[i - 2].start, end, bodies[body], body, us)

    def _us_department(self, head: str) -> str | None:
        """ "AMMAN -- The Justice Department said", in a story that names the United States:
        a "<portfolio> Department" is the American one when the dateline's state names its
        offices ministries (``_DEPARTMENT_STATES`` name them departments); else None."""
        if head != "department" or self.home is None:
            return None
        g = Gazetteer.load()
        us = g.by_code.get("USA")
        entry = g.entries.get(self.home)
        if us is None or us == self.home or entry is None or entry.code in _DEPARTMENT_STATES:
            return None
        doc = self.doc
        if not any(m.key == us or doc.entity_states.get(m.key) == us for m in doc.mentions):
            return None
        return us

    def named_english(self) -> None:
        """ "Turkey's National Intelligence Organisation (MIT)", "Pakistan's Inter-Services
        Intelligence": a state's possessive, then capitalised words ending in an institution
        word or followed by an acronym in brackets, is a body of that state."""
        doc = self.doc
        text = doc.text
        g = Gazetteer.load()
        heads = _institution_heads()
        n = len(doc.tokens)
        for i, tok in enumerate(doc.tokens):
            if not tok.text.endswith(("'s", "’s")) or not tok.text[:1].isupper():
                continue
            state = next(
                (e.key for e in g.lookup(tok.text[:-2]) if e.type == EntityType.STATE), None
            )
            if state is None:
                continue
            last = -1
            j = i + 1
            while j < n and self._joined(j):
                w = doc.tokens[j].text
                if w[:1].isupper() and not w.isupper():
                    last = j
                elif not (w.lower() in _NAME_LINKS_EN and last >= 0):
                    break
                j += 1
            if last < i + 2 and not (last == i + 1 and doc.word(last) in heads):
                continue  # one word: "Israel's Netanyahu"
            end = doc.tokens[last].end
            acronym = _ACRONYM_AFTER.match(text, end)
            if doc.word(last) not in heads and acronym is None:
                continue
            first = doc.tokens[i + 1].start
            name = text[first:end]
            if doc.word(last) == "ministry" or any(f.kind == "body" for f in g.forms(name)):
                continue  # "Russia's Foreign Ministry": a body the passes below name
            if any(m.etype != EntityType.PERSON or m.kind != "role"
                   for m in doc.mentions_in(first, end)):  # fmt: skip
                continue  # a name the linker knows ("Egypt's General Intelligence Service")
            key = f"Body:{name}:{state}"
            surface = doc.nt.span(tok.start, end)[2]
            aliases = [name, surface] + ([acronym.group(1)] if acronym else [])
            self.add(tok.start, end, key, EntityType.ORGANIZATION, state, name, aliases)
            if acronym is not None:
                self.acronyms[acronym.group(1)] = (key, acronym.end())
        for acr, (key, after) in self.acronyms.items():
            # later, the acronym alone: "MIT said"
            for t in range(doc.tok_after(after), n):
                if doc.tokens[t].text == acr and doc.mention_at_tok(t) is None:
                    self.backref(doc.tokens[t].start, doc.tokens[t].end, key)

    def named_bodies_en(self) -> None:
        """English: an organisation the gazetteer lacks, named by capitalised words after
        "the" (or a state's possessive) that end in an institution's word
        (``institutions.tsv``; ``unnamed.tsv`` orgtail: "Force", "Front", "Party") and may
        go on with "of"/"for" and capitalised words: "the Electoral Commission said", "the
        Guyana Defence Force", "Germany's Federal Office for the Protection of the
        Constitution".  A state or city that opens the name, or the possessive, gives its
        state.  Not a state's generic body ("the Foreign Ministry", "the Supreme Court":
        the gazetteer's body forms, read with their state elsewhere), not a name the
        gazetteer knows, not in the headline (S15-BODIES)."""
        doc = self.doc
        g = Gazetteer.load()
        tails = _institution_heads() | _unnamed_words("en").get("orgtail", frozenset())
        done = -1
        for t in doc.positions(tails):
            tok = doc.tokens[t]
            if t <= done or tok.start < doc.title_end or not tok.text[:1].isupper():
                continue
            if doc.mention_at_tok(t) is not None or tok.text.isupper():
                continue
            if any(b.t0 <= t <= b.t1 for b in self.new):
                continue  # "Sudan's Sovereignty Council": read by named_english
            first, state = self._capitalised_run_back(t)
            if first == t:
                continue  # one word: "the Commission" refers back
            last = self._name_tail_en(t)
            prev = doc.word(first - 1) if first > 0 else ""
            owner = doc.mention_at_tok(first - 1) if first > 0 else None
            if (
                owner is not None
                and owner.t1 == first - 1
                and owner.etype == EntityType.STATE
                and doc.tokens[first - 1].text.endswith(("'s", "’s"))
            ):
                state = owner.key  # "Germany's Federal Office ..."
            elif prev != "the" or not self._joined(first):
                continue
            start, end = doc.tokens[first].start, doc.tokens[last].end
            name = doc.text[start:end]
            if g.lookup(name) or any(f.kind == "body" for f in g.forms(name)):
                continue  # a known name; "the Foreign Ministry": a state's body
            if any(m.etype == EntityType.PERSON for m in doc.mentions_in(start, end)):
                continue
            key = f"Organization:{normalize(name)}"
            if key in g.entries:
                continue
            surface = doc.nt.span(start, end)[2]
            self.add(start, end, key, EntityType.ORGANIZATION, state, surface, [surface])
            self.named_en.append((t, doc.word(t), key))
            done = last

    def described_names_en(self) -> None:
        """English: an organisation's own name next to a lower-case noun that says what it
        is (``unnamed.tsv`` descnoun): after it ("the regional air navigation agency ASECNA",
        "the Turkish drone maker Baykar", "the militant group Lashkar-e-Taiba") or before it
        ("the Hafiz Gul Bahadur group", "the Jaish-e-Mohammed militant group", "Ukraine's
        SBU security service").  The name -- capitalised words or an acronym no mention
        covers -- is a new Organization labelled as written; a state's possessive or
        adjective in the phrase gives its state (S15-BODIES)."""
        doc = self.doc
        g = Gazetteer.load()
        words = _unnamed_words("en")
        nouns = words.get("descnoun", frozenset())
        mods = _group_modifiers("en") | words.get("descmod", frozenset())
        n = len(doc.tokens)
        for t in doc.positions(nouns):
            tok = doc.tokens[t]
            if tok.start < doc.title_end or not tok.text.islower():
                continue
            if doc.mention_at_tok(t) is not None or any(b.t0 <= t <= b.t1 for b in self.new):
                continue
            after = self._name_after_en(t + 1) if t + 1 < n and self._joined(t + 1) else None
            if after is not None:
                first, last = after
                lo = self._description_start(t, mods)
                if lo is None:
                    continue
                # a private firm has no state ("the Australian company Rio Tinto"; state
                # firms: :meth:`companies`); an agency or a service has its adjective's
                private = doc.word(t) in _COMPANY_HEADS_EN or doc.word(t) in _MAKERS_EN
                state = None if private else self._adjective_state(lo, t)
                phrase = (doc.tokens[lo].start, doc.tokens[last].end)
            else:
                k = t - 1
                while k >= 0 and t - k <= 3 and doc.word(k) in mods and self._joined(k + 1):
                    k -= 1  # "the Jaish-e-Mohammed militant group"
                if k < 0 or not self._joined(k + 1):
                    continue
                if doc.tokens[k].text.isupper() and len(doc.tokens[k].text) > 1:
                    first = last = k  # "Ukraine's SBU security service"
                else:
                    first, _ = self._capitalised_run_back(k)
                    last = k
                    if not doc.tokens[k].text[:1].isupper() or doc.mention_at_tok(k) is not None:
                        continue
                owner = doc.mention_at_tok(first - 1) if first > 0 else None
                state = None
                if (
                    owner is not None
                    and owner.etype == EntityType.STATE
                    and owner.t1 == first - 1
                    and doc.tokens[first - 1].text.endswith(("'s", "’s"))
                ):
                    state = owner.key
                    phrase = (owner.start, tok.end)  # "Ukraine's SBU security service"
                elif doc.word(first - 1) != "the":
                    continue
                else:
                    phrase = (doc.tokens[first].start, tok.end)
            start, end = doc.tokens[first].start, doc.tokens[last].end
            name = doc.text[start:end]
            if any(doc.mention_at_tok(x) is not None for x in range(first, last + 1)):
                continue
            if name.lower() in _NOT_NAMES_EN or g.lookup(name):
                continue
            key = f"Organization:{normalize(name)}"
            if key in g.entries:
                continue
            surface = doc.nt.span(start, end)[2]
            whole = doc.nt.span(*phrase)[2]
            self.add(phrase[0], phrase[1], key, EntityType.ORGANIZATION, state, surface,
                     list(dict.fromkeys([surface, whole])))  # fmt: skip
            self.named_en.append((t, doc.word(t), key))

    def named_backrefs_en(self) -> None:
        """English: "the company said", "the agency said", "the commission said" after a
        body :meth:`named_bodies_en` or :meth:`described_names_en` made with that head noun
        ("the shipping company Maersk", "the Electoral Commission"): the latest such body,
        also over the linker's default reading of a bare head ("the commission" as the
        European Commission) when the article names that default nowhere before; not
        before a capitalised name or a possessive ("the agency's chief") (S15-BODIES)."""
        doc = self.doc
        made = sorted(self.named_en)
        if not made:
            return
        heads = frozenset(h for _, h, _ in made)
        titles = Gazetteer.load().title_words.get("en", frozenset())
        n = len(doc.tokens)
        for t in doc.positions(heads):
            if t == 0 or doc.word(t - 1) != "the" or not self._joined(t):
                continue
            prior = [(at, key) for at, h, key in made if h == doc.word(t) and at < t]
            if not prior or any(b.t0 <= t <= b.t1 for b in self.new):
                continue
            at, key = prior[-1]
            if doc.tokens[t].text.endswith(("'s", "’s")):
                continue
            nxt = doc.word(t + 1) if t + 1 < n else ""
            if (
                t + 1 < n
                and self._joined(t + 1)
                and (doc.tokens[t + 1].text[:1].isupper() or nxt in titles or nxt in ("of", "for"))
            ):
                continue  # "the Commission President", "the agency chief", "the Council of ..."
            linked = doc.mention_at_tok(t) or doc.mention_at_tok(t - 1)
            if linked is not None:
                earlier = any(m.key == linked.key and m.t1 < t - 1 for m in doc.mentions)
                if linked.etype != EntityType.ORGANIZATION or earlier or linked.t1 > t:
                    continue  # the linker's body, named before: it is the one meant
            between = doc.mentions_in(doc.tokens[at].end, doc.tokens[t - 1].start)
            if any(
                m.etype == EntityType.ORGANIZATION
                and m.key != key
                and doc.word(m.t1) == doc.word(t)
                for m in between
            ):
                continue  # another body with that head named since
            self.backref(doc.tokens[t - 1].start, doc.tokens[t].end, key)

    def bodies_of_en(self) -> None:
        """English: a state's body named by the gazetteer's body words and then "of" and
        the state, or a body of the state ("the General Staff of Ukraine's armed forces",
        "the General Staff of the Armed Forces of Ukraine", "the National Guard of
        Ecuador"): that state's body, under the key the linker gives "Ukraine's General
        Staff" (S15-BODIES)."""
        doc = self.doc
        g = Gazetteer.load()
        n = len(doc.tokens)
        for t in doc.positions(frozenset({"of"})):
            if t < 2 or t + 1 >= n or doc.mention_at_tok(t) is not None:
                continue
            found = None
            for k in (3, 2, 1):  # the longest body words ending before "of"
                lo = t - k
                if lo < 1 or doc.word(lo - 1) != "the":
                    continue
                if any(doc.mention_at_tok(x) is not None for x in range(lo - 1, t)):
                    continue
                if any(b.t0 <= x <= b.t1 for b in self.new for x in range(lo, t)):
                    continue
                phrase = doc.text[doc.tokens[lo].start : doc.tokens[t - 1].end]
                target = next(
                    (f.target for f in g.forms(phrase) if f.kind == "body" and not f.of), None
                )
                if target is not None and target != "Ministry":
                    found = (lo, target)
                    break
            if found is None:
                continue
            lo, target = found
            state, end = self._owner_after_of(t)
            entry = g.entries.get(state) if state is not None else None
            if entry is None:
                continue
            label = f"{entry.demonym} {target}" if entry.demonym else f"{target} of {entry.label}"
            start = doc.tokens[lo - 1].start
            surface = doc.nt.span(start, end)[2]
            self.add(start, end, f"Organization:{normalize(label)}", EntityType.ORGANIZATION,
                     state, label, [surface, label])  # fmt: skip

    def _owner_after_of(self, t: int) -> tuple[str | None, int]:
        """English: the state "of" at token ``t`` gives a body -- a state, or a body of a
        state, named within a few capitalised words and "of"/"the" after it -- and the end
        of its mention; ``(None, 0)`` when none."""
        doc = self.doc
        n = len(doc.tokens)
        j = t + 1
        while j < n and j - t <= 6 and self._joined(j):
            m = doc.mention_at_tok(j)
            if m is not None:
                if m.t0 != j or m.adjectival:
                    return None, 0
                if m.etype == EntityType.STATE or (
                    m.etype == EntityType.ORGANIZATION
                    and m.key.startswith(("Organization:", "Body:"))
                ):
                    return self._state_of(m), m.end
                return None, 0
            w = doc.tokens[j].text
            if not (w in ("of", "the") or w[:1].isupper()):
                return None, 0
            j += 1
        return None, 0

    def _name_after_en(self, k: int) -> tuple[int, int] | None:
        """English: the tokens ``(first, last)`` of a name that starts at token ``k``: an
        acronym ("ASECNA") or one to three capitalised words (hyphens joined: "Lashkar-
        e-Taiba") that no mention covers and no capitalised word continues; else None."""
        doc = self.doc
        n = len(doc.tokens)
        w = doc.tokens[k].text
        if not w[:1].isupper() or doc.mention_at_tok(k) is not None:
            return None
        if doc.word(k) in _NOT_NAMES_EN:
            return None
        last = k
        j = k + 1
        while j < n and j - k <= 4 and self._joined(j):
            gap = doc.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if doc.tokens[j].text[:1].isupper() or gap == "-":
                if doc.mention_at_tok(j) is not None:
                    return None
                last = j
                j += 1
                continue
            break
        if doc.tokens[last].text.endswith(("'s", "’s")):
            return None
        return k, last

    def _description_start(self, t: int, mods: frozenset[str]) -> int | None:
        """English: the token of "the" (or "a") that opens the description ending in the
        noun at ``t`` ("the regional air navigation agency"), over up to five lower-case
        words or state adjectives; None when none opens it."""
        doc = self.doc
        j = t - 1
        while j >= 0 and t - j <= 6 and self._joined(j + 1):
            w = doc.word(j)
            if w in ("the", "a", "an"):
                return j
            m = doc.mention_at_tok(j)
            if m is not None and not (m.etype == EntityType.STATE and m.adjectival):
                return None
            if m is None and not doc.tokens[j].text.islower():
                return None
            j = m.t0 - 1 if m is not None else j - 1
        return None

    def _adjective_state(self, lo: int, t: int) -> str | None:
        """The state of a state adjective between tokens ``lo`` and ``t`` ("the Turkish
        drone maker"), or None."""
        doc = self.doc
        for x in range(lo, t):
            m = doc.mention_at_tok(x)
            if m is not None and m.etype == EntityType.STATE and m.adjectival:
                return m.key
        return None

    def _capitalised_run_back(self, t: int) -> tuple[int, str | None]:
        """English: the first token of the capitalised words ending at token ``t`` (over
        "of"/"for"/"and" between capitalised words and hyphenated parts: "Jaish-e-Mohammed"),
        and the state of a state or city mention that opens them ("the Guyana Defence
        Force"), at most seven tokens back."""
        doc = self.doc
        first, state = t, None
        j = t - 1
        while j >= 0 and t - j <= 7 and self._joined(j + 1):
            w = doc.tokens[j].text
            m = doc.mention_at_tok(j)
            if m is not None:
                if (
                    m.t1 == j
                    and m.t0 == j - (m.t1 - m.t0)
                    and m.etype in (EntityType.STATE, EntityType.PLACE)
                    and not m.adjectival
                    and not w.endswith(("'s", "’s"))
                    and doc.text[m.start : m.start + 1].isupper()
                ):
                    first, state = m.t0, self._state_of(m)
                break
            if w.endswith(("'s", "’s")) or doc.word(j) in _NAME_OPENERS_EN:
                break  # ("The Electoral Commission": "The" opens the sentence)
            if w[:1].isupper() and w.replace("-", "").isalpha():
                first = j
            elif w in ("of", "for", "and") and j > 0 and doc.tokens[j - 1].text[:1].isupper():
                pass  # inside the name; kept only when a capitalised word comes before
            elif doc.text[doc.tokens[j].end : doc.tokens[j + 1].start] == "-":
                pass  # "Jaish-e-Mohammed"
            else:
                break
            j -= 1
        while first < t and doc.word(first) in ("of", "for", "and"):
            first += 1
        return first, state

    def _name_tail_en(self, t: int) -> int:
        """The last token of an English body's name whose institution word at ``t`` goes on
        with "of"/"for" (and "the") and capitalised words ("Office for the Protection of
        the Constitution"), at most six tokens on; ``t`` when it does not."""
        doc = self.doc
        n = len(doc.tokens)
        last = t
        j = t + 1
        while j < n and j - t <= 6 and self._joined(j):
            w = doc.tokens[j].text
            if w in ("of", "for") and j + 1 < n and self._joined(j + 1):
                k = j + 2 if doc.word(j + 1) == "the" and j + 2 < n else j + 1
                if not self._joined(k) or not doc.tokens[k].text[:1].isupper():
                    break
                if doc.mention_at_tok(k) is not None:
                    break  # "Commission of Inquiry" yes; "Council of Europe": linked
                j = k
                continue
            if w[:1].isupper() and doc.mention_at_tok(j) is None and j > last:
                last = j
                j += 1
                continue
            break
        return last

    def _seat_state(self, m: Ment) -> str | None:
        """The state a body "in" ``m`` belongs to: ``m`` itself when a state, the state of
        its capital ("the foreign ministry in Paris"), else None."""
        if m.etype == EntityType.STATE:
            return m.key
        if m.etype != EntityType.PLACE:
            return None
        state = self.doc.entity_states.get(m.key)
        g = Gazetteer.load()
        return state if state is not None and g.capital_of.get(state) == m.key else None

    def _possessor_state(self, i: int) -> str | None:
        """The state "its"/"their" at token ``i`` refers to: the nearest state named
        before it in the same sentence (not inside a prepositional phrase)."""
        doc = self.doc
        if doc.seg is None:
            return None
        sent = doc.seg.sentence_at(doc.tokens[i].start)
        lo = doc.tok_after(sent.start) if sent is not None else max(0, i - 30)
        first: str | None = None
        for m in doc.mentions_in(doc.tokens[lo].start, doc.tokens[i].start):
            if m.etype == EntityType.STATE and not m.adjectival and doc.prep_of(m) is None:
                first = first or m.key  # the sentence's subject state
        if first is None and sent is not None and lo == i:
            # "Its foreign ministry said ..." opening a sentence: the previous sentence's
            # subject state
            k = doc.seg.index_at(sent.start)
            if k > 0:
                prev = doc.seg.sents[k - 1]
                for m in doc.mentions_in(prev.start, prev.end):
                    if m.etype == EntityType.STATE and not m.adjectival:
                        return m.key if doc.prep_of(m) is None else None
        return first

    def _relaying_state_en(self, i: int) -> str | None:
        """The state of an agency citing the body whose first word is token ``i``
        ("the TASS news agency reported, citing the foreign ministry"), or None."""
        doc = self.doc
        if i < 3 or doc.word(i - 1) != "the" or doc.word(i - 2) not in _EN_CITING:
            return None
        for t in range(i - 3, max(-1, i - 9), -1):
            agency = doc.mention_at_tok(t)
            if agency is None:
                continue
            if agency.etype != EntityType.ORGANIZATION or agency.key.startswith("Body:"):
                return None
            if self.labels.get(agency.key, "").lower() in _independent_outlets():
                return None
            return doc.entity_states.get(agency.key)
        return None

    # ------------------------------------------------------------ unnamed officials
    def _state_of(self, m: Ment) -> str | None:
        if m.etype == EntityType.STATE:
            return m.key
        state = self.doc.entity_states.get(m.key)
        if state is None and m.key in self.doc.extra:
            state = self.doc.extra[m.key][2]
        return state

    def _unnamed(self, start: int, end: int, head: str, actor: Ment, det_end: int) -> None:
        doc = self.doc
        state = self._state_of(actor)
        owner = actor.key if actor.etype != EntityType.STATE else state
        key = f"Unnamed:{owner}:{head}"
        surface = doc.nt.span(start, end)[2]
        label = doc.nt.span(det_end, end)[2] if det_end > start else surface
        if key in doc.extra:
            aliases = doc.extra[key][3]
            for a in (surface, label):
                if a not in aliases:
                    aliases.append(a)
        else:
            aliases = list(dict.fromkeys([surface, label]))
            if doc.lang != "ar":
                aliases += [f"a {label}", f"an {label}"]
            doc.extra[key] = (EntityType.PERSON, label, state, aliases)
        doc.extra_mentions.append((start, end, key))
        t0, t1 = doc.tok_at(start), doc.tok_at(end - 1)
        self.new.append(
            Ment(start, end, key, "name", EntityType.PERSON, t0, t1, doc.nt.norm[start:end])
        )

    def _unnamed_bare(self, start: int, end: int, head: str) -> None:
        """An unnamed source with no state or body next to it ("مصدر عسكري"): a person of
        the article's home state (its dateline), or of none (S17-SPKLINK)."""
        doc = self.doc
        key = f"Unnamed:{self.home or '-'}:{head}:{normalize(doc.text[start:end])}"
        surface = doc.nt.span(start, end)[2]
        if key in doc.extra and surface not in doc.extra[key][3]:
            doc.extra[key][3].append(surface)  # another wording of the same source
        self.add(start, end, key, EntityType.PERSON, self.home, surface, [surface])

    def _joined(self, j: int) -> bool:
        """Only spaces or a hyphen between tokens ``j - 1`` and ``j``."""
        doc = self.doc
        return not doc.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip(" -\t")

    def _after_abbrev(self, j: int) -> bool:
        """English: token ``j - 1`` ends a mention written with a final dot ("a senior
        U.S. official"), and only that dot and spaces come before token ``j``."""
        doc = self.doc
        m = doc.mention_at_tok(j - 1)
        if m is None or m.t1 != j - 1 or doc.text[m.end - 1 : m.end] != ".":
            return False
        return not doc.text[m.end : doc.tokens[j].start].strip()

    def collectives_english(self) -> None:
        """English: a plural noun of people acting together (``unnamed.tsv``
        kind=collective) right before a speech verb (kind=collectiveverb), with at most a
        quantity and one state or capitalised adjective before it ("protesters said",
        "Several thousand protesters told", "French fishermen said", "Tamil fishermen
        said"): a new Organization of that name (with the state of its adjective) speaks
        (S17-SPKLINK).  Not analysts, witnesses or lawmakers: their words are mostly no
        statement the gold annotates, or unnamed officials of a state."""
        doc = self.doc
        words = _unnamed_words("en")
        nouns = words.get("collective", frozenset())
        verbs = words.get("collectiveverb", frozenset())
        n = len(doc.tokens)
        for i in self._indices(nouns):
            if i + 1 >= n or doc.mention_at_tok(i) is not None:
                continue
            if any(m.t0 <= i <= m.t1 for m in self.new):
                continue  # ("U.S. lawmakers": read as unnamed people of a state)
            if doc.word(i + 1) not in verbs or not self._joined(i + 1):
                continue
            first, state = i, None
            j = i - 1
            if j >= 0 and self._joined(i):
                m = doc.mention_at_tok(j)
                tok = doc.tokens[j]
                if m is not None:
                    if m.t1 != j or m.etype != EntityType.STATE or not m.adjectival:
                        continue  # ("the Kremlin's protesters"; a person's name)
                    first, state, j = m.t0, m.key, m.t0 - 1
                elif doc.text[tok.start : tok.start + 1].isupper():
                    gap = doc.text[doc.tokens[j - 1].end : tok.start] if j > 0 else "."
                    if not gap.strip() and doc.word(j - 1) not in _COLLECTIVE_OPENERS:
                        continue  # (a capitalised run: an organisation's name)
                    first, j = j, j - 1  # "Tamil fishermen"
            start = doc.tokens[first].start
            end = doc.tokens[i].end
            label = doc.text[start:end]
            key = f"Collective:{state or '-'}:{label.lower()}"
            aliases = [label]
            self.add(start, end, key, EntityType.ORGANIZATION, state, label, aliases)

    def unnamed_english(self) -> None:
        doc = self.doc
        words = _unnamed_words("en")
        state_heads = words.get("statehead", frozenset())
        heads, mods, links = words["head"] | state_heads, words["mod"], words["link"]
        for i in self._indices(heads):
            w = doc.word(i)
            if doc.mention_at_tok(i) is not None:
                continue
            if doc.word(i + 1) in _EN_NOT_PERSON_AFTER:
                continue  # "an official visit"
            actor: Ment | None = None
            first = i
            det_end = -1
            j = i - 1
            while j >= 0 and i - j <= 8 and (self._joined(j + 1) or self._after_abbrev(j + 1)):
                m = doc.mention_at_tok(j)
                if m is not None:
                    if actor is None and doc.is_actor(m) and m.t1 == j:
                        actor, first, j = m, m.t0, m.t0 - 1
                        continue
                    break
                wj = doc.word(j)
                if wj in mods:
                    first = j
                    if wj in ("a", "an", "the", "one", "two", "three", "several", "some"):
                        det_end = doc.tokens[j].end + 1
                        break
                    j -= 1
                    continue
                break
            end = doc.tokens[i].end
            if actor is None and doc.word(i + 1) in links:
                k = i + 2 if doc.word(i + 2) != "the" else i + 3
                m = doc.mention_at_tok(k)
                if (
                    m is not None
                    and m.etype == EntityType.PLACE
                    and doc.word(i + 1) == "in"
                    and w in _CAPITAL_HEADS
                    and m.key in _capital_states()
                ):
                    # "officials in Kyiv said": officials placed by a capital speak for its
                    # state (not "officials in Benghazi"; not "journalists in Kyiv")
                    state = _capital_states()[m.key]
                    m = Ment(m.start, m.end, state, m.kind, EntityType.STATE, m.t0, m.t1, m.text)
                if m is not None and m.t0 == k and doc.is_actor(m) and self._joined(i + 1):
                    actor, end = m, m.end
                    other = doc.mention_at_tok(m.t1 + 2) if doc.word(m.t1 + 1) == "and" else None
                    if (
                        other is not None
                        and other.t0 == m.t1 + 2
                        and not m.adjectival
                        and not other.adjectival
                        and (other.etype == EntityType.STATE or other.key in _capital_states())
                    ):
                        # "officials in Washington and London said": both speak, the
                        # second capital is no speaker of its own (S7-H15)
                        end = other.end
                    j = m.t1 + 1
                    while m.adjectival and j <= m.t1 + 2 and doc.word(j) in mods:
                        if not self._joined(j) or doc.mention_at_tok(j) is not None:
                            break
                        end = doc.tokens[j].end  # "a spokesman for the Chinese embassy"
                        j += 1
            if actor is None or actor.kind == "role" or actor.etype == EntityType.PERSON:
                continue
            if w in state_heads and actor.etype != EntityType.STATE:
                continue  # "a Kremlin source": not a speaker of its own
            start = doc.tokens[first].start
            self._unnamed(start, end, w.rstrip("s") + ("s" if w.endswith("s") else ""), actor,
                          det_end if det_end > start else start)  # fmt: skip

    def unnamed_arabic(self) -> None:
        doc = self.doc
        words = _unnamed_words("ar")
        state_heads = words.get("statehead", frozenset())
        heads, mods, links = words["head"] | state_heads, words["mod"], words["link"]
        n = len(doc.tokens)
        done = -1  # the last token of the latest unnamed speaker read
        read: list[tuple[int, str, Ment]] = []
        for i in self._indices(heads, 1):
            if doc.mention_at_tok(i) is not None or i <= done:
                continue
            w = doc.word(i)
            cut = 0
            if w not in heads and len(w) > 4 and w[0] in "وفلب" and w[1:] in heads:
                w, cut = w[1:], 1
            if w not in heads:
                continue
            actor: Ment | None = None
            k = i + 1
            linked = False
            while k < n and k - i <= 5 and self._joined(k):
                m = doc.mention_at_tok(k)
                if m is not None:
                    if (
                        m.t0 == k
                        and doc.is_actor(m)
                        and m.kind != "role"
                        and (m.adjectival or linked or doc.prep_of(m) in links)
                        and m.etype != EntityType.PERSON
                    ):
                        actor = m
                    break
                wk = doc.word(k)
                if wk in mods or (w in state_heads and k == i + 1 and wk in heads):
                    k += 1  # (a source that is an official: "مصدر مسؤول في الوزارة")
                    continue
                if wk in links and not linked:
                    linked = True
                    k += 1
                    continue
                break
            if actor is None and w in state_heads and not linked and k > i + 1:
                # "ذكر مصدر عسكري أن": a source no state or body qualifies, its words
                # ending on a complementiser: the home state's (or nobody's) source
                if k < n and self._joined(k) and doc.word(k) in _AR_SOURCE_THAT:
                    start = doc.tokens[i].start + cut
                    self._unnamed_bare(start, doc.tokens[k - 1].end, w)
                    done = k - 1
                continue
            if actor is None or (
                w in state_heads
                and actor.etype != EntityType.STATE
                and not (
                    # ("مصدر بوزارة الخارجية X" as "في وزارة"; not "مصدر بالكرملين", S9-R4)
                    (
                        linked
                        or (
                            doc.prep_of(actor) in links
                            and _core(doc.word(actor.t0))[0] == _MINISTRY_AR
                        )
                    )
                    and self._state_of(actor) is not None
                )
            ):
                # "مصدر في وزارة الخارجية المغربية": a source inside a state's body speaks
                # for it (an Arabic wire's usual unnamed speaker); not "مصدر بالكرملين"
                continue
            done = actor.t1
            end = actor.end
            j = actor.t1 + 1
            while j < n and j - actor.t1 <= 2 and doc.word(j) in mods and self._joined(j):
                if doc.mention_at_tok(j) is not None:
                    break
                end = doc.tokens[j].end  # "مسؤول مصري رفيع المستوى"
                j += 1
            start = doc.tokens[i].start + cut
            self._unnamed(start, end, w, actor, start)
            read.append((j, w, actor))
        self._unnamed_again(read)

    def _unnamed_again(self, read: list[tuple[int, str, Ment]]) -> None:
        """Arabic: "المصدر"، "المسؤول" (with و/ف) after an unnamed source or official was
        introduced ("وقال مصدر مسؤول في الوزارة إن ... وأضاف المصدر أن"): the latest one
        with that head, again.  ``read``: (token after it, head, actor) in text order."""
        doc = self.doc
        if not read:
            return
        heads = {fold("ال" + w): w for _, w, _ in read}
        for j in self._indices(frozenset(heads), 1):
            word = doc.word(j)
            cut = 0 if word in heads else 1
            w = heads[word[cut:]]
            prev = [actor for after, h, actor in read if h == w and after <= j]
            if not prev or doc.mention_at_tok(j) is not None:
                continue
            tok = doc.tokens[j]
            if doc.text[tok.end : tok.end + 2].lstrip().startswith(":"):
                continue  # "المصدر: وكالات": the article's sources
            start = tok.start + cut
            self._unnamed(start, tok.end, w, prev[-1], start)

    def government(self, home: str | None) -> None:
        """A bare "the government" / "الحكومة": the home state (Arabic: the state of the
        place that opens its paragraph, :meth:`local_home`, first, then the government
        named with its state last before it, :meth:`_government_before`)."""
        doc = self.doc
        if home is None and doc.lang != "ar":
            return
        gov = _unnamed_words(doc.lang).get("gov", frozenset())
        for i in self._indices(gov, 1 if doc.lang == "ar" else 0):
            if doc.mention_at_tok(i) is not None:
                continue
            w = doc.word(i)
            cut = 0
            if doc.lang == "ar":
                if w not in gov and len(w) > 4 and w[0] in "وفلب" and w[1:] in gov:
                    w, cut = w[1:], 1
                if w not in gov:
                    continue
                homograph = self._homograph_nisba_after(i)
                if homograph is not None:
                    self._homograph_government(i, cut, homograph)
                    continue
                nxt = doc.mention_at_tok(i + 1)
                if (
                    nxt is not None
                    and self._joined(i + 1)
                    and (nxt.adjectival or not w.startswith("ال") or nxt.t0 != i + 1)
                ):
                    continue  # "الحكومة السورية" (the linker reads it) or a genitive
                # (a definite noun is in no construct: "وطالبت الحكومة أنقرة بسحب
                # قواتها" asks Ankara; the state named after it is the verb's object)
                start = doc.tokens[i].start + cut
                # a government named with its state earlier in the article is the one
                # a bare "الحكومة" repeats, before the dateline's (S14-LINK)
                state = (
                    self.local_home(start)
                    or self._government_before(start, gov, lead_only=home is not None)
                    or home
                )
                if state is None:
                    continue
            else:
                if w not in gov or doc.word(i - 1) != "the":
                    continue
                if doc.mention_at_tok(i - 2) is not None and self._joined(i - 1):
                    continue
                if doc.word(i + 1) in ("of", "in") and doc.mention_at_tok(i + 2) is not None:
                    continue
                if doc.word(i + 1) in _EN_GOV_NOT_BEFORE:
                    continue  # "the government building": a place, not the government
                start = doc.tokens[i - 1].start
                state = home
            assert state is not None
            end = doc.tokens[i].end
            doc.extra_mentions.append((start, end, state))
            kind = "metonym"
            self.new.append(
                Ment(
                    start,
                    end,
                    state,
                    kind,
                    EntityType.STATE,
                    doc.tok_at(start),
                    i,
                    doc.nt.norm[start:end],
                )
            )

    def _homograph_nisba_after(self, i: int) -> str | None:
        """Arabic: the state whose nisba, a homograph of a common adjective the linker
        leaves alone (``stoplist.tsv`` no_nisba: "المالية" Malian/financial), follows the
        government noun at token ``i`` ("الحكومة المالية"، "السلطات المالية"): after the
        government, the state's adjective wins (S11-R2)."""
        doc = self.doc
        if i + 1 >= len(doc.tokens) or not self._joined(i + 1):
            return None
        if doc.mention_at_tok(i + 1) is not None:
            return None
        return homograph_nisbas().get(doc.word(i + 1))

    def _homograph_government(self, i: int, cut: int, state: str) -> None:
        """The government noun at token ``i`` and the homograph nisba after it, one mention
        of ``state`` (the government is the state, as with a bare "الحكومة")."""
        doc = self.doc
        start, end = doc.tokens[i].start + cut, doc.tokens[i + 1].end
        entry = Gazetteer.load().entries.get(state)
        if entry is None:
            return
        if state not in self.labels and state not in doc.extra:
            doc.extra[state] = (EntityType.STATE, entry.label_en, state, [])
        doc.extra_mentions.append((start, end, state))
        self.new.append(
            Ment(start, end, state, "metonym", EntityType.STATE, doc.tok_at(start), i + 1,
                 doc.nt.norm[start:end])
        )  # fmt: skip

    def _government_before(
        self, start: int, gov: frozenset[str], *, lead_only: bool = False
    ) -> str | None:
        """Arabic: the state of the government named with its nisba last before ``start``
        ("أعلنت الحكومة الإثيوبية ... وقالت الحكومة إن"): the bare noun repeats it (S9-R3).
        With ``lead_only`` (a story with a dateline), only a government the headline or
        the lead paragraph names, the story's own ("الرياض - توقيع اتفاق بين الحكومة
        اليمنية و..."), and not one named later as another party ("داعياً الحكومة
        الإسرائيلية إلى ..." in a story from Amman) (S14-LINK)."""
        text = self.doc.nt.norm
        if lead_only:
            start = min(start, lead_end(text))
        found: str | None = None
        for m in self.doc.mentions:
            if m.start >= start:
                break
            if m.etype != EntityType.STATE:
                continue
            first = text[m.start : m.end].split(" ", 1)[0]
            if first in gov or (len(first) > 4 and first[0] in "وفلب" and first[1:] in gov):
                found = m.key
        return found

    def presidency(self, home: str | None) -> None:
        """Arabic: a head of state's office named without its state (gazetteer
        ``bodies.tsv`` rows of dept ``presidency``: "رئاسة الجمهورية"، "الرئاسة"، "الديوان
        الملكي") as the subject of a feminine verb ("ذكرت رئاسة الجمهورية في بيان أن"،
        "وأوضحت الرئاسة أن") or the issuer of a statement ("بيان الرئاسة"، "بيان صادر عن
        الديوان الملكي"): the office of the paragraph's place, else of the dateline's state,
        under the key the linker gives it with its state ("الرئاسة السورية").  Not "تولى
        الرئاسة"، "الرئاسة الدورية"، "رئاسة الوزراء"."""
        doc = self.doc
        if doc.lang != "ar":
            return
        offices = _home_offices_ar()
        firsts = {words[0] for words in offices}
        g = Gazetteer.load()
        n = len(doc.tokens)
        with_li = {"لل" + f[2:] for f in firsts if f.startswith("ال")}
        for i in doc.positions(firsts | with_li):
            w0 = doc.word(i)
            cut = 0 if w0 in firsts else 1  # "بيان للرئاسة": ل before ال
            if cut:
                w0 = "ال" + w0[2:] if w0.startswith("لل") else ""
            words = next(
                (
                    ws
                    for ws in offices
                    if ws[0] == w0
                    and i + len(ws) <= n
                    and all(doc.word(i + x) == ws[x] for x in range(1, len(ws)))
                ),
                None,
            )
            if words is None or i == 0:
                continue
            j = i + len(words) - 1
            if any(doc.mention_at_tok(t) is not None for t in range(i - 1, j + 2)):
                continue  # "الرئاسة السورية" (the linker reads it), "مكتب الرئيس X"
            nxt = doc.word(j + 1) if j + 1 < n else ""
            if nxt.startswith("ال") and self._joined(j + 1):
                continue  # "الرئاسة الدورية": another presidency
            if not self._joined(i) or not self._issuing_before(i, cut, words[0]):
                continue
            start, end = doc.tokens[i].start + cut, doc.tokens[j].end
            if any(s < end and start < e for s, e, _ in doc.extra_mentions):
                continue  # read already ("الرئاسة" after "الرئاسة السورية")
            state = self.local_home(start) or home
            country = g.entries.get(state) if state is not None else None
            if state is None or country is None:
                continue
            body = offices[words]
            label = f"{country.demonym} {body}" if country.demonym else ""
            label = label or f"{body} of {country.label}"
            key = f"Organization:{normalize(label)}"
            surface = doc.nt.span(start, end)[2]
            aliases = [] if cut else [surface]  # (not "لرئاسة")
            self.add(start, end, key, EntityType.ORGANIZATION, state, label, aliases)

    def _issuing_before(self, i: int, cut: int, first: str) -> bool:
        """Arabic: the word before the office at token ``i`` makes it a speaker: a feminine
        verb before a feminine office ("ذكرت الرئاسة"), a statement noun ("بيان الرئاسة"،
        "بيان للديوان الملكي") or "صادر عن" ("بيان صادر عن الديوان الملكي")."""
        doc = self.doc
        prev = doc.word(i - 1)
        if prev in AR_STATEMENT_NOUNS:
            return True
        if cut:
            return False  # "للرئاسة" only after a statement noun
        if prev == fold("عن") and i > 1 and doc.word(i - 2) in _ISSUED_BY_AR:
            return True
        feminine = first.endswith("ة")
        if not feminine:  # "أعلن الديوان الملكي أن": a masculine speech verb
            return _core(prev)[0] in _ar_say_verbs()
        return prev.endswith("ت") and not prev.startswith("ال")

    def outlets(self) -> None:
        """ "The newspaper said", "وقالت الصحيفة": the latest news outlet named before."""
        doc = self.doc
        g = Gazetteer.load()
        words = _OUTLET_WORDS_EN if doc.lang != "ar" else _OUTLET_WORDS_AR
        sources: list[tuple[int, str]] = []  # (token, outlet key) in text order
        for m in sorted(self.ments, key=lambda m: m.t0):
            entry = g.entries.get(m.key)
            if entry is not None and entry.subtype == "agency":
                sources.append((m.t0, m.key))
            elif entry is None and m.kind == "role":
                outlet = _outlet_in_title(g, m.text)  # "a New York Times reporter"
                if outlet is not None:
                    sources.append((m.t0, outlet))
        if not sources:
            return
        source_t0 = [t0 for t0, _ in sources]
        forms = _OUTLET_FORMS_AR if doc.lang == "ar" else words
        for t in doc.positions(forms):  # (only outlet words can refer back)
            w = doc.word(t)
            k = bisect_left(source_t0, t)
            latest = sources[k - 1][1] if k else None
            if latest is None or doc.mention_at_tok(t) is not None:
                continue
            if doc.lang != "ar":
                if w not in words or doc.word(t - 1) != "the":
                    continue
                start = doc.tokens[t - 1].start
            else:
                core = w[1:] if w[:1] in "وف" and w[1:] in words else w
                if core not in words or doc.mention_at_tok(t + 1) is not None:
                    continue  # "الصحيفة الفرنسية": an adjective names another outlet
                start = doc.tokens[t].start
            self.backref_organisation(start, doc.tokens[t].end, latest, g)

    def definite(self) -> None:
        """ "The army said", "وأضاف الجيش": a definite body noun alone refers to the latest
        body of that kind named before it ("the Indian army", "الجيش الإسرائيلي")."""
        doc = self.doc
        g = Gazetteer.load()
        en = doc.lang != "ar"
        latest: dict[str, str] = {}  # body label ("Armed Forces") -> key of the latest such body
        seen: dict[str, str | None] = {}  # word -> the body label it names
        mi = 0
        ments = doc.mentions
        labels = _body_labels(doc.lang)
        if not any(
            m.etype == EntityType.ORGANIZATION and self._label(m.key).endswith(labels)
            for m in ments
        ):
            return
        # only "the X" (English) and definite words (Arabic) can refer back: visit those
        if en:
            cands = [p + 1 for p in doc.positions(_THE) if p + 1 < len(doc.tokens)]
        else:
            cands = [
                i
                for i, w in enumerate(doc.words)
                if w.startswith("ال") or (w[:1] in "وف" and w[1:].startswith("ال"))
            ]
        for t in cands:
            while mi < len(ments) and ments[mi].t0 < t:
                m = ments[mi]
                mi += 1
                if m.etype != EntityType.ORGANIZATION:
                    continue
                label = self._label(m.key)
                for body in labels:
                    if label.endswith(" " + body):
                        latest[body] = m.key
            if not latest or doc.mention_at_tok(t) is not None:
                continue
            w = doc.word(t)
            if en:
                if doc.word(t - 1) != "the" or doc.mention_at_tok(t - 1) is not None:
                    continue
                start = doc.tokens[t - 1].start
            else:
                w = w[1:] if w[:1] in "وف" and w[1:].startswith("ال") else w
                if not w.startswith("ال") or doc.mention_at_tok(t + 1) is not None:
                    continue
                start = doc.tokens[t].end - len(w)
            last = t
            if en and t + 1 < len(doc.tokens) and doc.mention_at_tok(t + 1) is None:
                # "the military government": a two-word body ("Military Junta") first
                two = f"{w} {doc.word(t + 1)}"
                if two not in seen:
                    seen[two] = next((f.target for f in g.forms(two) if f.kind == "body"), None)
                if seen[two] is not None and seen[two] in latest:
                    w, last = two, t + 1
            if w not in seen:
                seen[w] = next((f.target for f in g.forms(w) if f.kind == "body"), None)
            named = seen[w]
            if named is None or named == "Ministry" or named not in latest:
                continue
            key = latest[named]
            if key not in doc.extra:
                doc.extra[key] = (
                    EntityType.ORGANIZATION,
                    self._label(key),
                    doc.entity_states.get(key),
                    [],
                )
            self.backref(start, doc.tokens[last].end, key)

    def companies(self) -> None:
        """ "Russia's state oil company Rosneft said", "French state-owned nuclear firm
        Orano", "state oil firm Petronas": a capitalised name after a company noun
        (``_COMPANY_HEADS_EN``) that "state" ("state-owned", "state-run") qualifies is an
        Organization of the state named before it (possessive or adjective), else of the
        dateline's state; the name alone later refers back (S7-H15)."""
        doc = self.doc
        n = len(doc.tokens)
        found: dict[str, str] = {}
        for i in doc.positions(_COMPANY_HEADS_EN | _OWNED_EN):
            if doc.word(i) in _OWNED_EN and (
                doc.word(i - 1) != "state" or doc.word(i + 1) in _COMPANY_HEADS_EN
            ):
                continue  # only "state-owned QatarEnergy"; the noun after reads the rest
            state: str | None = None
            owned = False
            j = i - 1
            while j >= 0 and i - j <= 5 and self._joined(j + 1):
                m = doc.mention_at_tok(j)
                if m is not None:
                    if m.etype == EntityType.STATE and m.t1 == j:
                        state = m.key
                    break
                w = doc.word(j)
                if w in _STATE_OWNED_EN:
                    owned = True
                elif not w.isalpha() or not w.islower():
                    break
                j -= 1
            if not owned:
                continue  # "the Australian company Rio Tinto": a private firm
            if i + 1 >= n or not self._joined(i + 1):
                continue
            k = i + 1
            named = doc.mention_at_tok(k)
            if named is not None and named.etype == EntityType.STATE and named.t0 == k:
                # "state-owned Sudan Airways", "state oil company Saudi Aramco": a name
                # that opens with its state's (only when a name word follows)
                k = named.t1 + 1
                if k >= n or not self._joined(k) or not doc.tokens[k].text[:1].isupper():
                    continue
                state = state or named.key
            while k < n and k - i <= 4 and doc.tokens[k].text[:1].isupper():
                if doc.mention_at_tok(k) is not None or (k > i + 1 and not self._joined(k)):
                    break
                k += 1
            if k == i + 1 or (named is not None and k == named.t1 + 1):
                continue
            start, end = doc.tokens[i + 1].start, doc.tokens[k - 1].end
            name = doc.text[start:end]
            if name.endswith(("'s", "’s")):
                name, end = name[:-2], end - 2
            prefix = _prefix_state(name)
            if prefix is not None and prefix not in doc.entity_states:
                prefix = None  # (a state the article does not name has no entity)
            state = state or prefix or self.home
            if state is None:
                continue
            key = f"Body:{name}:{state}"
            self.add(start, end, key, EntityType.ORGANIZATION, state, name, [name])
            found[name] = key
        for name, key in found.items():  # later, the name alone: "Rosneft said"
            first = doc.text.find(name) + len(name)
            for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text[first:]):
                a, b = first + hit.start(), first + hit.end()
                t = doc.tok_at(a)
                inner = doc.mention_at_tok(t) if t >= 0 else None
                if (
                    t >= 0
                    and (inner is None or (inner.etype == EntityType.STATE and inner.end < b))
                    and all(x.end <= a or x.start >= b for x in self.new)
                    and doc.text[b : b + 1] not in ("'", "’")
                ):  # (not "Rosneft's chief executive X": a title of X's)
                    self.backref(a, b, key)

    def possessive_firms(self) -> None:
        """English: "Japan's NYK Line", "Norway's Wallenius Wilhelmsen Logistics": capitalised
        words no mention covers right after a state's possessive, ending in a word that
        closes a company's name (``unnamed.tsv`` kind=firmtail), are an Organization of that
        state, not the state (S10-R2-H4)."""
        doc = self.doc
        tails = _unnamed_words("en").get("firmtail", frozenset())
        for i in doc.positions(tails):
            tok = doc.tokens[i]
            if not tok.text[:1].isupper() or doc.mention_at_tok(i) is not None:
                continue
            j = i
            while (
                j > 1
                and i - j < 3
                and self._joined(j)
                and doc.mention_at_tok(j - 1) is None
                and doc.tokens[j - 1].text[:1].isupper()
            ):
                j -= 1
            m = doc.mention_at_tok(j - 1) if j > 0 else None
            if (
                j == i
                or m is None
                or m.etype != EntityType.STATE
                or m.t1 != j - 1
                or not doc.tokens[j - 1].text.endswith(("'s", "’s"))
                or not self._joined(j)
            ):
                continue
            name = doc.text[doc.tokens[j].start : tok.end]
            surface = doc.text[m.start : tok.end]  # the state's possessive, as for a ministry
            self.add(m.start, tok.end, f"Body:{name}:{m.key}", EntityType.ORGANIZATION, m.key,
                     name, [name, surface])  # fmt: skip

    def press_services(self) -> None:
        """ "..., his press service said", "Erdogan's press office said": the press service
        of the person it belongs to ("his": the latest person named before it in the
        sentence or the one before), an Organization of that person's state (S7-H15)."""
        doc = self.doc
        if doc.seg is None:
            return
        for i in doc.positions(_PRESS_EN):
            if doc.word(i + 1) not in _PRESS_SERVICE_EN or not self._joined(i + 1):
                continue
            if doc.mention_at_tok(i) is not None or doc.mention_at_tok(i + 1) is not None:
                continue
            owner_word = doc.word(i - 1)
            person: Ment | None = None
            start = doc.tokens[i - 1].start if i > 0 else -1
            prev = doc.mention_at_tok(i - 1) if i > 0 else None
            if prev is not None and prev.etype == EntityType.PERSON and prev.t1 == i - 1:
                if not doc.text[prev.start : doc.tokens[i - 1].end].endswith(("'s", "’s")):
                    continue
                person, start = prev, prev.start  # "Erdogan's press service"
            elif owner_word in ("his", "her"):
                sent = doc.seg.sentence_at(doc.tokens[i].start)
                k = doc.seg.index_at(sent.start) if sent is not None else 0
                lo = doc.seg.sents[k - 1].start if k > 0 else 0
                people = [
                    m for m in doc.mentions_in(lo, doc.tokens[i].start)
                    if m.etype == EntityType.PERSON and m.kind != "role"
                ]  # fmt: skip
                person = people[-1] if people else None
            if person is None or start < 0:
                continue
            state = doc.entity_states.get(person.key)
            name = self.labels.get(person.key, person.text)
            key = f"Body:Press service of {name}:{state}"
            end = doc.tokens[i + 1].end
            surface = doc.nt.span(start, end)[2]
            self.add(start, end, key, EntityType.ORGANIZATION, state,
                     f"Press service of {name}", [surface])  # fmt: skip

    def placed_government(self) -> None:
        """English "the junta in Niamey", "the authorities in Kabul", "the new rulers in
        Ouagadougou", "Authorities in Tripoli": a government noun (``unnamed.tsv`` kind
        placed) placed by "in" + a state or a capital is that state's (a metonym over the
        whole phrase; a junta is the state's Military Junta body, as "Niger's junta"). A
        place that is not a capital ("the authorities in Xinjiang") or any name between
        "the" and the noun ("the Houthi authorities in Sanaa") is left alone."""
        doc = self.doc
        words = _unnamed_words("en")
        placed, mods = words.get("placed", frozenset()), words.get("placedmod", frozenset())
        n = len(doc.tokens)
        for i in doc.positions(placed):
            if i + 2 >= n or doc.word(i + 1) != "in" or doc.mention_at_tok(i) is not None:
                continue
            m = doc.mention_at_tok(i + 2)
            if m is None or m.t0 != i + 2 or m.adjectival:
                continue
            if m.etype == EntityType.STATE:
                state = m.key
            elif m.key in _capital_states():
                state = _capital_states()[m.key]
            else:
                continue
            j = i - 1
            while j >= 0 and i - j <= 4 and doc.word(j) in mods and self._joined(j + 1):
                if doc.mention_at_tok(j) is not None:
                    break
                j -= 1
            first = j + 1
            tok = doc.tokens[first]
            if doc.word(j) == "the" and self._joined(first) and doc.mention_at_tok(j) is None:
                first = j
            elif (
                not tok.text[:1].isupper()
                or doc.text[max(0, tok.start - 20) : tok.start].rstrip()[-1:] not in _OPENS
            ):
                continue  # no "the" and not opening a sentence: "Gulf leaders in Riyadh"
            start, end = doc.tokens[first].start, m.end
            if doc.word(i) == "junta" or (
                doc.word(i) in _JUNTA_NOUNS_EN
                and any(doc.word(x) == "military" for x in range(first, i))
            ):  # ("the military government in Bamako": the junta, as "Mali's junta")
                self._state_junta(start, end, state)
                continue
            doc.extra_mentions.append((start, end, state))
            span = doc.nt.norm[start:end]
            self.new.append(Ment(start, end, state, "metonym", EntityType.STATE, first, m.t1, span))

    def _state_junta(self, start: int, end: int, state: str) -> None:
        """The ruling junta of ``state``, under the key the linker gives "Niger's junta"
        ("Organization:" + its demonym's label), so that both name one body."""
        country = Gazetteer.load().entries[state]
        body = _HOME_DEFINITE_EN["junta"]
        label = f"{country.demonym} {body}" if country.demonym else f"{body} of {country.label}"
        key = f"Organization:{normalize(label)}"
        surface = self.doc.nt.span(start, end)[2]
        self.add(start, end, key, EntityType.ORGANIZATION, state, label, [surface, label])
        self.latest["junta"] = key
        self.latest_any = key

    def home_definite(self) -> None:
        """ "NIAMEY -- The junta said", "ANKARA -- The opposition said": a definite body
        noun that names a state's ruling junta or opposition (``_HOME_DEFINITE_EN``), with
        no such body named before it, is the dateline state's (S7-H15)."""
        doc = self.doc
        if self.home is None or doc.lang == "ar":
            return
        n = len(doc.tokens)
        named = {  # bodies of these kinds already named: "the junta" is theirs (definite)
            label
            for label in _HOME_DEFINITE_EN.values()
            for m in (*doc.mentions, *self.new)
            if m.etype == EntityType.ORGANIZATION and self._label(m.key).endswith(label)
        }
        for p in doc.positions(_THE):
            t = p + 1
            if t >= n or doc.word(t) not in _HOME_DEFINITE_EN:
                continue
            if _HOME_DEFINITE_EN[doc.word(t)] in named:
                continue
            if doc.mention_at_tok(t) is not None or doc.mention_at_tok(p) is not None:
                continue
            if t + 1 < n and (
                doc.word(t + 1) in _HOME_DEFINITE_NOT_BEFORE or doc.mention_at_tok(t + 1)
            ):
                continue  # "the opposition leader", "the junta's chief"
            if doc.tokens[t].text.endswith(("'s", "’s")) or (
                t + 1 < n and doc.tokens[t + 1].text[:1].isupper() and self._joined(t + 1)
            ):
                continue  # "the opposition Labour Party": the named party speaks
            if t + 1 < n and doc.text[doc.tokens[t].end : doc.tokens[t + 1].start] == "-":
                continue  # "the opposition-controlled assembly": an adjective, no body
            self.home_body(doc.tokens[p].start, doc.tokens[t].end,
                           _HOME_DEFINITE_EN[doc.word(t)], doc.word(t))  # fmt: skip

    def home_army(self) -> None:
        """ "NIAMEY -- The army ousted the president", «نيامي - أطاح الجيش بالرئيس»: a bare
        "the army" / «الجيش» with no army named before it is the dateline state's armed
        forces (Arabic: of the place that opens its paragraph first, :meth:`local_home`), as
        a bare "the government" is its government (S14-LINK).  An army named before is the
        one a bare noun repeats (:meth:`arabic`, :meth:`definite`)."""
        doc = self.doc
        if self.home is None:
            return
        ar = doc.lang == "ar"
        n = len(doc.tokens)
        armies = [
            m.start
            for m in (*doc.mentions, *self.new)
            if m.etype == EntityType.ORGANIZATION and self._label(m.key).endswith("Armed Forces")
        ]
        first_army = min(armies, default=len(doc.nt.norm))
        forms = _BARE_ARMY_AR if ar else _BARE_ARMY_EN
        g = Gazetteer.load()
        for t in doc.positions(forms):
            if doc.mention_at_tok(t) is not None or any(m.t0 <= t <= m.t1 for m in self.new):
                continue
            word = doc.word(t)
            if ar:
                cut = 1 if word[0] in "وف" else 0
                after = doc.mention_at_tok(t + 1) if t + 1 < n and self._joined(t + 1) else None
                if (after is not None and after.etype == EntityType.STATE) or (
                    after is None and t + 1 < n and self._joined(t + 1)
                    and doc.word(t + 1).startswith("ال")
                ):  # fmt: skip
                    continue  # "الجيش السوداني"، "الجيش الحر": an army named by its adjective
                if t + 2 < n and doc.word(t + 1) == _IN_AR and doc.mention_at_tok(t + 2):
                    continue  # "الجيش في بوركينا فاسو": an army placed, not the dateline's
                start = doc.tokens[t].start + cut
            else:
                if t == 0 or doc.word(t - 1) != "the" or doc.mention_at_tok(t - 1) is not None:
                    continue
                nxt = doc.word(t + 1) if t + 1 < n else ""
                if nxt in _ARMY_NOT_BEFORE_EN or (
                    t + 1 < n and doc.tokens[t + 1].text[:1].isupper() and self._joined(t + 1)
                ):
                    continue  # "the army chief", "the army General Staff": another actor
                start = doc.tokens[t - 1].start
            if start > first_army:
                continue
            state = (self.local_home(start) if ar else None) or self.home
            entry = g.entries.get(state)
            if entry is None:
                continue
            label = (
                f"{entry.demonym} Armed Forces"
                if entry.demonym
                else f"Armed Forces of {entry.label}"
            )
            end = doc.tokens[t].end
            surface = doc.nt.span(start, end)[2]
            self.add(start, end, f"Organization:{normalize(label)}", EntityType.ORGANIZATION,
                     state, label, [surface])  # fmt: skip

    def home_bodies(self) -> None:
        """ "TIRANA -- Police said", "and police said", "Prosecutors said", «وقالت الشرطة
        إن»: a bare noun of a state body that every state has (``unnamed.tsv`` homebody:
        police, prosecutors, الشرطة، النيابة) is that body of the place "in"/"في" names
        after it ("police in Kenya"), else of the paragraph's place (Arabic,
        :meth:`local_home`), else of the dateline's state -- as a bare "the army" is its
        army (:meth:`home_army`).  Not before a word that makes it another actor ("police
        officers", "police chief", ``homebodynot``) or an adjective that names another
        body ("الشرطة العسكرية"); when such a body of another state was named before, the
        bare noun is left alone (S15-BODIES)."""
        doc = self.doc
        ar = doc.lang == "ar"
        words = _unnamed_words(doc.lang)
        nouns = words.get("homebody", frozenset())
        if not nouns:
            return
        not_before = words.get("homebodynot", frozenset()) | _ARMY_NOT_BEFORE_EN
        forms = {c + w for c in ("", "و", "ف") for w in nouns} if ar else set(nouns)
        g = Gazetteer.load()
        n = len(doc.tokens)
        for t in doc.positions(frozenset(forms)):
            if doc.mention_at_tok(t) is not None or any(m.t0 <= t <= m.t1 for m in self.new):
                continue
            word = doc.word(t)
            core = word if word in nouns else word[1:]
            start = doc.tokens[t].end - len(core) if ar else doc.tokens[t].start
            nxt = doc.word(t + 1) if t + 1 < n and self._joined(t + 1) else ""
            placed: str | None = None
            end = doc.tokens[t].end
            m = doc.mention_at_tok(t + 2) if nxt in ("in", _IN_AR) and t + 2 < n else None
            if (
                m is not None
                and m.t0 == t + 2
                and self._joined(t + 2)
                and not m.adjectival
                and m.etype in (EntityType.STATE, EntityType.PLACE)
            ):
                placed = self._state_of(m)  # "police in Kenya"
                end = m.end if placed is not None else end
            if ar:
                adjective = nxt.startswith("ال") and nxt.endswith(("ي", "ية", "ة"))
                if placed is None and nxt and (adjective or doc.mention_at_tok(t + 1)):
                    continue  # "الشرطة الإسرائيلية"، "الشرطة العسكرية": another body
            else:
                if nxt in not_before or (
                    placed is None and nxt and doc.tokens[t + 1].text[:1].isupper()
                ):
                    continue  # "police officers", "the police chief", "Police Commissioner X"
                prev = doc.word(t - 1) if t > 0 else ""
                if prev == "the" and doc.mention_at_tok(t - 1) is None:
                    start = doc.tokens[t - 1].start
                elif not (
                    t == 0
                    or prev in _CLAUSE_OPENERS_EN
                    or doc.text[doc.tokens[t - 1].end : doc.tokens[t].start].strip(" ")[-1:]
                    in (".", ",", "-", "—", "–", ";", ":", '"', "“", "\n")
                ):
                    continue  # "a police statement", "Kenyan police": not a bare noun
            state = placed or (self.local_home(start) if ar else None) or self.home
            entry = g.entries.get(state) if state is not None else None
            target = next((f.target for f in g.forms(core) if f.kind == "body"), None)
            if entry is None or target is None:
                continue
            if any(
                m.etype == EntityType.ORGANIZATION
                and m.start < start
                and self._label(m.key).endswith(target)
                and self._state_of(m) != state
                for m in (*doc.mentions, *self.new)
            ):
                continue  # another state's police named before: a bare noun is ambiguous
            label = f"{entry.demonym} {target}" if entry.demonym else f"{target} of {entry.label}"
            surface = doc.nt.span(start, end)[2]
            self.add(start, end, f"Organization:{normalize(label)}", EntityType.ORGANIZATION,
                     state, label, [surface])  # fmt: skip

    def groups(self) -> None:
        """ "The group said", "وقالت الجماعة", "the bloc", "المنظمة الإقليمية": a definite
        group noun (``lexicons/group_nouns.tsv``) refers to the latest organisation of its
        kind named before it -- an armed group, movement or party, or an
        intergovernmental organisation."""
        doc = self.doc
        nouns = _group_nouns(doc.lang)
        modifiers = _group_modifiers(doc.lang)
        g = Gazetteer.load()
        sources: dict[str, list[tuple[int, str]]] = {"nonstate": [], "igo": [], "court": []}
        for m in sorted(self.ments, key=lambda m: m.t0):
            entry = g.entries.get(m.key)
            kind = _GROUP_KINDS.get(entry.subtype) if entry is not None else None
            if kind is not None:
                sources[kind].append((m.t0, m.key))
            if kind == "igo" and entry is not None and _COURT_LABEL.search(entry.label):
                # "the court" after "the International Court of Justice" (S21-CODER-EN)
                sources["court"].append((m.t0, m.key))
        if doc.lang != "ar":
            self._title_groups(g, sources)
        else:
            self._ar_title_groups(g, sources)
        if not any(sources.values()):
            return
        starts = {kind: [t0 for t0, _ in found] for kind, found in sources.items()}
        forms = set(nouns) | ({c + w for c in "وف" for w in nouns} if doc.lang == "ar" else set())
        for t in doc.positions(forms):
            if doc.mention_at_tok(t) is not None:
                continue
            w = doc.word(t)
            if doc.lang != "ar":
                the = _group_noun_start(doc, t, modifiers)
                if the is None or doc.mention_at_tok(the) is not None:
                    continue
                if the < t - 1 and doc.mention_at_tok(t + 1) is not None:
                    continue  # "the regional bloc ECOWAS": the name that follows is it
                start = doc.tokens[the].start
            else:
                w = w[1:] if w not in nouns else w
                if doc.mention_at_tok(t + 1) is not None:
                    continue  # "الحركة الفلسطينية": an adjective names the group anew
                start = doc.tokens[t].end - len(w)
            kind = nouns[w]
            k = bisect_left(starts[kind], t)
            if not k:
                continue
            if doc.lang != "ar" and w in _BLOC_NOUNS_EN:
                # "the bloc", "the alliance": a member body, not an organ of the UN or a
                # court named since ("the Security Council backed the bloc's efforts")
                while k and (e := g.entries.get(sources[kind][k - 1][1])) is not None:
                    if not _ORGAN_LABEL.search(e.label):
                        break
                    k -= 1
                if not k:
                    continue
            key = sources[kind][k - 1][1]
            if kind == "court" and self._other_court_between(sources[kind][k - 1], t):
                continue  # "... a Venezuelan court ruled; the court said": that court
            self.backref_organisation(start, doc.tokens[t].end, key, g)

    def _other_court_between(self, source: tuple[int, str], t: int) -> bool:
        """Whether a court other than the international one named at ``source`` (its first
        token and key) is named between it and the back-reference "the court" at ``t``: a
        "court" word in another mention ("a Venezuelan court") or in none that is no
        back-reference itself ("the Supreme Court")."""
        doc = self.doc
        t_from, key = source
        for j in range(t_from, t):
            if doc.word(j) not in ("court", "tribunal"):
                continue
            m = doc.mention_at_tok(j)
            if m is not None:
                if m.key != key:
                    return True
            elif doc.word(j - 1) != "the" or doc.tokens[j].text[:1].isupper():
                return True
        return False

    def _group_organisations(self, g: Gazetteer) -> Iterator[tuple[str, Entry, str]]:
        """The article's organisations that group nouns can name: ``(key, gazetteer
        entry, group kind)``."""
        for key, etype in self.doc.entity_types.items():
            if etype != EntityType.ORGANIZATION:
                continue
            entry = g.entries.get(key)
            kind = _GROUP_KINDS.get(entry.subtype) if entry is not None else None
            if entry is not None and kind is not None:
                yield key, entry, kind

    def _title_groups(self, g: Gazetteer, sources: dict[str, list[tuple[int, str]]]) -> None:
        """English: an organisation of the article named by its acronym inside a person's
        title ("NATO Secretary-General Mark Rutte") is a source for the group nouns after
        that acronym ("the alliance would ..."): added to ``sources`` there (S9-R4)."""
        doc = self.doc
        added = False
        for key, entry, kind in self._group_organisations(g):
            acronyms = {a for a in entry.aliases if a.isascii() and a.isalpha() and a.isupper()}
            for t in doc.positions(frozenset(a.lower() for a in acronyms)):
                m = doc.mention_at_tok(t)  # inside a person's title: read on its own
                if m is not None and m.etype == _PERSON_T and doc.tokens[t].text in acronyms:
                    sources[kind].append((t, key))
                    added = True
        if added:
            for found in sources.values():
                found.sort()

    def group_adjectives(self) -> None:
        """Arabic: the adjective of a non-state group after a definite noun ("الهجوم
        الحوثي"، "الميليشيا الحوثية") names the group: an alias "جماعة/حركة ال<X>ي" of a
        gazetteer armed group or movement gives the adjective "ال<X>ي" and its feminine
        in ة (S9-R4)."""
        doc = self.doc
        g = Gazetteer.load()
        adjectives = _ar_group_adjectives()
        if not adjectives:
            return
        for t in doc.positions(_ar_group_adjective_words()):
            if t == 0 or doc.mention_at_tok(t) is not None or not self._joined(t):
                continue
            prev = doc.word(t - 1)
            if not _ar_definite_noun(prev) or doc.mention_at_tok(t - 1) is not None:
                continue  # ("عبد الملك الحوثي": a person's name, read as one)
            tok = doc.tokens[t]
            self.backref_organisation(tok.start, tok.end, adjectives[doc.word(t)], g)

    def _ar_title_groups(self, g: Gazetteer, sources: dict[str, list[tuple[int, str]]]) -> None:
        """Arabic: an organisation of the article named inside a person's title ("الأمين
        العام لحلف شمال الأطلسي X") is a source for the group nouns after it ("وقال إن
        الحلف ..."): the last word of its Arabic name or of a one-word alias, read inside
        a person's mention, is added to ``sources`` there (S9-R4)."""
        doc = self.doc
        added = False
        for key, entry, kind in self._group_organisations(g):
            names = [n for n in (entry.label_ar, *entry.aliases) if n and not n.isascii()]
            ends = frozenset(normalize(n).split()[-1] for n in names if n.split()[-1][:2] == "ال")
            for t in doc.positions(ends):
                m = doc.mention_at_tok(t)
                if m is not None and m.etype == EntityType.PERSON:
                    sources[kind].append((t, key))
                    added = True
        if added:
            for found in sources.values():
                found.sort()

    def head_backrefs(self) -> None:
        """ "The Agency said" after "the International Atomic Energy Agency", "the Forces"
        after "the Rapid Support Forces", "the party" after "the Pakistan Tehreek-e-Insaf
        party": "the" and the head noun (last word, an organisation word of the gazetteer)
        of an organisation named in several words shortly before refers back to it
        (English)."""
        doc = self.doc
        g = Gazetteer.load()
        org_words = g.org_words.get("en", frozenset())
        titles = g.title_words.get("en", frozenset())
        heads: dict[str, list[tuple[int, str]]] = {}
        for m in sorted([*self.ments, *self.new], key=lambda m: m.t0):
            if m.etype != EntityType.ORGANIZATION or m.t1 <= m.t0 or m.adjectival:
                continue
            head = doc.word(m.t1)
            if head in org_words and head not in _HEAD_BACKREF_NOT:
                heads.setdefault(head, []).append((m.t1, m.key))
        if not heads:
            return
        n = len(doc.tokens)
        for t in doc.positions(frozenset(heads)):
            if doc.word(t - 1) != "the" or doc.mention_at_tok(t) is not None:
                continue
            if doc.mention_at_tok(t - 1) is not None or any(m.t0 <= t <= m.t1 for m in self.new):
                continue
            after = doc.word(t + 1)
            if after in _HEAD_BACKREF_NOT_BEFORE or after in titles:
                continue  # "the Agency of ...", "the agency chief": another name, a person
            if t + 1 < n and (
                (doc.tokens[t + 1].text[:1].isupper() and self._joined(t + 1))
                or doc.text[doc.tokens[t].end : doc.tokens[t + 1].start] == "-"
            ):
                continue  # "the Forces Command", "the party-backed": another name
            found = heads[doc.word(t)]
            k = bisect_left([t1 for t1, _ in found], t)
            if not k or t - found[k - 1][0] > _HEAD_BACKREF_REACH:
                continue
            key = found[k - 1][1]
            start = doc.tokens[t - 1].start
            if key in doc.extra:
                self.backref(start, doc.tokens[t].end, key)
            elif key in g.entries:
                self.backref_organisation(start, doc.tokens[t].end, key, g)

    def _label(self, key: str) -> str:
        if key in self.doc.extra:
            return self.doc.extra[key][1]
        return self.labels.get(key, "")

    def backref(self, start: int, end: int, key: str) -> None:
        etype, label, state, aliases = self.doc.extra[key]
        self.add(start, end, key, etype, state, label, aliases)

    def backref_organisation(self, start: int, end: int, key: str, g: Gazetteer) -> None:
        """:meth:`backref` to the gazetteer organisation ``key``, made an entity of the
        article (with its gazetteer label and state) if it is not one yet."""
        if key not in self.doc.extra:
            entry = g.entries[key]
            self.doc.extra[key] = (
                EntityType.ORGANIZATION,
                self.labels.get(key, entry.label),
                self.doc.entity_states.get(key, entry.state),
                [],
            )
        self.backref(start, end, key)

    def offices(self) -> None:
        """ "مكتب الرئيس التركي ..." / "Netanyahu's office"."""
        doc = self.doc
        norm = doc.nt.norm
        for m in self.ments:
            if m.etype != EntityType.PERSON:
                continue
            before, cut = _core(doc.word(m.t0 - 1)) if m.t0 > 0 else ("", 0)
            tail = norm[m.end : m.end + 10].lower()
            if before.lower() in _OFFICE_WORDS and self._joined(m.t0):
                start, end = doc.tokens[m.t0 - 1].start + cut, m.end
            elif tail.startswith(("'s office", "’s office")):
                start, end = m.start, m.end + len("'s office")
            elif (of := _OFFICE_OF_EN.search(norm, max(0, m.start - 60), m.start)) is not None:
                start, end = of.start(), m.end  # "the office of Ecuadorian President X"
            else:
                continue
            key = "Office:" + m.key
            surface = doc.nt.span(start, end)[2]
            person = self.labels.get(m.key, "")
            aliases = [surface, f"{person}'s office", f"Office of {person}"]
            self.add(start, end, key, EntityType.ORGANIZATION, doc.entity_states.get(m.key),
                     surface, aliases)  # fmt: skip

    def leader_forces(self) -> None:
        """ "قوات حفتر"، "القوات الموالية لحميدتي"، "Haftar's forces", "forces loyal to
        Hemedti": the forces of a leader whom the gazetteer records as the head of an armed
        group or movement (a tenure of role ``head`` of that organisation) are that
        organisation, not the leader (S14-LINK).  The force words are data
        (``word_sets.tsv``: ``bodies.leader_forces_ar``, ``bodies.leader_forces_en``)."""
        doc = self.doc
        g = Gazetteer.load()
        ar = doc.lang == "ar"
        forces = _LEADER_FORCES_AR if ar else _LEADER_FORCES_EN
        loyal = _FORCES_LOYAL_AR if ar else _FORCES_LOYAL_EN
        for m in self.ments:
            if m.etype != EntityType.PERSON or m.key not in g.entries:
                continue
            group = _headed_group(g, m.key)
            if group is None:
                continue
            span = (
                self._ar_leader_forces(m, forces, loyal)
                if ar
                else self._en_leader_forces(m, forces, loyal)
            )
            if span is not None:
                self.backref_organisation(span[0], span[1], group, g)

    def _ar_leader_forces(
        self, m: Ment, forces: frozenset[str], loyal: frozenset[str]
    ) -> tuple[int, int] | None:
        """Arabic: the span of "قوات X" / "القوات الموالية لـX" ending at the leader's
        mention ``m``, or None."""
        doc = self.doc
        t = m.t0
        if doc.tokens[t].start < m.start:  # "لحفتر": the preposition of "الموالية ل"
            if doc.word(t)[:1] != "ل" or t == 0 or _strip_ar_clitics(doc.word(t - 1)) not in loyal:
                return None
            t -= 1
        elif t > 0 and _strip_ar_clitics(doc.word(t - 1)) in loyal:
            return None  # ("الموالية حفتر" is not a phrase)
        if t == 0 or not self._joined(t):
            return None
        word = doc.word(t - 1)
        core = _strip_ar_clitics(word)
        if core not in forces:
            return None
        start = doc.tokens[t - 1].end - len(core)
        return start, m.end

    def _en_leader_forces(
        self, m: Ment, forces: frozenset[str], loyal: frozenset[str]
    ) -> tuple[int, int] | None:
        """English: the span of "X's forces" / "forces loyal to X" / "forces of X" around
        the leader's mention ``m``, or None."""
        doc = self.doc
        norm = doc.nt.norm
        after = re.match(r"(?:'s|’s|’|')\s+(\w+)", norm[m.end : m.end + 30])
        if after is not None and after.group(1).lower() in forces:
            return m.start, m.end + after.end()
        before = re.search(r"\b(\w+)\s+(\w+)(?:\s+to)?\s+$", norm[max(0, m.start - 40) : m.start])
        if before is None:
            return None
        head, link = before.group(1).lower(), before.group(2).lower()
        if head in forces and (link in loyal or link == "of"):
            return m.start - (len(before.group(0))), m.end
        return None

    def merged(self) -> list[Ment]:
        """The linked mentions with the bodies in place of what they cover."""
        if not self.new:
            return self.ments
        spans = sorted(self.new, key=lambda m: m.start)
        # a mention is covered when a body starting at or before it ends after it: the
        # furthest end among the bodies starting up to each point, found by bisection
        starts = [b.start for b in spans]
        reach = list(accumulate((b.end for b in spans), max))
        out = [
            m
            for m in self.ments
            if (k := bisect_right(starts, m.start)) == 0 or reach[k - 1] <= m.start
        ]
        out.extend(spans)
        out.sort(key=lambda m: (m.start, -m.end))
        cleaned: list[Ment] = []
        for m in out:
            if cleaned and m.start < cleaned[-1].end:
                continue
            cleaned.append(m)
        return cleaned


_THE = frozenset({"the"})
_HEAD_BACKREF_NOT = frozenset(
    "state states government army police military people house office times post world "
    "nations republic kingdom emirates news press media company reuters".split()
)
"""Head nouns that "the" + noun does not take back to the named body: a state, the
home government or forces, an outlet, a generic noun."""
_HEAD_BACKREF_NOT_BEFORE = frozenset({"of", "for", "in", "and"})
_HEAD_BACKREF_REACH = 150
"""Tokens from the body's name within which "the" + its head refers back to it."""
_PRESS_EN = frozenset({"press", "media"})
_PRESS_SERVICE_EN = frozenset({"service", "office"})
_COMPANY_HEADS_EN = frozenset(
    "company firm carrier airline producer giant operator lender conglomerate".split()
)
"""Nouns after which a state firm's name follows ("state oil company Rosneft")."""
_MAKERS_EN = frozenset({"maker", "manufacturer", "producer"})
_STATE_OWNED_EN = frozenset({"state", "owned", "run", "government"})
_OWNED_EN = frozenset({"owned", "run"})


def lead_end(text: str) -> int:
    """Where the lead of an article ends: the end of its first paragraph of more than 150
    characters (the headline and a dateline line before it are shorter), or of the text."""
    at = 0
    for line in text.split("\n"):
        at += len(line) + 1
        if len(line.strip()) > 150:
            return at - 1
    return len(text)


def _strip_ar_clitics(word: str) -> str:
    """A folded Arabic word without a leading و/ف and then ب/ل ("وقوات"، "لقوات")."""
    if len(word) > 4 and word[0] in "وف":
        word = word[1:]
    if len(word) > 4 and word[0] in "بل" and not word.startswith("ال"):
        word = word[1:]
    return word


def _headed_group(g: Gazetteer, person: str) -> str | None:
    """The armed group or movement the gazetteer records ``person`` as heading (a tenure
    of role ``head`` of an organisation of kind nonstate), or None."""
    for tenure in g.entries[person].tenures:
        entry = g.entries.get(tenure.of) if tenure.of else None
        if (
            entry is not None
            and "head" in tenure.roles
            and entry.type == EntityType.ORGANIZATION
            and _GROUP_KINDS.get(entry.subtype) == "nonstate"
        ):
            return entry.key
    return None


def _prefix_state(name: str) -> str | None:
    """The state whose name opens a run-together company name ("QatarEnergy",
    "KazMunayGas" does not), or None."""
    for k in range(len(name) - 1, 2, -1):
        if name[k].isupper() and name[k - 1].islower():
            found = [e.key for e in Gazetteer.load().lookup(name[:k]) if e.type == EntityType.STATE]
            if found:
                return found[0]
    return None


_HOME_DEFINITE_EN = {"junta": "Military Junta", "opposition": "Opposition"}
_DEPARTMENT_STATES = frozenset({"USA", "PHL", "IRL", "AUS", "ZAF", "GBR", "CAN", "NZL"})
"""ISO3 of states whose ministries English news calls departments ("the Philippine Justice
Department"): under their dateline a bare "Justice Department" is theirs (S10-H15)."""
_JUNTA_NOUNS_EN = frozenset({"government", "regime"})
"""Placed nouns that "military" before them makes a junta ("the military government in
Bamako"), as ``data/bodies.tsv`` makes "Mali's military government" one (S10-H15; not
"rulers": on unseen text that cost statements)."""
"""Body nouns (labels as in the gazetteer's ``bodies.tsv``) that alone name the dateline
state's body: a state has one ruling junta and one opposition."""
_BARE_ARMY_AR = frozenset(fold(w) for w in ("الجيش", "والجيش", "فالجيش"))
_BARE_ARMY_EN = frozenset({"army"})
"""A bare army noun: :meth:`_Builder.home_army`."""
_IN_AR = fold("في")
_ARMY_NOT_BEFORE_EN = word_set("bodies.army_not_before_en")
"""English words after "the army" that make it part of another actor or a place."""
_NOT_NAMES_EN = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december i we he she it they the""".split()
)
"""Capitalised words after a descriptive noun that name no organisation ("the agency Monday")."""
_NAME_OPENERS_EN = frozenset(
    "the a an in on at by for of and but as when after while his her its their this that".split()
)
"""English words that open a sentence capitalised but no body's name ("The Electoral ...")."""
_CLAUSE_OPENERS_EN = frozenset(
    "and but while as when after where though although because since before until so".split()
)
"""English words after which a bare noun opens a clause ("..., and police said")."""
_HOME_DEFINITE_NOT_BEFORE = frozenset(
    "leader leaders chief party parties figure figures lawmaker lawmakers member members "
    "candidate candidates politician politicians coalition bloc alliance movement "
    "activist activists supporters".split()
)
_BODY_HEADS_EN = frozenset({"ministry", "department"})
_OPENS = frozenset({"", ".", "!", "?", "\n", '"', "“", "—", "-"})
"""What may come before a sentence-opening noun phrase (nothing: the text's start)."""


def find_bodies(
    doc: Doc, ments: list[Ment], labels: dict[str, str], home: str | None = None
) -> list[Ment]:
    """``ments`` with ministries and offices added (see the module doc).

    ``doc`` must be tokenised and its mention index built from ``ments``;
    the new entities go to ``doc.extra`` and their mentions to
    ``doc.extra_mentions``.
    """
    b = _Builder(doc, ments, labels, home)
    b.offices()
    b.leader_forces()
    b.outlets()
    if doc.lang == "ar":
        b.arabic()
    else:
        b.named_english()
        b.english()
        b.bodies_of_en()
        b.named_bodies_en()
        b.described_names_en()
        b.named_backrefs_en()
    if b.new:  # the officials and the government read the bodies just found
        doc.mentions = b.merged()
        doc.prepare()
    before = len(b.new)
    b.placed_bodies()
    if doc.lang == "ar":
        b.definite_bodies_ar()
        if len(b.new) > before:  # (the group nouns below see them)
            doc.mentions = b.merged()
            doc.prepare()
    b.definite()
    if doc.lang != "ar":
        b.companies()
        b.possessive_firms()
        b.press_services()
    if doc.lang != "ar":
        b.placed_government()
    b.home_definite()
    b.home_army()
    b.home_bodies()
    b.groups()
    if doc.lang != "ar":
        b.head_backrefs()
    else:
        b.group_adjectives()
    if doc.lang == "ar":
        b.unnamed_arabic()
    else:
        b.unnamed_english()
        b.collectives_english()
    b.government(home)
    b.presidency(home)
    return b.merged()
