"""Built-in operations (MIR `Intrinsic`) on top of the runtime."""
from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.codegen.emit import values
from ember.codegen.emit.format import fmt, fmt_dyn
from ember.codegen.emit.types import F32, F64, I1, I32, I64, PTR
from ember.mir import ir
from ember.types import types as T
from ember.types.errors import KINDS

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter

ZERO = ll.Constant(I64, 0)


def truth(fe: FnEmitter, t: T.Type, v: ll.Value) -> ll.Value:
    b = fe.b
    match t:
        case T.BoolType():
            return v
        case T.IntType():
            return b.icmp_signed("!=", v, ll.Constant(v.type, 0))
        case T.FloatType():
            return b.fcmp_unordered("!=", v, ll.Constant(v.type, 0.0))
        case T.NumberType():
            from ember.codegen.emit import numbers

            return numbers.truth(b, v)
        case T.StrType() | T.ListType() | T.DictType() | T.SetType():  # the length, each one's first field
            return b.icmp_signed("!=", b.load(v, typ=I64), ZERO)
        case T.OptionalType(elem=el):  # not None, and the payload's truth (a zero payload when None is safe to test)
            flag = b.extract_value(v, 0)
            if isinstance(el, (T.StrType, T.ListType)):  # the null payload of a None is not read
                with b.if_else(flag) as (then, other):
                    with then:
                        bt, yes = b.block, truth(fe, el, b.extract_value(v, 1))
                        bt = b.block
                    with other:
                        bo = b.block
                phi = b.phi(ll.IntType(1))
                phi.add_incoming(yes, bt)
                phi.add_incoming(ll.Constant(ll.IntType(1), 0), bo)
                return phi
            if isinstance(el, T.StructType):  # a struct without `__bool__` is true (the checker saw to it)
                return flag
            return b.and_(flag, truth(fe, el, b.extract_value(v, 1)))
        case T.TupleType(elems=els):  # its length, fixed: `any(pairs)`
            return ll.Constant(I1, len(els) > 0)
        case T.ArrayType(size=n):
            return ll.Constant(I1, n > 0)
        case _:
            raise AssertionError(f"no truth for {t}")


def count_loop(b: ll.IRBuilder, start: ll.Value, stop: ll.Value, body) -> None:  # noqa: ANN001
    """for i in start..stop: body(i), as LLVM blocks."""
    pre = b.block
    head = b.append_basic_block("loop")
    bod = b.append_basic_block("body")
    done = b.append_basic_block("done")
    b.branch(head)
    b.position_at_end(head)
    i = b.phi(I64)
    i.add_incoming(start, pre)
    b.cbranch(b.icmp_signed("<", i, stop), bod, done)
    b.position_at_end(bod)
    body(i)
    i.add_incoming(b.add(i, ll.Constant(I64, 1)), b.block)
    b.branch(head)
    b.position_at_end(done)


def _loop(fe: FnEmitter, n: ll.Value, body) -> None:  # noqa: ANN001
    count_loop(fe.b, ZERO, n, body)


