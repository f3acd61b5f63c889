"""Build a :class:`~kg.gazetteer.gazetteer.Gazetteer` from the data tables.

Two phases: first every entity gets its key and labels (so that hand-written
files can refer to entities by ISO code or English name), then every surface
form is indexed, with the stoplist's gates applied.  Finally role labels of
people are parsed with the same index into role keys and tenures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.gazetteer.forms import clean_name, demonym_forms, nisba_forms, split_list
from kg.gazetteer.gazetteer import Entry, Gazetteer, Tenure, entity_key
from kg.gazetteer.index import (
    ANY_CASE,
    CAPITALISED,
    KIND_RANK,
    UPPERCASE,
    Atom,
    Form,
)
from kg.gazetteer.tables import Row, Tables, load_tables
from kg.models import EntityType
from kg.text import is_arabic, normalize, tokenize

__all__ = ["build"]

_TYPE_RANK = {
    EntityType.STATE: 0,
    EntityType.ORGANIZATION: 1,
    EntityType.PERSON: 2,
    EntityType.PLACE: 3,
}
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "von", "van", "der", "de", "da"})


_ROLE_NOTE = re.compile(r"\s*\((?:deceased|متوفى|former|سابق)\)")
"""A note in a shared role label ("President (deceased)") that is not part of the role."""


_STATE_ACTIONS = frozenset({"no_nisba", "capital_not_metonym", "capital_place"})
"""stoplist.tsv actions about a state (its target), not about a form."""


@dataclass(frozen=True, slots=True)
class _Pending:
    phrase: str
    target: str
    kind: str
    primary: bool


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and alias.isascii() and alias.isupper() and len(alias) <= 8


def _lang(phrase: str) -> str:
    return "ar" if any(is_arabic(c) for c in phrase) else "en"


class _Builder:
    def __init__(self, tables: Tables) -> None:
        self.t = tables
        self.g = Gazetteer()
        self.pending: list[_Pending] = []
        self.seat_keys: set[str] = set()
        self.metonym_keys: dict[str, set[str]] = {}  # org key -> form keys that are metonyms
        self.role_keys: set[str] = set()
        # indefinite accusative nisbas ("صحفيا أمريكيا"), added once every other form is known
        self.accusatives: list[tuple[str, str]] = []

    # -- phase 1: entities -------------------------------------------------

    def _entry(self, entry: Entry, *idents: str) -> Entry:
        key = entry.key
        n = 2
        while key in self.g.entries:  # distinct rows with the same name
            key = f"{entry.key}#{n}"
            n += 1
        entry.key = key
        self.g.entries[key] = entry
        for ident in idents:
            if ident:
                self.g.by_name.setdefault(ident, key)
        return entry

    def _form(self, phrase: str, target: str, kind: str, primary: bool = False) -> None:
        if phrase:
            self.pending.append(_Pending(phrase, target, kind, primary))

    def states(self) -> None:
        no_nisba = {r["target"] for r in self.t["stoplist"] if r["action"] == "no_nisba"}
        self.capital_not_metonym = {
            r["target"] for r in self.t["stoplist"] if r["action"] == "capital_not_metonym"
        }
        self.capital_places = {
            r["target"] for r in self.t["stoplist"] if r["action"] == "capital_place"
        }
        for row in self.t["states"]:
            name = row["name_en"] or row["name_ar"]
            entry = Entry(
                key=entity_key(EntityType.STATE, row["qid"] or None, name),
                type=EntityType.STATE,
                label_en=row["name_en"],
                label_ar=row["name_ar"],
                aliases=split_list(row["aliases_en"]) + split_list(row["aliases_ar"]),
                qid=row["qid"] or None,
                state=None,
                code=row["code"] or None,
                demonym=(split_list(row["demonym_en"]) or [""])[0],
                source=row["source"],
            )
            self._entry(entry, row["code"], row["name_en"])
            entry.state = entry.key
            if row["code"]:
                self.g.by_code[row["code"]] = entry.key
            self._state_forms(entry, row, row["code"] in no_nisba)

    def _state_forms(self, entry: Entry, row: Row, no_nisba: bool) -> None:
        key = entry.key
        seats = split_list(row["seat_of_government"])
        seat_keys = {self.g.index.key(s) for s in seats}
        self.seat_keys |= {k for k in seat_keys if k}
        for name in (row["name_en"], row["name_ar"]):
            self._form(clean_name(name), key, "name", primary=True)
        for alias in entry.aliases:
            kind = "acronym" if _is_acronym(alias) else "name"
            if self.g.index.key(alias) in seat_keys:
                kind = "metonym"
            self._form(alias, key, kind)
        for seat in seats:
            self._form(seat, key, "metonym")
        if not seats and entry.code not in self.capital_not_metonym:
            # no seat of government recorded: the capital names the government, as seats do
            # ("Kinshasa accuses Kigali"), unless stoplist.tsv says it is ambiguous
            self._form(clean_name(row["capital_en"]), key, "metonym")
            for name in split_list(row["capital_ar"]):  # ("كينشاسا تتهم كيغالي")
                self._form(name, key, "metonym")
        for demonym in split_list(row["demonym_en"]) + split_list(row.get("demonym_en_pl", "")):
            for form in demonym_forms(demonym):  # "North Koreans" too (S7-H15)
                self._form(form, key, "demonym")
        if not no_nisba:
            males, females = split_list(row["nisba_ar_m"]), split_list(row["nisba_ar_f"])
            for i, male in enumerate(males):
                female = females[i] if i < len(females) else ""
                for form in nisba_forms(male, female):
                    self._form(form, key, "nisba")
                stem = male[2:] if male.startswith("ال") else male
                if stem.endswith("ي") and " " not in stem:  # not "كوري جنوبي"
                    self.accusatives.append((stem + "ا", key))
            for plural in split_list(row.get("nisba_ar_pl", "")):
                stem = plural[2:] if plural.startswith("ال") else plural
                for form in {plural, stem}:
                    self._form(form, key, "nisba")
                if not stem.endswith(("ة", "ا", "ى")) and " " not in stem:
                    # "طرد دبلوماسيين روسا"، "جنودا أتراكا": the broken plural's accusative
                    self.accusatives.append((stem + "ا", key))
        if seats or entry.code in self.capital_places:
            self._capital(entry, row)  # (capital_place: "in Malé", a place, no metonym)

    def _capital(self, state: Entry, row: Row) -> None:
        # capital_ar may list spelling variants after the name (corrections.tsv: "كراكاس")
        ars = [clean_name(a) for a in split_list(row["capital_ar"])]
        en, ar = clean_name(row["capital_en"]), (ars or [""])[0]
        if not (en or ar):
            return
        qid = row["capital_qid"] or None
        if qid is not None and qid in self.g.entries:
            return  # a city-state: the capital is the state (Singapore, Vatican City)
        place = self._entry(
            Entry(
                key=entity_key(EntityType.PLACE, qid, en or ar),
                type=EntityType.PLACE,
                label_en=en,
                label_ar=ar,
                aliases=[],
                qid=qid,
                state=state.key,
                source=row["source"],
            )
        )
        self.g.capital_of[state.key] = place.key
        for name in (en, en.split(",")[0].strip(), ar):
            self._form(name, place.key, "place", primary=True)
        for variant in ars[1:]:
            self._form(variant, place.key, "place")

    def organizations(self) -> None:
        for row in self.t["organizations"]:
            aliases = split_list(row["acronyms"]) + split_list(row["aliases_en"])
            aliases += split_list(row["aliases_ar"])
            self._org(row, aliases, row["type"])
        for row in self.t["agencies"]:
            self._org(row, split_list(row["aliases"]), "agency")
        for row in self.t["actors"]:  # hand-written: armed groups, movements, IGO organs
            aliases = split_list(row["acronyms"]) + split_list(row["aliases_en"])
            aliases += split_list(row["aliases_ar"])
            self._org({**row, "qid": "", "source": "actors.tsv"}, aliases, row["type"])

    def places(self) -> None:
        """Hand-written places (seas, regions, contested territories); a row naming an
        existing capital overrides its state and adds its aliases."""
        capitals = {
            e.label_en: e
            for e in self.g.entries.values()
            if e.type is EntityType.PLACE and e.label_en
        }
        for row in self.t["places"]:
            aliases = split_list(row["aliases_en"]) + split_list(row["aliases_ar"])
            state = self.g.by_code.get(row["state_iso3"]) if row["state_iso3"] else None
            entry = capitals.get(row["name_en"])
            if entry is None:
                entry = self._entry(
                    Entry(
                        key=entity_key(EntityType.PLACE, None, row["name_en"] or row["name_ar"]),
                        type=EntityType.PLACE,
                        label_en=row["name_en"],
                        label_ar=row["name_ar"],
                        aliases=aliases,
                        qid=None,
                        state=state,
                        subtype="place",
                        source="places.tsv",
                    ),
                    row["name_en"],
                )
            else:
                entry.state = state
                entry.aliases = [*entry.aliases, *(a for a in aliases if a not in entry.aliases)]
            for name in (row["name_en"], row["name_ar"]):
                self._form(clean_name(name), entry.key, "place", primary=True)
            for alias in aliases:
                self._form(alias, entry.key, "place")

    def _org(self, row: Row, aliases: list[str], subtype: str) -> None:
        qid = row["qid"] or None
        entry = self._entry(
            Entry(
                key=entity_key(EntityType.ORGANIZATION, qid, row["name_en"] or row["name_ar"]),
                type=EntityType.ORGANIZATION,
                label_en=row["name_en"],
                label_ar=row["name_ar"],
                aliases=aliases,
                qid=qid,
                state=self.g.by_code.get(row["state_iso3"]),
                subtype=subtype,
                source=row["source"],
            ),
            row["name_en"],
        )
        for name in (row["name_en"], row["name_ar"]):
            self._form(clean_name(name), entry.key, "name", primary=True)
        for alias in aliases:
            self._form(alias, entry.key, "acronym" if _is_acronym(alias) else "name")

    def people(self) -> None:
        for row in self.t["people"]:
            qid = row["qid"] or None
            aliases = split_list(row["aliases_en"]) + split_list(row["aliases_ar"])
            entry = self._entry(
                Entry(
                    key=entity_key(EntityType.PERSON, qid, row["name_en"] or row["name_ar"]),
                    type=EntityType.PERSON,
                    label_en=row["name_en"],
                    label_ar=row["name_ar"],
                    aliases=aliases,
                    qid=qid,
                    state=self.g.by_code.get(row["state_iso3"]),
                    source=row["source"],
                ),
                row["name_en"],
            )
            names = {t.norm for n in (row["name_en"], row["name_ar"]) for t in tokenize(n)}
            full = [normalize(row["name_en"]).split(), normalize(row["name_ar"]).split()]
            for name in (row["name_en"], row["name_ar"]):
                self._form(name, entry.key, "name", primary=True)
            for alias in aliases:
                self._form(alias, entry.key, self._alias_kind(alias, names, full))
            for longer in _titled_full_names(row["name_en"], split_list(row["aliases_en"])):
                self._form(longer, entry.key, "name")
            for variant in _surname_variants(row["name_en"], split_list(row["aliases_en"])):
                self._form(variant, entry.key, "name")
            for phrase in [row["name_ar"], *split_list(row["aliases_ar"])]:
                for variant in _abd_variants(phrase):  # "عبدالفتاح السيسي"
                    self._form(variant, entry.key, self._alias_kind(variant, names, full))

    def _alias_kind(self, alias: str, names: set[str], full: list[list[str]]) -> str:
        words = normalize(alias).split()
        for n in range(len(words), 0, -1):
            if " ".join(words[:n]) in self.role_keys and not set(words[n:]) & names:
                return "role"
        if len(words) == 1:
            return "surname"
        if any(len(f) > len(words) and f[-len(words) :] == words for f in full):
            return "surname"
        if len(words) == 2 and words[0] in _PARTICLES:
            return "surname"
        return "name"

    # -- phase 2: forms ------------------------------------------------------

    def index_forms(self) -> None:
        g = self.g
        for row in self.t["metonyms"]:
            key = g.index.key(row["form"])
            target = g.by_code.get(row["target"]) or g.by_name.get(row["target"])
            if key and target:
                self.metonym_keys.setdefault(target, set()).add(key)
                self._form(row["form"], target, "metonym")
        keyed = [(p, g.index.key(p.phrase)) for p in self.pending]  # the index key, once
        taken = {key for _, key in keyed}
        for phrase, target in self.accusatives:
            # "اعتقلت السلطات صحفيا أمريكيا": the indefinite accusative of a nisba, unless
            # it is already a name ("روسيا", "ليبيا", "ألمانيا" are the states themselves)
            key = g.index.key(phrase)
            if key not in taken:
                keyed.append((_Pending(phrase, target, "nisba", False), key))
        org_form_keys = {
            key or "" for p, key in keyed if g.entries[p.target].type is EntityType.ORGANIZATION
        }
        rules = self._rules()
        for p, key in keyed:
            if not key:
                continue
            entry = g.entries[p.target]
            kind = p.kind
            if entry.type is EntityType.ORGANIZATION and (
                key in self.seat_keys or key in self.metonym_keys.get(entry.key, ())
            ):
                kind = "metonym"
            if entry.type is EntityType.STATE and kind == "metonym" and key in org_form_keys:
                continue  # "the Kremlin" is the organisation, which speaks for its state
            gates = self._gates(rules, key, entry)
            if gates is None:
                continue
            lang = _lang(p.phrase)
            case = ANY_CASE
            if lang == "en":
                case = UPPERCASE if kind == "acronym" else CAPITALISED
            rank = (
                KIND_RANK[kind],
                0 if p.primary else 1,
                _TYPE_RANK[entry.type],
                0 if entry.qid else 1,
            )
            form = Form(
                target=entry.key,
                kind=kind,
                lang=lang,
                etype=entry.type.value,
                state=entry.state,
                case=case,
                office=entry.subtype == "igo_office",
                rank=rank,
                **gates,  # type: ignore[arg-type]
            )
            g.index.add(key, form)

    def _rules(self) -> dict[str, list[Row]]:
        rules: dict[str, list[Row]] = {}
        for row in self.t["stoplist"]:
            key = self.g.index.key(row["form"])
            if key and row["action"] not in _STATE_ACTIONS:
                rules.setdefault(key, []).append(row)
        return rules

    def _gates(
        self, rules: dict[str, list[Row]], key: str, entry: Entry
    ) -> dict[str, object] | None:
        gates: dict[str, object] = {}
        for rule in rules.get(key, ()):
            target = rule["target"]
            if target:
                tkey = self.g.by_code.get(target) or self.g.by_name.get(target)
                if tkey not in (entry.key, entry.state if entry.type is EntityType.PLACE else None):
                    continue
            action = rule["action"]
            context = frozenset(normalize(c) for c in rule["context"].split("|") if c)
            if action == "block":
                return None
            if action == "antecedent":
                gates["antecedent"] = True
            elif action == "context":
                gates["context"] = True
            elif action == "not_name_adjacent":
                gates["name_adjacent"] = True
            elif action == "not_before":
                gates["not_before"] = context
            elif action == "not_after":
                gates["not_after"] = context
            else:
                raise ValueError(f"stoplist.tsv: unknown action {action!r}")
        return gates

    def roles(self) -> None:
        for row in self.t["roles"]:
            key = self.g.index.key(row["form"])
            if not key:
                continue
            kind = row["kind"]
            if kind == "role":
                self.role_keys.add(key)
            last = key.split(" ")[-1]
            of = (
                (self.g.by_code.get(row["of"]) or self.g.by_name.get(row["of"]))
                if row["of"]
                else None
            )
            form = Form(
                target=row["key"],
                kind=kind,
                lang=row["lang"],
                dept=row["dept"] or None,
                of=of,
                construct=kind == "role" and row["lang"] == "ar" and not last.startswith("ال"),
                rank=(KIND_RANK[kind], 0, 4, 0),
            )
            self.g.index.add(key, form)

    def bodies(self) -> None:
        for row in self.t["bodies"]:
            key = self.g.index.key(row["form"])
            if not key:
                continue
            last = key.split(" ")[-1]
            form = Form(
                target=row["label"],
                kind="body",
                lang=row["lang"],
                dept=row["dept"] or None,
                of="state" if row["kind"] == "state" else None,
                construct=row["lang"] == "ar" and not last.startswith("ال"),
                rank=(KIND_RANK["body"], 0, 4, 0),
            )
            self.g.index.add(key, form)

    # -- phase 3: tenures, cues ---------------------------------------------

    def tenures(self) -> None:
        g = self.g
        extra: dict[str, list[Row]] = {}
        for row in self.t["tenures"]:
            extra.setdefault(row["name_en"], []).append(row)
        for row in self.t["people"]:
            key = g.by_name.get(row["name_en"])
            if key is None:
                continue
            person = g.entries[key]
            for spec in [row, *extra.get(row["name_en"], [])]:
                source = spec.get("source") or "tenures.tsv"
                tenure = self._tenure(person, spec, source)
                person.tenures.append(tenure)
                for role in tenure.roles:
                    for scope in {tenure.of, tenure.state} - {None}:
                        g.holders.setdefault((role, scope or ""), []).append((key, tenure))

    def _tenure(self, person: Entry, spec: Row, source: str) -> Tenure:
        roles, of, state, dept = self._parse_role(spec["role_en"])
        if not roles:
            roles, of, state, dept = self._parse_role(spec["role_ar"])
        if of is not None:
            state = self.g.entries[of].state
        elif state is None:
            state = person.state
        return Tenure(
            roles=tuple(roles),
            label_en=_ROLE_NOTE.sub("", spec["role_en"]).strip(),
            label_ar=_ROLE_NOTE.sub("", spec["role_ar"]).strip(),
            of=of or state,
            state=state,
            dept=dept,
            start=spec["start"] or None,
            end=spec["end"] or None,
            source=source,
        )

    def _parse_role(self, label: str) -> tuple[list[str], str | None, str | None, str | None]:
        text = clean_name(label.split(";")[0])
        tokens = tokenize(text)
        atoms: list[Atom] = self.g.index.match(tokens, text)
        roles: list[str] = []
        of = state = dept = None
        deputy = False
        for a in atoms:
            role = next((f for f in a.forms if f.kind == "role" and not f.etype), None)
            if role is not None:
                joined = (a.i > 0 and tokens[a.i - 1].norm in ("and", "و")) or a.cut.startswith("و")
                if not roles or joined:
                    roles.append(("deputy_" if deputy else "") + role.target)
                dept = dept or role.dept
                of = of or role.of
                continue
            deputy = any(f.kind == "modifier" and f.target == "deputy" for f in a.forms)
            ent = next((f for f in a.forms if f.is_entity), None)
            if ent is None:
                continue
            if ent.etype == EntityType.ORGANIZATION.value and of is None:
                of = ent.target
                dept = dept or self.g.entries[of].dept
            elif ent.etype == EntityType.STATE.value and state is None:
                state = ent.target
        if not roles:  # the title is itself an office's name ("UN Secretary-General")
            roles = self._role_words([t.norm for t in tokens])
        return roles, of, state, dept

    def _role_words(self, words: list[str]) -> list[str]:
        """Role keys of the longest role nouns anywhere in ``words``."""
        found: list[str] = []
        i = 0
        while i < len(words):
            best = None
            for j in range(len(words), i, -1):
                reading = self.g.index.readings.get(" ".join(words[i:j]))
                if reading is not None and reading.role is not None:
                    best = (j, reading.role.target)
                    break
            if best is None:
                i += 1
                continue
            if best[1] not in found:
                found.append(best[1])
            i = best[0]
        return found[:1]

    def departments(self) -> None:
        for row in self.t["departments"]:
            key = self.g.by_name.get(row["target"])
            if key:
                self.g.entries[key].dept = row["dept"]

    def cues(self) -> None:
        buckets: dict[str, dict[str, set[str]]] = {
            k: {}
            for k in (
                "place",
                "stop",
                "title",
                "noun",
                "speech",
                "act",
                "org",
                "kin",
                "masdar",
                "body",
            )
        }
        for row in self.t["cues"]:
            bucket = buckets[row["cue"]]
            bucket.setdefault(row["lang"], set()).add(normalize(row["form"]))
        self.g.place_cues = {k: frozenset(v) for k, v in buckets["place"].items()}
        self.g.stop_words = {k: frozenset(v) for k, v in buckets["stop"].items()}
        self.g.title_words = {k: frozenset(v) for k, v in buckets["title"].items()}
        self.g.body_nouns = {k: frozenset(v) for k, v in buckets["noun"].items()}
        self.g.speech_words = {k: frozenset(v) for k, v in buckets["speech"].items()}
        self.g.act_words = {k: frozenset(v) for k, v in buckets["act"].items()}
        self.g.org_words = {k: frozenset(v) for k, v in buckets["org"].items()}
        self.g.kin_words = {k: frozenset(v) for k, v in buckets["kin"].items()}
        self.g.masdar_words = {k: frozenset(v) for k, v in buckets["masdar"].items()}
        self.g.public_body_words = {k: frozenset(v) for k, v in buckets["body"].items()}
        self.g.given_names = frozenset(normalize(r["name"]) for r in self.t["given_names"])
        for r in self.t["role_classes"]:
            if r["scope"] not in ("any", "state"):
                raise ValueError(f"role_classes.tsv: unknown scope {r['scope']!r}")
            self.g.role_classes.setdefault(r["query"], {})[r["role"]] = r["scope"] == "state"
        self.g.family_first = frozenset(
            k for r in self.t["name_order"] if (k := self.g.by_code.get(r["iso3"]))
        )


_ABD_SPACED = re.compile(r"(?<!\S)عبد (?=ال)")
_ABD_JOINED = re.compile(r"(?<!\S)عبد(?=ال)")


def _abd_variants(phrase: str) -> list[str]:
    """An Arabic name with "عبد" and a divine name written the other way: joined
    ("عبدالفتاح") for spaced ("عبد الفتاح") and spaced for joined; the press writes both.

    >>> _abd_variants("عبد الفتاح السيسي"), _abd_variants("الملك عبدالله الثاني")
    (['عبدالفتاح السيسي'], ['الملك عبد الله الثاني'])
    """
    out: list[str] = []
    if _ABD_SPACED.search(phrase):
        out.append(_ABD_SPACED.sub("عبد", phrase))
    if _ABD_JOINED.search(phrase):
        out.append(_ABD_JOINED.sub("عبد ", phrase))
    return out


def _surname_variants(name: str, aliases: list[str]) -> list[str]:
    """The full name with its family name spelled as its other aliases spell it: the press
    writes "Abdel Fattah al-Sisi" for the gazetteer's "Abdel Fattah el-Sisi" (aliases
    "el-Sisi", "al-Sisi"); else the given names, read alone, cut the name short (S8-R2).

    >>> _surname_variants("Abdel Fattah el-Sisi", ["Sisi", "el-Sisi", "al-Sisi"])
    ['Abdel Fattah al-Sisi']
    """

    def core(word: str) -> str:
        low = word.lower()
        return low[3:] if low[:3] in ("al-", "el-") else low

    out: list[str] = []
    for tail in aliases:
        if " " in tail or not name.endswith(" " + tail) or core(tail) == tail.lower():
            continue
        head = name[: -len(tail)]
        for other in aliases:
            if other != tail and " " not in other and core(other) == core(tail):
                if core(other) != other.lower():  # (a bare "Sisi" after given names: no)
                    out.append(head + other)
    return out


def _titled_full_names(name: str, aliases: list[str]) -> list[str]:
    """An alias that puts a title before the opening words of the full name ("Sheikh
    Tamim", "Crown Prince Mohammed", "Sheikh Mohammed bin Abdulrahman") also stands
    before the whole name ("Sheikh Tamim bin Hamad Al Thani"): else the shorter alias,
    found first, cuts the name short (S7-H15).

    >>> _titled_full_names("Tamim bin Hamad Al Thani", ["Emir Tamim", "Sheikh Tamim"])
    ['Emir Tamim bin Hamad Al Thani', 'Sheikh Tamim bin Hamad Al Thani']
    """
    full = name.split()
    out: list[str] = []
    for alias in aliases:
        words = alias.split()
        for k in range(min(len(words) - 1, len(full) - 1), 0, -1):
            if words[-k:] == full[:k]:
                title = words[:-k]
                if all(w[:1].isupper() for w in title):
                    out.append(" ".join(title + full))
                break
    return out


def build(tables: Tables | None = None) -> Gazetteer:
    """Build the gazetteer from ``tables`` (default: the package data)."""
    b = _Builder(tables or load_tables())
    b.states()
    b.organizations()
    b.places()
    b.departments()
    b.roles()
    b.bodies()
    b.people()
    b.index_forms()
    b.g.index.freeze()
    b.tenures()
    b.cues()
    return b.g
