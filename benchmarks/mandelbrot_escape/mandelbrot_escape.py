"""B4 mandelbrot (sum of escape counts, 200 iterations) in plain CPython: the same
algorithm as mandelbrot_escape.ember."""
from sys import argv
from time import perf_counter


def escape(cr: float, ci: float) -> int:
    zr = zi = 0.0
    for k in range(200):
        tr, ti = zr * zr, zi * zi
        if tr + ti > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = tr - ti + cr
    return 200


def total(size: int) -> int:
    t = 0
    for y in range(size):
        ci = 2.5 * y / size - 1.25
        row = 0
        for x in range(size):
            row += escape(2.5 * x / size - 2.0, ci)
        t += row
    return t


def main() -> None:
    t0 = perf_counter()
    n = total(int(argv[1]))
    t1 = perf_counter()
    print(n)
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
