"""Typed program to MIR: `build(program) -> mir.Program`. The only reader of the typed tree."""
from __future__ import annotations

from ember.base.source import NO_SPAN
from ember.mir import ir
from ember.mir.build.builder import FnBuilder, owns_memory
from ember.mir.drops import elaborate_drops
from ember.mir.build.context import Lower
from ember.mir.build.stmt import block
from ember.sema import tast
from ember.types import types as T

ENTRY = "ember_main"


def build(program: tast.Program) -> ir.Program:
    structs = {n: s.fields for n, s in program.structs.items()}
    dtors = frozenset(n for n, s in program.structs.items() if "__del__" in s.methods)
    globals_ = {n: ir.Local(i, n, t, ir.LocalKind.GLOBAL) for i, (n, t) in enumerate(program.globals.items())}
    fns = {}
    outlined: dict[str, ir.Function] = {}  # parallel loop bodies (mir/build/parallel.py)
    for key, fn in program.fns.items():
        if fn.generic or fn.template or fn.generator:
            continue  # a template: only its instances (`name#N`) are functions; a generator is inlined
        fns[key] = _function(program, fn, FnBuilder(fn.key, fn.ret, structs, fn.node.span, dtors=dtors,
                                                    raises=fn.raises), globals_, outlined)
    entry = FnBuilder(ENTRY, T.NONE, structs, NO_SPAN, dtors=dtors, entry=True)
    entry.raise_drops = tuple(g for g in globals_.values() if entry.owns(g.type))
    fns[ENTRY] = _entry(program, entry, globals_, outlined)
    fns.update(outlined)
    for f in fns.values():
        elaborate_drops(f, lambda t: owns_memory(t, structs, dtors))
    return ir.Program(fns, tuple(globals_.values()), structs, ENTRY, {}, dtors, reprs=_reprs(program, fns),
                      orders={n: key for n, key in program.orders.items() if key in fns and not fns[key].raises},
                      hashes={n: keys for n, keys in program.hashes.items()
                              if all(k in fns and not fns[k].raises for k in keys)})


def _reprs(program: tast.Program, fns: dict[str, ir.Function]) -> dict[str, str]:
    """The structs whose `__repr__` shows them inside containers: a plain one (borrowed
    `self`, a `str`, no error) that the program compiles."""
    out = {}
    for n, s in program.structs.items():
        f = fns.get(s.methods.get("__repr__", ""))
        if f is not None and not f.raises and f.ret == T.STR and len(f.params) == 1 \
                and f.params[0].kind is ir.LocalKind.BORROW:
            out[n] = f.name
    return out


def _function(program: tast.Program, fn: tast.FnInfo, fb: FnBuilder, globals_: dict[str, ir.Local],
              outlined: dict[str, ir.Function]) -> ir.Function:
    names: dict[str, ir.Local] = {}
    params = []
    is_init = fn.node.name == "__init__" and fn.struct is not None
    for p in fn.params:
        if is_init and p.convention == "out":
            continue
        kind = {"inout": ir.LocalKind.REF, "owned": ir.LocalKind.OWNED}.get(p.convention, ir.LocalKind.BORROW)
        loc = fb.new_local(p.name, p.type, kind)
        names[p.name] = loc
        params.append(loc)
        if fn.locals.get(p.name) == T.NUMBER != p.type:  # an int or float argument the body makes a number
            names[p.name] = fb.new_local(p.name, T.NUMBER, ir.LocalKind.OWNED)  # (sema/check/numbers.py)
            fb.emit(ir.Assign(names[p.name], ir.Cast(ir.Copy(loc), fn.node.span)))
    if is_init:
        self_loc = fb.new_local("self", fn.params[0].type, ir.LocalKind.OWNED)
        names["self"] = self_loc
        if fn.raises:  # an error leaves `self` half built: it drops the fields set so far
            fb.emit(ir.Assign(self_loc, ir.Intrinsic("zero", (), fn.node.span)))
    for name, t in fn.locals.items():
        if name not in names:
            names[name] = fb.new_local(name, t, ir.LocalKind.OWNED)
    lw = Lower(program, fb, names, globals_, program.envs[fn.module], outlined=outlined)
    lw.global_decls = {g for g in fn.globals_used if g not in fn.locals or _declared_global(fn, g)}
    block(lw, fn.node.body)
    if fb.current is not None:
        if is_init:
            fb.drop_all_owned(keep=names["self"])
            fb.terminate(ir.Return(ir.Move(names["self"]) if fb.owns(fn.ret) else ir.Copy(names["self"])))
        else:
            fb.drop_all_owned()
            fb.terminate(ir.Return(None) if fn.ret == T.NONE else ir.Return(ir.Const(None, fn.ret))
                         if isinstance(fn.ret, T.OptionalType) else ir.Fault("unreachable", None, fn.node.span))
    return fb.finish(tuple(params))


def _declared_global(fn: tast.FnInfo, name: str) -> bool:
    from ember.syntax import ast
    from ember.syntax.walk import statements

    return any(isinstance(s, ast.Global) and name in s.names for s in statements(fn.node.body))


def _entry(program: tast.Program, fb: FnBuilder, globals_: dict[str, ir.Local],
           outlined: dict[str, ir.Function]) -> ir.Function:
    for env in program.envs.values():  # imported modules' statements first, like Python
        lw = Lower(program, fb, {}, globals_, env, outlined=outlined)
        if env.name or not program.run_main:
            block(lw, env.top)
        else:
            from ember.mir.build.calls import user_call

            fb.begin_stmt()
            user_call(lw, "main", (), program.fns["main"].ret, program.fns["main"].node.span)
            fb.end_stmt()
        if fb.current is None:
            break
    if fb.current is not None:
        fb.drop_all_owned()
        for g in globals_.values():
            if fb.owns(g.type):
                fb.emit(ir.Drop(g))
        fb.terminate(ir.Return(None))
    return fb.finish((), is_entry=True)
