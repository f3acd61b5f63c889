"""The main process's work per request (session 14): the same answers with fewer wake-ups
and less Python per request."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kg.server.pool import _NUMBER, QueryShapes
from kg.server.sparql_text import uses_service

# the number pattern before session 14 (a leading \b: the engine tried every position)
_OLD_NUMBER = re.compile(r"\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b")

TEXT = st.text(alphabet=st.sampled_from("0123456789.eE+-_xX? <>\"'(),:é٣\n"), max_size=60)


@given(TEXT)
def test_numbers_are_blanked_exactly_where_the_word_boundary_pattern_blanked_them(
    text: str,
) -> None:
    assert _NUMBER.sub("0", text) == _OLD_NUMBER.sub("0", text)


def test_numbers_inside_names_stay_and_numbers_of_every_form_are_blanked() -> None:
    blanked = _NUMBER.sub("0", "SELECT ?x1 ?y_2 { ?x1 ?p 2.5, 1e3, 7E-2, 42 } LIMIT 100 OFFSET 3")
    assert blanked == "SELECT ?x1 ?y_2 { ?x1 ?p 0, 0, 0, 0 } LIMIT 0 OFFSET 0"
    shape = QueryShapes.shape
    assert shape("SELECT * { ?s ?p ?o } LIMIT 10") == shape("SELECT * { ?s ?p ?o } LIMIT 999")


def test_service_in_any_ascii_case_is_found_and_other_texts_are_let_through() -> None:
    assert uses_service("SELECT * { SeRvIcE <http://x/sparql> { ?s ?p ?o } }")
    assert uses_service("select * {\n  service silent <http://x/sparql> { ?s ?p ?o }\n}")
    assert not uses_service('SELECT * { ?s <http://ex.org/Service> "Customer service" }')
    assert not uses_service("SELECT * { ?s ?p ?o } # SERVICE in a comment")
    assert not uses_service('SELECT ?n { ?s <http://ex.org/name> "الخدمة" }')
    assert not uses_service("ASK {}")
