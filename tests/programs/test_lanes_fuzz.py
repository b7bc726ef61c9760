"""Differential fuzz of mir/variants.py (with mir/outer.py): random functions of two
floats and a uniform `Int` (a loop bound or a result) whose loop returns early on random
tests (of the arguments' values, or of the counter alone, the same in every lane), some
with tests whose sides meet again, some after a loop over a list of coefficients the
same in every lane, are
called in loops (over a range, or over a list's elements, `enumerate`d or `zip`ped) that sum their `Int` results
(or count under a test of them) or store their float results, under CPython (the oracle)
and `ember run`; stdout must match exactly, so every lane of a vector variant must return
the scalar call's value at the same iteration. Values may grow to inf or NaN (the lanes'
comparisons must agree with the scalar ones there too, and `min`, `max` pick by `<` as
Python's); some functions use shapes the pass refuses (`and` in a test), which must stay
right. One compile holds all functions of a batch; Hypothesis draws the batch's seed. One
batch costs 1-5 s; campaigns over seeds 1-5 and 200-229 (840 functions, 610 of them
vectorized; with the generator's earlier versions, seeds 1-50 and 100-139 too) found no
difference; with list loops, seeds 300-339, then also `return k + 1`, seeds 1-10 and
400-429 (1920 functions; 278 of 455 list loops vectorized; 47 of the 165 `k + 1`
functions of 400-429 got a variant) neither; with a list every lane is given (`for c in
cs` before the loop), seeds 1-5 and 500-529 (840 functions: 226 of 307 with a `cs` loop
got a variant) neither; with sides that meet again (`if c: a = ...`, an `else` too),
seeds 1-5 and 600-629 (840 functions: 199 of 288 with one got a variant) neither, and a
select with its sides swapped differs in seeds 1 and 2; with `enumerate` and `zip` loops
too, seeds 1-3 and 800-829 (792 functions: 95 of 161 list loops vectorized) neither; with
`while c < lim and test:` counts (mir/below.py), seeds 1-3 and 1300-1329 (792
functions: 74 of 121 of those got a variant) neither; with their sums bounded too
(`_counts`), seeds 1500-1524 (600 functions: all 89 got a variant) neither.
"""
from __future__ import annotations

import random
from pathlib import Path

from ember_testing import one_random_seed, runs_like_cpython

FUNCTIONS = 24


def _expr(r: random.Random, depth: int = 0, k: str = "float(k)") -> str:
    atoms = ["a", "b", "x", "y", k, f"{r.randint(0, 3)}.{r.randint(0, 99)}"]
    if depth > 2 or r.random() < 0.3:
        return r.choice(atoms)
    p, q = _expr(r, depth + 1, k), _expr(r, depth + 1, k)
    return r.choice([f"({p} + {q})", f"({p} * {q})", f"({p} - {q})", f"({p} / ({q} * {q} + 1.0))", f"(-{p})",
                     f"min({p}, {q})", f"max({p}, {q})", f"abs({p})", f"math.sqrt(abs({p}))"])


def _test(r: random.Random) -> str:
    match r.random():
        case v if v < 0.15:
            return f"k == {r.randint(0, 12)}"  # the same in every lane
        case v if v < 0.25:
            return f"a > {r.randint(0, 9)}.5 and b < 1.0"  # branches that join: no variant
        case _:
            return f"{_expr(r, 1)} {r.choice(['>', '<', '>=', '<=', '!='])} {r.randint(-9, 9)}.25"


def _while(r: random.Random, n: int) -> str:
    """Python's mandelbrot loop: `while n < lim and test:` (either order), `n += 1`
    (mir/below.py: `n < lim` holds at the increment), the count returned."""
    test = f"{_expr(r, 1, 'float(c)')} {r.choice(['<', '<=', '>'])} {r.randint(-9, 9)}.25"
    cond = r.choice([f"c < lim and {test}", f"{test} and c < lim", f"c < {r.randint(0, 30)} and {test}"])
    steps = "\n        ".join(f"{r.choice(['a', 'b'])} = {_expr(r, 0, 'float(c)')}" for _ in range(r.randint(1, 3)))
    return f"""
def f{n}(x: float, y: float, lim: int, cs: list[float]) -> int:
    a = x
    b = y
    c = {r.randint(0, 2)}
    while {cond}:
        {steps}
        c += 1
    return c
"""


