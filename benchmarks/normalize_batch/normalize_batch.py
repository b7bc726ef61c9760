"""B3 normalize_batch in plain CPython: spec 08's loops. Rows are array('f'), so the mean
and every result are rounded to f32 as in normalize_batch.ember (a Python float holds the
f32 inputs and their f32 differences exactly, and rounding an f64 quotient to f32 gives the
f32 quotient)."""
from array import array
from sys import argv
from time import perf_counter


def normalize_batch(batch: list[array]) -> list[array]:
    results = []
    for tensor in batch:
        total = 0.0
        for x in tensor:
            total += x  # integers below 2**24: exact in f32 and f64 alike
        mean = array("f", [total / len(tensor)])[0]
        results.append(array("f", [x - mean for x in tensor]))
    return results


def main() -> None:
    rows, cols = int(argv[1]), int(argv[2])
    batch = [array("f", [(r * 31 + c * 17) % 997 for c in range(cols)]) for r in range(rows)]
    t0 = perf_counter()
    out = normalize_batch(batch)
    t1 = perf_counter()
    s = a = 0.0
    for row in out:
        for x in row:
            s += x
            a += abs(x)
    print(f"{s:.6f} {a:.6f} {out[0][0]:.6f} {out[rows - 1][cols - 1]:.6f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
