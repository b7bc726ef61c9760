# `:=` in a comprehension's condition (sema/walrus.py): the value is computed once per
# item and read by the element and the conditions after it; an `and` of conditions is
# taken one condition at a time, so the `:=` runs only where Python runs it.
import math


def f(x):
    return x * x - 10


def squares_over(xs, limit):
    return [y for x in xs if x > 0 and (y := x * x) > limit]


data = [1, 3, 5, 2, 4]
print([y for x in data if (y := f(x)) > 0], squares_over([1, -4, 3, 5], 5))
print([(x, r) for x in data if x > 1 and (r := math.sqrt(x)) < 2 and r > 1.5])
print({k: v for k in range(10) if (v := k // 3) % 2 == 1})
print(sum(v for x in data if (v := x * 3) % 2 == 0), any(z > 0 for x in data if (z := x - 4) != 0))
print([w for s in ["a b", "cd e"] for w in s.split() if (n := len(w)) == 1 and n > 0])
