"""statekg: a knowledge graph of relations between states, built from news."""

from kg._version import __version__

__all__ = ["__version__"]
