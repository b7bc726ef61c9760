"""`itertools` (Ember's own module, ember/stdlib/itertools.ember): CPython's results in
CPython's order, in searches a Python programmer writes with them."""
import itertools
from itertools import accumulate, chain, combinations, combinations_with_replacement, count, islice, pairwise
from itertools import permutations, product, repeat, groupby, takewhile, dropwhile, filterfalse, starmap


def best_route(dist):
    n = len(dist)
    best, route = 10 ** 9, None
    for order in permutations(range(1, n)):
        path = [0] + list(order) + [0]
        cost = sum(dist[a][b] for a, b in pairwise(path))
        if cost < best:
            best, route = cost, path
    return best, route


def subset_sums(xs, target):
    found = []
    for r in range(1, len(xs) + 1):
        for combo in combinations(xs, r):
            if sum(combo) == target:
                found.append(combo)
    return found


dist = [[0, 2, 9, 10], [1, 0, 6, 4], [15, 7, 0, 8], [6, 3, 12, 0]]
print(best_route(dist))
print(subset_sums([3, 34, 4, 12, 5, 2], 9))
print(list(permutations([1, 2, 3], 2)), len(list(itertools.permutations(range(5)))))
print(list(permutations("abc")))
print(list(combinations(range(5), 3)))
print(list(combinations_with_replacement("ab", 3)))
print(list(product([0, 1], repeat=3)), list(product("ab", "xy")))
print(list(chain([1, 2], [3], [4, 5])), list(repeat("x", 3)))
for i in count(10, 5):
    if i > 30:
        break
    print(i, end=" ")
print()
print(list(islice(range(100), 5)), list(islice("abcdefgh", 1, 7, 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=100)))
bits = {tuple(p) for p in product([0, 1], repeat=4) if sum(p) == 2}
print(len(bits), sorted(bits)[:3])
print(max(permutations([3, 1, 2]), key=lambda p: p[0] * 10 + p[1]), sum(1 for c in combinations(range(10), 4)))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"), lambda c: c)])


def small(x):
    return x < 5


def power(a, b):
    return a ** b


print(list(takewhile(small, [1, 3, 7, 2])), list(dropwhile(small, [1, 3, 7, 2])), list(filterfalse(small, range(8))))
print(list(starmap(power, [(2, 5), (3, 2)])))
limit = 4
print(list(takewhile(lambda v: v < limit, range(10))))
print([k for k, _ in itertools.groupby([1, 1, 2, 3, 3, 3, 1], key=lambda v: v)], list(itertools.filterfalse(small, [4, 9])))


def mul(a, b):
    return a * b


print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)),
      list(accumulate([1, 2, 3], mul, initial=10)))
