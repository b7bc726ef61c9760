"""`Int` overflow checks that do not block vectorization, by loop versioning.

A checked `Int` add branches to a fault on every element, so `s += x` over a list stays
a scalar loop. A counted loop whose only effects are on scalar locals (no stores, calls,
prints or checks that could fault; `//` and `%` by a constant other than 0 and -1 cannot)
gets a first, wrapping copy:
- an accumulator `s = s ± v` (`s` read nowhere else in the loop) adds without a check
  and or-reduces a bound on |v| (`int.magnitude`); after the loop, |s0| + trips * (bound
  + 1) <= 2**63 - 1 (`int.sum_fits`) proves that no prefix sum, in any order, overflowed;
- a checked add, sub or mul whose operands are bounded by the loop's range (mir/ranges.py:
  index arithmetic of the counter and fixed values) runs unchecked when the bounds
  computed before the loop fit; if they do not, only the checked loop runs;
- any other checked add, sub or mul wraps and or-reduces its overflow bit into a flag.
The flag and the bound are plain reductions, which LLVM vectorizes. If the proof fails
or the flag is set, the saved scalars are restored and the original checked loop runs
from the start: it faults at the same iteration and location as it always did, and
since the first copy had no visible effect, nothing later than the fault was seen.

A loop with other effects (stores, calls, faults) gets only the range proof: a copy
with the proven operations unchecked runs when the bounds fit, else the original.

Runs after mir/bounds.py (its unchecked copies qualify, its checked ones do not).
"""
from __future__ import annotations

from dataclasses import dataclass

from ember.mir import ir
from ember.mir.loops import CountedLoop, innermost_counted_loops, operands, retarget
from ember.mir.loops import new_local as fresh_local
from ember.mir.ranges import Ranges
from ember.types import types as T

K = ir.BinKind
_WRAP = {K.ADD: "add", K.SUB: "sub", K.MUL: "mul"}
_PURE_INTRINSICS = frozenset({"len", "list.get_unchecked", "range.item", "int.nowrap"})
_FLOAT_OPS = frozenset({K.ADD, K.SUB, K.MUL, K.DIV})
_INT_PURE = frozenset({K.AND, K.OR, K.XOR, K.SHL, K.SHR, K.EQ, K.NE, K.LT, K.LE, K.GT, K.GE})
MAX_STMTS = 200  # loops bigger than this are not duplicated


@dataclass(frozen=True)
class _Acc:
    """`t = s; u = t ± v; s = u` (or `s = t ± v`): `op` is the ± statement."""

    local: ir.Local
    op: ir.Assign


def unblock_overflow(prog: ir.Program) -> ir.Program:
    for fn in prog.functions.values():
        for lp in innermost_counted_loops(fn, MAX_STMTS):
            _version(fn, lp)
    return prog


def _checked_int(t: T.Type) -> bool:
    return isinstance(t, T.IntType) and t.checked


def _pure(s: ir.Statement) -> bool:
    """Whether `s` can neither fault nor change anything but its scalar destination
    (a checked `Int` add, sub or mul counts: the wrapping copy handles it)."""
    d = _written(s)
    if d is None or d.kind not in (ir.LocalKind.OWNED, ir.LocalKind.BORROW):
        return False
    if not isinstance(d.type, (T.IntType, T.FloatType, T.BoolType)):
        return False
    if isinstance(s, ir.Store):
        return True
    assert isinstance(s, ir.Assign)
    match s.rv:
        case ir.Use():
            return True
        case ir.BinOp(kind=k, lhs=a):
            t = ir.operand_type(a)
            if isinstance(t, T.FloatType):
                return k in _FLOAT_OPS or k in _INT_PURE
            if isinstance(t, T.IntType):
                return k in _INT_PURE or k in _WRAP or _safe_division(s.rv)
            return isinstance(t, T.BoolType) and k in _INT_PURE
        case ir.UnOp(kind=k, operand=a):
            return k == "not" or k == "invert" or (k == "neg" and isinstance(ir.operand_type(a), T.FloatType))
        case ir.Cast():
            return isinstance(s.dest.type, T.FloatType)
        case ir.Load(place=p):
            return p.local.kind is not ir.LocalKind.REF and all(
                isinstance(pr, ir.FieldProj) or not pr.checked for pr in p.projs)
        case ir.Intrinsic(name=name):
            return name in _PURE_INTRINSICS
        case _:
            return False


