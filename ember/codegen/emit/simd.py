"""`SIMD[T, W]` as LLVM vector types: lane-wise operators, splats and conversions,
reductions (`llvm.vector.reduce.*`), lane-wise math, and list loads and stores (plain
vector ones when every lane is inside the list, `llvm.masked.*` at its edges)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.base.source import Span
from ember.codegen.emit import values
from ember.codegen.emit.arith import one_instruction, resize_int
from ember.codegen.emit.types import F32, I1, I32, I64, size_align
from ember.mir import ir
from ember.types import types as T

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter

K = ir.BinKind
CMP = {K.EQ: "==", K.NE: "!=", K.LT: "<", K.LE: "<=", K.GT: ">", K.GE: ">="}
# math functions with an LLVM intrinsic that takes vectors; the others go lane by lane to libm
VECTOR_MATH = frozenset({"sqrt", "exp", "log", "sin", "cos", "tan", "floor", "ceil", "pow", "fma", "log2",
                         "log10", "fabs", "trunc", "atan", "asin", "acos", "tanh", "atan2"})


def vsplat(b: ll.IRBuilder, v: ll.Value, width: int) -> ll.Value:
    """A vector with `v` in every lane (a constant when `v` is one)."""
    vt = ll.VectorType(v.type, width)
    if isinstance(v, ll.Constant):
        return ll.Constant(vt, [v] * width)
    one = b.insert_element(ll.Constant(vt, None), v, ll.Constant(I32, 0))
    return b.shuffle_vector(one, ll.Constant(vt, None), ll.Constant(ll.VectorType(I32, width), [0] * width))


def _ones(vt: ll.VectorType) -> ll.Constant:
    return ll.Constant(vt, [ll.Constant(vt.element, -1)] * vt.count)


def _intrinsic(me: object, name: str, tys: list[ll.Type], ret: ll.Type, params: list[ll.Type]) -> ll.Function:
    """An LLVM intrinsic overloaded on `tys`, with its signature spelled out (llvmlite
    neither mangles vector types nor guesses most shapes)."""
    full = ".".join([name] + [_mangle(t) for t in tys])
    module = me.module  # type: ignore[attr-defined]
    fn = module.globals.get(full)
    return fn if fn is not None else ll.Function(module, ll.FunctionType(ret, params), full)


def _mangle(t: ll.Type) -> str:
    if isinstance(t, ll.VectorType):
        return f"v{t.count}{_mangle(t.element)}"
    if isinstance(t, ll.PointerType):
        return "p0"
    return t.intrinsic_name


def _any(fe: FnEmitter, mask: ll.Value) -> ll.Value:
    return fe.b.call(_intrinsic(fe.me, "llvm.vector.reduce.or", [mask.type], I1, [mask.type]), [mask])


# ---- operators


def binop(fe: FnEmitter, rv: ir.BinOp, t: T.SIMDType, x: ll.Value, y: ll.Value) -> ll.Value:
    b = fe.b
    k = rv.kind
    el = t.elem
    if k in CMP:
        op = CMP[k]
        match el:
            case T.FloatType():
                return b.fcmp_unordered(op, x, y) if op == "!=" else b.fcmp_ordered(op, x, y)
            case T.IntType(signed=s):
                return b.icmp_signed(op, x, y) if s else b.icmp_unsigned(op, x, y)
            case _:
                return b.icmp_unsigned(op, x, y)
    signed = isinstance(el, T.IntType) and el.signed
    if (r := one_instruction(b, k, x, y, isinstance(el, T.FloatType), signed, contract=fe.me.contract)) is not None:
        return r
    match k:
        case K.FLOORDIV | K.MOD:
            return _divmod(fe, k, x, y, signed, rv.span)
        case _:
            raise AssertionError(f"no {k} for {t}")


def _divmod(fe: FnEmitter, k: ir.BinKind, x: ll.Value, y: ll.Value, signed: bool, span: Span) -> ll.Value:
    """Python's floor division and modulo, lane-wise; a zero lane in `y` faults."""
    b, me = fe.b, fe.me
    zero = ll.Constant(x.type, None)
    me.check(b, b.not_(_any(fe, b.icmp_signed("==", y, zero))),
             lambda bb: me.fault(bb, "ZeroDivisionError", "integer division or modulo by zero", span))
    if not signed:
        return b.udiv(x, y) if k is K.FLOORDIV else b.urem(x, y)
    # INT_MIN // -1 would be undefined: divide by 1 there (the lane wraps, as lanes do)
    width = x.type.element.width
    minv = vsplat(b, ll.Constant(x.type.element, -(1 << (width - 1))), x.type.count)
    neg1 = vsplat(b, ll.Constant(x.type.element, -1), x.type.count)
    one = vsplat(b, ll.Constant(x.type.element, 1), x.type.count)
    bad = b.and_(b.icmp_signed("==", x, minv), b.icmp_signed("==", y, neg1))
    ys = b.select(bad, one, y)
    q = b.select(bad, b.sub(zero, x), b.sdiv(x, ys))
    r = b.select(bad, zero, b.srem(x, ys))
    adjust = b.and_(b.icmp_signed("!=", r, zero), b.icmp_signed("!=", b.icmp_signed("<", r, zero), b.icmp_signed("<", y, zero)))
    if k is K.FLOORDIV:
        return b.select(adjust, b.sub(q, one), q)
    return b.select(adjust, b.add(r, y), r)


