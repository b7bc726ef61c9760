"""Walks over syntax trees, shared by the passes that read a function body before
checking it (argument effects, parallel loops, nested functions)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import get_args

from ember.syntax import ast


def children(node: object) -> Iterator[object]:
    """The fields of a node, or the items of a tuple of nodes."""
    if isinstance(node, tuple):
        yield from node
    elif hasattr(node, "__dataclass_fields__"):
        for f in node.__dataclass_fields__:
            yield getattr(node, f)


def nodes(body: object, skip: object = None) -> Iterator[object]:
    """Every node under `body` in source order, not inside nested definitions nor
    `skip`."""
    stack: list[object] = [body]
    while stack:
        node = stack.pop()
        if node is skip or isinstance(node, (ast.FnDef, ast.StructDef)):
            continue
        if not isinstance(node, tuple):
            yield node
        stack.extend(reversed(list(children(node))))


def everything(node: object) -> Iterator[object]:
    """Every node under `node`, nested definitions included (`nodes` stops at them)."""
    stack: list[object] = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(children(n))


def target_names(target: ast.Expr) -> Iterator[str]:
    """The names an assignment target binds: `x`, `a, (b, c)`."""
    match target:
        case ast.Name(id=n):
            yield n
        case ast.TupleExpr(elts=elts) | ast.ListExpr(elts=elts):
            for x in elts:
                yield from target_names(x)
        case _:
            pass


def statements(body: tuple[ast.Stmt, ...]) -> Iterator[ast.Stmt]:
    """The statements of a body, in blocks at any depth (`if`, loops, `try` and its
    handlers), not inside nested definitions (which are yielded themselves)."""
    for s in body:
        yield s
        if isinstance(s, (ast.FnDef, ast.StructDef)):
            continue
        for f in children(s):
            for x in f if isinstance(f, tuple) else ():
                if isinstance(x, ast.ExceptHandler):
                    yield from statements(x.body)
                elif isinstance(x, STMTS):
                    yield from statements((x,))


STMTS = get_args(ast.Stmt)


def bound_names(node: object, comprehensions: bool = True) -> set[str]:
    """Names a statement tree binds: assignment and loop targets, and comprehension
    targets (which Python keeps inside the comprehension) unless told not to."""
    out: set[str] = set()
    for n in nodes(node):
        match n:
            case ast.Assign(targets=ts):
                for t in ts:
                    out.update(target_names(t))
            case ast.AnnAssign(target=t) | ast.AugAssign(target=t) | ast.For(target=t):
                out.update(target_names(t))
            case ast.Comprehension(target=t) if comprehensions:
                out.update(target_names(t))
            case _:
                pass
    return out
