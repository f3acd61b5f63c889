"""Reading news articles from files: ``.txt``, ``.json``, ``.jsonl``, ``.html`` and directories.

The entry point is :func:`read_articles`; it yields one item per article *or*
per problem, so one bad file in a directory never hides the good ones::

    for item in read_articles(["news/", "extra.jsonl"], source="Reuters"):
        if isinstance(item, InputError):
            print(item, file=sys.stderr)  # "news/b.txt: binary file (contains NUL bytes)"
        else:
            ingest(item)  # a kg.models.Article

Error model
-----------
* A problem with one input (missing path, empty or binary file, unknown
  encoding, malformed front-matter, invalid JSON line, a record without text,
  HTML without a main text) is **yielded** as a :class:`kg.errors.InputError`
  (or its subclass :class:`kg.errors.EmptyInputError`); nothing is raised, and
  reading goes on with the next line, record or file.  ``str(error)`` is one
  line, ``"<where>: <what>"``, and ``error.path`` is ``<where>``: the file, or
  ``file:line`` for a ``.jsonl`` line, a front-matter line or a JSON syntax
  error, or ``file[index]`` for a record of a ``.json`` list.
* A problem with the *call* itself (an unparseable ``published`` or ``lang``
  keyword, ``url``/``title`` given for a directory or several files) is
  **raised** as an :class:`InputError` when :func:`read_articles` is called,
  before anything is read.
* :func:`read_article` is the strict twin for one file holding one article: it
  raises the first error instead of yielding it.

Metadata
--------
Precedence: what a file *declares* (``.txt`` front-matter, ``.json``/``.jsonl``
fields) > the keyword arguments (``lang``, ``source``, ``published``, ``url``,
``title``) > what is *guessed* (HTML metadata found by trafilatura, the
detected language, the file stem as id).  So ``--lang ar`` fills in the
language of plain text files and corrects a page's date, but never rewrites a
record that states its own.  ``url`` and ``title`` describe one article, so
they are refused for more than one.  Where metadata comes from:

* ``.txt``: an optional front-matter block at the very top, between two
  ``---`` lines, of ``key: value`` lines with keys ``id``, ``url``, ``title``,
  ``source``, ``published``, ``lang`` (``#`` lines are comments; an unknown key
  is an error, so a typo is not silently dropped); the rest is the text.
  Encoding: UTF-8 (with or without a BOM; UTF-16/32 with a BOM), else
  Windows-1256 when the bytes read as plausible Arabic text, else
  Windows-1252 when they read as plausible Latin-script text, else whatever
  ``charset-normalizer`` finds if the result looks like text, else "unknown
  encoding".  Newlines are normalised to ``\\n`` and the text is stripped.
* ``.json`` (one object or a list) and ``.jsonl`` (one object a line): fields
  ``id``, ``url``, ``title``, ``source``, ``published``, ``lang``, ``text``;
  other fields are ignored, so an annotated gold file reads as input.  The
  text is kept exactly as given.
* ``.html``/``.htm``: main text, title, date, canonical URL and site name by
  trafilatura (no network access); language from ``<html lang>`` or a
  ``content-language`` meta tag.
* directories: every file with one of :data:`SUFFIXES` below it, recursively,
  in sorted order, skipping hidden files and folders.

``id`` is the record's or front-matter's ``id``, else the article URL, else the
file stem (``stem-N`` for record ``N`` of a multi-record file).  ``lang`` when
not given anywhere is guessed by :func:`kg.lang.detect_lang` (``ar``, ``en`` or
``und``); language tags are reduced to their primary subtag (``ar-SA`` ->
``ar``).  ``published`` accepts ``YYYY-MM-DD``, ISO datetimes (the date as
written is kept), ``YYYY/MM/DD`` and written dates such as ``20th, March 2025``,
``March 20, 2025`` or ``20 آذار 2025`` (see :func:`parse_date`).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeAlias, TypeVar

import pydantic

from kg.errors import EmptyInputError, InputError
from kg.lang import detect_lang
from kg.models import Article

__all__ = [
    "FRONT_MATTER_KEYS",
    "SUFFIXES",
    "ArticleOrError",
    "decode_bytes",
    "iter_files",
    "parse_date",
    "read_article",
    "read_articles",
    "read_file",
    "read_path",
]

ArticleOrError: TypeAlias = Article | InputError
"""What the readers yield: an article, or the one-line error of an input that failed."""

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
"""File name endings read from directories (case-insensitive)."""

FRONT_MATTER_KEYS = ("id", "url", "title", "source", "published", "lang")
"""Keys allowed in a ``.txt`` front-matter block."""

_T = TypeVar("_T")
_LANG_TAG = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$")


# --------------------------------------------------------------------------- public API


def read_articles(
    paths: Iterable[str | Path] | str | Path,
    *,
    lang: str | None = None,
    source: str | None = None,
    published: date | str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Iterator[ArticleOrError]:
    """Read every article under ``paths``, yielding each :class:`Article` or :class:`InputError`.

    Keywords fill in what a file does not declare and beat what is guessed
    from HTML (see the module docstring).

    :param paths: files and directories, in the order to read them (a single
        ``str``/``Path`` is taken as one path).
    :param lang: language of the articles (else detected).
    :param source: outlet name of the articles.
    :param published: publication date of the articles (``date`` or a string
        :func:`parse_date` accepts).
    :param url: URL of the article; only for a single article.
    :param title: headline of the article; only for a single article.
    :raises InputError: at call time, for a bad keyword value, or ``url``/``title``
        with a directory or several files.  Problems with the inputs themselves
        are yielded, never raised (see the module docstring).
    """
    paths = [paths] if isinstance(paths, str | Path) else list(paths)
    meta = _Overrides.make(lang=lang, source=source, published=published, url=url, title=title)
    if meta.single_only:
        files = list(iter_files(paths))
        if len(files) > 1 or any(Path(p).is_dir() for p in paths):
            raise InputError("url and title describe one article: give a single file")
    return _read_all(paths, meta)


def read_path(
    path: str | Path,
    *,
    lang: str | None = None,
    source: str | None = None,
    published: date | str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Iterator[ArticleOrError]:
    """Read one file or directory; same contract as :func:`read_articles`."""
    return read_articles(
        [path], lang=lang, source=source, published=published, url=url, title=title
    )


def read_article(
    path: str | Path,
    *,
    lang: str | None = None,
    source: str | None = None,
    published: date | str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """Read the one article in ``path``, raising instead of yielding errors.

    :raises InputError: the first problem found, or when ``path`` holds more
        (or fewer) than one article.
    """
    items = list(
        read_path(path, lang=lang, source=source, published=published, url=url, title=title)
    )
    for item in items:
        if isinstance(item, InputError):
            raise item
    if len(items) != 1:
        raise InputError(f"expected one article, found {len(items)}", path=str(path))
    article = items[0]
    assert isinstance(article, Article)
    return article


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """The files :func:`read_articles` would read, in order, or an error per bad path.

    Useful to size a progress bar before reading.  A missing path, a file with
    an unsupported ending given explicitly, and a directory without any
    article file are errors.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield file
            if not found:
                yield EmptyInputError(
                    f"no {', '.join(SUFFIXES)} files in this directory", path=str(path)
                )
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                yield InputError(
                    f"unsupported file type {path.suffix or '(none)'!r}: "
                    f"expected one of {', '.join(SUFFIXES)}",
                    path=str(path),
                )
        elif path.exists():
            yield InputError("not a regular file or directory", path=str(path))
        else:
            yield InputError("no such file or directory", path=str(path))


