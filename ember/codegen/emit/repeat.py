"""`xs * n` for lists whose elements own no memory, the common `[0.0] * n`.

The runtime's ember_list_repeat appends `xs` n times, one call and one memcpy per
copy: B6's 512 rows of `[0.0] * 512` took 2 to 3 ms of its 15. A one-element list (what
`[v] * n` makes) is filled here instead, with a store loop that LLVM turns into a
memset or vector stores; other lengths still go to the runtime. Same result and faults: the runtime makes the list (its size check, its
MemoryError), and a negative count gives an empty list."""
from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir as ll

from ember.codegen.emit import values
from ember.codegen.emit.intrinsics import count_loop
from ember.codegen.emit.types import I64
from ember.types import types as T

if TYPE_CHECKING:
    from ember.codegen.emit.function import FnEmitter

ZERO = ll.Constant(I64, 0)


def repeat(fe: FnEmitter, el: T.Type, xs: ll.Value, n: ll.Value) -> ll.Value:
    """The new list `xs * n` (`xs` of `el`s)."""
    b, me = fe.b, fe.me
    if me.owns(el):  # each copy is a deep copy: the runtime calls the element's copy helper
        return b.call(me.rt("ember_list_repeat"), [xs, n, me.esize(el), values.copy_fn(me, el)])
    single = b.icmp_signed("==", fe.list_len(xs), ll.Constant(I64, 1))
    with b.if_else(single, likely=True) as (fill, other):
        with fill:
            count = b.select(b.icmp_signed("<", n, ZERO), ZERO, n)
            filled = b.call(me.rt("ember_list_new"), [me.esize(el), count])
            v = me.tag(b.load(values.elem_ptr(me, b, xs, el, ZERO), typ=me.ll(el)), "list.elem")
            me.tag(b.store(count, filled), "list.len")
            data = values.elem_ptr(me, b, filled, el, ZERO)
            count_loop(b, ZERO, count,
                       lambda i: me.tag(b.store(v, b.gep(data, [i], source_etype=me.ll(el))), "list.elem"))
            fill_end = b.block
        with other:
            copied = b.call(me.rt("ember_list_repeat"), [xs, n, me.esize(el), values.copy_fn(me, el)])
            other_end = b.block
    r = b.phi(filled.type)
    r.add_incoming(filled, fill_end)
    r.add_incoming(copied, other_end)
    return r
