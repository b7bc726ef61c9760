"""Raised errors to MIR (LANGUAGE.md §8): no unwinding, only ordinary control flow.

A call of a raising function writes the function's error slot (`ir.Call.err`) and is
followed by a `Branch` on it; `raise` and that branch's error side both `throw`: the
error goes to the innermost enclosing `try` with handlers (its dispatch block tests
the kinds in order), and through the `finally` bodies on the way; with no `try` left
it leaves the function (`ir.Raise`). So error paths are
paths like any other: drop elaboration destroys on them what is live, the move checker
sees them.

`finally` runs on every way out of its `try`: falling off the end, an error, and
`return`, `break` or `continue` inside it; each of these lowers its own copy of the
body (every error one copy together), with the enclosing `try`s, loops and handlers as
they were at the `try`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from ember.base.source import Span
from ember.mir import ir
from ember.mir.build.context import Handling, Lower, Value
from ember.mir.build.expr import owned, take
from ember.sema.tast import RAISED
from ember.syntax import ast
from ember.types import types as T


class Kind(Enum):
    HANDLERS = "handlers"  # the body of a `try` with `except` clauses
    FINALLY = "finally"    # the body, handlers and `else` of a `try` with `finally`


@dataclass
class TryFrame:
    """An enclosing `try`, and the builder's state at it: statement frames of
    temporaries (`depth`), loops and handlers entered before it. `err` (the error at
    `dispatch`, or waiting while `final` runs) and `dispatch` appear with the first
    error that reaches the frame."""

    kind: Kind
    depth: int
    loops: int
    handling: int
    names: dict[str, ir.Local]  # as at the `try` (an `except` block rebinds its name)
    final: tuple[ast.Stmt, ...] = ()
    err: ir.Local | None = None
    dispatch: ir.Block | None = None  # where errors go: the handlers, or the `finally` body


def _frame(lw: Lower, kind: Kind, final: tuple[ast.Stmt, ...] = ()) -> TryFrame:
    return TryFrame(kind, len(lw.fb.temps), len(lw.fb.loops), len(lw.handling), dict(lw.names), final)


def _error_of(lw: Lower, fr: TryFrame) -> ir.Local:
    if fr.err is None:
        fr.err = lw.fb.new_local("$err", T.EXC)  # named: drop elaboration frees it where it dies
    return fr.err


# ---- calls and throwing


def raising_call(lw: Lower, rv: ir.Call) -> ir.Call:
    """`rv`, writing the function's error slot if the callee raises."""
    if not lw.prog.fns[rv.fn].raises:
        return rv
    return replace(rv, err=lw.fb.error_slot())


def after_call(lw: Lower, rv: ir.Rvalue) -> None:
    """After a raising call: branch to `throw` when it failed."""
    if not isinstance(rv, ir.Call) or rv.err is None:
        return
    fb = lw.fb
    failed = fb.temp(T.BOOL, ir.Intrinsic("err.is_set", (ir.Copy(rv.err),), rv.span))
    bad, ok = fb.new_block(), fb.new_block()
    fb.terminate(ir.Branch(ir.Copy(failed), bad.id, ok.id))
    fb.switch(bad)
    throw(lw, ir.Move(rv.err), rv.span)
    fb.switch(ok)


def _drop_temps(lw: Lower, depth: int, upto: int | None = None, keep: ir.Local | None = None) -> int:
    """The temporaries of the statements being left: those begun after `depth` (and
    before `upto`, where the ones after it are dropped already). Returns `depth`."""
    for frame in reversed(lw.fb.temps[depth:upto]):
        for tmp in reversed(frame):
            if tmp is not keep:
                lw.fb.emit(ir.Drop(tmp))
    return depth


def throw(lw: Lower, err: ir.Operand, span: Span) -> None:
    """Send the owned error `err` to the innermost handler, through `finally` bodies,
    or out of the function. Ends the current block. Every error reaching a `try` goes
    through one block of it: the handlers' dispatch, or one copy of the `finally` body
    followed by the way on outward."""
    fb = lw.fb
    dropped = None
    for i in range(len(lw.tries) - 1, -1, -1):
        fr = lw.tries[i]
        held = _error_of(lw, fr)
        fb.emit(ir.Assign(held, ir.Use(err)))
        dropped = _drop_temps(lw, fr.depth, dropped)
        if fr.dispatch is not None:
            fb.goto(fr.dispatch)
            return
        fr.dispatch = fb.new_block()
        fb.goto(fr.dispatch)
        if fr.kind is Kind.HANDLERS:  # lower_try lowers the handlers there
            return
        fb.switch(fr.dispatch)
        _inline_finally(lw, fr)
        if fb.current is None:  # the `finally` body returned, jumped or raised
            return
        err = ir.Move(held)
    if not isinstance(err, ir.Move):
        hold = fb.new_local("", T.EXC)
        fb.emit(ir.Assign(hold, ir.Use(err)))
        err = ir.Move(hold)
    _drop_temps(lw, 0, dropped, keep=err.local)
    fb.drop_all_owned(keep=err.local)
    if fb.raises or fb.entry:
        for g in fb.raise_drops:
            if g is not err.local:
                fb.emit(ir.Drop(g))
        fb.terminate(ir.Raise(err, span))
    else:  # the checker proved every such error caught (`except K` of a `raise K`)
        fb.terminate(ir.Fault("unreachable", None, span))


