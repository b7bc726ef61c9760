# list(zip(...)) and list(enumerate(...)) make the list of tuples, as in Python (the
# diagnostic said to wrap them in list(...), which was itself rejected); sorting tuples
# that hold strings compiles (its two comparison helpers shared one name).
def main():
    xs = [3, 1, 2]
    names = ["a", "b", "c"]
    pairs = list(zip(names, xs))
    print(pairs, len(pairs), pairs[0][0], pairs[-1][1])
    print(list(enumerate(names)), list(enumerate(xs, 10)))
    print(list(zip(xs, names, [1.5, 2.5, 3.5])))
    print(list(zip(xs, [4, 5])), list(zip(xs, [])))
    total = 0
    for i, p in enumerate(list(zip(xs, xs))):
        total += i * p[0] * p[1]
    print(total, sorted(list(zip(xs, names))))
    print(max(pairs), min(list(zip(xs, names))), sorted(pairs, reverse=True))


main()
xs = [3, 1, 2]
print(sorted(enumerate(xs), key=lambda t: t[1]), max(zip(xs, "abc")), sorted(range(5), reverse=True), min(range(3, 9)))
print(list(reversed(range(4))), max(enumerate(xs)))
