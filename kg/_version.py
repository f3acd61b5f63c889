"""The one place the statekg version lives (read by hatch and by the code)."""

__version__ = "0.1.0"
