"""The word lists, patterns and small word tests the relation coder's rules read.

Most lists live in ``lexicons/word_sets.tsv`` (the ``relations.*`` sets) and are read here
once with :func:`~kg.extractors.lexicon.word_set`; the rest are short tuples, regular
expressions of Arabic verb forms and one-word tests.  Every module of
:mod:`kg.extractors.coder` imports what it reads from here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extractors.bodies import read_gazetteer_bodies
from kg.extractors.lexicon import word_set, words_of
from kg.extractors.sentences import Span
from kg.extractors.text import fold
from kg.models import RelationType
from kg.text import normalize


@lru_cache(maxsize=4)
def _heads(lang: str) -> frozenset[str]:
    return frozenset(words_of("heads.tsv", lang, "word"))


# punctuation sets tested against the gap between two tokens (set look-ups, no loop)
_PUNCT_EVAL = frozenset(".,;:،؛!?؟")
_PUNCT_CLAUSE = frozenset(",;:")
_PUNCT_TITLE = frozenset(".,،:؛")
_PUNCT_PAIR = frozenset(",،.;:")
_PUNCT_CONJ = frozenset(".,،;؛")
_PUNCT_BREAK = frozenset(",;،؛")  # (a comma or semicolon in a gap: another clause)


def _span(start: int, end: int) -> Span:
    return Span(start, end)


_AR = fold
_DAY_PARTS_AR = word_set("relations.day_parts_ar")
"""Parts of the day that open an Arabic time phrase ("مساء أمس الأربعاء")."""
_NEG_AR = word_set("relations.neg_ar")
_OWNER_PARTICIPLES_EN = word_set("relations.owner_participles_en")
_NEG_GOV_AR = word_set("relations.neg_gov_ar")
# a future auxiliary before a verbal noun: "ستواصل اليابان دعم الفلبين"
# a pledge: "تعهدت ألمانيا بتقديم مساعدات" (announced, not yet given)
_INT_AR = word_set("relations.int_ar")
# an offer or a proposal right before the act: "عرضت تركيا التوسط", "اقترحت مصر عقد قمة"
_OFFER_AR = word_set("relations.offer_ar")
# deployed people who are no force: "نشر مراقبين على الحدود"
_MONITORS_AR = word_set("relations.monitors_ar")
# the closing word of a speaker's participle whose patient sits inside the phrase:
# "محملا روسيا المسؤولية"
_BLAME_TAIL_AR = word_set("relations.blame_tail_ar")
# a flag, after a verb of raising: "ترفع علم بنما" (no sanctions lifted)
_FLAG_AR = word_set("relations.flag_ar")
# a request owned by the nisba after it, refused by another: "رفضت X طلبا روسيا"
_REQUEST_NOUNS_AR = word_set("relations.request_nouns_ar")
# renewing a pact, and the negation before it: "عدم تمديد الاتفاق" (non-renewal)
_RENEWAL_AR = word_set("relations.renewal_ar")
_NOT_AR = word_set("relations.not_ar")
# "ما" (what) before a verb with an object pronoun: "وهو ما وصفته طهران بالقرصنة"
_WHAT_AR = word_set("relations.what_ar")
# a refusal verb before the act it refuses: "رفضت هولندا منح تأشيرة"
_REFUSE_AR = word_set("relations.refuse_ar")
# referring a matter to a body: "رفضت X إحالة الملف إلى مجلس الأمن"
_REFERRAL_AR = word_set("relations.referral_ar")
_IN_EXCHANGE_AR = _AR("مقابل")
_ACCUSED_AR = _AR("اتهم")  # "واتهمتها": its object pronoun is an actor
# a demand for a release: "طالب X بالإفراج عن Y"، "دعا X إلى إطلاق سراح Y"
_RELEASE_AR, _SETTING_FREE_AR, _CUSTODY_AR = _AR("إفراج"), _AR("إطلاق"), _AR("سراح")
_ASK_RELEASE_AR = word_set("relations.ask_release_ar")
_RELEASE_REQUEST_PRIOR = 0.55
# "الجولة المقبلة" of talks just told
_ROUND_AR = _AR("الجولة")
_NEXT_AR = frozenset({_AR("المقبلة"), _AR("القادمة"), _AR("التالية")})
# a definite act noun standing alone after a refusal or a condemnation ("ورفضت بكين
# القرار"): the act just told
_TOLD_ACTS_AR = word_set("relations.told_acts_ar")  # "أفرج عن X مقابل Y": a swap
_TOLD_ACT_TYPES_EN: dict[str, frozenset[RelationType]] = {}
for _nouns, _types in (
    (word_set("relations.told_coercions_en"), (RelationType.COERCE, RelationType.ASSAULT)),
    (
        word_set("relations.told_attacks_en"),
        (RelationType.ASSAULT, RelationType.COERCE, RelationType.MOBILIZE, RelationType.THREATEN),
    ),
    (word_set("relations.told_sanctions_en"), (RelationType.SANCTION, RelationType.COERCE)),
):
    for _w in _nouns:
        _TOLD_ACT_TYPES_EN[_w] = _TOLD_ACT_TYPES_EN.get(_w, frozenset()) | frozenset(_types)
"""The types of act a noun names ("the seizure": a COERCE); nouns absent name any act."""
_TOLD_ACT_DETS_EN = frozenset({"the", "this", "that", "these", "those"})
_AFTER_TOLD_ACT_EN = frozenset({"as", "and", "of", "in", "on", "at", "which", "that"})
_THAT_PRON_AR = word_set("relations.that_pron_ar")
_NOT_FUTURE_AR = word_set("relations.not_future_ar")


def _future_verb_ar(word: str) -> bool:
    """An Arabic imperfect with the future prefix ("سيأمر"، "ستقدم"، "سنعمل"), told
    from the nouns that begin the same way ("سيادة"، "سنوات")."""
    return (
        len(word) >= 4
        and word[0] == "س"
        and word[1] in "يتن"
        and word not in _NOT_FUTURE_AR
        and word.removesuffix("ه").removesuffix("ة") not in _NOT_FUTURE_AR
    )


_BE_AR = word_set("relations.be_ar")
_IF_AR = word_set("relations.if_ar")  # (not "وإن": also "and that")
_HYP_AR = word_set("relations.hyp_ar")
_PACT_HEADS_AR = word_set("relations.pact_heads_ar")
"""Arabic pact nouns whose genitive names what the pact is about ("معاهدة التعاون")."""
_TOOK_PLACE_AR = word_set("relations.took_place_ar")
"""Arabic "it took place": a verbal noun follows ("تم التوقيع"), not a verb."""
_ANY_ACT_AR = word_set("relations.any_act_ar")
"""Arabic "any" before an indefinite act noun: an act supposed, not reported."""
_NEG_EN = word_set("relations.neg_en")
_NEG_GOV_EN = word_set("relations.neg_gov_en")
# "failed to approve aid", "فشل الكونغرس في إقرار المساعدات": the act that follows did not happen
_FAIL_EN = word_set("relations.fail_en")
_FAIL_AR = word_set("relations.fail_ar")
_IN_AR = _AR("في")
_RULED_OUT_EN = word_set("relations.ruled_out_en")
# verbs of stopping whose object is the coded act: "would halt joint exercises with X"
_STOP_GOV_EN = word_set("relations.stop_gov_en")
_INT_EN = word_set("relations.int_en")
_TO_INTENT_EN = word_set("relations.to_intent_en")
_HYP_EN = word_set("relations.hyp_en")
# an act someone says another should do is demanded, not done: "said Washington should
# lift its sanctions"
_OBLIGE_EN = word_set("relations.oblige_en")
# "would not hesitate to strike": the negator is part of a promise, not of the act
_HESITATE_EN = word_set("relations.hesitate_en")

_SPEECH_TYPES = frozenset(
    {
        RelationType.SUPPORT,
        RelationType.ACCUSE,
        RelationType.REQUEST,
        RelationType.REJECT,
        RelationType.THREATEN,
    }
)
_ABSTRACT_EN = word_set("relations.abstract_en")
_ABSTRACT_AR = word_set("relations.abstract_ar")
"""What an "attack on" may target that is no actor: an attack on it is a charge, not a strike."""
_PLACE_TYPES = frozenset({RelationType.FLEE, RelationType.PRESENCE, RelationType.MOBILIZE})
_EN_PRON = {
    "he": "m",
    "she": "m",
    "his": "m",
    "her": "m",
    "it": "o",
    "they": "o",
    "its": "o",
    "their": "o",
}
_AND = word_set("relations.and")
_COORD_GAPS = frozenset({",", "،", "and", ", and", "و", "، و", "،و", ",و"})
# aspiration and keenness voice the same stance ("تطلع بلاده إلى تعزيز التعاون")
_READY = word_set("relations.ready")
_INTENT_AR = word_set("relations.intent_ar")
"""Arabic "intends to" (تعتزم، عازمة): before ties to build, as readiness (not before talks to
host: "تعتزم مصر استضافة مفاوضات" are talks planned)."""
_READY_OR_INTENT_AR = _READY | _INTENT_AR
"""Words of readiness or intent (:meth:`Modality._readiness_before` with ``intent``)."""
_AR_SKIP = word_set("relations.ar_skip")
_AR_REL_PRON = word_set("relations.ar_rel_pron")
_REL_OBJ_SUFFIXES_AR = ("هما", "هم", "ها", "ه")
_GROUP_VERB_ENDS_AR = ("تا", "وا", "ان", "ون")
"""Dual and plural verb endings: the verb's subject is a group."""
_JOINT_AR = frozenset(_AR(w) for w in ("مشترك", "المشترك", "مشتركة", "المشتركة"))
"""A statement named joint ("في بيان مشترك"): its speakers act together."""
_PRON_COMPS_AR = {
    _AR(stem + suf): (_AR(prep), suf)
    for prep, stem in (("على", "علي"), ("إلى", "إلي"), ("مع", "مع"), ("ضد", "ضد"))
    for suf in ("ه", "ها")
}
"""Prepositions with an object pronoun ("عليها" -> ("علي", "ها")): a patient named before."""
"""Object pronouns that stand for a relative clause's antecedent ("التي تفرضها")."""
_BOTH_AR = word_set("relations.both_ar")
_LOCATIVE = word_set("relations.locative")
_NO_LOCATIVE = frozenset(
    {
        RelationType.SUPPORT,
        RelationType.ACCUSE,
        RelationType.REQUEST,
        RelationType.REJECT,
        RelationType.CONSULT,
        RelationType.AGREE,
        RelationType.AID,
    }
)
_SINCE = ("since", _AR("منذ"))
_ANNOUNCE_AR = (_AR("أعلن"), _AR("اعلن"))
_DECIDED_AR = (_AR("قرر"),)  # "أنها قررت ...": the announced decision
# simple past forms of English verbs that do not end in -ed (grammar, not lexicon)
_EN_IRREGULAR_PAST = word_set("relations.en_irregular_past")
_NAHWA, _MIN = _AR("نحو"), _AR("من")
_KULL = _AR("كل")
_BUT_AR = word_set("relations.but_ar")
_BUT_EN = word_set("relations.but_en")
"""Words that open a contrasting "but" clause after a comma (``_Coder._contrast_clauses``)."""
_SUBJ_PRONOUNS_EN = word_set("relations.subj_pronouns_en")
_STATE_NOUNS_EN = word_set("relations.state_nouns_en")  # "The kingdom recalled ..."
_RELATIVE_WORDS_AR = word_set("relations.relative_words_ar")
_RESUMPTIVE_AR = tuple(_AR(w) for w in ("ها", "ه", "هم", "هما"))
"""A verb with an object pronoun after a relative word: an object relative clause."""
_SUBORDINATORS_EN = word_set("relations.subordinators_en")
"""English words opening a subordinate clause (``_Coder._contrast_clauses``); not "if" or
"unless", whose condition names whom a warning threatens."""
_OTHER_TIME_CLAUSE = word_set("relations.other_time_clause")
"""Words opening a clause of an act at another time than the sentence's ("after he accused",
"بعد أن اتهم", "بعدما"; Arabic "بعد"/"قبل" only before "أن"):
``_Coder._other_time_clause``."""
_BETWEEN_THEM_AR = word_set("relations.between_them_ar")
"""Arabic "between them": a symmetric noun whose parties were named before it."""
_RELAY_INSET_AR = word_set("relations.relay_inset_ar")
"""Arabic nouns that, after "على"، "في" or "عبر", open an inset between commas telling how an
actor spoke ("، على لسان X،", "، في بيان،"): no object of the verb before it."""
_RELAY_INSET_PREPS_AR = frozenset({"علي", "في", "عبر"})
"""The prepositions (folded) before a word of :data:`_RELAY_INSET_AR`."""
_CONTRIBUTION_AR = word_set("relations.contribution_ar")
"""Arabic "role", "efforts", "mediation" (stems): a pair's part in an act of others."""
_POSS_RE_AR = re.compile("(?:هما|هم|ها|ه|نا)$")


