"""Format specs (`{x:>8.3f}`) are parsed at compile time; the runtime only lays out."""
from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.base.source import Span
from ember.codegen.emit import values
from ember.codegen.emit.types import F64, I32, I64, PTR
from ember.types import formatspec
from ember.types import types as T

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter

def parse_spec(spec: str) -> tuple[int, ...] | None:
    """The runtime's argument tuple for `spec` (see rt.h `ember_buf_fmt_*`)."""
    f = formatspec.parse(spec)
    if f is None:
        return None
    # CPython: with an explicit fill, a 0 before the width is part of no flag
    return (ord(f.fill or " "), ord(f.align) if f.align else 0, ord(f.sign) if f.sign else 0, int(f.alt),
            int(f.zero and not f.fill), f.width, ord(f.group) if f.group else 0, f.prec, ord(f.type) if f.type else 0)


def fmt(fe: FnEmitter, buf: ll.Value, t: T.Type, v: ll.Value, spec: str, span: Span) -> None:
    b, me = fe.b, fe.me
    fields = parse_spec(spec)
    assert fields is not None, "the checker validates format specs"
    fill, align, sign, alt, zero, width, group, prec, typ = fields
    tail = [ll.Constant(I32, fill), ll.Constant(I32, align), ll.Constant(I32, sign), ll.Constant(I32, alt),
            ll.Constant(I32, zero), ll.Constant(I64, width), ll.Constant(I32, group), ll.Constant(I64, prec),
            ll.Constant(I32, typ)]
    if isinstance(t, T.BoolType) and spec:  # Python formats a bool with a spec as an int
        t, v = T.INT, b.zext(v, I64)
    if isinstance(t, T.NumberType):  # an int's spec or a float's, as the value is (a float spec formats both)
        from ember.codegen.emit import numbers

        if typ and chr(typ) in "eEfFgG%":
            b.call(me.rt("ember_buf_fmt_f64"), [buf, numbers.as_float(b, v)] + tail)
            return
        bad_int, bad_float = formatspec.problem(spec, T.INT), formatspec.problem(spec, T.F64)
        with b.if_else(numbers.is_float(b, v)) as (then, other):  # Python's ValueError for the kind the spec does not suit
            with then:
                if bad_float:
                    me.fault(b, "ValueError", bad_float.replace("`", "'"), span)
                else:
                    b.call(me.rt("ember_buf_fmt_f64"), [buf, b.bitcast(numbers.bits(b, v), F64)] + tail)
            with other:
                if bad_int:
                    me.fault(b, "ValueError", bad_int.replace("`", "'"), span)
                else:
                    b.call(me.rt("ember_buf_fmt_i64"), [buf, numbers.bits(b, v)] + tail)
        return
    match t:
        case T.IntType(bits=bits, signed=s) if chr(typ) not in "eEfFgG%" or typ == 0:
            x = v if bits == 64 else (b.sext(v, I64) if s else b.zext(v, I64))
            b.call(me.rt("ember_buf_fmt_i64"), [buf, x] + tail)
        case T.IntType() | T.FloatType():
            x = b.sitofp(v, F64) if isinstance(t, T.IntType) else (b.fpext(v, F64) if v.type != F64 else v)
            b.call(me.rt("ember_buf_fmt_f64"), [buf, x] + tail)
        case T.StrType():
            b.call(me.rt("ember_buf_fmt_str"), [buf, v] + tail)
        case _:
            tmp = b.call(me.rt("ember_buf_new"), [])
            values.write(me, b, tmp, t, v, False)
            s = b.call(me.rt("ember_buf_finish"), [tmp])
            b.call(me.rt("ember_buf_fmt_str"), [buf, s] + tail)
            b.call(me.rt("ember_str_free"), [s])


def fmt_dyn(fe: FnEmitter, buf: ll.Value, t: T.Type, v: ll.Value, spec: ll.Value, span: Span) -> None:
    """A spec known only at run time (`{x:{w}}`): the runtime parses and checks it."""
    b, me = fe.b, fe.me
    no_int, no_float, no_str = ll.Constant(I64, 0), ll.Constant(F64, 0.0), ll.Constant(PTR, None)
    match t:
        case T.BoolType():
            kind, args = 3, [b.zext(v, I64), no_float, no_str]
        case T.IntType(bits=bits, signed=s):
            kind, args = 0, [v if bits == 64 else (b.sext(v, I64) if s else b.zext(v, I64)), no_float, no_str]
        case T.FloatType():
            kind, args = 1, [no_int, v if v.type == F64 else b.fpext(v, F64), no_str]
        case T.StrType():
            kind, args = 2, [no_int, no_float, v]
        case T.NumberType():  # kind 1 or 0 as the value is a float or an int
            from ember.codegen.emit import numbers

            raw = numbers.bits(b, v)
            kind = b.zext(numbers.is_float(b, v), I32)  # type: ignore[assignment]
            args = [raw, b.bitcast(raw, F64), no_str]
        case _:
            raise AssertionError(f"the checker allows run-time specs only on numbers and str, not {t}")
    b.call(me.rt("ember_buf_fmt_dyn"), [buf, kind if isinstance(kind, ll.Value) else ll.Constant(I32, kind), *args, spec] + me.location(b, span))
