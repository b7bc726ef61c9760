# Pascal's triangle as a list of int lists; binomial coefficients and row sums.


def triangle(n: int) -> list[list[int]]:
    rows: list[list[int]] = []
    for i in range(n):
        row = [1] * (i + 1)
        for j in range(1, i):
            row[j] = rows[i - 1][j - 1] + rows[i - 1][j]
        rows.append(row)
    return rows


def binomial(n: int, k: int) -> int:
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(k):
        result = result * (n - i) // (i + 1)
    return result


def main() -> None:
    t = triangle(12)
    width = len(" ".join([str(x) for x in t[-1]]))
    for row in t[:8]:
        line = " ".join([str(x) for x in row])
        print(" " * ((width - len(line)) // 2) + line)
    print(t[11])
    print([sum(row) for row in t])
    print(binomial(10, 3), binomial(52, 5), binomial(50, 25), binomial(5, 7))
    ok = True
    for n in range(12):
        for k in range(n + 1):
            if t[n][k] != binomial(n, k):
                ok = False
    print("triangle matches binomial:", ok)
    odd_count = sum([1 for row in t for x in row if x % 2 == 1])
    print("odd entries:", odd_count)
    for row in t[:16]:
        print("".join(["*" if x % 2 == 1 else " " for x in row]).rstrip())


main()
