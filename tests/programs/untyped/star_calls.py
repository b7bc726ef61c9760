# `f(*t)` with a tuple spreads its elements over the parameters (the tuple's length is
# known): a wrapper's `*args` forwarded whole, a display, several stars, a star among
# plain arguments and keywords.
def add3(a, b, c):
    return a + b + c


def timed(f, *args):
    return f(*args)


def forward(*args):
    return add3(*args)


def mixed(x, *rest):
    return add3(x, *rest)


def describe(name, *parts, sep="-"):
    return name + ":" + sep.join(str(p) for p in parts)


def relay(*items, sep="-"):
    return describe("r", *items, sep=sep)


def pair():
    return (10, 20)


t = (1, 2, 3)
print(add3(*t), forward(1, 2, 3), forward(1.5, 2, 3), mixed(1, 2, 3), add3(*(4, 5), 6))
print(timed(add3, 1, 2, 3), timed(describe, "k", 7, 8), relay(1, 2, sep="+"), describe(*("a", 1, 2)))
p = pair()
print(add3(*p, 5), describe("n", *t, *p), timed(max, 3, 9, 4), max(*t), min(*p, 15))
# a display: `[a, *xs]` is `[a] + [x for x in xs]`
xs = [1, 2]
ys = [*xs, 3, *range(4, 6), *xs]
print(ys, [*"ab"], [*xs], [0, *[]], add3(*[7, 8], 9))
print(*ys, sep=",")
# print(*t) of a tuple prints its elements, whatever their types
rows = [("ann", 3, 1.5), ("bob", 12, 0.25)]
for row in rows:
    print(*row)
    print(*row, sep=" | ", end=";\n")
xs3 = [1, 2, 3]
print(*xs3)
print("a", *xs3, "z", sep="-")
pair = ("k", 2)
print(*pair, *xs3)
print(*[])
print(*"abc")
