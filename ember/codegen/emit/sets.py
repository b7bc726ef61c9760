"""`set[T]` on the runtime's EmSet (rt.c: CPython 3.11's set table and algorithms).

A slot is the LLVM struct {i64 hash, T}. The hash is CPython's own for numbers, Bool
and tuples of them (`hash(3) == 3`, `hash(1.5)`, the xxHash-style tuple hash), so the
table, and with it the order of iteration and printing, is CPython's. A str hashes with
Ember's own function: CPython salts str hashes per process, so no order of strs is
CPython's. Per set type codegen makes the helpers the runtime calls back: the key's
`eq`, and the slot's copy and destroy."""
from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.codegen.emit import values
from ember.codegen.emit.dicts import NULL, ONE, ZERO, alloca
from ember.codegen.emit.module import ModuleEmitter
from ember.codegen.emit.types import F64, I1, I32, I64, PTR, sizeof
from ember.mir import ir
from ember.types import types as T

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter

_MASK = 2  # EmSet's fields (rt.h): used, fill, mask, finger, table
_XX1, _XX2, _XX5 = 11400714785074694791, 14029467366897019727, 2870177450012600261


def slot_type(me: ModuleEmitter, t: T.SetType) -> ll.LiteralStructType:
    return ll.LiteralStructType([I64, me.ll(t.elem)])


def esize(me: ModuleEmitter, t: T.SetType) -> ll.Constant:
    return ll.Constant(I64, sizeof(slot_type(me, t)))


def _key_ptr(me: ModuleEmitter, b: ll.IRBuilder, t: T.SetType, slot: ll.Value) -> ll.Value:
    return b.gep(slot, [ll.Constant(I32, 0), ll.Constant(I32, 1)], source_etype=slot_type(me, t))


def py_hash(me: ModuleEmitter, b: ll.IRBuilder, t: T.Type, k: ll.Value) -> ll.Value:
    """CPython's `hash(k)` (module docstring); never -1 nor INT64_MIN (the markers)."""
    match t:
        case T.IntType(bits=bits, signed=s):
            wide = k if bits == 64 else (b.sext(k, I64) if s else b.zext(k, I64))
            if bits == 64 and not s:  # above 2**63: the value modulo 2**61 - 1, as Python's int
                p = ll.Constant(I64, (1 << 61) - 1)
                return b.select(b.icmp_signed("<", wide, ZERO), b.urem(wide, p), b.call(me.rt("ember_pyhash_i64"), [wide]))
            return b.call(me.rt("ember_pyhash_i64"), [wide])
        case T.BoolType():
            return b.zext(k, I64)
        case T.FloatType(bits=bits):
            return b.call(me.rt("ember_pyhash_f64"), [k if bits == 64 else b.fpext(k, F64)])
        case T.StrType():
            return b.call(me.rt("ember_pyhash_str"), [k])
        case T.StructType(name=n) if n in me.hashes:  # what its `__hash__` returns (CPython: -1 is -2)
            from ember.codegen.emit.module import symbol

            return _unmarked(b, b.call(me.module.globals[symbol(me.hashes[n][0])], [k]), -2)
        case T.StructType(name=n):  # a frozen dataclass: the hash of the tuple of its fields, as Python's
            return _tuple_hash(me, b, tuple(ft for _, ft in me.structs[n]), k)
        case T.TupleType(elems=els):
            return _tuple_hash(me, b, els, k)
        case T.ListType(elem=el, kind="tuple"):
            return b.call(_var_tuple_hash(me, el), [k])
        case _:
            raise AssertionError(f"no hash for {t}")


