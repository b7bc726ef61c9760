"""B2 sum in plain CPython: spec 04's loop (a Python float accumulator; the data make the
sum exact in f32 and f64 alike, sum.ember)."""
from sys import argv
from time import perf_counter


def sum_tensor(t: list[float]) -> float:
    total = 0.0
    for x in t:
        total += x
    return total


def main() -> None:
    n = int(argv[1])
    xs = [(i % 7) * 0.25 - 0.5 for i in range(n)]
    t0 = perf_counter()
    s = sum_tensor(xs)
    t1 = perf_counter()
    print(f"{s:.2f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
