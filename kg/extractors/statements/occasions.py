"""The occasion a statement is made on, between a cue and its content.

Arabic cues are often followed by an adjunct of occasion before the content ("في كلمة ألقاها
خلال ..."، "في بيان لوزارة الخارجية،"، "خلال اتصال هاتفي مع X"): :class:`Occasions` finds
where such an adjunct opens and ends, who issued it, and the complementiser or object after it.
"""

from __future__ import annotations

from kg.extractors.doc import AR_PREP_WORDS, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.speakers_ar import (
    _AR_OCCASION_NOUNS,
    _ar_person_roles,
    _is_comp,
    _is_occasion_prep,
)
from kg.extractors.statements.base import FinderBase
from kg.extractors.statements.marks import _ALL_MARKS
from kg.extractors.statements.statement import Cue
from kg.extractors.statements.words import (
    _AR_COMP,
    _AR_ISSUER_BODIES,
    _AR_MARGIN,
    _AR_NOT_B_OBJECT,
    _AR_OCCASION_ADJ,
    _AR_OCCASION_PREPS,
    _AR_OCCASION_TIME,
    _AR_REL_BACK,
    _AR_REL_PRON,
    _AR_STANCE_MASDARS,
    _AR_TITLE_PREPS,
    _AR_TO_ME,
    _COMMAS,
    _ar_occasion_noun,
    _ar_stance_noun,
)
from kg.extractors.text import fold
from kg.models import EntityType

__all__ = ["Occasions"]


