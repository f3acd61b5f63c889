"""The speaker of an English cue: the subject before the verb, a clause-final "..., said X",
parentheticals ("Turkey, he added, would ..."), the subject a participle continues, the outlet
a statement is carried by, and the role phrases and ranks before a name.
"""

from __future__ import annotations

import re

from kg.extractors.doc import Ment
from kg.extractors.lexicon import Hit
from kg.extractors.sentences import Span
from kg.extractors.statements.claims import _EN_ARTICLES, _is_outlet
from kg.extractors.statements.endings import Endings
from kg.extractors.statements.statement import Cue, Stmt
from kg.extractors.statements.words import (
    _COMMAS,
    _DATELINE,
    _DATELINE_DASH,
    _EN_AFTERTHOUGHT,
    _EN_BE,
    _EN_CHARGE_NOUNS,
    _EN_CITING,
    _EN_COMMIT_SKIP,
    _EN_DENIAL_SKIP,
    _EN_DETERMINERS,
    _EN_FINITE,
    _EN_HEAD_PREPS,
    _EN_LINKERS,
    _EN_NEGATORS,
    _EN_NOT_PARTICIPLE,
    _EN_OCCASION,
    _EN_OPENERS,
    _EN_OUTLET_STAFF,
    _EN_OWNERS,
    _EN_PASSIVE_ADVERBS,
    _EN_PASSIVE_IRREGULAR,
    _EN_PRONOUNS,
    _EN_READOUT_VERBS,
    _EN_REL_ASIDE,
    _EN_REL_PRON,
    _EN_STOP_BEFORE,
    _EN_SUBORDINATORS,
    _EN_THING_NOUNS,
    _PLAIN_SAYING,
    _plural_group,
)
from kg.models import EntityType

