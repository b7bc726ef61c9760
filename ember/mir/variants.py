"""Vector variants of small scalar functions: `F.vW(args as SIMD) -> SIMD`, the code of
`F` run for W sets of arguments at once, for loops that call `F` in lanes (mir/outer.py).

Mandelbrot's `escape(cr, ci)` loops up to 200 times and returns early once |z| > 2: too
big to inline, and LLVM vectorizes no loop with an early exit. Its variant runs the
loop for W points: values computed from the arguments ("varying") become `SIMD` values,
the rest (the loop counter) stay scalars, the same in every lane; a `return v` that some
lanes take records v in their lanes of the result and retires them (a mask of active
lanes), and the function returns once no lane is active. So control flow stays the same
for all lanes still active, and a lane returns at the same place as the scalar call.

Retired lanes go on computing varying values that nobody reads, so no varying operation
may fault: they are float arithmetic (float division gives inf, LANGUAGE.md), comparisons,
Bool logic, conversions to float, `abs`, `min`, `max` and `math.sqrt`. Varying `Int`
arithmetic (checked in `F`, wrapping in lanes) is refused. Operations on values that are
not varying run only while a lane is active, where that lane's scalar call runs them;
they may not fault either (but a range loop's own `k + 1`, and `k + 1` of its item,
`return k + 1`: both at most its stop), since a caller may have stored the rows before
this call's row, which a fault here would leave unstored: a variant never faults.

A variant is made for the arguments that vary: those that are the same in every lane
(`limit` of `mandel(cr, ci, limit)`, at the positions `same`) stay scalars, so a loop
bound given by one stays uniform. Variants are named `F.vW_i_j` for the positions i, j.

`F` qualifies when its parameters are `Int`s or floats (or lists of them that are the
same in every lane, read only by `for c in cs`), its result an `Int`, a float or a `Bool` (a
`SIMD[Bool, W]` mask for the caller's `if f(x): n += 1`), it does not raise, its
locals are numbers or Bools, and every branch on a varying condition has one side that
leaves: straight code, reached only from that branch, ending in `return` (inlined into
the branch), or two sides of straight code that meet again (`if d < best: best = d`,
an `else` too): both run, and each lane keeps its side's values (a select). Loops and
branches on uniform values are kept as they are.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ember.base.source import Span
from ember.mir import ir
from ember.mir.below import bounded_increments
from ember.mir.loops import counted_loop, defs, derived_locals, range_loop, read_locals
from ember.types import types as T

K = ir.BinKind
MAX_STMTS = 400
_CMP = frozenset({K.EQ, K.NE, K.LT, K.LE, K.GT, K.GE})
_FLOAT_OPS = frozenset({K.ADD, K.SUB, K.MUL, K.DIV})
_MASK_OPS = frozenset({K.AND, K.OR, K.XOR})
_UNIFORM_INTRINSICS = frozenset({"range.item", "range.len"})


@dataclass(frozen=True)
class Arg:
    """A bound that is the call's argument at `index`."""

    index: int


@dataclass(frozen=True)
class Most:
    """A bound that is the largest of `ends` (a count from `n = 0` while `n < limit`: at
    most the larger of 0 and `limit`)."""

    ends: tuple[int | Arg, ...]


Ends = tuple[int | Arg, int | Arg | Most]  # lo <= value <= hi


@dataclass(frozen=True)
class Variant:
    fn: ir.Function
    result: tuple[Ends, ...] | None  # bounds of an `Int` result (one pair per `return`), where F's code shows them


