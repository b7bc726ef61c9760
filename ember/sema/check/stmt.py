"""Statements: declarations by first assignment, targets, loops, returns."""
from __future__ import annotations

from typing import assert_never

from ember.diagnostics.diagnostic import Label
from ember.sema import tast
from ember.sema.check import classes, comptime, errors, instancetest, fields, generators, generic, numbers, optional, parallel, refloop, vartuples
from ember.sema.check.context import Checker
from ember.sema.check.expr import check, convert_to, expect, truthy
from ember.sema.check.infer import defer, fresh, fresh_optional, has_hole, unify, zonk
from ember.sema.check.simd import as_list, slice_assign_error
from ember.sema.check.typeexpr import resolve
from ember.syntax import ast
from ember.types import types as T

AUG_OK = frozenset({"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"})


def check_block(ck: Checker, body: tuple[ast.Stmt, ...]) -> None:
    generators.note_stored(ck, body)
    for s in body:
        check_stmt(ck, s)


def declare(ck: Checker, name: str, t: T.Type, span: object, comp: bool = False) -> None:
    if comp:
        ck.scope.comp_scopes[-1][name] = t
        return
    if name in ck.scope.global_decls:
        ck.env.globals.setdefault(name, t)
        return
    ck.scope.locals[name] = t
    ck.scope.declared[name] = span  # type: ignore[assignment]


def bind_target(ck: Checker, target: ast.Expr, t: T.Type, comp: bool = False) -> None:
    """Bind a loop or comprehension target (a name or a tuple of names) to type `t`."""
    match target:
        case ast.Name(id=name):
            if ck.scope.parallel and not comp:
                ck.require_rebindable(name, target.span)
            existing = None if comp else _existing(ck, name)
            if existing is not None and not unify(ck, existing, t):
                _changes_type(ck, name, target, zonk(existing), t)
            elif existing is None:
                declare(ck, name, t, target.span, comp)
            ck.record(target, t)
        case ast.TupleExpr(elts=elts) | ast.ListExpr(elts=elts):
            view = tast.named_tuple_view(ck.program, t)
            if view is not None and len(view.elems) == len(elts):  # type: ignore[attr-defined]
                for x, et in zip(elts, view.elems):  # type: ignore[attr-defined]
                    bind_target(ck, x, et, comp)
            elif T.is_tuple(t) and len(t.elems) == len(elts):
                for x, et in zip(elts, t.elems):
                    bind_target(ck, x, et, comp)
            elif isinstance(t, T.ListType) and not any(isinstance(x, ast.Starred) for x in elts):
                for x in elts:  # `for a, b in rows`: each row's length is checked when it runs
                    bind_target(ck, x, t.elem, comp)
            else:
                if not T.is_error(t):
                    ck.error(target.span, f"cannot unpack `{t}` into {len(elts)} names")
                for x in elts:
                    bind_target(ck, x, T.ERROR, comp)
            ck.record(target, t)
        case _:
            ck.error(target.span, "a loop target must be a name or a tuple of names")


def _changes_type(ck: Checker, name: str, target: ast.Expr, existing: T.Type, t: T.Type,
                  assigned: ast.Expr | None = None) -> None:
    """A Python variable may change type; an Ember variable keeps the type it was declared
    with (its first assignment). Names whose values no read sees together are separate
    variables (sema/webs.py): a read that may see both is named."""
    at = ck.scope.declared.get(name)
    labels = (Label(at, f"`{name}` declared as `{existing}` here"),) if at is not None else ()
    shared = ck.program.shared_reads.get((assigned or target).span, [])
    read = next((r for r, defs in shared if at in defs), shared[0][0] if shared else None)
    if read is not None:
        labels += (Label(read, "this may read either value, so they are one variable"),)
    ck.error(target.span, f"`{name}` was declared as `{existing}` and cannot now hold `{t}`",
             f"`{t}` assigned here", labels=labels,
             help=classes.family_help(ck, existing, t) or
             ("use a new name for the new value, or convert it: "
              f"`{name} = {existing}(...)`" if T.is_numeric(existing) or existing == T.STR else
              "use a new name for the new value",))


def _existing(ck: Checker, name: str) -> T.Type | None:
    if name in ck.scope.global_decls:
        return ck.env.globals.get(name)
    return ck.scope.locals.get(name)


def iter_elem_type(ck: Checker, it_expr: ast.Expr, t: T.Type) -> T.Type:
    """Element type of iterating `it_expr` (already checked, or a range/enumerate/zip call)."""
    if T.is_error(t):
        return t
    if isinstance(t, (T.ListType, T.ArrayType)):
        return t.elem
    if isinstance(t, T.DictType):  # its keys, in insertion order
        return t.key
    if isinstance(t, T.SetType):  # its elements, in the set's order (a list of them: mir/build/iterate.py)
        return t.elem
    if t in (T.STR, T.FILE):  # a file's lines, each with its "\n"
        return T.STR
    from ember.sema.check.calls import uniform_elem

    if (et := uniform_elem(t)) is not None:
        return et
    if t == T.TupleType(()):  # `for a in args` of a call with no extra arguments: no round runs;
        from ember.sema.check.infer import Hole  # the body's uses decide the type (else Int)

        h = Hole(it_expr.span, scope=ck.scope)
        ck.pending.holes.append(h)
        return h  # type: ignore[return-value]
    if isinstance(it_expr, ast.TupleExpr) and T.is_tuple(t) and (joined := _joined_items(ck, it_expr, t)) is not None:
        return joined  # `for f in (add, mul)`, `for x in (1, 2.5)`: items of types that meet
    if T.is_tuple(t):
        return ck.error(it_expr.span, f"`{t}` is not iterable: its elements have different types",
                        help=("index it (`t[0]`, `t[1]`), or unpack it: `a, b = t`",))
    return ck.error(it_expr.span, f"`{t}` is not iterable")


