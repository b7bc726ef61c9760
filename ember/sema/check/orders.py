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
    program = ck.program
    if name in program.orders:
        return True
    info = program.structs.get(name)
    if info is None or "__lt__" not in info.methods:
        return False
    key = method_instance(ck, name, "__lt__", True, T.BOOL, at, f"order `{name}` objects")
    if key is not None:
        program.orders[name] = key
    return True


def method_instance(ck: Checker, name: str, method: str, binary: bool, want: T.Type, at: Span,
                    purpose: str) -> str | None:
    """The instance of class `name`'s `method` that the runtime calls on its objects
    (`a.m(b)` when `binary`, else `a.m()`) for `purpose` (sorting, hashing): its key;
    None when it cannot serve (reported: it returns other than `want`, an `Int` kind
    for an `Int`, or changes an object it reads)."""
    from ember.sema.check.calls import protocol_call

    program = ck.program
    info = program.structs[name]
    a, b = ast.Name(f"${method}.a", at), ast.Name(f"${method}.b", at)  # two objects, typed here (no source)
    program.keep.extend((a, b))
    ck.record(a, T.StructType(name))
    ck.record(b, T.StructType(name))
    node, ret = protocol_call(ck, a, method, info.methods[method], (b,) if binary else (), at)
    call = program.calls.get(id(node))
    if T.is_error(ret) or call is None:
        return None  # reported
    shown = f"{info.node.name}.{method}"
    if not (ret == want or isinstance(want, T.IntType) and isinstance(ret, T.IntType)):
        ck.error(at, f"`{shown}` must return `{want}` to {purpose}, not `{ret}`")
        return None
    if any(p.convention not in (None, "borrowed") for p in program.fns[call.key].params):  # type: ignore[union-attr]
        ck.error(at, f"`{shown}` changes an object it reads: it cannot {purpose}")
        return None
    return call.key  # type: ignore[union-attr]
