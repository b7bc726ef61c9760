# In-place quicksort (Lomuto partition) and a quickselect for the median.


def partition(xs: list[int], lo: int, hi: int) -> int:
    pivot = xs[hi]
    i = lo
    for j in range(lo, hi):
        if xs[j] < pivot:
            xs[i], xs[j] = xs[j], xs[i]
            i += 1
    xs[i], xs[hi] = xs[hi], xs[i]
    return i


def quick_sort(xs: list[int], lo: int, hi: int) -> None:
    if lo < hi:
        p = partition(xs, lo, hi)
        quick_sort(xs, lo, p - 1)
        quick_sort(xs, p + 1, hi)


def quick_select(xs: list[int], k: int) -> int:
    lo = 0
    hi = len(xs) - 1
    while True:
        p = partition(xs, lo, hi)
        if p == k:
            return xs[p]
        elif p < k:
            lo = p + 1
        else:
            hi = p - 1


def quick_sorted_floats(xs: list[float]) -> list[float]:
    if len(xs) < 2:
        return xs.copy()
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    more = [x for x in xs if x > pivot]
    return quick_sorted_floats(less) + equal + quick_sorted_floats(more)


data = [(i * 7 + 3) % 23 - 11 for i in range(23)]
print(data)
work = data.copy()
quick_sort(work, 0, len(work) - 1)
print(work)
print(work == sorted(data))
median_input = [9, 1, 8, 2, 7, 3, 6, 4, 5]
print("median:", quick_select(median_input, len(median_input) // 2))
print(quick_sorted_floats([0.5, -1.5, 2.25, 0.5, 1e10, -1e-10, 3.0]))
