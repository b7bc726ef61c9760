"""Expressions with control flow or several steps: and/or, comparisons, displays,
comprehensions, f-strings, slices, arithmetic with operator methods."""
from __future__ import annotations

from collections.abc import Callable

from ember.base.source import Span
from ember.mir import ir
from ember.mir.build.context import Lower, Value
from ember.mir.build.expr import BIN, lower, materialize, owned, scalar
from ember.mir.build.iterate import bind, counted_loop, source
from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T


def truth(lw: Lower, e: ast.Expr) -> ir.Operand:
    """`e` as a Bool condition (Python truthiness)."""
    if id(e) in lw.prog.truths:  # an object: its `__bool__()`, or `__len__() != 0` (sema/check/expr.py)
        call = lw.prog.truths[id(e)]
        r = lower(lw, call).op
        if call.func.attr == "__bool__":  # type: ignore[attr-defined]
            return r
        return ir.Copy(lw.fb.temp(T.BOOL, ir.BinOp(ir.BinKind.NE, r, ir.Const(0, T.INT), e.span)))
    v = lower(lw, e)
    t = lw.op_type(v.op)
    if t == T.BOOL:
        return v.op
    if isinstance(t, T.StructType):  # an object of a class with neither: true
        return ir.Const(True, T.BOOL)
    return ir.Copy(lw.fb.temp(T.BOOL, ir.Intrinsic("truth", (v.op,), e.span)))


def binop(lw: Lower, e: ast.BinOp, t: T.Type) -> Value:
    fb = lw.fb
    call = lw.prog.calls.get(id(e))
    if isinstance(call, tast.CallMethod):
        from ember.mir.build.calls import user_call

        return user_call(lw, call.key, (call.recv,) + call.args, t, e.span)
    if isinstance(call, tast.CallBuiltin):  # a set operator (sema/check/sets.py)
        from ember.mir.build.calls import builtin

        return builtin(lw, call, t, e.span)
    lt = lw.type_of(e.left)
    if isinstance(lt, T.IntType) and isinstance(lw.type_of(e.right), (T.StrType, T.ListType)):
        l, r = owned_or_borrow(lw, e.right), scalar(lw, e.left)
    else:
        l = scalar(lw, e.left)
        r = scalar(lw, e.right)
    return Value(ir.Move(fb.temp(t, ir.BinOp(BIN[e.op], l, r, e.span))) if fb.owns(t) else ir.Copy(fb.temp(t, ir.BinOp(BIN[e.op], l, r, e.span))), True)


def owned_or_borrow(lw: Lower, e: ast.Expr) -> ir.Operand:
    return lower(lw, e).op


def boolop(lw: Lower, e: ast.BoolOp, t: T.Type) -> Value:
    """Short-circuit: the result is the first operand deciding the outcome (Python)."""
    fb = lw.fb
    res = fb.new_local("", t, ir.LocalKind.OWNED)
    if fb.temps:
        fb.temps[-1].append(res)
    done = fb.new_block()
    for i, v in enumerate(e.values):
        # a Bool `and`/`or` of other operands is a condition (`if xs and xs[-1] == x`): each is its truth
        val = owned(lw, v) if t != T.BOOL else scalar(lw, v) if lw.type_of(v) == T.BOOL else truth(lw, v)
        fb.emit(ir.Assign(res, ir.Use(val)))
        if i == len(e.values) - 1:
            fb.goto(done)
            break
        c = truth_of_local(lw, res, v)
        nxt = fb.new_block()
        if e.op == "and":
            fb.terminate(ir.Branch(c, nxt.id, done.id))
        else:
            fb.terminate(ir.Branch(c, done.id, nxt.id))
        fb.switch(nxt)
    fb.switch(done)
    return Value(ir.Move(res) if fb.owns(t) else ir.Copy(res), True)


def truth_of_local(lw: Lower, loc: ir.Local, e: ast.Expr) -> ir.Operand:
    if loc.type == T.BOOL:
        return ir.Copy(loc)
    return ir.Copy(lw.fb.temp(T.BOOL, ir.Intrinsic("truth", (ir.Copy(loc),), e.span)))