def _contribution_ar(word: str) -> bool:
    """ "ودورهما", "بجهودها", "وساطتهم": a word of :data:`_CONTRIBUTION_AR`."""
    for w in (word, word[1:] if word[:1] in "وف" else ""):
        for v in (w, w[1:] if w[:1] in "بل" else ""):
            stem = _POSS_RE_AR.sub("", v) if len(v) > 4 else v
            if stem.removesuffix("ة").removesuffix("ت") in _CONTRIBUTION_AR:
                return True
    return False


_SIDES_AR = word_set("relations.sides_ar")
_PAY_AR = re.compile("^[وفبل]?(?:س?[يتن]?دفع|دفعت|دفعوا|يدفعون)$")
_RETALIATION_AR = re.compile(r"(?<![^\W\d_])[وف]?ردا\s+علي(?![^\W\d_])")
"""Arabic "ردا على" (in response to), folded."""
_ASKED_ACTS_AR = frozenset(
    {
        RelationType.RETREAT,
        RelationType.ASSAULT,
        RelationType.COERCE,
        RelationType.SANCTION,
        RelationType.MOBILIZE,
        RelationType.PRESENCE,
        RelationType.CONCEDE,
    }
)
"""Acts whose doer a request for them asks ("دعا إلى انسحاب القوات الإسرائيلية")."""
_FORCES_AR = word_set("relations.forces_ar")
"""Arabic forces nouns in construct ("قوات حفتر"): the genitive after them acts."""
_MASCULINE_HEADS_AR = ("ال", "مجلس", "حزب", "جيش", "صندوق", "برنامج", "تحالف")
"""How the name of a body that takes "ه" may open ("الاتحاد"، "مجلس الأمن"، "حزب الله")."""
_RECEIVE_AR = re.compile(
    "^[وف]?(?:س?[يتن]تلقي|س?[يت]تلقون|تلقي|تلقت|تلقوا|تلقيا|تلقتا"
    "|س?[يتن]حظي|س?[يت]حظون|حظي|حظيت|حظوا|س?[يتن]حصل|س?[يت]حصلون|حصل|حصلت|حصلوا)$"
)
"""Arabic verbs of receiving (تلقى، حظي ب، حصل على), folded: their subject gets the aid
or support named after them."""
_RECEIVED_TYPES_AR = frozenset({RelationType.AID, RelationType.SUPPORT})
_TIME_CONJ_AR = word_set("relations.time_conj_ar")
"""Arabic time words before "أن" that open a clause ("بعد أن خفضت")."""
_TIME_CONJ_ONE_AR = word_set("relations.time_conj_one_ar")
"""Arabic one-word time conjunctions before a verb ("بعدما استدعت")."""
_LED_AR = re.compile("^[وف]?(?:قاد|قادت|س?[يت]قود|تولي|تولت|س?[يت]تولي)(?:ها|ه)$")
"""Arabic "led it" (قادها، يقودها، تولاها), folded: its subject led a mediation."""
_PACT_TYPES_AR = frozenset({RelationType.AGREE, RelationType.COOPERATE})
"""Relations that make a pact a later "الاتفاق" names."""
_STOP_ACTS_AR = word_set("relations.stop_acts_ar")
"""Arabic "stop", "end" before the noun of an act asked to be stopped."""
_OBSTRUCT_AR = re.compile(
    "^[وف]?(?:(?:س?[يتن])?(?:عرقل|عطل|عيق|منع|حجب|جمد)(?:ت|تا|ا|وا|ون|ان|ن)?|اعاق(?:ت|تا|ا|وا)?"
    "|[بل]?(?:ال)?(?:عرقلة|تعطيل|اعاقة|منع|حجب|تجميد))$"
)
"""Forms of blocking (عرقل، عطّل، أعاق/يعيق، منع، حجب، جمّد and their verbal nouns): the aid
they govern is withheld, no aid of their subject."""
"""Forms of دفع (to pay): the word after them is a price, not a verb."""
_REQUEST_PREPS_AR = word_set("relations.request_preps_ar")
_STATE_DUALS_AR = word_set("relations.state_duals_ar")
_OWN_FORCES_AR = word_set("relations.own_forces_ar")
"""A speaker's own forces ("إن قواتها شنت"): his state is the agent."""
_CLAIM_AR = word_set("relations.claim_ar")
_ADOPT_AR = re.compile("^[وف]?(?:تبني|تبنت|يتبني|تتبني)$")
_ADOPT_PRON_AR = re.compile("^[وف]?(?:تبناه|تبناها|تبنته|تبنتها)$")
"""Claims of responsibility: "أعلنت X مسؤوليتها عن", "تبنت X الهجوم"."""
_THAT_AR = word_set("relations.that_ar")
_PRECEDED_AR = word_set("relations.preceded_ar")
"""«سبق لـX أن <verb>» (X did before): X is the verb's subject."""
_CONTINUE_AR = word_set("relations.continue_ar")
"""Nouns of continuing or raising an act ("مواصلة دعم أوكرانيا"): the act's agent is the
clause's subject."""
_PATIENT_GENITIVE = frozenset({RelationType.SUPPORT, RelationType.AID, RelationType.ACCUSE})
"""Verbal nouns whose bare genitive is their patient when the clause names the agent
("تعهدت ألمانيا بدعم أوكرانيا", "جددت إدانتها استهداف المدنيين")."""
_UPON_OFFICIAL = frozenset({RelationType.SANCTION, RelationType.COERCE})
"""Verbal nouns (طرد، اعتقال، ترحيل) whose genitive, an unnamed official or national, is
their patient when the clause names the agent."""
_UNNAMED_OFFICIAL = ("Unnamed:", "Person:")
_BORDER_AR = word_set("relations.border_ar")
_GOODS_AR = word_set("relations.goods_ar")
_GOAL_PREPS = word_set("relations.goal_preps")
"""Prepositions of a goal: never the place a RETREAT leaves."""
_DUAL_OFFICIALS_AR = word_set("relations.dual_officials_ar")
"""Dual constructs of officials ("وزيرا خارجية مصر وتركيا"): the two sides follow."""
_OFFICE_WORDS_AR = word_set("relations.office_words_ar")
_COUNT_NOUNS_AR = word_set("relations.count_nouns_ar")
_PARTITIVE_AR = word_set("relations.partitive_ar")  # "انسحاب الجزء الرئيسي من القوات"
_MONTHS_EN = word_set("relations.months_en")
_RESPOND_AR = word_set("relations.respond_ar")
_VERBAL_ATTACK_AR = re.compile("^[وف]?(?:هاجم|[يت]هاجم|سيهاجم)$")
"""هاجم: with a person as subject, a verbal attack (criticism), not an assault."""
_ANY_AR = word_set("relations.any_ar")
_ANY_AFTER_PREP_AR = word_set("relations.any_after_prep_ar")
_SUBJECTED_AR = re.compile("^[وف]?(?:[تي]خضع|خضعت|خضع|خاضعة|الخاضعة|خاضع|الخاضع)$")
"""Forms of خضع (to be subjected to), before sanctions that fall on their subject."""
_UNDERGONE_AR = re.compile("^[وف]?(?:[تي]تعرض|تعرضت|تعرض|تعرضوا|تتعرضان|يتعرضون)$")
"""Forms of تعرض (to undergo), before an attack that falls on their subject."""
_GENERAL_AR = _AR("العام")
_OFFICE_HEADS_AR = word_set("relations.office_heads_ar")
"""Nouns of an office or body a trigger noun can complete ("قائد العمليات العسكرية")."""
_CONDEMN_REACH_AR = 10
_CONDEMN_REACH_EN = 8
"""How many sentences back "condemned the raid" looks for the act (English): the article's
main event is often told in its first paragraph and condemned near its end."""
"""How many sentences back an Arabic condemnation of "the attack" looks for it."""
_AGENT_BY_AR = frozenset((_AR("من"), w) for w in word_set("relations.agent_by_min_ar")) | frozenset(
    (_AR("على"), w) for w in word_set("relations.agent_by_ala_ar")
)
"""Word pairs that introduce the agent of a passive act: "من قبل", "على يد"."""
# "وهاجم مسلحون من حركة X": the unnamed doers of a group
_PARTITIVE_DOERS_AR = word_set("relations.partitive_doers_ar")
_THEN_AR = word_set("relations.then_ar")
_SHARED_SUBJECT_PREPS: dict[RelationType, frozenset[str]] = {
    RelationType.CONSULT: frozenset(),
    RelationType.REQUEST: frozenset({_AR("إلى"), _AR("على"), "ب", "ل"}),
    RelationType.THREATEN: frozenset({_MIN, "ب"}),
    RelationType.ACCUSE: frozenset({"ب"}),
}
"""Types whose verb takes its patient as a bare object, and the prepositions that may
follow that object ("دعا X إلى", "حث X على", "هدد X بـ", "حذر X من", "اتهم X بـ")."""
_GROUP_NOUNS_AR = word_set("relations.group_nouns_ar")
_COUNT_AR = {
    _AR(w): n
    for n, ws in ((3, "الثلاث الثلاثة"), (4, "الأربع الأربعة"), (5, "الخمس الخمسة"))
    for w in ws.split()
}
"""A counted plural ("الدول الثلاث") that refers back to as many actors named before."""
_MUTUAL_DUAL_TYPES = frozenset({RelationType.MOBILIZE, RelationType.ASSAULT})
_BETWEEN = word_set("relations.between")
# Words that introduce the source of a report ("بحسب ما أفاد المتحدث", "according to
# his office"): the actor after them relays the news and is no patient of the event.
_SOURCE_MARKERS = word_set("relations.source_markers")
# only "and" and a few words of the next act between a time and a trigger
_CONJUNCT_GAP_EN = re.compile(r",?\s*and(?:\s+then)?(?:\s+[a-z]+){0,3}")
_CONJUNCT_GAP_AR = re.compile(r"[،,]?\s*(?:و\S*(?:\s+\S+){0,2})?")
_AR_COMP_PRON_SING = tuple(
    _AR(w) for w in ("أنه", "إنه", "بأنه", "وأنه", "أنها", "إنها", "بأنها", "وأنها")
)
_AR_PARTICLES_BEFORE_VERB = word_set("relations.ar_particles_before_verb")
_OWN_COUNTRY_AR = word_set("relations.own_country_ar")
_STATE_DEEDS = frozenset(
    {
        RelationType.SANCTION,
        RelationType.AID,
        RelationType.ASSAULT,
        RelationType.COERCE,
        RelationType.MOBILIZE,
        RelationType.RETREAT,
        RelationType.PRESENCE,
    }
)
"""Deeds a state does rather than says: "إن بلاده ستفرض عقوبات" is the state's; an apology
("إن بلاده تعتذر", CONCEDE) stays the speaker's."""
_STATE_HEADS_AR = word_set("relations.state_heads_ar")
"""Heads of a state's formal name whose nisba names it ("الجمهورية الإسلامية الإيرانية")."""
"""The speaker's own country or government as a verb's subject ("إن بلاده تدين")."""
_COUNTERFACTUAL_AR = word_set("relations.counterfactual_ar")
_SUMMON_AR = word_set("relations.summon_ar")
_FOR_CONSULTATION_AR = _AR("للتشاور")
_LIGHT_VERBS_AR = word_set("relations.light_verbs_ar")
_HANDING_AR = word_set("relations.handing_ar")
"""Verbs of handing whose first object is the addressee ("سلمت X السفير مذكرة")."""
_AGREED_ACTS = frozenset(
    {
        RelationType.MOBILIZE,
        RelationType.AID,
        RelationType.ASSAULT,
        RelationType.PRESENCE,
        RelationType.COERCE,
        RelationType.RETREAT,
    }
)
"""Material acts whose verbal noun may be what an actor agrees to ("الموافقة على نشر")."""
_PROPOSALS_AR = word_set("relations.proposals_ar")
_PROPOSALS_EN = word_set("relations.proposals_en")
"""What one accepts of another ("accepted the Egyptian proposal": Egypt proposed it)."""
"""Nouns of a proposal whose nisba names the proposer ("المقترح المصري")."""
_DOER_VERBS_AR = word_set("relations.doer_verbs_ar")
_SUFFERED_AR = word_set("relations.suffered_ar")
"""Verbs of undergoing an act ("الهجوم الذي تعرضت له سوريا": Syria is its victim)."""
"""Verbs of an unmarked relative clause after a verbal noun whose subject does the act
("زيارة قام بها X"، "غارات شنتها X")."""
_SPONSORED_AR = word_set("relations.sponsored_ar")
"""Words before the sponsors or mediators of an agreement, who are not its parties."""
_BACKGROUND_AR = word_set("relations.background_ar")
"""Words opening a background sentence of a wire story."""
_NEEDY_AR = word_set("relations.needy_ar")
"""Nouns of the people aid goes to, whose state follows ("المتضررين ... في ليبيا")."""
_HEADING_AR = word_set("relations.heading_ar")
"""Participles of goods or ships heading somewhere ("شحنة ... متجهة إلى X")."""
_HONOUR_AR = word_set("relations.honour_ar")
"""Nouns of honouring agreements in force ("احترام الاتفاقيات")."""
_PROPOSALS_INDEF_AR = _PROPOSALS_AR | frozenset(
    _AR(w) for w in "مقترحا اقتراحا عرضا مقترحات اقتراحات".split()
)
_IMPOSED_AR = tuple(_AR(w) for w in ("المفروض", "الموجه", "المتخذ"))
"""Passive participles ("imposed on", "directed at") between a stance and the actor
that the criticised thing falls on."""
_OWN_ENVOY_AR = word_set("relations.own_envoy_ar")
_OWN_ENVOY_FORMS_AR = re.compile("(?:سفير|سفيرت|سفيري|سفيرتي|سفراء|سفرائ)(?:ه|ها|هم|هما|نا)")
"""Any number or gender of "its ambassador" ("سفيريها"، "سفيرتها"): a recall."""
_COUNTERPART_GAP_EN = re.compile(r"and (?:his|her|their|its) (?:[\w'-]+ ){0,3}counterparts?,?")
_SETUP_VERBS_EN = tuple(
    "set form establish creat launch hold held conduct stag sign reach build built open".split()
)
"""Stems of the verbs that set up a joint body or event ("the two countries will set up a
joint committee")."""
_BREACH_NOUNS_EN = word_set("relations.breach_nouns_en")
_MET_GOALS_EN = word_set("relations.met_goals_en")
"""What one "meets" without a meeting ("met Hamas's conditions")."""
_MATERIAL_ACTS = frozenset({RelationType.MOBILIZE, RelationType.AID, RelationType.ASSAULT})
_AUX_ADVERBS_EN = word_set("relations.aux_adverbs_en")
# the end of an English wire dateline: "NEW DELHI (Reuters) - "
_WIRE_DATELINE_EN = re.compile(r"\)\s*[-\u2013\u2014]\s*")
_LIGHT_PARTICIPLES_EN = word_set("relations.light_participles_en")
_COUNTERPART_ROLE_EN = re.compile(r"(?:[\w'-]+ ){0,3}counterparts?\b,?")
_ENVOY_HEADS_EN = word_set("relations.envoy_heads_en")
_EN_DETERMINERS = word_set("relations.en_determiners")
_PERSONNEL_EN = word_set("relations.personnel_en")
"""English nouns of personnel a state posts abroad ("troops", "police", "peacekeepers"): sent
or deployed inside another state they are its presence there."""
_TO_EVENTS_EN = word_set("relations.to_events_en")
"""English nouns an invitation "to" names an event or a visit by, no act asked ("invited X to
talks", "to dinner"): it stays a meeting."""
_MADE_UP = ("Unnamed:", "Person:", "Body:", "Office:")
_CLAUSE_OPENERS = word_set("relations.clause_openers")
_OWN_CLAUSE_EN = frozenset({"as", "while", "whereas"})
"""English conjunctions that open a clause with its own subject and verb."""
_DUAL_HEADS_EN = word_set("relations.dual_heads_en")
_DUAL_AR = word_set("relations.dual_ar")
_DIRECTIONAL_AR = word_set("relations.directional_ar")
_ATTACK_NOUNS = word_set("relations.attack_nouns")
_ATTACK_NOUNS_AR = word_set("relations.attack_nouns_ar")
"""Definite attack nouns an Arabic condemnation can name instead of the attacker."""
_STRIKE_NOUNS_EN = word_set("relations.strike_nouns_en")
"""Heads of a told strike besides the attack nouns ("killed in an Israeli airstrike")."""