def read_file(
    path: str | Path,
    *,
    lang: str | None = None,
    source: str | None = None,
    published: date | str | None = None,
) -> Iterator[ArticleOrError]:
    """Read the article(s) in one file, chosen by its ending; errors are yielded.

    ``url`` and ``title`` are not taken here: they only make sense through
    :func:`read_article` / :func:`read_articles` for a single article.
    """
    meta = _Overrides.make(lang=lang, source=source, published=published)
    return _read_file(Path(path), meta)


# --------------------------------------------------------------------------- dates


def _fold_arabic(word: str) -> str:
    """Fold alef variants, tatweel and ta marbuta so spellings of a month name meet."""
    word = re.sub("[أإآٱ]", "ا", word)
    return word.replace("ـ", "").replace("ة", "ه")


_MONTHS_EN = (
    "january february march april may june july august september october november december"
).split()
_MONTHS: dict[str, int] = {}
for _i, _name in enumerate(_MONTHS_EN, start=1):
    _MONTHS[_name] = _i
    _MONTHS[_name[:3]] = _i
_MONTHS["sept"] = 9
# Arabic month names: Egyptian/Gulf (يناير...), Levantine/Iraqi (كانون الثاني...)
# and Maghrebi (جانفي...) forms, spelled with bare alef (see _fold_arabic).
for _i, _names in enumerate(
    (
        "يناير|كانون الثاني|جانفي",
        "فبراير|شباط|فيفري",
        "مارس|اذار",
        "ابريل|نيسان|افريل",
        "مايو|ايار|ماي",
        "يونيو|يونيه|حزيران|جوان",
        "يوليو|يوليه|تموز|جويليه|جويلية",
        "اغسطس|اب|اوت",
        "سبتمبر|ايلول",
        "اكتوبر|تشرين الاول",
        "نوفمبر|تشرين الثاني",
        "ديسمبر|كانون الاول",
    ),
    start=1,
):
    for _name in _names.split("|"):
        _MONTHS[_fold_arabic(_name)] = _i

