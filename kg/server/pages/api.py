"""The JSON API behind the web page: autocomplete, who said what, example queries.

All graph access goes through the :class:`~kg.server.context.ServerContext`
(the worker pool), so the server's query timeout holds here too.  User input
only reaches SPARQL as RDF terms rendered by :func:`kg.queries.render`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import Literal, NamedNode

from kg.answers import (
    expand_entries,
    expand_summary,
    page_reads,
    who_said_pages_plan,
    who_said_query,
)
from kg.errors import LinkingError
from kg.examples import example_queries_path
from kg.queries import load, render
from kg.rdf.mapping import search_key
from kg.server.pages._html import ARABIC, Row, lang_of, val
from kg.server.pages._sparql import (
    page_query,
    row_cap,
    select_text_capped,
    who_said_coverage,
    who_said_pages_current,
    with_limit,
)
from kg.server.pages.resource import normalise_lang

if TYPE_CHECKING:
    from kg.server.context import ServerContext

__all__ = [
    "ExampleQuery",
    "autocomplete",
    "example_queries",
    "resolve_names",
    "who_said",
]

_QID = re.compile(r"^[Qq][1-9]\d*$")
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
MAX_SUGGESTIONS = 25


def _href(ctx: ServerContext, iri: str | None) -> str | None:
    return ctx.href(iri) if iri else None


def wikidata_url(qid: str | None) -> str | None:
    """The Wikidata page of a QID (``None`` for anything that is not a QID)."""
    return f"https://www.wikidata.org/wiki/{qid}" if qid and _QID.match(qid) else None


# -- autocomplete ---------------------------------------------------------------------
async def autocomplete(
    ctx: ServerContext, q: str, *, lang: str = "en", limit: int = 10
) -> list[dict[str, Any]]:
    """Entities whose name starts with ``q`` (Arabic or English), best first.

    Matching is on the normalised keys (``kg:searchKey``: the labels and
    aliases with case, diacritics and Arabic letter variants folded); a word
    inside a name matches too (``peskov`` finds Dmitry Peskov), and an Arabic
    prefix also matches after the article ``ال``.  The best ``limit``
    entities are picked before their labels are joined, so the cost is one
    scan of the keys.
    """
    q = q.strip()[:100]
    if not any(c.isalnum() for c in q):
        return []
    key = search_key(q)
    key2 = "ال" + key if ARABIC.search(key) and not key.startswith("ال") else key
    limit = max(1, min(limit, MAX_SUGGESTIONS))
    query = render(
        with_limit(page_query("autocomplete"), limit),
        key=Literal(key),
        key2=Literal(key2),
        spaced=Literal(" " + key),
        spaced2=Literal(" " + key2),
        lang=Literal(normalise_lang(lang)),
    )
    rows = await ctx.select(query, limit=limit)
    out = []
    for r in rows:
        labels = {code: val(r, code) for code in ("en", "ar") if val(r, code)}
        preferred = labels.get(normalise_lang(lang)) or labels.get("en") or labels.get("ar") or ""
        qid = val(r, "qid")
        state = val(r, "state")
        out.append(
            {
                "iri": val(r, "entity"),
                "href": _href(ctx, val(r, "entity")),
                "type": (val(r, "type") or "").rsplit("#", 1)[-1],
                "label": preferred or val(r, "matched"),
                "labels": labels,
                "matched": val(r, "matched"),
                "qid": qid,
                "wikidata": wikidata_url(qid),
                "state": (
                    {"iri": state, "href": _href(ctx, state), "label": val(r, "stateLabel")}
                    if state
                    else None
                ),
            }
        )
    return out


# -- names -> entities ---------------------------------------------------------------
@dataclass(frozen=True)
class Resolved:
    """An entity a user's name stands for."""

    iri: str
    type: str


async def resolve_names(ctx: ServerContext, name: str) -> list[Resolved]:
    """Entities called ``name``: one of our IRIs, a QID, or a name in Arabic or English.

    Uses the SPARQL of ``kg/queries/resolve.rq`` (the same as :func:`kg.answers.resolve`),
    with the gazetteer's QIDs as a fallback when it is installed.  Raises
    :class:`~kg.errors.LinkingError` when nothing matches.
    """
    name = name.strip()
    if not name:
        raise LinkingError("empty name")
    if name.startswith(ctx.base_iri):
        try:
            return [Resolved(NamedNode(name).value, "")]
        except ValueError as exc:
            raise LinkingError(f"not an IRI: {name!r}") from exc
    keys: list[str] = []
    qids: list[str] = []
    if _QID.match(name):
        qids.append(name.upper())
    else:
        keys.append(search_key(name))
        qids.extend(_gazetteer_qids(name))
    found: dict[str, Resolved] = {}
    for param, values in (("keys", keys), ("qids", qids)):
        if not values:
            continue
        params: dict[str, list[Literal] | None] = {"keys": None, "qids": None}
        params[param] = [Literal(v) for v in values]
        for row in await ctx.select(render(load("resolve"), **params), limit=100):
            iri = val(row, "entity") or ""
            found.setdefault(iri, Resolved(iri, (val(row, "type") or "").rsplit("#", 1)[-1]))
    if not found:
        raise LinkingError(f"no entity called {name!r} in the graph")
    return list(found.values())


def _gazetteer_qids(name: str) -> list[str]:
    try:
        from kg import gazetteer
    except ImportError:  # the gazetteer is optional
        return []
    lookup = getattr(gazetteer, "lookup_qids", None)
    return [str(q) for q in lookup(name)] if callable(lookup) else []


