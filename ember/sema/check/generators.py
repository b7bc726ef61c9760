"""Generators: functions whose body contains `yield`.

Ember has no coroutines. mir/build/generators.py inlines a generator's body into the
loop that iterates a call of it, each `yield` running the loop's body, so a call of a
generator is allowed only where it is iterated: by a `for` or a comprehension, or as
the argument of a built-in that consumes an iterable (`list`, `sum`, `sorted`, ...,
which get the items as a list, as they get a generator expression's). Anywhere else
(a variable, an argument, a return value, `next`) it is a diagnostic.

A generator's `FnInfo.ret` is the type of the values it yields: a `def` takes it from
its first `yield` (as from a first `return`), an annotated one from `-> Iterator[T]`.
"""
from __future__ import annotations

import itertools

from ember.diagnostics.diagnostic import Label
from ember.sema import tast
from ember.sema.check.context import Checker
from ember.sema.check.infer import unify, zonk
from ember.syntax import ast
from ember.syntax.walk import STMTS, children, nodes
from ember.types import types as T

ITERATOR_TYPES = frozenset({"Iterator", "Generator", "Iterable"})
CONSUMERS = frozenset({"list", "sum", "min", "max", "sorted", "any", "all", "enumerate", "zip"})
_WHERE = "`for x in {0}(...):`, a comprehension, or a built-in such as `list({0}(...))` or `sum({0}(...))`"


def is_generator(fn: ast.FnDef) -> bool:
    return any(isinstance(n, ast.Yield) for n in nodes(fn.body))


def element_type(ck: Checker, fn: ast.FnDef) -> T.Type:
    """What an annotated generator yields: `-> Iterator[T]` (or `Generator[T, ...]`)."""
    from ember.sema.check.typeexpr import resolve, resolve_arg

    r = fn.returns
    assert r is not None
    if isinstance(r, ast.NamedType) and r.name in ITERATOR_TYPES and r.args:
        return resolve_arg(ck, r.args[0])
    t = resolve(ck, r)
    if T.is_error(t):
        return t
    return ck.error(r.span, f"`{fn.name}` yields, so it returns an iterator, not `{t}`",
                    help=(f"declare what it yields: `-> Iterator[{t}]`",))


def declare(ck: Checker, info: tast.FnInfo) -> None:
    """Mark `info` a generator; a `fn` must say what it yields. (A class's `__iter__` may
    be one: iterating an object iterates it, `object_iter`.)"""
    info.generator = True
    fn = info.node
    special = fn.name.startswith("__") and fn.name.endswith("__") and info.struct is not None and fn.name != "__iter__"
    if special or fn.name == "main" and info.struct is None and not info.module:
        ck.error(fn.name_span, f"`{fn.name}` cannot be a generator: it is called, not iterated",
                 help=("move the `yield`s into a generator of its own, and iterate that",))
    for t in nodes(fn.body):
        for y in (n for n in nodes(t.finalbody) if isinstance(n, ast.Yield)) if isinstance(t, ast.Try) else ():
            ck.error(y.span, "`yield` inside `finally`: the loop over the generator may have ended there "
                     "(`break`, `return`)", help=("yield before the `try`'s end, not in its `finally`",))
    if fn.returns is None and fn.keyword == "fn":
        info.ret = ck.error(fn.name_span, f"`fn {fn.name}` yields: declare what it yields",
                            help=(f"`fn {fn.name}(...) -> Iterator[T]:`",))


def allow(ck: Checker, args: tuple[ast.Expr, ...]) -> None:
    """The expressions in `args` may be generator calls (they are iterated)."""
    ck.iterated.update(id(a) for a in args if isinstance(a, ast.Call))


def iterated_once(body: tuple[ast.Stmt, ...], name: str) -> bool:
    """Whether the generator's body uses its parameter `name` only once, as what a `for`
    (or `yield from`) outside any loop iterates: a generator passed there then runs
    inside that loop, lazily, as Python runs it. (Iterated twice, Python's generator
    object would be empty the second time: Ember has no object to exhaust.)"""
    uses = [n for n in nodes(body) if isinstance(n, ast.Name) and n.id == name]
    if len(uses) != 1:
        return False
    use = uses[0]

    def find(stmts: tuple[ast.Stmt, ...], looped: bool) -> bool | None:
        for s in stmts:
            if isinstance(s, ast.For) and s.iter is use:
                return not looped and not s.parallel and not s.comptime
            if isinstance(s, ast.Yield) and s.value is use:
                return s.from_ and not looped
            inner = looped or isinstance(s, (ast.For, ast.While))
            for f in children(s):
                for x in f if isinstance(f, tuple) else ():
                    found = find(x.body, inner) if isinstance(x, ast.ExceptHandler) else \
                        find((x,), inner) if isinstance(x, STMTS) else None
                    if found is not None:
                        return found
        return None
    return bool(find(body, False))


