"""Expressions: bidirectional typing (an expected type flows into literals)."""
from __future__ import annotations

from typing import assert_never

from ember.sema.check import classes, comptime, fields, instancetest, numbers, optional, orders
from ember.diagnostics.diagnostic import Label
from ember.sema import tast
from ember.sema.check.context import MATH_CONSTS, Checker
from ember.sema.check.infer import Hole, decided_at, defer, fresh, fresh_optional, has_hole, unify, zonk
from ember.syntax import ast
from ember.types import types as T

ARITH = frozenset({"+", "-", "*", "/", "//", "%", "**"})
BITS = frozenset({"<<", ">>", "&", "|", "^"})


def check(ck: Checker, e: ast.Expr, expected: T.Type | None = None) -> T.Type:
    """Type `e` (recording it); `expected` only guides literals and empty displays.
    Types are read with what is known of empty lists' element types so far (infer.py)."""
    return ck.record(e, zonk(_check(ck, e, zonk(expected) if expected is not None else None)))


def expect(ck: Checker, e: ast.Expr, target: T.Type, what: str = "", origin: Label | None = None) -> T.Type:
    """Check `e` against `target`, allowing the implicit Int -> float conversion."""
    t = check(ck, e, target)
    convert_to(ck, e, t, target, what, origin)
    return zonk(target)


def convert_to(ck: Checker, e: ast.Expr, t: T.Type, target: T.Type, what: str = "",
               origin: Label | None = None, quiet: bool = False) -> bool:
    """Whether `e` (of type `t`) may be used as a `target`: equal, an implicit
    conversion (recorded), or equal once empty lists' element types are decided; else an
    error (unless `quiet`), with a label at `origin` (where `target` came from: a
    declaration, or the use that decided a list's element type)."""
    decided = decided_at(target)
    if origin is None and decided is not None:
        origin = Label(decided, f"`{zonk(target)}` because of this use")
    t, target = zonk(t), zonk(target)
    if isinstance(t, T.SIMDType) and isinstance(target, T.ListType):
        from ember.sema.check.simd import as_list

        t = as_list(ck, e, t)
    if t == target or T.is_error(t) or T.is_error(target):
        return True
    if isinstance(target, T.OptionalType) and not isinstance(t, T.OptionalType):
        if t == T.NONE or convert_to(ck, e, t, target.elem, quiet=True) and not isinstance(zonk(t), T.OptionalType):
            ck.program.coerce[id(e)] = zonk(target)  # made an optional (mir/build/optional.py)
            return True
    if isinstance(t, T.OptionalType) and not isinstance(target, T.OptionalType) and convert_to(ck, e, t.elem, target, quiet=True):
        optional.unwrap(ck, e, t, f"expected '{optional.py_name(target)}', got 'NoneType'")
        return True
    if (has_hole(t) or has_hole(target)) and unify(ck, t, target):
        ck.record(e, zonk(t))
        return True
    if isinstance(t, T.IntType) and isinstance(target, T.FloatType):
        ck.program.coerce[id(e)] = target
        return True
    if isinstance(target, T.ListType) and target.kind == "tuple" and T.is_tuple(t) \
            and all(x == target.elem for x in t.elems):  # type: ignore[union-attr]
        ck.program.coerce[id(e)] = target  # `(1, 2)` where a tuple of any length goes (mir/build/expr.py)
        return True
    if isinstance(t, T.ListType) and isinstance(target, T.ListType) and _is_empty_list(e):
        ck.record(e, target)
        return True
    if classes.converts(ck, e, t, target) or numbers.converts(ck, e, t, target):
        return True
    if isinstance(e, ast.TupleExpr) and T.is_tuple(t) and T.is_tuple(target) and len(e.elts) == len(target.elems) \
            and any(isinstance(x, (T.ClassUnion, T.NumberType)) for x in target.elems) \
            and all(convert_to(ck, x, ck.type_of(x), y, quiet=True) for x, y in zip(e.elts, target.elems)):
        ck.record(e, target)  # `("add", add)` where a tuple of a name and any of several functions goes
        return True
    if quiet:
        return False
    ck.error(e.span, f"mismatched types: expected `{target}`, found `{t}`" + (f" {what}" if what else ""),
             f"expected `{target}`, found `{t}`",
             help=classes.family_help(ck, t, target) or _var_tuple_help(t, target) or
             ((_MIXED,) + _conversion_help(t, target) if origin is not None else _conversion_help(t, target)),
             labels=(origin,) if origin is not None else ())
    return False


_MIXED = "a Python list may mix types, an Ember list holds one: convert the value, or use another list"


def _var_tuple_help(t: T.Type, target: T.Type) -> tuple[str, ...]:
    """Where a tuple of any length meets a tuple of fixed length (`{(1, 2)}`, then
    `.add(tuple(p))`): make the first one of any length too."""
    if isinstance(t, T.ListType) and t.kind == "tuple" and T.is_tuple(target):
        return ("a tuple that `tuple(...)` makes has a length known only when the program runs: make the "
                "first one with `tuple(...)` too (`{tuple([1, 2])}`), so the container holds tuples of any length",)
    return ()


def _conversion_help(t: T.Type, target: T.Type) -> tuple[str, ...]:
    if isinstance(target, T.SIMDType):
        from ember.sema.check.simd import mismatch_help

        return mismatch_help(t, target)
    if isinstance(target, (T.IntType, T.FloatType, T.StrType)) and isinstance(t, (T.IntType, T.FloatType, T.StrType, T.BoolType)):
        return (f"convert explicitly with `{target}(...)`",)
    return ()


def _is_empty_list(e: ast.Expr) -> bool:
    return isinstance(e, ast.ListExpr) and not e.elts


