"""Expressions to MIR: every expression becomes an operand, owned or borrowed."""
from __future__ import annotations

from typing import assert_never

from ember.mir import ir
from ember.mir.build.context import Lower, Value
from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T

BIN = {"+": ir.BinKind.ADD, "-": ir.BinKind.SUB, "*": ir.BinKind.MUL, "/": ir.BinKind.DIV,
       "//": ir.BinKind.FLOORDIV, "%": ir.BinKind.MOD, "**": ir.BinKind.POW, "<<": ir.BinKind.SHL,
       ">>": ir.BinKind.SHR, "&": ir.BinKind.AND, "|": ir.BinKind.OR, "^": ir.BinKind.XOR,
       "==": ir.BinKind.EQ, "!=": ir.BinKind.NE, "<": ir.BinKind.LT, "<=": ir.BinKind.LE,
       ">": ir.BinKind.GT, ">=": ir.BinKind.GE}


def lower(lw: Lower, e: ast.Expr) -> Value:
    """Lower `e`, applying the implicit conversion the checker recorded for it."""
    if id(e) in lw.prog.unwraps:  # an optional used as its payload (mir/build/optional.py)
        from ember.mir.build import optional

        v = optional.unwrap(lw, e, _raw_place(lw, e), lambda: _lower(lw, e))
    else:
        v = _lower(lw, e)
    if isinstance(v.op, ir.Move) and v.op.local.name == "":
        # a temporary stays put until someone takes it (see `take`); otherwise it is
        # dropped at the end of the statement
        v = Value(ir.Copy(v.op.local), True)
    target = lw.prog.coerce.get(id(e))
    if isinstance(target, T.OptionalType) and lw.op_type(v.op) != target:
        from ember.mir.build import optional

        return optional.wrap(lw, v, target, e.span)
    if isinstance(target, T.ListType) and isinstance(lw.op_type(v.op), T.TupleType):  # `(1, 2)` as a tuple of any length
        from ember.mir.build.iterate import elements

        return Value(ir.Copy(elements(lw, materialize(lw, v), e.span, target)), True)  # a temporary (see above)
    if isinstance(target, T.ClassUnion) and lw.op_type(v.op) != target:
        from ember.mir.build import classes

        return classes.wrap(lw, v, target, e.span)
    if target is not None and lw.op_type(v.op) != target:
        return Value(ir.Copy(lw.fb.temp(target, ir.Cast(v.op, e.span))), False)
    return v


def scalar(lw: Lower, e: ast.Expr) -> ir.Operand:
    return lower(lw, e).op


def owned(lw: Lower, e: ast.Expr) -> ir.Operand:
    """An operand the consumer owns: moves a named owning variable, copies a borrow."""
    explicit = isinstance(e, ast.Transfer)
    inner = e.value if isinstance(e, ast.Transfer) else e
    target = lw.prog.coerce.get(id(inner))
    if isinstance(inner, ast.Name) and isinstance(target, T.ClassUnion) and lw.is_variable(inner.id):
        loc = lw.lookup(inner.id)  # an object given where any class of its family is: moved in, as itself would be
        if lw.fb.owns(loc.type) and (explicit or not lw.fb.copyable(loc.type)) \
                and loc.kind in (ir.LocalKind.OWNED, ir.LocalKind.GLOBAL):
            from ember.mir.build import classes

            return take(lw, classes.wrap(lw, Value(ir.Move(loc, e.span), True), target, e.span))
    if isinstance(inner, ast.Name) and id(inner) not in lw.prog.coerce and id(inner) not in lw.prog.unwraps \
            and id(inner) not in lw.prog.class_narrowed \
            and lw.is_variable(inner.id):
        loc = lw.lookup(inner.id)
        movable = lw.fb.owns(loc.type) and (explicit or not lw.fb.copyable(loc.type))
        if movable and loc.kind in (ir.LocalKind.OWNED, ir.LocalKind.GLOBAL):
            return ir.Move(loc, e.span)
    v = lower(lw, e)
    return take(lw, v)


def take(lw: Lower, v: Value) -> ir.Operand:
    t = lw.op_type(v.op)
    if v.owned and isinstance(v.op, ir.Copy) and v.op.local.name == "" and lw.fb.owns(t):
        return ir.Move(v.op.local)
    if v.owned or not lw.fb.owns(t):
        return v.op
    return ir.Move(lw.fb.temp(t, ir.Intrinsic("copy", (v.op,), _nospan(lw))))


def _nospan(lw: Lower):  # noqa: ANN202
    return lw.fb.span


def materialize(lw: Lower, v: Value) -> ir.Local:
    match v.op:
        case ir.Copy(local=l) | ir.Move(local=l):
            return l
        case ir.Const(type=t):
            return lw.fb.temp(t, ir.Use(v.op))