def compare(lw: Lower, e: ast.Compare) -> Value:
    fb = lw.fb
    call = lw.prog.calls.get(id(e))
    if isinstance(call, tast.CallMethod):  # `a < b`, `x in obj` (`__contains__`) of objects
        from ember.mir.build.calls import user_call

        v = user_call(lw, call.key, (call.recv,) + call.args, T.BOOL, e.span)
        if e.ops == ("not in",):
            return Value(ir.Copy(fb.temp(T.BOOL, ir.UnOp("not", v.op, e.span))), True)
        return v
    if isinstance(call, tast.CallBuiltin):  # a subset test of sets (sema/check/sets.py)
        from ember.mir.build.calls import builtin

        return builtin(lw, call, T.BOOL, e.span)
    if len(e.ops) == 1:
        return Value(ir.Copy(_compare_one(lw, e, e.ops[0], e.left, e.comparators[0], None)), True)
    res = fb.new_local("", T.BOOL, ir.LocalKind.OWNED)
    done = fb.new_block()
    left_v: ir.Operand | None = None
    left = e.left
    for i, (op, right) in enumerate(zip(e.ops, e.comparators)):
        if left_v is None:
            left_v = lower(lw, left).op
        r = lower(lw, right).op
        c = _compare_ops(lw, e, op, left, left_v, right, r)
        fb.emit(ir.Assign(res, ir.Use(ir.Copy(c))))
        if i == len(e.ops) - 1:
            fb.goto(done)
            break
        nxt = fb.new_block()
        fb.terminate(ir.Branch(ir.Copy(c), nxt.id, done.id))
        fb.switch(nxt)
        left, left_v = right, r
    fb.switch(done)
    return Value(ir.Copy(res), True)


def _compare_one(lw: Lower, e: ast.Compare, op: str, left: ast.Expr, right: ast.Expr, _: object) -> ir.Local:
    return _compare_ops(lw, e, op, left, lower(lw, left).op, right, lower(lw, right).op)


def _compare_ops(lw: Lower, e: ast.Compare, op: str, left: ast.Expr, l: ir.Operand, right: ast.Expr, r: ir.Operand) -> ir.Local:
    fb = lw.fb
    if op in ("in", "not in"):
        rt = lw.type_of(right)
        name = "str.contains" if rt == T.STR else "dict.contains" if isinstance(rt, T.DictType) \
            else "set.contains" if isinstance(rt, T.SetType) else "list.contains"
        c = fb.temp(T.BOOL, ir.Intrinsic(name, (r, l), e.span))
        return fb.temp(T.BOOL, ir.UnOp("not", ir.Copy(c), e.span)) if op == "not in" else c
    if op in ("is", "is not"):
        from ember.mir.build.optional import is_none

        return is_none(lw, l, r, op)
    mask = lw.type_of(e)  # a lane-wise comparison of vectors gives a mask
    return fb.temp(mask if isinstance(mask, T.SIMDType) else T.BOOL, ir.BinOp(BIN[op], l, r, e.span))


def ifexp(lw: Lower, test: ast.Expr, body: ast.Expr, orelse: ast.Expr, t: T.Type) -> Value:
    fb = lw.fb
    res = fb.new_local("", t, ir.LocalKind.OWNED)
    if fb.temps and fb.owns(t):
        fb.temps[-1].append(res)
    c = truth(lw, test)
    bt, bo, done = fb.new_block(), fb.new_block(), fb.new_block()
    fb.terminate(ir.Branch(c, bt.id, bo.id))
    for blk, ex in ((bt, body), (bo, orelse)):
        fb.switch(blk)
        fb.emit(ir.Assign(res, ir.Use(owned(lw, ex))))
        fb.goto(done)
    fb.switch(done)
    return Value(ir.Move(res) if fb.owns(t) else ir.Copy(res), True)


def slice_bounds(lw: Lower, s: ast.Slice) -> tuple[tuple[ir.Operand, ir.Operand, ir.Operand], int]:
    """(start, stop, step) of `s`, and flags saying which of start (1) and stop (2) are
    given (the runtime's slice_adjust fills in the others by the step's sign)."""
    parts = []
    flags = 0
    for bit, p in ((1, s.lower), (2, s.upper)):
        if p is None:
            parts.append(ir.Const(0, T.INT))
        else:
            flags |= bit
            parts.append(scalar(lw, p))
    step = scalar(lw, s.step) if s.step is not None else ir.Const(1, T.INT)
    return (parts[0], parts[1], step), flags


def slice_(lw: Lower, e: ast.Expr, base: ast.Expr, s: ast.Slice, t: T.Type) -> Value:
    b = lower(lw, base).op
    bounds, flags = slice_bounds(lw, s)
    rv = ir.Intrinsic("slice", (b, *bounds), e.span, (flags,))
    return Value(ir.Move(lw.fb.temp(t, rv)), True)


def list_display(lw: Lower, e: ast.ListExpr, t: T.Type) -> ir.Local:
    fb = lw.fb
    assert isinstance(t, T.ListType)
    elts = e.elts
    if any(isinstance(x, ast.EllipsisLit) for x in elts):
        a, b, z = scalar(lw, elts[0]), scalar(lw, elts[1]), scalar(lw, elts[-1])
        return fb.temp(t, ir.Intrinsic("list.progression", (a, b, z), e.span))
    lst = fb.temp(t, ir.Intrinsic("list.new", (), e.span, (len(elts),)))
    for x in elts:
        fb.emit(ir.Eval(ir.Intrinsic("list.push", (ir.Copy(lst), owned(lw, x)), x.span)))
    return lst


