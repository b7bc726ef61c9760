"""One Python name, several variables: a `def`'s local (or a script's top-level name)
whose assignments fall into separate webs, groups that no read connects, is one variable
per web, so each may have its own type as in Python:

    for v in fib(): ...                 # v: Int
    k, _, v = line.partition("=")       # a new v: str (no read sees both)

A read joins every assignment that may reach it (a forward walk over the statements:
branches join, loops go round until nothing changes, `break`/`continue` carry their
state, a `try`'s handlers see every state of its body). The web of the first assignment
keeps the name (a parameter's, so callers still name it); each other is renamed
`name$2`, `name$3`... (diagnostics print it as `name`: diagnostics/diagnostic.py). A
read that assignments of different types reach keeps them one variable, and the checker
reports the type change naming that read (`shared`). Joining more than needed is safe
(it is the behaviour without this pass); splitting a web a path joins is not, so every
doubt joins.

Left alone (kept one variable): `fn` locals (LANGUAGE.md §3: a local keeps its type);
names that a nested function or lambda reads, or that `global`/`nonlocal`, `:=`,
`except ... as`, an annotation, an import, a `finally` block or a compile-time or
`parallel for` statement binds or reads; at top level (of the main module only), any
name a function or class reads. A comprehension's own variables are its own (Python 3).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ember.base.source import Span
from ember.sema.desugar import map_tree
from ember.syntax import ast
from ember.syntax.walk import children, everything, nodes, target_names

State = dict[str, frozenset[int]] | None  # name -> the assignments (Name node ids) that may reach here; None: unreachable
SUFFIX = "$"


Shared = dict[Span, list[tuple[Span, frozenset[Span]]]]  # see tast.Program.shared_reads


def split_webs(module: ast.Module, main: bool, shared: Shared) -> ast.Module:
    """`module` with its `def`s' (and, when `main`, its top level's) webs renamed; the
    reads that keep a name's assignments one variable go to `shared` (for the checker's
    error when their types differ)."""
    def fn(f: ast.FnDef) -> ast.FnDef:
        if f.keyword != "def":
            return f
        params = {p.name for p in f.params}
        return replace(f, body=_split(f.body, params, _kept(f.body), shared))  # type: ignore[arg-type]

    body = tuple(_each_fn(s, fn) for s in module.body)
    if main:
        top = tuple(s for s in body if not isinstance(s, (ast.FnDef, ast.StructDef)))
        kept = _kept(top) | {n.id for s in body if isinstance(s, (ast.FnDef, ast.StructDef))
                             for n in _all_names(s)} | {s.name for s in body if isinstance(s, (ast.FnDef, ast.StructDef))}
        body = _split(body, set(), kept, shared)  # type: ignore[assignment]
    return replace(module, body=body)


def _each_fn(s: ast.Stmt, fn) -> ast.Stmt:  # noqa: ANN001 - Callable[[FnDef], FnDef]
    if isinstance(s, ast.FnDef):
        return fn(s)
    if isinstance(s, ast.StructDef):
        return replace(s, methods=tuple(fn(m) for m in s.methods))  # type: ignore[attr-defined]
    return s


def _all_names(node: object) -> Iterator[ast.Name]:
    """Every `Name` under `node`, nested definitions included."""
    return (n for n in everything(node) if isinstance(n, ast.Name))


def _kept(body: tuple) -> set[str]:
    """The names of `body` left as one variable (the module docstring's list)."""
    kept: set[str] = set()
    for n in nodes(body):
        match n:
            case ast.Global(names=names):
                kept.update(names)
            case ast.NamedExpr(name=name):
                kept.add(name)
            case ast.Lambda():  # its parameters are its own; the names it reads from outside are kept
                kept.update(x.id for x in _all_names(n.body) if x.id not in n.params)
            case ast.ExceptHandler(type=t, name=name):
                kept.update([name] if name else [])
                kept.update(x.id for x in _all_names(t) if t is not None)
            case ast.AnnAssign(target=ast.Name(id=name)):
                kept.add(name)
            case ast.Import(names=names) | ast.ImportFrom(names=names):
                kept.update((a.asname or a.name).split(".")[0] for a in names)
            case ast.For(parallel=True) | ast.For(comptime=True) | ast.If(comptime=True) | ast.Comptime():
                kept.update(x.id for x in _all_names(n))
            case ast.Try(finalbody=fin):  # a `break` or `return` through it would carry its assignments unseen
                kept.update(x.id for x in _all_names(fin))
            case ast.Name(id=name) if SUFFIX in name:
                kept.add(name)
            case _:
                pass
    for s in body:  # nested definitions (not walked by `nodes`)
        for d in _definitions(s):
            kept.add(d.name)
            kept.update(x.id for x in _all_names(d))
    return kept


def _definitions(node: object) -> Iterator[ast.FnDef | ast.StructDef]:
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.FnDef, ast.StructDef)):
            yield n
            continue
        stack.extend(children(n))