def _safe_division(rv: ir.BinOp) -> bool:
    """An integer `//` or `%` by a constant other than 0 and -1: it can neither divide
    by zero nor overflow (`MIN // -1`), so it cannot fault (`(a * b) // 2` of eval_a)."""
    return rv.kind in (K.FLOORDIV, K.MOD) and isinstance(rv.rhs, ir.Const) and rv.rhs.value not in (0, -1)


def _written(s: ir.Statement) -> ir.Local | None:
    """The local an assignment, or a store into a whole local, writes (None otherwise)."""
    match s:
        case ir.Assign(dest=d):
            return d
        case ir.Store(place=ir.Place(local=d, projs=())):
            return d
        case _:
            return None


def _value(s: ir.Statement) -> ir.Rvalue:
    """What `s` (an assignment or a store into a whole local) writes, as an rvalue."""
    return s.rv if isinstance(s, ir.Assign) else ir.Use(s.value)  # type: ignore[union-attr]


def _reads(blocks: list[ir.Block]) -> dict[ir.Local, int]:
    out: dict[ir.Local, int] = {}
    for blk in blocks:
        for s in blk.stmts:
            for op in ir.rvalue_reads(_value(s)):
                if not isinstance(op, ir.Const):
                    out[op.local] = out.get(op.local, 0) + 1
        for op in ir.terminator_reads(blk.term):
            if not isinstance(op, ir.Const):
                out[op.local] = out.get(op.local, 0) + 1
    return out


def _accumulators(blocks: list[ir.Block], k: ir.Local) -> dict[int, _Acc]:
    """The `s = s ± v` chains of checked `Int` locals read nowhere else in the loop, by
    the id of their ± statement."""
    reads = _reads(blocks)
    defs: dict[ir.Local, list[ir.Statement]] = {}
    for blk in blocks:
        for s in blk.stmts:
            if (d := _written(s)) is not None:
                defs.setdefault(d, []).append(s)
    out: dict[int, _Acc] = {}
    for blk in blocks:
        where = {id(s): i for i, s in enumerate(blk.stmts)}
        for s in blk.stmts:
            acc = _written(s)
            if not (acc is not None and _checked_int(acc.type) and acc != k
                    and acc.kind in (ir.LocalKind.OWNED, ir.LocalKind.BORROW) and len(defs[acc]) == 1):
                continue
            op = s
            rv = _value(s)
            if isinstance(rv, ir.Use) and isinstance(rv.op, ir.Copy):  # s = u
                u = rv.op.local
                if len(defs.get(u, ())) != 1 or reads.get(u) != 1:
                    continue
                op = defs[u][0]
            if not (isinstance(op, ir.Assign) and isinstance(op.rv, ir.BinOp) and op.rv.kind in (K.ADD, K.SUB)
                    and id(op) in where
                    and where[id(op)] <= where[id(s)]):
                continue
            a, c = op.rv.lhs, op.rv.rhs
            if op.rv.kind is K.ADD and isinstance(c, ir.Copy) and _reads_acc(c.local, acc, defs, reads, where):
                a, c = c, a
            if not (isinstance(a, ir.Copy) and _reads_acc(a.local, acc, defs, reads, where)
                    and where[id(defs[a.local][0])] < where[id(op)]):
                continue
            if reads.get(acc) != 1 or (isinstance(c, ir.Copy) and c.local in (acc, a.local)):
                continue
            out[id(op)] = _Acc(acc, ir.Assign(op.dest, ir.BinOp(op.rv.kind, a, c, op.rv.span)))
    return out


def _reads_acc(t: ir.Local, acc: ir.Local, defs, reads, where) -> bool:  # noqa: ANN001
    """Whether `t` is `t = s` / `t = load s` of the accumulator, read once, in this block."""
    d = defs.get(t, ())
    if len(d) != 1 or reads.get(t) != 1 or id(d[0]) not in where:
        return False
    match _value(d[0]):
        case ir.Use(op=ir.Copy(local=x)) | ir.Load(place=ir.Place(local=x, projs=())):
            return x == acc
        case _:
            return False


