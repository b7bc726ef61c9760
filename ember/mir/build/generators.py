"""Generators, inlined into the loops that consume them (no frame, no state machine).

`for x in gen(a, b): body` lowers the generator's checked body in place: its parameters
are bound to the call's arguments as a call binds them (a borrowed list stays the
caller's, an `inout` one is the caller's reference, an owned one is moved or copied in),
its locals are fresh locals of the caller, and each `yield e` binds the loop variable
to `e` and lowers the loop's body right there, with `continue` going on after the
`yield`. `break` leaves the whole generator (its `finally` bodies run, the temporaries
of its statements are dropped) past the loop's `else`; the generator's `return`, or
its end, goes to the `else`. A `return` in the loop's body returns from the function,
through the generator's `finally` bodies. An error raised in the loop's body is not
caught by an `except` around the `yield` (as in Python), only passes its `finally`.

So `for i in count_up(n)` is a plain counted loop. The checker (sema/check/generators.py)
allows a generator call only where it is iterated; where a built-in consumes it
(`sum(g())`, `list(g())`), it is a list built by such a loop (`as_list`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ember.base.source import Span
from ember.mir import ir
from ember.mir.build import errors
from ember.mir.build.context import Lower, Value
from ember.mir.build.expr import lower, take
from ember.mir.build.iterate import counted_loop, source
from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T

Items = list[tuple[ir.Operand, T.Type]]


@dataclass(frozen=True)
class Scope:
    """What names mean where a body is lowered: the consumer's, or a generator's."""

    names: dict[str, ir.Local]
    env: tast.ModuleEnv
    global_decls: set[str]
    comp: list[dict[str, ir.Local]]
    gen: GenFrame | None


@dataclass(frozen=True)
class GenFrame:
    """A generator being inlined: its key, the consumer's scope and loop body, where its
    end goes (`done`: the loop's `else`) and where `break` goes (`after`), and the
    enclosing `try`s and statement frames at its start (what leaving it leaves); and its
    parameters that stream a generator argument (`stream`), with the scope of the call."""

    key: str
    outer: Scope
    consume: Callable[[Items], None]
    done: ir.Block
    after: ir.Block
    tries: int
    depth: int
    handling: int
    streams: dict[str, tuple[ast.Expr, Scope]]


def _scope(lw: Lower) -> Scope:
    return Scope(lw.names, lw.env, lw.global_decls, lw.comp, lw.gen)


def _enter(lw: Lower, sc: Scope) -> None:
    lw.names, lw.env, lw.global_decls, lw.comp, lw.gen = sc.names, sc.env, sc.global_decls, sc.comp, sc.gen


def iterates_generator(lw: Lower, it: ast.Expr) -> bool:
    """Whether a loop over `it` is `gen_loop`'s: a generator call, a variable holding
    one, or a parameter of the generator being inlined that streams one."""
    return id(it) in lw.prog.generators or id(it) in lw.prog.stored_generators or (isinstance(it, ast.Name) and lw.gen is not None
                                            and it.id in lw.gen.streams and it.id not in lw.names)


def stored(lw: Lower, value: ast.Expr) -> bool:
    """Whether `value` is a generator call stored for the `for` right after it."""
    return id(value) in lw.prog.generators and any(c is value for c in lw.prog.stored_generators.values())


def loop_over(lw: Lower, it: ast.Expr) -> Callable[[Callable[[Items], None], Span, Callable[[], None] | None], None] | None:
    """The loop over `it` if a generator gives its items: `iterates_generator`, or
    `enumerate` of such (counted as it goes); None otherwise."""
    if iterates_generator(lw, it):
        return lambda consume, span, orelse: gen_loop(lw, it, consume, span, orelse)
    call = lw.prog.calls.get(id(it))
    if isinstance(call, tast.CallBuiltin) and call.name == "iter.enumerate" and iterates_generator(lw, call.args[0]):
        fb = lw.fb
        start = lower(lw, call.args[1]).op if len(call.args) == 2 else ir.Const(0, T.INT)
        k = fb.new_local("", T.INT, ir.LocalKind.OWNED)
        fb.emit(ir.Assign(k, ir.Use(start)))

        def counted(consume: Callable[[Items], None]) -> Callable[[Items], None]:
            def run(items: Items) -> None:
                i = fb.temp(T.INT, ir.Use(ir.Copy(k)))
                fb.emit(ir.Assign(k, ir.BinOp(ir.BinKind.ADD, ir.Copy(k), ir.Const(1, T.INT), it.span)))
                consume([(ir.Copy(i), T.INT)] + items)
            return run
        return lambda consume, span, orelse: gen_loop(lw, call.args[0], counted(consume), span, orelse)
    if isinstance(call, tast.CallBuiltin) and call.name == "iter.zip" and iterates_generator(lw, call.args[0]):
        return _zip_loop(lw, call, it.span)
    return None


def _zip_loop(lw: Lower, call: tast.CallBuiltin, span: Span) -> Callable[[Callable[[Items], None], Span, Callable[[], None] | None], None]:
    """`zip(gen(...), xs, ...)`: the generator's loop, each `yield` paired with the next
    item of the others, leaving the generator (as `break`) when one runs out, as
    Python's `zip` stops at the first `StopIteration`. (A generator after the first
    is a list, built first.)"""
    fb = lw.fb
    others = [source(lw, a) for a in call.args[1:]]
    k = fb.new_local("", T.INT, ir.LocalKind.OWNED)
    fb.emit(ir.Assign(k, ir.Use(ir.Const(0, T.INT))))

    def paired(consume: Callable[[Items], None]) -> Callable[[Items], None]:
        def run(items: Items) -> None:
            for src in others:
                more = fb.temp(T.BOOL, ir.BinOp(ir.BinKind.LT, ir.Copy(k), src.length(), span))
                ok, out = fb.new_block(), fb.new_block()
                fb.terminate(ir.Branch(ir.Copy(more), ok.id, out.id))
                fb.switch(out)
                fb.goto(fb.blocks[fb.loops[-1][1]])
                fb.switch(ok)
            i = fb.temp(T.INT, ir.Use(ir.Copy(k)))
            fb.emit(ir.Assign(k, ir.BinOp(ir.BinKind.ADD, ir.Copy(k), ir.Const(1, T.INT), span)))
            consume(items + [x for src in others for x in src.get(ir.Copy(i))])
        return run
    return lambda consume, sp, orelse: gen_loop(lw, call.args[0], paired(consume), sp, orelse)


def gen_loop(lw: Lower, it: ast.Expr, consume: Callable[[Items], None], span: Span,
             orelse: Callable[[], None] | None = None) -> None:
    """The loop over the generator call (or streaming parameter) `it`: `consume(items)`
    at each `yield`."""
    from ember.mir.build.calls import call_arg
    from ember.mir.build.stmt import block

    fb = lw.fb
    outer = _scope(lw)
    call, at = lw.prog.stored_generators.get(id(it), it), outer
    if isinstance(call, ast.Name):
        assert lw.gen is not None
        call, at = lw.gen.streams[it.id]  # its arguments are the caller's
    key = lw.prog.generators[id(call)]
    fn = lw.prog.fns[key]
    c = lw.prog.calls[id(call)]
    assert isinstance(c, (tast.CallFn, tast.CallMethod))
    args = c.args if isinstance(c, tast.CallFn) else (c.recv,) + c.args
    names: dict[str, ir.Local] = {}
    streams: dict[str, tuple[ast.Expr, Scope]] = {}
    _enter(lw, at)
    for p, a in zip(fn.params, args):
        if id(a) in lw.prog.generators:  # iterated once (checker): run there, no list in between
            streams[p.name] = (a, at)
        else:
            names[p.name] = _param(lw, p, call_arg(lw, fn, p, a))
    _enter(lw, outer)
    for name, t in fn.locals.items():
        if name not in names and name not in streams:
            names[name] = fb.new_local(name, t, ir.LocalKind.OWNED)
    done, after = fb.new_block(), fb.new_block()
    frame = GenFrame(key, outer, consume, done, after, len(lw.tries), len(fb.temps), len(lw.handling), streams)
    decls = {g for g in fn.globals_used if g not in fn.locals or _declared_global(fn, g)}
    _enter(lw, Scope(names, lw.prog.envs[fn.module], decls, [], frame))
    block(lw, fn.node.body)
    _enter(lw, outer)
    fb.goto(done)
    fb.switch(done)
    if orelse is not None:
        orelse()
    fb.goto(after)
    fb.switch(after)


def _param(lw: Lower, p: tast.ParamInfo, op: ir.Operand) -> ir.Local:
    """The generator's parameter `p`, bound to the argument `op` as a call binds it."""
    fb = lw.fb
    if p.convention == "inout":
        assert isinstance(op, ir.Copy) and op.local.kind is ir.LocalKind.REF
        return op.local  # the caller's reference itself
    kind = ir.LocalKind.BORROW if p.convention != "owned" and fb.owns(p.type) else ir.LocalKind.OWNED
    loc = fb.new_local(p.name, p.type, kind)
    fb.emit(ir.Assign(loc, ir.Use(op)))
    return loc


