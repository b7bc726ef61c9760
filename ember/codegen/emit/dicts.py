"""`dict[K, V]` on the runtime's ordered hash map (rt.c, EmDict).

An entry is the LLVM struct {i64 hash, K, V} (the runtime reads the hash at offset 0 and
hands the key's address, offset 8, to the key's `eq` helper); per dict type, codegen
makes the helpers the runtime calls back: the entry's destroy and deep copy. Keys hash
with splitmix64 (integers, Bool, floats by their bits with -0.0 as 0.0) or FNV-1a (str);
a tuple combines its elements' hashes."""
from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.base.source import Span
from ember.codegen.emit import values
from ember.codegen.emit.module import FAULT_KINDS, ModuleEmitter
from ember.codegen.emit.types import F64, I1, I32, I64, PTR, sizeof
from ember.mir import ir
from ember.types import types as T

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter

NULL = ll.Constant(PTR, None)
ZERO = ll.Constant(I64, 0)
ONE = ll.Constant(I64, 1)
# EmDict's fields (rt.h): len, used, cap, mask, entries, index
_LEN, _USED, _MASK, _ENTRIES, _INDEX = 0, 1, 3, 4, 5
CHANGED = "dictionary changed size during iteration"


def entry_type(me: ModuleEmitter, t: T.DictType) -> ll.LiteralStructType:
    return ll.LiteralStructType([I64, me.ll(t.key), me.ll(t.value)])


def esize(me: ModuleEmitter, t: T.DictType) -> ll.Constant:
    return ll.Constant(I64, sizeof(entry_type(me, t)))


def _field(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, entry: ll.Value, i: int) -> ll.Value:
    return b.gep(entry, [ll.Constant(I32, 0), ll.Constant(I32, i)], source_etype=entry_type(me, t))


def key_ptr(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, entry: ll.Value) -> ll.Value:
    return _field(me, b, t, entry, 1)


def value_ptr(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, entry: ll.Value) -> ll.Value:
    return _field(me, b, t, entry, 2)


def header(b: ll.IRBuilder, d: ll.Value, i: int) -> ll.Value:
    return b.load(b.gep(d, [ll.Constant(I32, i)], source_etype=I64), typ=I64)


def hash_of(me: ModuleEmitter, b: ll.IRBuilder, t: T.Type, k: ll.Value) -> ll.Value:
    mix = me.rt("ember_hash_i64")
    match t:
        case T.IntType(bits=bits, signed=s):
            return b.call(mix, [k if bits == 64 else (b.sext(k, I64) if s else b.zext(k, I64))])
        case T.BoolType():
            return b.call(mix, [b.zext(k, I64)])
        case T.FloatType(bits=bits):
            x = k if bits == 64 else b.fpext(k, F64)
            x = b.select(b.fcmp_ordered("==", x, ll.Constant(F64, 0.0)), ll.Constant(F64, 0.0), x)  # -0.0 == 0.0
            return b.call(mix, [b.bitcast(x, I64)])
        case T.StrType():
            return b.call(me.rt("ember_hash_str"), [k])
        case T.ListType(kind="tuple") | T.StructType() if isinstance(t, T.ListType) or t.name in me.hashes:
            from ember.codegen.emit.sets import py_hash  # a tuple of any length; an object hashed by its `__hash__`

            return b.call(mix, [py_hash(me, b, t, k)])
        case T.StructType(name=n):  # a frozen dataclass: as the tuple of its fields
            return hash_of(me, b, T.TupleType(tuple(ft for _, ft in me.structs[n])), k)
        case T.TupleType(elems=els):
            h: ll.Value = ll.Constant(I64, 0x345678)
            for i, et in enumerate(els):
                h = b.call(mix, [b.xor(b.mul(h, ll.Constant(I64, 1000003)), hash_of(me, b, et, b.extract_value(k, i)))])
            return h
        case _:
            raise AssertionError(f"no hash for {t}")


def _key_args(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value, k: ll.Value) -> list[ll.Value]:
    """(d, esize, hash, &key, eq): the arguments every runtime lookup takes."""
    tmp = alloca(b, me.ll(t.key))
    b.store(k, tmp)
    return [d, esize(me, t), hash_of(me, b, t.key, k), tmp, values.eq_fn(me, t.key)]


