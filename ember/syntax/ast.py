"""The untyped syntax tree. Frozen nodes; every node carries a span (last field).

Conventions: sequences are tuples; optional children are `None`; operators are their
source spelling ("+", "//", "not in", ...). Square-bracket parameters at use sites
(`dot[8](a, b)`, `SIMD[f32, 4](1.0)`, `xs.load[8](i)`) parse as `Subscript`; the checker
decides whether a subscript is indexing or parameters.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from ember.base.source import Span

# ---------------------------------------------------------------- type expressions


@dataclass(frozen=True, slots=True)
class NamedType:
    """`Int`, `f32`, `List[T]`, `SIMD[f32, 8]`, `Matrix[4, 4]`, `None`: args are types or exprs."""

    name: str
    args: tuple[TypeArg, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class ListType:
    """`[T]`."""

    elem: TypeExpr
    span: Span


@dataclass(frozen=True, slots=True)
class ArrayType:
    """`[T; N]`."""

    elem: TypeExpr
    size: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class TupleType:
    """`(A, B)`; `tuple[A, B]` is a NamedType the checker reads the same way."""

    elems: tuple[TypeExpr, ...]
    span: Span


TypeExpr = Union[NamedType, ListType, ArrayType, TupleType]

# ---------------------------------------------------------------- expressions


@dataclass(frozen=True, slots=True)
class Name:
    id: str
    span: Span


@dataclass(frozen=True, slots=True)
class IntLit:
    value: int
    span: Span


@dataclass(frozen=True, slots=True)
class FloatLit:
    value: float
    span: Span


@dataclass(frozen=True, slots=True)
class StrLit:
    """A string literal after escape processing (adjacent literals already joined)."""

    value: str
    span: Span


@dataclass(frozen=True, slots=True)
class BoolLit:
    value: bool
    span: Span


@dataclass(frozen=True, slots=True)
class NoneLit:
    span: Span


@dataclass(frozen=True, slots=True)
class EllipsisLit:
    """`...`: in a list display it marks an arithmetic progression."""

    span: Span


@dataclass(frozen=True, slots=True)
class FormattedValue:
    """`{value!conversion:spec}` inside an f-string; spec is itself an f-string (or None)."""

    value: Expr
    conversion: str | None
    spec: FString | None
    span: Span


@dataclass(frozen=True, slots=True)
class FString:
    """Literal text pieces (str) and replacement fields, in order."""

    parts: tuple[str | FormattedValue, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class BinOp:
    op: str  # + - * / // % ** @ << >> & | ^
    left: Expr
    right: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class UnaryOp:
    op: str  # - + ~ not
    operand: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class BoolOp:
    op: str  # and | or
    values: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Compare:
    """`a < b <= c`: ops[i] compares (left if i == 0 else comparators[i-1]) with comparators[i]."""

    left: Expr
    ops: tuple[str, ...]  # == != < <= > >= in "not in" is "is not"
    comparators: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class IfExp:
    test: Expr
    body: Expr
    orelse: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Keyword:
    name: str
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Call:
    func: Expr
    args: tuple[Expr, ...]
    keywords: tuple[Keyword, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Attribute:
    value: Expr
    attr: str
    span: Span


@dataclass(frozen=True, slots=True)
class Slice:
    """`lower:upper:step` inside a subscript; each part optional."""

    lower: Expr | None
    upper: Expr | None
    step: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Subscript:
    """`value[index]`; `a[i, j]` has a TupleExpr index; `a[1:2]` a Slice index."""

    value: Expr
    index: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class ListExpr:
    elts: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class TupleExpr:
    elts: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Comprehension:
    """`for target in iter if c1 if c2`."""

    target: Expr
    iter: Expr
    ifs: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class ListComp:
    """`[elt for ...]`, or a generator expression `(elt for ...)` (`lazy`): the same list
    wherever its items are all taken; `any`, `all` and `sum` of a lazy one run as one loop
    that stops where Python's would (mir/build/generators.py `reduce`)."""

    elt: Expr
    generators: tuple[Comprehension, ...]
    span: Span
    lazy: bool = False


