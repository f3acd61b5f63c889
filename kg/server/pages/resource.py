"""Linked Data HTML pages for every IRI the project mints.

:func:`render_resource_html` looks at the classes of an IRI and renders:

* an **entity** (state, person, organisation, place): names in Arabic and
  English, type, Wikidata link, positions, statements by it and about it,
  relations over time (as subject or object, by date) and source articles
  with the words that name it there;
* an **article**: its metadata, entities, statements and relations;
* a **statement** or **relation**: its fields and its evidence with the source;
* anything else (role, mention, extractor): its properties and what links to it.

Every value from the graph is escaped; Arabic text carries ``lang="ar"
dir="rtl"``; the page's own ``lang``/``dir`` follow the preferred language.
Tables stop at the row cap (``settings.html_row_cap``) and say so.
"""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode

from kg.answers import expand_summary, who_said_query
from kg.errors import KGError
from kg.queries import TermArg, load, render
from kg.server.pages._html import (
    Row,
    esc,
    lang_of,
    link,
    pick_lang,
    plain,
    t,
    text_html,
    val,
)
from kg.server.pages._sparql import (
    page_query,
    row_cap,
    select_capped,
    select_text_capped,
    who_said_coverage,
)
from kg.vocab import KG_NS

if TYPE_CHECKING:
    from kg.server.context import ServerContext

__all__ = ["ResourceNotFoundError", "normalise_lang", "render_resource_html"]

_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_PROV_GENERATED = "http://www.w3.org/ns/prov#wasGeneratedBy"
_SCHEMA = "https://schema.org/"
_QID = re.compile(r"^Q[1-9]\d*$")
_ENTITY_TYPES = ("State", "Person", "Organization", "Place")
_SEP = ' <span class="sep">·</span> '
_PROPERTY_CAP = 5000
"""Most own properties read for an entity or article page (names, QIDs, metadata)."""


class ResourceNotFoundError(KGError):
    """The IRI does not occur in the graph (the server answers 404)."""


def normalise_lang(lang: str | None) -> str:
    """``"ar"`` for Arabic (``ar``, ``ar-EG``…), else ``"en"``."""
    return "ar" if lang and lang.lower().split("-")[0] == "ar" else "en"


async def render_resource_html(ctx: ServerContext, iri: str, *, lang: str | None = None) -> str:
    """The HTML page of a minted IRI, in the preferred language ``lang`` (``ar``/``en``).

    Raises :class:`ResourceNotFoundError` when the IRI is not in the graph, and
    the context's query errors (timeout, busy) as they come.
    """
    page_lang = normalise_lang(lang)
    try:
        node = NamedNode(iri)
    except ValueError as exc:
        raise ResourceNotFoundError(f"not an IRI: {iri!r}") from exc
    rows = await ctx.select(render(page_query("kinds"), iri=node), limit=50)
    types = [val(r, "type") or "" for r in rows]
    kinds = {ty[len(KG_NS) :] for ty in types if ty.startswith(KG_NS)}
    view = _View(ctx, node, page_lang)
    entity_kinds = [k for k in _ENTITY_TYPES if k in kinds]
    if entity_kinds:
        return await view.entity(entity_kinds)
    if "NewsArticle" in kinds:
        return await view.article()
    if "Statement" in kinds:
        return await view.statement()
    if "Relation" in kinds:
        return await view.relation()
    if not types and not await ctx.ask(render(page_query("exists"), iri=node)):
        raise ResourceNotFoundError(f"{iri} is not in the graph")
    return await view.generic(sorted(kinds))


def _local(iri: str) -> str:
    """The last segment of an IRI's path or fragment."""
    return re.split(r"[/#]", iri)[-1]


def _time(value: str | None) -> str:
    """A date, kept left to right inside Arabic text (else 2025-05-18 shows as 18-05-2025)."""
    if not value:
        return ""
    return f'<time datetime="{esc(value)}" dir="ltr">{esc(value)}</time>'


