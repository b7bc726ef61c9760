"""Calls: user functions, struct initializers, methods, and the built-ins of LANGUAGE.md §3."""
from __future__ import annotations

from ember.base.source import Span
from ember.sema import tast
from ember.sema.check import (classes, closures, counters, deques, instancetest, dicts, errors, excclass, generators, generic, numbers,
                              optional, orders, sets, simd)
from ember.sema.check import params as cparams
from ember.sema.check.context import INT_MATH_FNS, MATH_FNS, Checker
from ember.diagnostics.diagnostic import Label, did_you_mean
from ember.sema.check.effects import MUTATING_METHODS
from ember.sema.check.expr import check, comparable, convert_to, expect, module_names, truthy, undecided
from ember.sema.check.infer import Hole, defer, fresh, unify, zonk
from ember.syntax import ast
from ember.types import types as T
from ember.types.errors import KINDS

CONVERSIONS = frozenset({"int", "Int", "float", "f32", "f64", "str", "bool", "Bool", "i8", "i16", "i32", "i64",
                         "u8", "u16", "u32", "u64", "Float32", "Float64", "String"})
ITER_ONLY = frozenset({"range", "enumerate", "zip"})
LIST_METHODS = frozenset({"append", "pop", "extend", "insert", "clear", "copy", "index", "count", "remove",
                          "reverse", "sort"})
STR_METHODS = {"upper": T.STR, "lower": T.STR, "strip": T.STR, "lstrip": T.STR, "rstrip": T.STR,
               "replace": T.STR, "find": T.INT, "startswith": T.BOOL, "endswith": T.BOOL, "count": T.INT,
               "isdigit": T.BOOL, "isalpha": T.BOOL, "isspace": T.BOOL, "split": T.ListType(T.STR),
               "join": T.STR, "copy": T.STR, "index": T.INT, "isalnum": T.BOOL, "isupper": T.BOOL,
               "islower": T.BOOL, "title": T.STR, "capitalize": T.STR, "ljust": T.STR, "rjust": T.STR,
               "center": T.STR, "zfill": T.STR, "rsplit": T.ListType(T.STR), "splitlines": T.ListType(T.STR),
               "rfind": T.INT, "rindex": T.INT, "removeprefix": T.STR, "removesuffix": T.STR, "swapcase": T.STR,
               "expandtabs": T.STR, "partition": T.TupleType((T.STR,) * 3), "rpartition": T.TupleType((T.STR,) * 3),
               "isdecimal": T.BOOL, "isnumeric": T.BOOL, "istitle": T.BOOL, "isidentifier": T.BOOL}
_STR_ARITY = {"replace": (2, 3), "find": (1, 1), "index": (1, 1), "startswith": (1, 1), "endswith": (1, 1),
              "count": (1, 1), "split": (0, 1), "join": (1, 1), "strip": (0, 1), "lstrip": (0, 1), "rstrip": (0, 1),
              "ljust": (1, 2), "rjust": (1, 2), "center": (1, 2), "zfill": (1, 1), "rsplit": (0, 2),
              "rfind": (1, 1), "rindex": (1, 1), "removeprefix": (1, 1), "removesuffix": (1, 1), "expandtabs": (0, 1),
              "partition": (1, 1), "rpartition": (1, 1)}
_STR_ARITY["split"] = (0, 2)
_STR_INT_ARGS = {"ljust": 0, "rjust": 0, "center": 0, "zfill": 0, "replace": 2, "split": 1, "rsplit": 1, "expandtabs": 0}
"""The position of a method's Int argument (the others are str)."""


def _builtin(ck: Checker, e: ast.Call, name: str, recv: ast.Expr | None, args: tuple[ast.Expr, ...],
             kwargs: tuple[tuple[str, ast.Expr], ...] = ()) -> None:
    ck.program.calls[id(e)] = tast.CallBuiltin(name, recv, args, kwargs)


def record_operator(ck: Checker, node: ast.Expr, key: str, recv: ast.Expr, args: tuple[ast.Expr, ...]) -> T.Type:
    """`recv.m(args)` for an operator (`a < b`, `len(a)`, `a[i]`) whose method is `key`: a
    `def` method's unannotated parameters take the operands' types (an instance)."""
    fn = ck.program.fns[key]
    if fn.generic:
        if len(args) != len(fn.params) - 1:
            return ck.error(node.span, f"`{key}` takes {len(fn.params) - 1} operand(s) besides `self`")
        types = tuple(ck.type_of(a) if id(a) in ck.program.types else check(ck, a) for a in args)
        call = ast.Call(ast.Attribute(recv, fn.name, node.span), args, (), node.span)
        ck.program.keep.append(call)
        inst = generic.instance(ck, fn, tuple(types[i - 1] for i in fn.generic), call)
        if inst is None:
            return T.ERROR
        fn, key = inst, inst.key
    if not fn.ret_known and not fn.generic and not generic.ensure_checked(ck, fn, node):  # a `def __str__(self):`
        return T.ERROR
    errors.note_call(ck, key, node.span)
    for a, p in zip(args, fn.params[1:]):
        expect(ck, a, p.type, f"for `{p.name}` of `{key}`") if id(a) not in ck.program.types else convert_to(ck, a, ck.type_of(a), p.type)
    ck.program.calls[id(node)] = tast.CallMethod(key, recv, args)
    return fn.ret


def protocol_call(ck: Checker, recv: ast.Expr, name: str, key: str, args: tuple[ast.Expr, ...] = (),
                  span: Span | None = None) -> tuple[ast.Call, T.Type]:
    """The call `recv.name(args)` of method `key` that Python makes implicitly (`str(x)`'s
    `__str__`, an object's truth by `__bool__`, a sort's `__lt__`): a kept node of its
    own, checked as an operator's call, and its type."""
    at = span or recv.span
    node = ast.Call(ast.Attribute(recv, name, at), args, (), at)
    ck.program.keep.append(node)
    return node, ck.record(node, record_operator(ck, node, key, recv, args))


def as_text(ck: Checker, a: ast.Expr, t: T.Type, method: str = "__str__") -> ast.Expr:
    """`a`, or the call `a.__str__()` (a checked node of its own) when `a` is a struct
    that defines `__str__`, or `__repr__`, which Python's `str` falls back to: what
    print, `str` and f-strings format (`method` "__repr__": what `repr` and `!r` do)."""
    if isinstance(t, T.ClassUnion):
        return _union_text(ck, a, t, method)
    if not isinstance(t, T.StructType) or t.name not in ck.program.structs:
        return a
    methods = ck.program.structs[t.name].methods
    name = next((m for m in (method, "__repr__") if m in methods), None)
    if name is None:
        return a
    node, ret = protocol_call(ck, a, name, methods[name])
    if ret != T.STR and not T.is_error(ret):
        ck.error(a.span, f"`{t.name}.{name}` must return `str`, not `{ret}`")
    ck.record(node, T.STR)
    return node


def _union_text(ck: Checker, a: ast.Expr, u: T.ClassUnion, method: str) -> ast.Expr:
    """`as_text` of an object of any class of a family: the `__str__` (or `__repr__`) of
    the class present, when every class has one; the dataclass form when none has."""
    name = classes.text_method(ck, u, method)
    if name is None:
        return a
    if not name:
        ck.error(a.span, f"some classes of `{u}` define `{method}` and others do not",
                 help=(f"define `{method}` in `{u}`, so that every class of the family has one",))
        return a
    node = ast.Call(ast.Attribute(a, name, a.span), (), (), a.span)
    ck.program.keep.append(node)
    ret = classes.method(ck, node, a, u, name)
    if ret != T.STR and not T.is_error(ret):
        ck.error(a.span, f"`{u}.{name}` must return `str`, not `{ret}`")
    ck.record(node, T.STR)
    return node


def _count_true(ck: Checker, e: ast.Call, args: tuple[ast.Expr, ...]) -> T.Type:
    """`sum(x > 0 for x in xs)`: Python's bools add as 0 and 1, so the sum of `Bool`s counts
    the true ones (an `Int`). It runs as one loop over the items (mir/build/generators.py
    `reduce`): a list given whole is taken as `(b for b in flags)`."""
    items = args[0]
    if not (isinstance(items, ast.ListComp) and items.lazy):
        items = _each_of(ck, items)
        check(ck, items)
    if len(args) == 2:
        expect(ck, args[1], T.INT, "as the start of a sum of `Bool`s")
    _builtin(ck, e, "sum", None, (items, *args[1:]))
    return T.INT


def _sum_undecided(ck: Checker, e: ast.Call, args: tuple[ast.Expr, ...], t: T.ListType) -> T.Type:
    """`sum` of a list whose element type no use has decided yet (infer.py): a start value
    decides it (`sum([], 0.0)` is `0.0`); without one the result is an element, whose type
    a later use decides, else `Int` (Python's `sum([])` is the int `0`). It must be a
    number, checked once known."""
    if len(args) == 2:
        st = check(ck, args[1])
        if T.is_error(st):
            return st
        if not T.is_numeric(st) or not unify(ck, t.elem, st):
            return ck.error(args[1].span, f"`sum` expects a number to start from, found `{st}`")
    elem = t.elem

    def numeric() -> None:
        if not T.is_numeric(zonk(elem)) and not T.is_error(zonk(elem)):
            ck.error(args[0].span, f"`sum` expects a list of numbers, found `{zonk(t)}`")
    defer(ck, numeric)
    _builtin(ck, e, "sum", None, args)
    return zonk(elem)


