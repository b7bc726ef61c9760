"""`parallel for` (LANGUAGE.md §6): the body may only read variables from outside the
loop, append to an outer list, reduce into an outer number, or write the element of an
outer list that the iteration's own index names. Anything else is a data race, rejected
here with the variable, the effect and a fix.

The checker calls the hooks below (`on_rebind`, `on_mutate`, `on_move`) from the places
that already see every assignment, in-place change and move; they classify each effect
on an outer variable for every enclosing parallel loop. After the body is checked,
`finish` rejects reads that would observe another iteration (a reduction's partial
value, a list being appended to, another iteration's element) and records, for MIR
lowering, what each loop captures and in which mode (`tast.ParallelLoop`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ember.base.source import Span
from ember.diagnostics.diagnostic import Label
from ember.sema import tast
from ember.syntax import ast
from ember.syntax.walk import bound_names as bound_names
from ember.syntax.walk import nodes as walk
from ember.syntax.walk import target_names as _bound
from ember.types import types as T

if TYPE_CHECKING:
    from ember.sema.check.context import Checker

REDUCE_OPS = frozenset({"+", "-", "*", "&", "|", "^"})
EVERY = " in every iteration of a parallel loop"
HINT = ("collect values with `results.append(v)`, combine them with a reduction "
        "(`total += v`, `m = min(m, v)`), or write `xs[i]` where `i` is the loop variable of a `range` loop",)


@dataclass
class ParallelScope:
    """One `parallel for` being checked."""

    loop: ast.For
    outer: frozenset[str]       # variables from outside the loop that the body may name
    index: str | None           # the loop variable of a `range` loop: `xs[index] = v` is disjoint
    modes: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # name -> (mode, reduce op)
    allowed: set[int] = field(default_factory=set)  # ids of Name nodes inside an accepted effect
    reported: set[str] = field(default_factory=set)  # variables with a race reported already


# ---- syntax walks (ember/syntax/walk.py; `walk`, `_bound` and `bound_names` keep their names here)


def named(node: object, skip: object = None) -> set[str]:
    return {n.id for n in walk(node, skip) if isinstance(n, ast.Name)}


def _outer(ck: Checker, loop: ast.For) -> frozenset[str]:
    """The body's names that denote variables living outside the loop: named elsewhere in
    the enclosing function (or top level), its arguments, and globals."""
    fn = ck.scope.info
    enclosing: tuple[ast.Stmt, ...] = fn.node.body if fn is not None else ck.env.top
    inside = named(loop.body)
    outer = inside & named(enclosing, skip=loop)
    if fn is not None:
        params = {p.name for p in fn.params}
        local = bound_names(fn.node.body) | params
        outer |= inside & (params | {n for n in inside - local if n in ck.env.globals or n in ck.env.aliases})
        outer |= inside & ck.scope.global_decls
    return frozenset(outer - set(_bound(loop.target)))


# ---- diagnostics


def _race(ck: Checker, sc: ParallelScope, name: str, what: str, span: Span, label: str,
          help: tuple[str, ...] = HINT) -> None:
    """`what` completes "data race: `name` ..."."""
    sc.reported.add(name)
    ck.error(span, f"data race: `{name}` {what}", label, help=help,
             labels=(Label(sc.loop.target.span, "iterations of this loop run in parallel"),))


def _scopes(ck: Checker, name: str | None) -> list[ParallelScope]:
    """The enclosing parallel loops for which `name` is an outer variable."""
    if name is None or any(name in c for c in ck.scope.comp_scopes):
        return []
    return [sc for sc in ck.scope.parallel if name in sc.outer]


def _mode(ck: Checker, sc: ParallelScope, name: str, mode: str, op: str | None, span: Span) -> bool:
    """Record an effect; two different kinds of effect on one variable are a race."""
    have = sc.modes.get(name)
    if have is None or have == (mode, op) or (mode == "reduce" and have[0] == "reduce" and {op, have[1]} <= {"+", "-"}):
        sc.modes.setdefault(name, (mode, op))
        return True
    def word(m: str, o: str | None) -> str:
        if m == "reduce":
            return f"reduced with `{o}()`" if o in ("min", "max") else f"reduced with `{o}=`"
        return {"append": "appended to", "write": "written element by element"}[m]
    _race(ck, sc, name, f"is {word(*have)} and also {word(mode, op)}{EVERY}", span, "conflicting use here")
    return False


def _reduction(stmt: ast.Stmt | None, name: str) -> tuple[str, tuple[ast.Name, ...]] | None:
    """`name += v` (and the other REDUCE_OPS) or `name = min(name, v)` / `max`: the
    operator and the Name nodes of `name` the pattern uses."""
    match stmt:
        case ast.AugAssign(target=ast.Name(id=n) as t, op=op, value=v) if n == name and op in REDUCE_OPS:
            return (op, (t,)) if name not in named(v) else None
        case ast.Assign(targets=(ast.Name(id=n) as t,),
                        value=ast.Call(func=ast.Name(id=f), args=(a, b), keywords=())) if n == name and f in ("min", "max"):
            for mine, other in ((a, b), (b, a)):
                if isinstance(mine, ast.Name) and mine.id == name and name not in named(other):
                    return f, (t, mine)
            return None
        case _:
            return None


def _first_index(target: ast.Expr) -> tuple[ast.Name | None, ast.Expr | None]:
    """The root Name of `xs.f[i][j]...` and the index of its first subscript."""
    first = None
    e = target
    while isinstance(e, (ast.Attribute, ast.Subscript)):
        if isinstance(e, ast.Subscript):
            first = e.index
        e = e.value
    return (e if isinstance(e, ast.Name) else None), first


# ---- hooks called by the checker


def on_rebind(ck: Checker, name: str, span: Span) -> None:
    """`name = ...`, `name += ...`, a loop target: a reduction or a race."""
    for sc in _scopes(ck, name):
        red = _reduction(ck.scope.stmt, name)
        t = ck.scope.locals.get(name) if name not in ck.scope.global_decls else ck.env.globals.get(name)
        if red is None:
            _race(ck, sc, name, f"is assigned{EVERY}", span, "assigned here")
        elif t is not None and not T.is_error(t) and not _reducible(t, red[0]):
            _race(ck, sc, name, f"is reduced with `{red[0]}` in a parallel loop but is a `{t}`", span, "reduced here",
                  help=("reductions combine numbers (`+= -= *=`, `min`, `max`) or integers and bools (`&= |= ^=`)",))
        elif _mode(ck, sc, name, "reduce", red[0], span):
            sc.allowed.update(id(n) for n in red[1])
    for sc in ck.scope.parallel:
        if sc.index == name and not any(name in c for c in ck.scope.comp_scopes):
            ck.error(span, f"the loop variable `{name}` of a parallel loop cannot be assigned in its body",
                     "assigned here", help=("use a new name",))


def _reducible(t: T.Type, op: str) -> bool:
    if isinstance(t, T.SIMDType):  # lane by lane, like its lanes
        return _reducible(t.elem, op)
    if op in ("&", "|", "^"):
        return isinstance(t, T.IntType) or t == T.BOOL
    return T.is_numeric(t)


def on_mutate(ck: Checker, target: ast.Expr, appending: bool) -> None:
    """`target` changes in place (element or field store, mutating method, `inout`)."""
    root, index = _first_index(target)
    if root is None:
        return
    for sc in _scopes(ck, root.id):
        if _changes_dict(ck, target):
            _race(ck, sc, root.id, f"is a dict changed{EVERY}", target.span, "changed here",
                  help=("an insert may move every entry: build a dict per iteration, or fill it after the loop",))
        elif appending and target is root:
            if _mode(ck, sc, root.id, "append", None, target.span):
                sc.allowed.add(id(root))
        elif isinstance(index, ast.Name) and index.id == sc.index:
            if _mode(ck, sc, root.id, "write", None, target.span):
                sc.allowed.add(id(root))
        else:
            _race(ck, sc, root.id, f"is changed in place{EVERY}", target.span, "changed here")


def _changes_dict(ck: Checker, target: ast.Expr) -> bool:
    """Whether `target` (`d[k]`, `d`, `d[k].f`...) changes a dict's entries in place."""
    e = target
    while isinstance(e, (ast.Attribute, ast.Subscript)):
        if isinstance(ck.program.types.get(id(e.value)), T.DictType):
            return True
        e = e.value
    return isinstance(ck.program.types.get(id(e)), T.DictType)


