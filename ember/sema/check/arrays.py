"""Fixed arrays `[T; N]` (LANGUAGE.md §2): N scalars stored inline, a value copied like a
scalar. `[]` as an initializer means zeros; a display must have exactly N items."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ember.syntax import ast
from ember.types import types as T

if TYPE_CHECKING:
    from ember.sema.check.context import Checker

MAX_SIZE = 1 << 20  # elements: the array lives on the stack


def array_type(ck: Checker, elem: T.Type, size_expr: ast.Expr, span: object) -> T.Type:
    """`[elem; size]` after checking that the size is a compile-time Int in range and the
    element a scalar (or a fixed array of scalars)."""
    from ember.sema.check.comptime import int_value

    n = int_value(ck, size_expr, "the size of a fixed array")
    if n is None or T.is_error(elem):
        return T.ERROR
    if not 0 <= n <= MAX_SIZE:
        return ck.error(size_expr.span, f"a fixed array's size must be between 0 and {MAX_SIZE}, not {n}",
                        help=("use a list `[T]` for large or growable data",))
    if isinstance(elem, (T.NoneType, T.ExcType)):
        return ck.error(span, f"a fixed array cannot hold `{elem}`")  # type: ignore[arg-type]
    return T.ArrayType(elem, n)


def zeroable(t: T.Type) -> bool:
    """Whether `[]` (all zeros) makes a `[t; N]`: numbers, `Bool`, and arrays of those."""
    return isinstance(t, (T.IntType, T.FloatType, T.BoolType, T.SIMDType)) or (isinstance(t, T.ArrayType) and zeroable(t.elem))


def checked_index(ck: Checker, e: ast.Subscript, t: T.ArrayType) -> T.Type:
    """`a[i]`: a constant index out of range is an error now; others are checked at run time."""
    from ember.sema.check.comptime import NotConst, fold

    try:
        i = fold(ck, e.index)
    except NotConst:
        return t.elem
    if isinstance(i, int) and not -t.size <= i < t.size:
        ck.error(e.index.span, f"index {i} is out of range for `{t}`", f"valid indices are 0 to {t.size - 1}")
    return t.elem


def display(ck: Checker, e: ast.ListExpr, t: T.ArrayType) -> T.Type:
    """`[]` (zeros) or exactly N items of the element type."""
    from ember.sema.check.expr import expect

    if any(isinstance(x, ast.EllipsisLit) for x in e.elts):
        return ck.error(e.span, "a progression `[a, b, ..., z]` makes a list, not a fixed array")
    for x in e.elts:
        expect(ck, x, t.elem, f"as an item of `{t}`")
    if not e.elts and not zeroable(t.elem):
        return ck.error(e.span, f"`[]` (all zeros) makes fixed arrays of numbers or `Bool`, not `{t}`",
                        help=(f"list its {t.size} items",))
    if e.elts and len(e.elts) != t.size:
        return ck.error(e.span, f"`{t}` needs {t.size} items, found {len(e.elts)}",
                        help=("write `[]` for all zeros" if zeroable(t.elem) else "list every item",))
    for x in e.elts:
        ck.require_movable(x)
    return t