def unop(fe: FnEmitter, kind: str, t: T.SIMDType, x: ll.Value) -> ll.Value:
    b = fe.b
    match kind:
        case "neg":
            return b.fneg(x) if isinstance(t.elem, T.FloatType) else b.sub(ll.Constant(x.type, None), x)
        case "invert" | "not":
            return b.xor(x, _ones(x.type))
        case _:
            raise AssertionError(kind)


def cast(fe: FnEmitter, v: ll.Value, src: T.Type, dst: T.SIMDType, span: Span) -> ll.Value:
    """A scalar splats (converted to the lane type first); a vector converts lane-wise
    (float to integer saturates: NaN gives 0)."""
    from ember.codegen.emit.arith import cast as scalar_cast

    b, me = fe.b, fe.me
    if not isinstance(src, T.SIMDType):
        return vsplat(b, scalar_cast(fe, v, src, dst.elem, span) if src != dst.elem else v, dst.width)
    se, de = src.elem, dst.elem
    dty = me.ll(dst)
    if se == de:
        return v
    match se, de:
        case (T.IntType() | T.BoolType(), T.FloatType()):
            return b.sitofp(v, dty) if isinstance(se, T.IntType) and se.signed else b.uitofp(v, dty)
        case (T.FloatType(), T.FloatType()):
            return b.fpext(v, dty) if de.bits > se.bits else b.fptrunc(v, dty)  # type: ignore[union-attr]
        case (T.FloatType(), T.IntType()):
            name = "llvm.fptosi.sat" if de.signed else "llvm.fptoui.sat"  # type: ignore[union-attr]
            return b.call(_intrinsic(me, name, [dty, v.type], dty, [v.type]), [v])
        case (T.IntType() | T.BoolType(), T.IntType()):
            return resize_int(b, v, v.type.element.width, dty.element.width, dty, isinstance(se, T.IntType) and se.signed)
        case (_, T.BoolType()):
            zero = ll.Constant(v.type, None)
            return b.fcmp_unordered("!=", v, zero) if isinstance(se, T.FloatType) else b.icmp_unsigned("!=", v, zero)
        case _:
            raise AssertionError(f"no cast {src} -> {dst}")


# ---- intrinsics


