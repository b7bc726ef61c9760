"""Ember: Python's syntax, compiled through LLVM.

From Python: `ember.load(path)`, `ember.jit`, `ember.Error`, `import ember.importer`
(LANGUAGE.md §12). They are imported on first use, so that `import ember` (which every
part of the compiler does) stays cheap.
"""

__version__ = "0.1.0"

_API = ("load", "jit", "Error", "CompileError")


def __getattr__(name: str) -> object:
    """PEP 562 re-export of ember.api. By name (importlib), because the compiler's layers
    import this package for `__version__`; they never use the API through it."""
    if name in _API:
        import importlib

        return getattr(importlib.import_module("ember.api"), name)
    raise AttributeError(f"module 'ember' has no attribute {name!r}")
