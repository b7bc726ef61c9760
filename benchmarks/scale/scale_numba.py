"""B1 scale with Numba: the loop of scale.ember over a float32 array into a new array.

`--parallel` after the size compiles it with parallel=True, where `prange` splits the loop
over NUMBA_NUM_THREADS threads; without it `prange` is `range`. cache=True keeps compiled
code on disk (the harness gives the two variants separate cache folders); a warm-up call
keeps compilation out of "compute_s".
"""
from sys import argv
from time import perf_counter

import numpy as np
from numba import njit, prange

PARALLEL = "--parallel" in argv[2:]


@njit(cache=True, parallel=PARALLEL)
def scale_array(arr: np.ndarray) -> np.ndarray:
    result = np.empty_like(arr)
    for i in prange(arr.shape[0]):
        result[i] = arr[i] * np.float32(2.0)
    return result


def main() -> None:
    n = int(argv[1])
    xs = (np.arange(n) % 1024).astype(np.float32) * np.float32(0.125)
    scale_array(xs[:2])  # compile (or load from cache) outside the timed region
    t0 = perf_counter()
    ys = scale_array(xs)
    t1 = perf_counter()
    print(f"{ys.sum(dtype=np.float64):.2f} {ys[0]:.3f} {ys[n - 1]:.3f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
