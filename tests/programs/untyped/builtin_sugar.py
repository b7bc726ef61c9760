# Python spellings rewritten before checking (sema/desugar.py): map, filter, str.format and
# % with literal formats, hex/oct/bin, enumerate(start=), print(*xs).

xs = [3, 1, 2]
for i, x in enumerate(xs, start=1):
    print(i, x, end=" ")
print()
words = ["a", "bb", "ccc"]
print("{} and {}".format(1, "x"), "%d items" % 3, hex(255), bin(5), oct(8), hex(-255))
print("{0}-{1}-{0}".format("a", "b"), "{name}: {v:.3f}".format(name="pi", v=3.14159), "{{x}} {!r}".format("q"))
print("%s|%5s|%-5s|%05d|%+d|%.2f|%x|%r|%%" % ("s", "ab", "cd", 42, 7, 2.5, 255, "z"))
print(" ".join(map(str, xs)), list(map(lambda v: v * 2, xs)), list(map(len, words)))
print(list(filter(lambda v: v > 1, xs)), list(map(lambda a, b: a + b, xs, xs)), list(map(str.upper, words)))
print(sum(map(abs, [-1, -2])), list(filter(None, [0, 1, 2])))
total = 0
for n in map(int, ["4", "5"]):
    total += n
print(total)


def scaled_all(xs, k):
    def times(v):
        return v * k
    return list(map(times, xs))


print(scaled_all([1, 2], 3))
fs = [3.0, 1.5, 2.25]
print(*fs)
print(*fs, sep=", ", end=".\n")
print("row:", *[1, 2], "end", *["a"])
print(*[])
grid = [[1, 2], [3, 4]]
for row in grid:
    print(*row)
