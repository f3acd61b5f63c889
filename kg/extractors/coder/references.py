"""The relation coder's rules on what pronouns refer to.

It codes what pronouns refer to: an Arabic object suffix ("ها", "ه"), a pronoun agent or object,
"it"/"he" continuing the previous sentence's subject, "they" for a pair, and the speaker
behind "we" or a first person in a statement.

A trait of the coder ``relations._Coder`` (see :mod:`kg.extractors.coder`).
"""

from __future__ import annotations

from kg.extractors.coder.sides import Sides
from kg.extractors.coder.words import (
    _ACCUSED_AR,
    _ADVERBS_EN,
    _ALSO_AR,
    _AR,
    _AR_COMP_PRON_SING,
    _AR_PARTICLES_BEFORE_VERB,
    _AUX_ADVERBS_EN,
    _AUX_EN,
    _COORD_GAPS,
    _EN_PRON,
    _FEMALE_TITLES_AR,
    _MASCULINE_HEADS_AR,
    _MASCULINE_STATES_AR,
    _NEG_EN,
    _OUR_HEADS_EN,
    _OWN_COUNTRY_AR,
    _OWN_FORCES_AR,
    _POSSESSED_AGENTS_EN,
    _REL_OBJ_SUFFIXES_AR,
    _SPEECH_TYPES,
    _STATE_NOUNS_EN,
    _TO_INTENT_EN,
    _WE_AUX_EN,
    _WIRE_DATELINE_EN,
)
from kg.extractors.doc import Ment
from kg.extractors.lexicon import Hit
from kg.extractors.native import trait
from kg.extractors.quotes import Stmt
from kg.extractors.sentences import Span
from kg.extractors.triggers import Trigger
from kg.gazetteer import Gazetteer
from kg.models import EntityType

__all__ = ["References"]


