"""The Ember module an `@ember.jit` function is compiled as: its own `def`, the functions
it calls, and the values of the globals it reads.

Python resolves a function's global names when it runs; Numba freezes them when it
compiles. So does this: at a signature's first call, the function's code (`dis`) names
the globals it reads, and each becomes Ember source. Another function of the same file
(`@ember.jit` or plain: Python would call it, so it is compiled along, and what it calls
in turn) becomes its `def`, at the lines it has in the file, so that diagnostics name
the Python file's lines; `math`, `time` and `sys` (and names imported from them) become
imports; a number, `Bool` or `str` becomes a `comptime` constant (folded into the code),
a tuple of them a module variable. The variables of an enclosing function (a closure)
are taken the same way. Anything else, or a write to a global, is a `CompileError` that
names the line, before anything is compiled. A later change of a global is not seen by
the instances already compiled (as in Numba).
"""
from __future__ import annotations

import ast
import dis
import inspect
import math
import numbers
import textwrap
import types
from dataclasses import dataclass

import numpy as np

from ember.api import CompileError

_MODULES = ("math", "time", "sys", "collections")  # the standard modules Ember has (sema KNOWN_IMPORTS)
_INT_MIN, _INT_MAX = -(2 ** 63), 2 ** 63 - 1


@dataclass(frozen=True)
class Def:
    """A function's source: its lines (decorators blanked, dedented) from line `first` of `file`."""

    fn: types.FunctionType
    file: str
    first: int
    lines: tuple[str, ...]
    node: ast.FunctionDef


def def_of(fn: types.FunctionType) -> Def:
    """`fn`'s source; TypeError when it has none or is not a plain `def`."""
    try:
        lines, first = inspect.getsourcelines(fn)
        file = inspect.getsourcefile(fn) or "<unknown>"
    except (OSError, TypeError) as e:
        raise TypeError(f"ember.jit: no source for {fn.__qualname__}: {e}") from None
    text = textwrap.dedent("".join(lines))
    node = ast.parse(text).body[0]
    if not isinstance(node, ast.FunctionDef):
        raise TypeError(f"ember.jit: {fn.__qualname__} is not a plain `def`")
    start = min([d.lineno for d in node.decorator_list] + [node.lineno])
    body = text.splitlines()
    body = ["" for _ in range(node.lineno - start)] + body[node.lineno - start:]  # decorators out
    return Def(fn, file, first, tuple(body), node)


def module_source(root: Def) -> str:
    """The module text for `root`: its line numbers are those of `root.file`."""
    defs, tail = _reach(root)
    width = max(d.first + len(d.lines) - 1 for d in defs)
    out = [""] * width
    taken: dict[int, str] = {}
    for d in defs:
        for i, line in enumerate(d.lines):
            at = d.first - 1 + i
            if line.strip() and at in taken:
                raise _error(d, d.first, f"`{d.fn.__name__}` and `{taken[at]}` share lines of {d.file}: "
                                         "compiled functions are the file's own top-level or sibling `def`s")
            taken[at] = d.fn.__name__
            out[at] = line
    return "\n".join([*out, *sorted(tail)]) + "\n"


def _reach(root: Def) -> tuple[list[Def], set[str]]:
    """The `def`s reached from root (root first) and the lines that define the rest."""
    from ember.api.pyjit import Jit

    defs, tail, seen, todo = [root], set(), {root.fn.__name__: root.fn}, [root]
    while todo:
        d = todo.pop()
        for name, value, line in _free_names(d):
            if isinstance(value, Jit):
                value = value._py
            if isinstance(value, types.FunctionType):
                if seen.get(value.__name__, value) is not value or value.__name__ != name:
                    raise _error(d, line, f"`{name}` names the function `{value.__qualname__}`, and a compiled module "
                                          "calls each function by its own name: call it by that name")
                if name not in seen:
                    seen[name] = value
                    where = value.__code__.co_filename
                    if where != root.fn.__code__.co_filename:
                        raise _error(d, line, f"`{name}` is defined in {where}: a compiled function calls the "
                                              f"functions of its own file only (move `{name}` there, or put it in "
                                              "an .ember module and `ember.load` that)")
                    other = def_of(value)
                    defs.append(other)
                    todo.append(other)
            else:
                tail.add(_value_line(d, name, value, line))
    return defs, tail