def _declared_global(fn: tast.FnInfo, name: str) -> bool:
    from ember.syntax.walk import statements

    return any(isinstance(s, ast.Global) and name in s.names for s in statements(fn.node.body))


def lower_yield(lw: Lower, s: ast.Yield) -> None:
    frame = lw.gen
    assert frame is not None and s.value is not None
    if not s.from_:
        v = lower(lw, s.value)
        _resume(lw, frame, [(take(lw, v) if v.owned else v.op, lw.op_type(v.op))], s.span)
        return
    it = s.value
    if iterates_generator(lw, it):
        gen_loop(lw, it, lambda items: _resume(lw, frame, items, s.span), s.span)
        return
    lt = lw.type_of(it)
    elem = lt.elem if isinstance(lt, T.ListType) else None
    counted_loop(lw, source(lw, it), lambda items: _resume(lw, frame, _one(lw, items, elem), s.span), s.span)


def _one(lw: Lower, items: Items, t: T.Type | None) -> Items:
    """The items of one iteration as one value (`enumerate`/`zip` give their parts)."""
    if len(items) == 1 or t is None:
        return items
    fb = lw.fb
    parts = tuple(take(lw, Value(op, isinstance(op, ir.Move))) for op, _ in items)
    agg = fb.temp(t, ir.Aggregate(parts))
    return [(ir.Move(agg) if fb.owns(t) else ir.Copy(agg), t)]


