"""`collections.Counter`: a `dict[K, Int]` whose read of a missing key is 0 (without
making the entry; `c[k] += 1` makes it), built from a list, str or generator by counting
(`dict.count`), printed as CPython prints one (`Counter({'a': 2, 'b': 1})`, by count).
`most_common(n)` is `sorted(c.items(), key=<the count>, reverse=True)[:n]`, as CPython
defines it (a stable sort: equal counts keep their first-seen order); `total()` is
`sum(c.values())`."""
from __future__ import annotations

from ember.sema.check.context import Checker
from ember.sema.check.expr import check
from ember.sema.check.infer import Hole, fresh_pair, unify, zonk
from ember.sema.desugar import ITEM
from ember.syntax import ast
from ember.types import types as T

KIND = "Counter"  # DictType.default of a Counter
METHODS = frozenset({"most_common", "total", "update"})


def construct(ck: Checker, e: ast.Call, expected: T.Type | None) -> T.Type:
    """`Counter()`, `Counter(xs)` of a list, str, range or generator."""
    from ember.sema.check.calls import _arity, _builtin
    from ember.sema.check.dicts import hashable_key

    if not _arity(ck, e, 0, 1, "Counter"):
        return T.ERROR
    if not e.args:
        _builtin(ck, e, "dict.new", None, ())
        if isinstance(expected, T.DictType) and expected.default == KIND:
            return expected
        return T.DictType(fresh_pair(ck, e)[0], T.INT, KIND)
    el = _items(ck, e.args[0])
    if el is None:
        return T.ERROR
    if not hashable_key(ck, el, e.args[0].span):
        return T.ERROR
    _builtin(ck, e, "dict.count_new", None, (e.args[0],))
    return T.DictType(el, T.INT, KIND)


def _items(ck: Checker, a: ast.Expr) -> T.Type | None:
    """The type of the things `a` (a list, str or generator) holds, which are counted."""
    at = check(ck, a)
    match zonk(at):
        case T.ListType(elem=el):
            return el
        case T.StrType():
            return T.STR
        case T.ErrorType():
            return None
        case _:
            ck.error(a.span, f"`Counter` counts the items of a list, str or generator, found `{zonk(at)}`")
            return None


def method(ck: Checker, e: ast.Call, recv: ast.Expr, t: T.DictType, attr: str) -> T.Type:
    from ember.sema.check.calls import _arity, _builtin

    span = e.span
    match attr:
        case "most_common":
            if not _arity(ck, e, 0, 1, "most_common"):
                return T.ERROR
            items = ast.Call(ast.Attribute(recv, "items", span), (), (), span)
            count = ast.Lambda((ITEM,), ast.Subscript(ast.Name(ITEM, span), ast.IntLit(1, span), span), span)
            made: ast.Expr = ast.Call(ast.Name("sorted", span), (items,), (ast.Keyword("key", count, span),
                                                                     ast.Keyword("reverse", ast.BoolLit(True, span), span)), span)
            if e.args:
                made = ast.Subscript(made, ast.Slice(None, e.args[0], None, span), span)
        case "total":
            if not _arity(ck, e, 0, 0, "total"):
                return T.ERROR
            made = ast.Call(ast.Name("sum", span), (ast.Call(ast.Attribute(recv, "values", span), (), (), span),), (), span)
        case "update":
            if not _arity(ck, e, 1, 1, "update"):
                return T.ERROR
            ck.require_mutable(recv)
            el = _items(ck, e.args[0])
            if el is None:
                return T.ERROR
            if isinstance(zonk(t.key), Hole):
                unify(ck, t.key, el)
            elif not unify(ck, t.key, el):
                return ck.error(e.args[0].span, f"`update` counts `{zonk(t.key)}` items here, found `{zonk(el)}`")
            _builtin(ck, e, "dict.count", recv, e.args)
            return T.NONE
        case _:
            raise AssertionError(attr)
    ck.program.keep.append(made)
    rt = check(ck, made)
    _builtin(ck, e, "as_is", None, (made,))
    return rt
