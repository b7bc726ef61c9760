"""Outer-loop vectorization: a nest whose rows are independent runs W rows at a time.

B7's `for i: s = 0.0; for j: s += f(i, j) * v[j]; out[i] = s` is a sum per row. LLVM
can vectorize the inner loop only over j, which reorders each row's sum (forbidden: it
would change the printed digits) or adds the lanes one by one (codegen/target.py: a
chain of dependent adds, 3 cycles each). Here the nest gets a copy that runs the rows
i .. i+W-1 in the lanes of `SIMD` values instead: every lane adds its own row's terms in
the source's order, so each `out[i]` is bit for bit the scalar loop's, and W sums are in
flight at once. GCC does the same to the C version. W is the pass's `width`: two vector
registers of f64 on the target (8 on AVX2, 16 on AVX-512).

A loop with no loop inside that calls a function counts as a nest too: B4's `for x:
row += escape(cr(x), ci)`. The call becomes a call of the function's vector variant
(mir/variants.py: `escape.v16_1`, its loop run for 16 points, lanes retired as they
return), which LLVM cannot make of a loop with an early exit.

The nest qualifies when (conservative throughout: a doubt is a no)
- it is a range loop `for i in range(start, stop, 1)` around exactly one range loop (or
  none, around a call), and both are straight code otherwise (no branch but the loops'
  own tests);
- a local of the nest holds a value of this row ("varying": `i`, and what is computed
  from it) only as an `Int` or a float, and it is written before it is read in each
  row (no value flows from one row to the next, but through the lists it stores), but
  for a sum `acc = acc + v` of `Int`s (each lane sums its rows, then the lanes are
  added: the test below proves that no order of the terms overflows);
- varying values are combined by `+ - * /`, `//` and `%` by a positive constant, float
  negation, conversions to float, `abs`, `min`, `max`, `math.sqrt` (mir/variants.py
  `math_lanes`), and calls of functions with a variant; a list is indexed only by
  values that are not varying or by the row's index (`xs[i]`: one vector load of the
  rows' elements, no gather), and stored only as `xs[i] = value`,
  outside the inner loop, in a list the nest does not read otherwise and that is surely
  not one it reads (mir/loops.py `separate_lists`);
- every local the nest assigns is a scalar (`Int`, float, `Bool`) read nowhere after it
  (but a sum); nothing else has an effect (no other calls, prints, drops), nothing that
  may fault follows a store of the row (a variant cannot fault), and varying checked
  `Int` arithmetic is bounded by the ranges (mir/ranges.py: computed once, before the
  nest; a call's result by the bounds its function's code shows).

Before the nest, one test decides: the bounds prove that no varying operation overflows,
that every sum stays an `Int` (its terms are not negative and `acc + n * hi` is an Int)
and that every `xs[i]` lies in [0, len(xs)). If they do not, the original nest runs as it
always did (its faults keep their row and place). If they do, the vector copy runs the
first `W * (n // W)` rows and a plain copy the rest. Values that are not varying are the
same in every row, so an operation on them that faults, faults in the first row at the
same place in both versions, before any store of that row. Runs first among the loop
passes (after inlining, which brings `f`'s arithmetic into the nest); the passes after
it version the copies' inner loops for their own checks.
"""
from __future__ import annotations

from dataclasses import dataclass

from ember.mir import ir
from ember.mir.loops import RangeLoop, defs, derived_locals, invariant, range_loop, read_locals, retarget, separate_lists
from ember.mir.ranges import Bounds, Ranges
from ember.mir.variants import Arg, Ends, Variant, Variants, math_lanes, math_lanewise
from ember.mir.rename import rename_local, rename_op, rename_stmt, rename_term
from ember.types import types as T

K = ir.BinKind
MAX_STMTS = 200  # nests bigger than this are not duplicated
_LANE_OPS = frozenset({K.ADD, K.SUB, K.MUL, K.DIV})
_CMP = frozenset({K.EQ, K.NE, K.LT, K.LE, K.GT, K.GE})
_UNIFORM_INTRINSICS = frozenset({"range.item", "range.len", "len", "cast"})


@dataclass(frozen=True)
class _Nest:
    outer: RangeLoop
    inner: RangeLoop | None       # None: a loop alone, around calls (see `_nest_at`)
    order: tuple[int, ...]        # the blocks of one row in the order they run (outer head left out)
    inner_blocks: frozenset[int]
    item: ir.Assign               # `i = range.item(start, k, 1)`, the outer body's first statement
    increment: ir.Assign          # `k = add(k, 1)`
    varying: frozenset[ir.Local]
    lanes: frozenset[ir.Local]    # varying locals that hold `i` itself (the index of a row's store)
    # `acc` -> its update `u = add(t, v)` and `v`: an `Int` summed over the rows (`t` reads
    # `acc`, `acc` is assigned `u`); the vector copy sums each lane apart, then the lanes
    sums: dict[ir.Local, tuple[ir.Assign, ir.Operand]]
    # a sum's update that runs only when a test holds (`if c: n += 1`) -> (c, when it runs);
    # the vector copy adds 0 in the lanes where it does not
    masked: dict[int, tuple[ir.Operand, bool]]  # keyed by id() of the update
    guards: dict[int, tuple[int, bool]]           # the block of such an update -> (its branching block, when)
    variants: Variants            # its `width`: the lanes of the vector copy


