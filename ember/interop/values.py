"""Python values to Ember's memory and back (LANGUAGE.md §12), through ctypes.

Layouts (rt.h, codegen/emit/types.py): numbers and Bool as C scalars, `str` an `EmStr*`
{len, is_static, bytes NUL}, `[T]` an `EmList*` {len, cap, data}, tuples and structs C
structs of their fields. Memory comes from the C library's malloc, as in the runtime, so
either side may free what the other made.

A `dict[K, V]` is an `EmDict*` {len, used, cap, mask, entries, index}: entries {uint64
hash, K, V} in insertion order and an index of entry numbers (linear probing), built and
read here with the hashes codegen/emit/dicts.py uses (`_dict_hash`).

A `set[T]` of numbers, Bool or str is an `EmSet*` {used, fill, mask, finger, table}: its
table (slots of {int64 hash, T}) is built here as CPython's `set(s)` builds a copy (room
for twice the elements, each put in clean), with the hashes rt.c uses: Python's own
`hash` for numbers and Bool, Ember's for str (`_str_hash`).

A 1-D NumPy array of the element's dtype crosses as a *foreign* list: a header whose
negative `cap` tells the runtime the storage is NumPy's (it may change elements, never
the length). Results of `[number]` become NumPy arrays that own the list's storage.
"""
from __future__ import annotations

import collections
import ctypes
import numbers
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ember.types import types as T

_libc = ctypes.CDLL(None)
malloc = _libc.malloc
malloc.restype, malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
free = _libc.free
free.restype, free.argtypes = None, [ctypes.c_void_p]


class EmList(ctypes.Structure):
    _fields_ = [("len", ctypes.c_int64), ("cap", ctypes.c_int64), ("data", ctypes.c_void_p), ("front", ctypes.c_int64)]


class EmStrHead(ctypes.Structure):
    _fields_ = [("len", ctypes.c_int64), ("is_static", ctypes.c_int64)]


class EmErrObj(ctypes.Structure):
    _fields_ = [("size", ctypes.c_int64), ("drop", ctypes.c_void_p), ("copy", ctypes.c_void_p)]


class EmErr(ctypes.Structure):
    _fields_ = [("kind", ctypes.c_int64), ("msg", ctypes.c_void_p), ("obj", ctypes.c_void_p),
                ("type", ctypes.c_void_p), ("repr", ctypes.c_void_p)]


_DROP = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


def err_free(p: int) -> None:
    """rt.c's ember_err_free: the message, an exception object (dropped by its type's
    function, compiled code), its repr, then the error."""
    e = EmErr.from_address(p)
    str_free(e.msg)
    if e.obj:
        drop = EmErrObj.from_address(e.type).drop
        if drop:
            _DROP(drop)(e.obj)
        free(e.obj)
        str_free(e.repr)
    free(p)


_STR_DATA = ctypes.sizeof(EmStrHead)
_LIST_SIZE = ctypes.sizeof(EmList)


def _int_ctype(t: T.IntType) -> type:
    return {(8, True): ctypes.c_int8, (16, True): ctypes.c_int16, (32, True): ctypes.c_int32,
            (64, True): ctypes.c_int64, (8, False): ctypes.c_uint8, (16, False): ctypes.c_uint16,
            (32, False): ctypes.c_uint32, (64, False): ctypes.c_uint64}[(t.bits, t.signed)]


class EmNumber(ctypes.Structure):
    """Python's `int | float` (types.NumberType): whether a float, and the int's or the
    float's 64 bits."""

    _fields_ = [("f0", ctypes.c_bool), ("f1", ctypes.c_int64)]


def dtype_of(t: T.Type) -> np.dtype | None:
    """The NumPy dtype whose arrays are `[t]` without a copy, or None."""
    match t:
        case T.IntType(bits=b, signed=s):
            return np.dtype(f"{'i' if s else 'u'}{b // 8}")
        case T.FloatType(bits=b):
            return np.dtype(np.float32 if b == 32 else np.float64)
        case T.BoolType():
            return np.dtype(np.bool_)
        case _:
            return None


