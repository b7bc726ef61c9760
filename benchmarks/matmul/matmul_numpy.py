"""B6 matmul with NumPy: `a @ b` on float32 arrays, a BLAS sgemm call (which may use every
core: NumPy's BLAS picks its own thread count)."""
from sys import argv
from time import perf_counter

import numpy as np


def make(n: int, p: int, q: int, m: int, d: int) -> np.ndarray:
    r = np.arange(n)[:, None]
    c = np.arange(n)[None, :]
    return ((p * r + q * c) % m - d).astype(np.float32)


def main() -> None:
    n = int(argv[1])
    a, b = make(n, 1, 2, 7, 2), make(n, 3, 1, 5, 1)
    t0 = perf_counter()
    c = a @ b
    t1 = perf_counter()
    print(f"{c.sum(dtype=np.float64):.1f} {c[0, 0]:.1f} {c[n - 1, n - 1]:.1f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