def vectorize_outer_loops(prog: ir.Program, width: int = 8) -> ir.Program:
    """`width` lanes (rows or calls) at a time: two vector registers of f64 on the target
    (codegen/target.py `f64_lanes`), so two chains of dependent operations are in flight."""
    variants = Variants(prog, width)
    for fn in list(prog.functions.values()):
        loops = _range_loops(fn)
        for head in [b.id for b in fn.blocks]:  # the copies made here are not looked at again
            nest = _nest_at(fn, loops, head, variants)
            if nest is not None and _vectorize(fn, nest):
                loops = _range_loops(fn)  # the blocks changed
    return prog


def _range_loops(fn: ir.Function) -> dict[int, RangeLoop]:
    return {lp.head: lp for lp in (range_loop(fn, blk, MAX_STMTS) for blk in fn.blocks) if lp is not None}


def _nest_at(fn: ir.Function, loops: dict[int, RangeLoop], head: int, variants: Variants) -> _Nest | None:
    """The nest whose outer loop's head is `head`; a loop with no loop inside counts
    when it calls a function (LLVM vectorizes the others itself, but not a call)."""
    lp = loops.get(head)
    if lp is None:
        return None
    inner = [loops[h] for h in lp.blocks if h != lp.head and h in loops]
    if not inner:
        byid = {b.id: b for b in fn.blocks}
        calls = any(isinstance(s, ir.Assign) and isinstance(s.rv, ir.Call) for b in lp.blocks for s in byid[b].stmts)
        return _nest(fn, lp, None, variants) if calls else None
    if len(inner) != 1 or any(h in loops for h in inner[0].blocks if h != inner[0].head):
        return None
    return _nest(fn, lp, inner[0], variants)


def _chain(byid: dict[int, ir.Block], start: int, stop: int, allowed: frozenset[int],
           guards: dict[int, tuple[int, bool]]) -> list[int] | None:
    """The blocks from `start` following gotos until one jumps to `stop`; None if a block
    leaves `allowed` or comes twice, or branches but to an `if` without `else` (`branch c,
    then, other`, the one side empty, both going to the same block next): its side that
    is not empty is recorded in `guards` (block -> (the branching block, whether it runs
    when c holds)), for `_nest` to check that it only adds to a sum."""
    out, b = [], start
    while True:
        if b not in allowed or b in out:
            return None
        out.append(b)
        t = byid[b].term
        if isinstance(t, ir.Branch):
            sides = [x for x in (t.then, t.other) if x in allowed and x not in out and byid[x].stmts]
            nexts = {byid[x].term.target if isinstance(byid[x].term, ir.Goto) else None for x in (t.then, t.other)}
            if len(sides) != 1 or len(nexts) != 1 or None in nexts or not {t.then, t.other} <= allowed:
                return None
            guards[sides[0]] = (b, sides[0] == t.then)
            out += [x for x in (t.then, t.other) if x not in out]
            t = byid[sides[0]].term
        if not isinstance(t, ir.Goto):
            return None
        if t.target == stop:
            return out
        b = t.target


def _rows(byid: dict[int, ir.Block], outer: RangeLoop, inner: RangeLoop | None,
          guards: dict[int, tuple[int, bool]]) -> tuple[int, ...] | None:
    """The blocks of one row in the order they run (the outer head left out)."""
    if len(byid[outer.head].stmts) != 1:
        return None
    if inner is None:
        one = _chain(byid, outer.body, outer.head, outer.blocks - {outer.head}, guards)
        return None if one is None or len(one) + 1 != len(outer.blocks) else tuple(one)
    rest = outer.blocks - inner.blocks - {outer.head}
    ihead = byid[inner.head]
    if not isinstance(ihead.term, ir.Branch) or len(ihead.stmts) != 1:
        return None
    fore = _chain(byid, outer.body, inner.head, rest, guards)
    body = _chain(byid, inner.body, inner.head, inner.blocks - {inner.head}, guards)
    aft = _chain(byid, ihead.term.other, outer.head, rest, guards)
    if fore is None or body is None or aft is None or len(fore) + len(aft) != len(rest) or \
            len(body) + 1 != len(inner.blocks):
        return None
    return (*fore, inner.head, *body, *aft)


