"""A compiled module's objects loaded into this process, its functions callable from
Python (LANGUAGE.md §12).

Every call goes through the runtime's `ember_guarded_call` (rt.h) via ctypes: ctypes
releases the interpreter lock for the call, so Python threads run kernels in parallel,
and a fault comes back as a report that becomes a Python exception. Arguments are
converted (values.py) and checked before any compiled code runs; what the call was
lent is freed after it, and `inout` arguments are written back.
"""
from __future__ import annotations

import ctypes
import threading
import types
import weakref
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ember.interop import errors, objload, values
from ember.interop.interface import (CPYTHON_DATA, CPYTHON_FUNCTIONS, FINISH, GUARDED_CALL, NDARRAY_TYPE, NO_DEFAULT, TOP,
                                    Export, Interface, fast_symbol)
from ember.interop.values import EmList, Codec, Codecs
from ember.types import types as T


class FaultInfo(ctypes.Structure):
    """rt.h's EmFaultInfo."""

    _fields_ = [("kind", ctypes.c_int32), ("line", ctypes.c_int32), ("col", ctypes.c_int32),
                ("file", ctypes.c_char_p), ("len", ctypes.c_int64), ("msg", ctypes.c_char * 1024)]


_GUARDED = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_FINISH = ctypes.CFUNCTYPE(None)


class PyMethodDef(ctypes.Structure):
    _fields_ = [("ml_name", ctypes.c_char_p), ("ml_meth", ctypes.c_void_p), ("ml_flags", ctypes.c_int),
                ("ml_doc", ctypes.c_char_p)]


_METH_FASTCALL = 0x80
_new_cfunction = ctypes.pythonapi.PyCFunction_NewEx
_new_cfunction.restype = ctypes.py_object
_new_cfunction.argtypes = [ctypes.c_void_p, ctypes.py_object, ctypes.py_object]


def _python_api() -> dict[str, int]:
    """This process's CPython symbols, which pyfast.py's entry points call, and NumPy's
    array type, whose fields they read."""
    api = ctypes.pythonapi
    found = {name: ctypes.cast(getattr(api, name), ctypes.c_void_p).value or 0 for name in CPYTHON_FUNCTIONS}
    found.update((name, ctypes.addressof(ctypes.c_char.in_dll(api, name))) for name in CPYTHON_DATA)
    found[NDARRAY_TYPE] = id(np.ndarray)
    return found


def _llvm_engine(objects: Sequence[bytes], cpu: str | None, api: dict[str, int]) -> object:
    """LLVM's JIT (MCJIT) with the objects: where objload refuses, or when asked for."""
    import llvmlite.binding as llvm

    from ember.codegen import target

    for name, addr in api.items():
        llvm.add_symbol(name, addr)
    return target.jit_engine(objects, cpu)


class Runtime:
    """The linked objects and their runtime (thread pool, stdout buffer). When it is
    collected the pool is stopped before the code is freed: workers may still run it
    (rt.h: ember_par_shutdown).

    `loader`: "auto" links with objload.py (no LLVM in the process) and falls back to
    LLVM's JIT where objload cannot; "llvm" or "objload" forces one (tests compare them)."""

    def __init__(self, objects: Sequence[bytes], cpu: str | None, loader: str = "auto") -> None:
        api = _python_api()
        image = objload.load(objects, api) if loader != "llvm" else None
        if image is None and loader == "objload":
            raise RuntimeError("objload cannot link these objects on this system")
        self.engine = image if image is not None else _llvm_engine(objects, cpu, api)
        self.loader = "objload" if image is not None else "llvm"
        self.guarded = _GUARDED(self.address(GUARDED_CALL))
        self.codecs: Codecs | None = None  # the module's, to read the objects errors carry
        self._local = threading.local()
        weakref.finalize(self, _shutdown, _FINISH(self.address(FINISH)), self.engine)

    def address(self, symbol: str) -> int:
        addr = (self.engine.address(symbol) if isinstance(self.engine, objload.Image)
                else self.engine.get_function_address(symbol))  # type: ignore[attr-defined]
        if not addr:
            raise RuntimeError(f"compiled module lacks `{symbol}`")
        return int(addr)

    def _state(self) -> tuple[ctypes.c_void_p, FaultInfo, object, object]:
        """This thread's error slot and fault report (threads call at the same time)."""
        try:
            return self._local.state  # type: ignore[no-any-return]
        except AttributeError:
            err, info = ctypes.c_void_p(), FaultInfo()
            self._local.state = (err, info, ctypes.byref(err), ctypes.byref(info))
            return self._local.state  # type: ignore[no-any-return]

    def call(self, fn: ctypes.c_void_p, frame: ctypes.Structure) -> None:
        """Run the wrapper `fn` on `frame`; an Ember error or fault becomes a Python exception."""
        err, info, err_ref, info_ref = self._state()
        if self.guarded(fn, ctypes.byref(frame), err_ref, info_ref):
            loc = f"{info.file.decode()}:{info.line}:{info.col}: " if info.file else ""
            raise errors.exception(info.kind, loc + info.msg[:info.len].decode("utf-8", "replace"))
        if err.value:
            raise _error(err, self.codecs)

    def report(self, info_addr: int, err_addr: int) -> None:
        """For pyfast's entry points: raise the error at err_addr, else the fault."""
        if err_addr:
            raise _error(ctypes.c_void_p(err_addr), self.codecs)
        info = FaultInfo.from_address(info_addr)
        loc = f"{info.file.decode()}:{info.line}:{info.col}: " if info.file else ""
        raise errors.exception(info.kind, loc + info.msg[:info.len].decode("utf-8", "replace"))


