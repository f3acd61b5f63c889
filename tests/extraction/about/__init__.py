"""What a statement is about (kg.extractors.about)."""
