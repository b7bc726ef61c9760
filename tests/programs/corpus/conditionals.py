# Conditional expressions, chained comparisons, boolean operators and bool printing.


def sign(x: int) -> int:
    return 1 if x > 0 else (-1 if x < 0 else 0)


def classify(score: int) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif 70 <= score < 80:
        return "C"
    else:
        return "F"


def in_box(x: float, y: float) -> bool:
    return 0.0 <= x < 1.0 and 0.0 <= y < 1.0


def leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


print(True, False, not True, True and False, True or False)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 != 2, 5 >= 5 > 4 <= 4)
print([sign(v) for v in [-7, 0, 12]])
print([classify(s) for s in [95, 85, 75, 65, 80, 70]])
print(in_box(0.5, 0.5), in_box(1.0, 0.5), in_box(-0.1, 0.2))
print([y for y in [1900, 2000, 2004, 2023, 2024, 2100] if leap(y)])
x = 7
label = "odd" if x % 2 else "even"
print(label, "big" if x > 5 else "small", x if x < 5 else -x)
flag = x > 3
print(flag, not flag, flag == True, flag != False, str(flag) + "!")
print(1 < 2 and 2 < 3, 1 > 2 or 3 > 2, not (1 > 2), bool(x), bool(0))
a = 0
b = 5
print(a == 0 or b // a > 1, a != 0 and b // a > 1)
c = b if a == 0 else b // a
print(c)
count = 0
for i in range(-5, 6):
    if -2 < i <= 3 and i != 0:
        count += 1
print("count", count)
t = (1 < 2, 2 < 1)
print(t, [x > 2 for x in range(5)])
print(max(3, 9) if 3 < 9 else min(3, 9), "yes" if "a" < "b" < "c" else "no")
