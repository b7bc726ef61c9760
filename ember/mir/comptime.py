"""Compile-time evaluation (LANGUAGE.md §7): `comptime table = make_table()` runs the
MIR of `comptime.table` here, in the compiler, and the result becomes the initializer
of the constant global `table`; the function is then removed, so the program holds a
table and no call.

The evaluator follows compiled code's semantics (checked `Int`, wrapping machine
integers, f32 rounding, checked indexing) on Python values: numbers, `str`, lists for
lists, fixed arrays and structs (copied when read as values), tuples. What it cannot do
(printing, files, threads) and every fault is an `EvalError` carrying the backtrace,
which the driver reports at the `comptime` site; a step limit turns a runaway loop into
an error rather than a hang.
"""
from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field, replace
from typing import assert_never

from ember.base.source import Span
from ember.diagnostics.diagnostic import DiagnosticSink, Label
from ember.mir import ir
from ember.mir.build.expr import BIN
from ember.types import types as T
from ember.types.constants import PY_OPS, convert

K = ir.BinKind
_SYMBOL = {kind: sym for sym, kind in BIN.items()}
CMP = frozenset({K.EQ, K.NE, K.LT, K.LE, K.GT, K.GE})
STEP_LIMIT = 300_000  # MIR statements and blocks: a fraction of a second


class EvalError(Exception):
    """`message` at `span`; `trace`: the calls being evaluated, outermost first."""

    def __init__(self, message: str, span: Span) -> None:
        super().__init__(message)
        self.message, self.span = message, span
        self.trace: list[tuple[str, Span]] = []


@dataclass
class _Raised:
    """An error raised (`raise`) by the evaluated code: (kind, message)."""

    kind: str
    message: str


@dataclass
class _Ref:
    """The address of a place: a container and a key within it."""

    holder: object
    key: object

    def get(self) -> object:
        return self.holder[self.key]  # type: ignore[index]

    def set(self, v: object) -> None:
        self.holder[self.key] = v  # type: ignore[index]


