"""B8 batch_scale with Numba: batch_scale.ember's loops over a (ROWS, COLS) float64 array
into a new array.

`--parallel` after the sizes compiles it with parallel=True (`prange` splits the rows over
NUMBA_NUM_THREADS threads); without it `prange` is `range`.
"""
from sys import argv
from time import perf_counter

import numpy as np
from numba import njit, prange

from batch_scale_numpy import make

PARALLEL = "--parallel" in argv[3:]


@njit(cache=True, parallel=PARALLEL)
def batch_scale(batch: np.ndarray) -> np.ndarray:
    rows, cols = batch.shape
    out = np.empty_like(batch)
    for r in prange(rows):
        for c in range(cols):
            out[r, c] = batch[r, c] * 2.0
    return out


def main() -> None:
    rows, cols = int(argv[1]), int(argv[2])
    batch = make(rows, cols)
    batch_scale(batch[:1])  # compile (or load from cache) outside the timed region
    t0 = perf_counter()
    out = batch_scale(batch)
    t1 = perf_counter()
    print(f"{out.sum():.1f} {out[0, 0]:.1f} {out[rows - 1, cols - 1]:.1f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
