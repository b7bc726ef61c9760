"""Per-type operations on values: destroy, deep copy, ==, <, and printing."""
from __future__ import annotations

from llvmlite import ir as ll

from ember.codegen.emit.module import ModuleEmitter, symbol
from ember.codegen.emit.types import I1, I8, I32, I64, PTR
from ember.types import types as T

NULL = ll.Constant(PTR, None)


def _fields(me: ModuleEmitter, t: T.Type) -> list[T.Type]:
    if isinstance(t, T.TupleType):
        return list(t.elems)
    assert isinstance(t, T.StructType)
    return [ft for _, ft in me.structs[t.name]]


def elem_ptr(me: ModuleEmitter, b: ll.IRBuilder, lst: ll.Value, elem: T.Type, i: ll.Value) -> ll.Value:
    """The address of element `i` of the list `lst` (no bounds check)."""
    data = me.tag(b.load(b.gep(lst, [ll.Constant(I32, 2)], source_etype=PTR), typ=PTR), "list.data")
    return b.gep(data, [i], source_etype=me.ll(elem))


def constant(me: ModuleEmitter, v: object, t: T.Type) -> ll.Value:
    """A MIR constant: a scalar, a string, or a compile-time table (a tuple per array or tuple)."""
    match t:
        case T.StrType():
            return me.static_str(str(v))
        case T.NoneType():
            return ll.Constant(I8, 0)
        case T.BoolType():
            return ll.Constant(I1, int(bool(v)))
        case T.FloatType():
            return ll.Constant(me.ll(t), float(v))  # type: ignore[arg-type]
        case T.IntType(bits=bits):
            iv = int(v)  # type: ignore[call-overload]
            return ll.Constant(ll.IntType(bits), iv & ((1 << bits) - 1))
        case T.ArrayType(elem=el) if v is not None:  # a compile-time table (§7)
            return ll.Constant(me.ll(t), [constant(me, x, el) for x in v])  # type: ignore[attr-defined]
        case T.TupleType(elems=els) if v is not None:
            return ll.Constant(me.ll(t), [constant(me, x, et) for x, et in zip(v, els)])  # type: ignore[call-overload]
        case _:
            return ll.Constant(me.ll(t), None)


def push_slot(me: ModuleEmitter, b: ll.IRBuilder, lst: ll.Value, elem: T.Type, grow: bool = True) -> ll.Value:
    """The address of a new last element of `lst` (append): a compare and a bump of
    the length inline, the runtime only when the storage must grow (doubling, so
    amortized O(1)); `grow=False` where the room is known to be there. Emitted here
    rather than inlined from the runtime so the header accesses carry Ember's alias
    tags (ModuleEmitter.tag): in a loop, LLVM then keeps the other lists' fields in
    registers across the element stores."""
    n = me.tag(b.load(lst, typ=I64), "list.len")
    if not grow:
        me.tag(b.store(b.add(n, ll.Constant(I64, 1)), lst), "list.len")
        return elem_ptr(me, b, lst, elem, n)
    cap = me.tag(b.load(b.gep(lst, [ll.Constant(I32, 1)], source_etype=I64), typ=I64), "list.cap")
    with b.if_then(b.icmp_signed(">=", n, cap), likely=False):  # >=: a foreign (NumPy) list's cap is negative: the runtime faults
        two = b.shl(cap, ll.Constant(I64, 1))
        newcap = b.select(b.icmp_signed("<", two, ll.Constant(I64, 4)), ll.Constant(I64, 4), two)
        need = b.add(n, ll.Constant(I64, 1))  # (2 cap overflowed: the runtime faults on the size)
        newcap = b.select(b.icmp_signed("<", newcap, need), need, newcap)
        b.call(me.rt("ember_list_reserve"), [lst, me.esize(elem), newcap])
    me.tag(b.store(b.add(n, ll.Constant(I64, 1)), lst), "list.len")
    return elem_ptr(me, b, lst, elem, n)


