"""The command line, the README's honesty and the public Python API."""