def _var_tuple_hash(me: ModuleEmitter, el: T.Type) -> ll.Function:
    """CPython's tuple hash (as `_tuple_hash`) of a tuple of any length: a loop, one
    helper per element type."""
    def body(b: ll.IRBuilder, fn: ll.Function) -> None:
        from ember.codegen.emit.intrinsics import count_loop

        lst = fn.args[0]
        n = b.load(lst, typ=I64)
        acc = alloca(b, I64)
        b.store(ll.Constant(I64, _XX5), acc)

        def step(i: ll.Value) -> None:
            lane = py_hash(me, b, el, b.load(values.elem_ptr(me, b, lst, el, i), typ=me.ll(el)))
            b.store(_xx_round(b, b.load(acc, typ=I64), lane), acc)
        count_loop(b, ZERO, n, step)
        b.ret(_xx_finish(b, b.load(acc, typ=I64), n))
    return me.helper("tuplehash." + T.type_key(el), I64, [PTR], body)


def _tuple_hash(me: ModuleEmitter, b: ll.IRBuilder, els: tuple[T.Type, ...], k: ll.Value) -> ll.Value:
    """CPython's hash of a tuple with items `els` (`k` an LLVM struct of them)."""
    acc: ll.Value = ll.Constant(I64, _XX5)
    for i, et in enumerate(els):
        acc = _xx_round(b, acc, py_hash(me, b, et, b.extract_value(k, i)))
    return _xx_finish(b, acc, ll.Constant(I64, len(els)))


def _xx_round(b: ll.IRBuilder, acc: ll.Value, lane: ll.Value) -> ll.Value:
    """One item into CPython's tuple hash (xxHash's round)."""
    acc = b.add(acc, b.mul(lane, ll.Constant(I64, _XX2)))
    acc = b.or_(b.shl(acc, ll.Constant(I64, 31)), b.lshr(acc, ll.Constant(I64, 33)))
    return b.mul(acc, ll.Constant(I64, _XX1))


def _xx_finish(b: ll.IRBuilder, acc: ll.Value, n: ll.Value) -> ll.Value:
    """CPython's tuple hash of `n` items from the rounds' `acc`: -1 is 1546275796."""
    return _unmarked(b, b.add(acc, b.xor(n, ll.Constant(I64, _XX5 ^ 3527539))), 1546275796)


def _unmarked(b: ll.IRBuilder, h: ll.Value, instead_of_minus_one: int) -> ll.Value:
    """`h` never -1 (CPython's error value: `instead_of_minus_one` then) nor INT64_MIN
    (the set table's empty marker, which a computed hash can reach: one more then)."""
    h = b.select(b.icmp_signed("==", h, ll.Constant(I64, -1)), ll.Constant(I64, instead_of_minus_one), h)
    low = ll.Constant(I64, -(1 << 63))
    return b.select(b.icmp_signed("==", h, low), ll.Constant(I64, -(1 << 63) + 1), h)


def probe(me: ModuleEmitter, b: ll.IRBuilder, t: T.SetType, k: ll.Value) -> ll.Value:
    """A stack slot {hash, k} (k not copied): what the runtime's lookups take."""
    s = alloca(b, slot_type(me, t))
    b.store(py_hash(me, b, t.elem, k), b.gep(s, [ll.Constant(I32, 0), ll.Constant(I32, 0)], source_etype=slot_type(me, t)))
    b.store(k, _key_ptr(me, b, t, s))
    return s


def _eq(me: ModuleEmitter, t: T.SetType) -> ll.Value:
    return values.eq_fn(me, t.elem)


def slot_drop_fn(me: ModuleEmitter, t: T.SetType) -> ll.Value:
    if not me.owns(t.elem):
        return NULL

    def body(b: ll.IRBuilder, fn: ll.Function) -> None:
        values.drop(me, b, t.elem, b.load(_key_ptr(me, b, t, fn.args[0]), typ=me.ll(t.elem)))
        b.ret_void()
    return me.helper("drop.slot." + T.type_key(t), ll.VoidType(), [PTR], body)


def slot_copy_fn(me: ModuleEmitter, t: T.SetType) -> ll.Value:
    if not me.owns(t.elem):
        return NULL

    def body(b: ll.IRBuilder, fn: ll.Function) -> None:
        dst, src = fn.args
        b.store(b.load(src, typ=slot_type(me, t)), dst)  # the hash and the key's bits, then the key's own copy
        k = values.copy(me, b, t.elem, b.load(_key_ptr(me, b, t, src), typ=me.ll(t.elem)))
        b.store(k, _key_ptr(me, b, t, dst))
        b.ret_void()
    return me.helper("copy.slot." + T.type_key(t), ll.VoidType(), [PTR, PTR], body)


