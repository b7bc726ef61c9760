"""`functools.reduce(f, xs)` and `reduce(f, xs, initial)`: calls of two `def`s written
into the module (Python's fold), whose function argument sema/fnargs.py then
specializes as for any `def` of the module (`reduce(lambda a, b: a * b, xs)`,
`reduce(max, xs, 0)`). Two, by the call's arity: one `initial` defaulting to `None`
would make the total an optional in every call. The `def`s carry the call's span, so
a diagnostic inside one points at the call. (An empty list without `initial` is an
IndexError fault here, Python's TypeError there.)

The same way: `math.prod(xs, start=...)` (a fold, or a `def` of its own without
`start`), and `functools.cmp_to_key(compare)` (a lambda making objects of a class per
call, ordered by `compare`)."""
from __future__ import annotations

from dataclasses import replace

from ember.base.source import Span
from ember.sema.desugar import map_tree
from ember.syntax import ast


def reduces(module: ast.Module) -> ast.Module:
    """`module` with its calls of `functools.reduce`, `math.prod` and
    `functools.cmp_to_key` (imported by name, or called through the module) rewritten as
    above; it gains the `def`s and classes they call."""
    direct = {a.asname or a.name for s in module.body if isinstance(s, ast.ImportFrom) and s.module == "functools"
              for a in s.names if a.name == "reduce"}
    keyed = {a.asname or a.name for s in module.body if isinstance(s, ast.ImportFrom) and s.module == "functools"
             for a in s.names if a.name == "cmp_to_key"}
    modules = {a.asname or a.name for s in module.body if isinstance(s, ast.Import) for a in s.names
               if a.name == "functools"}
    prods = {a.asname or a.name for s in module.body if isinstance(s, ast.ImportFrom) and s.module == "math"
             for a in s.names if a.name == "prod"}
    maths = {a.asname or a.name for s in module.body if isinstance(s, ast.Import) for a in s.names if a.name == "math"}
    if not direct and not modules and not prods and not maths and not keyed:
        return module
    made: dict[int, ast.FnDef | ast.StructDef] = {}

    def visit(node: object) -> object:
        match node:
            case ast.Call(func=ast.Name(id=n) | ast.Attribute(value=ast.Name(id=n), attr="cmp_to_key"), args=(cmp,),
                          keywords=()) if (n in keyed if isinstance(node.func, ast.Name) else n in modules):
                k = -2 - len(made)  # `key=cmp_to_key(compare)`: objects ordered by it, of a class per call
                made[k] = _compared(f"cmp_to_key$K{-k}", node.span)
                item = ast.Name("cmp.item", node.span)
                return ast.Lambda((item.id,), ast.Call(ast.Name(made[k].name, node.span), (item, cmp), (), node.span),
                                  node.span)
            case ast.Call(func=ast.Name(id=n) | ast.Attribute(value=ast.Name(id=n), attr="prod"), args=(xs,)) \
                    if (n in prods if isinstance(node.func, ast.Name) else n in maths) \
                    and all(k.name == "start" for k in node.keywords):
                start = next((k.value for k in node.keywords), None)
                if start is None:  # a def of its own: `1` for none, else the items' own type (`prod([1.5, 2.0])`)
                    made.setdefault(-1, _product_def(node.span))
                    return ast.Call(ast.Name(made[-1].name, node.func.span), (xs,), (), node.span)
                node = _product(xs, start, node.span)
            case ast.Call(func=ast.Name(id=n), args=args, keywords=()) if (n in direct or n == "functools.reduce") \
                    and len(args) in (2, 3):
                pass
            case ast.Call(func=ast.Attribute(value=ast.Name(id=m), attr="reduce"), args=args, keywords=()) \
                    if m in modules and len(args) in (2, 3):
                pass
            case _:
                return node
        n = len(node.args)
        if n not in made:
            made[n] = _fold(n == 3, node.span)
        return replace(node, func=ast.Name(made[n].name, node.func.span))

    body = map_tree(module.body, visit)
    return replace(module, body=(*body, *made.values())) if made else module


