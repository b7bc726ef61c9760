# Unpacking lists and tuples into several targets, with and without a starred target.
def head_tail(xs):
    first, *rest = xs
    return first, rest


def ends(words):
    *init, last = words
    return init, last


def middle(xs):
    a, *mid, z = xs
    return mid, a + z


def swap_pairs(pairs):
    out = []
    for p in pairs:
        a, b = p
        out.append([b, a])
    return out


xs = [4, 8, 15, 16, 23, 42]
h, t = head_tail(xs)
print(h, t, xs)
print(ends(["alpha", "beta", "gamma"]))
print(middle(xs))
print(middle([1, 2]))
p, q, *none = [7, 8]
print(p, q, none, len(none))
u, *v, w = (1, 2, 3, 4)
print(u, v, w)
[c1, c2] = ["x", "y"]
print(c1 + c2)
a, b = xs[:2]
print(a * b)
print(swap_pairs([[1, 2], [3, 4], [5, 6]]))
grid = [[1.5, 2.5, 3.5], [4.0, 5.0, 6.0]]
r0, r1 = grid
x0, *xr = r1
print(r0, x0, xr)
for k, (lo, hi) in enumerate([[1, 5], [2, 3]]):
    print(k, hi - lo)
for left, right in [["a", "b"], ["c", "d"]]:
    print(right + left)
print([a * b for a, b in [[1, 2], [3, 4]]])
pairs_of_words = [["x", "y"], ["p", "q"]]
print([v + u for u, v in pairs_of_words], pairs_of_words)
print(sum(a for a, b in [[5, 6], [7, 8]]), [[q, p] for p, q in pairs_of_words if p != "x"])
