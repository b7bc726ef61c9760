"""functools.reduce: with and without an initial value, of a lambda, a def, a builtin,
through the module or imported by name."""
from functools import reduce
import functools
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(max, [3, 9, 2], 0), reduce(lambda a, b: a + b, ["x", "y"], ""))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(functools.reduce(gcd, [48, 36, 120]), reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
n = 3
print(reduce(lambda a, b: a * n + b, [1, 2, 3]))
