"""Objects of several classes behind one type: a class and the classes derived from it
(sema/inherit.py copies a base down into each), as one `ClassUnion` (types.py).

Python code mixes the classes of a family where their base is expected: a list of
`[Circle(...), Square(...)]`, a parameter annotated with the base class, `x = Circle(...)
if c else Square(...)`. Each class keeps its own layout and its own compiled methods; the
union holds an optional of each, one present. Where two related classes meet (those
places), or where an annotation names a class that has derived classes, the type is the
union of the family of their nearest common base; a class's object is converted to it
where one is expected (`convert_to`). A method call on a union calls the method of the
class present (each class's method is checked as its own call; the results must agree),
a field read reads that class's field, printing prints the object present
(`isinstance` and narrowing: check/instancetest.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ember.sema import tast
from ember.sema.check import numbers
from ember.sema.check.infer import unify, zonk
from ember.syntax import ast
from ember.types import types as T

if TYPE_CHECKING:
    from ember.sema.check.context import Checker


def _parent(ck: Checker, key: str) -> str | None:
    info = ck.program.structs.get(key)
    parent = info.node.parent if info is not None else None
    if parent is None:
        return None
    prefix = key.rpartition("::")[0]
    return f"{prefix}::{parent.id}" if prefix else parent.id


def lineage(ck: Checker, key: str) -> list[str]:
    """`key` and its bases, nearest first."""
    out: list[str] = []
    k: str | None = key
    while k is not None and k in ck.program.structs and k not in out:
        out.append(k)
        k = _parent(ck, k)
    return out


def family(ck: Checker, base: str) -> tuple[str, ...]:
    """`base` and every class derived from it, `base` first, then in definition order."""
    derived = [k for k in ck.program.structs if k != base and base in lineage(ck, k)]
    return (base, *derived)


def union_of(ck: Checker, base: str) -> T.ClassUnion | None:
    """The union of `base`'s family, or None when no class derives from it."""
    members = family(ck, base)
    if len(members) < 2:
        return None
    return T.ClassUnion(tuple(T.OptionalType(T.StructType(k)) for k in members), base)


def class_attr(ck: Checker, key: str, attr: str) -> tuple[str, T.Type] | None:
    """The module variable holding class attribute `attr` of class `key` (of the nearest
    class of its lineage that defines it: sema/classattrs.py), and its type."""
    for k in lineage(ck, key):
        mod, _, name = k.rpartition("::")
        env = ck.program.envs.get(mod)
        var = f"{name}${attr}"
        if env is not None and var in env.globals:
            return env.key(var), env.globals[var]
    return None


def annotated(ck: Checker, key: str) -> T.Type:
    """The type an annotation naming class `key` means: any object of its family (Python's
    reading of a class in an annotation), or the class itself when nothing derives from it."""
    info = ck.program.structs.get(key)
    if info is None or info.node.keyword != "class":
        return T.StructType(key)
    return union_of(ck, key) or T.StructType(key)


def classes_of(t: T.Type) -> tuple[str, ...]:
    """The classes a value of type `t` may be of: one, a union's, or none."""
    match t:
        case T.ClassUnion():
            return t.classes
        case T.StructType(name=n):
            return (n,)
        case _:
            return ()


def join(ck: Checker, a: T.Type, b: T.Type) -> T.ClassUnion | T.NumberType | None:
    """The union that holds objects of both `a` and `b` (classes or unions): their nearest
    common base's family; None when they are not related. An `Int` and an `f64` meet
    the same way: a number that is either (check/numbers.py)."""
    if (n := numbers.join(a, b)) is not None:
        return n
    ca, cb = classes_of(a), classes_of(b)
    if not ca or not cb:
        return None
    if all(T.StructType(k).is_function for k in (*ca, *cb)):  # functions as values (sema/fnvalues.py): exactly these
        members = sorted({*ca, *cb})
        return T.ClassUnion(tuple(T.OptionalType(T.StructType(k)) for k in members), "function") if len(members) > 1 else None
    bases = lineage(ck, ca[0])
    for k in (*ca[1:], *cb):
        line = lineage(ck, k)
        bases = [x for x in bases if x in line]
    return union_of(ck, bases[0]) if bases else None