@dataclass
class _Flow:
    """The forward walk's findings: which assignments each read joins, in union-find form."""

    kept: set[str]
    parent: dict[int, int] = field(default_factory=dict)
    defs: dict[int, str] = field(default_factory=dict)  # assignment (Name id, or a parameter's) -> name
    order: dict[int, int] = field(default_factory=dict)  # assignment -> its place in the walk
    reads: dict[int, frozenset[int]] = field(default_factory=dict)  # read (Name id) -> assignments reaching it
    spans: dict[int, Span] = field(default_factory=dict)  # assignment or read -> its span
    loops: list[tuple[list[State], list[State]]] = field(default_factory=list)  # per loop: breaks, continues
    tries: list[list[State]] = field(default_factory=list)  # per enclosing `try` body: the states inside

    def find(self, i: int) -> int:
        while self.parent.get(i, i) != i:
            i = self.parent[i]
        return i

    def join(self, ids: frozenset[int]) -> None:
        roots = {self.find(i) for i in ids}
        if len(roots) > 1:
            first, *rest = sorted(roots)
            for r in rest:
                self.parent[r] = first


def _split(body: tuple, params: set[str], kept: set[str], shared: Shared) -> tuple:
    flow = _Flow(kept | _reused_nodes(body))
    start: dict[str, frozenset[int]] = {p: frozenset({-k - 1}) for k, p in enumerate(sorted(params))}
    for k, p in enumerate(sorted(params)):
        flow.defs[-k - 1], flow.order[-k - 1] = p, -k - 1
    _block(flow, body, start)
    for read, reaching in flow.reads.items():
        spans = frozenset(flow.spans[i] for i in reaching if i in flow.spans)
        if len(spans) > 1:
            for d in spans:
                shared.setdefault(d, []).append((flow.spans[read], spans))
    names = _names(flow)
    if not names:
        return body

    def visit(node: object) -> object:
        if isinstance(node, ast.Name) and id(node) in names:
            return replace(node, id=names[id(node)])
        return node
    return map_tree(body, visit)  # type: ignore[return-value]


def _names(flow: _Flow) -> dict[int, str]:
    """The new name of each assignment and read in a web that is not its name's first
    (a parameter's web is first: its order is negative)."""
    webs: dict[str, list[int]] = {}  # name -> web roots, in the order of their first assignment
    for i in sorted(flow.defs, key=flow.order.__getitem__):
        name, root = flow.defs[i], flow.find(i)
        if name not in flow.kept and root not in webs.setdefault(name, []):
            webs[name].append(root)
    renamed = {root: f"{name}{SUFFIX}{k}" for name, roots in webs.items() for k, root in enumerate(roots[1:], 2)}
    out = {i: renamed[flow.find(i)] for i in flow.defs if i >= 0 and flow.find(i) in renamed}
    for r, reaching in flow.reads.items():
        if reaching and flow.find(next(iter(reaching))) in renamed:
            out[r] = renamed[flow.find(next(iter(reaching)))]
    return out


def _reused_nodes(body: tuple) -> set[str]:
    """Names of `Name` nodes found in two places (a rewrite shared one): kept whole, as
    the walk tells nodes apart by identity."""
    seen: set[int] = set()
    out: set[str] = set()
    for n in _all_names(body):
        if id(n) in seen:
            out.add(n.id)
        seen.add(id(n))
    return out


def _join(*states: State) -> State:
    live = [s for s in states if s is not None]
    if not live:
        return None
    out: dict[str, frozenset[int]] = {}
    for s in live:
        for k, v in s.items():
            out[k] = out.get(k, frozenset()) | v
    return out


def _block(flow: _Flow, body: tuple, state: State) -> State:
    """The statements of `body` in turn. A `try` around them sees the state before each
    (a statement that raises does so before its own assignments), and after an assignment
    to several targets one of which may raise (`a = xs[i] = v`: `a` is assigned first)."""
    for s in body:
        _may_raise(flow, state)
        state = _stmt(flow, s, state)
        if isinstance(s, ast.Assign) and not all(isinstance(x, ast.Name) for t in s.targets for x in _target_parts(t)):
            _may_raise(flow, state)
    return state


def _may_raise(flow: _Flow, state: State) -> None:
    for inside in flow.tries:
        inside.append(state)


def _target_parts(target: ast.Expr) -> Iterator[ast.Expr]:
    if isinstance(target, (ast.TupleExpr, ast.ListExpr)):
        for x in target.elts:
            yield from _target_parts(x)
    else:
        yield target.value if isinstance(target, ast.Starred) else target


def _reads(flow: _Flow, e: object, state: State, shadow: frozenset[str] = frozenset()) -> None:
    """The reads in expression `e` (or a target's subscripts and attribute bases); names in
    `shadow` are a comprehension's own variables there."""
    match e:
        case ast.Name(id=name) if name not in shadow:
            reaching = flow.reads.get(id(e), frozenset()) | (state or {}).get(name, frozenset())
            flow.reads[id(e)], flow.spans[id(e)] = reaching, e.span
            flow.join(reaching)
        case ast.ListComp(generators=gens) | ast.DictComp(generators=gens):
            for g in gens:  # the first iterable is read outside, the rest inside
                _reads(flow, g.iter, state, shadow)
                shadow = shadow | set(target_names(g.target))
                _reads(flow, g.ifs, state, shadow)
            _reads(flow, (e.elt,) if isinstance(e, ast.ListComp) else (e.key, e.value), state, shadow)
        case ast.Lambda() | ast.FnDef() | ast.StructDef():
            pass  # their names are kept whole (`_kept`)
        case _ if isinstance(e, tuple) or hasattr(e, "__dataclass_fields__"):
            for c in children(e):
                _reads(flow, c, state, shadow)
        case _:
            pass


