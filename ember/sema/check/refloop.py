"""`for b in bodies: b.x += dt * b.vx`: when the body changes a struct loop variable
in place, the variable is a reference to the list's element (Mojo's
`for ref`), so the change lands in the list, as in Python. The reference must not
dangle: nothing in the body may resize or rebind the list, and it cannot point into
a copy (a slice or a temporary)."""
from __future__ import annotations

from ember.diagnostics.diagnostic import Label
from ember.sema import tast
from ember.sema.check.context import Checker
from ember.sema.check.effects import MUTATING_METHODS, root_name
from ember.syntax import ast
from ember.syntax.walk import children, nodes, target_names
from ember.types import types as T


def _in_place_change(ck: Checker, body: tuple[ast.Stmt, ...], name: str) -> ast.Expr | None:
    """The first `name.f = v`, `name.f += v`, `name[i] = v` (or deeper) in `body`,
    `f(name)` to an `inout` argument, or a call that changes a part of `name` in place
    (`name.items.append(v)`, `name.inner.bump()`)."""
    for n in nodes(body):
        match n:
            case ast.Call() if (arg := _passed_inout(ck, n, name)) is not None:
                return arg
            case ast.Call() if changes_part(ck, n, name):
                return n
            case ast.Assign(targets=ts):
                hit = next((t for t in ts if isinstance(t, (ast.Attribute, ast.Subscript)) and root_name(t) == name), None)
                if hit is not None:
                    return hit
            case ast.AugAssign(target=t) if isinstance(t, (ast.Attribute, ast.Subscript)) and root_name(t) == name:
                return t
            case _:
                pass
    return None


def changes_part(ck: Checker, call: ast.Call, name: str) -> bool:
    """Whether `call` changes in place a field or element of the variable `name` (not
    `name` itself): a list's, dict's or set's changing method (`name.items.append(v)`),
    or a method taking `inout self` (`name.inner.bump()`)."""
    from ember.sema.check.effects import SET_MUTATING

    if not isinstance(call.func, ast.Attribute) or not isinstance(call.func.value, (ast.Attribute, ast.Subscript)) \
            or root_name(call.func.value) != name:
        return False
    callee = ck.program.calls.get(id(call))
    if isinstance(callee, tast.CallBuiltin):
        return callee.name.partition(".")[2] in MUTATING_METHODS | SET_MUTATING or callee.name == "list.push"
    return _changes_object(ck, callee)


def _changes_object(ck: Checker, callee: object) -> bool:
    """Whether the method call `callee` changes its object: the method (of any class, for
    a union) takes `inout self`."""
    match callee:
        case tast.CallMethod(key=key) if key in ck.program.fns:
            params = ck.program.fns[key].params
            return bool(params) and params[0].convention == "inout"
        case tast.CallUnion(parts=parts):
            return any(ck.program.fns[p.key].params[0].convention == "inout" for p in parts if p is not None)
        case _:
            return False


def _passed_inout(ck: Checker, call: ast.Call, name: str) -> ast.Expr | None:
    """`name` itself, where `call` passes it to an `inout` argument of a user function,
    or calls a method that takes `inout self` on it (`b.kick(1.0)`)."""
    match callee := ck.program.calls.get(id(call)):
        case tast.CallFn(key=key, args=args) if key in ck.program.fns:
            params = ck.program.fns[key].params
            return next((a for p, a in zip(params, args)
                         if isinstance(a, ast.Name) and a.id == name and p.convention == "inout"), None)
        case tast.CallMethod(recv=ast.Name(id=r)) | tast.CallUnion(recv=ast.Name(id=r)) if r == name:
            return call if _changes_object(ck, callee) else None
        case _:
            return None


