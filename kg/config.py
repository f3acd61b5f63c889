"""Settings: one table of (name, default, help), overridable from the environment.

Each setting ``x`` can be set with the environment variable ``KG_X``
(``KG_STORE``, ``KG_BASE_IRI``).  ``tests/test_docs.py`` checks that every
setting is documented in the README.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SETTINGS", "Setting", "base_iri", "default_store_path", "get"]


@dataclass(frozen=True)
class Setting:
    """One configurable value."""

    name: str
    default: str
    help: str

    @property
    def env(self) -> str:
        """The environment variable that overrides it."""
        return "KG_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("store", "kg-store", "Path of the on-disk Oxigraph store used by CLI commands."),
    Setting(
        "base_iri",
        "https://w3id.org/statekg/id/",
        "Base IRI under which entity, article, statement and relation IRIs are minted.",
    ),
)


def get(name: str) -> str:
    """The value of a setting: its environment variable if set, else the default."""
    for s in SETTINGS:
        if s.name == name:
            return os.environ.get(s.env) or s.default
    raise KeyError(name)


def default_store_path() -> Path:
    """``$KG_STORE``, else ``./kg-store``."""
    return Path(get("store"))


def base_iri() -> str:
    """``$KG_BASE_IRI``, else ``https://w3id.org/statekg/id/`` (always ends with ``/`` or ``#``)."""
    value = get("base_iri")
    return value if value.endswith(("/", "#")) else value + "/"
