"""Where an indirect content ends (``content_end``): the end of the sentence, or before a cue
that takes over (", adding that", "، مؤكدا أن"), a clause with its own subject (", while ...",
"، فيما ..."), a final attribution ("..., the ministry said."), or a relative clause.
"""

from __future__ import annotations

import re

from kg.extractors.sentences import Span
from kg.extractors.statements.claims import _occasion_tail
from kg.extractors.statements.joint import Joint
from kg.extractors.statements.marks import _ALL_MARKS
from kg.extractors.statements.words import (
    _AR_ACCORDING,
    _AR_BUT,
    _AR_FRONTED_CONTRAST,
    _AR_SETTING_PREPS,
    _AR_WHAT_SOURCE,
    _AR_WHILE,
    _AR_WHILE_CLAUSE,
    _AR_WRITER_ASIDE,
    _COMMAS,
    _EN_CALLED_OPENERS,
    _EN_CHARGE_NOUNS,
    _EN_CITING,
    _EN_COORD_AUX,
    _EN_DENIAL_CUES,
    _EN_FINITE,
    _EN_NOT_PARTICIPLE,
    _EN_NOT_PREDICATE,
    _EN_OWNERS,
    _EN_PREDICATE_GOES_ON,
    _EN_PRONOUNS,
    _FI,
    _HIN,
    _WA_DHALIK,
)
from kg.extractors.text import fold
from kg.models import EntityType

__all__ = ["Endings"]