def drop(me: ModuleEmitter, b: ll.IRBuilder, t: T.SetType, s: ll.Value) -> None:
    b.call(me.rt("ember_set_drop"), [s, esize(me, t), slot_drop_fn(me, t)])


def copy(me: ModuleEmitter, b: ll.IRBuilder, t: T.SetType, s: ll.Value) -> ll.Value:
    return b.call(me.rt("ember_set_copy"), [s, esize(me, t), _eq(me, t), slot_copy_fn(me, t)])


def add(me: ModuleEmitter, b: ll.IRBuilder, t: T.SetType, s: ll.Value, k: ll.Value) -> None:
    """Adds a copy of `k` (borrowed) if missing."""
    b.call(me.rt("ember_set_add"), [s, esize(me, t), probe(me, b, t, k), _eq(me, t), slot_copy_fn(me, t)])


def each_slot(me: ModuleEmitter, b: ll.IRBuilder, t: T.SetType, s: ll.Value, body) -> None:  # noqa: ANN001
    """body(key, n) for each element of `s`, in table order (n counts them)."""
    from ember.codegen.emit.intrinsics import count_loop

    seen = alloca(b, I64)
    b.store(ZERO, seen)
    mask = b.load(b.gep(s, [ll.Constant(I32, _MASK)], source_etype=I64), typ=I64)

    def visit(i: ll.Value) -> None:
        e = b.call(me.rt("ember_set_entry"), [s, esize(me, t), i])
        with b.if_then(b.icmp_unsigned("!=", e, NULL)):
            n = b.load(seen, typ=I64)
            body(b.load(_key_ptr(me, b, t, e), typ=me.ll(t.elem)), n)
            b.store(b.add(n, ONE), seen)
    count_loop(b, ZERO, b.add(mask, ONE), visit)


def _helper(me: ModuleEmitter, name: str, t: T.SetType, ret: ll.Type, args: list[ll.Type], body) -> ll.Function:  # noqa: ANN001
    return me.helper(f"set.{name}.{T.type_key(t)}", ret, args, body)


def write(me: ModuleEmitter, b: ll.IRBuilder, buf: ll.Value, t: T.SetType, s: ll.Value) -> None:
    """`{1, 2}` with elements by repr, `set()` when empty, as Python prints a set."""
    def body(bb: ll.IRBuilder, fn: ll.Function) -> None:
        out, ss = fn.args
        with bb.if_then(bb.icmp_signed("==", bb.load(ss, typ=I64), ZERO)):
            values.lit(me, bb, out, "set()")
            bb.ret_void()
        values.lit(me, bb, out, "{")

        def item(k: ll.Value, n: ll.Value) -> None:
            with bb.if_then(bb.icmp_unsigned("!=", n, ZERO)):
                values.lit(me, bb, out, ", ")
            values.write(me, bb, out, t.elem, k, True)
        each_slot(me, bb, t, ss, item)
        values.lit(me, bb, out, "}")
        bb.ret_void()
    b.call(_helper(me, "write", t, ll.VoidType(), [PTR, PTR], body), [buf, s])


def _le(me: ModuleEmitter, b: ll.IRBuilder, t: T.SetType, x: ll.Value, y: ll.Value) -> ll.Value:
    return b.icmp_unsigned("!=", b.call(me.rt("ember_set_le"), [x, y, esize(me, t), _eq(me, t)]), ll.Constant(I32, 0))


def eq(me: ModuleEmitter, b: ll.IRBuilder, t: T.SetType, x: ll.Value, y: ll.Value) -> ll.Value:
    """The same elements: equal sizes and `x <= y`."""
    same = b.icmp_signed("==", b.load(x, typ=I64), b.load(y, typ=I64))
    out = alloca(b, I1)
    b.store(ll.Constant(I1, 0), out)
    with b.if_then(same):
        b.store(_le(me, b, t, x, y), out)
    return b.load(out, typ=I1)