class Variants:
    """The variants of one program's functions, each made when first asked for, and
    added to the program when first used."""

    def __init__(self, prog: ir.Program, width: int) -> None:
        self.prog, self.width = prog, width
        self._made: dict[tuple[str, frozenset[int]], Variant | None] = {}

    def of(self, name: str, same: frozenset[int] = frozenset()) -> Variant | None:
        """The variant of `name` for calls whose arguments at the positions `same` are the
        same in every lane (`mandel(cr, ci, limit)`: the loop's bound stays a scalar)."""
        key = (name, same)
        if key not in self._made:
            fn = self.prog.functions.get(name)
            vname = f"{name}.v{self.width}" + "".join(f"_{i}" for i in sorted(same))
            made: Variant | None = None
            if fn is not None and vname not in self.prog.functions:
                bounded = bounded_increments(fn)  # `n += 1` where `n < limit` holds: the variant's and its result's
                lanes = _variant(fn, vname, same, self.width, bounded)
                if lanes is not None:
                    made = Variant(lanes, _result_bounds(fn, bounded))
            self._made[key] = made
        return self._made[key]

    def use(self, name: str, same: frozenset[int] = frozenset()) -> ir.Function:
        """`name`'s variant, now in the program."""
        made = self.of(name, same)
        assert made is not None
        self.prog.functions.setdefault(made.fn.name, made.fn)
        return made.fn


def _lane(t: T.Type) -> bool:
    return t == T.INT or isinstance(t, T.FloatType)


def _variant(fn: ir.Function, name: str, same: frozenset[int], width: int,
             bounded: dict[int, frozenset[ir.Operand]]) -> ir.Function | None:
    lists = {p for i, p in enumerate(fn.params) if i in same and _uniform_list(p)}
    if fn.raises or fn.is_entry or not fn.params or not all(_lane(p.type) or p in lists for p in fn.params) or \
            not (_lane(fn.ret) or fn.ret == T.BOOL):
        return None
    if any(not _lane(loc.type) and loc.type != T.BOOL and loc not in lists for loc in fn.locals):
        return None
    if sum(len(b.stmts) for b in fn.blocks) > MAX_STMTS or any(0 in ir.successors(b.term) for b in fn.blocks):
        return None
    stmts = [(b.id, s) for b in fn.blocks for s in b.stmts]
    seeds = {p for i, p in enumerate(fn.params) if i not in same}
    byid = {b.id: b for b in fn.blocks}
    while True:  # a local a varying branch assigns differs between lanes too
        varying = derived_locals(stmts, seeds)
        branches = _branches(fn, varying)
        if branches is None:
            return None
        exits, joins = branches
        sides = set(defs((byid[b] for then, other, _ in joins.values() for b in (*then, *other)), stores=True))
        if sides <= varying:
            break
        seeds |= sides
    # a counted loop's `k = add(k, 1)` (k < n before it: it cannot overflow)
    steps: set[ir.Statement] = {lp.increment for b in fn.blocks if (lp := counted_loop(fn, b, MAX_STMTS)) is not None}
    once, count = _assigned_once(fn)
    steps |= {s for _, s in stmts if _item_plus_one(s, once, count) is not None}
    steps |= {s for _, s in stmts if id(s) in bounded}  # `n += 1` where `n < limit` holds
    if not all(_fits(s, varying, steps, lists) for _, s in stmts):
        return None
    return _Lanes(fn, name, varying, exits, joins, width).function()


Join = tuple[list[int], list[int], int]  # a branch's two sides (chains of blocks) and where they meet


