"""A `parallel for` float reduction sums each chunk in the order LLVM's vectorizer picks
(mir/build/parallel.py `_reassociate`, LANGUAGE.md §6): the result must still be the same
for every thread count and every run, and close to the strict sum; a serial loop keeps
the strict left-to-right order (CPython's result, bit for bit).

The values are chosen so that the order shows in the last bits.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

from ember_testing import build_text, subprocess_env

N = 100_003
PROGRAM = f"""\
fn values(n: Int) -> [f64]:
    xs: [f64] = []
    for i in range(n):
        xs.append(1.0 / f64(i + 1) + f64(i % 3) * 1e8)
    return xs

fn parallel_sum(xs: [f64]) -> f64:
    total = 0.0
    parallel for x in xs:
        total += x
    return total

fn serial_sum(xs: [f64]) -> f64:
    total = 0.0
    for x in xs:
        total += x
    return total

fn main():
    xs = values({N})
    print(repr(parallel_sum(xs)), repr(parallel_sum(xs)))
    print(repr(serial_sum(xs)))
"""


def test_parallel_float_sums_are_reproducible(tmp_path: Path) -> None:
    exe = build_text(tmp_path, "fsum.ember", PROGRAM)
    outs = set()
    for threads in (1, 2, 3, 8):
        env = subprocess_env() | {"EMBER_NUM_THREADS": str(threads)}
        for _ in range(3):
            p = subprocess.run([str(exe)], env=env, capture_output=True, text=True, timeout=120)
            assert p.returncode == 0, p.stderr
            outs.add(p.stdout)
    assert len(outs) == 1, outs
    par_line, serial_line = outs.pop().splitlines()
    a, b = (float(v) for v in par_line.split())
    assert a == b
    strict = 0.0
    for i in range(N):
        strict += 1.0 / (i + 1) + (i % 3) * 1e8
    assert float(serial_line) == strict  # the serial loop is not reassociated
    assert abs(a - strict) <= 1e-12 * abs(strict)
