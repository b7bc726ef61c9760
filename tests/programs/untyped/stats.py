import math


def mean(xs):
    return sum(xs) / len(xs)


def variance(xs):
    m = mean(xs)
    return sum([(x - m) * (x - m) for x in xs]) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n % 2 == 1:
        return s[n // 2] * 1.0
    return (s[n // 2 - 1] + s[n // 2]) / 2


data = [2.5, 3.5, 1.0, 4.0, 8.5, 6.0]
print(mean(data), variance(data), median(data))
ints = [3, 1, 4, 1, 5, 9, 2, 6]
print(mean(ints), median(ints), f"{math.sqrt(variance(ints)):.6f}")
print(min(ints), max(ints))