def _version(fn: ir.Function, lp: CountedLoop) -> None:
    byid = {b.id: b for b in fn.blocks}
    blocks = [byid[b] for b in sorted(lp.blocks)]
    stmts = [s for b in blocks for s in b.stmts]
    checked = [s for s in stmts if s is not lp.increment and isinstance(s, ir.Assign) and isinstance(s.rv, ir.BinOp)
               and s.rv.kind in _WRAP and _checked_int(ir.operand_type(s.rv.lhs))]
    if not checked:
        return
    if not all(_pure(s) for s in stmts) or not all(isinstance(b.term, (ir.Goto, ir.Branch)) for b in blocks):
        _bounded(fn, lp, blocks, checked)
        return
    assigned = {_written(s) for s in stmts}
    outside = {_written(s) for b in fn.blocks if b.id not in lp.blocks for s in b.stmts}
    live_in = [d for d in fn.locals if d in assigned and (d in outside or d in fn.params)]
    if lp.counter not in live_in:
        return
    accs = {i: a for i, a in _accumulators(blocks, lp.counter).items() if a.local in live_in}

    def new_local(ty: T.Type) -> ir.Local:
        return fresh_local(fn, ty)

    ranges = Ranges(blocks, lp.head, lp.counter, lp.bound, new_local, lp.increment.rv.span)  # type: ignore[union-attr]
    proven = {id(s) for s in checked if id(s) not in accs and ranges.proves(s)}
    saved = {d: new_local(d.type) for d in live_in}
    flag = new_local(T.BOOL)
    mags = {a.local: new_local(T.INT) for a in accs.values()}
    next_id = max(b.id for b in fn.blocks) + 1
    clone = {b.id: next_id + i for i, b in enumerate(blocks)}
    next_id += len(blocks)
    for blk in blocks:
        out: list[ir.Statement] = []
        for s in blk.stmts:
            out.extend(_wrapping(s, lp, accs, mags, flag, new_local, proven))
        fn.blocks.append(ir.Block(clone[blk.id], out, retarget(blk.term, clone)))
    save = ir.Block(next_id, [ir.Assign(v, ir.Use(ir.Copy(d))) for d, v in saved.items()]
                    + [ir.Assign(flag, ir.Use(ir.Const(False, T.BOOL)))]
                    + [ir.Assign(m, ir.Use(ir.Const(0, T.INT))) for m in mags.values()] + ranges.stmts,
                    ir.Goto(clone[lp.head]) if ranges.bad is None
                    else ir.Branch(ir.Copy(ranges.bad), lp.head, clone[lp.head]))
    restore = ir.Block(next_id + 1, [ir.Assign(d, ir.Use(ir.Copy(v))) for d, v in saved.items()], ir.Goto(lp.head))
    next_id += 2
    for blk in fn.blocks:
        if blk.id not in lp.blocks and blk.id not in clone.values():
            blk.term = retarget(blk.term, {lp.head: save.id})
    fn.blocks += [save, restore]
    exits = {x for b in blocks for x in ir.successors(b.term) if x not in lp.blocks}
    for x in sorted(exits):
        check = ir.Block(next_id, [], ir.Branch(ir.Copy(flag), restore.id, x))
        next_id += 1
        ok = _fits(check, lp, saved, mags, new_local)
        if ok is not None:
            check.term = ir.Branch(ok, x, restore.id)
        for blk in fn.blocks:
            if blk.id in clone.values():
                blk.term = retarget(blk.term, {x: check.id})
        fn.blocks.append(check)


def _bounded(fn: ir.Function, lp: CountedLoop, blocks: list[ir.Block], checked: list[ir.Assign]) -> None:
    """A loop with effects cannot run twice, so it gets no wrapping copy. But the checked
    operations that bounds before the loop prove (mir/ranges.py) run unchecked in a copy
    that runs instead when the bounds fit; everything else in it is as in the original,
    so it faults where the original would. A loop that still checks list indices is left
    alone: it is mir/bounds.py's fallback (or has indices no range proves)."""
    if any(isinstance(pr, ir.IndexProj) and pr.checked for b in blocks for s in b.stmts
           for p in operands(s) if isinstance(p, ir.Place) for pr in p.projs):
        return
    ranges = Ranges(blocks, lp.head, lp.counter, lp.bound, lambda ty: fresh_local(fn, ty),
                    lp.increment.rv.span)  # type: ignore[union-attr]
    proven = {id(s) for s in checked if ranges.proves(s)} | {id(lp.increment)}
    if ranges.bad is None or len(proven) == 1:
        return
    next_id = max(b.id for b in fn.blocks) + 1
    clone = {b.id: next_id + i for i, b in enumerate(blocks)}
    for blk in blocks:
        stmts = [_unchecked(s) if id(s) in proven else s for s in blk.stmts]
        fn.blocks.append(ir.Block(clone[blk.id], stmts, retarget(blk.term, clone)))
        fn.stmt_ends |= {(clone[blk.id], n) for b, n in fn.stmt_ends if b == blk.id}
    pre = ir.Block(next_id + len(blocks), ranges.stmts, ir.Branch(ir.Copy(ranges.bad), lp.head, clone[lp.head]))
    for blk in fn.blocks:
        if blk.id not in lp.blocks and blk.id not in clone.values():
            blk.term = retarget(blk.term, {lp.head: pre.id})
    fn.blocks.append(pre)


