"""Statements: which spans are statements, their cues, content and precision."""