class Occasions(FinderBase):
    """Adjuncts of occasion between a cue and its content."""

    def _after_occasion_comp(self, j: int, limit: int, obj: bool = False) -> int | None:
        """The complementiser right after the comma that closes an occasion adjunct opening
        at ``j`` ("، في مؤتمر صحفي عقده في الرياض، أن"), or None.  With ``obj`` (a cue
        whose content may be a plain object), a definite noun there too ("، عودة العلاقات")."""
        doc = self.doc
        for i in range(j + 1, min(limit, j + 12, len(doc.tokens))):
            gap = self.text[doc.tokens[i - 1].end : doc.tokens[i].start]
            if any(c in gap for c in '.:;؛"«»“”') or i in self._cue_hits:
                return None
            if _COMMAS & set(gap):
                w = doc.word(i)
                if _is_comp(w):
                    return i
                noun = obj and w.startswith("ال") and not self._skippable(i)
                return i if noun and doc.mention_at_tok(i) is None else None
        return None

    def _occasion_at(self, t: int, t_end: int) -> int:
        """The first token of an occasion adjunct opening within two tokens of ``t`` ("في
        كلمة ألقاها خلال ...", "، في بيان صحفي وزعته ..."), or -1: a preposition of occasion
        followed by a noun of speech or meeting."""
        doc = self.doc
        for j in range(t, min(t_end, t + 2)):
            w = doc.word(j)
            if _is_occasion_prep(w):
                nxt = doc.word(j + 1)
                if _ar_occasion_noun(nxt) or (nxt == _AR_MARGIN and j + 2 < t_end):
                    return j
                return -1
            if doc.mention_at_tok(j) is not None or _is_comp(w):
                return -1
        return -1

    def _paren_aside_end(self, t: int, t_end: int) -> int | None:
        """Arabic: the token after a short parenthesis opening right before token ``t``
        (an acronym or another name of the speaker: "الحركة (جيم) رفضها"، "أفريكوم"), up
        to three words with no other mark inside; None when there is none or nothing
        follows it."""
        doc = self.doc
        if not 0 < t < t_end or "(" not in self.text[doc.tokens[t - 1].end : doc.tokens[t].start]:
            return None
        for c in range(t, min(t_end - 1, t + 3)):
            gap = self.text[doc.tokens[c].end : doc.tokens[c + 1].start]
            if ")" in gap:
                return c + 1 if not set(gap.replace(")", "").strip()) else None
            if gap.strip():
                return None
        return None

    def _occasion_tail_end(self, t: int, t_end: int, bare: bool = False) -> int | None:
        """Arabic: the token after an occasion adjunct opening at ``t`` whose noun is
        followed by its adjectives and time words only ("في كلمته الافتتاحية أمس"، "في
        بيان رسمي اليوم الأحد"), when at least one such word and then more words follow
        with no punctuation in between; else None.  What follows is the cue's object.
        With ``bare``, the noun alone or with "لها" ("داعية في بيان جميع الأطراف إلى")
        when an indefinite word that is no actor follows (not "في بيان الخارجية")."""
        doc = self.doc
        if self._occasion_at(t, t_end) != t:
            return None
        j = t + 2
        while j < min(t_end, t + 7):
            w = doc.word(j)
            plain = w[2:] if w.startswith("ال") else w
            if doc.mention_at_tok(j) is not None or not (
                w in _AR_OCCASION_TIME or plain in _AR_OCCASION_ADJ
            ):
                break
            j += 1
        if bare and j < t_end and doc.word(j) in _AR_TO_ME:
            j += 1  # "في بيان لها"
        if j >= t_end or (j == t + 2 and not bare):
            return None
        if set(self.text[doc.tokens[t].end : doc.tokens[j - 1].end]) & (_ALL_MARKS | _COMMAS):
            return None
        if _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
            return None  # (a quotation may open the object: "في بيان «جميع الأطراف» إلى")
        w = doc.word(j)
        if doc.mention_at_tok(j) is not None or w in AR_PREP_WORDS or w[:1] in "بل":
            return None  # "خلال اتصال هاتفي مع X"، "في تغريدة بخفض": other adjuncts
        if bare and j == t + 2 and (w.startswith("ال") or _is_comp(w)):
            return None
        return j

    def _occasion_relative_end(self, t: int, t_end: int) -> int | None:
        """Arabic: the stance noun that opens the object after an occasion adjunct at ``t``
        whose noun has a relative clause ("في كلمة ألقاها أمام المؤتمر حرص بلاده"، "في
        تصريحات أدلى بها لقناة X دعمه"، "في الكلمة التي ألقاها ... رفضه"): a verb with the
        pronoun of the noun, its adjuncts, then a stance noun ("رفضه"، "حرص المملكة")
        within fourteen tokens with no punctuation, complementiser or cue between; else
        None (the relative clause is no content)."""
        doc = self.doc
        v = t + 2
        if doc.word(v) in _AR_REL_PRON and self._definite_occasion(t):
            v += 1  # "في الكلمة التي ألقاها"
        elif self._occasion_at(t, t_end) != t:
            return None
        w = doc.word(v) if v < t_end else ""
        if (
            not w
            or (w.startswith("ال") and not w.endswith(("ها", "ه")))  # (not "ألقاها")
            or doc.mention_at_tok(v) is not None
            or v in self._cue_hits
            or _is_comp(w)
            or not (w.endswith(("ها", "ه")) or doc.word(v + 1) in _AR_REL_BACK)
        ):
            return None
        for j in range(v + 1, min(t_end, v + 15)):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            wj = doc.word(j)
            if (
                gap.strip()
                or _is_comp(wj)
                or wj in _AR_REL_PRON
                or (j in self._cue_hits and not _ar_stance_noun(wj))
            ):
                return None
            if j <= v + 1 or doc.mention_at_tok(j) is not None:
                continue
            # (a bare noun after an indefinite meeting noun is its genitive: "مؤتمر دعم
            # اللاجئين")
            prev = doc.word(j - 1)
            bare_ok = j + 1 < t_end and not (
                doc.mention_at_tok(j - 1) is None
                and not prev.startswith("ال")
                and _ar_occasion_noun(prev)
            )
            if _ar_stance_noun(wj) or (wj in _AR_STANCE_MASDARS and bare_ok):
                return j
        return None

    def _short_occasion(self, t: int, t_end: int) -> int | None:
        """Arabic: the token after a short occasion adjunct opening at ``t`` ("خلال لقائه
        أمير قطر", "في اتصال هاتفي مع X"): a preposition of occasion, a noun of meeting or
        speech, an adjective and an actor (with مع) at most; None when no such adjunct or
        nothing follows it."""
        doc = self.doc
        if self._occasion_at(t, t_end) != t:
            return None
        j = t + 2
        for _ in range(2):  # "في اتصال هاتفي", "خلال مؤتمر صحفي مشترك"
            w = doc.word(j)
            if (
                j < t_end
                and doc.mention_at_tok(j) is None
                and not w.startswith("ال")
                and w not in (fold("مع"), fold("في"))
                and w[:1] not in "بل"
                # (not the object: "خلال اتصال هاتفي دعم الأردن للشعب ...")
                and (w in _AR_OCCASION_ADJ or doc.word(j + 1) in (fold("مع"), fold("في")))
            ):
                j += 1
        if j < t_end and doc.word(j) in (fold("مع"), fold("في")):
            j += 1  # "مع نظيره X", "في عمّان"
        m = doc.mention_at_tok(j) if j < t_end else None
        if m is None or m.t0 != j:
            return None
        j = m.t1 + 1
        if j >= t_end or self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip():
            return None
        return j

    def _occasion_issuer(self, t: int, t_end: int) -> int | None:
        """Arabic: the token after an occasion adjunct with its issuer in ل ("في بيان
        لوزارة الخارجية،"، "في بيان للخارجية"، "في بيان صادر للديوان الملكي،"), opening at
        ``t``: the issuer is a mention that ends there, or up to four words that a comma
        closes; None when there is no such adjunct."""
        doc = self.doc
        if self._occasion_at(t, t_end) != t:
            return None
        j = t + 2
        if doc.word(j) in _AR_OCCASION_ADJ:
            j += 1
        if j >= t_end or doc.word(j)[:1] != fold("ل"):
            return None
        m = doc.mention_at_tok(j)
        if m is not None and m.t0 == j:
            nxt = m.t1 + 1
            return nxt if nxt < t_end else None
        w = doc.word(j)
        if (
            w.startswith(fold("لل"))
            and w[2:] in _AR_ISSUER_BODIES
            and j + 1 < t_end
            and not doc.word(j + 1).startswith(fold("ال"))
        ):
            return j + 1  # "في بيان للخارجية دعمها": a one-word body
        for k in range(j, min(t_end - 1, j + 4)):
            if _is_comp(doc.word(k)):
                return None
            if any(c in self.text[doc.tokens[k].end : doc.tokens[k + 1].start] for c in "،,"):
                return k + 1
        return None

    def _definite_occasion(self, t: int) -> bool:
        """Arabic: "خلال الاتصال", "في اللقاء", "أثناء الاجتماع" at token ``t``: a
        preposition of occasion and a definite noun of meeting or speech (the occasion the
        article just told of), followed by more words."""
        doc = self.doc
        w, nxt = doc.word(t), doc.word(t + 1)
        if w not in _AR_OCCASION_PREPS or not nxt.startswith("ال"):
            return False
        if doc.mention_at_tok(t + 1) is not None:
            return False
        gap = self.text[doc.tokens[t].end : doc.tokens[t + 2].start]
        return nxt[2:] in _AR_OCCASION_NOUNS and not any(c in gap for c in ',،.:"«»')

    def _occasion_b_object(self, t: int, t_end: int) -> int | None:
        """Arabic: the object right after a short occasion adjunct opening at ``t`` ("في
        تغريدة بخفض", "في بيان مقتضب بوقف", "خلال مؤتمر صحفي مشترك ضرورة"): a preposition
        of occasion, its noun, its adjectives (``_AR_OCCASION_ADJ``, or one other
        indefinite word before an object in ب), then a word glued to ب (not بين/بعد) or,
        after an adjective, an indefinite noun; else None."""
        doc = self.doc
        if self._occasion_at(t, t_end) != t:
            return None
        j = t + 2
        while j < min(t_end, t + 4) and doc.word(j) in _AR_OCCASION_ADJ:
            j += 1
        w = doc.word(j)
        if j == t + 2 and j < t_end and w[:1] not in "بل" and not w.startswith("ال"):
            if not _is_comp(w) and doc.word(j + 1)[:1] == "ب":
                j += 1  # one adjective before an object in ب: "في تغريدة صباحية بطرد"
        w = doc.word(j)
        plain = (  # an indefinite noun after the adjectives: "... مشترك ضرورة وقف"
            j > t + 2
            and doc.word(j - 1) in _AR_OCCASION_ADJ
            and w[:1] not in "بلو"
            and not w.startswith("ال")
            and w not in AR_PREP_WORDS
            and not _is_comp(w)
            and not self._skippable(j)
        )
        if (
            j >= t_end
            or (w[:1] != "ب" and not plain)
            or len(w) < (3 if plain else 4)
            or w in _AR_NOT_B_OBJECT
            or doc.mentions_in(doc.tokens[t].start, doc.tokens[j].end)
            or self.text[doc.tokens[t].start : doc.tokens[j].start].count(" ") != j - t
            or any(
                c in _ALL_MARKS or c == ":"
                for c in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            )
        ):
            return None  # (not a quotation after a colon: "في كلمة متلفزة: «يوهان حر»")
        return j

    def _occasion_comp(self, t: int, t_end: int) -> int | None:
        """The complementiser after an occasion adjunct at ``t``, however long the adjunct
        (up to 24 tokens, no quotation, cue or sentence end in between), or None."""
        j0 = self._occasion_at(t, t_end)
        if j0 < 0:
            return None
        doc = self.doc
        for j in range(j0 + 2, min(t_end, j0 + 24)):
            w = doc.word(j)
            if w in _AR_COMP and not self._spelled_letter(j):
                return j
            if self._quote_opens_before(j) and not self._names_quoted_before(j):
                return None
            if any(c in self.text[doc.tokens[j - 1].end : doc.tokens[j].start] for c in ":.؟?!"):
                return None
            if j in self._cue_hits and not self._carrier_at(j) and not self._prep_unmet(j):
                if self._cue_hits[j][0].entry.kind not in ("noun",):
                    return None
        return None

    def _prep_unmet(self, j: int) -> bool:
        """Arabic: every cue read at token ``j`` needs a preposition that none of the three
        words after it is ("في كلمة عبر الفيديو": عبر "via", not the cue "عبّر عن"; but
        "مشدداً سموه على أن" is the cue)."""
        doc = self.doc

        def unmet(h: Hit[Cue]) -> bool:
            if not h.entry.comp.startswith("prep:"):
                return False
            prep = fold(h.entry.comp[5:])
            return not any(
                doc.word(t) == prep or (len(prep) == 1 and doc.word(t).startswith(prep))
                for t in range(h.last + 1, min(len(doc.tokens), h.last + 4))
            )

        return not self.en and all(unmet(h) for h in self._cue_hits[j])

    def _named_after_title(self, first: int, limit: int) -> Ment | None:
        """Arabic: the named person that ends a long title from token ``first`` on (read
        as an unnamed holder, or not read: "المبعوث الأوروبي الخاص لمنطقة الساحل X Y"،
        "زعيمة حزب «الخضر» X Y"): within ten tokens before ``limit``, with no punctuation
        but guillemets and no verb between, a person's name: the title is his, he speaks."""
        doc = self.doc
        for j in range(first, min(limit, first + 10)):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if gap.strip(" «»"):
                return None
            w = doc.word(j)
            if (
                (w in AR_PREP_WORDS and w not in _AR_TITLE_PREPS)
                or self._occasion_at(j, limit) == j
                or (w.startswith("لل") and "ال" + w[2:] in _ar_person_roles())
            ):
                return None  # "خلال اتصال مع نظيره X"، "للرئيس X": not the title's holder
            nxt = doc.mention_at_tok(j)
            if nxt is not None and nxt.t0 == j:
                if nxt.etype == EntityType.PERSON and nxt.kind != "role":
                    return nxt if doc.prep_of(nxt) is None else None
                if nxt.etype == EntityType.PERSON:
                    return None
            if j in self._cue_hits or _is_comp(w):
                return None
        return None
