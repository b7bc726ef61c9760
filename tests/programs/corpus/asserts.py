# assert as a runtime check (all of these hold), gcd/lcm and an integer square root.


def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return abs(a)


def lcm(a: int, b: int) -> int:
    assert a > 0 and b > 0, "lcm needs positive arguments"
    return a // gcd(a, b) * b


def isqrt(n: int) -> int:
    assert n >= 0
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    assert x * x <= n < (x + 1) * (x + 1), f"isqrt({n}) = {x} is wrong"
    return x


def check_sorted(xs: list[int]) -> bool:
    for i in range(1, len(xs)):
        assert xs[i - 1] <= xs[i], "not sorted"
    return True


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), gcd(2 ** 40, 6 ** 10))
print(lcm(4, 6), lcm(21, 6), lcm(1, 1))
running = 1
for k in range(1, 21):
    running = lcm(running, k)
print("lcm(1..20) =", running)
roots = [isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 12, 10 ** 18 - 1]]
print(roots)
assert roots[4] == 2
assert check_sorted(sorted([5, 2, 8, 1]))
assert "ember" in "the ember language", "substring"
assert len(roots) == 12
x = 10
assert x > 5 and x % 2 == 0
assert not (x < 0)
assert 0.1 + 0.2 != 0.3
print("all assertions passed")
