"""Facts about MIR loops shared by the loop passes (mir/bounds.py, mir/appends.py):
the blocks of a loop, its counter, what is invariant in it, and what may resize a list
in it. Conservative throughout: a doubt is a no."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ember.mir import ir
from ember.types import types as T

# Intrinsics that read a list but never change its length (any other intrinsic given a
# list of the indexed list's type disqualifies it: it might be that list).
_READS = frozenset({
    "len", "truth", "copy", "list.copy", "list.get_unchecked", "list.index", "list.count",
    "list.contains", "min.list", "max.list", "min.key", "max.key", "sum", "any", "all", "buf.write", "buf.repr",
    "slice", "str.join", "bounds.range_ok",
})


def defs(blocks: Iterable[ir.Block], stores: bool = False) -> dict[ir.Local, int]:
    """How many times each local is assigned in `blocks` (with `stores`, also written
    whole by a `Store`, as `x += 1` is)."""
    out: dict[ir.Local, int] = {}
    for blk in blocks:
        for s in blk.stmts:
            if isinstance(s, ir.Assign):
                out[s.dest] = out.get(s.dest, 0) + 1
                for w in ir.rvalue_writes(s.rv):
                    out[w] = out.get(w, 0) + 1
            elif stores and isinstance(s, ir.Store) and not s.place.projs:
                out[s.place.local] = out.get(s.place.local, 0) + 1
    return out


def invariant(op: ir.Operand, loop: list[ir.Block], inner: dict[ir.Local, int]) -> bool:
    """Whether `op` has the same value all through the loop: a constant, or a local of
    this function that the loop does not assign or lend `inout` (not a global or an
    inout parameter: a call may change those)."""
    if isinstance(op, ir.Const):
        return True
    loc = op.local
    if not isinstance(op, ir.Copy) or loc in inner or loc.kind not in (ir.LocalKind.OWNED, ir.LocalKind.BORROW):
        return False
    return not any(isinstance(s, ir.Assign) and isinstance(s.rv, ir.AddrOf) and s.rv.place.local == loc
                   for blk in loop for s in blk.stmts)


def counts_up(fn: ir.Function, k: ir.Local, loop: frozenset[int]) -> bool:
    """Whether the loop counter `k` takes the values 0, 1, 2, ...: its only assignments
    are `k = 0` outside the loop and `k = add(k, 1)` inside (mir/build/iterate.py)."""
    inside = outside = 0
    for blk in fn.blocks:
        for s in blk.stmts:
            if isinstance(s, ir.Assign) and s.dest == k:
                if blk.id in loop and s.rv == ir.BinOp(ir.BinKind.ADD, ir.Copy(k), ir.Const(1, T.INT), s.rv.span):  # type: ignore[union-attr]
                    inside += 1
                elif blk.id not in loop and s.rv == ir.Use(ir.Const(0, T.INT)):
                    outside += 1
                else:
                    return False
    return inside == 1 and outside == 1


def natural_loop(fn: ir.Function, head: int, body: int) -> frozenset[int] | None:
    """Blocks on a path body -> ... -> head (plus head); None unless body is the only way in."""
    succ = {b.id: ir.successors(b.term) for b in fn.blocks}
    pred: dict[int, list[int]] = {b.id: [] for b in fn.blocks}
    for a, ss in succ.items():
        for s in ss:
            pred[s].append(a)
    fwd, todo = {body}, [body]
    while todo:
        for s in succ[todo.pop()]:
            if s != head and s not in fwd:
                fwd.add(s)
                todo.append(s)
    back, todo = set(), [p for p in pred[head] if p in fwd]
    back.update(todo)
    while todo:
        for p in pred[todo.pop()]:
            if p != head and p not in back:
                back.add(p)
                todo.append(p)
    blocks = (fwd & back) | {head}
    if body not in blocks or pred[body] != [head]:
        return None
    if any(p not in blocks for b in blocks - {head, body} for p in pred[b]):
        return None
    return frozenset(blocks)


def operands(s: ir.Statement | ir.Terminator | None) -> Iterable[ir.Operand | ir.Place]:
    match s:
        case ir.Assign(rv=rv) | ir.Eval(rv=rv):
            yield from ir.rvalue_reads(rv)
        case ir.Store(place=p, value=v):
            yield p
            yield v
        case _:
            yield from ir.terminator_reads(s)  # type: ignore[arg-type]


def read_locals(s: ir.Statement | ir.Terminator | None) -> list[ir.Local]:
    """The locals `s` reads: operands, the lists of places and their index operands."""
    out: list[ir.Local] = []
    for op in operands(s):
        if isinstance(op, ir.Place):
            out.append(op.local)
            out += [pr.index.local for pr in op.projs
                    if isinstance(pr, ir.IndexProj) and not isinstance(pr.index, ir.Const)]
        elif not isinstance(op, ir.Const):
            out.append(op.local)
    if isinstance(s, ir.Drop):
        out.append(s.local)
    return out


def writes(s: ir.Statement | ir.Terminator | None) -> ir.Local | None:
    """The local `s` writes whole: an assignment's, or a `Store` of a whole local's (`x += 1`)."""
    if isinstance(s, ir.Assign):
        return s.dest
    return s.place.local if isinstance(s, ir.Store) and not s.place.projs else None


def reads(s: ir.Statement | ir.Terminator | None) -> list[ir.Local]:
    """The locals `s` reads (`read_locals`), but a `Store` of a whole local does not read it."""
    if isinstance(s, ir.Store) and not s.place.projs:
        return [] if isinstance(s.value, ir.Const) else [s.value.local]
    return read_locals(s)


def live_at(fn: ir.Function, block: int) -> set[ir.Local]:
    """The locals whose value on entry to `block` may be read later (before being
    assigned again): backward liveness over the whole function."""
    byid = {b.id: b for b in fn.blocks}
    preds: dict[int, list[int]] = {b.id: [] for b in fn.blocks}
    for b in fn.blocks:
        for t in ir.successors(b.term):
            preds[t].append(b.id)
    live_in: dict[int, set[ir.Local]] = {b.id: set() for b in fn.blocks}
    work = [b.id for b in fn.blocks]
    while work:
        b = work.pop()
        live = set().union(*(live_in[t] for t in ir.successors(byid[b].term)))
        for s in [byid[b].term, *reversed(byid[b].stmts)]:
            live.discard(writes(s))
            live |= set(read_locals(s))
        if live != live_in[b]:
            live_in[b] = live
            work += [p for p in preds[b] if p not in work]
    return live_in[block]


def derived_locals(stmts: Iterable[tuple[int, ir.Statement]], seeds: set[ir.Local]) -> set[ir.Local]:
    """`seeds` and the locals that `stmts` (block, statement) assign from them, directly
    or through others: in mir/outer.py what depends on a row, in mir/variants.py what
    depends on the arguments."""
    stmts = list(stmts)
    out = set(seeds)
    changed = True
    while changed:
        changed = False
        for _, s in stmts:
            dest = writes(s)
            if dest is not None and dest not in out and any(r in out for r in read_locals(s)):
                out.add(dest)
                changed = True
    return out


def resizable(lst: ir.Local, blocks: list[ir.Block], ignore: ir.Statement | None = None,
              local_only: frozenset[str] = frozenset()) -> bool:
    """Whether something in `blocks` (but `ignore`) might change the length of the list
    in `lst` (or free it): conservative, any doubt says yes. A value that may hold the
    list (`_may_hold`: the list's type, a struct, a tuple, a list of such) counts as the
    list. `local_only`: functions that reach no global (see `local_functions`)."""
    t = lst.type
    borrow = lst.kind is ir.LocalKind.BORROW
    for blk in blocks:
        for s in blk.stmts:
            if s is ignore:
                continue
            match s:
                case ir.Assign(rv=rv) | ir.Eval(rv=rv):
                    d = s.dest if isinstance(s, ir.Assign) else None
                    if d == lst or (borrow and d is not None and d.kind is ir.LocalKind.OWNED and _may_hold(d.type, t)):
                        return True
                    if isinstance(rv, ir.Call) and _call_may_resize(rv, lst, local_only):
                        return True
                    if isinstance(rv, ir.AddrOf) and _may_hold(rv.place.type, t):
                        return True
                    if isinstance(rv, ir.Intrinsic) and (rv.name.startswith("par") or rv.name not in _READS and any(
                            not isinstance(a, ir.Const) and _may_hold(a.local.type, t) for a in rv.args)):
                        return True
                case ir.Store(place=p):
                    if _may_hold(p.type, t) or (p.local == lst and not p.projs):
                        return True
                case ir.Drop(local=d):
                    if d == lst or (borrow and _may_hold(d.type, t)):
                        return True
            for op in operands(s):
                if isinstance(op, ir.Move) and op.local == lst:
                    return True
    return False


def _may_hold(ty: T.Type, t: T.Type) -> bool:
    """Whether a value of type `ty` may be, or contain, a list of type `t`."""
    match ty:
        case T.StructType() | T.TupleType():
            return True
        case T.ListType(elem=el):
            return ty == t or _may_hold(el, t)
        case _:
            return False


def _call_may_resize(call: ir.Call, lst: ir.Local, local_only: frozenset[str]) -> bool:
    """A callee reaches a list through its inout arguments (an `AddrOf` before the call
    is seen on its own; a REF local is passed on as is) or through globals; an owned
    local of the caller only the first way."""
    if any(isinstance(a, ir.Copy) and a.local.kind is ir.LocalKind.REF and _may_hold(a.local.type, lst.type)
           for a in call.args):
        return True
    return lst.kind is not ir.LocalKind.OWNED and call.fn not in local_only


def local_functions(prog: ir.Program) -> frozenset[str]:
    """The functions that name no global, and call only such functions: a call of one
    cannot resize a list it is not given as an inout argument."""
    calls: dict[str, set[str]] = {}
    bad: set[str] = set()
    for name, fn in prog.functions.items():
        calls[name] = set()
        for blk in fn.blocks:
            for s in blk.stmts:
                rv = s.rv if isinstance(s, (ir.Assign, ir.Eval)) else None
                if isinstance(rv, ir.Call):
                    calls[name].add(rv.fn)
                if isinstance(rv, ir.Intrinsic) and rv.name.startswith("par"):
                    bad.add(name)
                names = [op.local for op in operands(s) if not isinstance(op, ir.Const)]
                names += [s.dest] if isinstance(s, ir.Assign) else [s.local] if isinstance(s, ir.Drop) else []
                if any(loc.kind is ir.LocalKind.GLOBAL for loc in names):
                    bad.add(name)
    changed = True
    while changed:
        changed = False
        for name, callees in calls.items():
            if name not in bad and any(c in bad or c not in calls for c in callees):
                bad.add(name)
                changed = True
    return frozenset(calls) - bad


def retarget(t: ir.Terminator | None, m: dict[int, int]) -> ir.Terminator | None:
    """`t` with its successors renamed by `m`."""
    match t:
        case ir.Goto(target=x):
            return ir.Goto(m.get(x, x))
        case ir.Branch(cond=c, then=a, other=b):
            return ir.Branch(c, m.get(a, a), m.get(b, b))
        case _:
            return t


@dataclass(frozen=True)
class CountedLoop:
    head: int
    blocks: frozenset[int]
    counter: ir.Local       # k: assigned in the loop only by `k = add(k, 1)`, in the latch
    increment: ir.Assign
    bound: ir.Operand       # the loop runs while k < bound


def counted_loop(fn: ir.Function, head: ir.Block, max_stmts: int) -> CountedLoop | None:
    """A counted loop at `head`: `c = lt(k, n); branch c, body, done`, whose only in-loop
    assignment of k is `k = add(k, 1)` in the one block that jumps back to the head, so
    the loop ran at most (k at exit - k at entry + 1) iterations and the increment,
    made after `k < n` held, cannot overflow. None when its blocks hold more than
    `max_stmts` statements."""
    t = head.term
    if not (isinstance(t, ir.Branch) and head.stmts and isinstance(t.cond, ir.Copy)):
        return None
    last = head.stmts[-1]
    if not (isinstance(last, ir.Assign) and last.dest == t.cond.local and isinstance(last.rv, ir.BinOp)
            and last.rv.kind is ir.BinKind.LT and isinstance(last.rv.lhs, ir.Copy) and last.rv.lhs.local.type == T.INT):
        return None
    k = last.rv.lhs.local
    blocks = natural_loop(fn, head.id, t.then)
    if blocks is None or sum(len(b.stmts) for b in fn.blocks if b.id in blocks) > max_stmts:
        return None
    latches = [b for b in fn.blocks if b.id in blocks and head.id in ir.successors(b.term)]
    incs = [(b, s) for b in fn.blocks if b.id in blocks for s in b.stmts
            if isinstance(s, ir.Assign) and s.dest == k]
    if len(latches) != 1 or len(incs) != 1 or incs[0][0] is not latches[0]:
        return None
    inc = incs[0][1]
    if inc.rv != ir.BinOp(ir.BinKind.ADD, ir.Copy(k), ir.Const(1, T.INT), inc.rv.span):  # type: ignore[union-attr]
        return None
    return CountedLoop(head.id, blocks, k, inc, last.rv.rhs)


def innermost_counted_loops(fn: ir.Function, max_stmts: int) -> list[CountedLoop]:
    """The counted loops of `fn` with no counted loop inside (where the time goes)."""
    loops = [lp for lp in (counted_loop(fn, blk, max_stmts) for blk in fn.blocks) if lp is not None]
    heads = {lp.head for lp in loops}
    return [lp for lp in loops if not heads & (lp.blocks - {lp.head})]


def new_local(fn: ir.Function, ty: T.Type) -> ir.Local:
    """A fresh owned local of `fn` (a pass's temporary)."""
    loc = ir.Local(len(fn.locals), "", ty, ir.LocalKind.OWNED)
    fn.locals.append(loc)
    return loc


@dataclass(frozen=True)
class RangeLoop:
    """`for v in range(start, stop, step)` as mir/build/iterate.py lays it out."""

    head: int
    body: int
    blocks: frozenset[int]
    start: ir.Operand
    step: ir.Operand
    n: ir.Operand  # the number of iterations: the loop runs while k < n


def range_loop(fn: ir.Function, head: ir.Block, max_stmts: int) -> RangeLoop | None:
    """The range loop whose condition block is `head`: `c = lt(k, n); branch c, body, done`,
    the body starting `v = range.item(start, k, step)`; k counts 0, 1, ... (`counts_up`)
    and n, start and step do not change in the loop. None when its blocks hold more
    than `max_stmts` statements."""
    t = head.term
    if not (isinstance(t, ir.Branch) and head.stmts and isinstance(t.cond, ir.Copy)):
        return None
    last = head.stmts[-1]
    if not (isinstance(last, ir.Assign) and last.dest == t.cond.local and isinstance(last.rv, ir.BinOp)
            and last.rv.kind is ir.BinKind.LT and isinstance(last.rv.lhs, ir.Copy)):
        return None
    k, n = last.rv.lhs.local, last.rv.rhs
    byid = {b.id: b for b in fn.blocks}
    body = byid[t.then]
    if not body.stmts:
        return None
    first = body.stmts[0]
    if not (isinstance(first, ir.Assign) and isinstance(first.rv, ir.Intrinsic) and first.rv.name == "range.item"
            and first.rv.args[1] == ir.Copy(k)):
        return None
    blocks = natural_loop(fn, head.id, body.id)
    if blocks is None:
        return None
    start, _, step = first.rv.args
    loop = [byid[b] for b in blocks]
    inner = defs(loop)
    if not counts_up(fn, k, blocks):
        return None
    if not all(invariant(op, loop, inner) for op in (n, start, step)):
        return None
    if sum(len(byid[b].stmts) for b in blocks) > max_stmts:
        return None
    return RangeLoop(head.id, body.id, blocks, start, step, n)


def separate_lists(a: ir.Local, b: ir.Local, params: tuple[ir.Local, ...]) -> bool:
    """Whether `a` and `b` are surely different lists: each is a parameter or an owned
    local (a list has one owner, and an `inout` argument aliases no other argument,
    LANGUAGE.md §5) and, when both are parameters, one is `inout`."""
    both = (a, b)
    if not all(v in params or v.kind is ir.LocalKind.OWNED for v in both):
        return False
    return not all(v in params for v in both) or any(v.kind is ir.LocalKind.REF for v in both)
