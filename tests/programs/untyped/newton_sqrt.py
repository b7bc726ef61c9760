def newton_sqrt(x):
    if x == 0.0:
        return 0.0
    g = x
    for _ in range(60):
        g = 0.5 * (g + x / g)
    return g


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


for v in [2.0, 9.0, 10.0, 0.25, 1e6]:
    print(f"{v} {newton_sqrt(v):.10f}")
for n in [0, 1, 15, 16, 17, 1000000, 999999999999]:
    print(n, isqrt(n))
