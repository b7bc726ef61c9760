# while with break and continue, for ... else, nested loops with early exit.


def first_divisor(n: int) -> int:
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return n
    return d


def find_pair(xs: list[int], target: int) -> tuple[int, int]:
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return -1, -1


def main() -> None:
    i = 0
    total = 0
    while True:
        i += 1
        if i % 3 == 0:
            continue
        if i > 20:
            break
        total += i
    print("total", total, "i", i)
    n = 27
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    print("collatz steps for 27:", steps)
    for k in [2, 9, 13, 91, 97]:
        print(k, first_divisor(k))
    for x in range(5):
        if x == 10:
            break
    else:
        print("loop finished without break, x =", x)
    for x in range(5):
        if x == 3:
            print("broke at", x)
            break
    else:
        print("not printed")
    print(find_pair([3, 8, 1, 9, 4], 13), find_pair([1, 2], 10))
    count = 0
    for a in range(10):
        if a % 2 == 1:
            continue
        for b in range(10):
            if b > a:
                break
            count += 1
    print("count", count)
    j = 10
    while j > 0:
        j -= 3
    print("j", j)
    line = ""
    k = 0
    while k < 30:
        k += 1
        if k % 15 == 0:
            line += "FizzBuzz "
        elif k % 5 == 0:
            line += "Buzz "
        elif k % 3 == 0:
            line += "Fizz "
        else:
            line += str(k) + " "
    print(line.strip())


main()