# -- who said what about whom --------------------------------------------------------
def check_date(value: str | None, name: str) -> str | None:
    """``value`` if it is an ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); ValueError else."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise ValueError(f"{name} must be a date like 2025-03-01, not {value!r}")
    return value


async def who_said(
    ctx: ServerContext,
    *,
    about: str | None = None,
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    lang: str = "en",
) -> dict[str, Any]:
    """Statements about ``about`` by ``speaker`` between ``since`` and ``until``, as JSON.

    Reads the who-said pages month by month when they answer the question and are
    current (:func:`kg.answers.who_said_pages_plan`: a bounded range about one or more
    entities, no speaker), else runs ``kg/queries/who_said.rq``
    (:func:`kg.answers.who_said_query`: from the who-said index when the date range is
    bounded); rows are capped at the HTML row cap and ``truncated`` says when there were
    more.
    """
    since = check_date(since, "since")
    until = check_date(until, "until")
    lang = normalise_lang(lang)
    about_e = await resolve_names(ctx, about) if about and about.strip() else None
    speaker_e = await resolve_names(ctx, speaker) if speaker and speaker.strip() else None
    cap = row_cap(ctx)
    index, summary = await who_said_coverage(ctx)
    indexed = bool(since and until and index)
    about_iris = [NamedNode(e.iri) for e in about_e] if about_e else None
    plan = (
        who_said_pages_plan(ctx.iris, about=about_iris, since=since, until=until)
        if indexed and summary and not speaker_e
        else None
    )
    if plan is not None and await who_said_pages_current(ctx):
        # the who-said pages (kg.rdf.who_said_pages), month by month until the cap
        reads = page_reads(plan, cap + 1)
        try:
            query = next(reads)
            while True:
                query = reads.send(await ctx.select(query))
        except StopIteration as done:
            rows = expand_entries(done.value, lang, cap + 1)
        rows, truncated = rows[:cap], len(rows) > cap
        return _who_said_json(ctx, about_e, speaker_e, since, until, lang, rows, truncated)
    query = who_said_query(
        ctx.iris,
        about=about_iris,
        speaker=[NamedNode(e.iri) for e in speaker_e] if speaker_e else None,
        since=since,
        until=until,
        lang=lang,
        limit=None,  # the worker stops reading after cap + 1 rows
        use_index=indexed,
        summary=summary,
    )
    rows, truncated = await select_text_capped(ctx, query, cap)
    if summary:
        rows = [expand_summary(r, lang) for r in rows]
    return _who_said_json(ctx, about_e, speaker_e, since, until, lang, rows, truncated)


def _who_said_json(
    ctx: ServerContext,
    about_e: list[Resolved] | None,
    speaker_e: list[Resolved] | None,
    since: str | None,
    until: str | None,
    lang: str,
    rows: list[Row],
    truncated: bool,
) -> dict[str, Any]:
    return {
        "about": [{"iri": e.iri, "href": _href(ctx, e.iri), "type": e.type} for e in about_e or []],
        "speaker": [
            {"iri": e.iri, "href": _href(ctx, e.iri), "type": e.type} for e in speaker_e or []
        ],
        "since": since,
        "until": until,
        "lang": lang,
        "count": len(rows),
        "truncated": truncated,
        "rows": [statement_json(ctx, r) for r in rows],
    }


def statement_json(ctx: ServerContext, r: Row) -> dict[str, Any]:
    """One row of ``who_said.rq`` as the JSON the web page renders as a card."""
    content_lang = lang_of(r.get("content"))
    return {
        "statement": val(r, "statement"),
        "href": _href(ctx, val(r, "statement")),
        "speaker": {
            "iri": val(r, "speaker"),
            "href": _href(ctx, val(r, "speaker")),
            "label": val(r, "speakerLabel"),
        },
        "role": val(r, "role"),
        "state": val(r, "stateLabel"),
        "content": val(r, "content") or "",
        "lang": content_lang,
        "dir": "rtl" if content_lang and content_lang.startswith("ar") else "auto",
        "cue": val(r, "cue"),
        "direct": val(r, "direct") == "true",
        "date": val(r, "date"),
        "via": val(r, "viaLabel"),
        "about": sorted(a for a in (val(r, "about") or "").split(" | ") if a),
        "article": {
            "iri": val(r, "article"),
            "href": _href(ctx, val(r, "article")),
            "title": val(r, "title"),
            "source": val(r, "source"),
            "published": val(r, "published"),
            "url": val(r, "url"),
        },
    }


# -- example queries -----------------------------------------------------------------
@dataclass(frozen=True)
class ExampleQuery:
    """One example query of ``examples/queries``: file stem, title, description, text."""

    name: str
    title: str
    description: str
    query: str


def example_queries(folder: Path | None = None) -> list[ExampleQuery]:
    """The example queries, titled by their first comment lines, sorted by file name."""
    try:
        folder = folder or example_queries_path()
    except FileNotFoundError:
        return []
    out = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comment: list[str] = []
        for line in text.splitlines():
            stripped = line.strip()
            if not stripped.startswith("#"):
                break
            comment.append(stripped.lstrip("#").strip())
        description = " ".join(c for c in comment if c)
        first = re.split(r"(?<=[.:;])\s", description, maxsplit=1)[0].rstrip(".:;")
        title = first or path.stem.replace("_", " ")
        out.append(ExampleQuery(path.stem, title, description, text))
    return out