def join_items(ck: Checker, a: T.Type, b: T.Type) -> T.Type | None:
    """`join` of two items of a display, also inside tuples (`[("add", add), ("mul", mul)]`:
    tuples of a name and either function)."""
    if T.is_tuple(a) and T.is_tuple(b) and len(a.elems) == len(b.elems):  # type: ignore[union-attr]
        parts = [x if x == y else join(ck, x, y) for x, y in zip(a.elems, b.elems)]  # type: ignore[union-attr]
        return T.TupleType(tuple(parts)) if a != b and None not in parts else None  # type: ignore[arg-type]
    if isinstance(a, T.ListType) and isinstance(b, T.ListType) and a.kind == b.kind == "" \
            and (n := numbers.join(a.elem, b.elem)) is not None:
        return T.ListType(n)  # `[[0, 1], [2.5, 3]]`: rows of numbers (displays convert, check/numbers.py)
    return join(ck, a, b)


def family_help(ck: Checker, a: T.Type, b: T.Type) -> tuple[str, ...]:
    """The help where an object of class `a` meets one of class `b` and the two are
    related, but the place holds one class (a variable or list typed by its first value)."""
    u = join(ck, a, b) if len(classes_of(a)) == len(classes_of(b)) == 1 else None
    if u is None:
        return ()
    if u.base == "function":
        return ("a list, dict or variable holds several functions when they meet in one function (`[f, g]`, "
                "`d[k] = g` after `d[k] = f`); a field, or a place that calls of another function fill, holds "
                "the function it was first given",)
    base = str(T.StructType(u.base))
    return (f"both are `{base}`s: a variable or list takes the class of its first value; annotate it with "
            f"the base class (`x: {base} = ...`, `xs: list[{base}] = []`) to hold an object of any class "
            f"derived from `{base}`",)


def converts(ck: Checker, e: ast.Expr, t: T.Type, target: T.Type) -> bool:
    """Whether an object of class `t` may stand where the union `target` is expected; the
    conversion is recorded (mir/build wraps it)."""
    if isinstance(target, T.ClassUnion) and classes_of(t) and set(classes_of(t)) <= set(target.classes):
        ck.program.coerce[id(e)] = target  # an object of one class, or any of a smaller family's
        return True
    return False


def _typed_by_family(ck: Checker, u: T.ClassUnion) -> None:
    """A class of the union whose `__init__` no checked call has typed yet (a base whose
    objects are made nowhere, or only later): its fields take the types the same fields
    have in another class of the family, which inherited them, so that its methods can
    be checked for a call on the union (a later `__init__` must agree: check/fields.py)."""
    for k in u.classes:
        info = ck.program.structs[k]
        for n in sorted(info.untyped):
            for other in u.classes:
                oi = ck.program.structs[other]
                i = oi.field_index(n) if n not in oi.untyped else -1
                if i >= 0 and not T.is_error(oi.fields[i][1]):
                    info.untyped.discard(n)
                    info.fields = tuple((m, oi.fields[i][1] if m == n else ft) for m, ft in info.fields)
                    break


def _unbuilt(ck: Checker, k: str, e: ast.Expr) -> bool:
    """Whether class `k` of a union still has fields no checked construction typed (after
    `_typed_by_family`): no object of it exists so far, so a call or read on the union
    skips it (mir/build/classes.py makes its branch unreachable); `check_unbuilt` makes
    sure none is constructed later."""
    info = ck.program.structs[k]
    init = ck.program.fns.get(info.methods.get("__init__", ""))
    if info.untyped and init is not None and not init.generic and init.state == "":
        from ember.sema.check.generic import _check_now

        _check_now(ck, init)  # its argument types are its own: its fields' types are known now
    if not info.untyped:
        return False
    ck.program.unbuilt_parts.setdefault(k, e.span)
    return True


def check_unbuilt(ck: Checker) -> None:
    """After checking: a class of a family that nothing constructs gets a placeholder
    type for the fields no construction typed (unions of its family lay it out; no
    object of it exists); a class a union call skipped must be such a class, else the
    skip was wrong: an error."""
    for k, info in ck.program.structs.items():
        if info.untyped and (info.node.parent is not None or len(family(ck, k)) > 1):
            info.fields = tuple((n, T.INT if n in info.untyped else ft) for n, ft in info.fields)
            info.untyped = set()
        elif k in ck.program.unbuilt_parts:
            span = ck.program.unbuilt_parts[k]
            name = str(T.StructType(k))
            ck.error(span, f"this needs the methods of `{name}` before any `{name}(...)` is checked",
                     help=(f"construct a `{name}` earlier in the program, or annotate `{name}.__init__`'s arguments",))


