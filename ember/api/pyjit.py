"""`@ember.jit`: a Python function compiled as an Ember `def` (LANGUAGE.md §3, §12).

The function's source (from `inspect`) is an Ember module of its own, with its
decorators dropped and blank lines in front so that diagnostics give the line in the
Python file, together with the functions it calls and the globals it reads
(ember/api/jitsource.py). Annotated arguments keep their types; unannotated ones make the function a
template, instantiated per tuple of the call's argument types by a generated caller
(one instance per signature, cached here and, as any module, on disk). Python features
Ember lacks are the compiler's diagnostics: they name the line and the feature.
"""
from __future__ import annotations

import ast
import functools
import hashlib
import inspect
import tempfile
import threading
from pathlib import Path

import numpy as np

from ember.api import CompileError, cache_dir, load
from ember.api.jitsource import def_of, module_source

_PROBE = "__ember_jit_call"
_PLAIN = {bool: "Bool", int: "Int", float: "f64", str: "str"}  # the type of a list element of exactly these types


def _scalar(v: object) -> str | None:
    if isinstance(v, (bool, np.bool_)):
        return "Bool"
    if isinstance(v, (int, np.integer)):
        return "Int" if isinstance(v, int) else _dtype(np.asarray(v).dtype)
    if isinstance(v, (float, np.floating)):
        return "f64" if isinstance(v, float) else _dtype(np.asarray(v).dtype)
    if isinstance(v, str):
        return "str"
    return None


def _dtype(dt: np.dtype) -> str | None:
    if dt == np.bool_:
        return "Bool"
    if dt.kind in "iu" and dt.itemsize in (1, 2, 4, 8):
        return f"{dt.kind}{dt.itemsize * 8}".replace("i64", "Int")
    if dt.kind == "f" and dt.itemsize in (4, 8):
        return f"f{dt.itemsize * 8}"
    return None


def type_of(v: object, where: str) -> str:
    """The Ember type of a Python argument, as source text; TypeError when it has none."""
    if (s := _scalar(v)) is not None:
        return s
    if isinstance(v, np.ndarray):
        el = _dtype(v.dtype)
        if el is not None and v.ndim in (1, 2):
            return f"[{el}]" if v.ndim == 1 else f"[[{el}]]"
        raise TypeError(f"{where}: arrays of {v.dtype} with {v.ndim} dimension(s) have no Ember type")
    if isinstance(v, list):
        if not v:
            raise TypeError(f"{where}: the element type of an empty list is unknown (annotate the argument)")
        plain = set(map(type, v))  # a 2M-element list of floats: milliseconds
        kinds = {_PLAIN[k] for k in plain} if plain <= _PLAIN.keys() else \
            {type_of(x, f"{where}[{i}]") for i, x in enumerate(v)}
        return f"[{_one_kind(kinds, f'{where}: a list mixing', either=True)}]"
    if isinstance(v, dict):
        if not v:
            raise TypeError(f"{where}: the key and value types of an empty dict are unknown (annotate the argument)")
        k, x = (_one_kind({type_of(x, f"{where} {what}") for x in items}, f"{where}: a dict with {what}s of",
                          either=what == "value")
                for what, items in (("key", v.keys()), ("value", v.values())))
        return f"dict[{k}, {x}]"
    if isinstance(v, (set, frozenset)):
        if not v:
            raise TypeError(f"{where}: the element type of an empty set is unknown (annotate the argument)")
        kind = _one_kind({type_of(x, f"{where} element") for x in v}, f"{where}: a set of")
        if kind not in ("Int", "f64", "Bool", "str"):
            raise TypeError(f"{where}: a set of {kind} has no Ember type")
        return f"set[{kind}]"
    if isinstance(v, tuple) and v:
        parts = [type_of(x, f"{where}[{i}]") for i, x in enumerate(v)]
        return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
    raise TypeError(f"{where}: {type(v).__name__} values have no Ember type")


def _one_kind(kinds: set[str], what: str, either: bool = False) -> str:
    """The one Ember type of a container's items; else a TypeError that starts with
    `what`. Ints among floats are numbers that are either (`either`: a list's items, a
    dict's values, which keep each its kind, as in Python), or floats (a set's, a dict's
    keys)."""
    if kinds == {"Int", "f64"}:
        kinds = {"Int | f64" if either else "f64"}
    if len(kinds) != 1:
        raise TypeError(f"{what} {', '.join(sorted(kinds))} has no Ember type")
    return kinds.pop()


