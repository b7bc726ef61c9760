"""B3 normalize_batch with NumPy: a (ROWS, COLS) float32 array minus its row means (float32
means, as spec 08's f32 accumulator), into a new array."""
from sys import argv
from time import perf_counter

import numpy as np


def main() -> None:
    rows, cols = int(argv[1]), int(argv[2])
    r = np.arange(rows)[:, None]
    c = np.arange(cols)[None, :]
    batch = ((r * 31 + c * 17) % 997).astype(np.float32)
    t0 = perf_counter()
    out = batch - batch.mean(axis=1, dtype=np.float32, keepdims=True)
    t1 = perf_counter()
    s = out.sum(dtype=np.float64)
    a = np.abs(out).sum(dtype=np.float64)
    print(f"{s:.6f} {a:.6f} {out[0, 0]:.6f} {out[rows - 1, cols - 1]:.6f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
