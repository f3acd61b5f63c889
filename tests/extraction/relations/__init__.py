"""Relations: which acts are coded and with which type (lexicons, families, precision, back-off)."""
