# collections.Counter: counts, 0 for a missing key (without making it), most_common, printed by count
from collections import Counter


def main():
    words = "the cat and the hat and the bat".split()
    c = Counter(words)
    print(c)
    print(c["the"], c["dog"], "dog" in c, len(c))
    print(c.most_common(2), c.most_common())
    print(Counter(words).most_common(1))
    c["dog"] += 1
    c["cat"] -= 1
    print(c, c.total())
    c.update(["bat", "bat", "eel"])
    print(c)
    letters = Counter("mississippi")
    print(letters, letters.most_common(3))
    e = Counter()
    for x in [3, 1, 3, 3, 2]:
        e[x] += 1
    print(e, sorted(e), max(e, key=e.get))
    print(Counter(x % 4 for x in range(10)))
    print(Counter())
    print(dict(c))


main()