def find(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value, k: ll.Value) -> ll.Value:
    """The entry of key `k`, or null."""
    return b.call(_find_fn(me, t), [d, hash_of(me, b, t.key, k), k])


def _find_fn(me: ModuleEmitter, t: T.DictType) -> ll.Function:
    """rt.c's probe (dict_probe) for one key type, with the key compared inline rather
    than through a function pointer: a small internal function LLVM inlines into loops."""
    def body(b: ll.IRBuilder, fn: ll.Function) -> None:
        d, h, k = fn.args
        index = b.load(b.gep(d, [ll.Constant(I32, _INDEX)], source_etype=I64), typ=PTR)
        with b.if_then(b.icmp_unsigned("==", index, NULL), likely=False):
            b.ret(NULL)
        mask = header(b, d, _MASK)
        entries = b.load(b.gep(d, [ll.Constant(I32, _ENTRIES)], source_etype=I64), typ=PTR)
        j0 = b.and_(h, mask)
        start = b.block
        loop, check, step = (fn.append_basic_block(x) for x in ("probe", "check", "step"))
        b.branch(loop)
        b.position_at_end(loop)
        j = b.phi(I64)
        j.add_incoming(j0, start)
        at = b.load(b.gep(index, [j], source_etype=I64), typ=I64)
        with b.if_then(b.icmp_signed("==", at, ll.Constant(I64, -1)), likely=False):  # DICT_EMPTY: not there
            b.ret(NULL)
        b.cbranch(b.icmp_signed("<", at, ZERO), step, check)  # DICT_GONE: a deleted entry's slot
        b.position_at_end(check)
        e = b.gep(entries, [at], source_etype=entry_type(me, t))
        with b.if_then(b.icmp_unsigned("==", b.load(e, typ=I64), h)):
            with b.if_then(values.eq(me, b, t.key, b.load(key_ptr(me, b, t, e), typ=me.ll(t.key)), k)):
                b.ret(e)
        b.branch(step)
        b.position_at_end(step)
        j.add_incoming(b.and_(b.add(j, ONE), mask), step)
        b.branch(loop)
    return _helper(me, "find", t, PTR, [PTR, I64, me.ll(t.key)], body)


def key_repr(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, k: ll.Value) -> ll.Value:
    """A new str: the key's repr, KeyError's message."""
    buf = b.call(me.rt("ember_buf_new"), [])
    values.write(me, b, buf, t.key, k, True)
    return b.call(me.rt("ember_buf_finish"), [buf])


def key_error(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, k: ll.Value, span: Span) -> None:
    """Python's `KeyError: 'x'` (the key's repr), a fault (LANGUAGE.md §9)."""
    s = key_repr(me, b, t, k)
    msg = b.gep(s, [ll.Constant(I64, 16)], source_etype=ll.IntType(8))
    b.call(me.rt("ember_fault"), [ll.Constant(I32, FAULT_KINDS["KeyError"]), msg] + me.location(b, span))
    b.unreachable()


def found(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value, k: ll.Value, span: Span) -> ll.Value:
    """The address of `d[k]`'s value; a KeyError fault when `k` is missing."""
    e = find(me, b, t, d, k)
    me.check(b, b.icmp_unsigned("!=", e, NULL), lambda bb: key_error(me, bb, t, k, span))
    return value_ptr(me, b, t, e)


def slot(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value, k: ll.Value) -> tuple[ll.Value, ll.Value]:
    """The entry of `k`, inserted (a copy of the key, the empty value) if missing; and
    whether it was."""
    fresh = alloca(b, I32)
    b.store(ll.Constant(I32, 0), fresh)
    there = find(me, b, t, d, k)  # the common case inline; the runtime inserts
    e = alloca(b, PTR)
    b.store(there, e)
    with b.if_then(b.icmp_unsigned("==", there, NULL)):
        b.store(b.call(me.rt("ember_dict_slot"), _key_args(me, b, t, d, k) + [fresh]), e)
    e = b.load(e, typ=PTR)
    new = b.icmp_unsigned("!=", b.load(fresh, typ=I32), ll.Constant(I32, 0))
    with b.if_then(new):
        b.store(values.copy(me, b, t.key, k), key_ptr(me, b, t, e))
        b.store(ll.Constant(me.ll(t.value), None), value_ptr(me, b, t, e))
    return e, new


