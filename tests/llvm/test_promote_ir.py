"""Optimized IR of loops that keep using one list element (mir/promote.py).

Issue 8, B5: n-body's `for j in range(i + 1, n)` changed `bodies[i].v` and
`bodies[j].v`; LLVM cannot tell the elements apart, so every iteration stored
`bodies[i].v` and loaded it again (and reloaded `bodies[i].x` after each store to
`bodies[j]`). The range proves j > i, so the fields of `bodies[i]` live in locals in the
loop and are stored once after it.
"""
from __future__ import annotations

import re
from pathlib import Path

from ember_testing import optimized_ir

PULL = """\
from sys import argv

struct Body:
    x: f64
    v: f64
    m: f64

fn pull(inout bodies: [Body], dt: f64):
    n = len(bodies)
    for i in range(n):
        for j in range({j_range}):
            d = bodies[i].x - bodies[j].x
            f = dt / (d * d + 1.0)
            bodies[i].v -= d * f * bodies[j].m
            bodies[j].v += d * f * bodies[i].m

fn main():
    bodies: [Body] = []
    for q in range(int(argv[1])):
        bodies.append(Body(f64(q), 0.1, 1.0 + f64(q)))
    pull(bodies, 0.01)
    print(bodies[0].v)
"""


def _fdiv_blocks(ir: str) -> list[str]:
    """The basic blocks (of any function) that contain the loop's one division."""
    blocks = re.split(r"\n(?=[\w.]+:)", ir)
    return [b for b in blocks if "fdiv double" in b]


def _per_division(ir: str, what: str) -> float:
    """The fewest `what` per division in a block of the loop: the unchecked copy's (the
    bounds-checked copy of mir/bounds.py keeps every access)."""
    blocks = _fdiv_blocks(ir)
    assert blocks, ir
    return min(len(re.findall(what, b)) / b.count("fdiv double") for b in blocks)


def test_the_invariant_elements_fields_stay_out_of_memory(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, PULL.format(j_range="i + 1, n"))
    # one store per iteration: bodies[j].v; bodies[i].v waits for the end of the loop
    assert _per_division(ir, r"store double") == 1, _fdiv_blocks(ir)
    # loads: bodies[j].x, .m and .v; bodies[i]'s fields come from registers
    assert _per_division(ir, r"load double") == 3, _fdiv_blocks(ir)


def test_below_the_invariant_index_too(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, PULL.format(j_range="i"))
    assert _per_division(ir, r"store double") == 1, _fdiv_blocks(ir)


def test_not_when_j_may_be_i(tmp_path: Path) -> None:
    """range(n): bodies[j] is bodies[i] once per row; both stay in memory."""
    ir = optimized_ir(tmp_path, PULL.format(j_range="n"))
    assert _per_division(ir, r"store double") == 2, _fdiv_blocks(ir)
