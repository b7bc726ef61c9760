# operator.itemgetter/attrgetter with constant arguments, and defaultdict factories written as lambdas.
import collections
import operator
from collections import defaultdict
from operator import attrgetter, itemgetter


class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age


def main():
    pairs = [("b", 2), ("a", 3), ("c", 1)]
    print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=operator.itemgetter(0), reverse=True))
    print(max(pairs, key=itemgetter(1)), min(pairs, key=itemgetter(1)))
    people = [Person("x", 30), Person("y", 20), Person("z", 25)]
    print([p.name for p in sorted(people, key=attrgetter("age"))])
    get = itemgetter(0, 2)
    first = itemgetter(0)
    print(get((1, 2, 3)), [first(p) for p in pairs], get("abc"))
    rows = [[3, 30], [1, 10], [2, 20]]
    rows.sort(key=itemgetter(0))
    print(rows)

    counts = defaultdict(lambda: 0)
    for w in "the cat the hat the".split():
        counts[w] += 1
    print(dict(counts))
    groups = collections.defaultdict(lambda: [])
    for w in ["apple", "avocado", "banana"]:
        groups[w[0]].append(w)
    print(dict(groups))
    seen = defaultdict(lambda: set())
    seen[1].add(2)
    seen[1].add(2)
    total = defaultdict(lambda: 0.0)
    total["a"] += 1.5
    print(dict(seen), dict(total))


main()
