"""Raised errors (LANGUAGE.md §8): `raise`, `try`/`except`/`else`/`finally`, the error
constructors, and which functions raise.

While a body is checked, every `raise` and every call of a user function is a raise site
of the function being checked, marked covered when an enclosing `try` catches what it
may raise. After the whole program is checked, `resolve_raises` decides which functions
raise: an `fn` when it says `raises`; a `def` also when one of its uncovered sites
raises (a `raise`, or a call of a raising function), to a fixed point over the call
graph. An uncovered site that raises in an `fn` without `raises` is an error at the site.
"""
from __future__ import annotations

from collections.abc import Callable

from ember.base.source import Span
from ember.diagnostics.diagnostic import Label
from ember.sema import tast
from ember.sema.check import excclass
from ember.sema.check.context import Checker
from ember.sema.check.expr import check, expect
from ember.syntax import ast
from ember.syntax.walk import statements
from ember.types import types as T

DEFAULT = "default"  # FnScope.context while a default value is checked


# ---- raise sites


def _covered(ck: Checker, kind: str | None) -> bool:
    return any(c is None or (kind is not None and kind in c) for c in ck.scope.covers)


def _site(ck: Checker, span: Span, callee: str | None, kind: str | None) -> None:
    site = tast.RaiseSite(span, callee, _covered(ck, kind), bool(ck.scope.covers))
    if ck.scope.info is not None:
        ck.scope.info.sites.append(site)
    elif ck.scope.context == DEFAULT:
        ck.program.default_sites.append(site)
    # top-level statements may raise: an error that escapes them ends the program


def note_call(ck: Checker, key: str, span: Span) -> None:
    """A call of the user function `key` (named at `span`): it raises if `key` does."""
    _site(ck, span, key, None)


def note_raise(ck: Checker, span: Span, kind: str) -> None:
    """A built-in that raises `kind` (`open`: FileNotFoundError, or another OSError)."""
    _site(ck, span, None, kind)


def raises_here(ck: Checker, span: Span, kind: str) -> bool:
    """Whether an error of `kind` at `span` is caught by a `try` around it; then it is a
    raise site (`d[k]`'s KeyError, `int(s)`'s ValueError), where elsewhere it is a fault."""
    if not _covered(ck, kind):
        return False
    note_raise(ck, span, kind)
    return True


def callee_span(e: ast.Call) -> Span:
    """Where a call names its callee: `f` in `f(x)`, `m` in `obj.m(x)`."""
    f = e.func
    if isinstance(f, ast.Attribute):
        return Span(f.span.file, max(f.span.start, f.span.end - len(f.attr)), f.span.end)
    return f.span


# ---- constructors and `raise`


def check_constructor(ck: Checker, e: ast.Call, name: str) -> T.Type:
    """`ValueError("message")`, `Error()`: an `Error` of that kind."""
    if e.keywords:
        ck.error(e.keywords[0].span, f"`{name}` takes no keyword arguments")
    if len(e.args) > 1:
        for a in e.args:
            check(ck, a)
        return ck.error(e.span, f"`{name}` takes at most 1 argument (a message) but {len(e.args)} were given",
                        help=("format several values into one message with an f-string",))
    for a in e.args:
        expect(ck, a, T.STR, f"as the message of `{name}`")
    ck.program.calls[id(e)] = tast.CallBuiltin("error." + (excclass.code(ck, name) or name), None, e.args)
    return T.EXC


def _is_kind_name(ck: Checker, e: ast.Expr) -> bool:
    if not (isinstance(e, ast.Name) and excclass.code(ck, e.id) is not None and ck.lookup(e.id) is None
            and ck.fn_key(e.id) is None):
        return False
    key = ck.struct_key(e.id)
    return key is None or excclass.object_kind(ck, T.StructType(key)) is not None


def check_raise(ck: Checker, s: ast.Raise) -> None:
    exc = s.exc
    if s.cause is not None:  # `raise X from e`: only a traceback shows the cause, and Ember prints none
        cause = check(ck, s.cause)
        if not (T.is_error(cause) or cause in (T.EXC, T.NONE) or excclass.object_kind(ck, cause) is not None):
            ck.error(s.cause.span, f"`raise ... from` needs an error or `None`, found `{cause}`")
    if exc is None:
        if ck.scope.handling == 0:
            ck.error(s.span, "`raise` without an error outside an `except` block", "nothing to re-raise here",
                     help=('raise a new error, e.g. `raise Error("message")`',))
        _site(ck, s.span, None, None)
        return
    if _is_kind_name(ck, exc):  # `raise ValueError`: Python instantiates the class
        assert isinstance(exc, ast.Name)
        exc = ast.Call(exc, (), (), exc.span)
        ck.program.keep.append(exc)
    t = check(ck, exc)
    kind = excclass.object_kind(ck, t)
    if kind is not None:
        _raised_object(ck, s, exc, t, kind)
    elif not T.is_error(t) and t != T.EXC:
        ck.error(exc.span, f"`raise` needs an `Error`, found `{t}`", "not an `Error`",
                 help=('make one with a kind and a message, e.g. `raise ValueError("bad input")`',))
    ck.program.raised[id(s)] = exc
    c = ck.program.calls.get(id(exc))
    if isinstance(c, tast.CallBuiltin) and c.name.startswith("error."):
        kind = c.name.removeprefix("error.")
    _site(ck, s.span, None, kind)