def _rebinding(body: tuple[ast.Stmt, ...], name: str) -> ast.Expr | None:
    """The first statement target that rebinds `name` itself."""
    for n in nodes(body):
        match n:
            case ast.Assign(targets=ts) | ast.For(target=ast.TupleExpr() | ast.ListExpr() | ast.Name() as ts):
                hit = next((t for t in _target_nodes(ts) if t.id == name), None)
                if hit is not None:
                    return hit
            case ast.AugAssign(target=ast.Name(id=n2) as t) | ast.AnnAssign(target=ast.Name(id=n2) as t) if n2 == name:
                return t
            case _:
                pass
    return None


def _target_nodes(t: object) -> list[ast.Name]:
    """The names an assignment or loop target binds, as nodes (`a, (b, p)` too)."""
    match t:
        case ast.Name():
            return [t]
        case ast.TupleExpr(elts=elts) | ast.ListExpr(elts=elts) | tuple(elts):
            return [n for x in elts for n in _target_nodes(x.value if isinstance(x, ast.Starred) else x)]
        case _:
            return []


def _dotted(e: ast.Expr) -> str | None:
    """`xs`, `self.bodies`: the text of a variable or a field path, else None."""
    match e:
        case ast.Name(id=n):
            return n
        case ast.Attribute(value=v, attr=a):
            base = _dotted(v)
            return None if base is None else f"{base}.{a}"
        case _:
            return None


def _replaces(t: ast.Expr, path: str) -> bool:
    """Whether assigning `t` replaces the list at `path` or what holds it."""
    d = _dotted(t)
    return d is not None and (path == d or path.startswith(d + "."))


def _resizing(ck: Checker, body: tuple[ast.Stmt, ...], seq: ast.Expr, path: str) -> tuple[ast.Expr, str] | None:
    """Where the body may reallocate or replace the list `path` (which a reference into
    it would outlive): a resizing method, an assignment to it or what holds it, or
    handing its variable to a function that may change it (`inout` or `owned`)."""
    root = root_name(seq)
    seq_type = ck.program.types.get(id(seq))
    for n in nodes(body):
        match n:
            case ast.Assign(targets=ts) if any(_replaces(t, path) for t in ts):
                return next(t for t in ts if _replaces(t, path)), "assigned here"
            case ast.AugAssign(target=t) | ast.AnnAssign(target=t) | ast.For(target=t) if _replaces(t, path):
                return t, "assigned here"
            case ast.Call(func=ast.Attribute(value=recv, attr=attr)) if attr in MUTATING_METHODS \
                    and root_name(recv) == root and ck.program.types.get(id(recv)) == seq_type:
                return n, f"`{attr}` may resize it here"
            case ast.Call() if root is not None and _hands_over(ck, n, root, seq_type):
                return n, "a function may change it here" + (
                    f" (the argument `{root}` may be a global it resizes)" if _param(ck, root) else "")
            case _:
                pass
    return None


def _holds(ck: Checker, t: T.Type, lst: T.Type, seen: frozenset[str] = frozenset()) -> bool:
    """Whether a value of type `t` may contain a list of type `lst`."""
    match t:
        case _ if t == lst:
            return True
        case T.ListType(elem=e):
            return _holds(ck, e, lst, seen)
        case T.TupleType(elems=es):
            return any(_holds(ck, e, lst, seen) for e in es)
        case T.StructType(name=n) if n not in seen and n in ck.program.structs:
            return any(_holds(ck, ft, lst, seen | {n}) for _, ft in ck.program.structs[n].fields)
        case _:
            return False


def _param(ck: Checker, name: str) -> bool:
    fn = ck.scope.info
    return fn is not None and any(p.name == name for p in fn.params)


