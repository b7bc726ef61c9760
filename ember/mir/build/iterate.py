"""Every `for` and comprehension is a counted loop over an index source (range, list,
str, and enumerate/zip/reversed over those), so all share one lowering."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ember.base.source import Span
from ember.mir import ir
from ember.mir.build.context import Lower, Value
from ember.mir.build.expr import lower, materialize, scalar, take
from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T


@dataclass(frozen=True)
class Source:
    """n: number of items (evaluated per iteration for lists, as Python does); get(k)."""

    length: Callable[[], ir.Operand]
    get: Callable[[ir.Operand], list[tuple[ir.Operand, T.Type]]]


def _const(v: int) -> ir.Const:
    return ir.Const(v, T.INT)


def source(lw: Lower, it: ast.Expr, item: T.Type | None = None) -> Source:
    """How to iterate `it`; `item`: the loop variable's type, the element type of an empty
    tuple (a `*args` of a call with no extra arguments)."""
    fb = lw.fb
    call = lw.prog.calls.get(id(it))
    if isinstance(call, tast.CallBuiltin) and call.name.startswith("iter."):
        kind = call.name[5:]
        if kind == "range":
            args = [scalar(lw, a) for a in call.args]
            start, stop, step = (_const(0), args[0], _const(1)) if len(args) == 1 else (args[0], args[1], args[2] if len(args) == 3 else _const(1))
            # start and step are read on every iteration: a variable is copied once, as
            # Python evaluates range's arguments once (the body may assign it)
            start, step = (ir.Copy(fb.temp(T.INT, ir.Use(a))) if isinstance(a, ir.Copy) and a.local.name else a
                           for a in (start, step))
            n = fb.temp(T.INT, ir.Intrinsic("range.len", (start, stop, step), it.span))

            def rget(k: ir.Operand) -> list[tuple[ir.Operand, T.Type]]:
                # start + k*step for k < range.len: a value of the range, so it cannot
                # overflow (no check, which would keep LLVM from vectorizing the loop)
                v = fb.temp(T.INT, ir.Intrinsic("range.item", (start, k, step), it.span))
                return [(ir.Copy(v), T.INT)]
            return Source(lambda: ir.Copy(n), rget)
        if kind == "enumerate" and len(call.args) == 2:
            start0 = scalar(lw, call.args[1])
            src = source(lw, call.args[0])

            def eget(k: ir.Operand) -> list[tuple[ir.Operand, T.Type]]:
                idx = fb.temp(T.INT, ir.BinOp(ir.BinKind.ADD, k, start0, it.span))
                return [(ir.Copy(idx), T.INT)] + src.get(k)
            return Source(src.length, eget)
        inner = [source(lw, a) for a in call.args]
        if kind == "reversed":
            src = inner[0]
            n0 = materialize(lw, _val(src.length()))

            def vget(k: ir.Operand) -> list[tuple[ir.Operand, T.Type]]:
                j = fb.temp(T.INT, ir.BinOp(ir.BinKind.SUB, ir.Copy(n0), k, it.span))
                j1 = fb.temp(T.INT, ir.BinOp(ir.BinKind.SUB, ir.Copy(j), _const(1), it.span))
                return src.get(ir.Copy(j1))
            return Source(lambda: ir.Copy(n0), vget)
        if kind == "enumerate":
            src = inner[0]
            return Source(src.length, lambda k: [(k, T.INT)] + src.get(k))

        def zlen() -> ir.Operand:
            n = inner[0].length()
            for s in inner[1:]:
                n = ir.Copy(fb.temp(T.INT, ir.Intrinsic("min", (n, s.length()), it.span)))
            return n
        return Source(zlen, lambda k: [x for s in inner for x in s.get(k)])
    if isinstance(call, tast.CallBuiltin) and call.name in ("dict.keys", "dict.values", "dict.items"):
        from ember.mir.build.dicts import entries

        assert call.recv is not None
        return entries(lw, call.recv, call.name[5:])
    t = lw.type_of(it)
    if isinstance(t, T.DictType):
        from ember.mir.build.dicts import entries

        return entries(lw, it, "keys")
    if isinstance(t, T.TupleType):  # one element type (the checker saw to it): over a list of them
        el = t.elems[0] if t.elems else item
        assert el is not None, "an empty tuple's loop gives its variable's type"
        loc, t = tuple_list(lw, it, it.span, el), T.ListType(el)
    elif isinstance(t, T.SetType):
        return _set_source(lw, it, t)
    elif isinstance(t, T.FileType):  # over its lines, read when the loop starts
        f = materialize(lw, lower(lw, it))
        t = T.ListType(T.STR)
        loc = fb.temp(t, ir.Intrinsic("io.file_readlines", (ir.Copy(f),), it.span))
    else:
        loc = materialize(lw, lower(lw, it))
    if isinstance(t, T.StrType):
        return Source(lambda: ir.Copy(fb.temp(T.INT, ir.Intrinsic("len", (ir.Copy(loc),), it.span))),
                      lambda k: [(ir.Move(fb.temp(T.STR, ir.Intrinsic("str.index", (ir.Copy(loc), k), it.span))), T.STR)])
    if isinstance(t, T.ArrayType):
        return Source(lambda: _const(t.size), lambda k: [(ir.Copy(fb.temp(t.elem, ir.Load(
            ir.Place(loc, (ir.IndexProj(k, it.span),), t.elem)), owned=False)), t.elem)])
    assert isinstance(t, T.ListType)
    return Source(lambda: ir.Copy(fb.temp(T.INT, ir.Intrinsic("len", (ir.Copy(loc),), it.span))),
                  lambda k: [(ir.Copy(fb.temp(t.elem, ir.Intrinsic("list.get_unchecked", (ir.Copy(loc), k), it.span), owned=False)), t.elem)])



def _set_source(lw: Lower, it: ast.Expr, t: T.SetType) -> Source:
    """A set's elements, in its order, from a list of them made when the loop starts; the
    loop's test faults with Python's RuntimeError once the body changed the set's size,
    where Python's next step would."""
    fb = lw.fb
    s = materialize(lw, lower(lw, it))
    n = fb.temp(T.INT, ir.Intrinsic("len", (ir.Copy(s),), it.span))
    items = fb.temp(T.ListType(t.elem), ir.Intrinsic("set.list", (ir.Copy(s),), it.span))

    def length() -> ir.Operand:
        return ir.Copy(fb.temp(T.INT, ir.Intrinsic("set.iter_len", (ir.Copy(s), ir.Copy(n)), it.span)))
    return Source(length, lambda k: [(ir.Copy(fb.temp(t.elem, ir.Intrinsic("list.get_unchecked", (ir.Copy(items), k), it.span),
                                                     owned=False)), t.elem)])

