"""A learnt recogniser for unknown Arabic person names right after a title.

The hand rules of :mod:`kg.gazetteer.names` take an unknown name after a title when its
first word is a known given name (``given_names.tsv``) or when a clear boundary ends it.
Where they find no name, :meth:`NameModel.span` asks a logistic model, token by token,
whether the words after the title are a person's name: the first word opens the name
when its score passes :data:`START_THRESHOLD`, each next word extends it while its score
passes :data:`EXTEND_THRESHOLD` (at most :data:`MAX_TOKENS` tokens, at least two name
words).  The features (:func:`features`) are the word's shape (proclitics, affixes, the
article, letters of transliteration, length), its membership in the project's word sets
(given names, known people's name words, title words, the stop list, state nisbas,
gazetteer phrases) and the hand rules' own tests of a common noun, a verb or a boundary,
for the word and its neighbours, conjoined with the step (first word or a later one).
No word is a feature by itself: the model must not memorise the training sets' names.

The weights are data (``data/name_model.tsv``, written by
``scripts/train_name_model.py`` from the analysis gold sets only); the model is
deterministic and loaded once.
"""

from __future__ import annotations

import bisect
import math
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.gazetteer.gazetteer import Gazetteer
from kg.gazetteer.linker import stems
from kg.gazetteer.names import _AR_PREP_PRONOUNS
from kg.models import EntityType
from kg.text import tokenize
from kg.text.tokens import ARABIC

if TYPE_CHECKING:
    from kg.gazetteer.names import NameFinder

__all__ = [
    "EXTEND_THRESHOLD",
    "MAX_TOKENS",
    "START_THRESHOLD",
    "WEIGHTS",
    "NameModel",
    "features",
    "name_model",
    "never_opens",
    "nisba_at",
    "stops_at",
]

WEIGHTS = Path(__file__).parent / "data" / "name_model.tsv"
MAX_TOKENS = 5
"""Tokens of a name at most (four name words and a link such as بن or عبد)."""
START_THRESHOLD = 0.5
"""Default start threshold; the weights file's header may set another (``# start=``)."""
EXTEND_THRESHOLD = 0.5
_CONNECT = frozenset({"بن", "ابن", "بنت", "ابو", "عبد", "ال", "ام"})
_TRANSLIT = frozenset("پچگڤژ")
_COMPOUND_TAILS = frozenset({"الدين", "الله", "العابدين"})
_THAT = frozenset({"ان", "بان", "لان"})
_TANWIN = "\u064b"


_CLOSERS = frozenset("»)\"”'")
_BREAKS = frozenset(",،.:;!?؟\n")
_TITLE_REACH = 5
"""Tokens between a title word and the state or body mention that completes it at most."""


def _after(f: NameFinder, end: int) -> int | None:
    """The token a name would start at after offset ``end`` (a title's end): past closing
    quotes or brackets and honorifics or ranks ("الشيخ"، "العقيد"); None when punctuation
    other than a closer stands there."""
    tokens, atoms = f.tokens, f.atoms
    x = bisect.bisect_left(f.starts(), end)
    prev_end = end
    while x < len(tokens):
        gap = f.text[prev_end : tokens[x].start]
        if "\n" in gap or any(not c.isspace() and c not in _CLOSERS for c in gap):
            return None
        k = f.cover[x]
        if k == -1 or not atoms[k].info.honorific or atoms[k].i != x:
            return x
        prev_end, x = atoms[k].end, atoms[k].j
    return None


def _complement_len(f: NameFinder, x: int) -> int:
    """Tokens of a portfolio complement in ل that token ``x`` opens before the name, or 0:
    ل on a word that is no given name nor a function word ("لدى"), then a definite word
    ("للشؤون الخارجية"، "لحقوق الإنسان"), or a definite word with لل alone ("للشغل")."""
    tokens = f.tokens
    if not tokens[x].flags & ARABIC or tokens[x].norm in f.given_names or f._stop(tokens[x]):
        return 0
    if not f.text.startswith("ل", tokens[x].start):
        return 0
    if x + 2 < len(tokens) and tokens[x + 1].join and f.text.startswith("ال", tokens[x + 1].start):
        return 2
    return 1 if f.text.startswith("لل", tokens[x].start) else 0