_WEEKDAYS = frozenset(
    _fold_arabic(w)
    for w in "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu "
    "thur thurs fri sat sun الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد".split()
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_FILLER = frozenset({"of", "the", "gmt", "utc", "am", "pm", "في", "م"})


def parse_date(value: str | date) -> date:
    """Read a publication date.

    Accepted: ``YYYY-MM-DD``; ISO datetimes (``2025-03-20T09:30:00Z``, the date
    part is kept as written); ``YYYY/MM/DD``; a day, an English or Arabic month
    name (Levantine ``آذار`` and combined ``آذار/مارس`` too) and a year in
    either order, with optional ordinal suffix, weekday, commas, time and
    ``GMT``/``UTC``.

    :raises ValueError: anything else (``20/03/2025`` is ambiguous and refused).

    >>> parse_date("20th, March 2025 GMT")
    datetime.date(2025, 3, 20)
    >>> parse_date("March 20, 2025")
    datetime.date(2025, 3, 20)
    >>> parse_date("الخميس 20 آذار/مارس 2025")
    datetime.date(2025, 3, 20)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = unicodedata.normalize("NFKC", value).translate(_ARABIC_DIGITS).strip()
    if not text:
        raise ValueError("empty date")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        if re.match(r"\d{4}-\d{2}-\d{2}[T ]", text):
            return datetime.fromisoformat(text).date()
        m = re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", text)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date: {exc}") from None
    return _parse_written_date(text, value)


def _parse_written_date(text: str, original: str) -> date:
    bad = ValueError(f"cannot read {original!r} as a date (use YYYY-MM-DD)")
    text = text.lower()
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"\b\d{1,2}:\d{2}(:\d{2})?(\.\d+)?", " ", text)  # a time of day
    text = re.sub(r"[+-]\d{2}:?\d{2}\b", " ", text)  # a UTC offset
    numbers = re.findall(r"\d+", text)
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(days) != 1 or len(numbers) != 2:
        raise bad
    words = re.sub(r"[\d,.،()]+", " ", text)
    months: set[int] = set()
    for group in words.split("/"):
        folded = (_fold_arabic(t) for t in group.split())
        tokens = [t for t in folded if t not in _WEEKDAYS and t not in _FILLER]
        if not tokens:
            continue
        month = _MONTHS.get(" ".join(tokens))
        if month is None:
            raise bad
        months.add(month)
    if len(months) != 1:
        raise bad
    try:
        return date(int(years[0]), months.pop(), int(days[0]))
    except ValueError:
        raise bad from None


# --------------------------------------------------------------------------- decoding

_UTF_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_TYPOGRAPHY = frozenset("«»“”‘’„‚‹›–—…•·\u00a0\u200c\u200d\u200e\u200f°%")


def decode_bytes(data: bytes, *, path: str | None = None) -> tuple[str, str]:
    """Decode the bytes of a text file; return ``(text, encoding)``.

    UTF-8 first (a BOM is dropped; UTF-16/32 are read when they start with a
    BOM), then Windows-1256 when it yields plausible Arabic text, then
    Windows-1252 when it yields plausible Latin-script text, then
    charset-normalizer when its answer looks like text.

    :raises EmptyInputError: no bytes at all.
    :raises InputError: NUL bytes without a UTF-16/32 BOM ("binary file"), or
        no encoding gives text ("unknown encoding").
    """
    if not data:
        raise EmptyInputError("empty file", path=path)
    for bom, encoding in _UTF_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"starts with a {encoding.replace('-sig', '')} byte-order mark "
                    f"but is not valid {encoding.replace('-sig', '')} (byte {exc.start})",
                    path=path,
                ) from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)", path=path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" not in text and _is_arabic_text(text):
        return text, "cp1256"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if _is_latin_text(text):
            return text, "cp1252"
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return guess
    raise InputError(
        f"unknown encoding: not UTF-8 (invalid byte at offset {utf8_error}) "
        "and not Windows-1256 Arabic text",
        path=path,
    )


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    import charset_normalizer  # only needed for the rare file that is neither

    best = charset_normalizer.from_bytes(data).best()
    if best is None or str(best.encoding).startswith(("utf_16", "utf_32")):
        return None  # UTF-16/32 are only believed with a byte-order mark
    text = str(best)
    if not _looks_like_text(text):
        return None
    return text, str(best.encoding)


def _char_ok(ch: str) -> bool:
    """A character that belongs in Arabic or Latin-script running text."""
    cp = ord(ch)
    if cp < 0x80:
        return ch.isprintable() or ch in "\t\n\r\f"
    if ch in _TYPOGRAPHY:
        return True
    cat = unicodedata.category(ch)
    if 0x0600 <= cp <= 0x06FF or 0xFB50 <= cp <= 0xFEFF:
        return cat[0] in "LMN" or ch in "،؛؟٪"
    if cat[0] == "L":
        return 0x00C0 <= cp <= 0x024F
    return False


def _is_arabic_text(text: str) -> bool:
    """Windows-1256 bytes decoded: real Arabic text, or mojibake of something else?

    Real text has Arabic letters, almost no stray symbols (``‰ ƒ † §`` are what
    UTF-8 or random bytes turn into), and words in one script, not Latin
    letters glued to Arabic ones (what Spanish Windows-1252 would give).
    """
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return False
    good = sum(1 for c in chars if _char_ok(c))
    if good < 0.98 * len(chars):
        return False
    words = text.split()
    arabic_words = mixed = 0
    for word in words:
        has_ar = any("\u0620" <= c <= "\u064a" for c in word)
        has_other = any(c.isalpha() and not "\u0600" <= c <= "\u06ff" for c in word)
        arabic_words += has_ar
        mixed += has_ar and has_other
    return arabic_words > 0 and mixed <= 0.02 * len(words)


def _is_latin_text(text: str) -> bool:
    """Windows-1252 bytes decoded: Latin-script text, or mojibake of another script?

    Real text has almost no stray symbols and mostly unaccented letters; other
    single-byte scripts (Cyrillic, Greek) come out as runs of accented letters.
    """
    chars = [c for c in text if not c.isspace()]
    letters = [c for c in chars if c.isalpha()]
    if not letters:
        return False
    accented = sum(1 for c in letters if not c.isascii())
    ok = sum(1 for c in chars if _char_ok(c))
    return ok >= 0.98 * len(chars) and accented <= 0.25 * len(letters)


def _looks_like_text(text: str) -> bool:
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return False
    controls = sum(1 for c in chars if unicodedata.category(c) in ("Cc", "Co", "Cn"))
    wordy = sum(1 for c in chars if unicodedata.category(c)[0] in "LMNP")
    return controls == 0 and wordy >= 0.9 * len(chars)


# --------------------------------------------------------------------------- internals


@dataclass(frozen=True)
class _Overrides:
    lang: str | None = None
    source: str | None = None
    published: date | None = None
    url: str | None = None
    title: str | None = None

    @classmethod
    def make(
        cls,
        *,
        lang: str | None = None,
        source: str | None = None,
        published: date | str | None = None,
        url: str | None = None,
        title: str | None = None,
    ) -> _Overrides:
        try:
            day = parse_date(published) if published is not None else None
        except ValueError as exc:
            raise InputError(f"published: {exc}") from None
        try:
            tag = _lang_tag(lang) if lang is not None else None
        except ValueError as exc:
            raise InputError(f"lang: {exc}") from None
        return cls(
            lang=tag,
            source=source or None,
            published=day,
            url=url or None,
            title=title or None,
        )

    @property
    def single_only(self) -> bool:
        return self.url is not None or self.title is not None


def _lang_tag(value: str) -> str:
    value = value.strip()
    if not _LANG_TAG.match(value):
        raise ValueError(f"{value!r} is not a language code such as 'ar' or 'en'")
    primary = re.split(r"[-_]", value)[0].lower()
    return "und" if primary == "und" else primary


def _read_all(paths: list[str | Path], meta: _Overrides) -> Iterator[ArticleOrError]:
    count = 0
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
            continue
        for read in _read_file(item, meta):
            if isinstance(read, Article):
                count += 1
                if count > 1 and meta.single_only:
                    read = InputError(
                        "url and title describe one article, but this input holds several",
                        path=read.path,
                    )
            yield read


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(dirpath) / name


def _read_file(path: Path, meta: _Overrides) -> Iterator[ArticleOrError]:
    where = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield InputError("no such file or directory", path=where)
        return
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", path=where)
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, data, meta)
        return
    try:
        if suffix == ".json":
            yield from _read_json(path, data, meta)
        elif suffix in (".html", ".htm"):
            yield _read_html(path, data, meta)
        else:
            yield _read_txt(path, data, meta)
    except InputError as exc:
        yield exc


def _build(
    *,
    where: str,
    default_id: str,
    text: str,
    meta: _Overrides,
    article_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    published: date | None = None,
    lang: str | None = None,
    guessed: bool = False,
) -> Article:
    """Merge file metadata with the caller's keywords into a validated Article.

    Declared file metadata beats the keywords; ``guessed`` metadata (HTML)
    loses to them.  Language detection and the default id come last.
    """
    if not text.strip():
        raise EmptyInputError("no article text", path=where)

    def pick(declared: _T | None, given: _T | None) -> _T | None:
        if guessed:
            return given if given is not None else declared
        return declared if declared is not None else given

    url = pick(url, meta.url)
    try:
        return Article(
            id=article_id or url or default_id,
            text=text,
            lang=pick(lang, meta.lang) or detect_lang(text),
            url=url,
            title=pick(title, meta.title),
            source=pick(source, meta.source),
            published=pick(published, meta.published),
            path=where,
        )
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{field}: {first['msg']}", path=where) from None


def _field_date(value: Any, where: str) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"published: expected a date string, got {value!r}", path=where)
    try:
        return parse_date(value)
    except ValueError as exc:
        raise InputError(f"published: {exc}", path=where) from None


def _field_lang(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"lang: expected a language code, got {value!r}", path=where)
    try:
        return _lang_tag(value)
    except ValueError as exc:
        raise InputError(f"lang: {exc}", path=where) from None


def _field_str(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InputError(f"{key}: expected a string, got {type(value).__name__}", path=where)
    return value.strip() or None


# .txt ------------------------------------------------------------------------------------


def _read_txt(path: Path, data: bytes, meta: _Overrides) -> Article:
    where = str(path)
    text, _encoding = decode_bytes(data, path=where)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    fields, body = _split_front_matter(text, where)
    body = body.strip()
    if not body:
        raise EmptyInputError(
            "no article text after the front-matter" if fields else "empty file", path=where
        )
    published = fields.get("published")
    try:
        day = parse_date(published) if published else None
    except ValueError as exc:
        raise InputError(f"published: {exc}", path=where) from None
    return _build(
        where=where,
        default_id=path.stem,
        text=body,
        meta=meta,
        article_id=fields.get("id"),
        url=fields.get("url"),
        title=fields.get("title"),
        source=fields.get("source"),
        published=day,
        lang=_field_lang(fields.get("lang"), where),
    )


def _split_front_matter(text: str, where: str) -> tuple[dict[str, str], str]:
    """``({key: value}, body)``; no block at all gives ``({}, text)``."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise InputError(
            "front-matter opened with '---' on line 1 is never closed", path=where
        ) from None
    fields: dict[str, str] = {}
    for number in range(1, close):
        line = lines[number].strip()
        if not line or line.startswith("#"):
            continue
        at = f"{where}:{number + 1}"
        m = re.fullmatch(r"([A-Za-z_]+)\s*:\s*(.*)", line)
        if not m:
            raise InputError(f"front-matter line is not 'key: value': {line[:40]!r}", path=at)
        key, value = m[1].lower(), m[2].strip()
        if key not in FRONT_MATTER_KEYS:
            raise InputError(
                f"unknown front-matter key {key!r} (expected {', '.join(FRONT_MATTER_KEYS)})",
                path=at,
            )
        if key in fields:
            raise InputError(f"front-matter key {key!r} given twice", path=at)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value:
            fields[key] = value
    return fields, "\n".join(lines[close + 1 :])


