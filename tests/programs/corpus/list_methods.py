# Every list method in Ember's core: append, pop, extend, insert, clear, copy, index,
# count, remove, reverse; plus len, in, + and * on lists.


def show(label: str, xs: list[int]) -> None:
    print(f"{label:<8}", xs, len(xs))


def main() -> None:
    xs: list[int] = []
    show("empty", xs)
    for i in range(5):
        xs.append(i * i)
    show("append", xs)
    last = xs.pop()
    first = xs.pop(0)
    show("pop", xs)
    print("popped", last, first)
    xs.extend([7, 8, 7])
    show("extend", xs)
    xs.insert(0, -1)
    xs.insert(2, 100)
    xs.insert(len(xs), 55)
    xs.insert(-1, 66)
    show("insert", xs)
    print("index of 7:", xs.index(7), "count of 7:", xs.count(7), "count of 3:", xs.count(3))
    xs.remove(7)
    show("remove", xs)
    ys = xs.copy()
    ys.append(999)
    show("copy", ys)
    show("orig", xs)
    xs.reverse()
    show("reverse", xs)
    print(4 in xs, 5 in xs, 5 not in xs)
    zs = xs + [1, 2] + ys[:2]
    show("concat", zs)
    show("repeat", [0, 1] * 3)
    xs.clear()
    show("clear", xs)
    xs += [3, 1, 2]
    show("iadd", xs)
    xs[1] = 10
    xs[-1] += 5
    show("setitem", xs)
    stack: list[str] = []
    for word in "to be or not to be".split():
        stack.append(word)
    out: list[str] = []
    while len(stack) > 0:
        out.append(stack.pop())
    print(out, len(stack) == 0)


main()
