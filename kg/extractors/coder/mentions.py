"""The relation coder's rules on the actors around a trigger.

It codes the actors around a trigger: the patient after it (:meth:`Mentions.mention_after` and
the guards that stop its search: a new clause, a partner, a relay, a time phrase), the
agent before it (``agent_before``), adjectives and nisbas that stand for their state
(``adj_actor``), and the subject mentions of clauses and statements.

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from kg.extractors.coder.meetings import _MEDIATE_EN
from kg.extractors.coder.relation import Rel
from kg.extractors.coder.timing import ActTimes
from kg.extractors.coder.words import (
    _ADJ_PARTICIPLES_EN,
    _ADVERBS_EN,
    _AFFAIRS_AR,
    _ALONGSIDE_AR,
    _AR,
    _AR_REL_PRON,
    _AR_SKIP,
    _AT_REQUEST,
    _AT_TARGET,
    _AUX_EN,
    _BE_EN,
    _BETWEEN,
    _BORDER_EN,
    _BOTH_AR,
    _CLAIM_NOUNS_EN,
    _CLAUSE_LINKS_EN,
    _CLAUSE_OPENERS,
    _COMPASS_EN,
    _CONTRAST_AR,
    _COUNT_NOUNS_AR,
    _COUNT_WORDS_EN,
    _COUNTERPART_NOUNS_EN,
    _COUNTERPART_ROLE_EN,
    _EN_DETERMINERS,
    _FINITE_VERBS_EN,
    _FLAG_AR,
    _GOODS_EN,
    _GROUP_REPS_EN,
    _HYPHEN_PARTICIPLE,
    _KIN_DETERMINERS_EN,
    _KIN_NOUNS,
    _LIGHT_ACT_VERBS_EN,
    _LOCATIVE,
    _LOOK_ON_EN,
    _NEAR_AR,
    _ON_BEHALF,
    _OWNER_PARTICIPLES_EN,
    _PACT_NOUNS_EN,
    _PARTNER_ENDS_AR,
    _PARTY_GROUPS_AR,
    _PLURAL_PEOPLE_EN,
    _POSSESSIVE_PRONOUNS_EN,
    _PUNCT_EVAL,
    _REGION_NOUNS_AR,
    _RELAY_INSET_AR,
    _RELAY_INSET_PREPS_AR,
    _RESPOND_AR,
    _SEARCH_BREAKS,
    _SOURCE_MARKERS,
    _TEMPORAL_CLAUSE_EN,
    _TIME_BREAKS,
    _TO_AR,
    _VENUE_EVENTS_AR,
    _WATCHING_EN,
    _WITH_AR,
    _contribution_ar,
    _heads,
    _weapon,
)
from kg.extractors.doc import AR_PREP_WORDS, EN_PREP_WORDS, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.native import trait
from kg.extractors.quotes import Stmt
from kg.extractors.sentences import Span
from kg.extractors.triggers import Trigger
from kg.gazetteer import Gazetteer
from kg.models import EntityType, RelationType

__all__ = ["Mentions"]


@trait
class Mentions(ActTimes):
    """The coder's rules on the actors around a trigger."""

    # ------------------------------------------------------------------ helpers
    def _span_words(self, i: int, j: int) -> list[str]:
        """``doc.word(k)`` for every ``k`` in ``range(i, j)`` (one slice when in range)."""
        words = self.words
        if 0 <= i <= j <= len(words):
            return words[i:j]
        return [self.doc.word(k) for k in range(i, j)]

    def actor(self, m: Ment | None) -> bool:
        if m is None or not self.doc.is_actor(m):
            return False
        if self.en:
            return True
        # "وزير الدولة للشؤون الخارجية": a ministry's name inside a title is no actor
        words = self.words
        j = m.t0 - 1
        return not (0 <= j < len(words) and words[j] in _AFFAIRS_AR)

    def stmt_at(self, offset: int) -> Stmt | None:
        best: Stmt | None = None
        k = bisect_right(self._stmt_starts, offset)
        for s in self._by_start[max(0, k - 12) : k]:
            if s.start <= offset < s.end and (
                best is None or s.end - s.start < best.end - best.start
            ):
                best = s
        return best

    def mention_after(
        self,
        t_from: int,
        t_to: int,
        preps: tuple[str, ...],
        *,
        exclude: set[str],
        place: bool,
        required: bool = False,
    ) -> tuple[Ment | None, bool]:
        """First mention after ``t_from``: one governed by ``preps`` if any within reach
        (returns ``(mention, True)``), else the first plain actor (unless ``required``).
        A nisba or demonym counts only next to an actor noun ("القيادة المصرية")."""
        doc = self.doc
        mention_at = doc.mention_at_tok
        words = self.words
        n_words = len(words)
        first_plain: Ment | None = None
        t = t_from
        while t < t_to:
            m = mention_at(t)
            if m is None:
                w = words[t] if 0 <= t < n_words else ""
                if (
                    w == _ALONGSIDE_AR
                    and t - 1 > t_from
                    and words[t - 1] == _TO_AR
                    and "،" in self.text[doc.tokens[t - 2].end : doc.tokens[t - 1].start]
                ):
                    break  # "وأدانت قطر الهجوم، إلى جانب السعودية": a co-agent
                if self.en and w == "by" and t > t_from and words[t - 1].startswith(_MEDIATE_EN):
                    break  # "agreed to a truce brokered by X": the go-between
                if (
                    self.en
                    and w == "as"
                    and t > t_from
                    and self._speech_patient
                    and words[t + 1 : t + 2] in (["a"], ["an"])
                ):
                    # "denounced the veto as a betrayal of Syria", "as a threat to Cyprus":
                    # who the judged act wrongs is no one judged
                    break
                if self.en and w in _TEMPORAL_CLAUSE_EN and t >= t_from:
                    # "called for calm after protests by Castillo's supporters", "a day
                    # after the nation broke off ties with Taiwan": who acts in the time
                    # clause is no patient of the act before it
                    break
                if self.en and w == "that" and t > t_from and words[t - 1] in _CLAIM_NOUNS_EN:
                    # "rejected suggestions that Rwanda was being paid": who the claim is
                    # about is not whom the claim's rejection or denial acts on
                    break
                if (
                    self.en
                    and t_from + 1 < t < len(doc.tokens)
                    and "," in self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
                    and doc.word(t - 1) not in _CLAUSE_LINKS_EN
                    and self._finite_verb_en(t)
                    and t not in self.cue_speaker
                ):
                    # "X, who had refused to accept his defeat, left Banjul": the verb
                    # after the closing comma is the main clause's, its place no patient
                    break
                if self.en and t > t_from and self._relative_clause_at(t):
                    # "will not accept any decision that goes against Belarus": who the
                    # relative clause's verb acts on is no patient of the act before it
                    break
                if (
                    self.en
                    and w == "and"
                    and t > t_from
                    and words[t + 2 : t + 3] == ["by"]
                    and self._finite_verb_en(t + 1)
                ):
                    # "talks hosted by Norway and encouraged by the Vatican": the agent of
                    # a second participle is no party
                    break
                if self.en and w == "and" and t > t_from and self._second_verb(t + 1):
                    # "rejected the demands of the junta and called X's detention a coup": a
                    # second verb of the same subject starts its own act
                    break
                if (
                    w in _SEARCH_BREAKS
                    and (
                        # "رحبت السعودية بالاتفاق بين الهند وباكستان": the noun's pair
                        (w in _BETWEEN and t > t_from)
                        # "رحب الأمين العام بالاتفاق، بحسب المتحدث باسمه": a relay
                        or w in _SOURCE_MARKERS
                        # "ترأس القمة نيابة عن الملك": whom one stands for is no party
                        or w in _ON_BEHALF
                        # "...، فيما عرضت تركيا": another clause, another subject
                        or (w in _CONTRAST_AR and t > t_from)
                        # "الاتفاق الإثيوبي مع الإقليم بأنه ...": the partner is no actor
                        or (not self.en and w in _WITH_AR and self._no_partner(t))
                        # "its help since the start of Russia's invasion": a time phrase
                        or w in _TIME_BREAKS
                        # "..., and he travelled to China": another clause
                        or (
                            self.en
                            and w in _CLAUSE_LINKS_EN
                            and t > t_from
                            and "," in self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
                            and doc.word(t + 1) in ("he", "she", "they", "it", "we")
                        )
                    )
                ):
                    break
                t += 1
                continue
            if m.t0 < t_from:
                t += 1
                continue
            if place:
                ok = m.etype in (EntityType.STATE, EntityType.PLACE) or (
                    self.actor(m) and m.kind == "metonym"
                )
            else:
                ok = (
                    self.actor(m)
                    or (self._capital_ok and bool(self._capital_state(m)))
                    or (self._struck_place_ok and bool(self._struck_place_state(m)))
                    or (self._aid_place_ok and bool(self._aid_place_state(m)))
                )
            if (
                self.en
                and m.adjectival
                and m.etype is EntityType.STATE
                and m.key not in exclude
                and self._goods_prep(m, preps) is not None
            ):
                return m, True  # "tariffs on all Colombian goods": on Colombia
            if ok and m.adjectival:
                # "نظيره الروسي فلاديمير بوتين": the name after the adjective is the head
                nxt = doc.mention_at_tok(m.t1 + 1)
                if nxt is not None and self.actor(nxt) and not nxt.adjectival:
                    t = m.t1 + 1
                    continue
                if (
                    not self.adj_actor(m)
                    and not (
                        self._speech_patient and (m.t0 - t_from <= 2 or self._adjective_of_noun(m))
                    )
                    and not (self._adj_heads and self._headed_adjective(m))
                    # "travels to the Cuban capital": the state's capital stands for it
                    and not (
                        self.en
                        and m.etype is EntityType.STATE
                        and doc.word(m.t1 + 1) == "capital"
                        and doc.word(m.t0 - 1) == "the"
                    )
                ):
                    ok = False
            if ok and not self.en and self._ar_no_party(m):
                t = m.t1 + 1
                continue
            if ok and self.en and m.t0 > t_from and self._new_clause_subject(m):
                break  # "condemned the attack, and Poland said ...": the next clause's subject
            if ok and self.en and m.t0 > t_from and self._attribution_tail(m):
                break  # "rejected the proposal, his spokesman X said": who reports it
            if ok and self.en and not self._speech_patient and self._participle_agent(m, t_from):
                # "closed its border in line with sanctions imposed by ECOWAS": the agent of
                # a participle after the trigger acts, it is no patient
                t = m.t1 + 1
                continue
            if ok and self.en and _HYPHEN_PARTICIPLE.match(self.text, m.end):
                t = m.t1 + 1  # "the Iran-backed Houthis", "the EU-facilitated dialogue"
                continue
            if ok and self.en and self._city_modifier(m):
                t = m.t1 + 1  # "the Paris climate agreement", "the Vienna Convention"
                continue
            if ok and not self.en and self._venue_city_ar(m):
                t = m.t1 + 1  # "في خطابه أمام قمة القاهرة للسلام": where it met
                continue
            if ok and self.en and self._onlooker_en(m):
                t = m.t1 + 1  # "signed the pact, with Prime Minister X looking on"
                continue
            if ok and m.key not in exclude:
                prep = doc.prep_of(m)
                if (
                    self.en
                    and prep in ("of", "off")
                    and "toward" in preps
                    and (prep == "off" or doc.word(m.t0 - 2) in _COMPASS_EN)
                ):
                    # "a missile that landed in waters west of Japan", "... off Japan"
                    prep = "toward"
                if (
                    self.en
                    and prep == "from"
                    and doc.word(m.t0 - 2) in _GOODS_EN
                    and (on := next((p for p in ("on", "against") if p in preps), None))
                ):
                    prep = on  # "tariffs on imports from Canada": on Canada
                if (
                    prep in (_AR("في"), "in")
                    and doc.word(m.t0 - 2).lstrip("و") in _KIN_NOUNS
                    and m.t0 - 3 >= t_from
                ):
                    # "بالتعاون مع الأشقاء في سلطنة عمان", "with its partners in Jordan": the
                    # brothers in X are X
                    k = m.t0 - 3
                    if doc.word(k) in _KIN_DETERMINERS_EN and k - 1 >= t_from:
                        k -= 1
                    prep = doc.word(k)
                if self.en and prep == "including" and preps:
                    # "sanctions on three countries, including Iran": the preposition of
                    # the group the named members belong to
                    for k in range(m.t0 - 2, max(t_from, m.t0 - 9) - 1, -1):
                        if doc.word(k) in preps:
                            prep = doc.word(k)
                            break
                if self.en and prep == "with" and self._across_border(m):
                    # "massed troops along its border with Kosovo": the neighbour is where
                    # (not the other side of a clash there)
                    prep = next((p for p in ("along", "near", "on", "to") if p in preps), "along")
                if self.en and prep in ("of", "from") and (g := self._group_noun_before(m)) > 0:
                    prep = self._group_head_prep(g, t_from)  # "met representatives of X": X
                if self.en and prep is None and preps:
                    prep = self._counterpart_prep(m, t_from)
                if prep is None and preps and required:
                    prep = self._head_prep(m, t_from)
                if prep is None and preps and required and not self.en:
                    prep = self._contribution_prep_ar(m, t_from)
                if preps and prep is not None and prep in preps:
                    return m, True
                if (
                    first_plain is None
                    and not required
                    and (
                        prep is None
                        or prep in preps
                        or (
                            not preps
                            and not (self._no_locative and prep in _LOCATIVE)
                            and not (
                                self._no_locative_place
                                and prep in _LOCATIVE
                                and m.etype in (EntityType.STATE, EntityType.PLACE)
                            )
                            and not (self._no_source and prep == "from")
                        )
                    )
                ):
                    first_plain = m
            t = m.t1 + 1
        return first_plain, False

    def _group_noun_before(self, m: Ment) -> int:
        """English: the token of a group noun right before "of"/"from" (and "the") and the
        mention ``m`` ("representatives of the EU"), else -1."""
        doc = self.doc
        j = m.t0 - 1
        if doc.word(j) == "the":
            j -= 1
        if doc.word(j) in ("of", "from") and doc.word(j - 1) in _GROUP_REPS_EN:
            return j - 1
        return -1

    def _group_head_prep(self, g: int, t_from: int) -> str | None:
        """English: the preposition governing the group noun at ``g`` ("talks with
        representatives of X": "with"; "met a delegation from X": none), so that the
        people stand for their group."""
        doc = self.doc
        k = g - 1
        if doc.word(k) in _EN_DETERMINERS and k > t_from:
            k -= 1
        return doc.word(k) if k >= t_from else None

    def _goods_prep(self, m: Ment, preps: tuple[str, ...]) -> str | None:
        """English: the preposition ("on", "against") of a demonym before a goods noun
        ("tariffs on all Colombian goods", "a ban against Chinese imports") when the
        trigger takes it: the goods stand for their state."""
        doc = self.doc
        if not any(doc.word(j) in _GOODS_EN for j in (m.t1 + 1, m.t1 + 2)):
            return None
        for j in range(m.t0 - 1, max(-1, m.t0 - 4), -1):
            w = doc.word(j)
            if w in ("on", "against"):
                return w if w in preps else None
            if w == "of" and doc.word(j - 1) in ("imports", "exports") and preps:
                return preps[0]  # "banned imports of Australian coal"
            if w not in ("all", "the", "some", "most", "many", "certain"):
                return None
        return None

    def _ar_no_party(self, m: Ment) -> bool:
        """An Arabic mention that is no party of the act: the nisba of a group noun
        ("داعيا الأطراف الليبية": the country's own parties) or, except for a visit, a
        place near which something happens ("اجتماع في قاعدة قرب دمشق")."""
        doc = self.doc
        prev = doc.word(m.t0 - 1)
        if m.adjectival and prev in _PARTY_GROUPS_AR:
            return True
        if self._near_ok:
            return False
        return prev in _NEAR_AR or (prev == _AR("من") and doc.word(m.t0 - 2) in _NEAR_AR)

    def _no_partner(self, t: int) -> bool:
        """Arabic "مع" at token ``t`` whose noun phrase ends (punctuation, another
        preposition, "بأنه") before any actor is named: "مع الإقليم بأنه اعتداء على سيادة
        الصومال" has no partner to find further on."""
        doc = self.doc
        for j in range(t + 1, min(len(doc.tokens), t + 5)):
            if not _PUNCT_EVAL.isdisjoint(self.text[doc.tokens[j - 1].end : doc.tokens[j].start]):
                return j > t + 1
            if doc.mention_at_tok(j) is not None:
                return False
            if doc.word(j) in _PARTNER_ENDS_AR and j > t + 1:
                if doc.word(j) == _AR("في") and doc.word(j - 1).lstrip("و") in _KIN_NOUNS:
                    continue  # "مع الأشقاء في سلطنة عمان": the brothers in Oman
                return True
        return False

    def _at_request(self, t0: int, b: int) -> bool:
        """Forces sent "at the request of" / "at the invitation of" their host, "بطلب من"
        / "بدعوة من" / "بناء على طلب" it, a few words after the place they go to."""
        doc = self.doc
        for j in range(t0, min(b, t0 + 8)):
            w = doc.word(j)
            if w not in _AT_REQUEST:
                continue
            if self.en:
                if doc.word(j + 1) == "of" and doc.word(j - 2) in ("at", "upon", "on"):
                    return True
            elif w[:1] in "بل" or doc.word(j - 1) == _AR("على"):
                return True
        return False

    def _across_border(self, m: Ment) -> bool:
        """An English mention after "border with" / "frontier with" ("along its border
        with Kosovo", "near the frontier with Lebanon")."""
        j = m.t0 - 2
        if self.doc.word(j + 1) == "the":
            j -= 1
        return self.doc.word(j) in _BORDER_EN

    def _onlooker_en(self, m: Ment) -> bool:
        """English: an actor who looks on ("with Prime Minister X looking on", "as Trump
        looked on", "as X watched") witnesses the act, no party to it."""
        w1, w2 = self.doc.word(m.t1 + 1), self.doc.word(m.t1 + 2)
        return (w1 in _LOOK_ON_EN and w2 == "on") or w1 in _WATCHING_EN

    def _city_modifier(self, m: Ment) -> bool:
        """An English city name between "the" and the name of a pact, meeting or process
        ("the Paris climate agreement", "the Vienna Convention", "the Minsk talks") names
        where it was made, not a party."""
        doc = self.doc
        if m.etype != EntityType.PLACE and m.kind != "metonym":
            return False
        if doc.word(m.t0 - 1) != "the":
            return False
        return any(doc.word(j) in _PACT_NOUNS_EN for j in (m.t1 + 1, m.t1 + 2))

    def _venue_city_ar(self, m: Ment) -> bool:
        """An Arabic capital or city in construct after the noun of a gathering ("قمة
        القاهرة"، "مؤتمر برلين"، "منتدى الدوحة"، "مسار أستانا") names where it met, not a
        party (a name after a preposition, "مؤتمر في القاهرة", is left to the rest)."""
        doc = self.doc
        if m.etype != EntityType.PLACE and m.kind != "metonym":
            return False
        if doc.tokens[m.t0].start < m.start:
            return False  # ("لقمة" ... "للقاهرة": a preposition glued on)
        return doc.word(m.t0 - 1).removeprefix("و") in _VENUE_EVENTS_AR

    def _new_clause_subject(self, m: Ment) -> bool:
        """An English mention after "and"/"but"/"while" that a verb or a speech cue follows
        opens a new clause: "..., and Poland said", "while Japan also condemned"."""
        doc = self.doc
        k = m.t0 - 1
        if doc.word(k) == "the":
            k -= 1  # "..., and the United States said"
        while m.t0 - k < 4 and k > 0 and doc.tokens[k].text[:1].isupper():
            k -= 1  # "..., and President Joe Biden sent": a title before the name
        if doc.word(k) not in _CLAUSE_LINKS_EN:
            return False
        j = m.t1 + 1
        while doc.word(j) in _ADVERBS_EN and j < m.t1 + 3:
            j += 1
        if j >= len(doc.tokens) or not _PUNCT_EVAL.isdisjoint(
            self.text[m.end : doc.tokens[j].start]
        ):
            return False  # "... Norway and Turkey, saying": the list ends, no new subject
        # (a lexical verb: "... and Iran have" may still list a patient of "sanctions on")
        return j in self.stops or (self._finite_verb_en(j) and doc.word(j) not in _AUX_EN)

    def _relative_clause_at(self, j: int) -> bool:
        """Whether English "that"/"which" at ``j`` opens a relative clause on the noun before
        it: a finite verb follows at once ("a decision that goes against X", "the report,
        which blamed Y"), and no verb or speech cue comes before it (as in "said that", where
        "that" opens the content)."""
        doc = self.doc
        if doc.word(j) not in ("that", "which") or j < 1:
            return False
        if j - 1 in self.stops or j - 1 in self.cue_speaker or self._finite_verb_en(j - 1):
            return False
        return j + 1 in self.stops or self._finite_verb_en(j + 1)

    def _finite_verb_en(self, j: int) -> bool:
        """Whether English token ``j`` reads as a finite verb: a past in "-ed" ("backed",
        "believed") or a word of ``relations.finite_verbs_en`` ("sent", "said", "was")."""
        w = self.doc.word(j)
        return w in _FINITE_VERBS_EN or (len(w) > 4 and w.endswith("ed") and w.isalpha())

    def _attribution_tail(self, m: Ment) -> bool:
        """An English mention that speaks in a reporting clause closing the sentence after
        a comma: "..., his spokesman X said", "..., the White House said on Saturday",
        "..., Peskov told reporters": the reporter, not a party to the act before it."""
        doc = self.doc
        j = m.t1 + 1
        while doc.word(j) in _ADVERBS_EN and j < m.t1 + 3:
            j += 1
        if self.cue_speaker.get(j) != m.key:
            return False
        k = m.t0
        while k > 0 and m.t0 - k <= 4:
            if "," in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]:
                return True
            k -= 1
            if doc.word(k) in _CLAUSE_LINKS_EN:
                return False
        return False

    def _asked_to_act(self, h: Hit[Trigger]) -> bool:
        """English: the verb at ``h`` is the act that a request asks of the actor named
        before its "to" ("called on Turkey to withdraw", "urged Russia to pull out"): the
        requester does not do it, and the asked side has not done it either (the
        gold codes the REQUEST alone)."""
        doc = self.doc
        if h.first < 3 or doc.word(h.first - 1) != "to":
            return False
        asked = doc.mention_at_tok(h.first - 2)
        if asked is None or not self.actor(asked) or asked.adjectival:
            return False
        return any(
            self._verb_types.get(k) is RelationType.REQUEST
            for k in range(max(0, asked.t0 - 3), asked.t0)
        )

    def _released_by_holder(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """English agentless release: "Two Americans held in Venezuela were freed on
        Saturday": the side that held them (a COERCE of the same people coded in this
        sentence or the two before) releases them.  True when coded here."""
        doc = self.doc
        if doc.word(h.first - 1) not in ("was", "were", "been", "be"):
            return False
        patient = None
        for j in range(h.first - 2, max(a, h.first - 9) - 1, -1):
            m = doc.mention_at_tok(j)
            if m is not None and self.actor(m) and doc.prep_of(m) is None:
                patient = m  # (not "in Venezuela" of "Americans detained in Venezuela")
                break
        if patient is None:
            return False
        holder = self._holder_of(patient.key, si)
        if holder is None:
            return False
        self.add(holder, patient, h.entry, h, si, sent, a, b, 0.8, False, True)
        return True

    def _holder_of(self, key: str, si: int) -> str | None:
        """Who holds the actor ``key``: the subject of a COERCE of it coded in sentence
        ``si`` or the two before."""
        return next(
            (
                r.subject
                for r in reversed(self.rels)
                if si - 2 <= r.sent <= si
                and r.type is RelationType.COERCE
                and r.object == key
                and r.subject != key
            ),
            None,
        )

    def _demanded_act(self, h: Hit[Trigger]) -> bool:
        """English: the verb at ``h`` is what a demand asks of the actor named after its
        "that" ("demanded that Russia withdraw its troops", "... that Russia stop its
        offensive and withdraw"): not done (the gold codes the REQUEST alone)."""
        doc = self.doc
        w = doc.word(h.first)
        if w.endswith(("ed", "s")):
            return False  # (a past or present verb is a report: "said that Russia withdrew")
        asked = doc.mention_at_tok(h.first - 1)
        if (
            asked is not None
            and asked.t1 == h.first - 1
            and self.actor(asked)
            and not asked.adjectival
            and any(
                self._verb_types.get(j) is RelationType.REQUEST
                for j in range(max(0, asked.t0 - 2), asked.t0)
            )
        ):
            return True  # "UN demands Russia withdraw from Ukraine"
        for k in range(h.first - 1, max(0, h.first - 10), -1):
            if doc.word(k) != "that":
                continue
            asked = doc.mention_at_tok(k + 1)
            if asked is None or not self.actor(asked) or asked.adjectival:
                return False
            return any(
                self._verb_types.get(j) is RelationType.REQUEST for j in range(max(0, k - 3), k)
            )
        return False

    def _counterpart_prep(self, m: Ment, t_from: int) -> str | None:
        """ "discussed trade with his Turkish counterpart Recep Tayyip Erdogan": the
        preposition before a possessive counterpart phrase governs the name after it."""
        doc = self.doc
        j = m.t0 - 1
        if doc.word(j) in _COUNTERPART_NOUNS_EN:
            adj = doc.mention_at_tok(j - 1)
            j = adj.t0 - 1 if adj is not None and adj.adjectival else j - 1
        elif _COUNTERPART_ROLE_EN.match(m.text.lower()) is None:
            return None  # (a mention that holds its title: "Turkish counterpart Recep ...")
        if doc.word(j) not in _POSSESSIVE_PRONOUNS_EN or j - 1 < t_from:
            return None
        w = doc.word(j - 1)
        return w if w in EN_PREP_WORDS else None

    def _head_prep(self, m: Ment, t_from: int) -> str | None:
        """The preposition of the plain noun a mention qualifies ("على محطات الطاقة
        الأوكرانية", "on Ukrainian power plants"): the owner of what the act targets."""
        doc = self.doc
        j = m.t0 - 1
        if j <= t_from or j in self.stops or doc.mention_at_tok(j) is not None:
            return None
        if any(c in self.text[doc.tokens[j].end : m.start] for c in ",.،;:"):
            return None
        for k in (j - 1, j - 2):  # one noun, or a noun and its genitive ("محطات الطاقة")
            if k <= t_from or k in self.stops or doc.mention_at_tok(k) is not None:
                return None
            prev = doc.word(k)
            if prev in AR_PREP_WORDS or prev in _AT_TARGET:
                return prev
            if any(c in self.text[doc.tokens[k].end : doc.tokens[k + 1].start] for c in ",.،;:"):
                return None
        return None

    def _contribution_prep_ar(self, m: Ment, t_from: int) -> str | None:
        """Arabic: the preposition glued to a noun of an actor's part ("دور", "جهود",
        "وساطة") that ``m`` owns, right before it or through a relative clause ("منوها
        بدور قطر"، "ونوه بالجهود التي تبذلها الكويت"): the praise is of ``m``."""
        doc = self.doc
        for k in range(m.t0 - 1, max(t_from, m.t0 - 6) - 1, -1):
            if k in self.stops or doc.mention_at_tok(k) is not None:
                return None
            if any(c in self.text[doc.tokens[k].end : doc.tokens[k + 1].start] for c in ",.،;:"):
                return None
            w = doc.word(k)
            if w[:1] in "وف":
                w = w[1:]
            if w[:1] in "بل" and _contribution_ar(w[1:].removeprefix("ال")):
                return w[:1]
        return None

    def _after_adjective(self, t: int) -> bool:
        """Token ``t`` follows a state adjective ("American", "Israeli") directly."""
        m = self.doc.mention_at_tok(t - 1)
        return m is not None and m.adjectival and m.t1 == t - 1 and not self._possessive(m)

    def _adjective_of_noun(self, m: Ment) -> bool:
        """An Arabic nisba right after a definite noun (or another nisba): "المناورات
        الأمريكية الكورية الجنوبية", "السياسات الأمريكية" -- the state whose acts a
        speech act is about."""
        if self.en:
            return False
        prev = self.doc.mention_at_tok(m.t0 - 1)
        if prev is not None:
            return prev.adjectival
        w = self.doc.word(m.t0 - 1)
        return w.startswith(("ال", "وال")) and w not in AR_PREP_WORDS

    def _responded_by(self, t: int) -> bool:
        """A verbal noun with "بـ" right after "ردت X" (responded by): "وردت موسكو بطرد
        دبلوماسي مولدوفي" is an act done, not one asked for."""
        return any(
            w in _RESPOND_AR or (w[:1] in "وف" and w[1:] in _RESPOND_AR)
            for w in (self.doc.word(j) for j in range(t - 3, t))
        )

    def _headed_adjective(self, m: Ment) -> bool:
        """A nisba or demonym of a head noun in ``_adj_heads``: a border ("قرب الحدود
        الأوكرانية", "on the Ukrainian border": troops massed there face that state) or
        goods ("الواردات اللبنانية": an import ban hits their state)."""
        if self.en:
            return self.doc.word(m.t1 + 1) in self._adj_heads
        w = self.doc.word(m.t0 - 1)
        return w in self._adj_heads or (w[:1] == "و" and w[1:] in self._adj_heads)

    def adj_actor(self, m: Ment) -> bool:
        """A nisba/demonym that names an actor: next to a head noun from
        ``heads.tsv`` ("القيادة المصرية", "أصدقائنا الأتراك", "Chinese coastguards")."""
        doc = self.doc
        heads = _heads(doc.lang)
        if self.en:
            if m.text[-1:] == "s" and m.text[-2:] != "ss":
                w = doc.word(m.t0 - 1)
                if w in _COUNT_WORDS_EN or w.isdigit():
                    return True  # "freed five Americans", "two Canadians": the people
                if w == "of" and doc.word(m.t0 - 2) in _COUNT_WORDS_EN:
                    return True  # "arrested dozens of Palestinians"
                if w in _PLURAL_PEOPLE_EN:
                    # "banned Malaysians from leaving", "visa-free travel for Russians": a
                    # plural demonym right after a verb's slot or a preposition
                    return True
            return any(doc.word(j) in heads for j in (m.t1 + 1, m.t1 + 2))
        if doc.word(m.t0 - 1) in _COUNT_NOUNS_AR and m.text.endswith(("ين", "ون")):
            return True  # "اعتقلت عشرات الفلسطينيين": the people counted
        if doc.word(m.t0 - 1) in _FLAG_AR:
            return True  # "ناقلة ترفع العلم البريطاني": the flag's state
        for j in (m.t0 - 1, m.t0 - 2):
            w = doc.word(j)
            if not w:
                continue
            if w in heads or (w[:1] in "وفلب" and w[1:] in heads) or w.removeprefix("لل") in heads:
                return True
            if j == m.t0 - 1 and w.endswith("ا") and w[:-1] in heads and m.text.endswith("ا"):
                return True  # "استقبل وفدا إسرائيليا": an indefinite accusative
            if w.startswith("ل") and "ال" + w[2:] in heads:
                return True
        return self._region_of(m)

    def _region_of(self, m: Ment) -> bool:
        """Arabic: a nisba after a province or town and its name ("إقليم سيستان وبلوشستان
        الإيراني"، "مدينة خاركيف الأوكرانية"): the state the place is in."""
        doc = self.doc
        for j in range(m.t0 - 2, max(-1, m.t0 - 5), -1):
            if doc.mention_at_tok(j + 1) is not None and j + 1 < m.t0:
                return False
            if not _PUNCT_EVAL.isdisjoint(self.text[doc.tokens[j].end : doc.tokens[j + 1].start]):
                return False
            w = doc.word(j)
            if w.lstrip("وب") in _REGION_NOUNS_AR:
                return True
        return False

    def agent_before(self, t: int, t_min: int, *, exclude: set[str]) -> Ment | None:
        doc = self.doc
        mention_at = doc.mention_at_tok
        words = self.words
        j = t - 1
        while j >= t_min:
            m = mention_at(j)
            if m is not None:
                prep = doc.prep_of(m)
                if (
                    self.actor(m)
                    and m.key not in exclude
                    and (
                        prep is None
                        or (self.en and self._possessive(m))
                        or (prep in _CLAUSE_OPENERS and m.t1 >= t - 2)
                        or (  # "after Macron returned from a state visit to China"
                            prep in _CLAUSE_OPENERS
                            and m.t1 >= t - 5
                            and "," not in self.text[m.end : doc.tokens[t].start]
                        )
                    )
                ):
                    # "... a day after Chinese coastguards blocked": "after" opens a clause
                    if not (m.adjectival and self.en and j < t - 3):
                        return m
                    if j >= t - 6 and _weapon(words[m.t1 + 1]) and self._light_gap_en(m.t1 + 2, t):
                        return m  # "Israeli jets carried out air strikes on X": the jets' state
                j = m.t0 - 1
                continue
            w = words[j] if 0 <= j < len(words) else ""
            if w in ("that", "which", "who") or (not self.en and w in _AR_REL_PRON):
                ante = doc.mention_at_tok(j - 1)
                if ante is not None and self.actor(ante) and not ante.adjectival:
                    return ante  # "روسيا، التي لها قاعدتان": the antecedent
                break
            j -= 1
        return None

    def _light_gap_en(self, i: int, t: int) -> bool:
        """English: the words ``[i, t)`` are only a light verb of an act with its particle
        or modifiers ("carried out", "launched fresh", "conducted a series of")."""
        words = self.words
        return (
            0 < t - i <= 4
            and words[i] in _LIGHT_ACT_VERBS_EN
            and all(k not in self.stops and words[k].isalpha() for k in range(i, t))
        )

    def _possessive(self, m: Ment) -> bool:
        return self.text[m.end : m.end + 2] in ("'s", "’s")

    def _pronoun_relative(self, h: Hit[Trigger]) -> bool:
        """English: the hit is a noun with an object relative whose subject is a pronoun
        ("the sanctions it had imposed on X"): the act is done, whatever governs the noun
        ("will lift the sanctions it imposed")."""
        return self.en and h.last > h.first + 1 and self.doc.word(h.first + 1) in ("it", "they")

    def _past_adjuncts(self, j: int) -> int:
        """The first token from ``j`` that is not a time expression or an adverb such as
        "أيضا" (up to four of them): "وصل الوزير، أمس، إلى بيروت في زيارة"."""
        stop = min(len(self.doc.tokens), j + 4)
        while j < stop and self._ar_adjunct(j):
            j += 1
        return self._past_relay_inset_ar(j)

    def _past_relay_inset_ar(self, j: int) -> int:
        """Arabic: the token after an inset between commas that opens at ``j`` and tells how
        the actor before it spoke ("دعت روسيا، على لسان المتحدثة باسم خارجيتها X، الطرفين
        إلى"، "وحثت الصين، في بيان، البلدين على"), past any time words after it; else ``j``.
        The inset names no object: a preposition and a word of :data:`_RELAY_INSET_AR`; its
        end the next comma within twelve tokens, with no trigger verb inside."""
        doc = self.doc
        n = len(doc.tokens)
        if self.en or not 0 < j < n - 1:
            return j
        if not any(c in self.text[doc.tokens[j - 1].end : doc.tokens[j].start] for c in "،,"):
            return j
        w = doc.word(j)
        if w[:1] == "و" and w[1:] in _RELAY_INSET_PREPS_AR:
            w = w[1:]
        if w not in _RELAY_INSET_PREPS_AR or doc.word(j + 1) not in _RELAY_INSET_AR:
            return j
        for k in range(j + 1, min(n - 1, j + 12)):
            if k in self.stops:
                return j
            gap = self.text[doc.tokens[k].end : doc.tokens[k + 1].start]
            if any(c in gap for c in ".:؛;"):
                return j
            if any(c in gap for c in "،,"):
                k += 1
                stop = min(n, k + 4)
                while k < stop and self._ar_adjunct(k):
                    k += 1
                return k
        return j

    def _ar_adjunct(self, t: int) -> bool:
        """Token ``t`` is an adverb such as "أيضا" or "بدوره", or inside a time expression."""
        doc = self.doc
        w = doc.word(t)
        off = doc.tokens[t].start
        return (
            w in _AR_SKIP
            or (w[:1] in "وف" and w[1:] in _AR_SKIP)
            or any(x.start <= off < x.end for x in doc.times_in(max(0, off - 40), off + 1))
        )

    def first_subject(self, a: int, b: int) -> str | None:
        m = self._first_subject_mention(a, b)
        return m.key if m is not None else None

    def _clause_subject(self, a: int, t: int) -> Ment | None:
        """Arabic: the subject of the clause a coordinated verb at ``t`` continues: the
        first subject after the last "فيما"/"بينما" before it ("...، فيما أعربت تركيا عن
        غضبها وطالبت ..."), else the sentence's."""
        doc = self.doc
        lo = next((j + 1 for j in range(t - 1, a, -1) if doc.word(j) in _CONTRAST_AR), a)
        own = self._first_subject_mention(lo, t) if lo > a else None
        return own if own is not None else self._first_subject_mention(a, t)

    def _first_subject_mention(self, a: int, b: int) -> Ment | None:
        """The first actor of a sentence with no preposition (its subject), within the
        first eight words and before ``b``."""
        doc = self.doc
        mention_at = doc.mention_at_tok
        for t in range(a, min(b, a + 8)):
            m = mention_at(t)
            if m is not None and self.actor(m) and not m.adjectival and doc.prep_of(m) is None:
                return m
        return None

    def _struck_place_state(self, m: Ment) -> str:
        """The state of an Arabic place struck in an attack ("مطار حلب"، "على المدينة" read
        as a named city) when the place is its direct object or after على/ضد ("" if not)."""
        if m.etype != EntityType.PLACE or self.doc.prep_of(m) not in (None, _AR("على"), _AR("ضد")):
            return ""
        return self.doc.entity_states.get(m.key) or ""

    def _participle_agent(self, m: Ment, t_from: int) -> bool:
        """English: ``m`` is the "by" agent of a past participle after token ``t_from``
        ("sanctions imposed by the West African bloc ECOWAS", "a truce mediated by
        Qatar"), with at most four words of its own description between; not a passive's
        own agent ("was attacked by X"), which the passive frame reads."""
        doc = self.doc
        for k in range(m.t0 - 1, max(t_from, m.t0 - 5) - 1, -1):
            w = doc.word(k)
            if w == "by":
                part = doc.word(k - 1)
                return (
                    k - 1 >= t_from
                    and part.endswith(("ed", "en"))
                    and part not in _OWNER_PARTICIPLES_EN  # ("areas held by X": X's)
                    and doc.word(k - 2) not in _BE_EN
                    and not any(c in self.text[doc.tokens[k - 1].end : m.start] for c in ",;:.")
                )
            if k in self.stops or not w.isalpha() or doc.mention_at_tok(k) is not None:
                return False
        return False

    def _aid_place_state(self, m: Ment) -> str:
        """English: the state of a place aid is sent to ("sent aid to Gaza", "relief for
        Gaza": Palestine) when the place follows "to", "for" or "into" ("" if not)."""
        doc = self.doc
        if m.etype != EntityType.PLACE or doc.prep_of(m) not in ("to", "for", "into"):
            return ""
        state = doc.entity_states.get(m.key) or ""
        return state if doc.entity_types.get(state) == EntityType.STATE else ""

    def _capital_state(self, m: Ment) -> str:
        """The state whose capital the place mention ``m`` is ("" if none)."""
        if m.etype != EntityType.PLACE:
            return ""
        state = self.doc.entity_states.get(m.key)
        if state is None:
            return ""
        return state if Gazetteer.load().capital_of.get(state) == m.key else ""

    def _actor_at(self, k: int) -> Ment | None:
        m = self.doc.mention_at_tok(k)
        if m is None or not self.actor(m):
            return None
        if m.adjectival:  # "العاصمة الصينية بكين": the name after the adjective
            nxt = self.doc.mention_at_tok(m.t1 + 1)
            if nxt is not None and self.actor(nxt):
                return nxt
        return m

    def _latest_mention(self, key: str, t: int) -> Ment | None:
        """The latest mention of ``key`` before token ``t``, in this sentence or earlier
        ("He said he expected ...": the man "he" is)."""
        doc = self.doc
        for m in reversed(doc.mentions_in(0, doc.tokens[t].start)):
            if m.key == key and not m.adjectival:
                return m
        return None

    def _speaker_before(self, key: str, t: int, a: int) -> Ment | None:
        """The mention of the speaker ``key`` that opens the clause of the English cue at
        token ``t`` ("Brazil and Colombia condemned ...": Brazil), if it is named in the
        same sentence right before the cue's group."""
        doc = self.doc
        for m in reversed(doc.mentions_in(doc.tokens[a].start, doc.tokens[t].start)):
            if m.key == key and not m.adjectival and self.actor(m):
                return m
        return None

    def _both_word(self, t: int) -> bool:
        """ "البلدين" / "the two countries" at token ``t`` (after "بين"/"between" or alone)."""
        doc = self.doc
        words = self.words
        for j in (t, t + 1, t + 2):
            w = words[j] if 0 <= j < len(words) else ""
            if w in _BOTH_AR or (w[:1] in "لبو" and w[1:] in _BOTH_AR):
                return True
            if w == "countries" and doc.word(j - 1) in ("two", "both"):
                return True
        return False

    def _recent_states(self, before: int, n: int) -> list[str]:
        from kg.extractors.about import _recent_states

        return _recent_states(self.doc, before, n)

    def _subject_mention(self, r: Rel) -> Ment | None:
        """The mention of relation ``r``'s subject: where it was read, else (a subject
        read from "قواتها" or a speaker) its latest mention before the act."""
        doc = self.doc
        if r.subject_start >= 0:
            return doc.mention_at_tok(doc.tok_at(r.subject_start))
        before = list(reversed(doc.mentions_in(0, r.trig_start)))
        own = next((m for m in before if m.key == r.subject), None)
        if own is not None:
            return own
        if not self.en and r.type.symmetric:
            # "مناورات مشتركة بين الجيشين السوداني والمصري": a pair named after its noun,
            # within the evidence
            own = next(
                (m for m in doc.mentions_in(r.trig_start, r.ev_end) if m.key == r.subject), None
            )
            if own is not None:
                return own
        # "أعلنت وزارة الدفاع الروسية أن قواتها شنت": a body of that state stands for it
        body = next((m for m in before if doc.entity_states.get(m.key) == r.subject), None)
        if body is None:
            return None
        etype = doc.entity_types.get(r.subject, body.etype)
        return replace(body, key=r.subject, etype=etype)

    def _second_verb(self, t: int) -> bool:
        """A verb of a second act at ``t`` right after "and": a trigger or cue verb, or a
        lowercase past form that is no adjective of a noun ("and called", "and summoned";
        not "and armed groups")."""
        if t in self.stops:
            return True
        w = self.doc.word(t)
        tok = self.doc.tokens[t] if 0 <= t < len(self.doc.tokens) else None
        return (
            tok is not None
            and len(w) > 4
            and w.endswith("ed")
            and self.text[tok.start].islower()
            and w not in _ADJ_PARTICIPLES_EN
        )
