"""Actors: the gazetteer, linking, home states, and people or bodies the gazetteer lacks."""
