"""`s += x` and `s = s + x` on a string local append in place.

Built plainly, each is a new string `s + x` (a block of both lengths and a copy of
both) and the old `s` dropped: a loop of n appends copies O(n²) bytes (400,000 appends
of two bytes in a `def`: 10.4 s, CPython 0.07 s). Here the statement takes the old
string, `str.append(move s, x)`, which grows its block in place (rt.c,
`ember_str_append`). Nothing else can see the old string: a borrow of it ends at the
assignment, which drops it in the plain form too. `x` may be a borrow of that string
(the runtime sees the same pointer); `s += s` itself keeps the plain form.

The shapes, as mir/build lowers them (in one block; the `load` may come earlier, with
statements between that neither touch `s` nor call a function):

    t = add(s, x)            s = s + x          b = load s          s += x
    s = move t                                  t = add(b, x)
                                                s = move t

with `s` a local or global that owns its string (not a borrowed parameter) and `b` read nowhere
else.
"""
from __future__ import annotations

from collections import Counter

from ember.mir import ir
from ember.mir.loops import operands
from ember.types import types as T


def append_in_place(prog: ir.Program) -> ir.Program:
    for fn in prog.functions.values():
        reads = Counter(op.local for b in fn.blocks for s in b.stmts for op in operands(s)
                        if isinstance(op, (ir.Copy, ir.Move)))
        for b in fn.blocks:
            _block(b, reads)
    return prog


def _block(b: ir.Block, reads: Counter[ir.Local]) -> None:
    out: list[ir.Statement] = []
    for s in b.stmts:
        out.append(s)
        match out[-2:]:
            case [ir.Assign(dest=t, rv=ir.BinOp(kind=ir.BinKind.ADD, lhs=ir.Copy(local=lhs), rhs=x, span=span)),
                  last] if _appends(lhs, t, x, last):
                out[-2:] = [ir.Assign(t, ir.Intrinsic("str.append", (ir.Move(lhs), x), span)), last]
            case [ir.Assign(dest=t, rv=ir.BinOp(kind=ir.BinKind.ADD, lhs=ir.Copy(local=bor), rhs=x, span=span)),
                  last] if reads[bor] == 1 and (at := _loaded(out, bor)) is not None:
                src = out[at].rv.place.local  # type: ignore[union-attr]
                if _appends(src, t, x, last) and not (isinstance(x, (ir.Copy, ir.Move)) and x.local == bor):
                    del out[at]
                    out[-2:] = [ir.Assign(t, ir.Intrinsic("str.append", (ir.Move(src), x), span)), last]
    b.stmts[:] = out


def _loaded(out: list[ir.Statement], bor: ir.Local) -> int | None:
    """Where `bor = load s` is, before the last two statements, when nothing between
    touches `s` or calls a function (which could assign a global `s`)."""
    for at in range(len(out) - 3, -1, -1):
        s = out[at]
        if isinstance(s, ir.Assign) and s.dest == bor:
            match s.rv:
                case ir.Load(place=ir.Place(local=src, projs=())) if not any(_touches(m, src) for m in out[at + 1:-2]):
                    return at
            return None
    return None


def _touches(s: ir.Statement, loc: ir.Local) -> bool:
    if isinstance(s, (ir.Assign, ir.Eval)) and isinstance(s.rv, ir.Call):
        return True
    dest = s.dest if isinstance(s, ir.Assign) else s.place.local if isinstance(s, ir.Store) else \
        s.local if isinstance(s, ir.Drop) else None
    return dest == loc or any(getattr(op, "local", None) == loc for op in operands(s))


def _appends(src: ir.Local, t: ir.Local, x: ir.Operand, last: ir.Statement) -> bool:
    """`t = src + x` then `src = move t` (an assignment, or a store to the whole local),
    with src a string local that owns its value."""
    match last:
        case ir.Assign(dest=dst, rv=ir.Use(op=ir.Move(local=moved))) | \
                ir.Store(place=ir.Place(local=dst, projs=()), value=ir.Move(local=moved)):
            pass
        case _:
            return False
    return (src == dst and moved == t and src.type == T.STR and src.kind in (ir.LocalKind.OWNED, ir.LocalKind.GLOBAL)
            and not (isinstance(x, (ir.Copy, ir.Move)) and x.local == src))
