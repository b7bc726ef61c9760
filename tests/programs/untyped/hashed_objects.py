"""Objects in sets and dicts by their class's `__hash__` and `__eq__`, `hash()` of
numbers and tuples (CPython's values, so sets iterate in CPython's order), and
`obj[k] = v` by `__setitem__`."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


class Tag:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight

    def __eq__(self, other):
        return self.name.lower() == other.name.lower()

    def __hash__(self):
        return len(self.name)

    def __repr__(self):
        return self.name


class Board:
    def __init__(self, n):
        self.n = n
        self.cells = ["."] * (n * n)

    def __getitem__(self, rc):
        r, c = rc
        return self.cells[r * self.n + c]

    def __setitem__(self, rc, v):
        r, c = rc
        self.cells[r * self.n + c] = v

    def rows(self):
        return ["".join(self.cells[r * self.n:(r + 1) * self.n]) for r in range(self.n)]


def flood(start, walls, size):
    seen = {start}
    todo = [start]
    while todo:
        p = todo.pop()
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            q = Point(p.x + dx, p.y + dy)
            if 0 <= q.x < size and 0 <= q.y < size and q not in walls and q not in seen:
                seen.add(q)
                todo.append(q)
    return seen


walls = {Point(1, y) for y in range(4)} | {Point(3, y) for y in range(1, 5)}
region = flood(Point(0, 0), walls, 5)
print(len(region), Point(2, 2) in region, Point(4, 0) in region)
print(sorted(region, key=lambda p: (p.x, p.y))[:6])
print({Point(0, 0), Point(0, 0), Point(1, 2)})
print(hash(7), hash(-1), hash((1, 2)), hash((0, -1)), hash(Point(1, 2)) == hash((1, 2)))
counts = {}
for p in [Point(1, 1), Point(2, 2), Point(1, 1), Point(3, 3), Point(2, 2), Point(1, 1)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)
tags = {Tag("Red", 1), Tag("red", 2), Tag("Blue", 3), Tag("BLUE", 4), Tag("green", 5)}
print(len(tags), sorted(t.name.lower() for t in tags))
lookup = {Tag("x", 0): "first"}
lookup[Tag("X", 9)] = "second"
print(lookup)
b = Board(3)
for i in range(3):
    b[i, i] = "#"
b[0, 2] = "o"
print(b.rows(), b[1, 1], b[2, 0])
boards = [Board(2), Board(2)]
boards[1][0, 1] = "x"
print([bb.rows() for bb in boards])