def empty(me: ModuleEmitter, b: ll.IRBuilder, t: T.Type) -> ll.Value:
    """A new empty value of `t` (what `T()` makes in Python: 0, "", [], an empty set or
    dict; zero bits for other types): a declaration without a value, a defaultdict's
    missing entry."""
    match t:
        case T.ListType(elem=el):
            return b.call(me.rt("ember_list_new"), [me.esize(el), ll.Constant(I64, 0)])
        case T.StrType():
            return me.static_str("")
        case T.SetType():
            from ember.codegen.emit import sets

            return b.call(me.rt("ember_set_new"), [sets.esize(me, t)])
        case T.DictType():
            from ember.codegen.emit import dicts

            return b.call(me.rt("ember_dict_new"), [dicts.esize(me, t), ll.Constant(I64, 0)])
        case _:
            return ll.Constant(me.ll(t), None)


def drop(me: ModuleEmitter, b: ll.IRBuilder, t: T.Type, v: ll.Value) -> None:
    match t:
        case T.StrType():
            b.call(me.rt("ember_str_free"), [v])
        case T.BufType():
            b.call(me.rt("ember_buf_free"), [v])
        case T.ExcType():
            b.call(me.rt("ember_err_free"), [v])
        case T.FileType():
            b.call(me.rt("ember_io_file_drop"), [v])
        case T.ListType(elem=el):
            b.call(me.rt("ember_list_drop"), [v, me.esize(el), drop_fn(me, el)])
        case T.DictType():
            from ember.codegen.emit import dicts

            dicts.drop(me, b, t, v)
        case T.SetType():
            from ember.codegen.emit import sets

            sets.drop(me, b, t, v)
        case T.StructType(name=n) if n in me.dtors:  # `__del__` drops the fields when done
            live = b.icmp_unsigned("!=", b.extract_value(v, len(_fields(me, t))), ll.Constant(I8, 0))
            with b.if_then(live):
                b.call(me.module.globals[symbol(n + ".__del__")], [v])
        case T.ArrayType(elem=el):
            _each(me, b, "drop", t, v, lambda bb, x: (drop(me, bb, el, x), None)[1])
        case T.OptionalType(elem=el):  # a None's payload is zero: dropping it is a no-op
            drop(me, b, el, b.extract_value(v, 1))
        case T.TupleType() | T.StructType():
            drop_fields(me, b, t, v)
        case _:
            pass


def drop_fields(me: ModuleEmitter, b: ll.IRBuilder, t: T.Type, v: ll.Value) -> None:
    """The fields of a tuple or struct, in declaration order (also what ends `__del__`)."""
    for i, ft in enumerate(_fields(me, t)):
        if me.owns(ft):
            drop(me, b, ft, b.extract_value(v, i))


def copy(me: ModuleEmitter, b: ll.IRBuilder, t: T.Type, v: ll.Value) -> ll.Value:
    match t:
        case T.StrType():
            return b.call(me.rt("ember_str_dup"), [v])
        case T.ExcType():
            return b.call(me.rt("ember_err_dup"), [v])
        case T.ListType(elem=el):
            return b.call(me.rt("ember_list_copy"), [v, me.esize(el), copy_fn(me, el)])
        case T.DictType():
            from ember.codegen.emit import dicts

            return dicts.copy(me, b, t, v)
        case T.SetType():
            from ember.codegen.emit import sets

            return sets.copy(me, b, t, v)
        case T.ArrayType(elem=el):
            return _each(me, b, "copy", t, v, lambda bb, x: copy(me, bb, el, x))
        case T.OptionalType(elem=el) if me.owns(el):  # only a present payload is copied
            before = b.block
            with b.if_then(b.extract_value(v, 0)):
                inside = b.block
                copied = b.insert_value(v, copy(me, b, el, b.extract_value(v, 1)), 1)
                inside = b.block
            phi = b.phi(me.ll(t))
            phi.add_incoming(v, before)
            phi.add_incoming(copied, inside)
            return phi
        case T.TupleType() | T.StructType():
            out = v
            for i, ft in enumerate(_fields(me, t)):
                if me.owns(ft):
                    out = b.insert_value(out, copy(me, b, ft, b.extract_value(v, i)), i)
            return out
        case _:
            return v


def drop_fn(me: ModuleEmitter, t: T.Type) -> ll.Value:
    if not me.owns(t):
        return NULL

    def body(b: ll.IRBuilder, fn: ll.Function) -> None:
        drop(me, b, t, b.load(fn.args[0], typ=me.ll(t)))
        b.ret_void()
    return me.helper("drop." + T.type_key(t), ll.VoidType(), [PTR], body)


