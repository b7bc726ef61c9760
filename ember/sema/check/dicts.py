"""`dict[K, V]`: displays, comprehensions, `d[k]`, methods and the built-ins that take a
dict (LANGUAGE.md §2). An empty `{}` (or `dict()`) takes its key and value types from
later use, as an empty list takes its element type (infer.py).

Built-ins that iterate (`sorted(d)`, `list(d)`, `sum(d)`, `min`, `max`, `any`, `all`)
see the keys, as in Python: the call is checked as the same call of `d.keys()`.
"""
from __future__ import annotations

from ember.diagnostics.diagnostic import Label
from ember.sema import tast
from ember.sema.check import classes, numbers
from ember.sema.check.context import Checker
from ember.sema.check.expr import check, convert_to
from ember.sema.check.infer import Hole, fresh_pair, has_hole, unify, zonk
from ember.sema.desugar import ITEM
from ember.syntax import ast
from ember.types import types as T

# built-ins that iterate their first argument: given a dict, they iterate its keys
KEY_ITERATORS = frozenset({"sorted", "list", "sum", "min", "max", "any", "all", "reversed"})
METHODS = frozenset({"get", "pop", "setdefault", "keys", "values", "items", "clear", "copy", "update"})


def py_name(t: T.Type) -> str:
    """The type's name as Python's TypeError messages spell it."""
    return T.py_name(t) or str(t)


def dict_type(ck: Checker, k: T.Type, v: T.Type, span: object) -> T.Type:
    """`dict[k, v]` written in an annotation: the key must be hashable."""
    if T.is_error(k) or T.is_error(v):
        return T.ERROR
    if not hashable_key(ck, k, span):
        return T.ERROR
    return T.DictType(k, v)


def hashable_key(ck: Checker, k: T.Type, span: object, what: str = "dict key") -> bool:
    """Python's `TypeError: unhashable type`, at compile time (`what`: a "dict key" or a
    "set element")."""
    k = zonk(k)
    if isinstance(k, Hole) or T.is_error(k) or has_hole(k) or _hashable(ck, k, span):
        return True
    ck.error(span, f"unhashable type: '{py_name(k)}'", f"used as a {what}",  # type: ignore[arg-type]
             help=(f"a {what} is a number, `Bool`, `str`, an object of a `@dataclass(frozen=True)` or of a "
                   "class with `__hash__` and `__eq__`, or a tuple of those",))
    return False


def _hashable(ck: Checker, t: T.Type, span: object) -> bool:
    """Python's hashable values here: numbers, `Bool`, `str`, objects of a class with
    `__hash__` and `__eq__` (check/hashing.py), and tuples and frozen dataclasses of those
    (hashed as the tuple of their fields, as Python hashes them)."""
    from ember.sema.check import hashing

    match t:
        case T.StructType(name=n) if n in ck.program.structs:
            info = ck.program.structs[n]
            if (own := hashing.by_methods(ck, n, span)) is not None:  # type: ignore[arg-type]
                return own
            return frozen(info.node) and all(_hashable(ck, zonk(ft), span) for _, ft in info.fields)
        case T.TupleType(elems=els) if T.is_tuple(t):
            return all(_hashable(ck, zonk(x), span) for x in els)
        case T.ListType(elem=el, kind="tuple"):
            return _hashable(ck, zonk(el), span)
        case _:
            return T.hashable(t)


def frozen(s: ast.StructDef) -> bool:
    """Whether the class is a `@dataclass(frozen=True)`."""
    return any(isinstance(d, ast.Call) and (isinstance(d.func, ast.Name) and d.func.id == "dataclass"
                                            or isinstance(d.func, ast.Attribute) and d.func.attr == "dataclass")
               and any(k.name == "frozen" and isinstance(k.value, ast.BoolLit) and k.value.value for k in d.keywords)
               for d in s.decorators)


def peek(ck: Checker, e: ast.Expr) -> T.Type | None:
    """The type of a variable or field `e` already known, without checking (recording) it."""
    match e:
        case ast.Name(id=name):
            t = ck.lookup(name)
        case ast.Attribute(value=base, attr=attr):
            bt = peek(ck, base)
            if not isinstance(bt, T.StructType):
                return None
            info = ck.program.structs[bt.name]
            i = info.field_index(attr)
            t = info.fields[i][1] if i >= 0 else None
        case _:
            return None
    return zonk(t) if t is not None else None