def _raised_object(ck: Checker, s: ast.Raise, exc: ast.Expr, t: T.Type, code: str) -> None:
    """`raise obj` of an exception class with fields: the error carries the object, and
    its `str` and `repr` (Python computes them when the error is shown; the object cannot
    change after it is raised, except by a handler that binds it, which gets a copy).
    `raise e` of the object an `except` bound re-raises the error caught."""
    if isinstance(exc, ast.Name) and exc.id in ck.scope.caught:
        ck.program.reraised[id(s)] = exc.id
        return
    from ember.sema.check.calls import as_text

    scope = ck.scope.locals
    scope[tast.RAISED] = t
    text = as_text(ck, ast.Name(tast.RAISED, exc.span), t)
    shown = as_text(ck, ast.Name(tast.RAISED, exc.span), t, "__repr__")
    del scope[tast.RAISED]
    ck.program.raised_objects[id(s)] = (code, text, shown)


# ---- try


def _handler(ck: Checker, h: ast.ExceptHandler) -> tast.Handler:
    """`except:`, `except e:` (binds any error, Mojo), `except K:`, `except K as e:`,
    `except (K1, K2) as e:`. A capitalized name is a kind; a lower-case one binds."""
    if h.type is None:
        return tast.Handler(None, h.name)
    if isinstance(h.type, ast.Name) and h.name is None and not h.type.id[:1].isupper():
        return tast.Handler(None, h.type.id)
    names = h.type.elts if isinstance(h.type, ast.TupleExpr) else (h.type,)
    kinds: set[str] = set()
    every = False
    named: list[str] = []
    for n in names:
        if (cls := excclass.named(ck, n)) is not None:  # `except errs.AppError`
            n = ast.Name(cls, n.span)
        if not isinstance(n, ast.Name):
            ck.error(n.span, "`except` takes an error kind or a name, e.g. `except ValueError as e:`")
            continue
        known, caught = excclass.catches(ck, n.id)
        if not known:
            ck.error(n.span, f"unknown error kind `{n.id}`", "not an error kind",
                     help=excclass.unknown_help(ck, n.id))
            continue
        named.append(n.id)
        if caught is None:
            every = True
        else:
            kinds |= caught
    common = excclass.common_base(ck, named) if len(names) == len(named) else None  # `except (A, B) as e`: their base
    view = excclass.view(ck, common, frozenset(kinds)) if common is not None and not every and h.name is not None \
        else None
    if view is not None:
        ck.program.views.append((h.type.span, *view))
    return tast.Handler(None if every else tuple(sorted(kinds)), h.name, view)


def check_try(ck: Checker, s: ast.Try) -> None:
    from ember.sema.check.stmt import check_block

    handlers = [_handler(ck, h) for h in s.handlers]
    bare_names = {id(h) for h, info in zip(s.handlers, handlers) if info.name is not None and h.name is None}
    for h, info in zip(s.handlers, handlers):
        ck.program.handlers[id(h)] = info
    for h in s.handlers[:-1]:
        if h.type is None or id(h) in bare_names:  # `except:` and `except e:` (Python: must be last)
            ck.error(h.span, "this `except` catches every error, so the handlers after it never run",
                     "catches everything", help=("move it after the other `except` clauses",))
    if handlers:
        cover: tuple[str, ...] | None = ()
        for info in handlers:
            cover = None if cover is None or info.kinds is None else tuple(sorted({*cover, *info.kinds}))
        ck.scope.covers.append(cover)
    check_block(ck, s.body)
    if handlers:
        ck.scope.covers.pop()
    for h, info in zip(s.handlers, handlers):
        ck.scope.handling += 1
        if info.name is not None:
            _bound_in(ck, info.name, h.span, h.body, T.StructType(info.view[0]) if info.view else T.EXC)
        else:
            check_block(ck, h.body)
        ck.scope.handling -= 1
    check_block(ck, s.orelse)
    check_block(ck, s.finalbody)


