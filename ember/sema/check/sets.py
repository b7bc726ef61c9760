"""`set[T]` (LANGUAGE.md §2): `set()`, `set(xs)`, displays and comprehensions (the
parser makes `{a, b}` the call `$set([a, b])` and `{x for ...}` `$set([x for ...])`:
Python adds the items in that order too), methods, the operators `| & - ^` (and their
augmented forms, which change the set in place), subset comparisons, `in`.

Built-ins that iterate (`sorted(s)`, `list(s)`, `sum`, `min`, `max`, `any`, `all`) and
`for` loops see the elements in the set's order: the call is checked as the same call
of `s.$list()`, a list of them (as dicts.py does with a dict's keys)."""
from __future__ import annotations

from ember.sema import tast
from ember.sema.check.context import Checker
from ember.sema.check.expr import check, convert_to
from ember.sema.check.infer import Hole, _decided_or_hole, unify, zonk
from ember.syntax import ast
from ember.types import types as T

DISPLAY = "$set"  # the parser's name for a display's constructor (never shadowed)
LISTED = "$list"  # the method giving a new list of the elements
ELEMENT = "set element"
BINARY = {"|": "set.or", "&": "set.and", "-": "set.sub", "^": "set.xor"}
INPLACE = {"|": "set.update", "&": "set.iand", "-": "set.isub", "^": "set.ixor"}
# methods taking one other set (or list), by the builtin they are
_WITH_OTHER = {"union": "set.or", "intersection": "set.and", "difference": "set.sub",
               "symmetric_difference": "set.xor", "update": "set.update", "intersection_update": "set.iand",
               "difference_update": "set.isub", "symmetric_difference_update": "set.ixor",
               "issubset": "set.le", "issuperset": "set.ge", "isdisjoint": "set.disjoint"}
_CHANGING = frozenset({"add", "discard", "remove", "pop", "clear", "update", "intersection_update",
                       "difference_update", "symmetric_difference_update"})
METHODS = frozenset({"add", "discard", "remove", "pop", "clear", "copy", LISTED}) | frozenset(_WITH_OTHER)


def set_type(ck: Checker, el: T.Type, span: object) -> T.Type:
    """`set[T]` written in an annotation: the element must be hashable."""
    from ember.sema.check.dicts import hashable_key

    if T.is_error(el) or not hashable_key(ck, el, span, ELEMENT):
        return T.ERROR
    return T.SetType(el)


def construct(ck: Checker, e: ast.Call, expected: T.Type | None) -> T.Type:
    """`set()`, `set(s)` (a copy), `set(xs)` of a list, str, dict (its keys), range,
    zip, enumerate or generator; and the parser's displays."""
    from ember.sema.check.calls import _arity, _builtin
    from ember.sema.check.dicts import hashable_key

    if not _arity(ck, e, 0, 1, "set"):
        return T.ERROR
    want = expected if isinstance(expected, T.SetType) else None
    if not e.args:
        _builtin(ck, e, "set.new", None, ())
        return want or T.SetType(_decided_or_hole(ck, e))
    a = e.args[0]
    if isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and a.func.id in ("zip", "enumerate", "range") \
            and ck.lookup(a.func.id) is None:
        item = ast.Name("$item", a.span)
        a = ast.ListComp(item, (ast.Comprehension(item, a, (), a.span),), e.span)
        ck.program.keep.append(a)
    at = check(ck, a, T.ListType(want.elem) if want is not None and isinstance(a, (ast.ListExpr, ast.ListComp)) else None)
    if T.is_error(at):
        return at
    match at:
        case T.SetType():
            _builtin(ck, e, "copy", a, ())
            return at
        case T.ListType(elem=el) | T.DictType(key=el):
            pass
        case T.StrType():
            el = T.STR
        case _:
            return ck.error(a.span, f"`set` takes a list, str, dict or set, found `{at}`")
    at_el = a.elts[0].span if isinstance(a, ast.ListExpr) and a.elts else a.span
    if not isinstance(zonk(el), Hole) and not hashable_key(ck, el, at_el, ELEMENT):
        return T.ERROR
    order = ck.program.set_orders.get(e.span) if isinstance(a, ast.ListExpr) else None
    if order is not None and order != tuple(range(len(a.elts))):  # the first equal display's order
        a = ast.ListExpr(tuple(a.elts[i] for i in order), a.span)  # type: ignore[union-attr]
        ck.program.keep.append(a)
        ck.record(a, at)
    _builtin(ck, e, "set.from_constants" if order is not None else "set.from_list", None, (a,))
    return T.SetType(el)


