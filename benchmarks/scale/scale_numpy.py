"""B1 scale with NumPy: one vectorized multiply of a float32 array into a new array."""
from sys import argv
from time import perf_counter

import numpy as np


def main() -> None:
    n = int(argv[1])
    xs = (np.arange(n) % 1024).astype(np.float32) * np.float32(0.125)
    t0 = perf_counter()
    ys = xs * np.float32(2.0)
    t1 = perf_counter()
    print(f"{ys.sum(dtype=np.float64):.2f} {ys[0]:.3f} {ys[n - 1]:.3f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
