"""The MIR verifier: `verify(program) -> list[str]`, one line per broken invariant.

The builder and every pass must hand on MIR that keeps these; codegen relies on them
without checking. A violation is a compiler bug, so `ensure_valid` raises `MirError`,
which the driver reports as an internal error of phase "mir-verify". Every check is
local (one statement at a time, plus one forward scan per block), so the verifier is
linear in the size of the MIR and runs on every compile.

Program
- `functions` is keyed by each function's name; `entry` names a function marked
  `is_entry`, with no parameters, returning None.
CFG
- A function has at least one block; block `i` has id `i` (codegen and the printer
  name blocks by id); every block ends in exactly one terminator (`term` is set and
  `stmts` holds only statements); every Goto and Branch target is a block.
Locals
- Local `i` of a function has id `i`; every local an operand, place or statement names
  is that function's own (same id, name, type and kind) or one of the program's
  globals; parameters are locals and never globals.
Types (`T` below is the destination's type)
- `Use`: the operand has type T. `Load`: the place has type T. `Aggregate`: T is a tuple
  or struct whose element types are the operands' types, in order. `Call`: T is the
  callee's return type. `Cast`: T and the operand are scalars (any operand for T=Bool),
  or T is a vector and the operand a scalar (a splat) or a vector of as many lanes.
- `BinOp`: comparisons give Bool from operands of one type (a mask `SIMD[Bool, W]` from
  vectors of W lanes); other operators give the
  left operand's type, with the right one of the same type, except `str * Int`,
  `list * Int` (repetition), shifts with any integer amount, and tuple + tuple
  (concatenation).
- `UnOp`: "not" on Bool gives Bool; "neg" and "invert" give their operand's type.
- Projections fit the type they project (field index in range, index of a list by an
  integer) and a place's type is the type its projections reach.
- `Store` writes a value of the place's type; Branch conditions are Bool; `Return`
  carries a value of the function's return type (no value only when it returns None);
  a `Fault` message is a str; constants hold a Python value of their type.
Calls and errors
- The callee exists; arity and argument types match its parameters; an `inout` (REF)
  parameter gets a REF local; `Eval` never discards an owning result (it would leak).
- A call has an error local (`err`) exactly when its callee raises; it is an OWNED
  `Error` local of the function. `Raise` appears only in a raising function or the
  entry, and passes on an owned `Error` (a move).
Ownership ("owning" below: a type whose values hold heap memory, `owns_memory`)
- Only OWNED locals and globals are moved out of or dropped (a BORROW or REF local does
  not own what it names); dropping twice is fine (a drop leaves the local empty). REF
  locals are written only by `AddrOf`, and `AddrOf` writes only REF locals.
- Where ownership passes (an OWNED or global destination of `Use` or `Aggregate`,
  `Store`, owned call arguments, `Return`), an owning value is a `Move` or a constant:
  a `Copy` would alias it and free it twice. An aggregate in a BORROW local is a view of
  borrowed parts (zip's items) and may copy them.
- `Load` of an owning place goes into a BORROW local (the place keeps ownership).
- A BORROW local never receives a new owning value (a call result, a move: it would
  leak); a borrowed parameter of an owning type is never reassigned, and no Store
  overwrites an owning value inside a BORROW local's own storage (not reached through a
  list index): that value belongs to the caller, who frees it again.
- Within a block, a local is not used after `Drop` unless assigned again first.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import assert_never, get_args

from ember.mir import ir
# the printer's text of one statement, so a problem shows what `ember emit mir` would
from ember.mir.printer import _stmt as format_stmt, _term as format_term
from ember.types import types as T

_SHOWN = 20  # problems listed in a MirError's message


class MirError(Exception):
    """MIR that breaks an invariant: a compiler bug, never a user error."""

    def __init__(self, problems: list[str]) -> None:
        more = len(problems) - _SHOWN
        lines = problems[:_SHOWN] + ([f"... and {more} more"] if more > 0 else [])
        super().__init__(f"invalid MIR ({len(problems)} problems):\n  " + "\n  ".join(lines))
        self.problems = problems


def ensure_valid(program: ir.Program) -> ir.Program:
    """`program` unchanged, or MirError listing every broken invariant."""
    if problems := verify(program):
        raise MirError(problems)
    return program


def verify(program: ir.Program) -> list[str]:
    """Every broken invariant of `program` (see the module docstring), in order."""
    problems: list[str] = []
    entry = program.functions.get(program.entry)
    if entry is None:
        problems.append(f"entry function {program.entry!r} is missing")
    elif not entry.is_entry or entry.params or entry.ret != T.NONE:
        problems.append(f"entry function {program.entry!r} must be marked is_entry, take no "
                        "parameters and return None")
    from ember.mir.build.builder import owns_memory  # here: the driver imports MirError early

    globals_ = frozenset(program.globals)
    for key, fn in program.functions.items():
        if key != fn.name:
            problems.append(f"function {fn.name!r} is listed under {key!r}")
        _FnCheck(program, fn, globals_, owns_memory, problems).run()
    return problems


_COMPARE = frozenset({ir.BinKind.EQ, ir.BinKind.NE, ir.BinKind.LT, ir.BinKind.LE,
                      ir.BinKind.GT, ir.BinKind.GE})
_SHIFT = frozenset({ir.BinKind.SHL, ir.BinKind.SHR})
_CAN_OWN = frozenset({ir.LocalKind.OWNED, ir.LocalKind.GLOBAL})
# The node kinds, for malformed MIR (a terminator among statements) before `match`.
_STATEMENTS = get_args(ir.Statement)
_RVALUES = get_args(ir.Rvalue)
_TERMINATORS = get_args(ir.Terminator)


@dataclass
class _FnCheck:
    prog: ir.Program
    fn: ir.Function
    globals: frozenset[ir.Local]
    owns_memory: Callable[[T.Type, dict[str, tuple[tuple[str, T.Type], ...]]], bool]
    problems: list[str]
    where: str = ""  # "locals", or the block being checked
    node: object = None  # the statement or terminator being checked, shown only on a problem
    dropped: set[ir.Local] = field(default_factory=set)

    def bad(self, msg: str) -> None:
        at = self.where
        if self.node is not None:
            at += f": `{_show(self.node)}`"
        self.problems.append(f"fn {self.fn.name}: {at}: {msg}")

    def owns(self, t: T.Type) -> bool:
        return self.owns_memory(t, self.prog.structs)

    # ---- the function, its blocks

    def run(self) -> None:
        fn = self.fn
        self.where = "locals"
        for i, loc in enumerate(fn.locals):
            if loc.id != i:
                self.bad(f"local #{i} has id {loc.id}")
            if loc.kind is ir.LocalKind.GLOBAL:
                self.bad(f"local _{loc.id} has kind global")
        for p in fn.params:
            self.local(p)
        if not fn.blocks:
            self.where = "blocks"
            self.bad("no blocks")
        for i, b in enumerate(fn.blocks):
            self.where = f"bb{b.id}"
            if b.id != i:
                self.bad(f"block #{i} has id {b.id}")
            self.dropped = set()
            for s in b.stmts:
                self.node = s
                self.stmt(s)
            self.node = b.term
            self.term(b.term)
            self.node = None

    def target(self, bid: int) -> None:
        if not 0 <= bid < len(self.fn.blocks):
            self.bad(f"jumps to bb{bid}, which does not exist")

    # ---- locals, operands, places

    def local(self, loc: ir.Local, use: bool = True) -> None:
        if loc.kind is ir.LocalKind.GLOBAL:
            if loc not in self.globals:
                self.bad(f"@{loc.name} is not a global of the program")
        elif not (0 <= loc.id < len(self.fn.locals) and self.fn.locals[loc.id] == loc):
            self.bad(f"_{loc.id} ({loc.name or 'temp'}: {loc.type}) is not a local of this function")
        elif use and self.dropped and loc in self.dropped:
            self.bad(f"_{loc.id} is used after drop(_{loc.id}) in this block")

    def operand(self, op: ir.Operand) -> T.Type:
        match op:
            case ir.Copy(local=loc):
                self.local(loc)
            case ir.Move(local=loc):
                self.local(loc)
                if loc.kind not in _CAN_OWN:
                    self.bad(f"moves out of _{loc.id}, a {loc.kind.value} local that owns nothing")
            case ir.Const(value=v, type=t):
                if not _const_fits(v, t):
                    self.bad(f"constant {v!r} is not a value of {t}")
            case _:
                assert_never(op)
        return ir.operand_type(op)

    def owned_operand(self, op: ir.Operand, what: str) -> T.Type:
        """An operand whose ownership passes to `what`."""
        t = self.operand(op)
        if isinstance(op, ir.Copy) and self.owns(t):
            self.bad(f"{what} takes ownership of a {t} but gets a copy of _{op.local.id} (move it)")
        return t

    def place(self, p: ir.Place) -> None:
        self.local(p.local)
        t = p.local.type
        for proj in p.projs:
            match proj:
                case ir.FieldProj(index=i):
                    fields = (t.elems if isinstance(t, T.TupleType) else t.parts if isinstance(t, T.OptionalType)
                              else tuple(ft for _, ft in self.prog.structs.get(t.name, ()))
                              if isinstance(t, T.StructType) else None)
                    if fields is None or not 0 <= i < len(fields):
                        self.bad(f"field .{i} of {t}, which has no such field")
                        return
                    t = fields[i]
                case ir.IndexProj(index=idx) if isinstance(t, T.DictType):
                    if self.operand(idx) != t.key:
                        self.bad(f"key [{self.operand(idx)}] into {t}")
                        return
                    t = t.value
                case ir.IndexProj(index=idx):
                    it = self.operand(idx)
                    if not isinstance(t, (T.ListType, T.ArrayType)) or not isinstance(it, T.IntType):
                        self.bad(f"index [{it}] into {t}, which is not a list or array indexed by an integer")
                        return
                    t = t.elem
                case _:
                    assert_never(proj)
        if t != p.type:
            self.bad(f"place has type {p.type} but its projections reach {t}")

    # ---- statements

    def stmt(self, s: ir.Statement) -> None:
        if not isinstance(s, _STATEMENTS):
            self.bad(f"{type(s).__name__} is not a statement")
            return
        match s:
            case ir.Assign(dest=d, rv=rv):
                self.assign(d, rv)
                self.dropped.discard(d)
            case ir.Store(place=p, value=v):
                vt = self.owned_operand(v, "the store")
                self.place(p)
                if (p.local.kind is ir.LocalKind.BORROW and self.owns(p.type)
                        and not any(isinstance(j, ir.IndexProj) for j in p.projs)):
                    self.bad(f"overwrites a {p.type} in the storage of _{p.local.id}, a borrow "
                             "local: that value is not this function's to free")
                if vt != p.type:
                    self.bad(f"stores a {vt} into a place of type {p.type}")
            case ir.Eval(rv=rv):
                t = self.rvalue(rv, None)
                if isinstance(rv, ir.Call) and t is not None and self.owns(t):
                    self.bad(f"discards the {t} that {rv.fn} returns (it would leak)")
            case ir.Drop(local=loc):
                self.local(loc, use=False)  # dropping twice is harmless: drop empties
                if loc.kind not in _CAN_OWN:
                    self.bad(f"drops _{loc.id}, a {loc.kind.value} local that owns nothing")
                self.dropped.add(loc)
            case _:
                assert_never(s)

    def assign(self, d: ir.Local, rv: ir.Rvalue) -> None:
        t = self.rvalue(rv, d)
        self.local(d, use=False)
        if (d.kind is ir.LocalKind.REF) != isinstance(rv, ir.AddrOf):
            self.bad("a ref local is written by an address (&place) and only a ref local is")
        if t is not None and t != d.type:
            self.bad(f"assigns a {t} to _{d.id} of type {d.type}")
        if d.kind is ir.LocalKind.BORROW and self.owns(d.type):
            if d in self.fn.params:
                self.bad(f"reassigns _{d.id}, a borrowed parameter: the caller owns its value")
            elif _fresh(rv):
                self.bad(f"a new {d.type} goes into _{d.id}, a borrow local that never drops it (leak)")

    def rvalue(self, rv: ir.Rvalue, dest: ir.Local | None) -> T.Type | None:
        """The type of `rv` (None where it is the destination's by definition)."""
        if not isinstance(rv, _RVALUES):
            self.bad(f"{type(rv).__name__} is not an rvalue")
            return None
        dt = None if dest is None else dest.type
        match rv:
            case ir.Use(op=op):
                if dest is not None and dest.kind in _CAN_OWN:
                    return self.owned_operand(op, "the assignment")
                return self.operand(op)
            case ir.BinOp():
                return self.binop(rv)
            case ir.UnOp(kind=k, operand=op):
                t = self.operand(op)
                if k == "not" and t != T.BOOL:
                    self.bad(f"not of a {t}")
                elif k not in ("not", "neg", "invert"):
                    self.bad(f"unknown unary operator {k!r}")
                return T.BOOL if k == "not" else t
            case ir.Cast(operand=op):
                t = self.operand(op)
                if dt is not None and dt != T.BOOL and not (_scalar(t) and _scalar(dt)) and not _vector_cast(t, dt):
                    self.bad(f"casts a {t} to {dt}")
                return None
            case ir.Load(place=p):
                self.place(p)
                if dest is not None and dest.kind in _CAN_OWN and self.owns(p.type):
                    self.bad(f"loads a {p.type} into _{dest.id}, an owning local, leaving two "
                             "owners (load into a borrow local, then copy)")
                return p.type
            case ir.AddrOf(place=p):
                self.place(p)
                return p.type
            case ir.Aggregate(ops=ops):
                return self.aggregate(ops, dest)
            case ir.Call():
                return self.call(rv)
            case ir.Intrinsic(args=args):
                for a in args:
                    self.operand(a)
                return None  # each intrinsic's typing lives with its codegen
            case _:
                assert_never(rv)

    def binop(self, rv: ir.BinOp) -> T.Type:
        k, lt, rt = rv.kind, self.operand(rv.lhs), self.operand(rv.rhs)
        if k in _COMPARE:
            ok, t = lt == rt, T.SIMDType(T.BOOL, lt.width) if isinstance(lt, T.SIMDType) else T.BOOL
        elif isinstance(lt, T.TupleType) and isinstance(rt, T.TupleType) and k is ir.BinKind.ADD:
            ok, t = True, T.TupleType(lt.elems + rt.elems)
        elif isinstance(lt, (T.StrType, T.ListType)) and k is ir.BinKind.MUL:
            ok, t = isinstance(rt, T.IntType), lt
        elif k in _SHIFT and not isinstance(lt, T.SIMDType):
            ok, t = isinstance(lt, T.IntType) and isinstance(rt, T.IntType), lt
        else:
            ok, t = lt == rt, lt
        if not ok:
            self.bad(f"{k.value} of {lt} and {rt}")
        return t

    def aggregate(self, ops: tuple[ir.Operand, ...], dest: ir.Local | None) -> T.Type | None:
        """An aggregate in a borrow local is a view of its borrowed parts (zip's items)."""
        if dest is not None and dest.kind in _CAN_OWN:
            got = tuple(self.owned_operand(o, "the aggregate") for o in ops)
        else:
            got = tuple(self.operand(o) for o in ops)
        dt = None if dest is None else dest.type
        match dt:
            case T.TupleType(elems=want):
                pass
            case T.StructType(name=n) if n in self.prog.structs:
                want = tuple(ft for _, ft in self.prog.structs[n])
            case T.ArrayType(elem=el, size=n):
                want = (el,) * n
            case T.OptionalType():
                want = dt.parts
            case _:
                self.bad(f"builds an aggregate of type {dt}, which is no tuple, struct or array")
                return None
        if got != want:
            self.bad(f"builds a {dt} from ({', '.join(map(str, got))})")
        return None

    def call(self, c: ir.Call) -> T.Type | None:
        callee = self.prog.functions.get(c.fn)
        if callee is None:
            self.bad(f"calls {c.fn}, which does not exist")
            for a in c.args:
                self.operand(a)
            return None
        if len(c.args) != len(callee.params):
            self.bad(f"calls {c.fn} with {len(c.args)} arguments; it takes {len(callee.params)}")
        for a, p in zip(c.args, callee.params):
            match p.kind:
                case ir.LocalKind.OWNED:
                    t = self.owned_operand(a, f"parameter _{p.id} of {c.fn}")
                case ir.LocalKind.REF:
                    t = self.operand(a)
                    if not (isinstance(a, ir.Copy) and a.local.kind is ir.LocalKind.REF):
                        self.bad(f"inout parameter _{p.id} of {c.fn} needs a ref local")
                case ir.LocalKind.BORROW | ir.LocalKind.GLOBAL:
                    t = self.operand(a)
                case _:
                    assert_never(p.kind)
            if t != p.type:
                self.bad(f"passes a {t} to parameter _{p.id}: {p.type} of {c.fn}")
        if callee.raises != (c.err is not None):
            self.bad(f"calls {c.fn}, which {'raises' if callee.raises else 'does not raise'}, "
                     f"{'without' if callee.raises else 'with'} an error local")
        if c.err is not None:
            self.local(c.err, use=False)
            if c.err.kind is not ir.LocalKind.OWNED or c.err.type != T.EXC:
                self.bad(f"the error of {c.fn} goes to _{c.err.id}, which is no owned Error local")
            self.dropped.discard(c.err)
        return callee.ret

    # ---- terminators

    def term(self, t: ir.Terminator | None) -> None:
        if t is None:
            self.bad("block has no terminator")
            return
        if not isinstance(t, _TERMINATORS):
            self.bad(f"block ends in {type(t).__name__}, which is no terminator")
            return
        match t:
            case ir.Goto(target=b):
                self.target(b)
            case ir.Branch(cond=c, then=a, other=b):
                if (ct := self.operand(c)) != T.BOOL:
                    self.bad(f"branches on a {ct}")
                self.target(a)
                self.target(b)
            case ir.Return(value=None):
                if self.fn.ret != T.NONE:
                    self.bad(f"returns nothing from a function returning {self.fn.ret}")
            case ir.Return(value=v):
                if (vt := self.owned_operand(v, "the caller")) != self.fn.ret:
                    self.bad(f"returns a {vt} from a function returning {self.fn.ret}")
            case ir.Fault(message=m):
                if m is not None and (mt := self.operand(m)) != T.STR:
                    self.bad(f"fault message is a {mt}")
            case ir.Raise(err=e):
                if not (self.fn.raises or self.fn.is_entry):
                    self.bad("raises an error out of a function that does not raise")
                if (et := self.owned_operand(e, "the caller")) != T.EXC:
                    self.bad(f"raises a {et}, which is no Error")
            case _:
                assert_never(t)


def _fresh(rv: ir.Rvalue) -> bool:
    """Whether `rv` makes a value its destination owns (a call result, a moved value)."""
    return isinstance(rv, ir.Call) or isinstance(rv, ir.Use) and isinstance(rv.op, ir.Move)


def _scalar(t: T.Type) -> bool:
    return isinstance(t, (T.IntType, T.FloatType, T.BoolType, T.NumberType))


def _vector_cast(t: T.Type, dt: T.Type) -> bool:
    """A scalar splat to a vector, or a lane-wise conversion between vectors of one width."""
    if not isinstance(dt, T.SIMDType):
        return False
    return _scalar(t) or isinstance(t, T.SIMDType) and t.width == dt.width


def _const_fits(v: object, t: T.Type) -> bool:
    match t:
        case T.BoolType():
            return isinstance(v, bool)
        case T.IntType():
            return isinstance(v, int) and not isinstance(v, bool)
        case T.FloatType():
            return isinstance(v, (int, float)) and not isinstance(v, bool)
        case T.StrType():
            return isinstance(v, str)
        case T.NoneType():
            return v is None
        case _:
            return True


def _show(node: object) -> str:
    """A statement or terminator as the printer shows it, even when it is malformed."""
    try:
        return format_stmt(node) if isinstance(node, _STATEMENTS) else format_term(node)  # type: ignore[arg-type]
    except Exception:  # the printer assumes well-formed nodes
        return type(node).__name__


__all__ = ["MirError", "ensure_valid", "verify"]
