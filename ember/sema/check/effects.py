"""What a function body does to one of its arguments, read off the syntax tree before
checking: LANGUAGE.md §3 gives a `def` argument without a convention the convention its
use needs (`inout` when mutated in place, a private copy when rebound, else borrowed).
"""
from __future__ import annotations

from enum import Enum

from ember.syntax import ast
from ember.syntax.walk import nodes as _nodes

MUTATING_METHODS = frozenset({"append", "pop", "extend", "insert", "clear", "remove", "reverse", "sort",
                              "store", "update", "setdefault"})
# a set's changing methods: a mutation where the name is a list, dict or set (a struct's
# `add` may only read it)
SET_MUTATING = frozenset({"add", "discard", "intersection_update", "difference_update", "symmetric_difference_update"})


class Effect(Enum):
    READ = "read"
    MUTATED = "mutated"   # an element, field or the value in place: `p[i] = v`, `p.append(v)`
    REBOUND = "rebound"   # the name itself: `p = ...`, `p += ...` on a copyable value


def root_name(e: ast.Expr) -> str | None:
    """`p` for `p`, `p.x`, `p[i].y`: the variable whose storage the expression names."""
    while isinstance(e, (ast.Attribute, ast.Subscript)):
        e = e.value
    return e.id if isinstance(e, ast.Name) else None


def effect_on(body: tuple[ast.Stmt, ...], name: str, is_list: bool) -> Effect:
    """The strongest effect `body` has on `name` (MUTATED beats REBOUND beats READ).
    `xs += ys` on a list extends it in place, as in Python."""
    found = {Effect.READ}

    def target(t: ast.Expr) -> None:
        match t:
            case ast.Name(id=n) if n == name:
                found.add(Effect.REBOUND)
            case ast.TupleExpr(elts=elts) | ast.ListExpr(elts=elts):
                for x in elts:
                    target(x)
            case ast.Attribute() | ast.Subscript() if root_name(t) == name:
                found.add(Effect.MUTATED)
            case _:
                pass

    for node in _nodes(body):
        if isinstance(node, ast.For) and changes_element(node, name):
            found.add(Effect.MUTATED)
        match node:
            case ast.Assign(targets=ts):
                for t in ts:
                    target(t)
            case ast.AugAssign(target=ast.Name(id=n)) if n == name and is_list:
                found.add(Effect.MUTATED)
            case ast.AnnAssign(target=t) | ast.AugAssign(target=t) | ast.For(target=t):
                target(t)
            case ast.Call(func=ast.Attribute(value=recv, attr=attr)) if attr in MUTATING_METHODS and root_name(recv) == name:
                found.add(Effect.MUTATED)
            case ast.Call(func=ast.Attribute(value=recv, attr=attr)) if attr in SET_MUTATING and is_list \
                    and root_name(recv) == name:
                found.add(Effect.MUTATED)
            case _:
                pass
    if Effect.MUTATED in found:
        return Effect.MUTATED
    return Effect.REBOUND if Effect.REBOUND in found else Effect.READ


def in_place_list_change(body: tuple[ast.Stmt, ...], name: str) -> ast.Node | None:
    """Where `body` first changes the list in `name` in place (`x.append(v)`, `x[i] = v`,
    `x += ys`), when it never rebinds `name` (then a change may be the new list's)."""
    if effect_on(body, name, True) is not Effect.MUTATED:
        return None
    first = None
    for node in _nodes(body):
        match node:
            case ast.Assign(targets=ts) if any(isinstance(t, ast.Name) and t.id == name for t in ts):
                return None
            case ast.AnnAssign(target=ast.Name(id=n)) | ast.For(target=ast.Name(id=n)) if n == name:
                return None
            case ast.Assign(targets=ts) if first is None and any(
                    isinstance(t, (ast.Attribute, ast.Subscript)) and root_name(t) == name for t in ts):
                first = node
            case ast.AugAssign(target=t) if first is None and root_name(t) == name:
                first = node
            case ast.Call(func=ast.Attribute(value=recv, attr=attr)) if first is None and attr in MUTATING_METHODS \
                    and root_name(recv) == name:
                first = node
            case _:
                pass
    return first


def loop_variable(s: ast.For, name: str) -> str | None:
    """The variable of `for b in name...` (or `for i, b in enumerate(name...)`) that names
    an element of `name`, else None."""
    target, it = s.target, s.iter
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "enumerate" and it.args \
            and isinstance(target, ast.TupleExpr) and len(target.elts) == 2:
        target, it = target.elts[1], it.args[0]
    ok = isinstance(target, ast.Name) and target.id != name and root_name(it) == name
    return target.id if ok and isinstance(target, ast.Name) else None


def changes_element(s: ast.For, name: str) -> bool:
    """`for b in name...: b.x = v`: the loop variable changes the element in place (a
    reference loop), which changes `name`."""
    var = loop_variable(s, name)
    return var is not None and effect_on(s.body, var, False) is Effect.MUTATED


def element_loops(body: tuple[ast.Stmt, ...], name: str) -> list[tuple[ast.For, str]]:
    """Each loop over `name`'s elements in `body`, with its variable."""
    return [(n, v) for n in _nodes(body) if isinstance(n, ast.For) and (v := loop_variable(n, name)) is not None]


def _calls(body: tuple[ast.Stmt, ...]) -> list[ast.Call]:
    return [n for n in _nodes(body) if isinstance(n, ast.Call)]


def calls_method_on(body: tuple[ast.Stmt, ...], name: str, methods: frozenset[str]) -> bool:
    """Whether `body` calls `name.m(...)` for one of `methods`."""
    return any(isinstance(c.func, ast.Attribute) and isinstance(c.func.value, ast.Name)
               and c.func.value.id == name and c.func.attr in methods for c in _calls(body))


def passed_as(body: tuple[ast.Stmt, ...], name: str) -> list[tuple[str, int | str]]:
    """(function name, position or keyword) for each plain call `f(..., name, ...)`."""
    out: list[tuple[str, int | str]] = []
    for c in _calls(body):
        if isinstance(c.func, ast.Name):
            out += [(c.func.id, i) for i, a in enumerate(c.args) if isinstance(a, ast.Name) and a.id == name]
            out += [(c.func.id, k.name) for k in c.keywords if isinstance(k.value, ast.Name) and k.value.id == name]
    return out
