"""Networks, events and pictures (kg.network)."""
