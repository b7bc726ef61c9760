def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


def classify(t):
    if t < 0:
        return "freezing"
    elif t < 15:
        return "cold"
    elif t < 25:
        return "mild"
    return "hot"


for c in [-10.0, 0.0, 12.5, 20.0, 37.0]:
    f = c_to_f(c)
    print(f"{c}C = {f:.1f}F ({classify(c)}) back {f_to_c(f):.2f}")
readings = [3, 18, 27, 31, -4, 22]
labels = [classify(r) for r in readings]
print(labels, labels.count("hot"))
