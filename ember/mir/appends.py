"""Appends in a loop over a list, with the room reserved before the loop.

`for x in xs: out.append(f(x))` (and `[f(x) for x in xs]`) appends at most len(xs)
elements to `out` when nothing in the loop resizes `xs`. Then one reservation before
the loop makes room for all of them, and each append in the loop is a store and a bump
of the length without a capacity test (`list.push_unchecked`); the loop reads len(xs)
once (it cannot change). What is left is a plain counted loop that LLVM vectorizes.

The conditions, all checked on the MIR: the loop is mir/build/iterate.py's counted loop
over `xs` (`t = len(xs); c = lt(k, t)`, k counting up from 0 by 1); its first block
appends to `out` (so at most once per iteration), which is an owned local that no
other statement of the loop names and that no borrow aliases in the function; and
`xs` is not `out` and nothing else in the loop may resize it. A loop left early (break,
an error) has reserved more than it used: at most len(xs) elements, never observable.
"""
from __future__ import annotations

from ember.mir import ir
from ember.mir.loops import counts_up, defs, local_functions, natural_loop, operands, resizable, retarget
from ember.types import types as T


def reserve_appends(prog: ir.Program) -> ir.Program:
    local_only = local_functions(prog)
    for fn in prog.functions.values():
        for blk in list(fn.blocks):
            _loop(fn, blk, local_only)
    return prog


def _loop(fn: ir.Function, head: ir.Block, local_only: frozenset[str]) -> None:
    t = head.term
    if not (isinstance(t, ir.Branch) and isinstance(t.cond, ir.Copy) and len(head.stmts) == 2):
        return
    ln, lt = head.stmts
    if not (isinstance(ln, ir.Assign) and isinstance(ln.rv, ir.Intrinsic) and ln.rv.name == "len"
            and isinstance(ln.rv.args[0], ir.Copy) and isinstance(ln.rv.args[0].local.type, T.ListType)
            and isinstance(lt, ir.Assign) and lt.dest == t.cond.local and isinstance(lt.rv, ir.BinOp)
            and lt.rv.kind is ir.BinKind.LT and isinstance(lt.rv.lhs, ir.Copy) and lt.rv.rhs == ir.Copy(ln.dest)):
        return
    xs, k = ln.rv.args[0].local, lt.rv.lhs.local
    blocks = natural_loop(fn, head.id, t.then)
    if blocks is None:
        return
    byid = {b.id: b for b in fn.blocks}
    loop = [byid[b] for b in sorted(blocks)]
    if not counts_up(fn, k, blocks) or xs in defs(loop):
        return
    push = next((s for s in byid[t.then].stmts if isinstance(s, ir.Eval) and isinstance(s.rv, ir.Intrinsic)
                 and s.rv.name == "list.push" and isinstance(s.rv.args[0], ir.Copy)), None)
    if push is None:
        return
    out = push.rv.args[0].local  # type: ignore[union-attr]
    if out == xs or out.kind is not ir.LocalKind.OWNED or _named_elsewhere(out, loop, push) or _borrowed(out, fn):
        return
    if resizable(xs, loop, ignore=push, local_only=local_only):
        return
    n = ir.Local(len(fn.locals), "", T.INT, ir.LocalKind.OWNED)
    fn.locals.append(n)
    pre = ir.Block(max(b.id for b in fn.blocks) + 1,
                   [ir.Assign(n, ir.Intrinsic("len", (ir.Copy(xs),), ln.rv.span)),
                    ir.Eval(ir.Intrinsic("list.reserve_more", (ir.Copy(out), ir.Copy(n)), push.rv.span))],
                   ir.Goto(head.id))
    for blk in fn.blocks:
        if blk.id not in blocks:
            blk.term = retarget(blk.term, {head.id: pre.id})
    fn.blocks.append(pre)
    head.stmts[1] = ir.Assign(lt.dest, ir.BinOp(ir.BinKind.LT, lt.rv.lhs, ir.Copy(n), lt.rv.span))
    body = byid[t.then]
    body.stmts[body.stmts.index(push)] = ir.Eval(ir.Intrinsic("list.push_unchecked", push.rv.args, push.rv.span))  # type: ignore[union-attr]


def _named_elsewhere(out: ir.Local, loop: list[ir.Block], push: ir.Statement) -> bool:
    for blk in loop:
        for s in blk.stmts:
            if s is push:
                continue
            if isinstance(s, (ir.Assign, ir.Drop)) and (s.dest if isinstance(s, ir.Assign) else s.local) == out:
                return True
            for op in operands(s):
                if not isinstance(op, ir.Const) and op.local == out:
                    return True
        for op in ir.terminator_reads(blk.term):
            if not isinstance(op, ir.Const) and op.local == out:
                return True
    return False


def _borrowed(out: ir.Local, fn: ir.Function) -> bool:
    """Whether some local of `fn` may alias `out`'s list (a borrow of it)."""
    for blk in fn.blocks:
        for s in blk.stmts:
            if isinstance(s, ir.Assign) and s.dest != out:
                match s.rv:
                    case ir.Use(op=ir.Copy(local=x)) if x == out:
                        return True
                    case ir.Load(place=p) | ir.AddrOf(place=p) if p.local == out and not p.projs:
                        return True
    return False
