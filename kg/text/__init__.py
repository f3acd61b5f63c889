"""Text normalisation for matching Arabic and English names.

* :func:`normalize` — the matching key of a string (see its docstring for the
  full list of foldings).
* :func:`tokenize` — tokens with exact original offsets and normalised forms;
  the linker works token by token, so mentions keep original offsets.
* :func:`normalize_with_offsets` — the key plus a map back to the original.
* Arabic clitics: :func:`proclitic_variants`, :func:`strip_proclitics`,
  :func:`strip_article`; English: :func:`split_possessive`, :func:`strip_the`,
  :func:`demonym_plural`.
"""

from __future__ import annotations

from kg.text.arabic import is_arabic, proclitic_variants, strip_article, strip_proclitics
from kg.text.common import fold
from kg.text.english import demonym_plural, split_possessive, strip_the
from kg.text.tokens import Token, normalize, normalize_with_offsets, original_offset, tokenize

__all__ = [
    "Token",
    "demonym_plural",
    "fold",
    "is_arabic",
    "normalize",
    "normalize_with_offsets",
    "original_offset",
    "proclitic_variants",
    "split_possessive",
    "strip_article",
    "strip_proclitics",
    "strip_the",
    "tokenize",
]
