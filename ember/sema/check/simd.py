"""`SIMD[T, W]` (LANGUAGE.md §2): construction, lane-wise operators, methods, vector
slices and the exact `load`/`store`. A scalar operand broadcasts by an implicit
conversion (`coerce` to the vector type), so MIR and codegen see one cast, not a rule."""
from __future__ import annotations

from ember.sema.check.context import Checker
from ember.sema.check.expr import check, expect
from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T

MAX_WIDTH = 256
REDUCE = frozenset({"reduce_add", "reduce_mul", "reduce_min", "reduce_max", "reduce_and", "reduce_or"})
# math functions that keep the lane type; isnan/isinf give masks
SAME_TYPE_MATH = frozenset({"sqrt", "exp", "log", "sin", "cos", "tan", "floor", "ceil", "pow", "fma", "log2",
                            "log10", "fabs", "atan", "atan2", "asin", "acos", "tanh", "hypot", "trunc"})
CONDITION_HELP = ("test every lane with `v.reduce_and()` or any lane with `v.reduce_or()`",)


def is_simd(t: T.Type) -> bool:
    return isinstance(t, T.SIMDType)


# ---- compile-time widths


def const_int(ck: Checker, e: ast.Expr) -> int | None:
    """The value of a width known at compile time: a literal, or a local bound exactly
    once, to a literal (`width = 8`), a `comptime` name or an `Int` parameter (`W` in
    `fn dot[W: Int]`)."""
    from ember.sema.check import comptime

    match e:
        case ast.IntLit(value=v):
            return v
        case ast.Name(id=name) if isinstance(b := comptime.binding(ck, name), comptime.Const):
            return b.value if isinstance(b.value, int) and not isinstance(b.value, bool) else None  # `comptime W = 8`, `[W: Int]`
        case ast.UnaryOp(op="-", operand=ast.IntLit(value=v)):
            return -v
        case ast.Name(id=name):
            return _bound_once(ck, name)
        case _:
            return None


def _bound_once(ck: Checker, name: str) -> int | None:
    from ember.sema.check.parallel import _bound, walk

    body: tuple[ast.Stmt, ...] = ck.scope.info.node.body if ck.scope.info is not None else ck.env.top
    if ck.scope.info is not None and any(p.name == name for p in ck.scope.info.params):
        return None
    value: int | None = None
    count = 0
    for n in walk(body):
        match n:
            case ast.Assign(targets=ts, value=v):
                hits = sum(1 for t in ts for b in _bound(t) if b == name)
                if hits:
                    count += hits
                    value = v.value if isinstance(v, ast.IntLit) and len(ts) == 1 and isinstance(ts[0], ast.Name) else None
            case ast.AnnAssign(target=t, value=v) if name in set(_bound(t)):
                count += 1
                value = v.value if isinstance(v, ast.IntLit) else None
            case ast.AugAssign(target=t) | ast.For(target=t) | ast.Comprehension(target=t) if name in set(_bound(t)):
                count += 2
            case _:
                pass
    return value if count == 1 else None


def width_of(ck: Checker, e: ast.Expr) -> int | None:
    """A lane count: a compile-time integer in 1..MAX_WIDTH (else a diagnostic, None)."""
    w = const_int(ck, e)
    if w is None:
        if not (isinstance(e, ast.Name) and ck.lookup(e.id) is None):  # an unknown name: one error
            check(ck, e)
        ck.error(e.span, "the width of a vector must be known at compile time",
                 help=("write a literal, or a local bound once to a literal (`width = 8`)",))
        return None
    if not 1 <= w <= MAX_WIDTH:
        ck.error(e.span, f"a vector has 1 to {MAX_WIDTH} lanes, not {w}")
        return None
    ck.record(e, T.INT)
    return w


