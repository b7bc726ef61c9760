"""Exception classes with fields and methods, written as classes before checking.

`class TokenError(ParseError): def __init__(self, pos, msg): super().__init__(msg);
self.pos = pos` is a Python class whose objects are raised: such a class (one with
methods or fields, or below one) is both an error kind (check/excclass.py) and a class,
whose objects `raise` carries in the error and `except TokenError as e` binds
(check/errors.py, mir/build/errors.py). What Python's `BaseException` gives it is written
here as Python code, so the checker sees an ordinary class:

- `super().__init__(a, ...)` (or `Exception.__init__(self, ...)`) to a built-in kind sets
  the hidden fields `args$str` and `args$repr`: Python's `str(e)` of those arguments (the
  one argument's `str`, several as a tuple) and the text inside `Kind(...)` of `repr(e)`;
  an `__init__` that makes no such call gets them from its own parameters, as Python's
  `BaseException.__new__` keeps the constructor's arguments; a class without `__init__`
  takes a message, as `Exception` does;
- `__str__` (when the class's first exception-class ancestor has none) returns
  `self.args$str`, and `__repr__` (unless one is defined up the chain) `Name(args)`;
- a class below another exception class of the module inherits from it as a Python
  class (sema/inherit.py), and a base not named `...Error` or `...Exception` is still
  the kind it is (`class Overdrawn(BankFault):`).
"""
from __future__ import annotations

from dataclasses import replace

from ember.base.source import Span
from ember.sema.desugar import map_tree
from ember.syntax import ast

STR, REPR = "args$str", "args$repr"


def exception_objects(module: ast.Module) -> ast.Module:
    """`module` with its exception classes that hold more than a message as classes."""
    classes = {s.name: s for s in module.body if isinstance(s, ast.StructDef)}
    kinds = _kinds(classes)
    if not kinds:
        return module
    rich: set[str] = set()
    for name, base in _ordered(kinds):  # each after its base
        s = classes[name]
        if s.fields or s.methods or base in rich:
            rich.add(name)
    if not rich:
        return module
    repr_defined = {n for n in rich if any(m.name == "__repr__" for m in classes[n].methods)}
    out = []
    for s in module.body:
        if isinstance(s, ast.StructDef) and s.name in kinds:
            s = replace(s, base=kinds[s.name], parent=None)
            if s.name in rich:
                s = _class(s, kinds, rich, repr_defined)
        out.append(s)
    return replace(module, body=tuple(out))


def _kinds(classes: dict[str, ast.StructDef]) -> dict[str, str]:
    """Each exception class's base: a built-in kind, or a class of the module below one
    (also when its name does not say so, as parsing decides)."""
    kinds = {n: s.base for n, s in classes.items() if s.base is not None}
    grew = True
    while grew:
        grew = False
        for n, s in classes.items():
            if n not in kinds and s.parent is not None and s.parent.id in kinds:
                kinds[n] = s.parent.id
                grew = True
    return kinds


def _ordered(kinds: dict[str, str]) -> list[tuple[str, str]]:
    done: list[tuple[str, str]] = []
    seen: set[str] = set()

    def visit(n: str, trail: tuple[str, ...]) -> None:
        if n in seen or n in trail or n not in kinds:
            return
        visit(kinds[n], (*trail, n))
        seen.add(n)
        done.append((n, kinds[n]))
    for n in kinds:
        visit(n, ())
    return done


def _class(s: ast.StructDef, kinds: dict[str, str], rich: set[str], repr_defined: set[str]) -> ast.StructDef:
    base = kinds[s.name]
    inherits = base in rich
    at = s.name_span
    methods = list(s.methods)
    own = {m.name: m for m in methods}
    if "__init__" in own:
        methods[methods.index(own["__init__"])] = _init(own["__init__"], base, inherits)
    elif not inherits:
        methods.append(_message_init(at))
    fields = s.fields
    if not inherits:  # declared: their type is known before any constructor is checked
        fields = (*(ast.Field(n, ast.NamedType("str", (), at), None, at) for n in (STR, REPR)), *fields)
    if not inherits and "__str__" not in own:
        methods.append(_method("__str__", ast.Attribute(ast.Name("self", at), STR, at), at))
    if "__repr__" not in own and not _up(s.name, kinds, repr_defined):
        text = _concat([ast.StrLit(s.name + "(", at), ast.Attribute(ast.Name("self", at), REPR, at), ast.StrLit(")", at)], at)
        methods.append(_method("__repr__", text, at))
    return replace(s, fields=fields, methods=tuple(methods), parent=ast.Name(base, at) if inherits else None)