def emit(fe: FnEmitter, rv: ir.Intrinsic, args: list[ll.Value], ts: list[T.Type], dest: T.Type) -> ll.Value:
    b, me = fe.b, fe.me
    name = rv.name.removeprefix("simd.")
    match name:
        case "lanes":
            assert isinstance(dest, T.SIMDType)
            out: ll.Value = ll.Constant(me.ll(dest), None)
            for i, a in enumerate(args):
                out = b.insert_element(out, a, ll.Constant(I32, i))
            return out
        case "iota":
            assert isinstance(dest, T.SIMDType)
            ety = me.ll(dest.elem)
            return ll.Constant(me.ll(dest), [ll.Constant(ety, float(i) if isinstance(dest.elem, T.FloatType) else i)
                                            for i in range(dest.width)])
        case "get":
            return _lane(fe, args[0], ts[0], args[1], rv.span)  # type: ignore[arg-type]
        case "select":
            return b.select(args[0], args[1], args[2])
        case "abs":
            return _abs(fe, ts[0], args[0])  # type: ignore[arg-type]
        case "min" | "max":
            return _minmax(fe, name, ts[0], args[0], args[1])  # type: ignore[arg-type]
        case _ if name.startswith("reduce_"):
            return _reduce(fe, name.removeprefix("reduce_"), ts[0], args[0])  # type: ignore[arg-type]
        case _ if name.startswith("math."):
            return _math(fe, name.removeprefix("math."), ts[0], args)  # type: ignore[arg-type]
        case "slice_load":
            return load(fe, args[0], ts[0], args[1], dest, None)  # type: ignore[arg-type]
        case "load":
            return load(fe, args[0], ts[0], args[1], dest, rv.span)  # type: ignore[arg-type]
        case "slice_store":
            store(fe, args[0], ts[0], args[1], args[2], None)  # type: ignore[arg-type]
            return ll.Constant(I1, 0)
        case "store":
            store(fe, args[0], ts[0], args[1], args[2], rv.span)  # type: ignore[arg-type]
            return ll.Constant(I1, 0)
        case _:
            raise AssertionError(f"unknown intrinsic {rv.name}")


def _lane(fe: FnEmitter, v: ll.Value, t: T.SIMDType, i: ll.Value, span: Span) -> ll.Value:
    """`v[i]`, a negative index counting from the end; out of range is an IndexError."""
    b, me = fe.b, fe.me
    n = ll.Constant(I64, t.width)
    j = b.select(b.icmp_signed("<", i, ll.Constant(I64, 0)), b.add(i, n), i)
    me.check(b, b.icmp_unsigned("<", j, n),
             lambda bb: (bb.call(me.rt("ember_fault_index"), [i, n] + me.location(bb, span)), bb.unreachable()))
    return b.extract_element(v, j)


def _abs(fe: FnEmitter, t: T.SIMDType, x: ll.Value) -> ll.Value:
    b, me = fe.b, fe.me
    if isinstance(t.elem, T.FloatType):
        return b.call(_intrinsic(me, "llvm.fabs", [x.type], x.type, [x.type]), [x])
    if isinstance(t.elem, T.IntType) and not t.elem.signed:
        return x
    return b.call(_intrinsic(me, "llvm.abs", [x.type], x.type, [x.type, I1]), [x, ll.Constant(I1, 0)])


def _minmax(fe: FnEmitter, name: str, t: T.SIMDType, x: ll.Value, y: ll.Value) -> ll.Value:
    b, me = fe.b, fe.me
    match t.elem:
        case T.FloatType():
            f = "llvm.minnum" if name == "min" else "llvm.maxnum"
        case T.IntType(signed=True):
            f = "llvm.smin" if name == "min" else "llvm.smax"
        case _:
            f = "llvm.umin" if name == "min" else "llvm.umax"
    return b.call(_intrinsic(me, f, [x.type], x.type, [x.type, x.type]), [x, y])


