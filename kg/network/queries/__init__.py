"""SPARQL of :mod:`kg.network` (``*.rq``), filled with :func:`kg.queries.render`."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["load"]


@cache
def load(name: str) -> str:
    """The text of ``kg/network/queries/{name}.rq``."""
    return resources.files(__package__).joinpath(f"{name}.rq").read_text(encoding="utf-8")
