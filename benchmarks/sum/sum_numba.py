"""B2 sum with Numba: sum.ember's loop with a float32 accumulator.

`--parallel` after the size compiles it with parallel=True (`prange` then makes `total` a
reduction over NUMBA_NUM_THREADS threads); without it `prange` is `range`.
"""
from sys import argv
from time import perf_counter

import numpy as np
from numba import njit, prange

PARALLEL = "--parallel" in argv[2:]


@njit(cache=True, parallel=PARALLEL)
def sum_tensor(t: np.ndarray) -> np.float32:
    total = np.float32(0.0)
    for i in prange(t.shape[0]):
        total += t[i]
    return total


def main() -> None:
    n = int(argv[1])
    xs = (np.arange(n) % 7).astype(np.float32) * np.float32(0.25) - np.float32(0.5)
    sum_tensor(xs[:2])  # compile (or load from cache) outside the timed region
    t0 = perf_counter()
    s = sum_tensor(xs)
    t1 = perf_counter()
    print(f"{s:.2f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
