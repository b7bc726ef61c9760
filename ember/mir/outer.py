"""Outer-loop vectorization: a nest whose rows are independent runs 8 rows at a time.

B7's `for i: s = 0.0; for j: s += f(i, j) * v[j]; out[i] = s` is a sum per row. LLVM
can vectorize the inner loop only over j, which reorders each row's sum (forbidden: it
would change the printed digits) or adds the lanes one by one (codegen/target.py: a
chain of dependent adds, 3 cycles each). Here the nest gets a copy that runs the rows
i .. i+7 in the lanes of `SIMD` values instead: every lane adds its own row's terms in
the source's order, so each `out[i]` is bit for bit the scalar loop's, and 8 sums are in
flight at once. GCC does the same to the C version.

The nest qualifies when (conservative throughout: a doubt is a no)
- it is a range loop `for i in range(start, stop, 1)` around exactly one range loop, and
  both are straight code otherwise (no branch but the loops' own tests);
- a local of the nest holds a value of this row ("varying": `i`, and what is computed
  from it) only as an `Int` or a float, and it is written before it is read in each
  row (no value flows from one row to the next, but through the lists it stores);
- varying values are combined by `+ - * /`, `//` and `%` by a positive constant, and
  conversions to float; a list is indexed only by values that are not varying, and
  stored only as `xs[i] = value`, outside the inner loop, in a list the nest does not
  read otherwise and that is surely not one it reads (mir/loops.py `separate_lists`);
- every local the nest assigns is a scalar (`Int`, float, `Bool`) read nowhere after it;
  nothing else has an effect (no calls, prints, drops), nothing that may fault follows
  a store of the row, and varying checked `Int` arithmetic is bounded by the ranges
  (mir/ranges.py: computed once, before the nest).

Before the nest, one test decides: the bounds prove that no varying operation overflows
and that every `xs[i]` lies in [0, len(xs)). If they do not, the original nest runs as it
always did (its faults keep their row and place). If they do, the vector copy runs the
first `8 * (n // 8)` rows and a plain copy the rest. Values that are not varying are the
same in every row, so an operation on them that faults, faults in the first row at the
same place in both versions, before any store of that row. Runs first among the loop
passes (after inlining, which brings `f`'s arithmetic into the nest); the passes after
it version the copies' inner loops for their own checks.
"""
from __future__ import annotations

from dataclasses import dataclass

from ember.mir import ir
from ember.mir.loops import RangeLoop, defs, range_loop, read_locals, retarget, separate_lists
from ember.mir.ranges import Ranges
from ember.mir.rename import rename_op, rename_stmt, rename_term
from ember.types import types as T

K = ir.BinKind
W = 8  # lanes: one AVX-512 register of f64, two of AVX2
MAX_STMTS = 200  # nests bigger than this are not duplicated
_LANE_OPS = frozenset({K.ADD, K.SUB, K.MUL, K.DIV})
_UNIFORM_INTRINSICS = frozenset({"range.item", "range.len", "len"})


@dataclass(frozen=True)
class _Nest:
    outer: RangeLoop
    inner: RangeLoop
    order: tuple[int, ...]        # the blocks of one row in the order they run (outer head left out)
    inner_blocks: frozenset[int]
    item: ir.Assign               # `i = range.item(start, k, 1)`, the outer body's first statement
    increment: ir.Assign          # `k = add(k, 1)`
    varying: frozenset[ir.Local]
    lanes: frozenset[ir.Local]    # varying locals that hold `i` itself (the index of a row's store)


def vectorize_outer_loops(prog: ir.Program) -> ir.Program:
    for fn in prog.functions.values():
        loops = _range_loops(fn)
        for head in [b.id for b in fn.blocks]:  # the copies made here are not looked at again
            nest = _nest_at(fn, loops, head)
            if nest is not None and _vectorize(fn, nest):
                loops = _range_loops(fn)  # the blocks changed
    return prog


