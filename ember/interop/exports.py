"""What a compiled module offers Python: its interface (plain data, cached with the
object) and one C-callable wrapper per exported function.

A wrapper `ptr @ember.export.NAME(ptr frame)` takes its arguments from the frame, a C
struct of the parameters (an `inout` one as the address of the variable) and then the
result, calls the function, stores its result in the frame and returns the raised
error, or null. Every wrapper has this
one signature, so Python calls all of them through `ember_guarded_call` (rt.h), which
turns faults into a report instead of an exit.
"""
from __future__ import annotations

from llvmlite import ir as ll

from ember.codegen.emit.module import ModuleEmitter
from ember.codegen.emit.types import PTR
from ember.interop import pyfast
from ember.interop.interface import FINISH, GUARDED_CALL, TOP, fast_symbol, NO_DEFAULT, PREFIX, Export, Interface, Param
from ember.mir import ir
from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T


def _callable_type(t: T.Type) -> bool:
    match t:
        case T.IntType() | T.FloatType() | T.NumberType() | T.BoolType() | T.StrType() | T.NoneType():
            return True
        case T.ListType(elem=e) | T.OptionalType(elem=e):
            return _callable_type(e)
        case T.SetType(elem=e):  # (the hashes of rt.c, made in Python: interop/values.py)
            return isinstance(e, (T.IntType, T.FloatType, T.BoolType, T.StrType))
        case T.DictType(key=k, value=v):
            return T.hashable(k) and _callable_type(k) and _callable_type(v)
        case T.ClassUnion():
            return False  # objects of any class of a family (sema/check/classes.py): not yet
        case T.TupleType(elems=es):
            return all(map(_callable_type, es))
        case T.StructType():
            return True  # checked field by field in `interface`
        case _:
            return False


def _literal(e: ast.Expr | None) -> object:
    match e:
        case ast.IntLit(value=v) | ast.FloatLit(value=v) | ast.StrLit(value=v) | ast.BoolLit(value=v):
            return v
        case ast.NoneLit():
            return None
        case ast.UnaryOp(op="-", operand=ast.IntLit(value=v) | ast.FloatLit(value=v)):
            return -v
        case _:
            return NO_DEFAULT


def _doc(fn: ast.FnDef) -> str | None:
    match fn.body:
        case (ast.ExprStmt(value=ast.StrLit(value=text)), *_):
            return text
        case _:
            return None


def _unsupported(t: T.Type, structs: dict[str, tuple[tuple[str, T.Type], ...]], dtors: frozenset[str],
                 seen: frozenset[str] = frozenset()) -> str | None:
    """Why values of `t` cannot cross to Python, or None."""
    if isinstance(t, T.DictType) and not _callable_type(t):
        return f"a dict (`{t}`) cannot cross between Python and Ember: its keys or values cannot"
    if isinstance(t, T.SetType) and not _callable_type(t):
        return f"a set of `{t.elem}` cannot cross between Python and Ember yet: only sets of numbers, `Bool` or `str`"
    if not _callable_type(t):
        return f"values of type `{t}` cannot be passed to or from Python"
    match t:
        case T.ListType(elem=e) | T.OptionalType(elem=e):
            return _unsupported(e, structs, dtors, seen)
        case T.TupleType(elems=es):
            return next((w for e in es if (w := _unsupported(e, structs, dtors, seen))), None)
        case T.StructType(name=n):
            if t.is_function:  # sema/fnvalues.py: an object whose `__call__` is compiled per call
                return f"a function (`{t}`) cannot be passed to or from Python"
            if n in dtors:
                return f"struct `{t}` has `__del__`: its values cannot be passed to or from Python"
            if n in seen:
                return None
            return next((w for _, ft in structs[n] if (w := _unsupported(ft, structs, dtors, seen | {n}))), None)
        case _:
            return None