class _Owner:
    """The base of a result array: exposes the list's storage to NumPy, frees it when the
    array (and every view of it) is gone."""

    __slots__ = ("__array_interface__", "_ptr")

    def __init__(self, ptr: int, n: int, dtype: np.dtype, front: int = 0) -> None:
        self._ptr = ptr - front  # the storage starts `front` bytes before the first element (rt.h EmList)
        self.__array_interface__ = {"shape": (n,), "typestr": dtype.str, "data": (ptr, False), "version": 3}

    def __del__(self) -> None:
        free(self._ptr)


def str_new(s: str) -> int:
    data = s.encode("utf-8", "surrogatepass")
    p = malloc(_STR_DATA + len(data) + 1)
    if not p:
        raise MemoryError("out of memory")
    ctypes.memmove(p + _STR_DATA, data + b"\0", len(data) + 1)
    head = EmStrHead.from_address(p)
    head.len, head.is_static = len(data), 0
    return p


def str_read(p: int) -> str:
    n = EmStrHead.from_address(p).len
    return ctypes.string_at(p + _STR_DATA, n).decode("utf-8", "surrogatepass")


def str_free(p: int | None) -> None:
    if p and not EmStrHead.from_address(p).is_static:
        free(p)


def _sub(where: str, part: str) -> str:
    """`f(): argument `xs`` and "[1]" -> `f(): argument `xs[1]``: a part of an argument."""
    return where[:-1] + part + "`" if where.endswith("`") else where + part


def _type_name(v: object) -> str:
    return type(v).__name__ if not isinstance(v, np.ndarray) else f"ndarray of {v.dtype} with {v.ndim} dimension(s)"