def _check(ck: Checker, e: ast.Expr, expected: T.Type | None) -> T.Type:
    from ember.sema.check import arrays, calls

    match e:
        case ast.IntLit(value=v):
            if isinstance(expected, (T.FloatType, T.IntType)) and not (isinstance(expected, T.IntType) and expected.checked):
                return expected
            if not -(2**63) <= v < 2**63:
                return ck.error(e.span, f"integer literal {v} does not fit in `Int` (64 bits)")
            return T.INT
        case ast.FloatLit():
            return expected if isinstance(expected, T.FloatType) else T.F64
        case ast.StrLit():
            return T.STR
        case ast.BoolLit():
            return T.BOOL
        case ast.NoneLit():
            return T.NONE
        case ast.EllipsisLit():
            return ck.error(e.span, "`...` is only allowed inside a list display, as a progression")
        case ast.FString(parts=parts):
            for p in parts:
                if isinstance(p, ast.FormattedValue):
                    t = check(ck, p.value)
                    _format_spec(ck, p, t)
                    if p.spec is None and p.conversion in (None, "s", "r"):
                        from ember.sema.check.calls import as_text

                        text = as_text(ck, p.value, t, "__repr__" if p.conversion == "r" else "__str__")
                        if text is not p.value:
                            ck.program.texts[id(p)] = text
            return T.STR
        case ast.Name(id=name):
            if (b := comptime.binding(ck, name)) is not None:
                return _compile_time_name(ck, e, b)
            t = ck.lookup(name)
            if t is not None:
                return instancetest.narrowed_name(ck, e, optional.narrowed_name(ck, e, t))
            if name in ck.imported and ck.imported[name][1]:
                return _builtin_value(ck, e, *ck.imported[name])
            if name == "__name__":  # `if __name__ == "__main__":` works as in Python
                ck.program.builtin_values[id(e)] = "__name__"
                return T.STR
            if ck.fn_key(name) is not None or ck.struct_key(name) is not None:
                return ck.error(e.span, f"`{name}` is a function or type, not a value here (call it?)",
                                help=("a function is a value where it is assigned, returned, stored in a list or dict, "
                                      "or passed to a function",) if ck.fn_key(name) is not None else ())
            if name in ck.env.modules:
                return ck.error(e.span, f"`{name}` is a module, not a value")
            return ck.unknown_name(name, e.span)
        case ast.BinOp():
            return _binop(ck, e, expected)
        case ast.UnaryOp(op=op, operand=operand):
            t = check(ck, operand, expected)
            if op == "not":
                _truthy(ck, operand, t)
                return T.BOOL
            if T.is_error(t):
                return t
            t = optional.unwrap(ck, operand, t, f"bad operand type for unary {op}: 'NoneType'")
            if isinstance(t, T.SIMDType):
                from ember.sema.check import simd

                return simd.unary(ck, e, t)
            if op in ("-", "+") and T.is_number(t):
                return t
            if op in ("-", "+") and isinstance(t, T.BoolType):  # Python: -True == -1, an int
                ck.program.coerce[id(operand)] = T.INT
                return T.INT
            if op == "~" and isinstance(t, T.BoolType):  # Python: ~True == -2, an int
                ck.program.coerce[id(operand)] = T.INT
                return T.INT
            if op == "~" and isinstance(t, T.IntType):
                return t
            unary = {"-": "__neg__", "+": "__pos__", "~": "__invert__"}[op]
            if isinstance(t, T.StructType) and unary in ck.program.structs[t.name].methods:
                from ember.sema.check import calls

                return calls.record_operator(ck, e, ck.program.structs[t.name].methods[unary], operand, ())
            return ck.error(e.span, f"unary `{op}` cannot be applied to `{t}`")
        case ast.BoolOp(values=values):
            ts = _bool_operands(ck, e, lambda v: check(ck, v, expected))
            for v, t in zip(values, ts):
                _truthy(ck, v, t)
            if all(t == T.BOOL for t in ts):
                return T.BOOL
            first = next((t for t in ts if not T.is_error(t)), T.ERROR)
            for v, t in zip(values, ts):
                if not convert_to(ck, v, t, first, f"in `{e.op}` (all operands of a non-Bool `{e.op}` need one type)"):
                    return T.ERROR
            return first
        case ast.Compare():
            return _compare(ck, e)
        case ast.IfExp(test=test, body=body, orelse=orelse):
            truthy(ck, test)
            yes, no = optional.facts(ck, test)
            with optional.narrowing(ck, yes):
                bt = check(ck, body, expected)
            with optional.narrowing(ck, no):  # a float body is no context for a `0`: Python keeps it an int
                floats = bt == T.F64 or T.is_tuple(bt) and T.F64 in bt.elems  # type: ignore[union-attr]
                ot = check(ck, orelse, bt if not T.is_error(bt) and not (floats and expected is None) else expected)
            return unify_branches(ck, body, bt, orelse, ot)
        case ast.Call():
            return calls.check_call(ck, e, expected)
        case ast.Attribute(value=ast.Call(func=ast.Name(id="type"), args=(x,), keywords=()), attr="__name__") \
                if ck.lookup("type") is None and ck.fn_key("type") is None:
            from ember.sema.check import typenames

            return typenames.name_of(ck, e, x)
        case ast.Attribute(value=ast.Name(id=mod), attr=attr) if ck.imported.get(mod, ("", "?"))[1] == "" and ck.lookup(mod) is None:
            return _builtin_value(ck, e, ck.imported[mod][0], attr)
        case ast.Attribute(value=ast.Name(id=mod), attr=attr) if mod in ck.env.modules and ck.lookup(mod) is None:
            return _module_global(ck, e, ck.env.modules[mod], attr)
        case ast.Attribute(value=value, attr=attr):
            t = check(ck, value)
            if T.is_error(t):
                return t
            t = optional.unwrap(ck, value, t, f"'NoneType' object has no attribute '{attr}'")
            if isinstance(t, T.ClassUnion):
                return classes.field(ck, e, t, attr)
            if isinstance(t, T.StructType):
                info = ck.program.structs[t.name]
                if attr in info.untyped:
                    return fields.read(ck, e, info, attr)
                i = info.field_index(attr)
                if i >= 0:
                    return info.fields[i][1]
                if attr in info.misplaced:
                    return T.ERROR  # reported where it is assigned (check/fields.py)
                if (var := classes.class_attr(ck, t.name, attr)) is not None:  # a class attribute, read through its object
                    ck.program.module_refs[id(e)] = var[0]
                    return var[1]
                return ck.error(e.span, f"struct `{t.name}` has no field `{attr}`", help=_fields_help(info, attr))
            return ck.error(e.span, f"`{t}` has no field `{attr}`")
        case ast.Subscript():
            return _subscript(ck, e)
        case ast.Slice():
            return ck.error(e.span, "a slice is only allowed inside `[...]`")
        case ast.ListExpr(elts=()) if isinstance(expected, T.ErrorType):
            return T.ERROR  # the annotation was wrong: already reported
        case ast.ListExpr() if isinstance(expected, T.ArrayType):
            return arrays.display(ck, e, expected)
        case ast.ListExpr():
            return _list_display(ck, e, expected)
        case ast.TupleExpr(elts=elts):
            exp = expected.elems if isinstance(expected, T.TupleType) and len(expected.elems) == len(elts) else (None,) * len(elts)
            return T.TupleType(tuple(check(ck, x, et) for x, et in zip(elts, exp)))
        case ast.ListComp():
            return _listcomp(ck, e, expected)
        case ast.DictExpr():
            from ember.sema.check import dicts

            return dicts.display(ck, e, expected)
        case ast.DictComp():
            from ember.sema.check import dicts

            return dicts.comprehension(ck, e, expected)
        case ast.Transfer(value=value):
            return check(ck, value, expected)
        case ast.Starred():
            check(ck, e.value)
            return ck.error(e.span, "`*` unpacking is only supported among a call's arguments and in an "
                                    "assignment's targets", help=("for a list, `xs + ys` joins two",))
        case ast.Lambda():
            return ck.error(e.span, "a `lambda` is supported as a value (assigned, returned, stored, passed) or as "
                                    "the `key=` of `sorted`, `min`, `max` or `list.sort`",
                            help=("assign it to a name first (`f = lambda ...`, then use `f`)",))
        case ast.NamedExpr():
            ck.scope.locals.setdefault(e.name, check(ck, e.value))  # no follow-on "unknown name"
            return ck.error(e.span, "`:=` is supported where it is evaluated first in an `if`'s or a `while`'s test, "
                                    "a statement's value or a comprehension's condition",
                            help=(f"assign `{e.name}` in a statement of its own",))
        case ast.ErrorExpr():
            return T.ERROR
        case _:
            assert_never(e)


