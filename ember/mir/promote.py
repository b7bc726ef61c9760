"""Fields of a list element that stays the same through a loop, kept in locals.

In n-body's `for j in range(i + 1, n)` the body reads and changes `bodies[i].vx` next to
`bodies[j].vx`. LLVM cannot tell the two elements apart, so it stores `bodies[i].vx` and
loads it again on every iteration (a store-to-load chain through memory), and reloads
`bodies[i].x` after each store to `bodies[j]`. Here the loop's range proves j > i (the
range starts at i + 1 and counts up; `range(i)` proves j < i), so:

- each scalar field `xs[k].f` (or scalar element `xs[k]`) read or written in the loop,
  with `k` the same all through it, is loaded into a local before the loop and read and
  written there;
- the ones the loop writes are stored back on every way out of the loop.

Only when nothing else in the loop can reach that element: every other access to `xs`
indexes it with the loop's own range value, proven different from `k`; `xs` is not
passed anywhere or resized; no other local that could be the same list (or hold it) is
used. The loop must be quiet, too: no statement in it may fault, raise, call or print,
so the stores that wait for the loop's end are never missed by anyone. Its first
iteration's first access to the element comes before any store, so loading the fields
(a checked index: it faults with the first access's location) before the loop faults
where the loop would have. The preload runs only when the loop runs at least once.

Runs last among the loop passes (after mir/bounds.py and mir/overflow.py: their
unchecked copies are the quiet loops).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ember.base.source import Span
from ember.mir import ir
from ember.mir.loops import CountedLoop, defs, innermost_counted_loops, invariant, new_local, operands, retarget, separate_lists
from ember.types import types as T

K = ir.BinKind
MAX_STMTS = 400
_QUIET_INTRINSICS = frozenset({
    "len", "range.item", "int.nowrap", "list.get_unchecked", "math.sqrt", "math.fabs", "math.exp", "math.log",
    "math.sin", "math.cos", "math.log2", "math.log10", "math.pow", "math.fma", "math.isnan", "math.isinf",
})
_QUIET_FLOAT = frozenset({K.ADD, K.SUB, K.MUL, K.DIV, K.EQ, K.NE, K.LT, K.LE, K.GT, K.GE})
_QUIET_INT = frozenset({K.AND, K.OR, K.XOR, K.EQ, K.NE, K.LT, K.LE, K.GT, K.GE})
_SCALARS = (T.IntType, T.FloatType, T.BoolType)

Key = tuple[ir.Local, ir.Local, tuple[int, ...]]  # (list, index, field path)


@dataclass(frozen=True)
class _Range:
    """The loop's range value (and its copies) and the local it provably differs from."""

    values: frozenset[ir.Local]
    differs_from: frozenset[ir.Local]


def promote_elements(prog: ir.Program) -> ir.Program:
    for fn in prog.functions.values():
        for lp in innermost_counted_loops(fn, MAX_STMTS):
            _promote(fn, lp)
    return prog


def _promote(fn: ir.Function, lp: CountedLoop) -> None:
    byid = {b.id: b for b in fn.blocks}
    head = byid[lp.head]
    blocks = [byid[b] for b in sorted(lp.blocks)]
    if len(head.stmts) != 1 or not all(_quiet(s, lp) for b in blocks for s in b.stmts):
        return
    if not all(isinstance(b.term, (ir.Goto, ir.Branch)) for b in blocks):
        return
    rng = _range_values(fn, lp, byid)
    if rng is None:
        return
    keys = _keys(blocks, rng, fn.params)
    if not keys or not _first_access_before_stores(byid[head.term.then], keys):  # type: ignore[union-attr]
        return
    _rewrite(fn, lp, blocks, keys)


def _quiet(s: ir.Statement, lp: CountedLoop) -> bool:
    """Whether `s` can neither fault nor reach anything but locals and list elements
    (a checked index only on an element that may be promoted: checked by the preload)."""
    if s is lp.increment:
        return True
    match s:
        case ir.Assign(dest=d, rv=ir.Cast(operand=a)):  # to a float, or from a Bool: exact
            return d.kind in (ir.LocalKind.OWNED, ir.LocalKind.BORROW) and (
                isinstance(d.type, T.FloatType) or isinstance(ir.operand_type(a), T.BoolType))
        case ir.Assign(dest=d, rv=rv):
            return d.kind in (ir.LocalKind.OWNED, ir.LocalKind.BORROW) and isinstance(d.type, _SCALARS) \
                and _quiet_rv(rv)
        case ir.Eval():
            return False
        case ir.Store(place=p, value=v):
            return isinstance(p.type, _SCALARS) and _plain(p) and not isinstance(v, ir.Move)
        case ir.Drop(local=d):
            return isinstance(d.type, _SCALARS)
        case _:
            return False


