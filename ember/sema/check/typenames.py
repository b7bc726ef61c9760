"""`type(x).__name__`: the name of a value's class, as Python spells it. Ember knows
most values' classes at compile time (the name is a constant); a number that is an int
or a float says which by its flag; an error an `except`
block binds (`except Exception as e`, or an object caught as its base class) is of a
kind known only when it is raised: its name is read from the error
(mir/build/expr.py, rt ember_err_kind_name)."""
from __future__ import annotations

from ember.sema.check.context import Checker
from ember.syntax import ast
from ember.types import types as T


def name_of(ck: Checker, e: ast.Attribute, x: ast.Expr) -> T.Type:
    from ember.sema.check.expr import check

    t = check(ck, x)
    if isinstance(x, ast.Name) and x.id in ck.scope.caught:
        ck.program.type_names[id(e)] = ("caught", x.id)
        return T.STR
    name = T.py_name(t)
    if t == T.NUMBER:  # "int" or "float", as the value is (mir/build/expr.py)
        ck.program.type_names[id(e)] = ("number", "")
        return T.STR
    if name is None:
        if not T.is_error(t):
            ck.error(e.span, f"`type(...).__name__` of a value of type `{t}` is not known until the program runs",
                     help=("test the classes it may be with `isinstance`",))
        return T.STR if T.is_error(t) else T.ERROR
    if not isinstance(x, (ast.Name, ast.Attribute, ast.Subscript, ast.IntLit, ast.FloatLit, ast.StrLit, ast.BoolLit,
                          ast.NoneLit, ast.TupleExpr, ast.ListExpr)):  # no call: it is not evaluated
        return ck.error(x.span, "`type(...)` of a computed value is not supported: assign it to a variable first")
    ck.program.type_names[id(e)] = ("const", name)
    return T.STR

