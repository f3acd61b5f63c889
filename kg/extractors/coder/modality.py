"""The relation coder's rules on the modality of an act.

It codes the modality of a coded act (:meth:`Modalities.modality`): negation, intention and
hypothesis read from markers before the trigger ("لم", "لن", "سوف", "will", "if",
"could"), and the counterfactuals that are dropped.

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

from itertools import pairwise

from kg.extractors.coder.event_dates import _QAD
from kg.extractors.coder.mentions import Mentions
from kg.extractors.coder.words import (
    _ANY_ACT_AR,
    _COUNTERFACTUAL_AR,
    _EVENT_VERBS_AR,
    _FAIL_AR,
    _FAIL_EN,
    _FUTURE_EVENT_AR,
    _HESITATE_EN,
    _HYP_AR,
    _HYP_EN,
    _IF_AR,
    _IN_AR,
    _INT_AR,
    _INT_EN,
    _LIGHT_VERBS_AR,
    _NAHWA,
    _NEG_AR,
    _NEG_EN,
    _NEG_GOV_AR,
    _NEG_GOV_EN,
    _OBLIGE_EN,
    _OFFER_AR,
    _READY,
    _READY_OR_INTENT_AR,
    _RULED_OUT_EN,
    _STOP_GOV_EN,
    _THAT_PRON_AR,
    _TIME_PAIRS_EN,
    _TO_INTENT_EN,
    _future_verb_ar,
)
from kg.extractors.lexicon import Hit
from kg.extractors.native import trait
from kg.extractors.triggers import Trigger
from kg.models import Modality

__all__ = ["Modalities"]


@trait
class Modalities(Mentions):
    """The coder's rules on the modality of an act."""

    # ------------------------------------------------------------------ modality
    def _if_after(self, lo: int, hi: int) -> bool:
        """English: an "if"/"unless" clause follows in tokens ``[lo, hi)`` before another
        verb of saying or a coordinated clause starts."""
        for j in range(lo, hi):
            w = self.doc.word(j)
            if w in ("if", "unless"):
                return True
            if w in ("said", "says", "told", "and", "but", "while", "which"):
                return False
        return False

    def _any_before_en(self, t: int, lo: int) -> bool:
        """English: "any" before an act's noun at ``t``, past its agent's name and
        modifiers ("any attack on Poland", "any U.S. arms sales to Taiwan", "any further
        military aid"): an act that may happen, not one told (the Arabic rule
        is _ANY_ACT_AR)."""
        doc = self.doc
        j = t - 1
        while j >= max(lo, t - 5):
            m = doc.mention_at_tok(j)
            if m is not None:
                j = m.t0 - 1
                continue
            w = doc.word(j)
            if w == "any":
                return True
            if not w.isalpha() or j in self.stops or w in ("the", "a", "an", "to", "of", "and"):
                return False
            j -= 1
        return False

    def modality(self, h: Hit[Trigger], a: int, b: int, nominal: bool) -> Modality:
        doc = self.doc
        if self._pronoun_relative(h) and not self._lifting:
            return Modality.ASSERTED
        clause = doc.seg.clause_at(doc.tokens[h.first].start) if doc.seg else None
        lo = max(a, doc.tok_after(clause.start)) if clause is not None else a
        words = self._span_words(max(lo, h.first - 5), h.first)
        if self.en and words[-2:] == ["and", "to"]:
            # "agreed on Wednesday to resume talks and to work together": the second
            # infinitive depends on the same verb of intent
            back = self._span_words(max(lo, h.first - 16), h.first - 2)
            if any(w in _TO_INTENT_EN and "to" in back[i + 1 : i + 5] for i, w in enumerate(back)):
                return Modality.INTENDED
        if "and" in words:
            words = words[len(words) - words[::-1].index("and") :]  # a new coordinated verb
        if self.en:
            if not _HESITATE_EN.isdisjoint(words):
                words = [w for w in words if w not in _NEG_EN and not w.endswith("n't")]
            if any(
                w in _RULED_OUT_EN and x == "out" and i > 0 and words[i - 1] in _NEG_EN
                for i, (w, x) in enumerate(pairwise(words))
            ):
                return Modality.HYPOTHETICAL  # "did not rule out sending troops": possible
            if any(w in _NEG_EN or w.endswith("n't") for w in words[-4:]):
                return Modality.NEGATED
            if any(w in _NEG_GOV_EN for w in words):
                return Modality.NEGATED
            if any(w in _FAIL_EN and x == "to" for w, x in pairwise(words)):
                return Modality.NEGATED  # "failed to approve aid"
            if any(w in _STOP_GOV_EN for w in words[-3:]):
                return Modality.NEGATED  # "would halt joint exercises with X"
            if any(w in ("not", "never") and "to" in words[i + 1 :] for i, w in enumerate(words)):
                return Modality.NEGATED  # "would not order its army to cross into"
            if any(w in _RULED_OUT_EN and x == "out" for w, x in pairwise(words)):
                return Modality.NEGATED  # "ruled out talks with Moscow"
            tail = words[-4:]
            if any(
                w in _HYP_EN and doc.mention_at_tok(h.first - len(tail) + i) is None
                for i, w in enumerate(tail)
            ):
                return Modality.HYPOTHETICAL  # (not the name in "Theresa May met")
            if any(w in _OBLIGE_EN for w in words[-3:]):
                return Modality.HYPOTHETICAL  # "said Washington should lift sanctions"
            if nominal and self._any_before_en(h.first, lo):
                return Modality.HYPOTHETICAL  # "warned against any attack on Ukraine"
            if "would" in words[-4:] and self._if_after(h.last + 1, min(b, h.last + 12)):
                return Modality.HYPOTHETICAL  # "would cut ties with Sweden if ... again"
            if any(w in _INT_EN for w in words[-4:]) or (
                words[-1:] == ["to"] and len(words) >= 2 and words[-2] in _TO_INTENT_EN
            ):
                return Modality.INTENDED  # "will meet", "agreed to meet"
            if (
                words[-1:] == ["to"]
                and len(words) >= 4
                and words[-4] in _TO_INTENT_EN
                and (words[-3], words[-2]) in _TIME_PAIRS_EN
            ):
                return Modality.INTENDED  # "pledged on Monday to send aid"
            if nominal and any(w == "to" and v in _TO_INTENT_EN for v, w in pairwise(words)):
                return Modality.INTENDED  # "hoped to make a return visit"
            if nominal and doc.word(h.first - 1) == "for":
                # "is due to visit Moscow next week for talks with Putin": the purpose of
                # an intended trip is intended too
                back = self._span_words(max(lo, h.first - 12), h.first - 1)
                if "and" in back:
                    back = back[len(back) - back[::-1].index("and") :]
                if any(w in _INT_EN for w in back) or any(
                    v in _TO_INTENT_EN and w == "to" for v, w in pairwise(back)
                ):
                    return Modality.INTENDED
            if nominal:
                for j in range(h.last + 1, min(b, h.last + 10)):
                    if doc.word(j) in ("will", "would") and doc.word(j + 1) in ("be", "take"):
                        return Modality.INTENDED
        else:
            sent_before = self._span_words(max(a, h.first - 15), h.first)
            if not _COUNTERFACTUAL_AR.isdisjoint(sent_before):
                return Modality.HYPOTHETICAL  # "لولا ... لاندلعت حرب"
            if any(w in _NEG_AR or (w[:1] in "وف" and w[1:] in _NEG_AR) for w in words[-3:]):
                return Modality.NEGATED
            if any(w in _NEG_GOV_AR or w[1:] in _NEG_GOV_AR for w in words[-5:]):
                return Modality.NEGATED
            back = self._span_words(max(lo, h.first - 8), h.first)
            if any(
                (w in _FAIL_AR or (w[:1] in "وف" and w[1:] in _FAIL_AR)) and _IN_AR in back[i + 1 :]
                for i, w in enumerate(back)
            ):
                return Modality.NEGATED  # "فشل مجلس النواب في إقرار المساعدات"
            subj = doc.mention_at_tok(h.first - 1)
            if nominal and subj is not None and subj.t0 > a:
                # "ألغى وزير الخارجية الروسي سيرغي لافروف زيارته": the verb before the subject
                w = doc.word(subj.t0 - 1)
                if w in _NEG_GOV_AR or w[1:] in _NEG_GOV_AR:
                    return Modality.NEGATED
            if any(w in _HYP_AR and (w != _QAD or h.cls == "i") for w in words[-3:]):
                return Modality.HYPOTHETICAL
            if any(w[:1] in "وف" and w[1:] in _IF_AR for w in words[-3:]):
                return Modality.HYPOTHETICAL  # "وإذا هاجمت إسرائيل إيران"
            if (
                nominal
                and "ال" not in h.prefix
                and doc.word(h.first - 1).lstrip("وفلب") in _ANY_ACT_AR
            ):
                return Modality.HYPOTHETICAL  # "أي دعم لأوكرانيا", "لأي هجوم": any such act
            if h.cls == "i" and any(
                w[:1] in "وف" and w[1:] in _HYP_AR and w[1:] not in _IF_AR for w in words[-3:]
            ):
                return Modality.HYPOTHETICAL  # "وقد تفرض واشنطن عقوبات"، "وربما تلتقي"
            if "س" in h.prefix or (nominal and words[-1:] == [_NAHWA]):
                return Modality.INTENDED  # "سيلتقي", "خطوة نحو لقاء"
            if any(w in _INT_AR or w[1:] in _INT_AR for w in words[-4:]):
                return Modality.INTENDED
            if self._offered_ar(h, lo):
                return Modality.INTENDED
            if nominal and any(
                w in _FUTURE_EVENT_AR or (w[:1] in "وف" and w[1:] in _FUTURE_EVENT_AR)
                for w in words[-4:]
            ):
                return Modality.INTENDED  # "وستجري اليونان وتركيا محادثات"
            if nominal and any(
                v in _THAT_PRON_AR and _future_verb_ar(w) for v, w in pairwise(words[-4:])
            ):
                return Modality.INTENDED  # "أعلن أنه سيأمر برفع العقوبات"
            if nominal:
                for j in range(h.last + 1, min(b, h.last + 14)):
                    w = doc.word(j)
                    if w in _EVENT_VERBS_AR or (w[:1] == "و" and w[1:] in _EVENT_VERBS_AR):
                        return Modality.INTENDED
        return h.entry.modality

    def _offered_ar(self, h: Hit[Trigger], lo: int) -> bool:
        """Arabic: an act offered or proposed, not done ("عرضت تركيا التوسط بين", "اقترحت
        مصر عقد لقاء"): the offer verb right before the act or before its subject only;
        a verb with an object of its own shows something ("عرضت القناة صورا للقاء")."""
        doc = self.doc
        j = h.first - 1
        if doc.word(j) in _LIGHT_VERBS_AR:
            j -= 1  # "اقترحت مصر عقد لقاء بين"
        m = doc.mention_at_tok(j)
        if m is not None:
            j = m.t0 - 1
        if j < lo:
            return False
        w = doc.word(j)
        return w in _OFFER_AR or (w[:1] in "وف" and w[1:] in _OFFER_AR)

    def _counterfactual(self, h: Hit[Trigger], a: int) -> bool:
        """A counterfactual clause: "لولا"/"لو" earlier in the sentence, or "would have",
        "could have", "might have" right before the trigger."""
        if self.en:
            words = self._span_words(max(a, h.first - 3), h.first)
            return "have" in words and any(w in ("would", "could", "might") for w in words)
        return not _COUNTERFACTUAL_AR.isdisjoint(self._span_words(max(a, h.first - 15), h.first))

    # the guards' verdicts, for the learned back-off
    def _reject(self, h: Hit[Trigger]) -> None:
        """Record that a guard judged the trigger ``h`` no act of its type (a noun of
        another frame, a negated, hypothetical or proposed act, a charge in words): the
        pair (first token, type) in ``doc.lexicon_hits["rejected"]``, which the learned
        back-off (:mod:`kg.extractors.backoff`) does not code again.  Changes no output
        of the coder.  A guard in a procedure ends with ``return self._reject(h)``; a
        guard in a predicate with ``return self._rejected(h)``."""
        self.doc.lexicon_hits.setdefault("rejected", []).append((h.first, h.entry.type))

    def _rejected(self, h: Hit[Trigger]) -> bool:
        """:meth:`_reject` ``h`` and return True: a predicate's guard judged it no act."""
        self._reject(h)
        return True

    def _readiness_before(self, t: int, a: int, *, intent: bool = False) -> bool:
        """A word of readiness (with ``intent``, also of intent) in the four words before
        token ``t``."""
        doc = self.doc
        words = _READY_OR_INTENT_AR if intent else _READY
        for j in range(max(a, t - 4), t):
            w = doc.word(j)
            if w in words or (w[:1] in "وبل" and w[1:] in words):
                return True
        return False