def _product(xs: ast.Expr, start: ast.Expr, at: Span) -> ast.Call:
    """`math.prod(xs, start=1)`: `reduce(lambda a, b: a * b, xs, start)`, Python's order."""
    a, b = ast.Name("prod.a", at), ast.Name("prod.b", at)
    times = ast.Lambda((a.id, b.id), ast.BinOp("*", a, b, at), at)
    return ast.Call(ast.Name("functools.reduce", at), (times, xs, start), (), at)


def _compared(cls: str, at: Span) -> ast.StructDef:
    """Class `cls` of one `functools.cmp_to_key`'s keys: an item and the comparison, one
    less than another when the comparison of their items is negative."""
    def name(n: str) -> ast.Name:
        return ast.Name(n, at)

    def attr(obj: str, a: str) -> ast.Attribute:
        return ast.Attribute(name(obj), a, at)

    me = ast.Param("self", None, None, None, at)
    init = ast.FnDef("__init__", (), (me, ast.Param("obj", None, None, None, at), ast.Param("compare", None, None, None, at)),
                     None, False, (ast.Assign((attr("self", "obj"),), name("obj"), at),
                                   ast.Assign((attr("self", "compare"),), name("compare"), at)), "def", (), at, at)
    order = ast.Compare(ast.Call(attr("self", "compare"), (attr("self", "obj"), attr("other", "obj")), (), at), ("<",),
                        (ast.IntLit(0, at),), at)
    lt = ast.FnDef("__lt__", (), (me, ast.Param("other", None, None, None, at)), None, False,
                   (ast.Return(order, at),), "def", (), at, at)
    return ast.StructDef(cls, (), (), (init, lt), (), "class", (), at, at)


def _product_def(at: Span) -> ast.FnDef:
    """`def prod(iterable)`: 1 if empty, else the product of the items from the first."""
    def name(n: str) -> ast.Name:
        return ast.Name(n, at)

    items = ast.Assign((name("items"),), ast.Call(name("list"), (name("iterable"),), (), at), at)
    first = ast.Assign((name("acc"),), ast.IfExp(name("items"), ast.Subscript(name("items"), ast.IntLit(0, at), at),
                                                   ast.IntLit(1, at), at), at)
    rest = ast.Subscript(name("items"), ast.Slice(ast.IntLit(1, at), None, None, at), at)
    loop = ast.For(name("x"), rest, (ast.AugAssign(name("acc"), "*", name("x"), at),), (), False, False, at)
    return ast.FnDef("math.prod", (), (ast.Param("iterable", None, None, None, at),), None, False,
                     (items, first, loop, ast.Return(name("acc"), at)), "def", (), at, at)


def _fold(initial: bool, at: Span) -> ast.FnDef:
    """`def reduce(function, iterable[, initial])`: acc = initial (or the first item),
    then acc = function(acc, x) for each (other) item."""
    def name(n: str) -> ast.Name:
        return ast.Name(n, at)

    def assign(target: str, value: ast.Expr) -> ast.Assign:
        return ast.Assign((name(target),), value, at)

    items: ast.Expr = name("iterable")
    head: list[ast.Stmt] = [assign("acc", name("initial"))]
    if not initial:
        head = [assign("items", ast.Call(name("list"), (name("iterable"),), (), at)),
                assign("acc", ast.Subscript(name("items"), ast.IntLit(0, at), at))]
        items = ast.Subscript(name("items"), ast.Slice(ast.IntLit(1, at), None, None, at), at)
    step = assign("acc", ast.Call(name("function"), (name("acc"), name("x")), (), at))
    loop = ast.For(name("x"), items, (step,), (), False, False, at)
    params = tuple(ast.Param(p, None, None, None, at) for p in ("function", "iterable", *(("initial",) if initial else ())))
    return ast.FnDef(f"functools.reduce{3 if initial else 2}", (), params, None, False,
                     (*head, loop, ast.Return(name("acc"), at)), "def", (), at, at)