def iterates_dict(ck: Checker, name: str, span: Span) -> None:
    """A loop over the outer dict `name` in a parallel body: the loop's start may squeeze
    out deleted entries (rt.c), a write shared by every iteration."""
    for sc in _scopes(ck, name):
        _race(ck, sc, name, f"is a dict iterated{EVERY}", span, "iterated here",
              help=("iterate over a list of its keys made before the loop: `keys = list(d)`",))


def on_move(ck: Checker, e: ast.Expr) -> None:
    """`e`'s value is taken: an outer variable that moves would be taken by every iteration."""
    if not isinstance(e, (ast.Name, ast.Transfer)):
        return
    name = e.id if isinstance(e, ast.Name) else e.value.id if isinstance(e.value, ast.Name) else None
    for sc in _scopes(ck, name):
        assert name is not None
        _race(ck, sc, name, f"is moved out{EVERY}", e.span, "moved here",
              help=(f"copy it instead: `{name}.copy()`",))


# ---- the loop itself


def begin(ck: Checker, loop: ast.For, it_type: T.Type) -> ParallelScope:
    """Check the loop's form; the scope to push while its body is checked."""
    if loop.orelse:
        ck.error(loop.orelse[0].span, "a `parallel for` cannot have an `else` block")
    call = ck.program.calls.get(id(loop.iter))
    is_range = isinstance(call, tast.CallBuiltin) and call.name == "iter.range"
    if not is_range and not isinstance(it_type, T.ListType) and not T.is_error(it_type) or \
            isinstance(call, tast.CallBuiltin) and not is_range:
        what = f"`{call.name[5:]}(...)`" if isinstance(call, tast.CallBuiltin) else f"a `{it_type}`"
        ck.error(loop.iter.span, f"a `parallel for` runs over a `range` or a list, not {what}",
                 help=("iterate over `range(len(xs))` and index",))
    for s in walk(loop.body):
        match s:
            case ast.Return():
                ck.error(s.span, "`return` cannot leave a parallel loop", help=HINT)
            case ast.Break() if not _in_inner_loop(loop.body, s):
                ck.error(s.span, "`break` cannot stop a parallel loop: its iterations run at once",
                         help=("use a sequential `for`",))
            case ast.Call(func=ast.Name(id="print")) if ck.fn_key("print") is None:
                ck.error(s.span, "`print` cannot be called in a parallel loop: the output order would depend "
                                 "on the threads", help=("collect the lines with `append` and print them after the loop",))
            case ast.Call(func=ast.Name(id="input")) if ck.fn_key("input") is None and ck.lookup("input") is None:
                ck.error(s.span, "`input` cannot be called in a parallel loop: which iteration reads which line "
                                 "would depend on the threads", help=("read the lines before the loop",))
            case ast.Call(func=ast.Attribute(value=ast.Attribute(value=ast.Name(id=mod), attr=stream))) \
                    if stream in ("stdin", "stdout", "stderr") and ck.imported.get(mod) == ("sys", ""):
                ck.error(s.span, f"`sys.{stream}` cannot be used in a parallel loop: the order would depend on "
                                 "the threads", help=("read or write before or after the loop",))
            case _:
                pass
    index = loop.target.id if is_range and isinstance(loop.target, ast.Name) else None
    return ParallelScope(loop, _outer(ck, loop), index)