class Jit:
    """The compiled stand-in for a Python function; call it like the function."""

    def __init__(self, fn) -> None:  # noqa: ANN001
        functools.update_wrapper(self, fn)
        self._py = fn
        self._sig = inspect.signature(fn)
        self._def = def_of(fn)
        self._file, node = self._def.file, self._def.node
        self._name = node.name
        args = node.args
        if args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs:
            raise TypeError(f"{self._file}:{node.lineno}: ember.jit: only plain positional arguments "
                            "are supported (no *args, **kwargs, keyword-only or positional-only)")
        self._annotated = [a.annotation is not None for a in args.args]
        self._ann_text = [ast.unparse(a.annotation) if a.annotation is not None else "" for a in args.args]
        self._params = [a.arg for a in args.args]
        self._instances: dict[tuple[str, ...], object] = {}
        self._by_class: dict[tuple[object, ...], object] = {}  # the instance without type_of: 0.6 us a call, not 2-3
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<ember.jit {self.__module__}.{self.__qualname__}{self._sig}>"

    def __reduce__(self) -> str:
        """By name, like the function it replaces (the module attribute is this object)."""
        return self.__qualname__

    def __call__(self, *args: object, **kwargs: object) -> object:
        if kwargs or len(args) != len(self._params):
            bound = self._sig.bind(*args, **kwargs)
            bound.apply_defaults()
            args = tuple(bound.arguments.values())
        classes = tuple(map(type, args))
        fn = self._by_class.get(classes)  # plain scalars: their classes decide the instance
        if fn is None:
            shapes = tuple((a.dtype, a.ndim) if c is np.ndarray else c for a, c in zip(args, classes))  # type: ignore[attr-defined]
            fn = self._by_class.get(shapes)  # arrays: their dtype and dimensions
            if fn is None:
                key = tuple("" if ann else type_of(a, f"{self._name}(): argument `{p}`")
                            for a, p, ann in zip(args, self._params, self._annotated))
                fn = self._instances.get(key)
                if fn is None:
                    fn = self._instance(key)
                if all(c in _PLAIN or c is np.ndarray for c in classes):
                    self._by_class[shapes] = fn
        return fn(*args)  # type: ignore[operator]

    def _instance(self, key: tuple[str, ...]) -> object:
        with self._lock:
            if key in self._instances:
                return self._instances[key]
            source = module_source(self._def)  # globals as they are now
            generic = not all(self._annotated)
            if generic:  # one caller makes the instance for these argument types
                # lists as `inout`: the instance's own conventions are inferred (§3) and
                # an `inout` variable can be passed to any of them
                types_ = [t or ann for t, ann in zip(key, self._ann_text)]
                params = ", ".join(f"{'inout ' if t.startswith(('[', 'set[', 'dict[')) else ''}a{i}: {t}" for i, t in enumerate(types_))
                call = ", ".join(f"a{i}" for i in range(len(types_)))
                source += f"\n\ndef {_PROBE}({params}):\n    {self._name}({call})\n"
            path = self._module_file(source)
            try:
                mod = load(path, self.__module__)
            except CompileError as e:
                raise CompileError(str(e).replace(str(path), self._file), name=self._name, path=self._file) from None
            if generic:
                found = [f for (n, _), f in mod.__ember_instances__.items() if n == self._name]
                if len(found) != 1:
                    why = next((w for k, w in mod.__ember_skipped__.items() if k.startswith(self._name + "#")), None)
                    raise TypeError(f"ember.jit: no instance of {self._name} for {key}" + (f": {why}" if why else ""))
                fn = found[0]
            else:
                fn = getattr(mod, self._name, None)
                if fn is None:
                    raise TypeError(f"ember.jit: {self._name} cannot be called from Python: "
                                    f"{mod.__ember_skipped__.get(self._name, 'unknown reason')}")
            self._instances[key] = fn
            return fn

    def _module_file(self, source: str) -> Path:
        """The module's text in a file named by its hash: the same in every process, so
        the on-disk cache finds its compiled code."""
        digest = hashlib.sha256(f"{self._file}\0{source}".encode()).hexdigest()[:24]
        folder = (cache_dir() or Path(tempfile.gettempdir()) / "ember-jit") / "jit"
        path = folder / f"{self._name}_{digest}.ember"
        if not path.is_file() or path.read_text(encoding="utf-8") != source:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{threading.get_ident()}.tmp")
            tmp.write_text(source, encoding="utf-8")
            tmp.replace(path)
        return path
