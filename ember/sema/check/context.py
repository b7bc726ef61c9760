"""The checker's state for one program: declarations, side tables, the current function."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ember.base.source import Span
from ember.diagnostics.diagnostic import DiagnosticSink, Label, did_you_mean
from ember.sema import tast
from ember.sema.check.infer import Pending, defer, has_hole, zonk
from ember.syntax import ast
from ember.types import types as T
from ember.types.errors import KINDS

if TYPE_CHECKING:
    from ember.sema.check.comptime import Binding
    from ember.sema.check.parallel import ParallelScope

_HOLE = re.compile(r"[`\[(, ]\?[`\]),]")  # an element type not decided yet, as a message shows it
INT_MATH_FNS = frozenset({"gcd", "lcm", "factorial", "comb", "perm", "isqrt"})
MATH_FNS = frozenset({"sqrt", "exp", "log", "sin", "cos", "tan", "floor", "ceil", "pow", "fma",
                      "log2", "log10", "fabs", "atan", "atan2", "asin", "acos", "tanh", "hypot",
                      "trunc", "isnan", "isinf", "expm1", "log1p", "cbrt", "sinh", "cosh", "asinh", "acosh",
                      "atanh", "erf", "erfc", "exp2", "copysign", "fmod", "remainder",
                      "degrees", "radians", "isfinite", "isclose", "fsum"} | INT_MATH_FNS)
MATH_CONSTS = frozenset({"pi", "e", "inf", "nan", "tau"})
KNOWN_IMPORTS = {"math": MATH_FNS | MATH_CONSTS | {"iota", "prod"}, "time": frozenset({"perf_counter"}),
                 "sys": frozenset({"argv", "stdin", "stdout", "stderr", "maxsize"}), "dataclasses": frozenset({"dataclass", "field"}),
                 "collections": frozenset({"defaultdict", "Counter", "deque"}),
                 "functools": frozenset({"lru_cache", "cache", "reduce", "cmp_to_key"}),  # sema/memo.py, sema/reduces.py
                 # annotations (check/typeexpr.py reads these names whether imported or not)
                 "typing": frozenset({"List", "Dict", "Set", "Tuple", "Optional", "Union", "Iterator", "Iterable",
                                      "Generator", "Sequence", "Mapping", "NamedTuple"}),
                 "__future__": frozenset({"annotations"})}  # annotations are read, not run, either way


@dataclass
class FnScope:
    """Locals of the function (or top level) being checked; comprehension scopes stack on top."""

    info: tast.FnInfo | None
    locals: dict[str, T.Type]
    ret: T.Type
    global_decls: set[str] = field(default_factory=set)
    comp_scopes: list[dict[str, T.Type]] = field(default_factory=list)
    loop_depth: int = 0
    stmt: ast.Stmt | None = None  # the statement being checked
    later: frozenset[str] = frozenset()  # names the function assigns: local throughout (Python)
    parallel: list[ParallelScope] = field(default_factory=list)  # enclosing `parallel for`s
    # errors (LANGUAGE.md §8): per enclosing `try` body, the kinds its handlers catch
    # (None: all); how many `except` blocks enclose this point; the names enclosing
    # `except` blocks bind, and those unbound again at the end of their block;
    # "default": checking a default value
    covers: list[tuple[str, ...] | None] = field(default_factory=list)
    handling: int = 0
    caught: set[str] = field(default_factory=set)
    unbound: dict[str, Span] = field(default_factory=dict)
    context: str = ""
    consts: dict[str, Binding] = field(default_factory=dict)  # compile-time names and parameters (check/comptime.py)
    declared: dict[str, Span] = field(default_factory=dict)  # where each local got its type
    declared_by: dict[str, int] = field(default_factory=dict)  # id of the value that gave it (check/optional.py)
    returned: ast.Return | None = None  # a `def`'s first `return`, which gave its result type
    falls_off: bool = False  # a recursive `def` that may fall off its end: its result is an optional from the first `return`
    # empty lists (infer.py): each `[]` given a hole, by node id; the element types a first
    # walk decided for them; the first walk's errors, held back; whether one of those
    # needed an element type not decided yet
    empties: list[tuple[int, object]] = field(default_factory=list)
    hints: dict[int, T.Type] = field(default_factory=dict)
    buffer: list[tuple] | None = None
    retry: bool = False
    discard: list[str] = field(default_factory=list)  # instances checked for this walk's undecided types
    recursed: bool = False  # the first walk called its own `def` before a `return` gave the result type
    widened: T.Type | None = None  # the result type a later `return` widened the first's to (check/classes.py)
    narrowed: frozenset[str] = frozenset()  # optional variables known not to be `None` here (check/optional.py)
    classed: dict[str, tuple[int, str]] = field(default_factory=dict)  # unions known to hold one class here (check/classes.py)


@dataclass
class Checker:
    sink: DiagnosticSink
    program: tast.Program
    imported: dict[str, tuple[str, str]]  # local name -> (module, name) for built-in modules
    env: tast.ModuleEnv = field(default_factory=lambda: tast.ModuleEnv(""))
    scope: FnScope = field(default_factory=lambda: FnScope(None, {}, T.NONE))
    instantiating: list[tuple[Span, str]] = field(default_factory=list)  # the calls whose generic instances are being checked
    pending: Pending = field(default_factory=Pending)  # empty lists' element types being inferred (infer.py)
    checking: list[str] = field(default_factory=list)  # the functions being checked, outermost first
    walks: dict[str, FnScope] = field(default_factory=dict)  # the walk of each of them (generic.ensure_checked)
    # generators (check/generators.py): the calls that are iterated, which generators
    # iterate which, and where each inferred generator's first `yield` is
    iterated: set[int] = field(default_factory=set)
    gen_edges: dict[str, set[str]] = field(default_factory=dict)
    first_yield: dict[str, Span] = field(default_factory=dict)
    passed_to: dict[int, tuple[str, str]] = field(default_factory=dict)  # a generator call -> (generator, parameter)
    stored_pending: dict[int, ast.Call] = field(default_factory=dict)  # `for x in g` -> `g = call` just before

    # ---- side tables
    def record(self, e: ast.Expr, t: T.Type) -> T.Type:
        self.program.types[id(e)] = t
        if has_hole(t):
            self.pending.ids.append(id(e))
        return t

    def type_of(self, e: ast.Expr) -> T.Type:
        return self.program.types.get(id(e), T.ERROR)

    def error(self, span: Span, message: str, label: str = "", help: tuple[str, ...] = (),
              labels: tuple[Label, ...] = ()) -> T.Type:
        inst = tuple(Label(at, what) for at, what in self.instantiating)
        if self.scope.buffer is not None:
            self.scope.buffer.append((span, message, label, help, labels + inst))
            self.scope.retry = self.scope.retry or bool(_HOLE.search(message))
            return T.ERROR
        self.sink.error(span, message, label, help=help, labels=labels + inst)
        return T.ERROR

    # ---- names
    def lookup(self, name: str) -> T.Type | None:
        for sc in reversed(self.scope.comp_scopes):
            if name in sc:
                return zonk(sc[name])
        if name in self.scope.locals and name not in self.scope.global_decls:
            return zonk(self.scope.locals[name])
        if name in self.scope.later and name not in self.scope.global_decls:
            return None  # a local not assigned yet: never the global of that name
        if name in self.env.globals:
            t: T.Type | None = self.env.globals[name]
        else:
            t = self.program.globals.get(self.env.aliases.get(name, ""))
        if t is not None and self.scope.info is not None:
            self.scope.info.globals_used.add(name)
        return zonk(t) if t is not None else None

    def fn_key(self, name: str) -> str | None:
        """The key of the function `name` names in this module, if any."""
        key = self.env.key(name)
        if key in self.program.fns:
            return key
        key = self.env.aliases.get(name, "")
        return key if key in self.program.fns else None

    def struct_key(self, name: str) -> str | None:
        """The key of the struct `name` (or `module.Name`) names in this module, if any."""
        mod, dot, short = name.rpartition(".")
        if dot:
            key = f"{self.env.modules.get(mod, '?')}::{short}"
        elif self.env.key(name) in self.program.structs:
            key = self.env.key(name)
        else:
            key = self.env.aliases.get(name, "")
        return key if key in self.program.structs else None

    def all_names(self) -> set[str]:
        prefix = self.env.prefix
        own = {k.removeprefix(prefix) for k in (*self.program.fns, *self.program.structs)
               if k.startswith(prefix) and "::" not in k.removeprefix(prefix) and "." not in k}
        names = set(self.scope.locals) | set(self.env.globals) | own | set(self.env.aliases)
        names |= set(self.imported) | set(self.env.modules)
        for sc in self.scope.comp_scopes:
            names |= set(sc)
        return names | {"print", "len", "range", "min", "max", "sum", "abs", "sorted", "str", "int", "float"} | set(KINDS) \
            | set(self.program.error_classes)

    def borrowed_param(self, name: str | None) -> tast.ParamInfo | None:
        """The current function's borrowed argument `name`, unless a comprehension
        variable hides it."""
        fn = self.scope.info
        if name is None or fn is None or any(name in c for c in self.scope.comp_scopes):
            return None
        p = next((p for p in fn.params if p.name == name), None)
        return p if p is not None and p.convention == "borrowed" and not T.is_error(p.type) else None

    def param_label(self, name: str) -> tuple[Label, ...]:
        """A secondary label at the declaration of the current function's argument `name`."""
        fn = self.scope.info
        node = next((p for p in fn.node.params if p.name == name), None) if fn is not None else None
        return (Label(node.span, "borrowed (read-only) argument declared here"),) if node is not None else ()

    def require_mutable(self, target: ast.Expr, appending: bool = False, how: str = "mutated here") -> None:
        """`target` (a variable, field or element) is about to change in place: not
        allowed through a borrowed argument (LANGUAGE.md §5), and in a parallel loop only
        as an ordered append or a write to the iteration's own element (§6). `how` says
        where the change is when it is not at `target` (a loop that changes its elements)."""
        from ember.sema.check.effects import root_name

        if self.scope.parallel:
            from ember.sema.check.parallel import on_mutate

            on_mutate(self, target, appending)
        name = root_name(target)
        if name is not None and self._frozen(name, target.span):
            return
        p = self.borrowed_param(name)
        if p is None:
            return
        assert self.scope.info is not None
        if name == "self" and self.scope.info.struct is not None:
            self.error(target.span, f"cannot mutate `self` in `{self.scope.info.name}`: `self` is borrowed",
                       how, help=("declare the method with `inout self`",), labels=self.param_label(name))
        else:
            self.error(target.span, f"cannot mutate borrowed argument `{name}`", how,
                       labels=self.param_label(name), help=(f"declare it `inout {name}: {p.type}` to change the caller's value "
                             f"(arguments are borrowed, read-only, by default)",))

    def require_movable(self, e: ast.Expr, returning: bool = False) -> None:
        """`e`'s value is taken (assigned to a name, returned, passed `owned`, appended,
        stored in a new struct). A value that moves (§5) cannot be taken out of a list
        element, a field, or a borrowed argument: it would leave a hole, or take what the
        caller owns. The fix is explicit: `.copy()`, or `pop`."""
        t = self.program.types.get(id(e))
        if t is None or T.is_error(t):
            return
        if has_hole(t := zonk(t)):  # whether it moves depends on the element type
            defer(self, lambda: self.require_movable(e, returning))
            return
        if T.copyable(t, lambda n: (ft for _, ft in self.program.structs[n].fields)):
            return
        if self.scope.parallel:
            from ember.sema.check.parallel import on_move

            on_move(self, e)
        what = None
        match e:
            case ast.Subscript(value=base, index=index) if isinstance(self.program.types.get(id(base)), T.DictType):
                what, hint = "a dict value", "copy it (`.copy()`) or take it out with `.pop(key)`"
            case ast.Subscript(index=index) if not isinstance(index, ast.Slice) and id(e) not in self.program.calls:
                what, hint = "a list element", "copy it (`.copy()`) or take it out with `.pop(i)`"
            case ast.Attribute() if id(e) not in self.program.module_refs:
                what, hint = "a field", "copy it (`.copy()`)"
            case ast.Name(id=name) if self.borrowed_param(name) is not None:
                what = f"borrowed argument `{name}`"
                hint = f"copy it (`{name}.copy()`) or declare the argument `owned {name}: {t}`"
            case _:
                pass
        if what is not None:
            verb, done = ("return", "returned") if returning else ("move", "moved")
            self.error(e.span, f"cannot {verb} {what} of type `{t}`: it would be moved out",
                       f"{done} here", help=(hint,))

    def require_rebindable(self, name: str, span: Span) -> None:
        """`name = ...`: a borrowed argument cannot be rebound; in a parallel loop an outer
        variable only takes part in a reduction."""
        if self._frozen(name, span):
            return
        if self.scope.parallel:
            from ember.sema.check.parallel import on_rebind

            on_rebind(self, name, span)
        p = self.borrowed_param(name)
        if p is not None and name not in self.scope.global_decls:
            self.error(span, f"cannot assign to borrowed argument `{name}`", "assigned here",
                       labels=self.param_label(name), help=(f"declare it `owned {name}: {p.type}` (or `var`) to work on a private copy",))

    def _frozen(self, name: str, span: Span) -> bool:
        """A global computed at compile time cannot change (its value is in the binary)."""
        from ember.sema.check.comptime import frozen_global

        if not frozen_global(self, name):
            return False
        self.error(span, f"cannot change `{name}`: it is a compile-time constant", "changed here",
                   help=(f"copy it into a variable first: `var x = {name}`",))
        return True

    def unknown_name(self, name: str, span: Span) -> T.Type:
        if name in self.scope.later and name not in self.scope.unbound and self.scope.info is not None:
            return self.error(span, f"local variable `{name}` is used before it is assigned", "used here",
                              help=(f"`{self.scope.info.name}` assigns `{name}`, which makes it local to the whole "
                                    f"function (as in Python); assign it first, or use another name",))
        if name in self.scope.unbound:
            return self.error(span, f"use of unknown name `{name}`", "not bound here",
                              labels=(Label(self.scope.unbound[name], f"`{name}` is bound only in this `except` block"),),
                              help=("as in Python, the name an `except` clause binds is unbound when its block ends: "
                                    "copy the error to another variable inside the block",))
        if name in ("int", "float", "str", "bool", "list", "dict", "set"):
            return self.error(span, f"the type `{name}` is not a value in Ember", "used as a value",
                              help=(f"test what a value is with `isinstance(x, {name})`",))
        return self.error(span, f"use of unknown name `{name}`", "not found in this scope",
                          help=did_you_mean(name, self.all_names()))
