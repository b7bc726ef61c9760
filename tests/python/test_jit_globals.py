"""`@ember.jit` and the names a function reads from its module (ember/api/jitsource.py):
the functions it calls are compiled along, numbers and strings are frozen constants,
`math` is imported; anything else is a CompileError that names the line."""
from __future__ import annotations

import inspect
import math
from collections import defaultdict
from math import sqrt as root
from os.path import basename

import numpy as np
import pytest

import ember

LIMIT = 10
SCALE = 2.5
NAME = "ember"
ON = True
PAIR = (3, 0.5)
HUGE = float("inf")
LOWEST = -(2 ** 63)
TABLE = [1, 2, 3]


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@ember.jit
def longest(limit):
    best = 0
    for i in range(1, limit):
        best = max(best, collatz_len(i))
    return best


@ember.jit
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@ember.jit
def twice_fib(n):
    return 2 * fib(n)  # another jitted function, itself recursive


def hyp(a, b):
    return root(a * a + b * b)  # `from math import sqrt as root`


@ember.jit
def constants(x):
    return (x * SCALE + LIMIT + PAIR[0] * PAIR[1], NAME + str(ON), math.pi > 3.0, HUGE > x, LOWEST < 0, hyp(3.0, 4.0))


def test_called_functions_compile_along() -> None:
    assert longest(1000) == max(collatz_len(i) for i in range(1, 1000)) == 178
    assert twice_fib(15) == 2 * 610
    assert fib(10) == 55


def test_constants_and_math_are_read_as_they_are_at_compile_time() -> None:
    assert constants(2.0) == (2.0 * SCALE + LIMIT + 1.5, "emberTrue", True, True, True, 5.0)


def test_a_closure_reads_its_enclosing_values() -> None:
    limit = 7

    def small(x):
        return x < limit

    @ember.jit
    def count(xs):
        return sum(1 for x in xs if small(x))

    assert count(np.arange(20)) == 7
    assert count([1, 9, 3]) == 2


def test_changes_after_compiling_are_not_seen() -> None:
    """As in Numba: a global's value is frozen into the instance that read it."""
    global LIMIT

    @ember.jit
    def plus_limit(x):
        return x + LIMIT

    assert plus_limit(1) == 11
    LIMIT = 20
    try:
        assert plus_limit(1) == 11  # the same instance
        assert plus_limit(1.0) == 21.0  # a new one reads the global anew
    finally:
        LIMIT = 10


def _line_of(f, text: str) -> int:
    lines, first = inspect.getsourcelines(f._py)
    return first + next(i for i, line in enumerate(lines) if text in line)


def test_what_compiled_code_cannot_read_names_its_line() -> None:
    @ember.jit
    def reads_a_list(i):
        return TABLE[i]

    @ember.jit
    def uses_numpy(x):
        return np.sqrt(x)

    @ember.jit
    def other_file(p):
        return basename(p)

    alias = collatz_len

    @ember.jit
    def by_another_name(n):
        return alias(n)

    @ember.jit
    def changes_a_global(x):
        global LIMIT
        LIMIT = x
        return x

    cases = [(reads_a_list, 1, "TABLE[i]", "`TABLE` is a global list"),
             (uses_numpy, 1.0, "np.sqrt", "`np` is the module `numpy`"),
             (other_file, "a/b", "basename(p)", "`basename` is defined in .*posixpath"),
             (by_another_name, 3, "alias(n)", "`alias` names the function `collatz_len`"),
             (changes_a_global, 3, "LIMIT = x", "`LIMIT` is a global that this function changes")]
    for f, arg, text, message in cases:
        with pytest.raises(ember.CompileError, match=rf"test_jit_globals\.py:{_line_of(f, text)}: error: {message}"):
            f(arg)
    assert LIMIT == 10


def test_a_helpers_diagnostic_names_its_own_line() -> None:
    def helper(x):
        return id(x)  # not in Ember

    @ember.jit
    def calls(x):
        return helper(x)

    lines, first = inspect.getsourcelines(helper)
    with pytest.raises(ember.CompileError, match=rf"test_jit_globals\.py:{first + 1}:\d+: error"):
        calls(1)


def test_long_python_lists_convert_at_numpys_speed_with_the_same_checks() -> None:
    """A list of plain floats (ints mixed in) goes through NumPy in one step; one with
    an element that does not fit is still named by its index."""
    @ember.jit
    def total(xs, s):
        for x in xs:
            s += x
        return s

    xs = [float(i) for i in range(100_000)] + [1]
    assert total(xs, 0.0) == sum(xs)
    assert total([1, 2, 3], 0) == 6
    with pytest.raises(OverflowError, match=r"argument `xs\[2\]`.* does not fit"):
        total([1, 2, 2 ** 70], 0)
    with pytest.raises(TypeError, match="mixing"):
        total([1, True], 0)


BIG = 2 ** 64


def test_an_int_global_that_does_not_fit() -> None:
    @ember.jit
    def plus_big(x):
        return x + BIG

    with pytest.raises(ember.CompileError, match=r"`BIG` is a global int that does not fit in `Int` \(64 bits\)"):
        plus_big(1)


def test_a_class_imported_from_a_module_ember_has() -> None:
    """`from collections import defaultdict`: a class, imported as `sqrt` is."""
    @ember.jit
    def residues(xs):
        d = defaultdict(int)
        for x in xs:
            d[x % 3] += 1
        return d[0] * 100 + d[1] * 10 + d[2]

    assert residues([1, 2, 3, 4, 5, 6, 7]) == 232


def test_counter_from_collections() -> None:
    from collections import Counter

    @ember.jit
    def top(words):
        return Counter(words).most_common(1)[0][1]

    assert top(["a", "b", "a"]) == 2