def lower_raise(lw: Lower, s: ast.Raise) -> None:
    if s.exc is None or id(s) in lw.prog.reraised:  # re-raise the error being handled (`raise e` of its object)
        h = lw.handler(lw.prog.reraised.get(id(s)))
        err, tries = h.err, h.tries
        if h.obj is not None:  # Python raises the object, changes and all: the handler's copy goes back in
            lw.fb.emit(ir.Eval(ir.Intrinsic("err.store_object", (ir.Copy(err), ir.Copy(h.obj, s.span)), s.span, h.view)))
        if len(lw.tries) == tries:  # control leaves the `except` block: nothing reads the error again
            throw(lw, ir.Move(err), s.span)
        else:  # a `try` inside the block may catch it and go on: the block keeps its error
            throw(lw, take(lw, Value(ir.Copy(err), False)), s.span)
    elif id(s) in lw.prog.raised_objects:
        throw(lw, _with_object(lw, s), s.span)
    else:
        throw(lw, owned(lw, lw.prog.raised[id(s)]), s.span)


def _with_object(lw: Lower, s: ast.Raise) -> ir.Operand:
    """The error of `raise obj` (an exception class with fields): its kind, the object's
    str and repr, and the object moved in (sema/check/errors.py _raised_object)."""
    fb = lw.fb
    code, text, shown = lw.prog.raised_objects[id(s)]
    exc = lw.prog.raised[id(s)]
    t = lw.type_of(exc)
    obj = fb.new_local(RAISED, t)
    fb.emit(ir.Assign(obj, ir.Use(owned(lw, exc))))
    hidden = lw.names.get(RAISED)
    lw.names[RAISED] = obj
    parts = (owned(lw, text), owned(lw, shown))
    if hidden is not None:
        lw.names[RAISED] = hidden
    else:
        del lw.names[RAISED]
    return ir.Move(fb.temp(T.EXC, ir.Intrinsic("err.raise_object", (ir.Move(obj), *parts), s.span, (code, t))))


# ---- try


def lower_try(lw: Lower, s: ast.Try) -> None:
    from ember.mir.build.stmt import block

    fb = lw.fb
    fin = _frame(lw, Kind.FINALLY, s.finalbody) if s.finalbody else None
    if fin is not None:
        lw.tries.append(fin)
    hf = _frame(lw, Kind.HANDLERS) if s.handlers else None
    if hf is not None:
        lw.tries.append(hf)
    block(lw, s.body)
    if hf is not None:
        lw.tries.pop()
    if fb.current is not None:
        block(lw, s.orelse)
    join = fb.new_block()
    fb.goto(join)
    if hf is not None and hf.dispatch is not None:  # some error reaches the handlers
        _handlers(lw, s, hf, join)
    if fin is not None:
        lw.tries.pop()
    if any(join.id in ir.successors(b.term) for b in fb.blocks):
        fb.switch(join)
        block(lw, s.finalbody)


