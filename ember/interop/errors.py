"""Ember's errors and faults as Python exceptions (LANGUAGE.md §8, §9, §12)."""
from __future__ import annotations

from io import UnsupportedOperation


class Error(Exception):
    """Ember's `Error`: raised by `raise Error(...)` in compiled code (as `ember.Error`)."""


Error.__module__ = "ember"  # its public name: repr, tracebacks and pickling say ember.Error


# rt.h EM_*: the index is the kind
KINDS: tuple[type[BaseException], ...] = (IndexError, ZeroDivisionError, OverflowError, AssertionError,
                                          ValueError, MemoryError, KeyError, RuntimeError, Error, Exception,
                                          EOFError, FileNotFoundError, PermissionError, IsADirectoryError, OSError,
                                          UnsupportedOperation, TypeError)


def exception(kind: int, message: str) -> BaseException:
    cls = KINDS[kind] if 0 <= kind < len(KINDS) else RuntimeError
    return cls(message) if message else cls()