def _compile_time_name(ck: Checker, e: ast.Name, b: comptime.Binding) -> T.Type:
    if isinstance(b, comptime.TypeParam):
        return ck.error(e.span, f"`{e.id}` is a type (`{b.type}`), not a value")
    if isinstance(b, comptime.Hidden):  # read from its constant global
        ck.program.module_refs[id(e)] = b.key
        return b.type
    if not T.is_error(b.type):
        ck.program.consts[id(e)] = b.value
    return b.type


def _format_spec(ck: Checker, p: ast.FormattedValue, t: T.Type) -> None:
    """A spec is checked against the value's type now, where Python would raise later."""
    if p.spec is None or T.is_error(t):
        return
    if not all(isinstance(x, str) for x in p.spec.parts):
        check(ck, p.spec)  # the runtime parses and checks it (Python's ValueError messages)
        shown = T.STR if p.conversion else t
        if not isinstance(shown, (T.IntType, T.FloatType, T.BoolType, T.StrType)):
            ck.error(p.spec.span, f"a format spec computed at run time needs a number or `str`, not `{shown}`",
                     help=("format `str(x)` instead",))
        return
    from ember.types.formatspec import problem

    why = problem("".join(p.spec.parts), T.STR if p.conversion else t)  # type: ignore[arg-type]
    if why is not None:
        ck.error(p.spec.span, why, f"formatting `{T.STR if p.conversion else t}`")


def _builtin_value(ck: Checker, e: ast.Expr, mod: str, name: str) -> T.Type:
    """A value of a built-in module: `pi`, `math.inf`, `argv`, `sys.argv`, `sys.maxsize`."""
    if mod == "math" and name in MATH_CONSTS:
        t: T.Type = T.F64
    elif (mod, name) == ("sys", "argv"):
        t = T.ListType(T.STR)
    elif (mod, name) == ("sys", "maxsize"):
        t = T.INT
    elif (mod, name) in (("sys", "stdin"), ("sys", "stdout"), ("sys", "stderr")):
        return ck.error(e.span, f"`{mod}.{name}` is not a value in Ember",
                        help=("call its methods (`sys.stdin.readline()`, `sys.stdout.write(s)`), iterate "
                              "`sys.stdin` in a `for`, or pass it as `print(..., file=...)`",))
    else:
        return ck.error(e.span, f"`{mod}.{name}` is not a value in Ember (call it?)")
    ck.program.builtin_values[id(e)] = f"{mod}.{name}"
    return t


def _module_global(ck: Checker, e: ast.Attribute, mod: str, attr: str) -> T.Type:
    """`m.X` for a global `X` of the imported Ember module `m` (read-only from here)."""
    env = ck.program.envs[mod]
    if attr in env.globals:
        ck.program.module_refs[id(e)] = env.key(attr)
        return env.globals[attr]
    if env.key(attr) in ck.program.fns or env.key(attr) in ck.program.structs:
        return ck.error(e.span, f"`{mod}.{attr}` is a function or type, not a value (call it?)")
    from ember.diagnostics.diagnostic import did_you_mean

    return ck.error(e.span, f"module `{mod}` has no `{attr}`", help=did_you_mean(attr, module_names(ck, mod)))


def module_names(ck: Checker, mod: str) -> list[str]:
    """The names module `mod` declares: functions, structs and globals."""
    prefix = ck.program.envs[mod].prefix
    decls = [k.removeprefix(prefix) for k in (*ck.program.fns, *ck.program.structs) if k.startswith(prefix)]
    return [k for k in decls if "." not in k] + list(ck.program.envs[mod].globals)


def _fields_help(info: object, attr: str) -> tuple[str, ...]:
    from ember.diagnostics.diagnostic import did_you_mean

    return did_you_mean(attr, [n for n, _ in info.fields])  # type: ignore[attr-defined]


