"""`q = ps[0]` then `q.x += 10` (objects of a `class`): in Python `q` and `ps[0]` are
one object, so the change shows through `ps[0]`; an Ember object is a value (LANGUAGE.md
§5) and `q` a copy of it, so the change would be lost without a word. Such a copy,
changed in place while what it was copied from is still in use (read after the copy,
in a loop that reads it again, or a parameter, `self` or a global, which the caller
sees), is an error that says so, as a loop variable changed in place is
(check/stmt.py); never a silent copy. Storing the copy back (`ps[0] = q`) keeps
Python's result and is left alone. (A `struct` is a value by declaration, as Mojo's.)"""
from __future__ import annotations

import typing

from ember.diagnostics.diagnostic import Label
from ember.sema.check.context import Checker
from ember.sema.check.effects import root_name
from ember.sema.check.refloop import _dotted, _in_place_change, _resizing
from ember.syntax import ast
from ember.syntax.walk import nodes
from ember.types import types as T

_STMTS = typing.get_args(ast.Stmt)


def check_copies(ck: Checker, body: tuple[ast.Stmt, ...], escaping: frozenset[str], local: frozenset[str] | None) -> None:
    """Report each object copy in `body` (a function's, or a module's statements) that
    is changed in place while its source is in use. `escaping`: the parameters (and
    `self`); `local`: the function's local names (None at module level, where every
    variable is read by name)."""
    for block, loops in _blocks(body, ()):
        for i, s in enumerate(block):
            if not (isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)):
                continue
            name, source = s.targets[0].id, s.value
            root = root_name(source) if isinstance(source, (ast.Name, ast.Attribute, ast.Subscript)) else None
            if root is None or root == name or not _object(ck, ck.program.types.get(id(s.targets[0]))):
                continue
            rest = block[i + 1:]
            changed = _in_place_change(ck, rest, name)
            if changed is None or _stored_back(rest, source, name):
                continue
            seen = root in escaping or (local is not None and root not in local) \
                or _read_after(body, s, root) or any(_reads(loop, root) for loop in loops)
            if seen and _reference(ck, body, s, rest, name, source, local):
                ck.program.ref_binds.add(id(s))  # `q` is the element itself (mir/build/stmt.py)
            elif seen:
                text = _text(source) or root
                ck.error(changed.span, f"`{name}` is a copy of `{text}`: changing it does not change `{text}`",
                         "changed here", labels=(Label(s.span, f"`{name}` copied from `{text}` here"),),
                         help=(f"an Ember object is a value: change `{text}` itself (`{text}.f = ...`, "
                               f"`{text}.method()`), or store the copy back (`{text} = {name}`)",))


def _reference(ck: Checker, body: tuple[ast.Stmt, ...], s: ast.Assign, rest: tuple[ast.Stmt, ...], name: str,
               source: ast.Expr, local: frozenset[str] | None) -> bool:
    """Whether `name = xs[i]` (`s`) can bind a reference to the list's element (or a
    dict's value, `d[k]`), as Mojo's `ref` and the reference loops of check/refloop.py
    do, which is Python's aliasing while it lasts: `name` is bound nowhere else and used
    only after `s` in its block (`rest`), and there `xs` (a local, or a global no called
    function changes) is neither resized, replaced nor given a new element (which
    Python's `name` would not see), so the reference cannot dangle."""
    if not isinstance(source, ast.Subscript) or isinstance(source.index, ast.Slice):
        return False
    seq = source.value
    st, path, root = ck.program.types.get(id(seq)), _dotted(seq), root_name(seq)
    if not (isinstance(st, T.ListType) and st.kind == "" or isinstance(st, T.DictType) and not st.default) \
            or path is None or root is None or (root not in local if local is not None else _changes_globals(ck, rest)):
        return False  # (reading a defaultdict may add a key, and so move its entries)
    if isinstance(st, T.DictType) and any(  # a dict's entries move when it grows or shrinks
            isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and _dotted(c.func.value) == path
            and c.func.attr not in ("get", "keys", "values", "items", "copy") for c in nodes(rest)):
        return False
    after = {id(m) for m in nodes(rest)}
    for n in nodes(body):
        match n:
            case ast.Name(id=x) if x == name and id(n) not in after and n is not s.targets[0]:
                return False  # bound or read elsewhere
            case ast.Assign(targets=ts) | ast.AugAssign(target=ts) if any(
                    isinstance(t, ast.Subscript) and _dotted(t.value) == path for t in (ts if isinstance(ts, tuple) else (ts,))):
                return False  # an element of the list replaced
            case _:
                pass
    return _resizing(ck, rest, seq, path) is None


