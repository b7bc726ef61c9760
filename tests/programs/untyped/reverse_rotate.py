def reverse_range(xs, i, j):
    while i < j:
        xs[i], xs[j] = xs[j], xs[i]
        i += 1
        j -= 1


def rotate_left(xs, k):
    n = len(xs)
    if n == 0:
        return
    k = k % n
    reverse_range(xs, 0, k - 1)
    reverse_range(xs, k, n - 1)
    reverse_range(xs, 0, n - 1)


a = [1, 2, 3, 4, 5, 6, 7]
reverse_range(a, 0, len(a) - 1)
print(a)
rotate_left(a, 3)
print(a)
b = ["x", "y", "z"]
rotate_left(b, 4)
print(b)
