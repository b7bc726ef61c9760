# Functions as arguments: a named `def`, a builtin, a lambda (capturing the caller's
# variables) or a nested `def` passed to a `def` is a compile-time argument, so each
# (function, argument types) pair gets its own instance with a direct call inside.


def apply(f, xs):
    return [f(x) for x in xs]


def square(x):
    return x * x


def twice(f, x):
    return f(f(x))


def alias_call(f, x):
    g = f
    return g(x) + 1


def total(f, n):
    if n == 0:
        return 0
    return f(n) + total(f, n - 1)


def mapped(f, xs):
    return list(map(f, xs))


def kept(f, xs):
    return sorted(filter(f, xs))


def compose_apply(f, g, x):
    return f(g(x))


def pick(f, g, x):
    return f(x) if x > 0 else g(x)


def main():
    print(apply(square, [1, 2, 3]))
    print(apply(square, [1.5, 2.0]))
    print(apply(lambda x: x + 0.5, [1, 2]))
    print(apply(str, [1, 2]), apply(abs, [-3, 4]), apply(len, ["ab", "c"]))
    print(twice(square, 3), twice(lambda s: s + "!", "a"))
    print(alias_call(abs, -4), alias_call(square, 5))
    print(total(square, 4), total(lambda k: k * 10, 3))
    print(apply(f=square, xs=[7]))
    print(compose_apply(str, square, 6), compose_apply(square, abs, -2))
    print(pick(square, abs, 3), pick(abs, square, 3), pick(square, abs, -3), pick(abs, square, -3))
    print([apply(lambda y: y + x, [1, 2]) for x in range(2)])
    k = 3
    print(apply(lambda x: x * k, [1, 2]), twice(lambda x: x + k, 1))
    for k in range(2):
        print(mapped(lambda s: s + str(k), ["a", "b"]))
    print(kept(lambda x: x % 3 == 0, [9, 2, 3, 7, 6]))

    def shifted(x):
        return x + k

    def scaled(n):
        def lin(x):
            return x * n + k
        return apply(lin, [1, 2])

    print(apply(shifted, [4, 5]), scaled(10), twice(shifted, 0))
    print(list(map(square, range(4))), sum(map(lambda x: x * k, [1, 2])))
    print(list(filter(None, [0, 3, 0, 1])), list(map(str, [1, 2])))
    print([x for x in map(lambda x: -x, [1, 2])], list(map(lambda a, b: a * b, [1, 2], [3, 4])))


main()
