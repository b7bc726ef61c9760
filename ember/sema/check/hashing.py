"""Objects hashed by their class's `__hash__` and compared by its `__eq__`, as Python's
sets and dicts do (`{Vec(1, 2)}`, `d[Point(0, 0)]`), and `hash(x)`. The instances of
both methods for objects of the class are checked here; their keys go to
`program.hashes`, which the containers' hashing and equality call
(codegen/emit/sets.py `py_hash`, codegen/emit/values.py `eq`)."""
from __future__ import annotations

from ember.base.source import Span
from ember.sema.check.context import Checker
from ember.syntax import ast
from ember.types import types as T


def by_methods(ck: Checker, name: str, at: Span) -> bool | None:
    """Whether objects of class `name` hash by its methods (None: it defines neither
    `__hash__` nor `__eq__`, so another rule decides). A class with `__eq__` and no
    `__hash__` is unhashable, as in Python."""
    from ember.sema.check.calls import protocol_call

    program = ck.program
    if name in program.hashes:
        return True
    info = program.structs.get(name)
    if info is None or not {"__hash__", "__eq__"} & set(info.methods):
        return None
    if "__hash__" not in info.methods:
        return False
    if "__eq__" not in info.methods:
        ck.error(at, f"`{info.node.name}` defines `__hash__` but not `__eq__`",
                 help=("Python compares such objects by identity, which Ember's objects (values) do not have: "
                       "define `__eq__` too",))
        return True
    a, b = ast.Name("$hash.a", at), ast.Name("$hash.b", at)  # two objects, typed here (no source)
    program.keep.extend((a, b))
    ck.record(a, T.StructType(name))
    ck.record(b, T.StructType(name))
    keys = []
    for method, args, want in (("__hash__", (), T.INT), ("__eq__", (b,), T.BOOL)):
        node, ret = protocol_call(ck, a, method, info.methods[method], args, at)
        call = program.calls.get(id(node))
        if T.is_error(ret) or call is None:
            return True  # reported
        if not (ret == want or method == "__hash__" and isinstance(ret, T.IntType)):
            ck.error(at, f"`{info.node.name}.{method}` must return `{want}` to put `{info.node.name}` objects "
                         f"in a set or a dict, not `{ret}`")
            return True
        if any(p.convention not in (None, "borrowed") for p in program.fns[call.key].params):  # type: ignore[union-attr]
            ck.error(at, f"`{info.node.name}.{method}` changes an object it reads: it cannot hash `{info.node.name}` objects")
            return True
        keys.append(call.key)  # type: ignore[union-attr]
    program.hashes[name] = (keys[0], keys[1])
    return True