def _joined_items(ck: Checker, e: ast.TupleExpr, t: T.TupleType) -> T.Type | None:
    """The one type the items of the tuple display `e` (of type `t`) meet in, as a list
    display's would (functions, an int and a float, objects of a family): each item
    converted to it, the display recorded as a tuple of it. None where they do not meet."""
    joined: T.Type | None = t.elems[0]
    for x in t.elems[1:]:
        joined = joined if joined is None or x == joined else classes.join_items(ck, joined, x)
    if joined is None or not all(convert_to(ck, x, xt, joined, quiet=True) for x, xt in zip(e.elts, t.elems)):
        return None
    ck.record(e, T.TupleType((joined,) * len(e.elts)))
    return joined


def check_iter(ck: Checker, it: ast.Expr) -> T.Type:
    """Check the iterable of a `for`: `range`, `enumerate`, `zip`, `reversed` or a value."""
    generators.allow(ck, (it,))
    generators.stored(ck, it)
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and ck.lookup(it.func.id) is None \
            and it.func.id in ("range", "enumerate", "zip", "reversed") and ck.fn_key(it.func.id) is None:
        name = it.func.id
        if name == "range":
            from ember.sema.check.calls import _range_args

            _range_args(ck, it)
            ck.program.calls[id(it)] = tast.CallBuiltin("iter.range", None, it.args)
            return ck.record(it, T.ListType(T.INT))
        if it.keywords:
            ck.error(it.keywords[0].span, f"`{name}` keyword arguments are not supported")
        if name == "enumerate":
            if len(it.args) not in (1, 2):
                return ck.record(it, ck.error(it.span, "`enumerate` takes 1 or 2 arguments"))
            if len(it.args) == 2:
                expect(ck, it.args[1], T.INT)
            inner = check_iter(ck, it.args[0])
            el = iter_elem_type(ck, it.args[0], inner)
            ck.program.calls[id(it)] = tast.CallBuiltin("iter.enumerate", None, it.args)
            return ck.record(it, T.ListType(T.TupleType((T.INT, el))) if not T.is_error(el) else el)
        if name == "reversed":
            if len(it.args) != 1:
                return ck.record(it, ck.error(it.span, "`reversed` takes 1 argument"))
            inner = check_iter(ck, it.args[0])
            ck.program.calls[id(it)] = tast.CallBuiltin("iter.reversed", None, it.args)
            return ck.record(it, inner)
        if len(it.args) < 2:
            return ck.record(it, ck.error(it.span, "`zip` needs at least 2 arguments"))
        els = []
        for a in it.args:
            els.append(iter_elem_type(ck, a, check_iter(ck, a)))
        ck.program.calls[id(it)] = tast.CallBuiltin("iter.zip", None, it.args)
        if any(T.is_error(x) for x in els):
            return ck.record(it, T.ERROR)
        return ck.record(it, T.ListType(T.TupleType(tuple(els))))
    t = optional.unwrap(ck, it, check(ck, it), "'NoneType' object is not iterable")
    return as_list(ck, it, generators.object_iter(ck, it, t))


def _unpacked(ck: Checker, target: ast.Expr, elts: tuple[ast.Expr, ...], vt: T.Type) -> list[T.Type]:
    """The type each of `elts` gets from unpacking a `vt` (Python's `a, b = t`,
    `a, *rest, z = xs`): a tuple's parts, or a list's element type, checked for its
    length when the program runs (mir/build/stmt.py). A starred target takes a list of
    what it covers. Errors give every target the error type."""
    vt = tast.named_tuple_view(ck.program, vt) or vt
    stars = [x for x in elts if isinstance(x, ast.Starred)]
    n = len(elts) - len(stars)
    if len(stars) > 1:
        ck.error(stars[1].span, "multiple starred expressions in assignment")
    elif isinstance(vt, T.ListType):
        return [vt if isinstance(x, ast.Starred) else vt.elem for x in elts]
    elif T.is_tuple(vt) and (len(vt.elems) == n if not stars else len(vt.elems) >= n):
        if not stars:
            return list(vt.elems)
        at = elts.index(stars[0])
        after = len(elts) - at - 1
        middle = vt.elems[at:len(vt.elems) - after]
        rest = T.ListType(middle[0]) if middle else fresh(ck, stars[0])
        for et in middle[1:]:
            if not unify(ck, rest.elem, et):
                ck.error(stars[0].span, f"`*{_name(stars[0])}` would hold both `{zonk(rest.elem)}` and `{et}`",
                         help=("a list holds values of one type",))
                return [T.ERROR] * len(elts)
        return [*vt.elems[:at], rest, *vt.elems[len(vt.elems) - after:]]
    elif not T.is_error(vt):
        what = ("" if not stars else "at least ") + (f"{n} targets" if n != 1 else "1 target")
        ck.error(target.span, f"cannot unpack `{vt}` into {what}")
    return [T.ERROR] * len(elts)


def _name(star: ast.Starred) -> str:
    return star.value.id if isinstance(star.value, ast.Name) else "..."