def _branches(fn: ir.Function, varying: set[ir.Local]) -> tuple[dict[int, tuple[int, list[int]]], dict[int, Join]] | None:
    """For each block ending in a branch on a varying condition: which side leaves (its
    target) and the chain of blocks it runs (`exits`), or else, when both sides are
    straight code that meets again (`if c: best = d`, an `else` too), the two chains and
    the block they meet at (`joins`: each lane keeps its side's values). None when some
    such branch is neither, or a block ends in something else than goto, branch or return."""
    byid = {b.id: b for b in fn.blocks}
    preds: dict[int, int] = {}
    for b in fn.blocks:
        for s in ir.successors(b.term):
            preds[s] = preds.get(s, 0) + 1
    out: dict[int, tuple[int, list[int]]] = {}
    joins: dict[int, Join] = {}
    for b in fn.blocks:
        match b.term:
            case ir.Branch(then=x, other=y) if any(r in varying for r in read_locals(b.term)):
                for side in (x, y):
                    chain = _leaving_chain(byid, preds, side)
                    if chain is not None and _private(fn, chain, byid):
                        out[b.id] = (side, chain)
                        break
                else:
                    (then, at), (other, meet) = _straight(byid, preds, x), _straight(byid, preds, y)
                    if at != meet or at == b.id:
                        return None
                    joins[b.id] = (then, other, at)
            case ir.Goto() | ir.Branch() | ir.Return(value=ir.Copy() | ir.Const()):
                pass
            case _:
                return None
    return out, joins


def _straight(byid: dict[int, ir.Block], preds: dict[int, int], b: int) -> tuple[list[int], int]:
    """The blocks from `b` that only this way reaches, each going on to the next, and the
    block where they end (b itself when others reach it: the side is empty)."""
    out: list[int] = []
    while preds.get(b) == 1 and b not in out and isinstance(byid[b].term, ir.Goto):
        out.append(b)
        b = byid[b].term.target  # type: ignore[union-attr]
    return out, b


def _leaving_chain(byid: dict[int, ir.Block], preds: dict[int, int], b: int) -> list[int] | None:
    out: list[int] = []
    while preds.get(b) == 1 and b not in out:
        out.append(b)
        match byid[b].term:
            case ir.Return():
                return out
            case ir.Goto(target=t):
                b = t
            case _:
                return None
    return None


def _private(fn: ir.Function, chain: list[int], byid: dict[int, ir.Block]) -> bool:
    """Whether the locals the chain assigns are assigned nowhere else and read only in the
    chain, after it assigned them: running it in every lane clobbers nothing."""
    inside = [byid[b] for b in chain]
    mine = set(defs(inside))
    if any(isinstance(s, ir.Store) for blk in inside for s in blk.stmts):
        return False
    outside = [b for b in fn.blocks if b.id not in chain]
    if any(d in mine for d in defs(outside)) or any(r in mine for b in outside for s in [*b.stmts, b.term] for r in read_locals(s)):
        return False
    written: set[ir.Local] = set()
    for blk in inside:
        for s in [*blk.stmts, blk.term]:
            if any(r in mine and r not in written for r in read_locals(s)):
                return False
            if isinstance(s, ir.Assign):
                written.add(s.dest)
    return True


def _assigned_once(fn: ir.Function) -> tuple[dict[ir.Local, ir.Rvalue], dict[ir.Local, int]]:
    """What each local is last assigned, and how many times it is (whole-local stores too)."""
    return {s.dest: s.rv for b in fn.blocks for s in b.stmts if isinstance(s, ir.Assign)}, defs(fn.blocks, stores=True)


def _item_plus_one(s: ir.Statement, once, count) -> ir.Local | None:  # noqa: ANN001
    """`v` of `d = add(v, 1)` where `v` is only ever a range loop's item with step 1
    (escape's `return k + 1`): `v < stop`, so `v + 1 <= stop` cannot overflow."""
    match s:
        case ir.Assign(rv=ir.BinOp(kind=K.ADD, lhs=ir.Copy(local=v), rhs=ir.Const(value=1))):
            item = v
            for _ in range(16):  # through copies (`k = item`)
                match once.get(item) if count.get(item) == 1 else None:
                    case ir.Use(op=ir.Copy(local=a)):
                        item = a
                    case ir.Intrinsic(name="range.item", args=(_, _, ir.Const(value=1))):
                        return v
                    case _:
                        return None
    return None


def _uniform_list(p: ir.Local) -> bool:
    """A borrowed list of numbers that every lane is given (Horner's coefficients)."""
    return p.kind is ir.LocalKind.BORROW and isinstance(p.type, T.ListType) and _lane(p.type.elem)


