"""Optimized IR of `Int` sums over lists (`ember emit llvm`), DESIGN.md "Tests".

Issue 8: the per-element overflow check of a checked `Int` add kept `s += x` scalar.
mir/overflow.py runs such a loop first with wrapping adds and an or-reduced bound on the
terms, so it vectorizes; the checked loop stays for the sums the bound does not prove
(its faults are tested by tests/programs/bounds/sum_*.ember). `--target-cpu x86-64-v3`
(AVX2) makes the vector width the same on every host.
"""
from __future__ import annotations

import re
from pathlib import Path

from ember_testing import optimized_ir, vector_bodies

SUMS = """\
from sys import argv

fn total(xs: [Int]) -> Int:
    s = 0
    for x in xs:
        s += x
    return s

fn total_indexed(xs: [Int]) -> Int:
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s

fn main():
    n = int(argv[1])
    xs: [Int] = []
    for i in range(n):
        xs.append(i)
    print(total(xs), total_indexed(xs))
"""

# a loop with an effect besides the sum keeps only the checked loop
PRINTING = """\
from sys import argv

fn total(xs: [Int]) -> Int:
    s = 0
    for x in xs:
        s += x
        print(s)
    return s

fn main():
    n = int(argv[1])
    xs: [Int] = [1] * n
    print(total(xs))
"""

VECTOR_ADD = re.compile(r"add <(4|8) x i64>")


def test_int_sums_vectorize_without_checks(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, SUMS)
    bodies = [b for b in vector_bodies(ir) if VECTOR_ADD.search(b)]
    assert len(bodies) >= 2, "both sums should vectorize:\n" + ir[-6000:]
    for body in bodies:
        assert "with.overflow" not in body and "fault" not in body and "fail" not in body, body
    assert "llvm.sadd.with.overflow.i64" in ir  # the checked loop is still there


def test_int_sum_with_an_effect_keeps_the_checked_loop(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, PRINTING)
    assert not [b for b in vector_bodies(ir) if VECTOR_ADD.search(b)]
    assert "llvm.sadd.with.overflow.i64" in ir
