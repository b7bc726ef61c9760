"""Python spellings that are sugar for forms Ember has, rewritten on the syntax tree
before checking (the new nodes keep the original spans, so diagnostics point at what
was written):

- `map(f, xs)` is `[f(x) for x in xs]` (several lists: zipped), `filter(f, xs)` is
  `[x for x in xs if f(x)]`: Python's are lazy, but every use Ember has for them
  (`list(...)`, a `for`, `join`, `sum`) sees the same items;
- `"{} {:.2f}".format(a, b)` and `"%d %.2f" % (a, b)` with a literal format string are
  f-strings; `hex(x)`, `oct(x)`, `bin(x)` are `f"{x:#x}"`, ...; `format(x, "spec")` is
  `f"{x:spec}"`; `pow(a, b)` is `a ** b`;
- `for line in sys.stdin` is `for line in sys.stdin.readlines()` (the same lines, read
  before the loop rather than as it goes);
- `with a as x, b: body` is `x = a` then `try: (b's the same) body finally: x.close()`
  (a name of its own holds a value without `as`): the file is closed however the
  block is left; the checker takes `with.exit` (sema/check/calls.py);
- `name := value` evaluated first in a statement is an assignment before it
  (sema/walrus.py);
- `enumerate(xs, start=k)` is `enumerate(xs, k)`; `zip(*rows)` is the list of columns
  (tuples of any length, sema/check/vartuples.py); a display `[a, *xs]` is
  `[a] + [x for x in xs]` (and the checker makes `print(*xs)` of a list a join with
  `print_starred`, once it knows that xs is no tuple);
- `return iter(xs)` in a class's `__iter__` is `yield from xs` (then `return`);
- `name = lambda a: body` is `def name(a): return body`;
- a `key=` function of `sorted`, `min`, `max`, `list.sort` is a lambda (`key=len` is
  `key=lambda item: len(item)`, `key=str.lower` is `key=lambda item: item.lower()`),
  which is the one form the checker takes.

A name the module defines or imports itself (`def map(...)`, `from math import pow`) is
left alone, as is a format string
this does not understand (the checker then reports it).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ember.base.source import Span
from ember.sema import walrus
from ember.syntax import ast

ITEM = "key.item"  # the argument of a lambda made here; no source name clashes
_FIELD = re.compile(r"\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::([^{}]*))?\}|[{}]")
_PERCENT = re.compile(r"%%|%([-+ #0]*)(\d*)(?:\.(\d+))?([diouxXeEfFgGsrc])|%")


def desugar(module: ast.Module) -> ast.Module:
    """`module` with the spellings above rewritten."""
    own = {s.name for s in module.body if isinstance(s, (ast.FnDef, ast.StructDef))}
    for s in module.body:
        if isinstance(s, ast.Assign):
            own.update(t.id for t in s.targets if isinstance(t, ast.Name))
        elif isinstance(s, ast.ImportFrom):  # `from math import pow` is math's (a float, lane-wise)
            own.update(a.asname or a.name for a in s.names)

    streams = {a.asname or a.name for s in module.body if isinstance(s, ast.Import) for a in s.names
               if a.name == "sys"} - own

    getters = {a.asname or a.name: a.name for s in module.body if isinstance(s, ast.ImportFrom) and s.module == "operator"
               for a in s.names if a.name in ("itemgetter", "attrgetter")}
    getters |= {f"{a.asname or a.name}.{g}": g for s in module.body if isinstance(s, ast.Import) for a in s.names
                if a.name == "operator" for g in ("itemgetter", "attrgetter")}

    getters |= {a.asname or a.name: a.name for s in module.body if isinstance(s, ast.ImportFrom)
                and s.module == "collections" for a in s.names if a.name == "defaultdict"}
    getters |= {f"{a.asname or a.name}.defaultdict": "defaultdict" for s in module.body if isinstance(s, ast.Import)
                for a in s.names if a.name == "collections"}

    def visit(node: object) -> object:
        match node:
            case ast.Call(args=(ast.Lambda(params=(), body=body), *_)) if getters.get(dotted(node.func)) == "defaultdict" \
                    and (factory := _empty_factory(body)) is not None:  # `defaultdict(lambda: 0)`: of `int`
                return replace(node, args=(ast.Name(factory, body.span), *node.args[1:]))
            case ast.Call(func=ast.Name() | ast.Attribute(value=ast.Name())) if dotted(node.func) in getters \
                    and (lam := _getter(getters[dotted(node.func)], node)) is not None:
                return lam
            case ast.With():
                return _with(node)
            case ast.For(iter=ast.Attribute(value=ast.Name(id=mod), attr="stdin") as it) | \
                    ast.Comprehension(iter=ast.Attribute(value=ast.Name(id=mod), attr="stdin") as it) \
                    if mod in streams:
                return replace(node, iter=ast.Call(ast.Attribute(it, "readlines", it.span), (), (), it.span))
            case ast.Call(func=ast.Name(id=name)) if name not in own:
                return _builtin_call(node, name)
            case ast.Call(func=ast.Attribute(attr="sort")):
                return _key_lambda(node)
            case ast.Call(func=ast.Attribute(value=ast.StrLit(value=fmt), attr="format")):
                return _format(fmt, node.args, dict((k.name, k.value) for k in node.keywords), node.span) or node
            case ast.ListExpr(elts=elts) if any(isinstance(x, ast.Starred) for x in elts):
                return _joined(elts, lambda x: x, node.span)
            case ast.ListComp() | ast.DictComp():
                return walrus.comprehension(node)
            case ast.Assign(targets=(ast.Name() as target,), value=ast.Lambda() as lam):
                return _named_lambda(target, lam, node.span)
            case ast.If() | ast.While() | ast.ExprStmt() | ast.Assign() | ast.Return() | ast.AnnAssign() | ast.AugAssign():
                return walrus.statement(node)
            case ast.FnDef(name="__iter__") if "iter" not in own:
                return replace(node, body=map_tree(node.body, _yield_from_iter))
            case ast.BinOp(op="%", left=ast.StrLit(value=fmt), right=right):
                args = right.elts if isinstance(right, ast.TupleExpr) else (right,)
                return _percent(fmt, args, node.span) or node
            case _:
                return node

    return replace(module, body=map_tree(module.body, visit))


def _empty_factory(value: ast.Expr) -> str | None:
    """The type whose call makes `value` when it is an empty or zero value (`0`, `[]`,
    `set()`), as a `defaultdict`'s factory."""
    match value:
        case ast.IntLit(value=0):
            return "int"
        case ast.FloatLit(value=0.0):
            return "float"
        case ast.StrLit(value=""):
            return "str"
        case ast.BoolLit(value=False):
            return "bool"
        case ast.ListExpr(elts=()):
            return "list"
        case ast.Call(func=ast.Name(id=("list" | "set" | "int" | "float" | "str" | "bool") as t), args=(), keywords=()):
            return t
        case _:
            return None


