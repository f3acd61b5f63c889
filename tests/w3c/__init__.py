"""Test support for ``kg serve``: a real server in a thread, and the W3C manifest runner."""
