"""One MIR function to LLVM: locals are entry-block allocas (zeroed: the empty value),
places are addresses, MIR blocks map one to one onto LLVM blocks."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import assert_never

from llvmlite import ir as ll

from ember.base.source import Span
from ember.codegen.emit import values
from ember.codegen.emit.module import FAULT_KINDS, ModuleEmitter, symbol
from ember.codegen.emit.types import F32, F64, I8, I32, I64, PTR
from ember.mir import ir
from ember.mir.empties import empty_targets
from ember.types import types as T


@dataclass
class FnEmitter:
    me: ModuleEmitter
    fn: ir.Function
    llfn: ll.Function
    globals: dict[str, ll.GlobalVariable]
    slots: dict[int, ll.Value] = field(default_factory=dict)
    blocks: dict[int, ll.Block] = field(default_factory=dict)
    b: ll.IRBuilder = field(init=False)
    empty: frozenset[tuple[int, int]] = frozenset()  # statements whose drop does nothing

    def emit(self) -> None:
        entry = self.llfn.append_basic_block("entry")
        self.b = ll.IRBuilder(entry)
        for loc in self.fn.locals:
            ty = PTR if loc.kind is ir.LocalKind.REF else self.me.ll(loc.type)
            slot = self.b.alloca(ty, name=loc.name or f"t{loc.id}")
            slot.type = PTR  # opaque: llvmlite gives a GEP its base's type, which must not be typed
            self.b.store(ll.Constant(ty, None), slot)
            self.slots[loc.id] = slot
        args = self.llfn.args[2:] if self.fn.is_entry else self.llfn.args
        for p, a in zip(self.fn.params, args):
            self.b.store(a, self.slots[p.id])
        if self.fn.is_entry:
            self.b.call(self.me.rt("ember_rt_init"), list(self.llfn.args[:2]))
        for blk in self.fn.blocks:
            self.blocks[blk.id] = self.llfn.append_basic_block(f"bb{blk.id}")
        self.b.branch(self.blocks[0])
        self.empty = empty_targets(self.fn)
        for blk in self.fn.blocks:
            self.b.position_at_end(self.blocks[blk.id])
            for i, s in enumerate(blk.stmts):
                self.stmt(s, (blk.id, i) in self.empty)
            assert blk.term is not None
            self.term(blk.term)

    # ---- places and operands
    def addr(self, p: ir.Place, insert: bool = False) -> tuple[ll.Value, T.Type]:
        """The address of a place; `insert`: a dict entry it ends in is made if missing
        (a store), where a read of a missing key is a KeyError fault."""
        loc = p.local
        if loc.kind is ir.LocalKind.GLOBAL:
            a: ll.Value = self.globals[loc.name]
        elif loc.kind is ir.LocalKind.REF:
            a = self.b.load(self.slots[loc.id], typ=PTR)
        else:
            a = self.slots[loc.id]
        t = loc.type
        for proj in p.projs:
            match proj:
                case ir.FieldProj(index=i):
                    a = self.b.gep(a, [ll.Constant(I32, 0), ll.Constant(I32, i)], source_etype=self.me.ll(t))
                    t = t.elems[i] if isinstance(t, T.TupleType) else t.parts[i] if isinstance(t, T.OptionalType) \
                        else self.me.structs[t.name][i][1]  # type: ignore[union-attr]
                case ir.IndexProj(index=idx, span=span) if isinstance(t, T.ArrayType):
                    a = self.array_elem_addr(a, t, self.operand(idx), span)
                    t = t.elem
                case ir.IndexProj(index=idx, span=span) if isinstance(t, T.DictType):
                    from ember.codegen.emit import dicts

                    d = self.b.load(a, typ=PTR)
                    if t.default == "Counter" and not (insert and proj is p.projs[-1]):  # a read: 0 when missing
                        a = dicts.counted(self.me, self.b, t, d, self.operand(idx))
                    elif t.default == "Counter":
                        a = dicts.value_ptr(self.me, self.b, t, dicts.slot(self.me, self.b, t, d, self.operand(idx))[0])
                    elif t.default:  # a defaultdict: a missing key's entry is made with the empty value
                        a = dicts.value_ptr(self.me, self.b, t, dicts.defaulted(self.me, self.b, t, d, self.operand(idx)))
                    elif insert and proj is p.projs[-1]:
                        a = dicts.value_ptr(self.me, self.b, t, dicts.slot(self.me, self.b, t, d, self.operand(idx))[0])
                    else:
                        a = dicts.found(self.me, self.b, t, d, self.operand(idx), span)
                    t = t.value
                case ir.IndexProj(index=idx, span=span, checked=checked):
                    assert isinstance(t, T.ListType)
                    lst = self.b.load(a, typ=PTR)
                    i = self.operand(idx)
                    # unchecked: mir/bounds.py proved 0 <= i < len before the loop
                    a = self.elem_addr(lst, t.elem, i, span) if checked else self.elem_ptr(lst, t.elem, i)
                    t = t.elem
                case _:
                    assert_never(proj)
        return a, t

    def list_len(self, lst: ll.Value) -> ll.Value:
        return self.me.tag(self.b.load(lst, typ=I64), "list.len")

    def elem_ptr(self, lst: ll.Value, elem: T.Type, i: ll.Value) -> ll.Value:
        return values.elem_ptr(self.me, self.b, lst, elem, i)

    def elem_addr(self, lst: ll.Value, elem: T.Type, i: ll.Value, span: Span) -> ll.Value:
        """Checked element address; a negative index counts from the end (Python)."""
        n = self.list_len(lst)
        neg = self.b.icmp_signed("<", i, ll.Constant(I64, 0))
        j = self.b.select(neg, self.b.add(i, n), i)
        ok = self.b.icmp_unsigned("<", j, n)
        me = self.me
        me.check(self.b, ok, lambda b: (b.call(me.rt("ember_fault_index"), [i, n] + me.location(b, span)), b.unreachable()))
        return self.elem_ptr(lst, elem, j)

    def array_elem_addr(self, a: ll.Value, t: T.ArrayType, i: ll.Value, span: Span) -> ll.Value:
        """Checked address of element `i` of the fixed array at `a` (negative: from the end)."""
        n = ll.Constant(I64, t.size)
        neg = self.b.icmp_signed("<", i, ll.Constant(I64, 0))
        j = self.b.select(neg, self.b.add(i, n), i)
        me = self.me
        me.check(self.b, self.b.icmp_unsigned("<", j, n),
                 lambda b: (b.call(me.rt("ember_fault_index"), [i, n] + me.location(b, span)), b.unreachable()))
        return self.b.gep(a, [ll.Constant(I64, 0), j], source_etype=me.ll(t))

    def ref_arg(self, op: ir.Operand) -> ll.Value:
        """An `inout` argument is passed as the address held by a REF local."""
        assert isinstance(op, ir.Copy) and op.local.kind is ir.LocalKind.REF
        return self.b.load(self.slots[op.local.id], typ=PTR)

    def load_local(self, loc: ir.Local) -> ll.Value:
        a, t = self.addr(ir.Place(loc, (), loc.type))
        return self.b.load(a, typ=self.me.ll(t))

    def operand(self, op: ir.Operand) -> ll.Value:
        match op:
            case ir.Copy(local=loc):
                return self.load_local(loc)
            case ir.Move(local=loc):
                v = self.load_local(loc)
                a, t = self.addr(ir.Place(loc, (), loc.type))
                self.b.store(ll.Constant(self.me.ll(t), None), a)
                return v
            case ir.Const(value=v, type=t):
                return self.const(v, t)
            case _:
                assert_never(op)

    def const(self, v: object, t: T.Type) -> ll.Value:
        return values.constant(self.me, v, t)

    # ---- statements
    def stmt(self, s: ir.Statement, empty: bool = False) -> None:
        """`empty`: the local `s` assigns or drops certainly holds the empty value
        (mir/empties.py), so there is nothing to drop."""
        b = self.b
        match s:
            case ir.Assign(dest=dest, rv=rv):
                if dest.kind is ir.LocalKind.REF:
                    assert isinstance(rv, ir.AddrOf)
                    b.store(self.addr(rv.place)[0], self.slots[dest.id])
                    return
                v = self.rvalue(rv, dest.type)
                a, t = self.addr(ir.Place(dest, (), dest.type))
                if dest.kind is not ir.LocalKind.BORROW and not empty and self.me.owns(t):
                    values.drop(self.me, b, t, b.load(a, typ=self.me.ll(t)))
                b.store(v, a)
            case ir.Store(place=place, value=value):
                v = self.operand(value)
                a, t = self.addr(place, insert=True)
                if not empty and self.me.owns(t):
                    values.drop(self.me, b, t, self._elem(place, b.load(a, typ=self.me.ll(t))))
                self._elem(place, b.store(v, a))
            case ir.Eval(rv=rv):
                self.rvalue(rv, T.NONE)
            case ir.Drop(local=loc):
                if not empty and loc.kind in (ir.LocalKind.OWNED, ir.LocalKind.GLOBAL) and self.me.owns(loc.type):
                    v = self.operand(ir.Move(loc))
                    # the end of `__del__`: only the fields remain; an `__init__` that raised
                    # drops the fields it set (the value was never born: no `__del__`)
                    if self._is_del_self(loc) or self._is_init_self(loc):
                        values.drop_fields(self.me, b, loc.type, v)
                    else:
                        values.drop(self.me, b, loc.type, v)
            case _:
                assert_never(s)

    def term(self, t: ir.Terminator) -> None:
        b = self.b
        match t:
            case ir.Goto(target=tg):
                b.branch(self.blocks[tg])
            case ir.Branch(cond=c, then=th, other=ot):
                b.cbranch(self.operand(c), self.blocks[th], self.blocks[ot])
            case ir.Return(value=v):
                if self.fn.is_entry:
                    b.call(self.me.rt("ember_rt_finish"), [])  # flush, stop the thread pool
                    b.ret(ll.Constant(I32, 0))
                elif v is None or self.fn.ret == T.NONE:
                    self._ret(None, NULL)
                elif self.fn.name.endswith(".__init__"):  # `self` was built field by field
                    self._ret(self._born(self.operand(v), self.fn.ret), NULL)
                else:
                    self._ret(self.operand(v), NULL)
            case ir.Raise(err=e):
                if self.fn.is_entry:
                    b.call(self.me.rt("ember_err_uncaught"), [self.operand(e)])
                    b.unreachable()
                else:  # the result is the zero value: the caller drops it null-safely
                    err = self.operand(e)
                    self._ret(None if self.fn.ret == T.NONE else ll.Constant(self.me.ll(self.fn.ret), None), err)
            case ir.Fault(kind=kind, message=m, span=span):
                if kind == "unreachable":
                    b.unreachable()
                    return
                msg = self.me.cstr("") if m is None else b.gep(self.operand(m), [ll.Constant(I64, 16)], source_etype=I8)
                b.call(self.me.rt("ember_fault"), [ll.Constant(I32, FAULT_KINDS[kind]), msg] + self.me.location(b, span))
                b.unreachable()
            case _:
                assert_never(t)

    # ---- rvalues
    def rvalue(self, rv: ir.Rvalue, dest_t: T.Type) -> ll.Value:
        from ember.codegen.emit import arith, intrinsics

        b = self.b
        match rv:
            case ir.Use(op=op):
                return self.operand(op)
            case ir.BinOp():
                return arith.binop(self, rv)
            case ir.UnOp():
                return arith.unop(self, rv)
            case ir.Cast(operand=op, span=span):
                return arith.cast(self, self.operand(op), self.op_type(op), dest_t, span)
            case ir.Load(place=place):
                a, t = self.addr(place)
                return self._elem(place, b.load(a, typ=self.me.ll(t)))
            case ir.AddrOf(place=place):
                return self.addr(place)[0]
            case ir.Aggregate(ops=ops):
                agg: ll.Value = ll.Constant(self.me.ll(dest_t), None)
                for i, op in enumerate(ops):
                    agg = b.insert_value(agg, self.operand(op), i)
                return self._born(agg, dest_t)
            case ir.Call(fn=name, args=args, err=err):
                callee = self.me.module.globals[symbol(name)]
                kinds = self.me.param_kinds[name]
                r = b.call(callee, [self.ref_arg(a) if k is ir.LocalKind.REF else self.operand(a)
                                    for a, k in zip(args, kinds)])
                if err is None:
                    return r
                if isinstance(r.type, ll.PointerType):  # a raising function returning None
                    b.store(r, self.slots[err.id])
                    return ll.Constant(I8, 0)
                b.store(b.extract_value(r, 1), self.slots[err.id])
                return b.extract_value(r, 0)
            case ir.Intrinsic():
                return intrinsics.emit(self, rv, dest_t)
            case _:
                assert_never(rv)

    def _elem(self, place: ir.Place, inst: ll.Instruction) -> ll.Instruction:
        """Tag an access to a place inside a list's element storage (see ModuleEmitter.tag)."""
        if any(isinstance(p, ir.IndexProj) for p in place.projs):
            self.me.tag(inst, "list.elem")
        return inst

    def _ret(self, v: ll.Value | None, err: ll.Value) -> None:
        """Return `v` (None: nothing), with the error `err` if the function raises."""
        b = self.b
        if not self.fn.raises:
            b.ret_void() if v is None else b.ret(v)
        elif v is None:
            b.ret(err)
        else:
            b.ret(b.insert_value(b.insert_value(ll.Constant(result_type(self.me, self.fn), None), v, 0), err, 1))

    def op_type(self, op: ir.Operand) -> T.Type:
        return ir.operand_type(op)

    def _born(self, v: ll.Value, t: T.Type) -> ll.Value:
        """A new struct value with `__del__`: set its live flag (see types.lltype)."""
        if isinstance(t, T.StructType) and t.name in self.me.dtors:
            return self.b.insert_value(v, ll.Constant(I8, 1), len(self.me.structs[t.name]))
        return v

    def _is_init_self(self, loc: ir.Local) -> bool:
        return (self.fn.raises and loc.name == "self" and isinstance(loc.type, T.StructType)
                and self.fn.name == f"{loc.type.name}.__init__")

    def _is_del_self(self, loc: ir.Local) -> bool:
        return (bool(self.fn.params) and loc == self.fn.params[0] and isinstance(loc.type, T.StructType)
                and self.fn.name == f"{loc.type.name}.__del__")


def result_type(me: ModuleEmitter, fn: ir.Function) -> ll.Type:
    """What `fn` returns in LLVM: its result, and if it raises the error too, as
    `{T, ptr}` (`ptr` alone for None): null on success, two registers on x86-64."""
    ret = ll.VoidType() if fn.ret == T.NONE else me.ll(fn.ret)
    if not fn.raises:
        return ret
    return PTR if fn.ret == T.NONE else ll.LiteralStructType([ret, PTR])


NULL = ll.Constant(PTR, None)

__all__ = ["FnEmitter", "F32", "F64", "result_type"]
