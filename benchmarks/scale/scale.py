"""B1 scale in plain CPython: spec 01's loop over a list of floats (f64; the values are
exact in f32 too, so the output matches scale.ember's)."""
from sys import argv
from time import perf_counter


def scale_array(arr: list[float]) -> list[float]:
    result = []
    for x in arr:
        result.append(x * 2.0)
    return result


def main() -> None:
    n = int(argv[1])
    xs = [(i % 1024) * 0.125 for i in range(n)]
    t0 = perf_counter()
    ys = scale_array(xs)
    t1 = perf_counter()
    print(f"{sum(ys):.2f} {ys[0]:.3f} {ys[n - 1]:.3f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