def unify_branches(ck: Checker, a: ast.Expr, at: T.Type, b: ast.Expr, bt: T.Type) -> T.Type:
    if at == bt or T.is_error(at) or T.is_error(bt):
        return at if not T.is_error(at) else bt
    if (has_hole(at) or has_hole(bt)) and unify(ck, at, bt):
        return zonk(at)
    if (n := numbers.join(at, bt)) is not None:  # `0 if n == 0 else s / n`: Python's int or float
        convert_to(ck, a, at, n)
        convert_to(ck, b, bt, n)
        return n
    if isinstance(at, T.IntType) and isinstance(bt, T.FloatType):
        ck.program.coerce[id(a)] = bt
        return bt
    if isinstance(bt, T.IntType) and isinstance(at, T.FloatType):
        ck.program.coerce[id(b)] = at
        return at
    if T.NONE in (at, bt) or isinstance(at, T.OptionalType) or isinstance(bt, T.OptionalType):
        opt = T.optional(bt if at == T.NONE else at)  # `x - 1 if x else None`: an optional
        if convert_to(ck, a, at, opt, quiet=True) and convert_to(ck, b, bt, opt, quiet=True):
            return opt
    joined = classes.join_items(ck, at, bt)  # `Circle(...) if c else Square(...)`: any `Shape`
    if joined is not None and convert_to(ck, a, at, joined, quiet=True) and convert_to(ck, b, bt, joined, quiet=True):
        return joined
    return ck.error(b.span, f"the branches have different types: `{at}` and `{bt}`")


def _truthy(ck: Checker, e: ast.Expr, t: T.Type) -> None:
    """Every Python truthiness we support: numbers, Bool, str, lists, dicts, sets, objects
    (`truths` records the call of `__bool__` or `__len__` that gives an object's)."""
    if isinstance(t, (T.IntType, T.FloatType, T.NumberType, T.BoolType, T.StrType, T.ListType, T.DictType, T.SetType, T.ErrorType)):
        return
    if isinstance(t, T.OptionalType):  # not None, and the payload's truth
        if isinstance(t.elem, T.StructType) and "__bool__" not in ck.program.structs[t.elem.name].methods:
            return  # an instance is true, as in Python
        if isinstance(t.elem, T.StructType):
            ck.error(e.span, f"`{t}` with a `__bool__` cannot be used as a condition yet",
                     help=("test `x is not None` first, then `x` itself",))
            return
        _truthy(ck, e, t.elem)
        return
    if isinstance(t, Hole):  # an element whose type a later use decides
        defer(ck, lambda: _truthy(ck, e, zonk(t)))
        return
    if isinstance(t, T.StructType):  # Python's: its `__bool__`, else `__len__() != 0`, else true
        methods = ck.program.structs[t.name].methods
        which = next((m for m in ("__bool__", "__len__") if m in methods), None)
        if which is not None:
            from ember.sema.check import calls

            call, rt = calls.protocol_call(ck, e, which, methods[which])
            want = T.BOOL if which == "__bool__" else T.INT
            if rt != want and not T.is_error(rt):
                ck.error(e.span, f"`{t}.{which}` must return `{want}`, not `{rt}`")
            ck.program.truths[id(e)] = call
        return
    if isinstance(t, T.SIMDType):
        from ember.sema.check.simd import vector_condition

        vector_condition(ck, e, t)
        return
    ck.error(e.span, f"`{t}` cannot be used as a condition")


def truthy(ck: Checker, e: ast.Expr, t: T.Type | None = None) -> None:
    """`e` used as a condition (`t`: its type, when checked already). A condition's
    `and`/`or` only needs each operand's truth (`if xs and xs[-1] == x`), so its operands
    may have different types there."""
    if isinstance(e, ast.BoolOp) and t is None:
        _bool_operands(ck, e, lambda v: (truthy(ck, v), T.BOOL)[1])
        ck.record(e, T.BOOL)
        return
    _truthy(ck, e, t if t is not None else check(ck, e))


def _bool_operands(ck: Checker, e: ast.BoolOp, each) -> list[T.Type]:  # noqa: ANN001
    """Check `and`/`or` operands in order, each where the ones before it let it run:
    `x is not None and x > 0`, `best is None or v < best` (check/optional.py)."""
    ts, seen = [], frozenset[str]()
    for v in e.values:
        with optional.narrowing(ck, seen):
            ts.append(each(v))
        yes, no = optional.facts(ck, v)
        seen = seen | (yes if e.op == "and" else no)
    return ts


def _negative_literal(e: ast.Expr) -> bool:
    return isinstance(e, ast.UnaryOp) and e.op == "-" and isinstance(e.operand, ast.IntLit) and e.operand.value > 0


def _bools_as_ints(ck: Checker, e: ast.BinOp, lt: T.Type, rt: T.Type) -> tuple[T.Type, T.Type]:
    """In arithmetic a `Bool` is Python's int 0 or 1 (`True + True` is 2, `n += x > 0`
    counts): each `Bool` operand converted to `Int` (or on to a float, below)."""
    for side, t in ((e.left, lt), (e.right, rt)):
        if t == T.BOOL:
            ck.program.coerce[id(side)] = T.INT
    return (T.INT if lt == T.BOOL else lt), (T.INT if rt == T.BOOL else rt)


