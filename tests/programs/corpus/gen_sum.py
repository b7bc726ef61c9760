# Generator expressions as the argument of sum/min/max/any/all (one of two programs
# that use them), next to the equivalent explicit loops.


def harmonic(n: int) -> float:
    return sum(1.0 / k for k in range(1, n + 1))


def harmonic_loop(n: int) -> float:
    total = 0.0
    for k in range(1, n + 1):
        total += 1.0 / k
    return total


def leibniz_pi(terms: int) -> float:
    return 4.0 * sum((-1.0) ** k / (2 * k + 1) for k in range(terms))


def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    print(sum(x * x for x in xs), sum(x for x in xs if x % 2 == 1))
    print(max(x - 3 for x in xs), min(abs(x - 5) for x in xs))
    print(any(x > 8 for x in xs), all(x > 0 for x in xs), any(x < 0 for x in xs))
    print(f"{harmonic(10):.12f}", f"{harmonic_loop(10):.12f}", abs(harmonic(10) - harmonic_loop(10)) < 1e-12)
    print(f"{harmonic(1000):.12f}")
    print(f"{leibniz_pi(1000):.10f}")
    words = ["ember", "burns", "bright"]
    print(sum(len(w) for w in words), max(len(w) for w in words))
    print(sum(1 for w in words if "b" in w))
    grid = [[1, 2, 3], [4, 5, 6]]
    print(sum(sum(row) for row in grid), sum(grid[i][i] for i in range(2)))


main()
