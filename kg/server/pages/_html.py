"""Small HTML helpers for the server-rendered pages: escaping, bidi text, labels.

Everything that comes from the graph is user data: it goes through
:func:`esc` (``html.escape``) before it reaches the page, and Arabic text is
marked ``lang="ar" dir="rtl"`` so browsers lay it out right to left.
"""

from __future__ import annotations

import re
from html import escape
from typing import Literal as TypingLiteral

__all__ = [
    "ARABIC",
    "Lang",
    "Row",
    "esc",
    "is_arabic",
    "lang_of",
    "link",
    "pick_lang",
    "plain",
    "t",
    "text_html",
    "val",
]

Row = dict[str, dict[str, str]]
"""One SELECT solution in SPARQL JSON shape (see :mod:`kg.server.context`)."""

Lang = TypingLiteral["ar", "en"]

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"]+$", re.I)


def esc(value: object) -> str:
    """HTML-escape any value (quotes too, so it is safe inside attributes)."""
    return escape(str(value), quote=True)


def is_arabic(text: str) -> bool:
    """True when most letters of ``text`` are Arabic script."""
    letters = _LETTER.findall(text)
    if not letters:
        return False
    arabic = sum(1 for c in letters if ARABIC.match(c))
    return arabic * 2 >= len(letters)


def lang_of(binding: dict[str, str] | None) -> str | None:
    """The language of a bound literal: its tag, else guessed from the script."""
    if not binding:
        return None
    tag = binding.get("xml:lang")
    if tag:
        return tag.lower()
    value = binding.get("value", "")
    if binding.get("type") == "literal" and ARABIC.search(value):
        return "ar" if is_arabic(value) else None
    return None


def val(row: Row, key: str) -> str | None:
    """The value of variable ``key`` in a row, or ``None`` when unbound or empty."""
    binding = row.get(key)
    if binding is None:
        return None
    value = binding.get("value")
    return value if value else None


def text_html(binding: dict[str, str] | None, *, tag: str = "span", cls: str = "") -> str:
    """A literal as an element that carries its language and direction.

    Arabic gets ``lang="ar" dir="rtl"``; other tagged text its ``lang`` and
    ``dir="auto"``; untagged text ``dir="auto"``.
    """
    if not binding or not binding.get("value"):
        return ""
    lang = lang_of(binding)
    attrs = f' class="{esc(cls)}"' if cls else ""
    if lang and (lang == "ar" or lang.startswith("ar-")):
        attrs += ' lang="ar" dir="rtl"'
    elif lang:
        attrs += f' lang="{esc(lang)}" dir="auto"'
    else:
        attrs += ' dir="auto"'
    return f"<{tag}{attrs}>{esc(binding['value'])}</{tag}>"


def plain(value: str | None, *, tag: str = "span", cls: str = "") -> str:
    """A string as an element with its direction guessed from its script."""
    if not value:
        return ""
    return text_html({"type": "literal", "value": value}, tag=tag, cls=cls)


def link(href: str | None, label_html: str, *, external: bool = False) -> str:
    """An ``<a>`` element; ``label_html`` must already be escaped.

    External links are only made for ``http(s)`` URLs (no ``javascript:``).
    """
    if not href:
        return label_html
    if external and not _SAFE_URL.match(href):
        return label_html
    rel = ' rel="noopener noreferrer external"' if external else ""
    return f'<a href="{esc(href)}"{rel}>{label_html}</a>'


def pick_lang(values: list[dict[str, str]], lang: str) -> dict[str, str] | None:
    """The binding in ``lang`` if there is one, else English, else the first."""
    for want in (lang, "en"):
        for v in values:
            if (v.get("xml:lang") or "").lower().split("-")[0] == want:
                return v
    return values[0] if values else None


