# `match` statements (sema-free: the parser writes them as the `if`s they mean,
# syntax/parser/match.py): literals, alternatives, captures, `_`, sequences with a
# starred rest, mappings, class patterns with attributes, `as`, guards that fall through
# to the next case, a subject evaluated once, and `match` still usable as a name.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def command(text):
    match text.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", *items] if len(items) > 1:
            return "picking several: " + ",".join(items)
        case ["pick", "up", item]:
            return "picking " + item
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case _:
            return "unknown: " + text


def describe(n):
    match n:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case x if x < 0:
            return "negative " + str(-x)
        case _:
            return "big"


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on the y axis at {yy}"
        case Point(x=xx, y=0):
            return f"on the x axis at {xx}"
        case Point() as q:
            return f"at {q.x},{q.y}"


def pair(t):
    match t:
        case (0, b):
            return b
        case (a, 0):
            return a
        case a, b:
            return a * b


def config(d):
    match d:
        case {"mode": "fast", "level": lv}:
            return int(lv) * 2
        case {"mode": m}:
            return len(m)
        case _:
            return -1


for c in ["go north", "pick up lamp", "pick up a b", "exit", "", "dance now"]:
    print(command(c))
print([describe(n) for n in [0, 2, -5, 40]])
print(where(Point(0, 0)), where(Point(0, 3)), where(Point(4, 0)), where(Point(1, 2)))
print(pair((0, 5)), pair((7, 0)), pair((3, 4)))
print(config({"mode": "fast", "level": "3"}), config({"mode": "slow"}), config({"x": "y"}))
match = 5
print(match + 1)


def calls(log):
    log.append("subject")
    return [len(log), 2]


log = []
match calls(log):
    case [1, n] if n > 5:
        print("no")
    case [1, n]:
        print("one then", n, log)


points = [Point(0, 4), Point(2, 0)]
for i in range(2):
    match points[i]:
        case Point(x=0, y=yy):
            print("axis", yy)
        case Point(x=xx):
            print("x", xx)