def defaulted(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value, k: ll.Value) -> ll.Value:
    """The entry of `k` in a defaultdict, made with its factory's empty value if missing."""
    e, new = slot(me, b, t, d, k)
    with b.if_then(new):
        b.store(values.empty(me, b, t.value), value_ptr(me, b, t, e))
    return e


def store(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value, k: ll.Value, v: ll.Value) -> None:
    """`d[k] = v`, taking `v`; the value it replaces is destroyed."""
    e, _ = slot(me, b, t, d, k)
    at = value_ptr(me, b, t, e)
    if me.owns(t.value):
        values.drop(me, b, t.value, b.load(at, typ=me.ll(t.value)))
    b.store(v, at)


def entry_drop_fn(me: ModuleEmitter, t: T.DictType) -> ll.Value:
    if not (me.owns(t.key) or me.owns(t.value)):
        return NULL

    def body(b: ll.IRBuilder, fn: ll.Function) -> None:
        for part, pt in ((1, t.key), (2, t.value)):
            if me.owns(pt):
                values.drop(me, b, pt, b.load(_field(me, b, t, fn.args[0], part), typ=me.ll(pt)))
        b.ret_void()
    return me.helper("drop.entry." + T.type_key(t), ll.VoidType(), [PTR], body)


def entry_copy_fn(me: ModuleEmitter, t: T.DictType) -> ll.Value:
    if not (me.owns(t.key) or me.owns(t.value)):
        return NULL

    def body(b: ll.IRBuilder, fn: ll.Function) -> None:
        dst, src = fn.args
        b.store(b.load(_field(me, b, t, src, 0), typ=I64), _field(me, b, t, dst, 0))
        for part, pt in ((1, t.key), (2, t.value)):
            v = b.load(_field(me, b, t, src, part), typ=me.ll(pt))
            b.store(values.copy(me, b, pt, v), _field(me, b, t, dst, part))
        b.ret_void()
    return me.helper("copy.entry." + T.type_key(t), ll.VoidType(), [PTR, PTR], body)


def drop(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value) -> None:
    b.call(me.rt("ember_dict_drop"), [d, esize(me, t), entry_drop_fn(me, t)])


def copy(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value) -> ll.Value:
    return b.call(me.rt("ember_dict_copy"), [d, esize(me, t), entry_copy_fn(me, t)])


def each_entry(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value, body) -> None:  # noqa: ANN001
    """body(entry, i) for each live entry of `d`, in insertion order (i counts live ones)."""
    from ember.codegen.emit.intrinsics import count_loop

    live = alloca(b, I64)
    b.store(ZERO, live)

    def visit(i: ll.Value) -> None:
        e = b.call(me.rt("ember_dict_entry"), [d, esize(me, t), i])
        with b.if_then(b.icmp_unsigned("!=", e, NULL)):
            n = b.load(live, typ=I64)
            body(e, n)
            b.store(b.add(n, ONE), live)
    count_loop(b, ZERO, header(b, d, _USED), visit)


def _helper(me: ModuleEmitter, name: str, t: T.DictType, ret: ll.Type, args: list[ll.Type], body) -> ll.Function:  # noqa: ANN001
    return me.helper(f"dict.{name}.{T.type_key(t)}", ret, args, body)


def write(me: ModuleEmitter, b: ll.IRBuilder, buf: ll.Value, t: T.DictType, d: ll.Value) -> None:
    """`{k: v, ...}` with keys and values by repr, as Python prints a dict."""
    if t.default == "Counter":
        _write_counter(me, b, buf, t, d)
        return

    def body(bb: ll.IRBuilder, fn: ll.Function) -> None:
        out, dd = fn.args
        if t.default:
            values.lit(me, bb, out, f"defaultdict(<class '{t.default}'>, ")
        values.lit(me, bb, out, "{")

        each_entry(me, bb, t, dd, lambda e, n: _write_entry(me, bb, out, t, e, n))
        values.lit(me, bb, out, "})" if t.default else "}")
        bb.ret_void()
    b.call(_helper(me, "write", t, ll.VoidType(), [PTR, PTR], body), [buf, d])