def _binop(ck: Checker, e: ast.BinOp, expected: T.Type | None) -> T.Type:
    op = e.op
    if op == "*" and (hint := ck.scope.hints.get(id(e))) is not None:  # `xs = [0] * n`, widened by a later store
        ck.scope.hints.setdefault(id(e.left if isinstance(e.left, ast.ListExpr) else e.right), hint)
    if op in BITS and isinstance(expected, T.FloatType):
        expected = None  # `x + max(168 & 255, n)`: the bits of ints, whatever the sum's type
    lt = check(ck, e.left, expected if op not in ("/",) else None)
    hint = lt if T.is_numeric(lt) else lt.elem if isinstance(lt, T.OptionalType) and T.is_numeric(lt.elem) else None
    if isinstance(lt, T.IntType) and isinstance(expected, T.FloatType) and isinstance(e.right, ast.FloatLit):
        hint = expected  # `i * 0.5` stored into an f32: the literal is an f32 (§2)
    if isinstance(e.left, ast.IntLit) and not isinstance(e.right, ast.IntLit):
        rt = check(ck, e.right, expected)
        if T.is_numeric(rt) and isinstance(lt, T.IntType) and lt != rt:
            lt = check(ck, e.left, rt)
    else:
        # a shift count takes the shifted type only as a literal (`h >> 30` on a u32)
        shift_lit = op in ("<<", ">>") and isinstance(e.right, ast.IntLit)
        rt = check(ck, e.right, hint if op not in ("<<", ">>", "**") or isinstance(hint, T.FloatType) or shift_lit else None)
    if T.is_error(lt) or T.is_error(rt):
        return T.ERROR
    lt, rt = optional.operands(ck, op, e.left, lt, e.right, rt)
    if isinstance(lt, T.SIMDType) or isinstance(rt, T.SIMDType):
        from ember.sema.check import simd

        return simd.binop(ck, e, lt, rt)
    if isinstance(lt, Hole) and isinstance(rt, Hole) and op in ("+", "-", "*", "//", "%") and unify(ck, lt, rt):
        return _undecided_operands(ck, e, lt)
    if isinstance(lt, Hole) or isinstance(rt, Hole):
        lt, rt = _decide_operands(ck, e, lt, rt)
        if T.is_error(lt):
            return lt
    if isinstance(lt, T.StructType):
        return _operator_method(ck, e, lt, rt)
    if isinstance(rt, T.StructType) and (meth := REFLECTED.get(op)) in ck.program.structs[rt.name].methods:
        from ember.sema.check import calls  # `2 * v`: the right operand's `__rmul__`

        return calls.record_operator(ck, e, ck.program.structs[rt.name].methods[meth], e.right, (e.left,))
    if isinstance(lt, T.SetType):
        from ember.sema.check import sets

        if (st := sets.binop(ck, e, lt, rt)) is not None:
            return st
    if op in ARITH and T.BOOL in (lt, rt) and all(t == T.BOOL or T.is_number(t) for t in (lt, rt)):
        lt, rt = _bools_as_ints(ck, e, lt, rt)
    if (nt := numbers.arith(ck, e, lt, rt)) is not None:
        return nt
    if op in ARITH and T.is_numeric(lt) and T.is_numeric(rt):
        if isinstance(lt, T.IntType) and isinstance(rt, T.IntType):
            if lt != rt:
                return ck.error(e.span, f"mismatched integer types `{lt}` and `{rt}` in `{op}`",
                                help=(f"convert one side explicitly, e.g. `{lt}(...)`",))
            if op == "/" or (op == "**" and _negative_literal(e.right)):  # `2 ** -1` is 0.5, as in Python
                ck.program.coerce[id(e.left)] = T.F64
                ck.program.coerce[id(e.right)] = T.F64
                return T.F64
            return lt
        if isinstance(lt, T.FloatType) and isinstance(rt, T.FloatType):
            if lt != rt:
                return ck.error(e.span, f"mismatched float types `{lt}` and `{rt}` in `{op}`",
                                help=(f"convert one side explicitly, e.g. `{lt}(...)`",))
            return lt
        ft = lt if isinstance(lt, T.FloatType) else rt
        ck.program.coerce[id(e.left if isinstance(lt, T.IntType) else e.right)] = ft
        return ft
    if op in BITS and isinstance(lt, (T.IntType, T.BoolType)) and isinstance(rt, (T.IntType, T.BoolType)):
        if lt == T.BOOL and rt == T.BOOL and op in ("&", "|", "^"):
            return T.BOOL
        if lt == rt:
            return lt
        return ck.error(e.span, f"mismatched types `{lt}` and `{rt}` in `{op}`")
    if op == "+" and lt == rt and (isinstance(lt, (T.StrType, T.ListType)) or T.is_tuple(lt)):
        return lt
    if op == "+" and isinstance(lt, T.ListType) and isinstance(rt, T.ListType):
        if unify(ck, lt, rt):
            return zonk(lt)
        at = decided_at(ck.scope.locals.get(e.left.id, lt)) if isinstance(e.left, ast.Name) else None
        return ck.error(e.right.span, f"cannot concatenate `{lt}` and `{rt}`", f"`{rt}` here",
                        labels=(Label(at, f"`{e.left.id}` holds `{lt.elem}` because of this"),)  # type: ignore[attr-defined]
                        if at is not None else (), help=(_MIXED,))
    if op == "+" and isinstance(lt, T.ListType) and isinstance(rt, T.ListType) and _is_empty_list(e.right):
        ck.record(e.right, lt)
        return lt
    if op == "*" and isinstance(lt, (T.StrType, T.ListType)) and isinstance(rt, T.IntType):
        return lt
    if op == "*" and isinstance(rt, (T.StrType, T.ListType)) and isinstance(lt, T.IntType):
        return rt
    if op == "%" and lt == T.STR:
        return ck.error(e.span, "`%` string formatting is not supported; use an f-string")
    return ck.error(e.span, f"unsupported operand types for `{op}`: `{lt}` and `{rt}`")


def _undecided_operands(ck: Checker, e: ast.BinOp, h: T.Type) -> T.Type:
    """`a + b` of two values of one type that a later use decides (`fib(n - 1) + fib(n - 2)`
    in a `def` whose result is read from a dict filled later, `memo[n] = r`): the result
    has that type; that it takes the operator is checked once it is decided."""
    def decided() -> None:
        t = zonk(h)
        if isinstance(t, Hole) or T.is_numeric(t) or e.op == "+" and (t == T.STR or isinstance(t, T.ListType)) \
                or T.is_error(t):
            return
        ck.error(e.span, f"unsupported operand types for `{e.op}`: `{t}` and `{t}`")
    defer(ck, decided)
    return h


def _decide_operands(ck: Checker, e: ast.Expr, lt: T.Type, rt: T.Type) -> tuple[T.Type, T.Type]:
    """An operand read from a list whose element type is not decided yet (`out[0] + 1`)
    takes the other operand's type, when that is a number or `str`."""
    other = rt if isinstance(lt, Hole) else lt
    if isinstance(other, (T.IntType, T.FloatType, T.StrType, T.BoolType)) and unify(ck, lt, rt):
        return zonk(lt), zonk(rt)
    return undecided(ck, e, lt if isinstance(lt, Hole) else rt), rt


