# Float printing: shortest repr round-trip, exponent thresholds, signed zero, inf.


def main() -> None:
    print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 0.5 + 0.25)
    print(1e16, 1e15, 123456789012345678.0, 1e22, 1.5e300)
    print(1e-5, 1e-4, 0.0001234, 1.5e-7, 5e-324)
    print(1 / 3, 2 / 3, 10 / 3, 1 / 7)
    print(-0.0, 0.0, -0.0 == 0.0, 0.0 * -1.0, -1.0 * 0.0)
    print(1.7976931348623157e308, 2.2250738585072014e-308)
    print(float(1), float(-42), float(10 ** 15), float(10 ** 16), float(2 ** 53 + 1))
    print(1.0, 100.0, 1e2, 2.5e1, 12345.678)
    print(3.0 * 1.1, 1.1 * 1.1, 0.1 * 3, 100.0 / 3.0)
    big = 1e308
    print(big * 10.0, -big * 10.0)
    print(str(0.1), str(2.0), str(-1e-10), str(1e100))
    print([0.1, 0.2, 0.30000000000000004, 1e16, -0.0])
    print((1.5, -2.25))
    x = 1.0
    for _ in range(5):
        x = x / 10.0
    print(x)
    y = 1.0
    for _ in range(20):
        y = y * 10.0
    print(y)
    acc = 0.0
    for _ in range(10):
        acc += 0.1
    print(acc, acc == 1.0, abs(acc - 1.0) < 1e-9)
    print(9007199254740993.0, 0.1 + 0.7, 4.35 * 100)
    print(float("2.5"), float("-1e3"), float("0.1"))
    print(min(0.1, 0.2), max(-0.5, -0.25), abs(-3.75))


main()
