"""Joint speakers: one cue, several actors.

Actors coordinated with the subject ("Russia and China said"), the states after a collective
head ("the military juntas of Mali, Burkina Faso and Niger"), pair subjects ("the two sides",
"وأكد الجانبان", a dual verb), and "بين X و Y", whose two actors are no speakers.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from kg.extractors.doc import Ment
from kg.extractors.lexicon import Hit
from kg.extractors.speakers_ar import _is_comp
from kg.extractors.statements.openings import Openings
from kg.extractors.statements.statement import Cue
from kg.extractors.statements.words import (
    _AR_PARTICLES,
    _AR_TOPIC_PREPS,
    _EN_PAIR_PLACES,
    _JOINT_PREPS,
    _NO_OR_JOINT_PREP,
    _WELCOME_STEMS,
    _ar_verb_lemmas,
    _joint_heads,
    _pair_words,
)
from kg.models import EntityType

__all__ = ["Joint"]


class Joint(Openings):
    """Joint speakers: coordinated subjects, collective heads, pair subjects."""

    def _hosts(self, k: int, t: int) -> bool:
        """Whether a welcoming cue at ``k`` has for its object, at token ``t``, a person
        ("welcomed President X to the capital", "رحب بالعاهل الأردني الملك X"): hospitality,
        not a statement ("welcomed X's decision", "رحب بإعلان X" are statements)."""
        doc = self.doc
        if not doc.word(k).startswith(_WELCOME_STEMS) or t >= len(doc.tokens):
            return False
        obj = doc.mention_at_tok(t)
        return (
            obj is not None
            and obj.t0 == t
            and obj.etype == EntityType.PERSON
            and not self._possessive(obj)
            and doc.prep_of(obj) in (None, "ب")
        )

    def _subject_mention(self, key: str | None, k: int) -> Ment | None:
        """The latest non-prepositional mention of ``key`` in the 600 characters before
        token ``k`` (the subject a subject-less verb continues)."""
        if key is None:
            return None
        doc = self.doc
        off = doc.tokens[k].start
        for m in reversed(doc.mentions_in(max(0, off - 600), off)):
            if m.key == key and (doc.prep_of(m) is None or self._after_joint_head(m)):
                return m
        return None

    def _co_subjects(self, m: Ment | None) -> list[Ment]:
        """Actors coordinated with the subject mention ``m`` ("روسيا والصين", "Russia and
        China", "Paris, Berlin and London"): same kind (states with states, people with
        people), none governed by a preposition."""
        if m is None or m.adjectival:
            return []
        doc = self.doc
        out: list[Ment] = []
        seen = {m.key}

        def fits(n: Ment | None) -> bool:
            return (
                n is not None
                and n.key not in seen
                and self.speaker_ok(n)
                and not n.adjectival
                and n.etype == m.etype
                and doc.prep_of(n) is None
            )

        # forwards: "روسيا والصين", "Russia and China" (the subject is the first)
        t = m.t1 + 1
        anded = 0  # English: conjuncts up to the last one joined by "and"
        while len(out) < 8:
            if self.en:
                gap = (
                    self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
                    if t < len(doc.tokens)
                    else ""
                )
                j = t + 1 if doc.word(t) == "and" else (t if gap.strip() == "," else -1)
                if j >= 0 and doc.word(j) == "the" and doc.mention_at_tok(j) is None:
                    j += 1  # "Saudi Arabia, the United Arab Emirates, Egypt and Bahrain"
                n = doc.mention_at_tok(j) if j >= 0 else None
                ok = fits(n) and n is not None and n.t0 == j
            else:
                n = doc.mention_at_tok(t)
                ok = (
                    fits(n)
                    and n is not None
                    and n.t0 == t
                    and doc.word(t)[:1] == "و"
                    and n.start == doc.tokens[t].start + 1  # the conjunction, not "وزير"
                )
            if not ok or n is None:
                break
            out.append(n)
            seen.add(n.key)
            if self.en and doc.word(t) == "and":
                anded = len(out)
            t = n.t1 + 1
        if self.en and anded < len(out):
            # "Japan's top spokesman, Chief Cabinet Secretary X, said": an apposition, not a
            # list ("Paris, Berlin and London" ends with "and")
            out = out[:anded]
        if self.en and not out:
            # backwards: "Russia and China said": the verb's subject is the last conjunct
            # ("Egypt, Qatar and the United States said": commas before the "and")
            t = m.t0 - 1
            if doc.word(t) == "the":
                t -= 1
            joined = False
            while len(out) < 8 and t >= 0:  # (the G7 are seven)
                if doc.word(t) == "and" and not joined:
                    j = t - 1
                    joined = True
                elif joined and "," in self.text[doc.tokens[t].end : doc.tokens[t + 1].start]:
                    j = t
                else:
                    break
                n = doc.mention_at_tok(j) if j >= 0 else None
                if n is not None and not fits(n) and self._joint_first(n, seen):
                    out.append(n)  # "the juntas of Mali, Burkina Faso and Niger said"
                    break
                if not fits(n) or n is None or n.t1 != j:
                    break
                out.append(n)
                seen.add(n.key)
                t = n.t0 - 1
                if doc.word(t) == "the":
                    t -= 1
        return out

    def _joint_first(self, n: Ment, seen: set[str]) -> bool:
        """Whether ``n`` is the first state of a list after a collective head and "of"/"in"
        ("the governments of Mali, ..."): it speaks like the others."""
        doc = self.doc
        if n.key in seen or n.adjectival or doc.entity_types.get(n.key) != EntityType.STATE:
            return False
        if doc.prep_of(n) not in _JOINT_PREPS:
            return False
        return self._after_joint_head(n)

    def _after_joint_head(self, m: Ment) -> bool:
        """Whether ``m`` is the first state named after a collective head (see
        :meth:`_joint_subject`)."""
        return any(self._joint_subject(j, m.t0 + 1) is m for j in range(max(0, m.t0 - 5), m.t0))

    def _joint_subject(self, t: int, limit: int) -> Ment | None:
        """The first state named after a collective head at token ``t`` ("the military
        juntas of Mali, ...", "المجالس العسكرية الحاكمة في مالي و...", "حكومات مالي و..."),
        the head's adjectives and "of"/"in"/في/ل between: the states speak, each for
        itself (the others are its coordinated subjects).  Else None."""
        doc = self.doc
        w = doc.word(t)
        heads = _joint_heads(self.en)
        if w not in heads and not (not self.en and w[:1] in "وف" and w[1:] in heads):
            return None
        for j in range(t + 1, min(limit, t + 5)):
            m = doc.mention_at_tok(j)
            if m is not None:
                if (
                    m.t0 != j
                    or m.adjectival
                    or doc.entity_types.get(m.key) != EntityType.STATE
                    or doc.prep_of(m) not in _NO_OR_JOINT_PREP
                ):
                    return None
                return m
            w = doc.word(j)
            if self.en and not (w.isalpha() and w.islower()):
                return None  # "juntas of ...", "ruling military councils in ..."
            if not self.en and (_is_comp(w) or j in self._cue_hits or w in _AR_PARTICLES):
                return None
        return None

    def _between_pair(self, t: int, t_end: int) -> bool:
        """Arabic: an actor joined by و to the one before ("مصر والأردن") before any
        complementiser from ``t``: the two of the preposition بين, not a speaker."""
        doc = self.doc
        for j in range(t, min(t_end, t + 10)):
            if _is_comp(doc.word(j)):
                return False
            m = doc.mention_at_tok(j)
            if j > t and m is not None and m.t0 == j and doc.word(j)[:1] == "و":
                return True
        return False

    def _dual_cue(self, h: Hit[Cue]) -> bool:
        """Arabic: the perfect cue verb at ``h`` is dual ("أكدا", "شددتا"): its stem without
        the dual ending is a verb form of ``ar_cues.tsv`` (not "دعا", whose alef is its
        own)."""
        if h.first != h.last:
            return False
        w = self.doc.word(h.first)[len(h.prefix) :]
        lemmas = _ar_verb_lemmas()
        return (w.endswith("ا") and w[:-1] in lemmas) or (w.endswith("تا") and w[:-2] in lemmas)

    def _coordinated_pair(self, lo: int, hi: int) -> tuple[str, str, bool] | None:
        """Arabic: the last two actors joined by "و" between offsets ``lo`` and ``hi`` ("X
        وY"), with whether both are states; None if there are none."""
        doc = self.doc
        ments = [m for m in doc.mentions_in(lo, hi) if doc.is_actor(m) and not m.adjectival]
        for x, y in reversed(list(pairwise(ments))):
            if x.key != y.key and self.text[x.end : y.start].strip() == "و" and self.speaker_ok(x):
                states = all(doc.entity_types.get(m.key) == EntityType.STATE for m in (x, y))
                return x.key, y.key, states
        return None

    def _pair_subject(self, k: int, a: int, *, dual: bool = False) -> tuple[str, str, bool] | None:
        """The two actors a pair subject stands for, and whether they are states: English
        words right before the cue at ``k`` ("the two sides said", "the two men", "both
        stressed"), or Arabic right after it ("وأكد الجانبان", "وقال الوزيران"); else None."""
        doc = self.doc
        pairs = _pair_words(self.en)
        pk: str | None = None
        if self.en:
            words = " ".join(doc.word(j) for j in range(max(a, k - 4), k))
            found = [p for p in pairs if words == p or words.endswith(" " + p)]
            if not found:
                return None
            longest = max(found, key=len)
            if doc.word(k - 1 - len(longest.split())) in _EN_PAIR_PLACES:
                return None  # "critics in both countries say": not the two states
            pk = pairs[longest]  # "both countries" over "both"
        elif dual:
            pk = "pair_any"  # "وأكدا": the verb itself says there are two
        else:
            t = k + 1
            while t < len(doc.tokens) and t < k + 4 and self._skippable(t):
                t += 1
            pk = pairs.get(doc.word(t)) if t < len(doc.tokens) else None
            if pk is None or doc.mention_at_tok(t) is not None:
                return None
        off = doc.tokens[k].start
        if pk in ("pair_person", "pair_any"):
            assert doc.seg is not None
            si = bisect_right([x.start for x in doc.seg.sents], off) - 1
            if pk == "pair_any" and (both := self._coordinated_pair(doc.seg.sents[si].start, off)):
                # "أبدت الجزائر وجنوب أفريقيا تحفظات ...، إذ طالبتا بأن": the two of the
                # sentence's coordinated subject, not two people named before
                return both
            # ("الجانبان": the two who met, told of in the sentence or two before)
            lo = doc.seg.sents[max(0, si - 2)].start if pk == "pair_any" else max(0, off - 800)
            people: list[str] = []
            for m in reversed(doc.mentions_in(lo, off)):
                if m.etype == EntityType.PERSON and self.speaker_ok(m) and m.key not in people:
                    people.append(m.key)
                    if len(people) == 2:
                        return people[1], people[0], False
            if pk == "pair_person":
                return None
        states = [
            m
            for m in doc.mentions_in(max(0, off - 1500), off)
            if doc.entity_types.get(m.key) == EntityType.STATE
        ]
        for x, y in reversed(list(pairwise(states))):
            if not self.en and doc.prep_of(x) in _AR_TOPIC_PREPS:
                continue  # "بحث المستجدات في السودان واليمن": topics, not the two sides
            if x.key != y.key and self.text[x.end : y.start].strip(" ,") in ("and", "و"):
                return x.key, y.key, True
        return None