def copy_fn(me: ModuleEmitter, t: T.Type) -> ll.Value:
    if not me.owns(t):
        return NULL

    def body(b: ll.IRBuilder, fn: ll.Function) -> None:
        b.store(copy(me, b, t, b.load(fn.args[1], typ=me.ll(t))), fn.args[0])
        b.ret_void()
    return me.helper("copy." + T.type_key(t), ll.VoidType(), [PTR, PTR], body)


def eq(me: ModuleEmitter, b: ll.IRBuilder, t: T.Type, x: ll.Value, y: ll.Value) -> ll.Value:
    match t:
        case T.IntType() | T.BoolType():
            return b.icmp_signed("==", x, y)
        case T.FloatType():
            return b.fcmp_ordered("==", x, y)
        case T.NumberType():
            from ember.codegen.emit import numbers

            return numbers.compare(b, "==", x, y)
        case T.StrType():
            return b.trunc(b.call(me.rt("ember_str_eq"), [x, y]), I1)
        case T.ListType(elem=el):
            return b.trunc(b.call(me.rt("ember_list_eq"), [x, y, me.esize(el), eq_fn(me, el)]), I1)
        case T.DictType():
            from ember.codegen.emit import dicts

            return dicts.eq(me, b, t, x, y)
        case T.SetType():
            from ember.codegen.emit import sets

            return sets.eq(me, b, t, x, y)
        case T.NoneType():
            return ll.Constant(I1, 1)
        case T.OptionalType(elem=el):  # both None, or both values and equal
            fn = me.helper("eq." + T.type_key(t), I1, [me.ll(t), me.ll(t)], lambda bb, f: _optional_eq(me, bb, f, el))
            return b.call(fn, [x, y])
        case T.SIMDType():
            from ember.codegen.emit.simd import all_equal

            return all_equal(me, b, t, x, y)
        case T.StructType(name=n) if n in me.hashes:  # its `__eq__`, as Python's sets and dicts call it
            return b.call(me.module.globals[symbol(me.hashes[n][1])], [x, y])
        case T.TupleType() | T.StructType():
            acc: ll.Value = ll.Constant(I1, 1)
            for i, ft in enumerate(_fields(me, t)):
                acc = b.and_(acc, eq(me, b, ft, b.extract_value(x, i), b.extract_value(y, i)))
            return acc
        case _:
            raise AssertionError(f"no == for {t}")


def _optional_eq(me: ModuleEmitter, b: ll.IRBuilder, fn: ll.Function, el: T.Type) -> None:
    x, y = fn.args
    fx, fy = b.extract_value(x, 0), b.extract_value(y, 0)
    with b.if_then(b.icmp_unsigned("!=", fx, fy)):
        b.ret(ll.Constant(I1, 0))
    with b.if_then(b.not_(fx)):
        b.ret(ll.Constant(I1, 1))
    b.ret(eq(me, b, el, b.extract_value(x, 1), b.extract_value(y, 1)))


def lt(me: ModuleEmitter, b: ll.IRBuilder, t: T.Type, x: ll.Value, y: ll.Value) -> ll.Value:
    match t:
        case T.IntType(signed=s):
            return b.icmp_signed("<", x, y) if s else b.icmp_unsigned("<", x, y)
        case T.BoolType():
            return b.icmp_unsigned("<", x, y)
        case T.FloatType():
            return b.fcmp_ordered("<", x, y)
        case T.NumberType():
            from ember.codegen.emit import numbers

            return numbers.compare(b, "<", x, y)
        case T.StrType():
            return b.icmp_signed("<", b.call(me.rt("ember_str_cmp"), [x, y]), ll.Constant(I32, 0))
        case T.ListType(elem=el):
            return b.trunc(b.call(me.rt("ember_list_lt"), [x, y, me.esize(el), eq_fn(me, el), lt_fn(me, el)]), I1)
        case T.TupleType(elems=els):
            # lexicographic: the first unequal element decides
            fn = me.helper("lt.tuple." + T.type_key(t), I1, [me.ll(t), me.ll(t)], lambda bb, f: _tuple_lt(me, bb, f, els))
            return b.call(fn, [x, y])
        case T.StructType(name=n) if n in me.orders:  # its `__lt__`, as Python's sorts and containers call it
            return b.call(me.module.globals[symbol(me.orders[n])], [x, y])
        case _:
            raise AssertionError(f"no < for {t}")


