def zeros(n, m):
    return [[0] * m for _ in range(n)]


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c


def identity(n):
    out = zeros(n, n)
    for i in range(n):
        out[i][i] = 1
    return out


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(identity(2), matmul(a, b)))
p = [[1, 1], [1, 0]]
r = identity(2)
for _ in range(10):
    r = matmul(r, p)
print(r)
