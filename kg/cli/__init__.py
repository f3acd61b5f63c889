"""The ``kg`` command line: thin wrappers over the library.

Each module here registers its commands on :data:`app`; every command opens a
:class:`~kg.store.KnowledgeGraph`, calls one library function and prints.
"""

from __future__ import annotations

from typing import Annotated

import typer

from kg._version import __version__

app = typer.Typer(
    name="kg",
    help=(
        "statekg: a knowledge graph of relations between states, built from Arabic and "
        "English news. Who said what about whom, and what states did to each other."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"statekg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """statekg command line."""


def _register() -> None:
    from kg.cli import ask, eval_cmd, export, ingest, network_cmd, serve, wikidata_cmd

    for module in (ingest, ask, export, wikidata_cmd, eval_cmd, serve, network_cmd):
        module.register(app)


_register()


def main() -> None:
    """Entry point of the ``kg`` console script."""
    app()


__all__ = ["app", "main"]