def _tuple_lt(me: ModuleEmitter, b: ll.IRBuilder, fn: ll.Function, els: tuple[T.Type, ...]) -> None:
    x, y = fn.args
    for i, et in enumerate(els):
        a, c = b.extract_value(x, i), b.extract_value(y, i)
        with b.if_then(lt(me, b, et, a, c)):
            b.ret(ll.Constant(I1, 1))
        with b.if_then(lt(me, b, et, c, a)):
            b.ret(ll.Constant(I1, 0))
    b.ret(ll.Constant(I1, 0))


def eq_fn(me: ModuleEmitter, t: T.Type) -> ll.Value:
    def body(b: ll.IRBuilder, fn: ll.Function) -> None:
        ty = me.ll(t)
        b.ret(b.zext(eq(me, b, t, b.load(fn.args[0], typ=ty), b.load(fn.args[1], typ=ty)), I32))
    return me.helper("eq." + T.type_key(t), I32, [PTR, PTR], body)


def lt_fn(me: ModuleEmitter, t: T.Type) -> ll.Value:
    def body(b: ll.IRBuilder, fn: ll.Function) -> None:
        ty = me.ll(t)
        b.ret(b.zext(lt(me, b, t, b.load(fn.args[0], typ=ty), b.load(fn.args[1], typ=ty)), I32))
    return me.helper("lt." + T.type_key(t), I32, [PTR, PTR], body)


def lit(me: ModuleEmitter, b: ll.IRBuilder, buf: ll.Value, text: str) -> None:
    b.call(me.rt("ember_buf_bytes"), [buf, me.cstr(text), ll.Constant(I64, len(text.encode()))])


def write(me: ModuleEmitter, b: ll.IRBuilder, buf: ll.Value, t: T.Type, v: ll.Value, as_repr: bool) -> None:
    """Append str(v) (or repr(v)) to the buffer, exactly as Python would print it."""
    match t:
        case T.IntType(bits=bits, signed=s):
            if s:
                b.call(me.rt("ember_buf_i64"), [buf, v if bits == 64 else b.sext(v, I64)])
            else:
                b.call(me.rt("ember_buf_u64"), [buf, v if bits == 64 else b.zext(v, I64)])
        case T.FloatType(bits=bits):
            b.call(me.rt("ember_buf_f64" if bits == 64 else "ember_buf_f32"), [buf, v])
        case T.NumberType():
            from ember.codegen.emit import numbers

            numbers.write(me, b, buf, v)
        case T.BoolType():
            b.call(me.rt("ember_buf_bool"), [buf, b.zext(v, I32)])
        case T.StrType():
            b.call(me.rt("ember_buf_str_repr" if as_repr else "ember_buf_str"), [buf, v])
        case T.NoneType():
            lit(me, b, buf, "None")
        case T.OptionalType(elem=el):
            with b.if_else(b.extract_value(v, 0)) as (then, other):
                with then:
                    write(me, b, buf, el, b.extract_value(v, 1), as_repr)
                with other:
                    lit(me, b, buf, "None")
        case T.ExcType():
            b.call(me.rt("ember_buf_err"), [buf, v, ll.Constant(I32, int(as_repr))])
        case T.ListType(elem=el, kind="tuple"):
            b.call(me.rt("ember_buf_tuple"), [buf, v, me.esize(el), repr_fn(me, el)])
        case T.ListType(elem=el, kind="deque"):
            lit(me, b, buf, "deque(")
            b.call(me.rt("ember_buf_list"), [buf, v, me.esize(el), repr_fn(me, el)])
            lit(me, b, buf, ")")
        case T.ListType(elem=el):
            b.call(me.rt("ember_buf_list"), [buf, v, me.esize(el), repr_fn(me, el)])
        case T.DictType():
            from ember.codegen.emit import dicts

            dicts.write(me, b, buf, t, v)
        case T.SetType():
            from ember.codegen.emit import sets

            sets.write(me, b, buf, t, v)
        case T.ArrayType(elem=el):
            lit(me, b, buf, "[")
            _each(me, b, "write", t, v, lambda bb, x, i, out: (_sep(me, bb, out, i), write(me, bb, out, el, x, True), None)[2],
                  extra=buf)
            lit(me, b, buf, "]")
        case T.SIMDType():
            from ember.codegen.emit import simd

            simd.write(me, b, buf, t, v)
        case T.ClassUnion(elems=els):  # the object present (sema/check/classes.py)
            for i, et in enumerate(els):
                part = b.extract_value(v, i)
                with b.if_then(b.extract_value(part, 0)):
                    write(me, b, buf, et.elem, b.extract_value(part, 1), as_repr)  # type: ignore[attr-defined]
        case T.TupleType(elems=els):
            lit(me, b, buf, "(")
            for i, et in enumerate(els):
                if i:
                    lit(me, b, buf, ", ")
                write(me, b, buf, et, b.extract_value(v, i), True)
            lit(me, b, buf, ",)" if len(els) == 1 else ")")
        case T.StructType(name=n) if n in me.reprs:  # its `__repr__`, as Python's containers show it
            text = b.call(me.module.globals[symbol(me.reprs[n])], [v])
            b.call(me.rt("ember_buf_str"), [buf, text])
            drop(me, b, T.STR, text)
        case T.StructType(name=n):
            lit(me, b, buf, t.short_name + "(")
            for i, (fname, ft) in enumerate(me.structs[n]):
                lit(me, b, buf, (", " if i else "") + fname + "=")
                write(me, b, buf, ft, b.extract_value(v, i), True)
            lit(me, b, buf, ")")
        case _:
            raise AssertionError(f"cannot print {t}")


