"""Dicts to MIR: displays, and loops over a dict's entries.

A loop over a dict (`for k in d`, `d.keys()`, `d.values()`, `d.items()`) walks the
entries in insertion order without copying them: `dict.iter_start` squeezes out deleted
entries and gives the count, each iteration reads entry k in place (`dict.key_at`,
`dict.value_at`), and the loop's test (`dict.iter_len`) faults with Python's
RuntimeError when the body changed the dict's size, where Python's next step would
(sema reports the changes it can see at compile time)."""
from __future__ import annotations

from ember.base.source import Span
from ember.mir import ir
from ember.mir.build.context import Lower, Value
from ember.mir.build.expr import lower, materialize, owned, place_of, scalar
from ember.mir.build.iterate import Source
from ember.syntax import ast
from ember.types import types as T


def display(lw: Lower, e: ast.DictExpr, t: T.Type) -> ir.Local:
    fb = lw.fb
    assert isinstance(t, T.DictType)
    d = fb.temp(t, ir.Intrinsic("dict.new", (), e.span, (len(e.keys),)))
    for k, v in zip(e.keys, e.values):
        key = scalar(lw, k)
        fb.emit(ir.Eval(ir.Intrinsic("dict.set", (ir.Copy(d), key, owned(lw, v)), k.span)))
    return d


def entries(lw: Lower, it: ast.Expr, what: str) -> Source:
    """The entries of the dict `it` (`what`: "keys", "values" or "items")."""
    fb = lw.fb
    t = lw.type_of(it)
    assert isinstance(t, T.DictType)
    d = materialize(lw, lower(lw, it))
    n = fb.temp(T.INT, ir.Intrinsic("dict.iter_start", (ir.Copy(d),), it.span))

    def get(k: ir.Operand) -> list[tuple[ir.Operand, T.Type]]:
        out: list[tuple[ir.Operand, T.Type]] = []
        for part, pt in (("key", t.key), ("value", t.value)):
            if what in (part + "s", "items"):
                v = fb.temp(pt, ir.Intrinsic(f"dict.{part}_at", (ir.Copy(d), k), it.span), owned=False)
                out.append((ir.Copy(v), pt))
        return out

    def length() -> ir.Operand:
        return ir.Copy(fb.temp(T.INT, ir.Intrinsic("dict.iter_len", (ir.Copy(d), ir.Copy(n)), it.span)))
    return Source(length, get)


def raising_load(lw: Lower, e: ast.Subscript, t: T.Type) -> Value:
    """`d[k]` inside a `try` that catches KeyError: a missing key raises it, with the
    key's repr as its message (Python's), instead of the fault."""
    fb = lw.fb
    p = place_of(lw, e)
    assert p is not None and isinstance(p.projs[-1], ir.IndexProj)
    dt = lw.type_of(e.value)
    key = p.projs[-1].index
    d = fb.temp(dt, ir.Load(ir.Place(p.local, p.projs[:-1], dt, p.span)), owned=False)
    there = fb.temp(T.BOOL, ir.Intrinsic("dict.contains", (ir.Copy(d), key), e.span))
    bad, ok = fb.new_block(), fb.new_block()
    fb.terminate(ir.Branch(ir.Copy(there), ok.id, bad.id))
    fb.switch(bad)
    _throw_key_error(lw, d, key, e.span)
    fb.switch(ok)
    return Value(ir.Copy(fb.temp(t, ir.Load(p), owned=False)), False)


def _throw_key_error(lw: Lower, d: ir.Local, key: ir.Operand, span: Span) -> None:
    from ember.mir.build.errors import throw

    err = lw.fb.temp(T.EXC, ir.Intrinsic("dict.key_error", (ir.Copy(d), key), span))
    throw(lw, ir.Move(err), span)


def setdefault(lw: Lower, recv: ast.Expr, args: tuple[ast.Expr, ...], t: T.Type, span: Span) -> Value:
    """`d.setdefault(k, v)`: the entry, inserted with a copy of `v` if missing, read in
    place (a borrow), so `d.setdefault(k, []).append(x)` changes the dict's list, as in
    Python."""
    fb = lw.fb
    dt = lw.type_of(recv)
    base = place_of(lw, recv)
    if base is None:
        base = ir.Place(materialize(lw, lower(lw, recv)), (), dt)
    key = ir.Copy(materialize(lw, lower(lw, args[0])))
    d = fb.temp(dt, ir.Load(base), owned=False)
    fb.emit(ir.Eval(ir.Intrinsic("dict.setdefault", (ir.Copy(d), key, lower(lw, args[1]).op), span)))
    at = ir.Place(base.local, base.projs + (ir.IndexProj(key, span),), t, base.span)
    return Value(ir.Copy(fb.temp(t, ir.Load(at), owned=False)), False)


def raising_pop(lw: Lower, recv: ast.Expr, k: ast.Expr, t: T.Type, span: Span) -> Value:
    """`d.pop(k)` (or `del d[k]`) inside a `try` that catches KeyError (raising_load)."""
    fb = lw.fb
    d = materialize(lw, lower(lw, recv))
    key = ir.Copy(materialize(lw, lower(lw, k)))
    there = fb.temp(T.BOOL, ir.Intrinsic("dict.contains", (ir.Copy(d), key), span))
    bad, ok = fb.new_block(), fb.new_block()
    fb.terminate(ir.Branch(ir.Copy(there), ok.id, bad.id))
    fb.switch(bad)
    _throw_key_error(lw, d, key, span)
    fb.switch(ok)
    v = fb.temp(t, ir.Intrinsic("dict.pop", (ir.Copy(d), key), span))
    return Value(ir.Move(v) if fb.owns(t) else ir.Copy(v), True)
