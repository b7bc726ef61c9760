"""The typed program: the syntax tree plus the checker's side tables.

Rather than copying every node into a second tree, the checker records what it learned
about each node, keyed by the node's identity (`id(node)`; the tree is kept alive by the
Program): its type, the implicit conversion applied to it, and what each call, attribute
and name resolves to. `mir/build` is the only reader.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from ember.base.source import Span
from ember.syntax import ast
from ember.types.types import Type


# the items a `key=` function is applied to: the checker makes the keys a comprehension
# over this name (sema/check/calls.py), and the MIR builder binds it to the items
KEY_ITEMS = "key.items"


@dataclass(frozen=True)
class ParamInfo:
    name: str
    type: Type
    convention: str  # "borrowed" | "inout" | "owned"
    default: ast.Expr | None
    inferred: bool = False  # a `def` argument's convention read off its use (§3): an
                            # inferred `owned` gets a copy, an inferred `inout` may be a temporary
    kind: str = ""  # "kw" keyword only, "pos" positional only (ast.Param.kind)


@dataclass
class ModuleEnv:
    """One Ember module's names. Declarations of an imported module `m` are keyed
    `m::name` program-wide (the main file's keys are bare names), so two modules may
    declare the same name; `aliases` maps names bound by `from m import x` to such keys."""

    name: str                           # "" for the main file
    globals: dict[str, Type] = field(default_factory=dict)   # own globals, unqualified
    aliases: dict[str, str] = field(default_factory=dict)    # local name -> qualified key
    modules: dict[str, str] = field(default_factory=dict)    # `import m as k`: k -> m
    top: tuple[ast.Stmt, ...] = ()      # top-level statements, in order
    imported: dict[str, tuple[str, str]] = field(default_factory=dict)  # built-in modules' names (Checker.imported)
    consts: dict[str, object] = field(default_factory=dict)  # module-level compile-time names (check/comptime.py)

    @property
    def prefix(self) -> str:
        return f"{self.name}::" if self.name else ""

    def key(self, name: str) -> str:
        return self.prefix + name

    def global_key(self, name: str) -> str:
        """The program-wide key of global `name` as seen from this module."""
        return self.key(name) if name in self.globals else self.aliases.get(name, self.key(name))


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
    globals_used: set[str] = field(default_factory=set)  # as named in the module
    module: str = ""
    # where the body may raise, for the `raises` check and a `def`'s inferred `raises`
    # (LANGUAGE.md §3, §8); after analysis `raises` says whether the function raises
    sites: list[RaiseSite] = field(default_factory=list)
    # unannotated `def` (§3): the generic arguments' positions (a template, checked only
    # as its instances, one per argument types), and whether the result type is read off
    # the returns (`ret` is exact once `ret_known`)
    generic: tuple[int, ...] = ()
    infer_ret: bool = False
    ret_known: bool = True
    state: str = ""  # "checking", then "checked"
    # compile-time parameters (check/params.py): a template has them unbound and is
    # checked only as its instances (`name[8]`), each with its parameters' values
    template: bool = False
    consts: dict[str, object] = field(default_factory=dict)
    # a generator (its body yields, check/generators.py): `ret` is the type of the values
    # it yields, and a call of it is only ever iterated, its body inlined into the loop
    generator: bool = False


@dataclass(frozen=True)
class RaiseSite:
    """A `raise` (callee None) or a call of the user function `callee` at `span`;
    `covered` when an enclosing `try` catches what it may raise, `in_try` when one
    encloses it at all."""

    span: Span
    callee: str | None
    covered: bool
    in_try: bool = False


@dataclass(frozen=True)
class Handler:
    """What the checker made of an `except` clause: the kinds it catches (None: every
    kind) and the name it binds, if any (`except e:`, `except K as e:`)."""

    kinds: tuple[str, ...] | None
    name: str | None
    # `except C as e` of an exception class with fields: C's struct, and the struct of
    # each code caught, whose object the error carries (check/excclass.py view)
    view: tuple[str, tuple[tuple[str, str], ...]] | None = None


@dataclass
class StructInfo:
    name: str
    fields: tuple[tuple[str, Type], ...]
    methods: dict[str, str]  # method name -> FnInfo key
    node: ast.StructDef
    # a Python class's fields that `__init__` creates (check/fields.py): where each is first
    # assigned; those whose type is not known yet (until `__init__` is checked); the call
    # whose `__init__` instance typed them; names assigned only outside `__init__` (reported)
    inferred: dict[str, Span] = field(default_factory=dict)
    untyped: set[str] = field(default_factory=set)
    typed_by: Span | None = None
    misplaced: set[str] = field(default_factory=set)

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


@dataclass(frozen=True)
class CallUnion:
    """`recv.m(args)` where `recv` may be an object of any class of a family
    (check/classes.py): the call of each class's method, in the union's order."""

    recv: ast.Expr
    parts: tuple[CallMethod | None, ...]  # None: a class no checked call constructs (never present)


Callee = Union[CallFn, CallMethod, CallStruct, CallInit, CallBuiltin, CallUnion]


@dataclass(frozen=True)
class ParallelLoop:
    """A checked `parallel for` (check/parallel.py): each outer variable the body names,
    with its mode ("read", "reduce" with the operator or min/max, "append", "write" for
    elements indexed by the loop variable), the body's private variables with their
    types, and the `range` loop variable if any."""

    captures: tuple[tuple[str, str, str | None], ...]
    private: tuple[tuple[str, Type], ...]
    index: str | None
    calls: tuple[tuple[str, ast.Call], ...] = ()  # user functions the body calls, and where


@dataclass
class Program:
    fns: dict[str, FnInfo]
    structs: dict[str, StructInfo]
    globals: dict[str, Type]            # every module's globals, by qualified key
    top: tuple[ast.Stmt, ...]           # the main file's top-level statements
    run_main: bool                      # no top-level statements and a `main` exists
    types: dict[int, Type]              # id(expr) -> type of the expression
    coerce: dict[int, Type]             # id(expr) -> implicit conversion target
    calls: dict[int, Callee]            # id(ast.Call) -> resolution
    keep: list[object]                  # keeps the trees (and ids) alive
    envs: dict[str, ModuleEnv] = field(default_factory=dict)  # dependencies first, main last
    module_refs: dict[int, str] = field(default_factory=dict)  # id(`m.X`) -> global key
    builtin_values: dict[int, str] = field(default_factory=dict)  # id(`pi`, `math.pi`) -> "math.pi"
    parallel: dict[int, ParallelLoop] = field(default_factory=dict)  # id(ast.For) of `parallel for`
    instances: dict[tuple[str, tuple[Type, ...]], str] = field(default_factory=dict)  # (template, types) -> key
    borrow_loops: set[int] = field(default_factory=set)  # id(ast.For) whose variable borrows the element
    texts: dict[int, ast.Expr] = field(default_factory=dict)  # id(ast.FormattedValue) -> `x.__str__()` to format
    ref_loops: set[int] = field(default_factory=set)  # id(ast.For) whose variable is a reference to the element
    ref_binds: set[int] = field(default_factory=set)  # id(`q = xs[i]`) binding a reference to the element (check/aliases.py)
    handlers: dict[int, Handler] = field(default_factory=dict)  # id(ast.ExceptHandler) -> meaning
    error_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # exception class -> it and its bases
    error_homes: dict[str, str] = field(default_factory=dict)  # exception class -> the module that defines it
    raised: dict[int, ast.Expr] = field(default_factory=dict)   # id(ast.Raise) -> the error it raises
    # id(ast.Raise) of an object of an exception class -> (its code, its str and its repr:
    # calls on the name check/errors.py RAISED); `raise e` of a bound object -> e's name
    raised_objects: dict[int, tuple[str, ast.Expr, ast.Expr]] = field(default_factory=dict)
    reraised: dict[int, str] = field(default_factory=dict)
    views: list[tuple[Span, str, tuple[tuple[str, str], ...]]] = field(default_factory=list)  # (`except`, Handler.view)
    default_sites: list[RaiseSite] = field(default_factory=list)  # calls in default values
    # compile time (LANGUAGE.md §7, check/comptime.py): the value of each name that
    # denotes a compile-time constant; the globals computed by calls (key -> the
    # function that computes it); the branch each `@parameter if` keeps; the checked
    # copies of each `@parameter for` body with the loop variable's value
    consts: dict[int, object] = field(default_factory=dict)
    comptime: dict[str, str] = field(default_factory=dict)
    struct_templates: dict[str, ast.StructDef] = field(default_factory=dict)  # structs with parameters, by key
    struct_args: dict[str, tuple[str, tuple[object, ...]]] = field(default_factory=dict)  # instance -> (template, values)
    closure_layouts: dict[str, dict[tuple[object, ...], str]] = field(default_factory=dict)  # check/closures.py
    static_ifs: dict[int, bool] = field(default_factory=dict)
    # id(ast.Subscript) of dict reads inside a `try` that catches KeyError: a missing key
    # raises it there (a catchable error), where elsewhere it is a fault (§9)
    raising_keys: set[int] = field(default_factory=set)
    # the span of a set display of constants -> the order CPython adds its items in (check/sets.py)
    set_orders: dict[Span, tuple[int, ...]] = field(default_factory=dict)
    # (struct, field) of the fields that hold an int or a float (check/numbers.py): those
    # this check was told of, and those it found (which ask for another check)
    number_fields: frozenset[tuple[str, str]] = frozenset()
    wider_fields: set[tuple[str, str]] = field(default_factory=set)
    # sema/webs.py: for an assignment of a name, the reads it shares with the name's other
    # assignments (each read's span, and the spans of all the assignments it may see)
    shared_reads: dict[Span, list[tuple[Span, frozenset[Span]]]] = field(default_factory=dict)
    orders: dict[str, str] = field(default_factory=dict)  # struct -> its `__lt__` instance (check/orders.py)
    hashes: dict[str, tuple[str, str]] = field(default_factory=dict)  # struct -> its `__hash__`, `__eq__` (check/hashing.py)
    setitems: dict[int, ast.Call] = field(default_factory=dict)  # id(`obj[k] = v`) -> its `obj.__setitem__(k, v)`
    type_names: dict[int, tuple[str, str]] = field(default_factory=dict)  # id(`type(x).__name__`) -> ("const", name) / ("caught", x) / ("number", "")
    truths: dict[int, ast.Call] = field(default_factory=dict)  # id(an object tested for truth) -> its `__bool__`/`__len__` call
    unrolled: dict[int, list[tuple[object, tuple[ast.Stmt, ...]]]] = field(default_factory=dict)
    # id(expr) of an optional used as its payload (its recorded type) -> the `TypeError`
    # message when it is `None`, "" where narrowing proved it is not (check/optional.py)
    unwraps: dict[int, str] = field(default_factory=dict)
    generators: dict[int, str] = field(default_factory=dict)  # id(ast.Call) of a generator -> its FnInfo key
    stored_generators: dict[int, ast.Call] = field(default_factory=dict)  # id(`g` in `for x in g`) -> `g = call`'s call
    # objects of several classes (check/classes.py): the field reads of such an object;
    # each `isinstance(x, C)`'s answer (known) or the union's parts that answer yes
    union_reads: set[int] = field(default_factory=set)
    unbuilt_parts: dict[str, Span] = field(default_factory=dict)  # such a class -> the first call that skipped it
    class_attrs: dict[tuple[int, str], str] = field(default_factory=dict)  # (id(`x.a`), class) -> a's module variable
    class_narrowed: dict[int, int] = field(default_factory=dict)  # id(a use of a union variable) -> the part it holds there
    # module-level reference loops (check/refloop.py): the loop, its list, the functions its body calls
    top_ref_loops: list[tuple[ast.For, str, tuple[tuple[str, ast.Call], ...], str]] = field(default_factory=list)
    instance_tests: dict[int, bool | tuple[int, ...] | str] = field(default_factory=dict)  # str: "int"/"float" of a number


RAISED = "$raised"  # the object being raised, while its str and repr are made (check/errors.py)
NAMED_TUPLE = "NamedTuple"  # the decorator name sema/ordering.py marks a named tuple's class with


def named_tuple_view(program: Program, t: Type) -> Type | None:
    """The tuple of a named tuple's fields (`x, y = point` unpacks it as that tuple), for
    an object of a `NamedTuple` class; None for any other type."""
    from ember.types import types as T

    info = program.structs.get(t.name) if isinstance(t, T.StructType) else None
    if info is None or not any(isinstance(d, ast.Name) and d.id == NAMED_TUPLE for d in info.node.decorators):
        return None
    return T.TupleType(tuple(ft for _, ft in info.fields))