def _reduce(fe: FnEmitter, op: str, t: T.SIMDType, v: ll.Value) -> ll.Value:
    """`reduce_add` of float lanes adds in lane order (strict, reproducible)."""
    b, me = fe.b, fe.me
    el = t.elem
    if isinstance(el, T.FloatType):
        if op in ("add", "mul"):
            f = _intrinsic(me, f"llvm.vector.reduce.f{op}", [v.type], v.type.element, [v.type.element, v.type])
            start = ll.Constant(v.type.element, 0.0 if op == "add" else 1.0)
            return b.call(f, [start, v])
        f = _intrinsic(me, f"llvm.vector.reduce.f{op}", [v.type], v.type.element, [v.type])
        return b.call(f, [v])
    prefix = {"min": "s" if isinstance(el, T.IntType) and el.signed else "u",
              "max": "s" if isinstance(el, T.IntType) and el.signed else "u"}.get(op, "")
    f = _intrinsic(me, f"llvm.vector.reduce.{prefix}{op}", [v.type], v.type.element, [v.type])
    return b.call(f, [v])


def _math(fe: FnEmitter, fname: str, t: T.SIMDType, args: list[ll.Value]) -> ll.Value:
    b, me = fe.b, fe.me
    vt = args[0].type
    match fname:
        case "isnan":
            return b.fcmp_unordered("uno", args[0], args[0])
        case "isinf":
            a = b.call(_intrinsic(me, "llvm.fabs", [vt], vt, [vt]), args[:1])
            return b.fcmp_ordered("==", a, vsplat(b, ll.Constant(vt.element, float("inf")), vt.count))
        case _ if fname in VECTOR_MATH:
            return b.call(_intrinsic(me, f"llvm.{fname}", [vt], vt, [vt] * len(args)), args)
        case _:  # no vector intrinsic: call libm on each lane
            cname = fname + ("f" if vt.element == F32 else "")
            fn = me.libm(cname, vt.element, len(args))
            out: ll.Value = ll.Constant(vt, None)
            for i in range(vt.count):
                lane = [b.extract_element(a, ll.Constant(I32, i)) for a in args]
                out = b.insert_element(out, b.call(fn, lane), ll.Constant(I32, i))
            return out


# ---- list loads and stores


def _lanes_inside(fe: FnEmitter, i: ll.Value, n: ll.Value, width: int) -> tuple[ll.Value, ll.Value]:
    """(every lane i..i+W-1 is inside [0, n), the mask of lanes that are)."""
    b = fe.b
    idx = b.add(vsplat(b, i, width), ll.Constant(ll.VectorType(I64, width), list(range(width))))
    mask = b.icmp_unsigned("<", idx, vsplat(b, n, width))
    full = b.and_(b.icmp_signed(">=", i, ll.Constant(I64, 0)), b.icmp_signed("<=", i, b.sub(n, ll.Constant(I64, width))))
    return full, mask


def _exact(fe: FnEmitter, full: ll.Value, i: ll.Value, n: ll.Value, span: Span) -> None:
    """`load`/`store`: every lane must be inside the list; the fault names the first lane
    outside it."""
    me = fe.me

    def fault(bb: ll.IRBuilder) -> None:
        first = bb.select(bb.icmp_signed("<", i, ll.Constant(I64, 0)), i,
                          bb.select(bb.icmp_signed(">", i, n), i, n))
        bb.call(me.rt("ember_fault_index"), [first, n] + me.location(bb, span))
        bb.unreachable()
    me.check(fe.b, full, fault)