def _listed(me: ModuleEmitter, b: ll.IRBuilder, t: T.SetType, s: ll.Value) -> ll.Value:
    """A new list of copies of the elements, in the set's order (what loops iterate)."""
    def body(bb: ll.IRBuilder, fn: ll.Function) -> None:
        ss = fn.args[0]
        lst = bb.call(me.rt("ember_list_new"), [me.esize(t.elem), bb.load(ss, typ=I64)])
        each_slot(me, bb, t, ss, lambda k, _n: bb.store(values.copy(me, bb, t.elem, k), values.push_slot(me, bb, lst, t.elem)))
        bb.ret(lst)
    return b.call(_helper(me, "list", t, PTR, [PTR], body), [s])


def _from_list(me: ModuleEmitter, b: ll.IRBuilder, t: T.SetType, s: ll.Value, xs: ll.Value) -> None:
    """Each element of the list `xs` added in its order (Python's `set(xs)`, `s.update(xs)`)."""
    from ember.codegen.emit.intrinsics import count_loop

    def body(bb: ll.IRBuilder, fn: ll.Function) -> None:
        ss, lst = fn.args
        count_loop(bb, ZERO, bb.load(lst, typ=I64),
                   lambda i: add(me, bb, t, ss, bb.load(values.elem_ptr(me, bb, lst, t.elem, i), typ=me.ll(t.elem))))
        bb.ret_void()
    b.call(_helper(me, "add_list", t, ll.VoidType(), [PTR, PTR], body), [s, xs])


def _common(me: ModuleEmitter, b: ll.IRBuilder, t: T.SetType, s: ll.Value, xs: ll.Value) -> ll.Value:
    """`s.intersection(xs)` of a list: a new set of the list's elements found in `s`,
    added in the list's order (CPython's, for an argument that is not a set)."""
    from ember.codegen.emit.intrinsics import count_loop

    def body(bb: ll.IRBuilder, fn: ll.Function) -> None:
        ss, lst = fn.args
        r = bb.call(me.rt("ember_set_new"), [esize(me, t)])

        def per(i: ll.Value) -> None:
            p = probe(me, bb, t, bb.load(values.elem_ptr(me, bb, lst, t.elem, i), typ=me.ll(t.elem)))
            with bb.if_then(bb.icmp_unsigned("!=", bb.call(me.rt("ember_set_find"), [ss, esize(me, t), p, _eq(me, t)]), NULL)):
                bb.call(me.rt("ember_set_add"), [r, esize(me, t), p, _eq(me, t), slot_copy_fn(me, t)])
        count_loop(bb, ZERO, bb.load(lst, typ=I64), per)
        bb.ret(r)
    return b.call(_helper(me, "common", t, PTR, [PTR, PTR], body), [s, xs])