@dataclass
class Codec:
    """How values of one Ember type are written, read and freed."""

    type: T.Type
    ctype: Any  # the ctypes type of one value in memory
    classes: dict[str, type]
    parts: list[Codec] = field(default_factory=list)  # of the elements (list) or fields (tuple, struct)
    slot: Any = None  # a set's table slot {hash, element}, a dict's entry {hash, key, value} (ctypes)

    # ---- writing (Python -> memory): returns what a ctypes field of `ctype` accepts
    def put(self, v: object, where: str) -> object:
        t = self.type
        match t:
            case T.IntType():
                if isinstance(v, bool) or not isinstance(v, numbers.Integral):
                    raise TypeError(f"{where}: expected `{t}` (an int), got {_type_name(v)}")
                lo, hi = (-(1 << (t.bits - 1)), (1 << (t.bits - 1)) - 1) if t.signed else (0, (1 << t.bits) - 1)
                if not lo <= int(v) <= hi:
                    raise OverflowError(f"{where}: {v} does not fit in `{t}`")
                return int(v)
            case T.FloatType():
                if isinstance(v, bool) or not isinstance(v, numbers.Real):
                    raise TypeError(f"{where}: expected `{t}` (a float), got {_type_name(v)}")
                return float(v)
            case T.NumberType():
                if isinstance(v, bool) or not isinstance(v, numbers.Real):
                    raise TypeError(f"{where}: expected an int or a float, got {_type_name(v)}")
                if isinstance(v, numbers.Integral):
                    if not -(1 << 63) <= int(v) < (1 << 63):
                        raise OverflowError(f"{where}: {v} does not fit in `Int`")
                    return EmNumber(False, int(v))
                return EmNumber(True, struct.unpack("<q", struct.pack("<d", float(v)))[0])
            case T.BoolType():
                if not isinstance(v, (bool, np.bool_)):
                    raise TypeError(f"{where}: expected `Bool`, got {_type_name(v)}")
                return bool(v)
            case T.NoneType():
                if v is not None:
                    raise TypeError(f"{where}: expected None, got {_type_name(v)}")
                return 0
            case T.StrType():
                if not isinstance(v, str):
                    raise TypeError(f"{where}: expected `str`, got {_type_name(v)}")
                return str_new(v)
            case T.ListType(elem=e):
                return self._put_list(v, e, where)
            case T.DictType():
                if not isinstance(v, dict):
                    raise TypeError(f"{where}: expected `{t}` (a dict), got {_type_name(v)}")
                return dict_new(v, self.parts, self.slot, where)
            case T.SetType(elem=e):
                if not isinstance(v, (set, frozenset)):
                    raise TypeError(f"{where}: expected `{t}` (a set), got {_type_name(v)}")
                return set_new(v, self.parts[0], self.slot, where)
            case T.TupleType(elems=es):
                if not isinstance(v, tuple) or len(v) != len(es):
                    raise TypeError(f"{where}: expected `{t}` (a tuple of {len(es)}), got {_type_name(v)}")
                return self._put_fields(v, where, [_sub(where, f"[{i}]") for i in range(len(es))])
            case T.OptionalType():  # None: the zero value (flag clear)
                if v is None:
                    return self.ctype()
                return self._put_fields((True, v), where, [where, where])
            case T.StructType(name=n):
                cls = self.classes[n]
                if not isinstance(v, cls):
                    raise TypeError(f"{where}: expected `{t}` (an instance of {cls.__qualname__}), got {_type_name(v)}")
                fields = [f for f, _ in cls._ember_fields]
                return self._put_fields(tuple(getattr(v, f) for f in fields), where,
                                        [_sub(where, f".{f}") for f in fields])
            case _:
                raise TypeError(f"{where}: values of type `{t}` cannot come from Python")

    def _put_fields(self, vs: tuple, where: str, names: list[str]) -> object:
        out = self.ctype()
        done = []
        try:
            for i, (c, v) in enumerate(zip(self.parts, vs)):
                setattr(out, f"f{i}", c.put(v, names[i]))
                done.append(c)
        except BaseException:
            for i, c in enumerate(done):
                c.free(getattr(out, f"f{i}"))
            raise
        return out

    def _put_list(self, v: object, e: T.Type, where: str) -> int:
        ec = self.parts[0]
        if isinstance(v, np.ndarray):
            dt = dtype_of(e)
            if dt is None or v.dtype != dt or v.ndim != 1:
                raise TypeError(f"{where}: expected `{self.type}` (a 1-D array of {dt} or a list), "
                                f"got {_type_name(v)}")
            flat = np.ascontiguousarray(v)  # (named: a strided array's copy must outlive the copy into the list)
            return list_new(len(v), ec, lambda data: ctypes.memmove(data, flat.ctypes.data, v.nbytes))
        if not isinstance(v, (list, tuple)):
            raise TypeError(f"{where}: expected `{self.type}` (a list), got {_type_name(v)}")
        dt = dtype_of(e)
        if dt is not None:  # numbers: checked (no mixed lists), stored at once
            arr = _exact_array(v, e, dt)
            if arr is None:  # one by one, for the message that names the element
                arr = np.array([ec.put(x, _sub(where, f"[{i}]")) for i, x in enumerate(v)], dtype=dt)
            return list_new(len(v), ec, lambda data: ctypes.memmove(data, arr.ctypes.data, arr.nbytes))

        def fill(data: int) -> None:
            size = ctypes.sizeof(ec.ctype)
            for i, x in enumerate(v):
                try:
                    cv = ec.put(x, _sub(where, f"[{i}]"))
                except BaseException:
                    for j in range(i):
                        ec.free_at(data + j * size)
                    raise
                if isinstance(cv, ctypes.Structure):
                    ctypes.memmove(data + i * size, ctypes.addressof(cv), size)
                else:
                    ec.ctype.from_address(data + i * size).value = cv
        return list_new(len(v), ec, fill)

    # ---- reading (memory -> Python)
    def get(self, cv: object, take: bool) -> object:
        """The Python value of `cv` (a ctypes field's value); `take`: free it too."""
        t = self.type
        match t:
            case T.IntType() | T.FloatType():
                return cv
            case T.NumberType():
                return struct.unpack("<d", struct.pack("<q", cv.f1))[0] if cv.f0 else cv.f1  # type: ignore[attr-defined]
            case T.BoolType():
                return bool(cv)
            case T.NoneType():
                return None
            case T.StrType():
                s = str_read(cv)  # type: ignore[arg-type]
                if take:
                    str_free(cv)  # type: ignore[arg-type]
                return s
            case T.ListType(elem=e):
                return self._get_list(cv, e, take)  # type: ignore[arg-type]
            case T.SetType():
                return set_read(cv, self.parts[0], self.slot, take)  # type: ignore[arg-type]
            case T.DictType(default=kind):  # a Counter or defaultdict comes back as one
                d = dict_read(cv, self.parts, self.slot, take)  # type: ignore[arg-type]
                if kind == "Counter":
                    return collections.Counter(d)
                return collections.defaultdict(_FACTORIES[kind], d) if kind else d
            case T.TupleType():
                return tuple(c.get(getattr(cv, f"f{i}"), take) for i, c in enumerate(self.parts))
            case T.OptionalType():
                return self.parts[1].get(cv.f1, take) if cv.f0 else None
            case T.StructType(name=n):
                cls = self.classes[n]
                return cls(*(c.get(getattr(cv, f"f{i}"), take) for i, c in enumerate(self.parts)))
            case _:
                raise TypeError(f"values of type `{t}` cannot go to Python")

    def _get_list(self, p: int, e: T.Type, take: bool) -> object:
        head = EmList.from_address(p)
        n, data, foreign, front = head.len, head.data, head.cap < 0, head.front
        ec = self.parts[0]
        dt = dtype_of(e)
        if dt is not None:
            if take and not foreign and n > 0:
                arr = np.asarray(_Owner(data, n, dt, front))
                free(p)
                return arr
            arr = np.ctypeslib.as_array((ctypes.c_char * (n * dt.itemsize)).from_address(data)).view(dt).copy() \
                if n else np.empty(0, dt)
            if take:
                if not foreign and data:
                    free(data - front)
                free(p)
            return arr
        size = ctypes.sizeof(ec.ctype)
        out = [ec.get_at(data + i * size, take) for i in range(n)]
        if take:
            if not foreign and data:
                free(data - front)
            free(p)
        return out

    def get_at(self, addr: int, take: bool) -> object:
        cv = self.ctype.from_address(addr)
        return self.get(cv if isinstance(cv, ctypes.Structure) else cv.value, take)

    # ---- freeing
    def free(self, cv: object) -> None:
        match self.type:
            case T.StrType():
                str_free(cv)  # type: ignore[arg-type]
            case T.ListType():
                list_free(cv, self.parts[0])  # type: ignore[arg-type]
            case T.SetType() | T.DictType():
                if any(c.owns for c in self.parts):  # read (and so freed) element by element
                    self.get(cv, True)
                else:
                    head = EmDict.from_address(cv) if isinstance(self.type, T.DictType) else None  # type: ignore[arg-type]
                    if head is not None:
                        free(head.entries)
                        free(head.index)
                    else:
                        free(EmSet.from_address(cv).table)  # type: ignore[arg-type]
                    free(cv)  # type: ignore[arg-type]
            case T.TupleType() | T.StructType() | T.OptionalType():
                for i, c in enumerate(self.parts):  # a None's payload is zero: freeing it is a no-op
                    c.free(getattr(cv, f"f{i}"))
            case _:
                pass

    def free_at(self, addr: int) -> None:
        if self.owns:
            cv = self.ctype.from_address(addr)
            self.free(cv if isinstance(cv, ctypes.Structure) else cv.value)

    @property
    def owns(self) -> bool:
        match self.type:
            case T.StrType() | T.ListType() | T.SetType() | T.DictType():
                return True
            case T.TupleType() | T.StructType() | T.OptionalType():
                return any(c.owns for c in self.parts)
            case _:
                return False