def simd_type(ck: Checker, args: tuple[ast.TypeArg, ...], span: object) -> T.Type:
    """`SIMD[T, W]` with T a number type or Bool."""
    from ember.sema.check.typeexpr import resolve_arg

    if len(args) != 2:
        return ck.error(span, "`SIMD` takes two parameters: `SIMD[T, W]`, e.g. `SIMD[f32, 8]`")  # type: ignore[arg-type]
    elem = resolve_arg(ck, args[0])
    width = args[1]
    if isinstance(width, ast.NamedType) and not width.args:  # `SIMD[f32, width]` in an annotation
        width = ast.Name(width.name, width.span)
        ck.program.keep.append(width)
    if isinstance(width, (ast.NamedType, ast.ListType, ast.ArrayType, ast.TupleType)):
        ck.error(width.span, "the width of a vector is an integer known at compile time, not a type")
        w = None
    else:
        w = width_of(ck, width)
    if T.is_error(elem) or w is None:
        return T.ERROR
    if not isinstance(elem, (T.IntType, T.FloatType, T.BoolType)):
        return ck.error(args[0].span, f"vector lanes are numbers or `Bool`, not `{elem}`")
    return T.SIMDType(elem, w)


def _type_params(index: ast.Expr) -> tuple[ast.Expr, ...]:
    return index.elts if isinstance(index, ast.TupleExpr) else (index,)


# ---- calls: SIMD[T, W](...), iota[T, W](), xs.load[W](i), xs.store(i, v), methods


def construct(ck: Checker, e: ast.Call, index: ast.Expr) -> T.Type:
    """`SIMD[T, W](x)` splats a scalar or converts a vector of W lanes; `SIMD[T, W](a, b,
    ...)` lists the W lanes."""
    st = simd_type(ck, _type_params(index), index.span)
    if T.is_error(st):
        for a in e.args:
            check(ck, a)
        return st
    assert isinstance(st, T.SIMDType)
    if e.keywords:
        ck.error(e.keywords[0].span, "`SIMD` takes no keyword arguments")
    args = e.args
    if len(args) == 1:
        t = check(ck, args[0], st.elem)
        if T.is_error(t):
            return t
        if isinstance(t, T.SIMDType):
            if t.width != st.width:
                return ck.error(args[0].span, f"cannot convert `{t}` to `{st}`: the widths differ")
            if t != st:
                ck.program.coerce[id(args[0])] = st
        elif not splat(ck, args[0], t, st):
            return T.ERROR
        ck.program.calls[id(e)] = tast.CallBuiltin("simd.from", None, args)
        return st
    if len(args) != st.width:
        for a in args:
            check(ck, a, st.elem)
        return ck.error(e.span, f"`{st}` has {st.width} lanes but {len(args)} values were given",
                        help=("give one value to fill every lane, or one value per lane",))
    for a in args:
        expect(ck, a, st.elem, f"for a lane of `{st}`")
    ck.program.calls[id(e)] = tast.CallBuiltin("simd.lanes", None, args)
    return st


def iota(ck: Checker, e: ast.Call, index: ast.Expr) -> T.Type:
    """`iota[T, W]()`: lanes 0, 1, 2, ..."""
    st = simd_type(ck, _type_params(index), index.span)
    if e.args or e.keywords:
        for a in e.args:
            check(ck, a)
        ck.error(e.span, "`iota[T, W]()` takes no arguments")
        return T.ERROR
    if isinstance(st, T.SIMDType) and st.elem == T.BOOL:
        return ck.error(index.span, "`iota` needs number lanes, not `Bool`")
    if not T.is_error(st):
        ck.program.calls[id(e)] = tast.CallBuiltin("simd.iota", None, ())
    return st


def load(ck: Checker, e: ast.Call, recv: ast.Expr, index: ast.Expr) -> T.Type:
    """`xs.load[W](i)`: lanes xs[i], ..., xs[i+W-1], all inside the list (else IndexError)."""
    lt = check(ck, recv)
    w = width_of(ck, index)
    for a in e.args[1:]:
        check(ck, a)
    if len(e.args) != 1 or e.keywords:
        return ck.error(e.span, "`load[W]` takes one argument, the index of the first lane")
    expect(ck, e.args[0], T.INT, "(the index of the first lane)")
    if T.is_error(lt) or w is None:
        return T.ERROR
    if not (isinstance(lt, T.ListType) and isinstance(lt.elem, (T.IntType, T.FloatType))):
        return ck.error(recv.span, f"`load[W]` reads a list of numbers, not `{lt}`")
    ck.program.calls[id(e)] = tast.CallBuiltin("simd.load", recv, e.args)
    return T.SIMDType(lt.elem, w)


