# `any`, `all` and `sum` of a generator expression take its items one at a time, as
# Python does: `any` stops at the first true item (the calls after it never run), so a
# huge range costs nothing and no list is built. A list comprehension runs whole first.
def check(x, y):
    print("check", x, y)
    return x + y > 2


print(any(check(x, 0) for x in range(5)))
print(all(not check(x, 1) for x in range(5)))
print(any([check(x, 0) for x in range(4)]))  # a list: every call runs first
print(any(check(x, y) for x in range(3) for y in range(3)))
print(all(not check(x, y) for x in range(3) for y in range(3) if x != y))
print(any(x * x > 50 for x in range(10 ** 12)), all(x < 5 for x in range(10 ** 12)))
print(sum(x * x for x in range(5)), sum((x for x in range(4)), 10), sum(0.5 * x for x in range(3)))
words = ["ab", "cd", "ef"]
rows = [["x", "y"], ["cd", "z"], ["q"]]
print(any(w + v == "abcd" for w in words for v in words))
print(all(len(w + v) == 4 for r in rows for w in r for v in words if v != w))
print(any(r[0] + w == "cdcd" for r in rows for w in words), any(w == "" for w in words), all(w for w in []))
# `range`, `enumerate`, `zip` given whole to them are taken the same way
print(sum(range(101)), sum(range(10), 5), sum(range(0)), any(range(10 ** 12)), all(range(10 ** 12)))
print(any(range(0)), all(range(1, 4)), any(enumerate([0])), all(zip([0], [0])))
