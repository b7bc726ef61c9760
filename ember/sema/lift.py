"""Nested functions (LANGUAGE.md §3: "closures capture by borrow"), lifted to module
level before checking: `def inner(x)` inside `outer` becomes the module-level function
`outer.inner`, whose extra, unannotated arguments are the variables of the enclosing
functions it reads, and each call `inner(a)` passes them: `outer.inner(a, k=k)`.

Passing them at each call gives Python's late binding (a closure sees a variable's value
when it is called, not when it was defined), and the conventions inferred for
unannotated arguments (§3) give Python's in-place mutation of a captured list, with the
ownership and parallel checkers judging each call as an ordinary one. A nested function
is not a value: using it other than by calling it or passing it to a module `def`
(sema/fnargs.py) is an error, as is reading an
enclosing variable in a default value (Python reads it once, at definition time).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from ember.base.source import Span
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.syntax import ast
from ember.syntax.walk import children, nodes, statements, target_names


def lift_nested(module: ast.Module, sink: DiagnosticSink) -> ast.Module:
    """`module` with every function nested in a function moved to module level."""
    lifted: list[ast.FnDef] = []
    body: list[ast.Stmt] = []
    defs = frozenset(s.name for s in module.body if isinstance(s, ast.FnDef))
    for s in module.body:
        match s:
            case ast.FnDef():
                body.append(_lift(s, s.name, lifted, sink, defs))
            case ast.StructDef():
                body.append(replace(s, methods=tuple(_lift(m, f"{s.name}.{m.name}", lifted, sink, defs)
                                                     for m in s.methods)))
            case _:
                body.append(s)
    return replace(module, body=(*body, *lifted)) if lifted else module


@dataclass
class _Scope:
    """One function of a nest: the outermost one, or one defined inside its parent."""

    node: ast.FnDef
    qual: str
    parent: _Scope | None
    children: dict[str, _Scope] = field(default_factory=dict)
    bound: set[str] = field(default_factory=set)    # arguments, assigned names, children
    globals: set[str] = field(default_factory=set)  # `global x`
    nonlocals: set[str] = field(default_factory=set)  # `nonlocal x`: captured by reference
    reads: list[str] = field(default_factory=list)  # in order of first reading
    calls: set[str] = field(default_factory=set)     # names called
    captures: list[str] = field(default_factory=list)
    by_reference: set[str] = field(default_factory=set)  # captures passed `inout`

    def resolve(self, name: str) -> _Scope | None:
        """The function of the nest whose variable `name` is, seen from here."""
        scope: _Scope | None = self
        while scope is not None:
            if name in scope.globals:
                return None
            if name in scope.bound:
                return scope
            scope = scope.parent
        return None


def _lift(fn: ast.FnDef, qual: str, lifted: list[ast.FnDef], sink: DiagnosticSink,
          defs: frozenset[str]) -> ast.FnDef:
    if not any(isinstance(s, ast.FnDef) for s in statements(fn.body)):
        return fn
    if fn.type_params:  # the checker reports nested functions there
        return fn
    root = _scope(fn, qual, None, sink)
    scopes = list(_walk(root))
    _captures(scopes)
    for scope in scopes:
        _check_defaults(scope, sink)
        for n in sorted(scope.nonlocals):
            if scope.parent is None or scope.parent.resolve(n) is None:
                where = next(g.span for g in statements(scope.node.body)
                             if isinstance(g, ast.Global) and n in g.names)
                sink.error(where, f"`nonlocal {n}`: `{n}` is not a variable of an enclosing function",
                           help=(f"assign `{n}` in the enclosing function first",))
    out = _rewrite(root, sink, defs)
    for scope in scopes[1:]:
        node = _rewrite(scope, sink, defs)
        extra = tuple(ast.Param(n, None, None, "inout" if n in scope.by_reference else None, scope.node.name_span)
                      for n in scope.captures)
        lifted.append(replace(node, name=scope.qual, params=(*node.params, *extra), keyword="def"))  # `wraps`: fnvalues
    return out


def _scope(fn: ast.FnDef, qual: str, parent: _Scope | None, sink: DiagnosticSink) -> _Scope:
    scope = _Scope(fn, qual, parent)
    scope.bound.update(p.name for p in fn.params)
    for s in statements(fn.body):
        match s:
            case ast.FnDef(name=name):
                if name in scope.children:
                    sink.error(s.name_span, f"nested function `{name}` is defined twice in `{fn.name}`",
                               "defined again here", help=("rename one of them",))
                    continue
                if any(not _wraps(d) for d in s.decorators):
                    sink.error(s.decorators[0].span, "a nested function takes no decorators",
                               help=("move it to module level",))
                scope.children[name] = _scope(s, f"{qual}.{name}", scope, sink)
                scope.bound.add(name)
            case ast.Global(names=names, nonlocal_=True):
                scope.nonlocals.update(names)
            case ast.Global(names=names):
                scope.globals.update(names)
            case _:
                pass
    for node in nodes(fn.body):
        match node:
            case ast.Assign(targets=ts):
                for t in ts:
                    scope.bound.update(target_names(t))
            case ast.AnnAssign(target=t) | ast.AugAssign(target=t) | ast.For(target=t):
                scope.bound.update(target_names(t))
            case ast.ExceptHandler(name=str() as n):
                scope.bound.add(n)
            case ast.Comptime(name=n):
                scope.bound.add(n)
            case ast.Call(func=ast.Name(id=n), args=args, keywords=kws):
                scope.calls.add(n)  # a nested function passed on is called too (`apply(inner, xs)`)
                scope.calls.update(a.id for a in (*args, *(k.value for k in kws)) if isinstance(a, ast.Name))
            case _:
                pass
    seen: set[str] = set()
    for n in _reads(fn.body, frozenset()):
        if n not in seen:
            seen.add(n)
            scope.reads.append(n)
    scope.calls.update(scope.reads)  # a nested function returned or stored (sema/fnvalues.py) is called later
    scope.bound -= scope.globals | scope.nonlocals
    return scope


def _wraps(d: ast.Expr) -> bool:
    """Whether decorator `d` is `functools.wraps(f)`, which only copies the name and
    docstring of `f` (sema/fnvalues.py gives the value `f`'s `__name__`)."""
    match d:
        case ast.Call(func=ast.Name(id="wraps") | ast.Attribute(value=ast.Name(id="functools"), attr="wraps")):
            return True
        case _:
            return False


def _walk(scope: _Scope) -> Iterator[_Scope]:
    yield scope
    for child in scope.children.values():
        yield from _walk(child)


def _captures(scopes: list[_Scope]) -> None:
    """Each nested function captures the enclosing variables it reads or declares
    `nonlocal`, and those of the nested functions it calls (it must pass them on, by
    reference where the callee takes them so): a fixpoint, since calls may recur."""
    changed = True
    while changed:
        changed = False
        for scope in scopes[1:]:
            assert scope.parent is not None
            wanted = [*scope.reads, *sorted(scope.nonlocals)]
            by_reference = set(scope.nonlocals)
            for n in scope.calls:
                callee = scope.resolve(n)
                if callee is not None and n in callee.children:
                    wanted += callee.children[n].captures
                    by_reference |= callee.children[n].by_reference
            for n in wanted:
                owner = scope.parent.resolve(n)
                if n not in scope.captures and n not in scope.bound and n not in scope.globals \
                        and owner is not None and n not in owner.children:
                    scope.captures.append(n)
                    changed = True
            new = (by_reference & set(scope.captures)) - scope.by_reference
            if new:
                scope.by_reference |= new
                changed = True


def _check_defaults(scope: _Scope, sink: DiagnosticSink) -> None:
    """Defaults are read in the lifted function, where enclosing variables are not seen."""
    if scope.parent is None:
        return
    params = list(scope.node.params)
    for i, p in enumerate(params):
        read = next((n for n in _reads(p.default, frozenset()) if scope.parent.resolve(n) is not None), None)
        if read is not None:
            sink.error(p.span, f"the default value of `{p.name}` reads `{read}`, a variable of "
                       f"`{scope.parent.node.name}`",
                       help=("Python reads it once, when the function is defined; pass it as an argument",))
            params[i] = replace(p, default=ast.ErrorExpr(p.span))
    scope.node = replace(scope.node, params=tuple(params))


def _rewrite(scope: _Scope, sink: DiagnosticSink, defs: frozenset[str]) -> ast.FnDef:
    """`scope`'s function without its nested definitions, calling their lifted forms. A
    nested function passed to a module `def` (`apply(inner, xs)`) is the lambda calling
    it, which sema/fnargs.py makes a compile-time argument capturing what it reads."""

    def argument(a: ast.Expr) -> ast.Expr:
        target = _nested(scope, a.id) if isinstance(a, ast.Name) else None
        if target is None or target.by_reference:
            return _map(a, visit)
        assert isinstance(a, ast.Name)
        return value(a, target)

    def value(a: ast.Name, target: _Scope) -> ast.Expr:
        """Nested function `target` as a value: the lambda calling it with what it captures;
        one assigning a variable of this function (`nonlocal`) holds its own (the variable
        is not read here after: the function is returned, as `make_counter` does)."""
        params = tuple(p.name for p in target.node.params if not p.name.startswith("*"))
        caps = tuple(ast.Keyword(c, ast.Name(c, a.span), a.span) for c in target.captures)
        return ast.Lambda(params, ast.Call(ast.Name(target.qual, a.span), tuple(ast.Name(p, a.span) for p in params),
                                           caps, a.span), a.span)

    def visit(node: object) -> object | None:
        match node:
            case ast.FnDef() if node is not scope.node:
                return ast.Pass(node.span)
            case ast.Global(nonlocal_=True):  # the name is an `inout` argument now
                return ast.Pass(node.span)
            case ast.Call(func=ast.Name(id=n, span=span)) if (target := _nested(scope, n)) is not None:
                assert target.parent is not None
                for cap in target.captures:
                    owner, here = target.parent.resolve(cap), scope.resolve(cap)
                    if here is not owner and owner is not None:
                        sink.error(span, f"`{n}` reads `{cap}` of `{owner.node.name}`, but here `{cap}` is "
                                   f"another variable", help=("rename one of them",))
                passed = tuple(ast.Keyword(c, ast.Name(c, span), span) for c in target.captures)
                return replace(node, func=ast.Name(target.qual, span),
                               args=tuple(_map(a, visit) for a in node.args),
                               keywords=tuple(_map(k, visit) for k in node.keywords) + passed)
            case ast.Call(func=ast.Name(id=n)) if n in defs and scope.resolve(n) is None:
                return replace(node, args=tuple(argument(a) for a in node.args),
                               keywords=tuple(replace(k, value=argument(k.value)) for k in node.keywords))
            case ast.Name(id=n) if (target := _nested(scope, n)) is not None:
                return value(node, target)  # the lambda calling it (sema/fnvalues.py makes it a closure)
            case _:
                pass
        return None

    return replace(scope.node, body=tuple(_map(s, visit) for s in scope.node.body))


def _nested(scope: _Scope, name: str) -> _Scope | None:
    owner = scope.resolve(name)
    return owner.children.get(name) if owner is not None else None


# ---------------------------------------------------------------- syntax walks


def _reads(node: object, inner: frozenset[str]) -> Iterator[str]:
    """Names read under `node` (outside nested definitions), in source order; names a
    comprehension binds (`inner`) are its own, as in Python 3."""
    match node:
        case ast.FnDef() | ast.StructDef():
            return
        case ast.Name(id=n):
            if n not in inner:
                yield n
        case ast.Lambda(params=params, body=body):
            yield from _reads(body, inner | frozenset(params))
        case ast.ListComp(elt=elt, generators=gens):
            bound = set(inner)
            for g in gens:
                yield from _reads(g.iter, frozenset(bound))
                bound.update(target_names(g.target))
                for c in g.ifs:
                    yield from _reads(c, frozenset(bound))
            yield from _reads(elt, frozenset(bound))
        case tuple():
            for x in node:
                yield from _reads(x, inner)
        case _ if hasattr(node, "__dataclass_fields__"):
            for f in children(node):
                yield from _reads(f, inner)
        case _:
            pass


def _map(node: object, visit: Callable[[object], object | None]) -> object:
    """`node` rebuilt where `visit` returns a replacement (top-down: a node `visit`
    replaces is not entered), not inside nested definitions."""
    new = visit(node)
    if new is not None:
        return new
    if isinstance(node, tuple):
        return tuple(_map(x, visit) for x in node)
    if isinstance(node, (ast.FnDef, ast.StructDef)) or not hasattr(node, "__dataclass_fields__") \
            or isinstance(node, Span):
        return node
    changes = {f: _map(getattr(node, f), visit) for f in node.__dataclass_fields__}
    if all(changes[f] is getattr(node, f) for f in changes):
        return node
    return replace(node, **changes)
