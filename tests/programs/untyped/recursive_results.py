# A `def` whose result type a `return` decides only after the def has called itself:
# the base case in the other arm of a conditional expression, or after the recursive
# return (sema/check/infer.py, `recursive_result`: a second walk with the type found).


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def power(x, n):
    if n > 0:
        return x * power(x, n - 1)
    return 1.0


def count(s, c):
    if s:
        return (1 if s[0] == c else 0) + count(s[1:], c)
    return 0


def depth(xs, i):
    return depth(xs, i + 1) if i < len(xs) and xs[i] > 0 else i


def flatten_sum(rows, i):
    return sum(rows[i]) + flatten_sum(rows, i + 1) if i < len(rows) else 0


def power2(x, n):
    return 1 if n == 0 else x * power2(x, n - 1)  # Python's int 1, a float result


def halves(n):
    return 1 if n == 0 else halves(n - 1) * 0.5


def join_rev(words):
    return join_rev(words[1:]) + " " + words[0] if len(words) > 1 else words[0]


print(fib(20), fact(10), gcd(84, 36), power(2.0, 10), power(1.5, 3))
print(count("banana", "a"), depth([3, 2, 0, 1], 0), depth([1, 1], 0))
print(power2(2.0, 10), power2(3, 3), halves(3))
print(flatten_sum([[1, 2], [3], [4, 5, 6]], 0), join_rev(["a", "b", "c"]))
