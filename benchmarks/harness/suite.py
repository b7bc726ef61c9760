"""What each benchmark is: its folder, program arguments, and how results compare.

Every program prints its result, then a last line `compute_s SECONDS` timed inside the
process; the harness removes that line before comparing outputs, and shows the value
as "in-process" time so interpreter start, data setup and JIT compilation stay out.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import prod
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # benchmarks/


def _elements(args: tuple[str, ...]) -> int:
    """The product of the size arguments: N, or ROWS x COLS."""
    return prod(int(a) for a in args)


@dataclass(frozen=True, slots=True)
class Traffic:
    """The memory traffic of a kernel, to compare its speed with the machine's bandwidth:
    bytes read plus bytes written per element, and the STREAM kernel (benchmarks/bandwidth)
    with the same access pattern."""

    bytes_per_element: int
    stream_kernel: str  # "scale" (one stream read, one written) or "read" (one read)

    def bytes(self, args: tuple[str, ...]) -> int:
        return self.bytes_per_element * _elements(args)


@dataclass(frozen=True, slots=True)
class Benchmark:
    """One program written once per implementation, in `benchmarks/<program>/`.

    `program` names the folder and the files when they are another benchmark's (the same
    program at another size); by default it is `name`. `parallel` says the kernel has
    parallel variants: `<program>_par.ember` (a `parallel for`), OpenMP pragmas in
    `<program>.c` (ignored unless built with -fopenmp) and `prange` in `<program>_numba.py`
    (parallel only when run with `--parallel`). `rel_tol` bounds the relative difference of
    printed floats between implementations: another compiler may round the last printed
    digit differently. `issue` is the kernel's name in issue 8 (B1..B8).
    """

    name: str
    args: tuple[str, ...]
    quick_args: tuple[str, ...]
    what: str
    rel_tol: float = 1e-8
    program: str = ""
    issue: str = ""
    parallel: bool = False
    traffic: Traffic | None = None
    numpy_threads: str = "1"  # "BLAS" where NumPy calls a BLAS that picks its own thread count

    @property
    def stem(self) -> str:
        return self.program or self.name

    @property
    def folder(self) -> Path:
        return HERE / self.stem

    def source(self, suffix: str) -> Path:
        """`suffix` is ".ember", "_par.ember", ".c", ".py", "_numpy.py" or "_numba.py"."""
        return self.folder / f"{self.stem}{suffix}"


SUITE: tuple[Benchmark, ...] = (
    Benchmark("nbody", ("5000000",), ("1000",),
              "Benchmarks Game n-body: 5 bodies, N steps, list of @dataclass structs"),
    Benchmark("spectral_norm", ("2500",), ("100",),
              "Benchmarks Game spectral-norm: 10 power iterations, N x N implicit matrix",
              parallel=True, numpy_threads="BLAS"),
    Benchmark("mandelbrot", ("1600",), ("200",),
              "points of a SIZE x SIZE grid that stay bounded for 50 iterations"),
    # issue 8's kernels
    Benchmark("scale", ("10000000",), ("100000",),
              "y = x * 2 over N f32 into a new list (spec 01)", issue="B1", parallel=True,
              traffic=Traffic(8, "scale")),
    Benchmark("sum", ("10000000",), ("100000",),
              "sum of N f32 with an f32 accumulator (spec 04)", issue="B2", parallel=True,
              traffic=Traffic(4, "read")),
    Benchmark("sum_simd", ("10000000",), ("100003",),
              "B2 with SIMD[f32, 16] partial sums (C: GCC vector extensions)", issue="B2",
              traffic=Traffic(4, "read")),
    Benchmark("normalize_batch", ("1000", "10000"), ("100", "1000"),
              "ROWS x COLS f32, each row minus its mean, new lists (spec 08)", issue="B3",
              parallel=True),
    Benchmark("mandelbrot_escape", ("1024",), ("128",),
              "sum of escape counts, SIZE x SIZE grid, up to 200 iterations, scalar f64",
              issue="B4", parallel=True),
    Benchmark("mandelbrot_simd", ("1024",), ("128",),
              "B4 with SIMD[f64, 8] points and masks (C: GCC vector extensions)", issue="B4"),
    Benchmark("nbody_1m", ("1000000",), ("1000",),
              "n-body (the nbody programs) at 1M steps", program="nbody", issue="B5"),
    Benchmark("matmul", ("512",), ("64",),
              "N x N f32 matrix product, i-k-j loops, rows of C as new lists", issue="B6",
              parallel=True, numpy_threads="BLAS"),
    Benchmark("spectral_norm_1000", ("1000",), ("100",),
              "spectral-norm (the spectral_norm programs) at N = 1000", program="spectral_norm",
              issue="B7", parallel=True, numpy_threads="BLAS"),
    Benchmark("batch_scale", ("1000", "10000"), ("100", "1000"),
              "new list of new lists, ROWS x COLS f64 times 2.0 (spec 07)", issue="B8",
              parallel=True, traffic=Traffic(16, "scale")),
)

STARTUP_PROGRAM = HERE / "startup" / "startup.ember"
BANDWIDTH_PROGRAM = HERE / "bandwidth" / "bandwidth.c"
