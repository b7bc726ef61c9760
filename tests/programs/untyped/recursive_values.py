# Recursion through function values and mutual recursion: a memoizing decorator on fib (fib calls itself through the wrapper), a logging one on fact, is_even/is_odd.
def memoize(f):
    cache = {}
    def g(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return g

def logged(func):
    def wrapper(x):
        return func(x)
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@logged
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)



def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(fib(50), fact(10), fib(20))
print(is_even(10), is_odd(7), is_even(3))