def place_of(lw: Lower, e: ast.Expr) -> ir.Place | None:
    """The storage an expression names (a variable, field, or list element), if any."""
    if id(e) in lw.prog.unwraps:  # the payload of an optional (mir/build/optional.py)
        from ember.mir.build import optional

        raw = _raw_place(lw, e)
        if raw is None:
            raw = ir.Place(materialize(lw, _lower(lw, e)), (), T.OptionalType(lw.type_of(e)))
        return optional.payload_place(lw, e, raw)
    return _raw_place(lw, e)


def _raw_place(lw: Lower, e: ast.Expr) -> ir.Place | None:
    match e:
        case ast.Name(id=name) if id(e) in lw.prog.class_narrowed:  # the object of the class an isinstance found
            loc = lw.lookup(name)
            i = lw.prog.class_narrowed[id(e)]
            return ir.Place(loc, (ir.FieldProj(i), ir.FieldProj(1)), lw.type_of(e), e.span)
        case ast.Name(id=name) if lw.is_variable(name):
            loc = lw.lookup(name)
            return ir.Place(loc, (), loc.type, e.span)
        case ast.Attribute() | ast.Name() if id(e) in lw.prog.module_refs:
            loc = lw.globals[lw.prog.module_refs[id(e)]]
            return ir.Place(loc, (), loc.type)
        case ast.Attribute() if id(e) in lw.prog.union_reads:
            from ember.mir.build import classes

            return classes.field_ref(lw, e)
        case ast.Attribute(value=base, attr=attr):
            bt = lw.type_of(base)
            if not isinstance(bt, T.StructType):
                return None
            fields = lw.fb.structs[bt.name]
            idx = [n for n, _ in fields].index(attr)
            inner = place_of(lw, base)
            if inner is None:
                inner = ir.Place(materialize(lw, lower(lw, base)), (), bt)
            return ir.Place(inner.local, inner.projs + (ir.FieldProj(idx),), fields[idx][1], inner.span)
        case ast.Subscript(value=base, index=index) if not isinstance(index, ast.Slice):
            bt = lw.type_of(base)
            if not isinstance(bt, (T.ListType, T.ArrayType, T.DictType)) or id(e) in lw.prog.calls:
                return None
            inner = place_of(lw, base)
            if inner is None:
                inner = ir.Place(materialize(lw, lower(lw, base)), (), bt)
            i = scalar(lw, index)  # a dict's key: the entry's value (codegen/emit/dicts.py)
            et = bt.value if isinstance(bt, T.DictType) else bt.elem
            return ir.Place(inner.local, inner.projs + (ir.IndexProj(i, e.span),), et, inner.span)
        case _:
            return None


