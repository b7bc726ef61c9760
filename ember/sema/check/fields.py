"""The fields of a Python `class` that `__init__` creates (LANGUAGE.md §4): `self.n = v`
in `__init__` (at any depth of its `if`s, loops and `try`s) makes `n` a field, after the
class-level annotated ones, in the order of the first assignments, with the type of the
value that its first assignment stores, as checked for the first call's argument types
(a generic `__init__`).

Before checking, `declare` reads the class: the new fields get their places (an
`ERROR` type until typed), and what Python would only find at run time is reported:
a field not assigned on every path through `__init__`, read (or `self` used) before it is
assigned there, or assigned only in another method. While checking, the first walk of
`__init__` that reaches a field's assignment types it (`define`); a read elsewhere before
that checks a non-generic `__init__` first (`read`). One class has one layout, so every
construction must give each field the same type.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ember.base.source import Span
from ember.diagnostics.diagnostic import Label
from ember.sema import tast
from ember.sema.check import numbers
from ember.sema.check.infer import unify, zonk
from ember.syntax import ast
from ember.syntax.walk import nodes, statements
from ember.types import types as T

if TYPE_CHECKING:
    from ember.sema.check.context import Checker


def declare(ck: Checker, info: tast.StructInfo) -> None:
    """Give the fields `__init__` assigns their places, and report the ones that Python
    would miss at run time (module docstring)."""
    s = info.node
    init = next((m for m in s.methods if m.name == "__init__" and _receives(m)), None)
    declared = {n for n, _ in info.fields}
    if init is not None:
        me = init.params[0].name
        _unassigned_declared(ck, s, {n for n, _ in stores(init.body, me)})
        for n, span in stores(init.body, me):
            if n not in declared and n not in info.inferred:
                info.inferred[n] = span
        info.fields += tuple((n, T.ERROR) for n in info.inferred)
        info.untyped = set(info.inferred)
        if info.inferred:
            _Flow(ck, info, me).check(init)
    names = {n for n, _ in info.fields}
    for m in s.methods:
        if m is init or not _receives(m):
            continue
        for n, span in stores(m.body, m.params[0].name):
            if n not in names:
                info.misplaced.add(n)
                ck.error(span, f"field `{n}` is not assigned in `__init__`", f"`{s.name}` has no field `{n}`",
                         help=(f"assign it in `__init__` (`self.{n} = ...`), so that every `{s.name}` has it"
                               if init is not None else
                               f"add `__init__` assigning it (`self.{n} = ...`), or declare it at class level "
                               f"(`{n}: int`)",))


def _unassigned_declared(ck: Checker, s: ast.StructDef, stored: set[str]) -> None:
    """A class-level `name: T` with no value that `__init__` never assigns: Python's
    object has no such attribute (a read raises AttributeError), where a layout would
    give it a zero."""
    if s.decorators:  # a dataclass's fields are its constructor's parameters
        return
    for f in s.fields:
        if f.default is None and f.name not in stored:
            ck.error(f.span, f"field `{f.name}` is declared, but `__init__` never assigns it",
                     f"`{s.name}` objects would have no `{f.name}`",
                     help=(f"assign it in `__init__` (`self.{f.name} = ...`), or give it a value here "
                           f"(`{f.name}: ... = value`), which Python reads when the object has none",))


def _receives(m: ast.FnDef) -> bool:
    """Whether `m` takes the object as `self` (sema.signature's receiver)."""
    return bool(m.params) and m.params[0].name == "self" and m.params[0].annotation is None


def stores(body: tuple[ast.Stmt, ...], me: str) -> list[tuple[str, Span]]:
    """The fields that `body` stores into `me` (`me.n = ...`, `me.n: T = ...`,
    `me.n += ...`), with the place of each store, in source order."""
    out: list[tuple[str, Span]] = []
    for st in statements(body):
        match st:
            case ast.Assign(targets=targets):
                for t in targets:
                    out.extend(_stored(t, me))
            case ast.AnnAssign(target=t) | ast.AugAssign(target=t):
                out.extend(_stored(t, me))
            case _:
                pass
    return out


def _stored(target: ast.Expr, me: str) -> list[tuple[str, Span]]:
    match target:
        case ast.Attribute(value=ast.Name(id=n), attr=a) if n == me:
            return [(a, target.span)]
        case ast.TupleExpr(elts=elts) | ast.ListExpr(elts=elts):
            return [x for e in elts for x in _stored(e, me)]
        case _:
            return []


class _Flow:
    """Which inferred fields are certainly assigned at each point of `__init__`: each
    read of one (or use of the whole `self`) needs it, and so does each way out (a
    `return`, or the end)."""

    def __init__(self, ck: Checker, info: tast.StructInfo, me: str) -> None:
        self.ck, self.info, self.me = ck, info, me
        self.fields = frozenset(info.inferred)
        self.names = {n for n, _ in info.fields}
        self.why: dict[str, Label] = {}  # where a field became unassigned on some path
        self.reported: set[str] = set()

    def check(self, init: ast.FnDef) -> None:
        end = self.block(init.body, frozenset())
        if end is not None:
            self.leave(end, Label(init.name_span, "`__init__` can end without assigning it"))

    def block(self, body: tuple[ast.Stmt, ...], done: frozenset[str]) -> frozenset[str] | None:
        """The fields assigned after `body` on every path that falls through it (None:
        no path does)."""
        for s in body:
            match s:
                case ast.If(test=test, body=yes, orelse=no):
                    self.reads(test, done)
                    a, b = self.block(yes, done), self.block(no, done)
                    if a is None or b is None:
                        done = a if b is None else b
                        if done is None:
                            return None
                        continue
                    for n in a - b:
                        self.why.setdefault(n, Label(test.span, f"`{n}` is not assigned when this is false"))
                    for n in b - a:
                        self.why.setdefault(n, Label(test.span, f"`{n}` is not assigned when this is true"))
                    done = a & b
                case ast.For(iter=head, body=loop, orelse=orelse) | ast.While(test=head, body=loop, orelse=orelse):
                    self.reads(head, done)
                    after = self.block(loop, done)
                    for n in (after or frozenset()) - done:
                        self.why.setdefault(n, Label(head.span, f"`{n}` is assigned only when this loop runs"))
                    self.block(orelse, done)
                case ast.Try(body=tried, handlers=handlers, orelse=orelse, finalbody=final):
                    self.block(tried, done)
                    for h in handlers:
                        self.block(h.body, done)
                    self.block(orelse, done)
                    done = self.block(final, done)
                    if done is None:
                        return None
                case ast.Return(value=v):
                    if v is not None:
                        self.reads(v, done)
                    self.leave(done, Label(s.span, "`__init__` returns here without assigning it"))
                    return None
                case ast.Raise() | ast.Break() | ast.Continue():
                    self.reads(s, done)
                    return None
                case ast.FnDef() | ast.StructDef():
                    pass
                case ast.Assign(targets=targets, value=v):
                    self.reads(v, done)
                    for t in targets:
                        self.reads_in_target(t, done)
                    done = done | {n for t in targets for n, _ in _stored(t, self.me)}
                case ast.AnnAssign(target=t, value=v):
                    if v is not None:
                        self.reads(v, done)
                        done = done | {n for n, _ in _stored(t, self.me)}
                case _:
                    self.reads(s, done)  # an AugAssign reads its target first
        return done

    def reads_in_target(self, target: ast.Expr, done: frozenset[str]) -> None:
        match target:
            case ast.Attribute(value=ast.Name(id=n)) if n == self.me:
                pass
            case ast.TupleExpr(elts=elts) | ast.ListExpr(elts=elts):
                for e in elts:
                    self.reads_in_target(e, done)
            case _:
                self.reads(target, done)

    def reads(self, node: object, done: frozenset[str]) -> None:
        """Report the fields `node` reads (and the uses of the whole `self`) before they
        are assigned."""
        fields: set[int] = set()
        for x in nodes(node):
            match x:
                case ast.Attribute(value=ast.Name(id=n) as v, attr=a) if n == self.me and a in self.names:
                    fields.add(id(v))  # `self.m()` is a use of the whole `self`
                    if a in self.fields and a not in done:
                        self.report_read(x.span, a, f"`{self.me}.{a}` is read before `__init__` assigns it")
                case ast.Name(id=n) if n == self.me and id(x) not in fields:
                    missing = sorted(self.fields - done, key=list(self.info.inferred).index)
                    if missing:
                        names = ", ".join(f"`{m}`" for m in missing)
                        self.report_read(x.span, missing[0], f"`{self.me}` is used before `__init__` assigns {names}")
                case _:
                    pass

    def report_read(self, span: Span, field: str, message: str) -> None:
        self.ck.error(span, message, "Python would raise AttributeError here",
                      help=(f"assign `{self.me}.{field}` first",))

    def leave(self, done: frozenset[str], label: Label) -> None:
        for n in sorted(self.fields - done, key=list(self.info.inferred).index):
            if n in self.reported:
                continue
            self.reported.add(n)
            self.ck.error(self.info.inferred[n], f"field `{n}` of `{self.info.node.name}` is not assigned on every "
                          f"path through `__init__`", "assigned here", labels=(self.why.get(n, label),),
                          help=((f"assign it on every path, e.g. `{self.me}.{n} = ...` before the `if` or loop "
                                 "(Python would raise AttributeError where it is read)"),))


# ---- while checking ---------------------------------------------------------------


def defining(ck: Checker, target: ast.Expr) -> tuple[tast.StructInfo, str] | None:
    """The class and field when `target` is `self.n` in the class's `__init__`, `n`
    being a field that `__init__` creates."""
    fn = ck.scope.info
    if fn is None or fn.struct is None or fn.node.name != "__init__" or not _receives(fn.node):
        return None
    match target:
        case ast.Attribute(value=ast.Name(id="self"), attr=a):
            info = ck.program.structs.get(fn.struct)
            return (info, a) if info is not None and a in info.inferred else None
        case _:
            return None


def define(ck: Checker, target: ast.Attribute, info: tast.StructInfo, name: str, t: T.Type,
           value: ast.Expr | None = None) -> bool:
    """Type the field `name` by its assignment `target` in `__init__` storing a `t`; False
    (with an error) when this is the first assignment in another instance of a generic
    `__init__`, with a type that differs from what the field got."""
    at = ck.instantiating[-1][0] if ck.instantiating else None
    if name in info.untyped:
        if t == T.NONE and value is not None:  # `self.parent = None`: an optional, given a value later
            from ember.sema.check.infer import fresh_optional

            t = fresh_optional(ck, value)
            ck.program.coerce[id(value)] = t
        elif t == T.NONE:
            ck.error(target.span, f"field `{name}` cannot hold `None`",
                     help=("give it a value of its type",))
            t = T.ERROR
        t = numbers.field_type(ck, info.name, name, value, t)
        info.untyped.discard(name)
        info.fields = tuple((n, t if n == name else ft) for n, ft in info.fields)
        info.typed_by = info.typed_by or at
        return True
    if target.span != info.inferred[name]:
        return True  # a later assignment: checked like any store into the field
    ft = info.fields[info.field_index(name)][1]
    if t == T.NONE and value is not None and isinstance(zonk(ft), T.OptionalType):  # another instance's `None`
        ck.program.coerce[id(value)] = zonk(ft)
        return True
    if T.is_error(t) or T.is_error(ft) or unify(ck, ft, t) or value is not None and numbers.converts(ck, value, t, zonk(ft)):
        return True
    if numbers.widens_field_of(ck, info, name, ft, t):
        return True  # `Box(3)`, then `Box(2.5)`: the next check makes the field a number
    ck.error(target.span, f"field `{name}` of `{info.node.name}` would be `{zonk(t)}` here, but it is "
             f"`{zonk(ft)}`", f"`{zonk(t)}` here",
             labels=(Label(info.typed_by, f"`{name}` became `{zonk(ft)}` for this call"),) if info.typed_by else (),
             help=((f"the objects of a class have one layout: construct every `{info.node.name}` with the same "
                    "argument types, convert the argument, or annotate it in `__init__`"),) if not _functions(t, ft) else
             (f"the objects of a class have one layout, and a field holds the function it was first given: keep the "
              f"functions in a dict (`{{\"a\": f, \"b\": g}}`) and give `{info.node.name}` the key",))
    return False


def _functions(*ts: T.Type) -> bool:
    """Whether each of `ts` is a function as a value (sema/fnvalues.py)."""
    return all(isinstance(zonk(t), T.StructType) and zonk(t).is_function or  # type: ignore[union-attr]
               isinstance(zonk(t), T.ClassUnion) and zonk(t).base == "function" for t in ts)  # type: ignore[union-attr]


def read(ck: Checker, e: ast.Attribute, info: tast.StructInfo, name: str) -> T.Type:
    """The type of field `name`, not typed yet: a non-generic `__init__` is checked now;
    in `__init__` itself the read came before the assignment (reported by `declare`)."""
    from ember.sema.check.generic import _check_now

    init = ck.program.fns.get(info.methods.get("__init__", ""))
    if init is None:
        return T.ERROR
    if not init.generic and init.state == "":
        _check_now(ck, init)
    if name in info.untyped:
        from ember.sema.check.excclass import seed_fields

        seed_fields(ck, info)
    if name not in info.untyped:
        return info.fields[info.field_index(name)][1]
    if any(f.struct == info.name and f.node.name == "__init__" and f.state == "checking"
           for f in ck.program.fns.values()):
        return T.ERROR  # `self` used before `__init__` assigns the field: reported by `declare`
    return ck.error(e.span, f"the type of field `{name}` is not known here", f"`{info.node.name}.{name}`",
                    labels=(Label(info.inferred[name], f"`{name}` is typed by this assignment"),),
                    help=((f"`{info.node.name}.__init__` takes its argument types from the first "
                           f"`{info.node.name}(...)` call, and none was checked before this use: annotate "
                           f"`__init__`'s arguments, or declare the field at class level (`{name}: int`)"),))


def waiting(ck: Checker, fn: tast.FnInfo) -> bool:
    """Whether `fn` is a method of a class whose fields are not typed yet (checked
    after the functions that may construct it)."""
    info = ck.program.structs.get(fn.struct) if fn.struct is not None else None
    return info is not None and bool(info.untyped) and fn.node.name != "__init__"


def store(ck: Checker, target: ast.Attribute, value: ast.Expr, vt: T.Type, ft: T.Type) -> bool:
    """Whether `target = value` stores into a field that `__init__` created (typed by
    its first assignment there), reporting a value of another type as locals do."""
    from ember.sema.check.expr import convert_to

    owner = ck.type_of(target.value)
    info = ck.program.structs.get(owner.name) if isinstance(owner, T.StructType) else None
    if info is None or target.attr not in info.inferred:
        return False
    if numbers.widens_field(ck, target, ft, vt):
        return True  # `self.total += 0.5` where `__init__` gave an int: the next check makes it a number
    if not convert_to(ck, value, vt, ft, quiet=True):
        ft, vt = zonk(ft), zonk(vt)
        ck.error(value.span, f"field `{target.attr}` of `{info.node.name}` is `{ft}` and cannot now hold `{vt}`",
                 f"`{vt}` assigned here",
                 labels=(Label(info.inferred[target.attr], f"`{target.attr}` got its type `{ft}` here"),),
                 help=(f"a field keeps the type of its first assignment in `__init__`: convert the value "
                       f"(`{ft}(...)`)" + (", or give the field a float first value (`0.0`, not `0`)"
                                           if isinstance(vt, T.FloatType) and isinstance(ft, T.IntType) else ""),))
    return True


def order(ck: Checker, fn: tast.FnInfo) -> int:
    """When to check `fn` among its module's functions: first those that construct a
    class whose fields are not typed yet (`P(4)` types them, for the functions that read
    them), then the others, then the methods that read them (`waiting`)."""
    if waiting(ck, fn):
        return 2
    if not any(info.untyped for info in ck.program.structs.values()):
        return 1
    for n in nodes(fn.node.body):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name):
            info = ck.program.structs.get(ck.env.key(n.func.id))
            if info is not None and info.untyped:
                return 0
    return 1