def repr_fn(me: ModuleEmitter, t: T.Type) -> ll.Value:
    def body(b: ll.IRBuilder, fn: ll.Function) -> None:
        write(me, b, fn.args[0], t, b.load(fn.args[1], typ=me.ll(t)), True)
        b.ret_void()
    return me.helper("repr." + T.type_key(t), ll.VoidType(), [PTR, PTR], body)


def _sep(me: ModuleEmitter, b: ll.IRBuilder, buf: ll.Value, i: ll.Value) -> None:
    with b.if_then(b.icmp_unsigned("!=", i, ll.Constant(I64, 0))):
        lit(me, b, buf, ", ")


def _each(me: ModuleEmitter, b: ll.IRBuilder, what: str, t: T.ArrayType, v: ll.Value, per, extra=None):  # noqa: ANN001, ANN202
    """Apply `per` to each element of the fixed array `v` in a loop (a helper function per
    array type and operation, `what`); "copy" builds and returns the new array. `per`
    takes (builder, element) and, with `extra` (a buffer), also the index and the buffer."""
    aty, ety = me.ll(t), me.ll(t.elem)
    ret = aty if what == "copy" else ll.VoidType()

    def body(bb: ll.IRBuilder, fn: ll.Function) -> None:
        src, dst = fn.args[0], fn.args[1]
        head, loop, done = (fn.append_basic_block(x) for x in ("head", "loop", "done"))
        entry = bb.block
        bb.branch(head)
        bb.position_at_end(head)
        i = bb.phi(I64)
        i.add_incoming(ll.Constant(I64, 0), entry)
        bb.cbranch(bb.icmp_unsigned("<", i, ll.Constant(I64, t.size)), loop, done)
        bb.position_at_end(loop)
        x = bb.load(bb.gep(src, [ll.Constant(I64, 0), i], source_etype=aty), typ=ety)
        r = per(bb, x, i, dst) if extra is not None else per(bb, x)
        if what == "copy":
            bb.store(r, bb.gep(dst, [ll.Constant(I64, 0), i], source_etype=aty))
        i.add_incoming(bb.add(i, ll.Constant(I64, 1)), bb.block)
        bb.branch(head)
        bb.position_at_end(done)
        bb.ret(bb.load(dst, typ=aty)) if what == "copy" else bb.ret_void()
    fn = me.helper(f"{what}.{T.type_key(t)}", ret, [PTR, PTR], body)
    slot = b.alloca(aty)
    b.store(v, slot)
    out = b.alloca(aty) if what == "copy" else extra
    if what == "copy":
        b.store(ll.Constant(aty, None), out)
    r = b.call(fn, [slot, out if out is not None else NULL])
    return r if what == "copy" else None