# Python's parameter names of built-ins that take keywords (`round(x, ndigits=2)`), with
# the value a skipped earlier parameter takes ("none": None, else an int)
_KEYWORDS: dict[str, tuple[tuple[str, str | int | None], ...]] = {
    "round": (("number", None), ("ndigits", "none")), "int": (("x", None), ("base", 10)),
    "sum": (("iterable", None), ("start", 0)), "enumerate": (("iterable", None), ("start", 0)),
    "pow": (("base", None), ("exp", None), ("mod", None)),
    "str.split": (("sep", "none"), ("maxsplit", -1)), "str.rsplit": (("sep", "none"), ("maxsplit", -1)),
    "str.replace": (("old", None), ("new", None), ("count", -1)), "str.expandtabs": (("tabsize", 8),),
    "str.ljust": (("width", None), ("fillchar", None)), "str.rjust": (("width", None), ("fillchar", None)),
    "str.center": (("width", None), ("fillchar", None)), "str.zfill": (("width", None),),
}


def _positional(ck: Checker, e: ast.Call, name: str) -> ast.Call:
    """`e` with its keyword arguments moved to their positions, for a built-in whose
    checking reads positions; `e` itself when it has none or one is unknown (the
    built-in's own check reports it). The new call stands for `e` (see _via)."""
    params = _KEYWORDS.get(name)
    if not e.keywords or params is None:
        return e
    names = [p for p, _ in params]
    given: dict[int, ast.Expr] = dict(enumerate(e.args))
    for kw in e.keywords:
        if kw.name not in names or names.index(kw.name) in given:
            return e
        given[names.index(kw.name)] = kw.value
    args: list[ast.Expr] = []
    for i in range(max(given) + 1):
        if i in given:
            args.append(given[i])
        elif params[i][1] == "none":
            args.append(ast.NoneLit(e.span))
        elif isinstance(params[i][1], int):
            args.append(ast.IntLit(params[i][1], e.span))
        else:
            return e  # a required argument is missing: reported by the built-in
    moved = ast.Call(e.func, tuple(args), (), e.span)
    ck.program.keep.append(moved)
    return moved


def _via(ck: Checker, e: ast.Call, moved: ast.Call, t: T.Type) -> T.Type:
    """`e` compiles as `moved`, its keywords made positional."""
    if moved is not e and id(moved) in ck.program.calls:
        ck.program.calls[id(e)] = ck.program.calls[id(moved)]
    return t


def _spread(ck: Checker, e: ast.Call) -> ast.Call:
    """`f(a, *t)` with `t` a tuple (a variable's, or a display) as `f(a, t[0], t[1])`: its
    length is known, so the call is an ordinary one (a wrapper's `g(*args)`). The new
    call stands for `e` (see _via); `e` itself when no `*` can be spread (`*xs` of a list
    stays, and expr.py reports it)."""
    args: list[ast.Expr] = []
    for a in e.args:
        match a:
            case ast.Starred(value=ast.TupleExpr(elts=elts) | ast.ListExpr(elts=elts)):
                args += elts
            case ast.Starred(value=ast.Name(id=name) as v) if T.is_tuple(t := ck.lookup(name)):
                args += [ast.Subscript(v, ast.IntLit(i, a.span), a.span) for i in range(len(t.elems))]
            case _:
                args.append(a)
    if len(args) == len(e.args) and all(x is y for x, y in zip(args, e.args)):
        return e
    spread = ast.Call(e.func, tuple(args), e.keywords, e.span)
    ck.program.keep.append(spread)
    return spread


def _printed(ck: Checker, e: ast.Call) -> bool:
    """Whether `e` is a call of the built-in `print` with a `*` left (a list's, not a tuple's)."""
    return isinstance(e.func, ast.Name) and e.func.id == "print" and ck.lookup("print") is None \
        and ck.fn_key("print") is None and any(isinstance(a, ast.Starred) for a in e.args)


def _unspread(ck: Checker, e: ast.Call) -> T.Type:
    """A call with a `*` that `_spread` cannot spread: one error at it, not one per
    parameter it leaves without an argument."""
    for a in (*e.args, *(kw.value for kw in e.keywords)):
        if not isinstance(a, ast.Starred):
            check(ck, a)
        elif T.is_tuple(t := check(ck, a.value)):
            ck.error(a.span, "`*` spreads a tuple variable or display over a call's arguments",
                     help=("bind this tuple to a name first (`t = ...`, then `f(*t)`)",))
        elif not T.is_error(t):
            ck.error(a.span, f"`*` cannot spread a `{t}` over a call's arguments: its length is not known "
                             "when compiling", help=("index it (`f(xs[0], xs[1])`), or pass it whole",))
    return T.ERROR


def check_call(ck: Checker, e: ast.Call, expected: T.Type | None) -> T.Type:
    if any(isinstance(a, ast.Starred) for a in e.args):
        spread = _spread(ck, e)
        if _printed(ck, spread):  # `print(*xs)` of a list: `print(" ".join([str(x) for x in xs]))`
            from ember.sema.desugar import print_starred

            joined = print_starred(spread)
            ck.program.keep.append(joined)
            return _via(ck, e, joined, check_call(ck, joined, expected))
        if spread is not e:
            return _via(ck, e, spread, check_call(ck, spread, expected))
        return _unspread(ck, e)
    f = e.func
    match f:
        case ast.Name(id=name):
            if callable_object(ck, ck.lookup(name)):
                return _call_method(ck, e, f, "__call__", expected)  # `f(x)` of an object: its `__call__`
            if ck.lookup(name) is not None:
                return ck.error(f.span, f"`{name}` is a variable, not a function")
            if (key := ck.fn_key(name)) is not None:
                return _call_fn(ck, e, ck.program.fns[key], e.args, None)
            if (key := ck.struct_key(name)) is not None:
                return _call_struct(ck, e, closures.layout(ck, key, e))
            if name in ck.imported:
                mod, orig = ck.imported[name]
                if mod == "math" and orig in MATH_FNS:
                    return _math(ck, e, orig)
                if (mod, orig) == ("time", "perf_counter"):
                    _arity(ck, e, 0, 0)
                    _builtin(ck, e, "perf_counter", None, ())
                    return T.F64
                if (mod, orig) == ("dataclasses", "dataclass"):
                    return ck.error(e.span, "`dataclass` is a decorator")
                if (mod, orig) == ("collections", "defaultdict"):
                    return dicts.defaultdict(ck, e, expected)
                if (mod, orig) == ("collections", "Counter"):
                    return counters.construct(ck, e, expected)
                if (mod, orig) == ("collections", "deque"):
                    return deques.construct(ck, e, expected)
            if name in dicts.KEY_ITERATORS and ck.fn_key(name) is None and (keyed := dicts.keys_call(ck, e)) is not None:
                return _via(ck, e, keyed, check_call(ck, keyed, expected))
            if name in dicts.KEY_ITERATORS and ck.fn_key(name) is None and (listed := sets.listed_call(ck, e)) is not None:
                return _via(ck, e, listed, check_call(ck, listed, expected))
            moved = _positional(ck, e, name)
            if name in generators.CONSUMERS:
                generators.allow(ck, moved.args)
            return _via(ck, e, moved, _call_builtin(ck, moved, name, expected))
        case ast.Attribute(value=ast.Name(id=alias), attr=attr) if ck.imported.get(alias, ("", "?"))[1] == "" and ck.lookup(alias) is None:
            mod = ck.imported[alias][0]
            if mod == "math" and attr in MATH_FNS:
                return _math(ck, e, attr)
            if (mod, attr) == ("time", "perf_counter"):
                _builtin(ck, e, "perf_counter", None, ())
                return T.F64
            if (mod, attr) == ("collections", "defaultdict"):
                return dicts.defaultdict(ck, e, expected)
            if (mod, attr) == ("collections", "Counter"):
                return counters.construct(ck, e, expected)
            if (mod, attr) == ("collections", "deque"):
                return deques.construct(ck, e, expected)
            return ck.error(f.span, f"module `{mod}` has no function `{attr}`")
        case ast.Attribute(value=ast.Name(id=alias), attr=attr) if alias in ck.env.modules and ck.lookup(alias) is None:
            env = ck.program.envs[ck.env.modules[alias]]
            if excclass.named(ck, f) is not None and env.key(attr) not in ck.program.structs:  # `raise errs.AppError("...")`
                return errors.check_constructor(ck, e, attr)
            if (key := env.key(attr)) in ck.program.fns:
                return _call_fn(ck, e, ck.program.fns[key], e.args, None)
            if key in ck.program.structs:
                return _call_struct(ck, e, key)
            for a in e.args:
                check(ck, a)
            return ck.error(f.span, f"module `{env.name}` has no function or struct `{attr}`",
                            help=did_you_mean(attr, module_names(ck, env.name)))
        case ast.Attribute(value=stream, attr=attr) if (name := stream_name(ck, stream)) is not None:
            return _stream_method(ck, e, name, attr)
        case ast.Attribute(value=recv, attr=attr):
            return _call_method(ck, e, recv, attr, expected)
        case ast.Subscript(value=ast.Name(id="SIMD"), index=index) if ck.lookup("SIMD") is None and ck.struct_key("SIMD") is None:
            return simd.construct(ck, e, index)
        case ast.Subscript(value=ast.Name(id="iota") as fn, index=index) if _is_iota(ck, fn):
            return simd.iota(ck, e, index)
        case ast.Subscript(value=ast.Attribute(value=ast.Name(id=mod), attr="iota"), index=index) if ck.imported.get(mod) == ("math", "") and ck.lookup(mod) is None:
            return simd.iota(ck, e, index)
        case ast.Subscript(value=ast.Attribute(value=recv, attr="load"), index=index):
            return simd.load(ck, e, recv, index)
        case ast.Subscript(value=ast.Name(id=name), index=index) if ck.lookup(name) is None \
                and (key := ck.fn_key(name)) is not None:
            explicit = index.elts if isinstance(index, ast.TupleExpr) else (index,)
            if not ck.program.fns[key].template:
                for a in e.args:
                    check(ck, a)
                return ck.error(f.span, f"`{name}` has no compile-time parameters")
            return _call_fn(ck, e, ck.program.fns[key], e.args, None, explicit)
        case ast.Subscript(value=ast.Name(id=name), index=index) if ck.lookup(name) is None \
                and (key := cparams.template_key(ck, name)) is not None:
            st = cparams.struct_instance(ck, key, index.elts if isinstance(index, ast.TupleExpr) else (index,), f.span)
            if T.is_error(st):
                for a in e.args:
                    check(ck, a, T.ERROR)  # no follow-on errors (an empty list's type)
                return st
            return _call_struct(ck, e, st.name)  # type: ignore[union-attr]
        case ast.Subscript(value=ast.Name(id=name)) if ck.lookup(name) is None:
            for a in e.args:
                check(ck, a)
            return ck.error(f.span, "compile-time parameters are only supported on functions and structs")
        case ast.Call() | ast.UnaryOp() | ast.BinOp() | ast.Subscript() | ast.IfExp():
            t = optional.unwrap(ck, f, check(ck, f), "'NoneType' object is not callable")
            if isinstance(t, T.ClassUnion) and callable_object(ck, t):  # `ops[k](a, b)`: a function as a value
                return classes.method(ck, e, f, t, "__call__")
            key = ck.program.structs[t.name].methods.get("__call__") if isinstance(t, T.StructType) else None
            if key is not None:  # `make(3)(x)`, `(-p)(x)`: the object's `__call__`
                return _call_fn(ck, e, ck.program.fns[key], e.args, f)
            for a in e.args:
                check(ck, a)
            return ck.error(f.span, "this expression cannot be called") if not T.is_error(t) else t
        case _:
            for a in e.args:
                check(ck, a)
            return ck.error(f.span, "this expression cannot be called")


