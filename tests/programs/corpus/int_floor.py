# Integer division and modulo floor like Python, with negative operands; divmod and **.


def main() -> None:
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
    for a, b in pairs:
        print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
    print(2 ** 10, 3 ** 4, (-2) ** 3, (-2) ** 4, 10 ** 0, 0 ** 0, 7 ** 1)
    print(2 ** 61 - 1 + 2 ** 61, 2 ** 62)
    print(-(2 ** 62), 10 ** 18, 5 ** 20)
    print(2.0 ** 0.5, 2.0 ** -1, 4 ** 0.5, 10.0 ** 3)
    print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, divmod(7.5, 2.0))
    print(7 / 2, -7 / 2, 6 / 3, 1 / 8)
    q, r = divmod(12345, 100)
    print(q, r)
    x = 1000
    x //= 7
    print(x)
    x %= 13
    print(x)
    x **= 3
    print(x)
    x -= 10 ** 3
    print(x, abs(x), -x)
    digits: list[int] = []
    m = 9876543210
    while m > 0:
        digits.append(m % 10)
        m //= 10
    print(digits, sum(digits))
    print(int(7.9), int(-7.9), int(-0.5), int("123"), int("-45"))


main()