def _changes_globals(ck: Checker, rest: tuple[ast.Stmt, ...]) -> bool:
    """Whether a function that `rest` (module-level statements) calls may change a
    variable of the module, which may be the list a reference points into (checked once
    every function is: `check_copies` runs last for a module)."""
    from ember.sema.check.parallel import _callees, _effects

    memo: dict[str, tuple[str | None, str | None]] = {}
    return any(_effects(ck, k, memo, set(), ck.env.name)[1] is not None
               for c in nodes(rest) if isinstance(c, ast.Call) for k in _callees(ck, c))


def _object(ck: Checker, t: T.Type | None) -> bool:
    """Whether values of `t` are objects of a Python `class` that copy (one that holds a
    list moves, and using its source after is another error; a `struct` is a value by
    declaration, as in Mojo)."""
    match t:
        case T.StructType() if not t.is_function and t.name in ck.program.structs:
            node = ck.program.structs[t.name].node
            return getattr(node, "keyword", "class") == "class" \
                and T.copyable(t, lambda n: (ft for _, ft in ck.program.structs[n].fields))
        case T.ClassUnion(base=base) if base != "function":
            return T.copyable(t, lambda n: (ft for _, ft in ck.program.structs[n].fields))
        case _:
            return False


def _blocks(body: tuple[ast.Stmt, ...], loops: tuple[ast.Stmt, ...]) -> typing.Iterator[tuple[tuple, tuple]]:
    """Every statement list at any depth, with the loops around it (not nested `def`s)."""
    yield body, loops
    for s in body:
        if isinstance(s, (ast.FnDef, ast.StructDef)):
            continue
        inner = loops + (s,) if isinstance(s, (ast.For, ast.While)) else loops
        for part in _parts(s):
            yield from _blocks(part, inner)


def _parts(node: object) -> typing.Iterator[tuple]:
    """The statement lists directly inside `node` (also inside its handlers)."""
    for f in getattr(node, "__dataclass_fields__", ()):
        v = getattr(node, f)
        if isinstance(v, tuple) and v and all(isinstance(x, _STMTS) for x in v):
            yield v
        elif isinstance(v, tuple):
            for x in v:
                if hasattr(x, "__dataclass_fields__") and not isinstance(x, _STMTS) and hasattr(x, "body"):
                    yield from _parts(x)


def _reads(scope: object, root: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == root for n in nodes(scope))


def _read_after(body: tuple[ast.Stmt, ...], s: ast.Stmt, root: str) -> bool:
    """Whether `root` is named after the statement `s` (in source order)."""
    return any(isinstance(n, ast.Name) and n.id == root and n.span.start >= s.span.end for n in nodes(body))


def _stored_back(rest: tuple[ast.Stmt, ...], source: ast.Expr, name: str) -> bool:
    """Whether `rest` stores the copy back where it came from (`ps[0] = q`)."""
    text = _text(source)
    return text is not None and any(
        isinstance(n, ast.Assign) and isinstance(n.value, ast.Name) and n.value.id == name
        and any(_text(t) == text for t in n.targets) for n in nodes(rest))


def _text(e: ast.Expr) -> str | None:
    """`ps[i].inner`, as written, for a place of names, fields and simple indices."""
    match e:
        case ast.Name(id=n):
            return n.split("$")[0]
        case ast.Attribute(value=v, attr=a):
            base = _text(v)
            return None if base is None else f"{base}.{a}"
        case ast.Subscript(value=v, index=ast.Name() | ast.IntLit() | ast.StrLit() as i):
            base = _text(v)
            key = _text(i) if isinstance(i, ast.Name) else repr(i.value)  # type: ignore[union-attr]
            return None if base is None else f"{base}[{key}]"
        case _:
            return None
