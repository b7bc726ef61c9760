"""Arithmetic with Python's semantics: checked `Int`, floor division and modulo, float rules."""
from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.base.source import Span
from ember.codegen.emit import values
from ember.codegen.emit.repeat import repeat
from ember.codegen.emit.types import F32, F64, I1, I64
from ember.mir import ir
from ember.types import types as T

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter

K = ir.BinKind
CMP = {K.EQ: "==", K.NE: "!=", K.LT: "<", K.LE: "<=", K.GT: ">", K.GE: ">="}


_FOLD = {"sadd": lambda x, y: x + y, "ssub": lambda x, y: x - y, "smul": lambda x, y: x * y}


def with_overflow(module: ll.Module, name: str, t: ll.IntType) -> ll.Function:
    """`llvm.{name}.with.overflow` for `t`, returning {t, i1}: declared here, not by
    llvmlite's `declare_intrinsic`, which gives it the signature `t (t)`."""
    fname = f"llvm.{name}.with.overflow.i{t.width}"
    f = module.globals.get(fname)
    if f is None:
        f = ll.Function(module, ll.FunctionType(ll.LiteralStructType([t, I1]), [t, t]), fname)
    return f


def _checked(fe: FnEmitter, name: str, a: ll.Value, c: ll.Value, span: Span) -> ll.Value:
    """`a name c`, faulting on signed overflow. Two constants that cannot overflow (a
    negative literal is `0 - n`) give a constant: no test and no fault block to emit."""
    if isinstance(a, ll.Constant) and isinstance(c, ll.Constant) and isinstance(a.constant, int) \
            and isinstance(c.constant, int):
        r, half = _FOLD[name](a.constant, c.constant), 1 << (a.type.width - 1)
        if -half <= r < half:
            return ll.Constant(a.type, r)
    b = fe.b
    r = b.call(with_overflow(fe.me.module, name, a.type), [a, c])
    fe.me.check(b, b.not_(b.extract_value(r, 1)), lambda bb: fe.me.fault(bb, "OverflowError", "integer overflow", span))
    return b.extract_value(r, 0)


def binop(fe: FnEmitter, rv: ir.BinOp) -> ll.Value:
    b, me = fe.b, fe.me
    t = fe.op_type(rv.lhs)
    rt = fe.op_type(rv.rhs)
    x, y = fe.operand(rv.lhs), fe.operand(rv.rhs)
    k = rv.kind
    if isinstance(t, T.SIMDType):
        from ember.codegen.emit import simd

        return simd.binop(fe, rv, t, x, y)
    if k in CMP:
        return compare(fe, k, t, x, y)
    if isinstance(t, T.NumberType) or isinstance(rt, T.NumberType):
        from ember.codegen.emit import numbers

        return numbers.binop(fe, k, x, y, rv.span)
    match t:
        case T.IntType(checked=checked, signed=signed) if isinstance(rt, T.IntType):
            return int_op(fe, k, x, y, checked, signed, rv.span)
        case T.FloatType():
            return float_op(fe, k, x, y, rv.assoc)
        case T.BoolType():
            match k:
                case K.AND:
                    return b.and_(x, y)
                case K.OR:
                    return b.or_(x, y)
                case K.XOR:
                    return b.xor(x, y)
        case T.StrType():
            if k is K.ADD:
                return b.call(me.rt("ember_str_concat"), [x, y])
            if k is K.MUL:
                return b.call(me.rt("ember_str_repeat"), [x, y])
        case T.ListType(elem=el):
            if k is K.ADD:
                return b.call(me.rt("ember_list_concat"), [x, y, me.esize(el), values.copy_fn(me, el)])
            if k is K.MUL:
                return repeat(fe, el, x, y)
        case T.TupleType(elems=els) if k is K.ADD and isinstance(rt, T.TupleType):
            out: ll.Value = ll.Constant(me.ll(T.TupleType(els + rt.elems)), None)
            for i in range(len(els)):
                out = b.insert_value(out, values.copy(me, b, els[i], b.extract_value(x, i)), i)
            for j in range(len(rt.elems)):
                out = b.insert_value(out, values.copy(me, b, rt.elems[j], b.extract_value(y, j)), len(els) + j)
            return out
        case _:
            pass
    raise AssertionError(f"no {k} for {t}")