def _fits(s: ir.Statement, varying: set[ir.Local], steps: set[ir.Statement], lists: set[ir.Local]) -> bool:
    """Whether `s` cannot fault and has a lane-wise form (varying), or is a scalar statement
    kept as it is. No fault at all: the caller may have stored rows of its own before. A
    uniform list is read by `len` and the unchecked element of a `for c in cs` loop (it
    runs where the scalar call's does: k < len(cs))."""
    match s:
        case ir.Assign(dest=d, rv=rv) if d in varying:
            return _lane_rvalue(rv, d)
        case ir.Assign(rv=ir.Intrinsic(name=n)) if n in _UNIFORM_INTRINSICS:
            return True
        case ir.Assign(rv=ir.Intrinsic(name="len" | "list.get_unchecked", args=(ir.Copy(local=lst), *_))) if lst in lists:
            return True
        case ir.Assign(dest=d, rv=rv):
            return s in steps or _lane_rvalue(rv, d)
        case ir.Drop(local=d) if _lane(d.type) or d.type == T.BOOL:
            return True  # nothing to free
        case ir.Store(place=ir.Place(local=loc, projs=()), value=v):
            return loc.kind is not ir.LocalKind.GLOBAL and (loc not in varying or ir.operand_type(v) == loc.type)
        case _:
            return False


def _lane_rvalue(rv: ir.Rvalue, d: ir.Local) -> bool:
    match rv:
        case ir.Use(op=a):
            return ir.operand_type(a) == d.type
        case ir.BinOp(kind=k, lhs=a) if k in _CMP:
            return _lane(ir.operand_type(a)) or ir.operand_type(a) == T.BOOL
        case ir.BinOp(kind=k) if k in _FLOAT_OPS:
            return isinstance(d.type, T.FloatType)
        case ir.BinOp(kind=k) if k in _MASK_OPS:
            return d.type == T.BOOL
        case ir.UnOp(kind="neg"):
            return isinstance(d.type, T.FloatType)
        case ir.UnOp(kind="not"):
            return d.type == T.BOOL
        case ir.Cast(operand=a) | ir.Intrinsic(name="cast", args=(a,)):  # to a float, or to the operand's own type
            return isinstance(d.type, T.FloatType) and (_lane(ir.operand_type(a)) or ir.operand_type(a) == T.BOOL) \
                or ir.operand_type(a) == d.type
        case ir.Load(place=ir.Place(local=loc, projs=())):
            return loc.type == d.type and loc.kind is not ir.LocalKind.GLOBAL
        case ir.Intrinsic():
            return math_lanes(rv, d)
        case _:
            return False


def math_lanes(rv: ir.Rvalue, d: ir.Local) -> bool:
    """Whether `rv` is a float function with an exact lane-wise form (`_math_lanewise`):
    `abs` and `math.sqrt` (IEEE's, the same in a lane as alone; other functions of libm
    are left out: a vector library may round them otherwise), `min` and `max`."""
    match rv:
        case ir.Intrinsic(name="abs" | "math.fabs" | "math.sqrt", args=(a,)):
            return isinstance(d.type, T.FloatType) and ir.operand_type(a) == d.type
        case ir.Intrinsic(name="min" | "max", args=(a, b)):
            return isinstance(d.type, T.FloatType) and ir.operand_type(a) == ir.operand_type(b) == d.type
        case _:
            return False