def dotted(e: ast.Expr) -> str:
    match e:
        case ast.Attribute(value=ast.Name(id=m), attr=a):
            return f"{m}.{a}"
        case ast.Name(id=n):
            return n
        case _:
            return ""


def _getter(kind: str, call: ast.Call) -> ast.Lambda | None:
    """`itemgetter(1)`, `itemgetter(0, 2)`, `attrgetter("name")` of `operator` with
    constant arguments, as the lambda each returns (`lambda obj: obj[1]`), so that a tuple
    is indexed by a constant and the key of `sorted` is a lambda."""
    if kind not in ("itemgetter", "attrgetter") or not call.args or call.keywords \
            or not all(isinstance(a, (ast.IntLit, ast.StrLit)) for a in call.args):
        return None
    obj = ast.Name("getter.obj", call.span)

    def one(a: ast.Expr) -> ast.Expr | None:
        if kind == "itemgetter":
            return ast.Subscript(obj, a, call.span)
        if not isinstance(a, ast.StrLit) or not all(p.isidentifier() for p in a.value.split(".")):
            return None
        got: ast.Expr = obj
        for part in a.value.split("."):
            got = ast.Attribute(got, part, call.span)
        return got

    parts = [one(a) for a in call.args]
    if any(p is None for p in parts):
        return None
    body = parts[0] if len(parts) == 1 else ast.TupleExpr(tuple(parts), call.span)  # type: ignore[arg-type]
    return ast.Lambda((obj.id,), body, call.span)  # type: ignore[arg-type]


