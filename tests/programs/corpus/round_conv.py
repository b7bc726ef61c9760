# round() with banker's rounding, round with digits, and int/float/str/bool conversions.
from math import floor, ceil

values = [0.5, 1.5, 2.5, -0.5, -1.5, 2.4, 2.6, -2.6, 0.0, 7.0]
for v in values:
    print(v, round(v), int(v), floor(v), ceil(v))

print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(-3.14159, 1))
print(round(123.456, 0), round(0.125, 2), round(0.375, 2), round(1e-10, 3))
print(round(1234.5678, -2), round(7), round(-7))

print(int(3.99), int(-3.99), int("17"), int(" 8 ".strip()))
print(float(3), float("1e-3"), float(" 2.50 ".strip()))
print(str(42), str(-7), str(3.0), str(True), str(False))
print(bool(0), bool(1), bool(-3), bool(0.0), bool(0.1), bool(""), bool("x"))
print(len(str(10 ** 17)), str(12) + str(34), int(str(12) + str(34)) + 1)


def to_celsius(f: float) -> float:
    return round((f - 32.0) * 5.0 / 9.0, 1)


for temp in [32.0, 212.0, 98.6, -40.0, 0.0]:
    print(temp, to_celsius(temp))

cents = 0
for price in [0.1, 0.2, 0.3, 1.15, 2.675]:
    cents += round(price * 100)
print("cents:", cents)
print(floor(-0.5), ceil(-0.5), floor(3), ceil(3.0000001))
