"""Lists of inline elements: growth, insert/pop, slicing, copying, search, sort."""

from __future__ import annotations

import ctypes
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

LOC = (b"l.ember", 4, 2)


def test_push_and_growth(rt):
    l = rt.list_new(8, 0)
    for i in range(1000):
        rt.list_push(l, 8)
        ctypes.c_int64.from_address(rt.EmList.from_address(l).data + i * 8).value = i * i
    h = rt.EmList.from_address(l)
    assert h.len == 1000 and h.cap >= 1000
    assert rt.items(l) == [i * i for i in range(1000)]
    rt.list_reserve(l, 8, 5000)
    assert rt.EmList.from_address(l).cap == 5000 and rt.items(l)[-1] == 999 * 999
    rt.list_drop(l, 8, None)
    rt.list_drop(None, 8, None)


def test_insert_and_pop(rt):
    for index in [-100, -3, -1, 0, 1, 2, 5, 100]:
        ref = [10, 20, 30, 40, 50]
        l = rt.ilist(ref)
        ctypes.c_int64.from_address(rt.list_insert_slot(l, 8, index)).value = 99
        ref.insert(index, 99)
        assert rt.items(l) == ref
    for index in [-6, -1, 0, 2, 5]:
        ref = [10, 20, 30, 40, 50, 60]
        l = rt.ilist(ref)
        out = ctypes.c_int64()
        rt.list_pop_into(l, 8, index, ctypes.addressof(out), *LOC)
        assert out.value == ref.pop(index)
        assert rt.items(l) == ref


def test_slices(rt):
    ref = list(range(10))
    l = rt.ilist(ref)
    bounds = [None, -20, -3, -1, 0, 2, 7, 10, 20]
    for step in (None, 1, 2, 3, -1, -2, -4):
        for a in bounds:
            for b in bounds:
                flags = (a is not None) | (b is not None) << 1
                got = rt.items(rt.list_slice(l, 8, a or 0, b or 0, step or 1, flags, None))
                assert got == ref[a:b:step], (a, b, step)


def test_copy_concat_repeat_extend(rt):
    a, b = rt.ilist([1, 2, 3]), rt.ilist([4, 5])
    assert rt.items(rt.list_copy(a, 8, None)) == [1, 2, 3]
    assert rt.items(rt.list_concat(a, b, 8, None)) == [1, 2, 3, 4, 5]
    for n in (-1, 0, 1, 3):
        assert rt.items(rt.list_repeat(a, n, 8, None)) == [1, 2, 3] * n
    rt.list_extend(a, b, 8, None)
    assert rt.items(a) == [1, 2, 3, 4, 5]
    rt.list_extend(a, a, 8, None)  # extending a list with itself
    assert rt.items(a) == [1, 2, 3, 4, 5] * 2
    empty = rt.list_new(8, 0)
    assert rt.items(rt.list_concat(empty, empty, 8, None)) == []


def test_deep_copy_and_drop_helpers(rt):
    copies, drops = [], []

    def copy(dst, src):
        copies.append(1)
        ctypes.c_void_p.from_address(dst).value = rt.str_dup(ctypes.c_void_p.from_address(src).value)

    def drop(elem):
        drops.append(rt.py(ctypes.c_void_p.from_address(elem).value))

    copy_fn = ctypes.cast(rt.callback(rt.COPY_FN, copy), ctypes.c_void_p).value
    drop_fn = ctypes.cast(rt.callback(rt.DROP_FN, drop), ctypes.c_void_p).value
    l = rt.slist(["a", "bé", "c"])
    c = rt.list_copy(l, 8, copy_fn)
    assert rt.strs(c) == ["a", "bé", "c"] and len(copies) == 3
    assert rt.items(c, ctypes.c_void_p) != rt.items(l, ctypes.c_void_p)  # new strings
    assert rt.strs(rt.list_slice(l, 8, 0, 0, -1, 0, copy_fn)) == ["c", "bé", "a"]
    str_eq = rt.callback(rt.EQ_FN, lambda x, y: rt.str_eq(ctypes.c_void_p.from_address(x).value,
                                                          ctypes.c_void_p.from_address(y).value))
    needle = ctypes.c_void_p(rt.s("bé"))
    rt.list_remove(c, 8, ctypes.addressof(needle), str_eq, drop_fn, *LOC)
    assert drops == ["bé"] and rt.strs(c) == ["a", "c"]
    rt.list_clear(c, 8, drop_fn)
    assert drops == ["bé", "a", "c"] and rt.items(c) == []
    rt.list_drop(l, 8, drop_fn)
    assert drops[3:] == ["a", "bé", "c"]