def _assign_target(ck: Checker, target: ast.Expr, value: ast.Expr | None, vt: T.Type) -> None:
    match target:
        case ast.Name(id=name):
            if isinstance(comptime.binding(ck, name), (comptime.Const, comptime.Hidden)):
                ck.error(target.span, f"cannot assign to `{name}`: it is a compile-time constant",
                         help=("use a variable for a value that changes",))
            ck.require_rebindable(name, target.span)
            if value is not None:
                ck.require_movable(value)
            existing = _existing(ck, name)
            if existing is None and ck.lookup(name) is not None and ck.scope.info is not None and ck.scope.comp_scopes == []:
                pass  # assigning a global from a function without `global` makes a local (Python)
            if existing is None:
                if vt == T.NONE and value is not None:  # `best = None`: an optional, its payload decided later
                    vt = fresh_optional(ck, value)
                    ck.program.coerce[id(value)] = vt
                elif vt == T.NONE:
                    ck.error(target.span, f"`{name}` cannot hold `None`")
                elif value is not None:
                    vt = classes.declared(ck, value, optional.declared_optional(ck, value, vt))
                if ck.scope.info is None:  # a global a function makes a number (`global total; total += 0.5`)
                    vt = numbers.field_type(ck, "global " + ck.env.name, name, value, vt)
                declare(ck, name, vt, target.span)
                ck.record(target, vt)
                if value is not None:
                    ck.scope.declared_by[name] = id(value)
            else:
                ck.record(target, existing)
                if value is not None and optional.becomes_optional(ck, name, zonk(existing), zonk(vt)):
                    return
                if value is not None and (classes.widens(ck, name, existing, zonk(vt))
                                          or numbers.widens_global(ck, target, existing, vt)):
                    return
                if value is not None and not convert_to(ck, value, vt, existing, quiet=True):
                    _changes_type(ck, name, value, zonk(existing), zonk(vt), target)
                elif value is None and not unify(ck, existing, vt):
                    _changes_type(ck, name, target, zonk(existing), vt)
                elif isinstance(zonk(existing), T.OptionalType) and not isinstance(zonk(vt), (T.OptionalType, T.NoneType)):
                    optional.continue_narrowed(ck, frozenset({name}))  # given a value: not `None` from here
                    return
            optional.forget(ck, name)
        case ast.TupleExpr(elts=elts) | ast.ListExpr(elts=elts):
            parts = value.elts if isinstance(value, ast.TupleExpr) and len(value.elts) == len(elts) \
                and not any(isinstance(x, ast.Starred) for x in (*elts, *value.elts)) else (None,) * len(elts)
            for x, et, part in zip(elts, _unpacked(ck, target, elts, vt), parts):  # `a, best = 0, None`: each its value
                _assign_target(ck, x.value if isinstance(x, ast.Starred) else x, part, et)
            ck.record(target, vt)
        case ast.Attribute() | ast.Subscript():
            made = fields.defining(ck, target)
            if made is not None and not fields.define(ck, target, *made, vt, value):  # type: ignore[arg-type]
                check(ck, target)
                return
            tt = check(ck, target)
            _attribute_store(ck, target)
            ck.require_mutable(target)
            if isinstance(target, ast.Subscript) and slice_assign_error(ck, target, tt, vt):
                return
            if value is not None and isinstance(target, ast.Attribute) and fields.store(ck, target, value, vt, tt):
                pass
            elif value is not None and isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
                    and isinstance(ck.type_of(target.value), T.ListType) and classes.widens(ck, target.value.id, tt, vt):
                pass  # `xs[i] = Other(...)` of a related class: xs holds any of their family's (second walk)
            elif value is not None and isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
                    and isinstance(dt := ck.type_of(target.value), T.DictType) \
                    and classes.widens(ck, target.value.id, tt, vt, dt.key):
                pass  # `handlers["b"] = on_b` after `handlers["a"] = on_a`: either function (second walk)
            elif value is not None:
                convert_to(ck, value, vt, tt)
            elif vt != tt and not T.is_error(vt) and not T.is_error(tt):
                ck.error(target.span, f"mismatched types: expected `{tt}`, found `{vt}`")
            if isinstance(target, ast.Subscript) and ck.type_of(target.value) == T.STR:
                ck.error(target.span, "`str` is immutable: its characters cannot be assigned")
            if isinstance(target, ast.Subscript) and (isinstance(ck.type_of(target.value), T.TupleType)
                                                      or tast.named_tuple_view(ck.program, ck.type_of(target.value))):
                ck.error(target.span, "tuples are immutable")
            if isinstance(target, ast.Subscript):
                vartuples.store(ck, ck.type_of(target.value), target.span)
        case _:
            ck.error(target.span, "cannot assign to this expression")


def _attribute_store(ck: Checker, target: ast.Expr) -> None:
    """The errors of a store (`=`, `+=`) into `obj.x` that Python makes elsewhere: a class
    attribute assigned through an object, a frozen dataclass's field."""
    classes.class_attr_store(ck, target)
    fields.frozen_store(ck, target)


def _creates_field(ck: Checker, target: ast.Expr) -> bool:
    made = fields.defining(ck, target)
    return made is not None and made[1] in made[0].untyped