def lanewise(rv: ir.Rvalue, op, let, vec: dict[ir.Local, ir.Local], width: int) -> ir.Rvalue:  # noqa: ANN001
    """The lane-wise form of an rvalue both passes give lanes (mir/variants.py here, and
    mir/outer.py, which adds list loads and calls): its operands made vectors by `op` (a
    varying local's vector in `vec`, a uniform value spread), any statements it needs added
    by `let`. A mask's `not` is `~`."""
    match rv:
        case ir.Use(op=a):
            return ir.Use(op(a, ir.operand_type(a)))
        case ir.BinOp(lhs=a, rhs=b):
            el = ir.operand_type(a)
            return ir.BinOp(rv.kind, op(a, el), op(b, el), rv.span)
        case ir.UnOp(kind=k, operand=a):
            return ir.UnOp("invert" if k == "not" else k, op(a, ir.operand_type(a)), rv.span)
        case ir.Cast(operand=a) | ir.Intrinsic(name="cast", args=(a,)):  # `float(i)`: a numeric conversion
            return ir.Cast(op(a, ir.operand_type(a)), rv.span)
        case ir.Load(place=ir.Place(local=loc, projs=(), span=span)):
            v = vec[loc]
            return ir.Load(ir.Place(v, (), v.type, span))
        case ir.Intrinsic():
            return _math_lanewise(rv, op, let, width)
        case _:
            raise AssertionError(f"no lane-wise form of {rv}")


def _math_lanewise(rv: ir.Intrinsic, op, let, width: int) -> ir.Rvalue:  # noqa: ANN001
    """The lane-wise form of a `math_lanes` call, its operands made vectors by `op` and
    its statements added by `let`. `min(x, y)` is Python's choice, `y if y < x else x`
    (a compare and a select: a NaN or a -0.0 picks as in the scalar code, not as minnum)."""
    args = [op(a, ir.operand_type(a)) for a in rv.args]
    match rv.name:
        case "min" | "max":
            x, y = args
            test = ir.BinOp(K.LT, y, x, rv.span) if rv.name == "min" else ir.BinOp(K.LT, x, y, rv.span)
            pick = let(T.SIMDType(T.BOOL, width), test)
            return ir.Intrinsic("simd.select", (ir.Copy(pick), y, x), rv.span)
        case "math.sqrt":
            return ir.Intrinsic("simd.math.sqrt", tuple(args), rv.span)
        case _:
            return ir.Intrinsic("simd.abs", tuple(args), rv.span)


class LaneWriter(Protocol):
    """What `both_sides` writes with: mir/variants.py's `_Lanes`, mir/outer.py's copy."""

    vec: dict[ir.Local, ir.Local]
    out: list[ir.Statement]
    width: int
    span: Span

    def let(self, ty: T.Type, rv: ir.Rvalue) -> ir.Local: ...

    def op(self, a: ir.Operand, elem: T.Type) -> ir.Operand: ...

    def emit(self, s: ir.Statement) -> None: ...


def both_sides(w: LaneWriter, c: ir.Operand, then: list[ir.Statement], other: list[ir.Statement]) -> list[ir.Statement]:
    """`if c: then else: other` in lanes, as statements for `w.out`: both sides run from
    the same values, and each local either assigns takes `then`'s value where c holds,
    `other`'s elsewhere (a select)."""
    kept, w.out = w.out, []
    mask = w.let(T.SIMDType(T.BOOL, w.width), ir.Use(w.op(c, T.BOOL)))
    changed = [w.vec[loc] for loc in defs([ir.Block(0, [*then, *other])], stores=True)]
    before = [w.let(v.type, ir.Use(ir.Copy(v))) for v in changed]
    for s in then:
        w.emit(s)
    taken = [w.let(v.type, ir.Use(ir.Copy(v))) for v in changed]
    w.out += [ir.Assign(v, ir.Use(ir.Copy(b))) for v, b in zip(changed, before)]
    for s in other:
        w.emit(s)
    w.out += [ir.Assign(v, ir.Intrinsic("simd.select", (ir.Copy(mask), ir.Copy(t), ir.Copy(v)), w.span))
              for v, t in zip(changed, taken)]
    done, w.out = w.out, kept
    return done


