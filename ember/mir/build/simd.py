"""Vector slices to MIR (LANGUAGE.md §2): `xs[i:i+W]` reads W lanes from index `i`
(lanes outside the list read as zero) and assigning one writes only the lanes inside
the list. Both are intrinsics on the list and the first index: codegen emits a plain
vector load or store when all lanes are inside, a masked one at the edges."""
from __future__ import annotations

from ember.base.source import Span
from ember.mir import ir
from ember.mir.build.context import Lower, Value
from ember.mir.build.expr import BIN, lower, scalar
from ember.syntax import ast
from ember.types import types as T


def _list_and_start(lw: Lower, target: ast.Subscript) -> tuple[ir.Operand, ir.Operand]:
    assert isinstance(target.index, ast.Slice) and target.index.lower is not None
    return lower(lw, target.value).op, scalar(lw, target.index.lower)


def slice_load(lw: Lower, e: ast.Subscript, t: T.SIMDType) -> Value:
    lst, start = _list_and_start(lw, e)
    return Value(ir.Copy(lw.fb.temp(t, ir.Intrinsic("simd.slice_load", (lst, start), e.span))), True)


def slice_store(lw: Lower, target: ast.Subscript, value: ir.Operand) -> None:
    lst, start = _list_and_start(lw, target)
    _store(lw, lst, start, value, target.span)


def _store(lw: Lower, lst: ir.Operand, start: ir.Operand, value: ir.Operand, span: Span) -> None:
    lw.fb.emit(ir.Eval(ir.Intrinsic("simd.slice_store", (lst, start, value), span)))


def slice_aug_assign(lw: Lower, target: ast.Subscript, op: str, value: ast.Expr, t: T.SIMDType, span: Span) -> None:
    """`xs[i:i+W] op= v`: the list and the index are evaluated once."""
    lst, start = _list_and_start(lw, target)
    fb = lw.fb
    cur = fb.temp(t, ir.Intrinsic("simd.slice_load", (lst, start), target.span))
    rhs = scalar(lw, value)
    new = fb.temp(t, ir.BinOp(BIN[op], ir.Copy(cur), rhs, span))
    _store(lw, lst, start, ir.Copy(new), span)


def lane(lw: Lower, e: ast.Subscript, t: T.Type) -> Value:
    v, i = scalar(lw, e.value), scalar(lw, e.index)
    return Value(ir.Copy(lw.fb.temp(t, ir.Intrinsic("simd.get", (v, i), e.span))), True)
