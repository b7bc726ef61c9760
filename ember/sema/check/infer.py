"""Element types of empty lists, inferred over the whole function (LANGUAGE.md §2: "an
empty list takes its element type from later use").

`[]` without a context gives `[?]`: a `Hole`, an element type that the first use that
needs one decides (`out.append(x)`, `out += [...]`, `out[i] = v`, passing `out` where
`[T]` is expected, `out == xs`, ...). The checker walks a function once, in order, so
`check` reads every type through `zonk` (the holes replaced by what they were unified
with), and the recorded types still holding a hole are rewritten when the module is
done (`finish`). Checks that depend on the element type (may a value move, may a loop
variable borrow) wait for `finish` when it is not known yet (`defer`).

A use that needs the element type before any use decides it (`st.append(a + b)` with
`a` and `b` popped from `st`, before `st.append(int(t))`) cannot be typed in that walk:
then the function is checked a second time, each `[]` taking the element type the first
walk decided (`check_twice`), so the order of the uses does not matter.

A hole that no use decides becomes `Int`, as Python's `sum([])` is the int `0`: every
element a list can get decides its type (an append, a store, `+=`, an element of another
list, which only ever holds elements when its own type is decided), so such a list is
empty whenever the program runs and nothing can tell its element type, whether it is a
variable (`out = []` only read, or handed to `len` or to a helper that reads it) or used
directly (`f([])`, `print([])`, `sum([])`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ember.base.source import Span
from ember.syntax import ast
from ember.types import types as T

if TYPE_CHECKING:
    from ember.sema.check.context import Checker


@dataclass(eq=False)
class Hole:
    """An element type not known yet; compared by identity, resolved through `ref`."""

    span: Span                     # the `[]` it came from
    scope: object = None           # the FnScope of the walk that made it
    ref: object | None = None      # the type (or hole) it was unified with
    decided: Span | None = None    # where its type was fixed
    what: str = "the element type of this empty list"  # for messages: or a dict's key or value type

    def __str__(self) -> str:
        return str(zonk(self)) if self.ref is not None else "?"


@dataclass
class Pending:
    """The module's holes, the ids of the nodes recorded with one, and the checks that
    wait for the element types (each with the scope and module it ran in)."""

    holes: list[Hole] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    deferred: list[tuple[object, object, Callable[[], None]]] = field(default_factory=list)


def fresh(ck: Checker, e: object) -> T.ListType:
    """`[?]` for the empty display `e` with no element type from its context (or the type
    a first walk of the function decided for it)."""
    return T.ListType(_decided_or_hole(ck, e))  # type: ignore[arg-type]


def _decided_or_hole(ck: Checker, e: object) -> T.Type:
    """The type a first walk decided for `e`, else a new hole recorded for `e`."""
    hint = ck.scope.hints.get(id(e))
    if hint is not None:
        return hint
    h = Hole(e.span, scope=ck.scope)  # type: ignore[attr-defined]
    ck.pending.holes.append(h)
    ck.scope.empties.append((id(e), h))
    return h  # type: ignore[return-value]


def fresh_pair(ck: Checker, e: object) -> tuple[T.Type, T.Type]:
    """Key and value types for the empty dict `e` (`{}`, `dict()`): two holes, recorded
    as one pair so that a second walk gives the display both decided types."""
    hint = ck.scope.hints.get(id(e))
    if isinstance(hint, T.TupleType):
        return hint.elems[0], hint.elems[1]
    span = e.span  # type: ignore[attr-defined]
    k = Hole(span, scope=ck.scope, what="the key type of this empty dict")
    v = Hole(span, scope=ck.scope, what="the value type of this empty dict")
    ck.pending.holes.extend((k, v))
    ck.scope.empties.append((id(e), Hole(span, scope=ck.scope, ref=T.TupleType((k, v)))))  # type: ignore[arg-type]
    return k, v  # type: ignore[return-value]


def fresh_optional(ck: Checker, e: object) -> T.Type:
    """`Optional[?]` for a `None` that starts a variable or a result: the payload type is
    decided by the first other value given (`best = None` ... `best = x`), like an empty
    list's element type; a first walk's decision comes back as a hint."""
    return T.optional(_decided_or_hole(ck, e))


def _root(h: Hole) -> object:
    while isinstance(h, Hole) and h.ref is not None:
        h = h.ref  # type: ignore[assignment]
    return h


def zonk(t: T.Type) -> T.Type:
    """`t` with every resolved hole replaced by its type."""
    match t:
        case Hole():
            r = _root(t)
            return r if isinstance(r, Hole) else zonk(r)  # type: ignore[return-value,arg-type]
        case T.ListType(elem=el):
            z = zonk(el)
            return t if z is el else T.ListType(z, t.kind)
        case T.DictType(key=k, value=v):
            zk, zv = zonk(k), zonk(v)
            return t if zk is k and zv is v else T.DictType(zk, zv, t.default)
        case T.SetType(elem=el):
            z = zonk(el)
            return t if z is el else T.SetType(z)
        case T.OptionalType(elem=el):
            z = zonk(el)
            return t if z is el else T.optional(z)
        case T.TupleType(elems=els):
            zs = tuple(zonk(x) for x in els)
            return t if all(a is b for a, b in zip(zs, els)) else T.TupleType(zs)
        case _:
            return t


def holes_in(t: T.Type) -> list[Hole]:
    """The unresolved holes in `t` (after `zonk`)."""
    match t:
        case Hole():
            r = _root(t)
            return [r] if isinstance(r, Hole) else holes_in(r)  # type: ignore[arg-type]
        case T.ListType(elem=el) | T.OptionalType(elem=el) | T.SetType(elem=el):
            return holes_in(el)
        case T.DictType(key=k, value=v):
            return holes_in(k) + holes_in(v)
        case T.TupleType(elems=els):
            return [h for x in els for h in holes_in(x)]
        case _:
            return []


def has_hole(t: T.Type) -> bool:
    return bool(holes_in(t))


def unify(ck: Checker, a: T.Type, b: T.Type) -> bool:
    """Make `a` and `b` one type by deciding the holes in them; False if they differ."""
    a, b = zonk(a), zonk(b)
    if a is b or T.is_error(a) or T.is_error(b):
        return True
    if isinstance(a, Hole) or isinstance(b, Hole):
        h, t = (a, b) if isinstance(a, Hole) else (b, a)
        if h in holes_in(t):
            return False  # `out.append(out)`: no finite type
        h.ref = t  # type: ignore[union-attr]
        if not isinstance(t, Hole) and ck.scope.stmt is not None:
            h.decided = ck.scope.stmt.span  # type: ignore[union-attr]
        return True
    if isinstance(a, T.ListType) and isinstance(b, T.ListType) or isinstance(a, T.OptionalType) and isinstance(b, T.OptionalType) \
            or isinstance(a, T.SetType) and isinstance(b, T.SetType):
        return unify(ck, a.elem, b.elem)
    if isinstance(a, T.DictType) and isinstance(b, T.DictType):
        return all([unify(ck, a.key, b.key), unify(ck, a.value, b.value)])
    if isinstance(a, T.TupleType) and isinstance(b, T.TupleType) and len(a.elems) == len(b.elems):
        return all([unify(ck, x, y) for x, y in zip(a.elems, b.elems)])
    return a == b


def decided_at(t: T.Type) -> Span | None:
    """Where a use fixed a hole that `t` came from, if `t` is such a resolved hole, or a
    list of one."""
    match t:
        case Hole() if t.ref is not None:
            return t.decided or decided_at(t.ref)  # type: ignore[arg-type]
        case T.ListType(elem=el) | T.OptionalType(elem=el) | T.SetType(elem=el):
            return decided_at(el)
        case T.DictType(key=k, value=v):
            return decided_at(v) or decided_at(k)
        case _:
            return None


def defer(ck: Checker, run: Callable[[], None]) -> None:
    """Run `run` in the current scope once the module's element types are known."""
    ck.pending.deferred.append((ck.scope, ck.env, run))


