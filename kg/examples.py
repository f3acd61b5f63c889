"""Where the bundled example articles and queries are (repository or installed wheel)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["example_articles_path", "example_queries_path"]


def _find(sub: str) -> Path:
    packaged = resources.files("kg").joinpath("examples", sub)
    if packaged.is_dir():
        return Path(str(packaged))
    source = Path(__file__).resolve().parent.parent / "examples" / sub
    if source.is_dir():
        return source
    raise FileNotFoundError(f"bundled examples/{sub} not found")


def example_articles_path() -> Path:
    """Folder of the example articles (``examples/articles``)."""
    return _find("articles")


def example_queries_path() -> Path:
    """Folder of the example SPARQL queries (``examples/queries``)."""
    return _find("queries")