def emit(fe: FnEmitter, rv: ir.Intrinsic, dest: T.Type) -> ll.Value:
    b, me = fe.b, fe.me
    name = rv.name
    ts = [fe.op_type(a) for a in rv.args]
    args = [fe.operand(a) for a in rv.args]
    loc = lambda: me.location(b, rv.span)  # noqa: E731
    t0 = ts[0] if ts else None
    if name.startswith("dict."):
        from ember.codegen.emit import dicts

        return dicts.emit(fe, rv, ts, args, dest)
    if name.startswith("set."):
        from ember.codegen.emit import sets

        return sets.emit(fe, rv, ts, args, dest)
    match name:
        case "parallel" | "par.chunks" | "par.fill" | "par.lists" | "par.merge" | "par.filled" | "par.first_error":
            from ember.codegen.emit import parallel

            return parallel.emit(fe, rv, args, dest)
        case "len":
            if isinstance(t0, T.TupleType):
                return ll.Constant(I64, len(t0.elems))
            if t0 == T.STR:
                return b.call(me.rt("ember_str_len"), args)
            return fe.list_len(args[0])
        case "truth":
            return truth(fe, t0, args[0])  # type: ignore[arg-type]
        case "cast":
            from ember.codegen.emit.arith import cast

            return cast(fe, args[0], t0, dest, rv.span)  # type: ignore[arg-type]
        case "copy" | "list.copy":
            return values.copy(me, b, t0, args[0])  # type: ignore[arg-type]
        case "zero":
            return values.empty(me, b, dest)
        case "list.new":
            assert isinstance(dest, T.ListType)
            return b.call(me.rt("ember_list_new"), [me.esize(dest.elem), ll.Constant(I64, rv.extra[0])])
        case "list.push" | "list.insert":
            el = t0.elem  # type: ignore[union-attr]
            if name == "list.push":
                me.tag(b.store(args[-1], values.push_slot(me, b, args[0], el)), "list.elem")
            else:
                b.store(args[-1], b.call(me.rt("ember_list_insert_slot"), [args[0], me.esize(el), args[1]]))
            return ll.Constant(I1, 0)
        case "list.push_unchecked":  # mir/appends.py reserved the room before the loop
            el = t0.elem  # type: ignore[union-attr]
            me.tag(b.store(args[1], values.push_slot(me, b, args[0], el, grow=False)), "list.elem")
            return ll.Constant(I1, 0)
        case "list.reserve_more":  # room for args[1] more; doubling, so repeated reserves stay O(1) each
            need = b.add(fe.list_len(args[0]), args[1])
            cap = me.tag(b.load(b.gep(args[0], [ll.Constant(I32, 1)], source_etype=I64), typ=I64), "list.cap")
            twice = b.shl(cap, ll.Constant(I64, 1))
            grown = b.select(b.icmp_signed(">", twice, need), twice, need)
            with b.if_then(b.icmp_signed(">", args[1], ll.Constant(I64, 0))):  # nothing to add: a foreign list is fine
                b.call(me.rt("ember_list_reserve"), [args[0], me.esize(t0.elem),  # type: ignore[union-attr]
                                                     b.select(b.icmp_signed(">", need, cap), grown, need)])
            return ll.Constant(I1, 0)
        case "list.unpack_check":  # the list, the targets without a star, whether one is starred
            b.call(me.rt("ember_unpack_check"), [fe.list_len(args[0]), args[1], b.zext(args[2], I32)] + loc())
            return ll.Constant(I1, 0)
        case "list.get_unchecked":
            return me.tag(b.load(fe.elem_ptr(args[0], t0.elem, args[1]), typ=me.ll(t0.elem)), "list.elem")  # type: ignore[union-attr]
        case "list.pop":
            el = t0.elem  # type: ignore[union-attr]
            out = b.alloca(me.ll(el))
            idx = args[1] if len(args) > 1 else ll.Constant(I64, -1)
            b.call(me.rt("ember_list_pop_into"), [args[0], me.esize(el), idx, out] + loc())
            return b.load(out, typ=me.ll(el))
        case "list.extend":
            el = t0.elem  # type: ignore[union-attr]
            b.call(me.rt("ember_list_extend"), [args[0], args[1], me.esize(el), values.copy_fn(me, el)])
            return ll.Constant(I1, 0)
        case "list.clear":
            el = t0.elem  # type: ignore[union-attr]
            b.call(me.rt("ember_list_clear"), [args[0], me.esize(el), values.drop_fn(me, el)])
            return ll.Constant(I1, 0)
        case "list.reverse":
            b.call(me.rt("ember_list_reverse"), [args[0], me.esize(t0.elem)])  # type: ignore[union-attr]
            return ll.Constant(I1, 0)
        case "list.sort":
            el = t0.elem  # type: ignore[union-attr]
            rev = args[1]
            with b.if_then(rev):
                b.call(me.rt("ember_list_reverse"), [args[0], me.esize(el)])
            if isinstance(el, T.StrType):
                b.call(me.rt("ember_list_sort_str"), [args[0]])
            else:
                b.call(me.rt("ember_list_sort"), [args[0], me.esize(el), values.lt_fn(me, el)])
            with b.if_then(rev):
                b.call(me.rt("ember_list_reverse"), [args[0], me.esize(el)])
            return ll.Constant(I1, 0)
        case "list.sort_keyed":  # items, keys, reverse: a stable sort of both by the keys
            el, kt = t0.elem, ts[1].elem  # type: ignore[union-attr]
            rev = args[2]
            with b.if_then(rev):
                for lst, t in ((args[0], el), (args[1], kt)):
                    b.call(me.rt("ember_list_reverse"), [lst, me.esize(t)])
            if isinstance(kt, T.StrType):
                b.call(me.rt("ember_list_sort_keyed_str"), [args[0], me.esize(el), args[1]])
            else:
                b.call(me.rt("ember_list_sort_keyed"), [args[0], me.esize(el), args[1], me.esize(kt), values.lt_fn(me, kt)])
            with b.if_then(rev):
                b.call(me.rt("ember_list_reverse"), [args[0], me.esize(el)])
            return ll.Constant(I1, 0)
        case "list.index" | "list.count" | "list.contains" | "list.remove":
            el = t0.elem  # type: ignore[union-attr]
            tmp = b.alloca(me.ll(el))
            b.store(args[1], tmp)
            if name == "list.remove":
                b.call(me.rt("ember_list_remove"), [args[0], me.esize(el), tmp, values.eq_fn(me, el), values.drop_fn(me, el)] + loc())
                return ll.Constant(I1, 0)
            if name == "list.count":
                return b.call(me.rt("ember_list_count"), [args[0], me.esize(el), tmp, values.eq_fn(me, el)])
            i = b.call(me.rt("ember_list_find"), [args[0], me.esize(el), tmp, values.eq_fn(me, el)])
            if name == "list.contains":
                return b.icmp_signed(">=", i, ZERO)
            me.check(b, b.icmp_signed(">=", i, ZERO), lambda bb: me.fault(bb, "ValueError", "value is not in list", rv.span))
            return i
        case "list.set_slice":  # list, start, stop, step, source; extra: which bounds are given
            el = t0.elem  # type: ignore[union-attr]
            b.call(me.rt("ember_list_set_slice"), [args[0], me.esize(el), *args[1:4], ll.Constant(I32, rv.extra[0]),
                                                   args[4], values.copy_fn(me, el), values.drop_fn(me, el)] + loc())
            return ll.Constant(I1, 0)
        case "slice":
            flags = ll.Constant(I32, rv.extra[0])
            if t0 == T.STR:
                return b.call(me.rt("ember_str_slice"), [args[0], args[1], args[2], args[3], flags])
            el = t0.elem  # type: ignore[union-attr]
            return b.call(me.rt("ember_list_slice"), [args[0], me.esize(el), args[1], args[2], args[3], flags, values.copy_fn(me, el)])
        case "list.progression" | "list.range":
            return _progression(fe, name, dest, args, rv)
        case "range.len":
            return _range_len(fe, args, rv)
        case "range.item" | "int.nowrap" | "bounds.range_ok" | "int.wrap" | "int.overflows" | "int.magnitude" \
                | "int.sum_fits":
            from ember.codegen.emit import loops

            return loops.emit(fe, rv, args)
        case "list.str":
            lst = b.call(me.rt("ember_list_new"), [ll.Constant(I64, 8), ZERO])
            n = b.call(me.rt("ember_str_len"), [args[0]])

            def push_char(i: ll.Value) -> None:
                ch = b.call(me.rt("ember_str_index"), [args[0], i] + loc())
                b.store(ch, b.call(me.rt("ember_list_push"), [lst, ll.Constant(I64, 8)]))
            _loop(fe, n, push_char)
            return lst
        case "str.index":
            return b.call(me.rt("ember_str_index"), args + loc())
        case "str.append":
            return b.call(me.rt("ember_str_append"), args)
        case "str.contains":
            return b.trunc(b.call(me.rt("ember_str_contains"), args), I1)
        case "str.split" if len(args) <= 2:
            return b.call(me.rt("ember_str_split"), [args[0], args[1] if len(args) > 1 else ll.Constant(PTR, None)])
        case "str.split" | "str.rsplit" | "str.split_ws" | "str.rsplit_ws":  # maxsplit, or from the right
            ws = name.endswith("_ws")
            sep = ll.Constant(PTR, None) if ws or len(args) < 2 else args[1]
            rest = args[1:] if ws else args[2:]
            limit = rest[0] if rest else ll.Constant(I64, -1)
            right = ll.Constant(I32, int(name.startswith("str.rsplit")))
            return b.call(me.rt("ember_str_splitn"), [args[0], sep, limit, right])
        case "str.partition" | "str.rpartition":
            with b.goto_entry_block():  # not in a loop's body: that would grow the stack
                out = b.alloca(ll.ArrayType(PTR, 3))
            b.call(me.rt("ember_str_partition"), [args[0], args[1], ll.Constant(I32, int(name == "str.rpartition")),
                                                  b.bitcast(out, PTR)])
            tup: ll.Value = ll.Constant(me.ll(dest), None)
            for k in range(3):
                tup = b.insert_value(tup, b.load(b.gep(out, [ll.Constant(I32, 0), ll.Constant(I32, k)]), typ=PTR), k)
            return tup
        case "str.expandtabs":
            return b.call(me.rt("ember_str_expandtabs"), [args[0], args[1] if len(args) > 1 else ll.Constant(I64, 8)])
        case "str.rindex_of":
            i = b.call(me.rt("ember_str_rfind"), args)
            me.check(b, b.icmp_signed(">=", i, ZERO), lambda bb: me.fault(bb, "ValueError", "substring not found", rv.span))
            return i
        case "str.join":
            return b.call(me.rt("ember_str_join"), args)
        case "str.copy":
            return b.call(me.rt("ember_str_dup"), args)
        case "str.index_of":
            i = b.call(me.rt("ember_str_find"), args)
            me.check(b, b.icmp_signed(">=", i, ZERO), lambda bb: me.fault(bb, "ValueError", "substring not found", rv.span))
            return i
        case "str.int_ok" | "str.float_ok" | "str.int_error" | "str.float_error":
            r = b.call(me.rt(f"ember_{name.replace('.', '_')}"), _with_base(name, args))
            return b.icmp_signed("!=", r, ll.Constant(I32, 0)) if name.endswith("_ok") else r
        case "str.to_int" | "str.to_float":
            r = b.call(me.rt("ember_str_to_i64" if name == "str.to_int" else "ember_str_to_f64"), _with_base(name, args) + loc())
            if name == "str.to_float" and dest == T.F32:
                return b.fptrunc(r, F32)
            if name == "str.to_int" and dest != T.INT:
                return b.trunc(r, me.ll(dest))
            return r
        case "str.strip" | "str.lstrip" | "str.rstrip":  # no argument: whitespace
            return b.call(me.rt("ember_" + name.replace(".", "_")), [args[0], args[1] if len(args) > 1 else ll.Constant(PTR, None)])
        case "str.ljust" | "str.rjust" | "str.center":  # no fill: a space
            fill = args[2] if len(args) > 2 else ll.Constant(PTR, None)
            return b.call(me.rt("ember_" + name.replace(".", "_")), [args[0], args[1], fill] + loc())
        case "str.replace":  # no count: every occurrence
            return b.call(me.rt("ember_str_replace"), [*args[:3], args[3] if len(args) > 3 else ll.Constant(I64, -1)])
        case _ if name.startswith("str."):
            f = me.rt("ember_" + name.replace(".", "_"))
            r = b.call(f, args)
            return b.trunc(r, I1) if f.function_type.return_type == I32 else r
        case "buf.new":
            return b.call(me.rt("ember_buf_new"), [])
        case "buf.lit":
            values.lit(me, b, args[0], str(rv.extra[0]))
            return ll.Constant(I1, 0)
        case "buf.write" | "buf.repr":
            values.write(me, b, args[0], ts[1], args[1], name == "buf.repr")
            return ll.Constant(I1, 0)
        case "buf.fmt":
            fmt(fe, args[0], ts[1], args[1], str(rv.extra[0]), rv.span)
            return ll.Constant(I1, 0)
        case "buf.fmt_dyn":
            fmt_dyn(fe, args[0], ts[1], args[1], args[2], rv.span)
            return ll.Constant(I1, 0)
        case "buf.print" | "buf.eprint":
            b.call(me.rt("ember_" + name.replace(".", "_")), args)
            return ll.Constant(I1, 0)
        case "io.input":  # no prompt: NULL
            return b.call(me.rt("ember_io_input"), [args[0] if args else ll.Constant(PTR, None)] + loc())
        case "io.stdout_flush" | "io.file_close":
            b.call(me.rt("ember_" + name.replace(".", "_")), args)
            return ll.Constant(I1, 0)
        case "io.open":  # no mode: "r"
            return b.call(me.rt("ember_io_open"), [args[0], args[1] if len(args) > 1 else ll.Constant(PTR, None)] + loc())
        case "io.open_failed":
            return b.trunc(b.call(me.rt("ember_io_open_failed"), args), I1)
        case "io.open_error":
            return b.call(me.rt("ember_io_open_error"), args)
        case "io.file_writelines" | "io.file_flush" | "buf.fprint":
            b.call(me.rt("ember_" + name.replace(".", "_")), args + loc())
            return ll.Constant(I1, 0)
        case _ if name.startswith("io.file_"):
            return b.call(me.rt("ember_" + name.replace(".", "_")), args + loc())
        case _ if name.startswith("io."):
            return b.call(me.rt("ember_" + name.replace(".", "_")), args)
        case "buf.finish":
            return b.call(me.rt("ember_buf_finish"), args)
        case "str" | "repr":
            buf = b.call(me.rt("ember_buf_new"), [])
            values.write(me, b, buf, t0, args[0], name == "repr")  # type: ignore[arg-type]
            return b.call(me.rt("ember_buf_finish"), [buf])
        case "hash":
            from ember.codegen.emit.sets import py_hash

            return py_hash(me, b, t0, args[0])  # type: ignore[arg-type]
        case "number.is_float":
            return b.extract_value(args[0], 0)
        case "number.type_name":  # a static str: dropping it frees nothing
            return b.select(b.extract_value(args[0], 0), me.static_str("float"), me.static_str("int"))
        case "abs" if isinstance(t0, T.NumberType):
            from ember.codegen.emit import numbers

            return numbers.abs_(fe, args[0], rv.span)
        case "round" | "round.n" if isinstance(t0, T.NumberType):
            from ember.codegen.emit import numbers

            return numbers.round_(fe, args[0], args[1] if len(args) > 1 else None, rv.span)
        case "abs":
            if isinstance(t0, T.FloatType):
                return b.call(me.module.declare_intrinsic("llvm.fabs", [args[0].type]), args)
            from ember.codegen.emit.arith import _checked

            neg = b.icmp_signed("<", args[0], ll.Constant(args[0].type, 0))
            with b.if_else(neg) as (then, other):
                with then:
                    bt = b.block
                    nv = _checked(fe, "ssub", ll.Constant(args[0].type, 0), args[0], rv.span) if t0.checked else b.neg(args[0])  # type: ignore[union-attr]
                    bt = b.block
                with other:
                    bo = b.block
            phi = b.phi(args[0].type)
            phi.add_incoming(nv, bt)
            phi.add_incoming(args[0], bo)
            return phi
        case "min" | "max":
            x, y = args
            pick_y = values.lt(me, b, t0, y, x) if name == "min" else values.lt(me, b, t0, x, y)  # type: ignore[arg-type]
            r = b.select(pick_y, y, x)
            return values.copy(me, b, t0, r) if me.owns(t0) else r  # type: ignore[arg-type]
        case "min.list" | "max.list" | "sum" | "any" | "all":
            return _reduce(fe, name, t0, args, rv, dest)  # type: ignore[arg-type]
        case "min.key" | "max.key":
            return _best_by_key(fe, name, t0, ts[1], args, rv)  # type: ignore[arg-type]
        case "int.pow_mod":
            return b.call(me.rt("ember_ipow_mod"), args + loc())
        case "ord":
            return b.call(me.rt("ember_str_ord"), args + loc())
        case "chr":
            return b.call(me.rt("ember_str_chr"), args + loc())
        case "round":
            if isinstance(t0, T.IntType):
                return args[0]
            r = b.call(me.module.declare_intrinsic("llvm.roundeven", [args[0].type]), args)
            from ember.codegen.emit.arith import cast

            return cast(fe, r, t0, T.INT, rv.span)  # type: ignore[arg-type]
        case "round.n":
            if isinstance(t0, T.IntType):  # round(1234, -2) is 1200
                wide = args[0] if t0.bits == 64 else (b.sext(args[0], I64) if t0.signed else b.zext(args[0], I64))
                r = b.call(me.rt("ember_round_i64"), [wide, args[1]] + loc())
                return r if t0.bits == 64 else b.trunc(r, args[0].type)
            x = b.fpext(args[0], F64) if t0 == T.F32 else args[0]
            r = b.call(me.rt("ember_round_f64"), [x, args[1]])
            return b.fptrunc(r, F32) if t0 == T.F32 else r
        case "err.new":  # extra: the kind; no argument: no message
            err = b.call(me.rt("ember_err_new"), [ll.Constant(I32, 0), args[0] if args else ll.Constant(PTR, None)])
            b.store(_kind(me, str(rv.extra[0])), err)  # the first field, an i64
            return err
        case "err.raise_object":  # extra: the kind, the object's type; args: the object, its str and repr
            from ember.codegen.emit import errobjects

            return errobjects.raise_object(fe, _kind(me, str(rv.extra[0])), args[0], args[1], args[2], rv.extra[1])
        case "err.object":  # extra: the type bound, then (kind, type of its objects) for each kind caught
            from ember.codegen.emit import errobjects

            return errobjects.object_of(fe, args[0], *_caught(me, rv.extra))
        case "err.store_object":  # extra: as err.object's
            from ember.codegen.emit import errobjects

            errobjects.store_object(fe, args[0], args[1], *_caught(me, rv.extra))
            return None
        case "err.kind_name":
            return b.call(me.rt("ember_err_kind_name"), args)
        case "err.is_set":
            return b.icmp_unsigned("!=", args[0], ll.Constant(PTR, None))
        case "err.matches":  # extra: the kinds caught
            kind = b.load(args[0], typ=I64)
            hit: ll.Value = ll.Constant(I1, 0)
            for k in rv.extra:
                hit = b.or_(hit, b.icmp_signed("==", kind, _kind(me, str(k))))
            return hit
        case "perf_counter":
            return b.call(me.rt("ember_perf_counter"), [])
        case "argv":
            return b.call(me.rt("ember_argv"), [])
        case _ if name.startswith("math."):
            return _math(fe, name[5:], args, ts, dest, rv)
        case _ if name.startswith("simd."):
            from ember.codegen.emit import simd

            return simd.emit(fe, rv, args, ts, dest)
        case _:
            raise AssertionError(f"unknown intrinsic {name}")


