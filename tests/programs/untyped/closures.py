# Nested functions (LANGUAGE.md §3): they read the enclosing function's variables when
# called (late binding), mutate a captured list in place, recurse, call siblings, and
# nest two deep.


def scaled(n):
    k = 3
    def times(x):
        return x * k
    return [times(i) for i in range(n)]


def collect(xs):
    out = []
    def add(v):
        out.append(v * 2)
    for x in xs:
        if x % 2 == 1:
            add(x)
    add(100)
    return out


def factorial(n):
    def go(k, acc):
        if k <= 1:
            return acc
        return go(k - 1, acc * k)
    return go(n, 1)


def late_binding():
    y = 1
    def get():
        return y
    first = get()
    y = 10
    return first + get()


def two_deep(n):
    base = 100
    def mid(a):
        def leaf(b):
            return base + a + b
        return leaf(1) + leaf(2)
    def top():
        return mid(n) + base
    return top()


def loop_variable(words):
    total = 0
    for w in words:
        def shout():
            return w.upper() + "!"
        total += len(shout())
        print(shout())
    return total


def shadowing(n):
    x = 5
    def own():
        x = 7
        return x + n
    return own() + x


def comprehension_names(xs):
    i = 1000
    def pick():
        return [i * 2 for i in xs] + [i]
    return pick()


def counts(text):
    seen = []
    def note(c):
        if c not in seen:
            seen.append(c)
        return len(seen)
    last = 0
    for c in text:
        last = note(c)
    return last, seen


print(scaled(4))
print(collect([1, 2, 3, 5]))
print(factorial(10))
print(late_binding())
print(two_deep(5))
print(loop_variable(["a", "bc"]))
print(shadowing(1))
print(comprehension_names([1, 2]))
print(counts("hello"))
