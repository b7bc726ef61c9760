"""Optimized IR of loops that call small functions (`ember emit llvm`), DESIGN.md "Tests".

Issue 8, B7: `s += eval_a(i, j) * v[j]` kept four overflow branches per iteration and
was not unrolled, because `eval_a` was a call when the MIR loop passes ran (LLVM inlined
it only later). mir/inline.py now inlines it first; mir/overflow.py then finds the
checked arithmetic bounded by the loop's range (mir/ranges.py) and runs it unchecked.
A loop with a store gets the range proof alone. The checked loop stays for the bounds
that do not fit (its faults are tested by tests/programs/inline/*.ember).
"""
from __future__ import annotations

import re
from pathlib import Path

from ember_testing import optimized_ir, vector_bodies

SPECTRAL = """\
from sys import argv

fn eval_a(i: Int, j: Int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

fn mul_av(v: [float], inout out: [float], n: Int):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s

fn main():
    n = int(argv[1])
    v = [1.0] * n
    out = [0.0] * n
    mul_av(v, out, n)
    print(out[0])
"""

WEIGHTS = """\
from sys import argv

fn weight(i: Int) -> Int:
    return 3 * i + 1

fn weighted(n: Int) -> Int:
    s = 0
    for i in range(n):
        s += weight(i)
    return s

fn main():
    print(weighted(int(argv[1])))
"""

# a loop with a store cannot run twice: the range proof alone lets it vectorize
SQUARES = """\
from sys import argv

fn square_plus(i: Int, k: Int) -> Int:
    return i * i + k

fn halves(inout out: [float], k: Int):
    for i in range(len(out)):
        out[i] = float(square_plus(i, k)) * 0.5

fn main():
    n = int(argv[1])
    out = [0.0] * n
    halves(out, 3)
    print(out[n - 1])
"""


def _blocks(ir: str) -> list[str]:
    """The text of every basic block of the module."""
    return re.split(r"\n(?=[\w.\"-]+:)", ir)


def test_inlined_call_loop_is_vectorized_without_overflow_checks(tmp_path: Path) -> None:
    """The divisions run 4 wide (codegen/target.py's ordered reductions; scalar and
    unrolled 4 times before)."""
    ir = optimized_ir(tmp_path, SPECTRAL)
    unrolled = [b for b in _blocks(ir) if re.search(r"fdiv <4 x double>", b)]
    assert unrolled, "the inner loop should be vectorized:\n" + ir[-8000:]
    for body in unrolled:
        calls = re.findall(r"call \S+ @([\w.]+)", body)
        assert "with.overflow" not in body and "fault" not in body, body
        assert all(c.startswith("llvm.vector.reduce.fadd") for c in calls), calls
        assert "icmp" in body  # the loop's own exit test is all that branches
    assert "llvm.sadd.with.overflow.i64" in ir  # the checked loop is still there


def test_sum_of_an_inlined_call_vectorizes(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, WEIGHTS)
    bodies = [b for b in vector_bodies(ir) if re.search(r"add <4 x i64>", b)]
    assert bodies, "the sum should vectorize:\n" + ir[-6000:]
    for body in bodies:
        assert "with.overflow" not in body and "fault" not in body, body


def test_store_loop_with_bounded_arithmetic_vectorizes(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, SQUARES)
    bodies = [b for b in vector_bodies(ir) if re.search(r"mul nuw nsw <4 x i64>", b) and "store <4 x double>" in b]
    assert bodies, "the loop should vectorize:\n" + ir[-6000:]
    for body in bodies:
        assert "with.overflow" not in body and "fault" not in body, body
    assert "llvm.smul.with.overflow.i64" in ir  # the checked loop is still there
