"""kg eval and the developer scripts around the gold sets."""
