"""Direct CPython entry points for functions of numbers (the call overhead of §12).

For an export whose arguments are borrowed numbers, Bool or `[number]` (a C-contiguous
1-D buffer of the element's format: NumPy arrays, lent as foreign lists as in binding.py)
and whose result is a number, Bool or None, `emit` adds `ptr @ember.py.NAME(ptr self, ptr args, i64 nargs)`, a
METH_FASTCALL C function: it checks each argument's exact type (`int`, `float`, `bool`)
and range, fills the frame, releases the interpreter lock around `ember_guarded_call`
and boxes the result. Anything else goes to Python, never twice through compiled code:
arguments it does not take as they are call `self(*args)` (the general path, which
converts or raises TypeError) before compiled code runs, and a fault or raised error
calls `self.report(fault_info, err)`, which raises the Python exception.

The CPython symbols are bound to this process's addresses when the module is loaded
(binding.py), so the cached object needs nothing of the machine that compiled it but
the Python version (in the cache key).
"""
from __future__ import annotations

from llvmlite import ir as ll

from ember.codegen.emit.module import ModuleEmitter, as_ptr
from ember.interop.interface import CPYTHON_FUNCTIONS, GUARDED_CALL, NDARRAY_TYPE, Export, fast_symbol
from ember.types import types as T

I32, I64, PTR = ll.IntType(32), ll.IntType(64), ll.PointerType()
FAULT_INFO = ll.ArrayType(ll.IntType(8), 1056)  # sizeof(EmFaultInfo), aligned to 8
_D = ll.DoubleType()
# name: (return, arguments, varargs); the names are CPYTHON_FUNCTIONS
API = {
    "PyEval_SaveThread": (PTR, [], False),
    "PyEval_RestoreThread": (ll.VoidType(), [PTR], False),
    "PyLong_AsLongLongAndOverflow": (I64, [PTR, PTR], False),
    "PyFloat_AsDouble": (_D, [PTR], False),
    "PyLong_FromLongLong": (PTR, [I64], False),
    "PyLong_FromUnsignedLongLong": (PTR, [I64], False),
    "PyFloat_FromDouble": (PTR, [_D], False),
    "PyBool_FromLong": (PTR, [I64], False),
    "PyObject_Vectorcall": (PTR, [PTR, PTR, I64, PTR], False),
    "PyObject_CallMethod": (PTR, [PTR, PTR, PTR], True),
    "PyObject_GetBuffer": (I32, [PTR, PTR, I32], False),
    "PyBuffer_Release": (ll.VoidType(), [PTR], False),
    "PyErr_Clear": (ll.VoidType(), [], False),
}
assert set(API) == set(CPYTHON_FUNCTIONS)



_FORMATS = {  # buffer-protocol format characters of each element type (native order)
    (64, True): "lq", (64, False): "LQ", (32, True): "i", (32, False): "I",
    (16, True): "h", (16, False): "H", (8, True): "b", (8, False): "B",
}
_PyBUF = 0x3C  # PyBUF_C_CONTIGUOUS | PyBUF_FORMAT
_BUFFER = ll.ArrayType(I64, 10)  # Py_buffer: buf, obj, len, itemsize, readonly+ndim, format, ...
# A NumPy array's fields (PyArrayObject_fields and PyArray_Descr, the same in NumPy 1 and 2),
# read directly: the buffer protocol costs two calls and a format string per argument.
_ND_DATA, _ND_NDIM, _ND_DIMS, _ND_DESCR, _ND_FLAGS = 16, 24, 32, 56, 64
_DESCR_BYTEORDER, _DESCR_TYPE_NUM = 26, 28
_ND_CONTIGUOUS_ALIGNED = 0x101  # NPY_ARRAY_C_CONTIGUOUS | NPY_ARRAY_ALIGNED
_TYPE_NUMS = {"?": 0, "b": 1, "B": 2, "h": 3, "H": 4, "i": 5, "I": 6, "l": 7, "L": 8, "q": 9, "Q": 10,
              "f": 11, "d": 12}  # NumPy's type number of each format character


