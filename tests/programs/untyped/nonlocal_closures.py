# Closures that assign their enclosing function's variables (`nonlocal`), returned as values: each holds its own.
def make_counter(start):
    count = start
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = make_counter(10)
print(c(), c(), c())
d = make_counter(0)
print(d(), c())

def make_acc():
    total = 0.0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add

acc = make_acc()
acc(1.5)
print(acc(2.0))


def make_fib():
    a, b = 0, 1

    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step


nxt = make_fib()
print([nxt() for _ in range(8)])