def _nest(fn: ir.Function, outer: RangeLoop, inner: RangeLoop | None, variants: Variants) -> _Nest | None:
    if outer.step != ir.Const(1, T.INT):
        return None
    byid = {b.id: b for b in fn.blocks}
    guards: dict[int, tuple[int, bool]] = {}
    order = _rows(byid, outer, inner, guards)
    if order is None:
        return None
    item, latch = byid[outer.body].stmts[0], byid[order[-1]]
    k = byid[outer.head].stmts[0].rv.lhs.local  # type: ignore[union-attr]
    incs = [s for s in latch.stmts if isinstance(s, ir.Assign) and s.dest == k]
    if len(incs) != 1 or not isinstance(item, ir.Assign):
        return None
    stmts = [(b, s) for b in order for s in byid[b].stmts]
    assigned = defs([byid[b] for b in order], stores=True)
    carried = _carried(stmts, k, item, incs[0], [byid[b] for b in order], assigned)
    inner_blocks = frozenset() if inner is None else inner.blocks
    sums = {} if carried is None else {acc: _sum(stmts, acc, inner_blocks) for acc in carried}
    if carried is None or not all(sums.values()):
        return None
    masked = _masked(byid, guards, sums)  # type: ignore[arg-type]
    if masked is None:
        return None
    varying = derived_locals(stmts, {item.dest, *sums})
    lanes = {item.dest}
    for _, s in stmts:
        if isinstance(s, ir.Assign) and isinstance(s.rv, ir.Use) and isinstance(s.rv.op, ir.Copy) and s.rv.op.local in lanes:
            lanes.add(s.dest)
    if not all(loc.type in (T.INT, T.BOOL) or isinstance(loc.type, T.FloatType) for loc in assigned):
        return None  # scalars only: nothing the copies would have to drop or lend
    if any(assigned[loc] != 1 for loc in lanes) or any(loc.kind not in (ir.LocalKind.OWNED, ir.LocalKind.BORROW)
                                                      for loc in assigned):
        return None
    outside = [b for b in fn.blocks if b.id not in outer.blocks]
    if any((r in assigned and r not in sums) or r == k for b in outside for s in [*b.stmts, b.term] for r in read_locals(s)):
        return None  # a value of the nest is used after it: the copies do not leave it there
    nest = _Nest(outer, inner, order, inner_blocks, item, incs[0], frozenset(varying), frozenset(lanes),
                 sums, masked, guards, variants)  # type: ignore[arg-type]
    return nest if _all_fit(fn, nest, stmts) else None


def _masked(byid: dict[int, ir.Block], guards: dict[int, tuple[int, bool]],
            sums: dict[ir.Local, tuple[ir.Assign, ir.Operand]]) -> dict[int, tuple[ir.Operand, bool]] | None:
    """For each block that runs only when a test holds: the sum update it holds, when it
    holds only that (reading the sum, the update, writing it back); None otherwise."""
    out: dict[int, tuple[ir.Operand, bool]] = {}
    for blk, (branch, when) in guards.items():
        stmts = byid[blk].stmts
        for acc, (update, _) in sums.items():
            if any(s is update for s in stmts) and len(stmts) == 3 and _reads(stmts[0]) == [acc] \
                    and stmts[1] is update and (_reads(stmts[2]) == [update.dest] and _writes(stmts[2]) == acc):
                term = byid[branch].term
                assert isinstance(term, ir.Branch)
                out[id(update)] = (term.cond, when)
                break
        else:
            return None
    return out


def _writes(s: ir.Statement) -> ir.Local | None:
    if isinstance(s, ir.Assign):
        return s.dest
    return s.place.local if isinstance(s, ir.Store) and not s.place.projs else None


def _carried(stmts, k: ir.Local, item: ir.Assign, inc: ir.Assign,  # noqa: ANN001
             blocks: list[ir.Block], assigned: dict[ir.Local, int]) -> set[ir.Local] | None:
    """The locals the nest assigns (`assigned`) that a row reads before it writes them
    (in the order the row runs): values carried from row to row. None when the counter
    `k` is read but by `item` and `inc`, or a test reads such a local."""
    written: set[ir.Local] = set()
    carried: set[ir.Local] = set()
    for _, s in stmts:
        reads = _reads(s)
        if k in reads and s is not item and s is not inc:
            return None
        carried |= {r for r in reads if r in assigned and r not in written and r != k}
        if isinstance(s, ir.Assign):
            written.add(s.dest)
        elif isinstance(s, ir.Store) and not s.place.projs:
            written.add(s.place.local)
    terms = [b.term for b in blocks]
    if any(k in read_locals(t) for t in terms) or any(
            r in assigned and (r not in written or r in carried) for t in terms for r in read_locals(t)):
        return None
    return carried


def _reads(s: ir.Statement) -> list[ir.Local]:
    """The locals `s` reads; a `Store` of a whole local does not read it."""
    if isinstance(s, ir.Store) and not s.place.projs:
        return [] if isinstance(s.value, ir.Const) else [s.value.local]
    return read_locals(s)


