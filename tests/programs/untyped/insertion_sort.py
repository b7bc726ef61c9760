def insertion_sort(xs):
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs


def is_sorted(xs):
    for i in range(len(xs) - 1):
        if xs[i] > xs[i + 1]:
            return False
    return True


nums = [31, 41, 59, 26, 53, 58, 97, 93, 23, 84]
print(is_sorted(nums))
insertion_sort(nums)
print(nums, is_sorted(nums))
fl = [3.5, -1.25, 2.0, 0.5]
print(insertion_sort(fl))
