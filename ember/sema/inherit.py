"""Python classes with a base class (`class Dog(Animal):`), copied down before checking.

Ember keeps no objects of several classes behind one type: a value's type is its class,
known at compile time. So inheritance is a copy: a derived class gets its base's fields
and methods (the base already merged with its own base), its own methods replace those
of the same name, and every inherited method is checked again with `self` of the derived
class, so `self.speak()` in a base method calls the derived class's `speak`, as Python's
dynamic dispatch does for that object. `super().m(...)` and `Base.m(self, ...)` call the
base's version, kept in the derived class under a hidden name (`Base$m`). A statement
`super().__init__(...)` (or `Base.__init__(self, ...)`) in `__init__` is the base's
`__init__` body inlined, its parameters bound to the arguments and its locals renamed, so
that the fields it assigns are the derived `__init__`'s own (check/fields.py reads them
there). A class without a base may call `super().__init__()`: Python's `object.__init__`,
nothing to do.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

from ember.base.source import Span
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.sema.desugar import map_tree
from ember.syntax import ast
from ember.syntax.walk import bound_names, nodes, statements


def inherit(module: ast.Module, sink: DiagnosticSink) -> ast.Module:
    """`module` with every class's inherited fields and methods copied into it."""
    classes = {s.name: s for s in module.body if isinstance(s, ast.StructDef)}
    if not any(s.parent is not None or _calls_super(s) for s in classes.values()):
        return module
    merger = _Merger(classes, _imported(module), sink)
    body = tuple(merger.merged(s.name, ()) if isinstance(s, ast.StructDef) else s for s in module.body)
    return replace(module, body=body)


def _calls_super(s: ast.StructDef) -> bool:
    return any(_calls_super_or_base(m, ()) for m in s.methods)


def _imported(module: ast.Module) -> set[str]:
    return {a.asname or a.name for s in module.body if isinstance(s, ast.ImportFrom) for a in s.names}


@dataclass
class _Merger:
    classes: dict[str, ast.StructDef]
    imported: set[str]
    sink: DiagnosticSink
    done: dict[str, ast.StructDef] = field(default_factory=dict)
    ancestors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fresh: int = 0

    def merged(self, name: str, trail: tuple[str, ...]) -> ast.StructDef:
        """Class `name` with its base's fields and methods (`trail`: the classes whose
        merging asked for it, to report a cycle)."""
        if name in self.done:
            return self.done[name]
        s = self.classes[name]
        base = self._base(s, trail)
        self.ancestors[name] = (base.name, *self.ancestors[base.name]) if base is not None else ()
        self.done[name] = _Class(self, s, base).merge()
        return self.done[name]

    def _base(self, s: ast.StructDef, trail: tuple[str, ...]) -> ast.StructDef | None:
        p = s.parent
        if p is None:
            return None
        if p.id == s.name or p.id in trail:
            self.sink.error(p.span, f"class `{s.name}` inherits from itself (through `{p.id}`)")
            return None
        b = self.classes.get(p.id)
        if b is None:
            why = (f"`{p.id}` comes from another module: a base class must be defined in this file"
                   if p.id in self.imported else f"unknown base class `{p.id}`")
            self.sink.error(p.span, why)
            return None
        if b.keyword != "class" or b.type_params or (b.base is not None and not b.methods):  # sema/excobjects.py
            what = "an error class" if b.base is not None else f"a `{b.keyword}`" + (" with parameters" if b.type_params else "")
            self.sink.error(p.span, f"`{p.id}` is {what}; a class can only inherit from a plain Python class")
            return None
        return self.merged(p.id, (*trail, s.name))