def constant_orders(module: ast.Module) -> dict[object, tuple[int, ...]]:
    """The span of each display of three or more constants in `module` -> the order its
    items are added in: CPython's compiler makes each such display a frozenset constant,
    and keeps one constant per equal value in a module (the first, in source order), whose
    table order the display then copies. So the items go in that first display's order
    (distinct ones; later duplicates add nothing)."""
    from ember.syntax.walk import children

    found, stack = [], [module]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == DISPLAY \
                and isinstance(n.args[0], ast.ListExpr) and len(n.args[0].elts) > 2 and all(map(_constant, n.args[0].elts)):
            found.append(n)
        stack.extend(c for c in children(n) if isinstance(c, tuple) or hasattr(c, "__dataclass_fields__"))
    first: dict[frozenset, list[object]] = {}
    out: dict[object, tuple[int, ...]] = {}
    for d in sorted(found, key=lambda n: n.span.start):
        try:
            keys = [_key(x) for x in d.args[0].elts]
        except (ArithmeticError, LookupError, ValueError, TypeError):  # not folded: made at run time
            continue
        rep = first.setdefault(frozenset(keys), list(dict.fromkeys(keys)))
        out[d.span] = tuple(keys.index(k) for k in rep)
    return out


def _key(e: ast.Expr) -> object:
    """A constant's value with its type (1, 1.0 and True are different constants)."""
    v = _value(e)
    return (type(v).__name__, repr(v)) if not isinstance(v, tuple) else ("tuple", v)


def _value(e: ast.Expr) -> object:
    import operator

    match e:
        case ast.IntLit(value=v) | ast.FloatLit(value=v) | ast.StrLit(value=v) | ast.BoolLit(value=v):
            return v
        case ast.NoneLit():
            return None
        case ast.UnaryOp(op=op, operand=x):
            return {"-": operator.neg, "+": operator.pos, "~": operator.invert}[op](_value(x))
        case ast.BinOp(op=op, left=x, right=y):
            ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
                   "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "<<": operator.lshift,
                   ">>": operator.rshift, "&": operator.and_, "|": operator.or_, "^": operator.xor}
            a, b = _value(x), _value(y)
            if op in ("**", "<<") and isinstance(b, int) and b > 128 or op == "*" and isinstance(a, str) and b > 4096:
                raise ValueError("too big to fold")  # (CPython leaves such results to run time too)
            return ops[op](a, b)
        case ast.TupleExpr(elts=xs):
            return tuple(_key(x) for x in xs)
        case _:
            raise TypeError(e)


def _constant(e: ast.Expr) -> bool:
    """What CPython's compiler folds to a constant. It makes a display of more than two
    of them a frozenset constant, rebuilt once from its own order, that the set copies:
    where hashes collide (`{-1, -2}`: both hash to -2) that order differs from adding the
    items in turn, and "set.from_constants" repeats it."""
    match e:
        case ast.IntLit() | ast.FloatLit() | ast.StrLit() | ast.BoolLit() | ast.NoneLit():
            return True
        case ast.UnaryOp(op=op, operand=x):
            return op in ("-", "+", "~") and _constant(x)
        case ast.BinOp(left=x, right=y):
            return _constant(x) and _constant(y)
        case ast.TupleExpr(elts=xs):
            return all(map(_constant, xs))
        case _:
            return False


