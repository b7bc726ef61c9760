"""Objects of several classes behind one type to MIR (sema/check/classes.py): a
`ClassUnion` is a tuple of an optional per class, one present. An object becomes one by
filling its class's optional; a method call or a field read tests the flags in turn
(the last class needs no test) and works on the payload of the one present."""
from __future__ import annotations

from collections.abc import Callable

from ember.base.source import Span
from ember.mir import ir
from ember.mir.build.context import Lower, Value
from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T


def wrap(lw: Lower, v: Value, target: T.ClassUnion, span: Span) -> Value:
    """The object `v` (of one class of `target`'s family) as the union."""
    from ember.mir.build.expr import take

    fb = lw.fb
    t = lw.op_type(v.op)
    if isinstance(t, T.ClassUnion):
        return _widened(lw, v, t, target)
    assert isinstance(t, T.StructType) and t.name in target.classes, (t, target)
    parts: list[ir.Operand] = []
    for part in target.elems:
        assert isinstance(part, T.OptionalType) and isinstance(part.elem, T.StructType)
        if part.elem == t:
            opt = fb.temp(part, ir.Aggregate((ir.Const(True, T.BOOL), take(lw, v))))
            parts.append(ir.Move(opt) if fb.owns(part) else ir.Copy(opt))
        else:
            parts.append(ir.Const(None, part))
    loc = fb.temp(target, ir.Aggregate(tuple(parts)))
    return Value(ir.Copy(loc), True)  # a temporary: dropped at the statement's end unless taken (expr.take)


UNBUILT = object()  # what a branch of `_each` gives for a class never constructed


def _widened(lw: Lower, v: Value, t: T.ClassUnion, target: T.ClassUnion) -> Value:
    """The union `v` (of a smaller family) as the larger union `target`: each class's
    part copied to its place in `target` (the source is dropped as usual)."""
    from ember.mir.build.expr import materialize, take

    fb = lw.fb
    src = fb.temp(t, ir.Use(v.op)) if isinstance(v.op, ir.Move) and v.op.local.name else materialize(lw, v)
    parts: list[ir.Operand] = []
    for part in target.elems:
        assert isinstance(part, T.OptionalType) and isinstance(part.elem, T.StructType)
        if part.elem.name in t.classes:
            i = t.classes.index(part.elem.name)
            loaded = fb.temp(part, ir.Load(ir.Place(src, (ir.FieldProj(i),), part)), owned=False)
            parts.append(take(lw, Value(ir.Copy(loaded), False)))
        else:
            parts.append(ir.Const(None, part))
    loc = fb.temp(target, ir.Aggregate(tuple(parts)))
    return Value(ir.Copy(loc), True)


def _place(lw: Lower, e: ast.Expr) -> ir.Place:
    from ember.mir.build.expr import lower, materialize, place_of

    p = place_of(lw, e)
    if p is None:
        loc = materialize(lw, lower(lw, e))
        p = ir.Place(loc, (), loc.type)
    return p


def _each(lw: Lower, u: ir.Place, t: T.Type, kind: ir.LocalKind,
          body: Callable[[int, ir.Place], ir.Rvalue | Value | object | None]) -> ir.Local | None:
    """Run `body(i, payload)` for the class `i` present in the union at `u`, into one
    result local of type `t` (None when `t` is None)."""
    from ember.mir.build.expr import take
    from ember.mir.build.optional import flag

    fb = lw.fb
    assert isinstance(u.type, T.ClassUnion)
    res = None if t == T.NONE else fb.new_local("", t, kind)
    if res is not None and kind is ir.LocalKind.OWNED and fb.temps and fb.owns(t):
        fb.temps[-1].append(res)
    done = fb.new_block()
    last = len(u.type.elems) - 1
    for i, part in enumerate(u.type.elems):
        assert isinstance(part, T.OptionalType)
        opt = ir.Place(u.local, u.projs + (ir.FieldProj(i),), part, u.span)
        if i < last:
            yes, no = fb.new_block(), fb.new_block()
            fb.terminate(ir.Branch(flag(lw, opt), yes.id, no.id))
            fb.switch(yes)
        got = body(i, ir.Place(u.local, opt.projs + (ir.FieldProj(1),), part.elem, u.span))
        if got is UNBUILT:  # a class nothing constructs (sema/check/classes.py): never present
            fb.terminate(ir.Fault("unreachable", None, u.span))
        else:
            if res is not None and got is not None:
                fb.emit(ir.Assign(res, got if not isinstance(got, Value) else ir.Use(take(lw, got))))
            fb.goto(done)
        if i < last:
            fb.switch(no)
    fb.switch(done)
    return res


