# Everyday uses of functions as values: a registering decorator, a state machine's table, a decorator factory, a pipeline of *funcs, predicate tables.
tests = []

def test(fn):
    tests.append(fn)
    return fn

@test
def test_add():
    return 1 + 1 == 2

@test
def test_str():
    return "a" * 3 == "aaa"

@test
def test_fail():
    return 2 > 3

passed = 0
for t in tests:
    if t():
        passed += 1
print(passed, "of", len(tests))

def state_a(c):
    return "b" if c == "x" else "a"

def state_b(c):
    return "a" if c == "y" else "b"

machine = {"a": state_a, "b": state_b}
state = "a"
for ch in "xxyxy":
    state = machine[state](ch)
print(state)

def retry(times):
    def wrap(f):
        def run(x):
            last = -1
            for i in range(times):
                last = f(x + i)
                if last > 10:
                    return last
            return last
        return run
    return wrap

@retry(5)
def grow(x):
    return x * 3

print(grow(1), grow(5))

def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run

inc = lambda x: x + 1
sq = lambda x: x * x
p = pipeline(inc, sq, inc)
print(p(3))
handlers = [(lambda x: x > 5, "big"), (lambda x: x < 0, "negative")]
def classify(x):
    for pred, label in handlers:
        if pred(x):
            return label
    return "small"
print([classify(v) for v in [10, -3, 2]])
late = []
for j in range(3):
    late.append(lambda: j * 10)
print([f() for f in late])
