"""`ember build --shared` (LANGUAGE.md §11): a C-ABI shared library. Each top-level
function of the main file whose arguments are numbers, `Bool`s, lists of numbers or
`inout` numbers (a pointer) and whose result is a number, a `Bool` or nothing gets a C
symbol of its own name:

    fn dot(a: [f64], b: [f64]) -> f64     double dot(const double *a, int64_t a_len,
                                                     const double *b, int64_t b_len);

A list crosses as a pointer and a length, without a copy, as a *foreign* list (rt.h):
borrowed, or changed in place when `inout` (resizing one is a `ValueError` fault).
`Bool` is C's `bool` (one byte). The module's top-level statements, if any, run once
when the library is loaded (an ELF constructor), as Python runs a module's on import.
Faults end the process as they end a program (§9). Functions that raise, take or
return other types are left out, each with the reason (`skipped`).
"""
from __future__ import annotations

from dataclasses import dataclass

from llvmlite import ir as ll

from ember.codegen.emit.module import ModuleEmitter
from ember.codegen.emit.types import PTR
from ember.interop.interface import Interface, scalar
from ember.mir import ir
from ember.types import types as T

I8, I32, I64 = ll.IntType(8), ll.IntType(32), ll.IntType(64)
_C_NAMES = {"i8": "int8_t", "i16": "int16_t", "i32": "int32_t", "Int": "int64_t", "i64": "int64_t",
            "u8": "uint8_t", "u16": "uint16_t", "u32": "uint32_t", "u64": "uint64_t",
            "f32": "float", "f64": "double", "Bool": "bool"}


@dataclass(frozen=True)
class CFunction:
    name: str
    key: str
    params: tuple[tuple[str, T.Type, str], ...]  # name, type, convention
    ret: T.Type


def select(iface: Interface) -> tuple[tuple[CFunction, ...], tuple[tuple[str, str], ...]]:
    """The functions of `iface` that C can call, and (name, why) for the others."""
    out, skipped = [], [s for s in iface.skipped if "#" not in s[0]]  # instances: ember.jit's
    for ex in iface.exports:
        why = None
        if ex.raises:
            why = "it raises: C has no exceptions (catch the error inside and return a status)"
        elif not (scalar(ex.ret) or ex.ret == T.NONE):
            why = f"it returns `{ex.ret}`: only numbers and `Bool` cross to C"
        else:
            why = next((f"argument `{p.name}` is `{p.convention} {p.type}`: only numbers, `Bool`, lists of "
                        "numbers and `inout` numbers cross to C" for p in ex.params if not _crosses(p.type, p.convention)),
                       None)
        if why is None:
            out.append(CFunction(ex.name, ex.key, tuple((p.name, p.type, p.convention) for p in ex.params), ex.ret))
        else:
            skipped.append((ex.name, why))
    return tuple(out), tuple(skipped)


def _crosses(t: T.Type, convention: str) -> bool:
    if isinstance(t, T.ListType):
        return isinstance(t.elem, (T.IntType, T.FloatType)) and convention in ("borrowed", "inout")
    if convention == "inout":  # a pointer to the caller's variable
        return isinstance(t, (T.IntType, T.FloatType))
    return scalar(t) and convention in ("borrowed", "owned")


def _c_type(t: T.Type) -> str:
    return "void" if t == T.NONE else _C_NAMES[str(t)]


def header(fns: tuple[CFunction, ...], guard: str) -> str:
    """A C header declaring `fns`."""
    lines = [f"#ifndef {guard}", f"#define {guard}", "#include <stdbool.h>", "#include <stdint.h>", ""]
    for f in fns:
        params = []
        for name, t, conv in f.params:
            if isinstance(t, T.ListType):
                const = "" if conv == "inout" else "const "
                params += [f"{const}{_c_type(t.elem)} *{name}", f"int64_t {name}_len"]
            else:
                params.append(f"{_c_type(t)} {'*' if conv == 'inout' else ''}{name}")
        lines.append(f"{_c_type(f.ret)} {f.name}({', '.join(params) or 'void'});")
    return "\n".join([*lines, "", f"#endif /* {guard} */", ""])


def extender(fns: tuple[CFunction, ...], mir: ir.Program, run_top: bool):  # noqa: ANN201
    """The `extend` hook of codegen's `emit` that adds one C wrapper per function."""

    def extend(me: ModuleEmitter, lfns: dict[str, ll.Function]) -> None:
        if run_top:
            _constructor(me, lfns["ember_main"])
        for f in fns:
            _wrapper(me, f, mir.functions[f.key], lfns[f.key])

    return extend


def _c_ll(me: ModuleEmitter, t: T.Type) -> ll.Type:
    return I8 if isinstance(t, T.BoolType) else me.ll(t)


def _wrapper(me: ModuleEmitter, f: CFunction, mfn: ir.Function, target: ll.Function) -> None:
    c_params: list[ll.Type] = []
    for _, t, conv in f.params:
        c_params += [PTR, I64] if isinstance(t, T.ListType) else [PTR] if conv == "inout" else [_c_ll(me, t)]
    ret = ll.VoidType() if f.ret == T.NONE else _c_ll(me, f.ret)
    fn = ll.Function(me.module, ll.FunctionType(ret, c_params), f.name)
    b = ll.IRBuilder(fn.append_basic_block("entry"))
    args, k = [], 0
    for (name, t, _), p in zip(f.params, mfn.params):
        if isinstance(t, T.ListType):  # a foreign header: cap -1, as rt.h describes
            data, n = fn.args[k], fn.args[k + 1]
            k += 2
            head = b.alloca(ll.LiteralStructType([I64, I64, PTR]), name=name)
            for i, v in enumerate((n, ll.Constant(I64, -1), data)):
                b.store(v, b.gep(head, [ll.Constant(I32, 0), ll.Constant(I32, i)]))
            value: ll.Value = head
        else:
            value = fn.args[k]
            k += 1
            if p.kind is ir.LocalKind.REF:  # an `inout` number: the caller's pointer
                args.append(value)
                continue
            if isinstance(t, T.BoolType):
                value = b.icmp_unsigned("!=", value, ll.Constant(I8, 0))
        if p.kind is ir.LocalKind.REF:  # an `inout` list: the address of a variable holding it
            slot = b.alloca(value.type)
            b.store(value, slot)
            value = slot
        args.append(value)
    r = b.call(target, args)
    if f.ret == T.NONE:
        b.ret_void()
    else:
        b.ret(b.zext(r, I8) if isinstance(f.ret, T.BoolType) else r)


def _constructor(me: ModuleEmitter, main: ll.Function) -> None:
    """Run the top-level statements when the library is loaded (`llvm.global_ctors`)."""
    init = ll.Function(me.module, ll.FunctionType(ll.VoidType(), []), "ember.shared.init")
    b = ll.IRBuilder(init.append_basic_block("entry"))
    b.call(main, [ll.Constant(I32, 0), ll.Constant(PTR, None)])
    b.ret_void()
    entry = ll.LiteralStructType([I32, PTR, PTR])
    ctors = ll.GlobalVariable(me.module, ll.ArrayType(entry, 1), "llvm.global_ctors")
    ctors.linkage = "appending"
    ctors.initializer = ll.Constant(ll.ArrayType(entry, 1),
                                    [ll.Constant(entry, [ll.Constant(I32, 65535), init, ll.Constant(PTR, None)])])
