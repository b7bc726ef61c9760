# Tuples: packing, unpacking, swap, tuples returned from functions, tuple printing.


def min_max(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def div_mod(a: int, b: int) -> tuple[int, int]:
    return (a // b, a % b)


def stats(xs: list[float]) -> tuple[float, float, int]:
    total = sum(xs)
    return total, total / len(xs), len(xs)


def name_age() -> tuple[str, int]:
    return "ada", 36


def main() -> None:
    t = (1, 2, 3)
    print(t, len(t), t[0], t[-1])
    a, b, c = t
    print(a, b, c)
    a, b = b, a
    print("swapped", a, b)
    x, y, z = 1, 2.5, "three"
    print(x, y, z)
    lo, hi = min_max([4, -2, 9, 0])
    print(lo, hi)
    print(min_max([7]))
    print(div_mod(17, 5), div_mod(-17, 5))
    q, r = div_mod(100, 7)
    print(q * 7 + r)
    print(stats([1.0, 2.0, 4.5]))
    name, age = name_age()
    print(f"{name} is {age}")
    print(name_age())
    single = (5,)
    print(single, len(single))
    pair = (3, 4)
    print(pair == (3, 4), pair < (3, 5), pair[0] * pair[1])
    nested = ((1, 2), (3, 4))
    print(nested, nested[1][0])
    points = [(0, 0), (1, 2), (3, 1)]
    for px, py in points:
        print(px + py, end=" ")
    print()
    fa, fb = 0, 1
    for _ in range(10):
        fa, fb = fb, fa + fb
    print(fa, fb)


main()
