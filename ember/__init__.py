"""Ember: Python's syntax, compiled through LLVM."""

__version__ = "0.1.0"