def finish(ck: Checker) -> None:
    """End of a module: the holes nothing decided become `Int` (module docstring);
    rewrite every recorded type, local, argument and result; run the deferred checks."""
    pending = ck.pending
    for h in pending.holes:
        if h.ref is None:
            h.ref = T.INT
    types = ck.program.types
    for i in pending.ids:
        types[i] = zonk(types[i])
    coerce = ck.program.coerce
    for i, t in coerce.items():  # to an optional whose payload a later use decided
        if isinstance(t, T.OptionalType):
            coerce[i] = zonk(t)
    for fn in ck.program.fns.values():
        fn.locals = {n: zonk(t) for n, t in fn.locals.items()}
        fn.params = tuple(p if not has_hole(p.type) and p.type is zonk(p.type) else _param(p) for p in fn.params)
        fn.ret = zonk(fn.ret)
    for info in ck.program.structs.values():
        info.fields = tuple((n, zonk(t)) for n, t in info.fields)  # a class's `self.xs = []` (check/fields.py)
    for env in ck.program.envs.values():
        env.globals.update({n: zonk(t) for n, t in env.globals.items()})
    ck.program.globals.update({n: zonk(t) for n, t in ck.program.globals.items()})
    ck.program.instances = {(k, tuple(zonk(t) for t in ts)): v for (k, ts), v in ck.program.instances.items()}
    saved = ck.scope, ck.env
    try:
        for scope, env, run in pending.deferred:
            ck.scope, ck.env = scope, env  # type: ignore[assignment]
            run()
    finally:
        ck.scope, ck.env = saved
    ck.pending = Pending()


