"""Python's `int | float` in one place (types.NumberType).

Python code lets an `int` and a `float` meet where Ember had one type: `total = 0` then
`total += x / 2`; `0 if n == 0 else s / n`; a `def` returning `0` on one path and a
float on another; `[1, 2.5]`; `max(3, 2.5)`. Making the int a float there would print
`0.0` where Python prints `0`, so the place holds a number that knows which it is. Where
a checked `Int` and an `f64` meet (check/classes.py `join`, the same places class
families meet) the type is `NUMBER`; an `Int` or `f64` converts to it implicitly, and it
converts to a float where one is expected (`math.sqrt(x)`, a typed `f64` parameter), as
Python's numeric tower allows. Arithmetic with an `f64` is a float's; with an `Int` or
another number it is a number's, int or float as the values say (codegen/emit/numbers.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T

if TYPE_CHECKING:
    from ember.sema.check.context import Checker

KINDS = frozenset({T.INT, T.F64, T.NUMBER})


def join(a: T.Type, b: T.Type) -> T.NumberType | None:
    """`NUMBER` where `a` and `b` are different ones of `Int`, `f64` and `NUMBER`."""
    return T.NUMBER if a != b and a in KINDS and b in KINDS else None


def context(t: T.Type | None) -> T.Type | None:
    """An expected type for a value whose type an earlier value inferred (the first item
    of a display, a variable's or element's first value): without Python's float, which
    would make an int literal a float (`{"a": 0.5, "b": 2}` printed `2.0`); the value is
    then an int, and the place a number (or, where an annotation typed it, the int is
    converted as before). `f32` and other contexts stay."""
    if t == T.F64 or T.is_tuple(t) and T.F64 in t.elems:  # type: ignore[union-attr]
        return None
    return t


def widenable(t: T.Type) -> bool:
    """Whether a place of type `t` may widen to hold another kind (check/classes.py
    `widens`): an object, an int or a float, or a tuple of those and others."""
    return isinstance(t, (T.StructType, T.ClassUnion)) or t in KINDS \
        or T.is_tuple(t) and any(widenable(x) for x in t.elems)  # type: ignore[union-attr]


def converts(ck: Checker, e: ast.Expr, t: T.Type, target: T.Type) -> bool:
    """An `Int` or `f64` (or a Bool, Python's int) where a number is expected, or a number
    where a float is: recorded for MIR's cast. A list display of ints or floats where a
    list of numbers is (`[[0, 1], [2.5, 3]]`, `xs == [1, 2]`) is one: its items convert."""
    from ember.sema.check.expr import convert_to

    if target == T.NUMBER and (t in KINDS or t == T.BOOL) or t == T.NUMBER and isinstance(target, T.FloatType):
        ck.program.coerce[id(e)] = target
        return True
    if isinstance(e, ast.ListExpr) and isinstance(target, T.ListType) and isinstance(t, T.ListType) \
            and target.kind == t.kind == "" and join(t.elem, target.elem) == target.elem \
            and all(convert_to(ck, x, ck.type_of(x), target.elem, quiet=True) for x in e.elts):
        ck.record(e, target)
        return True
    return False


def arith(ck: Checker, e: ast.BinOp, lt: T.Type, rt: T.Type) -> T.Type | None:
    """The type of `x op y` where a side is a number and the other a number, `Int` or
    `f64` (Bools were made ints before); None for other operands. `/` and an `f64` side
    make it a float's operation; otherwise it is a number's."""
    if T.NUMBER not in (lt, rt) or lt not in KINDS or rt not in KINDS:
        return None
    if e.op not in ("+", "-", "*", "/", "//", "%", "**"):
        return ck.error(e.span, f"unsupported operand types for `{e.op}`: `{lt}` and `{rt}`",
                        help=("a value that may be an int or a float takes arithmetic operators; convert it with "
                              "`int(...)` for bitwise ones",))
    return _both(ck, e.left, lt, e.right, rt, T.F64 if e.op == "/" else None)


def compare(ck: Checker, left: ast.Expr, lt: T.Type, right: ast.Expr, rt: T.Type) -> bool:
    """`x < y` where a side is a number: both sides made floats (with an `f64`) or numbers."""
    if T.NUMBER not in (lt, rt) or lt not in KINDS | {T.BOOL} or rt not in KINDS | {T.BOOL}:
        return False
    _both(ck, left, lt, right, rt)
    return True


def _both(ck: Checker, left: ast.Expr, lt: T.Type, right: ast.Expr, rt: T.Type,
          target: T.Type | None = None) -> T.Type:
    """The operands of a binary operation brought to one type, `target` or else a float's
    (with an `f64` side) or a number's (the casts recorded for MIR); that type."""
    target = target or (T.F64 if T.F64 in (lt, rt) else T.NUMBER)
    for side, t in ((left, lt), (right, rt)):
        if t != target:
            ck.program.coerce[id(side)] = target
    return target


def field_type(ck: Checker, struct: str, name: str, value: ast.Expr | None, t: T.Type) -> T.Type:
    """The type `__init__`'s first assignment `value` (of type `t`) gives a field (or a
    module's statement a global, `struct` then being `global <module>`): a number where
    an earlier check found it given an int and a float."""
    if (struct, name) in ck.program.number_fields and t in KINDS and value is not None:
        converts(ck, value, t, T.NUMBER)
        return T.NUMBER
    return t


def widens_field(ck: Checker, target: ast.Expr, ft: T.Type, vt: T.Type) -> bool:
    """Whether storing a `vt` into the field `target` (of type `ft`, typed by `__init__`)
    makes it a number: an `Int` field given a float, or an `f64` field given an int
    (which Python keeps an int). The program is checked again (sema `analyze`)."""
    if not isinstance(target, ast.Attribute):
        return False
    owner = ck.program.types.get(id(target.value))
    info = ck.program.structs.get(owner.name) if isinstance(owner, T.StructType) else None
    return info is not None and widens_field_of(ck, info, target.attr, ft, vt)


def widens_field_of(ck: Checker, info: tast.StructInfo, name: str, ft: T.Type, vt: T.Type) -> bool:
    """`widens_field` of the field `name` of the class `info` (also where another instance
    of a generic `__init__` gives it the other kind: `Box(3)`, then `Box(2.5)`)."""
    from ember.sema.check.infer import zonk

    if name not in info.inferred or join(zonk(ft), zonk(vt)) is None or zonk(ft) == T.NUMBER:
        return False
    ck.program.wider_fields.add((info.name, name))
    return True


def param_id(ck: Checker, name: str) -> int | None:
    """The id of the parameter `name` of the function being checked (the key of its
    widening hint: `param_type`), if it is one an assignment may make a number: one
    passed by value, of an unannotated `def`."""
    fn = ck.scope.info
    if fn is None or fn.node is None:
        return None
    p = next((p for p in fn.node.params if p.name == name), None)
    info = next((q for q in fn.params if q.name == name), None)
    if p is None or info is None or p.annotation is not None or info.convention == "inout":
        return None
    return id(p)


def param_type(fn: tast.FnInfo, hints: dict[int, T.Type], name: str, t: T.Type) -> T.Type:
    """A parameter's type in a walk of `fn`'s body: a number where the walk before found
    it given the other kind (its value converted on entry, mir/build)."""
    p = next((p for p in fn.node.params if p.name == name), None) if fn.node is not None else None
    return T.NUMBER if p is not None and hints.get(id(p)) == T.NUMBER and t in KINDS else t


def other_default(ck: Checker, fn: tast.FnInfo, p: tast.ParamInfo) -> bool:
    """Whether `p`, an unannotated parameter of `fn` (an instance for a call's argument
    types), has a default of the other number kind (`balance=0.0` given `100`): the
    instance never uses it (a call without the argument has an instance of its own,
    typed by the default), so it is not checked against the argument's type."""
    from ember.sema.check.expr import check

    node = next((q for q in fn.node.params if q.name == p.name), None) if fn.node is not None else None
    return node is not None and node.annotation is None and p.default is not None \
        and join(p.type, check(ck, p.default)) is not None


def widens_global(ck: Checker, target: ast.Expr, gt: T.Type, vt: T.Type) -> bool:
    """Whether storing a `vt` into a global (of type `gt`) from a function (`global total`,
    then `total += 0.5`) makes it a number, as `widens_field` does a field."""
    from ember.sema.check.infer import zonk

    gt, vt = zonk(gt), zonk(vt)
    if not isinstance(target, ast.Name) or target.id not in ck.scope.global_decls or join(gt, vt) is None \
            or gt == T.NUMBER:
        return False
    ck.program.wider_fields.add(("global " + ck.env.name, target.id))
    return True
