"""The left-to-right reading behind :func:`kg.gazetteer.linker.link`.

Works on the atoms (phrase matches) of one article: title phrases with their
state/organisation and the name that follows, role-only and surname
back-references, metonym/place decisions, gates from the stoplist, and names
of people the gazetteer does not know.  See the linker's module docstring for
the behaviour; this module is its implementation.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from importlib import resources

from kg.gazetteer.gazetteer import Entry, Gazetteer
from kg.gazetteer.index import Atom, Form
from kg.gazetteer.linker import (
    LinkedMention,
    LinkedRole,
    Linking,
    entity_of,
    is_cap,
    stems,
)
from kg.gazetteer.name_model import candidates, name_model, nisba_at
from kg.gazetteer.names import (
    AR_CONNECT,
    AR_ONE_NAME_STYLES,
    EN_PARTICLES,
    NAME_MONTHS,
    NameFinder,
    ar_skeleton,
    en_spelling_variant,
    spelling_variant,
)
from kg.models import EntityType
from kg.text import Token, normalize
from kg.text.tokens import ARABIC, POSSESSIVE, UPPER, possessive_len

_MISSION_WORDS = frozenset(
    normalize(w)
    for w in "السفارة سفارة القنصلية قنصلية البعثة بعثة embassy consulate mission".split()
)
"""Words of a role phrase that place it at a diplomatic mission abroad."""
_GOVERNMENT_HEADS = frozenset({"government", "military", "presidency", "embassy", "consulate"})
"""English head nouns of a state's own bodies that end a title's owner ("a spokesman for the
German government") besides the institutions' last words (``lexicons/institutions.tsv``)."""

_MISSION_AFTER_EN = re.compile(r"[ \t]+(?:embassy|consulate|mission)\b", re.IGNORECASE)
"""A mission word right after an English title that ends in a state adjective."""

__all__ = ["Resolver"]

_OF = {"en": frozenset({"of", "for"}), "ar": frozenset()}
_AR_PRESS = frozenset({"للصحفيين", "للصحافيين", "للصحافة", "لوسائل", "للإعلاميين"})
"""Arabic addressees of a statement ("قال X للصحفيين"): a name may end before them."""
_IN_ITS_NAME = frozenset(normalize(w) for w in ("باسمه", "باسمها", "باسمهم"))
_PRINCIPAL_AIDES = frozenset({"adviser", "aide", "official", "spokesperson", "envoy"})
"""Role keys of an aide whose Arabic construct title takes another office holder as its
complement ("كبير مستشاري الرئيس الأمريكي"): :meth:`Resolver._ar_principal_owner`."""
_AR_UNIT_NOUNS = frozenset(normalize(w) for w in ("وفد", "بعثة", "لجنة", "فريق"))
"""Arabic indefinite nouns of a unit between a title and its owner ("رئيس وفد حماس X"،
"رئيس بعثة الاتحاد الأوروبي X"): :meth:`Resolver._phrase` reads over them."""
_AR_ORGAN_NOUNS = frozenset(normalize(w) for w in ("مكتب", "مجلس", "لجنة", "هيئة", "قيادة"))
"""Arabic organs of a body ("مكتبها السياسي"، "مجلسه التنفيذي"), besides orghead nouns."""
_EN_CLAUSE_OPENERS = frozenset(
    "and but after before when while as since until because although though once that which".split()
)
"""English words that open a clause, before the subject an unknown name may be ("three
days after X Y, the leader's sister, warned that ...", S17-SPKLINK)."""
_WEEKDAYS_EN = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
"""English weekdays: never a name word after a family name ("Kim Monday")."""
_AR_REGION_NOUNS = frozenset(normalize(w) for w in ("ولاية",))
"""Arabic: a province between a governor's title and the place naming it ("حاكم ولاية
الخرطوم X"، "والي ولاية سنار X"); read over only before a state or place (S15-NAMES2)."""
_AR_ACRONYM = re.compile(r" ?[«(]([^\s«»()]{2,12})[»)]")
_AT_IT = frozenset(normalize(w) for w in ("لديها", "لديه", "لديهم", "فيها", "فيه"))
"""Arabic: a posting given by a pronoun ("سفير X لديها Y"): the host named before."""
_AT_HERE = frozenset(normalize(w) for w in ("البلاد", "الدولة"))
"""Arabic: the host country as the wire's own ("سفير X لدى البلاد Y"، "لدى الدولة")."""
"""Arabic "on its behalf" after a bare title: the spokesman of a body named before."""
_POST = {"en": frozenset({"to", "at", "in"}), "ar": frozenset({"لدي", "في", "الي"})}
_MODIFIERS = ("former", "new", "outgoing", "interim")
_AFFILIATED_EN = re.compile(r"-(?:linked|affiliated|aligned|allied|inspired|leaning)\b", re.I)
"""English: the second half of an affiliation compound ("Al-Qaeda-linked")."""
_POSTED = frozenset({"ambassador", "envoy", "charge_daffaires", "representative", "consul"})
"""Roles held *at* a place or *to* a state ("السفير الفرنسي لدى الجزائر", "envoy to")."""
_PERSON = EntityType.PERSON.value
_ORG = EntityType.ORGANIZATION.value
_AR_TO = normalize("إلى")
_AR_ADJ_ENDINGS = ("ي", "ية", "ى", "ا", "ة")
"""Arabic: endings of a definite word that may continue a body's name as its adjective
("المجلس الوطني"، "اللجنة العليا"، "الهيئة العامة"): :meth:`Resolver._head_ref_ok`."""
_AR_COMPOUND_TAILS = frozenset(normalize(w) for w in ("الدين", "الله", "العابدين"))
"""Arabic: second halves of compound given names, after which a family name follows."""
_PRIVATE_ROLES = frozenset(
    {"academic", "activist", "analyst", "athlete", "businessman", "citizen", "doctor",
     "journalist", "lawyer", "prisoner", "student", "tourist", "writer", "aid_worker"}
)  # fmt: skip
"""Role keys of people who hold no office of a state (the home state is not theirs)."""
_AR_TO_WORDS = frozenset(normalize(w) for w in ("إلى", "الى", "مع", "عن", "من"))
"""Arabic: words before a posting or a partner inside a title ("المبعوث إلى اليمن")."""
_AR_TITLE_PREPS = frozenset(normalize(w) for w in ("في", "لدى", "لدي"))
"""Arabic prepositions inside a long title ("وزير الخارجية في حكومة X")."""
_MEMBER_ROLES = frozenset({"senior_member"})
"""Roles that are titles only with their organisation ("القيادي في حركة حماس")."""
_ABBREV_RANKS = frozenset({"gen", "col", "adm", "capt", "maj"})
_ASIDE_ROLES = frozenset({"spokesperson", "adviser", "envoy", "representative"})
"""Roles whose holder news names in an aside after an indefinite title ("A spokesman
for the Guards, Hossein Mahmoudi, said"; not "the president of the company, X")."""


def _ar_split_role_over_org(
    g: Gazetteer, text: str, tokens: list[Token], atoms: list[Atom]
) -> tuple[list[Atom], frozenset[int]]:
    """Arabic: ``atoms`` with a construct title that swallowed the first word of an
    organisation's name re-read as the shorter title and that name ("رئيس حكومة | إقليم
    كردستان" -> "رئيس | حكومة إقليم كردستان"; "رئيس حكومة الوحدة الوطنية"), and the first
    tokens of the titles so re-read: the greedy match takes the longer title, which leaves
    the rest of the name unread. Only where the words before the last read as a title
    alone and the organisation's name runs past the title."""
    out: list[Atom] = []
    heads: set[int] = set()
    k, n = 0, len(atoms)
    while k < n:
        a = atoms[k]
        k += 1
        if (
            a.j - a.i < 2
            or a.info.role is None
            or a.info.entity
            or (
                k < n and atoms[k].i == a.j and not all(f.kind == "place" for f in atoms[k].forms)
            )  # a phrase right after the title: read (a place may open the body's name:
            # "رئيس حكومة | إقليم كردستان")
        ):
            out.append(a)
            continue
        tail = g.index.match(tokens[a.j - 1 : a.j + 7], text)
        head = g.index.match(tokens[a.i : a.j - 1], text)
        if (
            not tail
            or tail[0].i != 0
            or tail[0].j < 2
            or (k < n and atoms[k].i == a.j and tail[0].j + a.j - 1 < atoms[k].j)
            or not any(f.etype == _ORG for f in tail[0].info.entity)
            or len(head) != 1
            or head[0].j != a.j - 1 - a.i
            or head[0].info.role is None
        ):
            out.append(a)
            continue
        org = tail[0]._replace(i=tail[0].i + a.j - 1, j=tail[0].j + a.j - 1)
        out.append(head[0]._replace(i=a.i, j=a.j - 1))
        out.append(org)
        heads.add(a.i)
        while k < n and atoms[k].i < org.j:
            k += 1  # (a phrase the organisation's name now covers)
    return out, frozenset(heads)


@dataclass
class _Phrase:
    first_tok: int
    end_tok: int
    next_atom: int
    start: int
    end: int
    role: Form
    role_key: str
    modifier: str | None
    of: str | None
    state: str | None
    dept: str | None
    postings: list[int] = field(default_factory=list)
    complement: bool = False
    """The title has a complement ("للشؤون الخارجية")."""
    body: bool = False
    """The title heads a body or portfolio the gazetteer lacks ("رئيس هيئة الدواء
    المصرية"، "وزير الزراعة العراقي"): its state owns it, and the state's holder of the role
    word ("رئيس": the president) is not the one meant."""


@dataclass
class _Fact:
    role: str
    state: str | None
    of: str | None
    dept: str | None


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_BODY_NAME_INNER = frozenset({"of", "and", "for", "on"})
"""Lower-case words inside an unknown body's name ("National Bureau of Statistics")."""


@functools.lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    """English last words of institutions' proper names ("Bureau", "Office", "Agency"), from
    the extractors' ``lexicons/institutions.tsv`` (read as a file: no package import)."""
    path = resources.files("kg").joinpath("extractors", "lexicons", "institutions.tsv")
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0] == "en":
            words.add(normalize(cells[1]))
    return frozenset(words)


@functools.cache
def _unnamed_words(lang: str, kind: str) -> frozenset[str]:
    """The words of one kind and language of the extractors' ``lexicons/unnamed.tsv``
    (read as a file: importing ``kg.extractors`` from here would be a package cycle);
    Arabic words folded with :func:`normalize`, English ones as written."""
    path = resources.files("kg").joinpath("extractors", "lexicons", "unnamed.tsv")
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 3 and cells[0] == lang and cells[2] == kind:
            out.add(normalize(cells[1]) if lang == "ar" else cells[1])
    return frozenset(out)


def _ar_org_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """Arabic organisation head nouns ("هيئة"، "حزب"، "حركة") and the verbs besides the
    speech verbs that open such a subject ("أعلنت"، "حذرت"), folded (``unnamed.tsv``
    kinds orghead, orgcue)."""
    return _unnamed_words("ar", "orghead"), _unnamed_words("ar", "orgcue")


def _ar_org_refs() -> frozenset[str]:
    """Arabic head nouns whose definite form refers back to the organisation named with
    them ("مجلس" -> "المجلس"), folded (``unnamed.tsv`` kind orgref)."""
    return _unnamed_words("ar", "orgref")


def _ar_address_nouns() -> frozenset[str]:
    """Arabic nouns of a message or reproach sent "to" someone ("انتقادات"، "رسالة"),
    folded (``unnamed.tsv`` kind addressnoun)."""
    return _unnamed_words("ar", "addressnoun")


def _en_mastheads() -> frozenset[str]:
    """English last words of an outlet's name a state's name opens ("India Today", "China
    Daily") (``unnamed.tsv`` kind masthead)."""
    return _unnamed_words("en", "masthead")


_MONTH_OPENERS = frozenset(
    "in on since until till by from of last next early late mid this through during "
    "between before after around throughout".split()
)
"""Words before a month that make it a date ("in May", "last May"), not a family name."""
_EN_LINEAGE = frozenset({"bin", "bint", "ibn", "al", "el"})
"""English words that carry an Arab name on ("Sheikh Mohammed bin Rashid")."""
_HOME_UNNAMED_ROLES = frozenset(
    {"foreign_minister", "defence_minister", "interior_minister", "finance_minister",
     "spokesperson"}
)  # fmt: skip
"""Titles every government has: with no holder known, "the foreign minister" under a
dateline is an unnamed person of that state (not "the prime minister": not every state
has one)."""
_HOME_OWNERS_EN = frozenset({"country", "nation", "province", "region", "state"})
_EN_PORTFOLIO_ROLES = frozenset({"minister", "envoy", "secretary", "official"})
"""English role keys whose title may name a portfolio with "for" ("minister for the Pacific")."""
_EN_OF_PORTFOLIO_ROLES = frozenset({"minister", "secretary"})
"""English role keys whose title may also name a capitalised portfolio with "of" ("Minister of
the Presidency", "Minister of Health"): the titles of ministers the lexicon lacks (S18-SPKLINK)."""
_PLURAL_TITLES_EN = frozenset(
    "presidents leaders ministers premiers envoys diplomats generals commanders officials "
    "lawmakers senators politicians candidates figures activists journalists".split()
)
"""English plural title nouns before a comma and two names ("two former presidents, X and Y")
(S10-R2-H4)."""
_BODY_MODIFIERS_EN = frozenset({"new", "interim", "transitional", "caretaker", "incoming"})
"""English words that may sit between a state's possessive and its body ("Niger's new
military government", "Mali's transitional government"): still that body (S10-R2-H4)."""
"""Common nouns whose possessive before a title ("the country's top prosecutor") makes it an
office of the story's state."""
_DATELINE_EN = re.compile(r"^([A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})[ \t]*(?:[-—–:(,/])", re.M)
"""An English dateline opening a line: "KUALA LUMPUR (Reuters) -", "SEOUL, June 3 -",
"Kuala Lumpur (AFP) -", "LONDON/PARIS, May 6" (as ``bodies.home_state`` reads them)."""
_TAKES_OFFICE_EN = frozenset({"sworn", "elected", "re-elected", "reelected", "inaugurated"})
_PERSON_FATE_EN = frozenset(
    "detained arrested jailed imprisoned sentenced convicted indicted acquitted pardoned "
    "kidnapped abducted assassinated executed deported extradited exiled".split()
)
"""Participles after "was" that only a person undergoes ("X was detained in Moscow")."""
_AS_TITLE_EN = re.compile(
    r"(?:was |is |were |has been |had been )?(?:sworn in|elected|re-elected|reelected|"
    r"appointed|named|installed|inaugurated|confirmed) as(?: the)?"
)
"""What stands between a person and the title they take ("was sworn in as", "named ...
as"): a verb of being put in office, then "as" (not "took office as": the relation
coder reads that one as LEADS the office)."""
_OF_TAIL_EN = re.compile(
    r" (?:(?:[a-z]+ed |held |born |known |sent |kept |taken |caught |sought )?"
    r"(?:of|to|for|at|in|since|by|on))"  # ("a former Marine held in Russia since 2018,")
    r" [^,.;:\"“”()]{2,60}[,.;]"
)
"""The "of ..." ("to ...", "for ...", "at ...") complement of an apposed title, up to its
closing comma ("adviser to the prime minister,", "spokesman for the army,")."""
_WHO_TAIL_EN = re.compile(r" (?:who|whose) [^,.;:\"“”()]{2,60},")
"""A relative clause closing an apposed title with a comma ("Jane Doe, the lawyer who
filed the case, said") (S9-R3)."""
_OUTLET_NAME_EN = r"((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,3})"
_OUTLET_NOUN_EN = r"(?:news agency|newspaper|daily|broadcaster)"
_OUTLETS_EN = (
    re.compile(rf"\b{_OUTLET_NOUN_EN} {_OUTLET_NAME_EN}"),  # "state news agency AVN"
    re.compile(rf"\b[Tt]he {_OUTLET_NAME_EN} {_OUTLET_NOUN_EN}\b"),  # "the BNS news agency"
)
"""A news outlet the gazetteer does not know, named next to what it is."""
_PATRONYMIC = frozenset({"bin", "ben", "ibn", normalize("بن"), normalize("ابن")})
_KUNYA = frozenset(normalize(w) for w in ("أبو", "أبي", "أبا", "عبد", "بن", "ابن", "بنت", "أم"))
"""Words a compound name opens with, before its definite half ("أبو الحسن"، "عبد الهادي")."""
_ON_BEHALF_OF = normalize("باسم")
_AR_WAS = frozenset(normalize(w) for w in ("كان", "كانت"))
"""Arabic auxiliaries before a subject and "قد" + a speech verb ("وكان X قد أكد")."""
_AR_NAME_COMMAS = frozenset({"،", ","})
"""A comma right after a name read after a speech verb ("وقالت X Y، رئيسة ...، إن")."""
"""Generational suffixes that end a name but are not its family name."""


