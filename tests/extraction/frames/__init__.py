"""Relation frames: who acts on whom, the arguments the coder reads around a trigger."""
