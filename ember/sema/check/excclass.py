"""Exception classes: `class ParseError(ValueError): pass` (LANGUAGE.md §8 has Python's
kinds; a program may add its own, as Python programs do).

Such a class is a kind of `Error`, not a struct: it holds its message and nothing else,
`raise ParseError("bad")` makes one, and `except ParseError` catches it and the classes
below it, as does every `except` that would catch its base in Python (`except ValueError`,
`except Exception`). A kind is named in the code by its *code*, "ParseError\\0ValueError":
the class's name and those of its bases up to a built-in kind; the runtime's kind of
such an error is the address of that string (rt.h EM_USER), where printing reads the
name and the Python layer the bases.
"""
from __future__ import annotations

import builtins

from ember.diagnostics.diagnostic import did_you_mean
from ember.sema.check.context import Checker
from ember.syntax import ast
from ember.types.errors import CATCHES, KINDS


def declare(ck: Checker, classes: list[ast.StructDef]) -> None:
    """Add a module's exception classes to the program's kinds (each after its base)."""
    known = ck.program.error_classes
    todo = list(classes)
    while todo:
        ready = [s for s in todo if s.base in CATCHES or s.base in known]
        if not ready:  # the rest have unknown (or circular) bases
            for s in todo:
                ck.error(s.name_span, f"unknown error kind `{s.base}` as the base of `{s.name}`",
                         help=unknown_help(ck, str(s.base)))
            return
        for s in ready:
            todo.remove(s)
            _one(ck, s)


def _one(ck: Checker, s: ast.StructDef) -> None:
    known = ck.program.error_classes
    if s.name in CATCHES or s.name in known or s.name in ck.program.fns or ck.env.key(s.name) in ck.program.structs:
        ck.error(s.name_span, f"`{s.name}` is defined twice" if s.name not in CATCHES else
                 f"`{s.name}` is a built-in error kind")
        return
    extra = [*s.fields, *s.methods, *(d for d in s.decorators), *s.type_params]
    if extra:
        ck.error(extra[0].span, f"an exception class holds only its message in Ember: `{s.name}` cannot have "
                                "fields, methods, decorators or parameters",
                 help=(f'put the details in the message: `raise {s.name}(f"...")`',))
    base = s.base
    assert base is not None
    known[s.name] = (s.name, *known[base]) if base in known else (s.name, base)
    ck.program.error_homes[s.name] = ck.env.name


def named(ck: Checker, e: ast.Expr) -> str | None:
    """The exception class `e` names as `module.Class` (`except errs.AppError`), if it does."""
    match e:
        case ast.Attribute(value=ast.Name(id=alias), attr=attr) if ck.lookup(alias) is None \
                and ck.program.error_homes.get(attr, "\0") == ck.env.modules.get(alias):
            return attr
        case _:
            return None


def unknown_help(ck: Checker, name: str) -> tuple[str, ...]:
    """The help of "unknown error kind `name`": a near name, and the built-in kinds."""
    return did_you_mean(name, {*CATCHES, *ck.program.error_classes}) + ("the kinds are " + ", ".join(KINDS),)


def code(ck: Checker, name: str) -> str | None:
    """The code of the kind `name` makes (`raise name(...)`): a built-in kind's name, or an
    exception class's names joined by NUL; None when `name` is neither."""
    if name in KINDS:
        return name
    chain = ck.program.error_classes.get(name)
    return "\0".join(chain) if chain is not None else None


def catches(ck: Checker, name: str) -> tuple[bool, frozenset[str] | None]:
    """(known, codes) of `except name`: the kinds it catches, None for every kind."""
    classes = ck.program.error_classes
    if name in classes:
        return True, frozenset("\0".join(c) for c in classes.values() if name in c)
    if name not in CATCHES:
        return False, frozenset()
    base = CATCHES[name]
    if base is None:
        return True, None
    return True, base | {"\0".join(c) for c in classes.values() if _below(c, name)}


def _below(chain: tuple[str, ...], name: str) -> bool:
    """Whether a class with bases `chain` is caught by the built-in `except name`, as
    Python's hierarchy says (a class of `KeyError` by `except LookupError`)."""
    root, catcher = getattr(builtins, chain[-1], None), getattr(builtins, name, None)
    return name in chain or (isinstance(root, type) and isinstance(catcher, type) and issubclass(root, catcher))
