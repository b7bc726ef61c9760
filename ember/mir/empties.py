"""Where an owned local certainly holds the empty value (all zero bits: what a local
starts as, and what a move leaves behind), so codegen can leave out dropping it.

Every assignment drops the old value and every `Drop` destroys the local; both are
null-safe, so the builder emits them without asking whether anything is there. Most are
on temporaries that were just moved out, or that are assigned for the first time: a
program of 900 lines carried about 1,900 such runtime calls (with a load and a store
each) into LLVM, which cannot remove a call of a runtime function it does not see.

A forward dataflow ("must" analysis: the intersection over predecessors) over the
function's blocks: a local is empty at the entry unless it is a parameter; a `Move` or a
`Drop` empties it; an assignment, a raising call's error or a whole-local store fills
it. A local whose address is taken (an `inout` argument) may be written through that
address, so it is never considered empty.
"""
from __future__ import annotations

from typing import assert_never

from ember.mir import ir

Empty = frozenset[int]  # ids of owned locals certainly empty (globals number apart:
# every test below first asks `_owned`)


def empty_targets(fn: ir.Function) -> frozenset[tuple[int, int]]:
    """(block id, statement index) of each `Assign`, whole-local `Store` or `Drop` whose
    local is certainly empty just before it writes or drops: its drop does nothing."""
    tracked = _tracked(fn)
    if not tracked:
        return frozenset()
    start = frozenset(tracked - {p.id for p in fn.params})
    index = {b.id: b for b in fn.blocks}
    entry: dict[int, Empty] = {0: start}  # block 0 is the entry; absent: not reached yet
    out: dict[int, Empty] = {}
    work = [0]
    while work:  # facts only shrink once a block is reached: a fixed point
        bid = work.pop()
        new = _block(index[bid], entry[bid], tracked, set())
        if out.get(bid) == new:
            continue
        out[bid] = new
        for s in ir.successors(index[bid].term):
            joined = new if s not in entry else entry[s] & new
            if s == 0:
                joined &= start
            if entry.get(s) != joined or s not in out:
                entry[s] = joined
                work.append(s)
    found: set[tuple[int, int]] = set()
    for bid, state in entry.items():
        _block(index[bid], state, tracked, found)
    return frozenset(found)


def _tracked(fn: ir.Function) -> set[int]:
    """Owned locals whose address is never taken."""
    addressed: set[int] = set()
    for b in fn.blocks:
        for s in b.stmts:
            if isinstance(s, (ir.Assign, ir.Eval)) and isinstance(s.rv, ir.AddrOf) and _owned(s.rv.place.local):
                addressed.add(s.rv.place.local.id)
    return {l.id for l in fn.locals if l.kind is ir.LocalKind.OWNED and l.id not in addressed}


def _block(b: ir.Block, state: Empty, tracked: set[int], found: set[tuple[int, int]]) -> Empty:
    empty = set(state)
    for i, s in enumerate(b.stmts):
        match s:
            case ir.Assign(dest=d, rv=rv):
                _moves(ir.rvalue_reads(rv), empty, tracked)
                if _owned(d) and d.id in empty:
                    found.add((b.id, i))
                    empty.discard(d.id)
                empty.difference_update(l.id for l in ir.rvalue_writes(rv) if _owned(l))
            case ir.Store(place=p, value=v):
                _moves((v,), empty, tracked)
                _moves(_index_operands(p), empty, tracked)
                if _owned(p.local) and p.local.id in empty:
                    if not p.projs:
                        found.add((b.id, i))
                    empty.discard(p.local.id)
            case ir.Eval(rv=rv):
                _moves(ir.rvalue_reads(rv), empty, tracked)
                empty.difference_update(l.id for l in ir.rvalue_writes(rv) if _owned(l))
            case ir.Drop(local=l) if _owned(l):
                if l.id in empty:
                    found.add((b.id, i))
                elif l.id in tracked:
                    empty.add(l.id)
            case ir.Drop():
                pass
            case _:
                assert_never(s)
    _moves(ir.terminator_reads(b.term), empty, tracked)
    return frozenset(empty)


def _moves(reads: tuple[ir.Operand | ir.Place, ...], empty: set[int], tracked: set[int]) -> None:
    for x in reads:
        if isinstance(x, ir.Move) and _owned(x.local) and x.local.id in tracked:
            empty.add(x.local.id)
        elif isinstance(x, ir.Place):
            _moves(_index_operands(x), empty, tracked)


def _owned(loc: ir.Local) -> bool:
    return loc.kind is ir.LocalKind.OWNED


def _index_operands(p: ir.Place) -> tuple[ir.Operand, ...]:
    return tuple(proj.index for proj in p.projs if isinstance(proj, ir.IndexProj))