def candidates(
    f: NameFinder, mentions: list[tuple[int, int, str, bool]]
) -> list[tuple[int, int, int]]:
    """Where :meth:`NameModel.span` may read an unknown Arabic name: right after a title
    that no name follows.

    ``mentions``: ``(start, end, kind, person)`` of the linker's mentions in text order.  A
    title is a role-only mention ("وزير الإعلام الإريتري") or a state, body or nisba
    mention that completes a title word a few tokens before it ("رئيس مكتب الرئاسة
    الأوكرانية"); the name may follow past closing quotes and honorifics, and past a
    portfolio complement in ل ("للشؤون الخارجية"، "لحقوق الإنسان").  The token must be
    Arabic, covered by no gazetteer phrase and inside no mention.  Returns ``(token, index
    of the mention, start offset of the title)``.
    """
    tokens, atoms = f.tokens, f.atoms
    if not tokens:
        return []
    starts = f.starts()
    role_at = {x: a.start for a in atoms if a.info.role is not None for x in range(a.i, a.j)}
    taken: set[int] = set()
    for start, end, _kind, _person in mentions:
        taken.update(range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)))
    out: list[tuple[int, int, int]] = []
    for n, (start, end, kind, person) in enumerate(mentions):
        if person and kind != "role":
            continue
        title = start
        if kind != "role":
            first = bisect.bisect_left(starts, start)
            window = [i for i in range(max(0, first - _TITLE_REACH), first) if i in role_at]
            between = f.text[tokens[window[0]].end : start] if window else ""
            if (
                not window
                or any(c in _BREAKS for c in between)
                or any(tokens[i].norm in _THAT for i in range(window[0] + 1, first))
            ):
                continue  # the title runs on to the body or state, no comma or "أن" between
            title = role_at[window[0]]
            if any(p and s >= title for s, _e, _k, p in mentions[max(0, n - 3) : n]):
                continue  # a name already follows that title
        x = _after(f, end)
        if x is not None and (size := _complement_len(f, x)):
            y = x + size  # "للشؤون الخارجية X Y": the complement (and its definite word)
            if y >= len(tokens) or _after(f, tokens[y - 1].end) != y:
                continue  # "المفوض السامي ... لحقوق الإنسان،": the title ends, no name
            x = y
        if (
            x is None
            or x in taken
            or f.cover[x] != -1
            or not tokens[x].flags & ARABIC
            or (out and out[-1][0] == x)
        ):
            continue
        out.append((x, n, title))
    return out


@lru_cache(maxsize=8192)
def _nisba_of(word: str) -> str | None:
    """The state an Arabic word is the nisba of ("الأوكرانية": Ukraine), or None."""
    forms = Gazetteer.load().forms(word)
    return next((f.target for f in forms if f.kind == "nisba" and f.etype == "State"), None)


