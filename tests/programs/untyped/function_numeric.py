# Numeric functions as values: math's functions in tables, integration and Newton's method over lambdas, polynomial closures.
import math

def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return sum(f(a + (i + 0.5) * h) for i in range(n)) * h

funcs = {"sin": math.sin, "sq": lambda x: x * x, "exp": math.exp}
for name in sorted(funcs):
    print(name, round(integrate(funcs[name], 0.0, 1.0), 6))

def newton(f, df, x0):
    x = x0
    for _ in range(20):
        x = x - f(x) / df(x)
    return x

print(round(newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0), 10))

def make_poly(coeffs):
    def p(x):
        total = 0.0
        for c in reversed(coeffs):
            total = total * x + c
        return total
    return p

p = make_poly([1.0, 2.0, 3.0])
print(p(2.0), [make_poly([0.0, 1.0])(v) for v in [1.0, 2.0]])

ops = [math.sqrt, math.floor, abs]
from math import sqrt, pow
unary = [sqrt, abs]
print([f(16.0) for f in unary], [f(2.5) for f in [math.ceil, math.floor]])
binary = {"pow": pow, "hyp": math.hypot}
print(binary["pow"](2.0, 3.0), binary["hyp"](3.0, 4.0))
