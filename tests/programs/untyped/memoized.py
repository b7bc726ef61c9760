# Memoized recursion, as Python writes it: a module-level dict filled by the function
# (its value type decided after the recursive calls that need it), a nested helper
# with its own dict, and `functools.lru_cache` / `functools.cache` (sema/memo.py).
import functools
from functools import cache, lru_cache

memo = {}


def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


def count_words(n):
    seen = {}

    def go(k):
        if k in seen:
            return seen[k]
        s = "a" if k == 0 else go(k - 1) + "b" + go(k - 1)[:1]
        seen[k] = s
        return s
    return len(go(n))


@lru_cache(maxsize=None)
def lucas(n):
    return 2 if n == 0 else 1 if n == 1 else lucas(n - 1) + lucas(n - 2)


@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


@functools.lru_cache(None)
def edit(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))


@lru_cache
def joined(n, sep="-"):
    return sep.join(str(i) for i in range(n))


@lru_cache(maxsize=128)
def knapsack(i, room):
    weights = [3, 4, 5, 9, 4]
    values = [3, 5, 6, 10, 5]
    if i == len(weights):
        return 0
    best = knapsack(i + 1, room)
    if weights[i] <= room:
        best = max(best, values[i] + knapsack(i + 1, room - weights[i]))
    return best


print(fib(90), len(memo), count_words(12))
print(lucas(80), grid_paths(16, 16), edit("kitten", "sitting"), edit("flaw", "lawn"))
print(joined(4), joined(3, sep="+"), joined(3, "/"), knapsack(0, 13))
