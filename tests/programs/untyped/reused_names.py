# One name, several variables: a name given values of different types where no read
# sees two of them (Python's dynamic names; sema/webs.py splits them).


def describe(n):
    label = n * 2
    print(label)
    label = "big" if n > 2 else "small"
    return label


def shout(n):
    n = str(n)
    return n + "!"


def running(xs):
    total = 0
    for x in xs:
        total += x
    result = total
    result = f"total={result}"
    return result


def branches(flag):
    x = 1
    if flag:
        x = "one"
        print(x.upper())
    else:
        print(x + 1)
    x = [x * 2 for x in range(3)]
    return x


def loop_reuse():
    for i in range(3):
        i = str(i) + "!"
        print(i, end=" ")
    print()
    i = 2.5
    return i * 2


def parse(s):
    v = 0
    if s.isdigit():
        v = int(s)
    else:
        v = -1
    v = "value " + str(v)
    return v


def lines(text):
    out = []
    for line in text.split(";"):
        key, value = line.split("=")
        value = int(value)
        out.append((key, value))
    return out


def tokens(src):
    tok = src.split()
    tok = [t for t in tok if t]
    tok = len(tok)
    return tok


def words_then_count(s):
    words = s.split()
    count = 0
    for w in words:
        if w.startswith("a"):
            count += 1
    words = count * 10
    while words > 25:
        words -= 7
    return words


print(describe(3), describe(1))
print(shout(5), running([1, 2, 3]))
print(branches(True), branches(False))
print(loop_reuse())
print(parse("7"), parse("x"))
print(lines("a=1;b=22"))
print(tokens("x y  z"))
print(words_then_count("an apple a day and a banana"))

for row in [[1, 2], [3, 4]]:
    row = sum(row)
    print(row)
row = "done"
print(row)
item = 3
print(item * 2)
item = ["x", "y"]
print(item)
for item in range(2):
    print(item)
item = None
print(item)
