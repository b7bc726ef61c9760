"""B8 batch_scale in plain CPython: spec 07's `batch_scale_py`, a new list of new lists."""
from sys import argv
from time import perf_counter


def batch_scale_py(batch: list[list[float]]) -> list[list[float]]:
    return [[x * 2.0 for x in tensor] for tensor in batch]


def main() -> None:
    rows, cols = int(argv[1]), int(argv[2])
    batch = [[((r * 31 + c * 17) % 997) * 0.5 for c in range(cols)] for r in range(rows)]
    t0 = perf_counter()
    out = batch_scale_py(batch)
    t1 = perf_counter()
    s = sum(sum(row) for row in out)
    print(f"{s:.1f} {out[0][0]:.1f} {out[rows - 1][cols - 1]:.1f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