def _error(err: ctypes.c_void_p, codecs: Codecs | None) -> BaseException:
    """The Python exception of an Ember error; an object it carries (an exception class
    with fields) gives the exception its fields as attributes (`e.code`)."""
    p, err.value = err.value, None
    e = values.EmErr.from_address(p)
    kind, msg = e.kind, e.msg
    text = values.str_read(msg) if msg else ""
    exc = errors.exception(kind, text)
    key = next((k for k in (codecs.structs if codecs is not None and e.obj else ())
                if k.rsplit("::", 1)[-1] == type(exc).__name__), None)
    if key is not None:
        assert codecs is not None
        codec = codecs(T.StructType(key))
        obj = codec.get(codec.ctype.from_address(e.obj), False)
        for name, _ in codecs.structs[key]:
            if name.isidentifier():  # not the hidden `args$str`
                setattr(exc, name, getattr(obj, name))
    values.err_free(p)
    return exc


def _shutdown(finish: Callable[[], None], engine: object) -> None:
    finish()
    if isinstance(engine, objload.Image):
        engine.close()
    del engine


def _param_ann(convention: str, t: T.Type) -> str:
    return f"{convention} {t}" if convention != "borrowed" else str(t)


Converter = Callable[[object], tuple[Any, Callable[[bool | None], None] | None]]


