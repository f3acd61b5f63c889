"""Errors raised by statekg.

Every error the library raises on purpose derives from :class:`KGError`, so a
caller can catch one class.  The CLI and the HTTP server translate them into a
one-line message and a non-zero exit code or a 4xx status; nothing else should
ever reach a user as a traceback.

Hierarchy::

    KGError
    ├── InputError            bad article input (file, encoding, JSON, HTML)
    │   └── EmptyInputError   an input with no text in it
    ├── ValidationError       an Extraction that breaks the model contract
    ├── LinkingError          a name that cannot be resolved to an entity
    │   └── AmbiguousNameError
    ├── ExtractionError       an extractor failed on an article
    ├── StoreError            the store cannot be opened, read or written
    │   └── StoreLockedError  another process holds the store read-write
    ├── QueryError            a malformed or failing SPARQL query
    └── EvalError             a gold file that cannot be scored

``InputError`` carries the offending ``path`` (or record) so messages always
name the file.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousNameError",
    "EmptyInputError",
    "EvalError",
    "ExtractionError",
    "InputError",
    "KGError",
    "LinkingError",
    "QueryError",
    "StoreError",
    "StoreLockedError",
    "ValidationError",
]


class KGError(Exception):
    """Base class of every error statekg raises on purpose."""


class InputError(KGError):
    """An article input cannot be read: missing, binary, badly encoded, malformed.

    :param message: what is wrong, in one line.
    :param path: the file (or ``file:line``) the problem is in, if known.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


class EmptyInputError(InputError):
    """An input that holds no article text."""


class ValidationError(KGError):
    """An extraction breaks the model contract (dangling id, span outside the text...)."""


class LinkingError(KGError):
    """A name given by a user matches no entity."""


class AmbiguousNameError(LinkingError):
    """A name given by a user matches several entities."""


class ExtractionError(KGError):
    """An extractor failed on an article."""


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process has the store open read-write."""


class QueryError(KGError):
    """A SPARQL query is malformed or failed."""


class EvalError(KGError):
    """A gold file cannot be scored."""
