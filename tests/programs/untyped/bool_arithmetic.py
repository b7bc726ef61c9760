# Python's bools are the ints 0 and 1 in arithmetic and in `sum`: `sum(x > 0 for x in xs)`
# counts, `n += x > 2` too.
xs = [3, -1, 4, -1, 5]
print(sum(x > 0 for x in xs), sum((x < 0 for x in xs), 10))
flags = [x > 3 for x in xs]
print(sum(flags), sum([True, False, True]), sum([x == 4 for x in xs]))
def pos(v):
    return [x > 0 for x in v]
print(sum(pos(xs)), sum(b for b in []))
print(True + True, True * 3, 2 - False, -True, +False, True / 2, True * 2.5, 7 // True, True ** 2, 5 % True)
n = 0
for x in xs:
    n += x > 2
print(n)
a = 3
b = a > 1
print(b * 10 + (a < 1), 1.5 + b)