def store(ck: Checker, e: ast.Call, recv: ast.Expr, lt: T.ListType) -> T.Type:
    """`xs.store(i, v)`: writes the lanes of `v` to xs[i], ..., all inside the list."""
    if len(e.args) != 2 or e.keywords:
        for a in e.args:
            check(ck, a)
        return ck.error(e.span, "`store` takes two arguments: the index of the first lane and a vector")
    expect(ck, e.args[0], T.INT, "(the index of the first lane)")
    vt = check(ck, e.args[1], lt.elem)
    if T.is_error(vt):
        return T.NONE
    if not (isinstance(vt, T.SIMDType) and vt.elem == lt.elem):
        ck.error(e.args[1].span, f"`store` on `{lt}` writes a `SIMD[{lt.elem}, W]`, not `{vt}`")
        return T.NONE
    ck.program.calls[id(e)] = tast.CallBuiltin("simd.store", recv, e.args)
    return T.NONE


def method(ck: Checker, e: ast.Call, recv: ast.Expr, st: T.SIMDType, attr: str) -> T.Type:
    if attr in REDUCE:
        if e.args or e.keywords:
            for a in e.args:
                check(ck, a)
            return ck.error(e.span, f"`{attr}` takes no arguments")
        logical = attr in ("reduce_and", "reduce_or")
        if logical and isinstance(st.elem, T.FloatType):
            return ck.error(e.func.span, f"`{attr}` needs `Bool` or integer lanes, not `{st.elem}`")
        if not logical and st.elem == T.BOOL:
            return ck.error(e.func.span, f"`{attr}` needs number lanes; a mask has `reduce_and` and `reduce_or`")
        ck.program.calls[id(e)] = tast.CallBuiltin("simd." + attr, recv, ())
        return st.elem
    if attr == "select" and st.elem == T.BOOL:
        return _select(ck, e, recv, st, e.args)
    if attr == "copy" and not e.args:
        ck.program.calls[id(e)] = tast.CallBuiltin("copy", recv, ())
        return st
    for a in e.args:
        check(ck, a)
    return ck.error(e.func.span, f"`{st}` has no method `{attr}`",
                    help=("vectors have `reduce_add`, `reduce_mul`, `reduce_min`, `reduce_max`, `reduce_and`, "
                          "`reduce_or`, and masks `select`",))


def select(ck: Checker, e: ast.Call) -> T.Type:
    """`select(mask, a, b)`: lane k is a[k] where mask[k] else b[k]."""
    if len(e.args) != 3 or e.keywords:
        for a in e.args:
            check(ck, a)
        return ck.error(e.span, "`select` takes three arguments: `select(mask, a, b)`")
    mt = check(ck, e.args[0])
    if T.is_error(mt):
        for a in e.args[1:]:
            check(ck, a)
        return mt
    if not (isinstance(mt, T.SIMDType) and mt.elem == T.BOOL):
        for a in e.args[1:]:
            check(ck, a)
        return ck.error(e.args[0].span, f"`select` needs a mask `SIMD[Bool, W]` first, not `{mt}`")
    return _select(ck, e, e.args[0], mt, e.args[1:])


def _select(ck: Checker, e: ast.Call, mask: ast.Expr, mt: T.SIMDType, args: tuple[ast.Expr, ...]) -> T.Type:
    if len(args) != 2:
        for a in args:
            check(ck, a)
        return ck.error(e.span, "`select` takes the two vectors to choose from")
    a, b = args
    at = check(ck, a)
    bt = check(ck, b, at.elem if isinstance(at, T.SIMDType) else at if T.is_numeric(at) else None)
    if isinstance(a, (ast.IntLit, ast.FloatLit)) and isinstance(bt, T.SIMDType):
        at = check(ck, a, bt.elem)
    if T.is_error(at) or T.is_error(bt):
        return T.ERROR
    vt = at if isinstance(at, T.SIMDType) else bt if isinstance(bt, T.SIMDType) else T.SIMDType(at, mt.width)
    if not isinstance(vt, T.SIMDType) or vt.width != mt.width:
        return ck.error(e.span, f"`select` with a mask of {mt.width} lanes needs vectors of {mt.width} lanes, not `{vt}`")
    if not _all_of(ck, (a, b), (at, bt), vt):
        return T.ERROR
    ck.program.calls[id(e)] = tast.CallBuiltin("simd.select", None, (mask, a, b))
    return vt