def _free_names(d: Def) -> list[tuple[str, object, int]]:
    """(name, value, line) of each global or closure variable `d`'s code reads, but builtins;
    a write to a global is an error."""
    code = d.fn.__code__
    cells = dict(zip(code.co_freevars, d.fn.__closure__ or ()))
    found: dict[str, tuple[object, int]] = {}
    for c in _codes(code):
        for ins in dis.get_instructions(c):
            line = (ins.positions.lineno if ins.positions else None) or d.first
            name = ins.argval
            if ins.opname in ("STORE_GLOBAL", "DELETE_GLOBAL"):
                raise _error(d, line, f"`{name}` is a global that this function changes: compiled code reads the "
                                      "values of globals when it is compiled and cannot change Python's; "
                                      "pass it in and return it")
            if name in found or not isinstance(name, str):
                continue
            if ins.opname in ("LOAD_GLOBAL", "LOAD_NAME") and name in d.fn.__globals__:
                found[name] = (d.fn.__globals__[name], line)
            elif ins.opname in ("LOAD_DEREF", "LOAD_CLASSDEREF") and name in cells:
                try:
                    found[name] = (cells[name].cell_contents, line)
                except ValueError:  # not yet assigned: the compiler says so
                    pass
    return [(n, v, line) for n, (v, line) in found.items()]


def _codes(code: types.CodeType) -> list[types.CodeType]:
    """`code` and the code nested in it (comprehensions, lambdas, inner `def`s)."""
    out = [code]
    for k in code.co_consts:
        if isinstance(k, types.CodeType):
            out += _codes(k)
    return out


def _value_line(d: Def, name: str, value: object, line: int) -> str:
    """The line that gives `name` its value in the module."""
    if isinstance(value, types.ModuleType):
        mod = value.__name__
        if mod not in _MODULES:
            raise _error(d, line, f"`{name}` is the module `{mod}`, which compiled code does not have "
                                  f"(it has {', '.join(_MODULES)}): do that part in Python and pass the result in")
        return f"import {mod}" + ("" if name == mod else f" as {name}")
    if isinstance(value, (types.BuiltinFunctionType, type)) and value.__module__ in _MODULES:  # `sqrt`, `defaultdict`
        return f"from {value.__module__} import {value.__name__}" + ("" if name == value.__name__ else f" as {name}")
    text = _literal(value)
    if text is None and isinstance(value, numbers.Integral):
        raise _error(d, line, f"`{name}` is a global int that does not fit in `Int` (64 bits)")
    if text is None:
        raise _error(d, line, f"`{name}` is a global {type(value).__name__}, which compiled code cannot read: it reads "
                              "functions, numbers, strings and tuples of them; pass it as an argument")
    return f"{name} = {text}" if isinstance(value, tuple) else f"comptime {name} = {text}"


def _literal(v: object) -> str | None:
    """Ember source for a number, `Bool`, `str` or a tuple of them; None for anything else."""
    if isinstance(v, (bool, np.bool_)) or isinstance(v, str):
        return repr(bool(v) if isinstance(v, np.bool_) else v)
    if isinstance(v, numbers.Integral):
        v = int(v)
        return None if not _INT_MIN <= v <= _INT_MAX else f"({_INT_MIN + 1} - 1)" if v == _INT_MIN else repr(v)
    if isinstance(v, numbers.Real):  # NumPy's scalars too (their repr is not a literal)
        v = float(v)
        return repr(v) if math.isfinite(v) else f'float("{v}")'
    if isinstance(v, tuple) and v:
        parts = [_literal(x) for x in v]
        return None if None in parts else "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"  # type: ignore[arg-type]
    return None


def _error(d: Def, line: int, message: str) -> CompileError:
    return CompileError(f"{d.file}:{line}: error: {message}", name=d.fn.__name__, path=d.file)