class Endings(Joint):
    """Where an indirect content ends."""

    def content_end(self, start: int, t_from: int, sent: Span, t_sent_end: int) -> int:
        """End of an indirect content: sentence end, or before a cue that takes over."""
        doc = self.doc
        for k in range(t_from, t_sent_end):
            if (
                not self.en
                and doc.word(k) == _WA_DHALIK
                and k > t_from
                # (or its source: "...، وذلك حسبما أفادت وكالة X")
                and (doc.word(k + 1) in _AR_SETTING_PREPS or doc.word(k + 1) in _AR_ACCORDING)
                and _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start])
                and doc.tokens[k].start > start
            ):
                # "...، وذلك خلال مؤتمر صحفي", "...، وذلك بعد ساعات من": the writer's
                # setting of the statement, not its content
                return self._trim_end(start, doc.tokens[k].start)
            if (
                self.en
                and k - t_from >= 4
                and self._final_relative(k, t_sent_end)
                and not self._own_naming_aside(k)
            ):
                # "... the Kosovo force, which has around 4,500 troops on the ground": the
                # writer's background on the last noun, not the claim
                return self._trim_end(start, doc.tokens[k].start)
            if (
                self.en
                and k > t_from
                and doc.word(k) in _EN_OWNERS
                and doc.word(k + 1) in _EN_CHARGE_NOUNS
                and "," in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
                and any(
                    doc.word(j) in _EN_DENIAL_CUES
                    or (j < k + 5 and (o := doc.mention_at_tok(j)) is not None and not o.adjectival)
                    for j in range(k + 2, min(k + 7, t_sent_end))
                )
            ):
                # "accused X of ..., a charge Cotonou denies": the charge's denier follows;
                # "..., a claim Moscow has not commented on": the writer's note on it
                return self._trim_end(start, doc.tokens[k].start)
            if self._while_clause(k, t_sent_end) and doc.tokens[k].start > start:
                # "..., while the Maldivian foreign ministry summoned ...", "...، فيما أجرى
                # الشيخ عبدالله اتصالا": the writer's context with a subject of its own
                return self._trim_end(start, doc.tokens[k].start)
            hits = self._cue_hits.get(k)
            if not hits:
                continue
            if not self.en and k - 1 > t_from and self._relative_cue(k):
                rel = doc.tokens[k - 1]
                if (
                    _COMMAS & set(self.text[doc.tokens[k - 2].end : rel.start])
                    and rel.start > start
                ):
                    # "انتقد X تصريحات Y ...، والتي أعرب فيها عن": Y's own statement follows
                    return self._trim_end(start, rel.start)
            # ("adding" is both a form of v:add and the participle row x:adding)
            h = next((x for x in hits if x.entry.kind in ("part", "source")), hits[0])
            prev_gap = self.text[doc.tokens[k - 1].end : doc.tokens[k].start] if k > 0 else ""
            w = doc.word(k)
            takes_over = (
                (
                    h.entry.kind in ("part", "source")
                    or (  # ", stressing that ..."
                        self.en
                        and h.entry.kind == "say"
                        and w.endswith("ing")
                        and doc.word(h.last + 1) == "that"
                    )
                )
                and (
                    "," in prev_gap
                    or "،" in prev_gap
                    # (not "وفق", whose و is no conjunction: "ستجرى وفق الجدول")
                    or (
                        not self.en
                        and w[:1] == "و"
                        and (
                            w not in _AR_ACCORDING
                            or doc.word(h.last + 1) in _AR_WHAT_SOURCE
                            or doc.mention_at_tok(h.last + 1) is not None
                        )
                    )
                )
            )
            if (
                h.entry.comp == "quote"
                and not self._quote_opens_within(k, 8)
                and not (
                    self.en
                    and h.entry.kind == "part"
                    and "," in prev_gap
                    and self._naming_predication(h.last + 1, t_sent_end, None) is not None
                )  # (", calling the crisis a threat to ...": a second statement)
            ):
                continue  # "denied the reports and called them false": not a new statement
            if (
                not takes_over
                and self.en
                and h.entry.kind == "say"
                and (w.endswith("ed") or w in ("say", "says"))
            ):
                # ("deny ... and say ...": a second statement of the same subject)
                c = self._en_coord_tok(k, t_from)  # ("and has described": past "has")
                takes_over = doc.word(c) in ("and", "but") and doc.tokens[c].start > start
                if takes_over:
                    return self._trim_end(start, doc.tokens[c].start)
            if not takes_over and h.entry.kind in ("say", "relay"):
                takes_over = ("," in prev_gap or "،" in prev_gap) and (not self.en and w[:1] == "و")
                if takes_over and self._own_act_told(start, k, h.last):
                    continue  # "قال إنه اتصل بنظيره، وأبلغه بأن": one reported clause
            if (
                not takes_over
                and not self.en
                and h.entry.kind == "say"
                and k > t_from + 1
                and doc.word(k - 1) in _AR_BUT
                and _COMMAS & set(self.text[doc.tokens[k - 2].end : doc.tokens[k - 1].start])
                and doc.tokens[k - 1].start > start
            ):
                # "...، لكنها شددت على أن": a second statement of the same speaker
                return self._trim_end(start, doc.tokens[k - 1].start)
            if not takes_over and not self.en and h.entry.kind == "say" and k > 1:
                c = k - 2 if doc.word(k - 1) == _HIN and doc.word(k - 2) == _FI else k - 1
                gap = self.text[doc.tokens[c - 1].end : doc.tokens[c].start]
                if (doc.word(c) in _AR_WHILE or c < k - 1) and _COMMAS & set(gap):
                    if doc.tokens[c].start > start:  # "...، فيما أكدت الخارجية أن": a new clause
                        return self._trim_end(start, doc.tokens[c].start)
            if (
                not takes_over
                and not self.en
                and h.entry.kind == "say"
                and not h.prefix
                and _COMMAS & set(prev_gap)
                and doc.tokens[k].start > start
                and self._fronted_contrast(sent, start)
            ):
                # "وبينما دعت فرنسا إلى التهدئة، طالبت ألمانيا بـ": the fronted clause ends
                # at its comma; the main clause after it has a speaker of its own
                return self._trim_end(start, doc.tokens[k].start)
            if not takes_over and self.en and h.entry.kind == "say":
                j = self._new_clause_subject(k, t_from)
                if j is None:
                    j = self._final_attribution(k, h.last, t_from, sent)
                if j is not None and doc.tokens[j].start > start:
                    # "..., and the newspaper said ...": a second speaker's statement;
                    # "..., the State Department said.": who reports it, not content
                    return self._trim_end(start, doc.tokens[j].start)
            if takes_over and doc.tokens[k].start > start:
                return self._content_end(start, doc.tokens[k].start)
        return self._content_end(start, sent.end)

    def _content_end(self, start: int, end: int) -> int:
        """:meth:`_trim_end` of content ``start`` .. ``end``, cut before an Arabic writer's
        aside ("...، وهو ما نفته الدوحة"، "...، وهو ما رفضه X، واصفا": the writer's comment,
        not content)."""
        if not self.en and (aside := _AR_WRITER_ASIDE.search(self.text, start, end)) is not None:
            end = aside.start()
        return self._trim_end(start, end)

    def _fronted_contrast(self, sent: Span, start: int) -> bool:
        """Arabic: the sentence opens with a contrast or time subordinator ("بينما"،
        "وفيما"، "وفي حين") before the content at ``start``: a fronted subordinate clause,
        which a comma closes before the main clause."""
        doc = self.doc
        a = doc.tok_after(sent.start)
        if a >= len(doc.tokens) or doc.tokens[a].start >= start:
            return False
        w = doc.word(a)
        w = w[1:] if w[:1] in ("و", "ف") and w[1:] in _AR_FRONTED_CONTRAST else w
        if w in _AR_FRONTED_CONTRAST:
            return True
        return w in (_FI, "و" + _FI) and doc.word(a + 1) == _HIN

    def _own_naming_aside(self, k: int) -> bool:
        """English: ", which he called "..."" / ", whom she called ..." at ``k``: the speaker's
        own naming of what the content just named, part of that content (not a statement
        of its own)."""
        doc = self.doc
        hits = self._cue_hits.get(k + 2)
        return (
            doc.word(k) in ("which", "whom")
            and doc.word(k + 1) in ("he", "she", "it", "they")
            and hits is not None
            and any(x.entry.comp == "quote" and x.entry.kind == "say" for x in hits)
        )

    def _final_relative(self, k: int, limit: int) -> bool:
        """English: ", which"/", who"/", whose" at ``k`` opening a relative clause that no
        verb of the main clause follows ("..., who was visiting his home country, would not
        be allowed" goes on: not this one)."""
        doc = self.doc
        if doc.word(k) not in ("which", "who", "whose"):
            return False
        if "," not in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]:
            return False
        for j in range(k + 1, limit):
            if "," in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]:
                nxt = doc.word(j)
                if nxt in _EN_FINITE or (doc.word(j + 1) in _EN_FINITE and nxt.endswith("ly")):
                    return False  # the main clause resumes after the aside
        return True

    def _while_clause(self, k: int, limit: int) -> bool:
        """Comma + "while"/"whereas" (Arabic "، فيما"/"، بينما") at ``k`` opening a clause whose
        subject is an actor named within a few words ("..., while the Maldivian foreign
        ministry ...", "...، فيما أجرى الشيخ عبدالله اتصالا")."""
        doc = self.doc
        if k == 0:
            return False
        if self.en and doc.word(k) not in ("while", "whereas"):
            return False
        if not self.en and doc.word(k) not in _AR_WHILE_CLAUSE:
            return False
        if not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start]):
            return False
        for j in range(k + 1, min(limit, k + (4 if self.en else 7))):
            m = doc.mention_at_tok(j)
            if m is not None:
                return self.speaker_ok(m) and doc.prep_of(m) is None and not m.adjectival
        # English: "..., while analysts said ...", "..., while the opposition insists":
        # a subject we did not link and a speech verb of its own, another speaker's clause
        return self.en and any(
            j in self._cue_hits and not doc.word(j).endswith("ing")
            for j in range(k + 2, min(limit, k + 5))
        )

    def _new_clause_subject(self, k: int, t_min: int, apposed: bool = True) -> int | None:
        """For an English speech verb at ``k``: the token of ", and"/", but"/", though" opening its
        clause when a subject of its own (a name, "the newspaper") stands between, else
        None.  ``apposed``: the subject may be a person with an apposition."""
        doc = self.doc
        if (
            apposed
            and self.en
            and k > t_min + 1
            and "," in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
        ):
            # "..., and Jane Roe, the bloc's chairperson, urged ...": past the apposition
            for j in range(k - 2, max(t_min, k - 12), -1):
                if "," in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]:
                    m = doc.mention_at_tok(j - 1)
                    person = m is not None and m.t1 == j - 1 and m.etype == EntityType.PERSON
                    return self._new_clause_subject(j, t_min, False) if person else None
        j = k - 1
        subject = False
        # (a titled name reaches further: "and EU foreign policy chief Josep Borrell urged")
        while j > t_min and k - j <= (8 if subject else 5):
            w = doc.word(j)
            if w in ("and", "but", "while", "whereas", "as", "though", "although"):
                gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
                return j if subject and "," in gap else None
            if doc.mention_at_tok(j) is not None and self.speaker_ok(doc.mention_at_tok(j)):
                subject = True
            elif w in _EN_PRONOUNS and w != "it":
                subject = True
            elif not (w in ("the", "a", "an") or w.isalpha()):
                return None
            gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if gap.strip() and not (gap == "-" and subject):
                return None  # punctuation inside: not one subject phrase ("Secretary-General")
            j -= 1
        return None

    def _final_attribution(self, k: int, last: int, t_min: int, sent: Span) -> int | None:
        """For an English speech verb at ``k`` (ending at token ``last``) that closes the
        sentence after a comma and a short subject ("..., the State Department said.",
        "..., India said.", "..., China's Xinhua news agency reported, citing ..."): the
        first token of that subject, else None."""
        doc = self.doc
        text = self.text
        after = text[doc.tokens[last].end : sent.end].strip(" .\n")
        participle = re.match(r",\s+(\w+ing)\b", after)
        if participle is not None and participle.group(1).lower() not in _EN_NOT_PARTICIPLE:
            after = ""  # "..., his spokesman X said, describing it as ...": X's own adjunct
        if (
            after
            and not after.lstrip(" ,").startswith(_EN_CITING)
            and len(after.split()) > 3
            and not _occasion_tail(after)
        ):
            return None
        j = k - 1
        named = self._pair_subject(k, t_min) is not None  # "..., the two sides said."
        while j > t_min and k - j <= 6:
            m = doc.mention_at_tok(j)
            if m is not None and self.speaker_ok(m):
                named = True
            elif not (doc.word(j).isalpha() or doc.word(j) in ("'s", "’s")):
                return None
            gap = text[doc.tokens[j - 1].end : doc.tokens[j].start]
            if _COMMAS & set(gap):
                return j if named and doc.word(j) not in _EN_PRONOUNS else None
            if gap.strip() and gap.strip() not in ("'", "’"):
                return None
            j -= 1
        return None

    def _naming_predication(
        self, t: int, b: int, start: tuple[int, int, bool] | None
    ) -> tuple[int, int, bool] | None:
        """The content of "called X Y" from the object ``t`` on: when a quotation follows
        the object ('called the visit "a serious provocation"': the object named is part
        of the claim, an indirect span, as the annotation guidelines' gold marks it), or
        when there is no quotation and a second noun phrase names the object ("called the
        visit to the shrine a provocation")."""
        doc = self.doc
        text = self.text
        if t >= b:
            return start
        whole = (doc.tokens[t].start, t, False)
        if start is not None:
            q = self._quote_by_open.get(start[0]) if start[2] else None
            if q is None or q.close < 0 or start[0] <= doc.tokens[t].start:
                return start
            return whole  # (a quotation right after the cue, 'called "a bluff"', stays)
        w = doc.word(t)
        if w not in _EN_CALLED_OPENERS and doc.mention_at_tok(t) is None:
            return None
        for j in range(t + 1, min(b, t + 9)):
            lo = doc.tokens[j - 1].end
            opens = range(lo, doc.tokens[j].start)
            if self.en and j > t + 1 and any(i in self._quote_by_open for i in opens):
                return whole  # 'called the Indian remarks "irresponsible"': object, then quote
            if any(c in text[lo : doc.tokens[j].start] for c in ',;:."“”'):
                return None
            wj = doc.word(j)
            noun = j in self._cue_hits and (
                any(x.entry.kind == "noun" for x in self._cue_hits[j])
                or (j + 1 < b and self._quote_opens_before(j + 1))  # 'the remarks "..."'
            )
            ends = ("that", "for", "on", "after", "before", "by")
            if (j in self._cue_hits and not noun) or wj in ends:
                return None
            if wj in ("a", "an") and doc.word(j + 1) not in _EN_NOT_PREDICATE:
                return whole
        return None

    def _naming_tail_cut(self, s_start: int, s_end: int) -> int:
        """English: the end of the content of 'called X "Y"' from ``s_start``: after its
        last closed quotation when what follows is no part of the predicate ('called the
        visit "a provocation" on Tuesday', '... "looters" during his campaign'); else
        ``s_end`` ('"a provocation" against his country')."""
        text = self.text
        close = -1
        for i in range(s_start, s_end):
            q = self._quote_by_open.get(i) if text[i] in _ALL_MARKS else None
            if q is not None and s_start < q.close < s_end:
                close = q.close
        if close < 0 or not text[close + 1 : s_end].strip(" .,"):
            return s_end
        if _EN_PREDICATE_GOES_ON.match(text, close + 1, s_end):
            return s_end
        return self._trim_end(s_start, close + 1)

    def _close_before(self, offset: int) -> None:
        """End the statement running over ``offset`` before it (", and urged ...")."""
        for s in self.stmts:
            if s.start < offset < s.end and not s.direct:
                s.end = self._trim_end(s.start, offset)

    def _own_act_told(self, start: int, k: int, last: int) -> bool:
        """Arabic: whether a content opening at ``start`` with the speaker's own pronoun
        and a verb ("إنه اتصل بنظيره") goes on at ``k`` with a verb telling "him" ("،
        وأبلغه بأن", "، وأكد له أن"): the speaker's own act, still reported."""
        doc = self.doc
        c = doc.tok_after(start)
        own = (fold("انه"), fold("انها"), fold("بانه"), fold("بانها"))
        if not any(doc.word(j) in own and doc.mention_at_tok(j + 1) is None for j in (c - 1, c)):
            return False
        w = doc.word(k)
        return w.endswith(("ه", "ها", "هم")) or doc.word(last + 1) in (fold("له"), fold("لها"))

    def _en_coord_tok(self, k: int, a: int) -> int:
        """English: the token before cue ``k`` past auxiliaries and -ly adverbs ("and has
        repeatedly described": the "and"), at most three words back."""
        doc = self.doc
        j = k - 1
        while j > a and k - j <= 3:
            w = doc.word(j)
            if not (w in _EN_COORD_AUX or (w.endswith("ly") and doc.tokens[j].text.islower())):
                break
            j -= 1
        return j