def _in_inner_loop(body: tuple[ast.Stmt, ...], target: ast.Stmt) -> bool:
    for s in body:
        if isinstance(s, (ast.For, ast.While)) and any(n is target for n in walk(s.body)):
            return True
        if isinstance(s, ast.If) and _in_inner_loop(s.body + s.orelse, target):
            return True
    return False


def finish(ck: Checker, sc: ParallelScope) -> None:
    """Reject reads that observe other iterations; record the captures for lowering."""
    reported = sc.reported
    for n in walk(sc.loop.body):
        match n:
            case ast.Subscript(value=ast.Name() as root, index=ast.Name(id=i)) if i == sc.index and \
                    sc.modes.get(root.id, ("",))[0] == "write":
                sc.allowed.add(id(root))
            case ast.Call(func=ast.Name(id="len"), args=(ast.Name() as root,)) if sc.modes.get(root.id, ("",))[0] == "write":
                sc.allowed.add(id(root))
            case _:
                pass
    _shared_files(ck, sc)
    for n in walk(sc.loop.body):
        if not isinstance(n, ast.Name) or n.id not in sc.modes or id(n) in sc.allowed or n.id in reported:
            continue
        mode = sc.modes[n.id][0]
        reported.add(n.id)
        what = {"reduce": ("is read while a parallel loop reduces into it",
                           "its value is only known after the loop: read it there"),
                "append": ("is read while a parallel loop appends to it", "read it after the loop"),
                "write": ("is read at another iteration's index while a parallel loop writes its elements",
                          f"read only `{n.id}[{sc.index}]` in the body, or write to a new list")}[mode]
        _race(ck, sc, n.id, what[0], n.span, "read here", help=(what[1],))
    inside = named(sc.loop.body)
    captures = tuple((name, *sc.modes.get(name, ("read", None))) for name in sorted(sc.outer & inside))
    private = (inside | set(_bound(sc.loop.target))) - sc.outer
    types = {n: t for n in private if (t := _private_type(ck, n)) is not None}
    calls = tuple(sorted(((key, c) for c in walk(sc.loop.body) if isinstance(c, ast.Call) for key in _callees(ck, c)),
                         key=lambda kc: kc[1].span.start))
    ck.program.parallel[id(sc.loop)] = tast.ParallelLoop(captures, tuple(sorted(types.items())), sc.index,  # type: ignore[arg-type]
                                                         calls)