def undecided(ck: Checker, e: ast.Expr, hole: T.Type) -> T.Type:
    """An error: `e` needs the element type `hole` of a list that no use has decided yet."""
    ck.scope.retry = True
    made = hole.span if isinstance(hole, Hole) else None
    what = hole.what if isinstance(hole, Hole) else "the element type of this empty list"
    if "dict" in what:
        return ck.error(e.span, f"{what} is not known yet here", "its type is needed here",
                        labels=(Label(made, "the empty dict is created here"),) if made else (),
                        help=("annotate the dict where it is created, e.g. `memo: dict[int, int] = {}`",))
    return ck.error(e.span, f"{what} is not known yet here",
                    "its type is needed here", labels=(Label(made, "the empty list is created here"),) if made else (),
                    help=("annotate the list where it is created, e.g. `xs: [Int] = []`, or add an element "
                          "before this use",))


OP_METHODS = {"+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "//": "__floordiv__",
              "%": "__mod__", "==": "__eq__", "!=": "__ne__", "<": "__lt__", "<=": "__le__", ">": "__gt__",
              ">=": "__ge__", "**": "__pow__", "&": "__and__", "|": "__or__", "^": "__xor__"}


REFLECTED = {"+": "__radd__", "-": "__rsub__", "*": "__rmul__", "/": "__rtruediv__", "//": "__rfloordiv__",
             "%": "__rmod__", "**": "__rpow__", "&": "__rand__", "|": "__ror__", "^": "__rxor__"}


def _operator_method(ck: Checker, e: ast.BinOp, lt: T.StructType, rt: T.Type) -> T.Type:
    from ember.sema.check import calls

    meth = OP_METHODS.get(e.op)
    info = ck.program.structs[lt.name]
    if meth is None or meth not in info.methods:
        return ck.error(e.span, f"`{lt}` does not define `{meth or e.op}`")
    return calls.record_operator(ck, e, info.methods[meth], e.left, (e.right,))


def _compare(ck: Checker, e: ast.Compare) -> T.Type:
    """Bool, or a mask `SIMD[Bool, W]` for a lane-wise comparison of vectors."""
    left = e.left
    lt = check(ck, left)
    result: T.Type = T.BOOL
    for op, right in zip(e.ops, e.comparators):
        rt = check(ck, right, lt if T.is_numeric(lt) else None)
        if isinstance(left, ast.IntLit) and isinstance(rt, T.FloatType):
            lt = check(ck, left, rt)
        if isinstance(lt, T.SIMDType) or isinstance(rt, T.SIMDType):
            from ember.sema.check import simd

            if not (T.is_error(lt) or T.is_error(rt)):
                result = simd.compare(ck, e, op, left, lt, right, rt)
        else:
            _compare_pair(ck, e, op, left, lt, right, rt)
        left, lt = right, rt
    return result


def _compare_pair(ck: Checker, e: ast.Compare, op: str, l: ast.Expr, lt: T.Type, r: ast.Expr, rt: T.Type) -> None:
    if T.is_error(lt) or T.is_error(rt):
        return
    if op in ("in", "not in") and isinstance(rt, T.DictType):
        from ember.sema.check.dicts import contains

        contains(ck, l, lt, rt)
        return
    if op in ("in", "not in") and isinstance(rt, T.SetType):
        from ember.sema.check import sets

        sets.contains(ck, l, lt, rt)
        return
    if op in ("in", "not in") and isinstance(rt, T.StructType) and "__contains__" in ck.program.structs[rt.name].methods:
        from ember.sema.check import calls

        if len(e.ops) > 1:
            ck.error(e.span, "chained comparisons of objects are not supported")
            return
        ret = calls.record_operator(ck, e, ck.program.structs[rt.name].methods["__contains__"], r, (l,))
        if ret != T.BOOL and not T.is_error(ret):
            ck.error(e.span, f"`{rt}.__contains__` must return `Bool`, not `{ret}`")
        return
    if isinstance(lt, T.SetType) and isinstance(rt, T.SetType):
        from ember.sema.check import sets

        if sets.compare(ck, e, op, l, lt, r, rt):
            return
    if op not in ("in", "not in", "is", "is not") and (has_hole(lt) or has_hole(rt)):
        if not unify(ck, lt, rt):
            ck.error(e.span, f"cannot compare `{zonk(lt)}` with `{zonk(rt)}` using `{op}`")
        return
    if op in ("in", "not in"):
        if isinstance(rt, T.ListType):
            convert_to(ck, l, lt, rt.elem, f"(element type of `{rt}`)")
        elif isinstance(rt, T.DictType):
            from ember.sema.check.dicts import contains

            contains(ck, l, lt, rt)
        elif rt == T.STR and lt == T.STR:
            pass
        else:
            ck.error(e.span, f"`in` is not supported between `{lt}` and `{rt}`")
        return
    if op in ("is", "is not"):
        if not (lt == T.NONE or rt == T.NONE):
            ck.error(e.span, "`is` is only supported with `None`; use `==`")
        return
    if isinstance(lt, T.OptionalType) or isinstance(rt, T.OptionalType):
        if op in ("==", "!="):
            _compare_optional(ck, e, op, l, lt, r, rt)
            return
        lt, rt = optional.operands(ck, op, l, lt, r, rt)
    if numbers.compare(ck, l, lt, r, rt):
        return
    if T.is_numeric(lt) and T.is_numeric(rt):
        if lt == rt:
            return
        if isinstance(lt, T.IntType) and isinstance(rt, T.FloatType):
            ck.program.coerce[id(l)] = rt
            return
        if isinstance(rt, T.IntType) and isinstance(lt, T.FloatType):
            ck.program.coerce[id(r)] = lt
            return
        ck.error(e.span, f"cannot compare `{lt}` with `{rt}`", help=(f"convert one side, e.g. `{lt}(...)`",))
        return
    if isinstance(lt, T.ClassUnion) or isinstance(rt, T.ClassUnion):  # objects of a family: equal if of one class and equal
        joined = classes.join(ck, lt, rt) if op in ("==", "!=") else None
        own = next((k for k in joined.classes if OP_METHODS[op] in ck.program.structs[k].methods), None) if joined else None
        if own is not None:  # the field-by-field comparison of the union would not call it
            ck.error(e.span, f"`{op}` of objects of any class of `{joined}` is not supported when `{T.StructType(own)}` "
                             f"defines `{OP_METHODS[op]}`", help=("compare a field, or call the method: `a.__eq__(b)`",))
        elif joined is None or not (convert_to(ck, l, lt, joined, quiet=True) and convert_to(ck, r, rt, joined, quiet=True)):
            ck.error(e.span, f"cannot compare `{lt}` with `{rt}` using `{op}`")
        return
    if isinstance(lt, T.StructType):
        meth = OP_METHODS[op]
        info = ck.program.structs[lt.name]
        if meth in info.methods:
            from ember.sema.check import calls

            if len(e.ops) > 1:
                ck.error(e.span, "chained comparisons of structs are not supported")
                return
            calls.record_operator(ck, e, info.methods[meth], l, (r,))
            return
        if op in ("==", "!="):
            return
        ck.error(e.span, f"`{lt}` does not define `{meth}`")
        return
    if lt != rt and (numbers.converts(ck, r, rt, lt) or numbers.converts(ck, l, lt, rt)):
        lt = rt = ck.type_of(l)  # `xs == [1, 2]` of a list of numbers: the display's items are numbers
    if lt == rt and (comparable(lt, ordered=op not in ("==", "!="))
                     or op not in ("==", "!=") and orders.orderable(ck, lt, e.span)):
        return
    if lt == rt == T.NONE:
        return
    ck.error(e.span, f"cannot compare `{lt}` with `{rt}` using `{op}`")