_THIS_AR = word_set("relations.this_ar")
_TROOPS_AR = word_set("relations.troops_ar")
"""Heads of a mention of troops ("القوات الفرنسية") told to leave a country."""
# "وفي اتصال هاتفي أجراه مع X"، "في اتصال لاحق مع X": a word between a meeting noun and مع
_MEETING_GAP_AR = word_set("relations.meeting_gap_ar")
_CROWD_COUNTS_AR = word_set("relations.crowd_counts_ar")
"""Counts of people opening a subject ("وتظاهر آلاف المحتجين"): a crowd, not the actor of
the sentence before."""
_ASK_PARTICIPLES_AR = word_set("relations.ask_participles_ar")
"""Participles of demanding that open an adjunct ("، مطالبا بالإفراج عن"): made of the one
just talked to ("داعيا إلى حل سياسي" is a call on all, not on the host)."""
_QUIT_AR = word_set("relations.quit_ar")
"""Arabic words of leaving, suspending or cancelling a pact ("انسحابها من الاتفاق")."""
_REPEL_AR = word_set("relations.repel_ar")
"""Verbs of repelling an attack ("تصدت الدفاعات لهجمات ..."), with ل before the attack."""
_STRIKING_ARMS_AR = word_set("relations.striking_arms_ar")
"""Weapons that strike as a verb's subject, their nisba the attacker ("قصفت المدفعية التركية")."""
_RAID_NOUNS_AR = word_set("relations.raid_nouns_ar")
"""Indefinite attack nouns an unmarked relative clause can follow ("غارة استهدفت")."""
_RAID_VERBS_AR = word_set("relations.raid_verbs_ar")
"""Verbs that carry out an attack noun ("نفذ غارة"، "شنت هجوما")."""


