"""Dataclass options, written as what they generate before checking:

- `@dataclass(order=True)`: Python's generated `__lt__`, `__le__`, `__gt__` and `__ge__`
  compare the objects' fields as tuples, in the fields' order (a base class's first);
  written as those methods (a class's own definition of one is kept), so `<`, `sorted`,
  `min` and `max` order the objects as Python does (sema/check/orders.py);
- `class P(NamedTuple):` with annotated fields is a `@dataclass(frozen=True,
  order=True)`: constructed, printed (`P(x=1, y=2)`), compared, ordered and hashed as
  Python's named tuple is (`named_tuples`), unpacked (`x, y = p`, `for x, y in ps`) and
  indexed (`p[0]`) by position, its `len` its number of fields (tast.named_tuple_view);
- `x: T = field(default=v)` is `x: T = v`, and `field(default_factory=list)` (`dict`,
  `set`, or a `lambda: ...`) the value the factory makes: Ember's objects own their
  fields, so each object gets its own, as Python's factory gives it. Other options of
  `field` (`repr=`, `compare=`, ...) are reported (`_field_default`)."""
from __future__ import annotations

from dataclasses import replace

from ember.base.source import Span
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.sema.tast import NAMED_TUPLE
from ember.syntax import ast

_OPS = {"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}


def named_tuples(module: ast.Module) -> ast.Module:
    """`module` with its `NamedTuple` classes frozen, ordered dataclasses (before their
    base, which is no class of the module, is looked for)."""
    def each(s: ast.Stmt) -> ast.Stmt:
        if not (isinstance(s, ast.StructDef) and s.parent is not None and s.parent.id == "NamedTuple"):
            return s
        at = s.parent.span
        options = tuple(ast.Keyword(k, ast.BoolLit(True, at), at) for k in ("frozen", "order"))
        made = (ast.Call(ast.Name("dataclass", at), (), options, at), ast.Name(NAMED_TUPLE, at))
        return replace(s, parent=None, decorators=(*made, *s.decorators))
    return replace(module, body=tuple(each(s) for s in module.body))


def dataclass_orders(module: ast.Module, sink: DiagnosticSink) -> ast.Module:
    """`module` with the comparison methods of its `order=True` dataclasses written, and
    their fields' `field(...)` defaults the values they give."""
    def each(s: ast.Stmt) -> ast.Stmt:
        if not isinstance(s, ast.StructDef):
            return s
        s = replace(s, fields=tuple(_field_default(f, sink) for f in s.fields))
        return _ordered(s) if _orders(s) else s
    return replace(module, body=tuple(each(s) for s in module.body))


def _field_default(f: ast.Field, sink: DiagnosticSink) -> ast.Field:
    """`x: T = field(default=v)` / `field(default_factory=...)` as `x: T = value`."""
    match f.default:
        case ast.Call(func=ast.Name(id="field"), args=(), keywords=kws):
            pass
        case _:
            return f
    value: ast.Expr | None = None
    for k in kws:
        match k.name, k.value:
            case "default", v:
                value = v
            case "default_factory", ast.Name(id="list"):
                value = ast.ListExpr((), k.value.span)
            case "default_factory", ast.Name(id="dict"):
                value = ast.DictExpr((), (), k.value.span)
            case "default_factory", ast.Name(id="set"):
                value = ast.Call(k.value, (), (), k.value.span)
            case "default_factory", ast.Lambda(params=(), body=body):
                value = body
            case _:
                sink.error(k.span, f"`field({k.name}=...)` is not supported",
                           help=("`field` takes `default=` or `default_factory=` (`list`, `dict`, `set` or a "
                                 "`lambda` of no arguments) here",))
    return replace(f, default=value)


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