def _annotated_field(ck: Checker, target: ast.Attribute, t: T.Type, value: ast.Expr | None) -> None:
    """`self.n: T = v`: Python's annotation of an attribute; `T` must be the field's type
    (in `__init__`, the first one gives it)."""
    made = fields.defining(ck, target)
    if made is not None and made[1] in made[0].untyped:
        fields.define(ck, target, *made, t)
    ft = check(ck, target)
    if not T.is_error(ft) and not T.is_error(t) and zonk(ft) != t:
        ck.error(target.span, f"field `{target.attr}` is `{zonk(ft)}`, not `{t}`")
        return
    if value is not None:
        vt = check(ck, value, t)
        ck.require_mutable(target)
        convert_to(ck, value, vt, t)


def _target_hint(ck: Checker, target: ast.Expr) -> T.Type | None:
    if isinstance(target, ast.Name):
        return _existing(ck, target.id)
    if isinstance(target, ast.TupleExpr):
        hints = [_target_hint(ck, x) for x in target.elts]
        return T.TupleType(tuple(hints)) if all(h is not None for h in hints) else None  # type: ignore[arg-type]
    if isinstance(target, (ast.Attribute, ast.Subscript)):
        return None
    return None


def check_stmt(ck: Checker, s: ast.Stmt) -> None:
    outer, ck.scope.stmt = ck.scope.stmt, s
    try:
        _check_stmt(ck, s)
    finally:
        ck.scope.stmt = outer