def math(ck: Checker, e: ast.Call, name: str, ts: list[T.Type]) -> T.Type:
    """A `math` function with a vector argument applies lane-wise; scalars broadcast."""
    vt = next(t for t in ts if isinstance(t, T.SIMDType))
    if not isinstance(vt.elem, T.FloatType):
        return ck.error(e.span, f"`{name}` on vectors needs float lanes, not `{vt}`",
                        help=(f"convert first, e.g. `SIMD[f64, {vt.width}](v)`",))
    if name not in SAME_TYPE_MATH | {"isnan", "isinf"}:
        return ck.error(e.span, f"`{name}` does not apply to vectors")
    if not _all_of(ck, e.args, ts, vt):
        return T.ERROR
    ck.program.calls[id(e)] = tast.CallBuiltin("simd.math." + name, None, e.args)
    return T.SIMDType(T.BOOL, vt.width) if name in ("isnan", "isinf") else vt


def minmax(ck: Checker, e: ast.Call, name: str, ts: list[T.Type]) -> T.Type:
    """`min(a, b)` / `max(a, b)` with a vector: lane-wise."""
    vt = next(t for t in ts if isinstance(t, T.SIMDType))
    if len(e.args) != 2 or vt.elem == T.BOOL:
        return ck.error(e.span, f"`{name}` of vectors takes two vectors of numbers")
    if not _all_of(ck, e.args, ts, vt):
        return T.ERROR
    ck.program.calls[id(e)] = tast.CallBuiltin("simd." + name, None, e.args)
    return vt


def _all_of(ck: Checker, args: tuple[ast.Expr, ...], ts: tuple[T.Type, ...] | list[T.Type], vt: T.SIMDType) -> bool:
    """The arguments of a lane-wise function are all `vt`: vectors of that type, or
    scalars broadcast to it."""
    for a, t in zip(args, ts):
        if isinstance(t, T.SIMDType):
            if t != vt:
                ck.error(a.span, f"mismatched types: expected `{vt}`, found `{t}`")
                return False
        elif not splat(ck, a, t, vt):
            return False
    return True


def abs_(ck: Checker, e: ast.Call, vt: T.SIMDType) -> T.Type:
    if vt.elem == T.BOOL:
        return ck.error(e.span, f"`abs` needs number lanes, not `{vt}`")
    ck.program.calls[id(e)] = tast.CallBuiltin("simd.abs", None, e.args)
    return vt


# ---- operators


def splat(ck: Checker, e: ast.Expr, t: T.Type, vt: T.SIMDType) -> bool:
    """Broadcast the scalar `e` (of type `t`) to `vt`: a literal takes the lane type,
    an integer converts to float lanes; anything else is a mismatch."""
    if isinstance(e, (ast.IntLit, ast.FloatLit)) or (isinstance(e, ast.UnaryOp) and isinstance(e.operand, (ast.IntLit, ast.FloatLit))):
        t = check(ck, e, vt.elem)
    if t == vt.elem or (isinstance(t, T.IntType) and isinstance(vt.elem, T.FloatType)):
        ck.program.coerce[id(e)] = vt
        return True
    ck.error(e.span, f"mismatched types: a `{t}` cannot be combined with `{vt}`",
             help=(f"a scalar combined with a vector must have the lane type `{vt.elem}`",))
    return False