def _math(fe: FnEmitter, fname: str, args: list[ll.Value], ts: list[T.Type], dest: T.Type, rv: ir.Intrinsic) -> ll.Value:
    b, me = fe.b, fe.me
    ty = args[0].type
    from ember.codegen.emit.arith import cast

    match fname:
        case "log" if len(args) == 2:  # log(x, base): log(x) / log(base), as CPython
            f = me.module.declare_intrinsic("llvm.log", [ty])
            return b.fdiv(b.call(f, args[:1]), b.call(f, args[1:]))
        case "sqrt" | "fabs" | "exp" | "log" | "sin" | "cos" | "log2" | "log10" | "pow" | "fma":
            f = me.module.declare_intrinsic(f"llvm.{'fabs' if fname == 'fabs' else fname}", [ty])
            return b.call(f, args)
        case "floor" | "ceil" | "trunc":
            f = me.module.declare_intrinsic(f"llvm.{fname}", [ty])
            return cast(fe, b.call(f, args), ts[0], T.INT, rv.span)
        case "isnan":
            return b.fcmp_unordered("uno", args[0], args[0])
        case "isinf" | "isfinite":
            a = b.call(me.module.declare_intrinsic("llvm.fabs", [ty]), args)
            return b.fcmp_ordered("==" if fname == "isinf" else "<", a, ll.Constant(ty, float("inf")))
        case "copysign" | "exp2":
            fnty = ll.FunctionType(ty, [ty] * len(args))
            return b.call(me.module.declare_intrinsic(f"llvm.{fname}", [ty], fnty), args)
        case "fmod":  # C's fmod (math.fmod), not Python's `%`
            return b.frem(*args)
        case "degrees" | "radians":  # CPython's constants, 180 / pi and pi / 180
            import math

            return b.fmul(args[0], ll.Constant(ty, 180.0 / math.pi if fname == "degrees" else math.pi / 180.0))
        case "isclose":
            return _isclose(fe, *args)
        case "fsum":  # of a list of floats, ints or numbers (their layouts: rt.c)
            el = ts[0].elem  # type: ignore[union-attr]
            kind = 0 if el == T.F64 else 1 if el == T.INT else 2
            return b.call(me.rt("ember_fsum"), [args[0], ll.Constant(I32, kind)] + me.location(b, rv.span))
        case "gcd" | "lcm" | "factorial" | "comb" | "perm" | "isqrt":
            full = list(args) + ([ll.Constant(I64, -(1 << 63))] if fname == "perm" and len(args) == 1 else [])
            return b.call(me.rt(f"ember_math_{fname}"), full + me.location(b, rv.span))
        case _:
            cname = fname + ("f" if ty == F32 else "")
            return b.call(me.libm(cname, ty, len(args)), args)


