def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def pairs(xs):
    i = 0
    for x in xs:
        yield i, x
        i += 1


def stepped(start, stop, step=1, scale=1):
    v = start
    while v < stop:
        yield v * scale
        v += step


def several(n):
    yield -1
    for i in range(n):
        if i == 2:
            continue
        yield i
    yield 100
    if n > 3:
        return
    yield 200


def words(text):
    w = ""
    for c in text:
        if c == " ":
            if w:
                yield w
            w = ""
        else:
            w += c
    if w:
        yield w


def chunks(xs, size):
    cur = []
    for x in xs:
        cur.append(x)
        if len(cur) == size:
            yield cur
            cur = []
    if cur:
        yield cur


def chain(a, b):
    yield from a
    yield from count_up(b)
    yield from range(2)


def flat(rows):
    for row in rows:
        yield from evens(row)


def first_over(n, limit):
    for x in count_up(n):
        if x > limit:
            return x
    return -1


def find_word(text, target):
    for i, w in pairs(words(text)):
        if w == target:
            return i
    return -1


def squares_upto(n):
    for i in count_up(n):
        yield i * i


# plain loops, break/continue/else
for v in count_up(3):
    print(v)
print(list(evens([1, 2, 3, 4])))
total = 0
for e in evens([4, 5, 6]):
    if e > 5:
        break
    total += e
print(total)
print(sum(x * x for x in evens(range(10))))

for v in count_up(5):
    if v == 1:
        continue
    if v == 3:
        break
    print("cb", v)
else:
    print("not reached")

for v in count_up(2):
    print("e", v)
else:
    print("else ran")

for v in count_up(0):
    print("never")
else:
    print("empty else")

# nesting: a generator over a generator, twice in one loop nest
for x in evens(count_up(10)):
    for y in count_up(x):
        if y > 1:
            break
        print("nest", x, y)

print([y for y in squares_upto(5)])

# tuple targets, defaults and keywords
for i, x in pairs([10, 20, 30]):
    print(i, x)
print(list(stepped(0, 10, 3)))
print(list(stepped(0, 5, scale=10)))
print(list(stepped(stop=4, start=1)))
print(list(several(3)), list(several(6)))

# owned values yielded: strings and lists
for w in words("the quick  brown fox"):
    print(w, len(w))
print(sorted(words("b c a")))
print("-".join(words("x y z")))
for c in chunks([1, 2, 3, 4, 5, 6, 7], 3):
    print(c, sum(c))
big = [c for c in chunks(list(range(10)), 4) if len(c) == 4]
print(big)
for w in words("aa bb cc dd"):
    if w == "cc":
        break
    print("before", w)

# yield from
print(list(chain([7, 8], 3)))
print(list(flat([[1, 2, 3, 4], [6], [5, 7]])))

# return inside the loop body returns from the function
print(first_over(100, 41))
print(first_over(5, 41))
print(find_word("alpha beta gamma", "gamma"), find_word("alpha beta", "zeta"))

# other consumers
print(min(count_up(5)), max(evens([3, 8, 2, 6])), any(v > 3 for v in count_up(5)), all(evens([2, 4])))
print(list(enumerate(words("p q"))))
print(list(zip(count_up(3), words("a b c d"))))
print(sum(count_up(101)), len(list(count_up(7))))
print([w.upper() for w in words("lo hi") if w != "hi"])
print(sum(x for x in count_up(10) if x % 3 == 0))


def noisy(n):
    for i in range(n):
        print("noisy", i)
        yield i


# any/all stop at the first item that decides; sum runs as a loop (no list)
print(any(v > 1 for v in noisy(10)))
print(all(noisy(3)))
print(any(noisy(0)), all(noisy(0)), sum(noisy(0)), sum(noisy(3), 10))
print(sum(x * 0.5 for x in count_up(4)), any(w == "b" for w in words("a b c")))
print(any(x > y for x in count_up(3) for y in count_up(2)))


def tagged(xs):
    for x in xs:
        print("tag", x)
        yield x * 10


def prefixed(first, rest):
    yield first
    yield from rest


# a generator passed to a generator runs lazily, inside the loop that iterates it
for v in tagged(noisy(3)):
    print("got", v)
    if v == 10:
        break
print(list(prefixed(-1, tagged(count_up(2)))))
print(sum(tagged(evens(count_up(7)))))


# enumerate of a generator counts as it goes
for i, w in enumerate(words("one two three")):
    if i == 1:
        continue
    print(i, w)
for i, v in enumerate(tagged(count_up(3)), 1):
    print("n", i, v)
print([(i, c) for i, c in enumerate(chunks([1, 2, 3], 2))])
class Bag:
    def __init__(self, items):
        self.items = items

    def evens(self):
        for x in self.items:
            if x % 2 == 0:
                yield x

    def scaled(self, k=2):
        for x in self.items:
            yield x * k


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def down(n):
    while n > 0:
        yield n
        n -= 1


def points(n):
    for i in range(n):
        yield P(i, i * i)


b = Bag([1, 2, 3, 4])
print(list(b.evens()), sum(b.scaled()), [v for v in b.scaled(k=10)])
for v in b.evens():
    print("even", v)
print(list(down(3)))
for p in points(3):
    print(p.x, p.y)
print(max(p.y for p in points(4)))


# a generator stored in a variable and iterated right after
def stored():
    g = count_up(3)
    for x in g:
        print(x)
    total = 0
    for k in range(3):
        h = count_up(k)
        for y in h:
            total += y
    print(total)


stored()


def outer_total(xs):
    def scaled(k):
        for x in xs:
            yield x * k
    return sum(scaled(3)) + max(scaled(-1))


print(outer_total([1, 2, 5]))
def numbered(n):
    for i in range(n):
        yield i, str(i)


print(any(chunks([], 2)), all(chunks([1], 1)), any(numbered(2)), all(p for p in numbered(0)))
print(all(c for c in chunks([1, 2, 3], 2)), sorted(chunks([3, 1, 2], 1)), max(numbered(3)))


# zip of a generator and lists stops when a list runs out, as Python pulls them
for za, zb in zip(noisy(5), ["x", "y"]):
    print(za, zb)
for zw, zn, zch in zip(words("p q r"), range(10), "uvw"):
    print(zw, zn, zch)
print([(a, b) for a, b in zip(noisy(2), [5, 6, 7])])
for zt in zip(words("a b"), [1, 2]):
    print(zt)
else:
    print("zip done")
