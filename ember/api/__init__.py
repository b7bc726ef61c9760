"""Ember from Python (LANGUAGE.md §12): `ember.load`, the import hook's loader, `ember.jit`.

This is a process boundary like the CLI: the environment is read here (EMBER_CACHE_DIR,
EMBER_PATH, EMBER_LOADER: `llvm` or `objload` forces how objects are linked, see
interop/binding.py's Runtime), and compile errors become exceptions carrying the rendered diagnostics.
"""
from __future__ import annotations

import os
import threading
import types
import weakref
from pathlib import Path

from ember.interop.errors import Error

__all__ = ["CompileError", "Error", "jit", "load"]


class CompileError(ImportError):
    """The module has errors; the message is the rendered diagnostics. An ImportError,
    so that `import kernels` through the import hook fails the usual way."""


# Modules loaded in this process and still alive, by resolved path: unpickling a
# function (in a worker) reuses its module instead of loading it again per function.
_loaded: weakref.WeakValueDictionary[str, types.ModuleType] = weakref.WeakValueDictionary()
_lock = threading.Lock()


def _options():  # noqa: ANN202
    from ember.driver.cache import default_dir
    from ember.driver.options import Options

    search = tuple(Path(p) for p in os.environ.get("EMBER_PATH", "").split(os.pathsep) if p)
    return Options(cache_dir=default_dir(os.environ), search_path=search)


def _render(session) -> str:  # noqa: ANN001
    from ember.diagnostics.render import render_all

    return render_all(session.sink.items, session.sources)


def load(path: str | os.PathLike[str], name: str | None = None) -> types.ModuleType:
    """Compile (or take from the on-disk cache) the Ember module at `path` and return a
    Python module whose attributes are its top-level functions and structs."""
    from ember.driver.library import warm_library
    from ember.interop.binding import bind

    p = Path(path).resolve()
    options = _options()
    if (lib := warm_library(options, p)) is None:
        from ember.driver.library import build_library
        from ember.driver.pipeline import ToolError
        from ember.driver.session import Session

        session = Session(options)
        try:
            lib = build_library(session, p)
        except ToolError as e:
            raise ImportError(str(e), path=str(p)) from None
        if lib is None:
            raise CompileError(_render(session), name=name or p.stem, path=str(p))
    mod = bind(lib.objects, lib.interface, name or p.stem, _restore,
               loader=os.environ.get("EMBER_LOADER", "auto"))
    with _lock:
        _loaded[str(p)] = mod
    return mod


def _restore(path: str, fn: str, instance: tuple[str, ...] | None = None) -> object:
    """An unpickled function: its module loaded once per process (see Function.__reduce__);
    `instance`: the argument types of an instance of a template."""
    with _lock:
        mod = _loaded.get(path)
    if mod is None:
        mod = load(path)
    return getattr(mod, fn) if instance is None else mod.__ember_instances__[(fn, instance)]


def cache_dir() -> Path | None:
    """Where compiled modules are kept (EMBER_CACHE_DIR, ...), as for `ember run`."""
    return _options().cache_dir


def jit(fn):  # noqa: ANN001, ANN201
    """Compile a Python function as an Ember `def` (see ember/api/pyjit.py)."""
    from ember.api.pyjit import Jit

    return Jit(fn)
