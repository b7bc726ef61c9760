"""Tuples of any length (`tuple(xs)`, `tuple(sorted(s))`, `zip(*rows)`'s): Python's
tuple whose length is known only at run time, as a list of kind "tuple"
(types.ListType): printed `(a, b)` and `(a,)`, compared and ordered as sequences,
hashed as CPython hashes a tuple (so it is a dict key or a set element), and never
changed: no `append`, no `t[i] = v`. A tuple written as one, `(1, 2)`, keeps its own
fixed type; where a tuple of any length is wanted, it becomes one (`convert`)."""
from __future__ import annotations

from collections.abc import Callable

from ember.sema.check.context import Checker
from ember.syntax import ast
from ember.types import types as T

KIND = "tuple"
READERS = frozenset({"count", "index"})  # a tuple's methods


def construct(ck: Checker, e: ast.Call, as_list: Callable[..., T.Type], expected: T.Type | None) -> T.Type:
    """`tuple(iterable)`: what `list(iterable)` makes, as a tuple."""
    if not e.args and not e.keywords:
        return ck.error(e.span, "`tuple()` of nothing is not supported: its element type is unknown",
                        help=("write `()`",))
    hint = T.ListType(expected.elem) if isinstance(expected, T.ListType) else None
    t = as_list(ck, e, "list", hint)
    return T.ListType(t.elem, KIND) if isinstance(t, T.ListType) else t


def method(ck: Checker, t: T.ListType, attr: str, span: object) -> bool:
    """Whether `attr` may be called on a tuple (else reported, in Python's words)."""
    if t.kind != KIND or attr in READERS:
        return True
    ck.error(span, f"'tuple' object has no attribute '{attr}'", "a tuple cannot change",  # type: ignore[arg-type]
             help=("make a list of it first: `list(t)`",))
    return False


def store(ck: Checker, t: T.Type, span: object) -> bool:
    """Whether an element of a value of type `t` may be assigned (not a tuple's)."""
    if isinstance(t, T.ListType) and t.kind == KIND:
        ck.error(span, "'tuple' object does not support item assignment", "a tuple cannot change",  # type: ignore[arg-type]
                 help=("make a list of it first: `list(t)`",))
        return False
    return True
