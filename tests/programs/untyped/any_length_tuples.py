"""Tuples whose length is known only when the program runs: `tuple(...)` of a list, a
string, a range or a generator, as set elements and dict keys (CPython's hash, so sets
iterate in CPython's order), compared, concatenated, unpacked; `zip(*rows)`."""


def canonical(groups):
    seen = set()
    for g in groups:
        seen.add(tuple(sorted(g)))
    return seen


def anagrams(words):
    by_key = {}
    for w in words:
        key = tuple(sorted(w))
        by_key.setdefault(key, []).append(w)
    return [ws for ws in by_key.values() if len(ws) > 1]


def transpose(m):
    return [list(col) for col in zip(*m)]


xs = [3, 1, 2]
t = tuple(sorted(xs))
print(t, len(t), t[0], t[-1], t[1:], 2 in t, t.count(1), t.index(3))
print(tuple("ab"), tuple([5]), tuple(range(3)), tuple(x * x for x in xs))
print(canonical([[1, 2], [2, 1], [1, 2], [3], [2, 1, 3], [3, 1, 2]]))
print(anagrams(["listen", "silent", "enlist", "google", "gogole", "cat"]))
memo = {tuple([1, 2, 3]): "a", tuple([3]): "b"}
memo[(9,)] = "c"
print(memo, memo[tuple([1, 2, 3])], (3,) in memo, hash(tuple([1, 2])) == hash((1, 2)))
print(sorted([tuple([2, 1]), tuple([1, 9]), (1, 2)]), tuple([1]) < tuple([1, 0]))
u = tuple([4, 5, 6])
a, b, c = u
print(a + b + c, sum(u), max(u), list(reversed(u)), u + tuple([7]), u * 2)
rows = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*rows)), transpose(rows), transpose(transpose(rows)))
for col in zip(*rows):
    print(col, sum(col))
words = ["abc", "def", "ghi"]
print(["".join(c) for c in zip(*words)])
states = {tuple([0, 0])}
todo = [(0, 0)]
while todo:
    x, y = todo.pop()
    for nx, ny in ((x + 1, y), (x, y + 1)):
        if nx + ny <= 3 and (nx, ny) not in states:
            states.add((nx, ny))
            todo.append((nx, ny))
print(len(states), sorted(states)[:5])


def grid():
    return [[1, 2], [3, 4], [5, 6]]


print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [sum(c) for c in zip(*grid())])
sq = [[1, 2], [3, 4]]
print([list(r) for r in zip(*sq[::-1])])
