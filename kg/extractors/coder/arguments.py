"""The relation coder's rules on the arguments of particular constructions.

It codes the arguments of particular constructions a trigger's frame tries: orders, requests and
declarations ("ordered X to leave", "بطلب من X"), countersigning, victims and interceptions,
nisbas and resumptive pronouns, passives, hosts, receivers, pacts and releases.

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extractors.coder.admission import Admission
from kg.extractors.coder.meetings import _MEDIATE_EN
from kg.extractors.coder.words import (
    _ADDRESSED_EN,
    _ADVERBS_EN,
    _ALL_OF_AR,
    _ALSO_AR,
    _AN,
    _ANY_PARTY,
    _ANYONE,
    _AR,
    _AR_HONORIFIC_PRON,
    _AR_REL_PRON,
    _ASKED_ACTS_AR,
    _AT_TARGET,
    _ATTACK_BARE_AR,
    _ATTACK_NOUNS,
    _ATTACK_NOUNS_AR,
    _AUX_ADVERBS_EN,
    _BE_EN,
    _BETWEEN,
    _BREACH_NOUNS_EN,
    _CALL_FOR_EN,
    _COMMODITIES_EN,
    _CONTRAST_AR,
    _COORD_GAPS,
    _DEATH_NOUNS_AR,
    _DECLARE_AR,
    _DECLARE_MASDARS_AR,
    _DENY_ADVERBS_AR,
    _DENY_AR,
    _DOCUMENT_NOUNS,
    _DOER_VERBS_AR,
    _DRAFTED_AR,
    _DRAFTED_EN,
    _DUAL_HEADS_ALL_AR,
    _DUAL_OFFICIALS_AR,
    _EMBARGO_WORDS,
    _EN_DETERMINERS,
    _FORCES_AR,
    _FROM_AR,
    _GOVERNMENT_AR,
    _GROUP_VERB_ENDS_AR,
    _HANDING_AR,
    _HONORIFIC_TITLE,
    _HOST_RULERS_EN,
    _HOSTILE_DEEDS_AR,
    _HOSTING_AR,
    _HOSTING_PRONOUNS_AR,
    _ISSUED_AR,
    _ISSUED_DOCS_AR,
    _LEAVE_EN,
    _LED_AR,
    _LIGHT_PARTICIPLES_EN,
    _LIGHT_VERBS_AR,
    _MASCULINE_STATES_AR,
    _MIN,
    _MONTHS_EN,
    _NEEDY_AR,
    _OFFICE_WORDS_AR,
    _OFFICIALS_AR,
    _ORDER_MASDARS_AR,
    _ORDER_VERBS,
    _OWN_CLAUSE_EN,
    _OWN_TARGETS_AR,
    _OWNED_FORCES_AR,
    _PACT_HEADS_AR,
    _PACT_NOUNS_EN,
    _PACT_TYPES_AR,
    _PARTIES_AR,
    _PERMIT,
    _PNG_TOPIC,
    _PRON_COMPS_AR,
    _PROPOSE_WORDS,
    _PUNCT_BREAK,
    _PUNCT_EVAL,
    _QUANTITY_NOUNS_EN,
    _RECEIVE_AR,
    _RECEIVED_TYPES_AR,
    _REFUSAL_NOUNS_EN,
    _RELATIVES_AR,
    _REQUEST_PREPS_AR,
    _SHARED_AFTER_MEETING_EN,
    _SITES_AR,
    _SPEECH_TYPES,
    _STOP_ACTS_AR,
    _STRIKE_NOUNS_EN,
    _SUBCLAUSE,
    _SUPPLY_DEAL_EN,
    _TARGET_MEMBERS_AR,
    _TARGET_NOUNS_AR,
    _THAT_AR,
    _THIS_AR,
    _TIME_CONJ_AR,
    _TIME_CONJ_ONE_AR,
    _TIME_OVER_EN,
    _TOPIC_PREPS,
    _TROOPS_AR,
    _UNMANNED_WEAPONS_EN,
    _URGE_EN,
    _VERBALLY,
    _WEEKDAYS_EN,
    _WITH_AR,
    _ar_attack_noun,
    _weapon,
)
from kg.extractors.doc import AR_PREP_WORDS, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.native import trait
from kg.extractors.quotes import Stmt
from kg.extractors.sentences import Span
from kg.extractors.triggers import Trigger
from kg.models import EntityType, RelationType

__all__ = ["Arguments"]


@trait
class Arguments(Admission):
    """The coder's rules on the arguments of particular constructions."""

    def _dual_officials(self, t: int, b: int) -> tuple[Ment, Ment] | None:
        """A dual construct of officials right after an Arabic verb and the two sides it
        names: "وزيرا خارجية مصر وتركيا"، "رئيسا مصر وفرنسا"، "وزيرا الخارجية المصري
        والتركي"."""
        doc = self.doc
        w = doc.word(t)
        if w[:1] in "وف" and w[1:3] == "ال":
            w = w[1:]
        if w.startswith("ال") and w.endswith(("ان", "ين")):
            # the definite dual: "الرئيسان الأمريكي جو بايدن والصيني شي جين بينغ"
            w = w[2:-2] + "ا"
        if w not in _DUAL_OFFICIALS_AR and not (w[:1] in "وف" and w[1:] in _DUAL_OFFICIALS_AR):
            return None
        k = t + 1
        while k < min(b, t + 3) and doc.mention_at_tok(k) is None:
            if doc.word(k) not in _OFFICE_WORDS_AR:
                return None
            k += 1
        both = self._conjuncts(k, min(b, k + 8))
        if len(both) != 2 or both[0].key == both[1].key:
            return None
        return both[0], both[1]

    def _ar_group_verb(self, h: Hit[Trigger], own_m: Ment | None, b: int) -> bool:
        """Arabic: a verb without a subject of its own that speaks for a whole group of
        coordinated subjects: a dual or plural form ("وأكدتا"، "ويعتزمان"), or a feminine
        singular after three or more states ("أعلنت مالي والنيجر وبوركينا فاسو ...
        وعززت")."""
        w = self.doc.word(h.first).removesuffix(h.pron)
        if w.endswith(_GROUP_VERB_ENDS_AR):
            return True
        group = self._ar_co_subjects(own_m, b) if own_m is not None else self._prev_group
        return len(group) >= 2 and (
            (h.cls == "v" and w.endswith("ت")) or (h.cls == "i" and w.lstrip("وفس")[:1] == "ت")
        )

    def _ar_pronoun_complement(
        self, after: int, t_lim: int, preps: tuple[str, ...], exclude: set[str], si: int, t: int
    ) -> Ment | None:
        """Arabic: the referent of a pronoun on the trigger's preposition ("معها"، "عليه"،
        "ضدها") within three words after it: the actor named last before the trigger (in
        its sentence or the one before) of the pronoun's kind ("ها" a state or body, "ه" a
        person), other than the subject's side; none when two such actors compete."""
        doc = self.doc
        assert doc.seg is not None
        k = next(
            (
                j
                for j in range(after, min(t_lim, after + 3))
                if _PRON_COMPS_AR.get(self.words[j].lstrip("و"), ("", ""))[0] in preps
            ),
            None,
        )
        if k is None:
            return None
        person = _PRON_COMPS_AR[self.words[k].lstrip("و")][1] == "ه"
        lo = doc.seg.sents[max(0, si - 1)].start
        states = doc.entity_states
        sides = {states.get(x) or x for x in exclude}
        found: list[Ment] = []
        for m in doc.mentions_in(lo, doc.tokens[t].start):
            if (
                not self.actor(m)
                or m.adjectival
                or (m.etype == EntityType.PERSON) != person
                or (states.get(m.key) or m.key) in sides
            ):
                continue
            found.append(m)
        keys = {states.get(m.key) or m.key for m in found}
        return found[-1] if len(keys) == 1 else None

    def _denier(self, h: Hit[Trigger], a: int) -> Ment | None:
        """The actor who denies the accusation at ``h`` ("ونفت طهران الاتهامات"، "إيران
        تنفي الاتهامات"، "نفت الاتهامات" after X named in the clause): the accused."""
        doc = self.doc
        for j in range(h.first - 1, max(a - 1, h.first - 5), -1):
            if doc.word(j) in _DENY_AR:
                between = [doc.mention_at_tok(k) for k in range(j + 1, h.first)]
                inside = [m for m in between if m is not None and self.actor(m)]
                if inside:
                    m = inside[0]
                    return None if m.adjectival or doc.prep_of(m) is not None else m
                if any(doc.word(k) not in _DENY_ADVERBS_AR for k in range(j + 1, h.first)):
                    return None  # "نفت بشدة" is fine; other words make another phrase
                return self.agent_before(j, max(a, j - 6), exclude=set())
        return None

    def _denied_accusation(
        self, h: Hit[Trigger], denier: Ment, si: int, sent: Span, a: int, b: int
    ) -> None:
        """ "نفت طهران الاتهامات الأمريكية"، "نفت الاتهامات التي وجهتها إليها واشنطن": the
        accuser (the nisba or genitive after the noun, or the subject of its relative
        clause) accuses the one who denies."""
        doc = self.doc
        j = h.last + 1
        accuser: Ment | None = None
        m = doc.mention_at_tok(j)
        if m is not None and self.actor(m) and doc.prep_of(m) is None:
            accuser = m
        elif doc.word(j) in _AR_REL_PRON:
            for k in range(j + 1, min(b, j + 6)):
                gap = self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
                if not _PUNCT_EVAL.isdisjoint(gap):
                    break
                m = doc.mention_at_tok(k)
                if m is not None and self.actor(m) and m.key != denier.key:
                    if doc.prep_of(m) is None:
                        accuser = m
                    break
        if accuser is None or accuser.key == denier.key:
            return
        self._made_accusation = True
        try:
            self.add(accuser.key, denier, h.entry, h, si, sent, a, b, 0.85, True, True, accuser)
        finally:
            self._made_accusation = False

    def _unnamed_official(self, t_from: int, t_to: int) -> bool:
        """An official the gazetteer does not know, as the object of an Arabic meeting
        verb after its coordinated subjects: a title word outside any mention between
        ``t_from`` and ``t_to`` (past a comma phrase such as "فور وصولهما")."""
        doc = self.doc
        for j in range(t_from, min(t_to, len(doc.tokens))):
            if j in self.stops:
                return False
            if doc.mention_at_tok(j) is not None:
                return False
            w = doc.word(j)
            if w in _OFFICIALS_AR or (w[:1] in "وف" and w[1:] in _OFFICIALS_AR):
                return True
        return False

    def _owned_targets(self, t_from: int, t_to: int, exclude: set[str]) -> Ment | None:
        """The actor that owns the targets of an Arabic attack: "على/ضد <target noun>
        <actor>" ("ضد مواقع حزب العمال"، "على مقار الحركة"), with a noun of its members or
        units before it or in its place ("على مواقع مسلحي الحزب"، "ضد مقاتلي حزب
        العمال"، "على وحدات للجيش اليمني"), within the clause and past adjuncts before the
        preposition ("تشن تركيا منذ سنوات حملات عسكرية على ...")."""
        doc = self.doc
        for t in range(t_from, min(t_to, t_from + 7)):
            if t > t_from and not _PUNCT_EVAL.isdisjoint(
                self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
            ):
                return None
            if doc.word(t) not in _AT_TARGET:
                if doc.mention_at_tok(t) is not None:
                    return None  # (an actor before the preposition: the default search)
                continue
            k = t + 1
            if doc.word(k).removeprefix("ال") in _TARGET_NOUNS_AR:
                k += 1
                if doc.word(k) in _TARGET_MEMBERS_AR and doc.mention_at_tok(k) is None:
                    k += 1  # "على مواقع مسلحي الحزب"
            elif doc.word(k) in _TARGET_MEMBERS_AR and doc.mention_at_tok(k) is None:
                k += 1  # "ضد مقاتلي حزب العمال"، "على وحدات للجيش اليمني"
            else:
                return None
            m = doc.mention_at_tok(k)
            if m is None or m.t0 != k or m.adjectival or not self.actor(m):
                return None
            return m if m.key not in exclude else None
        return None

    def _state_parties_ar(self, t_from: int, t_to: int, exclude: set[str]) -> list[Ment] | None:
        """Arabic "(جميع/كل) الأطراف <nisba> (كافة)" ("ودعا الأطراف اليمنية كافة إلى",
        "يحث جميع الأطراف الليبية على"): the parties of that state's conflict, every body
        or state of that state named before in the article (latest mention of each, no
        people, none excluded, the state only as its government, "الحكومة اليمنية", not
        where something is, "في ليبيا"); None unless the phrase opens the span and two are
        named."""
        doc = self.doc
        j = t_from
        if doc.word(j) in _ALL_OF_AR:
            j += 1
        w = doc.word(j)
        if w[:1] in "بل" and w[1:] in _PARTIES_AR:
            w = w[1:]
        if w not in _PARTIES_AR or j >= t_to:
            return None
        nisba = doc.state_nisba_at(j + 1)
        if nisba is None:
            return None
        state = nisba.key
        latest: dict[str, Ment] = {}
        for m in doc.mentions_in(0, doc.tokens[j].start):
            if m.adjectival or not self.actor(m) or m.key in exclude:
                continue
            if m.etype not in (EntityType.STATE, EntityType.ORGANIZATION):
                continue
            if (doc.entity_states.get(m.key) or m.key) != state:
                continue
            if m.etype is EntityType.STATE and (
                m.kind != "metonym" or doc.word(m.t0).lstrip("وبل") not in _GOVERNMENT_AR
            ):
                continue  # ("في ليبيا"، "طرابلس": where they are; "الحكومة اليمنية" is one)
            latest[m.key] = m
        if len(latest) < 2:
            return None
        return sorted(latest.values(), key=lambda m: m.start)

    def _targets_in(self, t_from: int, t_to: int, exclude: set[str]) -> Ment | None:
        """A state or place after "on/at/against/على/ضد <up to three words> in/في", within
        the clause: where the targets of an attack are."""
        doc = self.doc
        for t in range(t_from, min(t_to, t_from + 4)):
            if doc.word(t) not in _AT_TARGET:
                continue
            for j in range(t + 2, min(t_to, t + 6)):
                gap = self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
                if any(c in gap for c in ",،.;:"):
                    return None
                w = doc.word(j)
                if w in ("in", _AR("في")):
                    m = doc.mention_at_tok(j + 1)
                    if (
                        self.en
                        and m is None
                        and doc.word(j + 1) in ("northern", "southern", "eastern", "western")
                    ):
                        m = doc.mention_at_tok(j + 2)
                    if m is None and not self.en:
                        # "في مدينة أوديسا الأوكرانية", "في جنوب لبنان": past a place noun
                        # and a name the gazetteer lacks, to the state or its adjective
                        m = next(
                            (
                                x
                                for k in range(j + 2, min(t_to, j + 4))
                                if (x := doc.mention_at_tok(k)) is not None
                            ),
                            None,
                        )
                        nisba = doc.mention_at_tok(m.t1 + 1) if m is not None else None
                        if m is not None and not m.adjectival and nisba is not None:
                            m = nisba  # "مدينة خاركيف الأوكرانية": the state
                        if m is not None and m.adjectival and m.etype == EntityType.STATE:
                            return m if m.key not in exclude else None
                    if (
                        m is not None
                        and m.key not in exclude
                        and m.etype in (EntityType.STATE, EntityType.PLACE)
                        and not m.adjectival
                    ):
                        return m
                    return None
                if doc.mention_at_tok(j) is not None or j in self.stops:
                    return None
            return None
        return None

    def _speakers_targets(
        self, t_from: int, t_to: int, stmt: Stmt, exclude: set[str]
    ) -> Ment | None:
        """In a statement, the target of an Arabic attack owned by a pronoun ("إن الهند
        قصفت ثلاثا من قواعدها الجوية", "استهدفت أراضيه"): the speaker's state, at the
        speaker's latest mention."""
        doc = self.doc
        for j in range(t_from, min(t_to, t_from + 5)):
            if j in self.stops or doc.mention_at_tok(j) is not None:
                return None
            w = doc.word(j).removeprefix("و")
            for pron in ("ها", "ه"):
                stem = w.removesuffix(pron)
                if stem == w:
                    continue
                if stem.removeprefix("ب") in _OWN_TARGETS_AR or stem in _OWN_TARGETS_AR:
                    return self._speaker_state_mention(stmt, exclude)
        return None

    def _speaker_state_mention(self, stmt: Stmt, exclude: set[str]) -> Ment | None:
        """The latest mention of a statement's speaker before its content, standing for
        the speaker's state."""
        doc = self.doc
        state = doc.entity_states.get(stmt.speaker) or stmt.speaker
        if state in exclude or doc.entity_types.get(state) != EntityType.STATE:
            return None
        for m in reversed(doc.mentions_in(0, stmt.start)):
            if m.key == stmt.speaker and not m.adjectival:
                if m.key == state:
                    return m
                return replace(m, key=state, etype=EntityType.STATE)
        return None

    def _addressee_not_speaker(self, h: Hit[Trigger], t: int, m: Ment, a: int) -> Ment | None:
        """Arabic: after a coordinated request verb with no comma before it ("أدانت X
        الهجوم ودعت Y إلى"، "وطالبت Y بـ"، "، كما طالبت Y بـ"), the actor ``m`` right
        after it, followed by what is asked (إلى/ب), is the one asked when the sentence
        opened with another subject: that subject (returned) asks."""
        doc = self.doc
        also = doc.word(t - 1) in _ALSO_AR  # "، كما طالبت أنقرة بسحب قواتها"
        if (
            h.cls != "v"
            or h.entry.type is not RelationType.REQUEST
            or not (h.prefix.startswith("و") or also)
            or m.adjectival
            or ("،" in self.text[doc.tokens[t - 1].end : doc.tokens[t].start] and not also)
        ):
            return None
        nxt = doc.word(m.t1 + 1)
        if nxt != _AR("إلى") and not (nxt.startswith("ب") and len(nxt) > 3):
            return None
        first = self._clause_subject(a, t)
        if first is None or first.key == m.key or first.t1 >= t:
            return None
        return first

    def _prev_subject_asks(self, h: Hit[Trigger], t: int, m: Ment, a: int) -> str | None:
        """Arabic: a masculine perfect that opens its sentence ("ودعا"، "كما طالب"، "وحث")
        before a state of feminine gender, then what is asked ("إلى"، "بـ"): the state is
        whom one asks, and the subject is the man the sentence before had as its subject
        ("وأكد الرئيس الفرنسي دعم بلاده لأوكرانيا. ودعا روسيا إلى سحب قواتها")."""
        doc = self.doc
        w = doc.word(t)
        if (
            h.cls not in ("v", "x")
            or h.entry.type not in (RelationType.REQUEST, RelationType.ACCUSE)
            or w.endswith("ت")
            or not (t == a or (t == a + 1 and doc.word(a) in _ALSO_AR))
            or m.etype is not EntityType.STATE
            or m.adjectival
            or doc.word(m.t0) in _MASCULINE_STATES_AR
        ):
            return None
        nxt = doc.word(m.t1 + 1)
        if nxt not in (_AR("إلى"), _AR("على")) and not (nxt.startswith("ب") and len(nxt) > 3):
            return None
        prev = self.prev_subject
        if prev is None or doc.entity_types.get(prev) is not EntityType.PERSON:
            return None
        if m.key in (prev, doc.entity_states.get(prev)):
            return None  # (his own state: no request to it)
        return prev

    def _proposed(self, h: Hit[Trigger], a: int) -> bool:
        """ "Washington proposed that Qatar host talks", "واقترحت مصر أن تسحب إسرائيل
        قواتها": an act inside what is proposed is not told as done."""
        doc = self.doc
        for f in range(h.first - 2, max(a, h.first - 9) - 1, -1):
            if not _PUNCT_BREAK.isdisjoint(self.text[doc.tokens[f].end : doc.tokens[f + 1].start]):
                return False
            w = doc.word(f)
            if not self.en and w[:1] in "وف" and len(w) > 3:
                w = w[1:]
            if w in _PROPOSE_WORDS:
                if self.en:
                    got = doc.word(f + 1) == "that"
                else:  # VSO: "واقترحت واشنطن أن تستضيف"
                    got = any(doc.word(j) in _THAT_AR for j in range(f + 1, min(f + 4, h.first)))
                return got and self._rejected(h)
        return False

    def _unowned_or_verbal(self, h: Hit[Trigger], a: int, b: int) -> bool:
        """A trigger that codes nothing: an act after a permission given to no
        one named ("would never let anyone threaten Latvia", "لن تسمح لأي جهة بتهديد أمن
        العراق"), clashes said to be verbal ("اشتبكتا كلاميا"), an agreement refused ("X and
        Y announced their rejection of the accord": no pact between them)."""
        doc = self.doc
        lo = max(a, h.first - 4)
        words = [doc.word(j) for j in range(lo, h.first)]
        if not self.en:
            words = [w[1:] if w[:1] in "وف" and len(w) > 3 else w for w in words]
        for p, w in enumerate(words):
            if w in _PERMIT and any(x in _ANYONE or x in _ANY_PARTY for x in words[p + 1 :]):
                return self._rejected(h)
        if h.entry.type is RelationType.ASSAULT and h.entry.topic == "clashes":
            if any(doc.word(j) in _VERBALLY for j in range(h.last + 1, min(b, h.last + 6))):
                return self._rejected(h)
            if (
                self.en
                and h.cls != "n"
                and doc.word(h.last + 2) == "over"
                and doc.word(h.last + 1).endswith("ly")
                and not _TIME_OVER_EN.intersection(
                    doc.word(j) for j in range(h.last + 3, h.last + 6)
                )
            ):
                return self._rejected(h)  # "have clashed repeatedly over the plant": a quarrel
        if h.entry.type is RelationType.AGREE and h.cls == "n" and words:
            # "clashed over the port deal", "حول اتفاق الميناء": the deal is the topic
            if any(w in _TOPIC_PREPS for w in (words[-3:] if self.en else words[-1:])):
                return self._rejected(h)
        if (
            self.en
            and h.entry.type is RelationType.AGREE
            and h.cls == "n"
            and any(w in _REFUSAL_NOUNS_EN for w in words)
        ):
            return self._rejected(h)
        return False

    def _nisba_doer_ar(self, h: Hit[Trigger]) -> Ment | None:
        """Arabic: the actor right after a definite noun of a hostile act, itself definite
        ("بالهجوم الحوثي"، "القصف التركي"، "الغزو العراقي"): an adjective naming who did
        it, not a genitive patient -- the one who condemns it does not do it."""
        if self.en or "ال" not in h.prefix or h.entry.type not in _HOSTILE_DEEDS_AR:
            return None
        m = self.doc.mention_at_tok(h.last + 1)
        if (
            m is None
            or m.t0 != h.last + 1
            or not self.actor(m)
            or self.doc.prep_of(m) is not None
            or not self.doc.word(m.t0).startswith("ال")
        ):
            return None
        return m

    def _nisba_chain(self, m: Ment) -> list[Ment]:
        """Arabic: the state adjectives in a row around the adjective ``m``, with or
        without "و" between ("بوساطة مصرية قطرية أمريكية", "برعاية سعودية وأمريكية"), in
        text order."""
        doc = self.doc

        def next_to(x: Ment, t: int) -> Ment | None:
            y = doc.mention_at_tok(t)
            if y is None or not y.adjectival or not self.actor(y) or y.key == x.key:
                return None
            lo, hi = (x, y) if x.t0 < y.t0 else (y, x)
            return y if self.text[lo.end : hi.start].strip() in ("", "و") else None

        chain = [m]
        while len(chain) < 5 and (y := next_to(chain[-1], chain[-1].t1 + 1)) is not None:
            chain.append(y)
        while len(chain) < 5 and (y := next_to(chain[0], chain[0].t0 - 1)) is not None:
            chain.insert(0, y)
        return chain

    def _what_relative_ar(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """Arabic: a verb whose object pronoun stands for "ما" after a told act ("فرضت X
        عقوبات على Y، وهو ما رفضته Y"، "ما وصفته طهران بالقرصنة"): its subject, named right
        after the verb, acts on the author of the act just told; False (code it as usual)
        when no actor follows the verb ("وما وصفه بـ": the speaker's)."""
        subj_m = self._actor_at(h.last + 1)
        if subj_m is None or subj_m.t0 != h.last + 1:
            return False
        own = self.doc.entity_states.get(subj_m.key) or subj_m.key
        owner = self._act_author(si, own, 0)
        if owner is not None and owner.key != subj_m.key:
            self.add(subj_m.key, owner, h.entry, h, si, sent, a, b, 0.9, False, False, subj_m)
        return True

    def _with_partner_after(self, t_from: int, t_to: int, exclude: set[str]) -> bool:
        """English: an actor other than ``exclude`` after "with" within fourteen words of
        ``t_from`` and before a clause break ("agreed on Tuesday to restore ties with
        Qatar")."""
        doc = self.doc
        for j in range(t_from, min(t_to, t_from + 14)):
            w = doc.word(j)
            if w in (";", "but", "while", "whereas", "after", "before", "which", "who"):
                return False
            if w != "with":
                continue
            k = j + 1 + (doc.word(j + 1) == "the")
            m = doc.mention_at_tok(k)
            if (
                m is not None
                and m.t0 == k
                and not m.adjectival
                and self.actor(m)
                and m.key not in exclude
            ):
                return True
        return False

    def _countersigned(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """ "وقّع X الإعلان، فيما وقّعه عن الجانب الأرميني Y": a signing verb with an object
        pronoun (the document just named) and its own subject, often after "عن الجانب ..."
        (for the ... side): AGREE between that signatory and the previous one."""
        doc = self.doc
        contrast = doc.word(h.first - 1) in _CONTRAST_AR
        on_behalf = any(doc.word(k) == _AN for k in range(h.last + 1, min(b, h.last + 3)))
        if not (contrast or on_behalf):
            return False  # "ووقّعه X" alone may be one more signature of the same side
        signer: Ment | None = None
        for k in range(h.last + 1, min(b, h.last + 10)):
            m = doc.mention_at_tok(k)
            if m is None:
                continue
            if self.actor(m) and not m.adjectival and doc.prep_of(m) is None:
                signer = m
                break
        if signer is None:
            return False
        lo = doc.seg.sents[max(0, si - 1)].start if doc.seg else 0
        partner: Ment | None = None
        for k in range(h.first - 1, doc.tok_after(lo) - 1, -1):
            if k not in self._verb_types or self._verb_types[k] is not RelationType.AGREE:
                continue
            partner, _ = self._vso_subject(k + 1, k + 7)
            if partner is None:
                partner = self.agent_before(k, max(0, k - 5), exclude=set())
            break
        if partner is None or partner.key == signer.key:
            return False
        states = doc.entity_states
        if (states.get(partner.key) or partner.key) == (states.get(signer.key) or signer.key):
            return False  # the same side signing again
        self.add(signer.key, partner, h.entry, h, si, sent, a, b, 0.85, False, False, signer)
        return True

    def _resumptive(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """ "قطعت X وY العلاقات مع Z، متهمة إياها بـ": a circumstantial participle whose
        object is "إياه/إياها/إياهم" (the object of the act just coded) shares that act's
        subjects; each of them acts on its object."""
        start = self.doc.tokens[h.first].start
        prev = [r for r in self.rels if r.sent == si and r.trig_start < start]
        if not prev and self._clause_before_participle(h, a):
            # "فرضت عقوبات على 12 شركة صينية، متهمة إياها بدعم روسيا": "إياها" is a
            # patient that is no actor; the actor after "بـ" is what it is accused of
            return self._rejected(h)
        if not prev or prev[-1].object_mention is None or prev[-1].object_is_place:
            return False
        last = prev[-1]
        st = self.stmt_at(last.trig_start)
        if st is not None and st.end <= start and st.speaker != last.subject:
            # "قال X إن واشنطن تواصل دعم إسرائيل، متهما إياها": the act is what X
            # reports of others; X acts on its subject
            speaker = self.cue_speaker.get(h.first, st.speaker)
            doer = self._subject_mention(last)
            if doer is None or speaker == last.subject:
                return True
            self.add(speaker, doer, h.entry, h, si, sent, a, b, 0.85, False, True, None)
            return True
        obj_m = last.object_mention
        assert obj_m is not None
        done: set[str] = set()
        for r in prev:
            if r.trig_start != last.trig_start or r.object != last.object or r.subject in done:
                continue
            done.add(r.subject)
            subj_m = (
                self.doc.mention_at_tok(self.doc.tok_at(r.subject_start))
                if r.subject_start >= 0
                else None
            )
            if subj_m is not None and subj_m.key != r.subject:
                subj_m = None
            self.add(r.subject, obj_m, h.entry, h, si, sent, a, b, 0.9, False, True, subj_m)
        return bool(done)

    def _clause_before_participle(self, h: Hit[Trigger], a: int) -> bool:
        """Arabic: a comma sits right before the participle at ``h``, after a clause of
        at least three words in the sentence (whose object "إياه/إياها" resumes)."""
        doc = self.doc
        t = h.first
        if t - 1 < a:
            return False
        gap = self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
        return ("،" in gap or "," in gap) and t - a >= 3

    def _dual_head_nisbas(self, m: Ment) -> list[Ment]:
        """Arabic: the nisbas coordinated after the first one that follows a dual or
        plural head ("نظيريه الروسي والأوكراني"، "بالرئيسين الرواندي والكونغولي"): each
        names another side."""
        doc = self.doc

        # ("داعية الحكومتين السعودية والإماراتية": state and side duals too)
        heads = _DUAL_HEADS_ALL_AR

        def dual(w: str) -> bool:
            return w in heads or (w[:1] in "وبل" and w[1:] in heads)

        # (the head before the nisba, or inside a counterpart's mention: "نظيريه الهندي")
        if not dual(doc.word(m.t0)) and not (
            dual(doc.word(m.t0 - 1)) and doc.mention_at_tok(m.t0 - 1) is None
        ):
            return []
        out: list[Ment] = []
        t = m.t1 + 1
        while len(out) < 4:
            nxt = doc.mention_at_tok(t)
            if (
                nxt is None
                or nxt.t0 != t
                or not nxt.adjectival
                or self.text[doc.tokens[t].start] != "و"
                or not self.actor(nxt)
            ):
                break
            out.append(nxt)
            t = nxt.t1 + 1
        return out

    def _dual_object(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """ "استقبل X رئيسي وزراء أرمينيا وأذربيجان، ودعاهما إلى": a verb whose dual
        pronoun object resumes the two met in the act just coded in the sentence; its
        subject acts on each of them."""
        start = self.doc.tokens[h.first].start
        prev = [r for r in self.rels if r.sent == si and r.trig_start < start]
        if not prev:
            return False
        last = [r for r in prev if r.trig_start == prev[-1].trig_start]
        objs: dict[str, Ment] = {}
        for r in last:
            if r.subject == last[0].subject and r.object_mention is not None:
                objs.setdefault(r.object, r.object_mention)
        if len(objs) != 2:
            return False
        subj_m = self._subject_mention(last[0])
        if subj_m is not None and subj_m.key != last[0].subject:
            subj_m = None
        for obj_m in objs.values():
            self.add(last[0].subject, obj_m, h.entry, h, si, sent, a, b, 0.85, False, True, subj_m)
        return True

    def _victims(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "Armenian soldiers were killed in clashes with Azerbaijani troops": the side
        named after "with"/"by" in the phrase that follows attacked the victims before the
        passive verb; the victims attack no one in this sentence."""
        doc = self.doc
        victim = self.agent_before(h.first - 1, max(a, h.first - 6), exclude=set())
        if victim is None:
            return
        for j in range(h.last + 1, min(b, h.last + 6)):
            if doc.word(j) in ("with", "by") and j > h.last + 1:
                agent = self._actor_at(j + 1)
                if agent is None:
                    return
                self.victims.add((si, victim.key))
                self.add(agent.key, victim, h.entry, h, si, sent, a, b, 0.85, False, True, agent)
                return
            m = doc.mention_at_tok(j)
            if (
                m is not None
                and m.adjectival
                and "in" in (doc.word(j - 1), doc.word(j - 2))
                and self.actor(m)
                and m.key != victim.key
                and any(
                    doc.word(k) in _ATTACK_NOUNS or doc.word(k) in _STRIKE_NOUNS_EN
                    for k in range(m.t1 + 1, min(b, m.t1 + 3))
                )
            ):
                # "Three soldiers were killed in an Israeli air strike"
                self.victims.add((si, victim.key))
                self.add(m.key, victim, h.entry, h, si, sent, a, b, 0.8, False, True, m)
                return
            if m is not None or j in self.stops:
                return

    def _killed_in_strike_ar(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """ "قتل ثلاثة جنود سوريين في غارة إسرائيلية": the victims named after the (passive)
        verb of killing were hit by the state the strike's adjective names."""
        doc = self.doc
        victim = next(
            (
                m
                for j in range(h.last + 1, min(b, h.last + 5))
                if (m := doc.mention_at_tok(j)) is not None and self.actor(m)
            ),
            None,
        )
        if victim is None:
            return False
        for k in range(victim.t1 + 1, min(b, victim.t1 + 3)):
            w = doc.word(k)
            if w == "في" and doc.word(k + 1) in _ATTACK_BARE_AR:
                noun = k + 1
            elif w[:1] == "ب" and w[1:] in _ATTACK_BARE_AR:
                noun = k
            else:
                continue
            for j in range(noun + 1, min(b, noun + 3)):
                m = doc.mention_at_tok(j)
                if m is not None and m.adjectival and self.actor(m) and m.key != victim.key:
                    self.victims.add((si, victim.key))
                    self.add(m.key, victim, h.entry, h, si, sent, a, b, 0.8, False, True, m)
                    return True
            return False
        return False

    def _death_in_strike_ar(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """ "مقتل قائد فيلق القدس X في غارة أميركية قرب مطار بغداد": the one whose death
        (:data:`_DEATH_NOUNS_AR`) a strike noun with its attacker's adjective caused was hit
        by that state, not the place the strike was near. True when coded."""
        doc = self.doc
        t = h.first
        if doc.word(t - 1) != _AR("في") and h.prefix.strip("و") != "ب":
            return False
        attacker = next(
            (
                m
                for j in (h.last + 1, h.last + 2)
                if (m := doc.mention_at_tok(j)) is not None and m.adjectival and self.actor(m)
            ),
            None,
        )
        if attacker is None:
            return False
        lo = max(a, t - 12)
        for d in range(t - 2, lo - 1, -1):
            gap = self.text[doc.tokens[d].end : doc.tokens[d + 1].start]
            if d in self.stops or not _PUNCT_EVAL.isdisjoint(gap):
                return False
            w = doc.word(d)
            if w[:1] in "وبل" and w[1:] in _DEATH_NOUNS_AR:
                w = w[1:]
            if w not in _DEATH_NOUNS_AR:
                continue
            victim = next(
                (
                    m
                    for j in range(d + 1, t - 1)
                    if (m := doc.mention_at_tok(j)) is not None
                    and self.actor(m)
                    and (not m.adjectival or self.adj_actor(m))
                    and m.key != attacker.key
                ),
                None,
            )
            if victim is None:
                return False
            self.victims.add((si, victim.key))
            self.add(attacker.key, victim, h.entry, h, si, sent, a, b, 0.8, True, True, attacker)
            return True
        return False

    def _the_country(
        self, h: Hit[Trigger], after: int, t_lim: int, preps: tuple[str, ...], exclude: set[str]
    ) -> Ment | None:
        """ "the 1,500 French soldiers in the country", "سحبت آخر جنودها من البلاد": forces
        stationed in or withdrawn from "the country" are in the state the story named last
        before the trigger, other than their own."""
        doc = self.doc
        start = after - 1 if doc.word(h.last) in preps else after  # ("has * troops in")
        for j in range(start, min(t_lim, after + 6)):
            if doc.mention_at_tok(j) is not None or j in self.stops:
                return None
            if doc.word(j) not in preps:
                continue
            if (self.en and doc.word(j + 1) == "the" and doc.word(j + 2) == "country") or (
                not self.en and doc.word(j + 1) == "البلاد"
            ):
                break
        else:
            return None
        at = doc.tokens[h.first].start
        for m in reversed(doc.mentions_in(max(0, at - 1000), at)):
            if (
                m.etype == EntityType.STATE
                and m.kind != "metonym"  # ("the Syrian government": a capital as a place)
                and doc.entity_types.get(m.key) == EntityType.STATE
                and m.key not in exclude
            ):
                return m
        return None

    def _hosted_forces_ar(self, after: int, t_lim: int, exclude: set[str]) -> Ment | None:
        """Arabic: the state whose forces a struck site hosts ("قصفت X قاعدة عين الأسد
        التي تستضيف قوات أميركية"، "استهدفت قاعدة تضم جنودا أمريكيين"، "موقعا يتمركز فيه
        عسكريون روس"): the attack is aimed at those forces' state, not at the state the
        site is in.  The site is a named place or a word of :data:`_SITES_AR` with up to
        two name words, right after the trigger (past its preposition); "التي/الذي" may
        come before the verb of :data:`_HOSTING_AR` and "فيها/فيه" after it; the forces are
        a mention with a state (or a forces noun and a state adjective) right after."""
        doc = self.doc
        t = self._past_adjuncts(after)
        while t < min(t_lim, after + 8) and self._time_word_ar(t):
            t += 1  # "قصفت في يناير (كانون الثاني) 2020 قاعدة ...": the date first
        while t < min(t_lim, after + 8) and doc.word(t) in _AT_TARGET:
            t += 1
        if t >= t_lim or not _PUNCT_EVAL.isdisjoint(
            self.text[doc.tokens[after].start : doc.tokens[t].start]
        ):
            return None
        m = doc.mention_at_tok(t)
        if m is not None and m.t0 == t and m.etype == EntityType.PLACE:
            k = m.t1 + 1
        elif doc.word(t).removeprefix("ال") in _SITES_AR or doc.word(t) in _SITES_AR:
            k = t + 1
            while k < min(t_lim, t + 4) and doc.word(k) not in _RELATIVES_AR:
                if doc.word(k) in _HOSTING_AR:
                    break
                if doc.mention_at_tok(k) is not None or k in self.stops:
                    return None
                k += 1
        else:
            return None
        if k >= t_lim or not _PUNCT_EVAL.isdisjoint(
            self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
        ):
            return None
        if doc.word(k) in _RELATIVES_AR:
            k += 1
        if doc.word(k) not in _HOSTING_AR:
            return None
        k += 1
        if doc.word(k) in _HOSTING_PRONOUNS_AR:
            k += 1
        forces = doc.mention_at_tok(k)
        if forces is None and doc.word(k).removeprefix("ال") in _OWNED_FORCES_AR:
            forces = doc.mention_at_tok(k + 1)
            if forces is not None and not forces.adjectival:
                return None
        if forces is None or forces.t0 > k + 1:
            return None
        state = (
            forces.key if forces.etype == EntityType.STATE else doc.entity_states.get(forces.key)
        )
        if state is None or state in exclude or doc.entity_types.get(state) != EntityType.STATE:
            return None
        return replace(forces, key=state, etype=EntityType.STATE, kind="name")

    def _time_word_ar(self, t: int) -> bool:
        """Arabic: token ``t`` belongs to a date ("في"، a month's name, a year, a day)."""
        w = self.doc.word(t)
        return w == _AR("في") or w.isdigit() or self._ar_adjunct(t)

    def _site_in_state_ar(
        self, after: int, t_lim: int, preps: tuple[str, ...], exclude: set[str]
    ) -> Ment | None:
        """Arabic: the state a named or unnamed site is in, after the trigger's preposition
        ("انسحابها من قاعدة غاو في مالي"، "تنتشر في قاعدة جوية في النيجر"): forces leave or
        stay in that state. The site is a word of :data:`_SITES_AR` right after the
        preposition; the state follows "في" within five words, no stop or punctuation
        between."""
        doc = self.doc
        j = after
        while j < min(t_lim, after + 3) and doc.word(j) not in preps:
            if doc.mention_at_tok(j) is not None or j in self.stops:
                return None
            j += 1
        if j >= t_lim or doc.word(j) not in preps or doc.word(j + 1) not in _SITES_AR:
            return None
        for k in range(j + 2, min(t_lim, j + 8)):
            if k in self.stops or not _PUNCT_EVAL.isdisjoint(
                self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
            ):
                return None
            if doc.word(k) != _AR("في"):
                continue
            m = doc.mention_at_tok(k + 1)
            if (
                m is not None
                and m.t0 == k + 1
                and m.etype == EntityType.STATE
                and not m.adjectival
                and m.key not in exclude
            ):
                return m
            return None
        return None

    def _drafter(self, t_from: int, b: int, subj: str) -> Ment | None:
        """Who drafted the document a speech act is about: "vetoed a resolution drafted by
        X", "رفضت مشروع القرار الذي قدمته X": the act is aimed at the drafter, not at the
        body that votes on it."""
        doc = self.doc
        seen_doc = False
        words = self.words
        for j in range(t_from, min(b, t_from + 10)):
            w = words[j] if 0 <= j < len(words) else ""
            bare = w[1:] if not self.en and w[:1] in "وف" and len(w) > 3 else w
            if bare in _DOCUMENT_NOUNS or (not self.en and bare[2:] in _DOCUMENT_NOUNS):
                seen_doc = True
                continue
            if not self.en and not seen_doc and bare[:1] in ("ب", "ل"):
                # "رحبت بالقرار", "إدانتها للتصريحات"
                seen_doc = bare[1:] in _DOCUMENT_NOUNS or bare[1:] in _ISSUED_DOCS_AR
                if seen_doc:
                    continue
            if not self.en and not seen_doc and bare in _ISSUED_DOCS_AR:
                seen_doc = True
                continue
            if not seen_doc:
                continue
            if self.en and w in _DRAFTED_EN and doc.word(j + 1) == "by":
                m = self._actor_at(j + 2) or self._actor_at(j + 3)
            elif not self.en and bare in _ISSUED_AR and doc.word(j + 1) in _FROM_AR:
                # "بالقرار الصادر عن مجلس الجامعة", "التصريحات الصادرة عن X": its author
                m = self._actor_at(j + 2) or self._actor_at(j + 3)
            elif not self.en and (bare in _DRAFTED_AR or bare[:-1] in _DRAFTED_AR):
                m, _ = self._vso_subject(j + 1, min(b, j + 6))
            else:
                if any(c in self.text[doc.tokens[j - 1].end : doc.tokens[j].start] for c in ".;"):
                    return None
                continue
            if m is None or m.key == subj:
                return None
            return m
        return None

    def _honorific_subject(self, h: Hit[Trigger], si: int, b: int) -> str | None:
        """The dignitary an honorific pronoun right after an Arabic verb means ("وأكد
        سيادته", "ووجّه سموه الشكر"): the first person named in this sentence, else the
        latest person speaker or subject, else the latest person named."""
        doc = self.doc
        pron = next(
            (
                doc.word(j)
                for j in range(h.first + 1, min(b, h.last + 2))
                if doc.word(j) in _AR_HONORIFIC_PRON
            ),
            None,
        )
        if pron is None:
            return None
        assert doc.seg is not None
        sent = doc.seg.sents[si]
        for m in doc.mentions_in(sent.start, doc.tokens[h.first].start):
            if m.etype == EntityType.PERSON and not m.adjectival:
                return m.key
        start = doc.tokens[h.first].start
        title = _HONORIFIC_TITLE.get(pron)
        if title is not None:
            # "سموه" is whoever was introduced as "سمو الشيخ ..." last
            for m in reversed(doc.mentions_in(max(0, start - 3000), start)):
                if m.etype != EntityType.PERSON or m.adjectival:
                    continue
                if any(doc.word(j) in title for j in range(max(0, m.t0 - 3), m.t0 + 1)):
                    return m.key
        for st in reversed(self._by_start):
            if st.start < start and doc.entity_types.get(st.speaker) == EntityType.PERSON:
                return st.speaker
        prev = self.prev_subject
        if prev is not None and doc.entity_types.get(prev) == EntityType.PERSON:
            return prev
        return self.last_person

    def _addressed(self, h: Hit[Trigger], b: int, nominal: bool) -> bool:
        """The speaker given for a noun cue is its addressee ("عن شكر العراق للرئيس
        الإيراني": the president is thanked, not thanking): he is named after it behind
        ل/إلى/to."""
        if not nominal:
            return False
        doc = self.doc
        key = self.cue_speaker[h.first]
        for j in range(h.last + 1, min(b, h.last + 6)):
            m = doc.mention_at_tok(j)
            if m is not None and m.key == key:
                return doc.prep_of(m) in ("ل", "الي", "to", "for")
        return False

    def _ordered_out(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "Russia ordered 20 employees of the Czech embassy to leave the country",
        "أمهلت الجزائر 12 موظفا في السفارة الفرنسية 48 ساعة لمغادرة البلاد": an expulsion
        (SANCTION) of the state whose people are told to leave."""
        doc = self.doc
        # "أعلنت X السفير Y شخصا غير مرغوب فيه": a declaring verb
        verbs = _ORDER_VERBS | _DECLARE_AR if h.entry.topic == _PNG_TOPIC else _ORDER_VERBS
        verb = next(
            (
                j
                for j in range(h.first - 1, max(a, h.first - 15) - 1, -1)
                if doc.word(j) in verbs or doc.word(j)[1:] in verbs
            ),
            None,
        )
        if verb is None:
            return
        co_agents: list[Ment] = []
        if self.en:
            agent = self.agent_before(verb, max(a, verb - 8), exclude=set())
            if agent is None and (key := self.pronoun_agent(verb, a)) is not None:
                # "It also ordered Iranian diplomats to leave": the pronoun's referent
                at = doc.tokens[verb].start
                agent = next(
                    (m for m in reversed(doc.mentions_in(0, at)) if m.key == key),
                    None,
                )
                if agent is not None:
                    agent = replace(agent, start=at, end=at)  # (read at the verb)
        else:
            # "وكانت النيجر قد طالبت ...": the subject before قد; else after the verb
            agent = self._pluperfect_subject(verb, a)
            masdar = doc.word(verb).lstrip("و") in _ORDER_MASDARS_AR | _DECLARE_MASDARS_AR
            if agent is None and masdar:
                # "أعلنت الكويت ... وإمهال القائم بالأعمال اللبناني 48 ساعة": the verbal
                # noun's agent is the clause's subject; the actor after it is the patient
                agent = self._first_subject_mention(a, verb)
            if agent is None and not masdar:
                agent, _ = self._vso_subject(verb + 1, min(b, verb + 7))
                if agent is not None and agent.t0 > verb:
                    # "أمهلت الرياض وأبوظبي والمنامة الدبلوماسيين القطريين": each of the
                    # coordinated subjects expels; none of them is the patient
                    co_agents = self._ar_co_subjects(agent, b)
            if agent is None and not doc.word(verb).startswith(_AR("م")):
                # "مملكة البحرين التي طلبت من السفير ..."، "والكويت أمهلت ...": the
                # subject before the verb (a verbal noun has none there)
                agent = self.agent_before(verb, max(a, verb - 8), exclude=set())
        if agent is None:
            return
        patient: Ment | None = None
        agents = {agent.key} | {x.key for x in co_agents}
        start = co_agents[-1].end if co_agents else agent.end
        for m in doc.mentions_in(start, doc.tokens[h.first].start):
            if self.actor(m) and m.key not in agents and m.t0 > verb:
                patient = m
                break
        if patient is None:
            return
        state = doc.entity_states.get(patient.key)
        trig = h.entry
        if not self.en and doc.word(patient.t0).removeprefix("ال") in _TROOPS_AR:
            # "طالبت مالي القوات الفرنسية بمغادرة أراضيها": foreign troops told to go are
            # asked to withdraw (REQUEST of their state), no diplomatic expulsion
            trig = replace(trig, type=RelationType.REQUEST, topic="withdrawal of forces")
        if patient.etype != EntityType.STATE and state and state != agent.key:
            # an embassy or its staff stand for their state
            patient = replace(patient, key=state, etype=EntityType.STATE, kind="name")
        self.add(agent.key, patient, trig, h, si, sent, a, b, 0.9, False, True, agent)
        for co in co_agents:
            if co.key != patient.key:
                self.add(co.key, patient, trig, h, si, sent, a, b, 0.8, False, True, co)

    def _declared(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """An object complement after an English "declared"/"designated" ("Quito declared
        Mexico's ambassador, Raquel Serur, persona non grata"): the actor between the verb
        and the complement is the patient, the verb's subject the agent (not the actor
        right before the complement, as an SVO reading would have it)."""
        doc = self.doc
        verb = next(
            (
                j
                for j in range(h.first - 1, max(a, h.first - 10) - 1, -1)
                if doc.word(j).startswith(("declar", "designat"))
            ),
            None,
        )
        if verb is None or any(j in self.stops for j in range(verb + 1, h.first)):
            return False
        patient = next(
            (
                m
                for m in doc.mentions_in(doc.tokens[verb].end, doc.tokens[h.first].start)
                if self.actor(m) and not m.adjectival and not self._possessive(m)
            ),
            None,
        )
        if patient is None:
            return False
        agent = self.agent_before(verb, max(a, verb - 8), exclude=set())
        if agent is not None and agent.key != patient.key:
            self.add(agent.key, patient, h.entry, h, si, sent, a, b, 0.9, False, True, agent)
        return True  # (with no agent we could link, still not the patient acting)

    def _ordered_to(self, h: Hit[Trigger]) -> bool:
        """ "The court ordered Venezuela to refrain from ...": an order is a REQUEST only
        to an actor named right after the verb and followed by "to", and not an order to
        leave (an expulsion, coded by the ``leave`` frame)."""
        doc = self.doc
        j = h.last + 1
        if doc.word(j) in ("the", "both"):
            j += 1
        m = doc.mention_at_tok(j)
        if m is None or not self.actor(m) or m.adjectival:
            return False
        return doc.word(m.t1 + 1) == "to" and doc.word(m.t1 + 2) not in _LEAVE_EN

    def _co_agent_en(self, agent: Ment, b: int) -> Ment | None:
        """English: the second of two agents joined by "and" after a passive's "by" ("signed
        by Foreign Minister X and his Azerbaijani counterpart Y"): up to five title words
        before the name, none a verb or punctuation; another actor than the first."""
        doc = self.doc
        j = agent.t1 + 1
        if doc.word(j) != "and":
            return None
        for k in range(j + 1, min(b, j + 7)):
            m = doc.mention_at_tok(k)
            if m is not None and self.actor(m) and not m.adjectival:
                if m.key == agent.key or (doc.entity_states.get(m.key) or m.key) == (
                    doc.entity_states.get(agent.key) or agent.key
                ):
                    return None
                return m
            if k in self._verb_types or doc.word(k) in _PUNCT_EVAL or doc.word(k) == "by":
                return None  # ("hosted by Norway and encouraged by the Vatican": two acts)
        return None

    def _co_agent_as_patient_en(self, subj_m: Ment | None, obj_m: Ment) -> bool:
        """English: the patient found is the next conjunct of the agent ("sanctions were
        approved by the United States and Britain", "strikes carried out by the US, France
        and Britain"): a second agent, no patient."""
        doc = self.doc
        if subj_m is None or obj_m.t0 <= subj_m.t1 or obj_m.t0 - subj_m.t1 > 3:
            return False
        gap = self.text[subj_m.end : obj_m.start].strip().lower().removesuffix(" the")
        return gap in _COORD_GAPS and not any(
            doc.word(j) in _BETWEEN for j in (subj_m.t0 - 1, subj_m.t0 - 2)
        )

    def _requested_by(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "ويعقد مجلس الأمن جلسة بطلب من X", "the council met at the request of X": X
        asked the subject of the clause to act (REQUEST from X to it)."""
        doc = self.doc
        agent = self._actor_at(h.last + 1)
        if agent is None and not self.en and doc.word(h.last + 1) == "من":
            agent = self._actor_at(h.last + 2)  # "«استجابة لطلب» من X"
        if agent is None and self.en and doc.word(h.last + 1) == "the":
            agent = self._actor_at(h.last + 2)  # "at the request of the Malian government"
        if (
            agent is None
            and self.en
            and doc.word(h.last + 1) == "its"  # ("their government": the troops' own)
            and doc.word(h.last + 2) in _HOST_RULERS_EN
        ):
            # "sent troops to Kazakhstan at the request of its government": the state just
            # named, where the forces went
            before = doc.mentions_in(doc.tokens[a].start, doc.tokens[h.first].start)
            agent = next(
                (
                    m
                    for m in reversed(before)
                    if self.actor(m)
                    and not m.adjectival
                    and doc.entity_types.get(m.key) == EntityType.STATE
                ),
                None,
            )
        if agent is None:
            return
        agents = [agent]
        if self.en:
            # "at the request of France and Britain": each asked
            j = agent.t1 + 1
            if doc.word(j) == "and":
                j += 1 + (doc.word(j + 1) == "the")
                other = self._actor_at(j)
                if other is not None and other.key != agent.key:
                    agents.append(other)
        else:
            # "بدعم من روسيا والصين", "بطلب من مصر وقطر": each one named after "و"
            while (
                doc.word(agent.t1 + 1).startswith("و")
                and (other := self._actor_at(agent.t1 + 1)) is not None
                and other.t0 == agent.t1 + 1
                and all(other.key != x.key for x in agents)
            ):
                agents.append(other)
                agent = other
        stmt = self.stmt_at(doc.tokens[h.first].start)
        lo = a
        if stmt is not None:
            # "Putin said the decision was taken at the request of X": the content's
            # subject, else the speaker's state
            lo = max(a, doc.tok_after(stmt.start))
        patient = self._first_subject_mention(lo, h.first)
        if not self.en and h.entry.type is RelationType.SUPPORT:
            # "أعلنت كوسوفو استقلالها، وهو ما ترفضه بلغراد بدعم من روسيا": the backed is
            # the nearest actor before the phrase that no preposition governs
            before = doc.mentions_in(doc.tokens[lo].start, doc.tokens[h.first].start)
            near = next(
                (m for m in reversed(before) if self.actor(m) and doc.prep_of(m) is None), None
            )
            patient = self._as_state(near) if near is not None and near.adjectival else near
        if patient is None and stmt is not None:
            state = doc.entity_states.get(stmt.speaker)
            if not self.en and state == stmt.speaker:
                # "وقالت الكويت إن مبادرتها جاءت استجابة لطلب السعودية": the speaking state
                patient = next(
                    (m for m in reversed(doc.mentions_in(0, stmt.start)) if m.key == state),
                    None,
                )
            elif state and state != stmt.speaker:
                patient = next(
                    (m for m in reversed(doc.mentions_in(0, stmt.start)) if m.key == state),
                    None,
                ) or next((m for m in doc.mentions if m.key == state), None)
        if patient is None or patient.key == agent.key or h.first - patient.t1 > 14:
            return
        if any(
            doc.word(j) in _AR_REL_PRON or doc.word(j) in _SUBCLAUSE
            for j in range(patient.t1 + 1, h.first)
        ):
            return  # "... بعد مغادرته البلاد بطلب من X": the request is about another clause
        for ag in agents:
            if ag.key != patient.key:
                self.add(ag.key, patient, h.entry, h, si, sent, a, b, 0.9, True, True, ag)

    def _appositive_subject(self, t: int, a: int) -> Ment | None:
        """ "Emmanuel Macron, the French president, visited ...": the subject before an
        appositive set off by two commas right before the verb (no verb inside it), or
        before a relative clause set off by commas ("X, which/who/whose ..., has urged")."""
        doc = self.doc
        text = self.text

        def comma_before(k: int) -> bool:
            gap = text[doc.tokens[k - 1].end : doc.tokens[k].start] if k > a else ""
            # ("a 2,000-km pipeline": a number's comma sets nothing off)
            return "," in gap and not (
                gap == "," and doc.word(k - 1).isdigit() and doc.word(k).isdigit()
            )

        # ("China, whose oil company built the pipeline, has pressed": the auxiliaries
        # and adverbs after the closing comma belong to the verb)
        v = t
        while v > a + 1 and t - v < 3 and doc.word(v - 1) in _AUX_ADVERBS_EN | _ADVERBS_EN:
            v -= 1
        if not comma_before(v):
            return None
        relatives = ("who", "which", "whose")
        for k in range(v - 1, max(a, v - 24), -1):
            # (the relative word first: its own comma opens the inset)
            if comma_before(k) and k < v - 1 and doc.word(k) not in relatives:
                break
            if doc.word(k) in relatives and comma_before(k):
                # "X, who arrived in Tehran on Sunday, held talks with": a verb inside the
                # relative clause is no stop; nor is a long one ("Brazil, whose president
                # has called for the publication of the full voting records, agreed")
                m = doc.mention_at_tok(k - 1)
                ok = m is not None and self.actor(m) and not m.adjectival and m.t1 == k - 1
                return m if ok and m is not None and doc.prep_of(m) is None else None
        # ("Peru, Chile's neighbour, has quietly signed": the auxiliaries and adverbs after
        # an appositive noun phrase's closing comma belong to the verb as well)
        for k in range(v - 1, max(a, v - 12), -1):
            if doc.word(k) in ("who", "which") and comma_before(k) and k not in self.stops:
                # "China, which has close ties with both countries, urged restraint": the
                # antecedent of a relative clause set off by commas
                m = doc.mention_at_tok(k - 1)
                ok = m is not None and self.actor(m) and not m.adjectival and m.t1 == k - 1
                return m if ok and m is not None and doc.prep_of(m) is None else None
            if k in self.stops or doc.word(k) in ("who", "which", "that", "and", "but"):
                return None
            if comma_before(k):
                m = doc.mention_at_tok(k - 1)
                if m is not None and self.actor(m) and not m.adjectival and m.t1 == k - 1:
                    if doc.prep_of(m) is None:
                        return m
                return None
        return None

    def _intercepted(
        self, h: Hit[Trigger], after: int, subj: str, si: int, sent: Span, a: int, b: int
    ) -> bool:
        """ "its air defences shot down 20 Russian drones", "أسقطت الدفاعات الجوية مسيرات
        روسية": weapons of a state brought down are that state's attack on the side that
        downed them (ASSAULT from the weapons' state to the defender's state), besides the
        downing itself."""
        doc = self.doc
        for j in range(after, min(b, after + 8)):
            m = doc.mention_at_tok(j)
            if m is None or not m.adjectival:
                continue
            weapon = doc.word(m.t1 + 1) if self.en else doc.word(m.t0 - 1)
            if not _weapon(weapon):
                return False
            defender = doc.entity_states.get(subj) or subj
            if defender == m.key:
                return False
            start = doc.tokens[h.first].start
            target = next(
                (x for x in reversed(doc.mentions_in(0, start)) if x.key == defender), None
            ) or next((x for x in doc.mentions if x.key == defender), None)
            if target is None:
                # "the defence ministry said its air defences downed ...": the ministry's
                # state, never named itself, read at the ministry's mention
                own = next((x for x in reversed(doc.mentions_in(0, start)) if x.key == subj), None)
                if own is None or doc.entity_types.get(defender) != EntityType.STATE:
                    return False
                target = replace(own, key=defender, etype=EntityType.STATE, kind="name")
            trig = replace(h.entry, type=RelationType.ASSAULT)
            self.add(m.key, target, trig, h, si, sent, a, b, 0.8, False, False, m)
            # the downing itself is still coded as the defender's act, but in English not
            # when the weapons are unmanned ("shot down 30 Russian drones": Russia's attack
            # alone; a warplane downed is the downer's own, ``downing of aircraft`` rows)
            return self.en and weapon in _UNMANNED_WEAPONS_EN
        return False

    def _unnamed_possessor_en(self, h: Hit[Trigger]) -> bool:
        """English: a capitalised possessor that is no known actor right before the noun
        ("Nancy Pelosi's trip to Taiwan" with Pelosi unknown): the act is that person's,
        so neither the speaker nor an actor named earlier did it."""
        doc = self.doc
        start = doc.tokens[h.first].start
        if self.text[max(0, start - 3) : start] not in ("'s ", "’s "):
            return False
        end = start - 3
        if any(m.end == end for m in doc.mentions_in(max(0, end - 60), end)):
            return False
        word = self.text[max(0, end - 30) : end].split()[-1:]
        return (
            bool(word)
            and word[0][:1].isupper()
            and word[0].lower() not in _WEEKDAYS_EN | _MONTHS_EN  # ("Monday's strike")
        )

    def _own_forces_left(self, subj: str, obj_m: Ment, b: int) -> Ment | None:
        """The place after the subject's own forces taken for the patient of a withdrawal
        ("سحب جزء من القوات الروسية من سوريا", "pulled part of its forces out of X"): the
        next actor or place within four words."""
        doc = self.doc
        states = doc.entity_states
        own = states.get(subj) or subj
        if obj_m.etype == EntityType.STATE or (states.get(obj_m.key) or obj_m.key) != own:
            return None
        for k in range(obj_m.t1 + 1, min(b, obj_m.t1 + 5)):
            m = doc.mention_at_tok(k)
            if m is not None and m.t0 == k and not m.adjectival:
                return m if (states.get(m.key) or m.key) != own else None
        return None

    def _owner_struck(self, a: int, t: int, subj: str) -> Ment | None:
        """English: the state whose "its embassy in X" is struck, the sentence's subject
        before the attack noun at ``t`` ("Iran launched drones ... for an Israeli strike on
        its consulate in Damascus"), when another than the attacker."""
        doc = self.doc
        m = self._first_subject_mention(a, t)
        if m is None:
            return None
        state = m.key if m.etype == EntityType.STATE else doc.entity_states.get(m.key)
        if state is None or state == (doc.entity_states.get(subj) or subj):
            return None
        return m if state == m.key else replace(m, key=state, etype=EntityType.STATE)

    def _relative_doer(self, t: int, b: int) -> Ment | None:
        """Arabic: the actor named in a relative clause on the noun phrase at token ``t``
        (up to three words, no actor among them): "الغارات التي شنتها إسرائيل"، "هجمات
        نفذتها جماعة X"، "مذكرة التفاهم التي وقعتها أديس أبابا" -- whoever did what a
        stance is about."""
        doc = self.doc
        for k in range(t + 1, min(b, t + 4)):
            if doc.mention_at_tok(k - 1) is not None:
                return None
            w = doc.word(k)
            if w in _AR_REL_PRON:
                k += 1
                w = doc.word(k)
            elif w not in _DOER_VERBS_AR:
                continue
            if k >= b or w not in _DOER_VERBS_AR:
                return None
            m = doc.mention_at_tok(k + 1)
            if m is None or m.t0 != k + 1 or not self.actor(m) or m.adjectival:
                return None
            return m
        return None

    def _event_noun_after(self, t: int) -> bool:
        """An attack noun follows ("condemned the shelling", "أدان القصف", "عن إدانتها
        الشديدة للاعتداء", "أدانت هذا الاستهداف")."""
        doc = self.doc
        if not self.en:
            return any(_ar_attack_noun(doc.word(j)) for j in (t, t + 1, t + 2))
        for j in (t, t + 1):
            w = doc.word(j)
            if w in _ATTACK_NOUNS or (w[:1] in "وبل" and w[1:] in _ATTACK_NOUNS):
                return True
        if doc.word(t) == "what" and doc.word(t + 2) == "called":
            # "condemned what it called an unprovoked violation of its airspace": the
            # attack, named in the speaker's words
            for j in range(t + 3, t + 8):
                w = doc.word(j)
                if w in _ATTACK_NOUNS or w in _BREACH_NOUNS_EN:
                    return True
        return False

    def _told_patient_en(
        self, h: Hit[Trigger], trig: Trigger, after: int, t_lim: int, si: int, subj: str
    ) -> tuple[Ment, float] | None:
        """An English patient told outside the trigger's clause, with the confidence factor
        of finding it there; the first of these that applies:

        * a judging verb whose object is an act a lexicon noun names: the one who did it
          ("Russia vetoed the draft. Brazil denounced the veto", "Egypt released the
          fishermen; Sudan welcomed the release");
        * a demanded apology: the side just blamed ("Spain accused Milei of insulting its
          premier ... Albares demanded a public apology");
        * praise or blame of "his"/"her" act: the man last named, when he is not the judge
          himself ("Xi sent Tokayev a message praising his decisive measures", but not
          "Biden defended his decision").
        """
        kind = trig.type
        if h.cls in ("v", "x") and kind in (
            RelationType.ACCUSE,
            RelationType.SUPPORT,
            RelationType.REJECT,
        ):
            if (doer := self._lexicon_act_doer_en(after, t_lim, si, subj)) is not None:
                return doer, 0.8
        if h.cls != "v":
            return None
        if kind is RelationType.REQUEST:
            owed = self._apology_owed_by_en(after, t_lim, si, subj)
            return (owed, 0.8) if owed is not None else None
        if kind in (RelationType.ACCUSE, RelationType.SUPPORT) and self.doc.word(after) in (
            "his",
            "her",
        ):
            owner = self._his_owner_en(h.first, si, subj)
            return (owner, 0.85) if owner is not None else None
        return None

    def _apology_owed_by_en(self, after: int, t_lim: int, si: int, subj: str) -> Ment | None:
        """English: from whom a request for "an apology" / "an explanation" (words from
        ``after``) asks it: the actor the requester's side accused in this sentence or the
        two before, none when no such accusation was coded."""
        doc = self.doc
        k = after
        while k < t_lim and doc.word(k) in ("a", "an", "the", "public", "formal", "official"):
            k += 1
        if k >= t_lim or doc.word(k) not in ("apology", "apologies", "explanation"):
            return None
        states = doc.entity_states
        own = states.get(subj) or subj
        for prev in reversed(self.rels):
            if prev.sent > si:
                continue
            if si - prev.sent > 2:
                break
            side = states.get(prev.subject) or prev.subject
            if (
                prev.type is RelationType.ACCUSE
                # (a minister of no named state asks for his side: "Foreign Minister X")
                and (side == own or (subj not in states and prev.subject != prev.object))
                and (states.get(prev.object) or prev.object) not in (own, side)
                and prev.object_mention is not None
            ):
                return prev.object_mention
        return None

    def _his_owner_en(self, t: int, si: int, subj: str) -> Ment | None:
        """English: whom "his"/"her" after a judging verb at token ``t`` points to: the
        person named last before it (this sentence or the one before), none when that is
        the verb's own subject or a person of its side."""
        doc = self.doc
        assert doc.seg is not None
        lo = doc.seg.sents[max(0, si - 1)].start
        last = next(
            (
                m
                for m in reversed(doc.mentions_in(lo, doc.tokens[t].start))
                if m.etype == EntityType.PERSON and not m.adjectival and self.actor(m)
            ),
            None,
        )
        if last is None or last.key == subj:
            return None
        states = doc.entity_states
        if (states.get(last.key) or last.key) == (states.get(subj) or subj):
            return None
        return last

    def _unnamed_addressee_en(self, after: int, end: int) -> bool:
        """English: the words from ``after`` to ``end`` open with a noun phrase naming no
        actor ("European carriers", "creditors of other nations") followed by "to" and a
        verb: whom a request is made of, unnamed."""
        doc = self.doc
        for j in range(after, end):
            if doc.mention_at_tok(j) is not None or j in self.stops:
                return False
            w = doc.word(j)
            if w == "to":
                nxt = doc.word(j + 1)
                return (
                    j > after
                    and nxt.isalpha()
                    and nxt not in _EN_DETERMINERS  # ("an end to the war": no verb)
                    and doc.mention_at_tok(j + 1) is None
                )
            if not w.replace("-", "").isalpha():
                return False
        return False

    def _hosted_parties_en(
        self, h: Hit[Trigger], si: int, subj: str, after: int, b: int
    ) -> tuple[Ment, Ment] | None:
        """English: the two sides whose talks or deal a host or broker verb names with no
        party of its own ("Kenya hosted two earlier rounds of talks", "The United States
        brokered the agreement"): the sides of the latest mutual act told in this sentence
        or the two before, neither of them the host."""
        doc = self.doc
        w = doc.word(h.first)
        if h.cls not in ("v", "x") or not (w.startswith("host") or w.startswith(_MEDIATE_EN)):
            return None
        if doc.word(h.first - 1) in _BE_EN:
            return None  # (passive: "talks hosted by Qatar", read at the talks)
        if not any(doc.word(j) in _PACT_NOUNS_EN for j in range(after, min(b, after + 6))):
            return None
        own = doc.entity_states.get(subj) or subj
        parties = self._told_parties(si, subj)
        if parties is None or own in (
            doc.entity_states.get(parties[0].key) or parties[0].key,
            doc.entity_states.get(parties[1].key) or parties[1].key,
        ):
            return None
        return parties

    def _shared_patient(self, h: Hit[Trigger], subj: str, si: int) -> Ment | None:
        """The one an English speech act is addressed to when it follows "and" after a
        meeting or call of the same subject and names no one ("Blinken spoke with Vucic and
        urged an immediate de-escalation"): the one met."""
        doc = self.doc
        shared = h.entry.type in _SHARED_AFTER_MEETING_EN and h.cls == "v"
        if (h.entry.type not in _ADDRESSED_EN and not shared) or doc.word(h.first - 1) != "and":
            return None
        after = h.last + 1
        opener = doc.word(h.first + 1) if h.last > h.first else doc.word(after)
        if opener not in ("a", "an", "the", "of") and not shared:
            return None  # ("warned of consequences")
        end = doc.seg.sents[si].end if doc.seg is not None else len(self.text)
        stop = next(
            (
                j
                for j in range(after, after + 4)
                if j >= len(doc.tokens) or doc.tokens[j].start >= end
            ),
            after + 4,
        )
        if shared:
            # "met X and agreed to a loan from China": a partner of its own in the clause
            stop = after
            while (
                stop < len(doc.tokens)
                and doc.tokens[stop].start < end
                and _PUNCT_EVAL.isdisjoint(
                    self.text[doc.tokens[stop - 1].end : doc.tokens[stop].start]
                )
            ):
                stop += 1
        if any(doc.mention_at_tok(j) is not None for j in range(after, stop)):
            return None  # (not the next sentence's first name)
        trig_start = doc.tokens[h.first].start
        for r in reversed(self.rels):
            if r.sent != si or r.trig_end > trig_start:
                continue
            if (
                not shared
                and r.subject == subj
                and (r.type is RelationType.CONSULT or r.topic == "summoning of envoy")
            ):
                # ("Chile summoned the Israeli envoy and demanded an explanation")
                return r.object_mention
            if shared and r.type in (RelationType.AGREE, RelationType.CONSULT):
                # "hosted talks with Iran and agreed to restore ties", "signed a pact with
                # Libya and pledged aid": the partner of the first verb
                other = r.object if r.subject == subj else r.subject if r.object == subj else ""
                return self._latest_mention(other, h.first) if other else None
            break
        return None

    def _ask(
        self,
        caller: Ment | None,
        party: Ment,
        ask: Trigger,
        h: Hit[Trigger],
        si: int,
        sent: Span,
        a: int,
        b: int,
        nominal: bool,
    ) -> None:
        """``caller`` asks ``party`` for the act of ``h`` (a REQUEST)."""
        if caller is not None:
            self.add(caller.key, party, ask, h, si, sent, a, b, 0.8, nominal, False, caller)

    def _called_for(self, h: Hit[Trigger], a: int) -> tuple[bool, Ment | None]:
        """Whether the English act noun ``h`` is asked for ("X called for / urged / demanded
        a ceasefire between ..."), and who asks: the subject of the request verb a few words
        before it, if it is an actor."""
        doc = self.doc
        for j in range(h.first - 1, max(a - 1, h.first - 5), -1):
            w = doc.word(j)
            if w == "for" and doc.word(j - 1).startswith(_CALL_FOR_EN):
                j -= 1
            elif not w.startswith(_URGE_EN):
                if doc.mention_at_tok(j) is not None or j in self.stops:
                    return False, None
                continue
            if j in self.cue_speaker:
                return True, self._speaker_before(self.cue_speaker[j], j, a)
            return True, self.agent_before(j, max(a, j - 8), exclude=set())
        return False, None

    def _requested_act_doer_ar(self, h: Hit[Trigger], after: int, b: int, subj: str) -> Ment | None:
        """Arabic: the doer of the act a request asks for, named by the state adjective of
        the act's noun or of the forces doing it, with no preposition between ("بانسحاب
        القوات الإسرائيلية"، "إلى وقف الهجمات الأمريكية على"، "برفع العقوبات الأوروبية";
        not "بالإفراج عن الصحفيين الفرنسيين", whose adjective names the victims), as a
        state other than the asker's."""
        doc = self.doc
        hits = doc.lexicon_hits.get("relations") or []
        acts = {
            x.first: x
            for x in hits
            if x.entry.type in _ASKED_ACTS_AR and x.cls in ("n", "x") and x.first > h.last
        }
        lo = max(after, h.last + 1)  # (after the subject: "ودعت مصر إلى")
        if doc.word(lo) in _REQUEST_PREPS_AR:
            lo += 1  # "دعا إلى"، "حث على"
        if lo not in acts and doc.word(lo).lstrip("بل") in _STOP_ACTS_AR:
            lo += 1  # "بوقف العدوان الإسرائيلي"، "إلى إنهاء الاحتلال الإسرائيلي"
        act = acts.get(lo)
        if act is None:
            return None
        j = act.last + 1
        released = False  # ("بالإفراج عن الأسرى الذين تحتجزهم إسرائيل": the holder)
        if act.entry.type is RelationType.CONCEDE and doc.word(act.last) == _AR("سراح"):
            released = True  # ("بإطلاق سراح الناشطة X": X is released, no doer)
        for _ in range(4):
            if j >= b or not self.text[doc.tokens[j - 1].end : doc.tokens[j].start].isspace():
                return None
            m = doc.mention_at_tok(j)
            if m is not None and released:
                return None  # (the victims: "بالإفراج عن الصحفيين الفرنسيين")
            if m is not None:
                if m.t0 != j or not self.actor(m) or doc.prep_of(m) is not None:
                    return None
                own = doc.entity_states.get(subj) or subj
                doer = self._as_state(m) if m.adjectival else m  # ("قوات حفتر": the forces')
                if (doc.entity_states.get(doer.key) or doer.key) == own:
                    return None
                if m.adjectival and doer.etype is not EntityType.STATE:
                    return None
                return doer
            w = doc.word(j)
            if w in _FORCES_AR:
                j += 1  # "بانسحاب قوات حفتر"
                continue
            if w == _AR("عن") and act.entry.type is RelationType.CONCEDE and not released:
                released = True
                j += 1
                continue
            if w in _AR_REL_PRON:
                # "برفع العقوبات التي تفرضها الولايات المتحدة على سوريا": the relative
                # clause's subject does the act
                m = doc.mention_at_tok(j + 2)
                if m is None or m.t0 != j + 2 or m.adjectival or not self.actor(m):
                    return None
                if doc.prep_of(m) is not None:
                    return None
                own = doc.entity_states.get(subj) or subj
                return None if (doc.entity_states.get(m.key) or m.key) == own else m
            if w in AR_PREP_WORDS or not w.startswith("ال") or w[:1] in "بل" or w in _THIS_AR:
                return None  # (only the act's own definite nouns: "القوات"، "العسكرية")
            j += 1
        return None

    def _hosted_talks_ar(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """Arabic: talks named with no parties whose host or sponsor a relative clause or
        phrase after the noun names ("بعد مفاوضات غير مباشرة رعتها المملكة في جدة"،
        "محادثات اللجنة العسكرية التي ترعاها البعثة الأممية"، "جولة مفاوضات استضافتها
        القاهرة"): the host meets each side of the pair the article dealt with just before
        (:meth:`_main_pair`), when there is one."""
        doc = self.doc
        if h.cls != "n" or h.pron:
            return
        if h.entry.type is not RelationType.CONSULT:
            return
        host = self._host(h, a, b) or self._mediation_leader_ar(h, b)
        if host is None or host[1] < doc.tokens[h.last].end or not self.actor(host[0]):
            return
        if any(self.actor(m) for m in doc.mentions_in(doc.tokens[h.last].end, host[1])):
            return  # ("المحادثات السعودية الإيرانية التي تستضيفها بغداد": named there)
        hm = host[0]
        own = doc.entity_states.get(hm.key) or hm.key
        part = self._participant(h.first, a, b)
        if part is not None and self.actor(part) and not part.adjectival:
            # "وشارك X في الاجتماع الذي استضافته الدوحة": the one taking part meets the
            # host (no pair of sides needed)
            if (doc.entity_states.get(part.key) or part.key) != own:
                meet = replace(h.entry, type=RelationType.CONSULT)
                self.add(part.key, hm, meet, h, si, sent, a, b, 0.75, True, False, part)
            return
        pair = self._main_pair(si, False, h.first, own)
        if pair is None:
            return
        meet = replace(h.entry, type=RelationType.CONSULT, topic="mediation")
        hosts = [hm] + [
            m for m in self._ar_co_subjects(hm, b) if (doc.entity_states.get(m.key) or m.key) != own
        ]  # ("رعته الولايات المتحدة وفرنسا": each sponsor)
        for host_m in hosts:
            host_state = doc.entity_states.get(host_m.key) or host_m.key
            for party in pair:
                if (doc.entity_states.get(party.key) or party.key) in (own, host_state):
                    continue
                self.add(host_m.key, party, meet, h, si, sent, a, b, 0.75, True, False, host_m)

    def _received_ar(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """Arabic: aid or support its receiver is the subject of ("وتحظى حكومة الوفاق بدعم
        عسكري من تركيا"، "وتلقت أوكرانيا مساعدات من الاتحاد الأوروبي"، "ويحظى الجيش بدعم
        إماراتي"): the giver after "من" or as the noun's state adjective aids or supports
        the receiver.  True when coded or when the receiver is no actor ("وحظي القرار بدعم
        روسيا والصين": no patient), and for the receiving verb itself before such a noun
        (no contact of "تلقى")."""
        doc = self.doc
        if h.entry.type is RelationType.CONSULT and h.first == h.last and h.cls in ("v", "i"):
            if not _RECEIVE_AR.match(doc.word(h.first)):
                return False
            hits = doc.lexicon_hits.get("relations") or []
            return any(
                x.entry.type in _RECEIVED_TYPES_AR
                and x.cls in ("n", "x")
                and h.first < x.first <= h.first + 5
                and self._receiving(h.first, x.first, a)[0]
                for x in hits
            )
        if h.entry.type not in _RECEIVED_TYPES_AR or h.cls not in ("n", "x"):
            return False
        v = next(
            (
                j
                for j in range(h.first - 1, max(a, h.first - 6) - 1, -1)
                if _RECEIVE_AR.match(doc.word(j))
            ),
            -1,
        )
        received, receiver = self._receiving(v, h.first, a) if v >= 0 else (False, None)
        if not received:
            return False
        if receiver is None or receiver.adjectival or not self.actor(receiver):
            return True
        giver: Ment | None = None
        for j in range(h.last + 1, min(b, h.last + 4)):
            m = doc.mention_at_tok(j)
            if m is None:
                continue
            if m.t0 == j and self.actor(m) and (m.adjectival or doc.prep_of(m) == _MIN):
                giver = self._as_state(m) if m.adjectival else m
            break
        if giver is None or (doc.entity_states.get(giver.key) or giver.key) == (
            doc.entity_states.get(receiver.key) or receiver.key
        ):
            return True
        self.add(giver.key, receiver, h.entry, h, si, sent, a, b, 0.85, True, True, giver)
        return True

    def _receiving(self, v: int, t: int, a: int) -> tuple[bool, Ment | None]:
        """Arabic: whether the words from the receiving verb at ``v`` to the noun at ``t``
        are only its subject and "على" ("تحظى X بدعم"، "حصلت X على مساعدات"، "تلقت X
        مساعدات"), and that subject (before the verb when none follows it; None when it
        is no linked actor: "حظي القرار")."""
        doc = self.doc
        gap = self.text[doc.tokens[v].end : doc.tokens[t].start]
        if "،" in gap or "," in gap:
            return False, None
        j = v + 1
        m = doc.mention_at_tok(j)
        receiver: Ment | None
        if m is not None and m.t0 == j and doc.prep_of(m) is None:
            receiver, j = m, m.t1 + 1
        elif j < t and doc.word(j).startswith("ال") and doc.word(j) not in AR_PREP_WORDS:
            receiver, j = None, j + 1
        else:
            receiver = self.agent_before(v, max(a, v - 4), exclude=set())
        if doc.word(j) == _AR("على"):
            j += 1
        return j == t, receiver

    def _time_clause_verb_ar(self, t: int) -> bool:
        """Arabic: the verb at ``t`` opens a time clause ("بعد أن"، "منذ أن"، "قبل أن"،
        "بعدما"، "عندما"): with no subject of its own it shares its sentence's."""
        doc = self.doc
        before = doc.word(t - 1).lstrip("و")
        if before == _AR("أن"):
            return doc.word(t - 2).lstrip("و") in _TIME_CONJ_AR
        return before in _TIME_CONJ_ONE_AR

    def _mediation_leader_ar(self, h: Hit[Trigger], b: int) -> tuple[Ment, int] | None:
        """Arabic: who led a mediation, named as the subject of "قادها"/"يقودها" in the
        (relative) clause right after the noun ("وساطة قادها ولي العهد"، "جهود الوساطة
        التي قادها الشيخ X"), and where that verb starts."""
        if h.entry.topic != "mediation":
            return None
        doc = self.doc
        j = h.last + 1
        if doc.word(j) in _AR_REL_PRON:
            j += 1
        if j >= b or not _LED_AR.match(doc.word(j)):
            return None
        m, _ = self._vso_subject(j + 1, min(b, j + 6))
        return (m, doc.tokens[j].start) if m is not None else None

    def _joint_body_states_ar(self, t: int, b: int) -> tuple[Ment, Ment] | None:
        """Arabic: the two states of an unlinked body named with two state adjectives in a
        row ("اللجنة الفنية السورية الأردنية المشتركة"، "الوفدان المصري والإثيوبي"), as
        state mentions."""
        doc = self.doc
        for j in range(t, min(b, t + 4)):
            m1 = doc.mention_at_tok(j)
            if m1 is None:
                if not doc.word(j).startswith("ال"):
                    return None  # (only the body's own definite words before them)
                continue
            if not m1.adjectival or m1.t0 != j:
                return None
            m2 = doc.mention_at_tok(m1.t1 + 1)  # (also with "و": "المصري والإثيوبي")
            if m2 is None or not m2.adjectival or m2.t0 != m1.t1 + 1:
                return None
            x, y = self._as_state(m1), self._as_state(m2)
            if x.key == y.key or not x.etype == y.etype == EntityType.STATE:
                return None
            return x, y
        return None

    def _told_pact_ar(self, t: int) -> bool:
        """Arabic: token ``t`` is a bare definite pact noun ("الاتفاق"، "للمذكرة"، "بالاتفاقية"),
        no actor or state adjective after it."""
        doc = self.doc
        w = doc.word(t).removeprefix("و")
        if w.startswith("لل"):
            w = "ال" + w[2:]
        elif w[:1] in "بل" and w[1:3] == "ال":
            w = w[1:]
        if not w.startswith("ال") or w[2:] not in _PACT_HEADS_AR:
            return False
        nxt = doc.mention_at_tok(t + 1)
        return nxt is None or nxt.t0 != t + 1

    def _pact_parties_ar(self, si: int, own: str, before: int) -> list[Ment]:
        """Arabic: the parties (other than the side ``own``) to the latest pact told before
        offset ``before`` in this sentence or the one before."""
        states = self.doc.entity_states
        for prev in reversed(self.rels):
            if si - prev.sent > 1 or prev.sent > si:
                break
            if prev.type not in _PACT_TYPES_AR or prev.trig_start >= before:
                continue
            found: list[Ment] = []
            for m in (self._subject_mention(prev), prev.object_mention):
                if m is None or m.key not in (prev.subject, prev.object):
                    continue
                if (states.get(m.key) or m.key) != own:
                    found.append(m)
            return found
        return []

    def _welcomed_agreement(self, h: Hit[Trigger], a: int) -> bool:
        """Arabic: a definite agreement noun after "ب"/"ل" that a welcome, a condemnation or
        a refusal governs ("ورحب الاتحاد الأوروبي والولايات المتحدة بالاتفاق"): the
        agreement already told; its pair is not the speakers (one named after it, "بالاتفاق
        بين X وY"، "مع X", is kept)."""
        doc = self.doc
        t = h.first
        if (
            h.cls == "n"
            and h.entry.type is RelationType.AGREE
            and "ال" in h.prefix
            and bool(set(h.prefix.replace("ال", "")) & set("بل"))
            and doc.word(h.last + 1) not in _BETWEEN
            and doc.word(h.last + 1) not in _WITH_AR
            and any(j in self._speech_verb_ends for j in range(max(a, t - 8), t))
        ):
            return self._rejected(h)
        return False

    def _second_subject_ar(self, h: Hit[Trigger], obj_m: Ment, subj_m: Ment | None) -> bool:
        """Arabic: the patient found for a one-sided verb is joined by "و" to the subject
        right after the verb ("ورحب الاتحاد الأفريقي والولايات المتحدة بالاتفاق"), or to a
        subject before it: a second subject, not whom the act is aimed at (symmetric acts
        pair the two instead)."""
        doc = self.doc
        if h.cls not in ("v", "i") or h.entry.type.symmetric or subj_m is None:
            return False
        if h.entry.frame in ("mut", "sym", "pair"):
            return False  # "تبادل البلدان الاتهامات": each side acts on the other
        if obj_m.t0 != subj_m.t1 + 1:
            return False
        if subj_m.t0 != h.last + 1 and obj_m.t1 >= h.first:
            return False  # (a pair told before the verb: "ورحب X وY ...، ودعوا")
        return (
            obj_m.start > doc.tokens[obj_m.t0].start
            and self.text[doc.tokens[obj_m.t0].start] == "و"
        )

    def _participial_adjunct(self, t: int, a: int) -> bool:
        """An English "-ing" verb right after a comma, past the sentence's first words: a
        participial adjunct of the main clause ("..., calling on Serbia to withdraw")."""
        doc = self.doc
        if t - a < 2 or not doc.word(t).endswith("ing"):
            return False  # ("Speaking in Davos, X said": a sentence's opening words)
        if doc.word(t) == "including":
            return False  # "on several countries, including Iran": the list goes on
        return "," in self.text[doc.tokens[t - 1].end : doc.tokens[t].start]

    def _cue_before_adjunct(self, t: int, a: int) -> str | None:
        """English: the speaker of the attribution cue a participial adjunct at ``t``
        hangs on when the sentence opens with no subject actor ('"...," he said in a
        speech in Ankara, accusing X', '"...," said the minister, urging X'): the latest
        cue before it in the sentence, no verb trigger or actor between."""
        doc = self.doc
        cue = next((j for j in range(t - 1, a - 1, -1) if j in self.cue_speaker), None)
        if cue is None:
            return None
        for j in range(cue + 1, t):
            if j in self.stops and j not in self.cue_speaker:
                return None
            m = doc.mention_at_tok(j)
            if m is not None and self.actor(m) and not m.adjectival and doc.prep_of(m) is None:
                return None  # ("he said, and Russia ..., accusing": that actor's)
        return self.cue_speaker[cue]

    def _adjunct_light_verb(self, t: int, a: int) -> int:
        """English: the token of a light verb ("announcing", "imposing", "carrying out")
        opening a :meth:`_participial_adjunct` within four words before the noun at ``t``
        with no actor between, else -1."""
        doc = self.doc
        for j in range(t - 1, max(a, t - 5) - 1, -1):
            if doc.mention_at_tok(j) is not None:
                return -1
            if doc.word(j) in _LIGHT_PARTICIPLES_EN:
                return j if self._participial_adjunct(j, a) else -1
        return -1

    def _subordinate_clause_in(self, lo: int, hi: int) -> int:
        """English: the first token of ``[lo, hi)`` that opens a clause of its own, "as"
        or "while" followed by an actor (after at most three words: "as Chinese President
        X") and then that actor's verb, a trigger or cue ("signed a pact on Monday as Modi
        hosted Pacific leaders"): no object lies past it; else ``hi``."""
        doc = self.doc
        for j in range(lo, hi):
            if self.words[j] not in _OWN_CLAUSE_EN:
                continue
            m = next(
                (x for k in range(j + 1, j + 5) if (x := doc.mention_at_tok(k)) is not None), None
            )
            if (
                m is not None
                and self.actor(m)
                and not m.adjectival  # ("as French fishermen protested": the target)
                and (m.t1 + 1 in self.stops or m.t1 + 2 in self.stops)
            ):
                return j
        return hi

    def _participial_adjunct_in(self, lo: int, hi: int, a: int) -> int:
        """The first token of ``[lo, hi)`` that opens a :meth:`_participial_adjunct`, else
        ``hi``."""
        words = self.words
        for j in range(max(lo, a + 4, 0), min(hi, len(words))):
            if words[j].endswith("ing") and self._participial_adjunct(j, a):
                return j
        return hi

    def _aid_beneficiaries(self, t_from: int, b: int, exclude: set[str]) -> Ment | None:
        """The state whose people Arabic aid helps: a state (or a place of one) named within
        a few words after a noun of those in need ("لدعم المتضررين من الفيضانات في
        ليبيا"، "لإغاثة الشعب السوداني")."""
        doc = self.doc
        for j in range(t_from, min(b, t_from + 12)):
            if j in self.stops:
                return None
            w = doc.word(j).lstrip("و")
            if w.startswith("لل"):
                w = w[2:]  # ل + ال
            elif w.startswith(("بال", "لال")):
                w = w[3:]
            if w.removeprefix("ال") not in _NEEDY_AR:
                continue
            for m in doc.mentions_in(doc.tokens[j].end, doc.tokens[min(b, j + 6) - 1].end):
                key = m.key
                if m.etype is EntityType.PLACE:
                    key = doc.entity_states.get(m.key) or ""
                    if doc.entity_types.get(key) is not EntityType.STATE:
                        continue
                    m = replace(m, key=key, etype=EntityType.STATE, kind="name")
                elif m.etype is not EntityType.STATE:
                    continue
                return m if key not in exclude else None
            return None
        return None

    def _handed_to(self, subj_m: Ment, t: int) -> Ment | None:
        """The first object of an Arabic verb of handing ("سلم"، "منح") whose subject is
        ``subj_m`` and whose second object is the noun at token ``t``: the actor between
        them ("سلمت الوزارة السفير العراقي مذكرة احتجاج")."""
        doc = self.doc
        if not any(
            doc.word(j).lstrip("و") in _HANDING_AR for j in range(max(0, subj_m.t0 - 3), subj_m.t0)
        ):
            return None
        for m in doc.mentions_in(subj_m.end, doc.tokens[t].start):
            if m.key != subj_m.key and self.actor(m) and doc.prep_of(m) is None:
                return m
        return None

    def _ar_light_verb_subject(self, t: int, a: int) -> Ment | None:
        """The subject right after an Arabic light verb ("أجرى"، "عقد"، "وجه") whose
        object is the verbal noun at token ``t``, up to sixteen words back with no comma or
        other verb between them ("أجرى سمو الشيخ ... نائب رئيس مجلس الوزراء وزير الخارجية
        اتصالا": an honorific, a long name and a chain of titles)."""
        doc = self.doc
        for j in range(t - 1, max(a, t - 17) - 1, -1):
            gap = self.text[doc.tokens[j].end : doc.tokens[j + 1].start]
            if "،" in gap or "," in gap or (j in self.stops and j != t - 1):
                if doc.word(j).lstrip("و") not in _LIGHT_VERBS_AR:
                    return None
            if doc.word(j).lstrip("و") in _LIGHT_VERBS_AR:
                if j == t - 1:
                    return None  # no subject between the verb and its noun
                m, _ = self._vso_subject(j + 1, t)
                return m if m is not None and m.t1 < t else None
        return None

    def _recalled_from(self, before: int, subj: str) -> Ment | None:
        """The state an ambassador recalled "للتشاور" with no host named served in: the
        other of the two states last named before offset ``before`` (None unless the
        recalling side is one of them)."""
        doc = self.doc
        own = (
            subj if doc.entity_types.get(subj) == EntityType.STATE else doc.entity_states.get(subj)
        )
        recent = self._recent_states(before, 2)
        if own is None or own not in recent:
            return None
        other = next((k for k in recent if k != own), None)
        if other is None:
            return None
        return next((m for m in reversed(doc.mentions_in(0, before)) if m.key == other), None)

    def _speaker_only_later(self, key: str, t: int, first: Ment, a: int, b: int) -> bool:
        """Whether the speaker ``key`` of the Arabic cue at token ``t`` is named in this
        sentence only after ``first`` (the actor right after the cue) and not before the
        cue: a speaker taken from a later clause, not the verb's own."""
        doc = self.doc
        if any(m.key == key for m in doc.mentions_in(doc.tokens[a].start, doc.tokens[t].start)):
            return False
        end = doc.tokens[b - 1].end if b > 0 else first.end
        return any(m.key == key and m.start > first.end for m in doc.mentions_in(first.end, end))

    def _will_pay(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "said Israel would pay a heavy price", "أكد أن الولايات المتحدة ستدفع الثمن",
        "ستدفع إسرائيل الثمن": the speaker threatens the one who will pay, named just
        before the form (or, in Arabic, in its gap), inside the speaker's statement."""
        doc = self.doc
        stmt = self.stmt_at(doc.tokens[h.first].start)
        if stmt is None:
            return
        spots = [*range(h.first - 1, max(a, h.first - 3) - 1, -1)]
        if not self.en:
            spots = [*range(h.first + 1, h.last), *spots]  # "ستدفع إسرائيل الثمن"
        for j in spots:
            m = doc.mention_at_tok(j)
            if m is None or not self.actor(m) or m.adjectival:
                continue
            if m.start < stmt.start or m.key == stmt.speaker:
                return
            if doc.entity_states.get(stmt.speaker) in (m.key, doc.entity_states.get(m.key)):
                return  # its own side
            self.add(stmt.speaker, m, h.entry, h, si, sent, a, b, 0.8, False, False, None)
            return

    def _passive(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> None:
        """ "المعتقلة في روسيا" / "detained in Russia": the patient comes before the
        participle, the agent after its preposition."""
        doc = self.doc
        patient = None
        for j in range(h.first - 1, max(a, h.first - 4) - 1, -1):
            m = doc.mention_at_tok(j)
            if m is not None and self.actor(m):
                if (
                    not m.adjectival
                    or (
                        # "five Americans detained in Iran": a plural demonym is the people
                        self.en and j == h.first - 1 and m.text[-1:] == "s" and m.text[-2:] != "ss"
                    )
                    or (self.en and self.adj_actor(m))  # "Ukrainian ports were hit by"
                ):
                    patient = m
                break
        if patient is None and self.en:
            # "X, who served as ..., had been granted asylum by Y": the subject before the
            # relative clause
            first = self._first_subject_mention(a, h.first)
            if first is not None and doc.word(first.t1 + 1) in ("who", "which"):
                patient = first
        if patient is None:
            return
        if (
            self.en
            and doc.word(h.first) == "held"
            and patient.etype != EntityType.PERSON
            and not (patient.adjectival and patient.t1 == h.first - 1 and patient.text[-1:] == "s")
        ):
            return  # "Americans held in Iran", not "talks with Ukraine held in Turkey"
        if (
            self.en
            and doc.word(h.last) == "in"
            and patient.kind == "name"
            and patient.etype == EntityType.STATE
            and not patient.adjectival  # ("Six Americans detained in Venezuela")
        ):
            return  # "Russia arrested in Moscow a reporter": active, not "Americans held in"
        agent, by_prep = self.mention_after(
            h.last + 1,
            # ("received a shipment of howitzers and shells from France")
            min(b, h.last + (8 if "from" in h.entry.preps else 4)),
            h.entry.preps,
            exclude={patient.key},
            place=False,
            # (a form that ends in its preposition, "detained in", has the agent next)
            required=bool(h.entry.preps),
        )
        if agent is None and self.en and doc.word(h.last) == "in":
            # "Evan Gershkovich was arrested in Yekaterinburg": no agent named; the state
            # of the city where it happened holds him
            k = h.last + 1 + (doc.word(h.last + 1) == "the")
            where = doc.mention_at_tok(k)
            state = doc.entity_states.get(where.key) if where is not None else None
            if (
                where is not None
                and where.t0 == k
                and where.etype == EntityType.PLACE
                and state is not None
                and patient.etype == EntityType.PERSON
            ):
                self.add(state, patient, h.entry, h, si, sent, a, b, 0.8, True, True, None)
            return
        if agent is None:
            return
        if self.en and agent.etype == EntityType.PLACE:
            state = doc.entity_states.get(agent.key)
            if state is not None and state != agent.key and patient.etype == EntityType.PERSON:
                # "was detained in Beijing": the state of the capital holds him
                self.add(state, patient, h.entry, h, si, sent, a, b, 0.8, True, True, None)
                return
        self.add(agent.key, patient, h.entry, h, si, sent, a, b, 0.9, True, by_prep, agent)

    def _object_of_speech_act(self, h: Hit[Trigger], si: int) -> bool:
        """A verbal noun that is the object of a speech act coded just before it ("China
        condemned the visit of ...", "رحبت مصر بالاتفاق"): the speaker is not its agent."""
        if self._governed_by_speech_verb(h):
            return True
        if (
            not self.en
            and h.entry.type is RelationType.ACCUSE
            and h.prefix.startswith(("ب", "وب"))
            and any(
                self._verb_types.get(k) is RelationType.REQUEST
                for k in range(max(0, h.first - 16), h.first)
            )
        ):
            return True  # "وطالبت X في رسالة إلى Y بإدانة ...": a condemnation asked for
        if not self.rels:
            return False
        prev = self.rels[-1]
        if prev.sent != si or prev.type not in _SPEECH_TYPES:
            return False
        prev_end = self.doc.tok_at(prev.trig_end - 1)
        first = h.first
        if (
            self.en
            and self.doc.word(first - 1) == "of"
            and self.doc.word(first - 2) in _QUANTITY_NOUNS_EN
        ):
            first -= 2  # "criticised the latest round of sanctions"
        return 0 < first - prev_end <= 3

    def _attack_victim(self, m: Ment, after: int) -> bool:
        """Whether ``m`` is the target of an attack noun just before it ("the attack on
        X", "the drone attack against X", "الهجوم على X", "للاعتداءات الحوثية على X")."""
        doc = self.doc
        prep = doc.prep_of(m)
        if prep == "ل" and not self.en:
            # "الغزو الروسي لأوكرانيا": the patient of a definite attack noun and the
            # adjective of its doer (not "إدانة مصر للهجوم": the noun must come first)
            doer = doc.mention_at_tok(m.t0 - 1)
            if doer is None or not doer.adjectival or doer.t1 != m.t0 - 1:
                return False
            return _ar_attack_noun(doc.word(doer.t0 - 1))
        if prep not in _AT_TARGET or doc.word(m.t0 - 1) == "at":
            return False
        for k in range(max(after, m.t0 - 4), m.t0):
            w = doc.word(k)
            if not self.en:
                w = w.lstrip("وف")
                if w.startswith("لل"):
                    w = "ال" + w[2:]
                elif w[:1] in ("ب", "ل") and w[1:3] == "ال":
                    w = w[1:]
            if w in _ATTACK_NOUNS or w in _ATTACK_NOUNS_AR:
                return True
        return False

    def _governed_by_speech_verb(self, h: Hit[Trigger]) -> bool:
        """A condemning or rejecting verb governs this verbal noun even when it coded nothing
        ("Egypt condemned the attack on X", "أدانت قطر بشدة استهداف ..."): the condemner is
        not the attacker.  Within 3 words in English, 6 in Arabic (verb-subject order puts
        the subject between), with no comma, other verb or statement cue in between.  (Not
        "affirmed readiness to provide aid": there the speaker is the agent.)"""
        reach = 3 if self.en else 6
        words = self.words
        for end in range(h.first - 1, max(-1, h.first - 1 - reach), -1):
            if end in self._speech_verb_ends:
                return True
            w = words[end] if end < len(words) else ""
            if w in (",", "،", ";", ".", ":") or end in self.stops:
                return False
        return False

    def _request_content(self, j: int) -> bool:
        """Token ``j`` opens what is asked for: "إلى"/"على" (unless an actor follows it),
        or a verbal noun with "بـ" glued on ("بوقف", "بالانسحاب")."""
        doc = self.doc
        w = doc.word(j)
        if w in _REQUEST_PREPS_AR:
            return True
        return w[:1] == "ب" and len(w) > 3 and doc.mention_at_tok(j) is None

    def _supply_deal(self, h: Hit[Trigger], b: int) -> bool:
        """A verb of supplying after "agreed to" / "a deal to" (a time phrase may sit
        between: "agreed on Monday to supply") whose goods, within fourteen words, are a
        traded commodity ("agreed to supply Poland with gas")."""
        doc = self.doc
        if h.cls != "v" or doc.word(h.first - 1) != "to":
            return False
        for j in range(h.first - 2, max(0, h.first - 6) - 1, -1):
            if any(c in self.text[doc.tokens[j].end : doc.tokens[j + 1].start] for c in ".,;:"):
                return False
            if doc.word(j) in _SUPPLY_DEAL_EN:
                break
        else:
            return False
        return any(doc.word(j) in _COMMODITIES_EN for j in range(h.first + 1, min(b, h.first + 15)))

    def _agreed_to(self, h: Hit[Trigger], a: int) -> bool:
        """English: the verb at ``h`` is the infinitive of a word of agreeing up to six
        words before it, with no punctuation between ("X and Y agreed to deploy
        warships", "a deal to deploy"): a joint act, not one side's against the other."""
        doc = self.doc
        if not self.en or doc.word(h.first - 1) != "to":
            return False
        for j in range(h.first - 2, max(a, h.first - 7) - 1, -1):
            if any(c in self.text[doc.tokens[j].end : doc.tokens[j + 1].start] for c in ".,;:"):
                return False
            if doc.word(j) in _SUPPLY_DEAL_EN:
                return True
        return False

    def _embargoed_goods(self, h: Hit[Trigger], a: int, b: int) -> bool:
        """The goods of an aid hit are governed by a word of a ban up to three words
        before it or two after it, with no punctuation between ("an arms embargo on
        exports to", "a ban on weapons", "حظرا على تصدير الأسلحة إلى")."""
        doc = self.doc
        for j in (*range(max(a, h.first - 3), h.first), *range(h.last + 1, min(b, h.last + 3))):
            w = doc.word(j).lower()
            if not self.en:
                w = w.lstrip("وب").removeprefix("ال")
            if w not in _EMBARGO_WORDS:
                continue
            lo, hi = (j, h.first) if j < h.first else (h.last, j)
            if not any(c in self.text[doc.tokens[lo].end : doc.tokens[hi].start] for c in ".,;:"):
                return True
        return False
