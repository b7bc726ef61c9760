# A linear congruential generator: histogram, mean and a Monte Carlo estimate of pi.
from math import sqrt

state: int = 12345


def next_rand() -> int:
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state


def uniform() -> float:
    return next_rand() / 2147483648.0


def main() -> None:
    first = [next_rand() % 100 for _ in range(8)]
    print(first)
    buckets = [0] * 10
    values: list[float] = []
    for _ in range(5000):
        u = uniform()
        values.append(u)
        buckets[int(u * 10)] += 1
    print(buckets, sum(buckets))
    mean = 0.0
    for v in values:
        mean += v
    mean /= len(values)
    var = 0.0
    for v in values:
        var += (v - mean) ** 2
    var /= len(values) - 1
    print(f"mean {mean:.6f} var {var:.6f} sd {sqrt(var):.6f}")
    inside = 0
    trials = 20000
    for _ in range(trials):
        x = uniform()
        y = uniform()
        if x * x + y * y <= 1.0:
            inside += 1
    print("pi estimate:", 4.0 * inside / trials, inside)
    bar_max = max(buckets)
    for i, b in enumerate(buckets):
        print(f"{i / 10:.1f} {'#' * (b * 30 // bar_max)}")
    print("state", state)


main()