def _resume(lw: Lower, frame: GenFrame, items: Items, span: Span) -> None:
    """A `yield` of `items`: the consumer's body, in the consumer's scope; its
    `continue` resumes here, its `break` leaves the generator."""
    fb = lw.fb
    cont, brk = fb.new_block(), fb.new_block()
    inner = _scope(lw)
    tries, handling = lw.tries, lw.handling
    # an error in the consumer's body is not the generator's to catch: only the
    # generator's `finally` bodies stay on its way out; a bare `raise` there re-raises
    # the consumer's error, not one an `except` of the generator handles
    lw.tries = [fr for i, fr in enumerate(tries) if i < frame.tries or fr.kind is errors.Kind.FINALLY]
    lw.handling = handling[:frame.handling]
    _enter(lw, frame.outer)
    fb.loops.append((cont.id, brk.id))
    frame.consume(items)
    fb.loops.pop()
    _enter(lw, inner)
    lw.tries, lw.handling = tries, handling
    fb.goto(cont)
    if any(brk.id in ir.successors(b.term) for b in fb.blocks if b.term is not None):
        fb.switch(brk)
        errors.finally_before_leaving(lw, frame.tries, frame.depth)
        fb.goto(frame.after)
    fb.switch(cont)


def lower_return(lw: Lower, s: ast.Return) -> None:
    """`return` in a generator: its end (the loop's `else`, then on after the loop)."""
    frame = lw.gen
    assert frame is not None and s.value is None
    errors.finally_before_leaving(lw, frame.tries, frame.depth)
    lw.fb.goto(frame.done)