def keys_call(ck: Checker, e: ast.Call) -> ast.Call | None:
    """`sorted(d)` as `sorted(d.keys())` when `d` is a dict (module docstring)."""
    if not e.args or not isinstance(peek(ck, e.args[0]), T.DictType):
        return None
    a = e.args[0]
    keys = ast.Call(ast.Attribute(a, "keys", a.span), (), (), a.span)
    moved = ast.Call(e.func, (keys,) + e.args[1:], e.keywords, e.span)
    ck.program.keep.append(moved)
    return moved


def display(ck: Checker, e: ast.DictExpr, expected: T.Type | None) -> T.Type:
    if not e.keys:
        if isinstance(expected, T.DictType):
            return expected
        return fresh_dict(ck, e)
    ek = expected.key if isinstance(expected, T.DictType) else None
    ev = expected.value if isinstance(expected, T.DictType) else None
    kt = check(ck, e.keys[0], ek)
    vt = check(ck, e.values[0], ev)
    if ek is not None and not T.is_error(kt):
        convert_to(ck, e.keys[0], kt, ek)
        kt = ek
    if ev is not None and not T.is_error(vt):
        convert_to(ck, e.values[0], vt, ev)
        vt = ev
    for k, v in zip(e.keys[1:], e.values[1:]):
        _item(ck, k, check(ck, k, kt), kt, e.keys[0], "key")
        t = check(ck, v, numbers.context(vt) if ev is None else vt)
        if ev is None and (u := classes.join_items(ck, vt, t)) is not None:
            vt = u  # `{"+": add, "-": sub}`, `{"c": Circle(1), "s": Square(2)}`: any of them
        _item(ck, v, t, vt, e.values[0], "value")
    if isinstance(vt, (T.ClassUnion, T.NumberType)) or T.is_tuple(vt) and any(isinstance(x, (T.ClassUnion, T.NumberType)) for x in vt.elems):  # type: ignore[union-attr]
        for v in e.values:
            if ck.type_of(v) != vt:
                convert_to(ck, v, ck.type_of(v), vt)
    for v in e.values:
        ck.require_movable(v)
    hashable_key(ck, kt, e.keys[0].span)
    if T.is_error(kt) or T.is_error(vt):
        return T.ERROR
    return T.DictType(zonk(kt), zonk(vt))


def _item(ck: Checker, x: ast.Expr, t: T.Type, want: T.Type, first: ast.Expr, what: str) -> None:
    if T.is_error(want) or T.is_error(t):
        return
    if not convert_to(ck, x, t, want, quiet=True):
        ck.error(x.span, f"dict {what}s have different types: `{zonk(want)}` and `{zonk(t)}`", f"`{zonk(t)}` here",
                 labels=(Label(first.span, f"`{zonk(want)}` here"),),
                 help=(f"an Ember dict holds one {what} type: convert the {what}s to one type",))


def fresh_dict(ck: Checker, e: object) -> T.DictType:
    k, v = fresh_pair(ck, e)
    return T.DictType(k, v)


def comprehension(ck: Checker, e: ast.DictComp, expected: T.Type | None) -> T.Type:
    """`{k: v for ...}`: checked as the list comprehension of `(k, v)` pairs it is built from."""
    pair = ast.TupleExpr((e.key, e.value), e.span)
    comp = ast.ListComp(pair, e.generators, e.span)
    ck.program.keep.extend((pair, comp))
    lt = check(ck, comp)
    ck.program.calls[id(e)] = tast.CallBuiltin("dict.from_items", None, (comp,))
    if not isinstance(lt, T.ListType) or not isinstance(lt.elem, T.TupleType):
        return T.ERROR
    kt, vt = lt.elem.elems
    if not hashable_key(ck, kt, e.key.span):
        return T.ERROR
    return T.DictType(kt, vt)


def subscript(ck: Checker, e: ast.Subscript, t: T.DictType) -> T.Type:
    if isinstance(e.index, ast.Slice):
        return ck.error(e.span, f"`{t}` cannot be sliced")
    key(ck, e.index, t)
    if not t.default:  # a defaultdict's read of a missing key makes the entry
        _may_raise(ck, e)
    return t.value


def _may_raise(ck: Checker, e: ast.Expr) -> None:
    """`d[k]`, `d.pop(k)`, `del d[k]` inside a `try` that catches KeyError: a missing key
    raises it there (a catchable error); elsewhere it is a fault (LANGUAGE.md §9)."""
    from ember.sema.check.errors import raises_here

    if raises_here(ck, e.span, "KeyError"):
        ck.program.raising_keys.add(id(e))


