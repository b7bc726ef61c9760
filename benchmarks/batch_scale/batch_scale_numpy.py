"""B8 batch_scale with NumPy: a (ROWS, COLS) float64 array times 2.0 into a new array."""
from sys import argv
from time import perf_counter

import numpy as np


def make(rows: int, cols: int) -> np.ndarray:
    r = np.arange(rows)[:, None]
    c = np.arange(cols)[None, :]
    return ((r * 31 + c * 17) % 997) * 0.5


def main() -> None:
    rows, cols = int(argv[1]), int(argv[2])
    batch = make(rows, cols)
    t0 = perf_counter()
    out = batch * 2.0
    t1 = perf_counter()
    print(f"{out.sum():.1f} {out[0, 0]:.1f} {out[rows - 1, cols - 1]:.1f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
