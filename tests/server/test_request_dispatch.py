"""The main process's work per request (form decoding, SERVICE check, query shape) keeps
its answers while doing less of it in Python."""

from __future__ import annotations

from urllib.parse import quote_plus, unquote_to_bytes, urlencode

from hypothesis import given
from hypothesis import strategies as st

from kg.server.pool import QueryShapes
from kg.server.sparql_text import uses_service
from kg.server.web import parse_params, unquote_form

FIELD = st.text(alphabet=st.sampled_from("%+\\xX0123456789aAfFgZ é<>\"'&=Ω\n"), max_size=40)


@given(FIELD)
def test_unquote_form_decodes_every_field_as_unquote_to_bytes_does(field: str) -> None:
    """Valid escapes, invalid ones (%ZZ, a trailing %), backslashes, pluses, raw text."""
    assert unquote_form(field) == unquote_to_bytes(field.replace("+", " "))


@given(st.text(max_size=60))
def test_a_quoted_form_field_comes_back_as_it_was_sent(text: str) -> None:
    assert unquote_form(quote_plus(text)).decode("utf-8") == text


def test_a_form_encoded_query_with_backslashes_and_arabic_is_read_back_exactly() -> None:
    query = (
        'SELECT ?s WHERE { ?s <http://ex.org/name> ?n FILTER(REGEX(?n, "^\\\\d+\\\\s")) '
        'FILTER(CONTAINS(?n, "الرياض") || ?n = "50%") }'
    )
    body = urlencode({"query": query, "default-graph-uri": "http://ex.org/g"}).encode()
    assert parse_params(body) == [("query", query), ("default-graph-uri", "http://ex.org/g")]


def test_service_is_found_as_a_keyword_in_any_case_and_not_inside_strings_or_iris() -> None:
    assert uses_service("SELECT * { service <http://x/sparql> { ?s ?p ?o } }")
    assert uses_service("SELECT * { SERVICE SILENT <http://x/sparql> { ?s ?p ?o } }")
    assert not uses_service('SELECT * { ?s <http://ex.org/service> "customer SERVICE" }')
    assert not uses_service("SELECT * { ?s ?p ?o } # no SERVICE here")
    assert not uses_service("SELECT * { ?s ?p ?o }")


def test_query_shapes_keep_numbers_in_names_apart_from_literal_numbers() -> None:
    """Blanking numbers leaves variable names alone (?x1 and ?x2 are other shapes),
    while LIMIT 10 and LIMIT 100, or 2.5 and 1e3, are the same shape."""
    shape = QueryShapes.shape
    assert shape("SELECT ?x1 { ?x1 ?p ?o }") != shape("SELECT ?x2 { ?x2 ?p ?o }")
    assert shape("SELECT * { ?s ?p ?o } LIMIT 10") == shape("SELECT * { ?s ?p ?o } LIMIT 100")
    assert shape("SELECT * { ?s ?p 2.5 }") == shape("SELECT * { ?s ?p 1e3 }")
    assert shape('SELECT * { ?s ?p "a \\" b" }') == shape("SELECT * { ?s ?p 'c' }")
    assert shape("SELECT * {\n  ?s ?p ?o\n}") == shape("SELECT * { ?s ?p ?o }")
