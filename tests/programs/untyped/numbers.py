# Python's int and float meeting in one place: a variable, a list, a dict, a field, a
# conditional, a function's result. Each value stays what Python makes it: `0` prints
# `0`, `0.5` prints `0.5`, and arithmetic gives an int or a float as Python's does.
import math


def mean(xs):
    total = 0
    for x in xs:
        total += x
    return 0 if len(xs) == 0 else total / len(xs)


def half(n):
    if n % 2 == 0:
        return n // 2
    return n / 2


def series(n):
    if n == 0:
        return 0
    return series(n - 1) + 0.5


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def describe(x):
    if isinstance(x, float):
        return "float " + str(x)
    if isinstance(x, int):
        return "int " + str(x)
    return "other"


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.rate = 0.5

    def deposit(self, amount):
        self.balance += amount

    def set_rate(self, r):
        self.rate = r


def main():
    vals = [3, 1.5, -2, 7.25, 0]
    print(vals, len(vals), sorted(vals), sorted(vals, reverse=True))
    print(max(vals), min(vals), sum(vals), sum(vals, 10))
    print(mean(vals), mean([]), mean([2, 4]))
    print(half(4), half(5), [half(i) for i in range(6)])
    print(series(3), series(0))
    print(clamp(5, 0, 2.5), clamp(1, 0, 2.5), clamp(-1, 0.5, 3))
    print([describe(v) for v in vals], [type(v).__name__ for v in vals])

    n = 10
    n = n / 4
    print(n, int(n), float(n), round(n), round(3.5), abs(-n), -n)
    x = 5
    x = x if x > 3 else 0.5
    print(x, x * 2, x // 2, x % 3, x ** 2, x - 1.5, x / 2, 2 ** -1, x ** -1)
    y = 0
    y = 7.5 if x > 100 else -7
    print(y // 2, y % 2, -y, abs(y), y * y, y + True)
    print(f"{x} {x:>6} {x:.2f} {y:+d} {n:8.3f} {n:<6}|")
    print(str(x) + "!", repr(n), str(y))
    print(math.sqrt(x), math.floor(n), math.floor(x), math.fabs(-n))
    print(y == -7, y != -7.0, y < 7.5, 3 < x <= 5, x == 5.0)
    z = 0
    z = -0.0 if x > 0 else 1
    print(z, bool(z), not z, "yes" if z else "no")
    print(max(3, 2.5), min(2, 2.5), max(1.5, 2), min(x, 4.5))
    print(vals.index(7.25), 1.5 in vals, 2 in vals, vals.count(0))

    a = Account("ann")
    a.deposit(10)
    a.deposit(2.5)
    a.set_rate(2)
    print(a.owner, a.balance, a.rate)

    xs = [1, 2]
    xs.append(3.5)
    print(xs, describe(xs[0]), describe(xs[2]))
    scores = {"a": 1, "b": 2.5}
    scores["c"] = 3
    print(scores, sum(scores.values()), max(scores.values()))
    best = None
    for v in [3, 4.5, 1]:
        if best is None or v > best:
            best = v
    print(best)
    t = (1, 2.5) if len(xs) > 1 else (0.5, 2)
    print(t)
    acc = 0
    for i in range(1, 4):
        acc += 1 / i
    print(acc, round(acc, 3))
    count = 0.5
    count = 3
    print(count, count * 2)
    rel = [v if v > 0 else 0 for v in [1.5, -2.0, 3.0]]
    print(rel)


def total_of(t, xs):
    for x in xs:
        t += x
    return t


def halve_big(n):
    if n > 10:
        n = n / 2
    return n


class Box:
    def __init__(self, v):
        self.v = v


g = 0


def bump(v):
    global g
    g += v


def pair(a):
    return (a, a / 2) if a > 1 else (a, 0)


def more():
    nums = [1, 2.5, 4]
    print(sum(x for x in nums), sum(x * 2 for x in nums))
    x = 3
    x = x * 1.5 if x > 5 else x
    x += 1
    x *= 2
    x -= 0.5
    print(x, divmod(x, 2), divmod(7, 2), int(x), f"{x!r}")
    xs = [0] * 3
    xs[0] = 0.5
    print(xs)
    grid = [[0, 1], [2.5, 3]]
    print(grid, grid[1][0] + grid[0][1])
    print(pair(3), pair(1))
    bump(2)
    bump(0.25)
    print(g)
    q = 1
    q = q / 3 if q > 0 else q
    print(round(q, 2), q > 0.3, q * 3 == 1.0)
    m = [1, 2.0]
    print(m == [1, 2], m[1] == 2, m != [1, 3], str(m))
    print(total_of(0, [0.5, 1]), total_of(1, []), halve_big(4), halve_big(30), halve_big(2.5))
    for v in (1, 2.5, -3):  # a tuple display of an int and a float: numbers
        print(v, v * 2, -v)
    boxes = [Box(3), Box(2.5)]
    print([b.v for b in boxes], boxes[0].v + boxes[1].v)


class Wallet:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance


def scaled(x, k=0.5):
    return x * k


class Gauge:
    def __init__(self):
        self.v = 0.5


def contexts():
    # an earlier float is no context for a later int: each keeps its kind, as in Python
    prices = {"apple": 0.5, "bread": 2}
    scores = [("ann", 88.5), ("bob", 92)]
    d = {}
    d["a"] = 2.5
    d["b"] = 3
    hist = []
    hist.append(("dep", 50))
    hist.append(("int", 12.5))
    pairs = [("a", 2.5)]
    pairs.append(("b", 3))
    g = Gauge()
    g.v = 2
    x = 0.5
    x = 3
    print(prices, scores, d, hist, pairs, g.v, x)
    p0 = 2.5
    p0 = (p0 + sum(([-2, 0] + [-9, -6, 2]))) % 1000003
    print(p0)
    w, v = Wallet("x", 100), Wallet("y")
    print(w.balance, v.balance, scaled(2, 3), scaled(2))  # a default of the other kind


main()
more()
contexts()