# .json / .jsonl ----------------------------------------------------------------------------


def _record(record: Any, *, where: str, default_id: str, meta: _Overrides) -> Article:
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}", path=where)
    text = record.get("text")
    if text is None:
        raise EmptyInputError("record has no 'text'", path=where)
    if not isinstance(text, str):
        raise InputError(f"text: expected a string, got {type(text).__name__}", path=where)
    if not text.strip():
        raise EmptyInputError("record has an empty 'text'", path=where)
    return _build(
        where=where,
        default_id=default_id,
        text=text,
        meta=meta,
        article_id=_field_str(record, "id", where),
        url=_field_str(record, "url", where),
        title=_field_str(record, "title", where),
        source=_field_str(record, "source", where),
        published=_field_date(record.get("published"), where),
        lang=_field_lang(record.get("lang"), where),
    )


def _json_text(data: bytes, where: str) -> str:
    if not data.strip():
        raise EmptyInputError("empty file", path=where)
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)", path=where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (JSON must be UTF-8; bad byte at {exc.start})", path=where
        ) from None


def _read_json(path: Path, data: bytes, meta: _Overrides) -> Iterator[ArticleOrError]:
    where = str(path)
    text = _json_text(data, where)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON: {exc.msg} (column {exc.colno})", path=f"{where}:{exc.lineno}"
        ) from None
    if isinstance(value, dict):
        yield _record(value, where=where, default_id=path.stem, meta=meta)
        return
    if not isinstance(value, list):
        raise InputError(
            f"expected a JSON object or a list of objects, got {type(value).__name__}",
            path=where,
        )
    if not value:
        raise EmptyInputError("empty list: no records", path=where)
    for index, record in enumerate(value):
        at = f"{where}[{index}]"
        try:
            yield _record(record, where=at, default_id=f"{path.stem}-{index + 1}", meta=meta)
        except InputError as exc:
            yield exc