def _plain(p: ir.Place) -> bool:
    """An element or field path whose only checked index is the first projection."""
    return all(isinstance(pr, ir.FieldProj) or not pr.checked for pr in p.projs[1:])


def _quiet_rv(rv: ir.Rvalue) -> bool:
    match rv:
        case ir.Use(op=op):
            return not isinstance(op, ir.Move)
        case ir.BinOp(kind=kind, lhs=a):
            t = ir.operand_type(a)
            return (isinstance(t, T.FloatType) and kind in _QUIET_FLOAT) or kind in _QUIET_INT
        case ir.UnOp(kind=kind, operand=a):
            return kind == "not" or (kind == "neg" and isinstance(ir.operand_type(a), T.FloatType))
        case ir.Load(place=p):
            return isinstance(p.type, _SCALARS) and _plain(p)
        case ir.Intrinsic(name=name, args=args):
            return name in _QUIET_INTRINSICS and all(
                isinstance(ir.operand_type(a), _SCALARS) or name == "len" for a in args)
        case _:
            return False


def _range_values(fn: ir.Function, lp: CountedLoop, byid: dict[int, ir.Block]) -> _Range | None:
    """The locals holding the loop's range value j in every iteration (assigned in the
    body's first block before any read there), and the invariant local i with j != i:
    `range(i + c, ...)` (c >= 1) or `range(..., i)`, counting up."""
    body = byid[byid[lp.head].term.then]  # type: ignore[union-attr]
    first = body.stmts[0] if body.stmts else None
    if not (isinstance(first, ir.Assign) and isinstance(first.rv, ir.Intrinsic) and first.rv.name == "range.item"
            and isinstance(first.rv.args[1], ir.Copy) and first.rv.args[1].local == lp.counter):
        return None
    start, _, step = first.rv.args
    if not (isinstance(step, ir.Const) and isinstance(step.value, int) and step.value > 0):
        return None
    inner = defs(byid[b] for b in lp.blocks)
    if inner.get(first.dest) != 1:
        return None
    values, read = {first.dest}, set()
    for s in body.stmts[1:]:
        if (isinstance(s, ir.Assign) and inner.get(s.dest) == 1 and s.dest not in read
                and isinstance(s.rv, ir.Use) and isinstance(s.rv.op, ir.Copy) and s.rv.op.local in values):
            values.add(s.dest)
        read |= _locals_read(s)
    loop = [byid[b] for b in lp.blocks]
    return _Range(frozenset(values), _differs_from(fn, lp, loop, start))


def _locals_read(s: ir.Statement) -> set[ir.Local]:
    """The locals `s` reads, as operands or as indices of its places."""
    out = set()
    for op in operands(s):
        if isinstance(op, ir.Place):
            out |= {pr.index.local for pr in op.projs
                    if isinstance(pr, ir.IndexProj) and isinstance(pr.index, (ir.Copy, ir.Move))}
        elif isinstance(op, (ir.Copy, ir.Move)):
            out.add(op.local)
    return out


def _differs_from(fn: ir.Function, lp: CountedLoop, loop: list[ir.Block], start: ir.Operand) -> frozenset[ir.Local]:
    """The i with j != i: the range starts at i + c (c >= 1) or stops at i, i the same in
    the loop as where that start or stop was computed."""
    out = set()
    for op, want_stop in ((start, False), (lp.bound, True)):
        if not isinstance(op, ir.Copy):
            continue
        found = _single_def(fn, op.local)
        if found is None:
            continue
        blk, at, s = found
        i = _base(s.rv, want_stop)
        if i is not None and invariant(ir.Copy(i), loop, defs(loop)) and _unchanged(fn, i, blk, at, lp.head):
            out.add(i)
    return frozenset(out)


def _base(rv: ir.Rvalue, want_stop: bool) -> ir.Local | None:
    match rv:
        case ir.BinOp(kind=K.ADD, lhs=ir.Copy(local=i), rhs=ir.Const(value=int(c))) \
                | ir.BinOp(kind=K.ADD, lhs=ir.Const(value=int(c)), rhs=ir.Copy(local=i)) if not want_stop and c >= 1:
            return i
        case ir.Intrinsic(name="range.len", args=(_, ir.Copy(local=i), ir.Const(value=int(step)))) \
                if want_stop and step > 0:
            return i
        case _:
            return None


def _single_def(fn: ir.Function, loc: ir.Local) -> tuple[ir.Block, int, ir.Assign] | None:
    found = [(b, at, s) for b in fn.blocks for at, s in enumerate(b.stmts)
             if isinstance(s, ir.Assign) and (s.dest == loc or loc in ir.rvalue_writes(s.rv))]
    if len(found) != 1 or loc.kind not in (ir.LocalKind.OWNED, ir.LocalKind.BORROW):
        return None
    return found[0]


