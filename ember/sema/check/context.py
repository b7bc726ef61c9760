"""The checker's state for one program: declarations, side tables, the current function."""
from __future__ import annotations

from dataclasses import dataclass, field

from ember.base.source import Span
from ember.diagnostics.diagnostic import DiagnosticSink, did_you_mean
from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T

MATH_FNS = frozenset({"sqrt", "exp", "log", "sin", "cos", "tan", "floor", "ceil", "pow", "fma",
                      "log2", "log10", "fabs", "atan", "atan2", "asin", "acos", "tanh", "hypot",
                      "trunc", "isnan", "isinf"})
MATH_CONSTS = frozenset({"pi", "e", "inf", "nan", "tau"})
KNOWN_IMPORTS = {"math": MATH_FNS | MATH_CONSTS, "time": frozenset({"perf_counter"}),
                 "sys": frozenset({"argv"}), "dataclasses": frozenset({"dataclass"})}


@dataclass
class FnScope:
    """Locals of the function (or top level) being checked; comprehension scopes stack on top."""

    info: tast.FnInfo | None
    locals: dict[str, T.Type]
    ret: T.Type
    global_decls: set[str] = field(default_factory=set)
    comp_scopes: list[dict[str, T.Type]] = field(default_factory=list)
    loop_depth: int = 0


@dataclass
class Checker:
    sink: DiagnosticSink
    program: tast.Program
    imported: dict[str, tuple[str, str]]  # local name -> (module, name) for built-in modules
    scope: FnScope = field(default_factory=lambda: FnScope(None, {}, T.NONE))

    # ---- side tables
    def record(self, e: ast.Expr, t: T.Type) -> T.Type:
        self.program.types[id(e)] = t
        return t

    def type_of(self, e: ast.Expr) -> T.Type:
        return self.program.types.get(id(e), T.ERROR)

    def error(self, span: Span, message: str, label: str = "", help: tuple[str, ...] = ()) -> T.Type:
        self.sink.error(span, message, label, help=help)
        return T.ERROR

    # ---- names
    def lookup(self, name: str) -> T.Type | None:
        for sc in reversed(self.scope.comp_scopes):
            if name in sc:
                return sc[name]
        if name in self.scope.locals and name not in self.scope.global_decls:
            return self.scope.locals[name]
        if name in self.program.globals:
            if self.scope.info is not None:
                self.scope.info.globals_used.add(name)
            return self.program.globals[name]
        return None

    def all_names(self) -> set[str]:
        names = set(self.scope.locals) | set(self.program.globals) | set(self.program.fns)
        names |= set(self.program.structs) | set(self.imported)
        for sc in self.scope.comp_scopes:
            names |= set(sc)
        return names | {"print", "len", "range", "min", "max", "sum", "abs", "sorted", "str", "int", "float"}

    def unknown_name(self, name: str, span: Span) -> T.Type:
        return self.error(span, f"use of unknown name `{name}`", "not found in this scope",
                          help=did_you_mean(name, self.all_names()))