_EXACT = {T.INT: frozenset({int}), T.F64: frozenset({int, float}), T.BOOL: frozenset({bool})}


def _exact_array(v: list | tuple, e: T.Type, dt: np.dtype) -> np.ndarray | None:
    """`v` as an array of `e` at NumPy's speed where every element is a plain Python `int`,
    `float` or `bool` that `put` would take as it is (a 2M-element list: milliseconds, not
    seconds); None where one may not be (the caller checks them one by one)."""
    kinds = _EXACT.get(e)
    if kinds is None or not set(map(type, v)) <= kinds:
        return None
    try:
        return np.array(v, dtype=dt)
    except (OverflowError, ValueError, TypeError):  # an int out of range: `put` names it
        return None


def list_new(n: int, ec: Codec, fill: Callable[[int], object]) -> int:
    """A new list of n elements of `ec`'s type; `fill(data)` writes them."""
    size = ctypes.sizeof(ec.ctype)
    p = malloc(_LIST_SIZE)
    data = malloc(max(1, n * size)) if n else None
    if not p or (n and not data):
        raise MemoryError("out of memory")
    try:
        if n:
            fill(data)
    except BaseException:
        free(data)
        free(p)
        raise
    head = EmList.from_address(p)
    head.len, head.cap, head.data, head.front = n, n, data, 0
    return p


