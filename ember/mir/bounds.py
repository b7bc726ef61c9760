"""Bounds checks that a range loop proves unnecessary, removed by loop versioning.

A counted loop `for i in range(start, stop, step)` whose body indexes a list `xs[i + c]`
(c loop-invariant) that nothing in the loop can resize gets a second, unchecked copy
of its blocks. One test before the loop, `bounds.range_ok`, decides which copy runs:
every index the loop will form lies in [0, len(xs)). If it does not hold (a list
shorter than the range, negative indices, an index computation that overflows) the
original loop runs, so faults keep their iteration, message and location. Without
checks in the body (and with `range.item` and the proven offsets not overflow-checked)
LLVM can vectorize the loop.

Innermost loops are versioned (that is where the time goes), and, after the other loop
passes, the loops right around them (`version_outer_loops`): two levels, no blow-up. MIR is that of mir/build (after drop elaboration); the pass runs just before
codegen, so `ember emit mir` shows the program as built.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ember.mir import ir
from ember.mir.loops import RangeLoop, counted_loop, defs, invariant, local_functions, operands, range_loop, resizable, retarget
from ember.types import types as T

_OFFSET_KINDS = {ir.BinKind.ADD: "add", ir.BinKind.SUB: "sub", ir.BinKind.MUL: "mul"}
MAX_STMTS = 400  # loops bigger than this are not duplicated


@dataclass(frozen=True)
class _Index:
    """An index `iv + off` (or `iv - off` when `neg`); off = p (kind "one"),
    p <kind> q (computed once in the loop's first block), or nothing ("zero")."""

    kind: str
    p: ir.Operand | None = None
    q: ir.Operand | None = None
    neg: bool = False


def version_loops(prog: ir.Program) -> ir.Program:
    """Innermost loops (where the time goes)."""
    local_only = local_functions(prog)
    for fn in prog.functions.values():
        loops = _loops(fn)
        heads = {lp.head for lp in loops}
        for lp in loops:
            if not heads & (lp.blocks - {lp.head}):
                _version(fn, lp, local_only)
    return prog


def version_outer_loops(prog: ir.Program) -> ir.Program:
    """The loops right around innermost ones, for their own indices: matmul's
    `a[i * n + k]` in the k loop was checked once per k. This copies the inner loops
    (both of their versions) once more, so two levels and no more, and it runs after the
    other loop passes (mir/overflow.py, mir/promote.py), which need the single
    definitions of the values an inner loop's range starts from. Loops are told by
    `counted_loop` here: the copies of a versioned loop share its counter, which
    `range_loop` (rightly) refuses."""
    local_only = local_functions(prog)
    for fn in prog.functions.values():
        heads = [lp for lp in (counted_loop(fn, blk, 1 << 30) for blk in fn.blocks) if lp is not None]
        inner = {lp.head: {h.head for h in heads if h.head != lp.head and h.head in lp.blocks} for lp in heads}
        for lp in _loops(fn):
            if inner[lp.head] and not any(inner[h] for h in inner[lp.head]):
                _version(fn, lp, local_only)
    return prog


def _loops(fn: ir.Function) -> list[RangeLoop]:
    return [lp for lp in (range_loop(fn, blk, MAX_STMTS) for blk in fn.blocks) if lp is not None]


def _indices(fn: ir.Function, lp: RangeLoop) -> tuple[dict[ir.Local, _Index], dict[ir.Local, int]]:
    """Locals of the loop that hold the index `iv + offset`, defined once, in the loop's
    first block (which runs before every other block of an iteration), and the position
    of that definition there: a use before it reads the previous iteration's value."""
    byid = {b.id: b for b in fn.blocks}
    body = byid[lp.body]
    inner = defs(byid[b] for b in lp.blocks)
    total = defs(fn.blocks)

    loop = [byid[b] for b in lp.blocks]

    def fixed(op: ir.Operand) -> bool:
        return invariant(op, loop, inner)

    first = body.stmts[0]
    assert isinstance(first, ir.Assign)
    out: dict[ir.Local, _Index] = {first.dest: _Index("zero")} if inner.get(first.dest) == 1 else {}
    computed: dict[ir.Local, _Index] = {}  # once-defined invariant offsets: p <kind> q
    pos = {first.dest: 0}
    for at, s in enumerate(body.stmts[1:], 1):
        if not isinstance(s, ir.Assign) or inner.get(s.dest) != 1 or s.dest.type != T.INT:
            continue
        d, rv = s.dest, s.rv
        match rv:
            case ir.Use(op=ir.Copy(local=x)) if x in out:
                out[d] = out[x]
            case ir.BinOp(kind=kind, lhs=a, rhs=c) if kind in _OFFSET_KINDS and fixed(a) and fixed(c) \
                    and total.get(d) == 1:
                computed[d] = _Index(_OFFSET_KINDS[kind], a, c)
            case ir.BinOp(kind=ir.BinKind.ADD | ir.BinKind.SUB as kind, lhs=ir.Copy(local=x), rhs=c) \
                    if x in out and out[x].kind == "zero":
                off = _offset(c, fixed, computed)
                if off is not None:
                    out[d] = replace(off, neg=kind is ir.BinKind.SUB)
            case ir.BinOp(kind=ir.BinKind.ADD, lhs=c, rhs=ir.Copy(local=x)) if x in out and out[x].kind == "zero":
                off = _offset(c, fixed, computed)
                if off is not None:
                    out[d] = off
        if d in out:
            pos[d] = at
    return out, pos


def _offset(op: ir.Operand, invariant, computed: dict[ir.Local, _Index]) -> _Index | None:  # noqa: ANN001
    if isinstance(op, ir.Copy) and op.local in computed:
        return computed[op.local]
    return _Index("one", op) if invariant(op) else None


def _version(fn: ir.Function, lp: RangeLoop, local_only: frozenset[str]) -> None:
    byid = {b.id: b for b in fn.blocks}
    blocks = [byid[b] for b in sorted(lp.blocks)]
    idx, pos = _indices(fn, lp)

    def ready(blk: ir.Block, at: int) -> set[ir.Local]:
        """The index locals that hold this iteration's value at statement `at`."""
        return {d for d in idx if blk.id != lp.body or pos[d] < at}

    uses: dict[tuple[ir.Local, _Index], None] = {}
    for blk in blocks:
        if blk.id == lp.head:
            continue
        for at, s in enumerate(blk.stmts):
            here = ready(blk, at)
            for p in _places(s):
                pr = p.projs[0] if p.projs else None
                if (isinstance(pr, ir.IndexProj) and isinstance(pr.index, ir.Copy) and pr.index.local in here
                        and isinstance(p.local.type, T.ListType)):
                    uses[(p.local, idx[pr.index.local])] = None
    lists = {lst for lst, _ in uses if not resizable(lst, blocks, local_only=local_only)}
    proven = [(lst, ix) for lst, ix in uses if lst in lists]
    if not proven:
        return
    offsets = {ix for _, ix in proven}
    safe_idx = {loc for loc, ix in idx.items() if ix in offsets}
    safe_off = _computed_locals(byid[lp.body], offsets)
    next_id = max(b.id for b in fn.blocks) + 1
    clone = {b.id: next_id + i for i, b in enumerate(blocks)}
    next_id += len(blocks)
    for blk in blocks:
        stmts = [_fast_stmt(s, blk.id == lp.head, lists, safe_idx & ready(blk, at), safe_idx | safe_off)
                 for at, s in enumerate(blk.stmts)]
        new = ir.Block(clone[blk.id], stmts, retarget(blk.term, clone))
        fn.blocks.append(new)
        fn.stmt_ends |= {(new.id, n) for b, n in fn.stmt_ends if b == blk.id}
    # the test: one block per (list, offset), falling back to the checked loop
    checks = []
    for i, (lst, ix) in enumerate(proven):
        ok = ir.Local(len(fn.locals), "", T.BOOL, ir.LocalKind.OWNED)
        fn.locals.append(ok)
        ops = (ir.Copy(lst), lp.n, lp.start, lp.step, ix.p or ir.Const(0, T.INT), ix.q or ir.Const(0, T.INT))
        rv = ir.Intrinsic("bounds.range_ok", ops, fn.span, (ix.kind, ix.neg))
        last = i == len(proven) - 1
        checks.append(ir.Block(next_id + i, [ir.Assign(ok, rv)],
                               ir.Branch(ir.Copy(ok), clone[lp.head] if last else next_id + i + 1, lp.head)))
    for blk in fn.blocks:
        if blk.id not in lp.blocks and blk.id not in clone.values():
            blk.term = retarget(blk.term, {lp.head: checks[0].id})
    fn.blocks.extend(checks)


def _computed_locals(body: ir.Block, offsets: set[_Index]) -> set[ir.Local]:
    """The locals that hold a proven offset `p <kind> q` computed in the loop."""
    out = set()
    for s in body.stmts:
        if isinstance(s, ir.Assign) and isinstance(s.rv, ir.BinOp) and s.rv.kind in _OFFSET_KINDS:
            if _Index(_OFFSET_KINDS[s.rv.kind], s.rv.lhs, s.rv.rhs) in {replace(o, neg=False) for o in offsets}:
                out.add(s.dest)
    return out


def _places(s: ir.Statement) -> Iterable[ir.Place]:
    return (op for op in operands(s) if isinstance(op, ir.Place))


def _fast_stmt(s: ir.Statement, in_head: bool, lists: set[ir.Local], safe_idx: set[ir.Local],
               nowrap: set[ir.Local]) -> ir.Statement:
    """`s` in the unchecked copy: indices proven (and holding this iteration's value)
    unchecked, and the integer arithmetic that computes the proven indices and offsets
    without overflow checks (the test proved they fit)."""
    if in_head:
        return s
    match s:
        case ir.Assign(dest=d, rv=ir.BinOp(kind=kind, lhs=a, rhs=c, span=sp)) if d in nowrap and kind in _OFFSET_KINDS:
            return ir.Assign(d, ir.Intrinsic("int.nowrap", (a, c), sp, (_OFFSET_KINDS[kind],)))
        case ir.Assign(dest=d, rv=rv):
            return ir.Assign(d, _fast_rv(rv, lists, safe_idx))
        case ir.Eval(rv=rv):
            return ir.Eval(_fast_rv(rv, lists, safe_idx))
        case ir.Store(place=p, value=v, span=sp):
            return ir.Store(_fast_place(p, lists, safe_idx), v, sp)
        case _:
            return s


def _fast_rv(rv: ir.Rvalue, lists: set[ir.Local], safe_idx: set[ir.Local]) -> ir.Rvalue:
    match rv:
        case ir.Load(place=p):
            return ir.Load(_fast_place(p, lists, safe_idx))
        case ir.AddrOf(place=p):
            return ir.AddrOf(_fast_place(p, lists, safe_idx))
        case _:
            return rv


def _fast_place(p: ir.Place, lists: set[ir.Local], safe_idx: set[ir.Local]) -> ir.Place:
    pr = p.projs[0] if p.projs else None
    if (p.local in lists and isinstance(pr, ir.IndexProj) and isinstance(pr.index, ir.Copy)
            and pr.index.local in safe_idx):
        return replace(p, projs=(replace(pr, checked=False),) + p.projs[1:])
    return p
