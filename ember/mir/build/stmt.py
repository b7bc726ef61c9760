"""Statements to MIR blocks."""
from __future__ import annotations

from typing import assert_never

from ember.mir import ir
from ember.mir.build import errors, generators, simd
from ember.mir.build.compound import slice_bounds, truth
from ember.mir.build.context import Lower, Value
from ember.mir.build.expr import BIN, lower, materialize, owned, place_of, scalar, take
from ember.mir.build.iterate import bind, counted_loop, ref_loop, source
from ember.mir.build.parallel import parallel_for
from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T


def block(lw: Lower, body: tuple[ast.Stmt, ...]) -> None:
    for s in body:
        lw.fb.begin_stmt()
        stmt(lw, s)
        lw.fb.end_stmt()


def assign_to(lw: Lower, target: ast.Expr, value: ir.Operand, t: T.Type) -> None:
    fb = lw.fb
    match target:
        case ast.Name(id=name):
            loc = lw.lookup(name)
            if loc.kind is ir.LocalKind.REF:
                fb.emit(ir.Store(ir.Place(loc, (), loc.type), value, target.span))
            else:
                fb.emit(ir.Assign(loc, ir.Use(value)))
        case ast.TupleExpr(elts=elts) | ast.ListExpr(elts=elts):
            tmp = materialize(lw, Value(value, True))
            if isinstance(t, T.ListType):
                unpack_list(lw, target, elts, tmp, t)
                return
            t = tast.named_tuple_view(lw.prog, t) or t  # a named tuple's fields, by position
            assert isinstance(t, T.TupleType)
            star = next((i for i, x in enumerate(elts) if isinstance(x, ast.Starred)), len(elts))
            for i, sub in enumerate(elts):
                if isinstance(sub, ast.Starred):  # a new list of the parts it covers
                    lt = lw.type_of(sub.value)
                    parts = range(star, len(t.elems) - (len(elts) - star - 1))
                    lst = fb.temp(lt, ir.Intrinsic("list.new", (), sub.span, (len(parts),)))
                    for j in parts:
                        fb.emit(ir.Eval(ir.Intrinsic("list.push", (ir.Copy(lst), _part(lw, tmp, t, j)), sub.span)))
                    assign_to(lw, sub.value, ir.Move(lst), lt)
                    continue
                j = i if i < star else len(t.elems) - (len(elts) - i)
                assign_to(lw, sub, _part(lw, tmp, t, j), t.elems[j])
        case ast.Subscript(value=base, index=ast.Slice() as sl) if isinstance(t, T.ListType):
            # xs[a:b:c] = ys: the runtime copies ys's elements in (ys is only read)
            lst = materialize(lw, lower(lw, base))
            bounds, flags = slice_bounds(lw, sl)
            fb.emit(ir.Eval(ir.Intrinsic("list.set_slice", (ir.Copy(lst), *bounds, fb.read(value)), target.span, (flags,))))
        case ast.Subscript(index=ast.Slice()):
            simd.slice_store(lw, target, value)
        case ast.Attribute() | ast.Subscript():
            place = place_of(lw, target)
            assert place is not None
            fb.emit(ir.Store(place, value, target.span))
        case _:
            raise AssertionError("checked programs assign only to names, fields, elements")


def _part(lw: Lower, tup: ir.Local, t: T.TupleType, j: int) -> ir.Operand:
    """Part `j` of the tuple `tup`, as a value of its own (copied when it owns memory)."""
    et = t.elems[j]
    return take(lw, Value(ir.Copy(lw.fb.temp(et, ir.Load(ir.Place(tup, (ir.FieldProj(j),), et)), owned=False)), False))


