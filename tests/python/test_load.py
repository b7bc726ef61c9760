"""`ember.load`: calling Ember from Python with §12's conversions, errors and faults."""
from __future__ import annotations

import gc
import inspect
import threading
import time
from pathlib import Path

import numpy as np
import pytest

import ember


def test_function_metadata(layer) -> None:
    assert layer.add.__doc__ == "Adds two integers."
    sig = inspect.signature(layer.greet)
    assert list(sig.parameters) == ["name", "times"]
    assert sig.parameters["times"].default == 1
    assert str(inspect.signature(layer.move_point)) == "(p: 'inout Point', dx: 'f64') -> None"
    assert repr(layer.add) == "<ember function layer.add(a: 'Int', b: 'Int') -> 'Int'>"
    assert layer.__file__.endswith("layer.ember")
    assert "untyped" in layer.__ember_skipped__ and not hasattr(layer, "untyped")


def test_scalars_and_strings(layer) -> None:
    assert layer.add(2, 3) == 5
    assert layer.add(np.int64(2), 3) == 5
    assert layer.halve(3) == 1.5 and layer.halve(np.float32(3.0)) == 1.5
    assert layer.narrow(-1, 255, 2.75) == 256
    assert layer.negate(True) is False
    assert layer.greet("bo") == "hi bo! "
    assert layer.greet("x", times=2) == layer.greet(name="x", times=2) == "hi x! hi x! "
    assert layer.greet("é✓") == "hi é✓! "


def test_results_tuples_structs_lists(layer) -> None:
    assert layer.pair(1, 2.5) == (2, 5.0, "t")
    assert layer.words("a b  c") == ["a", "b", "c"]
    named = layer.make_named("ab")
    assert (named.name, named.tags, named.at.x, named.at.y) == ("ab", ["ab", "AB"], 1.0, 2.0)
    assert repr(named) == "Named(name='ab', tags=['ab', 'AB'], at=Point(x=1.0, y=2.0))"
    assert layer.norm2(layer.Point(3.0, 4.0)) == 25.0
    assert layer.norm2(named.at) == 5.0
    p = layer.Point(x=1.0, y=1.0)
    layer.move_point(p, 2.5)
    assert p == layer.Point(3.5, 1.0)
    flags = layer.flags(3)
    assert flags.dtype == np.bool_ and flags.tolist() == [True, False, True]
    m = layer.matrix(2)
    assert [r.tolist() for r in m] == [[0.0, 1.0], [2.0, 3.0]]
    assert layer.empty().tolist() == []
    assert layer.first_word_lengths(("ab", "c")).tolist() == [2, 1]


def test_result_array_owns_its_buffer(layer) -> None:
    a = layer.first_word_lengths(["abc", "d"])
    assert isinstance(a, np.ndarray) and a.dtype == np.int64 and a.flags.writeable
    assert type(a.base).__name__ == "_Owner"  # the list's own storage, not a copy
    view = a[1:]
    del a
    gc.collect()
    assert view.tolist() == [1]  # the view keeps the storage alive


def test_numpy_arrays_without_copy(layer) -> None:
    x = np.arange(5, dtype=np.int64)
    assert layer.total(x) == 10
    assert layer.total(x[::2]) == 6  # not contiguous: copied, same answer
    m = np.arange(6, dtype=np.float64).reshape(2, 3)
    assert layer.total_rows(m) == 15.0
    layer.double_rows(m)  # inout rows: changed in place
    assert m.tolist() == [[0.0, 2.0, 4.0], [6.0, 8.0, 10.0]]
    assert layer.total_rows([[1.0], [2.0, 3.0]]) == 6.0  # lists of rows may differ in length


def test_inout_resizing_a_numpy_array_raises(layer) -> None:
    for fn in (layer.grow, layer.shrink):
        x = np.arange(3.0)
        with pytest.raises(ValueError, match="cannot resize an array lent to Ember"):
            fn(x)
        assert x.tolist() == [0.0, 1.0, 2.0]
    x = np.arange(3.0)
    layer.replace(x)  # a new list of the same length is copied in
    assert x.tolist() == [7.0, 8.0, 9.0]
    x = np.arange(2.0)
    with pytest.raises(ValueError, match="resized"):
        layer.replace(x)
    assert layer.add(1, 1) == 2


def test_lists_are_copied_and_inout_writes_back(layer) -> None:
    xs = [1.0, 2.0]
    layer.grow(xs)
    assert xs == [1.0, 2.0, 1.0]
    xs = [1.0]
    layer.replace(xs)
    assert xs == [7.0, 8.0, 9.0]
    with pytest.raises(TypeError, match=r"grow\(\): argument `xs`"):
        layer.grow((1.0, 2.0))  # a tuple cannot be written back