@trait
class References(Sides):
    """The coder's rules on what pronouns refer to."""

    def _content_pronoun_speaker(self, stmt: Stmt, t: int) -> str | None:
        """English: the speaker of a reported content that opens with a subject pronoun of
        the speaker's kind ("He said he hoped to make a return visit to X", "It said it
        would ..."), when no actor is named between the pronoun and the trigger at ``t``."""
        doc = self.doc
        if not stmt.start <= doc.tokens[t].start < stmt.end:
            return None
        k = doc.tok_after(stmt.start)
        if doc.word(k) == "that":
            k += 1
        kind = _EN_PRON.get(doc.word(k))
        if kind is None or doc.word(k) in ("his", "her", "its", "their") or k >= t:
            return None
        if (doc.entity_types.get(stmt.speaker) == EntityType.PERSON) != (kind == "m"):
            return None
        if any(doc.mention_at_tok(j) is not None for j in range(k + 1, t)):
            return None
        return stmt.speaker

    def pronoun_agent(self, t: int, a: int) -> str | None:
        doc = self.doc
        j = t - 1
        while j >= a and (
            doc.word(j)
            in (
                "has",
                "have",
                "had",
                "also",
                "was",
                "were",
                "is",
                "would",
                "will",
            )
            or (  # "it has not recognized", "he again refused"
                self.en
                and (doc.word(j) in _NEG_EN or doc.word(j) in _ADVERBS_EN or doc.word(j) in _AUX_EN)
                and doc.word(j) != "no"
            )
        ):
            j -= 1
        if (
            j >= a
            and doc.seg is not None
            and self._dual_at(j)
            and self._first_subject_mention(a, j) is None
        ):
            # "Both sides also condemned X": one of the pair (the other: _dual_co_subjects)
            pair = self._dual_pair_at(j, doc.seg.index_at(doc.tokens[j].start))
            return pair[0].key if pair is not None else None
        if j > a and doc.seg is not None and self._first_subject_mention(a, j) is None:
            # "The three countries urged X": one of the group (the others: _group_co_subjects)
            group = self._group_at(j, doc.seg.index_at(doc.tokens[j].start))
            if group is not None:
                return group[0].key
        if self.en and (group := self._group_subject_before(t, a)) is not None:
            return group[0].key  # "the four governments issued a statement backing X"
        if j > a and doc.word(j) in _POSSESSED_AGENTS_EN:
            # "Its troops also crossed into Syria", "Their jets struck ...": the owner acts
            k = next(
                (k for k in (j - 1, j - 2) if k >= a and doc.word(k) in ("its", "their")), None
            )
            if k is None:
                return None
            j = k
        if j > a and doc.word(j) in _STATE_NOUNS_EN and doc.word(j - 1) == "the":
            # "Saudi Arabia ... The kingdom recalled its ambassador": the state last named
            # as a subject, else the last state named
            states = doc.entity_types
            for key in (self.prev_subject, self.last_other):
                if key is not None and states.get(key) == EntityType.STATE:
                    return key
            return None
        if j >= a:
            kind = _EN_PRON.get(doc.word(j))
            prev = self.prev_subject
            if kind is not None and j == a and prev is not None:
                # "Lithuania closed its border. It also summoned ...": a pronoun opening
                # the sentence continues the previous sentence's subject
                person = doc.entity_types.get(prev) == EntityType.PERSON
                if person == (kind == "m"):
                    return prev
            if kind == "m":
                return self.last_person
            if kind == "o":
                return self.last_other or self.last_person
        return None

    def _pronoun_conjunct(self, m: Ment) -> Ment | None:
        """The person "he"/"she" stands for in "he and (Chinese President) Xi Jinping": the
        latest other person named before the pronoun (within about three sentences)."""
        doc = self.doc
        if m.etype != EntityType.PERSON:
            return None
        j = m.t0 - 1
        while j > m.t0 - 5 and j >= 0 and doc.word(j) != "and":
            before = doc.mention_at_tok(j)
            titled = self.text[doc.tokens[j].start : doc.tokens[j].start + 1].isupper()
            if not titled and (before is None or not before.adjectival):
                return None
            j -= 1
        if doc.word(j) != "and" or doc.word(j - 1) not in ("he", "she"):
            return None
        lo = max(0, doc.tokens[j - 1].start - 600)
        for prev in reversed(doc.mentions_in(lo, doc.tokens[j - 1].start)):
            if prev.etype == EntityType.PERSON and not prev.adjectival and prev.key != m.key:
                return prev if self.actor(prev) else None
        return None

    def _object_pronoun_chain(self, h: Hit[Trigger], si: int, sent: Span, a: int, b: int) -> bool:
        """Arabic: a speech-act verb coordinated after an act, its pronoun suffix the
        object ("ودعت الجبهة فرنسا إلى التراجع، واتهمتها بالتواطؤ مع الرباط"): the doer is
        that act's subject and the pronoun its patient, not an actor named inside the
        charge ("مع الرباط"); with its subject after it, the author of the act just told
        is the one it speaks of.  Coded here (True) when such an act is found."""
        doc = self.doc
        if (
            h.cls != "v"
            or h.pron not in ("ها", "ه", "هم")
            or not h.prefix.startswith("و")
            or h.entry.type not in _SPEECH_TYPES
        ):
            return False
        nxt = doc.mention_at_tok(h.last + 1)
        if nxt is not None and nxt.t0 == h.last + 1 and not nxt.adjectival:
            # "وفرضت واشنطن عقوبات على شركات صينية، ووصفتها بكين بأنها غير قانونية": the
            # subject follows the verb, the pronoun is the act just told (or its author)
            own = doc.entity_states.get(nxt.key) or nxt.key
            if h.entry.frame != "spk" or not self.actor(nxt):
                return False
            author = self._act_author(si, own)
            if author is not None and self._last_act_symmetric(si):
                author = None  # "اجتمعت تركيا واليونان ... واتهمتها قبرص": either side
            if author is None:
                # "أطلقت كوريا الشمالية صاروخا. وحذرتها الولايات المتحدة": no act coded;
                # the one actor named just before that agrees with the suffix
                ref = self._suffix_referent(h, si, a, nxt.key)
                if ref is not None:
                    self.add(nxt.key, ref, h.entry, h, si, sent, a, b, 0.8, False, True, nxt)
                return True
            if author.key == nxt.key:
                return True  # (no act told: the clause's first subject is not its doer)
            self.add(nxt.key, author, h.entry, h, si, sent, a, b, 0.85, False, True, nxt)
            return True
        if _ACCUSED_AR not in doc.word(h.first):
            return False  # ("ووصفها بأنها إنجاز": "ها" may be the deal just named, no actor)
        start = doc.tokens[h.first].start
        prev = next(
            (
                r
                for r in reversed(self.rels)
                if r.sent == si and r.trig_start < start and r.object_mention is not None
            ),
            None,
        )
        if prev is None:
            # no act coded before (its doer unknown to us): the last actor before the verb
            # is the pronoun's referent, the sentence's subject (if another) the doer
            before = [
                m
                for m in doc.mentions_in(doc.tokens[a].start, start)
                if self.actor(m) and not m.adjectival and doc.prep_of(m) is None
            ]
            if not before:
                return False
            ref = before[-1]
            if (h.pron == "ه") != (doc.entity_types.get(ref.key) == EntityType.PERSON):
                return False
            doer = self._first_subject_mention(a, ref.t0)
            if doer is not None and doer.key != ref.key:
                self.add(doer.key, ref, h.entry, h, si, sent, a, b, 0.85, False, True, doer)
            return True  # the referent is no doer of its own accusation
        om = prev.object_mention
        assert om is not None
        if om.t1 >= h.first or any(
            doc.mention_at_tok(j) is not None for j in range(om.t1 + 1, h.first)
        ):
            return False  # another actor named in between may be the pronoun's referent
        if (h.pron == "ه") != (doc.entity_types.get(om.key) == EntityType.PERSON):
            return False  # "ها" for a state or body, "ه" for a man
        subj_m = self._subject_mention(prev)
        self.add(prev.subject, om, h.entry, h, si, sent, a, b, 0.9, False, True, subj_m)
        return True

    def _last_act_symmetric(self, si: int) -> bool:
        """Whether the act ``_act_author`` reads (the latest non-speech act of this
        sentence or the one before) is a symmetric one ("met", "agreed"): its "author" is
        either side."""
        for prev in reversed(self.rels):
            if si - prev.sent > 1 or prev.sent > si:
                break
            if prev.type in _SPEECH_TYPES:
                continue
            return prev.type.symmetric
        return False

    def _suffix_referent(self, h: Hit[Trigger], si: int, a: int, subj: str) -> Ment | None:
        """Arabic: the referent of a verb's object suffix ("ها" a state or body, "ه" a
        man): the one actor of that kind, other than the subject ``subj`` and its state,
        named (no adjective) in the previous sentence or this one before the verb; none
        when two are."""
        doc = self.doc
        if h.pron not in ("ها", "ه") or doc.seg is None:
            return None
        t = h.first
        if not (
            h.prefix[:1] in ("و", "ف")
            or t == a
            or doc.word(t - 1) in _ALSO_AR
            or doc.word(t - 1) == _AR("قد")
            or "،" in self.text[doc.tokens[t - 1].end : doc.tokens[t].start]
        ):
            return None  # "جولة مفاوضات استضافتها القاهرة": the noun the clause describes
        person = h.pron == "ه"
        lo = doc.seg.sents[si - 1].start if si > 0 else doc.tokens[a].start
        own = doc.entity_states.get(subj) or subj
        found: dict[str, Ment] = {}
        masculine: dict[str, Ment] = {}  # ("ه" with no man named: a masculine body)
        for m in doc.mentions_in(lo, doc.tokens[h.first].start):
            if not self.actor(m) or m.adjectival or m.key == subj or m.key == own:
                continue
            is_person = doc.entity_types.get(m.key) == EntityType.PERSON
            # ("رئيسة الوزراء الإيطالية X": a woman, "ها")
            if is_person and (person == self._female_title_before(m)):
                continue
            if (doc.entity_states.get(m.key) or m.key) == own:
                continue
            if not is_person and person:
                if self._masculine_name_ar(m):
                    masculine[m.key] = m
                continue
            found[m.key] = m
        if not found and len(masculine) == 1:
            # "تقدمت جيبوتي بشكوى إلى الاتحاد الأفريقي، وطالبته بالتدخل"، "ودعاه" of
            # مجلس الأمن، العراق: the one masculine body or state named
            return next(iter(masculine.values()))
        if len(found) != 1:
            return None
        return next(iter(found.values()))

    def _feminine_doer_ar(self, h: Hit[Trigger], speaker: str, a: int) -> Ment | None:
        """Arabic: for a feminine perfect trigger ("وطالبته"، "ودعت") whose cue speaker is
        a man, the first state or body of the sentence with no preposition before it, after
        the last man named (the content's subject); none when the speaker is no man."""
        doc = self.doc
        if h.cls != "v" or doc.entity_types.get(speaker) != EntityType.PERSON:
            return None
        w = doc.word(h.first)[len(h.prefix) :]
        if h.pron:
            w = w.removesuffix(h.pron)
        if not w.endswith("ت") or w.endswith(("ات", "وت")) or len(w) < 4:
            return None
        said = self._latest_mention(speaker, h.first)
        if said is None or self._female_title_before(said):
            return None
        lo = doc.tokens[a].start if said.start < doc.tokens[a].start else said.end
        for m in doc.mentions_in(lo, doc.tokens[h.first].start):
            if doc.entity_types.get(m.key) == EntityType.PERSON:
                return None  # (a man named after the speaker: not this rule)
            if self.actor(m) and not m.adjectival and doc.prep_of(m) is None:
                return m
        return None

    def _relative_vso_subject_ar(self, h: Hit[Trigger]) -> Ment | None:
        """Arabic: the actor right after a relative clause's verb that carries its
        antecedent as object suffix ("التي تفرضها الولايات المتحدة"، "الذي وقعه الرئيس
        X"), the verb's subject."""
        if h.cls not in ("v", "i") or h.pron not in _REL_OBJ_SUFFIXES_AR or h.last != h.first:
            return None
        m = self.doc.mention_at_tok(h.last + 1)
        if m is None or m.t0 != h.last + 1 or m.adjectival or not self.actor(m):
            return None
        return m if self.doc.prep_of(m) is None else None

    def _masculine_name_ar(self, m: Ment) -> bool:
        """Arabic: a state or body whose name takes a masculine pronoun ("ه"): a state of
        :data:`_MASCULINE_STATES_AR`, or a body whose head word has no feminine ending
        ("الاتحاد الأفريقي"، "مجلس الأمن"، "حزب الله"; not "منظمة"، "الحكومة")."""
        words = self.doc.nt.norm[m.start : m.end].split()
        if not words:
            return False
        if self.doc.entity_types.get(m.key) == EntityType.STATE:
            return m.kind == "name" and words[0].lstrip("وفبل") in _MASCULINE_STATES_AR
        head = words[0]
        return (
            len(words) > 1
            and not head.endswith(("ة", "ات", "ا"))
            and head.startswith(_MASCULINE_HEADS_AR)
        )

    def _female_title_before(self, m: Ment) -> bool:
        """Arabic: a woman's title ("رئيسة"، "المستشارة"، "وزيرة") within the three words
        before the mention ``m``."""
        for j in range(m.t0, max(0, m.t0 - 4) - 1, -1):
            w = self.doc.word(j)
            if j < m.t0 and (
                not w or w in ("،", ".", ",") or self.doc.mention_at_tok(j) is not None
            ):
                return False
            if w.lstrip("و").removeprefix("ال") in _FEMALE_TITLES_AR:
                return True
        return False

    def _pronoun_object(self, word: str, t: int, subj: str) -> Ment | None:
        """ "accused it of ...": the latest actor of the right kind named before."""
        doc = self.doc
        person = word in ("him", "her")
        prev = self.prev_subject
        if (
            self.en
            and doc.seg is not None
            and prev is not None
            and prev != subj
            and (doc.entity_types.get(prev) == EntityType.PERSON) == person
        ):
            # "North Korea fired a missile over Japan. The US urged it to ...": with no
            # actor of that kind named before it in its own sentence, the previous
            # sentence's subject, not the latest state named
            at = doc.tokens[t].start
            own = doc.mentions_in(doc.seg.sents[doc.seg.index_at(at)].start, at)
            if not any(
                self.actor(m)
                and not m.adjectival
                and m.key != subj
                and (m.etype == EntityType.PERSON) == person
                for m in own
            ):
                ref = next(
                    (m for m in reversed(doc.mentions_in(max(0, at - 600), at)) if m.key == prev),
                    None,
                )
                if ref is not None:
                    return ref
        for m in reversed(doc.mentions_in(max(0, doc.tokens[t].start - 400), doc.tokens[t].start)):
            if not self.actor(m) or m.adjectival or m.key == subj:
                continue
            if (m.etype == EntityType.PERSON) == person:
                return m
        return None

    def _speaker_can_act(self, h: Hit[Trigger], stmt: Stmt, nominal: bool) -> bool:
        """Inside a statement, the speaker is the agent of speech acts (praise,
        condemnation, demands...) and of first-person verbs and nouns ("نعرب",
        "امتناننا", "we will"), when the trigger opens the content or follows a
        pronoun."""
        doc = self.doc
        outlet = Gazetteer.load().entries.get(stmt.speaker)
        if outlet is not None and outlet.subtype == "agency":
            return False  # a news outlet reports; it is not the actor of what it reports
        word = doc.word(h.first)
        first_person = (
            not self.en
            and ((h.cls == "i" and word.lstrip("وفس")[:1] == "ن") or h.pron in ("نا", "ي"))
        ) or (self.en and self._we_before(h.first))
        if first_person:
            return True
        if h.entry.type not in _SPEECH_TYPES:
            return False
        if nominal:
            return True
        near_start = doc.tokens[h.first].start - stmt.start < 25
        prev = doc.word(h.first - 1)
        return (
            near_start
            or prev in ("we", "i", "it", "they", "he", "she")
            or self._speaker_second_act(h, stmt)
        )

    def _we_before(self, t: int) -> bool:
        """English: "we" (or "I") is the subject of the word at t, right before it or
        across auxiliaries, adverbs and an intent verb's "to" ("we have imposed", "we
        strongly condemn", "we will continue to support", "we decided to send")."""
        doc = self.doc
        j = t - 1
        for _ in range(4):
            w = doc.word(j)
            if w in ("we", "i") or (w in _OUR_HEADS_EN and doc.word(j - 1) == "our"):
                return True
            if w == "to" and (doc.word(j - 1) in _TO_INTENT_EN or doc.word(j - 1) == "continue"):
                j -= 2
                continue
            if not (w in _WE_AUX_EN or (w.endswith("ly") and len(w) > 4)):
                return False
            j -= 1
        return doc.word(j) in ("we", "i")

    def _speaker_second_act(self, h: Hit[Trigger], stmt: Stmt) -> bool:
        """English "X said the refugees posed a burden and asked Y to ...": a past-tense
        speech act right after "and" (an adverb may come between) that no actor named in
        the reported clause can be the subject of is the speaker's own second act,
        coordinated with the cue."""
        doc = self.doc
        if not self.en or stmt.cue_tok < 0 or not doc.word(stmt.cue_tok).endswith(("said", "ed")):
            return False
        j = h.first - 1
        while doc.word(j) in _ADVERBS_EN and j > h.first - 3:
            j -= 1
        if doc.word(j) != "and" or not doc.word(h.first).endswith("ed"):
            return False
        return not any(
            self.actor(m) and not m.adjectival and doc.prep_of(m) is None
            for m in doc.mentions_in(stmt.start, doc.tokens[j].start)
        )

    def _first_person_speaker(self, h: Hit[Trigger], stmt: Stmt | None) -> str | None:
        """Arabic: an imperfect verb of the first person plural inside a statement's
        content ("ندين الهجوم"، "إننا نرفض القرار"، "وسنواصل دعم"): the speaker, and the
        noun after the verb is its patient, no subject."""
        if stmt is None or h.cls != "i" or h.first >= len(self.doc.tokens):
            return None
        tok = self.doc.tokens[h.first]
        if tok.start < stmt.start or tok.end > stmt.end:
            return None
        # (an imperfect form always opens with its person prefix after the proclitics)
        w = self.doc.word(h.first)[len(h.prefix) :]
        return stmt.speaker if w.startswith("ن") and len(w) > 2 else None

    def _pronoun_comp_subject(self, t: int, stmt: Stmt | None, deed: bool = False) -> str | None:
        """The subject of a verb right after "أنه"/"بأنه"/"إنها" in a statement: the
        pronoun is the speaker ("قال بوتين إنه سيلتقي"), or the person an office speaks for
        ("أفاد مكتب نتنياهو بأنه تحدث"); "بلاده" is the speaker, or the speaker's state
        for a ``deed`` ("قال الوزير إن بلاده ستفرض عقوبات")."""
        if stmt is None:
            return None
        doc = self.doc
        j = t - 1
        while j >= 0 and t - j <= 3 and doc.word(j) in _AR_PARTICLES_BEFORE_VERB:
            j -= 1
        w = doc.word(j)
        if w in _OWN_FORCES_AR and doc.tokens[j].start >= stmt.start:
            # "أعلنت الوزارة أن قواتها شنت ضربات": the speaker's state acts
            return doc.entity_states.get(stmt.speaker) or stmt.speaker
        if w in _OWN_COUNTRY_AR and doc.tokens[j].start >= stmt.start:
            # "قال الوزير إن بلاده تدين الغارة الإسرائيلية": the speaker, not the adjective
            # after the verb read as its subject
            own = stmt.speaker.removeprefix("Office:")
            return (doc.entity_states.get(own) or own) if deed else own
        if not w.startswith(_AR_COMP_PRON_SING):
            return None
        if doc.tokens[j].start < stmt.start - 12:
            return None
        speaker = stmt.speaker
        if speaker.startswith("Office:"):
            speaker = speaker[len("Office:") :]
        return speaker

    def _continued_it(self, t: int, a: int) -> str | None:
        """English "It" opening a sentence as the subject of the verb at ``t`` (past
        auxiliaries and "also"): the previous sentence's subject when that is no person
        (what the pronoun continues, rather than the last organisation named in a
        prepositional phrase)."""
        doc = self.doc
        j = t - 1
        while j > a and doc.word(j) in _AUX_ADVERBS_EN:
            j -= 1
        prev = self.prev_subject
        if j == a and doc.word(j) == "they" and doc.seg is not None:
            # "Russia and China vetoed ... They accused X": the pair (the other one:
            # _dual_co_subjects)
            pair = self._they_pair(doc.seg.index_at(doc.tokens[t].start))
            return pair[0].key if pair is not None else None
        if j != a or doc.word(j) != "it" or prev is None:
            return None
        return prev if doc.entity_types.get(prev) != EntityType.PERSON else None

    def _continued_he(self, t: int, a: int) -> str | None:
        """English "He"/"She" opening a sentence as the subject of the verb at ``t`` (past
        auxiliaries and adverbs): the previous sentence's subject when that is a person
        (the topic the pronoun continues; nothing else is searched)."""
        doc = self.doc
        j = t - 1
        while j > a and doc.word(j) in _AUX_ADVERBS_EN:
            j -= 1
        if doc.word(j) not in ("he", "she") or doc.seg is None:
            return None
        if j != a and not (
            # "During the visit, he met X": a short opening adjunct, no actor in it
            j - a <= 5
            and "," in self.text[doc.tokens[j - 1].end : doc.tokens[j].start]
            and all(doc.mention_at_tok(k) is None for k in range(a, j))
        ):
            return None
        si = doc.seg.index_at(doc.tokens[t].start)
        if si == 0:
            return None
        pa, pb = doc.tok_range(doc.seg.sents[si - 1])
        if pa >= pb:
            return None
        head = self.text[doc.tokens[pa].start : doc.tokens[min(pb, pa + 12) - 1].end]
        if (line := _WIRE_DATELINE_EN.search(head)) is not None:
            # "NEW DELHI (Reuters) - X landed ...": the subject after the dateline
            pa = doc.tok_after(doc.tokens[pa].start + line.end())
        m = self._first_subject_mention(pa, pb)
        return m.key if m is not None and m.etype == EntityType.PERSON else None

    def _they_pair(self, si: int) -> tuple[Ment, Ment] | None:
        """English: the pair "They" opening sentence ``si`` continues: the previous
        sentence's subject when it is two actors of one kind joined by "and" (no person
        pair: "they" may be officials)."""
        doc = self.doc
        if si == 0 or doc.seg is None:
            return None
        pa, pb = doc.tok_range(doc.seg.sents[si - 1])
        m1 = self._first_subject_mention(pa, pb)
        if m1 is None or m1.etype == EntityType.PERSON:
            return None
        k = m1.t1 + 2 + (doc.word(m1.t1 + 2) == "the")  # ("X and the United Arab Emirates")
        m2 = doc.mention_at_tok(k)
        if (
            m2 is None
            or m2.t0 != k
            or not self.actor(m2)
            or m2.adjectival
            or m2.key == m1.key
            or m2.etype != m1.etype
            or self.text[m1.end : m2.start].strip().removesuffix(" the") not in _COORD_GAPS
        ):
            return None
        return m1, m2

    def _pronoun_subject_before(self, t: int, a: int) -> str | None:
        """The referent of the nearest subject pronoun ("he", "she", "they") before token
        ``t`` in its sentence ("..., and he broke with tradition by travelling")."""
        doc = self.doc
        for j in range(t - 1, max(a, t - 12) - 1, -1):
            w = doc.word(j)
            if w in ("he", "she"):
                return self.last_person
            if w in ("they", "it"):
                return self.last_other or self.last_person
        return None