def key(ck: Checker, k: ast.Expr, t: T.DictType, what: str = "") -> None:
    """A key used with `t`: its type, or (an empty dict's) the type it decides."""
    kt = check(ck, k, None if isinstance(zonk(t.key), Hole) else t.key)
    if T.is_error(kt):
        return
    if isinstance(zonk(t.key), Hole) and hashable_key(ck, kt, k.span):
        unify(ck, t.key, kt)
        return
    hashable_key(ck, kt, k.span)
    convert_to(ck, k, kt, t.key, what or f"(the key type of `{zonk(t)}`)")


def method(ck: Checker, e: ast.Call, recv: ast.Expr, t: T.DictType, attr: str) -> T.Type:
    from ember.sema.check.calls import _arity, _builtin

    from ember.sema.check import counters

    if t.default == counters.KIND and attr in counters.METHODS:
        return counters.method(ck, e, recv, t, attr)
    name = f"dict.{attr}"
    args = e.args
    if attr not in METHODS:
        return no_method(ck, e, t, attr)
    if attr in ("pop", "setdefault", "clear", "update"):
        ck.require_mutable(recv)
    match attr:
        case "get":
            if len(args) == 1 and isinstance(args[0], ast.Name) and args[0].id == ITEM:
                # `max(d, key=d.get)` (sema/desugar.py's lambda): the items are d's keys
                key(ck, args[0], t)
                _builtin(ck, e, "dict.at", recv, args)
                return zonk(t.value)
            if len(args) == 1 and not e.keywords:
                key(ck, args[0], t)
                return ck.error(e.span, "`d.get(key)` without a default is not supported yet (it returns an Optional)",
                                help=("pass a default: `d.get(key, default)`",))
            if not _arity(ck, e, 2, 2, name):
                return T.ERROR
            key(ck, args[0], t)
            _value(ck, args[1], t)
            ret: T.Type = t.value
        case "pop":
            if not _arity(ck, e, 1, 2, name):
                return T.ERROR
            key(ck, args[0], t)
            if len(args) == 2:
                _value(ck, args[1], t)
            else:
                _may_raise(ck, e)
            ret = t.value
        case "setdefault":
            if not _arity(ck, e, 2, 2, name):
                return T.ERROR
            key(ck, args[0], t)
            _value(ck, args[1], t)
            ret = t.value
        case "keys" | "values" | "items":
            if not _arity(ck, e, 0, 0, name):
                return T.ERROR
            ret = T.ListType({"keys": t.key, "values": t.value}.get(attr) or T.TupleType((t.key, t.value)))
        case "clear":
            if not _arity(ck, e, 0, 0, name):
                return T.ERROR
            ret = T.NONE
        case "copy":
            if not _arity(ck, e, 0, 0, name):
                return T.ERROR
            _builtin(ck, e, "copy", recv, ())
            return t
        case "update":
            if not _arity(ck, e, 1, 1, name):
                return T.ERROR
            ot = check(ck, args[0], t)
            if not T.is_error(ot) and not convert_to(ck, args[0], ot, t, quiet=True):
                ck.error(args[0].span, f"`update` takes a `{zonk(t)}`, found `{zonk(ot)}`")
            ret = T.NONE
        case _:
            raise AssertionError(attr)
    _builtin(ck, e, name, recv, args)
    return zonk(ret)


def no_method(ck: Checker, e: ast.Call, t: T.Type, attr: str) -> T.Type:
    """`x.m(...)` of a method `t` lacks: its arguments checked, one error."""
    for a in e.args:
        check(ck, a)
    return ck.error(e.func.span, f"`{zonk(t)}` has no method `{attr}`")


def _value(ck: Checker, v: ast.Expr, t: T.DictType) -> None:
    vt = check(ck, v, None if isinstance(zonk(t.value), Hole) else t.value)
    if not T.is_error(vt):
        convert_to(ck, v, vt, t.value, f"(the value type of `{zonk(t)}`)")