def nisba_at(f: NameFinder, x: int) -> str | None:
    """The state token ``x`` is a nisba of ("الإيراني"، "الأوكرانية"), or None."""
    tok = f.tokens[x]
    return _nisba_of(f.text[tok.start : tok.end]) if tok.flags & ARABIC else None


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Folded words of the Arabic names of the people the gazetteer knows."""
    words: set[str] = set()
    for entry in Gazetteer.load().entries.values():
        if entry.type != EntityType.PERSON:
            continue
        for name in (entry.label_ar, *entry.aliases):
            if name and any("\u0600" <= c <= "\u06ff" for c in name):
                words.update(t.norm for t in tokenize(name) if t.norm not in _CONNECT)
    return frozenset(words)


def _gap(f: NameFinder, x: int) -> str:
    """The punctuation between token ``x`` and the next one ("" for a space, "$" at the end)."""
    tokens = f.tokens
    if x + 1 >= len(tokens):
        return "$"
    gap = f.text[tokens[x].end : tokens[x + 1].start]
    if "\n" in gap:
        return "nl"
    gap = gap.strip()
    return gap[:1] if gap else ""


def _word_classes(f: NameFinder, x: int, tag: str) -> list[str]:
    """Coarse classes of a neighbouring token ``x`` (``tag``: its side)."""
    tokens = f.tokens
    if x < 0 or x >= len(tokens):
        return [f"{tag}:none"]
    tok = tokens[x]
    raw = f.text[tok.start : tok.end]
    out: list[str] = []
    if not tok.flags & ARABIC:
        out.append(f"{tag}:digit" if tok.norm[:1].isdigit() else f"{tag}:latin")
        return out
    if tok.norm in f.given_names:
        out.append(f"{tag}:given")
    if f._stop(tok):
        out.append(f"{tag}:stop")
    if tok.norm in _THAT:
        out.append(f"{tag}:that")
    if f.cover[x] != -1:
        out.append(f"{tag}:covered")
        out.extend(f"{tag}:cov={form.etype or form.kind}" for form in f.atoms[f.cover[x]].forms[:2])
    if raw.startswith("ال"):
        out.append(f"{tag}:al")
    if raw.endswith("ة"):
        out.append(f"{tag}:ta")
    if f._ar_speech_verb(tok):
        out.append(f"{tag}:speech")
    if f._ar_verb_shape(x):
        out.append(f"{tag}:verb")
    if nisba_at(f, x) is not None:
        out.append(f"{tag}:nisba")
    return out


def features(f: NameFinder, x: int, k: int) -> list[str]:
    """The features of token ``x`` as the ``k``-th word of a name that starts after a title
    (``k`` 0: does a name open here; later: does the name run on over ``x``)."""
    tokens, n = f.tokens, len(f.tokens)
    step = "s" if k == 0 else ("c1" if k == 1 else "c2")
    out = ["bias"]
    if x >= n:
        out.append("eos")
    else:
        tok = tokens[x]
        raw = f.text[tok.start : tok.end]
        norm = tok.norm
        if not tok.flags & ARABIC:
            out.append("latin" if not norm[:1].isdigit() else "digit")
        else:
            bare = min(stems(tok), key=len)
            out += [f"p1={norm[:1]}", f"p2={norm[:2]}"]
            out += [f"p3={norm[:3]}", f"s1={raw[-1:]}", f"s2={raw[-2:]}", f"s3={raw[-3:]}"]
            out.append(f"len={min(len(norm), 9)}")
            if raw.startswith("ال"):
                out.append("al")
            elif bare.startswith("ال") and bare != norm:
                out.append("clitic_al")
            if any(c in _TRANSLIT for c in raw):
                out.append("translit")
            inner = norm[1:-1]
            vowels = sum(c in "اوي" for c in inner)
            out.append(f"vow={min(vowels, 3)}")
            if any(d in norm for d in ("يي", "وو", "اي", "يو")):
                out.append("vowel_pair")
            if _TANWIN in raw:
                out.append("tanwin")
            out += _memberships(f, x, norm, bare)
        out.append(f"gap={_gap(f, x)}")
        if not tok.join:
            out.append("nojoin")
    out += _word_classes(f, x + 1, "n1")
    out += _word_classes(f, x - 1, "p1")
    if k == 0:
        out += _word_classes(f, x + 2, "n2")
    return out + [f"{feat}|{step}" for feat in out]


def _memberships(f: NameFinder, x: int, norm: str, bare: str) -> list[str]:
    """Membership of token ``x`` in the word sets and the hand rules' tests."""
    tok = f.tokens[x]
    out: list[str] = []
    if norm in f.given_names:
        out.append("given")
    elif bare in f.given_names:
        out.append("given_stem")
    if norm in _person_words():
        out.append("person_word")
    if norm in f.g.title_words.get("ar", frozenset()):
        out.append("title_word")
    if f._stop(tok):
        out.append("stop")
    if norm in f.object_nouns:
        out.append("object_noun")
    if norm in _CONNECT:
        out.append("connect")
    if f.cover[x] != -1:
        out.append("covered")
        out.extend(f"cov={form.etype or form.kind}" for form in f.atoms[f.cover[x]].forms[:2])
    if nisba_at(f, x) is not None:
        out.append("nisba")
    tests = (
        ("verb", f._ar_verb_shape),
        ("def_common", f._ar_definite_common),
        ("def_masdar", f._ar_definite_masdar),
        ("accusative", f._ar_accusative),
        ("passive", f._ar_passive_verb),
        ("noun_nisba", f._noun_with_nisba),
        ("prep_masdar", f._ar_prep_masdar),
        ("never_name", f._ar_never_name_word),
        ("foreign", f._foreign_name_word),
        ("plural_construct", f._ar_plural_construct),
        ("ta_noun", f._ar_ta_noun),
        ("coord_verb", f._ar_coordinated_verb),
        ("def_pair", f._definite_pair),
        ("family", f._ar_family_name),
        ("ends_after", lambda y: f.ends_clearly(y + 1)),
    )
    out.extend(name for name, test in tests if test(x))
    if f._ar_speech_verb(tok):
        out.append("speech")
    return out


