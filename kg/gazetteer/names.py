"""Names of people the gazetteer does not know, next to a title.

Used by the linker's reader (:mod:`kg.gazetteer.resolve`): after a title
("سفير الصين لدى الأمم المتحدة جون دو", "Egyptian Foreign Ministry spokesman
Karim Hafez") or before one ("سامر العلي المتحدث باسم الخارجية الأردنية").
Only tokens that no gazetteer phrase covers can be part of such a name.
"""

from __future__ import annotations

from kg.gazetteer.gazetteer import Gazetteer
from kg.gazetteer.index import Atom
from kg.gazetteer.linker import is_cap, stems
from kg.models import EntityType
from kg.text import Token, normalize
from kg.text.tokens import ARABIC, POSSESSIVE, possessive_len

__all__ = [
    "AR_CONNECT",
    "EN_PARTICLES",
    "NAME_MONTHS",
    "NameFinder",
    "ar_skeleton",
    "spelling_variant",
]

EN_PARTICLES = frozenset("al el bin ibn abu von van der de da du la".split())
"""Lower-case particles inside Latin-script names (al-Sharaa, von der Leyen)."""
_AR_THAT = frozenset(normalize(w) for w in ("إن", "أن", "بأن"))
AR_CONNECT = frozenset({"بن", "ابن", "بنت", "ابو", "عبد", "ال", "ام"})
"""Arabic name connectors that do not count as a name word."""
_AR_ARTICLE_CLITICS = ("لل", "بال", "وال", "فال", "كال")
_AR_ONE_NAME_STYLES = frozenset({"البابا", "الشيخه", "الاميره"})
AR_ONE_NAME_STYLES = _AR_ONE_NAME_STYLES  # (the resolver's styled aliases, S10-R3)
"""Folded styles after which Arabic news names a person by one word ("البابا فرنسيس"،
"الشيخة حسينة"): :meth:`NameFinder.one_word_styled` (S9-R3)."""
_AR_COMPOUND_OPENERS = frozenset({"عبد", "ابو"})
"""Folded connectors that open a compound given name ("عبد الرحيم"، "أبو بكر")."""
_AR_FOREIGN_OPENERS = frozenset({"بان", "بن"})
"""Raw first words of transliterated names that fold like a function word: بان (Ban, not
بأن) and بن (Ben, not the connector): :meth:`NameFinder._ar_foreign_opener` (S10-R3)."""
_AR_INNER_CLITICS = ("لل", "بال", "وال", "فال")
"""Inside a name (not its first word), كال opens transliterations ("كالفينو"، "كالاس") far
more often than "like the" does: only these mark a definite noun there."""
_AR_PREP_PRONOUNS = frozenset(
    "بها به بهم بهما لها له لهم فيها فيه فيهم منها منه منهم عنها عنه عليها عليه اليها اليه "
    "معها معه".split()
)
_AR_PREP_PRONOUNS_WIDE = _AR_PREP_PRONOUNS | frozenset(
    normalize(w)
    for w in "لديها لديه لديهم لديهما لدينا لدي عندها عنده عندهم عندنا لنا بنا فينا منا "
    "عنهم عنهما علينا عليهم عليهما إليهم إلينا معهم معنا بينها بينهم بيننا".split()
)
"""Prepositions with a suffixed pronoun, a wider list (S11-R2): never the first word of an
unknown name after a title ("السفير التركي لديها احتجاجاً")."""
"""Prepositions with a suffixed pronoun (folded): never a name word ("تصريحات أدلى بها
وزير ..."), though not a boundary that ends a name either."""
_AR_YEAR_WORDS = frozenset({"عام", "سنه"})
"""Folded "year" words that, before a number, date what precedes them (S21-CODER-AR)."""
_AR_OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")
"""Pronoun suffixes of a verbal noun of purpose ("لإبلاغه"، "لمطالبتهم"), longest first."""
_AR_NAME_ENDINGS_IN_HA = ("ييه", "زاده")
"""Name words that end in ه and are no noun with a suffixed pronoun: French -ier
("شوفالييه") and the Persian/Azeri "son of" ("خطيب زاده"، "حاجي زاده")."""
_AR_NAME_SUFFIX_WORDS = frozenset({"اوغلو", "اغلو"})
"""Folded words that only close a name: the Turkish "son of" written apart ("مولود جاووش
أوغلو"، "كمال كليتشدار أوغلو"); never a verbal noun before an object (S10-R2-H3)."""
_AR_COMPOUND_TAILS = frozenset({"الدين", "الله", "العابدين"})
_AR_COMP_PRONOUNS = frozenset(
    normalize(w) for w in "أنه أنها أنهم إنه إنها إنهم بأنه بأنها بأنهم لأنه لأنها".split()
)
"""Complementisers with a pronoun (folded): a verb follows them, whose subject is the pronoun."""
"""Definite second halves of compound given names ("محيي الدين"، "عز الدين"، "عبد الله")."""
_SUFFIXES = frozenset({"jr", "sr"})
_EN_NICK_OPEN = frozenset({' "', " \u201c", " '", " \u2018"})
_EN_NICK_CLOSE = frozenset({'" ', "\u201d ", "' ", "\u2019 "})
"""The gaps around a quoted nickname inside an English name ('Jimmy "Barbecue" Cherizier')."""
NAME_MONTHS = frozenset({"may", "june", "april", "august"})
"""English months that are also names: inside a name run they are the name."""
_AR_PREP_MASDAR = ("بم", "بت", "لم", "لت", "بإ", "لإ")
_AR_COMPLEMENT_PREPS = frozenset(normalize(w) for w in ("على", "عن", "من", "إلى", "مع"))
"""Prepositions a stance noun with its pronoun takes ("احتجاجها على"، "استياءه من")."""
_AR_QUANTIFIERS = frozenset(normalize(w) for w in ("أي", "أية", "كل", "كافة", "جميع"))
"""Quantifiers that open the object of a stance noun with its pronoun ("رفضه أي اتفاق"،
"إدانتها كل أشكال"): a noun phrase, so the word before them is no name word (S18-SPKLINK)."""
_AR_ORDINALS = frozenset(
    normalize(w)
    for w in "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split()
)
"""Definite masculine ordinals (folded) after a regnal name ("تواضروس الثاني")."""
_AR_PLACE_PREPS = frozenset({"في", "الي"})
"""في and إلى (folded): a place follows them ("في كيتو"), not a name that acts."""
"""ب/ل before the م/ت/إ of a verbal noun (بمواصلة، لتعزيز، بإجراء)."""