class _Lanes:
    """F's blocks rewritten for W lanes: varying locals typed `SIMD[T, W]`, `active` the
    lanes not yet returned, `result` the values of those that have."""

    def __init__(self, fn: ir.Function, name: str, varying: set[ir.Local], exits: dict[int, tuple[int, list[int]]],
                 joins: dict[int, Join], width: int) -> None:
        self.fn, self.name, self.exits, self.joins = fn, name, exits, joins
        self.width = W = width
        self.locals = [ir.Local(loc.id, loc.name, T.SIMDType(loc.type, W) if loc in varying else loc.type, loc.kind)
                       for loc in fn.locals]
        self.vec = {loc: self.locals[loc.id] for loc in varying}
        self.active = self._new(T.SIMDType(T.BOOL, self.width))
        self.result = self._new(T.SIMDType(fn.ret, W))
        self.span = fn.span
        self.out: list[ir.Statement] = []

    def _new(self, ty: T.Type) -> ir.Local:
        loc = ir.Local(len(self.locals), "", ty, ir.LocalKind.OWNED)
        self.locals.append(loc)
        return loc

    def function(self) -> ir.Function:
        byid = {b.id: b for b in self.fn.blocks}
        left = {b for _, chain in self.exits.values() for b in chain} | \
            {b for then, other, _ in self.joins.values() for b in (*then, *other)}
        done = len(self.fn.blocks)
        blocks = []
        for blk in self.fn.blocks:
            self.out = []
            if blk.id == 0:
                zero = False if self.fn.ret == T.BOOL else 0 if self.fn.ret == T.INT else 0.0
                self.out += [ir.Assign(self.active, ir.Cast(ir.Const(True, T.BOOL), self.span)),
                             ir.Assign(self.result, ir.Cast(ir.Const(zero, self.fn.ret), self.span))]
            if blk.id in left:  # inlined where it is taken
                blocks.append(ir.Block(blk.id, [], ir.Goto(done)))
                continue
            for s in blk.stmts:
                self.emit(s)
            blocks.append(ir.Block(blk.id, self.out, self._term(blk, byid, done)))
        blocks.append(ir.Block(done, [], ir.Return(ir.Copy(self.result))))
        params = tuple(self.locals[p.id] for p in self.fn.params)
        return ir.Function(self.name, params, T.SIMDType(self.fn.ret, self.width), self.locals, blocks, self.fn.span)

    def _term(self, blk: ir.Block, byid: dict[int, ir.Block], done: int) -> ir.Terminator | None:
        t = blk.term
        match t:
            case ir.Return(value=v):
                assert v is not None
                self._retire(self.active, v)
                return ir.Return(ir.Copy(self.result))
            case ir.Branch(cond=c, then=x, other=y) if blk.id in self.exits:
                side, chain = self.exits[blk.id]
                mask = self.op(c, T.BOOL)
                if side == y:  # the lanes where c is false leave
                    mask = ir.Copy(self.let(T.SIMDType(T.BOOL, self.width), ir.UnOp("invert", mask, self.span)))
                leaving = self.let(T.SIMDType(T.BOOL, self.width), ir.BinOp(K.AND, ir.Copy(self.active), mask, self.span))
                for b in chain:
                    for s in byid[b].stmts:
                        self.emit(s)
                last = byid[chain[-1]].term
                assert isinstance(last, ir.Return) and last.value is not None
                self._retire(leaving, last.value)
                stay = self.let(T.SIMDType(T.BOOL, self.width), ir.UnOp("invert", mask, self.span))
                self.out.append(ir.Assign(self.active, ir.BinOp(K.AND, ir.Copy(self.active), ir.Copy(stay), self.span)))
                anyone = self.let(T.BOOL, ir.Intrinsic("simd.reduce_or", (ir.Copy(self.active),), self.span))
                return ir.Branch(ir.Copy(anyone), y if side == x else x, done)
            case ir.Branch(cond=c) if blk.id in self.joins:
                then, other, meet = self.joins[blk.id]
                self.out += both_sides(self, c, [s for b in then for s in byid[b].stmts], [s for b in other for s in byid[b].stmts])
                return ir.Goto(meet)
            case _:
                return t

    def _retire(self, lanes: ir.Local, v: ir.Operand) -> None:
        """The result of `lanes` is `v`."""
        val = self.op(v, self.fn.ret)
        self.out.append(ir.Assign(self.result, ir.Intrinsic("simd.select", (ir.Copy(lanes), val, ir.Copy(self.result)),
                                                            self.span)))

    def let(self, ty: T.Type, rv: ir.Rvalue) -> ir.Local:
        loc = self._new(ty)
        self.out.append(ir.Assign(loc, rv))
        return loc

    def op(self, a: ir.Operand, elem: T.Type) -> ir.Copy:
        """`a` in all lanes: its vector, or a uniform value spread."""
        if isinstance(a, ir.Copy | ir.Move) and a.local in self.vec:
            return ir.Copy(self.vec[a.local])
        return ir.Copy(self.let(T.SIMDType(elem, self.width), ir.Cast(a, self.span)))

    def emit(self, s: ir.Statement) -> None:
        vec = self.vec
        match s:
            case ir.Drop():  # of a number or a Bool (`_fits`)
                pass
            case ir.Assign(dest=d, rv=rv) if d in vec:
                self.out.append(ir.Assign(vec[d], self._rv(rv)))
            case ir.Store(place=p, value=v) if p.local in vec:
                self.out.append(ir.Store(ir.Place(vec[p.local], (), vec[p.local].type, p.span), self.op(v, p.local.type), s.span))
            case _:
                self.out.append(s)  # reads no varying local: the same in every lane

    def _rv(self, rv: ir.Rvalue) -> ir.Rvalue:
        return lanewise(rv, self.op, self.let, self.vec, self.width)


