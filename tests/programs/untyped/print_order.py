# Python evaluates every argument of print before it prints: a list argument is the list
# itself, so a later argument that changes it shows in the output; a number or a string
# is the value it had when it was evaluated.
count = 0


def grow(xs):
    xs.append(len(xs) * 10)
    return len(xs)


def bump():
    global count
    count += 1
    return count


def main():
    ys = [1, 2, 3]
    print(ys, ys.pop())
    print(ys, grow(ys), ys)
    print(len(ys), ys.pop(), ys, sep=" | ")
    print(count, bump(), count)
    word = "ab"
    print(word, word + "c", word)
    rows = [[1], [2]]
    print(rows, rows[0].pop(), rows)
    print(f"{ys} {ys.pop()}", ys)


main()
