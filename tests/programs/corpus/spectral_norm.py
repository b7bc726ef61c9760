# Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), n = 100.
from math import sqrt


def eval_a(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def build(n: int) -> list[list[float]]:
    a: list[list[float]] = []
    for i in range(n):
        a.append([eval_a(i, j) for j in range(n)])
    return a


def mul_av(a: list[list[float]], v: list[float]) -> list[float]:
    n = len(v)
    out = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a[i][j] * v[j]
        out[i] = s
    return out


def mul_atv(a: list[list[float]], v: list[float]) -> list[float]:
    n = len(v)
    out = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a[j][i] * v[j]
        out[i] = s
    return out


def main() -> None:
    n = 100
    a = build(n)
    u = [1.0] * n
    v = [0.0] * n
    for _ in range(10):
        v = mul_atv(a, mul_av(a, u))
        u = mul_atv(a, mul_av(a, v))
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print(f"{sqrt(vbv / vv):.9f}")
    print(round(a[0][0], 6), round(a[3][4], 6), a[99][99] < 0.0002)


main()
