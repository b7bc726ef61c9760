"""MIR as text, for `ember emit mir` and golden tests."""
from __future__ import annotations

from typing import assert_never

from ember.mir import ir


def _op(o: ir.Operand) -> str:
    match o:
        case ir.Copy(local=l):
            return f"_{l.id}" if l.kind is not ir.LocalKind.GLOBAL else f"@{l.name}"
        case ir.Move(local=l):
            return f"move _{l.id}" if l.kind is not ir.LocalKind.GLOBAL else f"move @{l.name}"
        case ir.Const(value=v, type=t):
            return f"const {v!r}: {t}"
        case _:
            assert_never(o)


def _place(p: ir.Place) -> str:
    s = f"_{p.local.id}" if p.local.kind is not ir.LocalKind.GLOBAL else f"@{p.local.name}"
    for pr in p.projs:
        s += f".{pr.index}" if isinstance(pr, ir.FieldProj) else f"[{_op(pr.index)}{'' if pr.checked else ' unchecked'}]"
    return s


def _rv(rv: ir.Rvalue) -> str:
    match rv:
        case ir.Use(op=o):
            return _op(o)
        case ir.BinOp(kind=k, lhs=a, rhs=b, assoc=assoc):
            return f"{k.value}{'.assoc' if assoc else ''}({_op(a)}, {_op(b)})"
        case ir.UnOp(kind=k, operand=a):
            return f"{k}({_op(a)})"
        case ir.Cast(operand=a):
            return f"cast({_op(a)})"
        case ir.Load(place=p):
            return f"load {_place(p)}"
        case ir.AddrOf(place=p):
            return f"&{_place(p)}"
        case ir.Aggregate(ops=ops):
            return "{" + ", ".join(map(_op, ops)) + "}"
        case ir.Call(fn=f, args=args, err=err):
            return f"call {f}(" + ", ".join(map(_op, args)) + ")" + ("" if err is None else f" err _{err.id}")
        case ir.Intrinsic(name=n, args=args, extra=extra):
            return f"{n}(" + ", ".join(list(map(_op, args)) + [repr(x) for x in extra]) + ")"
        case _:
            assert_never(rv)


def _stmt(s: ir.Statement) -> str:
    match s:
        case ir.Assign(dest=d, rv=rv):
            return f"_{d.id} = {_rv(rv)}" if d.kind is not ir.LocalKind.GLOBAL else f"@{d.name} = {_rv(rv)}"
        case ir.Store(place=p, value=v):
            return f"{_place(p)} = {_op(v)}"
        case ir.Eval(rv=rv):
            return _rv(rv)
        case ir.Drop(local=l):
            return f"drop({'_' + str(l.id) if l.kind is not ir.LocalKind.GLOBAL else '@' + l.name})"
        case _:
            assert_never(s)


def _term(t: ir.Terminator | None) -> str:
    match t:
        case ir.Goto(target=b):
            return f"goto bb{b}"
        case ir.Branch(cond=c, then=a, other=b):
            return f"branch {_op(c)}, bb{a}, bb{b}"
        case ir.Return(value=v):
            return "return" + ("" if v is None else " " + _op(v))
        case ir.Fault(kind=k):
            return f"fault {k}"
        case ir.Raise(err=e):
            return f"raise {_op(e)}"
        case None:
            return "<no terminator>"
        case _:
            assert_never(t)


def format_function(fn: ir.Function, notes: dict[int, str] | None = None) -> str:
    """`notes` (block id -> text) are printed as comments after the block labels."""
    params = ", ".join(f"_{p.id}: {p.type}" for p in fn.params)
    out = [f"fn {fn.name}({params}) -> {fn.ret}{' raises' if fn.raises else ''} {{"]
    for loc in fn.locals:
        out.append(f"    let _{loc.id}: {loc.type} [{loc.kind.value}]" + (f" // {loc.name}" if loc.name else ""))
    for b in fn.blocks:
        note = (notes or {}).get(b.id)
        out.append(f"  bb{b.id}:" + (f" // {note}" if note else ""))
        out += [f"    {_stmt(s)}" for s in b.stmts]
        out.append(f"    {_term(b.term)}")
    out.append("}")
    return "\n".join(out)


def format_program(p: ir.Program) -> str:
    return "\n\n".join(format_function(f) for f in p.functions.values()) + "\n"
