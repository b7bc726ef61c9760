"""The intrinsics of counted loops: a range's values, the versioning test of
mir/bounds.py, the integer arithmetic that test proved cannot overflow, and the wrapping
arithmetic of mir/overflow.py's first copy with its overflow bits and bounds."""
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
        case "int.wrap":
            x, y = args
            return {"add": b.add, "sub": b.sub, "mul": b.mul}[rv.extra[0]](x, y)  # type: ignore[index]
        case "int.overflows":
            return _overflows(fe, rv.extra[0], *args)  # type: ignore[arg-type]
        case "int.magnitude":
            # x ^ (x >> 63): x for x >= 0, -x - 1 below; an or of these bounds every |x| - 1
            (x,) = args
            return b.xor(x, b.ashr(x, ll.Constant(x.type, x.type.width - 1)))
        case "int.sum_fits":
            return _sum_fits(fe, *args)
        case other:
            raise AssertionError(f"not a loop intrinsic: {other}")


def _range_ok(fe: FnEmitter, rv: ir.Intrinsic, args: list[ll.Value]) -> ll.Value:
    """Every index `iv + off` (`iv - off`) of the loop lies in [0, len(list)), where iv
    takes the n values start, start + step, ...: computed in 128 bits, where nothing
    overflows; a computed offset must also fit in Int (the loop computes it unchecked)."""
    b = fe.b
    kind, neg = rv.extra
    if kind == "zero":
        return _range_ok_plain(fe, args)
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



def _range_ok_plain(fe: FnEmitter, args: list[ll.Value]) -> ll.Value:
    """`_range_ok` for the indices `iv` themselves, in Int: when the loop runs (n > 0) its
    last value start + (n - 1)*step is a value of the range, so no `nsw` step overflows
    (the select keeps that arm's poison out when n <= 0). For a constant step LLVM then
    folds the test against the loop's own bounds: `range(i + 1, len(xs))` costs nothing."""
    b = fe.b
    xs, n, start, step = args[:4]
    zero, one = ll.Constant(n.type, 0), ll.Constant(n.type, 1)
    last = b.add(start, b.mul(b.sub(n, one, flags=["nsw"]), step, flags=["nsw"]), flags=["nsw"])
    if isinstance(step, ll.Constant) and step.constant > 0:
        lo, hi = start, last
    elif isinstance(step, ll.Constant):
        lo, hi = last, start
    else:
        down = b.icmp_signed("<", last, start)
        lo, hi = b.select(down, last, start), b.select(down, start, last)
    ok = b.and_(b.icmp_signed(">=", lo, zero), b.icmp_signed("<", hi, fe.list_len(xs)))
    return b.select(b.icmp_signed("<=", n, zero), ll.Constant(ll.IntType(1), 1), ok)


def _overflows(fe: FnEmitter, kind: str, x: ll.Value, y: ll.Value) -> ll.Value:
    """Whether `x kind y` overflows, as bit arithmetic (a select-free form the loop
    vectorizer takes as it takes the wrapping op): an add overflows when the result's
    sign differs from both operands', a sub when the operands' signs differ and the
    result's differs from x's; a mul through the overflow intrinsic."""
    b = fe.b
    zero = ll.Constant(x.type, 0)
    match kind:
        case "add":
            r = b.add(x, y)
            return b.icmp_signed("<", b.and_(b.xor(x, r), b.xor(y, r)), zero)
        case "sub":
            r = b.sub(x, y)
            return b.icmp_signed("<", b.and_(b.xor(x, y), b.xor(x, r)), zero)
        case "mul":
            from ember.codegen.emit.arith import with_overflow

            return b.extract_value(b.call(with_overflow(fe.me.module, "smul", x.type), [x, y]), 1)
        case _:
            raise AssertionError(kind)


def _sum_fits(fe: FnEmitter, start: ll.Value, trips: ll.Value, bound: ll.Value) -> ll.Value:
    """|start| + (trips + 1) * (bound + 1) <= 2**63 - 1, in 128 bits: then no partial sum
    of at most trips + 1 terms of magnitude at most bound + 1 left Int, in any order."""
    b = fe.b
    one = ll.Constant(I128, 1)
    s, t, m = (b.sext(a, I128) for a in (start, trips, bound))
    mag = b.select(b.icmp_signed("<", s, ll.Constant(I128, 0)), b.neg(s), s)
    total = b.add(mag, b.mul(b.add(t, one), b.add(m, one)))
    return b.icmp_signed("<=", total, ll.Constant(I128, (1 << 63) - 1))