def _unchanged(fn: ir.Function, i: ir.Local, blk: ir.Block, at: int, head: int) -> bool:
    """Whether no assignment of `i` lies on a path from statement `at` of `blk` to the
    loop's head (a path through `blk`'s start computes the value again)."""
    byid = {b.id: b for b in fn.blocks}
    pred: dict[int, list[int]] = {b.id: [] for b in fn.blocks}
    for b in fn.blocks:
        for x in ir.successors(b.term):
            pred[x].append(b.id)

    def walk(start: Iterable[int], step) -> set[int]:  # noqa: ANN001
        seen, todo = set(), list(start)
        while todo:
            b = todo.pop()
            if b not in seen and b not in (blk.id, head):
                seen.add(b)
                todo.extend(step(b))
        return seen

    between = walk(ir.successors(blk.term), lambda b: ir.successors(byid[b].term)) & walk(pred[head], pred.__getitem__)

    def assigns(stmts: Iterable[ir.Statement]) -> bool:
        return any(isinstance(s, ir.Assign) and (s.dest == i or i in ir.rvalue_writes(s.rv))
                   or isinstance(s, ir.Drop) and s.local == i for s in stmts)

    return not assigns(blk.stmts[at + 1:]) and not any(assigns(byid[b].stmts) for b in between)


def _key_of(p: ir.Place, invariant_index) -> Key | None:  # noqa: ANN001
    """(list, i, fields) for `xs[i].f.g` to a scalar, i invariant in the loop (not a
    dict's entry: a store may insert it, a read may fault)."""
    if not p.projs or not isinstance(p.projs[0], ir.IndexProj) or not isinstance(p.local.type, T.ListType):
        return None
    ix = p.projs[0].index
    if not (isinstance(ix, ir.Copy) and invariant_index(ix)):
        return None
    if not all(isinstance(pr, ir.FieldProj) for pr in p.projs[1:]) or not isinstance(p.type, _SCALARS):
        return None
    return (p.local, ix.local, tuple(pr.index for pr in p.projs[1:]))  # type: ignore[union-attr]


def _keys(blocks: list[ir.Block], rng: _Range, params: tuple[ir.Local, ...]) -> dict[Key, ir.Place]:
    """The promotable element paths, with the first place naming each."""
    inner = defs(blocks)
    keys: dict[Key, ir.Place] = {}
    checked: set[Key] = set()
    others: dict[ir.Local, list[ir.Place]] = {}
    bad: set[ir.Local] = set()
    for b in blocks:
        for s in b.stmts:
            for op in operands(s):
                if isinstance(op, ir.Place):
                    k = _key_of(op, lambda ix: invariant(ix, blocks, inner))
                    if k is not None:
                        keys.setdefault(k, op)
                        if op.projs[0].checked:  # type: ignore[union-attr]
                            checked.add(k)
                    else:
                        others.setdefault(op.local, []).append(op)
                elif isinstance(op, (ir.Copy, ir.Move)) and not isinstance(op.local.type, _SCALARS) \
                        and not (isinstance(s, ir.Assign) and isinstance(s.rv, ir.Intrinsic) and s.rv.name == "len"):
                    bad.add(op.local)
    lists = {k[0] for k in keys}
    out: dict[Key, ir.Place] = {}
    for k, p in keys.items():
        xs, i, _ = k
        if xs in bad or xs.kind is ir.LocalKind.GLOBAL:
            continue
        if any(not _distinct(o, i, rng) for o in others.get(xs, ())):
            continue
        if any(kk[0] == xs and kk[1] != i for kk in keys):
            continue  # two invariant indices of one list: they may be equal
        if any(_may_reach(loc, xs) and not separate_lists(loc, xs, params) for loc in (*others, *bad, *lists) if loc != xs):
            continue
        out[k] = p
    # every checked index left could fault inside the loop, after stores that wait
    if checked - set(out) or any(o.projs and isinstance(o.projs[0], ir.IndexProj) and o.projs[0].checked
                                 for places in others.values() for o in places):
        return {}
    return out


def _distinct(p: ir.Place, i: ir.Local, rng: _Range) -> bool:
    """Whether `p` (another access of the list) is an element other than `xs[i]`."""
    if not p.projs or not isinstance(p.projs[0], ir.IndexProj):
        return False
    ix = p.projs[0].index
    return i in rng.differs_from and isinstance(ix, ir.Copy) and ix.local in rng.values


def _may_reach(loc: ir.Local, xs: ir.Local) -> bool:
    """Whether `loc` could be, or hold, the list in `xs`: the same type, or a value that
    may contain it. Distinct lists of other types never share elements."""
    t = xs.type
    match loc.type:
        case T.StructType() | T.TupleType():
            return True
        case T.ListType(elem=el) as lt:
            return lt == t or isinstance(el, (T.ListType, T.StructType, T.TupleType))
        case _:
            return False


