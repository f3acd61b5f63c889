"""Where the content of a statement opens after its cue (``content_start``).

After أن/إن/that, a colon, an opening quotation mark, the cue's preposition, or the object for
cues like أكد/condemned; with the constructions that sit between a cue and its content (an
occasion, an apposition, a title, "told reporters") and the quotations that are no content (a
quoted name, a scare quote, a quoted noun phrase).  English "that" clauses that are relative
clauses, not a content, are told apart here too.
"""

from __future__ import annotations

import re

from kg.extractors.doc import AR_PREP_WORDS
from kg.extractors.lexicon import word_set
from kg.extractors.speakers_ar import _AR_OCCASION_NOUNS, _ar_role_heads, _is_comp
from kg.extractors.statements.marks import _ALL_MARKS, Quote
from kg.extractors.statements.occasions import Occasions
from kg.extractors.statements.words import (
    _ALA,
    _AN,
    _AR_ACCORDING,
    _AR_CLAIM_PREPS,
    _AR_COMP,
    _AR_FAMILY,
    _AR_LINEAGE,
    _AR_MARGIN,
    _AR_MEDIA_TOLD,
    _AR_OBJECT_STANCES,
    _AR_OCCASION_PREPS,
    _AR_OWN_SIDE,
    _AR_OWN_SPEECH_NOUNS,
    _AR_PREP_FOLDED,
    _AR_REL_PRON,
    _AR_RESUMPTIVE,
    _AR_STANCE_MASDARS,
    _AR_TEMPORAL_CONJ,
    _COMMAS,
    _EN_ABBREVIATIONS,
    _EN_DETERMINERS,
    _EN_FINITE,
    _EN_IRREGULAR_PAST,
    _EN_OBJECT_OPENERS,
    _EN_PRONOUNS,
    _EN_SKIP_AFTER_CUE,
    _EN_STOP_BEFORE,
    _EN_TELL_CUES,
    _FI,
    _ar_stance_noun,
)
from kg.extractors.text import fold
from kg.models import EntityType

_AR_HEADED_BY = word_set("quotes.ar_headed_by")
"""Words that name a body's head after it ("برئاسة"، "بقيادة"): ``_ar_headed_by``."""

__all__ = ["Openings"]


_EN_NARRATIVE_SUBORDINATORS = word_set("openings.en_narrative_subordinators")
"""English conjunctions that, after a comma right past a cue and its adjuncts, open the
writer's own clause ("..., officials said on Monday, as talks stalled"), not the content."""


