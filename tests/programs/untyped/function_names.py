# `__name__` of functions as values: a def's, a lambda's, a builtin's, a nested one's, a decorated one's (with and without functools.wraps).
import math
def logged(func):
    def wrapper(x):
        print("calling", func.__name__, x)
        return func(x)
    return wrapper

@logged
def square(x):
    return x * x

def describe(f):
    return f.__name__

print(square(3))
fs = [square, abs, math.sqrt, lambda v: v]
print([f.__name__ for f in fs])
print(square.__name__, describe(len), type(3).__name__)
def outer():
    def inner():
        return 1
    return inner
print(outer().__name__)
import functools
def kept(func):
    @functools.wraps(func)
    def wrapper(x):
        return func(x) + 1
    return wrapper

@kept
def cube(x):
    return x ** 3

print(cube(2), cube.__name__)
