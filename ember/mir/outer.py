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
- it is a range loop `for i in range(start, stop, 1)` around range loops with no loop
  inside, one after another (or none, around a call), all straight code otherwise: no
  branch but the loops' own tests and `if`s whose sides (one block each) only add to an
  `Int` sum or only assign locals, each assigned on both sides, earlier in the row, or
  read only in its side (the copy runs both sides and each lane keeps its own side's
  values: a select);
  a loop over a list's elements that nothing in it can resize counts as the range loop
  over its indices (`_list_loop_as_range`: `for x in xs: t += f(x)`);
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

from ember.mir import ir
from ember.mir.loops import (RangeLoop, counts_up, defs, invariant, local_functions, natural_loop, new_local, range_loop,
                             read_locals, resizable, retarget)
from ember.mir.nests import Nest, nest_at, row_list, same_args, variant_of
from ember.mir.ranges import Bounds, Ranges
from ember.mir.rename import rename_local, rename_op, rename_stmt, rename_term
from ember.mir.variants import Arg, Ends, Most, Variants, both_sides, lanewise
from ember.types import types as T

K = ir.BinKind
MAX_STMTS = 200  # nests bigger than this are not duplicated


def vectorize_outer_loops(prog: ir.Program, width: int = 8) -> ir.Program:
    """`width` lanes (rows or calls) at a time: two vector registers of f64 on the target
    (codegen/target.py `f64_lanes`), so two chains of dependent operations are in flight."""
    variants, local_only = Variants(prog, width), local_functions(prog)
    for fn in list(prog.functions.values()):
        loops = _range_loops(fn)
        for blk in list(fn.blocks):  # the copies made here are not looked at again
            undo = _as_range_loops(fn, blk, loops, local_only)
            if undo:
                loops = _range_loops(fn)
            nest = nest_at(fn, loops, blk.id, variants)
            if nest is not None and _vectorize(fn, nest):
                loops = _range_loops(fn)  # the blocks changed
            elif undo:
                for b, stmts in reversed(undo):
                    b.stmts = stmts
                loops = _range_loops(fn)
    return prog


def _as_range_loops(fn: ir.Function, head: ir.Block, loops: dict[int, RangeLoop],
                    local_only: frozenset[str]) -> list[tuple[ir.Block, list[ir.Statement]]]:
    """The loop at `head` and the list loops inside it as range loops (`_list_loop_as_range`),
    for `nest_at` to look at; what to undo if the nest does not qualify."""
    undo = [] if head.id in loops else _list_loop_as_range(fn, head, local_only)
    if undo is None:
        return []
    outer = loops.get(head.id) or _range_loops(fn).get(head.id)
    byid = {b.id: b for b in fn.blocks}
    for h in sorted(outer.blocks - {head.id}) if outer is not None else ():
        if h not in loops:
            undo += _list_loop_as_range(fn, byid[h], local_only) or []
    return undo


