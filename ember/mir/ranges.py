"""Bounds on the `Int` values of a counted loop, computed once before it (mir/overflow.py).

An or-reduced overflow flag costs a few instructions per checked operation and
iteration, as many as the arithmetic itself in `(i + j) * (i + j + 1) // 2 + i + 1`.
Such index arithmetic is bounded by the loop's range: while the body runs, the counter
takes values in [k0, n] (k0 its value before the loop, n the bound it is compared with;
when k0 >= n the body does not run at all), so each intermediate lies between the same
expression evaluated at the ends. Before the loop, the bounds of each checked
operation's result are computed with wrapping arithmetic, and `bad` collects whether
one of those computations overflowed, or a product's factor may be negative (then the
ends would not bound the product). When `bad` is false no operation with bounds can
overflow in the loop, which runs it unchecked (`int.nowrap`).

A value has bounds when it is an `Int` constant, a local the loop does not assign, the
counter (k0 to n), `range.item` of the counter with a bounded start and step, or a local assigned
once in the loop from bounded operands by `+ - *` or by `//`, `%` with a positive
constant, whose every read sees the value assigned in the same iteration (never one
from before the loop).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ember.base.source import Span
from ember.mir import ir
from ember.mir.loops import defs, invariant, read_locals
from ember.types import types as T

K = ir.BinKind
_KINDS = {K.ADD: "add", K.SUB: "sub", K.MUL: "mul"}
Bounds = tuple[ir.Operand, ir.Operand]  # (lo, hi), computed before the loop


@dataclass
class Ranges:
    """Bounds of the loop's `Int` values, made on demand as statements in `stmts` (to run
    before the loop); `bad` is set there when they prove nothing."""

    loop: list[ir.Block]
    head: int
    counter: ir.Local
    bound: ir.Operand  # the loop runs while counter < bound
    new_local: Callable[[T.Type], ir.Local]
    span: Span
    stmts: list[ir.Statement] = field(default_factory=list)
    bad: ir.Local | None = None
    # bounds known before the loop of locals it assigns more than once: the counter of an
    # inner loop (mir/outer.py), which runs from its start to its bound in every iteration
    seeded: dict[ir.Local, Bounds] = field(default_factory=dict)
    _memo: dict[ir.Local, Bounds | None] = field(default_factory=dict)
    _defs: dict[ir.Local, ir.Assign] = field(init=False)
    _inner: dict[ir.Local, int] = field(init=False)

    def __post_init__(self) -> None:
        self._inner = defs(self.loop)
        self._defs = _once_defined(self.loop, self.head, self._inner)

    def proves(self, s: ir.Assign) -> bool:
        """Whether the bounds before the loop, when `bad` is false, prove that the checked
        operation `s` never overflows in the loop (its result has bounds)."""
        return self.of(ir.Copy(s.dest)) is not None

    def of(self, op: ir.Operand) -> Bounds | None:
        if isinstance(op, ir.Const):
            return (op, op) if op.type == T.INT else None
        loc = op.local
        if loc.type != T.INT:
            return None
        if loc in self.seeded:
            return self.seeded[loc]
        if loc == self.counter:  # k0 (its value before the loop) up to n, where it exits
            if not invariant(self.bound, self.loop, self._inner) or ir.operand_type(self.bound) != T.INT:
                return None
            return ir.Copy(loc), self.bound
        if invariant(op, self.loop, self._inner):
            return op, op
        if loc not in self._memo:
            self._memo[loc] = None  # a cycle has no bounds
            s = self._defs.get(loc)
            self._memo[loc] = None if s is None else self._rvalue(s.rv)
        return self._memo[loc]

    def assigned_once(self, defs: dict[ir.Local, ir.Assign]) -> None:
        """Locals the caller knows are assigned once in the loop, every read seeing the
        value of the same iteration (mir/outer.py: a row is straight code), beyond those
        `_once_defined` finds."""
        for loc, s in defs.items():
            self._defs.setdefault(loc, s)

    def seed(self, loc: ir.Local, rvs: list[ir.Rvalue]) -> Bounds | None:
        """Bounds of `loc` from `rvs`, its assignments in the loop (the smallest low end,
        the largest high end), when the caller knows that every read of `loc` in the loop
        sees one of them (mir/outer.py: a row is straight code)."""
        each = [self._rvalue(rv) for rv in rvs]
        if not each or None in each:
            return None
        lo, hi = each[0]  # type: ignore[misc]
        for x, y in each[1:]:  # type: ignore[misc]
            lo, hi = self.pick("min", lo, x), self.pick("max", hi, y)
        self.seeded[loc] = (lo, hi)
        return lo, hi

    def pick(self, name: str, a: ir.Operand, c: ir.Operand) -> ir.Operand:
        """`min(a, c)` or `max(a, c)` (`name`), computed before the loop."""
        if a == c:
            return a
        r = self.new_local(T.INT)
        self.stmts.append(ir.Assign(r, ir.Intrinsic(name, (a, c), self.span)))
        return ir.Copy(r)

    def _rvalue(self, rv: ir.Rvalue) -> Bounds | None:
        match rv:
            case ir.Use(op=a):
                return self.of(a)
            case ir.BinOp(kind=kind, lhs=a, rhs=c) if kind in _KINDS:
                x, y = self.of(a), self.of(c)
                if x is None or y is None:
                    return None
                return self._binop(_KINDS[kind], x, y)
            case ir.BinOp(kind=K.FLOORDIV | K.MOD as kind, lhs=a, rhs=ir.Const(value=int(c))) if c > 0:
                x = self.of(a)
                if x is None:
                    return None
                if kind is K.MOD:  # Python's modulo by c > 0 lies in [0, c)
                    return ir.Const(0, T.INT), ir.Const(c - 1, T.INT)
                if x[0] == x[1]:
                    one = self._div(x[0], c)
                    return one, one
                return self._div(x[0], c), self._div(x[1], c)  # monotone
            case ir.Intrinsic(name="range.item", args=(start, ir.Copy() as k, step)) if (
                    k.local == self.counter or k.local in self.seeded):
                b, x, d = self.of(start), self.of(k), self.of(step)
                if b is None or x is None or d is None:
                    return None
                return self._binop("add", b, self._binop("mul", x, d))
            case ir.Intrinsic(name="range.len", args=(a, b, ir.Const(value=int(step)) as c)) if step:
                ends = [self.of(x) for x in (a, b)]
                if any(e is None or e[0] != e[1] for e in ends):
                    return None  # not one value known before the loop
                n = self.new_local(T.INT)  # the same every iteration: computed once, before
                self.stmts.append(ir.Assign(n, ir.Intrinsic("range.len", (ends[0][0], ends[1][0], c), rv.span)))  # type: ignore[index]
                return ir.Copy(n), ir.Copy(n)
            case _:
                return None

    def sums(self, start: ir.Operand, count: ir.Operand, term: Bounds) -> None:
        """`bad` unless `start` plus any `count` (>= 0) terms in `term`, summed in any order
        (in lanes apart, mir/outer.py), stays an `Int`: when no term is negative, every
        partial sum lies in [0, count * hi]."""
        self._fail_if(term[0])
        self._arith("add", start, self._arith("mul", count, term[1]))

    def fail_when(self, cond: ir.Local) -> None:
        """`bad` also when `cond` holds (a condition of the caller's own)."""
        self._or(cond)

    def _binop(self, kind: str, x: Bounds, y: Bounds) -> Bounds:
        if x[0] == x[1] and y[0] == y[1]:  # one value each (known before the loop): one value
            one = self._arith(kind, x[0], y[0])
            return one, one
        if kind == "add":
            return self._arith("add", x[0], y[0]), self._arith("add", x[1], y[1])
        if kind == "sub":
            return self._arith("sub", x[0], y[1]), self._arith("sub", x[1], y[0])
        self._fail_if(x[0])  # products of non-negative factors: the ends bound them
        self._fail_if(y[0])
        return self._arith("mul", x[0], y[0]), self._arith("mul", x[1], y[1])

    def _flag(self) -> ir.Local:
        if self.bad is None:
            self.bad = self.new_local(T.BOOL)
            self.stmts.append(ir.Assign(self.bad, ir.Use(ir.Const(False, T.BOOL))))
        return self.bad

    def _or(self, cond: ir.Local) -> None:
        bad = self._flag()
        self.stmts.append(ir.Assign(bad, ir.BinOp(K.OR, ir.Copy(bad), ir.Copy(cond), self.span)))

    def _fail_if(self, lo: ir.Operand) -> None:
        """`bad` when `lo` is negative."""
        neg = self.new_local(T.BOOL)
        self.stmts.append(ir.Assign(neg, ir.BinOp(K.LT, lo, ir.Const(0, T.INT), self.span)))
        self._or(neg)

    def _arith(self, kind: str, a: ir.Operand, c: ir.Operand) -> ir.Operand:
        r, o = self.new_local(T.INT), self.new_local(T.BOOL)
        self.stmts.append(ir.Assign(r, ir.Intrinsic("int.wrap", (a, c), self.span, (kind,))))
        self.stmts.append(ir.Assign(o, ir.Intrinsic("int.overflows", (a, c), self.span, (kind,))))
        self._or(o)
        return ir.Copy(r)

    def _div(self, a: ir.Operand, c: int) -> ir.Operand:
        r = self.new_local(T.INT)
        self.stmts.append(ir.Assign(r, ir.BinOp(K.FLOORDIV, a, ir.Const(c, T.INT), self.span)))
        return ir.Copy(r)


def _once_defined(loop: list[ir.Block], head: int, inner: dict[ir.Local, int]) -> dict[ir.Local, ir.Assign]:
    """The locals assigned once in the loop, not in the head (it runs once more, with the
    counter at its exit value, and in a loop that runs no iteration the bounds mean
    nothing), whose every read in the loop sees the value of this iteration: it comes
    after the assignment in the same block, or the assignment is in the first block of
    the body (the head's one way into the loop: every other block of an iteration runs
    after it) and the read is not in the head."""
    byid = {b.id: b for b in loop}
    t = byid[head].term
    first = t.then if isinstance(t, ir.Branch) else None
    where: dict[ir.Local, tuple[int, int, ir.Assign]] = {}
    for blk in loop:
        for at, s in enumerate(blk.stmts):
            if blk.id != head and isinstance(s, ir.Assign) and inner.get(s.dest) == 1 and not ir.rvalue_writes(s.rv):
                where[s.dest] = (blk.id, at, s)
    bad: set[ir.Local] = set()
    for blk in loop:
        for at, s in enumerate([*blk.stmts, blk.term]):
            for loc in read_locals(s):
                d = where.get(loc)
                if d is None or (d[0] == blk.id and d[1] < at) or (d[0] == first and blk.id not in (head, first)):
                    continue
                bad.add(loc)
    return {loc: s for loc, (_, _, s) in where.items() if loc not in bad}