class Function:
    """A top-level function of a loaded module. A call fills a frame (a ctypes struct of
    the wrapper's arguments and result, exports.py) and runs it through the guard."""

    def __init__(self, rt: Runtime, export: Export, codecs: Codecs, module: str,
                 restore: Callable[[str, str], object], key: tuple[object, ...]) -> None:
        self._rt, self._export, self._restore, self._key = rt, export, restore, key
        self._fn = ctypes.c_void_p(rt.address(export.symbol))
        params = [(p, codecs(p.type)) for p in export.params]
        wheres = [f"{export.name}(): argument `{p.name}`" for p in export.params]
        self._convs = [_argument(c, p.convention, w) for (p, c), w in zip(params, wheres)]
        # (inout list, other lists): an inout list must not be another argument too
        lists = [i for i, p in enumerate(export.params) if isinstance(p.type, T.ListType)]
        self._exclusive = [(i, [j for j in lists if j != i]) for i in lists if export.params[i].convention == "inout"]
        # all scalars, passed by value: one conversion each and nothing to do afterwards
        self._fast = [_scalar_put(c, w) if p.convention != "inout" else None for (p, c), w in zip(params, wheres)]
        self._simple = all(f is not None for f in self._fast)
        self._ret = None if export.ret == T.NONE else codecs(export.ret)
        # numbers and Bool: ctypes reads the field as the Python value
        self._raw_ret = isinstance(export.ret, (T.IntType, T.FloatType, T.BoolType))
        fields = [(f"a{i}", ctypes.c_void_p if p.convention == "inout" else c.ctype) for i, (p, c) in enumerate(params)]
        if self._ret is not None:
            fields.append(("r", self._ret.ctype))
        self._Frame = type(f"Frame_{export.name}", (ctypes.Structure,), {"_fields_": fields})
        self._n = len(export.params)
        self.__name__ = self.__qualname__ = export.name
        self.__module__ = module
        self.__doc__ = export.doc
        self._signature: Any = None

    @property
    def __signature__(self) -> Any:
        """Made on first use: `inspect` costs a fresh process more than a cached load."""
        if self._signature is None:
            import inspect

            ex = self._export
            self._signature = inspect.Signature(
                [inspect.Parameter(p.name, inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                   annotation=_param_ann(p.convention, p.type),
                                   default=inspect.Parameter.empty if p.default == NO_DEFAULT else p.default)
                 for p in ex.params],
                return_annotation=str(ex.ret) if ex.ret != T.NONE else None)
        return self._signature

    def __repr__(self) -> str:
        return f"<ember function {self.__module__}.{self.__name__}{self.__signature__}>"

    def __reduce__(self) -> tuple[object, ...]:
        """By reference (module path, name, ...), never by code: the receiving process
        loads the module itself, from its on-disk cache when it can."""
        return self._restore, self._key

    def __call__(self, *args: object, **kwargs: object) -> object:
        return self._general(args, kwargs)

    def _general(self, args: tuple[object, ...], kwargs: dict[str, object]) -> object:
        if kwargs or len(args) != self._n:
            bound = self.__signature__.bind(*args, **kwargs)
            bound.apply_defaults()
            args = tuple(bound.arguments.values())
        if self._simple:
            frame = self._Frame(*[put(a) for put, a in zip(self._fast, args)])  # type: ignore[misc]
            self._rt.call(self._fn, frame)
        else:
            frame = self._call(args)
        ret = self._ret
        if ret is None:
            return None
        return frame.r if self._raw_ret else ret.get(frame.r, True)

    def _use_entry(self, symbol: str) -> None:
        """Call through pyfast's entry point: a C function for this object's class's
        `__call__` (a builtin: no binding); it falls back to `_general` itself."""
        name = self.__name__.encode()
        mdef = PyMethodDef(name, self._rt.address(symbol), _METH_FASTCALL, None)
        fallback = _Fallback(self)
        cfunc = _new_cfunction(ctypes.addressof(mdef), fallback, None)
        self._keep = (name, mdef, fallback)
        self.__class__ = type(f"Function[{self.__name__}]", (Function,), {"__call__": cfunc})

    def _call(self, args: tuple[object, ...]) -> ctypes.Structure:
        for i, others in self._exclusive:
            for j in others:
                if _same_data(args[i], args[j]):
                    ps = self._export.params
                    raise ValueError(
                        f"{self.__name__}(): argument `{ps[i].name}` is `inout` and also passed as `{ps[j].name}`: an "
                        f"`inout` argument must be the only reference to its data, as in Ember (pass a copy, "
                        f"`{ps[j].name}.copy()`)")
        vals: list[Any] = []
        afters: list[Callable[[bool | None], None]] = []
        state: bool | None = None  # None: not called (a bad argument), False: it raised
        try:
            for conv, a in zip(self._convs, args):
                v, after = conv(a)
                vals.append(v)
                if after is not None:
                    afters.append(after)
            frame = self._Frame(*vals)
            state = False
            self._rt.call(self._fn, frame)
            state = True
        finally:
            for after in afters:
                after(state)
        return frame


def _same_data(a: object, b: object) -> bool:
    """Whether two list arguments may be one list: the same object, or arrays whose
    memory may overlap (NumPy's bounds test: cheap, and never wrong the other way)."""
    if a is b:
        return True
    return isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and bool(np.may_share_memory(a, b))


class _Fallback:
    """`self` of a pyfast entry point: it calls this for arguments it does not take
    as they are, and `report` after a fault or a raised error."""

    __slots__ = ("fn",)

    def __init__(self, fn: Function) -> None:
        self.fn = fn

    def __call__(self, *args: object, **kwargs: object) -> object:
        return self.fn._general(args, kwargs)

    def report(self, info_addr: int, err_addr: int) -> None:
        self.fn._rt.report(info_addr, err_addr)


def _scalar_put(c: Codec, where: str) -> Callable[[object], object] | None:
    """A fast conversion for numbers and Bool (the exact Python type first), or None."""
    t = c.type
    match t:
        case T.IntType(bits=bits, signed=signed):
            lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)

            def put_int(v: object) -> object:
                return v if type(v) is int and lo <= v <= hi else c.put(v, where)  # type: ignore[operator]
            return put_int
        case T.FloatType():
            return lambda v: v if type(v) is float else c.put(v, where)
        case T.BoolType():
            return lambda v: v if type(v) is bool else c.put(v, where)
        case _:
            return None