def _list_loop_as_range(fn: ir.Function, head: ir.Block, local_only: frozenset[str]) -> list[tuple[ir.Block, list[ir.Statement]]] | None:
    """`for x in xs` (`enumerate(xs)`, `zip(xs, ys)` too) as mir/build lays it out: the head
    computes the bound from the lists' lengths each time (`n = len(xs)`; zip's `min` of
    two), then `c = lt(k, n)`; the body reads `list.get_unchecked(xs, k)`. When nothing in
    the loop can resize those lists (`local_only`: loops.py `local_functions`, whose calls
    cannot), rewritten as a range loop over the indices: the bound computed once before
    it, `i = range.item(0, k, 1)` first in the body, and `i` read where the body read
    `k`. Returns the blocks it changed with their old statements (to undo it); None when
    the loop is not of that shape."""
    t = head.term
    if not isinstance(t, ir.Branch) or not head.stmts:
        return None
    *bound, test = head.stmts
    match test:
        case ir.Assign(dest=c, rv=ir.BinOp(kind=K.LT, lhs=ir.Copy(local=k), rhs=ir.Copy(local=n))) if t.cond == ir.Copy(c):
            pass
        case _:
            return None
    made: set[ir.Local] = set()
    lists: list[ir.Local] = []
    for s in bound:
        match s:
            case ir.Assign(dest=d, rv=ir.Intrinsic(name="len", args=(ir.Copy(local=xs),))) if isinstance(xs.type, T.ListType):
                lists.append(xs)
            case ir.Assign(dest=d, rv=ir.Intrinsic(name="min", args=(ir.Copy(local=a), ir.Copy(local=b)))) \
                    if a in made and b in made:
                pass
            case _:
                return None
        made.add(d)
    byid = {b.id: b for b in fn.blocks}
    blocks = natural_loop(fn, head.id, t.then)
    if n not in made or blocks is None:
        return None
    loop = [byid[b] for b in blocks]
    preds = [b for b in fn.blocks if b.id not in blocks and head.id in ir.successors(b.term)]
    count = defs(fn.blocks)
    reads = [s for b in fn.blocks for s in [*b.stmts, b.term] if any(d in read_locals(s) for d in made)]
    if len(preds) != 1 or not isinstance(preds[0].term, ir.Goto) or not counts_up(fn, k, blocks) \
            or any(not invariant(ir.Copy(xs), loop, defs(loop)) or resizable(xs, loop, local_only=local_only)
                   for xs in lists) or any(count[d] != 1 for d in made) \
            or not all(any(s is h for h in head.stmts) for s in reads) \
            or any(k in read_locals(b.term) for b in loop if b is not head):
        return None
    undo = [(b, b.stmts) for b in (preds[0], *loop)]
    i = new_local(fn, T.INT)
    preds[0].stmts = [*preds[0].stmts, *bound]
    head.stmts = [test]
    for b in loop:
        if b is not head:  # the body reads the index where it read the counter; `k += 1` stays
            b.stmts = [s if isinstance(s, ir.Assign) and s.dest == k else rename_stmt(s, {k: i}) for s in b.stmts]
    body = byid[t.then]
    body.stmts = [ir.Assign(i, ir.Intrinsic("range.item", (ir.Const(0, T.INT), ir.Copy(k), ir.Const(1, T.INT)), test.rv.span)),
                  *body.stmts]
    return undo


def _range_loops(fn: ir.Function) -> dict[int, RangeLoop]:
    return {lp.head: lp for lp in (range_loop(fn, blk, MAX_STMTS) for blk in fn.blocks) if lp is not None}


def _ends(call: ir.Call, ends: Ends, blocks: list[ir.Block], assigned: dict[ir.Local, int],
          ranges: Ranges) -> Bounds | None:
    """A variant's bounds of its result as operands before the loop: an argument must be
    one value all through it; the largest of several (`Most`) is computed there."""
    out = []
    for e in ends:
        ops = []
        for one in e.ends if isinstance(e, Most) else (e,):
            op = call.args[one.index] if isinstance(one, Arg) else ir.Const(one, T.INT)
            if not invariant(op, blocks, assigned):
                return None
            ops.append(op)
        top = ops[0]
        for op in ops[1:]:
            top = ranges.pick("max", top, op)
        out.append(top)
    return out[0], out[1]