def _sum(stmts, acc: ir.Local, inner: frozenset[int]) -> tuple[ir.Assign, ir.Operand] | None:  # noqa: ANN001
    """`u = add(t, v)` when the row's only use of `acc` is `t = acc; u = add(t, v); acc = u`
    (`t` and `u` read nowhere else, `acc` an `Int` assigned only there, outside an inner loop)."""
    if acc.type != T.INT:
        return None
    uses: dict[ir.Local, list[ir.Statement]] = {}
    where: dict[ir.Local, list[tuple[int, ir.Statement]]] = {}
    for blk, s in stmts:
        for r in _reads(s):
            uses.setdefault(r, []).append(s)
        if isinstance(s, ir.Assign):
            where.setdefault(s.dest, []).append((blk, s))
        elif isinstance(s, ir.Store):
            where.setdefault(s.place.local, []).append((blk, s))
    reads, sets = uses.get(acc, []), where.get(acc, [])
    if len(reads) != 1 or len(sets) != 1 or sets[0][0] in inner:
        return None
    match reads[0], sets[0][1]:
        case (ir.Assign(dest=t, rv=ir.Load(place=ir.Place(projs=())) | ir.Use(op=ir.Copy())),
              ir.Assign(rv=ir.Use(op=ir.Copy(local=u))) | ir.Store(value=ir.Copy(local=u))) \
                if len(uses.get(t, [])) == 1 and len(uses.get(u, [])) == 1:
            update = uses[t][0]
            ok = isinstance(update, ir.Assign) and update.dest == u and isinstance(update.rv, ir.BinOp) and \
                update.rv.kind is K.ADD and ir.Copy(t) in (update.rv.lhs, update.rv.rhs) and update.rv.lhs != update.rv.rhs
            if not ok or len(where.get(t, [])) != 1 or len(where.get(u, [])) != 1:
                return None
            lhs, rhs = update.rv.lhs, update.rv.rhs  # type: ignore[union-attr]
            return update, (rhs if lhs == ir.Copy(t) else lhs)  # type: ignore[return-value]
        case _:
            return None


def _lane_type(t: T.Type) -> bool:
    return t == T.INT or isinstance(t, T.FloatType)


def _all_fit(fn: ir.Function, nest: _Nest, stmts) -> bool:  # noqa: ANN001
    """Whether every statement of the nest has a lane-wise form or is the same in every row."""
    stored: set[ir.Local] = set()
    read_lists: set[ir.Local] = set()
    for blk, s in stmts:
        if s is nest.item or s is nest.increment:
            continue
        if stored and not (isinstance(s, ir.Store) or isinstance(s, ir.Assign) and (
                s.dest in nest.varying or isinstance(s.rv, ir.Use) or isinstance(s.rv, ir.Load) and not s.rv.place.projs)):
            return False  # it might fault after W rows were stored where the scalar loop stored one
        match s:
            case ir.Assign(dest=d, rv=rv) if d in nest.varying:
                if not ((_lane_type(d.type) or d.type == T.BOOL) and _lane_rvalue(rv, d, nest)):
                    return False
                if (lst := _row_list(rv, nest)) is not None:
                    read_lists.add(lst)
            case ir.Assign(rv=ir.Use() | ir.BinOp() | ir.UnOp() | ir.Cast()):
                pass
            case ir.Assign(rv=ir.Load(place=p)):
                if p.projs and not (len(p.projs) == 1 and isinstance(p.projs[0], ir.IndexProj)
                                    and isinstance(p.local.type, T.ListType)):
                    return False
                if p.projs:
                    read_lists.add(p.local)
            case ir.Assign(dest=d, rv=ir.Intrinsic() as rv) if math_lanes(rv, d):
                pass
            case ir.Assign(rv=ir.Intrinsic(name=name, args=args)) if name in _UNIFORM_INTRINSICS:
                read_lists |= {a.local for a in args if isinstance(a, ir.Copy) and isinstance(a.local.type, T.ListType)}
            case ir.Store(place=ir.Place(projs=()) as p):
                if p.local in nest.varying and not _lane_type(p.local.type):
                    return False
            case ir.Store(place=ir.Place(local=lst, projs=(ir.IndexProj(index=ir.Copy(local=ix)),)), value=v) \
                    if ix in nest.lanes and blk not in nest.inner_blocks and isinstance(lst.type, T.ListType):
                if lst.type.elem != ir.operand_type(v) or not _lane_type(lst.type.elem) or lst in stored:
                    return False
                stored.add(lst)
            case _:
                return False
    if any(lst in read_lists for lst in stored):
        return False
    return all(separate_lists(a, b, fn.params) or frozenset((a, b)) in fn.separate for a in stored for b in read_lists)