def _up(name: str, kinds: dict[str, str], names: set[str]) -> bool:
    """Whether a class above `name` is one of `names`."""
    while name in kinds:
        name = kinds[name]
        if name in names:
            return True
    return False


def _init(f: ast.FnDef, base: str, inherits: bool) -> ast.FnDef:
    """`__init__` with its call of a built-in kind's `__init__` setting the arguments'
    texts, or, with no call of a base's `__init__` at all, its parameters' set first."""
    if not f.params:
        return f
    me = f.params[0].name
    called = False

    def visit(node: object) -> object:
        nonlocal called
        match node:
            case ast.ExprStmt(value=ast.Call(func=ast.Attribute(value=obj, attr="__init__"), args=args) as call) \
                    if _is_super(obj, me, base, call):
                called = True
                if inherits:
                    return node
                return _texts(me, args[1:] if isinstance(obj, ast.Name) else args, call.span)
            case _:
                return node
    body = map_tree(f.body, visit)
    if not called:
        params = tuple(ast.Name(p.name, p.span) for p in f.params[1:] if p.kind != "var")
        body = (*_texts(me, params, f.name_span), *body)
    return replace(f, body=body)


def _is_super(obj: ast.Expr, me: str, base: str, call: ast.Call) -> bool:
    """`super().__init__(...)`, `super(C, self).__init__(...)`, `Base.__init__(self, ...)`."""
    match obj:
        case ast.Call(func=ast.Name(id="super")):
            return True
        case ast.Name(id=cls):
            return cls == base and bool(call.args) and isinstance(call.args[0], ast.Name) and call.args[0].id == me
        case _:
            return False


def _texts(me: str, args: tuple[ast.Expr, ...], at: Span) -> list[ast.Stmt]:
    """`self.args$str = ...; self.args$repr = ...` of Python's `BaseException(*args)`:
    each argument evaluated once, into a hidden variable."""
    names = [f"exc${i}.{at.start}" for i in range(len(args))]
    stmts: list[ast.Stmt] = [ast.Assign((ast.Name(n, a.span),), a, a.span) for n, a in zip(names, args)]
    reprs = [ast.Call(ast.Name("repr", at), (ast.Name(n, at),), (), at) for n in names]
    joined: list[ast.Expr] = []
    for i, r in enumerate(reprs):
        joined += [ast.StrLit(", ", at), r] if i else [r]
    match names:
        case []:
            text: ast.Expr = ast.StrLit("", at)
        case [one]:
            text = ast.Call(ast.Name("str", at), (ast.Name(one, at),), (), at)
        case _:
            text = _concat([ast.StrLit("(", at), *joined, ast.StrLit(")", at)], at)
    field = (lambda n: ast.Attribute(ast.Name(me, at), n, at))  # noqa: E731
    stmts.append(ast.Assign((field(STR),), text, at))
    stmts.append(ast.Assign((field(REPR),), _concat(joined, at) if joined else ast.StrLit("", at), at))
    return stmts


def _message_init(at: Span) -> ast.FnDef:
    """`Exception`'s constructor of one message, or none (`raise AppError()`)."""
    params = (ast.Param("self", None, None, None, at), ast.Param("message", None, ast.StrLit("", at), None, at))
    return ast.FnDef("__init__", (), params, None, False, tuple(_texts("self", (ast.Name("message", at),), at)),
                     "def", (), at, at)


def _method(name: str, value: ast.Expr, at: Span) -> ast.FnDef:
    return ast.FnDef(name, (), (ast.Param("self", None, None, None, at),), None, False, (ast.Return(value, at),),
                     "def", (), at, at)


def _concat(parts: list[ast.Expr], at: Span) -> ast.Expr:
    text = parts[0]
    for p in parts[1:]:
        text = ast.BinOp("+", text, p, at)
    return text
