"""Optimized IR of `parallel for` float reductions (`ember emit llvm`, AVX2 target).

Inside a chunk, the update of a float reduction is `fadd reassoc` (LANGUAGE.md §6 lets a
parallel float reduction differ in the last bits from the strict sum), so LLVM
vectorizes the chunk's loop; a serial loop's sum stays a chain of strict scalar adds.
"""
from __future__ import annotations

from pathlib import Path

from ember_testing import TESTS, load_test_module, optimized_ir, vector_bodies

# the program of tests/programs/test_parallel_float_sums.py: a parallel and a serial f64 sum
PROGRAM = load_test_module(TESTS / "programs" / "test_parallel_float_sums.py").PROGRAM


def test_a_parallel_float_sum_vectorizes_and_a_serial_one_does_not(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, PROGRAM)
    bodies = vector_bodies(ir)
    assert any("fadd reassoc <4 x double>" in b for b in bodies), bodies
    # outside the chunk driver (the serial sum, inlined in main): strict scalar adds only
    functions = ir.split("\ndefine ")
    outside = [f for f in functions if not f.split("(")[0].endswith("@ember.par.parallel_sum.par0")]
    assert len(outside) == len(functions) - 1
    assert not any("reassoc" in f for f in outside)
    assert any("fadd double" in f for f in outside)