def check_twice(ck: Checker, fn: object, walk: Callable[[dict[int, T.Type], list[tuple] | None], None],
                outer: object = None) -> None:
    """Check `fn`'s body with `walk(hints, buffer)`, twice if need be (`walk_twice`).

    An instance of a generic `def` checked for a list its caller (`outer`, in a first
    walk) has not decided yet may need the element type first (`combine(st)` pops two
    and adds them, before the caller's `st.append(int(t))`): its errors then go to the
    caller's walk, which, walked again, calls a new instance for the decided type."""
    ret, known = fn.ret, fn.ret_known  # type: ignore[attr-defined]
    waiting = getattr(outer, "buffer", None) is not None and any(has_hole(p.type) for p in fn.params)  # type: ignore[attr-defined]

    def reset(result: T.Type | None = None) -> None:
        fn.ret, fn.ret_known, fn.sites, fn.globals_used = ret, known, [], set()  # type: ignore[attr-defined]
        if result is not None:
            fn.ret, fn.ret_known = result, True  # type: ignore[attr-defined]

    def guesses() -> list[T.Type]:
        """Result types to try in turn: the base case's `1` of `x * power(x, n - 1)` is
        Python's int where the result may be a float."""
        t = None if known else recursive_result(ck, fn.node.body)  # type: ignore[attr-defined]
        return [] if t is None else [T.INT, T.F64] if t == T.INT else [t]
    walk_twice(ck, fn.node.body, walk, reset, outer if waiting else None, fn.key, guesses)  # type: ignore[attr-defined]


def recursive_result(ck: Checker, body: tuple) -> T.Type | None:
    """The result type of a `def` that calls itself before a `return` decided it
    (`return n if n < 2 else fib(n - 1) + fib(n - 2)`), from what the first walk found:
    the one type of the returned values (each arm of a conditional) that do not depend on
    the call; None when there is none, or more than one."""
    from ember.sema.check.parallel import walk as nodes

    def leaves(e: ast.Expr) -> list[ast.Expr]:
        return leaves(e.body) + leaves(e.orelse) if isinstance(e, ast.IfExp) else [e]
    found = {zonk(t) for n in nodes(body) if isinstance(n, ast.Return) and n.value is not None
             for leaf in leaves(n.value) if (t := ck.program.types.get(id(leaf))) is not None}
    found = {t for t in found if not T.is_error(t) and t != T.NONE and not has_hole(t)}
    return found.pop() if len(found) == 1 else None