def _range_loops(fn: ir.Function) -> dict[int, RangeLoop]:
    return {lp.head: lp for lp in (range_loop(fn, blk, MAX_STMTS) for blk in fn.blocks) if lp is not None}


def _nest_at(fn: ir.Function, loops: dict[int, RangeLoop], head: int) -> _Nest | None:
    lp = loops.get(head)
    if lp is None:
        return None
    inner = [loops[h] for h in lp.blocks if h != lp.head and h in loops]
    if len(inner) != 1 or any(h in loops for h in inner[0].blocks if h != inner[0].head):
        return None
    return _nest(fn, lp, inner[0])


def _chain(byid: dict[int, ir.Block], start: int, stop: int, allowed: frozenset[int]) -> list[int] | None:
    """The blocks from `start` following gotos until one jumps to `stop`; None if a block
    branches, leaves `allowed`, or comes twice."""
    out, b = [], start
    while True:
        if b not in allowed or b in out:
            return None
        out.append(b)
        t = byid[b].term
        if not isinstance(t, ir.Goto):
            return None
        if t.target == stop:
            return out
        b = t.target


def _nest(fn: ir.Function, outer: RangeLoop, inner: RangeLoop) -> _Nest | None:
    if outer.step != ir.Const(1, T.INT):
        return None
    byid = {b.id: b for b in fn.blocks}
    rest = outer.blocks - inner.blocks - {outer.head}
    ihead = byid[inner.head]
    if not isinstance(ihead.term, ir.Branch) or len(ihead.stmts) != 1 or len(byid[outer.head].stmts) != 1:
        return None
    fore = _chain(byid, outer.body, inner.head, rest)
    body = _chain(byid, inner.body, inner.head, inner.blocks - {inner.head})
    aft = _chain(byid, ihead.term.other, outer.head, rest)
    if fore is None or body is None or aft is None or len(fore) + len(aft) != len(rest) or \
            len(body) + 1 != len(inner.blocks):
        return None
    order = (*fore, inner.head, *body, *aft)
    item, latch = byid[outer.body].stmts[0], byid[aft[-1]]
    k = byid[outer.head].stmts[0].rv.lhs.local  # type: ignore[union-attr]
    incs = [s for s in latch.stmts if isinstance(s, ir.Assign) and s.dest == k]
    if len(incs) != 1 or not isinstance(item, ir.Assign):
        return None
    stmts = [(b, s) for b in order for s in byid[b].stmts]
    assigned = defs([byid[b] for b in order])
    if not _written_first(stmts, k, item, incs[0], [byid[b] for b in order], assigned):
        return None
    varying = _varying(stmts, item.dest)
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
    if any(r in assigned or r == k for b in outside for s in [*b.stmts, b.term] for r in read_locals(s)):
        return None  # a value of the nest is used after it: the copies do not leave it there
    nest = _Nest(outer, inner, order, inner.blocks, item, incs[0], frozenset(varying), frozenset(lanes))
    return nest if _all_fit(fn, nest, stmts) else None


def _written_first(stmts, k: ir.Local, item: ir.Assign, inc: ir.Assign,  # noqa: ANN001
                   blocks: list[ir.Block], assigned: dict[ir.Local, int]) -> bool:
    """Whether every local the nest assigns (`assigned`) is written before it is read in
    a row (in the order the row runs), and the counter `k` is read only by `item` and `inc`."""
    written: set[ir.Local] = set()
    for _, s in stmts:
        reads = read_locals(s)
        if k in reads and s is not item and s is not inc:
            return False
        if any(r in assigned and r not in written and r != k for r in reads):
            return False
        if isinstance(s, ir.Assign):
            written.add(s.dest)
        elif isinstance(s, ir.Store) and not s.place.projs:
            written.add(s.place.local)
    terms = [b.term for b in blocks]
    return not any(k in read_locals(t) for t in terms) and all(
        r not in assigned or r in written for t in terms for r in read_locals(t))


