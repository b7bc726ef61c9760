"""Number printing (repr of f64/f32/int), float arithmetic helpers and ipow."""

from __future__ import annotations

import ctypes
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

SPECIAL = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.1 + 0.2, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5,
    0.0001, 0.00011, 123456789.0, 1234567890123456.0, 12345678901234567.0, 1e22, 1e23, 1e100, 1e-100,
    5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
    float("inf"), float("-inf"), 3.141592653589793, 2.718281828459045, 100.0, 1.5, 0.5, 1e300 * 10,
    4.35, 0.1 * 3, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 9007199254740993.0, 1e21, 1e-7, 123e-20,
]


def test_f64_special(rt):
    for x in SPECIAL + [-x for x in SPECIAL]:
        assert rt.build(rt.buf_f64, x) == repr(x)
    for v in [1, 2, 7, 10, 100, 120, 123456, 10**15, 2**53 - 1, 2**53 + 2, 2**24 - 1, 2**24 + 2, 3 * 2**60]:
        assert rt.build(rt.buf_f64, float(v)) == repr(float(v))
        assert rt.build(rt.buf_f32, float(v)) == f32_expected(v)
    assert rt.build(rt.buf_f64, float("nan")) == "nan"
    assert rt.build(rt.buf_f64, -float("nan")) == "nan"


def test_f64_powers_of_two_and_ten(rt):
    # powers of two are where a naive shortest search goes wrong (asymmetric gaps)
    for e in range(-1074, 1024):
        x = math.ldexp(1.0, e)
        assert rt.build(rt.buf_f64, x) == repr(x)
    for e in range(-323, 309):
        for m in (1, 3, 7, 9.999):
            x = float(f"{m}e{e}")
            assert rt.build(rt.buf_f64, x) == repr(x)


@settings(max_examples=500, deadline=None)
@given(st.floats(allow_nan=False))
def test_f64_matches_repr(rt, x):
    assert rt.build(rt.buf_f64, x) == repr(x)


def test_f64_random_bits(rt):
    # plain loop: thousands of values without hypothesis' per-example cost
    rng = np.random.default_rng(1)
    values = rng.integers(0, 2**64, size=20000, dtype=np.uint64).view(np.float64).tolist()
    values += rng.uniform(-1e6, 1e6, size=5000).round(rng.integers(0, 8)).tolist()
    for x in values:
        if not math.isnan(x):
            assert rt.build(rt.buf_f64, x) == repr(x)


def f32_expected(x: float) -> str:
    """Python's layout of the shortest float32 digits (numpy knows those digits)."""
    v = np.float32(x)
    if not np.isfinite(v):
        return repr(float(v))
    digits = np.format_float_scientific(v, unique=True)  # e.g. '3.3333334e-01'
    return repr(float(digits)) if v != 0 else repr(float(v))


def test_f32_examples(rt):
    assert rt.build(rt.buf_f32, 0.1) == "0.1"
    assert rt.build(rt.buf_f32, 1 / 3) == "0.33333334"
    assert rt.build(rt.buf_f32, 1999998.0) == "1999998.0"
    assert rt.build(rt.buf_f32, 16777216.0) == "16777216.0"
    assert rt.build(rt.buf_f32, 1e16) == "1e+16"
    assert rt.build(rt.buf_f32, -0.0) == "-0.0"
    assert rt.build(rt.buf_f32, float("inf")) == "inf"
    for e in range(-149, 128):
        x = math.ldexp(1.0, e)
        assert rt.build(rt.buf_f32, x) == f32_expected(x)


@settings(max_examples=300, deadline=None)
@given(st.floats(width=32, allow_nan=False))
def test_f32_matches_numpy(rt, x):
    assert rt.build(rt.buf_f32, x) == f32_expected(x)


def test_f32_random_bits(rt):
    rng = np.random.default_rng(2)
    for x in rng.integers(0, 2**32, size=5000, dtype=np.uint32).view(np.float32).tolist():
        if not math.isnan(x):
            assert rt.build(rt.buf_f32, x) == f32_expected(x)


def test_integers(rt):
    for v in [0, 1, -1, 9, 10, 12345, -987654321, 2**63 - 1, -(2**63)]:
        assert rt.build(rt.buf_i64, v) == str(v)
    for v in [0, 2**64 - 1, 2**63]:
        assert rt.build(rt.buf_u64, v) == str(v)
    assert rt.build(rt.buf_bool, 1) == "True"
    assert rt.build(rt.buf_bool, 0) == "False"