def method(ck: Checker, e: ast.Call, recv: ast.Expr, t: T.SetType, attr: str) -> T.Type:
    from ember.sema.check.calls import _arity, _builtin

    from ember.sema.check.dicts import no_method

    name = f"set.{attr}"
    args = e.args
    if attr not in METHODS:
        return no_method(ck, e, t, attr)
    if attr in _CHANGING:
        ck.require_mutable(recv)
    match attr:
        case "add" | "discard" | "remove":
            if not _arity(ck, e, 1, 1, name):
                return T.ERROR
            elem(ck, args[0], t)
            ret: T.Type = T.NONE
        case "pop" | "clear" | "copy":
            if not _arity(ck, e, 0, 0, name):
                return T.ERROR
            if attr == "copy":
                _builtin(ck, e, "copy", recv, ())
                return zonk(t)
            ret = t.elem if attr == "pop" else T.NONE
        case "$list":
            name = "set.list"
            ret = T.ListType(t.elem)
        case _:
            if not _arity(ck, e, 1, 1, name):
                return T.ERROR
            other = _other(ck, args[0], t, attr)
            if other is None:
                return T.ERROR
            name = _WITH_OTHER[attr]
            if name in ("set.sub", "set.xor", "set.isub", "set.ixor", "set.le", "set.ge", "set.disjoint") \
                    and isinstance(other, T.ListType):
                args = (_as_set(ck, args[0]),)  # as Python: the list made a set first
            if name == "set.ge":  # a >= b as b <= a
                _builtin(ck, e, "set.le", args[0], (recv,))
                return T.BOOL
            ret = T.BOOL if name in ("set.le", "set.disjoint") else T.NONE if name in INPLACE.values() else t
    _builtin(ck, e, name, recv, args)
    return zonk(ret)


def _as_set(ck: Checker, a: ast.Expr) -> ast.Expr:
    """`set(a)` of the list `a` (already checked)."""
    made = ast.Call(ast.Name(DISPLAY, a.span), (a,), (), a.span)
    ck.program.keep.append(made)
    ck.program.calls[id(made)] = tast.CallBuiltin("set.from_list", None, (a,))
    ck.record(made, T.SetType(zonk(ck.type_of(a).elem)))  # type: ignore[union-attr]
    return made


def _other(ck: Checker, a: ast.Expr, t: T.SetType, attr: str) -> T.Type | None:
    """The argument of `s.union(a)` and the like: a set or a list of the element type."""
    at = check(ck, a, t)
    if T.is_error(at):
        return None
    if isinstance(at, (T.SetType, T.ListType)) and unify(ck, at.elem, t.elem):
        return at
    ck.error(a.span, f"`{attr}` takes a `{zonk(t)}` or a list of its elements, found `{zonk(at)}`")
    return None


def elem(ck: Checker, x: ast.Expr, t: T.SetType) -> None:
    """An element used with `t`: its type, or (an empty set's) the type it decides."""
    from ember.sema.check.dicts import hashable_key

    xt = check(ck, x, None if isinstance(zonk(t.elem), Hole) else t.elem)
    if T.is_error(xt):
        return
    if isinstance(zonk(t.elem), Hole) and hashable_key(ck, xt, x.span, ELEMENT):
        unify(ck, t.elem, xt)
        return
    convert_to(ck, x, xt, t.elem, f"(the element type of `{zonk(t)}`)")


def binop(ck: Checker, e: ast.BinOp, lt: T.Type, rt: T.Type) -> T.Type | None:
    """`a | b`, `a & b`, `a - b`, `a ^ b` of two sets; None when not sets."""
    if not (isinstance(lt, T.SetType) and isinstance(rt, T.SetType) and e.op in BINARY):
        return None
    if not unify(ck, lt.elem, rt.elem):
        return ck.error(e.span, f"unsupported operand types for `{e.op}`: `{zonk(lt)}` and `{zonk(rt)}`")
    ck.program.calls[id(e)] = tast.CallBuiltin(BINARY[e.op], e.left, (e.right,))
    return zonk(lt)