_STRINGS: dict[str, tuple[str, str]] = {
    # key: (English, Arabic)
    "site": ("statekg", "statekg"),
    "home": ("SPARQL and search", "الاستعلام والبحث"),
    "skip": ("Skip to content", "انتقل إلى المحتوى"),
    "offsets": ("Characters", "موضع النص"),
    "trigger": ("Trigger", "الفعل الدال"),
    "property": ("Property", "الخاصية"),
    "value": ("Value", "القيمة"),
    "names": ("Names", "الأسماء"),
    "name_en": ("English", "الإنجليزية"),
    "name_ar": ("Arabic", "العربية"),
    "aliases": ("Also known as", "أسماء أخرى"),
    "type": ("Type", "النوع"),
    "wikidata": ("Wikidata", "ويكي بيانات"),
    "state": ("State", "الدولة"),
    "roles": ("Positions", "المناصب"),
    "members": ("Acting for this state", "يعملون باسم هذه الدولة"),
    "statements_by": ("Statements by", "تصريحات أدلى بها"),
    "statements_about": ("Statements about", "تصريحات عن"),
    "relations": ("Relations over time", "العلاقات عبر الزمن"),
    "articles": ("Source articles", "المقالات المصدر"),
    "article": ("Article", "مقالة"),
    "statement": ("Statement", "تصريح"),
    "relation": ("Relation", "علاقة"),
    "resource": ("Resource", "مورد"),
    "metadata": ("Metadata", "البيانات الوصفية"),
    "entities": ("Entities", "الكيانات"),
    "statements": ("Statements", "التصريحات"),
    "fields": ("Fields", "الحقول"),
    "evidence": ("Evidence", "الدليل"),
    "source": ("Source", "المصدر"),
    "date": ("Date", "التاريخ"),
    "subject": ("Subject", "الفاعل"),
    "object": ("Object", "المفعول به"),
    "modality": ("Modality", "الصيغة"),
    "confidence": ("Confidence", "الثقة"),
    "topic": ("Topic", "الموضوع"),
    "speaker": ("Speaker", "المتحدث"),
    "role": ("Role", "المنصب"),
    "cue": ("Cue", "فعل القول"),
    "quote": ("Quote", "الاقتباس"),
    "via": ("Via", "عبر"),
    "about": ("About", "عن"),
    "direct": ("Direct quote", "اقتباس مباشر"),
    "reported_in": ("Reported in", "ورد ضمن"),
    "relays": ("Statements it relays", "تصريحات ينقلها"),
    "mentions": ("Mentions", "الإشارات"),
    "headline": ("Headline", "العنوان"),
    "published": ("Published", "تاريخ النشر"),
    "language": ("Language", "اللغة"),
    "url": ("URL", "الرابط"),
    "identifier": ("Identifier", "المعرّف"),
    "extractor": ("Extractor", "أداة الاستخراج"),
    "properties": ("Properties", "الخصائص"),
    "links_in": ("Linked from", "روابط إليه"),
    "none": ("None found.", "لا يوجد."),
    "capped": ("Showing the first {n} rows.", "تُعرض أول {n} صفوف."),
    "of": ("of", "في"),
    "from": ("from", "من"),
    "to": ("to", "إلى"),
    "iri": ("IRI", "المعرّف الدولي"),
    "as_rdf": ("As RDF", "بصيغة RDF"),
    "State": ("State", "دولة"),
    "Person": ("Person", "شخص"),
    "Organization": ("Organization", "منظمة"),
    "Place": ("Place", "مكان"),
    "NewsArticle": ("News article", "مقالة إخبارية"),
    "Statement": ("Statement", "تصريح"),
    "Relation": ("Relation", "علاقة"),
    "Role": ("Role", "منصب"),
    "Mention": ("Mention", "إشارة"),
    "Extractor": ("Extractor", "أداة استخراج"),
    "asserted": ("asserted", "مؤكدة"),
    "intended": ("intended", "مُزمعة"),
    "negated": ("negated", "منفية"),
    "hypothetical": ("hypothetical", "افتراضية"),
    "yes": ("yes", "نعم"),
    "no": ("no", "لا"),
}


def t(key: str, lang: str, **kwargs: object) -> str:
    """The interface string ``key`` in ``lang`` (already safe: written here, not data)."""
    en, ar = _STRINGS.get(key, (key, key))
    text = ar if lang == "ar" else en
    return esc(text.format(**kwargs) if kwargs else text)
