"""MIR to LLVM IR text: `emit(program, locate) -> str`. Knows nothing of source syntax."""
from __future__ import annotations

from collections.abc import Callable

from llvmlite import ir as ll

from ember.base.source import Span
from ember.codegen.emit import simd, values
from ember.codegen.emit.function import FnEmitter, result_type
from ember.codegen.emit.module import ModuleEmitter, as_ptr, symbol
from ember.codegen.emit.types import I32, PTR
from ember.mir import ir
from ember.mir.loops import local_functions
from ember.types import types as T


def header(me: ModuleEmitter, fn: ir.Function, llfn: ll.Function) -> None:
    """A list argument, and a list that a function which cannot raise returns, is
    always a live list: its header (len, cap, data: 24 bytes, malloc-aligned) may be
    read anywhere. Saying so lets LLVM hoist the header loads of a loop that exits
    early (a bounds or overflow check) to its preheader; only the empty value, a moved
    local's, is null, and no argument or result holds it."""
    for p, a in zip(fn.params, llfn.args):
        if p.kind is not ir.LocalKind.REF and isinstance(p.type, T.ListType):
            a.attributes.dereferenceable = _LIST_HEADER
            a.attributes.align = 8
    if not fn.raises and isinstance(fn.ret, T.ListType):
        llfn.return_value.attributes.dereferenceable = _LIST_HEADER
        llfn.return_value.attributes.align = 8


_LIST_HEADER = 32  # struct EmList (runtime/rt.h)


def emit(program: ir.Program, locate: Callable[[Span], tuple[str, int, int]],
         extend: Callable[[ModuleEmitter, dict[str, ll.Function]], None] | None = None,
         contract: bool = False) -> str:
    """`extend`, when given, adds to the module after the functions (the Python layer's
    export wrappers, ember/interop/exports.py), with the LLVM function of each MIR name.
    `contract` (--fp-contract) lets LLVM fuse float multiplies and adds."""
    module = ll.Module(name="ember")
    me = ModuleEmitter(module, program.structs, locate, dtors=program.dtors, contract=contract,
                       reprs={n: f for n, f in program.reprs.items() if f in program.functions},
                       orders={n: f for n, f in program.orders.items() if f in program.functions},
                       hashes={n: fs for n, fs in program.hashes.items() if all(f in program.functions for f in fs)})
    me.param_kinds = {name: tuple(p.kind for p in fn.params) for name, fn in program.functions.items()}
    me.raising = frozenset(name for name, fn in program.functions.items() if fn.raises)
    globals_ = {}
    for g in program.globals:
        gv = ll.GlobalVariable(module, me.ll(g.type), f"em.global.{g.name}")
        gv.linkage = "internal"
        if g.name in program.inits:  # a compile-time value (§7): a constant table, no code
            gv.initializer = values.constant(me, program.inits[g.name], g.type)
            gv.global_constant = True
        else:
            gv.initializer = ll.Constant(me.ll(g.type), None)
        globals_[g.name] = as_ptr(gv)
    fns = {}
    local_only = local_functions(program)
    for name, fn in program.functions.items():
        if fn.is_entry:
            fnty = ll.FunctionType(I32, [I32, PTR])
        else:
            params = [PTR if p.kind is ir.LocalKind.REF else me.ll(p.type) for p in fn.params]
            fnty = ll.FunctionType(result_type(me, fn), params)
        llfn = ll.Function(module, fnty, symbol(name))
        if not fn.is_entry:
            llfn.linkage = "internal"
            # mutable references are exclusive (§5), and the checker keeps an inout
            # argument from aliasing another argument; a global can alias either, so
            # only a function that reaches no global (local_only) gets the promise
            for p, a in zip(fn.params, llfn.args):
                if name in local_only and (p.kind is ir.LocalKind.REF
                                           or (p.kind is ir.LocalKind.BORROW and isinstance(p.type, T.ListType))):
                    a.add_attribute("noalias")
            header(me, fn, llfn)
        fns[name] = llfn
    for name, fn in program.functions.items():
        FnEmitter(me, fn, fns[name], globals_).emit()
    if extend is not None:
        extend(me, fns)
    simd.heap_alignment(module)
    return str(module)