def _named_lambda(target: ast.Name, lam: ast.Lambda, span: Span) -> ast.FnDef:
    """`name = lambda a, b: body` is `def name(a, b): return body` (what Python makes of it
    but the function's `__name__`)."""
    params = tuple(ast.Param(p, None, None, None, lam.span) for p in lam.params)
    return ast.FnDef(target.id, (), params, None, False, (ast.Return(lam.body, lam.body.span),), "def", (),
                     span, target.span)


def _yield_from_iter(node: object) -> object:
    """In `__iter__`, `return iter(xs)` is `yield from xs` then `return`: the object is
    iterated as `xs` is (sema/check/generators.py `object_iter`)."""
    match node:
        case ast.Return(value=ast.Call(func=ast.Name(id="iter"), args=(inner,), keywords=())):
            return [ast.Yield(inner, True, node.span), ast.Return(None, node.span)]
        case _:
            return node


def map_tree(node: object, visit) -> object:  # noqa: ANN001 - Callable[[object], object]
    """`node` rebuilt bottom-up: children first, then `visit` of the rebuilt node."""
    if isinstance(node, tuple):  # a statement `visit` made a list of is spliced in
        out: list[object] = []
        for x in node:
            y = map_tree(x, visit)
            out.extend(y) if isinstance(y, list) else out.append(y)
        return tuple(out)
    if not hasattr(node, "__dataclass_fields__") or isinstance(node, Span):
        return node
    changes = {f: map_tree(getattr(node, f), visit) for f in node.__dataclass_fields__}
    if any(changes[f] is not getattr(node, f) for f in changes):
        node = replace(node, **changes)
    return visit(node)


def _with(node: ast.With) -> list[ast.Stmt]:
    """`with` as assignments and nested `try`/`finally`s, innermost item last."""
    body: tuple[ast.Stmt, ...] = node.body
    head: list[ast.Stmt] = []
    for i, item in reversed(list(enumerate(node.items))):
        name = item.target or f"with.{item.span.start}"
        exit_ = ast.Call(ast.Name("with.exit", item.span), (ast.Name(name, item.span),), (), item.span)
        assign = ast.Assign((ast.Name(name, item.span),), item.context, item.span)
        guarded = ast.Try(body, (), (), (ast.ExprStmt(exit_, item.span),), node.span)
        if i == 0:
            head = [assign, guarded]
        else:
            body = (assign, guarded)
    return head


def _builtin_call(node: ast.Call, name: str) -> ast.Expr:
    match name, node.args:
        case "sorted" | "min" | "max", _:
            return _key_lambda(node)
        case "map", (f, *lists) if lists and not node.keywords:
            if isinstance(f, ast.Lambda) and len(f.params) == len(lists):  # its body, its arguments bound
                names, elt = list(f.params), f.body
            else:
                names = [f"map.item{i}" for i in range(len(lists))]
                elt = _apply(f, [ast.Name(n, node.span) for n in names])
            target, source = _zipped(names, lists, node.span)
            return ast.ListComp(elt, (ast.Comprehension(target, source, (), node.span),), node.span)
        case "filter", (f, xs) if not node.keywords:
            if isinstance(f, ast.Lambda) and len(f.params) == 1:
                item, test = ast.Name(f.params[0], node.span), f.body
            else:
                item = ast.Name("filter.item", node.span)
                test = item if isinstance(f, ast.NoneLit) else _apply(f, [item])
            return ast.ListComp(item, (ast.Comprehension(item, xs, (test,), node.span),), node.span)
        case "hex" | "oct" | "bin", (x,) if not node.keywords:
            spec = ast.FString(("#" + {"hex": "x", "oct": "o", "bin": "b"}[name],), node.span)
            return ast.FString((ast.FormattedValue(x, None, spec, node.span),), node.span)
        case "pow", (a, b) if not node.keywords:
            return ast.BinOp("**", a, b, node.span)
        case "format", (x, ast.StrLit(value=spec)) if not node.keywords and "{" not in spec and "}" not in spec:
            return ast.FString((ast.FormattedValue(x, None, ast.FString((spec,), node.span), node.span),), node.span)
        case "format", (x,) if not node.keywords:
            return ast.FString((ast.FormattedValue(x, None, None, node.span),), node.span)
        case "enumerate", (xs,) if [k.name for k in node.keywords] == ["start"]:
            return replace(node, args=(xs, node.keywords[0].value), keywords=())
        case "zip", (ast.Starred(value=ast.Name() as rows),) if not node.keywords:
            return _transposed(rows, node.span)
        case "zip", (ast.Starred(value=rows),) if not node.keywords:  # `zip(*[[1, 2], [3, 4]])`: bound once, then as above
            held = ast.Name("zip.rows", node.span)
            inner = _transposed(held, node.span)
            bind = ast.Comprehension(held, ast.ListExpr((rows,), node.span), (), node.span)
            return replace(inner, generators=(bind, *inner.generators))
        case _:
            return node


