"""`Optional[T]` values (`None` as a value, Python's way; Mojo's representation).

Narrowing: a condition tells which variables are not `None` where it holds and where it
fails (`facts`): `x is not None`, `x != None`, `x` itself (a truthy value is never
`None`), `not`, `and`, `or`. In a region where a variable is narrowed its name reads as
the payload, with no check (`ck.program.unwraps` records "" for that use). Elsewhere an
optional used where its payload is needed (an operand, a subscripted or attribute base)
reads the payload after a check of the flag: when it is `None` the program stops with
Python's `TypeError` message (`unwraps` records the message). `==`, `!=`, `is`, printing
and truthiness take the optional as it is.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ember.sema.check.context import Checker
from ember.syntax import ast
from ember.types import types as T

Facts = tuple[frozenset[str], frozenset[str]]  # narrowed where the condition holds, where it fails
NO_FACTS: Facts = (frozenset(), frozenset())


def py_name(t: T.Type) -> str:
    """The name Python's messages give a value's type (an optional's: `NoneType`)."""
    if isinstance(t, T.OptionalType):
        return "NoneType"
    return T.py_name(t) or str(t)


def unwrap(ck: Checker, e: ast.Expr, t: T.Type, message: str) -> T.Type:
    """`e` (of type `t`) where its payload is needed: the payload type, read after a check
    that faults with `message` (a `TypeError`, as Python's) when it is `None`."""
    if not isinstance(t, T.OptionalType):
        return t
    ck.program.unwraps.setdefault(id(e), message)
    return ck.record(e, t.elem)


def operand_message(op: str, left: T.Type, right: T.Type, none_left: bool) -> str:
    other = py_name(right if none_left else left)
    pair = ("NoneType", other) if none_left else (other, "NoneType")
    if op in ("<", "<=", ">", ">="):
        return f"'{op}' not supported between instances of '{pair[0]}' and '{pair[1]}'"
    return f"unsupported operand type(s) for {op}: '{pair[0]}' and '{pair[1]}'"


def operands(ck: Checker, op: str, l: ast.Expr, lt: T.Type, r: ast.Expr, rt: T.Type) -> tuple[T.Type, T.Type]:
    """Both operands of a binary operator or an ordered comparison, unwrapped."""
    lp = lt.elem if isinstance(lt, T.OptionalType) else lt
    rp = rt.elem if isinstance(rt, T.OptionalType) else rt
    return (unwrap(ck, l, lt, operand_message(op, lp, rp, True)),
            unwrap(ck, r, rt, operand_message(op, lp, rp, False)))


def narrowed_name(ck: Checker, e: ast.Name, t: T.Type) -> T.Type:
    """A variable's use: its payload inside a region narrowed to not-`None`."""
    if isinstance(t, T.OptionalType) and e.id in ck.scope.narrowed:
        ck.program.unwraps[id(e)] = "" if _private(ck, e.id) else "'NoneType' object used as a value"
        return t.elem
    return t


def _private(ck: Checker, name: str) -> bool:
    """Only the function itself can change `name` (a local, not a module-level variable
    that a call in the narrowed region might set to `None`): its narrowed uses need no check."""
    sc = ck.scope
    return any(name in c for c in sc.comp_scopes) or (
        sc.info is not None and name in sc.locals and name not in sc.global_decls)


def _optional_name(ck: Checker, e: ast.Expr) -> str | None:
    if isinstance(e, ast.Name):
        t = ck.lookup(e.id)
        if isinstance(t, T.OptionalType):
            return e.id
    return None


def facts(ck: Checker, e: ast.Expr) -> Facts:
    """Which optional variables are not `None` when `e` is true, and when it is false (`e`
    is already checked)."""
    match e:
        case ast.Compare(left=l, ops=(op,), comparators=(r,)) if op in ("is", "is not", "==", "!="):
            name = _optional_name(ck, l) if isinstance(r, ast.NoneLit) else \
                _optional_name(ck, r) if isinstance(l, ast.NoneLit) else None
            if name is None:
                return NO_FACTS
            some = frozenset({name})
            return (some, frozenset()) if op in ("is not", "!=") else (frozenset(), some)
        case ast.Name():
            name = _optional_name(ck, e)
            return (frozenset({name}), frozenset()) if name is not None else NO_FACTS
        case ast.UnaryOp(op="not", operand=x):
            yes, no = facts(ck, x)
            return no, yes
        case ast.BoolOp(op="and", values=vs):
            return frozenset().union(*(facts(ck, v)[0] for v in vs)), frozenset()
        case ast.BoolOp(op="or", values=vs):
            return frozenset(), frozenset().union(*(facts(ck, v)[1] for v in vs))
        case _:
            return NO_FACTS


@contextmanager
def narrowing(ck: Checker, names: frozenset[str]) -> Iterator[None]:
    """Check a region where `names` are known not to be `None`."""
    saved = ck.scope.narrowed
    ck.scope.narrowed = saved | names
    try:
        yield
    finally:
        ck.scope.narrowed = saved


def continue_narrowed(ck: Checker, names: frozenset[str]) -> None:
    """The rest of the block is narrowed too (after `if x is None: return`, `assert`)."""
    ck.scope.narrowed = ck.scope.narrowed | names


def becomes_optional(ck: Checker, name: str, existing: T.Type, t: T.Type) -> bool:
    """`x = 1` ... `x = None`: `x` is an optional from its first assignment on. The walk
    that finds it out leaves a hint for the value that declared `x` and asks for a second
    walk (sema/check/infer.py `walk_twice`), which declares `x` as `Optional[Int]`."""
    from ember.sema.check.infer import Hole, unify

    if isinstance(existing, (T.OptionalType, T.NoneType, T.ErrorType)) or not (
            t == T.NONE or isinstance(t, T.OptionalType) and unify(ck, t.elem, existing)):
        return False
    at = ck.scope.declared_by.get(name)
    if at is None:
        return False
    ck.scope.empties.append((at, Hole(ck.scope.stmt.span if ck.scope.stmt else None, ref=T.optional(existing))))  # type: ignore[arg-type]
    ck.scope.retry = True
    return True


def declared_optional(ck: Checker, value: ast.Expr, t: T.Type) -> T.Type:
    """A variable's first value, made an optional when a first walk found the variable is
    later given `None` (`becomes_optional`)."""
    hint = ck.scope.hints.get(id(value))
    if isinstance(hint, T.OptionalType) and not isinstance(value, ast.ListExpr) and not isinstance(t, T.OptionalType):
        ck.program.coerce[id(value)] = hint
        return hint
    return t


def forget(ck: Checker, name: str) -> None:
    """`name` is assigned: it may be `None` again."""
    if name in ck.scope.narrowed:
        ck.scope.narrowed = ck.scope.narrowed - {name}


def forget_assigned(ck: Checker, body: object) -> None:
    """A loop's body runs again after its assignments: a name it assigns is not narrowed
    anywhere in it by a test made before the loop."""
    from ember.sema.check.parallel import bound_names

    if ck.scope.narrowed:
        names = {body.id} if isinstance(body, ast.Name) else bound_names(body, comprehensions=False)
        ck.scope.narrowed = ck.scope.narrowed - names
