"""`@functools.lru_cache` and `@functools.cache` on a module's `def`: each call's result
kept in a dict by its arguments, as Python's cache keeps it (the cached function must
be pure for the cache to be invisible; `maxsize` only bounds memory there, so every
result is kept here). Written as Python would write it by hand:

    f$memo = {}
    def f$run(a, b): <the body; its calls of `f` go through the cache>
    def f(a, b):
        if (a, b) in f$memo: return f$memo[(a, b)]
        value = f$run(a, b); f$memo[(a, b)] = value; return value

Not here: `cache_info()`, `cache_clear()`, `typed=True`, `*args` parameters.
"""
from __future__ import annotations

from dataclasses import replace

from ember.syntax import ast

NAMES = ("lru_cache", "cache")


def memoize(module: ast.Module) -> ast.Module:
    """`module` with its cached functions written out."""
    if not any(isinstance(s, ast.FnDef) and _cached(s) for s in module.body):
        return module
    body: list[ast.Stmt] = []
    for s in module.body:
        body.extend(_written(s) if isinstance(s, ast.FnDef) and _cached(s) else (s,))
    return replace(module, body=tuple(body))


def _cached(f: ast.FnDef) -> bool:
    return any(_is_cache(d) for d in f.decorators) and all(p.kind != "var" for p in f.params)


def _is_cache(d: ast.Expr) -> bool:
    match d:
        case ast.Call(func=func):
            return _is_cache(func)
        case ast.Name(id=name) | ast.Attribute(attr=name, value=ast.Name(id="functools")):
            return name in NAMES
        case _:
            return False


def _written(f: ast.FnDef) -> tuple[ast.Stmt, ...]:
    at = f.name_span
    memo, run, value = f"{f.name}$memo", f"{f.name}$run", "cached$value"

    def name(n: str) -> ast.Name:  # a node of its own for each use
        return ast.Name(n, at)

    def args() -> tuple[ast.Expr, ...]:
        return tuple(name(p.name) for p in f.params)

    def key() -> ast.Expr:
        return args()[0] if len(f.params) == 1 else ast.TupleExpr(args(), at)

    def entry() -> ast.Subscript:
        return ast.Subscript(name(memo), key(), at)
    wrapper = (
        ast.If(ast.Compare(key(), ("in",), (name(memo),), at), (ast.Return(entry(), at),), (), False, at),
        ast.Assign((name(value),), ast.Call(name(run), args(), (), at), at),
        ast.Assign((entry(),), name(value), at),
        ast.Return(name(value), at),
    )
    plain = tuple(d for d in f.decorators if not _is_cache(d))
    return (ast.Assign((name(memo),), ast.DictExpr((), (), at), at),
            replace(f, name=run, decorators=plain),
            replace(f, body=wrapper, decorators=plain))
