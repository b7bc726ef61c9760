"""B6 matmul in plain CPython: matmul.ember's i-k-j loops over flat lists of floats (the
values are small integers, exact in f32 and f64 alike)."""
from sys import argv
from time import perf_counter


def make(n: int, p: int, q: int, m: int, d: int) -> list[float]:
    return [float((p * r + q * c) % m - d) for r in range(n) for c in range(n)]


def matmul(a: list[float], b: list[float], n: int) -> list[list[float]]:
    rows = []
    for i in range(n):
        row = [0.0] * n
        for k in range(n):
            aik = a[i * n + k]
            for j in range(n):
                row[j] += aik * b[k * n + j]
        rows.append(row)
    return rows


def main() -> None:
    n = int(argv[1])
    a, b = make(n, 1, 2, 7, 2), make(n, 3, 1, 5, 1)
    t0 = perf_counter()
    c = matmul(a, b, n)
    t1 = perf_counter()
    s = sum(sum(row) for row in c)
    print(f"{s:.1f} {c[0][0]:.1f} {c[n - 1][n - 1]:.1f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
