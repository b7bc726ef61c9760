# `name := value` where it is evaluated first in a statement: an `if`/`elif` test, a
# `while` test (evaluated anew each round, `continue` and `else` included), a statement's
# value; several in one test keep their order.
def gen_vals():
    return [3, 1, 4, 1, 5, 0, 9]

vals = gen_vals()
i = 0

def next_val():
    global i
    v = vals[i]
    i += 1
    return v

while (v := next_val()) != 0:
    print("got", v)
else:
    print("stopped at", v)

xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
if (n := len(xs)) > 10:
    print(f"list is too long ({n} elements, expected <= 10)")
elif (m := n * 2) > 5:
    print("m", m)
print((k := 5) + k, n)
total = 0
total += (t := 7)
print(total, t)
def f(x):
    if (y := x * 2) > 5:
        return y
    print("z", (z := -x), z)
    return z
print(f(1), f(4))
data = "a,b,,c"
parts = []
while (j := data.find(",")) >= 0:
    parts.append(data[:j])
    data = data[j + 1:]
    if len(parts) > 10:
        break
print(parts, data)

n = 3
while (n := n - 1) > 0:
    if n == 2:
        continue
    print("n", n)
a = [5, 6]
if (first := a[0]) < (second := a[1]):
    print(first, second)
x = (w := 4) * w
print(x, w)
