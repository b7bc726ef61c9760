"""B3 normalize_batch with Numba: normalize_batch.ember's loops over a (ROWS, COLS) float32
array into a new array (float32 accumulator and mean).

`--parallel` after the sizes compiles it with parallel=True (`prange` splits the rows over
NUMBA_NUM_THREADS threads); without it `prange` is `range`.
"""
from sys import argv
from time import perf_counter

import numpy as np
from numba import njit, prange

PARALLEL = "--parallel" in argv[3:]


@njit(cache=True, parallel=PARALLEL)
def normalize_batch(batch: np.ndarray) -> np.ndarray:
    rows, cols = batch.shape
    out = np.empty_like(batch)
    for r in prange(rows):
        total = np.float32(0.0)
        for c in range(cols):
            total += batch[r, c]
        mean = total / np.float32(cols)
        for c in range(cols):
            out[r, c] = batch[r, c] - mean
    return out


def main() -> None:
    rows, cols = int(argv[1]), int(argv[2])
    r = np.arange(rows)[:, None]
    c = np.arange(cols)[None, :]
    batch = ((r * 31 + c * 17) % 997).astype(np.float32)
    normalize_batch(batch[:1])  # compile (or load from cache) outside the timed region
    t0 = perf_counter()
    out = normalize_batch(batch)
    t1 = perf_counter()
    s = out.sum(dtype=np.float64)
    a = np.abs(out).sum(dtype=np.float64)
    print(f"{s:.6f} {a:.6f} {out[0, 0]:.6f} {out[rows - 1, cols - 1]:.6f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