def _lane_rvalue(rv: ir.Rvalue, d: ir.Local, nest: _Nest) -> bool:
    match rv:
        case ir.Use(op=a):
            return ir.operand_type(a) == d.type
        case ir.BinOp(kind=kind, lhs=a, rhs=b) if kind in _CMP:  # a mask (a test of a masked sum)
            return d.type == T.BOOL and ir.operand_type(a) == ir.operand_type(b) and _lane_type(ir.operand_type(a))
        case ir.BinOp(kind=K.AND | K.OR | K.XOR, lhs=a, rhs=b) if d.type == T.BOOL:
            return ir.operand_type(a) == ir.operand_type(b) == T.BOOL
        case ir.UnOp(kind="not", operand=a):
            return d.type == ir.operand_type(a) == T.BOOL
        case ir.BinOp(kind=kind, lhs=a, rhs=b) if kind in _LANE_OPS:
            return ir.operand_type(a) == ir.operand_type(b) == d.type
        case ir.BinOp(kind=K.FLOORDIV | K.MOD, lhs=a, rhs=ir.Const(value=int(c))) if c > 0:
            return ir.operand_type(a) == d.type == T.INT
        case ir.Cast(operand=a) | ir.Intrinsic(name="cast", args=(a,)):  # to a float, or Int from Int (float to Int can fault)
            return _lane_type(ir.operand_type(a)) and (isinstance(d.type, T.FloatType) or ir.operand_type(a) == T.INT)
        case ir.Load(place=ir.Place(local=loc, projs=())):
            return loc in nest.varying and loc.type == d.type
        case ir.Load():
            lst = _row_list(rv, nest)
            return lst is not None and isinstance(lst.type, T.ListType) and lst.type.elem == d.type and _lane_type(d.type)
        case ir.UnOp(kind="neg", operand=a):  # of a float (an Int's could overflow)
            return isinstance(d.type, T.FloatType) and ir.operand_type(a) == d.type
        case ir.Call():  # a function with a vector variant (it cannot fault)
            return _variant(nest, rv) is not None
        case ir.Intrinsic():
            return math_lanes(rv, d)
        case _:
            return False


def _row_list(rv: ir.Rvalue, nest: _Nest) -> ir.Local | None:
    """`xs` of `xs[i]`, `i` the row's index: the lanes' elements are one vector load (the
    test before the nest proves them inside `xs`), no gather."""
    match rv:
        case ir.Load(place=ir.Place(local=lst, projs=(ir.IndexProj(index=ir.Copy(local=ix)),))) \
                if ix in nest.lanes and isinstance(lst.type, T.ListType) and lst not in nest.varying:
            return lst
        case _:
            return None


def _same(nest: _Nest, call: ir.Call) -> frozenset[int]:
    """The positions of the call's arguments that are the same in every row."""
    return frozenset(i for i, a in enumerate(call.args) if isinstance(a, ir.Const) or a.local not in nest.varying)


def _variant(nest: _Nest, call: ir.Call) -> Variant | None:
    return nest.variants.of(call.fn, _same(nest, call))


def _ends(call: ir.Call, ends: Ends, blocks: list[ir.Block], assigned: dict[ir.Local, int]) -> Bounds | None:
    """A variant's bounds of its result as operands before the loop: an argument must be
    one value all through it."""
    out = []
    for e in ends:
        op = call.args[e.index] if isinstance(e, Arg) else ir.Const(e, T.INT)
        if not invariant(op, blocks, assigned):
            return None
        out.append(op)
    return out[0], out[1]


