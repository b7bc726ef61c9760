"""Small functions inlined into their callers, so the loop passes see their statements.

mir/bounds.py and mir/overflow.py judge a loop by its MIR: a call of a user function is
an effect they cannot see through (it might fault, print or resize a list), so
`s += eval_a(i, j) * v[j]` kept its overflow checks even though LLVM inlines `eval_a`
later. Here a call of a small function is replaced by a copy of the callee's blocks:

- the callee is small (`MAX_STMTS`), has no loop (its blocks form no cycle), does not
  raise, is not recursive, is not the entry, an `__init__` or a `__del__` (codegen
  treats their `self` and their return by name), and starts no `parallel for`;
- its locals become fresh locals of the caller (named `callee.name`); a parameter is
  assigned the argument (a borrowed one a `Copy`, an owned one the `Move` the call
  made), except an `inout` parameter, which becomes the caller's reference itself;
- `return v` becomes `dest = v` and a jump to the rest of the caller's block;
- statements, faults and places keep their spans, which name the callee's file, line
  and column: a fault inside the inlined body reports where it always did.

The callee's drops were elaborated on its own MIR, so an owned local is empty again when
the callee returns; locals start empty at each entry into the copy, as they did at each
call. Callees are inlined bottom-up (a callee first gets its own small calls inlined).
The callee itself stays: other modules, `parallel for` and Python may call it by name.
"""
from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

from ember.mir import ir
from ember.mir.loops import retarget
from ember.mir.rename import rename_stmt, rename_term

T_ = TypeVar("T_", bound=Hashable)

MAX_STMTS = 40  # callees with more statements are not inlined
MAX_GROWTH = 2000  # a caller stops taking inlined statements beyond this many


def inline_calls(prog: ir.Program) -> ir.Program:
    """`prog` with the calls of small functions inlined (in place)."""
    small: dict[str, ir.Function] = {}
    order, cyclic = _bottom_up(prog)
    for name in order:
        fn = prog.functions[name]
        _inline_into(fn, small)
        if name not in cyclic and _inlinable(fn, prog.entry):
            small[name] = fn
    return prog


def _calls(fn: ir.Function) -> set[str]:
    return {s.rv.fn for b in fn.blocks for s in b.stmts
            if isinstance(s, (ir.Assign, ir.Eval)) and isinstance(s.rv, ir.Call)}


def _bottom_up(prog: ir.Program) -> tuple[list[str], set[str]]:
    """Function names in depth-first post-order (callees before callers, except along a
    call cycle), and the functions on the cycles that a back edge of the search closes:
    those are not inlined. Inlining only copies functions earlier in the order, so it
    ends even where a cycle through a finished function is not seen."""
    graph = {name: sorted(_calls(fn) & prog.functions.keys()) for name, fn in prog.functions.items()}
    return _depth_first(graph, list(graph))


def _depth_first(succ: Mapping[T_, Sequence[T_]], roots: Sequence[T_]) -> tuple[list[T_], set[T_]]:
    """The nodes reachable from `roots` in depth-first post-order, and the nodes on the
    cycles that the search's back edges close (iterative: call graphs and blocks may be
    deep)."""
    order: list[T_] = []
    state: dict[T_, int] = {}  # 1: on the path, 2: done
    cyclic: set[T_] = set()
    for root in roots:
        if root in state:
            continue
        stack = [(root, iter(succ[root]))]
        state[root] = 1
        while stack:
            name, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                stack.pop()
                state[name] = 2
                order.append(name)
            elif state.get(nxt) == 1:  # a back edge: everything on the path from nxt cycles
                at = [n for n, _ in stack].index(nxt)
                cyclic.update(n for n, _ in stack[at:])
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(succ[nxt])))
    return order, cyclic


def _inlinable(fn: ir.Function, entry: str) -> bool:
    if fn.is_entry or fn.name == entry or fn.raises or fn.name.endswith((".__init__", ".__del__")):
        return False
    if sum(len(b.stmts) for b in fn.blocks) > MAX_STMTS or _cyclic(fn):
        return False
    if any(0 in ir.successors(b.term) for b in fn.blocks):  # block 0 continues the caller's block
        return False
    for b in fn.blocks:
        if isinstance(b.term, ir.Raise):
            return False
        for s in b.stmts:
            rv = s.rv if isinstance(s, (ir.Assign, ir.Eval)) else None
            if isinstance(rv, ir.Intrinsic) and rv.name.startswith("par"):
                return False
            if isinstance(s, ir.Assign) and s.dest in fn.params and s.dest.kind is ir.LocalKind.REF:
                return False
    return True


