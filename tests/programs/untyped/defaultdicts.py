# collections.defaultdict: a missing key read makes its entry with the factory's empty value
from collections import defaultdict
import collections


def count_words(text):
    counts = defaultdict(int)
    for w in text.split():
        counts[w] += 1
    return counts


def group(words):
    by_first = defaultdict(list)
    for w in words:
        by_first[w[0]].append(w)
    return by_first


def main():
    c = count_words("the cat and the hat and the bat")
    print(c)
    print(c["the"], c["dog"], len(c), "dog" in c, "fish" in c)
    print(dict(c))
    g = group(["apple", "avocado", "banana", "cherry", "blueberry"])
    print(g)
    print(sorted(g.items()))
    total = collections.defaultdict(float)
    for k, v in [("a", 1.5), ("b", 2.0), ("a", 0.25)]:
        total[k] += v
    print(total, total["z"])
    seen = defaultdict(set)
    for a, b in [(1, 2), (1, 3), (2, 1), (1, 2)]:
        seen[a].add(b)
    print(seen, sorted(seen[1]))
    names = defaultdict(str)
    names[3] += "x"
    names[3] += "y"
    print(names, repr(names[4]))
    flags = defaultdict(bool)
    print(flags[0], flags)
    for k in c:
        c[k] *= 2
    print(c)


main()