def unpack_list(lw: Lower, target: ast.Expr, elts: tuple[ast.Expr, ...], lst: ir.Local, t: T.ListType,
                comp: bool = False) -> None:
    """`a, b = xs` and `a, *rest, z = xs`: the length is checked first (a ValueError
    fault as Python's), then each target gets a copy of its element, a starred one a
    new list of the elements it covers (a slice). `xs` is only read. A comprehension's
    targets (`comp`, no star) borrow the elements instead, as its variables do."""
    fb = lw.fb
    star = next((i for i, x in enumerate(elts) if isinstance(x, ast.Starred)), None)
    fixed = len(elts) - (star is not None)
    fb.emit(ir.Eval(ir.Intrinsic("list.unpack_check", (ir.Copy(lst), ir.Const(fixed, T.INT),
                                                       ir.Const(star is not None, T.BOOL)), target.span)))
    for i, sub in enumerate(elts):
        after = len(elts) - i  # counted from the end, for the targets after a star
        if isinstance(sub, ast.Starred):
            flags = 1 | (2 if after > 1 else 0)
            rv = ir.Intrinsic("slice", (ir.Copy(lst), ir.Const(i, T.INT), ir.Const(1 - after, T.INT),
                                        ir.Const(1, T.INT)), sub.span, (flags,))
            assign_to(lw, sub.value, ir.Move(fb.temp(t, rv)), t)
            continue
        idx: ir.Operand = ir.Const(i, T.INT)
        if star is not None and i > star:
            n = fb.temp(T.INT, ir.Intrinsic("len", (ir.Copy(lst),), sub.span))
            idx = ir.Copy(fb.temp(T.INT, ir.BinOp(ir.BinKind.SUB, ir.Copy(n), ir.Const(after, T.INT), sub.span)))
        item = fb.temp(t.elem, ir.Intrinsic("list.get_unchecked", (ir.Copy(lst), idx), sub.span), owned=False)
        if comp:
            bind(lw, sub, [(ir.Copy(item), t.elem)], t.elem, True)
            continue
        assign_to(lw, sub, take(lw, Value(ir.Copy(item), False)), t.elem)