def _check_stmt(ck: Checker, s: ast.Stmt) -> None:
    match s:
        case ast.ExprStmt(value=v):
            check(ck, v)
        case ast.Assign(targets=(ast.Subscript() as target,), value=value) \
                if _sets_item(ck, target.value):  # `grid[p] = v` of an object: its `__setitem__`
            call = ast.Call(ast.Attribute(target.value, "__setitem__", target.span), (target.index, value), (), s.span)
            ck.program.keep.append(call)
            ck.program.setitems[id(s)] = call
            check(ck, call)
        case ast.Assign(targets=targets, value=value):
            hint = _target_hint(ck, targets[0]) if len(targets) == 1 else None
            if hint is None and isinstance(targets[0], (ast.Attribute, ast.Subscript)) \
                    and not _creates_field(ck, targets[0]):
                hint = check(ck, targets[0])
            vt = check(ck, value, numbers.context(hint))
            if isinstance(targets[0], (ast.TupleExpr, ast.ListExpr)):
                vt = optional.unwrap(ck, value, vt, "cannot unpack non-iterable NoneType object")
            for t in targets:
                _assign_target(ck, t, value if len(targets) == 1 else None, vt)
        case ast.AnnAssign(target=target, annotation=ann, value=value):
            if isinstance(target, ast.Attribute) and ann is not None:
                _annotated_field(ck, target, resolve(ck, ann), value)
                return
            if not isinstance(target, ast.Name):
                ck.error(target.span, "only a plain name can be annotated")
                return
            if ann is None:
                if value is None:
                    ck.error(s.span, f"`var {target.id}` needs a type or a value")
                    return
                vt = check(ck, value)
                _assign_target(ck, target, value, vt)
                return
            t = resolve(ck, ann)
            if ck.scope.parallel:
                ck.require_rebindable(target.id, target.span)
            existing = _existing(ck, target.id)
            if existing is not None and existing != t and not T.is_error(t):
                ck.error(target.span, f"`{target.id}` was already declared as `{existing}`")
            if value is not None:
                expect(ck, value, t)
            declare(ck, target.id, t, target.span)
            ck.record(target, t)
        case ast.AugAssign(target=target, op=op, value=value):
            tt = check(ck, target)
            _attribute_store(ck, target)
            from ember.sema.check import sets

            if sets.augmented(ck, s, zonk(tt)):
                return
            if isinstance(target, ast.Subscript) and slice_assign_error(ck, target, tt):
                return
            if isinstance(target, ast.Subscript) and not vartuples.store(ck, ck.type_of(target.value), target.span):
                check(ck, value)
                return
            if isinstance(target, ast.Subscript) and isinstance(ck.type_of(target.value), (T.TupleType, T.StrType)):
                check(ck, value)  # `t[0] += 1`: Python's TypeError, here at compile time (it was an ICE)
                ck.error(target.span, "tuples are immutable" if ck.type_of(target.value) != T.STR
                         else "`str` is immutable: its characters cannot be assigned")
                return
            if isinstance(target, ast.Name) and not isinstance(tt, T.ListType):
                ck.require_rebindable(target.id, target.span)
            else:
                ck.require_mutable(target)
            from ember.sema.check.expr import _binop

            fake = ast.BinOp(op, target, value, s.span)
            ck.program.keep.append(fake)
            if isinstance(tt, T.OptionalType):  # Python's TypeError when it is None; the result keeps the flag
                ck.program.unwraps.setdefault(id(target), optional.operand_message(op + "=", tt.elem, tt.elem, True))
                tt = tt.elem
            rt = _binop(ck, fake, tt)
            tt = zonk(tt)
            ck.record(fake, rt)
            if tt == T.NUMBER and rt in numbers.KINDS:
                pass  # an int or a float: MIR makes it a number (mir/build/stmt.py)
            elif isinstance(target, ast.Name) and classes.widens(ck, target.id, tt, rt) \
                    or numbers.widens_field(ck, target, tt, rt) or numbers.widens_global(ck, target, tt, rt):
                pass  # `total += x / 2` after `total = 0`: an int or a float (second walk, or check)
            elif not T.is_error(rt) and not T.is_error(tt) and rt != tt:
                at = ck.scope.declared.get(target.id) if isinstance(target, ast.Name) else None
                start = (f"or give `{target.id}` a float first value (`0.0`, not `0`)"  # type: ignore[attr-defined]
                         if at is not None and isinstance(rt, T.FloatType) and isinstance(tt, T.IntType) else "")
                ck.error(s.span, f"`{op}=` would change the type of the target from `{tt}` to `{rt}`",
                         f"`{rt}` here", labels=(Label(at, f"declared as `{tt}` here"),) if at is not None else (),
                         help=(f"convert explicitly: `... = {tt}(...)`" + (f", {start}" if start else ""),))
            ck.program.types[id(s)] = rt
            ck.program.calls.setdefault(id(s), tast.CallBuiltin("augassign", None, (fake,)))
        case ast.If(comptime=True):
            kept = comptime.static_if(ck, s)
            if kept is not None:
                check_block(ck, kept)
        case ast.For(comptime=True):
            comptime.unroll(ck, s)
        case ast.If() if (kept := instancetest.static_branch(ck, s)) is not None:
            check_block(ck, kept)  # `if isinstance(x, str):` known from x's type
        case ast.If(test=test, body=body, orelse=orelse):
            truthy(ck, test)
            _narrowed_branches(ck, test, body, orelse, instancetest.narrowing(ck, s))
        case ast.While(test=test, body=body, orelse=orelse):
            optional.forget_assigned(ck, s)
            truthy(ck, test)
            yes, no = optional.facts(ck, test)
            before = ck.scope.narrowed
            ck.scope.loop_depth += 1
            with optional.narrowing(ck, yes):
                check_block(ck, body)
            ck.scope.loop_depth -= 1
            ck.scope.narrowed = before | (no if not _has_break(body) else frozenset())
            check_block(ck, orelse)
        case ast.For(target=target, iter=it, body=body, orelse=orelse, parallel=par):
            optional.forget_assigned(ck, s)
            t = check_iter(ck, it)
            if generators.iterated(ck, it):  # inlined: the variable takes each value yielded
                if par:
                    ck.error(it.span, "a `parallel for` cannot iterate a generator: its values come one "
                             "after another", help=("collect them first: `parallel for x in list(...)`",))
                bind_target(ck, target, iter_elem_type(ck, it, t))
                ck.scope.loop_depth += 1
                entry = ck.scope.narrowed
                check_block(ck, body)
                ck.scope.narrowed = entry  # the body may not run
                ck.scope.loop_depth -= 1
                check_block(ck, orelse)
                return
            from ember.sema.check.dicts import resized_in_loop

            resized_in_loop(ck, s)
            bind_target(ck, target, iter_elem_type(ck, it, t))
            sc = parallel.begin(ck, s, t) if par else None
            if sc is not None:
                ck.scope.parallel.append(sc)
            ck.scope.loop_depth += 1
            entry = ck.scope.narrowed
            check_block(ck, body)
            ck.scope.narrowed = entry  # the body may not run
            ck.scope.loop_depth -= 1
            if sc is not None:
                ck.scope.parallel.pop()
                parallel.finish(ck, sc)
                refloop.reject_parallel(ck, s, t)
                if not has_hole(t) and _parallel_loop_can_borrow(ck, s, t):
                    ck.program.borrow_loops.add(id(s))
                else:
                    _reject_list_copy_change(ck, s, t, parallel_loop=True)
            elif has_hole(t):  # how the variable binds depends on the element type
                defer(ck, lambda: _bind_loop_variable(ck, s, zonk(t)))
            else:
                _bind_loop_variable(ck, s, t)
            check_block(ck, orelse)
        case ast.Break() | ast.Continue():
            if ck.scope.loop_depth == 0:
                ck.error(s.span, f"`{'break' if isinstance(s, ast.Break) else 'continue'}` outside a loop")
        case ast.Pass():
            pass
        case ast.Return(value=value):
            if ck.scope.info is None:
                ck.error(s.span, "`return` outside a function")
                return
            if ck.scope.info.generator:
                generators.check_return(ck, s)
                return
            info = ck.scope.info
            if info.infer_ret and not info.ret_known and info.node is not None:
                # a `def` without `-> T` returns what its first `return` returns (§3)
                t = T.NONE if value is None else check(ck, value)
                if t == T.NONE and value is not None:  # `return None`: an optional result, decided later
                    t = fresh_optional(ck, value)
                    ck.program.coerce[id(value)] = t
                elif ck.scope.falls_off and value is not None and not isinstance(zonk(t), (T.OptionalType, T.ErrorType)):
                    t = T.optional(t)  # it may fall off its end (None), and it calls itself (sema check_fn)
                    ck.program.coerce[id(value)] = t
                info.ret, info.ret_known = t, True
                ck.scope.ret = t
                ck.scope.returned = s
                if value is not None:
                    ck.require_movable(value, returning=True)
                return
            ret = zonk(ck.scope.ret)
            if info.infer_ret and ck.scope.returned is not None:
                _another_return(ck, s, ck.scope.returned, ret)
                return
            if value is None:
                if ret != T.NONE and not T.is_error(ret) and not isinstance(ret, T.OptionalType):
                    ck.error(s.span, f"missing return value: `{ck.scope.info.name}` returns `{ret}`")
            elif ret == T.NONE:
                check(ck, value)
                ck.error(value.span, f"`{ck.scope.info.name}` returns nothing, but a value is returned here",
                         help=("declare the result type with `-> T`",))
            else:
                expect(ck, value, ret, "in return")
                ck.require_movable(value, returning=True)
        case ast.Yield():
            generators.check_yield(ck, s)
        case ast.Raise():
            errors.check_raise(ck, s)
        case ast.Try():
            before = ck.scope.narrowed - parallel.bound_names(s, comprehensions=False)
            errors.check_try(ck, s)
            ck.scope.narrowed = before
        case ast.Assert(test=test, msg=msg):
            truthy(ck, test)
            if msg is not None:
                with optional.narrowing(ck, optional.facts(ck, test)[1]):
                    check(ck, msg)
            optional.continue_narrowed(ck, optional.facts(ck, test)[0])
        case ast.Global(names=names, nonlocal_=True):  # sema/lift.py resolves those of nested functions
            ck.error(s.span, f"`nonlocal {names[0]}`: `{names[0]}` is not a variable of an enclosing function",
                     help=("`nonlocal` is for nested functions; use `global` for module-level variables",))
        case ast.Global(names=names):
            if ck.scope.info is None:
                return
            for n in names:
                if n not in ck.env.globals:
                    ck.error(s.span, f"`global {n}`: no module-level variable `{n}`")
                ck.scope.global_decls.add(n)
                ck.scope.info.globals_used.add(n)
        case ast.Import() | ast.ImportFrom():
            if ck.scope.info is not None:
                ck.error(s.span, "imports are only supported at module level")
        case ast.Comptime():
            comptime.declare(ck, s)
        case ast.FnDef() | ast.StructDef():
            if ck.scope.info is not None:
                ck.error(s.span, "nested functions and structs are not supported yet")
        case _:
            assert_never(s)


