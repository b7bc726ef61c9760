"""What mir/outer.py vectorizes: a nest of independent rows (or a loop around calls with
vector variants) and the facts its copies need: the rows' blocks in order, the varying
locals, the sums and the counts under a test, each statement's lane-wise form. The
conditions are mir/outer.py's docstring; a doubt is a no.
"""
from __future__ import annotations

from dataclasses import dataclass

from ember.mir import ir
from ember.mir.loops import RangeLoop, defs, derived_locals, live_at, read_locals, reads, separate_lists, writes
from ember.mir.variants import Variant, Variants, math_lanes
from ember.types import types as T

K = ir.BinKind
_LANE_OPS = frozenset({K.ADD, K.SUB, K.MUL, K.DIV})
_CMP = frozenset({K.EQ, K.NE, K.LT, K.LE, K.GT, K.GE})
# (`list.get_unchecked`: an inner `for x in xs`'s element, the same in every row)
_UNIFORM_INTRINSICS = frozenset({"range.item", "range.len", "len", "cast", "list.get_unchecked"})


@dataclass(frozen=True)
class Nest:
    outer: RangeLoop
    inners: tuple[RangeLoop, ...]  # the loops a row runs one after another; none: around calls (`nest_at`)
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
    # a branch whose sides only assign locals -> (its test, the side run when it holds, the
    # other; None for an empty side): the copy runs both, each lane keeping its side's values
    joins: dict[int, tuple[ir.Operand, int | None, int | None]]
    variants: Variants            # its `width`: the lanes of the vector copy


def nest_at(fn: ir.Function, loops: dict[int, RangeLoop], head: int, variants: Variants) -> Nest | None:
    """The nest whose outer loop's head is `head`: around range loops with no loop inside
    them (one after another in a row), or none: then it counts when it calls a function
    (LLVM vectorizes the others itself, but not a call)."""
    lp = loops.get(head)
    if lp is None:
        return None
    inner = [loops[h] for h in lp.blocks if h != lp.head and h in loops]
    if not inner:
        byid = {b.id: b for b in fn.blocks}
        calls = any(isinstance(s, ir.Assign) and isinstance(s.rv, ir.Call) for b in lp.blocks for s in byid[b].stmts)
        return _nest(fn, lp, (), variants) if calls else None
    if any(h in loops for il in inner for h in il.blocks if h != il.head):
        return None
    return _nest(fn, lp, tuple(inner), variants)


def _chain(byid: dict[int, ir.Block], start: int, stops: frozenset[int], allowed: frozenset[int],
           guards: dict[int, tuple[int, bool]]) -> list[int] | None:
    """The blocks from `start` following gotos until one jumps to one of `stops`; None if a block
    leaves `allowed` or comes twice, or branches but to an `if` (`branch c, then, other`,
    each side one block, both going to the same block next): its sides that are not empty
    are recorded in `guards` (block -> (the branching block, whether it runs when c
    holds)), for `_nest` to check that they only add to a sum or assign locals."""
    out, b = [], start
    while True:
        if b not in allowed or b in out:
            return None
        out.append(b)
        t = byid[b].term
        if isinstance(t, ir.Branch):
            sides = [x for x in (t.then, t.other) if x in allowed and x not in out and byid[x].stmts]
            nexts = {byid[x].term.target if isinstance(byid[x].term, ir.Goto) else None for x in (t.then, t.other)}
            meet = _meet(byid, t)
            if meet is not None and len(sides) == 1 and sides[0] != meet:  # `if c: ...` that goes on at `meet`
                guards[sides[0]] = (b, sides[0] == t.then)
                out.append(sides[0])
                b = meet
                continue
            if not sides or len(nexts) != 1 or None in nexts or not {t.then, t.other} <= allowed:
                return None
            guards |= {side: (b, side == t.then) for side in sides}
            out += [x for x in (t.then, t.other) if x not in out]
            t = byid[sides[0]].term
        if not isinstance(t, ir.Goto):
            return None
        if t.target in stops:
            return out
        b = t.target


def _meet(byid: dict[int, ir.Block], t: ir.Branch) -> int | None:
    """The side of `t` that the other side goes on to (`branch c, then, rest` where `then`
    ends in `goto rest`), else None."""
    for side, rest in ((t.then, t.other), (t.other, t.then)):
        term = byid[side].term
        if isinstance(term, ir.Goto) and term.target == rest:
            return rest
    return None