def _isclose(fe: FnEmitter, x: ll.Value, y: ll.Value, rel: ll.Value, abs_: ll.Value) -> ll.Value:
    """CPython's math.isclose: equal, or both finite and |x - y| within rel_tol of either
    magnitude or within abs_tol."""
    b, me = fe.b, fe.me
    fabs = me.module.declare_intrinsic("llvm.fabs", [x.type])
    inf = ll.Constant(x.type, float("inf"))
    finite = b.and_(b.fcmp_ordered("<", b.call(fabs, [x]), inf), b.fcmp_ordered("<", b.call(fabs, [y]), inf))
    diff = b.call(fabs, [b.fsub(y, x)])
    near = b.or_(b.or_(b.fcmp_ordered("<=", diff, b.call(fabs, [b.fmul(rel, y)])),
                       b.fcmp_ordered("<=", diff, b.call(fabs, [b.fmul(rel, x)]))),
                 b.fcmp_ordered("<=", diff, abs_))
    return b.or_(b.fcmp_ordered("==", x, y), b.and_(finite, near))


def _range_len(fe: FnEmitter, args: list[ll.Value], rv: ir.Intrinsic) -> ll.Value:
    b, me = fe.b, fe.me
    start, stop, step = args
    me.check(b, b.icmp_signed("!=", step, ZERO), lambda bb: me.fault(bb, "ValueError", "range() arg 3 must not be zero", rv.span))
    pos = b.icmp_signed(">", step, ZERO)
    one = ll.Constant(I64, 1)
    # count = ceil((stop - start) / step), clamped at 0; computed in the step's direction
    span_ = b.select(pos, b.sub(stop, start), b.sub(start, stop))
    mag = b.select(pos, step, b.sub(ZERO, step))
    n = b.sdiv(b.add(span_, b.sub(mag, one)), mag)
    return b.select(b.icmp_signed(">", span_, ZERO), n, ZERO)