def tuple_list(lw: Lower, tup: ast.Expr, span: Span, el: T.Type) -> ir.Local:
    """The list of a tuple's elements, all of type `el` (`list(t)`, `for x in t`): copies,
    the tuple keeps its own."""
    return elements(lw, materialize(lw, lower(lw, tup)), span, T.ListType(el))


def elements(lw: Lower, loc: ir.Local, span: Span, lt: T.ListType) -> ir.Local:
    """A new list of type `lt` (a list, or a tuple of any length) of copies of the
    elements of the tuple in `loc`."""
    fb, el = lw.fb, lt.elem
    tt = loc.type
    assert isinstance(tt, T.TupleType)
    lst = fb.temp(lt, ir.Intrinsic("list.new", (), span, (len(tt.elems),)))
    for i in range(len(tt.elems)):
        item = fb.temp(el, ir.Load(ir.Place(loc, (ir.FieldProj(i),), el)), owned=False)
        op: ir.Operand = ir.Copy(item)
        if fb.owns(el):
            op = ir.Move(fb.temp(el, ir.Intrinsic("copy", (op,), span)))
        fb.emit(ir.Eval(ir.Intrinsic("list.push", (ir.Copy(lst), op), span)))
    return lst


def _val(op: ir.Operand) -> Value:
    return Value(op, True)


def bind(lw: Lower, target: ast.Expr, items: list[tuple[ir.Operand, T.Type]], t: T.Type, comp: bool) -> None:
    """Bind loop values to the target: one name, or a tuple pattern matching the items."""
    fb = lw.fb
    if isinstance(target, (ast.TupleExpr, ast.ListExpr)) and len(items) == len(target.elts):
        for sub, item in zip(target.elts, items):
            bind(lw, sub, [item], item[1], comp)
        return
    if isinstance(target, (ast.TupleExpr, ast.ListExpr)) and len(items) > len(target.elts) and isinstance(t, T.TupleType):
        # enumerate(zip(a, b)) yields k, x, y flat: the nested last part takes the rest
        n = len(target.elts) - 1
        for sub, item in zip(target.elts[:n], items[:n]):
            bind(lw, sub, [item], item[1], comp)
        bind(lw, target.elts[n], items[n:], t.elems[n], comp)
        return
    if isinstance(target, (ast.TupleExpr, ast.ListExpr)) and isinstance(t, T.ListType):
        from ember.mir.build.stmt import unpack_list

        assert len(items) == 1
        unpack_list(lw, target, target.elts, materialize(lw, _val(items[0][0])), t, comp)
        return
    if isinstance(target, (ast.TupleExpr, ast.ListExpr)):
        t = tast.named_tuple_view(lw.prog, t) or t  # a named tuple's fields, by position
        assert len(items) == 1 and isinstance(t, T.TupleType)
        loc = materialize(lw, _val(items[0][0]))
        for i, sub in enumerate(target.elts):
            et = t.elems[i]
            v = fb.temp(et, ir.Load(ir.Place(loc, (ir.FieldProj(i),), et)), owned=False)
            bind(lw, sub, [(ir.Copy(v), et)], et, comp)
        return
    assert isinstance(target, ast.Name)
    if len(items) > 1:
        # enumerate/zip items under one name: a tuple that owns its parts, like any
        # aggregate (a fresh item moves in, a borrowed one is copied)
        parts = tuple(take(lw, Value(op, isinstance(op, ir.Move))) for op, _ in items)
        agg = fb.temp(t, ir.Aggregate(parts))
        items = [(ir.Move(agg) if fb.owns(t) else ir.Copy(agg), t)]
    op, it_t = items[0]
    # comprehension variables borrow the item; their own storage never owns memory
    if comp:
        loc = fb.new_local(target.id, it_t, ir.LocalKind.BORROW if fb.owns(it_t) else ir.LocalKind.OWNED)
        lw.comp[-1][target.id] = loc
    else:
        loc = lw.lookup(target.id)
    if not fb.owns(it_t):
        fb.emit(ir.Assign(loc, ir.Use(op)))
    elif loc.kind is ir.LocalKind.BORROW:
        # a fresh item (a Move) stays with its temporary, which the next iteration's
        # assignment or the end of the statement drops; the variable only reads it
        fb.emit(ir.Assign(loc, ir.Use(fb.read(op))))
    elif isinstance(op, ir.Move):
        fb.emit(ir.Assign(loc, ir.Use(op)))
    else:
        fb.emit(ir.Assign(loc, ir.Intrinsic("copy", (op,), target.span)))


