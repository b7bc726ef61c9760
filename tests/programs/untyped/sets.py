# Sets: displays, set(), methods, operators, comparisons and loops. A set of numbers
# iterates and prints in CPython's order (Ember's table is CPython's); strs print sorted
# (CPython salts their hashes per process).


def unique_sorted(xs):
    return sorted(set(xs))


def collect(words, seen):
    for w in words:
        seen.add(w.lower())


def evens(n):
    return {i for i in range(n) if i % 2 == 0}


def first_repeat(xs):
    seen = set()
    for x in xs:
        if x in seen:
            return x
        seen.add(x)
    return -1


def twin():
    # CPython keeps one constant per equal display in a module (the first, in source
    # order): -1 and -2 share a hash, and this display decides the order of main's
    return list({-1, -2, 3})


def main():
    s = {3, 1, 2}
    print(s, len(s), 2 in s, 5 not in s)
    e = set()
    print(e, len(e), bool(e), bool(s))
    e.add(-1)
    e.add(10)
    e.add(-1)
    print(e)
    print(set([5, 3, 5, 8, 3]), set(range(12, 0, -3)), set(x * x for x in range(-3, 4)))
    print({x % 7 for x in range(50)}, evens(9))
    print(unique_sorted([4, 1, 4, 2, 1]), first_repeat([5, 6, 7, 6, 5]), first_repeat([1, 2]))
    seen = set()
    collect(["Apple", "pear", "APPLE", "Fig"], seen)
    print(sorted(seen), len(seen))
    print(sorted(set("mississippi")), len(set("mississippi")))
    d = {"b": 1, "a": 2, "c": 3}
    print(sorted(set(d)), sorted({k for k in d if d[k] > 1}))

    a = {1, 2, 3, 4, 100, -5}
    b = {3, 4, 5, 6, -5, 2**40}
    print(a | b, a & b, a - b, b - a, a ^ b)
    print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
    print(a.union([7, 1, 9]), a.intersection([4, 3, 99]), a.difference([1, 2]), a.symmetric_difference([1, 50]))
    print(a <= b, a & b <= a, {1, 2} < {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {3}, a >= a)
    print(a == {100, 4, 3, 2, 1, -5}, a != b, {1, 2}.issubset([1, 2, 3]), a.issuperset({1, 2}), a.isdisjoint({7, 8}))
    c = a.copy()
    c |= {50, 60}
    c -= {1, 2}
    print(c, a)
    c &= {3, 4, 50, 60, 70}
    print(c)
    c ^= {4, 5}
    print(c)
    c.update([1, 2, 3])
    c.update({9})
    c.intersection_update({1, 2, 3, 9, 60})
    c.difference_update([2])
    c.symmetric_difference_update({3, 4})
    print(c)
    c.discard(1000)
    c.discard(9)
    c.remove(60)
    print(c, c.pop(), c)
    c.clear()
    print(c, len(c))

    big = set()
    for i in range(40):
        big.add(i * 37 % 101)
    for i in range(0, 40, 3):
        big.discard(i)
    print(big)
    print(sum(big), min(big), max(big), any(x > 99 for x in big), all(x >= 0 for x in big), sorted(big)[:5])
    print(list({-3, -2, -1, 0, 1, 2**61, -2**61, 2**62 - 1 + 2**62, -2**62 - 2**62}))
    pops = []
    while big:
        pops.append(big.pop())
    print(pops[:8], len(pops))

    pairs = {(1, 2), (2, 1), (1, 2), (0, 0)}
    print(pairs, (2, 1) in pairs, (3, 3) in pairs)
    fl = {1.5, 2.0, -0.25, 2.0, 1e100}
    print(fl, 2 in fl, 2.0 in fl)
    bs = {True, False, True}
    print(bs, len(bs))
    words = {"b", "a", "c"}
    words.add("a")
    print(sorted(words), "a" in words, len(words))
    total = 0
    for x in {10, 20, 30}:
        total += x
    print(total)
    groups = {}
    for w in ["apple", "avocado", "banana", "blueberry", "apple"]:
        groups.setdefault(w[0], set()).add(w)
    print(sorted(groups), sorted(groups["a"]), len(groups["b"]))
    grid = [[1, 2, 2], [3, 1, 4]]
    print({v for row in grid for v in row})
    print(list({-2, -1, 3}), twin(), list({9, 1, 17}), list({17, 9, 1}), list({1, 9, 17, 25}))


main()