def stops_at(f: NameFinder, x: int, k: int) -> bool:
    """A name that has ``k`` tokens cannot run on over token ``x``: the end of the text,
    punctuation, a gazetteer phrase, a function word, or after two words one the rules
    never take."""
    if x >= len(f.tokens) or not f.tokens[x].join:
        return True
    if f.cover[x] != -1:
        return True  # a gazetteer phrase ends the name (also a known person's family name:
        # "ديمتري ميدفيديف" is Medvedev, whom the rules link by it)
    if f._stop(f.tokens[x]) and f.tokens[x].norm not in _CONNECT:
        return True  # a function word ("شخصا غير مرغوب فيه")
    return k >= 2 and (_ends_name(f, x) or _definite_after_foreign(f, x, k))


def _definite_after_foreign(f: NameFinder, x: int, k: int) -> bool:
    """Token ``x`` is a definite word after ``k`` words of a name that opens with no known
    given name and has no definite word nor link: a transliterated name takes no family
    name with the article there ("أسياس أفورقي الشكر": the verb's object), though a
    compound's second half does ("فرهاد علاء الدين")."""
    tokens, text = f.tokens, f.text
    q = x - k
    if tokens[q].norm in f.given_names or tokens[x].norm in _COMPOUND_TAILS:
        return False
    if not text.startswith("ال", tokens[x].start):
        return False
    return not any(
        tokens[i].norm in _CONNECT or text.startswith("ال", tokens[i].start) for i in range(q, x)
    )


def _ends_name(f: NameFinder, x: int) -> bool:
    """After two name words, token ``x`` is one the rules never take as the next name word
    (:meth:`kg.gazetteer.names.NameFinder.after`): a stance noun with a suffixed pronoun
    ("X Y رفضه للهدنة"), a noun in ة not right before a clear end ("X Y مسيرة في"), an
    accusative noun (also one with its nisba in the accusative
    alif: "وفدا عسكريا"), a passive verb, a verbal noun after a preposition, a preposition
    with a pronoun or an adverb."""
    if f.accusative_pair(x):
        return True  # "X Y وفدا عسكريا"، "X Y تسجيلا صوتيا": a noun and its nisba
    tok = f.tokens[x]
    if (
        f.text[tok.start : tok.end].endswith("ة")
        and tok.norm not in f.given_names
        and not f._clause_ends(x + 1)
    ):
        return True  # "X Y مسيرة في": a noun in ة (a last name word in ة ends before إن)
    return (
        f._ar_suffixed_complement(x)
        or f._ar_accusative(x)
        or f._ar_passive_verb(x)
        or f._ar_prep_masdar(x)
        or f._ar_never_name_word(x)
    )