def list_free(p: int | None, ec: Codec) -> None:
    if not p:
        return
    head = EmList.from_address(p)
    if ec.owns:
        size = ctypes.sizeof(ec.ctype)
        for i in range(head.len):
            ec.free_at(head.data + i * size)
    if head.cap >= 0 and head.data:
        free(head.data - head.front)
    free(p)


_M64 = (1 << 64) - 1
_EMPTY, _DUMMY = -(1 << 63), -1  # rt.c SET_EMPTY, SET_DUMMY


class EmSet(ctypes.Structure):
    _fields_ = [("used", ctypes.c_int64), ("fill", ctypes.c_int64), ("mask", ctypes.c_int64),
                ("finger", ctypes.c_int64), ("table", ctypes.c_void_p)]


def _str_hash(s: str) -> int:
    """rt.c's ember_pyhash_str: FNV-1a of the UTF-8 bytes, splitmix64's finalizer."""
    h = 0xcbf29ce484222325
    for c in s.encode("utf-8", "surrogatepass"):
        h = ((h ^ c) * 0x100000001b3) & _M64
    h ^= h >> 30
    h = (h * 0xbf58476d1ce4e5b9) & _M64
    h ^= h >> 27
    h = (h * 0x94d049bb133111eb) & _M64
    h ^= h >> 31
    h = 0 if h == _M64 else h - (1 << 64) if h >> 63 else h
    return -2 if h in (-1, _EMPTY) else h


def set_new(v: set | frozenset, ec: Codec, slot: type, where: str) -> int:
    """A new EmSet of the elements of `v` (module docstring); `slot`: its table's slot."""
    size = ctypes.sizeof(slot)
    n = len(v)
    slots = 8
    if n * 5 >= 7 * 3:  # rt.c ember_set_merge into an empty set: room for twice as many
        while slots <= 2 * n:
            slots <<= 1
    mask = slots - 1
    items = list(v)
    hashes = [_str_hash(x) for x in items] if ec.type == T.STR else [hash(x) for x in items]
    taken = bytearray(slots)
    at = [_clean_slot(taken, mask, h) for h in hashes]
    table = malloc(slots * size)
    p = malloc(ctypes.sizeof(EmSet))
    if not table or not p:
        raise MemoryError("out of memory")
    dt = dtype_of(ec.type)
    keys = _exact_array(items, ec.type, dt) if dt is not None else None
    if keys is not None:  # numbers: the whole table at NumPy's speed
        rows = np.zeros(slots, dtype=_records(slot, [np.int64, dt]))
        rows["hash"] = _EMPTY
        rows["hash"][at] = hashes
        rows["key"][at] = keys
        ctypes.memmove(table, rows.ctypes.data, slots * size)
    else:
        for i in range(slots):
            slot.from_address(table + i * size).hash = _EMPTY
        try:
            for k, (x, h, j) in enumerate(zip(items, hashes, at)):
                s = slot.from_address(table + j * size)
                s.key = ec.put(x, where)
                s.hash = h
        except BaseException:
            for j in at[:k]:
                ec.free_at(table + j * size + slot.key.offset)
            free(table)
            free(p)
            raise
    head = EmSet.from_address(p)
    head.used, head.fill, head.mask, head.finger, head.table = n, n, mask, 0, table
    return p


def _clean_slot(taken: bytearray, mask: int, h: int) -> int:
    """rt.c set_insert_clean's probe: the first free slot of hash `h` (now taken)."""
    i, perturb = h & mask, h & _M64
    while True:
        probes = 9 if i + 9 <= mask else 0
        for j in range(i, i + probes + 1):
            if not taken[j]:
                taken[j] = 1
                return j
        perturb >>= 5
        i = (i * 5 + 1 + perturb) & mask


def _records(struct: type, formats: list) -> np.dtype:
    """The NumPy record type laid out as the ctypes `struct` (a set's slot, a dict's entry)."""
    names = [name for name, _ in struct._fields_]
    return np.dtype({"names": names, "formats": formats, "offsets": [getattr(struct, n).offset for n in names],
                     "itemsize": ctypes.sizeof(struct)})