def _hands_over(ck: Checker, call: ast.Call, seq: str, seq_type: T.Type | None) -> bool:
    """Whether a user function or method gets `seq` (or a part of it) other than
    borrowed (read-only), or may reach it through a global: an argument's list may be
    the caller's global, which a function that changes globals can resize."""
    from ember.sema.check.parallel import _effects

    info = ck.program.calls.get(id(call))
    if isinstance(info, (tast.CallFn, tast.CallMethod, tast.CallInit)) and _param(ck, seq) and seq_type is not None \
            and any(_holds(ck, g, seq_type) for env in (ck.env, *ck.program.envs.values()) for g in env.globals.values()) \
            and _effects(ck, info.key, {}, set())[1] is not None:  # it changes a global (which may be the list)
        return True
    match info:
        case tast.CallFn(key=key, args=args):
            pairs = list(zip(range(len(args)), args))
        case tast.CallMethod(key=key, recv=recv, args=args):
            pairs = [(0, recv)] + list(zip(range(1, len(args) + 1), args))
        case tast.CallUnion(parts=parts):
            return any(_hands_over_part(ck, p, seq) for p in parts if p is not None)
        case _:
            return False
    return _hands_over_args(ck, key, pairs, seq)


def _hands_over_part(ck: Checker, part: tast.CallMethod, seq: str) -> bool:
    return _hands_over_args(ck, part.key, [(0, part.recv)] + list(zip(range(1, len(part.args) + 1), part.args)), seq)


def _hands_over_args(ck: Checker, key: str, pairs: list[tuple[int, ast.Expr]], seq: str) -> bool:
    fn = ck.program.fns.get(key)
    for i, a in pairs:
        if root_name(a) != seq:
            continue
        conv = fn.params[i].convention if fn is not None and i < len(fn.params) else None
        if conv != "borrowed":
            return True
    return False


def _used_elsewhere(body: tuple[ast.Stmt, ...], loop: ast.For, name: str) -> ast.Name | None:
    """A use of `name` in the function outside `loop` that does not bind it afresh (another
    `for name in ...`, a comprehension over `name`, a lambda's parameter): after a reference loop, `name`
    would be the element in Python, which a copy cannot be."""
    stack: list[object] = [body]
    while stack:
        node = stack.pop()
        match node:
            case _ if node is loop:
                continue
            case ast.FnDef() | ast.StructDef():
                continue
            case ast.For(target=t, iter=it) if name in target_names(t):
                stack.append(it)
                continue
            case _ if any(name in target_names(g.target) for g in getattr(node, "generators", ())):
                continue
            case ast.Lambda(params=ps) if name in ps:  # its own variable of that name
                continue
            case ast.Name(id=n) if n == name:
                return node
            case _:
                stack.extend(children(node))
    return None


def _element_loop(ck: Checker, s: ast.For, it_type: T.Type) -> tuple[str, ast.Expr, T.ListType] | None:
    """(variable, list, its type) of `for b in xs` or `for i, b in enumerate(xs[, start])`
    over a list of structs."""
    target, it = s.target, s.iter
    call = ck.program.calls.get(id(it))
    if isinstance(call, tast.CallBuiltin) and call.name == "iter.enumerate" and isinstance(target, ast.TupleExpr) \
            and len(target.elts) == 2 and isinstance(target.elts[0], ast.Name):
        target, it = target.elts[1], call.args[0]
        it_type = ck.program.types.get(id(it), T.ERROR)
    elif isinstance(call, tast.CallBuiltin) and call.name.startswith("iter."):
        return None
    if not isinstance(target, ast.Name) or not isinstance(it_type, T.ListType) \
            or not isinstance(it_type.elem, (T.StructType, T.ClassUnion)):
        return None  # a tuple's items are not changed in place (Python's tuples cannot be)
    return target.id, it, it_type


