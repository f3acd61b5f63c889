"""Trigger lexicons kept as TSV files, with the morphology to match them.

An analyst extends :mod:`kg.extract` by adding rows to the TSV files in
``kg/extractors/lexicons/``; no code changes.  Each row names one *form*, written
with a class marker that says how it inflects:

=========  =====================================================================
marker     what is generated (Arabic forms are folded, see :func:`kg.extractors.text.fold`)
=========  =====================================================================
``v:``     Arabic perfect verb, 3rd person masculine singular (``v:أدان``): أدانت,
           أدانوا, أدانا, أدانتا, أدانّا ... and object pronouns (أدانه, أدانتها;
           a final ى is written ا before them: ``v:التقى`` gives التقاه).
           English verb lemma (``v:condemn``): condemns, condemned, condemning.
``i:``     Arabic imperfect, 3rd person masculine singular (``i:يدين``): تدين, ندين,
           أدين, يدينون, تدينان ... (the future ``س`` is a proclitic).
``n:``     Noun or verbal noun (``n:إدانة``): إدانته, إداناتها, إدانتان ...; a final
           hamza moves to its seat before a suffix (``n:لقاء``: لقاءه, لقائه, لقاؤه);
           English noun: plural in -s/-es.
``p:``     Arabic active participle (``p:مؤكد``): مؤكدا, مؤكدة, مؤكدين, مؤكدون.
``x:``     (or no marker) the word exactly as written.
=========  =====================================================================

A form can have several words (``v:أعرب عن``, ``v:call for``): only the first
inflects; the others must follow in that order, each optionally with the
proclitics; a ``*`` word lets up to three other words sit in between
(``v:عبر * عن`` matches "عبر فيها عن").  Matching an article costs one dict
look-up per word and proclitic split, so a lexicon of any size is linear in the
text.

Arabic proclitics are stripped at look-up time: و/ف on anything, then
ب/ل/ك (only before nouns, participles and exact forms; ل also before imperfect
verbs: ليتهم), س (only before imperfect verbs), and ال/لل (only before nouns).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Generic, TypeVar

from kg.extractors.native import mypyc_attr
from kg.extractors.text import Token, fold

__all__ = [
    "Form",
    "Hit",
    "Matcher",
    "expand_ar",
    "expand_en",
    "find_all",
    "read_tsv",
    "word_set",
]

T = TypeVar("T")

_AR_OBJ = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "ني", "نا")
_AR_POSS = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "ي", "نا")


@dataclass(frozen=True, slots=True)
class Form:
    """One generated surface form: its class and the words that must follow."""

    cls: str
    rest: tuple[str, ...]
    pron: str = ""


def _ar_perfect(base: str) -> dict[str, str]:
    stems = {base, base + "ت", base + "وا", base + "ا", base + "تا", base + "نا", base + "تم"}
    stems.add(base + "ن")
    if base.endswith(("ا", "ي")):  # دعا -> دعت/دعوا, أبدى -> أبدت/أبدوا
        stem = base[:-1]
        stems |= {stem + "ت", stem + "وا", stem + "تا", stem + "ى", base + "ت"}
        if base.endswith("ا"):
            stems.add(stem + "و")  # دعو(ا)
    out: dict[str, str] = {}
    if base.endswith("ي"):  # alif maqsura (folded to ي) is ا before a suffix: التقاه, أجراها
        for p in _AR_OBJ[1:]:
            out.setdefault(base[:-1] + "ا" + p, p)
    for s in stems:
        for p in _AR_OBJ:
            out.setdefault(s + p, p)
        if s.endswith("وا"):
            for p in _AR_OBJ[1:]:
                out.setdefault(s[:-1] + p, p)  # أبلغوه
    for s in stems:
        out[s] = ""
    return out


def _ar_imperfect(form: str) -> dict[str, str]:
    stem = form[1:] if form.startswith(("ي", "ت", "ن")) else form
    out: dict[str, str] = {}
    for pre in ("ي", "ت", "ن", "ا"):
        for suf in ("", "ون", "ان", "ين", "ن", "وا", "ا"):
            for p in _AR_OBJ:
                if suf == "ون" and p:
                    continue
                out.setdefault(pre + stem + suf + p, p)
                if stem.endswith("و") and suf in ("ون", "ا", "وا"):
                    out.setdefault(pre + stem[:-1] + suf + p, p)
    return out


def _ar_noun(base: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if base.endswith("ة") and len(base) > 2:  # ta marbuta
        stem = base[:-1]
        for p in _AR_POSS[1:]:
            out[stem + "ت" + p] = p
            out[stem + "ات" + p] = p
            out[stem + "تا" + p] = p
        for f in (base, stem + "ات", stem + "تان", stem + "تين"):
            out[f] = ""
    else:
        for p in _AR_POSS[1:]:
            out[base + p] = p
            out[base + "ات" + p] = p
        if base.endswith("ء") and len(base) > 2:
            # a final hamza sits on ئ/ؤ before a suffix, by the case: لقائه, لقاؤه (and لقاءه above)
            for seat in ("ئ", "ؤ"):
                for p in _AR_POSS[1:]:
                    out.setdefault(base[:-1] + seat + p, p)
        for f in (base, base + "ات", base + "ان", base + "ين", base + "ا"):
            out[f] = ""
    return out


def _ar_participle(base: str) -> dict[str, str]:
    return dict.fromkeys(
        (base, base + "ا", base + "ة", base + "ين", base + "ون", base + "تين", base + "ات"), ""
    )


def expand_ar(spec: str) -> Iterator[tuple[str, Form]]:
    """Surface first words and their :class:`Form` for one Arabic lexicon form."""
    cls, _, body = spec.partition(":") if ":" in spec[:2] else ("x", "", spec)
    words = fold(body).split()
    if not words:
        return
    head, rest = words[0], tuple(words[1:])
    if cls == "v":
        forms = _ar_perfect(head)
    elif cls == "i":
        forms = _ar_imperfect(head)
    elif cls == "n":
        forms = _ar_noun(head)
    elif cls == "p":
        forms = _ar_participle(head)
    else:
        cls = "x"
        forms = {head: ""}
    for f, pron in forms.items():
        yield f, Form(cls, rest, pron)


_VOWELS = set("aeiou")


def _en_verb(lemma: str) -> set[str]:
    out = {lemma}
    if lemma.endswith("e"):
        out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "x", "z", "ch", "sh")):
        out |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        out |= {lemma + "s", lemma + "ed", lemma + "ing"}
        if (
            len(lemma) >= 3
            and lemma[-1] not in _VOWELS | {"w", "x", "y"}
            and lemma[-2] in _VOWELS
            and lemma[-3] not in _VOWELS
        ):
            # a final consonant after a single vowel doubles when the last syllable is
            # stressed (ban -> banned, expel -> expelled, patrol -> patrolled); the stress
            # is not written, so longer verbs get both spellings (visited, expelled)
            out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


def _en_noun(base: str) -> set[str]:
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return {base, base + "es"}
    if base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
        return {base, base[:-1] + "ies"}
    return {base, base + "s"}


def expand_en(spec: str) -> Iterator[tuple[str, Form]]:
    """Surface first words and their :class:`Form` for one English lexicon form."""
    cls, _, body = spec.partition(":") if ":" in spec[:2] else ("x", "", spec)
    words = body.lower().replace("’", "'").split()
    if not words:
        return
    head, rest = words[0], tuple(words[1:])
    if cls == "v":
        forms = _en_verb(head)
    elif cls == "n" and rest:
        # a compound takes the plural on its last word: "phone calls", "military exercises"
        yield head, Form(cls, rest)
        for plural in _en_noun(rest[-1]) - {rest[-1]}:
            yield head, Form(cls, (*rest[:-1], plural))
        return
    elif cls == "n":
        forms = _en_noun(head)
    else:
        cls = "x"
        forms = {head}
    for f in forms:
        yield f, Form(cls, rest)


# Immutable by convention: hashed and compared like a frozen dataclass, but a frozen
# one's __init__ (object.__setattr__ per field) is 2-5 times slower, and these are
# made by the dozen per article.
@mypyc_attr(native_class=False)  # a generic dataclass mypyc cannot compile (mypyc#827)
@dataclass(slots=True, unsafe_hash=True)
class Hit(Generic[T]):
    """A lexicon entry found at tokens ``[first, last]`` (inclusive)."""

    first: int
    last: int
    entry: T
    cls: str
    prefix: str
    """Proclitics stripped from the first word (Arabic), e.g. ``"وس"``."""
    pron: str
    """The pronoun suffix of the first word (Arabic ``دعمه`` -> ``"ه"``), if any."""


_ALL_CLASSES = frozenset({"v", "i", "n", "p", "x"})
_NOUNISH = frozenset({"n", "x"})
_AR_CONJ = ("و", "ف")
_AR_PREP = ("ب", "ل", "ك")
_NOUNISH_OR_IMPERFECT = frozenset({"n", "p", "x", "i"})
_PERFECT_ONLY = frozenset({"v"})
_AR_CONJ_WHOLE = frozenset({"وفر"})
"""Three-letter words that open with و/ف as a root letter, not a conjunction before a
two-letter (doubled-root) verb: وفر "provided" (not و+فر "and fled")."""


@lru_cache(maxsize=65536)
def _ar_splits(word: str) -> list[tuple[str, str, frozenset[str]]]:
    """``(prefix, rest, allowed classes)`` for every proclitic split of an Arabic word."""
    out: list[tuple[str, str, frozenset[str]]] = [("", word, frozenset({"v", "i", "n", "p", "x"}))]
    heads = [("", word)]
    if len(word) > 3 and word[0] in _AR_CONJ:
        heads.append((word[0], word[1:]))
        out.append((word[0], word[1:], frozenset({"v", "i", "n", "p", "x"})))
    elif len(word) == 3 and word[0] in _AR_CONJ and word not in _AR_CONJ_WHOLE:
        # و/ف before a doubled-root perfect written in two letters: وشن, فحث, وفر (fled)
        out.append((word[0], word[1:], _PERFECT_ONLY))
    nominal = frozenset({"n", "p", "x"})
    for pre, w in heads:
        if len(w) > 3 and w[0] in _AR_PREP:
            # ل also opens an imperfect verb: ليتهم, لتؤكد ("so as to", "let")
            out.append((pre + w[0], w[1:], _NOUNISH_OR_IMPERFECT if w[0] == "ل" else nominal))
            if w[1:].startswith("ال") and len(w) > 4:
                out.append((pre + w[0] + "ال", w[3:], nominal))
        if len(w) > 3 and w[0] == "س":
            out.append((pre + "س", w[1:], frozenset({"i"})))
        if w.startswith("ال") and len(w) > 4:
            out.append((pre + "ال", w[2:], nominal))
        if w.startswith("لل") and len(w) > 4:
            out.append((pre + "لل", w[2:], nominal))
    return out


@lru_cache(maxsize=65536)
def _ar_readings(word: str) -> frozenset[str]:
    """Every reading of an Arabic word with or without its proclitics (what a later
    word of a multiword form may match)."""
    return frozenset(rest for _, rest, cls in _ar_splits(word) if cls is not _PERFECT_ONLY)


def _en_key(word: str) -> str:
    return word.lower().replace("’", "'")


@mypyc_attr(native_class=False)  # (mypyc#827, as Hit)
@dataclass
class Matcher(Generic[T]):
    """Finds lexicon entries in token sequences by dict look-up."""

    lang: str
    _index: dict[str, list[tuple[Form, T]]] = field(default_factory=dict)
    _heads: set[str] = field(default_factory=set)
    """Surfaces that open a multiword verb form (see :meth:`phrase_head`)."""
    _head_of: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    """:meth:`phrase_head` answers by word (emptied when a form is added)."""
    _forms: int = field(default=0, compare=False, repr=False)
    """How many forms were added (:func:`find_all`'s cache is rebuilt when it changes)."""

    def add(self, spec: str, entry: T) -> None:
        """Add one lexicon form (see the module doc for the markers)."""
        expand = expand_ar if self.lang == "ar" else expand_en
        for surface, form in expand(spec):
            bucket = self._index.setdefault(surface, [])
            if (form, entry) not in bucket:
                bucket.append((form, entry))
                self._forms += 1
            if form.rest and form.cls in ("v", "i"):
                self._heads.add(surface)
        self._head_of.clear()

    def __len__(self) -> int:
        return len(self._index)

    def phrase_head(self, word: str) -> bool:
        """Whether ``word`` (with any proclitics) opens a multiword verb form of this
        lexicon ("حملت" for ``v:حمل المسؤولية``)."""
        got = self._head_of.get(word)
        if got is None:
            heads = self._heads
            if self.lang != "ar":
                got = _en_key(word) in heads
            else:
                got = any(rest in heads and "v" in cls for _, rest, cls in _ar_splits(word))
            if len(self._head_of) > 100_000:
                self._head_of.clear()
            self._head_of[word] = got
        return got

    def find(self, tokens: list[Token]) -> list[Hit[T]]:
        """Every entry found in ``tokens`` (overlaps allowed; longer matches first)."""
        return find_all(tokens, self)[0]


class _Rest:
    """The later words of multiword forms, matched against one token list; each
    token's readings are computed once, when first asked for."""

    __slots__ = ("arabic", "n", "readings", "tokens")

    def __init__(self, tokens: list[Token], arabic: bool) -> None:
        self.tokens = tokens
        self.n = len(tokens)
        self.arabic = arabic
        self.readings: dict[int, frozenset[str] | str] = {}

    def _ok(self, j: int, want: str) -> bool:
        got = self.readings.get(j)
        if got is None:
            text = self.tokens[j].text
            got = _ar_readings(text) if self.arabic else _en_key(text)
            self.readings[j] = got
        return want in got if self.arabic else got == want

    def match(self, k: int, rest: tuple[str, ...]) -> int | None:
        """Index of the last token when the words ``rest`` follow token ``k`` (a ``*``
        lets up to three other words sit before the next one), else None."""
        j = k
        gap = 0
        n = self.n
        readings = self.readings
        for want in rest:
            if want == "*":
                gap = 3
                continue
            found = None
            for step in range(1, gap + 2):
                i = j + step
                if i >= n:
                    continue
                got = readings.get(i)  # (:meth:`_ok`, inlined: the hottest loop here)
                if got is None:
                    if not self._ok(i, want):
                        continue
                elif not (want in got if self.arabic else got == want):
                    continue
                found = i
                break
            if found is None:
                return None
            j = found
            gap = 0
        return j


_PlanForm = tuple[tuple[str, ...], Any, str, str]
_Plan = tuple[tuple[int, tuple[tuple[str, tuple[_PlanForm, ...]], ...]], ...]
"""What one token text can open, per lexicon: ``(lexicon number, groups)``, each group a
proclitic reading ``(prefix, forms)`` and each form ``(rest, entry, class, pronoun)``."""


def find_all(tokens: list[Token], *matchers: Matcher[Any]) -> list[list[Hit[Any]]]:
    """:meth:`Matcher.find` for several lexicons of one language in a single pass over
    the tokens (each word is split into its proclitic readings once)."""
    if not matchers:
        return []
    arabic = matchers[0].lang == "ar"
    merged, by_word = _merged_index(matchers)
    out: list[list[Hit[Any]]] = [[] for _ in matchers]
    rest_match = _Rest(tokens, arabic).match
    get = by_word.get
    for k, tok in enumerate(tokens):
        text = tok.text
        plan = get(text)
        if plan is None:
            plan = _plan(text, arabic, merged, len(matchers))
            if len(by_word) > 200_000:
                by_word.clear()
            by_word[text] = plan
        if not plan:
            continue
        for n, groups in plan:
            hits = out[n]
            for prefix, forms in groups:
                matched = False
                for rest, entry, cls, pron in forms:
                    if rest:
                        last = rest_match(k, rest)
                        if last is None:
                            continue
                    else:
                        last = k
                    hits.append(Hit(k, last, entry, cls, prefix, pron))
                    matched = True
                if matched:
                    break
    for hits in out:
        hits.sort(key=lambda h: (h.first, -(h.last - h.first)))
    return out


def _plan(text: str, arabic: bool, merged: dict[str, tuple[Any, ...]], n_matchers: int) -> _Plan:
    """The forms one token text may open, worked out once per text: for each lexicon, its
    proclitic readings in split order with only the forms of an allowed class; readings
    with no such form are left out, and so are those after a reading with a one-word
    form (that one always matches, and the first reading that matches ends the search)."""
    found = _first_words(text, arabic, merged)
    plan: list[tuple[int, tuple[tuple[str, tuple[_PlanForm, ...]], ...]]] = []
    for n in range(n_matchers):
        groups: list[tuple[str, tuple[_PlanForm, ...]]] = []
        for prefix, allowed, buckets in found:
            forms = tuple(
                (form.rest, entry, form.cls, form.pron)
                for form, entry in buckets[n]
                if form.cls in allowed
            )
            if not forms:
                continue
            groups.append((prefix, forms))
            if not all(rest for rest, _, _, _ in forms):
                break
        if groups:
            plan.append((n, tuple(groups)))
    return tuple(plan)


_Found = tuple[tuple[str, frozenset[str], tuple[Any, ...]], ...]


def _first_words(text: str, arabic: bool, merged: dict[str, tuple[Any, ...]]) -> _Found:
    """The readings of one token that open a lexicon form: ``(proclitics, allowed
    classes, each lexicon's bucket)``, in proclitic-split order."""
    if arabic:
        splits = _ar_splits(text)
    else:
        word = text.lower()
        if "’" in word:
            word = word.replace("’", "'")
        if word.endswith("'s"):
            splits = [("", word, _ALL_CLASSES), ("", word[:-2], _NOUNISH)]
        else:
            splits = [("", word, _ALL_CLASSES)]
    return tuple((p, a, merged[r]) for p, r, a in splits if r in merged)


_MERGED: dict[
    tuple[int, ...],
    tuple[
        tuple[int, ...],
        dict[str, tuple[Any, ...]],
        dict[str, _Plan],
        tuple[Matcher[Any], ...],
    ],
] = {}
"""By the matchers' ids: their form counts, the merged index, the plans by token text and
the matchers themselves (kept alive while cached, so that no id is reused)."""


def _merged_index(
    matchers: tuple[Matcher[Any], ...],
) -> tuple[dict[str, tuple[Any, ...]], dict[str, _Plan]]:
    """One dict for several lexicons: surface -> the bucket of each (one look-up per
    word reading instead of one per lexicon), and a cache of what each token text
    opens (:func:`_plan`).  Rebuilt when a form is added to any of them."""
    key = tuple(id(m) for m in matchers)
    sizes = tuple(m._forms for m in matchers)
    got = _MERGED.get(key)
    if got is not None and got[0] == sizes:
        return got[1], got[2]
    surfaces = set().union(*(m._index for m in matchers))
    merged = {s: tuple(m._index.get(s, ()) for m in matchers) for s in surfaces}
    if len(_MERGED) > 16:
        _MERGED.clear()
    by_word: dict[str, _Plan] = {}
    _MERGED[key] = (sizes, merged, by_word, matchers)
    return merged, by_word


@lru_cache(maxsize=64)
def words_of(name: str, lang: str, column: str) -> dict[str, str]:
    """A word list of ``lexicons/{name}`` (columns ``lang``, ``word`` and others) for one
    language: folded word (lower-cased in English) -> the row's ``column``."""
    fl = fold if lang == "ar" else str.lower
    return {fl(r["word"]): r[column] for r in read_tsv(name) if r["lang"] == lang}


def read_tsv(name: str) -> Iterable[dict[str, str]]:
    """Rows of a lexicon TSV shipped in ``kg/extractors/lexicons/`` (``#`` lines are comments)."""
    path = resources.files("kg.extractors").joinpath("lexicons").joinpath(name)
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


@lru_cache(maxsize=1)
def _word_sets() -> dict[str, frozenset[str]]:
    sets: dict[str, set[str]] = {}
    for r in read_tsv("word_sets.tsv"):
        sets.setdefault(r["set"], set()).add(fold(r["word"]))
    return {name: frozenset(words) for name, words in sets.items()}


def word_set(name: str) -> frozenset[str]:
    """The folded words of the list ``name`` ("relations.neg_ar") in ``lexicons/word_sets.tsv``:
    the closed word classes and small noun and verb lists the rules test membership in."""
    try:
        return _word_sets()[name]
    except KeyError:
        raise KeyError(f"lexicons/word_sets.tsv has no list {name!r}") from None