def augmented(ck: Checker, s: ast.AugAssign, tt: T.Type) -> bool:
    """`a |= b` (and `&= -= ^=`) of a set: changed in place, as in Python."""
    if not isinstance(tt, T.SetType) or s.op not in INPLACE:
        return False
    ck.require_mutable(s.target)
    vt = check(ck, s.value, tt)
    if not T.is_error(vt) and not (isinstance(vt, T.SetType) and unify(ck, vt.elem, tt.elem)):
        ck.error(s.value.span, f"unsupported operand types for `{s.op}=`: `{zonk(tt)}` and `{zonk(vt)}`")
    ck.program.types[id(s)] = T.NONE
    ck.program.calls[id(s)] = tast.CallBuiltin(INPLACE[s.op], s.target, (s.value,))
    return True


def compare(ck: Checker, e: ast.Compare, op: str, l: ast.Expr, lt: T.Type, r: ast.Expr, rt: T.Type) -> bool:
    """`a <= b` (a subset), `a < b`, `>=`, `>` of two sets; False when not sets."""
    if not (isinstance(lt, T.SetType) and isinstance(rt, T.SetType)) or op not in ("<", "<=", ">", ">="):
        return False
    if not unify(ck, lt.elem, rt.elem):
        ck.error(e.span, f"cannot compare `{zonk(lt)}` with `{zonk(rt)}` using `{op}`")
        return True
    if len(e.ops) > 1:
        ck.error(e.span, "chained comparisons of sets are not supported")
        return True
    a, b = (l, r) if op in ("<", "<=") else (r, l)
    ck.program.calls[id(e)] = tast.CallBuiltin("set.le" if op in ("<=", ">=") else "set.lt", a, (b,))
    return True


def contains(ck: Checker, x: ast.Expr, xt: T.Type, t: T.SetType) -> None:
    """`x in s`: `x` must be of the element type."""
    if isinstance(zonk(t.elem), Hole):
        unify(ck, t.elem, xt)
        return
    convert_to(ck, x, xt, t.elem, f"(the element type of `{zonk(t)}`)")


def is_set(ck: Checker, e: ast.Expr) -> bool:
    """Whether `e` is a set, judged without checking it: a variable or field of a set
    type, an element of a dict or list of sets, a display or `set(...)`, a call of a
    function whose result is known to be a set, or an operator or method that makes one
    of those."""
    from ember.sema.check.dicts import peek

    match e:
        case ast.Name() | ast.Attribute() if isinstance(peek(ck, e), T.SetType):
            return True
        case ast.Call(func=ast.Name(id=name)) if (key := ck.fn_key(name)) is not None:  # `-> set[T]` known
            fn = ck.program.fns[key]
            return fn.ret_known and not fn.generic and isinstance(zonk(fn.ret), T.SetType)
        case ast.Call(func=ast.Name(id=name)):
            return name == DISPLAY or name == "set" and ck.lookup("set") is None
        case ast.Call(func=ast.Attribute(value=v, attr=m)):
            return m in ("union", "intersection", "difference", "symmetric_difference", "copy") and is_set(ck, v)
        case ast.BinOp(op=op, left=a) if op in BINARY:
            return is_set(ck, a)
        case ast.Subscript(value=v, index=i) if not isinstance(i, ast.Slice):  # `groups[k]`, `sets[i]`
            vt = peek(ck, v)
            return isinstance(vt, T.DictType) and isinstance(vt.value, T.SetType) \
                or isinstance(vt, T.ListType) and isinstance(vt.elem, T.SetType)
        case _:
            return False


def name_it(t: T.Type) -> tuple[str, ...]:
    """The help for a set that a built-in taking a list got from an expression whose type
    `is_set` could not judge before checking it (a call of an untyped `def`)."""
    if not isinstance(t, T.SetType):
        return ()
    return ("give the set a name first (`s = ...`, then `sorted(s)`): a set variable is iterated in its order",)


def listed_call(ck: Checker, e: ast.Call) -> ast.Call | None:
    """`sorted(s)` as `sorted(s.$list())` when `s` is a set (module docstring)."""
    if not e.args or not is_set(ck, e.args[0]):
        return None
    a = e.args[0]
    items = ast.Call(ast.Attribute(a, LISTED, a.span), (), (), a.span)
    moved = ast.Call(e.func, (items,) + e.args[1:], e.keywords, e.span)
    ck.program.keep.append(moved)
    return moved