def _bound_in(ck: Checker, name: str, span: Span, body: tuple[ast.Stmt, ...], t: T.Type) -> None:
    """Check `body` with `name` bound to the caught `Error` (or its object, of type `t`); as in Python, the name is
    unbound again when the block ends. Python would also unbind a variable of that
    name, so binding an existing variable is an error."""
    from ember.sema.check.stmt import check_block

    scope = ck.scope
    variable = name in scope.locals and name not in scope.caught  # an enclosing handler's name is fine
    if variable:
        ck.error(span, f"`except` binds `{name}`, which is already a variable here",
                 f"binds `{name}`", help=(f"Python unbinds the name at the end of the `except` block, so `{name}` "
                                          f"would be lost: name the error differently, e.g. `as err`",))
    if t != T.EXC:
        _no_alias(ck, name, body)
    before = scope.locals.get(name)
    scope.locals[name] = t
    scope.unbound.pop(name, None)
    scope.caught.add(name)
    check_block(ck, body)
    if variable:
        scope.locals[name] = before  # type: ignore[assignment]  # (reported) no follow-on errors
        return
    scope.locals.pop(name, None)
    scope.caught.discard(name)
    scope.unbound[name] = span


def _no_alias(ck: Checker, name: str, body: tuple[ast.Stmt, ...]) -> None:
    """In an `except C as e` block that re-raises (`raise`, `raise e`), `x = e` is an
    error: Python raises the one object, changed through `x` or `e`, but Ember's `x` is
    a copy (the block's `e` is written back into the error it raises, not `x`)."""
    raises = [s for s in statements(body) if isinstance(s, ast.Raise)
              and (s.exc is None or isinstance(s.exc, ast.Name) and s.exc.id == name)]
    if not raises:
        return
    for s in statements(body):
        if isinstance(s, (ast.Assign, ast.AnnAssign)) and isinstance(s.value, ast.Name) and s.value.id == name:
            ck.error(s.value.span, f"`{name}` is re-raised below, so another name for it would be a copy",
                     "copies the caught object", labels=(Label(raises[0].span, "raises the error caught"),),
                     help=(f"use `{name}` itself: changes made through it are what the `raise` raises",))


def always_returns_try(s: ast.Try, returns: Callable[[tuple[ast.Stmt, ...]], bool]) -> bool:
    """Whether control cannot fall off the end of a `try` statement; `returns` answers
    that for a block (stmt.always_returns: stmt.py imports this module)."""
    if s.finalbody and returns(s.finalbody):
        return True
    return (returns(s.body) or returns(s.orelse)) and all(returns(h.body) for h in s.handlers)


# ---- which functions raise


def resolve_raises(ck: Checker) -> None:
    """Set `FnInfo.raises` to whether each function raises (declared, or a `def`
    inferred), then report raise sites that nothing handles."""
    fns = ck.program.fns
    raising = {k: f.raises for k, f in fns.items()}

    def raises_at(site: tast.RaiseSite) -> bool:
        return not site.covered and (site.callee is None or raising.get(site.callee, False))

    changed = True
    while changed:
        changed = False
        for key, fn in fns.items():
            if not raising[key] and fn.node.keyword == "def" and any(map(raises_at, fn.sites)):
                raising[key] = changed = True
    for key, fn in fns.items():
        fn.raises = raising[key]
        if fn.name == "__del__" and fn.struct is not None:
            site = next((s for s in fn.sites if raises_at(s)), None)
            if site is not None and not fn.node.raises:  # declared: reported with the signature
                ck.error(site.span, "`__del__` cannot raise", "may raise here",
                         help=("destruction runs on every path, including while an error propagates: "
                               "handle the error inside `__del__`",))
            continue
        if fn.node.keyword != "fn" or fn.node.raises:
            continue
        for site in fn.sites:
            if raises_at(site):
                _unhandled(ck, fn, site)
    for site in ck.program.default_sites:
        if raises_at(site):
            ck.error(site.span, f"a default value cannot call `{_shown(site.callee)}`, which may raise",
                     "may raise", help=("compute the value inside the function instead",))


def _shown(key: str | None) -> str:
    return (key or "").replace("::", ".")


def _unhandled(ck: Checker, fn: tast.FnInfo, site: tast.RaiseSite) -> None:
    name = _shown(fn.key)
    help_ = (f"declare `{name}` with `raises` after its parameter list (`fn {fn.name}(...) raises:`), "
             f"or handle the error here with `try`/`except`",)
    if site.in_try:
        help_ += ("the `except` clauses around it catch only some kinds; `except e:` catches every error",)
    sig = Label(fn.node.name_span, f"`{name}` does not declare `raises`")
    if site.callee is None:
        ck.error(site.span, f"`raise` in `{name}`, which does not declare `raises`", "raises here",
                 labels=(sig,), help=help_)
    else:
        ck.error(site.span, f"call to `{_shown(site.callee)}` may raise, but `{name}` does not declare `raises`",
                 "may raise", labels=(sig,), help=help_)