def stmt(lw: Lower, s: ast.Stmt) -> None:
    fb = lw.fb
    match s:
        case ast.ExprStmt(value=v):
            lower(lw, v)
        case ast.Assign() if id(s) in lw.prog.setitems:  # an object's `__setitem__` (sema/check/stmt.py)
            lower(lw, lw.prog.setitems[id(s)])
        case ast.Assign(targets=(ast.Name(id=name),), value=value) if id(s) in lw.prog.ref_binds:
            place = place_of(lw, value)  # `q = xs[i]` whose `q` is the element (sema/check/aliases.py)
            assert place is not None
            ref = fb.new_local(name, place.type, ir.LocalKind.REF)
            fb.emit(ir.Assign(ref, ir.AddrOf(place)))
            lw.names[name] = ref
        case ast.Assign(value=value) if generators.stored(lw, value):
            pass  # `g = gen(...)`: the `for` right after iterates the call (sema/check/generators.py)
        case ast.Assign(targets=targets, value=value):
            t = lw.type_of(value)
            if len(targets) == 1:
                if isinstance(targets[0], ast.Subscript) and isinstance(targets[0].index, ast.Slice) \
                        and isinstance(lw.type_of(targets[0]), T.ListType):  # read, not moved
                    assign_to(lw, targets[0], ir.Copy(materialize(lw, lower(lw, value))), t)
                    return
                if isinstance(targets[0], (ast.TupleExpr, ast.ListExpr)) and isinstance(t, T.ListType):
                    unpack_list(lw, targets[0], targets[0].elts, materialize(lw, lower(lw, value)), t)
                    return
                if isinstance(targets[0], ast.TupleExpr) and isinstance(value, ast.TupleExpr) and len(targets[0].elts) == len(value.elts) \
                        and not any(isinstance(x, ast.Starred) for x in targets[0].elts):
                    # a, b = b, a: evaluate every value before any store
                    vals = [owned(lw, v) for v in value.elts]
                    tmps = [fb.temp(lw.op_type(v), ir.Use(v)) for v in vals]
                    for sub, tmp, v in zip(targets[0].elts, tmps, value.elts):
                        vt = lw.type_of(v) if id(v) not in lw.prog.coerce else lw.prog.coerce[id(v)]
                        assign_to(lw, sub, ir.Move(tmp) if fb.owns(vt) else ir.Copy(tmp), vt)
                    return
                assign_to(lw, targets[0], owned(lw, value), t)
            else:
                v = materialize(lw, lower(lw, value))
                for tg in targets:
                    assign_to(lw, tg, take(lw, Value(ir.Copy(v), False)), t)
        case ast.AnnAssign(target=target, value=value):
            if value is not None:
                assign_to(lw, target, owned(lw, value), lw.type_of(target))
            else:
                t = lw.type_of(target)
                assign_to(lw, target, ir.Move(fb.temp(t, ir.Intrinsic("zero", (), s.span))) if fb.owns(t) else ir.Const(0, t) if t != T.BOOL else ir.Const(False, t), t)
        case ast.AugAssign(target=target, op=op, value=value):
            c = lw.prog.calls[id(s)]
            assert isinstance(c, tast.CallBuiltin)
            if c.name.startswith("set."):  # `a |= b`: the set changes in place
                from ember.mir.build.calls import builtin

                builtin(lw, c, T.NONE, s.span)
                return
            fake = c.args[0]
            assert isinstance(fake, ast.BinOp)
            t = lw.type_of(fake)
            if isinstance(target, ast.Subscript) and isinstance(target.index, ast.Slice):
                assert isinstance(t, T.SIMDType)
                simd.slice_aug_assign(lw, target, op, value, t, s.span)
                return
            place = place_of(lw, target)
            assert place is not None
            place = _entry_once(lw, place, value)
            cur = fb.temp(lw.type_of(target), ir.Load(place), owned=False)
            rhs = scalar(lw, value)
            cur_op: ir.Operand = ir.Copy(cur)
            if id(target) in lw.prog.coerce:
                cur_op = ir.Copy(fb.temp(lw.prog.coerce[id(target)], ir.Cast(cur_op, s.span)))
            new = fb.temp(t, ir.BinOp(BIN[op], cur_op, rhs, s.span))
            if place.type == T.NUMBER != t:  # `total += x / 2` where total is an int or a float
                new = fb.temp(T.NUMBER, ir.Cast(ir.Copy(new), s.span))
            fb.emit(ir.Store(place, ir.Move(new) if fb.owns(t) else ir.Copy(new), s.span))
        case ast.If() if id(s) in lw.prog.static_ifs:  # `@parameter if`: the kept branch only
            block(lw, s.body if lw.prog.static_ifs[id(s)] else s.orelse)
        case ast.For() if id(s) in lw.prog.unrolled:  # `@parameter for`: the checked copies in order
            for _, body in lw.prog.unrolled[id(s)]:
                block(lw, body)
        case ast.If(test=test, body=body, orelse=orelse):
            c = truth(lw, test)
            bt, bo, done = fb.new_block(), fb.new_block(), fb.new_block()
            fb.terminate(ir.Branch(c, bt.id, bo.id))
            fb.switch(bt)
            block(lw, body)
            fb.goto(done)
            fb.switch(bo)
            block(lw, orelse)
            fb.goto(done)
            fb.switch(done)
        case ast.While(test=test, body=body, orelse=orelse):
            head, bb, els, after = fb.new_block(), fb.new_block(), fb.new_block(), fb.new_block()
            fb.goto(head)
            fb.switch(head)
            fb.begin_stmt()
            c = truth(lw, test)
            cl = fb.temp(T.BOOL, ir.Use(c))
            fb.end_stmt()
            fb.terminate(ir.Branch(ir.Copy(cl), bb.id, els.id))
            fb.switch(bb)
            fb.loops.append((head.id, after.id))
            block(lw, body)
            fb.loops.pop()
            fb.goto(head)
            fb.switch(els)
            block(lw, orelse)
            fb.goto(after)
            fb.switch(after)
        case ast.For() if id(s) in lw.prog.parallel:
            parallel_for(lw, s, lw.prog.parallel[id(s)])
        case ast.For(body=body, orelse=orelse) if id(s) in lw.prog.ref_loops:
            ref_loop(lw, s, lambda: block(lw, body), (lambda: block(lw, orelse)) if orelse else None)
        case ast.For(target=target, iter=it, body=body, orelse=orelse) if (loop := generators.loop_over(lw, it)):
            tt = lw.type_of(target)

            def consume(items: list[tuple[ir.Operand, T.Type]]) -> None:
                bind(lw, target, items, tt, comp=False)
                block(lw, body)
            loop(consume, s.span, (lambda: block(lw, orelse)) if orelse else None)
        case ast.For(target=target, iter=it, body=body, orelse=orelse):
            tt = lw.type_of(target)
            src = source(lw, it, tt)
            shadowed = None
            if id(s) in lw.prog.borrow_loops:  # the variable is the element itself (checker)
                assert isinstance(target, ast.Name)
                shadowed = lw.names.get(target.id)
                lw.names[target.id] = fb.new_local(target.id, tt, ir.LocalKind.BORROW)

            def run(items: list[tuple[ir.Operand, T.Type]]) -> None:
                bind(lw, target, items, tt, comp=False)
                block(lw, body)
            counted_loop(lw, src, run, s.span, (lambda: block(lw, orelse)) if orelse else None)
            if shadowed is not None:
                lw.names[target.id] = shadowed  # type: ignore[union-attr]
        case ast.Break():
            errors.finally_before_jump(lw)
            fb.goto(fb.blocks[fb.loops[-1][1]])
        case ast.Continue():
            errors.finally_before_jump(lw)
            fb.goto(fb.blocks[fb.loops[-1][0]])
        case ast.Pass():
            pass
        case ast.Return() if lw.gen is not None:  # a generator's end
            generators.lower_return(lw, s)
        case ast.Yield():
            generators.lower_yield(lw, s)
        case ast.Return(value=value):
            ret_loc = None
            if value is not None or isinstance(fb.ret, T.OptionalType):
                from ember.mir.build.optional import returned

                op = returned(lw, owned(lw, value) if value is not None else None, fb.ret, s.span)  # type: ignore[assignment]
                if isinstance(fb.ret, T.ClassUnion) and lw.op_type(op) != fb.ret:  # a class's object, returned
                    from ember.mir.build import classes  # before another path made the result any class's

                    op = take(lw, classes.wrap(lw, Value(op, True), fb.ret, s.span))
                if fb.ret == T.NUMBER and lw.op_type(op) != fb.ret:  # an int or a float, returned before
                    op = ir.Copy(fb.temp(T.NUMBER, ir.Cast(op, s.span)))  # another path made the result a number
                ret_loc = materialize(lw, Value(op, True))
            ret_loc = errors.finally_before_return(lw, ret_loc)
            if fb.current is None:  # a `finally` body left another way
                return
            for frame in fb.temps:
                for tmp in frame:
                    if tmp is not ret_loc:
                        fb.emit(ir.Drop(tmp))
            fb.drop_all_owned(keep=ret_loc)
            if ret_loc is None:
                fb.terminate(ir.Return(None))
            else:
                fb.terminate(ir.Return(ir.Move(ret_loc) if fb.owns(ret_loc.type) else ir.Copy(ret_loc)))
        case ast.Assert(test=test, msg=msg):
            c = truth(lw, test)
            ok, bad = fb.new_block(), fb.new_block()
            fb.terminate(ir.Branch(c, ok.id, bad.id))
            fb.switch(bad)
            m = None
            if msg is not None:
                mv = lower(lw, msg)
                m = mv.op if lw.type_of(msg) == T.STR else ir.Copy(fb.temp(T.STR, ir.Intrinsic("str", (mv.op,), s.span)))
            fb.terminate(ir.Fault("AssertionError", m, s.span))
            fb.switch(ok)
        case ast.Global() | ast.Import() | ast.ImportFrom() | ast.FnDef() | ast.StructDef() | ast.Comptime():
            pass
        case ast.Raise():
            errors.lower_raise(lw, s)
        case ast.Try():
            errors.lower_try(lw, s)
        case _:
            assert_never(s)


