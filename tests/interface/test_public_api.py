"""The curated public API stays small, sorted and importable."""

from __future__ import annotations

import kg


def test_all_is_unique_and_every_name_exists() -> None:
    # the order is ruff's (RUF022); here: no duplicates, nothing missing, small
    assert len(set(kg.__all__)) == len(kg.__all__) <= 15
    for name in kg.__all__:
        assert hasattr(kg, name), name


def test_open_in_memory_ingest_and_ask() -> None:
    graph = kg.open()
    article = kg.Article(
        id="api-1",
        lang="en",
        published="2025-02-03",
        text=(
            'Germany\'s foreign minister said on Monday that Berlin "strongly condemns" '
            "the attack on Ukraine's energy grid by Russia."
        ),
    )
    result = graph.ingest(article)
    assert result.outcome.value == "added"
    assert graph.stats().articles == 1
    assert isinstance(kg.extract(article), kg.Extraction)