def _transposed(rows: ast.Name, at: Span) -> ast.Expr:
    """`zip(*rows)`: `[tuple([r[i] for r in rows]) for i in range(n)]`, n the shortest
    row's length (0 without rows): the columns, tuples of any length."""
    def name(n: str) -> ast.Name:
        return ast.Name(n, at)

    def each(elt: ast.Expr) -> ast.ListComp:
        return ast.ListComp(elt, (ast.Comprehension(name("zip.row"), rows, (), at),), at)

    def call(f: str, *args: ast.Expr) -> ast.Call:
        return ast.Call(name(f), args, (), at)

    shortest = ast.IfExp(rows, call("min", each(call("len", name("zip.row")))), ast.IntLit(0, at), at)
    column = call("tuple", each(ast.Subscript(name("zip.row"), name("zip.i"), at)))
    return ast.ListComp(column, (ast.Comprehension(name("zip.i"), call("range", shortest), (), at),), at)


def print_starred(node: ast.Call) -> ast.Call:
    """`print(a, *xs, sep=s)` is `print(s.join([str(a)] + [str(x) for x in xs]))`, which
    prints the same text (`print` shows each argument as `str` does)."""
    span = node.span
    pieces = _joined(node.args, lambda x: ast.Call(ast.Name("str", x.span), (x,), (), x.span), span)
    sep = next((k.value for k in node.keywords if k.name == "sep"), ast.StrLit(" ", span))
    joined = ast.Call(ast.Attribute(sep, "join", span), (pieces,), (), span)
    return replace(node, args=(joined,), keywords=tuple(k for k in node.keywords if k.name != "sep"))


def _joined(elts: tuple[ast.Expr, ...], each, span: Span) -> ast.Expr:  # noqa: ANN001 - Callable[[Expr], Expr]
    """The list of `each(x)` for the items of `elts`, where `*xs` stands for the items of
    xs: `[each(a)] + [each(x) for x in xs] + ...` (the display `[a, *xs, b]` with `each`
    the identity, print's arguments with `str`)."""
    pieces: list[ast.Expr] = []
    for a in elts:
        if isinstance(a, ast.Starred):
            item = ast.Name("star.item", a.span)
            pieces.append(ast.ListComp(each(item), (ast.Comprehension(item, a.value, (), a.span),), a.span))
        elif pieces and isinstance(pieces[-1], ast.ListExpr):
            pieces[-1] = ast.ListExpr((*pieces[-1].elts, each(a)), pieces[-1].span)
        else:
            pieces.append(ast.ListExpr((each(a),), a.span))
    out = pieces[0]
    for p in pieces[1:]:
        out = ast.BinOp("+", out, p, span)
    return out


def _zipped(names: list[str], lists: list[ast.Expr], span: Span) -> tuple[ast.Expr, ast.Expr]:
    if len(lists) == 1:
        return ast.Name(names[0], span), lists[0]
    target = ast.TupleExpr(tuple(ast.Name(n, span) for n in names), span)
    return target, ast.Call(ast.Name("zip", span), tuple(lists), (), span)


def _apply(f: ast.Expr, args: list[ast.Expr]) -> ast.Expr:
    """`f(args)` for a function, or a method named through its type (`str.upper`)."""
    match f:
        case ast.Attribute(value=ast.Name(id=owner), attr=attr) if owner == "str" or owner[:1].isupper():
            return ast.Call(ast.Attribute(args[0], attr, f.span), tuple(args[1:]), (), f.span)
        case _:
            return ast.Call(f, tuple(args), (), f.span)


