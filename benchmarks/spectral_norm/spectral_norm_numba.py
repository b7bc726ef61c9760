"""spectral-norm with Numba: the same loops as spectral_norm.ember, JIT-compiled.

cache=True keeps the compiled code on disk, so only the first of the harness's runs
pays for JIT compilation; a warm-up call keeps it out of "compute_s" in every run.
`--parallel` after N compiles the matrix-vector products with parallel=True (`prange`
splits their rows over NUMBA_NUM_THREADS threads); without it `prange` is `range`.
"""
from sys import argv
from time import perf_counter

import numpy as np
from numba import njit, prange

PARALLEL = "--parallel" in argv[2:]


@njit(cache=True)
def eval_a(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


@njit(cache=True, parallel=PARALLEL)
def mul_av(v: np.ndarray, out: np.ndarray, n: int) -> None:
    for i in prange(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


@njit(cache=True, parallel=PARALLEL)
def mul_atv(v: np.ndarray, out: np.ndarray, n: int) -> None:
    for i in prange(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


@njit(cache=True)
def spectral_norm(n: int) -> float:
    u = np.ones(n)
    v = np.zeros(n)
    tmp = np.zeros(n)
    for _ in range(10):
        mul_av(u, tmp, n)
        mul_atv(tmp, v, n)
        mul_av(v, tmp, n)
        mul_atv(tmp, u, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return np.sqrt(vbv / vv)


def main() -> None:
    spectral_norm(2)  # compile (or load from cache) outside the timed region
    t0 = perf_counter()
    r = spectral_norm(int(argv[1]))
    t1 = perf_counter()
    print(f"{r:.9f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