def field(ck: Checker, e: ast.Attribute, u: T.ClassUnion, attr: str) -> T.Type:
    """`x.attr` of a union: the field of the class present, of one type in every class."""
    from ember.sema.check import fields

    _typed_by_family(ck, u)
    found: T.Type | None = None
    for k in u.classes:
        info = ck.program.structs[k]
        if _unbuilt(ck, k, e):
            continue
        if attr in info.untyped:
            ft = fields.read(ck, e, info, attr)
        elif (i := info.field_index(attr)) >= 0:
            ft = info.fields[i][1]
        elif (var := class_attr(ck, k, attr)) is not None:
            ck.program.class_attrs[(id(e), k)] = var[0]
            ft = var[1]
        else:
            return ck.error(e.span, f"`{T.StructType(k)}` has no field `{attr}`",
                            help=(f"`{attr}` is read from an object that may be of any class derived from `{u}`, "
                                  f"`{T.StructType(k)}` included",))
        if T.is_error(ft):
            return ft
        if found is not None and zonk(ft) != zonk(found) and not unify(ck, found, ft):
            return ck.error(e.span, f"field `{attr}` is `{found}` in one class of `{u}` and `{ft}` in `{T.StructType(k)}`")
        found = ft
    ck.program.union_reads.add(id(e))
    return found if found is not None else T.ERROR


def method(ck: Checker, e: ast.Call, recv: ast.Expr, u: T.ClassUnion, attr: str) -> T.Type:
    """`x.attr(...)` of a union: each class's method, checked as a call of its own; the
    call runs the one of the class present."""
    from ember.sema.check.calls import _call_fn

    _typed_by_family(ck, u)
    if attr == "copy" and not e.args and not any("copy" in ck.program.structs[k].methods for k in u.classes):
        ck.program.calls[id(e)] = tast.CallBuiltin("copy", recv, ())
        return u
    parts: list[tast.CallMethod | None] = []
    ret: T.Type | None = None
    first = ""  # the class `ret` came from
    for k in u.classes:
        info = ck.program.structs[k]
        if _unbuilt(ck, k, e):
            parts.append(None)
            continue
        if attr not in info.methods:
            for a in e.args:
                ck.program.types.pop(id(a), None)
            return ck.error(e.func.span, f"`{T.StructType(k)}` has no method `{attr}`",
                            help=(f"`{attr}` is called on an object that may be of any class derived from `{u}`, "
                                  f"`{T.StructType(k)}` included: define `{attr}` in `{u}`",))
        rt = _call_fn(ck, e, ck.program.fns[info.methods[attr]], e.args, recv)
        call = ck.program.calls.get(id(e))
        if T.is_error(rt) or not isinstance(call, tast.CallMethod):
            return T.ERROR
        if ret is not None and (n := numbers.join(zonk(ret), zonk(rt))) is not None:
            rt = n  # one returns an int, another a float (or either): a number (mir/build/classes.py casts)
        elif ret is not None and zonk(rt) != zonk(ret) and not unify(ck, ret, rt):
            if u.base == "function":
                return ck.error(e.func.span, f"this calls one of several functions, which return different types: `{ret}` "
                                             f"(`{T.StructType(first)}`) and `{rt}` (`{T.StructType(k)}`)",
                                help=("a call of any of several functions has one result type in Ember: make them "
                                      "return the same type, or keep them apart",))
            return ck.error(e.func.span, f"`{attr}` returns `{ret}` in one class of `{u}` and `{rt}` in "
                                         f"`{T.StructType(k)}`",
                            help=("a call on an object of any class of a family has one result type",))
        if ret is None:
            first = k
        ret = rt
        parts.append(call)
    ck.program.calls[id(e)] = tast.CallUnion(recv, tuple(parts))
    return ret if ret is not None else T.ERROR


