"""Compile time (LANGUAGE.md §7): `comptime`/`alias` names, folding of constant
expressions, and `@parameter if` / `@parameter for`.

A compile-time name whose value folds here (literals, other compile-time names,
parameters, arithmetic, comparisons, `len` of a fixed array, conversions) is a constant
the checker knows: it can size a fixed array or be a parameter. One whose value needs a
call (`comptime table = make_table()`) is checked here and evaluated after lowering, by
running its MIR (mir/comptime.py); the result is embedded as a constant global.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T
from ember.types.constants import PY_OPS, convert

if TYPE_CHECKING:
    from ember.sema.check.context import Checker


@dataclass(frozen=True)
class Const:
    """A compile-time value: `value` is a Python int/float/bool/str, a tuple for a fixed
    array; `type` its Ember type."""

    type: T.Type
    value: object


@dataclass(frozen=True)
class TypeParam:
    """A type bound to a `[T: DType]` parameter."""

    type: T.Type


@dataclass(frozen=True)
class Hidden:
    """A function-level compile-time value computed by calls: the constant global `key`."""

    type: T.Type
    key: str


Binding = Const | TypeParam | Hidden


class NotConst(Exception):
    """The expression has no value at compile time; `span` says where it stops being one."""

    def __init__(self, span: object, why: str) -> None:
        super().__init__(why)
        self.span, self.why = span, why


def binding(ck: Checker, name: str) -> Binding | None:
    """What the compile-time name `name` means here, unless a variable hides it."""
    sc = ck.scope
    if any(name in c for c in sc.comp_scopes):
        return None
    if name in sc.consts:  # the function's own: parameters, `@parameter for` variables, `comptime`s
        return sc.consts[name]
    if name in sc.locals or name in sc.later:
        return None
    return ck.env.consts.get(name)


# ---------------------------------------------------------------- folding


def fold(ck: Checker, e: ast.Expr) -> object:
    """The value of the checked expression `e`, or NotConst."""
    v = _fold(ck, e)
    target = ck.program.coerce.get(id(e))
    return convert(v, target) if target is not None else v


def _fold(ck: Checker, e: ast.Expr) -> object:  # noqa: C901 - one case per syntax
    t = ck.type_of(e)
    match e:
        case ast.IntLit(value=v):
            return convert(v, t)
        case ast.FloatLit(value=v):
            return convert(v, t)
        case ast.BoolLit(value=v) | ast.StrLit(value=v):
            return v
        case ast.Name(id=name) if id(e) in ck.program.consts:
            return ck.program.consts[id(e)]
        case ast.UnaryOp(op=op, operand=x):
            v = fold(ck, x)
            match op:
                case "-":
                    return _fit(-v, t, e)  # type: ignore[operator]
                case "+":
                    return v
                case "not":
                    return not v
                case _:
                    return _fit(~v, t, e)  # type: ignore[operator]
        case ast.BinOp(op=op, left=l, right=r):
            return _binop(op, fold(ck, l), fold(ck, r), t, e)
        case ast.Compare(left=l, ops=ops, comparators=rs):
            a = fold(ck, l)
            for op, r in zip(ops, rs):
                b = fold(ck, r)
                if not PY_OPS[op](a, b):
                    return False
                a = b
            return True
        case ast.BoolOp(op=op, values=vals):
            v = fold(ck, vals[0])
            for x in vals[1:]:
                if (op == "and") != bool(v):
                    return v
                v = fold(ck, x)
            return v
        case ast.IfExp(test=c, body=a, orelse=b):
            return fold(ck, a) if fold(ck, c) else fold(ck, b)
        case ast.Call(func=ast.Name(id="len"), args=(x,)) if isinstance(ck.type_of(x), T.ArrayType):
            return ck.type_of(x).size  # type: ignore[union-attr]
        case ast.Call(func=ast.Name(id=name), args=(x,)) if isinstance(ck.program.calls.get(id(e)), tast.CallBuiltin) \
                and ck.program.calls[id(e)].name == "convert" and T.is_numeric(t) | (t == T.BOOL):  # type: ignore[union-attr]
            return convert(fold(ck, x), t)
        case ast.Call(func=ast.Name(id="min" | "max" as name), args=args) if len(args) >= 2 and T.is_numeric(t):
            vals = [fold(ck, a) for a in args]
            return convert((min if name == "min" else max)(vals), t)  # type: ignore[type-var]
        case ast.Subscript(value=base, index=i) if isinstance(ck.type_of(base), T.ArrayType):
            arr, k = fold(ck, base), fold(ck, i)
            assert isinstance(arr, tuple) and isinstance(k, int)
            if not -len(arr) <= k < len(arr):
                raise NotConst(e.span, f"index {k} is out of range for `{ck.type_of(base)}`")
            return arr[k]
        case ast.Name(id=name):
            raise NotConst(e.span, f"`{name}` is only known at run time")
        case _:
            raise NotConst(e.span, "not a compile-time value")


def _binop(op: str, a: object, b: object, t: T.Type, e: ast.Expr) -> object:
    if isinstance(t, T.FloatType):
        a, b = float(a), float(b)  # type: ignore[arg-type]
    try:
        v = PY_OPS[op](a, b)
    except ZeroDivisionError:
        raise NotConst(e.span, "division by zero") from None
    except (OverflowError, ValueError) as err:
        raise NotConst(e.span, str(err)) from None
    return _fit(v, t, e)


def _fit(v: object, t: T.Type, e: ast.Expr) -> object:
    """`v` as a value of `t`: an `Int` that overflows is an error, as at run time."""
    if isinstance(t, T.IntType) and t.checked and isinstance(v, int) and not -(2**63) <= v < 2**63:
        raise NotConst(e.span, f"`Int` overflow: {v} does not fit in 64 bits")
    return convert(v, t)


def int_value(ck: Checker, e: ast.Expr, what: str) -> int | None:
    """`e` (an array size, an `Int` parameter) as a compile-time Int, or None after an error."""
    from ember.sema.check.expr import check

    t = check(ck, e, T.INT)
    if T.is_error(t):
        return None
    if not isinstance(t, T.IntType):
        ck.error(e.span, f"{what} must be an integer, not `{t}`")
        return None
    try:
        v = fold(ck, e)
    except NotConst as nc:
        ck.error(e.span, f"{what} must be known at compile time", "not a compile-time value",
                 help=("use a literal, a `comptime` name or a parameter",), labels=_why(nc, e))
        return None
    return int(v)  # type: ignore[call-overload]


def _why(nc: NotConst, e: ast.Expr) -> tuple:
    from ember.diagnostics.diagnostic import Label

    return (Label(nc.span, nc.why),) if nc.span != e.span else ()


# ---------------------------------------------------------------- declarations


def has_call(e: ast.Expr) -> bool:
    from ember.sema.check.parallel import walk

    return any(isinstance(n, ast.Call) for n in walk(e))


def declare(ck: Checker, s: ast.Comptime) -> None:
    """`comptime NAME[: T] = expr`: a constant when `expr` folds; at module level, a
    value computed by calls becomes a constant global evaluated after lowering."""
    from ember.sema.check.expr import check, expect
    from ember.sema.check.typeexpr import resolve

    sc, module_level = ck.scope, ck.scope.info is None
    consts = ck.env.consts if module_level else sc.consts
    if s.name in consts or (module_level and s.name in ck.env.globals):
        ck.error(s.span, f"`{s.name}` is defined twice")
        return
    if s.annotation is not None:
        t = resolve(ck, s.annotation)
        expect(ck, s.value, t, f"as the value of `{s.name}`")
    else:
        t = check(ck, s.value)
    if T.is_error(t):
        consts[s.name] = Const(T.ERROR, 0)
        return
    try:
        consts[s.name] = Const(t, fold(ck, s.value))
        return
    except NotConst as nc:
        failure = nc
    if not has_call(s.value):
        ck.error(failure.span, f"the value of `{s.name}` is not known at compile time", failure.why,
                 help=("a compile-time value may use literals, other `comptime` names, parameters and "
                       "calls of functions with compile-time arguments",))
        consts[s.name] = Const(T.ERROR, 0)
        return
    if module_level:
        _deferred(ck, s, t, s.name)
    else:  # a hidden global per function (and per instance: its parameters may differ)
        assert sc.info is not None
        hidden = f"{sc.info.key.removeprefix(ck.env.prefix)}.{s.name}"
        if _deferred(ck, s, t, hidden):
            consts[s.name] = Hidden(t, ck.env.key(hidden))


def _deferred(ck: Checker, s: ast.Comptime, t: T.Type, name: str) -> bool:
    """A compile-time value computed by calls: the global `name`, which the compiler
    initializes by evaluating `s.value` (its function `comptime.NAME`)."""
    from ember.sema.check.parallel import walk

    if not _embeddable(t):
        ck.error(s.value.span, f"a compile-time value of type `{t}` cannot be embedded in the program",
                 help=("compute numbers, `Bool`, fixed arrays `[T; N]`, or tuples of those",))
        return False
    for n in walk(s.value):
        if isinstance(n, ast.Name) and ck.lookup(n.id) is not None and id(n) not in ck.program.consts \
                and not frozen_global(ck, n.id):
            ck.error(n.span, f"the value of `{s.name}` is not known at compile time", "a variable",
                     help=(f"`{n.id}` is a variable: a compile-time value may use only `comptime` names",))
            return False
    key = ck.env.key(name)
    fn = ast.FnDef(f"comptime.{name}", (), (), None, False, (ast.Return(s.value, s.span),), "fn", (), s.span, s.span)
    ck.program.keep.append(fn)
    fkey = ck.env.key(f"comptime.{name}")
    ck.program.fns[fkey] = tast.FnInfo(fkey, fn.name, (), t, False, fn, None, module=ck.env.name, state="checked",
                                       consts=dict(ck.scope.consts))
    ck.program.comptime[key] = fkey
    ck.env.globals[name] = t
    return True


def frozen_global(ck: Checker, name: str) -> bool:
    """Whether `name` here is a global computed at compile time (immutable)."""
    sc = ck.scope
    if any(name in c for c in sc.comp_scopes):
        return False
    if isinstance(sc.consts.get(name), Hidden):
        return True
    if sc.info is not None and name in sc.locals:
        return False
    return ck.env.global_key(name) in ck.program.comptime


def _embeddable(t: T.Type) -> bool:
    match t:
        case T.IntType() | T.FloatType() | T.BoolType() | T.ArrayType():
            return True
        case T.TupleType(elems=els):
            return all(_embeddable(x) for x in els)
        case _:
            return False


def check_module_consts(ck: Checker, body: tuple[ast.Stmt, ...], calls: bool) -> None:
    """Module-level `comptime`s in order: those without calls first (before signatures,
    which may use them as sizes or parameters), then those with calls."""
    for s in body:
        if isinstance(s, ast.Comptime) and has_call(s.value) == calls:
            declare(ck, s)


# ---------------------------------------------------------------- @parameter if / for


def static_if(ck: Checker, s: ast.If) -> tuple[ast.Stmt, ...] | None:
    """The branch `@parameter if` keeps (the other is not checked), or None after an error."""
    from ember.sema.check.expr import check

    t = check(ck, s.test)
    if T.is_error(t):
        return None
    try:
        keep = bool(fold(ck, s.test))
    except NotConst as nc:
        ck.error(s.test.span, "a `@parameter if` condition must be known at compile time", "not a compile-time value",
                 help=("test `comptime` names and parameters, or drop `@parameter` for a run-time `if`",),
                 labels=_why(nc, s.test))
        return None
    ck.program.static_ifs[id(s)] = keep
    return s.body if keep else s.orelse


def unroll(ck: Checker, s: ast.For) -> list[tuple[object, tuple[ast.Stmt, ...]]] | None:
    """`@parameter for i in range(...)`: one copy of the body per value of `i`, each
    checked with `i` a compile-time constant."""
    import copy

    from ember.sema.check.calls import _range_args
    from ember.sema.check.parallel import walk

    it = s.iter
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range"
            and isinstance(s.target, ast.Name)) or s.orelse:
        ck.error(s.span, "`@parameter for` unrolls `for NAME in range(...)` only")
        return None
    _range_args(ck, it)
    if not 1 <= len(it.args) <= 3:
        return None  # _range_args said so
    bounds = []
    for a in it.args:
        v = int_value(ck, a, "a `@parameter for` bound")
        if v is None:
            return None
        bounds.append(v)
    if len(bounds) == 3 and bounds[2] == 0:
        ck.error(it.args[2].span, "`range` step must not be zero")
        return None
    values = list(range(*bounds))
    if len(values) > 4096:
        ck.error(it.span, f"`@parameter for` would unroll {len(values)} times (at most 4096)")
        return None
    if any(isinstance(n, (ast.Break, ast.Continue)) for n in walk(s.body)):
        ck.error(s.span, "`break` and `continue` are not allowed in `@parameter for`")
        return None
    from ember.sema.check.stmt import check_block

    out = []
    name, saved = s.target.id, ck.scope.consts.get(s.target.id)
    for v in values:
        body = copy.deepcopy(s.body)
        ck.program.keep.append(body)
        ck.scope.consts[name] = Const(T.INT, v)
        check_block(ck, body)
        out.append((v, body))
    if saved is None:
        ck.scope.consts.pop(name, None)
    else:
        ck.scope.consts[name] = saved
    ck.program.unrolled[id(s)] = out
    return out