def _operands(ck: Checker, e: ast.Expr, l: ast.Expr, lt: T.Type, r: ast.Expr, rt: T.Type, op: str) -> T.SIMDType | None:
    """The common vector type of a lane-wise operation; broadcasts the scalar side."""
    if isinstance(lt, T.SIMDType) and isinstance(rt, T.SIMDType):
        if lt.width != rt.width:
            ck.error(e.span, f"mismatched vector widths in `{op}`: `{lt}` and `{rt}`",
                     help=("both sides of a lane-wise operation need the same number of lanes",))
            return None
        if lt != rt:
            ck.error(e.span, f"mismatched lane types in `{op}`: `{lt}` and `{rt}`",
                     help=(f"convert one side explicitly, e.g. `{lt}(...)`",))
            return None
        return lt
    vt, (x, xt) = (lt, (r, rt)) if isinstance(lt, T.SIMDType) else (rt, (l, lt))
    assert isinstance(vt, T.SIMDType)
    if not isinstance(xt, (T.IntType, T.FloatType, T.BoolType)):
        ck.error(e.span, f"unsupported operand types for `{op}`: `{lt}` and `{rt}`")
        return None
    return vt if splat(ck, x, xt, vt) else None


def binop(ck: Checker, e: ast.BinOp, lt: T.Type, rt: T.Type) -> T.Type:
    op = e.op
    vt = _operands(ck, e, e.left, lt, e.right, rt, op)
    if vt is None:
        return T.ERROR
    el = vt.elem
    ok = {
        "+": T.is_numeric(el), "-": T.is_numeric(el), "*": T.is_numeric(el),
        "/": isinstance(el, T.FloatType), "//": isinstance(el, T.IntType), "%": isinstance(el, T.IntType),
        "&": not isinstance(el, T.FloatType), "|": not isinstance(el, T.FloatType),
        "^": not isinstance(el, T.FloatType), "<<": isinstance(el, T.IntType), ">>": isinstance(el, T.IntType),
    }.get(op, False)
    if not ok:
        hint = (f"convert to float lanes first: `SIMD[f64, {vt.width}](v)`",) if op == "/" and isinstance(el, T.IntType) else ()
        return ck.error(e.span, f"`{op}` is not defined on `{vt}`", help=hint)
    return vt


def compare(ck: Checker, e: ast.Compare, op: str, l: ast.Expr, lt: T.Type, r: ast.Expr, rt: T.Type) -> T.Type:
    """A lane-wise comparison gives a mask, `SIMD[Bool, W]`."""
    if len(e.ops) > 1:
        return ck.error(e.span, "chained comparisons of vectors are not supported; combine masks with `&`")
    if op not in ("==", "!=", "<", "<=", ">", ">="):
        return ck.error(e.span, f"`{op}` is not defined on vectors")
    vt = _operands(ck, e, l, lt, r, rt, op)
    if vt is None:
        return T.ERROR
    if vt.elem == T.BOOL and op not in ("==", "!="):
        return ck.error(e.span, f"masks are not ordered: `{op}` on `{vt}`")
    return T.SIMDType(T.BOOL, vt.width)


def unary(ck: Checker, e: ast.UnaryOp, t: T.SIMDType) -> T.Type:
    if e.op in ("-", "+") and T.is_numeric(t.elem):
        return t
    if e.op == "~" and isinstance(t.elem, (T.BoolType, T.IntType)):
        return t
    if e.op == "not":
        ck.error(e.span, f"a vector `{t}` cannot be used as a condition", help=CONDITION_HELP)
        return T.ERROR
    return ck.error(e.span, f"unary `{e.op}` cannot be applied to `{t}`")


def lane(ck: Checker, e: ast.Subscript, t: T.SIMDType) -> T.Type:
    """`v[i]`: one lane (a negative index counts from the end)."""
    if isinstance(e.index, ast.Slice):
        return ck.error(e.span, "a vector cannot be sliced; read lanes with `v[i]`")
    it = check(ck, e.index, T.INT)
    if not isinstance(it, (T.IntType, T.ErrorType)):
        ck.error(e.index.span, f"lane indices must be integers, not `{it}`")
    return t.elem


# ---- vector slices


def same_expr(a: ast.Expr, b: ast.Expr) -> bool:
    """Structural equality, spans ignored (`i` in `xs[i:i+8]` is written twice)."""
    match a, b:
        case ast.Name(id=x), ast.Name(id=y):
            return x == y
        case ast.IntLit(value=x), ast.IntLit(value=y):
            return x == y
        case ast.UnaryOp(op=o1, operand=x), ast.UnaryOp(op=o2, operand=y):
            return o1 == o2 and same_expr(x, y)
        case ast.BinOp(op=o1, left=l1, right=r1), ast.BinOp(op=o2, left=l2, right=r2):
            return o1 == o2 and same_expr(l1, l2) and same_expr(r1, r2)
        case ast.Attribute(value=v1, attr=a1), ast.Attribute(value=v2, attr=a2):
            return a1 == a2 and same_expr(v1, v2)
        case _:
            return False