def int_op(fe: FnEmitter, k: ir.BinKind, x: ll.Value, y: ll.Value, checked: bool, signed: bool, span: Span) -> ll.Value:
    """`x k y` on integers of one type (an `Int`'s with overflow and zero-division faults)."""
    b, me = fe.b, fe.me
    if k in (K.ADD, K.SUB, K.MUL) and checked:
        return _checked(fe, {K.ADD: "sadd", K.SUB: "ssub", K.MUL: "smul"}[k], x, y, span)
    if (r := one_instruction(b, k, x, y, False, signed)) is not None:
        return r
    match k:
        case K.FLOORDIV | K.MOD:
            return _int_divmod(fe, k, x, y, signed, checked, span)
        case K.POW:
            if checked:
                return b.call(me.rt("ember_ipow"), [x, y] + me.location(b, span))
            return b.trunc(b.call(me.rt("ember_ipow"), [b.sext(x, I64), b.sext(y, I64)] + me.location(b, span)), x.type) if x.type != I64 else b.call(me.rt("ember_ipow"), [x, y] + me.location(b, span))
    raise AssertionError(f"no {k} for integers")


def float_op(fe: FnEmitter, k: ir.BinKind, x: ll.Value, y: ll.Value, assoc: bool = False) -> ll.Value:
    """`x k y` on floats of one type, as Python computes it."""
    b, me = fe.b, fe.me
    if (r := one_instruction(b, k, x, y, True, True, assoc, me.contract)) is not None:
        return r
    match k:
        case K.POW:
            f = me.module.declare_intrinsic("llvm.pow", [x.type])
            return b.call(f, [x, y])
        case K.FLOORDIV | K.MOD:
            name = "ember_floordiv_f64" if k is K.FLOORDIV else "ember_fmod_py"
            if x.type == F32:
                return b.fptrunc(b.call(me.rt(name), [b.fpext(x, F64), b.fpext(y, F64)]), F32)
            return b.call(me.rt(name), [x, y])
    raise AssertionError(f"no {k} for floats")


def one_instruction(b: ll.IRBuilder, k: ir.BinKind, x: ll.Value, y: ll.Value, is_float: bool,
                    signed: bool, assoc: bool = False, contract: bool = False) -> ll.Value | None:
    """The operators that are one LLVM instruction, on scalars and vectors alike:
    IEEE `+ - * /` on floats (`assoc`: `reassoc`, so LLVM may vectorize the chain;
    `contract`: a multiply and an add may become one fused multiply-add);
    wrapping `+ - *`, shifts and bitwise ops on integers (an `Int`'s overflow check
    comes before). None for the others."""
    if is_float:
        fops = {K.ADD: b.fadd, K.SUB: b.fsub, K.MUL: b.fmul, K.DIV: b.fdiv}
        flags = (("reassoc",) if assoc else ()) + (("contract",) if contract else ()) if k is not K.DIV else ()
        return None if k not in fops else fops[k](x, y, flags=flags)
    ops = {K.ADD: b.add, K.SUB: b.sub, K.MUL: b.mul, K.SHL: b.shl, K.SHR: b.ashr if signed else b.lshr,
           K.AND: b.and_, K.OR: b.or_, K.XOR: b.xor}
    op = ops.get(k)
    return None if op is None else op(x, y)


def _int_divmod(fe: FnEmitter, k: ir.BinKind, x: ll.Value, y: ll.Value, signed: bool, checked: bool, span: Span) -> ll.Value:
    b, me = fe.b, fe.me
    zero = ll.Constant(x.type, 0)
    me.check(b, b.icmp_signed("!=", y, zero),
             lambda bb: me.fault(bb, "ZeroDivisionError", "integer division or modulo by zero", span))
    if not signed:
        return b.udiv(x, y) if k is K.FLOORDIV else b.urem(x, y)
    if checked and k is K.FLOORDIV:
        minv = ll.Constant(x.type, -(1 << (x.type.width - 1)))
        bad = b.and_(b.icmp_signed("==", x, minv), b.icmp_signed("==", y, ll.Constant(x.type, -1)))
        me.check(b, b.not_(bad), lambda bb: me.fault(bb, "OverflowError", "integer overflow", span))
    q = b.sdiv(x, y)
    r = b.srem(x, y)
    # floor: when the remainder is nonzero and its sign differs from the divisor's, adjust
    adjust = b.and_(b.icmp_signed("!=", r, zero), b.icmp_signed("!=", b.icmp_signed("<", r, zero), b.icmp_signed("<", y, zero)))
    if k is K.FLOORDIV:
        return b.select(adjust, b.sub(q, ll.Constant(x.type, 1)), q)
    return b.select(adjust, b.add(r, y), r)


