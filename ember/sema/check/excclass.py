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
from ember.sema import tast
from ember.sema.check.context import Checker
from ember.syntax import ast
from ember.types import types as T
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
    extra = [*(d for d in s.decorators), *s.type_params]
    if extra:
        ck.error(extra[0].span, f"an exception class cannot have decorators or parameters in Ember (`{s.name}`)",
                 help=("write its `__init__`, which may set fields: `self.pos = pos`",))
    base = s.base
    assert base is not None
    known[s.name] = (s.name, *known[base]) if base in known else (s.name, base)
    ck.program.error_homes[s.name] = ck.env.name


def has_objects(s: ast.StructDef) -> bool:
    """Whether the exception class `s` is also a class, whose objects its errors carry
    (sema/excobjects.py gave every such class its methods)."""
    return s.base is not None and bool(s.methods)


def object_kind(ck: Checker, t: T.Type) -> str | None:
    """The code of the error raising an object of type `t` makes, when `t` is an
    exception class with fields (None for any other type)."""
    if not isinstance(t, T.StructType):
        return None
    name = t.short_name
    return code(ck, name) if _struct_of(ck, name) == t.name else None


def view(ck: Checker, name: str, caught: frozenset[str]) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """What `except name as e` binds when `name` is an exception class with fields: (the
    class's struct, and for each code it catches the struct of that code's class), read
    from the caught error's object (None: `e` is the `Error` itself)."""
    key = _struct_of(ck, name)
    if key is None:
        return None
    seed_fields(ck, ck.program.structs[key])
    sources = tuple((c, _struct_of(ck, c.split("\0", 1)[0])) for c in sorted(caught))
    if any(k is None for _, k in sources):  # a class below it in another module holds no object
        return None
    return key, sources  # type: ignore[return-value]


def seed_fields(ck: Checker, info: tast.StructInfo) -> None:
    """Type the fields of an exception class that nothing has constructed yet from a
    class below it that has them typed (its `__init__` ran the base's): a base class is
    often only ever raised as its subclasses (`except QueueError as e: e.queue`)."""
    chains = ck.program.error_classes
    name = info.node.name
    if name not in chains or not info.untyped:
        return
    for other in ck.program.structs.values():
        chain = chains.get(other.node.name, ())
        have = dict(other.fields)
        if name in chain[1:] and not other.untyped and all(n in have for n in info.untyped):
            info.fields = tuple((n, have[n] if n in info.untyped else t) for n, t in info.fields)
            info.untyped.clear()
            return


def check_views(ck: Checker) -> None:
    """Each `except C as e` whose error may carry an object of a class below `C`: that
    class must have `C`'s fields, of the same types (its `__init__` calls `C`'s), since
    `e` is read as a `C` (once every class's fields are known)."""
    structs = ck.program.structs
    for span, target, sources in ck.program.views:
        want = structs[target].fields
        for _, key in sources:
            have = dict(structs[key].fields)
            bad = next(((n, t) for n, t in want if have.get(n) != t), None)
            if key != target and bad is not None:
                n, t = bad
                sub, cls = key.rsplit("::", 1)[-1], target.rsplit("::", 1)[-1]
                got = f"its field `{n}` is `{have[n]}`, not `{t}`" if n in have else f"it has no field `{n}` (`{t}`)"
                ck.error(span, f"`except {cls}` reads the `{sub}` objects it catches as `{cls}` objects, but {got}",
                         help=(f"call the base's `__init__` in `{sub}.__init__` (`super().__init__(...)`), "
                               "which sets its fields",))
                break


def common_base(ck: Checker, names: list[str]) -> str | None:
    """The nearest exception class at or above every one of `names` (`except (A, B)`:
    what `e` is read as), None when they share only a built-in kind."""
    chains = [ck.program.error_classes.get(n, (n,)) for n in names]
    if not chains:
        return None
    return next((c for c in chains[0] if all(c in other for other in chains[1:])), None)


def _struct_of(ck: Checker, name: str) -> str | None:
    """The struct of exception class `name` (its module's key), if it has one."""
    home = ck.program.error_homes.get(name)
    key = ck.program.envs[home].key(name) if home is not None and home in ck.program.envs else None
    return key if key is not None and key in ck.program.structs else None


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
