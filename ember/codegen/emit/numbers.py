"""Python's `int | float` (types.NumberType) as `{i1 is_float, i64 bits}`: the bits are an
`Int`'s, or an `f64`'s reinterpreted. Each operation does what Python does for the kinds
the tags say: `1 + 2` stays an int, `1 + 2.5` is a float, `7 // 2` is 3 and `-0.0` is false."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.base.source import Span
from ember.codegen.emit.types import F32, F64, I1, I64
from ember.mir import ir
from ember.types import types as T

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter
    from ember.codegen.emit.module import ModuleEmitter

K = ir.BinKind
LL = ll.LiteralStructType([I1, I64])


def make(b: ll.IRBuilder, is_float: ll.Value, bits: ll.Value) -> ll.Value:
    return b.insert_value(b.insert_value(ll.Constant(LL, None), is_float, 0), bits, 1)


def of_int(b: ll.IRBuilder, v: ll.Value) -> ll.Value:
    return make(b, ll.Constant(I1, 0), v)


def of_float(b: ll.IRBuilder, v: ll.Value) -> ll.Value:
    return make(b, ll.Constant(I1, 1), b.bitcast(b.fpext(v, F64) if v.type == F32 else v, I64))


def is_float(b: ll.IRBuilder, v: ll.Value) -> ll.Value:
    return b.extract_value(v, 0)


def bits(b: ll.IRBuilder, v: ll.Value) -> ll.Value:
    return b.extract_value(v, 1)


def as_float(b: ll.IRBuilder, v: ll.Value) -> ll.Value:
    """The value as an `f64` (Python's `float(x)`)."""
    raw = bits(b, v)
    return b.select(is_float(b, v), b.bitcast(raw, F64), b.sitofp(raw, F64))


def branch(b: ll.IRBuilder, cond: ll.Value, yes: Callable[[], ll.Value], no: Callable[[], ll.Value]) -> ll.Value:
    """`yes()` where `cond` holds (mostly: the value is a float), else `no()`: each arm is
    emitted in its own block (an int arm may fault, so both cannot run), the results
    joined by a phi."""
    with b.if_else(cond) as (then, other):
        with then:
            when_yes = yes()
            yes_block = b.block
        with other:
            when_no = no()
            no_block = b.block
    phi = b.phi(when_yes.type)
    phi.add_incoming(when_yes, yes_block)
    phi.add_incoming(when_no, no_block)
    return phi


def binop(fe: FnEmitter, k: ir.BinKind, x: ll.Value, y: ll.Value, span: Span) -> ll.Value:
    """Arithmetic of two numbers (the checker converts an `Int` operand to a number first;
    an `f64` one makes the operation a float's). An int raised to a negative int is a
    float, as in Python."""
    from ember.codegen.emit import arith

    b = fe.b
    floats = b.or_(is_float(b, x), is_float(b, y))
    if k is K.POW:
        floats = b.or_(floats, b.icmp_signed("<", bits(b, y), ll.Constant(I64, 0)))
    return branch(b, floats,
                  lambda: of_float(b, arith.float_op(fe, k, as_float(b, x), as_float(b, y))),
                  lambda: of_int(b, arith.int_op(fe, k, bits(b, x), bits(b, y), True, True, span)))


def compare(b: ll.IRBuilder, op: str, x: ll.Value, y: ll.Value) -> ll.Value:
    """Two ints compare as ints, anything else as floats (no arm can fault: a select)."""
    from ember.codegen.emit.arith import float_compare

    ints = b.not_(b.or_(is_float(b, x), is_float(b, y)))
    by_float = float_compare(b, op, as_float(b, x), as_float(b, y))
    return b.select(ints, b.icmp_signed(op, bits(b, x), bits(b, y)), by_float)


def neg(fe: FnEmitter, x: ll.Value, span: Span) -> ll.Value:
    from ember.codegen.emit import arith

    b = fe.b
    return branch(b, is_float(b, x),
                  lambda: of_float(b, b.fneg(b.bitcast(bits(b, x), F64))),
                  lambda: of_int(b, arith.int_op(fe, K.SUB, ll.Constant(I64, 0), bits(b, x), True, True, span)))


def abs_(fe: FnEmitter, x: ll.Value, span: Span) -> ll.Value:
    b = fe.b
    return branch(b, compare(b, "<", x, of_int(b, ll.Constant(I64, 0))), lambda: neg(fe, x, span), lambda: x)


def round_(fe: FnEmitter, x: ll.Value, ndigits: ll.Value | None, span: Span) -> ll.Value:
    """`round(x)`, an int (half to even); `round(x, n)`, of x's kind."""
    from ember.codegen.emit import arith

    b, me = fe.b, fe.me
    raw = bits(b, x)
    if ndigits is None:
        even = me.module.declare_intrinsic("llvm.roundeven", [F64])
        return branch(b, is_float(b, x), lambda: arith.cast(fe, b.call(even, [b.bitcast(raw, F64)]), T.F64, T.INT, span),
                      lambda: raw)
    return branch(b, is_float(b, x), lambda: of_float(b, b.call(me.rt("ember_round_f64"), [b.bitcast(raw, F64), ndigits])),
                  lambda: of_int(b, b.call(me.rt("ember_round_i64"), [raw, ndigits] + me.location(b, span))))


def truth(b: ll.IRBuilder, x: ll.Value) -> ll.Value:
    """Nonzero; `-0.0` (whose bits are not zero) is false, as in Python."""
    raw = bits(b, x)
    return b.select(is_float(b, x), b.fcmp_unordered("!=", b.bitcast(raw, F64), ll.Constant(F64, 0.0)),
                    b.icmp_signed("!=", raw, ll.Constant(I64, 0)))


def cast_to(fe: FnEmitter, v: ll.Value, src: T.Type) -> ll.Value:
    """An `Int` (or narrower integer, or Bool) or a float as a number."""
    b = fe.b
    match src:
        case T.FloatType():
            return of_float(b, v)
        case T.IntType(signed=s):
            return of_int(b, v if v.type == I64 else b.sext(v, I64) if s else b.zext(v, I64))
        case T.BoolType():
            return of_int(b, b.zext(v, I64))
        case T.NumberType():
            return v
    raise AssertionError(f"no cast {src} -> {T.NUMBER}")


def cast_from(fe: FnEmitter, v: ll.Value, dst: T.Type, span: Span) -> ll.Value:
    """A number as a float (`float(x)`, or where a float is expected), an integer
    (`int(x)`: a float truncated, with Python's error for NaN and infinity) or a Bool."""
    from ember.codegen.emit import arith

    b = fe.b
    match dst:
        case T.FloatType(bits=n):
            f = as_float(b, v)
            return f if n == 64 else b.fptrunc(f, F32)
        case T.IntType():
            return branch(b, is_float(b, v),
                          lambda: arith.cast(fe, b.bitcast(bits(b, v), F64), T.F64, dst, span),
                          lambda: arith.cast(fe, bits(b, v), T.INT, dst, span))
        case T.BoolType():
            return truth(b, v)
    raise AssertionError(f"no cast {T.NUMBER} -> {dst}")


def write(me: ModuleEmitter, b: ll.IRBuilder, buf: ll.Value, v: ll.Value) -> None:
    """`str(x)` and `repr(x)`: the int's digits, or the float's shortest repr."""
    with b.if_else(is_float(b, v)) as (then, other):
        with then:
            b.call(me.rt("ember_buf_f64"), [buf, b.bitcast(bits(b, v), F64)])
        with other:
            b.call(me.rt("ember_buf_i64"), [buf, bits(b, v)])
