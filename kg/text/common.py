"""Character folding shared by both languages: one ``str.translate`` table.

Matching keys are built by :func:`fold`: NFKC (only when the string is not
ASCII), ``casefold``, then a single translate table that

* deletes Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef,
  Quranic marks), tatweel, Latin combining accents, zero-width and bidi
  controls, soft hyphens, apostrophes and dots (so ``U.S.`` folds to ``us`` and
  ``Sa'ar`` to ``saar``);
* folds alef variants (أ إ آ ٱ) to ا, alef maqsura ى and Persian yeh ی to ي,
  Persian kaf ک to ك, ta marbuta ة to ه;
* maps Arabic-Indic and Persian digits to ASCII;
* strips accents from Latin letters (``Élysée`` → ``elysee``,
  ``Türkiye`` → ``turkiye``).

Hamza carriers ؤ and ئ and the bare hamza ء are kept: they distinguish words.
"""

from __future__ import annotations

import unicodedata

__all__ = ["FOLD_TABLE", "fold", "fold_char_lengths"]


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    deleted = [
        *range(0x0610, 0x061B),  # Arabic signs above/below
        *range(0x064B, 0x0660),  # harakat, tanwin, shadda, sukun, hamza marks
        0x0670,  # superscript (dagger) alef
        *range(0x06D6, 0x06EE),  # Quranic annotation marks
        *range(0x08D3, 0x0900),  # extended Arabic marks
        0x0640,  # tatweel
        0x061C,  # Arabic letter mark
        *range(0x0300, 0x0370),  # Latin combining diacritics
        *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
        *range(0x202A, 0x202F),  # bidi embeddings and overrides
        *range(0x2060, 0x2065),  # word joiner, invisible operators
        *range(0x2066, 0x206A),  # bidi isolates
        0xFEFF,  # byte-order mark / zero-width no-break space
        0x00AD,  # soft hyphen
        ord("'"),
        ord("\u2019"),  # right single quotation mark (apostrophe)
        ord("\u2018"),
        ord("\u02bc"),  # modifier letter apostrophe
        ord("`"),
        ord("."),
    ]
    for cp in deleted:
        table[cp] = None
    for src in "أإآٱٲٳ":
        table[ord(src)] = "ا"
    table[ord("ى")] = "ي"
    table[ord("ی")] = "ي"  # Persian yeh
    table[ord("ې")] = "ي"
    table[ord("ک")] = "ك"  # Persian keheh
    table[ord("ة")] = "ه"
    table[ord("ۀ")] = "ه"
    table[ord("ە")] = "ه"
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic digits
        table[0x06F0 + i] = str(i)  # Persian (extended Arabic-Indic) digits
    # Latin letters with accents -> base letters.
    for cp in range(0x00C0, 0x0250):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base != ch and base.isascii() and base:
            table[cp] = base.lower()
    specials = {"ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "æ": "ae"}
    specials |= {"Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "ß": "ss", "ŋ": "n"}
    for src, dst in specials.items():
        table[ord(src)] = dst
    return table


FOLD_TABLE: dict[int, str | None] = _build_table()
"""The translate table applied after NFKC and casefold."""


def fold(s: str) -> str:
    """NFKC, casefold and the fold table: the character-level part of :func:`normalize`.

    >>> fold("أَحْمَد")
    'احمد'
    >>> fold("Élysée")
    'elysee'
    """
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s)
    return s.casefold().translate(FOLD_TABLE)


def fold_char_lengths(raw: str) -> list[int]:
    """For each character of ``raw``, how many characters it contributes to ``fold(raw)``.

    Used to map an offset in a folded token back to the original token (the
    sum over a prefix of ``raw`` is the length of its folded form, up to
    compositions NFKC makes across characters, which are rare in news text).
    """
    return [len(fold(ch)) for ch in raw]
