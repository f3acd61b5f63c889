"""Speakers of statements: who speaks, relays, and speakers carried across sentences."""