def _progression(fe: FnEmitter, name: str, dest: T.Type, args: list[ll.Value], rv: ir.Intrinsic) -> ll.Value:
    b, me = fe.b, fe.me
    assert isinstance(dest, T.ListType)
    el = dest.elem
    ety = me.ll(el)
    if name == "list.range":
        start, stop, step = args
        n = _range_len(fe, args, rv)
    else:
        start, second, stop = args
        step = b.fsub(second, start) if isinstance(el, T.FloatType) else b.sub(second, start)
        if isinstance(el, T.FloatType):
            q = b.fdiv(b.fsub(stop, start), step)
            rq = b.call(me.module.declare_intrinsic("llvm.round", [ety]), [q])
            n = b.add(b.fptosi(rq, I64), ll.Constant(I64, 1))
            n = b.select(b.icmp_signed("<", n, ZERO), ZERO, n)
        else:
            me.check(b, b.icmp_signed("!=", step, ZERO), lambda bb: me.fault(bb, "ValueError", "a progression needs a nonzero step", rv.span))
            n = b.add(b.sdiv(b.sub(stop, start), step), ll.Constant(I64, 1))
            n = b.select(b.icmp_signed("<", n, ZERO), ZERO, n)
    lst = b.call(me.rt("ember_list_new"), [me.esize(el), n])

    def push(i: ll.Value) -> None:
        if isinstance(el, T.FloatType):
            v = b.fadd(start, b.fmul(b.sitofp(i, ety), step))
        else:
            v = b.add(start, b.mul(b.trunc(i, ety) if ety != I64 else i, step))
        b.store(v, b.call(me.rt("ember_list_push"), [lst, me.esize(el)]))
    _loop(fe, n, push)
    return lst


