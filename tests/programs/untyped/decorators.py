# Decorators written in the program (`@logged`, `@repeat(3)`, `functools.wraps`): the name holds what they return.
import functools

calls = []

def logged(func):
    @functools.wraps(func)
    def wrapper(x):
        calls.append(x)
        return func(x)
    return wrapper

def repeat(n):
    def deco(func):
        def wrapper(x):
            for _ in range(n):
                x = func(x)
            return x
        return wrapper
    return deco

def counted(func):
    count = [0]
    def wrapper(a, b):
        count[0] += 1
        print("call", count[0])
        return func(a, b)
    return wrapper

@logged
def square(x):
    return x * x

@repeat(3)
def double(x):
    return x * 2

@logged
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

@counted
def add(a, b):
    return a + b

def trace(func):
    def wrapper(*args):
        print("args", args)
        return func(*args)
    return wrapper

@trace
def mul3(a, b, c):
    return a * b * c

def main():
    print(square(4), double(1), fib(6))
    print(len(calls))
    print(add(1, 2), add(3, 4))
    print(mul3(1, 2, 3))

main()


def traced(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@traced
def volume(a, b, c):
    return a * b * c


print(volume(2, 3, 4), volume.__name__)