def call(lw: Lower, c: tast.CallUnion, t: T.Type, span: Span) -> Value:
    """`recv.m(args)`: the method of the class present."""
    from ember.mir.build.calls import _args, _result

    fb = lw.fb
    u = _place(lw, c.recv)

    def one(i: int, payload: ir.Place) -> Value | object | None:
        part = c.parts[i]
        if part is None:
            return UNBUILT
        fn = lw.prog.fns[part.key]
        if fn.params[0].convention == "inout":
            me = fb.new_local("", payload.type, ir.LocalKind.REF)
            fb.emit(ir.Assign(me, ir.AddrOf(payload)))
        else:
            me = fb.temp(payload.type, ir.Load(payload), owned=False)
        got = fn.ret if t == T.NUMBER else t  # the classes' results may be ints, floats or numbers
        v = _result(lw, got, ir.Call(part.key, (ir.Copy(me), *_args(lw, fn, fn.params[1:], part.args)), span))
        if got != t:
            v = Value(ir.Copy(fb.temp(t, ir.Cast(v.op, span))), True)
        return None if t == T.NONE else v
    res = _each(lw, u, t, ir.LocalKind.OWNED, one)
    if res is None:
        return Value(ir.Const(None, T.NONE), True)
    return Value(ir.Move(res) if fb.owns(t) else ir.Copy(res), True)


def read(lw: Lower, e: ast.Attribute, t: T.Type) -> Value:
    """`x.attr`: the field of the class present (a borrow of it)."""
    u = _place(lw, e.value)

    def one(i: int, payload: ir.Place) -> ir.Rvalue | object:
        assert isinstance(payload.type, T.StructType)
        var = lw.prog.class_attrs.get((id(e), payload.type.name))
        if var is not None:  # that class's attribute (sema/classattrs.py)
            return ir.Load(ir.Place(lw.globals[var], (), t))
        place = _field(lw, payload, e.attr, t)
        return ir.Load(place) if isinstance(place, ir.Place) else place
    res = _each(lw, u, t, ir.LocalKind.BORROW, one)
    assert res is not None
    return Value(ir.Copy(res), False)


def _field(lw: Lower, payload: ir.Place, attr: str, t: T.Type) -> ir.Place | object:
    """Field `attr` of the object at `payload` (`UNBUILT` for a class nothing constructs)."""
    assert isinstance(payload.type, T.StructType)
    if payload.type.name in lw.prog.unbuilt_parts:
        return UNBUILT
    idx = [n for n, _ in lw.fb.structs[payload.type.name]].index(attr)
    return ir.Place(payload.local, payload.projs + (ir.FieldProj(idx),), t, payload.span)


def field_ref(lw: Lower, e: ast.Attribute) -> ir.Place:
    """The place of `x.attr` (to store into, or to change in place): a reference to the
    field of the class present."""
    fb = lw.fb
    u = _place(lw, e.value)
    t = lw.type_of(e)
    ref = fb.new_local("", t, ir.LocalKind.REF)

    def one(i: int, payload: ir.Place) -> object | None:
        place = _field(lw, payload, e.attr, t)
        if not isinstance(place, ir.Place):
            return place
        fb.emit(ir.Assign(ref, ir.AddrOf(place)))
        return None
    _each(lw, u, T.NONE, ir.LocalKind.REF, one)
    return ir.Place(ref, (), t, e.span)


def instance(lw: Lower, e: ast.Call) -> Value:
    """`isinstance(x, C)`: known, or whether one of the union's classes that are `C`s is
    present."""
    from ember.mir.build.expr import lower
    from ember.mir.build.optional import flag

    fb = lw.fb
    answer = lw.prog.instance_tests[id(e)]
    if isinstance(answer, bool):
        lower(lw, e.args[0])  # evaluated, as Python does
        return Value(ir.Const(answer, T.BOOL), True)
    if isinstance(answer, str):  # `isinstance(x, float)` of an int or a float (sema/check/numbers.py)
        is_float = ir.Copy(fb.temp(T.BOOL, ir.Intrinsic("number.is_float", (lower(lw, e.args[0]).op,), e.span)))
        return Value(is_float if answer == "float" else ir.Copy(fb.temp(T.BOOL, ir.UnOp("not", is_float, e.span))), True)
    u = _place(lw, e.args[0])
    assert isinstance(u.type, T.ClassUnion)
    out: ir.Operand = ir.Const(False, T.BOOL)
    for i in answer:
        f = flag(lw, ir.Place(u.local, u.projs + (ir.FieldProj(i),), u.type.elems[i], u.span))
        out = ir.Copy(fb.temp(T.BOOL, ir.BinOp(ir.BinKind.OR, out, f, e.span)))
    return Value(out, True)