def _compare_optional(ck: Checker, e: ast.Compare, op: str, l: ast.Expr, lt: T.Type, r: ast.Expr, rt: T.Type) -> None:
    """`opt == v`, `opt != None`: a plain value, no fault; `None` equals only `None`. The
    sides are brought to one optional type (MIR compares flags, then payloads)."""
    if len(e.ops) > 1:
        ck.error(e.span, "chained comparisons of optionals are not supported")
        return
    target = lt if isinstance(lt, T.OptionalType) else rt
    for x, xt in ((l, lt), (r, rt)):
        if not convert_to(ck, x, xt, target, quiet=True):
            ck.error(e.span, f"cannot compare `{zonk(lt)}` with `{zonk(rt)}` using `{op}`")
            return
    if not comparable(zonk(target), ordered=False):
        ck.error(e.span, f"cannot compare `{zonk(lt)}` with `{zonk(rt)}` using `{op}`")


def comparable(t: T.Type, ordered: bool) -> bool:
    match t:
        case T.IntType() | T.FloatType() | T.NumberType() | T.StrType() | T.BoolType():
            return True
        case T.ListType(elem=el) | T.OptionalType(elem=el):
            return comparable(el, ordered)
        case T.DictType(value=v):
            return not ordered and comparable(v, False)
        case T.SetType():
            return not ordered
        case T.TupleType(elems=els):
            return all(comparable(x, ordered) for x in els)
        case T.StructType():
            return not ordered
        case Hole():
            return True  # decided later (a list of structs ordered before its first element is added is not caught)
        case _:
            return False


def _subscript(ck: Checker, e: ast.Subscript) -> T.Type:
    from ember.sema.check import arrays

    t = optional.unwrap(ck, e.value, check(ck, e.value), "'NoneType' object is not subscriptable")
    if T.is_error(t):
        if isinstance(e.index, ast.Slice):
            _slice_parts(ck, e.index)
        else:
            check(ck, e.index)
        return t
    if isinstance(t, T.SIMDType):
        from ember.sema.check import simd

        return simd.lane(ck, e, t)
    if isinstance(t, T.DictType):
        from ember.sema.check import dicts

        return dicts.subscript(ck, e, t)
    if isinstance(e.index, ast.Slice):
        _slice_parts(ck, e.index)
        if isinstance(t, T.ListType):
            from ember.sema.check.simd import vector_slice

            return vector_slice(ck, e, t) or t
        if isinstance(t, T.StrType):
            return t
        return ck.error(e.span, f"`{t}` cannot be sliced")
    if isinstance(t, (T.ListType, T.StrType, T.ArrayType)):
        it = check(ck, e.index, T.INT)
        if not isinstance(it, (T.IntType, T.ErrorType)):
            ck.error(e.index.span, f"list indices must be integers, not `{it}`")
        if isinstance(t, T.ArrayType):
            return arrays.checked_index(ck, e, t)
        return t.elem if isinstance(t, T.ListType) else T.STR
    t = tast.named_tuple_view(ck.program, t) or t  # `p[0]` of a named tuple: its first field
    if T.is_tuple(t):
        if isinstance(e.index, ast.IntLit) or (isinstance(e.index, ast.UnaryOp) and isinstance(e.index.operand, ast.IntLit)):
            check(ck, e.index)
            i = e.index.value if isinstance(e.index, ast.IntLit) else -e.index.operand.value  # type: ignore[union-attr]
            if -len(t.elems) <= i < len(t.elems):
                return t.elems[i]
            return ck.error(e.index.span, f"tuple index {i} out of range for `{t}`")
        return ck.error(e.index.span, "a tuple index must be an integer literal")
    if isinstance(t, T.StructType) and "__getitem__" in ck.program.structs[t.name].methods:
        from ember.sema.check import calls

        return calls.record_operator(ck, e, ck.program.structs[t.name].methods["__getitem__"], e.value, (e.index,))
    return ck.error(e.span, f"`{t}` cannot be indexed")


def _slice_parts(ck: Checker, s: ast.Slice) -> None:
    for part in (s.lower, s.upper, s.step):
        if part is not None:
            pt = check(ck, part, T.INT)
            if not isinstance(pt, (T.IntType, T.ErrorType)):
                ck.error(part.span, f"slice indices must be integers, not `{pt}`")


