"""`parallel for` to MIR (LANGUAGE.md §6, classified by sema/check/parallel.py).

The body becomes a function of its own, `F.parN(captures..., source..., k)`, that runs
iteration `k`. Outer variables the body reads, and lists it writes element by element,
are passed by value; a reduction or an ordered append goes through a reference to a
per-chunk partial that codegen's chunk driver keeps (see codegen/emit/parallel.py). The
loop itself is `Eval(Intrinsic("parallel", (n, captures..., source...)))`, where a
by-reference capture is given as its list of per-chunk partials,
followed by the sequential combination of the partials in chunk order, so the result
does not depend on the number of threads.
"""
from __future__ import annotations

from dataclasses import replace

from ember.mir import ir
from ember.mir.loops import operands
from ember.mir.build.builder import FnBuilder
from ember.mir.build.context import Lower, Value
from ember.mir.build.expr import BIN, lower, materialize, scalar
from ember.mir.build.iterate import Source, bind, counted_loop
from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T

IDENTITY = {"+": 0, "-": 0, "*": 1, "|": 0, "^": 0}


def parallel_for(lw: Lower, s: ast.For, info: tast.ParallelLoop) -> None:
    from ember.mir.build.stmt import block

    fb = lw.fb
    n, src_args, item = _space(lw, s)
    body = FnBuilder(f"{fb.name}.par{len(lw.outlined)}", T.NONE, fb.structs, s.span, dtors=fb.dtors, raises=True)
    lw.outlined[body.name] = None  # type: ignore[assignment]  # reserve the name for nested loops
    names: dict[str, ir.Local] = {}
    params: list[ir.Local] = []
    args: list[ir.Operand] = []
    modes: list[str] = []
    combine: list[tuple[ir.Local, str, ir.Local]] = []  # (outer variable, mode/op, partials or n)
    pending: list[tuple[int, ir.Local, ir.Local, str, str | None]] = []  # by-reference captures
    nc = fb.temp(T.INT, ir.Intrinsic("par.chunks", (ir.Copy(n),), s.span))
    for name, mode, op in info.captures:
        if not lw.is_variable(name):
            continue
        outer = lw.lookup(name)
        by_ref = mode in ("reduce", "append")
        p = body.new_local(name, outer.type, ir.LocalKind.REF if by_ref else ir.LocalKind.BORROW)
        names[name] = p
        params.append(p)
        modes.append(mode)
        if by_ref:  # the chunk driver passes a reference to the chunk's partial instead (below)
            pending.append((len(args), outer, p, mode, op))
            args.append(ir.Copy(outer))
        else:
            args.append(ir.Copy(outer, s.span))
    src_params = [body.new_local("", lw.op_type(a), ir.LocalKind.BORROW) for a in src_args]
    src_args = list(src_args)
    k = body.new_local("", T.INT, ir.LocalKind.OWNED)
    # the variable is the element itself where the checker allows it (LANGUAGE.md §5, and
    # the body only reads it: sema/check/stmt.py `_parallel_loop_can_borrow`)
    borrowed = s.target.id if id(s) in lw.prog.borrow_loops and isinstance(s.target, ast.Name) else None
    for pname, t in info.private:
        if pname not in names:
            names[pname] = body.new_local(pname, t, ir.LocalKind.BORROW if pname == borrowed else ir.LocalKind.OWNED)
    inner = Lower(lw.prog, body, names, lw.globals, lw.env, outlined=lw.outlined)
    done = body.new_block()
    body.loops.append((done.id, done.id))  # `continue` ends the iteration; `break` is rejected
    body.begin_stmt()
    bind(inner, s.target, item(body, [ir.Copy(p) for p in src_params], ir.Copy(k)), lw.type_of(s.target), comp=False)
    body.end_stmt()
    block(inner, s.body)
    body.goto(done)
    body.switch(done)
    body.drop_all_owned()
    body.terminate(ir.Return(None))
    fn = lw.outlined[body.name] = body.finish((*params, *src_params, k))
    fn.raises = any(isinstance(b.term, ir.Raise) for b in fn.blocks)
    for at, outer, p, mode, op in pending:
        if mode == "reduce" and isinstance(p.type, T.FloatType):
            _reassociate(fn, p)
        if mode == "append" and not fn.raises and (push := _push_once(fn, p)) is not None:
            # one element per iteration: room for all before the loop, iteration k writes
            # element len + k in place (chunks write disjoint ranges), no partials to
            # merge, and the append needs no capacity test
            blk, at_stmt = push
            blk.stmts[at_stmt] = ir.Eval(ir.Intrinsic("list.push_unchecked", blk.stmts[at_stmt].rv.args,  # type: ignore[union-attr]
                                                      blk.stmts[at_stmt].rv.span))  # type: ignore[union-attr]
            modes[at] = "fill"
            fb.emit(ir.Eval(ir.Intrinsic("list.reserve_more", (ir.Copy(outer), ir.Copy(n)), s.span)))
            combine.append((outer, "fill", n))
            continue
        parts = _partials(lw, outer, mode, op, nc, s)
        args[at] = ir.Copy(parts)
        combine.append((outer, op if mode == "reduce" else "append", parts))  # type: ignore[arg-type]
    modes += ["read"] * len(src_args)
    errs = None
    if fn.raises:  # one slot per chunk for the error that stopped it
        errs = fb.temp(T.ListType(T.EXC), ir.Intrinsic("par.fill", (ir.Const(None, T.EXC), ir.Copy(nc)), s.span))
        src_args.append(ir.Copy(errs))
        modes.append("errors")
    fb.emit(ir.Eval(ir.Intrinsic("parallel", (ir.Copy(n), *args, *src_args), s.span, (body.name, tuple(modes)))))
    if errs is not None:
        _raise_first(lw, errs, s)
    for outer, how, parts in combine:
        _combine(lw, outer, how, parts, nc, s)


