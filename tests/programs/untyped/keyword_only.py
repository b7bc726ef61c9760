# A bare `*` makes the parameters after it keyword only; a `/` makes those before it
# positional only (Python 3.8).
def g(a, b=2, *, c=3):
    return a + b + c


def h(x, y, /, z=0):
    return x * y + z


def scale(xs, *, by=2.0, offset=0.0):
    return [x * by + offset for x in xs]


print(g(1), g(1, c=10), g(1, 5, c=1), g(a=4, c=0), h(2, 3), h(2, 3, z=1), h(2, 3, 4))
print(scale([1.0, 2.0]), scale([1.0], by=3.0), scale([1.0], offset=0.5, by=1.0))
