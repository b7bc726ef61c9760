"""Format specs (`{x:>8.3f}`) are parsed at compile time; the runtime only lays out."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.base.source import Span
from ember.codegen.emit import values
from ember.codegen.emit.types import F64, I32, I64
from ember.types import types as T

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter

SPEC = re.compile(r"^(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<alt>#)?(?P<zero>0)?"
                  r"(?P<width>\d+)?(?P<group>[,_])?(?:\.(?P<prec>\d+))?(?P<type>[bcdeEfFgGnosxX%])?$")


def parse_spec(spec: str) -> tuple[int, ...] | None:
    m = SPEC.match(spec)
    if m is None:
        return None
    g = m.groupdict()
    return (ord(g["fill"]) if g["fill"] else ord(" "), ord(g["align"]) if g["align"] else 0,
            ord(g["sign"]) if g["sign"] else 0, 1 if g["alt"] else 0, 1 if g["zero"] else 0,
            int(g["width"]) if g["width"] else -1, ord(g["group"]) if g["group"] else 0,
            int(g["prec"]) if g["prec"] else -1, ord(g["type"]) if g["type"] else 0)


def fmt(fe: FnEmitter, buf: ll.Value, t: T.Type, v: ll.Value, spec: str, span: Span) -> None:
    b, me = fe.b, fe.me
    fields = parse_spec(spec)
    assert fields is not None, "the checker validates format specs"
    fill, align, sign, alt, zero, width, group, prec, typ = fields
    tail = [ll.Constant(I32, fill), ll.Constant(I32, align), ll.Constant(I32, sign), ll.Constant(I32, alt),
            ll.Constant(I32, zero), ll.Constant(I64, width), ll.Constant(I32, group), ll.Constant(I64, prec),
            ll.Constant(I32, typ)]
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
