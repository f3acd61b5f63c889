"""Dates: time expressions and the dates acts and statements take."""