def _result_bounds(fn: ir.Function, bounded: dict[int, frozenset[ir.Operand]]) -> tuple[Ends, ...] | None:
    """Bounds of an `Int` result, one pair per `return`, when each gives a constant, an
    argument, the item of a range loop from a constant to a constant or an argument
    (`return k` of `for k in range(a, limit)`: a <= k <= limit), or a count (`return n`
    of `n = 0; while n < limit and ...: n += 1`: 0 <= n <= max(0, limit))."""
    if fn.ret != T.INT:
        return None
    once, count = _assigned_once(fn)
    loops = [lp for b in fn.blocks if (lp := range_loop(fn, b, MAX_STMTS)) is not None]
    counts = _counts(fn, count, bounded)
    out = [counts.get(v.local) if isinstance(v, ir.Copy) and v.local in counts
           else _bounds_of(v, once, count, loops, fn) for b in fn.blocks
           if isinstance(b.term, ir.Return) and (v := b.term.value) is not None]
    return None if not out or None in out else tuple(dict.fromkeys(out))  # type: ignore[arg-type]


def _bounds_of(op: ir.Operand, once, count, loops, fn: ir.Function) -> Ends | None:  # noqa: ANN001
    for _ in range(16):  # through copies
        end = _end(op, count, fn)
        if end is not None:
            return end, end
        if isinstance(op, ir.Const) or count.get(op.local) != 1 or op.local in fn.params:
            return None
        match once[op.local]:
            case ir.Use(op=a):
                op = a
            case ir.BinOp() as rv if (v := _item_plus_one(ir.Assign(op.local, rv), once, count)) is not None:
                item = _bounds_of(ir.Copy(v), once, count, loops, fn)  # start <= v < stop
                return (item[0] + 1, item[1]) if item is not None and isinstance(item[0], int) else None
            case ir.Intrinsic(name="range.item", args=(ir.Const(value=int(a)), ir.Copy(local=k), ir.Const(value=1))):
                for lp in loops:
                    stop = _stop(lp, once, count, fn)
                    if lp.start == ir.Const(a, T.INT) and lp.step == ir.Const(1, T.INT) and stop is not None \
                            and _counter(fn, lp) == k:
                        return a, stop  # a <= k < stop while the loop runs
                return None
            case _:
                return None
    return None


