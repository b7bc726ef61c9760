"""Optionals to MIR (sema/check/optional.py): an `Optional[T]` is `{flag, payload}`, read
with field projections 0 and 1; `None` is the zero value (flag clear, payload zero)."""
from __future__ import annotations

from ember.base.source import Span
from ember.mir import ir
from ember.mir.build.context import Lower, Value
from ember.syntax import ast
from ember.types import types as T


def wrap(lw: Lower, v: Value, target: T.OptionalType, span: Span) -> Value:
    """`v` (a `None` or a `T`) as an `Optional[T]`."""
    from ember.mir.build.expr import take

    fb = lw.fb
    t = lw.op_type(v.op)
    if t == T.NONE:
        return Value(ir.Const(None, target), True)
    payload = take(lw, v)
    if t != target.elem:  # `Optional[f64]` given an Int
        payload = ir.Copy(fb.temp(target.elem, ir.Cast(payload, span)))
    loc = fb.temp(target, ir.Aggregate((ir.Const(True, T.BOOL), payload)))
    return Value(ir.Move(loc) if fb.owns(target) else ir.Copy(loc), True)


def flag(lw: Lower, p: ir.Place) -> ir.Operand:
    """Whether the optional at `p` holds a value."""
    return ir.Copy(lw.fb.temp(T.BOOL, ir.Load(ir.Place(p.local, p.projs + (ir.FieldProj(0),), T.BOOL, p.span)), owned=False))


def flag_of(lw: Lower, op: ir.Operand) -> ir.Operand:
    from ember.mir.build.expr import materialize

    loc = materialize(lw, Value(op, False))
    span = getattr(op, "span", None)
    return flag(lw, ir.Place(loc, (), loc.type) if span is None else ir.Place(loc, (), loc.type, span))


def payload_place(lw: Lower, e: ast.Expr, p: ir.Place) -> ir.Place:
    """The payload of the optional at `p`, which `e` uses as its payload: after a check
    that stops with Python's `TypeError` when it is `None`, unless narrowing proved it."""
    assert isinstance(p.type, T.OptionalType)
    message = lw.prog.unwraps[id(e)]
    if message:
        fb = lw.fb
        ok, bad = fb.new_block(), fb.new_block()
        fb.terminate(ir.Branch(flag(lw, p), ok.id, bad.id))
        fb.switch(bad)
        fb.terminate(ir.Fault("TypeError", ir.Const(message, T.STR), e.span))
        fb.switch(ok)
    return ir.Place(p.local, p.projs + (ir.FieldProj(1),), p.type.elem, p.span)


def unwrap(lw: Lower, e: ast.Expr, raw: ir.Place | None, lower_raw) -> Value:  # noqa: ANN001
    """`e`'s payload as a value (`raw`: the place the optional is in, if it has one;
    `lower_raw()` lowers it otherwise)."""
    from ember.mir.build.expr import materialize

    if raw is None:
        loc = materialize(lw, lower_raw())
        raw = ir.Place(loc, (), loc.type)
    p = payload_place(lw, e, raw)
    return Value(ir.Copy(lw.fb.temp(p.type, ir.Load(p), owned=False)), False)


def is_none(lw: Lower, l: ir.Operand, r: ir.Operand, op: str) -> ir.Local:
    """`l is None`, `l is not None` (either side may be the `None`)."""
    fb = lw.fb
    lt, rt = lw.op_type(l), lw.op_type(r)
    opt = l if isinstance(lt, T.OptionalType) else r if isinstance(rt, T.OptionalType) else None
    if opt is None:  # None is None; a value (or a narrowed optional) is not None
        return fb.temp(T.BOOL, ir.Use(ir.Const((lt == rt) == (op == "is"), T.BOOL)))
    present = flag_of(lw, opt)
    return fb.temp(T.BOOL, ir.UnOp("not", present, fb.span) if op == "is" else ir.Use(present))


def returned(lw: Lower, op: ir.Operand | None, ret: T.Type, span: Span) -> ir.Operand | None:
    """A `return` of a function whose result became optional after this return was checked
    (`return i` ... `return None`), or a bare `return` of one."""
    if not isinstance(ret, T.OptionalType):
        return op
    if op is None:
        return ir.Const(None, ret)
    if isinstance(lw.op_type(op), T.OptionalType):
        return op
    return wrap(lw, Value(op, True), ret, span).op