def _vectorize(fn: ir.Function, nest: _Nest) -> bool:
    """Adds the test, the vector copy and the tail copy; False (nothing changed) when the
    nest's entry or bounds do not fit."""
    outer, inner = nest.outer, nest.inner
    byid = {b.id: b for b in fn.blocks}
    blocks = [byid[b] for b in nest.order]
    preds = [b for b in fn.blocks if b.id not in outer.blocks and outer.head in ir.successors(b.term)]
    if len(preds) != 1 or not isinstance(preds[0].term, ir.Goto):
        return False
    k, span = nest.increment.dest, fn.span

    def local(ty: T.Type, like: ir.Local | None = None) -> ir.Local:
        loc = ir.Local(len(fn.locals), like.name if like else "", ty, like.kind if like else ir.LocalKind.OWNED)
        fn.locals.append(loc)
        return loc

    # the test before the nest: bounds over all rows, the inner counter from 0 to its bound
    ranges = Ranges([byid[outer.head], *blocks], outer.head, k, outer.n, local, span)
    assigned = defs(blocks, stores=True)
    for s in (s for blk in blocks for s in blk.stmts):  # `len(xs)`: nothing in the nest resizes a list
        if isinstance(s, ir.Assign) and isinstance(s.rv, ir.Intrinsic) and s.rv.name == "len" and assigned[s.dest] == 1 \
                and s.dest not in nest.varying and all(isinstance(a, ir.Copy) and a.local not in assigned for a in s.rv.args):
            n = local(T.INT)
            ranges.stmts.append(ir.Assign(n, s.rv))
            ranges.seeded[s.dest] = (ir.Copy(n), ir.Copy(n))
    if inner is not None:
        hi = ranges.of(inner.n)
        if hi is None:
            return False
        ranges.seeded[byid[inner.head].stmts[0].rv.lhs.local] = (ir.Const(0, T.INT), hi[1])  # type: ignore[union-attr]
    results: dict[ir.Local, list[Bounds]] = {}  # what a call's code shows of its result
    for s in (s for blk in blocks for s in blk.stmts):
        if isinstance(s, ir.Assign) and isinstance(s.rv, ir.Call) and s.dest.type == T.INT and assigned[s.dest] == 1:
            made = _variant(nest, s.rv)
            pairs = [] if made is None or made.result is None else [_ends(s.rv, e, blocks, assigned) for e in made.result]
            if pairs and None not in pairs:
                results[s.dest] = pairs  # type: ignore[assignment]
                if all(isinstance(e, ir.Const) for p in pairs for e in p):  # type: ignore[union-attr]
                    ranges.seeded[s.dest] = (ir.Const(min(p[0].value for p in pairs), T.INT),  # type: ignore[union-attr, type-var]
                                             ir.Const(max(p[1].value for p in pairs), T.INT))  # type: ignore[union-attr, type-var]
    updates = {id(u) for u, _ in nest.sums.values()}
    if any(isinstance(s, ir.Assign) and s.dest in nest.varying and isinstance(s.rv, ir.BinOp) and id(s) not in updates
           and s.rv.kind in (K.ADD, K.SUB, K.MUL) and s.dest.type == T.INT and not ranges.proves(s)
           for blk in blocks for s in blk.stmts):
        return False
    for acc, (_, v) in nest.sums.items():  # the sums stay `Int`s in any order of their terms
        term = ranges.of(v)
        terms = results.get(v.local, []) if isinstance(v, ir.Copy) else []
        if term is None and not terms:
            return False
        for t in [term] if term is not None else terms:
            ranges.sums(ir.Copy(acc), outer.n, t)
    rows = ranges.of(ir.Copy(nest.item.dest))
    if rows is None:
        return False
    loaded = [lst for blk in blocks for s in blk.stmts if isinstance(s, ir.Assign) and (lst := _row_list(s.rv, nest))]
    stored = [s.place.local for blk in blocks for s in blk.stmts if isinstance(s, ir.Store) and s.place.projs]
    for lst in dict.fromkeys([*stored, *loaded]):
        _require_inside(ranges, local, lst, rows, span)
    chunks, full, rem, tail_start = local(T.INT), local(T.INT), local(T.INT), local(T.INT)
    test = [*ranges.stmts,
            ir.Assign(chunks, ir.BinOp(K.FLOORDIV, outer.n, ir.Const(nest.variants.width, T.INT), span)),
            ir.Assign(full, ir.Intrinsic("int.nowrap", (ir.Copy(chunks), ir.Const(nest.variants.width, T.INT)), span,
                                         ("mul",))),
            ir.Assign(rem, ir.Intrinsic("int.nowrap", (outer.n, ir.Copy(full)), span, ("sub",))),
            ir.Assign(tail_start, ir.Intrinsic("int.nowrap", (outer.start, ir.Copy(full)), span, ("add",)))]
    first = max(b.id for b in fn.blocks) + 1
    guard, vinit, tinit = first, first + 1, first + 2
    vmap = {b: first + 3 + i for i, b in enumerate((outer.head, *nest.order))}
    tmap = {b: first + 3 + len(vmap) + i for i, b in enumerate((outer.head, *nest.order))}
    done = byid[outer.head].term.other  # type: ignore[union-attr]
    c, kt = local(T.INT), local(T.INT)
    ok = ranges.bad
    # the vector copy: rows start + W*c .. start + W*c + W-1, while c < chunks; a sum's
    # lanes start at 0 and are added to it after
    vec = _VectorCopy(nest, {loc: local(loc.type, loc) for loc in defs(blocks) if loc not in nest.varying and loc != k},
                      local, span)
    lanes_total = [(acc, local(T.INT)) for acc in nest.sums]
    new = [ir.Block(guard, test, ir.Branch(ir.Copy(ok), outer.head, vinit) if ok else ir.Goto(vinit)),
           ir.Block(vinit, [ir.Assign(c, ir.Use(ir.Const(0, T.INT))),
                            *(ir.Assign(vec.vec[acc], ir.Cast(ir.Const(0, T.INT), span)) for acc in nest.sums)],
                    ir.Goto(vmap[outer.head])),
           ir.Block(tinit, [*(s for acc, r in lanes_total for s in (
                                ir.Assign(r, ir.Intrinsic("simd.reduce_add", (ir.Copy(vec.vec[acc]),), span)),
                                ir.Assign(acc, ir.BinOp(K.ADD, ir.Copy(acc), ir.Copy(r), span)))),
                            ir.Assign(kt, ir.Use(ir.Const(0, T.INT)))], ir.Goto(tmap[outer.head]))]
    new.append(_head(vmap[outer.head], local, c, chunks, vmap[outer.body], tinit, span))
    guarded = {branch: side for side, (branch, _) in nest.guards.items()}
    for blk in blocks:
        stmts: list[ir.Statement] = []
        for s in blk.stmts:
            if s is nest.item:
                stmts += vec.rows(c, outer.start)
            elif s is nest.increment:
                stmts.append(ir.Assign(c, ir.BinOp(K.ADD, ir.Copy(c), ir.Const(1, T.INT), s.rv.span)))  # type: ignore[union-attr]
            else:
                stmts += vec.stmt(s)
        term = ir.Goto(guarded[blk.id]) if blk.id in guarded else blk.term  # every lane adds, 0 where c fails
        new.append(ir.Block(vmap[blk.id], stmts, retarget(rename_term(term, vec.uniform), vmap)))
    # the plain copy for the last rem rows, with locals of its own
    rename = {loc: local(loc.type, loc) for loc in defs(blocks) if loc not in nest.sums}
    rename[k] = kt
    new.append(_head(tmap[outer.head], local, kt, rem, tmap[outer.body], done, span))
    for blk in blocks:
        stmts = [rename_stmt(s, rename) for s in blk.stmts]
        if blk.id == outer.body:
            stmts[0] = ir.Assign(rename[nest.item.dest], ir.Intrinsic(
                "range.item", (ir.Copy(tail_start), ir.Copy(kt), outer.step), nest.item.rv.span))  # type: ignore[union-attr]
        new.append(ir.Block(tmap[blk.id], stmts, retarget(rename_term(blk.term, rename), tmap)))
        fn.stmt_ends |= {(tmap[blk.id], n) for b, n in fn.stmt_ends if b == blk.id}
    preds[0].term = ir.Goto(guard)
    fn.blocks.extend(new)
    return True


