# Empty lists whose element type comes from a use elsewhere: a helper that fills them,
# a helper that only reads one nothing ever fills, a second name for one, `sum`, and a
# module-level stack that is popped before the append that types it.


def add_pair(out):
    out += [1, 2]


def add_twice(out, n):
    out.extend([n, n])


def add_first(out):
    out.insert(0, "a")


def add_via(out):
    add_pair(out)


def maybe_half(out, v):
    if v > 0:
        out.append(v * 0.5)
    return len(out)


def add_row(rows):
    rows.append([])
    rows[0].append(3)


def count(xs):
    return len(xs)


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def fill_and_read():
    a = []
    add_pair(a)
    b = []
    add_twice(b, 7)
    c = []
    add_first(c)
    d = []
    add_via(d)
    print(a, b, c, d)
    e = []
    print(maybe_half(e, 2), e)
    g = []
    add_row(g)
    h = []
    print(g, len(h), maybe_half(h, 3), h)


def never_filled(n):
    seen = []
    for i in range(n):
        print(i, count(seen), total(seen), sum(seen), seen)
    return count(seen) + sum(seen)


def renamed():
    x = []
    y = x
    y.append("only y")
    print(y)
    empty = []
    other = empty
    print(other, len(other), sum(other))


def sums():
    ints = []
    first = sum(ints)
    for k in range(4):
        ints.append(k * k)
    print(first, sum(ints), sum([]), sum([], 0.0), sum([], 10), sum([0.5, 0.25]))


fill_and_read()
print(never_filled(2))
renamed()
sums()

stack = []
for token in "3 4 + 2 * 7 -".split():
    if token in ["+", "-", "*"]:
        right = stack.pop()
        left = stack.pop()
        if token == "+":
            stack.append(left + right)
        elif token == "-":
            stack.append(left - right)
        else:
            stack.append(left * right)
    else:
        stack.append(int(token))
print(stack)
words = []
print(len(words), sum([len(w) for w in words]))
words.append("late")
print(words)
