"""The typed program: the syntax tree plus the checker's side tables.

Rather than copying every node into a second tree, the checker records what it learned
about each node, keyed by the node's identity (`id(node)`; the tree is kept alive by the
Program): its type, the implicit conversion applied to it, and what each call, attribute
and name resolves to. `mir/build` is the only reader.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from ember.syntax import ast
from ember.types.types import Type


@dataclass(frozen=True)
class ParamInfo:
    name: str
    type: Type
    convention: str  # "borrowed" | "inout" | "owned"
    default: ast.Expr | None


@dataclass
class FnInfo:
    """A function or method. `key` is unique: `name` or `Struct.name`; module-qualified
    for imported modules (`mod.name`)."""

    key: str
    name: str
    params: tuple[ParamInfo, ...]
    ret: Type
    raises: bool
    node: ast.FnDef
    struct: str | None
    locals: dict[str, Type] = field(default_factory=dict)
    globals_used: set[str] = field(default_factory=set)
    file: int = 0


@dataclass
class StructInfo:
    name: str
    fields: tuple[tuple[str, Type], ...]
    methods: dict[str, str]  # method name -> FnInfo key
    node: ast.StructDef

    def field_index(self, name: str) -> int:
        for i, (n, _) in enumerate(self.fields):
            if n == name:
                return i
        return -1


# ---- what a call resolves to -------------------------------------------------


@dataclass(frozen=True)
class CallFn:
    """A user function; `args` in parameter order with defaults filled in."""

    key: str
    args: tuple[ast.Expr, ...]


@dataclass(frozen=True)
class CallMethod:
    """`recv.m(args)`; `key` names the FnInfo; `recv` is passed as `self`."""

    key: str
    recv: ast.Expr
    args: tuple[ast.Expr, ...]


@dataclass(frozen=True)
class CallStruct:
    """Fieldwise initializer (no `__init__`): args in field order."""

    name: str
    args: tuple[ast.Expr, ...]


@dataclass(frozen=True)
class CallInit:
    """`S(args)` with a user `__init__(out self, ...)`: key names the __init__ FnInfo."""

    name: str
    key: str
    args: tuple[ast.Expr, ...]


@dataclass(frozen=True)
class CallBuiltin:
    """A built-in function or method; `name` e.g. "print", "len", "list.append",
    "str.split", "convert"; `recv` for methods; `args` positional after checking;
    `kwargs` for print's sep/end and sorted's reverse."""

    name: str
    recv: ast.Expr | None
    args: tuple[ast.Expr, ...]
    kwargs: tuple[tuple[str, ast.Expr], ...] = ()


Callee = Union[CallFn, CallMethod, CallStruct, CallInit, CallBuiltin]


@dataclass
class Program:
    fns: dict[str, FnInfo]
    structs: dict[str, StructInfo]
    globals: dict[str, Type]
    top: tuple[ast.Stmt, ...]           # top-level statements of all modules, in run order
    run_main: bool                      # no top-level statements and a `main` exists
    types: dict[int, Type]              # id(expr) -> type of the expression
    coerce: dict[int, Type]             # id(expr) -> implicit conversion target
    calls: dict[int, Callee]            # id(ast.Call) -> resolution
    keep: list[object]                  # keeps the trees (and ids) alive
    top_locals: dict[str, Type] = field(default_factory=dict)