def _ar_attack_noun(word: str) -> bool:
    """``word`` is a definite attack noun, with a conjunction or preposition glued on
    ("والهجمات", "بالهجوم", "للاعتداء")."""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    if w.startswith("لل"):
        w = "ا" + w[1:]  # ل + ال: "للاعتداء"
    elif w[:1] in "بل" and w[1:3] == "ال":
        w = w[1:]
    return w in _ATTACK_NOUNS_AR


_LIGHT_ACT_VERBS_EN = word_set("relations.light_act_verbs_en")
"""Verbs that carry an act noun ("carried out strikes", "launched attacks"): the weapons
before them ("Israeli jets carried out air strikes") name the act's state."""
_FORCE_NOUNS_EN = word_set("relations.force_nouns_en")
"""Shows of force (MOBILIZE) that a state condemns: "condemned the launch"."""
_DECISION_NOUNS_EN = word_set("relations.decision_nouns_en")
"""What "condemned the decision" / "criticised the move" points back to: the last act."""
_TOLD_ACTS_EN = word_set("stances.told_acts_en")
"""Acts named by a noun ("the seizure", "an attack") that a relative clause describes."""
_DECIDED = tuple(
    t
    for t in RelationType
    if t
    not in (
        RelationType.ACCUSE,
        RelationType.REQUEST,
        RelationType.SUPPORT,
        RelationType.THREATEN,
        RelationType.CONSULT,
        RelationType.PROTEST,
        RelationType.LEADS,
        RelationType.FLEE,
    )
)
_OWNED_FORCES_AR = word_set("relations.owned_forces_ar")
_OWNED_COUNT_AR = word_set("relations.owned_count_ar")
_OWNED_CLAUSE_AR = word_set("relations.owned_clause_ar")
"""Forces owned by a state after "ل" ("لإيران مستشارون في سوريا")."""
_TIME_BREAKS = word_set("relations.time_breaks")
_AT_TARGET = word_set("relations.at_target")
_AT_REQUEST = word_set("relations.at_request")
_HOST_RULERS_EN = word_set("relations.host_rulers_en")  # "at the request of its government"
_GROUP_REPS_EN = word_set("relations.group_reps_en")  # "met representatives of X"
_HOSTED_FORCES_EN = word_set("relations.hosted_forces_en")  # "hosts a US base"
_HOSTED_FORCES_AR = word_set("relations.hosted_forces_ar")  # "استقبال قوات أمريكية"
_BACKER_PHRASE_AR = word_set("relations.backer_phrase_ar")
_INVITED_TO_AR = word_set("relations.invited_to_ar")
"""What one is asked to come to ("دعاه لزيارة"، "إلى المشاركة في"): an invitation, CONSULT."""
_HOSTED_PEOPLE_AR = word_set("relations.hosted_people_ar")
"""Refugees and migrants a state hosts or receives ("يستضيف الأردن لاجئين سوريين"): no guests."""
_CONVEYED_TO_HIM_AR = re.compile(
    "^[وفل]?(?:ابلاغ|ابلغ|ابلغت|تسليم|سلم|سلمت|تبليغ|بلغ|بلغت)(?:ه|ها|هم|هما)$"
)
"""Arabic "conveying to him" with the pronoun of the one told (folded): "لإبلاغه احتجاج
X"، "وأبلغته احتجاج X" -- the protest is X's, told to the envoy just summoned."""
"""Nouns that open "بدعم من X" / "بطلب من X": X backs or asks, the act is the clause's."""
_ENVOY_TOPICS_AR = frozenset(
    {"recall of ambassador", "return of ambassador", "downgrading relations"}
)
"""Arabic trigger topics about a state's envoy or mission abroad: a capital named as where
the envoy serves stands for its government."""
_RECEIVED_AID_EN = word_set("relations.received_aid_en")  # "would receive U.S. help"
_CONTENT_LIGHT_EN = word_set("relations.content_light_en")  # "he hoped to make a visit"
"""Requests and invitations ("at the request of", "بطلب من"): forces sent at a host's
request are stationed there (PRESENCE, GUIDELINES)."""
_OWN_STATE_OK = frozenset({RelationType.LEADS, RelationType.COERCE, RelationType.FLEE})
_EVENT_VERBS_AR = word_set("relations.event_verbs_ar")
_FUTURE_EVENT_AR = frozenset(w for w in _EVENT_VERBS_AR if w.startswith("س"))


