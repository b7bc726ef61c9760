"""Class attributes (`class Bird(Animal): kind = "bird"`), before checking.

A plain assignment in a class body is a value of the class, shared by its objects, and
found through an object when the object has no attribute of that name: `self.kind` in a
method of `Animal` reads `Bird.kind` for a `Bird`. Here each such value becomes a module
variable (`Bird$kind`), assigned right after the class statement as Python runs the
class body there (`hoist`); then, once sema/inherit.py has copied each base into its
derived classes (so each class has its own copy of every method), `resolve` rewrites
`self.kind` in the methods of each class to the variable of the nearest class that
defines `kind`, and `Cls.kind` anywhere to that of `Cls`. A class whose methods assign
`self.kind` gets an object field instead, first set from the class's value in
`__init__` (Python's attribute shadows the class's from its first assignment; objects
read the same value until then).
"""
from __future__ import annotations

from dataclasses import replace

from ember.base.source import Span

from ember.sema.check.fields import stores
from ember.sema.desugar import map_tree
from ember.syntax import ast
from ember.syntax.walk import everything, statements

Table = dict[str, dict[str, str]]  # class -> attribute -> the module variable holding it


def hoist(module: ast.Module) -> tuple[ast.Module, Table]:
    """`module` with each class's plain assignments moved after the class as module
    variables, and its `@staticmethod`s and `@classmethod`s as module functions (a class
    method's class bound: each derived class gets its own copy of an inherited one);
    each class's own attributes."""
    own: Table = {}
    body: list[ast.Stmt] = []
    bound: dict[str, dict[str, ast.FnDef]] = {}  # class -> its own class methods, as written
    parents = {s.name: s.parent.id for s in module.body if isinstance(s, ast.StructDef) and s.parent is not None}
    for s in module.body:
        if not isinstance(s, ast.StructDef) or s.keyword != "class" or s.base is not None:
            body.append(s)
            continue
        attrs = {}
        kept: list[ast.Stmt] = []
        after: list[ast.Stmt] = []
        for o in s.others:
            match o:
                case ast.Assign(targets=(ast.Name(id=x),), value=value):
                    value = map_tree(value, lambda n: _renamed(n, attrs))  # earlier attributes, by bare name
                    attrs[x] = f"{s.name}${x}"
                    after.append(ast.Assign((ast.Name(attrs[x], o.targets[0].span),), value, o.span))
                case _:
                    kept.append(o)
        methods = []
        bound[s.name] = {}
        for m in s.methods:
            kind = _decorated(m)
            if kind == "staticmethod":
                attrs[m.name] = f"{s.name}${m.name}"
                after.append(replace(m, name=attrs[m.name], decorators=()))
            elif kind == "classmethod" and m.params:
                bound[s.name][m.name] = m
            else:
                methods.append(m)
        inherited: dict[str, ast.FnDef] = {}
        up = s.name
        while up in bound:
            inherited = bound[up] | inherited
            up = parents.get(up, "")
            if up == s.name:
                break
        for name, m in inherited.items():
            if name not in attrs and all(x.name != name for x in methods):
                attrs[name] = f"{s.name}${name}"
                after.append(_bind_class(m, s.name, attrs[name]))
        if attrs:
            own[s.name] = attrs
            body += [replace(s, others=tuple(kept), methods=tuple(methods)), *after]
        else:
            body.append(s)
    return (replace(module, body=tuple(body)) if own else module), own


def _decorated(m: ast.FnDef) -> str:
    """"staticmethod" or "classmethod" when `m` is one, else ""."""
    for d in m.decorators:
        if isinstance(d, ast.Name) and d.id in ("staticmethod", "classmethod"):
            return d.id
    return ""


def _bind_class(m: ast.FnDef, cls: str, name: str) -> ast.FnDef:
    """The class method `m` as the module function `name`, its first parameter `cls`."""
    me = m.params[0].name
    body = map_tree(m.body, lambda n: replace(n, id=cls) if isinstance(n, ast.Name) and n.id == me else n)
    return replace(m, name=name, params=m.params[1:], body=body, decorators=())  # type: ignore[arg-type]


def _renamed(node: object, names: dict[str, str]) -> object:
    if isinstance(node, ast.Name) and node.id in names:
        return replace(node, id=names[node.id])
    return node