def check_ref_loop(ck: Checker, s: ast.For, it_type: T.Type) -> bool:
    """Whether `s` is a reference loop (recorded for lowering); False leaves `s` to the
    element-copy check. A reference loop that cannot be sound is an error here."""
    loop = _element_loop(ck, s, it_type) if ck.scope.info is not None or not ck.scope.comp_scopes else None
    if loop is None:
        return False
    name, it, it_type = loop
    changed = _in_place_change(ck, s.body, name)
    if changed is None:
        return False
    if isinstance(it, ast.Subscript) and isinstance(it.index, ast.Slice) and _dotted(it.value) is not None:
        seq = _dotted(it.value)
        ck.error(it.span, f"cannot change loop variable `{name}` in place: a slice of `{seq}` is a new list",
                 "a copy of the elements", labels=(Label(changed.span, "changed here"),),
                 help=(f"a slice copies its elements (they are values): index `{seq}` to change them: "
                       + f"`for i in range(start, len({seq})): {seq}[i]...`",))
        return True
    seq = _dotted(it)
    if seq is None or root_name(it) == name or root_name(it) not in ck.scope.locals:
        return False  # a temporary, an element of a list, or a global that a call may resize:
        # the element-copy error says to index
    rebound = _rebinding(s.body, name)
    if rebound is not None:
        ck.error(rebound.span, f"cannot rebind loop variable `{name}`: it is a reference to an element of `{seq}`",
                 "rebound here", labels=(Label(changed.span, "changed in place here"),),
                 help=(f"use another name for the new value (assigning `{name}` would write into `{seq}`)",))
        return True
    outside = _used_elsewhere(ck.scope.info.node.body if ck.scope.info is not None else ck.env.top, s, name)
    if outside is not None:
        ck.error(outside.span, f"`{name}` is used outside the loop that changes its element of `{seq}` in place",
                 "used here", labels=(Label(changed.span, "changed in place here"),),
                 help=(f"in that loop `{name}` refers to the element: give the loop variable its own name",))
        return True
    resized = _resizing(ck, s.body, it, seq)
    if resized is not None:
        where, how = resized
        ck.error(where.span, f"cannot resize or replace `{seq}` while `{name}` refers to its element",
                 how, labels=(Label(changed.span, f"`{name}` changes the element in place here"),),
                 help=(f"change `{seq}` after the loop, or index it: `for i in range(len({seq})): {seq}[i]...`",))
        return True
    ck.require_mutable(it, how=f"the loop changes its elements in place through `{name}`")  # §5
    ck.program.ref_loops.add(id(s))
    if ck.scope.info is None:  # a module's loop over its variable: the functions it calls must leave globals be
        from ember.sema.check.parallel import _callees, walk

        calls = tuple((k, c) for c in walk(s.body) if isinstance(c, ast.Call) for k in _callees(ck, c))
        ck.program.top_ref_loops.append((s, seq, calls, ck.env.name))
    return True


def check_top_calls(ck: Checker) -> None:
    """A reference loop over a module-level list calls no function that changes a
    module-level variable (it could resize or replace that list under the reference;
    checked once every function is, as parallel loops' calls are)."""
    from ember.sema.check.parallel import _effects

    memos: dict[str, dict[str, tuple[str | None, str | None]]] = {}
    for loop, seq, calls, module in ck.program.top_ref_loops:
        for key, call in calls:  # only a global of the loop's module could be its list
            via_global = _effects(ck, key, memos.setdefault(module, {}), set(), module)[1]
            if via_global is not None:
                name = ck.program.fns[key].name
                ck.error(call.span, f"`{name}` changes {via_global}, and it is called in a loop whose variable "
                                    f"refers to an element of the module's `{seq}`", "called here",
                         help=(f"index the list: `for i in range(len({seq})): {seq}[i]...`, or move the loop "
                               "into a function",))
                break


def reject_parallel(ck: Checker, s: ast.For, it_type: T.Type) -> None:
    """`parallel for b in bodies: b.x += ...`: each iteration would change its own
    element (race-free), but the parallel lowering binds a copy, so it is an error with
    the indexed form the race checker accepts (LANGUAGE.md §6)."""
    loop = _element_loop(ck, s, it_type)
    changed = _in_place_change(ck, s.body, loop[0]) if loop is not None else None
    if loop is not None and changed is not None:
        seq = _dotted(loop[1]) or "the list"
        ck.error(changed.span, f"`parallel for` cannot change loop variable `{loop[0]}` in place yet",
                 "changed here", help=(f"index the list: `parallel for i in range(len({seq})): {seq}[i]...`",))
