"""The word lists, patterns and small word tests the statement finder's rules read.

Most lists live in ``lexicons/word_sets.tsv`` (the ``quotes.*`` sets) and are read here once
with :func:`~kg.extractors.lexicon.word_set`; the rest are short tuples and regular
expressions.  The modules of :mod:`kg.extractors.statements` import what they read from here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extractors.doc import AR_PREP_WORDS, Doc
from kg.extractors.lexicon import read_tsv, word_set
from kg.extractors.speakers_ar import _AR_OCCASION_NOUNS, _AR_PRON_STYLES
from kg.extractors.statements.marks import Quote
from kg.extractors.text import fold
from kg.models import EntityType

_AR_COMP = word_set("quotes.ar_comp")


_EN_PRONOUNS = {"he": "m", "she": "m", "it": "o", "they": "o", "we": "s", "i": "s"}


_EN_SKIP_AFTER_CUE = word_set("quotes.en_skip_after_cue")


_EN_STOP_BEFORE = word_set("quotes.en_stop_before")


_EN_COORD_AUX = word_set("quotes.en_coord_aux")
"""Words between "and" and a coordinated cue ("and has repeatedly described", "and later
said"); an adverb in -ly goes too."""


_EN_CITING = ("citing ", "quoting ")


_EN_OCCASION = ("after ", "following ", "during ", "at the end of ", "ahead of ", "before ")
"""Openers of the occasion a clause-final "..., X said" may carry ("after talks with Y")."""


_TIME_WORDS = (
    r"(?:\d|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the (?:past|last|next)"
    r"|recent|(?:a|an|one|two|three) (?:day|week|month|year)s?\b)"
)


_EN_PREDICATE_GOES_ON = re.compile(
    r"\s*(?:and|,\s*and|but)\s+(?:a|an|the|as|it)\b"
    r"|[ \t]+(?:in|against|to|for|of|toward|towards|over|between)\s+(?!" + _TIME_WORDS + r")"
)
"""After 'called X "…"': the predicate goes on past the quotation ("and a violation of", '"a
provocation" against his country', '"the worst moment" in its history')."""


_EN_CALLED_OPENERS = word_set("quotes.en_called_openers")
"""Words that open the object of "called" ("called the visit ...", "called it ...")."""


_EN_NOT_PREDICATE = word_set("quotes.en_not_predicate")
"""Words after "a"/"an" that make it a time or amount, not a name ("called him a day later")."""


_EN_NOT_PARTICIPLE = word_set("quotes.en_not_participle")
"""Words in -ing after a comma that open no participle clause of the reporting verb."""


_EN_AFTERTHOUGHT = word_set("quotes.en_afterthought")


_EN_CARRIED_TAIL = re.compile(
    r",[\"”]?\s+in (?:(?:remarks|comments|a statement|a speech|an address|an interview|a post"
    r"|a message|a video)\b[^,.;\"“”]{0,40}?\b)?(?:carried|published|broadcast|aired|quoted)"
    r" by\b"
)
"""English: a content-final ", in remarks carried by X" (", in a statement published by
X"): where the speaker's words end and the outlet that relays them is named."""
"""Words opening an appositive or adjunct after a clause-final "..., X said," """


_COMMAS = frozenset(",،")


_DATELINE = re.compile(
    r"[A-Z][A-Z.'/ ]{1,40}(?:,\s*[A-Za-z0-9., ]{2,24})?(?:\s*\([A-Za-z ]{2,20}\))?\s*[—–-]{1,2}\s+"
    r"|[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2}(?:,\s*[A-Za-z0-9., ]{2,24})?"
    r"\s*\([A-Z][A-Za-z]{1,9}\)\s*[—–-]{1,2}\s+"
    r"|[\u0600-\u06ff]{2,15}(?: [\u0600-\u06ff]{2,15})?\s*(?:\([^)]{2,20}\))?\s*[-—–]\s+"
)
"""A dateline opening a paragraph: "ANKARA —", "GENEVA (Reuters) -", "PARIS/BERLIN, May 2, 2024
(AFP) -", "موسكو - (أ ف ب)"; a city in mixed case only with its agency: "Tbilisi (AFP) -"."""


_AR_HONORIFICS = word_set("quotes.ar_honorifics")
"""Honorifics that open a dignitary's name ("وقال سمو الشيخ محمد بن راشد")."""


_AR_HONORIFIC_PRON = word_set("common.ar_honorific_pron")


_AR_STYLE_OF_PRON = {
    fold(style): _AR_PRON_STYLES[fold(pron)]
    for style, pron in (
        ("سمو", "سموه"),
        ("جلالة", "جلالته"),
        ("فخامة", "فخامته"),
        ("معالي", "معاليه"),
        ("سعادة", "سعادته"),
    )
}
"""A style of address -> the styles of the person it takes up when a bare title noun
follows it ("سمو الأمير", "جلالة الملك", "فخامة الرئيس")."""


_AR_STYLED_TITLES = word_set("quotes.ar_styled_titles")
"""Title nouns that, bare after a style of address, name the dignitary so styled."""


_REPEATED_COMP = re.compile(r",\s*and that\s+")
"""English only: Arabic gold keeps "إن X، وإن Y" as one statement."""


_AR_STATEMENT_NOUNS = word_set("quotes.ar_statement_nouns")


_JOINT = re.compile(r"\bjoint\b|" + fold("مشترك"))


_EN_OPENERS = word_set("quotes.en_openers")
"""Words opening a sentence adverbial that a reporting clause may follow ("In a statement,")."""


_PLAIN_SAYING = word_set("quotes.plain_saying")


_AR_RESUMPTIVE = word_set("quotes.ar_resumptive")


_AR_ISSUED_INDEF = word_set("quotes.ar_issued_indef")


_AR_IN_IT = word_set("quotes.ar_in_it")
""""In it" ("فيه"، "فيها") closing a source cue ("جاء فيه أن"): a document named before."""


_AR_TAKEN_UP_DOCUMENTS = word_set("quotes.ar_taken_up_documents")
"""Documents "جاء فيه" takes up ("أصدرت X بيانا جاء فيه"، "نشر X نص الإعلان، وجاء فيه")."""


_AR_ISSUED_BY = word_set("common.ar_issued_by")
"""A document as the subject of a speech verb ("وشدد البيان على أن"): its issuer speaks."""


_EN_DOCUMENTS = word_set("quotes.en_documents")


_EN_DATA_NOUNS = word_set("quotes.en_data_nouns")
"""Numbers someone compiled ("according to U.S. border figures"): a source, not speech."""


_AR_DATA_NOUNS = word_set("quotes.ar_data_nouns")
"""The same in Arabic, before the source ("بحسب تقديرات الأمم المتحدة", "وفق حصيلة")."""


_AR_CLAUSE_OPENERS = word_set("quotes.ar_clause_openers")
"""Conjunctions a clause with its own verb follows ("في حين تؤكد X"، "بينما يرى X"): not a
noun whose relative clause the verb opens."""


_EN_PAIR_PLACES = word_set("quotes.en_pair_places")
"""Prepositions that make a pair phrase a place ("critics in both countries say")."""


_EN_SPEECH_NOUNS = _EN_DOCUMENTS | word_set("quotes.en_speech_nouns")
"""Nouns a participle cue may follow with no comma ("a statement saying")."""


_EN_THING_NOUNS = _EN_DOCUMENTS | word_set("quotes.en_thing_nouns")
"""Nouns a relative "that" may follow ("the deal that Moscow rejected")."""


_EN_OWNERS = word_set("quotes.en_owners")
"""Words before a noun cue that make it a noun ("Putin's warning", "its announcement")."""


_EN_MODALS = word_set("quotes.en_modals")


_EN_NEGATORS = word_set("quotes.en_negators")


_EN_BE = word_set("common.be_en")


_EN_PASSIVE_IRREGULAR = word_set("quotes.en_passive_irregular")
"""Irregular past participles of English cues ("told", "said"): after "was" a passive."""


_EN_PASSIVE_ADVERBS = word_set("quotes.en_passive_adverbs")
"""Adverbs that may stand between "be" and a passive cue ("was also urged")."""


_EN_FINITE = _EN_MODALS | word_set("quotes.en_finite")
"""Verbs that make the words after a cue a clause: a later "that" is then relative."""


_EN_TELL_CUES = word_set("quotes.en_tell_cues")
"""Cues whose object is the one told ("told the court he would ...")."""


_EN_SUBJECT_NOUN_NO_CUT = word_set("quotes.en_subject_noun_no_cut")
"""Words next to a past verb in a statement noun's content that keep it inside (an
auxiliary, a relative or a participle's preposition: "had reached", "armed with")."""


_EN_IRREGULAR_PAST = word_set("quotes.en_irregular_past")
"""Past tenses that after "that" open a relative clause ("the vote that gave X ...")."""


_EN_OBJECT_OPENERS = word_set("quotes.en_object_openers")


_EN_NOTHING_SAID = word_set("quotes.en_nothing_said")
"""Objects of "said" that report no content ("has said little about")."""


_EN_DETERMINERS = word_set("quotes.en_determiners")


_EN_OUTLET_STAFF = word_set("quotes.en_outlet_staff")
"""People an outlet's name modifies ("a Reuters witness", "an AFP correspondent"): they
speak, not the outlet."""
"""Words before a cue verb's base form that make it a noun ("an appeal", "its call")."""


_EN_S_CONTRACTIONS = word_set("quotes.en_s_contractions")  # "he's", "it's": not owners


def _en_owned(word: str) -> bool:
    """English: whether ``word`` (lower-cased) is a possessive ("milei's", "the envoys'"),
    after which a cue word is a noun ("Salazar's remarks"), not the verb of a statement."""
    if word.endswith(("'s", "’s")):
        return len(word) > 3 and word[:-2] not in _EN_S_CONTRACTIONS
    return len(word) > 3 and word.endswith(("s'", "s’"))


_EN_COMMIT_CUES = word_set("quotes.en_commit_cues")
"""Cue words of a commitment: with a "to" infinitive ("pledged to respect", "promised not
to ...") they tell an undertaking (the relations read it), not a statement by the gold
convention; with a clause ("pledged that ...") or a quotation they stay statements."""


_EN_COMMIT_SKIP = word_set("quotes.en_commit_skip")  # "pledged on Friday not to"


_EN_HEAD_PREPS = word_set("quotes.en_head_preps")  # 'pledging "full support" for'


_EN_NOUN_PREPS = _EN_HEAD_PREPS | word_set("relations.noun_preps_en")
"""Prepositions that a plural noun follows, never a verb ("over reports that ...", "amid
calls for ...", "after demands that ..."): a cue form in -s right after one is a noun."""


_EN_PLAIN_SAY = word_set("quotes.en_plain_say")
"""Plain saying verbs, whose content is a clause (not an object noun phrase)."""


_EN_SECOND_PREDICATE = re.compile(r",\s+and\s+(?:has|have|had|will|would)\s+(?:also\s+)?[a-z]+ed\b")
"""', and has proposed ...': a second predicate of the subject after an object content."""


_EN_READOUT_VERBS = word_set("quotes.en_readout_verbs")
"""Past verbs of talks that open a readout ("said Putin spoke with ...")."""


_EN_WRITER_PARTICIPLES = word_set("quotes.en_writer_participles")
"""Participles after a comma that, with no statement before them in their sentence, are
the writer's comment on the event told ("..., underlining the pull of Asian buyers")."""


_EN_DENIAL_CUES = word_set("quotes.en_denial_cues")  # "a charge X denies"


_EN_DENIAL_SKIP = word_set("quotes.en_denial_skip")  # "X has (strongly) denied"


_EN_CHARGE_NOUNS = word_set("quotes.en_charge_nouns")  # "a charge", "an allegation"


_EN_TO_CLAIMS = word_set("quotes.en_to_claims")
"""Cue words of a "that" clause whose "to" infinitive is a claim too ("claims to have won
the vote", "claimed to have shot down two drones"): their content."""


_EN_REL_PRON = word_set("quotes.en_rel_pron")


_EN_ABBREVIATIONS = word_set("quotes.en_abbreviations")
"""Words written with a dot that does not end a sentence."""


_EN_SUBORDINATORS = word_set("quotes.en_subordinators")
"""Words opening an English subordinate clause with a subject of its own, some of them
looking like prepositions before that subject ("after Israel said")."""


_EN_REL_ASIDE = word_set("quotes.en_rel_aside")
"""Words opening a relative aside between a subject and its verb, however long."""


_EN_LINKERS = word_set("quotes.en_linkers")


_AR_ADVERBS = word_set("quotes.ar_adverbs")


_AR_CITING = word_set("quotes.ar_citing")
"""Adverbial "quoting" before "عن" + the source ("نقلاً عن")."""


_AR_OCCASION_HEADS = word_set("quotes.ar_occasion_heads")


_AR_OCCASION_ADJS = word_set("quotes.ar_occasion_adjs")
"""The adjectives of an occasion noun the verb may be followed by ("في تصريح صحفي"،
"في تصريحات صحفية"، "في بيان مشترك"): skipped with it, never the verb's subject (the
unnamed "صحفي", a journalist)."""


_AR_WRITER_ASIDE = re.compile(
    "[،,] *(?:"
    + "|".join(fold(w) for w in ("وهو ما", "وهي ما", "الأمر الذي", "وهو الأمر الذي"))
    + ") "
)
"""A comment the writer adds after a reported clause ("...، وهو ما نفته الدوحة")."""


_AR_AS_HE_PUT = re.compile(
    "[،,] *(?:"
    + "|".join(fold(w) for w in ("على حد تعبير", "على حد قول", "على حد وصف", "بحسب تعبير"))
    + ")(?:ه|ها|هم|هما)?[ .،,؛;]*$"
)
""""...، على حد تعبيره" closing a reported clause: the writer's attribution, not content."""


_AR_FRONTED_CONTRAST = word_set("quotes.ar_fronted_contrast")
"""Subordinators that front a clause closed by a comma ("وبينما رحبت X بـ...، أعربت Y")."""


_AR_WHILE = word_set("quotes.ar_while")


_AR_WHILE_CLAUSE = word_set("quotes.ar_while_clause")


_HIN, _FI = fold("حين"), fold("في")


_AR_WAS = word_set("quotes.ar_was")


_QAD = fold("قد")


_AR_WHAT = word_set("quotes.ar_what")


_AR_IT_IS = word_set("quotes.ar_it_is")
""""وهو ما" before a speech verb ("وهو ما نفته الدوحة"): the content is what came before
(not "على ما وصفته بمواقف ..." where it follows)."""


_AR_OCCASION_PREPS = word_set("quotes.ar_occasion_preps")


_AR_OWN_SPEECH_NOUNS = word_set("quotes.ar_own_speech_nouns")
"""Nouns of speech with the speaker's possessive ("في بيانها", "في كلمته"): they take no
object, so what follows the occasion is the content ("وطالبت الوزارة في بيانها X بـ")."""


def _ar_occasion_noun(w: str) -> bool:
    """An occasion noun, also with a possessive pronoun ("زيارتها"، "مقابلتهم"، "خطابها":
    the ta marbuta written ت before the suffix)."""
    if w in _AR_OCCASION_NOUNS:
        return True
    for suf in ("هما", "هم", "ها", "ه"):
        base = w[: -len(suf)]
        if w.endswith(suf) and len(base) >= 3:
            return base in _AR_OCCASION_NOUNS or (
                base.endswith("ت") and base[:-1] + "ة" in _AR_OCCASION_NOUNS
            )
    return False


_AR_SIGNED = word_set("quotes.ar_signed")
"""Verbs of a relative clause naming who signed or issued a statement ("البيان، الذي
وقعه X، أن"): X speaks."""


_AR_UNIT_HEADS = word_set("quotes.ar_unit_heads")
"""Units of a body ("دائرة الاتصال في الرئاسة"): the body speaks for them."""


_AR_MARGIN = fold("هامش")
""""على هامش": an occasion when a noun follows it."""


_ALA = fold("على")


_AR_MOTIVES = word_set("dates.cause_markers")  # "احتجاجا على"، "ردا على": why it was done


_AN = fold("عن")


_AR_STANCE_PREPS = word_set("quotes.ar_stance_preps")
"""Prepositions a relayed stance noun may take its content with ("تشديده على")."""


_ABBARA = fold("عبر")
"""The cue "عبّر عن" (expressed) written like the preposition "عبر" (via, across)."""


_AR_REL_PRON = word_set("quotes.ar_rel_pron")


_AR_TO_ME = word_set("quotes.ar_to_me")


_AR_MEDIA_TOLD = word_set("quotes.ar_media_told")  # "لوسائل الإعلام": told, a noun in ل


_DOCUMENT_NOUNS = word_set("quotes.document_nouns")


_AR_PREP_FOLDED = word_set("quotes.ar_prep_folded")


_AR_CARRIERS = word_set("quotes.ar_carriers")
"""Verbs of a relative clause that names the outlet carrying a statement ("في بيان
أوردته وكالة الأناضول", "تصريحات نقلتها وكالة"): the outlet is the relay (via)."""


_AR_HEADS = frozenset(fold(r["word"]) for r in read_tsv("heads.tsv") if r["lang"] == "ar")


_AR_PARTICLES = word_set("quotes.ar_particles")


_OFFICE_HEADS = word_set("quotes.office_heads")


_AR_OCCASION_ADJ = word_set("quotes.ar_occasion_adj")


_AR_OCCASION_TIME = word_set("quotes.ar_occasion_time")
"""Time words after an occasion of speech ("في كلمته أمس", "في بيان اليوم الأحد")."""


_AR_ISSUER_BODIES = word_set("quotes.ar_issuer_bodies")
"""One-word bodies that issue a statement ("في بيان للخارجية"), without their article."""
"""Adjectives of an occasion of speech ("مؤتمر صحفي مشترك", "اتصال هاتفي", "كلمة متلفزة")."""


_AR_NOT_B_OBJECT = word_set("quotes.ar_not_b_object")
"""Words in ب after an occasion adjunct that are no prepositional object of the cue."""


_MA = fold("ما")


_AR_BUT = word_set("quotes.ar_but")


_AR_FROM_PRON = word_set("quotes.ar_from_pron")


_AR_FROM_OPENERS = frozenset({fold("من"), fold("ومن")})
_AR_THAT = fold("أن")
_AR_IMPERSONAL_OPENERS = word_set("quotes.ar_impersonal_openers")
"""Adjectives of "من المقرر أن" that open a sentence naming no one ("it is planned that")."""


_AR_LINEAGE = word_set("quotes.ar_lineage")


_AR_FAMILY = frozenset({fold("آل")})  # "آل ثاني": the family part of a name


_AR_TOPIC_PREPS = word_set("quotes.ar_topic_preps")
"""Prepositions before states named as a topic of talks ("بحث الوضع في السودان واليمن")."""


_AR_CLAIM_PREPS = word_set("quotes.ar_claim_preps")
"""Prepositions whose quoted object goes on into a clause the claim spans ("حذر من «...» إذا")."""


_AR_ADDRESSEE_VERBS = word_set("quotes.ar_addressee_verbs")


_AR_ACCORDING = word_set("quotes.ar_according")


_AR_WHAT_SOURCE = word_set("quotes.ar_according_what")  # "وفق ما نقلت الوكالة"
""""According to" ("بحسب ما نقلت عنه وكالة X"): an aside of the relay inside a statement."""


_AR_TITLE_PREPS = word_set("quotes.ar_title_preps")
"""Prepositions inside a long title ("وزير الخارجية في حكومة X"، "سفير X لدى Y")."""
"""Verbs of calling on someone ("دعت X إلى"): the noun after them may be the addressee."""


_AR_TO = word_set("quotes.ar_to")


_AR_AFFAIRS = word_set("quotes.ar_affairs")
"""The complement of a title ("مساعد الوزير لشؤون المراسم", "وزير الدولة للشؤون الخارجية")."""


_AR_TITLES = word_set("quotes.ar_titles")


_AR_THEN_WORDS = word_set("quotes.ar_then_words")


_AR_REL_BACK = word_set("quotes.ar_rel_back")
"""The pronoun of a relative clause after its verb ("تصريحات أدلى بها"، "مؤتمر تحدث فيه")."""
"""Words after which the person named is not the holder of the title before ("وكانت
الحكومة برئاسة X"، "نجل الرئيس X"): he does not speak for the phrase."""
"""Time words after a title ("الأمين العام للأمم المتحدة آنذاك X"): the office then."""


# words that may stand between a quotation and the Arabic cue that attributes it
# («...»، كما قال X; «...»، حسبما ذكرت الوكالة)
_AR_ATTRIBUTION_LEADS = word_set("quotes.ar_attribution_leads")


# the dots of "U.S.", "U.N.", "Sen.", "Gen." between a closing quotation mark and its
# attribution ('“...,” U.S. Secretary of State X said') do not end a sentence
_EN_ABBREV_DOTS = re.compile(
    r"\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Gov|Sen|Rep|Prof|Adm|Capt|Cmdr)\."
)


_DATELINE_DASH = re.compile(r"\)?\s+[-–—]\s+|\)\s*[-–—]\s*")
"""The dash that ends an Arabic dateline ("الرياض (واس) - ", "دمشق - ")."""


_AR_NOT_SUBJECT = word_set("quotes.ar_not_subject")


_UNNAMED_SOURCES = word_set("quotes.unnamed_sources")


_AR_STANCE_MASDARS = word_set("quotes.ar_stance_masdars")
"""Verbal nouns of a stance that "أعلن" takes as its content ("أعلن رفضه القرار")."""


_AR_OBJECT_STANCES = word_set("quotes.ar_object_stances")
"""Stance nouns whose genitive is mostly their object ("دعم أوكرانيا"), not their owner."""


_AR_OWN_SIDE = word_set("quotes.ar_own_side")


_AR_SPELLED = word_set("quotes.ar_spelled_letters")  # "سي إن إن": letters


_AR_IN = fold("إن")


_AR_AND_BAYNA = fold("وبين")  # "وبين X أن" stated; "وبين X وY" between


_AR_AUX_LAM = word_set("quotes.ar_aux_lam")  # "عاد ليؤكد": the subject is the auxiliary's
""""His country", "its government" after a stance noun ("رفض بلاده"): the speaker's side."""


def _ar_stance_noun(w: str) -> bool:
    """A stance verbal noun with the possessive of one actor ("رفضه", "إدانتها"): the
    content of an announcement, unlike an act announced ("أعلن سحب سفيره").  (A joint
    stance of several, "أعلنت X وY معارضتهما", is narration: what they said follows.)"""
    for suf in ("هما", "هم", "هن", "ها", "ه"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            if suf not in ("ها", "ه"):
                return False
            stem = w[: -len(suf)]
            return stem in _AR_STANCE_MASDARS or (
                stem[-1] == "ت" and stem[:-1] + "ة" in _AR_STANCE_MASDARS
            )
    return False


def _plural_group(key: str) -> bool:
    """An unnamed group of people ("Mexican diplomats", "Israeli officials": key
    ``Unnamed:<actor>:<head>`` with an English plural head), never "he" or "she"."""
    if not key.startswith("Unnamed:"):
        return False
    head = key.rsplit(":", 1)[-1]
    return head.isascii() and head.endswith("s") and not head.endswith("ss")


@lru_cache(maxsize=1)
def _ar_verb_lemmas() -> frozenset[str]:
    """Folded perfect-verb forms (``v:``) of ``lexicons/ar_cues.tsv`` ("اكد", "شدد")."""
    return frozenset(
        fold(r["form"][2:].split()[0]) for r in read_tsv("ar_cues.tsv") if r["form"][:2] == "v:"
    )


@lru_cache(maxsize=1)
def _ar_finite_verbs() -> frozenset[str]:
    """Folded perfect-verb forms of the ``v:`` rows of ``lexicons/ar_cues.tsv`` and
    ``lexicons/ar_relations.tsv`` ("استدعت", "سحب", "دعا"), less any form a noun row also
    spells ("دعم", "دعمه"): after "و" a second predicate, not a noun of the object."""
    from kg.extractors.lexicon import expand_ar

    verbs: set[str] = set()
    nouns: set[str] = set()
    for name in ("ar_cues.tsv", "ar_relations.tsv"):
        for r in read_tsv(name):
            spec = r["form"]
            if spec[:2] in ("v:", "n:", "x:"):
                into = verbs if spec[:2] == "v:" else nouns
                into.update(f for f, _ in expand_ar(spec))
    return frozenset(verbs - nouns)


@lru_cache(maxsize=2)
def _joint_heads(en: bool) -> frozenset[str]:
    """``lexicons/joint_heads.tsv``: collective heads whose states named after them all
    speak ("the juntas of X, Y and Z", "حكومات X وY")."""
    lang = "en" if en else "ar"
    fl = str.lower if en else fold
    return frozenset(
        fl(r["word"])
        for r in read_tsv("joint_heads.tsv")
        if r["lang"] == lang and r["kind"] == "head"
    )


@lru_cache(maxsize=2)
def _pair_words(en: bool) -> dict[str, str]:
    """``lexicons/joint_heads.tsv`` kind=pair_*: a subject that is two actors named before
    ("the two men", "both", "الجانبان") -> pair_person, pair_state or pair_any."""
    lang = "en" if en else "ar"
    fl = str.lower if en else fold
    return {
        fl(r["word"]): r["kind"]
        for r in read_tsv("joint_heads.tsv")
        if r["lang"] == lang and r["kind"].startswith("pair_")
    }


_JOINT_PREPS = word_set("quotes.joint_preps")


_NO_OR_JOINT_PREP: frozenset[str | None] = frozenset({None, *_JOINT_PREPS})
"""(A set made once: mypyc cannot compile ``x in (None, *_JOINT_PREPS)``.)"""


_WELCOME_STEMS = ("welcom", fold("رحب"), fold("ورحب"))
"""Welcoming verbs: with a person for object they host a visitor (see ``_hosts``)."""


_AR_TEMPORAL_CONJ = word_set("quotes.ar_temporal_conj")


_AR_MASDAR_PREPS = word_set("quotes.ar_masdar_preps")


_WA_DHALIK = fold("وذلك")


_AR_SETTING_PREPS = AR_PREP_WORDS | _AR_MASDAR_PREPS | _AR_OCCASION_PREPS
"""Words after "، وذلك" that open the writer's setting of a statement ("وذلك خلال", "بعد")."""
"""Temporal prepositions that make a following verb-looking cue its verbal noun ("عقب ادانته")."""
"""Words that make a following أن a time clause ("بعد أن"، "قبل أن"، "منذ أن")."""


_COUNTERPART = fold("نظير")


_AR_IN_ITS_NAME = word_set("quotes.ar_in_its_name")
""""On its behalf": the spokesman of the body just named ("المتحدث باسمه")."""


_AR_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "نا", "كم")
"""Arabic suffixed pronouns: a noun that carries one is not bare."""


_EN_NICKNAME_WORD = re.compile(r"[A-Z][\w.'-]*")


def _en_nickname(doc: Doc, q: Quote) -> bool:
    """English: a quoted nickname inside a person's name ('Joaquin "El Chapo" Guzman',
    'Rodrigo "Digong" Duterte'): at most three capitalised words between a capitalised
    name word and another, one of them in a person mention (or the mention spans the
    quotation).  A name, not a claim."""
    if doc.lang == "ar" or q.close < 0:
        return False
    text = doc.text
    words = text[q.start : q.end].split()
    if not 1 <= len(words) <= 3 or not all(_EN_NICKNAME_WORD.fullmatch(w) for w in words):
        return False
    if not (text[q.open - 1 : q.open] == " " and text[q.close + 1 : q.close + 2] == " "):
        return False
    t_before = doc.tok_at(q.open - 1)
    t_after = doc.tok_after(q.close + 1)
    if t_before < 0 or t_after >= len(doc.tokens):
        return False
    if not (
        _EN_NICKNAME_WORD.fullmatch(doc.tokens[t_before].text)
        and _EN_NICKNAME_WORD.fullmatch(doc.tokens[t_after].text)
    ):
        return False
    return any(
        m is not None and m.etype == EntityType.PERSON
        for m in (doc.mention_at_tok(t_before), doc.mention_at_tok(t_after))
    )