def resolve(module: ast.Module, own: Table) -> ast.Module:
    """`self.x` and `Cls.x` of class attributes replaced by their variables (module
    docstring), in a module whose classes have their bases copied in."""
    if not own:
        return module
    classes = {s.name: s for s in module.body if isinstance(s, ast.StructDef)}
    table: Table = {}

    def attrs(name: str, seen: tuple[str, ...] = ()) -> dict[str, str]:
        if name not in table:
            s = classes.get(name)
            parent = s.parent.id if s is not None and s.parent is not None else None
            up = attrs(parent, (*seen, name)) if parent in classes and parent not in seen else {}
            table[name] = up | own.get(name, {})
        return table[name]
    for n in classes:
        attrs(n)
    body = tuple(_class(s, table[s.name]) if isinstance(s, ast.StructDef) and table.get(s.name) else s
                 for s in module.body)
    return replace(module, body=tuple(_qualified(s, table) for s in body))


def _class(s: ast.StructDef, attrs: dict[str, str]) -> ast.StructDef:
    """The class's methods reading its attributes through `self`; the attributes its
    methods assign through `self` made fields, set first in `__init__`."""
    assigned = {a for m in s.methods if m.params for a, _ in stores(m.body, m.params[0].name)}
    shadowed = {x: v for x, v in attrs.items() if x in assigned}
    read = {x: v for x, v in attrs.items() if x not in assigned}
    methods = []
    for m in s.methods:
        if m.params and read:
            me = m.params[0].name
            m = replace(m, body=map_tree(m.body, lambda n, me=me: _through_self(n, me, read)))
        if m.name == "__init__" and m.params and shadowed:
            m = replace(m, body=_from_class(m.params[0].name, shadowed, m.span) + m.body)
        methods.append(m)
    if shadowed and not any(m.name == "__init__" for m in s.methods):
        span = s.name_span
        params = (ast.Param("self", None, None, None, span),)
        methods.append(ast.FnDef("__init__", (), params, None, False, _from_class("self", shadowed, span), "def", (),
                                 span, span))
    return replace(s, methods=tuple(methods))


def _from_class(me: str, shadowed: dict[str, str], span: Span) -> tuple[ast.Stmt, ...]:
    """`me.x = Cls$x` for each attribute the object's own field shadows."""
    return tuple(ast.Assign((ast.Attribute(ast.Name(me, span), x, span),), ast.Name(v, span), span)
                 for x, v in shadowed.items())


def _through_self(node: object, me: str, read: dict[str, str]) -> object:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == me and node.attr in read:
        return ast.Name(read[node.attr], node.span)
    return node


def _qualified(s: ast.Stmt, table: Table) -> ast.Stmt:
    """`Cls.x` read or assigned anywhere in `s`; a function that assigns one declares its
    variable `global`, as the class's attribute is the module's."""
    def visit(n: object) -> object:
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.attr in table.get(n.value.id, {}):
            return ast.Name(table[n.value.id][n.attr], n.span)
        return n
    if not any(isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.attr in table.get(n.value.id, {})
               for n in everything(s)):
        return s
    new = map_tree(s, visit)
    qualified = {v for attrs in table.values() for v in attrs.values()}
    return _declare_globals(new, qualified) if isinstance(new, ast.FnDef) else \
        replace(new, methods=tuple(_declare_globals(m, qualified) for m in new.methods)) \
        if isinstance(new, ast.StructDef) else new


def _declare_globals(f: ast.FnDef, qualified: set[str]) -> ast.FnDef:
    """`global` for the class variables `f` assigns (`qualified`: their module-level
    names; not the other names with a `$`, such as a base `__init__`'s inlined locals)."""
    written = set()
    for st in statements(f.body):
        targets: tuple[ast.Expr, ...] = ()
        match st:
            case ast.Assign(targets=ts):
                targets = ts
            case ast.AugAssign(target=t):
                targets = (t,)
            case _:
                pass
        written |= {t.id for t in targets if isinstance(t, ast.Name) and t.id in qualified}
    if not written:
        return f
    return replace(f, body=(ast.Global(tuple(sorted(written)), f.span), *f.body))

