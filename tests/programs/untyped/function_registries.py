# Functions kept in registries: a dict of lambdas, listeners that calls of one function fill, a class's list of steps, memoizing closures, methods of str.
def tokenize(s):
    return s.split()

def calc(expr):
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
    }
    stack = []
    for tok in tokenize(expr):
        if tok in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]

print(calc("3 4 + 2 *"), calc("10 4 - 3 /"))

listeners = {}

def subscribe(event, fn):
    if event not in listeners:
        listeners[event] = []
    listeners[event].append(fn)

def emit(event, payload):
    for fn in listeners.get(event, []):
        fn(payload)

log = []
def on_save(p):
    log.append("saved " + p)

def on_save2(p):
    log.append("also " + p)

subscribe("save", on_save)
subscribe("save", on_save2)
emit("save", "a.txt")
emit("load", "b.txt")
print(log)

def grade(score):
    rules = [(90, "A"), (80, "B"), (70, "C")]
    for cut, g in rules:
        if score >= cut:
            return g
    return "F"

checks = [lambda s: s > 0, lambda s: s < 100, lambda s: s % 2 == 0]
for s in [50, 101, -2, 7]:
    print(s, all(c(s) for c in checks), grade(s))

def memoize(f):
    cache = {}
    def g(n):
        found = cache.get(n, -1)
        if found < 0:
            found = f(n)
            cache[n] = found
        return found
    return g

def slow_square(n):
    return n * n

fast = memoize(slow_square)
print(fast(12), fast(12))
transforms = {"upper": str.upper, "lower": str.lower}
print(transforms["upper"]("MiXed"), transforms["lower"]("MiXed"))

class Pipeline:
    def __init__(self):
        self.steps = []

    def add(self, f):
        self.steps.append(f)
        return self

    def run(self, x):
        for s in self.steps:
            x = s(x)
        return x

def plus_one(x):
    return x + 1

def half(x):
    return x // 2

pl = Pipeline()
pl.add(plus_one)
pl.add(half)
pl.add(plus_one)
print(pl.run(9), len(pl.steps))


class Job:
    def __init__(self, name, run):
        self.name = name
        self.run = run

jobs = [Job("inc", lambda x: x + 1), Job("dbl", lambda x: x * 2)]
print([(j.name, j.run(5)) for j in jobs])
hooks = {}
def on(event, fn):
    hooks.setdefault(event, []).append(fn)
on("a", lambda p: p.upper())
on("a", lambda p: p + "!")
on("b", str.lower)
print([h("Hi") for h in hooks["a"]], [h("Hi") for h in hooks["b"]])
def jobs_main():
    js = [Job("neg", lambda v: -v), Job("sq", lambda v: v * v)]
    print([j.run(3) for j in js])
jobs_main()
