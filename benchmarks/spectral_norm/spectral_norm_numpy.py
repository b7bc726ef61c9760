"""spectral-norm with NumPy: A is built once as a dense N x N matrix (8 N^2 bytes) and
the products are BLAS matrix-vector calls, which is how NumPy users would write it."""
from sys import argv
from time import perf_counter

import numpy as np


def spectral_norm(n: int) -> float:
    i = np.arange(n, dtype=np.float64)[:, None]
    j = np.arange(n, dtype=np.float64)[None, :]
    a = 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1)
    u = np.ones(n)
    for _ in range(10):
        v = a.T @ (a @ u)
        u = a.T @ (a @ v)
    return float(np.sqrt(u @ v / (v @ v)))


def main() -> None:
    t0 = perf_counter()
    r = spectral_norm(int(argv[1]))
    t1 = perf_counter()
    print(f"{r:.9f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