def _host(url: str) -> str:
    """The host of a URL, for a short link label."""
    rest = url.split("://", 1)[-1]
    return rest.split("/", 1)[0] or url


async def _no_rows() -> tuple[list[Row], bool]:
    return [], False


class _View:
    """Renders the page of one IRI in one language."""

    def __init__(self, ctx: ServerContext, node: NamedNode, lang: str) -> None:
        self.ctx = ctx
        self.node = node
        self.iri = node.value
        self.lang = lang
        self.cap = row_cap(ctx)

    # -- small pieces ------------------------------------------------------------------
    def ref(self, iri: str | None, label: str | None = None) -> str:
        """A link to a resource with a bidi-safe label (its short IRI when it has none)."""
        if not iri:
            return ""
        shown = plain(label) if label else f'<code dir="ltr">{esc(self.compact(iri))}</code>'
        local = self.ctx.local_path(iri)
        if local:
            return link(local, shown)
        return link(iri, shown, external=True)

    def compact(self, iri: str) -> str:
        """``kg:speaker``, ``ent:Q79`` for known namespaces, else the IRI."""
        best, shown = "", iri
        for name, ns in self.ctx.prefixes.items():
            local = iri[len(ns) :]
            if iri.startswith(ns) and len(ns) > len(best) and "/" not in local and "#" not in local:
                best, shown = ns, f"{name}:{local}"
        return shown

    def predicate(self, iri: str | None) -> str:
        return f'<code dir="ltr">{esc(self.compact(iri or ""))}</code>'

    def article_ref(self, r: Row) -> str:
        """A link to the row's ``?article``, labelled by its ``?title``."""
        article = val(r, "article")
        return self.ref(article, val(r, "title") or _local(article or ""))

    def url(self, url: str | None, *, full: bool = False) -> str:
        """An external link to an article's original URL (http/https only)."""
        if not url:
            return ""
        label = f'<span dir="ltr">{esc(url if full else _host(url))}</span>'
        return link(url, label, external=True)

    def kind(self, kind: str) -> str:
        return f'<span class="badge kind">{t(kind, self.lang)}</span>'

    def modality(self, mod: str | None) -> str:
        if not mod:
            return ""
        return f'<span class="modality m-{esc(mod)}">{t(mod, self.lang)}</span>'

    def names(self, joined: str | None) -> str:
        """``a | b`` (a GROUP_CONCAT, in no set order) as bidi-safe names, sorted as
        :func:`kg.answers.expand_summary` and the JSON API sort them."""
        return " · ".join(plain(s) for s in sorted((joined or "").split(" | ")) if s)

    def with_state(self, r: Row, who: str) -> str:
        """An actor link, with the state it acts for when that is another entity."""
        label, state = val(r, f"{who}Label"), val(r, f"{who}State")
        out = self.ref(val(r, who), label)
        if state and state != label:
            out += f" <small>({plain(state)})</small>"
        return out

    def capped(self, capped: bool) -> str:
        return f'<p class="note">{t("capped", self.lang, n=self.cap)}</p>' if capped else ""

    def section(self, key: str, body: str, *, extra: str = "", count: int | None = None) -> str:
        heading = t(key, self.lang) + (f" {extra}" if extra else "")
        badge = f' <span class="count">{count}</span>' if count is not None else ""
        sid = esc(key.replace("_", "-"))
        empty = f'<p class="empty">{t("none", self.lang)}</p>'
        return (
            f'<section id="{sid}" aria-labelledby="h-{sid}">'
            f'<h2 id="h-{sid}">{heading}{badge}</h2>{body or empty}</section>'
        )

    def table(self, cls: str, heads: list[str], rows: list[list[str]]) -> str:
        if not rows:
            return ""
        ths = "".join(f'<th scope="col">{t(h, self.lang)}</th>' for h in heads)
        trs = "".join("<tr>" + "".join(row) + "</tr>" for row in rows)
        return (
            f'<div class="table-wrap"><table class="{cls}"><thead><tr>{ths}</tr></thead>'
            f"<tbody>{trs}</tbody></table></div>"
        )

    def dl(self, items: list[tuple[str, str]]) -> str:
        body = "".join(f"<dt>{t(k, self.lang)}</dt><dd>{v}</dd>" for k, v in items if v)
        return f'<dl class="fields">{body}</dl>' if body else ""

    def page(self, title: str, header: str, body: str, *, kind: str) -> str:
        """The whole document around a page body."""
        dir_ = "rtl" if self.lang == "ar" else "ltr"
        other = "en" if self.lang == "ar" else "ar"
        other_name = "English" if other == "en" else "العربية"
        path = esc(self.ctx.href(self.iri))
        return (
            "<!doctype html>\n"
            f'<html lang="{self.lang}" dir="{dir_}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)} · statekg</title>\n"
            '<link rel="stylesheet" href="/static/style.css">\n'
            f'<link rel="alternate" type="text/turtle" href="{path}">\n'
            f'<link rel="alternate" type="application/ld+json" href="{path}">\n'
            f'</head>\n<body class="resource kind-{esc(kind.lower())}">\n'
            f'<a class="skip" href="#main">{t("skip", self.lang)}</a>\n'
            f'<header class="site"><nav aria-label="{t("site", self.lang)}">'
            f'<a class="brand" href="/">statekg</a>'
            f'<a href="/">{t("home", self.lang)}</a>'
            f'<a class="lang-switch" href="?lang={other}" lang="{other}" hreflang="{other}">'
            f"{other_name}</a></nav></header>\n"
            f'<main id="main">\n<div class="resource-head">{header}</div>\n{body}\n</main>\n'
            f'<footer class="site"><p>{t("iri", self.lang)}: '
            f'<code dir="ltr" class="iri">{esc(self.iri)}</code></p></footer>\n'
            "</body>\n</html>\n"
        )

    async def select(self, name: str, **params: TermArg) -> tuple[list[Row], bool]:
        """Rows of a page query (``kg:name`` for a query of :mod:`kg.queries`), capped."""
        template = load(name[3:]) if name.startswith("kg:") else page_query(name)
        return await select_capped(self.ctx, template, self.cap, **params)

    async def who_said(
        self, *, about: list[NamedNode] | None = None, speaker: list[NamedNode] | None = None
    ) -> tuple[list[Row], bool]:
        """Statements by or about the resource (:func:`kg.answers.who_said_query`), capped;
        described by the statement summaries when every article carries them."""
        _, summary = await who_said_coverage(self.ctx)
        query = who_said_query(
            self.ctx.iris, about=about, speaker=speaker, lang=self.lang, summary=summary
        )
        rows, capped = await select_text_capped(self.ctx, query, self.cap)
        if summary:
            rows = [expand_summary(r, self.lang) for r in rows]
        return rows, capped

    async def properties(self) -> tuple[list[Row], bool]:
        """The resource's own properties (not a table: the page is built from them)."""
        cap = max(self.cap, _PROPERTY_CAP)
        template = page_query("properties")
        return await select_capped(self.ctx, template, cap, iri=self.node, lang=Literal(self.lang))

    # -- statements and relations --------------------------------------------------------
    def statement_card(self, r: Row, *, show_source: bool = True) -> str:
        """One statement as a card; an Arabic statement is laid out right to left."""
        c_lang = lang_of(r.get("content")) or ""
        if c_lang.startswith("ar"):
            attrs = ' lang="ar" dir="rtl"'
        else:
            attrs = (f' lang="{esc(c_lang)}"' if c_lang else "") + ' dir="auto"'
        head = [
            f'<span class="speaker">{self.ref(val(r, "speaker"), val(r, "speakerLabel"))}</span>'
        ]
        head += [plain(val(r, k), cls=c) for k, c in (("role", "role"), ("stateLabel", "state"))]
        meta: list[str] = []
        if val(r, "cue"):
            meta.append(text_html(r.get("cue"), cls="cue"))
        if val(r, "date"):
            meta.append(_time(val(r, "date")))
        if val(r, "direct") == "true":
            meta.append(f'<span class="tag">{t("direct", self.lang)}</span>')
        if val(r, "viaLabel"):
            via = self.ref(val(r, "via"), val(r, "viaLabel")) if val(r, "via") else ""
            via = via or plain(val(r, "viaLabel"))
            meta.append(f'<span class="via">{t("via", self.lang)} {via}</span>')
        if val(r, "about"):
            meta.append(
                f'<span class="about">{t("about", self.lang)} {self.names(val(r, "about"))}</span>'
            )
        foot = [link(self.ctx.href(val(r, "statement") or ""), t("statement", self.lang))]
        if show_source and val(r, "article"):
            foot.append(f"{t('source', self.lang)}: {self.article_ref(r)}")
            foot.append(plain(val(r, "source"), cls="outlet"))
            if val(r, "published"):
                foot.append(_time(val(r, "published")))
            foot.append(self.url(val(r, "url")))
        return (
            f'<article class="card statement"{attrs}>'
            f"<header>{_SEP.join(h for h in head if h)}</header>"
            f"<blockquote>{esc(val(r, 'content') or '')}</blockquote>"
            f'<p class="meta">{_SEP.join(meta)}</p>'
            f"<footer>{_SEP.join(f for f in foot if f)}</footer></article>"
        )

    def statement_cards(self, rows: list[Row], *, show_source: bool = True) -> str:
        return "".join(self.statement_card(r, show_source=show_source) for r in rows)

    def relations_table(self, rows: list[Row], *, show_source: bool = True) -> str:
        """Relations as a table, in the query's order (by date)."""
        heads = ["date", "subject", "type", "object", "modality", "evidence", "confidence"]
        out = []
        for r in rows:
            rtype = link(self.ctx.href(val(r, "relation") or ""), esc(val(r, "type") or ""))
            cells = [
                f'<td class="date">{_time(val(r, "date") or val(r, "dateStart"))}</td>',
                f"<td>{self.with_state(r, 'subject')}</td>",
                f'<td class="rtype" dir="ltr">{rtype}</td>',
                f"<td>{self.with_state(r, 'object')}</td>",
                f"<td>{self.modality(val(r, 'modality'))}</td>",
                f'<td class="evidence">{text_html(r.get("evidence"))}</td>',
                f'<td class="num">{esc(val(r, "confidence") or "")}</td>',
            ]
            if show_source:
                date = val(r, "published")
                small = f" <small>{_time(date)}</small>" if date else ""
                cells.append(f"<td>{self.article_ref(r)}{small}</td>")
            out.append(cells)
        return self.table("relations", [*heads, "source"] if show_source else heads, out)

    def evidence_source(self, r: Row) -> str:
        """Where evidence comes from: article, outlet, date, original URL, character offsets."""
        items = [
            ("article", self.article_ref(r)),
            ("source", plain(val(r, "source"))),
            ("published", _time(val(r, "published"))),
            ("url", self.url(val(r, "url"), full=True)),
        ]
        if val(r, "start") and val(r, "end"):
            span = f"{esc(val(r, 'start'))}–{esc(val(r, 'end'))}"
            items.append(("offsets", f'<span dir="ltr">{span}</span>'))
        return self.dl(items)

    # -- entity ----------------------------------------------------------------------
    async def entity(self, kinds: list[str]) -> str:
        n, lang = self.node, Literal(self.lang)
        no: dict[str, TermArg] = {"since": None, "until": None, "limit": None, "lang": lang}
        (
            (props, _),
            (roles, roles_capped),
            (by, by_capped),
            (about, about_capped),
            (rels, rels_capped),
            (arts, arts_capped),
            (members, members_capped),
        ) = await asyncio.gather(
            *[
                self.properties(),
                self.select("entity_roles", entity=n, lang=lang),
                self.who_said(speaker=[n]),
                self.who_said(about=[n]),
                self.select("kg:relations", a=[n], b=None, both=Literal(True), types=None, **no),
                self.select("entity_articles", entity=n),
                self.select("entity_members", entity=n, lang=lang)
                if "State" in kinds
                else _no_rows(),
            ]
        )

        def objects(prop: str) -> list[dict[str, str]]:
            return [r["o"] for r in props if val(r, "p") == prop and "o" in r]

        labels = objects(_RDFS_LABEL)
        qids = sorted({b["value"] for b in objects(KG_NS + "qid") if _QID.match(b["value"])})
        states = [
            self.ref(val(r, "o"), val(r, "name"))
            for r in props
            if val(r, "p") == KG_NS + "state" and val(r, "o") != self.iri
        ]
        main = pick_lang(labels, self.lang)
        other_lang = "en" if self.lang == "ar" else "ar"
        other = pick_lang([b for b in labels if lang_of(b) == other_lang], other_lang)
        title = main["value"] if main else _local(self.iri)
        wikidata = " ".join(
            link(
                f"https://www.wikidata.org/wiki/{q}",
                f'<span dir="ltr">{esc(q)}</span>',
                external=True,
            )
            for q in qids
        )
        header = f"<h1>{text_html(main) if main else esc(title)}</h1>"
        if other and other is not main:
            header += f'<p class="subtitle">{text_html(other)}</p>'
        badges = "".join(self.kind(k) for k in kinds)
        if wikidata:
            badges += f' <span class="badge wikidata">{t("wikidata", self.lang)}: {wikidata}</span>'
        header += f'<p class="badges">{badges}</p>'

        def names_in(code: str) -> str:
            return " · ".join(text_html(b) for b in labels if lang_of(b) == code)

        names = self.dl(
            [
                ("name_ar", names_in("ar")),
                ("name_en", names_in("en")),
                ("aliases", " · ".join(text_html(b) for b in objects(_SKOS_ALT))),
                ("type", " ".join(t(k, self.lang) for k in kinds)),
                ("state", " · ".join(states)),
                ("wikidata", wikidata),
            ]
        )
        body = [self.section("names", names)]
        if roles or "Person" in kinds:
            body.append(self.section("roles", self.roles_list(roles)) + self.capped(roles_capped))
        if "State" in kinds:
            items = "".join(
                f"<li>{self.ref(val(r, 'member'), val(r, 'label'))} "
                f"<small>{t(_local(val(r, 'type') or ''), self.lang)}</small></li>"
                for r in members
            )
            block = f'<ul class="members">{items}</ul>' if items else ""
            body.append(
                self.section("members", block, count=len(members)) + self.capped(members_capped)
            )
        name_html = plain(title)
        body += [
            self.section("statements_by", self.statement_cards(by), extra=name_html, count=len(by))
            + self.capped(by_capped),
            self.section(
                "statements_about", self.statement_cards(about), extra=name_html, count=len(about)
            )
            + self.capped(about_capped),
            self.section("relations", self.relations_table(rels), count=len(rels))
            + self.capped(rels_capped),
            self.section("articles", self.articles_table(arts), count=len(arts))
            + self.capped(arts_capped),
        ]
        return self.page(title, header, "\n".join(body), kind=kinds[0])

    def roles_list(self, roles: list[Row]) -> str:
        items = []
        for r in roles:
            item = text_html(r.get("label"))
            if val(r, "of"):
                of = self.ref(val(r, "of"), val(r, "ofLabel"))
                item += f' <span class="of">{t("of", self.lang)} {of}</span>'
            for key, word in (("start", "from"), ("end", "to")):
                if val(r, key):
                    item += f" <small>{t(word, self.lang)} {esc(val(r, key))}</small>"
            items.append(f"<li>{item}</li>")
        return f'<ul class="roles">{"".join(items)}</ul>' if items else ""

    def articles_table(self, rows: list[Row]) -> str:
        out = [
            [
                f'<td class="date">{_time(val(r, "published"))}</td>',
                f"<td>{self.article_ref(r)}</td>",
                f"<td>{text_html(r.get('source'))}</td>",
                f'<td class="evidence">{self.names(val(r, "surfaces"))}</td>',
                f"<td>{self.url(val(r, 'url'))}</td>",
            ]
            for r in rows
        ]
        return self.table("articles", ["published", "headline", "source", "mentions", "url"], out)

    # -- article -----------------------------------------------------------------------
    async def article(self) -> str:
        n, lang = self.node, Literal(self.lang)
        (
            (props, _),
            (ents, ents_capped),
            (stmts, stmts_capped),
            (rels, rels_capped),
        ) = await asyncio.gather(
            self.properties(),
            self.select("article_entities", article=n, lang=lang),
            self.select("statements", article=[n], statement=None, lang=lang),
            self.select("relations", article=[n], relation=None, lang=lang),
        )

        def first(prop: str) -> dict[str, str] | None:
            return next((r["o"] for r in props if val(r, "p") == prop and "o" in r), None)

        def first_value(prop: str) -> str:
            b = first(prop)
            return b["value"] if b else ""

        headline = first(_SCHEMA + "headline")
        title = headline["value"] if headline else _local(self.iri)
        extractor = first_value(_PROV_GENERATED)
        base = self.ctx.base_iri
        ext_name = extractor[len(base) :] if extractor.startswith(base) else extractor
        header = (
            f"<h1>{text_html(headline) if headline else esc(title)}</h1>"
            f'<p class="badges">{self.kind("NewsArticle")}</p>'
        )
        meta = self.dl(
            [
                ("identifier", esc(first_value(KG_NS + "articleId"))),
                ("published", _time(first_value(_SCHEMA + "datePublished"))),
                ("source", text_html(first(KG_NS + "sourceName"))),
                ("language", esc(first_value(_SCHEMA + "inLanguage"))),
                ("url", self.url(first_value(_SCHEMA + "url"), full=True)),
                ("extractor", f'<code dir="ltr">{esc(ext_name)}</code>' if ext_name else ""),
            ]
        )
        ent_rows = [
            [
                f"<td>{self.ref(val(r, 'entity'), val(r, 'label'))}</td>",
                f"<td>{t(_local(val(r, 'type') or ''), self.lang)}</td>",
                f'<td class="evidence">{self.names(val(r, "surfaces"))}</td>',
            ]
            for r in ents
        ]
        cards = self.statement_cards(stmts, show_source=False)
        body = [
            self.section("metadata", meta),
            self.section(
                "entities",
                self.table("entities", ["entities", "type", "mentions"], ent_rows),
                count=len(ents),
            )
            + self.capped(ents_capped),
            self.section("statements", cards, count=len(stmts)) + self.capped(stmts_capped),
            self.section(
                "relations", self.relations_table(rels, show_source=False), count=len(rels)
            )
            + self.capped(rels_capped),
        ]
        return self.page(title, header, "\n".join(body), kind="NewsArticle")

    # -- statement ---------------------------------------------------------------------
    async def statement(self) -> str:
        n, lang = self.node, Literal(self.lang)
        (rows, _), (inc, _) = await asyncio.gather(
            self.select("statements", statement=[n], article=None, lang=lang),
            self.select("incoming", iri=n, lang=lang),
        )
        if not rows:
            return await self.generic(["Statement"])
        r = rows[0]
        relays = [x for x in inc if val(x, "p") == KG_NS + "reportedIn"]
        fields = self.dl(
            [
                ("speaker", self.ref(val(r, "speaker"), val(r, "speakerLabel"))),
                ("role", plain(val(r, "role"))),
                ("state", plain(val(r, "stateLabel"))),
                ("cue", text_html(r.get("cue"))),
                ("direct", t("yes" if val(r, "direct") == "true" else "no", self.lang)),
                ("date", _time(val(r, "date"))),
                ("about", self.names(val(r, "about"))),
                ("via", self.ref(val(r, "via"), val(r, "viaLabel"))),
                ("reported_in", self.ref(val(r, "reportedIn"))),
                ("relays", " · ".join(self.ref(val(x, "s"), val(x, "name")) for x in relays)),
                ("confidence", esc(val(r, "confidence") or "")),
            ]
        )
        speaker = val(r, "speakerLabel") or ""
        header = (
            f"<h1>{t('statement', self.lang)}: {plain(speaker)}</h1>"
            f'<p class="badges">{self.kind("Statement")}</p>'
        )
        evidence = self.statement_card(r) + self.evidence_source(r)
        body = [self.section("evidence", evidence), self.section("fields", fields)]
        title = f"{speaker}: {(val(r, 'content') or '')[:60]}"
        return self.page(title, header, "\n".join(body), kind="Statement")

    # -- relation ----------------------------------------------------------------------
    async def relation(self) -> str:
        lang = Literal(self.lang)
        rows, _ = await self.select("relations", relation=[self.node], article=None, lang=lang)
        if not rows:
            return await self.generic(["Relation"])
        r = rows[0]
        rtype = esc(val(r, "type") or "")
        subject, obj = val(r, "subjectLabel") or "", val(r, "objectLabel") or ""
        header = (
            f'<h1>{plain(subject)} <span class="rtype" dir="ltr">{rtype}</span> {plain(obj)}</h1>'
            f'<p class="badges">{self.kind("Relation")} {self.modality(val(r, "modality"))}</p>'
        )
        date = _time(val(r, "date"))
        if date and val(r, "precision"):
            date += f" <small>({esc(val(r, 'precision'))})</small>"
        quad = val(r, "quadClass")
        fields = self.dl(
            [
                ("subject", self.ref(val(r, "subject"), subject)),
                (
                    "type",
                    f'<span dir="ltr">{rtype}</span>'
                    + (f" <small>({esc(quad)})</small>" if quad else ""),
                ),
                ("object", self.ref(val(r, "object"), obj)),
                ("modality", self.modality(val(r, "modality"))),
                ("date", date),
                ("topic", text_html(r.get("topic"))),
                ("trigger", text_html(r.get("trigger"))),
                ("confidence", esc(val(r, "confidence") or "")),
            ]
        )
        quote = text_html(r.get("evidence"), tag="blockquote", cls="evidence")
        body = [
            self.section("evidence", quote + self.evidence_source(r)),
            self.section("fields", fields),
        ]
        return self.page(
            f"{subject} {val(r, 'type') or ''} {obj}", header, "\n".join(body), kind="Relation"
        )

    # -- anything else ---------------------------------------------------------------------
    async def generic(self, kinds: list[str]) -> str:
        n, lang = self.node, Literal(self.lang)
        (props, props_capped), (inc, inc_capped) = await asyncio.gather(
            self.select("properties", iri=n, lang=lang),
            self.select("incoming", iri=n, lang=lang),
        )
        header = (
            f'<h1><code dir="ltr">{esc(self.compact(self.iri))}</code></h1>'
            f'<p class="badges">{"".join(self.kind(k) for k in kinds)}</p>'
        )
        prop_rows = [
            [
                f'<th scope="row">{self.predicate(val(r, "p"))}</th>',
                f"<td>{self.value(r.get('o'), val(r, 'name'))}</td>",
            ]
            for r in props
        ]
        inc_rows = [
            [
                f"<td>{self.ref(val(r, 's'), val(r, 'name'))}</td>",
                f"<td>{self.predicate(val(r, 'p'))}</td>",
            ]
            for r in inc
        ]
        body = [
            self.section("properties", self.table("props", ["property", "value"], prop_rows))
            + self.capped(props_capped),
            self.section("links_in", self.table("props", ["resource", "property"], inc_rows))
            + self.capped(inc_capped),
        ]
        kind = kinds[0] if kinds else "resource"
        return self.page(self.compact(self.iri), header, "\n".join(body), kind=kind)

    def value(self, binding: dict[str, str] | None, name: str | None) -> str:
        """A property value: a link for a resource, bidi-marked text for a literal."""
        if not binding:
            return ""
        if binding.get("type") == "uri":
            return self.ref(binding["value"], name)
        return text_html(binding)
