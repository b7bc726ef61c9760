"""B4 mandelbrot (sum of escape counts, 200 iterations) with NumPy: the iterations run on
flat arrays of the points still bounded, compacted each iteration so escaped points cost
nothing afterwards; the points that escape at iteration k add k each."""
from sys import argv
from time import perf_counter

import numpy as np


def total(size: int) -> int:
    steps = 2.5 * np.arange(size) / size
    cr = np.tile(steps - 2.0, size)
    ci = np.repeat(steps - 1.25, size)
    zr = np.zeros(size * size)
    zi = np.zeros(size * size)
    t = 0
    for k in range(200):
        tr, ti = zr * zr, zi * zi
        keep = tr + ti <= 4.0
        t += k * (len(keep) - int(np.count_nonzero(keep)))
        zr, zi, tr, ti, cr, ci = zr[keep], zi[keep], tr[keep], ti[keep], cr[keep], ci[keep]
        zi = 2.0 * zr * zi + ci
        zr = tr - ti + cr
    return t + 200 * len(zr)


def main() -> None:
    t0 = perf_counter()
    n = total(int(argv[1]))
    t1 = perf_counter()
    print(n)
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