@pytest.mark.parametrize("bad, what", [
    ("abc", r"total\(\): argument `xs`"),
    ([1, "x"], r"total\(\): argument `xs\[1\]`"),
    ([1, 2.5], r"xs\[1\]"),
    (np.zeros(3, dtype=np.float64), "float64"),
    (np.zeros((2, 2), dtype=np.int64), "2 dimension"),
    ([True], "bool"),
])
def test_bad_arguments_are_type_errors(layer, bad, what) -> None:
    with pytest.raises(TypeError, match=what):
        layer.total(bad)


def test_type_errors_come_before_compiled_code(layer) -> None:
    xs = [1, 2]
    with pytest.raises(TypeError, match=r"append_to\(\): argument `v`"):
        layer.append_to(xs, "3")
    assert xs == [1, 2]
    with pytest.raises(TypeError, match="ragged|expected"):
        layer.total_rows([[1.0], 2.0])
    with pytest.raises(TypeError, match="argument `b`"):
        layer.add(1, 2.0)
    with pytest.raises(OverflowError):
        layer.add(1, 2**63)
    with pytest.raises(TypeError, match="Point"):
        layer.norm2((3.0, 4.0))
    with pytest.raises(TypeError):
        layer.add(1)


def test_raises_become_python_exceptions(layer) -> None:
    assert layer.check_positive(5) == 5
    with pytest.raises(ValueError, match="negative: -1"):
        layer.check_positive(-1)
    with pytest.raises(KeyError, match="zero"):
        layer.check_positive(0)
    with pytest.raises(ember.Error, match="unlucky"):
        layer.check_positive(13)
    assert layer.check_only(1) is None
    with pytest.raises(ValueError, match="negative"):
        layer.check_only(-1)


def test_faults_carry_the_location(layer) -> None:
    with pytest.raises(ZeroDivisionError, match=r"layer\.ember:\d+:\d+: integer division or modulo by zero"):
        layer.divide(1, 0)
    with pytest.raises(IndexError, match=r"layer\.ember:\d+:\d+: list index 50000 out of range"):
        layer.fault_in_parallel(list(range(10000)))
    assert layer.fault_in_parallel(list(range(100))) == 100
    with pytest.raises(IndexError, match=r"layer\.ember:\d+:\d+: list index 50000"):  # the direct entry
        layer.fault_in_parallel(np.arange(10000))
    x = np.arange(10000)
    assert layer.fault_in_parallel(x[:4000]) == 4000 and x.tolist() == list(range(10000))


def test_ten_thousand_faults_and_the_interpreter_lives_on(layer) -> None:
    for _ in range(10_000):
        with pytest.raises(ZeroDivisionError):
            layer.divide(1, 0)
    for _ in range(20):
        with pytest.raises(IndexError):
            layer.fault_in_parallel(list(range(10000)))
    assert layer.divide(7, 2) == 3
    assert layer.fault_in_parallel(list(range(1000))) == 1000


def test_top_level_statements_and_imports_run(layer) -> None:
    assert layer.scaled(2) == 8  # SCALE = 3, then SCALE + 1 at load
    assert layer.helper_twice(21) == 42


def test_kernels_release_the_interpreter_lock(layer) -> None:
    n = 1
    while True:  # about 0.2 s per call on this machine, whatever its load
        start, end = layer.timed_busy(n)
        if end - start > 0.2:
            break
        n *= 2
    spans: list[tuple[float, float]] = []
    threads = [threading.Thread(target=lambda: spans.append(layer.timed_busy(n))) for _ in range(2)]
    wall = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - wall
    (a0, a1), (b0, b1) = spans
    # measured inside the compiled code: with the lock held the calls could not overlap
    assert a0 < b1 and b0 < a1, spans
    overlap = min(a1, b1) - max(a0, b0)
    assert overlap > 0.25 * min(a1 - a0, b1 - b0), (spans, wall)


def test_module_freed_and_loaded_again() -> None:
    for _ in range(3):
        m = ember.load(Path(__file__).parent / "layer.ember")
        assert m.fault_in_parallel(list(range(5000))) == 5000  # starts the thread pool
        del m
        gc.collect()  # its pool is stopped before its code is freed


def test_scalar_entry_points_release_the_lock_too(layer) -> None:
    """busy() takes the direct CPython entry (numbers only): while it runs in a thread,
    this thread keeps running Python; with the lock held it would stall for the call."""
    from ember.interop.binding import Function

    assert type(layer.busy).__call__ is not Function.__call__  # the direct entry
    assert type(layer.pair).__call__ is Function.__call__  # a tuple result: the general path
    n = 1
    while True:
        t = time.perf_counter()
        layer.busy(n)
        call = time.perf_counter() - t
        if call > 0.3:
            break
        n *= 2
    done = threading.Event()
    worker = threading.Thread(target=lambda: (layer.busy(n), done.set()))
    worker.start()
    last, gap = time.perf_counter(), 0.0
    while not done.is_set():
        now = time.perf_counter()
        gap, last = max(gap, now - last), now
    worker.join()
    assert gap < 0.5 * call, (gap, call)