def _handlers(lw: Lower, s: ast.Try, hf: TryFrame, join: ir.Block) -> None:
    """The dispatch: each `except` in order tests the kind; no match throws on."""
    from ember.mir.build.stmt import block

    fb = lw.fb
    assert hf.dispatch is not None and hf.err is not None
    fb.switch(hf.dispatch)
    for h in s.handlers:
        info = lw.prog.handlers[id(h)]
        body = fb.new_block()
        nxt = None
        if info.kinds is None:
            fb.goto(body)
        else:
            hit = fb.temp(T.BOOL, ir.Intrinsic("err.matches", (ir.Copy(hf.err),), h.span, info.kinds))
            nxt = fb.new_block()
            fb.terminate(ir.Branch(ir.Copy(hit), body.id, nxt.id))
        fb.switch(body)
        current, hidden, obj, view = hf.err, None, None, ()
        if info.name is not None:
            current = fb.new_local(info.name if info.view is None else "$caught", T.EXC)
            fb.emit(ir.Assign(current, ir.Use(ir.Move(hf.err))))
            hidden = lw.names.get(info.name)
            view = _extra(info.view) if info.view is not None else ()
            obj = _object_of(lw, current, info.name, view, h.span) if view else None
            lw.names[info.name] = obj or current
        lw.handling.append(Handling(current, len(lw.tries), info.name, obj, view))
        block(lw, h.body)
        lw.handling.pop()
        if info.name is not None:
            if hidden is None:
                del lw.names[info.name]
            else:
                lw.names[info.name] = hidden
        fb.goto(join)
        if nxt is None:
            return
        fb.switch(nxt)
    throw(lw, ir.Move(hf.err), s.span)


def _object_of(lw: Lower, err: ir.Local, name: str, view: tuple, span: Span) -> ir.Local:
    """`e` of `except C as e`: a copy of the object the caught error carries, as a `C`
    (an object of a class below `C` gives `C`'s fields); `view` is `_extra`'s."""
    obj = lw.fb.new_local(name, view[0])
    lw.fb.emit(ir.Assign(obj, ir.Intrinsic("err.object", (ir.Copy(err),), span, view)))
    return obj


def _extra(view: tuple[str, tuple[tuple[str, str], ...]]) -> tuple:
    """The extra of `err.object` and `err.store_object`: the type bound, then (kind, type
    of its objects) for each kind caught."""
    target, sources = view
    return (T.StructType(target), *((code, T.StructType(key)) for code, key in sources))


def _inline_finally(lw: Lower, fr: TryFrame) -> None:
    """One copy of `fr`'s `finally` body, seen from the `try` statement: enclosing
    `try`s, loops, handlers and names as they were there."""
    from ember.mir.build.stmt import block

    fb = lw.fb
    saved = lw.tries, fb.loops, lw.handling, lw.names, lw.comp
    lw.tries = lw.tries[:next(i for i, f in enumerate(lw.tries) if f is fr)]
    fb.loops = fb.loops[:fr.loops]
    lw.handling = lw.handling[:fr.handling]
    lw.names, lw.comp = fr.names, []  # also when the error comes from inside a comprehension
    block(lw, fr.final)
    lw.tries, fb.loops, lw.handling, lw.names, lw.comp = saved


def finally_before_return(lw: Lower, ret: ir.Local | None) -> ir.Local | None:
    """Run the enclosing `finally` bodies before `return`, keeping the value computed
    first (Python) in a variable of its own. Returns where the value now is; if a
    `finally` body leaves another way, the current block is closed."""
    fb = lw.fb
    frames = [fr for fr in reversed(lw.tries) if fr.kind is Kind.FINALLY]
    if not frames:
        return ret
    if ret is not None:
        kept = fb.new_local("$ret", ret.type)
        fb.emit(ir.Assign(kept, ir.Use(ir.Move(ret) if fb.owns(ret.type) else ir.Copy(ret))))
        ret = kept
    dropped = None
    for fr in frames:
        dropped = _drop_temps(lw, fr.depth, dropped)
        _inline_finally(lw, fr)
        if fb.current is None:
            return None
    return ret


def finally_before_jump(lw: Lower) -> None:
    """Run the `finally` bodies between a `break`/`continue` and its loop."""
    fb = lw.fb
    dropped = None
    for fr in reversed(lw.tries):
        if fr.loops < len(fb.loops):
            return
        if fr.kind is Kind.FINALLY:
            dropped = _drop_temps(lw, fr.depth, dropped)
            _inline_finally(lw, fr)
            if fb.current is None:
                return


def finally_before_leaving(lw: Lower, first: int, depth: int) -> None:
    """Run the `finally` bodies of `lw.tries[first:]` and drop the temporaries of the
    statements begun after `depth`: control leaves them all (an inlined generator's body,
    mir/build/generators.py, left by its `return` or the loop's `break`)."""
    fb = lw.fb
    dropped = None
    for fr in reversed(lw.tries[first:]):
        if fr.kind is Kind.FINALLY:
            dropped = _drop_temps(lw, fr.depth, dropped)
            _inline_finally(lw, fr)
            if fb.current is None:
                return
    _drop_temps(lw, depth, dropped)


__all__ = ["TryFrame", "Value", "after_call", "finally_before_jump", "finally_before_leaving", "finally_before_return",
           "lower_raise", "lower_try", "raising_call", "throw"]
