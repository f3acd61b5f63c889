"""``python -m kg.server [OPTIONS]``: the same as ``kg serve`` (for benchmarks and scripts)."""

from __future__ import annotations

import typer

from kg.cli.serve import serve


def main() -> None:
    """Run ``kg serve`` with the command-line options."""
    typer.run(serve)


if __name__ == "__main__":
    main()
