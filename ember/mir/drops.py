"""Drop elaboration (LANGUAGE.md §5, ASAP destruction): every named owned variable is
destroyed right after the source statement that uses it last, on every path.

The builder drops temporaries at the end of their statement and named variables at every
return; this pass removes the latter and places them by liveness instead:
- a backward dataflow gives, at each point, the variables some later path still reads;
- a forward one gives the variables that may hold a value not yet dropped ("pending");
- at the end of each source statement (`Function.stmt_ends`), a pending variable that is
  no longer live is dropped; at the entry of a block, a pending variable carried in from a
  predecessor but not live there (the branch or loop exit that no longer needs it) too;
  before a `return` (or a `raise` leaving the function: errors take ordinary paths),
  everything pending that it does not read.
Dropping is null-safe (a moved-out variable holds the empty value), so a drop on a path
where the value was moved away costs a test and does nothing. Module-level variables
live until the program ends: functions may read them.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import assert_never

from ember.mir import ir

Live = frozenset[ir.Local]


def elaborate_drops(fn: ir.Function, owns: Callable[[object], bool]) -> None:
    tracked = {l for l in fn.locals if l.kind is ir.LocalKind.OWNED and l.name and owns(l.type)}
    if not tracked:
        return
    _remove_drops(fn, tracked)
    roots = _borrow_roots(fn, owns)
    live_in, live_out = _liveness(fn, tracked, roots)
    inserts = _placements(fn, tracked, live_in, live_out, roots)
    for b in fn.blocks:
        for pos, locs in sorted(inserts.get(b.id, {}).items(), reverse=True):
            b.stmts[pos:pos] = [ir.Drop(l) for l in sorted(locs, key=lambda l: l.id)]


def _remove_drops(fn: ir.Function, tracked: set[ir.Local]) -> None:
    """Drop the builder's drops of tracked variables, keeping statement ends in step."""
    ends: set[tuple[int, int]] = set()
    for b in fn.blocks:
        kept: list[ir.Statement] = []
        old_to_new = [0]
        for s in b.stmts:
            if not (isinstance(s, ir.Drop) and s.local in tracked):
                kept.append(s)
            old_to_new.append(len(kept))
        ends |= {(b.id, old_to_new[i]) for (bid, i) in fn.stmt_ends if bid == b.id}
        b.stmts = kept
    fn.stmt_ends = ends


Roots = dict[ir.Local, frozenset[ir.Local]]


def _borrow_roots(fn: ir.Function, owns: Callable[[object], bool]) -> Roots:
    """For each borrowing local of a type that points into memory (or an `inout`
    reference), the variables whose storage it may point into: reading the borrow reads
    them, so they must outlive it. A borrowed scalar is a plain value."""
    direct: dict[ir.Local, set[ir.Local]] = {}
    for b in fn.blocks:
        for s in b.stmts:
            if isinstance(s, ir.Assign) and (s.dest.kind is ir.LocalKind.REF
                                             or s.dest.kind is ir.LocalKind.BORROW and owns(s.dest.type)):
                uses: set[ir.Local] = set()
                _rvalue_uses(s.rv, uses)
                direct.setdefault(s.dest, set()).update(uses)
    roots: Roots = {}
    for loc in direct:
        seen, stack = set(), [loc]
        while stack:
            for r in direct.get(stack.pop(), ()):
                if r not in seen:
                    seen.add(r)
                    stack.append(r)
        roots[loc] = frozenset(seen)
    return roots


def _reads(uses: set[ir.Local], roots: Roots) -> set[ir.Local]:
    out = set(uses)
    for u in uses:
        out |= roots.get(u, frozenset())
    return out


def _uses_defs(s: ir.Statement) -> tuple[set[ir.Local], set[ir.Local]]:
    uses: set[ir.Local] = set()
    match s:
        case ir.Assign(dest=d, rv=rv):
            _rvalue_uses(rv, uses)
            return uses, {d} | ir.rvalue_writes(rv)
        case ir.Store(place=p, value=v):
            _operand_uses(v, uses)
            if p.projs or p.local.kind is ir.LocalKind.REF:  # a store through a reference reads it
                _place_uses(p, uses)
                return uses, set()
            return uses, {p.local}
        case ir.Eval(rv=rv):
            _rvalue_uses(rv, uses)
            return uses, ir.rvalue_writes(rv)
        case ir.Drop(local=l):
            return {l}, set()
        case _:
            assert_never(s)


