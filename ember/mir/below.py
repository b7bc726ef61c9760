"""Which `x + 1` in a function cannot overflow because `x < y` (y an `Int`) holds on every
path to it: a `while n < limit and ...: ...; n += 1` loop's count (mir/variants.py lets
such an increment into a vector variant, which may not fault).

A forward must-analysis over the blocks. A state holds facts `(g, x)`: "when the `Bool`
local g is true, x is below some `Int`" (g None: x is below one now), and the `Bool`
locals known false (a false g makes every `(g, x)` hold). `c = lt(x, y)` gives `(c, x)`;
a branch on c gives `(None, x)` on its true side and "c is false" on the other; copies
of g or x carry their facts; an assignment of a local kills the facts about it. Where
paths meet, a fact stays when it holds on each (the false side of a test keeps what its
`Bool` implies: `while n < limit and z <= 4.0` tests `n < limit` on one path only, and the
other path reaches the body only through the `and`'s false value).
"""
from __future__ import annotations

from dataclasses import dataclass

from ember.mir import ir
from ember.types import types as T

K = ir.BinKind
Fact = tuple[ir.Local | None, ir.Local, ir.Operand]  # (g, x, y): when g is true (or g None), x < y


@dataclass(frozen=True)
class _State:
    facts: frozenset[Fact]
    false: frozenset[ir.Local]

    def holds(self, g: ir.Local | None, x: ir.Local, y: ir.Operand) -> bool:
        return (g, x, y) in self.facts or (None, x, y) in self.facts or (g is not None and g in self.false)


def _state(facts: set[Fact] | frozenset[Fact], false: set[ir.Local] | frozenset[ir.Local]) -> _State:
    """A state in one spelling: without the facts that another one implies (`(g, x, y)`
    when g is known false, or when `(None, x, y)` holds). Two spellings of one state
    made the worklist go round between them for ever (a fuzz program's any()s)."""
    facts = {(g, x, y) for g, x, y in facts if g is None or (g not in false and (None, x, y) not in facts)}
    return _State(frozenset(facts), frozenset(false))


MAX_ROUNDS = 50  # visits per block before giving up (nothing proven: the checks stay)


def bounded_increments(fn: ir.Function) -> dict[int, frozenset[ir.Operand]]:
    """The statements `d = add(x, 1)` (x a local) where `x < y` holds (by id), each with
    the operands y it is below (so `d <= y`)."""
    byid = {b.id: b for b in fn.blocks}
    preds: dict[int, list[int]] = {b.id: [] for b in fn.blocks}
    for b in fn.blocks:
        for s in ir.successors(b.term):
            preds[s].append(b.id)
    out: dict[int, dict[int, _State | None]] = {}  # block -> successor -> state on that edge
    entry: dict[int, _State | None] = {b.id: None for b in fn.blocks}
    entry[fn.blocks[0].id] = _State(frozenset(), frozenset())
    work = [b.id for b in fn.blocks]
    budget = MAX_ROUNDS * len(fn.blocks)
    while work:
        budget -= 1
        if budget < 0:
            return {}
        b = work.pop(0)
        ins = [out.get(p, {}).get(b) for p in preds[b]] if b != fn.blocks[0].id else [entry[b]]
        state = _meet_all(ins)
        entry[b] = state
        if state is None:
            continue
        for s in byid[b].stmts:
            state = _step(state, s)
        edges = _edges(state, byid[b].term)
        if edges != out.get(b):
            out[b] = edges
            work += [t for t in edges if t not in work]
    safe: dict[int, frozenset[ir.Operand]] = {}
    for b in fn.blocks:
        state = entry[b.id]
        if state is None:
            continue
        for s in b.stmts:
            match s:
                case ir.Assign(rv=ir.BinOp(kind=K.ADD, lhs=ir.Copy(local=x), rhs=ir.Const(value=1))) if x.type == T.INT:
                    ys = frozenset(y for g, z, y in state.facts if g is None and z == x)
                    if ys:
                        safe[id(s)] = ys
                case _:
                    pass
            state = _step(state, s)
    return safe


def _meet_all(states: list[_State | None]) -> _State | None:
    known = [s for s in states if s is not None]  # None: not reached (yet)
    if not known:
        return None
    first = known[0]
    facts, false = set(first.facts), set(first.false)
    for other in known[1:]:
        both = [first, other]
        cands = facts | other.facts | {(g, x, y) for g in false | other.false for _, x, y in facts | other.facts}
        facts = {f for f in cands if all(st.holds(*f) for st in both)}
        false &= other.false
        first = _state(facts, false)
        facts = set(first.facts)
    return _state(facts, false)


def _step(state: _State, s: ir.Statement) -> _State:
    match s:
        case ir.Assign(dest=w, rv=rv):
            src = rv
        case ir.Store(place=ir.Place(local=w, projs=()), value=v):
            src = ir.Use(v)
        case _:
            return state
    gone = {w, *ir.rvalue_writes(src)}  # (an rvalue that writes other locals: none in a variant)
    facts = {(g, x, y) for g, x, y in state.facts if not {g, x} & gone and not (isinstance(y, ir.Copy) and y.local in gone)}
    false = set(state.false) - gone
    match src:
        case ir.BinOp(kind=K.LT, lhs=ir.Copy(local=x), rhs=ir.Copy() | ir.Const() as y) | \
                ir.BinOp(kind=K.GT, lhs=ir.Copy() | ir.Const() as y, rhs=ir.Copy(local=x)) \
                if x.type == T.INT and ir.operand_type(y) == T.INT and x != w:
            facts.add((w, x, ir.Copy(y.local) if isinstance(y, ir.Copy) else y))  # y without its span
        case ir.Use(op=ir.Const(value=False)) if w.type == T.BOOL:
            false.add(w)
        case ir.Use(op=ir.Copy(local=c)) | ir.Load(place=ir.Place(local=c, projs=())) if c != w:
            facts |= {(w, x, y) for g, x, y in state.facts if g == c}
            facts |= {(g, w, y) for g, x, y in state.facts if x == c}
            if c in state.false:
                false.add(w)
        case _:
            pass
    return _state(facts, false)


def _edges(state: _State, t: ir.Terminator | None) -> dict[int, _State | None]:
    match t:
        case ir.Branch(cond=ir.Copy(local=c), then=a, other=b) if a != b:
            taken = None if c in state.false else _state(
                state.facts | {(None, x, y) for g, x, y in state.facts if g == c}, state.false)
            return {a: taken, b: _state(state.facts, state.false | {c})}
        case _:
            return {x: state for x in ir.successors(t)}