FLOAT_PAIRS = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0),
               (1e300, 1e-300), (5.0, float("inf")), (-5.0, float("inf")), (1.0, 0.1), (-1.0, 0.1), (6.0, 3.0),
               (-6.0, 3.0), (3.0, -6.0)]


def same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))


def test_float_mod_floordiv(rt):
    for a, b in FLOAT_PAIRS:
        assert same(rt.fmod_py(a, b), a % b), (a, b)
        assert same(rt.floordiv_f64(a, b), a // b), (a, b)


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False), st.floats(allow_nan=False, allow_infinity=False))
def test_float_mod_floordiv_random(rt, a, b):
    if b != 0:
        assert same(rt.fmod_py(a, b), a % b)
        assert same(rt.floordiv_f64(a, b), a // b)


def test_round(rt):
    cases = [(2.5, 0), (3.5, 0), (-2.5, 0), (0.125, 2), (0.375, 2), (2.675, 2), (1.005, 2), (1234.5, -2),
             (150.0, -2), (250.0, -2), (250.1, -2), (50.0, -2), (49.9, -2), (999.0, -1), (-999.0, -2),
             (5.0, -1), (15.0, -1), (1e300, -300), (1.23456789e-5, 7), (0.5, 0), (-0.4, 0), (1e16 + 2, -1),
             (123.456, 400), (123.456, -400), (float("inf"), 2)]
    for x, n in cases:
        assert same(rt.round_f64(x, n), round(x, n)), (x, n)


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e20, max_value=1e20), st.integers(-22, 20))
def test_round_random(rt, x, n):
    assert same(rt.round_f64(x, n), round(x, n))


IPOW = [(2, 62), (-2, 63), (2, 0), (0, 0), (0, 5), (1, 10**18), (-1, 10**18 + 1), (3, 39), (-3, 39), (10, 18),
        (7, 22), (-7, 22), (2**31, 2), (-(2**31), 2), (5, 1)]


def test_ipow(rt):
    for b, e in IPOW:
        assert rt.ipow(b, e, b"t", 1, 1) == b**e, (b, e)


@pytest.mark.parametrize("base, exp", [(2, 63), (3, 40), (-2, 64), (2**32, 2)])
def test_ipow_overflow_faults(rt, run_fault, base, exp):
    got = run_fault(lambda: rt.ipow(base, exp, b"p.ember", 3, 9))
    assert got == (1, "", "p.ember:3:9: OverflowError: integer overflow\n")


def test_ipow_negative_exponent_faults(rt, run_fault):
    got = run_fault(lambda: rt.ipow(2, -1, b"p.ember", 3, 9))
    assert got == (1, "", "p.ember:3:9: ValueError: integer power with a negative exponent\n")


def test_perf_counter(rt):
    a = rt.perf_counter()
    b = rt.perf_counter()
    assert 0 < a <= b


def _fsum(rt, xs: list[float]) -> float:
    lst = rt.list_new(8, 0)
    for x in xs:
        ctypes.c_double.from_address(rt.list_push(lst, 8)).value = x
    return rt.fsum(lst, 0, *LOC_ARGS)


LOC_ARGS = (b"t.ember", 1, 1)
FINITE = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FINITE, st.sampled_from([1e100, -1e100, 1.0, 1e-16, 0.1, 2.0**53, 2.0**-53])),
                max_size=40))
def test_fsum_is_exactly_rounded_as_cpythons(rt, xs):
    # rt.c ember_fsum (math.fsum): bit for bit CPython's, cancellations and halfway cases included
    got = _fsum(rt, xs)
    assert got == math.fsum(xs) and math.copysign(1, got) == math.copysign(1, math.fsum(xs))


def test_fsum_of_infinities(rt):
    assert _fsum(rt, [float("inf"), 1.0, 2.0]) == float("inf")
    assert _fsum(rt, [float("-inf"), 1e308]) == float("-inf")
    assert math.isnan(_fsum(rt, [float("nan"), 1.0]))
    assert _fsum(rt, [0.1] * 10) == 1.0 and _fsum(rt, []) == 0.0
    assert math.copysign(1, _fsum(rt, [-0.0])) == 1.0 == math.copysign(1, math.fsum([-0.0]))  # no partial: +0.0
