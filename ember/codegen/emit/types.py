"""Ember types to LLVM types, and their sizes (for list element strides)."""
from __future__ import annotations

from llvmlite import ir as ll

from ember.types import types as T

I1, I8, I32, I64 = ll.IntType(1), ll.IntType(8), ll.IntType(32), ll.IntType(64)
F32, F64 = ll.FloatType(), ll.DoubleType()
PTR = ll.PointerType()


def lltype(t: T.Type, structs: dict[str, tuple[tuple[str, T.Type], ...]],
           dtors: frozenset[str] = frozenset()) -> ll.Type:
    """A struct with `__del__` carries a trailing i8 "live" flag after its fields: set when
    the value is built, cleared by a move (the moved-out slot is zeroed), tested by its
    drop, so `__del__` runs exactly once per value."""
    match t:
        case T.IntType(bits=b):
            return ll.IntType(b)
        case T.FloatType(bits=b):
            return F32 if b == 32 else F64
        case T.BoolType():
            return I1
        case T.NumberType():  # {is_float, bits} (codegen/emit/numbers.py)
            return ll.LiteralStructType([I1, I64])
        case T.StrType() | T.ListType() | T.DictType() | T.SetType() | T.BufType() | T.ExcType() | T.FileType():
            return PTR
        case T.NoneType():
            return I8
        case T.ArrayType(elem=el, size=n):
            return ll.ArrayType(lltype(el, structs, dtors), n)
        case T.SIMDType(elem=el, width=w):
            return ll.VectorType(lltype(el, structs, dtors), w)
        case T.TupleType(elems=els):
            return ll.LiteralStructType([lltype(x, structs, dtors) for x in els])
        case T.OptionalType(elem=el):  # {flag, payload}; the payload is zero when the flag is clear
            return ll.LiteralStructType([I1, lltype(el, structs, dtors)])
        case T.StructType(name=n):
            flag = [I8] if n in dtors else []
            return ll.LiteralStructType([lltype(ft, structs, dtors) for _, ft in structs[n]] + flag)
        case T.ErrorType():
            raise AssertionError("error types never reach codegen")


def size_align(t: ll.Type) -> tuple[int, int]:
    """ABI size and alignment on the 64-bit targets Ember supports."""
    if isinstance(t, ll.IntType):
        n = max(1, (t.width + 7) // 8)
        return n, n
    if isinstance(t, ll.FloatType):
        return 4, 4
    if isinstance(t, (ll.DoubleType, ll.PointerType)):
        return 8, 8
    if isinstance(t, ll.VectorType):  # LLVM: the vector's bits, rounded up to a power of two
        n = 1 << max(0, (t.count * t.element.width if isinstance(t.element, ll.IntType) else t.count * size_align(t.element)[0] * 8) - 1).bit_length()
        n = max(1, n // 8)
        return n, n
    if isinstance(t, ll.LiteralStructType):
        off, align = 0, 1
        for el in t.elements:
            s, a = size_align(el)
            off = (off + a - 1) // a * a + s
            align = max(align, a)
        return (off + align - 1) // align * align if off else 0, align
    if isinstance(t, ll.ArrayType):
        s, a = size_align(t.element)
        return s * t.count, a
    raise AssertionError(f"no size for {t}")


def sizeof(t: ll.Type) -> int:
    return max(1, size_align(t)[0])
