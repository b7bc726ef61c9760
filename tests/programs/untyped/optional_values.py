# None as a value: variables and results that are None on one path and a value on
# another are optionals; `is None` / `is not None` / truth / early exits narrow them.
def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            return i
    return None


def first_neg(xs):
    for x in xs:
        if x < 0:
            return x


def describe(v):
    if v is None:
        return "none"
    return "value " + str(v * 2)


def lookup(names, key):
    i = 0
    while i < len(names):
        if names[i] == key:
            return names[i] + "!"
        i += 1
    return None


def smallest(xs):
    best = None
    for x in xs:
        if best is None or x < best:
            best = x
    return best


def count_down(start):
    cur = start
    steps = 0
    while cur is not None:
        steps += cur
        cur = cur - 1 if cur > 0 else None
    return steps


r = find([1, 2, 3], 2)
if r is not None:
    print(r + 1)
print(find([1], 5))
best = None
for x in [3, 1, 2]:
    if best is None or x < best:
        best = x
print(best)
print(first_neg([3, -2, 5]), first_neg([1, 2]))
print(describe(first_neg([4, -7])), describe(first_neg([])))
s = lookup(["ab", "cd"], "cd")
print(s, lookup(["ab"], "zz"))
t = lookup(["x"], "x")
assert t is not None
print(len(t))
m = first_neg([5, -1])
print(m == -1, m != None, m == None, first_neg([1]) == None, m == first_neg([-1]))
w = first_neg([2, -9])
if w:
    print("truthy", w)
if not first_neg([0]):
    print("falsy")
z = None
print(z)
print([first_neg([1, -1]), first_neg([2])], [lookup(["q"], "q"), lookup([], "q")])
v = first_neg([1, -3])
print(v if v is not None else 0, -v if v else 0)
print(smallest([4.5, 2.25, 8.0]), smallest([]))
print(count_down(4))
slots = [None] * 4
slots[1] = 7
slots[3] = 2
n = 0
for v in slots:
    if v is not None:
        n += v
print(slots, n)
vals = [find([1, 2], i) for i in range(1, 4)]
print(vals, [v for v in vals if v is not None], [v * 2 for v in vals if v], sum([v for v in vals if v is not None]))
