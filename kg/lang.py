"""A small, fast language guess for news text: ``"ar"``, ``"en"`` or ``"und"``.

statekg extracts from Arabic and English only, so the question the reader asks
is narrow: *which of our two pipelines should see this text?*  A script count
answers it well and needs no model:

1. Count letters (Unicode category ``L*``) in Arabic script and in Latin
   script; everything else (digits, punctuation, other scripts) is ignored.
2. If Arabic-script letters are at least :data:`ARABIC_SHARE` of the Arabic and
   Latin letters together, the text is ``"ar"``.  An Arabic article quoting
   English names ("Reuters", "Al Udeid") stays Arabic; an English article with
   an Arabic phrase in it stays English.
3. Otherwise, if Latin letters dominate, the text is ``"en"`` only when common
   English function words ("the", "of", "said"...) make up at least
   :data:`ENGLISH_SHARE` of its Latin words; French, Turkish or Spanish text is
   ``"und"`` rather than mislabelled as English.
4. Too few letters (under :data:`MIN_LETTERS`) to judge: ``"und"``.

Persian and Urdu are written in Arabic script and come out as ``"ar"``; the
detector is a router, not a language identifier.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ARABIC_SHARE", "ENGLISH_SHARE", "MIN_LETTERS", "detect_lang", "script_counts"]

ARABIC_SHARE = 0.5
"""Minimum share of Arabic-script letters (of Arabic + Latin) for ``"ar"``."""

ENGLISH_SHARE = 0.08
"""Minimum share of English function words among Latin words for ``"en"``."""

MIN_LETTERS = 3
"""Below this many Arabic + Latin letters the answer is ``"und"``."""

# The commonest English function words.  Running English news has 30-45 % of
# its tokens in this set; French, Spanish or Turkish text has almost none
# ("a", "on" and "in" are left out because they are words in those too).
_ENGLISH_WORDS = frozenset(
    "the of and to that for is was with by from at as it its his her their has have had "
    "be been were are this which said says will would not but an who after".split()
)
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")

_ARABIC_RANGES = (
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x0870, 0x089F),  # Arabic Extended-B
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)


def _is_arabic(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _ARABIC_RANGES)


def _is_latin(ch: str) -> bool:
    cp = ord(ch)
    if cp < 0x80:
        return True
    return 0x00C0 <= cp <= 0x024F or 0x1E00 <= cp <= 0x1EFF


def script_counts(text: str) -> tuple[int, int]:
    """Number of ``(Arabic-script, Latin-script)`` letters in ``text``.

    >>> script_counts("Putin بوتين 2025")
    (5, 5)
    """
    arabic = latin = 0
    for ch in text:
        if not unicodedata.category(ch).startswith("L"):
            continue
        if _is_arabic(ord(ch)):
            arabic += 1
        elif _is_latin(ch):
            latin += 1
    return arabic, latin


def detect_lang(text: str) -> str:
    """Guess whether ``text`` is Arabic (``"ar"``), English (``"en"``) or neither (``"und"``).

    See the module docstring for the rule.

    >>> detect_lang("قال المتحدث باسم الكرملين إن الرئيس بوتين بعث رسالة")
    'ar'
    >>> detect_lang("The Kremlin said on Tuesday that the talks had been useful.")
    'en'
    >>> detect_lang("Le président a déclaré mardi que les négociations continueront.")
    'und'
    >>> detect_lang("2025-03-20 !!")
    'und'
    """
    arabic, latin = script_counts(text)
    if arabic + latin < MIN_LETTERS:
        return "und"
    if arabic >= ARABIC_SHARE * (arabic + latin):
        return "ar"
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    if not words:
        return "und"
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return "en" if english >= ENGLISH_SHARE * len(words) else "und"
