"""Objects ordered by their class's `__lt__`, as Python's `sorted`, `list.sort`, `min`,
`max` and `<` of tuples and lists order them (they use `<` alone). The instance of
`__lt__` for two objects of the class is checked here; its key goes to
`program.orders`, which the runtime's comparisons call (codegen/emit/values.py `lt`)."""
from __future__ import annotations

from ember.base.source import Span
from ember.sema.check.context import Checker
from ember.syntax import ast
from ember.types import types as T


def orderable(ck: Checker, t: T.Type, at: Span) -> bool:
    """Whether values of `t` can be ordered: numbers, `str`, `Bool`, lists, optionals and
    tuples of orderable values, and objects whose class defines `__lt__` (its instance
    checked, for a call at `at`)."""
    from ember.sema.check.expr import comparable

    match t:
        case T.StructType(name=name):
            return _lt(ck, name, at)
        case T.ListType(elem=el) | T.OptionalType(elem=el):
            return orderable(ck, el, at)
        case T.TupleType(elems=els) if T.is_tuple(t):
            return all(orderable(ck, x, at) for x in els)
        case _:
            return comparable(t, True)


def _lt(ck: Checker, name: str, at: Span) -> bool:
    from ember.sema.check.calls import protocol_call

    program = ck.program
    if name in program.orders:
        return True
    info = program.structs.get(name)
    if info is None or "__lt__" not in info.methods:
        return False
    a, b = ast.Name("$lt.a", at), ast.Name("$lt.b", at)  # two objects, typed here (no source)
    program.keep.extend((a, b))
    ck.record(a, T.StructType(name))
    ck.record(b, T.StructType(name))
    node, ret = protocol_call(ck, a, "__lt__", info.methods["__lt__"], (b,), at)
    call = program.calls.get(id(node))
    if T.is_error(ret) or call is None:
        return True  # reported
    fn = program.fns[call.key]  # type: ignore[union-attr]
    if ret != T.BOOL:
        ck.error(at, f"`{name}.__lt__` must return `Bool` to order `{name}` objects, not `{ret}`")
        return True
    if any(p.convention not in (None, "borrowed") for p in fn.params):
        ck.error(at, f"`{name}.__lt__` changes an object it compares: it cannot order `{name}` objects here")
        return True
    program.orders[name] = call.key  # type: ignore[union-attr]
    return True
