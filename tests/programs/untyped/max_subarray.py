def kadane(xs):
    best = xs[0]
    cur = xs[0]
    for x in xs[1:]:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best


def prefix_sums(xs):
    out = [0]
    for x in xs:
        out.append(out[-1] + x)
    return out


def two_sum_sorted(xs, target):
    i = 0
    j = len(xs) - 1
    while i < j:
        s = xs[i] + xs[j]
        if s == target:
            return (i, j)
        if s < target:
            i += 1
        else:
            j -= 1
    return (-1, -1)


a = [-2, 1, -3, 4, -1, 2, 1, -5, 4]
print(kadane(a), prefix_sums(a))
print(kadane([-1.5, -0.5, -2.0]))
print(two_sum_sorted([1, 3, 4, 6, 8, 11], 10), two_sum_sorted([1, 2], 7))
