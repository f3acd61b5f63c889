"""Wikidata alignment, linkset, profile, QuickStatements and reconciliation."""
