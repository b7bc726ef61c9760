"""Errors that carry an object of an exception class with fields (sema/excobjects.py):
the runtime keeps the object's bytes in the error and drops or copies it with the
functions of its type's descriptor (rt.h EmErrObj), which are emitted here."""
from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.codegen.emit import values
from ember.codegen.emit.dicts import alloca
from ember.codegen.emit.types import I32, I64, PTR
from ember.types import types as T

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter
    from ember.codegen.emit.module import ModuleEmitter

_DESCRIPTOR = ll.LiteralStructType([I64, PTR, PTR])
_OBJ = 2  # EmErr's field: the object


def raise_object(fe: FnEmitter, kind: ll.Value, obj: ll.Value, msg: ll.Value, shown: ll.Value, t: T.Type) -> ll.Value:
    """A new error of `kind` carrying `obj` (moved in), with its str and repr."""
    b, me = fe.b, fe.me
    err = b.call(me.rt("ember_err_new"), [ll.Constant(I32, 0), msg])
    b.store(kind, err)  # the first field, an i64
    slot = alloca(b, me.ll(t))
    b.store(obj, slot)
    b.call(me.rt("ember_err_attach"), [err, slot, _descriptor(me, t), shown])
    return err


def object_of(fe: FnEmitter, err: ll.Value, kinds: list[ll.Value], target: T.StructType,
              sources: list[T.StructType]) -> ll.Value:
    """A copy of the object `err` carries, as a `target`: the error's kind is one of
    `kinds`, whose objects are of the matching `sources`, each a class at or below
    `target` (an object of a class below gives `target`'s fields, by name)."""
    b, me = fe.b, fe.me
    ptr = _held(b, err)
    if len(sources) == 1:
        return _as(me, b, ptr, sources[0], target)
    kind = b.load(err, typ=I64)
    result = alloca(b, me.ll(target))
    done = b.append_basic_block("obj.done")
    for k, src in zip(kinds[:-1], sources[:-1]):
        hit, nxt = b.append_basic_block("obj.hit"), b.append_basic_block("obj.next")
        b.cbranch(b.icmp_signed("==", kind, k), hit, nxt)
        b.position_at_end(hit)
        b.store(_as(me, b, ptr, src, target), result)
        b.branch(done)
        b.position_at_end(nxt)
    b.store(_as(me, b, ptr, sources[-1], target), result)
    b.branch(done)
    b.position_at_end(done)
    return b.load(result, typ=me.ll(target))


def store_object(fe: FnEmitter, err: ll.Value, obj: ll.Value, kinds: list[ll.Value], target: T.StructType,
                 sources: list[T.StructType]) -> None:
    """Write a copy of `obj` (a `target`, the handler's) back into the object `err`
    carries, whose class is the source matching the error's kind: its fields by name."""
    b, me = fe.b, fe.me
    ptr = _held(b, err)
    kind = b.load(err, typ=I64)
    done = b.append_basic_block("store.done")
    for k, src in zip(kinds, sources):
        hit, nxt = b.append_basic_block("store.hit"), b.append_basic_block("store.next")
        b.cbranch(b.icmp_signed("==", kind, k), hit, nxt)
        b.position_at_end(hit)
        old = b.load(ptr, typ=me.ll(src))
        new = old
        for i, at, ft in _same_fields(me, target, src):
            if me.owns(ft):
                values.drop(me, b, ft, b.extract_value(old, at))
            new = b.insert_value(new, values.copy(me, b, ft, b.extract_value(obj, i)), at)
        b.store(new, ptr)
        b.branch(done)
        b.position_at_end(nxt)
    b.branch(done)
    b.position_at_end(done)


def _as(me: ModuleEmitter, b: ll.IRBuilder, ptr: ll.Value, src: T.StructType, target: T.StructType) -> ll.Value:
    """A copy of the `src` object at `ptr`, as a `target` (the checker made sure `src` has
    every field of `target`, of the same type)."""
    v = b.load(ptr, typ=me.ll(src))
    if src == target:
        return values.copy(me, b, src, v)
    out: ll.Value = ll.Constant(me.ll(target), ll.Undefined)
    for i, at, ft in _same_fields(me, target, src):
        out = b.insert_value(out, values.copy(me, b, ft, b.extract_value(v, at)), i)
    if target.name in me.dtors:  # the live flag after the fields (types.lltype): a new value
        out = b.insert_value(out, ll.Constant(ll.IntType(8), 1), len(me.structs[target.name]))
    return out


def _held(b: ll.IRBuilder, err: ll.Value) -> ll.Value:
    """The address of the object `err` carries."""
    return b.load(b.gep(err, [ll.Constant(I32, _OBJ)], source_etype=PTR), typ=PTR)


def _same_fields(me: ModuleEmitter, target: T.StructType, src: T.StructType) -> list[tuple[int, int, T.Type]]:
    """For each field of `target`: its index there, the index of the field of that name
    in `src` (a class at or below it), and its type."""
    names = [n for n, _ in me.structs[src.name]]
    return [(i, names.index(n), ft) for i, (n, ft) in enumerate(me.structs[target.name])]


def _descriptor(me: ModuleEmitter, t: T.Type) -> ll.Value:
    """The constant EmErrObj of objects of type `t`: their size, drop and copy."""
    name = "ember.errobj." + T.type_key(t)
    g = me.module.globals.get(name)
    if g is None:
        g = ll.GlobalVariable(me.module, _DESCRIPTOR, name)
        g.initializer = ll.Constant(_DESCRIPTOR, [me.esize(t), values.drop_fn(me, t), values.copy_fn(me, t)])
        g.global_constant = True
        g.linkage = "internal"
    return g