def _counts(fn: ir.Function, count: dict[ir.Local, int], bounded: dict[int, frozenset[ir.Operand]]) -> dict[ir.Local, Ends]:
    """The bounds of each local that only constants and proven increments of itself
    assign (mir/below.py: `n = n + 1` where `n < y`): from the least constant to the
    largest of the constants and the y's, each a constant or an argument."""
    defs_of: dict[ir.Local, list[ir.Rvalue]] = {}
    once: dict[ir.Local, ir.Statement] = {}
    for b in fn.blocks:
        for s in b.stmts:
            match s:
                case ir.Assign(dest=d, rv=rv):
                    defs_of.setdefault(d, []).append(rv)
                    once[d] = s
                case ir.Store(place=ir.Place(local=d, projs=()), value=v):
                    defs_of.setdefault(d, []).append(ir.Use(v))
    out: dict[ir.Local, Ends] = {}
    for n, rvs in defs_of.items():
        if n.type != T.INT or n in fn.params or count.get(n) != len(rvs) or len(rvs) < 2:
            continue
        consts: list[int] = []
        ys: list[int | Arg] = []
        for rv in rvs:
            match rv:
                case ir.Use(op=ir.Const(value=int(c))):
                    consts.append(c)
                case ir.Use(op=ir.Copy(local=t)) if count.get(t) == 1 and id(once.get(t)) in bounded \
                        and _increments_of(once[t], n, once, count):
                    ends = [_end(y, count, fn) for y in bounded[id(once[t])]]
                    if None in ends:
                        break
                    ys += ends  # type: ignore[arg-type]
                case _:
                    break
        else:
            if consts and ys:
                out[n] = (min(consts), Most(tuple(dict.fromkeys([max(consts), *ys]))))
    return out


def _increments_of(s: ir.Statement, n: ir.Local, once, count) -> bool:  # noqa: ANN001
    """Whether `s` is `t = add(x, 1)` with x a copy of `n` (`x = load n`)."""
    match s:
        case ir.Assign(rv=ir.BinOp(lhs=ir.Copy(local=x))) if count.get(x) == 1:
            match once.get(x):
                case ir.Assign(rv=ir.Load(place=ir.Place(local=m, projs=())) | ir.Use(op=ir.Copy(local=m))):
                    return m == n
    return False


def _end(op: ir.Operand, count, fn: ir.Function) -> int | Arg | None:  # noqa: ANN001
    """An `Int` constant, or a parameter the function never reassigns."""
    if isinstance(op, ir.Const):
        return op.value if op.type == T.INT and isinstance(op.value, int) else None
    if op.local in fn.params and not count.get(op.local) and op.local.type == T.INT:
        return Arg(fn.params.index(op.local))
    return None


def _stop(lp, once, count, fn: ir.Function) -> int | Arg | None:  # noqa: ANN001
    """The range loop's stop: it runs `range(start, stop)`, its `n` is `range.len` of them."""
    n = lp.n
    if isinstance(n, ir.Copy) and count.get(n.local) == 1:
        match once[n.local]:
            case ir.Intrinsic(name="range.len", args=(a, b, ir.Const(value=1))) if a == lp.start:
                return _end(b, count, fn)
    return None


def _counter(fn: ir.Function, lp) -> ir.Local | None:  # noqa: ANN001
    head = next(b for b in fn.blocks if b.id == lp.head)
    cond = head.stmts[-1]
    return cond.rv.lhs.local if isinstance(cond, ir.Assign) and isinstance(cond.rv, ir.BinOp) \
        and isinstance(cond.rv.lhs, ir.Copy) else None