def _entry_once(lw: Lower, place: ir.Place, value: ast.Expr) -> ir.Place:
    """`d[k] += v` looks the entry up once (a KeyError when missing, as Python's): the
    entry's address held in a REF local for the read and the write, where nothing in
    `v` can change the dict between them (no call, which might insert and move the
    entries)."""
    from ember.sema.check.parallel import walk

    dt = _projected(lw, place) if place.projs else None
    if not place.projs or not isinstance(place.projs[-1], ir.IndexProj) or not isinstance(dt, T.DictType) \
            or dt.default == "Counter" or any(isinstance(n, (ast.Call, ast.FString)) for n in walk(value)):
        return place  # (a Counter's read of a missing key is 0, its write makes the entry)
    ref = lw.fb.new_local("", place.type, ir.LocalKind.REF)
    lw.fb.emit(ir.Assign(ref, ir.AddrOf(place)))
    return ir.Place(ref, (), place.type, place.span)


def _projected(lw: Lower, place: ir.Place) -> T.Type:
    """The type the last projection of `place` applies to."""
    t = place.local.type
    for pr in place.projs[:-1]:
        match t:
            case T.TupleType(elems=els) if isinstance(pr, ir.FieldProj):
                t = els[pr.index]
            case T.StructType(name=n) if isinstance(pr, ir.FieldProj):
                t = lw.fb.structs[n][pr.index][1]
            case T.DictType(value=v):
                t = v
            case T.ListType(elem=el) | T.ArrayType(elem=el):
                t = el
            case _:
                return T.ERROR
    return t
