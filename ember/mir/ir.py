"""MIR: a control-flow graph of basic blocks over typed locals, with explicit moves and drops.

Ownership is explicit so later passes (borrow checking, ASAP drops, parallel safety) work
on dataflow: an `OWNED` local is destroyed by `Drop` (a moved-out local holds the null
value, so dropping it again is harmless); a `BORROW` local aliases a value owned
elsewhere and is never dropped; a `REF` local holds the address of the caller's storage
(`inout`).

Raised errors are ordinary control flow: a call of a raising function also writes an
error local (`Call.err`) that a `Branch` then tests, and `Raise` leaves the function
with an error (see mir/build/errors.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Union, assert_never

from ember.base.source import NO_SPAN, Span
from ember.types.types import Type


class LocalKind(Enum):
    OWNED = "owned"
    BORROW = "borrow"
    REF = "ref"
    GLOBAL = "global"


@dataclass(frozen=True, slots=True)
class Local:
    id: int
    name: str
    type: Type
    kind: LocalKind


# ---- operands and places


@dataclass(frozen=True, slots=True)
class Copy:
    """Read a local without taking ownership (scalars, or a borrow of an owning value).
    `span` is the variable's use in the source, for the ownership checks' diagnostics."""

    local: Local
    span: Span = NO_SPAN


@dataclass(frozen=True, slots=True)
class Move:
    """Read a local and leave it empty: ownership passes to the consumer."""

    local: Local
    span: Span = NO_SPAN


@dataclass(frozen=True, slots=True)
class Const:
    """int, float, bool, str or None constant of `type`."""

    value: object
    type: Type


Operand = Union[Copy, Move, Const]


def operand_type(op: Operand) -> Type:
    match op:
        case Copy(local=l) | Move(local=l):
            return l.type
        case Const(type=t):
            return t


@dataclass(frozen=True, slots=True)
class FieldProj:
    index: int


@dataclass(frozen=True, slots=True)
class IndexProj:
    """A checked list element: negative indices count from the end. `checked=False`
    only where a pass proved 0 <= index < len (mir/bounds.py): a plain address."""

    index: Operand
    span: Span
    checked: bool = True


Proj = Union[FieldProj, IndexProj]


@dataclass(frozen=True, slots=True)
class Place:
    local: Local
    projs: tuple[Proj, ...]
    type: Type
    span: Span = NO_SPAN  # where the source names it (see Copy)


# ---- rvalues


class BinKind(Enum):
    ADD = "add"
    SUB = "sub"
    MUL = "mul"
    DIV = "div"          # float division
    FLOORDIV = "floordiv"
    MOD = "mod"
    POW = "pow"
    SHL = "shl"
    SHR = "shr"
    AND = "and"
    OR = "or"
    XOR = "xor"
    EQ = "eq"
    NE = "ne"
    LT = "lt"
    LE = "le"
    GT = "gt"
    GE = "ge"


@dataclass(frozen=True, slots=True)
class Use:
    op: Operand


@dataclass(frozen=True, slots=True)
class BinOp:
    """Operands have one type (the operand type); comparisons yield Bool, others that type.
    `assoc`: a float `+ - *` that may be reassociated with the others of its chain (a
    `parallel for` reduction's update inside a chunk, LANGUAGE.md §6)."""

    kind: BinKind
    lhs: Operand
    rhs: Operand
    span: Span
    assoc: bool = False


@dataclass(frozen=True, slots=True)
class UnOp:
    kind: str  # "neg" | "not" | "invert"
    operand: Operand
    span: Span


@dataclass(frozen=True, slots=True)
class Cast:
    """Numeric/bool conversion to the destination's type; checked (faults) for float->Int."""

    operand: Operand
    span: Span


@dataclass(frozen=True, slots=True)
class Load:
    """Read a place; the result borrows when the place's type owns memory."""

    place: Place


@dataclass(frozen=True, slots=True)
class AddrOf:
    """The address of a place, for an `inout` argument (destination is a REF local)."""

    place: Place


@dataclass(frozen=True, slots=True)
class Aggregate:
    """A struct (by the destination's type) or tuple built from owned operands."""

    ops: tuple[Operand, ...]


@dataclass(frozen=True, slots=True)
class Call:
    """A call of a user function. A call of a function that raises also writes `err`,
    an OWNED `Error` local: null on success, else the error, which the caller owns; the
    builder follows it with a `Branch` on `err.is_set(err)` (LANGUAGE.md §8: errors are
    values returned alongside results; on an error the result is the zero value)."""

    fn: str
    args: tuple[Operand, ...]
    span: Span
    err: Local | None = None


@dataclass(frozen=True, slots=True)
class Intrinsic:
    """A built-in operation implemented by codegen and the runtime; see codegen/emit/intrinsics.py."""

    name: str
    args: tuple[Operand, ...]
    span: Span
    extra: tuple[object, ...] = ()


Rvalue = Union[Use, BinOp, UnOp, Cast, Load, AddrOf, Aggregate, Call, Intrinsic]


# ---- statements and terminators


@dataclass(frozen=True, slots=True)
class Assign:
    """`dest = rv`; dest's previous value (if any) is dropped first when dest is OWNED."""

    dest: Local
    rv: Rvalue


@dataclass(frozen=True, slots=True)
class Store:
    """Write an owned value into a place, destroying the value it held."""

    place: Place
    value: Operand
    span: Span


@dataclass(frozen=True, slots=True)
class Eval:
    """Evaluate for effect (a call returning nothing, or an intrinsic)."""

    rv: Rvalue


@dataclass(frozen=True, slots=True)
class Drop:
    local: Local


Statement = Union[Assign, Store, Eval, Drop]


@dataclass(frozen=True, slots=True)
class Goto:
    target: int


@dataclass(frozen=True, slots=True)
class Branch:
    cond: Operand
    then: int
    other: int


@dataclass(frozen=True, slots=True)
class Return:
    value: Operand | None


@dataclass(frozen=True, slots=True)
class Fault:
    """A failed `assert`: message operand (str) or None."""

    kind: str
    message: Operand | None
    span: Span


@dataclass(frozen=True, slots=True)
class Raise:
    """Leave a raising function with the error `err` (owned, type `Error`) instead of a
    result; in the program's entry, report it (`Kind: message`) and exit 1."""

    err: Operand
    span: Span


Terminator = Union[Goto, Branch, Return, Fault, Raise]


def rvalue_reads(rv: Rvalue) -> tuple[Operand | Place, ...]:
    """What an rvalue reads, in evaluation order: its operands, or the place it loads or
    takes the address of. The MIR passes walk uses through this one definition."""
    match rv:
        case Use(op=a) | UnOp(operand=a) | Cast(operand=a):
            return (a,)
        case BinOp(lhs=a, rhs=b):
            return (a, b)
        case Load(place=p) | AddrOf(place=p):
            return (p,)
        case Aggregate(ops=ops) | Call(args=ops) | Intrinsic(args=ops):
            return ops
        case _:
            assert_never(rv)


def rvalue_writes(rv: Rvalue) -> set[Local]:
    """Locals an rvalue writes besides its destination: a raising call's error."""
    return {rv.err} if isinstance(rv, Call) and rv.err is not None else set()


def terminator_reads(t: Terminator | None) -> tuple[Operand, ...]:
    match t:
        case Branch(cond=c):
            return (c,)
        case Return(value=v) | Fault(message=v) | Raise(err=v) if v is not None:
            return (v,)
        case _:
            return ()


def successors(t: Terminator | None) -> tuple[int, ...]:
    """The blocks control may go to next."""
    match t:
        case Goto(target=x):
            return (x,)
        case Branch(then=a, other=b):
            return (a, b)
        case _:
            return ()


@dataclass
class Block:
    id: int
    stmts: list[Statement] = field(default_factory=list)
    term: Terminator | None = None


@dataclass
class Function:
    name: str
    params: tuple[Local, ...]
    ret: Type
    locals: list[Local]
    blocks: list[Block]
    span: Span
    is_entry: bool = False
    # (block, n): a source statement ends after the block's first n statements; the
    # drop elaboration (mir/drops.py) destroys values only at these points
    stmt_ends: set[tuple[int, int]] = field(default_factory=set)
    raises: bool = False  # returns an error alongside its result (see `Call.err`, `Raise`)
    # pairs of list parameters known to be different lists although neither is `inout`
    # (a `parallel for` body's captures, mir/chunks.py)
    separate: frozenset[frozenset[Local]] = frozenset()


@dataclass
class Program:
    functions: dict[str, Function]
    globals: tuple[Local, ...]
    structs: dict[str, tuple[tuple[str, Type], ...]]
    entry: str
    file_names: dict[int, str]
    dtors: frozenset[str] = frozenset()  # structs with `__del__`: they own, and run it when dropped
    inits: dict[str, object] = field(default_factory=dict)  # constant globals' values (mir/comptime.py)
    # struct -> its `__repr__` function: what shows it inside a list, a tuple or another
    # struct, as Python's containers show their items by `repr`
    reprs: dict[str, str] = field(default_factory=dict)
    orders: dict[str, str] = field(default_factory=dict)  # struct -> its `__lt__` function: sorts, min, max, `<` of containers
    hashes: dict[str, tuple[str, str]] = field(default_factory=dict)  # struct -> its `__hash__`, `__eq__`: sets, dicts
