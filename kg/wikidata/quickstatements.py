"""``kg export quickstatements``: QuickStatements v1 commands for sourced facts Wikidata can take.

One block per article that has a URL and a headline with a language::

    CREATE
    LAST	Lar	"مصر تدين …"
    LAST	P31	Q5707594	S854	"https://…"	S577	+2025-03-20T00:00:00Z/11	S813	…
    LAST	P1476	ar:"مصر تدين …"	S854	"https://…"	…
    LAST	P577	+2025-03-20T00:00:00Z/11	S854	"https://…"	…
    LAST	P953	"https://…"	S854	"https://…"	…
    LAST	P1683	ar:"…"	P50	Q39259	P585	+2025-03-20T00:00:00Z/11	S854	"https://…"	…

Every claim carries one reference (consecutive ``S`` pairs on one line): S854
the article's URL, S577 its publication date and, when the caller gives the day
the articles were retrieved, S813.  A label is not a claim and needs no source.
Never an unsourced claim: an article without a URL gives no commands, nor does
one without a headline (an item needs a label).  The facts are those of the
Wikidata RDF profile (:mod:`kg.wikidata.profile`), which explains what is left
out and why.

Values are written in v1 syntax: strings and URLs in double quotes, monolingual
text as ``lang:"…"``, times as ``+YYYY-MM-DDT00:00:00Z/precision`` (11 day,
10 month, 9 year; missing month or day as ``00``).  Tabs and line breaks inside
a value become spaces (they would split the command).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode

from kg.wikidata.facts import ArticleFacts, article_facts
from kg.wikidata.terms import Pid, qid

if TYPE_CHECKING:
    from kg.store import KnowledgeGraph

__all__ = ["QuickStatementsReport", "qs_string", "qs_time", "quickstatements"]

_SPACE = re.compile(r"[\t\r\n\v\f\u2028\u2029]+")
_PRECISION = {4: 9, 7: 10, 10: 11}


def qs_string(text: str) -> str:
    """A string value: ``"text"`` on one line.

    >>> qs_string("a\\tb")
    '"a b"'
    """
    return '"' + _SPACE.sub(" ", text).strip() + '"'


def qs_time(value: str) -> str:
    """A time value from an ISO partial date.

    >>> qs_time("2025-03-20"), qs_time("2025-03"), qs_time("2025")
    ('+2025-03-20T00:00:00Z/11', '+2025-03-00T00:00:00Z/10', '+2025-00-00T00:00:00Z/9')
    """
    parts = [*value.split("-"), "00", "00"]
    return f"+{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z/{_PRECISION[len(value)]}"


@dataclass
class QuickStatementsReport:
    """What an export wrote and what it left out."""

    articles: int = 0
    """Articles written as items."""
    commands: int = 0
    no_url: list[str] = field(default_factory=list)
    """Article graphs left out: no URL, so nothing to cite."""
    no_title: list[str] = field(default_factory=list)
    """Article graphs left out: no headline with a language, so no label."""


def _article_lines(facts: ArticleFacts, retrieved: date | None) -> Iterator[str]:
    assert facts.url is not None and facts.headline is not None and facts.language
    lang = facts.language
    source = ["S" + Pid.REFERENCE_URL[1:], qs_string(facts.url.value)]
    if facts.published:
        source += ["S" + Pid.PUBLICATION_DATE[1:], qs_time(facts.published)]
    if retrieved is not None:
        source += ["S" + Pid.RETRIEVED[1:], qs_time(retrieved.isoformat())]

    def claim(pid: str, value: str, *qualifiers: str) -> str:
        return "\t".join(["LAST", pid, value, *qualifiers, *source])

    title = qs_string(facts.headline.value)
    yield "CREATE"
    yield "\t".join(["LAST", "L" + lang, title])
    yield claim(Pid.INSTANCE_OF, qid("news_article"))
    yield claim(Pid.TITLE, f"{lang}:{title}")
    if facts.published:
        yield claim(Pid.PUBLICATION_DATE, qs_time(facts.published))
    yield claim(Pid.FULL_WORK_URL, qs_string(facts.url.value))
    for quote in facts.quotations:
        quals = [Pid.AUTHOR, quote.author]
        if quote.date:
            quals += [Pid.POINT_IN_TIME, qs_time(quote.date)]
        yield claim(Pid.QUOTATION, f"{quote.text.language}:{qs_string(quote.text.value)}", *quals)


def quickstatements(
    kg: KnowledgeGraph,
    graphs: list[NamedNode] | None = None,
    *,
    retrieved: date | None = None,
    report: QuickStatementsReport | None = None,
) -> Iterator[str]:
    """QuickStatements v1 commands (one per line, no newline) for the selected article graphs.

    :param graphs: article graphs (default: all), in output order.
    :param retrieved: the day the articles were retrieved (S813); statekg does not
        record it, so it is left out unless given.
    :param report: filled with what was written and what was left out.
    """
    rep = report if report is not None else QuickStatementsReport()
    for g in graphs if graphs is not None else list(kg.graphs()):
        facts = article_facts(kg.store, g)
        if facts.url is None:
            rep.no_url.append(g.value)
            continue
        if facts.headline is None or not facts.language:
            rep.no_title.append(g.value)
            continue
        rep.articles += 1
        for line in _article_lines(facts, retrieved):
            rep.commands += 1
            yield line