_EN_TAIL_TIME = re.compile(
    r"(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:last|this|next)\s+)?(?:Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|week|weekend)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)
"""English: the time a clause-final "..., X said" may carry before a comma ("said Saturday,",
"said late on Friday,"): what follows the comma is an afterthought, not content."""

__all__ = ["SpeakersEn"]


class SpeakersEn(Endings):
    """The speaker of an English cue."""

    def _en_relative_antecedent(self, k: int, a: int) -> Ment | None:
        """ "..., Kremlin spokesman Dmitry Peskov, who said that ...": the speaker of a
        verb right after "who" is its antecedent, the nearest person named before the
        comma (a state or body only when it stands right before the comma), not a
        name inside the reported clause."""
        doc = self.doc
        j = k - 1
        while j > a and doc.word(j) in _EN_LINKERS:
            j -= 1
        if j <= a or (
            doc.word(j) not in _EN_REL_PRON
            # "South Korea, which has said it found no problems": a state or body saying
            and not (doc.word(j) == "which" and doc.word(k) in ("said", "says", "say"))
        ):
            return None  # (the antecedent may open the sentence: "Vucic, who has denied")
        if self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip() not in (",", "،"):
            return None
        for t in range(j - 1, max(a, j - 9) - 1, -1):
            m = doc.mention_at_tok(t)
            if m is None:
                if doc.word(t) in _EN_STOP_BEFORE or t in self._cue_hits:
                    return None
                continue
            if self.speaker_ok(m) and not m.adjectival:
                return m if m.etype == EntityType.PERSON or t == j - 1 else None
            if not m.adjectival:
                return None
        return None

    def _en_subject(self, k: int, t_min: int) -> Ment | None:
        """The subject of an English verb: the nearest actor before it, with only
        auxiliaries, adverbs, time words or a title in between."""
        doc = self.doc
        j = k - 1
        while j > t_min + 1 and doc.word(j) in _EN_LINKERS and self.en:
            j -= 1  # "X, a self-described liberal, had called": the aside before "had"
        if self.text[doc.tokens[j].end : doc.tokens[j + 1].start].strip() not in (",", "،"):
            j = k - 1
        gap = 0
        hops = 0
        unlinked_name = False
        while (
            j > t_min
            and hops < 3
            and self.text[doc.tokens[j].end : doc.tokens[j + 1].start].strip() in (",", "،")
        ):
            # "Yassin, speaking on state television, accused": skip the aside; "X, the
            # head of the consular section, who was pushed ..., told": and the one before
            i = j
            while i > t_min and _COMMAS.isdisjoint(
                self.text[doc.tokens[i - 1].end : doc.tokens[i].start]
            ):
                i -= 1
            size, opener = j + 1 - i, doc.word(i)
            named = doc.mention_at_tok(i)
            ranked = named is None and hops == 0 and self._ranked_name(i, j)
            if ranked:
                named = doc.mention_at_tok(j)  # ", Colonel Hossein Mahmoudi, said": a rank
            if (
                hops == 0
                and named is not None
                and ((named.t0, named.t1) == (i, j) or ranked)
                and named.etype == EntityType.PERSON
                and not named.key.startswith("Unnamed:")
                and self.speaker_ok(named)
                and (doc.mention_at_tok(i - 1) is not None or self._role_phrase_before(i, t_min))
            ):
                return named  # "Japan's top spokesman, Chief Cabinet Secretary X, said": X
            if hops == 0 and named is None and self.text[doc.tokens[i].start].isupper():
                unlinked_name = True  # "X's secretary, Abdul Rahim Nasser, told"
            apposed = (
                opener in _EN_REL_ASIDE
                or (hops > 0 and opener in ("the", "a", "an"))
                or (opener.endswith("ing") and len(opener) > 5)  # "speaking at a summit in"
                or (
                    # "X, the chairman of the committee who had blocked the bill, said": a
                    # title whose relative clause makes the aside long
                    opener in ("the", "a", "an")
                    and any(doc.word(x) in ("who", "whose") for x in range(i + 1, j + 1))
                )
            )
            if not (i > t_min and (size <= 8 or (size <= 30 and apposed))):
                if hops == 0:
                    return None  # "..., said X": a clause-final cue; its subject follows it
                break
            j = i - 1  # "Macron, who hosted Zelenskyy at the Elysee on Monday, said"
            hops += 1
            m = doc.mention_at_tok(j)
            if m is not None and m.etype == EntityType.PERSON and self.speaker_ok(m):
                break
        comma_at: int | None = None
        while j >= t_min and gap <= 6:
            if (
                j + 1 < k
                and (
                    ")" in (between := self.text[doc.tokens[j].end : doc.tokens[j + 1].start])
                    or doc.tokens[j].text.isupper()
                )
                and _DATELINE_DASH.search(between)
            ):
                return None  # "WASHINGTON (Reuters) - The Treasury said": not the outlet
            if (
                self.en
                and comma_at is None
                and j + 1 < k
                and hops == 0
                and "," in self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
            ):
                comma_at = j + 1
            m = doc.mention_at_tok(j)
            if (
                m is not None
                and comma_at is not None
                and any(doc.word(x) in _EN_FINITE for x in range(m.t1 + 1, comma_at))
            ):
                return None  # "Poland will keep it open, Tusk told": the clause before
            if m is not None:
                prep = doc.prep_of(m)
                if (
                    prep in _EN_SUBORDINATORS
                    and (doc.word(k) in _PLAIN_SAYING or doc.word(k + 1) == "that")
                    and all(doc.word(x) in _EN_LINKERS for x in range(m.t1 + 1, k))
                ):
                    # "came a day after Israel said": a clause's subject (not "after Manila
                    # accused X of": the act that led to it)
                    prep = None
                if self.en and (member := self._en_member_of(m)) is not None:
                    return member  # "X of the North Atlantic Treaty Organization (NATO) said"
                if (
                    self.speaker_ok(m)
                    and prep is None
                    and (not m.adjectival or self._possessive(m))
                ):
                    if unlinked_name and hops > 0 and gap > 0 and self._possessive(m):
                        return None  # the aide named after "X's <title>," speaks, not X
                    if self.en and self._outlet_staff(m, k):
                        return None  # "A Reuters witness said": the witness, not Reuters
                    return m
                if m.adjectival:
                    j = m.t0 - 1
                    gap += 1
                    continue
                posted = self._en_posted_at(m) if m.t1 == k - 1 else None
                if posted is not None:
                    return posted  # "China's embassy in Manila said": the embassy
                return None
            w = doc.word(j)
            if (
                w == "from"
                and (g := doc.mention_at_tok(j - 1)) is not None
                and _plural_group(g.key)
                and doc.prep_of(g) is None
                and self.speaker_ok(g)
            ):
                return g  # "Indian lawmakers from several parties said": the group
            if (
                self.en
                and w in ("of", "from")
                and (who := doc.mention_at_tok(j - 1)) is not None
                and who.etype == EntityType.PERSON
                and self.speaker_ok(who)
                and doc.prep_of(who) is None
                and 0 < gap <= 3
                and all(doc.tokens[x].text[:1].isupper() for x in range(j + 1, j + 1 + gap))
            ):
                return who  # "Sen. X of Florida said": his constituency or home, unlinked
            if w in _EN_STOP_BEFORE or j in self._cue_hits:
                return None
            j -= 1
            gap += 1
        return None

    def _en_member_of(self, m: Ment) -> Ment | None:
        """English: the person named right before "of/from <m>" ("Rafael Grossi of the
        International Atomic Energy Agency", "X from the foreign ministry"; ``m`` may be the
        body's acronym in brackets after its name, "(NATO)"): he speaks, not the body."""
        doc = self.doc
        if m.t0 > 0 and "(" in self.text[doc.tokens[m.t0 - 1].end : doc.tokens[m.t0].start]:
            full = doc.mention_at_tok(m.t0 - 1)
            if full is None or full.key != m.key:
                return None
            m = full
        if doc.prep_of(m) not in ("of", "from") or m.etype == EntityType.PERSON:
            return None
        j = m.t0 - 1
        if doc.word(j) == "the":
            j -= 1
        host = doc.mention_at_tok(j - 1) if j > 0 else None
        if (
            host is None
            or host.t1 != j - 1
            or host.etype != EntityType.PERSON
            or host.adjectival
            or host.key.startswith("Unnamed:")
            or self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip()
            or not self.speaker_ok(host)
        ):
            return None
        return host

    def _en_posted_at(self, m: Ment) -> Ment | None:
        """The office or envoy posted at the place ``m`` names ("the Chinese embassy in
        Manila", "Russia's ambassador to the United Nations", "the U.S. mission in Kabul"):
        the actor right before "in/to/at <m>", which speaks, not the place."""
        doc = self.doc
        if doc.prep_of(m) not in ("in", "to", "at"):
            return None
        j = m.t0 - 1
        while j > 0 and doc.word(j) not in ("in", "to", "at"):
            j -= 1  # past "the" of "to the United Nations"
        host = doc.mention_at_tok(j - 1) if j > 0 else None
        if (
            host is None
            or host.etype not in (EntityType.ORGANIZATION, EntityType.PERSON)
            or host.adjectival
            or doc.prep_of(host) is not None
            or not self.speaker_ok(host)
        ):
            return None
        return host

    def _inverted_speaker(self, h: Hit[Cue], sent: Span, b: int) -> Ment | None:
        """The speaker named after a clause-final cue: "..., said X" (a comma before the
        cue, the name right after it, then the sentence ends or an apposition)."""
        doc = self.doc
        k = h.first
        if k == 0 or "," not in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]:
            return None
        if doc.tokens[k].start - sent.start < 15:
            return None
        m = self.first_mention(h.last + 1, min(b, h.last + 4))
        if m is None:
            return None
        person = self._apposed_person(m, min(b, m.t1 + 6))  # "said Kremlin spokesman X"
        if person is not None:
            m = person
        elif m.adjectival:
            return None
        tail = self.text[m.end : sent.end].strip(" .")
        return m if not tail or tail.startswith((",", "،", "on ", "in ")) else None

    def _reporting_tail(
        self, speaker_start: int, h: Hit[Cue], sent: Span, *, final: bool = False
    ) -> tuple[int, int, bool] | None:
        """ "..., TASS reported." / "..., the ministry said." / "..., she said, the
        deadliest ...": the content is the part of the sentence before the comma that
        precedes the speaker (starting at ``speaker_start``).  ``final``: only when the cue
        ends the sentence (a pronoun subject: "After the talks, he said it went well")."""
        doc = self.doc
        text = self.text
        after = text[doc.tokens[h.last].end : sent.end].strip(" .")
        if after.lstrip(" ,").startswith(_EN_CITING):
            after = ""  # "..., TASS reported, citing the ministry": the source comes later
        if (relay := after.find(", according to ")) >= 0:
            after = after[:relay]  # "..., X told reporters, according to Anadolu": its relay
        if (
            (when := _EN_TAIL_TIME.match(after)) is not None
            and " that " not in after
            and not set('"“”«»').intersection(after)
            and after[when.end() :].startswith(",")
            and after[when.end() + 1 :].split()[:1]
            and after[when.end() + 1 :].split()[0].lower() in _EN_AFTERTHOUGHT
        ):
            after = ""  # "..., the bloc said Saturday, in an unprecedented rebuke": an afterthought
        if (
            after.startswith(",")
            and after[1:].split()[:1]
            and (after[1:].split()[0].lower() in _EN_AFTERTHOUGHT)
        ):
            after = ""  # "..., the ministry said, the deadliest fighting since 2020"
        if (
            not final
            and (cut := re.search(r",\s+(\w+ing)\b", after)) is not None
            and cut.group(1).lower() not in _EN_NOT_PARTICIPLE
        ):
            # "..., the White House said, averting a trade war": "..., X told state
            # television, adding that": the participle clause is not what was said
            after = after[: cut.start()]
        if after and final:
            return None
        if after and not after.startswith(("on ", "in ", "late ", "early ")):
            occasion = after.startswith(_EN_OCCASION) and " that " not in after
            if len(after.split()) > 4 and not occasion:
                # ("..., X said after talks with Y in Ankara": the occasion, not content)
                return None
        gap = text[sent.start : speaker_start].rstrip()
        s_tok = doc.tok_at(speaker_start)
        named = doc.mention_at_tok(s_tok) if s_tok >= 0 else None
        if named is not None and not gap.endswith((",", "،")):
            for i in range(s_tok - 1, max(-1, s_tok - 4), -1):
                if i > 0 and "," in text[doc.tokens[i - 1].end : doc.tokens[i].start]:
                    if self._ranked_name(i, named.t1):
                        gap = text[sent.start : doc.tokens[i].start].rstrip()  # a rank
                    break
        head, _, det = gap.rpartition(" ")
        if det.lower() in ("the", "his", "her", "its", "their", "a", "an"):
            gap = head.rstrip()  # "..., his spokesman X said", "..., a ministry spokesman said"
        elif det.lower().endswith(("'s", "’s")):
            head2, _, det2 = head.rpartition(" ")
            if det2.lower() == "the":
                gap = head2.rstrip()  # "..., the group's leader X said"
        if not gap.endswith((",", "،")) or len(gap) < 15:
            return None
        words = gap.split()
        if words[0].lower() in _EN_OPENERS and (len(words) <= 8 or words[0] == "According"):
            return None  # "In remarks to reporters, X said Beijing ...": an adverbial opener
        lead_text = gap[dl.end() :] if (dl := _DATELINE.match(gap)) else gap
        lead = lead_text.split()
        first = lead[0].lower() if lead else ""
        if (
            after  # (not "Shelling continued overnight, officials said.": a gerund subject)
            and len(lead) <= 8
            and len(first) > 5
            and first.endswith("ing")
            and first not in _EN_NOT_PARTICIPLE
            and not _COMMAS.intersection(lead_text[:-1])
        ):
            return None  # "Thanking the mediators, X said the truce would hold": a fronted
            # participle clause is the speaker's act, not what was said
        return sent.start, doc.tok_after(sent.start), False

    def _en_as_aside(self, k: int, a: int, after: int) -> bool:
        """English: cue ``k`` in an aside "as X said[ in 2019]," set off by commas inside
        a sentence: what X said is the main clause around it, not the predicate after
        the aside."""
        doc = self.doc
        text = self.text
        j = k - 1
        while j > a and k - j <= 6 and doc.word(j) != "as":
            if not (doc.mention_at_tok(j) is not None or doc.word(j) in _EN_DETERMINERS):
                return False
            j -= 1
        if doc.word(j) != "as" or j == k - 1 or j <= a:
            return False  # (not "As Lavrov said on Monday, the West ...": the main clause)
        if not _COMMAS & set(text[doc.tokens[j - 1].end : doc.tokens[j].start]):
            return False
        for t in range(after, min(len(doc.tokens), after + 5)):
            if doc.word(t) == "that":
                return False
            if _COMMAS & set(text[doc.tokens[t - 1].end : doc.tokens[t].start]):
                return True
        return False

    def _outlet_staff(self, m: Ment, k: int) -> bool:
        """English: the outlet ``m`` only modifies the noun of its staff or a witness
        before token ``k`` ("a Reuters witness said", "an AFP correspondent reported")."""
        doc = self.doc
        return _is_outlet(m.key) and any(
            doc.word(j) in _EN_OUTLET_STAFF for j in range(m.t1 + 1, min(k, m.t1 + 3))
        )

    def _en_trailing_relay(self, t: int, t_end: int, reach: int = 8) -> str | None:
        """English: the relay named in ", according to X" (or "according to a statement
        carried by X") within ``reach`` tokens from ``t`` (before ``t_end``) after a
        clause-final cue or a content ("..., Erdogan told reporters, according to
        Anadolu.", "X said ..., according to a statement carried by KCNA")."""
        doc = self.doc
        for j in range(t, min(t_end, t + reach)):
            if doc.word(j) == "according" and doc.word(j + 1) == "to":
                relay = self.first_mention(j + 2, min(t_end, j + 10), allow_prep=("to", "by"))
                return relay.key if relay is not None and _is_outlet(relay.key) else None
        return None

    def _en_passive_cue(self, k: int, after: int) -> bool:
        """English: the cue at token ``k`` is a past participle after a form of "be" (one
        adverb may come between) with no "by" agent after it ("Eritrea was urged to
        withdraw", "the ambassador was being called home", "Reporters were told that ...",
        "the talks were also welcomed"): its subject is the one spoken to or of, and no
        speaker is named.  (Agents, "was condemned by X", are read elsewhere.)"""
        doc = self.doc
        w = doc.word(k)
        if not (w.endswith("ed") or w in _EN_PASSIVE_IRREGULAR):
            return False
        j = k - 1
        if j >= 0 and (doc.word(j) in _EN_PASSIVE_ADVERBS or doc.word(j).endswith("ly")):
            j -= 1
        return j >= 0 and doc.word(j) in _EN_BE and doc.word(after) != "by"

    def _role_phrase_before(self, i: int, t_min: int) -> bool:
        """English: a comma before token ``i`` closes a short noun phrase that opens its
        clause with a determiner ("A spokesman for the ministry, Lin Jian, said")."""
        doc = self.doc
        if i < 2 or "," not in self.text[doc.tokens[i - 1].end : doc.tokens[i].start]:
            return False
        x = i - 1
        while x > t_min and i - x <= 8:
            if self.text[doc.tokens[x - 1].end : doc.tokens[x].start].strip():
                break
            x -= 1
        before_x = self.text[doc.tokens[x - 1].end : doc.tokens[x].start] if x > 0 else ""
        opens = (
            x == t_min
            or bool(_COMMAS & set(before_x))
            or (
                x > 0
                and (")" in before_x or doc.tokens[x - 1].text.isupper())
                and bool(_DATELINE_DASH.search(before_x))
            )
        )  # ("CITY, date (Reuters) - A spokesman for X, Y, said": after the dateline)
        if (
            opens
            and (m := doc.mention_at_tok(x)) is not None
            and m.t0 == x
            and self._possessive(m)
            and 0 < i - 1 - m.t1 <= 4
            and (n := doc.mention_at_tok(i)) is not None
            and n.etype == EntityType.PERSON
        ):
            # "Peru's human rights ombudsman, Eliana Revollar, said": an owner's title
            return not any(
                doc.word(j) in _EN_FINITE or doc.word(j).endswith("ed") for j in range(m.t1 + 1, i)
            )
        return (
            opens
            and doc.word(x) in ("a", "an", "the", "its", "his", "her", "their")
            and not any(doc.word(j) in _EN_FINITE | _EN_NEGATORS for j in range(x + 1, i))
        )  # (not "The talks will resume, X said.": a clause, what X said)

    def _ranked_role_before(self, m: Ment, t_min: int) -> bool:
        """English: a rank stands between the comma and the named person ``m``, after a
        title phrase ("A spokesman for the junta, Colonel X Y, said on state television
        that ...": the title is not what was said)."""
        for i in range(max(t_min + 1, m.t0 - 3), m.t0):
            if self._ranked_name(i, m.t1):
                return self._role_phrase_before(i, t_min)
        return False

    def _en_carried_by(self, t: int, t_end: int) -> str | None:
        """English: the outlet in "said in a statement carried by the state news agency WAM
        that ...", "... published by X", "... broadcast by X" between the cue and its
        content, which relays the statement."""
        doc = self.doc
        for j in range(t, t_end - 1):
            if doc.word(j) in ("carried", "published", "broadcast", "aired") and (
                doc.word(j + 1) == "by"
            ):
                m = self.first_mention(j + 2, t_end, allow_prep=("by",))
                ok = m is not None and m.etype != EntityType.STATE and not m.adjectival
                return m.key if ok and m is not None else None
        return None

    def _en_denied_charge(self, h: Hit[Cue], si: int) -> int | None:
        """English: a denial verb closing an object relative after a charge ("..., a charge
        Pyongyang rejects", "an allegation which Moscow has denied"): a statement of the
        relative's subject whose content is the charge noun phrase ("a charge").  Returns
        the cue's last token when it made one, else None."""
        doc = self.doc
        k = h.first
        j = k - 1
        while j > 0 and doc.word(j) in _EN_DENIAL_SKIP:
            j -= 1
        m = doc.mention_at_tok(j)
        if m is None or m.t1 != j or m.adjectival or not self.speaker_ok(m):
            return None
        n = m.t0 - 1
        if doc.word(n) in ("which", "that"):
            n -= 1
        if n < 1 or doc.word(n) not in _EN_CHARGE_NOUNS or doc.word(n - 1) not in _EN_OWNERS:
            return None
        start, end = doc.tokens[n - 1].start, doc.tokens[n].end
        if self.text[end : doc.tokens[m.t0].start].strip() not in ("", "which", "that"):
            return None  # (one clause: not "... denied the charges. Iran rejected ...")
        self.stmts.append(
            Stmt(
                m.key,
                doc.tokens[k].start,
                doc.tokens[h.last].end,
                start,
                end,
                False,
                confidence=h.entry.prior * 0.85,
                sent=si,
                cue_tok=k,
                found_by="charge",
            )
        )
        self.remember(m.key)
        return h.last

    def _en_parenthetical(self, h: Hit[Cue], a: int, b: int) -> int | None:
        """English: a cue with its subject set off by commas inside the clause it reports
        ("Turkey, he added, would not approve the bid", "Kyiv, Zelensky said, had no
        choice"): the token where the reported clause goes on (a finite verb), else None."""
        doc = self.doc
        k, after = h.first, h.last + 1
        m = doc.mention_at_tok(k - 1)
        s0 = m.t0 if m is not None and m.t1 == k - 1 else k - 1
        if m is None and doc.word(k - 1) not in _EN_PRONOUNS:
            return None
        if s0 - 1 < a or after >= b or doc.word(after) not in _EN_FINITE:
            return None
        before = self.text[doc.tokens[s0 - 1].end : doc.tokens[s0].start]
        between = self.text[doc.tokens[h.last].end : doc.tokens[after].start]
        return after if before.strip() == "," and between.strip() == "," else None

    def _en_readout_subject(self, k: int) -> str | None:
        """English: the person who opens the reported clause holding the cue at ``k``
        when that clause is a readout of his talks ("The White House said Biden spoke with
        X by phone and urged him to ...", "the Kremlin said Putin met Y and stressed"):
        "and" + cue goes on with him, not with the body that reports the call."""
        doc = self.doc
        if doc.word(k - 1) != "and":
            return None
        holder = self._containing(doc.tokens[k].start)
        if holder is None and self.stmts:
            last = self.stmts[-1]  # (its content may end right before "and")
            if not self.text[last.end : doc.tokens[k - 1].start].strip():
                holder = last
        if holder is None or holder.direct:
            return None
        t0 = doc.tok_after(holder.start)
        m = doc.mention_at_tok(t0)
        if m is None or m.t0 != t0 or m.adjectival or m.key == holder.speaker:
            return None
        if m.etype != EntityType.PERSON or doc.word(m.t1 + 1) not in _EN_READOUT_VERBS:
            return None
        if _COMMAS & set(self.text[holder.start : doc.tokens[k - 1].start]):
            return None
        return m.key

    def _en_unnamed_parenthetical(self, h: Hit[Cue], a: int, b: int) -> bool:
        """English: a cue whose subject is an unnamed noun phrase set off by commas inside
        the clause it reports ("Russia, the statement said, had violated ...", "The
        talks, the ministry added, were useful"): the name before the commas is part of
        the content, not the speaker, and the noun names no actor we know."""
        doc = self.doc
        k, after = h.first, h.last + 1
        if after >= b or doc.word(after) not in _EN_FINITE:
            return False
        if self.text[doc.tokens[h.last].end : doc.tokens[after].start].strip() != ",":
            return False
        for j in range(k - 1, max(a, k - 5), -1):
            if doc.mention_at_tok(j) is not None or not doc.tokens[j].text.isalpha():
                return False
            if self.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip() == ",":
                return doc.word(j) in _EN_ARTICLES and j < k - 1
        return False

    def _en_quoted_head(self, h: Hit[Cue], open_at: int) -> bool:
        """English: whether the quotation opening at ``open_at`` right after the cue is a
        short quoted head of a longer object ('pledging "full support" for Russia's war',
        'said "no country" should interfere'): the content is the whole phrase."""
        q = self._quote_by_open.get(open_at)
        if q is None or q.close < 0 or self.text[self.doc.tokens[h.last].end : open_at].strip():
            return False
        inner = self.text[q.start : q.end].rstrip()
        if not inner or len(inner.split()) > 4 or inner[-1] in ".,;:!?":
            return False
        nxt = self.text[q.close + 1 : q.close + 16].split()[:1]
        return bool(nxt) and (nxt[0].lower() in _EN_HEAD_PREPS or nxt[0].lower() in _EN_FINITE)

    def _en_to_infinitive(self, t: int) -> bool:
        """English: a "to" infinitive opens at token ``t`` ("to respect", "not to use",
        "on Monday to ..."), not "to" before a noun phrase ("promised to Kyiv that")."""
        doc = self.doc
        j = t
        while j < t + 4 and doc.word(j) in _EN_COMMIT_SKIP:
            j += 1
        if doc.word(j) != "to" or j + 1 >= len(doc.tokens):
            return False
        nxt = self.text[doc.tokens[j + 1].start : doc.tokens[j + 1].end]
        return nxt.isalpha() and nxt.islower() and nxt not in _EN_DETERMINERS

    def _en_verb_first(self, k: int, a: int) -> bool:
        """English: whether the clause ``[a, k)`` reaches a past-tense verb with its object
        before any actor ("Regional leaders on Sunday gave the junta in Niger a week ...
        and said"): its subject is no actor we know, and an actor after the verb is its
        object, not the one who goes on to speak."""
        doc = self.doc
        dl = _DATELINE.match(self.text, doc.tokens[a].start) if a < k else None
        if dl is not None:
            a = max(a, doc.tok_after(dl.end()))  # "ABUJA (AFP) -": no subject
        for t in range(a, k):
            m = doc.mention_at_tok(t)
            if m is not None and not (m.adjectival and not self._possessive(m)):
                return False  # (a nationality word, "West African leaders", is no subject)
            if t in self._cue_hits:
                return False
            w = doc.word(t)
            past = self._en_past_verb(t) or (
                t > a
                and w.endswith("ed")
                and len(w) > 4
                and doc.word(t - 1) not in _EN_DETERMINERS
                and doc.mention_at_tok(t + 1) is not None  # "handed Sudan's army chief"
            )
            if m is None and past:
                if any(doc.word(x) in _EN_SUBORDINATORS for x in range(t + 1, k)):
                    return False  # "The dispute began early Sunday when X refused ...": X
                return self.in_quote(doc.tokens[t].start) is None
        return False

    def _en_relative_subject(self, m: Ment) -> bool:
        """English: the subject ``m`` opens a relative clause on a noun ("a declaration in
        which Tokyo expressed", "the pact with Japan that Seoul had threatened to scrap")."""
        doc = self.doc
        j = m.t0 - 1
        if doc.word(j) == "the":
            j -= 1
        w = doc.word(j)
        if w in ("which", "whom"):
            return True
        if w != "that" or j < 1 or j - 1 in self._cue_hits:
            return False
        before = doc.mention_at_tok(j - 1)
        return (before is not None and before.t1 == j - 1) or doc.word(j - 1) in _EN_THING_NOUNS

    def _en_clause_subject(self, k: int, a: int) -> Ment | None:
        """The subject of the main clause a participle or coordinated verb at token
        ``k`` continues ("NATO's spokeswoman Oana Lungescu called Russia's rhetoric
        reckless, adding that ..."): the first actor of the sentence that no
        preposition governs, or the person a title puts right after it ("NATO
        spokesperson X", "Iran's foreign minister X")."""
        doc = self.doc
        t = a
        if doc.word(a) in _EN_STOP_BEFORE:
            # "In Moscow, President X greeted ... and told": skip the opening adverbial
            for j in range(a + 1, min(k, a + 7)):
                if "," in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]:
                    t = j
                    break
        while t < k:
            m = doc.mention_at_tok(t)
            if m is None:
                if doc.word(t) in _EN_SUBORDINATORS and t + 1 < k and t + 1 in self._subj_toks(t):
                    # "The dispute began when President X refused ..., saying": no actor in
                    # the main clause; the subclause's subject speaks
                    t += 1
                    continue
                if doc.word(t) in _EN_STOP_BEFORE or t in self._cue_hits:
                    if self.in_quote(doc.tokens[t].start) is None:
                        return None
                t += 1
                continue
            if (
                not self.speaker_ok(m)
                or (
                    doc.prep_of(m) is not None
                    and not (m.t0 > a - 1 and doc.word(m.t0 - 1) in _EN_SUBORDINATORS)
                )  # ("after Prague expelled ...": a clause's subject, see _subclause_start)
                or self.in_quote(m.start) is not None  # '"Peru is ready," Boluarte said, adding'
            ):
                t = m.t1 + 1
                continue
            if m.adjectival or self._possessive(m) or m.etype != EntityType.PERSON:
                nxt = next(
                    (
                        doc.mention_at_tok(j)
                        for j in range(m.t1 + 1, min(k, m.t1 + 5))
                        if doc.mention_at_tok(j) is not None
                    ),
                    None,
                )
                if (
                    nxt is not None
                    and nxt.etype == EntityType.PERSON
                    and self.speaker_ok(nxt)
                    and self._title_gap(m.t1 + 1, nxt.t0)
                ):
                    return nxt
                if m.adjectival and not self._possessive(m):
                    t = m.t1 + 1
                    continue
            return m
        return None

    def _subj_toks(self, j: int) -> set[int]:
        """English: ``{j + 1}`` when an actor mention opens within two tokens after the
        subordinator at ``j`` ("when Colombian President X"), else the empty set."""
        doc = self.doc
        for t in (j + 1, j + 2):
            m = doc.mention_at_tok(t)
            if m is not None and self.speaker_ok(m) and m.t0 <= j + 2:
                return {j + 1}
        return set()

    def _title_gap(self, t0: int, t1: int) -> bool:
        """Whether English tokens ``[t0, t1)`` between an actor and a person can be a title
        ("NATO spokesperson X") rather than a verb and its object ("Prague expelled 18
        Russian diplomats", "Iran summoned the Swiss envoy")."""
        for j in range(t0, t1):
            w = self.doc.word(j)
            if w in ("the", "a", "an") or not w.replace("'", "").replace("’", "").isalpha():
                if w not in ("'s", "’s"):
                    return False
            if w.endswith("ed") and not self.doc.tokens[j].text[:1].isupper():
                return False
        return True
