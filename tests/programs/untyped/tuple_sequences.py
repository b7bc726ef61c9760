# A tuple whose elements share one type is a sequence, as in Python: it iterates, sums,
# sorts, joins and converts with list().
t = (1, 2, 3)
for a in t:
    print(a)
print(sum(t), len(t), max(t), min(t), list(t), sorted((3.5, 1.5)), list(reversed(t)))
names = ("ann", "bob")
for i, n in enumerate(names):
    print(i, n.upper())
print([x * 2 for x in t], sum(x for x in t), "-".join(names), list(zip(t, names)))
print(any(x > 2 for x in t), max(names), sorted(names, reverse=True))

# any/all over a list of tuples: a tuple's truth is its length (was an internal error)
pairs = [(1, "a"), (0, "")]
print(any(pairs), all(pairs), any(pairs[:0]), all(pairs[:0]))