def _formats(t: T.Type) -> tuple[str, int]:
    match t:
        case T.BoolType():
            return "?", 1
        case T.FloatType(bits=bits):
            return ("d" if bits == 64 else "f"), bits // 8
        case T.IntType(bits=bits, signed=signed):
            return _FORMATS[(bits, signed)], bits // 8
        case _:
            raise AssertionError(t)


def _numpy_fields(b: ll.IRBuilder, fn: ll.Function, arg: ll.Value, fmts: str, head: ll.Value, slot: ll.Value,
                  ok: ll.Block, other: ll.Block, ndarray: ll.Value, i: int) -> None:
    """If `arg` is exactly a NumPy array, aligned, C-contiguous and 1-D, of one of the
    formats `fmts` in native byte order: lend its data as the foreign list `head` and go
    to `ok`; anything else goes to `other` (the buffer protocol)."""
    def at(p: ll.Value, offset: int, ty: ll.Type) -> ll.Value:
        return b.load(b.gep(p, [ll.Constant(I64, offset)], source_etype=ll.IntType(8)), typ=ty)

    fields, shape = fn.append_basic_block(f"ndarray{i}"), fn.append_basic_block(f"ndshape{i}")
    b.cbranch(b.icmp_unsigned("==", at(arg, 8, PTR), ndarray), fields, other)
    b.position_at_end(fields)
    descr = at(arg, _ND_DESCR, PTR)
    type_num = at(descr, _DESCR_TYPE_NUM, I32)
    good = b.and_(b.icmp_signed("==", at(arg, _ND_NDIM, I32), ll.Constant(I32, 1)),
                  b.icmp_unsigned("==", b.and_(at(arg, _ND_FLAGS, I32), ll.Constant(I32, _ND_CONTIGUOUS_ALIGNED)),
                                  ll.Constant(I32, _ND_CONTIGUOUS_ALIGNED)))
    good = b.and_(good, b.icmp_unsigned("!=", at(descr, _DESCR_BYTEORDER, ll.IntType(8)),
                                        ll.Constant(ll.IntType(8), ord(">"))))
    kind = ll.Constant(ll.IntType(1), 0)
    for ch in fmts:
        kind = b.or_(kind, b.icmp_signed("==", type_num, ll.Constant(I32, _TYPE_NUMS[ch])))
    b.cbranch(b.and_(good, kind), shape, other)
    b.position_at_end(shape)
    n = b.load(at(arg, _ND_DIMS, PTR), typ=I64)
    for k, v in enumerate((n, ll.Constant(I64, -1), b.ptrtoint(at(arg, _ND_DATA, PTR), I64), ll.Constant(I64, 0))):
        b.store(v, b.gep(head, [ll.Constant(I64, k)], source_etype=I64))  # a foreign EmList
    b.store(head, slot)
    b.branch(ok)


