"""The intrinsics of counted loops: a range's values, the versioning test of
mir/bounds.py, and the integer arithmetic that test proved cannot overflow."""
from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.mir import ir

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter

I128 = ll.IntType(128)


def emit(fe: FnEmitter, rv: ir.Intrinsic, args: list[ll.Value]) -> ll.Value:
    b = fe.b
    match rv.name:
        case "range.item":
            # start + k*step for k < range.len is a value of the range: it fits in Int.
            # k*step alone may not (range(-2**63, 2**63 - 1, 2**62)), so no `nsw`:
            # wrapping arithmetic gives the right value all the same.
            start, k, step = args
            return b.add(start, b.mul(k, step))
        case "int.nowrap":
            x, y = args
            return {"add": b.add, "sub": b.sub, "mul": b.mul}[rv.extra[0]](x, y, flags=["nsw"])  # type: ignore[index]
        case "bounds.range_ok":
            return _range_ok(fe, rv, args)
        case other:
            raise AssertionError(f"not a loop intrinsic: {other}")


def _range_ok(fe: FnEmitter, rv: ir.Intrinsic, args: list[ll.Value]) -> ll.Value:
    """Every index `iv + off` (`iv - off`) of the loop lies in [0, len(list)), where iv
    takes the n values start, start + step, ...: computed in 128 bits, where nothing
    overflows; a computed offset must also fit in Int (the loop computes it unchecked)."""
    b = fe.b
    kind, neg = rv.extra
    length = b.sext(fe.list_len(args[0]), I128)
    n, start, step, p, q = (b.sext(a, I128) for a in args[1:])
    one, zero = ll.Constant(I128, 1), ll.Constant(I128, 0)
    match kind:
        case "zero":
            off = zero
        case "one":
            off = p
        case "add":
            off = b.add(p, q)
        case "sub":
            off = b.sub(p, q)
        case "mul":
            off = b.mul(p, q)
        case _:
            raise AssertionError(kind)
    last = b.add(start, b.mul(b.sub(n, one), step))
    lo = b.select(b.icmp_signed("<", last, start), last, start)
    hi = b.select(b.icmp_signed("<", last, start), start, last)
    lo, hi = (b.sub(lo, off), b.sub(hi, off)) if neg else (b.add(lo, off), b.add(hi, off))
    ok = b.and_(b.icmp_signed(">=", lo, zero), b.icmp_signed("<", hi, length))
    fits = b.and_(b.icmp_signed(">=", off, ll.Constant(I128, -(1 << 63))),
                  b.icmp_signed("<", off, ll.Constant(I128, 1 << 63)))
    return b.or_(b.icmp_signed("<=", n, zero), b.and_(ok, fits))