def _bounds_test(nest: Nest, blocks: list[ir.Block], byid: dict[int, ir.Block], local, span) -> Ranges | None:  # noqa: ANN001
    """The test before the nest (`ranges.stmts`, `ranges.bad`): bounds over all rows prove
    that no varying `Int` operation overflows, that the sums stay `Int`s and that every
    row's list element lies inside its list; None when some bound cannot be had."""
    outer, k = nest.outer, nest.increment.dest
    ranges = Ranges([byid[outer.head], *blocks], outer.head, k, outer.n, local, span)
    assigned = defs(blocks, stores=True)
    for s in (s for blk in blocks for s in blk.stmts):  # `len(xs)`: nothing in the nest resizes a list
        if isinstance(s, ir.Assign) and isinstance(s.rv, ir.Intrinsic) and s.rv.name == "len" and assigned[s.dest] == 1 \
                and s.dest not in nest.varying and all(isinstance(a, ir.Copy) and a.local not in assigned for a in s.rv.args):
            n = local(T.INT)
            ranges.stmts.append(ir.Assign(n, s.rv))
            ranges.seeded[s.dest] = (ir.Copy(n), ir.Copy(n))
    row = [s for blk in blocks for s in [*blk.stmts, blk.term]]
    heads = {b: il.head for il in nest.inners for b in il.blocks}
    loop_of = [heads.get(blk.id) for blk in blocks for _ in [*blk.stmts, blk.term]]
    counters = {byid[il.head].stmts[0].rv.lhs.local for il in nest.inners}  # type: ignore[union-attr]
    before = _set_before(row, loop_of, {loc: n for loc, n in assigned.items() if loc not in nest.sums and loc not in counters})
    ranges.assigned_once({loc: row[at[0]] for loc, at in before.items() if len(at) == 1})
    for inner in nest.inners:  # each inner counter from 0 to its bound
        hi = ranges.of(inner.n)
        if hi is None:
            return None
        ranges.seeded[byid[inner.head].stmts[0].rv.lhs.local] = (ir.Const(0, T.INT), hi[1])  # type: ignore[union-attr]
    for loc, at in before.items():
        if len(at) > 1:
            ranges.seed(loc, [row[a].rv for a in at])
    results: dict[ir.Local, list[Bounds]] = {}  # what a call's code shows of its result
    for s in (s for blk in blocks for s in blk.stmts):
        if isinstance(s, ir.Assign) and isinstance(s.rv, ir.Call) and s.dest.type == T.INT and assigned[s.dest] == 1:
            made = variant_of(nest, s.rv)
            pairs = [] if made is None or made.result is None else [_ends(s.rv, e, blocks, assigned, ranges)
                                                                    for e in made.result]
            if pairs and None not in pairs:
                results[s.dest] = pairs  # type: ignore[assignment]
                if all(isinstance(e, ir.Const) for p in pairs for e in p):  # type: ignore[union-attr]
                    ranges.seeded[s.dest] = (ir.Const(min(p[0].value for p in pairs), T.INT),  # type: ignore[union-attr, type-var]
                                             ir.Const(max(p[1].value for p in pairs), T.INT))  # type: ignore[union-attr, type-var]
    updates = {id(u) for u, _ in nest.sums.values()}
    if any(isinstance(s, ir.Assign) and s.dest in nest.varying and isinstance(s.rv, ir.BinOp) and id(s) not in updates
           and s.rv.kind in (K.ADD, K.SUB, K.MUL) and s.dest.type == T.INT and not ranges.proves(s)
           for blk in blocks for s in blk.stmts):
        return None
    for acc, (_, v) in nest.sums.items():  # the sums stay `Int`s in any order of their terms
        term = ranges.of(v)
        terms = results.get(v.local, []) if isinstance(v, ir.Copy) else []
        if term is None and not terms:
            return None
        for t in [term] if term is not None else terms:
            ranges.sums(ir.Copy(acc), outer.n, t)
    rows = ranges.of(ir.Copy(nest.item.dest))
    if rows is None:
        return None
    loaded = [lst for blk in blocks for s in blk.stmts if isinstance(s, ir.Assign) and (lst := row_list(s.rv, nest))]
    stored = [s.place.local for blk in blocks for s in blk.stmts if isinstance(s, ir.Store) and s.place.projs]
    for lst in dict.fromkeys([*stored, *loaded]):
        _require_inside(ranges, local, lst, rows, span)
    return ranges


def _vectorize(fn: ir.Function, nest: Nest) -> bool:
    """Adds the test, the vector copy and the tail copy; False (nothing changed) when the
    nest's entry or bounds do not fit."""
    outer = nest.outer
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

    ranges = _bounds_test(nest, blocks, byid, local, span)
    if ranges is None:
        return False
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
    moved = {b for _, then, other in nest.joins.values() for b in (then, other) if b is not None}
    for blk in blocks:
        stmts: list[ir.Statement] = []
        for s in blk.stmts if blk.id not in moved else ():  # a join's sides run at its test
            if s is nest.item:
                stmts += vec.rows(c, outer.start)
            elif s is nest.increment:
                stmts.append(ir.Assign(c, ir.BinOp(K.ADD, ir.Copy(c), ir.Const(1, T.INT), s.rv.span)))  # type: ignore[union-attr]
            else:
                stmts += vec.stmt(s)
        term = ir.Goto(guarded[blk.id]) if blk.id in guarded else blk.term  # every lane adds, 0 where c fails
        if blk.id in nest.joins:
            cond, then, other = nest.joins[blk.id]
            stmts += both_sides(vec, cond, *(byid[b].stmts if b is not None else [] for b in (then, other)))
            side = byid[then if then is not None else other]  # type: ignore[index]
            term = side.term  # where the sides meet
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