def load(fe: FnEmitter, lst: ll.Value, lt: T.ListType, i: ll.Value, dest: T.SIMDType, exact: Span | None) -> ll.Value:
    b, me = fe.b, fe.me
    vty = me.ll(dest)
    align = size_align(me.ll(lt.elem))[1]
    n = fe.list_len(lst)
    full, mask = _lanes_inside(fe, i, n, dest.width)
    if exact is not None:
        _exact(fe, full, i, n, exact)
        inst = b.load(fe.elem_ptr(lst, lt.elem, i), typ=vty)
        inst.align = align
        return inst
    ptr = fe.elem_ptr(lst, lt.elem, i)
    with b.if_else(full, likely=True) as (whole, edge):
        with whole:
            plain = b.load(ptr, typ=vty)
            plain.align = align
            in_whole = b.block
        with edge:
            f = _intrinsic(me, "llvm.masked.load", [vty, ptr.type], vty, [ptr.type, I32, mask.type, vty])
            masked = b.call(f, [ptr, ll.Constant(I32, align), mask, ll.Constant(vty, None)])
            in_edge = b.block
    phi = b.phi(vty)
    phi.add_incoming(plain, in_whole)
    phi.add_incoming(masked, in_edge)
    return phi


def store(fe: FnEmitter, lst: ll.Value, lt: T.ListType, i: ll.Value, v: ll.Value, exact: Span | None) -> None:
    b, me = fe.b, fe.me
    align = size_align(me.ll(lt.elem))[1]
    n = fe.list_len(lst)
    width = v.type.count
    full, mask = _lanes_inside(fe, i, n, width)
    ptr = fe.elem_ptr(lst, lt.elem, i)
    if exact is not None:
        _exact(fe, full, i, n, exact)
        b.store(v, ptr).align = align
        return
    with b.if_else(full, likely=True) as (whole, edge):
        with whole:
            b.store(v, ptr).align = align
        with edge:
            f = _intrinsic(me, "llvm.masked.store", [v.type, ptr.type], ll.VoidType(), [v.type, ptr.type, I32, mask.type])
            b.call(f, [v, ptr, ll.Constant(I32, align), mask])


# ---- printing and equality


def write(me: object, b: ll.IRBuilder, buf: ll.Value, t: T.SIMDType, v: ll.Value) -> None:
    """`[a, b, ...]`, each lane as its scalar prints in a list."""
    values.lit(me, b, buf, "[")  # type: ignore[arg-type]
    for i in range(t.width):
        if i:
            values.lit(me, b, buf, ", ")  # type: ignore[arg-type]
        values.write(me, b, buf, t.elem, b.extract_element(v, ll.Constant(I32, i)), True)  # type: ignore[arg-type]
    values.lit(me, b, buf, "]")  # type: ignore[arg-type]


def all_equal(me: object, b: ll.IRBuilder, t: T.SIMDType, x: ll.Value, y: ll.Value) -> ll.Value:
    """`==` of whole vectors (inside a struct or tuple compare): every lane equal."""
    eq = b.fcmp_ordered("==", x, y) if isinstance(t.elem, T.FloatType) else b.icmp_unsigned("==", x, y)
    return b.call(_intrinsic(me, "llvm.vector.reduce.and", [eq.type], I1, [eq.type]), [eq])


# ---- memory alignment

HEAP_ALIGN = 16  # what the runtime's allocator (malloc) guarantees for list storage


def heap_alignment(module: ll.Module) -> None:
    """LLVM assumes a vector in memory is aligned to its size (32 bytes for `<8 x float>`),
    but list elements live in malloc'd storage aligned to 16: every load and store of a
    value holding such a vector that does not state an alignment gets 16. (Locals are
    allocas, which LLVM aligns and re-infers anyway.)"""
    for fn in module.functions:
        for block in fn.blocks:
            for inst in block.instructions:
                if isinstance(inst, (ll.LoadInstr, ll.StoreInstr)) and getattr(inst, "align", None) is None:
                    ty = inst.type if isinstance(inst, ll.LoadInstr) else inst.operands[0].type
                    if _over_aligned(ty):
                        inst.align = HEAP_ALIGN


def _over_aligned(t: ll.Type) -> bool:
    if isinstance(t, ll.VectorType):
        return size_align(t)[1] > HEAP_ALIGN
    if isinstance(t, ll.LiteralStructType):
        return any(_over_aligned(e) for e in t.elements)
    return False
