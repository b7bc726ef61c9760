"""The Benchmarks Game spectral-norm in plain CPython: the same algorithm as the .ember,
with A(i, j) inlined because a call per element would double the time."""
from math import sqrt
from sys import argv
from time import perf_counter


def mul_av(v: list[float], out: list[float], n: int) -> None:
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1) * v[j]
        out[i] = s


def mul_atv(v: list[float], out: list[float], n: int) -> None:
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += 1.0 / ((i + j) * (i + j + 1) // 2 + j + 1) * v[j]
        out[i] = s


def spectral_norm(n: int) -> float:
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_av(u, tmp, n)
        mul_atv(tmp, v, n)
        mul_av(v, tmp, n)
        mul_atv(tmp, u, n)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return sqrt(vbv / vv)


def main() -> None:
    t0 = perf_counter()
    r = spectral_norm(int(argv[1]))
    t1 = perf_counter()
    print(f"{r:.9f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
