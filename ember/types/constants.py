"""Compile-time values as Ember holds them: shared by the checker's folding and the MIR
evaluator of `comptime` (LANGUAGE.md §7), so both round and wrap exactly as compiled code."""
from __future__ import annotations

import math
import operator
import struct

from ember.types import types as T

# Python's operators by their spelling: the arithmetic both evaluators share (each
# wraps the result for its type and turns Python's exceptions into its own errors)
PY_OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "<<": operator.lshift,
          ">>": operator.rshift, "&": operator.and_, "|": operator.or_, "^": operator.xor,
          "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
          ">": operator.gt, ">=": operator.ge}


def convert(v: object, t: T.Type | None) -> object:
    """Python's value `v` as Ember's `t` would hold it (f32 rounding, integer wrapping)."""
    match t:
        case T.FloatType(bits=32):
            f = float(v)  # type: ignore[arg-type]
            if math.isinf(f) or math.isnan(f):
                return f
            try:
                return struct.unpack("f", struct.pack("f", f))[0]
            except OverflowError:  # beyond f32's range: rounds to infinity
                return math.copysign(math.inf, f)
        case T.FloatType():
            return float(v)  # type: ignore[arg-type]
        case T.IntType(bits=bits, signed=signed, checked=False):
            n = int(v) & ((1 << bits) - 1)  # type: ignore[call-overload]
            return n - (1 << bits) if signed and n >= 1 << (bits - 1) else n
        case T.IntType():
            return int(v)  # type: ignore[call-overload]
        case T.BoolType():
            return bool(v)
        case _:
            return v