def _optional_return(ck: Checker, s: ast.Return, ret: T.Type) -> bool:
    """A `def` that returns `None` on one path and a `T` on another returns `Optional[T]`
    (its earlier returns of a `T` are made optionals when lowered, mir/build/optional.py)."""
    info = ck.scope.info
    assert info is not None
    if isinstance(ret, T.OptionalType):
        if s.value is not None:
            expect(ck, s.value, ret, "in return")
            ck.require_movable(s.value, returning=True)
        return True
    none_here = s.value is None or isinstance(s.value, ast.NoneLit)
    if T.is_error(ret) or none_here == (ret == T.NONE):
        return False
    if none_here:
        new = T.optional(ret)
        if s.value is not None:
            check(ck, s.value)
            ck.program.coerce[id(s.value)] = new
    else:
        t = check(ck, s.value)  # type: ignore[arg-type]
        if T.is_error(t) or t == T.NONE:
            return False
        new = T.optional(t)
        ck.require_movable(s.value, returning=True)  # type: ignore[arg-type]
    info.ret = ck.scope.ret = new
    return True


def _narrowed_branches(ck: Checker, test: ast.Expr, body: tuple[ast.Stmt, ...], orelse: tuple[ast.Stmt, ...],
                       classed: tuple[str, int, str] | None = None) -> None:
    """An `if`'s branches, each where its test narrows (check/optional.py); after it, what
    both ends know, a branch that never falls through (returns, raises, breaks) knowing
    everything: `if x is None: return` narrows the rest of the block."""
    yes, no = optional.facts(ck, test)
    before = ck.scope.narrowed
    ends = []
    for names, block in ((yes, body), (no, orelse)):
        ck.scope.narrowed = before | names
        saved = dict(ck.scope.classed)
        if classed is not None and block is body:  # `isinstance(x, C)`: x is the C there (check/classes.py)
            ck.scope.classed[classed[0]] = classed[1:]
        check_block(ck, block)
        ck.scope.classed = saved
        if not _exits(block):
            ends.append(ck.scope.narrowed)
    ck.scope.narrowed = frozenset.intersection(*ends) if ends else before


def _exits(body: tuple[ast.Stmt, ...]) -> bool:
    return bool(body) and (isinstance(body[-1], (ast.Return, ast.Raise, ast.Break, ast.Continue)) or always_returns(body))


def _another_return(ck: Checker, s: ast.Return, first: ast.Return, ret: T.Type) -> None:
    """A later `return` of a `def` whose result type its first `return` gave: the same
    type, or an error naming both (Python may return an `int` on one path and a `float`
    or `str` on another; an Ember function returns one type, and turning a returned `1`
    into `1.0` would print differently)."""
    assert ck.scope.info is not None
    name = ck.scope.info.name
    if _optional_return(ck, s, ret):
        return
    if s.value is None:
        if ret != T.NONE and not T.is_error(ret):
            ck.error(s.span, f"`{name}` returns nothing here but `{ret}` on another path", "returns `None`",
                     labels=(Label(first.span, f"returns `{ret}`"),), help=("return a value on every path",))
        return
    if ret == T.NONE:
        check(ck, s.value)
        ck.error(s.value.span, f"`{name}` returns a value here but nothing on another path",
                 labels=(Label(first.span, "returns nothing"),),
                 help=("return a value on every path, or declare the result type with `-> T`",))
        return
    t = check(ck, s.value, ret if not isinstance(ret, T.FloatType) else None)  # a `1` stays an int, as in Python
    if unify(ck, ret, t) or T.is_error(t):
        ck.require_movable(s.value, returning=True)
        return
    joined = classes.join(ck, zonk(ret), t)  # objects of related classes: the result is any of their family's
    if joined is not None:
        classes.widen_result(ck, joined)
        convert_to(ck, s.value, t, joined, quiet=True)
        ck.require_movable(s.value, returning=True)
        return
    ck.error(s.value.span, f"`{name}` returns `{t}` here but `{ret}` on another path", f"returns `{t}`",
             labels=(Label(first.span, f"returns `{ret}`"),),
             help=(f"return one type on every path: convert (`{ret}(...)`), or declare the result: "
                   f"`def {name}(...) -> {ret}:`" if T.is_numeric(ret) or ret == T.STR else
                   f"return one type on every path, or declare the result: `def {name}(...) -> T:`",))


