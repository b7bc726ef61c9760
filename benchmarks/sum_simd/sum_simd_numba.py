"""B2 sum, SIMD order, with Numba: 16 partial sums, lane k summing every 16th element from
k (the order of sum_simd.ember), written as Numba's documentation suggests for loops
LLVM should vectorize (a fixed inner loop over a small array), then the lanes added.
"""
from sys import argv
from time import perf_counter

import numpy as np
from numba import njit


@njit(cache=True)
def sum_simd(t: np.ndarray) -> np.float32:
    acc = np.zeros(16, np.float32)
    n = t.shape[0]
    full = n - n % 16
    for i in range(0, full, 16):
        for k in range(16):
            acc[k] += t[i + k]
    for i in range(full, n):
        acc[i - full] += t[i]
    total = np.float32(0.0)
    for k in range(16):
        total += acc[k]
    return total


def main() -> None:
    n = int(argv[1])
    xs = (np.arange(n) % 7).astype(np.float32) * np.float32(0.25) - np.float32(0.5)
    sum_simd(xs[:2])  # compile (or load from cache) outside the timed region
    t0 = perf_counter()
    s = sum_simd(xs)
    t1 = perf_counter()
    print(f"{s:.2f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
