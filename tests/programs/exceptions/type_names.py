"""`type(x).__name__`: constant for values of one class, read from the error for what an
`except` block binds (an object caught as its base class keeps its own class name)."""

class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

class NotFound(AppError):
    pass

class Plain(ValueError):
    pass

def risky(n):
    if n == 0:
        raise NotFound(404)
    if n == 1:
        raise AppError(500)
    if n == 2:
        raise Plain("plain")
    if n == 3:
        raise KeyError("k")
    return [1][n]

for n in range(4):
    try:
        risky(n)
    except AppError as e:
        print("app:", type(e).__name__, e.code, e)
    except Exception as e:
        print("other:", type(e).__name__, e)

x, s, xs, d = 3, "a", [1], {"k": 1.5}
print(type(x).__name__, type(s).__name__, type(xs).__name__, type(d).__name__, type(2.5).__name__, type(None).__name__)
class P:
    def __init__(self):
        self.v = 1
p = P()
print(type(p).__name__, type(True).__name__, type((1, 2)).__name__)
from collections import Counter, defaultdict, deque
c, dd, q, t, s = Counter("aab"), defaultdict(list), deque([1]), tuple([1, 2]), {1}
print(type(c).__name__, type(dd).__name__, type(q).__name__, type(t).__name__, type(s).__name__)