def _head(bid: int, local, k: ir.Local, n: ir.Local, body: int, done: int, span) -> ir.Block:  # noqa: ANN001
    """A range loop's head as mir/build/iterate.py lays it out: `c = lt(k, n); branch c, body, done`."""
    cond = local(T.BOOL)
    return ir.Block(bid, [ir.Assign(cond, ir.BinOp(K.LT, ir.Copy(k), ir.Copy(n), span))],
                    ir.Branch(ir.Copy(cond), body, done))


def _require_inside(ranges: Ranges, local, lst: ir.Local, rows, span) -> None:  # noqa: ANN001
    """`bad` unless every row's index lies in [0, len(lst)): lo >= 0 and hi <= len
    (hi bounds the index by the counter's exit value, one past the last row)."""
    neg, n, over = local(T.BOOL), local(T.INT), local(T.BOOL)
    ranges.stmts += [ir.Assign(neg, ir.BinOp(K.LT, rows[0], ir.Const(0, T.INT), span)),
                     ir.Assign(n, ir.Intrinsic("len", (ir.Copy(lst),), span)),
                     ir.Assign(over, ir.BinOp(K.LT, ir.Copy(n), rows[1], span))]
    ranges.fail_when(neg)
    ranges.fail_when(over)


class _VectorCopy:
    """Statements of a row turned into statements of W rows: varying locals become
    `SIMD` locals (one per original), uniform ones fresh locals of their own type
    (`uniform`), spread to all lanes where a lane-wise operation needs them; `xs[i] = v`
    becomes one vector store at the first row."""

    def __init__(self, nest: _Nest, uniform: dict[ir.Local, ir.Local], local, span) -> None:  # noqa: ANN001
        self.nest, self.uniform, self.local, self.span = nest, uniform, local, span
        self.width = W = nest.variants.width
        self.vec = {v: local(T.SIMDType(v.type, W), v) for v in nest.varying}
        self.base: ir.Local | None = None
        self.out: list[ir.Statement] = []

    def rows(self, c: ir.Local, start: ir.Operand) -> list[ir.Statement]:
        """`i = range.item(start, k, 1)` as `base = start + W*c; i = [base, ..., base + W-1]`."""
        self.base = self.local(T.INT)
        W = self.width
        spread, lanes = self.local(T.SIMDType(T.INT, W)), self.local(T.SIMDType(T.INT, W))
        i = self.nest.item
        return [ir.Assign(self.base, ir.Intrinsic("range.item", (start, ir.Copy(c), ir.Const(W, T.INT)), i.rv.span)),  # type: ignore[union-attr]
                ir.Assign(spread, ir.Cast(ir.Copy(self.base), self.span)),
                ir.Assign(lanes, ir.Intrinsic("simd.iota", (), self.span)),
                ir.Assign(self.vec[i.dest], ir.BinOp(K.ADD, ir.Copy(spread), ir.Copy(lanes), self.span))]

    def stmt(self, s: ir.Statement) -> list[ir.Statement]:
        self.out = []
        if id(s) in self.nest.masked:  # `u = t + v` where c holds: `u = t + select(c, v, 0)`
            cond, when = self.nest.masked[id(s)]
            assert isinstance(s, ir.Assign) and isinstance(s.rv, ir.BinOp)
            t, v = (s.rv.lhs, s.rv.rhs) if s.rv.rhs == self.nest.sums[self._acc(s)][1] else (s.rv.rhs, s.rv.lhs)
            mask = self._op(cond, T.BOOL)
            if not when:
                mask = ir.Copy(self._let(T.SIMDType(T.BOOL, self.width), ir.UnOp("invert", mask, s.rv.span)))
            zero = self._op(ir.Const(0, T.INT), T.INT)
            part = self._let(T.SIMDType(T.INT, self.width), ir.Intrinsic(
                "simd.select", (mask, self._op(v, T.INT), zero), s.rv.span))
            s = ir.Assign(s.dest, ir.BinOp(K.ADD, t, ir.Copy(part), s.rv.span))
        self.out.append(self._stmt(s))
        return self.out

    def _acc(self, update: ir.Statement) -> ir.Local:
        return next(acc for acc, (u, _) in self.nest.sums.items() if u is update)

    def _let(self, ty: T.Type, rv: ir.Rvalue) -> ir.Local:
        loc = self.local(ty)
        self.out.append(ir.Assign(loc, rv))
        return loc

    def _op(self, a: ir.Operand, elem: T.Type) -> ir.Operand:
        """`a` in all lanes: its vector, or a uniform value spread."""
        if isinstance(a, ir.Copy | ir.Move) and a.local in self.vec:
            return ir.Copy(self.vec[a.local])
        t = self.local(T.SIMDType(elem, self.width))
        self.out.append(ir.Assign(t, ir.Cast(rename_op(a, self.uniform), self.span)))
        return ir.Copy(t)

    def _stmt(self, s: ir.Statement) -> ir.Statement:
        vec = self.vec
        match s:
            case ir.Assign(dest=d, rv=rv) if d in vec:
                return ir.Assign(vec[d], self._rv(rv, d))
            case ir.Store(place=ir.Place(projs=()) as p, value=v) if p.local in vec:
                return ir.Store(ir.Place(vec[p.local], (), vec[p.local].type, p.span), self._op(v, p.local.type), s.span)
            case ir.Store(place=ir.Place(local=lst, projs=(ir.IndexProj(),)), value=v):
                assert self.base is not None and isinstance(lst.type, T.ListType)
                return ir.Eval(ir.Intrinsic("simd.store", (ir.Copy(lst), ir.Copy(self.base), self._op(v, lst.type.elem)),
                                            s.span))
            case _:
                return rename_stmt(s, self.uniform)

    def _rv(self, rv: ir.Rvalue, d: ir.Local) -> ir.Rvalue:
        match rv:
            case ir.Use(op=a):
                return ir.Use(self._op(a, d.type))
            case ir.BinOp(lhs=a, rhs=b):
                el = ir.operand_type(a)
                return ir.BinOp(rv.kind, self._op(a, el), self._op(b, el), rv.span)
            case ir.Cast(operand=a) | ir.Intrinsic(name="cast", args=(a,)):  # `float(i)`: a numeric conversion
                return ir.Cast(self._op(a, ir.operand_type(a)), rv.span)
            case ir.UnOp(kind=k, operand=a):  # a mask's `not` is `~`
                return ir.UnOp("invert" if k == "not" else k, self._op(a, ir.operand_type(a)), rv.span)
            case ir.Load(place=p) if p.projs:  # `xs[i]`: the W elements from the first row's
                assert self.base is not None
                return ir.Intrinsic("simd.load", (ir.Copy(rename_local(p.local, self.uniform)), ir.Copy(self.base)), p.span)
            case ir.Load(place=p):
                v = self.vec[p.local]
                return ir.Load(ir.Place(v, (), v.type, p.span))
            case ir.Intrinsic():
                return math_lanewise(rv, self._op, self._let, self.width)
            case ir.Call(fn=name, args=args):  # a vector for the variant's vector parameters
                v = self.nest.variants.use(name, _same(self.nest, rv))
                return ir.Call(v.name, tuple(self._op(a, ir.operand_type(a)) if isinstance(p.type, T.SIMDType)
                                             else rename_op(a, self.uniform) for a, p in zip(args, v.params)), rv.span)
            case _:
                raise AssertionError(f"no lane-wise form of {rv}")