def _reduce(fe: FnEmitter, name: str, t: T.Type, args: list[ll.Value], rv: ir.Intrinsic, dest: T.Type) -> ll.Value:
    b, me = fe.b, fe.me
    assert isinstance(t, T.ListType)
    el = t.elem
    lst = args[0]
    n = fe.list_len(lst)
    acc = b.alloca(me.ll(dest) if name not in ("any", "all") else I1)
    if name in ("min.list", "max.list"):
        me.check(b, b.icmp_signed(">", n, ZERO),
                 lambda bb: me.fault(bb, "ValueError", f"{name[:3]}() arg is an empty sequence", rv.span))
        b.store(b.load(fe.elem_ptr(lst, el, ZERO), typ=me.ll(el)), acc)
    elif name == "sum":
        b.store(args[1] if len(args) > 1 else ll.Constant(me.ll(el), None if el == T.NUMBER else 0 if isinstance(el, T.IntType) else 0.0), acc)
    else:
        b.store(ll.Constant(I1, int(name == "all")), acc)

    def step(i: ll.Value) -> None:
        x = b.load(fe.elem_ptr(lst, el, i), typ=me.ll(el))
        cur = b.load(acc, typ=acc.allocated_type)
        if name == "sum":
            if isinstance(el, T.NumberType):
                from ember.codegen.emit import numbers

                b.store(numbers.binop(fe, ir.BinKind.ADD, cur, x, rv.span), acc)
            elif isinstance(el, T.IntType) and el.checked:
                from ember.codegen.emit.arith import _checked

                b.store(_checked(fe, "sadd", cur, x, rv.span), acc)
            elif isinstance(el, T.IntType):
                b.store(b.add(cur, x), acc)
            else:
                b.store(b.fadd(cur, x), acc)
        elif name in ("any", "all"):
            tv = truth(fe, el, x)
            b.store(b.or_(cur, tv) if name == "any" else b.and_(cur, tv), acc)
        else:
            better = values.lt(me, b, el, x, cur) if name == "min.list" else values.lt(me, b, el, cur, x)
            b.store(b.select(better, x, cur), acc)
    _loop(fe, n, step)
    return b.load(acc, typ=acc.allocated_type)