_MEMBERS_EN = word_set("relations.members_en")
"""After "which"/"that": a list that describes a body or an operation ("the release, which
involved four countries: X, Y and Z")."""
_MEMBERS_EN_BARE = word_set("relations.members_en_bare")
_MEMBERS_EN_ALL = _MEMBERS_EN | _MEMBERS_EN_BARE
_MEMBERS_AR = word_set("relations.members_ar")
"""A list of members ("لجنة وزارية تضم السعودية وقطر"): they are the body, not the parties
of the act the body is charged with."""


_COMPASS_EN = word_set("relations.compass_en")
_CONTRAST_AR = word_set("relations.contrast_ar")
_AN = _AR("عن")
_SUSPENDABLE = frozenset(
    {RelationType.CONSULT, RelationType.COOPERATE, RelationType.AGREE, RelationType.AID}
)
_NOUN_PREPS_EN = word_set("relations.noun_preps_en")
"""After these a word with a noun reading is a noun ("killed in clashes with")."""
_BE_EN = word_set("common.be_en")
_STATE_OF_AFFAIRS_EN = word_set("relations.state_of_affairs_en")
_DOCUMENT_NOUNS = word_set("relations.document_nouns")
_DRAFTED_EN = word_set("relations.drafted_en")
_DRAFTED_AR = word_set("relations.drafted_ar")
_ISSUED_AR = word_set("relations.issued_ar")
"""Participles of "issued" ("القرار الصادر عن X"): X is the document's author."""
_ISSUED_DOCS_AR = word_set("relations.issued_docs_ar")
"""Besides :data:`_DOCUMENT_NOUNS`, what may be "issued by" someone whom welcoming or
condemning it is aimed at."""
_FROM_AR = word_set("relations.from_ar")
_FIRE_AR = word_set("relations.fire_ar")
_TARGETING = "targeting"
"""Topic of the English row ``v:target`` (a strike), dropped after :data:`_NON_FORCE_EN`."""
_STRUCK_TARGETS_EN = word_set("relations.struck_targets_en")
"""Words before "<name> targets" that make "targets" the plural noun ("hit Houthi targets",
"strikes on Hezbollah targets"), no verb of the named actor."""
_NON_FORCE_EN = word_set("relations.non_force_en")
_LEFT_NOT_FROM_EN = word_set("relations.left_not_from_en")
"""Words after "troops left" that make it no leaving of a place: "left behind mines",
"left for the front"."""
_WEEKDAYS_EN = word_set("relations.weekdays_en")
_TIME_PAIRS_EN = frozenset(("on", d) for d in _WEEKDAYS_EN) | {
    ("last", "week"),
    ("last", "month"),
    ("this", "week"),
    ("last", "year"),
}
"""A time adjunct between a verb of intent and its "to" ("vowed on Sunday to")."""
_DISCUSSED_EN = word_set("relations.discussed_en")
"""Words before an agreement noun that make it a topic of talks, not an agreement reached."""
_PLURAL_PEOPLE_EN = word_set("relations.plural_people_en")
"""Words right before a bare plural demonym that make it the people ("for Russians")."""
_ADJ_PARTICIPLES_EN = word_set("relations.adj_participles_en")
"""Past forms that after "and" modify a noun ("and armed groups"), no second verb."""
_CHARGED_ACTS = frozenset(
    {RelationType.SANCTION, RelationType.THREATEN, RelationType.COERCE, RelationType.ACCUSE}
)
_OUTLET_FREE_TYPES = frozenset(
    {
        RelationType.SUPPORT,
        RelationType.AGREE,
        RelationType.COOPERATE,
        RelationType.AID,
        RelationType.CONCEDE,
    }
)
"""Acts whose patient is never a news outlet that carries the report."""
_NAMED_ACT_EN = re.compile(
    r"\bwhat (?:[\w.-]+ ){1,2}(?P<verb>called|described as|termed|branded)"
    r"(?: (?:an?|the))?(?: [a-z-]+){0,3}\s*$",
    re.IGNORECASE,
)
"""An act noun named in the speaker's words ("what it called an illegal assault"): the
namer is not its doer."""
_WHAT_CALLED_EN = re.compile(
    r"\b(?:over|for|citing|after) what (?:he|she|they|it|the [a-z]+) (?:called|described as|"
    r"termed)\b",
    re.IGNORECASE,
)
"""A charge named after an act ("over what he called the wrongful detention")."""
_ING_PREPS_EN = word_set("relations.ing_preps_en")
"""Prepositions in -ing ("during", "including"): no verb of a reduced relative clause."""
_BEFORE_GERUND_EN = word_set("relations.before_gerund_en")
"""Words ending in -s before an -ing verb that are verbs or function words, no noun."""
_COUNTERPART_NOUNS_EN = word_set("relations.counterpart_nouns_en")
"""Nouns of "his X counterpart Y" whose preposition governs the name Y."""
_POSSESSIVE_PRONOUNS_EN = word_set("relations.possessive_pronouns_en")
_RELEASE_EN = re.compile(r"\brelease of\b|'s (?:\w+ ){0,2}(?:release|freedom)\b")
"""A release asked for right around a detainee's name ("X's immediate release")."""
_ASK_RELEASE_EN = re.compile(
    r"\b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)? for|press(?:ed|es|ing)? for|urg(?:e|ed|es|ing)"
    r"|sought|seek(?:s|ing)?)\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:immediate|swift|"
    r"prompt|unconditional|safe|speedy|quick|and),?\s+){0,3}release\b"
)
"""A demand for a release, whoever is held ("demanded the immediate release of the crew")."""
_HOLDER_REACH = 2
"""Sentences before a release demand in which the detention it answers is looked for."""
_CALLED_IT_EN = re.compile(
    r"(?:,|\bmove|\bstep|\bdecision) (?:which|that) (?:[\w'.-]+ ){1,8}?(?:called|described as|"
    r"termed|denounced as)(?: it)?(?: an?)?\b",
    re.IGNORECASE,
)
"""A relative clause naming the act just told ("which Berlin called a pretext")."""
_CHARGE_NOUNS_EN = word_set("relations.charge_nouns_en")
"""Nouns that, naming an act, charge its agent ("a pretext", "a provocation")."""
_COMMODITIES_EN = word_set("relations.commodities_en")
"""Traded goods: agreeing to supply them is a supply deal (AGREE), not aid."""
_SUPPLY_DEAL_EN = word_set("relations.supply_deal_en")
"""Words of a deal before "to supply"/"to sell" ("agreed to", "a deal to")."""
_EMBARGO_WORDS = word_set("relations.embargo_words")
"""Words of a ban ("embargo", "حظر"): goods they govern are withheld, not supplied."""
_LIFT_EN = word_set("relations.lift_en")
"""Verbs of lifting a ban just before a ban noun ("lifted a ban on exports to")."""
_ANNOUNCED_EN = word_set("relations.announced_en")
_JOINED_EN = word_set("relations.joined_en")
"""Verbs of "X joined Y in condemning Z": X is a co-subject of Y's act."""
_COUNT_WORDS_EN = word_set("relations.count_words_en")
"""Counts before a plural demonym that make it the people ("five Americans")."""
_PHONED_EN = "phoned"
"""Topic of the English row ``x:called`` (a phone call), kept only by :meth:`_phoned`."""
_KIN_NOUNS = word_set("relations.kin_nouns")
_KIN_DETERMINERS_EN = word_set("relations.kin_determiners_en")
"""Plural nouns of kinship or partnership that stand for the state after "في"/"in"
("الأشقاء في سلطنة عمان": Oman)."""
_FIRE_EN = word_set("relations.fire_en")
"""A state's fire or weapons as the agent of a passive strike ("أُسقطت بنيران روسية")."""
_BUT_PRON_AR = word_set("relations.but_pron_ar")
"""Particles with the subject's pronoun before a verb: "لكنها حذرت" (but it warned)."""
_ALSO_AR = word_set("relations.also_ar")
"""Particles that add a verb sharing the subject before ("، كما استدعت سفيرها")."""
_AR_HONORIFIC_PRON = word_set("common.ar_honorific_pron")
_HONORIFIC_TITLE = {
    _AR(p): frozenset(_AR(w) for w in t.split())
    for p, t in (
        ("سموه", "سمو لسمو وسمو"),
        ("جلالته", "جلالة"),
        ("فخامته", "فخامة"),
        ("معاليه", "معالي"),
        ("سعادته", "سعادة"),
    )
}
"""An honorific pronoun and the title that introduced its dignitary ("سمو الشيخ ...")."""
_EVENT_PREPS = word_set("relations.event_preps")
_SUBCLAUSE = word_set("relations.subclause")
_PERSON_DUALS = word_set("relations.person_duals")
_ADVERBS_EN = word_set("relations.adverbs_en")
_EN_OBJ_PRON = word_set("relations.en_obj_pron")
_POSSESSED_AGENTS_EN = word_set("relations.possessed_agents_en")
_FEMALE_TITLES_AR = word_set("relations.female_titles_ar")
"""A woman's title before her name: the suffix "ها" may stand for her."""
"""What a state's possessive may own as the agent of an act ("its troops crossed")."""
_CLAUSE_LINKS_EN = word_set("relations.clause_links_en")
_CLAIM_NOUNS_EN = word_set("relations.claim_nouns_en")
"""English nouns of a claim whose content a "that" clause gives ("suggestions that",
"allegations that"): the actors inside are no patient of an act on the claim."""
_FINITE_VERBS_EN = word_set("relations.finite_verbs_en")
"""English finite verbs with no "-ed" (irregular pasts, present forms, auxiliaries): with the
"-ed" forms they tell that a name before them opens a clause of its own
(:meth:`~kg.extractors.coder.mentions.Mentions._finite_verb_en`)."""
_STATE_DUALS_EN = word_set("relations.state_duals_en")
_GROUP_SIZES_EN = {"three": 3, "four": 4, "five": 5, "six": 6}
"""English: "the three countries", "the four governments": a group of that many states."""
_REQUEST_NOUNS_EN = word_set("relations.request_nouns_en")
_REQUEST_MADE_EN = word_set("relations.request_made_en")
"""Verbs of making a request or proposal in a reduced relative: "a demand X made and Y
opposed"."""
_HARMS = frozenset({RelationType.SANCTION, RelationType.ASSAULT, RelationType.COERCE})
_READY_EN = word_set("relations.ready_en")
_REFUSE_EN = word_set("relations.refuse_en")
_EXPRESS_EN = word_set("relations.express_en")
_BACKING_NOUNS_EN = word_set("relations.backing_nouns_en")
"""A contact "to express solidarity": "X phoned Y to express support" is X's SUPPORT of Y."""
"""Verbs whose infinitive is an act refused: "refused to condemn X" is a REJECT too."""
_TIES_TOPIC = "bilateral ties"
"""Topic of the lexicon rows for building or developing relations with someone ("تطوير
العلاقات مع", "build ties with"): coded only after readiness ("مستعدة لبناء علاقة مع
واشنطن", "ready to strengthen ties with"), as SUPPORT (issue #3)."""
_MEDIATED = frozenset({RelationType.CONSULT, RelationType.AGREE})
_PACT_NOUNS_EN = word_set("relations.pact_nouns_en")
"""Heads a city names the place of ("the Paris agreement", "the Vienna Convention")."""
_VENUE_EVENTS_AR = word_set("relations.venue_events_ar")
"""Gatherings a city in construct names the venue of ("قمة القاهرة"، "مؤتمر برلين")."""
_TERRITORY_NOUNS = word_set("relations.territory_nouns")
"""Nouns of a state's land ("الأراضي الأفغانية", "Afghan soil"): the state adjective after
(or before) one names where, not who acts ("استخدام الأراضي العراقية منطلقاً للهجمات")."""
_LOOK_ON_EN = word_set("relations.look_on_en")
_WATCHING_EN = word_set("relations.watching_en")
"""An actor "looking on" or who "watched" an act (":meth:`Mentions._onlooker_en`") is a
witness of it, no party."""
_BACK_PARTICLE_VERBS_EN = word_set("relations.back_particle_verbs_en")
"""Verbs "back" is a particle of ("handed back a pilot", "sent back", "pushed back",
"fought back"): no "back" (SUPPORT) of its own."""
_TEMPORAL_CLAUSE_EN = word_set("relations.temporal_clause_en")
"""English words that open a time clause or phrase after the act ("after", "before"): the
patient search stops there (:meth:`Mentions.mention_after`)."""
_SIGN_GAP_STOPS_EN = word_set("relations.sign_gap_stops_en")
"""Words no signed pact's modifiers include: a "sign" verb before one of them is not the
cooperation noun's ("signed a 100-year partnership", not "signed and pledged cooperation")."""
_CALL_FOR_EN = ("call", "press", "push", "appeal", "ask")
_URGE_EN = ("urg", "demand", "sought", "seek")
"""Verbs asking for an act ("called for", "urged a ceasefire between X and Y")."""
_LEFT_EN = word_set("relations.fled_en")
"""Verbs of leaving a place, before "and lives in exile in X"."""
_CULPABLE_EN = word_set("relations.culpable_en")
"""Before an act noun, words that name who took part in it, not who does the coding
verb ("officials linked to the jailing of X")."""
_ADDRESSED_EN = frozenset(
    {RelationType.REQUEST, RelationType.ACCUSE, RelationType.THREATEN, RelationType.SUPPORT}
)
"""Speech acts that, after a meeting, address the one met ("... and urged an end to")."""


