"""`@ember.jit`: Python functions compiled as Ember `def`s, one instance per signature."""
from __future__ import annotations

import inspect
import pickle

import numpy as np
import pytest

import ember


@ember.jit
def scale(xs, k):
    """Scales xs in place; returns its length."""
    for i in range(len(xs)):
        xs[i] = xs[i] * k
    return len(xs)


@ember.jit
def weighted(xs, k: float):
    s = 0.0
    for x in xs:
        s += x * k
    return s


@ember.jit
def add(a: int, b: int):
    return a + b


def test_unannotated_arguments_specialize_per_signature() -> None:
    x = np.ones(3)
    assert scale(x, 2.0) == 3 and x.tolist() == [2.0, 2.0, 2.0]
    xs = [1, 2]
    assert scale(xs, 3) == 2 and xs == [3, 6]  # a list argument is written back
    scale(np.ones(2), 5.0)  # same types as the first call: no new instance
    assert sorted(scale._instances) == [("[Int]", "Int"), ("[f64]", "f64")]
    assert scale.__doc__ == "Scales xs in place; returns its length."
    assert str(inspect.signature(scale)) == "(xs, k)"


def test_annotated_arguments_are_respected() -> None:
    assert weighted([1.0, 2.0], 2) == 6.0
    assert weighted(np.arange(3.0), 0.5) == 1.5
    assert add(2, 3) == 5
    with pytest.raises(TypeError, match="argument `b`"):
        add(2, 3.5)


def test_unsupported_python_features_name_line_and_feature() -> None:
    @ember.jit
    def with_lambda(x):
        return lambda: x

    with pytest.raises(TypeError, match=r"a function \(`function <lambda>`\) cannot be passed to or from Python"):
        with_lambda(1)  # compiles (a function value, sema/fnvalues.py), but cannot come back to Python

    @ember.jit
    def with_lambda_called(x):
        return (lambda: x + 1)()

    assert with_lambda_called(1) == 2

    @ember.jit
    def with_id(x):
        return id(x)

    with pytest.raises(ember.CompileError, match=r"test_jit\.py:\d+"):
        with_id(1)

    @ember.jit
    def kind(x):  # isinstance is known from the argument's type: one compiled instance per type
        if isinstance(x, float):
            return x * 2.0
        return 0.5

    assert (kind(1.5), kind(3), kind(True)) == (3.0, 0.5, 0.5)


def test_dicts_cross_both_ways() -> None:
    """Dicts go in (entries and index built in Python with codegen's hashes: compiled
    lookups must find every key) and come out in insertion order; `inout` writes back; a
    Counter or defaultdict comes back as one."""
    from collections import Counter

    @ember.jit
    def counts(xs):
        d = {}
        for x in xs:
            d[x] = d.get(x, 0) + 1
        return d

    @ember.jit
    def found(d, keys):
        return sum(1 for k in keys if k in d and d[k] == d[k])

    @ember.jit
    def bump(d, k):
        d[k] = d.get(k, 0) + 10
        del d["x"]

    @ember.jit
    def tally(xs):
        return Counter(xs)

    assert counts([3, 1, 3, 2]) == {3: 2, 1: 1, 2: 1} and list(counts([3, 1, 3, 2])) == [3, 1, 2]
    ints = {i * 7919 % 100003 - 50000: i for i in range(5000)} | {-1: 0, 2**63 - 1: 1, -2**63: 2}
    assert found(ints, list(ints) + [7, 8]) == len(ints) + sum(1 for k in (7, 8) if k in ints)
    floats = {0.5: 1, -0.0: 2, 1e300: 3}
    assert found(floats, [0.5, 0.0, 1e300, 2.5]) == 3  # 0.0 finds the key -0.0, as in Python
    strs = {"": 1, "héllo": 2, "x" * 200: 3}
    assert found(strs, ["", "héllo", "x" * 200, "y"]) == 3
    pairs = {(1, "a"): 1.5, (2, "b"): 2.5}
    assert found(pairs, [(1, "a"), (2, "b"), (1, "b")]) == 2
    d = {"x": 1, "y": 2}
    bump(d, "z")
    assert d == {"y": 2, "z": 10}

    @ember.jit
    def drop_odd(d):
        for k in list(d.keys()):
            if k % 2:
                del d[k]

    nums = {k: k * 0.5 for k in range(10)}
    drop_odd(nums)  # read back past the deleted entries, in insertion order
    assert nums == {0: 0.0, 2: 1.0, 4: 2.0, 6: 3.0, 8: 4.0} and list(nums) == [0, 2, 4, 6, 8]
    c = tally(list("hello"))
    assert isinstance(c, Counter) and c == Counter("hello")
    with pytest.raises(TypeError, match="empty dict are unknown"):
        found({}, [1])


def test_sets_cross_both_ways() -> None:
    """Sets of numbers, Bool or str go in (the table built in Python with rt.c's hashes:
    every element must then be found by compiled code) and come out; `inout` writes back."""
    @ember.jit
    def common(a, b):
        return a & b

    @ember.jit
    def count_in(s, xs):
        return sum(1 for x in xs if x in s)

    @ember.jit
    def add_all(s, xs):
        for x in xs:
            s.add(x)

    @ember.jit
    def shout(ws):
        return {w.upper() for w in ws}

    assert common({1, 2, 3, 40}, {2, 40, 7}) == {2, 40}
    assert common({1.5, 2.0, -0.0}, {2.0, 0.0}) == {2.0, 0.0}
    big = {i * 7919 % 1000003 - 500000 for i in range(20000)} | {-1, -2, 2**62, -2**63}
    assert count_in(big, sorted(big)) == len(big)  # each one found where rt.c would look
    assert count_in(big, [3, 4, 5]) == sum(1 for x in (3, 4, 5) if x in big)
    words = {"", "a", "hello", "héllo", "x" * 100}
    assert count_in(words, sorted(words) + ["b"]) == len(words)
    assert shout(words) == {w.upper() for w in words}
    s = {1, 2}
    add_all(s, [5, 6, 2])
    assert s == {1, 2, 5, 6}
    with pytest.raises(TypeError, match="element type of an empty set is unknown"):
        common(set(), {1})
    with pytest.raises(TypeError, match=r"a set of \(Int, Int\) has no Ember type"):
        common({(1, 2)}, {(1, 2)})
    with pytest.raises(TypeError, match="expected `inout set\\[Int\\]`: a set"):
        add_all(frozenset({1}), [2])


