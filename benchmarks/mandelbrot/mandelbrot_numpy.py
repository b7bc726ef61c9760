"""Mandelbrot point count with NumPy: the 50 iterations run on flat arrays of the points
still bounded, compacted each iteration so escaped points cost nothing afterwards."""
from sys import argv
from time import perf_counter

import numpy as np


def count(size: int) -> int:
    steps = 2.0 * np.arange(size) / size
    cr = np.tile(steps - 1.5, size)
    ci = np.repeat(steps - 1.0, size)
    zr = np.zeros(size * size)
    zi = np.zeros(size * size)
    for _ in range(50):
        tr, ti = zr * zr, zi * zi
        keep = tr + ti <= 4.0
        zr, zi, tr, ti, cr, ci = zr[keep], zi[keep], tr[keep], ti[keep], cr[keep], ci[keep]
        zi = 2.0 * zr * zi + ci
        zr = tr - ti + cr
    return len(zr)


def main() -> None:
    t0 = perf_counter()
    n = count(int(argv[1]))
    t1 = perf_counter()
    print(n)
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