def _varying(stmts, seed: ir.Local) -> set[ir.Local]:  # noqa: ANN001
    """The locals that hold a value computed from the row's index."""
    varying = {seed}
    changed = True
    while changed:
        changed = False
        for _, s in stmts:
            dest = s.dest if isinstance(s, ir.Assign) else s.place.local if isinstance(s, ir.Store) and not s.place.projs else None
            if dest is not None and dest not in varying and any(r in varying for r in read_locals(s)):
                varying.add(dest)
                changed = True
    return varying


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
                if not (_lane_type(d.type) and _lane_rvalue(rv, d, nest)):
                    return False
            case ir.Assign(rv=ir.Use() | ir.BinOp() | ir.Cast()):
                pass
            case ir.Assign(rv=ir.Load(place=p)):
                if p.projs and not (len(p.projs) == 1 and isinstance(p.projs[0], ir.IndexProj)
                                    and isinstance(p.local.type, T.ListType)):
                    return False
                if p.projs:
                    read_lists.add(p.local)
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
        case ir.BinOp(kind=kind, lhs=a, rhs=b) if kind in _LANE_OPS:
            return ir.operand_type(a) == ir.operand_type(b) == d.type
        case ir.BinOp(kind=K.FLOORDIV | K.MOD, lhs=a, rhs=ir.Const(value=int(c))) if c > 0:
            return ir.operand_type(a) == d.type == T.INT
        case ir.Cast(operand=a) | ir.Intrinsic(name="cast", args=(a,)):  # to a float, or Int from Int (float to Int can fault)
            return _lane_type(ir.operand_type(a)) and (isinstance(d.type, T.FloatType) or ir.operand_type(a) == T.INT)
        case ir.Load(place=ir.Place(local=loc, projs=())):
            return loc in nest.varying and loc.type == d.type
        case _:
            return False


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
    assigned = defs(blocks)
    for s in (s for blk in blocks for s in blk.stmts):  # `len(xs)`: nothing in the nest resizes a list
        if isinstance(s, ir.Assign) and isinstance(s.rv, ir.Intrinsic) and s.rv.name == "len" and assigned[s.dest] == 1 \
                and s.dest not in nest.varying and all(isinstance(a, ir.Copy) and a.local not in assigned for a in s.rv.args):
            n = local(T.INT)
            ranges.stmts.append(ir.Assign(n, s.rv))
            ranges.seeded[s.dest] = (ir.Copy(n), ir.Copy(n))
    hi = ranges.of(inner.n)
    if hi is None:
        return False
    ranges.seeded[byid[inner.head].stmts[0].rv.lhs.local] = (ir.Const(0, T.INT), hi[1])  # type: ignore[union-attr]
    if any(isinstance(s, ir.Assign) and s.dest in nest.varying and isinstance(s.rv, ir.BinOp)
           and s.rv.kind in (K.ADD, K.SUB, K.MUL) and s.dest.type == T.INT and not ranges.proves(s)
           for blk in blocks for s in blk.stmts):
        return False
    rows = ranges.of(ir.Copy(nest.item.dest))
    if rows is None:
        return False
    for lst in dict.fromkeys(s.place.local for blk in blocks for s in blk.stmts if isinstance(s, ir.Store) and s.place.projs):
        _require_inside(ranges, local, lst, rows, span)
    chunks, full, rem, tail_start = local(T.INT), local(T.INT), local(T.INT), local(T.INT)
    test = [*ranges.stmts,
            ir.Assign(chunks, ir.BinOp(K.FLOORDIV, outer.n, ir.Const(W, T.INT), span)),
            ir.Assign(full, ir.Intrinsic("int.nowrap", (ir.Copy(chunks), ir.Const(W, T.INT)), span, ("mul",))),
            ir.Assign(rem, ir.Intrinsic("int.nowrap", (outer.n, ir.Copy(full)), span, ("sub",))),
            ir.Assign(tail_start, ir.Intrinsic("int.nowrap", (outer.start, ir.Copy(full)), span, ("add",)))]
    first = max(b.id for b in fn.blocks) + 1
    guard, vinit, tinit = first, first + 1, first + 2
    vmap = {b: first + 3 + i for i, b in enumerate((outer.head, *nest.order))}
    tmap = {b: first + 3 + len(vmap) + i for i, b in enumerate((outer.head, *nest.order))}
    done = byid[outer.head].term.other  # type: ignore[union-attr]
    c, kt = local(T.INT), local(T.INT)
    ok = ranges.bad
    new = [ir.Block(guard, test, ir.Branch(ir.Copy(ok), outer.head, vinit) if ok else ir.Goto(vinit)),
           ir.Block(vinit, [ir.Assign(c, ir.Use(ir.Const(0, T.INT)))], ir.Goto(vmap[outer.head])),
           ir.Block(tinit, [ir.Assign(kt, ir.Use(ir.Const(0, T.INT)))], ir.Goto(tmap[outer.head]))]
    # the vector copy: rows start + W*c .. start + W*c + W-1, while c < chunks
    vec = _VectorCopy(nest, {loc: local(loc.type, loc) for loc in defs(blocks) if loc not in nest.varying and loc != k},
                      local, span)
    new.append(_head(vmap[outer.head], local, c, chunks, vmap[outer.body], tinit, span))
    for blk in blocks:
        stmts: list[ir.Statement] = []
        for s in blk.stmts:
            if s is nest.item:
                stmts += vec.rows(c, outer.start)
            elif s is nest.increment:
                stmts.append(ir.Assign(c, ir.BinOp(K.ADD, ir.Copy(c), ir.Const(1, T.INT), s.rv.span)))  # type: ignore[union-attr]
            else:
                stmts += vec.stmt(s)
        new.append(ir.Block(vmap[blk.id], stmts, retarget(rename_term(blk.term, vec.uniform), vmap)))
    # the plain copy for the last rem rows, with locals of its own
    rename = {loc: local(loc.type, loc) for loc in defs(blocks)}
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
        self.vec = {v: local(T.SIMDType(v.type, W), v) for v in nest.varying}
        self.base: ir.Local | None = None
        self.out: list[ir.Statement] = []

    def rows(self, c: ir.Local, start: ir.Operand) -> list[ir.Statement]:
        """`i = range.item(start, k, 1)` as `base = start + W*c; i = [base, ..., base + W-1]`."""
        self.base = self.local(T.INT)
        spread, lanes = self.local(T.SIMDType(T.INT, W)), self.local(T.SIMDType(T.INT, W))
        i = self.nest.item
        return [ir.Assign(self.base, ir.Intrinsic("range.item", (start, ir.Copy(c), ir.Const(W, T.INT)), i.rv.span)),  # type: ignore[union-attr]
                ir.Assign(spread, ir.Cast(ir.Copy(self.base), self.span)),
                ir.Assign(lanes, ir.Intrinsic("simd.iota", (), self.span)),
                ir.Assign(self.vec[i.dest], ir.BinOp(K.ADD, ir.Copy(spread), ir.Copy(lanes), self.span))]

    def stmt(self, s: ir.Statement) -> list[ir.Statement]:
        self.out = []
        self.out.append(self._stmt(s))
        return self.out

    def _op(self, a: ir.Operand, elem: T.Type) -> ir.Operand:
        """`a` in all lanes: its vector, or a uniform value spread."""
        if isinstance(a, ir.Copy | ir.Move) and a.local in self.vec:
            return ir.Copy(self.vec[a.local])
        t = self.local(T.SIMDType(elem, W))
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
            case ir.Load(place=p):
                v = self.vec[p.local]
                return ir.Load(ir.Place(v, (), v.type, p.span))
            case _:
                raise AssertionError(f"no lane-wise form of {rv}")
