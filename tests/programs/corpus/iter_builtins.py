# enumerate, zip, reversed and range in all their forms.

names = ["ada", "grace", "alan", "edsger"]
years = [1815, 1906, 1912, 1930]
scores = [9.5, 8.25, 7.0, 8.75]

for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, 1):
    print(f"{i}. {name}")
for name, year in zip(names, years):
    print(name, year)
for name, year, score in zip(names, years, scores):
    print(f"{name:<7}{year:>5}{score:>6.2f}")
for x, y in zip([1, 2, 3, 4, 5], [10, 20, 30]):
    print(x * y, end=" ")
print()
for name in reversed(names):
    print(name, end=",")
print()
print([x for x in reversed([1, 2, 3])], [i for i in range(5)], [i for i in range(2, 12, 3)])
print([i for i in range(10, 0, -3)], [i for i in range(0)], [i for i in range(-5, -1)])
for i in reversed(range(4)):
    print(i, end=" ")
print()
acc: list[int] = []
for i, (a, b) in enumerate(zip(years, years[1:])):
    acc.append(b - a + i)
print(acc)
dot = 0.0
for s, y in zip(scores, years):
    dot += s * y
print(dot)
idx = [i for i, y in enumerate(years) if y > 1900]
print(idx)
chars = ["a", "b", "c"]
for pos, ch in enumerate(reversed(chars)):
    print(pos, ch)
print([(n, y) for n, y in zip(names[:2], years[:2])])
print([(i, ch) for i, ch in enumerate("hey")])
