import math


def f_square(x):
    return x * x


def simpson_sq(a, b, n):
    h = (b - a) / n
    s = f_square(a) + f_square(b)
    for i in range(1, n):
        x = a + i * h
        s += (4.0 if i % 2 == 1 else 2.0) * f_square(x)
    return s * h / 3.0


def simpson_sin(a, b, n):
    h = (b - a) / n
    s = math.sin(a) + math.sin(b)
    for i in range(1, n):
        x = a + i * h
        w = 4.0 if i % 2 == 1 else 2.0
        s += w * math.sin(x)
    return s * h / 3.0


print(f"{simpson_sq(0.0, 3.0, 10):.8f}")
print(f"{simpson_sin(0.0, math.pi, 100):.8f}")
print(round(simpson_sin(0.0, math.pi / 2, 50), 6))