def restrict_args(ck: Checker, fn: tast.FnInfo, params: tuple[tast.ParamInfo, ...],
                  ordered: list[ast.Expr | None]) -> None:
    """A generator call passed to generator `fn` is iterated only where `fn`'s body
    iterates that parameter once (`iterated_once`)."""
    for p, a in zip(params, ordered):
        if isinstance(a, ast.Call) and id(a) in ck.iterated and not iterated_once(fn.node.body, p.name):
            ck.iterated.discard(id(a))
            ck.passed_to[id(a)] = (fn.name, p.name)


def range_arg(ck: Checker, a: ast.Expr) -> ast.Expr:
    """An argument of a user function's call: `range(...)` there is `list(range(...))`
    (Ember's `range` is only iterated, and the function gets a value)."""
    if isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and a.func.id == "range" \
            and ck.lookup("range") is None and ck.fn_key("range") is None:
        a = ast.Call(ast.Name("list", a.span), (a,), (), a.span)
        ck.program.keep.append(a)
    return a


def call_type(ck: Checker, e: ast.Call, fn: tast.FnInfo) -> T.Type:
    """The type of a call of the (checked) generator `fn`: the list of what it yields,
    where the call is iterated; an error anywhere else."""
    name = fn.name
    if id(e) in ck.passed_to:
        callee, param = ck.passed_to[id(e)]
        return ck.error(e.span, f"generator `{name}` is passed to `{callee}`, which does not iterate `{param}` "
                        "exactly once", "passed here",
                        help=((f"a generator argument runs inside the one loop over `{param}` (outside any other "
                              f"loop); to iterate it more than once, pass a list: `list({name}(...))`"),))
    if id(e) not in ck.iterated:
        return ck.error(e.span, f"a call of generator `{name}` can only be iterated directly",
                        "generator object used as a value",
                        help=(f"iterate it directly in a `for`: {_WHERE.format(name)}",
                              ("Ember compiles a generator into the loop that consumes it: there is no "
                              "generator object to store, pass, return or call `next` on")))
    if not fn.ret_known:
        return ck.error(e.span, f"the type of the values generator `{name}` yields is not known here",
                        help=(f"declare it: `def {name}(...) -> Iterator[T]:`",))
    if T.is_error(fn.ret):
        return T.ERROR
    ck.program.generators[id(e)] = fn.key
    return T.ListType(fn.ret)


def iterated(ck: Checker, it: ast.Expr) -> bool:
    """Whether a (checked) `for` over `it` runs a generator: its call, a variable that
    holds one (`note_stored`), or `enumerate` of those, or `zip` of those and lists
    (mir/build/generators.py `loop_over`)."""
    call = ck.program.calls.get(id(it))
    if isinstance(call, tast.CallBuiltin) and call.name in ("iter.enumerate", "iter.zip"):
        it = call.args[0]
    it = ck.program.stored_generators.get(id(it), it)
    return id(it) in ck.program.generators


def object_iter(ck: Checker, it: ast.Expr, t: T.Type) -> T.Type:
    """`for x in obj` (a loop, a comprehension) where `obj`'s class has a generator
    `__iter__`: the loop iterates `obj.__iter__()` (a call of its own, recorded for `it`
    as a stored generator's is); its type, a list of what it yields. `t` otherwise."""
    if not isinstance(t, T.StructType) or t.name not in ck.program.structs:
        return t
    key = ck.program.structs[t.name].methods.get("__iter__")
    if key is None:
        return t
    if not ck.program.fns[key].generator:
        return ck.error(it.span, f"`{t}.__iter__` must yield the items (`yield`, `yield from`) to be iterated here",
                        help=("write it as a generator, or `return iter(self.items)` for a list's items",))
    call = ast.Call(ast.Attribute(it, "__iter__", it.span), (), (), it.span)
    ck.program.keep.append(call)
    ck.iterated.add(id(call))
    from ember.sema.check.expr import check

    lt = check(ck, call)
    if id(call) in ck.program.generators:
        ck.program.stored_generators[id(it)] = call
    return lt