@dataclass
class _Class:
    """One derived class being merged: its own methods rewritten (super calls), then its
    base's members added."""

    m: _Merger
    s: ast.StructDef
    base: ast.StructDef | None
    hidden: dict[str, ast.FnDef] = field(default_factory=dict)  # `Base$m` -> the base's method

    def merge(self) -> ast.StructDef:
        own = tuple(self._method(f) for f in self.s.methods)
        if self.base is None:
            return replace(self.s, methods=own)
        names = {f.name for f in own}
        inherited = tuple(copy.deepcopy(f) for f in self.base.methods if f.name not in names and f.name not in self.hidden)
        fields = {f.name: copy.deepcopy(f) for f in self.base.fields} | {f.name: f for f in self.s.fields}
        others = tuple(copy.deepcopy(o) for o in self.base.others if not _docstring(o)) + self.s.others
        return replace(self.s, fields=tuple(fields.values()), methods=inherited + tuple(self.hidden.values()) + own,
                       others=others)

    def _method(self, f: ast.FnDef) -> ast.FnDef:
        if not f.params or not _calls_super_or_base(f, self.m.ancestors[self.s.name]):
            return f
        me = f.params[0].name
        body = f.body
        if f.name == "__init__":
            body = map_tree(body, lambda n: self._init_statement(n, me))
        body = map_tree(map_tree(body, lambda n: self._call(n, me)), self._bare_super)
        return replace(f, body=body)

    def _bare_super(self, node: object) -> object:
        """A `super()` left after the calls of base methods were rewritten."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super":
            self.m.sink.error(node.span, "`super()` is supported only to call a method of the base class "
                                         "(`super().name(...)`)")
            return ast.ErrorExpr(node.span)
        return node

    def _target(self, call: ast.Expr, me: str) -> tuple[str, str, tuple[ast.Expr, ...]] | None:
        """(the class whose method is meant, the method, the arguments after `self`) when
        `call` is `super().m(...)` or `Base.m(self, ...)` with `Base` an ancestor."""
        match call:
            case ast.Call(func=ast.Attribute(value=ast.Call(func=ast.Name(id="super"), args=sargs), attr=attr),
                          args=args) if self._plain_super(sargs, me):
                return (self.base.name if self.base is not None else "object"), attr, args
            case ast.Call(func=ast.Attribute(value=ast.Name(id=cls), attr=attr), args=(ast.Name(id=first), *rest)) \
                    if first == me and cls in self.m.ancestors[self.s.name]:
                return cls, attr, tuple(rest)
            case _:
                return None

    def _plain_super(self, sargs: tuple[ast.Expr, ...], me: str) -> bool:
        """`super()` or `super(ThisClass, self)`."""
        match sargs:
            case ():
                return True
            case (ast.Name(id=c), ast.Name(id=s)):
                return c == self.s.name and s == me
            case _:
                return False

    def _init_statement(self, node: object, me: str) -> object:
        match node:
            case ast.ExprStmt(value=ast.Call(func=ast.Attribute(attr="__init__")) as call):
                target = self._target(call, me)
                if target is None:
                    return node
                cls, _, args = target
                return self._inline_init(cls, args, call, me)
            case _:
                return node

    def _call(self, node: object, me: str) -> object:
        match node:
            case ast.Call(func=ast.Attribute(attr=attr)):
                target = self._target(node, me)
                if target is None:
                    return node
                cls, _, args = target
                if attr == "__init__":
                    self.m.sink.error(node.span, f"`{_spelled(node)}` is supported as a statement of `__init__`",
                                      help=("call it on a line of its own in `__init__`, as Python code does",))
                    return ast.ErrorExpr(node.span)
                method = self._base_method(cls, attr, node.span)
                if method is None:
                    return ast.ErrorExpr(node.span)
                hidden = f"{cls}${attr}"
                self.hidden[hidden] = replace(copy.deepcopy(method), name=hidden)
                return replace(node, func=ast.Attribute(ast.Name(me, node.func.span), hidden, node.func.span), args=args)
            case _:
                return node

    def _base_method(self, cls: str, attr: str, span: Span) -> ast.FnDef | None:
        if cls == "object":
            self.m.sink.error(span, f"`{self.s.name}` has no base class, so `super().{attr}` has nothing to call")
            return None
        method = next((f for f in self.m.done[cls].methods if f.name == attr), None)
        if method is None:
            self.m.sink.error(span, f"the base class `{cls}` has no method `{attr}`")
        return method

    def _inline_init(self, cls: str, args: tuple[ast.Expr, ...], call: ast.Call, me: str) -> list[ast.Stmt]:
        span = call.span
        if cls == "object":  # `object.__init__`: takes nothing, does nothing
            if args or call.keywords:
                self.m.sink.error(span, f"`{self.s.name}` has no base class, so `super().__init__` takes no arguments")
            return [ast.Pass(span)]
        init = next((f for f in self.m.done[cls].methods if f.name == "__init__"), None)
        if init is None:
            if args or call.keywords:
                self.m.sink.error(span, f"the base class `{cls}` has no `__init__`, so it takes no arguments here")
            return [ast.Pass(span)]
        if any(isinstance(n, ast.Return) for n in statements(init.body)):
            self.m.sink.error(span, f"`{cls}.__init__` returns early, so it cannot be called from `{self.s.name}.__init__`",
                              help=("write its body without `return`",))
            return [ast.Pass(span)]
        self.m.fresh += 1
        names = _locals(init)
        rename = {n: f"{n}${cls}{self.m.fresh}" for n in names}
        rename[init.params[0].name] = me
        bound = _bind(init, args, call, self.m.sink)
        if bound is None:
            return [ast.Pass(span)]
        head: list[ast.Stmt] = [
            ast.AnnAssign(ast.Name(rename[p.name], value.span), p.annotation, value, False, value.span)
            if p.annotation is not None else ast.Assign((ast.Name(rename[p.name], value.span),), value, value.span)
            for p, value in bound]
        body = map_tree(copy.deepcopy(init.body), lambda n: _renamed(n, rename))
        return [*head, *body]


def _calls_super_or_base(f: ast.FnDef, ancestors: tuple[str, ...]) -> bool:
    return any(isinstance(n, ast.Name) and (n.id == "super" or n.id in ancestors) for n in nodes(f.body))


def _spelled(call: ast.Call) -> str:
    f = call.func
    assert isinstance(f, ast.Attribute)
    return f"super().{f.attr}" if isinstance(f.value, ast.Call) else f"{getattr(f.value, 'id', '')}.{f.attr}"


def _docstring(s: ast.Stmt) -> bool:
    return isinstance(s, ast.ExprStmt) and isinstance(s.value, ast.StrLit)


def _bind(init: ast.FnDef, args: tuple[ast.Expr, ...], call: ast.Call,
          sink: DiagnosticSink) -> list[tuple[ast.Param, ast.Expr]] | None:
    """Each parameter of `init` after `self` with its value: the positional argument, the
    keyword argument of its name, or its default."""
    params = init.params[1:]
    if any(p.kind == "var" for p in params) or any(isinstance(a, ast.Starred) for a in args):
        sink.error(call.span, "`*args` in a base class's `__init__` called from a derived one is not supported")
        return None
    if len(args) > len(params):
        sink.error(call.span, f"`{init.name}` takes {len(params)} arguments after `self`, {len(args)} given")
        return None
    keywords = {k.name: k.value for k in call.keywords}
    out: list[tuple[ast.Param, ast.Expr]] = []
    for i, p in enumerate(params):
        value = args[i] if i < len(args) else keywords.pop(p.name, copy.deepcopy(p.default))
        if value is None:
            sink.error(call.span, f"missing argument `{p.name}` of the base class's `__init__`")
            return None
        out.append((p, value))
    if keywords:
        sink.error(call.span, f"the base class's `__init__` has no parameter `{next(iter(keywords))}`")
        return None
    return out


def _locals(f: ast.FnDef) -> set[str]:
    """The names `f` binds: its parameters and every name its body assigns, loops over,
    catches or binds in a comprehension (`global` names are not its own)."""
    out = {p.name for p in f.params[1:]} | bound_names(f.body)
    declared_global: set[str] = set()
    for n in nodes(f.body):
        match n:
            case ast.NamedExpr(name=name) | ast.ExceptHandler(name=str() as name) | ast.WithItem(target=str() as name):
                out.add(name)
            case ast.Lambda(params=params):
                out.update(params)
            case ast.Global(names=names):
                declared_global.update(names)
            case _:
                pass
    return out - declared_global


def _renamed(node: object, rename: dict[str, str]) -> object:
    match node:
        case ast.Name(id=n) if n in rename:
            return replace(node, id=rename[n])
        case ast.NamedExpr(name=n) if n in rename:
            return replace(node, name=rename[n])
        case ast.ExceptHandler(name=str() as n) if n in rename:
            return replace(node, name=rename[n])
        case ast.WithItem(target=str() as n) if n in rename:
            return replace(node, target=rename[n])
        case ast.Lambda(params=params) if any(p in rename for p in params):
            return replace(node, params=tuple(rename.get(p, p) for p in params))
        case _:
            return node