def emit(fe: FnEmitter, rv: ir.Intrinsic, ts: list[T.Type], args: list[ll.Value], dest: T.Type) -> ll.Value:
    b, me = fe.b, fe.me
    name = rv.name
    t = dest if name in ("set.new", "set.from_list", "set.from_constants") else ts[0]
    assert isinstance(t, T.SetType), (name, t)
    es, eqf, cp, dr = esize(me, t), _eq(me, t), slot_copy_fn(me, t), slot_drop_fn(me, t)
    nothing = ll.Constant(I1, 0)
    match name:
        case "set.new":
            return b.call(me.rt("ember_set_new"), [es])
        case "set.from_list":
            s = b.call(me.rt("ember_set_new"), [es])
            _from_list(me, b, t, s, args[0])
            return s
        case "set.from_constants":  # CPython's: a set of the items, one of that set's order, copied
            first = b.call(me.rt("ember_set_new"), [es])
            _from_list(me, b, t, first, args[0])
            order = _listed(me, b, t, first)
            second = b.call(me.rt("ember_set_new"), [es])
            _from_list(me, b, t, second, order)
            s = copy(me, b, t, second)
            for x, xt in ((first, t), (order, T.ListType(t.elem)), (second, t)):
                values.drop(me, b, xt, x)
            return s
        case "set.add":
            add(me, b, t, args[0], args[1])
            return nothing
        case "set.contains":
            p = probe(me, b, t, args[1])
            return b.icmp_unsigned("!=", b.call(me.rt("ember_set_find"), [args[0], es, p, eqf]), NULL)
        case "set.discard" | "set.remove":
            p = probe(me, b, t, args[1])
            hit = b.icmp_unsigned("!=", b.call(me.rt("ember_set_discard"), [args[0], es, p, eqf, dr]), ll.Constant(I32, 0))
            if name == "set.remove":
                from ember.codegen.emit.dicts import key_error

                me.check(b, hit, lambda bb: key_error(me, bb, T.DictType(t.elem, T.NONE), args[1], rv.span))
            return nothing
        case "set.pop":
            out = alloca(b, slot_type(me, t))
            ok = b.icmp_unsigned("!=", b.call(me.rt("ember_set_pop"), [args[0], es, out]), ll.Constant(I32, 0))
            me.check(b, ok, lambda bb: me.fault(bb, "KeyError", "'pop from an empty set'", rv.span))
            return b.load(_key_ptr(me, b, t, out), typ=me.ll(t.elem))
        case "set.clear":
            b.call(me.rt("ember_set_clear"), [args[0], es, dr])
            return nothing
        case "set.list":
            return _listed(me, b, t, args[0])
        case "set.iter_len":  # the size the loop started with, if it still holds
            same = b.icmp_signed("==", b.load(args[0], typ=I64), args[1])
            me.check(b, same, lambda bb: me.fault(bb, "RuntimeError", "Set changed size during iteration", rv.span))
            return args[1]
        case "set.update":
            if isinstance(ts[1], T.SetType):
                b.call(me.rt("ember_set_merge"), [args[0], args[1], es, eqf, cp])
            else:
                _from_list(me, b, t, args[0], args[1])
            return nothing
        case "set.or":  # a copy, then the other's elements added (set_merge, or a list's in order)
            s = copy(me, b, t, args[0])
            if isinstance(ts[1], T.SetType):
                b.call(me.rt("ember_set_merge"), [s, args[1], es, eqf, cp])
            else:
                _from_list(me, b, t, s, args[1])
            return s
        case "set.and" if isinstance(ts[1], T.ListType):
            return _common(me, b, t, args[0], args[1])
        case "set.and":
            return b.call(me.rt("ember_set_and"), [args[0], args[1], es, eqf, cp])
        case "set.sub":
            return b.call(me.rt("ember_set_sub"), [args[0], args[1], es, eqf, cp, dr])
        case "set.xor":
            return b.call(me.rt("ember_set_xor"), [args[0], args[1], es, eqf, cp, dr])
        case "set.iand" if isinstance(ts[1], T.ListType):  # CPython's: the intersection takes s's place
            b.call(me.rt("ember_set_take"), [args[0], _common(me, b, t, args[0], args[1]), es, dr])
            return nothing
        case "set.iand":
            b.call(me.rt("ember_set_iand"), [args[0], args[1], es, eqf, cp, dr])
            return nothing
        case "set.isub":
            b.call(me.rt("ember_set_isub"), [args[0], args[1], es, eqf, dr])
            return nothing
        case "set.ixor":
            b.call(me.rt("ember_set_ixor"), [args[0], args[1], es, eqf, cp, dr])
            return nothing
        case "set.le":
            return _le(me, b, t, args[0], args[1])
        case "set.lt":
            smaller = b.icmp_signed("<", b.load(args[0], typ=I64), b.load(args[1], typ=I64))
            out = alloca(b, I1)
            b.store(nothing, out)
            with b.if_then(smaller):
                b.store(_le(me, b, t, args[0], args[1]), out)
            return b.load(out, typ=I1)
        case "set.disjoint":
            return b.icmp_unsigned("!=", b.call(me.rt("ember_set_disjoint"), [args[0], args[1], es, eqf]), ll.Constant(I32, 0))
        case _:
            raise AssertionError(f"unknown set intrinsic {name}")

