"""The kinds of raised errors (LANGUAGE.md §8): Python's names, one tag each.

A kind's code is the runtime's (rt.h `EM_*`): the fault kinds share their numbers;
`Error` (Mojo's plain error) and `Exception` (Python's) are two more. All are the one
type `Error` (also spelled `Exception`). `except` also accepts Python's base names, each
standing for the kinds it groups; `Error` and `Exception` catch every kind.
"""
from __future__ import annotations

from types import MappingProxyType

# What `raise K(...)` constructs: name -> tag stored in the error object.
KINDS = MappingProxyType({
    "IndexError": 0, "ZeroDivisionError": 1, "OverflowError": 2, "AssertionError": 3,
    "ValueError": 4, "KeyError": 6, "RuntimeError": 7, "Error": 8, "Exception": 9,
    "FileNotFoundError": 11, "PermissionError": 12, "IsADirectoryError": 13, "OSError": 14,
})
OS_ERRORS = frozenset({"FileNotFoundError", "PermissionError", "IsADirectoryError", "OSError"})

# What `except NAME` catches: a set of kinds, or None for every kind.
CATCHES: MappingProxyType[str, frozenset[str] | None] = MappingProxyType({
    **{k: frozenset({k}) for k in KINDS if k not in ("Error", "Exception")},
    "Error": None, "Exception": None, "BaseException": None,
    "LookupError": frozenset({"IndexError", "KeyError"}),
    "ArithmeticError": frozenset({"ZeroDivisionError", "OverflowError"}),
    "OSError": OS_ERRORS, "IOError": OS_ERRORS, "EnvironmentError": OS_ERRORS,
})
