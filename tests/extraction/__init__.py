"""Extraction: extract(), its text helpers, speed-ups and compiled modules; a package per step."""