def _rows(addr: int, n: int, struct: type, formats: list) -> np.ndarray:
    """A copy of n records of `struct` at `addr`."""
    dt = _records(struct, formats)
    return np.frombuffer((ctypes.c_char * (n * dt.itemsize)).from_address(addr), dtype=dt).copy() if n \
        else np.zeros(0, dtype=dt)


def set_read(p: int, ec: Codec, slot: type, take: bool) -> set:
    """The Python set of an EmSet's elements; `take`: free it too."""
    head = EmSet.from_address(p)
    size, off = ctypes.sizeof(slot), slot.key.offset
    dt = dtype_of(ec.type)
    if dt is not None:  # numbers: the whole table at NumPy's speed
        rows = _rows(head.table, head.mask + 1, slot, [np.int64, dt])
        out = set(rows["key"][(rows["hash"] != _EMPTY) & (rows["hash"] != _DUMMY)].tolist())
    else:
        out = set()
        for i in range(head.mask + 1):
            at = head.table + i * size
            if ctypes.c_int64.from_address(at).value not in (_EMPTY, _DUMMY):
                out.add(ec.get_at(at + off, take))
    if take:
        free(head.table)
        free(p)
    return out


_FACTORIES = {"int": int, "float": float, "str": str, "bool": bool, "list": list, "set": set}


class EmDict(ctypes.Structure):
    _fields_ = [("len", ctypes.c_int64), ("used", ctypes.c_int64), ("cap", ctypes.c_int64), ("mask", ctypes.c_int64),
                ("entries", ctypes.c_void_p), ("index", ctypes.c_void_p)]


def _mix(x: int) -> int:
    """rt.c ember_hash_i64 (splitmix64's finalizer) of the 64 bits of `x`."""
    x &= _M64
    x ^= x >> 30
    x = (x * 0xbf58476d1ce4e5b9) & _M64
    x ^= x >> 27
    x = (x * 0x94d049bb133111eb) & _M64
    x ^= x >> 31
    return 0 if x == _M64 else x


def _dict_hash(t: T.Type, v: object) -> int:
    """A dict key's hash as codegen/emit/dicts.py `hash_of` makes it."""
    match t:
        case T.IntType() | T.BoolType():
            return _mix(int(v))  # type: ignore[call-overload]
        case T.FloatType():
            x = float(v) or 0.0  # -0.0 as 0.0  # type: ignore[arg-type]
            return _mix(int.from_bytes(struct.pack("<d", x), "little"))
        case T.StrType():
            h = 0xcbf29ce484222325
            for c in str(v).encode("utf-8", "surrogatepass"):
                h = ((h ^ c) * 0x100000001b3) & _M64
            return _mix(h)
        case T.TupleType(elems=els):
            h = 0x345678
            for et, x in zip(els, v):  # type: ignore[call-overload]
                h = _mix(((h * 1000003) & _M64) ^ _dict_hash(et, x))
            return h
        case _:
            raise TypeError(f"`{t}` is no dict key")


def dict_new(v: dict, parts: list[Codec], entry: type, where: str) -> int:
    """A new EmDict of `v`'s items in its order (module docstring)."""
    kc, vc = parts
    n, size = len(v), ctypes.sizeof(entry)
    p = malloc(ctypes.sizeof(EmDict))
    if not p:
        raise MemoryError("out of memory")
    head = EmDict.from_address(p)
    head.len = head.used = head.cap = head.mask = 0
    head.entries = head.index = None
    if not n:
        return p
    slots = 8
    while slots * 2 < n * 3:  # rt.c ember_dict_reserve: the index at most 2/3 full
        slots *= 2
    entries, index = malloc(n * size), malloc(slots * 8)
    if not entries or not index:
        raise MemoryError("out of memory")
    if _dict_numbers(v, kc.type, vc.type, entry, entries, index, slots):
        head.len = head.used = head.cap = n
        head.mask, head.entries, head.index = slots - 1, entries, index
        return p
    ctypes.memset(index, 0xff, slots * 8)  # DICT_EMPTY
    done = 0
    try:
        for i, (k, x) in enumerate(v.items()):
            e = entry.from_address(entries + i * size)
            e.hash = _dict_hash(kc.type, k)
            e.key = kc.put(k, _sub(where, f"[{k!r}] key"))
            try:
                e.value = vc.put(x, _sub(where, f"[{k!r}]"))
            except BaseException:
                kc.free_at(entries + i * size + entry.key.offset)
                raise
            done += 1
            j = e.hash & (slots - 1)
            while ctypes.c_int64.from_address(index + j * 8).value != -1:
                j = (j + 1) & (slots - 1)
            ctypes.c_int64.from_address(index + j * 8).value = i
    except BaseException:
        for i in range(done):
            kc.free_at(entries + i * size + entry.key.offset)
            vc.free_at(entries + i * size + entry.value.offset)
        free(entries)
        free(index)
        free(p)
        raise
    head.len = head.used = head.cap = n
    head.mask, head.entries, head.index = slots - 1, entries, index
    return p


