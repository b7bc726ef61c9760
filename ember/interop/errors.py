"""Ember's errors and faults as Python exceptions (LANGUAGE.md §8, §9, §12)."""
from __future__ import annotations

import builtins
import ctypes
import functools
from io import UnsupportedOperation


class Error(Exception):
    """Ember's `Error`: raised by `raise Error(...)` in compiled code (as `ember.Error`)."""


Error.__module__ = "ember"  # its public name: repr, tracebacks and pickling say ember.Error


# rt.h EM_*: the index is the kind (EM_NAMED, an uncaught error's report, never reaches Python)
KINDS: tuple[type[BaseException], ...] = (IndexError, ZeroDivisionError, OverflowError, AssertionError,
                                          ValueError, MemoryError, KeyError, RuntimeError, Error, Exception,
                                          EOFError, FileNotFoundError, PermissionError, IsADirectoryError, OSError,
                                          UnsupportedOperation, TypeError, RuntimeError)
EM_USER = 4096  # rt.h: a kind at or above it is the address of an exception class's names


def exception(kind: int, message: str) -> BaseException:
    if kind >= EM_USER:
        cls = exception_class(_names(kind))
    else:
        cls = KINDS[kind] if 0 <= kind < len(KINDS) else RuntimeError
    return cls(message) if message else cls()


def _names(addr: int) -> tuple[str, ...]:
    """An exception class's names, its own first, as codegen wrote them: "A\0B\0...\0\0"."""
    out = []
    while name := ctypes.string_at(addr):
        out.append(name.decode())
        addr += len(name) + 1
    return tuple(out)


@functools.cache
def exception_class(names: tuple[str, ...]) -> type[BaseException]:
    """The Python class of an Ember exception class (`class ParseError(ValueError)`), below
    the class of its base: `except ValueError` in Python catches it as it does in Ember.
    The same names give the same class (in module `ember`)."""
    if len(names) == 1:
        base = Error if names[0] == "Error" else getattr(builtins, names[0], Exception)
        return base if isinstance(base, type) and issubclass(base, BaseException) else Exception
    return type(names[0], (exception_class(names[1:]),), {"__module__": "ember"})