@lru_cache(maxsize=1)
def _body_depts() -> dict[str, str]:
    """The department of each state body label of the gazetteer's ``bodies.tsv``
    (normalised: "coast guard" -> "defence", "police" -> "")."""
    return {
        normalize(row["label"]): row.get("dept", "")
        for row in read_gazetteer_bodies()
        if row.get("kind") == "org"
    }


def _body_dept(key: str) -> str | None:
    """The department of a state body the extractor made ("Organization:chinese coast
    guard" -> "defence"), None when the key names no such body."""
    label = key.removeprefix("Organization:")
    depts = _body_depts()
    best = max((b for b in depts if label.endswith(" " + b)), key=len, default=None)
    return None if best is None else depts[best]


_ANSWER_TYPES = frozenset(
    {RelationType.REJECT, RelationType.AGREE, RelationType.SUPPORT, RelationType.ACCUSE}
)
"""Verb types that answer a request or proposal ("rebuffed", "accepted", "welcomed")."""
_GERUND_PREPS_EN = frozenset({"on", "in", "for", "against", "to", "at", "with", "about"})
"""Prepositions before a gerund that a pair does together ("cooperate on fighting ...")."""
_SHARED_AFTER_MEETING_EN = frozenset(
    {RelationType.AGREE, RelationType.AID, RelationType.COOPERATE, RelationType.CONCEDE}
)
"""Acts that a verb coordinated after a meeting or a pact does to the same partner when it
names no one ("met X and agreed to restore ties", "signed a pact with Y and pledged aid")."""
_HYPHEN_PARTICIPLE = re.compile(
    r"-(?:backed|led|sponsored|brokered|facilitated|mediated|funded|supported|allied|aligned"
    r"|installed|hosted|organi[sz]ed|proposed|drafted|run)\b"
)
"""Right after a name, a hyphenated participle makes it a modifier ("Iran-backed")."""
_ON_BEHALF = word_set("relations.on_behalf")
_CARRY_OUT_AR = word_set("relations.carry_out_ar")
_ATTACK_BARE_AR = word_set("relations.attack_bare_ar")
# "طالبت الكويت السفير اللبناني بمغادرة أراضيها"، "وإمهال السفير 48 ساعة لمغادرة"
_ORDER_VERBS = word_set("relations.order_verbs")
# verbal nouns of an order to leave: their agent is the clause's subject, not the actor
# after them ("وإمهال القائم بالأعمال 48 ساعة لمغادرة البلاد")
_ORDER_MASDARS_AR = word_set("relations.order_masdars_ar")
_PNG_TOPIC = "persona non grata"
_DECLARE_MASDARS_AR = word_set("relations.declare_masdars_ar")
_DECLARE_AR = _DECLARE_MASDARS_AR | frozenset(_AR(w) for w in "أعلنت أعلن اعتبرت اعتبر".split())
"""Verbs that declare an envoy persona non grata ("أعلنت X السفير Y شخصا غير مرغوب فيه")."""
_IYYA = tuple(_AR(w) for w in ("إياه", "إياها", "إياهم", "إياهما"))
_DRILL_TOPIC = "military exercises"
_DREW_EN = word_set("relations.drew_en")
_BLAME_EN = word_set("relations.blame_en")  # "blamed the attack on X": X is accused
_GOODS_EN = word_set("relations.goods_en")
_OWN_GROUND_EN = word_set("relations.own_ground_en")
_OWN_TARGETS_EN = word_set("relations.own_targets_en")  # "fired at its boats"
_BLOCKED_EN = word_set("relations.blocked_en")
_PLEDGE_EN = word_set("relations.pledge_en")
_SUBCLAUSE_EN = word_set("relations.subclause_en")
_WHEN_CLAUSE = word_set("relations.when_clause")
"""Words opening a clause that tells what happened at the time right before it ("in
August 2021, when", "في آب 2021، عندما")."""
_CONSEQUENCE = word_set("relations.consequence")
"""Words opening a clause of what an act led to, after a comma ("، ما دفع", ",
prompting"): a time in it is that later act's."""
_AUX_EN = word_set("relations.aux_en")
_WE_AUX_EN = (_AUX_EN | _AUX_ADVERBS_EN | _ADVERBS_EN | {"are", "were"}) - {"never"}
"""What may stand between "we" and its verb: "we have also", "we will", "we are sending"."""
_OUR_HEADS_EN = word_set("relations.own_government_en") | _STATE_NOUNS_EN
_IMPOSED_EN = word_set("relations.imposed_en")
"""Verbs of an object relative after a sanctions noun: "the sanctions X imposed on Y"."""
"""The speaker's side named with "our": "our government has expelled", "our country"."""
_BORDER_EN = word_set("relations.border_en")
_LEAVE_EN = word_set("relations.leave_en")
_QUIT_EN = word_set("relations.quit_en")
_PACT_KEPT_EN = word_set("relations.pact_kept_en")
"""Words of keeping a pact before its noun ("committed to its treaty with"): no new
agreement."""
_PACT_KEPT_AR = word_set("relations.pact_kept_ar")


