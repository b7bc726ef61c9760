"""NumPy arrays passed to a function's fast entry point (interop/pyfast.py): an exact
`numpy.ndarray` that is 1-D, aligned, C-contiguous, of the element's type and in native
byte order is lent by reading its fields; every other array takes the buffer protocol or
the general path, which copy or raise as before. Each case must give the right answer
or the same TypeError."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import ember

SOURCE = """\
fn total(xs: [f64]) -> f64:
    s = 0.0
    for x in xs:
        s += x
    return s

fn count_true(xs: [Bool]) -> Int:
    n = 0
    for x in xs:
        if x:
            n += 1
    return n

fn total_i32(xs: [i32]) -> Int:
    s = 0
    for x in xs:
        s += Int(x)
    return s

fn total_owned(owned xs: [f64]) -> f64:
    return sum(xs)

fn total_int(xs: [Int]) -> Int:
    s = 0
    for x in xs:
        s += x
    return s
"""


class Sub(np.ndarray):
    pass


@pytest.fixture(scope="module")
def k(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    path = tmp_path_factory.mktemp("arrays") / "arrays.ember"
    path.write_text(SOURCE)
    return ember.load(path)


def _unaligned(n: int) -> np.ndarray:
    a = np.frombuffer(bytearray(8 * n + 1), dtype=np.float64, offset=1, count=n)
    assert not a.flags.aligned
    return a


@pytest.mark.parametrize("make", [
    lambda: np.arange(6.0),
    lambda: np.arange(6.0)[1:],                      # a view: data not at the start of the block
    lambda: np.arange(12.0)[::2],                    # not contiguous
    lambda: np.arange(6.0).view(Sub),                # a subclass
    lambda: np.zeros(0),                             # empty
    lambda: np.asarray(np.arange(6.0)).copy(order="C").view(np.float64),
], ids=["plain", "view", "strided", "subclass", "empty", "copy"])
def test_float_arrays(k, make) -> None:  # noqa: ANN001
    a = make()
    assert k.total(a) == float(np.asarray(a, dtype=np.float64).sum())


def test_an_owned_strided_array_is_copied_before_its_copy_is_freed(k) -> None:  # noqa: ANN001
    """An `owned` list takes a copy of a strided array: the contiguous copy NumPy makes
    must live until it is copied into the list (it was a temporary whose storage, big
    enough to be unmapped when freed, was read after: a segfault)."""
    a = np.arange(400000.0)[::2]
    assert k.total_owned(a) == float(a.sum())


def test_unaligned_and_readonly(k) -> None:  # noqa: ANN001
    u = _unaligned(5)
    u[:] = [1.0, 2.0, 3.0, 4.0, 5.0]
    assert k.total(u) == 15.0
    r = np.arange(4.0)
    r.flags.writeable = False
    assert k.total(r) == 6.0


def test_other_element_types(k) -> None:  # noqa: ANN001
    assert k.count_true(np.array([True, False, True])) == 2
    assert k.total_i32(np.arange(5, dtype=np.int32)) == 10
    assert k.total_int(np.arange(5, dtype=np.int64)) == 10
    assert k.total_int(np.arange(5, dtype=np.longlong)) == 10  # 'q' as well as 'l'


@pytest.mark.parametrize("bad", [
    np.zeros(3, dtype=np.float32),
    np.zeros((2, 2)),
    np.zeros(3, dtype=np.int64),
    np.arange(3.0).astype(">f8"),
], ids=["f32", "2-d", "int", "byte-swapped"])
def test_wrong_arrays_raise(k, bad) -> None:  # noqa: ANN001
    with pytest.raises(TypeError, match=r"total\(\): argument `xs`"):
        k.total(bad)
    with pytest.raises(TypeError):
        k.total_i32(np.zeros(3, dtype=np.int64))


def test_the_entry_point_reads_numpy_fields(tmp_path: Path) -> None:
    """The fast entry compares the argument's type with numpy.ndarray before it asks for
    a buffer (the unoptimized IR of the layer's module)."""
    from ember.driver import frontend
    from ember.driver.library import interfaced
    from ember.driver.session import Session
    from ember.interop import exports

    path = tmp_path / "one.ember"
    path.write_text("fn first(xs: [f64]) -> f64:\n    return xs[0]\n")
    session = Session()
    program = frontend.load(session, path)
    assert program is not None
    front, mir, iface = interfaced(session, path, program)
    ir = front.ir_of(session, program, mir, exports.extender(iface, mir))
    fast = ir[ir.index('define ptr @"ember.py.'):]
    fast = fast[:fast.index("\n}\n")]
    assert "ember_py_ndarray_type" in fast
    assert fast.index("ember_py_ndarray_type") < fast.index("PyObject_GetBuffer")
    assert ember.load(path).first(np.array([2.5, 1.0])) == 2.5


ROWS = """\
fn rows(v: [f64], inout out: [f64], n: Int):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += v[j] / f64(i + j + 1)
        out[i] = s
"""


def test_an_inout_array_is_not_another_argument_too(tmp_path: Path) -> None:
    """As at an Ember call site (`u` passed as `inout` and as another argument is a
    compile-time error), an `inout` list may not share its data with another list
    argument: the compiled code assumes it does not (LLVM's noalias, mir/outer.py's
    rows), so the result would depend on the schedule. A ValueError says so; arrays
    that do not overlap (two halves of one) are fine."""
    path = tmp_path / "rows.ember"
    path.write_text(ROWS)
    m = ember.load(path)
    c = np.ones(16)
    with pytest.raises(ValueError, match=r"argument `out` is `inout` and also passed as `v`"):
        m.rows(c, c, 16)
    with pytest.raises(ValueError, match="only reference"):
        m.rows(c[2:], c[:8], 8)   # overlapping views
    xs = [1.0] * 4
    with pytest.raises(ValueError):
        m.rows(xs, xs, 4)
    both = np.ones(16)
    m.rows(both[:8], both[8:], 8)   # disjoint halves
    out = np.zeros(8)
    m.rows(np.ones(8), out, 8)
    expected = [sum(1.0 / (i + j + 1) for j in range(8)) for i in range(8)]
    assert both[8:].tolist() == out.tolist() == expected