STREAM_METHODS = {"stdin": {"read": T.STR, "readline": T.STR, "readlines": T.ListType(T.STR)},
                  "stdout": {"write": T.INT, "flush": T.NONE}, "stderr": {"write": T.INT, "flush": T.NONE}}


def stream_name(ck: Checker, e: ast.Expr) -> str | None:
    """"stdin", "stdout" or "stderr" for `sys.stdin` (`sys` the imported module) or a name
    imported `from sys`; None for anything else."""
    match e:
        case ast.Attribute(value=ast.Name(id=alias), attr=attr) if attr in STREAM_METHODS:
            return attr if ck.imported.get(alias) == ("sys", "") and ck.lookup(alias) is None else None
        case ast.Name(id=n) if ck.imported.get(n, ("", ""))[0] == "sys" and ck.lookup(n) is None:
            return name if (name := ck.imported[n][1]) in STREAM_METHODS else None
        case _:
            return None


def _stream_method(ck: Checker, e: ast.Call, stream: str, attr: str) -> T.Type:
    """`sys.stdin.readline()`, `sys.stdout.write(s)`, ...: calls of the runtime's streams."""
    methods = STREAM_METHODS[stream]
    if attr not in methods:
        for a in e.args:
            check(ck, a)
        return ck.error(e.func.span, f"`sys.{stream}` has no method `{attr}`",
                        help=did_you_mean(attr, list(methods)) or (f"its methods are {', '.join(methods)}",))
    n = 1 if attr == "write" else 0
    if not _arity(ck, e, n, n, f"sys.{stream}.{attr}"):
        return T.ERROR
    for a in e.args:
        expect(ck, a, T.STR, f"(`sys.{stream}.write` writes a `str`)")
    # stderr is unbuffered: its flush is stdout's, which every stderr write does first
    _builtin(ck, e, "io.stdout_flush" if attr == "flush" else f"io.{stream}_{attr}", None, e.args)
    return methods[attr]


FILE_METHODS = {"read": T.STR, "readline": T.STR, "readlines": T.ListType(T.STR), "write": T.INT,
                "writelines": T.NONE, "close": T.NONE, "flush": T.NONE}
MODES = frozenset({"r", "w", "a", "rt", "wt", "at"})


def _open(ck: Checker, e: ast.Call) -> T.Type:
    """`open(path, mode="r", encoding="utf-8")`: text files only; a literal mode is checked here."""
    args = list(e.args)
    for kw in e.keywords:
        if kw.name == "mode" and len(args) == 1:
            args.append(kw.value)
        elif kw.name == "encoding":
            if not (isinstance(kw.value, ast.StrLit) and kw.value.value.lower().replace("-", "").replace("_", "")
                    in ("utf8", "ascii")):
                ck.error(kw.value.span, "files are read and written as UTF-8 text",
                         help=("leave out `encoding=`, or write `encoding=\"utf-8\"`",))
        else:
            ck.error(kw.span, f"`open` has no argument `{kw.name}` in Ember",
                     help=("Ember's `open` takes a path, a mode and `encoding=\"utf-8\"`",))
    if not 1 <= len(args) <= 2:
        for a in args:
            check(ck, a)
        return ck.error(e.span, f"`open` takes 1 to 2 arguments but {len(args)} were given")
    for a in args:
        expect(ck, a, T.STR, "(`open` takes a path and a mode)")
    if len(args) == 2 and isinstance(args[1], ast.StrLit) and args[1].value not in MODES:
        ck.error(args[1].span, f"`open` mode {args[1].value!r} is not supported: Ember opens text files "
                               "to read (\"r\"), write (\"w\") or append (\"a\")",
                 help=("binary files, \"+\" and \"x\" modes are not supported",))
    _builtin(ck, e, "io.open", None, tuple(args))
    errors.note_raise(ck, e.span, "FileNotFoundError")
    return T.FILE


def _file_method(ck: Checker, e: ast.Call, recv: ast.Expr, attr: str) -> T.Type:
    """`f.read()`, `f.write(s)`, ...: the methods of a `TextFile`."""
    if attr not in FILE_METHODS:
        for a in e.args:
            check(ck, a)
        return ck.error(e.func.span, f"`TextFile` has no method `{attr}`",
                        help=did_you_mean(attr, list(FILE_METHODS)) or (f"its methods are {', '.join(FILE_METHODS)}",))
    n = 1 if attr in ("write", "writelines") else 0
    if not _arity(ck, e, n, n, f"TextFile.{attr}"):
        return T.ERROR
    for a in e.args:
        expect(ck, a, T.STR if attr == "write" else T.ListType(T.STR), f"(`TextFile.{attr}`)")
    _builtin(ck, e, f"io.file_{attr}", recv, e.args)
    return FILE_METHODS[attr]


def _is_iota(ck: Checker, f: ast.Name) -> bool:
    """`iota[T, W]()`: a built-in (also `from math import iota`) unless a user name hides it."""
    return ck.lookup(f.id) is None and ck.fn_key(f.id) is None and ck.imported.get(f.id, ("math", "iota")) == ("math", "iota")


def _arity(ck: Checker, e: ast.Call, lo: int, hi: int, name: str = "") -> bool:
    n = len(e.args)
    name = name or (e.func.id if isinstance(e.func, ast.Name) else "")
    if e.keywords and name not in ("print", "sorted", "list.sort", "isclose"):
        ck.error(e.keywords[0].span, f"`{name}` takes no keyword arguments")
    if lo <= n <= hi:
        return True
    want = str(lo) if lo == hi else f"{lo} to {hi}"
    ck.error(e.span, f"`{name}` takes {want} argument{'s' if hi != 1 else ''} but {n} were given")
    for a in e.args:
        check(ck, a)
    return False


