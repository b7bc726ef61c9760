"""`name := value` as an assignment before its statement (sema/desugar.py).

`if (n := len(xs)) > 10:` is `n = len(xs)` then `if n > 10:`, and `while (line :=
f.readline()) != "":` is `while True: line = f.readline(); if not line != "": break;
...`: the same values in the same order, as long as nothing the statement evaluates
before the `:=` could differ when evaluated later or could fault or print. So a `:=` is
moved only where everything evaluated before it is a name or a literal (or another
moved `:=`), and not where it may not be evaluated at all (the right side of `and`/`or`,
a conditional expression's branches, a comprehension, whose Python scope differs too).
In a comprehension's condition (`[y for x in xs if (y := f(x)) > 0]`), a `:=` that the
same rule would move becomes a loop over its one value before the condition (`for y in
[f(x)] if y > 0`); an `and` of conditions is one condition after another first. The
name is the comprehension's own then (Python's belongs to the enclosing function, read
after the comprehension rarely; such a read is an error here, not a wrong value).
Any other `:=` stays, and the checker says where it is supported.
"""
from __future__ import annotations

from dataclasses import replace

from ember.syntax import ast
from ember.syntax.walk import nodes

_PURE = (ast.Name, ast.IntLit, ast.FloatLit, ast.StrLit, ast.BoolLit, ast.NoneLit)


class _Hoist:
    """The assignments taken out of one statement's expressions, in evaluation order."""

    def __init__(self) -> None:
        self.moved: list[ast.Stmt] = []
        self.clean = True  # only names and literals evaluated so far

    def expr(self, e: ast.Expr) -> ast.Expr:
        match e:
            case ast.NamedExpr(name=name, value=value) if self.clean:
                value = self.expr(value)  # moved with it, before what follows
                self.moved.append(ast.Assign((ast.Name(name, e.span),), value, e.span))
                self.clean = True
                return ast.Name(name, e.span)
            case _ if isinstance(e, _PURE):
                return e
            case ast.BinOp(left=a, right=b):
                e = replace(e, left=self.expr(a), right=self.expr(b))
            case ast.UnaryOp(operand=a):
                e = replace(e, operand=self.expr(a))
            case ast.Compare(left=a, comparators=cs):
                e = replace(e, left=self.expr(a), comparators=tuple(self.expr(c) for c in cs))
            case ast.Call(func=f, args=args) if isinstance(f, (ast.Name, ast.Attribute)) and not e.keywords:
                func = self.expr(f) if isinstance(f, ast.Name) else replace(f, value=self.expr(f.value))
                e = replace(e, func=func, args=tuple(self.expr(a) for a in args))
            case ast.Attribute(value=v):
                e = replace(e, value=self.expr(v))
            case ast.Subscript(value=v, index=i):
                e = replace(e, value=self.expr(v), index=self.expr(i))
            case ast.BoolOp(values=(first, *rest)):  # the rest may not run
                e = replace(e, values=(self.expr(first), *rest))
            case ast.IfExp(test=t):  # one branch runs
                e = replace(e, test=self.expr(t))
            case _:
                pass
        self.clean = False
        return e


def hoisted(e: ast.Expr) -> tuple[list[ast.Stmt], ast.Expr]:
    """The assignments that `e`'s movable `:=`s make, and `e` reading their names."""
    h = _Hoist()
    out = h.expr(e)
    return h.moved, out


def statement(s: ast.Stmt) -> ast.Stmt | list[ast.Stmt]:
    """`s` with its movable `:=`s as assignments before it (a `while`'s at the top of
    each round); `s` itself when it has none."""
    match s:
        case ast.If(test=test) if not s.comptime:
            moved, test = hoisted(test)
            return [*moved, replace(s, test=test)] if moved else s
        case ast.While(test=test, body=body, orelse=orelse) if not _jumps(orelse):
            moved, test = hoisted(test)
            if not moved:
                return s
            stop = ast.If(ast.UnaryOp("not", test, test.span), (*orelse, ast.Break(s.span)), (), False, test.span)
            return replace(s, test=ast.BoolLit(True, test.span), body=(*moved, stop, *body), orelse=())
        case ast.ExprStmt(value=v) | ast.Assign(value=v) | ast.Return(value=v) | ast.AnnAssign(value=v) \
                if v is not None and not isinstance(v, ast.Yield):
            moved, v = hoisted(v)
            return [*moved, replace(s, value=v)] if moved else s
        case ast.AugAssign(target=ast.Name(), value=v):
            moved, v = hoisted(v)
            return [*moved, replace(s, value=v)] if moved else s
        case _:
            return s


def _jumps(body: tuple[ast.Stmt, ...]) -> bool:
    """Whether a `while`'s `else` has a `break` or `continue` (of an enclosing loop: moved
    into the rewritten loop, it would leave that one instead)."""
    from ember.sema.desugar import map_tree

    found = []

    def see(node: object) -> object:
        if isinstance(node, (ast.Break, ast.Continue)):
            found.append(node)
        return node

    map_tree(body, see)
    return bool(found)


def comprehension(e: ast.ListComp | ast.DictComp) -> ast.Expr:
    """`e` with the movable `:=`s of its conditions as loops over their one value."""
    if not any(isinstance(n, ast.NamedExpr) for g in e.generators for c in g.ifs for n in nodes(c)):
        return e
    out: list[ast.Comprehension] = []
    for g in e.generators:
        target, it, span, ifs = g.target, g.iter, g.span, []
        for c in (x for cond in g.ifs for x in _conjuncts(cond)):
            moved, c = hoisted(c)
            for a in moved:  # the loop so far ends here; the next runs over the one value
                assert isinstance(a, ast.Assign)
                out.append(ast.Comprehension(target, it, tuple(ifs), span))
                target, it, span, ifs = a.targets[0], ast.ListExpr((a.value,), a.span), a.span, []
            ifs.append(c)
        out.append(ast.Comprehension(target, it, tuple(ifs), span))
    return replace(e, generators=tuple(out))


def _conjuncts(c: ast.Expr) -> list[ast.Expr]:
    if isinstance(c, ast.BoolOp) and c.op == "and":
        return [x for v in c.values for x in _conjuncts(v)]
    return [c]