def _key_lambda(node: ast.Call) -> ast.Call:
    keywords = []
    for k in node.keywords:
        match k.name, k.value:
            case "key", ast.NoneLit():
                continue
            case "key", ast.Name() | ast.Attribute():
                lam = ast.Lambda((ITEM,), _apply(k.value, [ast.Name(ITEM, k.value.span)]), k.span)
                keywords.append(replace(k, value=lam))
            case "key", ast.Call():  # `key=itemgetter(1)`: the function it returns (sema/fnvalues.py), per item
                lam = ast.Lambda((ITEM,), ast.Call(k.value, (ast.Name(ITEM, k.value.span),), (), k.span), k.span)
                keywords.append(replace(k, value=lam))
            case _:
                keywords.append(k)
    return replace(node, keywords=tuple(keywords))


# ---------------------------------------------------------------- format strings


def _format(fmt: str, args: tuple[ast.Expr, ...], kwargs: dict[str, ast.Expr], span: Span) -> ast.FString | None:
    """`fmt.format(*args, **kwargs)` as an f-string, if `fmt` is understood and every
    argument with effects is used exactly once."""
    parts: list[str | ast.FormattedValue] = []
    auto, used = 0, []
    at = 0
    for m in _FIELD.finditer(fmt):
        parts.append(fmt[at:m.start()])
        at = m.end()
        text = m.group(0)
        if text in ("{{", "}}"):
            parts.append(text[0])
            continue
        if text in ("{", "}"):
            return None
        field, conv, spec = m.group(1), m.group(2), m.group(3)
        if field == "":
            field, auto = str(auto), auto + 1
        if field.isdigit():
            if int(field) >= len(args):
                return None
            value = args[int(field)]
        elif field.isidentifier() and field in kwargs:
            value = kwargs[field]
        else:
            return None
        used.append(id(value))
        parts.append(ast.FormattedValue(value, conv, ast.FString((spec,), span) if spec else None, span))
    parts.append(fmt[at:])
    return _fstring(parts, [*args, *kwargs.values()], used, span)


def _percent(fmt: str, args: tuple[ast.Expr, ...], span: Span) -> ast.FString | None:
    """`fmt % args` as an f-string (C-style conversions: flags, width, precision)."""
    parts: list[str | ast.FormattedValue] = []
    at, k, used = 0, 0, []
    for m in _PERCENT.finditer(fmt):
        parts.append(fmt[at:m.start()])
        at = m.end()
        if m.group(0) == "%%":
            parts.append("%")
            continue
        if m.group(0) == "%" or k >= len(args):
            return None
        flags, width, prec, kind = m.group(1), m.group(2), m.group(3), m.group(4)
        value = args[k]
        k += 1
        used.append(id(value))
        if kind == "r":
            parts.append(ast.FormattedValue(value, "r", None, span))
            continue
        kind = {"i": "d", "u": "d", "s": ""}.get(kind, kind)
        align = "<" if "-" in flags else ">" if width and kind == "" else ""
        zero = "0" if "0" in flags and not align and kind else ""
        sign = "+" if "+" in flags else " " if " " in flags else ""
        spec = f"{align}{sign}{'#' if '#' in flags else ''}{zero}{width}{'.' + prec if prec else ''}{kind}"
        parts.append(ast.FormattedValue(value, None, ast.FString((spec,), span) if spec else None, span))
    if k != len(args):
        return None
    parts.append(fmt[at:])
    return _fstring(parts, list(args), used, span)


def _fstring(parts: list[str | ast.FormattedValue], args: list[ast.Expr], used: list[int], span: Span) -> ast.FString | None:
    simple = (ast.Name, ast.IntLit, ast.FloatLit, ast.StrLit, ast.BoolLit, ast.NoneLit)
    if any(used.count(id(a)) != 1 and not isinstance(a, simple) for a in args):
        return None  # Python evaluates each argument once
    merged: list[str | ast.FormattedValue] = []
    for p in parts:
        if isinstance(p, str) and merged and isinstance(merged[-1], str):
            merged[-1] += p
        elif p != "":
            merged.append(p)
    return ast.FString(tuple(merged), span)
