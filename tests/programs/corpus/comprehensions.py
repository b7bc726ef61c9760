# List comprehensions: simple, filtered, nested, over strings, building matrices.


def pythagorean_triples(limit: int) -> list[list[int]]:
    return [[a, b, c] for a in range(1, limit) for b in range(a, limit) for c in range(b, limit) if a * a + b * b == c * c]


def flatten(rows: list[list[int]]) -> list[int]:
    return [x for row in rows for x in row]


def main() -> None:
    squares = [i * i for i in range(10)]
    print(squares)
    evens = [x for x in squares if x % 2 == 0]
    print(evens)
    odd_neg = [-x if x % 2 == 1 else x for x in range(8)]
    print(odd_neg)
    table = [[i * j for j in range(1, 5)] for i in range(1, 4)]
    print(table)
    print(flatten(table))
    print(pythagorean_triples(21))
    words = ["ember", "is", "a", "compiled", "language"]
    lengths = [len(w) for w in words if len(w) > 1]
    print(lengths)
    caps = [w.upper() for w in words if "e" in w]
    print(caps)
    pairs = [(i, j) for i in range(3) for j in range(3) if i < j]
    print(pairs)
    halves = [x / 2 for x in range(5)]
    print(halves)
    grid = [["." if (r + c) % 2 == 0 else "#" for c in range(6)] for r in range(3)]
    for row in grid:
        print("".join(row))
    diag = [table[i][i] for i in range(len(table))]
    print(diag, sum(diag))
    letters = [ch for ch in "comprehension" if ch not in "aeiou"]
    print("".join(letters))
    primes = [n for n in range(2, 40) if all([n % d != 0 for d in range(2, n)])]
    print(primes)
    nested_sum = sum([sum([i + j for j in range(i)]) for i in range(6)])
    print(nested_sum)
    empty = [x for x in range(10) if x > 100]
    print(empty, len(empty))


main()
