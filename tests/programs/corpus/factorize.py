# Trial-division factorization, divisor sums, perfect and amicable numbers.


def factorize(n: int) -> list[int]:
    factors: list[int] = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def divisor_sum(n: int) -> int:
    if n == 1:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total


def format_factors(n: int) -> str:
    parts: list[str] = []
    fs = factorize(n)
    i = 0
    while i < len(fs):
        p = fs[i]
        k = fs.count(p)
        parts.append(str(p) if k == 1 else f"{p}^{k}")
        i += k
    return " * ".join(parts)


for n in [2, 12, 97, 360, 1001, 65536, 999999, 600851475143]:
    print(n, "=", format_factors(n))
perfect = [n for n in range(2, 10000) if divisor_sum(n) == n]
print("perfect:", perfect)
amicable: list[int] = []
for a in range(2, 3000):
    b = divisor_sum(a)
    if b > a and divisor_sum(b) == a:
        amicable.append(a)
        amicable.append(b)
print("amicable:", amicable)
print(factorize(2 ** 20 * 3 ** 5)[-6:], len(factorize(2 ** 40)))