def _best_by_key(fe: FnEmitter, name: str, t: T.ListType, kt: T.ListType, args: list[ll.Value],
                 rv: ir.Intrinsic) -> ll.Value:
    """`min(xs, key=f)` / `max`: the first item whose key (in the parallel list `keys`)
    is least / greatest, as Python's."""
    b, me = fe.b, fe.me
    items, keys = args
    n = fe.list_len(keys)
    me.check(b, b.icmp_signed(">", n, ZERO),
             lambda bb: me.fault(bb, "ValueError", f"{name[:3]}() arg is an empty sequence", rv.span))
    best = b.alloca(I64)
    best_key = b.alloca(me.ll(kt.elem))
    b.store(ZERO, best)
    b.store(b.load(fe.elem_ptr(keys, kt.elem, ZERO), typ=me.ll(kt.elem)), best_key)

    def step(i: ll.Value) -> None:
        k = b.load(fe.elem_ptr(keys, kt.elem, i), typ=me.ll(kt.elem))
        cur = b.load(best_key, typ=me.ll(kt.elem))
        better = values.lt(me, b, kt.elem, k, cur) if name == "min.key" else values.lt(me, b, kt.elem, cur, k)
        b.store(b.select(better, k, cur), best_key)
        b.store(b.select(better, i, b.load(best, typ=I64)), best)
    _loop(fe, n, step)
    return b.load(fe.elem_ptr(items, t.elem, b.load(best, typ=I64)), typ=me.ll(t.elem))


__all__ = ["emit", "truth", "I32", "F64"]


def _kind(me, code: str) -> ll.Constant:  # noqa: ANN001 - ModuleEmitter
    """The runtime's kind of errors of `code`: a built-in kind's number, or for an exception
    class ("Name\0Base", sema/check/excclass.py) the address of that text (rt.h EM_USER)."""
    if "\0" not in code:
        return ll.Constant(I64, KINDS[code])
    return me.cstr(code + "\0").ptrtoint(I64)  # the names end with an empty one


def _caught(me, extra: tuple) -> tuple[list[ll.Value], T.StructType, list[T.StructType]]:  # noqa: ANN001 - ModuleEmitter
    """The kinds, the type bound and the kinds' object types of an `err.object` (or
    `err.store_object`) extra: the type bound, then a (kind, type) pair per kind."""
    pairs = extra[1:]
    return [_kind(me, str(k)) for k, _ in pairs], extra[0], [t for _, t in pairs]


def _with_base(name: str, args: list[ll.Value]) -> list[ll.Value]:
    """The arguments of a `str.int_*` or `str.to_int` intrinsic, the base 10 unless given."""
    return [*args, ll.Constant(I64, 10)] if name.startswith(("str.int", "str.to_int")) and len(args) == 1 else args
