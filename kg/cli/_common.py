"""Shared pieces of the CLI: the store option, error translation, output helpers."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from kg import config
from kg.errors import KGError

P = ParamSpec("P")
R = TypeVar("R")

StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        "-s",
        help="Store folder (default: $KG_STORE, else ./kg-store).",
        show_default=False,
    ),
]
LangOption = Annotated[str, typer.Option("--lang", help="Preferred language of labels: en or ar.")]


def store_path(store: Path | None) -> Path:
    """The store folder a command uses."""
    return store if store is not None else config.default_store_path()


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``error: message`` on stderr (one line) and return the Exit to raise."""
    typer.echo(f"error: {message.splitlines()[0] if message else 'failed'}", err=True)
    return typer.Exit(code)


def translate_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn library errors into a one-line message and exit code 1 (never a traceback)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except KGError as exc:
            raise fail(str(exc)) from None
        except OSError as exc:
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            raise fail(f"{where}{exc.strerror or exc}") from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None

    return wrapper


def echo_table(headers: list[str], rows: list[list[str]], *, max_width: int = 60) -> None:
    """Print a plain-text table (cells cut to ``max_width``)."""

    def cut(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cut(c) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    typer.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    typer.echo("  ".join("-" * w for w in widths))
    for r in cells:
        typer.echo("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def stdout_is_terminal() -> bool:
    """True when printing to a terminal (progress bars only then)."""
    return sys.stdout.isatty()