def test_find_count_eq_lt(rt, i64_eq, i64_lt):
    l = rt.ilist([3, 1, 4, 1, 5])
    for v in (1, 4, 9):
        needle = ctypes.c_int64(v)
        ref = [3, 1, 4, 1, 5]
        assert rt.list_find(l, 8, ctypes.addressof(needle), i64_eq) == (ref.index(v) if v in ref else -1)
        assert rt.list_count(l, 8, ctypes.addressof(needle), i64_eq) == ref.count(v)
    lists = [[], [1], [1, 2], [1, 3], [2], [1, 2, 3], [0, 9]]
    for x in lists:
        for y in lists:
            assert rt.list_eq(rt.ilist(x), rt.ilist(y), 8, i64_eq) == (x == y)
            assert rt.list_lt(rt.ilist(x), rt.ilist(y), 8, i64_eq, i64_lt) == (x < y), (x, y)


def test_remove_first_match(rt, i64_eq):
    l = rt.ilist([1, 2, 3, 2])
    needle = ctypes.c_int64(2)
    rt.list_remove(l, 8, ctypes.addressof(needle), i64_eq, None, *LOC)
    assert rt.items(l) == [1, 3, 2]


@pytest.mark.parametrize("n", [0, 1, 2, 5, 16, 17, 33, 100, 1000])
def test_reverse(rt, n):
    l = rt.ilist(range(n))
    rt.list_reverse(l, 8)
    assert rt.items(l) == list(range(n))[::-1]


class Pair(ctypes.Structure):
    _fields_ = [("key", ctypes.c_int64), ("pos", ctypes.c_int64)]


def test_sort_is_stable(rt):
    lt = rt.callback(rt.EQ_FN, lambda a, b: Pair.from_address(a).key < Pair.from_address(b).key)
    rng = random.Random(5)
    for n in [0, 1, 2, 15, 16, 17, 31, 64, 100, 257, 1000]:
        keys = [rng.randrange(10) for _ in range(n)]
        l = rt.list_new(16, 0)
        for pos, key in enumerate(keys):
            Pair.from_address(rt.list_push(l, 16)).__init__(key, pos)
        rt.list_sort(l, 16, lt)
        data = rt.EmList.from_address(l).data
        got = [(Pair.from_address(data + 16 * i).key, Pair.from_address(data + 16 * i).pos) for i in range(n)]
        assert got == sorted(zip(keys, range(n)), key=lambda kp: kp[0])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-(2**63), 2**63 - 1), max_size=80))
def test_sort_random(rt, i64_lt, values):
    l = rt.ilist(values)
    rt.list_sort(l, 8, i64_lt)
    assert rt.items(l) == sorted(values)


def test_sorted_and_reversed_input_stays_stable(rt):
    """A sorted or strictly descending list is recognised (`presorted`); a descending one
    with equal keys is not reversed whole (that would swap the equal ones)."""
    lt = rt.callback(rt.EQ_FN, lambda a, b: Pair.from_address(a).key < Pair.from_address(b).key)
    for keys in [list(range(50)), list(range(50, 0, -1)), [5, 5, 4, 3, 3, 1], [3, 2, 1, 1], [1, 1, 1]]:
        l = rt.list_new(16, 0)
        for pos, key in enumerate(keys):
            Pair.from_address(rt.list_push(l, 16)).__init__(key, pos)
        rt.list_sort(l, 16, lt)
        data = rt.EmList.from_address(l).data
        got = [(Pair.from_address(data + 16 * i).key, Pair.from_address(data + 16 * i).pos) for i in range(len(keys))]
        assert got == sorted(zip(keys, range(len(keys))), key=lambda kp: kp[0])


# strings around the 8-byte prefix the string sort compares first: NULs, shared
# prefixes longer than 8 bytes, multi-byte UTF-8 (whose byte order is code point order)
TEXT = st.lists(st.text(alphabet="ab\0é€𝄞", max_size=12), max_size=60)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_string_sort_matches_python(rt, words):
    l = rt.slist(words)
    rt.list_sort_str(l)
    assert rt.strs(l) == sorted(words)


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_string_keyed_sort_is_stable(rt, keys):
    l = rt.ilist(range(len(keys)))
    rt.list_sort_keyed_str(l, 8, rt.slist(keys))
    assert rt.items(l) == sorted(range(len(keys)), key=keys.__getitem__)


FAULTS = [
    (lambda rt: rt.list_pop_into(rt.ilist([]), 8, -1, 0, *LOC), "l.ember:4:2: IndexError: pop from empty list"),
    (lambda rt: rt.list_pop_into(rt.ilist([1]), 8, 1, 0, *LOC), "l.ember:4:2: IndexError: pop index out of range"),
    (lambda rt: rt.list_pop_into(rt.ilist([1]), 8, -2, 0, *LOC), "l.ember:4:2: IndexError: pop index out of range"),
    (lambda rt: rt.list_slice(rt.ilist([1]), 8, 0, 0, 0, 0, None), "ValueError: slice step cannot be zero"),
]


@pytest.mark.parametrize("action, message", FAULTS)
def test_list_faults(rt, run_fault, action, message):
    assert run_fault(lambda: action(rt)) == (1, "", message + "\n")


