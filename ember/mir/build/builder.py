"""The low-level MIR builder: locals, blocks, statements. Knows nothing of the syntax tree."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ember.base.source import Span
from ember.mir import ir
from ember.types import types as T


def owns_memory(t: T.Type, structs: dict[str, tuple[tuple[str, T.Type], ...]],
                dtors: frozenset[str] = frozenset()) -> bool:
    """Whether values of `t` must be dropped (they hold heap memory, or a `__del__` runs)."""
    match t:
        case T.StrType() | T.ListType() | T.DictType() | T.SetType() | T.BufType() | T.ExcType() | T.FileType():
            return True
        case T.TupleType(elems=els):
            return any(owns_memory(x, structs, dtors) for x in els)
        case T.ArrayType(elem=el) | T.OptionalType(elem=el):
            return owns_memory(el, structs, dtors)
        case T.StructType(name=n):
            return n in dtors or any(owns_memory(ft, structs, dtors) for _, ft in structs.get(n, ()))
        case _:
            return False


# Intrinsic arguments that take ownership, by position (-1: the last); every other
# intrinsic argument is only read. Mirrors codegen/emit/intrinsics.py.
CONSUMED_ARGS: dict[str, tuple[int, ...]] = {
    "list.push": (-1,), "list.push_unchecked": (-1,), "list.insert": (-1,), "buf.print": (0,), "buf.eprint": (0,), "buf.fprint": (0,),
    "buf.finish": (0,),
    "err.new": (0,), "err.raise_object": (0, 1, 2), "dict.set": (-1,),
}


@dataclass
class FnBuilder:
    name: str
    ret: T.Type
    structs: dict[str, tuple[tuple[str, T.Type], ...]]
    span: Span
    locals: list[ir.Local] = field(default_factory=list)
    blocks: list[ir.Block] = field(default_factory=list)
    current: ir.Block | None = None
    temps: list[list[ir.Local]] = field(default_factory=list)
    loops: list[tuple[int, int]] = field(default_factory=list)  # (continue, break) targets
    dtors: frozenset[str] = frozenset()
    stmt_ends: set[tuple[int, int]] = field(default_factory=set)
    raises: bool = False  # the function returns errors to its caller
    entry: bool = False   # the program's entry: an error leaving it is reported
    raise_drops: tuple[ir.Local, ...] = ()  # what an error leaving the function destroys (the entry's globals)
    err_slot: ir.Local | None = None

    def __post_init__(self) -> None:
        self.current = self.new_block()

    def error_slot(self) -> ir.Local:
        """The local every raising call of this function writes its error to."""
        if self.err_slot is None:
            self.err_slot = self.new_local("", T.EXC)
        return self.err_slot

    def owns(self, t: T.Type) -> bool:
        return owns_memory(t, self.structs, self.dtors)

    def copyable(self, t: T.Type) -> bool:
        return T.copyable(t, lambda n: (ft for _, ft in self.structs.get(n, ())))

    def new_local(self, name: str, t: T.Type, kind: ir.LocalKind = ir.LocalKind.OWNED) -> ir.Local:
        loc = ir.Local(len(self.locals), name, t, kind)
        self.locals.append(loc)
        return loc

    def temp(self, t: T.Type, rv: ir.Rvalue, owned: bool = True) -> ir.Local:
        """A fresh temporary holding `rv`; owned temporaries die at the end of the statement."""
        kind = ir.LocalKind.OWNED if owned and self.owns(t) else ir.LocalKind.BORROW
        loc = self.new_local("", t, kind)
        self.emit(ir.Assign(loc, rv))
        if kind is ir.LocalKind.OWNED and self.temps:
            self.temps[-1].append(loc)
        return loc

    def new_block(self) -> ir.Block:
        b = ir.Block(len(self.blocks))
        self.blocks.append(b)
        return b

    def emit(self, s: ir.Statement) -> None:
        if self.current is None:  # unreachable code after return/break: give it a block
            self.current = self.new_block()
        self.current.stmts.append(self._settle_moves(s))

    def terminate(self, t: ir.Terminator) -> None:
        if self.current is None:
            self.current = self.new_block()
        if isinstance(t, ir.Fault) and t.message is not None:
            t = replace(t, message=self.read(t.message))
        self.current.term = t
        self.current = None

    # ---- the move rule: a `Move` only where ownership passes
    def read(self, op: ir.Operand) -> ir.Operand:
        """`op` in a position that only reads it. Moving there would null the owner and
        lose the value, so it is read in place and its owner drops it as usual (a
        temporary at the end of its statement, or when the next iteration reassigns it)."""
        if isinstance(op, ir.Move) and self.owns(op.local.type):
            return ir.Copy(op.local)
        return op

    def _settle_moves(self, s: ir.Statement) -> ir.Statement:
        """Ownership passes only into an owning destination (`Assign` to an OWNED or global
        local, `Store`), an `Aggregate`, an owned call argument, a consuming intrinsic
        argument (CONSUMED_ARGS) and `Return`; every other operand is a read."""
        match s:
            case ir.Assign(dest=d, rv=ir.Use(op=op)) if d.kind is ir.LocalKind.BORROW:
                return ir.Assign(d, ir.Use(self.read(op)))
            case ir.Assign(rv=rv) | ir.Eval(rv=rv):
                settled = self._settle_rvalue(rv)
                return s if settled is rv else replace(s, rv=settled)
            case _:
                return s

    def _settle_rvalue(self, rv: ir.Rvalue) -> ir.Rvalue:
        match rv:
            case ir.BinOp(lhs=a, rhs=b):
                return replace(rv, lhs=self.read(a), rhs=self.read(b))
            case ir.UnOp(operand=a) | ir.Cast(operand=a):
                return replace(rv, operand=self.read(a))
            case ir.Intrinsic(name=n, args=args):
                kept = {i % len(args) for i in CONSUMED_ARGS.get(n, ())} if args else set()
                return replace(rv, args=tuple(a if i in kept else self.read(a) for i, a in enumerate(args)))
            case _:  # Use, Aggregate and Call pass ownership as built; Load, AddrOf read places
                return rv

    def goto(self, b: ir.Block) -> None:
        if self.current is not None:
            self.terminate(ir.Goto(b.id))

    def switch(self, b: ir.Block) -> None:
        self.current = b

    def begin_stmt(self) -> None:
        self.temps.append([])

    def end_stmt(self) -> None:
        for t in reversed(self.temps.pop()):
            if self.current is not None:
                self.emit(ir.Drop(t))
        if self.current is not None:
            self.stmt_ends.add((self.current.id, len(self.current.stmts)))

    def drop_all_owned(self, keep: ir.Local | None = None) -> None:
        """Before a return: destroy every owned local still holding a value (null-safe)."""
        for loc in self.locals:
            if loc.kind is ir.LocalKind.OWNED and loc is not keep and self.owns(loc.type):
                self.emit(ir.Drop(loc))

    def finish(self, params: tuple[ir.Local, ...], is_entry: bool = False) -> ir.Function:
        for b in self.blocks:
            if b.term is None:  # only unreachable blocks are left open
                b.term = ir.Fault("unreachable", None, self.span)
        return ir.Function(self.name, params, self.ret, self.locals, self.blocks, self.span, is_entry,
                           self.stmt_ends, self.raises)
