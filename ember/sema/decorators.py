"""Decorators and `**kwargs` as sema/fnvalues.py needs them, before it makes functions
values: a decorator written in the program makes the function's name a variable holding
what it returns (Python's meaning), and a `**kwargs` that is only passed on whole (the
decorator idiom `wrapper(*args, **kwargs)`) stands for no keywords.
"""
from __future__ import annotations

from dataclasses import replace

from ember.diagnostics.diagnostic import DiagnosticSink
from ember.sema.desugar import dotted, map_tree
from ember.syntax import ast
from ember.syntax.walk import nodes


def passed_keywords(module: ast.Module, sink: DiagnosticSink) -> ast.Module:
    """`module` without `**kwargs` parameters that are only passed on whole (`def
    wrapper(*args, **kwargs): return func(*args, **kwargs)`, a decorator's): they stand
    for no keywords, so the function takes none beyond its own parameters (a call giving
    others is the checker's "unexpected keyword" error). Any other use of one, and `**` of
    anything else in a call, is an error."""
    def strip(body: tuple, kwargs: str | None) -> tuple:
        passed = {k.value.span for c in nodes(body) if isinstance(c, ast.Call) for k in c.keywords
                  if k.name == "**" and isinstance(k.value, ast.Name) and k.value.id == kwargs}

        def visit(node: object) -> object:
            match node:
                case ast.Call(keywords=kws) if any(k.name == "**" for k in kws):
                    for k in kws:
                        if k.name == "**" and not (isinstance(k.value, ast.Name) and k.value.id == kwargs):
                            sink.error(k.span, "`**` unpacking a dict into a call's arguments is not supported",
                                       help=("pass the keywords by name",))
                    return replace(node, keywords=tuple(k for k in kws if k.name != "**"))
                case ast.Name(id=n) if n == kwargs and node.span not in passed:
                    sink.error(node.span, f"`**{n}` is supported only passed on whole to a call "
                                          f"(`f(*args, **{n})`), where it stands for no keywords",
                               help=("name the keyword arguments the function takes",))
                    return ast.ErrorExpr(node.span)
                case _:
                    return node
        return map_tree(body, visit)  # type: ignore[return-value]

    def fn(f: ast.FnDef) -> ast.FnDef:
        kwargs = next((p.name for p in f.params if p.kind == "kwargs"), None)
        return replace(f, params=tuple(p for p in f.params if p.kind != "kwargs"), body=strip(f.body, kwargs))

    fns = [f for s in module.body for f in ((s,) if isinstance(s, ast.FnDef) else
                                            s.methods if isinstance(s, ast.StructDef) else ())]
    if not any(p.kind == "kwargs" for f in fns for p in f.params) and \
            not any(isinstance(c, ast.Call) and any(k.name == "**" for k in c.keywords) for c in nodes(module.body)):
        return module
    return replace(module, body=tuple(fn(s) if isinstance(s, ast.FnDef)
                                      else replace(s, methods=tuple(fn(m) for m in s.methods))
                                      if isinstance(s, ast.StructDef) else strip((s,), None)[0] for s in module.body))


def undecorated(module: ast.Module, fns: set[str], sink: DiagnosticSink) -> ast.Module:
    """`module` with each function decorated by functions of the program (`@logged`,
    `@repeat(3)`, `@lib.traced`; `fns` names them) as Python runs it: the function under
    another name, and its name a variable holding what the decorators return (`square =
    logged(square$undecorated)`), so calls (a recursive one too) go through them. Any
    other decorator is an error (it was ignored: a silent change of meaning)."""
    def ours(d: ast.Expr) -> bool:
        return _decorator(d) in fns

    body: list[ast.Stmt] = []
    for s in module.body:
        if not isinstance(s, ast.FnDef) or not s.decorators:
            body.append(s)
            continue
        for d in s.decorators:
            if not ours(d) and not _known(d):
                sink.error(d.span, "this decorator is not a function of the program: Ember cannot apply it",
                           help=("define the decorator in Ember (a function taking the function and returning "
                                 "another), or remove it",))
        if not all(ours(d) for d in s.decorators):
            body.append(replace(s, decorators=tuple(d for d in s.decorators if not ours(d))))
            continue
        plain = f"{s.name}$undecorated"
        value: ast.Expr = ast.Name(plain, s.name_span)
        for d in reversed(s.decorators):
            value = ast.Call(d, (value,), (), d.span)
        body += [replace(s, name=plain, decorators=()), ast.Assign((ast.Name(s.name, s.name_span),), value, s.span)]
    return replace(module, body=tuple(body))


KNOWN_DECORATORS = frozenset({"parameter", "always_inline", "jit", "njit", "cache", "lru_cache", "staticmethod",
                              "classmethod", "property"})


def _decorator(d: ast.Expr) -> str:
    """The name decorator `d` calls: `logged`, `lib.traced`, `repeat` for `@repeat(3)`."""
    return dotted(d.func if isinstance(d, ast.Call) else d)


def _known(d: ast.Expr) -> bool:
    """Whether `d` is a decorator the compiler knows (`@parameter`, `@ember.jit`, ...)."""
    module, _, name = _decorator(d).rpartition(".")
    return name in KNOWN_DECORATORS or module in ("ember", "functools", "numba")