def _rows(byid: dict[int, ir.Block], outer: RangeLoop, inners: tuple[RangeLoop, ...],
          guards: dict[int, tuple[int, bool]]) -> tuple[int, ...] | None:
    """The blocks of one row in the order they run (the outer head left out): straight
    code to an inner loop's head, its body, straight code from its exit to the next, ...
    back to the outer head."""
    if len(byid[outer.head].stmts) != 1:
        return None
    rest = outer.blocks - {outer.head} - {b for il in inners for b in il.blocks}
    left = {il.head: il for il in inners}
    order: list[int] = []
    at = outer.body
    while left:
        fore = [] if at in left else _chain(byid, at, frozenset(left), rest, guards)
        if fore is None:
            return None
        head = at if at in left else byid[fore[-1]].term.target  # type: ignore[union-attr]
        il = left.pop(head)
        ihead = byid[head]
        body = _chain(byid, il.body, frozenset({head}), il.blocks - {head}, guards)
        if not isinstance(ihead.term, ir.Branch) or len(ihead.stmts) != 1 or body is None \
                or len(body) + 1 != len(il.blocks):
            return None
        order += [*fore, head, *body]
        at = ihead.term.other
    aft = _chain(byid, at, frozenset({outer.head}), rest, guards)
    if aft is None or len(order) + len(aft) != len(outer.blocks) - 1:
        return None
    return (*order, *aft)


def _nest(fn: ir.Function, outer: RangeLoop, inners: tuple[RangeLoop, ...], variants: Variants) -> Nest | None:
    if outer.step != ir.Const(1, T.INT):
        return None
    byid = {b.id: b for b in fn.blocks}
    guards: dict[int, tuple[int, bool]] = {}
    order = _rows(byid, outer, inners, guards)
    if order is None:
        return None
    item, latch = byid[outer.body].stmts[0], byid[order[-1]]
    k = byid[outer.head].stmts[0].rv.lhs.local  # type: ignore[union-attr]
    incs = [s for s in latch.stmts if isinstance(s, ir.Assign) and s.dest == k]
    if len(incs) != 1 or not isinstance(item, ir.Assign):
        return None
    stmts = [(b, s) for b in order for s in byid[b].stmts]
    assigned = defs([byid[b] for b in order], stores=True)
    loop_of = {b: il.head for il in inners for b in il.blocks}
    carried = _carried(stmts, k, item, incs[0], [byid[b] for b in order], assigned, loop_of)
    inner_blocks = frozenset(b for il in inners for b in il.blocks)
    sums = {} if carried is None else {acc: _sum(stmts, acc, inner_blocks) for acc in carried}
    if carried is None or not all(sums.values()):
        return None
    tests = _tests(byid, guards, sums, order, loop_of)  # type: ignore[arg-type]
    if tests is None:
        return None
    masked, joins = tests
    sides = {loc for _, then, other in joins.values() for b in (then, other) if b is not None
             for loc in _assigns(byid[b].stmts)}  # they differ between rows as the tests do
    varying = derived_locals(stmts, {item.dest, *sums, *sides})
    lanes = {item.dest}
    for _, s in stmts:
        if isinstance(s, ir.Assign) and isinstance(s.rv, ir.Use) and isinstance(s.rv.op, ir.Copy) and s.rv.op.local in lanes:
            lanes.add(s.dest)
    if not all(loc.type in (T.INT, T.BOOL) or isinstance(loc.type, T.FloatType) for loc in assigned):
        return None  # scalars only: nothing the copies would have to drop or lend
    if any(assigned[loc] != 1 for loc in lanes) or any(loc.kind not in (ir.LocalKind.OWNED, ir.LocalKind.BORROW)
                                                      for loc in assigned):
        return None
    after = live_at(fn, byid[outer.head].term.other)  # type: ignore[union-attr]
    if any((r in assigned and r not in sums) or r == k for r in after):
        return None  # a value of the nest is used after it: the copies do not leave it there
    nest = Nest(outer, inners, order, inner_blocks, item, incs[0], frozenset(varying), frozenset(lanes),
                 sums, masked, guards, joins, variants)  # type: ignore[arg-type]
    return nest if _all_fit(fn, nest, stmts) else None


