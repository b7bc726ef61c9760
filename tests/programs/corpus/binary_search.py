# Binary search (iterative and recursive), lower bound, and searching sorted strings.


def bsearch(xs: list[int], target: int) -> int:
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def bsearch_rec(xs: list[str], target: str, lo: int, hi: int) -> int:
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return bsearch_rec(xs, target, mid + 1, hi)
    return bsearch_rec(xs, target, lo, mid - 1)


def lower_bound(xs: list[float], x: float) -> int:
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


evens = [2 * i for i in range(50)]
print([bsearch(evens, t) for t in [0, 2, 50, 98, 99, -4, 100]])
words = sorted(["kiwi", "apple", "mango", "banana", "cherry", "date", "fig"])
print(words)
print([bsearch_rec(words, w, 0, len(words) - 1) for w in ["apple", "fig", "kiwi", "zzz", "aaa"]])
grid = [0.5 * i * i for i in range(20)]
for v in [-1.0, 0.0, 0.3, 8.0, 12.5, 1000.0]:
    k = lower_bound(grid, v)
    if k < len(grid):
        print(v, k, grid[k])
    else:
        print(v, k, "end")
hits = 0
for t in range(-10, 110):
    if bsearch(evens, t) >= 0:
        hits += 1
print("hits", hits)
