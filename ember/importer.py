"""`import ember.importer` lets `import kernels` load `kernels.ember` (LANGUAGE.md §12).

The finder goes at the end of `sys.meta_path`, after Python's own: a `kernels.py` (or
package) of the same name on `sys.path` wins. It looks for `NAME.ember` in each folder of
`sys.path`, top-level names only. A module with errors raises ImportError whose message
is the rendered diagnostics (`ember.CompileError`).
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
import types
from collections.abc import Sequence


class EmberLoader(importlib.abc.Loader):
    def __init__(self, path: str) -> None:
        self.path = path

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        from ember.api import load

        return load(self.path, spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        """Nothing: `load` ran the module's top-level statements already."""


class EmberFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if path is not None or "." in fullname:
            return None  # inside a package: not Ember's
        for folder in sys.path:
            candidate = os.path.join(folder or os.getcwd(), fullname + ".ember")
            if os.path.isfile(candidate):
                return importlib.machinery.ModuleSpec(fullname, EmberLoader(candidate), origin=candidate)
        return None


def install() -> None:
    """Add the finder (once) after Python's own finders."""
    if not any(isinstance(f, EmberFinder) for f in sys.meta_path):
        sys.meta_path.append(EmberFinder())


install()
