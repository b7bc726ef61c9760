"""Statements to MIR blocks."""
from __future__ import annotations

from typing import assert_never

from ember.mir import ir
from ember.mir.build import errors, simd
from ember.mir.build.compound import truth
from ember.mir.build.context import Lower, Value
from ember.mir.build.expr import BIN, lower, materialize, owned, place_of, scalar
from ember.mir.build.iterate import bind, counted_loop, source
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
            assert isinstance(t, T.TupleType)
            for i, sub in enumerate(elts):
                et = t.elems[i]
                part = fb.temp(et, ir.Load(ir.Place(tmp, (ir.FieldProj(i),), et)), owned=False)
                op: ir.Operand = ir.Copy(part)
                if fb.owns(et):
                    op = ir.Move(fb.temp(et, ir.Intrinsic("copy", (op,), target.span)))
                assign_to(lw, sub, op, et)
        case ast.Subscript(index=ast.Slice()):
            simd.slice_store(lw, target, value)
        case ast.Attribute() | ast.Subscript():
            place = place_of(lw, target)
            assert place is not None
            fb.emit(ir.Store(place, value, target.span))
        case _:
            raise AssertionError("checked programs assign only to names, fields, elements")


def stmt(lw: Lower, s: ast.Stmt) -> None:
    fb = lw.fb
    match s:
        case ast.ExprStmt(value=v):
            lower(lw, v)
        case ast.Assign(targets=targets, value=value):
            t = lw.type_of(value)
            if len(targets) == 1:
                if isinstance(targets[0], ast.TupleExpr) and isinstance(value, ast.TupleExpr) and len(targets[0].elts) == len(value.elts):
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
                    op: ir.Operand = ir.Copy(v)
                    if fb.owns(t):
                        op = ir.Move(fb.temp(t, ir.Intrinsic("copy", (op,), s.span)))
                    assign_to(lw, tg, op, t)
        case ast.AnnAssign(target=target, value=value):
            if value is not None:
                assign_to(lw, target, owned(lw, value), lw.type_of(target))
            else:
                t = lw.type_of(target)
                assign_to(lw, target, ir.Move(fb.temp(t, ir.Intrinsic("zero", (), s.span))) if fb.owns(t) else ir.Const(0, t) if t != T.BOOL else ir.Const(False, t), t)
        case ast.AugAssign(target=target, op=op, value=value):
            c = lw.prog.calls[id(s)]
            assert isinstance(c, tast.CallBuiltin)
            fake = c.args[0]
            assert isinstance(fake, ast.BinOp)
            t = lw.type_of(fake)
            if isinstance(target, ast.Subscript) and isinstance(target.index, ast.Slice):
                assert isinstance(t, T.SIMDType)
                simd.slice_aug_assign(lw, target, op, value, t, s.span)
                return
            place = place_of(lw, target)
            assert place is not None
            cur = fb.temp(lw.type_of(target), ir.Load(place), owned=False)
            rhs = scalar(lw, value)
            cur_op: ir.Operand = ir.Copy(cur)
            if id(target) in lw.prog.coerce:
                cur_op = ir.Copy(fb.temp(lw.prog.coerce[id(target)], ir.Cast(cur_op, s.span)))
            new = fb.temp(t, ir.BinOp(BIN[op], cur_op, rhs, s.span))
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
        case ast.For(target=target, iter=it, body=body, orelse=orelse):
            src = source(lw, it)
            tt = lw.type_of(target)
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
        case ast.Return(value=value):
            ret_loc = None
            if value is not None:
                op = owned(lw, value)
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