def test_remove_missing_faults(rt, run_fault, i64_eq):
    needle = ctypes.c_int64(7)
    got = run_fault(lambda: rt.list_remove(rt.ilist([1]), 8, ctypes.addressof(needle), i64_eq, None, *LOC))
    assert got == (1, "", "l.ember:4:2: ValueError: list.remove(x): x not in list\n")


def test_large_storage_starts_on_a_cache_line(rt):
    """Storage of 256 bytes or more is 64-byte aligned, when made and as it grows (an
    8-wide f32 loop splits half its accesses across lines on malloc's 16), and keeps its
    elements when growth had to move it."""
    for esize, cap in [(4, 64), (4, 1000), (8, 32), (56, 5), (8, 1 << 16)]:
        l = rt.list_new(esize, cap)
        assert rt.EmList.from_address(l).data % 64 == 0, (esize, cap)
        rt.list_drop(l, esize, None)
    l = rt.list_new(8, 0)
    for i in range(100_000):
        rt.list_push(l, 8)
        h = rt.EmList.from_address(l)
        ctypes.c_int64.from_address(h.data + i * 8).value = i
        if h.cap * 8 >= 256:
            assert h.data % 64 == 0, h.cap
    assert rt.items(l) == list(range(100_000))
    rt.list_drop(l, 8, None)


def test_pops_at_the_front_move_nothing(rt):
    """`pop(0)` leaves the other elements where they are: the list starts one element
    later (EmList.front counts the room before it), so a queue's pops are O(1); the
    room goes back when the list empties, and inserts at the front use it."""
    l = rt.ilist(range(100))
    h = rt.EmList.from_address(l)
    start, cap = h.data, h.cap
    out = ctypes.c_int64()
    for i in range(10):
        rt.list_pop_into(l, 8, 0, ctypes.addressof(out), *LOC)
        assert out.value == i
    assert (h.data, h.front, h.cap) == (start + 80, 80, cap - 10)
    assert rt.items(l) == list(range(10, 100))
    ctypes.c_int64.from_address(rt.list_insert_slot(l, 8, 0)).value = -1
    assert (h.data, h.front) == (start + 72, 72) and rt.items(l)[:2] == [-1, 10]
    for _ in range(91):
        rt.list_pop_into(l, 8, 0, ctypes.addressof(out), *LOC)
    assert (h.len, h.data, h.front, h.cap) == (0, start, 0, cap)
    rt.list_drop(l, 8, None)


def test_inserts_at_the_front_make_room_once(rt):
    """Inserting at index 0 of a list of 4 or more elements makes room before them as
    large as the list, so later inserts there move nothing."""
    l = rt.ilist(range(8))
    h = rt.EmList.from_address(l)
    ctypes.c_int64.from_address(rt.list_insert_slot(l, 8, 0)).value = 100
    first = h.data
    assert h.front == 7 * 8  # room for 8, one used
    for v in range(101, 108):
        ctypes.c_int64.from_address(rt.list_insert_slot(l, 8, 0)).value = v
    assert h.data == first - 7 * 8 and h.front == 0
    assert rt.items(l) == list(range(107, 99, -1)) + list(range(8))
    rt.list_drop(l, 8, None)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["push", "pop0", "pop", "ins0", "ins", "reserve", "clear", "extend"]),
                          st.integers(0, 40)), max_size=80))
def test_front_room_against_python(rt, ops):
    """Any mix of operations at both ends, growth and moves of storage keeps the
    elements Python's list would hold (storage freed from its start: a wrong base
    would crash free)."""
    l, ref = rt.ilist([]), []
    out = ctypes.c_int64()
    for op, v in ops:
        match op:
            case "push":
                ctypes.c_int64.from_address(rt.list_push(l, 8)).value = v
                ref.append(v)
            case "pop0" | "pop" if ref:
                rt.list_pop_into(l, 8, 0 if op == "pop0" else -1, ctypes.addressof(out), *LOC)
                assert out.value == ref.pop(0 if op == "pop0" else -1)
            case "ins0" | "ins":
                at = 0 if op == "ins0" else v % (len(ref) + 1)
                ctypes.c_int64.from_address(rt.list_insert_slot(l, 8, at)).value = v
                ref.insert(at, v)
            case "reserve":
                rt.list_reserve(l, 8, len(ref) + v)
            case "clear" if v % 5 == 0:
                rt.list_clear(l, 8, None)
                ref.clear()
            case "extend":
                other, popped = rt.ilist(range(v % 7)), min(v % 3, v % 7)
                for _ in range(popped):  # a moved list with room at its front
                    rt.list_pop_into(other, 8, 0, ctypes.addressof(out), *LOC)
                ref.extend(range(popped, v % 7))
                rt.list_extend_move(l, other, 8)
            case _:
                pass
        assert rt.items(l) == ref
    rt.list_drop(l, 8, None)
