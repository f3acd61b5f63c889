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
from kg.text import Token
from kg.text.tokens import ARABIC, POSSESSIVE

__all__ = ["AR_CONNECT", "EN_PARTICLES", "NAME_MONTHS", "NameFinder"]

EN_PARTICLES = frozenset("al el bin ibn abu von van der de da du la".split())
"""Lower-case particles inside Latin-script names (al-Sharaa, von der Leyen)."""
AR_CONNECT = frozenset({"بن", "ابن", "بنت", "ابو", "عبد", "ال", "ام"})
"""Arabic name connectors that do not count as a name word."""
_AR_ARTICLE_CLITICS = ("لل", "بال", "وال", "فال", "كال")
_SUFFIXES = frozenset({"jr", "sr"})
NAME_MONTHS = frozenset({"may", "june", "april", "august"})
"""English months that are also names: inside a name run they are the name."""
_AR_PREP_MASDAR = ("بم", "بت", "لم", "لت", "بإ", "لإ")
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

    def before(
        self, first_tok: int, pos: int, *, loose: bool = False
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
        soft_end = self.lang == "ar" and t >= pos and t in self.soft
        if t < 0 or t < pos or (self.cover[t] != -1 and not soft_end):
            return None
        gap = self.text[tokens[t].end : tokens[first_tok].start].strip()
        if gap not in ("", ",", "،") or (self.lang == "en" and gap != ","):
            return None
        picked: list[int] = []
        while (
            len(picked) < 5
            and t >= 0
            and (
                (t >= pos and self.cover[t] == -1)
                or ((picked or soft_end) and t in self.soft)  # a known given name or surname
            )  # can open an unknown name ("Hassan Zameel Rasheed")
        ):
            tok = tokens[t]
            if self._stop(tok):
                break
            if self.lang == "en" and not (is_cap(tok) or tok.norm in EN_PARTICLES):
                break
            picked.append(t)
            if not tok.join:
                break
            t -= 1
        picked.reverse()
        if self.lang == "ar":
            firsts = [i for i, x in enumerate(picked) if tokens[x].norm in self.given_names]
            if not firsts and self._ar_after_verb(picked):
                firsts = [0]  # "وقال جيك سوليفان مستشار الأمن القومي": a verb, then the name
            if not firsts:
                return None
            picked = picked[firsts[0] :]
            if tokens[picked[0]].flags & ARABIC and tokens[picked[0]].norm.startswith(
                _AR_ARTICLE_CLITICS
            ):
                return None
            if self._lineage_tail(picked[0]):
                return None
        while picked and tokens[picked[0]].norm in EN_PARTICLES | AR_CONNECT:
            picked.pop(0)
        if len(picked) < 2:
            return None
        if soft_end and not any(tokens[x].norm in ("بن", "ابن") for x in picked[1:-1]):
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
                    or (x > q and self._inner_honorific(x))
                )
            ):
                t = tokens[x]
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
            if not picked:
                return None
            if len(picked) == 1 and not honorific and not self.bare_title(q):
                return None  # "Ambassador Huang", but not "the envoy Hamas"
            if self._headline(q):
                return None  # "Mexican Diplomat Urges Calm": every word is capitalised
        else:
            first = tokens[q]
            if self.cover[q] != -1 and not (first_covered and first.norm in self.given_names):
                return None  # (a role word that is a given name: "سلطان")
            if first.norm not in self.given_names:
                return self._ar_unknown(q) if anchored else None
            if first.norm == "علي" and self.text[first.end - 1] == "ى":
                return None  # the preposition على
            words, x = 0, q
            while x < n and words < 4:
                t = tokens[x]
                if x > q and (not t.join or (self.cover[x] != -1 and x not in self.soft)):
                    break
                if self._stop(t):
                    break
                if x > q and t.norm.startswith(_AR_ARTICLE_CLITICS):
                    break
                if len(picked) >= 2 and self._ar_prep_masdar(x):
                    break  # "X Y بمواصلة التصعيد": a verbal noun after a preposition
                if words >= 3 and self._definite_pair(x):
                    break  # "حسين إبراهيم طه الدول الأعضاء": a noun and its adjective
                picked.append(x)
                words += t.norm not in AR_CONNECT
                x += 1
            while picked and tokens[picked[-1]].norm in AR_CONNECT:
                picked.pop()
            if sum(tokens[i].norm not in AR_CONNECT for i in picked) < 2:
                return None
        last = picked[-1]
        end = tokens[last].end - (2 if tokens[last].flags & POSSESSIVE else 0)
        if tokens[last].norm in _SUFFIXES and self.text[end : end + 1] == ".":
            end += 1  # "Ferdinand Marcos Jr."
        return last, tokens[q].start, end

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

    def _ar_after_verb(self, picked: list[int]) -> bool:
        """Arabic: two or three words no gazetteer phrase covers, right after a function
        word or speech verb of the stop list ("وقال X Y <title>") and right before the
        title, none of them a definite noun, a noun in ة or a connector: a name the
        given-name list lacks (transliterated foreign names)."""
        if not 2 <= len(picked) <= 3 or picked[0] == 0:
            return False
        prev = self.tokens[picked[0] - 1]
        if not self._stop(prev) or self.cover[picked[0] - 1] != -1:
            return False
        for x in picked:
            tok = self.tokens[x]
            raw = self.text[tok.start : tok.end]
            if (
                not tok.flags & ARABIC
                or raw.startswith(("ال", *_AR_ARTICLE_CLITICS))
                or raw.endswith(("ة", "ه"))
                or tok.norm in AR_CONNECT
                or self._stop(tok)
            ):
                return False
        return True

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
                and self.cover[t] == -1
                and tokens[t].join
                and not is_cap(tokens[t])
                and tokens[t].norm not in self.stop
            ):
                t -= 1
        if t >= pos and self.cover[t] == -1 and tokens[t].norm in ("a", "an", "the"):
            return t
        return first_tok

    def _ar_unknown(self, q: int) -> tuple[int, int, int] | None:
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
        picked: list[int] = []
        x = q
        while x < n and len(picked) < 4:
            t = tokens[x]
            if x > q and not t.join:
                break
            if self.cover[x] != -1 or self._stop(t) or not t.flags & ARABIC:
                break
            raw = self.text[t.start : t.end]
            if raw.startswith(("ال", *_AR_ARTICLE_CLITICS)) or t.norm in AR_CONNECT:
                return None  # a definite noun (not "أليسيا", with hamza) or a bare connector
            if (
                raw.endswith(("ة", "ه"))
                and not raw.endswith("ييه")
                and t.norm not in self.given_names
            ):
                # a word in ة or with a suffixed pronoun (not "شوفالييه", Chevalier) is a
                # common noun: after two name words it ends the name ("X Y حالة الطوارئ")
                if len(picked) >= 2 and raw.endswith("ة"):
                    break
                return None
            picked.append(x)
            x += 1
        if len(picked) < 2:
            return None
        if x < n and tokens[x].join and not self._stop(tokens[x]) and not self._coordinated(x):
            nxt = self.text[tokens[x].start : tokens[x].end]
            if not (self.cover[x] == -1 and nxt.endswith("ة")):
                return None  # no clear boundary after the name (a noun in ة is one)
        last = picked[-1]
        return last, tokens[q].start, tokens[last].end

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

    def _ar_prep_masdar(self, x: int) -> bool:
        """True when token ``x`` is a preposition ب/ل glued to a verbal noun ("بمواصلة",
        "لتعزيز", "بإجراء"): no name word."""
        raw = self.text[self.tokens[x].start : self.tokens[x].end]
        return raw.startswith(_AR_PREP_MASDAR)

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

    def _stop(self, tok: Token) -> bool:
        """A function word ends a name; علي (Ali) is not على (on), though they fold alike."""
        if not any(s in self.stop for s in stems(tok)):
            return False
        return not (tok.norm in self.given_names and self.text[tok.end - 1] != "ى")