def slice_width(ck: Checker, s: ast.Slice) -> int | None:
    """W when the slice is `[i:i+W]` (or `[i:W+i]`) and W is a compile-time constant;
    None for an ordinary slice (a new list)."""
    if s.step is not None or s.lower is None or s.upper is None:
        return None
    up = s.upper
    if isinstance(up, ast.BinOp) and up.op == "+" and same_expr(up.left, s.lower):
        w = const_int(ck, up.right)
    elif isinstance(up, ast.BinOp) and up.op == "+" and same_expr(up.right, s.lower):
        w = const_int(ck, up.left)
    else:
        return None
    return w if w is not None and 1 <= w <= MAX_WIDTH else None


def vector_slice(ck: Checker, e: ast.Subscript, lt: T.ListType) -> T.Type | None:
    """The type of `xs[i:i+W]` when it is a vector (lanes past the end read as zero)."""
    assert isinstance(e.index, ast.Slice)
    if not isinstance(lt.elem, (T.IntType, T.FloatType)):
        return None
    w = slice_width(ck, e.index)
    return None if w is None else T.SIMDType(lt.elem, w)


def as_list(ck: Checker, e: ast.Expr, t: T.Type) -> T.Type:
    """A vector slice used where only a list makes sense (a list is expected, iterated
    over, measured with `len`) is the ordinary slice, a new list, as in Python."""
    if isinstance(t, T.SIMDType) and isinstance(e, ast.Subscript) and isinstance(e.index, ast.Slice):
        lt = ck.type_of(e.value)
        if isinstance(lt, T.ListType) and lt.elem == t.elem:
            return ck.record(e, lt)
    return t


def slice_assign_error(ck: Checker, target: ast.Subscript, tt: T.Type, vt: T.Type | None = None) -> bool:
    """Of slices, a vector slice can be assigned (to store the lanes of a vector) and, by
    `=` of a list `vt`, a list's slice (Python's slice assignment); a vector's lanes are
    values, not storage."""
    if isinstance(ck.type_of(target.value), T.SIMDType):
        ck.error(target.span, "the lanes of a vector cannot be assigned one by one",
                 help=("build a new vector, e.g. with `select(iota[Int, W]() == i, x, v)`",))
        return True
    if not isinstance(target.index, ast.Slice) or isinstance(tt, (T.SIMDType, T.ErrorType)) or tt == T.STR:
        return False  # a `str` is reported immutable by the caller
    if isinstance(tt, T.ListType) and isinstance(ck.type_of(target.value), T.ListType) \
            and vt is not None and not isinstance(vt, T.SIMDType):
        return False  # xs[a:b] = ys: its elements are replaced (mir/build/stmt.py)
    ck.error(target.span, "only a vector slice `xs[i:i+W]`, with `W` known at compile time, can be "
             + ("assigned a vector" if vt is not None else "updated in place"),
             help=("write the width as a literal or a local bound once to a literal (`width = 8`); "
                   "a list's slice can be assigned a list with `=`",))
    return True


def vector_condition(ck: Checker, e: ast.Expr, t: T.SIMDType) -> None:
    masks = ("masks combine lane by lane with `&`, `|` and `~`",) if t.elem == T.BOOL else ()
    ck.error(e.span, f"a vector `{t}` cannot be used as a condition", "a vector", help=CONDITION_HELP + masks)


def mismatch_help(t: T.Type, target: T.Type) -> tuple[str, ...]:
    """A list slice where a vector is expected: the width is not a compile-time constant."""
    if isinstance(target, T.SIMDType) and isinstance(t, T.ListType):
        return ("a slice `xs[i:i+W]` is a vector only when `W` is known at compile time "
                "(a literal, or a local bound once to a literal)",)
    if isinstance(target, T.SIMDType) and T.is_numeric(t):
        return (f"build a vector from a scalar with `{target}(x)`",)
    return ()