def _term_uses(t: ir.Terminator | None) -> set[ir.Local]:
    uses: set[ir.Local] = set()
    for op in ir.terminator_reads(t):
        _operand_uses(op, uses)
    return uses


def _rvalue_uses(rv: ir.Rvalue, uses: set[ir.Local]) -> None:
    for x in ir.rvalue_reads(rv):
        if isinstance(x, ir.Place):
            _place_uses(x, uses)
        else:
            _operand_uses(x, uses)


def _place_uses(p: ir.Place, uses: set[ir.Local]) -> None:
    uses.add(p.local)
    for proj in p.projs:
        if isinstance(proj, ir.IndexProj):
            _operand_uses(proj.index, uses)


def _operand_uses(op: ir.Operand, uses: set[ir.Local]) -> None:
    if isinstance(op, (ir.Copy, ir.Move)):
        uses.add(op.local)


def _liveness(fn: ir.Function, tracked: set[ir.Local], roots: Roots) -> tuple[dict[int, Live], dict[int, Live]]:
    live_in: dict[int, Live] = {b.id: frozenset() for b in fn.blocks}
    live_out: dict[int, Live] = {b.id: frozenset() for b in fn.blocks}
    changed = True
    while changed:
        changed = False
        for b in reversed(fn.blocks):
            out = frozenset().union(*(live_in[s] for s in ir.successors(b.term)))
            live = _live_before(b, out, tracked, roots)[0]
            if out != live_out[b.id] or live != live_in[b.id]:
                live_out[b.id], live_in[b.id], changed = out, live, True
    return live_in, live_out


def _live_before(b: ir.Block, out: Live, tracked: set[ir.Local], roots: Roots) -> list[Live]:
    """live[i]: the tracked variables read at or after statement i (i = len: the
    terminator), directly or through a borrow of them."""
    live = [frozenset()] * (len(b.stmts) + 1)
    cur = set(out) | (_reads(_term_uses(b.term), roots) & tracked)
    live[len(b.stmts)] = frozenset(cur)
    for i in range(len(b.stmts) - 1, -1, -1):
        uses, defs = _uses_defs(b.stmts[i])
        if not isinstance(b.stmts[i], ir.Drop):
            cur -= defs
            cur |= _reads(uses, roots) & tracked
        live[i] = frozenset(cur)
    return live


def _placements(fn: ir.Function, tracked: set[ir.Local], live_in: dict[int, Live],
                live_out: dict[int, Live], roots: Roots) -> dict[int, dict[int, set[ir.Local]]]:
    """Where to insert drops: block id -> position -> variables."""
    preds: dict[int, list[int]] = {b.id: [] for b in fn.blocks}
    for b in fn.blocks:
        for s in ir.successors(b.term):
            preds[s].append(b.id)
    params = frozenset(p for p in fn.params if p in tracked)
    pending_out: dict[int, Live] = {b.id: frozenset() for b in fn.blocks}
    inserts: dict[int, dict[int, set[ir.Local]]] = {}
    changed = True
    while changed:  # pending only grows along edges: a fixed point
        changed = False
        inserts = {}
        for b in fn.blocks:
            pending = set(params) if b.id == 0 else set()
            for p in preds[b.id]:
                pending |= pending_out[p]
            out = _place_in_block(fn, b, pending, live_out[b.id], tracked, roots,
                                  inserts.setdefault(b.id, {}))
            if out != pending_out[b.id]:
                pending_out[b.id], changed = out, True
    return inserts


def _place_in_block(fn: ir.Function, b: ir.Block, pending: set[ir.Local], live_out: Live,
                    tracked: set[ir.Local], roots: Roots, at: dict[int, set[ir.Local]]) -> Live:
    live = _live_before(b, live_out, tracked, roots)

    def drop_dead(pos: int) -> None:
        dead = {l for l in pending if l not in live[pos]}
        if dead:
            at.setdefault(pos, set()).update(dead)
            pending.difference_update(dead)

    drop_dead(0)  # carried in from a predecessor that still needed it
    for i, s in enumerate(b.stmts):
        _, defs = _uses_defs(s)
        if not isinstance(s, ir.Drop):
            pending |= defs & tracked
        if (b.id, i + 1) in fn.stmt_ends:
            drop_dead(i + 1)
    if isinstance(b.term, (ir.Return, ir.Raise)):  # all but the returned variable itself
        returned = _term_uses(b.term)
        at.setdefault(len(b.stmts), set()).update(pending - returned)
        pending.clear()
    return frozenset(pending)