def _write_entry(me: ModuleEmitter, b: ll.IRBuilder, out: ll.Value, t: T.DictType, e: ll.Value, n: ll.Value) -> None:
    """`k: v` of the entry `e` by repr, after ", " unless it is the first (`n` 0)."""
    with b.if_then(b.icmp_unsigned("!=", n, ZERO)):
        values.lit(me, b, out, ", ")
    values.write(me, b, out, t.key, b.load(key_ptr(me, b, t, e), typ=me.ll(t.key)), True)
    values.lit(me, b, out, ": ")
    values.write(me, b, out, t.value, b.load(value_ptr(me, b, t, e), typ=me.ll(t.value)), True)


def _write_counter(me: ModuleEmitter, b: ll.IRBuilder, buf: ll.Value, t: T.DictType, d: ll.Value) -> None:
    """`Counter({'a': 2, 'b': 1})`, by count (rt.c ember_dict_by_count), or `Counter()`."""
    from ember.codegen.emit.intrinsics import count_loop

    def body(bb: ll.IRBuilder, fn: ll.Function) -> None:
        out, dd = fn.args
        n = header(bb, dd, _LEN)
        with bb.if_then(bb.icmp_signed("==", n, ZERO)):
            values.lit(me, bb, out, "Counter()")
            bb.ret_void()
        voff = ll.Constant(I64, esize(me, t).constant - 8)  # {i64 hash, K, i64 count}: the count is last
        order = bb.call(me.rt("ember_dict_by_count"), [dd, esize(me, t), voff])
        values.lit(me, bb, out, "Counter({")
        count_loop(bb, ZERO, n, lambda i: _write_entry(me, bb, out, t, bb.load(bb.gep(order, [i], source_etype=PTR), typ=PTR), i))
        bb.call(me.rt("ember_free"), [order])
        values.lit(me, bb, out, "})")
        bb.ret_void()
    b.call(_helper(me, "write", t, ll.VoidType(), [PTR, PTR], body), [buf, d])


def eq(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, x: ll.Value, y: ll.Value) -> ll.Value:
    """Equal lengths, and every key of `x` in `y` with an equal value (order aside)."""
    def body(bb: ll.IRBuilder, fn: ll.Function) -> None:
        a, c = fn.args
        with bb.if_then(bb.icmp_signed("!=", header(bb, a, _LEN), header(bb, c, _LEN))):
            bb.ret(ll.Constant(I1, 0))

        def item(e: ll.Value, _n: ll.Value) -> None:
            h = bb.load(e, typ=I64)
            other = bb.call(me.rt("ember_dict_find"), [c, esize(me, t), h, key_ptr(me, bb, t, e), values.eq_fn(me, t.key)])
            with bb.if_then(bb.icmp_unsigned("==", other, NULL)):
                bb.ret(ll.Constant(I1, 0))
            vt = me.ll(t.value)
            same = values.eq(me, bb, t.value, bb.load(value_ptr(me, bb, t, e), typ=vt), bb.load(value_ptr(me, bb, t, other), typ=vt))
            with bb.if_then(bb.not_(same)):
                bb.ret(ll.Constant(I1, 0))
        each_entry(me, bb, t, a, item)
        bb.ret(ll.Constant(I1, 1))
    return b.call(_helper(me, "eq", t, I1, [PTR, PTR], body), [x, y])


def _listed(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value, what: str, el: T.Type) -> ll.Value:
    """A new list of copies of the keys, values or (key, value) items."""
    def body(bb: ll.IRBuilder, fn: ll.Function) -> None:
        dd = fn.args[0]
        lst = bb.call(me.rt("ember_list_new"), [me.esize(el), header(bb, dd, _LEN)])

        def item(e: ll.Value, _n: ll.Value) -> None:  # copies of only the parts taken (a dropped copy would leak)
            def part(pt: T.Type, at: ll.Value) -> ll.Value:
                return values.copy(me, bb, pt, bb.load(at, typ=me.ll(pt)))
            if what == "keys":
                x = part(t.key, key_ptr(me, bb, t, e))
            elif what == "values":
                x = part(t.value, value_ptr(me, bb, t, e))
            else:
                x = bb.insert_value(bb.insert_value(ll.Constant(me.ll(el), None), part(t.key, key_ptr(me, bb, t, e)), 0),
                                    part(t.value, value_ptr(me, bb, t, e)), 1)
            bb.store(x, values.push_slot(me, bb, lst, el))
        each_entry(me, bb, t, dd, item)
        bb.ret(lst)
    return b.call(_helper(me, what, t, PTR, [PTR], body), [d])


