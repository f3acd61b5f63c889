"""The per-article working state shared by the statement and relation finders.

Everything here is in *normalised* offsets (:class:`kg.extractors.text.NormText`);
linked mentions are converted once on the way in, and spans go back to the
original text only when the :class:`kg.models.Extraction` is built.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice
from typing import Any

from kg.extractors.dates import TimeExpr
from kg.extractors.sentences import Segmenter, Span
from kg.extractors.text import NormText, Token, fold, tokenize
from kg.models import EntityType

__all__ = ["ACTOR_TYPES", "Doc", "Ment"]

ACTOR_TYPES = frozenset({EntityType.STATE, EntityType.PERSON, EntityType.ORGANIZATION})

# prepositions written as separate words (folded Arabic, lower-case English)
AR_STATEMENT_NOUNS = frozenset(
    fold(w)
    for w in (
        "قرار قرارا بيان بيانا بيانه بيانها رسالة مذكرة تقرير وثيقة تصريح تصريحات تصريحا "
        "مقابلة كلمة تغريدة منشور"
    ).split()
)
"""Nouns of something said or issued ("عن بيان لوزارة الخارجية", "في بيان أوردته وكالة"):
the ministry after them issued it, an outlet carrying them relays it."""
AR_PREP_WORDS = frozenset(
    "في الي علي عن من مع ضد حول بين لدي نحو عبر حتي تجاه بشان خلال منذ ازاء امام".split()
)
EN_PREP_WORDS = frozenset(
    "to with from of in on at by for against about between into toward towards over than "
    "via amid among under after before during near like".split()
)
AR_CLITIC_PREPS = frozenset("بلك")


# Immutable by convention: hashed and compared like a frozen dataclass, but a frozen
# one's __init__ (object.__setattr__ per field) is 2-5 times slower, and these are
# made by the dozen per article.
@dataclass(slots=True, unsafe_hash=True)
class Ment:
    """A linked mention in normalised offsets, with its token range ``[t0, t1]``."""

    start: int
    end: int
    key: str
    kind: str
    etype: EntityType
    t0: int
    t1: int
    text: str

    @property
    def adjectival(self) -> bool:
        """A nisba or demonym ("الروسي", "Russian"): names a state as an adjective."""
        return self.kind in ("nisba", "demonym")


@dataclass
class Doc:
    """Normalised text, tokens, sentences, mentions and times of one article."""

    nt: NormText
    lang: str
    published: date | None
    title_end: int = 0
    tokens: list[Token] = field(default_factory=list)
    seg: Segmenter | None = None
    mentions: list[Ment] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    entity_types: dict[str, EntityType] = field(default_factory=dict)
    entity_states: dict[str, str | None] = field(default_factory=dict)
    extra: dict[str, tuple[EntityType, str, str | None, list[str]]] = field(default_factory=dict)
    """Entities the extractor adds (an office speaking for a person): key -> (type,
    label, state key, aliases)."""
    extra_mentions: list[tuple[int, int, str]] = field(default_factory=list)
    lexicon_hits: dict[str, list[Any]] = field(default_factory=dict)
    """Trigger lexicon hits found in one pass (``"cues"``, ``"relations"``)."""
    relation_statements: list[Any] | None = None
    """The statements the relation coder reads, when the statement finder set aside
    act-only ones (``quotes._keep_acts_for_relations``: "She condemned the launch" is
    no statement but its subject and target are found as in one); None: the statements
    found."""
    member_tokens: set[int] = field(default_factory=set)
    """Tokens of actors listed as the members of something described ("a committee
    comprising X, Y and Z"), set by the relation coder: parties of no act (the learned
    back-off obeys it too)."""
    _tok_starts: list[int] = field(default_factory=list)
    _words: list[str] = field(default_factory=list)
    _ment_at_tok: dict[int, int] = field(default_factory=dict)
    _ment_of_tok: dict[int, Ment] = field(default_factory=dict)
    _ment_starts: list[int] = field(default_factory=list)
    _time_starts: list[int] = field(default_factory=list)
    _ment_index: tuple[list[Ment], dict[int, int]] | None = None
    _word_index: tuple[list[str], dict[str, list[int]]] | None = None
    _positions_of: dict[frozenset[str], list[int]] = field(default_factory=dict)
    _preps: tuple[list[Token], str, dict[tuple[int, int], str | None]] | None = None
    """:meth:`prep_of` by (first token, start), for these tokens and this text."""

    @property
    def text(self) -> str:
        """The normalised text."""
        return self.nt.norm

    def prepare(self) -> None:
        """Tokenise and segment (once), and index the mentions and times."""
        if not self.tokens:
            self.tokens = tokenize(self.nt.norm)
        if not self._tok_starts:
            self._tok_starts = [t.start for t in self.tokens]
        if len(self._words) != len(self.tokens):
            if self.lang == "ar":
                self._words = [t.text for t in self.tokens]
            else:
                self._words = [t.text.lower() for t in self.tokens]
        if self.seg is None:
            self.seg = Segmenter(self.nt.norm)
        self._ment_starts = [m.start for m in self.mentions]
        at: dict[int, int] = {}
        of: dict[int, Ment] = {}
        for i, m in enumerate(self.mentions):
            for t in range(m.t0, m.t1 + 1):
                if t not in at:
                    at[t] = i
                    of[t] = m
        self._ment_at_tok = at
        self._ment_of_tok = of
        self._time_starts = [t.start for t in self.times]

    # ------------------------------------------------------------------ tokens
    def tok_at(self, offset: int) -> int:
        """Index of the token containing ``offset``, or of the first token after it."""
        return bisect_right(self._tok_starts, offset) - 1 if self._tok_starts else -1

    def tok_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self._tok_starts, offset)

    def tok_range(self, span: Span) -> tuple[int, int]:
        """Token indices ``[a, b)`` inside ``span``."""
        a = bisect_left(self._tok_starts, span.start)
        b = bisect_left(self._tok_starts, span.end)
        return a, b

    def word(self, i: int) -> str:
        """The token text, lower-cased for English (empty string out of range)."""
        if i >= 0:
            try:
                return self._words[i]
            except IndexError:
                if i < len(self.tokens):
                    w = self.tokens[i].text
                    return w if self.lang == "ar" else w.lower()
        return ""

    @property
    def words(self) -> list[str]:
        """Every token's :meth:`word`, in order (after :meth:`prepare`; do not modify):
        for passes over the whole text that pre-filter with set look-ups."""
        return self._words

    def positions(self, wanted: frozenset[str] | set[str]) -> list[int]:
        """Indices of the tokens whose :meth:`word` is in ``wanted``, ascending (from an
        index of the words built once per word list: the callers ask several times)."""
        index = self._word_index
        if index is None or index[0] is not self._words:
            at: dict[str, list[int]] = {}
            for i, w in enumerate(self._words):
                at.setdefault(w, []).append(i)
            index = self._word_index = (self._words, at)
            self._positions_of = {}
        fixed = wanted if isinstance(wanted, frozenset) else None
        if fixed is not None and (hit := self._positions_of.get(fixed)) is not None:
            return list(hit)  # a fixed word list asked again (per statement)
        at = index[1]
        if len(wanted) < len(at):
            found = [at[w] for w in wanted if w in at]
        else:
            found = [p for w, p in at.items() if w in wanted]
        out = list(found[0]) if len(found) == 1 else sorted(chain.from_iterable(found))
        if fixed is not None:
            self._positions_of[fixed] = out
            return list(out)
        return out

    def between(self, a: int, b: int) -> str:
        """Normalised text between two offsets."""
        return self.nt.norm[a:b]

    # ------------------------------------------------------------------ mentions
    def mention_at_tok(self, i: int) -> Ment | None:
        """The mention covering token ``i``."""
        return self._ment_of_tok.get(i)

    def state_nisba_at(self, i: int) -> Ment | None:
        """The nisba (adjectival mention) of a State that starts at token ``i``
        ("الجانب الروسي", "الأطراف الليبية"), else None."""
        m = self._ment_of_tok.get(i)
        if m is None or m.t0 != i or not m.adjectival or m.etype is not EntityType.STATE:
            return None
        return m

    def mention_index(self, m: Ment) -> int:
        """Position of the mention object ``m`` in :attr:`mentions` (-1 if absent)."""
        index = self._ment_index
        if index is None or index[0] is not self.mentions:
            positions: dict[int, int] = {}
            for i, x in enumerate(self.mentions):
                positions.setdefault(id(x), i)
            index = self._ment_index = (self.mentions, positions)
        return index[1].get(id(m), -1)

    def mentions_in(self, start: int, end: int) -> list[Ment]:
        """Mentions lying inside ``[start, end)``."""
        a = bisect_left(self._ment_starts, start)
        out = []
        for m in islice(self.mentions, a, None):  # (no copy of the rest of the list)
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def is_actor(self, m: Ment) -> bool:
        """Whether the mention names an actor (state, person, organisation)."""
        return m.etype in ACTOR_TYPES

    def prep_of(self, m: Ment) -> str | None:
        """The preposition governing a mention: a clitic glued to it ("لإسرائيل" -> ``ل``)
        or the word right before it ("to Moscow" -> ``to``, "إلى موسكو" -> ``الي``)."""
        cache = self._preps
        if cache is None or cache[0] is not self.tokens or cache[1] is not self.nt.norm:
            cache = self._preps = (self.tokens, self.nt.norm, {})
        known, at = cache[2], (m.t0, m.start)
        if at in known:
            return known[at]
        got = known[at] = self._prep_of(m)
        return got

    def _prep_of(self, m: Ment) -> str | None:
        text = self.nt.norm
        if m.t0 >= len(self.tokens):
            return None
        tok = self.tokens[m.t0]
        if self.lang != "en" and tok.start < m.start:
            glued = text[tok.start : m.start]
            if glued[:1] in ("و", "ف"):
                glued = glued[1:]
            if glued[:1] in AR_CLITIC_PREPS:
                return glued[:1]
            return None
        j = m.t0 - 1
        w = self.word(j)
        if self.lang != "ar" and w in ("the", "a", "an") and j > 0:
            j -= 1
            w = self.word(j)
        if j < 0 or text[self.tokens[j].end : self.tokens[j + 1].start].strip(" \t"):
            return None  # (the gap after the preposition: "to the United Nations")
        if j + 1 < m.t0 and text[self.tokens[j + 1].end : tok.start].strip(" \t"):
            return None
        if w in EN_PREP_WORDS or w in AR_PREP_WORDS:
            return w
        if self.lang != "en" and len(w) > 2 and w[0] in "وف" and w[1:] in AR_PREP_WORDS:
            return w[1:]
        return None

    # ------------------------------------------------------------------ times
    def times_in(self, start: int, end: int) -> list[TimeExpr]:
        """Time expressions inside ``[start, end)``."""
        a = bisect_left(self._time_starts, start)
        out = []
        for t in islice(self.times, a, None):
            if t.start >= end:
                break
            out.append(t)
        return out

    def time_near(self, pos: int, start: int, end: int) -> TimeExpr | None:
        """The resolved time expression in ``[start, end)`` nearest to ``pos``."""
        best: TimeExpr | None = None
        best_d = 1 << 30
        for t in self.times_in(start, end):
            if t.value is None:
                continue
            d = t.start - pos if t.start >= pos else pos - t.end
            if d < best_d:
                best, best_d = t, d
        return best