def never_built(ck: Checker, fn: tast.FnInfo) -> bool:
    """Whether `fn` is a method of a class that nothing constructs (its `__init__` is
    generic and no call made an instance): like an uncalled generic `def`, it is not
    compiled, as its fields have no types."""
    info = ck.program.structs.get(fn.struct) if fn.struct is not None else None
    init = ck.program.fns.get(info.methods.get("__init__", "")) if info is not None else None
    return info is not None and bool(info.untyped) and init is not None and bool(init.generic)


def reject_unbuilt(ck: Checker) -> None:
    """A function compiled for a value of a class whose fields never got types (nothing
    constructs it) is an error: the value would have no layout."""
    unbuilt = {n for n, info in ck.program.structs.items() if info.untyped}
    if not unbuilt:
        return

    def mentions(t: T.Type) -> str | None:
        match t:
            case T.StructType(name=n) if n in unbuilt:
                return n
            case T.ListType(elem=el):
                return mentions(el)
            case T.TupleType(elems=els):
                return next((n for x in els if (n := mentions(x)) is not None), None)
            case _:
                return None

    for fn in ck.program.fns.values():
        if fn.generic or fn.template or not fn.state:
            continue
        types = [p.type for p in fn.params] + [fn.ret] + list(fn.locals.values())
        n = next((n for t in types if (n := mentions(t)) is not None), None)
        if n is not None and fn.struct != n:
            name = ck.program.structs[n].node.name
            ck.error(fn.node.name_span, f"`{fn.name}` handles a `{name}`, but nothing constructs one",
                     help=((f"the fields of `{name}` take their types from the first `{name}(...)` call: "
                            f"construct one, or annotate `{name}.__init__`'s arguments"),))


def frozen_store(ck: Checker, target: ast.Expr) -> None:
    """`obj.x = v` (or `+=`) where `obj` is a `@dataclass(frozen=True)`: Python's
    `FrozenInstanceError`, here at compile time (checked after `target` was)."""
    from ember.sema.check.dicts import frozen

    if not isinstance(target, ast.Attribute):
        return
    t = ck.program.types.get(id(target.value))
    if isinstance(t, T.StructType) and t.name in ck.program.structs and frozen(ck.program.structs[t.name].node):
        ck.error(target.span, f"cannot assign to field `{target.attr}`: `{t}` is a frozen dataclass",
                 help=(f"make a new object instead: `{t}(...)`",))