def counted_loop(lw: Lower, src: Source, body: Callable[[list[tuple[ir.Operand, T.Type]]], None],
                 span: object, orelse: Callable[[], None] | None = None) -> None:
    """for k in 0..n: body(items(k)); `break` jumps past `orelse`."""
    fb = lw.fb
    k = fb.new_local("", T.INT, ir.LocalKind.OWNED)
    fb.emit(ir.Assign(k, ir.Use(_const(0))))
    head, body_b, step, done, after = fb.new_block(), fb.new_block(), fb.new_block(), fb.new_block(), fb.new_block()
    fb.goto(head)
    fb.switch(head)
    n = src.length()
    c = fb.temp(T.BOOL, ir.BinOp(ir.BinKind.LT, ir.Copy(k), n, span))  # type: ignore[arg-type]
    fb.terminate(ir.Branch(ir.Copy(c), body_b.id, done.id))
    fb.switch(body_b)
    fb.loops.append((step.id, after.id))
    body(src.get(ir.Copy(k)))
    fb.loops.pop()
    fb.goto(step)
    fb.switch(step)
    fb.emit(ir.Assign(k, ir.BinOp(ir.BinKind.ADD, ir.Copy(k), _const(1), span)))  # type: ignore[arg-type]
    fb.goto(head)
    fb.switch(done)
    if orelse is not None:
        orelse()
    fb.goto(after)
    fb.switch(after)


def ref_loop(lw: Lower, s: ast.For, body: Callable[[], None], orelse: Callable[[], None] | None) -> None:
    """`for b in xs:` (or `for i, b in enumerate(xs[, start]):`) whose body changes `b` in
    place (checker: sema/check/refloop.py): `b` is a REF local holding `&xs[k]`, taken
    afresh each iteration (the body cannot resize `xs`), so writes land in the list and
    reads see other writes to it. It owns nothing: the loop drops nothing."""
    from ember.mir.build.expr import place_of

    fb = lw.fb
    it, index, start = s.iter, None, None
    call = lw.prog.calls.get(id(it))
    if isinstance(call, tast.CallBuiltin) and call.name == "iter.enumerate":
        assert isinstance(s.target, ast.TupleExpr)
        index, it = s.target.elts[0], call.args[0]
        start = scalar(lw, call.args[1]) if len(call.args) == 2 else _const(0)
    name = s.target.elts[1] if isinstance(s.target, ast.TupleExpr) else s.target
    assert isinstance(name, ast.Name)
    t = lw.type_of(it)
    assert isinstance(t, T.ListType)
    seq = place_of(lw, it)
    assert seq is not None
    ref = fb.new_local(name.id, t.elem, ir.LocalKind.REF)
    shadowed = lw.names.get(name.id)
    lw.names[name.id] = ref

    def length() -> ir.Operand:
        lst = fb.temp(t, ir.Load(seq), owned=False)
        return ir.Copy(fb.temp(T.INT, ir.Intrinsic("len", (ir.Copy(lst),), it.span)))

    def get(k: ir.Operand) -> list[tuple[ir.Operand, T.Type]]:
        # k < len(xs), read just before (as `list.get_unchecked` of plain loops relies on)
        at = ir.IndexProj(k, it.span, checked=False)
        fb.emit(ir.Assign(ref, ir.AddrOf(ir.Place(seq.local, seq.projs + (at,), t.elem, it.span))))
        if index is not None and start is not None:
            i = fb.temp(T.INT, ir.BinOp(ir.BinKind.ADD, k, start, it.span))
            bind(lw, index, [(ir.Copy(i), T.INT)], T.INT, comp=False)
        return []
    counted_loop(lw, Source(length, get), lambda _: body(), s.span, orelse)
    if shadowed is not None:
        lw.names[name.id] = shadowed