def emit(me: ModuleEmitter, ex: Export, wrapper: ll.Function, frame_ty: ll.LiteralStructType) -> None:
    m = me.module

    def api(name: str) -> ll.Function:
        if name in m.globals:
            return m.globals[name]
        ret, args, var = API[name]
        return ll.Function(m, ll.FunctionType(ret, args, var_arg=var), name)

    def data(name: str) -> ll.Constant:
        g = m.globals.get(name) or ll.GlobalVariable(m, ll.IntType(8), name)
        return as_ptr(g)

    fn = ll.Function(m, ll.FunctionType(PTR, [PTR, PTR, I64]), fast_symbol(ex))
    self_, args, nargs = fn.args
    b = ll.IRBuilder(fn.append_basic_block("entry"))
    frame = b.alloca(frame_ty)
    ovf = b.alloca(I32)
    err = b.alloca(PTR)
    info = b.alloca(FAULT_INFO)
    info.align = 8
    views = {i: b.alloca(_BUFFER) for i, p in enumerate(ex.params) if isinstance(p.type, T.ListType)}
    heads = {i: b.alloca(ll.ArrayType(I64, 4)) for i in views}  # rt.h EmList
    for slot in (frame, ovf, err, info, *views.values(), *heads.values()):
        slot.type = PTR  # opaque, as in codegen's functions: GEPs say their element type
    slow, first = fn.append_basic_block("slow"), fn.append_basic_block("args")
    b.cbranch(b.icmp_signed("==", nargs, ll.Constant(I64, len(ex.params))), first, slow)
    b.position_at_end(first)
    zero = ll.Constant(I32, 0)
    held: list[int] = []  # arguments whose buffer is held, in order

    def release(upto: list[int]) -> None:
        for j in upto:
            b.call(api("PyBuffer_Release"), [views[j]])

    def failing() -> ll.Block:
        """A block that releases the buffers held so far, then takes the slow path."""
        blk = fn.append_basic_block("give_up")
        here = b.block
        b.position_at_end(blk)
        release(list(held))
        b.branch(slow)
        b.position_at_end(here)
        return blk

    def field(ptr: ll.Value, i: int, ty: ll.Type = I64) -> ll.Value:
        return b.load(b.gep(ptr, [ll.Constant(I64, i)], source_etype=I64), typ=ty)

    for i, p in enumerate(ex.params):
        arg = b.load(b.gep(args, [ll.Constant(I64, i)], source_etype=PTR), typ=PTR)
        slot = b.gep(frame, [zero, ll.Constant(I32, i)], source_etype=frame_ty)
        ok = fn.append_basic_block(f"arg{i}")
        fail = failing()
        match p.type:
            case T.ListType(elem=el):  # a C-contiguous 1-D buffer of the element type
                fmts, size = _formats(el)
                view, head = views[i], heads[i]
                b.store(ll.Constant(PTR, None), b.gep(view, [ll.Constant(I64, 1)], source_etype=I64))  # obj: none held
                buffer = fn.append_basic_block(f"buffer{i}")
                _numpy_fields(b, fn, arg, fmts, head, slot, ok, buffer, data(NDARRAY_TYPE), i)
                b.position_at_end(buffer)
                got, bad = fn.append_basic_block(f"buf{i}"), fn.append_basic_block(f"nobuf{i}")
                r = b.call(api("PyObject_GetBuffer"), [arg, view, ll.Constant(I32, _PyBUF)])
                b.cbranch(b.icmp_signed("==", r, zero), got, bad)
                b.position_at_end(bad)
                b.call(api("PyErr_Clear"), [])
                b.branch(fail)
                b.position_at_end(got)
                held.append(i)
                fail = failing()
                nd_fmt = b.load(b.gep(view, [ll.Constant(I64, 36)], source_etype=ll.IntType(8)), typ=I32)
                fmt = field(view, 5, PTR)
                c0 = b.load(fmt, typ=ll.IntType(8))
                c1 = b.load(b.gep(fmt, [ll.Constant(I64, 1)], source_etype=ll.IntType(8)), typ=ll.IntType(8))
                good = b.and_(b.icmp_signed("==", nd_fmt, ll.Constant(I32, 1)),
                              b.icmp_signed("==", field(view, 3), ll.Constant(I64, size)))
                match_c = ll.Constant(ll.IntType(1), 0)
                for ch in fmts:
                    match_c = b.or_(match_c, b.icmp_signed("==", c0, ll.Constant(ll.IntType(8), ord(ch))))
                good = b.and_(good, b.and_(match_c, b.icmp_signed("==", c1, ll.Constant(ll.IntType(8), 0))))
                fill = fn.append_basic_block(f"head{i}")
                b.cbranch(good, fill, fail)
                b.position_at_end(fill)
                n = b.sdiv(field(view, 2), ll.Constant(I64, size))
                for k, v in enumerate((n, ll.Constant(I64, -1), b.ptrtoint(field(view, 0, PTR), I64), ll.Constant(I64, 0))):
                    b.store(v, b.gep(head, [ll.Constant(I64, k)], source_etype=I64))  # a foreign EmList
                b.store(head, slot)
                b.branch(ok)
            case T.BoolType():
                t, f = data("_Py_TrueStruct"), data("_Py_FalseStruct")
                is_t, is_f = b.icmp_unsigned("==", arg, t), b.icmp_unsigned("==", arg, f)
                b.store(is_t, slot)
                b.cbranch(b.or_(is_t, is_f), ok, fail)
            case T.FloatType(bits=bits):
                typ = b.load(b.gep(arg, [ll.Constant(I64, 8)], source_etype=ll.IntType(8)), typ=PTR)
                conv = fn.append_basic_block(f"float{i}")
                b.cbranch(b.icmp_unsigned("==", typ, data("PyFloat_Type")), conv, fail)
                b.position_at_end(conv)
                v = b.call(api("PyFloat_AsDouble"), [arg])
                b.store(v if bits == 64 else b.fptrunc(v, ll.FloatType()), slot)
                b.branch(ok)
            case T.IntType(bits=bits, signed=signed):
                typ = b.load(b.gep(arg, [ll.Constant(I64, 8)], source_etype=ll.IntType(8)), typ=PTR)
                conv = fn.append_basic_block(f"int{i}")
                b.cbranch(b.icmp_unsigned("==", typ, data("PyLong_Type")), conv, fail)
                b.position_at_end(conv)
                b.store(zero, ovf)
                v = b.call(api("PyLong_AsLongLongAndOverflow"), [arg, ovf])
                fits = b.icmp_signed("==", b.load(ovf, typ=I32), zero)
                if bits < 64 or not signed:  # i8..i32, u8..u64: in range (u64 above 2**63: Python's way)
                    lo = -(1 << (bits - 1)) if signed else 0
                    hi = (1 << (bits - 1)) - 1 if signed else min((1 << bits) - 1, (1 << 63) - 1)
                    fits = b.and_(fits, b.and_(b.icmp_signed(">=", v, ll.Constant(I64, lo)),
                                               b.icmp_signed("<=", v, ll.Constant(I64, hi))))
                b.store(v if bits == 64 else b.trunc(v, ll.IntType(bits)), slot)
                b.cbranch(fits, ok, fail)
            case _:
                raise AssertionError(p.type)
        b.position_at_end(ok)
    b.store(ll.Constant(PTR, None), err)
    ts = b.call(api("PyEval_SaveThread"), [])
    guarded = m.globals[GUARDED_CALL]
    faulted = b.call(guarded, [wrapper, frame, err, info])
    b.call(api("PyEval_RestoreThread"), [ts])
    release(held)
    e = b.load(err, typ=PTR)
    bad = b.or_(b.icmp_signed("!=", faulted, zero), b.icmp_unsigned("!=", e, ll.Constant(PTR, None)))
    report, done = fn.append_basic_block("report"), fn.append_basic_block("done")
    b.cbranch(bad, report, done)
    b.position_at_end(done)
    match ex.ret:
        case T.NoneType():
            none = data("_Py_NoneStruct")
            rc = b.load(none, typ=I64)
            b.store(b.add(rc, ll.Constant(I64, 1)), none)  # Py_INCREF(Py_None)
            b.ret(none)
        case ret:
            v = b.load(b.gep(frame, [zero, ll.Constant(I32, len(ex.params))], source_etype=frame_ty),
                       typ=me.ll(ret))
            match ret:
                case T.BoolType():
                    b.ret(b.call(api("PyBool_FromLong"), [b.zext(v, I64)]))
                case T.FloatType(bits=bits):
                    b.ret(b.call(api("PyFloat_FromDouble"), [v if bits == 64 else b.fpext(v, ll.DoubleType())]))
                case T.IntType(bits=bits, signed=signed):
                    wide = v if bits == 64 else (b.sext(v, I64) if signed else b.zext(v, I64))
                    name = "PyLong_FromLongLong" if signed else "PyLong_FromUnsignedLongLong"
                    b.ret(b.call(api(name), [wide]))
                case _:
                    raise AssertionError(ret)
    b.position_at_end(report)
    b.ret(b.call(api("PyObject_CallMethod"), [self_, me.cstr("report"), me.cstr("KK"),
                                             b.ptrtoint(info, I64), b.ptrtoint(e, I64)]))
    b.position_at_end(slow)
    b.ret(b.call(api("PyObject_Vectorcall"), [self_, args, nargs, ll.Constant(PTR, None)]))
