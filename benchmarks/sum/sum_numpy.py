"""B2 sum with NumPy: np.sum of a float32 array (pairwise, float32 accumulator)."""
from sys import argv
from time import perf_counter

import numpy as np


def main() -> None:
    n = int(argv[1])
    xs = (np.arange(n) % 7).astype(np.float32) * np.float32(0.25) - np.float32(0.5)
    t0 = perf_counter()
    s = xs.sum()
    t1 = perf_counter()
    print(f"{s:.2f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