def test_arguments_without_an_ember_type() -> None:
    with pytest.raises(TypeError, match="empty list"):
        scale([], 1.0)
    with pytest.raises(TypeError, match="mixing"):
        scale([1.0, "a"], 1.0)
    with pytest.raises(TypeError, match="dict"):
        scale({}, 1.0)


def test_jit_functions_pickle_by_name() -> None:
    assert pickle.loads(pickle.dumps(add)) is add


def _escape_total(size, x0):
    def escape(cr, ci):
        zr = 0.0
        zi = 0.0
        for k in range(60):
            tr = zr * zr
            ti = zi * zi
            if tr + ti > 4.0:
                return k
            zi = 2.0 * zr * zi + ci
            zr = tr - ti + cr
        return 60
    t = 0
    for y in range(size):
        ci = 2.5 * y / size - 1.25
        for x in range(size):
            t += escape(2.5 * x / size + x0, ci)
    return t


def _traps(xs, out, ci):
    def trap(cr, ci):
        zr = 0.0
        zi = 0.0
        best = 1e9
        for k in range(50):
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            d = abs(zr - 0.25) + abs(zi)
            if d < best:
                best = d
            if zr * zr + zi * zi > 4.0:
                return best
        return best
    for i, x in enumerate(xs):
        out[i] = trap(x, ci)


def test_arrays_through_a_helper_with_a_join_give_pythons_values() -> None:
    """An `enumerate` loop over a NumPy array calling a helper with `if d < best: best =
    d` (mir/outer.py list loops, mir/variants.py joins): every length gives the values
    CPython computes, written into the caller's array."""
    fast = ember.jit(_traps)
    for n in (0, 1, 7, 16, 33):
        xs = np.linspace(-2.0, 0.5, n)
        got, want = np.zeros(n), [0.0] * n
        fast(xs, got, 0.3)
        _traps(xs.tolist(), want, 0.3)
        assert got.tolist() == want, n


def test_a_helper_with_an_early_exit_runs_in_lanes_from_python() -> None:
    """The Python layer compiles through the same MIR work: the nested `escape` gets a
    vector variant (mir/variants.py) and the loop calls it 8 or 16 points at a time;
    every size, tails included, gives CPython's count."""
    fast = ember.jit(_escape_total)
    for size in (0, 1, 7, 8, 9, 17, 33):
        assert fast(size, -2.0) == _escape_total(size, -2.0), size


def test_each_call_finds_the_instance_of_its_own_types() -> None:
    """The instance cache keyed by argument classes (and arrays' dtype and dimensions)
    never hands a call another signature's instance."""
    @ember.jit
    def twice(x):
        return x * 2

    @ember.jit
    def head(xs):
        return xs[0] * 2

    for _ in range(2):  # the second round goes through the cache
        assert (twice(1.5), twice(3), twice("ab")) == (3.0, 6, "abab")
        assert type(twice(3)) is int and type(twice(1.5)) is float
        assert head(np.arange(3.0) + 1.5) == 3.0 and type(head(np.arange(3) + 1)) is int
        assert head(np.arange(3, dtype=np.float32) + 1) == 2.0
    with pytest.raises(TypeError, match="complex"):
        twice(1j)


@ember.jit
def describe(n):
    label = n * 3
    for label in range(label):
        n += label
    label = f"{n}!"
    return label


def test_a_name_reused_for_another_type_is_another_variable() -> None:
    assert describe(4) == "70!"  # as Python: the loop's `label` and the result's are ints, then a str


@ember.jit
def half_or_zero(n):
    if n > 0:
        return n / 2
    return 0


@ember.jit
def running_total(xs):
    t = 0
    for x in xs:
        t += x
    return t


@ember.jit
def relu_all(xs):
    return [x if x > 0 else 0 for x in xs]


def test_an_int_or_a_float_comes_back_as_python_makes_it() -> None:
    # an Ember number (`Int | f64`, sema/check/numbers.py) is a Python int or float
    assert half_or_zero(4) == 2.0 and type(half_or_zero(4)) is float
    assert half_or_zero(-1) == 0 and type(half_or_zero(-1)) is int
    assert running_total([1.5, 2.0]) == 3.5 and type(running_total([2])) is int
    out = relu_all([1.5, -2.0])
    assert out == [1.5, 0] and [type(x) for x in out] == [float, int]


@ember.jit
def doubled(xs):
    return [x * 2 for x in xs]


def test_a_list_mixing_ints_and_floats_keeps_each_kind() -> None:
    # `[Int | f64]`: a Python list of both passes as numbers, each an int or a float
    assert doubled._sig is not None
    out = doubled([1, 2.5, 3])
    assert out == [2, 5.0, 6] and [type(x) for x in out] == [int, float, int]
    assert ("[Int | f64]",) in doubled._instances
