"""format() mini-language (ember_buf_fmt_*) and repr of str, against Python."""

from __future__ import annotations

import ctypes
import math
import random

from hypothesis import assume, given, settings
from hypothesis import strategies as st

INT_SPECS = [
    "", "d", "5", "<5", ">5", "^5", "^6", "=+8", "+", " ", "-", "05", "+05", "010,", "08,", "09,", ",", "_", "_b",
    "_x", "_o", "#x", "#X", "#o", "#b", "#010x", "#012_b", "x", "X", "o", "b", "*^9", "*=+9", "é>6", "0<5", "0>8,",
    "0=10,", "c", ">4c", "n", "e", ".2e", "f", ".1f", "g", "%", ".0%", "E", "G", "#08o", " 07", "=10", "0",
    "x<012,", ",d", "+,", "20,", "021_d", "_X", "#_x",
]
INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 65536, 1234567, -9876543210, 2**63 - 1, -(2**63), 10**15]

FLOAT_SPECS = [
    "", ".0", ".1", ".3", ".10", ".17", "f", ".0f", ".2f", "#.0f", ".10f", "e", ".0e", "#.0e", ".3e", "E", "g",
    ".0g", ".1g", ".3g", "#g", "#.3g", ".10g", "G", "%", ".1%", ".0%", "10.3f", "<10.2f", "^12.3e", "=+12.3f",
    "+", " ", "+.2f", "010.2f", "012,.2f", "015,.3f", ",", "_", ",.2f", "_.3f", "#", "#.3", "*^15g", "020,",
    "n", ".3n", "F", ".3F", "0", "+015.4e", "30", "-08.3", ".5", "#.0", "é^11.2f", "0<12.3f", ",g", ".20f",
    ".40e", ".30g",
]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 1 / 3, -2 / 3, 123.456, 1234567.891, -98765.4321, 1e16, 1e-5,
          1e-4, 1.5e-7, 1e22, 1e100, -1e-100, 3.141592653589793, 999.9999, 0.000123456, 12345678901234567890.0,
          9.5, 0.05, 99.5, 1e300, 5e-324, float("inf"), float("-inf"), float("nan"), -float("nan")]

STR_SPECS = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", "10.3", ">10.1s", "05", "é<4", "x>3", ".0", "0>4"]
STRS = ["", "a", "abc", "héllo", "日本語", "a\tb", "longer than width"]


def fmt(rt, fn, value, spec, spec_args):
    return rt.build(fn, value, *spec_args(spec))


def test_fmt_i64_table(rt, spec_args):
    for spec in INT_SPECS:
        for v in INTS:
            try:
                want = format(v, spec)
            except (ValueError, OverflowError):
                continue
            assert fmt(rt, rt.buf_fmt_i64, v, spec, spec_args) == want, (v, spec)


def test_fmt_f64_table(rt, spec_args):
    for spec in FLOAT_SPECS:
        for x in FLOATS:
            want = format(x, spec)
            assert fmt(rt, rt.buf_fmt_f64, x, spec, spec_args) == want, (x, spec)


def test_fmt_str_table(rt, spec_args):
    for spec in STR_SPECS:
        for text in STRS:
            want = format(text, spec)
            assert fmt(rt, rt.buf_fmt_str, rt.s(text), spec, spec_args) == want, (text, spec)


FILL_ALIGN = ["", "<", ">", "^", "=", "*<", "0>", "é^", " ="]
SIGNS, ALTS, ZEROS = ["", "+", "-", " "], ["", "#"], ["", "0"]
WIDTHS, GROUPINGS = ["", "1", "7", "12", "25"], ["", ",", "_"]
PRECISIONS = ["", ".0", ".1", ".3", ".8", ".16"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "%", "n"]
INT_TYPES = ["", "d", "b", "o", "x", "X", "n", "c", "e", "%"]
PARTS = [FILL_ALIGN, SIGNS, ALTS, ZEROS, WIDTHS, GROUPINGS, PRECISIONS]


def check_format(rt, spec_args, fn, value, spec, arg=None) -> bool:
    """Compares with format(); False when Python rejects the spec."""
    try:
        want = format(value, spec)
    except ValueError:
        return False
    assert rt.build(fn, value if arg is None else arg, *spec_args(spec)) == want, (value, spec)
    return True


def test_fmt_random_specs(rt, spec_args):
    # a seeded loop covers many more combinations than hypothesis could in the same time
    rng = random.Random(7)
    checked = 0
    for _ in range(6000):
        spec = "".join(rng.choice(p) for p in PARTS)
        if rng.random() < 0.5:
            x = rng.choice(FLOATS + [rng.uniform(-1e6, 1e6), 10 ** rng.uniform(-30, 30), rng.randrange(-99, 99) / 8])
            checked += check_format(rt, spec_args, rt.buf_fmt_f64, x, spec + rng.choice(FLOAT_TYPES))
        else:
            typ = rng.choice(INT_TYPES)
            v = rng.choice([rng.randrange(-(2**63), 2**63), rng.randrange(-5000, 5000), 0])
            v = v % 0x110000 if typ == "c" else v
            checked += check_format(rt, spec_args, rt.buf_fmt_i64, v, spec + typ)
    assert checked > 3000


specs = st.builds(lambda *parts: "".join(parts), *(st.sampled_from(p) for p in PARTS))