_ANYONE = word_set("relations.anyone")  # "لن تسمح لأحد", "would not allow anyone"
# "would never let anyone threaten X", "لن تسمح لأي جهة بتهديد": the act after a permission
# given to no one named has no author
_PERMIT = word_set("relations.permit")
_ANY_PARTY = word_set("relations.any_party")
_TIME_OVER_EN = word_set("relations.time_over_en")  # "clashed fiercely over the weekend"
_FEAR_WORDS = word_set("relations.fear_words")  # "fear that", "تخشى أن"
_PROPOSE_WORDS = word_set("relations.propose_words")  # "proposed that", "اقترحت أن"
_TOPIC_PREPS = word_set("relations.topic_preps")  # "over the deal", "حول اتفاق"
_VERBALLY = word_set("relations.verbally")  # "اشتبكتا كلاميا": a quarrel, no fighting
# "رفض قطر لأي اعتداء على السيادة العراقية": the genitive of a harmful act a refusal
# governs is its victim, not what is refused
_HARM_ACTS_AR = word_set("relations.harm_acts_ar")
_REFUSAL_NOUNS_EN = word_set("relations.refusal_nouns_en")  # "their rejection of the accord"
# verbs of wrongdoing whose subject a statement's content blames ("قال إن تركيا تنتهك
# القانون الدولي", "أكدت أن القرار يتجاهل مصالح ..."): the speaker accuses that actor
_WRONG_ACTS_AR = word_set("relations.wrong_acts_ar")
# "بوساطة إماراتية", "برعاية مصرية": the mediator named after a mutual act is no party of it
_MEDIATED_BY_AR = word_set("relations.mediated_by_ar")
#: plural heads that stand for the officials of the states just listed ("ودعا الوزراء")
_PLURAL_HEADS_AR = frozenset({"الوزراء", "القادة", "الزعماء"})
#: states whose names are masculine ("دعا العراق"): the subject of a masculine verb
_MASCULINE_STATES_AR = frozenset(
    fold(w) for w in ("العراق", "الأردن", "لبنان", "السودان", "المغرب", "اليمن", "الصومال")
)
#: "تلقى/تلقت/يتلقى" (to receive a call), folded and not
_RECEIVED_AR = ("تلقى", "تلقي", "تلقت", "يتلقى", "يتلقي", "تتلقى", "تتلقي")
#: hostile acts a definite nisba after the noun names the doer of ("الهجوم الحوثي")
_HOSTILE_DEEDS_AR = frozenset({RelationType.ASSAULT, RelationType.COERCE, RelationType.MOBILIZE})
# acts whose patient, named as the genitive of an evaluated verbal noun, is its victim
_HARM_TYPES = frozenset((RelationType.SANCTION, RelationType.COERCE, RelationType.ASSAULT))
_DECISION_NOUNS_AR = word_set("relations.decision_nouns_ar")  # "بقرار واشنطن رفع ..."
_CITY_STATES_AR = word_set("relations.city_states_ar")
"""Arabic names of a state that its capital also bears ("الجزائر"، "الكويت"، "تونس"): after
an accord noun they name the city it was signed in ("اتفاق الجزائر")."""
_NOT_VERBS_AR = word_set("relations.not_verbs_ar")
"""Arabic words whose verb reading a trigger row would take but news means otherwise: the
numbers "اثنين"، "اثنتين" (not "أثنين", praised)."""
_DEATH_NOUNS_AR = word_set("relations.death_nouns_ar")
"""Arabic nouns of a death or wound ("مقتل"، "اغتيال") whose victim a strike after "في" hit."""
_KILLED_VERBS_AR = word_set("relations.killed_verbs_ar")  # "قتل جنود ... في اشتباك مع"
_HARM_NOUNS_AR = word_set("relations.harm_nouns_ar")  # "طرد السفير", "اعتقال الصحفي"
_PREP_HIM_AR = word_set("relations.prep_him_ar")  # "أفرجت عنه موسكو": a man named before
# Arabic precision guards (issue #3)
_LIVELIHOOD_AR = _AR("عيش")
""""لقمة العيش" (livelihood) is no "ل+قمة" (for a summit)."""
_PARTY_GROUPS_AR = word_set("relations.party_groups_ar")
"""Group nouns whose nisba names domestic parties, not the state ("الأطراف اليمنية")."""
_AFTERMATH_AR = word_set("relations.aftermath_ar")
"""Nouns before a definite event noun that recall the event by what it caused ("تداعيات
الهجوم"، "ضحايا القصف")."""
_RECALL_AR = word_set("relations.recall_ar")
"""Words before a meeting noun that recall talks already told ("في ختام المباحثات"،
"وتأتي الزيارة"، "إن اللقاء تناول")."""
_OWN_TARGETS_AR = word_set("relations.own_targets_ar")
"""Targets an attack hits that a pronoun gives an owner ("قصفت قواعدها الجوية")."""
_TARGET_NOUNS_AR = _OWN_TARGETS_AR | frozenset(
    _AR(w) for w in "معاقل مخابئ أهداف مقار مراكز تحصينات معسكرات".split()
)
"""Targets an attack hits that a genitive gives an owner ("ضد مواقع حزب العمال")."""
_TARGET_MEMBERS_AR = word_set("relations.target_members_ar")
"""Members or units of an attacked actor in construct ("مقاتلي"، "وحدات"): their owner is hit."""
_SIDE_NOUNS_AR = word_set("relations.side_nouns_ar")
"""«إلى جانب X»، «في صف X»: a phrase ending in such a noun has its patient as genitive."""
_PARTIES_AR = word_set("relations.parties_ar")
"""«الأطراف» before a state's nisba: the parties of that state's conflict."""
_ALL_OF_AR = word_set("relations.all_of_ar")
"""«جميع»، «كل» before a plural."""
_GOVERNMENT_AR = word_set("relations.government_ar")
"""«الحكومة»، «السلطات»: a state's government named by its nisba ("الحكومة اليمنية")."""
_BACKING_MEANS_AR = word_set("relations.backing_means_ar")
"""Arms, fighters and money one backs a side with («دعمه بالسلاح»): aid."""
_AT_HOST_PRON_AR = word_set("relations.at_host_pron_ar")
"""«لديها»، «لديه»: where an envoy is posted, a state named before."""
_WITH_AR = word_set("relations.with_ar")
_AFTER_AR = word_set("relations.after_ar")
""""بعد"، "عقب"، "إثر": "بعد مشاورات مع X" is the clause subject's act."""
_SEARCH_BREAKS = (
    _BETWEEN
    | _SOURCE_MARKERS
    | _ON_BEHALF
    | _CONTRAST_AR
    | _WITH_AR
    | _TIME_BREAKS
    | _CLAUSE_LINKS_EN
)
"""Every word that may end :meth:`_Coder.mention_after`'s search (one look-up per token
before the particular tests)."""
_PARTNER_ENDS_AR = word_set("relations.partner_ends_ar")
_REQUESTED_TYPES = frozenset(
    {
        RelationType.AGREE,
        RelationType.CONSULT,
        RelationType.COOPERATE,
        RelationType.SUPPORT,
        RelationType.REQUEST,
        RelationType.CONCEDE,
        RelationType.RETREAT,
        RelationType.AID,
    }
)
"""Acts that, asked for ("حثه على التطبيع مع"), have not happened: no relation of their own."""
_CONTENT_PREPS_AR = word_set("relations.content_preps_ar")
_DENY_AR = word_set("relations.deny_ar")
"""Denial verbs: "نفت X الاتهامات" reports an accusation aimed at X."""
_DENY_ADVERBS_AR = _AR_SKIP | frozenset(_AR(w) for w in "مرارا بشدة قطعيا تماما كل".split())
_OFFICIALS_AR = word_set("relations.officials_ar")
"""Titles that open an official's noun phrase ("رئيس المجلس ...", "وفدا من ...")."""
_AFFAIRS_AR = word_set("relations.affairs_ar")
_GENERIC_ACTORS_AR = word_set("relations.generic_actors_ar")
"""Indefinite subjects that name no actor: "أن تعترف دولة عربية بإسرائيل"."""
# people nouns of heads.tsv whose nisba names their state only as a patient ("اعتقلت روسيا
# صحفيا أمريكيا"); as a verb's subject the person acts, not the state ("انتقد باحث فرنسي")
_PEOPLE_HEADS_AR = word_set("relations.people_heads_ar")
_REGION_NOUNS_AR = word_set("relations.region_nouns_ar")
"""Provinces and towns a name follows ("إقليم", "مدينة"): a nisba after the name is their state."""
_SITES_AR = word_set("relations.sites_ar")
"""Arabic sites forces leave or hold ("قاعدة"، "مدينة"، "مطار"): "من قاعدة X في مالي" is in Mali."""
_STORES_AR = word_set("relations.stores_ar")
"""Arabic depots and works of goods ("مخازن أسلحة لحزب الله": its arms depots, no aid)."""
_HOSTING_AR = word_set("relations.hosting_ar")
"""Arabic verbs of a site holding forces ("قاعدة X التي تستضيف قوات أميركية"، "يتمركز فيها")."""
_RELATIVES_AR = frozenset(_AR(w) for w in ("التي", "الذي"))
_HOSTING_PRONOUNS_AR = frozenset(_AR(w) for w in ("فيها", "فيه", "بها", "به"))
"""The site's pronoun after a verb of holding forces ("يتمركز فيها جنود")."""
_ALONGSIDE_AR = _AR("جانب")
_TO_AR = _AR("إلى")
"""", إلى جانب X" after an act: X did it too (see :meth:`_Coder._alongside`)."""
_DUAL_HEADS_AR = word_set("relations.dual_heads_ar")
_DUAL_HEADS_ALL_AR = _DUAL_HEADS_AR | _STATE_DUALS_AR | _SIDES_AR
"""Dual and plural heads of coordinated nisbas ("نظيريه الروسي والأوكراني")."""
_NEAR_AR = word_set("relations.near_ar")
"""Location words: a place "near X" is no party."""
_QUANTITY_NOUNS_EN = word_set("relations.quantity_nouns_en")
_LAUNCH_TOPICS = ("missile launch", "rocket fire", "drone launch")
"""Topics of MOBILIZE rows that fire at a side: its author attacked what they hit."""
_EXPELLED_PEOPLE_EN = word_set("relations.expelled_people_en")
"""People a state expels en masse ("expelled Afghan migrants"): a coercion of their state,
not the diplomatic sanction "expelled Russian diplomats"."""
"""Amounts an act noun follows with "of" ("a new package of aid for X", "a wave of strikes"):
the noun is the act of the clause's subject, not of an owner named after "of"."""


