"""One attribution cue parsed (``handle_cue``): who speaks, who relays, and where the content
starts, with the rules of the families below.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extractors.doc import AR_PREP_WORDS, Ment
from kg.extractors.lexicon import Hit
from kg.extractors.sentences import Span
from kg.extractors.statements.attribution import Attribution
from kg.extractors.statements.claims import _EN_ARTICLES
from kg.extractors.statements.statement import Cue
from kg.extractors.statements.words import (
    _ABBARA,
    _AN,
    _AR_AND_BAYNA,
    _AR_CLAUSE_OPENERS,
    _AR_HONORIFIC_PRON,
    _AR_IT_IS,
    _AR_REL_PRON,
    _AR_WHAT,
    _COMMAS,
    _DATELINE,
    _DOCUMENT_NOUNS,
    _EN_BE,
    _EN_COMMIT_CUES,
    _EN_DENIAL_CUES,
    _EN_DETERMINERS,
    _EN_FINITE,
    _EN_MODALS,
    _EN_NEGATORS,
    _EN_NOTHING_SAID,
    _EN_NOUN_PREPS,
    _EN_PRONOUNS,
    _EN_SKIP_AFTER_CUE,
    _EN_TO_CLAIMS,
    _EN_WRITER_PARTICIPLES,
    _en_owned,
    _pair_words,
)
from kg.extractors.text import fold
from kg.models import EntityType

__all__ = ["Cues"]


class Cues(Attribution):
    """One attribution cue parsed."""

    def _en_clause_at(self, t: int, t_end: int) -> tuple[int, int, bool] | None:
        """English: the content start of a reported clause opening at token ``t``: after
        "that", or a clause without it (:meth:`_en_bare_clause`); else None."""
        doc = self.doc
        if t >= t_end:
            return None
        if doc.word(t) == "that" and t + 1 < t_end:
            return doc.tokens[t].end, t + 1, False
        if self._en_bare_clause(t, t_end):
            return doc.tokens[t].start, t, False
        return None

    def _en_family_first(self, k: int, a: int) -> str | None:
        """English: the unlinked capitalised word right before the cue at ``k`` ("Lee said")
        is the first word of exactly one person named before in full ("Lee Hsien Loong", "Xi
        Jinping": a name written family name first); that person, else None."""
        doc = self.doc
        j = k - 1
        if j < a or doc.mention_at_tok(j) is not None:
            return None
        word = doc.tokens[j].text
        if not (word[:1].isupper() and word[1:].islower() and len(word) > 1):
            return None
        if j > a and doc.tokens[j - 1].text[:1].isupper() and doc.mention_at_tok(j - 1) is None:
            return None  # ("Prime Minister Lee said": a title we do not read here)
        found = {
            m.key
            for m in doc.mentions
            if m.end <= doc.tokens[j].start
            and m.etype == EntityType.PERSON
            and not m.key.startswith("Unnamed:")
            and any(
                doc.tokens[p].text == word
                and all(doc.tokens[x].text[:1].isupper() for x in range(p, m.t1 + 1))
                for p in range(max(m.t0, m.t1 - 2), m.t1)
            )  # (a name of two or three words, "Prime Minister Lee Hsien Loong")
        }
        return found.pop() if len(found) == 1 else None

    def handle_cue(self, h: Hit[Cue], si: int, sent: Span, a: int, b: int) -> int:
        """Parse one cue; returns the last token it consumed."""
        self._addressed = []
        cue = h.entry
        doc = self.doc
        k = h.first
        after = h.last + 1
        via: str | None = None
        speaker: Ment | None = None
        speaker_key: str | None = None
        conf = cue.prior
        relative = False
        alone = False  # (one of a pair quoted by its own side: no co-subjects)
        pronoun_at: int | None = None
        if not self.en and doc.word(k) == _AR_AND_BAYNA and self._between_pair(k + 1, b):
            return h.last  # "وبين مصر والأردن اتفاق ينص على أن": "between", not "stated"
        if not self.en and self._carrier_at(k):
            return h.last  # "بيان أوردته وكالة X": X relays the statement of the clause
        if not self.en and h.cls == "p" and cue.kind == "part" and h.prefix.endswith("ال"):
            # "تعبيراً عن موقفه الرافض والمدين للحرب"، "من المؤكد أن": a definite
            # participle is an adjective or a noun, never the circumstantial cue (مؤكداً)
            return h.last
        if (
            not self.en
            and doc.word(k)[-3:] == _ABBARA
            and cue.comp == "prep:" + _AN
            and not any(doc.word(t) == _AN for t in range(after, min(b, after + 16)))
        ):
            return h.last  # "أن تنقل عبر موانئ البلاد ...، على أن": "via", not "expressed"
        if (
            self.en
            and h.cls in ("v", "x")
            and doc.word(k - 1) in _EN_DETERMINERS
            and not doc.word(k).endswith(("ed", "ing"))
        ):
            return h.last  # "considering an appeal to the WTO", "a say in": a noun, not the verb
        if (
            self.en
            and h.cls == "v"
            and doc.word(k - 1) in _EN_NOUN_PREPS
            and doc.word(k).endswith("s")
            and not doc.word(k).endswith("ss")
        ):
            return h.last  # "over reports that", "amid calls for": a plural noun, not the verb
        if (
            self.en
            and h.cls in ("v", "x")
            and h.entry.kind != "noun"
            and _en_owned(doc.word(k - 1))
        ):
            return h.last  # 'called Milei's remarks "rude"', "the envoys' claims": a noun (S10-R2)
        if self.en and k > 0 and self.text[doc.tokens[k - 1].end : doc.tokens[k].start] == "-":
            return h.last  # "a self-described liberal", "the so-called caliphate": an adjective
        if self.en and doc.word(k) == "say" and not self._say_subject(k):
            return h.last  # "the final say on any deal", "declined to say": no statement
        if self.en and cue.comp == "that" and doc.word(k) in _EN_TO_CLAIMS:
            if self._en_to_infinitive(after):
                cue = Cue(cue.kind, "any", cue.prior)  # "who claims to have won the vote"
        if self.en and doc.word(k) in _EN_DENIAL_CUES and (done := self._en_denied_charge(h, si)):
            return done  # "a charge Cotonou denies": the charge is what it denies (S10-R2)
        if (
            self.en
            and doc.word(k) in _EN_WRITER_PARTICIPLES
            and k > a
            and "," in self.text[doc.tokens[k - 1].end : doc.tokens[k].start]
            and not any(x.sent == si for x in self.stmts[-3:])
        ):
            return h.last  # "The deal came after X signed ..., underlining the pull": the writer's
        if self.en and doc.word(k) in _EN_COMMIT_CUES and self._en_to_infinitive(after):
            return h.last  # "pledged to respect", "promised not to ...": a commitment (S10-R2)
        if self.en and doc.word(k) == "accused" and doc.word(after) == "of":
            return h.last  # "a Chinese diplomat accused of targeting ...": the one accused
        if (
            self.en
            and doc.word(k) == "said"
            and doc.word(after) == "to"
            and (doc.word(k - 1) in _EN_BE or doc.word(k - 2) in _EN_BE)
        ):
            return h.last  # "the group is (widely) said to have 5,000 fighters": hearsay
        if (
            self.en
            and doc.word(k).startswith("blame")
            and (doc.word(after) == "for" or doc.word(k - 1) in _EN_BE)
        ):
            return h.last  # "the group blamed for the attack", "was blamed": the one blamed
        if self.en and cue.kind == "say" and self._en_passive_cue(k, after):
            return h.last  # "Eritrea was urged to ...", "the envoy was being called home"
        if (
            self.en
            and doc.word(k) == "told"
            and doc.word(k - 1) in ("and", "been", "was", "were", "being", "is", "are", "be")
            and doc.word(after) == "to"
            and doc.mention_at_tok(after + 1) is None
            and doc.word(after + 1).isalpha()
            and doc.word(after + 1) not in ("the", "a", "an", "his", "her", "its", "their")
        ):
            return h.last  # "the envoy was summoned and told to leave": an order he received
        if (
            self.en
            and doc.word(after) in _EN_NOTHING_SAID
            and doc.word(k) in ("said", "says")
            and doc.word(after + 1) in ("about", "on", "publicly", "")
        ):
            return h.last  # "Moscow has said little about the incident": no claim
        if (
            not self.en
            and h.cls == "v"
            and h.pron
            and k > a + 1
            and doc.word(k - 2) in _AR_IT_IS
            and doc.mention_at_tok(k - 1) is None
            and (subj := doc.mention_at_tok(after)) is not None
            and not self._quote_opens_within(subj.t1, 3)  # "وصفتها أنقرة بـ«الانقلاب»"
            and not self._comp_soon(subj.t1 + 1, 3)
        ):
            # "وهي تهمة نفتها باريس بشدة، معتبرة أن": the charge named before was denied;
            # what follows is no content, but the speaker goes on (dropped in the end)
            self.aside_cues.add(doc.tokens[k].start)
        if cue.kind == "relay":
            return self.handle_relay(h, si, sent, a, b)
        if cue.kind == "source":
            return self.handle_source(h, si, sent, a, b)
        if cue.kind == "part" or (self.en and cue.kind == "say" and doc.word(k).endswith("ing")):
            if not self.en and self._background(si, k):
                return h.last  # "وكانت X قد قطعت علاقاتها ...، متهمة إياها": narration
            if not self.en and self._ar_adjective_participle(k, a):
                return h.last  # "فرضت عقوبات مشددة على إيران": an adjective, not speech
            attached = (
                self.en
                and k > a
                and not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start])
            )
            if attached and (with_subj := self._with_subject(k)) is not None:
                # "The US condemned the strikes, with spokesman X saying Iran had ...": X
                self._close_before(doc.tokens[with_subj[1]].start)
                speaker_key = with_subj[0].key
                start = self.content_start(after, b, cue.comp)
                return (
                    self.emit(speaker_key, h, start, si, sent, b, None, conf * 0.9)
                    if (start is not None)
                    else h.last
                )
            if (
                attached
                and self.en
                and doc.word(k - 1) in ("and", "but")
                and any(x.sent == si and doc.word(x.cue_tok).endswith("ing") for x in self.stmts)
            ):
                attached = False  # '..., calling it "far-fetched" and saying it was ...'
            if (
                attached
                and self.en
                and doc.word(k - 1) in ("after", "before", "while", "since")
                and (clause := self._en_clause_at(after, b)) is not None
            ):
                # "North Korea blew up the office, days after warning it would cut ties":
                # a speech of the sentence's subject before or after its act
                subject_key = self.sentence_subject(si, k)
                if subject_key is None:
                    return h.last
                return self.emit(subject_key, h, clause, si, sent, b, None, conf * 0.8)
            if attached and not self._document_before(k):
                return h.last  # "a resolution calling for", "an amendment ... calling for"
            in_subclause, issuer = (
                self._en_subclause_issuer(k, a) if attached and self.en else (False, None)
            )
            if in_subclause and issuer is None:
                return h.last  # "after the four governments issued a statement describing"
            if si in self._unnamed_relay and not any(
                x.sent == si and x.cue_tok < k for x in self.stmts[-4:]
            ):
                # "نقلت الوكالة عن <a name not linked> قوله إن ...، مضيفاً": his, not
                # the agency's
                return h.last
            speaker_key = issuer if in_subclause else self._current_speaker(si, k, a)
            if self.en and (said_by := self._said_pronoun(si, k, a)) is not None:
                # '"...," he said, adding that ...': the pronoun of the cue before
                pronoun_at, speaker_key = said_by, self._pronoun_before(said_by + 1, a)
            conf *= 0.9
            start = self.content_start(after, b, cue.comp)
            if self.en and cue.comp == "quote":
                # "..., calling the crisis a threat to the region", ', calling the strikes
                # "a violation"': the object named and what it is called
                start = self._naming_predication(after, b, start)
        elif cue.kind == "noun":
            if (
                not self.en
                and (holder := self._containing(doc.tokens[k].start)) is not None
                and holder.sent == si
                and not holder.direct
                and holder.start == doc.tokens[k].start
            ):
                # "ووصف X التصريحات الإسرائيلية بأنها «...»": the statements are the
                # object X describes, not a statement of their own
                return h.last
            if (
                self.en
                and after in self._cue_hits
                and self._pick(self._cue_hits[after]).entry.kind != "noun"
                and _COMMAS & set(self.text[doc.tokens[h.last].end : doc.tokens[after].start])
            ):
                return h.last  # "X, whose aides played down the warning, told": an aside
            genitive = self._genitive_speaker(h, b)
            if genitive is not None and self._named_object(genitive.t0):
                return h.last  # 'called China's claims "absurd"': what is named, not a claim
            if genitive is not None:
                # "إعلان ترامب أنه سيأمر", "Putin's warning that": the noun's owner
                speaker, after = genitive, max(after, genitive.t1 + 1)
                conf *= 0.85
            else:
                speaker_key = self._current_speaker(si, k, a)
                conf *= 0.85
            start = self.content_start(after, b, cue.comp)
            if (
                self.en
                and start is not None
                and not start[2]
                and start[1] == after
                and doc.word(after) != "that"
                and doc.word(k - 1) in _EN_ARTICLES
                and doc.mention_at_tok(after) is not None
            ):
                return h.last  # "a claim Moscow has not commented on": a relative clause
            if start is not None and start[2] and self._ar_predicate_quote(after, start[1]):
                return h.last  # "تصريحات X ... تمثل «انحرافا خطيرا»": said of them, not in them
            if (
                not self.en
                and start is not None
                and any(
                    self._cue_hits[j][0].entry.kind == "part"
                    for j in range(after, start[1])
                    if j in self._cue_hits
                )
            ):
                # "ندد بتصريحات X، معتبرا أنها ...": the content is the participle's
                return h.last
        elif self.en:
            if (
                k > a
                and (k - 1) in self._cue_hits
                and not _COMMAS & set(self.text[doc.tokens[k - 1].end : doc.tokens[k].start])
            ):
                # "denied reports that": "reports" is not a cue here (not "X, whose office
                # denied the report, said": the aside ends before the cue)
                return h.last
            if (
                k > a + 1
                and doc.word(k - 2) in ("which", "who", "that")
                and doc.word(k - 1) in _EN_PRONOUNS
                and doc.word(after) in _EN_FINITE
            ):
                # "early notice, which he said had saved lives": an aside; "after what he
                # said were attacks on its bases": a noun phrase of the narration
                return h.last
            if self._attributes_quote(k, sent):
                return h.last  # “...,” Peskov told reporters: handled with the quote
            if (
                k > a + 1
                and self._own_naming_aside(k - 2)
                and self._inside_content(doc.tokens[k].start)
            ):
                return h.last  # 'X said ..., which she called "...".': part of what X said
            if doc.word(k - 1) in _EN_MODALS and doc.mention_at_tok(k - 1) is None:
                return h.last  # "Moscow would respond": a future act (not "Theresa May said")
            if doc.word(k - 1) in _EN_NEGATORS or doc.word(after) == "whether":
                return h.last  # "Beijing has not said whether ...": no claim is made
            if self._en_as_aside(k, a, after):
                return h.last  # "The deal, as Egypt said in 2019, was signed": an aside
            if doc.word(k - 1) in _EN_BE and doc.word(h.last + 1) == "by":
                return h.last  # "Sweden was threatened by Russia": not Sweden's statement
            if doc.word(self._en_coord_tok(k, a)) in ("and", "but"):
                sub_a = self._subclause_start(k, a)
                speaker_key = self._current_speaker(si, k, sub_a)
                if speaker_key is not None and (talker := self._en_readout_subject(k)):
                    # "The Kremlin said Putin spoke with X by phone and stressed ...":
                    # the one who spoke says it, as the body relays it
                    speaker_key, via = talker, speaker_key
                if speaker_key is None and self._en_verb_first(k, sub_a):
                    return h.last  # "Regional leaders gave X a week ... and said": not X
                # "..., and said that ...", "a day after Prague expelled ... and accused"
                conf *= 0.85
            speaker = self._en_subject(k, max(a, k - 40)) if speaker_key is None else None
            if (
                speaker is not None
                and self._inside_content(doc.tokens[k].start)
                and self._en_relative_subject(speaker)
            ):
                # 'X said ... a pact that Seoul had threatened to scrap': a relative clause
                # in what X said, not a statement of its own
                return h.last
            if speaker is None and speaker_key is None:
                speaker = self._en_relative_antecedent(k, a)
                relative = speaker is not None
                if relative:
                    conf *= 0.9
            if speaker is None and speaker_key is None and (first := self._en_family_first(k, a)):
                speaker_key = first  # "Lee Hsien Loong ... . Lee said": the family name first
            if speaker is None and speaker_key is None and self._statement_subject(k):
                speaker_key = self._issuer(si, k)  # "the statement said"
                conf *= 0.8
            if speaker is None and speaker_key is None:
                inverted = self._inverted_speaker(h, sent, b)
                if inverted is not None:
                    # "..., said Maria Zakharova, the ministry's spokeswoman."
                    return self.emit(
                        inverted.key, h, (sent.start, a, False), si, sent, b, None, conf * 0.9
                    )
            if speaker is None and speaker_key is None and (pair := self._pair_subject(k, a)):
                # "the two sides said they ...", "both stressed": each of the pair
                both_start = self.content_start(after, b, cue.comp)
                if self._final_attribution(k, h.last, a, sent) is not None:
                    # "..., the two countries said." (after the dateline: the pair is
                    # often named in the content itself)
                    dl = _DATELINE.match(self.text, sent.start, doc.tokens[k].start)
                    both_start = (dl.end() if dl else sent.start, a, False)
                return self._emit_pair(pair, h, both_start, si, sent, b, conf)
            if speaker is None and speaker_key is None:
                p = self._pronoun_before(k, a)
                if p is not None:
                    speaker_key = p
                    conf *= 0.85
                    pronoun_at = self._pronoun_tok(k, a)
            t = after
            while t < b and doc.word(t) in _EN_SKIP_AFTER_CUE and not self._quote_opens_before(t):
                if doc.word(t) == "at" and doc.word(t + 1) in ("least", "most"):
                    break  # "said at least 20 people were killed": a figure of the content
                t += 1  # (not past the quotation's first word: 'called "an outright threat"')
            obj = doc.mention_at_tok(t) if t < b else None
            if obj is not None and doc.word(obj.t1 + 1) == "that":
                t = obj.t1 + 1  # "told Putin that ..."
            elif self._hosts(k, t):
                return h.last  # "Kishida welcomed Yoon at his office": a host, not a claim
            start = self.content_start(t, b, cue.comp)
            if (
                start is not None
                and not start[2]
                and start[1] == t > after
                and doc.word(t - 1) in ("the", "a", "an")
            ):
                start = (doc.tokens[t - 1].start, t - 1, False)  # "condemned the attack"
            if cue.comp == "quote" and (
                start is not None or not self._inside_content(doc.tokens[k].start)
            ):
                # (not "denied the reports and called them a fabrication": one statement)
                start = self._naming_predication(after, b, start)
                if (
                    start is None
                    and doc.word(after) in ("a", "an")
                    and (rel := self._object_relative(k, a)) is not None
                    and (actor := self._clause_actor(a, rel))
                ):
                    # "..., which Berlin called a pretext": the predicate is what was said,
                    # of the act of the clause before (its subject and that one's state;
                    # with no known actor there, what it names is unknown: no statement)
                    start = (doc.tokens[after].start, after, False)
                    self._addressed += actor
            if (
                start is not None
                and not start[2]
                and start[1] == after
                and doc.word(after) == "as"
                and (obj_rel := self._object_relative(k, a) or self._reduced_relative(k, a))
            ):
                # "..., a move that Britain described as illegal", "..., a step Dhaka
                # criticised as harmful": said of the act of the clause before, of its actor
                self._addressed += self._clause_actor(a, obj_rel)
        elif (
            h.cls == "v"
            and k > a
            and doc.word(k - 1) in AR_PREP_WORDS
            and not self._masdar_agent(k)
        ):
            return h.last  # "معربا عن شكر العراق لـ...": a verbal noun after a preposition
        elif h.cls == "v" and self._ar_masdar(h, a):
            return h.last  # "بعد إدانته بالتجسس": his conviction, not "he condemned"
        elif (
            h.cls in ("v", "i")  # ("وهو ما تنفيه باماكو": the imperfect too)
            and k > a + 1
            and doc.word(k - 1) in _AR_WHAT
            and (doc.word(k - 2) in _AR_IT_IS)
            and doc.tokens[k].start not in self.aside_cues  # (its speaker named: goes on)
            and not self._described_after(after)
        ):
            return h.last  # "وهو ما نفته الدوحة": what was denied is before, not after
        elif h.cls == "i" and doc.word(k - 1) in _AR_REL_PRON:
            return h.last  # "الجبهة التي تطالب باستقلال الإقليم": a standing aim, not a statement
        elif (
            h.cls == "v"
            and not self.en
            and self._relative_clause_verb(k, a)
            and doc.word(k).endswith((fold("ها"), fold("ه")))
            and doc.mention_at_tok(after) is None  # (not "وصفتها موسكو بأنها")
            and (main := self._sentence_speaker(si)) is not None
        ):
            # "أعلنت X ...، في خطوة وصفتها بأنها": a relative clause on the step, said by
            # the speaker of this sentence, not by the actor named last
            speaker_key = main
            conf *= 0.8
            start = self.content_start(after, b, cue.comp)
            self._close_before(self._clause_start(k - 1))
        elif (
            h.cls == "i"
            and self._relative_clause_verb(k, a)
            and self._ar_aux_before(k, a) is None  # (not "X عاد ليؤكد")
            and not (
                doc.word(k - 1) in _AR_CLAUSE_OPENERS
                and (subj := doc.mention_at_tok(after)) is not None
                and subj.t0 == after
                and self._comp_soon(subj.t1 + 1, 2)
            )  # ("في حين تؤكد طهران أن": "whereas", then a claim; not "تطالب دمشق X بـ")
        ):
            # "قرار يطالب تونس بـ": the subject is the noun before; a document noun
            # speaks for whoever issues it ("تصويت البرلمان الأوروبي على قرار يطالب")
            if doc.word(k - 1) not in _DOCUMENT_NOUNS:
                return h.last
            speaker = self.mention_before(k - 1, max(a, k - 10))
            if speaker is None:
                return h.last
            conf *= 0.8
            start = self.content_start(after, b, cue.comp)
        elif (prev := self._coordinated_prev(k, si, h.prefix)) is not None:
            # "نفى سعيد ...، ووصف التصويت بـ": a second verb of the same speaker
            speaker_key = prev.speaker
            from_tok = after
            if (head := self._relayed_subject(prev, k)) is not None:
                # "أفادت الوزارة بأن الوزير X بحث ...، وشدد على": the masculine verb is
                # the minister's, relayed by the ministry
                speaker_key, via = head.key, prev.speaker
            elif (own := self._own_side(prev, k)) is not None:
                # "أعلنت الخارجية أن الوزير X تلقى اتصالا من نظيره ...، وأكد الجانبان أن":
                # the body relays what its own side of the two said
                speaker_key, via, from_tok = own[0].key, prev.speaker, own[1]
                alone = True
            conf *= 0.85
            start = self.content_start(from_tok, b, cue.comp)
        elif (
            h.cls == "v"
            and self._dual_cue(h)
            and (pair := self._pair_subject(k, a, dual=True)) is not None
            and not pair[2]  # (two states: "روسيا والصين ...، وقالتا" has its subjects)
        ):
            # "التقى X نظيره Y، وأكدا خلاله ضرورة": a dual verb, each of the two speaks
            return self._emit_pair(
                pair, h, self.content_start(after, b, cue.comp), si, sent, b, conf * 0.85
            )
        elif (
            doc.word(after) in _AR_HONORIFIC_PRON
            and not self._svo_subject(k, a)
            and (honoured := self._dignitary(si, k)) is not None
        ):
            # "وأكد سيادته أن", "ووجه سموه الشكر": the dignitary just named
            speaker_key = honoured
            conf *= 0.85
            start = self.content_start(after + 1, b, cue.comp)
        elif (styled := self._styled_title(after)) is not None and (
            (honoured := self._dignitary(si, k, styled)) is not None
        ):
            # "وأعرب سمو الأمير عن": the emir styled "صاحب السمو" named before
            speaker_key = honoured
            conf *= 0.85
            start = self.content_start(after + 2, b, cue.comp)
        elif (pair := self._pair_subject(k, a)) is not None:
            # "وأكد الجانبان أن", "وقال الوزيران إن": each of the pair named before
            t = k + 1
            while doc.word(t) not in _pair_words(False):
                t += 1
            return self._emit_pair(
                pair, h, self.content_start(t + 1, b, cue.comp), si, sent, b, conf
            )
        else:
            speaker, speaker_key, t, via, conf = self._ar_subject(h, si, a, b, conf)
            start = self.content_start(t, b, cue.comp)
        if speaker is not None:
            speaker_key = speaker.key
        if not self.en and start is not None and self._hosts(k, start[1]):
            return h.last  # "ورحب الرئيس بضيفه الرئيس X": a host, not a claim
        if via is None and start is not None and not self.en:
            via = self._carried_by(after, start[1])
        if via is None and start is not None and self.en and start[1] - after > 3:
            via = self._en_carried_by(after, start[1])
        apposed = speaker is not None and (
            self._role_phrase_before(speaker.t0, a)
            or (self.en and self._ranked_role_before(speaker, a))
        )
        if self.en and cue.kind == "say" and not relative and not apposed:
            # "..., the ministry said." / "..., she said.": the clause before is the content
            # (not "A spokesman for the ministry, X, said ...": a title before the name)
            subj_at = (
                speaker.start
                if speaker is not None
                else (doc.tokens[pronoun_at].start if pronoun_at is not None else None)
            )
            tail = (
                self._reporting_tail(subj_at, h, sent, final=speaker is None)
                if subj_at is not None
                else None
            )
            if tail is not None:
                start = tail
                if via is None:
                    via = self._en_trailing_relay(h.last + 1, b)
        if speaker_key is None or start is None:
            if (
                speaker_key is None
                and not self.en
                and h.cls == "v"
                and doc.word(k - 1) not in _AR_REL_PRON  # ("الذي أبداه الوفد": an aside)
                and self._unlinked_subject(after)
            ):
                self._unlinked_said[si] = k  # "فيما وصف Y الخطوة": Y goes on (_current_speaker)
            return h.last
        coordinated = self.en and doc.word(k - 1) in ("and", "but")
        if speaker is None and not coordinated and self._inside_content(doc.tokens[k].start):
            inner = self._content_subject(k) if not self.en else None
            if inner is None:
                return h.last  # a nested cue needs its own named speaker
            speaker, speaker_key = inner, inner.key  # "إن الرئيس تحدث ... وأبلغه بأن"
            conf *= 0.8
        if coordinated and self.en:
            self._close_before(doc.tokens[k - 1].start)
        if self.en and via is None and doc.word(after) == "according" and start[1] > after:
            # "Lavrov said, according to TASS, that ...": TASS relays (see content_start)
            relay = self.first_mention(after + 2, start[1], allow_prep=("to",))
            if relay is not None and relay.key != speaker_key:
                via = relay.key
        if self.en and cue.kind == "say" and self._en_unnamed_parenthetical(h, a, b):
            # "Russia, the statement said, had violated ...": not Russia's words; the
            # statement's issuer, when one was named before, else no speaker we know
            issuer = self._issuer(si, k) if self._statement_subject(k) else None
            if issuer is None:
                return h.last
            speaker_key, start = issuer, (doc.tokens[after].start, after, False)
        if self.en and cue.kind == "say" and (mid := self._en_parenthetical(h, a, b)):
            start = (doc.tokens[mid].start, mid, False)  # "Mexico, he added, would keep ..."
        if self.en and start[2] and self._en_quoted_head(h, start[0]):
            start = (start[0], start[1], False)  # 'pledging "full support" for the war'
        n = len(self.stmts)
        last = self.emit(speaker_key, h, start, si, sent, b, via, conf)
        if self.en and len(self.stmts) > n and self.stmts[-1].via is None:
            # "X said the drills ..., according to a statement carried by KCNA": its relay
            trailing = self._en_trailing_relay(doc.tok_after(self.stmts[-1].end), b, reach=1)
            if trailing is not None and trailing != self.stmts[-1].speaker:
                self.stmts[-1].via = trailing
        if pronoun_at is None and self.en and speaker is None and speaker_key is not None:
            # (resolved again once the quotes are attributed, like "he added")
            clause_pronoun = self._clause_pronoun(k, self._subclause_start(k, a))
            if (
                clause_pronoun is not None
                and self._pronoun_before(clause_pronoun + 1, clause_pronoun) == speaker_key
            ):
                pronoun_at = clause_pronoun
        if pronoun_at is not None and len(self.stmts) > n:
            self.stmts[-1].pronoun = (doc.word(pronoun_at), doc.tokens[pronoun_at].start)
        if len(self.stmts) > n:
            subject = speaker if speaker is not None else self._subject_mention(speaker_key, k)
            if subject is not None and self.stmts[-1].speaker != subject.key:
                subject = None  # "TASS and RIA, citing a Kremlin source, reported": the source
            others = [] if alone else self._co_subjects(subject)
            if others:
                # the co-subjects are speakers, not what "أكدت X وY أن" is about
                joint = {self.stmts[-1].speaker, *(o.key for o in others)}
                self.stmts[-1].addressed = [x for x in self.stmts[-1].addressed if x not in joint]
            for other in others:
                # "Russia and China said", "وأعلنت روسيا والصين ... وقالتا إن": each speaks
                self.stmts.append(replace(self.stmts[-1], speaker=other.key, confidence=conf * 0.9))
        return last
