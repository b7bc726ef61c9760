"""The interface of a module compiled for Python: plain data (pickled into the cache
entry next to the object), so loading a cached module needs neither the compiler nor
LLVM's IR builder. Built by exports.py."""
from __future__ import annotations

from dataclasses import dataclass

from ember.types import types as T

PREFIX = "ember.export."
GUARDED_CALL = "ember_guarded_call"
FINISH = "ember_rt_finish"
TOP = PREFIX + "__top__"  # runs the main file's top-level statements (Interface.run_top)
# what pyfast.py's entry points use of CPython, bound to the process's symbols at load
CPYTHON_FUNCTIONS = ("PyEval_SaveThread", "PyEval_RestoreThread", "PyLong_AsLongLongAndOverflow",
                     "PyFloat_AsDouble", "PyLong_FromLongLong", "PyLong_FromUnsignedLongLong",
                     "PyFloat_FromDouble", "PyBool_FromLong", "PyObject_Vectorcall", "PyObject_CallMethod",
                     "PyObject_GetBuffer", "PyBuffer_Release", "PyErr_Clear")
CPYTHON_DATA = ("PyLong_Type", "PyFloat_Type", "_Py_TrueStruct", "_Py_FalseStruct", "_Py_NoneStruct")
NDARRAY_TYPE = "ember_py_ndarray_type"  # bound to numpy.ndarray's address at load (binding.py)
NO_DEFAULT = ("no default",)  # a marker that survives pickling by value


@dataclass(frozen=True)
class Param:
    name: str
    type: T.Type
    convention: str  # "borrowed" | "inout" | "owned"
    default: object = NO_DEFAULT  # a literal default, usable from Python


@dataclass(frozen=True)
class Export:
    name: str
    key: str  # the MIR function: `name`, or `name#N` for an instance of a template
    symbol: str
    params: tuple[Param, ...]
    ret: T.Type
    raises: bool
    doc: str | None


@dataclass(frozen=True)
class Interface:
    """Everything the Python side needs to call a module, without the compiler."""

    path: str
    exports: tuple[Export, ...]
    structs: tuple[tuple[str, tuple[tuple[str, T.Type], ...]], ...]  # main-file structs first
    dtors: frozenset[str]
    run_top: bool  # the main file has top-level statements: run them once, at load
    skipped: tuple[tuple[str, str], ...] = ()  # (function, why it cannot be called from Python)

    @property
    def struct_fields(self) -> dict[str, tuple[tuple[str, T.Type], ...]]:
        return dict(self.structs)


def scalar(t: T.Type) -> bool:
    """A number or Bool: what crosses to Python's fast entry points and to C by value."""
    return isinstance(t, (T.IntType, T.FloatType, T.BoolType))


def fast_symbol(ex: Export) -> str | None:
    """The CPython entry point of `ex` (pyfast.py): for borrowed numbers, Bool and lists
    of them in, a number, Bool or None out; None for other functions."""
    if all(p.convention == "borrowed" and (scalar(p.type) or isinstance(p.type, T.ListType) and scalar(p.type.elem))
           for p in ex.params) and (ex.ret == T.NONE or scalar(ex.ret)):
        return "ember.py." + ex.symbol.removeprefix(PREFIX)
    return None


def symbols(iface: Interface) -> tuple[str, ...]:
    """Every symbol the Python side looks up, so the optimizer keeps them visible."""
    fast = (s for e in iface.exports if (s := fast_symbol(e)) is not None)
    return (GUARDED_CALL, FINISH, *((TOP,) if iface.run_top else ()), *(e.symbol for e in iface.exports), *fast)
