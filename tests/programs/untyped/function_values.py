# Functions as values: stored in lists and dicts, assigned, returned (closures), passed on.
import operator


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def square(x):
    return x * x


def cube(x):
    return x * x * x


def negate(x):
    return -x


def shout(s):
    return s.upper() + "!"


def whisper(s):
    return s.lower() + "..."


def make_adder(n):
    def adder(x):
        return x + n
    return adder


def make_multiplier(k):
    return lambda x: x * k


def compose(f, g):
    return lambda x: f(g(x))


def compose_def(f, g):
    def h(x):
        return f(g(x))
    return h


def keep(f):
    return [f]


def apply_twice(f, x):
    return f(f(x))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def run_all(funcs, x):
    return [f(x) for f in funcs]


def pick(loud):
    if loud:
        return shout
    return whisper


def counter():
    count = [0]

    def inc():
        count[0] += 1
        return count[0]
    return inc


def deriv(f, h):
    return lambda x: (f(x + h) - f(x)) / h


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


class Button:
    def __init__(self, label, on_click):
        self.label = label
        self.on_click = on_click

    def click(self, n):
        return self.label + " " + str(self.on_click(n))


def main():
    ops = {"add": add, "mul": mul}
    for name in ["add", "mul"]:
        print(name, ops[name](3, 4))
    for f in [add, mul]:
        print(f(2, 5))
    a5 = make_adder(5)
    print(a5(10), make_adder(-1)(1))
    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    print(compose(inc, dbl)(7), compose(dbl, inc)(7), compose_def(inc, dbl)(5), compose(square, square)(2))
    op = add if len(ops) > 1 else mul
    print(op(1, 2))

    op1 = square
    print(op1(3))
    op1 = cube
    print(op1(3))
    fs = []
    fs.append(square)
    fs.append(negate)
    print([f(4) for f in fs])
    handlers = {}
    handlers["sq"] = square
    handlers["neg"] = negate
    print(handlers["neg"](5), handlers["sq"](5), sorted(handlers))

    times3 = make_multiplier(3)
    times5 = make_multiplier(5)
    print(times3(7), times5(7), [m(10) for m in [make_multiplier(i) for i in range(1, 4)]])
    print(apply_twice(times3, 2), apply_n(lambda v: v // 2, 3, 100))
    g = times5
    print(apply_twice(g, 1), len(keep(square)), keep(square)[0](9))
    print(Button("ok", square).click(9), [Button(str(i), square).click(i) for i in range(3)])

    table = {"+": operator.add, "-": operator.sub, "*": operator.mul}
    for sym in "+-*":
        print(sym, table[sym](10, 3))
    for name, fn in [("sq", square), ("cube", cube)]:
        print(name, fn(2))
    for n, o in [("add", lambda a, b: a + b), ("sub", lambda a, b: a - b)]:
        print(n, o(7, 2))

    c = counter()
    c()
    c()
    print(c())
    k = negate
    print(sorted([3, -1, 2], key=k), list(map(k, [1, 2])))
    print(pick(True)("Hi"), pick(False)("Hi"), {True: shout, False: whisper}[False]("X"))
    pipeline = [inc, dbl, inc]
    v = 3
    for step in pipeline:
        v = step(v)
    print(v, run_all([inc, dbl], 10), run_all(pipeline, 0))
    d = deriv(lambda x: x * x, 0.001)
    print(round(d(3.0), 2))
    best = max([inc, dbl], key=lambda f: f(10))
    print(best(100))
    by_name = {n: f for n, f in [("fact", fact), ("sq", square)]}
    print(by_name["fact"](5), by_name["sq"](5))
    converters = [int, len]
    print([f("-42") for f in converters], [abs][0](-3), [len][0]([1, 2]))

    callback = None
    if len(fs) == 2:
        callback = shout
    if callback is not None:
        print(callback("done"))
    fv = inc
    print(type(fv).__name__)


main()
print((lambda x: x + 1)(3), (lambda a, b: a * b)(6, 7))
for fn in (str.upper, str.lower):  # a tuple display of functions iterates as a list of them would
    print(fn("MiXed"))