def _tests(byid: dict[int, ir.Block], guards: dict[int, tuple[int, bool]],
           sums: dict[ir.Local, tuple[ir.Assign, ir.Operand]], order: tuple[int, ...], loop_of: dict[int, int]) \
        -> tuple[dict[int, tuple[ir.Operand, bool]], dict[int, tuple[ir.Operand, int | None, int | None]]] | None:
    """For each test in a row: an `if` without `else` whose side only adds to a sum
    (reading the sum, the update, writing it back: `masked`, by the update), or one whose
    sides only assign locals other than sums (`joins`, by the branching block), each such
    local assigned on both sides or earlier in the row, or read only in its side (else a
    lane would keep a value of another row); None otherwise."""
    masked: dict[int, tuple[ir.Operand, bool]] = {}
    joins: dict[int, tuple[ir.Operand, int | None, int | None]] = {}
    by_branch: dict[int, dict[bool, int]] = {}
    for blk, (branch, when) in guards.items():
        by_branch.setdefault(branch, {})[when] = blk
    for branch, sides in by_branch.items():
        term = byid[branch].term
        assert isinstance(term, ir.Branch)
        if len(sides) == 1:
            (when, blk), = sides.items()
            update = next((u for acc, (u, _) in sums.items() if _adds_to(byid[blk].stmts, acc, u)), None)
            if update is not None:
                masked[id(update)] = (term.cond, when)
                continue
        assigned = [set(_assigns(byid[b].stmts)) for b in sides.values()]
        if any(not all(writes(s) is not None for s in byid[b].stmts) for b in sides.values()) or any(acc in a or acc in _read_by(byid[b].stmts)
                                               for acc in sums for a, b in zip(assigned, sides.values())):
            return None
        before = _written_before(byid, order, branch, loop_of)
        both = set.intersection(*assigned) if len(assigned) == 2 else set()
        if any(loc not in both and loc not in before and _read_outside(byid, loc, side)
               for a, side in zip(assigned, sides.values()) for loc in a):
            return None
        joins[branch] = (term.cond, sides.get(True), sides.get(False))
    return masked, joins


def _adds_to(stmts: list[ir.Statement], acc: ir.Local, update: ir.Assign) -> bool:
    """Whether `stmts` are exactly `t = acc; u = t + v; acc = u`, the sum's update."""
    return len(stmts) == 3 and reads(stmts[0]) == [acc] and stmts[1] is update \
        and reads(stmts[2]) == [update.dest] and writes(stmts[2]) == acc


def _assigns(stmts: list[ir.Statement]) -> list[ir.Local]:
    return [w for s in stmts if (w := writes(s)) is not None]


def _read_by(stmts: list[ir.Statement]) -> set[ir.Local]:
    return {r for s in stmts for r in reads(s)}


def _read_outside(byid: dict[int, ir.Block], loc: ir.Local, block: int) -> bool:
    """Whether a statement outside `block` reads `loc` (else it is the block's temporary)."""
    return any(loc in read_locals(s) for b in byid.values() if b.id != block for s in [*b.stmts, b.term])


def _written_before(byid: dict[int, ir.Block], order: tuple[int, ...], branch: int,
                    loop_of: dict[int, int]) -> set[ir.Local]:
    """The locals a row surely writes before it reaches `branch` (in the order it runs):
    outside inner loops (which may run no iteration), or earlier in `branch`'s own."""
    out: set[ir.Local] = set()
    for b in order:
        if loop_of.get(b) in (None, loop_of.get(branch)):
            out |= set(_assigns(byid[b].stmts))
        if b == branch:
            return out
    return out

