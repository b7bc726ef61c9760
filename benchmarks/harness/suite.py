"""What each benchmark is: its folder, program arguments, and how results compare.

Every program prints its result, then a last line `compute_s SECONDS` timed inside the
process; the harness removes that line before comparing outputs, and shows the value
as "in-process" time so interpreter start and JIT compilation can be told apart.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # benchmarks/


@dataclass(frozen=True, slots=True)
class Benchmark:
    """One program written once per implementation, all in `benchmarks/<name>/`.

    `rel_tol` bounds the relative difference of printed floats between implementations:
    the same algorithm in another compiler may round the last printed digit differently.
    """

    name: str
    args: tuple[str, ...]
    quick_args: tuple[str, ...]
    what: str
    rel_tol: float = 1e-8

    @property
    def folder(self) -> Path:
        return HERE / self.name

    def source(self, suffix: str) -> Path:
        """`suffix` is ".ember", ".c", ".py", "_numpy.py" or "_numba.py"."""
        return self.folder / f"{self.name}{suffix}"


SUITE: tuple[Benchmark, ...] = (
    Benchmark("nbody", ("5000000",), ("1000",),
              "Benchmarks Game n-body: 5 bodies, N steps, list of @dataclass structs"),
    Benchmark("spectral_norm", ("2500",), ("100",),
              "Benchmarks Game spectral-norm: 10 power iterations, N x N implicit matrix"),
    Benchmark("mandelbrot", ("1600",), ("200",),
              "points of a SIZE x SIZE grid that stay bounded for 50 iterations"),
)

STARTUP_PROGRAM = HERE / "startup" / "startup.ember"
