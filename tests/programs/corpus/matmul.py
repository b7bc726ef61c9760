# Matrix multiply with nested lists of floats; identity, transpose and trace.


def zeros(n: int, m: int) -> list[list[float]]:
    return [[0.0] * m for _ in range(n)]


def identity(n: int) -> list[list[float]]:
    out = zeros(n, n)
    for i in range(n):
        out[i][i] = 1.0
    return out


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c


def transpose(a: list[list[float]]) -> list[list[float]]:
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]


def trace(a: list[list[float]]) -> float:
    return sum([a[i][i] for i in range(len(a))])


a = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
b = [[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]
c = matmul(a, b)
print(c)
print(transpose(a))
print(matmul(c, identity(2)) == c, trace(c))

n = 30
m = [[(i * n + j) % 7 - 3.0 for j in range(n)] for i in range(n)]
p = matmul(m, m)
p2 = matmul(p, transpose(m))
print(p[0][:5])
print(trace(p), trace(p2))
print(sum([sum(row) for row in p2]))
h = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
for row in matmul(h, h):
    print(" ".join([f"{x:8.4f}" for x in row]))
