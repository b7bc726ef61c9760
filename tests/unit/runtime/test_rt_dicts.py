"""Ordered dicts: insertion order through deletes and growth, lookups, copies, str keys."""

from __future__ import annotations

import ctypes

from hypothesis import given, settings
from hypothesis import strategies as st

ESIZE = 24  # int -> int entries: hash, key, value


class Ref(ctypes.Structure):
    _fields_ = [("len", ctypes.c_int64), ("used", ctypes.c_int64), ("cap", ctypes.c_int64),
                ("mask", ctypes.c_int64), ("entries", ctypes.c_void_p), ("index", ctypes.c_void_p)]


def put(rt, d, eq, k, v):
    key = ctypes.c_int64(k)
    fresh = ctypes.c_int32()
    e = rt.dict_slot(d, ESIZE, rt.hash_i64(k), ctypes.addressof(key), eq, ctypes.addressof(fresh))
    if fresh.value:
        ctypes.c_int64.from_address(e + 8).value = k
    ctypes.c_int64.from_address(e + 16).value = v
    return fresh.value


def get(rt, d, eq, k):
    key = ctypes.c_int64(k)
    e = rt.dict_find(d, ESIZE, rt.hash_i64(k), ctypes.addressof(key), eq)
    return None if not e else ctypes.c_int64.from_address(e + 16).value


def pop(rt, d, eq, k):
    key, out = ctypes.c_int64(k), (ctypes.c_int64 * 3)()
    if not rt.dict_remove(d, ESIZE, rt.hash_i64(k), ctypes.addressof(key), eq, ctypes.addressof(out)):
        return None
    assert out[1] == k
    return out[2]


def items(rt, d):
    h = Ref.from_address(d)
    out = []
    for i in range(h.used):
        e = rt.dict_entry(d, ESIZE, i)
        if e:
            out.append((ctypes.c_int64.from_address(e + 8).value, ctypes.c_int64.from_address(e + 16).value))
    assert len(out) == h.len
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("spg"), st.integers(-20, 20), st.integers(-2**63, 2**63 - 1)), max_size=200))
def test_matches_python_dict(rt, i64_eq, ops):
    d, ref = rt.dict_new(ESIZE, 0), {}
    for op, k, v in ops:
        if op == "s":
            assert put(rt, d, i64_eq, k, v) == (k not in ref)
            ref[k] = v
        elif op == "p":
            assert pop(rt, d, i64_eq, k) == ref.pop(k, None)
        assert get(rt, d, i64_eq, k) == ref.get(k)
    assert items(rt, d) == list(ref.items())
    c = rt.dict_copy(d, ESIZE, None)
    assert items(rt, c) == list(ref.items())
    rt.dict_drop(c, ESIZE, None)
    rt.dict_clear(d, ESIZE, None)
    assert items(rt, d) == [] and get(rt, d, i64_eq, 1) is None
    rt.dict_drop(d, ESIZE, None)
    rt.dict_drop(None, ESIZE, None)


def test_growth_and_reinsertion_order(rt, i64_eq):
    d = rt.dict_new(ESIZE, 0)
    for k in range(5000):
        put(rt, d, i64_eq, k * 7919, k)
    for k in range(0, 5000, 2):
        assert pop(rt, d, i64_eq, k * 7919) == k
    put(rt, d, i64_eq, 0, -1)  # deleted, then inserted again: goes last
    for k in range(5000, 6000):
        put(rt, d, i64_eq, k * 7919, k)
    got = items(rt, d)
    assert got == [(k * 7919, k) for k in range(1, 5000, 2)] + [(0, -1)] + [(k * 7919, k) for k in range(5000, 6000)]
    h = Ref.from_address(d)
    assert h.used <= h.cap and (h.used + 1) * 3 <= (h.mask + 1) * 2 + 3
    rt.dict_drop(d, ESIZE, None)


def test_str_keys_and_drops(rt):
    dropped = []
    seq = rt.callback(rt.EQ_FN, lambda a, b: rt.str_eq(ctypes.c_void_p.from_address(a).value,
                                                      ctypes.c_void_p.from_address(b).value))
    drop = rt.callback(rt.DROP_FN, lambda e: dropped.append(rt.py(ctypes.c_void_p.from_address(e + 8).value)))
    d = rt.dict_new(ESIZE, 4)
    words = ["a", "b", "a", "c", "b", "a"]
    for w in words:
        s = rt.s(w)
        key = ctypes.c_void_p(s)
        fresh = ctypes.c_int32()
        e = rt.dict_slot(d, ESIZE, rt.hash_str(s), ctypes.addressof(key), seq, ctypes.addressof(fresh))
        if fresh.value:
            ctypes.c_void_p.from_address(e + 8).value = s
        ctypes.c_int64.from_address(e + 16).value += 1
    assert rt.hash_str(rt.s("ab")) == rt.hash_str(rt.s("ab")) != rt.hash_str(rt.s("ba"))
    rt.dict_drop(d, ESIZE, ctypes.cast(drop, ctypes.c_void_p))
    assert dropped == ["a", "b", "c"]


def test_int_hash_spreads_low_bits(rt):
    slots = {rt.hash_i64(k * 1024) & 1023 for k in range(1024)}
    assert len(slots) > 600  # multiples of a power of two must not collide in the low bits