def _assign(flow: _Flow, target: ast.Expr, state: State) -> State:
    """Bind `target`'s names (its subscripts and attribute bases are reads)."""
    match target:
        case ast.Name():
            flow.defs[id(target)], flow.spans[id(target)] = target.id, target.span
            flow.order.setdefault(id(target), len(flow.order))
            return None if state is None else {**state, target.id: frozenset({id(target)})}
        case ast.TupleExpr(elts=elts) | ast.ListExpr(elts=elts):
            for x in elts:
                state = _assign(flow, x, state)
            return state
        case ast.Starred(value=v):
            return _assign(flow, v, state)
        case _:
            _reads(flow, target, state)
            return state


def _stmt(flow: _Flow, s: ast.Stmt, state: State) -> State:
    match s:
        case ast.Assign(targets=targets, value=value):
            _reads(flow, value, state)
            for t in targets:
                state = _assign(flow, t, state)
            return state
        case ast.AugAssign(target=ast.Name() as t, value=value):
            _reads(flow, value, state)
            _reads(flow, t, state)
            before = (state or {}).get(t.id, frozenset())
            state = _assign(flow, t, state)
            flow.join(before | {id(t)})
            return state
        case ast.AnnAssign(target=t, value=value):
            _reads(flow, value, state)
            return _assign(flow, t, state) if value is not None or not isinstance(t, ast.Name) else state
        case ast.If(test=test, body=body, orelse=orelse):
            _reads(flow, test, state)
            return _join(_block(flow, body, state), _block(flow, orelse, state))
        case ast.While(test=test, body=body, orelse=orelse):
            forever = "never" if isinstance(test, ast.BoolLit) and test.value else ""
            return _loop(flow, state, lambda h: _reads(flow, test, h) or h, body, orelse, forever)
        case ast.For(target=target, iter=it, body=body, orelse=orelse):
            _reads(flow, it, state)
            return _loop(flow, state, lambda h: _assign(flow, target, h), body, orelse,
                         "after a round" if _runs(it) else "")
        case ast.Break():
            flow.loops[-1][0].append(state)
            return None
        case ast.Continue():
            flow.loops[-1][1].append(state)
            return None
        case ast.Return(value=v):
            _reads(flow, v, state)
            return None
        case ast.Raise(exc=v, cause=c):
            _reads(flow, v, state)
            _reads(flow, c, state)
            return None
        case ast.Try(body=body, handlers=handlers, orelse=orelse, finalbody=finalbody):
            flow.tries.append([state])
            after = _block(flow, orelse, _block(flow, body, state))
            inside = flow.tries.pop()
            entry = _join(*inside)
            ends = [after] + [_block(flow, h.body, entry) for h in handlers]
            for outer in flow.tries:
                outer.extend(ends)
            if finalbody:
                end = _block(flow, finalbody, _join(entry, *ends))
                return None if all(x is None for x in ends) else end
            return _join(*ends)
        case ast.FnDef() | ast.StructDef():
            return state
        case _:
            for c in children(s):
                _reads(flow, c, state)
            return state


def _loop(flow: _Flow, entry: State, head, body: tuple, orelse: tuple, exits: str = "") -> State:  # noqa: ANN001
    """A loop: the head state joins the entry and every way round, until it stops growing.
    It ends normally from the head, or (`exits` "after a round") only after a round (a
    `for` over a literal non-empty range or list), or ("never") not at all (`while True`)."""
    h = entry
    while True:
        flow.loops.append(([], []))
        _may_raise(flow, h)  # the iterator's next item, or the test
        top = head(h)
        end = _block(flow, body, top)
        breaks, continues = flow.loops.pop()
        nxt = _join(entry, end, *continues)
        if nxt == h:
            break
        h = nxt
    done = {"": h, "after a round": _join(end, *continues), "never": None}[exits]
    return _join(_block(flow, orelse, done), *breaks)


def _runs(it: ast.Expr) -> bool:
    """Whether a `for` over `it` surely runs its body: `range` of literals that is not
    empty, a non-empty list or tuple display."""
    match it:
        case ast.ListExpr(elts=elts) | ast.TupleExpr(elts=elts):
            return bool(elts) and not any(isinstance(x, ast.Starred) for x in elts)
        case ast.Call(func=ast.Name(id="range"), args=(ast.IntLit(value=n),), keywords=()):
            return n > 0
        case ast.Call(func=ast.Name(id="range"), args=(ast.IntLit(value=a), ast.IntLit(value=b)), keywords=()):
            return a < b
        case _:
            return False