def _loop_can_borrow(ck: Checker, s: ast.For, it_type: T.Type) -> bool:
    """Whether `for x in xs` may bind `x` to the element itself, not a copy (LANGUAGE.md
    §5: loop variables iterate by borrow): in a function, over a list of owning values,
    when nothing in the body can free or replace the element (`xs` is only read, and
    not passed anywhere), the body does not rebind `x` (nor, for a struct or tuple
    element, change it: that would change a bitwise copy), and nothing after the loop
    reads `x`. A list element changed in place through `x` is then changed in `xs`, as in
    Python."""
    from ember.sema.check.effects import Effect, effect_on, passed_as, root_name

    call = ck.program.calls.get(id(s.iter))
    seq = s.iter
    if isinstance(call, tast.CallBuiltin) and call.name in ("dict.keys", "dict.values", "dict.items") \
            and call.recv is not None:
        seq = call.recv  # the loop reads the dict's entries in place (mir/build/dicts.py)
    if isinstance(it_type, T.DictType):
        it_type = T.ListType(it_type.key)
    if ck.scope.info is None or not isinstance(s.target, ast.Name) or not isinstance(it_type, T.ListType) \
            or isinstance(call, tast.CallBuiltin) and call.name.startswith("iter."):
        return False
    elem, name = it_type.elem, s.target.id

    def passed(n: str) -> bool:  # to a user function (which may take it `inout`)
        return any(ck.fn_key(f) is not None for f, _ in passed_as(s.body, n))
    if not isinstance(elem, (T.StrType, T.ListType, T.StructType, T.TupleType)):
        return False
    effect = effect_on(s.body, name, isinstance(elem, T.ListType))
    if effect is Effect.REBOUND or effect is Effect.MUTATED and not isinstance(elem, T.ListType):
        return False
    if not isinstance(elem, T.ListType) and (passed(name) or any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and root_name(n.func.value) == name
            for n in parallel.walk(s.body))):
        return False
    root = root_name(seq)
    if seq is not s.iter and root is None:
        return False  # the entries of a dict no variable holds
    if root is not None and (root == name or effect_on(s.body, root, True) is not Effect.READ or passed(root)
                             or root not in ck.scope.locals):
        return False
    return not _named_outside_own_loops(ck.scope.info.node.body, name, s)


def _named_outside_own_loops(node: object, name: str, skip: ast.For) -> bool:
    """Whether `node` (outside `skip`) names `name` other than as the variable of a loop
    or comprehension of its own: there each loop binds the name anew (mir/build/stmt.py),
    so `for row in rows: row.append(v)` may borrow its rows though a later loop is also
    `for row in ...`. A use after a loop (or in its `else`) reads its last element."""
    from ember.syntax.walk import children

    def bound_here(g: ast.Comprehension) -> bool:
        return isinstance(g.target, ast.Name) and g.target.id == name
    match node:
        case _ if node is skip or isinstance(node, (ast.FnDef, ast.StructDef)):
            return False
        case ast.Name(id=n):
            return n == name
        case ast.For(target=ast.Name(id=n), iter=it, orelse=orelse) if n == name:
            return _named_outside_own_loops(it, name, skip) or _named_outside_own_loops(orelse, name, skip)
        case ast.ListComp(generators=gs) | ast.DictComp(generators=gs) if any(bound_here(g) for g in gs):
            return _named_outside_own_loops(gs[0].iter, name, skip)  # the rest is the comprehension's scope
        case _:
            return any(_named_outside_own_loops(c, name, skip) for c in children(node))


def _parallel_loop_can_borrow(ck: Checker, s: ast.For, t: T.Type) -> bool:
    """As a serial loop's (`_loop_can_borrow`), when the body only reads the variable: each
    iteration then reads its own element where it lies, not a copy of it (B3's rows)."""
    from ember.sema.check.effects import Effect, effect_on

    return _loop_can_borrow(ck, s, t) and isinstance(s.target, ast.Name) and \
        effect_on(s.body, s.target.id, True) is Effect.READ


def _bind_loop_variable(ck: Checker, s: ast.For, t: T.Type) -> None:
    if _loop_can_borrow(ck, s, t):
        ck.program.borrow_loops.add(id(s))
        if _changes_its_element(ck, s, t):
            ck.require_mutable(s.iter, how=f"the loop changes its elements in place through `{s.target.id}`")
    elif not refloop.check_ref_loop(ck, s, t):
        _reject_element_copy_mutation(ck, s, t)


def _changes_its_element(ck: Checker, s: ast.For, t: T.Type) -> bool:
    """Whether the body of a loop whose variable is the list's element changes that
    element in place: directly, in a nested loop over it, or through a call."""
    from ember.sema.check.effects import Effect, effect_on

    if not isinstance(s.target, ast.Name) or not isinstance(t, T.ListType):
        return False  # a dict's keys cannot change in place
    name = s.target.id
    return effect_on(s.body, name, True) is Effect.MUTATED or generic.mutated_by_calls(ck, s.body, name, t.elem)