_MATH_ARITY = {"pow": (2, 2), "atan2": (2, 2), "hypot": (2, 2), "fma": (3, 3), "copysign": (2, 2), "fmod": (2, 2),
               "remainder": (2, 2), "isclose": (2, 2), "log": (1, 2), "gcd": (2, 2), "lcm": (2, 2), "comb": (2, 2),
               "perm": (1, 2)}


def _math(ck: Checker, e: ast.Call, name: str) -> T.Type:
    lo, hi = _MATH_ARITY.get(name, (1, 1))
    if not _arity(ck, e, lo, hi, name):
        return T.ERROR
    if name in INT_MATH_FNS:
        for a in e.args:
            expect(ck, a, T.INT, f"(`math.{name}` takes integers)")
        _builtin(ck, e, "math." + name, None, e.args)
        return T.INT
    if name == "fsum":  # the exactly rounded sum (rt.c ember_fsum)
        args = _lazily(ck, e.args)
        args, t = _as_list(ck, args, check(ck, args[0]))
        if isinstance(t, T.ListType) and isinstance(t.elem, Hole):
            unify(ck, t.elem, T.F64)  # `fsum([])`: of floats, unless a later use decides
            t = zonk(t)
        if not (isinstance(t, T.ListType) and t.elem in (T.F64, T.INT, T.NUMBER)):
            return ck.error(args[0].span, f"`fsum` expects a list of numbers, found `{t}`") if not T.is_error(t) else t
        _builtin(ck, e, "math.fsum", None, args)
        return T.F64
    kwargs: list[tuple[str, ast.Expr]] = []
    for kw in e.keywords:
        if name == "isclose" and kw.name in ("rel_tol", "abs_tol"):
            expect(ck, kw.value, T.F64)
            kwargs.append((kw.name, kw.value))
        else:
            ck.error(kw.span, f"`{name}` has no argument `{kw.name}`")
    ts = [check(ck, a, T.F64) for a in e.args]
    if any(isinstance(t, T.SIMDType) for t in ts):
        return simd.math(ck, e, name, ts) if not any(T.is_error(t) for t in ts) else T.ERROR
    ft = T.F64 if name == "isclose" else next((t for t in ts if isinstance(t, T.FloatType)), T.F64)
    for a, t in zip(e.args, ts):
        if not T.is_number(t) and not T.is_error(t):
            return ck.error(a.span, f"`{name}` expects a number, found `{t}`")
        convert_to(ck, a, t, ft)
    _builtin(ck, e, "math." + name, None, e.args, tuple(kwargs))
    if name in ("floor", "ceil", "trunc"):
        return T.INT
    if name in ("isnan", "isinf", "isfinite", "isclose"):
        return T.BOOL
    return ft


def _call_fn(ck: Checker, e: ast.Call, fn: tast.FnInfo, args: tuple[ast.Expr, ...], recv: ast.Expr | None,
             explicit: tuple[ast.Expr, ...] | None = None) -> T.Type:
    params = fn.params[1:] if recv is not None else fn.params
    if fn.generator and generators.recursion(ck, e, fn):
        for a in (*args, *(kw.value for kw in e.keywords)):
            check(ck, a)
        return T.ERROR
    args = tuple(generators.range_arg(ck, a) for a in args)  # `sample(range(100), 3)`: a list, as Python's range is a sequence
    if fn.generator:  # its arguments may be generators (iterated by its body)
        generators.allow(ck, args + tuple(kw.value for kw in e.keywords))
    label = str(T.StructType(fn.key))  # `m.f` for a function of module `m`
    if label.startswith("function ") and label.endswith(".__call__"):  # a function as a value: `add`
        label = label.removeprefix("function ").removesuffix(".__call__")
    if recv is not None and fn.params and fn.params[0].convention == "inout" and isinstance(recv, (ast.Name, ast.Attribute, ast.Subscript)):
        ck.require_mutable(recv)
    elif recv is not None and fn.params and fn.params[0].convention == "inout" and _returns_self(ck, recv):
        # `c.inc().inc()` where `inc` returns `self`: Python changes `c` again, through the
        # object `inc` returned; here that is a copy, and the change would be lost
        return ck.error(recv.span, f"`{fn.name}` changes its object, and this one is the copy of an object that a "
                                   "method returned as `self`: the change would be lost",
                        help=("call the methods one by one on the variable (`c.inc()`, then `c.inc()`)",))
    ordered: list[ast.Expr | None] = [None] * len(params)
    defined = (Label(fn.node.name_span, f"`{label}` defined here"),)  # for a wrong count of arguments
    ok = True
    positional = [i for i, p in enumerate(params) if p.kind not in ("kw", "var")]
    var = next((i for i, p in enumerate(params) if p.kind == "var"), None)
    if var is not None:  # `*args`: the extra positional arguments, as a tuple
        extra = args[len(positional):]
        span = Span(extra[0].span.file, extra[0].span.start, extra[-1].span.end) if extra else e.span
        ordered[var] = gathered = ast.TupleExpr(tuple(extra), span)
        ck.program.keep.append(gathered)
        args = args[:len(positional)]
    if len(args) > len(positional):
        n = len(positional)
        which = "positional argument" if n < len(params) else "argument"
        ck.error(e.span, f"`{label}` takes {n} {which}{'s' if n != 1 else ''} but {len(args)} were given",
                 help=(f"pass {', '.join(f'`{p.name}=...`' for p in params if p.kind == 'kw')} by name",)
                 if n < len(params) else (), labels=defined)
        ok = False
    for i, a in zip(positional, args):
        ordered[i] = a
    names = [p.name if p.kind != "var" else "*" for p in params]
    for kw in e.keywords:
        if kw.name not in names:
            ck.error(kw.span, f"`{label}` has no argument named `{kw.name}`")
            ok = False
            continue
        i = names.index(kw.name)
        if params[i].kind == "pos":
            ck.error(kw.span, f"`{label}`'s argument `{kw.name}` is positional only (before `/`): pass it without its name")
            ok = False
            ordered[i] = kw.value  # given, if wrongly: not also "missing"
            continue
        if ordered[i] is not None:
            ck.error(kw.span, f"`{label}` got two values for argument `{kw.name}`")
            ok = False
        ordered[i] = generators.range_arg(ck, kw.value) if fn.generator else kw.value
    for i, p in enumerate(params):
        if ordered[i] is None:
            if p.default is None:
                ck.error(e.span, f"`{label}` is missing argument `{p.name}`", labels=defined)
                ok = False
            else:
                ordered[i] = p.default
    if fn.generator:
        generators.restrict_args(ck, fn, params, ordered)
    checked: set[int] = set()
    inferred: set[int] = set()
    if fn.template:
        from ember.sema.check import params as cparams

        got = cparams.instantiate(ck, fn, e, explicit, ordered) if ok else None
        if got is None:
            for a in args:
                if id(a) not in ck.program.types:
                    check(ck, a)
            return T.ERROR
        template_params, (fn, inferred) = params, got
        params = fn.params[1:] if recv is not None else fn.params
        ordered = [q.default if a is not None and a is p.default else a  # the instance's own defaults
                   for a, p, q in zip(ordered, template_params, params)]
    if fn.generic and ok:
        template = fn
        types = []
        for i in template.generic:
            a = ordered[i - (recv is not None)]
            p = template.params[i]
            if p.kind == "var" and not T.is_error(p.type) and isinstance(a, ast.TupleExpr):  # `*xs: T`
                for x in a.elts:
                    expect(ck, x, p.type)
                types.append(ck.record(a, T.TupleType((p.type,) * len(a.elts))))
            else:
                types.append(T.ERROR if a is None else check(ck, a))
            checked.add(id(a))
        inst = generic.instance(ck, template, tuple(types), e)
        if inst is None:
            return T.ERROR
        fn = inst
        params = fn.params[1:] if recv is not None else fn.params
        ordered = [a if a is not p.default or a is None else q.default for a, p, q in zip(ordered, template.params[len(template.params) - len(params):], params)]
    elif not generic.ensure_checked(ck, fn, e):
        return T.ERROR
    for a, p in zip(ordered, params):
        if a is None:
            continue
        if p.default is a:
            continue  # defaults were checked with the function
        if id(a) in inferred:
            convert_to(ck, a, ck.type_of(a), p.type)
        elif id(a) not in checked:
            expect(ck, a, p.type, "")
        if p.convention == "owned" and not p.inferred:
            ck.require_movable(a)
        if p.convention == "inout" and isinstance(a, (ast.Name, ast.Attribute, ast.Subscript)):
            ck.require_mutable(a)
        elif p.convention == "inout" and not p.inferred:
            ck.error(a.span, "an `inout` argument must be a variable, field or element, not a temporary")
    if not ok:
        for a in args:
            if id(a) not in ck.program.types:
                check(ck, a)
        return T.ERROR
    passed = [(a, p) for a, p in zip(ordered, params) if a is not None]
    _check_aliasing(ck, ([(recv, fn.params[0])] if recv is not None and fn.params else []) + passed)
    final = tuple(a for a in ordered if a is not None)
    errors.note_call(ck, fn.key, errors.callee_span(e))
    if recv is not None:
        ck.program.calls[id(e)] = tast.CallMethod(fn.key, recv, final)
    else:
        ck.program.calls[id(e)] = tast.CallFn(fn.key, final)
    return generators.call_type(ck, e, fn) if fn.generator else fn.ret