def interface(path: str, typed: tast.Program, mir: ir.Program) -> Interface:
    """The main file's top-level functions that Python can call. Templates (unannotated
    `def`s) have no code of their own: `ember.jit` instantiates them per call types."""
    exports, skipped = [], []
    for key, fn in typed.fns.items():
        if fn.module or fn.struct is not None or "." in fn.name:  # `outer.inner`: nested (sema/lift.py)
            continue
        if fn.generic:  # its instances (`name#N`, in the same dict) are exported
            skipped.append((fn.name, "its arguments have no types (a template): wrap it with `ember.jit`"
                                     " or call it from an Ember function"))
            continue
        if fn.template:
            skipped.append((fn.name, "it has compile-time parameters: call an instance from an Ember function"))
            continue
        if fn.generator:  # compiled only into the loops that iterate it (mir/build/generators.py)
            if "#" not in key:
                skipped.append((fn.name, "it is a generator: iterate it in an Ember function and return a list"))
            continue
        if key not in mir.functions or fn.consts:  # instances of parameters, compile-time values
            continue
        params = tuple(Param(p.name, p.type, p.convention, _literal(p.default)) for p in fn.params)
        why = next((w for t in (*(p.type for p in params), fn.ret)
                    if (w := _unsupported(t, mir.structs, mir.dtors))), None)
        if why is not None:
            skipped.append((fn.name if "#" not in key else key, why))  # an instance by its key (ember.jit says why)
            continue
        symbol = PREFIX + key.replace("#", ".")
        exports.append(Export(fn.name, key, symbol, params, fn.ret, fn.raises, _doc(fn.node)))
    structs = sorted(mir.structs.items(), key=lambda kv: ("::" in kv[0], kv[0]))
    return Interface(path, tuple(exports), tuple(structs), mir.dtors, bool(typed.top), tuple(skipped))


def extender(iface: Interface, mir: ir.Program):  # noqa: ANN201
    """The `extend` hook of codegen's `emit` that adds the wrappers of `iface`."""

    def extend(me: ModuleEmitter, fns: dict[str, ll.Function]) -> None:
        entry_ty = ll.FunctionType(PTR, [PTR])
        ll.Function(me.module, ll.FunctionType(ll.IntType(32), [PTR] * 4), GUARDED_CALL)
        if FINISH not in me.module.globals:
            ll.Function(me.module, ll.FunctionType(ll.VoidType(), []), FINISH)
        if iface.run_top:  # the main file's top-level statements, run once at load
            top = ll.Function(me.module, entry_ty, TOP)
            b = ll.IRBuilder(top.append_basic_block("entry"))
            b.call(fns["ember_main"], [ll.Constant(ll.IntType(32), 0), ll.Constant(PTR, None)])
            b.ret(ll.Constant(PTR, None))
        for ex in iface.exports:
            mfn = mir.functions[ex.key]
            slots = [PTR if p.kind is ir.LocalKind.REF else me.ll(p.type) for p in mfn.params]
            if mfn.ret != T.NONE:
                slots.append(me.ll(mfn.ret))
            frame_ty = ll.LiteralStructType(slots)
            wrapper = ll.Function(me.module, entry_ty, ex.symbol)
            b = ll.IRBuilder(wrapper.append_basic_block("entry"))
            (frame,) = wrapper.args

            def slot(i: int) -> ll.Value:
                return b.gep(frame, [ll.Constant(ll.IntType(32), 0), ll.Constant(ll.IntType(32), i)],
                             source_etype=frame_ty)

            r = b.call(fns[ex.key], [b.load(slot(i), typ=t) for i, t in enumerate(slots[:len(mfn.params)])])
            err: ll.Value = ll.Constant(PTR, None)
            out = len(mfn.params)
            if mfn.raises and mfn.ret == T.NONE:
                err = r
            elif mfn.raises:
                b.store(b.extract_value(r, 0), slot(out))
                err = b.extract_value(r, 1)
            elif mfn.ret != T.NONE:
                b.store(r, slot(out))
            b.ret(err)
            if fast_symbol(ex) is not None:
                pyfast.emit(me, ex, wrapper, frame_ty)

    return extend