class NameFinder:
    """Finds unknown names around titles in one article's tokens."""

    def __init__(
        self,
        g: Gazetteer,
        text: str,
        tokens: list[Token],
        atoms: list[Atom],
        cover: list[int],
        lang: str,
    ) -> None:
        self.text, self.tokens, self.atoms, self.cover, self.lang = text, tokens, atoms, cover, lang
        self.soft = {
            a.i
            for a in atoms
            if a.j - a.i == 1
            and (
                a.info.surname_only
                or (a.info.entity and all(f.name_adjacent for f in a.info.entity))
            )
        }
        """Tokens read only as some known person's surname, or only as a name that is not
        linked next to an unknown capitalised word: inside an unknown full name they are
        its last word ("Michel Aoun" is not Joseph Aoun, "Therese Kayikwamba Wagner" no
        Wagner Group)."""
        self.stop = g.stop_words.get(lang, frozenset())
        self.given_names = g.given_names
        self.g = g
        self.object_nouns = g.body_nouns.get(lang, frozenset()) if lang == "ar" else frozenset()
        self.org_words = g.org_words.get(lang, frozenset()) if lang == "en" else frozenset()
        """English words that make a capitalised run an organisation (cues.tsv, cue=org):
        "National Assembly" is no person called Assembly after the title "national"."""
        """Arabic definite common nouns (cues.tsv, cue=noun) that are a verb's object, never a
        family name ("أبلغ المبعوث X Y المجلس")."""
        self._starts: list[int] | None = None

    def starts(self) -> list[int]:
        """The tokens' start offsets, for bisection (built once, when first asked for)."""
        if self._starts is None or len(self._starts) != len(self.tokens):
            self._starts = [t.start for t in self.tokens]
        return self._starts

    def before(
        self, first_tok: int, pos: int, *, loose: bool = False, verb_after: bool = False
    ) -> tuple[int, int, int] | None:
        """``(start, end, last token)`` of an unknown name right before a title.

        ``first_tok`` is the title's first token; tokens before ``pos`` are
        already read.  "محمد الشناوي المتحدث باسم الرئاسة", "John Doe, Egypt's
        envoy", "John Doe, a Mexican diplomat"; with ``loose`` (English, a title
        with no state), up to three lower-case words may stand between the
        article and the title ("Jane Doe, the party's leader").
        """
        tokens = self.tokens
        if self.lang == "en":
            first_tok = self._en_appositive_start(first_tok, pos, loose)
        t = first_tok - 1
        # Arabic: a known person's family name can end a name with a longer lineage
        # ("ماجد بن محمد الأنصاري" for the gazetteer's "ماجد الأنصاري"), kept only when
        # a "بن" link is inside it
        soft_end = t >= pos and t in self.soft
        if soft_end and self.lang == "en":  # "Abdi Hassan, a spokesman ...": a known surname
            # ends an unknown name when an unknown capitalised word opens it (S9-R3)
            soft_end = (
                t - 1 >= pos
                and self.cover[t - 1] == -1
                and tokens[t].join
                and is_cap(tokens[t - 1])
                and tokens[t - 1].norm not in self.stop
            )
        if t < 0 or t < pos or (self.cover[t] != -1 and not soft_end):
            return None
        gap = self.text[tokens[t].end : tokens[first_tok].start].strip()
        if gap not in ("", ",", "،") or (self.lang == "en" and gap != ","):
            return None
        picked: list[int] = []
        limit = 5  # two more words for each "بن" link of a long lineage (S9-R2): "محمد بن
        # عبدالرحمن بن جاسم آل ثاني رئيس ..." is seven words
        while (
            len(picked) < limit
            and t >= 0
            and (
                (t >= pos and self.cover[t] == -1)
                or ((picked or soft_end) and t in self.soft)  # a known given name or surname
            )  # can open an unknown name ("Hassan Zameel Rasheed")
        ):
            tok = tokens[t]
            if self._stop(tok) and not (self.lang == "ar" and self._name_particle(t, bool(picked))):
                break
            if self.lang == "ar" and tok.norm in _AR_PREP_PRONOUNS:
                break  # "أدلى بها وزير ...": a verb and its pronoun object, no name
            if self.lang == "ar" and self._ar_speech_verb(tok) and tok.norm not in self.given_names:
                break  # "وأفاد X Y مساعد ...": the speech verb opens the clause, no name word
            if self.lang == "en" and not (is_cap(tok) or tok.norm in EN_PARTICLES):
                break
            picked.append(t)
            if self.lang == "ar" and tok.norm in ("بن", "ابن"):
                limit = min(limit + 2, 9)
            if not tok.join:
                break
            t -= 1
        picked.reverse()
        if self.lang == "ar":
            firsts = [i for i, x in enumerate(picked) if tokens[x].norm in self.given_names]
            if not firsts and self._ar_after_verb(picked):
                firsts = [0]  # "وقال جيك سوليفان مستشار الأمن القومي": a verb, then the name
            if not firsts and verb_after and self._ar_after_verb(picked, clause_start=True):
                firsts = [0]  # "بغداد - X Y وزير الخارجية العراقي قال": a clause opens with it
            if firsts and 0 < firsts[0] <= 2 and len(picked) <= 4:
                if self._ar_after_verb(picked[: firsts[0]], foreign_lead=True):
                    firsts = [0]  # "وأكد أمادو عبد الرحمن وزير ...": a foreign given name
            if firsts != [0] and self._ar_after_verb(picked, honorific=True):
                firsts = [0]  # "السيد زلماي خليل زاد المبعوث": the honorific opens the name
            if not firsts:
                return None
            picked = picked[firsts[0] :]
            if tokens[picked[0]].flags & ARABIC and tokens[picked[0]].norm.startswith(
                _AR_ARTICLE_CLITICS
            ):
                return None
            if self._lineage_tail(picked[0]):
                return None
        while (
            picked
            and tokens[picked[0]].norm in EN_PARTICLES | AR_CONNECT
            and not (self.lang == "ar" and self._opens_compound(picked))
        ):
            picked.pop(0)
        if len(picked) < 2 or (self.lang == "ar" and tokens[picked[-1]].norm == "عبد"):
            return None  # ("محمد عبد الملك": عبد never ends a name; the title is its half)
        if (
            soft_end
            and self.lang == "ar"
            and not any(tokens[x].norm in ("بن", "ابن") for x in picked[1:-1])
        ):
            return None
        return tokens[picked[0]].start, tokens[picked[-1]].end, picked[-1]

    def after(
        self, q: int, honorific: bool, *, first_covered: bool = False, anchored: bool = False
    ) -> tuple[int, int, int] | None:
        """``(last token, start, end)`` of an unknown name starting at token ``q``, or None.

        English: a run of capitalised words (and particles such as al-, bin,
        von); one word only after an honorific or a bare capitalised title
        ("Ambassador Huang"); ``first_covered`` lets the first word be one the
        gazetteer read otherwise (the given name "Gen").  Arabic: two to four words starting with a
        given name from ``given_names.tsv``, ending at a function word; when the title is
        ``anchored`` (it names a state or organisation), also a name whose first word the list
        lacks, up to a clear boundary (:meth:`_ar_unknown`).
        """
        tokens, n = self.tokens, len(self.tokens)
        picked: list[int] = []
        if self.lang == "en":
            x = q
            while (
                x < n
                and len(picked) < 5
                and (
                    self.cover[x] == -1
                    or (first_covered and x == q)
                    or (x > q and x in self.soft)
                    or (x == q and self.soft_given(q))
                    or (x > q and self._inner_honorific(x))
                )
            ):
                t = tokens[x]
                if x > q and not t.join and len(picked) == 1:
                    y = self._en_nickname(x)
                    if y is not None:  # 'Jimmy "Barbecue" Cherizier': over the nickname
                        picked.append(y)
                        x = y + 1
                        continue
                glued_stop = self._hyphen_tail(x, picked, glued_stop=True)  # "Moon Jae-in"
                stop = t.norm in self.stop and not self._surname_month(x, q) and not glued_stop
                if (x > q and not t.join) or stop:
                    break
                particle = t.norm in EN_PARTICLES and x + 1 < n and is_cap(tokens[x + 1])
                if not (is_cap(t) or particle or glued_stop or self._hyphen_tail(x, picked)):
                    break
                picked.append(x)
                x += 1
                if t.flags & POSSESSIVE:
                    break
            while picked and tokens[picked[-1]].norm in EN_PARTICLES:
                picked.pop()
            if not picked or self._en_org_run(picked):
                return None
            if len(picked) == 1 and not honorific and not self.bare_title(q):
                return None  # "Ambassador Huang", but not "the envoy Hamas"
            if self._headline(q):
                return None  # "Mexican Diplomat Urges Calm": every word is capitalised
        else:
            first = tokens[q]
            regnal = self.regnal_end(q)
            if regnal is not None:  # "البابا تواضروس الثاني"، "الملك تشارلز الثالث"
                return regnal, tokens[q].start, tokens[regnal].end
            if self.one_word_styled(q):  # "البابا فرنسيس إن"، "الشيخة حسينة إن"
                return q, tokens[q].start, tokens[q].end
            if (
                self.cover[q] != -1
                and first_covered
                and anchored
                and first.norm not in self.given_names
                and self.entity_word(q)
            ):  # "رئيسة الوزراء الفنلندية سانا مارين": an agency's name opens the name
                return self._ar_unknown(q, covered_first=True)
            if self.cover[q] != -1 and not (first_covered and first.norm in self.given_names):
                return None  # (a role word that is a given name: "سلطان")
            if first.norm not in self.given_names:
                return self._ar_unknown(q) if anchored else None
            if not self.definite_given_opens(q):
                return None  # "نظيره العربي الأوضاع"، "الوزير العربي الأبرز": an adjective
            if first.norm == "علي" and self.text[first.end - 1] == "ى":
                return None  # the preposition على
            words, x = 0, q
            while x < n and words < 4:
                t = tokens[x]
                if words == 1 and x > q and t.join and self._entity_word_last(x):
                    picked.append(x)  # "المبعوث الأمريكي روبرت مالي إن": a state's name ends
                    break  # a name that is one word without it
                if words == 1 and x == q + 1 and t.join and self._nisba_family(x):
                    picked.append(x)  # "وزير الإدارة المحلية الأردني وليد المصري إن"
                    break
                if x > q and (not t.join or (self.cover[x] != -1 and x not in self.soft)):
                    if not (t.join and self._abd_tail(x)):
                        break
                if x > q and not t.flags & ARABIC:
                    break  # "X Y 16 عاماً": a number or a Latin word ends an Arabic name
                if len(picked) >= 2 and self._ar_coordinated_suffixed(x):
                    break  # "X Y Z وإمهاله": "and" a noun with a suffixed pronoun
                if self._stop(t) and not self._name_particle(x, bool(picked)):
                    break
                if (
                    x > q
                    and t.norm.startswith(_AR_INNER_CLITICS)
                    and not self._ar_short_clitic_surname(x, q)
                ):
                    break
                if len(picked) >= 2 and self._ar_suffixed_complement(x):
                    break  # "X Y دعمه لترشيح": a stance noun with a suffixed pronoun
                if len(picked) >= 2 and self._ar_prep_masdar(x):
                    break  # "X Y بمواصلة التصعيد": a verbal noun after a preposition
                if len(picked) >= 2 and self._ar_accusative(x):
                    break  # "X Y اجتماعاً": an indefinite accusative noun, no name word
                if len(picked) >= 2 and self.accusative_pair(x):
                    break  # "X Y وفدا عسكريا": a noun and its nisba in the accusative
                if picked and self._ar_never_name_word(x):
                    break  # "X Y لديها"، "X Y احتجاجاً": a preposition or an adverb
                if picked and self._ar_year_word(x):
                    break  # "استقبلت X Y عام 1994": "in the year" and a number end the name
                if len(picked) >= 2 and self._ar_passive_verb(x):
                    break  # "X Y Z قُتل في": a verb the press marks as passive
                after_connect = tokens[x - 1].norm in AR_CONNECT  # "أسامة بن لادن"
                if words >= 2 and not after_connect and self._ar_verb_shape(x):
                    break  # "X Y سيلتقي"، "X Y يزور"، "X Y اتفق": the clause's verb
                if len(picked) >= 2 and not after_connect and self._ar_prep_construct(x):
                    break  # "أشاد الرئيس X Y بدور السلطان": a preposition's noun in construct
                if len(picked) >= 2 and not after_connect and self._ar_coordinated_word(x):
                    break  # "تسليم الرئيس المعزول X Y واثنين من معاونيه": "and ..."
                if (
                    len(picked) >= 2
                    and not after_connect
                    and not any(self.text.startswith("ال", tokens[i].start) for i in picked)
                    and self._noun_before_object(x)
                ):
                    break  # "أعلنت الوزيرة X Y طرد الدبلوماسيين": a verbal noun and its object
                if words >= 2 and t.norm in self.object_nouns:
                    break  # "أبلغ المبعوث X Y المجلس": the verb's object, not a name word
                if words >= 2 and self._after_east_asian_name(x):
                    break  # "لي جاي ميونغ المواطنين": no article in such a name
                if words >= 3 and self._definite_pair(x):
                    break  # "حسين إبراهيم طه الدول الأعضاء": a noun and its adjective
                if words >= 2 and not after_connect and self._ar_definite_masdar(x):
                    break  # "X Y الانسحاب من": a definite verbal noun, no family name
                if (
                    words >= 2
                    and not after_connect
                    and not self._definite_in(picked)
                    and self._ar_definite_plural(x)
                ):
                    break  # "بيتر سيارتو العقوبات": a foreign name, then a plural noun
                if (
                    words >= 2
                    and not after_connect
                    and not self._definite_in(picked)
                    and self._ar_definite_common(x)
                ):
                    break  # "لويس X الهجوم": a foreign name, then a common noun's shape
                if words >= 2 and not after_connect and self._ar_plural_construct(x):
                    break  # "X Y أعضاء الوفد": a broken plural in construct, no name word
                if (
                    words >= 2
                    and not after_connect
                    and not self._definite_in(picked)
                    and self.ta_construct(x)
                ):
                    break  # "أعلن الرئيس X Y حالة الطوارئ": a noun in ة in construct with a
                    # definite word is the verb's object, not a third name word
                if (
                    words >= 3
                    and not after_connect
                    and self._ar_ta_noun(x)
                    and not self._clause_ends(x + 1)
                ):
                    break  # "X Y Z برقية تهنئة": a noun in ة after three name words (a
                    # fourth name word in ة ends before إن/أن: "محمد طاهر عيسى سيالة إن")
                if words >= 2 and self._noun_with_nisba(x):
                    break  # "جان إيف لودريان التصريحات التركية": a noun and a state adjective
                picked.append(x)
                words += t.norm not in AR_CONNECT
                x += 1
                if t.norm in _AR_NAME_SUFFIX_WORDS and words >= 2:
                    break  # "أحمد داود أوغلو المعارضين": the Turkish "son of" ends the name
            while picked and tokens[picked[-1]].norm in AR_CONNECT:
                picked.pop()
            if sum(tokens[i].norm not in AR_CONNECT for i in picked) < 2:
                return None
        last = picked[-1]
        end = tokens[last].end - possessive_len(tokens[last])
        if tokens[last].norm in _SUFFIXES and self.text[end : end + 1] == ".":
            end += 1  # "Ferdinand Marcos Jr."
        return last, tokens[q].start, end

    def soft_given(self, x: int) -> bool:
        """English: token ``x`` is a state's name read only when no unknown capitalised word
        is next to it (``soft``, stoplist not_name_adjacent) and an unknown capitalised word
        follows it: a given name before a family name ("Jordan Rodas", "Chad Wolf"), a
        person, not the state (S10-H9)."""
        tokens = self.tokens
        if x not in self.soft or x + 1 >= len(tokens):
            return False
        nxt = tokens[x + 1]
        return (
            nxt.join
            and self.cover[x + 1] == -1
            and is_cap(nxt)
            and nxt.norm not in self.stop
            and nxt.norm not in self.org_words
            and not tokens[x].flags & POSSESSIVE
        )

    def _en_nickname(self, x: int) -> int | None:
        """English: tokens from ``x`` are a quoted nickname of one or two capitalised words
        inside a name ('Jimmy "Barbecue" Cherizier'); the token of the family name after
        it, or None (S9-R3)."""
        tokens, n = self.tokens, len(self.tokens)
        if self.text[tokens[x - 1].end : tokens[x].start] not in _EN_NICK_OPEN:
            return None
        for y in range(x + 1, min(x + 3, n)):
            if not is_cap(tokens[y - 1]) or (self.cover[y - 1] != -1 and y - 1 not in self.soft):
                return None
            gap = self.text[tokens[y - 1].end : tokens[y].start]
            if gap in _EN_NICK_CLOSE:
                last = tokens[y]
                if not is_cap(last) or last.norm in self.stop:
                    return None
                return y if self.cover[y] == -1 or y in self.soft else None
            if not tokens[y].join:
                return None
        return None

    def _en_org_run(self, picked: list[int]) -> bool:
        """English: the capitalised run ``picked`` (or the capitalised word glued right
        after it) holds an organisation word ("the National Assembly", "United Malays
        National Organisation", "National Security Council"): an organisation's name, no
        person's.  Over a one-word run the next three glued capitalised words count, known
        or not ("Syria's Atomic Energy Commission": no person called Atomic, S15-NAMES)."""
        tokens, n = self.tokens, len(self.tokens)
        last = picked[-1]
        words = [tokens[x].norm.rstrip(".") for x in picked]
        ahead = 3 if len(picked) == 1 else 1
        y = last + 1
        while y < n and y <= last + ahead and tokens[y].join and is_cap(tokens[y]):
            words.append(tokens[y].norm.rstrip("."))
            y += 1
        return any(w in self.org_words for w in words)

    def _inner_honorific(self, x: int) -> bool:
        """English: an honorific word inside a name run, between two unknown capitalised
        words ("Hassan Sheikh Mohamud"): a name word there, not a new title."""
        k = self.cover[x]
        if k < 0 or x + 1 >= len(self.tokens):
            return False
        a = self.atoms[k]
        nxt = self.tokens[x + 1]
        return (
            a.j - a.i == 1
            and a.info.honorific
            and not a.info.entity
            and self.cover[x + 1] == -1
            and nxt.join
            and is_cap(nxt)
        )

    def _surname_month(self, x: int, q: int) -> bool:
        """English: a month that is also a family name ("Theresa May") continues a
        capitalised name run, unless a day or year follows it ("Macron May 5")."""
        tokens = self.tokens
        if x <= q or tokens[x].norm not in NAME_MONTHS or not is_cap(tokens[x]):
            return False
        nxt = tokens[x + 1].norm if x + 1 < len(tokens) and tokens[x + 1].join else ""
        return not nxt[:1].isdigit()

    def _ar_after_verb(
        self,
        picked: list[int],
        *,
        honorific: bool = False,
        foreign_lead: bool = False,
        clause_start: bool = False,
    ) -> bool:
        """Arabic: two or three words no gazetteer phrase covers, right after a function
        word or speech verb of the stop list ("وقال X Y <title>") and right before the
        title, none of them a definite noun, a noun in ة or a connector: a name the
        given-name list lacks (transliterated foreign names).  ``honorific``: right after
        a one-word honorific instead ("السيد ألبير باهيمي باداكيه رئيس الوزراء", S12-ENT).
        ``foreign_lead``: one or two such words that open a name before a known given name
        ("وأكد أمادو عبد الرحمن وزير ..."، S15-NAMES).  The last word may end in يه, a
        French -é or -ier ("سانغاريه"، S15-NAMES).  ``clause_start``: the words open the
        text, or follow a dateline's dash or a full stop (the caller has seen a speech verb
        right after the title: "بغداد - X Y وزير الخارجية العراقي قال إن"، S15-NAMES)."""
        if not (1 if foreign_lead else 2) <= len(picked) <= (2 if foreign_lead else 3):
            return False
        if picked[0] == 0:
            return False
        prev = self.tokens[picked[0] - 1]
        if clause_start:
            gap = self.text[prev.end : self.tokens[picked[0]].start].strip()
            if gap not in ("-", "–", "—", ".", ":"):
                return False
        elif honorific:
            k = self.cover[picked[0] - 1]
            a = self.atoms[k] if k >= 0 else None
            if a is None or a.j - a.i != 1 or not a.info.honorific or a.info.entity:
                return False
        elif self.cover[picked[0] - 1] != -1 or not (
            self._stop(prev) or self._ar_speech_verb(prev)
        ):
            return False  # (a speech verb outside the stop list too: "وأفاد X Y مساعد ...")
        if prev.norm in _AR_COMP_PRONOUNS:
            return False  # "أنها قررت استدعاء سفير X": a verb after the pronoun, no name
        if prev.norm in _AR_PLACE_PREPS:
            return False  # "السفارة في كيتو واعتقلت نائب الرئيس": a place, then a verb
        for x in picked[1:]:
            raw = self.text[self.tokens[x].start : self.tokens[x].end]
            if raw.startswith(("وا", "وأ", "وإ")) and len(raw) >= 5:
                return False  # "... واعتقلت": "and" a verb, no name word
        for x in picked:
            tok = self.tokens[x]
            raw = self.text[tok.start : tok.end]
            foreign_ha = (
                (honorific or (x == picked[-1] and x != picked[0] and len(raw) >= 6))
                and raw.endswith("يه")
                and tok.norm not in _AR_PREP_PRONOUNS_WIDE
            )
            if x == picked[-1] and x != picked[0] and self._ar_family_name(x):
                continue  # "وقال ماهر الحجار رئيس ...": a definite family name ends it
            if not honorific and self._ar_noun_shape(x):
                return False  # "وأكد دعم تحركات وزير ..."، "وأوضح تقرير حقوقي وزير ..."
            if (
                not tok.flags & ARABIC
                or raw.startswith(("ال", *_AR_ARTICLE_CLITICS))
                or (raw.endswith(("ة", "ه")) and not foreign_ha)  # (not "باداكيه", Padacké)
                or tok.norm in AR_CONNECT
                or self._stop(tok)
            ):
                return False
        return True

    def _ar_noun_shape(self, x: int) -> bool:
        """Arabic: token ``x`` (no given name) has a common noun's shape, never a bare name
        word's after a verb: a feminine plural in ات ("تحركات"، "تصريحات"), a verbal noun
        تفعيل ("تقرير"، "تشكيل"، "تعيين") or an object noun of ``cues.tsv`` ("محادثات")
        (S15-NAMES)."""
        tok = self.tokens[x]
        raw = self.text[tok.start : tok.end]
        if tok.norm in self.given_names:
            return False
        return (
            (len(raw) >= 5 and raw.endswith("ات"))
            or (len(raw) == 5 and raw[0] == "ت" and raw[3] == "ي")
            or tok.norm in self.object_nouns
        )

    def _ar_speech_verb(self, tok: Token) -> bool:
        """Arabic: ``tok`` reads as a speech verb of ``data/cues.tsv`` (cue=speech), with its
        proclitic: "وأفاد"، "وأوضحت"، "فيما أكد" (S15-NAMES)."""
        speech = self.g.speech_words.get("ar", frozenset())
        return bool(tok.flags & ARABIC) and not speech.isdisjoint(stems(tok))

    def _ar_family_name(self, x: int) -> bool:
        """Arabic: token ``x`` is a definite word no phrase covers that can be an Arab family
        name ("الحجار"، "الشامي"، "الجبوري"): the article and at least three letters after
        it, no ة/ه/ات ending, no verbal noun, common noun or plural shape
        (:meth:`_ar_definite_common`, :meth:`_ar_definite_masdar`), no function word and no
        object noun of ``cues.tsv`` (S15-NAMES)."""
        tok = self.tokens[x]
        raw = self.text[tok.start : tok.end]
        return (
            self.cover[x] == -1
            and tok.join
            and bool(tok.flags & ARABIC)
            and raw.startswith("ال")
            and len(raw) >= 5
            and not raw.endswith(("ة", "ه", "ات"))
            and "\u064b" not in raw
            and not self._stop(tok)
            and tok.norm not in self.object_nouns
            and tok.norm not in _AR_COMPOUND_TAILS
            and not self._ar_definite_common(x)
            and not self._ar_definite_masdar(x)
        )

    def _hyphen_tail(self, x: int, picked: list[int], *, glued_stop: bool = False) -> bool:
        """True when token ``x`` is the lower-case second half of a hyphenated name word
        ("Lee Jae-myung", "Moon Jae-in"): glued by a hyphen to a picked capitalised word.
        ``glued_stop``: only a function word so glued ("-in" of "Moon Jae-in") that no
        further word of the name run follows ("Jae-in said"), which ends no name."""
        if not picked or picked[-1] != x - 1:
            return False
        prev, tok = self.tokens[x - 1], self.tokens[x]
        glued = (
            is_cap(prev)
            and tok.start == prev.end + 1
            and self.text[prev.end] == "-"
            and tok.norm.isalpha()
            and not self.text[tok.start].isupper()
        )
        if glued_stop:
            return (
                glued
                and tok.norm in self.stop
                and len(picked) >= 2
                and (tok.end >= len(self.text) or not self.text[tok.end].isalnum())
            )
        return glued and tok.norm not in self.stop

    # -- names the given-name list does not know (issue #3) ---------------------------

    def _headline(self, q: int) -> bool:
        """True when token ``q`` is on a title-cased line with no final full stop (a
        headline: "Guyanese President Warns Venezuela Over Border"), where capitals do not
        mark names."""
        start = self.tokens[q].start
        lo = self.text.rfind("\n", 0, start) + 1
        hi = self.text.find("\n", start)
        line = self.text[lo : hi if hi >= 0 else len(self.text)].strip()
        if line.endswith((".", '"', "\u201d")):
            return False
        words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
        return len(words) >= 4 and all(w[0].isupper() for w in words)

    def _en_appositive_start(self, first_tok: int, pos: int, loose: bool) -> int:
        """The first token of an English appositive title: over "a"/"an"/"the" (and, when
        ``loose``, up to three lower-case words between it and the title)."""
        tokens, t = self.tokens, first_tok - 1
        if loose:
            while (
                t > first_tok - 4
                and t >= pos
                and (
                    self.cover[t] == -1
                    or self.demonym_at(t) is not None
                    or self.modifier_at(t)  # "a former state minister"
                )
                and (tokens[t].join or self._comma_opens(t))
                and tokens[t].norm not in self.stop
                and (
                    not is_cap(tokens[t])
                    or (t == first_tok - 1 and tokens[t].norm not in self.org_words)
                    or self.cover[t] != -1  # "Jane Doe, the Swedish climate activist"
                )  # "Jane Doe, the Acme executive": one unknown capitalised word, no body
            ):
                t -= 1
                if not tokens[t + 1].join:
                    # "Jane Doe, foreign affairs adviser to ...": lower-case portfolio words
                    # right after the comma open the apposition (S15-NAMES)
                    return t + 1 if self._lower_run(t + 1, first_tok) else first_tok
        if t >= pos and self.cover[t] == -1 and tokens[t].norm in ("a", "an", "the", "then", "its"):
            return t  # ("Jane Doe, then Britain's foreign secretary,": a past title, S11-R2)
        return first_tok

    def _comma_opens(self, x: int) -> bool:
        """English: token ``x`` follows a comma ("Jane Doe, foreign affairs adviser")."""
        return x > 0 and self.text[self.tokens[x - 1].end : self.tokens[x].start].strip() == ","

    def _lower_run(self, i: int, j: int) -> bool:
        """English: tokens ``[i, j)`` are lower-case words that no phrase covers, none a
        function word (a portfolio: "foreign affairs", "culture and information" aside)."""
        return all(
            self.cover[x] == -1
            and self.tokens[x].norm.isalpha()
            and self.tokens[x].norm not in self.stop
            and not is_cap(self.tokens[x])
            for x in range(i, j)
        )

    def modifier_at(self, x: int) -> bool:
        """Token ``x`` is, alone, a title modifier ("former", "senior": roles.tsv)."""
        k = self.cover[x]
        if k < 0:
            return False
        a = self.atoms[k]
        return a.i == x and a.j == x + 1 and a.info.modifier is not None and not a.info.entity

    def demonym_at(self, x: int) -> str | None:
        """English: the state key of a one-word demonym at token ``x`` ("Swedish"), or
        None."""
        k = self.cover[x]
        if self.lang != "en" or k < 0:
            return None
        a = self.atoms[k]
        if a.i != x or a.j != x + 1 or not a.forms:
            return None
        if not all(f.kind == "demonym" and f.etype == "State" for f in a.forms):
            return None
        return a.forms[0].target

    def entity_word(self, x: int) -> bool:
        """Arabic: token ``x`` is, alone and with no proclitic, the name of a state,
        organisation or place (no person, title or honorific): a word that foreign names
        share ("سانا" SANA, "مالي" Mali), which can be a word of an unknown name."""
        k = self.cover[x]
        if k < 0:
            return False
        a = self.atoms[k]
        if a.i != x or a.j != x + 1 or a.cut or not a.info.entity:
            return False
        if a.info.role is not None or a.info.honorific or a.info.modifier is not None:
            return False
        return all(f.etype not in ("Person", "") and f.kind != "nisba" for f in a.forms)

    def _entity_word_last(self, x: int) -> bool:
        """Arabic: token ``x`` (:meth:`entity_word`) is the last word of a name whose first
        word is a given name, when a clear boundary follows it (a function word or cue verb,
        punctuation, the end of the text): "روبرت مالي إن"."""
        if not self.entity_word(x):
            return False
        tokens, n = self.tokens, len(self.tokens)
        return x + 1 >= n or not tokens[x + 1].join or self._stop(tokens[x + 1])

    def definite_given_opens(self, q: int) -> bool:
        """Arabic: whether token ``q``, when it is a given name with the article
        (``given_names.tsv``: "الطاهر"، "الصادق"، "العربي"), opens a name: a bare name word
        must follow it ("الطاهر الباعور"، "المختار ولد أجاي"), not a common
        noun's or an adjective's shape ("الأوضاع"، "الأبرز"، "التعاون"), a verbal noun, a
        noun with a state's nisba, a given name without the article (the title's
        complement ends there: "شيخ الأزهر الشريف أحمد الطيب"), a function word or
        punctuation. A given name in the
        shape of a nisba ("العربي"، "الهاشمي") is also an adjective agreeing with the
        title before it ("نظيره العربي"): a definite word after it is no name word.
        Any other token opens a name as before (True)."""
        tokens, n = self.tokens, len(self.tokens)
        tok = tokens[q]
        raw = self.text[tok.start : tok.end]
        if not raw.startswith("ال") or tok.norm not in self.given_names:
            return True
        x = q + 1
        if x >= n or not tokens[x].join or not tokens[x].flags & ARABIC:
            return False
        if (self.cover[x] != -1 and x not in self.soft) or self._stop(tokens[x]):
            return False
        nxt = tokens[x]
        nraw = self.text[nxt.start : nxt.end]
        if "\u064b" in nraw or nxt.norm in _AR_PREP_PRONOUNS_WIDE:
            return False
        if nxt.norm in self.given_names and not nraw.startswith("ال"):
            return False  # "شيخ الأزهر الشريف أحمد الطيب": the name opens after it
        if not nraw.startswith("ال") or nxt.norm in self.given_names:
            return True
        if raw.endswith("ي") or (len(nraw) == 6 and nraw[2] == "أ"):
            return False  # a nisba adjective, or an elative after it ("الأبرز"، "الأكبر")
        return not (
            self._ar_definite_common(x)
            or self._ar_definite_plural(x)
            or self._ar_definite_masdar(x)
            or self._noun_with_nisba(x)
            or self._definite_pair(x)
            or nxt.norm in self.object_nouns
        )

    def _ar_unknown(self, q: int, *, covered_first: bool = False) -> tuple[int, int, int] | None:
        """An Arabic name starting at ``q`` whose first word is no known given name.

        Transliterated foreign names ("تيم ليندركينغ", "أليسيا بارسينا") and
        names missing from ``given_names.tsv``: two to four words, none a
        function word, a definite noun or a known phrase, that run up to a
        boundary (a function word or cue verb from the stop list, punctuation,
        a noun in ة, the end of the text).  A run that ends against anything else (a
        gazetteer phrase, a definite noun, a fifth word) is not taken: without
        a known given name, only a clear boundary says where the name ends.
        """
        tokens, n = self.tokens, len(self.tokens)
        if self._ar_coordinated_verb(q):
            return None  # "سفير كينيا ويغلق قنصليتين": "and" a verb, no name
        if self._ar_defective_imperfect(q):
            return None  # "رئيس الوزراء يحظى بدعم": a verb, no name
        if tokens[q].norm in _AR_PREP_PRONOUNS_WIDE:
            return None  # "السفير التركي لديها احتجاجاً": a preposition with a pronoun
        if self._ar_prep_listed_masdar(tokens[q].norm):
            return None  # "هدد الرئيس الأمريكي بفرض رسوم": a verbal noun, the title's object
        if self._ar_purpose_masdar(q):
            return None  # "استدعت القائم بالأعمال X لإبلاغه احتجاجها": "to tell him", no name
        picked: list[int] = []
        x = q
        in_ha = False  # a word in ه taken as a name word: only a clear boundary may end it
        # four name words; a link inside a compound or a lineage (عبد، بن، أبو) is no word of
        # its own ("رمضان محمد عبد الله غوك": four words, five tokens)
        while x < n and sum(tokens[i].norm not in AR_CONNECT for i in picked) < 4:
            t = tokens[x]
            if x > q and not t.join:
                break
            if len(picked) >= 2 and self._noun_with_nisba(x):
                break  # "X Y التصريحات الروسية": a noun and a state adjective end the name
            if len(picked) >= 2 and (self._ar_accusative(x) or self._ar_passive_verb(x)):
                break  # "X Y استقبالاً"، "X Y قُتل": an accusative noun or a passive verb
            if picked and t.norm in self.object_nouns:
                break  # "أبلغ المبعوث X Y المجلس": the verb's object ends the name
            if picked and self._ar_year_word(x):
                break  # "استقبلت X Y عام 1994": "in the year" and a number end the name
            if len(picked) >= 2 and (self._definite_pair(x) or self._ar_definite_masdar(x)):
                break  # "X Y العقوبات الأوروبية"، "X Y الاتفاق": a definite noun after the name
            if len(picked) == 2 and (self._ar_definite_common(x) or self._ar_plural_construct(x)):
                break  # "X Y الهجوم"، "X Y أعضاء الوفد": a common noun's shape, no name word
                # (after three unknown words the third may be a noun: "X Y نص الإعلان")
            if picked and t.norm in _AR_PREP_PRONOUNS_WIDE:
                return None  # "شخصا غير مرغوب فيه": no clear boundary, no name before it
            if picked and "\u064b" in self.text[t.start : t.end]:
                break  # "X احتجاجاً": an accusative adverb is never a name word
            if self._ar_family_ta(x, picked):
                picked.append(x)  # "وزير الخارجية الأردني معن الطراونة إن"
                x += 1
                break
            particle = self._name_particle(x, bool(picked)) or (
                x == q and self._ar_foreign_opener(q)
            )
            covered = self.cover[x] != -1 and not (covered_first and x == q)
            if covered or (self._stop(t) and not particle) or not t.flags & ARABIC:
                break
            raw = self.text[t.start : t.end]
            # "محيي الدين"، "شمس الدين عبد الله": a compound given name's definite half
            compound = t.norm in _AR_COMPOUND_TAILS and (
                len(picked) == 1 or tokens[x - 1].norm in AR_CONNECT
            )
            if len(picked) >= 2 and tokens[x - 1].norm == "عبد" and not compound:
                # "أمادو عبد الرحمن إن": عبد and the divine name after it end the name
                compound = x + 1 >= n or not tokens[x + 1].join or self._stop(tokens[x + 1])
            clitics = _AR_INNER_CLITICS if picked else _AR_ARTICLE_CLITICS
            inner_connect = bool(picked) and self._connects(x)  # "X عبد الله"، "X بن Y"
            if self._ar_family_nisba(x, picked):
                picked.append(x)  # "رئيس المجلس الانتقالي الجنوبي عيدروس الزبيدي إن"
                x += 1
                break
            if (raw.startswith(("ال", *clitics)) and not compound) or (
                t.norm in AR_CONNECT and not inner_connect and not (x == q and particle)
            ):
                return None  # a definite noun (not "أليسيا", with hamza) or a bare connector
            if (
                raw.endswith(("ة", "ه"))
                and not raw.endswith(_AR_NAME_ENDINGS_IN_HA)
                and t.norm not in self.given_names
                and not compound
                and not self._foreign_name_word(x)
                and not (not picked and self._ta_opens_name(x))
                and not (picked and self._ha_name_last(x))
            ):
                # a word in ة or with a suffixed pronoun (not "شوفالييه", Chevalier) is a
                # common noun: after two name words it ends the name ("X Y حالة الطوارئ")
                if len(picked) >= 2 and raw.endswith("ة"):
                    break
                if not (len(picked) == 1 and raw.endswith("ة") and self.ends_clearly(x + 1)):
                    return None
                # "ليئور حياة إن": a family name in ة, last before a function word
            in_ha = in_ha or (
                raw.endswith("ه")
                and not raw.endswith(_AR_NAME_ENDINGS_IN_HA)
                and t.norm not in self.given_names
                and not compound
            )
            picked.append(x)
            x += 1
        if len(picked) < 2:
            return None
        if tokens[q].norm in AR_CONNECT or self._stop(tokens[q]):
            if not self.ends_clearly(x):
                return None  # "بان هناك فرصة": بان opens a name only up to a clear boundary
        coordinated = x < n and tokens[x].join and self._ar_coordinated_suffixed(x)
        if in_ha and not coordinated and not self.ends_clearly(x):
            return None  # "دعمه لقطاع الطاقة": a noun with a suffixed pronoun, not a name
        if (
            x < n
            and tokens[x].join
            and not self._stop(tokens[x])
            and not tokens[x].norm[:1].isdigit()  # "X Y 48 ساعة": a number ends the name
            and not self._coordinated(x)
            and not coordinated
            and not self._noun_with_nisba(x)
            and tokens[x].norm not in self.object_nouns
            and not self._ar_accusative(x)
            and not self._ar_passive_verb(x)
            and not self._definite_pair(x)
            and not self._ar_definite_masdar(x)
            and not (len(picked) == 2 and self._ar_definite_common(x))
            and not (len(picked) == 2 and self._ar_plural_construct(x))
        ):
            nxt = self.text[tokens[x].start : tokens[x].end]
            ta_noun = nxt.endswith("ة") and (
                self.cover[x] == -1 or not self.atoms[self.cover[x]].info.entity
            )  # (also a title word in ة: "X Y مساعدة دولية")
            if not ta_noun and not self._object_after(x) and not self._title_at(x):
                return None  # no clear boundary after the name (a noun in ة is one)
        last = picked[-1]
        return last, tokens[q].start, tokens[last].end

    def _ar_family_nisba(self, x: int, picked: list[int]) -> bool:
        """Arabic: token ``x`` is a family name in the shape of a nisba ("الزبيدي"،
        "الخنبشي") after one unknown first name, and a clear boundary (a function word,
        punctuation, the end) follows it: the last word of a name the given-name list
        lacks. A state's nisba or any phrase is covered and never one (S12-ENT)."""
        if len(picked) != 1 or self.cover[x] != -1:
            return False
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        if not raw.startswith("ال") or not raw.endswith("ي") or len(raw) < 6:
            return False
        if "\u064b" in raw or t.norm in self.given_names:
            return False
        first = self.text[self.tokens[picked[0]].start : self.tokens[picked[0]].end]
        if first.endswith(("ة", "ه")) or first.startswith(("ال", "و", "ف", "ب", "ل")):
            return False  # ("حالة الطوارئ الحالي"، "ولقاء الرئيسي": a noun, no name)
        return self.ends_clearly(x + 1)

    def _ar_family_ta(self, x: int, picked: list[int]) -> bool:
        """Arabic: token ``x`` is a definite family name in the tribal plural فعاعلة
        ("الخصاونة"، "الطراونة"، "البطاينة"، "المعايطة") after one unknown first name,
        and إن/أن, punctuation or the end closes the phrase right after it: the speaker's
        name the given-name list lacks. The word may be a known person's surname alone
        (another Khasawneh than the gazetteer's); any other phrase, a body noun or a first
        word in the shape of a noun (ة/ه, the article, a clitic, تفعيل) is none."""
        if len(picked) != 1 or (self.cover[x] != -1 and x not in self.soft):
            return False
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        if not raw.startswith("ال") or not raw.endswith("ة") or len(raw) != 8 or raw[4] != "ا":
            return False  # the tribal plural فعاعلة only (not "الزيارة"، "الحكومة")
        if t.norm in self.object_nouns or t.norm in self.given_names:
            return False
        first = self.text[self.tokens[picked[0]].start : self.tokens[picked[0]].end]
        if first.endswith(("ة", "ه")) or first.startswith(("ال", "و", "ف", "ب", "ل")):
            return False
        if len(first) == 5 and first[0] == "ت" and first[3] == "ي":
            return False  # a verbal noun تفعيل ("تعزيز المشاركة"), no given name
        if self._stop(self.tokens[picked[0]]) or self.cover[picked[0]] != -1:
            return False
        return self._clause_ends(x + 1)

    def _abd_tail(self, x: int) -> bool:
        """Arabic: token ``x`` is the definite half of a name in عبد ("معين عبد الملك",
        "عبد الرحمن"), which the gazetteer reads as a title or a word of its own: after
        عبد, one definite word read as a one-word phrase is a name word (S12-ENT)."""
        if x == 0 or self.tokens[x - 1].norm != "عبد" or not self.tokens[x].norm.startswith("ال"):
            return False
        k = self.cover[x]
        return k == -1 or (self.atoms[k].i == x and self.atoms[k].j == x + 1)

    def _clause_ends(self, x: int) -> bool:
        """Arabic: token ``x`` closes the speaker's noun phrase: the end of the text,
        punctuation before it, or the complementiser إن/أن of a speech verb (no preposition:
        "X Y Z برقية إلى" is a noun and its complement)."""
        tokens = self.tokens
        return x >= len(tokens) or not tokens[x].join or tokens[x].norm in _AR_THAT

    def ends_clearly(self, x: int) -> bool:
        """Arabic: token ``x`` ends a name run clearly: the end of the text, punctuation
        before it, or a function word (``إن``، ``أن``، ``على``)."""
        tokens = self.tokens
        if x < len(tokens) and tokens[x].norm[:1].isdigit():
            return True  # "X Y 48 ساعة": a number
        return x >= len(tokens) or not tokens[x].join or self._stop(tokens[x])

    def _name_particle(self, x: int, inside: bool) -> bool:
        """True when token ``x`` is the particle فان (van), which folds like فإن, inside a
        name run (``inside``) and right before another bare name word ("كاريل فان أوستروم")."""
        tokens = self.tokens
        if not inside or x + 1 >= len(tokens) or not tokens[x + 1].join:
            return False
        if self.text[tokens[x].start : tokens[x].end] != "فان":
            return False
        nxt = tokens[x + 1]
        raw = self.text[nxt.start : nxt.end]
        return (
            self.cover[x + 1] == -1
            and bool(nxt.flags & ARABIC)
            and not raw.startswith("ال")
            and not self._stop(nxt)
        )

    def _ar_foreign_opener(self, q: int) -> bool:
        """Arabic: token ``q``, right after an anchored title, is "بان" (Ban, written without
        the hamza of بأن "that") or "بن" (Ben, not the connector "son of") opening a
        transliterated name ("الأمين العام السابق بان كي مون"، "وزير الدفاع بن والاس"): the
        next word is a bare name word no phrase covers (no article, no function word); the
        run must still end at a clear boundary (:meth:`_ar_unknown`), so "بان الوضع"،
        "بان بلاده"، "بان واشنطن" stay the complementiser."""
        tokens = self.tokens
        if q + 1 >= len(tokens) or not tokens[q + 1].join or self.cover[q + 1] != -1:
            return False
        if self.text[tokens[q].start : tokens[q].end] not in _AR_FOREIGN_OPENERS:
            return False
        nxt = tokens[q + 1]
        raw = self.text[nxt.start : nxt.end]
        return (
            bool(nxt.flags & ARABIC)
            and not raw.startswith(("ال", *_AR_ARTICLE_CLITICS))
            and not raw.endswith(("ه", "ة"))
            and not self._stop(nxt)
            and nxt.norm not in AR_CONNECT
            and nxt.norm not in self.object_nouns
        )

    def _connects(self, x: int) -> bool:
        """True when the connector at token ``x`` (عبد، بن، أبو) is followed by a bare
        word no phrase covers, which continues the name."""
        tokens = self.tokens
        if x + 1 >= len(tokens) or not tokens[x + 1].join or self.cover[x + 1] != -1:
            return False
        nxt = tokens[x + 1]
        return bool(nxt.flags & ARABIC) and not self._stop(nxt) and nxt.norm not in AR_CONNECT

    def _foreign_name_word(self, x: int) -> bool:
        """True when token ``x``, in ه, is a word of a transliterated name before its last
        ("ميته فريدريكسن"، "فوبكه هوكسترا"، "لارس لوكه راسموسن"): the next word is a bare
        name word (no article, no ة or ه, no function word); the run must still end at a
        clear boundary (:meth:`_ar_unknown`), so a noun with a suffixed pronoun ("موقفه
        الثابت"، "دعمه لقطاع غزة") does not pass."""
        tokens, n = self.tokens, len(self.tokens)
        if x + 2 > n or not tokens[x + 1].join:
            return False
        if self.text[tokens[x].start : tokens[x].end].endswith("ة"):
            return False
        nxt = tokens[x + 1]
        raw = self.text[nxt.start : nxt.end]
        return not (
            self.cover[x + 1] != -1
            or not nxt.flags & ARABIC
            or raw.startswith(("ال", *_AR_ARTICLE_CLITICS))
            or raw.endswith(("ة", "ه"))
            or self._stop(nxt)
        )

    def _title_at(self, x: int) -> bool:
        """True when a title with no proclitic starts at token ``x`` ("X Y رئيس جمهورية
        زيمبابوي"): a title apposed to the name ends it."""
        k = self.cover[x]
        if k < 0:
            return False
        a = self.atoms[k]
        return a.i == x and not a.cut and a.info.role is not None and not a.info.entity

    def _object_after(self, x: int) -> bool:
        """True when a known state, place or organisation with no proclitic starts at token
        ``x``, right after a name run: the verb's object ("غادر الرئيس السريلانكي X Y جزر
        المالديف"), which ends the name as a boundary does."""
        k = self.cover[x]
        if k < 0:
            return False
        a = self.atoms[k]
        if a.i != x or a.cut or not a.info.entity or a.info.role is not None:
            return False
        if a.info.honorific or a.info.surname_only:
            return False
        return all(
            f.etype in ("State", "Place", "Organization") and f.kind not in ("role", "nisba")
            for f in a.forms
        )

    def _ta_opens_name(self, x: int) -> bool:
        """Arabic: token ``x``, a word in ة right after a title, opens a foreign name
        ("وزيرة الخارجية البلجيكية حجة لحبيب إن"): one to three bare name words follow it,
        then what is said (إن، أن، بأن) or a comma.  A noun in ة there (an
        adverb, "بشدة"، "صراحة") is followed by no such bare word and boundary."""
        tokens, n = self.tokens, len(self.tokens)
        y = x
        while y + 1 < n and y - x < 3 and tokens[y + 1].join and self._foreign_name_word_next(y):
            y += 1
        if y == x or y + 1 >= n:
            return False
        if self.text[tokens[x + 1].start : tokens[x + 1].end].endswith("ى"):
            return False  # "مرة أخرى"، "أهمية كبرى": a feminine adjective agrees with the noun
        nxt = tokens[y + 1]
        if not nxt.join:
            return self.text[tokens[y].end : nxt.start].strip()[:1] in (",", "،")
        if self._ar_suffixed_complement(y + 1):
            return True  # "رئيس مجلس النواب عقيلة صالح رفضه أي اتفاق": a stance noun follows
        return self.text[nxt.start : nxt.end] in ("إن", "أن", "بأن")

    def _foreign_name_word_next(self, x: int) -> bool:
        """True when the token after ``x`` is a bare name word: no phrase covers it, Arabic
        script, no article or proclitic, not in ة or ه, no function word."""
        nxt = self.tokens[x + 1]
        raw = self.text[nxt.start : nxt.end]
        return not (
            self.cover[x + 1] != -1
            or not nxt.flags & ARABIC
            or raw.startswith(("ال", *_AR_ARTICLE_CLITICS))
            or raw.endswith(("ة", "ه"))
            or self._stop(nxt)
        )

    def _opens_compound(self, picked: list[int]) -> bool:
        """Arabic: the first picked word is عبد or أبو (folded ابو) and opens a compound
        given name with the next picked word, which a third one follows ("عبد الرحيم
        الشامي"، "أبو بكر حسين المتحدث ..."): the connector is the name's first half, not a
        link to drop (S15-NAMES)."""
        if len(picked) < 3 or self.tokens[picked[0]].norm not in _AR_COMPOUND_OPENERS:
            return False
        first, nxt = self.tokens[picked[0]], self.tokens[picked[1]]
        return (
            picked[1] == picked[0] + 1
            and first.join
            and bool(nxt.flags & ARABIC)
            and nxt.norm not in AR_CONNECT
            and not self._stop(nxt)
        )

    def _lineage_tail(self, x: int) -> bool:
        """Arabic: token ``x`` follows "بن"/"ابن" right after a name the gazetteer read
        ("محمد بن سلمان بن عبدالعزيز آل سعود", "تميم بن حمد بن خليفة آل ثاني"): the words
        from ``x`` on are that person's longer lineage, not another person's name."""
        j = x - 1
        if j < 1 or self.tokens[j].norm not in ("بن", "ابن") or not self.tokens[j].join:
            return False
        return self.cover[j - 1] != -1 and self.tokens[x].join

    def _definite_pair(self, x: int) -> bool:
        """True when token ``x`` and the next one are definite words no gazetteer phrase
        covers ("الدول الأعضاء", "القوات المسلحة"): a noun phrase, not a name's last word."""
        tokens, n = self.tokens, len(self.tokens)
        if x + 1 >= n or not tokens[x + 1].join:
            return False
        return all(
            self.cover[i] == -1 and self.text[tokens[i].start : tokens[i].end].startswith("ال")
            for i in (x, x + 1)
        )

    def _noun_with_nisba(self, x: int) -> bool:
        """True when token ``x`` is a definite word no phrase covers and the next one a
        state's nisba ("التصريحات التركية"، "القوات الروسية"): a noun phrase after the name."""
        tokens, n = self.tokens, len(self.tokens)
        if x + 1 >= n or not tokens[x + 1].join or self.cover[x] != -1:
            return False
        if not self.text[tokens[x].start : tokens[x].end].startswith("ال"):
            return False
        k = self.cover[x + 1]
        if k < 0:
            return False
        a = self.atoms[k]
        return a.i == x + 1 and not a.cut and any(f.kind == "nisba" for f in a.forms)

    def _ar_prep_masdar(self, x: int) -> bool:
        """True when token ``x`` is a preposition ب/ل glued to a verbal noun ("بمواصلة",
        "لتعزيز", "بإجراء"): no name word.  A word of four letters right before a
        function word or punctuation is a family name ("X Y لملس إن"): a derived verbal
        noun after ب/ل is longer, and takes an object or complement."""
        tokens = self.tokens
        raw = self.text[tokens[x].start : tokens[x].end]
        if self._ar_prep_listed_masdar(tokens[x].norm):
            return True  # "بفرض رسوم"، "لوقف الحرب"، "باستئناف الحوار" (cues.tsv, masdar)
        if not raw.startswith(_AR_PREP_MASDAR):
            return False
        if len(raw) <= 4 and "\u0629" not in raw:
            nxt = tokens[x + 1] if x + 1 < len(tokens) else None
            if nxt is None or not nxt.join or self._stop(nxt):
                return False
        return True

    def _ar_prep_listed_masdar(self, norm: str) -> bool:
        """True when the normalised word ``norm`` is ب/ل (after an optional و) glued to a
        verbal noun of ``cues.tsv`` (cue=masdar: "فرض"، "وقف"، "استئناف"), whose shape
        :meth:`_ar_prep_masdar` cannot tell from a name's."""
        listed = self.g.masdar_words.get("ar", frozenset())
        for glued in ("وب", "ول", "ب", "ل"):
            if norm.startswith(glued) and norm[len(glued) :] in listed:
                return True
        return False

    def _ar_passive_verb(self, x: int) -> bool:
        """True when token ``x`` carries a damma on its first letter, or on the one after a
        glued و/ف ("قُتل"، "أُفرج"، "عُيّن"، "وأُصيب"): the vowel the press writes to mark a
        passive verb, which no transliterated name word carries (S10-R2-H3)."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        k = 2 if raw[:1] in "وف" and len(raw) > 3 else 1
        return raw[k : k + 1] == "\u064f"

    def _ar_accusative(self, x: int) -> bool:
        """True when token ``x`` is an indefinite accusative noun: written with tanwin
        ("اتصالاً"، "بياناً"), or a verbal noun of the forms افتعال/انفعال/استفعال with
        the accusative alif ("اتصالا"، "انتقادا"، "استقبالا"): no name word."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        if "\u064b" in raw:
            return True
        if self._ar_role_accusative(raw) and t.norm not in self.given_names:
            return True  # "اعترفت واشنطن بـX Y رئيساً مؤقتاً": a role in the accusative
        return (
            len(raw) >= 6
            and raw.startswith("ا")
            and raw.endswith("ا")
            and raw[-3] == "ا"
            and (raw[1] in "تنس" or raw[2] in "تطد")  # اتصالا، انتقادا، استقبالا، اجتماعا
            and t.norm not in self.given_names
        )

    def one_word_styled(self, q: int) -> bool:
        """Arabic: token ``q`` is a one-word name right after a style the press uses with a
        single name (``_AR_ONE_NAME_STYLES``: "البابا فرنسيس"، "الشيخة حسينة"): a bare
        Arabic word no phrase covers, no function word, not definite, that a clear boundary
        (punctuation, a function word, the end) ends (S9-R3)."""
        tokens = self.tokens
        if q == 0 or self.cover[q] != -1 or not tokens[q].join:
            return False
        if tokens[q - 1].norm not in _AR_ONE_NAME_STYLES:
            return False
        t = tokens[q]
        raw = self.text[t.start : t.end]
        if not t.flags & ARABIC or raw.startswith(("ال", *_AR_ARTICLE_CLITICS)) or self._stop(t):
            return False
        return self.ends_clearly(q + 1)

    def regnal_end(self, q: int) -> int | None:
        """Arabic: the last token of a regnal name at ``q``: one bare word no phrase covers,
        then a definite ordinal ("تواضروس الثاني"، "تشارلز الثالث"، "ليو الرابع عشر"), or
        None.  The ordinal makes the one word a name."""
        tokens, n = self.tokens, len(self.tokens)
        if q + 1 >= n or self.cover[q] != -1 or self.cover[q + 1] != -1:
            return None
        t = tokens[q]
        raw = self.text[t.start : t.end]
        if not t.flags & ARABIC or raw.startswith(("ال", *_AR_ARTICLE_CLITICS)) or self._stop(t):
            return None
        if not tokens[q + 1].join or tokens[q + 1].norm not in _AR_ORDINALS:
            return None
        last = q + 1
        if last + 1 < n and tokens[last + 1].join and tokens[last + 1].norm == "عشر":
            last += 1  # "ليو الرابع عشر"
        return last

    def _ar_definite_masdar(self, x: int) -> bool:
        """True when token ``x`` is a definite verbal noun of the forms افتعال/انفعال/استفعال
        ("الاتفاق"، "الانسحاب"، "الاجتماع"، "الاستقرار") that no phrase covers: the object
        after a name, never its family name (those carry no such pattern)."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        if self.cover[x] != -1 or len(raw) < 7 or raw[-2] != "ا" or t.norm in self.given_names:
            return False
        return raw.startswith(("الات", "الان", "الاست")) or (
            raw.startswith("الا") and raw[4] in "تطد"
        )

    def _definite_in(self, picked: list[int]) -> bool:
        """Arabic: some word of the name run ``picked`` carries the article, other than the
        divine name or a compound given name's tail after عبد ("عبد الرحمن"، "عبد الله"):
        an Arab family name ("محمد الطاهر سيالة"), which may be followed by more name words."""
        tokens = self.tokens
        for i in picked:
            if not self.text.startswith("ال", tokens[i].start):
                continue
            if tokens[i].norm in _AR_COMPOUND_TAILS:
                continue
            if i > 0 and tokens[i - 1].norm == "عبد":
                continue
            return True
        return False

    def _ar_definite_common(self, x: int) -> bool:
        """True when token ``x`` is a definite word no phrase covers, no given name or nisba
        (no final ي/ى/ة), whose shape is a common noun's, not an Arab family name's: a verbal
        noun تفعيل/تفاعل/تفعّل ("التصعيد"، "التعاون"، "التدخل"), فعول ("الهجوم"، "الدخول"),
        إفعال or a plural أفعال ("الإعلان"، "الأطراف"), a plural in ين/ون ("المسؤولين") or in
        اء ("الأعضاء"، "العلماء"). After two name words without the article it is the verb's
        object, not a family name (S11-R2)."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        if self.cover[x] != -1 or not raw.startswith("ال") or len(raw) < 6:
            return False
        if raw.endswith(("ي", "ى", "ة")) or t.norm in self.given_names:
            return False
        if t.norm in _AR_COMPOUND_TAILS:
            return False
        if raw.startswith("الت"):
            return True
        if len(raw) == 6 and raw[-2] == "و":
            return True
        if len(raw) == 7 and raw[2] in "أإ" and raw[-2] == "ا":
            return True
        if len(raw) >= 8 and raw.endswith(("ين", "ون")):
            return True
        return len(raw) >= 7 and raw.endswith("اء")

    def _ar_plural_construct(self, x: int) -> bool:
        """True when token ``x`` is a bare broken plural أفعال/أفعلاء ("أعضاء"، "أطراف"،
        "أسلحة" aside) that no phrase covers and no given name, in construct with a definite
        word or a known phrase after it ("أعضاء الوفد"، "أطراف النزاع"): the verb's object
        after a name, not a family name (S11-R2)."""
        tokens, n = self.tokens, len(self.tokens)
        t = tokens[x]
        raw = self.text[t.start : t.end]
        if self.cover[x] != -1 or t.norm in self.given_names or not raw.startswith("أ"):
            return False
        if not (len(raw) == 5 and (raw[-2] == "ا" or raw.endswith("اء"))):
            return False
        if x + 1 >= n or not tokens[x + 1].join:
            return False
        return self.cover[x + 1] != -1 or self.text.startswith("ال", tokens[x + 1].start)

    def _ar_never_name_word(self, x: int) -> bool:
        """True when token ``x`` is a preposition with a suffixed pronoun ("لديها"، "عليهم")
        or a word written with the accusative tanwin ("احتجاجاً"، "رسمياً"): never a word
        of a name, so it ends a name run (S11-R2)."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        return t.norm in _AR_PREP_PRONOUNS_WIDE or "\u064b" in raw

    def _ar_year_word(self, x: int) -> bool:
        """True when token ``x`` is "عام"/"سنة" and a number follows it ("عام 1994"،
        "سنة 2000"): a time adverb after the name, never a name word (S21-CODER-AR)."""
        tokens = self.tokens
        return (
            tokens[x].norm in _AR_YEAR_WORDS
            and x + 1 < len(tokens)
            and tokens[x + 1].join
            and tokens[x + 1].norm[:1].isdigit()
        )

    def _ar_purpose_masdar(self, x: int) -> bool:
        """True when token ``x`` is ل glued to a word of four letters or more that ends in a
        pronoun suffix and is no given name ("لإبلاغه"، "لمطالبتها"، "لتسليمهم"): "so as to
        ...", a verbal noun of purpose after a title, never the first word of a name
        (S21-CODER-AR)."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        if not raw.startswith("ل") or t.norm in self.given_names:
            return False
        stem = next((raw[1 : -len(p)] for p in _AR_OBJECT_SUFFIXES if raw.endswith(p)), "")
        return len(stem) >= 4

    def _ar_definite_plural(self, x: int) -> bool:
        """True when token ``x`` is a definite feminine plural in ات of seven letters or
        more that no phrase covers ("العقوبات"، "التصريحات"، "المفاوضات"): a noun."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        return (
            self.cover[x] == -1
            and len(raw) >= 7
            and raw.startswith("ال")
            and raw.endswith("ات")
            and t.norm not in self.given_names
        )

    def _ar_ta_noun(self, x: int) -> bool:
        """True when token ``x`` is a word in ة that no phrase covers and no given name
        ("رسالة"، "برقية"): after three name words, a common noun, not a fourth name word."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        return (
            raw.endswith("ة")
            and self.cover[x] == -1
            and t.norm not in self.given_names
            and not self._foreign_name_word(x)
        )

    def accusative_pair(self, x: int) -> bool:
        """Arabic: token ``x`` ends in the accusative alif and the word right after it is a
        nisba in the accusative ("وفدا عسكريا"، "تسجيلا صوتيا"): a noun and its adjective,
        the verb's object after a name, never name words."""
        tokens, text = self.tokens, self.text
        if x + 1 >= len(tokens) or not tokens[x + 1].join:
            return False
        raw = text[tokens[x].start : tokens[x].end]
        nxt = text[tokens[x + 1].start : tokens[x + 1].end]
        return raw.endswith("ا") and nxt.endswith("يا") and len(nxt) >= 4

    def ta_construct(self, x: int) -> bool:
        """Arabic: token ``x`` is a noun in ة no phrase covers and no given name, in construct
        with the definite word right after it ("حالة الطوارئ"، "عملية التبادل"): after a name,
        the verb's object, not a name word."""
        tokens = self.tokens
        return (
            self._ar_ta_noun(x)
            and x + 1 < len(tokens)
            and tokens[x + 1].join
            and self.text.startswith("ال", tokens[x + 1].start)
        )

    def _after_east_asian_name(self, x: int) -> bool:
        """Arabic: token ``x`` is a definite word right after a name word in "-ng" ("نغ":
        "ميونغ"، "بينغ"): an East Asian name has no article, so ``x`` is no name word."""
        prev = self.tokens[x - 1]
        return self.text.startswith("ال", self.tokens[x].start) and self.text[
            prev.start : prev.end
        ].endswith("نغ")

    def _ar_role_accusative(self, raw: str) -> bool:
        """Arabic: ``raw`` is a one-word title noun with the accusative alif ("رئيسا",
        "وزيرا", "سفيرا"): the role someone is named to or recognised as, no name word."""
        if len(raw) < 4 or not raw.endswith("ا") or raw.endswith(("اا", "ءا")):
            return False
        return any(f.kind == "role" for f in self.g.forms(raw[:-1]))

    def _ar_prep_construct(self, x: int) -> bool:
        """True when token ``x`` is ب/ل glued to a noun that is no known given name and a
        definite word or a known phrase follows it ("بدور السلطان"، "لجهود قطر"): a
        prepositional phrase after a name, not its third word."""
        tokens, n = self.tokens, len(self.tokens)
        t = tokens[x]
        raw = self.text[t.start : t.end]
        if not raw.startswith(("ب", "ل")) or raw.startswith(("بن", "بنت")) or len(raw) < 4:
            return False
        if t.norm in self.given_names or x + 1 >= n or not tokens[x + 1].join:
            return False
        if raw.startswith("بو") and len(raw) >= 7 and raw.endswith(("ة", "ي")):
            return False  # "أحمد الهادي بوخريصة"، "X بوعزيزي": a Maghrebi family name in بو
        nxt = tokens[x + 1]
        return self.cover[x + 1] != -1 or self.text.startswith("ال", nxt.start)

    def _ar_coordinated_word(self, x: int) -> bool:
        """True when token ``x`` is a word with the conjunction و that no phrase covers and
        that is no given name ("وائل"، "وليد"), either before a function word or
        punctuation ("واثنين من") or on a given name ("وسامي"): a coordinated phrase
        after the name, not its next word."""
        tokens, n = self.tokens, len(self.tokens)
        t = tokens[x]
        raw = self.text[t.start : t.end]
        if not raw.startswith("و") or len(raw) < 3 or t.norm in self.given_names:
            return False
        if t.norm[1:] in self.given_names:
            return True
        if raw.startswith("وي"):
            return False  # "جوكو ويدودو"، "X ويجايا": a foreign name's Wi-, no "and"
        return x + 1 >= n or not tokens[x + 1].join or self._stop(tokens[x + 1])

    def _ha_name_last(self, x: int) -> bool:
        """True when token ``x``, a word of five letters or more in ه that is no preposition
        with a pronoun ("فيه"، "عليه"), ends a name run right before a clear boundary
        ("فاطمة عادلخواه بعد"، "X حاجي زاده إن"): a foreign name's last word."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        return (
            raw.endswith("ه")
            and len(raw) >= 5
            and t.norm not in _AR_PREP_PRONOUNS
            and self.ends_clearly(x + 1)
        )

    def _noun_before_object(self, x: int) -> bool:
        """Arabic: token ``x``, after two name words, is a bare word not in ة that is no given
        name and the next one a definite word no phrase covers ("X Y طرد الدبلوماسيين"، "X Y
        تعليق الرحلات"): a verbal noun or verb and its object, not a third name word."""
        tokens, n = self.tokens, len(self.tokens)
        t = tokens[x]
        raw = self.text[t.start : t.end]
        if raw.startswith("ال") or t.norm in self.given_names or self.cover[x] != -1:
            return False
        if t.norm in _AR_NAME_SUFFIX_WORDS:
            return False  # "مولود جاووش أوغلو المسؤولين": the name's Turkish last word
        if raw.endswith(("ة", "ه")):
            return False  # (a family name in ة: "محمد الطاهر سيالة القرار")
        if raw.endswith("نغ"):
            return False  # "-ng" of an East Asian name ("لي جاي ميونغ النواب"): no Arabic noun
        if x + 1 >= n or not tokens[x + 1].join or self.cover[x + 1] != -1:
            return False
        nxt = tokens[x + 1]
        return self.text.startswith("ال", nxt.start) and nxt.norm not in _AR_COMPOUND_TAILS

    def _ar_coordinated_verb(self, x: int) -> bool:
        """True when token ``x`` is و glued to an imperfect verb (ي، ت، ن then three letters
        or more: "ويغلق"، "وتطالب"، "ونرفض") and no given name ("ويليام", ``given_names.tsv``):
        a coordinated clause, which opens no name."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        if len(raw) < 5 or not raw.startswith(("وي", "وت", "ون")):
            return False
        return t.norm not in self.given_names and self.cover[x] == -1

    def _ar_coordinated_suffixed(self, x: int) -> bool:
        """True when token ``x`` is a word with the conjunction و, no phrase covers it and it
        ends in a suffixed pronoun (ه، ها، هم، هما) while no given name ("وإمهاله"،
        "وترحيلها"، "ومرافقيه"): a coordinated noun after a name, never its next word."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        if not raw.startswith("و") or len(raw) < 5 or self.cover[x] != -1:
            return False
        if t.norm in self.given_names or t.norm[1:] in self.given_names:
            return False
        return raw.endswith(("ه", "ها", "هم", "هما")) and not raw.endswith(_AR_NAME_ENDINGS_IN_HA)

    def _nisba_family(self, x: int) -> bool:
        """Arabic: token ``x`` is a state's nisba alone ("المصري"، "الليبي") right after a
        given name that follows a title, with إن/أن, punctuation or the end after it: a family
        name ("وليد المصري إن"), not the adjective of a noun (S15-NAMES2)."""
        k = self.cover[x]
        if k < 0 or not self._clause_ends(x + 1):
            return False
        a = self.atoms[k]
        if a.i != x or a.j != x + 1 or a.cut:
            return False
        if not self.text.startswith("ال", self.tokens[x].start):
            return False
        return bool(a.forms) and all(f.kind == "nisba" for f in a.forms)

    def _ar_verb_shape(self, x: int) -> bool:
        """True when token ``x``, no given name and no phrase, has a verb's shape no name
        word has: the future prefix س before an imperfect ("سيلتقي"، "ستلقي"، "سنواصل";
        not a word in ا/ة/ه: "سيلفا"), a bare imperfect of three root letters ("يزور"،
        "يبحث"), or a past verb of the forms افتعل/استفعل ("اتفق"، "اجتمع"، "استقال"):
        after two name words it is the clause's verb, not a third name word (S15-NAMES2)."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        if self.cover[x] != -1 or t.norm in self.given_names or not t.flags & ARABIC:
            return False
        if (
            len(raw) >= 5
            and raw[0] == "س"
            and raw[1] in "يتن"
            and not raw.endswith(("ا", "ة", "ه"))
        ):
            return True
        if len(raw) == 4 and raw[0] == "ي" and not raw.endswith(("ا", "ة", "ه", "ي")):
            return True
        if len(raw) >= 6 and raw.startswith("است"):
            return True
        return (len(raw) == 5 and raw[0] == "ا" and raw[2] == "ت") or (
            len(raw) == 4 and raw.startswith("ات")
        )

    def _ar_defective_imperfect(self, x: int) -> bool:
        """True when token ``x``, no given name and no phrase, is an imperfect verb of a
        defective root: ي or ت, two or three letters, then alif maqsura ("يحظى"، "يسعى"،
        "تبقى"، "يتولى"): the clause's verb, never the first word of a name."""
        t = self.tokens[x]
        raw = self.text[t.start : t.end]
        return (
            4 <= len(raw) <= 5
            and raw[0] in "يت"
            and raw[-1] == "ى"
            and t.norm not in self.given_names
            and self.cover[x] == -1
        )

    def _ar_suffixed_complement(self, x: int) -> bool:
        """True when token ``x`` is a noun with a suffixed pronoun (ه، ها، هم) that no
        phrase covers and no given name is, right before a word with ل/ب or the article
        ("X Y دعمه لترشيح"، "X Y رفضها للقرار"، "X Y ترحيبه بالاتفاق"): the verb's
        object (a stance), not the name's next word."""
        tokens, n = self.tokens, len(self.tokens)
        t = tokens[x]
        raw = self.text[t.start : t.end]
        if len(raw) < 4 or self.cover[x] != -1 or t.norm in self.given_names:
            return False
        if not raw.endswith(("ه", "ها", "هم")) or raw.endswith(_AR_NAME_ENDINGS_IN_HA):
            return False
        if x + 1 >= n or not tokens[x + 1].join:
            return False
        if (
            tokens[x + 1].norm in _AR_COMPLEMENT_PREPS
            and not raw.startswith("ال")
            and (len(raw) >= 6 or raw.endswith(("ها", "هم")))
        ):
            return True  # "X Y احتجاجها على التصريحات"، "X Y استياءه من": a stance noun
        if tokens[x + 1].norm in _AR_QUANTIFIERS and not raw.startswith("ال"):
            return True  # "X Y رفضه أي اتفاق"، "X Y إدانتها كل": a stance noun, its object
        if self._stop(tokens[x + 1]):
            return False
        nxt = self.text[tokens[x + 1].start : tokens[x + 1].end]
        return nxt.startswith(("ل", "ب", "ال"))

    def _coordinated(self, x: int) -> bool:
        """True when token ``x`` opens a known phrase with the conjunction و ("...
        وزعيم", "... والرئيس", "... ومصر"): a new phrase, so the name before it ends."""
        k = self.cover[x]
        if k < 0:
            return False
        a = self.atoms[k]
        return a.i == x and a.cut.startswith(("و", "ف"))

    def bare_title(self, q: int) -> bool:
        """True when the capitalised title right before token ``q`` has no article before it."""
        tokens = self.tokens
        if not tokens[q].join:
            return False
        k = self.cover[q - 1]
        if k < 0:
            return False
        i = self.atoms[k].i
        while i > 0 and self.cover[i - 1] >= 0 and self.tokens[i].join:
            i = self.atoms[self.cover[i - 1]].i
        return is_cap(tokens[i]) and (i == 0 or tokens[i - 1].norm not in ("the", "a", "an"))

    def _ar_short_clitic_surname(self, x: int, q: int) -> bool:
        """Arabic: the second word of a name is a short foreign family name that reads as
        و/ف + ال ("مايكل فالون"، "بن والاس"، "مانويل فالس"): one or two letters after وال/فال,
        a given name before it, and no definite word after it ("أحمد والد الضحية")."""
        tokens = self.tokens
        t = tokens[x]
        if x != q + 1 or not t.norm.startswith(("وال", "فال")) or len(t.norm) > 5:
            return False
        if tokens[q].norm not in self.given_names:
            return False
        if x + 1 < len(tokens) and tokens[x + 1].join:
            nxt = self.text[tokens[x + 1].start : tokens[x + 1].end]
            if nxt.startswith(("ال", "وال", "لل")):
                return False
        return True

    def _stop(self, tok: Token) -> bool:
        """A function word ends a name; علي (Ali) is not على (on), though they fold alike;
        nor is a short foreign name word that only reads as ك/ف and a two-letter function
        word ("كاي"، "فاي": not "like any")."""
        hits = [s for s in stems(tok) if s in self.stop]
        if not hits:
            return False
        if all(len(s) <= 2 and s != tok.norm for s in hits) and tok.norm[:1] in ("ك", "ف"):
            return False
        if tok.norm[:1] in ("ك", "ب") and all(s == tok.norm[1:] and s[:1] == "ي" for s in hits):
            return False  # "كيري" (Kerry) is not ك + يري: ك/ب take no verb
        if self.text.startswith("آن", tok.start) and tok.end - tok.start == 2:
            return False  # the given name آن (Ann, Anne) folds like إن/أن
        return not (tok.norm in self.given_names and self.text[tok.end - 1] != "ى")


_AR_SKELETON_MAP = str.maketrans(
    {"ج": "غ", "گ": "غ", "ڤ": "ف", "پ": "ب", "ث": "س", "ش": "س", "چ": "تس"}
)
_AR_LONG_VOWELS = frozenset("اويءئؤ")


def ar_skeleton(word: str) -> str:
    """The transliteration key of one normalised Arabic word: the letters a foreign name
    keeps however the press spells it.  ج/گ and غ (g), ڤ and ف, پ and ب, چ and تش, ث, ش
    and س are one letter ("غوتيريش"/"غوتيرس", S10-H3); long vowels and hamzas after the
    first letter are dropped, and a doubled letter counts once ("زيلينسكي"/"زيلنسكي"،
    "أردوغان"/"أردوجان"، "ستارمر"/"ستارمير" share a key) (S9-R3).

    >>> ar_skeleton("بلينكين") == ar_skeleton("بلينكن")
    True
    """
    w = word.translate(_AR_SKELETON_MAP)
    out = w[:1]
    for ch in w[1:]:
        if ch in _AR_LONG_VOWELS or ch == out[-1:]:
            continue
        out += ch
    return out


_SkeletonTable = dict[str, list[tuple[str, tuple[str, ...]]]]
_SKELETONS: dict[tuple[int, str], _SkeletonTable] = {}


def _is_arabic_word(w: str) -> bool:
    return bool(w[:1]) and "\u0600" <= w[0] <= "\u06ff"


def _is_latin_word(w: str) -> bool:
    return w.isascii() and w.isalpha()


def _skeleton_table(g: Gazetteer, lang: str) -> _SkeletonTable:
    """Skeleton of every multi-word name of a gazetteer person in one script (``lang``
    "ar": the Arabic label and aliases, :func:`ar_skeleton`; "en": the English ones,
    :func:`en_skeleton`) → ``(person key, its normalised words)``; built once per
    gazetteer and script."""
    table = _SKELETONS.get((id(g), lang))
    if table is None:
        table = {}
        arabic = lang == "ar"
        skeleton, in_script = (
            (ar_skeleton, _is_arabic_word) if arabic else (en_skeleton, _is_latin_word)
        )
        for e in g.entries.values():
            if e.type is not EntityType.PERSON:
                continue
            for name in {e.label_ar if arabic else e.label_en, *e.aliases}:
                words = tuple(normalize(name).split()) if name else ()
                if len(words) < 2 or not all(in_script(w) for w in words):
                    continue
                skel = " ".join(skeleton(w) for w in words)
                if all((k, ws) != (e.key, words) for k, ws in table.get(skel, [])):
                    table.setdefault(skel, []).append((e.key, words))
        _SKELETONS[id(g), lang] = table
    return table


def spelling_variant(g: Gazetteer, norm: str, state: str | None) -> str | None:
    """The gazetteer person an unknown Arabic name (normalised ``norm``, two words or
    more) spells another way ("أنتوني بلينكين" for "أنتوني بلينكن"، "رجب طيب أردوجان"):
    the same :func:`ar_skeleton` word by word, every differing word a foreign-looking one
    (four letters or more, no article, no known given name), and either a word spelled
    alike or the same ``state``; None unless exactly one person fits (S9-R3)."""
    words = norm.split()
    if len(words) < 2:
        return None
    found: set[str] = set()
    for key, known in _skeleton_table(g, "ar").get(" ".join(ar_skeleton(w) for w in words), []):
        if len(known) != len(words):
            continue
        entry = g.entries[key]
        if state is not None and entry.state is not None and entry.state != state:
            continue
        differ = [(a, b) for a, b in zip(words, known, strict=True) if a != b]
        if not differ or not (len(differ) < len(words) or (state and entry.state == state)):
            continue
        if all(
            len(a) >= 4
            and len(b) >= 4
            and not a.startswith("ال")
            and not b.startswith("ال")
            and a not in g.given_names
            and b not in g.given_names
            for a, b in differ
        ):
            found.add(key)
    return next(iter(found)) if len(found) == 1 else None


_EN_VOWELS = str.maketrans("eouy", "aaai")


def en_skeleton(word: str) -> str:
    """The transliteration key of one normalised Latin-script word: vowels in two classes
    (a e o u / i y) and doubled letters once ("mohammed", "muhammad" → "mahamad";
    "zelenskiy", "zelensky" → "zalanski"); the vowels of a cluster in either order
    ("saeid", "saied" → "said", S9-R4)."""
    out: list[str] = []
    run: list[str] = []  # the vowels read since the last consonant
    for c in [*word.translate(_EN_VOWELS), ""]:
        if c in ("a", "i"):
            run.append(c)
            continue
        for v in sorted(run):
            if not out or out[-1] != v:
                out.append(v)
        run.clear()
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def en_spelling_variant(g: Gazetteer, norm: str, state: str | None) -> str | None:
    """The gazetteer person an unknown English name (normalised ``norm``, two words or
    more) spells another way ("Mohammed bin Zayed Al Nahyan" for "Mohamed bin Zayed Al
    Nahyan", "Mohammed Mustafa" for "Mohammad Mustafa"): the same :func:`en_skeleton` word
    by word, some word spelled alike (or the same ``state``); None unless exactly one
    person fits (S9-R3)."""
    words = norm.split()
    if len(words) < 2:
        return None
    found: set[str] = set()
    for key, known in _skeleton_table(g, "en").get(" ".join(en_skeleton(w) for w in words), []):
        if len(known) != len(words):
            continue
        entry = g.entries[key]
        if state is not None and entry.state is not None and entry.state != state:
            continue
        same = sum(a == b for a, b in zip(words, known, strict=True))
        if same == len(words):
            continue
        if same or (state is not None and entry.state == state):
            found.add(key)
    return next(iter(found)) if len(found) == 1 else None