def _returns_self(ck: Checker, recv: ast.Expr) -> bool:
    """Whether `recv` is a call of a method whose body returns its own object (`return
    self`): Python's chained calls then change the first object, which a copy cannot."""
    from ember.sema.check.generic import returns_name

    call = ck.program.calls.get(id(recv))
    if not isinstance(call, tast.CallMethod) or call.key not in ck.program.fns:
        return False
    fn = ck.program.fns[call.key]
    return bool(fn.params) and returns_name(fn.node.body, fn.params[0].name)


def _check_aliasing(ck: Checker, passed: list[tuple[ast.Expr, tast.ParamInfo]]) -> None:
    """An `inout` argument may not alias another argument passed by reference (§5):
    `f(xs, xs)` is an error, `f(xs, len(xs))` is fine (a value computed from it)."""
    from ember.sema.check.effects import root_name

    def by_reference(a: ast.Expr, p: tast.ParamInfo) -> str | None:
        if not isinstance(a, (ast.Name, ast.Attribute, ast.Subscript)):
            return None
        if p.convention != "inout" and isinstance(p.type, (T.IntType, T.FloatType, T.BoolType)):
            return None
        return root_name(a)

    for i, (a, p) in enumerate(passed):
        if p.convention != "inout" or (root := by_reference(a, p)) is None:
            continue
        for j, (b, q) in enumerate(passed):
            if j != i and by_reference(b, q) == root and (q.convention != "inout" or j > i):
                ck.error(b.span, f"`{root}` is passed as `inout` and also as another argument of this call",
                         "aliases the `inout` argument", labels=(Label(a.span, "passed as `inout` here"),),
                         help=(f"an `inout` argument must be the only reference to `{root}`: pass a copy "
                               f"(`{root}.copy()`) or a value computed from it",))
                return


def _call_struct(ck: Checker, e: ast.Call, name: str) -> T.Type:
    info = ck.program.structs[name]
    if "__init__" in info.methods:
        init = ck.program.fns[info.methods["__init__"]]
        t = _call_fn(ck, e, init, e.args, e.func)
        call = ck.program.calls.get(id(e))
        if isinstance(call, tast.CallMethod):
            ck.program.calls[id(e)] = tast.CallInit(name, call.key, call.args)  # an instance of a generic __init__ has its own key
        return T.StructType(name) if not T.is_error(t) else t
    fields = info.fields
    ordered: list[ast.Expr | None] = [None] * len(fields)
    names = [n for n, _ in fields]
    if len(e.args) > len(fields):
        for a in e.args:
            check(ck, a)
        return ck.error(e.span, f"`{name}` has {len(fields)} field{'s' if len(fields) != 1 else ''} but {len(e.args)} values were given")
    for i, a in enumerate(e.args):
        ordered[i] = a
    for kw in e.keywords:
        if kw.name not in names:
            check(ck, kw.value)
            ck.error(kw.span, f"struct `{name}` has no field `{kw.name}`")
            continue
        ordered[names.index(kw.name)] = kw.value
    defaults = {f.name: f.default for f in info.node.fields}
    missing = False
    for i, (fname, ftype) in enumerate(fields):
        a = ordered[i]
        if a is None:
            if defaults.get(fname) is not None:
                ordered[i] = defaults[fname]
                continue
            ck.error(e.span, f"missing value for field `{fname}` of `{name}`")
            missing = True
            continue
        expect(ck, a, ftype, f"for field `{fname}`")
        ck.require_movable(a)
    if missing:
        return T.ERROR
    ck.program.calls[id(e)] = tast.CallStruct(name, tuple(a for a in ordered if a is not None))
    return T.StructType(name)


def callable_object(ck: Checker, t: T.Type | None) -> bool:
    """Whether a value of type `t` is an object with `__call__` (every class of a union
    has it): a function as a value (sema/fnvalues.py) or a class's."""
    t = zonk(t) if t is not None else None
    if isinstance(t, T.OptionalType):  # `if callback is not None: callback(x)`
        t = zonk(t.elem)
    return bool(classes.classes_of(t)) and all("__call__" in ck.program.structs[k].methods
                                                for k in classes.classes_of(t))  # type: ignore[arg-type]


def _call_method(ck: Checker, e: ast.Call, recv: ast.Expr, attr: str, expected: T.Type | None) -> T.Type:
    rt = optional.unwrap(ck, recv, check(ck, recv), f"'NoneType' object has no attribute '{attr}'")
    if T.is_error(rt):
        for a in e.args:
            check(ck, a)
        return rt
    if isinstance(rt, Hole):  # an element of a list whose type no use has decided yet
        for a in e.args:
            check(ck, a)
        return undecided(ck, recv, rt)
    if isinstance(rt, T.ClassUnion):
        return classes.method(ck, e, recv, rt, attr)
    if isinstance(rt, T.StructType):
        info = ck.program.structs[rt.name]
        if attr in info.methods:
            return _call_fn(ck, e, ck.program.fns[info.methods[attr]], e.args, recv)
        if attr == "copy" and not e.args:
            _builtin(ck, e, "copy", recv, ())
            return rt
        if info.field_index(attr) >= 0 and callable_object(ck, info.fields[info.field_index(attr)][1]):
            return _call_method(ck, e, e.func, "__call__", expected)  # `self.on_done(x)`: a function in a field
        static = ck.program.fns.get(f"{rt.name}${attr}")  # a `@staticmethod`/`@classmethod` (sema/classattrs.py)
        if static is not None and isinstance(recv, ast.Name):
            return _call_fn(ck, e, static, e.args, None)
        return ck.error(e.func.span, f"`{rt}` has no method `{attr}`")
    if isinstance(rt, T.SIMDType):
        return simd.method(ck, e, recv, rt, attr)
    if isinstance(rt, T.ListType):
        from ember.sema.check import vartuples

        if (dt := deques.method(ck, e, recv, rt, attr)) is not None:
            return dt
        if not vartuples.method(ck, rt, attr, e.func.span):
            for a in e.args:
                check(ck, a)
            return T.ERROR
        if attr in MUTATING_METHODS:
            ck.require_mutable(recv, appending=attr == "append")
        return _list_method(ck, e, recv, rt, attr)
    if rt == T.STR and attr in STR_METHODS:
        moved = _positional(ck, e, f"str.{attr}")
        return _via(ck, e, moved, _str_method(ck, moved, recv, attr))
    if rt == T.FILE:
        return _file_method(ck, e, recv, attr)
    if isinstance(rt, T.DictType):
        return dicts.method(ck, e, recv, rt, attr)
    if isinstance(rt, T.SetType):
        return sets.method(ck, e, recv, rt, attr)
    if attr == "copy" and not e.args:
        _builtin(ck, e, "copy", recv, ())
        return rt
    return ck.error(e.func.span, f"`{rt}` has no method `{attr}`")


def _list_method(ck: Checker, e: ast.Call, recv: ast.Expr, lt: T.ListType, attr: str) -> T.Type:
    el = lt.elem
    name = f"list.{attr}"
    match attr:
        case "append":
            if _arity(ck, e, 1, 1, name):
                at = check(ck, e.args[0], numbers.context(el))
                if not (isinstance(recv, ast.Name) and classes.widens(ck, recv.id, el, at)):
                    convert_to(ck, e.args[0], at, el, f"to append to `{lt}`", _decided_by(ck, recv, lt))
                ck.require_movable(e.args[0])
            ret: T.Type = T.NONE
        case "pop":
            if _arity(ck, e, 0, 1, name) and e.args:
                expect(ck, e.args[0], T.INT)
            ret = el
        case "extend":
            if _arity(ck, e, 1, 1, name):
                expect(ck, e.args[0], T.ListType(lt.elem))  # a deque extends by a list too
            ret = T.NONE
        case "insert":
            if _arity(ck, e, 2, 2, name):
                expect(ck, e.args[0], T.INT)
                expect(ck, e.args[1], el, f"to insert into `{lt}`", _decided_by(ck, recv, lt))
            ret = T.NONE
        case "clear" | "reverse":
            _arity(ck, e, 0, 0, name)
            ret = T.NONE
        case "copy":
            _arity(ck, e, 0, 0, name)
            ret = lt
        case "index" | "count" | "remove":
            if _arity(ck, e, 1, 1, name):
                expect(ck, e.args[0], el)
                if not comparable(el, ordered=False):
                    ck.error(e.span, f"`{name}` needs `==` on `{el}`")
            ret = T.NONE if attr == "remove" else T.INT
        case "store":
            return simd.store(ck, e, recv, lt)
        case "sort":
            _arity(ck, e, 0, 0, name)
            kw = _sort_kw(ck, e, lt)
            if _ordered_items(ck, e, lt, kw):
                _builtin(ck, e, name, recv, (), kw)
            return T.NONE
        case _:
            for a in e.args:
                check(ck, a)
            return ck.error(e.func.span, f"`{lt}` has no method `{attr}`")
    _builtin(ck, e, name, recv, e.args)
    return ret


