"""Ember: Python's syntax, compiled through LLVM.

From Python: `ember.load(path)`, `ember.jit`, `ember.Error`, `import ember.importer`
(LANGUAGE.md §12). They are imported on first use, so that `import ember` (which every
part of the compiler does) stays cheap.
"""

__version__ = "0.1.0"

_API = ("load", "jit", "Error", "CompileError")


def __getattr__(name: str) -> object:
    if name in _API:
        from ember import api

        return getattr(api, name)
    raise AttributeError(f"module 'ember' has no attribute {name!r}")