@settings(max_examples=150, deadline=None)
@given(st.floats(), specs, st.sampled_from(FLOAT_TYPES))
def test_fmt_f64_hypothesis(rt, spec_args, x, spec, typ):
    assume(check_format(rt, spec_args, rt.buf_fmt_f64, x, spec + typ))


@settings(max_examples=60, deadline=None)
@given(st.integers(-(2**63), 2**63 - 1), specs, st.sampled_from(INT_TYPES))
def test_fmt_i64_hypothesis(rt, spec_args, v, spec, typ):
    value = v % 0x110000 if typ == "c" else v
    # a surrogate (U+D800-U+DFFF) is a str of CPython's but no UTF-8 text (Ember's str):
    # `c` of one is Ember's ValueError fault (programs/errors/chr_surrogate.ember)
    assume(not (typ == "c" and 0xD800 <= value < 0xE000))
    assume(check_format(rt, spec_args, rt.buf_fmt_i64, value, spec + typ))


def test_fmt_str_random_specs(rt, spec_args):
    rng = random.Random(8)
    for _ in range(1000):
        spec = "".join(rng.choice(p) for p in [FILL_ALIGN, WIDTHS, PRECISIONS]) + rng.choice(["", "s"])
        text = rng.choice(STRS)
        check_format(rt, spec_args, rt.buf_fmt_str, text, spec, rt.s(text))


# floats a program prints: decimals of a few places (rt.c `few_decimals`, `fixed_fast`
# answer these without printf), halves at the rounding place (ties), and any double
DECIMALS = st.builds(lambda n, k: n / 10**k, st.integers(-(10**16), 10**16), st.integers(0, 22))
HALVES = st.builds(lambda n, k: (n + 0.5) / 10**k, st.integers(-(10**6), 10**6), st.integers(0, 8))
PRINTED = st.one_of(DECIMALS, HALVES, st.floats(allow_nan=False, allow_infinity=False))


@settings(max_examples=400, deadline=None)
@given(PRINTED)
def test_f64_repr_is_pythons(rt, x):
    assert rt.build(rt.buf_f64, x) == repr(x)


@settings(max_examples=400, deadline=None)
@given(PRINTED, st.integers(0, 25))
def test_fixed_precision_is_pythons(rt, spec_args, x, prec):
    assert check_format(rt, spec_args, rt.buf_fmt_f64, x, f".{prec}f")


REPRS = ["", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nline\rret", "\x00\x01\x1f\x7f",
         "héllo wörld", "日本語", "emoji 🎉", "\x80\x9f\xa0\xad", "\u2028\u200b\ufeff\u3000", "\U000e0001",
         "\ue000", "a'b\"c", "\u0890\u0891"]  # Unicode 14's two format characters (found by the random test)


def test_str_repr(rt):
    for text in REPRS:
        assert rt.build(rt.buf_str_repr, rt.s(text)) == repr(text)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs", "Cn"])))
def test_str_repr_random(rt, text):
    assert rt.build(rt.buf_str_repr, rt.s(text)) == repr(text)


def test_buf_list(rt):
    repr_f64 = rt.callback(rt.REPR_FN, lambda b, e: rt.buf_f64(b, ctypes.c_double.from_address(e).value))
    l = rt.list_new(8, 0)
    for x in [1.0, 0.1, math.inf]:
        ctypes.c_double.from_address(rt.list_push(l, 8)).value = x
    assert rt.build(rt.buf_list, l, 8, repr_f64) == "[1.0, 0.1, inf]"
    assert rt.build(rt.buf_list, rt.list_new(8, 0), 8, repr_f64) == "[]"


def _dyn(rt, kind, value, spec):
    """ember_buf_fmt_dyn: the spec as a run-time string, parsed and checked by the runtime."""
    iv = value if kind in (0, 3) else 0
    fv = value if kind == 1 else 0.0
    sv = rt.s(value) if kind == 2 else None
    return rt.build(rt.buf_fmt_dyn, kind, iv, fv, sv, rt.s(spec), b"f.ember", 1, 2)


def test_fmt_dyn_matches_python(rt):
    """Every valid spec of the tables, given at run time, formats as Python's format()."""
    for kind, specs, values in [(0, INT_SPECS, INTS), (1, FLOAT_SPECS, FLOATS), (2, STR_SPECS, STRS)]:
        for spec in specs:
            for v in values:
                try:
                    want = format(v, spec)
                except (ValueError, OverflowError):
                    continue
                assert _dyn(rt, kind, v, spec) == want, (kind, v, spec)
    for spec in ["", ">6", "d", "+05"]:
        for b in (True, False):
            assert _dyn(rt, 3, int(b), spec) == format(b, spec), (b, spec)


def test_fmt_dyn_rejects_what_python_rejects(rt, run_fault):
    cases = [(0, 5, ".2d"), (0, 5, "s"), (1, 2.5, "d"), (2, "ab", "+"), (2, "ab", "=5"), (2, "ab", ","),
             (2, "ab", "d"), (0, 5, "5.x"), (1, 1.0, "."), (2, "ab", "<<<5"), (0, 5, "c+")]
    for kind, v, spec in cases:
        try:
            format(v, spec)
            raise AssertionError(f"Python accepts {spec!r} for {v!r}")
        except ValueError as e:
            want = str(e)
        code, out, err = run_fault(lambda: _dyn(rt, kind, v, spec))
        assert code == 1 and f"f.ember:1:2: ValueError: {want}" in err, (spec, want, err)