def _decided_by(ck: Checker, recv: ast.Expr, lt: T.ListType) -> Label | None:
    """Where a use decided the element type of the list variable `recv` was created
    empty with (infer.py), for an error about adding an element of another type."""
    from ember.sema.check.infer import decided_at

    if not isinstance(recv, ast.Name) or ck.lookup(recv.id) is None:
        return None
    at = decided_at(ck.scope.locals.get(recv.id) or ck.env.globals.get(recv.id) or lt)
    return Label(at, f"`{recv.id}` holds `{lt.elem}` because of this") if at is not None else None


def _sort_kw(ck: Checker, e: ast.Call, items: T.Type, reverse: bool = True) -> tuple[tuple[str, ast.Expr], ...]:
    """`reverse=` and `key=` of `sorted`, `list.sort`, `min` and `max`. The key, a lambda
    of one argument (sema/lift.py writes every key function as one), becomes the list of
    keys `[body for arg in key.items]`, checked with `key.items` bound to the items; the
    keys must be ordered, the items then need not be."""
    out = []
    for kw in e.keywords:
        if kw.name == "reverse" and reverse:
            expect(ck, kw.value, T.BOOL)
            out.append(("reverse", kw.value))
        elif kw.name == "key" and isinstance(kw.value, ast.Lambda) and isinstance(items, T.ListType):
            lam = kw.value
            if len(lam.params) != 1:
                ck.error(lam.span, f"a key function takes 1 argument, this one takes {len(lam.params)}")
                out.append(("key", lam))  # an error: nothing is lowered
                continue
            gen = ast.Comprehension(ast.Name(lam.params[0], lam.span), ast.Name(tast.KEY_ITEMS, lam.span), (), lam.span)
            keys = ast.ListComp(lam.body, (gen,), lam.span)
            ck.program.keep.append(keys)
            ck.scope.comp_scopes.append({tast.KEY_ITEMS: items})
            try:
                kt = check(ck, keys)
            finally:
                ck.scope.comp_scopes.pop()
            if isinstance(kt, T.ListType) and not orders.orderable(ck, kt.elem, lam.body.span):
                ck.error(lam.body.span, f"keys of type `{kt.elem}` cannot be ordered")
            out.append(("key", keys))
        elif kw.name == "key":
            check(ck, kw.value)
            ck.error(kw.value.span, "`key=` expects a function of one argument (a name or a `lambda`)")
            out.append(("key", kw.value))
        else:
            ck.error(kw.span, f"unexpected keyword argument `{kw.name}`")
    return tuple(out)


def _ordered_items(ck: Checker, e: ast.Call, t: T.Type, kw: tuple[tuple[str, ast.Expr], ...]) -> bool:
    """Whether the items `t` of a sort, `min` or `max` can be ordered, or a key orders them."""
    if any(k == "key" for k, _ in kw) or not isinstance(t, T.ListType) or orders.orderable(ck, t.elem, e.span):
        return True
    what = f"objects of several classes of `{t.elem}`'s family" if isinstance(t.elem, T.ClassUnion) \
        else f"`{t.elem}` values"
    ck.error(e.args[0].span if e.args else e.span, f"{what} cannot be ordered" +
             (" by `__lt__` yet" if isinstance(t.elem, T.ClassUnion) else ""),
             help=("pass `key=` a function that gives an ordered value",))
    return False


def _str_method(ck: Checker, e: ast.Call, recv: ast.Expr, attr: str) -> T.Type:
    name = f"str.{attr}"
    if not _arity(ck, e, *_STR_ARITY.get(attr, (0, 0)), name):
        return T.ERROR
    padding = attr in ("ljust", "rjust", "center", "zfill")
    args = e.args
    if attr in ("split", "rsplit") and args and isinstance(args[0], ast.NoneLit):
        name, args = f"str.{attr}_ws", args[1:]  # `s.split(None, 1)`: whitespace runs
        attr = f"{attr}_ws"
    if attr in ("startswith", "endswith") and len(args) == 1 and isinstance(args[0], ast.TupleExpr):
        shown = ast.ListExpr(args[0].elts, args[0].span)  # s.startswith(("a", "b")): any of them
        ck.program.keep.append(shown)
        expect(ck, shown, T.ListType(T.STR))
        _builtin(ck, e, f"str.{attr}_any", recv, (shown,))
        return T.BOOL
    if attr == "join":
        generators.allow(ck, args[:1])
    if attr == "join" and args and isinstance(args[0], (ast.Name, ast.Attribute, ast.Subscript, ast.TupleExpr, ast.StrLit)):
        t = check(ck, args[0])
        if isinstance(t, T.StrType):  # "-".join("abc"): its characters
            chars = ast.Call(ast.Name("list", args[0].span), (args[0],), (), args[0].span)
            ck.program.keep.append(chars)
            args = (chars,)
        elif t == T.ListType(T.STR, "tuple"):  # a tuple of any length: a list underneath
            _builtin(ck, e, name, recv, args)
            return T.STR
        else:
            args, _ = _as_list(ck, args, t)  # "-".join(("a", "b"))
    for i, a in enumerate(args):
        at = i + (attr.endswith("_ws"))
        expect(ck, a, T.ListType(T.STR) if attr == "join" else T.INT if _STR_INT_ARGS.get(attr.removesuffix("_ws")) == at else T.STR)
        if padding and i == 1 and isinstance(a, ast.StrLit) and len(a.value) != 1:
            ck.error(a.span, "the fill character must be exactly one character long")
    aliases = {"index": "str.index_of", "rindex": "str.rindex_of", "isdecimal": "str.isdigit", "isnumeric": "str.isdigit"}
    _builtin(ck, e, aliases.get(attr, name), recv, args)
    return STR_METHODS[attr.removesuffix("_ws")]