def _lower(lw: Lower, e: ast.Expr) -> Value:
    from ember.mir.build import calls, compound, simd

    fb = lw.fb
    t = lw.prog.types.get(id(e), T.ERROR)
    if id(e) in lw.prog.unwraps:  # lowered as the optional it is (see `lower`)
        t = T.OptionalType(t)
    match e:
        case ast.IntLit(value=v):
            return Value(ir.Const(float(v) if isinstance(t, T.FloatType) else v, t), True)
        case ast.FloatLit(value=v):
            return Value(ir.Const(v, t), True)
        case ast.StrLit(value=v):
            return Value(ir.Const(v, T.STR), True)
        case ast.BoolLit(value=v):
            return Value(ir.Const(v, T.BOOL), True)
        case ast.NoneLit():
            return Value(ir.Const(None, T.NONE), True)
        case ast.Name(id=name) if id(e) in lw.prog.consts:  # a compile-time constant (§7)
            return Value(ir.Const(lw.prog.consts[id(e)], t), True)
        case ast.Name() if id(e) in lw.prog.module_refs:  # a function's compile-time global
            g = lw.globals[lw.prog.module_refs[id(e)]]
            return Value(ir.Copy(fb.temp(t, ir.Load(ir.Place(g, (), t)), owned=False)), False)
        case ast.Name() if id(e) in lw.prog.class_narrowed:
            p = _raw_place(lw, e)
            assert p is not None
            return Value(ir.Copy(fb.temp(t, ir.Load(p), owned=False)), False)
        case ast.Name(id=name):
            if not lw.is_variable(name):
                return _imported_value(lw, e, t)
            loc = lw.lookup(name)
            return Value(ir.Copy(loc, e.span), False)
        case ast.FString():
            return Value(ir.Move(compound.fstring(lw, e)), True)
        case ast.BinOp():
            return compound.binop(lw, e, t)
        case ast.UnaryOp(op=op, operand=operand):
            if isinstance(call := lw.prog.calls.get(id(e)), tast.CallMethod):  # `-v`: its `__neg__`
                return calls.user_call(lw, call.key, (call.recv,), t, e.span)
            if op == "not":
                c = compound.truth(lw, operand)
                return Value(ir.Copy(fb.temp(T.BOOL, ir.UnOp("not", c, e.span))), True)
            v = scalar(lw, operand)
            if op == "+":
                return Value(v, True)
            return Value(ir.Copy(fb.temp(t, ir.UnOp("neg" if op == "-" else "invert", v, e.span))), True)
        case ast.BoolOp():
            return compound.boolop(lw, e, t)
        case ast.Compare():
            return compound.compare(lw, e)
        case ast.IfExp(test=test, body=body, orelse=orelse):
            return compound.ifexp(lw, test, body, orelse, t)
        case ast.Call():
            return calls.call(lw, e, t)
        case ast.Attribute() if id(e) in lw.prog.type_names:  # `type(x).__name__` (sema/check/typenames.py)
            how, what = lw.prog.type_names[id(e)]
            if how == "const":
                return Value(ir.Const(what, T.STR), True)
            if how == "number":
                x = lower(lw, e.value.args[0]).op  # type: ignore[attr-defined]
                return Value(ir.Copy(fb.temp(T.STR, ir.Intrinsic("number.type_name", (x,), e.span))), True)
            err = lw.handler(what).err
            return Value(ir.Move(fb.temp(T.STR, ir.Intrinsic("err.kind_name", (ir.Copy(err),), e.span))), True)
        case ast.Attribute() if id(e) in lw.prog.builtin_values:
            return _imported_value(lw, e, t)
        case ast.Attribute() if id(e) in lw.prog.union_reads:
            from ember.mir.build import classes

            return classes.read(lw, e, t)
        case ast.Attribute():
            p = place_of(lw, e)
            assert p is not None
            return Value(ir.Copy(fb.temp(t, ir.Load(p), owned=False)), False)
        case ast.Subscript(value=base, index=index):
            if id(e) in lw.prog.calls:
                return calls.call(lw, e, t)
            bt = lw.type_of(base)
            if isinstance(t, T.SIMDType) and isinstance(index, ast.Slice):
                return simd.slice_load(lw, e, t)
            if isinstance(bt, T.SIMDType):
                return simd.lane(lw, e, t)
            if isinstance(index, ast.Slice):
                return compound.slice_(lw, e, base, index, t)
            if isinstance(bt, T.StrType):
                b = scalar(lw, base)
                return Value(ir.Move(fb.temp(T.STR, ir.Intrinsic("str.index", (b, scalar(lw, index)), e.span))), True)
            bt = tast.named_tuple_view(lw.prog, bt) or bt  # a named tuple's fields, by position
            if isinstance(bt, T.TupleType):
                i = index.value if isinstance(index, ast.IntLit) else -index.operand.value  # type: ignore[union-attr]
                base_v = lower(lw, base)
                loc = materialize(lw, base_v)
                p = ir.Place(loc, (ir.FieldProj(i % len(bt.elems)),), t)
                return Value(ir.Copy(fb.temp(t, ir.Load(p), owned=False)), False)
            if id(e) in lw.prog.raising_keys:
                from ember.mir.build.dicts import raising_load

                return raising_load(lw, e, t)
            p = place_of(lw, e)
            assert p is not None
            return Value(ir.Copy(fb.temp(t, ir.Load(p), owned=False)), False)
        case ast.ListExpr() if isinstance(t, T.ArrayType):  # `[]` is zeros (§2)
            if not e.elts:
                return Value(ir.Const(None, t), True)
            ops = tuple(owned(lw, x) for x in e.elts)
            return Value(ir.Move(fb.temp(t, ir.Aggregate(ops))) if fb.owns(t) else ir.Copy(fb.temp(t, ir.Aggregate(ops))), True)
        case ast.ListExpr():
            return Value(ir.Move(compound.list_display(lw, e, t)), True)
        case ast.TupleExpr(elts=elts):
            ops = tuple(owned(lw, x) for x in elts)
            return Value(ir.Move(fb.temp(t, ir.Aggregate(ops))) if fb.owns(t) else ir.Copy(fb.temp(t, ir.Aggregate(ops))), True)
        case ast.ListComp():
            return Value(ir.Move(compound.listcomp(lw, e, t)), True)
        case ast.DictExpr():
            from ember.mir.build import dicts

            return Value(ir.Move(dicts.display(lw, e, t)), True)
        case ast.DictComp():
            return calls.call(lw, e, t)
        case ast.Transfer(value=value):
            return Value(owned(lw, value), True)
        case ast.EllipsisLit() | ast.Slice() | ast.Lambda() | ast.Starred() | ast.NamedExpr() | ast.ErrorExpr():
            raise AssertionError("checked programs have no such expression here")
        case _:
            assert_never(e)


def _imported_value(lw: Lower, e: ast.Expr, t: T.Type) -> Value:
    """A built-in module's value, as the checker resolved it (`builtin_values`)."""
    import math

    if lw.prog.builtin_values[id(e)] == "__name__":
        return Value(ir.Const(lw.env.name or "__main__", T.STR), True)
    mod, _, name = lw.prog.builtin_values[id(e)].partition(".")
    if mod == "math":
        return Value(ir.Const(getattr(math, name), T.F64), True)
    if (mod, name) == ("sys", "maxsize"):  # the largest Int, as on CPython's 64-bit builds
        return Value(ir.Const(2**63 - 1, T.INT), True)
    assert (mod, name) == ("sys", "argv"), (mod, name)
    return Value(ir.Move(lw.fb.temp(t, ir.Intrinsic("argv", (), e.span))), True)