def _reassociate(fn: ir.Function, p: ir.Local) -> None:
    """Mark the updates `t = load p; u = t ± v; store p, u` (and `*`) of the float reduction
    `p` in the body `fn` reassociable: a chunk's partial is then summed in whatever
    order LLVM's vectorizer picks, the same for every run and thread count, since chunk
    bounds depend only on the trip count (LANGUAGE.md §6: a float reduction may differ
    in the last bits from a strict left-to-right sum). A chunk then runs at memory
    speed instead of one add latency per element."""
    stmts = [s for b in fn.blocks for s in b.stmts]
    loads = {s.dest for s in stmts if isinstance(s, ir.Assign) and isinstance(s.rv, ir.Load)
             and s.rv.place.local == p and not s.rv.place.projs}
    stored = {s.value.local for s in stmts if isinstance(s, ir.Store) and s.place.local == p
              and not s.place.projs and isinstance(s.value, ir.Copy)}
    for b in fn.blocks:
        for i, s in enumerate(b.stmts):
            if (isinstance(s, ir.Assign) and s.dest in stored and isinstance(s.rv, ir.BinOp)
                    and s.rv.kind in (ir.BinKind.ADD, ir.BinKind.SUB, ir.BinKind.MUL)
                    and isinstance(s.rv.lhs, ir.Copy) and s.rv.lhs.local in loads):
                b.stmts[i] = replace(s, rv=replace(s.rv, assoc=True))


def _push_once(fn: ir.Function, p: ir.Local) -> tuple[ir.Block, int] | None:
    """The append to `p` (its block and position) when every call of the body `fn` that
    returns appends to `p` exactly once: one statement names `p`, a push, in a block
    that lies on every path from the entry to a return and on no cycle."""
    uses = [(blk, i) for blk in fn.blocks for i, st in enumerate(blk.stmts)
            if p in _named(st)] + [(blk, -1) for blk in fn.blocks if p in _named(blk.term)]
    if len(uses) != 1:
        return None
    home, at = uses[0]
    push = home.stmts[at] if at >= 0 else None
    if not (isinstance(push, ir.Eval) and isinstance(push.rv, ir.Intrinsic) and push.rv.name == "list.push"
            and isinstance(push.rv.args[0], ir.Copy) and push.rv.args[0].local == p):
        return None
    succ = {b.id: ir.successors(b.term) for b in fn.blocks}
    returns = {b.id for b in fn.blocks if isinstance(b.term, ir.Return)}

    def reach(start: list[int]) -> set[int]:
        """The blocks reachable from `start` without passing through the push's block."""
        seen: set[int] = set()
        todo = list(start)
        while todo:
            x = todo.pop()
            if x not in seen and x != home.id:
                seen.add(x)
                todo.extend(succ[x])
        return seen
    after = reach(list(succ[home.id]))
    if any(home.id in succ[x] for x in after | {home.id}):
        return None  # on a cycle: may append more than once
    if reach([fn.blocks[0].id]) & returns:
        return None  # a return without passing through it
    return home, at


def _named(node: ir.Statement | ir.Terminator | None) -> set[ir.Local]:
    """The locals a statement or terminator names."""
    out = {op.local for op in operands(node) if not isinstance(op, ir.Const)}
    if isinstance(node, ir.Assign):
        out.add(node.dest)
    elif isinstance(node, ir.Drop):
        out.add(node.local)
    return out


def _raise_first(lw: Lower, errs: ir.Local, s: ast.For) -> None:
    """The error of the lowest chunk that raised (its first failing iteration, since a
    chunk stops there and the chunks above it stop too) leaves the loop like any raise."""
    from ember.mir.build.errors import throw

    fb = lw.fb
    e = fb.new_local("$err", T.EXC)
    fb.emit(ir.Assign(e, ir.Intrinsic("par.first_error", (ir.Copy(errs),), s.span)))
    failed = fb.temp(T.BOOL, ir.Intrinsic("err.is_set", (ir.Copy(e),), s.span))
    bad, ok = fb.new_block(), fb.new_block()
    fb.terminate(ir.Branch(ir.Copy(failed), bad.id, ok.id))
    fb.switch(bad)
    throw(lw, ir.Move(e), s.span)
    fb.switch(ok)


