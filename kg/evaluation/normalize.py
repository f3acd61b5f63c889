"""The label normaliser of the scorer, exactly as ``GUIDELINES.md`` ("Scoring") states it.

It is kept apart from the extractor's own normaliser on purpose: the scorer
must not move when the extractor changes.  Steps, in this order:

1. Unicode NFKC;
2. invisible format characters (bidi marks, zero-width joiners; category ``Cf``)
   removed -- they never change what a label says;
3. Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef,
   Quranic marks) and tatweel removed;
4. alef variants ``أ إ آ ٱ`` folded to ``ا``; ``ى`` (and Persian ``ی``) folded
   to ``ي``; ta marbuta ``ة`` folded to ``ه``;
5. case-folded, whitespace runs collapsed to one space, ends stripped;
6. a leading ``ال`` or ``the `` dropped (when something is left).

Folding comes before dropping the article so that both spellings of a
hamza-initial word (``ألمانيا`` / ``المانيا``) end up the same.

>>> normalize_label("الرئيس السوريّ") == normalize_label("رئيس السوري")
True
>>> normalize_label("  The  Kremlin ")
'kremlin'
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_label"]

_DIACRITICS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]"
)
_FOLD = str.maketrans(
    {
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0622": "\u0627",  # آ
        "\u0671": "\u0627",  # ٱ
        "\u0649": "\u064a",  # ى
        "\u06cc": "\u064a",  # ی
        "\u0629": "\u0647",  # ة
    }
)
_SPACES = re.compile(r"\s+")
_ARABIC_ARTICLE = "\u0627\u0644"  # ال


def normalize_label(label: str) -> str:
    """A label in the form the scorer compares (see the module docstring)."""
    s = unicodedata.normalize("NFKC", label)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Cf")
    s = _DIACRITICS.sub("", s).translate(_FOLD)
    s = _SPACES.sub(" ", s.casefold()).strip()
    if s.startswith(_ARABIC_ARTICLE) and len(s) > len(_ARABIC_ARTICLE):
        s = s[len(_ARABIC_ARTICLE) :].lstrip()
    elif s.startswith("the ") and len(s) > 4:
        s = s[4:]
    return s