_INTERCEPT_TOPICS = frozenset({"shooting down", "interception"})
_WEAPONS = word_set("relations.weapons")


_UNMANNED_WEAPONS_EN = word_set("relations.unmanned_weapons_en")
"""English weapons with no crew ("drones", "missiles"): downing them is no attack of the
defender's on their state (:meth:`Arguments._intercepted`)."""


def _weapon(word: str) -> bool:
    """A weapon noun ("drones", "مسيرات"), with a conjunction glued on in Arabic."""
    return word in _WEAPONS or (word[:1] in "وف" and word[1:] in _WEAPONS)


_AR_BROKEN_PLURALS = word_set("relations.ar_broken_plurals")


_AR_ENVOY_HEADS = tuple(_AR(w) for w in "سفير قائم دبلوماسي قنصل مبعوث".split())


_AR_SENT_ENVOY_HEADS = _AR_ENVOY_HEADS + tuple(
    _AR(w) for w in "وفد وزير مستشار نائب ممثل رسال برقي موفد".split()
)
_AR_RELIEF_HEADS = tuple(_AR(w) for w in "إغاث مساعدات إنساني طبي غذائي".split())
_AR_VEHICLES = tuple(_AR(w) for w in "طائر سفن سفين شاحن قافل".split())


def _ar_envoy_key(key: str) -> bool:
    """An unnamed Arabic envoy ("Person:السفير اللبناني"، "Unnamed:...:القائم بالأعمال"):
    expelled or recalled, he stands for his state."""
    if not key.startswith(("Unnamed:", "Person:")):
        return False
    head = key.split(":", 1)[1].rsplit(":", 1)[-1].split()
    return bool(head) and _AR(head[0]).removeprefix("ال").startswith(_AR_ENVOY_HEADS)


def _plural_head(key: str) -> bool:
    """The head noun of an ``Unnamed:<state>:<head>`` key is a plural ("diplomats",
    "دبلوماسيين", "سفراء"): a group that stands for its state."""
    head = key.rsplit(":", 1)[-1]
    if head.isascii():
        return head.endswith("s")
    return head.endswith(("ين", "ون", "ات")) or head in _AR_BROKEN_PLURALS