def _add_all(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value, src: ll.Value, from_list: bool) -> None:
    """`d[k] = v` for copies of the entries of the dict `src` (or of the list of pairs)."""
    def body(bb: ll.IRBuilder, fn: ll.Function) -> None:
        dd, s = fn.args
        kt, vt = me.ll(t.key), me.ll(t.value)
        if from_list:
            from ember.codegen.emit.intrinsics import count_loop

            pair = T.TupleType((t.key, t.value))

            def per(i: ll.Value) -> None:
                p = bb.load(values.elem_ptr(me, bb, s, pair, i), typ=me.ll(pair))
                store(me, bb, t, dd, bb.extract_value(p, 0), values.copy(me, bb, t.value, bb.extract_value(p, 1)))
            count_loop(bb, ZERO, bb.load(s, typ=I64), per)
        else:
            each_entry(me, bb, t, s, lambda e, _n: store(
                me, bb, t, dd, bb.load(key_ptr(me, bb, t, e), typ=kt),
                values.copy(me, bb, t.value, bb.load(value_ptr(me, bb, t, e), typ=vt))))
        bb.ret_void()
    b.call(_helper(me, "add_list" if from_list else "add_dict", t, ll.VoidType(), [PTR, PTR], body), [d, src])


def _count(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value, xs: ll.Value) -> None:
    """`d[x] += 1` for each item of the list `xs`, in order (a Counter's counting)."""
    from ember.codegen.emit.intrinsics import count_loop

    def body(bb: ll.IRBuilder, fn: ll.Function) -> None:
        dd, lst = fn.args

        def per(i: ll.Value) -> None:
            at = value_ptr(me, bb, t, slot(me, bb, t, dd, bb.load(values.elem_ptr(me, bb, lst, t.key, i), typ=me.ll(t.key)))[0])
            bb.store(bb.add(bb.load(at, typ=I64), ONE), at)
        count_loop(bb, ZERO, bb.load(lst, typ=I64), per)
        bb.ret_void()
    b.call(_helper(me, "count", t, ll.VoidType(), [PTR, PTR], body), [d, xs])


def counted(me: ModuleEmitter, b: ll.IRBuilder, t: T.DictType, d: ll.Value, k: ll.Value) -> ll.Value:
    """The address of a Counter's count of `k`: 0 (a slot of its own) when missing,
    without making the entry."""
    e = find(me, b, t, d, k)
    zero = alloca(b, I64)
    b.store(ZERO, zero)
    return b.select(b.icmp_unsigned("!=", e, NULL), value_ptr(me, b, t, e), zero)


def iter_check(fe: FnEmitter, d: ll.Value, n: ll.Value, span: Span) -> None:
    """The loop's dict still has the entries it started with (no insert, no delete)."""
    b, me = fe.b, fe.me
    same = b.and_(b.icmp_signed("==", header(b, d, _USED), n), b.icmp_signed("==", header(b, d, _LEN), n))
    me.check(b, same, lambda bb: me.fault(bb, "RuntimeError", CHANGED, span))


