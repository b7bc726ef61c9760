"""Objects hashed by their class's `__hash__` and compared by its `__eq__`, as Python's
sets and dicts do (`{Vec(1, 2)}`, `d[Point(0, 0)]`), and `hash(x)`. The instances of
both methods for objects of the class are checked here; their keys go to
`program.hashes`, which the containers' hashing and equality call
(codegen/emit/sets.py `py_hash`, codegen/emit/values.py `eq`); the instances as
orders.py's `method_instance` checks them."""
from __future__ import annotations

from ember.base.source import Span
from ember.sema.check.context import Checker
from ember.types import types as T


def by_methods(ck: Checker, name: str, at: Span) -> bool | None:
    """Whether objects of class `name` hash by its methods (None: it defines neither
    `__hash__` nor `__eq__`, so another rule decides). A class with `__eq__` and no
    `__hash__` is unhashable, as in Python."""
    from ember.sema.check.orders import method_instance

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
    purpose = f"put `{info.node.name}` objects in a set or a dict"
    keys = [method_instance(ck, name, m, m == "__eq__", want, at, purpose)
            for m, want in (("__hash__", T.INT), ("__eq__", T.BOOL))]
    if keys[0] is not None and keys[1] is not None:
        program.hashes[name] = (keys[0], keys[1])
    return True