def _list_display(ck: Checker, e: ast.ListExpr, expected: T.Type | None) -> T.Type:
    elts = e.elts
    exp_elem = expected.elem if isinstance(expected, T.ListType) else None
    if elts and exp_elem is None and (isinstance(hint := ck.scope.hints.get(id(e)), (T.ClassUnion, T.NumberType))
                                      or T.is_tuple(hint)):
        exp_elem = hint  # a later append of a related class (check/classes.py `widens`)
    if not elts:
        if exp_elem is None:
            return fresh(ck, e)  # decided by a later use (infer.py)
        return expected  # type: ignore[return-value]
    if any(isinstance(x, ast.EllipsisLit) for x in elts):
        if not (len(elts) >= 4 and isinstance(elts[-2], ast.EllipsisLit) and
                sum(isinstance(x, ast.EllipsisLit) for x in elts) == 1):
            return ck.error(e.span, "a progression is written `[a, b, ..., z]`")
        elts = elts[:-2] + elts[-1:]
    first = check(ck, elts[0], exp_elem)
    elem, elem_at = first, elts[0]
    for x in elts[1:]:
        # an earlier float item is no context for a later `1`: Python keeps it an int
        t = check(ck, x, numbers.context(elem) if not T.is_error(elem) and not isinstance(elem, T.FloatType) else exp_elem)
        if T.is_error(t) or T.is_error(elem) or t == elem or (has_hole(t) or has_hole(elem)) and unify(ck, t, elem):
            if T.is_error(elem):
                elem, elem_at = t, x
            elem = zonk(elem)
            continue
        if isinstance(exp_elem, T.FloatType) and T.is_numeric(t) and T.is_numeric(elem):
            continue  # `xs: [f64] = [1, 2.5]`: the context asks for floats
        if len(elts) != len(e.elts) and isinstance(elem, T.IntType) and isinstance(t, T.FloatType):
            elem = t  # a progression `[0, 0.5, ..., 2.0]` is of floats
            continue
        if len(elts) != len(e.elts) and isinstance(t, T.IntType) and isinstance(elem, T.FloatType):
            continue
        if T.NONE in (t, elem) or isinstance(t, T.OptionalType) or isinstance(elem, T.OptionalType):
            opt = T.optional(elem if elem != T.NONE else t)  # `[x, None]`: a list of optionals
            if T.optional(zonk(t)) == opt or t == T.NONE:
                elem = opt
                continue
        joined = classes.join_items(ck, elem, t)  # `[Circle(...), Square(...)]`: any `Shape`
        if joined is not None:
            elem = joined
            continue
        if any(isinstance(u, T.ListType) and u.kind == "tuple" for u in (t, elem)) and T.is_tuple(t) != T.is_tuple(elem):
            elem = t if T.is_tuple(elem) else elem  # `[tuple(xs), (1, 2)]`: tuples of any length (the loop below converts)
            continue
        return _mixed_items(ck, elem_at, elem, x, t)
    if isinstance(exp_elem, T.FloatType) and T.is_numeric(elem):
        elem = exp_elem
    if (isinstance(exp_elem, (T.ClassUnion, T.NumberType)) or T.is_tuple(exp_elem)) \
            and classes.join_items(ck, elem, exp_elem) == exp_elem:
        elem = exp_elem
    if elem == T.NONE:  # `[None] * n`: optionals, their type decided by a later store
        elem = exp_elem if isinstance(exp_elem, T.OptionalType) else fresh_optional(ck, e)
    for x in elts:
        convert_to(ck, x, ck.type_of(x), elem)
    if len(elts) != len(e.elts) and not T.is_numeric(elem):
        return ck.error(e.span, "a progression needs numbers")
    return T.ListType(elem)


def _mixed_items(ck: Checker, a: ast.Expr, at: T.Type, b: ast.Expr, bt: T.Type) -> T.Type:
    """A Python list may hold an `int` and a `float` (or a `str`): an Ember list holds one
    type, and silently making `1` a `1.0` would print differently, so it is an error."""
    if T.is_numeric(at) and T.is_numeric(bt):
        fix = (f"write the items as one type (`{at}(...)`/`{bt}(...)`, or `1.0` for `1`), or annotate a float "
               f"list: `xs: [{bt if isinstance(bt, T.FloatType) else at}] = [...]`",)
    else:
        fix = ("convert the items to one type (e.g. `str(...)`), or keep them in separate lists",)
    return ck.error(b.span, f"list items have different types: `{at}` and `{bt}`",
                    f"`{bt}` here", labels=(Label(a.span, f"`{at}` here"),), help=fix)


def _listcomp(ck: Checker, e: ast.ListComp, expected: T.Type | None) -> T.Type:
    from ember.sema.check.stmt import bind_target, check_iter, iter_elem_type

    pushed = 0
    narrowed = ck.scope.narrowed
    for g in e.generators:
        it = check_iter(ck, g.iter)
        elem = iter_elem_type(ck, g.iter, it)
        ck.scope.comp_scopes.append({})
        pushed += 1
        bind_target(ck, g.target, elem, comp=True)
        optional.forget_assigned(ck, g.target)  # a new variable of that name
        for c in g.ifs:
            truthy(ck, c)
            optional.continue_narrowed(ck, optional.facts(ck, c)[0])  # `[x for x in xs if x is not None]`
    et = check(ck, e.elt, expected.elem if isinstance(expected, T.ListType) else None)
    _reject_element_change(ck, e)
    ck.scope.narrowed = narrowed
    del ck.scope.comp_scopes[len(ck.scope.comp_scopes) - pushed:]
    return T.ListType(et) if not T.is_error(et) else et


def _reject_element_change(ck: Checker, e: ast.ListComp) -> None:
    """`[p.bump() for p in ps]` with a `bump` that changes `self`: Python changes each
    object of `ps`; a comprehension's variable is a copy of the element here, so the
    change would be lost: an error, never a silent copy."""
    from ember.sema.check.generic import mutated_by_methods

    parts = (ast.ExprStmt(e.elt, e.span), *(ast.ExprStmt(c, c.span) for g in e.generators for c in g.ifs))
    for g in e.generators:
        if not isinstance(g.target, ast.Name):
            continue
        t = ck.program.types.get(id(g.target))
        if t is not None and mutated_by_methods(ck, parts, g.target.id, zonk(t)):
            ck.error(g.target.span, f"a comprehension cannot change its elements in place: `{g.target.id}` is a "
                     "copy of each element here, and a method it calls changes its object",
                     help=(f"call the method in a `for` loop (`for {g.target.id} in ...:`), whose variable is "
                           "the element itself",))