class Openings(Occasions):
    """Where a cue's content opens."""

    # ------------------------------------------------------------------ content
    def _ar_headed_by(self, t: int, t_end: int) -> int | None:
        """Arabic: the token after "(في <place>) برئاسة <person>" opening at ``t`` right
        after a body that speaks ("حكومة الوفاق الوطني في طرابلس برئاسة فايز السراج"),
        else None."""
        doc = self.doc
        j = t
        seat = j + 1 if doc.word(j) == _FI else j if j > 0 and doc.word(j - 1) == _FI else -1
        if seat >= 0:
            where = doc.mention_at_tok(seat)
            if (
                where is not None
                and where.t0 == seat
                and where.etype
                in (
                    EntityType.STATE,
                    EntityType.PLACE,
                )
            ):
                j = where.t1 + 1
            elif seat == j + 1:
                return None
        if j + 1 >= t_end or doc.word(j) not in _AR_HEADED_BY:
            return None
        head = doc.mention_at_tok(j + 1)
        if head is None:
            # a name we did not link: a given name and a family name ("برئاسة فايز السراج")
            end = j + 3
            if any(
                doc.mention_at_tok(x) is not None
                or _COMMAS & set(self.text[doc.tokens[x - 1].end : doc.tokens[x].start])
                for x in range(j + 1, min(end, t_end))
            ):
                return None
            return end if end < t_end else None
        if head.t0 != j + 1 or head.etype != EntityType.PERSON:
            return None
        return head.t1 + 1 if head.t1 + 1 < t_end else None

    def content_start(self, t: int, t_end: int, comp: str) -> tuple[int, int, bool] | None:
        """From token ``t``: ``(start offset, token, direct)`` of the content, or None.

        Looks for a complementiser, colon or opening quotation mark within a
        few tokens (time expressions, "في بيان", "told reporters" may sit in
        between); for ``comp == "any"`` the object right there is the content.
        """
        doc = self.doc
        text = self.text
        if not self.en and (after := self._paren_aside_end(t, t_end)) is not None:
            return self.content_start(after, t_end, comp)  # "أكدت الحركة (جيم) رفضها"
        if (
            not self.en
            and comp in ("any", "stance")
            and doc.word(t) == _FI
            and (where := doc.mention_at_tok(t + 1)) is not None
            and where.t0 == t + 1
            and where.etype in (EntityType.STATE, EntityType.PLACE)
            and where.t1 + 1 < t_end
            and "(" in text[doc.tokens[where.t1].end : doc.tokens[where.t1 + 1].start]
        ):
            # "أعلنت جبهة X في تشاد (ج) رفضها": the speaker's place and its acronym
            return self.content_start(where.t1 + 1, t_end, comp)
        if not self.en and comp in ("any", "stance") and (head := self._ar_headed_by(t, t_end)):
            # "اعتبرت حكومة الوفاق في طرابلس برئاسة X تصريحات Y ...": the speaker's seat
            # and its head are part of the subject, not the content
            return self.content_start(head, t_end, comp)
        if (
            self.en
            and 0 < t < t_end
            and doc.word(t) in _EN_NARRATIVE_SUBORDINATORS
            and "," in text[doc.tokens[t - 1].end : doc.tokens[t].start]
        ):
            return None  # "officials said on Monday, as Kyiv and Moscow traded": the writer's
        limit = min(t_end, t + 14)
        if not self.en and t < t_end and self._occasion_at(t, t_end) >= 0:
            limit = min(t_end, t + 24)  # "، في تغريدة على حسابه ...، عقب مشاركته في ...: «"
        elif not self.en and limit == t + 14:
            # "قال X مستشار ... المتحدث الرسمي ...، في تصريح لـ...، إن": long titles, then
            # an occasion set off by commas; the occasion gets its window too
            for o in range(t + 1, limit):
                if _COMMAS & set(text[doc.tokens[o - 1].end : doc.tokens[o].start]):
                    if self._occasion_at(o, t_end) == o:
                        limit = min(t_end, t + 24)
                    break
        if self.en and doc.word(t) == "according" and doc.word(t + 1) == "to" and t > 0:
            # "Lavrov said, according to TASS, that ...": the relay sits between
            for c_after in range(t + 2, min(t_end, t + 10)):
                if "," in text[doc.tokens[c_after - 1].end : doc.tokens[c_after].start]:
                    return self.content_start(c_after, t_end, comp)
        if (
            not self.en
            and doc.word(t) in _AR_ACCORDING
            and t > 0
            and (_COMMAS & set(text[doc.tokens[t - 1].end : doc.tokens[t].start]))
        ):
            # "وأكد X، بحسب ما نقلت عنه وكالة الأنباء، أن ...": the relay sits between
            for c_after in range(t + 1, min(t_end, t + 12)):
                if ":" in text[doc.tokens[c_after - 1].end : doc.tokens[c_after].start]:
                    # "، وفق ما نقلت عنه وكالة X: «...»": the quotation after the relay
                    return self.content_start(c_after, t_end, comp)
                if _COMMAS & set(text[doc.tokens[c_after - 1].end : doc.tokens[c_after].start]):
                    # (or the object: "وطالب المجلس، حسب البيان، الجانب التركي بـ")
                    if _is_comp(doc.word(c_after)) or comp == "any" or comp.startswith("prep:"):
                        return self.content_start(c_after, t_end, comp)
                    break
        if not self.en and 0 < t < t_end and self._occasion_at(t, t_end) == t:
            # "وقال X خلال اجتماع حكومي، وفق ما نقلت عنه وكالة Y: «...»": the occasion, then
            # the relay set off by a comma; the content follows the relay
            for r in range(t + 1, min(t_end, t + 12)):
                gap = text[doc.tokens[r - 1].end : doc.tokens[r].start]
                if _is_comp(doc.word(r)) or any(ch in gap for ch in ':.؟?!"«“'):
                    break
                if _COMMAS & set(gap):
                    if doc.word(r) in _AR_ACCORDING:
                        return self.content_start(r, t_end, comp)
                    break
        if (
            not self.en
            and (c := self._occasion_comp(t, t_end)) is not None
            # (not past the cue's own preposition: "أعرب X، خلال اتصال، عن أمله في أن")
            and not (
                comp.startswith("prep:")
                and len(comp) > 6
                and any(doc.word(j) == fold(comp[5:]) for j in range(t, c))
            )
        ):
            return doc.tokens[c].end, c + 1, False  # "في كلمة ألقاها خلال ... إن"
        if (
            not self.en
            and comp == "any"
            and 0 < t < t_end
            and self._occasion_at(t, t_end) == t
            and _COMMAS & set(text[doc.tokens[t - 1].end : doc.tokens[t].start])
        ):
            # "وأكد X، خلال لقائه Y في القاهرة، حرص مصر": the occasion between commas
            for e in range(t + 2, min(t_end, t + 16)):
                gap = text[doc.tokens[e - 1].end : doc.tokens[e].start]
                if (
                    _is_comp(doc.word(e))
                    or any(c in gap for c in ":.؟?!")
                    or self._quote_opens_before(e)
                    or e in self._cue_hits
                ):
                    break
                if _COMMAS & set(gap):
                    return self.content_start(e, t_end, comp)
        if not self.en and comp == "any" and (j := self._occasion_relative_end(t, t_end)):
            return doc.tokens[j].start, j, False  # "في كلمة ألقاها أمام المؤتمر حرص X"
        if not self.en and comp in ("any", "stance") and (j := self._name_then_stance(t, t_end)):
            return doc.tokens[j].start, j, False  # "وأكد رئيس البرلمان X Y تمسكه بـ"
        if not self.en and comp == "any" and (j := self._occasion_tail_end(t, t_end)):
            return self.content_start(j, t_end, comp)  # "أكد في كلمته الافتتاحية أمس حرص"
        if (
            not self.en
            and comp.startswith("prep:")
            and (j := self._occasion_tail_end(t, t_end, bare=True))
            and doc.word(j) != fold(comp[5:])
        ):
            return self.content_start(j, t_end, comp)  # "داعية في بيان جميع الأطراف إلى"
        if (
            not self.en
            and comp == "any"
            and t + 2 < t_end
            and doc.word(t) in _AR_OCCASION_PREPS
            and doc.word(t + 1) in _AR_OWN_SPEECH_NOUNS
            and not set(text[doc.tokens[t].end : doc.tokens[t + 2].start]) & _ALL_MARKS
            and not _COMMAS & set(text[doc.tokens[t].end : doc.tokens[t + 2].start])
        ):
            return doc.tokens[t + 2].start, t + 2, False  # "وطالبت الوزارة في بيانها X بـ"
        if not self.en and comp == "any" and (j := self._short_occasion(t, t_end)) is not None:
            return self.content_start(j, t_end, comp)  # "خلال لقائه أمير قطر تضامن ..."
        if not self.en and comp == "any" and (j := self._occasion_issuer(t, t_end)) is not None:
            return self.content_start(j, t_end, comp)  # "في بيان للديوان الملكي، وقوفها"
        if not self.en and comp == "any" and (j := self._occasion_b_object(t, t_end)) is not None:
            return doc.tokens[j].start, j, False  # "طالب X في تغريدة بخفض التمثيل"
        if not self.en and comp == "any" and t + 2 < t_end and self._definite_occasion(t):
            return self.content_start(t + 2, t_end, comp)  # "أكد سموه خلال الاتصال حرص"
        if (
            not self.en
            and comp == "any"
            and (told := doc.mention_at_tok(t)) is not None
            and told.t0 == t
            and told.t1 + 1 < t_end
            and doc.prep_of(told) == "ل"
            and not told.adjectival
            and told.etype == EntityType.PERSON
        ):
            # "جدد X لنظيره الروسي دعم بكين": the one told is not the content
            return self.content_start(told.t1 + 1, t_end, comp)
        prep = comp.split(":", 1)[1] if comp.startswith("prep:") else None
        prep_f = fold(prep) if prep else None
        if (
            not self.en
            and prep_f is not None
            and len(prep_f) > 1
            and (c := self._ar_title_comp(t, limit, prep_f)) is not None
            and doc.word(c) == prep_f
        ):
            t = c  # "أعرب X رئيس مجلس الوزراء عن": the titles are not the content
        pos = doc.tokens[t - 1].end if 0 < t <= len(doc.tokens) else 0
        sent_end = self.doc.seg.sents[self.doc.seg.index_at(pos)].end if self.doc.seg else len(text)
        if (
            not self.en
            and 0 < t < t_end
            and t in self._cue_hits
            and self._pick(self._cue_hits[t]).entry.kind == "part"
            and _COMMAS & set(text[pos : doc.tokens[t].start])
            and any(
                j in self._cue_hits and j > 0 and doc.word(j - 1) in _AR_REL_PRON
                for j in range(max(1, t - 6), t)
            )
        ):
            # "الموقف الذي أبدته باريس، مؤكدا أن": the relative clause's verb took its
            # object before it; what follows the comma is the participle's, not its content
            return None
        for k in range(t, limit + 1):
            tok_start = doc.tokens[k].start if k < len(doc.tokens) else len(text)
            gap = text[pos : min(tok_start, sent_end + 1)]
            for i, ch in enumerate(gap):
                if prep is not None and k > t + 1:
                    break
                if ch == ":":
                    return self._after_gap(pos + i + 1, k)
                if ch in _ALL_MARKS and (pos + i) in self._quote_by_open:
                    if not self.en and prep_f is not None and len(prep_f) > 1 and k == t:
                        cl = self._quote_by_open[pos + i].close
                        nt = doc.tok_after(cl + 1) if cl > 0 else len(doc.tokens)
                        if (
                            nt < t_end
                            and doc.word(nt) == prep_f
                            and prep_f != _AN  # (not "عبر «فيسبوك» عن": "via")
                            and not text[cl + 1 : doc.tokens[nt].start].strip()
                            and not self._quoted_name(self._quote_by_open[pos + i], k)
                        ):
                            # "داعية «جميع الأطراف» إلى ...": the quoted addressee, then
                            # the preposition the cue needs: the content starts at it
                            return pos + i, k, False
                        # "شكر أرمينيا عبر «تويتر»": a quotation right after a cue that
                        # needs its preposition (عبّر عن) follows the preposition "via"
                        return None
                    if self._quoted_name(self._quote_by_open[pos + i], k):
                        break  # "عبر حسابه على «إكس» أن ...": a name; the content follows
                    if k > t and self._scare_quote(self._quote_by_open[pos + i], k):
                        break  # "التوصل إلى وقف «كامل وفوري» لإطلاق النار": words of a phrase
                    if (
                        not self.en
                        and prep is None
                        and comp != "quote"
                        and not text[pos : pos + i].strip()
                        and (j0 := self._object_before_quote(t, k)) is not None
                    ):
                        # "أعلنت X سحب سفيرها من باريس «بأثر فوري»": the object goes on
                        # into the quotation; the content is the whole object
                        return doc.tokens[j0].start, j0, False
                    if self._en_np_quote(self._quote_by_open[pos + i], k):
                        # 'said the "highly coordinated ... strikes" were aimed at': the
                        # quotation is part of the reported clause, which starts at "the"
                        return doc.tokens[k - 1].start, k - 1, False
                    if (
                        not self.en
                        and comp == "any"
                        and k > t
                        and doc.word(k - 1) in _AR_CLAIM_PREPS
                        and all(self._skippable(j) for j in range(t, k - 1))
                        and (cl := self._quote_by_open[pos + i].close) > 0
                        and (rest := text[cl + 1 : cl + 4].lstrip(" "))
                        and rest[:1] not in ".،,;؛:\n"
                    ):
                        # "حذر من «عواقب خطيرة» إذا واصلت ...": the quoted object goes on
                        # into the clause; the claim is the whole prepositional phrase
                        return doc.tokens[k - 1].start, k - 1, False
                    if not self.en and comp == "any" and self._quote_then_relative(pos + i):
                        # 'انتقد X "موقف التعالي" الذي أبداه الوفد': the quoted words head
                        # the object, which goes on into its relative clause
                        return pos + i, k, False
                    if k == t and self._en_quote_goes_on(self._quote_by_open[pos + i]):
                        # 'rejected "in totality" a ruling by ...', 'expressed "deep regret"
                        # over the demolition': a few quoted words of the reported clause,
                        # which goes on after the closing mark
                        return pos + i, k, False
                    return pos + i, k, True
            if k >= limit or k >= len(doc.tokens):
                break
            if (
                k > t
                and k in self._cue_hits
                and self._pick(self._cue_hits[k]).entry.kind != "noun"
                and not self._carrier_at(k)
                and not self._noun_after_prep(k)  # "، خلال إفادته أمام البرلمان: «"
            ):
                break
            if not self.en and k > t and self._agent_noun_cue(k):
                break  # "تصريحات X عقب إعلان Y أن ...": what follows is Y's, not X's
            w = doc.word(k)
            if comp == "quote":
                pass  # only a quotation mark opens the content ("called it “reckless”")
            elif self.en:
                if w == "that" and self._en_demonstrative_that(k):
                    break  # "rejected that insinuation on Friday.": a plain object
                if w == "that":
                    return doc.tokens[k].end, k + 1, False
                if w == "according" and doc.word(k + 1) == "to" and k > t:
                    # "told reporters on Tuesday, according to Anadolu": the relay, not
                    # content; the content follows it or came before the speaker
                    for c_after in range(k + 2, min(t_end, k + 10)):
                        if "," in text[doc.tokens[c_after - 1].end : doc.tokens[c_after].start]:
                            return self.content_start(c_after, t_end, comp)
                    break
                o = k - 1 if k > 0 and doc.word(k - 1) in ("the", "a", "an") else k
                if comp == "that" and k == t and self._en_bare_clause(o, limit):
                    return doc.tokens[o].start, o, False  # "insisted the truce was holding"
                figure = w == "at" and doc.word(k + 1) in ("least", "most")  # "at least 20"
                if comp == "any" and (w not in _EN_SKIP_AFTER_CUE or figure):
                    if o == k - 1 and self._en_subject_past_that(k, limit):
                        return doc.tokens[o].start, o, False  # "said the vote showed that"
                    later = self._en_that(k, min(limit, k + 12))
                    if later is None and w in ("during", "at", "after", "before", "in"):
                        # "said on Monday during a joint news conference with X in Y that"
                        later = self._en_that(k, min(t_end, k + 24))
                    if later is not None:
                        return doc.tokens[later].end, later + 1, False
                    if (
                        t > 1
                        and _EN_TELL_CUES & {doc.word(t - 1), doc.word(t - 2)}
                        and k <= t + 1
                        and doc.mention_at_tok(k) is None
                        and doc.tokens[k].text.isalpha()
                        and doc.tokens[k].text.islower()
                        and doc.word(k + 1) in _EN_PRONOUNS
                        and doc.word(k + 2) in _EN_FINITE
                    ):
                        # "told the court he would appeal": the one told, then the clause
                        return doc.tokens[k + 1].start, k + 1, False
                    o = k - 1 if k > t and doc.word(k - 1) in ("the", "a", "an") else k
                    if (
                        k == t > 0
                        and doc.word(k - 1) == "the"
                        and self._en_bare_clause(k - 1, limit)
                    ):
                        o = k - 1  # 'said the vote was "illegitimate".': "the" was passed over
                    if k == t and self._en_bare_clause(o, limit):
                        # 'said Moscow would respond "very soon"': the reported clause, with
                        # its quoted words, not the quoted words alone
                        return doc.tokens[o].start, o, False
                    return self._object_quote(k) or (doc.tokens[o].start, o, False)
            else:
                if (
                    k > t
                    and comp != "any"
                    and w[:1] == "و"
                    and not _is_comp(w)
                    and any(c in text[doc.tokens[k - 1].end : doc.tokens[k].start] for c in "،,")
                ):
                    break  # "تابع باهتمام التطورات، وأنه يؤمن بأن": a new clause, not this cue's
                if _is_comp(w) and k > t and doc.word(k - 1) in _AR_TEMPORAL_CONJ:
                    break  # "أعلنت X تعليق ...، بعد أن طردت": a time clause, not the content
                limit_tok = min(limit, len(doc.tokens) - 1)
                if (
                    comp == "that"
                    and k == t
                    and w[:1] == "ب"
                    and len(w) > 3
                    and not _is_comp(w)
                    # (not "أبلغ بوتين بأن": a name that itself begins with ب)
                    and ((nm := doc.mention_at_tok(k)) is None or nm.start > doc.tokens[k].start)
                    and not self._skippable(k)
                    and k + 1 < len(doc.tokens)
                    and not set(text[doc.tokens[k].end : doc.tokens[k + 1].start]) & _ALL_MARKS
                    # (not a manner before a colon: "مضيفا بلهجة حازمة: «...»")
                    and ":" not in text[doc.tokens[k].end : doc.tokens[limit_tok].start]
                ):
                    break  # "اعترفت روسيا باستقلال X عام 2008، «...»": its object, no content
                if (
                    comp == "stance"
                    and (_ar_stance_noun(w) or self._owned_stance(k))
                    and (k == t or _COMMAS & set(text[doc.tokens[k - 1].end : doc.tokens[k].start]))
                ):
                    return doc.tokens[k].start, k, False  # "أعلن X، أمس، رفضه القرار"
                if _is_comp(w) and self._spelled_letter(k):
                    continue  # "في حديث لشبكة سي إن إن أن": a letter of a name
                if _is_comp(w):
                    bare = w in _AR_COMP
                    off = doc.tokens[k].end if bare else doc.tokens[k].start
                    return off, (k + 1 if bare else k), False
                if prep_f and (
                    w == prep_f
                    or (
                        len(prep_f) == 1
                        and w.startswith(prep_f)
                        # "رحب X في بيان بالخطوة": the object of "في" is no proclitic
                        and not (k > t and doc.word(k - 1) in _AR_OCCASION_PREPS)
                    )
                ):
                    if w == prep_f and doc.word(k + 1) in _AR_COMP:
                        return doc.tokens[k + 1].end, k + 2, False  # "أشار إلى أن ..."
                    if k > t and all(
                        self._skippable(j) or doc.word(j) in _AR_RESUMPTIVE for j in range(t, k)
                    ):
                        return doc.tokens[k].start, k, False  # "أعرب خلاله عن", "في بيان عن"
                    if (
                        k - t in (2, 3)
                        and self._occasion_at(t, k) == t
                        and not doc.mentions_in(doc.tokens[t].start, doc.tokens[k].start)
                    ):
                        return doc.tokens[k].start, k, False  # "طالب X في تغريدة بخفض"
                    if prep_f == _AN:
                        # "وأعرب بيرتس، في كلمته ...، عن أسفه": "عن" takes no object
                        # before it; what stands between is the subject, not content
                        return doc.tokens[k].start, k, False
                    if self._ar_apposition_end(t, k + 1) == k:
                        # "رحب X، أمين عام المجلس، بالقرار", "رحب X، الذي تسلم الرئاسة، بـ":
                        # the speaker's apposition is not the object
                        return doc.tokens[k].start, k, False
                    return doc.tokens[t].start, t, False  # from the object on
                if comp == "any" and k == t and (c := self._ar_title_comp(t, limit)):
                    bare = doc.word(c) in _AR_COMP
                    off = doc.tokens[c].end if bare else doc.tokens[c].start
                    return off, (c + 1 if bare else c), False  # "أكد X وزير ... أن"
                if comp == "any" and k == t and (c := self._ar_apposition_comp(t, limit)):
                    bare = doc.word(c) in _AR_COMP
                    off = doc.tokens[c].end if bare else doc.tokens[c].start
                    return off, (c + 1 if bare else c), False  # "أكد X، وزير ...، أن"
                if comp == "any" and k == t and (c := self._ar_apposition_end(t, limit)):
                    return self.content_start(c, t_end, comp)  # "أشاد X، أمين عام ...، بـ"
                if comp == "any" and k == t and (c := self._told_comp(k, limit)) is not None:
                    bare = doc.word(c) in _AR_COMP
                    off = doc.tokens[c].end if bare else doc.tokens[c].start
                    return off, (c + 1 if bare else c), False  # "أكد للصحفيين أنه"
                if (
                    comp == "any"
                    and not self._skippable(k)
                    and not (k == t and w in _AR_RESUMPTIVE)  # "أكد خلاله دعم ..."
                ):
                    later = self._ar_comp_after_object(k, limit)
                    if later is not None:
                        self._addressed = [
                            m.key
                            for m in doc.mentions_in(doc.tokens[k].start, doc.tokens[later].start)
                            if doc.is_actor(m) and not m.adjectival
                        ]
                        w2 = doc.word(later)
                        bare = w2 in _AR_COMP
                        off = doc.tokens[later].end if bare else doc.tokens[later].start
                        return off, (later + 1 if bare else later), False  # "حذر X من أن"
                    return self._object_quote(k) or (doc.tokens[k].start, k, False)
            pos = doc.tokens[k].end
        return None

    def _agent_noun_cue(self, k: int) -> bool:
        """Arabic: a nominal cue at ``k`` ("إعلان"، "تأكيد"، "تحذير") with its own agent, an
        actor named right after it in the genitive ("عقب إعلان الرئيس X أن"): the clause
        after it is that agent's, so it ends the search for an earlier cue's content."""
        doc = self.doc
        if not any(h.entry.kind == "noun" for h in self._cue_hits.get(k, ())):
            return False
        m = doc.mention_at_tok(k + 1)
        return (
            m is not None
            and m.t0 == k + 1
            and not m.adjectival
            and self.speaker_ok(m)
            and not self.text[doc.tokens[k].end : doc.tokens[k + 1].start].strip()
        )

    def _owned_stance(self, k: int) -> bool:
        """Arabic: a stance noun at ``k`` whose owner follows it ("أعلن X ترحيب الرباط
        بالقرار"، "رفض بلاده أي محاولة"): a state or a body named right after it, or
        "his country" / "its government".  (A named owner not after a noun of support,
        whose genitive is mostly its object: "أعلنت X دعم أوكرانيا".)"""
        doc = self.doc
        w = doc.word(k)
        if w not in _AR_STANCE_MASDARS or k + 1 >= len(doc.tokens):
            return False
        if self.text[doc.tokens[k].end : doc.tokens[k + 1].start].strip():
            return False
        if doc.word(k + 1) in _AR_OWN_SIDE:
            return True  # "أعلن X استعداد بلاده لـ"
        m = doc.mention_at_tok(k + 1)
        return (
            w not in _AR_OBJECT_STANCES
            and m is not None
            and m.t0 == k + 1
            and not m.adjectival
            and m.etype in (EntityType.STATE, EntityType.ORGANIZATION)
        )

    def _name_then_stance(self, t: int, t_end: int) -> int | None:
        """Arabic: the token of a stance noun ("تمسكه"، "رفضه") after two or three bare
        words no mention covers, right after a title read alone ("وأكد رئيس البرلمان
        الليبي X Y تمسكه بـ"): the words are the title holder's name, not the content,
        which opens with the stance noun.  Else None."""
        doc = self.doc
        title = doc.mention_at_tok(t - 1) if t > 0 else None
        if title is None or title.t1 != t - 1 or title.etype != EntityType.PERSON:
            return None
        for j in range(t, min(t_end, t + 4)):
            w = doc.word(j)
            if j - t >= 2 and _ar_stance_noun(w):
                return j
            raw = self.text[doc.tokens[j].start : doc.tokens[j].end]
            if (
                self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip()
                or doc.mention_at_tok(j) is not None
                or j in self._cue_hits
                or not raw[:1].isalpha()
                or w.startswith("ال")
                or (j > t and raw.endswith("ة"))  # (a given name may: "حمزة X")
                or _is_comp(w)
                or w in AR_PREP_WORDS
                or self._skippable(j)
            ):
                return None
        return None

    def _described_after(self, t: int) -> bool:
        """Arabic, after "وهو ما وصفه"/"اعتبره" at token ``t`` (past its subject, if
        named): whether a quotation or a complementiser follows at once ("بـ«موقف
        الأشقاء»", "بأنه"): the description is said, not only what it is of."""
        m = self.doc.mention_at_tok(t)
        t2 = m.t1 + 1 if m is not None else t
        return self._quote_opens_within(t2 - 1, 2) or self._comp_soon(t2, 2)

    def _comp_soon(self, t: int, n: int) -> bool:
        """Arabic: whether a complementiser is among the ``n`` tokens from ``t``, before
        any comma ("وصفها X بأنها": yes; "نفاها X بشدة، معتبرا أن": no)."""
        doc = self.doc
        for j in range(t, min(t + n, len(doc.tokens))):
            if j > t and _COMMAS & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return False
            if _is_comp(doc.word(j)):
                return True
        return False

    def _object_before_quote(self, t: int, k: int) -> int | None:
        """Arabic: the first token of an object phrase of two words or more between the
        subject (ending before ``t``) and a quotation opening before token ``k``, written
        with no punctuation up to the quotation ("سحب سفيرها من باريس «بأثر فوري»"), else
        None.  Time words after the subject are skipped; an object opening with a name,
        a preposition, a complementiser or a cue, or holding an occasion ("في مؤتمر"), is
        no such phrase."""
        doc = self.doc
        text = self.text
        j = t
        while j < k and self._skippable(j):
            j += 1
        if k - j < 2 or doc.mention_at_tok(j) is not None:
            return None
        w = doc.word(j)
        if w in AR_PREP_WORDS or w[:1] == "ل" or _is_comp(w) or w in _AR_RESUMPTIVE:
            return None
        if w in _AR_OCCASION_NOUNS or (w[:1] in "وف" and w[1:] in _AR_OCCASION_NOUNS):
            return None  # "في حديث مع إذاعة ... «...»": where it was said
        for i in range(j, k):
            if i in self._cue_hits or (
                doc.word(i) in _AR_OCCASION_PREPS
                and self._occasion_at(i, k) == i
                and (doc.word(i) != _ALA or doc.word(i + 1) == _AR_MARGIN)
            ):
                return None  # (not "موافقة X على استقبال قوات «...»": the object's own على)
            if i > j and text[doc.tokens[i - 1].end : doc.tokens[i].start].strip():
                return None
        return j

    def _ar_predicate_quote(self, t: int, k: int) -> bool:
        """Arabic: the quotation opening before token ``k`` follows an imperfect verb
        (a word in ت/ي after the noun cue's owner at ``t``, "تصريحات X تمثل «...»",
        "يعد «...»"): the quotation is what the writer or speaker says of the noun, not
        its content."""
        j = k - 1
        if self.en or j < t or j >= len(self.doc.tokens):
            return False
        doc = self.doc
        w = doc.word(j)
        gap = self.text[doc.tokens[j].end : doc.tokens[k].start] if k < len(doc.tokens) else ""
        return (
            ":" not in gap
            and len(w) >= 3
            and w[:1] in ("ت", "ي")
            and doc.mention_at_tok(j) is None
            and not self._skippable(j)
        )

    def _scare_quote(self, q: Quote, k: int) -> bool:
        """Arabic: a short quotation (at most three words) inside a noun phrase, after a
        noun of the object and followed by more of the phrase ("وقف «كامل وفوري» لإطلاق
        النار"): quoted words, not the content of the cue before."""
        if self.en or q.close < 0 or len(self.text[q.start : q.end].split()) > 3:
            return False
        after = self.text[q.close + 1 : q.close + 3]
        if not (after[:1] == " " and "\u0600" <= after[1:2] <= "\u06ff"):
            return False
        before = self.doc.word(k - 1)
        return (
            k - 1 not in self._cue_hits
            and not _is_comp(before)
            and before not in AR_PREP_WORDS
            and before not in _AR_PREP_FOLDED
            and self.doc.mention_at_tok(k - 1) is None
        )

    def _en_quote_goes_on(self, q: Quote) -> bool:
        """English: a short quotation (at most four words) right after the cue whose clause
        goes on after the closing mark with a lower-case word ('rejected "in totality" a
        ruling', 'expressed "deep regret" over the attack'): words of the reported clause,
        not a full quotation."""
        if not self.en or q.close < 0 or len(self.text[q.start : q.end].split()) > 4:
            return False
        if self.text[q.close - 1 : q.close] in (".", ",", "!", "?"):
            return False  # ('said "we will respond," adding': the quotation ends the clause)
        return bool(re.match(r" [a-z]", self.text[q.close + 1 : q.close + 3]))

    def _en_np_quote(self, q: Quote, k: int) -> bool:
        """English: a quotation right after "the"/"a"/"an" whose clause goes on after the
        closing mark ('protested the "degrading treatment" of passengers'): quoted words of
        a noun phrase, not a full quotation."""
        if not self.en or q.close < 0 or self.doc.word(k - 1) not in ("the", "a", "an"):
            return False
        rest = self.text[q.close + 1 : q.close + 20]
        return bool(re.match(r" [a-z]", rest))

    def _ar_apposition_comp(self, t: int, limit: int) -> int | None:
        """ "وأكد الصفدي، وزير الخارجية الأردني، أن ...": the complementiser after an
        apposition set off by commas right after the speaker (token ``t`` opens it), or
        None.  The apposition holds no cue, quotation or complementiser of its own."""
        doc = self.doc
        if t <= 0:
            return None
        lead = self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
        if not any(c in lead for c in "،,"):
            return None
        for j in range(t + 1, min(limit, t + 9, len(doc.tokens))):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if any(c in gap for c in '.:;؛"«»“”') or j in self._cue_hits:
                return None
            w = doc.word(j)
            if any(c in gap for c in "،,"):
                return j if _is_comp(w) else None
            if _is_comp(w):
                return None
        return None

    def _ar_apposition_end(self, t: int, limit: int) -> int | None:
        """Arabic: the token after an apposition of the person named right before ``t``,
        set off by commas ("رحب X، أمين عام المجلس، بالقرار", "أشاد X، الذي تسلم الرئاسة،
        بالخطوة"): a title or a relative clause with no quotation, cue, complementiser or
        other person in it; None when ``t`` opens none."""
        doc = self.doc
        if not 0 < t < limit:
            return None
        if not _COMMAS & set(self.text[doc.tokens[t - 1].end : doc.tokens[t].start]):
            return None
        prev = doc.mention_at_tok(t - 1)
        if prev is None or prev.t1 != t - 1 or prev.etype != EntityType.PERSON:
            return None
        w = doc.word(t)
        if not (
            w in _ar_role_heads()
            or (w.startswith("ال") and w[2:] in _ar_role_heads())
            or w in _AR_REL_PRON
        ):
            return None
        for j in range(t + 1, min(limit, t + 12, len(doc.tokens))):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if any(c in gap for c in '.:;؛"«»“”') or (j in self._cue_hits and j > t + 1):
                return None
            if _COMMAS & set(gap):
                return j
            if _is_comp(doc.word(j)):
                return None
            m = doc.mention_at_tok(j)
            if m is not None and m.etype == EntityType.PERSON and m.key != prev.key:
                return None
        return None

    def _ar_title_comp(self, t: int, limit: int, prep: str | None = None) -> int | None:
        """ "وأكد X المتحدث الرسمي باسم وزارة الخارجية أن ...": the complementiser after
        the titles apposed to a person named right before token ``t`` (which opens a role
        noun of ``roles.tsv`` or a mention of that person), or None.  No punctuation,
        quotation or cue in between.  With ``prep`` (a cue's preposition written as a word,
        "أعرب X رئيس مجلس الوزراء عن"), that preposition too."""
        doc = self.doc
        p = t - 1
        while p >= 2 and doc.word(p - 1) in _AR_LINEAGE | _AR_FAMILY and not doc.mention_at_tok(p):
            p -= 2  # a name linked by its short form: "الشيخ تميم بن حمد آل ثاني أمير البلاد"
        prev = doc.mention_at_tok(p) if p >= 0 else None
        if prev is None or prev.t1 != p or prev.etype != EntityType.PERSON:
            return None
        here = doc.mention_at_tok(t)
        if here is not None:
            if here.key != prev.key:
                return None
        elif doc.word(t) not in _ar_role_heads() and doc.word(t) not in _AR_LINEAGE:
            return None  # (or the rest of a longer lineage: "محمد بن سلمان بن عبدالعزيز")
        for j in range(t + 1, min(limit, t + 12, len(doc.tokens))):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if any(c in gap for c in '.:;؛"«»“”') or j in self._cue_hits:
                return None
            w = doc.word(j)
            if _COMMAS & set(gap):
                # "أمير البلاد المفدى، أن": a comma only closes the titles; "وزير الخارجية
                # السعودي، في مؤتمر صحفي، أن": or an occasion set off by commas
                if _is_comp(w):
                    return j if p < t - 1 else None
                if self._occasion_at(j, j + 1) != j:
                    return None
                return self._after_occasion_comp(j, limit, obj=prep is None)
            if _is_comp(w) or (prep is not None and w == prep):
                return j
            m = doc.mention_at_tok(j)
            if m is not None and m.etype == EntityType.PERSON and m.key != prev.key:
                return None
        return None

    def _ar_comp_after_object(self, k: int, limit: int) -> int | None:
        """A bare complementiser right after a short object ("حذر إسرائيل من أن", "أبلغ
        الوفد بأن"): at most four words on, no punctuation, quotation or cue in between.
        Not one with a pronoun that takes the object up ("وصف X بأنه")."""
        doc = self.doc
        for j in range(k + 1, min(limit, k + 5, len(doc.tokens))):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if any(c in gap for c in ',،.:;؛"«»“”'):
                return None
            if j in self._cue_hits:
                return None
            w = doc.word(j)
            if w in _AR_REL_PRON:
                return None  # "دعا للحوار الذي من شأنه أن يخفف": a clause of the object
            if w in _AR_COMP:
                return j
            if _is_comp(w):
                return None  # "وصف الاتهامات بأنها ملفقة": the object is what is described
        return None

    def _quote_then_relative(self, open_at: int) -> bool:
        """Arabic: the closed quotation opening at ``open_at`` is followed right away by a
        relative pronoun («...» الذي، "..." التي): it names the head of a noun phrase."""
        q = self._quote_by_open.get(open_at)
        if q is None or q.close < 0:
            return False
        nxt = self.doc.tok_after(q.close + 1)
        return (
            nxt < len(self.doc.tokens)
            and not self.text[q.close + 1 : self.doc.tokens[nxt].start].strip()
            and self.doc.word(nxt) in _AR_REL_PRON
        )

    def _told_comp(self, k: int, limit: int) -> int | None:
        """Arabic: the complementiser (also "أنه"، "إنها") after those told at ``k``, a
        definite noun in ل that no mention covers ("أكد X للصحفيين في البيت الأبيض أنه"،
        "لوسائل الإعلام"), at most five words on with no punctuation, quotation or cue
        between; else None.  Those told are no content, nor what is described."""
        doc = self.doc
        w = doc.word(k)
        if doc.mention_at_tok(k) is not None or not (
            (w.startswith("لل") and len(w) > 4) or w in _AR_MEDIA_TOLD
        ):
            return None
        for j in range(k + 1, min(limit, k + 6, len(doc.tokens))):
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if any(c in gap for c in ',،.:;؛"«»“”') or j in self._cue_hits:
                return None
            if doc.word(j) in _AR_REL_PRON:
                return None  # "دعا للحوار الذي من شأنه أن": a clause of the object
            if _is_comp(doc.word(j)):
                # (not "للعمل على أن", "ولأن": a clause the noun or a preposition governs)
                ok = doc.word(j)[:1] not in ("و", "ل") and doc.word(j - 1) not in AR_PREP_WORDS
                return j if ok else None
        return None

    def _object_quote(self, k: int) -> tuple[int, int, bool] | None:
        """'condemned the attack "in the strongest terms".' / «دان الهجوم "بأشد العبارات"،»:
        a short object followed by a quotation that ends the clause; the quoted words are
        the claim (a direct statement).  None when the clause goes on after the quotation
        or no quotation follows within three words."""
        doc = self.doc
        text = self.text
        if self.en and doc.word(k) in _EN_FINITE:
            return None  # 'has warned would be a "provocation."': a clause, not an object
        for j in range(k + 1, min(len(doc.tokens), k + 4)):
            gap = text[doc.tokens[j - 1].end : doc.tokens[j].start]
            opens = [
                i
                for i in range(doc.tokens[j - 1].end, doc.tokens[j].start)
                if i in self._quote_by_open
            ]
            if opens:
                q = self._quote_by_open[opens[0]]
                if q.close < 0:
                    return None
                if not self.en and j - 1 > k and doc.word(j - 1)[:1] == "ب":
                    return None  # "متهمة أجهزتها بتنفيذ «...»": the quotation ends the claim
                if self.en and doc.word(j - 1) == "as":
                    return None  # 'rejected the accusation as "baseless"': the object is judged
                rest = text[q.close + 1 : q.close + 4].lstrip(" ")
                if rest[:1] not in ("", ".", "،", ",", ";", "؛", "\n"):
                    return None
                if j - k >= 2 and len(text[q.start : q.end].split()) <= 2:
                    return None  # "تعهد بالرد على أي «عدوان»": quoted words of the object
                return q.open, j, True
            if any(c in gap for c in ",،.:;؛"):
                return None
            if not self.en and _is_comp(doc.word(j)):
                return None  # "واصفا الاتفاق بأنه «...»": the object is part of the claim
        return None

    def _after_gap(self, off: int, k: int) -> tuple[int, int, bool]:
        text = self.text
        while off < len(text) and text[off] in " \t":
            off += 1
        if off < len(text) and text[off] in _ALL_MARKS and off in self._quote_by_open:
            return off, k, True
        return off, k, False

    def _en_bare_clause(self, k: int, limit: int) -> bool:
        """English: a clause without "that" opens at token ``k``: a subject (an actor, a
        pronoun, or a noun phrase of up to three words after a determiner: "the", "a", a
        possessive or a demonstrative) and then an auxiliary or modal ("insisted the truce
        was holding", "added Moscow would respond", "insisted its personnel had acted
        lawfully"); after a pronoun, a past verb in -ed does too ("confirmed it received")."""
        doc = self.doc
        w = doc.word(k)
        m = doc.mention_at_tok(k)
        if m is not None and m.t0 == k:
            j = m.t1 + 1
        elif w in ("he", "she", "they", "it", "we"):
            j = k + 1
            nxt = doc.word(j)
            if (
                j < min(limit, len(doc.tokens))
                and len(nxt) > 4
                and nxt.endswith("ed")
                and nxt.isalpha()
                and not self.text[doc.tokens[k].end : doc.tokens[j].start].strip()
            ):
                return True  # "insisted they acted lawfully", "confirmed it received"
        elif w in _EN_DETERMINERS and w != "any":
            j = k + 1
            while j < min(limit, k + 4) and doc.word(j) not in _EN_FINITE:
                if not doc.word(j).isalpha() or j in self._cue_hits:
                    return False
                j += 1
        else:
            return False
        if j >= min(limit, len(doc.tokens)):
            return False
        if self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip():
            return False  # no punctuation inside the clause opening
        return doc.word(j) in _EN_FINITE

    def _en_that(self, k: int, limit: int) -> int | None:
        """A "that" within reach of token ``k`` with no punctuation or verb cue before it
        ("told the court in April that ...")."""
        doc = self.doc
        names: set[int] = set()  # marks of quoted names ('told the daily "Hurriyet" that')
        for j in range(k, min(limit, len(doc.tokens))):
            gap_from = doc.tokens[j - 1].end if j > k else doc.tokens[j].start
            for i in range(gap_from, doc.tokens[j].start):
                q = self._quote_by_open.get(i)
                if q is not None and self._quoted_name(q, j):
                    names |= {q.open, q.close}
            prev = self.text[doc.tokens[j - 1].start : doc.tokens[j - 1].end] if j > k else ""
            abbrev = (len(prev) == 1 and prev.isupper()) or prev in _EN_ABBREVIATIONS
            if j > k and any(
                c in ',;:."“”' and i not in names and not (c == "." and abbrev)
                for i, c in enumerate(
                    self.text[doc.tokens[j - 1].end : doc.tokens[j].start], doc.tokens[j - 1].end
                )
            ):
                return None  # (not the dots of "the U.N. General Assembly", "Dr. X")
            if j > k and j in self._cue_hits:
                return None
            w = doc.word(j)
            if w in _EN_FINITE:
                return None  # "said Beijing would punish firms that ...": a relative "that"
            if w == "that":
                if j > k and doc.word(j + 1) in _EN_FINITE:
                    return None  # "said Xi ran a country that was ...": a relative "that"
                if j > k and self._en_past_verb(j + 1):
                    return None  # "rejecting the result that gave X a third term"
                if j > k and self._en_relative_that(j):
                    return None  # "urged all countries that value democracy to ..."
                if j > k and self._en_gerund_object_that(k, j):
                    return None  # "accused X of seizing land that belongs to Y"
                return j
        return None

    def _en_subject_past_that(self, k: int, limit: int) -> bool:
        """English: a noun phrase from token ``k`` (after "the") and a past verb with its
        own "that" ("said the attack showed that ...", "said the ruling proved that ..."):
        the reported clause starts at the noun phrase, its subject, not after "that"."""
        doc = self.doc
        for j in range(k + 1, min(limit, k + 4)):
            if set(",;:") & set(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return False
            w = doc.word(j)
            if doc.word(j + 1) == "that" and (w.endswith("ed") or w in _EN_IRREGULAR_PAST):
                return doc.mention_at_tok(j) is None and all(
                    doc.tokens[i].text.isalpha()
                    and doc.tokens[i].text.islower()
                    and doc.word(i) not in _EN_STOP_BEFORE
                    for i in range(k, j)
                )
            if not doc.tokens[j].text.isalpha():
                return False
        return False

    def _en_gerund_object_that(self, k: int, j: int) -> bool:
        """English: the "that" at ``j`` follows the object of "of" + a gerund between ``k``
        and ``j`` ("accused X of occupying land that belongs to Y") and no subject (a
        determiner, pronoun or name) comes after it: a relative pronoun of that object, not
        a complementiser ("accused X of claiming that the vote was rigged" still is)."""
        doc = self.doc
        if not any(
            doc.word(i) == "of" and doc.word(i + 1).endswith("ing") for i in range(k, j - 1)
        ):
            return False
        nxt = doc.word(j + 1)
        if doc.mention_at_tok(j + 1) is not None or nxt in _EN_PRONOUNS:
            return False
        return nxt not in _EN_DETERMINERS and nxt not in ("there", "this", "these", "those")

    def _en_relative_that(self, j: int) -> bool:
        """English: the "that" at ``j`` after a plural noun opens a relative clause: a
        lowercase word that is no determiner, pronoun, name or plural noun follows it, and
        no finite or past verb comes in the two words after that ("countries that value
        democratic institutions", not "reporters that progress had been made")."""
        doc = self.doc
        if not doc.word(j - 1).endswith("s") or doc.mention_at_tok(j - 1) is not None:
            return False
        nxt = doc.word(j + 1)
        if j + 1 >= len(doc.tokens) or doc.mention_at_tok(j + 1) is not None:
            return False
        raw = self.text[doc.tokens[j + 1].start : doc.tokens[j + 1].end]
        if not raw.isalpha() or not raw.islower():
            return False
        if nxt in _EN_DETERMINERS or nxt in _EN_PRONOUNS or nxt in ("there", "this", "these"):
            return False
        if nxt.endswith("s"):
            return False  # "lawmakers that arms deliveries would": a plural noun, a subject
        after = (doc.word(j + 2), doc.word(j + 3))
        return not any(w in _EN_FINITE or w.endswith("ed") for w in after)

    def _en_past_verb(self, j: int) -> bool:
        """Token ``j`` is a past-tense verb with its object or adjunct after it ("gave X",
        "killed the", "approved a"): after "that" it opens a relative clause, as the
        subject of a complement clause would come first."""
        doc = self.doc
        w = doc.word(j)
        if doc.mention_at_tok(j) is not None:
            return False
        if w in _EN_IRREGULAR_PAST:
            return True
        return w.endswith("ed") and len(w) > 4 and doc.word(j + 1) in _EN_OBJECT_OPENERS

    def _en_demonstrative_that(self, k: int) -> bool:
        """English: "that" at ``k`` is a determiner of a short noun phrase that ends its
        clause ("rejected that insinuation on Friday.", "denied that claim, saying"):
        no verb before the next comma or full stop, and no actor named."""
        doc = self.doc
        text = self.text
        n = len(doc.tokens)
        for t in range(k + 1, min(n, k + 6)):
            tok = doc.tokens[t].text
            w = doc.word(t)
            if (
                doc.mention_at_tok(t) is not None
                or w in _EN_FINITE
                or w in _EN_PRONOUNS
                or w in _EN_DETERMINERS
                or (w.endswith("ed") and t > k + 1)
                or not tok.isalpha()
                or set(text[doc.tokens[t - 1].end : doc.tokens[t].start]) & _ALL_MARKS
            ):
                return False
            gap = text[doc.tokens[t].end : doc.tokens[t + 1].start if t + 1 < n else len(text)]
            if _COMMAS & set(gap) or "." in gap or ";" in gap:
                return True
        return False