def listcomp(lw: Lower, e: ast.ListComp, t: T.Type) -> ir.Local:
    fb = lw.fb
    lst = fb.temp(t, ir.Intrinsic("list.new", (), e.span, (0,)))
    comprehension(lw, e, lambda: fb.emit(ir.Eval(ir.Intrinsic("list.push", (ir.Copy(lst), owned(lw, e.elt)),
                                                                e.elt.span))))
    return lst


def comprehension(lw: Lower, e: ast.ListComp, item: Callable[[], None], exits: list[int] | None = None) -> None:
    """The loops of a comprehension, running `item()` where its element is in scope;
    `exits` gets the block after each level's loop, outermost first (where `any` jumps
    once it is decided)."""
    fb = lw.fb
    gens = e.generators

    def level(i: int) -> None:
        if i == len(gens):
            item()
            return
        g = gens[i]
        from ember.mir.build.generators import loop_over

        loop = loop_over(lw, g.iter)
        var = lw.type_of(g.target) if id(g.target) in lw.prog.types else None
        src = None if loop is not None else source(lw, g.iter, var)
        lw.comp.append({})

        def body(items: list[tuple[ir.Operand, T.Type]]) -> None:
            if exits is not None and len(exits) == i:
                exits.append(fb.loops[-1][1])
            bind(lw, g.target, items, lw.type_of(g.target) if id(g.target) in lw.prog.types else items[0][1], comp=True)
            for cond in g.ifs:
                c = truth(lw, cond)
                yes, no = fb.new_block(), fb.new_block()
                fb.terminate(ir.Branch(c, yes.id, no.id))
                fb.switch(no)
                fb.goto(fb.blocks[fb.loops[-1][0]])
                fb.switch(yes)
            level(i + 1)
        if loop is not None:
            loop(body, g.span, None)
        else:
            counted_loop(lw, src, body, g.span)
        lw.comp.pop()
    level(0)


def fstring(lw: Lower, e: ast.FString) -> ir.Local:
    fb = lw.fb
    buf = fb.temp(T.BUF, ir.Intrinsic("buf.new", (), e.span))
    _fstring_into(lw, buf, e)
    return fb.temp(T.STR, ir.Intrinsic("buf.finish", (ir.Move(buf),), e.span))


def _fstring_into(lw: Lower, buf: ir.Local, e: ast.FString) -> None:
    fb = lw.fb
    for p in e.parts:
        if isinstance(p, str):
            fb.emit(ir.Eval(ir.Intrinsic("buf.lit", (ir.Copy(buf),), e.span, (p,))))
            continue
        text = lw.prog.texts.get(id(p))  # the struct's __str__ (or __repr__) call
        v = lower(lw, text if text is not None else p.value).op
        if p.spec is None:
            kind = "buf.repr" if p.conversion == "r" and text is None else "buf.write"
            fb.emit(ir.Eval(ir.Intrinsic(kind, (ir.Copy(buf), v), p.span)))
        elif all(isinstance(x, str) for x in p.spec.parts):
            spec = "".join(p.spec.parts)  # type: ignore[arg-type]
            v = _converted(lw, v, p.conversion, p.span)
            fb.emit(ir.Eval(ir.Intrinsic("buf.fmt", (ir.Copy(buf), v), p.span, (spec,))))
        else:
            v = _converted(lw, v, p.conversion, p.span)
            spec_str = fstring(lw, p.spec)
            fb.emit(ir.Eval(ir.Intrinsic("buf.fmt_dyn", (ir.Copy(buf), v, ir.Copy(spec_str)), p.span)))


def _converted(lw: Lower, v: ir.Operand, conversion: str | None, span: Span) -> ir.Operand:
    """`x!r` / `x!s` before a format spec: the spec then applies to the string."""
    fb = lw.fb
    if conversion is None or (conversion == "s" and ir.operand_type(v) == T.STR):
        return v
    if conversion in ("r", "a"):
        return ir.Copy(fb.temp(T.STR, ir.Intrinsic("repr", (v,), span)))
    tmp = fb.temp(T.BUF, ir.Intrinsic("buf.new", (), span))
    fb.emit(ir.Eval(ir.Intrinsic("buf.write", (ir.Copy(tmp), v), span)))
    return ir.Copy(fb.temp(T.STR, ir.Intrinsic("buf.finish", (ir.Move(tmp),), span)))


__all__ = ["materialize"]
