# Fibonacci three ways: naive recursion, iteration with tuple swap, and a table.


def fib_rec(n: int) -> int:
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)


def fib_iter(n: int) -> int:
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_table(n: int) -> list[int]:
    table: list[int] = [0, 1]
    while len(table) <= n:
        table.append(table[-1] + table[-2])
    return table


def main() -> None:
    for n in [0, 1, 2, 10, 20]:
        print("fib_rec", n, fib_rec(n))
    print(fib_iter(50), fib_iter(90))
    t = fib_table(15)
    print(t)
    print(len(t), t[-1], sum(t))
    agree = True
    for i in range(16):
        if fib_rec(i) != fib_iter(i) or fib_iter(i) != t[i]:
            agree = False
    print("agree:", agree)


main()
