# Insertion sort and selection sort written by hand, on ints, floats and strings.


def insertion_sort(xs: list[int]) -> None:
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key


def insertion_sort_floats(xs: list[float]) -> list[float]:
    out = xs.copy()
    for i in range(1, len(out)):
        key = out[i]
        j = i - 1
        while j >= 0 and out[j] > key:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = key
    return out


def selection_sort(words: list[str]) -> None:
    n = len(words)
    for i in range(n):
        best = i
        for j in range(i + 1, n):
            if words[j] < words[best]:
                best = j
        words[i], words[best] = words[best], words[i]


def is_sorted(xs: list[int]) -> bool:
    for i in range(len(xs) - 1):
        if xs[i] > xs[i + 1]:
            return False
    return True


nums = [5, -2, 9, 0, 3, 3, -7, 12, 1]
print(nums, is_sorted(nums))
insertion_sort(nums)
print(nums, is_sorted(nums))

fl = [3.5, -0.25, 2.0, 1e-3, -10.0, 2.0]
sorted_fl = insertion_sort_floats(fl)
print(fl)
print(sorted_fl)

words = ["pear", "apple", "fig", "Banana", "cherry", "apple"]
selection_sort(words)
print(words)

big = [(i * 7919) % 1009 for i in range(400)]
insertion_sort(big)
print(big[:8], big[-3:], is_sorted(big), len(big))