def _call_builtin(ck: Checker, e: ast.Call, name: str, expected: T.Type | None) -> T.Type:
    args = e.args
    match name:
        case "print":
            kws = []
            to = "print"
            for kw in e.keywords:
                if kw.name in ("sep", "end"):
                    expect(ck, kw.value, T.STR)
                    kws.append((kw.name, kw.value))
                elif kw.name == "flush":
                    expect(ck, kw.value, T.BOOL)
                elif kw.name == "file" and stream_name(ck, kw.value) is None:
                    if check(ck, kw.value) == T.FILE:
                        to = "fprint"
                        kws.append(("file", kw.value))
                    elif not T.is_error(ck.type_of(kw.value)):
                        ck.error(kw.value.span, "`print` writes to a file (from `open`), `sys.stdout` or "
                                                f"`sys.stderr`, not `{ck.type_of(kw.value)}`")
                elif kw.name == "file":
                    to = {"stderr": "eprint", "stdout": "print"}.get(stream_name(ck, kw.value) or "", "")
                    if not to:
                        to = "print"
                        ck.error(kw.value.span, "`sys.stdin` cannot be written to")
                else:
                    ck.error(kw.span, f"`print` has no argument `{kw.name}`")
            shown = []
            for a in args:
                t = check(ck, a)
                if t == T.FILE:
                    ck.error(a.span, f"cannot print a value of type `{t}`")
                shown.append(as_text(ck, a, t))
            _builtin(ck, e, to, None, tuple(shown), tuple(kws))
            return T.NONE
        case "open":
            return _open(ck, e)
        case "with.exit":  # the end of a `with` block (sema/desugar.py)
            t = check(ck, args[0])
            if t == T.FILE:
                _builtin(ck, e, "io.file_close", args[0], ())
            elif not T.is_error(t):
                ck.error(e.span, f"`with` takes a file (from `open`), not `{t}`",
                         help=("other context managers (`__enter__`/`__exit__`) are not supported",))
            return T.NONE
        case "input":
            if _arity(ck, e, 0, 1):
                for a in args:
                    expect(ck, a, T.STR, "(the prompt of `input`)")
                _builtin(ck, e, "io.input", None, args)
            return T.STR
        case "len":
            if _arity(ck, e, 1, 1):
                t = optional.unwrap(ck, args[0], check(ck, args[0]), "object of type 'NoneType' has no len()")
                t = simd.as_list(ck, args[0], t)
                if isinstance(t, T.StructType) and "__len__" in ck.program.structs[t.name].methods:
                    return record_operator(ck, e, ck.program.structs[t.name].methods["__len__"], args[0], ())
                t = tast.named_tuple_view(ck.program, t) or t  # a named tuple's length: its number of fields
                if not isinstance(t, (T.ListType, T.DictType, T.SetType, T.StrType, T.TupleType, T.ArrayType, T.ErrorType)) \
                        or isinstance(t, T.ClassUnion):
                    return ck.error(args[0].span, f"`{t}` has no length")
                _builtin(ck, e, "len", None, args)
            return T.INT
        case _ if name in CONVERSIONS:
            return _conversion(ck, e, name)
        case "abs":
            if _arity(ck, e, 1, 1):
                t = check(ck, args[0], expected)
                if isinstance(t, T.SIMDType):
                    return simd.abs_(ck, e, t)
                if isinstance(t, T.StructType) and "__abs__" in ck.program.structs[t.name].methods:
                    return record_operator(ck, e, ck.program.structs[t.name].methods["__abs__"], args[0], ())
                if not T.is_number(t) and not T.is_error(t):
                    return ck.error(args[0].span, f"`abs` expects a number, found `{t}`")
                _builtin(ck, e, "abs", None, args)
                return t
            return T.ERROR
        case "min" | "max":
            return _minmax(ck, e, name, expected)
        case "select":
            return simd.select(ck, e)
        case "sum":
            if _arity(ck, e, 1, 2):
                args = _lazily(ck, args)
                args, t = _as_list(ck, args, check(ck, args[0], T.ListType(expected) if numbers.context(expected) else None))
                t = simd.as_list(ck, args[0], t)
                if isinstance(t, T.ListType) and isinstance(t.elem, Hole):
                    return _sum_undecided(ck, e, args, t)
                if t == T.ListType(T.BOOL):
                    return _count_true(ck, e, args)
                if not (isinstance(t, T.ListType) and T.is_number(t.elem)):
                    return ck.error(args[0].span, f"`sum` expects a list of numbers, found `{t}`") if not T.is_error(t) else t
                el = t.elem
                if len(args) == 2:
                    st = check(ck, args[1], el)
                    if isinstance(st, T.FloatType) and isinstance(el, T.IntType):
                        ck.error(args[1].span, "`sum` of integers with a float start is not supported; convert the items")
                    else:
                        convert_to(ck, args[1], st, el)
                _builtin(ck, e, "sum", None, args)
                return el
            return T.ERROR
        case "sorted" | "reversed":
            if _arity(ck, e, 1, 1, name):
                args = _listed(ck, args)
                args, t = _as_list(ck, args, check(ck, args[0]))
                t = simd.as_list(ck, args[0], t)
                if T.is_error(t):
                    return t
                if not isinstance(t, (T.ListType, T.StrType)):
                    return ck.error(args[0].span, f"`{name}` expects a list, found `{t}`", help=sets.name_it(t))
                kw = _sort_kw(ck, e, t) if name == "sorted" else ()
                if name == "sorted" and not _ordered_items(ck, e, t, kw):
                    return T.ERROR
                _builtin(ck, e, name, None, args, kw)
                return T.ListType(t.elem) if isinstance(t, T.ListType) else T.ListType(T.STR)  # a deque's: a list
            return T.ERROR
        case "round":
            if _arity(ck, e, 1, 2):
                t = check(ck, args[0])
                if not T.is_number(t) and not T.is_error(t):
                    return ck.error(args[0].span, f"`round` expects a number, found `{t}`")
                if len(args) == 2:
                    expect(ck, args[1], T.INT)
                _builtin(ck, e, "round", None, args)
                return t if len(args) == 2 or isinstance(t, T.IntType) else T.INT
            return T.ERROR
        case "pow":  # pow(a, b) is `a ** b` (sema/desugar.py); pow(a, b, m) is modular
            if _arity(ck, e, 3, 3):
                for a in args:
                    expect(ck, a, T.INT, "in `pow` with a modulus")
                _builtin(ck, e, "pow.mod", None, args)
            return T.INT
        case "divmod":
            if _arity(ck, e, 2, 2):
                from ember.sema.check.expr import _binop

                fake = ast.BinOp("//", args[0], args[1], e.span)
                ck.program.keep.append(fake)
                t = _binop(ck, fake, expected)
                _builtin(ck, e, "divmod", None, (fake.left, fake.right))
                return T.TupleType((t, t)) if not T.is_error(t) else t
            return T.ERROR
        case "any" | "all":
            if _arity(ck, e, 1, 1):
                args = _lazily(ck, args)
                t = simd.as_list(ck, args[0], check(ck, args[0]))
                if not isinstance(t, (T.ListType, T.ErrorType)):
                    return ck.error(args[0].span, f"`{name}` expects a list, found `{t}`", help=sets.name_it(t))
                _builtin(ck, e, name, None, args)
            return T.BOOL
        case "ord":
            if _arity(ck, e, 1, 1):
                expect(ck, args[0], T.STR)
                _builtin(ck, e, "ord", None, args)
            return T.INT
        case "chr":
            if _arity(ck, e, 1, 1):
                expect(ck, args[0], T.INT)
                _builtin(ck, e, "chr", None, args)
            return T.STR
        case "repr":
            if _arity(ck, e, 1, 1):
                text = as_text(ck, args[0], check(ck, args[0]), "__repr__")
                _builtin(ck, e, "repr", None, args) if text is args[0] else _builtin(ck, e, "as_is", None, (text,))
            return T.STR
        case "tuple":  # of any length: a list of kind "tuple" (check/vartuples.py)
            from ember.sema.check import vartuples

            return vartuples.construct(ck, e, _call_builtin, expected)
        case "list":
            if _arity(ck, e, 1, 1):
                a = args[0]
                if isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and a.func.id == "range" and ck.lookup("range") is None:
                    _range_args(ck, a)
                    ck.record(a, T.ListType(T.INT))
                    _builtin(ck, e, "list.range", None, a.args)
                    return T.ListType(T.INT)
                if isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and a.func.id in ("zip", "enumerate") \
                        and ck.lookup(a.func.id) is None:  # list(zip(xs, ys)): [p for p in zip(xs, ys)]
                    return _listed_by_loop(ck, e, a)
                t = check(ck, a)
                if id(a) in ck.program.generators:  # the list its loop builds (mir/build/generators.py)
                    _builtin(ck, e, "as_is", None, args)
                    return t
                if isinstance(t, T.StrType):
                    _builtin(ck, e, "list.str", None, args)
                    return T.ListType(T.STR)
                if (et := uniform_elem(t)) is not None:
                    _builtin(ck, e, "list.of_tuple", None, args)
                    return T.ListType(et)
                if _iterable_object(ck, t):  # list(obj): [v for v in obj], through its `__iter__`
                    return _listed_by_loop(ck, e, a)
                if t == T.TupleType(()):  # `list(args)` of no extra arguments: a later use types it
                    _builtin(ck, e, "list.of_tuple", None, args)
                    return fresh(ck, e)
                if not isinstance(t, (T.ListType, T.ErrorType)):
                    return ck.error(a.span, f"`list` expects a list, found `{t}`", help=sets.name_it(t))
                _builtin(ck, e, "copy", args[0], ())
                return T.ListType(t.elem) if isinstance(t, T.ListType) and t.kind else t  # list(q) of a deque: a list
            return T.ERROR
        case _ if name in KINDS or name in ck.program.error_classes:
            return errors.check_constructor(ck, e, name)
        case _ if name.endswith(("Error", "Exception")):
            for a in args:
                check(ck, a)
            return ck.error(e.func.span, f"unknown error kind `{name}`", "not an error kind",
                            help=(f"Ember's kinds are {', '.join(KINDS)}",))
        case _ if name in ITER_ONLY:
            for a in args:
                check(ck, a)
            return ck.error(e.span, f"`{name}(...)` can only be iterated over here (use it in a `for` or wrap it in `list(...)`)")
        case "dict":
            return dicts.construct(ck, e, expected)
        case "set" | "$set":
            return sets.construct(ck, e, expected)
        case "isinstance" if (known := instancetest.instance_test(ck, e)) is not None:
            _builtin(ck, e, "isinstance", None, e.args[:1])
            return known
        case "hash" if _arity(ck, e, 1, 1):  # Python's hash of the value (an object's: its `__hash__`)
            t = check(ck, args[0])
            if dicts.hashable_key(ck, t, args[0].span, "`hash` argument"):
                _builtin(ck, e, "hash", None, args)
            return T.INT
        case "isinstance" | "type" | "id" | "hash" | "input" | "open" | "map" | "filter":
            for a in args:
                check(ck, a)
            return ck.error(e.func.span, f"`{name}` is not supported by Ember")
        case _:
            for a in args:
                check(ck, a)
            return ck.unknown_name(name, e.func.span)


def _range_args(ck: Checker, e: ast.Call) -> None:
    if _arity(ck, e, 1, 3, "range"):
        for a in e.args:
            t = check(ck, a, T.INT)
            if not isinstance(t, (T.IntType, T.ErrorType)):
                ck.error(a.span, f"`range` expects integers, found `{t}`")


def uniform_elem(t: T.Type) -> T.Type | None:
    """The element type of a tuple whose elements all have one type: Python's tuples are
    sequences, so such a tuple iterates, sums and sorts like a list of them."""
    if T.is_tuple(t) and t.elems and all(x == t.elems[0] for x in t.elems):
        return t.elems[0]
    return None