def compare(fe: FnEmitter, k: ir.BinKind, t: T.Type, x: ll.Value, y: ll.Value) -> ll.Value:
    b, me = fe.b, fe.me
    op = CMP[k]
    match t:
        case T.IntType(signed=s):
            return b.icmp_signed(op, x, y) if s else b.icmp_unsigned(op, x, y)
        case T.BoolType():
            return b.icmp_unsigned(op, x, y)
        case T.FloatType():
            return float_compare(b, op, x, y)
        case T.NumberType():
            from ember.codegen.emit import numbers

            return numbers.compare(b, op, x, y)
        case T.StrType():
            return b.icmp_signed(op, b.call(me.rt("ember_str_cmp"), [x, y]), ll.Constant(ll.IntType(32), 0))
        case _:
            match k:
                case K.EQ:
                    return values.eq(me, b, t, x, y)
                case K.NE:
                    return b.not_(values.eq(me, b, t, x, y))
                case K.LT:
                    return values.lt(me, b, t, x, y)
                case K.GT:
                    return values.lt(me, b, t, y, x)
                case K.LE:
                    return b.not_(values.lt(me, b, t, y, x))
                case _:
                    return b.not_(values.lt(me, b, t, x, y))


def float_compare(b: ll.IRBuilder, op: str, x: ll.Value, y: ll.Value) -> ll.Value:
    """Python's float comparison: a NaN is unequal to everything, and no other holds."""
    return b.fcmp_unordered(op, x, y) if op == "!=" else b.fcmp_ordered(op, x, y)


def unop(fe: FnEmitter, rv: ir.UnOp) -> ll.Value:
    b = fe.b
    t = fe.op_type(rv.operand)
    x = fe.operand(rv.operand)
    if isinstance(t, T.SIMDType):
        from ember.codegen.emit import simd

        return simd.unop(fe, rv.kind, t, x)
    match rv.kind:
        case "not":
            return b.not_(x)
        case "invert":
            return b.not_(x)
        case "neg":
            if isinstance(t, T.NumberType):
                from ember.codegen.emit import numbers

                return numbers.neg(fe, x, rv.span)
            if isinstance(t, T.FloatType):
                return b.fneg(x)
            if isinstance(t, T.IntType) and t.checked:
                return _checked(fe, "ssub", ll.Constant(x.type, 0), x, rv.span)
            return b.neg(x)
    raise AssertionError(rv.kind)


def cast(fe: FnEmitter, v: ll.Value, src: T.Type, dst: T.Type, span: Span) -> ll.Value:
    b, me = fe.b, fe.me
    if isinstance(dst, T.SIMDType):
        from ember.codegen.emit import simd

        return simd.cast(fe, v, src, dst, span)
    if isinstance(dst, T.NumberType) or isinstance(src, T.NumberType):
        from ember.codegen.emit import numbers

        return numbers.cast_to(fe, v, src) if isinstance(dst, T.NumberType) else numbers.cast_from(fe, v, dst, span)
    dty = me.ll(dst)
    match src, dst:
        case (T.IntType() | T.BoolType(), T.FloatType()):
            signed = isinstance(src, T.IntType) and src.signed
            return b.sitofp(v, dty) if signed else b.uitofp(v, dty)
        case (T.FloatType(), T.FloatType()):
            if src == dst:
                return v
            return b.fpext(v, dty) if dst.bits > src.bits else b.fptrunc(v, dty)  # type: ignore[union-attr]
        case (T.FloatType(), T.IntType()):
            d = b.fpext(v, F64) if v.type == F32 else v
            lim = 9.223372036854775807e18
            ok = b.and_(b.fcmp_ordered(">=", d, ll.Constant(F64, -lim)), b.fcmp_ordered("<", d, ll.Constant(F64, lim)))
            me.check(b, ok, lambda bb: me.fault(bb, "ValueError" if dst.checked else "OverflowError",  # type: ignore[union-attr]
                                                "cannot convert float NaN or infinity to integer", span))
            return b.fptosi(d, dty) if dst.signed else b.fptoui(d, dty)  # type: ignore[union-attr]
        case (T.IntType(), T.IntType()) | (T.BoolType(), T.IntType()):
            return resize_int(b, v, v.type.width, dty.width, dty, isinstance(src, T.IntType) and src.signed)
        case (_, T.BoolType()):
            from ember.codegen.emit.intrinsics import truth

            return truth(fe, src, v)
        case _:
            raise AssertionError(f"no cast {src} -> {dst}")


__all__ = ["binop", "unop", "cast", "I1"]


def resize_int(b: ll.IRBuilder, v: ll.Value, src_bits: int, dst_bits: int, dty: ll.Type, signed: bool) -> ll.Value:
    """An integer (or Bool) of `src_bits` as `dty` of `dst_bits`: kept, truncated, or
    extended as its signedness says; `dty` may be a vector (SIMD casts, simd.py)."""
    if src_bits == dst_bits:
        return v
    if dst_bits < src_bits:
        return b.trunc(v, dty)
    return b.sext(v, dty) if signed else b.zext(v, dty)