def emit(fe: FnEmitter, rv: ir.Intrinsic, ts: list[T.Type], args: list[ll.Value], dest: T.Type) -> ll.Value:
    b, me = fe.b, fe.me
    name = rv.name
    t = dest if name in ("dict.new", "dict.from_items", "dict.count_new") else ts[0]
    assert isinstance(t, T.DictType)
    vt = me.ll(t.value)
    match name:
        case "dict.new":
            return b.call(me.rt("ember_dict_new"), [esize(me, t), ll.Constant(I64, rv.extra[0] if rv.extra else 0)])
        case "dict.from_items":
            d = b.call(me.rt("ember_dict_new"), [esize(me, t), b.load(args[0], typ=I64)])
            _add_all(me, b, t, d, args[0], True)
            return d
        case "dict.set":
            store(me, b, t, args[0], args[1], args[2])
            return ll.Constant(I1, 0)
        case "dict.count_new":  # Counter(xs)
            d = b.call(me.rt("ember_dict_new"), [esize(me, t), ZERO])
            _count(me, b, t, d, args[0])
            return d
        case "dict.count":  # c.update(xs)
            _count(me, b, t, args[0], args[1])
            return ll.Constant(I1, 0)
        case "dict.at":  # a copy of d[k]
            return values.copy(me, b, t.value, b.load(found(me, b, t, args[0], args[1], rv.span), typ=vt))
        case "dict.key_error":  # a raised KeyError (a `try` catches it)
            from ember.types.errors import KINDS

            # a str key is the message itself (a KeyError shows it by repr); another key's
            # repr is (so `print(e)` shows `'3'` where Python shows `3`)
            msg = values.copy(me, b, T.STR, args[1]) if t.key == T.STR else key_repr(me, b, t, args[1])
            return b.call(me.rt("ember_err_new"), [ll.Constant(I32, KINDS["KeyError"]), msg])
        case "dict.contains":
            return b.icmp_unsigned("!=", find(me, b, t, args[0], args[1]), NULL)
        case "dict.get":
            e = find(me, b, t, args[0], args[1])
            at = b.select(b.icmp_unsigned("!=", e, NULL), value_ptr(me, b, t, e), _spill(b, vt, args[2]))
            return values.copy(me, b, t.value, b.load(at, typ=vt))
        case "dict.setdefault":  # the entry of the key, made with a copy of the default (mir/build/dicts.py reads it)
            e, new = slot(me, b, t, args[0], args[1])
            with b.if_then(new):
                b.store(values.copy(me, b, t.value, args[2]), value_ptr(me, b, t, e))
            return ll.Constant(I1, 0)
        case "dict.pop":
            out = alloca(b, entry_type(me, t))
            ok = b.call(me.rt("ember_dict_remove"), _key_args(me, b, t, args[0], args[1]) + [out])
            hit = b.icmp_unsigned("!=", ok, ll.Constant(I32, 0))
            if len(args) == 2:
                me.check(b, hit, lambda bb: key_error(me, bb, t, args[1], rv.span))
            elif me.owns(t.value):  # the default's copy where the key was missing
                with b.if_then(b.not_(hit)):
                    b.store(values.copy(me, b, t.value, args[2]), value_ptr(me, b, t, out))
            else:
                with b.if_then(b.not_(hit)):
                    b.store(args[2], value_ptr(me, b, t, out))
            if me.owns(t.key):
                with b.if_then(hit):
                    values.drop(me, b, t.key, b.load(key_ptr(me, b, t, out), typ=me.ll(t.key)))
            return b.load(value_ptr(me, b, t, out), typ=vt)
        case "dict.clear":
            b.call(me.rt("ember_dict_clear"), [args[0], esize(me, t), entry_drop_fn(me, t)])
            return ll.Constant(I1, 0)
        case "dict.update":
            _add_all(me, b, t, args[0], args[1], False)
            return ll.Constant(I1, 0)
        case "dict.keys" | "dict.values" | "dict.items":
            assert isinstance(dest, T.ListType)
            return _listed(me, b, t, args[0], name[5:], dest.elem)
        case "dict.iter_start":  # deleted entries squeezed out: entry k is the k-th live one
            d = args[0]
            n = header(b, d, _LEN)
            with b.if_then(b.icmp_signed("!=", n, header(b, d, _USED)), likely=False):
                b.call(me.rt("ember_dict_reserve"), [d, esize(me, t), n])
            return n
        case "dict.iter_len":  # the count the loop started with, if it still holds
            iter_check(fe, args[0], args[1], rv.span)
            return args[1]
        case "dict.key_at" | "dict.value_at":
            d, k = args
            entries = b.load(b.gep(d, [ll.Constant(I32, _ENTRIES)], source_etype=I64), typ=PTR)
            e = b.gep(entries, [k], source_etype=entry_type(me, t))
            if name == "dict.key_at":
                return b.load(key_ptr(me, b, t, e), typ=me.ll(t.key))
            return b.load(value_ptr(me, b, t, e), typ=vt)
        case _:
            raise AssertionError(f"unknown dict intrinsic {name}")


def _spill(b: ll.IRBuilder, ty: ll.Type, v: ll.Value) -> ll.Value:
    tmp = alloca(b, ty)
    b.store(v, tmp)
    return tmp


def alloca(b: ll.IRBuilder, ty: ll.Type) -> ll.Value:
    """A stack slot in the function's entry block: a lookup in a loop must not grow the stack."""
    with b.goto_block(b.function.entry_basic_block):
        slot = b.alloca(ty)
    slot.type = PTR  # opaque, as FnEmitter's slots: llvmlite gives a GEP its base's type
    return slot
