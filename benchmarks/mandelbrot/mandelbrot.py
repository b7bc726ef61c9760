"""Mandelbrot point count in plain CPython: the same algorithm as mandelbrot.ember."""
from sys import argv
from time import perf_counter


def in_set(cr: float, ci: float) -> bool:
    zr = zi = 0.0
    for _ in range(50):
        tr, ti = zr * zr, zi * zi
        if tr + ti > 4.0:
            return False
        zi = 2.0 * zr * zi + ci
        zr = tr - ti + cr
    return True


def count(size: int) -> int:
    n = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            if in_set(2.0 * x / size - 1.5, ci):
                n += 1
    return n


def main() -> None:
    t0 = perf_counter()
    n = count(int(argv[1]))
    t1 = perf_counter()
    print(n)
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
