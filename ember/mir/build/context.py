"""What lowering one function needs: the typed program, the builder, names to locals."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ember.mir import ir
from ember.mir.build.builder import FnBuilder
from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T

if TYPE_CHECKING:
    from ember.mir.build.errors import TryFrame
    from ember.mir.build.generators import GenFrame


@dataclass(frozen=True)
class Value:
    """A lowered expression: an operand, and whether the consumer may take ownership."""

    op: ir.Operand
    owned: bool


@dataclass(frozen=True)
class Handling:
    """An `except` block being lowered: the error it handles, len(Lower.tries) at it, the
    name it binds, and the object that name holds for an exception class with fields
    (with the `err.object` intrinsic's extra that read it), written back on re-raise."""

    err: ir.Local
    tries: int
    name: str | None
    obj: ir.Local | None = None
    view: tuple = ()


@dataclass
class Lower:
    prog: tast.Program
    fb: FnBuilder
    names: dict[str, ir.Local]
    globals: dict[str, ir.Local]  # by qualified key (tast.ModuleEnv)
    env: tast.ModuleEnv
    global_decls: set[str] = field(default_factory=set)
    comp: list[dict[str, ir.Local]] = field(default_factory=list)
    outlined: dict[str, ir.Function] = field(default_factory=dict)  # parallel loop bodies (shared)
    tries: list[TryFrame] = field(default_factory=list)  # enclosing `try`s, innermost last
    handling: list[Handling] = field(default_factory=list)  # the enclosing `except` blocks
    gen: GenFrame | None = None  # the generator whose inlined body is being lowered (generators.py)

    def handler(self, name: str | None) -> Handling:
        """The innermost enclosing `except` block, or the one that binds `name`."""
        return next(h for h in reversed(self.handling) if name is None or h.name == name)

    def type_of(self, e: ast.Expr) -> T.Type:
        return self.prog.types[id(e)]

    def lookup(self, name: str) -> ir.Local:
        for sc in reversed(self.comp):
            if name in sc:
                return sc[name]
        if name in self.names and name not in self.global_decls:
            return self.names[name]
        return self.globals[self.env.global_key(name)]

    @contextmanager
    def defaults_of(self, fn: tast.FnInfo) -> Iterator[Lower]:
        """Lowering for `fn`'s default argument values, which the checker checked where
        `fn` is defined: its module's globals, none of the caller's locals (a default
        naming `_LIMIT` of module `m` is `m`'s, whoever calls)."""
        yield replace(self, names={}, env=self.prog.envs[fn.module], global_decls=set(), comp=[])

    def is_variable(self, name: str) -> bool:
        """Whether `name` is a local or global variable here (not a function or import)."""
        return (name in self.names or self.env.global_key(name) in self.globals
                or any(name in c for c in self.comp))

    def op_type(self, op: ir.Operand) -> T.Type:
        return ir.operand_type(op)