def as_list(lw: Lower, call: ast.Expr, t: T.Type) -> Value:
    """A generator call consumed by a built-in: the list of the values it yields."""
    fb = lw.fb
    lst = fb.temp(t, ir.Intrinsic("list.new", (), call.span, (0,)))
    assert isinstance(t, T.ListType)

    def push(items: Items) -> None:
        (op, _), = _one(lw, items, t.elem)
        fb.emit(ir.Eval(ir.Intrinsic("list.push", (ir.Copy(lst), take(lw, Value(op, isinstance(op, ir.Move)))),
                                     call.span)))
    gen_loop(lw, call, push, call.span)
    return Value(ir.Copy(lst), True)


def fusible(lw: Lower, name: str, args: tuple[ast.Expr, ...]) -> bool:
    """Whether `sum`/`any`/`all` of `args[0]` runs as a loop over a generator, with no
    list in between: a generator call, a comprehension over one, or a generator
    expression (`any(f(x) for x in xs)` calls f up to the first true item, as Python
    does; of numbers for `sum`; `any`/`all` of a struct's `__bool__` keep the list)."""
    e = args[0]
    if isinstance(e, ast.ListComp) and (e.lazy or any(id(g.iter) in lw.prog.generators for g in e.generators)):
        elt = lw.type_of(e.elt)
    elif id(e) in lw.prog.generators:
        lt = lw.type_of(e)
        assert isinstance(lt, T.ListType)
        elt = lt.elem
    else:
        return False
    return (T.is_numeric(elt) or elt == T.BOOL) if name == "sum" else not isinstance(elt, T.StructType)


def reduce(lw: Lower, name: str, args: tuple[ast.Expr, ...], t: T.Type, span: Span) -> Value:
    """`sum`, `any` or `all` of a generator (`fusible`), left to right as the list's
    would be; `any`/`all` stop at the first item that decides (as Python's do), which
    leaves the generator as `break` does (every level of a comprehension's loops)."""
    from ember.mir.build.compound import comprehension

    fb = lw.fb
    e = args[0]
    acc = fb.new_local("", t, ir.LocalKind.OWNED)
    if name == "sum":
        init = lower(lw, args[1]).op if len(args) == 2 else ir.Const(0.0 if isinstance(t, T.FloatType) else 0, t)
    else:
        init = ir.Const(name == "all", T.BOOL)
    fb.emit(ir.Assign(acc, ir.Use(init)))
    exits: list[int] = []  # after each level of a comprehension's loops

    def step(op: ir.Operand) -> None:
        if name == "sum":
            if lw.op_type(op) == T.BOOL:  # counts: True is 1
                op = ir.Copy(fb.temp(T.INT, ir.Cast(op, span)))
            fb.emit(ir.Assign(acc, ir.BinOp(ir.BinKind.ADD, ir.Copy(acc), op, span)))
            return
        c: ir.Operand = op
        ot = lw.op_type(op)
        if isinstance(ot, T.TupleType):  # its length is its truth
            c = ir.Const(bool(ot.elems), T.BOOL)
        elif ot != T.BOOL:
            c = ir.Copy(fb.temp(T.BOOL, ir.Intrinsic("truth", (op,), span)))
        hit, miss = fb.new_block(), fb.new_block()
        fb.terminate(ir.Branch(c, hit.id, miss.id) if name == "any" else ir.Branch(c, miss.id, hit.id))
        fb.switch(hit)
        fb.emit(ir.Assign(acc, ir.Use(ir.Const(name == "any", T.BOOL))))
        fb.goto(fb.blocks[exits[0] if exits else fb.loops[-1][1]])  # decided: leave every level
        fb.switch(miss)
    if isinstance(e, ast.ListComp):
        comprehension(lw, e, lambda: step(lower(lw, e.elt).op), exits)
    else:
        gen_loop(lw, e, lambda items: step(_one(lw, items, None)[0][0]), span)
    return Value(ir.Copy(acc), True)
