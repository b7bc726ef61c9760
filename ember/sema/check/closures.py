"""The layouts of a closure's class (sema/fnvalues.py): `make_adder(n)` returns an object
of `fn$make_adder$adder` holding `n`, whose type is the type `n` has in the instance of
`make_adder` that made it, so one class would have one layout for every instance
(`make_adder(1)` and `make_adder(0.5)`, a decorator applied to two functions). Each set
of captured types gets a class of its own, a copy of the first (`fn$...#1`, ...), as a
generic function gets an instance per set of argument types.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ember.sema.check.infer import has_hole, zonk
from ember.sema.check.params import declare_copy
from ember.syntax import ast
from ember.types import types as T

if TYPE_CHECKING:
    from ember.sema.check.context import Checker


def layout(ck: Checker, key: str, e: ast.Call) -> str:
    """The class of closure class `key` whose fields have the types of `e`'s arguments
    (the captured variables): `key` itself for the first such set of types."""
    info = ck.program.structs[key]
    if not T.StructType(key).is_function or "__init__" not in info.methods or not e.args:
        return key
    types = tuple(_captured(ck, a) for a in e.args)
    if any(t is None or has_hole(t) for t in types):
        return key
    layouts = ck.program.closure_layouts.setdefault(key, {})
    if types not in layouts:
        layouts[types] = f"{key}#{len(layouts)}" if layouts else key
        if layouts[types] != key:
            declare_copy(ck, layouts[types], info.node, {}, key.rpartition("::")[0])
    return layouts[types]


def _captured(ck: Checker, a: ast.Expr) -> T.Type | None:
    """The type of captured variable `a`: a variable, or the field of an enclosing
    closure's object (`self.n`, in a closure made by a closure)."""
    match a:
        case ast.Name(id=n):
            t = ck.lookup(n)
            return zonk(t) if t is not None else None
        case ast.Attribute(value=ast.Name(id=n), attr=f):
            st = ck.lookup(n)
            if isinstance(st, T.StructType) and (i := ck.program.structs[st.name].field_index(f)) >= 0:
                return zonk(ck.program.structs[st.name].fields[i][1])
            return None
        case _:
            return None
