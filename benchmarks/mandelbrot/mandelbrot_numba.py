"""Mandelbrot point count with Numba: the same loops as mandelbrot.ember, JIT-compiled.

cache=True keeps the compiled code on disk, so only the first of the harness's runs
pays for JIT compilation; a warm-up call keeps it out of "compute_s" in every run.
"""
from sys import argv
from time import perf_counter

from numba import njit


@njit(cache=True)
def in_set(cr: float, ci: float) -> bool:
    zr = 0.0
    zi = 0.0
    for _ in range(50):
        tr = zr * zr
        ti = zi * zi
        if tr + ti > 4.0:
            return False
        zi = 2.0 * zr * zi + ci
        zr = tr - ti + cr
    return True


@njit(cache=True)
def count(size: int) -> int:
    n = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            if in_set(2.0 * x / size - 1.5, ci):
                n += 1
    return n


def main() -> None:
    count(2)  # compile (or load from cache) outside the timed region
    t0 = perf_counter()
    n = count(int(argv[1]))
    t1 = perf_counter()
    print(n)
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