def construct(ck: Checker, e: ast.Call, expected: T.Type | None) -> T.Type:
    """`dict()`, `dict(d)` (a copy), `dict(pairs)` for a list of 2-tuples or a `zip`."""
    from ember.sema.check.calls import _arity, _builtin

    if e.keywords:
        for kw in e.keywords:
            check(ck, kw.value)
        return ck.error(e.keywords[0].span, "`dict(name=value)` is not supported: write a display `{'name': value}`")
    if not _arity(ck, e, 0, 1, "dict"):
        return T.ERROR
    if not e.args:
        _builtin(ck, e, "dict.new", None, ())
        return expected if isinstance(expected, T.DictType) else fresh_dict(ck, e)
    a = e.args[0]
    if isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and a.func.id in ("zip", "enumerate") \
            and ck.lookup(a.func.id) is None:
        item = ast.Name("$item", a.span)
        a = ast.ListComp(item, (ast.Comprehension(item, a, (), a.span),), e.span)
        ck.program.keep.append(a)
    at = check(ck, a)
    if T.is_error(at):
        return at
    if isinstance(at, T.DictType):  # a copy; of a defaultdict, a plain dict (Python's `dict(dd)`)
        _builtin(ck, e, "copy", a, ())
        return T.DictType(at.key, at.value)
    if isinstance(at, T.ListType) and isinstance(at.elem, T.TupleType) and len(at.elem.elems) == 2:
        kt, vt = at.elem.elems
        if not hashable_key(ck, kt, a.span):
            return T.ERROR
        _builtin(ck, e, "dict.from_items", None, (a,))
        return T.DictType(kt, vt)
    return ck.error(a.span, f"`dict` takes a dict or a list of (key, value) pairs, found `{at}`")


FACTORIES = ("int", "float", "str", "bool", "list", "set")


def defaultdict(ck: Checker, e: ast.Call, expected: T.Type | None) -> T.Type:
    """`defaultdict(int)` (or float, str, bool, list, set): a dict whose read of a missing
    key inserts the factory's empty value (0, 0.0, "", False, [], set()); the key type,
    and a list's or set's element type, come from later use as for `{}`."""
    from ember.sema.check.calls import _arity, _builtin

    if not _arity(ck, e, 1, 1, "defaultdict"):
        return T.ERROR
    f = e.args[0]
    if not (isinstance(f, ast.Name) and f.id in FACTORIES and ck.lookup(f.id) is None and ck.fn_key(f.id) is None):
        return ck.error(f.span, "`defaultdict` takes one of the types " + ", ".join(f"`{x}`" for x in FACTORIES),
                        "not a supported factory",
                        help=("a `lambda` giving an empty value is that type (`lambda: 0` is `int`, `lambda: []` is "
                              "`list`); another function or `lambda` as the factory is not supported yet",))
    if isinstance(expected, T.DictType) and expected.default == f.id:
        _builtin(ck, e, "dict.new", None, ())
        return expected
    k, v = fresh_pair(ck, e)
    value = {"int": T.INT, "float": T.F64, "str": T.STR, "bool": T.BOOL}.get(f.id) \
        or (T.ListType(v) if f.id == "list" else T.SetType(v))
    _builtin(ck, e, "dict.new", None, ())
    return T.DictType(k, value, f.id)


def contains(ck: Checker, l: ast.Expr, lt: T.Type, rt: T.DictType) -> None:
    """`k in d`: `k` must be of the key type."""
    if isinstance(zonk(rt.key), Hole):
        unify(ck, rt.key, lt)
        return
    convert_to(ck, l, lt, rt.key, f"(the key type of `{zonk(rt)}`)")


_RESIZING = frozenset({"pop", "clear", "update", "setdefault"})


def looped_dict(ck: Checker, it: ast.Expr) -> ast.Expr | None:
    """The dict a `for` iterates: `d`, `d.keys()`, `d.values()`, `d.items()`."""
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and it.func.attr in ("keys", "values", "items") \
            and not it.args:
        it = it.func.value
    return it if isinstance(ck.program.types.get(id(it)), T.DictType) else None


def resized_in_loop(ck: Checker, s: ast.For) -> None:
    """Python raises `RuntimeError: dictionary changed size during iteration` when a loop
    over a dict inserts or deletes; a deletion (`del d[k]`, `pop`, `clear`) or a
    `setdefault`/`update` in the body is that error here. A `d[k] = v` is allowed (it
    replaces the value of an existing key); a new key faults when the loop goes on."""
    from ember.sema.check.effects import root_name
    from ember.syntax.walk import nodes

    d = looped_dict(ck, s.iter)
    name = root_name(d) if d is not None else None
    if name is None:
        return
    if ck.scope.parallel:
        from ember.sema.check.parallel import iterates_dict

        iterates_dict(ck, name, s.iter.span)
    for n in nodes(s.body):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in _RESIZING \
                and isinstance(n.func.value, ast.Name) and n.func.value.id == name:
            ck.error(n.span, f"dictionary changed size during iteration: `{name}` is changed inside a loop over it",
                     "changes the dict's size", labels=(Label(s.iter.span, f"loop over `{name}`"),),
                     help=(f"loop over a copy of the keys: `for k in list({name}):`",))
            return
