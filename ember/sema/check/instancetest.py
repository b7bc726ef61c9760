"""`isinstance(x, T)` (sema/check/calls.py) and what it tells an `if` (sema/check/stmt.py).

For a value of one class or one built-in type the answer is known at compile time from
the static type (a `def` is checked per argument types), so an `if` on it keeps only the
branch Python runs and the other is not checked: duck-typed code compiles one instance
per type, each with its own branch. For an object of any class of a family
(check/classes.py) it tests the flags of the classes that answer yes, and in the body of
`if isinstance(x, C):` (C with no class derived from it) the variable is that class's
object.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ember.sema.check.classes import classes_of, family
from ember.sema.check.infer import Hole
from ember.syntax import ast
from ember.types import types as T

if TYPE_CHECKING:
    from ember.sema.check.context import Checker


def instance_test(ck: Checker, e: ast.Call) -> T.Type | None:
    """`isinstance(x, C)` with `C` a class: known from the type of `x` (a class), or a
    test of the flags of `C` and the classes derived from it (a union). None when `C`
    is not a class."""
    from ember.sema.check.expr import check

    if len(e.args) != 2 or e.keywords:
        return None
    cls = e.args[1]
    names = cls.elts if isinstance(cls, ast.TupleExpr) else (cls,)
    if not names or not all(isinstance(n, ast.Name) and (n.id in _BUILTIN_TYPES or ck.struct_key(n.id)) for n in names):
        return None
    t = check(ck, e.args[0])
    if T.is_error(t):
        return t
    if isinstance(t, (T.OptionalType, Hole)) or t == T.NONE:  # `None` or not: known only when it runs
        return ck.error(e.span, f"`isinstance` of a value that may be `None` (`{t}`) is not supported yet",
                        help=("test `x is None` first, and `isinstance` in the branch where it is not",))
    keys = [k for n in names if (k := ck.struct_key(n.id)) is not None]  # type: ignore[union-attr]
    builtin = any(_BUILTIN_TYPES.get(n.id, lambda _: False)(t) for n in names)  # type: ignore[union-attr]
    wanted = {d for k in keys for d in family(ck, k)}
    present = tuple(i for i, k in enumerate(classes_of(t)) if k in wanted)
    if t == T.NUMBER:  # an int or a float: which one is known when it runs (its flag)
        kinds = {n.id for n in names} & {"int", "float"}  # type: ignore[union-attr]
        ck.program.instance_tests[id(e)] = kinds.pop() if len(kinds) == 1 else bool(kinds)
        return T.BOOL
    ck.program.instance_tests[id(e)] = present if isinstance(t, T.ClassUnion) else builtin or bool(present)
    return T.BOOL


_BUILTIN_TYPES = {  # what `isinstance(x, int)` and the others say of a value of static type `t`
    "int": lambda t: isinstance(t, (T.IntType, T.BoolType)),  # Python's bool is an int
    "bool": lambda t: isinstance(t, T.BoolType),
    "float": lambda t: isinstance(t, T.FloatType),
    "str": lambda t: isinstance(t, T.StrType),
    "list": lambda t: isinstance(t, T.ListType),
    "dict": lambda t: isinstance(t, T.DictType),
    "set": lambda t: isinstance(t, T.SetType),
    "tuple": T.is_tuple,
}


def _of_a_variable(test: ast.Expr) -> bool:
    """Whether `test` is `isinstance(name, ...)`."""
    return isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance" \
        and bool(test.args) and isinstance(test.args[0], ast.Name)


def static_branch(ck: Checker, s: ast.If) -> tuple[ast.Stmt, ...] | None:
    """The branch an `if isinstance(x, T):` (or `if not isinstance(...)`) keeps when the
    answer is known from `x`'s type (a `def` is checked per argument types, so Python's
    duck-typed branches select their instance's code): the other branch is not checked,
    as Python never runs it; None for any other test."""
    test, negated = s.test, False
    if isinstance(test, ast.UnaryOp) and test.op == "not":
        test, negated = test.operand, True
    if not _of_a_variable(test) or ck.lookup("isinstance") is not None:
        return None
    assert isinstance(test, ast.Call)
    if instance_test(ck, test) is None or not isinstance(answer := ck.program.instance_tests.get(id(test)), bool):
        return None
    ck.record(test, T.BOOL)
    keep = answer != negated
    ck.program.static_ifs[id(s)] = keep
    return s.body if keep else s.orelse


def narrowing(ck: Checker, s: ast.If) -> tuple[str, int, str] | None:
    """`if isinstance(x, C):` with `x` a variable holding any class of a family and `C`
    one with no class derived from it: in the body `x` is that object (its part of the
    union), unless the body assigns `x` or runs a `parallel for` (a capture would be the
    whole union). (name, part, class), or None. `s.test` is already checked."""
    from ember.syntax.walk import bound_names, statements

    test = s.test
    if not _of_a_variable(test):
        return None
    assert isinstance(test, ast.Call) and isinstance(test.args[0], ast.Name)
    answer = ck.program.instance_tests.get(id(test))
    u = ck.program.types.get(id(test.args[0]))
    if not isinstance(answer, tuple) or len(answer) != 1 or not isinstance(u, T.ClassUnion):
        return None
    name = test.args[0].id
    if name in bound_names(s.body, comprehensions=False) or \
            any(isinstance(st, ast.For) and st.parallel for st in statements(s.body)):
        return None
    i = answer[0]
    return name, i, u.classes[i]


def narrowed_name(ck: Checker, e: ast.Name, t: T.Type) -> T.Type:
    """A use of a variable where an `isinstance` test narrowed its union to one class."""
    at = ck.scope.classed.get(e.id)
    if at is None or not isinstance(t, T.ClassUnion) or t.classes[at[0]] != at[1]:
        return t
    ck.program.class_narrowed[id(e)] = at[0]
    return ck.record(e, T.StructType(at[1]))
