"""Reading gold annotation files (``*.jsonl``, one article per line; see GUIDELINES.md).

:func:`read_gold` turns a file into typed :class:`GoldArticle` objects and
checks what the scorer relies on: every reference points at an entity of the
same article, every quote text and relation evidence is a substring of the
article text, article and entity ids are unique.  Anything wrong raises
:class:`kg.errors.EvalError` with a one-line message that starts with
``file:line:``.

Fields the scorer does not use (``url``, ``source``, ``topic``, ``roles``...)
are read when present and otherwise ignored; unknown fields are ignored.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import pydantic
from pydantic import BaseModel, ConfigDict, Field

from kg.errors import EvalError
from kg.models import (
    Article,
    Entity,
    EntityType,
    Extraction,
    Mention,
    Modality,
    Relation,
    RelationType,
    Role,
    Statement,
)

__all__ = ["GoldArticle", "GoldEntity", "GoldQuote", "GoldRelation", "occurrences", "read_gold"]

_PartialDate = Annotated[str, Field(pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
_QID = Annotated[str, Field(pattern=r"^Q[1-9]\d*$")]


class _Gold(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class GoldEntity(_Gold):
    """An annotated actor: canonical names, every alias, QID and the state it stands for."""

    id: str = Field(min_length=1)
    type: EntityType
    name_en: str | None = None
    name_ar: str | None = None
    aliases: list[str] = Field(default_factory=list)
    qid: _QID | None = None
    state: str | None = None
    roles: list[str] = Field(default_factory=list)

    @property
    def names(self) -> list[str]:
        """``name_en``, ``name_ar`` and the aliases: what a system label is compared with."""
        return [n for n in (self.name_en, self.name_ar, *self.aliases) if n]

    @property
    def display(self) -> str:
        """A name to show in reports."""
        return self.name_en or self.name_ar or (self.aliases[0] if self.aliases else self.id)


class GoldQuote(_Gold):
    """An annotated attributed statement; ``text`` is a substring of the article text."""

    speaker: str
    cue: str = ""
    text: str = Field(min_length=1)
    direct: bool = False
    about: list[str]
    via: str | None = None


class GoldRelation(_Gold):
    """An annotated relation; ``date`` is required (null when the text gives no time)."""

    subject: str
    type: RelationType
    object: str
    date: _PartialDate | None
    modality: Modality = Modality.ASSERTED
    evidence: str = Field(min_length=1)
    topic: str | None = None


class GoldArticle(_Gold):
    """One gold record.  ``line`` is the line of the file it was read from (1-based)."""

    id: str = Field(min_length=1)
    lang: str = Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")
    published: date | None = None
    title: str | None = None
    text: str = Field(min_length=1)
    url: str | None = None
    source: str | None = None
    entities: list[GoldEntity]
    quotes: list[GoldQuote]
    relations: list[GoldRelation]
    line: int = 0

    def entity(self, entity_id: str) -> GoldEntity:
        """The entity with that id."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)

    def state_of(self, entity_id: str) -> str | None:
        """The id of the State an entity stands for (a State without ``state`` is its own)."""
        e = self.entity(entity_id)
        if e.state is None and e.type is EntityType.STATE:
            return e.id
        return e.state

    def to_article(self) -> Article:
        """The :class:`kg.models.Article` to extract from: id, lang, published, title, text."""
        return Article(
            id=self.id, lang=self.lang, published=self.published, title=self.title, text=self.text
        )

    def to_extraction(self) -> Extraction:
        """The gold itself as a system :class:`Extraction`: a perfect prediction.

        Quote and evidence spans are placed at the first occurrence of their
        text; every alias found in the text becomes a mention.  Used to check
        the scorer (it must give 1.0 everywhere) and as an oracle baseline.
        """
        text = self.text
        entities = []
        for e in self.entities:
            mentions = [
                Mention(start=s, end=t, text=text[s:t])
                for alias in dict.fromkeys(e.aliases)
                for s, t in occurrences(text, alias)[:1]
            ]
            labels = {k: v for k, v in (("en", e.name_en), ("ar", e.name_ar)) if v}
            entities.append(
                Entity(
                    id=e.id,
                    type=e.type,
                    label=e.display,
                    labels=labels,
                    aliases=list(e.aliases),
                    qid=e.qid,
                    state=e.state,
                    roles=[Role(label=r, of=e.state) for r in e.roles if r],
                    mentions=mentions,
                )
            )
        quotes = []
        for i, q in enumerate(self.quotes, 1):
            start, end = occurrences(text, q.text)[0]
            quotes.append(
                Statement(
                    id=f"q{i}",
                    speaker=q.speaker,
                    cue=q.cue,
                    text=q.text,
                    start=start,
                    end=end,
                    direct=q.direct,
                    about=list(q.about),
                    via=q.via,
                )
            )
        relations = []
        for i, r in enumerate(self.relations, 1):
            start, end = occurrences(text, r.evidence)[0]
            relations.append(
                Relation(
                    id=f"r{i}",
                    subject=r.subject,
                    type=r.type,
                    object=r.object,
                    date=r.date,
                    modality=r.modality,
                    topic=r.topic,
                    evidence=r.evidence,
                    evidence_start=start,
                    evidence_end=end,
                    confidence=1.0,
                )
            )
        return Extraction.build(
            article=self.to_article(),
            entities=entities,
            quotes=quotes,
            relations=relations,
            extractor="gold",
            extractor_version="0",
        )


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` at which ``needle`` occurs in ``text`` (overlaps included).

    >>> occurrences("abab", "ab")
    [(0, 2), (2, 4)]
    """
    found: list[tuple[int, int]] = []
    if not needle:
        return found
    i = text.find(needle)
    while i >= 0:
        found.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return found


def read_gold(path: Path | str) -> list[GoldArticle]:
    """Read and check a gold JSONL file.

    Blank lines are skipped.  Raises :class:`EvalError` (``file:line: what``)
    for a file that cannot be read, a line that is not a JSON object, a
    missing or ill-typed field, a dangling entity reference, a quote text or
    evidence that is not in the article text, a duplicate id, or a file with
    no article at all.
    """
    p = Path(path)
    try:
        content = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise EvalError(f"{p}: no such file") from None
    except UnicodeDecodeError as exc:
        raise EvalError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise EvalError(f"{p}: cannot read ({exc.strerror or exc})") from None
    articles: list[GoldArticle] = []
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(content.split("\n"), 1):
        if not raw.strip():
            continue
        where = f"{p}:{lineno}"
        article = _parse_line(raw, where).model_copy(update={"line": lineno})
        if article.id in seen:
            raise EvalError(
                f"{where}: duplicate article id {article.id!r} (first on line {seen[article.id]})"
            )
        seen[article.id] = lineno
        _check(article, where)
        articles.append(article)
    if not articles:
        raise EvalError(f"{p}: no gold articles in the file")
    return articles


def _parse_line(raw: str, where: str) -> GoldArticle:
    try:
        obj: Any = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise EvalError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise EvalError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    try:
        return GoldArticle.model_validate(obj)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"]).lstrip(".")
        ident = f"article {obj['id']}: " if isinstance(obj.get("id"), str) else ""
        if first["type"] == "missing":
            raise EvalError(f"{where}: {ident}missing field {loc!r}") from None
        msg = " ".join(str(first["msg"]).split())
        raise EvalError(f"{where}: {ident}{loc}: {msg}") from None


def _check(a: GoldArticle, where: str) -> None:
    def fail(msg: str) -> EvalError:
        return EvalError(f"{where}: article {a.id}: {msg}")

    ids = [e.id for e in a.entities]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise fail(f"duplicate entity id {dupes[0]!r}")
    known = set(ids)

    def need(ref: str | None, what: str) -> None:
        if ref is not None and ref not in known:
            raise fail(f"{what} points at missing entity {ref!r}")

    for e in a.entities:
        need(e.state, f"entity {e.id} state")
    for i, q in enumerate(a.quotes):
        need(q.speaker, f"quotes[{i}].speaker")
        need(q.via, f"quotes[{i}].via")
        for ref in q.about:
            need(ref, f"quotes[{i}].about")
        if q.text not in a.text:
            raise fail(
                f"quotes[{i}].text is not a substring of the article text: {_short(q.text)!r}"
            )
    for i, r in enumerate(a.relations):
        need(r.subject, f"relations[{i}].subject")
        need(r.object, f"relations[{i}].object")
        if r.evidence not in a.text:
            raise fail(
                f"relations[{i}].evidence is not a substring of the article text: "
                f"{_short(r.evidence)!r}"
            )


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
