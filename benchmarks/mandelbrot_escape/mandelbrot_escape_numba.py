"""B4 mandelbrot (sum of escape counts, 200 iterations) with Numba: the loops of
mandelbrot_escape.ember, JIT-compiled.

`--parallel` after the size compiles `total` with parallel=True (`prange` splits the rows
over NUMBA_NUM_THREADS threads, `t` a reduction); without it `prange` is `range`.
"""
from sys import argv
from time import perf_counter

from numba import njit, prange

PARALLEL = "--parallel" in argv[2:]


@njit(cache=True)
def escape(cr: float, ci: float) -> int:
    zr = 0.0
    zi = 0.0
    for k in range(200):
        tr = zr * zr
        ti = zi * zi
        if tr + ti > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = tr - ti + cr
    return 200


@njit(cache=True, parallel=PARALLEL)
def total(size: int) -> int:
    t = 0
    for y in prange(size):
        ci = 2.5 * y / size - 1.25
        row = 0
        for x in range(size):
            row += escape(2.5 * x / size - 2.0, ci)
        t += row
    return t


def main() -> None:
    total(2)  # compile (or load from cache) outside the timed region
    t0 = perf_counter()
    n = total(int(argv[1]))
    t1 = perf_counter()
    print(n)
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