class NameModel:
    """Logistic weights over :func:`features` and the thresholds chosen by cross-validation."""

    def __init__(self, weights: dict[str, float], start: float, extend: float) -> None:
        self.weights, self.start, self.extend = weights, start, extend

    @classmethod
    def read(cls, path: Path = WEIGHTS) -> NameModel:
        """Read a weights file: ``# start=<p>`` / ``# extend=<p>`` header lines, then
        ``feature<TAB>weight`` rows."""
        weights: dict[str, float] = {}
        start, extend = START_THRESHOLD, EXTEND_THRESHOLD
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# start="):
                start = float(line.split("=", 1)[1])
            elif line.startswith("# extend="):
                extend = float(line.split("=", 1)[1])
            elif line and not line.startswith("#") and not line.startswith("feature\t"):
                feat, w = line.rsplit("\t", 1)
                weights[feat] = float(w)
        return cls(weights, start, extend)

    def prob(self, feats: list[str]) -> float:
        """The probability that the token is a name word."""
        z = sum(self.weights.get(feat, 0.0) for feat in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decode(self, f: NameFinder, q: int) -> tuple[float, list[int]]:
        """The start score at ``q`` and the tokens the name would take (whatever the score)."""
        n = len(f.tokens)
        p0 = self.prob(features(f, q, 0)) if q < n else 0.0
        picked = [q]
        x = q + 1
        while len(picked) < MAX_TOKENS and not stops_at(f, x, len(picked)):
            if self.prob(features(f, x, len(picked))) < self.extend:
                break
            picked.append(x)
            x += 1
        while picked and f.tokens[picked[-1]].norm in _CONNECT:
            picked.pop()
        return p0, picked

    def span(self, f: NameFinder, q: int) -> tuple[int, int, int] | None:
        """``(last token, start, end)`` of an unknown Arabic name starting at token ``q``
        right after a title, or None: the first word must be Arabic and no gazetteer
        phrase may cover any word of the name."""
        tokens = f.tokens
        if q >= len(tokens) or not tokens[q].flags & ARABIC or f.cover[q] != -1:
            return None
        if never_opens(f, q):
            return None
        p0, picked = self.decode(f, q)
        if p0 < self.start:
            return None
        if any(_TANWIN in f.text[tokens[i].start : tokens[i].end] for i in picked):
            return None  # "X Y اجتماعاً": an accusative noun, no name word
        after = range(picked[-1] + 1, min(picked[-1] + 3, len(tokens)))
        if any(tokens[i].norm in _AR_PREP_PRONOUNS for i in (*picked, *after)):
            return None  # "شخصا غير مرغوب فيه": a preposition with a pronoun, no name near
        if tokens[q].norm not in f.given_names and any(
            f.text.startswith("ال", tokens[i].start)
            and f.text[tokens[i].start : tokens[i].end].endswith("ة")
            for i in picked[1:]
        ):
            return None  # "ختام الزيارة"، "تعزيز المشاركة": a noun before a definite one in ة
        if sum(tokens[i].norm not in _CONNECT for i in picked) < 2:
            return None
        last = picked[-1]
        return last, tokens[q].start, tokens[last].end


def never_opens(f: NameFinder, q: int) -> bool:
    """Token ``q`` cannot open an unknown name, whatever the scores: a function word, a
    word with tanwin ("احتجاجاً"), a preposition on a verbal noun ("بإصداره"), or a definite
    word, a word in ة or a plural in ات that is no given name ("الوضع الأمني"، "والسفير"،
    "ضرورة وقف"، "تطورات الأوضاع"): after a title they are the verb's object far more often than a
    name (``given_names.tsv`` keeps the definite and feminine given names: "الطاهر"،
    "فاطمة")."""
    tok = f.tokens[q]
    raw = f.text[tok.start : tok.end]
    if _TANWIN in raw or f._ar_prep_masdar(q) or (f._stop(tok) and tok.norm not in _CONNECT):
        return True
    if f._ar_suffixed_complement(q):
        return True  # "السفير الأمريكي تعازيه لأسر الضحايا": a noun with its pronoun
    if tok.norm in f.given_names:  # (a definite one only where the rules let it open a
        return not f.definite_given_opens(q)  # name: not "الحسن الانسحاب الإسرائيلي")
    # (not فال/كال: "فالح"، "كالفينو" open names)
    return raw.startswith(("ال", "وال", "بال", "لل")) or raw.endswith(("ة", "ات"))


@lru_cache(maxsize=1)
def name_model() -> NameModel:
    """The shipped model (``data/name_model.tsv``), read once."""
    return NameModel.read()
