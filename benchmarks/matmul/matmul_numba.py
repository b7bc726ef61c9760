"""B6 matmul with Numba: matmul.ember's i-k-j loops over (N, N) float32 arrays.

`--parallel` after the size compiles it with parallel=True (`prange` splits the rows of C
over NUMBA_NUM_THREADS threads); without it `prange` is `range`.
"""
from sys import argv
from time import perf_counter

import numpy as np
from numba import njit, prange

from matmul_numpy import make

PARALLEL = "--parallel" in argv[2:]


@njit(cache=True, parallel=PARALLEL)
def matmul(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    n = a.shape[0]
    c = np.zeros((n, n), dtype=np.float32)
    for i in prange(n):
        for k in range(n):
            aik = a[i, k]
            for j in range(n):
                c[i, j] += aik * b[k, j]
    return c


def main() -> None:
    n = int(argv[1])
    a, b = make(n, 1, 2, 7, 2), make(n, 3, 1, 5, 1)
    matmul(a[:1, :1].copy(), b[:1, :1].copy())  # compile (or load from cache) outside the timed region
    t0 = perf_counter()
    c = matmul(a, b)
    t1 = perf_counter()
    print(f"{c.sum(dtype=np.float64):.1f} {c[0, 0]:.1f} {c[n - 1, n - 1]:.1f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
