"""Differential fuzz of mir/outer.py: random nests of independent rows (a value per row
from an inner loop, stored as `out[i]`) run under CPython (the oracle) and `ember run`;
stdout must match exactly, so every row computed in SIMD lanes must be the scalar
loop's, bit for bit. The arithmetic mixes the row and column indices as `Int`s (small:
no overflow is possible, CPython's ints and Ember's agree) with float sums, products and
quotients, and the row's own element of a second list (`w[i]`: a vector load); the
numbers of rows cover empty, shorter than the lanes, and every remainder; about one
function in five also stores into a list it reads, or reads the row's own output, which
the pass must leave scalar. One compile holds all functions of a batch; Hypothesis draws
the batch's seed. One batch costs about 6 s; campaigns of seeds 1-60 and 300-329 (without
`w[i]`) and 400-424 (600 functions, 351 of them vectorized) found no difference. Some
updates run under a test (an `and`/`or` too, an `else` sometimes), some rows change `t`
under a test after the inner loop: seeds 1-3 and 700-729 (792 functions, 122 of the 434
with a test vectorized) found no difference, and a select with its sides swapped differs
in seed 1. Some inner loops are `for j, vj in enumerate(v)` (list loops): seeds 1-3 and
900-929 (792 functions) found no difference. Some rows run a second inner loop, some read
the inner loop's last `j` after it: seeds 1-3 and 1100-1129 (792 functions, 332
vectorized) found no difference (tests/programs/outer/two_loops.ember holds the case
that was wrong before: a value an inner loop that may not run sets, read after it).
"""
from __future__ import annotations

import random
import re
from pathlib import Path

from ember_testing import one_random_seed, runs_like_cpython

FUNCTIONS = 24


def _int_expr(r: random.Random, depth: int = 0, names: tuple[str, ...] = ("i", "j")) -> str:
    atoms = [*names, *names, str(r.randint(0, 9))]
    if depth > 2 or r.random() < 0.3:
        return r.choice(atoms)
    a, b = _int_expr(r, depth + 1, names), _int_expr(r, depth + 1, names)
    return r.choice([f"({a} + {b})", f"({a} * {b})", f"({a} - {b})", f"({a} // {r.randint(1, 5)})",
                     f"({a} % {r.randint(1, 7)})"])


def _float_expr(r: random.Random, depth: int = 0) -> str:
    atoms = ["v[j]", f"float({_int_expr(r, 2)})", f"{r.randint(1, 9)}.{r.randint(0, 99)}", "t", "w[i]"]
    if depth > 2 or r.random() < 0.3:
        return r.choice(atoms)
    a, b = _float_expr(r, depth + 1), _float_expr(r, depth + 1)
    return r.choice([f"({a} + {b})", f"({a} * {b})", f"({a} - {b})", f"({a} / ({(e := _int_expr(r, 2))} * {e} + 1))"])


def _function(r: random.Random, k: int) -> str:
    update = r.choice(["s += {e}", "s = s * 0.5 + {e}", "s -= {e}", "s = {e} - s"]).format(e=_float_expr(r))
    inner = r.choice(["j in range(len(v))", "j in range(m)", "j in range(3)", "j in range(i % 4, m)",
                      "j, vj in enumerate(v)"])  # a list loop: mir/outer.py `_as_range_loops`
    if r.random() < 0.4:  # under a test: both sides run in the lanes, each lane keeping its own
        test = f"{_float_expr(r, 1)} {r.choice(['<', '>', '>='])} {r.randint(-3, 9)}.5"
        if r.random() < 0.3:
            test += f" {r.choice(['and', 'or'])} v[j] < {r.randint(-1, 2)}.25"
        other = f"\n            else:\n                s = s * 0.75 - {_float_expr(r, 2)}" if r.random() < 0.5 else ""
        update = f"if {test}:\n                {update}{other}"
    if "enumerate" in inner and r.random() < 0.7:
        update = update.replace("v[j]", "vj")
    store = "out[i] = s + t"
    if r.random() < 0.3:
        store = f"if s > {r.randint(-2, 5)}.5:\n            t = t * 0.5 - s\n        " + store
    if r.random() < 0.2:
        store = r.choice(["out[i] = s + out[lo]", "out[i] = s\n        v[0] = s"])
    first = ""
    if r.random() < 0.15:  # the inner loop's last `j`, an earlier row's when the loop does not run
        first, store = "j = 0\n    ", store + " + float(j)"
    second = ""
    if r.random() < 0.3:  # a second inner loop after the first: the rows run both in lanes
        again = re.sub(r"\bj\b", "j2", _float_expr(r))
        second = f"for j2 in {r.choice(['range(m)', 'range(len(v))', 'range(2, m)'])}:\n            t = t * 0.5 + {again}\n        "
    return f"""
def nest{k}(v: list[float], w: list[float], out: list[float], lo: int, n: int, m: int) -> None:
    {first}for i in range(lo, n):
        s = {r.randint(0, 3)}.5
        t = float({_int_expr(r, names=("i",))})
        for {inner}:
            {update}
        {second}{store}
"""


def _program(seed: int) -> str:
    r = random.Random(seed)
    parts = [_function(r, k) for k in range(FUNCTIONS)]
    calls = []
    for k in range(FUNCTIONS):
        n, m = r.choice([0, 1, 5, 8, 9, 16, 17, 23]), r.randint(0, 12)
        lo = r.randint(0, min(n, 3))
        calls.append(f"out = [0.0] * {n}\nv = [0.25 * x - 1.0 for x in range({m + 3})]\n"
                     f"w = [0.5 * x + 0.25 for x in range({n})]\n"
                     f"nest{k}(v, w, out, {lo}, {n}, {m})\nprint({k}, out, v)")
    return "".join(parts) + "\n\n" + "\n".join(calls) + "\n"


@one_random_seed
def test_random_row_nests_print_what_cpython_prints(seed: int, tmp_path: Path) -> None:
    runs_like_cpython(tmp_path, "nests.ember", _program(seed), seed)
