"""The SPARQL of statekg, kept in ``.rq`` files next to this module.

A query file may hold optional blocks ``{{#name}} … {{/name}}``, kept only when
parameter ``name`` is given, and placeholders ``{{name}}`` replaced by RDF terms
rendered by pyoxigraph (``<iri>``, ``"literal"@ar``) — never by raw strings, so
user input cannot inject SPARQL.

>>> from pyoxigraph import NamedNode
>>> render("SELECT * WHERE { {{#x}}VALUES ?x { {{x}} }{{/x}} ?x ?p ?o }", x=[NamedNode("http://a")])
'SELECT * WHERE { VALUES ?x { <http://a> } ?x ?p ?o }'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from pyoxigraph import Literal, NamedNode

__all__ = ["QUERY_NAMES", "load", "render"]

TermArg = (
    NamedNode
    | Literal
    | int
    | Sequence[NamedNode | Literal]
    | Sequence[tuple[NamedNode | Literal, ...]]
    | None
)
"""A parameter: a term, a bare integer, a list of terms, or a list of tuples of terms
(rows of a multi-variable ``VALUES (?a ?b) { … }``, each written ``(a b)``)."""

_BLOCK = re.compile(r"\{\{#(\w+)\}\}(.*?)\{\{/\1\}\}", re.S)
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


@cache
def load(name: str) -> str:
    """The text of ``kg/queries/{name}.rq``."""
    return resources.files(__package__).joinpath(f"{name}.rq").read_text(encoding="utf-8")


def QUERY_NAMES() -> list[str]:  # noqa: N802 - a constant-like listing
    """Names of the bundled queries."""
    return sorted(
        p.name[:-3] for p in resources.files(__package__).iterdir() if p.name.endswith(".rq")
    )


def _terms(value: TermArg) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("pass booleans as Literal(True)")
    if isinstance(value, int):  # LIMIT / OFFSET take a bare integer
        return str(value)
    if isinstance(value, NamedNode | Literal):
        return str(value)
    return " ".join(
        "(" + " ".join(str(x) for x in v) + ")" if isinstance(v, tuple) else str(v) for v in value
    )


def render(template: str, **params: TermArg) -> str:
    """Fill a query template with RDF terms (see the module docstring)."""

    def block(m: re.Match[str]) -> str:
        value = params.get(m.group(1))
        present = value is not None and (
            isinstance(value, NamedNode | Literal | int) or len(value) > 0
        )
        return m.group(2) if present else ""

    text, previous = template, None
    while text != previous:  # blocks may nest
        previous, text = text, _BLOCK.sub(block, text)

    def fill(m: re.Match[str]) -> str:
        if m.group(1) not in params:
            raise KeyError(f"query parameter {m.group(1)!r} not given")
        return _terms(params[m.group(1)])

    return _PLACEHOLDER.sub(fill, text)
