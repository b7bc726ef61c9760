def dot(a, b):
    s = a[0] * b[0]
    for i in range(1, len(a)):
        s += a[i] * b[i]
    return s


def norm2(v):
    return dot(v, v)


def scale(v, k):
    return [x * k for x in v]


u = [1, 2, 3, 4]
w = [4, 3, 2, 1]
print(dot(u, w), norm2(u))
fu = [0.5, 1.5, -2.0]
print(dot(fu, fu), norm2(scale(fu, 2.0)))
print(scale(u, 3))
print(sum([a * b for a, b in zip(u, w)]))