@dataclass
class Evaluator:
    program: ir.Program
    steps: int = 0
    globals: dict[str, object] = field(default_factory=dict)

    def call(self, name: str, args: list[object], span: Span) -> object:
        fn = self.program.functions[name]
        frame: dict[int, object] = {}
        for p, a in zip(fn.params, args):
            frame[p.id] = a
        try:
            return self._run(fn, frame)
        except EvalError as e:
            e.trace.insert(0, (name, span))
            raise

    # ---- one function
    def _run(self, fn: ir.Function, frame: dict[int, object]) -> object:
        blocks = {b.id: b for b in fn.blocks}
        blk = blocks[0]
        while True:
            self.steps += 1 + len(blk.stmts)  # every block counts: `while True: pass` has no statements
            if self.steps > STEP_LIMIT:
                raise EvalError(f"it did not finish within {STEP_LIMIT:,} steps (a loop that never ends?)", fn.span)
            for s in blk.stmts:
                self._stmt(s, frame)
            match blk.term:
                case ir.Goto(target=tg):
                    blk = blocks[tg]
                case ir.Branch(cond=c, then=a, other=b):
                    blk = blocks[a if self._operand(c, frame) else b]
                case ir.Return(value=v):
                    return None if v is None else self._operand(v, frame)
                case ir.Fault(kind=kind, message=m, span=span):
                    msg = "" if m is None else str(self._operand(m, frame))
                    raise EvalError(f"{kind}: {msg}" if msg else kind, span)
                case ir.Raise(err=e, span=span):
                    err = self._operand(e, frame)
                    assert isinstance(err, _Raised)
                    if fn.raises:
                        return err
                    raise EvalError(f"{err.kind}: {err.message}", span)
                case None:
                    raise EvalError("unterminated block", fn.span)
                case _:
                    assert_never(blk.term)

    def _stmt(self, s: ir.Statement, frame: dict[int, object]) -> None:
        match s:
            case ir.Assign(dest=dest, rv=rv) if dest.kind is ir.LocalKind.REF:
                frame[dest.id] = self._rvalue(rv, dest.type, frame)  # `&place`: the REF now names it
            case ir.Assign(dest=dest, rv=rv):
                v = self._rvalue(rv, dest.type, frame)
                self._slot(dest, frame).set(v)
            case ir.Store(place=p, value=v):
                self._place(p, frame).set(self._operand(v, frame))
            case ir.Eval(rv=rv):
                self._rvalue(rv, T.NONE, frame)
            case ir.Drop():
                pass
            case _:
                assert_never(s)

    # ---- places and operands
    def _slot(self, loc: ir.Local, frame: dict[int, object]) -> _Ref:
        if loc.kind is ir.LocalKind.GLOBAL:
            if loc.name not in self.globals:
                raise EvalError(f"the global `{loc.name}` has no value at compile time", Span(-1, 0, 0))
            return _Ref(self.globals, loc.name)
        if loc.kind is ir.LocalKind.REF:
            ref = frame[loc.id]
            assert isinstance(ref, _Ref)
            return ref
        frame.setdefault(loc.id, _zero(loc.type))
        return _Ref(frame, loc.id)

    def _place(self, p: ir.Place, frame: dict[int, object]) -> _Ref:
        ref = self._slot(p.local, frame)
        for proj in p.projs:
            holder = ref.get()
            match proj:
                case ir.FieldProj(index=i):
                    if isinstance(holder, tuple):  # tuples are immutable: rebuild on write
                        holder = list(holder)
                        ref.set(holder)
                    ref = _Ref(holder, i)
                case ir.IndexProj(index=idx, span=span):
                    i = self._operand(idx, frame)
                    n = len(holder)  # type: ignore[arg-type]
                    j = i + n if i < 0 else i  # type: ignore[operator]
                    if not 0 <= j < n:
                        raise EvalError(f"IndexError: index {i} is out of range (length {n})", span)
                    ref = _Ref(holder, j)
                case _:
                    assert_never(proj)
        return ref

    def _operand(self, op: ir.Operand, frame: dict[int, object]) -> object:
        match op:
            case ir.Const(value=v, type=t):
                return _zero(t) if v is None and t != T.NONE else copy.deepcopy(v)
            case ir.Copy(local=loc):
                v = self._slot(loc, frame).get()
                return _value_copy(v, loc.type)
            case ir.Move(local=loc):
                ref = self._slot(loc, frame)
                v = ref.get()
                ref.set(_zero(loc.type))
                return v
            case _:
                assert_never(op)

    # ---- rvalues
    def _rvalue(self, rv: ir.Rvalue, dest: T.Type, frame: dict[int, object]) -> object:
        match rv:
            case ir.Use(op=op):
                return self._operand(op, frame)
            case ir.BinOp(kind=k, lhs=a, rhs=b, span=span):
                return _binop(k, self._operand(a, frame), self._operand(b, frame), ir.operand_type(a), span)
            case ir.UnOp(kind=k, operand=a, span=span):
                v, t = self._operand(a, frame), ir.operand_type(a)
                if k == "not":
                    return not v
                return _fit(-v if k == "neg" else ~v, t, span)  # type: ignore[operator]
            case ir.Cast(operand=a, span=span):
                return _cast(self._operand(a, frame), dest, span)
            case ir.Load(place=p):
                return _value_copy(self._place(p, frame).get(), p.type)
            case ir.AddrOf(place=p):
                return self._place(p, frame)
            case ir.Aggregate(ops=ops):
                vals = [self._operand(o, frame) for o in ops]
                return tuple(vals) if isinstance(dest, T.TupleType) else vals
            case ir.Call(fn=name, args=args, span=span, err=err):
                fn = self.program.functions[name]
                vals = [self._place(ir.Place(a.local, (), a.local.type), frame) if p.kind is ir.LocalKind.REF
                        else self._operand(a, frame) for a, p in zip(args, fn.params)]  # type: ignore[union-attr]
                r = self.call(name, vals, span)
                if err is not None:
                    raised = r if isinstance(r, _Raised) else None
                    self._slot(err, frame).set(raised)
                    return _zero(dest) if raised is not None else r
                return r
            case ir.Intrinsic():
                return self._intrinsic(rv, dest, frame)
            case _:
                assert_never(rv)

    def _intrinsic(self, rv: ir.Intrinsic, dest: T.Type, frame: dict[int, object]) -> object:
        args = [self._operand(a, frame) if not _is_ref(a) else self._slot(a.local, frame) for a in rv.args]  # type: ignore[union-attr]
        match rv.name, args:
            case "len", [x]:
                return len(x)  # type: ignore[arg-type]
            case "range.item", [start, k, step]:
                return start + k * step  # type: ignore[operator]
            case "range.len", [start, stop, step]:
                return len(range(start, stop, step))  # type: ignore[arg-type]
            case "list.new", []:
                return []
            case "list.push", [lst, v]:
                lst.append(v)  # type: ignore[union-attr]
                return None
            case "list.get_unchecked", [lst, i]:
                return _value_copy(lst[i], dest)  # type: ignore[index]
            case "list.progression", [a, b, z]:
                return _progression(a, b, z, dest)
            case "copy" | "list.copy", [x]:
                return copy.deepcopy(x)
            case "zero", []:
                return _zero(dest)
            case "truth", [x]:
                return bool(x)
            case "cast", [x]:
                return _cast(x, dest, rv.span)
            case "min" | "max", [a, b]:
                return min(a, b) if rv.name == "min" else max(a, b)  # type: ignore[type-var]
            case "abs", [x]:
                return _fit(abs(x), dest, rv.span)  # type: ignore[arg-type]
            case "sqrt", [x]:
                if x < 0:  # type: ignore[operator]
                    raise EvalError("ValueError: math domain error", rv.span)
                return convert(math.sqrt(x), dest)  # type: ignore[arg-type]
            case "floor", [x]:
                return math.floor(x)  # type: ignore[arg-type]
            case "err.is_set", [e]:
                return e is not None
            case "err.new", [msg]:
                return _Raised(str(rv.extra[0]).split("\0")[0] if rv.extra else "Error", str(msg))  # a class's code: its name first
            case _:
                what = next((w for prefix, w in _UNSUPPORTED if rv.name.startswith(prefix)), f"`{rv.name}`")
                raise EvalError(f"{what} cannot run at compile time", rv.span)