def _function(r: random.Random, n: int, floats: bool) -> str:
    if not floats and r.random() < 0.25:
        return _while(r, n)
    result = "float" if floats else "int"
    leave = (lambda: _expr(r, 1)) if floats else (lambda: r.choice(["k", "k", str(r.randint(-3, 50)), "k + 1", "k + 1", "lim"]))
    body = []
    for _ in range(r.randint(1, 4)):
        match r.random():
            case v if v < 0.4:
                body.append(f"if {_test(r)}:\n            return {leave()}")
            case v if v < 0.5:
                body.append(f"if {_test(r)}:\n            w = {_expr(r, 1)}\n            return {leave() if not floats else 'w * 0.5'}")
            case v if v < 0.65:  # sides that meet again: each lane keeps its side's values
                other = f"\n        else:\n            {r.choice(['a', 'b'])} = {_expr(r)}" if r.random() < 0.5 else ""
                body.append(f"if {_test(r)}:\n            {r.choice(['a', 'b'])} = {_expr(r)}{other}")
            case _:
                body.append(f"{r.choice(['a', 'b'])} = {_expr(r)}")
    body.append(f"b = {_expr(r)}")
    lines = "\n        ".join(body)
    tail = _expr(r, 1) if floats else str(r.randint(0, 60))
    count = r.choice([str(r.randint(1, 40)), "lim", "1, lim"])
    first = "k = 0\n    " if "lim" in count else ""  # `k` is read after a loop that may not run
    if r.random() < 0.35:  # a loop over the list every lane is given (Horner's coefficients)
        test = f"{_expr(r, 1, 'c')} {r.choice(['>', '<'])} {r.randint(-9, 9)}.25"
        out = _expr(r, 1, "c") if floats else r.choice([str(r.randint(0, 9)), "lim"])
        first = f"for c in cs:\n        a = a * c + {_expr(r, 1, 'c')}\n        if {test}:\n            return {out}\n    " + first
    return f"""
def f{n}(x: float, y: float, lim: int, cs: list[float]) -> {result}:
    a = x
    b = y
    {first}for k in range({count}):
        {lines}
    return {tail}
"""


def _caller(r: random.Random, n: int, floats: bool) -> str:
    if floats:
        return f"""
def run{n}(out: list[float], m: int, p: float, lim: int, cs: list[float]) -> None:
    for i in range(m):
        out[i] = f{n}(float(i) * 0.37 - p, p * 0.5, lim, cs)
"""
    listed = r.random() < 0.4  # over a list's elements (`for x in xs`, mir/outer.py `_list_loop_as_range`)
    loop, xarg = r.choice([("x in xs", "x"), ("i, x in enumerate(xs)", "x + float(i) * 0.01"),
                           ("x, q in zip(xs, ys)", "x - q * 0.5")])
    call = f"f{n}({xarg if listed else 'x'}, p * 0.5, lim, cs)"
    add = r.choice([f"t += {call}",  # a sum of results, or a count under a test of one
                    f"if {call} {r.choice(['>', '<=', '!='])} {r.randint(-1, 9)}:\n            t += {r.choice(['1', 'lim', '3'])}",
                    f"if not {call} > {r.randint(0, 5)}:\n            t += 2"])
    if listed:
        return f"""
def run{n}(m: int, p: float, lim: int, cs: list[float]) -> int:
    xs = [float(i) * 0.37 - p for i in range(m)]
    ys = [float(i) * 0.25 for i in range(m + {r.randint(-2, 2)})]
    t = 7
    for {loop}:
        {add}
    return t
"""
    return f"""
def run{n}(m: int, p: float, lim: int, cs: list[float]) -> int:
    t = 7
    for i in range(m):
        x = float(i) * 0.37 - p
        {add}
    return t
"""


def _program(seed: int) -> str:
    r = random.Random(seed)
    kinds = [r.random() < 0.4 for _ in range(FUNCTIONS)]
    parts = [_function(r, n, fl) + _caller(r, n, fl) for n, fl in enumerate(kinds)]
    calls = []
    for n, fl in enumerate(kinds):
        m, p = r.choice([0, 1, 5, 8, 9, 16, 17, 23, 33, 40, 50]), r.choice(["0.0", "1.5", "-2.25", "3.0"])
        lim = r.choice([2, 13, 40, -1])
        cs = r.choice(["[]", "[0.5]", "[0.5, -1.25, 2.0]", "[1.5, 0.25, -0.75, 1.0, 0.125]"])
        if fl:
            calls.append(f"out = [0.0] * {m}\nrun{n}(out, {m}, {p}, {lim}, {cs})\nprint({n}, out)")
        else:
            calls.append(f"print({n}, run{n}({m}, {p}, {lim}, {cs}))")
    return "import math\n" + "".join(parts) + "\n\n" + "\n".join(calls) + "\n"


@one_random_seed
def test_random_early_exits_in_lanes_print_what_cpython_prints(seed: int, tmp_path: Path) -> None:
    runs_like_cpython(tmp_path, "lanes.ember", _program(seed), seed)
