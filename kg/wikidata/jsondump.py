"""Reading Wikidata JSON dumps (``latest-all.json.gz`` and friends), streamed.

The dump is a JSON array with one entity per line::

    [
    {"type":"item","id":"Q79","labels":{…},"descriptions":{…},"aliases":{…},"claims":{…},…},
    {"type":"item","id":"Q80",…}
    ]

so it is read line by line (plain, gzip or bzip2, told apart by their first
bytes; ``-`` is standard input) and never held whole: a full dump is over
100 GB.  Decompressing bzip2 in Python is slow; for a full dump, pipe it
through a parallel decompressor (``lbzip2 -dc latest-all.json.bz2 | kg align
--wikidata-dump -``).

Parsing a line as JSON is the expensive part, so :func:`iter_entities` can
first look at the raw line's names (the ``{"language":…,"value":…}`` objects of
its labels, descriptions and aliases) and parse only the lines whose names pass
a test.  A line whose names cannot be read that way is parsed anyway, so the
shortcut never hides an entity.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError

__all__ = [
    "NAME_LANGUAGES",
    "WikidataEntity",
    "iter_entities",
    "iter_lines",
    "open_dump",
    "raw_names",
]

NAME_LANGUAGES: tuple[str, ...] = ("ar", "en", "mul")
"""Languages whose labels and aliases are used ("mul" is Wikidata's default for all languages)."""

_NAME = re.compile(rb'\{"language":"(ar|en|mul)","value":"((?:[^"\\]|\\.)*)"\}')


def open_dump(path: str | Path) -> IO[bytes]:
    """Open a dump for reading bytes, decompressing gzip or bzip2 by their magic bytes."""
    if str(path) == "-":
        raw: IO[bytes] = sys.stdin.buffer
    else:
        try:
            raw = Path(path).open("rb")
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), path=str(path)) from None
    if not hasattr(raw, "peek"):
        raw = io.BufferedReader(raw)  # type: ignore[type-var]
    peek = raw.peek(3)[:3]
    if peek[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if peek == b"BZh":
        return bz2.BZ2File(raw, mode="rb")
    return raw


def iter_lines(path: str | Path) -> Iterator[tuple[int, bytes]]:
    """``(line number, entity JSON bytes)`` of a dump, without the array's brackets and commas."""
    with open_dump(path) as fh:
        try:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if line.endswith(b","):
                    line = line[:-1]
                if not line or line in (b"[", b"]"):
                    continue
                yield n, line
        except (OSError, EOFError, ValueError) as exc:
            raise InputError(f"cannot read the dump: {exc}", path=str(path)) from None


def _name_sections(line: bytes) -> list[bytes]:
    """The labels and aliases parts of a raw line (descriptions and claims cut off)."""
    end = line.find(b'"claims":')
    end = len(line) if end < 0 else end
    d0 = line.find(b'"descriptions":', 0, end)
    a0 = line.find(b'"aliases":', 0, end)
    if 0 <= d0 < a0:
        return [line[:d0], line[a0:end]]
    return [line[:end]]


def raw_names(line: bytes) -> list[tuple[str, str]] | None:
    """``(language, name)`` of the ar/en/mul labels and aliases of a raw line.

    ``None`` when the line has none in the usual layout (then it must be parsed to know).
    """
    found = [m for part in _name_sections(line) for m in _NAME.findall(part)]
    if not found:
        return None
    out: list[tuple[str, str]] = []
    for lang, value in found:
        try:
            text = json.loads(b'"' + value + b'"') if b"\\" in value else value.decode("utf-8")
        except ValueError:
            return None
        out.append((lang.decode(), text))
    return out


@dataclass(frozen=True)
class WikidataEntity:
    """The parts of a Wikidata item that alignment uses."""

    id: str
    labels: dict[str, str] = field(default_factory=dict)
    """Language → label (ar, en, mul)."""
    aliases: dict[str, list[str]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    claims: dict[str, list[str]] = field(default_factory=dict)
    """Property → item values (QIDs) of its statements that are not deprecated."""

    @property
    def label(self) -> str:
        """A display label: English, else Arabic, else any."""
        for lang in ("en", "mul", "ar"):
            if lang in self.labels:
                return self.labels[lang]
        return next(iter(self.labels.values()), self.id)

    @property
    def description(self) -> str:
        """A display description: English, else Arabic."""
        return self.descriptions.get("en") or self.descriptions.get("ar") or ""

    def values(self, *pids: str) -> set[str]:
        """Item values of the given properties (all properties when none given)."""
        keys = pids or tuple(self.claims)
        return {v for p in keys for v in self.claims.get(p, [])}

    @classmethod
    def from_json(
        cls, obj: dict[str, Any], languages: Iterable[str] = NAME_LANGUAGES
    ) -> WikidataEntity:
        """Build from one entity of the JSON dump (``docs/topics/json.md`` of Wikibase)."""
        langs = set(languages)
        labels = {
            k: v["value"]
            for k, v in (obj.get("labels") or {}).items()
            if k in langs and "value" in v
        }
        descriptions = {
            k: v["value"]
            for k, v in (obj.get("descriptions") or {}).items()
            if k in langs and "value" in v
        }
        aliases = {
            k: [a["value"] for a in v if "value" in a]
            for k, v in (obj.get("aliases") or {}).items()
            if k in langs
        }
        claims: dict[str, list[str]] = {}
        for pid, statements in (obj.get("claims") or {}).items():
            for st in statements:
                if st.get("rank") == "deprecated":
                    continue
                snak = st.get("mainsnak") or {}
                if snak.get("snaktype") != "value":
                    continue
                dv = snak.get("datavalue") or {}
                if dv.get("type") != "wikibase-entityid":
                    continue
                value = dv.get("value") or {}
                qid = value.get("id") or (
                    f"Q{value['numeric-id']}" if "numeric-id" in value else None
                )
                if isinstance(qid, str):
                    claims.setdefault(pid, []).append(qid)
        return cls(str(obj.get("id", "")), labels, aliases, descriptions, claims)


def iter_entities(
    path: str | Path,
    *,
    want: Callable[[list[tuple[str, str]]], bool] | None = None,
    languages: Iterable[str] = NAME_LANGUAGES,
) -> Iterator[WikidataEntity]:
    """The items of a dump, streamed.

    :param want: called with a line's raw ``(language, name)`` pairs before it is
        parsed; lines it rejects are skipped unparsed.
    :raises InputError: a line that is not JSON (with its line number).
    """
    langs = tuple(languages)
    for n, line in iter_lines(path):
        if want is not None:
            names = raw_names(line)
            if names is not None and not want(names):
                continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise InputError(f"line {n} is not JSON: {exc}", path=str(path)) from None
        if not isinstance(obj, dict) or obj.get("type") != "item":
            continue
        yield WikidataEntity.from_json(obj, langs)