def _dict_numbers(v: dict, kt: T.Type, vt: T.Type, entry: type, entries: int, index: int, slots: int) -> bool:
    """`dict_new`'s entries and index at NumPy's speed when keys and values are plain
    numbers (or Bool); False (nothing written) otherwise."""
    kdt, vdt = dtype_of(kt), dtype_of(vt)
    if kdt is None or vdt is None:
        return False
    keys, vals = _exact_array(list(v.keys()), kt, kdt), _exact_array(list(v.values()), vt, vdt)
    if keys is None or vals is None:
        return False
    if isinstance(kt, T.FloatType):
        f = keys.astype(np.float64)
        bits = np.where(f == 0.0, 0.0, f).view(np.uint64)  # -0.0 as 0.0
    elif isinstance(kt, T.IntType) and not kt.signed:
        bits = keys.astype(np.uint64)
    else:
        bits = keys.astype(np.int64).view(np.uint64)
    with np.errstate(over="ignore"):  # splitmix64's finalizer, wrapping as in C (rt.c ember_hash_i64)
        h = bits ^ (bits >> np.uint64(30))
        h = h * np.uint64(0xbf58476d1ce4e5b9)
        h = h ^ (h >> np.uint64(27))
        h = h * np.uint64(0x94d049bb133111eb)
        h = h ^ (h >> np.uint64(31))
    h[h == np.uint64(_M64)] = 0
    rows = np.zeros(len(v), dtype=_records(entry, [np.uint64, kdt, vdt]))
    rows["hash"], rows["key"], rows["value"] = h, keys, vals
    mask = slots - 1
    slot_of = [-1] * slots
    for i, x in enumerate(h.tolist()):  # linear probing, as rt.c dict_index
        j = x & mask
        while slot_of[j] != -1:
            j = (j + 1) & mask
        slot_of[j] = i
    positions = np.array(slot_of, dtype=np.int64)  # (named: it must outlive the copy)
    ctypes.memmove(entries, rows.ctypes.data, rows.nbytes)
    ctypes.memmove(index, positions.ctypes.data, slots * 8)
    return True


def dict_read(p: int, parts: list[Codec], entry: type, take: bool) -> dict:
    """The Python dict of an EmDict's entries, in insertion order; `take`: free it too."""
    kc, vc = parts
    head = EmDict.from_address(p)
    size = ctypes.sizeof(entry)
    kdt, vdt = dtype_of(kc.type), dtype_of(vc.type)
    if kdt is not None and vdt is not None:  # numbers: all entries at NumPy's speed
        rows = _rows(head.entries, head.used, entry, [np.uint64, kdt, vdt])
        live = rows[rows["hash"] != np.uint64(_M64)]  # DICT_DEAD: a deleted entry
        out = dict(zip(live["key"].tolist(), live["value"].tolist()))
    else:
        out = {}
        for i in range(head.used):
            at = head.entries + i * size
            if ctypes.c_uint64.from_address(at).value != _M64:
                k = kc.get_at(at + entry.key.offset, take)
                out[k] = vc.get_at(at + entry.value.offset, take)
    if take:
        free(head.entries)
        free(head.index)
        free(p)
    return out


