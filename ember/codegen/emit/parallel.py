"""`parallel for` in LLVM (see mir/build/parallel.py for the MIR shape).

The loop packs its arguments into an environment on the caller's stack and hands the
runtime's thread pool (`ember_par_run`) a chunk driver generated here, once per loop
body: `driver(env, start, end, chunk)` unpacks the environment, gives every
by-reference capture a private accumulator initialised from the chunk's partial, calls
the body for each iteration of the chunk, and stores the accumulators back. The
accumulators are allocas, so after inlining they live in registers.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.codegen.emit.intrinsics import count_loop
from ember.codegen.emit.values import elem_ptr
from ember.codegen.emit.module import ModuleEmitter, symbol
from ember.codegen.emit.types import I32, I64, PTR
from ember.mir import ir
from ember.mir.chunks import ROWS
from ember.types import types as T

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter

BY_REF = ("reduce", "append")
LIST_HEADER = ll.LiteralStructType([I64, I64, PTR, I64])  # EmList (runtime/rt.h): len, cap, data, front
NO_ERROR = (1 << 63) - 1  # no chunk has raised


def _raising_loop(me: ModuleEmitter, b: ll.IRBuilder, callee: ll.Function, args: list[ll.Value], errs: ll.Value,
                  env: ll.Value, lowest: ll.Value, start: ll.Value, stop: ll.Value, chunk: ll.Value) -> None:
    """The iterations of a chunk whose body raises: the first error goes to the chunk's
    slot and ends the chunk, and every chunk above it stops at its next iteration, so the
    error kept for the lowest chunk is the one of the lowest failing iteration."""
    pre = b.block
    head, bod, ok, failed, done = (b.append_basic_block(x) for x in ("loop", "body", "ok", "failed", "done"))
    b.branch(head)
    b.position_at_end(head)
    k = b.phi(I64)
    k.add_incoming(start, pre)
    below = b.load_atomic(lowest, "monotonic", 8, typ=I64)
    go = b.and_(b.icmp_signed("<", k, stop), b.icmp_signed(">", below, chunk))
    b.cbranch(go, bod, done)
    b.position_at_end(bod)
    err = b.call(callee, [*args, k])
    b.cbranch(b.icmp_unsigned("==", err, ll.Constant(PTR, None)), ok, failed)
    b.position_at_end(ok)
    k.add_incoming(b.add(k, ll.Constant(I64, 1)), ok)
    b.branch(head)
    b.position_at_end(failed)
    b.store(err, elem_ptr(me, b, errs, T.EXC, chunk))
    b.atomic_rmw("min", lowest, chunk, "monotonic")
    b.call(me.rt("ember_par_raised"), [env, chunk])  # orders it against faults in other chunks
    b.branch(done)
    b.position_at_end(done)


def emit(fe: FnEmitter, rv: ir.Intrinsic, args: list[ll.Value], dest: T.Type) -> ll.Value:
    me, b = fe.me, fe.b
    ts = [fe.op_type(a) for a in rv.args]
    match rv.name:
        case "par.chunks":
            return b.call(me.rt("ember_par_chunks"), args)
        case "par.fill" | "par.lists":
            assert isinstance(dest, T.ListType)
            nc = args[-1]
            lst = b.call(me.rt("ember_list_new"), [me.esize(dest.elem), nc])

            def fill(i: ll.Value) -> None:
                v = args[0] if rv.name == "par.fill" else \
                    b.call(me.rt("ember_list_new"), [me.esize(dest.elem.elem), ll.Constant(I64, 0)])  # type: ignore[union-attr]
                b.store(v, elem_ptr(me, b, lst, dest.elem, i))
            count_loop(b, ll.Constant(I64, 0), nc, fill)
            b.store(nc, lst)  # the length: every slot is initialised now
            return lst
        case "par.merge":
            outer, parts = args
            lt = ts[0]
            assert isinstance(lt, T.ListType)

            def merge(c: ll.Value) -> None:
                slot = elem_ptr(me, b, parts, lt, c)
                b.call(me.rt("ember_list_extend_move"), [outer, b.load(slot, typ=PTR), me.esize(lt.elem)])
                b.store(ll.Constant(PTR, None), slot)  # freed: the partials list drops nothing
            count_loop(b, ll.Constant(I64, 0), b.load(parts, typ=I64), merge)
            return ll.Constant(I64, 0)
        case "par.filled":  # the loop appended n elements in place (mode "fill")
            lst, n = args
            me.tag(b.store(b.add(fe.list_len(lst), n), lst), "list.len")
            return ll.Constant(I64, 0)
        case "par.first_error":  # moved out of its slot; the other errors stay for the list's drop
            errs = args[0]
            found = b.alloca(PTR)
            found.type = PTR
            b.store(ll.Constant(PTR, None), found)

            def first(c: ll.Value) -> None:
                slot = elem_ptr(me, b, errs, T.EXC, c)
                e = b.load(slot, typ=PTR)
                take = b.and_(b.icmp_unsigned("!=", e, ll.Constant(PTR, None)),
                              b.icmp_unsigned("==", b.load(found, typ=PTR), ll.Constant(PTR, None)))
                with b.if_then(take):
                    b.store(e, found)
                    b.store(ll.Constant(PTR, None), slot)
            count_loop(b, ll.Constant(I64, 0), b.load(errs, typ=I64), first)
            return b.load(found, typ=PTR)
        case "parallel":
            return _parallel(fe, rv, args, ts)
        case _:
            raise AssertionError(f"unknown parallel intrinsic {rv.name}")


def _parallel(fe: FnEmitter, rv: ir.Intrinsic, args: list[ll.Value], ts: list[T.Type]) -> ll.Value:
    me, b = fe.me, fe.b
    body, modes = rv.extra
    # the arguments, then (if the body raises) the lowest chunk that raised so far
    env_t = ll.LiteralStructType([a.type for a in args[1:]] + [I64])
    here = b.block
    b.position_at_start(fe.llfn.entry_basic_block)  # once per function, not per execution
    env = b.alloca(env_t)
    env.type = PTR  # opaque, as every alloca here (see function.py)
    b.position_at_end(here)
    for i, a in enumerate([*args[1:], ll.Constant(I64, NO_ERROR)]):
        b.store(a, b.gep(env, [ll.Constant(I32, 0), ll.Constant(I32, i)], source_etype=env_t))
    rows = me.module.globals.get(symbol(f"{body}{ROWS}"))  # made only for loops it can serve
    driver = me.helper(f"par.{body}", ll.VoidType(), [PTR, I64, I64, I64],
                       lambda db, fn: _driver(me, db, fn, str(body), tuple(modes), env_t, ts[1:], rows))  # type: ignore[arg-type]
    b.call(me.rt("ember_par_run" if rows is None else "ember_par_run_ranges"), [driver, env, args[0]])
    return ll.Constant(I64, 0)


def _fill_header(me: ModuleEmitter, b: ll.IRBuilder, lst: ll.Value, start: ll.Value, stop: ll.Value) -> ll.Value:
    """A reference to a list header that shares `lst`'s storage (room reserved for the
    whole loop, see mir/build/parallel.py) and holds the chunk's elements: length
    len + start, capacity len + stop. The chunk's appends fill exactly that slice, so
    they never grow it, and chunks never write the same element."""
    n = me.tag(b.load(lst, typ=I64), "list.len")
    data = me.tag(b.load(b.gep(lst, [ll.Constant(I32, 2)], source_etype=PTR), typ=PTR), "list.data")
    hdr = b.alloca(LIST_HEADER)
    hdr.type = PTR  # opaque, as every alloca here (see function.py)
    for i, x in enumerate((b.add(n, start), b.add(n, stop), data)):
        me.tag(b.store(x, b.gep(hdr, [ll.Constant(I32, 0), ll.Constant(I32, i)], source_etype=LIST_HEADER)),
               ("list.len", "list.cap", "list.data")[i])
    b.store(ll.Constant(I64, 0), b.gep(hdr, [ll.Constant(I32, 0), ll.Constant(I32, 3)], source_etype=LIST_HEADER))
    ref = b.alloca(PTR)
    ref.type = PTR
    b.store(hdr, ref)
    return ref


def _driver(me: ModuleEmitter, b: ll.IRBuilder, fn: ll.Function, body: str, modes: tuple[str, ...],
            env_t: ll.LiteralStructType, ts: list[T.Type], rows: ll.Function | None) -> None:
    """The chunk driver; with `rows` (mir/chunks.py) one call runs [start, stop)."""
    env, start, stop, chunk = fn.args
    call_args: list[ll.Value] = []
    accs: list[tuple[ll.Value, ll.Value, ll.Type]] = []
    for i, (mode, t) in enumerate(zip(modes, ts)):
        v = b.load(b.gep(env, [ll.Constant(I32, 0), ll.Constant(I32, i)], source_etype=env_t), typ=env_t.elements[i])
        if mode == "fill":  # the body appends once per iteration: a header over the chunk's slice of the list
            call_args.append(_fill_header(me, b, v, start, stop))
            continue
        if mode not in BY_REF:
            call_args.append(v)
            continue
        assert isinstance(t, T.ListType)  # the per-chunk partials
        slot = elem_ptr(me, b, v, t.elem, chunk)
        acc = b.alloca(me.ll(t.elem))
        acc.type = PTR
        b.store(b.load(slot, typ=me.ll(t.elem)), acc)
        call_args.append(acc)
        accs.append((acc, slot, me.ll(t.elem)))
    callee = me.module.globals[symbol(body)]
    if rows is not None:
        b.call(rows, [*call_args, start, stop])
    elif "errors" not in modes:
        count_loop(b, start, stop, lambda k: b.call(callee, [*call_args, k]))
    else:
        errs = call_args.pop()  # the chunks' error slots: not the body's
        _raising_loop(me, b, callee, call_args, errs, env, b.gep(env, [ll.Constant(I32, 0), ll.Constant(I32, len(modes))],
                                                              source_etype=env_t), start, stop, chunk)
    for acc, slot, ty in accs:
        b.store(b.load(acc, typ=ty), slot)
    b.ret_void()