class Resolver:
    """One article's linking state; :meth:`run` returns the :class:`Linking`."""

    def __init__(
        self,
        g: Gazetteer,
        text: str,
        tokens: list[Token],
        atoms: list[Atom],
        lang: str,
        published: datetime.date | None,
    ) -> None:
        self.lang = "ar" if lang.startswith("ar") else "en"
        self.split_titles: frozenset[int] = frozenset()
        """Arabic: first tokens of titles re-read before an organisation's name
        (:func:`_ar_split_role_over_org`): an unnamed holder is the organisation's head."""
        if self.lang == "ar":
            atoms, self.split_titles = _ar_split_role_over_org(g, text, tokens, atoms)
        self.g, self.text, self.tokens, self.atoms = g, text, tokens, atoms
        self.published = published
        self.cover = [-1] * len(tokens)
        for k, a in enumerate(atoms):
            for i in range(a.i, a.j):
                self.cover[i] = k
        self.mentions: list[LinkedMention] = []
        self.seen: dict[str, int] = {}
        self.counterparts: dict[str, int] = {}  # key -> its `seen` mark as "his counterpart"
        self.text_roles: dict[str, list[LinkedRole]] = {}
        self.facts: dict[str, list[_Fact]] = {}
        self.new: dict[str, Entry] = {}
        self.dynamic: dict[str, tuple[str, str, int]] = {}
        self.dyn_words = 0
        self.dyn_first: set[str] = set()
        self.quote_opens: set[int] = set()
        """Arabic: tokens right after the opening guillemet of a new organisation's name
        ("حركة «X Y»"): a name read earlier runs over that guillemet."""
        self.middles: dict[str, str] = {}
        """English: middle words of new people's names ("Muse Bihi Abdi": "Bihi") -> key."""
        self.shared_surnames: dict[str, set[str]] = {}
        """English: one-word family names two people of the article share ("Kim"): each
        links to the one of them named last (S17-SPKLINK)."""
        self.head_refs: set[str] = set()
        """Arabic: definite head nouns that refer back to a body (:meth:`_ar_org_head_again`)."""
        self.weak: set[str] = set()
        """Arabic family names that are also given names ("شريف"): they refer back only
        where no other name word follows (:meth:`_weak_ok`)."""
        self.halves: set[str] = set()
        """English: "north"/"south" registered for the two halves of a divided state
        ("the North" for North Korea, :meth:`_half_of_pair`)."""
        self.carry: tuple[str, str | None] | None = None
        self.pos = 0
        self._dateline: str | None = None  # "" when the story has no dateline state
        self.unnamed_holders: set[str] = set()  # keys of people known only by a title
        self.scanned = 0  # tokens before it were scanned for names read earlier
        self.soft_skip = (-1, 0)
        self.bridge = -1  # a token read as adjacent past a bracketed acronym (_named_at)
        """(end token, reading position before it) of the last lone family name of a
        known person that linked nothing (:meth:`_name_floor`)."""
        self.stop = g.stop_words.get(self.lang, frozenset())
        self.place_cues = g.place_cues.get(self.lang, frozenset())
        self.titles = g.title_words.get(self.lang, frozenset())
        self._not_en_name: frozenset[str] | None = None  # (_not_english_name_words)
        self.names = NameFinder(g, text, tokens, atoms, self.cover, self.lang)
        self._context: set[str] | None = None
        self._context_count: dict[str, int] = {}
        self._tok_starts: list[int] = []
        self._speaker_skels: dict[str, list[str]] | None = None
        self.titled_names: dict[int, int] = {}
        """Arabic: first token -> end token of a name read after a long title whose first
        word a known atom covers (:meth:`_ar_titled_speaker`): the name is linked there."""
        self.name_after_title: set[int] = set()
        """Arabic: tokens right after a stateless title where a name we did not take
        starts ("اغتيال الرئيس جوفينيل مويز"): the title is no back-reference there."""

    def _starts(self) -> list[int]:
        """The tokens' start offsets (built once per token list)."""
        if len(self._tok_starts) != len(self.tokens):
            self._tok_starts = [t.start for t in self.tokens]
        return self._tok_starts

    def _context_states(self) -> set[str]:
        """States the article names with an unambiguous form (for choosing among readings)."""
        if self._context is None:
            self._context = set()
            for a in self.atoms:
                ents = a.info.entity
                if not ents or any(f.context or f.antecedent for f in ents):
                    continue
                states = {f.state for f in ents}
                if len(states) == 1:
                    state = states.pop()
                    if state:
                        self._context.add(state)
                        self._context_count[state] = self._context_count.get(state, 0) + 1
        return self._context

    # -- driver ----------------------------------------------------------------

    def run(self) -> Linking:
        """Read the atoms left to right and build the linking."""
        if self.lang == "en":
            self._speaking_names()
            self._recurring_names()
            self._named_outlets()
            self._state_named_outlets()
            self._speaking_bodies()
        elif self.lang == "ar":
            self._ar_speaking_names()
            self._ar_speaking_bodies()
        k = 0
        atoms = self.atoms
        while k < len(atoms):
            a = atoms[k]
            if a.i < self.pos:
                k += 1
                continue
            hi = a.i + 2 if self._styled_repeat(a) else a.i
            self._scan_dynamic(self.pos, self.titled_names.get(a.i, hi))
            if a.i < self.pos:
                continue  # "الشيخ سالم", read earlier in full (:meth:`_styled_given_name`)
            nxt = self._body(k)
            if nxt is None:
                nxt = self._title(k)
            if nxt is None:
                n_ment, old_pos = len(self.mentions), self.pos
                self._entity(k)
                if len(self.mentions) == n_ment and a.i in self.names.soft:
                    self.soft_skip = (a.j, old_pos)  # (:meth:`_name_floor`)
                self.pos = max(self.pos, a.j)
                k += 1
                if self.lang == "en" and self.tokens[a.j - 1].flags & POSSESSIVE:
                    k = self._state_named(k)
            else:
                k = nxt
        self._scan_dynamic(self.pos, len(self.tokens))
        self._model_names()
        return self._linking()

    def _model_names(self) -> None:
        """Arabic fallback: an unknown name right after a title the rules left without one
        ("وزير الإعلام الإريتري X Y"), read by the learnt recogniser
        (:mod:`kg.gazetteer.name_model`; ``KG_NAME_MODEL=0`` turns it off).  The name's
        mention carries the title, as the rules' names do; a new holder known only by that
        title is that person, and the name's words then link later ("وقال Y")."""
        if self.lang != "ar" or os.environ.get("KG_NAME_MODEL") == "0":
            return
        ments = sorted(self.mentions, key=lambda m: (m.start, -(m.end - m.start)))
        rows = [(m.start, m.end, m.kind, self._person_key(m.key)) for m in ments]
        model, found = name_model(), []
        for q, n, title in candidates(self.names, rows):
            if (span := model.span(self.names, q)) is not None:
                found.append((ments[n], title, span))
        if not found:
            return
        known = set(self.dynamic)
        for m, title, (last, start, end) in found:
            if m.kind == "role" and m.key in self.g.entries:
                continue  # the title's known holder ("نائب رئيس مجلس الأمن الروسي X Y")
            entry = self.g.entries.get(m.key) or self.new.get(m.key)
            if m.kind == "role":
                label, state = m.role or m.text, entry.state if entry else None
            else:  # "رئيس مكتب الرئاسة الأوكرانية X Y": the title's state or body (a
                # body's state only when the title names it: "والي ولاية الجزيرة X Y" is no
                # Qatari)
                label_end = m.end
                while self.text[label_end : label_end + 1] in ("»", ")"):
                    label_end += 1  # "قائد «الحرس الثوري»"
                label = self.text[title:label_end]
                state = m.key if entry and entry.type == EntityType.STATE else None
                if state is None and entry is not None and entry.state is not None:
                    starts = self._starts()
                    words = range(
                        bisect.bisect_left(starts, title), bisect.bisect_left(starts, m.end)
                    )
                    if any(nisba_at(self.names, x) == entry.state for x in words):
                        state = entry.state  # "مكتب الرئاسة الأوكرانية": the body's nisba
            key = self._new_person(self.text[start:end], state, last)
            roles = self.text_roles.setdefault(key, [])
            if m.kind == "role":
                self.mentions.remove(m)
                if m.key in self.unnamed_holders:  # the holder known only by the title
                    self.unnamed_holders.discard(m.key)
                    self.mentions = [
                        replace(x, key=key) if x.key == m.key else x for x in self.mentions
                    ]
                    roles.extend(self.text_roles.pop(m.key, []))
                    self.facts.setdefault(key, []).extend(self.facts.pop(m.key, []))
            if all(r.label != label for r in roles):
                roles.append(LinkedRole(label, "ar", m.key if m.kind != "role" else state))
            self._emit(start, end, key, "name", label)
        added = {p: v for p, v in self.dynamic.items() if p not in known}
        if added:  # the new names' words later in the text, where nothing else was read
            saved = self.dynamic, self.dyn_first, self.dyn_words, self.scanned, self.pos
            self.dynamic, self.scanned = added, 0
            self.dyn_first = {p.split(" ", 1)[0] for p in added}
            self.dyn_words = max(p.count(" ") + 1 for p in added)
            n0 = len(self.mentions)
            self._scan_dynamic(0, len(self.tokens))
            later = self.mentions[n0:]
            del self.mentions[n0:]
            spans = [(x.start, x.end) for x in self.mentions]
            self.mentions += [
                x for x in later if not any(a < x.end and x.start < b for a, b in spans)
            ]
            self.dynamic, self.dyn_first, self.dyn_words, self.scanned, self.pos = saved

    def _person_key(self, key: str) -> bool:
        """Whether ``key`` is a person's (the gazetteer's or one read in this article)."""
        entry = self.g.entries.get(key) or self.new.get(key)
        return entry is not None and entry.type == EntityType.PERSON

    # -- small predicates --------------------------------------------------------

    def _adjacent(self, tok: int) -> bool:
        return 0 < tok < len(self.tokens) and (self.tokens[tok].join or tok == self.bridge)

    def _portfolio_gap(self, i: int, a: Atom) -> bool:
        """English: one or two capitalised words no phrase covers, from token ``i`` up to the
        title atom ``a``, name the title's portfolio ("EU Trade Commissioner X", "US Climate
        Envoy X"): the state or organisation before them still owns the title (S9-R2); so
        do one to three lower-case words ("UN human rights chief", S15-NAMES)."""
        if self.lang != "en" or a.info.role is None or not 1 <= a.i - i <= 3:
            return False
        words = [self.tokens[x] for x in range(i, a.i)]
        if not self._adjacent(a.i) or not all(
            self.cover[x] == -1 and self._adjacent(x) for x in range(i, a.i)
        ):
            return False
        if all(t.norm.isalpha() and t.norm not in self.stop for t in words):
            caps = [is_cap(t) for t in words]
            if all(caps):
                return len(words) <= 2
            # (or one to three lower-case words after an owner that cannot be a subject
            # before its verb: a possessive or an organisation: "Iran's nuclear chief", "the
            # UN human rights chief"; not "France to pull ambassador"; a demonym stays the
            # apposition's own mention: "the Iranian rights activist", S15-NAMES)
            return not any(caps) and self._owner_before_portfolio(i - 1)
        return False

    def _owner_before_portfolio(self, x: int) -> bool:
        """English: token ``x``, right before a lower-case portfolio, is a possessive or an
        organisation's name, not a state's plain name or a demonym."""
        if x < 0 or self.cover[x] == -1:
            return False
        if self.tokens[x].flags & POSSESSIVE:
            return True
        forms = [f for f in self.atoms[self.cover[x]].forms if f.is_entity]
        return bool(forms) and all(f.etype == _ORG for f in forms)

    def _and_between_portfolios(self, m: int) -> bool:
        """English: "and" alone joins the portfolio word of atom ``m - 1`` to atom ``m``, a
        portfolio word or the title ("Sudan's culture and information minister", "oil and
        gas minister"): the title phrase goes on over it (S15-NAMES)."""
        if self.lang != "en" or m < 1:
            return False
        prev, a = self.atoms[m - 1], self.atoms[m]
        if self._modifier(prev) != "-" or a.i != prev.j + 1:
            return False
        return self.tokens[prev.j].norm == "and" and self._adjacent(prev.j) and self._adjacent(a.i)

    @staticmethod
    def _role(a: Atom) -> Form | None:
        return a.info.role

    @staticmethod
    def _modifier(a: Atom) -> str | None:
        return a.info.modifier

    @staticmethod
    def _honorific(a: Atom) -> bool:
        return a.info.honorific

    @staticmethod
    def _state_or_org(a: Atom) -> Form | None:
        return a.info.of_form

    @staticmethod
    def _generic_of(a: Atom) -> bool:
        """A title's owner read from a generic descriptor gated by context ("المملكة"،
        "الجمهورية"): a state nisba after it names the state instead."""
        form = a.info.of_form
        return form is not None and form.context and form.kind != "nisba"

    def _mark(self, key: str) -> None:
        self.seen[key] = len(self.mentions)

    def _emit(self, start: int, end: int, key: str, kind: str, role: str | None = None) -> None:
        self.mentions.append(LinkedMention(start, end, self.text[start:end], key, kind, role))
        self._mark(key)
        if kind == "name":  # (English too: "Sheikh Mohammed bin X" ... "Sheikh Mohammed")
            self._styled_given_name(start, key)
        if kind == "name" and key not in self.new:
            self._known_surname(key, self.text[start:end], end)
        if kind == "name" and self.lang == "en":
            self._org_head_again(start, end, key)
        if self.lang == "en" and not self.halves:
            self._half_of_pair(key, end)
        elif kind == "name":
            self._ar_org_head_again(start, end, key)

    def _half_of_pair(self, key: str, end: int) -> None:
        """English: once a story names a state called "North X" or "South X" (or one of
        its bodies or people) and the gazetteer has a state of the other name too (North
        and South Korea), "the North" and "the South" refer to those two states afterwards
        (:meth:`_half_ref_ok`)."""
        entry = self.g.entries.get(key) or self.new.get(key)
        if entry is not None and entry.type != EntityType.STATE and entry.state:
            entry = self.g.entries.get(entry.state)  # "South Korea's Unification Ministry"
        if entry is None or entry.type != EntityType.STATE:
            return
        key = entry.key
        first, _, rest = entry.label_en.partition(" ")
        if first not in ("North", "South") or not rest:
            return
        other_name = ("South " if first == "North" else "North ") + rest
        other = next(
            (
                e
                for e in self.g.lookup(other_name)
                if e.type == EntityType.STATE and e.label_en == other_name
            ),
            None,
        )
        if other is None:
            return
        last = bisect.bisect_left(self._starts(), end) - 1
        for word, k in ((first.lower(), key), (other_name.split()[0].lower(), other.key)):
            self.halves.add(word)
            self._register(word, k, "name", last)

    def _half_ref_ok(self, x: int) -> bool:
        """English: "the North" / "the South" at token ``x`` stands alone: "the" right
        before it and no capitalised word right after it ("the South China Sea")."""
        tokens = self.tokens
        nxt = x + 1
        return (
            x > 0
            and self._adjacent(x)
            and tokens[x - 1].norm == "the"
            and not (nxt < len(tokens) and self._adjacent(nxt) and is_cap(tokens[nxt]))
        )

    def _org_head_again(self, start: int, end: int, key: str) -> None:
        """English: the capitalised last word of an organisation's name of two or more
        words, when it is an institution word ("Revolutionary Guards", "Atomic Energy
        Agency"), refers back to it later ("the Guards said", "the Agency said"); a word
        two organisations share refers to neither (S9-H4)."""
        words = self.text[start:end].split()
        if len(words) < 2 or not words[-1][:1].isupper():
            return
        head = normalize(words[-1])
        if head not in _institution_heads() and head not in self.g.org_words.get("en", ()):
            return
        entry = self.g.entries.get(key) or self.new.get(key)
        if entry is None or entry.type != EntityType.ORGANIZATION:
            return
        known = self.dynamic.get(head)
        if known is not None:
            other = self.g.entries.get(known[0]) or self.new.get(known[0])
            if known[0] != key and other is not None and other.type == entry.type:
                self.dynamic[head] = ("", "ambiguous", len(self.tokens))
            return
        if head in self.stop or self.g.index.get(head):
            return  # ("Office"; a word the gazetteer reads on its own)
        last = bisect.bisect_left(self._starts(), end) - 1
        self._register(head, key, "name", last)

    def _ar_org_head_again(self, start: int, end: int, key: str) -> None:
        """Arabic: the head noun of a known organisation's name of two or more words
        ("مجلس الأمن"، "لجنة الانتخابات") with the article ("المجلس") refers back to it
        afterwards, until another organisation with that head is named
        (``unnamed.tsv`` kind orgref; only where no name continues it: :meth:`_head_ref_ok`)."""
        words = self.text[start:end].split()
        if len(words) < 2:
            return
        head = normalize(words[0])
        if head not in _ar_org_refs():
            return
        entry = self.g.entries.get(key) or self.new.get(key)
        if entry is None or entry.type != EntityType.ORGANIZATION:
            return
        phrase = normalize("ال" + words[0])
        if phrase in self.stop or self.g.index.get(phrase):
            return
        last = bisect.bisect_left(self._starts(), end) - 1
        self.dynamic[phrase] = (key, "name", last)  # (the latest such body)
        self.dyn_words = max(self.dyn_words, 1)
        self.dyn_first.add(phrase)
        self.head_refs.add(phrase)

    def _head_ref_ok(self, x: int) -> bool:
        """Arabic: the definite head noun at token ``x`` ("المجلس") stands alone: no
        adjective or genitive continues it as another body's name ("المجلس الوطني"،
        "المجلس الأعلى للقضاء"، "اللجنة العليا"); a definite object may follow it ("وحث
        المجلس الأطراف")."""
        nxt = x + 1
        if nxt >= len(self.tokens) or not self._adjacent(nxt):
            return True
        raw = self.text[self.tokens[nxt].start : self.tokens[nxt].end]
        if self._is_stop(self.tokens[nxt]):
            return True
        if raw.startswith("لل"):
            return False
        return not raw.startswith("ال") or not raw.endswith(_AR_ADJ_ENDINGS)

    def _styled_given_name(self, start: int, key: str) -> None:
        """Arabic: a person named under a style that the press repeats with the given
        name alone (``roles.tsv`` honorific key ``given``: "الشيخ سالم عبدالله الجابر
        الصباح" ... "وأضاف الشيخ سالم"): register "style + first name" for later.  Two
        people of the same style and given name make the phrase ambiguous: it is dropped."""
        entry = self.g.entries.get(key) or self.new.get(key)
        if entry is None or entry.type is not EntityType.PERSON:
            return
        i = bisect.bisect_right(self._starts(), start) - 1
        if not 0 <= i < len(self.tokens) - 1:
            return

        def style_at(x: int) -> str | None:
            if x < 0 or not self._adjacent(x + 1):
                return None
            for style in stems(self.tokens[x]):
                forms = self.g.index.get(style)
                if any(f.kind == "honorific" and f.target == "given" for f in forms):
                    return style
            return None

        style = style_at(i)  # "الشيخ محمد بن زايد", the style inside the name's alias
        if style is not None:
            i += 1
        elif self._adjacent(i):
            style = style_at(i - 1)  # "الشيخ سالم عبدالله الجابر الصباح"
        if style is None:
            return
        phrase = f"{style} {self.tokens[i].norm}"
        known = self.dynamic.get(phrase)
        if known is not None and known[0] != key:
            self.dynamic[phrase] = ("", "ambiguous", len(self.tokens))
            return
        self._register(phrase, key, "name", i)

    def _is_stop(self, tok: Token) -> bool:
        """Whether one of the token's readings (:func:`stems`) is a stop word."""
        return not self.stop.isdisjoint(stems(tok))

    def _styled_repeat(self, a: Atom) -> bool:
        """Atom ``a`` is a style followed by a given name registered with it earlier."""
        if a.j != a.i + 1 or a.j >= len(self.tokens) or not a.info.honorific:
            return False
        nxt = self.tokens[a.j].norm
        if not any(f"{s} {nxt}" in self.dynamic for s in stems(self.tokens[a.i])):
            return False
        k = self.cover[a.j]
        if k >= 0 and self.atoms[k].j > a.j + 1:
            return False  # "الشيخ محمد بن راشد": a longer name the gazetteer knows
        after = a.j + 1
        if after >= len(self.tokens) or not self._adjacent(after):
            return True
        tok = self.tokens[after]
        if self.lang == "en":  # "Sheikh Mohammed said"; not "Sheikh Mohammed bin Rashid"
            return not self.text[tok.start : tok.end][:1].isupper() and tok.norm not in _EN_LINEAGE
        # "وأضاف الشيخ سالم أن", "الشيخ سالم خلال": a function word ends the name; not
        # "الشيخ سالم العلي" or "الشيخ محمد بن ...", whose name goes on
        return not tok.flags & ARABIC or self._is_stop(tok)

    def _known_surname(self, key: str, name: str, end: int) -> None:
        """A gazetteer person named in full ("Wang Wenbin", "عبد اللطيف رشيد"): later, the
        family name alone refers back to them (the first word for states that write it
        first, else the last), even where it is ambiguous or a common word elsewhere."""
        entry = self.g.entries.get(key)
        if entry is None or entry.type != EntityType.PERSON:
            return
        words = normalize(name).split()
        while len(words) > 2 and words[-1].rstrip(".") in _NAME_SUFFIXES:
            words.pop()
        if len(words) < 2:
            return
        family = words[0] if entry.state in self.g.family_first else words[-1]
        if words[-2] in _PATRONYMIC and family == words[-1]:
            return  # "محمد بن سلمان": "سلمان" alone is his father
        min_len = 2 if self.lang == "ar" else 3
        if len(family) < min_len:
            return
        if family in self.g.given_names and len(words) < 3:
            # (a three-word name ends with the family name: "عبد اللطيف رشيد"; a state
            # that writes it first: "ماو نينغ" ... "وأضافت ماو", not the short "لي")
            first_ok = entry.state in self.g.family_first and len(family) >= 3
            if self.lang != "ar" or (family == words[0] and not first_ok):
                return
            self.weak.add(family)  # "شهباز شريف" ... "وقال شريف": not "شريف إسماعيل"
        if len(self._tok_starts) != len(self.tokens):
            self._tok_starts = [t.start for t in self.tokens]
        last_tok = bisect.bisect_left(self._tok_starts, end) - 1
        self._register(family, key, "surname", last_tok)
        if self.lang == "ar" and len(family) >= 5 and not family.startswith("ال"):
            # "أنطونيو غوتيريش" ... "وأضاف غوتيرس أن": the family name spelled another
            # way right after a speech verb (the same :func:`ar_skeleton`) (S10-H3)
            for word in self._ar_speaker_skeletons().get(ar_skeleton(family), ()):
                if word != family and word not in self.g.given_names:
                    self._register(word, key, "surname", last_tok)

    def _ar_speaker_skeletons(self) -> dict[str, list[str]]:
        """Arabic: :func:`ar_skeleton` → the bare foreign-looking words (five letters or
        more, no article, not a stop word) right after a speech verb and before a stop
        word ("وأضاف X أن"), built once per article (S10-H3)."""
        if self._speaker_skels is None:
            self._speaker_skels = {}
            speech = self.g.speech_words.get("ar", frozenset())
            tokens, n = self.tokens, len(self.tokens)
            for v in range(n - 2):
                nxt, after = tokens[v + 1], tokens[v + 2]
                word = nxt.norm
                if (
                    len(word) < 5
                    or word.startswith("ال")
                    or not nxt.join
                    or not after.join
                    or not nxt.flags & ARABIC
                    or speech.isdisjoint(stems(tokens[v]))  # (the rarest, tested first)
                    or self._is_stop(nxt)
                    or not self._is_stop(after)
                ):
                    continue
                self._speaker_skels.setdefault(ar_skeleton(word), []).append(word)
        return self._speaker_skels

    # -- bodies of states ------------------------------------------------------------

    def _body_span(self, k: int) -> tuple[int, Form, Form, int, int] | None:
        """``(next atom, body, state, start, end)`` when atoms ``k, k+1`` name a state's body.

        Arabic: the institution, then the state (``الجيش الإسرائيلي``, ``حكومة
        إسرائيل``); English: the state, then the institution (``the Israeli
        army``, ``Sudan's foreign ministry``).
        """
        atoms = self.atoms
        if k + 1 >= len(atoms):
            return None
        a, b = atoms[k], atoms[k + 1]
        if self._state_body_in(a, b):  # "المجلس العسكري في النيجر": the state it rules
            assert a.info.body is not None and b.info.of_form is not None
            return k + 2, a.info.body, b.info.of_form, a.start, b.end
        skip = self._modified_body_en(k)
        if skip:
            b = atoms[k + 2]
        if b.i != a.j + skip or not self._adjacent(b.i):
            return None
        if self.lang == "en":
            body, state = b.info.body, a.info.of_form
        else:
            body, state = a.info.body, b.info.of_form
            if state is not None and state.kind != "nisba" and not (body and body.construct):
                # "النيابة العامة السعودية": a state name that is also its nisba reads as one
                state = next((f for f in b.info.forms if f.kind == "nisba"), None)
        if body is None or state is None or state.etype != EntityType.STATE.value:
            return None
        if self.lang == "en" and self._adjacent(b.j) and b.j < len(self.tokens):
            if self.tokens[b.j].norm in self.g.body_nouns.get("en", frozenset()):
                return None  # "UAE military backing": an adjective, not the army
        return k + 2 + skip, body, state, a.start, b.end

    def _modified_body_en(self, k: int) -> int:
        """English: 1 when atom ``k + 1`` is one modifier word ("new", "interim") between a
        state's possessive (atom ``k``) and its body (atom ``k + 2``): "Niger's new military
        government" (S10-R2-H4); else 0."""
        atoms = self.atoms
        if self.lang != "en" or k + 2 >= len(atoms):
            return 0
        a, m, b = atoms[k], atoms[k + 1], atoms[k + 2]
        if a.info.of_form is None or a.info.of_form.kind == "nisba" or b.info.body is None:
            return 0
        if m.i != a.j or m.j != m.i + 1 or b.i != m.j or not self._adjacent(m.i):
            return 0
        ok = self.tokens[a.j - 1].flags & POSSESSIVE and self.tokens[m.i].norm in _BODY_MODIFIERS_EN
        return 1 if ok else 0

    def _state_body_in(self, a: Atom, b: Atom) -> bool:
        """Arabic: a body that stands for its state (``bodies.tsv`` kind ``state``: "المجلس
        العسكري"، "السلطات"), then "في" and a state's name ("المجلس العسكري في النيجر"،
        "السلطات في مالي"): that state."""
        if self.lang != "ar" or b.i != a.j + 1 or a.cut or b.cut:
            return False
        body, state = a.info.body, b.info.of_form
        if body is None or body.of != "state" or state is None or state.kind == "nisba":
            return False
        if state.etype != EntityType.STATE.value or self.tokens[a.j].norm != "في":
            return False
        return self._adjacent(a.j) and self._adjacent(b.i)

    def _body_key(self, body: Form, state: Form, start: int, end: int) -> str:
        """The key of the state (``kind=state`` bodies) or of the body as a new Organization."""
        if body.of == "state":
            return state.target
        country = self.g.entries[state.target]
        label = f"{country.demonym} {body.target}" if country.demonym else ""
        label = label or f"{body.target} of {country.label}"
        key = f"Organization:{normalize(label)}"
        if key in self.g.entries:
            return key
        surface = self.text[start:end]
        entry = self.new.get(key)
        if entry is None:
            entry = self.new[key] = Entry(
                key=key,
                type=EntityType.ORGANIZATION,
                label_en=label,
                label_ar="",
                aliases=[],
                qid=None,
                state=country.key,
                dept=body.dept,
                subtype="state_body",
            )
        if surface not in entry.aliases:
            entry.aliases.append(surface)
        if self.lang == "ar" and surface.startswith("ل") and self.text[start - 1 : start] == "ل":
            # "وحدات للجيش اليمني": the preposition took the article's alif; the body's
            # name is "الجيش اليمني" (S17-SPKLINK)
            surface = "ا" + surface
            if surface not in entry.aliases:
                entry.aliases.append(surface)
        if self.lang == "ar" and not entry.label_ar:
            entry.label_ar = surface
        return key

    def _body(self, k: int) -> int | None:
        """Link a state body (or a government standing for its state); the next atom, or None."""
        span = self._body_span(k)
        if span is None:
            return None
        nxt, body, state, start, end = span
        if self.lang == "en" and nxt < len(self.atoms) and self._role(self.atoms[nxt]) is not None:
            if self.atoms[nxt].i == self.atoms[nxt - 1].j and self._adjacent(self.atoms[nxt].i):
                return None  # "Israeli army spokesman X": the title reads it
        key = self._body_key(body, state, start, end)
        if self.lang == "ar" and body.of != "state":
            end = self._acronym_after(end, key)
        self._emit(start, end, key, "metonym" if body.of == "state" else "name")
        self.pos = self.atoms[nxt - 1].j
        while nxt < len(self.atoms) and self.atoms[nxt].start < end:
            nxt += 1
        while self.pos < len(self.tokens) and self.tokens[self.pos].start < end:
            self.pos += 1
        return nxt

    def _acronym_after(self, end: int, key: str) -> int:
        """Arabic: the end of a body's name with the acronym in guillemets or brackets
        right after it ("إدارة الكوارث والطوارئ التركية «آفاد»"): one word, part of the
        name, never a quotation."""
        m = _AR_ACRONYM.match(self.text, end)
        if m is None or m.group(1).startswith(("ال", "بال", "لل", "وال")):
            return end  # "«الخطيرة»": a quoted adjective, no acronym
        i = bisect.bisect_left(self._starts(), m.start(1))
        if i < len(self.tokens) and self.cover[i] == -1:
            # "... وقالت آفاد": the acronym alone names the body later
            self._register(self.tokens[i].norm, key, "name", i + 1)
        return m.end()

    # -- titles ------------------------------------------------------------------

    def _title(self, k: int) -> int | None:
        """Read a title phrase starting at atom ``k``; the next atom index, or None."""
        info = self.atoms[k].info
        if (
            info.role is None
            and info.modifier is None
            and (self.lang == "ar" or info.of_form is None)
        ):
            return None
        phrase = self._phrase(k)
        if phrase is None:
            return None
        if self._bare_given_name_title(phrase):
            return self._given_name_person(phrase)
        if phrase.of is None and phrase.role_key in _MEMBER_ROLES:
            return None  # "الدور القيادي": an adjective; "القيادي في حركة X" is the title
        if self._holder_by_given_name(phrase):
            return self._role_only(phrase)  # "وتعهد السلطان هيثم بمواصلة": no new name
        person = self._named(phrase)
        if person is not None:
            return person
        return self._role_only(phrase)

    def _bare_given_name_title(self, ph: _Phrase) -> bool:
        """English: a bare one-word role noun that is also a given name (``given_names.tsv``:
        "Marine", "Amir"), with no modifier, state or posting, right before a capitalised word
        no phrase covers and no given name, opens a person's name ("Marine Le Pen said"), not
        a title ("former Marine Paul Whelan" keeps it)."""
        return (
            self.lang == "en"
            and ph.end_tok - ph.first_tok == 1
            and ph.modifier is None
            and ph.of is None
            and not ph.postings
            and self.tokens[ph.first_tok].norm in self.g.given_names
            and self._unknown_name_next(ph.end_tok)
        )

    def _unknown_name_next(self, q: int) -> bool:
        """English: token ``q`` joins the word before it and is a capitalised word no phrase
        covers and no given name (or a particle before one: "al-Jaber"): the family name
        after a given name."""
        if (
            q + 1 < len(self.tokens)
            and self.tokens[q].norm in EN_PARTICLES
            and self._adjacent(q + 1)
            and self._adjacent(q)
        ):
            q += 1
        return (
            q < len(self.tokens)
            and self._adjacent(q)
            and self.cover[q] == -1
            and is_cap(self.tokens[q])
            and self.tokens[q].norm not in self.g.given_names
            and self.tokens[q].norm not in self.names.stop
        )

    def _given_name_person(self, ph: _Phrase) -> int | None:
        """English: the unknown person whose name a bare role word that is a given name
        opens ("Marine Le Pen said"); the next atom index, or None."""
        found = self.names.after(ph.first_tok, False, first_covered=True)
        if found is None or found[0] <= ph.first_tok:
            return None
        last, start, end = found
        key = self._new_person(self.text[start:end], None, last)
        self._emit(start, end, key, "name")
        self.pos = last + 1
        p = ph.next_atom
        while p < len(self.atoms) and self.atoms[p].i < self.pos:
            p += 1
        return p

    def _holder_by_given_name(self, ph: _Phrase) -> bool:
        """Arabic: a bare title (no state) then the given name of a person the article
        gave that title ("السلطان هيثم" after "هيثم بن طارق ... سلطانا"): a back-reference
        to that person, not the start of a new name."""
        if self.lang != "ar" or ph.of is not None or ph.postings:
            return False
        given = self._given_after(ph)
        if given is None:
            return False
        key = self._antecedent(ph)
        return key is not None and self._opens_with(key, given)

    def _region_portfolio(self, m: int, of_atom: int | None) -> bool:
        """English: atom ``m``, a region or place (no state) right after the organisation
        that owns the title (atom ``of_atom``) and right before the title, is the title's
        portfolio ("White House Indo-Pacific coordinator X Y"): the organisation still owns
        the title (S18-SPKLINK)."""
        atoms = self.atoms
        if self.lang != "en" or of_atom is None or of_atom != m - 1 or m + 1 >= len(atoms):
            return False
        a, nxt = atoms[m], atoms[m + 1]
        forms = a.info.entity
        return (
            bool(forms)
            and all(f.etype == EntityType.PLACE.value for f in forms)
            and nxt.i == a.j
            and self._adjacent(a.j)
            and self._role(nxt) is not None
        )

    def _phrase(self, k: int) -> _Phrase | None:
        atoms, tokens = self.atoms, self.tokens
        mods: list[str] = []
        of_atom: int | None = None
        of_key: str | None = None  # a state body ("Israeli army spokesman")
        m = k
        while True:
            if m >= len(atoms) or (
                m > k
                and not (atoms[m].i == atoms[m - 1].j and self._adjacent(atoms[m].i))
                and not (of_atom == m - 1 and self._portfolio_gap(atoms[m - 1].j, atoms[m]))
                and not self._and_between_portfolios(m)
            ):
                return None
            a = atoms[m]
            if self._role(a) is not None:
                break
            mod = self._modifier(a)
            if mod is not None:
                mods.append(mod)
            elif self.lang == "en" and of_atom is None and self._state_or_org(a) is not None:
                of_atom = m
                span = self._body_span(m)
                if span is not None:
                    of_key = self._body_key(span[1], span[2], span[3], span[4])
                    m = span[0]
                    continue
            elif not self._region_portfolio(m, of_atom):
                return None
            m += 1
        r = atoms[m]
        role = self._role(r)
        assert role is not None
        postings: list[int] = []
        adjective_seen = complement = body = False
        end, cur, p = r.end, r.j, m + 1
        while cur < len(tokens) and self._adjacent(cur):
            nxt_atom = atoms[p] if p < len(atoms) else None
            if nxt_atom is not None and nxt_atom.i == cur:
                patron = self._ar_patron_state(role, of_atom, of_key, p)
                if patron is not None:
                    # "سفير خادم الحرمين الشريفين لدى الأردن": the envoy of a known person
                    # (a king, a president) in the genitive, owned by that person's state
                    of_key, body = patron, True
                    end, cur, p = atoms[p].end, atoms[p].j, p + 1
                    continue
                principal = self._ar_principal_owner(role, of_atom, p)
                if principal is not None:
                    # "كبير مستشاري الرئيس الأمريكي"، "المتحدث باسم رئيس الوزراء الأرميني":
                    # the aide of a state's office holder, owned by that state (S15-NAMES)
                    of_atom, body = principal, True
                    end, cur, p = atoms[principal].end, atoms[principal].j, principal + 1
                    continue
                a = nxt_atom
                mod = self._modifier(a)
                ent = self._state_or_org(a)
                span = self._body_span(p) if of_atom is None and self.lang == "ar" else None
                if span is not None and (role.construct or a.cut.endswith("ل")):
                    of_key = self._body_key(span[1], span[2], span[3], span[4])
                    of_atom = span[0] - 1
                    end, cur, p = atoms[p + 1].end, atoms[p + 1].j, span[0]
                    continue
                if mod == "complement" and self.lang == "ar":
                    # "وزير الدولة السعودي للشؤون الخارجية": the title's complement, not
                    # a ministry of the state
                    end, cur, p = self._complement(a.j, p + 1, a.end, postings)
                    complement = True
                    continue
                if mod == "deputy" and self.lang == "ar" and not self._definite(a):
                    break  # "مستشار الأمن الوطني X مساعد بن محمد": a name after the title
                if mod is not None:
                    mods.append(mod)
                elif (
                    ent is not None
                    and self.lang == "ar"
                    and of_atom is None
                    and (
                        ent.kind == "nisba"
                        or role.construct
                        or a.cut.endswith("ل")
                        or self._org_adjective(a, ent)
                    )
                ):
                    of_atom = p
                elif (
                    ent is not None
                    and self.lang == "ar"
                    and of_atom is not None
                    and ent.kind == "nisba"
                    and not a.cut
                    and self._generic_of(atoms[of_atom])
                ):
                    of_atom = p  # "سفير المملكة الإسبانية": the nisba names the kingdom
                elif self._second_nisba(a, ent, of_atom, p):
                    pass  # "الصحفية الروسية الأمريكية X": a second nationality, same title
                elif ent is not None and self.lang == "ar" and a.cut.endswith(("ب", "ل")):
                    postings.append(p)
                else:
                    break
                end, cur, p = a.end, a.j, p + 1
                continue
            conn = tokens[cur].norm
            if (
                self.lang == "ar"
                and self.cover[cur] == -1
                and conn.startswith("ال")
                and len(conn) > 4
                and not adjective_seen
                and not self._is_stop(tokens[cur])  # "اليوم"
                and cur + 1 < len(tokens)
                and self._adjacent(cur + 1)
                and p < len(atoms)
                and atoms[p].i == cur + 1
                and (atoms[p].cut.endswith("ل") or self._honorific(atoms[p]))
            ):
                # "رئيس هيئة الأركان العامة للقوات المسلحة": an adjective of the title (not
                # "القائد العام الدور المصري": a nisba after it belongs to the object)
                adjective_seen = True
                end, cur = tokens[cur].end, cur + 1
                continue
            if (organ_end := self._ar_pronoun_organ(role, of_atom, cur)) is not None:
                # "رئيس مكتبها السياسي X"، "رئيس مجلسه التنفيذي X": the head of an organ of a
                # body a pronoun refers to; the name follows (S15-NAMES2)
                body = True
                end, cur = tokens[organ_end - 1].end, organ_end
                break
            if self._ar_portfolio(role, of_atom, cur, p, postings):
                # "وزير النقل العراقي"، "وزيرة التعليم العالي اللبنانية": an unknown portfolio,
                # then the state's nisba, which owns the title (S15-NAMES)
                adjective_seen = body = True
                end, cur = tokens[cur].end, cur + 1
                continue
            if (
                self.lang == "ar"
                and (conn in _AR_UNIT_NOUNS or conn in _AR_REGION_NOUNS)
                and of_atom is None
                and p < len(atoms)
                and atoms[p].i == cur + 1
                and not atoms[p].cut
                and self._adjacent(cur + 1)
                and (form := self._state_or_org(atoms[p])) is not None
                and (conn in _AR_UNIT_NOUNS or form.etype != EntityType.ORGANIZATION.value)
            ):
                # "رئيس وفد حماس X"، "رئيس بعثة الاتحاد الأوروبي X": the head of a unit of
                # the organisation or state named after it (S14-LINK); "حاكم ولاية الخرطوم X":
                # of a province named by a place (not "ولاية الجزيرة" read as the channel)
                of_atom = p
                end, cur, p = atoms[p].end, atoms[p].j, p + 1
                continue
            if (owned := self._ar_unknown_body_owner(role, of_atom, cur)) is not None:
                # "رئيس هيئة الطاقة الذرية السورية": the head of a body the gazetteer lacks,
                # owned by the state whose nisba ends its name (S15-NAMES)
                of_atom, body = owned, True
                end, cur, p = atoms[owned].end, atoms[owned].j, owned + 1
                continue
            if conn not in _OF[self.lang] and conn not in _POST[self.lang]:
                break
            member = False
            if conn not in _OF[self.lang] and role.target not in _POSTED:
                # "القيادي في حركة حماس", "المستشار في الديوان الأميري": a member of an
                # organisation; else a destination ("وزير الخارجية السعودي إلى دمشق")
                member = self._member_of(cur, p, of_atom)
                if not member:
                    break
            nxt = cur + 1
            if nxt < len(tokens) and tokens[nxt].norm == "the" and self.lang == "en":
                nxt += 1
            nxt_atom = atoms[p] if p < len(atoms) else None
            if nxt_atom is not None and nxt_atom.i == cur + 1 < nxt:
                nxt = cur + 1  # "spokesman for the Kremlin": "the" opens the name (S10-R2-H4)
            if nxt_atom is None or nxt_atom.i != nxt or self._state_or_org(nxt_atom) is None:
                break
            if (conn in _OF[self.lang] or member) and of_atom is None:
                of_atom = p
            else:
                postings.append(p)
            end, cur, p = nxt_atom.end, nxt_atom.j, p + 1
        of = role.of
        if of_key is not None:
            of = of_key
        elif of_atom is not None:
            form = self._state_or_org(atoms[of_atom])
            if form is not None and form.context:
                # "سفير المملكة": the kingdom the article names otherwise, else none
                ctx = self._context_states()
                named = {f.target: f for f in atoms[of_atom].info.entity if f.state in ctx}
                form = next(iter(named.values())) if len(named) == 1 else None
            of = form.target if form is not None else of
            if form is not None and self.lang == "en":
                of = self._body_metonym_home(of_atom, form) or of
        entry = (self.g.entries.get(of) or self.new.get(of)) if of else None
        role_key = role.target
        if role_key == "counterpart":  # "his Russian counterpart": the office just mentioned
            role_key = self._last_role() or role_key
        if "deputy" in mods and not role_key.startswith("deputy_"):
            role_key = "deputy_" + role_key
        first = atoms[k].i
        if of is None and not mods and self._code_before(first):
            first -= 1  # "COP28 President X": the conference's code names the office
        return _Phrase(
            first_tok=first,
            end_tok=cur,
            next_atom=p,
            start=tokens[first].start if first != atoms[k].i else atoms[k].start,
            end=end,
            role=role,
            role_key=role_key,
            modifier=next((x for x in mods if x in _MODIFIERS), None),
            of=of,
            state=(entry.state if entry is not None else None)
            or self._posting_owner_en(first, role_key, entry)
            or (self._person_owner_en(first) if of is None else None),
            dept=role.dept or (entry.dept if entry is not None else None),
            postings=postings,
            complement=complement,
            body=body,
        )

    def _ar_portfolio(
        self, role: Form, of_atom: int | None, cur: int, p: int, postings: list[int]
    ) -> bool:
        """Arabic: token ``cur``, right after a construct title word ("وزير"، "وزيرة") with no
        owner yet, is a definite word no phrase covers (not a function word, no plural in
        ات), and one such word more at most ("التعليم العالي"، "الثقافة والإعلام") leads to a
        state's nisba
        ("العراقي"، "اللبنانية"): the title's portfolio, which the lexicon lacks; the nisba
        then owns the title (S15-NAMES)."""
        tokens, atoms, n = self.tokens, self.atoms, len(self.tokens)
        if self.lang != "ar" or not role.construct or of_atom is not None or postings:
            return False

        def word(x: int, coordinated: bool = False) -> bool:
            if x >= n or self.cover[x] != -1 or not self._adjacent(x):
                return False
            raw = self.text[tokens[x].start : tokens[x].end]
            if coordinated and raw.startswith("وال"):
                raw = raw[1:]  # "الثقافة والإعلام": a second portfolio
            return (
                raw.startswith("ال")
                and len(raw) >= 5
                and not raw.endswith("ات")
                and not self._is_stop(tokens[x])
            )

        second = self.cover[cur - 1] == -1 and word(cur - 1)  # (the second of two words)
        if not word(cur, coordinated=second):
            return False
        nxt = cur + 1
        if word(nxt, coordinated=True):
            nxt += 1  # (the portfolio's adjective, or a second portfolio after و)
        if p >= len(atoms) or atoms[p].i != nxt or not self._adjacent(nxt) or atoms[p].cut:
            return False
        ent = self._state_or_org(atoms[p])
        return ent is not None and ent.kind == "nisba" and ent.etype == "State"

    def _ar_patron_state(
        self, role: Form, of_atom: int | None, of_key: str | None, p: int
    ) -> str | None:
        """Arabic: the state of the known person whose name is the genitive complement of a
        construct title with no owner yet ("سفير خادم الحرمين الشريفين"، "مبعوث العاهل
        الأردني" aside: atom ``p`` is one known person, read only as that person, with a
        state): a title without the article cannot be followed by its holder's name, so
        the person is the one the title serves; else None (S15-NAMES)."""
        if self.lang != "ar" or not role.construct or of_atom is not None or of_key is not None:
            return None
        if p < 1 or p >= len(self.atoms) or self._ar_pronoun_suffixed(self.atoms[p - 1]):
            return None  # "مبعوثه ستيف ويتكوف": his envoy, then the envoy's name
        a = self.atoms[p]
        if a.cut or a.info.role is not None or a.info.honorific or a.info.modifier is not None:
            return None
        persons = {f.target for f in a.forms if f.etype == _PERSON and f.is_entity}
        if len(persons) != 1 or any(f.etype != _PERSON for f in a.forms if f.is_entity):
            return None
        entry = self.g.entries.get(next(iter(persons)))
        return entry.state if entry is not None and entry.state else None

    def _ar_pronoun_suffixed(self, a: Atom) -> bool:
        """Arabic: the last word of atom ``a`` (a title) carries a suffixed pronoun
        ("مبعوثه"، "مستشارها"، "سفيرهم"): the title is complete, owned by whom the pronoun
        refers to, and takes no genitive after it (S15-NAMES)."""
        tok = self.tokens[a.j - 1]
        raw = self.text[tok.start : tok.end]
        return raw.endswith(("ه", "ها", "هم", "هما", "كم", "نا"))

    def _ar_principal_owner(self, role: Form, of_atom: int | None, p: int) -> int | None:
        """Arabic: the atom of the state that owns the office after a construct title of an
        aide with no owner yet ("كبير مستشاري"، "المتحدث باسم"): atom ``p`` is another role
        (the principal: "الرئيس"، "رئيس الوزراء") and the atom right after it a state's
        nisba ("كبير مستشاري الرئيس الأمريكي"، "المتحدث باسم رئيس الوزراء الأرميني"); else
        None.  The phrase is marked ``body``: the aide is not the state's known holder of
        the aide's role, nor the principal (S15-NAMES)."""
        atoms = self.atoms
        if self.lang != "ar" or not role.construct or of_atom is not None:
            return None
        if role.target not in _PRINCIPAL_AIDES or p + 1 >= len(atoms) or p < 1:
            return None
        if self._ar_pronoun_suffixed(atoms[p - 1]):
            return None  # "مستشاره الرئيس السابق X": his adviser, then a name
        principal, owner = atoms[p], atoms[p + 1]
        if principal.info.role is None or principal.info.modifier is not None:
            return None
        if owner.i != principal.j or not self._adjacent(owner.i) or owner.cut:
            return None
        ent = self._state_or_org(owner)
        if ent is None or ent.kind != "nisba" or ent.etype != EntityType.STATE.value:
            return None
        return p + 1

    def _ar_pronoun_organ(self, role: Form, of_atom: int | None, cur: int) -> int | None:
        """Arabic: the token after the organ of a body whose owner is a suffixed pronoun,
        right after a construct title word with no owner yet: an organisation head or unit
        noun (``unnamed.tsv`` orghead, "مكتب"، "وفد") with ه/ها/هم ("مكتبها"، "مجلسه"،
        "لجنتها") that no phrase covers, then up to two definite adjectives in ي/ية
        ("السياسي"، "التنفيذي"، "المركزية"); else None. "رئيس مكتبها السياسي X" is the
        head of the politburo of the body named before, and X his name (S15-NAMES2)."""
        tokens, n = self.tokens, len(self.tokens)
        if self.lang != "ar" or not role.construct or of_atom is not None:
            return None
        if cur >= n or not self._adjacent(cur) or self.cover[cur] != -1:
            return None
        raw = self.text[tokens[cur].start : tokens[cur].end]
        suffix = next((x for x in ("هما", "هم", "ها", "ه") if raw.endswith(x)), None)
        if suffix is None:
            return None
        stem = normalize(raw[: -len(suffix)])
        if stem.endswith("ت"):
            stem = stem[:-1] + normalize("ة")  # "لجنتها": the ة before a pronoun
        organs = _ar_org_lexicon()[0] | _AR_UNIT_NOUNS | _AR_ORGAN_NOUNS
        if stem not in organs:
            return None
        j = cur + 1
        while j < n and j - cur <= 2 and self._adjacent(j) and self.cover[j] == -1:
            word = self.text[tokens[j].start : tokens[j].end]
            if not word.startswith("ال") or not word.endswith(("ي", "ية")):
                break
            if tokens[j].norm in self.g.given_names or self._is_stop(tokens[j]):
                break
            j += 1
        return j

    def _ar_unknown_body_owner(self, role: Form, of_atom: int | None, cur: int) -> int | None:
        """Arabic: the atom of the state nisba that ends the name of an unknown body right
        after a construct title word with no owner yet: an organisation head noun
        (``unnamed.tsv`` orghead, or a unit noun) no phrase covers at ``cur`` (or the last
        word of the title form: "رئيس مفوضية"), then one to three definite words (or known
        phrases that name no person, role, honorific or state), then the nisba ("رئيس
        هيئة الطاقة الذرية السورية"، "رئيس جمعية الهلال الأحمر الكويتية"); else None. The
        phrase is then marked ``body``: the state's holder of the role word is not the
        one meant (S15-NAMES)."""
        tokens, atoms, n = self.tokens, self.atoms, len(self.tokens)
        if self.lang != "ar" or not role.construct or of_atom is not None:
            return None
        if cur >= n or not self._adjacent(cur):
            return None
        heads = _ar_org_lexicon()[0] | _AR_UNIT_NOUNS
        if self.cover[cur - 1] != -1 and tokens[cur - 1].norm in heads:
            first = cur  # "رئيس مفوضية الانتخابات الليبية": the title form ends with the head
        elif self.cover[cur] == -1 and tokens[cur].norm in heads:
            first = cur + 1
        else:
            return None
        j = first
        while j < n and j - first < 3 and self._adjacent(j) and not self._is_stop(tokens[j]):
            k = self.cover[j]
            if j > first and self._ar_state_nisba_at(j):
                return k
            if k == -1:
                raw = self.text[tokens[j].start : tokens[j].end]
                if not raw.startswith(("ال", "وال", "لل")):
                    return None
                j += 1
                continue
            a = atoms[k]
            if (
                a.i != j
                or a.info.role is not None
                or a.info.honorific
                or any(f.etype in (_PERSON, EntityType.STATE.value) for f in a.forms)
            ):
                return None
            j = a.j
        return None

    def _posting_owner_en(self, first: int, role_key: str, body: Entry | None) -> str | None:
        """English: the state in the possessive right before a posting title at a body of
        no state ("Russia's U.N. ambassador", "Iran's IAEA envoy", "Britain's NATO
        representative"): the envoy speaks for that state, not for the body (S11-ENT)."""
        if (
            self.lang != "en"
            or role_key not in _POSTED
            or body is None
            or body.type is not EntityType.ORGANIZATION
            or body.state is not None
            or first < 1
            or not self.tokens[first - 1].flags & POSSESSIVE
            or not self._adjacent(first)
        ):
            return None
        k = self.cover[first - 1]
        if k < 0 or self.atoms[k].j != first:
            return None
        states = {f.target for f in self.atoms[k].forms if f.etype == EntityType.STATE.value}
        if len(states) != 1 or not all(f.is_entity for f in self.atoms[k].forms):
            return None
        return states.pop()

    def _code_before(self, i: int) -> bool:
        """English: the token before token ``i`` is a code no phrase covers, joined to it,
        upper-case letters with digits ("COP28", "G20"): it names the office of the title
        at ``i`` ("COP28 President X", "G20 Sherpa X") (S10-R2-H4)."""
        if self.lang != "en" or i < 1 or not self._adjacent(i):
            return False
        tok = self.tokens[i - 1]
        raw = self.text[tok.start : tok.end]
        return (
            self.cover[i - 1] == -1
            and 2 <= len(raw) <= 8
            and raw.isalnum()
            and raw[0].isupper()
            and any(c.isdigit() for c in raw)
            and raw.upper() == raw
        )

    def _body_metonym_home(self, k: int, form: Form) -> str | None:
        """English: the state a title's owner stands for when that owner is a state's
        metonym that is also a plain body noun ("Foreign Office": Britain's, and the name
        of Germany's foreign ministry) in a story datelined in another state that never
        names the metonym's state otherwise ("BERLIN - ... Foreign Office spokesman X"):
        the dateline's state (S9-R4); None to keep the metonym's."""
        a = self.atoms[k]
        if form.kind != "metonym" or a.info.body is None:
            return None
        home = self._dateline_state()
        if home is None or home == form.target:
            return None
        for b in self.atoms:
            if b is not a and any(f.target == form.target for f in b.info.entity):
                return None  # Britain named otherwise: its Foreign Office
        return home

    def _second_nisba(self, a: Atom, ent: Form | None, of_atom: int | None, p: int) -> bool:
        """Arabic: a state's nisba with no proclitic right after the title's own nisba
        ("الصحفية الروسية الأمريكية"، "الناشط الإيراني الكندي"): a second nationality of
        the same person, part of the title; the first stays its state."""
        if self.lang != "ar" or ent is None or ent.kind != "nisba" or a.cut:
            return False
        if of_atom is None or of_atom != p - 1:
            return False
        prev = self._state_or_org(self.atoms[of_atom])
        return prev is not None and prev.kind == "nisba" and self.atoms[of_atom].j == a.i

    def _member_of(self, cur: int, p: int, of_atom: int | None) -> bool:
        """Arabic: "في" at token ``cur`` followed by an organisation (atom ``p``), after a
        title with no state or organisation yet ("القيادي في حركة حماس")."""
        if self.lang != "ar" or of_atom is not None or self.tokens[cur].norm != "في":
            return False
        if p >= len(self.atoms) or self.atoms[p].i != cur + 1:
            return False
        form = self._state_or_org(self.atoms[p])
        return form is not None and form.etype == EntityType.ORGANIZATION.value

    def _complement(self, cur: int, p: int, end: int, postings: list[int]) -> tuple[int, int, int]:
        """``(end, next token, next atom)`` past the words of an Arabic title's complement
        after "للشؤون"/"لشؤون" (``roles.tsv``, modifier ``complement``): up to three
        definite words or known phrases ("الخارجية", "السياسية", "الشرق الأوسط"); a
        state or place among them is a posting.  A word that is not definite (the
        name), a role, an honorific or a person ends it."""
        atoms, tokens = self.atoms, self.tokens
        words = 0
        while words < 3 and cur < len(tokens) and self._adjacent(cur):
            a = atoms[p] if p < len(atoms) else None
            if a is not None and a.i == cur:
                info = a.info
                if (
                    info.role is not None
                    or info.honorific
                    or info.modifier is not None
                    or any(f.etype == _PERSON for f in info.entity)
                ):
                    break
                if info.entity:
                    postings.append(p)
                end, cur, p = a.end, a.j, p + 1
            else:
                tok = tokens[cur]
                if not (
                    tok.flags & ARABIC and self.text[tok.start : tok.end].startswith("ال")
                ) or self._is_stop(tok):
                    break
                end, cur = tok.end, cur + 1
            words += 1
        return end, cur, p

    def _org_adjective(self, a: Atom, ent: Form) -> bool:
        """Arabic: an organisation named by a one-word definite adjective ("المبعوث
        الأممي", "المسؤول الأوروبي"), which a title takes as its organisation like a
        state's nisba."""
        if ent.etype != EntityType.ORGANIZATION.value or a.j - a.i != 1 or a.cut:
            return False
        raw = self.text[a.start : a.end]
        return raw.startswith("ال") and raw.endswith(("ي", "ية"))

    def _last_role(self) -> str | None:
        """The role of the person mentioned most recently (for "counterpart")."""
        for key in sorted(self.seen, key=self.seen.__getitem__, reverse=True):
            facts = self._facts(key, None)
            if facts:
                return facts[-1].role if key in self.facts else facts[0].role
        return None

    def _named(self, ph: _Phrase) -> int | None:
        """A name right after the title: link it, give it the role; else None."""
        tokens = self.tokens
        if self.lang == "ar" and ph.of is None and not ph.postings:
            skip = self._ar_unknown_government(ph.end_tok)
            if skip is None:  # "رئيس الحكومة المكلفة من مجلس النواب X Y"
                skip = self._ar_title_qualified_by_body(ph.end_tok)
            if skip is not None:  # "وزيرة الخارجية في حكومة «الوحدة» X Y"
                state = ph.state or self._ar_government_state(ph.end_tok + 1)
                found = self._named_through(ph, skip, state)
                if found is not None:
                    return found
        if self.lang == "ar" and ph.role.construct and ph.of is None:
            skip = self._unknown_complement(ph.end_tok)
            if skip is not None:  # "المتحدث العسكري باسم الجماعة يحيى سريع"
                ph.end, ph.end_tok = tokens[skip - 1].end, skip
                while ph.next_atom < len(self.atoms) and self.atoms[ph.next_atom].i < skip:
                    ph.next_atom += 1  # (over a state body with no state: "المجلس العسكري")
                return self._named_at(ph, complement=True)
            owner = self._complement_owner(ph.end_tok)
            if owner is not None:  # "رئيس المكتب السياسي لحركة X", "رئيس المجلس الرئاسي الليبي"
                k, form = owner
                entry = self.g.entries.get(form.target)
                return self._named_at(
                    replace(
                        ph,
                        end=self.atoms[k].end,
                        end_tok=self.atoms[k].j,
                        next_atom=k + 1,
                        of=form.target,
                        state=entry.state if entry is not None else None,
                        dept=ph.dept or (entry.dept if entry is not None else None),
                    ),
                    complement=True,
                )
        if self.lang == "ar" and (ph.of is not None or not ph.role.construct):
            # (a definite title with no state: "المدعي العام للمحكمة كريم خان")
            skip = self._region_complement(ph.end_tok)
            if skip is not None:  # "المبعوث الأمريكي الخاص للقرن الأفريقي X Y"
                found = self._named_at(
                    replace(ph, end=tokens[skip - 1].end, end_tok=skip), complement=False
                )
                if found is not None:
                    return found
        if self.lang == "en" and ph.role_key in _EN_PORTFOLIO_ROLES:
            # "Britain's minister for the Middle East, X Y, said": the longest portfolio
            # that leaves a name after it ("minister for Africa X Y said")
            for skip in self._en_portfolio(ph.end_tok, of=ph.role_key in _EN_OF_PORTFOLIO_ROLES):
                found = self._named_through(ph, skip, ph.state)
                if found is not None:
                    return found
        if self.lang == "en" and (skip := self._en_of_body_before_comma(ph.end_tok)) is not None:
            # "the commander of the armed forces, Gen. X Y, went on television": the holder
            # named after the body his title heads, which the gazetteer does not link
            found = self._named_through(ph, skip, ph.state)
            if found is not None:
                return found
        return self._named_at(ph, complement=False)

    def _en_of_body_before_comma(self, q: int) -> int | None:
        """English: the end of "of [the] <one to five words>" from token ``q`` that a comma
        closes ("commander of the armed forces,", "leader of the main opposition party,"):
        a public body the title heads (its last word in ``cues.tsv`` cue=body), named by no
        state and no person; None otherwise (S18-SPKLINK)."""
        tokens, n = self.tokens, len(self.tokens)
        if q >= n or tokens[q].norm != "of" or not tokens[q].join:
            return None
        x = q + 1
        if x < n and tokens[x].norm == "the" and tokens[x].join:
            x += 1
        y = x
        while y < n and y - x < 5 and tokens[y].join and tokens[y].norm.isalpha():
            if self._is_stop(tokens[y]) and tokens[y].norm not in ("of", "and"):
                return None
            k = self.cover[y]
            if k >= 0 and any(
                f.etype in (EntityType.STATE.value, _PERSON) for f in self.atoms[k].forms
            ):
                return None  # "president of Somaliland, X": the state reading does it
            y += 1
        if y == x or y >= n or tokens[y].join or tokens[y - 1].norm in ("of", "and"):
            return None
        if tokens[y - 1].norm not in self.g.public_body_words.get("en", frozenset()):
            return None  # "the president of the company, X Y": a firm's, no state actor
        gap = self.text[tokens[y - 1].end : tokens[y].start].strip()
        return y if gap == "," else None

    def _en_portfolio(self, q: int, *, of: bool = False) -> list[int]:
        """English: where a title's portfolio written with "for" may end ("minister for the
        Pacific", "Minister for Trade and Industry", "envoy for Climate"), longest first:
        after "for", an optional "the" and one to five capitalised words (or "and"/"of"
        between two), naming no state (a state is the title's posting); [] when there is
        none (S12-ENT). With ``of`` (a minister's or secretary's title), "of" may open the
        portfolio too, which must then be capitalised ("Minister of the Presidency X Y",
        "Minister of Health X Y"; S18-SPKLINK)."""
        tokens, n = self.tokens, len(self.tokens)
        if q >= n or not tokens[q].join:
            return []
        if tokens[q].norm != "for" and not (of and tokens[q].norm == "of"):
            return []
        x = q + 1
        if x < n and tokens[x].norm == "the" and tokens[x].join:
            x += 1
        ends: list[int] = []
        while x < n and tokens[x].join and len(ends) < 5:
            if not is_cap(tokens[x]):
                if tokens[x].norm in ("and", "of") and ends and x + 1 < n and is_cap(tokens[x + 1]):
                    x += 1
                    continue
                break
            k = self.cover[x]
            if k >= 0 and any(f.etype == EntityType.STATE.value for f in self.atoms[k].forms):
                return []
            x += 1
            ends.append(x)
        if not ends:
            return self._en_lower_portfolio(x) if tokens[q].norm == "for" else []
        if tokens[q].norm == "of":
            return self._en_of_portfolio_end(ends)
        return ends[::-1]

    def _en_of_portfolio_end(self, ends: list[int]) -> list[int]:
        """English: where a capitalised portfolio after "Minister of" ends, given the ends of
        its capitalised run ``ends`` (which runs on into the name): its first word and the words
        after it a gazetteer phrase covers ("Minister of the Presidency X Y"), or further when
        more than three words would be left for the name ("Minister of Public Health X Y Z");
        [] when fewer than two are left (S18-SPKLINK)."""
        k = 1
        while k < len(ends) and self.cover[ends[k] - 1] != -1:
            k += 1
        k = max(k, len(ends) - 3)
        return [ends[k - 1]] if len(ends) - k >= 2 else []

    def _en_lower_portfolio(self, x: int) -> list[int]:
        """English: a portfolio of one to four lower-case words from token ``x`` that a
        comma closes ("minister for cyber security, X Y, said"): ``[its end]``, else []
        (S14-LINK)."""
        tokens, n = self.tokens, len(self.tokens)
        y = x
        while (
            y < n
            and y - x < 4
            and tokens[y].join
            and tokens[y].norm.isalpha()
            and not is_cap(tokens[y])
            and not self._is_stop(tokens[y])
            and (self.cover[y] == -1 or self._modifier(self.atoms[self.cover[y]]) is not None)
        ):
            y += 1
        if y == x or y >= n or y - x > 4:
            return []
        gap = self.text[tokens[y - 1].end : tokens[y].start].strip()
        return [y] if gap == "," else []

    def _paragraph_state(self, offset: int) -> str | None:
        """Arabic: the state of the place that opens the paragraph around ``offset`` ("وفي
        أثينا، قال المتحدث باسم الحكومة X": X is Greek in a round-up from Manila), or None."""
        text = self.text
        para = text.rfind("\n", 0, offset) + 1
        while para < offset and text[para] in " \t":
            para += 1
        opener = next((o for o in ("وفي ", "في ") if text.startswith(o, para)), None)
        if opener is None:
            return None
        if len(self._tok_starts) != len(self.tokens):
            self._tok_starts = [t.start for t in self.tokens]
        x = bisect.bisect_left(self._tok_starts, para + len(opener))
        if x >= len(self.tokens) or self.tokens[x].start != para + len(opener):
            return None
        k = self.cover[x]
        if k < 0 or self.atoms[k].i != x:
            return None
        a = self.atoms[k]
        if text[a.end : a.end + 2].lstrip()[:1] not in ("،", ","):
            return None
        states = {f.state for f in a.info.entity if f.state}
        return states.pop() if len(states) == 1 else None

    def _said_after(self, last: int) -> bool:
        """Arabic: the complementiser (إن، أن، بأن) or a comma right after token ``last``
        ("وقال وزير الخارجية جيريمي هانت إن"), not an object ("اتصالا مماثلا مع")."""
        tokens, n = self.tokens, len(self.tokens)
        if last + 1 >= n:
            return False
        if not tokens[last + 1].join:
            return self.text[tokens[last].end : tokens[last + 1].start].strip()[:1] in ",،."
        raw = self.text[tokens[last + 1].start : tokens[last + 1].end]
        if raw in _AR_PRESS:
            return True  # '"..."، قالت وزيرة الخارجية X للصحفيين في ويلنغتون'
        if raw.startswith("لل") and last + 2 < n and tokens[last + 2].join:
            # "... للتلفزيون الرسمي إن": the addressee, then what is said
            raw = self.text[tokens[last + 2].start : tokens[last + 2].end]
        return raw in ("إن", "أن", "بأن", "ان", "بان")

    def _stated_title_after(self, last: int, role_key: str | None = None) -> str | None:
        """Arabic: the state of a title that names one right after token ``last`` ("فخامة
        الرئيس X Y رئيس جمهورية زيمبابوي"), whose name the words before it are; else None.
        With ``role_key`` (the title before the name), a definite title of another role is
        the verb's object, not the name's ("واستقبل وزير الدفاع X Y السفير الأمريكي":
        None, S14-LINK)."""
        x = last + 1
        if x >= len(self.tokens) or not self._adjacent(x):
            return None
        k = self.cover[x]
        if k < 0 or self.atoms[k].i != x or self.atoms[k].cut or self._role(self.atoms[k]) is None:
            return None
        ph = self._phrase(k)
        if ph is None:
            return None
        if role_key is not None and ph.role_key != role_key and self.tokens[x].norm[:2] == "ال":
            return None
        if ph.of is not None and ph.state is not None:
            return ph.state
        if not ph.role.construct:
            return None
        # "رئيس جمهورية زيمبابوي": a construct title whose state follows one more noun
        for y in (ph.end_tok, ph.end_tok + 1):
            if y >= len(self.tokens) or not self._adjacent(y) or self.cover[y] < 0:
                continue
            b = self.atoms[self.cover[y]]
            if b.i == y:
                state = next(
                    (f.state for f in b.info.entity if f.etype == EntityType.STATE.value), None
                )
                if state is not None:
                    return state
        return None

    def _region_complement(self, q: int) -> int | None:
        """Arabic: the token after an unknown "لل<noun>" complement of a title that already
        names its state ("المبعوث الأمريكي الخاص للقرن الأفريقي"، "المنسق الأوروبي للشؤون
        الإنسانية"): that word and up to two definite words no phrase covers, then a word
        that may start a name; else None."""
        tokens = self.tokens
        if q >= len(tokens) or not self._adjacent(q):
            return None
        k = self.cover[q]
        if k != -1:  # a known region with ل: "للقرن الأفريقي"، "لمنطقة الساحل"
            a = self.atoms[k]
            place = all(f.etype == EntityType.PLACE.value for f in a.forms) or all(
                f.kind == "body" for f in a.forms
            )  # "المدعي العام للمحكمة X": an institution named before
            if a.i != q or not a.cut.endswith("ل") or not a.forms or not place:
                return None
            x: int | None = a.j
        else:
            t = tokens[q]
            if not (t.flags & ARABIC and self.text.startswith("لل", t.start)):
                return None
            x = self._definite_run(q + 1)
        if x is None or x >= len(tokens) or x - q > 3 or not self._adjacent(x):
            return None
        if self.cover[x] != -1 or self._is_stop(tokens[x]):
            return None
        return x

    def _named_through(self, ph: _Phrase, skip: int, state: str | None) -> int | None:
        """:meth:`_named_at` with the title extended to token ``skip`` (a portfolio, an
        unknown government or body the title names) and the holder's ``state``."""
        nxt = ph.next_atom
        while nxt < len(self.atoms) and self.atoms[nxt].i < skip:
            nxt += 1
        end = self.tokens[skip - 1].end
        return self._named_at(
            replace(ph, end=end, end_tok=skip, next_atom=nxt, state=state), complement=True
        )

    def _named_at(self, ph: _Phrase, *, complement: bool) -> int | None:
        """:meth:`_named` once the title's extent is known; ``complement``: an unknown
        body completes the title, which then anchors a name the given-name list lacks."""
        tokens, atoms = self.tokens, self.atoms
        q, p, honorific = ph.end_tok, ph.next_atom, False
        if self.lang == "ar" and ph.of is not None:
            # "قائد القيادة الأمريكية في أفريقيا (أفريكوم) الجنرال X": the body's acronym
            # in brackets stands between the title and the holder's name (S10-R2-H3)
            m = _AR_ACRONYM.match(self.text, ph.end)
            if m is not None and not m.group(1).startswith("ال"):
                while q < len(tokens) and tokens[q].start < m.end():
                    q += 1
                while p < len(atoms) and atoms[p].i < q:
                    p += 1
                self.bridge = q
        try:
            return self._named_from(ph, q, p, honorific, complement=complement)
        finally:
            self.bridge = -1

    def _guillemet_open(self, start: int, end: int) -> bool:
        """Arabic: ``text[start:end]`` (a title) opens a guillemet it does not close: the
        title ends with a quoted body's name ("زعيم حزب «الليكود» X Y"، "رئيس منظمة «X»"),
        whose closing guillemet stands between the title and the holder's name."""
        return self.lang == "ar" and self.text.count("«", start, end) > self.text.count(
            "»", start, end
        )

    def _named_from(
        self, ph: _Phrase, q: int, p: int, honorific: bool, *, complement: bool
    ) -> int | None:
        """:meth:`_named_at` from token ``q`` and atom ``p``."""
        tokens, atoms = self.tokens, self.atoms
        rank_end = -1
        q0 = q  # "the army commander, Gen. X Y,": an honorific may open the apposed name
        comma = (
            0 < q < len(tokens)
            and not tokens[q].join
            and self.text[tokens[q - 1].end : tokens[q].start].strip() in (",", "،")
        )
        while (
            p < len(atoms)
            and atoms[p].i == q
            and (self._adjacent(q) or (comma and q == q0))
            and self._honorific(atoms[p])
            and not self._given_name_not_rank(atoms[p])
        ):
            if any(f.kind == "honorific" and f.target == "rank" for f in atoms[p].forms):
                rank_end = tokens[atoms[p].j - 1].end
            q, p, honorific = atoms[p].j, p + 1, True
        if q >= len(tokens):
            return None
        if not tokens[q].join and q != self.bridge:
            gap = self.text[tokens[q - 1].end : tokens[q].start].strip()
            if (
                gap not in (",", "،")
                and not (honorific and gap == "." and q > q0)
                and not (gap == "»" and self._guillemet_open(ph.start, ph.end))
            ):
                return None  # (the full stop of an abbreviated rank: "Gen. X", "Col. X")
        label = self.text[ph.start : ph.end]
        # the mention's title runs over a military rank between title and name ("رئيس
        # الأركان اللواء X"), so that the subject phrase starts at the title; the role
        # label does not
        written = self.text[ph.start : rank_end] if rank_end >= 0 else label
        rank_name = (
            p < len(atoms)
            and atoms[p].i == q
            and self._honorific(atoms[p])
            and self._given_name_not_rank(atoms[p])
        )
        longer = (
            p < len(atoms)
            and atoms[p].i == q
            and (
                self._longer_unknown_name(atoms[p], q, honorific)
                or self._role_word_given_name(atoms[p], ph)
                or self._other_states_surname(atoms[p], ph)
                or self._entity_word_opens_name(atoms[p], ph)
                or self._given_name_over_surname(atoms[p])
                or self._given_name_over_nisba(atoms[p], honorific)
                or (atoms[p].j == q + 1 and self.names.soft_given(q))
            )
        )
        if p < len(atoms) and atoms[p].i == q and not rank_name and not longer:
            a = atoms[p]
            persons = [f for f in a.forms if f.etype == _PERSON and f.is_entity]
            if not persons:
                return None
            form = self._best_person(persons, ph.state)
            self._named_postings(ph)
            self._give_role(form.target, label, ph)
            kind = "name" if form.kind == "role" else form.kind
            self._emit(a.start, a.end, form.target, kind, written)
            self.pos = a.j
            return p + 1
        title_end = ph.end
        while (
            self.lang == "en"
            and q < len(tokens)
            and self.cover[q] == -1
            and tokens[q].join
            and is_cap(tokens[q])
            and tokens[q].norm in self.titles
        ):  # "Chief Cabinet Secretary X": title words the role lexicon lacks
            title_end, q = tokens[q].end, q + 1
        if (
            self.lang == "ar"
            and q + 1 < len(tokens)
            and tokens[q].norm in _IN_ITS_NAME
            and self._adjacent(q)
            and self._adjacent(q + 1)
        ):  # "المتحدث باسمها X Y": the title runs over "on its behalf"
            title_end, q = tokens[q].end, q + 1
        elif (
            self.lang == "ar"
            and q + 1 < len(tokens)
            and ph.role.target in _POSTED
            and not ph.postings
            and tokens[q].norm in _AT_IT
            and self.cover[q] == -1
            and self._adjacent(q)
            and self._adjacent(q + 1)
            and tokens[q + 1].norm in self.g.given_names
        ):  # "سفير X لديها Y Z": the title runs over its posting given by a pronoun
            title_end, q = tokens[q].end, q + 1
        elif (
            self.lang == "ar"
            and q + 2 < len(tokens)
            and ph.role.target in _POSTED
            and not ph.postings
            and tokens[q].norm in _POST["ar"]
            and tokens[q + 1].norm in _AT_HERE
            and self.cover[q] == -1
            and self._adjacent(q)
            and self._adjacent(q + 1)
            and self._adjacent(q + 2)
        ):  # "سفير X لدى البلاد Y Z": a posting to the wire's own country
            title_end, q = tokens[q + 1].end, q + 2
        found = self.names.after(
            q,
            honorific,
            first_covered=rank_name or longer,
            anchored=ph.of is not None
            or bool(ph.postings)
            or complement
            or (self.lang == "ar" and not ph.role.construct),
        )
        if (
            found is not None
            and self.lang == "ar"
            and ph.of is None
            and not ph.postings
            and not complement
            and tokens[q].norm not in self.g.given_names
            and not self._said_after(found[0])
            and self._stated_title_after(found[0]) is None
            and self.names.regnal_end(q) is None  # ("البابا تواضروس الثاني": a name)
        ):
            found = None  # a stateless title: an unknown name only before what it says
            self.name_after_title.add(ph.end_tok)  # (nor the holder named before)
        if found is None:
            return None
        label = self.text[ph.start : title_end]
        last, start, end = found
        state = ph.state
        if state is None and ph.of is None and self.lang == "ar":
            state = self._paragraph_state(start)  # "وفي أثينا، قال المتحدث باسم الحكومة X"
            # "فخامة الرئيس X Y رئيس جمهورية زامبيا": the state of the title apposed after
            state = state or self._stated_title_after(last, ph.role_key)
        if state is None and ph.of is None and self.lang == "en":
            ante = self._antecedent(ph)
            if ante in self.unnamed_holders and start > ph.end:
                # "the French ambassador ... The ambassador, Sylvain Itte, said": the
                # unnamed holder named before is of that state (S7-H15)
                state = self.new[ante].state
            state = state or self._title_elsewhere(ph, start, self.text[start:end])
            state = state or self._its_state(ph)
        key = self._known_holder(last, ph, start) or self._new_person(
            self.text[start:end], state, last
        )
        self._named_postings(ph)
        self._give_role(key, label, ph)
        written = self.text[ph.start : rank_end] if rank_end >= 0 else label
        self._emit(start, end, key, "name", written)
        self.pos = last + 1
        while p < len(atoms) and atoms[p].i < self.pos:
            p += 1
        return p

    def _longer_unknown_name(self, a: Atom, q: int, honorific: bool) -> bool:
        """English: the atom at ``q`` is only a known person's surname or given name and a
        longer unknown name starts there ("presidential aide Hassan Zameel Rasheed" is
        not Jafar Hassan)."""
        if self.lang != "en" or a.j - a.i != 1 or a.j >= len(self.tokens):
            return False
        if not a.forms or any(f.kind not in ("surname", "given") for f in a.forms):
            return False
        inner = self.names._inner_honorific(a.j)  # "President Hassan Sheikh Mohamud"
        if (self.cover[a.j] != -1 and not inner) or not self._adjacent(a.j):
            return False
        if not is_cap(self.tokens[a.j]):
            return False
        found = self.names.after(q, honorific, first_covered=True)
        return found is not None and found[0] > q

    def _entity_word_opens_name(self, a: Atom, ph: _Phrase) -> bool:
        """Arabic: the word after a title that names its state is, alone, an agency's or
        state's name that also opens foreign names ("رئيسة الوزراء الفنلندية سانا مارين"):
        an unknown name starts there when one runs from it to a clear boundary."""
        if self.lang != "ar" or ph.state is None or not self.names.entity_word(a.i):
            return False
        if any(f.etype != EntityType.ORGANIZATION.value for f in a.forms):
            return False  # "وزار الرئيس التركي قطر حاملا رسالة": a state is the object
        found = self.names.after(a.i, False, first_covered=True, anchored=True)
        if found is None or found[0] <= a.i:
            return False
        x = found[0] + 1  # a clear boundary after the name: what is said, a function word
        return (
            x >= len(self.tokens)
            or not self._adjacent(x)
            or self._said_after(found[0])
            or self._is_stop(self.tokens[x])
        )

    def _given_name_over_surname(self, a: Atom) -> bool:
        """Arabic: the word after a title is only a known person's family name, but also a
        given name (``given_names.tsv``), and an unknown name runs on from it ("المفوض
        الأممي كاميرون ماكاي" is not David Cameron): a new name starts there."""
        if self.lang != "ar" or a.j - a.i != 1 or a.cut or not a.info.surname_only:
            return False
        if self.tokens[a.i].norm not in self.g.given_names:
            return False
        found = self.names.after(a.i, False, first_covered=True)
        return found is not None and found[0] > a.i

    def _given_name_over_nisba(self, a: Atom, honorific: bool) -> bool:
        """Arabic: after a rank or honorific, a one-word state adjective that is also a
        given name opens an unknown name running on to a clear boundary ("المتحدث باسم
        الجيش العقيد تركي الحربي إن": Turki, not "Turkish") (S10-H3)."""
        if self.lang != "ar" or not honorific or a.j - a.i != 1 or a.cut:
            return False
        if self.tokens[a.i].norm not in self.g.given_names:
            return False
        if not a.forms or any(f.etype == _PERSON for f in a.forms):
            return False
        found = self.names.after(a.i, True, first_covered=True)
        if found is None or found[0] <= a.i:
            return False
        x = found[0] + 1
        return x >= len(self.tokens) or not self._adjacent(x) or self._is_stop(self.tokens[x])

    def _other_states_surname(self, a: Atom, ph: _Phrase) -> bool:
        """The atom after a title of one state is only the surname or given name of people
        of other states ("Somali President Hassan ..." is not Jordan's Jafar Hassan): a new
        name starts there."""
        if ph.state is None or not a.info.surname_only:
            return False
        persons = [f for f in a.forms if f.etype == _PERSON and f.is_entity]
        return bool(persons) and all(
            (e := self.g.entries.get(f.target)) is not None and e.state not in (None, ph.state)
            for f in persons
        )

    def _known_holder(self, last: int, ph: _Phrase, start: int = -1) -> str | None:
        """A known person whose family name ends the name found after a title and who
        holds that very title ("مدير عام الوكالة الدولية للطاقة الذرية رافائيل غروسي",
        another spelling of the given name): that person, not a new one.  Not when the
        name opens with a known given name that is not the person's (Arabic: "رئيس
        الوزراء الباكستاني نواز شريف" is Shehbaz Sharif's brother)."""
        k = self.cover[last]
        if k < 0 or last not in self.names.soft or ph.of is None:
            return None
        first = self._first_token_at(start)
        for f in self.atoms[k].forms:
            if f.etype != _PERSON or f.kind != "surname":
                continue
            if first is not None and self._other_given_name(first, f.target):
                continue
            for fact in self._facts(f.target, ph.modifier):
                if _role_match(ph.role_key, fact.role) and ph.of in (fact.of, fact.state):
                    return f.target
        return None

    def _first_token_at(self, start: int) -> Token | None:
        """Arabic: the token that starts at offset ``start``, if any."""
        if self.lang != "ar" or start < 0:
            return None
        if len(self._tok_starts) != len(self.tokens):
            self._tok_starts = [t.start for t in self.tokens]
        x = bisect.bisect_left(self._tok_starts, start)
        if x >= len(self.tokens) or self.tokens[x].start != start:
            return None
        return self.tokens[x]

    def _other_given_name(self, tok: Token, key: str) -> bool:
        """True when ``tok`` is a known given name and no Arabic name of person ``key``
        opens with it (a brother or namesake who shares the family name)."""
        if tok.norm not in self.g.given_names:
            return False
        entry = self.g.entries.get(key)
        if entry is None:
            return False
        firsts = {
            w[0] for n in (entry.label_ar, *entry.aliases) if n and (w := normalize(n).split())
        }
        # (another spelling of the holder's given name, "إمانويل" for "إيمانويل", is his)
        return all(SequenceMatcher(None, f, tok.norm).ratio() < 0.75 for f in firsts)

    def _definite(self, a: Atom) -> bool:
        """Arabic: atom ``a`` is written with the article ("المساعد"، "النائب"): after a
        title it is the title's own modifier ("الأمين العام المساعد"), where the bare word
        ("مساعد") opens the holder's name (S10-R2-H3)."""
        return self.text.startswith("ال", a.start)

    def _role_word_given_name(self, a: Atom, ph: _Phrase) -> bool:
        """A one-word role noun (in Arabic also a modifier: "مساعد", S10-R2-H3) that is also
        a given name ("سلطان", "Amir") right after a complete title ("وزير الدولة الإماراتي
        سلطان X", "Israeli Ambassador Amir X") opens the name, not a new title."""
        return (
            (ph.of is not None or (self.lang == "en" and self._unknown_name_next(a.j)))
            and a.j - a.i == 1
            and not a.cut
            and (a.info.role is not None or (self.lang == "ar" and a.info.modifier is not None))
            and not a.info.entity
            and self.tokens[a.i].norm in self.g.given_names
        )

    def _unknown_complement(self, q: int) -> int | None:
        """The token after a complement the gazetteer does not know, right after a title
        that needs one ("المتحدث باسم الجماعة", "الناطق باسم الحركة الشعبية"): one or two
        definite words, then a word that may start a name; else None.  An organisation's
        head noun (``lexicons/unnamed.tsv``: orghead) may open the complement, and a state
        adjective close it ("رئيس حزب المؤتمر السوداني X Y")."""
        tokens, start = self.tokens, self._bare_body_end(q)
        headed = (
            self.lang == "ar"
            and start == q
            and q + 1 < len(tokens)
            and self._adjacent(q)
            and (
                (self.cover[q] == -1 and tokens[q].norm in _ar_org_lexicon()[0])
                or self._construct_body_head(q)
            )
        )
        x = self._definite_run(q + 1 if headed else start)
        if headed and x is not None and x > q + 1 and x < len(tokens) and self.cover[x] != -1:
            a = self.atoms[self.cover[x]]
            if a.i == x and self._adjacent(x) and any(f.kind == "nisba" for f in a.forms):
                x = a.j  # (the party's state adjective)
        if x is None or x == q or (headed and x == q + 1):
            return None
        if x >= len(tokens) or not self._adjacent(x):
            return None
        if self.cover[x] != -1 and not self._honorific(self.atoms[self.cover[x]]):
            return None  # (a rank opens the name: "قائد المجلس العسكري الجنرال X")
        if self._is_stop(tokens[x]) and not self._given_not_stop(tokens[x]):
            return None  # "... لدى الجماعة": no name here (:meth:`_complement_owner`)
        return x

    def _ar_unknown_government(self, q: int) -> int | None:
        """Arabic: the token after "في حكومة <name>" from token ``q``, a government the
        gazetteer does not know that the title's holder sits in ("وزيرة الخارجية في حكومة
        «الوحدة» X Y"، "وزير الدفاع في حكومة الإنقاذ الوطني X Y"): its name is one to three
        definite words or a run in guillemets; the token after it must be a known given name
        (``given_names.tsv``); None otherwise (S18-SPKLINK)."""
        tokens, text, n = self.tokens, self.text, len(self.tokens)
        if q + 2 >= n or tokens[q].norm != "في" or not self._adjacent(q):
            return None
        if text[tokens[q + 1].start : tokens[q + 1].end] != "حكومة":
            return None
        x = q + 2
        gap = text[tokens[q + 1].end : tokens[x].start].strip()
        if gap == "«":
            close = text.find("»", tokens[x].start)
            if close < 0 or close - tokens[x].start > 40:
                return None
            while x < n and tokens[x].start < close:
                x += 1
            if x == q + 2 or x >= n or text[tokens[x - 1].end : tokens[x].start].strip() != "»":
                return None
        elif gap:
            return None
        else:
            run = self._definite_run(x)
            if run is None or run == x:
                return None
            x = run
            if x >= n or not self._adjacent(x):
                return None
        if tokens[x].norm not in self.g.given_names or self._is_stop(tokens[x]):
            return None
        return x

    def _ar_title_qualified_by_body(self, q: int) -> int | None:
        """Arabic: the token after "<definite participle> من <body>" from token ``q``, which
        qualifies the title before it ("رئيس الحكومة المكلفة من مجلس النواب X Y"، "رئيس
        الحكومة المدعومة من البرلمان X Y"): a definite participle in م no phrase covers, من,
        then a known organisation or state body (no state or place: "القادم من باريس"); the
        token after it must be a known given name; None otherwise (S18-SPKLINK)."""
        tokens, n = self.tokens, len(self.tokens)
        if 0 < q < n and tokens[q].norm == "من":
            q -= 1  # the title ran over the participle ("رئيس الحكومة المكلفة" + "من")
        elif q >= n or self.cover[q] != -1:
            return None
        if q + 3 >= n or not self._adjacent(q + 1):
            return None
        raw = self.text[tokens[q].start : tokens[q].end]
        if not raw.startswith("الم") or len(raw) < 6 or self._is_stop(tokens[q]):
            return None  # (a participle مفعول/مفعّل: "المكلفة"، "المدعومة"، "المنتخب")
        if tokens[q + 1].norm != "من" or not self._adjacent(q + 1) or not self._adjacent(q + 2):
            return None
        k = self.cover[q + 2]
        if k < 0 or self.atoms[k].i != q + 2:
            return None
        a = self.atoms[k]
        form = self._state_or_org(a)
        if (form is None and a.info.body is None) or (
            form is not None and form.etype != EntityType.ORGANIZATION.value
        ):
            return None  # (an organisation or a state body: "مجلس النواب"; no place)
        x = a.j
        if x >= n or not self._adjacent(x) or tokens[x].norm not in self.g.given_names:
            return None
        return None if self._is_stop(tokens[x]) else x

    def _ar_government_state(self, g: int) -> str | None:
        """Arabic: the state of the government named at token ``g`` ("حكومة «الوحدة»"), read
        where the article names the same government with a state's nisba or name within
        three words after its first name word ("حكومة «الوحدة الوطنية» الليبية"); None when
        it never does, or names several (S18-SPKLINK)."""
        tokens, n = self.tokens, len(self.tokens)
        if g + 1 >= n:
            return None
        word = tokens[g + 1].norm
        found: set[str] = set()
        for i in range(n - 1):
            if i == g or tokens[i].norm != tokens[g].norm or tokens[i + 1].norm != word:
                continue
            for y in range(i + 2, min(i + 5, n)):
                k = self.cover[y]
                if k < 0 or self.atoms[k].i != y:
                    continue
                states = {
                    f.state or f.target
                    for f in self.atoms[k].forms
                    if f.kind == "nisba" or f.etype == EntityType.STATE.value
                }
                found |= {st for st in states if st}
                break
        return found.pop() if len(found) == 1 else None

    def _given_not_stop(self, tok: Token) -> bool:
        """Arabic: a given name that folds like a function word, written as the name
        ("علي", not the preposition "على")."""
        return tok.norm in self.g.given_names and self.text[tok.end - 1] != "ى"

    def _construct_body_head(self, q: int) -> bool:
        """Arabic: token ``q``, right after "باسم", is a one-word indefinite state body
        (``bodies.tsv``: "قوات") heading a construct the gazetteer does not know
        ("المتحدث باسم قوات التحالف X") (S10-H3)."""
        k = self.cover[q]
        if k < 0 or q < 1 or self.tokens[q - 1].norm != _ON_BEHALF_OF:
            return False  # (only after "باسم": not "سفير حكومة الوفاق الليبية لديها X")
        a = self.atoms[k]
        return (
            a.i == q
            and a.j == q + 1
            and not a.cut
            and a.info.body is not None
            and not a.info.entity
            and a.info.role is None
            and not self.text.startswith("ال", a.start)
        )

    def _bare_body_end(self, q: int) -> int:
        """Arabic: the token after a state body named with no state (``bodies.tsv``:
        "المجلس العسكري"، "الحرس الوطني") that starts at token ``q``, as an unknown
        complement of a title ("قائد المجلس العسكري X"); ``q`` when there is none."""
        k = self.cover[q] if q < len(self.tokens) else -1
        if self.lang != "ar" or k < 0:
            return q
        a = self.atoms[k]
        if a.i != q or a.cut or a.info.body is None or a.info.entity or a.info.role is not None:
            return q
        if not self.text.startswith("ال", a.start):
            return q
        return a.j

    def _definite_run(self, q: int) -> int | None:
        """The token after one to three definite words no phrase covers, from ``q`` (``q``
        itself when there are none); None when a function word is among them."""
        tokens, x = self.tokens, q
        while x < len(tokens) and x - q < 3 and self._adjacent(x) and self.cover[x] == -1:
            t = tokens[x]
            if not (t.flags & ARABIC and self.text[t.start : t.end].startswith("ال")):
                break
            if self._is_stop(t):
                return None
            x += 1
        return x

    def _complement_owner(self, q: int) -> tuple[int, Form] | None:
        """``(atom, state or organisation)`` that an unknown complement of a construct title
        belongs to: right after one to three definite words, a state's nisba ("رئيس
        المجلس الرئاسي الليبي"), a state or organisation with ل ("رئيس المكتب السياسي
        لحركة X") or after لدى/في ("رئيس المجلس الأعلى لدى الجماعة")."""
        tokens, x = self.tokens, self._definite_run(q)
        if x is None or x == q or x >= len(tokens) or not self._adjacent(x):
            return None
        via = self.cover[x] == -1
        if via:
            if tokens[x].norm not in _POST["ar"] or not self._adjacent(x + 1):
                return None
            x += 1
        k = self.cover[x] if x < len(tokens) else -1
        if k < 0 or self.atoms[k].i != x:
            return None
        a = self.atoms[k]
        form = self._state_or_org(a)
        if form is None or any(f.etype == _PERSON for f in a.info.entity):
            return None
        if not via and not (
            (form.kind == "nisba" and not a.cut) or (a.cut.endswith("ل") and a.cut != "ال")
        ):
            return None
        return k, form

    def _given_name_not_rank(self, a: Atom) -> bool:
        """An abbreviated rank written without its dot and followed by one name word is a
        given name ("Defense Minister Gen Nakatani"), not a rank ("Gen. Smith")."""
        if self.lang != "en" or a.j - a.i != 1 or self.tokens[a.i].norm not in _ABBREV_RANKS:
            return False
        tok = self.tokens[a.i]
        if self.text[tok.end : tok.end + 1] == ".":
            return False
        nxt = a.j
        if nxt >= len(self.tokens) or not is_cap(self.tokens[nxt]):
            return False
        after = nxt + 1
        return not (
            after < len(self.tokens) and self.tokens[after].join and is_cap(self.tokens[after])
        )

    def _best_person(self, persons: list[Form], state: str | None) -> Form:
        for f in persons:
            entry = self.g.entries.get(f.target)
            if state is not None and entry is not None and entry.state == state:
                return f
        return persons[0]

    def _role_only(self, ph: _Phrase) -> int | None:
        atoms, tokens = self.atoms, self.tokens
        role_atom = next(
            (a for a in atoms[self.cover[ph.first_tok] :] if self._role(a) is not None), None
        )
        if role_atom is None:
            return None  # a title of the other language in the text ("A0 الرئيس الروسي" in English)
        if any(f.is_entity for f in role_atom.forms):
            return None  # a person's alias that is a bare title ("Supreme Leader")
        if ph.role.construct and ph.of is None:
            return None
        if ph.of is None and self._apposed_unknown(ph):
            return ph.next_atom
        if ph.of is None:  # no state: only an earlier person with this role
            if self.lang == "en":
                word = tokens[ph.first_tok - 1].norm if ph.first_tok > 0 else ""
                if word in ("a", "an") and ph.role_key == "spokesperson":
                    word = "the"  # "a government spokesman said": see _home_for_title
                elif self._common_possessive(ph.first_tok - 1):
                    word = "the"  # "the bloc's foreign policy chief": the one named before
                if ph.role_key == "official" and not self._noun_ends_clause(ph.end_tok):
                    return None  # "the official IRNA news agency", "the official toll"
                if (home_body := self._home_body_title(ph)) is not None:
                    ph = home_body  # "TEHRAN - A spokesman for the Foreign Ministry said"
                elif word != "the" or (
                    ph.end_tok < len(tokens) and tokens[ph.end_tok].norm in _OF["en"]
                ):
                    return None
            elif ph.end_tok < len(tokens) and self._adjacent(ph.end_tok):
                nxt = tokens[ph.end_tok]
                if (
                    nxt.norm.startswith("ال")
                    and nxt.norm not in self.stop
                    and not self._repeats_title(ph)
                ):
                    return None
                if nxt.norm in _IN_ITS_NAME:
                    return None  # "المتحدث باسمها X": the spokesman of the body just named
        if ph.of is not None:
            named = self.names.before(
                ph.first_tok, self._name_floor(ph.first_tok), verb_after=self._said_at(ph.end_tok)
            )
            if named is not None:
                self._person_before_title(named, ph, ph.state, postings=True)
                return ph.next_atom
        if self._adjective_of_noun(ph.first_tok):
            return None  # "بالجهد الدبلوماسي الأميركي": an adjective, not a diplomat
        if ph.of is None and ph.end_tok in self.name_after_title:
            return None  # "الرئيس جوفينيل مويز": another man than the president named before
        key = self._apposition(ph) or (None if ph.body else self._antecedent(ph))
        if key is not None and ph.of is None and self._feminine_for_masculine(ph, key):
            return None  # "المعارضة" (the opposition) after "المعارض الروسي X"
        if (
            key is None
            and ph.of is not None
            and not ph.body  # (the head of an unknown body is not the state's president)
            and not self._for_a_mission(ph)
            and not self._indefinite(ph)
            and not self._after_deputy(ph)
        ):
            holder = self.g.holder_of(
                ph.role_key, ph.of, self.published, dept=ph.dept, modifier=ph.modifier
            )
            if (
                holder is None
                and ph.state not in (None, ph.of)
                and role_atom.i not in self.split_titles  # "رئيس حكومة إقليم X": its head
            ):
                holder = self.g.holder_of(
                    ph.role_key, ph.state or "", self.published, dept=ph.dept, modifier=ph.modifier
                )
            key = holder.key if holder is not None else None
        if key is None and ph.of is None and (home := self._home_for_title(ph)) is not None:
            # "NIAMEY -- The foreign minister said", "ATHENS -- A government spokesman
            # said": no state named and no holder before: the dateline state's (S7-H15)
            ph = replace(ph, of=home, state=home)
            holder = self.g.holder_of(
                ph.role_key, home, self.published, dept=ph.dept, modifier=ph.modifier
            )
            key = holder.key if holder is not None else None
            if (
                key is None
                and ph.role_key not in _HOME_UNNAMED_ROLES
                and not self._home_owner_before(ph)
            ):
                return None
        if (
            key is None
            and ph.of is not None
            and ph.modifier != "former"
            and (not ph.complement or self._org_title(ph))
        ):
            # (an unnamed title with a complement, "وزير الدولة الإماراتي للشؤون الخارجية":
            # its state acts, as the relation tests expect)
            if (owned := self._owned_body_end(ph)) is not None:
                # "a spokesman for Iran's Foreign Ministry": the title is the ministry's
                ph = replace(ph, end_tok=owned, end=self.tokens[owned - 1].end)
            key = self._unnamed_holder(ph)
        if key is None:
            return None
        label = self.text[ph.start : ph.end]
        self._postings(ph)
        if ph.of is not None:
            self._give_role(key, label, ph)
        end = ph.end
        given = self._given_after(ph)
        if given is not None and self._opens_with(key, given):
            end = self.tokens[ph.end_tok].end  # "السلطان هيثم": the given name is his
            ph = replace(ph, end_tok=ph.end_tok + 1)
        self._emit(ph.start, end, key, "role", label)
        if ph.role.target == "counterpart":
            self.counterparts[key] = self.seen[key]
        self.pos = ph.end_tok
        return ph.next_atom

    def _home_body_title(self, ph: _Phrase) -> _Phrase | None:
        """English: "a spokesman for the Foreign Ministry" (an indefinite spokesperson
        for a body named with no state, its last word in ``institutions.tsv``) in a story
        datelined in a state: that title, of the dateline's state, over the body's name;
        else None."""
        tokens = self.tokens
        j = ph.end_tok
        if (
            ph.role_key != "spokesperson"
            or ph.first_tok < 1
            or tokens[ph.first_tok - 1].norm not in ("a", "an")
            or j + 2 >= len(tokens)
            or tokens[j].norm != "for"
            or tokens[j + 1].norm != "the"
        ):
            return None
        heads = _institution_heads()
        k = j + 2
        while k < len(tokens) and k - j < 6 and is_cap(tokens[k]) and tokens[k].join:
            k += 1
        if k == j + 2 or tokens[k - 1].norm not in heads or self.cover[j + 2] == -1:
            return None  # (the body must be one we read: "the Foreign Ministry")
        home = self._home_for_title(replace(ph, end=tokens[k - 1].end, role_key="", dept=None))
        if home is None:
            return None
        return replace(ph, end_tok=k, end=tokens[k - 1].end, of=home, state=home)

    def _owned_body_end(self, ph: _Phrase) -> int | None:
        """English: the title ``ph`` ends in a state's possessive that owns a body named
        right after it ("a spokesman for Iran's Foreign Ministry", "a spokeswoman for
        Japan's Defence Ministry"): the token after that body's name (its last word in
        ``institutions.tsv``), else None.  The title may end in "the" and a state adjective
        instead ("a spokesman for the Pakistani foreign ministry"), and the body's name may be
        written in lower case ("a spokeswoman for Japan's defence ministry", "for the German
        government") (S11-R2)."""
        tokens = self.tokens
        last, j = ph.end_tok - 1, ph.end_tok
        if self.lang != "en" or last < 0:
            return None
        if not tokens[last].flags & POSSESSIVE and not self._the_demonym(last):
            return None
        heads = _institution_heads() | _GOVERNMENT_HEADS
        k = self.cover[j] if j < len(tokens) and self._adjacent(j) else -1
        if k >= 0 and self.atoms[k].i == j and self._role(self.atoms[k]) is not None:
            return self.atoms[k].j  # "the spokesman for Iraq's prime minister"
        while j < len(tokens) and j - ph.end_tok < 4 and tokens[j].join:
            tok = tokens[j]
            if not (is_cap(tok) or tok.norm in heads) and (
                not tok.norm.isalpha() or tok.norm in self.stop
            ):
                return None
            j += 1
            if tok.norm in heads and not (
                j < len(tokens)
                and tokens[j].join
                and (is_cap(tokens[j]) or tokens[j].norm in heads)
            ):
                return j
        return None

    def _the_demonym(self, x: int) -> bool:
        """English: token ``x`` is a state adjective right after "the" ("the Pakistani",
        "the German")."""
        k = self.cover[x]
        if k < 0 or x < 1 or self.tokens[x - 1].norm != "the" or not self._adjacent(x):
            return False
        a = self.atoms[k]
        return a.i == x and a.j == x + 1 and any(f.kind in ("demonym", "nisba") for f in a.forms)

    def _org_title(self, ph: _Phrase) -> bool:
        """Arabic: the unnamed title ``ph`` belongs to an organisation with no state
        ("مساعد الأمين العام للأمم المتحدة للشؤون الإنسانية"): with a portfolio after it, no
        state can act instead of its holder."""
        entry = self.g.entries.get(ph.of) if ph.of is not None else None
        return (
            self.lang == "ar"
            and entry is not None
            and entry.type.value == _ORG
            and entry.state is None
        )

    def _take_later_name(self, phrase: str, key: str, last_tok: int) -> None:
        """English: "Mousa Abu Marzouk" read under a title after "Abu Marzouk said" was
        taken for a person of its own (:meth:`_speaking_names`, read first): the shorter
        name, later in the text and not linked yet, is this person's family name (S9-H4)."""
        other = self.dynamic.get(phrase)
        if other is None or other[0] == key or other[2] <= last_tok:
            return
        entry = self.new.get(other[0])
        if entry is None or entry.type != EntityType.PERSON:
            return
        if any(m.key == other[0] for m in self.mentions):
            return
        del self.dynamic[phrase]
        del self.new[other[0]]

    def _noun_ends_clause(self, x: int) -> bool:
        """English: token ``x`` after a noun that is also an adjective ("official") leaves
        the noun alone: punctuation before it, or a stop or speech word ("the official said",
        "the official, who ...") (S9-H4)."""
        if x >= len(self.tokens):
            return True
        tok = self.tokens[x]
        if any(c in self.text[self.tokens[x - 1].end : tok.start] for c in '.,;:!?"”)—'):
            return True
        return tok.norm in self.stop or tok.norm in self.g.speech_words.get("en", ())

    def _common_possessive(self, x: int) -> bool:
        """English: token ``x`` is a lower-case common noun's possessive after "the" ("the
        bloc's", "the agency's"), no name and no role word (S9-H4)."""
        if x < 1 or self.cover[x] != -1:
            return False
        tok = self.tokens[x]
        return (
            bool(tok.flags & POSSESSIVE)
            and not is_cap(tok)
            and tok.norm.isalpha()
            and tok.norm not in self.titles
            and self.tokens[x - 1].norm == "the"
        )

    def _its_state(self, ph: _Phrase) -> str | None:
        """English: the state a possessive pronoun before a stateless title stands for
        ("Australia ... was caught off guard. Its minister for the Pacific, X Y, flew"):
        the latest state named before it in its sentence, else the first state named in
        the sentence before (its subject); None otherwise (S12-ENT)."""
        t = ph.first_tok
        if t == 0 or self.tokens[t - 1].norm not in ("its", "their") or not self.tokens[t].join:
            return None
        pos, text = self.tokens[t - 1].start, self.text
        lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
        lo2 = max(text.rfind(". ", 0, lo), text.rfind("\n", 0, lo)) if lo > 0 else -1
        cur: str | None = None
        prev: str | None = None
        for m in self.mentions:
            if m.start >= pos:
                break
            entry = self.g.entries.get(m.key)
            if entry is None or entry.type is not EntityType.STATE:
                continue
            if m.start > lo:
                cur = m.key
            elif m.start > lo2 and prev is None:
                prev = m.key
        return cur or prev

    def _title_elsewhere(self, ph: _Phrase, start: int, name: str) -> str | None:
        """English: the state of a new person under a title with no state ("President X
        Y") when the dateline's state has another known holder of that title then
        ("WASHINGTON -- ... pressure on Venezuela ... President Nicolas Maduro"): the
        latest other state named before it in the sentence; None otherwise (the
        dateline's state is then read later, as for any stateless title)."""
        home = self._dateline_state()
        if home is None or ph.modifier == "former":
            return None
        holder = self.g.holder_of(
            ph.role_key, home, self.published, dept=ph.dept, modifier=ph.modifier
        )
        if holder is None:
            return None
        surname = normalize(name).split()[-1:]
        known = " ".join(normalize(n) for n in (holder.label_en, *holder.aliases)).split()
        if not surname or surname[0] in known:
            return None  # the holder himself, named in another spelling
        lo = max(self.text.rfind(". ", 0, start), self.text.rfind("\n", 0, start))
        found: str | None = None
        for m in self.mentions:
            if m.start <= lo:
                continue
            if m.start >= start:
                break
            entry = self.g.entries.get(m.key)
            if entry is not None and entry.type is EntityType.STATE and m.key != home:
                found = m.key
        return found

    def _home_for_title(self, ph: _Phrase) -> str | None:
        """English: the dateline's state for a title with no state ("the foreign
        minister", "a government spokesman"), or None: not for a former holder, a
        complement, nor when no dateline names a state."""
        if self.lang != "en" or ph.modifier == "former" or ph.complement:
            return None
        if ph.role_key == "spokesperson" and "government" not in self.text[ph.start : ph.end]:
            return None  # "a spokesman said" may be a firm's or an agency's
        return self._dateline_state()

    def _home_owner_before(self, ph: _Phrase) -> bool:
        """English: "the country's" ("the nation's", "the province's") right before the
        title: an office of the story's own state or of a province of it ("the country's top
        prosecutor", "the province's human rights ombudsman"), whatever the office."""
        k = ph.first_tok - 1
        return (
            k >= 1
            and self.cover[k] == -1
            and bool(self.tokens[k].flags & POSSESSIVE)
            and self.tokens[k].norm.removesuffix("'s").removesuffix("’s") in _HOME_OWNERS_EN
            and self.tokens[k - 1].norm == "the"
        )

    def _feminine_for_masculine(self, ph: _Phrase, key: str) -> bool:
        """Arabic: a bare title in ة ("المعارضة", "الصحفية") taking up a person the article
        titled only in the masculine ("المعارض الروسي X"): a noun or adjective of the same
        root (the opposition, journalistic), not that person."""
        if self.lang != "ar":
            return False
        word = self.text[ph.start : ph.end].split()[0]
        if not word.endswith("ة"):
            return False
        labels = [r.label for r in self.text_roles.get(key, []) if r.lang == "ar"]
        return bool(labels) and all(not lab.split()[0].endswith("ة") for lab in labels if lab)

    def _apposed_unknown(self, ph: _Phrase) -> bool:
        """English: "Jane Doe, the party's leader, said", "said Jane Doe, a presidential
        aide.": an unknown capitalised name, then a title with no state or organisation
        set off by a comma before it and a comma or the end of the sentence after it.  The
        name becomes a new Person with that role (and no state); True when it did.

        Arabic (the Gulf agencies' order): an unknown name that opens with a known given
        name (or follows a speech verb), right before a title that names no state ("قال
        سامر العلي وزير الدولة للشؤون الخارجية إن"); the article's home state is its
        state later."""
        if self.lang == "ar":
            return self._ar_apposed_unknown(ph)
        if self.lang != "en":
            return False
        if (
            self.text[ph.end : ph.end + 1] not in (",", ".", ";", "")
            and not _OF_TAIL_EN.match(self.text, ph.end)
            and not _WHO_TAIL_EN.match(self.text, ph.end)
        ):  # "Jane Doe, the head of the embassy's consular section, said"
            return False
        floor, d = self.pos, self.pos - 1
        if (
            d >= 0
            and (self.names.demonym_at(d) is not None or self.names.modifier_at(d))
            and all(self.cover[x] == -1 for x in range(d + 1, ph.first_tok))
        ):  # "Jane Doe, the Swedish climate activist", "a former state minister": read already
            floor = d
            while floor > 0 and self.cover[floor - 1] == -1:
                floor -= 1
        named = self.names.before(ph.first_tok, floor, loose=True)
        if named is None:
            return False
        # (the demonym inside the aside is the new person's state)
        state = next(
            (
                st
                for x in range(named[2] + 1, ph.first_tok)
                if (st := self.names.demonym_at(x)) is not None
            ),
            None,
        )
        if state is None and ph.role_key in ("aide", "adviser"):
            state = self._principal_state(ph)  # "X, an aide to Azerbaijan's president,"
        self._person_before_title(named, ph, state, postings=False)
        return True

    def _principal_state(self, ph: _Phrase) -> str | None:
        """English: the state named first in the "to ..." tail of an aide's or adviser's
        title ("an aide to Azerbaijan's president,", "adviser to the Iraqi prime
        minister,"), whom they serve; None when the tail names none."""
        tail = _OF_TAIL_EN.match(self.text, ph.end)
        if tail is None or not tail.group().startswith(" to "):
            return None
        x = ph.end_tok
        while x < len(self.tokens) and self.tokens[x].start < tail.end():
            k = self.cover[x]
            if k >= 0:
                states = [f.target for f in self.atoms[k].forms if f.etype == "State"]
                if states and all(f.is_entity for f in self.atoms[k].forms):
                    return states[0]
            x += 1
        return None

    def _person_before_title(
        self, named: tuple[int, int, int], ph: _Phrase, state: str | None, *, postings: bool
    ) -> None:
        """Make the unknown name ``named`` (start, end, last token) right before the title
        phrase ``ph`` a new Person of ``state`` whose role is the title, and read on after
        the title (with its postings, "سفير ... لدى X", when ``postings``)."""
        start, end, last = named
        key = self._new_person(self.text[start:end], state, last)
        label = self.text[ph.start : ph.end]
        self._give_role(key, label, ph)
        self._emit(start, end, key, "name", label)
        if postings:
            self._postings(ph)
        self.pos = ph.end_tok

    def _name_floor(self, first_tok: int) -> int:
        """Where an unknown name before the title at ``first_tok`` may start: the reading
        position, or the one before a known person's lone given or family name read last
        that linked nothing ("ماجد بن محمد الأنصاري المتحدث ...", "عبدالله بن سعيد
        المعولي المتحدث ...": the name's other words were never read)."""
        end, floor = self.soft_skip
        if end == self.pos <= first_tok:  # English too: "Abdi Hassan, a spokesman" (S9-R3)
            return floor
        return self.pos

    def _said_at(self, x: int) -> bool:
        """Arabic: token ``x`` reads as a speech verb of ``cues.tsv`` right after the title
        ("X Y وزير الخارجية العراقي قال إن"، S15-NAMES)."""
        speech = self.g.speech_words.get("ar", frozenset())
        return (
            self.lang == "ar"
            and x < len(self.tokens)
            and self._adjacent(x)
            and self.cover[x] == -1
            and not speech.isdisjoint(stems(self.tokens[x]))
        )

    def _ar_apposed_unknown(self, ph: _Phrase) -> bool:
        """Arabic half of :meth:`_apposed_unknown`: a new Person named right before a
        stateless title, which becomes its role; True when it did."""
        named = self.names.before(
            ph.first_tok, self._name_floor(ph.first_tok), verb_after=self._said_at(ph.end_tok)
        )
        if named is None:
            return False
        self._person_before_title(named, ph, self._paragraph_state(named[0]), postings=True)
        return True

    def _indefinite(self, ph: _Phrase) -> bool:
        """An indefinite role ("a State Department spokesperson", "متحدث باسم الخارجية"):
        one holder among several, unnamed, not the office's known holder."""
        if self.lang == "ar":
            first = self.text[ph.start : ph.end].split()[:1]
            word = first[0] if first else ""
            word = word[1:] if word[:1] in ("و", "ف") else word
            return bool(word) and not word.startswith("ال") and word.startswith(("متحدث", "مسؤول"))
        before = self.text[max(0, ph.start - 4) : ph.start].lower()
        return before.endswith(("a ", "an "))

    def _after_deputy(self, ph: _Phrase) -> bool:
        """Arabic: right before the title stands a deputy modifier the title phrase did not
        take ("مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى", read again from وزير):
        the title names the deputy's office, not its holder (S10-R2-H3)."""
        k = self.cover[ph.first_tok]
        if self.lang != "ar" or k <= 0 or not self._adjacent(ph.first_tok):
            return False
        prev = self.atoms[k - 1]
        return prev.j == ph.first_tok and self._modifier(prev) == "deputy"

    def _for_a_mission(self, ph: _Phrase) -> bool:
        """The role is held at an embassy, consulate or mission ("متحدث باسم السفارة
        الروسية", "a spokesman for the Russian embassy"): not the state's spokesperson."""
        words = set(normalize(self.text[ph.start : ph.end]).split())
        return not words.isdisjoint(_MISSION_WORDS)

    def _adjective_of_noun(self, first_tok: int) -> bool:
        """Arabic: a definite title word right after a definite noun the gazetteer does not
        read ("الجهد الدبلوماسي", "الاجتماع الرئيس") is that noun's adjective."""
        t = first_tok - 1
        if self.lang != "ar" or t < 0 or not self._adjacent(first_tok) or self.cover[t] != -1:
            return False
        title = self.tokens[first_tok]
        if not self.text[title.start : title.end].startswith("ال"):
            return False  # "الزياني وزير خارجية البحرين": a construct title after a name
        tok = self.tokens[t]
        variants = stems(tok)
        if not tok.flags & ARABIC or not self.stop.isdisjoint(variants):
            return False
        return any(v.startswith("ال") and len(v) > 4 for v in variants)

    def _repeats_title(self, ph: _Phrase) -> bool:
        """Whether the role phrase repeats (the start of) a title an earlier person was
        given in this article ("خليفة حفتر، القائد العام للقوات المسلحة" ... "وثمّن القائد
        العام الدور المصري"): then what follows is not part of the title."""
        phrase = normalize(self.text[ph.start : ph.end])
        if not phrase:
            return False
        labels = [r.label for roles in self.text_roles.values() for r in roles]
        labels += [m.role for m in self.mentions if m.role]
        for raw in labels:
            label = normalize(raw)
            if label == phrase or label.startswith(phrase + " "):
                return True
        return False

    def _unnamed_holder(self, ph: _Phrase) -> str:
        """A person known only by a title with a state ("السفير الفرنسي", "Beijing's
        ambassador", "القائم بأعمال السفارة الفرنسية"): a new Person with that role."""
        end = ph.end
        if ph.postings:  # "السفير الإسرائيلي في القاهرة": the posting is not the name
            end = self.atoms[ph.postings[0]].start
            words = self.text[ph.start : end].split()
            while words and (
                normalize(words[-1]) in _POST[self.lang]
                # "السفير الإثيوبي بالخرطوم": the posting glued to "ب", not a word
                or (self.lang == "ar" and len(words[-1]) == 1)
            ):
                words.pop()
            end = ph.start + len(" ".join(words)) if words else ph.end
        elif self.lang == "en" and (
            nxt := _MISSION_AFTER_EN.match(self.text, ph.end)
        ):  # "a spokesman for the Chinese embassy": the mission ends the title
            end = nxt.end()
        label = self.text[ph.start : end].strip()
        if self.lang == "en" and label[:4].lower() == "the ":
            label = label[4:]
        key = f"Person:{normalize(label)}"
        if key not in self.new and key not in self.g.entries:
            self.unnamed_holders.add(key)
            ar = self.lang == "ar"
            self.new[key] = Entry(
                key=key,
                type=EntityType.PERSON,
                label_en="" if ar else label,
                label_ar=label if ar else "",
                aliases=[label] if ar else [label, f"a {label}", f"an {label}"],
                qid=None,
                state=ph.state,
            )
        return key

    def _apposition(self, ph: _Phrase) -> str | None:
        """The person named right before the title ("Hakan Fidan, Turkey's foreign minister")."""
        if not self.mentions or ph.of is None:
            return None
        last = self.mentions[-1]
        entry = self.g.entries.get(last.key) or self.new.get(last.key)
        if entry is None or entry.type is not EntityType.PERSON:
            return None
        if ph.state and entry.state and ph.state != entry.state:
            return None  # "استقبل السيسي رئيس الوزراء الإثيوبي": another state's official
        gap = self.text[last.end : ph.start].strip().lower()
        if (
            self.lang == "ar"
            and not gap
            and last.role is not None
            and last.kind == "name"
            and normalize(self.text[ph.start : ph.end]).startswith("ال")
        ):
            # "والتقى رئيس الوفد الروسي X Y المبعوث الأممي": a name its title opened is
            # followed by the verb's object, not by a second title of its own (S14-LINK)
            return None
        # (", his Chinese counterpart", ", her deputy": a possessive opens the apposition)
        if gap in ("", ",", "،", "the", ", the", ", his", ", her"):
            return last.key
        if self.lang == "en" and _AS_TITLE_EN.fullmatch(self.text[last.end : ph.start].strip()):
            return last.key  # "X was sworn in as Senegal's president", "named X as envoy"
        return None

    def _antecedent(self, ph: _Phrase) -> str | None:
        found: list[str] = []
        given = self._given_after(ph)
        classes = self.g.role_classes.get(ph.role_key) if self._generic_title(ph) else None
        stated = ph.of is not None and ph.dept is None
        for key in sorted(self.seen, key=self.seen.__getitem__, reverse=True):
            for fact in self._facts(key, ph.modifier):
                if not _role_match(ph.role_key, fact.role, classes, stated=stated):
                    continue
                if ph.of is not None and ph.of not in (fact.of, fact.state):
                    if ph.state is None or ph.state != fact.state or ph.of != ph.state:
                        continue
                if ph.dept is not None and fact.dept not in (ph.dept, None):
                    continue
                if self._stateless_owner_en(ph, fact):
                    continue
                if given is not None and self._opens_with(key, given):
                    return key  # "السلطان هيثم": the holder so named, not the latest one
                found.append(key)
                break
            if len(found) == 2 and given is None:
                break
        if (
            len(found) == 2
            and ph.of is None
            and self.counterparts.get(found[0]) == self.seen[found[0]]
        ):
            # "X met his Turkish counterpart ... The minister said": the one who met, not the
            # counterpart named last only as the other party
            return found[1]
        if len(found) == 2 and self.lang == "ar" and (same := self._same_title(ph)) is not None:
            return same
        if len(found) == 2 and self.lang == "en":
            # "Foreign Minister X met Secretary of State Y ... The minister said": X, whose
            # title has the word, though both hold the same office
            head = normalize(self.text[ph.start : ph.end]).rsplit(" ", 1)[-1]
            if not self._titled(found[0], head) and self._titled(found[1], head):
                return found[1]
        return found[0] if found else None

    def _generic_title(self, ph: _Phrase) -> bool:
        """Whether a title of a generic role (``role_classes.tsv``) may name again a person
        given a specific one: English "the diplomat", "the French leader", but not "the head
        of India's intelligence agency" (an "of" phrase or a possessive names a body);
        Arabic only with the state named («الدبلوماسي الإيراني», «الزعيم الروسي»): a bare
        «الدبلوماسي» is mostly an adjective («الحل الدبلوماسي»)."""
        if ph.role_key not in self.g.role_classes:
            return False
        if self.lang == "ar":
            return ph.of is not None and ph.dept is None
        toks = self.tokens[ph.first_tok : ph.end_tok]
        return all(t.norm != "of" and not t.flags & POSSESSIVE for t in toks)

    def _stateless_owner_en(self, ph: _Phrase, fact: _Fact) -> bool:
        """English: a title of a state's department ("a government spokesman") is no
        back-reference to a holder of that title for an organisation of no state ("a NATO
        spokesperson") (S10-R2-H4)."""
        return (
            self.lang == "en"
            and ph.dept is not None
            and ph.of is None
            and fact.of is not None
            and fact.state is None
            and fact.dept is None
        )

    def _same_title(self, ph: _Phrase) -> str | None:
        """Arabic: the person named last whom the article gave this very title, if that
        title is no one else's ("الشيخ محمد بن زايد رئيس الدولة ... فخامة الرئيس X ...
        وأكد صاحب السمو رئيس الدولة": not the latest president)."""
        label = normalize(self.text[ph.start : ph.end])
        titled = {m.key for m in self.mentions if m.role and normalize(m.role) == label}
        if len(titled) != 1:
            return None
        key = titled.pop()
        entry = self.g.entries.get(key) or self.new.get(key)
        return key if entry is not None and entry.type is EntityType.PERSON else None

    def _given_after(self, ph: _Phrase) -> str | None:
        """Arabic: the known given name right after a bare title ("السلطان هيثم"), folded,
        when no phrase covers it; else None."""
        q = ph.end_tok
        if self.lang != "ar" or q >= len(self.tokens) or not self._adjacent(q):
            return None
        if self.cover[q] != -1 or self.tokens[q].norm not in self.g.given_names:
            return None
        return self.tokens[q].norm

    def _opens_with(self, key: str, word: str) -> bool:
        """True when an Arabic name of person ``key`` (known or read in this text) opens
        with the folded ``word``."""
        entry = self.g.entries.get(key) or self.new.get(key)
        if entry is None:
            return False
        names = [entry.label_ar, *entry.aliases]
        return any(normalize(n).split()[:1] == [word] for n in names if n)

    def _titled(self, key: str, word: str) -> bool:
        """English: a title the article gave the person ``key`` holds ``word``."""
        labels = [m.role for m in self.mentions if m.key == key and m.role]
        labels += [r.label for r in self.text_roles.get(key, [])]
        return any(word in normalize(label).split() for label in labels)

    def _facts(self, key: str, modifier: str | None) -> list[_Fact]:
        facts = list(self.facts.get(key, []))
        entry = self.g.entries.get(key)
        if entry is None or entry.type is not EntityType.PERSON:
            return facts
        on = self.published
        for t in entry.tenures:
            if modifier == "former":
                ok = bool(t.end) and (on is None or t.ended_before(on))
            else:
                ok = (on is None and not t.end) or (on is not None and t.active(on))
            if ok:
                facts += [_Fact(r, t.state, t.of, t.dept) for r in t.roles]
        return facts

    def _give_role(self, key: str, label: str, ph: _Phrase) -> None:
        roles = self.text_roles.setdefault(key, [])
        if all(r.label != label for r in roles):
            roles.append(LinkedRole(label, self.lang, ph.of or ph.state))
        self.facts.setdefault(key, []).append(_Fact(ph.role_key, ph.state, ph.of, ph.dept))
        new = self.new.get(key)
        if new is not None and new.state is None and ph.state is not None:
            new.state = ph.state  # "Jane Roe, the U.S. envoy, said": named first with no state

    def _named_postings(self, ph: _Phrase) -> None:
        """Postings in a title that introduces a name.  In Arabic the whole title is the
        subject phrase of the name ("المبعوث الأميركي إلى اليمن تيم ليندركينغ"), which the
        extractor reads from the name's mention back over its title; a place inside the
        title is then not a mention of its own (it would cut the subject phrase)."""
        self._postings(ph)

    def _postings(self, ph: _Phrase) -> None:
        for p in ph.postings:
            self._entity(p)

    # -- plain entity mentions -----------------------------------------------------

    def _entity(self, k: int) -> None:
        a = self.atoms[k]
        if self._nisba_as_noun(a):
            return  # "أفرجت ألمانيا عن الروسي X Y": the Russian X Y
        if self._patronymic_inside_name(a):
            start = self.tokens[a.i - 1].start
            role: str | None = None
            state: str | None = None
            last = self.mentions[-1] if self.mentions else None
            if (
                last is not None
                and last.kind == "role"
                and last.key in self.new
                and self._only_styles_between(last.end, start)
            ):
                # "وزير الدفاع السعودي الأمير خالد بن سلمان": the title names him
                self.mentions.pop()
                role, state = last.text, self.new[last.key].state
            if self.cover[a.i - 1] == -1 and not any(m.end > start for m in self.mentions):
                # the whole name is someone the gazetteer does not know
                key = self._new_person(self.text[start : a.end], state, a.j - 1)
                self._emit(start, a.end, key, "name", role)
            return
        if self.lang == "en" and self._new_surname_over_org(a):
            return  # "Christian Wagner ... Wagner told": the person, not the Wagner Group
        simple = a.info.simple
        if simple is not None and self.carry is None:
            if self._unseen_future_surname(simple, a):
                return  # "سجن كوبر" in 2021 (:meth:`_unseen_future_surname`)
            end = a.end
            if self.lang == "ar" and simple.kind == "name" and simple.etype == _ORG:
                # "القيادة العسكرية الأمريكية في أفريقيا (أفريكوم)": the acronym after a
                # known organisation is part of its name, never the start of a statement
                end = self._acronym_after(end, simple.target)
                while self.pos < len(self.tokens) and self.tokens[self.pos].start < end:
                    self.pos += 1
            self._emit(a.start, end, simple.target, simple.kind)
            return
        tokens = self.tokens
        prev = tokens[a.i - 1] if a.i > 0 and self._adjacent(a.i) else None
        nxt = tokens[a.j] if self._adjacent(a.j) else None
        forms = [
            f
            for f in a.info.entity
            if not (f.antecedent or f.context or f.name_adjacent or f.not_before or f.not_after)
            or self._gates_ok(f, a, prev, nxt)
        ]
        if not forms:
            # "وقال عون" after "ميشال عون": a person named in full earlier, not the gated
            # reading (another Aoun, or the word "aid"); not a common noun after a noun
            # ("عملية سلام")
            if not (self.lang == "ar" and prev is not None and not self._is_stop(prev)):
                self._scan_dynamic(a.i, a.j)
            return
        seat_of: str | None = None
        if (
            self.lang == "ar"
            and len({f.state for f in forms}) > 1
            and all(f.context for f in forms)
        ):
            # "المملكة" in a story naming Saudi Arabia ten times and Bahrain twice: the
            # kingdom the article is about, the one it names most (S21-CODER-AR)
            self._context_states()
            count = self._context_count
            top = max(count.get(f.state or "", 0) for f in forms)
            best = {f.state for f in forms if count.get(f.state or "", 0) == top}
            if len(best) == 1:
                forms = [f for f in forms if f.state in best]
        if len(forms) > 1 and a.info.multistate:  # عمان: Oman, or Amman for Jordan?
            states = {f.state for f in forms}
            if len(states) > 1:  # prefer the state the article names otherwise
                context = self._context_states()
                preferred = [f for f in forms if f.state in context]
                if preferred and len(preferred) < len(forms) and len(states & context) == 1:
                    seat_of = self._capital_over_metonym(forms, preferred)
                    forms = preferred
        if seat_of is not None and not self._place_cue(a):
            # "تهمة نفتها بروكسل" in a Belgian story: Belgium, not the EU nor the city
            self._emit(a.start, a.end, seat_of, "metonym")
            return
        chosen = next((f for f in forms if f.etype == _PERSON and f.target in self.seen), None)
        if chosen is not None and chosen.kind == "surname" and prev is not None:
            nisba = next((f for f in forms if f.kind == "nisba"), None)
            if nisba is not None and prev.flags & ARABIC and prev.norm.startswith("ال"):
                chosen = nisba  # الجيش السوداني: an adjective after a definite noun
        if chosen is None:
            places = [f for f in forms if f.kind == "place"]
            others = [f for f in forms if f.kind != "place"]
            chosen = places[0] if places and (not others or self._place_cue(a)) else others[0]
            if len(forms) == 1 and self._unseen_future_surname(chosen, a):
                return
        kind = {"place": "name"}.get(chosen.kind, chosen.kind)
        role = self.text[a.start : a.end] if kind == "role" else None
        if kind == "role" and (self._former_next(k) or self._not_yet_holder(chosen.target)):
            # "أمير الكويت الراحل": not the title's holder of today, an earlier one; or
            # a title alias ("أمير الكويت") in an article from before its holder's tenure
            former = self._former_next(k)
            end = self.atoms[k + 1].end if former else a.end
            label = self.text[a.start : end]
            key = f"Person:{normalize(label)}"
            if key not in self.new and key not in self.g.entries:
                self.new[key] = Entry(
                    key=key,
                    type=EntityType.PERSON,
                    label_en="",
                    label_ar=label,
                    aliases=[label],
                    qid=None,
                    state=chosen.state,
                )
            self._emit(a.start, end, key, "role", label)
            self.pos = max(self.pos, self.atoms[k + 1].j if former else a.j)
            return
        if kind == "role" and self._named_next(k, chosen.target):
            self.carry = (chosen.target, role)  # "ولي العهد السعودي الأمير محمد بن سلمان"
            return
        if kind == "role" and role is not None and self._other_named_after(a, chosen, role):
            return  # "الرئيس السوري حافظ الأسد": another man than today's holder
        person = self._person_next(k) if chosen.office else None
        if person is not None:  # "UN Secretary-General António Guterres"
            label = self.text[a.start : a.end]
            self.carry = (person, label)
            roles = self.text_roles.setdefault(person, [])
            if all(r.label != label for r in roles):
                roles.append(LinkedRole(label, self.lang, chosen.target))
            return
        if self.carry is not None and self.carry[0] == chosen.target and kind != "role":
            role = self.carry[1]
        self.carry = None
        self._emit(a.start, a.end, chosen.target, kind, role)

    def _new_surname_over_org(self, a: Atom) -> bool:
        """English: a single capitalised word the gazetteer reads only as an organisation
        ("Wagner", "Hamas"-like aliases) that is also the family name of a person the
        article named in full earlier and the gazetteer does not know ("Foreign Office
        spokesman Christian Wagner ... Wagner told reporters"): that person (S9-R4).  True
        when the mention was emitted."""
        if a.j - a.i != 1 or not a.info.entity or not is_cap(self.tokens[a.i]):
            return False
        if any(f.etype != EntityType.ORGANIZATION.value for f in a.info.entity):
            return False
        found = self.dynamic.get(self.tokens[a.i].norm)
        if found is None or found[1] != "surname" or found[2] >= a.i or found[0] not in self.new:
            return False
        if a.j < len(self.tokens) and self._adjacent(a.j) and is_cap(self.tokens[a.j]):
            return False  # "Wagner Group" spelt otherwise, a longer name
        self._emit(a.start, a.end, found[0], "surname")
        return True

    def _nisba_as_noun(self, a: Atom) -> bool:
        """Arabic: a definite nisba standing alone as a noun after a function word ("عن
        الروسي"، "مع الأمريكية") and right before an unknown name ("أفرجت ألمانيا عن
        الروسي فاديم كراسيكوف"): a person of that state; True when the name was read."""
        if self.lang != "ar" or a.cut or a.j - a.i != 1 or a.i == 0 or a.j >= len(self.tokens):
            return False
        nisba = [f for f in a.forms if f.kind == "nisba" and f.etype == EntityType.STATE.value]
        if len(nisba) != 1 or not self.text.startswith("ال", a.start):
            return False
        if not self._adjacent(a.i) or not self._is_stop(self.tokens[a.i - 1]):
            return False
        if self.cover[a.j] != -1 or not self._adjacent(a.j):
            return False
        if self.tokens[a.j].norm not in self.g.given_names:
            return False
        found = self.names.after(a.j, False)
        if found is None:
            return False
        last, start, end = found
        if last > a.j + 1 and not self.names.ends_clearly(last + 1):
            last = a.j + 1  # "عن الأمريكي X Y مقابل سجناء": no clear end, two words
            end = self.tokens[last].end
        key = self._new_person(self.text[start:end], nisba[0].target, last)
        self._emit(start, end, key, "name", self.text[a.start : a.end])
        self.pos = max(self.pos, last + 1)
        return True

    def _capital_over_metonym(self, forms: list[Form], preferred: list[Form]) -> str | None:
        """Arabic: the state whose capital a word names, when that word is also a metonym of
        an organisation the article does not name ("بروكسل": the EU, or Belgium's capital)
        and the article names the state: the state acting, as its capital names it."""
        if self.lang != "ar" or len(preferred) != 1 or preferred[0].kind != "place":
            return None
        if not any(f.kind == "metonym" for f in forms if f not in preferred):
            return None
        return preferred[0].state

    def _other_named_after(self, a: Atom, chosen: Form, role: str) -> bool:
        """Arabic: a title that names today's holder ("الرئيس السوري"), then a name whose
        first word is a given name that is not the holder's ("حافظ الأسد"): that name is a
        new person with the title; True when it was read."""
        q = a.j
        if self.lang != "ar" or q >= len(self.tokens) or not self._adjacent(q):
            return False
        tok = self.tokens[q]
        if self.cover[q] != -1 or not self._other_given_name(tok, chosen.target):
            return False
        found = self.names.after(q, False)
        if found is None:
            return False
        last, start, end = found
        key = self._new_person(self.text[start:end], chosen.state, last)
        roles = self.text_roles.setdefault(key, [])
        if all(r.label != role for r in roles):
            roles.append(LinkedRole(role, self.lang, chosen.state))
        self._emit(start, end, key, "name", role)
        self.pos = max(self.pos, last + 1)
        return True

    def _unseen_future_surname(self, f: Form, a: Atom) -> bool:
        """Arabic: a family name alone right after a noun ("سجن كوبر" in 2021), of someone
        the article has not named and whose every known tenure starts after its date: a
        word of a place's or thing's name, no reference to them ("وقالت كوبر" still is)."""
        if self.lang != "ar" or f.kind != "surname" or f.target in self.seen:
            return False
        if a.cut or not self._adjacent(a.i):
            return False
        prev = self.tokens[a.i - 1]
        if not prev.flags & ARABIC or self._is_stop(prev):
            return False
        return self._not_yet_holder(f.target)

    def _not_yet_holder(self, key: str) -> bool:
        """True when the person ``key``'s every known tenure starts after the article's
        date ("أمير الكويت" in 2017 is not the emir since 2023)."""
        entry = self.g.entries.get(key)
        if entry is None or self.published is None or not entry.tenures:
            return False
        return all(t.starts_after(self.published) for t in entry.tenures)

    def _former_next(self, k: int) -> bool:
        """Arabic: a "former" modifier right after the title atom ``k`` ("أمير الكويت
        الراحل", "رئيس الوزراء السابق"): the title names an earlier holder."""
        if self.lang != "ar" or k + 1 >= len(self.atoms):
            return False
        b = self.atoms[k + 1]
        return b.i == self.atoms[k].j and self._adjacent(b.i) and self._modifier(b) == "former"

    def _person_next(self, k: int) -> str | None:
        """The person named by the atom right after ``k`` (past honorifics), if any."""
        atoms = self.atoms
        p = k + 1
        while p < len(atoms) and atoms[p].i == atoms[p - 1].j and self._adjacent(atoms[p].i):
            if self._honorific(atoms[p]):
                p += 1
                continue
            return next((f.target for f in atoms[p].info.entity if f.etype == _PERSON), None)
        return None

    def _named_next(self, k: int, target: str) -> bool:
        """True when the atoms after ``k`` (past honorifics) name the same person."""
        atoms = self.atoms
        p = k + 1
        while p < len(atoms) and atoms[p].i == atoms[p - 1].j and self._adjacent(atoms[p].i):
            if self._honorific(atoms[p]):
                p += 1
                continue
            return any(f.target == target and f.kind != "role" for f in atoms[p].forms)
        return False

    def _gates_ok(self, f: Form, a: Atom, prev: Token | None, nxt: Token | None) -> bool:
        if f.context and f.state not in self._context_states():
            return False
        if f.antecedent:
            if f.target not in self.seen:
                return False
            if self.lang == "ar" and prev is not None and not self._is_stop(prev):
                return (
                    False  # "عملية سلام": a common noun after a noun, not the surname after a verb
                )
        if f.not_before and nxt is not None and nxt.norm in f.not_before:
            return False
        if f.not_after and prev is not None and prev.norm in f.not_after:
            return False
        return not (f.name_adjacent and self._next_to_name(a))

    def _patronymic_inside_name(self, a: Atom) -> bool:
        """Arabic: a name read from its patronymic on ("بن سلمان" for Mohammed bin Salman)
        right after a given name is part of another man's name ("الأمير عبدالعزيز بن
        سلمان", "خالد بن سلمان"), not that person."""
        if self.lang != "ar" or a.cut or not self._adjacent(a.i):
            return False
        if self.tokens[a.i].norm not in _PATRONYMIC:
            return False
        prev = self.tokens[a.i - 1]
        return any(v in self.g.given_names for v in stems(prev))

    def _only_styles_between(self, end: int, start: int) -> bool:
        """Only spaces and honorifics ("الأمير", "الدكتور") from offset ``end`` to ``start``."""
        for a in self.atoms:
            if end <= a.start and a.end <= start and a.info.honorific:
                end = a.end if not self.text[end : a.start].strip() else end
        return not self.text[end:start].strip()

    def _next_to_name(self, a: Atom) -> bool:
        for t in (a.i - 1, a.j):
            if t == a.i - 1 and (t < 0 or not self._adjacent(a.i)):
                continue
            if t == a.j and not self._adjacent(t):
                continue
            tok = self.tokens[t]
            if self.cover[t] == -1 and is_cap(tok) and tok.norm not in self.stop:
                return True
        return False

    def _place_cue(self, a: Atom) -> bool:
        if self.tokens[a.j - 1].flags & POSSESSIVE:
            return False
        if a.cut.endswith("ب"):
            return True
        if a.i == 0 or not self._adjacent(a.i):
            return False
        if not any(s in self.place_cues for s in stems(self.tokens[a.i - 1])):
            return False
        return not self._ar_addressed(a.i - 1)

    def _ar_addressed(self, cue: int) -> bool:
        """Arabic: the preposition at token ``cue`` is إلى after a noun of a message or
        reproach, or that noun and its adjective ("وجّه انتقادات حادة إلى واشنطن"، "بعث
        رسالة إلى طهران"): what follows is addressed, not a destination (``unnamed.tsv``
        kind addressnoun)."""
        if self.lang != "ar" or cue == 0 or self.tokens[cue].norm != _AR_TO:
            return False
        nouns = _ar_address_nouns()
        for x in (cue - 1, cue - 2):
            if x < 0 or not self._adjacent(x + 1):
                return False
            if not nouns.isdisjoint(stems(self.tokens[x])):
                return True
        return False

    # -- people the gazetteer does not know -------------------------------------------

    def _state_named(self, k: int) -> int:
        """English: "Guyana's Irfaan Ali and Venezuela's ...": a state in the possessive
        right before an unknown capitalised name of two or three words is that person's
        state, when the name's last word stands alone elsewhere in the article ("Ali told
        reporters"), as news refers back to people, not to things ("Israel's Iron Dome"),
        and no word of it is a title or body word.  The next atom index to read."""
        m = self.mentions[-1] if self.mentions else None
        a = self.atoms[k - 1]
        if m is None or m.start != a.start or not self._adjacent(a.j):
            return k
        entry = self.g.entries.get(m.key)
        if entry is None or entry.type != EntityType.STATE:
            return k
        found = self.names.after(a.j, False)
        if found is None:
            return k
        last, start, end = found
        words = self.text[start:end].split()
        if not 2 <= len(words) <= 3 or any(
            w.lower() in self.titles or w.lower() in self.g.body_nouns.get("en", ()) for w in words
        ):
            return k
        spoke = self.new.get(f"Person:{normalize(self.text[start:end])}")
        alone = re.compile(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])")
        before = re.compile(rf"{re.escape(words[-2])}\W+$")
        if spoke is None and not any(
            not before.search(self.text[max(0, x.start() - 40) : x.start()])
            for x in alone.finditer(self.text)
        ):
            return k
        key = self._new_person(self.text[start:end], m.key, last)
        self._emit(start, end, key, "name")
        self.pos = last + 1
        while k < len(self.atoms) and self.atoms[k].i < self.pos:
            k += 1
        return k

    def _not_english_name_words(self) -> frozenset[str]:
        """Words no untitled English name may hold: stop, title, organisation and body
        words (``data/cues.tsv``, ``data/stoplist.tsv``; built once per resolver)."""
        if self._not_en_name is None:
            self._not_en_name = frozenset(
                self.stop
                | self.titles
                | self.g.org_words.get("en", frozenset())
                | self.g.body_nouns.get("en", frozenset())
            )
        return self._not_en_name

    def _speaking_names(self) -> None:
        """English: an unknown capitalised name of two or three words that opens a clause
        right before a speech verb ("Kim Jong Un said", "..., and Fumio Kishida told
        reporters") or closes one right after it ("..., said Fumio Kishida.") is a person
        with no state yet (``data/cues.tsv``: cue=speech; no word of it a stop, title or
        organisation word, cue=org).  Registered so that the name and, later, its family
        name alone link to it.  A verb of a person's own move (cue=act: "Edward Snowden
        fled to Russia") makes the name before it a person the same way."""
        speech = self.g.speech_words.get("en", frozenset())
        if not speech:
            return
        acts = self.g.act_words.get("en", frozenset())  # ("Edward Snowden fled to ...")
        bad = self._not_english_name_words()
        tokens, text = self.tokens, self.text
        n = len(tokens)

        def word(i: int) -> bool:
            tok = tokens[i]
            w = tok.norm.rstrip(".")
            return (
                (self.cover[i] == -1 or self.names.soft_given(i) or soft_last(i))
                and is_cap(tok)
                and w.replace("-", "").replace("'", "").isalpha()
                and len(w) > 1
                and w not in bad
                and not tok.flags & POSSESSIVE
            )

        def soft_last(i: int) -> bool:
            # "Ali Hassan said": a word read only as a known person's family name, after an
            # unknown capitalised word, ends an unknown name (S10-R2-H4)
            return (
                i in self.names.soft
                and self.cover[i - 1] == -1
                and tokens[i].join
                and is_cap(tokens[i - 1])
                and tokens[i - 1].norm not in bad
                and tokens[i - 1].norm not in self.stop
            )

        def boundary(gap: str) -> bool:
            return any(c in gap for c in '.,;:!?"“”«»—–-(')

        def particle(i: int) -> bool:
            # "Hussein al-Ezzi", "Faisal bin Farhan": a lowercase particle inside the name
            return self.cover[i] == -1 and tokens[i].norm in EN_PARTICLES and not is_cap(tokens[i])

        def hyph(i: int) -> bool:
            # "Lin Wei-ming", "Kim Yo-jong": a lowercase part hyphened to a name word
            return (
                i > 0
                and self.cover[i] == -1
                and text[tokens[i - 1].end : tokens[i].start] == "-"
                and tokens[i].norm.isalpha()
                and not is_cap(tokens[i])
                and word(i - 1)
            )

        def caps(i: int, j: int) -> int:
            return sum(1 for x in range(i, j) if not particle(x) and not hyph(x))

        for v in range(1, n):
            sides: tuple[tuple[int, int, bool], ...]
            nv = tokens[v].norm
            # "Lai Ching-te, who took office in May,": a relative clause on a person
            who = nv == "who" and text[tokens[v - 1].end : tokens[v].start] == ", "
            if (nv == "the" or nv == "a") and self._kin_apposition(v):
                self._kin_person(v)  # "Kim Yo Jong, the sister of ...": a person
                continue
            if nv in speech:
                sides = ((v - 4, v, False), (v + 1, v + 5, True))
            elif (
                (nv in acts and (tokens[v].join or self._comma_before(v)))
                or who
                or (nv == "was" and (self._was_made(v) or self._was_held(v)))
            ):
                sides = ((v - 4, v, False),)
            elif tokens[v].norm == "and" and self._person_before_and(v):
                sides = ((v + 1, v + 4, True),)  # "Keir Starmer and Jane Roe, ...": a list
            elif tokens[v].norm == "and" and tokens[v].join:
                # "two former presidents, Jane Roe and John Doe, met ...": both are people
                pair = self._titled_pair(v, word)
                state = self._plural_title_state(pair[0][0] - 1) if pair else None
                for lo_, hi_ in pair:
                    self._new_person(text[tokens[lo_].start : tokens[hi_ - 1].end], state, lo_ - 1)
                continue
            else:
                continue
            for lo, hi, inverted in sides:
                if inverted:
                    i = v + 1
                    if (
                        i < n
                        and self.cover[i] >= 0
                        and self._rank_ends_at(self.atoms[self.cover[i]].j)
                    ):
                        i = self.atoms[self.cover[i]].j  # "..., said Brigadier General X Y."
                    j = i
                    while (
                        j < min(hi, n)
                        and (
                            word(j)
                            or (j > i and hyph(j))
                            or (j > i and j + 1 < n and particle(j) and word(j + 1))
                        )
                        and (j == i or tokens[j].join)
                    ):
                        j += 1
                    after = text[tokens[j - 1].end : tokens[j].start] if j < n else "."
                    if not (2 <= caps(i, j) <= 3 and boundary(after)):
                        continue
                else:
                    i = j = v
                    if text[tokens[v - 1].end : tokens[v].start].strip() and not who:
                        # ", Jane Roe, said": an apposition to what comes before; but "Jane
                        # Roe, a senior party official, said": the name before the aside
                        i = j = self._aside_before(v)
                        lo = i - 4
                        if i < 0 and self._name_aside_after_title(v):
                            i = j = v  # "A spokesman for the Guards, Hossein Mahmoudi, said"
                            lo = v - 4
                        if i < 0:
                            continue
                    elif (of := self._of_body_before(v)) >= 0:
                        i = j = of  # "Pekka Haavisto of the Green League conceded"
                        lo = i - 4
                    while (
                        i - 1 >= max(lo, 0)
                        and (word(i - 1) or hyph(i - 1) or (i < j and i > 1 and particle(i - 1)))
                        and (i == j or tokens[i].join)
                    ):
                        i -= 1
                    before = text[tokens[i - 1].end : tokens[i].start] if i > 0 else "."
                    opener = (
                        i == 0
                        or boundary(before)
                        or tokens[i - 1].norm in _EN_CLAUSE_OPENERS  # "after X Y said"
                        or bool(tokens[i - 1].flags & POSSESSIVE)  # "North Korea's X Y said"
                        or self._rank_ends_at(i)  # "Brigadier General X Y said"
                        or self._title_word_before(i)  # "IMF Managing Director X Y said"
                    )
                    if not (
                        2 <= caps(i, j) <= 3 and word(i) and opener and (i == 0 or not word(i - 1))
                    ):
                        continue
                name = text[tokens[i].start : tokens[j - 1].end]
                bare = j < v or self._bare_name(i, j)  # (j < v: before an aside)
                if normalize(name) not in self.stop and bare:
                    self._new_person(name, None, i - 1)

    def _titled_pair(self, v: int, word: Callable[[int], bool]) -> list[tuple[int, int]]:
        """English: the token spans of two unknown names of two or three capitalised words
        joined by "and" at ``v``, set off by commas right after a plural title noun
        ("two former Beninese presidents, Jane Roe and John Doe, travelled ..."), or right
        after it before a verb ("Foreign Ministers Jane Roe and John Doe signed"), or []
        (S10-R2-H4, S12-ENT)."""
        tokens, text, n = self.tokens, self.text, len(self.tokens)
        i = v
        while i > v - 3 and i > 1 and word(i - 1) and (i == v or tokens[i].join):
            i -= 1
        if v - i == 3 and tokens[i].norm in _PLURAL_TITLES_EN:
            i += 1  # ("Foreign Ministers X Y and ...": the capitalised title is no name word)
        j = v + 1
        while j < min(v + 4, n) and word(j) and (j == v + 1 or tokens[j].join):
            j += 1
        if not (2 <= v - i <= 3 and 2 <= j - v - 1 <= 3) or j >= n:
            return []
        gap = text[tokens[i - 1].end : tokens[i].start]
        closed = text[tokens[j - 1].end : tokens[j].start].startswith(",")
        if gap == " " and not closed:
            # "Foreign Ministers X Y and Z W signed ...": the plural title right before the
            # names, which a verb in lower case ends (S12-ENT)
            closed = tokens[j].join and not is_cap(tokens[j]) and tokens[j].norm.isalpha()
        elif gap != ", ":
            return []
        if tokens[i - 1].norm not in _PLURAL_TITLES_EN or not closed:
            return []
        return [(i, v), (v + 1, j)]

    def _plural_title_state(self, title: int) -> str | None:
        """English: the state of the state adjective right before the plural title noun at
        token ``title`` ("two former Beninese presidents, X and Y"), else None (S11-R2)."""
        x = title - 1
        k = self.cover[x] if x >= 0 and self._adjacent(title) else -1
        if k < 0 or self.atoms[k].j != title:
            return None
        form = next((f for f in self.atoms[k].forms if f.kind in ("demonym", "nisba")), None)
        if form is None:
            return None
        entry = self.g.entries.get(form.target)
        return entry.key if entry is not None and entry.type is EntityType.STATE else None

    def _person_before_and(self, v: int) -> bool:
        """English: the token before "and" at ``v`` ends a known person's full name (two
        words or more) right before it: an unknown capitalised name of two or three words
        after "and", up to punctuation, is another person of the list."""
        k = self.cover[v - 1]
        if k < 0 or not self.tokens[v].join:
            return False
        a = self.atoms[k]
        return (
            a.j == v
            and a.j - a.i >= 2
            and any(f.etype == _PERSON and f.kind == "name" for f in a.forms)
        )

    def _kin_apposition(self, v: int) -> bool:
        """English: token ``v`` is "the"/"a" right after a comma, opening a kinship noun
        (``cues.tsv`` cue=kin) and "of", with at most one word between ("the sister of",
        "the eldest son of"): what stands before the comma is a person."""
        tokens, n = self.tokens, len(self.tokens)
        if tokens[v].norm not in ("the", "a"):
            return False
        if self.text[tokens[v - 1].end : tokens[v].start] != ", ":
            return False
        kin = self.g.kin_words.get("en", frozenset())
        for k in (v + 1, v + 2):
            if k + 1 >= n or not tokens[k].join or not tokens[k + 1].join:
                return False
            if tokens[k].norm in kin and tokens[k + 1].norm == "of":
                return True
        return False

    def _kin_person(self, v: int) -> None:
        """English: the capitalised name of two or three words before the comma that ends
        right before token ``v`` (:meth:`_kin_apposition`), opening a clause, is a new
        person, though a word of it is some known person's family name ("Hunter Biden, the
        son of ...": not Joe Biden).  A known person's full name stays theirs."""
        tokens, text = self.tokens, self.text
        i = v
        while (
            i - 1 >= 0
            and v - i < 3
            and is_cap(tokens[i - 1])
            and not tokens[i - 1].flags & POSSESSIVE
            and (self.cover[i - 1] == -1 or i - 1 in self.names.soft)
            and (i == v or tokens[i].join)
        ):
            i -= 1
        if v - i < 2 or all(self.cover[x] != -1 for x in range(i, v)):
            return
        gap = text[tokens[i - 1].end : tokens[i].start] if i > 0 else "."
        if not any(c in gap for c in '.,;:"“(—–-') and tokens[i - 1].norm not in _EN_CLAUSE_OPENERS:
            return  # the name must open the clause
        name = text[tokens[i].start : tokens[v - 1].end]
        if normalize(name) not in self.stop:
            self._new_person(name, None, i - 1)

    def _of_body_before(self, v: int) -> int:
        """English: the token index of "of" in "of the <Body>" ending right before token
        ``v`` (a capitalised run that holds an organisation word or is one organisation's
        or state's name: "of the Green League", "of the Democratic Party"), or -1."""
        tokens, org = self.tokens, self.g.org_words.get("en", frozenset())
        k = v - 1
        while k >= 0 and v - k <= 5 and is_cap(tokens[k]) and tokens[k + 1].join:
            k -= 1
        if k == v - 1 or k < 1 or not tokens[k + 1].join:
            return -1
        run = range(k + 1, v)
        covered = {self.cover[x] for x in run}
        named = len(covered) == 1 and -1 not in covered and self._body_atom(covered.pop())
        if not named and not any(tokens[x].norm in org for x in run):
            return -1
        if tokens[k].norm == "the" and tokens[k - 1].norm == "of" and tokens[k].join:
            return k - 1
        return -1

    def _body_atom(self, k: int) -> bool:
        """Atom ``k`` reads as an organisation (no person, place or role)."""
        forms = self.atoms[k].forms
        return bool(forms) and all(f.etype == "Organization" and f.is_entity for f in forms)

    def _was_made(self, v: int) -> bool:
        """English: token ``v`` is "was" before a participle of taking an office ("X was
        sworn in", "X was elected"): the name right before it is a person's."""
        tokens = self.tokens
        return (
            tokens[v].norm == "was"
            and v + 1 < len(tokens)
            and tokens[v + 1].norm in _TAKES_OFFICE_EN
            and tokens[v].join
        )

    def _was_held(self, v: int) -> bool:
        """English: token ``v`` is "was" before a participle of what befalls a person
        (``_PERSON_FATE_EN``: "Paul Whelan was detained", "X was sentenced"): the name right
        before it is a person's (S9-R2)."""
        tokens = self.tokens
        return (
            v + 1 < len(tokens)
            and tokens[v].join
            and tokens[v + 1].join
            and tokens[v + 1].norm in _PERSON_FATE_EN
        )

    def _name_aside_after_title(self, v: int) -> bool:
        """English: the speech verb at ``v`` follows an aside of one capitalised run set
        off by commas (", Hossein Mahmoudi, said", ", Colonel Hossein Mahmoudi, said")
        right after a clause-opening phrase of a few words that holds a spokesman's or
        adviser's title (``_ASIDE_ROLES``: "A spokesman for the Guards", "a spokeswoman for
        the government"): the aside is the title holder's name."""
        tokens, text = self.tokens, self.text
        if v < 4 or text[tokens[v - 1].end : tokens[v].start].strip() != ",":
            return False
        s = v - 1
        while s > 0 and v - s <= 5 and tokens[s].join:
            s -= 1
        if s < 1 or text[tokens[s - 1].end : tokens[s].start].strip() != ",":
            return False
        # "Peru's ombudsman, X Y, said": a title word the role lexicon lacks ends the phrase
        head_title = self.cover[s - 1] == -1 and tokens[s - 1].norm in self.titles
        titled = False
        for x in range(s - 1, max(-1, s - 8), -1):
            tok = tokens[x]
            k = self.cover[x]
            titled = titled or (
                k >= 0
                and any(f.kind == "role" and f.target in _ASIDE_ROLES for f in self.atoms[k].forms)
            )
            if k >= 0 and any(f.etype == _PERSON and f.is_entity for f in self.atoms[k].forms):
                return False  # "President X, Y, said": a list of names
            gap = text[tokens[x - 1].end : tok.start] if x > 0 else "."
            if x == 0 or any(c in gap for c in '.;:!?"“”—–(') or " - " in gap:
                # (also "Its military spokesman, Major General X Y, said"; " - ": after
                # a dateline, "KYIV (Reuters) - A spokesman for the air force, X Y, said")
                if head_title and tokens[x].flags & POSSESSIVE and k >= 0:
                    return True  # "Guatemala's human rights ombudsman, X Y, said"
                return titled and tokens[x].norm in ("a", "an", "the", "its", "his", "her", "their")
            if gap.strip():
                return False
        return False

    def _title_word_before(self, i: int) -> bool:
        """English: a capitalised title word the role lexicon lacks (``cues.tsv``
        cue=title) stands right before token ``i``, with no name of its own ("IMF Managing
        Director X Y said", "Deputy Director X Y told")."""
        if i < 1 or self.cover[i - 1] != -1 or not self.tokens[i].join:
            return False
        prev = self.tokens[i - 1]
        return is_cap(prev) and prev.norm in self.titles

    def _rank_ends_at(self, i: int) -> bool:
        """A military rank (``roles.tsv``: honorific key ``rank``) that opens a clause
        ends right before token ``i`` ("Brigadier General Zaw Min Tun said"; not "army
        chief General X", whose title reading gives the role and state)."""
        k = self.cover[i - 1] if i > 0 else -1
        if k < 0 or self.atoms[k].j != i:
            return False
        a = self.atoms[k]
        if not any(f.kind == "honorific" and f.target == "rank" for f in a.forms):
            return False
        if a.i == 0:
            return True
        prev = self.tokens[a.i - 1]
        gap = self.text[prev.end : self.tokens[a.i].start]
        return (
            any(c in gap for c in '.,;:!?"“”—–()')  # "(Reuters) - Colonel X said" (S9-R3)
            or " - " in gap
            or (self.cover[a.i - 1] == -1 and not is_cap(prev))
        )

    def _ar_speaking_names(self) -> None:
        """Arabic: two or three bare words no phrase covers right after a speech verb
        (``data/cues.tsv``: cue=speech) and right before the complementiser or a
        preposition ("وقالت ماريا ليونور إن"، "وأكد ستيليوس بيتساس في مؤتمر صحفي أن") are
        a person's name with no state yet, when its first word is a known given name or
        its last word comes back alone after a speech verb ("وأضاف بيتساس").  No word may
        be definite, a noun in ة or ه, a connector or a function word; the first may not
        open with ب (an adverbial: "بشكل قاطع")."""
        speech = self.g.speech_words.get("ar", frozenset())
        if not speech:
            return
        tokens, text, n = self.tokens, self.text, len(self.tokens)

        def bare(i: int) -> bool:
            tok = tokens[i]
            raw = text[tok.start : tok.end]
            return (
                self.cover[i] == -1
                and tok.join
                and bool(tok.flags & ARABIC)
                and not raw.startswith("ال")
                and not raw.endswith(("ة", "ه"))
                and tok.norm not in AR_CONNECT
                and not self._is_stop(tok)
            )

        def nisba_family(i: int) -> bool:
            tok = tokens[i]
            raw = text[tok.start : tok.end]
            return (
                self.cover[i] == -1
                and tok.join
                and bool(tok.flags & ARABIC)
                and raw.startswith("ال")
                and raw.endswith("ي")
                and len(raw) >= 5
                and not self._is_stop(tok)
            )

        def given_over_surname(i: int) -> bool:
            # "وأكد سعيد المزروعي أن": a given name read only as a known person's family
            # name (Kais Saied) opens an unknown name (S10-H12)
            a = self.atoms[self.cover[i]] if self.cover[i] != -1 else None
            return (
                a is not None
                and a.i == i
                and a.j == i + 1
                and not a.cut
                and a.info.surname_only
                and tokens[i].join
                and tokens[i].norm in self.g.given_names
            )

        def other_family(i: int, j: int) -> bool:
            # "وقال محمود السيسي إن"، "وقال جوزيف عون إن": a word read only as a known
            # person's family name after a given name that is not that person's (S17-SPKLINK)
            a = self.atoms[self.cover[j]] if self.cover[j] != -1 else None
            if a is None or a.i != j or a.j != j + 1 or a.cut or not tokens[j].join:
                return False
            people = [f for f in a.forms if f.etype == _PERSON and f.kind == "surname"]
            if not people or len(people) != len(a.forms):
                return False
            given = tokens[i].norm
            for f in people:
                e = self.g.entries.get(f.target)
                if e is None or normalize(e.label_ar).split()[:1] == [given]:
                    return False
            return True

        verbs: list[int] = []
        # "وكان (معالي الدكتور) X Y قد أكد أن": the auxiliary, the name, قد, a speech verb
        was: set[int] = set()
        for v in range(n - 3):  # (one pass: each token's readings once)
            readings = stems(tokens[v])
            if not speech.isdisjoint(readings):
                verbs.append(v)
            if v < n - 4 and not _AR_WAS.isdisjoint(readings):
                was.add(v)
        for v in verbs + sorted(was):
            i = v + 1
            while v in was and i < n and tokens[i].join and self.cover[i] != -1:
                h = self.atoms[self.cover[i]]
                if h.i != i or not self._honorific(h):
                    break
                i = h.j
            j, links = i, 0
            while j < n and j - i - links < 4:
                if bare(j) or (j == i and given_over_surname(j)):
                    j += 1
                elif (  # "أنور بن محمد قرقاش": a lineage link inside the name (S10-H3)
                    j > i
                    and j + 1 < n
                    and tokens[j].norm in _PATRONYMIC
                    and self.cover[j] == -1
                    and tokens[j].join
                    and bare(j + 1)
                ):
                    j, links = j + 1, links + 1
                elif j > i and tokens[i].norm in self.g.given_names and nisba_family(j):
                    j += 1  # "وقال ماجد الكعبي إن": a definite family name in ي ends it
                    break
                elif j == i + 1 and tokens[i].norm in self.g.given_names and other_family(i, j):
                    j += 1  # "وقال محمود السيسي إن": a known family name, another given name
                    break
                else:
                    break
            if not 2 <= j - i - links <= 3 or j >= n:
                continue
            # "وقالت X Y، رئيسة البعثة ...، إن": a comma and an aside close the name too
            comma = (
                not tokens[j].join
                and v not in was
                and text[tokens[j - 1].end : tokens[j].start].strip() in _AR_NAME_COMMAS
            )
            if not tokens[j].join and not comma:
                continue
            if not (comma or self._is_stop(tokens[j])) or tokens[i].norm[:1] == "ب":
                continue
            if v in was and (
                tokens[j].norm != "قد" or j + 1 >= n or speech.isdisjoint(stems(tokens[j + 1]))
            ):
                continue
            surname = tokens[j - 1].norm
            # (the surname again right after a speech verb: every ``x`` is one)
            again = any(
                x + 1 > j and tokens[x + 1].norm == surname and tokens[x + 1].join for x in verbs
            )
            family_first = False
            if j - i == 3 and not again:
                # "وأكد يون سوك يول أن ... وقال يون إن": an East Asian name, family name
                # first, whose first word comes back alone after a speech verb
                family = tokens[i].norm
                again = family_first = any(
                    x + 2 < n
                    and x + 1 > j
                    and tokens[x + 1].norm == family
                    and tokens[x + 1].join
                    and tokens[x + 2].join
                    and self._is_stop(tokens[x + 2])
                    for x in verbs
                )
            if tokens[i].norm in self.g.given_names or again:
                key = self._new_person(text[tokens[i].start : tokens[j - 1].end], None, i - 1)
                if self.cover[i] != -1:
                    self.titled_names[i] = j  # (read the name over the surname inside it)
                elif self.cover[j - 1] != -1:
                    self.titled_names[j - 1] = j  # ("محمود السيسي": over the family name)
                if family_first:
                    self._register(tokens[i].norm, key, "surname", i - 1)
        for v in verbs:
            self._ar_titled_speaker(v)
        for v in sorted(was):  # "وكان قائد X الجنرال Y Z قد حذر" (S10-H12)
            self._ar_titled_speaker(v, was=True)
        # "... علي شمخاني. وقال شمخاني إن": a family name that speaks alone after a speech
        # verb names the person whose given name and family name stand together earlier
        alone = {
            tokens[v + 1].norm
            for v in verbs
            if bare(v + 1) and v + 2 < n and tokens[v + 2].join and self._is_stop(tokens[v + 2])
        }
        for i in range(n - 1):
            if tokens[i + 1].norm not in alone or tokens[i].norm not in self.g.given_names:
                continue
            if i > 0 and tokens[i].norm.startswith("ال") and tokens[i - 1].norm in _KUNYA:
                continue  # "أبو الحسن محمود علي" ... "وقال محمود": the definite given name
                # is the second half of a compound name, not its opener
            if not bare(i + 1) or (self.cover[i] != -1 and i not in self.names.soft):
                continue
            if i > 0 and not speech.isdisjoint(stems(tokens[i - 1])):
                continue  # (read above, after the verb)
            self._new_person(text[tokens[i].start : tokens[i + 1].end], None, i - 1)
            if self.cover[i] != -1:
                self.titled_names[i] = i + 2

    def _ar_titled_speaker(self, v: int, *, was: bool = False) -> None:
        """Arabic: the unknown name that ends a long title right after the speech verb at
        ``v`` ("وقال وزير النقل والمواصلات الدكتور X Y إن"، "وصف وزير الخارجية في حكومة
        الوحدة X Y القرار"، "وقالت زعيمة حزب «الخضر» X Y إن"): the title opens with a role
        word at ``v + 1``; within ten tokens, with no punctuation but guillemets between,
        a bare word that is a known given name (or any bare word right after a state, an
        organisation or an honorific, not the genitive of a bare noun: "بجامعة محمد الخامس")
        opens a name (:meth:`NameFinder.after`) that a clear
        boundary ends (a function word, punctuation, a definite noun, a known phrase).
        The title reading later links the name as a name read earlier.  ``was``: ``v`` is
        the auxiliary كان, and the name must be followed by قد and a speech verb."""
        tokens, text, n = self.tokens, self.text, len(self.tokens)
        speech = self.g.speech_words.get("ar", frozenset())

        def then_said(last: int) -> bool:
            return not was or (
                last + 2 < n
                and tokens[last + 1].norm == "قد"
                and not speech.isdisjoint(stems(tokens[last + 2]))
            )

        k = self.cover[v + 1] if v + 1 < n else -1
        if k < 0 or self.atoms[k].i != v + 1:
            return
        office = any(  # "وقال الأمين العام للأمم المتحدة X Y إن": an office (S9-R4)
            f.kind == "name"
            and (e := self.g.entries.get(f.target)) is not None
            and e.subtype == "igo_office"
            for f in self.atoms[k].forms
        )
        styled = self.atoms[k].info.role is None and not office
        if styled and not self.atoms[k].info.honorific:
            return  # ("وأضاف اللواء X Y أن"، "وقال الدكتور X Y إن": an honorific opens it, S9-R4)
        x = self.atoms[k].j
        while x < min(n, v + 11):
            gap = text[tokens[x - 1].end : tokens[x].start]
            if gap.strip(" «»\u00a0"):
                return  # punctuation: the title ended without a name
            c = self.cover[x]
            tok = tokens[x]
            soft = x in self.names.soft and tok.norm in self.g.given_names
            if c >= 0 and not soft and tok.norm in self.g.given_names and x - 1 > v:
                p = self.cover[x - 1]  # "العقيد تركي X": a given name, not a nisba (S9-R4)
                soft = p >= 0 and self.atoms[p].info.honorific and self.atoms[c].j == x + 1
            if c >= 0 and not soft:
                a = self.atoms[c]
                if any(f.etype == _PERSON and f.is_entity for f in a.forms):
                    return  # a known person is named
                x = max(a.j, x + 1)
                continue
            if (
                self._is_stop(tok)
                and tok.norm not in _AR_TITLE_PREPS
                and not self._given_not_stop(tok)  # "الناشط السياسي علي X"
            ):
                return  # "إن"، a verb: the clause goes on without a name
            if self.cover[x - 1] == -1 and not gap.strip():
                ptok = tokens[x - 1]
                if not text[ptok.start : ptok.end].startswith(("ال", "وال", "بال", "لل")):
                    x += 1  # "بجامعة محمد الخامس": the genitive of a noun, no speaker's name
                    continue
            prev = self.cover[x - 1]
            ptok = tokens[x - 1]
            after_complement = (
                prev == -1
                and not gap.strip()
                and x - 1 > v + 1
                and text[ptok.start : ptok.end].startswith("ال")
                and not self._is_stop(ptok)
            )  # "المبعوث الخاص لتطبيع العلاقات X Y،": a foreign name after the complement
            owner = prev
            if owner >= 0 and self.atoms[owner].info.modifier is not None and owner > 0:
                owner -= 1  # "الأمين العام للأمم المتحدة السابق X Y": over a modifier (S10-H12)
                owner = owner if self.atoms[owner].j == self.atoms[prev].i else -1
            after_owner = after_complement or (
                owner >= 0
                and (
                    self.atoms[owner].info.honorific
                    or self.atoms[owner].info.of_form is not None
                    or (office and owner == k)
                )
            )
            if self.names.one_word_styled(x):  # "وقال البابا فرنسيس في" (S9-R3)
                if then_said(x):
                    self._new_person(text[tok.start : tok.end], None, x - 1)
                return
            # (a given name with the article that opens no name is a word of the title's
            # complement: "شيخ الأزهر الشريف أحمد الطيب"، "نظيره العربي")
            given = tok.norm in self.g.given_names and self.names.definite_given_opens(x)
            if given or after_owner:
                # (a given name that is also a known person's family name: "عباس X")
                found = self.names.after(x, False, first_covered=soft, anchored=True)
                if found is None and not given:
                    x += 1  # (a word of the title's complement: "الموارد المائية")
                    continue
                if found is None:
                    return
                last, trimmed = found[0], False
                for y in range(x + 2, last + 1):
                    raw = text[tokens[y].start : tokens[y].end]
                    if (
                        raw.startswith("ال")
                        and not self._plain_given(tokens[y - 1].norm)  # ("عماد الطاهر الخطوة")
                        and tokens[y - 1].norm not in _AR_COMPOUND_TAILS  # "تاج الدين X"
                    ):
                        last = y - 1  # "X فيلدمان القرار": a definite object, no name word
                        break
                if (
                    last >= x + 2
                    and text[tokens[last].start : tokens[last].end].endswith("ة")
                    and tokens[last].norm not in self.g.given_names
                    and not text[tokens[last - 1].start : tokens[last - 1].end].startswith("ال")
                    and last + 1 < n
                    and text[tokens[last + 1].start : tokens[last + 1].end].startswith("ال")
                ):
                    last -= 1  # "X Y عملية التبادل": a noun in ة and its definite genitive
                    trimmed = True
                elif last + 1 < n and self.names.ta_construct(last + 1):
                    trimmed = True  # the name stopped before such a noun (NameFinder.after)
                if styled and not (
                    last + 1 < n
                    and not text[tokens[last].end : tokens[last + 1].start].strip()
                    and (self._is_stop(tokens[last + 1]) or self._ar_said_noun(last + 1))
                ):
                    return  # (after a bare style, only "X Y إن": a title may follow the name)
                if last == x + 1 and self._ar_object_noun(last):
                    return  # "ووصف السيد X الاتفاق": a family name, then the verb's object
                if (trimmed or self._name_boundary(last + 1)) and then_said(last):
                    key = self._new_person(text[tokens[x].start : tokens[last].end], None, x - 1)
                    if not styled:
                        self._ar_long_title_role(key, k, x)
                    if soft:
                        self.titled_names[x] = last + 1
                return
            x += 1

    def _ar_said_noun(self, x: int) -> bool:
        """Arabic: token ``x`` opens what a speech verb's subject says as a verbal noun: a
        listed one (``cues.tsv`` cue=masdar: "التزام"، "استئناف") in construct with a definite
        word, or a stance noun with its pronoun and its complement ("ترحيبه بالاتفاق"): after
        a bare style and a name ("وأكد الملا X Y التزام الحركة") the name ends there
        (S18-SPKLINK)."""
        tokens = self.tokens
        if x + 1 >= len(tokens) or not self._adjacent(x + 1):
            return False
        if self.names._ar_suffixed_complement(x):
            return True
        return tokens[x].norm in self.g.masdar_words.get(
            "ar", frozenset()
        ) and self.text.startswith("ال", tokens[x + 1].start)

    def _ar_object_noun(self, x: int) -> bool:
        """Arabic: token ``x`` is a definite verbal noun, common noun or feminine plural
        that no phrase covers ("الاتفاق"، "التصعيد"، "العقوبات"): the object of the verb
        after a one-word name, not the name's second word (S15-NAMES)."""
        names = self.names
        return (
            names._ar_definite_masdar(x)
            or names._ar_definite_common(x)
            or names._ar_definite_plural(x)
        )

    def _ar_long_title_role(self, key: str, k: int, x: int) -> None:
        """Arabic: the long title from atom ``k`` up to the new person's name at token
        ``x`` ("وزير الموارد المائية والري الدكتور"، "المتحدث باسم الحكومة المالية
        العقيد"، "المبعوث الأرميني الخاص لتطبيع العلاقات") becomes the person's role, with
        the state its first state word names ("المالية", "الأرميني"; not a posting after
        "لدى"/"إلى"/"في") or none: the article's home state then (S11-ENT)."""
        role = self.atoms[k].info.role
        if key not in self.new or self.text_roles.get(key) or role is None:
            return
        if role.target in _PRIVATE_ROLES:
            return  # "أستاذ الموارد المائية بجامعة القاهرة X": no office of a state
        tokens, atoms = self.tokens, self.atoms
        end = x - 1
        while end > atoms[k].i and self.cover[end] >= 0 and atoms[self.cover[end]].info.honorific:
            end = atoms[self.cover[end]].i - 1  # "... الدكتور X": the style is no title word
        state: str | None = None
        of: str | None = None
        for c in range(k + 1, len(atoms)):
            a = atoms[c]
            if a.i > end:
                break
            if a.i > 0 and (
                tokens[a.i - 1].norm in _AR_TITLE_PREPS or tokens[a.i - 1].norm in _AR_TO_WORDS
            ):
                continue  # "السفير الأمريكي لدى السعودية": a posting, not the owner
            orgs = {f.target for f in a.forms if f.is_entity and f.etype == _ORG and not f.state}
            if a.cut and a.cut[-1:] in ("ب", "ل"):
                if len(orgs) == 1 and all(f.is_entity for f in a.forms):
                    of = orgs.pop()  # "الأمين العام لمجلس التعاون": the body's, no state's
                    break
                continue  # "المبعوث الأمريكي لليمن"، "بالسعودية": a posting or a place
            states = {
                f.target if f.etype == EntityType.STATE.value else f.state
                for f in a.forms
                if f.is_entity
            }
            states.discard(None)
            if len(states) == 1 and all(f.is_entity and not f.context for f in a.forms):
                state = of = states.pop()
                break
            if len(orgs) == 1 and not states:
                of = orgs.pop()  # "المتحدث باسم قوات الحوثيين": the group's, no state's
                break
        label = self.text[tokens[atoms[k].i].start : tokens[end].end]
        self.text_roles.setdefault(key, []).append(LinkedRole(label, "ar", of))
        new = self.new[key]
        if new.state is None and state is not None:
            new.state = state

    def _ar_quoted_known_body(self, h: int, j: int, v: int) -> bool:
        """Arabic: the head noun at token ``h`` and the words in guillemets up to token
        ``j`` name a known organisation read without them ("حكومة «الوفاق»" for "حكومة
        الوفاق"): registered as its name after the verb at ``v`` (S10-R3)."""
        nisba = self._ar_state_nisba_at(j)  # "حكومة «الوفاق» الليبية": with its adjective
        for end in (nisba, j) if nisba else (j,):
            phrase = normalize(self.text[self.tokens[h].start : self.tokens[end - 1].end])
            forms = self.g.index.get(phrase)
            orgs = {f.target for f in forms if f.is_entity and f.etype == _ORG}
            if len(orgs) == 1:
                if end != j:
                    self.quote_opens.add(j)  # (the adjective after the closing guillemet)
                self._register(phrase, orgs.pop(), "name", v)
                self.titled_names[h] = self.titled_names[h + 1] = end  # (over the atoms)
                return True
        return False

    def _ar_speaking_bodies(self) -> None:
        """Arabic: an organisation the gazetteer lacks, named by a head noun right after a
        speech verb or an announcing verb (``lexicons/unnamed.tsv``: orghead, orgcue) and
        ended by a function word or punctuation ("وقالت هيئة الانتخابات الوطنية إن"،
        "وأعلنت حركة «X Y» السودانية أنها"، "وقالت لجنة الأمم المتحدة لحقوق الإنسان إن") is
        a new Organization, whose state is a state adjective that ends the name; its head
        with the article ("الحركة") refers back to it afterwards."""
        heads, cues = _ar_org_lexicon()
        verbs = self.g.speech_words.get("ar", frozenset()) | cues
        tokens, text, cover, n = self.tokens, self.text, self.cover, len(self.tokens)
        for v in range(n - 2):
            h = v + 1
            if not tokens[h].join or tokens[h].norm not in heads:
                continue
            # "وقالت حكومة الوحدة الوطنية الليبية إن": a head read as a state's body word
            # names a body of its own when a state adjective ends the name (S9-R4)
            body_head = cover[h] != -1 and self._one_word_body(cover[h], h)
            if cover[h] != -1 and not body_head:
                continue
            if cover[v] != -1 or verbs.isdisjoint(stems(tokens[v])):
                continue
            gap = text[tokens[h].end : tokens[h + 1].start]
            i = j = h + 1
            quoted = gap.strip() == "«"
            if quoted:
                while j < n and j - i < 6 and (j == i or tokens[j].join):
                    j += 1
                after = text[tokens[j - 1].end : tokens[j].start if j < n else len(text)]
                if not after.strip().startswith("»"):
                    continue
            elif not gap.strip():
                while j < n and j - i < 5 and tokens[j].join and not self._is_stop(tokens[j]):
                    nisba = self._ar_state_nisba_at(j)
                    j = nisba or j + 1
                    if nisba:
                        break  # "جبهة العمل الإسلامي الأردنية الحكومة": the state closes it
                else:
                    if j == i or (j < n and tokens[j].join and not self._is_stop(tokens[j])):
                        continue
                    if body_head:
                        continue  # ("حكومة X" with no state adjective: the state's own)
                if body_head and j - i < 2:
                    continue  # ("حكومة ليبية"، "حكومة X الليبية" needs a name of two words)
            else:
                continue
            first = h
            if quoted:
                self.quote_opens.add(i)
            k = cover[i]
            whole = self.atoms[k] if k >= 0 else None
            if quoted and self._ar_quoted_known_body(h, j, v):
                continue  # "حكومة «الوفاق»": a known body's name around the guillemets
            if whole is not None and whole.i == i and whole.j == j:
                orgs = [f for f in whole.forms if f.is_entity and f.etype == _ORG]
                if len(orgs) == 1:  # "منظمة «هيومن رايتس ووتش»": the known body, head first
                    phrase = normalize(text[tokens[h].start : tokens[j - 1].end])
                    self._register(phrase, orgs[0].target, "name", v)
                    self.titled_names[i] = j
                if any(f.is_entity for f in whole.forms):
                    continue
            closed = quoted
            nisba = self._ar_state_nisba_at(j) if quoted else 0
            if nisba:  # "حركة «X» اللبنانية": the state adjective after the guillemet
                self.quote_opens.add(j)
                self.titled_names.setdefault(j, nisba)
                j, closed = nisba, False
            state = self._ar_body_run_state(i, j)
            if state is None or not all(tokens[y].flags & ARABIC for y in range(i, j)):
                continue
            end = tokens[j - 1].end
            label = text[tokens[h].start : end + (1 if closed else 0)]
            name = normalize(text[tokens[first].start : end])
            key = f"Organization:{normalize(label)}"
            if key in self.g.entries or name in self.stop:
                continue
            if key not in self.new:
                self.new[key] = Entry(
                    key=key,
                    type=EntityType.ORGANIZATION,
                    label_en="",
                    label_ar=label,
                    aliases=[label],
                    qid=None,
                    state=state or None,
                )
            self._register(name, key, "name", v)
            self._register(normalize("ال" + text[tokens[h].start : tokens[h].end]), key, "name", j)
            covered = next((y for y in range(first, j) if cover[y] != -1), None)
            if covered is not None:
                self.titled_names[covered] = j  # (read the name over the phrases inside it)

    def _one_word_body(self, k: int, h: int) -> bool:
        """Arabic: atom ``k`` covers token ``h`` alone and reads it only as a state's body
        word (``bodies.tsv``: "حكومة")."""
        a = self.atoms[k]
        return a.i == h and a.j == h + 1 and all(f.kind == "body" for f in a.forms)

    def _ar_state_nisba_at(self, x: int) -> int:
        """The token after a state adjective (nisba) that starts at token ``x``, or 0."""
        k = self.cover[x] if x < len(self.tokens) else -1
        if k < 0:
            return 0
        a = self.atoms[k]
        nisba = any(f.kind == "nisba" and f.etype == EntityType.STATE.value for f in a.forms)
        return a.j if a.i == x and nisba else 0

    def _ar_body_run_state(self, i: int, j: int) -> str | None:
        """The state of the name words ``[i, j)`` after an organisation's head noun: a state
        adjective or name among them ("السودانية"), "" for none, or None when a phrase among
        them is a person, a role or an organisation that is the whole run (no new body)."""
        state = ""
        y = i
        while y < j:
            k = self.cover[y]
            if k == -1:
                y += 1
                continue
            a = self.atoms[k]
            if a.j > j or a.info.role is not None or a.info.honorific:
                return None
            if any(f.etype == _PERSON for f in a.forms):
                return None
            if a.i == i and a.j == j and any(f.is_entity for f in a.forms):
                return None  # "حركة «حماس»": the gazetteer's organisation itself
            states = [f.target for f in a.forms if f.etype == EntityType.STATE.value]
            if states:
                state = states[0]
            y = a.j
        return state

    def _name_boundary(self, x: int) -> bool:
        """True when token ``x`` ends a name run clearly: the end of the text, punctuation,
        a function word, a definite word or a phrase the gazetteer knows."""
        if x >= len(self.tokens) or not self.tokens[x].join:
            return True
        tok = self.tokens[x]
        return (
            self.cover[x] != -1
            or self._is_stop(tok)
            or self.text[tok.start : tok.end].startswith("ال")
        )

    def _comma_before(self, v: int) -> bool:
        """English: only a comma between token ``v`` and the word before it, as after an
        apposition ("Jane Roe, the speaker of the House, condemned ...") (S11-R2)."""
        return v > 0 and self.text[self.tokens[v - 1].end : self.tokens[v].start].strip() == ","

    def _aside_before(self, v: int) -> int:
        """English: the first token of an apposition that ends with a title word right before
        the speech verb at ``v`` (", a senior Houthi official, said"; ", its deputy director,
        said"), or that opens with a person's possessive and names no role alone (", Ortega's
        wife and vice president, said"), or -1."""
        tokens, text = self.tokens, self.text
        if text[tokens[v - 1].end : tokens[v].start].strip() != "," or v < 4:
            return -1
        for x in range(v - 2, max(0, v - 15), -1):
            gap = text[tokens[x - 1].end : tokens[x].start].strip()
            if gap:
                if gap == "," and tokens[x].norm == "who":
                    return x  # "Jane Roe, who heads the regional fishing board, said"
                break
        head = tokens[v - 1].norm
        role = any(f.kind == "role" for f in self.g.index.get(head) or ())
        for x in range(v - 2, max(0, v - 9), -1):
            gap = text[tokens[x - 1].end : tokens[x].start]
            if gap.strip():
                if gap.strip() != ",":
                    return -1
                if tokens[x].norm in ("a", "an", "the"):
                    if (
                        role
                        and tokens[x].norm == "the"
                        and x + 1 < v - 1
                        and tokens[x + 1].flags & POSSESSIVE
                        and not is_cap(tokens[x + 1])
                        and tokens[x + 1].norm.isalpha()
                    ):
                        return x  # "X Y, the president's spokesman, said" (S9-H4)
                    # (a role: "X, the party's leader, said" is read with the title)
                    return x if head in self.titles and not role else -1
                if tokens[x].norm in ("its", "his", "her", "their") and (
                    role or head in self.titles
                ):
                    return x  # "X Y, its first deputy director, said" (S17-SPKLINK)
                owner = next(
                    (y for y in range(x, min(v - 1, x + 3)) if tokens[y].flags & POSSESSIVE), -1
                )  # "Ortega's", "the Kremlin's": a possessive name opens the aside
                if owner < 0 or not all(is_cap(tokens[y]) for y in range(x, owner + 1)):
                    return -1
                compound = any(tokens[y].norm == "and" for y in range(x, v))
                k = self.cover[owner]
                # (a state or body owner: the title reading has it, with the state)
                person = k == -1 or any(f.etype == _PERSON for f in self.atoms[k].forms)
                return x if compound or person or not role else -1
        return -1

    def _named_outlets(self) -> None:
        """English: a capitalised name the gazetteer does not know right after "news
        agency", "newspaper", "daily" or "broadcaster" ("state news agency AVN") or between
        "the" and one of them ("the BNS news agency") is a news outlet: a new Organization
        (gazetteer subtype ``agency``), so that what it reports or relays is its own."""
        if "news agency" not in self.text and not any(
            w in self.text for w in ("newspaper", "daily", "broadcaster")
        ):
            return
        if len(self._tok_starts) != len(self.tokens):
            self._tok_starts = [t.start for t in self.tokens]
        starts = self._tok_starts
        for rx in _OUTLETS_EN:
            for mt in rx.finditer(self.text):
                start, end = mt.span(1)
                i = bisect.bisect_left(starts, start)
                if i >= len(self.tokens) or starts[i] != start:
                    continue
                j = i
                while j < len(self.tokens) and self.tokens[j].end <= end:
                    j += 1
                if j == i or any(
                    self.cover[x] != -1
                    or self.tokens[x].norm in self.stop
                    or self.tokens[x].norm in self.titles
                    for x in range(i, j)
                ):
                    continue
                end = self.tokens[j - 1].end - possessive_len(self.tokens[j - 1])
                name = self.text[start:end]
                norm = normalize(name)
                key = f"Organization:{norm}"
                if key not in self.g.entries and key not in self.new:
                    self._new_english_org(name, norm, i - 1, state=None, subtype="agency")

    def _state_named_outlets(self) -> None:
        """English: a state's one-word name then a capitalised masthead word (``lexicons/
        unnamed.tsv``: masthead) names a news outlet ("India Today reported", "China Daily
        said", "the Korea Herald"), as does "Times of" + a state ("the Times of India"): a
        new Organization (subtype ``agency``, of that state) that speaks, not the state;
        outlets the gazetteer knows ("Russia Today", "The Times of Israel") keep their own."""
        heads = _en_mastheads()
        tokens, cover, atoms = self.tokens, self.cover, self.atoms
        n = len(tokens)

        def state_at(x: int) -> str | None:
            if x >= n or cover[x] == -1:
                return None
            a = atoms[cover[x]]
            if a.i != x or a.j != x + 1 or not a.forms:
                return None
            f = a.forms[0]
            return f.target if f.etype == EntityType.STATE.value else None

        def head_at(x: int) -> bool:
            return (
                0 < x < n
                and cover[x] == -1
                and tokens[x].join
                and is_cap(tokens[x])
                and tokens[x].norm in heads
            )

        # (only a masthead word at i or i + 1 can start one: the others are skipped)
        at_heads = [x for x, tok in enumerate(tokens) if tok.norm in heads]
        for i in sorted({y for x in at_heads for y in (x - 1, x) if 0 <= y < n - 1}):
            if head_at(i + 1) and not tokens[i].flags & POSSESSIVE:
                first, last, state = i, i + 1, state_at(i)  # "China Daily"
            elif (
                head_at(i)
                and tokens[i + 1].norm == "of"
                and tokens[i + 1].join
                and i + 2 < n
                and tokens[i + 2].join
            ):
                first, last, state = i, i + 2, state_at(i + 2)  # "Times of India"
            else:
                continue
            if state is None or (
                last + 1 < n and tokens[last + 1].join and is_cap(tokens[last + 1])
            ):
                continue
            end = tokens[last].end - possessive_len(tokens[last])
            name = self.text[tokens[first].start : end]
            norm = normalize(name)
            key = f"Organization:{norm}"
            if key in self.g.entries or key in self.new:
                continue
            self._new_english_org(name, norm, first - 1, state=state, subtype="agency")
            if cover[first] != -1:
                self.titled_names[first] = last + 1

    def _new_english_org(
        self, name: str, norm: str, at: int, *, state: str | None, subtype: str = ""
    ) -> None:
        """Create the new Organization ``name`` (English label) and register its name."""
        key = f"Organization:{norm}"
        self.new[key] = Entry(
            key=key,
            type=EntityType.ORGANIZATION,
            label_en=name,
            label_ar="",
            aliases=[name],
            qid=None,
            state=state,
            subtype=subtype,
        )
        self._register(norm, key, "name", at)

    def _speaking_bodies(self) -> None:
        """English: an unknown capitalised name of two to six words that ends in an
        organisation word (``data/cues.tsv``: cue=org; "of", "and", "for" inside) right
        before a speech verb ("the National Bureau of Statistics said", "Kenya's Ethics and
        Anti-Corruption Commission said") is a new Organization, so that what it says is
        its own; a state's possessive before it gives its state (S9-H4)."""
        speech = self.g.speech_words.get("en", frozenset())
        heads = self.g.org_words.get("en", frozenset()) | _institution_heads()
        if not speech:
            return
        tokens, text, cover = self.tokens, self.text, self.cover

        def cap(x: int) -> bool:
            tok = tokens[x]
            if cover[x] != -1:
                a = self.atoms[cover[x]]  # "National": a role word alone ("a national")
                if a.j - a.i != 1 or any(f.kind != "role" for f in a.forms):
                    return False
            return (
                is_cap(tok)
                and tok.norm.replace("-", "").isalpha()
                and (tok.norm not in self.stop or tok.norm in heads)  # ("Office")
            )

        for v in range(2, len(tokens)):
            if tokens[v].norm not in speech or text[tokens[v - 1].end : tokens[v].start] != " ":
                continue
            j = v
            if not cap(j - 1) or tokens[j - 1].flags & POSSESSIVE:
                continue
            i = j - 1
            while i > 0 and j - i < 6 and tokens[i].join:
                if cap(i - 1) and not tokens[i - 1].flags & POSSESSIVE:
                    i -= 1
                elif (
                    i > 1
                    and tokens[i - 1].norm in _BODY_NAME_INNER
                    and not is_cap(tokens[i - 1])
                    and tokens[i - 1].join
                    and cap(i - 2)
                ):
                    i -= 2
                else:
                    break
            if (
                j - i < 2
                or sum(1 for x in range(i, j) if is_cap(tokens[x])) < 2
                or not any(tokens[x].norm in heads for x in range(i + 1, j))
            ):
                continue
            state: str | None = None
            lead = self.atoms[cover[i - 1]] if i > 0 and cover[i - 1] != -1 else None
            if (
                lead is not None
                and lead.j == i
                and tokens[i].join
                and not tokens[i - 1].flags & POSSESSIVE
                and sum(1 for x in range(i, j) if is_cap(tokens[x])) >= 2
            ):
                # "Tokyo Electric Power Company said", "China's Taiwan Affairs Office
                # said": a state or city opens the name and gives its state
                forms = lead.forms
                if forms and forms[0].etype in (EntityType.STATE.value, EntityType.PLACE.value):
                    f = forms[0]
                    state = f.target if f.etype == EntityType.STATE.value else f.state
                    i = lead.i
            if j - i < 3:
                continue  # ("The Justice Department said": a state's department, bodies.py)
            if i > 0:
                prev = tokens[i - 1]
                gap = text[prev.end : tokens[i].start]
                if prev.flags & POSSESSIVE and cover[i - 1] != -1:
                    forms = self.atoms[cover[i - 1]].forms
                    states = [f.target for f in forms if f.etype == EntityType.STATE.value]
                    if not states:
                        continue
                    state = states[0]  # (the possessive's state wins)
                elif prev.norm != "the" and not any(c in gap for c in '.,;:"“”(—'):
                    continue
            name = text[tokens[i].start : tokens[j - 1].end]
            norm = normalize(name)
            key = f"Organization:{norm}"
            if norm in self.stop or key in self.g.entries or key in self.new:
                continue
            self._new_english_org(name, norm, i - 1, state=state)
            if cover[i] != -1:
                self.titled_names[i] = j  # ("National", "Tokyo" open it: read it there)

    def _bare_name(self, i: int, j: int) -> bool:
        """Whether tokens ``[i, j)`` stand alone as a name: no title, role or other name
        right before them ("presidential aide Hassan X", "Minister X") and no appositive
        title right after them ("X, the opposition leader, said"), which the title
        readings handle with the role and state they give."""
        tokens = self.tokens
        if (
            i > 0
            and tokens[i].join
            and (self.cover[i - 1] != -1 or is_cap(tokens[i - 1]))
            and not tokens[i - 1].flags & POSSESSIVE  # ("North Korea's X Y": its state)
            and not self._rank_ends_at(i)  # ("Brigadier General X Y": a rank, no role)
            and not self._title_word_before(i)  # ("Managing Director X Y": no role read)
        ):
            return False
        if j < len(tokens) and tokens[j].join and is_cap(tokens[j]):
            return False
        after = self.text[tokens[j - 1].end : tokens[j - 1].end + 6] if j <= len(tokens) else ""
        return not re.match(r",\s+(?:a|an|the)\b", after, re.IGNORECASE)

    def _recurring_names(self) -> None:
        """English: an unknown name of exactly two capitalised words ("Vadim Krasikov")
        whose last word stands alone elsewhere in the article, capitalised and not after
        the first ("Krasikov was an officer"), is a person: news refers back to people by
        their family name.  No word of it may be a stop, title, body or organisation word
        (``data/cues.tsv``), and the capitalised run it stands in must be just these two
        words."""
        bad = self._not_english_name_words()
        tokens, text = self.tokens, self.text
        n = len(tokens)

        def cap(i: int) -> bool:
            tok = tokens[i]
            return (
                self.cover[i] == -1
                and is_cap(tok)
                and tok.norm.replace("-", "").replace("'", "").isalpha()
            )

        i = 0
        while i < n:
            if not cap(i) or (i > 0 and cap(i - 1) and tokens[i].join):
                i += 1
                continue
            j = i + 1
            while j < n and cap(j) and tokens[j].join:
                j += 1
            run = range(i, j)
            if (
                j - i == 2
                and text[tokens[i].end : tokens[i + 1].start] == " "
                and not any(tokens[x].norm in bad or len(tokens[x].norm) < 3 for x in run)
                and not tokens[i].flags & POSSESSIVE
                and not self.names._headline(i)  # "Qatar Agrees to Send LNG to Germany"
                and self._bare_name(i, j)
            ):
                first, last = text[tokens[i].start : tokens[i].end], tokens[j - 1]
                surname = text[last.start : last.end]
                if last.flags & POSSESSIVE:
                    surname = surname[: -possessive_len(last)]
                alone = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")
                before = re.compile(rf"{re.escape(first)}\W+$")
                if any(
                    x.start() != last.start
                    and not before.search(text[max(0, x.start() - 40) : x.start()])
                    for x in alone.finditer(text)
                ):
                    end = last.end - possessive_len(last)
                    self._new_person(text[tokens[i].start : end], None, i - 1)
            i = j

    def _dateline_state(self) -> str | None:
        """English: the state of the dateline that opens the story ("KUALA LUMPUR
        (Reuters) -", "SEOUL, June 3 -"): the state named, or whose capital is named;
        None without one (computed once)."""
        if self._dateline is None:
            found = ""
            for m in _DATELINE_EN.finditer(self.text, 0, 400):
                place = m.group(1).strip()
                if self.text[m.end() - 1] == "/":
                    break  # "LONDON/PARIS": two home states, none for a title
                for e in self.g.lookup(place.title() if place.isupper() else place):
                    if e.type == EntityType.STATE:
                        found = e.key
                    elif e.state is not None and self.g.capital_of.get(e.state) == e.key:
                        found = e.state
                    if found:
                        break
                if found:
                    break
            self._dateline = found
        return self._dateline or None

    def _new_person(self, name: str, state: str | None, last_tok: int) -> str:
        norm = normalize(name)
        key = f"Person:{norm}"
        if key in self.g.entries:
            return key
        known = self._by_shorter_lineage(norm, state) if self.lang == "ar" else None
        if known is None and self.lang == "ar":
            known = spelling_variant(self.g, norm, state)  # "أنتوني بلينكين" (S9-R3)
            if known is not None:  # "... وقال بلينكين": its family name in that spelling
                self._register(norm.split()[-1], known, "surname", last_tok)
        if known is None and self.lang == "en":
            known = en_spelling_variant(self.g, norm, state)  # "Mohammed Mustafa" (S9-R3)
        if known is not None:
            self._register(norm, known, "name", last_tok)
            return known
        if key in self.new and self.new[key].state is None and state is not None:
            self.new[key].state = state  # "North Korea's Kim Jong Un", named before alone
        if key not in self.new:
            ar = self.lang == "ar"
            self.new[key] = Entry(
                key=key,
                type=EntityType.PERSON,
                label_en="" if ar else name,
                label_ar=name if ar else "",
                aliases=[name],
                qid=None,
                state=state,
            )
        words = norm.split()
        self._register(norm, key, "name", last_tok)
        while len(words) > 2 and words[-1].rstrip(".") in _NAME_SUFFIXES:
            words.pop()  # "Ferdinand Marcos Jr.": later "Marcos"
        surname = words[-1]
        min_len = 2 if self.lang == "ar" else 3
        if state in self.g.family_first and len(words) > 1 and len(words[0]) >= min_len:
            self._register(words[0], key, "surname", last_tok)  # "Yoon Suk Yeol": later "Yoon"
        elif (
            state is None
            and self.lang == "en"
            and 1 < len(words) <= 3
            and len(words[0]) >= min_len
            and self._dateline_state() in self.g.family_first
        ):
            # "KUALA LUMPUR -- Prime Minister Mahathir Mohamad said ... Mahathir said": a
            # stateless title in a story datelined in such a state (S7-H15)
            self._register(words[0], key, "surname", last_tok)
        given = surname in self.g.given_names
        if len(words) > 1 and len(surname) >= min_len and (not given or self.lang == "ar"):
            if given:
                self.weak.add(surname)
            if self.middles.get(surname, key) != key:
                self.dynamic[surname] = ("", "ambiguous", len(self.tokens))
            self._register(surname, key, "surname", last_tok)
            if words[-2] in EN_PARTICLES:
                self._take_later_name(" ".join(words[-2:]), key, last_tok)
                self._register(" ".join(words[-2:]), key, "surname", last_tok)
            elif (
                self.lang == "ar"
                and len(words) >= 3
                and words[-2] not in AR_CONNECT
                and not self._plain_given(words[-2])
                and len(words[-2]) >= min_len
            ):
                # "أرانشا غونزاليث لايا" ... "وقالت غونزاليث لايا": a double family name
                # ("علي محمد الأمين زين" ... "الأمين زين": a definite given name too)
                self._register(" ".join(words[-2:]), key, "surname", last_tok)
        if self.lang == "en" and len(words) > 2 and state not in self.g.family_first:
            for w in words[1:-1]:
                self._register_middle(w, key, last_tok)
        return key

    def _person_owner_en(self, first: int) -> str | None:
        """English: the state of the person in the possessive right before a title with
        no state of its own ("Netanyahu's national security adviser X", "Erdogan's chief
        adviser, X,"): the aide serves that person's state (S11-ENT).  Up to three lower-case
        words of the portfolio may stand between them ("Putin's foreign policy aide X",
        "Muizzu's public policy secretary, X") (S11-R2)."""
        if self.lang != "en" or first < 1 or not self._adjacent(first):
            return None
        x = first
        while (
            first - x < 3
            and x > 1
            and self._adjacent(x - 1)
            and self.tokens[x - 1].norm.isalpha()
            and not is_cap(self.tokens[x - 1])
            and self.tokens[x - 1].norm not in self.stop
        ):
            x -= 1
        prev = self.tokens[x - 1]
        if not prev.flags & POSSESSIVE or not self.mentions:
            return None
        m = self.mentions[-1]
        if m.end != prev.end - possessive_len(prev):
            return None
        entry = self.g.entries.get(m.key) or self.new.get(m.key)
        if entry is None or entry.type is not EntityType.PERSON:
            return None
        return entry.state

    def _affiliation_modifier(self, m: LinkedMention) -> bool:
        """English: a non-state organisation's name inside an affiliation compound ("the
        Al-Qaeda-linked Shabaab", "an Islamic State-affiliated group"): it qualifies the
        noun after it, the actor of the clause; no mention of its own (S11-ENT)."""
        if not _AFFILIATED_EN.match(self.text, m.end):
            return False
        entry = self.g.entries.get(m.key) or self.new.get(m.key)
        return (
            entry is not None
            and entry.type is EntityType.ORGANIZATION
            and entry.state is None
            and entry.subtype in ("armed_group", "movement", "party")
        )

    def _full_name_of(self, key: str, keys: list[str]) -> str | None:
        """The person of ``keys`` named in full whose name ends with the two or more words
        of the new person ``key`` ("Andres Manuel Lopez Obrador" ... "Lopez Obrador said",
        "محمد جواد ظريف" ... "وقال جواد ظريف"): a shorter form of that name, not another
        person.  Only for a bare name (no title, no state of its own) and when exactly one
        such person is named (S11-ENT)."""
        short = self.new.get(key)
        if (
            short is None
            or short.type is not EntityType.PERSON
            or short.state is not None
            or self.text_roles.get(key)
        ):
            return None  # "الرئيس التشادي السابق إدريس ديبي": titled on its own, the father
        words = key.removeprefix("Person:").split()
        n = len(words)
        if n < 2:
            return None
        found: set[str] = set()
        for other in keys:
            if other == key:
                continue
            entry = self.new.get(other) or self.g.entries.get(other)
            if entry is None or entry.type is not EntityType.PERSON:
                continue
            for name in (entry.label_en, entry.label_ar, *entry.aliases):
                full = normalize(name).split() if name else []
                if len(full) > n and full[-n:] == words:
                    found.add(other)
                    break
        return found.pop() if len(found) == 1 else None

    def _register_middle(self, word: str, key: str, after: int) -> None:
        """English: a middle word of a new person's name that is no given name or particle
        refers back to them too, as a family name does ("Muse Bihi Abdi" ... "Bihi said",
        "Gustavo Petro Urrego" ... "Petro"); a word two people's names share refers to
        neither."""
        if len(word) < 3 or word in EN_PARTICLES or word in self.g.given_names:
            return
        known = self.dynamic.get(word)
        if known is not None:
            if known[0] != key:
                self.dynamic[word] = ("", "ambiguous", len(self.tokens))
            return
        self.middles[word] = key
        self._register(word, key, "surname", after)

    def _by_shorter_lineage(self, norm: str, state: str | None) -> str | None:
        """The known person an Arabic name with a longer lineage names ("محمد بن عبدالرحمن
        بن جاسم آل ثاني" for the gazetteer's "محمد بن عبدالرحمن آل ثاني"): the name without
        its second, third... "بن X" links, one at a time and then all together, is looked up
        and taken when it names exactly one person (of ``state`` when that is known)."""
        words = norm.split()
        links = [i for i, w in enumerate(words) if w == "بن" and 0 < i < len(words) - 1]
        if not links or (len(links) == 1 and len(words) < 4):
            return None
        if len(links) == 1:
            # one link inside a name the gazetteer has without it ("ماجد بن محمد
            # الأنصاري" for "ماجد الأنصاري"): it is dropped only when a family name follows
            drops = [links]
        else:
            drops = [[i] for i in links[1:]] + ([links[1:]] if len(links) > 2 else [])
        for drop in drops:
            cut = {j for i in drop for j in (i, i + 1)}
            shorter = " ".join(w for j, w in enumerate(words) if j not in cut)
            people = [
                e
                for e in self.g.lookup(shorter)
                if e.type is EntityType.PERSON and (state is None or e.state == state)
            ]
            if len(people) == 1:
                return people[0].key
        return None

    def _register(self, phrase: str, key: str, kind: str, after: int) -> None:
        # "Theresa May" ... "May told parliament": a month that is a family name is read
        # as the person only where no date reading fits (:meth:`_month_surname_ok`)
        month = kind == "surname" and self.lang == "en" and phrase in NAME_MONTHS
        had = self.dynamic.get(phrase)
        if (
            self.lang == "en"
            and kind == "surname"
            and had is not None
            and had[1] == "surname"
            and had[0] != key
            and self._person_key(had[0])
        ):
            # "Kim Yo Jong" and "Kim Jong Un": "Kim" alone is whichever was named last
            self.shared_surnames.setdefault(phrase, {had[0]}).add(key)
        if phrase not in self.dynamic and (phrase not in self.stop or month):
            self.dynamic[phrase] = (key, kind, after)
            self.dyn_words = max(self.dyn_words, phrase.count(" ") + 1)
            self.dyn_first.add(phrase.split(" ", 1)[0])

    def _scan_dynamic(self, lo: int, hi: int) -> None:
        """Link the names read earlier in the article (new people, surnames) in tokens
        ``[lo, hi)``.  Only tokens it links are consumed: the words before a title stay
        free for an unknown name ("وقال جيك سوليفان مستشار ...")."""
        lo = max(lo, self.scanned)
        if not self.dynamic or lo >= hi:
            return
        self.scanned = hi
        tokens, x = self.tokens, lo
        # a name read earlier may end in a word read only as a known person's family name
        # ("نواز شريف" again, with Shehbaz Sharif's "شريف" after it; "Hunter Biden")
        ext = hi + 1 if hi < len(tokens) and hi in self.names.soft else hi
        dyn_first = self.dyn_first
        while x < hi:
            hit = None
            readings = stems(tokens[x])
            if dyn_first.isdisjoint(readings):
                x += 1
                continue
            for first in readings:
                if first not in dyn_first:
                    continue
                for size in range(min(self.dyn_words, ext - x), 0, -1):
                    if size > 1 and not all(
                        tokens[y].join or y in self.quote_opens for y in range(x + 1, x + size)
                    ):
                        continue
                    words = [first, *(tokens[y].norm for y in range(x + 1, x + size))]
                    phrase = " ".join(words)
                    found = self.dynamic.get(phrase)
                    if phrase in self.weak and not self._weak_ok(x):
                        found = None
                    elif phrase in self.head_refs and not self._head_ref_ok(x):
                        # "المجلس الوطني ...": another body with that head is named now
                        self.dynamic[phrase] = ("", "ambiguous", len(tokens))
                        found = None
                    elif phrase in NAME_MONTHS and not self._month_surname_ok(x):
                        found = None
                    elif phrase in self.halves and not self._half_ref_ok(x):
                        found = None  # "the North" alone, not "the South China Sea"
                    elif found and found[1] == "surname" and self._en_name_goes_on(x + size):
                        found = None  # "Kim Yo Jong" after "Kim Jong Un": another person
                    if found and found[2] < x and (self.lang == "ar" or is_cap(tokens[x])):
                        hit = (size, first, found)
                        break
                if hit:
                    break
            if hit is None:
                x += 1
                continue
            size, first, (key, kind, _) = hit
            shared = self.shared_surnames.get(first) if size == 1 else None
            if shared:
                key = max(shared, key=lambda k: self.seen.get(k, -1))
            tok = tokens[x]
            start = tok.start + (len(tok.norm) - len(first) if first != tok.norm else 0)
            end = tokens[x + size - 1].end - possessive_len(tokens[x + size - 1])
            self._emit(start, end, key, kind)
            x += size
            self.pos = max(self.pos, x)

    def _en_name_goes_on(self, y: int) -> bool:
        """English: token ``y``, right after a family name read earlier, goes on a longer
        name (a capitalised word no phrase covers, no function word or month, then another
        such word or a clause boundary): the family name alone is no back-reference there
        ("Kim Yo Jong, the leader's sister," after "Kim Jong Un" is someone else, whom the
        name reader takes in full; "according to López Obrador" links by its last word)
        (S17-SPKLINK)."""
        tokens = self.tokens
        if self.lang != "en" or y >= len(tokens) or not self._adjacent(y):
            return False
        tok = tokens[y]
        if (
            not is_cap(tok)
            or tok.flags & UPPER
            or self.cover[y] != -1
            or self._is_stop(tok)
            or tok.norm in NAME_MONTHS
            or tok.norm in _WEEKDAYS_EN
            or tok.norm in self._not_english_name_words()
        ):
            return False
        nxt = y + 1
        if nxt < len(tokens) and self._adjacent(nxt):
            t2 = tokens[nxt]
            return (
                is_cap(t2)
                and self.cover[nxt] == -1
                and t2.norm not in self._not_english_name_words()
            )
        gap = self.text[tok.end : tokens[nxt].start] if nxt < len(tokens) else ""
        return gap.strip()[:1] in (",", "")

    def _month_surname_ok(self, x: int) -> bool:
        """English: whether the capitalised month at token ``x`` ("May"), also the family
        name of a person named earlier, stands for that person: no day or year right after
        it ("May 5", "May 2019") and no word right before it that opens a date ("in May",
        "since May", "last May", "early May", "on 5 May")."""
        tokens = self.tokens
        nxt = x + 1
        if nxt < len(tokens) and self._adjacent(nxt) and tokens[nxt].norm[:1].isdigit():
            return False
        if x == 0 or not self._adjacent(x):
            return True
        prev = tokens[x - 1].norm
        return prev not in _MONTH_OPENERS and not prev[:1].isdigit()

    def _plain_given(self, norm: str) -> bool:
        """Whether ``norm`` is a given name without the article (``given_names.tsv``):
        the definite ones ("الأمين"، "الطيب") are also a longer name's middle word."""
        return norm in self.g.given_names and not norm.startswith("ال")

    def _weak_ok(self, x: int) -> bool:
        """Whether the one-word family name at token ``x``, which is also a given name,
        stands alone: no given name right before it ("محمد شريف") and no word right after
        it that could continue a name ("شريف إسماعيل"): a word no phrase covers that is
        not a function word, a definite noun or a noun in ة."""
        tokens = self.tokens
        if self._adjacent(x) and self._plain_given(tokens[x - 1].norm):
            return False  # (a definite given name may be the person's own middle name:
            # "علي محمد الأمين زين" ... "زار الأمين زين")
        nxt = x + 1
        if nxt >= len(tokens) or not self._adjacent(nxt) or self.cover[nxt] != -1:
            return True
        tok = tokens[nxt]
        raw = self.text[tok.start : tok.end]
        if self._is_stop(tok) or not tok.flags & ARABIC:
            return True
        if not (raw.startswith("ال") or raw.endswith("ة")):
            # Arabic: "وأكد شريف حرص بلاده": after a cue verb or function word, a bare word
            # that is no given name is the verb's object, not the rest of a name
            return (
                self.lang == "ar"
                and x > 0
                and self._adjacent(x)
                and tok.norm not in self.g.given_names
                and self._is_stop(tokens[x - 1])
                and not self._bare_word(nxt + 1)  # "وكان ماو تسي تونغ": a longer name
            )
        # a noun after it: the subject of a verb ("ووجّه شريف الشكر"), not an adjective
        # in a construct after a noun ("قواعد حسن الجوار")
        if x == 0 or not self._adjacent(x):
            return True
        prev = tokens[x - 1]
        k = self.cover[x - 1]
        if k >= 0 and self.atoms[k].j == x and self._honorific(self.atoms[k]):
            return True  # "ووصف السيد X الاتفاق": a style, then the family name (S15-NAMES)
        return self._is_stop(prev) or (
            bool(prev.flags & ARABIC) and self.text[prev.start : prev.start + 1] in ("و", "ف")
        )

    def _bare_word(self, x: int) -> bool:
        """Arabic: token ``x`` is an adjacent word no phrase covers, with no article or
        proclitic, not in ة or ه and no function word: one that could continue a name."""
        if x >= len(self.tokens) or not self._adjacent(x) or self.cover[x] != -1:
            return False
        tok = self.tokens[x]
        raw = self.text[tok.start : tok.end]
        return (
            bool(tok.flags & ARABIC)
            and not raw.startswith(("ال", "لل", "بال", "وال", "فال"))
            and not raw.endswith(("ة", "ه", "ها", "هم"))
            and not self._is_stop(tok)
        )

    # -- result ------------------------------------------------------------------------

    def _given_then_surname(self, prev: LinkedMention, m: LinkedMention) -> LinkedMention | None:
        """English: a word read as one person's surname right before another known
        person's surname, that is that person's given name ("Abbas Araqchi", a spelling
        the gazetteer has only as a surname alias): one mention of the second person."""
        if self.lang != "en" or prev.kind != "surname" or m.kind != "surname":
            return None
        if prev.key == m.key or self.text[prev.end : m.start] != " ":
            return None
        entry = self.g.entries.get(m.key)
        if entry is None or entry.type != EntityType.PERSON or not entry.label_en:
            return None
        if normalize(entry.label_en).split()[0] != normalize(prev.text):
            return None
        return LinkedMention(
            prev.start, m.end, self.text[prev.start : m.end], m.key, "name", prev.role or m.role
        )

    def _styled_aliases(self, mentions: list[LinkedMention]) -> None:
        """Arabic: a new person known by one word under a style ("الشيخة حسينة"، "البابا
        X") has the styled name as an alias, the name the press knows her by (S10-R3)."""
        starts = self._starts()
        for m in mentions:
            entry = self.new.get(m.key)
            if entry is None or entry.type != EntityType.PERSON or " " in m.text.strip():
                continue
            x = bisect.bisect_left(starts, m.start)
            if x == 0 or x >= len(self.tokens) or self.tokens[x].start != m.start:
                continue
            if not self._adjacent(x) or self.tokens[x - 1].norm not in AR_ONE_NAME_STYLES:
                continue
            styled = self.text[self.tokens[x - 1].start : m.end]
            if styled not in entry.aliases:
                entry.aliases.append(styled)

    def _linking(self) -> Linking:
        mentions: list[LinkedMention] = []
        for m in sorted(self.mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if mentions and m.start < mentions[-1].end:
                continue
            if self.lang == "en" and self._affiliation_modifier(m):
                continue
            if mentions and (whole := self._given_then_surname(mentions[-1], m)) is not None:
                mentions[-1] = whole  # "Abbas Araqchi": not Mahmoud Abbas, then Araghchi
                continue
            mentions.append(m)
        if self.lang == "ar":
            self._styled_aliases(mentions)
        keys: list[str] = list(dict.fromkeys(m.key for m in mentions))
        tails = {k: full for k in keys if (full := self._full_name_of(k, keys)) is not None}
        if tails:
            mentions = [replace(m, key=tails.get(m.key, m.key)) for m in mentions]
            keys = list(dict.fromkeys(m.key for m in mentions))
        entities = {}
        i = 0
        while i < len(keys):
            key = keys[i]
            i += 1
            entry = self.g.entries.get(key) or self.new.get(key)
            if entry is None:
                continue
            ent = entity_of(entry, self.text_roles.get(key, []))
            entities[key] = ent
            for ref in (ent.state, *(r.of for r in ent.roles)):
                if ref and ref not in keys:
                    keys.append(ref)
        return Linking(entities=entities, mentions=mentions)


def _role_match(
    query: str, actual: str, classes: dict[str, bool] | None = None, *, stated: bool = False
) -> bool:
    """A title of role ``query`` names again a holder of role ``actual``: the same role,
    "the minister" for any minister, or a generic title over a specific role (``classes``:
    the query's row of ``role_classes.tsv``; a class that needs the state only when the
    title names it, ``stated``: "the French leader" for a president of France)."""
    if query == actual or (query == "minister" and actual.endswith("minister")):
        return True
    needs_state = classes.get(actual) if classes else None
    return needs_state is not None and (stated or not needs_state)