def _unchecked(s: ir.Statement) -> ir.Statement:
    """A checked add, sub or mul proven not to overflow, as `int.nowrap`."""
    assert isinstance(s, ir.Assign) and isinstance(s.rv, ir.BinOp)
    return ir.Assign(s.dest, ir.Intrinsic("int.nowrap", (s.rv.lhs, s.rv.rhs), s.rv.span, (_WRAP[s.rv.kind],)))


def _fits(check: ir.Block, lp: CountedLoop, saved: dict[ir.Local, ir.Local], mags: dict[ir.Local, ir.Local],
          new_local) -> ir.Operand | None:  # noqa: ANN001
    """Statements in `check` that compute "no flag, and every accumulator's bound holds";
    None when there is no accumulator (the flag alone decides)."""
    if not mags:
        return None
    span = lp.increment.rv.span  # type: ignore[union-attr]
    trips = new_local(T.INT)
    check.stmts.append(ir.Assign(trips, ir.Intrinsic("int.wrap", (ir.Copy(lp.counter), ir.Copy(saved[lp.counter])),
                                                     span, ("sub",))))
    ok = new_local(T.BOOL)
    check.stmts.append(ir.Assign(ok, ir.UnOp("not", ir.Copy(check.term.cond.local), span)))  # type: ignore[union-attr]
    for acc, m in mags.items():
        fits = new_local(T.BOOL)
        check.stmts.append(ir.Assign(fits, ir.Intrinsic("int.sum_fits", (ir.Copy(saved[acc]), ir.Copy(trips),
                                                                       ir.Copy(m)), span)))
        check.stmts.append(ir.Assign(ok, ir.BinOp(K.AND, ir.Copy(ok), ir.Copy(fits), span)))
    return ir.Copy(ok)


def _wrapping(s: ir.Statement, lp: CountedLoop, accs: dict[int, _Acc], mags: dict[ir.Local, ir.Local],
              flag: ir.Local, new_local, proven: set[int]) -> list[ir.Statement]:  # noqa: ANN001
    """`s` in the wrapping copy (`proven`: checked operations the bounds before the loop
    proved, by id)."""
    if s is lp.increment or id(s) in proven:
        return [_unchecked(s)]
    if not (isinstance(s, ir.Assign) and isinstance(s.rv, ir.BinOp) and s.rv.kind in _WRAP
            and _checked_int(ir.operand_type(s.rv.lhs))):
        return [s]
    rv = s.rv
    kind = _WRAP[rv.kind]
    wrapped = ir.Assign(s.dest, ir.Intrinsic("int.wrap", (rv.lhs, rv.rhs), rv.span, (kind,)))
    if id(s) in accs:
        acc = accs[id(s)]
        m = mags[acc.local]
        v = acc.op.rv.rhs  # type: ignore[union-attr]
        bound = new_local(T.INT)
        return [wrapped, ir.Assign(bound, ir.Intrinsic("int.magnitude", (v,), rv.span)),
                ir.Assign(m, ir.BinOp(K.OR, ir.Copy(m), ir.Copy(bound), rv.span))]
    o = new_local(T.BOOL)
    return [wrapped, ir.Assign(o, ir.Intrinsic("int.overflows", (rv.lhs, rv.rhs), rv.span, (kind,))),
            ir.Assign(flag, ir.BinOp(K.OR, ir.Copy(flag), ir.Copy(o), rv.span))]