def _as_list(ck: Checker, args: tuple[ast.Expr, ...], t: T.Type) -> tuple[tuple[ast.Expr, ...], T.Type]:
    """`sum(t)`, `max(t)`, `sorted(t)` of a tuple of one element type: of `list(t)`; of an
    object whose class has `__iter__`: of `(v for v in t)`."""
    if _iterable_object(ck, t):
        lazy = _each_of(ck, args[0])
        return (lazy, *args[1:]), check(ck, lazy)
    if t == T.TupleType(()):  # sum(()) of a `*args` called with none: of `[]`
        empty = ast.ListExpr((), args[0].span)
        ck.program.keep.append(empty)
        return (empty, *args[1:]), check(ck, empty)
    if uniform_elem(t) is None or ck.lookup("list") is not None:
        return args, t
    listed = ast.Call(ast.Name("list", args[0].span), args[:1], (), args[0].span)
    ck.program.keep.append(listed)
    return (listed, *args[1:]), check(ck, listed)


def _listed_by_loop(ck: Checker, e: ast.Call, a: ast.Expr) -> T.Type:
    """`list(a)` as the list `[v for v in a]` builds (a `zip`, `enumerate`, an object)."""
    item = ast.Name("$item", a.span)
    comp = ast.ListComp(item, (ast.Comprehension(item, a, (), a.span),), e.span)
    ck.program.keep.append(comp)
    t = check(ck, comp)
    _builtin(ck, e, "as_is", None, (comp,))
    return t


def _iterable_object(ck: Checker, t: T.Type) -> bool:
    return isinstance(t, T.StructType) and "__iter__" in getattr(ck.program.structs.get(t.name), "methods", {})


def _iter_only(ck: Checker, a: ast.Expr) -> bool:
    """Whether `a` is a call of the built-in `range`, `enumerate` or `zip`."""
    return isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and a.func.id in ITER_ONLY \
        and ck.lookup(a.func.id) is None and ck.fn_key(a.func.id) is None


def _listed(ck: Checker, args: tuple[ast.Expr, ...]) -> tuple[ast.Expr, ...]:
    """`sorted(enumerate(xs))`, `min(zip(a, b), key=...)`: an `enumerate`, `zip` or `range`
    that is consumed whole is checked as the list `list(...)` makes of it."""
    a = args[0]
    if _iter_only(ck, a) and ck.lookup("list") is None:
        listed = ast.Call(ast.Name("list", a.span), (a,), (), a.span)
        ck.program.keep.append(listed)
        return (listed, *args[1:])
    return args


def _lazily(ck: Checker, args: tuple[ast.Expr, ...]) -> tuple[ast.Expr, ...]:
    """`sum(range(n))`, `any(enumerate(xs))`: the generator expression `(v for v in
    range(n))`, which they take one item at a time (no list of n items)."""
    return (_each_of(ck, args[0]), *args[1:]) if _iter_only(ck, args[0]) else args


def _each_of(ck: Checker, a: ast.Expr) -> ast.ListComp:
    """The generator expression `(v for v in a)`, kept (the checker made it)."""
    item = ast.Name("iter.item", a.span)
    lazy = ast.ListComp(item, (ast.Comprehension(item, a, (), a.span),), a.span, lazy=True)
    ck.program.keep.append(lazy)
    return lazy


def _minmax_default(ck: Checker, e: ast.Call, default: ast.Keyword, expected: T.Type | None) -> T.Type:
    """`max(xs, default=d)`: `d if len(xs) == 0 else max(xs)`, with xs a variable (read twice)."""
    xs = e.args[0]
    if not isinstance(xs, (ast.Name, ast.Attribute)):
        check(ck, xs)
        return ck.error(default.span, "`default=` needs the list in a variable",
                        help=("assign it first: `items = ...`, then `max(items, default=...)`",))
    span = e.span
    length = ast.Call(ast.Name("len", span), (xs,), (), span)
    empty = ast.Compare(length, ("==",), (ast.IntLit(0, span),), span)
    rest = ast.Call(e.func, e.args, tuple(k for k in e.keywords if k is not default), span)
    chosen = ast.IfExp(empty, default.value, rest, span)
    ck.program.keep.append(chosen)
    t = check(ck, chosen, expected)
    _builtin(ck, e, "as_is", None, (chosen,))
    return t


def _minmax(ck: Checker, e: ast.Call, name: str, expected: T.Type | None) -> T.Type:
    args = e.args
    if not args:
        return ck.error(e.span, f"`{name}` expects at least 1 argument")
    if e.keywords and len(args) > 1:
        ck.error(e.keywords[0].span, f"`{name}` of several arguments takes no keyword arguments",
                 help=(f"pass a list: `{name}([a, b], key=...)`",))
    if len(args) == 1 and (default := next((k for k in e.keywords if k.name == "default"), None)) is not None:
        return _minmax_default(ck, e, default, expected)
    if len(args) == 1:
        args = _listed(ck, args)
        args, t = _as_list(ck, args, check(ck, args[0]))
        t = simd.as_list(ck, args[0], t)
        if T.is_error(t):
            return t
        if t == T.STR and ck.lookup("list") is None:  # min("hello"): over its characters, as `list` gives them
            chars = ast.Call(ast.Name("list", args[0].span), args, (), args[0].span)
            ck.program.keep.append(chars)
            t = check(ck, chars)
            args = (chars,)
        if not isinstance(t, (T.ListType)):
            return ck.error(args[0].span, f"`{name}` of one argument expects a list, found `{t}`", help=sets.name_it(t))
        kw = _sort_kw(ck, e, t, reverse=False)
        if not _ordered_items(ck, e, t, kw):
            return T.ERROR
        _builtin(ck, e, name + ".list", None, args, kw)
        return t.elem
    ts = [check(ck, a, expected) for a in args]
    ts = [optional.unwrap(ck, a, t, f"'{'>' if name == 'max' else '<'}' not supported between instances of "  # Python's
                          "'NoneType' and a number") for a, t in zip(args, ts)]
    if any(T.is_error(t) for t in ts):
        return T.ERROR
    if any(isinstance(t, T.SIMDType) for t in ts):
        return simd.minmax(ck, e, name, ts)
    result = ts[0]
    for t in ts[1:]:
        if (n := numbers.join(result, t)) is not None:  # `max(3, 2.5)` is the int 3
            result = n
        elif isinstance(result, T.IntType) and isinstance(t, T.FloatType):
            result = t
    for a, t in zip(args, ts):
        if not convert_to(ck, a, t, result, f"in `{name}`"):
            return T.ERROR
    if not orders.orderable(ck, result, e.span):
        return ck.error(e.span, f"`{result}` values cannot be ordered")
    _builtin(ck, e, name, None, args)
    return result


def _conversion(ck: Checker, e: ast.Call, name: str) -> T.Type:
    target = T.SCALAR_NAMES[name]
    if not _arity(ck, e, 0 if name in ("str", "int", "float", "bool") else 1, 2 if name in ("int", "Int") else 1, name):
        return T.ERROR
    if len(e.args) == 2:  # int(s, base)
        if not T.is_error(t := check(ck, e.args[0])) and t != T.STR:
            return ck.error(e.args[0].span, f"`{name}` with a base converts a `str`, not `{t}`")
        expect(ck, e.args[1], T.INT)
        _builtin(ck, e, _parse(ck, e), None, e.args)
        return target
    if not e.args:
        _builtin(ck, e, "default", None, ())
        return target
    # Python's `float(x)` types `x` as Python would (`float(89 & i)` is an Int `&`); the
    # target is a hint only for the sized conversions (`f32(1.5)`).
    t = check(ck, e.args[0], target if T.is_numeric(target) and name != "float" else None)
    if T.is_error(t):
        return t
    ok = (target == T.STR or (T.is_numeric(target) and (T.is_numeric(t) or t in (T.BOOL, T.STR, T.NUMBER)))
          or (target == T.BOOL))
    if not ok:
        return ck.error(e.args[0].span, f"cannot convert `{t}` to `{target}`")
    if isinstance(t, T.StrType) and isinstance(target, T.IntType) and target != T.INT:
        return ck.error(e.args[0].span, f"parse a string with `Int(...)` then convert to `{target}`")
    if target == T.BOOL:
        truthy(ck, e.args[0], t)
    if target == T.STR and (text := as_text(ck, e.args[0], t)) is not e.args[0]:
        _builtin(ck, e, "as_is", None, (text,))  # str(x) of a struct with `__str__`: that string
        return target
    _builtin(ck, e, _parse(ck, e) if t == T.STR and T.is_numeric(target) else "convert", None, e.args)
    return target


def _parse(ck: Checker, e: ast.Call) -> str:
    """`int(s)`, `float(s)`: a text that is no number raises ValueError inside a `try` that
    catches it ("convert.raising": Python's `try: n = int(s) except ValueError:`), and is
    the ValueError fault elsewhere (LANGUAGE.md §9), as a missing dict key is (dicts.py)."""
    return "convert.raising" if errors.raises_here(ck, e.span, "ValueError") else "convert"


__all__ = ["as_text", "check_call", "record_operator", "truthy"]
