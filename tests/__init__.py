"""Tests of statekg, one subpackage per capability (see README, Development)."""