def _carried(stmts, k: ir.Local, item: ir.Assign, inc: ir.Assign,  # noqa: ANN001
             blocks: list[ir.Block], assigned: dict[ir.Local, int], loop_of: dict[int, int]) -> set[ir.Local] | None:
    """The locals the nest assigns (`assigned`) that a row reads before it writes them
    (in the order the row runs): values carried from row to row. A write in an inner
    loop (`loop_of`: block -> its head) counts only for reads in the same loop after it:
    the loop may run no iteration, and a read after it would see an earlier row's value.
    None when the counter `k` is read but by `item` and `inc`, or a test reads such a local."""
    written: dict[ir.Local, set[int | None]] = {}
    carried: set[ir.Local] = set()
    for b, s in stmts:
        place = loop_of.get(b)
        got = reads(s)
        if k in got and s is not item and s is not inc:
            return None
        carried |= {r for r in got if r in assigned and r != k and not written.get(r, set()) & {None, place}}
        w = writes(s)
        if w is not None:
            written.setdefault(w, set()).add(place)
    terms = [b.term for b in blocks]
    if any(k in read_locals(t) for t in terms) or any(
            r in assigned and (r not in written or r in carried) for t in terms for r in read_locals(t)):
        return None
    return carried


def _sum(stmts, acc: ir.Local, inner: frozenset[int]) -> tuple[ir.Assign, ir.Operand] | None:  # noqa: ANN001
    """`u = add(t, v)` when the row's only use of `acc` is `t = acc; u = add(t, v); acc = u`
    (`t` and `u` read nowhere else, `acc` an `Int` assigned only there, outside an inner loop)."""
    if acc.type != T.INT:
        return None
    uses: dict[ir.Local, list[ir.Statement]] = {}
    where: dict[ir.Local, list[tuple[int, ir.Statement]]] = {}
    for blk, s in stmts:
        for r in reads(s):
            uses.setdefault(r, []).append(s)
        if isinstance(s, ir.Assign):
            where.setdefault(s.dest, []).append((blk, s))
        elif isinstance(s, ir.Store):
            where.setdefault(s.place.local, []).append((blk, s))
    seen, sets = uses.get(acc, []), where.get(acc, [])
    if len(seen) != 1 or len(sets) != 1 or sets[0][0] in inner:
        return None
    match seen[0], sets[0][1]:
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


def _all_fit(fn: ir.Function, nest: Nest, stmts) -> bool:  # noqa: ANN001
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
                if (lst := row_list(rv, nest)) is not None:
                    read_lists.add(lst)
                if isinstance(rv, ir.Call):  # a variant reads the lists it is given
                    read_lists |= {a.local for a in rv.args if isinstance(a, ir.Copy) and isinstance(a.local.type, T.ListType)}
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
            case ir.Drop(local=d) if _lane_type(d.type) or d.type == T.BOOL:
                pass  # nothing to free
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


def _lane_rvalue(rv: ir.Rvalue, d: ir.Local, nest: Nest) -> bool:
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
        case ir.Load() | ir.Intrinsic(name="list.get_unchecked"):
            lst = row_list(rv, nest)
            return lst is not None and isinstance(lst.type, T.ListType) and lst.type.elem == d.type and _lane_type(d.type)
        case ir.UnOp(kind="neg", operand=a):  # of a float (an Int's could overflow)
            return isinstance(d.type, T.FloatType) and ir.operand_type(a) == d.type
        case ir.Call():  # a function with a vector variant (it cannot fault)
            return variant_of(nest, rv) is not None
        case ir.Intrinsic():
            return math_lanes(rv, d)
        case _:
            return False


def row_list(rv: ir.Rvalue, nest: Nest) -> ir.Local | None:
    """`xs` of `xs[i]`, `i` the row's index: the lanes' elements are one vector load (the
    test before the nest proves them inside `xs`), no gather."""
    match rv:
        case ir.Load(place=ir.Place(local=lst, projs=(ir.IndexProj(index=ir.Copy(local=ix)),))) \
                if ix in nest.lanes and isinstance(lst.type, T.ListType) and lst not in nest.varying:
            return lst
        case ir.Intrinsic(name="list.get_unchecked", args=(ir.Copy(local=lst), ir.Copy(local=ix))) \
                if ix in nest.lanes and isinstance(lst.type, T.ListType) and lst not in nest.varying:
            return lst  # `for x in xs` (mir/outer.py `_list_loop_as_range`)
        case _:
            return None


def same_args(nest: Nest, call: ir.Call) -> frozenset[int]:
    """The positions of the call's arguments that are the same in every row."""
    return frozenset(i for i, a in enumerate(call.args) if isinstance(a, ir.Const) or a.local not in nest.varying)


def variant_of(nest: Nest, call: ir.Call) -> Variant | None:
    return nest.variants.of(call.fn, same_args(nest, call))