def _read_jsonl(path: Path, data: bytes, meta: _Overrides) -> Iterator[ArticleOrError]:
    where = str(path)
    if not data.strip():
        yield EmptyInputError("empty file", path=where)
        return
    if b"\x00" in data:
        yield InputError("binary file (contains NUL bytes)", path=where)
        return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        at = f"{where}:{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(f"not UTF-8 (bad byte at column {exc.start + 1})", path=at)
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", path=at)
            continue
        try:
            yield _record(value, where=at, default_id=f"{path.stem}-{number}", meta=meta)
        except InputError as exc:
            yield exc


# .html -------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode_html(data: bytes, where: str) -> str:
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = m[1].decode("ascii").lower()
        try:
            if b"\x00" not in data:
                return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect instead
    return decode_bytes(data, path=where)[0]


def _html_lang(tree: Any) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for node in tree.xpath(
        '//meta[translate(@http-equiv,"CONTENT-LANGUAGE","content-language")="content-language"]'
        '|//meta[@property="og:locale"]'
    ):
        candidates.append(node.get("content"))
    for value in candidates:
        if value:
            try:
                return _lang_tag(value.strip())
            except ValueError:
                continue
    return None


def _read_html(path: Path, data: bytes, meta: _Overrides) -> Article:
    import trafilatura  # heavy import, only for HTML inputs
    from trafilatura.utils import load_html

    where = str(path)
    text = _decode_html(data, where)
    if not text.strip():
        raise EmptyInputError("empty file", path=where)
    tree = load_html(text)
    if tree is None:
        raise InputError("cannot parse HTML", path=where)
    lang = _html_lang(tree)
    found = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
    )
    doc: dict[str, Any]
    if found is None:
        doc = {}
    elif isinstance(found, dict):
        doc = found
    else:
        doc = found.as_dict()
    body = str(doc.get("text") or "")
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise EmptyInputError("no article text found in the HTML", path=where)
    day: date | None = None
    if doc.get("date"):
        try:
            day = parse_date(str(doc["date"]))
        except ValueError:
            day = None  # a page date trafilatura could not pin down: leave it unknown
    return _build(
        where=where,
        default_id=path.stem,
        text=body,
        meta=meta,
        url=doc.get("url") or None,
        title=doc.get("title") or None,
        source=doc.get("sitename") or None,
        published=day,
        lang=lang,
        guessed=True,
    )