def _set_before(row: list, loop_of: list[int | None], assigned: dict[ir.Local, int]) -> dict[ir.Local, list[int]]:  # noqa: ANN001
    """The `Int` locals the row sets before every read, with where (a row is straight
    code, but an inner loop may run no iteration): set once, outside inner loops (the
    bound of a second inner loop, computed after the first) or in one with every read in
    it after; or in inner loops, each read in such a loop after its own assignment there
    (`j` of two loops `for j in range(n)`: its bounds are the widest of the assignments').
    `loop_of`: the inner loop (its head) of each of `row`'s statements, None outside."""
    out: dict[ir.Local, list[int]] = {}
    for loc, times in assigned.items():
        sets = [at for at, s in enumerate(row) if isinstance(s, ir.Assign) and s.dest == loc]
        reads = [at for at, s in enumerate(row) if loc in read_locals(s)]
        if loc.type == T.INT and sets and len(sets) == times \
                and all(any(w < at and loop_of[w] in (None, loop_of[at]) for w in sets) for at in reads):
            out[loc] = sets
    return out


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

    def __init__(self, nest: Nest, uniform: dict[ir.Local, ir.Local], local, span) -> None:  # noqa: ANN001
        self.nest, self.uniform, self.local, self.span = nest, uniform, local, span
        self.width = W = nest.variants.width
        self.vec = {v: local(T.SIMDType(v.type, W), v) for v in sorted(nest.varying, key=lambda v: v.id)}  # (a set)
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
        self.emit(s)
        return self.out

    def emit(self, s: ir.Statement) -> None:
        if isinstance(s, ir.Drop):  # of a number or a Bool (nests.py): nothing to free
            return
        if id(s) in self.nest.masked:  # `u = t + v` where c holds: `u = t + select(c, v, 0)`
            cond, when = self.nest.masked[id(s)]
            assert isinstance(s, ir.Assign) and isinstance(s.rv, ir.BinOp)
            t, v = (s.rv.lhs, s.rv.rhs) if s.rv.rhs == self.nest.sums[self._acc(s)][1] else (s.rv.rhs, s.rv.lhs)
            mask = self.op(cond, T.BOOL)
            if not when:
                mask = ir.Copy(self.let(T.SIMDType(T.BOOL, self.width), ir.UnOp("invert", mask, s.rv.span)))
            zero = self.op(ir.Const(0, T.INT), T.INT)
            part = self.let(T.SIMDType(T.INT, self.width), ir.Intrinsic(
                "simd.select", (mask, self.op(v, T.INT), zero), s.rv.span))
            s = ir.Assign(s.dest, ir.BinOp(K.ADD, t, ir.Copy(part), s.rv.span))
        self.out.append(self._stmt(s))

    def _acc(self, update: ir.Statement) -> ir.Local:
        return next(acc for acc, (u, _) in self.nest.sums.items() if u is update)

    def let(self, ty: T.Type, rv: ir.Rvalue) -> ir.Local:
        loc = self.local(ty)
        self.out.append(ir.Assign(loc, rv))
        return loc

    def op(self, a: ir.Operand, elem: T.Type) -> ir.Operand:
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
                return ir.Assign(vec[d], self._rv(rv))
            case ir.Store(place=ir.Place(projs=()) as p, value=v) if p.local in vec:
                return ir.Store(ir.Place(vec[p.local], (), vec[p.local].type, p.span), self.op(v, p.local.type), s.span)
            case ir.Store(place=ir.Place(local=lst, projs=(ir.IndexProj(),)), value=v):
                assert self.base is not None and isinstance(lst.type, T.ListType)
                return ir.Eval(ir.Intrinsic("simd.store", (ir.Copy(lst), ir.Copy(self.base), self.op(v, lst.type.elem)),
                                            s.span))
            case _:
                return rename_stmt(s, self.uniform)

    def _rv(self, rv: ir.Rvalue) -> ir.Rvalue:
        match rv:
            case ir.Load(place=ir.Place(local=lst, projs=(_,), span=sp)) | ir.Intrinsic(
                    name="list.get_unchecked", args=(ir.Copy(local=lst), _), span=sp):  # `xs[i]`: the W elements
                assert self.base is not None                                           # from the first row's
                return ir.Intrinsic("simd.load", (ir.Copy(rename_local(lst, self.uniform)), ir.Copy(self.base)), sp)
            case ir.Call(fn=name, args=args):  # a vector for the variant's vector parameters
                v = self.nest.variants.use(name, same_args(self.nest, rv))
                return ir.Call(v.name, tuple(self.op(a, ir.operand_type(a)) if isinstance(p.type, T.SIMDType)
                                             else rename_op(a, self.uniform) for a, p in zip(args, v.params)), rv.span)
            case _:
                return lanewise(rv, self.op, self.let, self.vec, self.width)
