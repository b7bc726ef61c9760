def partition(xs, lo, hi):
    pivot = xs[hi]
    i = lo
    for j in range(lo, hi):
        if xs[j] < pivot:
            xs[i], xs[j] = xs[j], xs[i]
            i += 1
    xs[i], xs[hi] = xs[hi], xs[i]
    return i


def quicksort(xs, lo, hi):
    if lo < hi:
        p = partition(xs, lo, hi)
        quicksort(xs, lo, p - 1)
        quicksort(xs, p + 1, hi)


seed = 12345
data = []
for k in range(20):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 100)
print(data)
quicksort(data, 0, len(data) - 1)
print(data)