def _reject_element_copy_mutation(ck: Checker, s: ast.For, it_type: T.Type) -> None:
    """`for p in points: p.x += 1.0` over structs: in Python that changes the list's
    objects, but an Ember struct is a value and the loop variable borrows it (§5), so
    changing it in place is an error with the way to say it, never a silent copy."""
    from ember.sema.check.effects import root_name

    _reject_list_copy_change(ck, s, it_type)
    if not isinstance(s.target, ast.Name) or not isinstance(it_type, T.ListType) \
            or not isinstance(it_type.elem, (T.StructType, T.TupleType)):
        return
    name = s.target.id
    for n in parallel.walk(s.body):
        target = None
        match n:
            case ast.Assign(targets=ts):
                target = next((t for t in ts if isinstance(t, (ast.Attribute, ast.Subscript)) and root_name(t) == name), None)
            case ast.AugAssign(target=t) if isinstance(t, (ast.Attribute, ast.Subscript)) and root_name(t) == name:
                target = t
            case _:
                pass
        if target is None and isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                and isinstance(n.func.value, ast.Name) and n.func.value.id == name \
                and generic.mutates_self(ck, it_type.elem, n.func.attr):
            target = n  # `p.move(1.0)` with `inout self`: it changed a copy, silently
        if target is None and isinstance(n, ast.Call) and refloop.changes_part(ck, n, name):
            target = n  # `p.items.append(v)`, `p.inner.bump()`: the same
        if target is not None:
            seq = root_name(s.iter)
            if seq is None:
                ck.error(target.span, f"cannot change loop variable `{name}` in place: it borrows an element of a "
                         "temporary list", "changed here",
                         help=("assign the list to a variable to keep the change, and loop over that",))
            else:
                ck.error(target.span, f"cannot change loop variable `{name}` in place: it borrows an element of `{seq}`",
                         "changed here", help=(f"index the list to change its element: `for i in range(len({seq})): "
                                               + f"{seq}[i]...`",))
            return



def _sets_item(ck: Checker, obj: ast.Expr) -> bool:
    """Whether `obj` (a variable, or an element or field of one) is an object whose
    class defines `__setitem__` (checked again as the call's receiver: a place only)."""
    match obj:
        case ast.Name(id=name):
            t = ck.lookup(name)
        case ast.Attribute() | ast.Subscript() if all(isinstance(n, (ast.Name, ast.Attribute, ast.Subscript, ast.IntLit))
                                                       for n in _place_parts(obj)):
            t = check(ck, obj)  # checked again as the receiver (the sink keeps one of each diagnostic)
        case _:
            return False
    return isinstance(t, T.StructType) and t.name in ck.program.structs \
        and "__setitem__" in ck.program.structs[t.name].methods


def _place_parts(e: ast.Expr) -> list[ast.Expr]:
    """The names, attributes, subscripts and indexes a place expression is made of."""
    match e:
        case ast.Attribute(value=v):
            return [e, *_place_parts(v)]
        case ast.Subscript(value=v, index=i):
            return [e, *_place_parts(v), *_place_parts(i)]
        case _:
            return [e]


def _reject_list_copy_change(ck: Checker, s: ast.For, it_type: T.Type, parallel_loop: bool = False) -> None:
    """`for row in rows: row.append(v)` where `row` could not borrow its element (its name
    is used elsewhere in the function, `rows` is a temporary or is passed on, or the loop
    is a `parallel for`): the change would go to a copy and be lost, where Python changes
    the list's row. An error with the ways to say it, never a silent copy."""
    from ember.sema.check.effects import in_place_list_change, root_name

    if not (isinstance(s.target, ast.Name) and isinstance(it_type, T.ListType) and isinstance(it_type.elem, T.ListType)):
        return
    name = s.target.id
    changed = in_place_list_change(s.body, name)
    if changed is None:
        return
    seq = root_name(s.iter)
    where = f"an element of `{seq}`" if seq is not None else "an element of a temporary list"
    if parallel_loop:
        ck.error(changed.span, f"`parallel for` cannot change loop variable `{name}` in place yet: it is a copy of {where}",
                 "changed here", help=("build the new rows instead (`new_rows.append(row + [...])`), or change "
                                       "them in a plain `for` loop",))
        return
    ck.error(changed.span, f"cannot change loop variable `{name}` in place: here it is a copy of {where}, and the "
             "change would be lost", "changed here",
             help=(f"give the loop variable a name used nowhere else in the function (but as other loops' "
                   "variable), or index the list: "
                   f"`for i in range(len({seq or 'xs'})): {seq or 'xs'}[i]...`",))


def always_returns(body: tuple[ast.Stmt, ...]) -> bool:
    """Whether control cannot fall off the end of `body` (for the missing-return check)."""
    for s in body:
        match s:
            case ast.Return() | ast.Raise():
                return True
            case ast.If(body=b, orelse=o) if o and always_returns(b) and always_returns(o):
                return True
            case ast.While(test=ast.BoolLit(value=True), body=b) if not _has_break(b):
                return True
            case ast.Assert(test=ast.BoolLit(value=False)):
                return True
            case ast.Try() if errors.always_returns_try(s, always_returns):
                return True
            case _:
                pass
    return False


def _has_break(body: tuple[ast.Stmt, ...]) -> bool:
    for s in body:
        match s:
            case ast.Break():
                return True
            case ast.If(body=b, orelse=o):
                if _has_break(b) or _has_break(o):
                    return True
            case ast.Try(body=b, handlers=h, orelse=o, finalbody=f):
                if _has_break(b) or _has_break(o) or _has_break(f) or any(_has_break(x.body) for x in h):
                    return True
            case _:
                pass
    return False
