"""`collections.deque`: a list (`ListType` of kind "deque") that prints as
`deque([...])` and has `appendleft` (an insert at 0) and `popleft` (a pop of item 0).
Every list operation works on it as on a list. Not here: `maxlen`, `rotate`,
`extendleft`. `appendleft` and `popleft` move the other items (O(n), where Python's
deque is O(1)): the results are Python's, a long queue is slower."""
from __future__ import annotations

from ember.sema.check.context import Checker
from ember.sema.check.expr import check
from ember.sema.check.infer import fresh
from ember.syntax import ast
from ember.types import types as T

KIND = "deque"


def construct(ck: Checker, e: ast.Call, expected: T.Type | None) -> T.Type:
    """`deque()`, `deque(items)` of a list, range, str or generator (a copy)."""
    from ember.sema.check.calls import _arity, _builtin

    if e.keywords:
        return ck.error(e.keywords[0].span, f"`deque({e.keywords[0].name}=...)` is not supported")
    if not _arity(ck, e, 0, 1, "deque"):
        return T.ERROR
    if not e.args:
        _builtin(ck, e, "deque.new", None, ())
        if isinstance(expected, T.ListType) and expected.kind == KIND:
            return expected
        return T.ListType(fresh(ck, e).elem, KIND)
    items = ast.Call(ast.Name("list", e.args[0].span), e.args, (), e.args[0].span)
    ck.program.keep.append(items)
    t = check(ck, items)
    if not isinstance(t, T.ListType):
        return t
    _builtin(ck, e, "copy", items, ())  # the same list, a deque's type
    return T.ListType(t.elem, KIND)


def method(ck: Checker, e: ast.Call, recv: ast.Expr, t: T.ListType, attr: str) -> T.Type | None:
    """`q.appendleft(x)` / `q.popleft()` of a deque (None for any other method: a list's)."""
    from ember.sema.check.calls import _arity, _builtin
    from ember.sema.check.expr import convert_to

    if t.kind != KIND or attr not in ("appendleft", "popleft"):
        return None
    zero = ast.IntLit(0, e.span)
    ck.program.keep.append(zero)
    ck.record(zero, T.INT)
    ck.require_mutable(recv)
    if attr == "appendleft":
        if not _arity(ck, e, 1, 1, "deque.appendleft"):
            return T.ERROR
        convert_to(ck, e.args[0], check(ck, e.args[0], t.elem), t.elem, "to add to a deque")
        ck.require_movable(e.args[0])
        _builtin(ck, e, "list.insert", recv, (zero, e.args[0]))
        return T.NONE
    if not _arity(ck, e, 0, 0, "deque.popleft"):
        return T.ERROR
    _builtin(ck, e, "list.pop", recv, (zero,))
    return t.elem