def _argument(c: Codec, convention: str, where: str) -> Converter:
    """How one parameter takes its argument: (the frame's field, what to do after the
    call, told whether the call returned; None: nothing)."""
    t = c.type

    def lent_value(v: object) -> tuple[Any, Callable[[bool | None], None] | None]:
        cv = c.put(v, where)
        return cv, ((lambda ok: c.free(cv)) if c.owns else None)

    if convention == "owned":  # the callee takes the value
        return lambda v: (c.put(v, where), None)
    if convention == "borrowed":
        def borrowed(v: object) -> tuple[Any, Callable[[bool | None], None] | None]:
            lent = _lend_array(c, v, where)
            if lent is not None:
                return lent[0].value, lent[1]
            return lent_value(v)
        return borrowed
    assert convention == "inout"
    match t:
        case T.ListType():
            def inout_list(v: object) -> tuple[Any, Callable[[bool | None], None] | None]:
                if isinstance(v, np.ndarray):
                    lent = _lend_array(c, v, where, inout=True)
                    if lent is None:
                        raise TypeError(f"{where}: expected `inout {t}` (a 1-D array of "
                                        f"{values.dtype_of(t.elem)} or a list), got {v.dtype} with {v.ndim} dimension(s)")
                    return ctypes.addressof(lent[0]), lent[1]
                if not isinstance(v, list):
                    raise TypeError(f"{where}: expected `inout {t}`: a list or a NumPy array (it is written "
                                    f"back), got {type(v).__name__}")

                def refill(new: object) -> None:
                    v[:] = new.tolist() if isinstance(new, np.ndarray) else new
                return _written_back(c, v, where, refill)
            return inout_list
        case T.SetType() | T.DictType():
            def inout_set(v: object) -> tuple[Any, Callable[[bool | None], None] | None]:
                kind = set if isinstance(t, T.SetType) else dict
                if not isinstance(v, kind):
                    raise TypeError(f"{where}: expected `inout {t}`: a {kind.__name__} (it is written back), "
                                    f"got {type(v).__name__}")

                def refill(new: object) -> None:
                    v.clear()
                    v.update(new)
                return _written_back(c, v, where, refill)
            return inout_set
        case T.StructType():
            def inout_struct(v: object) -> tuple[Any, Callable[[bool | None], None] | None]:
                s = c.put(v, where)

                def back(ok: bool | None) -> None:
                    if ok is None:
                        c.free(s)
                    elif ok:
                        new = c.get(s, True)
                        for f, _ in type(v)._ember_fields:  # type: ignore[attr-defined]
                            object.__setattr__(v, f, getattr(new, f))
                return ctypes.addressof(s), back  # type: ignore[arg-type]
            return inout_struct
        case _:
            def immutable(v: object) -> tuple[Any, Callable[[bool | None], None] | None]:
                raise TypeError(f"{where} is `inout {t}`: Python's {type(v).__name__} cannot be changed in place "
                                "(pass a list, a NumPy array or a struct)")
            return immutable


def _written_back(c: Codec, v: object, where: str, refill: Callable[[object], None]) -> tuple[Any, Callable[[bool | None], None]]:
    """An `inout` list, set or dict made from `v`: the address of a variable holding it,
    and what runs after the call: the result put back into `v` by `refill` if the call
    returned, freed if it never ran."""
    s = ctypes.c_void_p(c.put(v, where))

    def back(ok: bool | None) -> None:
        if ok:
            refill(c.get(s.value, True))
        elif ok is None:
            c.free(s.value)
    return ctypes.addressof(s), back


