"""`@property` methods: Python calls one when its name is read as an attribute
(`v.norm2`); here such reads are written as the calls (`v.norm2()`) before checking.

The rewrite goes by name, so it is made only for property names that no class of the
module also uses for a field (annotated, or assigned through `self`), an ordinary method
or a class attribute; reads of an attribute of that name on anything else would be wrong
to rewrite, and a clash leaves the property an ordinary method (the checker then reports
its read). A property with a setter (`@p.setter`) is left alone (not supported)."""
from __future__ import annotations

from dataclasses import replace

from ember.sema.check.fields import stores
from ember.sema.desugar import map_tree
from ember.syntax import ast
from ember.syntax.walk import everything


def properties(module: ast.Module) -> ast.Module:
    """`module` with reads of its classes' properties written as calls."""
    classes = [s for s in module.body if isinstance(s, ast.StructDef)]
    props = {m.name for s in classes for m in s.methods if _is_property(m)}
    if not props:
        return module
    taken = {f.name for s in classes for f in s.fields}
    taken |= {m.name for s in classes for m in s.methods if not _is_property(m)}
    taken |= {a for s in classes for m in s.methods if m.params for a, _ in stores(m.body, m.params[0].name)}
    taken |= {d.value.attr for s in classes for m in s.methods for d in m.decorators
              if isinstance(d, ast.Attribute) and isinstance(d.value, ast.Name)}  # `@p.setter`
    usable = props - taken
    if not usable:
        return module
    kept = _not_reads(module)

    def visit(n: object) -> object:
        if isinstance(n, ast.Attribute) and n.attr in usable and id(n) not in kept:
            return ast.Call(n, (), (), n.span)
        if isinstance(n, ast.FnDef) and _is_property(n) and n.name in usable:
            return replace(n, decorators=tuple(d for d in n.decorators if not _is_property_decorator(d)))
        return n
    return map_tree(module, visit)  # type: ignore[return-value]


def _is_property(m: ast.FnDef) -> bool:
    return any(_is_property_decorator(d) for d in m.decorators)


def _is_property_decorator(d: ast.Expr) -> bool:
    return isinstance(d, ast.Name) and d.id == "property"


def _not_reads(node: object) -> set[int]:
    """The attribute nodes under `node` that are stored into or called, not read."""
    out: set[int] = set()
    for n in everything(node):
        match n:
            case ast.Assign(targets=ts):
                out.update(id(t) for t in ts if isinstance(t, ast.Attribute))
                out.update(id(x) for t in ts if isinstance(t, ast.TupleExpr) for x in t.elts)
            case ast.AugAssign(target=t) | ast.AnnAssign(target=t) | ast.For(target=t):
                out.add(id(t))
            case ast.Call(func=f):
                out.add(id(f))
            case _:
                pass
    return out
