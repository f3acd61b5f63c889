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

__all__ = ["AR_CONNECT", "EN_PARTICLES", "NameFinder"]

EN_PARTICLES = frozenset("al el bin ibn abu von van der de da du la".split())
"""Lower-case particles inside Latin-script names (al-Sharaa, von der Leyen)."""
AR_CONNECT = frozenset({"بن", "ابن", "بنت", "ابو", "عبد", "ال", "ام"})
"""Arabic name connectors that do not count as a name word."""
_AR_ARTICLE_CLITICS = ("لل", "بال", "وال", "فال", "كال")
_SUFFIXES = frozenset({"jr", "sr"})


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
            x
            for a in atoms
            if a.j - a.i == 1 and a.forms and all(f.kind in ("surname", "given") for f in a.forms)
            for x in range(a.i, a.j)
        }
        """Tokens read only as some known person's surname: inside an unknown full name
        they are its last word ("Michel Aoun" is not Joseph Aoun)."""
        self.stop = g.stop_words.get(lang, frozenset())
        self.given_names = g.given_names

    def before(self, first_tok: int, pos: int) -> tuple[int, int, int] | None:
        """``(start, end, last token)`` of an unknown name right before a title.

        ``first_tok`` is the title's first token; tokens before ``pos`` are
        already read.  "محمد الشناوي المتحدث باسم الرئاسة", "John Doe, Egypt's
        envoy".
        """
        tokens, t = self.tokens, first_tok - 1
        if t < 0 or t < pos or self.cover[t] != -1:
            return None
        gap = self.text[tokens[t].end : tokens[first_tok].start].strip()
        if gap not in ("", ",", "،") or (self.lang == "en" and gap != ","):
            return None
        picked: list[int] = []
        while t >= max(pos, 0) and len(picked) < 5 and self.cover[t] == -1:
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
            if not firsts:
                return None
            picked = picked[firsts[0] :]
            if tokens[picked[0]].flags & ARABIC and tokens[picked[0]].norm.startswith(
                _AR_ARTICLE_CLITICS
            ):
                return None
        while picked and tokens[picked[0]].norm in EN_PARTICLES | AR_CONNECT:
            picked.pop(0)
        if len(picked) < 2:
            return None
        return tokens[picked[0]].start, tokens[picked[-1]].end, picked[-1]

    def after(
        self, q: int, honorific: bool, *, first_covered: bool = False
    ) -> tuple[int, int, int] | None:
        """``(last token, start, end)`` of an unknown name starting at token ``q``, or None.

        English: a run of capitalised words (and particles such as al-, bin,
        von); one word only after an honorific or a bare capitalised title
        ("Ambassador Huang"); ``first_covered`` lets the first word be one the
        gazetteer read otherwise (the given name "Gen").  Arabic: two to four words starting with a
        given name from ``given_names.tsv``, ending at a function word.
        """
        tokens, n = self.tokens, len(self.tokens)
        picked: list[int] = []
        if self.lang == "en":
            x = q
            while (
                x < n
                and len(picked) < 5
                and (
                    self.cover[x] == -1 or (first_covered and x == q) or (x > q and x in self.soft)
                )
            ):
                t = tokens[x]
                if (x > q and not t.join) or t.norm in self.stop:
                    break
                particle = t.norm in EN_PARTICLES and x + 1 < n and is_cap(tokens[x + 1])
                if not (is_cap(t) or particle):
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
        else:
            first = tokens[q]
            if self.cover[q] != -1 or first.norm not in self.given_names:
                return None
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