def _lend_array(c: Codec, v: object, where: str, inout: bool = False) -> tuple[Any, Callable[[bool | None], None]] | None:
    """A NumPy array lent without a copy: 1-D as `[number]`, 2-D C-contiguous rows as
    `[[number]]`. None when `v` is not such an array (the caller converts it)."""
    if not isinstance(v, np.ndarray) or not isinstance(c.type, T.ListType):
        return None
    e = c.type.elem
    dt = values.dtype_of(e)
    if dt is not None and v.ndim == 1 and v.dtype == dt:
        arr = v if v.flags.c_contiguous and (v.flags.writeable or not inout) else np.ascontiguousarray(v)
        if inout and not v.flags.writeable:
            raise TypeError(f"{where}: `inout` needs a writeable array")
        p = values.foreign_list(arr)
        s = ctypes.c_void_p(p)

        def done(ok: bool | None) -> None:
            _settle_row(s.value, p, arr, c.parts[0], where, ok and inout)
            if ok and inout and arr is not v:
                v[...] = arr
        return s, done
    edt = values.dtype_of(e.elem) if isinstance(e, T.ListType) else None
    if edt is not None and v.ndim == 2 and v.dtype == edt and v.flags.c_contiguous:
        if inout and not v.flags.writeable:
            raise TypeError(f"{where}: `inout` needs a writeable array")
        rows = [values.foreign_list(r) for r in v]
        outer = values.malloc(ctypes.sizeof(EmList))
        data = values.malloc(max(1, 8 * len(rows)))
        (ctypes.c_void_p * len(rows)).from_address(data)[:] = rows
        head = EmList.from_address(outer)
        head.len, head.cap, head.data, head.front = len(rows), -1, data, 0
        s = ctypes.c_void_p(outer)
        rc = c.parts[0]

        def done2(ok: bool | None) -> None:
            if ok is False and inout:  # a fault: the rows may be half changed
                return
            if s.value != outer:  # replaced whole (`m = [...]`): the old rows are freed
                new = c.get(s.value, True) if s.value else []
                if len(new) != len(v) or any(len(r) != v.shape[1] for r in new):
                    raise ValueError(f"{where}: the call resized a NumPy array")
                v[...] = np.array(new, dtype=v.dtype).reshape(v.shape)
                return
            cur = (ctypes.c_void_p * len(rows)).from_address(data)
            problem = None
            for i, r in enumerate(rows):
                try:
                    _settle_row(cur[i], r, v[i], rc.parts[0], where, ok and inout)
                except ValueError as e:
                    problem = problem or e
            values.free(data)
            values.free(outer)
            if problem:
                raise problem
        return s, done2
    return None


def _settle_row(now: int | None, lent: int, arr: np.ndarray, ec: Codec, where: str, write: bool) -> None:
    """After a call: free the header lent over `arr`. If the callee replaced the list
    (`xs = [...]`), an equal-length result is copied into the array, else ValueError."""
    if now == lent:
        values.free(lent)
        return
    lc = Codec(T.ListType(ec.type), ctypes.c_void_p, ec.classes, [ec])
    new = lc.get(now, True) if now else np.empty(0, arr.dtype)
    if write:
        if len(new) != len(arr):
            raise ValueError(f"{where}: the call resized a NumPy array (length {len(arr)} -> {len(new)})")
        arr[...] = new


def bind(objects: Sequence[bytes], iface: Interface, name: str, restore: Callable[..., object],
         cpu: str | None = None, loader: str = "auto") -> types.ModuleType:
    """A Python module with the functions and struct classes of a compiled module.
    `restore(path, fn_name)` is how an unpickled function finds itself again."""
    mod = types.ModuleType(name, f"Ember module {iface.path}")
    mod.__file__ = iface.path
    classes: dict[str, type] = {}
    for sname, fields in iface.structs:
        classes[sname] = values.make_class(sname, fields, name)
        if "::" not in sname:
            setattr(mod, sname, classes[sname])
    codecs = Codecs(iface.struct_fields, classes)
    rt = Runtime(objects, cpu, loader)
    rt.codecs = codecs
    instances: dict[tuple[str, tuple[str, ...]], Function] = {}
    for ex in iface.exports:
        types_ = tuple(str(p.type) for p in ex.params)
        f = Function(rt, ex, codecs, name, restore, (iface.path, ex.name, types_ if "#" in ex.key else None))
        if (fast := fast_symbol(ex)) is not None:
            f._use_entry(fast)
        if "#" in ex.key:  # an instance of a template, by its argument types (ember.jit)
            instances[(ex.name, types_)] = f
        else:
            setattr(mod, ex.name, f)
    mod.__ember_instances__ = instances
    mod.__ember_skipped__ = dict(iface.skipped)
    mod.__getattr__ = _skipped_attr(mod.__name__, mod.__ember_skipped__)  # type: ignore[method-assign]
    mod.__ember_loader__ = rt.loader  # which linked it: objload, or LLVM's JIT where objload refused
    if iface.run_top:
        rt.call(ctypes.c_void_p(rt.address(TOP)), (ctypes.c_char * 8)())
    return mod


def _skipped_attr(module: str, skipped: dict[str, str]):  # noqa: ANN202
    """The module's `__getattr__` (PEP 562): a function Python cannot call says why."""
    def missing(name: str) -> object:
        if name in skipped:
            raise AttributeError(f"`{name}` of {module} cannot be called from Python: {skipped[name]}")
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    return missing
