# isinstance with Python's built-in types: known from the static type of the value (a
# def is checked per argument types), so a duck-typed branch keeps its instance's code and
# the other branch is not checked (Python never runs it); bool is an int, as in Python.

def describe(x):
    if isinstance(x, str):
        return "text " + x.upper()
    elif isinstance(x, (int, float)):
        return "number " + str(x * 2)
    elif isinstance(x, list):
        return "list of " + str(len(x))
    return "other"

def total(items):
    t = 0
    for v in items:
        if not isinstance(v, bool):
            t += v
    return t

print(describe("ab"), describe(3), describe(2.5), describe([1, 2]), describe(True), describe((1, 2)))
print(total([1, 2, 3]), isinstance(5, int), isinstance("a", (list, str)), isinstance(1.0, int))