def _cyclic(fn: ir.Function) -> bool:
    """Whether the blocks reachable from the entry form a cycle (a loop)."""
    return bool(_depth_first({b.id: ir.successors(b.term) for b in fn.blocks}, [0])[1])


def _inline_into(fn: ir.Function, small: dict[str, ir.Function]) -> None:
    """Inline every call in `fn` of a function in `small`, until `fn` has grown by
    MAX_GROWTH statements. The blocks an inlining adds are scanned too: calls the callee
    kept (of functions too big to inline) stay."""
    grown = 0
    i = 0
    while i < len(fn.blocks):
        blk = fn.blocks[i]
        for at, s in enumerate(blk.stmts):
            rv = s.rv if isinstance(s, (ir.Assign, ir.Eval)) else None
            if not (isinstance(rv, ir.Call) and rv.err is None and rv.fn in small and rv.fn != fn.name):
                continue
            callee = small[rv.fn]
            size = sum(len(b.stmts) for b in callee.blocks)
            if grown + size > MAX_GROWTH or not _args_fit(callee, rv):
                continue
            splice_call(fn, blk, at, callee)
            grown += size
            break  # the block changed: look at it again from the start
        else:
            i += 1


def _args_fit(callee: ir.Function, call: ir.Call) -> bool:
    """Arguments that can be assigned to copies of the parameters: a borrowed parameter
    never receives a move (nothing would drop it), an `inout` one gets a reference."""
    for p, a in zip(callee.params, call.args):
        if p.kind is ir.LocalKind.REF and not (isinstance(a, ir.Copy) and a.local.kind is ir.LocalKind.REF):
            return False
        if p.kind is ir.LocalKind.BORROW and isinstance(a, ir.Move):
            return False
    return len(callee.params) == len(call.args)


def splice_call(fn: ir.Function, blk: ir.Block, at: int, callee: ir.Function) -> None:
    """Replace the call at `blk.stmts[at]` with a copy of `callee`'s blocks: callee block
    0 (no predecessor: the callee has no loop) continues the caller's block, the others
    are appended; the rest of the caller's block follows the one `return`, or gets a
    block of its own that every `return` jumps to."""
    call = blk.stmts[at]
    assert isinstance(call, (ir.Assign, ir.Eval)) and isinstance(call.rv, ir.Call)
    dest = call.dest if isinstance(call, ir.Assign) else None
    rename: dict[ir.Local, ir.Local] = {p: a.local for p, a in zip(callee.params, call.rv.args)
                                        if p.kind is ir.LocalKind.REF and isinstance(a, ir.Copy)}
    for loc in callee.locals:
        if loc not in rename:
            rename[loc] = ir.Local(len(fn.locals), f"{callee.name}.{loc.name}" if loc.name else "", loc.type, loc.kind)
            fn.locals.append(rename[loc])
    prefix = blk.stmts[:at] + [ir.Assign(rename[p], ir.Use(a)) for p, a in zip(callee.params, call.rv.args)
                               if p.kind is not ir.LocalKind.REF]
    rest, after = blk.stmts[at + 1:], blk.term
    others = [b for b in callee.blocks if b.id != 0]
    ids = {0: blk.id} | {b.id: len(fn.blocks) + i for i, b in enumerate(others)}
    single = sum(isinstance(b.term, ir.Return) for b in callee.blocks) == 1
    cont = len(fn.blocks) + len(others)
    rest_at = (cont, 0)
    copies: dict[int, tuple[list[ir.Statement], ir.Terminator | None]] = {}
    for b in callee.blocks:
        stmts = [rename_stmt(s, rename) for s in b.stmts]
        term = retarget(rename_term(b.term, rename), ids)
        if isinstance(term, ir.Return):
            if dest is not None and term.value is not None:
                stmts.append(ir.Assign(dest, ir.Use(term.value)))
            if single:
                rest_at = (ids[b.id], len(stmts) + (len(prefix) if b.id == 0 else 0))
                stmts += rest
                term = after
            else:
                term = ir.Goto(cont)
        copies[ids[b.id]] = (stmts, term)
    ends = {(bid, n) for bid, n in fn.stmt_ends if bid != blk.id or n <= at}
    ends |= {(ids[bid], n + (len(prefix) if bid == 0 else 0)) for bid, n in callee.stmt_ends}
    ends |= {(rest_at[0], rest_at[1] + n - at - 1) for bid, n in fn.stmt_ends if bid == blk.id and n > at}
    fn.stmt_ends = ends
    stmts, blk.term = copies.pop(blk.id)
    blk.stmts = prefix + stmts
    fn.blocks.extend(ir.Block(k, *copies[k]) for k in sorted(copies))
    if not single:
        fn.blocks.append(ir.Block(cont, rest, after))