def _first_access_before_stores(body: ir.Block, keys: dict[Key, ir.Place]) -> bool:
    """Whether the body's first block reads or writes a promoted element before it stores
    anything: then a fault of the preload's check is the loop's first visible event."""
    for s in body.stmts:
        if any(isinstance(op, ir.Place) and _matches(op, keys) for op in operands(s)):
            return True
        if isinstance(s, ir.Store):
            return False
    return False


def _matches(p: ir.Place, keys: dict[Key, ir.Place]) -> Key | None:
    for k in keys:
        if p.local == k[0] and p.projs and isinstance(p.projs[0], ir.IndexProj) \
                and isinstance(p.projs[0].index, ir.Copy) and p.projs[0].index.local == k[1] \
                and tuple(pr.index for pr in p.projs[1:]) == k[2]:
            return k
    return None


def _rewrite(fn: ir.Function, lp: CountedLoop, blocks: list[ir.Block], keys: dict[Key, ir.Place]) -> None:
    """The loop with its promoted fields in locals, entered when it runs at all and every
    promoted index is >= 0 (a negative one may name the element of some j); else a copy
    of the loop as it was."""
    next_id = max(b.id for b in fn.blocks) + 1
    clone = {b.id: next_id + n for n, b in enumerate(blocks)}
    next_id += len(blocks)
    for b in blocks:
        fn.blocks.append(ir.Block(clone[b.id], list(b.stmts), retarget(b.term, clone)))
        fn.stmt_ends |= {(clone[b.id], n) for bid, n in set(fn.stmt_ends) if bid == b.id}
    locs = {k: new_local(fn, p.type) for k, p in keys.items()}
    stored: set[Key] = set()
    for b in blocks:
        b.stmts = [_promoted(s, keys, locs, stored) for s in b.stmts]
    head = next(b for b in blocks if b.id == lp.head)
    assert isinstance(head.term, ir.Branch)
    span = lp.increment.rv.span  # type: ignore[union-attr]
    ok = new_local(fn, T.BOOL)
    signs: list[ir.Statement] = []
    for n, i in enumerate(dict.fromkeys(k[1] for k in keys)):
        signs.append(ir.Assign(ok, ir.BinOp(K.GE, ir.Copy(i), ir.Const(0, T.INT), span)) if n == 0 else
                     ir.Assign(ok, ir.BinOp(K.AND, ir.Copy(ok), _nonneg(fn, signs, i, span), span)))
    runs = ir.Block(next_id, [head.stmts[0]], ir.Branch(head.term.cond, next_id + 1, head.term.other))
    sign = ir.Block(next_id + 1, signs, ir.Branch(ir.Copy(ok), next_id + 2, clone[lp.head]))
    pre = ir.Block(next_id + 2, [ir.Assign(locs[k], ir.Load(p)) for k, p in keys.items()], ir.Goto(lp.head))
    for b in fn.blocks:
        if b.id not in lp.blocks and b.id not in clone.values():
            b.term = retarget(b.term, {lp.head: runs.id})
    fn.blocks += [runs, sign, pre]
    next_id += 3
    exits: dict[int, int] = {}
    for b in blocks:
        for x in ir.successors(b.term):
            if x not in lp.blocks and x not in exits:
                back = [ir.Store(_unchecked(keys[k]), ir.Copy(locs[k]), keys[k].span) for k in keys if k in stored]
                fn.blocks.append(ir.Block(next_id, back, ir.Goto(x)))
                exits[x] = next_id
                next_id += 1
        b.term = retarget(b.term, exits)


def _nonneg(fn: ir.Function, stmts: list[ir.Statement], i: ir.Local, span: Span) -> ir.Operand:
    t = new_local(fn, T.BOOL)
    stmts.append(ir.Assign(t, ir.BinOp(K.GE, ir.Copy(i), ir.Const(0, T.INT), span)))
    return ir.Copy(t)


def _promoted(s: ir.Statement, keys: dict[Key, ir.Place], locs: dict[Key, ir.Local], stored: set[Key]) -> ir.Statement:
    match s:
        case ir.Assign(dest=d, rv=ir.Load(place=p)) if (k := _matches(p, keys)) is not None:
            return ir.Assign(d, ir.Use(ir.Copy(locs[k])))
        case ir.Store(place=p, value=v) if (k := _matches(p, keys)) is not None:
            stored.add(k)
            return ir.Assign(locs[k], ir.Use(v))
        case _:
            return s


def _unchecked(p: ir.Place) -> ir.Place:
    """`p` with its index unchecked: the preload checked it, and the list kept its length."""
    first = p.projs[0]
    assert isinstance(first, ir.IndexProj)
    return replace(p, projs=(replace(first, checked=False),) + p.projs[1:])
