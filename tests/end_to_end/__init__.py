"""End to end: the bundled examples, their network tour and the seed article."""