@dataclass(frozen=True, slots=True)
class DictExpr:
    """`{k: v, ...}` (`{}` when empty)."""

    keys: tuple[Expr, ...]
    values: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class DictComp:
    """`{k: v for ...}`."""

    key: Expr
    value: Expr
    generators: tuple[Comprehension, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Transfer:
    """`value^`: an explicit move."""

    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Starred:
    """`*xs` among a call's arguments (a tuple's elements spread over the parameters:
    sema/check/calls.py; `print`'s: sema/desugar.py), in a list display (desugar.py) or in
    an assignment's tuple target (`a, *rest = xs`)."""

    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Lambda:
    """`lambda a, b: body`: a `key=` argument (sema/desugar.py) or an argument of a `def`
    (sema/fnargs.py)."""

    params: tuple[str, ...]
    body: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class NamedExpr:
    """`name := value`: sema/desugar.py makes it an assignment before its statement where
    it is evaluated first; anywhere else the checker reports it."""

    name: str
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class ErrorExpr:
    """Stands where an expression failed to parse (a diagnostic was already reported)."""

    span: Span


Expr = Union[
    Name, IntLit, FloatLit, StrLit, BoolLit, NoneLit, EllipsisLit, FString, BinOp, UnaryOp,
    BoolOp, Compare, IfExp, Call, Attribute, Slice, Subscript, ListExpr, TupleExpr, ListComp,
    DictExpr, DictComp, Transfer, Lambda, Starred, NamedExpr, ErrorExpr,
]
TypeArg = Union[TypeExpr, Expr]

# ---------------------------------------------------------------- statements


@dataclass(frozen=True, slots=True)
class ExprStmt:
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Assign:
    """`t1 = t2 = value`; a target may be a TupleExpr (unpacking)."""

    targets: tuple[Expr, ...]
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class AnnAssign:
    """`x: T = v`, `var x = v`, `var x: T`; `is_var` marks the `var` spelling."""

    target: Expr
    annotation: TypeExpr | None
    value: Expr | None
    is_var: bool
    span: Span


@dataclass(frozen=True, slots=True)
class AugAssign:
    target: Expr
    op: str  # + - * / // % ** << >> & | ^ (without "=")
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class If:
    """`elif` is an If alone in `orelse`. `comptime` marks `@parameter if` / `comptime if`."""

    test: Expr
    body: tuple[Stmt, ...]
    orelse: tuple[Stmt, ...]
    comptime: bool
    span: Span


@dataclass(frozen=True, slots=True)
class While:
    test: Expr
    body: tuple[Stmt, ...]
    orelse: tuple[Stmt, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class For:
    """`parallel for` sets `parallel`; `@parameter for` / `comptime for` set `comptime`."""

    target: Expr
    iter: Expr
    body: tuple[Stmt, ...]
    orelse: tuple[Stmt, ...]
    parallel: bool
    comptime: bool
    span: Span


@dataclass(frozen=True, slots=True)
class Break:
    span: Span


@dataclass(frozen=True, slots=True)
class Continue:
    span: Span


@dataclass(frozen=True, slots=True)
class Pass:
    span: Span


@dataclass(frozen=True, slots=True)
class Return:
    value: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Yield:
    """`yield value` (a statement: Ember has no `send`, so a `yield` has no value), or
    `yield from value` (`from_`). A function containing one is a generator."""

    value: Expr | None
    from_: bool
    span: Span


@dataclass(frozen=True, slots=True)
class Raise:
    exc: Expr | None
    span: Span
    cause: Expr | None = None  # `raise X from cause`


@dataclass(frozen=True, slots=True)
class ExceptHandler:
    """`except:` (type None), `except e:` / `except ValueError:` (type is a Name; the checker
    decides whether it names a kind or binds), `except ValueError as e:`."""

    type: Expr | None
    name: str | None
    body: tuple[Stmt, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Try:
    body: tuple[Stmt, ...]
    handlers: tuple[ExceptHandler, ...]
    orelse: tuple[Stmt, ...]
    finalbody: tuple[Stmt, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class WithItem:
    """`context as target` (target None without `as`)."""

    context: Expr
    target: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class With:
    """`with a as x, b: body`; sema/desugar.py rewrites it to a `try`/`finally`."""

    items: tuple[WithItem, ...]
    body: tuple[Stmt, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Assert:
    test: Expr
    msg: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Global:
    """`global a, b`, or `nonlocal a, b` (`nonlocal_`: sema/lift.py resolves those)."""

    names: tuple[str, ...]
    span: Span
    nonlocal_: bool = False


@dataclass(frozen=True, slots=True)
class Alias:
    """`name as asname` in an import; `name` may be dotted for `import a.b`."""

    name: str
    asname: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class Import:
    names: tuple[Alias, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class ImportFrom:
    module: str
    names: tuple[Alias, ...]  # ("*" is an Alias named "*")
    span: Span


@dataclass(frozen=True, slots=True)
class Comptime:
    """`comptime NAME[: T] = expr` or `alias NAME = expr` (keyword is the spelling)."""

    name: str
    annotation: TypeExpr | None
    value: Expr
    keyword: str
    span: Span


@dataclass(frozen=True, slots=True)
class Param:
    """A function argument. `convention` is the spelling used (owned borrowed inout var read
    mut out) or None; `self` usually has no annotation."""

    name: str
    annotation: TypeExpr | None
    default: Expr | None
    convention: str | None
    span: Span
    kind: str = ""  # "kw": after a `*` (keyword only); "pos": before a `/` (positional only);
                    # "var": `*args`, the extra positional arguments as a tuple; "kwargs": `**kwargs`


@dataclass(frozen=True, slots=True)
class TypeParam:
    """`[N: Int]`, `[T: DType]`, `[W: Int = 8]` on fn or struct."""

    name: str
    kind: TypeExpr
    default: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class FnDef:
    """`fn` or `def` (`keyword`). `decorators` are expressions (`@parameter`, `@ember.jit`)."""

    name: str
    type_params: tuple[TypeParam, ...]
    params: tuple[Param, ...]
    returns: TypeExpr | None
    raises: bool
    body: tuple[Stmt, ...]
    keyword: str
    decorators: tuple[Expr, ...]
    span: Span
    name_span: Span


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    annotation: TypeExpr
    default: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class StructDef:
    """`struct Name[params]:` or a Python `class` with annotated fields (`keyword`)."""

    name: str
    type_params: tuple[TypeParam, ...]
    fields: tuple[Field, ...]
    methods: tuple[FnDef, ...]
    others: tuple[Stmt, ...]  # comptime/alias members, docstrings, pass
    keyword: str
    decorators: tuple[Expr, ...]
    span: Span
    name_span: Span
    base: str | None = None  # an exception class's base (`class ParseError(ValueError):`)
    parent: Name | None = None  # another class's base (`class Dog(Animal):`, sema/inherit.py)


Stmt = Union[
    ExprStmt, Assign, AnnAssign, AugAssign, If, While, For, Break, Continue, Pass, Return,
    Yield, Raise, Try, With, Assert, Global, Import, ImportFrom, Comptime, FnDef, StructDef,
]


@dataclass(frozen=True, slots=True)
class Module:
    body: tuple[Stmt, ...]
    file: int
    span: Span