def foreign_list(arr: np.ndarray) -> int:
    """A header over the storage of a C-contiguous 1-D array (see the module docstring)."""
    p = malloc(_LIST_SIZE)
    if not p:
        raise MemoryError("out of memory")
    head = EmList.from_address(p)
    head.len, head.cap, head.data, head.front = len(arr), -1, arr.ctypes.data, 0
    return p


class Codecs:
    """One codec per type, built on first use; struct classes made by `make_class`."""

    def __init__(self, structs: dict[str, tuple[tuple[str, T.Type], ...]], classes: dict[str, type]) -> None:
        self.structs, self.classes = structs, classes
        self._made: dict[T.Type, Codec] = {}

    def __call__(self, t: T.Type) -> Codec:
        if t in self._made:
            return self._made[t]
        match t:
            case T.IntType():
                c = Codec(t, _int_ctype(t), self.classes)
            case T.FloatType(bits=b):
                c = Codec(t, ctypes.c_float if b == 32 else ctypes.c_double, self.classes)
            case T.BoolType():
                c = Codec(t, ctypes.c_bool, self.classes)
            case T.NumberType():
                c = Codec(t, EmNumber, self.classes)
            case T.NoneType():
                c = Codec(t, ctypes.c_uint8, self.classes)
            case T.StrType():
                c = Codec(t, ctypes.c_void_p, self.classes)
            case T.ListType(elem=e) | T.SetType(elem=e):
                c = Codec(t, ctypes.c_void_p, self.classes)
                self._made[t] = c
                c.parts = [self(e)]
                if isinstance(t, T.SetType):
                    c.slot = type(f"Slot_{e}", (ctypes.Structure,), {"_fields_": [("hash", ctypes.c_int64), ("key", c.parts[0].ctype)]})
            case T.DictType(key=k, value=v):
                c = Codec(t, ctypes.c_void_p, self.classes)
                self._made[t] = c
                c.parts = [self(k), self(v)]
                c.slot = type(f"Entry_{t}", (ctypes.Structure,), {"_fields_": [
                    ("hash", ctypes.c_uint64), ("key", c.parts[0].ctype), ("value", c.parts[1].ctype)]})
            case T.TupleType() | T.StructType() | T.OptionalType():
                fields = t.elems if isinstance(t, T.TupleType) else t.parts if isinstance(t, T.OptionalType) \
                    else [ft for _, ft in self.structs[t.name]]
                c = Codec(t, None, self.classes)
                self._made[t] = c
                parts = [self(ft) for ft in fields]
                c.parts = parts
                c.ctype = type(f"Em_{t}", (ctypes.Structure,),
                               {"_fields_": [(f"f{i}", p.ctype) for i, p in enumerate(parts)]})
            case _:
                raise TypeError(f"values of type `{t}` cannot cross between Python and Ember")
        self._made[t] = c
        return c


def make_class(name: str, fields: tuple[tuple[str, T.Type], ...], module: str) -> type:
    """A Python class for an Ember struct: its fields as attributes, keyword or positional
    construction, a repr like the struct's own, equality by fields."""
    names = tuple(f for f, _ in fields)
    short = name.rsplit("::", 1)[-1]

    def __init__(self, *args: object, **kwargs: object) -> None:  # noqa: N807
        if len(args) > len(names):
            raise TypeError(f"{short}() takes {len(names)} fields, got {len(args)}")
        values = dict(zip(names, args))
        for k, v in kwargs.items():
            if k not in names or k in values:
                raise TypeError(f"{short}(): unexpected or repeated field `{k}`")
            values[k] = v
        missing = [n for n in names if n not in values]
        if missing:
            raise TypeError(f"{short}(): missing field(s) {', '.join(missing)}")
        for n in names:
            object.__setattr__(self, n, values[n])

    def __repr__(self) -> str:  # noqa: N807
        return f"{short}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"

    def __eq__(self, other: object) -> bool:  # noqa: N807
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in names)

    doc = f"The Ember struct `{short}`: {', '.join(f'{n}: {t}' for n, t in fields)}."
    slots = {"__slots__": names} if all(n.isidentifier() for n in names) else {}  # hidden fields (`args$str`): a __dict__
    return type(short, (), {**slots, "__init__": __init__, "__repr__": __repr__, "__eq__": __eq__,
                            "__hash__": None, "__doc__": doc, "__module__": module, "_ember_fields": fields})