def text_method(ck: Checker, u: T.ClassUnion, wanted: str) -> str | None:
    """The method that `str()` (`__str__`, or `__repr__`) of a union calls: one every
    class has; None where no class has one (each prints as a dataclass); an error where
    only some do."""
    names = [next((m for m in (wanted, "__repr__") if m in ck.program.structs[k].methods), None) for k in u.classes]
    if all(n is None for n in names):
        return None
    if len(set(names)) == 1:
        return names[0]
    return ""



def widens(ck: Checker, name: str, existing: T.Type, t: T.Type, key: T.Type | None = None) -> bool:
    """A variable (or the elements of a list variable, or the values of a dict variable
    whose key type is `key`) first given objects of one class, then of a related one
    (`out = []`, `out.append(Big(...))`, `out.append(Small(...))`): the first walk of the
    function leaves the union as a hint for the value that declared it and asks for a
    second walk (infer.py `walk_twice`), which declares it the union from the start
    (`declared`)."""
    from ember.sema.check.infer import Hole

    existing = zonk(existing)
    if ck.scope.buffer is None or not numbers.widenable(existing) or existing == t:
        return False
    u = join_items(ck, existing, t)
    if u is None or u == existing:
        return False
    at = ck.scope.declared_by.get(name)
    if at is None and key is None and u == T.NUMBER:
        at = numbers.param_id(ck, name)  # `def f(total): total += 0.5` called with an int
    if at is None:
        return False
    for i, h in ck.scope.empties:  # an earlier widening of the same variable: the union of both
        earlier = h.ref if key is None or not isinstance(h.ref, T.TupleType) else zonk(h.ref.elems[1])  # type: ignore[attr-defined]
        if i == at and (isinstance(earlier, (T.ClassUnion, T.NumberType)) or T.is_tuple(earlier)):
            u = join_items(ck, u, earlier) or u
    hint = u if key is None else T.TupleType((zonk(key), u))  # a dict's `{}`: its key and value types (infer.fresh_pair)
    ck.scope.empties.append((at, Hole(ck.scope.stmt.span if ck.scope.stmt else None, ref=hint)))  # type: ignore[arg-type]
    ck.scope.retry = True
    return True


def declared(ck: Checker, value: ast.Expr, t: T.Type) -> T.Type:
    """A variable's first value, made the union a first walk found (`widens`)."""
    hint = ck.scope.hints.get(id(value))
    if isinstance(hint, T.ClassUnion) and classes_of(t) and set(classes_of(t)) <= set(hint.classes) and t != hint \
            or hint is not None and t != hint and join_items(ck, t, hint) == hint and not isinstance(t, T.ClassUnion):
        ck.program.coerce[id(value)] = hint
        return hint
    return t


def widen_result(ck: Checker, u: T.ClassUnion | T.NumberType) -> None:
    """A `def` whose returns give objects of related classes returns the union `u` of
    their family: the returns checked before are converted to it (those of an object
    by their type, in mir/build/stmt.py; those already converted to a smaller union here)."""
    from ember.syntax.walk import nodes

    info = ck.scope.info
    assert info is not None
    info.ret = ck.scope.ret = ck.scope.widened = u
    for n in nodes(info.node.body):
        if isinstance(n, ast.Return) and n.value is not None and isinstance(ck.program.coerce.get(id(n.value)), T.ClassUnion):
            ck.program.coerce[id(n.value)] = u


def class_attr_store(ck: Checker, target: ast.Expr) -> None:
    """`obj.x = v` (or `+=`) where `x` is a class attribute read through the object:
    Python gives that object an attribute of its own; here the class's value would
    change for every object, so it is an error (checked after `target` was checked)."""
    if not isinstance(target, ast.Attribute):
        return
    through_object = id(target) in ck.program.module_refs and isinstance(
        ck.program.types.get(id(target.value)), (T.StructType, T.ClassUnion))
    if through_object or any(i == id(target) for i, _ in ck.program.class_attrs):
        ck.error(target.span, f"`{target.attr}` is a class attribute: assigning it through an object is not "
                              "supported",
                 help=(f"assign it in a method (`self.{target.attr} = ...`, which gives each object its own), "
                       f"or through the class (`ClassName.{target.attr} = ...`, shared by all)",))