_UNSUPPORTED = (("buf.", "printing or formatting"), ("perf_counter", "reading the clock"),
                ("argv", "reading the command line"),
                ("io.", "reading or writing the standard streams"), ("parallel", "a `parallel for`"), ("str.", "this string operation"))


def _is_ref(op: ir.Operand) -> bool:
    return isinstance(op, ir.Copy) and op.local.kind is ir.LocalKind.REF


def _zero(t: T.Type) -> object:
    """The empty value of `t`, as a fresh local holds it."""
    match t:
        case T.IntType():
            return 0
        case T.FloatType():
            return 0.0
        case T.BoolType():
            return False
        case T.StrType():
            return ""
        case T.ListType():
            return []
        case T.ArrayType(elem=el, size=n):
            return [_zero(el) for _ in range(n)]
        case T.TupleType(elems=els):
            return tuple(_zero(x) for x in els)
        case _:
            return None


def _value_copy(v: object, t: T.Type) -> object:
    """Reading a fixed array or struct by value copies it (lists are borrowed)."""
    return copy.deepcopy(v) if isinstance(t, (T.ArrayType, T.StructType, T.TupleType)) else v


def _fit(v: object, t: T.Type, span: Span) -> object:
    if isinstance(t, T.IntType) and t.checked and not -(2**63) <= v < 2**63:  # type: ignore[operator]
        raise EvalError("OverflowError: integer overflow", span)
    return convert(v, t)


def _binop(k: ir.BinKind, x: object, y: object, t: T.Type, span: Span) -> object:
    if k in CMP or isinstance(t, (T.ListType, T.StrType)):  # comparisons; `+` and `*` of sequences
        return PY_OPS[_SYMBOL[k]](x, y)
    try:
        v = _fdiv(x, y) if k is K.DIV else PY_OPS[_SYMBOL[k]](x, y)  # type: ignore[arg-type]
    except ZeroDivisionError:
        if isinstance(t, T.FloatType):  # compiled float // and % follow IEEE here
            return math.nan
        raise EvalError("ZeroDivisionError: integer division or modulo by zero", span) from None
    except OverflowError:
        raise EvalError("OverflowError: result out of range", span) from None
    return _fit(v, t, span)


def _fdiv(x: float, y: float) -> float:
    if y == 0:
        return math.nan if x == 0 or math.isnan(x) else math.copysign(math.inf, x) * math.copysign(1.0, y)
    return x / y


def _cast(v: object, dest: T.Type, span: Span) -> object:
    if isinstance(dest, T.IntType) and isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            raise EvalError("ValueError: cannot convert float NaN or infinity to integer", span)
        v = int(v)
    return convert(v, dest)


def _progression(a: object, b: object, z: object, dest: T.Type) -> list[object]:
    step = b - a  # type: ignore[operator]
    if step == 0:
        return [a]
    n = int((z - a) / step + 1e-9) + 1  # type: ignore[operator]
    el = dest.elem if isinstance(dest, T.ListType) else dest
    return [convert(a + i * step, el) for i in range(max(n, 0))]  # type: ignore[operator]


# ---------------------------------------------------------------- the program's comptime globals


def embed(program: ir.Program, comptime: dict[str, str], sink: DiagnosticSink) -> ir.Program:
    """Evaluate each compile-time global (`comptime`: global key -> the function that
    computes it), make its value the global's initializer and drop the function."""
    if not comptime:
        return program
    ev = Evaluator(program)
    inits = dict(program.inits)
    for key, fname in comptime.items():
        fn = program.functions[fname]
        try:
            v = ev.call(fname, [], fn.span)
        except EvalError as e:
            notes = tuple(Label(span, f"while evaluating `{name}`") for name, span in e.trace[1:] if span.file >= 0)
            where = e.span if e.span.file >= 0 else fn.span
            sink.error(fn.span, f"compile-time evaluation of `{key}` failed: {e.message}", "evaluated here",
                       labels=(Label(where, e.message),) + notes if where != fn.span else notes)
            continue
        ev.globals[key] = v
        inits[key] = _freeze(v)
    functions = {n: f for n, f in program.functions.items() if n not in comptime.values()}
    return replace(program, functions=functions, inits=inits)


def _freeze(v: object) -> object:
    """Lists (fixed arrays, structs) as tuples: an immutable initializer."""
    return tuple(_freeze(x) for x in v) if isinstance(v, (list, tuple)) else v