def walk_twice(ck: Checker, body: tuple, walk: Callable[[dict[int, T.Type], list[tuple] | None], None],
               reset: Callable[..., None], waiting: object = None, key: str = "",
               guesses: Callable[[], list[T.Type]] | None = None) -> None:
    """Check `body` (a function's, or a module's statements) with `walk(hints, buffer)`;
    when a use needed an element type that a later use decided, forget that walk (side
    tables, deferred checks, the instances made for its undecided types; `reset` undoes
    the rest) and check the body again, each `[]` taking its decided element type as if
    from context. The first walk's errors wait in `buffer` and are reported only when it
    stands; they go to the walk `waiting` (check_twice), if any, when nothing is decided.
    A `def` that called itself before a `return` gave its result type is walked again
    with each result type `guesses` offers, until one walk has no errors (or the last)."""
    buffer: list[tuple] = []
    walk({}, buffer)
    first = ck.scope
    hints = {i: zonk(h) for i, h in first.empties if h.ref is not None and not has_hole(zonk(h))}
    first.buffer = None  # later errors in this scope (deferred checks) go straight out
    if first.retry and not hints and waiting is not None:
        waiting.buffer.extend(buffer)  # type: ignore[attr-defined]
        waiting.retry = True  # type: ignore[attr-defined]
        waiting.discard.extend([*first.discard, key])  # type: ignore[attr-defined]
        return
    if first.retry and hints:
        _walk_again(ck, body, walk, reset, hints, first)
        return
    if first.widened is not None and not first.recursed and guesses is not None:
        # a later `return` widened the result (`0`, then a float: a number): its calls of
        # itself had the first's, so it is walked again knowing it; the first walk's errors
        # say more (`returns `str` here but `Int` on another path`), so they stand
        _forget(ck, body, first)
        reset(first.widened)
        again: list[tuple] = []
        walk({}, again)
        ck.scope.buffer = None
        buffer = buffer or again
        tries = []
    else:
        tries = guesses() if first.recursed and guesses is not None else []
    for n, result in enumerate(tries, 1):
        _forget(ck, body, ck.scope)
        reset(result)
        buffer = []
        walk({}, None if n == len(tries) else buffer)
        ck.scope.buffer = None
        if not buffer:
            return
    for args in buffer:
        ck.sink.error(*args[:3], help=args[3], labels=args[4])


def _walk_again(ck: Checker, body: tuple, walk: Callable[[dict[int, T.Type], list[tuple] | None], None],
                reset: Callable[..., None], hints: dict[int, T.Type], walked: object) -> None:
    """Walk `body` again with `hints`; a walk that widens one more variable (a parameter
    made a number makes the sum that reads it one: check/numbers.py) is walked once more
    with that too, up to a few times; each walk's errors are reported once it stands."""
    for _ in range(3):
        _forget(ck, body, walked)
        reset()
        buffer: list[tuple] = []
        walk(hints, buffer)
        walked = ck.scope
        more = {i: zonk(h) for i, h in walked.empties if h.ref is not None and not has_hole(zonk(h))}  # type: ignore[attr-defined]
        walked.buffer = None  # type: ignore[attr-defined]
        if not walked.retry or all(hints.get(i) == t for i, t in more.items()):  # type: ignore[attr-defined]
            for args in buffer:
                ck.sink.error(*args[:3], help=args[3], labels=args[4])
            return
        hints = {**hints, **more}
    _forget(ck, body, walked)
    reset()
    walk(hints, None)


def _forget(ck: Checker, body: tuple, walked: object) -> None:
    """What the walk `walked` of `body` left: side tables, deferred checks, the instances
    made for its undecided types."""
    from ember.sema.check.parallel import walk as nodes

    p = ck.program
    for n in nodes(body):
        i = id(n)
        for table in (p.types, p.coerce, p.calls, p.builtin_values, p.module_refs, p.parallel, p.handlers, p.raised, p.unwraps,
                      p.instance_tests, p.class_narrowed, p.static_ifs, p.truths):
            table.pop(i, None)  # type: ignore[attr-defined]
        p.borrow_loops.discard(i)
        p.ref_loops.discard(i)
        p.union_reads.discard(i)
    dead = set(walked.discard)  # type: ignore[attr-defined]

    def forgotten(scope: object) -> bool:  # this walk's, or a discarded instance's
        return scope is walked or getattr(getattr(scope, "info", None), "key", None) in dead
    ck.pending.deferred = [d for d in ck.pending.deferred if not forgotten(d[0])]
    for k in walked.discard:  # type: ignore[attr-defined]
        del ck.program.fns[k]
        ck.program.instances = {t: v for t, v in ck.program.instances.items() if v != k}


def _param(p: object) -> object:
    from dataclasses import replace

    return replace(p, type=zonk(p.type))  # type: ignore[type-var,attr-defined]
