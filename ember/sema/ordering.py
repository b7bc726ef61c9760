"""`@dataclass(order=True)`: Python's generated `__lt__`, `__le__`, `__gt__` and `__ge__`
compare the objects' fields as tuples, in the fields' order (a base class's first);
written here as those methods (a class's own definition of one is kept), so `<`,
`sorted`, `min` and `max` order the objects as Python does (sema/check/orders.py)."""
from __future__ import annotations

from dataclasses import replace

from ember.base.source import Span
from ember.syntax import ast

_OPS = {"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}


def dataclass_orders(module: ast.Module) -> ast.Module:
    """`module` with the comparison methods of its `order=True` dataclasses written."""
    return replace(module, body=tuple(_ordered(s) if isinstance(s, ast.StructDef) and _orders(s) else s
                                      for s in module.body))


def _orders(s: ast.StructDef) -> bool:
    for d in s.decorators:
        match d:
            case ast.Call(func=ast.Name(id="dataclass") | ast.Attribute(attr="dataclass"), keywords=kws):
                return any(k.name == "order" and isinstance(k.value, ast.BoolLit) and k.value.value for k in kws)
            case _:
                pass
    return False


def _ordered(s: ast.StructDef) -> ast.StructDef:
    own = {m.name for m in s.methods}
    made = tuple(_method(name, op, [f.name for f in s.fields], s.name_span) for name, op in _OPS.items() if name not in own)
    return replace(s, methods=s.methods + made)


def _method(name: str, op: str, fields: list[str], at: Span) -> ast.FnDef:
    def side(obj: str) -> ast.Expr:
        return ast.TupleExpr(tuple(ast.Attribute(ast.Name(obj, at), f, at) for f in fields), at)
    body = (ast.Return(ast.Compare(side("self"), (op,), (side("other"),), at), at),)
    params = tuple(ast.Param(p, None, None, None, at) for p in ("self", "other"))
    return ast.FnDef(name, (), params, None, False, body, "def", (), at, at)
