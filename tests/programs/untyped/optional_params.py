# Parameters defaulting to None (`memo=None`, `start=None`), fields that start as None,
# and early-exit narrowing in plain Python.
def fib(n, memo=None):
    if memo is None:
        memo = [0] * (n + 1)
    if n < 2:
        return n
    if memo[n]:
        return memo[n]
    r = fib(n - 1, memo) + fib(n - 2, memo)
    memo[n] = r
    return r


def total(xs, start=None):
    acc = 0 if start is None else start
    for x in xs:
        acc += x
    return acc


def greet(name, title=None):
    if title is None:
        return "hi " + name
    return "hi " + title + " " + name


def parse_digit(c):
    if c < "0" or c > "9":
        return None
    return ord(c) - ord("0")


def digits_sum(s):
    acc = 0
    for c in s:
        d = parse_digit(c)
        if d is None:
            continue
        acc += d
    return acc


def by(xs, key=None):
    if key is None:
        return sorted(xs)
    return sorted(xs, key=key)


def best(xs, score=None):
    out = xs[0]
    for x in xs:
        s = score(x) if score is not None else x
        t = score(out) if score is not None else out
        if s > t:
            out = x
    return out


def neg(x):
    return -x



class Task:
    def __init__(self, name):
        self.name = name
        self.owner = None
        self.score = None

    def assign(self, who):
        self.owner = who

    def show(self):
        if self.owner is None:
            return self.name + ": unassigned"
        return self.name + ": " + self.owner


print(fib(30), total([1, 2, 3]), total([1, 2], 10))
print(greet("ann"), greet("bob", "dr"))
print(digits_sum("a1b22c333"), parse_digit("x"), parse_digit("7"))
tasks = [Task("a"), Task("b")]
tasks[0].assign("ann")
tasks[1].score = 3
for t in tasks:
    print(t.show(), t.score)
print(tasks[1].score + 1)
words = ["bb", "a", "ccc", "d"]
print(by(words), by(words, key=len), by(words, len), by(words, None), by([3, 1, 2], key=lambda v: -v))
print(best([3, 9, 4]), best([3, 9, 4], neg), best([3, 9, 4], score=None))