def note_stored(ck: Checker, body: tuple[ast.Stmt, ...]) -> None:
    """`g = gen(...)` directly followed by `for x in g:`, with `g` named nowhere else in
    the function: the loop iterates the call itself (nothing runs in between, so
    calling it there is the same), recorded for the `for`'s `g` once the call is
    checked (`stored_generators`); anywhere else a stored generator is an error."""
    info = ck.scope.info
    if info is None:
        return
    for s, nxt in itertools.pairwise(body):
        if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(g := s.targets[0], ast.Name) \
                and isinstance(s.value, ast.Call) and isinstance(nxt, ast.For) and not nxt.parallel \
                and isinstance(nxt.iter, ast.Name) and nxt.iter.id == g.id \
                and sum(isinstance(n, ast.Name) and n.id == g.id for n in nodes(info.node.body)) == 2:
            ck.iterated.add(id(s.value))
            ck.stored_pending[id(nxt.iter)] = s.value


def stored(ck: Checker, it: ast.Expr) -> None:
    """The `for` over a variable `note_stored` found: iterate the generator call."""
    call = ck.stored_pending.get(id(it))
    if call is not None and id(call) in ck.program.generators:
        ck.program.stored_generators[id(it)] = call


def recursion(ck: Checker, e: ast.Call, fn: tast.FnInfo) -> bool:
    """Whether the call `e` of generator `fn` (a template's key: instances of one
    template share their body) closes a cycle of generators iterating generators, which
    inlining could not end; reported. Noted before `fn` is checked, so the cycle is seen
    at its first call."""
    me = ck.scope.info
    if me is None or not me.generator:
        return False
    mine = me.key.split("#")[0]
    ck.gen_edges.setdefault(mine, set()).add(fn.key)
    if not _reaches(ck, fn.key, mine):
        return False
    ck.error(e.span, f"generator `{me.name}` iterates itself (recursively"
             + (f", through `{fn.name}`)" if fn.key != mine else ")"), "recursive generator call",
             help=(("a generator is compiled into the loop that consumes it, so it cannot recurse: collect "
                   "the items in a list with a recursive function, and loop over that"),))
    return True


def _reaches(ck: Checker, start: str, goal: str) -> bool:
    seen, stack = set(), [start]
    while stack:
        k = stack.pop()
        if k == goal:
            return True
        if k not in seen:
            seen.add(k)
            stack.extend(ck.gen_edges.get(k, ()))
    return False


def check_yield(ck: Checker, s: ast.Yield) -> None:
    from ember.sema.check.expr import check
    from ember.sema.check.stmt import check_iter, iter_elem_type

    info = ck.scope.info
    if info is None or not info.generator:
        if s.value is not None:
            check(ck, s.value)
        ck.error(s.span, "`yield` outside a function")
        return
    if ck.scope.parallel:
        ck.error(s.span, "`yield` inside a `parallel for`: the values must come one after another",
                 help=("use a plain `for` around the `yield`",))
        if not info.ret_known:
            info.ret, info.ret_known = T.ERROR, True
            ck.scope.ret = T.ERROR
        return
    if s.value is None:
        ck.error(s.span, "a bare `yield` yields `None`: yield a value", help=("`yield x`",))
        info.ret, info.ret_known = T.ERROR, True
        ck.scope.ret = T.ERROR
        return
    ret = zonk(ck.scope.ret)
    if s.from_:
        t = check_iter(ck, s.value)
        et = iter_elem_type(ck, s.value, t)
    else:
        hint = info.ret_known and (not info.infer_ret or not isinstance(ret, T.FloatType))  # a `1` stays an int
        et = check(ck, s.value, ret if hint else None)
    if T.is_error(et):
        return
    if not info.ret_known:
        info.ret, info.ret_known = et, True
        ck.scope.ret = et
        ck.first_yield[info.key] = s.span
        return
    if T.is_error(ret) or unify(ck, ret, et):
        return
    if not info.infer_ret and not s.from_ and T.is_numeric(ret) and T.is_numeric(et):
        from ember.sema.check.expr import convert_to

        convert_to(ck, s.value, et, ret)  # `-> Iterator[f64]` yielding an `Int`
        return
    first = ck.first_yield.get(info.key)
    ck.error(s.value.span, f"`{info.name}` yields `{et}` here but `{ret}` "
             + ("elsewhere" if info.infer_ret else "is declared"), f"`{et}` here",
             labels=(Label(first, f"yields `{ret}`"),) if first is not None and info.infer_ret else (),
             help=("yield one type everywhere: convert (`" + f"{ret}(...)`)" if T.is_numeric(ret) or ret == T.STR
                   else "yield one type everywhere",))


def check_return(ck: Checker, s: ast.Return) -> None:
    """`return` ends a generator; Python's `return value` (the value of `StopIteration`)
    has no use without generator objects."""
    from ember.sema.check.expr import check

    if s.value is not None:
        check(ck, s.value)
        ck.error(s.value.span, "a generator's `return` cannot give a value",
                 help=("end the generator with a plain `return`; `yield` the value first if the loop needs it",))
