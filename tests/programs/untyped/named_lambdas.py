# A lambda given a name is a function of that name (`sq = lambda v: v * v`): called,
# passed to `map`, `sorted`'s `key=` and a `def`, at module level and inside a `def`.
sq = lambda v: v * v
add = lambda a, b: a + b
shout = lambda s: s.upper() + "!"


def apply(f, xs):
    return [f(x) for x in xs]


def scaled(xs, k):
    scale = lambda v: v * k
    return [scale(x) for x in xs]


print(sq(4), add(2, 3), add("a", "b"), shout("hi"))
print(list(map(sq, [1, 2, 3])), sorted([3, -4, 2], key=sq), apply(sq, [5, 6]), scaled([1, 2], 10))