def _shared_files(ck: Checker, sc: ParallelScope) -> None:
    """A file opened outside the loop is one stream for every iteration: reading or
    writing it from several threads at once would interleave at random (a file opened
    and used inside one iteration is that iteration's own)."""
    for n in walk(sc.loop.body):
        c = ck.program.calls.get(id(n)) if isinstance(n, ast.Call) else None
        if not isinstance(c, tast.CallBuiltin):
            continue
        f = c.recv if c.name.startswith("io.file_") else dict(c.kwargs).get("file") if c.name == "fprint" else None
        if isinstance(f, ast.Name) and f.id in sc.outer:
            ck.error(f.span, f"the file `{f.id}` cannot be used in a parallel loop: its iterations would read "
                             "or write it at once", help=("read or write it before or after the loop",))


def _private_type(ck: Checker, name: str) -> T.Type | None:
    return ck.scope.locals.get(name)


def _callees(ck: Checker, c: ast.Call) -> tuple[str, ...]:
    """The user functions a call may run: one, or a method of each class of a family."""
    match ck.program.calls.get(id(c)):
        case tast.CallFn(key=k) | tast.CallMethod(key=k) | tast.CallInit(key=k):
            return (k,)
        case tast.CallUnion(parts=parts):
            return tuple(p.key for p in parts if p is not None)
        case _:
            return ()


# ---- what called functions do (checked once every function is)


def check_calls(ck: Checker) -> None:
    """A function called in a parallel body must not print or change module-level
    variables, directly or through what it calls: that is shared state too."""
    memo: dict[str, tuple[str | None, str | None]] = {}
    for loop in ck.program.parallel.values():
        for key, call in loop.calls:
            via_print, via_global = _effects(ck, key, memo, set())
            name = ck.program.fns[key].name
            if via_print is not None:
                ck.error(call.span, f"`{name}` prints ({via_print}), so it cannot be called in a parallel loop",
                         "called here", help=("return what to print and print it after the loop",))
            if via_global is not None:
                ck.error(call.span, f"data race: `{name}` changes {via_global}, and it is called in every "
                                    "iteration of a parallel loop", "called here", help=HINT)


def _effects(ck: Checker, key: str, memo: dict[str, tuple[str | None, str | None]],
             active: set[str], module: str | None = None) -> tuple[str | None, str | None]:
    """(how `key` prints, which global it changes), each None when it does not; with
    `module`, only a global of that module counts (the same `module` for one `memo`)."""
    from ember.sema.check.effects import Effect, effect_on

    if key in memo:
        return memo[key]
    if key in active:  # recursion: what the cycle does is found where it started
        return None, None
    active.add(key)
    fn = ck.program.fns[key]
    prints = glob = None
    for n in walk(fn.node.body):
        if not isinstance(n, ast.Call):
            continue
        c = ck.program.calls.get(id(n))
        if isinstance(c, tast.CallBuiltin) and (c.name in ("print", "eprint") or c.name.startswith("io.")):
            prints = prints or f"`{_output_call(c.name)}` in `{fn.name}`"
        for sub in _callees(ck, n):
            p, g = _effects(ck, sub, memo, active, module)
            prints, glob = prints or p, glob or g
    env = ck.program.envs[fn.module]
    for g in sorted(fn.globals_used) if module is None or fn.module == module else ():
        t = env.globals.get(g)
        declared = any(isinstance(s, ast.Global) and g in s.names for s in walk(fn.node.body))
        if t is not None and (declared or g not in fn.locals) and \
                effect_on(fn.node.body, g, isinstance(t, (T.ListType, T.DictType, T.SetType))) is not Effect.READ:
            glob = glob or f"module-level variable `{g}` (in `{fn.name}`)"
    active.discard(key)
    memo[key] = (prints, glob)
    return prints, glob


def _output_call(name: str) -> str:
    """What the source called for the built-in `name` that reads or writes a stream:
    `print`, `input`, `sys.stdout.write`, ..."""
    if name in ("print", "eprint"):
        return "print"
    if name == "io.input":
        return "input"
    return "sys." + name.removeprefix("io.").replace("_", ".")