def _space(lw: Lower, s: ast.For):  # noqa: ANN202
    """The number of iterations, the values the body needs to compute its item, and how
    it computes item k from them."""
    fb = lw.fb
    call = lw.prog.calls.get(id(s.iter))
    if isinstance(call, tast.CallBuiltin) and call.name == "iter.range":
        a = [scalar(lw, x) for x in call.args]
        start, stop, step = (ir.Const(0, T.INT), a[0], ir.Const(1, T.INT)) if len(a) == 1 else \
            (a[0], a[1], a[2] if len(a) == 3 else ir.Const(1, T.INT))
        n = fb.temp(T.INT, ir.Intrinsic("range.len", (start, stop, step), s.iter.span))
        if start == ir.Const(0, T.INT) and step == ir.Const(1, T.INT):  # the item is k
            return n, [], lambda b, src, k: [(k, T.INT)]

        def ritem(b: FnBuilder, src: list[ir.Operand], k: ir.Operand) -> list[tuple[ir.Operand, T.Type]]:
            off = b.temp(T.INT, ir.BinOp(ir.BinKind.MUL, k, src[1], s.iter.span))
            return [(ir.Copy(b.temp(T.INT, ir.BinOp(ir.BinKind.ADD, src[0], ir.Copy(off), s.iter.span))), T.INT)]
        return n, [ir.Copy(materialize(lw, Value(start, False))), ir.Copy(materialize(lw, Value(step, False)))], ritem
    t = lw.type_of(s.iter)
    assert isinstance(t, T.ListType)
    xs = materialize(lw, lower(lw, s.iter))
    n = fb.temp(T.INT, ir.Intrinsic("len", (ir.Copy(xs),), s.iter.span))

    def litem(b: FnBuilder, src: list[ir.Operand], k: ir.Operand) -> list[tuple[ir.Operand, T.Type]]:
        return [(ir.Copy(b.temp(t.elem, ir.Intrinsic("list.get_unchecked", (src[0], k), s.iter.span), owned=False)), t.elem)]
    return n, [ir.Copy(xs)], litem


def _partials(lw: Lower, outer: ir.Local, mode: str, op: str | None, nc: ir.Local, s: ast.For) -> ir.Local:
    """One starting value per chunk: the reduction's identity (for min/max, which are
    idempotent, the variable's current value), or a new empty list to append to."""
    fb = lw.fb
    t = outer.type
    if mode == "append":
        return fb.temp(T.ListType(t), ir.Intrinsic("par.lists", (ir.Copy(nc),), s.span))
    if op in ("min", "max"):
        init: ir.Operand = ir.Copy(fb.temp(t, ir.Load(ir.Place(outer, (), t)), owned=False))
    elif op == "&":
        init = _const(fb, -1, t)  # all ones (True for Bool)
    else:
        v = IDENTITY[op]  # type: ignore[index]
        init = _const(fb, v, t)
    return fb.temp(T.ListType(t), ir.Intrinsic("par.fill", (init, ir.Copy(nc)), s.span))


def _const(fb: FnBuilder, v: object, t: T.Type) -> ir.Operand:
    """The constant `v` as a `t`; for a vector, in every lane (a splat)."""
    el = t.elem if isinstance(t, T.SIMDType) else t
    c = ir.Const(bool(v) if el == T.BOOL else float(v) if isinstance(el, T.FloatType) else v, el)  # type: ignore[arg-type]
    return c if el is t else ir.Copy(fb.temp(t, ir.Cast(c, fb.span)))


def _combine(lw: Lower, outer: ir.Local, how: str, parts: ir.Local, nc: ir.Local, s: ast.For) -> None:
    """After the loop: fold the chunks' partials into the variable, chunk by chunk."""
    fb = lw.fb
    if how in ("append", "fill"):
        name = "par.merge" if how == "append" else "par.filled"
        fb.emit(ir.Eval(ir.Intrinsic(name, (ir.Copy(outer), ir.Copy(parts)), s.span)))
        return
    t = outer.type
    place = ir.Place(outer, (), t)

    def fold(items: list[tuple[ir.Operand, T.Type]]) -> None:
        cur = ir.Copy(fb.temp(t, ir.Load(place), owned=False))
        part = ir.Copy(fb.temp(t, ir.Intrinsic("list.get_unchecked", (ir.Copy(parts), items[0][0]), s.span), owned=False))
        lanes = "simd." if isinstance(t, T.SIMDType) else ""
        rv: ir.Rvalue = ir.Intrinsic(lanes + how, (cur, part), s.span) if how in ("min", "max") else \
            ir.BinOp(BIN["+" if how == "-" else how], cur, part, s.span)
        fb.emit(ir.Store(place, ir.Copy(fb.temp(t, rv)), s.span))
    counted_loop(lw, Source(lambda: ir.Copy(nc), lambda k: [(k, T.INT)]), fold, s.span)
