# `nonlocal` in nested functions: the variable is passed by reference (sema/lift.py),
# also through a function that only calls the one declaring it.

def counter(xs):
    count = 0
    total = 0
    def see(x):
        nonlocal count, total
        count += 1
        total = total + x
    for x in xs:
        see(x)
    return count, total


def outer():
    n = 0
    def mid():
        def inc():
            nonlocal n
            n += 10
        inc()
        inc()
    mid()
    return n


def fib_memo(k):
    calls = 0
    def fib(i):
        nonlocal calls
        calls += 1
        if i < 2:
            return i
        return fib(i - 1) + fib(i - 2)
    return fib(k), calls


print(counter([1, 2, 3]))
print(outer())
print(fib_memo(10))
