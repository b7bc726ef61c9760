"""Locals renamed in MIR statements: what inlining (mir/inline.py) and loop copies
(mir/outer.py) do to give a copy of blocks its own locals. A local missing from `rename`
keeps its own (globals, and what the copy shares with the rest)."""
from __future__ import annotations

from dataclasses import replace
from typing import assert_never

from ember.mir import ir


def rename_local(loc: ir.Local, rename: dict[ir.Local, ir.Local]) -> ir.Local:
    return rename.get(loc, loc)  # a global keeps its own


def rename_op(op: ir.Operand, rename: dict[ir.Local, ir.Local]) -> ir.Operand:
    match op:
        case ir.Copy(local=loc) | ir.Move(local=loc):
            return replace(op, local=rename_local(loc, rename))
        case ir.Const():
            return op
        case _:
            assert_never(op)


def rename_place(p: ir.Place, rename: dict[ir.Local, ir.Local]) -> ir.Place:
    projs = tuple(replace(pr, index=rename_op(pr.index, rename)) if isinstance(pr, ir.IndexProj) else pr
                  for pr in p.projs)
    return replace(p, local=rename_local(p.local, rename), projs=projs)


def rename_rv(rv: ir.Rvalue, rename: dict[ir.Local, ir.Local]) -> ir.Rvalue:
    match rv:
        case ir.Use(op=a):
            return ir.Use(rename_op(a, rename))
        case ir.BinOp(lhs=a, rhs=b):
            return replace(rv, lhs=rename_op(a, rename), rhs=rename_op(b, rename))
        case ir.UnOp(operand=a) | ir.Cast(operand=a):
            return replace(rv, operand=rename_op(a, rename))
        case ir.Load(place=p) | ir.AddrOf(place=p):
            return replace(rv, place=rename_place(p, rename))
        case ir.Aggregate(ops=ops):
            return ir.Aggregate(tuple(rename_op(a, rename) for a in ops))
        case ir.Call(args=ops, err=err):
            return replace(rv, args=tuple(rename_op(a, rename) for a in ops), err=None if err is None else rename_local(err, rename))
        case ir.Intrinsic(args=ops):
            return replace(rv, args=tuple(rename_op(a, rename) for a in ops))
        case _:
            assert_never(rv)


def rename_stmt(s: ir.Statement, rename: dict[ir.Local, ir.Local]) -> ir.Statement:
    match s:
        case ir.Assign(dest=d, rv=rv):
            return ir.Assign(rename_local(d, rename), rename_rv(rv, rename))
        case ir.Store(place=p, value=v):
            return replace(s, place=rename_place(p, rename), value=rename_op(v, rename))
        case ir.Eval(rv=rv):
            return ir.Eval(rename_rv(rv, rename))
        case ir.Drop(local=loc):
            return ir.Drop(rename_local(loc, rename))
        case _:
            assert_never(s)


def rename_term(t: ir.Terminator | None, rename: dict[ir.Local, ir.Local]) -> ir.Terminator | None:
    match t:
        case ir.Branch(cond=c):
            return replace(t, cond=rename_op(c, rename))
        case ir.Return(value=v) if v is not None:
            return ir.Return(rename_op(v, rename))
        case ir.Fault(message=m) if m is not None:
            return replace(t, message=rename_op(m, rename))
        case ir.Raise(err=e):
            return replace(t, err=rename_op(e, rename))
        case _:
            return t
