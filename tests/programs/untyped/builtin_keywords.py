# Keyword arguments of built-ins and str methods, as Python names them.
xs = [3, 1, 2]
print(list(enumerate(xs, start=1)), round(2.567, ndigits=2), int("ff", base=16))
print(sum(xs, start=10), "a,b,c".split(sep=","), "a b c".split(maxsplit=1), "a,b,c".rsplit(",", maxsplit=1))
print(sorted(xs, key=lambda v: -v, reverse=True), "x".ljust(3, "."))
xs = [3, 1, 2]
empty = []
print(max(xs, default=0), min(empty, default=-1), max(empty, default=0), min(xs, key=lambda v: -v, default=9))
names = ["bo", "al"]
print(max(names, default=""), min([w for w in names if w > "z"] or ["none"]))
